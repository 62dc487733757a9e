"""Days told around an act (issue 23, classes 1, 2 and 4): written by us, in the forms seen in
real clippings; each form has a neighbour that must stay as it is.

- A page that prints no date of its own still tells "there were attacks on Nov. 14 at <one base>
  and <another>": plural acts on a day of their own, not the campaign. They are kept as undated
  records with their month and day, so that a dated report of the run can place them, never
  dropped as the plural "attacks on U.S. forces" that tells the campaign is.
- "The two attacks that hurt them were both on Oct. 18": the day of the acts told before, given
  after them with a copula.
- "More attacks following strike on <depots>": the strike is the earlier act; the day of the
  statement telling the later attacks is not its.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.build import extract
from briefing.extract.events import read_events
from tests.conftest import make_article

D = dt.date

LIST = ("Officials listed more incidents. There were attacks on Nov. 14 at the Tanf garrison in Syria "
        "and at Ain al-Asad air base in Iraq, with no one hurt.")


@pytest.mark.parametrize(("text", "expected"), [
    (LIST, {("attack_on_us_forces", "Syria", "11-14"), ("attack_on_us_forces", "Iraq", "11-14")}),
    # the neighbours: attacks counted from the campaign's start, and attacks with no day at all
    ("Attacks on U.S. forces have gone on since Nov. 14, officials said.", set()),
    ("There were attacks at the Tanf garrison in Syria and at Ain al-Asad air base in Iraq.", set()),
])
def test_plural_acts_on_a_day_without_its_year_kept(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = read_events(make_article(text))
    assert not found.events
    assert {(e.type, e.country, e.day_without_year) for e in found.undated} == expected


DATED = """---
published: 2023-11-15
outlet: Desk Wire
---
Drones hit two bases

BAGHDAD - Drones attacked the Tanf garrison in Syria on Tuesday, officials said on Wednesday.
"""
UNDATED = f"""More attacks on US bases

{LIST}
"""


def test_a_dated_report_of_the_run_places_them(tmp_path: Path) -> None:
    paths = []
    for name, text in (("dated", DATED), ("undated", UNDATED)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    extraction = extract(paths)
    undated = next(a.id for a in extraction.articles if a.path.endswith("undated.txt"))
    placed = {(e.type, e.country, e.date) for e in extraction.events
              if any(s.article == undated for s in e.sources)}
    # the act the dated report tells joins it; the other act of the same day takes its year
    assert placed == {("attack_on_us_forces", "Syria", D(2023, 11, 14)),
                      ("attack_on_us_forces", "Iraq", D(2023, 11, 14))}
    assert next(a for a in extraction.articles if a.id == undated).published is None


PUB = D(2023, 10, 25)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    # the acts' day told after them with a copula and a relative clause: the acts told before
    ("Officials said troops were hurt in drone attacks on the Tanf garrison in southern Syria. "
     "The attacks that hurt them were both on Oct. 18, officials said.",
     {("attack_on_us_forces", D(2023, 10, 18), "Syria")}),
    ("Drones hit the Tanf garrison in southern Syria, injuring two soldiers. The attack was on Sunday.",
     {("attack_on_us_forces", D(2023, 10, 22), "Syria")}),
    # neighbours: no day after the copula; a saying's day after the relative clause
    ("Drones hit the Tanf garrison in southern Syria, injuring two soldiers. The attacks were on the rise.",
     set()),
    ("Drones hit the Tanf garrison in southern Syria, injuring two soldiers. The attacks that hurt them "
     "were condemned on Monday.", set()),
    # "was on" the people hit, a weekday's possession: no day of the acts ("Marines" is no "Mar.")
    ("Drones hit the Tanf garrison in southern Syria, injuring two soldiers. The attacks were on Marines, "
     "Monday's statement said.", set()),
    ("Drones hit the Tanf garrison in southern Syria, injuring two soldiers. The attack was on Monday's list "
     "of incidents.", set()),
])
def test_the_acts_day_told_after_them_with_was_on(text: str, expected: set[tuple[str, dt.date, str]]) -> None:
    assert {(e.type, e.date, e.country) for e in read_events(make_article(text, PUB)).events} == expected


BRIEFING = "\n\nMilitias have attacked U.S. forces in Syria twice in the past day, U.S. officials say.\n\n" \
           "Officials gave the figures in a briefing on Monday."
MONDAY = D(2023, 10, 23)


@pytest.mark.parametrize(("headline", "expected"), [
    # the strike is told as the act the news came after: the briefing's day is the attacks', not its
    ("More attacks on U.S. troops following strike on militia depots in Syria",
     {("attack_on_us_forces", MONDAY, "Syria")}),
    # neighbour: the headline's strike is the news the briefing tells
    ("U.S. strike on militia depots in Syria",
     {("attack_on_us_forces", MONDAY, "Syria"), ("us_strike", MONDAY, "Syria")}),
])
def test_an_earlier_act_takes_no_statement_day(headline: str, expected: set[tuple[str, D, str]]) -> None:
    found = read_events(make_article(headline + BRIEFING, PUB))
    assert {(e.type, e.date, e.country) for e in found.events} == expected
