"""Issue 21 checked as its owners will (twenty-first session, branch acc21), in sentences we wrote:
a place told only as a landmark ("60 km south of Baghdad") does not place the event on the map.
Fails on the code before the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from tests.conftest import make_article

SAT = dt.date(2024, 3, 9)


# ---- the map: a landmark is not where the event was ----------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    # the capital told only as the point the place struck is measured from: the town struck is drawn
    ("A US airstrike hit a militia depot at Jurf al-Sakhar, 60 km south of Baghdad, on Friday.",
     "Jurf al-Sakhar"),
    # the landmark alone: drawn nowhere rather than in the capital, where it was not
    ("A US airstrike hit a militia depot 60 km south of Baghdad on Friday.", None),
    # the capital as a place of its own: drawn there
    ("A US airstrike hit a militia depot in Baghdad on Friday.", "Baghdad"),
])
def test_a_place_told_as_a_landmark_does_not_place_the_event(text: str, place: str | None) -> None:
    (strike,) = [e for e in extract_article(make_article(text, SAT)).events if e.type == "us_strike"]
    at = strike.details.coordinates
    assert (at.place if at else None) == place
