"""Briefing -> a map of the period's events (matplotlib, no network, the same bytes every build).

Borders, main cities and seas' names come from the region the story's profile names
(``[map] region``: ``maps/NAME.json``), made once by ``scripts/make_map_data.py`` from
Natural Earth's 1:110m countries and 1:10m populated places (both public domain). Each event is
drawn at the coordinates its record carries (from the topic's gazetteer); an event known only to
its country has none and is listed beside the map, never drawn at the country's middle. An event at
sea told only by its distance off a port, or only by its sea area, is drawn with a ring that says
how roughly: dotted, in the water off the port (near, never its position); dashed and wide, anywhere
in the sea (the sea's point stands for the whole of it).
Attacks and strikes differ by marker shape and fill, earlier (context) events are grey, so the
map reads in black and white; the legend names only the kinds of marker drawn.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .model import Briefing, Coordinates, Event, EventType
from .names import StoryWords
from .rows import unnamed_site
from .topic import MAPS

if TYPE_CHECKING:
    from matplotlib.axes import Axes

# a kind's series -> its fill: attacks black, strikes white (the marker is the kind's, in its profile)
FILLS = {"attacks": "#000000", "strikes": "#ffffff"}
CAMPAIGN_FILL, OTHER_FILL = "#ffffff", "#eeeeee"
# how roughly a spot places its events at sea: "" a point (or a province's seat), "offshore" off a
# named port, "sea" anywhere in a sea area (the coordinates' precision, docs/schema.md)
Rough = Literal["", "offshore", "sea"]
# a rough spot's ring: (line style, points added to the marker's size, the key's words)
RINGS: dict[str, tuple[Literal[":", "--"], float, str]] = {
    "offshore": (":", 9.0, "off a named port: near, not its position"),
    "sea": ("--", 16.0, "anywhere in the named sea"),
}


@dataclass(frozen=True)
class Spot:
    """Events of one type drawn at one place: ``context`` ones (before the period) lighter;
    ``province``: placed at the province's seat, not at the place itself; ``rough``: at sea, placed
    only off a port or anywhere in a sea area (:data:`RINGS`)."""

    lat: float
    lon: float
    place: str
    type: EventType
    context: bool
    count: int
    province: bool
    marker: str = "^"  # its kind's (the profile's [kind.*] marker)
    fill: str = "#000000"
    legend: str = ""  # its kind's words in the legend
    rough: Rough = ""
    seat: str = ""  # a ``province`` spot's province, named in its label (the point is the seat's)


@dataclass(frozen=True)
class MapData:
    """All the map is drawn from: the spots, the countries the events happened in, the region
    drawn (``maps/NAME.json``) and the story's ``campaign`` countries (drawn and named, with the
    events' countries, as the story's)."""

    spots: tuple[Spot, ...]
    countries: tuple[str, ...]
    region: str
    campaign: tuple[str, ...] = ()
    metric: str = "map"
    size: ClassVar[tuple[float, float]] = (6.6, 4.6)  # inches

    def key(self) -> str:
        from .charts import _digest

        return _digest((self.metric, self.spots, self.countries, self.campaign, self.region,
                        region_digest(self.region)))


def spot(lat: float, lon: float, place: str, kind: EventType, context: bool, count: int, province: bool,
         words: StoryWords, rough: Rough = "") -> Spot:
    """A spot of events of one kind, drawn with its kind's marker and legend words."""
    words_of = words.kind(kind)
    seat = dict(words.seats).get(place, "") if province else ""
    return Spot(lat, lon, place, kind, context, count, province, words_of.marker, FILLS[words_of.series],
                words_of.legend, rough, seat)


def map_data(briefing: Briefing) -> MapData:
    """The spots of the period's events and of the earlier ones shown as context."""
    counted: Counter[tuple[float, float, str, EventType, bool, bool, Rough]] = Counter()
    for context, events in ((True, briefing.context), (False, briefing.chronology)):
        for event in events:
            at = drawn_at(event)
            if at is not None:
                counted[(at.lat, at.lon, at.place, event.type, context, at.precision == "province",
                         rough_of(at))] += 1
    spots = tuple(spot(lat, lon, place, kind, context, n, province, briefing.said, rough)
                  for (lat, lon, place, kind, context, province, rough), n in sorted(counted.items()))
    countries = tuple(sorted({e.country for e in (*briefing.chronology, *briefing.context) if e.country}))
    return MapData(spots, countries, briefing.said.region, briefing.said.countries)


