"""The second story's misses read in the seventeenth session (issue 22, red-sea batch n), each in
sentences of our own in the forms Red Sea reports take (never an article's words)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events, read_events
from briefing.topic import choose_topic
from tests.conftest import make_article


def _all(text: str, published: dt.date | None = None) -> set[tuple[str, str | None, dt.date | None]]:
    article = make_article(text, published) if published else make_article(text)
    return {(e.type, e.country, e.date) for e in extract_events(article, choose_topic("red-sea"))}


MONDAY = dt.date(2024, 7, 15)  # the known day of the attacks on the Chios Lion and the Bentley I


def test_two_known_ships_beside_a_position_at_sea_are_two_rows() -> None:
    # a position off a port placed the day's act; the ships the article names apart are its rows
    text = ("A drone boat damaged the tanker Chios Lion some 90 nautical miles northwest of Hodeidah on "
            "Monday, a monitoring centre said. The rebels said they had targeted the Chios Lion and the "
            "Bentley I with missiles and explosive boats.")
    found = extract_events(make_article(text, dt.date(2024, 7, 16)), choose_topic("red-sea"))
    rows = [(e.type, e.country, e.date) for e in found]
    assert rows == [("attack_on_shipping", "Red Sea", MONDAY)] * 2


def test_one_known_ship_beside_a_position_at_sea_is_one_row() -> None:
    text = ("A drone boat damaged the tanker Chios Lion some 90 nautical miles northwest of Hodeidah on "
            "Monday, a monitoring centre said. The rebels said they had targeted it with explosive boats.")
    found = extract_events(make_article(text, dt.date(2024, 7, 16)), choose_topic("red-sea"))
    assert [(e.type, e.country, e.date) for e in found] == [("attack_on_shipping", "Red Sea", MONDAY)]


ELEVENTH = dt.date(2024, 11, 11)  # the known day of the attack on two destroyers at the strait


@pytest.mark.parametrize("text", [
    # the night's count of munitions, the destroyers unnamed, on a page with no date
    "A Pentagon spokesman said the two warships came under attack on Monday from at least eight drones, "
    "five anti-ship ballistic missiles and three anti-ship cruise missiles.",
    "Two U.S. destroyers were attacked by eight one-way attack drones, five anti-ship ballistic missiles "
    "and three cruise missiles during a transit, officials said.",
])
def test_the_munitions_of_the_eleventh_date_the_attack_on_two_destroyers(text: str) -> None:
    assert any(kind == "attack_on_us_navy" and day == ELEVENTH for kind, _, day in _all(text))


def test_another_count_of_munitions_is_not_the_eleventh() -> None:
    text = ("A Pentagon spokesman said two warships came under attack on Monday from four drones and two "
            "anti-ship ballistic missiles.")
    assert not any(day == ELEVENTH for _, _, day in _all(text))


FRIDAY = dt.date(2023, 12, 15)  # the known day of the attacks on the MSC Palatium III and the Al Jasrah


@pytest.mark.parametrize("text", [
    # the act told first with its sea area and no name, the ship named after it: the act's area
    "A missile launched from Yemen struck a container ship near the Bab el-Mandeb Strait and set it on "
    "fire. An official named the ship as the MSC Palatium III and said nobody was hurt in the attack.",
    # the first act told of one ship, after the campaign's attacks in general in the sea
    "Carriers halted their passages through the Red Sea after a run of rebel attacks. A missile struck a "
    "container ship near the Bab el-Mandeb Strait. An official named the ship as the MSC Palatium III.",
])
def test_a_known_ship_takes_the_area_its_act_is_first_told_in(text: str) -> None:
    found = _all(text, FRIDAY)
    assert ("attack_on_shipping", "Bab el-Mandeb", FRIDAY) in found
    assert ("attack_on_shipping", "Red Sea", FRIDAY) not in found


@pytest.mark.parametrize("text", [
    # neighbours: the first act told placed nowhere, or in none of the ship's areas: its own area
    "A missile struck a container ship, an official said, naming it as the MSC Palatium III. Weeks later "
    "a tanker was attacked near the Bab el-Mandeb Strait.",
    "A missile hit the MSC Palatium III on Friday, an official said, and nobody was hurt.",
])
def test_a_known_ship_first_told_nowhere_keeps_its_own_area(text: str) -> None:
    assert ("attack_on_shipping", "Red Sea", FRIDAY) in _all(text, FRIDAY)


def test_acts_told_as_almost_daily_are_no_act_of_a_day() -> None:
    # the campaign's course ("almost daily" at the clause's end, however long the act's object): no
    # row, nor a mention left without a day for other reports of a day to take in
    text = ("The rebels have fired drones and missiles into the Red Sea and the Gulf of Aden almost daily "
            "since their pause ended, a navy spokesman said on Monday.")
    read = read_events(make_article(text, dt.date(2024, 4, 30)), choose_topic("red-sea"))
    assert not read.events and not read.undated


def test_an_act_of_a_day_beside_almost_daily_attacks_is_read() -> None:
    text = ("The rebels fired a missile at a tanker in the Red Sea on Monday, after almost daily attacks "
            "in the past week, a navy spokesman said.")
    assert ("attack_on_shipping", "Red Sea", dt.date(2024, 4, 29)) in _all(text, dt.date(2024, 4, 30))
