"""Days of the first story's acts, twentieth session (issue 23, branch visit20), in sentences we
wrote: a day that opens a sentence and governs another verb (a visit, a tour, a meeting) whose object
is a place or thing an act hit, told in a relative or reduced clause after that object ("visited the
base that was attacked", "toured the depot struck by US jets"), is that verb's day, not the act's; the
act may be days before. Fails on the code before the rule (the visit's day was given to the act)."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract_article
from briefing.topic import choose_topic
from tests.conftest import make_article

SAT = dt.date(2024, 6, 15)
FRI = dt.date(2024, 6, 14)


def _read(text: str) -> list[tuple[str, dt.date | None]]:
    found = extract_article(make_article(text, SAT), choose_topic(None))
    return [(e.type, e.date) for e in found.events]


def test_a_visit_to_a_base_that_was_attacked_is_not_the_attacks_day() -> None:
    dated = _read("On Friday, the defence secretary visited the base in Syria that was attacked by drones.")
    assert ("attack_on_us_forces", FRI) not in dated


def test_a_tour_of_a_depot_struck_by_jets_is_not_the_strikes_day() -> None:
    dated = _read("On Friday, the provincial governor toured the weapons depot in eastern Syria struck by "
                  "U.S. jets.")
    assert ("us_strike", FRI) not in dated


def test_an_act_on_a_base_that_hosts_troops_keeps_the_opening_day() -> None:
    dated = _read("On Friday, drones attacked the base in Syria that hosts U.S. troops.")
    assert dated == [("attack_on_us_forces", FRI)]


def test_a_base_that_hosts_troops_attacked_that_day_keeps_it() -> None:
    dated = _read("On Friday, the base in Syria that hosts U.S. troops was attacked by drones.")
    assert dated == [("attack_on_us_forces", FRI)]


def _read_red_sea(text: str) -> list[tuple[str, dt.date | None]]:
    found = extract_article(make_article(text, SAT), choose_topic("red-sea"))
    return [(e.type, e.date) for e in found.events]


def test_a_meeting_with_the_crew_of_a_ship_hit_is_not_the_attacks_day() -> None:
    dated = _read_red_sea("On Friday, the foreign minister met the crew of the cargo ship hit by a Houthi "
                          "missile in the Red Sea.")
    assert ("attack_on_shipping", FRI) not in dated


def test_a_ship_hit_after_a_meeting_told_with_and_keeps_the_opening_day() -> None:
    dated = _read_red_sea("On Friday, the foreign minister met the crew and a Houthi missile hit the cargo "
                          "ship in the Red Sea.")
    assert dated == [("attack_on_shipping", FRI)]
