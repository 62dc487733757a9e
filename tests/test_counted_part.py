"""Acts counted as a part of a running count told before ("Of those attacks, 12 targeted Tower 22")
are a number of acts, never the named event at that base, nor acts of the statement's day (rows no
source reports; eighteenth session). One act singled out ("one of the attacks, at Tower 22, killed
three soldiers") is still the named event. Sentences are our own, in the forms tallies take."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

THU_FEB1 = dt.date(2024, 2, 1)
TALLY = "Militias have attacked US forces 165 times since Oct. 17, the Pentagon said on Wednesday. "


@pytest.mark.parametrize("part", [
    "Of those attacks, 12 targeted Tower 22.",
    "Twelve of those attacks hit Tower 22.",
    "Most of the attacks used one-way drones against Tower 22 and al-Tanf.",
])
def test_a_counted_part_of_the_tally_is_no_dated_act(part: str) -> None:
    found = read_events(make_article(TALLY + part, THU_FEB1))
    assert [(e.type, e.date) for e in found.events] == []


def test_one_attack_singled_out_is_the_named_event() -> None:
    text = TALLY + "One of the attacks, at Tower 22, killed three soldiers."
    found = read_events(make_article(text, THU_FEB1))
    assert ("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan") in {
        (e.type, e.date, e.country) for e in found.events}


def test_people_counted_as_a_part_are_no_counted_acts() -> None:
    # review: "Two of the soldiers killed in the attack at Tower 22" counts people; the attack is the event
    text = "Two of the soldiers killed in the drone attack at Tower 22 were from Georgia, officials said."
    found = read_events(make_article(text, THU_FEB1))
    assert ("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan") in {
        (e.type, e.date, e.country) for e in found.events}
