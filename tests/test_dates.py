"""Publication dates and relative dates, table-driven, on our own wire-style lines."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.dates import Anchor, date_article, find_dates, parse_full_date
from tests.conftest import make_article

TUE = dt.date(2023, 11, 21)  # a Tuesday


@pytest.mark.parametrize(("text", "expected", "basis"), [
    ("Headline here\n\nNovember 21, 2023, 7:52 PM\n\nBody text.", dt.date(2023, 11, 21), "dateline"),
    ("Headline\nPosted at 11:16 AM, Jun 28, 2021\nBody.", dt.date(2021, 6, 28), "dateline"),
    ("Headline\nWed, 25 Oct 2023 10:37 GMT\nBody.", dt.date(2023, 10, 25), "dateline"),
    ("Headline\nBy Jane Roe | Published January 4, 2024\nBody.", dt.date(2024, 1, 4), "dateline"),
    (" date 2023-11-13 WASHINGTON: Troops were attacked.", dt.date(2023, 11, 13), "dateline"),
    # forms the direct rules do not read go to dateparser, strictly
    ("Headline\nTuesday, the 21st of November 2023\nBody.", dt.date(2023, 11, 21), "dateline"),
    ("Headline\nPublished: 21st of November, 2023 at 7:52 pm\nBody.", dt.date(2023, 11, 21), "dateline"),
    ("Headline\nThe 21st of November 2023 was a Tuesday and a long day for all.\nBody.", None, "unknown"),
    # an embedded post's day (a Saturday) is the article's only when a statement of the text is told
    # that weekday or the day before; otherwise it is the post's own (issue 23 item 7)
    ("Body only. — Agency (@agency) December 2, 2023", None, "unknown"),
    ("The agency said Saturday it had struck.\n— Agency (@agency) December 2, 2023", dt.date(2023, 12, 2),
     "body"),
    ("The agency said Thursday it had struck.\n— Agency (@agency) December 2, 2023", None, "unknown"),
    # the weekday must be the statement's own day: beside its verb, not the night of the act it tells,
    # which an article may quote from the post a day or more later
    ("A drone hit a truck on Saturday night, the command confirmed.\n— Agency (@agency) December 2, 2023",
     None, "unknown"),
    ("The command on Saturday confirmed a drone hit a truck.\n— Agency (@agency) December 2, 2023",
     dt.date(2023, 12, 2), "body"),
    # a site's byline with its handle is the page's date line, not an embedded post's signature
    ("Example News | @examplenews | 02 Feb 2024, 09:57 pm Print\n\nBody.", dt.date(2024, 2, 2), "dateline"),
    ("The strikes on Sunday hit three sites.\nMore text on Oct. 17.", None, "unknown"),
    # A date inside a sentence is a reference, not the publication date.
    ("Officials said on November 3, 2023, that the base was hit twice.", None, "unknown"),
    # date lines as outlets print them
    ("Headline\nJan 30, 2024, 4:48 PM | Updated: Feb 1, 2024\nBody.", dt.date(2024, 1, 30), "dateline"),
    ("Headline\nUpdated: Feb 1, 2024\nPublished: Jan 30, 2024\nBody.", dt.date(2024, 1, 30), "dateline"),
    ("Headline\nPublished Date: 1/29/2024\nBody.", dt.date(2024, 1, 29), "dateline"),
    ("Headline\nPosted on 11/30/23 | News Source: Wire\nBody.", dt.date(2023, 11, 30), "dateline"),
    ("Headline\n17-11-2023 | Desk\nBody.", dt.date(2023, 11, 17), "dateline"),
    ("Headline\nSunday, 11/12/2023\nBody.", dt.date(2023, 11, 12), "dateline"),    # the weekday settles it
    ("Headline\n02/03/2024\nBody.", None, "unknown"),                             # 2 March or 3 February
    # ... or the page's other dates with the same mark, where one can only be read one way
    ("Headline\n - Wire Desk, 02.03.2024\nBody.\nSee also - Wire Desk, 25.02.2024", dt.date(2024, 3, 2),
     "dateline"),
    ("Headline\n02/03/2024\nBody.\nSee also 02/25/2024", dt.date(2024, 2, 3), "dateline"),
    ("Headline\n02/03/2024\nThe earlier story ran on 25-02-2024 with more.", None, "unknown"),  # another mark
    ("Headline\n02/03/2024\nThe stories ran on 02/25/2024 and on 25/02/2024 here.", None, "unknown"),  # both
    # a byline's date run into the section name when the page was saved as text
    ("Headline\nBy Jane Roe\nMarch 4, 2024World News\nBody text.", dt.date(2024, 3, 4), "dateline"),
    ("Headline\nMarch 4, 2024s were long\nBody text.", None, "unknown"),
    ("Headline\nWire , Agency , Wednesday 22 Nov 2023\nBody.", dt.date(2023, 11, 22), "dateline"),
    ("Headline\nWashington, D.C., January 19, 2024\nBody.", dt.date(2024, 1, 19), "dateline"),
    ("Daily Update, January 28, 2024\nBody text follows here.", dt.date(2024, 1, 28), "dateline"),
    ("WASHINGTON, Nov. 20, 2023 – Militants fired rockets at a base.", dt.date(2023, 11, 20), "dateline"),
    # a wire line without its year takes it from the dates the text names
    ("BAGHDAD, Jan 24 (Wire) -- Strikes followed the attack of Jan. 20, 2024 on the base.",
     dt.date(2024, 1, 24), "dateline"),
    ("BAGHDAD, Jan 24 (Wire) -- Strikes followed the attack on the base.", None, "unknown"),
    # an encyclopedia's "Date" field is the event's, not the page's
    ("Drone attack\nLocation\nDate28 January 2024\nOn 28 January 2024, a drone struck.", None, "unknown"),
    # ... and so is a span of days on a line of its own, in any dash
    ("Strike campaign\nTarget militias\nDate 4–9 March 2024\n(5 days)\nBody text.", None, "unknown"),
    ("Strike campaign\n4 - 9 Mar 2024\nBody text.", None, "unknown"),
    # a time run up to its date is not a span
    ("Headline\nUpdated 21:52 - 7 February 2024\nBody.", dt.date(2024, 2, 7), "dateline"),
    # the page's address
    ("Headline\n\nhttps://news.example/20240422/base-attacked-1118.html\n\nBody.", dt.date(2024, 4, 22),
     "url"),
])
def test_publication_date(text: str, expected: dt.date | None, basis: str) -> None:
    article = make_article(text)
    assert article.published == expected
    assert article.published_basis == basis
    if expected:  # the evidence is the words that give the day (not, say, an "Updated:" line)
        evidence = article.published_evidence
        assert evidence is not None and str(expected.day) in evidence.quote


def test_the_articles_own_date_line_wins_over_the_clippers_and_says_so() -> None:
    article = make_article(" date 2024-03-02 Headline\nPublished: Feb 2, 2024\nBody.")
    assert (article.published, article.published_basis) == (dt.date(2024, 2, 2), "dateline")
    assert any("disagree" in p for p in article.problems)


def test_a_site_header_with_its_today_is_not_the_publication_date() -> None:
    text = ("Sat. Mar 2nd, 2024\nUS strikes militia sites\nU.S. forces struck sites in Iraq on Friday, "
            "after the Jan. 28 attack and the Feb. 2 strikes, officials said.")
    article = make_article(text)
    assert article.published is None
    assert any("site's own date" in p for p in article.problems)


def test_a_date_at_the_top_stands_beside_a_recap_of_a_fortnight_before() -> None:
    text = ("November 20, 2023\n2 min read\nAttacks on US troops rise\nAn official said on Monday that "
            "drones hit a base in Syria. On November 5, U.S. jets struck a depot, and the attacks since "
            "October 17 now number 60.")
    article = make_article(text)
    assert (article.published, article.published_basis) == (dt.date(2023, 11, 20), "dateline")


def test_a_wire_line_run_on_after_a_clippers_header_and_a_source_tag_wins() -> None:
    text = (" date 2023-11-04 (Aggregator- Sample News Network) BAGHDAD, Nov 5 (SNN-WIRE) – A militia "
            "claimed a rocket attack on a base in Syria, days after the Oct 19 strikes.")
    article = make_article(text)
    assert (article.published, article.published_basis) == (dt.date(2023, 11, 5), "dateline")
    assert any("disagree" in p for p in article.problems)


@pytest.mark.parametrize("top", ["Tuesday, March 12, 2024", "Tuesday 12 March 2024",
                                 "| Tuesday, March 12, 2024 |"])
def test_a_weekday_and_date_alone_above_the_headline_is_the_sites_running_date(top: str) -> None:
    # the page was saved weeks after the story; nothing in it agrees with the date at the top
    text = (f"{top}\n\nIraq counts the dead of the U.S. raids\n\n"
            "U.S. air raids on two towns in western Iraq on Friday killed nine people, the government said.")
    article = make_article(text)
    assert article.published is None
    assert any("running date" in p for p in article.problems)
    from briefing.extract.events import read_events
    assert not read_events(article).events  # "on Friday" is counted from no day at all


@pytest.mark.parametrize("top", [
    # the month first, the weekday before the day (read by dateparser)
    "October, Friday 11, 2024\n\nIraq counts the dead of the U.S. raids",
    # an Arab site's date bar under a ticker's word: the day in both calendars, above the editor's name
    "عاجل\nالجمعة 11 أكتوبر 2024 الموافق 8 ربيع الآخر 1446\nرئيس التحرير\nاسم المحرر",
])
def test_a_running_date_in_other_forms_above_the_headline_dates_nothing(top: str) -> None:
    text = (f"{top}\n\nU.S. air raids on two towns in western Iraq on Friday killed nine people, "
            "the government said.")
    article = make_article(text)
    assert article.published is None
    assert any("running date" in p for p in article.problems)


@pytest.mark.parametrize(("top", "told", "published"), [
    # a site's date bar with the weekday after the day, between pipes, over a story told by weekday
    # alone: the page's day, not the story's (issue 23 form 7)
    ("| 12 March 2024, Tuesday |", "", None),
    ("12 March 2024, Tuesday", "", None),
    ("| March 12, 2024 Tuesday |", "", None),
    # the same bar over a story of its day: the text's own date agrees, and the date is kept
    ("| 12 March 2024, Tuesday |", " The raids of March 11 were the third this month.", dt.date(2024, 3, 12)),
])
def test_a_running_date_with_its_weekday_after_the_day_dates_only_a_story_that_agrees(
        top: str, told: str, published: dt.date | None) -> None:
    text = (f"{top}\n\nIraq counts the dead of the U.S. raids\n\n"
            "U.S. air raids on two towns in western Iraq on Monday killed nine people, the government "
            f"said.{told}")
    article = make_article(text)
    assert article.published == published
    assert any("running date" in p for p in article.problems) == (published is None)


def test_a_list_of_stamps_with_view_counts_dates_neither_the_article_nor_its_weekdays() -> None:
    # the page's other items, each with its day, its time and its views run together, under the story
    stamps = "\n".join(f"2026-03-05 0{n}:1{n}{n}42{n} view" for n in range(5))
    text = ("Drones hit a base\n\nDrones attacked a base housing U.S. troops in eastern Syria on Thursday, "
            f"two U.S. officials said.\n\n{stamps}\n\nA film star was held at an airport.")
    article = make_article(text)
    assert article.published is None
    from briefing.extract.events import read_events
    extraction = read_events(article)
    assert extraction.events == () and extraction.undated  # the Thursday is of no day the page gives


_SAVED_LATE = (" date 2025-10-04 Drones hit a base\n\nMilitia drones hit a base in Syria early on Friday, "
               "the group said.")


@pytest.mark.parametrize(("told", "published"), [
    # a day without its year that the clipper's date would put eleven months back: saved long after
    (" The assembly on November 2 passed an aid bill.", None),
    # neighbours that keep it: the year-back said, a count's start, a plan, the campaign's start
    (" The assembly on November 2 last year passed an aid bill.", dt.date(2025, 10, 4)),
    (" Militias have struck bases 70 times since November 2.", dt.date(2025, 10, 4)),
    (" The assembly will vote on November 2.", dt.date(2025, 10, 4)),
    (" The attacks began on October 20, when drones hit two bases.", dt.date(2025, 10, 4)),
    (" The assembly passed an aid bill on August 2.", dt.date(2025, 10, 4)),
])
def test_a_clippers_date_that_puts_a_day_without_its_year_a_year_back_is_not_used(
        told: str, published: dt.date | None) -> None:
    from briefing.ingest import boilerplate
    from briefing.model import Article
    from briefing.yearless import StoryTime

    text = _SAVED_LATE + told
    undated = Article(id="a1", path="a1.txt", text=text, clean=boilerplate(text))
    article = date_article(undated, StoryTime(dt.date(2023, 10, 17)))
    assert article.published == published
    assert (published is None) == any("nearly a year before" in p for p in article.problems)


_EARLY_CLIP = (" date 2024-01-01 Boats fire on a ship\n\nGunmen in two boats fired on a tanker on Monday, "
               "agencies said.")


@pytest.mark.parametrize(("told", "published"), [
    # the campaign's acts counted from a month the clipper's date puts long before the campaign began
    (" Their raids have drawn British and US strikes since February.", None),
    # neighbours that keep it: the war before the start, a month with its year, a month of no acts
    (" The rebels have attacked ships since October.", dt.date(2024, 1, 1)),
    (" Their raids have drawn British and US strikes since February 2023.", dt.date(2024, 1, 1)),
    (" Freight rates have doubled since February.", dt.date(2024, 1, 1)),
    # a month before the campaign told as the last time of its like: nothing counted from it
    (" They were the first US strikes in Yemen since February, when a base was hit.", dt.date(2024, 1, 1)),
    (" It was the deadliest raid on a ship since February.", dt.date(2024, 1, 1)),
])
def test_a_clippers_date_before_the_month_its_acts_are_counted_from_is_not_used(
        told: str, published: dt.date | None) -> None:
    from briefing.ingest import boilerplate
    from briefing.model import Article
    from briefing.yearless import StoryTime

    text = _EARLY_CLIP + told
    undated = Article(id="a1", path="a1.txt", text=text, clean=boilerplate(text))
    article = date_article(undated, StoryTime(dt.date(2023, 11, 19)))
    assert article.published == published
    assert (published is None) == any("before the campaign began" in p for p in article.problems)


_PAST_WEEK = " date 2024-03-20 Bases hit again\n\nMilitias fired drones at three bases over the past week. "


@pytest.mark.parametrize(("told", "published"), [
    # the acts of "the past week" all weeks before the clipper's date: a rewrite saved long after
    ("The largest salvo came on February 26th, and rockets followed on February 27th.", None),
    # neighbours that keep it: an act of the week, the news told by its weekday, a span's end, a count's
    # start, a month alone
    ("The largest salvo came on March 16th, and rockets followed on February 27th.", dt.date(2024, 3, 20)),
    ("The largest salvo came on Monday; the first, on February 26th.", dt.date(2024, 3, 20)),
    ("Between January 2 and February 26, bases were hit 40 times.", dt.date(2024, 3, 20)),
    ("Bases have been hit 40 times since February 26.", dt.date(2024, 3, 20)),
    ("Rockets followed last week, after a salvo on February 26th.", dt.date(2024, 3, 20)),
])
def test_a_clippers_date_weeks_after_the_past_weeks_acts_is_not_used(told: str,
                                                                     published: dt.date | None) -> None:
    article = make_article(_PAST_WEEK + told)
    assert article.published == published
    assert (published is None) == any("weeks before the clipper's date" in p for p in article.problems)


def test_the_days_of_a_page_saved_weeks_after_its_past_week_keep_the_clippers_year() -> None:
    from briefing.extract.events import read_events

    text = (" date 2024-01-10 Bases hit\n\nU.S. troops were attacked at two bases over the past week.\n\n"
            "A drone struck the base at Erbil on December 18th, injuring two troops.")
    article = make_article(text)
    assert article.published is None
    days = {e.date for e in read_events(article).events}
    assert days == {dt.date(2023, 12, 18)}


@pytest.mark.parametrize(("told", "published"), [
    # an explainer updated since: its address keeps the day it first appeared
    ("Between Oct. 17 and Nov. 20, bases were attacked 60 times.", None),
    ("Between Oct. 17 and Oct. 25, bases were attacked 12 times.", dt.date(2023, 10, 27)),
])
def test_an_address_whose_day_would_put_a_day_without_its_year_a_year_back_dates_nothing(
        told: str, published: dt.date | None) -> None:
    from briefing.ingest import boilerplate
    from briefing.model import Article
    from briefing.yearless import StoryTime

    text = f"Tensions soar\n\nhttps://news.example/2023/10/27/tensions/\n\n{told}"
    undated = Article(id="a1", path="a1.txt", text=text, clean=boilerplate(text))
    article = date_article(undated, StoryTime(dt.date(2023, 10, 17)))
    assert article.published == published
    assert (published is None) == any("a year back" in p for p in article.problems)


@pytest.mark.parametrize(("text", "published"), [
    # a wire line two days before the clipper's date, whose lede's weekday is its day: the clipper's year
    (" date 2025-03-10 Rockets hit a base\nKIRKUK, March 8 (Wire) -- Rockets were fired on Saturday at a "
     "base, a source said.", dt.date(2025, 3, 8)),
    # ... and not where the lede's weekday is another day's
    (" date 2025-03-10 Rockets hit a base\nKIRKUK, March 8 (Wire) -- Rockets were fired on Thursday at a "
     "base, a source said.", None),
    # a date line with hyphens between its day, month and year, in English or another language
    ("Drone hits a base\n\n07-Mar-2025\n\nA drone hit a base in the north, officials said.",
     dt.date(2025, 3, 7)),
    ("هجوم على قاعدة\n\nالجمعة, 7 مارس - 2025\n\nنص الخبر.", dt.date(2025, 3, 7)),
    # a span of days stays no date line
    ("Drone hits a base\n\n2-7 March 2025\n\nA drone hit a base in the north, officials said.", None),
    # a briefing's transcript titled with its day
    ("Briefings\n\nDepartment Press Briefing – March 7, 2025 – Ministry of Foreign Affairs of Sudland\n\n"
     "2:04 p.m.\n\n"
     "MS SPOKESWOMAN: Good afternoon. Let me begin with the attack today.", dt.date(2025, 3, 7)),
    # a caption naming a news conference and its day is no title
    ("Drone hits a base\n\nA spokeswoman speaks at a news conference in the capital, Friday, March 7, "
     "2025. (Photo/Agency)\n\nA drone hit a base on Tuesday, officials said.", None),
    # a labelled publication line is the article's, even when the text names only an old day
    ("Publish date Monday 10 March 2025 - 16:19\nMilitants hit two bases on Saturday, the group said, "
     "in the war that began on October 7, 2023.", dt.date(2025, 3, 10)),
])
def test_a_publication_date_the_page_settles_in_other_forms(text: str, published: dt.date | None) -> None:
    assert make_article(text).published == published


@pytest.mark.parametrize(("text", "published"), [
    # neighbours: a date line under the headline; one with its time; one the text agrees with
    ("U.S. raids in western Iraq\n\nTuesday, March 12, 2024\nU.S. air raids hit two towns on Friday.",
     dt.date(2024, 3, 12)),
    ("Tuesday 12 March 2024 - 21:07\n\nU.S. raids in western Iraq\n\n"
     "U.S. air raids hit two towns on Friday.",
     dt.date(2024, 3, 12)),
    ("Tuesday, March 12, 2024\n\nU.S. raids in western Iraq\n\n"
     "U.S. air raids on March 8, 2024 hit two towns.",
     dt.date(2024, 3, 12)),
])
def test_a_date_line_the_page_gives_as_its_own_is_kept(text: str, published: dt.date) -> None:
    assert make_article(text).published == published


def test_a_date_in_the_address_given_in_front_matter() -> None:
    from briefing.dates import date_article

    article = read_inputs_text("---\nurl: https://news.example/2024/01/29/story/\n---\nBody on Monday.\n")
    dated = date_article(article)
    assert (dated.published, dated.published_basis) == (dt.date(2024, 1, 29), "url")
    assert any("address" in p for p in dated.problems)


def read_inputs_text(text: str):  # type: ignore[no-untyped-def]
    import tempfile
    from pathlib import Path

    from briefing.ingest import read_inputs

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_text(text, encoding="utf-8")
        (article,), _ = read_inputs(path, "a.txt", "a")
    return article


@pytest.mark.parametrize(("phrase", "published", "time", "expected"), [
    ("on Sunday", TUE, None, dt.date(2023, 11, 19)),
    ("Tuesday night", TUE, None, dt.date(2023, 11, 21)),
    ("early on Monday", TUE, None, dt.date(2023, 11, 20)),
    ("yesterday", TUE, None, dt.date(2023, 11, 20)),
    ("last night", TUE, None, dt.date(2023, 11, 20)),
    ("Oct. 17", TUE, None, dt.date(2023, 10, 17)),
    ("Nov. 12-13", TUE, None, dt.date(2023, 11, 12)),
    ("on the morning of November 22", TUE, None, dt.date(2023, 11, 22)),
    ("Dec. 30", dt.date(2024, 1, 3), None, dt.date(2023, 12, 30)),
    ("Feb. 6, 2020", TUE, None, dt.date(2020, 2, 6)),
    # The day after publication: the next day in Iraq only with a reason to think so.
    ("Wednesday morning local time", TUE, None, dt.date(2023, 11, 22)),
    ("on Wednesday", TUE, dt.time(19, 52), dt.date(2023, 11, 22)),
    ("on Wednesday", TUE, dt.time(9, 0), None),
    ("on Wednesday", None, None, None),
    ("last week", TUE, None, None),
])
def test_relative_dates(phrase: str, published: dt.date | None, time: dt.time | None,
                        expected: dt.date | None) -> None:
    text = f"The strike happened {phrase}, officials said."
    found = find_dates(text, 0, len(text), published, time)
    assert found, phrase
    assert found[0].date == expected
    if expected is None:
        assert found[0].note  # an unresolved date always says why


def test_today_inside_a_quote_is_the_speakers_day() -> None:
    text = "“He directed today’s action,” Austin said in a statement on Sunday."
    found = find_dates(text, 0, len(text), TUE, None)
    assert [m.date for m in found] == [None, dt.date(2023, 11, 19)]


@pytest.mark.parametrize("text", ["May 40, 2023", "the 2nd of never", "may be 5 times"])
def test_no_false_full_dates(text: str) -> None:
    assert parse_full_date(text) is None


# --- each date expression: the day, how precisely, and what the reader is told ----------------

SAT_PUB = dt.date(2023, 11, 25)  # a Saturday


@pytest.mark.parametrize(("phrase", "published", "expected", "precision", "note"), [
    # written in full: the day itself, whatever the article's own date
    ("on 2023-11-19", TUE, dt.date(2023, 11, 19), "day", ""),
    ("on 19 November 2023", TUE, dt.date(2023, 11, 19), "day", ""),
    ("on November 19, 2023", None, dt.date(2023, 11, 19), "day", ""),
    # a day that does not exist is no day, not the same day of another year
    ("on 2023-02-30", TUE, None, "unknown", "not a real date"),
    ("on 2023-19-05", TUE, None, "unknown", "not a real date"),
    ("on Feb. 29, 2023", dt.date(2024, 3, 1), None, "unknown", "not a real date"),
    ("on 31 November 2023", TUE, None, "unknown", "not a real date"),
    # without the year: the publication's year, or the year before when the day is more
    # than two days after publication ("Dec. 30" in early January)
    ("on Nov. 23", TUE, dt.date(2023, 11, 23), "day", ""),
    ("on Nov. 24", TUE, dt.date(2022, 11, 24), "day", ""),
    ("on 23 Nov", TUE, dt.date(2023, 11, 23), "day", ""),
    ("on Feb. 29", dt.date(2024, 3, 1), dt.date(2024, 2, 29), "day", ""),
    ("on Feb. 29", TUE, None, "unknown", "not a real date"),
    ("on Nov. 12-13", TUE, dt.date(2023, 11, 12), "day", "range; first day taken"),
    ("on Nov. 13", None, None, "unknown", "no year given and the article is undated"),
    # a day named by its holiday is a day without its year
    ("on Christmas Day", dt.date(2023, 12, 26), dt.date(2023, 12, 25), "day", ""),
    ("on Christmas Eve", dt.date(2024, 1, 3), dt.date(2023, 12, 24), "day", ""),
    ("on New Year’s Eve", dt.date(2024, 1, 2), dt.date(2023, 12, 31), "day", ""),
    ("on New Year's Day", dt.date(2024, 1, 2), dt.date(2024, 1, 1), "day", ""),
    ("on Christmas Day", None, None, "unknown", "no year given and the article is undated"),
    # a holiday whose day moves with the year: November's fourth Thursday of the page's year
    ("on Thanksgiving Day", dt.date(2023, 11, 24), dt.date(2023, 11, 23), "day",
     "Thanksgiving Day, 23 Nov 2023"),
    ("on Thanksgiving Day", dt.date(2024, 12, 2), dt.date(2024, 11, 28), "day",
     "Thanksgiving Day, 28 Nov 2024"),
    ("on Thanksgiving Day", dt.date(2024, 1, 5), dt.date(2023, 11, 23), "day",
     "Thanksgiving Day, 23 Nov 2023"),
    ("on Thanksgiving Day", None, None, "unknown", "a holiday whose day moves, and the article is undated"),
    # words for a day
    ("today", TUE, TUE, "day", ""),
    ("tonight", TUE, TUE, "day", ""),
    ("this morning", TUE, TUE, "day", ""),
    ("overnight", TUE, dt.date(2023, 11, 20), "day", ""),
    ("earlier this month", TUE, dt.date(2023, 11, 1), "month", ""),
    ("last month", TUE, dt.date(2023, 10, 1), "month", ""),
    ("last month", dt.date(2024, 1, 9), dt.date(2023, 12, 1), "month", ""),
    ("earlier this week", TUE, None, "unknown", "'earlier this week' names no single day"),
    ("yesterday", None, None, "unknown", "relative date in an undated article"),
    # part of a month
    ("in mid-October", TUE, dt.date(2023, 10, 1), "month", "mid-month"),
    ("in late-November", TUE, dt.date(2023, 11, 1), "month", "late-month"),
    ("in early-December", dt.date(2024, 1, 9), dt.date(2023, 12, 1), "month", "early-month"),
    # weekdays: the last such day up to publication; "last" never the day itself
    ("on Tuesday", TUE, TUE, "day", ""),
    ("last Tuesday", TUE, dt.date(2023, 11, 14), "day", ""),
    ("last Monday", TUE, dt.date(2023, 11, 20), "day", ""),
    ("on Saturday", TUE, dt.date(2023, 11, 18), "day", ""),
    ("on Friday", SAT_PUB, dt.date(2023, 11, 24), "day", ""),
    ("next Monday", TUE, None, "unknown", "a day after publication (future)"),
    ("early Wednesday", TUE, dt.date(2023, 11, 22), "day",
     "day after publication: 'early Wednesday', Iraq/Syria are ahead of US time"),
    # the small hours of the day after a page's date: that night, local time (issue 23 item 6)
    ("in the early hours of Wednesday morning", TUE, dt.date(2023, 11, 22), "day",
     "day after publication: 'the early hours of Wednesday morning', Iraq/Syria are ahead of US time"),
    ("in the early hours of Tuesday", TUE, TUE, "day", ""),
    ("in the early hours of Saturday", TUE, dt.date(2023, 11, 18), "day", ""),
    ("on Wednesday in Iraq", TUE, dt.date(2023, 11, 22), "day",
     "day after publication: local time, Iraq/Syria are ahead of US time"),
    ("on Wednesday", TUE, None, "unknown",
     "Wednesday is the day after publication: last week's or the next day in local time; not resolved"),
])
def test_each_date_expression(phrase: str, published: dt.date | None, expected: dt.date | None,
                              precision: str, note: str) -> None:
    text = f"Officials said the strike came {phrase}, a spokesman said."
    (found,) = find_dates(text, 0, len(text), published)
    assert (found.date, found.precision, found.note) == (expected, precision, note)
    assert text[found.start:found.end] == found.text and found.text in phrase


def test_a_season_is_not_a_holiday() -> None:
    text = "Troops at the base spent Christmas under rocket fire over the new year's holidays."
    assert find_dates(text, 0, len(text), TUE) == []


def test_an_evening_report_of_the_next_weekday_takes_the_next_day_from_four_pm() -> None:
    text = "Officials said the strike came on Wednesday."
    assert find_dates(text, 0, len(text), TUE, dt.time(16, 0))[0].date == dt.date(2023, 11, 22)
    assert find_dates(text, 0, len(text), TUE, dt.time(15, 59))[0].date is None


def test_a_day_without_its_year_in_an_undated_article_keeps_its_month_and_day() -> None:
    text = "The base was hit on Nov. 13 and again on 2 Dec."
    assert [(m.date, m.month_day) for m in find_dates(text, 0, len(text), None)] == [
        (None, (11, 13)), (None, (12, 2))]


ANCHOR = Anchor(dt.date(2024, 1, 28), "the article names 'January 28, 2024'", weekday=True)  # a Sunday
SUNDAY = "Sunday = 28 Jan 2024 (the article names 'January 28, 2024')"


@pytest.mark.parametrize(("phrase", "anchor", "expected", "note"), [
    # a day without its year, near an anchor: the one year within 120 days of it
    ("on Feb. 2", ANCHOR, dt.date(2024, 2, 2), "year from the article names 'January 28, 2024'"),
    ("on Dec. 30", ANCHOR, dt.date(2023, 12, 30), "year from the article names 'January 28, 2024'"),
    ("on Sept. 30", ANCHOR, dt.date(2023, 9, 30), "year from the article names 'January 28, 2024'"),
    ("on Sept. 29", ANCHOR, None, "no year given and the article is undated"),
    ("on May 27", ANCHOR, dt.date(2024, 5, 27), "year from the article names 'January 28, 2024'"),
    ("on May 28", ANCHOR, None, "no year given and the article is undated"),
    # the anchor's weekday is its day; no other weekday, and not "last Sunday", is known
    ("on Sunday", ANCHOR, dt.date(2024, 1, 28), SUNDAY),
    ("late Sunday", ANCHOR, dt.date(2024, 1, 28), SUNDAY),
    ("last Sunday", ANCHOR, None, "relative date in an undated article"),
    ("next Sunday", ANCHOR, None, "relative date in an undated article"),
    ("on Saturday", ANCHOR, None, "relative date in an undated article"),
    ("on Sunday", dataclasses.replace(ANCHOR, weekday=False), None, "relative date in an undated article"),
    ("yesterday", ANCHOR, None, "relative date in an undated article"),
])
def test_an_undated_article_dates_only_what_its_anchor_fixes(phrase: str, anchor: Anchor,
                                                             expected: dt.date | None, note: str) -> None:
    text = f"Officials said the strike came {phrase}."
    (found,) = find_dates(text, 0, len(text), None, anchor=anchor)
    assert (found.date, found.note) == (expected, note)
    assert found.precision == ("day" if expected else "unknown")


@pytest.mark.parametrize(("line", "published", "time"), [
    # the time decides whether "Wednesday" in a Tuesday report may be Iraq's Wednesday (16:00)
    ("November 21, 2023, 7:52 PM", TUE, dt.time(19, 52)),
    ("November 21, 2023, 12:15 a.m.", TUE, dt.time(0, 15)),
    ("November 21, 2023, 12:30 PM", TUE, dt.time(12, 30)),
    ("November 21, 2023 9:05 am", TUE, dt.time(9, 5)),
    ("November 21, 2023 16:05 GMT", TUE, dt.time(16, 5)),
    ("November 21, 2023", TUE, None),
    # a line that is a date and little else: a byline and an outlet may stand beside it
    ("By Jane Roe and John Doe, Wire Service, November 21, 2023", TUE, None),
    ("Last updated: November 22, 2023\nPublished: November 21, 2023", TUE, None),
    ("Modified November 22, 2023", dt.date(2023, 11, 22), None),
    # a sentence that ends on a date is not a date line
    ("The talks resumed. November 21, 2023", None, None),
    ("updated november 22, 2023 and then said more words here", None, None),
])
def test_the_date_line_gives_the_day_and_the_time(line: str, published: dt.date | None,
                                                  time: dt.time | None) -> None:
    article = make_article(f"Headline\n{line}\nBody.")
    assert (article.published, article.published_time) == (published, time)


@pytest.mark.parametrize(("line", "published", "time"), [
    # forms the direct rules do not read go to dateparser (day, month and year all required)
    ("November the 21st, 2023", TUE, None),
    ("Published: 2023 November 21", TUE, None),
    ("21/Nov/2023 7:52 pm", TUE, dt.time(19, 52)),
    ("Posted 21. November 2023 19:52", TUE, dt.time(19, 52)),
    # only a short line, and only with a month's name
    ("Tuesday 21st November in 2023 and some more words added here to pass eighty chars!", None, None),
    ("2023/21/11", None, None),
])
def test_a_date_line_only_dateparser_reads(line: str, published: dt.date | None,
                                           time: dt.time | None) -> None:
    article = make_article(f"Headline\n{line}\nBody.")
    assert (article.published, article.published_time) == (published, time)
    if published:
        assert article.published_basis == "dateline"
        assert article.published_evidence is not None and article.published_evidence.quote == line


@pytest.mark.parametrize(("url", "published", "basis"), [
    # a wire line's day takes its year from the address when the address is that day or within three
    ("https://news.example/2024/01/27/rockets/", dt.date(2024, 1, 24), "dateline"),
    ("https://news.example/2024/01/21/rockets/", dt.date(2024, 1, 24), "dateline"),
    # further off, the address dates the page itself
    ("https://news.example/2024/01/28/rockets/", dt.date(2024, 1, 28), "url"),
    (None, None, "unknown"),
])
def test_a_wire_lines_year_from_the_address(url: str | None, published: dt.date | None, basis: str) -> None:
    from briefing.dates import date_article
    from briefing.model import Article

    text = "BAGHDAD, Jan 24 (Wire) -- Rockets hit a base housing U.S. troops."
    article = date_article(Article(id="a", path="a.txt", text=text, clean=text, url=url))
    assert (article.published, article.published_basis) == (published, basis)
    if basis == "dateline":
        evidence = article.published_evidence
        assert evidence is not None and evidence.quote == "Jan 24"
        assert any("the year of the date line (Jan 24)" in p for p in article.problems)


# --- relative days against the quotation's own day, and page furniture (issue 23, forms 6 and 7) --

@pytest.mark.parametrize(("text", "expected"), [
    # a statement of Tuesday 21 Nov, clipped on Wednesday: its "yesterday" is Monday
    ("“Today, Nov. 21, our forces struck a depot. It answers an attack on our troops yesterday,” "
     "the command said.", dt.date(2023, 11, 20)),
    ("“Today (Nov. 21) we struck back for the rockets fired last night,” the command said.",
     dt.date(2023, 11, 20)),
    # no "today" of its own: counted from the publication day, as before
    ("The command said the depot was struck yesterday.", dt.date(2023, 11, 21)),
])
def test_yesterday_counts_from_the_paragraphs_own_today(text: str, expected: dt.date) -> None:
    wednesday = dt.date(2023, 11, 22)
    found = [m for m in find_dates(text, 0, len(text), wednesday)
             if m.text.lower() in ("yesterday", "last night")]
    assert [m.date for m in found] == [expected]


@pytest.mark.parametrize("furniture", ["View Date:2024-12-23 14:33:46", "Accessed 23 December 2024",
                                       "Today is Monday, December 23, 2024"])
def test_the_readers_day_printed_by_the_page_is_not_the_publication_date(furniture: str) -> None:
    article = date_article(make_article(f"Militia drones hit ships\n\n{furniture}\n\n"
                                        "Drones were fired at ships late on Tuesday, officials said."))
    assert article.published is None


@pytest.mark.parametrize("furniture", ["View\nDate:2025-02-11 09:15:02", "Accessed\n11 February 2025"])
def test_the_readers_day_with_its_label_on_the_line_above_is_not_the_publication_date(furniture: str) -> None:
    # a page saved as text puts the label on a line of its own above the reader's day
    article = date_article(make_article(f"Militia drones hit ships\n{furniture}\n"
                                        "Drones were fired at ships late on Tuesday, officials said."))
    assert article.published is None


def test_the_clipper_settles_two_page_dates_that_disagree() -> None:
    # a live page's section header of the next day above the byline's day, saved on the byline's
    page = (" date 2024-03-05 World\n\nREGION LIVE UPDATE: 6 MARCH 2024\n\nA ship was hit off the coast\n"
            "By A Wire\n5 Mar 2024\nA cargo ship was hit by a missile on Tuesday, officials said.")
    article = date_article(make_article(page))
    assert article.published == dt.date(2024, 3, 5)
    # without the clipper, two page dates that disagree date nothing
    assert date_article(make_article(page.split("\n\n", 1)[1])).published is None


# Page furniture and contradicted dates (issue 23, item 7): each leaves the date unknown, with a note.
@pytest.mark.parametrize(("text", "why"), [
    # a clipper's date that the text overtakes: it reports a day weeks after it
    (" date 2023-11-05 Drones hit base in Syria\n\nTwo drones were sent at the base on Nov. 20, 2023, "
     "officials said.", "earlier than a day the text reports"),
    # a view counter's day, a site's own "last updated", readers' comment stamps
    ("Drones hit base\n\nViews: 1,204 | 12 March 2024 09:15\n\nDrones were sent at the base on Tuesday.",
     "no publication date found"),
    ("Drones hit base\n\nSite last updated: 12 March 2024\n\nDrones were sent at the base on Tuesday.",
     "no publication date found"),
    ("Drones hit base\n\nDrones were sent at the base on Tuesday, officials said.\n\n3 Comments\n\n"
     "reader99\nMarch 12, 2024 at 9:15 pm\n\nNot again.", "no publication date found"),
    # two dates the page prints as its own, on different days
    ("Drones hit base\nNovember 14, 2023\nBy Staff\nFebruary 2, 2024\nDrones were sent on Monday.",
     "neither is taken"),
    # an address whose day is neither the day the text says the statement came nor the next
    ("Strikes hit depots\n\nhttps://news.example/2024/02/05/strikes-depots/\n\n"
     "Bombers struck depots in Iraq on Friday night, the Pentagon said Thursday.", "disagree"),
    # ... or the day the statement was released: a group's statement of Tuesday, an address of Monday
    ("Group claims drone attack\n\nhttps://news.example/2024/03/04/group-claims/\n\n"
     "The group released a statement on Tuesday claiming a drone attack on a base in Iraq.", "disagree"),
])
def test_furniture_and_contradicted_dates_leave_the_publication_date_unknown(text: str, why: str) -> None:
    article = make_article(text)
    assert (article.published, article.published_basis) == (None, "unknown")
    assert any(why in p for p in article.problems)


@pytest.mark.parametrize(("text", "published"), [
    # the neighbours that keep their date: a clipper's date the text agrees with ...
    (" date 2023-11-21 Drones hit base\n\nTwo drones were sent at the base on Nov. 20, 2023, officials said.",
     dt.date(2023, 11, 21)),
    # ... a day later than it only by the hours between time zones ...
    (" date 2023-11-21 Drones hit base\n\nTwo drones were sent early on Nov. 22, 2023, local time.",
     dt.date(2023, 11, 21)),
    # ... the article's own date line over the clipper's ...
    (" date 2024-03-02 Strikes hit depots\n\nWASHINGTON, Feb. 3, 2024 – Bombers struck depots on Friday.",
     dt.date(2024, 2, 3)),
    # ... a publication line and its update ...
    ("Drones hit base\nPublished: Feb 2, 2024 | Updated: Feb 3, 2024\nDrones were sent on Thursday.",
     dt.date(2024, 2, 2)),
    # ... and an address whose day is the statement's or the next
    ("Strikes hit depots\n\nhttps://news.example/2024/02/03/strikes-depots/\n\n"
     "Bombers struck depots in Iraq on Friday night, the Pentagon said Saturday.", dt.date(2024, 2, 3)),
    ("Strikes hit depots\n\nhttps://news.example/2024/02/04/strikes-depots/\n\n"
     "Bombers struck depots in Iraq on Friday night, the Pentagon said Saturday.", dt.date(2024, 2, 4)),
    ("Group claims drone attack\n\nhttps://news.example/2024/03/06/group-claims/\n\n"
     "The group released a statement on Tuesday claiming a drone attack on a base in Iraq.",
     dt.date(2024, 3, 6)),
])
def test_dates_the_text_agrees_with_are_kept(text: str, published: dt.date) -> None:
    assert make_article(text).published == published


@pytest.mark.parametrize(("text", "published"), [
    # the day a clipper saved the page is not the day it appeared
    ("Strikes hit depots\nClipped on March 2, 2024\nBombers struck depots in Iraq on Friday.", None),
    # a wire line a month before the clipper's date: the clipper's is not taken (and the line has no year)
    (" date 2024-03-02 Depots hit\n\nBAGHDAD, Feb. 3 (Wire) -- Bombers struck depots on Friday.", None),
    # a wire line of the clipper's day agrees; one of the day before agrees when the page's own
    # line gives the clipper's day too (a far-east site's next morning) ...
    (" date 2024-02-08 Drone hits car\n\nBAGHDAD, Feb. 8 (Wire) -- A drone hit a car on Thursday.",
     dt.date(2024, 2, 8)),
    (" date 2024-02-08 Drone hits car\n\n(Wire) 08:50, February 08, 2024\n\n"
     "BAGHDAD, Feb. 7 (Wire) -- A drone hit a car on Wednesday.", dt.date(2024, 2, 8)),
    # a wire line of the day AFTER the clipper's, while the page's own stamp gives the clipper's day:
    # the wire's time zone is ahead of the page's (an evening copy of a far-east wire); the page's day
    (" date 2024-05-14 Drone hits car\n\nPosted\n05/14/2024 9:40:02 PM\n\n"
     "KIRKUK, May 15 (Wire) -- A drone hit a car yesterday, a monitor said.", dt.date(2024, 5, 14)),
    # ... and otherwise the wire line's day is the article's, its year the clipper's (across a new year)
    (" date 2024-02-08 Drone hits car\n\nBAGHDAD, Feb. 7 (Wire) -- A drone hit a car on Wednesday.",
     dt.date(2024, 2, 7)),
    (" date 2024-01-01 Drone hits car\n\nBAGHDAD, Dec. 31 (Wire) -- A drone hit a car on Sunday.",
     dt.date(2023, 12, 31)),
    # the wire line run on after the clipper's header, its place with a country in brackets and
    # two agencies credited
    (" date 2024-03-09 Haifa [Israel], March 8 (AB/CD): A drone fell near the port on Friday.",
     dt.date(2024, 3, 8)),
])
def test_a_clippers_date_against_the_pages_own_lines(text: str, published: dt.date | None) -> None:
    assert make_article(text).published == published


@pytest.mark.parametrize(("text", "published"), [
    # a page's "Last updated" stamp and nothing else dates nothing ...
    ("Last updated on March 12th, 2024 at 3:39 pm\n\nRockets hit the base on Monday, a source said.", None),
    ("Drones hit base\n\nLast updated: March 12, 2024\n\nDrones were sent at the base on Tuesday.", None),
    # ... while an article's own update stamp under its byline is kept when it gives no other line
    ("Strikes hit depots\n\nBy Jane Roe, Wire\n\nUpdated 12:09 a.m. ET, February 3, 2024\n\n"
     "Bombers struck depots on Friday.", dt.date(2024, 2, 3)),
])
def test_an_update_stamp_alone(text: str, published: dt.date | None) -> None:
    assert make_article(text).published == published


@pytest.mark.parametrize(("text", "published"), [
    # the page says 10 January; the text tells the deaths at Tower 22 of 28 January: not its day
    (" date 2024-01-10 Honoured\n\nThe three soldiers killed at Tower 22 were honoured on Monday.", None),
    # the same story on a page dated after the attack keeps its date
    (" date 2024-02-05 Soldiers honoured\n\nThe three soldiers killed at Tower 22 were honoured on Monday.",
     dt.date(2024, 2, 5)),
])
def test_a_page_date_before_a_known_event_the_text_tells(text: str, published: dt.date | None) -> None:
    from briefing.dates import against_known_events
    from briefing.topic import load_topic

    assert against_known_events(make_article(text), load_topic().known_events).published == published


_RAID_NEWS = " date 2024-03-01 Raid confirmed\n\nThe command confirmed the Lighthouse raid. "


@pytest.mark.parametrize(("told", "published"), [
    # the known raid of 20 February told as the day's news on a page saved on 1 March: a late copy
    ("Earlier in the day, officials said two depots were hit. Details are still emerging.", None),
    # neighbours that keep it: no same-day news, a day of its own, a weekday, a count's start aside
    ("Officials said two depots were hit.", dt.date(2024, 3, 1)),
    ("Earlier in the day, officials said depots were hit again on February 29.", dt.date(2024, 3, 1)),
    ("Earlier in the day, officials said depots were hit again on Tuesday.", dt.date(2024, 3, 1)),
])
def test_a_clippers_date_days_after_a_known_event_told_as_the_days_news(told: str,
                                                                        published: dt.date | None) -> None:
    from briefing.dates import against_known_events
    from briefing.topic import KnownEvent

    raid = KnownEvent("Lighthouse raid", "us_strike", dt.date(2024, 2, 20), ("Iraq",), ("Lighthouse raid",))
    assert against_known_events(make_article(_RAID_NEWS + told), (raid,)).published == published
    # the same news on a page saved the day after the raid keeps its date
    fresh = make_article(_RAID_NEWS.replace("2024-03-01", "2024-02-21") + told)
    assert against_known_events(fresh, (raid,)).published == dt.date(2024, 2, 21)


_RAID_DAY = dt.date(2024, 2, 20)  # a Tuesday


@pytest.mark.parametrize(("page", "told", "published"), [
    # a page saved the Thursday of the next week: "on Tuesday" would be 27 February, a week after
    # the known raid the sentence tells on its own weekday: a repost, its date not used
    ("2024-02-29", "Commandos on Tuesday carried out the Lighthouse raid, officials said.", None),
    # saved two days after: "on Tuesday" is the raid's own day
    ("2024-02-22", "Commandos on Tuesday carried out the Lighthouse raid, officials said.",
     dt.date(2024, 2, 22)),
    # a week after, but the weekday is another act's, not the raid's (a Tuesday): kept
    ("2024-02-29", "Commandos on Wednesday recalled the Lighthouse raid, officials said.",
     dt.date(2024, 2, 29)),
    # the weekday in a sentence that does not tell the raid: kept
    ("2024-02-29", "The Lighthouse raid was praised. Depots were hit on Tuesday.", dt.date(2024, 2, 29)),
    # the weekday of a later act told from the raid, in the raid's sentence: kept
    ("2024-02-29", "Commandos on Tuesday struck depots, a week after the Lighthouse raid.",
     dt.date(2024, 2, 29)),
    ("2024-02-29", "Commandos struck again on Tuesday, as in the Lighthouse raid.", dt.date(2024, 2, 29)),
])
def test_a_page_date_that_puts_a_known_events_weekday_in_another_week(page: str, told: str,
                                                                      published: dt.date | None) -> None:
    from briefing.dates import against_known_events
    from briefing.topic import KnownEvent

    raid = KnownEvent("Lighthouse raid", "us_strike", _RAID_DAY, ("Iraq",), ("Lighthouse raid",))
    article = make_article(f" date {page} Raid\n\n{told}")
    assert against_known_events(article, (raid,)).published == published


@pytest.mark.parametrize(("text", "weekday_day"), [
    # the anchor fixes the yearless day's year; the weekday written right before it is that day
    ("On Saturday, Dec. 21, the navy said drones were downed.", dt.date(2024, 12, 21)),
    ("On Saturday (Dec. 21) the navy said drones were downed.", dt.date(2024, 12, 21)),
    ("On Friday, Dec. 21, the navy said drones were downed.", None),  # the 21st is no Friday
    ("On Saturday the navy said drones seen on Dec. 21 were downed.", None),  # not beside it
])
def test_a_weekday_beside_an_anchored_day_is_that_day(text: str, weekday_day: dt.date | None) -> None:
    anchor = Anchor(dt.date(2024, 12, 22), "a test anchor", weekday=True, reach=1)
    found = find_dates(text, 0, len(text), None, None, anchor)
    weekday = next(m for m in found if m.text.endswith("day"))
    assert weekday.date == weekday_day
    assert next(m for m in found if "Dec" in m.text).date == dt.date(2024, 12, 21)


_DATE_PIECES = ["22.10.2023", "01.11.2023", "11/30/23", "3-4-2024", "2023-11-21", "1.5", "10.30", "12/2023",
                "4/5", "\u0662\u0662.\u0661\u0660.\u0662\u0660\u0662\u0663", "on", " ", "Sunday",
                "Nov 5, 2023", "\n", "0", "/", ".", "-", "a"]


@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12).map("".join))
def test_page_orders_skips_the_search_only_where_no_numeric_date_can_be(text: str) -> None:
    """page_orders searches the page only when the form every numeric date holds is there: what it
    gives is what a search of every page gives."""
    from briefing.datelines import FULL_DATE, page_orders

    seen: dict[str, set[bool]] = {}
    for match in FULL_DATE.finditer(text):
        if match["n1"]:
            a, b = int(match["n1"]), int(match["n2"])
            if (a > 12) != (b > 12) and max(a, b) <= 31:
                seen.setdefault(match["sep"], set()).add(a > 12)
    assert page_orders(text) == {sep: ways.pop() for sep, ways in seen.items() if len(ways) == 1}


_LINE_PIECES = [*_DATE_PIECES, "2024", "19", "20", "Oct. 19", "14 Nov", "年", "月", "日", "2023年11月14日",
                "5. Februar", "de enero de", "(", "1"]


@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=12).map("".join))
def test_a_line_without_a_years_digits_or_a_marked_number_holds_no_full_date(text: str) -> None:
    """_line_dates searches a line for FULL_DATE only when it holds what every match holds."""
    from briefing.datelines import _DATE_DIGITS, FULL_DATE

    assert FULL_DATE.search(text) is None or _DATE_DIGITS.search(text) is not None


_COUNTER_PIECES = ["1,200", "3.4k", " ", "views", "VIEWS", "V\u0130EWS", "v\u0131ews", "reads", "READ",
                   "hits", "HITS", "h\u0131ts", "view", ":", "Views:", "x", "\n", "15"]


@given(st.lists(st.sampled_from(_COUNTER_PIECES), max_size=10).map("".join))
def test_a_line_is_a_counter_as_its_pattern_finds_it(line: str) -> None:
    """datelines._counter runs _COUNTER only on lines holding its words (folded): the same answers."""
    from briefing.datelines import _COUNTER, _counter

    assert _counter(line) == (_COUNTER.search(line) is not None)


@pytest.mark.parametrize(("text", "published"), [
    # a timeline's entries open as a lede's date line does: each is its act's day, not the page's
    ("Strikes on the bases: a timeline\n\nThe campaign began on October 17, 2023.\n\n"
     "Norland, Jan. 20 – Rockets hit the base.\n\nSudland, Jan. 23 – A drone hit the airfield.\n", None),
    (" date 2024-01-24 Strikes: a timeline\n\nNorland, Jan. 20 – Rockets hit the base.\n\n"
     "Sudland, Jan. 23 – A drone hit the airfield.\n", dt.date(2024, 1, 24)),
    # one such paragraph after the story has begun is a paragraph of the story, not its date line
    (" date 2024-01-24 The week\n\nMilitias kept up their attacks this week.\n\n"
     "Norland, Jan. 20 – Rockets hit the base.\n", dt.date(2024, 1, 24)),
])
def test_a_ledes_yearless_date_line_is_only_the_stories_first_paragraph(text: str,
                                                                        published: dt.date | None) -> None:
    article = make_article(text)
    assert article.published == published
    assert article.dateline_day is None
