"""Issue 21 checked as its owners will (twenty-first session, branch acc21), in sentences we wrote:
a strike's munitions are counted where words describe them ("more than 40 precision munitions");
a row names a weapon once, not again bare ("Ballistic missile and missile attack"). Each fails on
the code before its rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from briefing.extract import extract_article
from briefing.rows import row_text
from tests.conftest import make_article

SAT = dt.date(2024, 3, 9)


# ---- a strike's munitions, described -------------------------------------------------------------

@pytest.mark.parametrize(("text", "told"), [
    ("US jets struck 12 targets in western Iraq on Friday with more than 40 precision munitions.",
     "40+ munitions"),
    ("US jets struck 12 targets in western Iraq on Friday, firing 30 guided munitions.", "30 munitions"),
])
def test_a_strikes_described_munitions_are_counted(text: str, told: str) -> None:
    (strike,) = [e for e in extract_article(make_article(text, SAT)).events if e.type == "us_strike"]
    assert told in row_text(strike)


def test_a_bare_weapon_other_reports_give_beside_its_kind_is_not_a_second_weapon() -> None:
    # one report tells a ballistic missile, another the same missile bare: one weapon on the row
    (attack,) = extract_article(make_article(
        "A ballistic missile struck Al-Asad Airbase on Friday, officials said.", SAT)).events
    told = attack.details.weapons[0]
    bare = replace(told, name="missile", written="missile", source=replace(told.source, article="other"))
    merged = replace(attack, details=replace(attack.details, weapons=(told, bare)))
    assert row_text(merged).startswith("Ballistic missile attack")
