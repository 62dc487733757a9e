"""A row's day is one some source reports (issues 21 and 23, twentieth session): joining reports
across a time zone never gives an article's act a day its own words do not allow.

Two adjacent days that each tell a known event of their own day are two acts (a ship missed on
Wednesday, another ship hit on Thursday), never the US-time and local-time tellings of one; and a
time zone moves a day by one, never two. An undated mention that shares only the sea with a known
ship's act, and names no means, does not take that act's day. Texts and names are our own, beside
the red-sea profile's known events (a tanker missed on Wed 13 Dec 2023, a container ship on Thu 14
Dec 2023, a bulk carrier hit by a drone boat on 12 Jun 2024)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from briefing.build import extract
from briefing.model import Event
from briefing.topic import choose_topic
from tests.test_merge import LOCAL, merged, report

WED_DEC13, THU_DEC14 = dt.date(2023, 12, 13), dt.date(2023, 12, 14)

TANKER = """Tanker escapes rebel missiles

The rebels fired two missiles on Wednesday at the tanker Ardmore Encounter in the Red Sea, a maritime
security firm said. Both missiles missed the vessel and nobody on board was hurt.
"""
CONTAINER_SHIP = """Container ship targeted off Yemen

A missile fired by the rebels landed near the container ship Maersk Gibraltar in the Red Sea, the
shipping line said. The crew was unharmed.
"""
# neighbour: a dated page's Wednesday act that names no known ship may be the US-time telling
UNNAMED_TANKER = "---\npublished: 2023-12-14\n---\n" + TANKER.replace("the tanker Ardmore Encounter",
                                                                       "a tanker")


def _days(tmp_path: Path, texts: dict[str, str]) -> dict[str, set[dt.date | None]]:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    extraction = extract([tmp_path], topic=choose_topic("red-sea"))
    days: dict[str, set[dt.date | None]] = {}
    for event in (*extraction.events, *extraction.undated):
        if event.type == "attack_on_shipping":
            for source in event.sources:
                days.setdefault(source.article, set()).add(event.date)
    return days


def test_two_known_ships_of_adjacent_days_keep_their_days(tmp_path: Path) -> None:
    days = _days(tmp_path, {"a": TANKER, "b": CONTAINER_SHIP})
    assert days == {"a": {WED_DEC13}, "b": {THU_DEC14}}


def test_an_unnamed_act_of_the_day_before_still_joins_the_known_one(tmp_path: Path) -> None:
    """Neighbour: the known event of the later day, told the day before with no ship of its own."""
    days = _days(tmp_path, {"a": UNNAMED_TANKER, "b": CONTAINER_SHIP})
    assert days == {"a": {THU_DEC14}, "b": {THU_DEC14}}


MON, TUE, WED = dt.date(2023, 11, 20), dt.date(2023, 11, 21), dt.date(2023, 11, 22)


@pytest.mark.parametrize(("reports", "expected"), [
    # a Monday joined to Tuesday's local-time report stays there: Wednesday's named event is two days on
    ([report(MON, "m"), report(TUE, "t", note=LOCAL),
      dataclasses.replace(report(WED, "w"), named_event="the outpost attack")],
     [(TUE, "Iraq", {"m", "t"}), (WED, "Iraq", {"w"})]),
    # neighbour: one day apart, the Tuesday joins the named Wednesday
    ([report(TUE, "t"), dataclasses.replace(report(WED, "w"), named_event="the outpost attack")],
     [(WED, "Iraq", {"t", "w"})]),
])
def test_a_time_zone_moves_a_day_by_one_never_two(
        reports: list[Event], expected: list[tuple[dt.date, str, set[str]]]) -> None:
    assert merged(reports) == (expected, [])


CARRIER_HIT = """---
published: 2024-06-13
---
Bulk carrier crippled in the Red Sea

A drone boat packed with explosives rammed the bulk carrier Tutor in the Red Sea, flooding its engine
room, the shipping firm said.
"""
ANOTHER_SHIP = ("---\npublished: 2024-06-13\n---\nRebels step up attacks on shipping\n\n"
                "The rebels said they would keep up the pressure on shipping. "
                "Another vessel, the Gull Trader, also came under attack{means} in the Red Sea.\n")


@pytest.mark.parametrize(("means", "expected"), [
    # only the sea in common with the known ship's act, and no means: not shown to be that act
    ("", {None}),
    # neighbour: the same means as the known act's reports: joined, as before
    (" by a drone boat", {dt.date(2024, 6, 12)}),
])
def test_a_mention_with_only_the_sea_in_common_takes_no_known_ships_day(
        tmp_path: Path, means: str, expected: set[dt.date | None]) -> None:
    days = _days(tmp_path, {"a": CARRIER_HIT, "b": ANOTHER_SHIP.format(means=means)})
    assert days == {"a": {dt.date(2024, 6, 12)}, "b": expected}
