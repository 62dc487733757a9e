"""Publication dates against the text's own days (issue 23, twenty-fourth session). Every text is ours.

A site far ahead of UTC republishes a wire and prints its own calendar's day: "15th May 2024, 03:20
GMT+10" is 14 May in UTC, the day of its "NORBURG, May 14 (Wire Agency) --". The two agree on the
instant, and the wire line's day is the article's; the stamp's local day is not.

A clipper's date two days or more after the statement its lede reports ("the navy confirmed on
Saturday" on a page saved on a Monday) is the day the page was saved, not the day it appeared.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.datelines import Dateline, utc_day
from tests.conftest import make_article

_LEDE = ("NORBURG, {wire} (Wire Agency) -- A patrol ship shot down two drones over the strait, the "
         "coast command said on {weekday}.\n\n"
         "The ship belongs to a harbour patrol set up last month, the command added.")


def _page(wire: str, weekday: str, stamp: str) -> str:
    """A republished wire: headline, the wire's text, then the site's stamp and the text again."""
    lede = _LEDE.format(wire=wire, weekday=weekday)
    head = "Patrol ship downs two drones"
    return f"{head}\n\n{lede}\n\n{head}\n\nWire Agency\n{stamp}\n\n{lede}"


@pytest.mark.parametrize(("wire", "weekday", "stamp", "published"), [
    # 03:20 ten hours ahead of UTC is 17:20 the evening before, the wire's day (a Tuesday)
    ("May 14", "Tuesday", "15th May 2024, 03:20 GMT+10", dt.date(2024, 5, 14)),
    # behind UTC: 9:30 pm five hours behind is 02:30 the next day in UTC, the wire's
    ("May 15", "Wednesday", "14th May 2024, 9:30 PM GMT-5", dt.date(2024, 5, 15)),
])
def test_a_stamp_on_its_wire_lines_day_in_utc_is_dated_by_the_wire(wire: str, weekday: str, stamp: str,
                                                                  published: dt.date) -> None:
    article = make_article(_page(wire, weekday, stamp))
    assert (article.published, article.published_basis) == (published, "dateline")
    assert article.published_evidence is not None and article.published_evidence.quote == wire
    assert article.published_time is None
    assert any("in UTC, the day of its wire line" in note for note in article.problems)


@pytest.mark.parametrize(("stamp", "published"), [
    # neighbours, as before: no offset printed, the page's own day stands (a copy of the next morning)
    ("15th May 2024, 03:20", dt.date(2024, 5, 15)),
    # the offset printed, but 11:20 ten hours ahead is still the 15th in UTC: the page's day stands
    ("15th May 2024, 11:20 GMT+10", dt.date(2024, 5, 15)),
])
def test_a_stamp_a_day_after_its_wire_in_utc_too_keeps_its_day(stamp: str, published: dt.date) -> None:
    article = make_article(_page("May 14", "Tuesday", stamp))
    assert article.published == published


def test_a_stamp_the_day_before_its_wire_in_utc_too_dates_nothing() -> None:
    # 8:30 am five hours behind is 13:30 in UTC, 14 May too: still the day before the wire's
    article = make_article(_page("May 15", "Wednesday", "14th May 2024, 8:30 AM GMT-5"))
    assert article.published is None


@pytest.mark.parametrize(("line", "printed", "time", "day"), [
    ("15 May 2024, 03:20 GMT+10", dt.date(2024, 5, 15), dt.time(3, 20), dt.date(2024, 5, 14)),
    ("15 May 2024, 10:20 (UTC+04:00)", dt.date(2024, 5, 15), dt.time(10, 20), dt.date(2024, 5, 15)),
    ("31 Dec 2024, 11:40 PM UTC−03:30", dt.date(2024, 12, 31), dt.time(23, 40), dt.date(2025, 1, 1)),
    ("15 May 2024, 03:20 GMT", dt.date(2024, 5, 15), dt.time(3, 20), None),  # no offset
    ("15 May 2024 GMT+10", dt.date(2024, 5, 15), None, None),  # no time
    ("15 May 2024, 03:20 GMT+19", dt.date(2024, 5, 15), dt.time(3, 20), None),  # no zone lies so far
])
def test_utc_day(line: str, printed: dt.date, time: dt.time | None, day: dt.date | None) -> None:
    assert utc_day(line, Dateline(printed, time, 0, len(line))) == day


_SUNK = ("A cargo ship struck by raiders last month has sunk off the cape, the coast navy confirmed "
         "on {weekday}, warning of the fuel it carried.\n\n"
         "The ship went down late Friday or early Saturday, the navy said.")


@pytest.mark.parametrize("clipped", ["2024-03-04", "2024-03-05"])  # a Monday, a Tuesday
def test_a_clippers_date_days_after_its_ledes_statement_dates_nothing(clipped: str) -> None:
    article = make_article(f" date {clipped} \n\n\n\n" + _SUNK.format(weekday="Saturday"))
    assert (article.published, article.published_basis) == (None, "unknown")
    assert any("its statement's 'Saturday'" in note for note in article.problems)


@pytest.mark.parametrize(("clipped", "lede"), [
    # the statement's day, or the day after it: the clipper's date stands
    ("2024-03-02", _SUNK.format(weekday="Saturday")),
    ("2024-03-03", _SUNK.format(weekday="Saturday")),
    # the lede names the clipper's own day too: its news is of that day
    ("2024-03-04", _SUNK.format(weekday="Saturday") + " Salvage crews reached the wreck on Monday, "
                                                      "the navy said."),
    # a weekday of plans is no day past ("will be told on Saturday")
    ("2024-03-04", "The harbour board will be told on Saturday whether divers can reach the wreck."),
    # review24: a possessive weekday is the act's day, not the saying's ("said Saturday's raid")
    ("2024-03-04", "The coast navy said Saturday's raid on a tanker killed two sailors."),
    # review24: a sentence of plans names no statement's day, but its weekday is still one the lede
    # names (the clipper's own, Monday, here)
    ("2024-03-04", "Raiders struck a tanker off the cape, the coast navy said on Saturday. On Monday, "
                   "officials said patrols would be doubled."),
    # review24: a lede whose news is of yesterday or today tells the page's own day, or the day before
    ("2024-03-04", "Drones struck a patrol base yesterday, a day after the raiders said on Saturday that "
                   "they had downed a drone."),
    ("2024-03-04", "Drones struck a patrol base today, two days after the raiders said on Saturday that "
                   "they had downed a drone."),
])
def test_a_clippers_date_its_lede_agrees_with_stands(clipped: str, lede: str) -> None:
    article = make_article(f" date {clipped} \n\n\n\n{lede}")
    assert article.published == dt.date.fromisoformat(clipped)


def test_a_wire_page_is_weighed_against_its_wire_line_instead() -> None:
    # the wire line of the Saturday, clipped on the Monday: the wire line's day, as before
    text = (" date 2024-03-04 \n\nNORBURG, March 2 (Wire Agency) -- A cargo ship struck by raiders last "
            "month has sunk off the cape, the coast navy confirmed on Saturday.")
    article = make_article(text)
    assert article.published == dt.date(2024, 3, 2)
