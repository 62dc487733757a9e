"""Where a row says it happened, and what it hit (issue 21, twenty-first session). Sentences are
our own, in the forms real reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from tests.conftest import make_article

PUB = dt.date(2023, 12, 26)  # a Tuesday


@pytest.mark.parametrize("text", [
    # the cause told first, the strike after it: the base attacked is not where the strike hit
    ("In response to attacks by the militia, including the attack on al-Asad air base in western "
     "Iraq, U.S. forces conducted airstrikes against three facilities used by the militia in Iraq on "
     "Monday."),
    ("In retaliation for the drone attack on al-Asad air base, U.S. jets struck militia depots in "
     "Iraq on Monday."),
])
def test_a_strike_is_not_placed_at_the_base_whose_attack_it_answers(text: str) -> None:
    strikes = [e for e in extract_events(make_article(text, PUB)) if e.type == "us_strike"]
    assert [(e.date, e.places) for e in strikes] == [(dt.date(2023, 12, 25), ())]


def test_a_strike_answering_an_attack_keeps_the_place_it_hit() -> None:
    text = ("In response to the attack on al-Asad air base, U.S. jets struck militia depots at Jurf "
            "al-Sakhar in Iraq on Monday.")
    strikes = [e for e in extract_events(make_article(text, PUB)) if e.type == "us_strike"]
    assert [e.places for e in strikes] == [("Jurf al-Sakhar",)]


@pytest.mark.parametrize("told", [
    "A spokesman said the strikes were not coordinated with the Baghdad authorities.",
    "The ministry condemned the strikes and denied that they were agreed with the Baghdad government.",
])
def test_a_capital_naming_its_government_is_not_where_the_strike_hit(told: str) -> None:
    text = f"U.S. jets struck militia depots in western Iraq on Monday. {told}"
    assert [e.places for e in extract_events(make_article(text, PUB))] == [()]

