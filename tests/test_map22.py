"""The red-sea map places its events at sea as roughly as the reports allow (issue 21, the
twenty-second session, branch details22): a ship told by its distance off a port is drawn in the
water off that port with a dotted ring (near, never its position); an event told only by its sea
area is drawn with a wide dashed ring (anywhere in that sea); the key says which. Sentences are
ours; each test fails on the code before the change."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from matplotlib.path import Path as Outline

from briefing import charts, eventmap
from briefing.cli import main
from briefing.eventmap import MapData
from briefing.extract import extract_article
from briefing.model import Event
from briefing.topic import choose_topic
from tests.conftest import make_article

RED_SEA = "red-sea"
FRI = dt.date(2024, 2, 9)


def _where(text: str) -> tuple[str, str] | None:
    (attack,) = [e for e in extract_article(make_article(text, FRI), choose_topic(RED_SEA)).events
                 if e.type == "attack_on_shipping"]
    at = attack.details.coordinates
    return None if at is None else (at.place, at.precision)


@pytest.mark.parametrize(("text", "wanted"), [
    ("A drone struck a cargo ship in the Gulf of Aden on Thursday, the navy said.", ("Gulf of Aden", "sea")),
    ("A missile hit a tanker 57 nautical miles southeast of Aden on Thursday, the navy said.",
     ("off Aden", "offshore")),
    # the port's waters are more exact than the sea they are in
    ("A missile hit a tanker in the Red Sea, 60 nautical miles west of Hodeidah, on Thursday, the navy said.",
     ("off Hodeidah", "offshore")),
])
def test_an_attack_at_sea_is_placed_by_its_port_or_its_sea(text: str, wanted: tuple[str, str]) -> None:
    assert _where(text) == wanted


def test_every_point_at_sea_of_the_profile_is_in_the_water_of_its_map() -> None:
    topic = choose_topic(RED_SEA)
    shown = eventmap.region(topic.said.region)
    west, south, east, north = shown["box"]
    land = [Outline(ring) for country in shown["countries"] for ring in country["rings"]]
    at_sea = [p for p in topic.places if p.at is not None and p.at.precision in ("sea", "offshore")]
    assert {p.name for p in at_sea} >= {"Red Sea", "Gulf of Aden", "off Hodeidah", "off Aden"}
    for place in at_sea:
        assert place.at is not None and "(public domain)" in place.at.source
        assert west < place.at.lon < east and south < place.at.lat < north
        assert not any(outline.contains_point((place.at.lon, place.at.lat)) for outline in land), place.name


def test_rough_spots_draw_their_rings_and_the_key_says_how_rough_the_same_bytes_each_time() -> None:
    words = choose_topic(RED_SEA).said
    spots = (eventmap.spot(17.5, 40.4, "Red Sea", "attack_on_shipping", False, 2, False, words, "sea"),
             eventmap.spot(14.80, 42.26, "off Hodeidah", "attack_on_shipping", False, 1, False, words,
                           "offshore"))
    data = MapData(spots, ("Red Sea",), RED_SEA, words.countries)
    first = charts.render_chart(data)
    assert first == charts.render_chart(data)
    assert "anywhere in the named sea" in first and "off a named port: near, not its position" in first
    assert "Red Sea (2)" in first and "off Hodeidah" in first


@pytest.mark.parametrize(("country", "wanted"), [
    ("Gulf of Aden", ("Gulf of Aden", "sea")),  # a sea area told as the event's only place
    ("Yemen", None),  # a land's middle never places an event
])
def test_an_event_told_by_its_sea_alone_is_anywhere_in_it_and_by_its_land_alone_nowhere(
        country: str, wanted: tuple[str, str] | None) -> None:
    from briefing.extract.details import coordinates_of
    from briefing.extract.lexicon import lexicons

    at = coordinates_of((), lexicons(choose_topic(RED_SEA)), None, (), country)
    assert (None if at is None else (at.place, at.precision)) == wanted


def test_one_ring_goes_round_a_points_markers_and_is_grey_round_earlier_events_only() -> None:
    import re

    words = choose_topic(RED_SEA).said
    spots = (eventmap.spot(17.5, 40.4, "Red Sea", "attack_on_shipping", False, 1, False, words, "sea"),
             eventmap.spot(17.5, 40.4, "Red Sea", "intercept", False, 1, False, words, "sea"),
             eventmap.spot(12.11, 45.01, "off Aden", "attack_on_shipping", True, 1, False, words, "offshore"))
    svg = charts.render_chart(MapData(spots, ("Red Sea",), RED_SEA, words.countries))
    found = re.findall(r'<g id="(ring-\w+)">(.*?)</g>', svg, re.S)
    assert sorted(gid for gid, _ in found) == ["ring-offshore", "ring-sea"]  # one round the Red Sea's two
    rings = dict(found)
    assert "#5a5a5a" in rings["ring-offshore"] and "#5a5a5a" not in rings["ring-sea"]


def _attacks(text: str, topic: str) -> list[Event]:
    return list(extract_article(make_article(text, FRI), choose_topic(topic)).events)


def test_the_caption_names_only_the_rings_this_map_draws() -> None:
    # a week at sea: the caption explains the dashed ring; a week on land never speaks of the sea
    at_sea = _attacks("A drone struck a cargo ship in the Gulf of Aden on Thursday, the navy said.", RED_SEA)
    on_land = _attacks("Rockets hit Al-Asad Airbase in Iraq on Thursday, the Pentagon said.",
                       "us-forces-iraq-syria")
    assert eventmap.rings_drawn(at_sea) == {"sea"}
    assert eventmap.rings_drawn(on_land, []) == frozenset()
    assert eventmap.rings_drawn(on_land, at_sea) == {"sea"}


def test_a_week_on_land_has_no_word_of_rings_at_sea_in_its_caption(tmp_path: Path) -> None:
    clips = tmp_path / "in"
    clips.mkdir()
    (clips / "base.txt").write_text(
        "---\ntitle: Base hit\npublished: 2024-03-09\n---\n"
        "Militants fired rockets at the Al-Asad Airbase in Iraq on Thursday, officials said.\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(clips), "-o", str(tmp_path / "out"), "--html", "-q"])
    assert result.exit_code == 0, result.output
    (page,) = (tmp_path / "out").glob("*.html")
    html = page.read_text(encoding="utf-8")
    caption = re.search(r"<figcaption>Each event.*?</figcaption>", html, re.S)
    assert caption is not None and "Each event at its site or town" in caption.group(0)
    assert not re.search(r"\bsea\b|named port", caption.group(0))
