"""Issue 21 checked as its owners will (twenty-first session, branch acc21), in sentences we wrote:
a strike's munitions are counted where words describe them ("more than 40 precision munitions").
Fails on the code before the rule."""

from __future__ import annotations

import datetime as dt

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
