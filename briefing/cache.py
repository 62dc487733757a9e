"""What one input file gave (articles, events, tallies, problems), as JSON, and a SQLite store of it.

The store lives in the output folder (``<output>/.cache/briefing.sqlite``), keyed by a hash
of the very bytes that were read and extracted (never a second read of the file), the
extractor's version and the reading options, so a re-run reads only new or changed files.
The version is a hash of the package's own source files: changing any rule invalidates
the cache by itself. What is stored is an article's records without its text (quotes are
in the evidence), so a re-run decodes little; the 5-word shingles that find syndicated
copies sit in their own column, read only for the few candidates.

A cache in any state only costs time: payloads are JSON, never pickle, and each row
carries a checksum, so a row that is garbage, of another shape or another schema is a
miss; a store that cannot be opened, is locked, full or read-only is simply not used
(and ``notes`` says why).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import sqlite3
import typing
import zlib
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .codec import from_row, to_row
from .model import ArticleRecord, Event, Evidence, Extraction, Problem, Statement, Tally

CACHE_DIR = ".cache"
CACHE_FILE = "briefing.sqlite"
SCHEMA = 7  # PRAGMA user_version; a store with another is emptied and rebuilt
SKETCH = 16  # the smallest shingle hashes kept with an article's records (see merge)
# Each blob has its own checksum, so a re-run reads only the summaries, not the shingles.
TABLES = {"files": "key TEXT PRIMARY KEY, summary BLOB NOT NULL, summary_check TEXT NOT NULL, "
                   "prints BLOB NOT NULL, prints_check TEXT NOT NULL",
          "charts": "key TEXT PRIMARY KEY, text BLOB NOT NULL, text_check TEXT NOT NULL",
          "pdfs": "key TEXT PRIMARY KEY, text BLOB NOT NULL, text_check TEXT NOT NULL",
          "runs": "key TEXT PRIMARY KEY, text BLOB NOT NULL, text_check TEXT NOT NULL",
          "exports": "key TEXT PRIMARY KEY, text BLOB NOT NULL, text_check TEXT NOT NULL"}
TEXT_TABLES = ("charts", "pdfs", "runs", "exports")


PACKAGE = Path(__file__).resolve().parent


def source_files() -> list[Path]:
    """Every source and data file of the package (``**/*.py``, the topic files), in order."""
    return sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.toml")])


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of every file of :func:`source_files`: a new module or a changed rule (or label)
    invalidates the cache by itself, with no list to keep up to date."""
    digest = hashlib.sha256()
    for path in source_files():
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def file_key(data: bytes, suffix: str, max_bytes: int) -> str:
    head = f"{extractor_version()}:{suffix.lower()}:{max_bytes}:".encode()
    return hashlib.sha256(head + data).hexdigest()


@dataclass(frozen=True)
class FileResult:
    """Everything one input file gave, its articles without their text.

    ``sketches[i]`` is article i's ``SKETCH`` smallest shingle hashes and ``sizes[i]`` the
    number of its shingles; the shingles themselves are fetched only when needed.
    """

    articles: tuple[ArticleRecord, ...]
    problems: tuple[Problem, ...]
    events: tuple[Event, ...]
    tallies: tuple[Tally, ...]
    sketches: tuple[Sequence[int], ...] = ()
    sizes: tuple[int, ...] = ()
    statements: tuple[Statement, ...] = ()


# --- one file's records <-> compressed JSON (rows of briefing.codec) ----------------------

def encode(shown: str, base_id: str, result: FileResult) -> bytes:
    """One file's records as compressed JSON, with the path and id of the file they were read
    from: a file with the same bytes elsewhere (moved, or a copy) gets them under its own."""
    document = {
        "shown": shown, "base_id": base_id,
        "articles": [to_row(a) for a in result.articles], "problems": [to_row(p) for p in result.problems],
        "events": [to_row(e) for e in result.events], "tallies": [to_row(t) for t in result.tallies],
        "sketches": [list(s) for s in result.sketches], "sizes": list(result.sizes),
        "statements": [to_row(s) for s in result.statements],
    }
    return zlib.compress(json.dumps(document, separators=(",", ":")).encode("utf-8", "replace"), 1)


def decode(blob: bytes, shown: str, base_id: str) -> FileResult:
    """Records of one file, with ids and paths for where the file is now. Raises on a
    payload that is not what :func:`encode` writes (the caller counts it a miss)."""
    payload = json.loads(zlib.decompress(blob))
    result = FileResult(
        articles=tuple(from_row(ArticleRecord, a) for a in payload["articles"]),
        problems=tuple(from_row(Problem, p) for p in payload["problems"]),
        events=tuple(from_row(Event, e) for e in payload["events"]),
        tallies=tuple(from_row(Tally, t) for t in payload["tallies"]),
        sketches=tuple(array("I", s) for s in payload["sketches"]),
        sizes=tuple(payload["sizes"]),
        statements=tuple(from_row(Statement, s) for s in payload["statements"]),
    )
    if len(result.sketches) != len(result.articles) or len(result.sizes) != len(result.articles):
        raise ValueError("payload of another shape")
    if (payload["shown"], payload["base_id"]) == (shown, base_id):
        return result
    return _moved(result, Place(payload["shown"], payload["base_id"]), Place(shown, base_id))


@dataclass(frozen=True)
class Place:
    """Where a file's records say they come from: its path as shown, and its id."""

    shown: str
    base_id: str

    def path(self, path: str, old: Place) -> str:
        return self.shown + path[len(old.shown):]

    def id(self, record_id: str, old: Place) -> str:
        return self.base_id + record_id[len(old.base_id):]


def _moved(result: FileResult, old: Place, new: Place) -> FileResult:
    """The records of a file read at ``old``, for the same bytes at ``new``. Ids start with
    the file's id (an undated event's says ``undated-`` first), paths with its path."""
    def evidence(e: Evidence) -> Evidence:
        return dataclasses.replace(e, article=new.id(e.article, old))

    def sources(record: Event | Tally | Statement) -> tuple[Evidence, ...]:
        return tuple(map(evidence, record.sources))

    def cited(value: Any) -> Any:  # an event's details: every fact's evidence, however nested
        if isinstance(value, Evidence):
            return evidence(value)
        if isinstance(value, tuple):
            return tuple(map(cited, value))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(value, **{f.name: cited(getattr(value, f.name))
                                                 for f in dataclasses.fields(value)})
        return value

    undated = f"undated-{old.base_id}", f"undated-{new.base_id}"
    return dataclasses.replace(
        result,
        articles=tuple(dataclasses.replace(
            a, id=new.id(a.id, old), path=new.path(a.path, old),
            published_evidence=a.published_evidence and evidence(a.published_evidence))
            for a in result.articles),
        problems=tuple(dataclasses.replace(p, path=new.path(p.path, old)) for p in result.problems),
        events=tuple(dataclasses.replace(e, id=e.id.replace(*undated, 1), sources=sources(e),
                                         details=cited(e.details)) for e in result.events),
        tallies=tuple(dataclasses.replace(t, id=new.id(t.id, old), sources=sources(t))
                      for t in result.tallies),
        statements=tuple(dataclasses.replace(
            s, id=new.id(s.id, old), sources=sources(s), answers=s.answers and new.id(s.answers, old),
            replies=tuple(new.id(r, old) for r in s.replies)) for s in result.statements),
    )


RUN_CHUNK = 1000  # records per line of a kept run: memory for one line's JSON, never the whole run's


def keep_combined(store: Store, digest: str, extraction: Extraction) -> None:
    """The run's combined records (see :func:`briefing.collect.combine`), as the store's one run:
    compressed JSON lines, the first naming the sections, then ``[section, [row, ...]]`` of at
    most ``RUN_CHUNK`` records each (a run of 100,000 articles is never one JSON document)."""
    pack = zlib.compressobj(1)
    names = [f.name for f in dataclasses.fields(Extraction)]
    parts = [pack.compress(json.dumps(names).encode() + b"\n")]
    for number, name in enumerate(names):
        records = getattr(extraction, name)
        for at in range(0, len(records), RUN_CHUNK):
            rows = [to_row(r) for r in records[at:at + RUN_CHUNK]]
            line = json.dumps([number, rows], separators=(",", ":"))
            parts.append(pack.compress(line.encode("utf-8", "replace") + b"\n"))
    parts.append(pack.flush())
    store.put_blob("runs", digest, b"".join(parts), only=True)


def combined(store: Store, digest: str) -> Extraction | None:
    """The combined records kept under ``digest``, if they are there and whole; else None (a
    row of another shape is a miss, as a file's is)."""
    blob = store.get_blob("runs", digest)
    if blob is None:
        return None
    try:
        return _run_records(_lines(blob))
    except Exception:  # any payload not written by keep_combined is a miss
        return None


def _run_records(lines: Iterator[bytes]) -> Extraction:
    fields = dataclasses.fields(Extraction)
    hints = typing.get_type_hints(Extraction)
    kinds = [typing.get_args(hints[f.name])[0] for f in fields]
    if json.loads(next(lines)) != [f.name for f in fields]:
        raise ValueError("a run of other sections")
    found: list[list[Any]] = [[] for _ in fields]
    for line in lines:
        number, rows = json.loads(line)
        if type(number) is not int or not 0 <= number < len(kinds) or type(rows) is not list:
            raise ValueError("a line of another shape")
        found[number].extend(from_row(kinds[number], row) for row in rows)
    return Extraction(*map(tuple, found))


def _lines(blob: bytes) -> Iterator[bytes]:
    """The lines of a compressed run, decompressed a piece at a time; raises unless the stream is
    whole and ends with its last line."""
    unzip = zlib.decompressobj()
    rest = b""
    for at in [*range(0, len(blob), 1 << 20), -1]:
        rest += unzip.decompress(blob[at:at + (1 << 20)]) if at >= 0 else unzip.flush()
        *whole, rest = rest.split(b"\n")
        yield from whole
    if not unzip.eof or unzip.unused_data or rest:
        raise ValueError("not a whole run")


def pack_prints(prints: list[array[int]]) -> bytes:
    return zlib.compress(b"".join(p.tobytes() for p in prints), 1)


def unpack_prints(blob: bytes, sizes: tuple[int, ...]) -> list[array[int]]:
    flat = array("I")
    flat.frombytes(zlib.decompress(blob))
    if len(flat) != sum(sizes):
        raise ValueError("shingles of another shape")
    found, at = [], 0
    for size in sizes:
        found.append(flat[at:at + size])
        at += size
    return found


def _check(key: str, blob: bytes) -> str:
    return hashlib.blake2b(blob, digest_size=16, key=key.encode()[:64]).hexdigest()


class Store:
    """The SQLite store. Every method is safe to call whatever state the store is in: a
    store that cannot be used is not used, and ``notes`` says why, once."""

    def __init__(self, folder: Path | None) -> None:
        self.db: sqlite3.Connection | None = None
        self.notes: list[str] = []
        self.writable = True
        if folder is None:
            return
        self.path = folder / CACHE_FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = self._open()
        except (OSError, sqlite3.Error) as error:
            self._give_up(error)

    def _open(self) -> sqlite3.Connection:
        # A short wait: a store locked by someone else costs this run the time of reading
        # everything, never a hang.
        db = sqlite3.connect(self.path, timeout=0.5, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=DELETE")
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA or not self._shaped(db):
                self._rebuild(db)
            db.execute("BEGIN")
        except sqlite3.DatabaseError as error:
            db.close()
            if "not a database" not in str(error) and "malformed" not in str(error):
                raise
            self.path.unlink()  # our own file, and not a database: start afresh
            return self._open()
        return db

    @staticmethod
    def _shaped(db: sqlite3.Connection) -> bool:
        for table, columns in TABLES.items():
            found = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
            if found != [c.split()[0] for c in columns.split(", ")]:
                return False
        return True

    @staticmethod
    def _rebuild(db: sqlite3.Connection) -> None:
        db.execute("BEGIN IMMEDIATE")
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for name in names:
            db.execute(f'DROP TABLE IF EXISTS "{name.replace(chr(34), chr(34) * 2)}"')
        for table, columns in TABLES.items():
            db.execute(f"CREATE TABLE {table} ({columns})")
        db.execute(f"PRAGMA user_version = {SCHEMA}")
        db.execute("COMMIT")

    def _give_up(self, error: BaseException, writing: bool = False) -> None:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        where = getattr(self, "path", "the cache")
        if writing:
            self.notes.append(f"the cache {where} was not updated ({reason}); the next run reads "
                              "the new files again")
            self.writable = False
            return
        self.notes.append(f"the cache {where} cannot be used ({reason}); every file was read again")
        if self.db is not None:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
        self.db = None

    def _blob(self, table: str, column: str, key: str) -> bytes | None:
        """The blob in ``column`` of ``key``'s row, if the row is there and intact."""
        if self.db is None:
            return None
        try:
            row = self.db.execute(f"SELECT {column}, {column}_check FROM {table} WHERE key = ?",
                                  (key,)).fetchone()
        except sqlite3.Error as error:
            self._give_up(error)
            return None
        if row is None or not isinstance(row[0], bytes) or row[1] != _check(key, row[0]):
            return None
        return row[0]

    def get(self, key: str) -> bytes | None:
        """The summary stored under ``key``, if it is intact."""
        return self._blob("files", "summary", key)

    def prints(self, key: str) -> bytes | None:
        return self._blob("files", "prints", key)

    def put(self, key: str, summary: bytes, prints: bytes) -> None:
        self._write("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                    (key, summary, _check(key, summary), prints, _check(key, prints)))

    def get_bytes(self, table: str, key: str) -> bytes | None:
        """What is stored under ``key`` in ``table`` ("charts", "pdfs"), if intact."""
        blob = self.get_blob(table, key)
        try:
            return zlib.decompress(blob) if blob is not None else None
        except zlib.error:
            return None

    def get_blob(self, table: str, key: str) -> bytes | None:
        """The compressed bytes stored under ``key`` in ``table``, if intact (not decompressed)."""
        assert table in TEXT_TABLES  # a name of ours, never input, goes into the SQL
        return self._blob(table, "text", key)

    def put_bytes(self, table: str, key: str, data: bytes, only: bool = False) -> None:
        """Store ``data`` under ``key``; with ``only``, as the table's one row (the last PDF)."""
        self.put_blob(table, key, zlib.compress(data, 1), only)

    def put_blob(self, table: str, key: str, blob: bytes, only: bool = False) -> None:
        """Store ``blob``, compressed already, as :meth:`put_bytes` stores its data."""
        assert table in TEXT_TABLES
        if only:
            self._write(f"DELETE FROM {table}", ())
        self._write(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)", (key, blob, _check(key, blob)))

    def get_text(self, table: str, key: str) -> str | None:
        data = self.get_bytes(table, key)
        try:
            return data.decode("utf-8") if data is not None else None
        except UnicodeDecodeError:
            return None

    def put_text(self, table: str, key: str, text: str) -> None:
        self.put_bytes(table, key, text.encode("utf-8", "replace"))

    def _write(self, sql: str, row: tuple[Any, ...]) -> None:
        if self.db is None or not self.writable:
            return
        try:
            self.db.execute(sql, row)
        except sqlite3.Error as error:
            self._rollback()
            self._give_up(error, writing=True)

    def _rollback(self) -> None:
        try:
            if self.db is not None and self.db.in_transaction:
                self.db.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self.db is None:
            return
        try:
            if self.db.in_transaction:
                self.db.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            self._give_up(error, writing=True)
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self.db = None
