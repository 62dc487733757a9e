"""Issue 21 checked as its owners will (twenty-first session, branch acc21), in sentences we wrote:
a group's claim told with no group's name is a claim, shown among the claims and statements, never
an attack; a group told back ("the same group") keeps its name. Each new rule's test fails on the
code before it."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from tests.conftest import make_article

SAT = dt.date(2024, 3, 9)


# ---- a claim told by a group the sentence does not name -----------------------------------------

@pytest.mark.parametrize("text", [
    "An Iraqi group says it targeted the al-Tanf garrison with drones on Friday.",
    "A militant group said it launched drones at Erbil air base on Friday.",
    "Armed group says it attacked al-Tanf base\n\nNo other report of the attack was given on Friday.",
])
def test_a_claim_by_a_group_with_no_name_is_no_attack(text: str) -> None:
    found = extract_article(make_article(text, SAT)).events
    assert [e for e in found if e.type == "attack_on_us_forces"] == []


@pytest.mark.parametrize("text", [
    # the attack seen, told by officials: the group's noun is no speaker of it
    "A drone struck the al-Tanf garrison on Friday, officials said; an armed group was blamed.",
    # a monitor's group says what it recorded: not a claim of the act
    "A monitoring group said it recorded a drone attack on the al-Tanf garrison on Friday.",
])
def test_an_attack_told_by_others_than_an_unnamed_group_stays_an_attack(text: str) -> None:
    found = extract_article(make_article(text, SAT)).events
    assert [e.type for e in found] == ["attack_on_us_forces"]


@pytest.mark.parametrize("text", [
    "An Iraqi group says it targeted the al-Tanf garrison with drones on Friday.",
    "A militant group said on Friday it had attacked Erbil air base with drones.",
])
def test_a_claim_by_a_group_with_no_name_shows_as_a_claim(text: str) -> None:
    # the base is one the profile knows hosts US forces: the claim is of an attack on them
    statements = extract_article(make_article(text, SAT)).statements
    assert [(s.kind, s.who) for s in statements] == [("claim", None)]  # its group not named


def test_a_claim_told_back_by_the_same_group_stays_that_groups() -> None:
    text = ("The Islamic Resistance in Iraq claimed a drone attack on Erbil air base on Sunday. On Monday, "
            "four rockets were fired at Al-Asad Airbase, an attack also claimed by the same group.")
    statements = extract_article(make_article(text, SAT)).statements
    assert {s.who for s in statements} == {"Islamic Resistance in Iraq"}
