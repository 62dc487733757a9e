"""The pipeline: read every input, extract, merge, assemble; then write, last and atomically."""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import cache, dates, ingest, merge
from .config import Settings
from .errors import BriefingError
from .extract import extract_article
from .model import Article, Briefing, Event, Extraction, Period, Problem, Tally
from .pdfworker import PdfRenderer
from .revision import Revision
from .sentlog import Sent
from .topic import Topic, load_topic


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


PARALLEL_FROM = 48  # new files; below this, starting processes costs more than it saves


def process_file(path: Path, shown: str, base_id: str, max_bytes: int, topic: Topic) -> dict[str, Any]:
    """Everything one file gives, as the cache stores it: read, date, extract, fingerprint."""
    articles, problems = ingest.read_inputs(path, shown, base_id, max_bytes)
    dated: list[Article] = []
    events: list[Event] = []
    tallies: list[Tally] = []
    for article in articles:
        article = dates.date_article(article)
        if article.published is None:
            problems.append(Problem(article.path, "dates", article.problems[-1]))
        dated.append(article)
        if article.english:
            found = extract_article(article, topic)
            events.extend((*found.events, *found.undated))
            tallies.extend(found.tallies)
    prints = [merge.shingles(a.clean) for a in dated]
    return cache.encode(shown, base_id, dated, problems, events, tallies, prints)


def _process(job: tuple[Path, str, str, int, Topic]) -> dict[str, Any]:
    return process_file(*job)


def extract(inputs: Sequence[Path], max_bytes: int = ingest.MAX_BYTES, cache_dir: Path | None = None,
            progress: Callable[[int, int], None] | None = None, topic: Topic | None = None) -> Extraction:
    """Read, date and extract every input file; bad files become problems, not errors.

    With ``cache_dir``, files seen before (same bytes, same extractor) are not read
    again; many new files are processed in parallel. The result is the same either way.
    """
    topic = topic or load_topic()
    paths = ingest.discover(inputs)
    ids = ingest.article_ids(paths)
    store = cache.Store(cache_dir)
    payloads: list[dict[str, Any] | None] = []
    todo: list[tuple[int, str | None]] = []
    for number, path in enumerate(paths):
        key = _key(path, max_bytes, topic) if cache_dir else None
        payload = store.get(key) if key else None
        payloads.append(payload)
        if payload is None:
            todo.append((number, key))
    jobs = [(paths[n], str(paths[n]), ids[n], max_bytes, topic) for n, _ in todo]
    for done, ((number, key), payload) in enumerate(zip(todo, _run(jobs), strict=True), start=1):
        payloads[number] = payload
        if key:
            store.put(key, payload)
        if progress:
            progress(done, len(jobs))
    store.close()
    return _combine(paths, ids, payloads)


def _key(path: Path, max_bytes: int, topic: Topic) -> str | None:
    try:
        if path.stat().st_size > max_bytes:
            return None  # not read at all; the problem is cheap to find again
        return cache.file_key(path.read_bytes(), f"{path.suffix}:{topic.digest}", max_bytes)
    except OSError:
        return None


