"""Rows and days no source reports (issue 23, fourteenth session: the reviewer's older faults).
Written by us, in the forms seen in real clippings; each form has a neighbour that must stay.

- An act dated from another: "The strike was carried out a week after the drone attack on
  Monday" gives the strike Monday counted on (or no day, when that is past the page's day), never
  Monday; "... carried out in response to the attack on Sunday" gives it no day at all (Sunday is
  the attack's).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from tests.conftest import make_article

FRI = dt.date(2024, 2, 9)  # the page's day, a Friday
MON, SUN = dt.date(2024, 2, 5), dt.date(2024, 2, 4)

Found = set[tuple[str, dt.date | None, str | None]]


def kinds(text: str, published: dt.date | None = FRI) -> Found:
    return {(e.type, e.date, e.country) for e in extract_events(make_article(text, published))}


def strikes(text: str, published: dt.date | None = FRI) -> Found:
    return {k for k in kinds(text, published) if k[0] == "us_strike"}


# --- an act dated from another ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # counted on from the other act's day
    ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
     "out two days after the drone attack on Monday that hurt U.S. troops.",
     {("us_strike", MON + dt.timedelta(days=2), "Syria")}),
    ("American jets hit two militia depots in eastern Syria, officials said. The strikes were conducted "
     "a week after the rocket attack on Jan. 29 that hurt U.S. troops.",
     {("us_strike", dt.date(2024, 2, 5), "Syria")}),
    # counted on past the page's own day: no day it could have
    ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
     "out a week after the drone attack on Monday that hurt U.S. troops.", set()),
    # another act's day after a cue of that act: not the strike's
    ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
     "out in response to the drone attack on Sunday that hurt U.S. troops.", set()),
    ("American jets hit two militia depots in eastern Syria, officials said. The strikes were "
     "conducted in retaliation for the rocket attack on Sunday against U.S. troops.", set()),
    ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
     "out days after the drone attack on Monday that hurt U.S. troops.", set()),
])
def test_an_act_dated_from_another_is_not_given_that_acts_day(text: str, expected: Found) -> None:
    assert strikes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # neighbours: the strike's own day, told before the cue of the other act
    ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
     "out early Thursday, in response to the drone attack on Sunday that hurt U.S. troops.",
     {("us_strike", dt.date(2024, 2, 8), "Syria")}),
    ("American jets hit two militia depots in eastern Syria, officials said. The strikes were "
     "carried out shortly after midnight on Thursday.",
     {("us_strike", dt.date(2024, 2, 8), "Syria")}),
])
def test_the_acts_own_day_before_the_cue_still_dates_it(text: str, expected: Found) -> None:
    assert strikes(text) == expected


def test_the_other_act_keeps_its_own_day() -> None:
    text = ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
            "out in response to the drone attack on Sunday that hurt U.S. troops in Syria.")
    assert ("attack_on_us_forces", SUN, "Syria") in kinds(text)
