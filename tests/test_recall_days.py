"""Days of acts found but left undated (issue 23, fourteenth session): forms a careful reader sees
in many outlets. Sentences are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

PUB = dt.date(2023, 12, 26)  # a Tuesday
SUN = dt.date(2023, 12, 24)


@pytest.mark.parametrize("text", [
    # the day told after the acts, named back by "these" or "those", or as "airstrikes"
    "U.S. aircraft struck militia depots in eastern Syria. These airstrikes occurred late Sunday.",
    "U.S. aircraft struck militia depots in eastern Syria. Those strikes took place on Sunday.",
    "U.S. aircraft struck militia depots in eastern Syria. The airstrikes were carried out on Sunday.",
])
def test_the_day_told_after_airstrikes_named_back(text: str) -> None:
    found = read_events(make_article(text, PUB))
    assert [(e.type, e.date, e.country) for e in found.events] == [("us_strike", SUN, "Syria")]
    assert found.undated == ()


@pytest.mark.parametrize("text", [
    # the day of another act: the strikes stay undated
    "U.S. aircraft struck militia depots in eastern Syria. These airstrikes followed Sunday's attack.",
    "U.S. aircraft struck militia depots in eastern Syria. These airstrikes occurred days after Sunday's "
    "attack.",
    "U.S. aircraft struck militia depots in eastern Syria. The strikes occurred days after Sunday's attack.",
    "U.S. aircraft struck militia depots in eastern Syria. The airstrikes were conducted in answer to "
    "yesterday's attack.",
])
def test_no_day_for_airstrikes_from_another_act_or_a_saying(text: str) -> None:
    found = read_events(make_article(text, PUB))
    assert [e.date for e in found.events if e.type == "us_strike"] == []


OCT26 = dt.date(2023, 10, 26)
MONDAY_NOV = dt.date(2023, 11, 13)  # a Monday: "Wednesday" is 8 November


@pytest.mark.parametrize("text", [
    # a party named as the owner of what was hit ("linked to", "used by") is no subject of the verb
    # coordinated after it: the second act, with its own day, is the first one's agent's
    "U.S. jets struck two depots linked to Iran in Syria on Wednesday and hit two facilities on October 26.",
    "U.S. jets struck two depots used by Iran's Revolutionary Guard in Syria on Wednesday and hit two "
    "facilities on October 26.",
])
def test_an_owner_of_the_object_is_no_agent_of_the_next_verb(text: str) -> None:
    found = read_events(make_article(text, MONDAY_NOV))
    assert sorted((e.type, e.date, e.country) for e in found.events) == [
        ("us_strike", OCT26, "Syria"), ("us_strike", dt.date(2023, 11, 8), "Syria")]


SATURDAY_FEB = dt.date(2024, 2, 3)


@pytest.mark.parametrize(("text", "rows"), [
    # "The latest," standing for the attacks named just before, harming US troops: an attack, dated
    # as the profile's known event it tells
    ("Since then, militias have stepped up their attacks on U.S. forces. The latest, in late January, "
     "killed three U.S. troops and wounded dozens on a base in Jordan.",
     [("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan")]),
    ("Militias have stepped up their attacks on U.S. forces. The most recent, last month, killed three "
     "U.S. troops at a base in Jordan.",
     [("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan")]),
    # no act named before it: "the latest" stands for nothing read
    ("Talks resumed in Cairo. The latest, in late January, killed three U.S. troops in Jordan.", []),
])
def test_the_latest_standing_for_attacks_named_before(text: str,
                                                      rows: list[tuple[str, dt.date, str]]) -> None:
    found = read_events(make_article(text, SATURDAY_FEB))
    assert [(e.type, e.date, e.country) for e in found.events] == rows


WED_NOV = dt.date(2023, 11, 8)


@pytest.mark.parametrize("text", [
    # the coalition's full name holds its enemy's name: the coalition is the one who acts
    "The US-led coalition against ISIS on early Tuesday downed two suicide drones at Erbil air base.",
    "Drones were shot down at Erbil air base on Tuesday by the US-led coalition against the Islamic State.",
])
def test_the_coalition_named_with_its_enemy_is_the_us_side(text: str) -> None:
    found = read_events(make_article(text, WED_NOV))
    assert [(e.type, e.date, e.country) for e in found.events] == [
        ("attack_on_us_forces", dt.date(2023, 11, 7), "Iraq")]
