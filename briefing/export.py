"""Records -> the ``briefing.extract/1`` JSON document (see docs/schema.md).

:func:`to_json` gives the document as data; :func:`write_json` writes the same document
to a stream one record at a time, so an archive of 100,000 articles never needs it whole
in memory.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .codec import from_data, to_data
from .model import ArticleRecord, Briefing, Event, Extraction, Period, Problem, Statement, Tally

SCHEMA = "briefing.extract/1"
CLASHES_LISTED = 10  # other figures named in a tally's conflicts_with
INDENT_UP_TO = 1000  # articles; beyond, compact (the indenting encoder is pure Python: slow)


# The schema's keys, in the order the document gives them (docs/schema.md); each is a field
# of the record, but for the few made here (published_quote, conflicts_with).
EVIDENCE_KEYS = ("article", "quote", "start", "end", "rule")  # rule: the grammar rule that read it (issue 22)
ARTICLE_KEYS = ("id", "path", "title", "outlet", "url", "published", "published_basis", "published_quote",
                "duplicate_of", "update_of", "problems", "corrected")
EVENT_KEYS = ("id", "type", "date", "date_precision", "country", "places", "actors", "weapons", "summary",
              "date_note", "date_basis", "date_anchor", "date_offset", "date_source", "named_event",
              "day_without_year", "details", "corrected", "sources")
TALLY_KEYS = ("id", "metric", "value", "qualifier", "since", "as_of", "breakdown", "conflicts_with",
              "conflict", "source_kind", "speaker", "since_note", "as_of_source", "corrected", "sources")
PROBLEM_KEYS = ("path", "stage", "severity", "message")
CORRECTION_KEYS = ("ref", "kind", "targets", "fields", "why", "status", "note")
STATEMENT_KEYS = ("id", "kind", "who", "attributed_to", "date", "answers", "replies", "sources", "said_at")


def _keyed(data: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: data[key] for key in keys}


def _with_sources(data: dict[str, Any]) -> dict[str, Any]:
    data["sources"] = [_keyed(source, EVIDENCE_KEYS) for source in data["sources"]]
    return data


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def article_json(a: ArticleRecord) -> dict[str, Any]:
    data = to_data(a)
    data["published_quote"] = a.published_evidence.quote if a.published_evidence else None
    return _keyed(data, ARTICLE_KEYS)


def event_json(event: Event) -> dict[str, Any]:
    return _keyed(_with_sources(to_data(event)), EVENT_KEYS)


def tally_json(tally: Tally, clashes: tuple[str, ...] = ()) -> dict[str, Any]:
    """``clashes``: the other figures of its conflict group (``conflicts_with``, kept from
    the first version of the schema beside the newer ``conflict`` group id)."""
    data = _with_sources(to_data(tally))
    data["breakdown"] = dict(tally.breakdown) if tally.breakdown else None
    data["conflicts_with"] = list(clashes)
    return _keyed(data, TALLY_KEYS)


def statement_json(statement: Statement) -> dict[str, Any]:
    return _keyed(_with_sources(to_data(statement)), STATEMENT_KEYS)


def problem_json(p: Problem) -> dict[str, Any]:
    return _keyed(to_data(p), PROBLEM_KEYS)


def conflicts_json(tallies: Iterable[Tally]) -> list[dict[str, Any]]:
    """Each group of figures that cannot all be true, once, with its members."""
    groups: dict[str, list[Tally]] = {}
    for tally in tallies:
        if tally.conflict:
            groups.setdefault(tally.conflict, []).append(tally)
    return [{"id": name, "metric": members[0].metric, "as_of": _day(members[0].as_of),
             "tallies": [t.id for t in members]} for name, members in sorted(groups.items())]


def corrections_json(briefing: Briefing) -> list[dict[str, Any]]:
    """The desk's corrections, each with what it set and why (``fields`` as an object)."""
    found = []
    for correction in briefing.corrections:
        data = to_data(correction)
        data["fields"] = dict(correction.fields)
        found.append(_keyed(data, CORRECTION_KEYS))
    return found


def comment_json(briefing: Briefing) -> dict[str, Any] | None:
    comment = briefing.comment
    return None if comment is None else {"path": comment.path, "text": comment.text}


def briefing_json(briefing: Briefing) -> dict[str, Any]:
    return {
        "title": briefing.title,
        "period": {"start": _day(briefing.period.start), "end": _day(briefing.period.end),
                   "label": briefing.period.label},
        "current_to": _day(briefing.current_to),
        "campaign_start": _day(briefing.campaign_start),
        "key_points": [{"text": k.text, "cites": [c.article for c in k.citations]}
                       for k in briefing.key_points],
        "chronology": [e.id for e in briefing.chronology],
        "context": [e.id for e in briefing.context],
        "after_period": [e.id for e in briefing.after],
        "statements": [s.id for s in briefing.statements],
        "sources": [a.id for a in briefing.sources],
        "inputs": [{"path": s.path, "article": s.article, "status": s.status, "reason": s.reason}
                   for s in briefing.inputs],
    }


