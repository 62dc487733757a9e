"""Rows no source reports (issue 23, fifteenth session, branch trust16): forms a desk finds in many
outlets, each read as the act it is, or as no act. Sentences are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from briefing.topic import choose_topic
from tests.conftest import make_article

WED = dt.date(2024, 1, 10)  # a Wednesday


@pytest.mark.parametrize("text", [
    # the groups' own word for the US side: what they hit is a US base, whoever says so
    "A statement by the group on Wednesday said its fighters targeted the US occupation base in Syria "
    "with rockets.",
    "The group said on Wednesday that it struck \"the American occupation base\" near the airport in Syria.",
    "The group said its fighters attacked the US occupying forces at a base in Syria on Wednesday.",
])
def test_a_groups_occupation_base_is_a_us_target(text: str) -> None:
    found = read_events(make_article(text, WED))
    kinds = [e.type for e in (*found.events, *found.undated)]
    assert kinds and set(kinds) == {"attack_on_us_forces"}


MON = dt.date(2023, 11, 13)  # a Monday


@pytest.mark.parametrize("text", [
    # the reports denied, with the headline's verb or a base's other name in brackets
    "Counter-terrorism service refutes reports of drone attack on Harir base",
    "The counter-terrorism service has denied reports that Harir Air Base (also known as Bashur airbase) "
    "was attacked by drones on Monday.",
    "The counter-terrorism service refuted reports that a drone struck Harir Air Base on Monday.",
])
def test_a_denied_report_is_no_attack(text: str) -> None:
    found = read_events(make_article(text, MON))
    assert (found.events, found.undated) == ((), ())


def test_a_report_told_beside_a_denial_is_still_read() -> None:
    text = ("The counter-terrorism service said drones attacked Harir Air Base on Monday, and refuted "
            "reports of damage.")
    found = read_events(make_article(text, MON))
    assert [(e.type, e.date) for e in found.events] == [("attack_on_us_forces", MON)]


TUE = dt.date(2023, 11, 21)  # a Tuesday: "Monday" is 20 November


def _red_sea(text: str) -> list[tuple[str, dt.date | None]]:
    found = read_events(make_article(text, TUE), choose_topic("red-sea"))
    return [(e.type, e.date) for e in (*found.events, *found.undated)]


@pytest.mark.parametrize("text", [
    # footage released on a day shows an act of before: the release's day is not the act's
    "The Houthis released video footage on Monday showing gunmen seizing a cargo ship in the Red Sea.",
    "The Houthis released a video on Monday showing the seizure of a cargo ship in the Red Sea.",
    "Earlier on Monday, the Houthis released footage of the hijacking of a cargo ship in the Red Sea.",
    # the lede's act told without a day takes no day from the footage's release after it
    "Gunmen landed by helicopter on a cargo ship before seizing it, footage has shown. The Houthis "
    "released dramatic footage on Monday showing gunmen seizing a cargo ship in the Red Sea.",
])
def test_footage_released_on_a_day_does_not_date_the_act(text: str) -> None:
    assert ("attack_on_shipping", dt.date(2023, 11, 20)) not in _red_sea(text)


def test_an_act_of_the_day_beside_footage_keeps_its_day() -> None:
    assert _red_sea("The Houthis seized a cargo ship in the Red Sea on Monday.") == [
        ("attack_on_shipping", dt.date(2023, 11, 20))]



MON_JUNE = dt.date(2024, 6, 10)  # a Monday: "late Saturday" is 8 June


def test_the_campaigns_sea_is_not_the_acts() -> None:
    # the act's own sentences name no sea; the campaign's acts, plural, name one
    text = ("The Houthis on Sunday claimed a missile attack which hit a cargo ship in the Gulf of Aden. "
            "The missile hit the ship's bow late Saturday, a security firm said. "
            "The US formed a coalition aimed at safeguarding commercial traffic in the Red Sea from "
            "attacks by the Houthis.")
    found = read_events(make_article(text, MON_JUNE), choose_topic("red-sea"))
    areas = {e.country for e in found.events if e.date == dt.date(2024, 6, 8)}
    assert areas and "Red Sea" not in areas
