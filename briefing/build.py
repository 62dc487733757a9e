"""The pipeline: hold the output folder, read every input, extract, merge, assemble; then
write every output, last and as a set.

Heavy modules are imported after the PDF renderer has started, so WeasyPrint's import
runs on the second core while this process loads the extractor.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Settings
from .errors import BriefingError
from .model import Briefing, Extraction, Period, Problem
from .pdfworker import PdfRenderer
from .processes import no_collection
from .publish import Folder, hold, library_caches, write_atomically
from .revision import Revision
from .sentlog import Sent
from .topic import Topic

if TYPE_CHECKING:  # matplotlib's side is imported where charts are drawn
    from .charts import Pending

__all__ = ["BuildOptions", "BuildResult", "ReviewResult", "build", "extract", "review", "write_atomically"]


@dataclass(frozen=True)
class BuildOptions:
    """What ``briefing build`` was asked for; the clock is not among them."""

    output: Path
    period: Period | None = None
    settings: Settings = field(default_factory=Settings)
    html: bool = False
    max_bytes: int = 2_000_000
    cache: bool = True
    progress: Callable[[int, int], None] | None = None
    strict: bool = False  # any input problem fails the run, and then nothing is written
    follow_links: bool = False
    quiet: bool = False
    corrections: Path | None = None  # --corrections; else INPUT/corrections.toml when there


@dataclass(frozen=True)
class BuildResult:
    briefing: Briefing
    pdf: Path
    json: Path
    html: Path | None
    refused: tuple[str, ...] = ()  # URLs the renderer would not fetch (none, unless a template is wrong)
    revision: Revision | None = None  # this build revises a briefing that was sent
    unchanged: Sent | None = None  # the period was sent and nothing changed: no file was written
    failure: BriefingError | None = None  # the run failed (nothing usable, or --strict): nothing was written
    notes: tuple[str, ...] = ()  # about the run, not an input: the cache, a process that died


@dataclass(frozen=True)
class ReviewResult:
    """What ``briefing review`` wrote: the page, its CSV and the corrections template."""

    briefing: Briefing
    html: Path
    csv: Path
    template: Path
    flagged: int  # items with at least one flag
    dated: int  # rows and figures of the period (undated mentions aside)


def review(inputs: Sequence[Path], options: BuildOptions) -> ReviewResult:
    """The review sheet of the period: the corrected briefing's rows and figures, their flags."""
    from . import cache
    from .desk import review as sheet
    from .publish import write_set

    with hold(options.output, options.cache) as folder, no_collection():
        store = cache.Store(folder.cache)
        try:
            briefing, _, _ = corrected_briefing(inputs, options, folder.scratch, store)
        finally:
            store.close()
        found = sheet.items(briefing)
        base = options.output / f"review-{briefing.period.label}"
        page = sheet.sheet_html(briefing, found).encode("utf-8", "replace")
        rows = sheet.sheet_csv(found)
        template = sheet.template_toml(briefing, found).encode("utf-8", "replace")
        paths = [base.with_name(base.name + suffix) for suffix in (".html", ".csv", ".corrections.toml")]
        write_set({paths[0]: lambda s: s.write(page), paths[1]: lambda s: s.write(rows),
                   paths[2]: lambda s: s.write(template)})
    return ReviewResult(briefing, paths[0], paths[1], paths[2], sum(bool(i.flags) for i in found),
                        sum(i.kind != "undated" for i in found))


def extract(inputs: Sequence[Path], max_bytes: int = 2_000_000, cache_dir: Path | None = None,
            progress: Callable[[int, int], None] | None = None, output: Path | None = None,
            follow_links: bool = False, topic: Topic | None = None,
            own: Sequence[Path] = ()) -> Extraction:
    """Read, date and extract every input file (see :func:`briefing.collect.extract`)."""
    from .collect import extract as collect

    return collect(inputs, max_bytes, cache_dir, progress, topic, output, follow_links, own)


@contextlib.contextmanager
def prepared(options: BuildOptions) -> Iterator[tuple[Folder, PdfRenderer]]:
    """The output folder held for this build, library caches pointed into it and, only then,
    the renderer started (its children inherit both)."""
    from .processes import quiet_libraries

    with hold(options.output, options.cache) as folder:
        library_caches(folder)
        if options.quiet:
            quiet_libraries()
        with PdfRenderer(options.quiet) as renderer:
            yield folder, renderer


