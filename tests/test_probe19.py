"""Rows and figures no source reports, found by probing with our own articles (nineteenth session): an act
denied in a clause of its own after the denial's day ("denied on Friday that it fired ..."); a
strike dated by the day it was ordered ("ordered the strikes on Monday"); an attack dated by the
day of the answer that names it ("retaliated on Tuesday for a drone attack that ..."); a running
count of the harmed dated by the tally told before it; the times that raised a running total read
as the total ("attacked 12 times, bringing the total since Oct. 17 to 165"). Sentences are our own,
in the forms ledes and tallies take."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from briefing.extract.tallies import extract_tallies
from tests.conftest import make_article

SAT_FEB10 = dt.date(2024, 2, 10)
WED_DEC27 = dt.date(2023, 12, 27)
MON_DEC25, TUE_DEC26 = dt.date(2023, 12, 25), dt.date(2023, 12, 26)


def _rows(text: str, published: dt.date) -> set[tuple[str, dt.date | None]]:
    found = read_events(make_article(text, published))
    return {(e.type, e.date) for e in found.events} | {(e.type, None) for e in found.undated}


@pytest.mark.parametrize("text", [
    "The Vale Brigades denied on Friday that they launched rockets at Erbil airport, where US troops are.",
    "The Vale Brigades on Friday denied that their fighters had fired rockets at Ain al-Asad air base.",
    "US officials denied that a drone had struck the Erbil base on Thursday.",
    # said not to have happened, or halted: officials' "no ... were struck", reports called false,
    # a group's suspension of its attacks
    "The Pentagon said no US personnel or facilities were struck on Thursday.",
    "The Pentagon said reports of a drone attack on Ain al-Asad air base on Thursday were false.",
    "Reports of a rocket attack on Erbil airport on Thursday were untrue, a US official said.",
    "Kataib Hezbollah denied targeting Ain al-Asad air base on Thursday, saying it had suspended attacks.",
])
def test_an_act_denied_in_its_own_clause_is_no_row(text: str) -> None:
    assert _rows(text, SAT_FEB10) == set()


def test_reports_confirmed_keep_the_attack() -> None:
    text = "Reports of a rocket attack on Ain al-Asad air base on Thursday were confirmed by a US official."
    assert ("attack_on_us_forces", dt.date(2024, 2, 8)) in _rows(text, SAT_FEB10)


def test_a_group_denying_it_was_behind_an_attack_keeps_the_attack() -> None:
    text = "The Vale Brigades denied that they were behind a drone attack on Erbil airport on Thursday."
    assert ("attack_on_us_forces", dt.date(2024, 2, 8)) in _rows(text, SAT_FEB10)


@pytest.mark.parametrize("text", [
    "The US president ordered the strikes on Monday after being briefed on the attack, an official said.",
    "The US strikes, which the president approved on Monday, hit three sites used by the Vale Brigades.",
    "The Pentagon authorized the strikes on Monday night, hours after a drone attack on Erbil air base.",
])
def test_the_day_a_strike_was_ordered_is_not_the_strikes(text: str) -> None:
    assert ("us_strike", MON_DEC25) not in _rows(text, WED_DEC27)


@pytest.mark.parametrize("text", [
    "The US retaliated on Tuesday for a drone attack on Erbil air base that wounded three US troops.",
    "The US hit back on Tuesday for a drone attack on Erbil air base that wounded three US troops.",
    "US forces on Tuesday avenged a drone attack on Erbil air base that wounded three US troops.",
    # the answer's day opening the sentence, the statement's day of the lede
    "On Tuesday, the US retaliated for a drone attack on Erbil air base that wounded three US troops.",
    "On Tuesday, the US responded to a drone attack on Erbil air base with strikes on three militia sites.",
])
def test_the_answers_day_is_not_the_answered_attacks(text: str) -> None:
    assert ("attack_on_us_forces", TUE_DEC26) not in _rows(text, WED_DEC27)


@pytest.mark.parametrize("text", [
    "The US retaliated on Tuesday for a drone attack on Erbil air base, striking three militia sites.",
    "On Tuesday, the US responded to a drone attack on Erbil air base with strikes on three militia sites.",
])
def test_the_answers_own_strikes_keep_its_day(text: str) -> None:
    assert ("us_strike", TUE_DEC26) in _rows(text, WED_DEC27)


@pytest.mark.parametrize("harm", [
    "At least 46 US personnel have been injured, 25 of them with brain injuries.",
    "A total of 46 US troops have now been wounded.",
])
def test_a_running_count_of_the_harmed_is_no_act_of_the_statements_day(harm: str) -> None:
    text = "US forces have been attacked 41 times since Oct. 17, the Pentagon said Wednesday. " + harm
    assert _rows(text, dt.date(2023, 11, 9)) - {("attack_on_us_forces", None)} == set()


def test_the_harmed_of_an_act_told_keep_its_row() -> None:
    text = ("A drone struck al-Tanf garrison on Wednesday, the Pentagon said. "
            "At least three US troops have been injured.")
    assert ("attack_on_us_forces", dt.date(2023, 11, 8)) in _rows(text, dt.date(2023, 11, 9))


@pytest.mark.parametrize("text", [
    "In the week to Wednesday, militias attacked US forces 12 times, bringing the total since Oct. 17 "
    "to 165, the Pentagon said.",
    "Militias attacked US forces 12 times this week, raising the tally since Oct. 17 to 165, the "
    "Pentagon said Wednesday.",
])
def test_the_times_that_raised_a_total_are_not_the_total(text: str) -> None:
    tallies = extract_tallies(make_article(text, dt.date(2024, 2, 1)))
    assert 12 not in {t.value for t in tallies}


def test_the_times_since_the_start_are_the_total() -> None:
    text = "Militias have attacked US forces 165 times since Oct. 17, including 12 since Jan. 24."
    tallies = extract_tallies(make_article(text, dt.date(2024, 2, 1)))
    assert [t.value for t in tallies] == [165]



@pytest.mark.parametrize("text", [
    "A day after a drone attack on Erbil air base, US jets struck three militia sites in Iraq on Tuesday.",
    "Following a drone attack on Erbil air base, US jets struck three militia sites in Iraq on Tuesday.",
    "Hours after a drone attack on Erbil air base, US jets struck three militia sites in Iraq on Tuesday.",
])
def test_an_act_set_apart_before_the_comma_has_not_the_main_clauses_day(text: str) -> None:
    rows = _rows(text, WED_DEC27)
    assert ("attack_on_us_forces", TUE_DEC26) not in rows
    assert ("us_strike", TUE_DEC26) in rows


def test_the_main_clause_after_an_opening_phrase_keeps_its_day() -> None:
    text = "After a lull of weeks, militants attacked Erbil air base, the largest in the north, on Tuesday."
    assert ("attack_on_us_forces", TUE_DEC26) in _rows(text, WED_DEC27)


@pytest.mark.parametrize(("text", "day"), [
    ("Rockets were fired at a US base in Syria late Saturday, Eastern time, an official said.", 5),
    ("Rockets were fired at a US base in Syria at about 11 p.m. ET on Saturday, an official said.", 5),
    # a US morning is the same day in the region
    ("Rockets were fired at a US base in Syria at about 11 a.m. ET on Saturday, an official said.", 4),
])
def test_a_us_evening_told_with_its_zone_is_the_next_local_day(text: str, day: int) -> None:
    assert ("attack_on_us_forces", dt.date(2023, 11, day)) in _rows(text, dt.date(2023, 11, 5))


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah alone has claimed 40 attacks on US forces since Oct. 17, the Pentagon said Wednesday.",
    "Drones alone were used in 120 attacks on US forces since Oct. 17, the Pentagon said Wednesday.",
])
def test_a_share_set_apart_by_alone_is_not_the_total(text: str) -> None:
    assert extract_tallies(make_article(text, dt.date(2024, 2, 1))) == []


def test_no_doubt_that_a_base_was_struck_is_no_denial() -> None:
    # review, eighteenth session: "no ... was struck" denies only where the "no" is the act's
    text = "Officials said there is no doubt Erbil airport was struck by a drone on Thursday."
    found = read_events(make_article(text, dt.date(2024, 2, 9)))
    assert ("attack_on_us_forces", dt.date(2024, 2, 8)) in {(e.type, e.date) for e in found.events}
