"""The cold build's plumbing (issue 22, twentieth session): the chart drawer and the PDF renderer
load no reader of the extractor, and the records' files are written while the page is laid out.
Correctness only; the timings are in docs/benchmarks.md."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from briefing import render
from briefing.build import BuildOptions, build
from briefing.exports import Exports
from briefing.model import Briefing
from briefing.pdfworker import PdfRenderer
from briefing.processes import usable_cpus
from briefing.publish import PARTIAL, write_set
from tests.conftest import ROOT, SAMPLES

HEAVY = ("briefing.extract.events", "briefing.extract.details", "briefing.extract.statements",
         "briefing.extract.tallies", "briefing.extract.article", "briefing.dates")


@pytest.mark.parametrize("module", ["briefing.eventmap", "briefing.render", "briefing.rows"])
def test_the_drawers_and_the_renderers_modules_load_no_reader(module: str) -> None:
    """The chart drawer imports ``eventmap`` and the renderer ``render``; both reach
    ``extract.numbers`` through ``rows``, which loaded the whole extractor with its package."""
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m in {HEAVY!r}))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.strip() == "[]"


def test_the_packages_names_are_there_when_asked_for() -> None:
    import briefing.extract as package
    from briefing.extract import Findings, events, extract_article, extract_events, extract_tallies
    from briefing.extract.article import extract_article as reader

    assert extract_article is reader and Findings.__name__ == "Findings"
    assert vars(package)["extract_article"] is reader  # kept: the next look-up is a plain attribute
    assert extract_events is events.extract_events and callable(extract_tallies)
    with pytest.raises(AttributeError):
        _ = package.no_such_name


def test_the_records_files_come_before_the_pdf_is_waited_for(tmp_path: Path) -> None:
    """The PDF's bytes are asked for only when its own file is written, after the JSON and the
    tables (the renderer lays out the page meanwhile)."""
    made: list[str] = []

    def pdf() -> bytes:
        made.append(",".join(sorted(p.name[1:].rsplit(".", 2)[0] for p in tmp_path.glob(f".b.*{PARTIAL}"))))
        return b"%PDF"

    class Store:
        def get_blob(self, *_: object) -> None:
            return None

    briefing = _sample_briefing(tmp_path)
    outputs = Exports(Store(), None).outputs(tmp_path / "b", briefing, pdf, None)
    assert [p.name for p in outputs][-1] == "b.pdf"
    write_set(outputs)
    assert made == ["b.events.csv,b.figures.csv,b.json,b.pdf"]  # the PDF's own is open
    assert (tmp_path / "b.pdf").read_bytes() == b"%PDF"


def _sample_briefing(tmp_path: Path) -> Briefing:
    from briefing import cache
    from briefing.build import corrected_briefing

    briefing, _, _ = corrected_briefing([SAMPLES], BuildOptions(tmp_path / "out"), None, cache.Store(None))
    return briefing


def test_ask_returns_before_the_page_is_laid_out() -> None:
    html = "<html><body><h1>Title</h1><p>Text.</p></body></html>"
    with PdfRenderer() as renderer:
        answer = renderer.ask(html, {}, None)
        pdf, refused = answer()
    assert pdf.startswith(b"%PDF") and refused == []


@pytest.mark.skipif(usable_cpus() < 2, reason="the renderer has a process of its own on two cores")
def test_a_build_writes_the_json_while_the_renderer_lays_out(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The renderer (forked with this patch) waits up to 20 s for the JSON's temporary file to
    appear before it lays out; it says whether it saw one. Before, the JSON was written only
    once the PDF had come back."""
    out = tmp_path / "out"
    seen = tmp_path / "seen"
    real = render.to_pdf

    def waiting(html: str, charts: Mapping[str, str], *args: Any, **kwargs: Any) -> bytes:
        stop = time.monotonic() + 20
        while time.monotonic() < stop:
            if any(out.glob(f".briefing-*.json.*{PARTIAL}")) or any(out.glob("briefing-*.json")):
                seen.write_text("yes")
                break
            time.sleep(0.05)
        return real(html, charts, *args, **kwargs)

    monkeypatch.setattr(render, "to_pdf", waiting)
    result = build([SAMPLES], BuildOptions(out, cache=False))
    assert result.pdf.read_bytes().startswith(b"%PDF")
    assert seen.exists()
