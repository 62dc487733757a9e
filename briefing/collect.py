"""Inputs -> :class:`~briefing.model.Extraction`: every file read once, from the cache when
its bytes were seen before, on all usable CPUs when many are new, then merged.

One rule keeps the cache honest: the key a result is stored under is the hash of the
very bytes that result was read from. A file rewritten or deleted while the build runs
gives a result for what was actually read, stored under that content's key, or no
result stored at all.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
import tempfile
import traceback
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from . import cache, ingest
from .cache import FileResult
from .discover import Discovery, InputFile, NotRegular, discover, read_regular
from .model import Article, ArticleRecord, Event, Extraction, Problem, Severity, Statement, Tally, YearFrom
from .processes import start_child, usable_cpus
from .topic import Topic, load_topic

if TYPE_CHECKING:
    from .extract import Findings

PARALLEL_FROM = 48  # new files; below this, starting processes costs more than it saves
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Processed:
    """One file's result as a worker hands it back: ``key`` is the hash of the bytes it read
    (None when nothing could be read, so nothing is stored), ``summary`` the encoded
    records, ``prints`` the packed shingles."""

    key: str | None
    summary: bytes
    prints: bytes


def process_file(file: InputFile, max_bytes: int, topic: Topic) -> Processed:
    """Read one file once, then date and extract what those bytes hold. Whatever goes
    wrong inside becomes a problem of this file: the run goes on."""
    if not ingest.supported(file.path.suffix):
        return _failed(file, ingest.unsupported(file.shown, file.path.suffix))
    try:
        data = read_regular(file.path, max_bytes)
    except NotRegular as error:
        severity: Severity = "error" if error.kind == "unreadable" else "warning"
        return _failed(file, Problem(file.shown, "ingest", str(error), severity, error.kind))
    try:
        result, prints = _extract_bytes(data, file, topic)
        summary, packed = cache.encode(file.shown, file.id, result), cache.pack_prints(prints)
    except Exception as error:  # a fault of ours: reported for this file, never a stopped run
        return _failed(file, fault(file.shown, error))
    return Processed(cache.file_key(data, f"{file.path.suffix}:{topic.digest}", max_bytes), summary, packed)


def fault(shown: str, error: BaseException) -> Problem:
    """A one-line report of an error no rule foresaw, naming where it happened."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return Problem(shown, "extract", f"could not be read: {type(error).__name__}{where} "
                   f"({str(error)[:200]}); this is a fault in briefing, please report it with the file",
                   "error", "failed")


def _extract_bytes(data: bytes, file: InputFile, topic: Topic,
                   placed: Mapping[int, tuple[dt.date, YearFrom]] | None = None,
                   ) -> tuple[FileResult, list[array[int]]]:
    """``placed``: by an article's place in the file, the day the run gives its date line
    (:func:`_placed_by_run`)."""
    # The extractor (some 300 patterns compiled on import) is imported where it is used: an
    # unchanged re-run takes every file from the cache and never loads it.
    from . import credits, merge
    from .extract import extract_article

    articles, problems = ingest.parse_bytes(data, file.path.suffix, file.shown, file.id)
    records: list[ArticleRecord] = []
    events: list[Event] = []
    tallies: list[Tally] = []
    statements: list[Statement] = []
    prints: list[array[int]] = []
    for number, article in enumerate(articles):
        article = _dated(article, topic)
        if placed and number in placed:
            from .dates import placed_by_run

            article = placed_by_run(article, *placed[number])
        address = credits.page_address(article.text, article.url)
        named = credits.named_site(article.outlet, address, topic.outlet_at(address), topic.outlet_at)
        named = named or credits.heading_outlet(article.text, (name for _, name in topic.outlets))
        if named != article.outlet:
            article = dataclasses.replace(article, outlet=named)
        if article.published is None:
            problems.append(Problem(article.path, "dates", article.problems[-1]))
        if article.english:
            found = extract_article(article, topic)
            events.extend((*found.events, *found.undated))
            tallies.extend(found.tallies)
            statements.extend(found.statements)
            problems.extend(_after_end(article.path, found, topic))
        else:  # another language: only the other languages' grammar's one form (extract/foreign.py)
            from .extract.foreign import foreign_events

            events.extend(foreign_events(article, topic))
        records.append(ArticleRecord.of(article))
        prints.append(merge.shingles(article.clean))
    result = FileResult(tuple(records), tuple(problems), tuple(events), tuple(tallies),
                        tuple(p[:cache.SKETCH] for p in prints), tuple(len(p) for p in prints),
                        tuple(statements))
    return result, prints


