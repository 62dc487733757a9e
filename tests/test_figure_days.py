"""Issue 17 item 4: a figure is dated by the day it was given, not the day it was printed.
Sentences are our own, in the forms briefings are reported in."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from tests.conftest import make_article

TUESDAY, FRIDAY = dt.date(2024, 2, 6), dt.date(2024, 2, 2)


@pytest.mark.parametrize(("text", "published", "as_of"), [
    ("U.S. forces have been attacked 160 times since Oct. 17, Singh said at Friday's briefing.", TUESDAY,
     FRIDAY),
    ("At a briefing on Friday, Singh said U.S. forces had been attacked 160 times since Oct. 17.", TUESDAY,
     FRIDAY),
    # "earlier Thursday" in a Friday article is Thursday's
    ("U.S. forces have been attacked 151 times since Oct. 17, the Pentagon said earlier Thursday.",
     dt.date(2024, 1, 19), dt.date(2024, 1, 18)),
    # the speaker's day given in the sentence before, "she said" in the figure's
    ("Singh told reporters on Friday that there had been more attacks. U.S. forces have been attacked "
     "160 times since Oct. 17, she said.", TUESDAY, FRIDAY),
    # no day of its own: the publication day
    ("U.S. forces have been attacked 160 times since Oct. 17, the Pentagon says.", TUESDAY, TUESDAY),
])
def test_a_figure_takes_the_day_it_was_given(text: str, published: dt.date, as_of: dt.date) -> None:
    (figure,) = extract_article(make_article(text, published)).tallies
    assert (figure.value, figure.as_of) == (int(text.split(" times")[0].split()[-1]), as_of)