def _run(jobs: list[tuple[Path, str, str, int, Topic]]) -> Iterator[dict[str, Any]]:
    """The jobs' results in input order: serially, or across processes when there are many."""
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        yield from map(_process, jobs)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        # map keeps the input order, so the result equals a serial run's
        yield from pool.map(_process, jobs, chunksize=max(1, len(jobs) // (workers * 8)))


def _combine(paths: list[Path], ids: list[str], payloads: list[dict[str, Any] | None]) -> Extraction:
    articles: list[Article] = []
    problems: list[Problem] = []
    events: list[Event] = []
    tallies: list[Tally] = []
    prints: list[Any] = []
    for path, base_id, payload in zip(paths, ids, payloads, strict=True):
        assert payload is not None
        a, p, e, t, s = cache.decode(payload, str(path), base_id)
        articles += a
        problems += p
        events += e
        tallies += t
        prints += s
    articles = merge.mark_duplicates(articles, prints)
    tallies = merge.fold_copies(tallies, {a.id: a.duplicate_of for a in articles if a.duplicate_of})
    by_id = {a.id: a for a in articles}
    dated, undated = merge.merge_events(events, by_id)
    return Extraction(
        articles=tuple(articles),
        events=tuple(dated),
        tallies=tuple(merge.flag_conflicts(tallies)),
        problems=tuple(problems),
        undated=tuple(undated),
    )


def build(inputs: Sequence[Path], options: BuildOptions, renderer: PdfRenderer | None = None) -> BuildResult:
    """The whole run: extraction, briefing, charts, HTML, PDF and JSON, written at the end.

    ``renderer``: one started earlier by the caller (the CLI starts it first of all). A
    period already sent (``OUTPUT/sent.jsonl``) is not overwritten: the build becomes its
    next revision, or, when its data is unchanged, writes nothing and returns the issued file.
    """
    from . import assemble, charts, export, render, revision

    with renderer or PdfRenderer() as renderer:
        cache_dir = options.output / cache.CACHE_DIR if options.cache else None
        extraction = extract(inputs, options.max_bytes, cache_dir, options.progress, options.settings.topic)
        chosen, suspicious = ((options.period, ()) if options.period
                              else _default_period(extraction, options.settings.week_start))
        extraction = dataclasses.replace(extraction, problems=extraction.problems + suspicious)
        settings = options.settings
        briefing = assemble.assemble(extraction, chosen, settings.title, settings.context_days)
        failure = _failure(briefing, inputs, options.strict)
        if failure is not None:  # a failed run leaves last week's files as they were
            out = options.output
            return BuildResult(briefing, out / f"briefing-{chosen.label}.pdf",
                               out / f"briefing-{chosen.label}.json", None, failure=failure)
        document = export.to_json(briefing.extraction, briefing)
        issue = revision.plan(options.output, chosen.label, document, briefing, settings.context_days)
        if issue.unchanged:
            out = options.output
            return BuildResult(briefing, out / f"{issue.stem}.pdf", out / f"{issue.stem}.json", None,
                               unchanged=issue.unchanged)
        # Charts are drawn in another process while the renderer lays out the page, or
        # come from the cache unchanged.
        with charts.drawn(briefing, cache.Store(cache_dir)) as svgs:
            html = render.to_html(briefing, svgs.metrics, settings, issue.revision)
            pdf_bytes, refused = renderer.render(html, svgs, settings.pdf_variant)
    out = options.output
    pdf_path = out / f"{issue.stem}.pdf"
    json_path = out / f"{issue.stem}.json"
    html_path = out / f"{issue.stem}.html" if options.html else None
    write_atomically(pdf_path, pdf_bytes)
    # Indented for people up to a thousand articles; beyond, compact (the indenting
    # encoder is pure Python: 1.8 s for a 10,000-article archive).
    indent = 2 if len(extraction.articles) <= 1000 else None
    write_atomically(json_path, (json.dumps(document, indent=indent, ensure_ascii=False) + "\n").encode())
    if html_path:
        write_atomically(html_path, render.standalone_html(html, svgs.result()).encode())
    return BuildResult(briefing, pdf_path, json_path, html_path, tuple(refused), issue.revision)


def _failure(briefing: Briefing, inputs: Sequence[Path], strict: bool) -> BriefingError | None:
    """Why this run must not write a briefing, if it must not."""
    from .errors import StrictError

    if not any(s.status == "used" for s in briefing.inputs):
        where = ", ".join(str(p) for p in inputs)
        return BriefingError(f"no input in {where} could be used for {briefing.period.start} – "
                             f"{briefing.period.end}; nothing was written (see the statuses above)")
    problems = briefing.extraction.problems
    if strict and problems:
        return StrictError(f"{len(problems)} input problem(s) and --strict was given; nothing was written")
    return None


def _default_period(extraction: Extraction,
                    week_start: str | None = None) -> tuple[Period, tuple[Problem, ...]]:
    """The week the bulk of the input falls in; dates far after it are reported, not followed."""
    from .errors import BriefingError
    from .period import bulk_of, last_week_of

    dated = [a for a in extraction.articles if a.published and a.duplicate_of is None]
    bulk = bulk_of([a.published for a in dated if a.published])
    if bulk is None:
        raise BriefingError(
            "no input has a publication date, so there is no week to brief; "
            "add 'published: YYYY-MM-DD' front matter or give --week/--from/--to"
        )
    period = last_week_of(bulk.newest, week_start)
    suspicious = tuple(
        Problem(a.path, "period", f"published {a.published:%-d %b %Y}, far after the other inputs (newest "
                f"{bulk.newest:%-d %b %Y}); the default period follows the bulk of the input, not this date: "
                "check its date line, or give --week/--from/--to")
        for a in dated if a.published in bulk.outliers)
    return period, suspicious


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
