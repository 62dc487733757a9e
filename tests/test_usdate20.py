"""Days of the first story's acts, twentieth session (issue 23, branch usdate), in sentences we
wrote: a day that opens a sentence and governs another verb (a visit, a meeting) whose object is
people an act hurt is that verb's day, not the act's; the act may be days before. Fails on the code
before the rule (the visit's day was given to the strikes)."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract_article
from briefing.model import Event
from briefing.topic import choose_topic
from tests.conftest import make_article

SAT = dt.date(2024, 6, 15)
FRI = dt.date(2024, 6, 14)


def _read(text: str) -> tuple[list[Event], list[Event]]:
    found = extract_article(make_article(text, SAT), choose_topic(None))
    return list(found.events), list(found.undated)


def test_a_visit_to_people_the_strikes_hurt_is_not_the_strikes_day() -> None:
    dated, _ = _read("On Friday, the Iraqi defence minister visited people injured in the U.S. "
                     "strikes in western Iraq, his office said.")
    assert [e for e in dated if e.type == "us_strike"] == []


def test_a_meeting_with_troops_an_attack_wounded_is_not_the_attacks_day() -> None:
    dated, _ = _read("On Friday, the governor met troops badly wounded in the drone attack on Ain al-Asad "
                     "air base in Iraq.")
    assert [e for e in dated if e.type == "attack_on_us_forces"] == []


def test_people_told_as_hurt_by_the_act_itself_keep_its_day() -> None:
    dated, _ = _read("On Friday, two soldiers were injured in a rocket attack on Ain al-Asad air base "
                     "in Iraq, officials said.")
    assert [(e.type, e.date) for e in dated] == [("attack_on_us_forces", FRI)]


def test_an_act_the_opening_day_governs_keeps_it() -> None:
    dated, _ = _read("On Friday, U.S. jets struck a weapons depot in eastern Syria used by militias.")
    assert [(e.type, e.date) for e in dated] == [("us_strike", FRI)]
