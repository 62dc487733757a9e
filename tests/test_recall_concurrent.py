"""Issue 23, form 2: the day given once elsewhere. "Concurrently, ..." opening a sentence tells acts
at the time of the act just told, as "Simultaneously, ..." and "At the same time, ..." do (the
events grammar's rule during_told); inside a clause ("two drones struck simultaneously") the word
says only that those acts were at one time with each other."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events import MON, kinds


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence before gives the day: the acts opened by "Concurrently," are that day's
    ("On Monday, rockets hit a base housing U.S. troops in Syria. Concurrently, U.S. forces in Iraq "
     "faced several drone attacks.",
     {("attack_on_us_forces", MON, "Syria"), ("attack_on_us_forces", MON, "Iraq")}),
    ("On Monday, rockets hit a base housing U.S. troops in Syria. Simultaneously, drone attacks "
     "targeted U.S. forces in Iraq.",
     {("attack_on_us_forces", MON, "Syria"), ("attack_on_us_forces", MON, "Iraq")}),
])
def test_a_sentence_opened_by_concurrently_is_of_the_day_told_before(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # inside the clause: the two drones were at one time, not at the time of the act told before
    "On Monday, rockets hit a base housing U.S. troops in Syria. Two drones struck simultaneously, "
    "wounding a soldier at a base in Iraq.",
    # no day told before the cue: nothing to count from
    "Concurrently, U.S. forces in Iraq faced several drone attacks.",
])
def test_concurrently_gives_no_day_of_its_own(text: str) -> None:
    assert all(day is None for _, day, country in kinds(text) if country == "Iraq")
