"""Acts told together over two days (issues 22 and 23): the span's words are read as one sentence."""

from __future__ import annotations

import datetime as dt

from briefing.extract.events import extract_events
from briefing.text import all_sentences
from briefing.topic import choose_topic
from tests.conftest import make_article


def _sentences(text: str) -> list[str]:
    return [text[start:end] for _, start, end in all_sentences(text)]


def test_a_span_of_days_across_a_month_keeps_its_sentence_whole() -> None:
    text = ("Two frigates fought off drones and missiles in the Strait of Sudland Jan. 31-Feb. 1, "
            "according to a statement from the fleet. The convoy went on.")
    assert _sentences(text) == [
        "Two frigates fought off drones and missiles in the Strait of Sudland Jan. 31-Feb. 1, "
        "according to a statement from the fleet.",
        "The convoy went on."]


def test_a_sentence_still_ends_at_a_hyphenated_word_that_is_no_month() -> None:
    text = "The raid hit the depot on a re-run. Then the convoy went on."
    assert _sentences(text) == ["The raid hit the depot on a re-run.", "Then the convoy went on."]


def _red_sea(text: str, published: dt.date) -> set[tuple[str, str | None, dt.date | None]]:
    article = make_article(text, published)
    return {(e.type, e.country, e.date) for e in extract_events(article, choose_topic("red-sea"))}


def test_warships_that_defeated_a_range_of_launched_weapons_intercepted_them() -> None:
    # the command's words for an intercept of what the rebels fired, naming no munition
    text = ("Two U.S. destroyers successfully defeated a range of Houthi-launched weapons in the Gulf of "
            "Aden on Sunday, the command said.")
    assert ("intercept", "Gulf of Aden", dt.date(2024, 3, 10)) in _red_sea(text, dt.date(2024, 3, 12))
