"""Sites and weapons where the text gives them (issue 21, fifteenth session, branch sites16): what a
strike hit told with whose it is before the noun, or as the vehicle its dead were in; never from a
sentence that tells another day's strike too. Sentences are ours, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.model import Event
from tests.conftest import make_article

WED = dt.date(2024, 2, 14)


def events_of(text: str, published: dt.date = WED) -> list[Event]:
    return list(extract_article(make_article(text, published)).events)


def _hit(text: str) -> list[str]:
    return [f.written for e in events_of(text) for f in e.details.facilities]


@pytest.mark.parametrize(("text", "written"), [
    ("US jets carried out strikes on nine Iran-backed militia targets in Syria on Monday, officials said.",
     "nine Iran-backed militia targets"),
    ("US aircraft struck multiple Kataib Hezbollah facilities in Iraq on Monday, officials said.",
     "multiple Kataib Hezbollah facilities"),
    ("US forces conducted two airstrikes on Iranian-backed targets in Syria on Monday, the command said.",
     "Iranian-backed targets"),
    # whose told back ("the militia's") says nothing of whose they are
    ("US jets struck the militia's facilities in Iraq on Monday, officials said.", None),
])
def test_what_a_strike_hit_told_with_its_owner_before_the_noun(text: str, written: str | None) -> None:
    assert _hit(text) == ([written] if written else [])


def test_installations_told_by_used_by_say_more_than_the_owner_before_the_noun() -> None:
    text = ("US forces struck Iran-linked targets in Syria on Monday, the command said. \"Today, forces "
            "conducted strikes against nine targets in two locations associated with Iranian-backed groups "
            "in Syria,\" the command said on Monday.")
    assert _hit(text) == ["nine targets associated with Iranian-backed groups"]


def test_what_a_strike_hit_told_as_the_vehicle_its_dead_were_in() -> None:
    text = ("A US strike in Baghdad on Monday killed a commander of Kataib Hezbollah and two guards who "
            "were in a vehicle when it was hit, the Pentagon said.")
    assert _hit(text) == ["a vehicle"]


def test_a_sentence_telling_another_days_strike_too_gives_neither_what_it_hit() -> None:
    text = ("US jets struck three facilities used by Kataib Hezbollah in Iraq on Feb. 2, and the US military "
            "said the commander killed in Baghdad on Feb. 7 was targeted in response to the attacks.")
    found = events_of(text)
    assert {e.date for e in found} >= {dt.date(2024, 2, 2), dt.date(2024, 2, 7)}
    assert [f.written for e in found for f in e.details.facilities] == []


def _weapons(text: str) -> list[str]:
    attack, = [e for e in events_of(text) if e.type == "attack_on_us_forces"]
    return [w.name for w in attack.details.weapons]


@pytest.mark.parametrize(("text", "expected"), [
    # the campaign's means told as a habit, in the attack's own sentence
    ("A drone struck US forces at Tower 22 in Jordan on Sunday; troops there have previously faced rocket "
     "and missile attacks.", ["drone"]),
    ("Rockets hit Al-Asad Airbase in Iraq on Sunday, a base frequently targeted by drone attacks.",
     ["rocket"]),
    # a habit told in another clause is not the weapon's
    ("The base, which has often come under fire, was hit by two drones in Syria on Sunday.", ["drone"]),
])
def test_the_campaigns_means_told_as_a_habit_are_not_the_attacks(text: str, expected: list[str]) -> None:
    assert _weapons(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two ballistic missiles struck Al-Asad Airbase in Iraq on Saturday; most of the missiles were "
     "intercepted by the base's defences.", ["ballistic missile"]),
    # another missile told with its own word is another weapon
    ("Two ballistic missiles and a cruise missile struck Al-Asad Airbase in Iraq on Saturday.",
     ["ballistic missile", "missile"]),
])
def test_a_bare_missile_told_after_ballistic_missiles_is_the_same_weapon(text: str,
                                                                        expected: list[str]) -> None:
    assert _weapons(text) == expected


def test_kharab_al_jir_is_the_rumalyn_base() -> None:
    """The US base at the Rmeilan airstrip is told by the village beside it too: one site, not two."""
    attack, = events_of("A drone attacked US forces at the Kharab al-Jir base in Syria on Friday, a "
                        "monitor said.", dt.date(2024, 8, 10))
    assert attack.details.site is not None and attack.details.site.name == "Rumalyn Landing Zone"


@pytest.mark.parametrize(("text", "site"), [
    ("On Sunday, al Asad base, which is west of Baghdad, US forces engaged two drones, officials said.",
     "Al-Asad Airbase"),
    # a town told before the base is the act's place, not where the base lies
    ("On Sunday, rockets hit US forces in Baghdad, and Harir air base was put on alert, officials said.",
     None),
])
def test_an_installation_told_by_the_town_it_lies_by(text: str, site: str | None) -> None:
    attack, = [e for e in events_of(text, dt.date(2023, 10, 23)) if e.type == "attack_on_us_forces"]
    assert (attack.details.site.name if attack.details.site else None) == site


@pytest.mark.parametrize("told", [
    "a drone bombarded a sport utility vehicle in the east of the city",
    "drones targeted a vehicle in the east of the city",
])
def test_a_strikes_drone_told_by_the_vehicle_it_hit(told: str) -> None:
    text = ("A US strike in Baghdad on Monday killed a commander of Kataib Hezbollah, the Pentagon said; "
            f"{told}, a police source said.")
    strike, = [e for e in events_of(text) if e.type == "us_strike"]
    assert [w.name for w in strike.details.weapons] == ["drone"]


@pytest.mark.parametrize("text", [
    ("US jets struck a militia command post in western Iraq on Monday, officials said. It was the first US "
     "strike in Iraq since targeting Iran-linked sites in Syria twice in recent weeks."),
    ("US aircraft hit a militia depot in Iraq on Monday. It followed strikes on Iranian-backed targets in "
     "Syria earlier this month, officials said."),
])
def test_what_another_countrys_strikes_hit_is_not_this_strikes(text: str) -> None:
    # the second sentence tells earlier strikes in another country: what they hit is theirs, not the
    # strike in Iraq's (the first sentence's installation is the Iraq strike's own)
    iraq = [e for e in events_of(text) if e.country == "Iraq" and e.date == dt.date(2024, 2, 12)]
    assert iraq and all("Iran" not in f.written for e in iraq for f in e.details.facilities)
