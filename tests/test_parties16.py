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
