"""Acts begun with their noun's own words between, and a day told after an act named as what the
told one answered (issue 23, not found and dated to another day; seventeenth session). Sentences are
our own, in the forms wire reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

TUE_MAR5 = dt.date(2024, 3, 5)
FRI_MAR8 = dt.date(2024, 3, 8)
SUN_MAR3 = dt.date(2024, 3, 3)


@pytest.mark.parametrize("text", [
    "American forces on Tuesday began to carry out retaliatory strikes on militia depots in Syria.",
    "The Pentagon said US jets started to launch new air strikes on militia depots in Syria on Tuesday.",
])
def test_an_act_begun_with_its_nouns_words_between(text: str) -> None:
    found = read_events(make_article(text, TUE_MAR5))
    assert [(e.type, e.date, e.country) for e in found.events] == [("us_strike", TUE_MAR5, "Syria")]


def test_a_plan_to_strike_is_still_no_act() -> None:
    text = "American forces on Tuesday planned to carry out retaliatory strikes on militia depots in Syria."
    assert not read_events(make_article(text, TUE_MAR5)).events


# the answered act told by the noun the answer's own kind uses ("a drone strike on a base"): no noun's
# kind tells the two apart, the words that name it as what was answered do
@pytest.mark.parametrize("cause", [
    "likely against the militias for a drone strike on an American base in Jordan",
    "against the militias after a drone strike on a US outpost in Jordan",
    "following the deadly drone strike on a base in Jordan",
])
def test_a_day_after_the_answered_act_is_that_acts(cause: str) -> None:
    text = (f"The US on Friday carried out retaliatory strikes in Syria, {cause} last Sunday that killed "
            "two soldiers.")
    found = read_events(make_article(text, FRI_MAR8))
    days = {(e.type, e.date) for e in found.events}
    assert ("us_strike", FRI_MAR8) in days
    assert ("us_strike", SUN_MAR3) not in days


def test_a_day_right_after_the_act_stays_its_own() -> None:
    text = ("American jets struck militia depots in Syria on Tuesday after a drone attack on a base in "
            "Jordan, officials said.")
    found = read_events(make_article(text, TUE_MAR5))
    assert ("us_strike", TUE_MAR5) in {(e.type, e.date) for e in found.events}
