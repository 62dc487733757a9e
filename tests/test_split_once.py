"""The dating splits only the sentences it reads, and the events ask which known events a page names
only for an act that may be one (issue 22, tenth pass): each gives what the whole split or the whole
question gave. Texts written here, in the forms pages use."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import dates
from briefing.extract import events, extract_article
from briefing.screen import Screen
from briefing.text import all_sentences
from tests.conftest import make_article

_PIECES = st.sampled_from(["The base was hit since March.", "Strikes followed", "on Monday.", "Oct.", "17",
                           "since", "Since May", "U.S.", "a. b.", "—", "\n", "\n\n", "  ", "attacked",
                           "Officials said so.", "(Reuters) -", "since Oct. 17,", "x" * 40])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=30), st.integers(min_value=0, max_value=5))
def test_the_first_sentences_are_those_of_the_whole_split(pieces: list[str], count: int) -> None:
    text = " ".join(pieces)
    assert list(dates._first_sentences(text, count)) == [(s, e) for _, s, e in all_sentences(text)[:count]]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=30))
def test_the_sentences_holding_a_word_are_those_of_the_whole_split(pieces: list[str]) -> None:
    text = " ".join(pieces)
    words = Screen.of(dates._SINCE_MONTH)
    holding = list(dates._sentences_holding(text, words))
    every = [(s, e) for _, s, e in all_sentences(text)]
    assert [x for x in holding if x not in every] == []  # (each one of the whole split's, in order)
    assert holding == sorted(holding)
    assert [x for x in every if words.may_match(text[x[0]:x[1]])] == [
        x for x in holding if words.may_match(text[x[0]:x[1]])]


def test_a_since_before_the_campaign_is_found_as_before() -> None:
    text = ("Clipped 2024-01-01\n\nThe weather was mild.\n\n"
            "The group has claimed retaliatory strikes since February.")
    assert dates._since_before_start(text, dt.date(2024, 1, 1), dt.date(2023, 10, 17)) == "since February"
    assert dates._since_before_start(text.replace("since", "after"), dt.date(2024, 1, 1),
                                     dt.date(2023, 10, 17)) is None


def test_the_known_events_are_not_asked_about_for_a_page_whose_acts_are_dated(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def asked(*_: object) -> bool:
        raise AssertionError("asked which known events a page names")

    monkeypatch.setattr(events, "_named_only_as_before", asked)
    # (the page names a known event, Tower 22, with no act of its own)
    found = extract_article(make_article("A drone attack targeted US forces at Al-Asad Airbase in Iraq on "
                                         "Sunday, officials said. Tower 22 is a small outpost.",
                                         dt.date(2024, 1, 29)))
    assert [e.date for e in found.events] == [dt.date(2024, 1, 28)]