def drawn_at(event: Event) -> Coordinates | None:
    """Where the map draws an event: its coordinates, unless they stand for a whole country (an
    event known only to its country is never drawn at the country's middle)."""
    at = event.details.coordinates
    return None if at is None or at.precision == "country" else at


def rough_of(at: Coordinates) -> Rough:
    """How roughly coordinates place an event at sea (:data:`RINGS`); "" for a place on land."""
    return "offshore" if at.precision == "offshore" else "sea" if at.precision == "sea" else ""


def rings_drawn(*groups: Iterable[Event]) -> frozenset[str]:
    """The rings the map draws for these events ("province", and :data:`RINGS`' "offshore" and
    "sea"), so a caption explains only the marks a reader can see on this map."""
    drawn = (at for group in groups for event in group if (at := drawn_at(event)) is not None)
    return frozenset("province" if at.precision == "province" else rough_of(at) for at in drawn) - {""}


def unplaced(events: Iterable[Event]) -> list[Event]:
    """Events the map cannot place: known only to their country (or not even that), or at sea by
    an ocean outside the map or a port the gazetteer has no point for."""
    return [e for e in events if drawn_at(e) is None]


def where_unplaced(event: Event) -> str:
    """Where an event the map does not draw is, as its record names it: the places its reports
    give that are finer than its country or sea but have no point ("off Hodeidah": a ship's
    distance off a port), then the country or sea itself."""
    finer = [place for place in event.places if place != event.country]
    # an installation told without its name ("a US base in north-east Jordan"): its words first,
    # never a point of the map
    told = "" if event.details.site else unnamed_site(event)
    country = event.country or "country not reported"
    said = [told] if told else []
    rest = [p for p in finer if p.lower() not in told.lower()]
    if told and event.country and re.search(rf"\b{re.escape(event.country.lower())}", told.lower()):
        return ", ".join([*said, *rest])
    return ", ".join([*said, *rest, country])


@functools.lru_cache(maxsize=4)
def region(name: str) -> dict[str, Any]:
    """The region ``maps/NAME.json``: its box, countries' outlines, main cities and seas."""
    with (MAPS / f"{name}.json").open(encoding="utf-8") as stream:
        data: dict[str, Any] = json.load(stream)
    return data


@functools.lru_cache(maxsize=4)
def region_digest(name: str) -> str:
    import hashlib

    return hashlib.sha256((MAPS / f"{name}.json").read_bytes()).hexdigest()


def map_figure(data: MapData) -> Any:
    """The map: borders, then the events (context below the period's), then the names of the
    period's places, the context's and the main cities, each clear of every marker."""
    import matplotlib

    from .charts import RC, new_figure

    shown = region(data.region)
    with matplotlib.rc_context({**RC, "axes.spines.top": True, "axes.spines.right": True}):
        figure = new_figure(*data.size)
        axes = figure.add_subplot()
        west, south, east, north = shown["box"]
        _borders(axes, shown, set(data.campaign) | set(data.countries))
        _seas(axes, shown)
        _city_dots(axes, shown)
        shifts = _shifts(data.spots, (east - west) / NEAR)
        for spot in sorted(data.spots, key=lambda s: (not s.context, s.type, s.lat, s.lon)):
            _spot(axes, spot, shifts[spot])
        for rough, xy, across, context in _rough_points(data.spots, shifts):
            _ring(axes, rough, xy, across, context)
        axes.set_xlim(west, east)
        axes.set_ylim(south, north)
        axes.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
        axes.set_xticks([])
        axes.set_yticks([])
        handles = _legend(data)
        if handles:  # no marker drawn (every event listed beside the map): no empty key
            from matplotlib.legend_handler import HandlerPatch
            from matplotlib.patches import Patch

            axes.legend(handles=handles, loc=shown.get("legend", "lower left"), fontsize=6, framealpha=1,
                        edgecolor="#000000", handler_map={Patch: HandlerPatch(patch_func=_key_ring)})
        figure.tight_layout()
        axes.apply_aspect()  # as drawing would: labels are measured in the axes' final place
        _label_spots(axes, data.spots, shifts, shown["cities"])
    return figure


def _borders(axes: Axes, shown: dict[str, Any], campaign: set[str]) -> None:
    for country in shown["countries"]:
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


def _seas(axes: Axes, shown: dict[str, Any]) -> None:
    """The seas' names, grey italics in the water: the places events at sea are listed by."""
    for sea in shown.get("seas", ()):
        axes.text(sea["lon"], sea["lat"], sea["name"], fontsize=sea["size"], style="italic", color="#777777",
                  rotation=sea["rotation"], rotation_mode="anchor", ha="center", va="center", zorder=2,
                  gid="sea-label")


