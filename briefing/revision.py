"""An issued week stays as it was sent: a rebuild of a sent period is a new revision beside it.

``briefing-2023-W47.pdf`` once sent is never written again; the next build of that week
writes ``briefing-2023-W47-r2.pdf``, whose front page says which file it revises, the
day that one was sent and what changed (new sources, new events, changed figures). A
rebuild whose data equals what was sent writes nothing: the issued file is the briefing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import sentlog
from .model import ArticleRecord, Briefing, Event, Glance
from .names import StoryWords

SHOWN = 6  # changes of one kind listed on the front page; the rest are counted


@dataclass(frozen=True)
class Revision:
    """What the front page of a revision says: ``number`` (2 for "-r2") revises the file
    ``revises``, sent on ``sent_on``; ``changes`` are sentences for a reader (never empty)."""

    number: int
    revises: str
    sent_on: dt.date
    changes: tuple[str, ...]


@dataclass(frozen=True)
class Issue:
    """Where a build of a period goes: the file stem, the revision note, or ``unchanged``:
    the sent record of an issued briefing whose data equals this build (nothing is written)."""

    stem: str
    revision: Revision | None = None
    unchanged: sentlog.Sent | None = None


def plan(output: Path, label: str, briefing: Briefing, context_days: int) -> Issue:
    """The issue for a build of period ``label``: unchanged when the JSON export of ``briefing``
    is the issued one's."""
    from .export import to_json

    issued = sentlog.latest_issued(sentlog.read(output), label)
    if issued is None:
        return Issue(f"briefing-{label}")
    before = _document(output / (Path(issued.pdf).stem + ".json"))
    document = json.loads(json.dumps(to_json(briefing.extraction, briefing)))
    if before is not None and _content(before) == _content(document):
        return Issue(Path(issued.pdf).stem, unchanged=issued)
    number = issued.revision + 1
    return Issue(f"briefing-{label}-r{number}", revision(issued, number, before, briefing, context_days))


def for_file(output: Path, stem: str, briefing: Briefing, context_days: int) -> Revision | None:
    """The revision note of an already built file ("…-r2"), for the e-mail that sends it."""
    number = sentlog.revision_number(stem)
    issued = sentlog.latest_issued(sentlog.read(output), briefing.period.label, below=number)
    if number == 1 or issued is None:
        return None
    before = _document(output / (Path(issued.pdf).stem + ".json"))
    return revision(issued, number, before, briefing, context_days)


def revision(issued: sentlog.Sent, number: int, before: dict[str, Any] | None, after: Briefing,
             context_days: int) -> Revision:
    found: tuple[str, ...]
    if before is None:
        found = (f"What changed cannot be listed: {Path(issued.pdf).stem}.json, the data of the "
                 "issued briefing, is missing.",)
    else:
        from .assemble import assemble
        from .export import from_json

        extraction, period, title = from_json(before)
        found = changes(assemble(extraction, period, title, context_days, after.words), after,
                        desk_changes(before, after))
    return Revision(number, issued.pdf, issued.time.date(), found)


def _content(value: Any) -> Any:
    """The document without file paths: the same articles read from another folder (a cron
    job's absolute path, a person's relative one) are the same briefing."""
    if isinstance(value, dict):
        return {k: _content(v) for k, v in value.items() if k != "path"}
    if isinstance(value, list):
        return [_content(v) for v in value]
    return value


def _document(path: Path) -> dict[str, Any] | None:
    from .discover import NotRegular, read_regular

    try:  # without waiting: a pipe in place of the issued JSON is no JSON
        data = json.loads(read_regular(path, 500_000_000))
    except (NotRegular, ValueError):
        return None
    return data if isinstance(data, dict) else None


def changes(before: Briefing, after: Briefing, desk: list[str] | None = None) -> tuple[str, ...]:
    """What a reader of the issued briefing needs to know: new sources, new events, changed
    figures (and what is no longer there), and the desk's corrections made or withdrawn since."""
    words = after.said
    found = [*_sources(before.sources, after.sources), *_events(before.chronology, after.chronology, words),
             *_figures(before.glance, after.glance, words), *(desk or [])]
    return tuple(found) or ("No new sources, events or figures: only inputs that the briefing "
                            "does not use changed (see the appendix).",)


def desk_changes(before: dict[str, Any], after: Briefing) -> list[str]:
    """The desk's corrections applied now and not in the issued briefing's data, and the reverse."""
    def said(kind: Any, targets: Any, why: Any) -> str:
        return f"{kind} {', '.join(map(str, targets))} ({why})"

    old = {said(c.get("kind"), c.get("targets", ()), c.get("why")) for c in before.get("corrections") or ()
           if isinstance(c, dict) and c.get("status") == "applied"}
    new = {said(c.kind, c.targets, c.why) for c in after.corrections if c.status == "applied"}
    was = (before.get("comment") or {}).get("text") if isinstance(before.get("comment"), dict) else None
    now = after.comment.text if after.comment else None
    comment = ["The analyst comment changed."] if was != now else []
    return [*_listed("Corrected by the desk", sorted(new - old)),
            *_listed("Desk corrections withdrawn", sorted(old - new)), *comment]


def _listed(kind: str, items: list[str]) -> list[str]:
    if not items:
        return []
    more = f"; and {len(items) - SHOWN} more" if len(items) > SHOWN else ""
    return [f"{kind}: " + "; ".join(items[:SHOWN]) + more + "."]


def _source_key(article: ArticleRecord) -> tuple[str | None, ...]:
    return (article.outlet, article.title, article.url, str(article.published))


def _sources(before: tuple[ArticleRecord, ...], after: tuple[ArticleRecord, ...]) -> list[str]:
    old = {_source_key(a) for a in before}
    new = {_source_key(a) for a in after}

    def name(article: ArticleRecord) -> str:
        title = f", “{article.title}”" if article.title else ""
        day = f" ({article.published:%-d %b})" if article.published else ""
        return f"{article.outlet or 'outlet unknown'}{title}{day}"

    return [*_listed("New sources", [name(a) for a in after if _source_key(a) not in old]),
            *_listed("No longer used", [name(a) for a in before if _source_key(a) not in new])]


def _event_key(event: Event) -> tuple[object, ...]:
    return (event.date, event.type, event.country, event.places)


def _events(before: tuple[Event, ...], after: tuple[Event, ...], words: StoryWords) -> list[str]:
    from .assemble import what_happened

    old = {_event_key(e) for e in before}
    new = {_event_key(e) for e in after}
    added = [f"{e.date:%-d %b}, {what_happened(e, words)}" for e in after if _event_key(e) not in old]
    gone = [f"{e.date:%-d %b}, {what_happened(e, words)}" for e in before if _event_key(e) not in new]
    return [*_listed("New events", added), *_listed("Events no longer reported", gone)]


def _figures(before: tuple[Glance, ...], after: tuple[Glance, ...], words: StoryWords) -> list[str]:
    from .figures import figure_text

    old = {g.metric: g.latest for g in before}
    lines = []
    for glance in after:
        latest, was = glance.latest, old.pop(glance.metric, None)
        now = f"{figure_text(latest)} as of {latest.as_of:%-d %b}"
        if was is None:
            lines.append(f"{words.metric_words[glance.metric]}: {now} (new)")
        elif (was.value, was.qualifier, was.as_of) != (latest.value, latest.qualifier, latest.as_of):
            lines.append(f"{words.metric_words[glance.metric]}: {now} (was {figure_text(was)} "
                         f"as of {was.as_of:%-d %b})")
    lines += [f"{words.metric_words[metric]}: no longer reported" for metric in old]
    return _listed("Changed figures", lines)
