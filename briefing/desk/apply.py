"""The desk's corrections applied to an extraction: after merging, before assembly.

Entries apply in a fixed order whatever the file's: [[source]] (an article's outlet, title,
date, or its exclusion), [[drop]], [[change]], [[add]], then [[merge]] (so a row the desk
adds can be merged with one the tool read). A corrected record
keeps its id (the record as the tool read it, so the same correction finds it next week)
and lists the correction in ``corrected``. An entry whose id matches nothing now is
"stale": said with the nearest current ids, and the run goes on (``--strict`` fails it). An
entry that can never apply (a quote not in its file, a field the record does not have) is
an error naming the entry and the fix.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ..ids import DESK, desk_event_id
from ..model import (
    ArticleRecord,
    CorrectionStatus,
    DeskCorrection,
    Event,
    Evidence,
    Extraction,
    Problem,
    Tally,
    distinct,
)
from ..names import StoryWords, default_words
from .corrections import EVENT_FIELDS, FIGURE_FIELDS, Corrections, CorrectionsError, Entry
from .nearest import Nearest, nearest_files

R = TypeVar("R", Event, Tally)
TextOf = Callable[[ArticleRecord], "str | None"]
ORDER = ("source", "drop", "change", "add", "merge")


@dataclass(frozen=True)
class Outcome:
    """The corrected extraction and what became of every entry."""

    extraction: Extraction
    corrections: tuple[DeskCorrection, ...]


class _Desk:
    """The records being corrected, by id; built once, rebuilt into an extraction at the end."""

    def __init__(self, extraction: Extraction, corrections: Corrections, text_of: TextOf,
                 countries: Sequence[str], words: StoryWords) -> None:
        self.base = extraction
        self.words = words
        self.path = corrections.path
        self.text_of = text_of
        self.countries = {c.lower(): c for c in countries}
        self.events = {e.id: e for e in (*extraction.events, *extraction.undated)}
        self.tallies = {t.id: t for t in extraction.tallies}
        self.articles = {a.id: a for a in extraction.articles}
        self.by_name: dict[str, list[str]] = {}  # a file's name -> the ids of its articles
        for article in extraction.articles:
            self.by_name.setdefault(article.path.rsplit("/", 1)[-1], []).append(article.id)
        self.near: Nearest | None = None  # made when the first stale entry needs it
        self.done: list[DeskCorrection] = []
        self.errors: list[str] = []
        self.problems: list[Problem] = []
        self.days: set[tuple[str, object]] = set()  # (metric, as_of) of figures changed, added or gone
        self.dated: set[str] = set()  # files the desk dated: their "no publication date" is answered

    # --- bookkeeping -------------------------------------------------------------------
    def record(self, entry: Entry, targets: Iterable[str], note: str = "") -> None:
        fields = tuple((k, _shown(v)) for k, v in entry.values if k not in ("id", "ids", "file"))
        status: CorrectionStatus = "stale" if note else "applied"
        self.done.append(DeskCorrection(entry.ref, entry.kind, tuple(targets), fields, entry.why,
                                        status, note))

    def stale(self, entry: Entry, missing: Sequence[str], targets: Sequence[str]) -> None:
        files = entry.kind in ("source", "add")
        if files:
            near = nearest_files(missing[0], [a.path for a in self.articles.values()])
        else:
            self.near = self.near or Nearest([*self.events, *self.tallies])
            near = self.near.to(missing[0])
        what = ("the file is not among the inputs now" if files
                else f"{', '.join(missing)} matches nothing now")
        hint = f"; nearest current: {', '.join(near)}" if near else ""
        if entry.kind in ("drop", "change") and missing[0].startswith(DESK):
            # applied before [[add]]: a row the desk adds is corrected in its own entry
            hint = " (a row the desk adds: edit or remove its [[add]] entry instead)"
        note = f"{what}{hint}"
        self.problems.append(Problem(self.path, "corrections", f"{entry.label}: {note}; update the entry "
                                     "or remove it (it was not applied)"))
        self.record(entry, targets, note)

    def fail(self, entry: Entry, message: str) -> None:
        self.errors.append(f"{entry.label}: {message}")

    # --- the five kinds ----------------------------------------------------------------
    def source(self, entry: Entry) -> None:
        found = self.file(entry, entry.get("file"))
        if found is None:
            return
        changes: dict[str, Any] = {k: entry.get(k) for k in ("outlet", "title") if entry.get(k)}
        if entry.get("published"):
            changes.update(published=entry.get("published"), published_time=None, published_basis="desk",
                           published_evidence=None)
            self.dated.add(found.path)
        changes["corrected"] = (*found.corrected, entry.ref)
        self.articles[found.id] = dataclasses.replace(found, **changes)
        if entry.get("exclude"):
            self.exclude(found.id)
        self.record(entry, (found.path,))

    def drop(self, entry: Entry) -> None:
        target = entry.get("id")
        gone = self.tallies.pop(target, None)
        if self.events.pop(target, None) is None and gone is None:
            self.stale(entry, [target], [target])
            return
        self.touch(gone)
        self.record(entry, (target,))

    def change(self, entry: Entry) -> None:
        target = entry.get("id")
        fields = {k: v for k, v in entry.values if k != "id"}
        if target in self.events:
            if self.fields_fit(entry, fields, EVENT_FIELDS, "an event"):
                self.events[target] = self.changed_event(self.events[target], fields, entry.ref)
                self.record(entry, (target,))
        elif target in self.tallies:
            if self.fields_fit(entry, fields, FIGURE_FIELDS, "a figure"):
                tally = self.tallies[target]
                fields["corrected"] = (*tally.corrected, entry.ref)
                self.tallies[target] = dataclasses.replace(tally, **fields)
                self.touch(tally, self.tallies[target])
                self.record(entry, (target,))
        else:
            self.stale(entry, [target], [target])

    def merge(self, entry: Entry) -> None:
        ids = entry.get("ids")
        missing = [i for i in ids if i not in self.events]
        if missing:
            wrong = [i for i in missing if i in self.tallies]
            if wrong:
                self.fail(entry, f"{', '.join(wrong)} is a figure; only rows (events) are merged")
            else:
                self.stale(entry, missing, ids)
            return
        parts = [self.events.pop(i) for i in ids]
        self.events[ids[0]] = _merged(parts, entry.ref, self.words)
        self.record(entry, ids)

    def add(self, entry: Entry) -> None:
        found = self.file(entry, entry.get("source"))
        if found is None:
            return
        evidence = self.evidence(entry, found)
        if evidence is None:
            return
        fields = {k: v for k, v in entry.values if k not in ("source", "quote")}
        if "type" in fields and self.fields_fit(entry, fields, EVENT_FIELDS, "an event"):
            event = self.new_event(fields, evidence, entry.ref)
            self.events[event.id] = event
            self.record(entry, (event.id,))
        elif "metric" in fields and self.fields_fit(entry, fields, FIGURE_FIELDS, "a figure"):
            tally = _new_figure(fields, evidence, entry.ref, set(self.tallies))
            self.tallies[tally.id] = tally
            self.touch(tally)
            self.record(entry, (tally.id,))

    # --- helpers -----------------------------------------------------------------------
    def fields_fit(self, entry: Entry, fields: dict[str, Any], allowed: Mapping[str, object],
                   what: str) -> bool:
        wrong = sorted(set(fields) - set(allowed))
        if wrong:
            self.fail(entry, f"{', '.join(wrong)} is not a field of {what}; {what} has "
                      + ", ".join(sorted(allowed)))
            return False
        country = fields.get("country")
        if isinstance(country, str):
            if country.lower() not in self.countries:
                self.fail(entry, f"country '{country}' is not one of the story's countries ("
                          + ", ".join(self.countries.values()) + "); write one of them")
                return False
            fields["country"] = self.countries[country.lower()]
        return True

    def changed_event(self, event: Event, fields: dict[str, Any], ref: str) -> Event:
        if "date" in fields:  # the words the old day was read from no longer explain it
            fields = {**fields, "date_note": "day set by the desk", "day_without_year": None}
        changed = dataclasses.replace(event, **fields)
        precision = "day" if changed.date else changed.date_precision
        return dataclasses.replace(changed, date_precision=precision, corrected=(*event.corrected, ref),
                                   summary=_summarise(changed.type, changed.country, changed.places,
                                                      self.words))

    def new_event(self, fields: dict[str, Any], evidence: Evidence, ref: str) -> Event:
        blank = Event(id="", type=self.words.kinds[0][0], date=None, date_precision="unknown", country=None,
                      places=(), actors=(), weapons=(), summary="", sources=(evidence,),
                      date_note="no day given by the desk")
        event = self.changed_event(blank, fields, ref)
        return dataclasses.replace(event, id=desk_event_id(event.date, event.type, event.country,
                                                           set(self.events)))

    def file(self, entry: Entry, named: str) -> ArticleRecord | None:
        """The input article ``named`` names: its path as shown, or the end of it."""
        candidates = [self.articles[i] for i in self.by_name.get(named.rsplit("/", 1)[-1], ())]
        plain = named.removeprefix("./")
        exact = [a for a in candidates if a.path in (named, plain)] or _same_file(named, candidates)
        tail = "/" + plain
        found = exact or [a for a in candidates if "/" not in named or a.path.endswith(tail)]
        if len(found) == 1:
            return found[0]
        if found:
            self.fail(entry, f"'{named}' names {len(found)} inputs ({', '.join(a.path for a in found[:4])}); "
                      "give more of its path")
            return None
        self.stale(entry, [named], [named])
        return None

    def evidence(self, entry: Entry, article: ArticleRecord) -> Evidence | None:
        text = self.text_of(article)
        quote = str(entry.get("quote"))
        span = find_quote(text or "", quote)
        if span is None:
            self.fail(entry, f"the quote “{quote[:80]}” is not in {article.path}; copy the words exactly "
                      "as the file has them (spaces and line ends may differ)")
            return None
        assert text is not None
        return Evidence(article.id, span[0], span[1], text[span[0]:span[1]])

    def exclude(self, article: str) -> None:
        self.touch(*(t for t in self.tallies.values() if any(s.article == article for s in t.sources)))
        self.events = _without(self.events, article)
        self.tallies = _without(self.tallies, article)

    def touch(self, *figures: Tally | None) -> None:
        """The days whose conflicts must be worked out again (only those: an archive has thousands)."""
        self.days.update((t.metric, t.as_of) for t in figures if t is not None)

    def answered(self) -> tuple[Problem, ...]:
        """The extraction's problems but the missing publication dates the desk has given."""
        return tuple(p for p in self.base.problems if not (p.stage == "dates" and p.path in self.dated))

    def result(self) -> Outcome:
        if self.errors:
            raise CorrectionsError(f"{self.path}: " + "; ".join(self.errors))
        events = [e for e in self.events.values() if e.date]
        tallies = _reflagged(list(self.tallies.values()), self.days)
        extraction = dataclasses.replace(
            self.base, articles=tuple(self.articles.values()),
            events=tuple(sorted(events, key=lambda e: (e.date, e.type, e.country or "", e.id))),
            undated=tuple(sorted((e for e in self.events.values() if not e.date), key=lambda e: e.id)),
            tallies=tuple(tallies), problems=(*self.answered(), *self.problems))
        return Outcome(extraction, tuple(self.done))


