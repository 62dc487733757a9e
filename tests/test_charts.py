"""The charts' range and labels (measured on the drawn figure), the weekly counts, the map
(drawn from its data, the same bytes each time, no network) and the period against the one before."""

from __future__ import annotations

import dataclasses
import datetime as dt
import socket
from typing import Any

import pytest

from briefing import charts, eventmap
from briefing.charts import ChartData, chart_figure, recent_window, text_box, weekly_data
from briefing.compare import tolls, week_against_last
from briefing.eventmap import MapData, map_figure
from briefing.model import Casualty, Coordinates, Details, Event, Evidence, Period, Tally
from briefing.names import default_words

D = dt.date
START = D(2023, 10, 17)
FIRST = "iraq-syria"  # the first story's map region (its profile's [map] region)
PERIOD = Period(D(2024, 1, 25), D(2024, 1, 31), "p")


def spot(lat: float, lon: float, place: str, kind: str, context: bool, count: int,
         province: bool) -> eventmap.Spot:
    """A spot drawn as the first story's profile draws its kind."""
    return eventmap.spot(lat, lon, place, kind, context, count, province, default_words())


def tally(value: int, day: dt.date, article: str = "a", qualifier: str = "exact") -> Tally:
    return Tally(id=f"{article}:{value}:{day}", metric="attacks", value=value, qualifier=qualifier,  # type: ignore[arg-type]
                 since=START, as_of=day, breakdown=None, sources=(Evidence(article, 0, 1, "x"),),
                 source_kind="official")


NONE = Details()


def event(day: dt.date, kind: str = "attack_on_us_forces", country: str | None = "Iraq",
          details: Details = NONE) -> Event:
    return Event(id=f"{day}:{kind}:{country}", type=kind, date=day, date_precision="day",
                 country=country, places=(), actors=(), weapons=(), summary="",
                 sources=(Evidence("a", 0, 1, "x"),), details=details)


# A campaign's figures: a slow start in October, then a crowded last week.
CAMPAIGN = [tally(v, START + dt.timedelta(days=d), f"s{i}", q) for i, (d, v, q) in enumerate([
    (4, 13, "exact"), (20, 40, "exact"), (35, 58, "more than"), (60, 100, "exact"), (80, 120, "exact"),
    (94, 151, "exact"), (100, 158, "approximately"), (101, 160, "more than"), (102, 165, "exact"),
    (103, 165, "at least"), (104, 166, "exact"), (105, 168, "exact")])]


def drawn(tallies: list[Tally]) -> tuple[Any, Any, Any]:
    numbers = tuple((t.sources[0].article, n) for n, t in enumerate(tallies, start=1))
    window = recent_window(tallies, PERIOD.start, PERIOD.end)
    figure = chart_figure(ChartData("attacks", tuple(tallies), numbers, START, window))
    return figure, figure.axes[0], figure.axes[1]


def test_the_large_chart_shows_the_recent_weeks_at_their_own_scale() -> None:
    _, axes, overview = drawn(CAMPAIGN)
    low, high = axes.get_ylim()
    assert low > 100 and high < 200  # 151-168 fill the height, not a sliver above zero
    start, end = (charts_day(x) for x in axes.get_xlim())
    assert (start, end) == (PERIOD.start - dt.timedelta(days=28), PERIOD.end + dt.timedelta(days=1))
    # the whole campaign is the small chart, from its first figure, starting at zero
    first, _ = (charts_day(x) for x in overview.get_xlim())
    assert first <= START + dt.timedelta(days=4) and overview.get_ylim()[0] == 0


def charts_day(value: float) -> dt.date:
    """A matplotlib date number (days since 1 Jan 1970) as a day."""
    return D(1970, 1, 1) + dt.timedelta(days=int(value))


def test_with_no_recent_figure_the_window_is_the_week_up_to_the_latest() -> None:
    old = [tally(40, D(2023, 11, 1)), tally(60, D(2023, 11, 20))]
    assert recent_window(old, PERIOD.start, PERIOD.end) == (D(2023, 11, 13), D(2024, 2, 1))


def labels_of(axes: Any) -> list[Any]:
    return [t for t in axes.texts if t.get_gid() == "point-label"]


