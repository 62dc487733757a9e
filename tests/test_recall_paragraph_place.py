"""An act told with no place and no target, after a sentence of its paragraph that places the
campaign's acts (issue 23, not found; sixteenth session): "<bases in a country that host US troops
were hit>. Two separate drone attacks took place on Wednesday." Sentences are our own."""

from __future__ import annotations

import datetime as dt

from briefing.extract.events import read_events
from tests.conftest import make_article

FRI_OCT20 = dt.date(2023, 10, 20)
WED_OCT18 = dt.date(2023, 10, 18)


def test_the_paragraphs_place_and_target_place_the_act() -> None:
    text = ("Militia rockets have hit bases in Iraq that host U.S. troops all week. Two separate drone "
            "attacks took place on Wednesday, one of them wounding a few soldiers.")
    found = read_events(make_article(text, FRI_OCT20))
    assert {(e.type, e.date, e.country) for e in found.events} == {("attack_on_us_forces", WED_OCT18, "Iraq")}


def test_no_act_without_the_us_side_named_before_it() -> None:
    text = ("Militia rockets have hit towns in Iraq all week. Two separate drone attacks took place on "
            "Wednesday, one of them wounding a few people.")
    found = read_events(make_article(text, FRI_OCT20))
    assert [e for e in found.events if e.date == WED_OCT18] == []


def test_no_act_placed_by_another_paragraph() -> None:
    text = ("Militia rockets have hit bases in Iraq that host U.S. troops all week.\n\n"
            "Two separate drone attacks took place on Wednesday, one of them wounding a few people.")
    found = read_events(make_article(text, FRI_OCT20))
    assert [e for e in found.events if e.date == WED_OCT18] == []


def test_no_one_country_when_the_paragraph_names_two() -> None:
    text = ("Militia rockets have hit bases in Iraq and Syria that host U.S. troops all week. Two "
            "separate drone attacks took place on Wednesday.")
    found = read_events(make_article(text, FRI_OCT20))
    assert [e for e in found.events if e.date == WED_OCT18] == []
