"""What a desk analyst reading the built week would not trust, fixed in the layers after extraction
(rows, the table of dead and injured, the map, credits). Each case is written in our own words, in
the forms the real clippings of a week used."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.compare import tolls
from briefing.extract import extract_article
from briefing.model import Casualty, Event, Evidence, Qualifier
from briefing.rows import row_text
from tests.conftest import make_article

MON = dt.date(2024, 1, 29)


def attack() -> Event:
    (event,) = extract_article(make_article(
        "A drone hit Tower 22 in Jordan on Sunday, killing three US soldiers.", MON)).events
    return event


def injured(value: int, qualifier: Qualifier, day: int, article: str) -> Casualty:
    return Casualty("us", "injured", value, qualifier, dt.date(2024, 1, day),
                    Evidence(article, 0, 5, "words"))


def with_figures(event: Event, *figures: Casualty) -> Event:
    return replace(event, details=replace(event.details, casualties=figures))


def test_a_loose_floor_a_day_after_a_higher_count_is_no_report_that_differs() -> None:
    # the command's "25 injured" on Sunday, a paper's "at least two dozen" on Monday beside another's
    # "at least 34", then the briefing's "more than 40": a toll that grew, not reports that disagree
    event = with_figures(attack(), injured(25, "exact", 28, "a"), injured(24, "at least", 29, "b"),
                         injured(34, "at least", 29, "c"), injured(40, "more than", 30, "d"))
    row = row_text(event)
    assert "40+ US injured (25 → ≥34 → 40+)" in row
    assert "reports differ" not in row


def test_a_loose_floor_on_the_last_day_is_not_the_figure_counted() -> None:
    # "34 injured" on Monday, then on Tuesday a copy's "at least two dozen": the toll stays 34
    event = with_figures(attack(), injured(34, "exact", 29, "a"), injured(24, "at least", 30, "b"))
    assert "34 US injured [1]" in row_text(event, numbers={"a": 1, "b": 2})
    (counted,) = [t for t in tolls([event]) if t.kind == "injured"]
    assert (counted.value, counted.qualifier) == (34, "exact")


def test_a_lower_exact_figure_on_a_later_day_still_differs() -> None:
    # not a floor: "20 injured" after "25 injured" is a report that differs, said so
    event = with_figures(attack(), injured(25, "exact", 28, "a"), injured(20, "exact", 29, "b"))
    assert "reports differ: 25 on 28 Jan, 20 on 29 Jan" in row_text(event)
