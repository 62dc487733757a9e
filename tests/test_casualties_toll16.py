"""Casualties of one event as the reports count them (issue 21, fifteenth session): in sentences we
wrote in the forms the field set showed, each failing on the code before its rule."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.model import Event
from tests.conftest import make_article

THU = dt.date(2024, 2, 8)


def strikes(text: str, published: dt.date = THU) -> list[Event]:
    found = extract_article(make_article(text, published)).events
    return [e for e in found if e.type != "attack_on_us_forces"]


def killed(event: Event) -> list[tuple[str, int]]:
    return sorted((c.side, c.value) for c in event.details.casualties if c.kind == "killed")


# ---- a leader a strike killed, and those killed with him: one toll, their sum ----------------------

@pytest.mark.parametrize(("text", "toll"), [
    # the leader alone
    ("A US drone strike in Mosul on Wednesday killed a senior commander of an Iran-aligned militia, the "
     "Pentagon said.", 1),
    # with his guards in the same sentence
    ("In a US drone strike in Mosul on Wednesday, a senior commander of an Iran-aligned militia, along "
     "with three of his guards, was killed.", 4),
    ("On Wednesday, Abu Karim al-Tamimi, a field commander of the militia Saraya Example, and two of his "
     "bodyguards, were killed in a US drone strike in Mosul.", 3),
    # those killed with him told in the next sentence
    ("A US drone strike in Mosul on Wednesday killed Abu Karim al-Tamimi, a leader of an Iran-aligned "
     "militia. Two other militia officials were also killed in the strike.", 3),
    ("A US drone strike in Mosul on Wednesday killed a militia leader, officials said. The strike also "
     "killed one other member of his group.", 2),
    ("A US drone strike on a car in Mosul on Wednesday killed a militia commander and two of his "
     "escorts.", 3),
    # the whole told back
    ("A senior commander of an Iran-aligned militia has been killed in a US drone strike in Mosul on "
     "Wednesday. He and two of his guards were in a car when it was hit. All three of them died.", 3),
])
def test_a_leader_killed_and_those_killed_with_him_are_one_toll(text: str, toll: int) -> None:
    (strike,) = strikes(text)
    assert killed(strike) == [("militants", toll)]


def test_a_leader_among_a_toll_of_the_dead_is_not_counted_again() -> None:
    # the toll holds him: no figure of one beside it
    text = ("A US drone strike in Mosul on Wednesday killed four people, including a militia commander, "
            "police said. The strike killed a commander of the militia, the Pentagon said.")
    (strike,) = strikes(text)
    assert killed(strike) == [("unknown", 4)]


def test_a_leader_of_no_armed_group_is_no_toll() -> None:
    text = "A US drone strike in Mosul on Wednesday killed a tribal leader, witnesses said."
    (strike,) = strikes(text)
    assert killed(strike) == []


def test_a_leader_who_speaks_of_the_dead_is_not_among_them() -> None:
    text = ("A US drone strike hit a militia base in Mosul on Wednesday. A commander of the militia said "
            "that two guards were killed.")
    (strike,) = strikes(text)
    assert ("militants", 3) not in killed(strike)


# ---- an attack's dead told in passing, as what a response answers ----------------------------------

def attacks(text: str, published: dt.date) -> list[Event]:
    found = extract_article(make_article(text, published)).events
    return [e for e in found if e.type == "attack_on_us_forces"]


@pytest.mark.parametrize("answer", [
    "Washington is weighing strikes on the militia in retaliation for the deaths of four American soldiers.",
    # (a sentence telling the campaign's attacks is joined to no act: read only as the answer's words)
    "Facing calls to end the militia attacks, the president said he had decided how to respond after the "
    "killing of four US service members.",
])
def test_the_dead_a_response_answers_are_the_deadly_attacks(answer: str) -> None:
    text = ("A militia believed to be behind Sunday's deadly drone attack on Outpost Example in Jordan "
            "announced a pause in its operations.\n\nIts statement came after days of talks in Baghdad.\n\n"
            + answer)
    (attack,) = attacks(text, dt.date(2024, 1, 30))
    assert [(c.side, c.kind, c.value) for c in attack.details.casualties] == [("us", "killed", 4)]
    assert "retaliation" in attack.details.casualties[0].source.quote or "respond" in \
        attack.details.casualties[0].source.quote


def test_the_dead_a_response_answers_told_with_the_attacks_country() -> None:
    text = ("Responding to drone attacks killing four American soldiers last weekend in Jordan: US jets "
            "struck 85 targets in Iraq and Syria on Friday. The Jordan attack was the first to kill US "
            "troops.")
    found = attacks(text, dt.date(2024, 2, 3))
    assert [(c.side, c.kind, c.value) for e in found for c in e.details.casualties] == [("us", "killed", 4)]


def test_the_dead_a_response_answers_are_no_other_attacks() -> None:
    # the article's attack hurt no one it says: the dead answered are another's (no deadly word, no place)
    text = ("Rockets were fired at a US base in Syria on Tuesday, officials said. Washington is weighing "
            "strikes in retaliation for the deaths of four American soldiers.")
    (attack,) = attacks(text, dt.date(2024, 1, 31))
    assert [c.value for c in attack.details.casualties if c.kind == "killed"] == []


@pytest.mark.parametrize("answer", [
    # the dead told at a base of no country, or by a border's side (review16: both read as Tuesday's)
    "Washington is weighing how to respond after the killing of four American soldiers at an outpost.",
    "Washington is weighing how to respond after the killing of four American soldiers at a base near the "
    "Syrian border.",
    "It was the first attack since the strikes Washington launched in retaliation for the deaths of four "
    "American soldiers.",
])
def test_the_dead_a_response_answers_beside_a_harmless_attack_are_not_its(answer: str) -> None:
    text = f"Rockets hit a US base in Syria on Tuesday, causing no injuries, officials said. {answer}"
    (attack,) = attacks(text, dt.date(2024, 1, 31))
    assert [c.value for c in attack.details.casualties if c.kind == "killed"] == []


# ---- a harm in quotes; people beside the US side and its partners -----------------------------------

def test_a_harm_in_quotes_before_its_people_is_read() -> None:
    text = ("Several one-way drones targeted the base in Syria on Thursday, causing \u201cminor "
            "injuries\u201d to 15 US troops, the Pentagon said.")
    (attack,) = attacks(text, dt.date(2024, 3, 8))
    assert [(c.side, c.kind, c.value) for c in attack.details.casualties] == [("us", "injured", 15)]


def test_people_hurt_in_an_attack_on_us_and_partner_forces_are_of_no_side_told() -> None:
    text = ("Rockets were fired on Thursday at US and coalition forces at Al-Asad Airbase in Iraq, "
            "resulting in minor injuries to three individuals.")
    (attack,) = attacks(text, dt.date(2024, 3, 8))
    assert [(c.side, c.kind, c.value) for c in attack.details.casualties] == [("unknown", "injured", 3)]


def test_the_latter_attacks_toll_is_the_act_named_last() -> None:
    text = ("On Wednesday, two drone attacks targeted the al-Tanf garrison in Syria, while two more drone "
            "attacks struck US forces at Al-Asad Airbase in Iraq. During the latter attacks, a contractor "
            "suffered a heart attack while taking shelter, and 12 US personnel sustained minor injuries.")
    tolls = {e.country: [c.value for c in e.details.casualties] for e in attacks(text, dt.date(2023, 10, 19))}
    assert tolls == {"Syria": [], "Iraq": [12]}
