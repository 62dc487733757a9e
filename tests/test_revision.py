"""Revisions of a sent week: what changed, read from the records; the JSON read back; --week last."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from briefing.assemble import assemble
from briefing.export import from_json, to_json
from briefing.model import ArticleRecord, Briefing, Event, Evidence, Extraction, Glance, Period, Tally
from briefing.period import relative_week
from briefing.revision import changes
from briefing.sentlog import Sent, earlier_sends, latest_issued, revision_number

WEEK = Period(dt.date(2023, 11, 20), dt.date(2023, 11, 26), "2023-W47")


def article(n: int, outlet: str, title: str) -> ArticleRecord:
    return ArticleRecord(id=f"a{n}", path=f"a{n}.txt", title=title, outlet=outlet,
                         published=dt.date(2023, 11, 20 + n), published_basis="front-matter")


def event(n: int, day: int, place: str) -> Event:
    return Event(id=f"e{n}", type="attack_on_us_forces", date=dt.date(2023, 11, day), date_precision="day",
                 country="Syria", places=(place,), actors=(), weapons=(), summary="",
                 sources=(Evidence(f"a{n}", 0, 1, "x"),))


def attacks(value: int, day: int, qualifier: str = "approximately") -> Glance:
    tally = Tally(id=f"t{value}", metric="attacks", value=value, qualifier=qualifier,  # type: ignore[arg-type]
                  since=dt.date(2023, 10, 17), as_of=dt.date(2023, 11, day), breakdown=None, sources=())
    return Glance("attacks", tally, None)


def briefing(sources: tuple[ArticleRecord, ...], events: tuple[Event, ...],
             glance: tuple[Glance, ...]) -> Briefing:
    return Briefing(title="T", period=WEEK, current_to=WEEK.end, extraction=Extraction((), (), ()),
                    key_points=(), chronology=events, context=(), tallies=(), sources=sources, inputs=(),
                    glance=glance)


ABC = article(1, "ABC News", "Strikes in Syria")
WIRE = article(2, "Example Wire", "Drone attack at Tower 22")
BASE = briefing((ABC,), (event(1, 21, "Al-Tanf"),), (attacks(61, 21),))


@pytest.mark.parametrize(("after", "expected"), [
    (BASE, ("No new sources, events or figures: only inputs that the briefing does not use changed "
            "(see the appendix).",)),
    (briefing((ABC, WIRE), BASE.chronology, BASE.glance),
     ("New sources: Example Wire, “Drone attack at Tower 22” (22 Nov).",)),
    (briefing((WIRE,), BASE.chronology, BASE.glance),
     ("New sources: Example Wire, “Drone attack at Tower 22” (22 Nov).",
      "No longer used: ABC News, “Strikes in Syria” (21 Nov).")),
    (briefing(BASE.sources, (*BASE.chronology, event(2, 22, "Tower 22")), BASE.glance),
     ("New events: 22 Nov, Attack on US forces at Tower 22, Syria.",)),
    (briefing(BASE.sources, (), BASE.glance),
     ("Events no longer reported: 21 Nov, Attack on US forces at Al-Tanf, Syria.",)),
    (briefing(BASE.sources, BASE.chronology, (attacks(66, 22),)),
     ("Changed figures: attacks on US forces: approximately 66 as of 22 Nov (was approximately 61 "
      "as of 21 Nov).",)),
    (briefing(BASE.sources, BASE.chronology, (attacks(61, 21, "at least"),)),
     ("Changed figures: attacks on US forces: at least 61 as of 21 Nov (was approximately 61 "
      "as of 21 Nov).",)),
    (briefing(BASE.sources, BASE.chronology, ()),
     ("Changed figures: attacks on US forces: no longer reported.",)),
])
def test_what_changed(after: Briefing, expected: tuple[str, ...]) -> None:
    assert changes(BASE, after) == expected


def test_many_changes_are_counted_not_all_listed() -> None:
    many = tuple(event(n, 20 + n % 7, f"Site {n}") for n in range(2, 12))
    [line] = changes(BASE, briefing(BASE.sources, (*BASE.chronology, *many), BASE.glance))
    assert line.startswith("New events: ") and line.endswith("; and 4 more.")
    assert line.count("Attack on US forces") == 6


def test_export_reads_back_into_the_same_briefing(sample_extraction: Extraction) -> None:
    newest = max(a.published for a in sample_extraction.articles if a.published)
    period = Period(newest - dt.timedelta(days=6), newest, "p")
    original = assemble(sample_extraction, period, "Sample")
    document = json.loads(json.dumps(to_json(sample_extraction, original)))
    extraction, read_period, title = from_json(document)
    again = assemble(extraction, read_period, title)
    assert (read_period, title) == (period, "Sample")
    assert again.key_points == original.key_points
    assert again.glance == original.glance
    assert again.chronology == original.chronology
    assert [a.id for a in again.sources] == [a.id for a in original.sources]
    assert to_json(extraction, again)["briefing"] == document["briefing"]


@pytest.mark.parametrize(("today", "word", "label"), [
    (dt.date(2023, 11, 27), "last", "2023-W47"),   # a Monday: the week that just ended
    (dt.date(2023, 11, 26), "last", "2023-W46"),   # a Sunday: still in W47, so last is W46
    (dt.date(2023, 11, 26), "this", "2023-W47"),
    (dt.date(2024, 1, 3), "last", "2023-W52"),     # across the new year
    (dt.date(2021, 1, 3), "this", "2020-W53"),     # ISO year 2020 has 53 weeks
    (dt.date(2023, 11, 27), "2023-W01", "2023-W01"),
])
def test_relative_weeks(today: dt.date, word: str, label: str) -> None:
    period = relative_week(word, today)
    assert period.label == label
    assert period.start.isoweekday() == 1 and (period.end - period.start).days == 6


def _sent(pdf: str, label: str, to: tuple[str, ...], sha: str = "s", day: int = 1) -> Sent:
    return Sent(dt.datetime(2023, 12, day, 7, tzinfo=dt.UTC), dataclasses.replace(WEEK, label=label), pdf,
                sha, to, f"<{pdf}@x>")


def test_latest_issued_revision_and_earlier_sends() -> None:
    ann, bob = ("a@x.org",), ("B@x.org",)
    records = [_sent("briefing-W47.pdf", "W47", ann), _sent("briefing-W47-r3.pdf", "W47", ann),
               _sent("briefing-W47-r2.pdf", "W47", ann), _sent("briefing-W48.pdf", "W48", bob)]
    assert [revision_number(Path(r.pdf).stem) for r in records] == [1, 3, 2, 1]
    assert latest_issued(records, "W47").pdf == "briefing-W47-r3.pdf"  # type: ignore[union-attr]
    assert latest_issued(records, "W47", below=3).pdf == "briefing-W47-r2.pdf"  # type: ignore[union-attr]
    assert latest_issued(records, "W49") is None
    assert earlier_sends(records, "s", ("b@x.org", "c@x.org")) == [records[3]]
    assert earlier_sends(records, "other", ("a@x.org",)) == []
