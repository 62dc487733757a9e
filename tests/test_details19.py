"""Event details of the nineteenth session (issue 21, branch details19), in sentences we wrote: a
group's home told before its name is no other place of the act, and the dead of a group the text
names are that group's on the row, not only "militants". Each fails on the code before its rule."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract_article
from briefing.model import Casualty, Event, Evidence, Named
from briefing.rows import row_text
from tests.conftest import make_article


def _sea(text: str, published: dt.date) -> list[Event]:
    from briefing.topic import choose_topic

    found = extract_article(make_article(text, published), choose_topic("red-sea")).events
    return [e for e in found if e.type == "attack_on_shipping"]


# ---- a group's home told before its name ("Yemen's Houthis") ---------------------------------------

FRI = dt.date(2024, 3, 8)


def test_a_claim_by_a_group_named_with_its_country_first_is_the_attacks_claim() -> None:
    # two attacks in two seas: the claim names the sea of one; "Yemen's" is where the group is from,
    # not a second place of the act
    attacks = _sea("A missile struck the bulk carrier Blue Heron in the Gulf of Aden on Wednesday. "
                   "An unknown vessel reported an explosion nearby in the Red Sea on Thursday, the "
                   "navy said. Yemen's Houthis claimed responsibility for the attack on the ship in the "
                   "Gulf of Aden.", FRI)
    claims = {e.country: [n.name for n in e.details.claimed_by] for e in attacks}
    assert claims.get("Gulf of Aden") == ["Houthis"]
    assert claims.get("Red Sea", []) == []


def test_a_group_based_in_a_country_is_no_place_of_its_claim() -> None:
    from briefing.extract.details.sentences import _countries_outside_groups
    from briefing.extract.lexicon import lexicons
    from briefing.topic import choose_topic

    lex = lexicons(choose_topic("red-sea"))
    for home in ("Yemen's Houthis", "the Yemen-based Houthis", "Yemeni Houthis"):
        told = f"{home} said they hit the tanker"
        assert _countries_outside_groups(told, lex) == set(), told
    # a country that is not told as the group's own stays a place ("struck Yemen" is no home)
    assert _countries_outside_groups("the Houthis in Sanaa said the US struck Yemen", lex) == {"Yemen"}


# ---- whose dead: the group the text names them as members of ----------------------------------------

WED = dt.date(2024, 2, 8)


def _strike(text: str) -> Event:
    found = extract_article(make_article(text, WED)).events
    (strike,) = [e for e in found if e.type == "us_strike"]
    return strike


def test_the_dead_told_as_members_of_a_named_group_are_that_groups() -> None:
    strike = _strike("A US drone strike hit a car in Baghdad on Wednesday. Four members of the Popular "
                     "Mobilization Forces were killed in the strike, officials said.")
    (dead,) = [c for c in strike.details.casualties if c.kind == "killed"]
    assert (dead.side, dead.value) == ("militants", 4)
    assert dead.group is not None and dead.group.name == "Popular Mobilization Forces"
    assert dead.group.source.quote.startswith("Four members")
    assert "4 Popular Mobilization Forces members killed" in row_text(strike)


def test_the_dead_told_by_their_groups_name_before_the_noun_are_that_groups() -> None:
    strike = _strike("A US drone strike hit a car in Baghdad on Wednesday, killing three Kataib Hezbollah "
                     "fighters, officials said.")
    (dead,) = [c for c in strike.details.casualties if c.kind == "killed"]
    assert dead.group is not None and dead.group.name == "Kataib Hezbollah"


def test_militants_whose_group_is_not_named_stay_militants() -> None:
    strike = _strike("A US drone strike hit a car in Baghdad on Wednesday, killing three militants near "
                     "a base of Kataib Hezbollah, officials said.")
    (dead,) = [c for c in strike.details.casualties if c.kind == "killed"]
    assert dead.group is None
    assert "3 militants killed" in row_text(strike)


def _figure(value: int, group: str | None, article: str = "a1") -> Casualty:
    source = Evidence(article, 0, 4, "text")
    return Casualty("militants", "killed", value, "exact", WED, source,
                    Named(group, source) if group else None)


def test_a_row_names_one_member_of_a_group_in_the_singular_and_several_groups_beside_the_side() -> None:
    import dataclasses

    strike = _strike("A US drone strike hit a car in Baghdad on Wednesday.")
    one = dataclasses.replace(strike, details=dataclasses.replace(
        strike.details, casualties=(_figure(1, "Kataib Hezbollah"),)))
    assert "1 Kataib Hezbollah member killed" in row_text(one)
    two = dataclasses.replace(strike, details=dataclasses.replace(
        strike.details, casualties=(_figure(5, "Kataib Hezbollah"), _figure(5, "Harakat al-Nujaba", "a2"))))
    assert "5 militants (Kataib Hezbollah, Harakat al-Nujaba) killed" in row_text(two)


def test_a_group_one_report_names_is_not_another_reports_figure() -> None:
    # review, eighteenth session: "5 members of X" then another report's "at least 17 militants"
    import dataclasses

    strike = _strike("A US drone strike hit a car in Baghdad on Wednesday.")
    mixed = dataclasses.replace(strike, details=dataclasses.replace(
        strike.details, casualties=(_figure(5, "Kataib Hezbollah"), _figure(17, None, "a2"))))
    assert "Kataib Hezbollah" not in row_text(mixed) and "17 militants killed" in row_text(mixed)


def test_a_figure_without_a_group_reads_back_from_an_export_of_before() -> None:
    from briefing.codec import from_data, to_data

    figure = _figure(2, "Kataib Hezbollah")
    assert from_data(Casualty, to_data(figure)) == figure
    old = {k: v for k, v in to_data(figure).items() if k != "group"}
    assert from_data(Casualty, old).group is None


# ---- a named group told right after the generic words for it -----------------------------------------

TUE = dt.date(2024, 1, 30)


def _attack(text: str) -> Event:
    found = extract_article(make_article(text, TUE)).events
    (attack,) = [e for e in found if e.type == "attack_on_us_forces"]
    return attack


def test_an_attribution_to_the_generic_words_then_the_groups_name_names_the_group() -> None:
    attack = _attack("A drone struck Tower 22, a US outpost in Jordan, on Sunday, killing three soldiers. "
                     "The Pentagon attributed the attack to the Iran-backed Iraqi militia Kataib Hezbollah.")
    assert [n.name for n in attack.details.attributed_to] == ["Kataib Hezbollah"]


def test_an_attribution_to_the_generic_words_then_another_clause_names_no_group() -> None:
    attack = _attack("A drone struck Tower 22, a US outpost in Jordan, on Sunday, killing three soldiers. "
                     "The Pentagon blamed Iran-backed militias and not Kataib Hezbollah, officials said.")
    assert "Kataib Hezbollah" not in [n.name for n in attack.details.attributed_to]


# ---- a headline's claim in the plural present; a spokesman speaking in an address -------------------

def test_a_headlines_plural_claim_of_one_act_is_a_claim() -> None:
    (attack,) = _sea("Houthis claim attack on tanker in Gulf of Aden\n\nA missile hit the tanker Blue Heron "
                     "in the Gulf of Aden on Wednesday, the navy said.", FRI)
    assert [n.name for n in attack.details.claimed_by] == ["Houthis"]


def test_a_headlines_claim_of_the_campaigns_acts_is_no_claim() -> None:
    (attack,) = _sea("Houthis claim attacks on ships are for Gaza\n\nA missile hit the tanker Blue Heron "
                     "in the Gulf of Aden on Wednesday, the navy said.", FRI)
    assert attack.details.claimed_by == ()


def test_a_spokesman_telling_the_act_in_a_televised_address_claims_it() -> None:
    (attack,) = _sea("A missile hit the tanker Blue Heron in the Gulf of Aden on Wednesday, the navy said. "
                     "Houthi spokesman Yahya Saree in a televised address said the group had targeted the "
                     "tanker.", FRI)
    assert [n.name for n in attack.details.claimed_by] == ["Houthis"]
