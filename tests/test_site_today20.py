"""A date the dating refuses as the page's own (a site's header weeks after the text's days, its running
date months after them, its weather box's today, its masthead) anchors nothing either: no day written
without its year takes the year from it, and no year it writes ties the text to the campaign's time
(issue 23, the twentieth session). Sentences and outlets are our own; the default profile's campaign
began on 17 October 2023."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefing.dates import site_today_spans, without_site_today
from briefing.extract.events import read_events
from briefing.model import Article
from tests.conftest import make_article

# a story of early 2024 that tells its news by weekday and names one full date of its own
STORY = ("Jets strike two depots\n\nJets struck two depots in eastern Syria on Friday, officials said. "
         "The strikes answered a January 28 attack by militias on a U.S. base in eastern Syria, which "
         "wounded two American soldiers. The ministry's statement of February 2, 2024 called the strikes "
         "a violation.")


def _attack_days(text: str) -> set[dt.date | None]:
    read = read_events(make_article(text))
    return {e.date for e in (*read.events, *read.undated) if e.type == "attack_on_us_forces"}


@pytest.mark.parametrize("top", [
    # a site's header weeks after the story's days, over a story told by weekday
    "November 22, 2024\n\nThe Coast Courier\n\n",
    # a site's running date, weekday and all, months after them
    "Friday, November 22, 2024\n\nThe Coast Courier\n\n",
    # a weather box's city, temperature and today
    "Port Amber 21.5 C | November 22, 2024\n\nThe Coast Courier\n\n",
])
def test_a_site_today_gives_no_year_to_a_day_written_without_one(top: str) -> None:
    """"a January 28 attack" under a page header of 22 November 2024 is not of January 2025: the
    year comes from the story's own full date (2 February 2024), not from the site's today."""
    article = make_article(top + STORY)
    assert article.published is None
    assert site_today_spans(article.text)
    assert _attack_days(top + STORY) == {dt.date(2024, 1, 28)}


def test_without_its_own_full_date_the_day_stays_open() -> None:
    """No day of its own but the site's today: the yearless day keeps no year."""
    text = ("November 22, 2024\n\nThe Coast Courier\n\n" + STORY.replace(
        "The ministry's statement of February 2, 2024", "A statement of the ministry on February 2"))
    assert make_article(text).published is None
    assert _attack_days(text) == {None}


def test_the_blanked_text_keeps_its_offsets() -> None:
    text = "November 22, 2024\n\nThe Coast Courier\n\n" + STORY
    blanked = without_site_today(text, text)
    assert len(blanked) == len(text) and blanked.startswith(" " * len("November 22, 2024"))
    assert blanked[len("November 22, 2024"):] == text[len("November 22, 2024"):]


def test_an_articles_own_date_line_is_no_site_today() -> None:
    text = "November 22, 2024\n\nJets struck two depots in eastern Syria on Friday, November 22, 2024."
    assert site_today_spans(text) == ()


def _wire_dated(text: str) -> Article:
    from briefing.collect import _dated
    from briefing.topic import load_topic

    return _dated(Article(id="t1", path="t1.txt", text=text, clean=text), load_topic())


def test_a_yearless_date_line_takes_no_year_from_a_site_today() -> None:
    """"Norburg, Jan 5" under a site's running date of 22 November 2024 (months after the attack of
    1 August it recalls) is not 5 January 2025: the page's today gives it no year."""
    text = ("Friday, November 22, 2024\n\nThe Coast Courier\n\nNorburg, Jan 5\n\nGuards at the Norburg "
            "garrison fired at a drone, months after the attack of August 1, 2024 on the same garrison, "
            "officials said.")
    article = _wire_dated(text)
    assert (article.published, dataclasses.replace(article, problems=()).dateline_day) == (None, "01-05")


def test_a_site_todays_year_does_not_tie_a_yearless_report_to_the_campaign() -> None:
    """"Norburg, Nov 9" and "after midnight Thursday" fit 9 November 2023 among the campaign's years,
    but also 2017's; the only campaign year the page writes is its running date's (March 2025, months
    after the 9 November it would tell): no tie to the campaign, no year."""
    text = ("Friday, March 21, 2025\n\nThe Coast Courier\n\nNorburg, Nov 9\n\nJets struck a depot near "
            "Norburg after midnight Thursday, the radio said, and the fire burned until morning.")
    article = _wire_dated(text)
    assert article.published is None
    assert any("without a year" in p for p in article.problems)


LEDE = "On Saturday a militia volley of missiles struck al-Asad air base in western Iraq, officials said. "
QUOTE = ('"Militants launched missiles toward al-Asad air base in western Iraq at dusk on January 20," the '
         "command wrote.")


@pytest.mark.parametrize(("top", "expected"), [
    # a year of the campaign the page writes of its own: the one year whose 20 January is a Saturday
    ("The Coast Courier\n\nNews of 2025\n\n", {dt.date(2024, 1, 20)}),
    # the only such year is the site's running date's, months after the 20 January it would tell
    ("Friday, April 25, 2025\n\nThe Coast Courier\n\n", {None}),
])
def test_a_site_todays_year_does_not_tie_a_day_told_with_its_weekday(top: str,
                                                                      expected: set[dt.date | None]) -> None:
    assert _attack_days(top + LEDE + QUOTE) == expected


def test_a_site_today_before_the_campaign_still_says_the_report_is_of_another_time() -> None:
    """The site's today is the day the page was saved: a report on a page saved in 2021 is of 2021 or
    before, and its acts' days cannot be placed in the campaign."""
    text = ("Port Amber 21.5 C\nAugust 26, 2021\n\nBase comes under fire\n\nThe command said Wednesday that "
            "rockets hit a U.S. base in eastern Syria on August 3, wounding one soldier.")
    read = read_events(make_article(text))
    assert [(e.date, "another" in e.date_note or "before the campaign" in e.date_note)
            for e in (*read.events, *read.undated) if e.type == "attack_on_us_forces"] == [(None, True)]
