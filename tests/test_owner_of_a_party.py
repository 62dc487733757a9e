"""Events the twentieth session found where nothing of their kind was read before (issue 23).
Sentences are our own, written in the forms real reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from tests.conftest import make_article

PUB = dt.date(2024, 2, 5)  # a Monday
FRI = dt.date(2024, 2, 2)


def kinds(text: str, published: dt.date | None = PUB) -> set[tuple[str, dt.date | None, str | None]]:
    return {(e.type, e.date, e.country) for e in extract_events(make_article(text, published))}


# ---- a land outside the story told as a party's owner is no place of the act (owner_of_a_party) ----

@pytest.mark.parametrize("text", [
    "On Friday the US launched air strikes on the Quds Force, the overseas wing of Iran's Revolutionary "
    "Guards, and allied militias in Iraq and Syria.",
    "On Friday American bombers carried out strikes targeting the Quds Force, an arm of Iran’s Islamic "
    "Revolutionary Guard Corps, and allied militias in Iraq and Syria.",
])
def test_a_land_that_owns_the_party_struck_does_not_place_the_strike(text: str) -> None:
    assert kinds(text) == {("us_strike", FRI, "Iraq"), ("us_strike", FRI, "Syria")}


def test_a_land_named_as_the_place_hit_still_places_the_strike_outside() -> None:
    # no party's name after the owner: its sites are in that land, another story
    assert kinds("On Friday the US hit Iran's nuclear sites, a defence official said.") == set()
