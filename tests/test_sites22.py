"""Twenty-second session, issue 21: an attack on a ship told only by a port town is drawn in the
port's waters, never on land; a strike on the town stays in it."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.errors import SettingsError
from briefing.extract import extract_article
from briefing.topic import choose_topic, parse_topic
from tests.conftest import make_article

RED_SEA = "red-sea"
FRI = dt.date(2024, 2, 9)


def _placed(text: str, kind: str) -> tuple[str, str] | None:
    found = extract_article(make_article(text, FRI), choose_topic(RED_SEA)).events
    events = [e for e in found if e.type == kind]
    assert events, text
    at = events[0].details.coordinates
    return None if at is None else (at.place, at.precision)


@pytest.mark.parametrize("text", [
    "A drone struck a cargo ship near Hodeidah on Thursday, the navy said.",
    "A merchant vessel was hit by a missile near the port of Hodeidah on Thursday, the navy said.",
])
def test_a_ship_hit_near_a_port_town_is_drawn_off_the_port(text: str) -> None:
    assert _placed(text, "attack_on_shipping") == ("off Hodeidah", "offshore")


def test_a_ship_near_aden_is_drawn_in_the_gulf_off_aden() -> None:
    assert _placed("A missile struck a tanker near Aden on Thursday, the navy said.",
                   "attack_on_shipping") == ("off Aden", "offshore")


def test_a_strike_on_the_port_town_stays_on_land() -> None:
    text = "US jets struck Houthi radar sites in Hodeidah on Thursday, the Pentagon said."
    found = extract_article(make_article(text, FRI), choose_topic(RED_SEA)).events
    placed = [e.details.coordinates for e in found if e.details.coordinates is not None]
    assert placed and all((c.place, c.precision) == ("Hodeidah", "town") for c in placed)


def test_an_offshore_that_names_no_offshore_place_is_refused() -> None:
    import tomllib

    from briefing.topic import TOPICS

    data = tomllib.loads((TOPICS / f"{RED_SEA}.toml").read_text())
    for place in data["place"]:
        if place["name"] == "Aden":
            place["offshore"] = "Red Sea"  # a sea's point, not a port's waters
    with pytest.raises(SettingsError, match="offshore"):
        parse_topic(data, "test")


def _facilities(text: str) -> list[str]:
    found = extract_article(make_article(text, FRI), choose_topic(None)).events
    return [f.written or f.name for e in found for f in e.details.facilities]


@pytest.mark.parametrize(("text", "wanted"), [
    ("A US drone fired two missiles at the headquarters in eastern Baghdad of Kataib Hezbollah on Thursday, "
     "the Pentagon said.", "headquarters of Kataib Hezbollah"),
    ("US jets struck two depots in eastern Syria of the Islamic Revolutionary Guard Corps on Thursday, "
     "officials said.", "two depots of the Islamic Revolutionary Guard Corps"),
])
def test_whose_installation_told_by_of_after_where_it_is(text: str, wanted: str) -> None:
    assert _facilities(text) == [wanted]


def test_of_after_a_place_that_names_no_owner_is_no_installation() -> None:
    assert _facilities("US jets struck sites in the area of the river valley in Syria on Thursday, "
                       "officials said.") == []
