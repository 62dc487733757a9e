"""The map's region is the story's (its profile's ``[map] region``, a shipped briefing/maps/NAME.json):
red-sea's places on land are drawn where they are, its events at sea as roughly as the reports
place them (off a port, anywhere in a sea), and every region's map is the same bytes each build,
with no network. Clippings are written in our words."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import socket
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import charts, eventmap
from briefing.cli import main
from briefing.errors import BriefingError
from briefing.eventmap import MapData, map_figure
from briefing.model import Briefing, Coordinates, Details, Event, Evidence, Extraction, Period
from briefing.topic import MAPS, TOPICS, choose_topic, parse_topic, shipped_profiles, shipped_regions

RED_SEA = "red-sea"
CLIPS = {  # (published, text): a strike at a port, an attack in a sea, an attack off a port
    "strike.txt": ("2024-02-09", "US and British warplanes struck Houthi radar sites in Hodeidah on "
                                 "Thursday, the Pentagon said."),
    "sea.txt": ("2024-02-08", "The Houthis fired a missile at a bulk carrier in the Red Sea on Wednesday, "
                              "damaging the ship."),
    "off.txt": ("2024-02-07", "A tanker was struck by a missile 60 nautical miles west of Hodeidah on "
                              "Tuesday, the maritime agency said. The Houthis claimed the attack."),
}


def test_each_shipped_profile_chooses_a_shipped_region() -> None:
    assert shipped_regions() == ("iraq-syria", "red-sea")
    regions = {name: choose_topic(name).said.region for name in shipped_profiles()}
    assert regions == {"red-sea": "red-sea", "us-forces-iraq-syria": "iraq-syria"}
    assert all(choose_topic(name).said.mapped for name in shipped_profiles())


@pytest.mark.parametrize("region", ["iraq-syria", "red-sea"])
def test_the_map_draws_the_region_it_is_given(region: str) -> None:
    axes = map_figure(MapData((), (), region)).axes[0]
    west, south, east, north = json.loads((MAPS / f"{region}.json").read_text(encoding="utf-8"))["box"]
    assert axes.get_xlim() == (west, east) and axes.get_ylim() == (south, north)


def _red_sea(**changes: object) -> dict[str, object]:
    with (TOPICS / "red-sea.toml").open("rb") as stream:
        data = tomllib.load(stream)
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_a_profile_without_a_map_table_has_no_map() -> None:
    words = parse_topic(_red_sea(map=None), "ours.toml").said
    assert (words.region, words.mapped) == ("", False)


def test_a_region_that_is_not_shipped_is_one_line_naming_those_that_are() -> None:
    with pytest.raises(BriefingError) as raised:
        parse_topic(_red_sea(map={"region": "atlantis"}), "ours.toml")
    assert ("[map]: region 'atlantis' is not a shipped region (shipped: iraq-syria, red-sea)"
            in raised.value.message)


def _build(tmp_path: Path) -> tuple[dict[str, object], str]:
    clips = tmp_path / "in"
    clips.mkdir()
    for name, (day, text) in CLIPS.items():
        (clips / name).write_text(f"---\ntitle: {name}\npublished: {day}\n---\n{text}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(clips), "-o", str(tmp_path / "out"), "--html", "-q",
                                       "--topic", RED_SEA])
    assert result.exit_code == 0, result.output
    (data,) = (tmp_path / "out").glob("*.json")
    (page,) = (tmp_path / "out").glob("*.html")
    return json.loads(data.read_text(encoding="utf-8")), page.read_text(encoding="utf-8")


def test_a_red_sea_strike_at_a_port_is_placed_and_attacks_at_sea_are_drawn_as_roughly_as_told(
        tmp_path: Path) -> None:
    """Changed in the twenty-second session (issue 21: "the map must place each event"): an attack
    in a sea, or a ship's distance off a port, was listed beside the map; it is drawn now with a
    ring that says how roughly, never at the port itself."""
    data, html = _build(tmp_path)
    events = {e["type"] + ":" + ",".join(e["places"]): e for e in data["events"]}  # type: ignore[attr-defined]
    at = events["us_uk_strike:Hodeidah"]["details"]["coordinates"]
    assert (at["place"], at["precision"]) == ("Hodeidah", "town") and "(public domain)" in at["source"]
    sea = events["attack_on_shipping:Red Sea"]["details"]["coordinates"]
    off = events["attack_on_shipping:off Hodeidah"]["details"]["coordinates"]
    assert (sea["place"], sea["precision"]) == ("Red Sea", "sea")
    assert (off["place"], off["precision"]) == ("off Hodeidah", "offshore")
    assert off["lon"] < at["lon"] - 0.5  # in the water west of the port, not at it
    section = html[html.index('<section id="map">'):]
    svg = base64.b64decode(re.search(r'base64,([^"]+)"', section).group(1)).decode()  # type: ignore[union-attr]
    assert ">Hodeidah</text>" in svg and "US/UK strike, in the period" in svg
    assert "anywhere in the named sea" in svg and "off a named port: near, not its position" in svg
    assert "Not on the map" not in section[:section.index("</section>")]


def test_the_red_sea_map_is_the_same_bytes_every_time_and_reads_no_network(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_: object, **__: object) -> None:
        raise AssertionError("the map tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    words = choose_topic(RED_SEA).said
    spots = (eventmap.spot(14.7999, 42.951, "Hodeidah", "us_uk_strike", False, 2, False, words),
             eventmap.spot(13.6064, 44.0375, "Mokha", "us_strike", True, 1, True, words))
    data = MapData(spots, ("Yemen",), RED_SEA, words.countries)
    first = charts.render_chart(data)
    assert first == charts.render_chart(data)
    assert charts.render_png(data) == charts.render_png(data)
    assert "Hodeidah (2)" in first and "YEMEN" in first and "Gulf of Aden" in first and "Djibouti" in first


def test_coordinates_that_stand_for_a_whole_country_are_never_drawn() -> None:
    day = dt.date(2024, 2, 8)
    whole = Coordinates(15.5, 47.5, "country", "Yemen", "a country's middle")
    event = Event(id="e", type="us_strike", date=day, date_precision="day", country="Yemen", places=(),
                  actors=(), weapons=(), summary="", sources=(Evidence("a", 0, 1, "x"),),
                  details=Details(coordinates=whole))
    briefing = Briefing("t", Period(day, day, "p"), None, Extraction((), (), ()), (), (event,), (), (), (),
                        ())
    assert eventmap.map_data(briefing).spots == ()
    assert eventmap.unplaced([event]) == [event]


@pytest.mark.parametrize("region", ["iraq-syria", "red-sea"])
def test_every_region_claims_only_public_domain_sources(region: str) -> None:
    shipped = eventmap.region(region)["source"]
    assert "(public domain)" in shipped["borders"] and "(public domain)" in shipped["cities"]
    assert not [s for s in shipped.values() if "GeoNames" in s or "CC BY" in s]


def test_markers_at_places_a_few_kilometres_apart_stand_side_by_side_west_to_east() -> None:
    """A strike on Sanaa's airport's air base and a strike on the city the same week: the two
    markers never cover each other, and the western place's stays on the west."""
    words = choose_topic(RED_SEA).said
    city = eventmap.spot(15.3567, 44.2046, "Sanaa", "us_uk_strike", False, 1, False, words)
    base = eventmap.spot(15.4763, 44.2197, "Al-Dailami airbase", "us_strike", False, 1, False, words)
    figure = map_figure(MapData((base, city), ("Yemen",), RED_SEA, words.countries))
    renderer = figure.canvas.get_renderer()
    drawn = {line.get_marker(): line.get_window_extent(renderer) for line in figure.axes[0].lines
             if line.get_zorder() >= 5}
    assert not drawn["P"].overlaps(drawn["s"])
    assert drawn["P"].x1 <= drawn["s"].x0


def test_a_row_of_near_places_is_not_one_group_that_pushes_its_markers_apart() -> None:
    # six places of one kind in a row, each a little east of the last: markers of neighbours are
    # set side by side, but none is drawn more than a step from where its events were
    from briefing.names import default_words

    words = default_words()
    row = [eventmap.spot(33.0, 40.0 + 0.3 * i, f"Place {i}", "attack_on_us_forces", False, 1, False, words)
           for i in range(6)]
    shifts = eventmap._shifts(row, 0.4)
    assert max(abs(shift) for shift in shifts.values()) <= eventmap.STEP / 2
    # two kinds at one place still stand side by side
    pair = [eventmap.spot(33.0, 40.0, "Place", kind, False, 1, False, words)
            for kind in ("attack_on_us_forces", "us_strike")]
    assert sorted(eventmap._shifts(pair, 0.4).values()) == [-eventmap.STEP / 2, eventmap.STEP / 2]
