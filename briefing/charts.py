"""Briefing -> SVG charts of the cumulative tallies (matplotlib, no pyplot state).

Each reported figure is a point labelled with its source number. Only figures
that count from the same start are joined by a line; a figure whose start is
not stated stands alone as a hollow marker. Styles differ by marker and line
pattern, not colour alone, so the charts survive black-and-white printing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import io
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Union

from .cache import extractor_version
from .figures import REPORTED, joinable, one_per_day
from .model import Briefing, Event, Metric, Tally
from .names import LOWER_BOUNDS, METRICS, QUALIFIER_SIGNS, StoryWords, default_words

if TYPE_CHECKING:  # matplotlib is imported only where a chart is drawn
    from matplotlib.axes import Axes

    from .eventmap import MapData

STYLES = {"total": ("o", "-", "#000000")}  # series -> (marker, line style, grey level)


@dataclass(frozen=True)
class ChartData:
    """All a chart is drawn from: small enough to send to another process, and to hash.
    ``window``: the days the large chart shows (the recent weeks); the whole campaign is the
    small one beside it."""

    metric: Metric
    tallies: tuple[Tally, ...]
    numbers: tuple[tuple[str, int], ...]
    start: dt.date | None
    window: tuple[dt.date, dt.date] | None = None
    axis: str = ""  # the story's words for the axis (its profile's [metric.*] axis); "": the default's
    size: ClassVar[tuple[float, float]] = (6.6, 3.1)  # inches: what the page reserves for it

    def key(self) -> str:
        rows = [(t.as_of, t.value, t.qualifier, t.since, t.breakdown, t.source_kind,
                 sorted(n for a, n in self.numbers if any(s.article == a for s in t.sources)))
                for t in self.tallies]
        return _digest((self.metric, rows, self.start, self.window, self.axis))


def _digest(data: object) -> str:
    # the drawing code is this package's and the words and rules it takes from others
    code = (extractor_version(), _matplotlib_version())
    return hashlib.sha256(repr((data, code)).encode()).hexdigest()


EventKind = Literal["attacks", "strikes"]
WEEKS = 12  # weeks the weekly chart shows, ending with the period's


@dataclass(frozen=True)
class WeeklyData:
    """Attacks and strikes per week and country, counted from the dated events:
    ``counts`` holds (Monday of the week, "attacks" or "strikes", country or None, number)."""

    counts: tuple[tuple[dt.date, EventKind, str | None, int], ...]
    weeks: tuple[dt.date, ...]
    period: tuple[dt.date, dt.date]
    metric: str = "weekly"
    # the story's: the countries (or areas) each bar is stacked by, and the two panels' titles
    # (its profile's [campaign] countries and [words] chart_attacks, chart_strikes)
    countries: tuple[str, ...] = ()
    titles: tuple[str, str] = ("Attacks", "Strikes")
    size: ClassVar[tuple[float, float]] = (6.6, 3.3)

    def key(self) -> str:
        return _digest((self.metric, self.counts, self.weeks, self.period, self.countries, self.titles))


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekly_data(events: Iterable[Event], start: dt.date, period: tuple[dt.date, dt.date],
                words: StoryWords | None = None) -> WeeklyData:
    """The counts of the ``WEEKS`` weeks up to the period's end (none before ``start``, the
    campaign's); ``words``: the story's (the default profile's when None)."""
    words = words or default_words()
    end = period[1]
    last = monday(end)
    weeks = tuple(w for w in (last - dt.timedelta(weeks=n) for n in range(WEEKS - 1, -1, -1))
                  if w + dt.timedelta(days=6) >= start)
    counted: Counter[tuple[dt.date, EventKind, str | None]] = Counter()
    for event in events:
        if event.date and weeks and weeks[0] <= event.date <= end:
            kind: EventKind = words.series(event.type)
            counted[(monday(event.date), kind, event.country)] += 1
    counts = tuple(sorted(((w, k, c, n) for (w, k, c), n in counted.items()),
                          key=lambda r: (r[0], r[1], r[2] or "~")))
    return WeeklyData(counts, weeks, period, countries=words.countries,
                      titles=(words.line("chart_attacks"), words.line("chart_strikes")))


Drawing = Union[ChartData, WeeklyData, "MapData"]
CHART_TITLES = {"weekly": "Attacks and strikes per week, by {places}, counted from the events reported",
                "map": "Map of the period's events"}


def chart_titles(words: StoryWords) -> dict[str, str]:
    """The charts' titles in the story's words (the weekly chart counts by its ``places``)."""
    return {name: title.format(places=words.line("places").lower()) for name, title in CHART_TITLES.items()}


def chart_data(briefing: Briefing) -> list[Drawing]:
    """One chart per metric that has figures; the weekly counts and the map when there are events."""
    from .eventmap import map_data

    numbers = tuple(sorted(briefing.source_numbers().items()))
    period = briefing.period
    drawings: list[Drawing] = []
    for metric in METRICS:
        tallies = tuple(t for t in briefing.tallies if t.metric == metric)
        if tallies:
            window = recent_window(tallies, period.start, period.end)
            drawings.append(ChartData(metric, tallies, numbers, briefing.campaign_start, window,
                                      briefing.said.axis_labels[metric]))
    events = briefing.charted_events  # what the chronology and context show, and earlier reports
    if any(e.date and e.date <= period.end for e in events):
        start = briefing.campaign_start or min(e.day for e in events)
        drawings.append(weekly_data(events, start, (period.start, period.end), briefing.said))
    if briefing.said.mapped and (briefing.chronology or briefing.context):
        drawings.append(map_data(briefing))
    return drawings


def points(drawing: Drawing) -> tuple[float, float]:
    """The drawing's width and height in points, as its SVG gives them (a figure of fixed
    size, saved without trimming), known before it is drawn."""
    width, height = drawing.size
    return round(width * 72, 3), round(height * 72, 3)


class Pending(Mapping[str, str]):
    """Charts being drawn elsewhere; reading one waits for them. ``sizes``: each one's width
    and height in points, known before it is drawn, so that the page can be laid out meanwhile."""

    def __init__(self, metrics: list[str], ready: dict[str, str], future: Any = None,
                 missing: list[Drawing] | None = None,
                 sizes: dict[str, tuple[float, float]] | None = None) -> None:
        self.metrics = metrics
        self.sizes = sizes or {}
        self._ready = ready
        self._future = future
        self._missing = missing or []

    def result(self) -> dict[str, str]:
        """Every chart; drawn here should the drawing process have died."""
        if self._future is not None:
            from concurrent.futures.process import BrokenProcessPool

            from .errors import RenderError

            future, self._future = self._future, None
            try:
                self._ready.update(future.result())
            except BrokenProcessPool:
                self._ready.update(_render_all(self._missing))
            except Exception as error:
                raise RenderError(f"drawing the charts failed: {type(error).__name__}: {error}") from None
        return self._ready

    def __getitem__(self, metric: str) -> str:
        """One chart, as soon as it is drawn (a drawer's answer comes a few charts at a time)."""
        early = getattr(self._future, "get", None)
        if metric not in self._ready and early is not None:
            with contextlib.suppress(Exception):  # a failure is the whole answer's: result() says it
                self._ready.update(early(metric))
        if metric in self._ready:
            return self._ready[metric]
        return self.result()[metric]

    def __iter__(self) -> Iterator[str]:
        return iter(self.metrics)

    def __len__(self) -> int:
        return len(self.metrics)


@contextlib.contextmanager
def drawn(briefing: Briefing, store: Any, drawer: Any = None) -> Iterator[Pending]:
    """The briefing's charts: from the cache when their data is unchanged, else drawn in a
    second process while the caller goes on (the machines have two cores): ``drawer``'s
    (a :class:`briefing.chartworker.ChartDrawer` started with the build), or a new one. The
    caller closes ``store``."""
    wanted = chart_data(briefing)
    ready: dict[str, str] = {d.metric: svg for d in wanted
                             if (svg := store.get_text("charts", d.key())) is not None}
    missing = [d for d in wanted if d.metric not in ready]
    pool = None
    future = None
    if missing and drawer is not None:
        future = drawer.submit(missing)
    elif missing:
        import multiprocessing
        import os
        from concurrent.futures import ProcessPoolExecutor

        from .processes import start_child

        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"),
                                   initializer=start_child, initargs=(os.getpid(),))
        future = pool.submit(_render_all, missing)
    pending = Pending([d.metric for d in wanted], ready, future, missing,
                      {d.metric: points(d) for d in wanted})
    try:
        yield pending
        for data in missing:
            store.put_text("charts", data.key(), pending[data.metric])
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _render_all(data: list[Drawing]) -> dict[str, str]:
    return {d.metric: render_chart(d) for d in data}