@contextlib.contextmanager
def chart_drawer(folder: Folder, quiet: bool) -> Iterator[Any]:
    """A chart drawer started now, when the charts will likely be drawn: a cold build (no
    cache yet) on two cores or more. Else None: a re-run takes its charts from the cache,
    and those it must draw are drawn by :func:`briefing.charts.drawn` itself."""
    from .cache import CACHE_FILE
    from .processes import usable_cpus

    if usable_cpus() < 2 or (folder.cache is not None and (folder.cache / CACHE_FILE).exists()):
        yield None
        return
    from .chartworker import ChartDrawer

    with ChartDrawer(quiet) as drawer:
        yield drawer


def build(inputs: Sequence[Path], options: BuildOptions) -> BuildResult:
    """The whole run: extraction, briefing, charts, HTML, PDF and JSON, written at the end."""
    from .processes import check_environment

    warnings = check_environment()
    with prepared(options) as (folder, renderer), chart_drawer(folder, options.quiet) as drawer, \
            no_collection():
        result = _run(inputs, options, folder, renderer, drawer)
    return dataclasses.replace(result, notes=(*warnings, *result.notes))


def _run(inputs: Sequence[Path], options: BuildOptions, folder: Folder, renderer: PdfRenderer,
         drawer: Any = None) -> BuildResult:
    from . import cache, charts, render, revision
    from .exports import Exports

    store = cache.Store(folder.cache)
    try:
        settings = options.settings
        briefing, read, exported = corrected_briefing(inputs, options, folder.scratch, store)
        chosen = briefing.period
        failure = _failure(briefing, inputs, options.strict)
        if failure is not None:  # a failed run leaves last week's files as they were
            out = options.output
            return BuildResult(briefing, out / f"briefing-{chosen.label}.pdf",
                               out / f"briefing-{chosen.label}.json", None, failure=failure)
        issue = revision.plan(options.output, chosen.label, briefing, settings.context_days)
        if issue.unchanged:
            out = options.output
            return BuildResult(briefing, out / f"{issue.stem}.pdf", out / f"{issue.stem}.json", None,
                               unchanged=issue.unchanged)
        # Charts are drawn in another process while the renderer lays out the page, or
        # come from the cache unchanged.
        exports = Exports(store, exported)
        with charts.drawn(briefing, store, drawer) as svgs:
            page_id = render.page_key(exported, settings, issue.revision, svgs.metrics)
            kept = exports.page(page_id)  # an unchanged run's
            html = kept if kept is not None else render.to_html(briefing, svgs.metrics, settings,
                                                                 issue.revision)
            pdf = _Answered(pdf_of(html, svgs, briefing, settings, store, renderer))
            out, stem = options.output, issue.stem
            page = (lambda: render.standalone_html(html, svgs.result()).encode("utf-8", "replace")) \
                if options.html else None
            from .publish import write_set

            # the records' files are written first, while the renderer lays out the page
            write_set(exports.outputs(out / stem, briefing, pdf.value, page))
            refused = pdf.refused
        exports.keep(page_id, html if kept is None else None)  # only once every output is written
    finally:
        store.close()
    notes = (*folder.notes, *store.notes, *read.notes, *renderer.notes)
    return BuildResult(briefing, out / f"{stem}.pdf", out / f"{stem}.json",
                       out / f"{stem}.html" if options.html else None, tuple(refused),
                       revision=issue.revision, notes=notes)


def corrected_briefing(inputs: Sequence[Path], options: BuildOptions, scratch: Path | None,
                       store: Any) -> tuple[Briefing, Any, str | None]:
    """Read, extract, merge, correct (the desk's files), assemble: the briefing before any
    drawing, what was read (for its notes) and a digest of everything the briefing's records
    follow from (None when some input has none; see :func:`briefing.exports.export_key`)."""
    from . import assemble, collect
    from .desk import step as desk
    from .discover import discover

    # a wrong corrections file stops the run first
    files = desk.gather(inputs, options.corrections, options.follow_links)
    found = discover(inputs, options.output, options.follow_links)
    if not found.files:
        _nothing_to_read(inputs, found.problems)
    settings = options.settings
    read = collect.read_all(found, options.max_bytes, options.progress, settings.topic,
                            scratch=scratch, store=store)
    outcome = desk.correct(collect.combine(read), files, settings.topic, options.max_bytes)
    extraction = outcome.extraction
    chosen, suspicious = ((options.period, ()) if options.period
                          else default_period(extraction, settings.week_start))
    extraction = dataclasses.replace(extraction, problems=extraction.problems + suspicious)
    briefing = assemble.assemble(extraction, chosen, settings.title, settings.context_days,
                                 settings.topic.said if settings.topic else None)
    from .exports import export_key

    key = export_key(read.digest, repr((files, chosen, settings.title, settings.context_days,
                                        options.max_bytes)))
    return desk.finish(briefing, outcome, files), read, key


