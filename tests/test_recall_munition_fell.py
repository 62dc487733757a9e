"""A munition that "fell" near or inside a base (issue 23, twenty-second session): "Two rockets fell
near US forces at a base in Syria on Tuesday" read nothing while "landed near" was an attack, "fell"
being no verb of acting. It is one now, only where a munition is its subject: "prices fell", "the
town fell", "a guard fell ill" stay no act. Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

WED_JAN10 = dt.date(2024, 1, 10)
TUE_JAN9 = dt.date(2024, 1, 9)


@pytest.mark.parametrize("text", [
    "Two rockets fell near US forces at Camp Norland in Syria on Tuesday, an official said.",
    "On Tuesday, three rockets fell inside a base hosting U.S. troops in Syria, an official said.",
    "A drone fell on a base housing US forces in Syria on Tuesday, officials said.",
])
def test_a_munition_that_fell_at_us_forces_is_an_attack(text: str) -> None:
    found = read_events(make_article(text, WED_JAN10))
    assert {(e.type, e.date, e.country) for e in found.events} == {("attack_on_us_forces", TUE_JAN9, "Syria")}


@pytest.mark.parametrize("text", [
    "Oil prices fell near the close on Tuesday at a base of US forces in Syria, traders said.",
    "The town fell to the militants near a base of US forces in Syria on Tuesday.",
    "A guard at the base of US forces in Syria fell ill on Tuesday.",
    "The crowd near the US base in Syria fell silent on Tuesday.",
])
def test_no_act_when_no_munition_fell(text: str) -> None:
    found = read_events(make_article(text, WED_JAN10))
    assert [(e.type, e.date) for e in found.events] == []



@pytest.mark.parametrize("text", [
    "A source said a drone fell in one of the villages close to a base hosting US forces in Iraq on Tuesday.",
    "On Tuesday, a drone fell in a village near US forces in Iraq.",
])
def test_a_munition_that_fell_in_a_village_is_no_act(text: str) -> None:
    # brought down on its way, it came down on nothing of the US side's: a base it was near is no
    # place of an act (else a later page's undated "attack at the base" finds two acts there)
    found = read_events(make_article(text, WED_JAN10))
    assert [(e.type, e.date) for e in found.events] == []
