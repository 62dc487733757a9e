"""Rows a desk sees wrongly split in a built week (twenty-second session): a strike announced the
day after, told by its closer kind, is the strike of the day before when something ties them."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.merge import merge_events
from briefing.model import ArticleRecord, DateBasis, Details, Event, EventType, Evidence, Named

WED, THU = dt.date(2023, 3, 8), dt.date(2023, 3, 9)


def strike(day: dt.date, article: str, kind: EventType = "us_strike", basis: DateBasis = "weekday",
           targets: tuple[str, ...] = ()) -> Event:
    """One article's report of a strike in Syria, with the targets it names."""
    evidence = Evidence(article, 0, 1, "x")
    return Event(id=f"{day}:{kind}:{article}", type=kind, date=day, date_precision="day", country="Syria",
                 places=(), actors=(), weapons=(), summary="", sources=(evidence,), date_basis=basis,
                 details=Details(targets=tuple(Named(t, evidence) for t in targets)))


def rows(reports: list[Event]) -> list[tuple[str, dt.date | None, set[str]]]:
    articles = {s.article: ArticleRecord(s.article, f"{s.article}.txt") for r in reports for s in r.sources}
    events, _ = merge_events(reports, articles)
    return sorted((e.type, e.date, {s.article for s in e.sources}) for e in events)


@pytest.mark.parametrize(("later", "expected"), [
    # "the command announced early Thursday a self-defence strike on a depot of the Acme Guard":
    # the statement's day; the strike on the Acme Guard's depot was Wednesday's, one row
    (strike(THU, "b", "self_defense_strike", "statement", ("Acme Guard",)),
     [("us_strike", WED, {"a", "c", "b"})]),
    # nothing but the kind ties them: two strikes, two rows
    (strike(THU, "b", "self_defense_strike", "statement", ("Other Brigade",)),
     [("self_defense_strike", THU, {"b"}), ("us_strike", WED, {"a", "c"})]),
    # a strike told on Thursday by its own day ("on Thursday, a self-defence strike"): its own row
    (strike(THU, "b", "self_defense_strike", "weekday", ("Acme Guard",)),
     [("self_defense_strike", THU, {"b"}), ("us_strike", WED, {"a", "c"})]),
])
def test_a_closer_kind_announced_the_day_after_joins_only_when_tied(
        later: Event, expected: list[tuple[str, dt.date, set[str]]]) -> None:
    assert rows([strike(WED, "a", targets=("Acme Guard",)), strike(WED, "c"), later]) == expected

