"""Acts told together over two days (issues 22 and 23): the span's words are read as one sentence."""

from __future__ import annotations

from briefing.text import all_sentences


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

