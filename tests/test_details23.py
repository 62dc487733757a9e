"""Event details of the twenty-third session (issue 21, branch details23), in sentences we wrote.

One night's strikes in two countries are two events, the parts of one operation; a sentence that
tells the whole operation's aircraft ("The strikes were flown with many aircraft, including
long-range bombers") is often taken as the evidence of one part only, and its means went to that
part alone. Each test fails on the code before its rule (a guard passes there too)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from tests.conftest import make_article

SAT = dt.date(2024, 2, 3)


@pytest.mark.parametrize("text", [
    "US forces struck militia targets in Iraq and Syria on Friday after the deadly attack on a US "
    "outpost. The strikes were flown with many aircraft, including long-range bombers that took off "
    "from the United States, the command said.",
    "US jets hit militia targets in Iraq and Syria on Friday. The strikes were carried out by several "
    "aircraft, including B-1 bombers, officials said.",
])
def test_the_whole_operations_aircraft_are_each_parts(text: str) -> None:
    strikes = [e for e in extract_article(make_article(text, SAT)).events if e.type == "us_strike"]
    assert sorted(str(e.country) for e in strikes) == ["Iraq", "Syria"]
    for strike in strikes:
        assert [w.name for w in strike.details.weapons] == ["B-1"], strike.country


def test_aircraft_told_in_one_country_stay_its_parts() -> None:
    text = ("US jets hit militia targets in Iraq and Syria on Friday. In Syria, the strikes were "
            "carried out by B-1 bombers, officials said.")
    strikes = {e.country: e for e in extract_article(make_article(text, SAT)).events
               if e.type == "us_strike"}
    assert [w.name for w in strikes["Iraq"].details.weapons] == []


# The Pentagon's words for a drone, as the second story's profile has them: the first story's
# profile knew "unmanned aerial vehicle" alone
@pytest.mark.parametrize("text", [
    "An armed unmanned aerial system struck the Al-Asad air base on Friday, officials said.",
    "Two uncrewed aerial systems struck the Al-Asad air base on Friday, officials said.",
    "Unmanned aerial vehicles struck the Al-Asad air base on Friday, officials said.",
])
def test_the_pentagons_words_for_a_drone_are_a_drone(text: str) -> None:
    (attack,) = [e for e in extract_article(make_article(text, SAT)).events
                 if e.type == "attack_on_us_forces"]
    assert [w.name for w in attack.details.weapons] == ["drone"]


# Whose dead a strike's figure counts, told in two forms the casualties' rules did not read
@pytest.mark.parametrize("text", [
    # the group's short form in brackets between its name and the people's noun
    "A US drone strike on a base in Babil province on Friday killed at least four Popular "
    "Mobilization Forces (PMF) members.",
    # the people told back as "of them": those the strike was against
    "US forces on Friday carried out a strike against Iran-backed fighters in Kirkuk province, "
    "killing four of them.",
])
def test_the_dead_a_strikes_sentence_names_are_militants(text: str) -> None:
    (strike,) = [e for e in extract_article(make_article(text, SAT)).events if e.type == "us_strike"]
    assert [(c.side, c.kind, c.value) for c in strike.details.casualties] == [("militants", "killed", 4)]


def test_of_them_told_of_no_people_counts_no_one() -> None:
    text = ("US forces on Friday carried out a strike against a depot in Kirkuk province, killing four "
            "of them.")
    (strike,) = [e for e in extract_article(make_article(text, SAT)).events if e.type == "us_strike"]
    assert strike.details.casualties == ()


FRI_AFTER = dt.date(2024, 1, 6)


def test_the_generic_words_for_a_named_claimant_are_no_claimant_of_their_own() -> None:
    text = ("A drone struck the Harir air base near Erbil on Friday. The Islamic Resistance in Iraq "
            "claimed responsibility for the attack. A pro-Iran militia group took responsibility for "
            "the attack.")
    (attack,) = [e for e in extract_article(make_article(text, FRI_AFTER)).events
                 if e.type == "attack_on_us_forces"]
    assert [n.name for n in attack.details.claimed_by] == ["Islamic Resistance in Iraq"]


def test_the_generic_words_alone_stay_the_claimant() -> None:
    text = ("A drone struck the Harir air base near Erbil on Friday. A pro-Iran militia group took "
            "responsibility for the attack.")
    (attack,) = [e for e in extract_article(make_article(text, FRI_AFTER)).events
                 if e.type == "attack_on_us_forces"]
    assert [n.name for n in attack.details.claimed_by] == ["Iran-backed groups"]


def test_a_group_in_anothers_apposition_claims_nothing() -> None:
    # the sponsor named in the claimant's long apposition, with a clause of the campaign after it
    text = ("A drone struck the Harir air base near Erbil on Friday. The Islamic Resistance in Iraq, "
            "a loose network of several shadowy Iraqi militia groups closely affiliated with Iran's "
            "Islamic Revolutionary Guard Corps (IRGC), which has targeted American troops and bases in "
            "the region since mid-October, claimed responsibility for the Harir attack.")
    (attack,) = [e for e in extract_article(make_article(text, FRI_AFTER)).events
                 if e.type == "attack_on_us_forces"]
    assert "IRGC" not in [n.name for n in attack.details.claimed_by]


def test_bare_members_of_the_group_a_strike_hit_are_its_own() -> None:
    text = ("US forces struck the Iran-aligned Kataib Hezbollah armed group south of Baghdad on Friday, "
            "killing eight members, according to the group.")
    (strike,) = [e for e in extract_article(make_article(text, SAT)).events if e.type == "us_strike"]
    assert [(c.side, c.kind, c.value, c.group and c.group.name) for c in strike.details.casualties] == [
        ("militants", "killed", 8, "Kataib Hezbollah")]


def test_bare_members_beside_two_groups_struck_are_nobodys() -> None:
    text = "US forces struck Kataib Hezbollah and Nujaba near Baghdad on Friday, killing eight members."
    (strike,) = [e for e in extract_article(make_article(text, SAT)).events if e.type == "us_strike"]
    assert [(c.side, c.value) for c in strike.details.casualties] == [("unknown", 8)]


@pytest.mark.parametrize(("text", "blamed"), [
    ("A drone struck a US base in Erbil on Sunday, wounding three soldiers. The defense secretary said "
     "the groups who launched the attack were Iranian-sponsored militias.", ["Iran-backed groups"]),
    # the report's own words, in no official's voice: no attribution, as "launched by X" is none
    ("A drone struck a US base in Erbil on Sunday, wounding three soldiers. The groups who launched "
     "the attack were Iranian-sponsored militias.", []),
])
def test_what_those_who_launched_it_were_is_an_officials_attribution(text: str, blamed: list[str]) -> None:
    (attack,) = [e for e in extract_article(make_article(text, dt.date(2024, 2, 5))).events
                 if e.type == "attack_on_us_forces"]
    assert [n.name for n in attack.details.attributed_to] == blamed
