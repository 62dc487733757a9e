"""Briefing -> a map of the period's events (matplotlib, no network, the same bytes every build).

Borders and main cities come from ``maps/region.json``, made once by
``scripts/make_map_data.py`` from Natural Earth's 1:110m countries (public domain) and
GeoNames' populated places (CC BY 4.0). Each event is drawn at the coordinates its record
carries (from the topic's gazetteer); an event known only to its country has none and is
listed beside the map, never drawn at the country's middle. Attacks and strikes differ by
marker shape and fill, earlier (context) events are lighter, so the map reads in black and white.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import Briefing, Event, EventType

if TYPE_CHECKING:
    from matplotlib.axes import Axes

REGION = Path(__file__).with_name("maps") / "region.json"
# event type -> (marker, fill): a black triangle for an attack, a white square for a strike
MARKERS: dict[EventType, tuple[str, str]] = {"attack_on_us_forces": ("^", "#000000"),
                                             "us_strike": ("s", "#ffffff"),
                                             "self_defense_strike": ("D", "#ffffff")}
CAMPAIGN_FILL, OTHER_FILL = "#ffffff", "#eeeeee"


@dataclass(frozen=True)
class Spot:
    """Events of one type drawn at one place: ``context`` ones (before the period) lighter;
    ``province``: placed at the province's seat, not at the place itself."""

    lat: float
    lon: float
    place: str
    type: EventType
    context: bool
    count: int
    province: bool


@dataclass(frozen=True)
class MapData:
    """All the map is drawn from: the spots and the countries the campaign spans."""

    spots: tuple[Spot, ...]
    countries: tuple[str, ...]
    metric: str = "map"

    def key(self) -> str:
        from .charts import _digest

        return _digest((self.metric, self.spots, self.countries, region_digest()))


def map_data(briefing: Briefing) -> MapData:
    """The spots of the period's events and of the earlier ones shown as context."""
    counted: Counter[tuple[float, float, str, EventType, bool, bool]] = Counter()
    for context, events in ((True, briefing.context), (False, briefing.chronology)):
        for event in events:
            at = event.details.coordinates
            if at is not None:
                counted[(at.lat, at.lon, at.place, event.type, context, at.precision == "province")] += 1
    spots = tuple(Spot(lat, lon, place, kind, context, n, province)
                  for (lat, lon, place, kind, context, province), n in sorted(counted.items()))
    countries = tuple(sorted({e.country for e in (*briefing.chronology, *briefing.context) if e.country}))
    return MapData(spots, countries)


def unplaced(events: Iterable[Event]) -> list[Event]:
    """Events the map cannot place: known only to their country (or not even that)."""
    return [e for e in events if e.details.coordinates is None]


@functools.lru_cache(maxsize=1)
def region() -> dict[str, Any]:
    with REGION.open(encoding="utf-8") as stream:
        data: dict[str, Any] = json.load(stream)
    return data


@functools.lru_cache(maxsize=1)
def region_digest() -> str:
    import hashlib

    return hashlib.sha256(REGION.read_bytes()).hexdigest()


def map_figure(data: MapData, campaign: Sequence[str] = ("Iraq", "Syria", "Jordan")) -> Any:
    """The map: borders, main cities, then the events, period above context."""
    import matplotlib

    from .charts import RC, new_figure

    with matplotlib.rc_context({**RC, "axes.spines.top": True, "axes.spines.right": True}):
        figure = new_figure(6.6, 4.6)
        axes = figure.add_subplot()
        west, south, east, north = region()["box"]
        _borders(axes, set(campaign) | set(data.countries))
        _cities(axes, {s.place for s in data.spots if not s.context})
        for spot in sorted(data.spots, key=lambda s: (not s.context, s.type, s.lat, s.lon)):
            _spot(axes, spot)
        axes.set_xlim(west, east)
        axes.set_ylim(south, north)
        axes.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
        axes.set_xticks([])
        axes.set_yticks([])
        axes.legend(handles=_legend(data), loc="lower left", fontsize=6, framealpha=1, edgecolor="#000000")
        figure.tight_layout()
        figure.canvas.draw()  # the aspect is applied when drawn: labels are measured after it
        _label_spots(axes, [s for s in data.spots if not s.context])
    return figure


