"""What one input file gave (articles, events, tallies, problems), as JSON, and a SQLite store of it.

The store lives in the output folder (``<output>/.cache/briefing.sqlite``), keyed by the
file's content hash and the extractor's version, so a re-run reads only new or changed
files. The version is a hash of the extractor's own source files: changing any rule
invalidates the cache by itself. Payloads are JSON, never pickle, so a tampered cache
cannot run code; a payload that does not decode is treated as a miss.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import sqlite3
import zlib
from array import array
from pathlib import Path
from typing import Any

from .model import Article, Event, Evidence, Problem, Tally

CACHE_DIR = ".cache"
CACHE_FILE = "briefing.sqlite"
TEXT_TABLES = ("charts",)
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


# --- records <-> JSON; articles are referred to by their index in the file -------------

def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _undate(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _evidence(evidence: Evidence, index: dict[str, int]) -> list[Any]:
    return [index[evidence.article], evidence.start, evidence.end, evidence.quote]


def encode(shown: str, base_id: str, articles: list[Article], problems: list[Problem],
           events: list[Event], tallies: list[Tally], shingles: list[array[int]]) -> dict[str, Any]:
    """One file's records, with paths and ids relative to the file's own (it may move)."""
    index = {a.id: i for i, a in enumerate(articles)}
    return {
        "articles": [{
            "path_suffix": a.path[len(shown):], "id_suffix": a.id[len(base_id):],
            "text": a.text, "clean": a.clean, "title": a.title, "outlet": a.outlet, "url": a.url,
            "author": a.author, "published": _day(a.published),
            "time": a.published_time.isoformat() if a.published_time else None,
            "basis": a.published_basis,
            "evidence": _evidence(a.published_evidence, index) if a.published_evidence else None,
            "problems": list(a.problems), "english": a.english,
        } for a in articles],
        "problems": [[p.path[len(shown):], p.stage, p.message, p.severity, p.kind] for p in problems],
        "events": [{
            "id": e.id.replace(f"undated-{e.sources[0].article}", "undated-{article}"),
            "type": e.type, "date": _day(e.date), "precision": e.date_precision,
            "country": e.country, "places": list(e.places), "actors": list(e.actors),
            "weapons": list(e.weapons), "summary": e.summary, "note": e.date_note,
            "day_without_year": e.day_without_year,
            "sources": [_evidence(s, index) for s in e.sources],
        } for e in events],
        "tallies": [{
            "id_suffix": t.id.rsplit(":", 1)[-1], "article": index[t.sources[0].article],
            "metric": t.metric, "value": t.value, "qualifier": t.qualifier, "since": _day(t.since),
            "as_of": _day(t.as_of), "breakdown": [list(p) for p in t.breakdown] if t.breakdown else None,
            "sources": [_evidence(s, index) for s in t.sources], "source_kind": t.source_kind,
            "speaker": t.speaker, "since_note": t.since_note,
        } for t in tallies],
        "shingles": [s.tobytes().hex() for s in shingles],
    }


def decode(payload: dict[str, Any], shown: str, base_id: str,
           ) -> tuple[list[Article], list[Problem], list[Event], list[Tally], list[array[int]]]:
    """Records of one file, with ids and paths for where the file is now."""
    ids = [base_id + a["id_suffix"] for a in payload["articles"]]

    def ev(item: list[Any]) -> Evidence:
        return Evidence(ids[item[0]], item[1], item[2], item[3])

    articles = [Article(
        id=ids[i], path=shown + a["path_suffix"], text=a["text"], clean=a["clean"], title=a["title"],
        outlet=a["outlet"], url=a["url"], author=a["author"], published=_undate(a["published"]),
        published_time=dt.time.fromisoformat(a["time"]) if a["time"] else None,
        published_basis=a["basis"], published_evidence=ev(a["evidence"]) if a["evidence"] else None,
        problems=tuple(a["problems"]), english=a["english"],
    ) for i, a in enumerate(payload["articles"])]
    problems = [Problem(shown + suffix, stage, message, severity, kind)
                for suffix, stage, message, severity, kind in payload["problems"]]
    events = [Event(
        id=e["id"].replace("{article}", ids[e["sources"][0][0]]), type=e["type"],
        date=_undate(e["date"]), date_precision=e["precision"], country=e["country"],
        places=tuple(e["places"]), actors=tuple(e["actors"]), weapons=tuple(e["weapons"]),
        summary=e["summary"], sources=tuple(ev(s) for s in e["sources"]), date_note=e["note"],
        day_without_year=e["day_without_year"],
    ) for e in payload["events"]]
    tallies = [Tally(
        id=f"{ids[t['article']]}:{t['id_suffix']}", metric=t["metric"], value=t["value"],
        qualifier=t["qualifier"], since=_undate(t["since"]), as_of=_undate(t["as_of"]),
        breakdown=tuple((c, v) for c, v in t["breakdown"]) if t["breakdown"] else None,
        sources=tuple(ev(s) for s in t["sources"]), source_kind=t["source_kind"], speaker=t["speaker"],
        since_note=t["since_note"],
    ) for t in payload["tallies"]]
    shingles = [array("I", bytes.fromhex(h)) for h in payload["shingles"]]
    return articles, problems, events, tallies, shingles


class Store:
    """The SQLite store; every method is safe to call when the store could not be opened."""

    def __init__(self, folder: Path | None) -> None:
        self.db: sqlite3.Connection | None = None
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(folder / CACHE_FILE)
            self.db.execute("CREATE TABLE IF NOT EXISTS files (key TEXT PRIMARY KEY, payload BLOB)")
            self.db.execute("CREATE TABLE IF NOT EXISTS charts (key TEXT PRIMARY KEY, payload BLOB)")
        except sqlite3.Error:
            self.db = None  # a broken cache only costs time

    def get(self, key: str) -> dict[str, Any] | None:
        if self.db is None:
            return None
        row = self.db.execute("SELECT payload FROM files WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return json.loads(zlib.decompress(row[0]))  # type: ignore[no-any-return]
        except (zlib.error, ValueError):
            return None

    def put(self, key: str, payload: dict[str, Any]) -> None:
        if self.db is not None:
            blob = zlib.compress(json.dumps(payload, separators=(",", ":")).encode(), 1)
            self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?)", (key, blob))

    def get_text(self, table: str, key: str) -> str | None:
        """A text stored under ``key`` in ``table`` ("charts")."""
        assert table in TEXT_TABLES  # a name of ours, never input, goes into the SQL
        if self.db is None:
            return None
        row = self.db.execute(f"SELECT payload FROM {table} WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(zlib.decompress(row[0]), "utf-8")

    def put_text(self, table: str, key: str, text: str) -> None:
        assert table in TEXT_TABLES
        if self.db is not None:
            self.db.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)",
                            (key, zlib.compress(text.encode(), 1)))

    def close(self) -> None:
        if self.db is not None:
            self.db.commit()
            self.db.close()
            self.db = None
