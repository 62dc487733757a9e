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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .cache import extractor_version
from .figures import REPORTED, joinable
from .model import Briefing, Metric, Tally
from .names import AXIS_LABELS, LOWER_BOUNDS, METRICS, PRECISION, QUALIFIER_SIGNS

if TYPE_CHECKING:  # matplotlib is imported only where a chart is drawn
    from matplotlib.axes import Axes

STYLES = {  # series -> (marker, line style, grey level)
    "total": ("o", "-", "#000000"),
    "Iraq": ("s", "--", "#555555"),
    "Syria": ("^", ":", "#555555"),
    "Jordan": ("D", "-.", "#777777"),
}


@dataclass(frozen=True)
class ChartData:
    """All a chart is drawn from: small enough to send to another process, and to hash."""

    metric: Metric
    tallies: tuple[Tally, ...]
    numbers: tuple[tuple[str, int], ...]
    start: dt.date | None

    def key(self) -> str:
        rows = [(t.as_of, t.value, t.qualifier, t.since, t.breakdown, t.source_kind,
                 sorted(n for a, n in self.numbers if any(s.article == a for s in t.sources)))
                for t in self.tallies]
        # the drawing code is this module and the words and rules it takes from others
        code = (extractor_version(), _matplotlib_version())
        return hashlib.sha256(repr((self.metric, rows, self.start, code)).encode()).hexdigest()


def chart_data(briefing: Briefing) -> list[ChartData]:
    """One chart per metric that has figures."""
    numbers = tuple(sorted(briefing.source_numbers().items()))
    return [ChartData(metric, tallies, numbers, briefing.campaign_start)
            for metric in METRICS
            if (tallies := tuple(t for t in briefing.tallies if t.metric == metric))]


class Pending(Mapping[str, str]):
    """Charts being drawn elsewhere; reading one waits for them."""

    def __init__(self, metrics: list[str], ready: dict[str, str], future: Any = None,
                 missing: list[ChartData] | None = None) -> None:
        self.metrics = metrics
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
        return self.result()[metric]

    def __iter__(self) -> Iterator[str]:
        return iter(self.metrics)

    def __len__(self) -> int:
        return len(self.metrics)


@contextlib.contextmanager
def drawn(briefing: Briefing, store: Any) -> Iterator[Pending]:
    """The briefing's charts: from the cache when their data is unchanged, else drawn in a
    second process while the caller goes on (the machines have two cores). The caller
    closes ``store``."""
    wanted = chart_data(briefing)
    ready: dict[str, str] = {d.metric: svg for d in wanted
                             if (svg := store.get_text("charts", d.key())) is not None}
    missing = [d for d in wanted if d.metric not in ready]
    pool = None
    future = None
    if missing:
        import multiprocessing
        import os
        from concurrent.futures import ProcessPoolExecutor

        from .processes import start_child

        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"),
                                   initializer=start_child, initargs=(os.getpid(),))
        future = pool.submit(_render_all, missing)
    pending = Pending([d.metric for d in wanted], ready, future, missing)
    try:
        yield pending
        for data in missing:
            store.put_text("charts", data.key(), pending[data.metric])
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _render_all(data: list[ChartData]) -> dict[str, str]:
    return {d.metric: render_chart(d) for d in data}


@functools.lru_cache(maxsize=1)
def _matplotlib_version() -> str:
    from importlib.metadata import version

    return version("matplotlib")


def render_chart(data: ChartData) -> str:
    """The SVG of one chart."""
    return _render(data, "svg").decode()


def render_png(data: ChartData, dpi: int = 120) -> bytes:
    """The chart as PNG, for mail clients, which show no SVG."""
    return _render(data, "png", dpi)


