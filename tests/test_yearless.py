"""Date lines written without their year, placed by what the story knows (issue 23 items 1, 5):
a toy story of our own, with articles in our own words."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from briefing.datelines import wire_day
from briefing.dates import date_article
from briefing.model import Article, YearFrom
from briefing.topic import KnownEvent
from briefing.yearless import StoryTime, of_another_time, weekday_days
from tests.test_run_context import EARLY as EARLIER  # a dated report of 55 attacks
from tests.test_run_context import _run

START = dt.date(2023, 10, 17)
RAID = KnownEvent("Lighthouse raid", "us_strike", dt.date(2024, 2, 20), ("Iraq",), ("Lighthouse raid",),
                  remembered_days=60, act="strike")
SIEGE = KnownEvent("siege of the old fort", "attack_on_us_forces", dt.date(2024, 1, 10), ("Syria",),
                   ("old fort",), remembered_days=500)
STORY = StoryTime(START, (RAID, SIEGE))


def article(text: str, story: StoryTime | None = STORY) -> Article:
    plain = Article(id="t1", path="t1.txt", text=text, clean=text)
    return date_article(plain, story)


@pytest.mark.parametrize(("text", "published", "evidence"), [
    # a place and a day alone under the headline; the raid it tells is remembered for 60 days: 2024
    ("Depot hit\n\nHarbour Town, Mar 3\n\nA drone hit the depot a week after the Lighthouse raid.",
     dt.date(2024, 3, 3), (YearFrom("named-event", dt.date(2024, 2, 20), 12),)),
    # a wire line, and a day written beside its weekday that only 2024's calendar agrees with, in a
    # text of the campaign's time (it tells the raid: two pieces)
    ("Depot hit\n\nRIVERTON, April 13 (Example Wire) -- Rockets fell on Saturday, April 13, near the depot "
     "the Lighthouse raid had spared.",
     dt.date(2024, 4, 13), (YearFrom("named-event", dt.date(2024, 2, 20), 53),
                            YearFrom("weekday", dt.date(2024, 4, 13), 0))),
    # "Wednesday (Oct 18)": 18 October is a Wednesday in 2023 only, of the campaign's years
    ("Base hit\n\nRIVERTON, Oct 20 (Example Wire) -- The first drone of the 2023 campaign came on Wednesday "
     "(Oct 18).",
     dt.date(2023, 10, 20), (YearFrom("weekday", dt.date(2023, 10, 18), 2),)),
    # the same without a year of the campaign or a known event: not fixed (see the next test)
    # two pieces that agree: the siege (remembered 500 days: 2024 or 2025) and the raid (2024 only)
    ("Harbour Town, Mar 3\n\nAfter the old fort and the Lighthouse raid, the port is quiet.",
     dt.date(2024, 3, 3), (YearFrom("named-event", dt.date(2024, 2, 20), 12),
                           YearFrom("named-event", dt.date(2024, 1, 10), 53))),
])
def test_the_story_fixes_a_date_lines_year(text: str, published: dt.date,
                                           evidence: tuple[YearFrom, ...]) -> None:
    dated = article(text)
    assert (dated.published, dated.published_basis) == (published, "dateline")
    assert sorted(dated.published_year, key=lambda e: e.anchor) == sorted(evidence, key=lambda e: e.anchor)
    assert dated.published_evidence is not None and dated.published_evidence.quote in text
    assert any("the year of the date line" in p for p in dated.problems)


@pytest.mark.parametrize(("text", "why"), [
    # the siege alone is remembered for 500 days: 3 March fits 2024 and 2025
    ("Harbour Town, Mar 3\n\nThe old fort is quiet again.", "no one year fits the siege"),
    # the raid fixes 2024, the weekday 2025 (Monday 3 March 2025): they disagree
    ("Harbour Town, Mar 3\n\nAfter the Lighthouse raid, talks resumed on Monday, March 3.",
     "no one year fits"),
    # a date line before the raid it tells (2024 is too early, 2025 too late to remember it)
    ("Harbour Town, Feb 10\n\nThe Lighthouse raid changed the port.", "no one year fits the Lighthouse raid"),
    # the year fits the raid, but "said Monday" is not that Sunday (3 March 2024) or the day before:
    # the lede's Monday is 3 March 2025's, which the raid does not fit
    ("Harbour Town, Mar 3\n\nAfter the Lighthouse raid, officials said Monday the port was calm.",
     "no one year fits the Lighthouse raid (20 Feb 2024), which it tells and the lede's Monday"),
    # nothing in the text the story can read
    ("Harbour Town, Mar 3\n\nThe port is quiet again.", "nothing in the text fixes it"),
    # a day beside its weekday (Saturday 13 April 2024), in a text that is not shown to be of the
    # campaign's time (no year of it, no known event)
    ("RIVERTON, April 13 (Example Wire) -- Rockets fell on Saturday, April 13, near the depot.",
     "nothing in the text fixes it"),
])
def test_a_date_lines_year_stays_open_without_one_agreeing_story(text: str, why: str) -> None:
    dated = article(text)
    assert dated.published is None and dated.published_year == ()
    assert any(why in p and "without a year" in p for p in dated.problems), dated.problems


def test_without_the_story_a_date_line_keeps_no_year() -> None:
    text = "Harbour Town, Mar 3\n\nA drone hit the depot a week after the Lighthouse raid."
    assert article(text, None).published is None


@pytest.mark.parametrize(("text", "day"), [
    ("Title\n\nNew Town, Feb 8\n\nText.", (2, 8)),
    ("Title\n\nRIVERTON, Nov. 12\n\nText.", (11, 12)),
    ("Title\n\nThursday, Feb 8\n\nText.", None),  # a page's running date, not a dateline
    ("Title\n\nUpdated, Feb 8\n\nText.", None),
    ("Title\n\nPosted by Jo Smith, Feb 8\n\nText.", None),
    ("Title\n\nThe drone struck the Old Harbour Base, Feb 8 and 9.\n\nText.", None),
    # several places and days alone on their lines: a timeline's entries, not a date line
    ("Timeline\n\nOld Harbour, Oct 18\n\nA drone.\n\nNew Town, Oct 19\n\nRockets.", None),
    ("Timeline\n\nOld Harbour, Oct 18\n\nA drone.\n\nOne.\n\nTwo.\n\nThree.\n\nNew Town, Oct 19\n\nX.", None),
])
def test_a_place_and_a_day_alone_on_their_line_are_a_date_line(text: str,
                                                               day: tuple[int, int] | None) -> None:
    found = wire_day(text)
    assert (None if found is None else (found.month, found.day)) == day


@pytest.mark.parametrize(("text", "days"), [
    ("The 2023 campaign began on Wednesday (Oct 18) at dawn.", [dt.date(2023, 10, 18)]),
    ("Rockets fell on Friday, Oct. 18, near the base, as in 2023.", [dt.date(2024, 10, 18)]),
    ("Nov. 12 (Sunday) was quiet, the 2023 report said.", [dt.date(2023, 11, 12)]),
    # no year of the campaign written: another year's report would agree with one three times in seven
    ("It began on Wednesday (Oct 18) at dawn.", []),
    ("On Wednesday, Oct 18, 2023, it began.", []),  # its year is written: not this rule's
    ("On Tuesday, Oct 18, it began.", []),  # no year from the campaign's start agrees with it
    ("On Monday, Oct 16, it began.", []),  # 2023's calendar agrees, but that is before the campaign
    # 2017's calendar is 2023's: a report that writes only earlier years is another war's
    ("On Wednesday, Oct 18, the 2017 offensive began.", []),
    ("On Wednesday, Oct 18, the first of the 2023 attacks came.", [dt.date(2023, 10, 18)]),
])
def test_a_weekday_beside_a_day_fixes_the_year_within_the_campaign(text: str, days: list[dt.date]) -> None:
    assert [day for day, _ in weekday_days(text, START)] == days


def test_the_run_reads_the_storys_known_events_for_a_date_lines_year() -> None:
    """Through the run's dating step, with the first story's profile (its known event of the
    commander killed in Baghdad in February 2024), in our own words."""
    from briefing.collect import _dated
    from briefing.topic import load_topic

    text = ("Commander killed\n\nNew Town, Feb 8\n\nA drone killed Abu Baqir al-Saadi in Baghdad "
            "on Wednesday night, the militia said.")
    plain = Article(id="t1", path="t1.txt", text=text, clean=text)
    dated = _dated(plain, load_topic())
    assert dated.published == dt.date(2024, 2, 8)
    # (and the lede's "Wednesday night", the day before 8 February 2024, a Thursday)
    assert [e.kind for e in dated.published_year] == ["named-event", "lede-weekday"]
    assert dataclasses.replace(dated, problems=()).published_basis == "dateline"


def test_an_undated_articles_weekday_beside_a_day_dates_its_acts() -> None:
    """"On Wednesday (Oct 18)" in an article with no publication date: 18 October is a Wednesday
    in 2023 only, of the campaign's years; its acts take that day, the weekday alone too."""
    from briefing.extract.events import read_events

    text = ("Militants fired rockets at U.S. forces at al-Asad air base in Iraq on Wednesday (Oct 18).\n\n"
            "Officials said the base was quiet again by evening, as it had been for most of 2023.")
    found = read_events(Article(id="t1", path="t1.txt", text=text, clean=text))
    assert [(e.type, e.date, e.country) for e in found.events] == [
        ("attack_on_us_forces", dt.date(2023, 10, 18), "Iraq")]
    # the same day beside a weekday no campaign year has (18 October is never a Tuesday then)
    other = read_events(Article(id="t2", path="t2.txt", text=text.replace("Wednesday", "Tuesday"),
                                clean=text.replace("Wednesday", "Tuesday")))
    assert other.events == ()


