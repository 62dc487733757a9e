"""Publication dates the page does not establish (issue 23, twenty-first session): a date the page
prints that is not the article's own is not its publication date; the article stays undated and
says why. Every text is our own, written in the shape of the clippings where the form was seen."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import make_article

STORY = ("Harbour official confirms 'defensive strike' near the coast\n\n"
         "A defensive strike was carried out near the coast against a launch site, a harbour official "
         "said, after a raid killed four gunmen there.\n\n"
         "\"The strike hit a staging site,\" the official said on condition of anonymity.")


@pytest.mark.parametrize("heading", ["Comments 3", "Comments (12)", "3 Comments"])
def test_readers_stamps_below_the_comments_heading_are_not_the_articles_day(heading: str) -> None:
    # a page whose only dates are its readers' stamps, each with the reader's name before it
    text = (f"{STORY}\n\n{heading}\nReader 04 March 2024, 15:21\n\nThe raids must end.\n\n"
            "Reader harbourwatch 04 March 2024, 18:58\n\nThey will leave in the end.")
    article = make_article(text)
    assert (article.published, article.published_basis) == (None, "unknown")


def test_a_date_line_in_that_form_above_the_comments_still_dates_the_article() -> None:
    # neighbour: the same stamp's form as the page's own line, above the comments
    text = (f"Updated 03 March 2024, 09:10\n\n{STORY}\n\nComments 3\n"
            "Reader 04 March 2024, 15:21\n\nThe raids must end.")
    article = make_article(text)
    assert article.published == dt.date(2024, 3, 3)


HEADLINE = "Drones hit the northern post"
AFTER = "No one was hurt, the guards said."


def _page(top: str, lede: str) -> str:
    """A clipper's date runs on into the headline; a page's own date line stands below it."""
    if top.startswith(" date "):
        return f"{top} {HEADLINE}\n\n{lede}\n\n{AFTER}"
    return f"{HEADLINE}\n\n{top}\n\n{lede}\n\n{AFTER}"


@pytest.mark.parametrize(("top", "lede"), [
    # a clipper's date of a Wednesday over a text written on a Monday ...
    (" date 2024-03-06", "The Raiders announced today, Monday, that drones struck the post."),
    # ... or on a Tuesday, the day after its "yesterday (Monday)"
    (" date 2024-03-06", "Drones struck the post yesterday (Monday), the guards said."),
    # the page's own line, against "yesterday" with its weekday in brackets or set beside it
    ("March 6, 2024", "The guards said drones struck the post yesterday [Monday]."),
    ("March 6, 2024", "The guards yesterday Monday fired at the drones over the post."),
    ("March 6, 2024", "The command said tonight, on Saturday, that drones struck the post."),
])
def test_a_page_date_on_another_weekday_than_the_text_names_for_its_today(top: str, lede: str) -> None:
    article = make_article(_page(top, lede))
    assert (article.published, article.published_basis) == (None, "unknown")
    assert any("names the weekday it was written on" in note for note in article.problems)


@pytest.mark.parametrize("lede", [
    # neighbours: the weekdays agree with the page's Wednesday
    "The Raiders announced today, Wednesday, that drones struck the post.",
    "Drones struck the post yesterday (Tuesday), the guards said.",
    # a possessive weekday is a noun of its own, not today's name
    "The guards said yesterday Monday's raid was the largest.",
    # a statement's "today, Monday" inside its quotation is the statement's day
    "\"We struck the post today, Monday,\" the Raiders said in a statement read out later.",
])
def test_a_page_date_the_texts_named_today_agrees_with_or_does_not_bind(lede: str) -> None:
    article = make_article(_page("March 6, 2024", lede))
    assert article.published == dt.date(2024, 3, 6)


WIRED = f" date 2024-03-06 {HEADLINE}\n\n{{wire}} - Drones struck the post, the guards said.\n\n{AFTER}"


def test_a_wire_line_days_after_the_clippers_date_does_not_date_the_page() -> None:
    # the wire's "March 9" in the clipper's year would be three days after the page was saved
    article = make_article(WIRED.format(wire="NORBURG, March 9 (Wire)"))
    assert (article.published, article.published_basis) == (None, "unknown")
    assert any("days after the clipper's date" in note for note in article.problems)


@pytest.mark.parametrize(("wire", "published"), [
    # neighbours: a wire of a time zone ahead (the day after), and the clipper's own day
    ("NORBURG, March 7 (Wire)", dt.date(2024, 3, 7)),
    ("NORBURG, March 6 (Wire)", dt.date(2024, 3, 6)),
])
def test_a_wire_line_of_the_clippers_day_or_the_next_still_dates_it(wire: str, published: dt.date) -> None:
    assert make_article(WIRED.format(wire=wire)).published == published


@pytest.mark.parametrize(("lede", "published"), [
    # the address's Wednesday against the text's "today, Monday": neither dates it
    ("The Raiders announced today, Monday, that drones struck the post.", None),
    # neighbour: the text's today is the address's day
    ("The Raiders announced today, Wednesday, that drones struck the post.", dt.date(2024, 3, 6)),
])
def test_an_address_day_against_the_texts_named_today(lede: str, published: dt.date | None) -> None:
    text = f"https://news.example/2024/03/06/drones-hit-post\n\n{HEADLINE}\n\n{lede}\n\n{AFTER}"
    assert make_article(text).published == published