def _city_dots(axes: Axes, shown: dict[str, Any]) -> None:
    """Main cities as grey dots; their names are placed last, clear of the events' markers."""
    for city in shown["cities"]:
        axes.plot(city["lon"], city["lat"], marker="o", markersize=2.5, color="#777777", zorder=3)


# (type, context) -> (marker, face, edge): period attacks black, strikes white, context grey
def _style(spot: Spot) -> tuple[str, str, str]:
    marker, fill = spot.marker, spot.fill
    if spot.context:
        return marker, CONTEXT_FACE, CONTEXT_EDGE
    return marker, fill, "#000000"


CONTEXT_FACE, CONTEXT_EDGE = "#c4c4c4", "#5a5a5a"
SIZE, CONTEXT_SIZE = 6.5, 5.5
STEP = 8.0  # points between markers of different kinds drawn at the same place
NEAR = 50  # places closer than the map's width over this (about a marker's width) are one place


def _shifts(spots: Sequence[Spot], near: float = 0.0) -> dict[Spot, float]:
    """Markers of different kinds at one place are set side by side (points to the right),
    never on top of each other; the group stays centred on the place. Places closer than
    ``near`` degrees count as one (an air base beside its city: Sanaa's airport). Events of one
    kind at one place share a marker, whatever places they were named at (Babil and Jurf
    al-Sakhar are both at Babil's seat)."""
    group = _groups([(spot.lat, spot.lon) for spot in spots], near)
    slots: dict[int, set[tuple[float, tuple[bool, str, bool, str]]]] = {}
    for spot in spots:  # west to east, so that no marker crosses to the other side of its neighbour's
        slots.setdefault(group[(spot.lat, spot.lon)], set()).add((spot.lon, _kind(spot)))
    shifts = {}
    for spot in spots:
        here = sorted(slots[group[(spot.lat, spot.lon)]])
        shifts[spot] = (here.index((spot.lon, _kind(spot))) - (len(here) - 1) / 2) * STEP
    return shifts


def _groups(points: Sequence[tuple[float, float]], near: float) -> dict[tuple[float, float], int]:
    """Each point -> its group: a point joins the first group (west to east) whose first point is
    less than ``near`` degrees from it (in latitude and in longitude). Never a chain of points each
    near the next: a row of places across a province would set its markers ever further apart,
    drawing them far from where the events were."""
    leaders: list[tuple[float, float]] = []
    group = {}
    for lat, lon in sorted(set(points), key=lambda p: (p[1], p[0])):
        index = next((i for i, (first_lat, first_lon) in enumerate(leaders)
                      if abs(lat - first_lat) < near and abs(lon - first_lon) < near), None)
        if index is None:
            index = len(leaders)
            leaders.append((lat, lon))
        group[(lat, lon)] = index
    return group


def _kind(spot: Spot) -> tuple[bool, str, bool, str]:
    return spot.context, spot.type, spot.province, spot.rough


def _spot(axes: Axes, spot: Spot, shift: float) -> None:
    from matplotlib.transforms import offset_copy

    marker, face, edge = _style(spot)
    size = (CONTEXT_SIZE if spot.context else SIZE) + min(spot.count - 1, 4)
    figure = axes.figure  # a Figure here (no subfigures); get_figure(root=True) needs matplotlib 3.10
    where = offset_copy(axes.transData, fig=figure, x=shift, y=0, units="points")  # type: ignore[arg-type]
    if spot.province:  # a ring: placed at the province's seat, not at the place
        axes.plot(spot.lon, spot.lat, marker="o", markersize=size + 7, markerfacecolor="none",
                  markeredgecolor=edge, markeredgewidth=0.6, linestyle="none", zorder=4, transform=where)
    axes.plot(spot.lon, spot.lat, marker=marker, markersize=size, markerfacecolor=face, markeredgecolor=edge,
              markeredgewidth=0.8, linestyle="none", zorder=6 if not spot.context else 5, transform=where)




def _rough_points(spots: Sequence[Spot], shifts: dict[Spot, float]
                  ) -> list[tuple[str, tuple[float, float], float, bool]]:
    """Each point drawn roughly (off a port, anywhere in a sea), with how far (points) its markers,
    set side by side, reach across (one ring goes round them all), and whether they are all
    context (the ring as light as they are)."""
    here: dict[tuple[str, float, float], list[Spot]] = {}
    for spot in spots:
        if spot.rough:
            here.setdefault((spot.rough, spot.lon, spot.lat), []).append(spot)
    return [(rough, (lon, lat), max(shifts[s] for s in at) - min(shifts[s] for s in at),
             all(s.context for s in at)) for (rough, lon, lat), at in sorted(here.items())]


