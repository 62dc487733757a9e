"""scripts/make_map_data.py writes a topic file's coordinates from the public-domain sources: each
place its gazetteer names gets its ``at`` line (rewritten, or added after its ``country``), and
nothing else of the file changes. The sources here are small stand-ins of ours."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import pickle
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT

TOPIC = '''[campaign]
name = "a toy story"

[[place]]
name = "Port Town"
country = "Toyland"
aliases = ["Port Town"]

[[place]]
name = "Old Base"
country = "Toyland"
site = true
at = { lat = 1.0, lon = 1.0, precision = "site", source = "an old guess" }
aliases = ["Old Base"]

[[place]]
name = "off Port Town"
country = "Toy Sea"
aliases = ["off Port Town"]

[[known_event]]
name = "Port Town"
country = "Toyland"
'''


def _script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_map_data", ROOT / "scripts" / "make_map_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_map_data", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _sources(tmp_path: Path) -> tuple[str, str]:
    places = tmp_path / "places.pkl"
    places.write_bytes(pickle.dumps({"cities": [("Port Town", "TL", 12.345678, 43.21)]}))
    airports = tmp_path / "airports.csv.gz"
    with gzip.open(airports, "wt", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["ident", "latitude_deg", "longitude_deg", "name"])
        writer.writerow(["TL-01", "12.5", "43.5", "Old Base Airfield"])
    return str(places), str(airports)


def test_places_writes_the_at_line_of_each_place_its_gazetteer_names(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = _script(monkeypatch)
    monkeypatch.setattr(script, "GAZETTEERS", {"toy": {
        "Port Town": ("ne", "Port Town|TL", "town", ""),
        "Old Base": ("oa", "TL-01", "site", "the base is the airfield")}})
    topic = tmp_path / "toy.toml"
    topic.write_text(TOPIC, encoding="utf-8")
    script.places(*_sources(tmp_path), str(topic))
    places = {p["name"]: p for p in tomllib.loads(topic.read_text(encoding="utf-8"))["place"]}
    assert places["Port Town"]["at"] == {
        "lat": 12.3457, "lon": 43.21, "precision": "town",
        "source": "Natural Earth populated places (public domain): Port Town"}
    assert places["Old Base"]["at"] == {
        "lat": 12.5, "lon": 43.5, "precision": "site",
        "source": "OurAirports 2022-10-11 (public domain): TL-01 Old Base Airfield, the base is the airfield"}
    assert "at" not in places["off Port Town"]  # at sea: listed beside the map, never drawn
    lines = topic.read_text(encoding="utf-8").split("\n")
    assert lines[lines.index('name = "Port Town"') + 2].startswith("at = {")  # after its country
    assert len(lines) == len(TOPIC.split("\n")) + 1  # one line added; the known event is no place


def test_places_refuses_a_topic_without_a_place_its_gazetteer_names(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = _script(monkeypatch)
    monkeypatch.setattr(script, "GAZETTEERS", {"toy": {"Lost Town": ("ne", "Port Town|TL", "town", "")}})
    topic = tmp_path / "toy.toml"
    topic.write_text(TOPIC, encoding="utf-8")
    with pytest.raises(SystemExit, match="no place named Lost Town"):
        script.places(*_sources(tmp_path), str(topic))
    assert topic.read_text(encoding="utf-8") == TOPIC


def test_every_shipped_gazetteer_names_only_its_profiles_places(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.topic import choose_topic

    for profile, gazetteer in _script(monkeypatch).GAZETTEERS.items():
        placed = {p.name: p.at for p in choose_topic(profile).places}
        assert set(gazetteer) <= set(placed), profile
        assert all(placed[name] is not None and placed[name].precision == entry[2]  # type: ignore[union-attr]
                   for name, entry in gazetteer.items()), profile
