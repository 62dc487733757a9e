"""Publication dates the text establishes in forms the dating did not read (issue 23, the twentieth
session): a numeric by-line or video stamp that both orders can read, settled by the lede's days;
a known event's cue that told an explainer's unrelated sentences as the event, undating its stamp.
Each in our own words, invented outlets and places."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from briefing.model import Article
from tests.conftest import make_article


@pytest.mark.parametrize(("text", "published"), [
    # a by-line's dotted date, day first: 3 January 2024 is a Wednesday, "Tuesday" the day before
    # (1 March 2024, the other reading, is a Friday)
    ("Base comes under drone attack\n\nA. Writer  | 03.01.2024 - Update : 03.01.2024\n\nNORBURG\n\n"
     "Two rockets fell inside the Norburg garrison Tuesday, and the Border Front said it had sent them "
     "and would send more.", dt.date(2024, 1, 3)),
    # a video page's stamp under its channel's name, month first: "On November 5" is the day before
    # 6 November (11 June, the other reading, is months away from it)
    ("Another drone hits the base\nThe Watcher\n9841 followers\n539 views • 11/06/2023\n\n"
     "On November 5, a drone flew into the depot at Old Harbour, and a video of its launch was put out "
     "by the Border Front within hours.", dt.date(2023, 11, 6)),
    # a dashed date, day first, over a photo's caption closed by its credit: the lede below it is
    # what agrees ("on Friday": 5 January 2024 is a Friday, 1 May 2024 a Wednesday)
    ("Drone targets the air base\n\n05-01-2024\nA. Writer\nA crane stands over the pier at Norburg in "
     "May 2021. Photo: Desk\n\nNORBURG - A drone was flown at the air base on Friday, the guards said, and "
     "nobody was hurt.", dt.date(2024, 1, 5)),
    # "05.03.2024" under a lede whose spokesman spoke on Tuesday: 5 March 2024 is a Tuesday, 3 May a Friday
    ("Attacks on the bases rise\n\n - Agency, 1920, 05.03.2024\n\nDrones have struck the bases since late "
     "February, the spokesman said on Tuesday.", dt.date(2024, 3, 5)),
])
def test_a_numeric_date_both_orders_read_takes_the_one_the_lede_agrees_with(text: str,
                                                                           published: dt.date) -> None:
    article = make_article(text)
    assert (article.published, article.published_basis) == (published, "dateline")


@pytest.mark.parametrize("text", [
    # the lede names no day: either order may be the page's
    "Base comes under attack\n\nA. Writer | 03.01.2024\n\nThe Border Front claimed a drone attack on it.",
    # the lede's weekdays are two days apart: neither reading has each on its day or the day before
    "Base comes under attack\n\nA. Writer | 03.01.2024\n\nThe Border Front claimed an attack on Wednesday "
    "and another on Friday.",
    # the lede's day agrees with the unusual order only (day first with a slash): not read
    "Another drone hits the base\nThe Watcher\n539 views • 11/06/2023\n\nOn June 10, the Border Front "
    "announced that it had attacked the base.",
    # a view counter's day the lede does not agree with stays the counter's
    "Another drone hits the base\nThe Watcher\n539 views • Nov 6, 2023\n\nOn October 2, the Border Front "
    "announced that it had attacked the base.",
])
def test_a_numeric_date_the_lede_does_not_settle_dates_nothing(text: str) -> None:
    article = make_article(text)
    assert (article.published, article.published_basis) == (None, "unknown")


def test_a_response_to_another_war_beside_the_outposts_country_is_not_the_strikes_after_its_deaths() -> None:
    """An explainer of the Jordan outpost says the attackers acted "in response to" the war on Gaza,
    and, sentences later, that the outpost lies near Iraq and Syria: no telling of the 85 strikes
    (2 Feb 2024) that would put its stamp of 29 January before news it reports."""
    from briefing.collect import _dated
    from briefing.topic import load_topic

    text = ("What is Post Nine?\n\nThree soldiers died when a drone hit Post Nine on Sunday, the army said. "
            "The group behind it called it a response to the siege of the coast, which it says has gone on "
            "for months. A dozen huts, Post Nine sits in Jordan's desert, a short drive from Iraq and "
            "Syria.\n\nJan-29-2024, 13:17:36 GMT\n\n- Country:")
    plain = Article(id="t1", path="t1.txt", text=text, clean=text)
    dated = _dated(plain, load_topic())
    assert dataclasses.replace(dated, problems=()).published == dt.date(2024, 1, 29)
    # the retaliation told in one sentence still is the 85 strikes
    told = next(e for e in load_topic().known_events if e.date == dt.date(2024, 2, 2))
    assert told.told_in("In response to the deaths in Jordan, U.S. forces struck targets in Iraq and Syria.")


# A wire's date line without its year: its agency between slashes, and the lede's weekday for its year
START = dt.date(2023, 10, 17)
SINCE = re.compile("since October 17")


def _story_dated(text: str, tied: bool = True) -> Article:
    from briefing.dates import date_article
    from briefing.yearless import StoryTime

    story = StoryTime(START, (), SINCE if tied else None)
    return date_article(Article(id="t1", path="t1.txt", text=text, clean=text), story)


@pytest.mark.parametrize(("text", "published"), [
    # the agency between slashes; "on Wednesday" is the day before 9 Nov 2023 (a Thursday), and no
    # other year of the campaign puts 9 November on a Wednesday or a Thursday; a count since the
    # campaign's start ties the text to its time
    ("Base hit by drones\n\nNORBURG, November 9. /WIRE/. A depot near Norburg burned after a drone swarm, "
     "the Example channel said on Wednesday. The bases have counted 31 attacks since October 17.",
     dt.date(2023, 11, 9)),
    # a place and a day alone, the lede's weekday of that same day: 9 Nov 2023 only, of the campaign's
    # years, in a text that writes one of them
    ("Strikes in the east\n\nHarbour Town, Nov 9\n\nJets bombed a yard by the Harbour Town docks after "
     "midnight Thursday, the radio said, the fifth such raid of 2023.", dt.date(2023, 11, 9)),
])
def test_the_ledes_weekday_fixes_a_date_lines_year_within_the_campaign(text: str, published: dt.date) -> None:
    dated = _story_dated(text)
    assert (dated.published, dated.published_basis) == (published, "dateline")
    assert [e.kind for e in dated.published_year] == ["lede-weekday"]


@pytest.mark.parametrize(("text", "tied"), [
    # a text that writes nothing of the campaign's time (none of its years, starts or known events),
    # the weekday of that same day or not: another year's report fits a campaign's calendar too often
    ("Strikes in the east\n\nHarbour Town, Nov 9\n\nJets bombed a yard by the Harbour Town docks after "
     "midnight Thursday, the radio said.", False),
    ("Strikes in the east\n\nHarbour Town, Nov 9\n\nJets bombed a yard by the Harbour Town docks on "
     "Wednesday night, the radio said.", False),
    # a text that writes only years before the campaign's: another time's report
    ("Strikes in the east\n\nHarbour Town, Nov 9\n\nJets bombed a yard by the Harbour Town docks after "
     "midnight Thursday, as they had in 2017, the radio said.", True),
    # two years of the campaign fit "Saturday" (9 Nov 2024 a Saturday, 9 Nov 2025 a Sunday): none
    ("Base hit by drones\n\nNORBURG, November 9. /WIRE/. A depot near Norburg burned on Saturday after a "
     "drone swarm, the Example channel said. Over 30 attacks have hit the bases since October 17.", True),
    # weekdays of two days apart: no year puts them both on the date line's day or the day before
    ("Base hit by drones\n\nNORBURG, November 9. /WIRE/. A depot near Norburg burned on Tuesday, the "
     "Example channel said on Thursday, the latest since October 17.", True),
])
def test_the_ledes_weekday_fixes_no_year_where_it_cannot(text: str, tied: bool) -> None:
    dated = _story_dated(text, tied)
    assert (dated.published, dated.published_basis) == (None, "unknown")


def test_the_run_reads_the_campaigns_start_for_a_ledes_weekday() -> None:
    """Through the run's dating step, with the first story's profile: "since October 17" is one of
    its start's names, so the lede's weekday of the day before fixes the year."""
    from briefing.collect import _dated
    from briefing.topic import load_topic

    text = ("Base hit by drones\n\nNORBURG, November 9. /WIRE/. A depot near Norburg burned after a drone "
            "swarm, the Example channel said on Wednesday. The bases have counted 31 attacks since "
            "October 17.")
    dated = _dated(Article(id="t1", path="t1.txt", text=text, clean=text), load_topic())
    assert dated.published == dt.date(2023, 11, 9)
    assert [e.kind for e in dated.published_year] == ["lede-weekday"]


@pytest.mark.parametrize(("text", "published"), [
    # a clipper's date and the site's header with its city and weather: the site's today, two days
    # after the statement the story tells ("said Wednesday"); no date in the text agrees
    (" date 2031-08-26 32.1 C\nNorburg\nAugust 26, 2031\nLatest Stories World\n\nForces Answer Rockets\n\n"
     "By Desk\n\nGunships hit two trucks Wednesday, the command said, after rockets fell near its "
     "camp.", None),
    ("Norburg 28°C\nAugust 26, 2031\n\nForces Answer Rockets\n\nGunships hit two trucks Wednesday, the "
     "command said, after rockets fell near its camp.", None),
    # neighbours: the same header with a full date in the text of the days before it agrees ...
    (" date 2031-08-26 32.1 C\nNorburg\nAugust 26, 2031\n\nForces Answer Rockets\n\nGunships hit two trucks "
     "on August 25, 2031, the command said, after rockets fell near its camp.", dt.date(2031, 8, 26)),
    # ... and a header without the weather stands
    (" date 2031-08-26 World\nNorburg\nAugust 26, 2031\n\nForces Answer Rockets\n\nGunships hit two trucks "
     "Wednesday, the command said, after rockets fell near its camp.", dt.date(2031, 8, 26)),
])
def test_a_date_beside_the_sites_weather_is_the_sites_today(text: str, published: dt.date | None) -> None:
    assert make_article(text).published == published


def test_a_post_line_with_a_slash_between_the_day_and_the_year() -> None:
    """"Post At: Aug 13/2031 02:50AM": the month by name, so one reading only."""
    text = ("Militia warns of strikes\n\nWorld\nPost At: Aug 13/2031 02:50AM\n\nA militia's spokesman told a "
            "radio host on Monday that the next strike would come from three sides at once.")
    article = make_article(text)
    assert (article.published, article.published_basis) == (dt.date(2031, 8, 13), "dateline")