def _dated(article: Article, topic: Topic) -> Article:
    """A date given with the article (front matter, page or feed metadata) stands; else read one,
    and drop it when the text tells a known event after it."""
    from . import dates
    from .extract.lexicon import lexicons
    from .yearless import StoryTime

    if article.published is not None:
        return article
    story = StoryTime(topic.campaign.start, topic.known_events, lexicons(topic).start_phrases)
    with dates.story_time(topic.local_time):  # the story's zones date an address's stamp
        known = dates.against_known_events(dates.date_article(article, story), topic.known_events)
    return dates.against_day_counts(known, topic.day_counts)


def _after_end(path: str, found: Findings, topic: Topic) -> tuple[Problem, ...]:
    """What the run left out as after the campaign's last day (``[campaign] end``), said, never
    silently: a desk following a later phase moves or removes the setting."""
    left = found.acts_after_end + found.figures_after_end
    if not left or topic.campaign.end is None:
        return ()
    return (Problem(path, "extract", f"{left} record(s) left out as after the campaign's end "
                                     f"({topic.campaign.end:%-d %b %Y}): {found.acts_after_end} act(s), "
                                     f"{found.figures_after_end} running figure(s); to keep them, move or "
                                     "remove 'end' in the topic profile's [campaign] table"),)


def _failed(file: InputFile, problem: Problem) -> Processed:
    return Processed(None, cache.encode(file.shown, file.id, FileResult((), (problem,), (), ())),
                     cache.pack_prints([]))


@dataclass(frozen=True)
class Read:
    """What reading every file gave: per file its result, and where its shingles are."""

    files: list[InputFile]
    results: list[FileResult]
    keys: list[str | None]
    prints: _Prints
    max_bytes: int
    topic: Topic
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()  # about the run, not a file (a worker that died)
    digest: str | None = None  # of everything :func:`combine` reads (see :func:`run_digest`)
    combined: Extraction | None = None  # the last run's, when its digest was the same


def run_digest(files: Sequence[InputFile], keys: Sequence[str | None], problems: Sequence[Problem],
               max_bytes: int, topic: Topic) -> str | None:
    """A hash of everything :func:`combine`'s result follows from: each file's name, id and
    cache key (the hash of its bytes, the extractor and the reading options), in order, and
    what discovery found wrong. None when a file has no key (not hashed, or not readable)."""
    if any(key is None for key in keys):
        return None
    digest = hashlib.sha256(f"{cache.extractor_version()}\0{max_bytes}\0{topic.digest}\0".encode())
    digest.update(repr(tuple(problems)).encode("utf-8", "replace"))
    for file, key in zip(files, keys, strict=True):
        digest.update(f"\n{file.shown}\0{file.id}\0{key}".encode("utf-8", "replace"))
    return digest.hexdigest()


def read_all(found: Discovery, max_bytes: int = ingest.MAX_BYTES, progress: Progress | None = None,
             topic: Topic | None = None, scratch: Path | None = None,
             store: cache.Store | None = None) -> Read:
    """Every discovered file's result: from ``store`` (same bytes, same extractor) or read
    now, new files across the usable CPUs when there are many. The same either way. The
    caller closes the store, after :func:`combine` (which may read shingles from it)."""
    topic = topic or load_topic()
    store = store or cache.Store(None)
    files = list(found.files)
    hashed = [_key(file, max_bytes, topic) if store.db is not None else None for file in files]
    digest = run_digest(files, hashed, found.problems, max_bytes, topic)
    combined = cache.combined(store, digest) if digest is not None else None
    if combined is not None:  # the same files as last run: its combined records, in one piece
        return Read(files, [], hashed, _Prints(store, scratch), max_bytes, topic, found.problems,
                    digest=digest, combined=combined)
    results: list[FileResult | None] = []
    keys: list[str | None] = []
    for file, key in zip(files, hashed, strict=True):
        summary = store.get(key) if key else None
        results.append(_decode(summary, file) if summary else None)
        keys.append(key if results[-1] is not None else None)
    prints = _Prints(store, scratch)
    todo = [n for n, result in enumerate(results) if result is None]
    notes: list[str] = []
    jobs = _run(files, todo, max_bytes, topic, notes)
    for done, (number, processed) in enumerate(zip(todo, jobs, strict=True), 1):
        hashed[number] = processed.key  # the bytes read now: changed since hashed, a new key
        if processed.key:
            store.put(processed.key, processed.summary, processed.prints)
        results[number] = cache.decode(processed.summary, files[number].shown, files[number].id)
        prints.keep(number, processed.prints)
        if progress:
            progress(done, len(todo))
    return Read(files, [r for r in results if r is not None], keys, prints, max_bytes, topic,
                found.problems, tuple(notes), run_digest(files, hashed, found.problems, max_bytes, topic))


