"""Whose people a toll counts (issue 21, seventeenth session, branch sides18): people told as someone's
own ("two of their men") are the teller's, never the side the sentence otherwise names. Sentences
are our own, in the forms reports use, never an article's."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.topic import choose_topic
from tests.conftest import make_article

MON = dt.date(2024, 1, 22)  # "Sunday" is 21 January 2024

Figure = tuple[str, str, int]


def _found(text: str, story: str = "red-sea") -> list[tuple[str, list[Figure]]]:
    events = extract_article(make_article(text, MON), choose_topic(story)).events
    return sorted((e.type, sorted((c.side, c.kind, c.value) for c in e.details.casualties)
                   if e.details else []) for e in events)


def _figures(text: str, kind: str, story: str = "red-sea") -> list[Figure]:
    return [f for t, found in _found(text, story) for f in found if t == kind]


NAVY = "A Houthi missile struck a US destroyer in the Red Sea on Sunday."


@pytest.mark.parametrize("told", [
    # the people told as the teller's own: theirs, whatever else the sentence names
    "The rebels said two of their men were killed in the American response.",
    "The rebels said two of their men were killed, a US official said.",
    "The rebels said on Monday that two of its men were killed when the American ship fired back.",
    "“Two of our men were killed when the American ship fired back,” the rebels said.",
    # no sure teller: nobody's side, never the side attacked
    "Two of their men were killed when the American ship fired back.",
])
def test_people_told_as_someones_own_are_never_the_attacked_sides(told: str) -> None:
    assert not [f for f in _figures(f"{NAVY} {told}", "attack_on_us_navy") if f[0] == "us"]


@pytest.mark.parametrize(("told", "expected"), [
    # the side's own people, told as theirs by their own voice or by their noun
    ("“Two of our sailors were hurt,” the Pentagon said.", [("us", "injured", 2)]),
    ("The ship's crew fought the fire, and three of its sailors were hurt.", [("us", "injured", 3)]),
])
def test_the_attacked_sides_own_people_stay_theirs(told: str, expected: list[Figure]) -> None:
    assert _figures(f"{NAVY} {told}", "attack_on_us_navy") == expected


def test_a_groups_own_dead_told_by_it_are_the_groups_beside_a_strike() -> None:
    text = ("US jets struck Houthi radar sites in Yemen on Sunday. The rebels said two of their men were "
            "killed, a US official said.")
    assert _figures(text, "us_strike") == [("militants", "killed", 2)]


@pytest.mark.parametrize("told", [
    # "its" after an act's verb is the object's (the ship's crew), not the teller's
    "The rebels said they killed two of its crew.",
    "The missile hit the ship, killing two of its crew, the rebels said.",
])
def test_people_told_after_an_acts_verb_are_not_the_tellers(told: str) -> None:
    text = f"A Houthi missile struck a cargo ship in the Red Sea on Sunday. {told}"
    assert _figures(text, "attack_on_shipping") == [("civilians", "killed", 2)]
