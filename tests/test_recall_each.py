"""Acts told as a number, then each on its own day (issue 23, fifteenth session): "two attacks on
the base, one on <day> and the other on <day>". Sentences are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

SAT_NOV = dt.date(2023, 11, 11)  # a Saturday
WED, THU = dt.date(2023, 11, 8), dt.date(2023, 11, 9)


@pytest.mark.parametrize("text", [
    "Officials confirmed two separate drone attacks on Erbil air base this week, one late on Nov. 8 and "
    "the other in the early evening on Nov. 9.",
    "There were two rocket attacks on Erbil air base, one on Wednesday and another on Thursday.",
    "Militias carried out two attacks on Erbil air base: one shortly before midnight on Nov. 8, and the "
    "second one around noon on Nov. 9.",
])
def test_each_of_a_number_of_acts_on_its_own_day(text: str) -> None:
    found = read_events(make_article(text, SAT_NOV))
    assert sorted((e.type, e.date, e.country) for e in found.events) == [
        ("attack_on_us_forces", WED, "Iraq"), ("attack_on_us_forces", THU, "Iraq")]


@pytest.mark.parametrize("text", [
    # the other day after the page's: no second act
    "There were two rocket attacks on Erbil air base, one on Nov. 8 and the other on Nov. 19.",
    # no act of its own named there: what the other did is no second act
    "There were two rocket attacks on Erbil air base, one on Nov. 8 and the other said on Nov. 9 that it "
    "would continue.",
])
def test_no_second_day_where_the_other_is_not_an_act_of_that_day(text: str) -> None:
    found = read_events(make_article(text, SAT_NOV))
    assert THU not in {e.date for e in found.events}
    assert dt.date(2023, 11, 19) not in {e.date for e in found.events}
