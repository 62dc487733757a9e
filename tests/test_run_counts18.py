"""An undated article's act told with the same counts as a dated act of the run (issue 23, form 8:
the same statement told again in other words keeps its inventory), and the run's anchors an
undated article's own text dates (a year it writes, a known event's day). Our own words."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefing.model import ArticleRecord, DateBasis, Event
from briefing.rundates import Window, _check_run_day, count_runs, date_from_run
from briefing.topic import KnownEvent
from tests.test_run_dates import _event

D = dt.date
TUESDAY = D(2024, 3, 12)
ATTACK = "attack_on_us_forces"

RECORDS = [ArticleRecord("d1", "d1.txt", published=TUESDAY, outlet="One"),
           ArticleRecord("d2", "d2.txt", published=D(2024, 3, 19), outlet="Two"),
           ArticleRecord("s", "s.txt"),  # undated, its act dated by its own text
           ArticleRecord("u", "u.txt")]

DATED = ("Central Command said the base was targeted by nine one-way drones, four rockets and two "
         "short-range ballistic missiles, causing no injuries.")
# a known event of our own, told by the name of the outpost in DATED
KNOWN = KnownEvent("the raid on Outpost Example", ATTACK, TUESDAY, ("Iraq",), (r"\bthe base\b",))
OTHER = KnownEvent("the raid on Camp Elsewhere", ATTACK, TUESDAY, ("Iraq",), (r"Camp Elsewhere",))
MINE = ("The outpost came under fire from nine drones, four rockets and two ballistic missiles, a "
        "spokesman told reporters.")


def _dated(article: str, day: dt.date, quote: str, kind: str = ATTACK, basis: DateBasis = "written",
           named: KnownEvent | None = None) -> Event:
    return dataclasses.replace(_event(article, day, quote, kind), date_basis=basis,
                               named_event=named.name if named else None)


@pytest.mark.parametrize(("dated", "mine", "kind", "expected"), [
    # the same three counts in the same order, of the same kind of act: the dated act's day
    ([_dated("d1", TUESDAY, DATED)], MINE, ATTACK, TUESDAY),
    # ... and its weekday, or the day before's (US time), may be named
    ([_dated("d1", TUESDAY, DATED)], MINE + " It happened on Monday night.", ATTACK, TUESDAY),
    # another weekday: two anchors that disagree
    ([_dated("d1", TUESDAY, DATED)], MINE + " It happened on Thursday.", ATTACK, None),
    # two counts are common to many acts
    ([_dated("d1", TUESDAY, DATED)], "The outpost came under fire from four rockets and two drones.", ATTACK,
     None),
    # the same counts in another order are not the same inventory
    ([_dated("d1", TUESDAY, DATED)], "It was hit by two drones, four rockets and nine mortar rounds.",
     ATTACK, None),
    # the same counts of another kind of act date nothing
    ([_dated("d1", TUESDAY, DATED, "us_strike")], MINE, ATTACK, None),
    # two dated acts with these counts on different days: no guess
    ([_dated("d1", TUESDAY, DATED), _dated("d2", D(2024, 3, 19), DATED)], MINE, ATTACK, None),
    # an undated article's act dated by a year its text writes, or a known event's day, is an anchor
    ([_dated("s", TUESDAY, DATED, basis="written")], MINE, ATTACK, TUESDAY),
    ([_dated("s", TUESDAY, DATED, basis="named-event", named=KNOWN)], MINE, ATTACK, TUESDAY),
    # ... a known event's day only for a sentence that tells it (the record may gather another act's)
    ([_dated("s", TUESDAY, DATED, basis="named-event", named=OTHER)], MINE, ATTACK, None),
    # ... but not one its weekday alone placed
    ([_dated("s", TUESDAY, DATED, basis="weekday")], MINE, ATTACK, None),
])
def test_an_undated_act_with_the_same_counts(dated: list[Event], mine: str, kind: str,
                                             expected: dt.date | None) -> None:
    run = [*dated, _event("u", None, mine, kind)]
    events, _, problems = date_from_run(RECORDS, run, [], known=(KNOWN, OTHER))
    got = next(e for e in events if e.sources[0].article == "u")
    assert got.date == expected
    assert (got.date_basis == "run-counts") == (expected is not None)
    if expected is not None:
        assert got.date_source == dated[0].sources[0].article
        assert "the same counts" in got.date_note
        assert any("by its counts" in p.message for p in problems)
    elif "Thursday" in mine or len(dated) == 2:
        assert "left undated" in got.date_note


def test_the_words_of_an_undated_articles_self_dated_act_date_another() -> None:
    """The run's word-for-word rule draws on the same anchors: a statement quoted by two undated
    pages, one of which dates it by a year it writes."""
    said = ("the command said its forces destroyed a launcher and two storage bunkers used by the "
            "militia near the border crossing")
    quoted = f"A statement read: “{said}.”"
    dated = _dated("s", TUESDAY, quoted, "us_strike")
    events, _, _ = date_from_run(RECORDS, [dated, _event("u", None, quoted, "us_strike")], [])
    got = next(e for e in events if e.sources[0].article == "u")
    assert (got.date, got.date_basis, got.date_source) == (TUESDAY, "run", "s")


@pytest.mark.parametrize(("sentence", "found"), [
    ("attacked by eight drones, five cruise missiles and three ballistic missiles", 1),
    ("attacked by 12 drones, 3 cruise missiles and 2 anti-ship missiles", 1),
    # clock times, distances, spans and days of a month are not counts
    ("at 9 p.m., 40 nautical miles out, three hours after the alert on March 12 two drones", 0),
    ("two drones, two missiles and three boats", 0),  # not three different counts
    # a whole and its parts: the breakdown of many a sentence
    ("three bases were hit, two located in Iraq and one in Syria", 0),
    ("struck with four rockets, three of which were shot down, and two drones", 0),
])
def test_what_counts_are(sentence: str, found: int) -> None:
    assert len(count_runs(sentence, ATTACK)) == found


def test_a_count_in_words_is_the_count_in_figures() -> None:
    # the grammar's inventory_count_words run in order from two: a word's place is its value
    words = "fired twelve drones, eleven missiles, seven boats, ten rockets and two shells"
    figures = "fired 12 drones, 11 missiles, 7 boats, 10 rockets and 2 shells"
    assert count_runs(words, ATTACK) == count_runs(figures, ATTACK) != set()

@pytest.mark.parametrize(("basis", "shared"), [("run-counts", "the same counts"), ("run", "the same words"),
                                               ("run-site", "the same act at the same site")])
def test_a_run_day_outside_the_pages_window_says_how_it_was_shared(basis: DateBasis, shared: str) -> None:
    """A day taken from the run that the page's own running figures rule out goes back to undated,
    the note telling what the pages share: the same counts are not the same words."""
    event = _dated("u", TUESDAY, MINE, basis=basis)
    got = _check_run_day(event, Window(D(2024, 4, 1), D(2024, 4, 8), "d2"))
    assert got.date is None
    assert f"giving {shared} dates them 12 Mar 2024" in got.date_note
