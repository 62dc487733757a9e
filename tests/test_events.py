"""Events from wire-style sentences we wrote, and on the samples."""

from __future__ import annotations

import datetime as dt

from briefing.extract.events import extract_events
from briefing.extract.lexicon import lexicons
from briefing.topic import load_topic
from tests.conftest import make_article

PUB = dt.date(2023, 12, 26)  # a Tuesday


def test_strike_in_two_countries_is_two_events() -> None:
    text = "U.S. warplanes struck three facilities in Iraq and Syria on Monday, the Pentagon said."
    events = extract_events(make_article(text, PUB))
    assert {(e.type, e.country, e.date) for e in events} == {
        ("us_strike", "Iraq", dt.date(2023, 12, 25)), ("us_strike", "Syria", dt.date(2023, 12, 25))}


def test_attack_and_retaliation_in_one_sentence_take_their_own_dates() -> None:
    text = ("Tuesday's strikes on Kataib Hezbollah sites in Iraq came after a one-way drone attack "
            "on U.S. forces at Erbil air base on Monday wounded three U.S. service members.")
    events = {e.type: e for e in extract_events(make_article(text, PUB))}
    assert events["us_strike"].date == dt.date(2023, 12, 26)
    assert events["attack_on_us_forces"].date == dt.date(2023, 12, 25)
    assert "Erbil" in events["attack_on_us_forces"].places
    assert "Kataib Hezbollah" in events["us_strike"].actors


def test_conditional_strikes_are_not_events() -> None:
    text = "Officials warned the United States could strike militia sites in Syria on Friday."
    assert extract_events(make_article(text, PUB)) == []


def places(text: str) -> list[str]:
    return lexicons(load_topic()).places.names(text)


def test_gazetteer_spellings_merge() -> None:
    assert places("near Albu Kamal") == places("near Al Bukamal") == ["Abu Kamal"]
    assert places("at Ain al-Asad") == places("at AIN AL ASSAD") == ["Al-Asad Airbase"]
