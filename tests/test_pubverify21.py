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
