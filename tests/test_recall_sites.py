"""Several sites attacked on one day, each its own event (issue 23): the profile's bases as the
Pentagon names them apart. Sentences are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

PUB = dt.date(2023, 12, 26)  # a Tuesday
MON = dt.date(2023, 12, 25)


@pytest.mark.parametrize(("text", "count"), [
    # Green Village (at al-Omar) and Mission Support Site Euphrates (at the Conoco field) are two bases
    ("On Monday, rockets hit U.S. forces at Green Village in Syria, and a drone targeted coalition forces "
     "at Mission Support Site Euphrates.", 2),
    # the Conoco gas field's base told by its Pentagon name is the same base: one event
    ("On Monday, a drone targeted U.S. forces at the Conoco gas field. The attack on Mission Support Site "
     "Euphrates caused no injuries.", 1),
])
def test_bases_named_apart_by_the_pentagon_are_apart(text: str, count: int) -> None:
    found = read_events(make_article(text, PUB))
    rows = [(e.type, e.date, e.country) for e in found.events]
    assert rows == [("attack_on_us_forces", MON, "Syria")] * count
    assert found.undated == ()
