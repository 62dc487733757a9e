"""A participle's phrase opening a sentence names its own object, never the main verb's subject
(issue 23, twentieth session). Sentences are our own, written in the forms real reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from tests.conftest import make_article

PUB = dt.date(2024, 3, 6)  # a Wednesday


def kinds(text: str) -> set[str]:
    return {e.type for e in extract_events(make_article(text, PUB))}


@pytest.mark.parametrize("text", [
    "Targeting U.S. forces, the group launched drones at a base in Syria on Monday.",
    "Targeting American troops, the fighters fired rockets at an outpost in Syria on Monday.",
])
def test_the_object_of_an_opening_participle_is_not_the_agent(text: str) -> None:
    assert "us_strike" not in kinds(text)
    assert kinds(text) == {"attack_on_us_forces"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Targeting U.S. forces, Kataib Hezbollah launched drones at a base in Syria on Monday.",
     {"attack_on_us_forces"}),
    ("Targeting a militia depot, US jets struck a site in Syria on Monday.", {"us_strike"}),
    ("Firing rockets at the base, militants attacked U.S. forces in Syria on Monday.",
     {"attack_on_us_forces"}),
    # a source, not a participle's phrase: "its" stands for the source named before the comma
    ("According to the Pentagon, its forces struck three sites in Iraq on Monday.", {"us_strike"}),
])
def test_the_subject_after_the_phrase_still_gives_the_kind(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected
