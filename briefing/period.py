"""The period a briefing covers: an ISO week, an explicit range, or the last 7 days of the input."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import PeriodError
from .frontmatter import FIRST_YEAR, LAST_YEAR
from .model import Period


def _within(day: dt.date, option: str) -> dt.date:
    """A period's day within the years a briefing can cover, so no date sum overflows."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise PeriodError(f"{option} {day.isoformat()} is outside the years {FIRST_YEAR}–{LAST_YEAR} "
                            "a briefing can cover")
    return day


def iso_week(text: str) -> Period:
    match = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text.strip(), re.I)
    if not match:
        raise PeriodError(f"--week '{text}' is not an ISO week; write it like 2023-W47")
    try:
        start = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError as error:
        raise PeriodError(f"--week '{text}' does not exist ({error})") from None
    _within(start, "--week starting")
    return Period(start, start + dt.timedelta(days=6), f"{int(match[1])}-W{int(match[2]):02d}")


def date_range(start: dt.date, end: dt.date, last_day: str = "--to") -> Period:
    """``last_day`` names the option of the period's end (``--until`` in ``send``)."""
    _within(start, "--from")
    _within(end, last_day)
    if end < start:
        raise PeriodError(f"--from {start} is after {last_day} {end}; swap them")
    return Period(start, end, f"{start.isoformat()}_to_{end.isoformat()}")


def last_week_of(newest: dt.date, week_start: str | None = None) -> Period:
    """The 7 days ending on ``newest``: the default, so no result depends on today's date; with
    ``week_start`` ("monday": ISO weeks, or "sunday"), the team's week that holds it."""
    if week_start is None:
        return date_range(newest - dt.timedelta(days=6), newest)
    first = 0 if week_start == "monday" else 6
    start = newest - dt.timedelta(days=(newest.weekday() - first) % 7)
    if week_start == "monday":
        year, week, _ = start.isocalendar()
        return Period(start, start + dt.timedelta(days=6), f"{year}-W{week:02d}")
    return date_range(start, start + dt.timedelta(days=6))


GAP = 10  # days between publication dates that separate one cluster of clippings from the next
BULK = 0.2  # a cluster newer than the chosen one must hold at least this share of the dated inputs


@dataclass(frozen=True)
class Bulk:
    """Where the input's publication dates cluster: the newest date of the chosen cluster, and
    the dates newer than it that stand apart (a site's "today" in a page header, a typo)."""

    newest: dt.date
    outliers: tuple[dt.date, ...]


def bulk_of(dates: Sequence[dt.date]) -> Bulk | None:
    """The newest date of the newest cluster holding a fair share of the inputs (at least two
    articles and a fifth of them); a lone date weeks after the rest does not set the period."""
    ordered = sorted(dates)
    if not ordered:
        return None
    clusters: list[list[dt.date]] = [[ordered[0]]]
    for day in ordered[1:]:
        if (day - clusters[-1][-1]).days > GAP:
            clusters.append([])
        clusters[-1].append(day)
    needed = max(2, BULK * len(ordered))
    chosen = next((c for c in reversed(clusters) if len(c) >= needed), clusters[-1])
    newer = [d for c in clusters[clusters.index(chosen) + 1:] for d in c]
    return Bulk(chosen[-1], tuple(newer))


REPORTED_REACH = 2  # days after the newest publication day an event of the bulk may fall (local time)


def reported_end(bulk: Bulk, reported: Sequence[tuple[dt.date, dt.date]]) -> dt.date:
    """The default period's last day: the later of the bulk's newest publication day and the
    newest day the bulk's articles report. ``reported`` pairs an event's day with the
    publication day of an article that reports it; only articles of the bulk count (not the
    outliers), and only days up to ``REPORTED_REACH`` after the bulk's newest publication (the
    next local day of a US evening report), never a later date an article got wrong."""
    newest = bulk.newest
    reach = newest + dt.timedelta(days=REPORTED_REACH)
    days = [day for day, published in reported
            if published not in bulk.outliers and published <= newest and newest < day <= reach]
    return max(days, default=newest)


def describe(period: Period) -> str:
    """"16–22 November 2023" for a reader."""
    start, end = period.start, period.end
    if start.year != end.year:
        return f"{start:%-d %B %Y} – {end:%-d %B %Y}"
    if start.month != end.month:
        return f"{start:%-d %B} – {end:%-d %B %Y}"
    return f"{start.day}–{end:%-d %B %Y}"


def week_of(day: dt.date) -> Period:
    """The ISO week (Monday to Sunday) that holds ``day``."""
    year, week, _ = day.isocalendar()
    return iso_week(f"{year}-W{week:02d}")


def relative_week(word: str, today: dt.date) -> Period:
    """``--week last`` or ``--week this``, counted from ``today`` (which the command line reads)."""
    if word == "this":
        return week_of(today)
    if word == "last":
        return week_of(today - dt.timedelta(days=7))
    return iso_week(word)
