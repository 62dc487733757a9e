"""Which running totals can be compared, which one heads the briefing, and where sources disagree.

A series joins only figures that count the same thing from the same start and are given as
the campaign's: the US government's (``official``) and the outlets' own counts. A group's
claim and a monitor's count are shown for what they are, never joined and never the headline.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Mapping, Sequence

from .model import Disagreement, Glance, Metric, Period, Tally
from .names import KIND_NAMES, KIND_WORDS, LOWER_BOUNDS, PRECISION, default_words

REPORTED = ("official", "outlet")  # kinds whose figures join the campaign series
SAME_START = 10  # days: "since Oct. 7", "since Oct. 17" and "since the war began" are one campaign


def joinable(tally: Tally, start: dt.date | None) -> bool:
    """Whether a figure belongs to the campaign series counted from ``start``."""
    return (tally.source_kind in REPORTED and start is not None and tally.since is not None
            and abs((tally.since - start).days) <= SAME_START)


def interval(tally: Tally) -> tuple[float, float]:
    """The values a figure allows: "at least 40" is [40, inf), "about 66" is [62.7, 69.3]."""
    value = float(tally.value)
    return {
        "exact": (value, value),
        "approximately": (value * 0.95, value * 1.05),
        "at least": (value, float("inf")),
        "more than": (value + 1, float("inf")),
        "nearly": (value * 0.9, value - 1),
        "up to": (0.0, value),
    }[tally.qualifier]


def figure_text(tally: Tally) -> str:
    """"approximately 66", "at least 46", "41"."""
    return f"{tally.value}" if tally.qualifier == "exact" else f"{tally.qualifier} {tally.value}"


def glance(metric: Metric, tallies: Sequence[Tally], period: Period, start: dt.date | None) -> Glance | None:
    """The headline figure: the latest of the government's figures (the outlets' if it gave none),
    and the latest one before the period that it can be compared with."""
    mine = [t for t in tallies if t.metric == metric and t.as_of and t.source_kind in REPORTED]
    if not mine:
        return None
    # the government's latest figure, unless an outlet's is days newer
    newest = max(t.day for t in mine)
    official = [t for t in mine if t.source_kind == "official" and (newest - t.day).days <= 3]
    latest = max(official or mine,
                 key=lambda t: (t.day, joinable(t, start), -PRECISION[t.qualifier], t.value))
    series = [t for t in mine if joinable(t, start) and joinable(latest, start)]
    before = [t for t in series if t.day < period.start and t.day < latest.day]
    earlier = max(before, key=lambda t: (t.day, t.value)) if before else None
    return Glance(metric, latest, earlier)


def one_per_day(tallies: Iterable[Tally]) -> list[Tally]:
    """A series' points: per day the most precise figure ("about 66" over "more than 60"), as
    the chart draws its line. A lower bound under a figure of an earlier day ("more than 110" two
    days after "112") says nothing new of a running total: it is left off the line (the chart
    draws it apart, as a less precise figure), which never falls where no report says it fell."""
    best: dict[dt.date, Tally] = {}
    for tally in sorted(tallies, key=lambda t: (PRECISION[t.qualifier], -t.value, t.id)):
        best.setdefault(tally.day, tally)
    line: list[Tally] = []
    peak: int | None = None  # the highest value on the line so far
    for tally in sorted(best.values(), key=lambda t: t.day):
        if not (tally.qualifier in LOWER_BOUNDS and peak is not None and tally.value < peak):
            line.append(tally)
            peak = tally.value if peak is None else max(peak, tally.value)
    return line


def chart_note(line: Glance, charted: Iterable[Tally], start: dt.date | None) -> str:
    """Why the chart's newest point on the campaign line is not the figure "Figures at a glance"
    calls the latest ("" when it is the same figure, or the chart has no line)."""
    joined = one_per_day(t for t in charted if t.metric == line.metric and t.as_of and joinable(t, start))
    if not joined:
        return ""
    newest, latest = joined[-1], line.latest
    if (newest.day, newest.value, newest.qualifier) == (latest.day, latest.value, latest.qualifier):
        return ""
    drawn = f"The chart's newest point on the line is {figure_text(newest)} as of {newest.day:%-d %b}"
    if not joinable(latest, start):
        counted = f"{latest.since:%-d %b %Y}" if latest.since else "a start not stated"
        return f"{drawn}; this figure counts from {counted}, so the chart draws it apart from the line."
    if newest.day > latest.day:
        return (f"{drawn} ({KIND_NAMES[newest.source_kind]}); the headline figure is the government's "
                f"latest, of {latest.day:%-d %b}, unless another source's is more than 3 days newer.")
    if newest.day == latest.day:
        return f"{drawn}: of one day's figures the chart draws the most precise."
    return f"{drawn}: the chart's line keeps fewer figures than were reported; all are in the JSON export."


def disagreements_of(tallies: Sequence[Tally], start: dt.date | None,
                     said: Mapping[Metric, str] | None = None) -> list[Disagreement]:
    """Every kind of disagreement the figures show, oldest first; ``said``: the story's words for
    each running figure (its profile's ``[metric.*] words``; the default profile's when None)."""
    said = said or default_words().metric_words
    found = [*_same_day(tallies, start, said), *_falling(tallies, start, said),
             *_within_article(tallies, said), *_kinds(tallies, said)]
    return sorted(found, key=lambda d: (max(t.as_of or dt.date.min for t in d.tallies), d.kind, d.text))


def _same_day(tallies: Iterable[Tally], start: dt.date | None,
              said: Mapping[Metric, str]) -> list[Disagreement]:
    """Comparable figures for the same day that cannot all be true."""
    days: dict[tuple[Metric, dt.date], list[Tally]] = {}
    for tally in tallies:
        if tally.as_of and joinable(tally, start):
            days.setdefault((tally.metric, tally.as_of), []).append(tally)
    found = []
    for (metric, day), group in sorted(days.items()):
        clashing = _clashing(group)
        if clashing and len({t.sources[0].article for t in clashing}) > 1:
            found.append(Disagreement("same-day", metric, tuple(clashing),
                                      f"Sources disagree on {said[metric]} as of {day:%-d %b}: "
                                      f"{', '.join(figure_text(t) for t in clashing)}."))
    return found


def _clashing(group: Sequence[Tally]) -> list[Tally]:
    """The figures of ``group`` that some other figure of it rules out (their intervals are
    apart): the same as comparing every pair, in one pass. A figure is ruled out by another
    when the lowest upper bound, or the highest lower bound, of the others excludes it."""
    bounds = [interval(t) for t in group]
    highs = heapq.nsmallest(2, range(len(group)), key=lambda i: bounds[i][1])
    lows = heapq.nlargest(2, range(len(group)), key=lambda i: bounds[i][0])

    def other(best: list[int], i: int) -> int | None:
        return next((j for j in best if j != i), None)

    found = []
    for i, tally in enumerate(group):
        high, low = other(highs, i), other(lows, i)
        if (high is not None and bounds[high][1] < bounds[i][0]) or (
                low is not None and bounds[i][1] < bounds[low][0]):
            found.append(tally)
    return found


def _falling(tallies: Iterable[Tally], start: dt.date | None,
             said: Mapping[Metric, str]) -> list[Disagreement]:
    """A running total below one given earlier from the same start: one pass per metric."""
    series: dict[Metric, list[Tally]] = {}
    for tally in tallies:
        if tally.as_of and joinable(tally, start):
            series.setdefault(tally.metric, []).append(tally)
    # one fall told by several reports (the same lower figure of the same day) is one disagreement
    # with all their figures, never the same line once per report
    found: dict[tuple[Metric, str], list[Tally]] = {}
    for metric, figures in sorted(series.items()):
        floor: Tally | None = None
        for tally in sorted(figures, key=lambda t: (t.day, t.id)):
            if floor is not None and floor.day < tally.day and interval(tally)[1] < interval(floor)[0]:
                text = (f"The running total of {said[metric]} falls from {figure_text(floor)} "
                        f"({floor.day:%-d %b}) to {figure_text(tally)} ({tally.day:%-d %b}).")
                found.setdefault((metric, text), []).extend((floor, tally))
            if floor is None or interval(tally)[0] > interval(floor)[0]:
                floor = tally
    return [Disagreement("falling", metric, tuple(dict.fromkeys(group)), text)
            for (metric, text), group in found.items()]


def _within_article(tallies: Iterable[Tally], said: Mapping[Metric, str]) -> list[Disagreement]:
    """One article giving two figures for the same thing on the same day that cannot both be true."""
    articles: dict[tuple[str, Metric, dt.date | None, str], list[Tally]] = {}
    for tally in tallies:
        articles.setdefault((tally.sources[0].article, tally.metric, tally.as_of, tally.source_kind),
                            []).append(tally)
    found = []
    for (_article, metric, _day, _kind), group in sorted(articles.items(), key=lambda kv: str(kv[0])):
        clashing = _clashing(group)
        if len(clashing) > 1:
            found.append(Disagreement("within-article", metric, tuple(clashing),
                                      f"One article gives two figures for {said[metric]}: "
                                      f"{' and '.join(figure_text(t) for t in clashing)}."))
    return found


def _kinds(tallies: Sequence[Tally], said: Mapping[Metric, str]) -> list[Disagreement]:
    """A group's claim or a monitor's count beside the government's figure of the same days."""
    officials = _officials_by_day(tallies)
    found = []
    for other in (t for t in tallies if t.source_kind in ("claim", "monitor") and t.as_of):
        # told side by side whenever the numbers differ, even when both could be true ("more than
        # 150" claimed beside "at least 160"): the reader should not take one for the other
        official = _latest_other_value(officials, other)
        if official is not None:
            who = other.speaker or KIND_WORDS[other.source_kind]
            found.append(Disagreement("kinds", other.metric, (official, other),
                                      f"{who} gives {figure_text(other)} {said[other.metric]} "
                                      f"({KIND_WORDS[other.source_kind]}, {other.day:%-d %b}); the US "
                                      f"government's figure is {figure_text(official)} "
                                      f"({official.day:%-d %b})."))
    return found