@functools.lru_cache(maxsize=1)
def _matplotlib_version() -> str:
    from importlib.metadata import version

    return version("matplotlib")


def render_chart(data: Drawing) -> str:
    """The SVG of one chart (or of the map)."""
    return _draw(data, "svg").decode()


def render_png(data: Drawing, dpi: int = 120) -> bytes:
    """The chart as PNG, for mail clients, which show no SVG."""
    return _draw(data, "png", dpi)


def _draw(data: Drawing, kind: str, dpi: int = 100) -> bytes:
    if isinstance(data, ChartData):
        return _render(data, kind, dpi)
    if isinstance(data, WeeklyData):
        return _save(weekly_figure(data), kind, dpi)
    from .eventmap import map_figure

    return _save(map_figure(data), kind, dpi)


RC: Any = {"svg.fonttype": "none", "svg.hashsalt": "briefing", "font.family": "DejaVu Sans",
      "font.size": 8, "text.parse_math": False, "axes.spines.top": False, "axes.spines.right": False}


def _save(figure: Any, kind: str, dpi: int) -> bytes:
    import matplotlib

    with matplotlib.rc_context({**RC, "figure.autolayout": False, "figure.constrained_layout.use": False}):
        # Laid out already (tight_layout leaves a stand-in "none" engine behind, for which
        # savefig would draw the whole figure once more before drawing it: a third of a chart's time)
        figure.set_layout_engine(None)
        buffer = io.BytesIO()
        metadata = {"Date": None, "Creator": None} if kind == "svg" else {"Software": None}
        figure.savefig(buffer, format=kind, dpi=dpi, metadata=metadata)
    return buffer.getvalue()