def _ring(axes: Axes, rough: str, xy: tuple[float, float], across: float, context: bool = False) -> None:
    """A dotted or dashed ring round the markers at a point placed only roughly (:data:`RINGS`),
    grey round earlier (context) events only."""
    from matplotlib.patches import Ellipse
    from matplotlib.transforms import ScaledTranslation

    style, wider, _ = RINGS[rough]
    # inches about the point: the ring keeps its size in print whatever the map's scale
    at = axes.figure.dpi_scale_trans + ScaledTranslation(*xy, axes.transData)  # type: ignore[arg-type]
    height = SIZE + wider
    axes.add_patch(Ellipse((0, 0), (across + height) / 72, height / 72, transform=at, facecolor="none",
                           edgecolor=CONTEXT_EDGE if context else "#000000", linewidth=0.8, linestyle=style,
                           zorder=4, gid=f"ring-{rough}"))


def _legend(data: MapData) -> list[Any]:
    """One entry for each kind of marker the map draws, and only those."""
    from matplotlib.lines import Line2D

    def handle(marker: str, face: str, edge: str, label: str, size: float = 6) -> Line2D:
        return Line2D([], [], marker=marker, markerfacecolor=face, markeredgecolor=edge, linestyle="none",
                      markersize=size, label=label)

    kinds = {s.type: s for s in data.spots}
    drawn = sorted({(s.context, s.type) for s in data.spots})
    handles = []
    for context, kind in drawn:
        first = kinds[kind]
        marker, face, edge = _style(Spot(0, 0, "", kind, context, 1, False, first.marker, first.fill))
        name = first.legend
        label = f"{name}, earlier (context)" if context else f"{name}, in the period"
        handles.append(handle(marker, face, edge, label, CONTEXT_SIZE if context else 6))
    if any(s.province for s in data.spots):
        handles.append(handle("o", "none", "#000000", "placed at its province's seat", 10))
    handles.extend(_ring_handle(rough) for rough in RINGS if any(s.rough == rough for s in data.spots))
    return handles


def _ring_handle(rough: str) -> Any:
    """The key's entry for a rough spot's ring: a patch the key draws as the map does (:func:`_key_ring`)."""
    from matplotlib.patches import Patch

    style, _, words = RINGS[rough]
    return Patch(facecolor="none", edgecolor="#000000", linewidth=0.8, linestyle=style, label=words)


def _key_ring(legend: Any, orig_handle: Any, xdescent: float, ydescent: float, width: float, height: float,
              fontsize: float) -> Any:
    """A ring in the key, a dotted or dashed ellipse as on the map, in the key's handle box."""
    from matplotlib.patches import Ellipse

    return Ellipse((width / 2 - xdescent, height / 2 - ydescent), width * 0.9, height * 1.3)


def _label_spots(axes: Axes, spots: Sequence[Spot], shifts: dict[Spot, float],
                 cities: Sequence[dict[str, Any]]) -> None:
    """The place's name (and how many events, when more than one) beside each place, the
    period's first, then the context's (grey), then the main cities not named already; each at
    the first spot around it clear of the labels and markers already placed."""
    from .charts import Taken

    renderer = axes.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    # the countries' names may be covered before another label is: they are "markers"
    taken = Taken(axes.get_window_extent(renderer), [],
                  [*(t.get_window_extent(renderer).padded(PAD) for t in axes.texts),
                   *(_marker_box(axes, s, shifts[s]) for s in spots),
                   *(_city_box(axes, c) for c in cities)])
    named: set[str] = set()
    points: set[tuple[float, float]] = set()
    for context in (False, True):
        for places, count, xy in _places([s for s in spots if s.context == context]):
            if xy in points:  # the period's label already names the point
                continue
            text = " · ".join(_named_at(s) for s in places) + (f" ({count})" if count > 1 else "")
            at = _drawn_at(axes, xy, _point_shift(spots, shifts, xy))
            _place(axes, at, text, taken, "#000000" if not context else "#555555", "spot-label",
                   sides=_sided(_away(axes, at, [s for s in spots if (s.lon, s.lat) != xy], shifts)))
            named.update(s.place for s in places)
            points.add(xy)
    for city in cities:
        if city["name"] not in named:
            _place(axes, (city["lon"], city["lat"]), city["name"], taken, "#555555", "city-label", 5.5)


