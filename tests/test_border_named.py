"""A country named only as a border ("near <a town> on the Syrian border", "the Iraq-Syria border")
is where a place lies, not a country the act took place in (rows no source reports; eighteenth
session). A border town, or the country's border guards, are the country's own. Sentences are our
own, in the forms ledes use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

SUN_FEB4 = dt.date(2024, 2, 4)
FRI_FEB2 = dt.date(2024, 2, 2)


@pytest.mark.parametrize("text", [
    "A US strike on Friday killed 16 militia fighters near al-Qaim on the Syrian border, the group said.",
    "US jets on Friday hit a depot of Kataib Hezbollah near al-Qaim, close to the Iraq-Syria border.",
    "An American air strike hit a militia convoy near al-Qaim by the Syria border on Friday, officials said.",
])
def test_a_country_named_as_a_border_is_not_the_acts(text: str) -> None:
    found = read_events(make_article(text, SUN_FEB4))
    strikes = {e.country for e in found.events if e.type == "us_strike" and e.date == FRI_FEB2}
    assert strikes == {"Iraq"}


def test_the_country_of_a_border_town_is_the_acts() -> None:
    text = "A US strike on Friday hit a militia depot in the Syrian border town of Abu Kamal, officials said."
    found = read_events(make_article(text, SUN_FEB4))
    assert ("us_strike", FRI_FEB2, "Syria") in {(e.type, e.date, e.country) for e in found.events}


def test_a_country_named_beside_the_border_keeps_its_place() -> None:
    text = "A drone hit a base hosting US troops in Syria near the border on Friday, officials said."
    found = read_events(make_article(text, SUN_FEB4))
    assert ("attack_on_us_forces", FRI_FEB2, "Syria") in {(e.type, e.date, e.country) for e in found.events}


def test_a_base_just_inside_a_countrys_border_is_in_that_country() -> None:
    # review, eighteenth session: a border told from inside keeps its country
    text = "A drone on Friday hit a base hosting US troops just inside the Jordanian border, officials said."
    found = read_events(make_article(text, SUN_FEB4))
    assert ("attack_on_us_forces", FRI_FEB2, "Jordan") in {(e.type, e.date, e.country) for e in found.events}
