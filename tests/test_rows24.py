"""Rows a desk finds wrong in real weeks (issue 23, twenty-fourth session; branch rows24), in
sentences we wrote (the places are the profile's). Each rule's test fails on the code before it
(main a8f54c9); the guard (a base's own province stays) passes on both:

- "drones at both <a town> and <a base>, in <the base's province>" gave the town the base's
  province (the gazetteer's ``province`` of each place now says which is whose).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.topic import choose_topic
from tests.conftest import make_article

FIRST = choose_topic("us-forces-iraq-syria")


@pytest.mark.parametrize(("text", "expected"), [
    # the province named after two bases is the second's (the gazetteer puts the first in another)
    ("On Nov. 12, drones were launched at US forces at both Shaddadi and Mission Support Site Green "
     "Village, in Deir ez-Zor.", [("Al-Omar oil field", "Deir ez-Zor"), ("Al-Shaddadi",)]),
    ("On Sunday, rockets were fired at US forces at both Al-Asad and Harir air base, in Erbil province.",
     [("Al-Asad Airbase",), ("Harir air base", "Erbil")]),
    # a base's own province stays
    ("On Sunday, drones were launched at US forces at Shaddadi in Hasakah province.",
     [("Al-Shaddadi", "Hasakah")]),
])
def test_a_province_told_after_two_bases_is_only_the_one_the_gazetteer_puts_there(
        text: str, expected: list[tuple[str, ...]]) -> None:
    told = extract_article(make_article(f"WASHINGTON (Wire) -- {text}", dt.date(2023, 11, 14)), FIRST)
    assert sorted(e.places for e in told.events) == expected


def test_a_places_province_must_be_another_place_of_its_country() -> None:
    from briefing.topic import Place, _check_provinces, _Problems

    problems = _Problems("test")
    _check_provinces([Place("Camp Alpha", "Iraq", ("Camp Alpha",), province="Nowhere Province"),
                      Place("Camp Beta", "Syria", ("Camp Beta",), province="Gamma"),
                      Place("Gamma", "Iraq", ("Gamma",))], problems)
    assert len(problems.found) == 2
