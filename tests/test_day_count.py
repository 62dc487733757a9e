"""A page whose text counts the day it writes on ("On the 34th day of the war") and whose date line
says another day has no publication date established: two anchors that disagree leave it unknown
(issue 23, form 7: a clipper's date the content contradicts; eighteenth session). The war is the
profile's [[day_count]]; the texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.collect import _dated
from briefing.dates import against_day_counts
from briefing.ingest import boilerplate
from briefing.model import Article
from briefing.topic import DayCount, load_topic
from tests.conftest import make_article

WAR = DayCount(dt.date(2031, 5, 15), ("war", "Norland war"))
BODY = " jets struck depots near the border, and militias fired rockets at a base hosting US troops."


@pytest.mark.parametrize(("text", "published"), [
    # day 20 of a war begun on 15 May is 3 June: a clipper's 2 June disagrees, its 3 or 4 June agree
    (f" date 2031-06-02 Strikes go on\n\nOn the 20th day of the war,{BODY}", None),
    (f" date 2031-06-03 Strikes go on\n\nOn the 20th day of the war,{BODY}", dt.date(2031, 6, 3)),
    (f" date 2031-06-04 Strikes go on\n\nOn day 20 of the Norland war,{BODY}", dt.date(2031, 6, 4)),
    (f" date 2031-06-09 Strikes go on\n\nOn the 20th day of the war,{BODY}", None),
])
def test_a_page_dated_off_the_day_its_text_counts_has_no_date(text: str, published: dt.date | None) -> None:
    assert against_day_counts(make_article(text), (WAR,)).published == published


def test_the_shipped_profile_counts_the_days_of_the_war_from_7_october_2023() -> None:
    # day 34 from 7 October 2023 is 9 November: a clipper's 8 November is a day before it
    before = f" date 2023-11-08 Strikes go on\n\nOn the 34th day of the war,{BODY}"
    on_the_day = before.replace("2023-11-08", "2023-11-09")
    assert _dated(_undated(before), load_topic()).published is None
    assert _dated(_undated(on_the_day), load_topic()).published == dt.date(2023, 11, 9)


def _undated(text: str) -> Article:
    return Article(id="a1", path="a1.txt", text=text, clean=boilerplate(text))
