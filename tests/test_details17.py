"""Event details of the sixteenth session's round (issue 21, branch details17): in sentences we wrote
in the forms the field set showed, each failing on the code before its rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.evaluate_details import load_labelled
from briefing.extract import extract_article
from briefing.model import Event
from tests.conftest import make_article

SAT = dt.date(2024, 9, 7)


def _sea(text: str, published: dt.date = SAT) -> list[Event]:
    from briefing.topic import choose_topic

    return list(extract_article(make_article(text, published), choose_topic("red-sea")).events)


def _figures(event: Event) -> list[tuple[str, str, int]]:
    return sorted((c.side, c.kind, c.value) for c in event.details.casualties if c.value)


# ---- a toll told as the whole campaign's is no one attack's -----------------------------------------

@pytest.mark.parametrize("campaign", [
    "The rebels have captured one freighter and sunk two others, killing four seafarers.",
    "They hijacked one car carrier and sank two bulk carriers in the campaign, which also killed four "
    "seafarers.",
    "These raids led to the seizure of one vessel, the sinking of two more and the deaths of four "
    "seafarers.",
])
def test_the_campaigns_toll_told_after_an_attack_is_not_its_own(campaign: str) -> None:
    text = ("A Houthi missile struck the tanker Blue Heron in the Red Sea on Friday, the US military said. "
            f"No injuries were reported. {campaign}")
    (attack,) = [e for e in _sea(text) if e.type == "attack_on_shipping"]
    assert _figures(attack) == []


def test_an_attacks_own_toll_with_a_ship_sunk_is_still_read() -> None:
    text = ("A Houthi missile struck the bulk carrier Grey Gull in the Gulf of Aden on Friday and sank it, "
            "killing two crew members, the US military said.")
    (attack,) = [e for e in _sea(text) if e.type == "attack_on_shipping"]
    assert _figures(attack) == [("civilians", "killed", 2)]


# ---- the labels' sides as LABELLING.md names them (the field set's scorer) ----------------------------

def test_a_labels_crew_side_is_scored_as_the_civilians_aboard(tmp_path: Path) -> None:
    labels = tmp_path / "s.yaml"
    labels.write_text(
        "s1:\n  events:\n  - type: attack_on_shipping\n    date: 2024-09-06\n    casualties:\n"
        "    - {side: crew, kind: killed, value: 2}\n    - {side: unknown, kind: injured, value: 1}\n",
        encoding="utf-8")
    mapped = load_labelled(labels, sides={"crew": "civilians"})
    assert [c["side"] for c in mapped["s1"][0]["casualties"]] == ["civilians", "unknown"]
    assert [c["side"] for c in load_labelled(labels)["s1"][0]["casualties"]] == ["crew", "unknown"]


# ---- what a self-defence strike hit: the launchers ---------------------------------------------------

def _strikes(text: str, published: dt.date = dt.date(2024, 12, 5)) -> list[Event]:
    found = extract_article(make_article(text, published)).events
    return [e for e in found if e.type != "attack_on_us_forces"]


@pytest.mark.parametrize(("text", "written"), [
    ("US forces conducted a strike in Syria on Tuesday, destroying three mobile rocket launchers near "
     "Mayadin.", "rocket launchers"),
    ("A US air strike hit a rocket launcher near Al-Qaim in Iraq on Tuesday, the Pentagon said.",
     "a rocket launcher"),
])
def test_a_strike_on_launchers_says_what_it_hit(text: str, written: str) -> None:
    (strike,) = _strikes(text)
    assert [f.written for f in strike.details.facilities] == [written]


# ---- the labels' names compared through the scored story's own spellings ------------------------------

def test_a_weapon_is_scored_by_the_spellings_of_the_story_that_read_it() -> None:
    from briefing.evaluate_details import score_details
    from briefing.model import ArticleRecord, Extraction
    from briefing.topic import choose_topic

    sea = choose_topic("red-sea")
    text = ("US B-2 stealth bombers struck five underground Houthi weapons storage sites in Yemen on "
            "Thursday, the Pentagon said.")
    found = extract_article(make_article(text, dt.date(2024, 10, 18), article_id="x1"), sea)
    extraction = Extraction(articles=(ArticleRecord("x1", "x1.txt"),), events=tuple(found.events), tallies=())
    labelled = {"x1": [{"type": "us_strike", "date": dt.date(2024, 10, 17),
                        "weapons": ["B-2 stealth bombers"]}]}
    weapons = score_details(extraction, labelled, sea).as_dict()["weapons"]
    assert (weapons["found"], weapons["precision"], weapons["recall"]) == (1, 1.0, 1.0)


# ---- a blame of another day's act, its day written with an ordinal ("December 23rd") ---------------------

@pytest.mark.parametrize("day", ["December 23rd", "the 23rd of December", "23rd December"])
def test_a_blame_for_an_act_of_another_day_written_as_an_ordinal_is_not_this_attacks(day: str) -> None:
    text = ("A drone attack on US forces at Erbil Air Base in Iraq on Monday wounded three US service "
            "members, the Pentagon said. US forces struck back within hours. The Pentagon also blamed "
            f"Kataib Hezbollah for a drone attack on a tanker on {day}.")
    found = extract_article(make_article(text, dt.date(2023, 12, 26))).events
    (attack,) = [e for e in found if e.type == "attack_on_us_forces"]
    assert attack.details.attributed_to == ()


# ---- where the missiles came from is no other act between the attack and its claim ---------------------

def test_a_claim_of_the_attack_after_where_its_missiles_were_fired_from_is_its_own() -> None:
    text = ("A Houthi missile struck the tanker Sea Lark in the Red Sea on Friday, the US military said. A "
            "monitoring firm said the missiles were launched from Yemen's Taiz province. The Houthis claimed "
            "responsibility for the attack.")
    (attack,) = [e for e in _sea(text, dt.date(2024, 4, 27)) if e.type == "attack_on_shipping"]
    assert [c.name for c in attack.details.claimed_by] == ["Houthis"]


# ---- a toll told in parts by where the people are from is their sum ------------------------------------

@pytest.mark.parametrize("text", [
    "A Houthi missile struck the bulk carrier Grey Gull in the Gulf of Aden on Friday, killing one Kenyan "
    "and two Peruvian crew members, the US military said.",
    "A Houthi missile struck the bulk carrier Grey Gull in the Gulf of Aden on Friday. Two seafarers from "
    "Peru and another from Kenya were killed, the ship's managers said.",
])
def test_a_toll_told_in_parts_by_nationality_is_their_sum(text: str) -> None:
    (attack,) = [e for e in _sea(text) if e.type == "attack_on_shipping"]
    assert _figures(attack) == [("civilians", "killed", 3)]


def test_parts_of_two_sides_are_never_summed() -> None:
    text = ("A drone struck a US base in Syria on Sunday, killing one American and two Iraqi soldiers, "
            "officials said.")
    found = extract_article(make_article(text, dt.date(2024, 2, 5))).events
    (attack,) = [e for e in found if e.type == "attack_on_us_forces"]
    assert all(c.value != 3 for c in attack.details.casualties)


def test_a_harm_told_before_its_people_counts_them() -> None:
    text = ("A Houthi missile struck the bulk carrier Grey Gull in the Gulf of Aden on Friday, causing at "
            "least two fatalities among the crew members, US officials said.")
    (attack,) = [e for e in _sea(text) if e.type == "attack_on_shipping"]
    assert _figures(attack) == [("civilians", "killed", 2)]


# ---- a figure of one day's strikes, told after the campaign's "since" ----------------------------------

def test_a_days_toll_told_after_the_campaigns_since_is_that_days() -> None:
    text = ("U.S.-led airstrikes have pounded the Houthis since January, with a series of strikes on May 30 "
            "killing at least 16 people and wounding 42 others, the rebels say.")
    (strike,) = [e for e in _sea(text, dt.date(2024, 6, 3)) if e.type.endswith("strike")]
    assert _figures(strike) == [("unknown", "injured", 42), ("unknown", "killed", 16)]


@pytest.mark.parametrize("text", [
    "Attacks since October 17 have injured 24 US troops, the Pentagon said of the rocket attack on the base "
    "in Syria on October 17.",
    "The rocket attack on the base in Syria on October 17 was one of the attacks since October 17 that "
    "have injured 24 US troops.",
])
def test_a_toll_counted_from_the_events_own_day_stays_the_campaigns(text: str) -> None:
    found = extract_article(make_article(text, dt.date(2023, 10, 20))).events
    assert all(c.value != 24 for e in found for c in e.details.casualties)


# ---- one person told by the story's own word for the people harmed ---------------------------------------

@pytest.mark.parametrize(("told", "kind"), [
    ("A crew member was killed, the ship's managers said.", "killed"),
    ("The blast injured a Peruvian seafarer, the ship's managers said.", "injured"),
    ("A mariner sustained minor injuries, the ship's managers said.", "injured"),
])
def test_one_person_told_by_the_storys_own_noun_is_a_figure_of_one(told: str, kind: str) -> None:
    text = f"A Houthi missile struck the bulk carrier Grey Gull in the Gulf of Aden on Friday. {told}"
    (attack,) = [e for e in _sea(text) if e.type == "attack_on_shipping"]
    assert _figures(attack) == [("civilians", kind, 1)]


# ---- what a strike hit, its owner told as suspected -------------------------------------------------------

def test_a_strike_on_suspected_owners_installations_says_what_it_hit() -> None:
    text = ("US forces carried out strikes on suspected Iran-linked facilities in Syria on Thursday, "
            "officials said.")
    (strike,) = _strikes(text, dt.date(2023, 10, 27))
    assert [f.written for f in strike.details.facilities] == ["Iran-linked facilities"]
