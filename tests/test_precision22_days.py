"""Days the page prints for something else (the twenty-second session, branch precision22, issue 23
item 7): a caption's credit written agency first, a report cited in brackets with its day, an embedded
post under a text that names the next day, a yearless date bar alone on the first line, a picture's
file name. None is an act's day or the article's. Sentences are our own, never an article's; each
test named for a rule fails on the code before it (its pair says what still holds)."""

from __future__ import annotations

import datetime as dt

from briefing.datelines import datelines
from briefing.extract import extract_article
from briefing.ingest import boilerplate
from briefing.model import Event
from briefing.yearless import weekday_days
from tests.conftest import make_article

START = dt.date(2023, 10, 17)


def _red_sea(text: str, published: dt.date | None = None) -> list[Event]:
    from briefing.topic import choose_topic

    return list(extract_article(make_article(text, published), choose_topic("red-sea")).events)


# ---- a caption's credit written agency first ----------------------------------------------------------

def test_a_caption_closed_by_an_agency_first_credit_is_page_furniture() -> None:
    caption = "Supporters march through Sanaa, Yemen, June 3, 2031. (AP/Jane Roe)"
    text = f"Ship adrift after attack\n\n{caption}\n\nThe crew of a bulk carrier abandoned ship on Monday.\n"
    clean = boilerplate(text)
    assert "Supporters march" not in clean and "abandoned ship on Monday" in clean


def test_a_sentence_with_an_agency_credit_inside_it_stays() -> None:
    paragraph = "The group said (AP/Jane Roe) it fired drones at the depot on Monday."
    assert paragraph in boilerplate(f"Drones hit depot\n\n{paragraph}\n")


# ---- a report cited in brackets by its outlet and its day ----------------------------------------------

def test_a_report_cited_with_its_day_dates_no_act() -> None:
    text = ("Tanker hit in the Gulf of Aden\n\nThe tanker Grey Plover was struck by two Houthi missiles in "
            "the Gulf of Aden (Desk Wire, June 3, 2031; Vale News, June 3, 2031). Its crew put out a fire.\n")
    assert "Desk Wire, June 3" not in boilerplate(text)
    dated = [e.date for e in _red_sea(text) if e.date is not None]
    assert dt.date(2031, 6, 3) not in dated


def test_a_bracketed_weekday_date_is_no_citation() -> None:
    text = "Tanker hit\n\nThe tanker Grey Plover was struck by a missile (Monday, June 2, 2031).\n"
    assert "(Monday, June 2, 2031)" in boilerplate(text)


# ---- an embedded post under a text that names the next day -------------------------------------------

POST = ("Strikes hit depots in Norland\n\n"
        "The United States struck three depots of the militia in Norland early Thursday, the defense "
        "secretary confirmed in a statement.\n\n"
        "The group announced on Tuesday that it had fired drones at the base, officials said.\n\n"
        "Today, at the President's direction, our forces struck three depots in Norland. "
        "pic.twitter.com/abc123\n"
        "\u2014 Defense Desk (@DefenseDesk) March 6, 2024\n")  # a Wednesday


def test_a_post_under_a_text_naming_the_next_day_is_not_the_publication_date() -> None:
    article = make_article(POST)
    assert article.published is None
    assert any("names the next day's weekday" in p for p in article.problems)


def test_nothing_counts_back_from_that_post() -> None:
    strikes = [e for e in extract_article(make_article(POST)).events if e.type == "us_strike"]
    # "early Thursday" is not the day after the Wednesday's post: the article is written later
    assert dt.date(2024, 3, 7) not in [e.date for e in strikes]


def test_a_post_the_text_agrees_with_still_dates_the_article() -> None:
    agreed = POST.replace("early Thursday", "early Wednesday")
    assert make_article(agreed).published == dt.date(2024, 3, 6)


# ---- a yearless date bar on the page's first line ----------------------------------------------------

def test_a_yearless_date_bar_alone_on_the_first_line_places_nothing() -> None:
    text = ("Saturday, July 20\n\nStrikes on militia sites\n\nU.S. jets struck depots in Norland in 2024 "
            "after the attacks, and the group said it fired on the base Saturday.\n")
    assert [day for day, _ in weekday_days(text, START)] == []


def test_a_day_beside_its_weekday_in_the_story_still_places_its_year() -> None:
    text = ("Strikes on militia sites\n\nOn Saturday, July 20, U.S. jets struck depots in Norland, "
            "months after the attacks of 2024 began.\n")
    assert [day for day, _ in weekday_days(text, START)] == [dt.date(2024, 7, 20)]


# ---- a picture's file name left on its line ----------------------------------------------------------

def test_a_pictures_file_name_is_no_date_line() -> None:
    text = ("Screenshot 2031-06-03 at 9.15.02 PM.png\n\nShip adrift after attack\n\n"
            "The crew of a bulk carrier abandoned ship after a drone boat struck it on Wednesday.\n")
    assert [d.date for d in datelines(text)] == []


# ---- related stories' teasers closing the page, each cut off ------------------------------------------

TEASERS = ("Tanker hit off Ardmore\n\nA missile struck the tanker Grey Plover off Ardmore on Monday, the "
           "navy said.\n\nThe crew put out a fire and sailed on.\n\n"
           "Five guards were killed yesterday at the gas terminal by suspected m\u2026\n\n"
           "Salvagers gave up towing the burning tanker Red Kite as it \u201cwas not\u2026\n\n"
           "Rebels attacked two tankers, the Blue Heron and the Sea Lark, in the Red Sea on\u2026\n")


def test_the_teasers_after_the_first_cut_paragraph_are_page_furniture() -> None:
    clean = boilerplate(TEASERS)
    assert "Salvagers gave up" not in clean and "Rebels attacked two tankers" not in clean
    assert "A missile struck the tanker" in clean and "Five guards were killed" in clean


def test_a_story_cut_off_once_keeps_its_last_paragraph() -> None:
    text = TEASERS.split("Salvagers")[0]
    assert "Five guards were killed" in boilerplate(text)
