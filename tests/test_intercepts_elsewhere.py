"""Whose intercept (issue 22, seventeenth session, branch sides18): a munition downed in another story
(aimed at a land outside the campaign, or downed by such a land) is no intercept of the US side's.
Sentences are our own, in the forms reports use, never an article's."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.topic import choose_topic
from tests.conftest import make_article

MON = dt.date(2024, 1, 22)  # "Sunday" is 21 January 2024


def _kinds(text: str) -> list[str]:
    return sorted(e.type for e in extract_article(make_article(text, MON), choose_topic("red-sea")).events)


@pytest.mark.parametrize("told", [
    # aimed at a land outside the campaign, no downer named
    "A Houthi missile fired at Eilat was shot down over the Red Sea on Sunday.",
    # downed by a side that is such a land
    "A Houthi missile was shot down over the Red Sea on Sunday by Israel's air defenses.",
    "A Houthi missile fired at Eilat was shot down over the Red Sea on Sunday by Israeli jets.",
])
def test_a_munition_downed_in_another_story_is_no_intercept(told: str) -> None:
    assert "intercept" not in _kinds(told)


@pytest.mark.parametrize("told", [
    "A Houthi missile was shot down over the Red Sea on Sunday.",
    "A Houthi missile fired toward Israel was shot down over the Red Sea on Sunday by a US destroyer.",
    "A Houthi missile fired at the USS Carney was shot down over the Red Sea on Sunday.",
    # the coalition's own ships count (fieldset/red-sea/README.md: coalition-only intercepts)
    "A Houthi drone fired at a tanker was shot down over the Red Sea on Sunday by a French frigate.",
])
def test_a_munition_downed_over_the_story_waters_stays_an_intercept(told: str) -> None:
    assert "intercept" in _kinds(told)