def _with_clashes(tallies: Iterable[Tally]) -> Any:
    members: dict[str, list[str]] = {}
    for tally in tallies:
        if tally.conflict:
            members.setdefault(tally.conflict, []).append(tally.id)
    # capped: a day with thousands of clashing figures would make the list grow with their
    # square; the whole group is always in ``conflicts``
    return lambda t: tally_json(t, tuple(itertools.islice(
        (i for i in members.get(t.conflict or "", ()) if i != t.id), CLASHES_LISTED)))


def _sections(extraction: Extraction) -> list[tuple[str, Iterable[Any], Any]]:
    return [("articles", extraction.articles, article_json),
            ("events", extraction.events, event_json),
            ("undated_events", extraction.undated, event_json),
            ("tallies", extraction.tallies, _with_clashes(extraction.tallies)),
            ("conflicts", conflicts_json(extraction.tallies), lambda group: group),
            ("statements", extraction.statements, statement_json),
            ("problems", extraction.problems, problem_json)]


def to_json(extraction: Extraction, briefing: Briefing | None = None) -> dict[str, Any]:
    """The extraction as plain JSON data; with a briefing, also what the briefing used."""
    document: dict[str, Any] = {"schema": SCHEMA}
    for name, records, convert in _sections(extraction):
        document[name] = [convert(r) for r in records]
    if briefing is not None:
        document["briefing"] = briefing_json(briefing)
        document["corrections"] = corrections_json(briefing)
        document["comment"] = comment_json(briefing)
    return document


# --- the document back into records: what ``briefing send --pdf`` and revisions read ----

def _tally(t: dict[str, Any]) -> Tally:
    breakdown = t["breakdown"]
    return from_data(Tally, {**t, "breakdown": list(breakdown.items()) if breakdown else None})


def _article(a: dict[str, Any]) -> ArticleRecord:
    # The export keeps no article text: records from it can be assembled and compared,
    # not extracted again.
    quote = a["published_quote"]
    evidence = {"article": a["id"], "start": 0, "end": 0, "quote": quote} if quote else None
    return from_data(ArticleRecord, {**a, "published_evidence": evidence})


def from_json(document: dict[str, Any]) -> tuple[Extraction, Period, str]:
    """The extraction, period and title of a document written by :func:`to_json` with a briefing.

    Raises KeyError, TypeError or ValueError when the document is not one.
    """
    if document.get("schema") != SCHEMA or "briefing" not in document:
        raise ValueError(f"not a {SCHEMA} document with a briefing")
    extraction = Extraction(
        articles=tuple(_article(a) for a in document["articles"]),
        events=tuple(from_data(Event, e) for e in document["events"]),
        tallies=tuple(_tally(t) for t in document["tallies"]),
        problems=tuple(from_data(Problem, p) for p in document["problems"]),
        undated=tuple(from_data(Event, e) for e in document["undated_events"]),
        # documents written before statements were read have none
        statements=tuple(from_data(Statement, s) for s in document.get("statements", ())),
    )
    info = document["briefing"]
    period = info["period"]
    start, end = dt.date.fromisoformat(period["start"]), dt.date.fromisoformat(period["end"])
    return extraction, Period(start, end, period["label"]), info["title"]


def chunks(extraction: Extraction, briefing: Briefing | None = None) -> Iterator[str]:
    """The text of :func:`to_json`'s document, in pieces: indented for people up to a
    thousand articles; beyond, compact and with non-ASCII characters escaped (the encoder
    is twice as fast so, and such a file is read by programs), a thousand records at a time."""
    if len(extraction.articles) <= INDENT_UP_TO:
        yield json.dumps(to_json(extraction, briefing), indent=2, ensure_ascii=False) + "\n"
        return
    yield json.dumps({"schema": SCHEMA})[:-1]
    for name, records, convert in _sections(extraction):
        yield f", {json.dumps(name)}: ["
        batch: list[Any] = []
        first = True
        for record in (*records, None):  # None: the end, flush what is left
            if record is not None:
                batch.append(convert(record))
            if batch and (record is None or len(batch) == 1000):
                yield ("" if first else ", ") + json.dumps(batch)[1:-1]
                batch, first = [], False
        yield "]"
    if briefing is not None:
        yield ', "briefing": ' + json.dumps(briefing_json(briefing))
        yield ', "corrections": ' + json.dumps(corrections_json(briefing))
        yield ', "comment": ' + json.dumps(comment_json(briefing))
    yield "}\n"


def write_json(stream: IO[bytes], extraction: Extraction, briefing: Briefing | None = None) -> None:
    """Write the document to a binary stream as UTF-8. A lone surrogate, should one have got
    this far, becomes "?" rather than failing the whole write."""
    buffer: list[str] = []
    size = 0
    for piece in chunks(extraction, briefing):
        buffer.append(piece)
        size += len(piece)
        if size > 1 << 20:
            stream.write("".join(buffer).encode("utf-8", "replace"))
            buffer, size = [], 0
    stream.write("".join(buffer).encode("utf-8", "replace"))