def test_labels_sit_on_their_points_and_never_overlap() -> None:
    figure, axes, _ = drawn(CAMPAIGN)
    renderer = figure.canvas.get_renderer()
    labels = labels_of(axes)
    shown = [t for t in CAMPAIGN if t.day >= PERIOD.start - dt.timedelta(days=28)]
    assert len(labels) == len(shown)  # every figure in the window labelled (none merged here)
    boxes = [text_box(label, renderer) for label in labels]
    assert not [(labels[i].get_text(), labels[j].get_text()) for i, a in enumerate(boxes)
                for j, b in enumerate(boxes[i + 1:], i + 1) if a.overlaps(b)]
    frame = axes.get_window_extent(renderer)
    for label, box in zip(labels, boxes, strict=True):
        x, y = axes.transData.transform((axes.convert_xunits(label.xy[0]), label.xy[1]))
        gap = max(box.x0 - x, x - box.x1, box.y0 - y, y - box.y1, 0) * 72 / figure.dpi  # points
        assert gap <= 16 or label.arrow_patch is not None, (label.get_text(), gap)
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, label.get_text()


def test_a_lower_bound_is_labelled_below_its_point_when_there_is_room() -> None:
    figure, axes, _ = drawn([tally(100, D(2024, 1, 10)), tally(120, D(2024, 1, 20), "b", "more than")])
    renderer = figure.canvas.get_renderer()
    label = next(t for t in labels_of(axes) if t.get_text().startswith("120+") or "120" in t.get_text())
    _, y = axes.transData.transform((axes.convert_xunits(label.xy[0]), label.xy[1]))
    assert label.get_window_extent(renderer).y1 <= y


# --- attacks and strikes per week -----------------------------------------------------------

def test_weekly_counts_come_from_the_events_by_kind_and_country() -> None:
    events = [event(D(2024, 1, 22)), event(D(2024, 1, 23), country="Syria"),
              event(D(2024, 1, 28), country=None),
              event(D(2024, 1, 29), "us_strike"), event(D(2024, 2, 2), "self_defense_strike"),
              event(D(2023, 6, 1))]  # before the campaign's start: not counted
    data = weekly_data(events, START, (D(2024, 1, 29), D(2024, 2, 4)))
    assert data.weeks[-1] == D(2024, 1, 29) and len(data.weeks) == 12
    assert data.counts == ((D(2024, 1, 22), "attacks", "Iraq", 1), (D(2024, 1, 22), "attacks", "Syria", 1),
                           (D(2024, 1, 22), "attacks", None, 1), (D(2024, 1, 29), "strikes", "Iraq", 2))


def reported(day: dt.date, article: str, kind: str = "attack_on_us_forces") -> Event:
    return dataclasses.replace(event(day, kind), id=f"{day}:{kind}:{article}",
                               sources=(Evidence(article, 0, 1, "x"),))


def test_the_weekly_chart_counts_what_the_briefing_shows_and_what_was_known_by_its_end() -> None:
    """The period's bar is the chronology's count: an event reported only by an article published
    a week after the period, or only by a copy of another article, is not counted; an earlier
    week counts what the articles published by the period's end reported of it."""
    from briefing.assemble import assemble
    from briefing.charts import chart_data
    from briefing.model import ArticleRecord, Extraction

    period = Period(D(2024, 1, 29), D(2024, 2, 4), "week")
    articles = (ArticleRecord("in", "in.md", published=D(2024, 2, 1)),
                ArticleRecord("old", "old.md", published=D(2023, 11, 22)),
                ArticleRecord("later", "later.md", published=D(2024, 2, 12)),
                ArticleRecord("copy", "copy.md", published=D(2024, 2, 1), duplicate_of="in"))
    events = (reported(D(2024, 1, 30), "in"), reported(D(2024, 1, 31), "later"),
              reported(D(2024, 2, 1), "copy"), reported(D(2023, 11, 20), "old"),
              reported(D(2023, 11, 21), "later"))
    briefing = assemble(Extraction(articles=articles, events=events, tallies=()), period)
    weekly = next(d for d in chart_data(briefing) if isinstance(d, charts.WeeklyData))
    this_week = sum(n for week, _, _, n in weekly.counts if week == D(2024, 1, 29))
    assert this_week == len(briefing.chronology) == 1
    assert [(week, n) for week, _, _, n in weekly.counts if week < D(2024, 1, 1)] == [(D(2023, 11, 20), 1)]


