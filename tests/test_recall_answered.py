"""An answer's infinitive names the act it answers as done (issue 23, not found; seventeenth
session): "the president vowed to respond to the attack that killed three soldiers" tells the attack
as done; the response is the plan. Sentences are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

MON = dt.date(2024, 3, 11)
SUN = dt.date(2024, 3, 10)


@pytest.mark.parametrize("text", [
    "The president vowed to respond to the attack on a base in Syria on Sunday that killed two American "
    "soldiers.",
    "The White House pledged to retaliate for the attack on US troops at a base in Syria on Sunday.",
])
def test_the_act_an_answer_is_vowed_for_is_done(text: str) -> None:
    found = read_events(make_article(text, MON))
    assert [(e.type, e.date, e.country) for e in found.events] == [("attack_on_us_forces", SUN, "Syria")]


@pytest.mark.parametrize("text", [
    "The militias vowed to attack US bases in Syria on Sunday.",
    "The president vowed to respond to any attack on US troops in Syria.",
])
def test_a_vowed_act_is_still_no_act(text: str) -> None:
    assert not read_events(make_article(text, MON)).events
