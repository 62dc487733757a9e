"""Red Sea events missed across the development batches (issues 22 and 23, twenty-third session).

Two forms, each in our own words (invented ships, Norland):

- "US-led" written without its points ("a US-led airstrike campaign", "US-led strikes on Friday")
  named no one, while "U.S.-led" was read as the US: the strikes had no side and no row.
- Munitions the US side hit while they were "ready for launch", "poised for launch" or that the
  attackers "were preparing to launch" are a strike on the attackers, as "prepared to launch"
  already was, never an intercept of something fired at the US side.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from briefing.topic import choose_topic
from tests.conftest import make_article

PUBLISHED = dt.date(2024, 6, 15)  # a Saturday
FRIDAY = dt.date(2024, 6, 14)


def _rows(text: str, topic: str = "red-sea") -> set[tuple[str, dt.date | None]]:
    """The rows read (kind, day), dated and undated alike."""
    told = read_events(make_article(text, PUBLISHED), choose_topic(topic))
    return {(e.type, e.date) for e in (*told.events, *told.undated)}


@pytest.mark.parametrize("sentence", [
    "US-led strikes hit Houthi targets near Port Amsel on Friday.",
    "A US-led airstrike campaign has targeted the Houthis, with a series of strikes on Friday "
    "that killed at least nine people, the rebels say.",
    "American-led strikes hit Houthi radar sites in Yemen on Friday.",
])
def test_a_us_led_strike_without_points_is_the_us_side_s_strike(sentence: str) -> None:
    text = f"Strikes in Yemen\n\n{sentence}\n"
    assert ("us_strike", FRIDAY) in _rows(text)


def test_a_us_flagged_ship_is_still_no_agent() -> None:
    # the name before "-flagged" or "-owned" stays no one: the ship was hit, the US did nothing
    text = ("Ship hit off Yemen\n\n"
            "A US-flagged cargo ship was hit by a Houthi missile in the Gulf of Aden on Friday.\n")
    rows = _rows(text)
    assert ("attack_on_shipping", FRIDAY) in rows
    assert not any(kind in ("us_strike", "us_uk_strike") for kind, _ in rows)


@pytest.mark.parametrize("sentence", [
    "On Friday, US forces destroyed a Houthi anti-ship missile that was aimed at the sea and ready "
    "for launch.",
    "On Friday, US Navy jets intercepted several Houthi drones that the rebels were preparing to "
    "launch.",
    "On Friday, US forces destroyed two Houthi drones poised for launch near Port Amsel.",
])
def test_munitions_hit_before_launch_are_a_strike_not_an_intercept(sentence: str) -> None:
    text = f"Self-defense strike in Yemen\n\n{sentence}\n"
    rows = _rows(text)
    assert ("us_strike", FRIDAY) in rows
    assert not any(kind == "intercept" for kind, _ in rows)


def test_drones_shot_down_in_flight_are_still_an_intercept() -> None:
    text = ("Destroyer downs drones\n\n"
            "On Friday, the destroyer USS Norland shot down two Houthi drones over the Red Sea.\n")
    rows = _rows(text)
    assert ("intercept", FRIDAY) in rows
    assert not any(kind == "us_strike" for kind, _ in rows)
