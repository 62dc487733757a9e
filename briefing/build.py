"""The pipeline: read every input, extract, merge, assemble; then write, last and atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import dates, ingest, merge
from .config import Settings
from .extract import extract_article
from .model import Article, Briefing, Event, Extraction, Period, Problem, Tally


@dataclass(frozen=True)
class BuildOptions:
    """What ``briefing build`` was asked for; the clock is not among them."""

    output: Path
    period: Period | None = None
    settings: Settings = field(default_factory=Settings)
    html: bool = False
    max_bytes: int = 2_000_000


@dataclass(frozen=True)
class BuildResult:
    briefing: Briefing
    pdf: Path
    json: Path
    html: Path | None


def extract(inputs: Sequence[Path], max_bytes: int = ingest.MAX_BYTES) -> Extraction:
    """Read, date and extract every input file; bad files become problems, not errors."""
    paths = ingest.discover(inputs)
    problems: list[Problem] = []
    articles: list[Article] = []
    for path, article_id in zip(paths, ingest.article_ids(paths), strict=True):
        found, trouble = ingest.read_inputs(path, str(path), article_id, max_bytes)
        problems.extend(trouble)
        for article in found:
            article = dates.date_article(article)
            if article.published is None:
                problems.append(Problem(article.path, "dates", article.problems[-1]))
            articles.append(article)
    articles = merge.mark_duplicates(articles)
    by_id = {a.id: a for a in articles}
    events: list[Event] = []
    tallies: list[Tally] = []
    for article in articles:
        if article.duplicate_of or not article.english:
            continue  # a syndicated copy's figures are counted once, under the original
        found_events, found_tallies = extract_article(article)
        events.extend(found_events)
        tallies.extend(found_tallies)
    return Extraction(
        articles=tuple(articles),
        events=tuple(merge.merge_events(events, by_id)),
        tallies=tuple(merge.flag_conflicts(tallies)),
        problems=tuple(problems),
    )


def build(inputs: Sequence[Path], options: BuildOptions) -> BuildResult:
    """The whole run: extraction, briefing, charts, HTML, PDF and JSON, written at the end."""
    from . import assemble, charts, export, render

    extraction = extract(inputs, options.max_bytes)
    chosen = options.period or _default_period(extraction)
    settings = options.settings
    briefing = assemble.assemble(extraction, chosen, settings.title, settings.context_days)
    svgs = charts.draw(briefing)
    html = render.to_html(briefing, svgs, settings)
    pdf_bytes = render.to_pdf(html, svgs, variant=settings.pdf_variant)
    stem = f"briefing-{chosen.label}"
    out = options.output
    pdf_path = out / f"{stem}.pdf"
    json_path = out / f"{stem}.json"
    html_path = out / f"{stem}.html" if options.html else None
    document = export.to_json(briefing.extraction, briefing)
    write_atomically(pdf_path, pdf_bytes)
    write_atomically(json_path, (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode())
    if html_path:
        write_atomically(html_path, render.standalone_html(html, svgs).encode())
    return BuildResult(briefing, pdf_path, json_path, html_path)


def _default_period(extraction: Extraction) -> Period:
    from .errors import BriefingError
    from .period import last_week_of

    newest = max((a.published for a in extraction.articles if a.published), default=None)
    if newest is None:
        raise BriefingError(
            "no input has a publication date, so there is no week to brief; "
            "add 'published: YYYY-MM-DD' front matter or give --week/--from/--to"
        )
    return last_week_of(newest)


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        umask = os.umask(0)
        os.umask(umask)
        Path(temporary).chmod(0o666 & ~umask)  # mkstemp makes 0600; a briefing is for sharing
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
