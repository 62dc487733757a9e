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


WED_NOV22 = dt.date(2023, 11, 22)


@pytest.mark.parametrize("text", [
    # the acts' day told after them in an appositive participle, its clock time hedged
    "Rockets hit Erbil air base, officials said. The assault, occurring at approximately 9 p.m. local time "
    "on Nov. 20, wounded two soldiers.",
    "Rockets hit Erbil air base, officials said. The attack, taking place late on Monday, wounded two "
    "soldiers.",
    "Rockets hit Erbil air base, officials said. The attack, happening at about 9 p.m. on Monday, wounded "
    "two soldiers.",
])
def test_the_day_in_an_appositive_participle(text: str) -> None:
    found = read_events(make_article(text, WED_NOV22))
    assert [(e.type, e.date, e.country) for e in found.events] == [
        ("attack_on_us_forces", dt.date(2023, 11, 20), "Iraq")]


def test_no_day_from_an_appositive_participle_of_another_act() -> None:
    text = ("Rockets hit Erbil air base, officials said. The attack, occurring days after Monday's raid, "
            "wounded two soldiers.")
    found = read_events(make_article(text, WED_NOV22))
    assert dt.date(2023, 11, 20) not in {e.date for e in found.events}