def apply(extraction: Extraction, corrections: Corrections, text_of: TextOf,
          countries: Sequence[str] = (), words: StoryWords | None = None) -> Outcome:
    """``extraction`` with every entry of ``corrections`` applied (see the module's doc);
    ``words``: the story's, whose kinds an event's type must be (the default profile's when None)."""
    desk = _Desk(extraction, corrections, text_of, countries, words or default_words())
    for kind in ORDER:
        for entry in corrections.entries:
            if entry.kind == kind:
                getattr(desk, kind)(entry)
    return desk.result()


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text``: any run of spaces or line ends matches any other, and a
    straight quote mark or apostrophe its typographic forms; letters' case must match."""
    words = quote.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    pattern = pattern.replace("'", "['‘’]").replace('"', '["“”]')
    found = re.search(pattern, text)
    return found.span() if found else None


def _same_file(named: str, candidates: Sequence[ArticleRecord]) -> list[ArticleRecord]:
    """An absolute path (as a run from elsewhere showed it) names the input that is that file."""
    from pathlib import Path

    if not Path(named).is_absolute():
        return []
    where = Path(named).resolve()
    return [a for a in candidates if Path(a.path.split("#")[0]).resolve() == where]


def _merged(parts: Sequence[Event], ref: str, words: StoryWords) -> Event:
    """Rows that are one event: the first named keeps its id, type, day and country; places,
    actors, weapons and sources are the union of all."""
    first = next((p for p in parts if p.date), parts[0])

    def union(name: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(x for p in parts for x in getattr(p, name)))

    places = union("places")
    return dataclasses.replace(
        first, id=parts[0].id, places=places, actors=union("actors"), weapons=union("weapons"),
        sources=distinct(s for p in parts for s in p.sources),
        summary=_summarise(first.type, first.country, places, words),
        corrected=(*dict.fromkeys(c for p in parts for c in p.corrected), ref))


