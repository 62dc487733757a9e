"""The second story's misses read in the sixteenth session (issue 22, red-sea batches k, l and m), each
in sentences of our own in the forms Red Sea reports take (never an article's words)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from briefing.topic import choose_topic
from tests.conftest import make_article


def _all(text: str, published: dt.date | None = None) -> set[tuple[str, str | None, dt.date | None]]:
    article = make_article(text, published) if published else make_article(text)
    return {(e.type, e.country, e.date) for e in extract_events(article, choose_topic("red-sea"))}


@pytest.mark.parametrize(("text", "row"), [
    # a page with no date that names the ship of a well-known attack: its day and sea by the name alone
    ("Rebels fired a drone at the bulk carrier Transworld Navigator on Sunday, a maritime agency said.",
     ("attack_on_shipping", "Red Sea", dt.date(2024, 6, 23))),
    ("Rebels fired a ballistic missile at the tanker Torm Thor late on Saturday; it fell into the sea.",
     ("attack_on_shipping", "Gulf of Aden", dt.date(2024, 2, 24))),
    # the Tutor by a ship's word right before its name ("tutor" alone is no ship)
    ("The bulk carrier Tutor was struck by a Houthi drone boat in the Red Sea.",
     ("attack_on_shipping", "Red Sea", dt.date(2024, 6, 12))),
])
def test_a_well_known_ship_dates_its_attack(text: str, row: tuple[str, str, dt.date]) -> None:
    assert row in _all(text)


ELEVENTH = dt.date(2024, 11, 11)  # the known day of the attack on two destroyers named together


@pytest.mark.parametrize("text", [
    # the munitions named before a relative clause were downed: the intercept of the act told
    "During a transit the USS Stockdale and USS Spruance were attacked by six drones and two missiles, "
    "which were successfully engaged and defeated.",
    "The USS Spruance and USS Stockdale came under attack from drones and a cruise missile, all of which "
    "were shot down.",
])
def test_munitions_downed_in_a_relative_clause_are_an_intercept(text: str) -> None:
    found = _all(text)
    assert ("intercept", "Bab el-Mandeb", ELEVENTH) in found
    assert ("attack_on_us_navy", "Bab el-Mandeb", ELEVENTH) in found


@pytest.mark.parametrize("text", [
    # neighbours: downed by another side, or no munition before the clause
    "During a transit the USS Stockdale and USS Spruance were attacked by six drones, which were shot down "
    "by Israeli jets.",
    "The USS Stockdale and USS Spruance escorted two tankers, which were later hit.",
])
def test_no_intercept_without_munitions_downed_by_the_us_side(text: str) -> None:
    assert not any(kind == "intercept" for kind, _, _ in _all(text))


@pytest.mark.parametrize("text", [
    # a munition downed with no by-phrase: in this story only the US side downs the attackers' munitions
    "Rebels fired an anti-ship missile toward the USS Carney in the Gulf of Aden on Friday. "
    "However, the missile was shot down, and no one was hurt.",
    "Rebels fired an anti-ship missile toward the USS Carney in the Gulf of Aden on Friday. "
    "The missile was intercepted and no one was hurt.",
])
def test_a_munition_downed_with_no_one_named_is_an_intercept(text: str) -> None:
    assert ("intercept", "Gulf of Aden", dt.date(2024, 1, 26)) in _all(text, dt.date(2024, 1, 27))


@pytest.mark.parametrize("text", [
    # neighbours: downed by another side; destroyed (on the ground too, or another side's act)
    "Rebels fired a missile toward the USS Carney in the Gulf of Aden on Friday. "
    "The missile was shot down by Israeli jets, the army said.",
    "Rebels fired a missile toward the USS Carney in the Gulf of Aden on Friday. "
    "Two more drones were destroyed in rebel-held areas, the army said.",
])
def test_a_munition_downed_by_another_side_or_destroyed_is_no_intercept(text: str) -> None:
    assert not any(kind == "intercept" for kind, _, _ in _all(text, dt.date(2024, 1, 27)))
