"""Rows no source reports (issue 23, sixteenth session, branch trust17): forms a desk finds in many
outlets, each read as the act it is, or as no act. Sentences are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from briefing.ingest import boilerplate
from briefing.topic import choose_topic
from tests.conftest import make_article

SAT = dt.date(2024, 2, 3)  # a Saturday: "Friday" is 2 February


def _dated(text: str, story: str | None = None) -> list[tuple[str, dt.date | None]]:
    topic = choose_topic(story) if story else None
    found = read_events(make_article(text, SAT), topic) if topic else read_events(make_article(text, SAT))
    return sorted((e.type, e.date) for e in found.events)


@pytest.mark.parametrize("caption", [
    # a photo's day under its credit, as outlets print both: the day the photo was taken
    "Workers clear debris after a U.S. airstrike in Sudtown, Iraq on February 3, 2024. Photo: Ministry "
    "media office via AP",
    "Workers clear debris after a U.S. airstrike in Sudtown, Iraq, February 3, 2024. | Photo Credit: AP",
    "Workers clear debris after a U.S. airstrike in Sudtown, Iraq, February 3, 2024. (credit: J. ROE/AGENCY)",
    "Workers clear debris after a U.S. airstrike in Sudtown, Iraq, February 3, 2024. (credit: VIA AGEN",
    "Jets take off for strikes on groups in Iraq on February 3, 2024 [Defence Ministry/News Agency]",
    "Jets take off for strikes on groups in Iraq on February 3, 2024 [File: Jane Roe/Agency]",
])
def test_a_captions_day_under_its_credit_dates_no_act(caption: str) -> None:
    text = f"U.S. strikes Iraq\n\n{caption}\n\nU.S. jets struck two depots in Iraq on Friday, officials said."
    assert _dated(text) == [("us_strike", dt.date(2024, 2, 2))]
    assert "debris" not in boilerplate(text) and "take off" not in boilerplate(text)


def test_a_caption_run_on_after_its_lede_dates_no_act() -> None:
    text = ("U.S. strikes Yemen\n\nU.S. jets struck two depots in Yemen on Friday, officials said. Pictured: "
            "fighters march in Sanaa against the US strikes on Yemen on January 22, 2024\n")
    clean = boilerplate(text)
    assert "jets struck two depots" in clean and "fighters march" not in clean
    assert _dated(text, "red-sea") == [("us_strike", dt.date(2024, 2, 2))]


@pytest.mark.parametrize("paragraph", [
    # no credit closing the paragraph
    "The Pentagon released a photo of the depots. Photo analysts said the strike hit them.",
    "The ministry said the strike was a credit to its crews (the jets, it said, flew low).",
    "A statement said the strikes [on depots/launchers] ended on Friday.",  # brackets inside the sentence
])
def test_a_paragraph_with_such_words_but_no_closing_credit_stays(paragraph: str) -> None:
    text = f"U.S. strikes Iraq\n\n{paragraph}\n\nU.S. jets struck two depots in Iraq on Friday.\n"
    assert paragraph in boilerplate(text)
