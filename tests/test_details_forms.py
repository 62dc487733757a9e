"""More forms of an attack's details, found building a week of our own (tests/test_week_details13.py):
each in sentences we wrote, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from tests.conftest import make_article

MON = dt.date(2024, 2, 5)


@pytest.mark.parametrize("said", [
    "Kataib Hezbollah said in a statement on Sunday that its fighters had attacked the base with a drone.",
    "Kataib Hezbollah said in a Telegram post late on Sunday that its fighters had attacked the base.",
])
def test_a_claim_whose_day_follows_the_medium_is_a_claim(said: str) -> None:
    """'said in a statement on Sunday that its fighters had attacked' was neither the attack's
    claimant nor a claim of its own: the day was read only before the medium."""
    text = ("A drone struck US forces at Al-Tanf in Syria on Sunday, a US official said. No one was hurt.\n\n"
            + said)
    found = extract_article(make_article(text, MON))
    attack, = found.events
    assert [n.name for n in attack.details.claimed_by] == ["Kataib Hezbollah"]
    assert attack.details.attributed_to == ()
    assert [(s.kind, s.who) for s in found.statements] == [("claim", "Kataib Hezbollah")]


def test_an_attack_told_only_in_a_claim_with_its_day_after_the_medium_is_no_event() -> None:
    text = ("The Islamic Resistance in Iraq said in a Telegram statement on Monday that its fighters had "
            "targeted three US bases in Syria with drones.\n\n"
            "A Pentagon spokeswoman said she had no indication of any such attacks.")
    found = extract_article(make_article(text, MON))
    assert (found.events, found.undated) == ((), ())
    assert sorted(s.kind for s in found.statements) == ["claim", "denial"]


def _weapons(text: str) -> list[str]:
    found = extract_article(make_article(text, MON))
    attack, = [e for e in found.events if e.type == "attack_on_us_forces"]
    return [w.name for w in attack.details.weapons]


@pytest.mark.parametrize(("after", "expected"), [
    ("Two rockets landed inside the perimeter, the official said, damaging a building.", ["rocket"]),
    ("The drone was shot down before it reached the base.", ["drone"]),
    ("Most of the rockets and drones fired at US bases have missed, officials say.", []),
    ("A US drone struck a militia car near Mayadin later that night.", []),
])
def test_an_attacks_munitions_told_in_the_sentence_after_its_own(after: str, expected: list[str]) -> None:
    """The base in the lede, what hit it in the next sentence: the attack had no weapon."""
    lede = ("US and coalition forces at Rumalyn Landing Zone in northeastern Syria came under attack on "
            "Sunday, a US official said. ")
    assert _weapons(lede + after) == expected


def _tolls(text: str, published: dt.date) -> dict[str, list[tuple[str, str, int]]]:
    found = extract_article(make_article(text, published))
    return {e.type: [(c.side, c.kind, c.value) for c in e.details.casualties] for e in found.events}


def test_the_sentence_after_one_telling_both_acts_gives_the_attack_no_toll() -> None:
    """'Another member was also killed and six others were wounded' continues the US strike told in
    the sentence before, which tells the attacks too: the six were on the attack's row."""
    text = ("On Thursday, the Islamic Resistance in Iraq attacked two US bases in Syria with drones, "
            "including Al-Tanf. It gave no reason.\n\nThe two attacks came a few hours after a senior "
            "militia commander was killed in Baghdad in a US drone strike. Another member of his group was "
            "also killed and at least six others were wounded.")
    assert _tolls(text, dt.date(2024, 1, 5))["attack_on_us_forces"] == []


def test_the_attacks_toll_told_back_after_the_strike_that_answered_it_is_not_the_strikes() -> None:
    """'The defense secretary confirmed the three injuries', after 'In retaliation for the attack,
    US jets struck ...': the strike was given the attack's three injured."""
    text = ("Militia drones hit Erbil air base in Iraq on Monday, wounding three US service members. "
            "In retaliation for the attack, US jets struck three facilities used by Kataib Hezbollah in Iraq "
            "on Tuesday. The defense secretary confirmed the three injuries.")
    tolls = _tolls(text, dt.date(2024, 1, 5))
    assert tolls == {"attack_on_us_forces": [("us", "injured", 3)], "us_strike": []}


def test_a_toll_in_the_next_story_clipped_with_the_page_is_not_the_attacks() -> None:
    """A page's next story, opening with its own date line, followed the report: its dead were the
    attack's."""
    text = ("(WASHINGTON) — Several US personnel were hurt in a rocket attack on Al-Asad Airbase in Iraq on "
            "Monday, a defense official said.\n\n"
            "(ISTANBUL) — Gunmen killed at least seven people at a market in eastern Turkey on Sunday, "
            "officials said.")
    assert _tolls(text, dt.date(2024, 8, 6))["attack_on_us_forces"] == []


