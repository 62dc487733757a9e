"""Rows no source reports (the twenty-third session, branch precision23, issue 23): a campaign's
count told with an act verb ("have attacked US forces ... at least 16 times since ..."), which,
undated, joined another report's attack of the page's week. Sentences are our own, never an
article's; each test named for a rule fails on the code before it (its pair says what still holds)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.model import Event
from tests.conftest import make_article

FRIDAY = dt.date(2023, 10, 27)
THURSDAY = dt.date(2023, 10, 26)


def _events(text: str, published: dt.date = FRIDAY) -> list[Event]:
    """The article's events, dated or not (an undated one may join another report's row)."""
    found = extract_article(make_article(text, published))
    return [*found.events, *found.undated]


# ---- an act verb counted in times after its object (rule object_times_counted) -------------------

@pytest.mark.parametrize("count", [
    "Militia groups have attacked U.S. forces in Iraq and Syria at least 16 times since Oct. 17, the"
    " Pentagon said.",
    "According to officials, armed groups have targeted U.S. troops in Iraq and Syria with a mix of"
    " drones and rockets at least 16 times since Oct. 17.",
    "Militias have struck the Harir air base in Iraq 20 times this year.",
])
def test_an_act_verb_counted_in_times_is_a_count_not_an_act(count: str) -> None:
    assert _events(count) == []


@pytest.mark.parametrize("act", [
    "Militia groups attacked U.S. forces in Iraq twice on Thursday, the Pentagon said.",
    "Militia groups attacked U.S. forces at the Harir air base in Iraq on Thursday, the 16th attack"
    " since Oct. 17.",
])
def test_an_act_told_with_its_day_beside_a_few_times_or_an_ordinal_stays(act: str) -> None:
    found = _events(act)  # "twice": two acts of that day
    assert found and {(e.type, e.date) for e in found} == {("attack_on_us_forces", THURSDAY)}


# ---- a launch participle right after a munition, with no aim (roles: _munitions_participle) -------

def _red_sea(text: str) -> list[tuple[str, dt.date | None]]:
    from briefing.topic import choose_topic

    found = extract_article(make_article(text, dt.date(2024, 4, 22)), choose_topic("red-sea"))
    return sorted((e.type, e.date) for e in [*found.events, *found.undated])


SATURDAY = dt.date(2024, 4, 20)


def test_munitions_launched_from_a_coast_and_downed_are_an_intercept_not_an_attack_on_the_navy() -> None:
    text = ("Early on Saturday the destroyer USS Kestrel, operating in the Red Sea, engaged 11 unmanned"
            " aerial systems launched as a drone swarm from rebel-held areas of Yemen, the command said.")
    assert _red_sea(text) == [("intercept", SATURDAY)]


@pytest.mark.parametrize(("text", "kind"), [
    ("On Saturday, a U.S. destroyer in the Red Sea shot down 11 drones launched by the Houthis as a"
     " drone swarm toward the tanker Alder.", "attack_on_shipping"),
    ("On Saturday, the Houthis launched 11 drones at the destroyer USS Kestrel in the Red Sea.",
     "attack_on_us_navy"),
])
def test_munitions_launched_with_an_aim_stay_an_attack(text: str, kind: str) -> None:
    assert (kind, SATURDAY) in _red_sea(text)


# ---- an act named as the object of a reaction takes no statement's day (rule reacted_to) --------

CONDEMNED = ("The foreign ministry of Norland issued a statement on Wednesday that condemned a missile"
             " attack on a Norland-owned ship by Yemen's Houthi rebels. \"We condemn the missile attacks"
             " by the Houthis on the cargo ship Alder Star, sailing off the coast of Yemen,\" the ministry"
             " said.")


def _red_sea_on(text: str, published: dt.date) -> list[tuple[str, dt.date | None]]:
    from briefing.topic import choose_topic

    found = extract_article(make_article(text, published), choose_topic("red-sea"))
    return sorted((e.type, e.date) for e in [*found.events, *found.undated])


def test_an_attack_condemned_in_a_quotation_takes_no_day_of_the_statement() -> None:
    found = _red_sea_on(CONDEMNED, dt.date(2024, 11, 21))
    assert found and all(day is None for _, day in found)


def test_an_attack_told_with_its_own_day_beside_the_condemnation_keeps_it() -> None:
    text = CONDEMNED + " Missiles struck the Alder Star in the Red Sea on Tuesday, the navy said."
    assert ("attack_on_shipping", dt.date(2024, 11, 19)) in _red_sea_on(text, dt.date(2024, 11, 21))


# ---- a passive act whose subject is a count of tens of targets (rule counted_subject) ------------

@pytest.mark.parametrize("count", [
    "74 Norland, Sudland and Westland Vessels Attacked by Missiles From Yemen\n\nShipping firms rerouted"
    " their fleets on Thursday.",
    "Over 60 merchant ships have been attacked by Houthi missiles and drones since November.",
])
def test_a_count_of_targets_told_in_the_passive_is_a_count_not_an_act(count: str) -> None:
    assert [kind for kind, _ in _red_sea_on(count, dt.date(2024, 4, 25))
            if kind == "attack_on_shipping"] == []


@pytest.mark.parametrize("act", [
    "Two vessels were attacked by Houthi drones in the Red Sea on Wednesday.",
    "In 2024 ships were attacked by Houthi drones in the Red Sea on Wednesday.",
])
def test_a_few_targets_or_a_year_before_them_stay_an_act(act: str) -> None:
    assert ("attack_on_shipping", dt.date(2024, 4, 24)) in _red_sea_on(act, dt.date(2024, 4, 25))


# ---- a perfect verb whose subject is a share of the acts told as a whole (rule recap_subject) ----

@pytest.mark.parametrize("recap", [
    "Most of the attacks have targeted the Harir air base in Iraq and the Omar field in Syria.",
    "The majority of the recent drone attacks have targeted U.S. forces at the Harir air base in Iraq.",
])
def test_a_share_of_the_attacks_in_the_perfect_is_the_campaign_summed_up(recap: str) -> None:
    assert _events(recap) == []


def test_a_share_of_a_days_attacks_in_the_past_stays_an_act() -> None:
    act = "Some of the attacks hit the Harir air base in Iraq on Thursday."
    found = _events(act)
    assert found and {(e.type, e.date) for e in found} == {("attack_on_us_forces", THURSDAY)}


# ---- a time of the act's own day is no cut between clauses (rule cut_time) -----------------------

TUESDAY = dt.date(2023, 11, 14)


@pytest.mark.parametrize("act", [
    "The monitor confirmed that a U.S. base in the Omar oil field in Syria was attacked after midnight"
    " on Tuesday, without giving details.",
    "A U.S. base in the Omar oil field in Syria was attacked before dawn on Tuesday.",
    "A U.S. base in the Omar oil field in Syria was attacked shortly after 1 a.m. on Tuesday.",
])
def test_an_act_told_after_midnight_or_before_dawn_keeps_the_day_told_after(act: str) -> None:
    found = _events(act, dt.date(2023, 11, 15))
    assert [(e.type, e.date) for e in found] == [("attack_on_us_forces", TUESDAY)]


def test_a_day_after_another_event_is_still_that_events() -> None:
    """'after 3 soldiers were killed on Tuesday' still cuts: the day is the killing's, not the strike's."""
    found = _events("U.S. jets struck depots in Syria after 3 soldiers were killed on Tuesday.",
                    dt.date(2023, 11, 15))
    assert all(e.date != TUESDAY for e in found if e.type == "us_strike")
