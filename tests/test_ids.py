"""Ids that last: next week's articles never rename this week's rows, so corrections keep applying."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.build import extract
from briefing.ids import desk_event_id, name_events
from briefing.model import ArticleRecord, Event, Evidence
from briefing.period import date_range
from tests.desk_week import STRIKE_ID, corrected, records, write_week


def _report(article: str, day: dt.date, country: str | None = "Iraq", start: int = 0) -> Event:
    return Event(
        id=f"{day}:us_strike:x",
        type="us_strike",
        date=day,
        date_precision="day",
        country=country,
        places=(),
        actors=(),
        weapons=(),
        summary="",
        sources=(Evidence(article, start, start + 1, "x"),),
    )


def _article(name: str, published: dt.date | None) -> ArticleRecord:
    return ArticleRecord(
        id=name,
        path=f"{name}.txt",
        published=published,
        published_basis="front-matter" if published else "unknown",
    )


def test_the_id_is_the_day_of_the_earliest_report_not_the_vote() -> None:
    day4, day5 = dt.date(2024, 2, 4), dt.date(2024, 2, 5)
    articles = {
        "early": _article("early", day5),
        "late1": _article("late1", dt.date(2024, 2, 12)),
        "late2": _article("late2", dt.date(2024, 2, 12)),
    }
    cluster = [_report("early", day4), _report("late1", day5), _report("late2", day5)]
    merged = dataclass_with_day(cluster[1], day5)  # the merge votes 5 Feb: two reports against one
    (named,) = name_events([merged], [cluster], articles)
    assert named.id == "2024-02-04:us_strike:iraq"
    assert named.date == day5


def dataclass_with_day(event: Event, day: dt.date) -> Event:
    import dataclasses

    return dataclasses.replace(event, date=day)


def test_an_undated_report_never_names_the_event() -> None:
    articles = {"undated": _article("undated", None), "dated": _article("dated", dt.date(2024, 2, 9))}
    cluster = [_report("undated", dt.date(2024, 2, 6)), _report("dated", dt.date(2024, 2, 7))]
    (named,) = name_events([cluster[1]], [cluster], articles)
    assert named.id == "2024-02-07:us_strike:iraq"


def test_colliding_ids_get_a_numbered_suffix_in_the_order_of_their_first_report() -> None:
    day = dt.date(2024, 2, 4)
    articles = {"a": _article("a", day), "b": _article("b", day)}
    first, second = [_report("b", day, start=5)], [_report("a", day, start=9)]
    named = name_events([second[0], first[0]], [second, first], articles)
    assert [e.id for e in named] == ["2024-02-04:us_strike:iraq", "2024-02-04:us_strike:iraq~2"]
    assert named[0].sources[0].article == "a"


def test_no_country_is_unknown_and_desk_ids_are_unique() -> None:
    articles = {"a": _article("a", dt.date(2024, 2, 4))}
    (named,) = name_events(
        [_report("a", dt.date(2024, 2, 4), None)], [[_report("a", dt.date(2024, 2, 4), None)]], articles
    )
    assert named.id == "2024-02-04:us_strike:unknown"
    taken = {"desk:2024-02-04:us_strike:iraq"}
    assert (
        desk_event_id(dt.date(2024, 2, 4), "us_strike", "Iraq", taken) == "desk:2024-02-04:us_strike:iraq~2"
    )
    assert desk_event_id(None, "us_strike", None, set()) == "desk:undated:us_strike:unknown"


def test_next_weeks_articles_keep_this_weeks_ids(tmp_path: Path) -> None:
    this_week = records(extract([write_week(tmp_path / "w1")]))
    both = records(extract([write_week(tmp_path / "w2", later=True)]))
    assert set(this_week) <= set(both)
    assert len(both) > len(this_week)  # next week's strike and figure are new rows
    # the later report of the 4 Feb strike is one more source of the same row
    strike = both[STRIKE_ID]
    assert isinstance(strike, Event) and {s.article for s in strike.sources} == {"strike", "later"}


def test_a_correction_of_an_id_field_applies_again_next_week(tmp_path: Path) -> None:
    entry = f'[[change]]\nid = "{STRIKE_ID}"\ndate = 2024-02-03\nwhy = "the local day"\n'
    for folder, later in ((tmp_path / "w1", False), (tmp_path / "w2", True)):
        briefing = corrected(
            write_week(folder, later=later, corrections=entry),
            date_range(dt.date(2024, 2, 1), dt.date(2024, 2, 12)),
        )
        (correction,) = briefing.corrections
        assert correction.status == "applied"
        strike = records(briefing.extraction)[STRIKE_ID]
        assert isinstance(strike, Event) and strike.date == dt.date(2024, 2, 3)


def test_a_report_that_tells_no_day_never_names_the_event() -> None:
    import dataclasses

    articles = {
        "first": _article("first", dt.date(2024, 2, 4)),
        "later": _article("later", dt.date(2024, 2, 9)),
    }
    placed_by_place = dataclasses.replace(_report("first", dt.date(2024, 2, 4)), date=None)
    cluster = [_report("later", dt.date(2024, 2, 7)), placed_by_place]
    (named,) = name_events([cluster[0]], [cluster], articles)
    assert named.id == "2024-02-07:us_strike:iraq"