def _reflagged(tallies: list[Tally], days: set[tuple[str, object]]) -> list[Tally]:
    """The figures with the conflicts of the touched days worked out again (merge.flag_conflicts
    groups figures by metric and day, so the other days' groups are as they were)."""
    from ..merge import flag_conflicts

    inside = [i for i, t in enumerate(tallies) if (t.metric, t.as_of) in days]
    fresh = flag_conflicts([dataclasses.replace(tallies[i], conflict=None) if tallies[i].conflict
                            else tallies[i] for i in inside])
    for i, tally in zip(inside, fresh, strict=True):
        tallies[i] = tally
    return tallies


def _without(records: dict[str, R], article: str) -> dict[str, R]:
    """The records with no evidence from ``article``; those that had only its are gone."""
    kept: dict[str, R] = {}
    for key, record in records.items():
        sources = tuple(s for s in record.sources if s.article != article)
        if sources:
            kept[key] = record if len(sources) == len(record.sources) else dataclasses.replace(
                record, sources=sources)
    return kept


def _new_figure(fields: dict[str, Any], evidence: Evidence, ref: str, taken: set[str]) -> Tally:
    number = 1
    while f"desk:{evidence.article}:f{number}" in taken:
        number += 1
    values = {"qualifier": "exact", "since": None, "breakdown": None, **fields}
    return Tally(id=f"desk:{evidence.article}:f{number}", sources=(evidence,), corrected=(ref,), **values)


def _shown(value: object) -> str:
    """A field's value as the appendix and the JSON show it."""
    if isinstance(value, tuple):
        return ", ".join(f"{v[0]} {v[1]}" if isinstance(v, tuple) else str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _summarise(*args: Any) -> str:
    # imported here: a run without corrections, taken from the cache, never loads the extractor
    from ..extract.events import summarise

    return summarise(*args)
