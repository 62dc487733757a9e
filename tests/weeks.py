"""Building a week of clippings written by us as a reader gets it (the held-out weeks' tests)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import main


def build_with_html(week: Path, tmp_path: Path, *options: str) -> dict[str, Any]:
    """The week's JSON export, with its HTML preview's text under "html"."""
    clips = tmp_path / "clips"
    shutil.copytree(week, clips)
    result = CliRunner().invoke(main, ["build", str(clips), "-o", str(tmp_path / "out"), "--html", *options])
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "out").glob("briefing-*.json")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    document["html"] = next((tmp_path / "out").glob("briefing-*.html")).read_text(encoding="utf-8")
    return document


def build_with_pages(week: Path, out: Path, *options: str) -> tuple[dict[str, Any], str]:
    """The week's JSON export and its PDF pages' text, spaces squeezed."""
    result = CliRunner().invoke(main, ["build", str(week), "-o", str(out), "-q", *options])
    assert result.exit_code == 0, result.output
    (pdf,) = out.glob("briefing-*.pdf")
    data = json.loads(pdf.with_suffix(".json").read_text())
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    return data, " ".join(text.split())


def cited_articles(data: dict[str, Any]) -> set[str]:
    """Every article a record of the JSON export cites: its events, undated mentions, figures and
    statements."""
    return {s["article"] for key in ("events", "undated_events", "tallies", "statements")
            for record in data[key] for s in record["sources"]}
