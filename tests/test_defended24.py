"""Attacks told by the verb of defending against them, in the red-sea story (issue 22, twenty-fourth
session): what the subject "defended ... from" (or "against") an attack is that attack's target,
never the escorts that defended it (rule defended_from). Sentences of our own, never an article's."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from briefing.topic import choose_topic
from tests.conftest import make_article

MONDAY = dt.date(2024, 1, 22)
SUNDAY = dt.date(2024, 1, 21)

Found = list[tuple[str, str | None, dt.date | None]]


def _events(text: str) -> Found:
    article = make_article(text, MONDAY)
    return sorted((e.type, e.country, e.date) for e in extract_events(article, choose_topic("red-sea")))


@pytest.mark.parametrize(("text", "expected"), [
    # escorts that defended merchant ships: the attack was on the ships they escorted
    ("US Navy destroyers defended the merchant ships from several Houthi attacks in the Gulf of Aden "
     "on Sunday.", [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
    ("Two US destroyers defended a tanker against a Houthi drone attack in the Red Sea on Sunday.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
])
def test_what_escorts_defended_is_the_attacks_target(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # defended with no object: the defenders were attacked, as before
    ("Two US Navy destroyers defended against a Houthi drone attack in the Red Sea on Sunday.",
     [("attack_on_us_navy", "Red Sea", SUNDAY)]),
    ("Two US Navy destroyers fended off a Houthi attack in the Bab el-Mandeb on Sunday.",
     [("attack_on_us_navy", "Bab el-Mandeb", SUNDAY)]),
    # the attack's own target named after it: its kind, whoever repelled it
    ("The destroyer repelled a drone attack on the tanker in the Red Sea on Sunday.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    # a readiness is no act
    ("The destroyers can fend off any Houthi attack in the Red Sea, the admiral said on Sunday.", []),
    ("The destroyers stand ready to defend the merchant ships from any Houthi attack in the Red Sea.", []),
    # the Houthis' own word of thwarting an attack on them invents no strike
    ("The Houthis said on Sunday they had thwarted a US-British attack on their forces in the Red Sea.", []),
])
def test_what_defending_does_not_make_an_act_of(text: str, expected: Found) -> None:
    assert _events(text) == expected
