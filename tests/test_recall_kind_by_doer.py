"""A definite act noun whose doer is the attacking side is that side's act (issue 23, wrong kind;
sixteenth session): "the last strike by those militias was on <day>" tells an attack, not a US strike,
whatever its noun. Sentences are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

THU_MAR7 = dt.date(2024, 3, 7)
FEB4 = dt.date(2024, 2, 4)


@pytest.mark.parametrize("text", [
    "Iran-backed militias in Iraq have stopped attacking US troops. The last strike by those militias "
    "was on February 4, according to Pentagon officials.",
    "Kataib Hezbollah has halted its campaign against American forces. The latest strike by Kataib "
    "Hezbollah came on February 4, US officials said.",
])
def test_the_attacking_sides_strike_is_an_attack(text: str) -> None:
    found = read_events(make_article(text, THU_MAR7))
    kinds = {(e.type, e.date) for e in found.events}
    assert ("attack_on_us_forces", FEB4) in kinds
    assert ("us_strike", FEB4) not in kinds


def test_a_us_strike_told_back_stays_a_strike() -> None:
    text = ("US jets hit militia depots near Al-Qaim in Iraq on February 2. The strikes destroyed "
            "weapons stores, officials said.")
    found = read_events(make_article(text, THU_MAR7))
    assert {(e.type, e.country) for e in found.events} == {("us_strike", "Iraq")}


@pytest.mark.parametrize("enemy", ["the ISIS group", "the ISIS organization"])
def test_the_coalitions_name_with_its_enemys_noun_is_the_coalition(enemy: str) -> None:
    # the US-led coalition's full name holds its enemy's, written with a noun as wires and
    # translations write it: the base is the coalition's, the act no act of that enemy's
    text = (f"Two drones struck a base of the international coalition against {enemy} at Erbil "
            "airport on Nov. 7, the region's counter-terrorism service said.")
    found = read_events(make_article(text, dt.date(2023, 11, 8)))
    assert [(e.type, e.date, e.country) for e in found.events] == [
        ("attack_on_us_forces", dt.date(2023, 11, 7), "Iraq")]


def test_a_roleless_act_noun_takes_the_kind_its_doer_gives_that_day() -> None:
    # the headline tells the act by its noun alone; the body gives it its doer
    text = ("Militias pause their campaign after the last strike on February 4\n\n"
            "Iran-backed militias in Iraq have stopped attacking US troops. The last strike by those "
            "militias was on February 4, according to Pentagon officials.")
    found = read_events(make_article(text, THU_MAR7))
    assert [(e.type, e.date) for e in found.events] == [("attack_on_us_forces", FEB4)]


def test_a_roleless_act_noun_of_another_day_keeps_its_own_kind() -> None:
    text = ("US jets struck militia depots near Al-Qaim in Iraq on February 2, officials said. The "
            "last strike by those militias was on February 4. The strike on February 2 destroyed "
            "weapons stores.")
    found = read_events(make_article(text, THU_MAR7))
    assert ("us_strike", dt.date(2024, 2, 2)) in {(e.type, e.date) for e in found.events}
