"""A munition told as the means of another clause's act ("killed a commander with a missile fired
from a drone") is not an act of its own: the participle says where the munition came from, and
whose act it was is the main clause's. Read as the attackers' act, a US strike showed as an attack
on US forces (a row no source reports; nineteenth session). Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

THU_FEB8 = dt.date(2024, 2, 8)
WED_FEB7 = dt.date(2024, 2, 7)


def _kinds(text: str) -> set[tuple[str, dt.date | None, str | None]]:
    found = read_events(make_article(text, THU_FEB8))
    return {(e.type, e.date, e.country) for e in found.events}


@pytest.mark.parametrize("text", [
    "US forces killed a militia commander with a missile fired from a drone in Baghdad on Wednesday.",
    "American troops killed two militia fighters with rockets launched from a helicopter in Syria on "
    "Wednesday.",
    "The US military struck a vehicle with a missile fired from a drone in Baghdad on Wednesday.",
])
def test_the_means_of_a_us_act_is_no_attack_on_us_forces(text: str) -> None:
    assert not {k for k in _kinds(text) if k[0] == "attack_on_us_forces"}


def test_the_strike_told_with_its_means_is_still_read() -> None:
    text = "The US military struck a vehicle with a missile fired from a drone in Baghdad on Wednesday."
    assert ("us_strike", WED_FEB7, "Iraq") in _kinds(text)


@pytest.mark.parametrize(("text", "country"), [
    # the attackers' own act told with its means, and a munition that is the subject: still attacks
    ("Militants attacked the Al-Asad base with rockets fired from a truck in Iraq on Wednesday.", "Iraq"),
    ("Militants hit a US base in Syria with a rocket fired from a nearby village on Wednesday.", "Syria"),
    ("A drone launched from Iraq struck a base hosting US troops in Syria on Wednesday.", "Syria"),
])
def test_the_attackers_means_still_tell_their_attack(text: str, country: str) -> None:
    assert ("attack_on_us_forces", WED_FEB7, country) in _kinds(text)


@pytest.mark.parametrize("text", [
    # a US side that killed someone with a munition: its strike, whatever the munition
    "The United States killed a militia commander via a drone in Baghdad on Wednesday.",
    "US forces killed a militia commander with a missile in Baghdad on Wednesday.",
    "US forces on Wednesday killed a militia commander in Baghdad with a drone.",
])
def test_a_us_side_that_killed_with_a_munition_struck(text: str) -> None:
    assert _kinds(text) == {("us_strike", WED_FEB7, "Iraq")}


@pytest.mark.parametrize("text", [
    # no munition: a raid or an arrest may be meant; nothing read
    "US forces killed a militia commander in Baghdad on Wednesday.",
    "US forces killed a militia commander with help from local troops in Baghdad on Wednesday.",
])
def test_a_us_side_that_killed_without_a_munition_is_no_strike(text: str) -> None:
    assert _kinds(text) == set()


@pytest.mark.parametrize("text", [
    # US troops as the victims, the verb a participle: no US strike
    "US soldiers killed by drone attack in Jordan named",
    "US soldiers killed with a drone in Jordan were named on Wednesday.",
])
def test_us_troops_killed_with_a_munition_did_not_strike(text: str) -> None:
    assert not any(kind == "us_strike" for kind, _, _ in _kinds(text))
