"""The period a briefing covers: an ISO week, an explicit range, or the last 7 days of the input."""

from __future__ import annotations

import datetime as dt
import re

from .errors import BriefingError
from .model import Period


def iso_week(text: str) -> Period:
    match = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text.strip(), re.I)
    if not match:
        raise BriefingError(f"--week '{text}' is not an ISO week; write it like 2023-W47")
    try:
        start = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError as error:
        raise BriefingError(f"--week '{text}' does not exist ({error})") from None
    return Period(start, start + dt.timedelta(days=6), f"{int(match[1])}-W{int(match[2]):02d}")


def date_range(start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise BriefingError(f"--from {start} is after --to {end}; swap them")
    return Period(start, end, f"{start.isoformat()}_to_{end.isoformat()}")


def last_week_of(newest: dt.date) -> Period:
    """The 7 days ending on ``newest``: the default, so no result depends on today's date."""
    return date_range(newest - dt.timedelta(days=6), newest)


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
