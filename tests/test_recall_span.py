"""Days without their year on undated pages that count from the campaign's start (issue 23, form 1;
fifteenth session): "attacked 50 times since mid-October" places a "Nov. 20" in the November after
the start, as "since Oct. 17" does. Sentences are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

NOV20 = dt.date(2023, 11, 20)


@pytest.mark.parametrize("count", [
    "Militias have attacked U.S. forces more than 50 times since mid-October.",
    "Militias have attacked U.S. forces more than 50 times since the middle of October.",
    # the start by its day, as before
    "Militias have attacked U.S. forces more than 50 times since Oct. 17.",
])
def test_a_yearless_day_in_the_months_after_the_start_counted_from(count: str) -> None:
    text = f"{count} A drone struck Erbil air base on Nov. 20, injuring two soldiers."
    found = read_events(make_article(text))
    assert [(e.type, e.date, e.country) for e in found.events] == [("attack_on_us_forces", NOV20, "Iraq")]


def test_the_first_winter_in_an_article_that_names_no_weekday() -> None:
    text = ("Militias have attacked U.S. forces more than 130 times since Oct. 17. A drone struck Erbil air "
            "base on Jan. 20, injuring two soldiers.")
    found = read_events(make_article(text))
    assert [(e.type, e.date, e.country) for e in found.events] == [
        ("attack_on_us_forces", dt.date(2024, 1, 20), "Iraq")]


@pytest.mark.parametrize("text", [
    # a later year written: which year the count runs from is open
    "Militias have attacked U.S. forces more than 50 times since mid-October. A drone struck Erbil air "
    "base on Nov. 20, injuring two soldiers. Talks are due in 2025.",
    # a day too far from the start for a count that names no year
    "Militias have attacked U.S. forces more than 50 times since mid-October. A drone struck Erbil air "
    "base on April 20, injuring two soldiers.",
    # past the first two months, in an article that names a weekday: the weekday's rule decides
    "Militias have attacked U.S. forces more than 130 times since mid-October. A drone struck Erbil air "
    "base on Jan. 20, injuring two soldiers. Officials met on Sunday.",
    # another month's middle: not the campaign's start
    "Militias have attacked U.S. forces more than 50 times since mid-December. A drone struck Erbil air "
    "base on Nov. 20, injuring two soldiers.",
])
def test_no_year_where_the_count_does_not_fix_one(text: str) -> None:
    found = read_events(make_article(text))
    assert found.events == ()