def pdf_of(html: str, svgs: Pending, briefing: Briefing, settings: Settings, store: Any,
           renderer: PdfRenderer) -> Callable[[], tuple[bytes, list[str]]]:
    """The PDF and the URLs the fetcher refused, when the answer is called: last run's when its
    page, charts and renderer are the same (an unchanged re-run then costs no layout), else
    asked of the renderer now and laid out there while the caller goes on."""
    from .charts import chart_data
    from .render import render_key

    key = render_key(html, [d.key() for d in chart_data(briefing)], settings.pdf_variant)
    cached = store.get_bytes("pdfs", key)
    if cached is not None:
        renderer.close()
        return lambda: (cached, [])
    answer = renderer.ask(html, svgs, settings.pdf_variant, svgs.sizes)

    def kept() -> tuple[bytes, list[str]]:
        pdf, refused = answer()
        if not refused:
            store.put_bytes("pdfs", key, pdf, only=True)
        return pdf, refused

    return kept


class _Answered:
    """A PDF asked for (:func:`pdf_of`): its bytes when first wanted, then what was refused."""

    def __init__(self, answer: Callable[[], tuple[bytes, list[str]]]) -> None:
        self._answer = answer
        self.refused: list[str] = []

    def value(self) -> bytes:
        pdf, self.refused = self._answer()
        return pdf


def _nothing_to_read(inputs: Sequence[Path], problems: Sequence[Problem]) -> None:
    from .discover import printable
    from .errors import InputError

    named = ", ".join(printable(p) for p in inputs)
    why = "; ".join(f"{p.path}: {p.message}" for p in problems[:3]) or "it holds no files"
    raise InputError(f"nothing to read in {named}: {why}")


def _failure(briefing: Briefing, inputs: Sequence[Path], strict: bool) -> BriefingError | None:
    """Why this run must not write a briefing, if it must not."""
    from collections import Counter

    from .errors import InputError, StrictError

    if not any(s.status in ("used", "not-shown") for s in briefing.inputs):
        where = ", ".join(str(p) for p in inputs)
        counts = Counter(s.status for s in briefing.inputs)
        found = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "no articles"
        return InputError(f"no input in {where} could be used for {briefing.period.start} – "
                          f"{briefing.period.end} ({found}); nothing was written")
    problems = briefing.extraction.problems
    if strict and problems:
        return StrictError(f"{len(problems)} input problem(s) and --strict was given; nothing was written")
    return None


def default_period(extraction: Extraction,
                    week_start: str | None = None) -> tuple[Period, tuple[Problem, ...]]:
    """The week the bulk of the input falls in; dates far after it are reported, not followed."""
    from .errors import InputError
    from .period import bulk_of, last_week_of, reported_end

    dated = [a for a in extraction.articles if a.published and a.duplicate_of is None]
    bulk = bulk_of([a.published for a in dated if a.published])
    if bulk is None:
        raise InputError(
            "no input has a publication date, so there is no week to brief; "
            "add 'published: YYYY-MM-DD' front matter or give --week/--from/--to"
        )
    published = {a.id: a.published for a in dated}
    reported = [(e.date, day) for e in extraction.events if e.date
                for s in e.sources if (day := published.get(s.article)) is not None]
    period = last_week_of(reported_end(bulk, reported), week_start)
    suspicious = tuple(
        Problem(a.path, "period", f"published {a.published:%-d %b %Y}, far after the other inputs (newest "
                f"{bulk.newest:%-d %b %Y}); the default period follows the bulk of the input, not this date: "
                "check its date line, or give --week/--from/--to")
        for a in dated if a.published in bulk.outliers)
    return period, suspicious
