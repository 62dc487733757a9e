"""A place's name inside a longer name of a government or a group is that name's, not a place
(issue 23, a row no source reports; seventeenth session): a ruler's family name that a base shares
("the <first name> al-<family> regime") placed an air strike on Syrian-allied militias at the base,
as an attack on US forces. Sentences are our own, in the forms wires use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from briefing.extract.lexicon import Names, lexicons
from briefing.topic import choose_topic
from tests.conftest import make_article

SAT = dt.date(2024, 1, 27)


@pytest.mark.parametrize("ruler", ["the Bashar al-Assad regime", "Syrian President Bashar al-Assad"])
def test_a_rulers_name_places_nothing(ruler: str) -> None:
    text = (f"On Jan. 24, unknown aircraft struck trucks of militias allied with {ruler} near a border "
            "crossing between Syria and Iraq.")
    found = read_events(make_article(text, SAT))
    assert not [e for e in found.events if e.type == "attack_on_us_forces"]
    names = Names(text, lexicons(choose_topic(None)))
    assert not names.places


def test_the_base_by_its_name_is_still_a_place() -> None:
    text = "Two rockets hit al-Assad air base in western Iraq on Saturday, officials said."
    found = read_events(make_article(text, SAT))
    assert [(e.type, e.date, e.country) for e in found.events] == [("attack_on_us_forces", SAT, "Iraq")]

