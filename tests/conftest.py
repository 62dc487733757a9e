from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from briefing.dates import date_article
from briefing.extract import lexicon
from briefing.ingest import read_article
from briefing.model import Article

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_input"


@pytest.fixture(scope="module", autouse=True)
def _searches_compiled_per_module_under_mutmut() -> None:
    """The topic's searches are compiled once per process and kept (extract/lexicon.py). Under
    mutmut (MUTANT_UNDER_TEST set) each test module compiles them again: its test sessions are
    forked from a process that compiled them with the original code, so a mutant of that code
    would never run (docs/mutation.md). A plain run keeps the cache: nothing changes there."""
    if "MUTANT_UNDER_TEST" in os.environ:
        lexicon._LEXICONS.clear()


def make_article(text: str, published: dt.date | None = None, time: dt.time | None = None,
                 article_id: str = "a1") -> Article:
    """An article from text written in the test (our own wire-style copy)."""
    article = Article(id=article_id, path=f"{article_id}.txt", text=text, clean=text)
    from briefing.ingest import boilerplate

    article = dataclasses.replace(article, clean=boilerplate(text))
    if published is not None:
        return dataclasses.replace(article, published=published, published_time=time,
                                   published_basis="front-matter")
    return date_article(article)


def sample(stem: str) -> Article:
    path = SAMPLES / f"{stem}.txt"
    article, _ = read_article(path, str(path), stem)
    assert article is not None
    return date_article(article)


@pytest.fixture(scope="session")
def sample_extraction():  # type: ignore[no-untyped-def]
    from briefing.build import extract

    return extract([SAMPLES])


# The sample briefing as a team would build it: built once for every test that only reads it.
SAMPLE_OPTIONS = ("--organisation", "Regional Security Desk", "--marking", "UNCLASSIFIED // FOR TRAINING",
                  "--html")
SAMPLE_PDF = "briefing-2023-11-16_to_2023-11-22.pdf"


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The output folder of ``briefing build sample_input`` with :data:`SAMPLE_OPTIONS`, and what the run
    printed. Tests must not write into it."""
    from click.testing import CliRunner

    from briefing.cli import main

    out = tmp_path_factory.mktemp("sample-build")
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), *SAMPLE_OPTIONS])
    assert result.exit_code == 0, result.output
    return out, result.output