def test_an_embedded_posts_day_is_what_an_undated_articles_weekdays_count_back_from() -> None:
    """The post's day (Monday 11 Nov 2024) is not the article's publication date (no statement of
    the text agrees), but its "on Sunday" is the day before it, as a reader counts it."""
    from briefing.extract.events import read_events

    text = ("Rockets struck U.S. forces at a base in eastern Syria on Sunday, officials reported.\n\n"
            "We will respond at a time of our choosing.\n— Example Command (@examplecmd) November 11, 2024\n")
    plain = date_article(Article(id="t1", path="t1.txt", text=text, clean=text))
    assert plain.published is None
    assert any("embedded post" in p and "not used" in p for p in plain.problems)
    (event,) = read_events(plain).events
    assert (event.type, event.date, event.country) == ("attack_on_us_forces", dt.date(2024, 11, 10), "Syria")
    assert "embedded post" in event.date_note


@pytest.mark.parametrize(("text", "days"), [
    ("It struck on Saturday (20th January) in the evening of 2024.", [dt.date(2024, 1, 20)]),
    ("It struck on Saturday, 20 January, in the evening of 2024.", [dt.date(2024, 1, 20)]),
    ("It struck on Friday (February 2, 2024) at dusk.", []),  # its year is written
])
def test_a_weekday_beside_a_day_written_day_first(text: str, days: list[dt.date]) -> None:
    assert [day for day, _ in weekday_days(text, START)] == days


