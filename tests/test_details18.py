"""Claims and attributions of the seventeenth session's round (issue 21, branch details18): each form
in sentences we wrote, in the forms the field set's w and red-sea n showed, each failing on the code
before its rule."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.model import Event
from tests.conftest import make_article

TUE = dt.date(2024, 1, 30)  # two days after the Sunday (28 January) of the attacks below


def _attack(text: str, published: dt.date = TUE) -> Event:
    found = extract_article(make_article(text, published)).events
    (attack,) = [e for e in found if e.type == "attack_on_us_forces"]
    return attack


def _sea(text: str, published: dt.date) -> list[Event]:
    from briefing.topic import choose_topic

    found = extract_article(make_article(text, published), choose_topic("red-sea")).events
    return [e for e in found if e.type == "attack_on_shipping"]


_TOLD = "A drone struck Tower 22, a US outpost in Jordan, on Sunday, killing three soldiers. "


# ---- an attribution whose act is told at length before "to" ----------------------------------------

def test_an_attribution_naming_the_act_at_length_holds_the_group_responsible() -> None:
    attack = _attack(_TOLD + "The Pentagon has attributed the deadly drone attack on the remote outpost in "
                     "northeastern Jordan to Kataib Hezbollah.")
    assert [n.name for n in attack.details.attributed_to] == ["Kataib Hezbollah"]


def test_attacks_attributed_to_unknown_groups_with_ties_to_a_sponsor_blame_no_sponsor() -> None:
    attack = _attack(_TOLD + "Such outposts are often hit by rocket and drone attacks attributed to "
                     "unnamed armed groups, probably with links to Iran.")
    assert [n.name for n in attack.details.attributed_to] == []


# ---- the blamed group's name quoted, in the speaker's words -----------------------------------------

@pytest.mark.parametrize("quote", ["“radical Iran-backed militant groups”", "\"Kataib Hezbollah\""])
def test_blame_laid_on_a_quoted_group_is_an_attribution(quote: str) -> None:
    attack = _attack(_TOLD + f"President Biden placed the blame on {quote} in a statement on Sunday.")
    assert len(attack.details.attributed_to) == 1


# ---- a claim in the present tense ("the rebels claim that they ...") ---------------------------------

SUN_NOV = dt.date(2023, 11, 21)


@pytest.mark.parametrize("claim", [
    "The Houthis claim that they targeted the ship because of its ties to Israel.",
    "The Houthis claim that they struck the carrier due to its links to Israel.",
    "The Houthis claim they attacked the vessel.",
])
def test_a_claim_in_the_present_tense_is_the_groups_claim(claim: str) -> None:
    told = "Houthi fighters seized the car carrier Grey Gull in the Red Sea on Sunday. "
    (attack,) = _sea(told + claim, SUN_NOV)
    assert [n.name for n in attack.details.claimed_by] == ["Houthis"]


def test_a_habitual_claim_in_the_present_is_the_campaigns() -> None:
    attack = _attack(_TOLD + "The Islamic Resistance in Iraq regularly claims that it has attacked bases "
                     "housing US troops.")
    assert [n.name for n in attack.details.claimed_by] == []


# ---- a claim of a day's several acts, by the day ------------------------------------------------------

JUL = dt.date(2024, 7, 17)


def test_a_claim_of_a_series_of_attacks_on_the_events_day_is_its_claim() -> None:
    attacks = _sea("A tanker was struck in the Red Sea on July 15, the US military said. Houthi rebels "
                   "claimed responsibility for a string of attacks on merchant ships on July 15, including "
                   "a drone boat strike on a tanker.", JUL)
    assert attacks and all([n.name for n in a.details.claimed_by] == ["Houthis"] for a in attacks)


@pytest.mark.parametrize("campaign", [
    "Houthi rebels have claimed dozens of attacks on merchant ships since July 15.",
    "Houthi rebels claimed responsibility for a string of attacks on merchant ships on July 12.",
])
def test_a_claim_of_attacks_from_or_on_another_day_is_not_its_claim(campaign: str) -> None:
    attacks = _sea("A tanker was struck in the Red Sea on July 15, the US military said. " + campaign, JUL)
    assert attacks and all(a.details.claimed_by == () or list(a.details.claimed_by) == [] for a in attacks)


# ---- the group's own voice telling the act is its claim ---------------------------------------------

WED_FEB = dt.date(2024, 2, 8)
_SHIP = "A missile hit the cargo ship Grey Gull in the Gulf of Aden on Wednesday, the US military said. "


@pytest.mark.parametrize("voice", [
    "In a statement, Houthi spokesman Yahya Saree said “the first attack targeted the cargo ship Grey Gull, "
    "while the second targeted a tanker.”",
    "Yahya Saree, the group’s military spokesman, said in a video address late on Wednesday that the "
    "Houthis hit the cargo ship Grey Gull.",
    "A news agency quoted Yahya Saree as saying in a statement on Wednesday that the rebel forces had "
    "targeted the ship.",
    "The Grey Gull had been targeted in the Gulf of Aden with an uncrewed surface boat, Houthi spokesman "
    "Yahya Saree said on Wednesday.",
    "Yahya Sarea, a military spokesman of the Houthis, confirmed targeting the ship with naval missiles.",
])
def test_the_groups_own_spokesman_telling_the_act_is_its_claim(voice: str) -> None:
    (attack,) = _sea(_SHIP + voice, WED_FEB)
    assert [n.name for n in attack.details.claimed_by] == ["Houthis"]


@pytest.mark.parametrize("not_a_claim", [
    "Yahya Saree said American and British aircraft struck the ship.",
    "Yahya Saree said the Houthis had targeted more than 100 ships since November.",
    "Yahya Saree said the group would target more ships.",
    # an act to come, in the passive: a threat, no claim
    "Yahya Saree said Israel-linked ships would be targeted.",
    "Yahya Saree said tankers of the coalition will be targeted too.",
])
def test_the_spokesman_on_the_other_sides_acts_or_the_campaign_makes_no_claim(not_a_claim: str) -> None:
    (attack,) = _sea(_SHIP + not_a_claim, WED_FEB)
    assert list(attack.details.claimed_by) == []


# ---- a group claiming with its allies, an apposition between them and the verb ----------------------

@pytest.mark.parametrize("allies", ["and affiliated groups", "and its allied militias"])
def test_a_group_and_its_allies_claiming_is_the_named_group_not_the_generic(allies: str) -> None:
    attack = _attack("Three US soldiers were hurt when a drone struck Erbil Air Base in Iraq on Monday. The "
                     f"Iran-backed militia Kataib Hezbollah {allies}, under an umbrella of Iranian-backed "
                     "militants, claimed credit for the attack.", dt.date(2023, 12, 27))
    assert [n.name for n in attack.details.claimed_by] == ["Kataib Hezbollah"]


# ---- a claim denied with an adverb ("did not immediately claim") is no claim -------------------------

@pytest.mark.parametrize(("text", "published"), [
    ("A missile exploded near the tanker Grey Gull in the Gulf of Aden on Friday, the US military said. The "
     "Houthis did not immediately claim responsibility for the attack; it usually takes them hours to "
     "acknowledge their assaults.", dt.date(2024, 3, 9)),
    ("A missile struck the tanker Grey Gull in the Red Sea early Saturday, the US military said. While the "
     "Houthis have not officially claimed responsibility for the assault, they have struck ships before.",
     dt.date(2024, 5, 19)),
])
def test_a_claim_not_yet_made_is_no_claim(text: str, published: dt.date) -> None:
    (attack,) = _sea(text, published)
    assert list(attack.details.claimed_by) == []


@pytest.mark.parametrize(("told", "claimed"), [
    # the campaign's acts counted over a span: never certainly the day's one
    ("The Houthis claim to have attacked more than 30 ships since November.", []),
    ("The Houthis said they had hit 40 vessels so far.", []),
    # the day's act claimed, a span told of it: the claim stands
    ("The Houthis claimed the attack, their first on a cargo ship since November.", ["Houthis"]),
])
def test_a_claim_counted_over_the_campaigns_span_is_not_the_days(told: str, claimed: list[str]) -> None:
    (attack,) = _sea(_SHIP + told, WED_FEB)
    assert [n.name for n in attack.details.claimed_by] == claimed
