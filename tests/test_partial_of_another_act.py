"""A day written without its year before another act's noun ("the counterstrikes to the deadly
January 28 attack") is that act's day, kept for no other act of the clause: left on the strikes,
the run's running figures later gave the year and the strikes a day that is the attack's (a US
strike on the day of an attack: a row no source reports; nineteenth session). Ours, in the forms
we saw."""

from __future__ import annotations

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article


def _yearless(text: str) -> dict[str, set[str | None]]:
    found = read_events(make_article(text))  # no publication date: days stay without their year
    kinds: dict[str, set[str | None]] = {}
    for event in (*found.events, *found.undated):
        kinds.setdefault(event.type, set()).add(event.day_without_year)
    return kinds


@pytest.mark.parametrize("text", [
    "The first counterstrikes from the US to the deadly January 28 attack on the outpost in northern "
    "Norland began hours after the ceremony.",
    "The first US counterstrikes to the January 28 attack on the outpost began hours after the ceremony.",
])
def test_the_attacks_day_is_not_kept_for_the_strikes(text: str) -> None:
    assert "01-28" not in _yearless(text).get("us_strike", set())


@pytest.mark.parametrize("text", [
    "On January 28, US jets struck militia depots in Iraq, officials said.",
    "On January 28, US jets struck militia depots in Iraq in answer to the attack on the outpost.",
])
def test_the_strikes_own_day_is_kept(text: str) -> None:
    assert _yearless(text).get("us_strike") == {"01-28"}