def test_the_weekly_chart_writes_each_weeks_total_on_its_bar() -> None:
    events = [event(D(2024, 1, 22)), event(D(2024, 1, 23), country="Syria"),
              event(D(2024, 1, 29), "us_strike")]
    figure = charts.weekly_figure(weekly_data(events, START, (D(2024, 1, 29), D(2024, 2, 4))))
    attacks, strikes = figure.axes
    assert [t.get_text() for t in attacks.texts] == ["2"]
    assert [t.get_text() for t in strikes.texts] == ["1"]


def test_the_weekly_charts_key_names_only_the_countries_drawn() -> None:
    events = [event(D(2024, 1, 22)), event(D(2024, 1, 29), "us_strike", "Syria")]
    figure = charts.weekly_figure(weekly_data(events, START, (D(2024, 1, 29), D(2024, 2, 4))))
    assert [t.get_text() for t in figure.axes[1].get_legend().get_texts()] == ["Iraq", "Syria"]


# --- the map --------------------------------------------------------------------------------

def placed(day: dt.date, place: str, lat: float, lon: float, kind: str = "attack_on_us_forces",
           precision: str = "site") -> Event:
    at = Coordinates(lat, lon, precision, place, "test gazetteer")  # type: ignore[arg-type]
    return event(day, kind, details=Details(coordinates=at))


def test_the_map_places_each_event_with_coordinates_and_lists_the_rest() -> None:
    from briefing.model import Briefing, Extraction

    chronology = (placed(D(2024, 1, 28), "Tower 22", 33.3, 38.7),
                  placed(D(2024, 1, 29), "Al-Qaim", 34.4, 41.0, "us_strike", "town"),
                  event(D(2024, 1, 30), country="Syria"))
    context = (placed(D(2024, 1, 10), "Tower 22", 33.3, 38.7),)
    briefing = Briefing("t", PERIOD, None, Extraction((), (), ()), (), chronology, context, (), (), ())
    data = eventmap.map_data(briefing)
    assert {(s.place, s.type, s.context) for s in data.spots} == {
        ("Tower 22", "attack_on_us_forces", False), ("Al-Qaim", "us_strike", False),
        ("Tower 22", "attack_on_us_forces", True)}
    assert eventmap.unplaced(chronology) == [chronology[2]]  # never drawn at Syria's middle


SPOTS = MapData((spot(33.3, 38.7, "Tower 22", "attack_on_us_forces", False, 2, False),
                 spot(34.4, 41.0, "Al-Qaim", "us_strike", False, 1, False),
                 spot(36.5, 40.7, "Qasrak", "attack_on_us_forces", True, 1, True)),
                ("Iraq", "Jordan", "Syria"), FIRST)


