"""Weapons of one act of a sentence telling several (issue 21; twentieth session), in sentences we
wrote: each act at its own base takes the weapons of its own stretch of the sentence, not every
weapon the sentence names; an act told with its means in a trailing clause, or two bases hit by
one weapon, keep the sentence's. Each of the first fails on the code before the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from tests.conftest import make_article

SUN = dt.date(2024, 3, 10)


def _weapons_by_site(text: str) -> dict[str, set[str]]:
    found = extract_article(make_article(text, SUN)).events
    return {e.places[0]: {w.name for w in e.details.weapons}
            for e in found if e.type == "attack_on_us_forces" and e.places}


@pytest.mark.parametrize("text", [
    # an act per clause, each its own subject and means
    "Rockets hit the Conoco gas field base in Syria on Saturday and drones hit the Rumalyn Landing "
    "Zone, officials said.",
    # one doer, two verbs, each with its own means
    "Militants fired rockets at Al-Asad Airbase in Iraq on Saturday and launched drones at Erbil Air "
    "Base, officials said.",
    # one verb, each base with its means after it
    "Militants attacked Al-Asad Airbase in Iraq on Saturday with rockets and Erbil Air Base on Sunday "
    "with drones, officials said.",
])
def test_each_act_takes_the_weapons_of_its_own_stretch(text: str) -> None:
    weapons = _weapons_by_site(text)
    assert len(weapons) == 2
    first, second = weapons.values()
    assert first == {"rocket"}
    assert second == {"drone"}


def test_an_act_keeps_the_means_of_its_trailing_clause_beside_another_act() -> None:
    weapons = _weapons_by_site("Rockets hit the Conoco gas field base in Syria on Saturday and the "
                               "Rumalyn Landing Zone was attacked on Sunday, with three drones "
                               "launched from Iraq, officials said.")
    assert weapons == {"Conoco gas field": {"rocket"}, "Rumalyn Landing Zone": {"drone"}}


def test_one_act_keeps_the_means_of_its_trailing_clause() -> None:
    weapons = _weapons_by_site("Al-Asad Airbase in Iraq was attacked on Saturday, with three drones "
                               "launched from Syria, officials said.")
    assert weapons == {"Al-Asad Airbase": {"drone"}}


def test_a_stretch_naming_no_weapon_keeps_the_sentences() -> None:
    # the second base's stretch names no weapon: the one the sentence names is both's
    weapons = _weapons_by_site("Drones hit the Conoco gas field base in Syria on Saturday and the "
                               "Rumalyn Landing Zone on Sunday, officials said.")
    assert all(names == {"drone"} for names in weapons.values()) and weapons


def test_a_list_of_weapons_is_no_seam_between_acts() -> None:
    # "rockets and drones" of the second act: its "and" parts no act
    weapons = _weapons_by_site("Militants fired mortars at Al-Asad Airbase in Iraq on Saturday and launched "
                               "rockets and drones at Erbil Air Base, officials said.")
    assert weapons == {"Al-Asad Airbase": {"mortar"}, "Erbil air base": {"rocket", "drone"}}