def _render(data: ChartData, kind: str, dpi: int = 100) -> bytes:
    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.dates import AutoDateLocator, DateFormatter
    from matplotlib.figure import Figure

    metric, tallies = data.metric, data.tallies
    numbers = dict(data.numbers)
    start = data.start
    with matplotlib.rc_context({
        "svg.fonttype": "none", "svg.hashsalt": "briefing", "font.family": "DejaVu Sans",
        "font.size": 8, "text.parse_math": False, "axes.spines.top": False,
        "axes.spines.right": False,
    }):
        figure = Figure(figsize=(6.6, 3.0))
        FigureCanvasSVG(figure)
        axes = figure.add_subplot()
        joined = _one_per_day([t for t in tallies if joinable(t, start)])
        total = f"total since {start:%-d %b %Y}" if start else "total"
        _series(axes, "total", [(t.day, t.value) for t in joined], label=total)
        for country in ("Iraq", "Syria", "Jordan"):
            parts = [(t.day, dict(t.breakdown)[country]) for t in joined
                     if t.breakdown and country in dict(t.breakdown)]
            if parts:
                _series(axes, country, parts, label=f"in {country}")
                day, value = parts[-1]
                axes.annotate(f"{value} in {country}", (day, value), textcoords="offset points",
                              xytext=(-5, 5 if country == "Syria" else -10), fontsize=7, ha="right")
        reported = [t for t in tallies if t.source_kind in REPORTED]
        _points(axes, [t for t in reported if not joinable(t, start)], "o", "start not stated / other start")
        _points(axes, [t for t in reported if joinable(t, start) and t not in joined], "v",
                "same start, less precise figure")
        _points(axes, [t for t in tallies if t.source_kind == "claim"], "x", "a group's own claim")
        _points(axes, [t for t in tallies if t.source_kind == "monitor"], "+", "a monitor's count")
        if start:  # matplotlib's stubs want a float where its date units take a day
            axes.axvline(start, color="#000000", linewidth=0.6, linestyle=(0, (1, 2)))  # type: ignore[arg-type]
            axes.annotate(f"start {start:%-d %b}", (start, 0), textcoords="offset points",
                          xytext=(3, 3), fontsize=7)
        axes.set_ylim(bottom=0, top=max(t.value for t in tallies) * 1.2)
        axes.set_ylabel(AXIS_LABELS[metric])
        axes.set_xlabel("Day the figure describes")
        axes.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=6))  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_formatter(DateFormatter("%-d %b\n%Y"))  # type: ignore[no-untyped-call]
        axes.grid(axis="y", linewidth=0.3, color="#bbbbbb")
        # below the plot, so the key never hides a point; it lists only what is drawn
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.32), ncol=3, fontsize=7, frameon=False)
        figure.tight_layout()  # first, so that labels are placed in the axes' final place
        _label_points(axes, tallies, numbers)
        figure.tight_layout()
        buffer = io.BytesIO()
        metadata = {"Date": None, "Creator": None} if kind == "svg" else {"Software": None}
        figure.savefig(buffer, format=kind, dpi=dpi, metadata=metadata)
    return buffer.getvalue()


def _one_per_day(tallies: Sequence[Tally]) -> list[Tally]:
    """The series' points: per day the most precise figure ("about 66" over "more than 60")."""
    best: dict[object, Tally] = {}
    for tally in sorted(tallies, key=lambda t: (PRECISION[t.qualifier], -t.value, t.id)):
        best.setdefault(tally.day, tally)
    return sorted(best.values(), key=lambda t: t.day)


def _label_points(axes: Axes, tallies: Sequence[Tally], numbers: dict[str, int]) -> None:
    """"~66 [3,4]" beside each figure: one label for the same figure reported days apart;
    lower bounds ("more than 60") labelled below their marker, other figures above; a label
    moves up or down until it overlaps no label placed before it."""
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
    axes.autoscale_view()  # the dates' limits, so that data maps to where it will be drawn
    right = axes.transData.transform((axes.get_xlim()[1], 0))[0]
    placed: list[_Box] = []
    for tally, cited in sorted(labels, key=lambda pair: (pair[0].day, pair[0].value)):
        text = f"{QUALIFIER_SIGNS[tally.qualifier]}{tally.value} [{','.join(map(str, sorted(cited)))}]"
        x, y = axes.transData.transform((axes.convert_xunits(tally.day), tally.value))  # type: ignore[no-untyped-call]
        scale = axes.figure.dpi / 72  # display units a point takes
        width = LABEL_CHAR * len(text) * scale
        leftward = x + (4 + LABEL_CHAR * len(text)) * scale > right  # it would run off the plot
        dx = -5 if leftward else 4
        left = x + dx * scale - (width if leftward else 0)
        box = _clear_box(left, y, width, tally.qualifier in LOWER_BOUNDS, placed, scale)
        placed.append(box)
        axes.annotate(text, (tally.day, tally.value), textcoords="offset points",
                      xytext=(dx, box.dy), fontsize=7, ha="right" if leftward else "left")


LABEL_CHAR = 4.3  # points a character of a 7-point label takes, on average
LABEL_HEIGHT = 9.0  # points a label's line takes
OFFSETS = (4.0, -11.0, 14.0, -21.0, 24.0, -31.0, 34.0, -41.0, 44.0, -51.0)  # above (+) / below (-)


@dataclass(frozen=True)
class _Box:
    """Where a label is drawn, in display units; ``dy`` its offset from the marker, in points."""

    left: float
    bottom: float
    width: float
    height: float
    dy: float

    def overlaps(self, other: _Box) -> bool:
        return (self.left < other.left + other.width and other.left < self.left + self.width
                and self.bottom < other.bottom + other.height and other.bottom < self.bottom + self.height)


def _clear_box(left: float, y: float, width: float, lower_bound: bool, placed: list[_Box],
               scale: float) -> _Box:
    """The first offset (below first for a lower bound) at which the label overlaps no label
    already placed; the first of all when none is clear."""
    order = OFFSETS[1:] + OFFSETS[:1] if lower_bound else OFFSETS
    # a label's line starts a little below its baseline (the descenders)
    boxes = [_Box(left, y + (dy - 2.5) * scale, width, LABEL_HEIGHT * scale, dy) for dy in order]
    return next((box for box in boxes if not any(box.overlaps(other) for other in placed)), boxes[0])


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