def _places(spots: Sequence[Spot]) -> list[tuple[list[Spot], int, tuple[float, float]]]:
    """Per point on the map: one spot of each place drawn there (by its name), the events' number,
    the point."""
    at: dict[tuple[float, float], list[Spot]] = {}
    for spot in spots:
        at.setdefault((spot.lon, spot.lat), []).append(spot)
    return [(sorted({s.place: s for s in here}.values(), key=lambda s: s.place),
             sum(s.count for s in here), xy) for xy, here in sorted(at.items())]


def _named_at(spot: Spot) -> str:
    """A place's name in its label; a place drawn at its province's seat says which province
    ("<a base> (<its> province)"): the point is the seat's, never the place's own."""
    return f"{spot.place} ({spot.seat} province)" if spot.seat else spot.place


def _point_shift(spots: Sequence[Spot], shifts: dict[Spot, float], xy: tuple[float, float]) -> float:
    """How far (points) the markers at a point are drawn from it: its one marker's shift when a
    neighbouring place's marker stands beside it; none for markers of several kinds at one place,
    which stand centred on it."""
    here = [shifts[s] for s in spots if (s.lon, s.lat) == xy]
    return sum(here) / len(here) if here else 0.0


def _drawn_at(axes: Axes, xy: tuple[float, float], shift: float) -> tuple[float, float]:
    """The point, in data units, where a marker shifted ``shift`` points from ``xy`` is drawn."""
    if not shift:
        return xy
    x, y = axes.transData.transform(xy)
    lon, lat = axes.transData.inverted().transform((x + shift * axes.figure.dpi / 72, y))
    return float(lon), float(lat)


NEIGHBOUR = 3.0  # marker widths: a marker this near another's, beside it, is named on its far side


def _away(axes: Axes, at: tuple[float, float], others: Sequence[Spot], shifts: dict[Spot, float]) -> float:
    """Which side of its nearest neighbour beside it a marker is drawn on: -1 west, 1 east, 0 none
    near (a neighbour is a marker of another place, about level with it and a few widths away)."""
    x, y = axes.transData.transform(at)
    width = 2 * 4.5 * axes.figure.dpi / 72  # an event marker's drawn width (_marker_box)
    near = []
    for other in others:
        ox, oy = axes.transData.transform((other.lon, other.lat))
        ox += shifts[other] * axes.figure.dpi / 72
        if abs(oy - y) < width and 0 < abs(ox - x) < NEIGHBOUR * width:
            near.append((abs(ox - x), ox))
    return 0.0 if not near else (-1.0 if min(near)[1] > x else 1.0)


def _sided(side: float) -> Sequence[tuple[float, float]]:
    """The spots tried around a marker: one drawn beside another place's marker is named on its own
    side (the west one's to the west) wherever there is room there, and only then on the
    neighbour's side, so that its name never reads as the neighbour's (the square at a town and the
    triangle at an oil field beside it)."""
    from .charts import SPOTS

    if not side:
        return SPOTS
    return (*(s for s in SPOTS if (s[0] < 0) == (side < 0)), *(s for s in SPOTS if (s[0] < 0) != (side < 0)))


def _place(axes: Axes, xy: tuple[float, float], text: str, taken: Any, colour: str, gid: str,
           size: float = 6, sides: Sequence[tuple[float, float]] | None = None) -> None:
    from .charts import SPOTS, place_label

    label = place_label(axes, xy, text, sides or SPOTS, taken, size=size)
    label.set_color(colour)
    label.set_gid(gid)


PAD = 1.5  # pixels kept clear around a label


def _marker_box(axes: Axes, spot: Spot, shift: float = 0.0) -> Any:
    """The drawn extent of a spot's marker (and of its ring), which no label may cover."""
    from matplotlib.transforms import Bbox

    x, y = axes.transData.transform((spot.lon, spot.lat))
    x += shift * axes.figure.dpi / 72
    ring = (SIZE + RINGS[spot.rough][1]) / 2 + 0.5 if spot.rough else 4.5
    half = max(8.0 if spot.province else 4.5, ring) * axes.figure.dpi / 72  # the ring's height
    return Bbox.from_extents(x - half, y - half, x + half, y + half)


def _city_box(axes: Axes, city: dict[str, Any]) -> Any:
    from matplotlib.transforms import Bbox

    x, y = axes.transData.transform((city["lon"], city["lat"]))
    half = 1.5 * axes.figure.dpi / 72
    return Bbox.from_extents(x - half, y - half, x + half, y + half)
