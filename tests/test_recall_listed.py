"""Acts told as many, then a list of their days (issue 23, form 3; sixteenth session): "strikes on
<facilities> in Syria on Oct. 26, Nov. 8, and Nov. 12" is three strikes, one a day. Sentences are our
own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

MON_NOV20 = dt.date(2023, 11, 20)
OCT26, NOV8, NOV12 = dt.date(2023, 10, 26), dt.date(2023, 11, 8), dt.date(2023, 11, 12)


@pytest.mark.parametrize("text", [
    "American aircraft have also bombed weapons depots tied to Iran-backed militias in Syria on Oct. 26, "
    "Nov. 8, and Nov. 12.",
    "The Pentagon said US jets carried out strikes on militia storage sites in Syria on October 26, "
    "November 8 and November 12, officials added.",
])
def test_each_day_of_a_list_is_its_own_act(text: str) -> None:
    found = read_events(make_article(text, MON_NOV20))
    assert sorted((e.type, e.date, e.country) for e in found.events) == [
        ("us_strike", OCT26, "Syria"), ("us_strike", NOV8, "Syria"), ("us_strike", NOV12, "Syria")]


@pytest.mark.parametrize("text", [
    # a span's bounds, not a list of days
    "US jets carried out strikes on militia storage sites in Syria between Oct. 26 and Nov. 12.",
    # days out of order: no list of this form
    "US jets carried out strikes on militia storage sites in Syria on Nov. 12, Oct. 26 and Nov. 8.",
    # the last day goes on with a figure: not the list's end
    "US jets carried out strikes on militia storage sites in Syria on Oct. 26 and Nov. 12 troops were "
    "moved to the border.",
])
def test_no_list_of_days_where_the_form_is_another(text: str) -> None:
    found = read_events(make_article(text, MON_NOV20))
    dates = [e.date for e in found.events]
    assert len(dates) <= 1, dates


def test_a_verb_told_on_a_list_of_days_is_an_act_each_day() -> None:
    text = "A US jet struck a militia storage site in Syria on Oct. 26, Nov. 8 and Nov. 12, officials said."
    found = read_events(make_article(text, MON_NOV20))
    assert sorted(e.date for e in found.events if e.date is not None) == [OCT26, NOV8, NOV12]
