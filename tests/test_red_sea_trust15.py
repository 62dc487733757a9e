"""Publication dates a page does not establish (issue 22, red-sea batch k's trust faults, as classes).

Every text here is ours, in the forms seen: a page's own date line a day before the wire line of the
text it carries, and a clipper's date a week after the known event the text tells by its weekday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.dates import against_known_events
from briefing.extract.events import read_events
from briefing.topic import KnownEvent
from tests.conftest import make_article

# a page's own line, then a wire's line with its country in brackets and a spaced colon
_PAGE = "Patrol boat downs drones\n{page}\n"
_WIRE = ("Harbourton, North Coast [Norland], {wire} : A patrol ship shot down two drones on Sunday, "
         "officials said.")


@pytest.mark.parametrize(("page", "wire", "published"), [
    # the page's line is the day before its wire's: one is another time zone's, the page's day unknown
    ("Mar 02, 2024", "March 3", None),
    # neighbours: the wire of the page's day, or of the day before (a copy put out the next morning)
    ("Mar 03, 2024", "March 3", dt.date(2024, 3, 3)),
    ("Mar 04, 2024", "March 3", dt.date(2024, 3, 4)),
])
def test_a_page_line_the_day_before_its_wire_line_dates_nothing(page: str, wire: str,
                                                               published: dt.date | None) -> None:
    article = make_article(_PAGE.format(page=page) + _WIRE.format(wire=wire))
    assert article.published == published


def test_the_wire_text_of_an_undated_page_still_counts_from_the_wire() -> None:
    text = (_PAGE.format(page="Mar 02, 2024")
            + "Harbourton, North Coast [Norland], March 3 : U.S. forces struck a militia depot in Iraq "
              "on Sunday, officials said.")
    article = make_article(text)
    assert article.published is None
    assert {(e.type, e.date) for e in read_events(article).events} == {("us_strike", dt.date(2024, 3, 3))}


_RAID = KnownEvent("Lighthouse raid", "us_strike", dt.date(2024, 2, 20), ("Iraq",), ("Lighthouse raid",))


@pytest.mark.parametrize(("page", "told", "published"), [
    # saved the Tuesday a week after the raid (a Tuesday) that the text tells as its news, its one
    # weekday in another sentence: "on Tuesday" would be the page's day, a week late; not used
    ("2024-02-27", "Commandos destroyed two depots on Tuesday, an official said. The Lighthouse raid "
                   "began at about 9 a.m.", None),
    # the raid told by its hours too: "Half an hour later"
    ("2024-02-27", "Commandos destroyed two depots on Tuesday, an official said. Half an hour later, the "
                   "Lighthouse raid began.", None),
    # neighbours that keep the clipper's date: the raid recalled, not told by its hours ...
    ("2024-02-27", "Commandos destroyed two depots on Tuesday, an official said. The Lighthouse raid was "
                   "praised.", dt.date(2024, 2, 27)),
    # ... saved the day after the raid ...
    ("2024-02-21", "Commandos destroyed two depots on Tuesday, an official said. The Lighthouse raid "
                   "began at about 9 a.m.", dt.date(2024, 2, 21)),
    # ... another weekday than the raid's ...
    ("2024-02-28", "Commandos destroyed two depots on Wednesday, an official said. The Lighthouse raid "
                   "began at about 9 a.m.", dt.date(2024, 2, 28)),
    # ... two weekdays named ...
    ("2024-02-27", "Commandos destroyed two depots on Tuesday, an official said on Monday. The "
                   "Lighthouse raid began at about 9 a.m.", dt.date(2024, 2, 27)),
    # ... a day of its own written in the text ...
    ("2024-02-27", "Commandos destroyed two depots on Tuesday, an official said. The Lighthouse raid "
                   "of February 20 began at about 9 a.m.", dt.date(2024, 2, 27)),
    # ... or the raid told as the start of a later act
    ("2024-02-27", "Commandos destroyed two depots on Tuesday, a week after the Lighthouse raid.",
     dt.date(2024, 2, 27)),
])
def test_a_clippers_date_a_week_after_the_known_event_its_weekday_tells(page: str, told: str,
                                                                       published: dt.date | None) -> None:
    article = make_article(f" date {page} Depots destroyed\n\n{told}")
    assert against_known_events(article, (_RAID,)).published == published


def test_a_pages_own_line_a_week_after_the_known_event_stands() -> None:
    text = ("Depots destroyed\nFeb 27, 2024\n\nCommandos destroyed two depots on Tuesday, an official said. "
            "The Lighthouse raid began at about 9 a.m.")
    assert against_known_events(make_article(text), (_RAID,)).published == dt.date(2024, 2, 27)