LATER = """---
published: 2023-11-21
outlet: Capital Post
---
Pentagon counts 66 attacks on US forces

WASHINGTON - U.S. forces in Iraq and Syria have been attacked 66 times since Oct. 17, a Pentagon
spokeswoman told reporters on Tuesday.
"""
# no publication date; its date line gives the day without the year; its running figure (61) lies
# between the run's dated 55 (13 Nov 2023) and 66 (21 Nov 2023)
YEARLESS = """Attack count climbs

RIVERTON, Nov 16 (Example Wire) -- U.S. forces in Iraq and Syria have now come under attack 61 times,
the Pentagon said.
"""


def test_the_runs_running_figures_fix_a_date_lines_year(tmp_path: Path) -> None:
    from briefing.build import extract

    extraction = extract(_run(tmp_path, a=EARLIER, b=YEARLESS, c=LATER))
    article = next(a for a in extraction.articles if a.id == "b")
    assert (article.published, article.published_basis) == (dt.date(2023, 11, 16), "dateline")
    assert article.published_year == (YearFrom("run-figures", dt.date(2023, 11, 13), 3),)
    (figure,) = [t for t in extraction.tallies if t.sources[0].article == "b"]
    assert (figure.value, figure.as_of) == (61, dt.date(2023, 11, 16))
    said = [p.message for p in extraction.problems if p.path.endswith("b.md") and p.stage == "dates"]
    assert said == ["the year of the date line (Nov 16) from the run's dated running figures around its own "
                    "(13 Nov 2023)"]


