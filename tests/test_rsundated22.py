"""Red Sea events found and left undated on pages whose publication date is known (issue 23,
twenty-second session; docs/probe22-rsundated.md). The forms that recur there are left undated on
purpose; these tests, in our own words (invented ships, Norland), guard those decisions: the act is
read and kept, undated, so that no later rule dates it by a guess."""

from __future__ import annotations

import datetime as dt

from briefing.extract.events import read_events
from briefing.topic import choose_topic
from tests.conftest import make_article

SATURDAY = dt.date(2024, 1, 27)  # a Saturday; the Friday before is 26 January
FRIDAY = dt.date(2024, 1, 26)


def _read(text: str) -> tuple[set[tuple[str, dt.date | None]], set[str]]:
    """The dated rows (kind, day) and the kinds read and left undated."""
    told = read_events(make_article(text, SATURDAY), choose_topic("red-sea"))
    return {(e.type, e.date) for e in told.events}, {e.type for e in told.undated}


def test_an_act_hours_after_a_dated_evening_attack_is_read_and_left_undated() -> None:
    # "about eight hours later" after an evening attack may fall on either side of midnight: two
    # labellers dated one such strike a day apart, so the day is left unknown, never guessed
    text = ("Tanker burns after missile hit\n\n"
            "The Houthis hit the tanker Vale Star with an anti-ship missile in the Gulf of Aden on "
            "Friday evening, the military said.\n\n"
            "About eight hours later, the US military destroyed a Houthi anti-ship missile that was "
            "aimed into the Red Sea and ready to launch, Central Command said.\n")
    dated, undated = _read(text)
    assert ("attack_on_shipping", FRIDAY) in dated
    assert "us_strike" in undated and not any(kind == "us_strike" for kind, _ in dated)


def test_weapons_defeated_over_two_days_are_read_and_take_neither_day() -> None:
    # a span over two days ("Jan. 25-26"): the labels take the first day for one report and the
    # last for another, so neither end is the act's day
    text = ("Destroyers defeat Houthi weapons\n\n"
            "US Navy destroyers USS Vale and USS Norland successfully defeated a range of "
            "Houthi-launched weapons while transiting the Gulf of Aden Jan. 25-26, according to a "
            "statement from US Central Command.\n")
    dated, undated = _read(text)
    assert "intercept" in undated
    assert not {day for _, day in dated} & {FRIDAY, dt.date(2024, 1, 25)}
