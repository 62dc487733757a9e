"""The places of a sentence's main clause are not the act a clause of its own tells after them
(issue 23, wrong country; seventeenth session): "strikes began in Iraq and Syria after troops were
killed Sunday" says where the strikes were, not where the troops died. Sentences are our own, in the
forms headlines and ledes use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

FRI_MAR8 = dt.date(2024, 3, 8)
SUN_MAR3 = dt.date(2024, 3, 3)


@pytest.mark.parametrize("text", [
    "Air raids began in Iraq, Syria after two American soldiers were killed Sunday.",
    "US jets hit militia depots in Syria and Iraq on Friday, following the killing of two American "
    "soldiers in a drone attack on Sunday.",
])
def test_the_main_clauses_countries_are_not_the_later_clauses_acts(text: str) -> None:
    found = read_events(make_article(text, FRI_MAR8))
    attacks = {e.country for e in found.events if e.type == "attack_on_us_forces" and e.date == SUN_MAR3}
    assert attacks <= {None}


def test_troops_in_two_countries_attacked_keep_their_countries() -> None:
    text = "American troops in Iraq and Syria were attacked three times on Sunday, officials said."
    found = read_events(make_article(text, FRI_MAR8))
    countries = {e.country for e in found.events if e.type == "attack_on_us_forces"}
    assert countries and None not in countries  # no clause of its own between: the act's own places


def test_an_attack_placed_by_its_own_words_keeps_its_country() -> None:
    text = "Air raids began in Iraq, Syria after two American soldiers were killed in Jordan on Sunday."
    found = read_events(make_article(text, FRI_MAR8))
    assert ("attack_on_us_forces", SUN_MAR3, "Jordan") in {(e.type, e.date, e.country) for e in found.events}
