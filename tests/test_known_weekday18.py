"""On a page with no date, an act told with a weekday right after a sentence that tells a known event
of its kind, when the known event fell on that weekday (issue 23, form 1: a named event in the same
article; seventeenth session). The default profile's known attack on the outpost in Jordan (Sunday 28
January 2024). Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

SUN_JAN28 = dt.date(2024, 1, 28)
NAMED = ("American jets struck targets in Iraq and Syria on Friday in answer to the deaths of three soldiers "
         "at the Tower 22 base in Jordan.")
FIGHTERS = " Fighters of the Islamic Resistance in Iraq"


def _days_after(text: str, published: dt.date | None = None) -> set[dt.date | None]:
    """The days of the attacks told after the sentence naming the known event."""
    found = read_events(make_article(text, published))
    told = [(e.date, s.start) for e in (*found.events, *found.undated) if e.type == "attack_on_us_forces"
            for s in e.sources]
    after = {day for day, start in told if start >= len(NAMED)}
    assert after, "the act after the named event is read"
    return after


@pytest.mark.parametrize(("text", "expected"), [
    # the known event's weekday, right after the sentence naming it: its day
    (NAMED + FIGHTERS + " attacked the base with a drone on Sunday, officials said.", SUN_JAN28),
    # another weekday: another act, or a slip; no day
    (NAMED + FIGHTERS + " attacked the base with a drone on Tuesday, officials said.", None),
    # an act told as another than the one named
    (NAMED + FIGHTERS + " attacked the base with another drone on Sunday, officials said.", None),
    # the known event named two sentences before, not right before
    (NAMED + " Officials in Amman gave no details." + FIGHTERS + " attacked the base with a drone on Sunday.",
     None),
    # an act placed in another country than the known event's
    (NAMED + FIGHTERS + " attacked a base in Syria with a drone on Sunday, officials said.", None),
])
def test_an_undated_pages_weekday_after_a_known_event(text: str, expected: dt.date | None) -> None:
    assert _days_after(text) == {expected}


def test_a_dated_pages_weekday_is_counted_from_its_date() -> None:
    """A page dated weeks later: its Sunday is the Sunday before it, never the known event's."""
    text = NAMED + FIGHTERS + " attacked the base with a drone on Sunday, officials said."
    assert _days_after(text, dt.date(2024, 3, 20)) == {dt.date(2024, 3, 17)}


@pytest.mark.parametrize("before", [
    "It was the heaviest barrage since the drone strike on the Tower 22 base in Jordan.",
    "It was the latest barrage since the drone strike on the Tower 22 base in Jordan.",
])
def test_a_known_event_told_as_the_time_before_dates_no_weekday(before: str) -> None:
    """The sentence before tells the known event only as the time another act came after: the
    weekday told next is that later act's, left undated on a page with no date."""
    text = before + FIGHTERS + " attacked the base with rockets on Sunday, officials said."
    found = read_events(make_article(text))
    assert {e.date for e in (*found.events, *found.undated) for s in e.sources
            if e.type == "attack_on_us_forces" and s.start >= len(before)} == {None}


@pytest.mark.parametrize(("before", "act"), [
    ("The attack came months after three soldiers were killed at Tower 22 in Jordan.",
     " Militants fired a drone at US forces on Sunday."),
    ("The strike came weeks after two soldiers died at the Tower 22 base in Jordan.",
     " Gunmen fired rockets at US troops on Sunday, officials said."),
    ("The raid came two weeks after the drone strike on the Tower 22 base in Jordan.",
     " Fighters fired rockets at US forces on Sunday."),
])
def test_an_act_told_as_coming_after_a_known_event_is_not_that_event(before: str, act: str) -> None:
    """The sentence before tells an act that came some time after the known event (rule
    named_as_before): neither that act nor the weekday's act told next is the known event; both are
    left undated on a page with no date, never given its day (the known event itself may be)."""
    found = read_events(make_article(before + act))
    after = {e.date for e in (*found.events, *found.undated) for s in e.sources
             if e.type == "attack_on_us_forces" and s.start >= len(before)}
    assert after == {None}


def test_the_known_event_told_as_news_keeps_its_day() -> None:
    found = read_events(make_article("Three soldiers were killed at Tower 22 on Sunday."))
    assert {e.date for e in found.events if e.type == "attack_on_us_forces"} == {SUN_JAN28}
