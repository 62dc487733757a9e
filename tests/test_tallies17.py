"""Running figures, sixteenth session: forms of our own of the misses and false figures counted then.

Sentences are ours, in the forms reports print (see docs/benchmarks.md, "Running figures by class
of miss, sixteenth session").
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.tallies import extract_tallies
from tests.conftest import make_article
from tests.test_tallies16 import PUB, RS_PUB, _found


@pytest.mark.parametrize(("text", "story", "wanted"), [
    ("The rebels have launched more than 60 attacks on ships since November, killing a total of four "
     "sailors.",
     "red-sea", [("attacks", 60), ("killed", 4)]),
    ("The rebels have launched more than 60 attacks on ships since November and killed a total of four "
     "sailors.", "red-sea", [("attacks", 60), ("killed", 4)]),
    ("Militias have launched more than 60 attacks on U.S. forces since Oct. 17, wounding a total of 56 "
     "service members.", None, [("attacks", 60), ("injured", 56)]),
    # whoever the harmed are, a harm's total is no count of the attacks
    ("Militias have launched more than 60 attacks on U.S. forces since Oct. 17, injuring a total of 56.",
     None, [("attacks", 60)]),
])
def test_a_harm_told_a_total_of_counts_the_harmed_never_the_attacks(text: str, story: str | None,
                                                                     wanted: list[tuple[str, int]]) -> None:
    assert _found(text, story) == wanted


def test_a_total_of_attacks_is_still_the_attacks() -> None:
    assert _found("The attacks on U.S. forces since Oct. 17 have reached a total of 66.") == [("attacks", 66)]


@pytest.mark.parametrize("text", [
    # counts of acts told of other means in one sentence are a total's parts by kind
    "Militias have carried out 40 drone attacks on U.S. forces since Oct. 17, and 26 rocket attacks.",
    "Since Oct. 17, militias have launched 40 drone attacks and 26 rocket attacks on U.S. forces.",
    "Since Oct. 17, there have been 40 attacks on U.S. forces in Iraq and Syria using drones, and 26 using "
    "rockets.",
])
def test_counts_of_other_means_are_parts_never_totals(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "Militias have carried out 40 drone attacks on U.S. forces since Oct. 17 out of a total of 66.",
    "Militias have carried out 40 drone attacks on U.S. forces since Oct. 17, out of 66 attacks in all.",
])
def test_a_count_told_out_of_a_larger_one_is_its_part(text: str) -> None:
    assert _found(text) == [("attacks", 66)]


@pytest.mark.parametrize("text", [
    "Since Oct. 17 militias have launched 66 drone and rocket attacks on U.S. forces, and three drones were "
    "shot down.",
    "U.S. forces have been attacked 66 times since Oct. 17 with drones and rockets.",
    "Since Oct. 17 militias have launched 66 drone and rocket attacks on U.S. forces, injuring 56 U.S. "
    "troops.",
])
def test_a_total_told_with_its_means_stays_a_total(text: str) -> None:
    assert ("attacks", 66) in _found(text)


@pytest.mark.parametrize("text", [
    "Since Oct. 17 there have been 60 attacks reported and 56 U.S. personnel suffering minor injuries.",
    "Since Oct. 17, militias have attacked U.S. forces 60 times, with 56 U.S. troops experiencing minor "
    "injuries.",
])
def test_the_harm_told_by_a_participle_after_the_people(text: str) -> None:
    assert ("injured", 56) in _found(text)


def test_people_of_no_side_suffering_injuries_are_no_total() -> None:
    assert _found("Since Oct. 17, 56 civilians suffering injuries were treated at the clinic.") == []


def test_a_groups_count_told_claimed_to_attack_is_its_claim() -> None:
    from briefing.topic import choose_topic

    article = make_article("Since the war broke out on Oct. 7, the rebels have claimed to attack more than "
                           "100 ships in the Red Sea.", RS_PUB)
    found = [(t.metric, t.value, t.source_kind) for t in extract_tallies(article, choose_topic("red-sea"))]
    assert found == [("targets_hit", 100, "claim")]


def test_a_threat_to_attack_is_no_count() -> None:
    assert _found("The rebels have threatened to attack more than 100 ships since November.", "red-sea") == []


@pytest.mark.parametrize("text", [
    "U.S. forces have been attacked more than 100 times following Norland's attack on a hospital in Gaza "
    "on October 17.",
    "U.S. forces have been attacked more than 100 times since the Hamas attack in Israel on Oct. 7.",
])
def test_a_start_told_as_the_act_that_opened_it_is_the_start(text: str) -> None:
    assert _found(text) == [("attacks", 100)]


def test_a_start_told_by_an_act_of_another_day_is_still_a_recent_start() -> None:
    assert _found("U.S. forces have been attacked 12 times since the drone attack on the Norland base on "
                  "Jan. 28.") == []


@pytest.mark.parametrize(("text", "story"), [
    ("Militias have attacked Israel 40 times since Oct. 7.", None),
    ("The rebels have attacked U.S. forces 100 times since November.", "red-sea"),
    ("The rebels have attacked more than 100 ships since November and fired on Israel 40 times.", "red-sea"),
])
def test_times_another_target_was_attacked_are_another_campaigns(text: str, story: str | None) -> None:
    assert _found(text, story) == []


def test_times_the_side_and_another_target_were_attacked_stay_the_sides() -> None:
    assert _found("Militias have attacked U.S. forces and Israel 40 times since Oct. 7.") == [("attacks", 40)]


@pytest.mark.parametrize("text", [
    "The militias have attacked U.S. forces 66 times since Oct. 17, and Israel 40 times.",
    "Since Oct. 17, militias have attacked U.S. forces 66 times and Israel 40 times.",
])
def test_times_another_target_was_attacked_after_the_sides_count_are_another_campaigns(text: str) -> None:
    assert _found(text) == [("attacks", 66)]


def _sources(text: str) -> list[tuple[int, str]]:
    return [(t.value, t.source_kind) for t in extract_tallies(make_article(text, PUB))]


@pytest.mark.parametrize(("text", "wanted"), [
    # a group's claim set against an official count: the claim stays the group's
    ("Militias have claimed more than 150 attacks on U.S. forces since Oct. 17, while the Pentagon counts "
     "fewer.", [(150, "claim")]),
    ("The Islamic Resistance in Iraq has claimed more than 150 attacks on U.S. forces since Oct. 17, but the "
     "Pentagon says the number is lower.", [(150, "claim")]),
    # the official count, with a claim in the other clause, stays official
    ("The Pentagon said militias have attacked U.S. forces 150 times since Oct. 17, but the militias claimed "
     "none of them.", [(150, "official")]),
])
def test_a_claim_set_against_an_official_voice_is_the_groups(text: str,
                                                             wanted: list[tuple[int, str]]) -> None:
    assert _sources(text) == wanted


def test_the_day_of_the_act_that_opened_the_count_is_its_start_not_its_day() -> None:
    article = make_article("U.S. forces have been attacked more than 100 times following Norland's attack on "
                           "a hospital in Gaza on October 17.", dt.date(2023, 12, 27))
    found = [(t.value, t.since, t.as_of) for t in extract_tallies(article)]
    assert found == [(100, dt.date(2023, 10, 17), dt.date(2023, 12, 27))]


@pytest.mark.parametrize("text", [
    "The tanker was hit twice, the U.S. command said, calling it the fourth attack by Iranian-backed Houthis "
    "on the ship. The Houthis have launched more than 60 attacks targeting vessels in their campaign, "
    "killing a total of four sailors.",
    "The U.S. command said Iran-backed militias have attacked its bases since Oct. 17. The Houthis have "
    "launched more than 60 attacks on ships in their campaign, killing a total of four sailors.",
])
def test_a_toll_told_after_another_storys_attackers_is_theirs(text: str) -> None:
    assert _found(text) == []


def test_a_toll_of_the_side_told_beside_another_storys_attackers_stays() -> None:
    assert _found("The Houthis and Iran-backed militias have attacked U.S. forces since Oct. 17, injuring 60 "
                  "U.S. troops.") == [("injured", 60)]