def _key(file: InputFile, max_bytes: int, topic: Topic) -> str | None:
    if not ingest.supported(file.path.suffix):
        return None
    try:
        data = read_regular(file.path, max_bytes)
    except NotRegular:
        return None  # not read now either: the problem is found again at once
    return cache.file_key(data, f"{file.path.suffix}:{topic.digest}", max_bytes)


def _decode(summary: bytes, file: InputFile) -> FileResult | None:
    try:
        return cache.decode(summary, file.shown, file.id)
    except Exception:  # a row of another shape: a miss, read again
        return None


_JOB: tuple[list[InputFile], int, Topic] | None = None


def _work(number: int) -> Processed:
    assert _JOB is not None
    files, max_bytes, topic = _JOB
    return process_file(files[number], max_bytes, topic)


def _run(files: list[InputFile], todo: list[int], max_bytes: int, topic: Topic,
         notes: list[str]) -> Iterator[Processed]:
    """The files' results in input order: serially, or across processes when there are many.
    A worker killed from outside (out of memory, a signal) costs time: the files it left
    are read here."""
    global _JOB
    workers = usable_cpus()
    if len(todo) < PARALLEL_FROM or workers < 2:
        yield from (process_file(files[n], max_bytes, topic) for n in todo)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _JOB = (files, max_bytes, topic)  # inherited by the forked workers; only numbers travel
    warm(topic)
    done = 0
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=start_child, initargs=(os.getpid(),)) as pool:
            # map keeps the input order, so the result equals a serial run's
            for processed in pool.map(_work, todo, chunksize=max(1, min(32, len(todo) // (workers * 16)))):
                done += 1
                yield processed
    except BrokenProcessPool:
        notes.append(f"a worker process stopped unexpectedly; the last {len(todo) - done:,} file(s) "
                     "were read in the main process")
        yield from (process_file(files[n], max_bytes, topic) for n in todo[done:])
    finally:
        _JOB = None


# An article of our own words that passes through every stage (an attack, a place, a figure, a
# claim): what it builds on first use, each forked worker inherits.
_WARM = (b"Tuesday, Jan. 2, 2024\n\nMilitants fired rockets at U.S. forces at a base in Syria on Monday, "
         b"wounding two service members, officials said. The Islamic Resistance in Iraq claimed "
         b"responsibility for the attack. There have been 100 attacks on U.S. forces since Oct. 17.\n")


def warm(topic: Topic) -> None:
    """Import the extractor and build what it builds on first use (its patterns, the topic's
    name tables, the screens' automata), once, in the process that forks the workers: each
    worker did it for itself (about 0.3 s of CPU each, ``python -X importtime`` and a first
    file). Only caches are filled; the results are not kept. A fault here is the first file's
    to report, not this one's."""
    with contextlib.suppress(Exception):
        _extract_bytes(_WARM, InputFile(Path("warm.md"), "warm.md", "warm"), topic)


class _Prints:
    """Each article's shingles, wherever they are: in the store for files read from it, in
    an unnamed scratch file (or, failing that, memory) for files read now. Only candidate
    duplicates are ever looked at, so a warm re-run reads almost none."""

    def __init__(self, store: cache.Store, scratch: Path | None) -> None:
        self.store = store
        self.scratch = scratch
        self.file: IO[bytes] | None = None
        self.spans: dict[int, tuple[int, int]] = {}
        self.memory: dict[int, bytes] = {}

    def keep(self, number: int, packed: bytes) -> None:
        try:
            if self.file is None:  # unbuffered: a full disk fails here, where it is caught
                self.file = tempfile.TemporaryFile(dir=self.scratch, buffering=0)  # noqa: SIM115 - see close()
            file = self.file
            at = file.seek(0, os.SEEK_END)
            if file.write(packed) != len(packed):
                raise OSError("a short write")
            self.spans[number] = (at, len(packed))
        except OSError:  # no room for scratch: keep them here
            self.memory[number] = packed

    def packed(self, number: int, key: str | None) -> bytes | None:
        if number in self.memory:
            return self.memory[number]
        if number in self.spans and self.file is not None:
            at, size = self.spans[number]
            with contextlib.suppress(OSError):  # unreadable: the file is read again for them
                return os.pread(self.file.fileno(), size, at)
            return None
        return self.store.prints(key) if key else None

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None


def combine(read: Read) -> Extraction:
    """One extraction from every file's records: copies found, events merged, conflicts grouped.
    Kept in the store under the run's digest; the same run again takes it from there."""
    if read.combined is not None:
        read.prints.close()
        return read.combined
    extraction = _combined(read)
    if read.digest is not None and not read.notes:  # not when a worker died (a fault to see again)
        cache.keep_combined(read.prints.store, read.digest, extraction)
    return extraction


def _combined(read: Read) -> Extraction:
    from . import merge, rundates

    articles: list[ArticleRecord] = []
    owners: list[tuple[int, int]] = []  # per article: (file number, index in the file)
    problems: list[Problem] = list(read.problems)
    events: list[Event] = []
    tallies: list[Tally] = []
    statements: list[Statement] = []
    sketches: list[Sequence[int]] = []
    sizes: list[int] = []
    for number, result in enumerate(read.results):
        articles += result.articles
        owners += [(number, i) for i in range(len(result.articles))]
        problems += result.problems
        events += result.events
        tallies += result.tallies
        statements += result.statements
        sketches += result.sketches
        sizes += result.sizes
    fetch = _fetcher(read, owners)
    articles = merge.mark_updates(merge.mark_duplicates(articles, sketches, sizes, fetch), tallies)
    read.prints.close()
    copies = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    updates = {a.id: a.update_of for a in articles if a.update_of}
    tallies = merge.fold_copies(tallies, copies, updates)
    words = read.topic.said
    run = _placed_by_run(read, owners, _Records(articles, events, tallies, statements, problems))
    articles, events, tallies, statements, problems = (run.articles, run.events, run.tallies, run.statements,
                                                       run.problems)
    events, tallies, undated_problems = rundates.date_from_run(articles, events, tallies, words,
                                                               read.topic.known_events)
    events, context_problems = rundates.date_from_context(articles, events, tallies, words)
    problems += undated_problems + context_problems
    by_id = {a.id: a for a in articles}
    bases = frozenset(p.name for p in read.topic.places if p.site or p.hosts_us_forces)
    clocks = merge.clocks_of(read.topic.event_words.words())
    dated, undated = merge.merge_events(events, by_id, words, bases, read.topic.known_events, clocks,
                                        read.topic.host_spots())
    return Extraction(articles=tuple(articles), events=tuple(dated),
                      tallies=tuple(merge.flag_conflicts(tallies)),
                      problems=tuple(problems), undated=tuple(undated),
                      statements=tuple(merge.join_statements(
                          merge.fold_statements(statements, copies, updates))))


@dataclass(frozen=True)
class _Records:
    """The run's records, as :func:`_combined` gathers them."""

    articles: list[ArticleRecord]
    events: list[Event]
    tallies: list[Tally]
    statements: list[Statement]
    problems: list[Problem]


def _placed_by_run(read: Read, owners: list[tuple[int, int]], run: _Records) -> _Records:
    """Undated articles whose date line gives a day without its year, placed in the one year their
    running figures' window allows (rundates.figure_windows, day_in_window), read and extracted
    again with that day; the rest as they were. Rare: most runs have no such article."""
    from . import rundates

    if not any(a.dateline_day for a in run.articles):
        return run
    windows = rundates.figure_windows(run.articles, run.tallies)
    wanted: dict[int, dict[int, tuple[dt.date, YearFrom]]] = {}  # file -> index in it -> day
    for position, article in enumerate(run.articles):
        window = windows.get(article.id)
        # a copy's or an update's records were folded into another's: those are left as they are
        if article.dateline_day and isinstance(window, rundates.Window) and article.update_of is None:
            day = rundates.day_in_window(article.dateline_day, window)
            if day is not None:
                number, index = owners[position]
                evidence = YearFrom("run-figures", window.first, (day - window.first).days)
                wanted.setdefault(number, {})[index] = (day, evidence)
    for number, placed in wanted.items():
        run = _again(read, number, placed, run)
    return run


def _again(read: Read, number: int, placed: Mapping[int, tuple[dt.date, YearFrom]],
           run: _Records) -> _Records:
    """One file read and extracted again with the days the run placed its date lines on; its placed
    articles' records replace theirs. Not when the file changed since it was read."""
    file = read.files[number]
    try:
        data = read_regular(file.path, read.max_bytes)
        key = cache.file_key(data, f"{file.path.suffix}:{read.topic.digest}", read.max_bytes)
        if read.keys[number] is not None and key != read.keys[number]:  # None: read moments ago
            return run
        result, _ = _extract_bytes(data, file, read.topic, placed)
    except Exception:  # the first reading stands; this one only adds a day
        return run
    dated = {a.id: a for a in result.articles if a.published is not None and a.published_year}
    if not dated:
        return run
    old = {a.id: a for a in run.articles if a.id in dated}
    stale = {(a.path, a.problems[-1]) for a in old.values() if a.problems}

    def mine(records: Sequence[Event] | Sequence[Tally] | Sequence[Statement]) -> list[Any]:
        return [r for r in records if r.sources[0].article in dated]

    return _Records(
        [dated.get(a.id, a) for a in run.articles],
        [e for e in run.events if e.sources[0].article not in dated] + mine(result.events),
        [t for t in run.tallies if t.sources[0].article not in dated] + mine(result.tallies),
        [s for s in run.statements if s.sources[0].article not in dated] + mine(result.statements),
        [p for p in run.problems if (p.path, p.message) not in stale]
        + [Problem(a.path, "dates", a.problems[-1]) for a in dated.values()])


def _fetcher(read: Read, owners: list[tuple[int, int]]) -> Callable[[int], array[int]]:
    """Article number -> its shingles. Should they be gone (the cache broke during the run),
    the file is read again for them; a file changed since gives none, so nothing is
    called a copy on the strength of text that is no longer there."""
    unpacked: dict[int, list[array[int]]] = {}

    def fetch(article: int) -> array[int]:
        number, index = owners[article]
        if number not in unpacked:
            if len(unpacked) > 256:
                unpacked.clear()
            unpacked[number] = _unpack(read, number)
        found = unpacked[number]
        return found[index] if index < len(found) else array("I")

    return fetch


def _unpack(read: Read, number: int) -> list[array[int]]:
    sizes = read.results[number].sizes
    packed = read.prints.packed(number, read.keys[number])
    with contextlib.suppress(Exception):
        if packed is not None:
            return cache.unpack_prints(packed, sizes)
    again = process_file(read.files[number], read.max_bytes, read.topic)
    if again.key is not None and again.key == read.keys[number]:
        with contextlib.suppress(Exception):
            return cache.unpack_prints(again.prints, sizes)
    return [array("I") for _ in sizes]


def extract(inputs: Sequence[Path], max_bytes: int = ingest.MAX_BYTES, cache_dir: Path | None = None,
            progress: Progress | None = None, topic: Topic | None = None, output: Path | None = None,
            follow_links: bool = False, own: Sequence[Path] = ()) -> Extraction:
    """Read, date and extract every input file; bad files become problems, not errors.

    With ``cache_dir``, files seen before (same bytes, same extractor) are not read
    again; many new files are processed in parallel. The result is the same either way.
    ``output`` (a folder) and ``own`` (files) are what this run writes: never read as input.
    """
    found = discover(inputs, output, follow_links, own)
    store = cache.Store(cache_dir)
    scratch = output or (own[0].parent if own else None)
    try:
        return combine(read_all(found, max_bytes, progress, topic, scratch, store))
    finally:
        store.close()