def test_an_attack_placed_nowhere_takes_the_one_base_its_own_sentence_names() -> None:
    """'including one on Erbil Air Base' left the attack without a place, and without its site."""
    told = ("The strikes answered a series of attacks on US personnel, including one on Erbil Air Base on "
            "Christmas morning, officials said.")
    text = told + "\n\nAbout 2,500 US troops serve in Iraq, at Al-Asad Airbase and Victory Base among others."
    attack, = [e for e in extract_article(make_article(text, dt.date(2023, 12, 26))).events
               if e.type == "attack_on_us_forces"]
    assert attack.details.site is not None
    assert (attack.details.site.name, attack.details.site.source.quote) == ("Erbil air base", told)


def _blamed(text: str) -> list[str]:
    found = extract_article(make_article(text, MON))
    attack, = [e for e in found.events if e.type == "attack_on_us_forces"]
    return [n.name for n in attack.details.attributed_to]


LEDE_TANF = "A drone hit US forces at Al-Tanf in Syria on Sunday, wounding two soldiers, a US official said. "


@pytest.mark.parametrize(("then", "blamed"), [
    # bare officials after a US official, and where the drone came from is no other place of the act
    ("Officials said the drone was fired by Kataib Hezbollah.", ["Kataib Hezbollah"]),
    ("Officials said the drone was fired by Kataib Hezbollah and appeared to come from Iraq.",
     ["Kataib Hezbollah"]),
    ("The Pentagon said the drone was launched by Kataib Hezbollah from across the Iraqi border.",
     ["Kataib Hezbollah"]),
    # bare officials in a report that quotes another party's official are not the US side's
    ("An Iraqi security official said the base was quiet by morning. Officials said the drone was fired "
     "by Kataib Hezbollah.", []),
])
def test_officials_naming_who_fired_it_blame_that_group(then: str, blamed: list[str]) -> None:
    """'Officials said the drone was fired by X and appeared to come from Iraq' gave no attribution:
    bare 'officials' were no US voice, and 'from Iraq' was read as the act's other country."""
    assert _blamed(LEDE_TANF + then) == blamed


@pytest.mark.parametrize(("text", "expected"), [
    ("Following attacks that injured three US troops at Erbil air base in Iraq on Monday, US jets struck "
     "three militia depots.", [("us", "injured", 3)]),
    # the campaign's: its words after the figure still tell a running total
    ("Militias fired rockets at Erbil air base in Iraq on Monday. The attacks that injured 60 US troops "
     "since October have not stopped.", []),
])
def test_the_toll_of_attacks_told_in_a_relative_clause_is_the_attacks(
        text: str, expected: list[tuple[str, str, int]]) -> None:
    """'attacks that injured three US troops' was read as the campaign's (the word 'attacks' before
    the figure): the attack had no toll."""
    assert _tolls(text, dt.date(2023, 12, 26))["attack_on_us_forces"] == expected


# --- a government's and a monitor's tolls of the US side's strikes (fourteenth session) -------------

def _all_tolls(text: str, published: dt.date) -> dict[tuple[str, str | None], set[tuple[str, str, int]]]:
    found = extract_article(make_article(text, published))
    return {(e.type, e.country): {(c.side, c.kind, c.value) for c in e.details.casualties}
            for e in [*found.events, *found.undated]}


def test_a_governments_toll_of_the_us_attacks_is_its_countrys_strike_never_the_attack() -> None:
    # "the US attacks" are the US side's strikes: the sentence is no attack on US forces' toll, and the
    # Iraqi government's words give it to the one strike in Iraq
    text = ("US jets on Friday struck militia sites near Al-Qaim in Iraq and near Mayadin in Syria, in "
            "answer to the drone attack that killed three US soldiers at Tower 22 in Jordan last Sunday.\n\n"
            "Buildings near Al-Qaim were left in ruins.\n\n"
            "The Iraqi government said at least 11 people were killed and 19 injured in the US attacks.")
    tolls = _all_tolls(text, dt.date(2024, 2, 3))
    assert {("unknown", "killed", 11), ("unknown", "injured", 19)} <= tolls[("us_strike", "Iraq")]
    assert not {v for (kind, _), figures in tolls.items() if kind != "us_strike" or _ != "Iraq"
                for (_, _, v) in figures} & {11, 19}


@pytest.mark.parametrize("monitor", [
    "A war monitor said 14 people guarding the depots were killed in the strikes.",
    "According to a monitoring group, 14 fighters manning the sites were killed in the strikes.",
])
def test_a_toll_of_people_told_by_what_they_were_doing(monitor: str) -> None:
    text = "US aircraft struck weapons depots near Mayadin in Syria on Friday, officials said.\n\n" + monitor
    tolls = _all_tolls(text, dt.date(2024, 2, 3))
    assert {v for (_, _, v) in tolls[("us_strike", "Syria")]} == {14}
