from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from briefing.dates import date_article
from briefing.ingest import read_article
from briefing.model import Article

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_input"


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
