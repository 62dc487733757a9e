"""Acts told at another time than a dated one (issue 23): "A week earlier, a drone struck the
base" (a time counted back from the act told before it: always another act) and "Last March, a
drone attack ..." or "Earlier this month, ..." (a span counted from the page's day: another act
than a dated one outside that span). The grammar's rules act_other_time and act_page_time."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..screen import Screened
from .entries import GRAMMAR

# each searched only in a sentence holding one of the words its matches need ("earlier", "before",
# "ago", "last", ...; screen.py): asked of every sentence beside an act's, for every event
_COUNTED_BACK = Screened(GRAMMAR.pattern("act_other_time"))
_PAGE_TIME = Screened(GRAMMAR.pattern("act_page_time"))
# a count told in words ("two days", "a couple of weeks"); events' "a week after" reads it too
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3, "a couple of": 2}
# days in a unit, and how far either side of "N units ago" the act may be
_UNIT = {"day": (1, 1), "week": (7, 3), "month": (30, 15), "year": (365, 183)}
_MONTHS = tuple(m.lower() for m in calendar.month_name[1:])

Span = tuple[dt.date, dt.date]


def count_of(told: str) -> int:
    """A count as the text tells it, in words ("a couple of") or figures ("3")."""
    return _COUNTS.get(" ".join(told.lower().split())) or int(told)


def counted_back(text: str) -> bool:
    """Whether a sentence tells a time counted back from the act told before ("Two days before,")."""
    return _COUNTED_BACK.search(text) is not None


def told_at_another_time(text: str) -> bool:
    """Whether a sentence told after an act's own tells a time of its own, counted back from that
    act or from the page's day ("A week earlier, ...", "Last March, ..."): what it tells is
    another act's (a writer who gave the act's day does not tell it again by a vaguer time)."""
    return counted_back(text) or _PAGE_TIME.search(text) is not None


def outside_page_time(text: str, day: dt.date, published: dt.date | None) -> bool:
    """Whether a sentence tells a time counted from the page's day ("last March") that ``day``
    is not in. Unknown (False) without the page's day."""
    if published is None:
        return False
    spans = [_span(m, published) for m in _PAGE_TIME.finditer(text)]
    return any(span is not None and not span[0] <= day <= span[1] for span in spans)


def _span(told: re.Match[str], published: dt.date) -> Span | None:
    """The days a span counted from the page's day covers (generously: a report's "last week" may
    be any of the fortnight before)."""
    if told["n"]:
        count = count_of(told["n"])
        days, slack = _UNIT[told["unit"].lower().rstrip("s")]
        back = published - dt.timedelta(days=count * days)
        return back - dt.timedelta(days=slack), back + dt.timedelta(days=slack)
    word = (told["this"] or told["last"] or told["in_month"]).lower()
    if word in _MONTHS:  # "last March", "earlier in March": the last such month before the page's
        return _month(_MONTHS.index(word) + 1, published, strictly=told["last"] is not None)
    first = {"week": published - dt.timedelta(days=6), "month": published.replace(day=1),
             "year": published.replace(month=1, day=1)}[word]
    if told["this"]:
        return first, published
    if word == "week":
        return published - dt.timedelta(days=13), published - dt.timedelta(days=1)
    before = first - dt.timedelta(days=1)
    return (before.replace(day=1), before) if word == "month" else (before.replace(month=1, day=1), before)


def _month(month: int, published: dt.date, strictly: bool) -> Span:
    """The whole of the last ``month`` before the page's day (``strictly``: not the page's own)."""
    year = published.year if month < published.month or (month == published.month and not strictly) \
        else published.year - 1
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
