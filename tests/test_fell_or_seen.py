"""A munition that came down on nothing ("failed in flight and impacted on land"), and a launch a
US side only saw ("forces detected the launch of a missile"), are no act: read as acts they gave a
US strike in Yemen and an attack on shipping that no source reports (nineteenth session, found by
the details' second pass building a red-sea week). Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from briefing.topic import choose_topic
from tests.conftest import make_article

TUESDAY = dt.date(2024, 1, 16)


def _kinds(text: str, profile: str) -> set[str]:
    article = make_article(text, TUESDAY)
    return {e.type for e in extract_events(article, choose_topic(profile)) if e.date is not None}


@pytest.mark.parametrize("text", [
    "On Monday, coalition forces detected the launch of a missile from Yemen, the command said.",
    "On Monday, US forces tracked a missile that failed in flight and impacted on land in Yemen.",
    "On Monday, a second missile failed in flight and impacted on land in Yemen, the command said.",
    "On Monday, a drone launched from Yemen crashed into the sea, the navy said.",
])
def test_a_munition_seen_or_fallen_on_nothing_is_no_act(text: str) -> None:
    assert _kinds(text, "red-sea") == set()


@pytest.mark.parametrize(("text", "profile", "kind"), [
    # neighbours: the same verbs on a target are still acts
    ("On Monday, a Houthi missile impacted on the deck of the tanker Ardent Star in the Red Sea.", "red-sea",
     "attack_on_shipping"),
    ("On Monday, US jets struck radar sites in Yemen, officials said.", "red-sea", "us_strike"),
    ("On Monday, two rockets landed inside a base hosting US troops in Syria, officials said.",
     "us-forces-iraq-syria", "attack_on_us_forces"),
])
def test_a_munition_that_hit_something_is_still_an_act(text: str, profile: str, kind: str) -> None:
    assert kind in _kinds(text, profile)
