"""Records -> the ``briefing.extract/1`` JSON document (see docs/schema.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .model import Article, Briefing, Event, Evidence, Extraction, Period, Problem, Tally

SCHEMA = "briefing.extract/1"


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _sources(evidence: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [{"article": e.article, "quote": e.quote, "start": e.start, "end": e.end} for e in evidence]


def event_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id, "type": event.type, "date": _day(event.date),
        "date_precision": event.date_precision, "country": event.country,
        "places": list(event.places), "actors": list(event.actors), "weapons": list(event.weapons),
        "summary": event.summary, "date_note": event.date_note, "day_without_year": event.day_without_year,
        "sources": _sources(event.sources),
    }


def tally_json(tally: Tally) -> dict[str, Any]:
    return {
        "id": tally.id, "metric": tally.metric, "value": tally.value, "qualifier": tally.qualifier,
        "since": _day(tally.since), "as_of": _day(tally.as_of),
        "breakdown": dict(tally.breakdown) if tally.breakdown else None,
        "conflicts_with": list(tally.conflicts_with), "source_kind": tally.source_kind,
        "speaker": tally.speaker, "since_note": tally.since_note, "sources": _sources(tally.sources),
    }


def to_json(extraction: Extraction, briefing: Briefing | None = None) -> dict[str, Any]:
    """The extraction as plain JSON data; with a briefing, also what the briefing used."""
    document: dict[str, Any] = {
        "schema": SCHEMA,
        "articles": [
            {
                "id": a.id, "path": a.path, "title": a.title, "outlet": a.outlet, "url": a.url,
                "published": _day(a.published), "published_basis": a.published_basis,
                "published_quote": a.published_evidence.quote if a.published_evidence else None,
                "duplicate_of": a.duplicate_of, "problems": list(a.problems),
            }
            for a in extraction.articles
        ],
        "events": [event_json(e) for e in extraction.events],
        "undated_events": [event_json(e) for e in extraction.undated],
        "tallies": [tally_json(t) for t in extraction.tallies],
        "problems": [
            {"path": p.path, "stage": p.stage, "severity": p.severity, "message": p.message}
            for p in extraction.problems
        ],
    }
    if briefing is not None:
        document["briefing"] = {
            "title": briefing.title,
            "period": {"start": _day(briefing.period.start), "end": _day(briefing.period.end),
                       "label": briefing.period.label},
            "current_to": _day(briefing.current_to),
            "campaign_start": _day(briefing.campaign_start),
            "key_points": [{"text": k.text, "cites": [c.article for c in k.citations]}
                           for k in briefing.key_points],
            "chronology": [e.id for e in briefing.chronology],
            "context": [e.id for e in briefing.context],
            "sources": [a.id for a in briefing.sources],
            "inputs": [{"path": s.path, "article": s.article, "status": s.status, "reason": s.reason}
                       for s in briefing.inputs],
        }
    return document


# --- the document back into records: what ``briefing send --pdf`` and revisions read ----

def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _evidence(items: list[dict[str, Any]]) -> tuple[Evidence, ...]:
    return tuple(Evidence(s["article"], s["start"], s["end"], s["quote"]) for s in items)


def _event(e: dict[str, Any]) -> Event:
    return Event(id=e["id"], type=e["type"], date=_date(e["date"]), date_precision=e["date_precision"],
                 country=e["country"], places=tuple(e["places"]), actors=tuple(e["actors"]),
                 weapons=tuple(e["weapons"]), summary=e["summary"], sources=_evidence(e["sources"]),
                 date_note=e["date_note"], day_without_year=e.get("day_without_year"))


def _tally(t: dict[str, Any]) -> Tally:
    breakdown = t["breakdown"]
    return Tally(id=t["id"], metric=t["metric"], value=t["value"], qualifier=t["qualifier"],
                 since=_date(t["since"]), as_of=_date(t["as_of"]),
                 breakdown=tuple(breakdown.items()) if breakdown else None,
                 sources=_evidence(t["sources"]), conflicts_with=tuple(t["conflicts_with"]),
                 source_kind=t["source_kind"], speaker=t["speaker"], since_note=t["since_note"])


def _article(a: dict[str, Any]) -> Article:
    # The export keeps no article text: records from it can be assembled and compared,
    # not extracted again.
    quote = a["published_quote"]
    return Article(id=a["id"], path=a["path"], text="", clean="", title=a["title"], outlet=a["outlet"],
                   url=a["url"], published=_date(a["published"]), published_basis=a["published_basis"],
                   published_evidence=Evidence(a["id"], 0, 0, quote) if quote else None,
                   duplicate_of=a["duplicate_of"], problems=tuple(a["problems"]))


def from_json(document: dict[str, Any]) -> tuple[Extraction, Period, str]:
    """The extraction, period and title of a document written by :func:`to_json` with a briefing.

    Raises KeyError, TypeError or ValueError when the document is not one.
    """
    if document.get("schema") != SCHEMA or "briefing" not in document:
        raise ValueError(f"not a {SCHEMA} document with a briefing")
    extraction = Extraction(
        articles=tuple(_article(a) for a in document["articles"]),
        events=tuple(_event(e) for e in document["events"]),
        tallies=tuple(_tally(t) for t in document["tallies"]),
        problems=tuple(Problem(p["path"], p["stage"], p["message"], p["severity"])
                       for p in document["problems"]),
        undated=tuple(_event(e) for e in document["undated_events"]),
    )
    info = document["briefing"]
    period = info["period"]
    start, end = dt.date.fromisoformat(period["start"]), dt.date.fromisoformat(period["end"])
    return extraction, Period(start, end, period["label"]), info["title"]