_NEAR_DAYS = 3  # an official figure this many days either side of a claim's is told beside it


def _officials_by_day(tallies: Sequence[Tally]) -> dict[tuple[Metric, dt.date], tuple[Tally, Tally | None]]:
    """The officials' figures of each metric and day: the first given, and the first whose value
    differs from it. A claim of any value differs from one of the two, so the two stand for all
    the day's figures (looking every figure up for every claim grew with the square of a
    crowded week: 8,000 figures on three days took 40 s)."""
    days: dict[tuple[Metric, dt.date], tuple[Tally, Tally | None]] = {}
    for tally in tallies:
        if tally.source_kind != "official" or tally.as_of is None:
            continue
        key = (tally.metric, tally.as_of)
        first, second = days.get(key, (tally, None))
        if second is None and tally.value != first.value:
            second = tally
        days[key] = (first, second)
    return days


def _latest_other_value(officials: dict[tuple[Metric, dt.date], tuple[Tally, Tally | None]],
                        other: Tally) -> Tally | None:
    """The officials' figure of the latest day within ``_NEAR_DAYS`` of ``other``'s whose value
    differs from it (the first given of that day), as comparing it with every figure would pick."""
    for shift in range(_NEAR_DAYS, -_NEAR_DAYS - 1, -1):
        pair = officials.get((other.metric, other.day + dt.timedelta(days=shift)))
        if pair is None:
            continue
        first, second = pair
        if first.value != other.value:
            return first
        if second is not None:
            return second
    return None
