"""Publication dates a page prints for something else (issue 23, sixteenth session): a live page's entry
stamps, the teasers of other stories below the text, and a clipper's day the lede's "yesterday" and the
act's own weekday refute. Every text is our own, in the shape of the pages where the form was seen."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.conftest import make_article

# A live page's view: its headline, a summary line, the page's "Last Updated" header (Sunday 10 March
# 2024), summary paragraphs, then two entries, each under its own stamp: Friday's without its year,
# Saturday's with it.
LIVE_TOP = "River raids: live coverage\n\nFollow the latest on the raids along the river.\n\n"
LIVE_SUMMARY = ("\n\nJets from the carrier group struck depots along the river over the weekend, officials "
                "said. The raids followed a week of drone attacks on the garrison.\n\n"
                "Officials said more strikes could follow in the coming days, and the allies met to weigh "
                "a reply to the attacks.\n\n")
LIVE_ENTRIES = ("Mar 8, 6:40 pm\n\nFirst raids reported near the crossing\n\n"
                "Residents described loud blasts near the crossing as aircraft passed overhead.\n\n"
                "Mar 09, 2024, 10:05 AM EST\n\nDefense chief says the raids hit their targets\n\n"
                "The defense chief told reporters that every target was struck.")


@pytest.mark.parametrize(("header", "published"), [
    # the page's last update, a day after its newest entry: the live page's own date
    ("Last Updated: March 10, 2024, 9:15 AM EST", dt.date(2024, 3, 10)),
    ("Updated: March 10, 2024, 9:15 AM EST", dt.date(2024, 3, 10)),
    # an update stamp weeks after its entries agrees with none of them: nothing dates the page
    ("Last Updated: April 2, 2024, 9:15 AM EST", None),
    # no page-level line at all: an entry's stamp is one entry's time, never the page's
    ("Live coverage of the raids", None),
])
def test_a_live_pages_entry_stamps_never_date_the_page(header: str, published: dt.date | None) -> None:
    article = make_article(LIVE_TOP + header + LIVE_SUMMARY + LIVE_ENTRIES)
    assert article.published == published


def test_the_entries_of_a_live_page_under_its_own_date_line_leave_that_line() -> None:
    # the page's own date under its headline, entries of that day and the next below the summary
    text = LIVE_TOP + "March 8, 2024" + LIVE_SUMMARY + LIVE_ENTRIES
    assert make_article(text).published == dt.date(2024, 3, 8)


@pytest.mark.parametrize(("text", "published"), [
    # neighbours: an entry view saved alone, its stamp first, is the entry's page and its day
    ("8:05 pm ET, March 9, 2024\n\nDefense chief says the raids hit their targets" + LIVE_SUMMARY,
     dt.date(2024, 3, 9)),
    # one date line under the first paragraph is the article's own, not an entry's
    (LIVE_TOP + "Jets struck depots along the river on Saturday, officials said, after a week of drone "
     "attacks on the garrison.\n\nMar 09, 2024, 10:05 AM EST\n\nThe defense chief said every target was "
     "struck.", dt.date(2024, 3, 9)),
])
def test_a_stamp_first_or_alone_under_the_lede_still_dates_the_page(text: str, published: dt.date) -> None:
    assert make_article(text).published == published


# A clipper's line with a byline, over a lede that tells of "yesterday evening" and a statement that puts
# the same act on the clipper's own weekday (Thursday 14 March 2024): the page is of the Friday.
@pytest.mark.parametrize(("lede", "published"), [
    ("Gunmen fired rockets at the garrison yesterday evening, wounding two guards. The ministry said in a "
     "statement that the rockets struck the garrison on Thursday shortly after dusk.", None),
    ("Gunmen fired rockets at the garrison last night. The ministry said the rockets struck on Thursday "
     "after dusk.", None),
    # neighbours: "yesterday" with the weekday before the clipper's, or the statement's own day
    ("Gunmen fired rockets at the garrison yesterday evening. The ministry said the rockets struck on "
     "Wednesday after dusk.", dt.date(2024, 3, 14)),
    ("Gunmen fired rockets at the garrison yesterday evening, the ministry said on Thursday.",
     dt.date(2024, 3, 14)),
    ("The ministry reported on Thursday that gunmen fired rockets at the garrison last night.",
     dt.date(2024, 3, 14)),
    # the text's own "today" beside it tells its own day's news by its weekday
    ("Gunmen fired rockets at the garrison last night and again early today. The ministry said the "
     "second salvo struck on Thursday before dawn.", dt.date(2024, 3, 14)),
    # another weekday named too: a week's account, not one act
    ("Gunmen fired rockets at the garrison yesterday evening. Attacks on Monday and on Thursday had "
     "struck the same gate.", dt.date(2024, 3, 14)),
])
def test_yesterday_and_the_clippers_own_weekday_for_one_act_refute_it(lede: str,
                                                                      published: dt.date | None) -> None:
    article = make_article(f" date 2024-03-14 By A. Writer (Harbour City, agencies)\n\n{lede}")
    assert article.published == published


def test_the_acts_weekday_still_names_the_clippers_day_for_the_acts_of_an_undated_page() -> None:
    from briefing.dates import lede_anchor

    text = (" date 2024-03-14 By A. Writer (Harbour City, agencies)\n\nGunmen fired rockets at the garrison "
            "yesterday evening. The ministry said the rockets struck on Thursday after dusk.")
    anchor = lede_anchor(text)
    assert anchor is not None and (anchor.date, anchor.weekday) == (dt.date(2024, 3, 14), True)


def test_yesterday_and_the_addresss_own_weekday_refute_the_address() -> None:
    from briefing.dates import date_article
    from briefing.model import Article

    text = ("Rockets fired at garrison\n\nGunmen fired rockets at the garrison yesterday evening. "
            "The ministry said in a statement that the rockets struck the garrison on Thursday after dusk.")
    article = Article(id="a1", path="a1.txt", text=text, clean=text,
                      url="https://news.example/world/2024/03/14/rockets-fired-at-garrison/")  # a Thursday
    assert date_article(article).published is None


# An off-topic page with no date line of its own: a dateline without its day, a lede by weekday, then
# the teasers of other stories, each with its own day on a line alone.
STORY = ("Harbour reopens after storm\n\nPORT CITY, Examplia — The harbour reopened on Tuesday after a "
         "week of storms closed it to shipping, the port authority said.\n\nCrews cleared the channel "
         "of debris and the first ferries sailed at noon, officials added.\n\n")
TEASERS = ("Bridge works delayed again\nThe council said the repairs would take another month.\n"
           "• Local\n    16-03-2024\n• 10:20AM\n"
           "Market prices rise\nTraders blamed the storms for higher prices at the fish market.\n"
           "• Business\n    12-03-2024\n• 08:05AM\n")


@pytest.mark.parametrize("header", ["Related Articles", "RELATED STORIES", "You may also like",
                                    "More from Local:", "Read more"])
def test_a_related_blocks_teaser_dates_never_date_the_page(header: str) -> None:
    article = make_article(STORY + header + "\n" + TEASERS)
    assert article.published is None


@pytest.mark.parametrize("teaser_day", ["16-03-2024", "16 March 2024"])
def test_a_teaser_after_the_related_block_does_not_refute_the_pages_own_date(teaser_day: str) -> None:
    # the page's own date line, and a teaser below of a later day: the teaser's day is another story's
    text = (STORY.replace("\n\nPORT", "\n\n13 March 2024\n\nPORT") + "Related Articles\n"
            + TEASERS.replace("16-03-2024", teaser_day))
    assert make_article(text).published == dt.date(2024, 3, 13)


def test_a_date_line_at_the_end_of_the_story_without_a_related_block_stays() -> None:
    # neighbour: a page that prints its own day at the end of the text
    article = make_article(STORY + "13-03-2024\n")
    assert article.published == dt.date(2024, 3, 13)


def test_the_address_still_dates_a_page_whose_only_dates_are_teasers() -> None:
    from briefing.dates import date_article

    article = make_article(STORY + "Related Articles\n" + TEASERS)
    dated = date_article(dataclasses.replace(article, url="https://news.example/2024/03/12/harbour-reopens/"))
    assert dated.published == dt.date(2024, 3, 12)
