"""Events the twentieth session found where nothing of their kind was read before (issue 23).
Sentences are our own, written in the forms real reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from briefing.ingest import boilerplate
from tests.conftest import make_article

PUB = dt.date(2024, 2, 5)  # a Monday
TOWER = dt.date(2024, 1, 28)  # the profile's known day of the deadly drone attack in Jordan


def kinds(text: str, published: dt.date | None = PUB) -> set[tuple[str, dt.date | None, str | None]]:
    return {(e.type, e.date, e.country) for e in extract_events(make_article(text, published))}


# ---- US victims of a bare participle, when the sentence tells a known event (victims_participle) ----

@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("text", [
    "The three American soldiers killed at a base in Jordan were all reservists from one small town.",
    "Three US troops killed in Jordan were flown home to their families, the Army said.",
])
def test_us_victims_of_a_bare_participle_tell_the_known_attack(text: str, published: dt.date | None) -> None:
    assert kinds(text, published) == {("attack_on_us_forces", TOWER, "Jordan")}


@pytest.mark.parametrize("text", [
    # no known event told: the harm may be an accident's
    "Two US soldiers killed in a vehicle crash in Syria were flown home to their families.",
    # the participle's object: the soldiers did the killing
    "US troops killed at least ten fighters in Syria, the Army said.",
    # a weekday that is not the known attack's: two anchors that disagree leave no day
    "Three American soldiers killed in Jordan were flown home on Friday.",
])
def test_a_bare_participle_without_a_known_attack_is_no_dated_attack(text: str) -> None:
    assert {k for k in kinds(text) if k[1] is not None} == set()


# ---- a by-phrase of blaming is not the act's agent (by_other: attributed, blamed, ascribed) ----

@pytest.mark.parametrize("text", [
    "The U.S. has vowed to answer a January 28 attack attributed by Washington to militias against a U.S. "
    "base in Jordan.",
    "Officials recalled the January 28 attack, blamed by the Pentagon on militias, against a U.S. outpost in "
    "Jordan.",
])
def test_who_blames_an_attack_is_not_its_doer(text: str) -> None:
    assert kinds(text) == {("attack_on_us_forces", TOWER, "Jordan")}


# ---- a participle's phrase opening the clause holds no subject of the light verb (opening_participle) ----

CHRISTMAS = dt.date(2023, 12, 25)  # the profile's known day of the strikes on three Kataib Hezbollah sites


@pytest.mark.parametrize("text", [
    "Mainly targeting drone teams, the president directed strikes against three sites used by Kataib "
    "Hezbollah and affiliated groups.",
    "Chiefly targeting rocket crews, the president ordered strikes against three facilities used by "
    "Kataib Hezbollah and associated groups.",
])
def test_the_drone_a_leading_phrase_names_is_not_the_strikes_agent(text: str) -> None:
    assert kinds(text, dt.date(2023, 12, 26)) == {("us_strike", CHRISTMAS, "Iraq")}


# ---- a site's box inside the story ends nothing when the story's prose goes on under it (ingest) ----

_ABOVE = ("Norland mourns the dead of the raids\n\n"
          "Norland's prime minister ordered three days of mourning on Saturday for the soldiers and "
          "civilians killed in the raids on two towns of its western province, a statement said.\n\n"
          "The foreign ministry summoned the envoy of the country that carried out the raids to protest "
          "against what it called an aggression on its soil.\n\n")


def test_the_story_goes_on_under_a_box_inside_it() -> None:
    below = ("Westland began to carry out air raids on Friday against militias in Norland and Sudland, "
             "after a drone attack killed three of its soldiers.")
    clean = boilerplate(f"{_ABOVE}RECOMMENDED\n\n{below}\n")
    assert below in clean and "RECOMMENDED" not in clean


def test_a_teasers_headline_under_the_header_still_ends_the_story() -> None:
    teaser = "Westland leader holds back-to-back calls with two presidents"
    clean = boilerplate(f"{_ABOVE}RECOMMENDED\n\n{teaser}\n\nA third story about the harvest in Ostland\n")
    assert teaser not in clean and "harvest" not in clean
