"""Claims and attributions of the sixteenth session (issue 21), each form in sentences of our own:
a claim told back by "the same group", a sponsor held responsible for arming the groups, the
campaign's blame singling this act out, and the attribution statements' typed fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from briefing.extract import extract_article
from tests.conftest import make_article

WED = dt.date(2024, 2, 7)


def _claimed(text: str, day: dt.date) -> list[str]:
    found = extract_article(make_article(text, WED))
    attack, = [e for e in found.events if e.type == "attack_on_us_forces" and e.date == day]
    return [n.name for n in attack.details.claimed_by]


@pytest.mark.parametrize("told_back", [
    "On Monday, two drones were launched at Al-Asad Airbase in western Iraq, an attack also claimed by "
    "the same group.",
    "On Monday, two drones were launched at Al-Asad Airbase in western Iraq. The same group also claimed "
    "that attack.",
])
def test_a_claim_told_back_by_the_same_group_is_the_group_named_before(told_back: str) -> None:
    """"an attack also claimed by the same group": the group named just before claimed it too."""
    text = ("Militants fired three rockets at Harir air base in northern Iraq on Tuesday, a US official "
            "said. "
            "Kataib Hezbollah said it had launched the rockets.\n\n" + told_back)
    assert _claimed(text, dt.date(2024, 2, 5)) == ["Kataib Hezbollah"]


def _blamed(text: str, published: dt.date = WED) -> list[str]:
    found = extract_article(make_article(text, published))
    attack, = [e for e in found.events if e.type == "attack_on_us_forces"]
    return [n.name for n in attack.details.attributed_to]


@pytest.mark.parametrize("held", [
    "Washington holds Iran broadly responsible for arming and training these militias.",
    "The Pentagon holds Iran responsible for funding and equipping the militia that launched the drone.",
])
def test_a_sponsor_held_responsible_for_arming_the_groups_is_no_attribution_of_the_act(held: str) -> None:
    """"holds Iran responsible for arming these militias": what the sponsor is held responsible for is
    arming them, not this act (the form with "is responsible for funding" was read so already)."""
    text = ("A drone struck US forces at Rumalyn Landing Zone in northeastern Syria on Monday, a US official "
            "said. No one was hurt.\n\n" + held)
    assert _blamed(text) == []


def test_a_country_held_responsible_for_the_attack_is_still_blamed() -> None:
    text = ("A drone struck US forces at Rumalyn Landing Zone in northeastern Syria on Monday, a US official "
            "said. No one was hurt.\n\nWashington holds Iran responsible for the attack, the official added.")
    assert _blamed(text) == ["Iran"]


_RUMALYN = ("A drone struck US forces at Rumalyn Landing Zone in northeastern Syria on Monday, a US official "
            "said. Two soldiers were wounded.\n\n")


@pytest.mark.parametrize("blame", [
    "Washington blames Kataib Hezbollah for these attacks, including the attack that wounded two soldiers in "
    "Syria.",
    "The Pentagon holds Kataib Hezbollah responsible for the recent attacks on US forces, including the one "
    "at Rumalyn Landing Zone on Monday.",
])
def test_the_campaigns_blame_singling_out_this_act_is_its_attribution(blame: str) -> None:
    """A blame of the attacks in general that singles this one out ("including the attack that wounded
    two soldiers in Syria") is this act's attribution, as a claim singling it out is its claim."""
    assert _blamed(_RUMALYN + blame) == ["Kataib Hezbollah"]


@pytest.mark.parametrize("blame", [
    "Washington blames Kataib Hezbollah for these attacks, including the attack that wounded two soldiers in "
    "Jordan.",
    "The Pentagon holds Kataib Hezbollah responsible for the recent attacks on US forces, including the one "
    "at Al-Tanf on Monday.",
    "Washington blames Kataib Hezbollah for these attacks, including the one on Friday.",
    "Washington blames Kataib Hezbollah for these attacks.",
])
def test_the_campaigns_blame_singling_out_another_act_is_not_this_ones(blame: str) -> None:
    assert _blamed(_RUMALYN + blame) == []


def test_a_claim_told_back_in_the_next_sentence_of_another_day_is_not_this_acts() -> None:
    """Tuesday's act, then "On Monday, ..., an attack also claimed by the same group": the claim is
    Monday's act's, not Tuesday's (the sentence beside it opens with its own day)."""
    text = ("Militants fired three rockets at Harir air base in northern Iraq on Tuesday, a US official "
            "said. "
            "Kataib Hezbollah has praised the attack.\n\nOn Monday, two drones were launched at Al-Asad "
            "Airbase in western Iraq, an attack also claimed by the same group.")
    assert _claimed(text, dt.date(2024, 2, 6)) == []
    assert _claimed(text, dt.date(2024, 2, 5)) == ["Kataib Hezbollah"]


def _statements(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    found = extract_article(make_article(text, WED))
    return [(s.kind, s.who, s.attributed_to) for s in found.statements]


@pytest.mark.parametrize(("blame", "expected"), [
    ("The Pentagon blamed Kataib Hezbollah for the attack.", ("Pentagon", ("Kataib Hezbollah",))),
    ("US officials said Harakat al-Nujaba and Kataib Hezbollah were behind the attack.",
     ("US officials", ("Harakat al-Nujaba", "Kataib Hezbollah"))),
])
def test_an_attribution_statement_says_whom_it_holds_responsible(
        blame: str, expected: tuple[str, tuple[str, ...]]) -> None:
    """A US attribution carries typed fields: who attributes (``who``) and to whom (``attributed_to``),
    never prose another stage would parse back."""
    text = ("A drone struck US forces at Rumalyn Landing Zone in northeastern Syria on Monday, a US official "
            "said. No one was hurt.\n\n" + blame)
    attributions = [(who, to) for kind, who, to in _statements(text) if kind == "attribution"]
    assert attributions == [expected]


def test_a_sponsor_held_responsible_for_arming_the_groups_is_no_attribution_statement() -> None:
    text = ("A drone struck US forces at Rumalyn Landing Zone in northeastern Syria on Monday, a US official "
            "said. No one was hurt.\n\nWashington holds Iran broadly responsible for arming and training "
            "these militias.")
    assert [kind for kind, _, _ in _statements(text)] == []


def _three_outlets(tmp_path: Path, third: str) -> Any:
    from briefing.assemble import assemble
    from briefing.build import extract
    from briefing.model import Period

    said = {"a": "A drone struck US forces at Rumalyn Landing Zone in northeastern Syria on Monday, a US "
                 "official said. No one was hurt.\n\nThe Pentagon blamed Kataib Hezbollah for the attack. "
                 "Kataib Hezbollah said it had targeted the base.",
            "b": "American troops at Rumalyn Landing Zone in Syria came under drone attack on Monday, the "
                 "Pentagon said, adding that the base suffered minor damage.\n\nUS officials blamed Kataib "
                 "Hezbollah for the drone attack. In a statement, Kataib Hezbollah said it had targeted the "
                 "base with a drone.",
            "c": "A one-way drone struck Rumalyn Landing Zone, a US base in northeastern Syria, "
                 "on Monday, defense officials said. There were no injuries.\n\n" + third}
    for name, words in said.items():
        head = f"---\npublished: 2024-02-06\noutlet: Outlet {name.upper()}\n---\n"
        (tmp_path / f"{name}.txt").write_text(head + words + "\n", encoding="utf-8")
    return assemble(extract([tmp_path]), Period(dt.date(2024, 2, 5), dt.date(2024, 2, 11), "w"), "T")


def test_one_attribution_told_by_several_outlets_is_one_item_with_its_sources(tmp_path: Path) -> None:
    """The US blaming one group for one attack, told by two outlets in their own words, is one item
    of "Claims and statements" with both reports and both voices, not one item per outlet; so is the
    group's claim of it. Another group blamed for it by a third outlet is an item of its own."""
    briefing = _three_outlets(tmp_path, "Washington blamed Harakat al-Nujaba for the attack.")
    blamed = [(s.attributed_to, {e.article for e in s.sources}, s.voices)
              for s in briefing.statements if s.kind == "attribution"]
    assert sorted(blamed) == [(("Harakat al-Nujaba",), {"c"}, ()),
                              (("Kataib Hezbollah",), {"a", "b"}, ("Pentagon", "US officials"))]
    claims = [{e.article for e in s.sources} for s in briefing.statements if s.kind == "claim"]
    assert claims == [{"a", "b"}]


_TWO = ("Rockets struck Al-Asad Airbase in western Iraq on Monday, a US official said. A drone targeted US "
        "forces at Rumalyn Landing Zone in Syria on Tuesday, another official said.\n\n")


def _parties(text: str) -> dict[str, tuple[list[str], list[str]]]:
    found = extract_article(make_article(text, WED))
    return {e.places[0]: ([n.name for n in e.details.claimed_by], [n.name for n in e.details.attributed_to])
            for e in found.events if e.type == "attack_on_us_forces"}


@pytest.mark.parametrize("claim", [
    "The Islamic Resistance in Iraq claimed both attacks.",
    "The Islamic Resistance in Iraq claimed responsibility for the two attacks in statements on Telegram.",
    "The Islamic Resistance in Iraq claimed responsibility for the attacks on Al-Asad and Rumalyn.",
])
def test_a_claim_of_several_attacks_at_once_is_each_ones_claim(claim: str) -> None:
    """A claim of the acts just told, by their count or by the list of their bases, is each one's."""
    group = ["Islamic Resistance in Iraq"]
    assert _parties(_TWO + claim) == {"Al-Asad Airbase": (group, []), "Rumalyn Landing Zone": (group, [])}


@pytest.mark.parametrize("claim", [
    "The Islamic Resistance in Iraq claimed the attack on Al-Asad.",
    "The Islamic Resistance in Iraq has claimed more than 150 attacks, including on Al-Asad and Rumalyn.",
])
def test_a_claim_of_one_of_two_attacks_or_of_the_campaign_is_not_each_ones(claim: str) -> None:
    found = _parties(_TWO + claim)
    assert found["Rumalyn Landing Zone"] == ([], [])


def test_a_blame_of_both_attacks_is_each_ones_attribution() -> None:
    found = _parties(_TWO + "The Pentagon blamed Kataib Hezbollah for both attacks.")
    assert found == {"Al-Asad Airbase": ([], ["Kataib Hezbollah"]),
                     "Rumalyn Landing Zone": ([], ["Kataib Hezbollah"])}


def test_a_group_blamed_while_another_claims_is_kept_apart() -> None:
    """"The Pentagon blamed X, while Y claimed the attack": Y claimed it, X is blamed; the claim
    statement is Y's (X was read as the claimant: the new clause was taken for X's apposition)."""
    text = ("A drone struck US forces at Rumalyn Landing Zone in northeastern Syria on Monday, a US official "
            "said. The Pentagon blamed Kataib Hezbollah, while the Islamic Resistance in Iraq claimed the "
            "attack.")
    assert _parties(text) == {"Rumalyn Landing Zone": (["Islamic Resistance in Iraq"], ["Kataib Hezbollah"])}
    claims = [(s.who) for s in extract_article(make_article(text, WED)).statements if s.kind == "claim"]
    assert claims == ["Islamic Resistance in Iraq"]


def test_a_group_the_us_blames_for_the_campaign_is_not_blamed_for_this_act() -> None:
    text = ("A drone struck US forces at Rumalyn Landing Zone in northeastern Syria on Monday. The Islamic "
            "Resistance in Iraq, which US officials blame for most such attacks, claimed it.")
    assert _parties(text) == {"Rumalyn Landing Zone": (["Islamic Resistance in Iraq"], [])}


def test_a_claim_naming_a_base_beside_an_attack_placed_only_in_its_country_is_its_claim() -> None:
    """The attack told as "a base in northeastern Syria", the claim naming the base there: the claim
    names no other place of the event (it has none), so it stays the event's."""
    text = ("A drone hit a base hosting US troops in northeastern Syria on Monday, a US official said.\n\n"
            "In a statement, the Islamic Resistance in Iraq said that its fighters attacked Rumalyn Landing "
            "Zone with two drones.")
    found = extract_article(make_article(text, WED))
    attack, = [e for e in found.events if e.type == "attack_on_us_forces"]
    assert [n.name for n in attack.details.claimed_by] == ["Islamic Resistance in Iraq"]


def test_a_claim_naming_no_place_beside_one_dated_attack_and_an_undated_one_is_the_dated_ones() -> None:
    """The sentences naming no place are the one dated attack's when the article's other attacks are
    undated mentions (a sentence naming a place of another act stays another's)."""
    text = ("A drone attack killed a soldier at Rumalyn Landing Zone in northeastern Syria on Monday, a US "
            "official said.\n\nIn a separate attack at an unknown date, rockets hit Al-Asad Airbase in "
            "western Iraq.\n\n"
            "A US official said the Islamic Resistance in Iraq, an umbrella that includes Kataib Hezbollah, "
            "claimed responsibility.")
    found = extract_article(make_article(text, WED))
    attack, = [e for e in found.events if e.type == "attack_on_us_forces"]
    assert found.undated and [n.name for n in attack.details.claimed_by] == ["Islamic Resistance in Iraq"]


@pytest.mark.parametrize(("claim", "expected"), [
    ("The Islamic Resistance in Iraq said it had targeted the US base at Erbil International Airport.",
     ["Islamic Resistance in Iraq"]),
    ("The Islamic Resistance in Iraq said it had targeted US forces at Al-Asad Airbase.", []),
])
def test_a_claim_naming_the_base_of_the_attacks_town_is_its_claim(claim: str, expected: list[str]) -> None:
    """An attack placed at a town, the claim naming the installation named after that town: the same
    act; an installation elsewhere in the country is another's."""
    text = ("A drone attack targeted US forces in Erbil in northern Iraq on Monday, a US official said. No "
            "one was hurt.\n\n" + claim)
    found = extract_article(make_article(text, WED))
    attack, = [e for e in found.events if e.type == "attack_on_us_forces"]
    assert [n.name for n in attack.details.claimed_by] == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("The Islamic Resistance in Iraq said on Tuesday that it had targeted the base, its first attack since "
     "Israel struck a port in Lebanon on January 2.", ["Islamic Resistance in Iraq"]),
    ("The Islamic Resistance in Iraq said it had targeted the base on January 2, when Israel struck a port "
     "in Lebanon.", []),
])
def test_what_a_claims_span_starts_from_is_no_other_day_or_war_of_the_claim(
        claim: str, expected: list[str]) -> None:
    """"its first attack since Israel struck a port on January 2": the day and the war named there
    bound a span; they are not the claimed act's (the claim was read as another day's, another war's)."""
    text = ("A drone struck US forces at Rumalyn Landing Zone in northeastern Syria on Monday, a US official "
            "said. No one was hurt.\n\n" + claim)
    assert _claimed(text, dt.date(2024, 2, 5)) == expected


def test_a_claim_supposed_is_no_claim() -> None:
    text = ("A drone struck US forces at Rumalyn Landing Zone in northeastern Syria on Monday, a US official "
            "said. No one was hurt.\n\nIf the Islamic Resistance in Iraq claims responsibility, it would be "
            "its first attack in two weeks.")
    assert _claimed(text, dt.date(2024, 2, 5)) == []


def test_the_statements_section_writes_whom_an_attribution_holds_responsible(tmp_path: Path) -> None:
    from briefing import render

    html = render.to_html(_three_outlets(tmp_path, "Washington blamed Harakat al-Nujaba for the attack."), [])
    section = html[html.index('id="statements"'):html.index('id="charts"')]
    assert ("<strong>Pentagon</strong> (also US officials), attributed to <strong>Kataib Hezbollah</strong>"
            in section)
    assert "attributed to <strong>Harakat al-Nujaba</strong>" in section