def _borders(axes: Axes, campaign: set[str]) -> None:
    for country in region()["countries"]:
        inside = country["name"] in campaign
        for ring in country["rings"]:
            xs, ys = zip(*ring, strict=True)
            axes.fill(xs, ys, facecolor=CAMPAIGN_FILL if inside else OTHER_FILL, edgecolor="#000000",
                      linewidth=0.8 if inside else 0.4, zorder=1)
        if inside:
            x, y = _middle(country["rings"])
            axes.text(x, y, country["name"].upper(), fontsize=9, color="#999999", ha="center", va="center",
                      zorder=2)


def _middle(rings: list[list[list[float]]]) -> tuple[float, float]:
    """Where a country's name goes: the middle of its largest outline's extent."""
    ring = max(rings, key=len)
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2 - 0.6


def _cities(axes: Axes, named: set[str]) -> None:
    """Main cities as grey dots with their names; a city an event label names is not named twice."""
    for city in region()["cities"]:
        axes.plot(city["lon"], city["lat"], marker="o", markersize=2.5, color="#777777", zorder=3)
        if city["name"] in named:
            continue
        axes.annotate(city["name"], (city["lon"], city["lat"]), textcoords="offset points", xytext=(3, -7),
                      fontsize=5.5, color="#555555", zorder=3)


def _spot(axes: Axes, spot: Spot) -> None:
    marker, fill = MARKERS[spot.type]
    edge = "#999999" if spot.context else "#000000"
    face = ("#cccccc" if fill == "#000000" else "#ffffff") if spot.context else fill
    size = (4.5 if spot.context else 6.5) + min(spot.count - 1, 4)
    if spot.province:  # a dotted ring: placed at the province's seat, not at the place
        axes.plot(spot.lon, spot.lat, marker="o", markersize=size + 7, markerfacecolor="none",
                  markeredgecolor=edge, markeredgewidth=0.6, linestyle="none", zorder=4)
    axes.plot(spot.lon, spot.lat, marker=marker, markersize=size, markerfacecolor=face, markeredgecolor=edge,
              markeredgewidth=0.8, linestyle="none", zorder=6 if not spot.context else 5)


def _legend(data: MapData) -> list[Any]:
    from matplotlib.lines import Line2D

    def handle(marker: str, face: str, edge: str, label: str, size: float = 6) -> Line2D:
        return Line2D([], [], marker=marker, markerfacecolor=face, markeredgecolor=edge, linestyle="none",
                      markersize=size, label=label)

    handles = [handle("^", "#000000", "#000000", "attack on US forces"),
               handle("s", "#ffffff", "#000000", "US strike"), handle("D", "#ffffff", "#000000",
                                                                     "US self-defence strike")]
    if any(s.context for s in data.spots):
        handles.append(handle("^", "#cccccc", "#999999", "earlier, for context (lighter)", 4.5))
    if any(s.province for s in data.spots):
        handles.append(handle("o", "none", "#000000", "placed at its province's seat", 10))
    return handles


def _label_spots(axes: Axes, spots: Sequence[Spot]) -> None:
    """The place's name (and how many events, when more than one) beside each of the period's
    spots, at the first spot around it clear of the labels and markers already drawn."""
    from .charts import SPOTS, Taken, place_label

    renderer = axes.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    # the cities' and countries' names may be covered before another label is: they are "markers"
    taken = Taken(axes.get_window_extent(renderer), [],
                  [*(t.get_window_extent(renderer).padded(PAD) for t in axes.texts),
                   *(_marker_box(axes, s) for s in spots)])
    named: dict[tuple[float, float], list[Spot]] = {}
    for spot in spots:
        named.setdefault((spot.lat, spot.lon), []).append(spot)
    for (lat, lon), here in sorted(named.items()):
        count = sum(s.count for s in here)
        text = here[0].place + (f" ({count})" if count > 1 else "")
        place_label(axes, (lon, lat), text, SPOTS, taken, size=6).set_gid("spot-label")


PAD = 1.5  # pixels kept clear around a label


def _marker_box(axes: Axes, spot: Spot) -> Any:
    """The drawn extent of a spot's marker, which no label may cover."""
    from matplotlib.transforms import Bbox

    x, y = axes.transData.transform((spot.lon, spot.lat))
    half = 4.5 * axes.figure.dpi / 72
    return Bbox.from_extents(x - half, y - half, x + half, y + half)
