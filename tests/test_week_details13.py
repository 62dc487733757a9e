"""A week of our own written for the rows' details (issue 21), checked as the owners check one: each
attack carries its site, weapon and claimant where the text gives them; Tower 22 carries its dead
and wounded, each figure with its sources; a claim that is only a claim shows as a claim; the US
attribution is kept apart from the group's claim. Clippings in tests/fixtures/week_details13, in our
own words, in the forms counted in the field set (docs/benchmarks.md, thirteenth session): an attack on
a named base with its weapon and claimant, the base written once in the lede and the weapon after it,
a claim that is only a claim, a US attribution beside the claim, competing casualty figures from
three outlets on three days, a strike told as a list of facilities, a government's toll of a strike.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest

from tests.weeks import build_with_html

WEEK = Path(__file__).parent / "fixtures" / "week_details13"


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return build_with_html(WEEK, tmp_path_factory.mktemp("week_details13"))


def _event(week: dict[str, Any], day: str, kind: str, country: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [e for e in week["events"]
                                   if (e["date"], e["type"], e["country"]) == (day, kind, country)]
    assert len(found) == 1, [(e["date"], e["type"], e["country"]) for e in week["events"]]
    return found[0]


def _names(named: list[dict[str, Any]]) -> set[str]:
    return {n["name"] for n in named}


def _text(week: dict[str, Any]) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", week["html"])).split())


# (day, country, site, weapon, claimed by, attributed to), as the clippings tell them
ATTACKS = [
    ("2024-01-28", "Jordan", "Tower 22", "drone", set(), {"Iran-backed groups", "Kataib Hezbollah"}),
    ("2024-01-30", "Iraq", "Al-Asad Airbase", "rocket", {"Islamic Resistance in Iraq"}, set()),
    ("2024-01-31", "Iraq", "Erbil air base", "drone", {"Islamic Resistance in Iraq"}, {"Kataib Hezbollah"}),
    ("2024-02-01", "Syria", "Rumalyn Landing Zone", "rocket", {"Islamic Resistance in Iraq"}, set()),
    ("2024-02-02", "Syria", "Conoco gas field", "drone", {"Islamic Resistance in Iraq"},
     {"Harakat al-Nujaba"}),
]


@pytest.mark.parametrize(("day", "country", "site", "weapon", "claimed", "blamed"), ATTACKS)
def test_each_attack_carries_its_site_weapon_and_claimant(week: dict[str, Any], day: str, country: str,
                                                         site: str, weapon: str, claimed: set[str],
                                                         blamed: set[str]) -> None:
    details = _event(week, day, "attack_on_us_forces", country)["details"]
    assert details["site"]["name"] == site
    assert _names(details["weapons"]) == {weapon}
    assert _names(details["claimed_by"]) == claimed
    assert _names(details["attributed_to"]) == blamed


def test_every_attack_of_the_week_is_one_the_clippings_tell(week: dict[str, Any]) -> None:
    told = {(day, country) for day, country, *_ in ATTACKS} | {("2024-02-03", "Syria")}
    assert {(e["date"], e["country"]) for e in week["events"] if e["type"] == "attack_on_us_forces"} == told


def test_tower_22_carries_its_dead_and_wounded_with_their_sources(week: dict[str, Any]) -> None:
    details = _event(week, "2024-01-28", "attack_on_us_forces", "Jordan")["details"]
    figures = {(c["kind"], c["value"], c["qualifier"], c["as_of"], c["source"]["article"])
               for c in details["casualties"] if c["side"] == "us"}
    assert {("injured", 25, "exact", "2024-01-28", "01_wire_outpost"),
            ("injured", 34, "exact", "2024-01-29", "02_evening_paper"),
            ("injured", 40, "more than", "2024-01-30", "03_briefing_room")} <= figures
    assert {article for kind, value, *_, article in figures if (kind, value) == ("killed", 3)} >= {
        "01_wire_outpost", "02_evening_paper", "03_briefing_room"}
    assert all(c["source"]["quote"] for c in details["casualties"])
    # the row: the dead with their sources, the injured rising from one outlet's figure to the next
    row = "Tower 22, Jordan: 3 US killed [1][2][4], 40+ US injured (25 [1] → 34 [2] → 40+ [4])"
    assert row in _text(week)


def test_a_claim_that_is_only_a_claim_shows_as_a_claim_and_no_attack(week: dict[str, Any]) -> None:
    records = [*week["events"], *week["undated_events"]]
    assert not [r for r in records if any(s["article"] == "04_claim_only" for s in r["sources"])]
    said = [s for s in week["statements"] if any(x["article"] == "04_claim_only" for x in s["sources"])]
    claim, = [s for s in said if s["kind"] == "claim"]
    denial, = [s for s in said if s["kind"] == "denial"]
    assert claim["who"] == "Islamic Resistance in Iraq"
    assert denial["answers"] == claim["id"]


@pytest.mark.parametrize("day", ["2024-01-31", "2024-02-02"])
def test_the_us_attribution_is_kept_apart_from_the_claim(week: dict[str, Any], day: str) -> None:
    details = next(e["details"] for e in week["events"]
                   if e["date"] == day and e["type"] == "attack_on_us_forces")
    claimed, = details["claimed_by"]
    blamed, = details["attributed_to"]
    assert claimed["name"] != blamed["name"]
    assert "claimed" in claimed["source"]["quote"]
    assert re.search(r"Pentagon|US officials", blamed["source"]["quote"])
    assert "claimed" not in blamed["source"]["quote"]


def test_the_strikes_facilities_and_means_are_the_lists_words(week: dict[str, Any]) -> None:
    for country in ("Iraq", "Syria"):
        details = _event(week, "2024-02-02", "us_strike", country)["details"]
        assert [f["written"] for f in details["facilities"]] == [
            "command and control operations centers and weapons storage facilities"]
        assert _names(details["weapons"]) == {"B-1", "precision-guided munitions"}


def test_a_toll_of_the_attack_beside_a_blame_in_the_officials_words(week: dict[str, Any]) -> None:
    details = _event(week, "2024-02-03", "attack_on_us_forces", "Syria")["details"]
    assert (details["site"]["name"], _names(details["weapons"])) == ("Al-Tanf", {"drone"})
    assert [(c["side"], c["kind"], c["value"]) for c in details["casualties"]] == [("us", "injured", 2)]


def test_officials_naming_who_fired_the_drone_is_an_attribution(week: dict[str, Any]) -> None:
    """After 'a US official said', bare 'Officials said the drone was fired by X from across the
    Iraqi border' is the US side's word (no other party's official speaks in the report)."""
    details = _event(week, "2024-02-03", "attack_on_us_forces", "Syria")["details"]
    assert _names(details["attributed_to"]) == {"Kataib Hezbollah"}


def test_a_headline_telling_the_attack_gives_no_strike(week: dict[str, Any]) -> None:
    """The headline 'US base in Syria attacked' tells the attack its lede dates, not a US strike:
    the clipping gives the attack of 1 Feb on Rumalyn and nothing else, no undated US strike in
    Syria beside it. Was a strict xfail until review21 (c1a7441) read a headline line's participle
    after US forces as the passive it is ("US base in Iraq hit"); the expectation was always the
    right one for a reader, so the marker went and the test now guards the fix."""
    assert not [e for e in week["undated_events"]
                if any(s["article"] == "07_lede_base" for s in e["sources"])]
    from_clipping = [(e["date"], e["type"], e["country"]) for e in week["events"]
                     if any(s["article"] == "07_lede_base" for s in e["sources"])]
    assert from_clipping == [("2024-02-01", "attack_on_us_forces", "Syria")]


# ---- what the code cannot yet do (strict: each turns green when fixed) -----------------------------

@pytest.mark.xfail(strict=True, reason="'said on Saturday that 16 ... were killed ... in US strikes on "
                   "Friday night': the strikes are dated by the statement's day (events and dating, changed "
                   "by others this round), so the government's toll sits on a row of 3 Feb apart from the "
                   "strikes of 2 Feb")
def test_a_governments_toll_of_the_nights_strikes_is_on_those_strikes(week: dict[str, Any]) -> None:
    details = _event(week, "2024-02-02", "us_strike", "Iraq")["details"]
    assert {(c["side"], c["kind"], c["value"]) for c in details["casualties"]} >= {
        ("unknown", "killed", 16), ("unknown", "injured", 25)}