def test_the_map_is_the_same_bytes_every_time_and_reads_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_: object, **__: object) -> None:
        raise AssertionError("the map tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    first, second = charts.render_chart(SPOTS), charts.render_chart(SPOTS)
    assert first == second
    assert charts.render_png(SPOTS) == charts.render_png(SPOTS)
    assert "Tower 22 (2)" in first and "IRAQ" in first and "Baghdad" in first


def test_the_map_is_drawn_from_its_data_file(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = {"box": [0, 0, 10, 10], "cities": [{"name": "Capital City", "lat": 5.0, "lon": 5.0}],
            "countries": [{"name": "Iraq", "rings": [[[1, 1], [9, 1], [9, 9], [1, 1]]]}]}
    monkeypatch.setattr(eventmap, "region", lambda name: fake)
    somewhere = spot(2.0, 3.0, "Somewhere", "us_strike", False, 1, False)
    figure = map_figure(MapData((somewhere,), ("Iraq",), FIRST))
    axes = figure.axes[0]
    assert axes.get_xlim() == (0, 10) and axes.get_ylim() == (0, 10)
    assert {t.get_text() for t in axes.texts} == {"IRAQ", "Capital City", "Somewhere"}


def test_labels_on_the_map_never_overlap() -> None:
    crowded = MapData(tuple(spot(33.3 + i * 0.05, 44.3 + i * 0.05, f"Place {i}", "us_strike", False, 1, False)
                            for i in range(5)), ("Iraq",), FIRST)
    figure = map_figure(crowded)
    renderer = figure.canvas.get_renderer()
    labels = [t for t in figure.axes[0].texts if t.get_gid() == "spot-label"]
    assert len(labels) == 5
    boxes = [text_box(label, renderer) for label in labels]
    assert not [(i, j) for i, a in enumerate(boxes) for j, b in enumerate(boxes[i + 1:], i + 1)
                if a.overlaps(b)]


def legend_of(data: MapData) -> list[str]:
    legend = map_figure(data).axes[0].get_legend()
    return [t.get_text() for t in legend.get_texts()]


def test_the_maps_legend_names_only_the_kinds_of_marker_drawn() -> None:
    attack = spot(33.3, 38.7, "Tower 22", "attack_on_us_forces", False, 1, False)
    assert legend_of(MapData((attack,), ("Jordan",), FIRST)) == ["attack on US forces, in the period"]
    earlier = spot(34.45, 40.92, "Abu Kamal", "us_strike", True, 1, True)
    assert legend_of(MapData((attack, earlier), ("Jordan", "Syria"), FIRST)) == [
        "attack on US forces, in the period", "US strike, earlier (context)", "placed at its province's seat"]


def markers(figure: Any) -> list[Any]:
    """The events' markers as drawn (the cities' dots and the rings left out)."""
    return [line for line in figure.axes[0].lines
            if line.get_marker() in ("^", "s", "D") and line.get_zorder() >= 5]


def test_context_events_are_drawn_grey_and_named() -> None:
    earlier = spot(34.45, 40.92, "Abu Kamal", "us_strike", True, 1, False)
    figure = map_figure(MapData((earlier,), ("Syria",), FIRST))
    (drawn,) = markers(figure)
    assert drawn.get_markerfacecolor() == eventmap.CONTEXT_FACE  # not white on white: it shows
    assert drawn.get_markersize() >= 5
    labels = [t for t in figure.axes[0].texts if t.get_gid() == "spot-label"]
    assert [t.get_text() for t in labels] == ["Abu Kamal"] and labels[0].get_color() != "#000000"


def test_events_of_different_kinds_at_one_place_are_set_side_by_side() -> None:
    here = [spot(33.34, 44.39, "Baghdad", kind, False, 1, False)
            for kind in ("us_strike", "self_defense_strike")]
    figure = map_figure(MapData(tuple(here), ("Iraq",), FIRST))
    renderer = figure.canvas.get_renderer()
    first, second = (line.get_window_extent(renderer) for line in markers(figure))
    assert not first.overlaps(second)
    labels = [t.get_text() for t in figure.axes[0].texts if t.get_gid() == "spot-label"]
    assert labels == ["Baghdad (2)"]
    # a main city an event label names is not named twice
    assert "Baghdad" not in [t.get_text() for t in figure.axes[0].texts if t.get_gid() == "city-label"]


def test_events_of_one_kind_at_one_point_share_a_marker_and_a_label() -> None:
    seat = [spot(32.47, 44.42, place, "us_strike", True, 1, True) for place in ("Babil", "Jurf al-Sakhar")]
    figure = map_figure(MapData(tuple(seat), ("Iraq",), FIRST))
    renderer = figure.canvas.get_renderer()
    first, second = (line.get_window_extent(renderer) for line in markers(figure))
    assert (first.x0, first.y0) == (second.x0, second.y0)  # one marker, drawn where both are
    labels = [t.get_text() for t in figure.axes[0].texts if t.get_gid() == "spot-label"]
    # the base drawn at its province's seat says which province: the point is the seat's, not the
    # base's (twenty-fourth session; the label was the base's name alone)
    assert labels == ["Babil · Jurf al-Sakhar (Babil province) (2)"]


def test_city_names_stay_clear_of_the_events_markers() -> None:
    at_ramadi = spot(33.42, 43.3, "Anbar", "us_strike", False, 1, True)
    figure = map_figure(MapData((at_ramadi,), ("Iraq",), FIRST))
    renderer = figure.canvas.get_renderer()
    (ramadi,) = [t for t in figure.axes[0].texts if t.get_text() == "Ramadi"]
    (drawn,) = markers(figure)
    assert not text_box(ramadi, renderer).overlaps(drawn.get_window_extent(renderer))


def test_country_only_events_are_listed_beside_the_map_never_placed() -> None:
    from briefing import render
    from briefing.model import Briefing, Extraction

    chronology = (placed(D(2024, 1, 28), "Tower 22", 33.3, 38.7), event(D(2024, 1, 30), "us_strike", "Syria"))
    context = (event(D(2024, 1, 10), "attack_on_us_forces", "Iraq"),)
    briefing = Briefing("t", PERIOD, None, Extraction((), (), ()), (), chronology, context, (), (), ())
    assert [(s.place, s.context) for s in eventmap.map_data(briefing).spots] == [("Tower 22", False)]
    html = render.to_html(briefing, ["map"])
    listed = html[html.index("Not on the map"):]
    listed = listed[:listed.index("</p>")]
    assert "30 Jan, US strike, Syria" in listed
    assert "earlier, for context: 10 Jan, attack on US forces, Iraq" in listed


# --- the period against the one before ------------------------------------------------------

def test_this_week_against_last_by_kind_and_country() -> None:
    events = [event(D(2024, 1, 26)), event(D(2024, 1, 27)), event(D(2024, 1, 20)),
              event(D(2024, 1, 30), "us_strike", "Syria"), event(D(2024, 1, 19), "us_strike", "Iraq"),
              event(D(2024, 1, 10))]  # two weeks before: in neither
    rows = [(r.kind, r.country, r.now, r.before, r.change) for r in week_against_last(events, PERIOD)]
    assert rows == [("attacks", "Iraq", 2, 1, 1), ("strikes", "Iraq", 0, 1, -1),
                    ("strikes", "Syria", 1, 0, 1)]


def casualty(value: int, day: dt.date, qualifier: str = "exact", kind: str = "injured") -> Casualty:
    return Casualty("us", kind, value, qualifier, day, Evidence("a", 0, 1, "x"))  # type: ignore[arg-type]


def test_the_periods_casualties_count_each_events_latest_figure() -> None:
    tower = event(D(2024, 1, 28), details=Details(casualties=(
        casualty(3, D(2024, 1, 28), kind="killed"), casualty(25, D(2024, 1, 28)),
        casualty(34, D(2024, 1, 29)),
        casualty(40, D(2024, 1, 30), "more than"))))
    other = event(D(2024, 1, 26), details=Details(casualties=(casualty(2, D(2024, 1, 26)),)))
    found = {(t.side, t.kind): (t.value, t.qualifier) for t in tolls([tower, other])}
    assert found == {("us", "killed"): (3, "exact"), ("us", "injured"): (42, "at least")}


# --- the gazetteer ---------------------------------------------------------------------------

def test_every_placed_place_names_its_source_and_sites_are_sites() -> None:
    from briefing.topic import load_topic

    topic = load_topic()
    placed = [p for p in topic.places if p.at is not None]
    assert placed
    assert all(p.at and p.at.source and p.at.precision in ("site", "town", "province") for p in placed)
    # a site placed at its own coordinates must be an installation
    assert all(p.site for p in placed if p.at and p.at.precision == "site")


def test_the_map_data_claims_only_public_domain_sources() -> None:
    from briefing.topic import load_topic

    sources = [p.at.source for p in load_topic().places if p.at is not None]
    assert sources and all("(public domain)" in s for s in sources)
    shipped = eventmap.region(FIRST)["source"]
    assert set(shipped) == {"borders", "cities"} and all("(public domain)" in v for v in shipped.values())
    assert not [s for s in [*sources, *shipped.values()] if "GeoNames" in s or "CC BY" in s]


@pytest.mark.parametrize(("at", "message"), [
    ({"lat": 95.0, "lon": 40.0, "precision": "site", "source": "x"}, "at needs lat"),
    ({"lat": 33.0, "lon": 40.0, "precision": "street", "source": "x"}, "precision is 'street'"),
    ({"lat": 33.0, "lon": 40.0, "precision": "town"}, "at needs source"),
])
def test_a_wrong_coordinate_is_reported_with_its_place(at: dict[str, object], message: str) -> None:
    import tomllib

    from briefing.errors import BriefingError
    from briefing.topic import DEFAULT_TOPIC, parse_topic

    data = tomllib.loads(DEFAULT_TOPIC.read_text(encoding="utf-8"))
    data["place"][0]["at"] = at
    with pytest.raises(BriefingError, match=f"place 'Al-Asad Airbase': .*{message}"):
        parse_topic(data, "topic.toml")