@pytest.mark.parametrize("others", [("a",), ("c",)])
def test_without_figures_on_both_sides_a_date_lines_year_stays_open(tmp_path: Path,
                                                                    others: tuple[str, ...]) -> None:
    from briefing.build import extract

    texts = {"a": EARLIER, "c": LATER}
    extraction = extract(_run(tmp_path, b=YEARLESS, **{k: texts[k] for k in others}))
    article = next(a for a in extraction.articles if a.id == "b")
    assert article.published is None and article.dateline_day == "11-16"


@pytest.mark.parametrize(("lede", "published"), [
    # a page saved on a Monday whose lede reports an act "early on Tuesday": saved before the article
    # appeared, or on the other side of midnight; its date is no publication date (issue 23 item 7)
    ("Mortars hit a depot used by U.S. troops early on Tuesday, two officers said.", None),
    # "last Tuesday" is the week before; a Tuesday planned is not yet news
    ("Mortars hit a depot used by U.S. troops last Tuesday, two officers said.", dt.date(2024, 9, 30)),
    ("Envoys will meet on Tuesday about the depot used by U.S. troops.", dt.date(2024, 9, 30)),
    ("Mortars hit a depot used by U.S. troops on Sunday, two officers said.", dt.date(2024, 9, 30)),
    # a lede naming another weekday too tells a Tuesday of the week before ("said on Sunday")
    ("Mortars hit a depot used by U.S. troops on Tuesday, two officers said on Sunday.",
     dt.date(2024, 9, 30)),
])
def test_a_clippers_date_the_day_before_its_ledes_weekday_is_not_the_articles(
        lede: str, published: dt.date | None) -> None:
    plain = article(f" date 2024-09-30 Depot hit near the capital\n\n{lede}\n\nNo one was hurt.\n")
    assert plain.published == published


def test_the_ledes_weekday_after_a_refused_clippers_date_still_dates_its_act() -> None:
    """The clipper's Monday is not the publication date, but the lede's Tuesday is the day after
    it, as the reader takes it: the act is dated, the article is not."""
    from briefing.extract.events import read_events

    text = (" date 2024-09-30 Depot hit near the capital\n\nRockets struck a base hosting U.S. forces in "
            "western Iraq early on Tuesday, two officers said.\n\nThe conflict began on October 7.\n")
    plain = article(text)
    assert plain.published is None
    (event,) = [e for e in read_events(plain).events if e.date is not None]
    assert (event.type, event.date, event.country) == ("attack_on_us_forces", dt.date(2024, 10, 1), "Iraq")
    assert "clipper" in event.date_note


_SINCE_START = re.compile(r"mid-October|the war began", re.I)


@pytest.mark.parametrize(("text", "expected"), [
    # every year it writes is before the campaign's: another time's report
    ("Rockets hit a base in Norland on March 4; the old mission there ended in 2019.", True),
    # a year of the campaign, a count from its start, or one of its known events: of its time
    ("Rockets hit a base in Norland on March 4, 2024; the old mission there ended in 2019.", False),
    ("Rockets hit a base in Norland on March 4, the most since mid-October; the mission ended in 2019.",
     False),
    # no year at all: not known to be another time's
    ("Rockets hit a base in Norland on March 4.", False),
])
def test_an_undated_text_whose_years_are_all_before_the_campaign_is_of_another_time(
        text: str, expected: bool) -> None:
    assert of_another_time(text, STORY, _SINCE_START) is expected