def _render(data: ChartData, kind: str, dpi: int = 100) -> bytes:
    return _save(chart_figure(data), kind, dpi)


def new_figure(width: float, height: float) -> Any:
    """A figure with an Agg canvas: text is measured with it, and it saves SVG and PNG alike."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height))
    FigureCanvasAgg(figure)
    return figure


def chart_figure(data: ChartData) -> Any:
    """The cumulative chart: the recent weeks at a readable scale (left, large) beside the
    whole campaign (right, small), its labels placed on the drawn figure."""
    import matplotlib

    with matplotlib.rc_context(RC):
        figure = new_figure(*data.size)
        grid = figure.add_gridspec(1, 2, width_ratios=(3.2, 1.0))
        axes = figure.add_subplot(grid[0, 0])
        overview = figure.add_subplot(grid[0, 1])
        window = data.window or _whole(data.tallies)
        shown = [t for t in data.tallies if window[0] <= t.day <= window[1]]
        _draw_series(axes, data, legend=True)
        _window_axes(axes, data, window, shown)
        _overview(overview, data, window)
        figure.tight_layout(rect=(0, 0.09, 1, 1))  # first, so that labels are placed in the axes' final place
        _label_points(axes, shown, dict(data.numbers))
    return figure


def _whole(tallies: Sequence[Tally]) -> tuple[dt.date, dt.date]:
    days = [t.day for t in tallies]
    return min(days) - dt.timedelta(days=2), max(days) + dt.timedelta(days=2)


def recent_window(tallies: Sequence[Tally], period_start: dt.date,
                  period_end: dt.date) -> tuple[dt.date, dt.date]:
    """The days the large chart shows: the four weeks before the period and the period, or,
    when no figure falls in them, the week up to the latest figure; never before the first."""
    days = sorted(t.day for t in tallies if t.day <= period_end) or [period_end]
    start = period_start - dt.timedelta(days=RECENT_DAYS)
    if not any(start <= d for d in days):
        start = days[-1] - dt.timedelta(days=7)
    return max(start, days[0] - dt.timedelta(days=2)), period_end + dt.timedelta(days=1)


RECENT_DAYS = 28


def _draw_series(axes: Axes, data: ChartData, legend: bool) -> None:
    tallies, start = data.tallies, data.start
    joined = _one_per_day([t for t in tallies if joinable(t, start)])
    total = f"total since {start:%-d %b %Y}" if start else "total"
    _series(axes, "total", [(t.day, t.value) for t in joined], label=total)
    reported = [t for t in tallies if t.source_kind in REPORTED]
    _points(axes, [t for t in reported if not joinable(t, start)], "o", "start not stated / other start")
    _points(axes, [t for t in reported if joinable(t, start) and t not in joined], "v",
            "same start, less precise figure")
    _points(axes, [t for t in tallies if t.source_kind == "claim"], "x", "a group's own claim")
    _points(axes, [t for t in tallies if t.source_kind == "monitor"], "+", "a monitor's count")
    if legend:  # below the plots, so the key never hides a point; it lists only what is drawn
        axes.figure.legend(*axes.get_legend_handles_labels(), loc="lower center", ncol=3, fontsize=7,
                           frameon=False)


def _window_axes(axes: Axes, data: ChartData, window: tuple[dt.date, dt.date],
                 shown: Sequence[Tally]) -> None:
    """The large chart's range: the window's days, and values from just under its lowest figure
    to just over its highest, so that a week's change is a visible step."""
    from matplotlib.dates import AutoDateLocator, DateFormatter

    values = [t.value for t in shown] or [t.value for t in data.tallies]
    low, high = min(values), max(values)
    pad = max(2.0, (high - low) * 0.3)
    axes.set_xlim(window[0], window[1])  # type: ignore[arg-type]
    axes.set_ylim(bottom=max(0.0, low - pad), top=high + pad)
    if data.start and window[0] <= data.start <= window[1]:
        axes.axvline(data.start, color="#000000", linewidth=0.6, linestyle=(0, (1, 2)))  # type: ignore[arg-type]
    latest = max((t for t in shown if t.breakdown), key=lambda t: t.day, default=None)
    if latest is not None and latest.breakdown:
        parts = ", ".join(f"{v} in {c}" for c, v in latest.breakdown)
        axes.set_title(f"{latest.day:%-d %b}: {parts}", fontsize=7, loc="left")
    axes.set_ylabel(data.axis or default_words().axis_labels[data.metric])
    axes.set_xlabel("Day the figure describes (recent weeks)")
    axes.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=6))  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_formatter(DateFormatter("%-d %b\n%Y"))  # type: ignore[no-untyped-call]
    axes.grid(axis="y", linewidth=0.3, color="#bbbbbb")


