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
import datetime as dt
import functools
import hashlib
import json
import sqlite3
import sys
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import ArticleRecord, Event, Evidence, Problem, Tally

CACHE_DIR = ".cache"
CACHE_FILE = "briefing.sqlite"
SCHEMA = 4  # PRAGMA user_version; a store with another is emptied and rebuilt
SKETCH = 16  # the smallest shingle hashes kept with an article's records (see merge)
# Each blob has its own checksum, so a re-run reads only the summaries, not the shingles.
TABLES = {"files": "key TEXT PRIMARY KEY, summary BLOB NOT NULL, summary_check TEXT NOT NULL, "
                   "prints BLOB NOT NULL, prints_check TEXT NOT NULL",
          "charts": "key TEXT PRIMARY KEY, text BLOB NOT NULL, text_check TEXT NOT NULL",
          "pdfs": "key TEXT PRIMARY KEY, text BLOB NOT NULL, text_check TEXT NOT NULL"}
TEXT_TABLES = ("charts", "pdfs")


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of every source and data file of the package: a new module or a changed rule
    invalidates the cache by itself, with no list to keep up to date."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*root.rglob("*.py"), *root.rglob("*.toml")]):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
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


# --- records <-> JSON; articles are referred to by their index in the file -------------

def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@functools.lru_cache(maxsize=8192)
def _undate(value: str | None) -> dt.date | None:
    """A day from the cache; the same day is one object, however many records name it."""
    return dt.date.fromisoformat(value) if value else None


def _names(values: list[str]) -> tuple[str, ...]:
    return tuple(map(sys.intern, values))


def _evidence(evidence: Evidence, index: dict[str, int]) -> list[Any]:
    return [index[evidence.article], evidence.start, evidence.end, evidence.quote]


def _article(a: ArticleRecord, shown: str, base_id: str, index: dict[str, int]) -> dict[str, Any]:
    return {
        "path_suffix": a.path[len(shown):], "id_suffix": a.id[len(base_id):],
        "title": a.title, "outlet": a.outlet, "url": a.url,
        "author": a.author, "published": _day(a.published),
        "time": a.published_time.isoformat() if a.published_time else None,
        "basis": a.published_basis,
        "evidence": _evidence(a.published_evidence, index) if a.published_evidence else None,
        "problems": list(a.problems), "english": a.english,
    }


def encode(shown: str, base_id: str, result: FileResult) -> bytes:
    """One file's records as compressed JSON, with paths and ids relative to the file's own
    (it may move)."""
    index = {a.id: i for i, a in enumerate(result.articles)}
    document = {
        "articles": [_article(a, shown, base_id, index) for a in result.articles],
        "problems": [[p.path[len(shown):], p.stage, p.message, p.severity, p.kind] for p in result.problems],
        "events": [{
            "id": e.id.replace(f"undated-{e.sources[0].article}", "undated-{article}"),
            "type": e.type, "date": _day(e.date), "precision": e.date_precision,
            "country": e.country, "places": list(e.places), "actors": list(e.actors),
            "weapons": list(e.weapons), "summary": e.summary, "note": e.date_note,
            "day_without_year": e.day_without_year,
            "sources": [_evidence(s, index) for s in e.sources],
        } for e in result.events],
        "tallies": [{
            "id_suffix": t.id.rsplit(":", 1)[-1], "article": index[t.sources[0].article],
            "metric": t.metric, "value": t.value, "qualifier": t.qualifier, "since": _day(t.since),
            "as_of": _day(t.as_of), "breakdown": [list(p) for p in t.breakdown] if t.breakdown else None,
            "sources": [_evidence(s, index) for s in t.sources], "source_kind": t.source_kind,
            "speaker": t.speaker, "since_note": t.since_note,
        } for t in result.tallies],
        "sketches": [list(s) for s in result.sketches], "sizes": list(result.sizes),
    }
    return zlib.compress(json.dumps(document, separators=(",", ":")).encode("utf-8", "replace"), 1)


def decode(blob: bytes, shown: str, base_id: str) -> FileResult:
    """Records of one file, with ids and paths for where the file is now. Raises on a
    payload that is not what :func:`encode` writes (the caller counts it a miss)."""
    payload = json.loads(zlib.decompress(blob))
    ids = [base_id + a["id_suffix"] for a in payload["articles"]]

    def ev(item: list[Any]) -> Evidence:
        return Evidence(ids[item[0]], item[1], item[2], item[3])

    intern: Any = sys.intern  # names repeated across thousands of records are kept once
    articles = tuple(ArticleRecord(
        id=ids[i], path=shown + a["path_suffix"], title=a["title"],
        outlet=a["outlet"] and intern(a["outlet"]), url=a["url"], author=a["author"],
        published=_undate(a["published"]),
        published_time=dt.time.fromisoformat(a["time"]) if a["time"] else None,
        published_basis=intern(a["basis"]), published_evidence=ev(a["evidence"]) if a["evidence"] else None,
        problems=_names(a["problems"]), english=a["english"],
    ) for i, a in enumerate(payload["articles"]))
    problems = tuple(Problem(shown + suffix, intern(stage), intern(message), intern(severity), intern(kind))
                     for suffix, stage, message, severity, kind in payload["problems"])
    events = tuple(Event(
        id=e["id"].replace("{article}", ids[e["sources"][0][0]]), type=intern(e["type"]),
        date=_undate(e["date"]), date_precision=intern(e["precision"]),
        country=e["country"] and intern(e["country"]), places=_names(e["places"]),
        actors=_names(e["actors"]), weapons=_names(e["weapons"]), summary=intern(e["summary"]),
        sources=tuple(ev(s) for s in e["sources"]), date_note=intern(e["note"]),
        day_without_year=e["day_without_year"],
    ) for e in payload["events"])
    tallies = tuple(Tally(
        id=f"{ids[t['article']]}:{t['id_suffix']}", metric=intern(t["metric"]), value=t["value"],
        qualifier=intern(t["qualifier"]), since=_undate(t["since"]), as_of=_undate(t["as_of"]),
        breakdown=tuple((intern(c), v) for c, v in t["breakdown"]) if t["breakdown"] else None,
        sources=tuple(ev(s) for s in t["sources"]), source_kind=intern(t["source_kind"]),
        speaker=t["speaker"], since_note=t["since_note"],
    ) for t in payload["tallies"])
    sketches = tuple(array("I", s) for s in payload["sketches"])
    sizes = tuple(payload["sizes"])
    if len(sketches) != len(articles) or len(sizes) != len(articles):
        raise ValueError("payload of another shape")
    return FileResult(articles, problems, events, tallies, sketches, sizes)


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
        assert table in TEXT_TABLES  # a name of ours, never input, goes into the SQL
        blob = self._blob(table, "text", key)
        try:
            return zlib.decompress(blob) if blob is not None else None
        except zlib.error:
            return None

    def put_bytes(self, table: str, key: str, data: bytes, only: bool = False) -> None:
        """Store ``data`` under ``key``; with ``only``, as the table's one row (the last PDF)."""
        assert table in TEXT_TABLES
        blob = zlib.compress(data, 1)
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
