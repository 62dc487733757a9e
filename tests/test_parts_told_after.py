"""Acts told after the act or the number of acts that gives their day (issue 23, class "no day in
the act's own sentences"): the parts of a number of acts told on a day written without its year
("two incidents took place on October 18. The second attack ..."), and an act told as the scene
of the act just before ("In this incident, ..."). Sentences are our own, in the forms reports use;
each form has a neighbour that must stay as it is."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

ATTACK = "attack_on_us_forces"
PUB = dt.date(2023, 12, 26)  # a Tuesday
MON = dt.date(2023, 12, 25)

Told = tuple[str, str | None, str | None]


def undated(text: str) -> set[Told]:
    """The undated records of an article with no date: kind, country and day without its year."""
    return {(e.type, e.country, e.day_without_year) for e in read_events(make_article(text)).undated}


COUNT = ("Drones and rockets have hit bases hosting U.S. troops for weeks. Among these attacks, two "
         "separate incidents took place on October 18. ")


@pytest.mark.parametrize(("text", "expected"), [
    # the parts of a number of acts told on a day without its year keep that month and day
    (COUNT + "The first of these attacks, at the al-Tanf garrison in southern Syria, wounded several U.S. "
             "troops. The second attack took place at al-Asad air base in western Iraq, where drones were "
             "also used.",
     {(ATTACK, "Syria", "10-18"), (ATTACK, "Iraq", "10-18")}),
    # neighbour: a part told with another month is not of that day
    (COUNT + "The second attack, in November, hit al-Asad air base in western Iraq.",
     {(ATTACK, "Iraq", None)}),
])
def test_the_parts_of_acts_counted_on_a_day_without_its_year_keep_it(text: str, expected: set[Told]) -> None:
    assert {t for t in undated(text) if t[1] is not None} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the act told as the scene of the act just before is that act, of its month and day
    ("Another attack on October 25 could have been deadly for U.S. troops. In this incident, a drone hit "
     "the roof of a barracks at al-Harir air base in Iraq but did not explode.", {(ATTACK, "Iraq", "10-25")}),
    # neighbour: a sentence that does not open inside the act just told keeps no day
    ("Another attack on October 25 could have been deadly for U.S. troops. In an earlier incident, a drone "
     "hit the roof of a barracks at al-Harir air base in Iraq but did not explode.",
     {(ATTACK, "Iraq", None)}),
])
def test_an_act_told_as_the_scene_of_the_act_before_is_that_act(text: str, expected: set[Told]) -> None:
    assert {t for t in undated(text) if t[1] is not None} == expected


def test_an_act_told_as_the_scene_of_a_dated_act_takes_its_day_and_keeps_its_place() -> None:
    text = ("Another attack on Monday could have been deadly for U.S. troops. In this incident, a drone hit "
            "the roof of a barracks at al-Harir air base in Iraq but did not explode.")
    found = read_events(make_article(text, PUB)).events
    assert (ATTACK, MON, "Iraq") in {(e.type, e.date, e.country) for e in found}
