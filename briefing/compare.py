"""The period against the one before: attacks and strikes by country with the change, and the
period's dead and injured by side, each counted from the event records (never from prose)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from .model import Casualty, CasualtySide, Event, Harm, Period, Qualifier
from .names import PRECISION, StoryWords, default_words

EventKind = Literal["attacks", "strikes"]
SIDES: tuple[CasualtySide, ...] = ("us", "partner", "militants", "civilians", "unknown")
HARMS: tuple[Harm, ...] = ("killed", "injured")


@dataclass(frozen=True)
class CountryChange:
    """Events of one kind in one country (None: not reported) in the period and in the one before."""

    kind: EventKind
    country: str | None
    now: int
    before: int

    @property
    def change(self) -> int:
        return self.now - self.before


@dataclass(frozen=True)
class Toll:
    """The period's dead or injured of one side: the sum over its events of each event's latest
    figure (``figures``), "at least" when any of them is not exact."""

    side: CasualtySide
    kind: Harm
    value: int
    qualifier: Qualifier
    figures: tuple[tuple[dt.date | None, str, Casualty], ...]  # (event's day, its place, the figure used)


def kind_of(event: Event, words: StoryWords | None = None) -> EventKind:
    """The series an event is counted in (its kind's, in the story's profile)."""
    return (words or default_words()).series(event.type)


def before(period: Period) -> tuple[dt.date, dt.date]:
    """The days just before the period, as many as it has."""
    length = period.end - period.start + dt.timedelta(days=1)
    return period.start - length, period.start - dt.timedelta(days=1)


def week_against_last(events: Iterable[Event], period: Period,
                      words: StoryWords | None = None) -> tuple[CountryChange, ...]:
    """Per kind and country, the period's count beside the previous period's, for every kind and
    country with an event in either; ``words``: the story's (the default profile's when None)."""
    start, end = before(period)
    words = words or default_words()
    now: Counter[tuple[EventKind, str | None]] = Counter()
    then: Counter[tuple[EventKind, str | None]] = Counter()
    for event in events:
        if event.date in period:
            now[(kind_of(event, words), event.country)] += 1
        elif event.date and start <= event.date <= end:
            then[(kind_of(event, words), event.country)] += 1
    keys = sorted(set(now) | set(then), key=lambda k: (k[0], k[1] is None, k[1] or ""))
    return tuple(CountryChange(kind, country, now[(kind, country)], then[(kind, country)])
                 for kind, country in keys)


def latest_figure(figures: Sequence[Casualty]) -> Casualty:
    """An event's figure to count: the latest given; on one day the most precise, then the highest.
    A floor that repeats what an earlier day's report already gave is not a later figure."""
    return max(told_anew(figures), key=lambda c: (c.as_of or dt.date.min, -PRECISION[c.qualifier], c.value))


FLOORS = frozenset({"at least", "more than"})


def told_anew(figures: Sequence[Casualty]) -> list[Casualty]:
    """The figures without a floor given on a later day than a figure that already meets it: "at
    least two dozen" injured a day after "25 injured" denies nothing and adds nothing (a report
    repeating the first count loosely), so it is neither the toll's latest step nor a report that
    differs (the JSON keeps it). A floor of the same day is kept (an "at least 24" beside a 34).
    Nor a figure that retells an earlier floor without it (:func:`retold_below`)."""
    def met(floor: Casualty) -> bool:
        least = floor.value + (1 if floor.qualifier == "more than" else 0)
        return floor.qualifier in FLOORS and floor.as_of is not None and any(
            c.as_of is not None and c.as_of < floor.as_of and c.value >= least for c in figures)
    below = retold_below(figures)
    return [c for c in figures if not met(c) and c not in below] or list(figures)


def retold_below(figures: Sequence[Casualty]) -> list[Casualty]:
    """The figures given on a later day than "more than N" of the same people that write N alone
    (an outlet's "40 injured" days after the Pentagon's "more than 40"): the floor retold without
    its "more than", so below it. Never the toll's latest (the higher figure stands: a row never
    falls below an earlier one without saying so); the row tells them after the toll's steps, each
    with its day and source, and the JSON keeps them."""
    return [c for c in figures if c.qualifier == "exact" and c.as_of is not None and any(
        f.qualifier == "more than" and f.value == c.value and f.as_of is not None and f.as_of < c.as_of
        for f in figures)]


def reports_figures(casualties: Sequence[Casualty]) -> list[Casualty]:
    """One figure per report, side and kind: its highest. A report's lower figures of the same
    dead are its parts or its earlier count ("one fighter died of his wounds", "the toll rose to
    four"), never a report that differs from it (the JSON keeps every figure)."""
    best: dict[tuple[str, str, str], Casualty] = {}
    for c in casualties:
        key = (c.source.article, c.side, c.kind)
        if key not in best or c.value > best[key].value:
            best[key] = c
    return [c for c in casualties if best[(c.source.article, c.side, c.kind)] is c]


def unsided_told(unsided: Sequence[Casualty], sided: Sequence[Casualty]) -> bool:
    """Whether an event's figures of one kind whose side is not reported are already told by a
    named side's figure at least as high (the same dead, counted once)."""
    return bool(sided) and max(c.value for c in sided) >= max(c.value for c in unsided)


def tolls(events: Iterable[Event], copies: Collection[str] = ()) -> tuple[Toll, ...]:
    """The period's dead and injured by side, from each event's latest figure (each report's
    highest; a figure whose side is not reported left out where a named side's tells it, and when
    it is a zero: "no one was hurt" adds nothing to a side's sum, and a zero of no side is no figure a
    reader can use in a table by side).
    ``copies``: articles that are copies of another (counted once, never numbered in the source
    list): their figures are their original's, which is the one counted and cited."""
    used: dict[tuple[CasualtySide, Harm], list[tuple[dt.date | None, str, Casualty]]] = {}
    for event in events:
        by_kind: dict[tuple[CasualtySide, Harm], list[Casualty]] = {}
        for casualty in reports_figures(_originals(event.details.casualties, copies)):
            by_kind.setdefault((casualty.side, casualty.kind), []).append(casualty)
        for (side, kind), figures in by_kind.items():
            sided = [c for (s, k), f in by_kind.items() if k == kind and s != "unknown" for c in f]
            latest = latest_figure(figures)
            if side != "unknown" or not (unsided_told(figures, sided) or latest.value == 0):
                used.setdefault((side, kind), []).append((event.date, _where(event), latest))
    found = []
    for side in SIDES:
        for kind in HARMS:
            counted = used.get((side, kind), [])
            if counted:
                exact = all(c.qualifier == "exact" for _, _, c in counted)
                total = sum(c.value for _, _, c in counted)
                found.append(Toll(side, kind, total, "exact" if exact else "at least", tuple(counted)))
    return tuple(found)


def _originals(casualties: Sequence[Casualty], copies: Collection[str]) -> Sequence[Casualty]:
    """The figures not given by a copy; all of them when only copies give any."""
    kept = [c for c in casualties if c.source.article not in copies]
    return kept or casualties


def _where(event: Event) -> str:
    site = event.details.site
    return site.name if site else (event.places[0] if event.places else event.country or "place not reported")
