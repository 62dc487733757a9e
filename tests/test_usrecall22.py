"""First-story recall of the twenty-second session (issue 23): forms behind events the development
batches missed, each with neighbours that must not move. Every text is our own, written in the shape
of the clippings where the form was seen; the names are invented or generic."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from tests.conftest import make_article

SUN = dt.date(2024, 8, 11)  # a Sunday
SAT = dt.date(2024, 8, 10)


def kinds(text: str, published: dt.date | None = SUN) -> set[tuple[str, dt.date | None, str | None]]:
    return {(e.type, e.date, e.country) for e in extract_events(make_article(text, published))}


# ---- a syndicated copy's lede keeps its wire tag before the day that opens it ----------------------

OPENING = ("On Saturday, the Norland outpost in northeastern Syria, where US troops are based, "
           "was struck by a drone.")


@pytest.mark.parametrize("tag", ["(Newswire) ", "(Newswire- Norland Times) ", "NORLAND CITY (Wire) - "])
def test_a_day_opening_the_lede_after_a_wire_tag_dates_its_act(tag: str) -> None:
    assert kinds(tag + OPENING) == {("attack_on_us_forces", SAT, "Syria")}


@pytest.mark.parametrize("text", [
    # neighbours: a day that does not open the sentence is no opening day, tag or not
    "(Newswire) The Norland outpost in northeastern Syria, where US troops are based, was struck by a "
    "drone, a week after officials met on Saturday.",
    # a bracketed aside in lower case is no tag
    "(the outlet said) on Saturday, the Norland outpost in northeastern Syria, where US troops are based, "
    "was struck by a drone.",
])
def test_a_day_that_does_not_open_the_lede_after_a_tag_dates_nothing(text: str) -> None:
    assert ("attack_on_us_forces", SAT, "Syria") not in kinds(text)


# ---- "Additionally," opening the sentence right after a dated act (issue 23, form 2) ----------------

SUNDAY = dt.date(2023, 11, 12)
TUESDAY = dt.date(2023, 11, 14)
NIGHT = ("On Sunday evening, US troops at Mission Support Site Euphrates in Syria were targeted by a "
         "rocket attack. ")


@pytest.mark.parametrize("more", [
    "Additionally, drone attacks were launched on US troops at al-Tanf garrison.",
    "In addition, militia drones targeted US troops at al-Tanf garrison in Syria.",
])
def test_an_act_told_after_additionally_takes_the_day_just_told(more: str) -> None:
    events = extract_events(make_article(NIGHT + more, TUESDAY))
    assert sorted((e.date, e.places) for e in events) == [(SUNDAY, ("Al-Tanf",)),
                                                          (SUNDAY, ("Conoco gas field",))]


@pytest.mark.parametrize("more", [
    # neighbours: an act told with no opener, as before (a sentence of its own, no day of its own)
    "Militia drones targeted US troops at al-Tanf garrison.",
    # a time of its own, counted from something, may be another day
    "Additionally, drone attacks were launched on US troops at al-Tanf garrison last week.",
    "Additionally, a few hours earlier, militia drones targeted US troops at al-Tanf garrison.",
    # "In addition to" names what is added to; it tells no act of that day
    "In addition to the rockets, militia drones have targeted US troops at al-Tanf garrison for weeks.",
    # not the sentence right after the dated act
    "The officials gave no figures. Additionally, militia drones targeted US troops at al-Tanf garrison.",
])
def test_an_additional_act_with_a_time_of_its_own_or_further_away_takes_no_day(more: str) -> None:
    events = extract_events(make_article(NIGHT + more, TUESDAY))
    assert not any(e.date == SUNDAY and "Al-Tanf" in e.places for e in events)


# ---- "its forces": the US side's when the sentence names only that side before them ------------------

WED = dt.date(2023, 10, 18)  # a Wednesday


@pytest.mark.parametrize("text", [
    "The US military thwarted an attack targeting its forces in Iraq early on Wednesday, intercepting "
    "two drones, two US officials said.",
    "The Pentagon said an attack on its own troops in Iraq was foiled early on Wednesday.",
])
def test_an_attack_on_its_forces_after_the_us_side_is_an_attack_on_us_forces(text: str) -> None:
    assert kinds(text, WED) == {("attack_on_us_forces", WED, "Iraq")}


@pytest.mark.parametrize("text", [
    # neighbours: another party named first owns "its" forces, or no party is named at all
    "The militia said it thwarted an attack targeting its forces in Iraq early on Wednesday.",
    "Norland said on Wednesday it thwarted an attack targeting its forces in Iraq.",
    "An attack targeting its forces in Iraq was thwarted early on Wednesday.",
])
def test_its_forces_of_another_party_or_of_none_are_no_us_forces(text: str) -> None:
    assert ("attack_on_us_forces", WED, "Iraq") not in kinds(text, WED)


@pytest.mark.parametrize(("text", "kind"), [
    # neighbours: "its forces" deeper in what was hit are no target: the strike stays the US side's
    ("The US military confirmed a strike in eastern Syria on Wednesday targeting launchers that posed "
     "a danger to its forces.", "us_strike"),
    ("US hits back in Iraq on Wednesday as its soldiers get wounded", "us_strike"),
])
def test_its_forces_deeper_in_what_a_us_strike_hit_leave_it_a_strike(text: str, kind: str) -> None:
    assert {k for k, _, _ in kinds(text, WED)} <= {kind}


# ---- a named event told by its injuries as a noun ("injuries to three ..., one critical") --------------

@pytest.mark.parametrize("text", [
    "US jets struck militia sites in Iraq. The strikes answered a drone attack near Erbil, which caused "
    "injuries to three US service members, one of them in critical condition.",
    "A drone attack near Erbil led to wounds to three American troops, with one in critical condition.",
])
def test_the_named_attack_told_by_its_injuries_as_a_noun_takes_its_known_day(text: str) -> None:
    assert ("attack_on_us_forces", dt.date(2023, 12, 25), "Iraq") in kinds(text, None)


@pytest.mark.parametrize("text", [
    # neighbours: three injured and none critical, or another number, name no known attack
    "A drone attack near Erbil caused injuries to three US service members, all of them minor.",
    "A drone attack near Erbil caused injuries to four US service members, one in critical condition.",
])
def test_injuries_as_a_noun_without_the_named_attacks_figures_date_nothing(text: str) -> None:
    assert not any(day is not None for _, day, _ in kinds(text, None))
