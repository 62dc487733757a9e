"""A drone the US side owns, told as the subject's own noun phrase ("A US drone struck a car in
<a city> on Tuesday"), is the US's means: the act is a US strike. Before, the drone was taken for an
instrument of no side and the act was read as nothing (a reviewer's finding, nineteenth session).
Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from tests.conftest import make_article

THU = dt.date(2024, 2, 8)
TUE = dt.date(2024, 2, 6)


def _kinds(text: str) -> set[tuple[str, dt.date | None, str | None]]:
    return {(e.type, e.date, e.country) for e in extract_article(make_article(text, THU)).events}


@pytest.mark.parametrize("text", [
    "A US drone struck a car in Baghdad on Tuesday.",
    "An American drone struck a vehicle in Baghdad on Tuesday, killing a militia commander.",
])
def test_a_us_drone_as_the_subject_tells_a_us_strike(text: str) -> None:
    assert _kinds(text) == {("us_strike", TUE, "Iraq")}


@pytest.mark.parametrize("text", [
    # the US named elsewhere than the drone's own phrase: still the attackers' drone
    "US officials said a drone struck the base in Syria on Tuesday.",
    "A drone struck a US base in Syria on Tuesday.",
    "Militants fired a drone at US forces in Syria on Tuesday.",
])
def test_a_drone_the_us_does_not_own_is_still_an_attack(text: str) -> None:
    assert _kinds(text) == {("attack_on_us_forces", TUE, "Syria")}
