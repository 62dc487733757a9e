"""The second story's forms read in the fourteenth session (issue 22, red-sea batch k), each in
sentences of our own in the forms Red Sea reports take (never an article's words)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.extract.events import extract_events
from briefing.topic import choose_topic
from tests.conftest import make_article

FIRST_ROUND = dt.date(2024, 1, 12)  # the first joint US/UK strikes, local day
SECOND_ROUND = dt.date(2024, 1, 22)  # the second joint round


def _strikes(text: str) -> set[tuple[str, dt.date | None]]:
    article = make_article(text)  # an undated page: only the rounds' known days can date them
    assert article.published is None
    return {(e.type, e.date) for e in extract_events(article, choose_topic("red-sea"))
            if e.type.endswith("strike")}


@pytest.mark.parametrize(("text", "day"), [
    # the joint rounds told by their order, on a page with no date of its own
    ("Washington and London carry out second joint strikes on Houthi sites in Yemen.", SECOND_ROUND),
    ("For a second time, U.S. and British forces conducted joint airstrikes on Houthi radars in Yemen.",
     SECOND_ROUND),
    ("The two allies jointly conducted a second wave of airstrikes on Houthi depots in Yemen.", SECOND_ROUND),
    ("The first wave of strikes, in which the US and UK hit dozens of Houthi sites in Yemen, was larger.",
     FIRST_ROUND),
    ("The first major airstrikes by American and British jets on Houthi depots in Yemen were larger.",
     FIRST_ROUND),
])
def test_a_joint_round_told_by_its_order_is_its_known_day(text: str, day: dt.date) -> None:
    assert (("us_uk_strike", day) in _strikes(text))


@pytest.mark.parametrize("text", [
    # neighbours: a second round of the US alone, or a second wave told of no one, names no known round
    "U.S. jets carried out a second wave of strikes on Houthi radars in Yemen.",
    "A second wave of airstrikes hit Houthi depots in Yemen, residents said.",
])
def test_a_second_wave_not_told_as_joint_is_no_known_round(text: str) -> None:
    assert all(day is None for _, day in _strikes(text))


def _all(text: str, published: dt.date | None = None) -> set[tuple[str, str | None, dt.date | None]]:
    article = make_article(text, published) if published else make_article(text)
    return {(e.type, e.country, e.date) for e in extract_events(article, choose_topic("red-sea"))}


def test_a_ship_that_sustained_a_strike_is_the_target_of_an_attack() -> None:
    # "<the ship> sustained a missile strike": the one hit bears the act, as in "came under attack";
    # a ship of the record gives it its known day on a page with no date
    text = ("Rebels fired missiles at merchant ships off Yemen. About half an hour later, the bulk carrier "
            "Unity Explorer sustained a missile strike.")
    assert ("attack_on_shipping", "Red Sea", dt.date(2023, 12, 3)) in _all(text)


@pytest.mark.parametrize("ship", ["A bulk carrier", "The tanker", "The tanker Sea Star"])
def test_a_ship_not_of_the_record_that_sustained_a_strike_is_still_attacked(ship: str) -> None:
    # the munition told in "sustained a missile strike" is the attackers' means, as "a missile strike
    # on the tanker" read before the rule: the ship is no bystander, whether or not the record knows it
    text = f"{ship} sustained a missile strike in the Gulf of Aden on Monday, a maritime agency said."
    assert _all(text, dt.date(2024, 3, 12)) == {("attack_on_shipping", "Gulf of Aden", dt.date(2024, 3, 11))}


def test_a_side_that_came_under_attack_is_unchanged_by_its_munition() -> None:
    # a village named as no side of the story, under a munition's attack: still no act of the story
    text = "Farming villages came under drone attack near Hodeidah on Monday, residents said."
    assert _all(text, dt.date(2024, 3, 12)) == set()


def test_sustained_as_an_adjective_names_no_target() -> None:
    # "launched sustained strikes": the strikers' act, not one they bore
    text = "U.S. jets launched sustained strikes on Houthi radar sites in Yemen on Monday."
    assert _all(text, dt.date(2024, 3, 12)) == {("us_strike", "Yemen", dt.date(2024, 3, 11))}


def _figures(text: str) -> list[tuple[str, int, str]]:
    found = extract_article(make_article(text, dt.date(2024, 3, 10)), choose_topic("red-sea"))
    return sorted((t.metric, t.value, t.qualifier) for t in found.tallies)


def test_strikes_on_shipping_counted_are_the_campaigns_attacks() -> None:
    # the attackers' "strikes on shipping", counted since the campaign began: its attacks so far
    text = "The rebels have launched more than 40 strikes on shipping since November, a US agency said."
    assert _figures(text) == [("attacks", 40, "more than")]


def test_strikes_on_the_attackers_counted_are_no_attacks() -> None:
    # the other side's strikes, on the attackers' sites: no count of the campaign's attacks
    text = ("U.S. jets have carried out more than 40 strikes on Houthi targets since the rebels' attacks "
            "began.")
    assert _figures(text) == []
