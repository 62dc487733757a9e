"""The period a briefing covers: an ISO week, an explicit range, or the last 7 days of the input."""

from __future__ import annotations

import datetime as dt
import re

from .errors import BriefingError
from .frontmatter import FIRST_YEAR, LAST_YEAR
from .model import Period


def _within(day: dt.date, option: str) -> dt.date:
    """A period's day within the years a briefing can cover, so no date sum overflows."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise BriefingError(f"{option} {day.isoformat()} is outside the years {FIRST_YEAR}–{LAST_YEAR} "
                            "a briefing can cover")
    return day


def iso_week(text: str) -> Period:
    match = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text.strip(), re.I)
    if not match:
        raise BriefingError(f"--week '{text}' is not an ISO week; write it like 2023-W47")
    try:
        start = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError as error:
        raise BriefingError(f"--week '{text}' does not exist ({error})") from None
    _within(start, "--week starting")
    return Period(start, start + dt.timedelta(days=6), f"{int(match[1])}-W{int(match[2]):02d}")


def date_range(start: dt.date, end: dt.date) -> Period:
    _within(start, "--from")
    _within(end, "--to")
    if end < start:
        raise BriefingError(f"--from {start} is after --to {end}; swap them")
    return Period(start, end, f"{start.isoformat()}_to_{end.isoformat()}")


def last_week_of(newest: dt.date) -> Period:
    """The 7 days ending on ``newest``: the default, so no result depends on today's date.
    (``newest`` is a publication date, within the years ingest accepts.)"""
    start = newest - dt.timedelta(days=6)
    return Period(start, newest, f"{start.isoformat()}_to_{newest.isoformat()}")


def describe(period: Period) -> str:
    """"16–22 November 2023" for a reader."""
    start, end = period.start, period.end
    if start.year != end.year:
        return f"{start:%-d %B %Y} – {end:%-d %B %Y}"
    if start.month != end.month:
        return f"{start:%-d %B} – {end:%-d %B %Y}"
    return f"{start.day}–{end:%-d %B %Y}"
