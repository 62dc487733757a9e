"""Where a row says it happened, and what it hit (issue 21, twenty-first session). Sentences are
our own, in the forms real reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.extract.events import extract_events
from briefing.model import Event
from briefing.rows import row_text
from briefing.topic import choose_topic
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


def _sea(text: str) -> list[Event]:
    return list(extract_article(make_article(text, dt.date(2024, 3, 10)), choose_topic("red-sea")).events)


@pytest.mark.parametrize(("text", "ship"), [
    # a ship the profile names, and one told by its flag and kind or its marker
    ("A Houthi drone struck the Torm Thor in the Red Sea on Saturday.", "Torm Thor"),
    ("A Houthi missile struck the Norland-flagged tanker Sea Lark in the Red Sea on Saturday.", "Sea Lark"),
    ("A Houthi drone hit the M/V Blue Heron II in the Gulf of Aden on Saturday.", "Blue Heron II"),
])
def test_an_attack_on_shipping_names_the_ship_it_hit(text: str, ship: str) -> None:
    (attack,) = _sea(text)
    assert [n.name for n in attack.details.targets] == [ship]
    assert f"aimed at {ship}" in row_text(attack, choose_topic("red-sea").words)


@pytest.mark.parametrize("text", [
    # no name: a day after the kind is no ship's name
    "A Houthi missile struck a Norland-flagged tanker Saturday in the Red Sea.",
    # the sentence tells two acts: which ship is whose is not the record's to guess
    ("A Houthi drone hit the M/V Blue Heron in the Gulf of Aden on Saturday, two days after the Houthis "
     "attacked the Galaxy Leader."),
])
def test_an_attack_takes_no_ship_its_sentence_does_not_give_it(text: str) -> None:
    assert all(not e.details.targets for e in _sea(text))


def test_an_attack_on_a_warship_takes_no_merchant_ship_named_beside_it() -> None:
    text = ("Two Houthi missiles were fired toward the USS Norland and the M/V Sea Lark in the Red Sea "
            "on Saturday.")
    assert [n.name for e in _sea(text) for n in e.details.targets if e.type == "attack_on_us_navy"] == []


def test_a_ship_of_another_clause_than_the_attacks_is_not_its_target() -> None:
    # the near-miss named beside the attack is another act: its ship is not the attack's
    text = ("The company said the pause followed a near-miss with the M/V Sea Lark, as well as an attack "
            "on Saturday in which Houthi forces struck a cargo ship in the Red Sea.")
    (attack,) = _sea(text)
    assert attack.details.targets == ()