def _overview(axes: Axes, data: ChartData, window: tuple[dt.date, dt.date]) -> None:
    """The whole campaign, small: the line, its start and the recent window shaded."""
    from matplotlib.dates import DateFormatter, MonthLocator

    joined = _one_per_day([t for t in data.tallies if joinable(t, data.start)])
    shown = joined or list(data.tallies)  # with no series, its figures unjoined
    days = [t.day for t in shown]
    axes.plot(_days(days), [t.value for t in shown], color="#000000", linewidth=0.9 if joined else 0,
              marker="o", markersize=2)
    first = min([*days, *([data.start] if data.start else [])])
    axes.set_xlim(first - dt.timedelta(days=3), max(window[1], max(days)))  # type: ignore[arg-type]
    axes.set_ylim(bottom=0, top=max(t.value for t in data.tallies) * 1.15)
    axes.axvspan(window[0], window[1], color="#dddddd", zorder=0)  # type: ignore[arg-type]
    axes.set_title("Whole campaign", fontsize=7)
    axes.xaxis.set_major_locator(MonthLocator(interval=max(1, (window[1] - first).days // 90)))  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_formatter(DateFormatter("%b\n%Y"))  # type: ignore[no-untyped-call]
    axes.tick_params(labelsize=6)


_one_per_day = one_per_day  # the line's points: the rule "Figures at a glance" reads the chart by


def _merged_labels(tallies: Sequence[Tally], numbers: dict[str, int]) -> list[tuple[Tally, set[int]]]:
    """One label for the same figure reported days apart, citing every source of it."""
    labels: list[tuple[Tally, set[int]]] = []
    for tally in sorted(tallies, key=lambda t: (t.day, t.value)):
        cited = {numbers[s.article] for s in tally.sources if s.article in numbers}
        same = next((entry for entry in labels if entry[0].value == tally.value
                     and entry[0].qualifier == tally.qualifier
                     and abs((tally.day - entry[0].day).days) <= 3), None)
        if same:
            labels.remove(same)
            cited |= same[1]
        labels.append((tally, cited))
    return sorted(labels, key=lambda pair: (pair[0].day, pair[0].value))


def _label_points(axes: Axes, tallies: Sequence[Tally], numbers: dict[str, int]) -> None:
    """"~66 [3,4]" beside each figure, placed on the drawn figure: the first of the spots around
    its marker (below first for a lower bound such as "more than 60") where the label's drawn box
    stays inside the plot and overlaps no label or marker; a spot further off gets a leader line."""
    renderer = axes.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    taken = Taken(axes.get_window_extent(renderer), [], [_marker_box(axes, t) for t in tallies])
    for tally, cited in _merged_labels(tallies, numbers):
        text = f"{QUALIFIER_SIGNS[tally.qualifier]}{tally.value} [{','.join(map(str, sorted(cited)))}]"
        spots = SPOTS_BELOW if tally.qualifier in LOWER_BOUNDS else SPOTS
        place_label(axes, (tally.day, tally.value), text, spots, taken).set_gid("point-label")


def _spots(first_dy: tuple[float, ...]) -> tuple[tuple[float, float], ...]:
    """Offsets (points) around a marker, nearest first: right, then left, then further away."""
    near = [(dx, dy) for dy in first_dy for dx in (5, -5)]
    rings = [(dx, dy) for dy in (12, -19, 22, -29, 32, -39, 44, -51, 56, -63)
             for dx in (5, -5, 20, -20, 40, -40)]
    return tuple(near + sorted(rings, key=lambda p: (abs(p[1]) + abs(p[0]) / 2)))


SPOTS = _spots((3, -10))
SPOTS_BELOW = _spots((-10, 3))
LEADER = 15  # points: a label set further off than this gets a line to its point


@dataclass
class Taken:
    """What a new label must stay inside (``frame``) and clear of: the labels placed so far and
    the markers, in display units."""

    frame: Any
    labels: list[Any]
    markers: list[Any]

    def cost(self, box: Any) -> tuple[int, int] | None:
        """None outside the frame; else how many labels, then markers, the box overlaps."""
        frame = self.frame
        if not (frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1):
            return None
        return (sum(1 for b in self.labels if box.overlaps(b)),
                sum(1 for b in self.markers if box.overlaps(b)))


def place_label(axes: Axes, xy: tuple[Any, float], text: str, spots: Sequence[tuple[float, float]],
                taken: Taken, size: float = 7) -> Any:
    """The label at the first spot whose drawn box is inside the frame and overlaps nothing
    taken; with none clear, the spot that overlaps the fewest labels, then markers."""
    renderer = axes.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    best: tuple[tuple[int, int], tuple[float, float]] | None = None
    for dx, dy in spots:
        label = _annotate(axes, xy, text, dx, dy, size)
        box = text_box(label, renderer).padded(1.0)
        cost = taken.cost(box)
        if cost == (0, 0):
            taken.labels.append(box)
            return label
        label.remove()
        if cost is not None and (best is None or cost < best[0]):
            best = (cost, (dx, dy))
    label = _annotate(axes, xy, text, *(best[1] if best else spots[0]), size)
    taken.labels.append(text_box(label, renderer))
    return label


def text_box(label: Any, renderer: Any) -> Any:
    """A label's drawn text, without its leader line (which may cross other labels' lines)."""
    from matplotlib.text import Text

    label.update_positions(renderer)  # as Annotation.get_window_extent does, before measuring
    return Text.get_window_extent(label, renderer)


def _annotate(axes: Axes, xy: tuple[Any, float], text: str, dx: float, dy: float, size: float) -> Any:
    far = abs(dx) > LEADER or abs(dy) > LEADER
    arrow = ({"arrowstyle": "-", "linewidth": 0.5, "color": "#555555", "shrinkA": 0, "shrinkB": 3}
             if far else None)
    return axes.annotate(text, xy, textcoords="offset points", xytext=(dx, dy), fontsize=size,
                         ha="left" if dx > 0 else "right", arrowprops=arrow, annotation_clip=False, zorder=7)


def _marker_box(axes: Axes, tally: Tally) -> Any:
    """The drawn extent of a figure's marker (5 points square), which no label may cover."""
    from matplotlib.transforms import Bbox

    x, y = axes.transData.transform((axes.convert_xunits(tally.day), tally.value))  # type: ignore[no-untyped-call]
    half = 2.5 * axes.figure.dpi / 72
    return Bbox.from_extents(x - half, y - half, x + half, y + half)


def _points(axes: Axes, tallies: Sequence[Tally], marker: str, label: str) -> None:
    """Figures not on the line: unjoined markers of their own kind."""
    if tallies:
        axes.plot(_days(t.day for t in tallies), [t.value for t in tallies], linestyle="none", marker=marker,
                  markerfacecolor="white", markeredgecolor="#000000", color="#000000", label=label)


def _series(axes: Axes, name: str, points: Sequence[tuple[dt.date, int]], label: str) -> None:
    if not points:
        return
    marker, style, colour = STYLES[name]
    axes.plot(_days(p[0] for p in points), [p[1] for p in points], marker=marker, linestyle=style,
              color=colour, linewidth=1.2, markersize=5, label=label)


def _days(days: Iterable[dt.date]) -> Any:
    """Days as matplotlib plots them: an array (its stubs take no list of dates, its units
    machinery does)."""
    import numpy

    return numpy.asarray(list(days))


# --- attacks and strikes per week -------------------------------------------------------------

# the story's countries in order -> (fill, hatch), told apart in black and white; the last for
# "country not reported" (no dotted hatch: matplotlib draws each dot as a curve, a quarter of
# a megabyte of SVG)
HATCHES = (("#444444", ""), ("#bbbbbb", "////"), ("#ffffff", "xxxx"), ("#777777", "||||"),
           ("#dddddd", "\\\\\\\\"), ("#ffffff", "++++"), ("#999999", ""), ("#eeeeee", "////"))
UNREPORTED = ("#ffffff", "---")


def _hatch(data: WeeklyData, country: str | None) -> tuple[str, str]:
    if country is None:
        return UNREPORTED
    return HATCHES[data.countries.index(country) % len(HATCHES)]


def weekly_figure(data: WeeklyData) -> Any:
    """Two panels over the same weeks, attacks above and US strikes below, each bar stacked by
    country; the period's week(s) shaded; each bar's total written on it."""
    import matplotlib

    with matplotlib.rc_context({**RC, "hatch.linewidth": 0.5}):
        figure = new_figure(*data.size)
        top, bottom = figure.subplots(2, 1, sharex=True)
        highest = max([_week_totals(data, kind).get(w, 0) for kind in ("attacks", "strikes")
                       for w in data.weeks] + [1])
        for axes, kind, title in ((top, "attacks", data.titles[0]), (bottom, "strikes", data.titles[1])):
            _week_bars(axes, data, kind, highest)
            axes.set_title(title, fontsize=7, loc="left")
            axes.set_ylabel("events", fontsize=7)
        bottom.set_xticks(range(len(data.weeks)))
        bottom.set_xticklabels([f"{w:%-d %b}" for w in data.weeks], fontsize=6, rotation=0)
        bottom.set_xlabel("Week starting (Monday)")
        drawn = {country for _, _, country, _ in data.counts}  # the key names only what is drawn
        handles = [_patch(data, country) for country in (*data.countries, None) if country in drawn]
        if handles:
            bottom.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.45), ncol=4,
                          fontsize=7, frameon=False)
        figure.tight_layout()
    return figure


def _week_totals(data: WeeklyData, kind: str) -> dict[dt.date, int]:
    totals: Counter[dt.date] = Counter()
    for week, what, _, number in data.counts:
        if what == kind:
            totals[week] += number
    return dict(totals)


def _week_bars(axes: Axes, data: WeeklyData, kind: str, highest: int) -> None:
    base = [0] * len(data.weeks)
    index = {w: i for i, w in enumerate(data.weeks)}
    for country in (*data.countries, None):
        heights = [0] * len(data.weeks)
        for week, what, where, number in data.counts:
            if what == kind and where == country and week in index:
                heights[index[week]] += number
        fill, hatch = _hatch(data, country)
        drawn = [i for i, h in enumerate(heights) if h]  # an empty bar is not drawn (nor its hatching)
        if drawn:
            axes.bar(drawn, [heights[i] for i in drawn], bottom=[base[i] for i in drawn], color=fill,
                     hatch=hatch, edgecolor="#000000", linewidth=0.5, width=0.7)
        base = [b + h for b, h in zip(base, heights, strict=True)]
    for i, total in enumerate(base):
        if total:
            axes.annotate(str(total), (i, total), textcoords="offset points", xytext=(0, 1), ha="center",
                          fontsize=6)
    for i, week in enumerate(data.weeks):
        if week + dt.timedelta(days=6) >= data.period[0] and week <= data.period[1]:
            axes.axvspan(i - 0.5, i + 0.5, color="#eeeeee", zorder=0)
    axes.set_ylim(0, highest * 1.25 + 0.5)
    from matplotlib.ticker import MaxNLocator

    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.tick_params(labelsize=6)


def _patch(data: WeeklyData, country: str | None) -> Any:
    from matplotlib.patches import Patch

    fill, hatch = _hatch(data, country)
    return Patch(facecolor=fill, hatch=hatch, edgecolor="#000000", linewidth=0.5,
                 label=country or "country not reported")
