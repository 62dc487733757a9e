"""Rows no source reports (the twenty-third session, branch precision23, issue 23): a campaign's
count told with an act verb ("have attacked US forces ... at least 16 times since ..."), which,
undated, joined another report's attack of the page's week. Sentences are our own, never an
article's; each test named for a rule fails on the code before it (its pair says what still holds)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.model import Event
from tests.conftest import make_article

FRIDAY = dt.date(2023, 10, 27)
THURSDAY = dt.date(2023, 10, 26)


def _events(text: str, published: dt.date = FRIDAY) -> list[Event]:
    """The article's events, dated or not (an undated one may join another report's row)."""
    found = extract_article(make_article(text, published))
    return [*found.events, *found.undated]


# ---- an act verb counted in times after its object (rule object_times_counted) -------------------

@pytest.mark.parametrize("count", [
    "Militia groups have attacked U.S. forces in Iraq and Syria at least 16 times since Oct. 17, the"
    " Pentagon said.",
    "According to officials, armed groups have targeted U.S. troops in Iraq and Syria with a mix of"
    " drones and rockets at least 16 times since Oct. 17.",
    "Militias have struck the Harir air base in Iraq 20 times this year.",
])
def test_an_act_verb_counted_in_times_is_a_count_not_an_act(count: str) -> None:
    assert _events(count) == []


@pytest.mark.parametrize("act", [
    "Militia groups attacked U.S. forces in Iraq twice on Thursday, the Pentagon said.",
    "Militia groups attacked U.S. forces at the Harir air base in Iraq on Thursday, the 16th attack"
    " since Oct. 17.",
])
def test_an_act_told_with_its_day_beside_a_few_times_or_an_ordinal_stays(act: str) -> None:
    found = _events(act)  # "twice": two acts of that day
    assert found and {(e.type, e.date) for e in found} == {("attack_on_us_forces", THURSDAY)}
