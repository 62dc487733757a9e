"""Event details read from the text (extract/details/), in sentences we wrote in the forms
reports use: each field from its words, with its evidence, and nothing inferred."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.extract.details import merge_details
from briefing.model import Details, Event, Evidence, Named
from briefing.rows import row_text
from tests.conftest import make_article

MON = dt.date(2024, 1, 29)


def events_of(text: str, published: dt.date = MON, article_id: str = "a1") -> list[Event]:
    return list(extract_article(make_article(text, published, article_id=article_id)).events)


def one(text: str, published: dt.date = MON, article_id: str = "a1") -> Event:
    found = events_of(text, published, article_id)
    assert len(found) == 1, [(e.type, e.date, e.country) for e in found]
    return found[0]


def figures(details: Details) -> list[tuple[str, str, int, str]]:
    return [(c.side, c.kind, c.value, c.qualifier) for c in details.casualties]


# --- casualties ---------------------------------------------------------------------------

def test_a_death_toll_risen_to_a_figure_is_read_without_fault() -> None:
    # "the death toll ... has risen to N" names no harm word of its own: read as killed (this
    # form stopped the whole article with a fault before)
    event = one("US jets struck militia sites in Syria on Friday night. A monitor said the death toll of the "
                "strikes has risen to 9 fighters.", dt.date(2024, 2, 3))
    assert figures(event.details) == [("militants", "killed", 9, "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone struck Tower 22 in Jordan on Sunday. Three US Army soldiers lost their lives and more than "
     "30 service members were injured.", [("us", "killed", 3, "exact"), ("us", "injured", 30, "more than")]),
    ("A drone strike in Jordan on Sunday claimed the lives of three American troops and injured at least "
     "34 others.", [("us", "killed", 3, "exact"), ("us", "injured", 34, "at least")]),
    ("A close-range ballistic missile hit Al-Asad Airbase in Iraq on Sunday, resulting in injuries to "
     "eight US soldiers.", [("us", "injured", 8, "exact")]),
    ("Rockets hit Al-Asad Airbase in Iraq on Sunday, causing minor injuries to two service members.",
     [("us", "injured", 2, "exact")]),
    ("Rockets hit Al-Asad Airbase in Iraq on Sunday. Five service members suffered minor injuries.",
     [("us", "injured", 5, "exact")]),
    # a time is not people
    ("A drone hit Erbil Air Base in Iraq on Sunday. The strike came nearly 12 hours after US personnel "
     "were injured.", []),
    # a zero is a figure too, with its source
    ("A drone hit a US base in Syria on Sunday. No casualties were reported, a US official said.",
     [("us", "injured", 0, "exact")]),
    ("A drone hit a US base in Syria on Sunday. No US personnel were injured, a US official said.",
     [("us", "injured", 0, "exact")]),
    ("A drone hit a base in Syria on Sunday with no injuries reported.",
     [("unknown", "injured", 0, "exact")]),
    # not zeros: some were hurt; the campaign's
    ("A drone hit Tower 22 in Jordan on Sunday, wounding 34 US troops; an official said no injuries are "
     "life-threatening.", [("us", "injured", 34, "exact")]),
    ("A drone hit a US base in Syria on Sunday. No US troops were seriously hurt.", []),
    ("A drone hit a US base in Syria on Sunday. There have been no US deaths in the attacks since October.",
     []),
    # "U.S." does not end the clause that tells the campaign's toll
    ("A missile hit Al-Asad Airbase in Iraq on Sunday. At least 56 U.S. personnel have been injured in those "
     "attacks, officials said.", []),
])
def test_casualties_in_more_of_the_forms_reports_use(text: str,
                                                     expected: list[tuple[str, str, int, str]]) -> None:
    assert figures(one(text).details) == expected


@pytest.mark.parametrize(("told", "expected"), [
    # the US side's own act told as an attack is the strike: its dead are the strike's
    ("Reports say the U.S. conducted a drone attack in Baghdad on Wednesday night that killed three members "
     "of Kataib Hezbollah.", [("militants", "killed", 3, "exact")]),
    # the attack the strike answered keeps its own dead
    ("The strike came after militants carried out a drone attack that killed three Iraqi soldiers.", []),
])
def test_a_strikes_toll_told_as_the_us_sides_attack_is_the_strikes(
        told: str, expected: list[tuple[str, str, int, str]]) -> None:
    found = events_of("A US drone strike hit a car in Baghdad, Iraq, on Wednesday, officials said. " + told,
                      dt.date(2024, 2, 8))
    strikes = [e for e in found if e.type == "us_strike"]
    assert len(strikes) == 1 and figures(strikes[0].details) == expected


@pytest.mark.parametrize(("told", "expected"), [
    ("A service member suffered a concussion from the impact.", [("us", "injured", 1, "exact")]),
    ("A US soldier sustained minor injuries, officials said.", [("us", "injured", 1, "exact")]),
    # another time's; one of a list (its total is not read from its parts)
    ("Last year a contractor suffered serious injuries in a similar attack.", []),
    ("A soldier, along with two others, suffered minor injuries.", []),
])
def test_one_person_who_suffered_an_injury_is_one_injured(told: str,
                                                          expected: list[tuple[str, str, int, str]]) -> None:
    event = one("A drone hit a US base in Syria on Friday. " + told, dt.date(2023, 11, 18))
    assert figures(event.details) == expected


@pytest.mark.parametrize("told", [
    "Not a single service member suffered injuries, officials said.",
    "Not a single US soldier was hurt, the spokesman said.",
    "It was unclear whether a service member suffered injuries.",
    "The command denied that a US soldier was killed.",
    "If a soldier sustained a concussion, it would be reported, he said.",
])
def test_one_person_harmed_only_in_a_denial_or_a_doubt_is_no_figure(told: str) -> None:
    event = one("A drone hit a US base in Syria on Friday. " + told, dt.date(2023, 11, 18))
    assert figures(event.details) == []


def test_a_strikes_zero_is_of_civilians_and_an_attacks_is_not() -> None:
    strike = one("US aircraft struck a weapons depot in Iraq on Sunday; CENTCOM said there were no "
                 "indications of civilian casualties.")
    assert figures(strike.details) == [("civilians", "killed", 0, "exact")]
    attack = one("A drone hit a US base in Syria on Sunday; there were no civilian casualties.")
    assert figures(attack.details) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone struck a US base in Jordan on Sunday, killing three US soldiers and injuring 25 others.",
     [("us", "killed", 3, "exact"), ("us", "injured", 25, "exact")]),
    ("Rockets hit Al-Asad Airbase in Iraq on Sunday. At least 34 service members were injured.",
     [("us", "injured", 34, "at least")]),
    ("Militants fired a missile at US troops in Syria on Sunday; more than 40 troops were wounded.",
     [("us", "injured", 40, "more than")]),
    # an on-the-spot strike's dead are the attackers, and "others" are of the same side
    ("A US gunship fired on the militants launching the rockets in Iraq on Sunday, killing one "
     "fighter and wounding three others.",
     [("militants", "killed", 1, "exact"), ("militants", "injured", 3, "exact")]),
])
def test_an_events_own_dead_and_injured_with_their_side(text: str,
                                                         expected: list[tuple[str, str, int, str]]) -> None:
    assert figures(one(text).details) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A one-way drone hit US forces in Jordan on Sunday, killing three American service members and "
     "wounding another 25.", [("us", "killed", 3, "exact"), ("us", "injured", 25, "exact")]),
    ("Rockets hit a US base in Syria on Sunday and caused four Americans to receive traumatic brain "
     "injuries.", [("us", "injured", 4, "exact")]),
    ("A drone hit Tower 22 in Jordan on Sunday; officials are tracking more than 40 US service members "
     "with reported injuries.", [("us", "injured", 40, "more than")]),
    # the base's number is not a figure; the evacuated are a part of the injured, not a figure
    ("A drone hit Tower 22 in Jordan on Sunday, wounding 34 US troops. Eight injured service members "
     "were flown out.", [("us", "injured", 34, "exact")]),
    # the part after "including" is the same people
    ("Rockets hit Al-Asad Airbase in Iraq on Sunday, and 21 US personnel sustained minor injuries, "
     "including 19 with brain injuries.", [("us", "injured", 21, "exact")]),
])
def test_more_ways_reports_give_an_events_dead_and_injured(text: str,
                                                           expected: list[tuple[str, str, int, str]]) -> None:
    assert figures(one(text).details) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a nationality does not make armed-group dead a partner's
    ("A US airstrike killed four Iraqi militants near Kirkuk in Iraq on Sunday.",
     [("militants", "killed", 4, "exact")]),
    ("US strikes on Sunday killed three Syrian members of Iran-aligned armed groups and wounded seven "
     "others near Al-Mayadin in Syria.",
     [("militants", "killed", 3, "exact"), ("militants", "injured", 7, "exact")]),
    ("The US struck sites in Syria on Sunday, killing at least 9 members of the militias that use them.",
     [("militants", "killed", 9, "at least")]),
    # an ally's fighters stay a partner's
    ("A drone hit a base housing US troops in Syria on Sunday, killing five Kurdish fighters.",
     [("partner", "killed", 5, "exact")]),
    # beside an attack on US forces, "others" and "people" of a sentence naming the US are the US's
    ("A drone struck a US outpost in Jordan on Sunday, killing two American troops and wounding 30 others.",
     [("us", "killed", 2, "exact"), ("us", "injured", 30, "exact")]),
])
def test_the_side_of_the_dead_is_read_from_whom_they_belong_to(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert figures(one(text).details) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A one-way drone hit Tower 22 in Jordan on Sunday and injured a US service member.",
     [("us", "injured", 1, "exact")]),
    ("A US sailor was badly hurt when rockets hit Al-Asad Airbase in Iraq on Sunday.",
     [("us", "injured", 1, "exact")]),
    ("Rockets hit Al-Asad Airbase in Iraq on Sunday, wounding a US contractor.",
     [("us", "injured", 1, "exact")]),
    # a list's first part is not its total, nor "a number of" a figure
    ("Rockets hit Al-Asad Airbase in Iraq on Sunday, wounding a US soldier and two contractors.", []),
    ("Rockets hit Al-Asad Airbase in Iraq on Sunday, wounding a number of US troops.", []),
    # a strike "killing a commander" kills one of the group, as the reports count its dead (fifteenth
    # session: read with those killed with him, summed: tests/test_casualties_toll16.py; before, no toll)
    ("A US drone strike in Baghdad on Sunday killed a senior commander of Kataib Hezbollah.",
     [("militants", "killed", 1, "exact")]),
    # one person harmed in an earlier act the clause compares the event with is not its toll
    ("Rockets hit Al-Asad Airbase in Iraq on Sunday, a week after a drone attack injured a US service "
     "member at Erbil.", []),
])
def test_one_person_told_with_the_article_is_a_figure_of_one(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert figures(one(text).details) == expected


@pytest.mark.parametrize("text", [
    "Rockets hit Al-Asad Airbase in Iraq on Sunday. No one was hurt in the attack, officials said.",
    "Rockets hit Al-Asad Airbase in Iraq on Sunday; not one of the troops there was injured.",
])
def test_no_one_hurt_is_none_never_a_figure_of_one(text: str) -> None:
    assert all(value == 0 for _, _, value, _ in figures(one(text).details))


@pytest.mark.parametrize(("where", "expected"), [
    ("south of Baghdad", [("militants", "killed", 3, "exact"), ("militants", "injured", 2, "exact")]),
    # a neighbour placed in another country tells another act
    ("near Deir ez-Zor", []),
])
def test_the_sentence_after_a_strike_placed_only_in_its_country_may_say_where_and_its_toll(
        where: str, expected: list[tuple[str, str, int, str]]) -> None:
    text = ("The first US strikes of the year in Iraq hit Al-Qaim on 2 January. US aircraft carried out a "
            f"self-defence strike in Iraq on Sunday, officials said. Police said a depot {where} was hit, "
            "killing three fighters and injuring an additional two.")
    event = next(e for e in events_of(text) if e.date == dt.date(2024, 1, 28))
    assert figures(event.details) == expected


def test_the_dead_of_a_us_act_told_as_an_attack_are_not_the_attacks_it_answered() -> None:
    # the US's "drone attack" is its strike, a row of its own; its dead are not the attack's
    found = events_of("A drone killed three US soldiers at Tower 22 in Jordan on Sunday.\n\nOn Tuesday the "
                      "US carried out a drone attack in Baghdad that killed two members of Kataib Hezbollah, "
                      "including a commander tied to the drone that killed three US soldiers in Jordan on "
                      "Sunday.", dt.date(2024, 1, 31))
    assert sorted((e.type, e.country) for e in found) == [
        ("attack_on_us_forces", "Jordan"), ("us_strike", "Iraq")]
    attack = next(e for e in found if e.type == "attack_on_us_forces")
    assert figures(attack.details) == [("us", "killed", 3, "exact")]


def test_a_neighbouring_sentence_of_another_year_gives_no_figure() -> None:
    event = one("Rockets hit Al-Asad Airbase in Iraq on Sunday. In 2021 a US contractor was killed there.")
    assert figures(event.details) == []


def test_a_toll_told_by_place_keeps_the_total_not_its_parts() -> None:
    text = ("US strikes in eastern Syria on Friday killed 23 militants, with nine killed in the town of "
            "Al-Mayadin and 14 in the desert, a monitor said.")
    assert figures(one(text, dt.date(2024, 2, 3)).details) == [("militants", "killed", 23, "exact")]


def test_a_group_mourning_its_own_members_counts_militant_dead() -> None:
    text = ("A US drone strike hit a car in Baghdad, Iraq, on Sunday. Kataib Hezbollah mourned the "
            "death of two of its members.")
    assert ("militants", "killed", 2, "exact") in figures(one(text).details)


def test_a_figure_in_a_later_sentence_joins_the_one_attack() -> None:
    event = one("A drone attack hit a US base in Iraq on Sunday, the Pentagon said. The base hosts "
                "coalition troops. At least one Iraqi soldier was wounded.")
    assert figures(event.details) == [("partner", "injured", 1, "at least")]


def test_a_strike_does_not_take_the_dead_of_the_attack_it_answered() -> None:
    found = events_of("US jets struck militia sites in Syria on Friday in response to the drone attack that "
                      "killed three soldiers in Jordan.", dt.date(2024, 2, 3))
    strike = next(e for e in found if e.type == "us_strike")
    assert figures(strike.details) == []


def test_another_months_toll_told_among_an_attacks_sentences_is_not_its() -> None:
    from dataclasses import replace

    from briefing.extract.details import read_details
    from briefing.extract.lexicon import lexicons
    from briefing.model import Evidence
    from briefing.topic import load_topic

    text = ("A drone struck a US base in Syria on Monday, officials said. In August, eight US service "
            "members were injured in a drone attack on a base in Syria.")
    article = make_article(text, dt.date(2024, 11, 26))
    event = one(text, dt.date(2024, 11, 26))
    later = text.index("In August")
    # even when the event's reader took the August sentence as one of its own
    told = replace(event, sources=(*event.sources, Evidence("a1", later, len(text), text[later:])))
    details = read_details(article, told, lexicons(load_topic()))
    assert [c.value for c in details.casualties] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone struck Tower 22 in Jordan on Sunday. Three U.S. military personnel were killed and 34 more "
     "were injured in the assault.", [("us", "killed", 3, "exact"), ("us", "injured", 34, "exact")]),
    ("A drone struck Tower 22 in Jordan on Sunday, which resulted in the loss of three soldiers and "
     "injured 40.", [("us", "killed", 3, "exact"), ("us", "injured", 40, "exact")]),
])
def test_a_figure_whose_words_name_no_one_continues_the_one_before(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert figures(one(text).details) == expected


def test_an_additional_figure_is_of_the_side_before_it() -> None:
    strike = one("The United States struck a militia base south of Baghdad in Iraq on Wednesday, killing "
                 "four fighters and injuring an additional four.", dt.date(2024, 2, 8))
    assert figures(strike.details) == [("militants", "killed", 4, "exact"),
                                       ("militants", "injured", 4, "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone struck Tower 22 in Jordan on Sunday. The number of US service members injured in the attack "
     "has risen to at least 34, the Pentagon said.", [("us", "injured", 34, "at least")]),
    ("A drone struck Tower 22 in Jordan on Sunday. The number of US troops killed in the attack rose to 3.",
     [("us", "killed", 3, "exact")]),
])
def test_a_toll_that_rose_to_a_figure_is_the_events(text: str,
                                                    expected: list[tuple[str, str, int, str]]) -> None:
    assert figures(one(text).details) == expected


def test_each_countrys_toll_of_one_nights_strikes_is_its_own() -> None:
    found = events_of("US aircraft struck militia targets in Iraq on Friday. US aircraft also struck militia "
                      "targets in Syria on Friday.\n\nThe Iraqi government said 16 people, including "
                      "civilians, were killed in Iraq.", dt.date(2024, 2, 3))
    tolls = {e.country: figures(e.details) for e in found}
    assert tolls == {"Iraq": [("unknown", "killed", 16, "exact")], "Syria": []}


def test_a_toll_sentence_naming_both_countries_never_gives_one_countrys_dead_to_the_other() -> None:
    # each country's figure is its own or a gap (a sentence naming both may be left to neither)
    found = events_of("US aircraft struck militia targets in Iraq on Friday. US aircraft also struck militia "
                      "targets in Syria on Friday.\n\nThe strikes killed 16 people in Iraq and 23 in Syria, "
                      "officials said.", dt.date(2024, 2, 3))
    values = {e.country: {c.value for c in e.details.casualties} for e in found}
    assert values["Iraq"] <= {16} and values["Syria"] <= {23}


def test_a_running_total_is_not_an_events_casualty() -> None:
    text = ("A drone hit Al-Asad Airbase in Iraq on Sunday, injuring two US troops. US forces have been "
            "attacked more than 160 times since October, and about 70 troops have been injured in the "
            "attacks.")
    assert figures(one(text).details) == [("us", "injured", 2, "exact")]


def test_a_day_of_the_month_is_not_a_casualty() -> None:
    text = "On Jan. 28 killed three soldiers in a drone attack on a US base in Jordan, officials said."
    assert ("us", "injured", 28, "exact") not in figures(one(text).details)


def test_competing_figures_are_all_kept_each_with_its_day_and_source() -> None:
    first = one("A drone hit Tower 22 in Jordan on Sunday, killing three US troops and injuring 25.",
                dt.date(2024, 1, 28), "early")
    second = one("The drone attack on Tower 22 in Jordan on Jan. 28 injured 34 US service members.",
                 dt.date(2024, 1, 29), "later")
    third = one("The Jan. 28 drone attack on Tower 22 in Jordan wounded more than 40 US troops.",
                dt.date(2024, 1, 30), "latest")
    merged = merge_details([first.details, second.details, third.details])
    injured = [(c.value, c.qualifier, c.as_of, c.source.article) for c in merged.casualties
               if c.kind == "injured"]
    assert injured == [(25, "exact", dt.date(2024, 1, 28), "early"),
                       (34, "exact", dt.date(2024, 1, 29), "later"),
                       (40, "more than", dt.date(2024, 1, 30), "latest")]
    assert all(c.source.quote in ("A drone hit Tower 22 in Jordan on Sunday, killing three US troops and "
                                  "injuring 25.", second.sources[0].quote, third.sources[0].quote)
               for c in merged.casualties)


def test_every_report_naming_the_site_stays_its_source_when_reports_merge() -> None:
    first = one("A drone hit the living quarters at Tower 22 in Jordan on Sunday.", MON, "first")
    second = one("A drone attack on Tower 22 in Jordan on Sunday killed three US soldiers.", MON, "second")
    third = one("A drone killed three US troops at Rukban in Jordan on Sunday.", MON, "third")
    merged = merge_details([first.details, second.details, third.details])
    assert merged.site is not None and merged.site.name == "Tower 22"
    assert [n.source.article for n in merged.site_reports] == ["first", "second"]
    assert merge_details([third.details, third.details]).site_reports == ()


# --- claim versus attribution -------------------------------------------------------------

def test_a_claim_is_a_claim_and_never_an_attribution() -> None:
    event = one("Drones attacked US forces at Al-Asad Airbase in Iraq on Sunday. The Islamic Resistance "
                "in Iraq claimed responsibility for the attack.")
    assert [n.name for n in event.details.claimed_by] == ["Islamic Resistance in Iraq"]
    assert event.details.attributed_to == ()


def test_an_attribution_is_an_attribution_and_never_a_claim() -> None:
    event = one("A drone attack killed three US troops in Jordan on Sunday. President Biden blamed "
                "Kataib Hezbollah for the attack.")
    assert [n.name for n in event.details.attributed_to] == ["Kataib Hezbollah"]
    assert event.details.claimed_by == ()


def test_a_claim_told_for_another_day_is_not_this_attacks() -> None:
    event = one("Rockets hit Al-Asad Airbase in Iraq on Sunday, Nov. 19, officials said. On 20 January the "
                "Islamic Resistance in Iraq claimed responsibility for a missile attack.",
                dt.date(2023, 11, 20))
    assert event.details.claimed_by == ()
    same_day = one("Rockets hit Al-Asad Airbase in Iraq on Sunday, Nov. 19, officials said. On Nov. 19 the "
                   "Islamic Resistance in Iraq claimed responsibility.", dt.date(2023, 11, 20))
    assert [n.name for n in same_day.details.claimed_by] == ["Islamic Resistance in Iraq"]


def test_claim_and_attribution_kept_apart_in_one_report() -> None:
    event = one("A drone hit US troops at Tower 22 in Jordan on Sunday. US officials said Kataib Hezbollah "
                "was behind the attack, which the Islamic Resistance in Iraq claimed.")
    assert [n.name for n in event.details.attributed_to] == ["Kataib Hezbollah"]
    assert [n.name for n in event.details.claimed_by] == ["Islamic Resistance in Iraq"]


def test_a_claim_told_paragraphs_later_attaches_to_the_attack_whose_base_it_names() -> None:
    found = events_of("Rockets struck Al-Asad Airbase in Iraq on Sunday, officials said.\n\n"
                      "On Monday a drone hit Tower 22 in Jordan, injuring two US soldiers.\n\n"
                      "Washington has sent more air defences to the region this month.\n\n"
                      "The Islamic Resistance in Iraq said in a statement that it had targeted Tower 22 "
                      "with drones.")
    claims = {e.country: [n.name for n in e.details.claimed_by] for e in found}
    assert claims == {"Iraq": [], "Jordan": ["Islamic Resistance in Iraq"]}
    assert all(e.details.attributed_to == () for e in found)  # a claim is never an attribution


def test_an_officials_blame_told_apart_attaches_to_the_attack_whose_base_it_names() -> None:
    found = events_of("Rockets struck Al-Asad Airbase in Iraq on Sunday, officials said.\n\n"
                      "On Monday a drone hit Tower 22 in Jordan, injuring two US soldiers.\n\n"
                      "Washington has sent more air defences to the region this month.\n\n"
                      "The Pentagon blamed Kataib Hezbollah for the drone that hit Tower 22.")
    blamed = {e.country: [n.name for n in e.details.attributed_to] for e in found}
    assert blamed == {"Iraq": [], "Jordan": ["Kataib Hezbollah"]}
    assert all(e.details.claimed_by == () for e in found)  # an attribution is never a claim


def test_a_claim_naming_one_attacks_base_right_after_another_attack_is_not_that_ones() -> None:
    found = events_of("Two drones struck Erbil Air Base in Iraq on Monday, injuring a US soldier.\n\n"
                      "Rockets also landed near US troops in Syria on Sunday, officials said.\n\n"
                      "Kataib Hezbollah claimed the drone attack on Erbil Air Base.", dt.date(2024, 1, 30))
    claims = {e.country: [n.name for n in e.details.claimed_by] for e in found}
    assert claims == {"Iraq": ["Kataib Hezbollah"], "Syria": []}


@pytest.mark.parametrize(("said", "claimed", "blamed"), [
    # what the group is, told with countries, is no other place of the act
    ("The Islamic Resistance in Iraq, which has claimed dozens of attacks on US forces in Iraq and Syria "
     "since October, claimed the attack.", ["Islamic Resistance in Iraq"], []),
    ("The Pentagon blamed Kataib Hezbollah, the Iraqi militia.", [], ["Kataib Hezbollah"]),
])
def test_a_claim_or_blame_naming_countries_for_the_group_stays_the_one_attacks(
        said: str, claimed: list[str], blamed: list[str]) -> None:
    event = one("A drone attack killed three US soldiers at Tower 22 in Jordan on Sunday.\n\n" + said)
    assert [n.name for n in event.details.claimed_by] == claimed
    assert [n.name for n in event.details.attributed_to] == blamed


def test_a_blame_naming_only_one_attacks_country_attaches_to_that_one() -> None:
    found = events_of("Two drones struck Erbil Air Base in Iraq on Monday, injuring a US soldier.\n\n"
                      "Rockets also landed near US troops in Syria on Sunday, officials said.\n\n"
                      "The Pentagon blamed Kataib Hezbollah for the drone attack on the Iraqi base.",
                      dt.date(2024, 1, 30))
    blamed = {e.country: [n.name for n in e.details.attributed_to] for e in found}
    assert blamed == {"Iraq": ["Kataib Hezbollah"], "Syria": []}


def test_a_claim_naming_no_base_attaches_to_neither_of_two_dated_attacks() -> None:
    found = events_of("Rockets struck Al-Asad Airbase in Iraq on Sunday, officials said.\n\n"
                      "On Monday a drone hit Tower 22 in Jordan, injuring two US soldiers.\n\n"
                      "Washington has sent more air defences to the region this month.\n\n"
                      "The Islamic Resistance in Iraq said it had targeted the base with drones.")
    assert all(e.details.claimed_by == () for e in found)


@pytest.mark.parametrize("claim", [
    "A group calling itself the Islamic Resistance in Iraq announced attacks on these facilities later "
    "that day.",
    "The Islamic Resistance in Iraq, an alliance of Iraqi armed factions, claimed attacks on those "
    "locations.",
])
def test_a_claim_of_the_attacks_on_those_places_is_each_attacks_told_before(claim: str) -> None:
    found = events_of("Drones struck Al-Asad Airbase in Iraq on Sunday, officials said.\n\n"
                      "Rockets hit Tower 22 in Jordan on Sunday as well.\n\n" + claim)
    claimed = {e.country: [n.name for n in e.details.claimed_by] for e in found}
    assert claimed == {"Iraq": ["Islamic Resistance in Iraq"], "Jordan": ["Islamic Resistance in Iraq"]}
    assert all(e.details.attributed_to == () for e in found)


def test_a_claim_of_the_attacks_on_those_places_is_not_an_attacks_told_further_back() -> None:
    found = events_of("Drones struck Al-Asad Airbase in Iraq on Sunday, officials said.\n\n"
                      "The Pentagon said no one was hurt. Officials have warned of a response for weeks. "
                      "The envoy was recalled.\n\n"
                      "On Monday, rockets hit Tower 22 in Jordan.\n\n"
                      "The Islamic Resistance in Iraq claimed attacks on those locations.",
                      dt.date(2024, 1, 30))
    claimed = {e.country: [n.name for n in e.details.claimed_by] for e in found}
    assert claimed == {"Iraq": [], "Jordan": ["Islamic Resistance in Iraq"]}


@pytest.mark.parametrize("claim", [
    # the campaign's places, not these; the places before no act told; no demonstrative
    "The Islamic Resistance in Iraq has claimed attacks on US bases across the region since October.",
    "The Islamic Resistance in Iraq announced attacks on Israel.",
])
def test_a_claim_of_attacks_not_told_back_is_not_these_attacks(claim: str) -> None:
    found = events_of("Drones struck Al-Asad Airbase in Iraq on Sunday, officials said.\n\n"
                      "Rockets hit Tower 22 in Jordan on Sunday as well.\n\n" + claim)
    assert all(e.details.claimed_by == () for e in found)


def test_the_campaigns_claim_singling_out_the_one_of_its_day_is_its_claim() -> None:
    monday = one("A drone hit a US base in Erbil, Iraq, on Monday, wounding three US soldiers. The Islamic "
                 "Resistance in Iraq has taken credit for most of the attacks, including the one that "
                 "wounded three US troops on Monday.", dt.date(2023, 12, 26))
    assert [n.name for n in monday.details.claimed_by] == ["Islamic Resistance in Iraq"]
    sunday = one("A drone hit a US base in Erbil, Iraq, on Sunday, wounding three US soldiers. The Islamic "
                 "Resistance in Iraq has taken credit for most of the attacks, including the one that "
                 "wounded two US troops on Monday.", dt.date(2023, 12, 26))
    assert sunday.details.claimed_by == ()


@pytest.mark.parametrize("singling", [
    # the weekday is the statement's, after the phrase singling out the act
    "including the one that killed two soldiers in Jordan, its statement on Monday said.",
    # the act of the weekday singled out is in another country
    "including the one that wounded two soldiers in Jordan on Monday.",
])
def test_a_campaigns_claim_singling_out_another_act_is_not_this_ones(singling: str) -> None:
    monday = one("A drone hit a US base in Erbil, Iraq, on Monday, wounding three US soldiers. The Islamic "
                 "Resistance in Iraq has taken credit for most of the attacks, " + singling,
                 dt.date(2023, 12, 26))
    assert monday.details.claimed_by == ()


def test_a_claim_naming_another_day_does_not_attach_to_the_attack_at_its_base() -> None:
    found = events_of("Rockets struck Al-Asad Airbase in Iraq on Sunday, officials said.\n\n"
                      "On Monday a drone hit Tower 22 in Jordan, injuring two US soldiers.\n\n"
                      "Washington has sent more air defences to the region this month.\n\n"
                      "On Friday, the Islamic Resistance in Iraq said it had targeted Tower 22.")
    assert all(e.details.claimed_by == () for e in found)


def test_the_reason_a_group_gives_is_not_another_war() -> None:
    event = one("Ballistic missiles hit Al-Asad Airbase in Iraq on Saturday, wounding an Iraqi soldier. "
                "The attack was the work of militants of the Islamic Resistance in Iraq, officials said. "
                "Damage is being assessed.\n\nThe militants claimed responsibility for the attack, citing "
                "US support for Israel in Gaza.", dt.date(2024, 1, 21))
    assert [n.name for n in event.details.claimed_by] == ["Islamic Resistance in Iraq"]


def test_most_attacks_claimed_by_a_group_is_the_campaign_not_this_attack() -> None:
    event = one("Rockets hit Al-Asad Airbase in Iraq on Sunday, officials said. Most were claimed by the "
                "Islamic Resistance in Iraq, which claimed to act in solidarity with Gaza.")
    assert event.details.claimed_by == ()


@pytest.mark.parametrize("claim", [
    "The Islamic Resistance in Iraq announced that it had attacked the base with drones.",
    "In a post on Telegram, the Islamic Resistance in Iraq said its fighters had struck the base.",
    "Its fighters hit the base with two drones, the Islamic Resistance in Iraq said in a statement.",
    "The Islamic Resistance in Iraq later said it carried out the attack.",
    "The group Islamic Resistance in Iraq said on Telegram that it had targeted the base.",
    # a claim after the campaign's told in a relative clause; a named group in a generic's apposition
    "The Islamic Resistance in Iraq, which has claimed dozens of attacks since October, said it targeted "
    "the base.",
    "An umbrella of Iran-backed militias, the Islamic Resistance in Iraq, claimed the attack.",
    "The Islamic Resistance in Iraq's claim of responsibility came hours later.",
    # the group saying it was behind it is its claim, never an attribution
    "The Islamic Resistance in Iraq said it was behind the attack.",
    "The Islamic Resistance in Iraq said it was responsible for the attack.",
])
def test_a_groups_own_word_on_its_attack_is_a_claim_not_an_attribution(claim: str) -> None:
    found = extract_article(make_article("Drones struck US forces at Al-Asad Airbase in Iraq on Sunday, "
                                         "officials said. " + claim, MON))
    (event,) = found.events
    assert [n.name for n in event.details.claimed_by] == ["Islamic Resistance in Iraq"]
    assert event.details.attributed_to == ()


def test_the_group_saying_what_hit_it_is_no_claim() -> None:
    event = one("Drones struck US forces at Al-Asad Airbase in Iraq on Sunday, officials said. US strikes "
                "killed two of its fighters last month, the Islamic Resistance in Iraq said.")
    assert event.details.claimed_by == ()


def test_no_claim_is_not_a_claim() -> None:
    event = one("Rockets were fired at US forces at Al-Asad Airbase in Iraq on Sunday. No group has claimed "
                "the attack by the Islamic Resistance in Iraq yet.")
    assert event.details.claimed_by == ()


def test_the_report_naming_who_attacked_is_an_attribution_not_a_claim() -> None:
    event = one("Three US service members were injured in Iraq on Monday when Kataib Hezbollah fighters "
                "attacked Erbil Air Base, the defense secretary said.")
    assert [n.name for n in event.details.attributed_to] == ["Kataib Hezbollah"]
    assert event.details.claimed_by == ()


def test_suspected_told_of_the_group_in_the_reports_own_words_is_no_attribution() -> None:
    event = one("On Sunday, suspected Iran-backed militias attacked US troops at Tower 22 in Jordan with a "
                "drone.")
    assert event.details.attributed_to == ()
    voiced = one("On Sunday, suspected Iran-backed militias attacked US troops at Tower 22 in Jordan with a "
                 "drone, the Pentagon said.")
    assert [n.name for n in voiced.details.attributed_to] == ["Iran-backed groups"]


def test_a_suspicion_is_an_attribution() -> None:
    event = one("A drone hit US troops at Tower 22 in Jordan on Sunday. Officials said they suspect "
                "Kataib Hezbollah of leading the attack.")
    assert [n.name for n in event.details.attributed_to] == ["Kataib Hezbollah"]


def test_a_claim_told_through_an_apposition_names_the_group_not_its_sponsor() -> None:
    event = one("Drones targeted US forces at Erbil Air Base in Iraq on Friday. The Islamic Resistance in "
                "Iraq, a loose network of armed groups backed by the IRGC, claimed the attack in a post.")
    assert [n.name for n in event.details.claimed_by] == ["Islamic Resistance in Iraq"]
    assert event.details.attributed_to == ()


@pytest.mark.parametrize("text", [
    # the report's own narrative tells what it believes, not whom the US holds responsible
    "On Sunday, Iran-backed militias attacked Al-Asad Airbase in Iraq with rockets.",
    "A drone attack by Iran-aligned fighters hit US troops at Al-Asad Airbase in Iraq on Sunday.",
    # a monitor is not US officials
    "A drone hit US troops at the Conoco gas field in Syria on Sunday. The Syrian Observatory said "
    "the attack was carried out by pro-Iran fighters.",
    # a guess
    "A drone hit US troops in Jordan on Sunday, officials said, in a possible attack by Kataib Hezbollah.",
    # a claim is never an attribution
    "A drone hit US troops at Erbil Air Base in Iraq on Sunday. The attack, on Christmas Day, was "
    "claimed by Kataib Hezbollah.",
    # the group told back as already known ("the militants") names no party
    "Two drones targeted Al-Asad Airbase in Iraq on Sunday. The militants launched them from the desert, "
    "a US official said.",
])
def test_who_did_it_in_the_reports_words_is_not_an_attribution(text: str) -> None:
    assert one(text).details.attributed_to == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone hit US troops at Al-Asad Airbase in Iraq on Sunday, and US officials said it was launched "
     "by Kataib Hezbollah.", ["Kataib Hezbollah"]),
    ("A drone hit US troops at Tower 22 in Jordan on Sunday. The Pentagon assesses an Iran-aligned "
     "group carried out the attack.", ["Iran-backed groups"]),
    ("A drone hit US troops at Tower 22 in Jordan on Sunday. US jets later struck depots of several "
     "Iran-backed militias, which Washington blames for the attack.", ["Iran-backed groups"]),
    ("US forces at a base in Syria came under fire on Sunday. The strike answers an Iran-aligned attack on "
     "US forces on Sunday, CENTCOM said in a statement.", ["Iran-backed groups"]),
    ("A drone hit US troops in Jordan on Sunday. “We know it was carried out by Iran-backed groups,” "
     "the president told reporters.", ["Iran-backed groups"]),
])
def test_an_officials_word_on_who_did_it_is_an_attribution(text: str, expected: list[str]) -> None:
    event = next(e for e in events_of(text) if e.type == "attack_on_us_forces")
    assert [n.name for n in event.details.attributed_to] == expected
    assert event.details.claimed_by == ()


@pytest.mark.parametrize(("text", "expected"), [
    # the group told back: the last group named before the sentence
    ("The Islamic Resistance in Iraq has threatened US forces for weeks. A drone hit Erbil Air Base in Iraq "
     "on Sunday. In a statement on Telegram, the group said it attacked the base.",
     ["Islamic Resistance in Iraq"]),
    # ... and nothing when none was named: never a guess
    ("A drone hit Erbil Air Base in Iraq on Sunday. In a statement on Telegram, the group said it attacked "
     "the base.", []),
    # a claim of several counted attacks that names this one's base
    ("A drone hit Erbil Air Base in Iraq on Sunday. The Islamic Resistance in Iraq claimed responsibility "
     "for three drone attacks on Erbil Air Base, Al-Asad Airbase and Tower 22.",
     ["Islamic Resistance in Iraq"]),
    # ... but not one that names none of its places
    ("A drone hit Erbil Air Base in Iraq on Sunday. The Islamic Resistance in Iraq claimed responsibility "
     "for three attacks on US forces in Syria.", []),
    # the sponsor's word before the group's name; "took credit"
    ("A drone hit Erbil Air Base in Iraq on Sunday. Officials said Iran-aligned militia Kataib Hezbollah and "
     "other affiliated groups took credit for the attack.", ["Kataib Hezbollah"]),
    ("A drone hit Erbil Air Base in Iraq on Sunday. The attack was claimed by Iran-aligned militia Kataib "
     "Hezbollah.", ["Kataib Hezbollah"]),
    # "a statement by X, an apposition, said that they attacked"
    ("A drone hit Erbil Air Base in Iraq on Sunday. A statement by the groups that call themselves the "
     "Islamic Resistance in Iraq, an umbrella of armed factions, said that they attacked the base with two "
     "drones.", ["Islamic Resistance in Iraq"]),
    # an apposition telling another act: that act is not the one claimed
    ("A drone hit US troops at Tower 22 in Jordan on Sunday, killing three. The Islamic Resistance in "
     "Iraq—the network behind the drone attack that killed three US soldiers in Jordan—claimed "
     "responsibility for the deaths of SDF fighters at the al-Omar oil field.", []),
])
def test_a_claim_in_the_forms_reports_use(text: str, expected: list[str]) -> None:
    event = next(e for e in events_of(text) if e.type == "attack_on_us_forces")
    assert [n.name for n in event.details.claimed_by] == expected
    assert event.details.attributed_to == ()


def test_the_campaigns_attackers_are_not_this_attacks() -> None:
    event = one("Rockets hit Al-Asad Airbase in Iraq on Sunday, officials said. Kataib Hezbollah has "
                "attacked US forces more than 150 times since October.")
    assert event.details.attributed_to == ()


def test_a_blame_for_another_war_is_not_this_attacks() -> None:
    event = one("Rockets hit Al-Asad Airbase in Iraq on Sunday, officials said. The war began with the "
                "attack on Israel by Palestinian militants in October.")
    assert event.details.attributed_to == ()


@pytest.mark.parametrize("blame", [
    "Washington blamed the unclaimed strike on Kataib Hezbollah, an armed faction opposed to US support "
    "for Israel in Gaza.",
    "The Pentagon said the attack bore the hallmarks of Kataib Hezbollah.",
    "Officials said it had the \"footprints\" of Kataib Hezbollah.",
    "A US official said the strike carried the fingerprint of Kataib Hezbollah.",
    "Washington holds Kataib Hezbollah the full responsibility for the attack, a Pentagon spokesman said.",
])
def test_more_ways_officials_hold_a_group_responsible(blame: str) -> None:
    event = one("A drone attack killed three US troops in Jordan on Sunday. " + blame)
    assert [n.name for n in event.details.attributed_to] == ["Kataib Hezbollah"]


@pytest.mark.parametrize("blame", [
    'The United States blamed "radical Iran-backed militant groups" for the attack.',
    "The Pentagon blamed \u201cIran-backed militias operating in Syria and Iraq\u201d for Sunday's attack.",
])
def test_a_blame_quoting_the_officials_words_for_the_group_is_an_attribution(blame: str) -> None:
    event = one("A drone attack killed three US troops in Jordan on Sunday. " + blame, dt.date(2024, 1, 30))
    assert [n.name for n in event.details.attributed_to] == ["Iran-backed groups"]
    assert event.details.claimed_by == ()


@pytest.mark.parametrize(("blame", "expected"), [
    ("The Pentagon attributed the attack to Iran-aligned militias, including Kataib Hezbollah.",
     ["Kataib Hezbollah"]),
    ("US officials blamed the attack on Iran-backed groups, among them Harakat al-Nujaba and Kataib "
     "Hezbollah.", ["Harakat al-Nujaba", "Kataib Hezbollah"]),
    # a group named after the blamed ones but not as one of them is not blamed
    ("US officials blamed Iran-backed groups for the attack; Kataib Hezbollah said nothing.",
     ["Iran-backed groups"]),
    # the campaign's attackers listed are not this attack's
    ("Iran-aligned militias, including Kataib Hezbollah, have fired on US forces more than 150 times "
     "since October.", []),
])
def test_the_groups_a_blamed_one_is_told_to_include_are_blamed(blame: str, expected: list[str]) -> None:
    event = one("A drone attack killed three US troops in Jordan on Sunday. " + blame)
    assert [n.name for n in event.details.attributed_to] == expected
    assert event.details.claimed_by == ()


def test_another_wars_attackers_stay_apart_when_the_war_is_named_after_them() -> None:
    event = one("Rockets hit Al-Asad Airbase in Iraq on Sunday, officials said. A warship downed drones "
                "launched by Iran-backed militants from Yemen.")
    assert event.details.attributed_to == ()


@pytest.mark.parametrize("text", [
    "Two drones hit US troops at Erbil Air Base in Iraq on Sunday in an attack claimed by Kataib Hezbollah, "
    "a faction backed by Iran.",
    "Rockets struck Al-Asad Airbase in Iraq on Sunday, an assault later claimed by the Islamic Resistance in "
    "Iraq.",
])
def test_an_act_told_as_fact_with_its_claim_beside_it_stands_and_carries_its_claimant(text: str) -> None:
    found = extract_article(make_article(text, MON))
    (event,) = found.events
    assert event.type == "attack_on_us_forces" and event.date == dt.date(2024, 1, 28)
    assert [n.name for n in event.details.claimed_by] == [found.statements[0].who]
    assert [s.kind for s in found.statements] == ["claim"]  # the claim is still a claim of its own
    assert event.details.attributed_to == ()


def test_an_act_told_only_as_claimed_is_a_claim_not_an_act() -> None:
    found = extract_article(make_article("A drone attack on Erbil Air Base in Iraq on Sunday was claimed by "
                                         "Kataib Hezbollah.", MON))
    assert found.events == ()
    assert [(s.kind, s.who) for s in found.statements] == [("claim", "Kataib Hezbollah")]


def test_a_statement_that_is_not_an_act_is_a_statement() -> None:
    found = extract_article(make_article(
        "Kataib Hezbollah announced on Tuesday that it was suspending its operations against US forces "
        "in Iraq and Syria.", MON))
    assert found.events == ()
    assert [(s.kind, s.who) for s in found.statements] == [("suspension", "Kataib Hezbollah")]


# --- site, weapons, counts, targets -------------------------------------------------------

def test_the_site_is_the_installation_apart_from_the_town() -> None:
    event = one("A one-way attack drone struck Erbil Air Base in Erbil, Iraq, on Sunday, US officials said.")
    assert event.details.site is not None and event.details.site.name == "Erbil air base"
    assert event.details.site.source.quote.startswith("A one-way attack drone struck")
    assert event.details.coordinates is not None
    at = event.details.coordinates
    assert (at.place, at.precision) == ("Erbil air base", "site")
    assert [(w.name, w.written) for w in event.details.weapons] == [("drone", "one-way attack drone")]


@pytest.mark.parametrize(("text", "written"), [
    ("Two drones hit the Shaddadi base in Hasakah, Syria, on Sunday.", "Shaddadi base"),
    ("Rockets hit the US base in Shaddadi, Syria, on Sunday.", "base in Shaddadi"),
    # the town told as the base through an apposition saying what it is, or as "home to" US forces
    ("Rockets were fired at Shaddadi, a small town of Hasakah that houses US troops, on Sunday.", "Shaddadi"),
    ("Two drones hit Shaddadi, home to a US base, in Syria on Sunday.", "Shaddadi"),
])
def test_a_town_told_as_its_base_is_the_site(text: str, written: str) -> None:
    site = one(text).details.site
    assert site is not None and (site.name, site.written) == ("Al-Shaddadi", written)


def test_a_town_told_as_a_town_is_no_site() -> None:
    assert one("Rockets hit US forces near Shaddadi, Syria, on Sunday.").details.site is None
    assert one("Rockets hit US forces near Shaddadi, a town that has been quiet for months, in Syria on "
               "Sunday.").details.site is None


def test_a_strikes_aircraft_and_counts_not_the_attacks_weapons() -> None:
    event = one("US B-1 bombers struck 85 targets at seven facilities in Iraq on Friday with more than 125 "
                "munitions, in response to the drone attack.", dt.date(2024, 2, 3))
    assert event.type == "us_strike"
    assert [(w.name, w.written) for w in event.details.weapons] == [("B-1", "B-1 bombers")]
    assert {(c.what, c.value, c.qualifier) for c in event.details.counts} == {
        ("targets", 85, "exact"), ("facilities", 7, "exact"), ("munitions", 125, "more than")}


def test_unnamed_fighters_are_a_strikes_craft_but_a_deployment_is_not() -> None:
    strike = one("US fighter jets struck a militia depot near Al-Qaim in Iraq on Sunday, officials said.")
    assert [w.name for w in strike.details.weapons] == ["fighter jets"]
    posture = one("US warplanes struck a militia depot near Al-Qaim in Iraq on Sunday. The Pentagon has "
                  "deployed additional fighter aircraft to the region.")
    assert [(w.name, w.written) for w in posture.details.weapons] == [("fighter jets", "warplanes")]
    assert "deployed" not in posture.details.weapons[0].source.quote
    named = one("Two US F-15 fighter jets struck a militia depot near Al-Qaim in Iraq on Sunday.")
    assert [w.name for w in named.details.weapons] == ["F-15"]  # "fighter jets" is the F-15's noun


def test_a_strikes_target_is_the_named_commander() -> None:
    event = one("The US military struck a Harakat al-Nujaba headquarters in Baghdad on Thursday, killing the "
                "group's commander Mushtaq Jawad Kazim al-Jawari, officials said.", dt.date(2024, 1, 5))
    assert "Mushtaq Jawad Kazim al-Jawari" in [t.name for t in event.details.targets]


def test_a_site_read_from_a_later_sentence_places_the_event_on_the_map() -> None:
    # the act's own sentence names only the country; the base is named in the next one
    event = one("Militants fired two rockets at US forces in western Iraq on Tuesday, officials said. The "
                "rockets were aimed at Al-Asad Airbase, where no one was hurt.", dt.date(2024, 1, 24))
    assert event.places == ()
    assert event.details.site is not None
    at = event.details.coordinates
    assert at is not None and (at.place, at.precision) == (event.details.site.name, "site")


def test_an_event_known_only_to_its_country_has_no_coordinates() -> None:
    event = one("Rockets were fired at US forces in Syria on Sunday, the Pentagon said.")
    assert event.details.coordinates is None


def test_a_site_and_weapon_named_later_in_the_article_join_its_one_attack() -> None:
    text = ("US forces in north-eastern Syria came under attack on Friday, the Pentagon said. A spokesman "
            "gave no further account. Several personnel are being checked for head injuries. The damaged "
            "building is at the Rumalyn Landing Zone, he said, and the weapon was a one-way attack drone.")
    event = one(text, dt.date(2024, 8, 12))
    assert event.details.site is not None and event.details.site.name == "Rumalyn Landing Zone"
    assert [(w.name, w.written) for w in event.details.weapons] == [("drone", "one-way attack drone")]
    later = text.index("The damaged building")
    assert event.details.site.source.start == later  # the sentence it was read from
    assert event.details.weapons[0].source.start == later


@pytest.mark.parametrize(("text", "expected"), [
    # the campaign's means, not this attack's
    ("Rockets hit Al-Asad Airbase in Iraq on Sunday. These assaults have involved a mix of rockets, drones "
     "and mortars, officials said.", ["rocket"]),
    ("Drones hit Al-Asad Airbase in Iraq on Sunday, after months of nearly daily rocket and mortar attacks.",
     ["drone"]),
    # a neighbouring sentence of another time
    ("A drone hit Al-Asad Airbase in Iraq on Sunday. The base had come under rocket fire the previous week.",
     ["drone"]),
    # the campaign's acts counted, in the attack's own sentence
    ("Drones hit Al-Asad Airbase in Iraq on Sunday; the groups have hit US forces with rockets and missiles "
     "more than 150 times since October.", ["drone"]),
])
def test_the_campaigns_weapons_are_not_this_attacks(text: str, expected: list[str]) -> None:
    assert [w.name for w in one(text).details.weapons] == expected


def test_a_strikes_munitions_are_its_weapons() -> None:
    found = events_of("US forces struck 85 targets in Iraq and Syria on Friday with more than 125 precision "
                      "munitions, using B-1 bombers.", dt.date(2024, 2, 3))
    assert found
    for event in found:
        assert [w.name for w in event.details.weapons] == ["precision-guided munitions", "B-1"]
        assert [w.written for w in event.details.weapons] == ["precision munitions", "B-1 bombers"]


def test_a_town_told_as_hosting_us_troops_is_the_site() -> None:
    event = one("A drone hit Al-Shaddadi, which hosts US troops, in Syria on Sunday.")
    assert event.details.site is not None and event.details.site.name == "Al-Shaddadi"
    assert one("Rockets hit Al-Shaddadi in Syria on Sunday.").details.site is None  # only the town


def test_the_one_installation_an_article_names_in_its_attacks_country_is_its_site() -> None:
    # the later sentence tells a time of its own, so it is not joined to the attack; its base is
    # still the article's one installation in Jordan
    event = one("A drone attack killed three US soldiers in Jordan on Sunday, officials said. About 350 "
                "troops are based at Tower 22, which was built in 2016.")
    assert event.details.site is not None and event.details.site.name == "Tower 22"
    assert "Tower 22" in event.details.site.source.quote
    # two attacks in one country: which base was whose is not said
    found = events_of("Rockets struck US forces in Iraq on Sunday. Separately, drones hit Al-Asad Airbase "
                      "on Saturday.")
    rockets = next(e for e in found if e.date == dt.date(2024, 1, 28))
    assert rockets.details.site is None


@pytest.mark.parametrize(("text", "written"), [
    ("US F-15E jets struck a weapons storage facility used by the IRGC near Abu Kamal in eastern Syria on "
     "Sunday.", "a weapons storage facility"),
    ("US forces struck a training facility and a safe house near Abu Kamal in Syria on Sunday.",
     "a training facility and a safe house"),
    # the attack it answered hit a US installation: not what the strike hit
    ("US aircraft struck weapons storage and logistics hubs in Syria on Sunday, in response to the attack "
     "on a US command center.", "weapons storage and logistics hubs"),
    ("US aircraft struck militants in Syria on Sunday, in response to the attack on a US command center.",
     None),
])
def test_what_a_strike_hit_as_the_report_writes_it(text: str, written: str | None) -> None:
    event = one(text)
    assert [f.written for f in event.details.facilities] == ([written] if written else [])
    assert event.details.site is None  # never a gazetteer installation, never joined on by day
    if written:
        assert f"US strike on {written} " in row_text(event)


def test_an_attack_has_a_site_not_a_facility() -> None:
    event = one("Rockets hit the weapons storage area of Al-Asad Airbase in Iraq on Sunday.")
    assert event.details.facilities == ()
    assert event.details.unnamed_sites == ()


@pytest.mark.parametrize(("text", "written"), [
    ("Two drones targeted a base in Erbil, Iraq, on Sunday, officials said.", "a base in Erbil"),
    ("Rockets were fired at a base housing American troops in Syria on Sunday.",
     "a base housing American troops"),
    ("A drone struck a military base hosting US forces in Iraq on Sunday.",
     "a military base hosting US forces"),
    # all the text gives: whose it is, or the country with where in it (the fourteenth session: a
    # reader wants "a US base in north-east Jordan" rather than nothing)
    ("A drone struck a US military base in Jordan on Sunday.", "a US military base in Jordan"),
    ("Three US soldiers died when a drone hit a U.S. outpost in north-east Jordan on Sunday.",
     "a U.S. outpost in north-east Jordan"),
    ("A drone crashed into a Jordanian base on Sunday, wounding US troops.", "a Jordanian base"),
    ("Drones hit a base in northeastern Syria on Sunday, officials said.", "a base in northeastern Syria"),
    ("A drone hit a US base near the border in Syria on Sunday.", "a US base"),
    # a named installation is the site; a base told back, or bare, says nothing
    ("A drone struck Tower 22, a US base in Jordan, on Sunday.", None),
    ("Rockets hit the base in Syria on Sunday.", None),
    ("Rockets were fired at a base on Sunday in Syria.", None),
    ("A drone hit an old base near the border in Syria on Sunday.", None),
])
def test_an_attack_on_a_base_told_without_its_name_keeps_the_words(text: str, written: str | None) -> None:
    event = one(text)
    assert [f.written for f in event.details.unnamed_sites] == ([written] if written else [])
    assert event.details.facilities == ()  # typed apart: never a strike's facility
    if written:
        assert event.details.site is None  # never made into a name
        assert f" at {written}" in row_text(event)


def test_a_base_told_by_its_town_comes_before_the_ledes_country() -> None:
    event = one("A drone struck a US base in Iraq on Sunday, wounding three US troops. The group said "
                "it had targeted the base, and officials said the drone hit a base in Erbil on Sunday.")
    assert [f.written for f in event.details.unnamed_sites] == ["a base in Erbil"]


@pytest.mark.parametrize(("unnamed", "places", "country", "expected"), [
    ("a US base in north-east Jordan", [], "Jordan", "at a US base in north-east Jordan"),
    ("a Jordanian base", [], "Jordan", "at a Jordanian base"),
    ("a base housing American troops", [], "Syria", "at a base housing American troops in Syria"),
    ("a base in Erbil", ["Erbil"], "Iraq", "at a base in Erbil, Iraq"),
])
def test_a_row_writes_an_unnamed_base_as_the_report_does(unnamed: str, places: list[str], country: str,
                                                         expected: str) -> None:
    evidence = Evidence("a1", 0, 1, "x")
    event = Event(id="e1", type="attack_on_us_forces", date=MON, date_precision="day", country=country,
                  places=tuple(places), actors=(), weapons=(), summary="", sources=(evidence,),
                  details=Details(unnamed_sites=(Named(unnamed.lower(), evidence, unnamed),)))
    assert row_text(event).startswith(f"Attack on US forces {expected}")
    assert f"{country}, {country}" not in row_text(event)


@pytest.mark.parametrize(("text", "site"), [
    ("A drone hit the Burj 22 base in Jordan on Sunday, killing three US soldiers.", "Tower 22"),
    ("A drone hit the T-22 outpost in Jordan on Sunday, killing three US soldiers.", "Tower 22"),
    ("Two rockets were fired at the Victoria military base near Baghdad on Sunday.", "Victory Base"),
])
def test_an_installation_by_the_other_names_reports_give_it(text: str, site: str) -> None:
    event = one(text)
    assert event.details.site is not None and event.details.site.name == site


def test_a_base_as_written_stands_aside_when_another_report_names_the_site() -> None:
    named = one("A drone hit Tower 22 in Jordan on Sunday, killing three US soldiers.", article_id="a1")
    told = one("A drone attack hit a base near Rukban in Jordan on Sunday, killing three US soldiers.",
               article_id="a2")
    assert [f.written for f in told.details.unnamed_sites] == ["a base near Rukban"]
    merged = merge_details([named.details, told.details])
    assert merged.site is not None and merged.site.name == "Tower 22"
    assert merged.facilities == ()
    # each report's words are kept (the JSON says what each report gave); the row names the site
    assert [f.written for f in merged.unnamed_sites] == ["a base near Rukban"]


def test_a_weapon_named_for_another_event_does_not_attach() -> None:
    found = events_of("Rockets struck Al-Asad Airbase in Iraq on Monday, officials said. On Tuesday a "
                      "drone hit Tower 22 in Jordan, injuring two US soldiers.")
    weapons = {e.country: [w.name for w in e.details.weapons] for e in found}
    assert weapons == {"Iraq": ["rocket"], "Jordan": ["drone"]}


def test_a_later_sentence_is_not_joined_when_the_article_tells_two_attacks() -> None:
    found = events_of("A drone hit Tower 22 in Jordan on Sunday. Rockets struck Al-Asad Airbase in Iraq on "
                      "Sunday. Officials said the launcher was found near the base, and a missile too.")
    assert all("missile" not in [w.name for w in e.details.weapons] for e in found)


def test_the_means_of_one_nights_strikes_in_two_countries_are_each_ones() -> None:
    found = events_of("US aircraft struck militia targets in Iraq on Friday. US aircraft also struck "
                      "militia targets in Syria on Friday.\n\nThe operation used more than 125 precision "
                      "munitions, the Pentagon said.", dt.date(2024, 2, 3))
    weapons = {e.country: [w.name for w in e.details.weapons] for e in found}
    assert weapons == {"Iraq": ["precision-guided munitions"], "Syria": ["precision-guided munitions"]}


@pytest.mark.parametrize(("means", "expected"), [
    ("B-1 bombers dropped more than 125 precision munitions in the strikes.",
     ["B-1", "precision-guided munitions"]),
    # strikes counted are many acts, not this night's
    ("The US has carried out more than 125 missile strikes on the groups.", []),
])
def test_the_means_of_the_strikes_of_one_night(means: str, expected: list[str]) -> None:
    found = events_of("US aircraft struck militia targets in Iraq on Friday. US aircraft also struck "
                      "militia targets in Syria on Friday.\n\n" + means, dt.date(2024, 2, 3))
    weapons = {e.country: [w.name for w in e.details.weapons] for e in found}
    assert weapons == {"Iraq": expected, "Syria": expected}


def test_the_means_of_strikes_on_other_days_are_not_joined() -> None:
    found = events_of("US aircraft struck militia targets in Iraq on Friday. US aircraft struck militia "
                      "targets in Syria on Wednesday.\n\nThe operation used more than 125 precision "
                      "munitions, the Pentagon said.", dt.date(2024, 2, 3))
    assert len(found) == 2
    assert all(e.details.weapons == () for e in found)


def test_another_wars_weapons_in_a_later_sentence_do_not_attach() -> None:
    event = one("A rocket hit US forces at Al-Asad Airbase in Iraq on Sunday, officials said. A warship "
                "shot down missiles and drones launched by the Houthis.")
    assert [w.name for w in event.details.weapons] == ["rocket"]


def test_a_strikes_drone_is_its_craft_but_not_the_drone_of_the_attack_it_answered() -> None:
    flown = one("The US killed a militia commander in a drone strike in Baghdad on Wednesday, officials say.",
                dt.date(2024, 2, 8))
    assert flown.type == "us_strike" and [w.name for w in flown.details.weapons] == ["drone"]
    answered = one("US jets struck militia sites in Iraq on Friday in response to the drone strike on the US "
                   "base in Jordan.", dt.date(2024, 2, 3))
    assert answered.type == "us_strike" and "drone" not in [w.name for w in answered.details.weapons]


def test_a_strike_answering_an_attack_at_a_base_has_no_site() -> None:
    found = events_of("Militants fired a missile at Al-Asad Airbase in Iraq on Monday; a US gunship "
                      "answered the fire, killing several militants, officials said.")
    assert [e.details.site for e in found if e.type != "attack_on_us_forces"] in ([], [None])


# --- the row: built from the record ---------------------------------------------------------

def test_the_row_tells_what_happened_from_the_record() -> None:
    first = one("A one-way attack drone hit Tower 22 in Jordan on Sunday, killing three US soldiers and "
                "injuring 25. The Islamic Resistance in Iraq claimed the attack.", dt.date(2024, 1, 28), "a")
    later = one("The drone attack on Tower 22 in Jordan on Jan. 28 wounded more than 40 US troops. President "
                "Biden blamed Kataib Hezbollah.", dt.date(2024, 1, 30), "b")
    from dataclasses import replace

    event = replace(first, details=merge_details([first.details, later.details]))
    assert row_text(event) == ("One-way attack drone attack on US forces at Tower 22, Jordan: 3 US killed, "
                               "40+ US injured (25 → 40+); attributed to Kataib Hezbollah; "
                               "Islamic Resistance in Iraq claimed")


def test_a_row_weighs_blames_by_how_many_reports_make_them() -> None:
    from dataclasses import replace

    texts = ["A drone attack hit Tower 22 in Jordan on Sunday. Officials blamed Iran-backed militias.",
             "A drone attack struck Tower 22 in Jordan on Jan. 28. The Pentagon blamed Iran-backed groups.",
             "The drone attack on Tower 22 in Jordan on Jan. 28 was carried out by Kataib Hezbollah, "
             "a US official said."]
    reports = [one(text, dt.date(2024, 1, 29), f"r{n}") for n, text in enumerate(texts)]
    event = replace(reports[0], details=merge_details([r.details for r in reports]))
    assert "attributed to Iran-backed groups (2 reports), Kataib Hezbollah (1)" in row_text(event)


def test_a_strikes_row_says_what_it_hit_with_what_and_whom_it_killed() -> None:
    found = events_of("A US AC-130 gunship struck militants near Abu Ghraib in Iraq on Monday, killing one "
                      "fighter and wounding three others, after they fired a missile at US forces at Al-Asad "
                      "Airbase.")
    strike = next(e for e in found if e.type != "attack_on_us_forces")
    row = row_text(strike)
    assert row.startswith("US self-defence strike near Abu Ghraib")
    assert "1 militant killed, 3 militants injured" in row
    assert "Al-Asad" not in row  # the base of the attack it answered is not the strike's site


def test_a_row_counts_what_most_reports_give_not_one_outlets_higher_figure() -> None:
    from dataclasses import replace

    texts = ["US bombers struck 85 targets at seven facilities in Syria on Friday, Feb. 2, 2024.",
             "US forces hit 85 targets at seven facilities in Syria on Friday, Feb. 2, 2024.",
             "US jets struck 17 facilities in Syria on Friday, Feb. 2, 2024, a station said."]
    reports = [one(text, dt.date(2024, 2, 3), f"r{n}") for n, text in enumerate(texts)]
    event = replace(reports[0], details=merge_details([r.details for r in reports]))
    assert "(85 targets, 7 facilities)" in row_text(event)


def test_a_row_orders_figures_by_their_day_and_leaves_out_undated_ones() -> None:
    from dataclasses import replace

    from briefing.model import Casualty, Evidence

    def injured(value: int, qualifier: str, day: dt.date | None, article: str) -> Casualty:
        return Casualty("us", "injured", value, qualifier, day,  # type: ignore[arg-type]
                        Evidence(article, 0, 5, "words"))

    event = one("A drone hit Tower 22 in Jordan on Sunday, killing three US soldiers.", dt.date(2024, 1, 28))
    figures = (injured(25, "exact", dt.date(2024, 1, 28), "a"), injured(47, "exact", None, "b"),
               injured(40, "more than", dt.date(2024, 1, 30), "c"),
               injured(34, "exact", dt.date(2024, 1, 29), "d"))
    row = row_text(replace(event, details=replace(event.details, casualties=figures)))
    assert "40+ US injured (25 → 34 → 40+)" in row
    undated = row_text(replace(event, details=replace(event.details, casualties=figures[1:2])))
    assert "47 US injured" in undated


def test_the_row_shows_the_figure_the_periods_table_counts() -> None:
    from dataclasses import replace

    from briefing.compare import tolls
    from briefing.model import Casualty, Evidence

    def killed(value: int, qualifier: str, article: str) -> Casualty:
        return Casualty("unknown", "killed", value, qualifier, dt.date(2024, 2, 3),  # type: ignore[arg-type]
                        Evidence(article, 0, 5, "words"))

    event = one("US aircraft struck militia sites near Al-Qaim in Iraq on Friday, Feb. 2, 2024.",
                dt.date(2024, 2, 3))
    event = replace(event, details=replace(event.details, casualties=(killed(16, "at least", "a"),
                                                                      killed(3, "exact", "b"))))
    counted = next(t for t in tolls([event]) if t.kind == "killed")
    # two reports of one day that disagree: both shown with their day, neither as the other's successor
    # (the side's note and the figures' steps in one bracket: twenty-third session)
    assert (f": {counted.value} killed (side not reported; reports differ: ≥16 on 3 Feb, "
            f"{counted.value} on 3 Feb)") in row_text(event)
    assert "→" not in row_text(event)


def test_each_figure_of_a_row_says_which_sources_give_it() -> None:
    from dataclasses import replace

    from briefing.model import Casualty, Evidence

    def injured(value: int, day: int, article: str) -> Casualty:
        return Casualty("us", "injured", value, "exact", dt.date(2024, 1, day),
                        Evidence(article, 0, 5, "words"))

    event = one("A drone hit Tower 22 in Jordan on Sunday, killing three US soldiers.", MON, "k")
    figures_ = (*event.details.casualties, injured(25, 28, "a"), injured(34, 29, "b"),
                injured(34, 29, "c"), injured(40, 30, "d"))
    event = replace(event, details=replace(event.details, casualties=figures_))
    numbers = {"k": 1, "a": 4, "b": 2, "c": 3, "d": 7}
    row = row_text(event, numbers=numbers)
    # the latest figure's sources are its step's
    assert ": 3 US killed [1], 40 US injured (25 [4] → 34 [2][3] → 40 [7])" in row
    # without the source list's numbers (a plain-text row), the figures alone
    assert ": 3 US killed, 40 US injured (25 → 34 → 40)" in row_text(event)


def test_a_figure_that_falls_on_a_later_day_reads_as_reports_that_differ() -> None:
    from dataclasses import replace

    from briefing.model import Casualty, Evidence

    def killed(value: int, qualifier: str, day: int, article: str) -> Casualty:
        return Casualty("militants", "killed", value, qualifier, dt.date(2024, 2, day),  # type: ignore[arg-type]
                        Evidence(article, 0, 5, "words"))

    event = one("US aircraft struck militia sites near Al-Qaim in Iraq on Friday, Feb. 2, 2024.",
                dt.date(2024, 2, 3))
    falling = (killed(16, "at least", 3, "a"), killed(3, "exact", 4, "b"))
    rising = (killed(3, "exact", 3, "a"), killed(16, "at least", 4, "b"))
    row = row_text(replace(event, details=replace(event.details, casualties=falling)))
    assert ": 3 militants killed (reports differ: ≥16 on 3 Feb, 3 on 4 Feb)" in row
    row = row_text(replace(event, details=replace(event.details, casualties=rising)))
    assert ": ≥16 militants killed (3 → ≥16)" in row


def test_a_floor_and_a_higher_figure_on_one_day_agree_but_two_exact_figures_differ() -> None:
    from dataclasses import replace

    from briefing.model import Casualty, Evidence

    def injured(value: int, qualifier: str, day: int, article: str) -> Casualty:
        return Casualty("us", "injured", value, qualifier, dt.date(2024, 1, day),  # type: ignore[arg-type]
                        Evidence(article, 0, 5, "words"))

    event = one("A drone hit Tower 22 in Jordan on Sunday, killing three US soldiers.", MON)
    floor = (injured(24, "at least", 29, "a"), injured(34, "at least", 29, "b"),
             injured(40, "more than", 30, "c"))
    row = row_text(replace(event, details=replace(event.details, casualties=floor)))
    assert "40+ US injured (≥24 → ≥34 → 40+)" in row  # "at least 24" does not deny 34
    exact = (injured(24, "exact", 29, "a"), injured(34, "exact", 29, "b"))
    row = row_text(replace(event, details=replace(event.details, casualties=exact)))
    assert "34 US injured (reports differ: 24 on 29 Jan, 34 on 29 Jan)" in row


def test_a_rows_weapon_before_the_act_is_singular() -> None:
    event = one("Rockets were fired at US forces at Al-Asad Airbase in Iraq on Sunday, officials said.")
    assert row_text(event).startswith("Rocket attack on US forces at Al-Asad Airbase, Iraq")


def test_a_storys_partner_forces_are_its_profiles_words() -> None:
    from briefing.extract.details.casualties import _partner
    from briefing.topic import load_topic

    assert load_topic().vocabulary.partner_words  # the first story names its partners in its profile
    own = _partner(("Norland Guard",))
    assert own.search("three Norland Guard soldiers") and own.search("two police officers")
    assert not _partner(()).search("three Norland Guard soldiers")  # another story's partners are not


def test_harir_is_a_base_of_its_own_placed_no_more_exactly_than_its_province() -> None:
    event = one("A drone struck Harir air base in Iraq on Sunday, officials said.")
    assert event.details.site is not None and event.details.site.name == "Harir air base"
    at = event.details.coordinates
    assert at is not None and (at.place, at.precision) == ("Harir air base", "province")


# --- claims and blames told in the forms new reporting uses (classes found on the field set) -------

@pytest.mark.parametrize("claim", [
    # the reason a group gives names another war: its cause, not its place
    "The Islamic Resistance in Iraq claimed it, calling it a response to American support for Israel.",
    "The Islamic Resistance in Iraq claimed the attack, which it said was retaliation for the war in Gaza.",
    # ... and so does the apposition saying what the group is
    "The Islamic Resistance in Iraq, a front opposed to the war in Gaza, claimed responsibility.",
    # the apposition of a group named after "claimed by" tells the campaign, not this claim
    "Responsibility was claimed by the Islamic Resistance in Iraq, a front of several factions that has "
    "claimed over a hundred attacks on US troops.",
])
def test_a_claim_whose_group_is_described_by_other_acts_or_wars_is_still_its_claim(claim: str) -> None:
    event = one("Rockets struck US forces at Al-Asad Airbase in Iraq on Sunday, officials said.\n\n" + claim)
    assert [n.name for n in event.details.claimed_by] == ["Islamic Resistance in Iraq"]
    assert event.details.attributed_to == ()


@pytest.mark.parametrize("claim", [
    "Most of those attacks have been claimed by the Islamic Resistance in Iraq, a front of factions.",
    "Dozens of rocket and drone attacks on US bases were claimed by the Islamic Resistance in Iraq.",
])
def test_the_campaigns_acts_claimed_in_the_passive_are_not_this_attacks_claim(claim: str) -> None:
    event = one("Rockets struck US forces at Al-Asad Airbase in Iraq on Sunday, officials said. " + claim)
    assert event.details.claimed_by == ()


@pytest.mark.parametrize("blame", [
    "A defense official said Kataib Hezbollah was to blame.",
    "Washington has pinned the strike on Kataib Hezbollah.",
    "The Pentagon laid the blame for the deaths on Kataib Hezbollah.",
    # a voice of the US side speaking (the profile's voices), and the group's home between the group
    # and its verb
    "Biden said Kataib Hezbollah fighters based in Iraq carried out the attack.",
    "Biden said the attack was carried out by Kataib Hezbollah.",
])
def test_more_ways_officials_lay_the_blame(blame: str) -> None:
    event = one("A drone attack killed three US troops in Jordan on Sunday. " + blame)
    assert [n.name for n in event.details.attributed_to] == ["Kataib Hezbollah"]
    assert event.details.claimed_by == ()


def test_a_blame_in_the_passive_is_an_attribution_only_in_an_officials_voice() -> None:
    told = "A drone attack killed three US troops in Jordan on Sunday. The attack has been attributed to {}."
    assert one(told.format("Kataib Hezbollah")).details.attributed_to == ()
    voiced = one(told.format("Kataib Hezbollah, US officials said"))
    assert [n.name for n in voiced.details.attributed_to] == ["Kataib Hezbollah"]


def test_a_blame_told_apart_that_names_the_groups_home_still_reaches_the_attack() -> None:
    text = ("A drone hit Tower 22 in Jordan on Sunday, killing three US soldiers.\n\n"
            "On Monday rockets struck Al-Asad Airbase in Iraq, officials said.\n\n"
            "Austin vowed to respond at a time of his choosing.\n\n"
            "The Pentagon blamed Iran-backed militias operating in Iraq and Syria for the deaths at "
            "Tower 22{}.")
    blamed = {e.country: [n.name for n in e.details.attributed_to] for e in events_of(text.format(""))}
    assert blamed == {"Jordan": ["Iran-backed groups"], "Iraq": []}
    # a blame that also names an act in another country is left to neither
    both = events_of(text.format(" and for rocket fire in Iraq"))
    assert all(e.details.attributed_to == () for e in both)


def test_a_timelines_claim_naming_the_day_reaches_that_days_attack_only() -> None:
    told = ("Rockets struck Al-Asad Airbase in Iraq on 3 February, officials said.\n\n"
            "Drones hit the Rumalyn Landing Zone in Syria on 5 February, wounding two US soldiers.\n\n"
            "Washington has sent more air defences to the region.\n\n"
            "{}, the Islamic Resistance in Iraq claimed responsibility for the drones.")
    found = events_of(told.format("On 5 February"), dt.date(2024, 2, 6))
    claims = {e.country: [n.name for n in e.details.claimed_by] for e in found}
    assert claims == {"Iraq": [], "Syria": ["Islamic Resistance in Iraq"]}
    # a claim naming two days is neither's, nor is one naming a day of no attack
    for day in ("On 3 and 5 February", "On 4 February"):
        assert all(e.details.claimed_by == () for e in events_of(told.format(day), dt.date(2024, 2, 6))), day


@pytest.mark.parametrize("said", [
    "An Iraqi security official said the drones were launched by Kataib Hezbollah.",
    "A spokesman for the Syrian Democratic Forces said Kataib Hezbollah launched the drones.",
    "Iraqi military sources said the attack was carried out by Kataib Hezbollah.",
])
def test_another_partys_official_naming_who_did_it_is_no_us_attribution(said: str) -> None:
    event = one("Drones struck US forces at Al-Asad Airbase in Iraq on Sunday. " + said)
    assert event.details.attributed_to == ()


def test_a_groups_own_spokesman_makes_a_claim_and_never_an_attribution() -> None:
    event = one("Drones struck US forces at Al-Asad Airbase in Iraq on Sunday. A spokesman for Kataib "
                "Hezbollah said its fighters carried out the attack.")
    assert [n.name for n in event.details.claimed_by] == ["Kataib Hezbollah"]
    assert event.details.attributed_to == ()


def test_an_act_orchestrated_by_a_group_in_an_officials_report_is_an_attribution() -> None:
    event = one("Missiles hit Al-Asad Airbase in Iraq on Saturday. The assault, orchestrated by Iran-backed "
                "militants, wounded two US troops, as reported by US Central Command.", dt.date(2024, 1, 21))
    assert [n.name for n in event.details.attributed_to] == ["Iran-backed groups"]
    assert event.details.claimed_by == ()


@pytest.mark.parametrize(("told", "group"), [
    # Iraq's Hezbollah is Kataib Hezbollah, never Lebanon's (another war's party)
    ("US officials blamed Iraqi Hezbollah for the attack.", "Kataib Hezbollah"),
    ("US officials blamed Kata'ib Hizbullah for the attack.", "Kataib Hezbollah"),
    ("US officials blamed Iranian-linked militants for the attack.", "Iran-backed groups"),
])
def test_the_profiles_spellings_of_the_groups_name_the_group_blamed(told: str, group: str) -> None:
    event = one("Drones struck US forces at Al-Asad Airbase in Iraq on Sunday. " + told)
    assert [n.name for n in event.details.attributed_to] == [group]


def test_a_group_whose_name_holds_another_partys_is_that_group() -> None:
    # "Ansar Allah" alone is the Houthis' name: the longer name is an Iraqi group's claim
    event = one("Drones struck US forces at Al-Asad Airbase in Iraq on Sunday. Harakat Ansar Allah "
                "al-Awfiya claimed responsibility for the attack.")
    assert [n.name for n in event.details.claimed_by] == ["Harakat Ansar Allah al-Awfiya"]


@pytest.mark.parametrize("claim", [
    "Kataib Hezbollah said its drones had hit the base.",
    "Kataib Hezbollah said it had shelled the base overnight.",
    "Kataib Hezbollah assumed responsibility for the attack.",
    "Kataib Hezbollah announced full responsibility for the drones.",
    # the clause a claim goes on to is no part of what it claims
    "Kataib Hezbollah said it had struck the base, warning that more attacks would follow.",
])
def test_more_ways_a_group_owns_its_act(claim: str) -> None:
    found = extract_article(make_article("Drones struck US forces at Al-Asad Airbase in Iraq on Sunday, "
                                         "officials said. " + claim, MON))
    (event,) = found.events
    assert [n.name for n in event.details.claimed_by] == ["Kataib Hezbollah"]
    assert event.details.attributed_to == ()
    assert [(s.kind, s.who) for s in found.statements] == [("claim", "Kataib Hezbollah")]


@pytest.mark.parametrize("blame", [
    "Kataib Hezbollah is believed to be behind the attack, US officials said.",
    "US officials said the attack was the work of Kataib Hezbollah.",
    "\u201cKataib Hezbollah carried out this attack,\u201d the Pentagon spokesman said.",
])
def test_more_ways_officials_name_who_did_it(blame: str) -> None:
    event = one("A drone attack killed three US troops in Jordan on Sunday. " + blame)
    assert [n.name for n in event.details.attributed_to] == ["Kataib Hezbollah"]
    assert event.details.claimed_by == ()


@pytest.mark.parametrize("text", [
    # a belief told in the report's own words is no official's
    "Kataib Hezbollah is believed to be behind the attack.",
    # a speaker's doubt, and a group's denial, name no one responsible
    "US officials said it was too early to say whether Kataib Hezbollah was behind the attack.",
    "A US official declined to say if Kataib Hezbollah carried out the attack.",
    "Kataib Hezbollah denied it was behind the attack.",
    "Kataib Hezbollah said it was not behind the attack.",
])
def test_doubt_denial_and_belief_are_no_attribution(text: str) -> None:
    event = one("A drone attack killed three US troops in Jordan on Sunday. " + text)
    assert event.details.attributed_to == ()
    assert event.details.claimed_by == ()


def test_a_headlines_claim_in_the_present_tense_is_the_one_attacks_claim() -> None:
    found = extract_article(make_article("Raiders group claims drone attack on US base\n\nA drone struck the "
                                         "Rumalyn Landing Zone in Syria on Sunday, officials said.\n\nThe "
                                         "Islamic Resistance in Iraq claims drone attack on US base.", MON))
    (event,) = found.events
    assert [n.name for n in event.details.claimed_by] == ["Islamic Resistance in Iraq"]
    # "claims that", "claims of": what a group asserts or is said to have done, not its claim
    for told in ("The Islamic Resistance in Iraq claims that US forces left the base.",
                 "Claims of the Islamic Resistance in Iraq were not confirmed."):
        other = one("A drone struck the Rumalyn Landing Zone in Syria on Sunday, officials said.\n\n" + told)
        assert other.details.claimed_by == (), told


AUG = dt.date(2024, 8, 5)


@pytest.mark.parametrize("background", [
    # a blame of an act in another month, or another country, told beside this attack
    "In January, the US blamed Kataib Hezbollah for a drone strike that killed three soldiers.",
    "Kataib Hezbollah, which Washington blamed for killing three soldiers in Jordan, has since paused its "
    "attacks.",
    "US officials blamed Kataib Hezbollah for the rockets fired at Al-Asad Airbase.",
])
def test_a_blame_of_another_act_told_beside_this_one_is_not_its(background: str) -> None:
    event = one("A drone struck the Rumalyn Landing Zone in Syria on Sunday, officials said. " + background,
                AUG)
    assert event.details.attributed_to == ()


def test_a_month_that_bounds_the_campaign_tells_no_other_act() -> None:
    event = one("A drone struck the Rumalyn Landing Zone in Syria on Sunday, officials said. Kataib "
                "Hezbollah, quiet since February, said it had targeted the base.", AUG)
    assert [n.name for n in event.details.claimed_by] == ["Kataib Hezbollah"]
    told = one("A drone struck the Rumalyn Landing Zone in Syria on Sunday, officials said. In February, "
               "Kataib Hezbollah said it had targeted the base.", AUG)
    assert told.details.claimed_by == ()


# --- an official's words about a group are never the group's claim -------------------------

def _parties(sentence: str) -> tuple[list[str], list[str], list[tuple[str, str | None]]]:
    found = extract_article(make_article("A rocket attack hit US troops at Ain al-Asad Airbase in Iraq on "
                                         "Saturday, injuring two of them. " + sentence, MON))
    (event,) = found.events
    return ([n.name for n in event.details.claimed_by], [n.name for n in event.details.attributed_to],
            [(s.kind, s.who) for s in found.statements])


@pytest.mark.parametrize("blame", [
    # "bears responsibility" is what another says of the group: in an official's voice, a blame
    "Secretary of Defense Lloyd Austin said Kataib Hezbollah bears responsibility for the rockets.",
    "American officials said Kataib Hezbollah bore responsibility for Saturday's rockets.",
    "The Pentagon said Kataib Hezbollah ultimately bears responsibility for what happened at the base.",
])
def test_a_group_an_official_says_bears_responsibility_is_blamed_not_claiming(blame: str) -> None:
    claimed, blamed, statements = _parties(blame)
    assert (claimed, blamed) == ([], ["Kataib Hezbollah"])
    assert [kind for kind, _ in statements] == ["attribution"]


@pytest.mark.parametrize("claim", [
    # the group's own owning of its act, told by the report: still a claim
    "Kataib Hezbollah accepted responsibility for the rockets in a message on Telegram.",
    "In a short statement, Kataib Hezbollah declared responsibility for Saturday's rockets.",
])
def test_a_group_accepting_or_declaring_responsibility_still_claims(claim: str) -> None:
    claimed, blamed, statements = _parties(claim)
    assert (claimed, blamed) == (["Kataib Hezbollah"], [])
    assert statements == [("claim", "Kataib Hezbollah")]


def test_bearing_responsibility_in_no_ones_voice_is_neither_claim_nor_blame() -> None:
    claimed, blamed, _ = _parties("Kataib Hezbollah bears the brunt of the strikes that followed.")
    assert (claimed, blamed) == ([], [])


@pytest.mark.parametrize("blame", [
    # "it"/"its" after an official subject is the officials' side or their telling of the group
    "The Pentagon blamed Kataib Hezbollah, and officials said its fighters fired the rockets from a truck.",
    "The White House blamed Kataib Hezbollah, and the Pentagon said it struck the group's arms depots.",
    "US officials blamed Kataib Hezbollah, while a defense official said it had hit the base before.",
])
def test_it_after_an_officials_said_is_no_claim_of_the_group_before(blame: str) -> None:
    claimed, blamed, statements = _parties(blame)
    assert (claimed, blamed) == ([], ["Kataib Hezbollah"])
    assert ("claim", "Kataib Hezbollah") not in statements


@pytest.mark.parametrize("claim", [
    # the group itself saying it: a claim, with or without an apposition or its own spokesman
    "Kataib Hezbollah, an Iraqi militia, said its fighters fired the rockets from a truck.",
    "Kataib Hezbollah said in a statement that it had hit the base with rockets.",
])
def test_the_group_saying_its_fighters_acted_still_claims(claim: str) -> None:
    claimed, blamed, statements = _parties(claim)
    assert (claimed, blamed) == (["Kataib Hezbollah"], [])
    assert statements == [("claim", "Kataib Hezbollah")]


# --- casualties: a figure that is not the event's own (the trust fixes) ---------------------

def test_a_toll_of_strikes_in_two_countries_is_neither_countrys_own() -> None:
    # the night's total over both countries would read as each country's dead
    found = events_of("American aircraft hit militia depots in Iraq and Syria on Friday night, killing "
                      "roughly 35 people.", dt.date(2024, 2, 3))
    assert {e.country for e in found} == {"Iraq", "Syria"}
    assert all(figures(e.details) == [] for e in found)


def test_each_countrys_part_of_a_toll_told_one_after_the_other_is_its_own() -> None:
    found = events_of("American aircraft hit militia depots in Iraq and Syria on Friday night, killing at "
                      "least 11 members of the armed factions in Syria, and 9 in Iraq.", dt.date(2024, 2, 3))
    values = {e.country: [c.value for c in e.details.casualties] for e in found}
    assert values == {"Syria": [11], "Iraq": [9]}


@pytest.mark.parametrize("text", [
    # a range is no one figure
    "A drone hit Tower 22 in Jordan on Sunday. Deaths: 12–14 killed.",
    # a number in the name of the base, after a figure, is no second figure
    "Two US soldiers killed, over 20 troops hurt in drone attack at Tower 22 in eastern Jordan on Sunday",
])
def test_numbers_that_are_no_figure_of_the_attack(text: str) -> None:
    values = {c.value for c in one(text).details.casualties}
    assert values <= {2, 20}


def test_a_speaker_counted_among_the_sources_is_no_one_killed() -> None:
    event = one("A US drone strike on a pickup in Baghdad on Wednesday killed a Kataib Hezbollah leader. One "
                "of the witnesses said four people were killed in the blast.", dt.date(2024, 2, 8))
    assert [c.value for c in event.details.casualties] == [4]


def test_the_groups_dead_from_a_strike_told_in_an_attacks_sentence_are_not_the_attacks() -> None:
    text = ("Rockets were fired at Al-Asad Airbase in Iraq on Thursday, a day after the US struck the "
            "militia near Baghdad, killing six of its fighters.")
    attack = next(e for e in events_of(text, dt.date(2024, 2, 9)) if e.type == "attack_on_us_forces")
    assert figures(attack.details) == []


def test_others_told_back_are_a_part_of_a_figure_already_given() -> None:
    event = one("A US drone strike on a car in Baghdad on Wednesday killed a militia commander and two of "
                "his escorts. Police said the two others killed had been bodyguards.", dt.date(2024, 2, 8))
    assert [c for c in event.details.casualties if c.value == 2 and c.side == "us"] == []
    # the commander and his two escorts, summed (fifteenth session; before, no toll)
    assert figures(event.details) == [("militants", "killed", 3, "exact")]


def test_a_figure_told_again_without_its_side_is_the_same_figure() -> None:
    event = one("Four American troops were wounded in a rocket attack on Erbil Air Base in Iraq on Monday. "
                "A Pentagon spokesman confirmed the four injuries.")
    assert figures(event.details) == [("us", "injured", 4, "exact")]


def test_members_of_a_named_militia_are_the_militias_dead() -> None:
    event = one("A US drone strike on a car in Baghdad on Wednesday killed two members of Kataib "
                "Hezbollah.", dt.date(2024, 2, 8))
    assert figures(event.details) == [("militants", "killed", 2, "exact")]


# --- what a strike hit, told by whose it is or as a vehicle ---------------------------------

@pytest.mark.parametrize(("text", "written"), [
    ("US jets struck two facilities used by Kataib Hezbollah in Iraq on Monday, officials said.",
     "two facilities used by Kataib Hezbollah"),
    ("The US military launched airstrikes in Syria on Friday against more than 60 targets linked to Iran's "
     "Revolutionary Guard and allied forces.", "more than 60 targets linked to Iran's Revolutionary Guard"),
    ("A US drone strike on a moving car in eastern Baghdad on Wednesday killed a Kataib Hezbollah commander.",
     "a moving car"),
    # whose, told by "of"
    ("US jets struck three facilities of Kataib Hezbollah in Iraq on Monday, officials said.",
     "three facilities of Kataib Hezbollah"),
    # what the facility is for says more than whose it is
    ("US jets struck facilities used by Kataib Hezbollah in Iraq on Monday: a drone storage site and "
     "a training facility.", "a drone storage site and a training facility"),
])
def test_what_a_strike_hit_told_by_its_owner_or_as_a_vehicle(text: str, written: str) -> None:
    found = events_of(text, dt.date(2024, 2, 10))
    assert [f.written for e in found for f in e.details.facilities] == [written]


@pytest.mark.parametrize(("after", "expected"), [
    ("They said two F-16s flew the mission and dropped guided bombs on the depots.",
     [("F-16", "F-16s"), ("precision-guided munitions", "guided bombs")]),
    # a neighbour telling another day's strike, or another event of the article, is not this one's
    ("A drone strike on 9 February then killed a commander in Baghdad.", []),
])
def test_a_strikes_aircraft_told_in_the_next_sentence_are_its_own(after: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    found = events_of("US aircraft struck weapons depots near Al-Qaim in Iraq on Sunday, officials said. "
                      + after, dt.date(2024, 1, 29))
    event = next(e for e in found if e.date == dt.date(2024, 1, 28))
    assert [(w.name, w.written) for w in event.details.weapons] == expected


def test_what_another_months_strikes_hit_is_not_this_strikes() -> None:
    found = events_of("US forces struck a militia team in Iraq on Tuesday. It was the first US strike there "
                      "since March, when jets struck 40 targets linked to the IRGC in Iraq.",
                      dt.date(2024, 7, 31))
    july = [e for e in found if e.date == dt.date(2024, 7, 30)]
    assert july and all(e.details.facilities == () for e in july)


# --- claims and attributions: more of the forms officials and reports use --------------------

@pytest.mark.parametrize("blame", [
    "The defence secretary cast blame on Kataib Hezbollah.",
    "The Pentagon attributed the strike on the base to “Kataib Hezbollah,” officials said.",
    "The attack was carried out by members of Kataib Hezbollah, according to Jane Roe, a National Security "
    "Council spokeswoman.",
])
def test_an_officials_blame_in_more_forms(blame: str) -> None:
    event = one("Rockets hit Al-Asad Airbase in Iraq on Sunday. " + blame)
    assert [n.name for n in event.details.attributed_to] == ["Kataib Hezbollah"]
    assert event.details.claimed_by == ()


def test_a_speaker_told_after_a_name_of_another_party_is_no_us_voice() -> None:
    event = one("Rockets hit Al-Asad Airbase in Iraq on Sunday. The attack was carried out by members of "
                "Kataib Hezbollah, according to Ali Hassan, an Iraqi security official.")
    assert event.details.attributed_to == ()


def test_the_group_told_back_is_never_its_sponsor() -> None:
    event = one("A drone struck US forces at Erbil Air Base in Iraq on Monday morning, wounding three "
                "soldiers. Kataib Hezbollah is an armed group active in Iraq and supported by Iran. The "
                "group claimed credit for the attack.", dt.date(2023, 12, 26))
    assert [n.name for n in event.details.claimed_by] == ["Kataib Hezbollah"]


@pytest.mark.parametrize("toll", ["claimed the lives of two US soldiers",
                                  "claims the lives of two US soldiers"])
def test_a_toll_that_claimed_lives_is_no_claim(toll: str) -> None:
    event = one(f"A drone hit a US base in Jordan on Sunday. Officials tied Kataib Hezbollah to the drone "
                f"attack, which {toll}.")
    assert event.details.claimed_by == ()


def test_the_attack_a_strike_answered_lends_it_no_weapon() -> None:
    found = events_of("The president on Monday ordered air strikes in Iraq against militants behind a "
                      "suicide drone strike earlier in the day, which wounded three US troops.",
                      dt.date(2023, 12, 26))
    strike = next(e for e in found if e.type == "us_strike")
    assert [w.name for w in strike.details.weapons] == []


# --- rows built from the record ---------------------------------------------------------------

def test_a_rows_figure_is_each_reports_highest_never_its_parts_as_reports_that_differ() -> None:
    event = one("A US drone strike on a car in Baghdad on Thursday killed at least four militia fighters. "
                "Two other members of the militia were killed in the strike.", dt.date(2024, 1, 5))
    assert {c.value for c in event.details.casualties} >= {4}
    text = row_text(event)
    assert "≥4 militants killed" in text and "differ" not in text


def test_a_row_keeps_the_capitals_of_whose_facilities_were_hit() -> None:
    event = one("US jets struck two facilities used by Kataib Hezbollah in Iraq on Monday, officials said.",
                dt.date(2024, 2, 10))
    assert "US strike on two facilities used by Kataib Hezbollah in Iraq" in row_text(event)


def test_a_partner_forces_dead_read_as_words() -> None:
    event = one("A drone attack on US forces at the Al-Omar oil field in Syria on Sunday killed six SDF "
                "fighters.", dt.date(2024, 2, 5))
    assert ": 6 partner forces killed" in row_text(event)


def test_the_same_dead_told_with_and_without_their_side_are_counted_once_in_the_period() -> None:
    import dataclasses

    from briefing.compare import tolls

    sided = one("US jets struck militia sites in western Iraq on Friday, killing 16 members of Kataib "
                "Hezbollah.", dt.date(2024, 2, 3), article_id="a1")
    unsided = one("US jets struck militia sites in western Iraq on Friday; the government said 16 people "
                  "were killed.", dt.date(2024, 2, 3), article_id="a2")
    merged = dataclasses.replace(sided, details=merge_details([sided.details, unsided.details]))
    assert {c.side for c in merged.details.casualties} == {"militants", "unknown"}  # the JSON keeps both
    assert [(t.side, t.kind, t.value) for t in tolls([merged])] == [("militants", "killed", 16)]
    assert "(side not reported)" not in row_text(merged)


def test_an_attack_is_placed_at_its_site_never_at_a_town_named_beside_it() -> None:
    # the site's own point is rough (its province's seat, and the map rings it), but the town's
    # exact point would put the attack in the wrong place with a look of precision
    event = one("A drone hit Harir air base, north-east of Erbil in Iraq, on Saturday.")
    at = event.details.coordinates
    assert at is not None and at.place == "Harir air base" and at.precision == "province"


def test_an_undated_mentions_line_shows_a_claim_as_a_claim_and_a_blame_as_a_blame() -> None:
    from briefing.assemble import what_happened

    event = one("Rockets hit Al-Asad Airbase in Iraq on Sunday. The Pentagon blamed Kataib Hezbollah. The "
                "Islamic Resistance in Iraq claimed responsibility for the attack.")
    line = what_happened(event)
    assert "attributed to Kataib Hezbollah" in line and "Islamic Resistance in Iraq claimed" in line
    assert "claimed by or attributed" not in line


def test_an_attacks_toll_told_only_in_the_strike_that_answered_it_is_the_attacks() -> None:
    found = events_of("A drone hit the Al-Tanf garrison in Syria on Sunday. On Wednesday a US drone strike "
                      "in Baghdad killed a militia commander, in response to attacks on US forces, including "
                      "one that killed two American soldiers in Syria.", dt.date(2024, 2, 8))
    attack = next(e for e in found if e.type == "attack_on_us_forces")
    strike = next(e for e in found if e.type == "us_strike")
    assert figures(attack.details) == [("us", "killed", 2, "exact")]
    assert all(c.side != "us" for c in strike.details.casualties)


# --- whose dead, in a timeline, and in lists (review of a real Red Sea week, 2026-12-05) ---------

def _sea_events(text: str, published: dt.date) -> list[Event]:
    from briefing.topic import choose_topic

    return list(extract_article(make_article(text, published), choose_topic("red-sea")).events)


def test_an_attack_on_another_sides_ships_gives_its_crews_to_no_side_of_ours() -> None:
    # the US military names the attack; its tanker's crew are not US forces
    (event,) = [e for e in _sea_events(
        "A Houthi missile hit the tanker Desk Star in the Gulf of Aden on Friday. No deaths or injuries were "
        "reported, the US military said.", dt.date(2024, 2, 10)) if e.type == "attack_on_shipping"]
    assert {c.side for c in event.details.casualties} == {"unknown"}


def test_a_timelines_toll_stays_with_its_own_days_entry() -> None:
    text = ("Here is how the week went:\n\nFebruary 5\n\nUS jets strike 20 Houthi sites in Yemen, the US "
            "military says.\n\nSeven people are killed and nine wounded, according to Houthi officials.\n\n"
            "February 7\n\nUS forces shoot down a Houthi cruise missile fired at a US destroyer.")
    found = _sea_events(text, dt.date(2024, 2, 10))
    tolls = {(e.type, e.date): figures(e.details) for e in found}
    assert tolls[("intercept", dt.date(2024, 2, 7))] == []


@pytest.mark.parametrize(("text", "wrong"), [
    # the whole a part is told of
    ("A drone hit a US base in Syria on Sunday. One of the two guards sustained minor injuries.",
     ("us", "injured", 2, "exact")),
    # a list's first part, never the list's total
    ("A drone hit a US base in Syria on Sunday, killing one Kenyan and two Indian contractors.",
     ("unknown", "killed", 1, "exact")),
])
def test_a_part_or_a_whole_is_not_read_as_the_figure(text: str, wrong: tuple[str, str, int, str]) -> None:
    found = figures(one(text).details)
    assert wrong not in found and all(value != wrong[2] for _, _, value, _ in found)


# --- the attack's own act is no strike that answered it (review, 2026-12-05) ---------------------

@pytest.mark.parametrize(("text", "profile", "expected"), [
    ("A Houthi missile struck the bulk carrier Sea Lark in the Gulf of Aden on Wednesday, killing three "
     "crew members.", "red-sea", ("civilians", "killed", 3, "exact")),
    ("A Houthi drone strike on the bulk carrier Sea Lark in the Gulf of Aden on Wednesday killed two "
     "sailors.", "red-sea", ("civilians", "killed", 2, "exact")),
    ("A drone struck a US base in Syria on Sunday, killing two contractors.", "",
     ("unknown", "killed", 2, "exact")),
])
def test_an_attacks_own_strike_word_keeps_its_toll(text: str, profile: str,
                                                   expected: tuple[str, str, int, str]) -> None:
    """Only a strike of the US side, named before its verb, lends the dead after it to that strike
    ("a day after the US struck the militia, killing six"); the attackers' own missile that struck
    the ship killed its crew."""
    found = (_sea_events(text, dt.date(2024, 3, 8)) if profile
             else events_of(text, dt.date(2024, 2, 5)))
    attack = next(e for e in found if e.type in ("attack_on_shipping", "attack_on_us_forces"))
    assert figures(attack.details) == [expected]


def test_a_toll_in_a_strikes_answer_placed_nowhere_is_not_the_articles_one_attacks() -> None:
    """The strike answered "attacks, including one that killed three US troops last month": that
    one is not Tuesday's rocket attack in Syria, which hurt no one."""
    found = events_of("Rockets hit a US base in eastern Syria on Tuesday, causing no injuries, officials "
                      "said. The US carried out air strikes on militia sites in Iraq on Friday in response "
                      "to attacks on US forces, including one that killed three US troops last month.",
                      dt.date(2024, 2, 10))
    attack = next(e for e in found if e.type == "attack_on_us_forces")
    assert ("us", "killed", 3, "exact") not in figures(attack.details)


def _with_own(text: str, sentence: str, published: dt.date, kind: str = "attack_on_us_forces") -> Details:
    """The details of the text's one event of ``kind`` when its reader also took ``sentence`` as one
    of the event's own (as the event reader does with a sentence naming the attack among others)."""
    from dataclasses import replace

    from briefing.extract.details import read_details
    from briefing.extract.lexicon import lexicons
    from briefing.model import Evidence
    from briefing.topic import load_topic

    article = make_article(text, published)
    event = next(e for e in events_of(text, published) if e.type == kind)
    start = text.index(sentence)
    told = replace(event, sources=(*event.sources, Evidence("a1", start, start + len(sentence), sentence)))
    return read_details(article, told, lexicons(load_topic()))


@pytest.mark.parametrize("sentence", [
    "Baghdad said the American raids near Al-Qaim resulted in the killing of at least 11 people.",
    "The strike that answered it killed two members of the militia, officials said.",
    # the attack told only as what the strikes came after: the strikes did the killing
    "US strikes following the attack killed 16 people near Al-Qaim, Baghdad said.",
    "The American raids on Friday, which came after the attack, killed 16 people, Baghdad said.",
])
def test_a_us_strikes_toll_told_among_an_attacks_sentences_is_not_the_attacks(sentence: str) -> None:
    text = f"A drone killed three US soldiers at Tower 22 in Jordan on Sunday. {sentence}"
    details = _with_own(text, sentence, dt.date(2024, 2, 3))
    assert figures(details) == [("us", "killed", 3, "exact")]


def test_a_strikes_toll_answering_an_attack_stays_the_attacks() -> None:
    sentence = "The US launched strikes on Friday in retaliation for the killing of three US soldiers."
    text = f"A drone hit Tower 22 in Jordan on Sunday. {sentence}"
    assert figures(_with_own(text, sentence, dt.date(2024, 2, 3))) == [("us", "killed", 3, "exact")]


@pytest.mark.parametrize("text", [
    "US strikes on Friday in western Iraq killed 12 people, including civilians, the government said.",
    "Baghdad said 12 people including civilians were killed in US strikes in western Iraq on Friday.",
])
def test_people_including_civilians_are_of_no_side(text: str) -> None:
    strike = one(text, dt.date(2024, 2, 3))
    assert figures(strike.details) == [("unknown", "killed", 12, "exact")]


@pytest.mark.parametrize("sentence", [
    "The US answered by hitting places where the group stored missiles and drones.",
    "The sites it hit included command centers, missiles, and drone storage sites.",
    "Hours later US jets carried out strikes against the group's missiles near the border.",
])
def test_munitions_a_strike_hit_are_not_the_attacks_weapons(sentence: str) -> None:
    text = f"Rockets hit Al-Asad Airbase in Iraq on Sunday, officials said. {sentence}"
    details = _with_own(text, sentence, dt.date(2024, 1, 30))
    assert [w.name for w in details.weapons] == ["rocket"]


def test_a_strike_does_not_take_the_others_hurt_in_the_attack_it_answered() -> None:
    text = ("US jets carried out airstrikes in Syria on Friday. The strikes answered an attack on a base "
            "in Jordan. This attack killed three soldiers. It also injured 40 others.")
    strike = next(e for e in events_of(text, dt.date(2024, 2, 3)) if e.type == "us_strike")
    assert figures(strike.details) == []


def test_a_timelines_next_entry_tells_its_own_days_toll() -> None:
    text = ("The attacks on US forces, day by day.\n\nNOV. 3 – A rocket attack hits a US base in Syria and "
            "wounds a US soldier.\n\nNOV. 9 – US forces in Syria are attacked four times, but suffer no "
            "casualties.")
    event = next(e for e in events_of(text, dt.date(2023, 11, 20)) if e.date == dt.date(2023, 11, 3))
    assert figures(event.details) == [("us", "injured", 1, "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Al-Asad Airbase in Iraq was attacked on Sunday, and US forces destroyed two drones, officials said.",
     ["drone"]),
    ("US troops at Al-Asad Airbase in Iraq were struck in a rocket attack on Sunday.", ["rocket"]),
])
def test_what_was_fired_and_shot_down_stays_the_attacks_weapon(text: str, expected: list[str]) -> None:
    assert [w.name for w in one(text).details.weapons] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone struck Tower 22 in Jordan on Sunday. Three US soldiers were reportedly killed.",
     [("us", "killed", 3, "exact")]),
    ("A drone struck Tower 22 in Jordan on Sunday. Two US soldiers were also wounded, officials said.",
     [("us", "injured", 2, "exact")]),
    ("A drone struck Tower 22 in Jordan on Sunday. Two US soldiers were nearly killed, officials said.", []),
])
def test_a_speakers_or_a_times_adverb_between_verb_and_harm_keeps_the_figure(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert figures(one(text).details) == expected


def test_a_groups_name_glossed_in_brackets_stays_within_whose_dead_they_are() -> None:
    text = ("At least four fighters of a group within the Hashed al-Shaabi (Popular Mobilisation) forces "
            "were killed in a US strike south of Baghdad in Iraq on Wednesday, security sources said.")
    assert figures(one(text, dt.date(2023, 11, 23)).details) == [("militants", "killed", 4, "at least")]


def test_a_sponsor_held_responsible_for_arming_the_groups_is_not_blamed_for_the_attack() -> None:
    text = ("A drone struck Tower 22 in Jordan on Sunday, killing three US soldiers. The United States says "
            "Iran is responsible for funding and arming the militias, which Tehran denies.")
    assert [n.name for n in one(text).details.attributed_to] == []


def test_another_months_weapon_told_among_an_attacks_own_sentences_is_not_its() -> None:
    sentence = "In August, eight US service members were hurt in a drone attack on a base in Syria."
    text = f"Rockets hit a US base in Syria on Monday, officials said. {sentence}"
    details = _with_own(text, sentence, dt.date(2024, 11, 26))
    assert [w.name for w in details.weapons] == ["rocket"]


def test_a_count_told_of_another_country_is_not_this_countrys_strikes() -> None:
    text = ("US jets struck militia sites in Iraq and Syria on Friday. US officials say the strikes hit four "
            "facilities in Syria and three in Iraq.")
    counts = {e.country: [(c.what, c.value) for c in e.details.counts]
              for e in events_of(text, dt.date(2024, 2, 3)) if e.country}
    assert counts == {"Iraq": [], "Syria": [("facilities", 4)]}


# --- claims: the forms of issue 21 (an earlier claim, the noun "claims", an act told unclaimed) ---

def test_a_claim_told_as_a_previous_one_is_another_acts() -> None:
    # "previously said it targeted": what the group said before, of an earlier act
    event = one("A drone hit Al-Asad Airbase in Iraq on Sunday, officials said. The Islamic Resistance in "
                "Iraq previously said it targeted the base with drones.")
    assert event.details.claimed_by == ()


def test_claims_as_a_noun_at_the_sentence_end_is_no_claim() -> None:
    # "doubted X's claims.": a noun, not a headline's "X claims attack"
    event = one("A drone hit Al-Asad Airbase in Iraq on Sunday, officials said. Analysts doubted the "
                "Islamic Resistance in Iraq's claims.")
    assert event.details.claimed_by == ()


def test_an_act_told_unclaimed_takes_no_claim_told_beside_another_act() -> None:
    # the second base's attack is told with "no group has yet claimed it": the group's claim of
    # drones at the first base is not this one's
    found = events_of("Three drones hit two US bases on Sunday, one in Syria and the other in Iraq. A group "
                      "calling itself the Islamic Resistance in Iraq claimed launching two of the drones in "
                      "an online statement. Separately, a security source said a drone hit Erbil Air Base in "
                      "Iraq at noon. The attack caused minor damage, and no armed group has yet claimed "
                      "responsibility for the attack on the air base.")
    claims = {e.places: [n.name for n in e.details.claimed_by] for e in found}
    assert [names for places, names in claims.items() if any("Erbil" in p for p in places)] == [[]]
    assert ["Islamic Resistance in Iraq"] in claims.values()  # the lede's two attacks keep the claim


def test_a_claim_of_most_attacks_singling_out_this_one_at_its_base_is_its_claim() -> None:
    # "has taken credit for most of the attacks, including the one ...": the campaign's claim
    # naming this act (its base named in the sentence)
    event = one("A drone hit Al-Asad Airbase in Iraq on Sunday, officials said. The Islamic Resistance in "
                "Iraq has taken credit for most of the attacks, including the one that targeted Al-Asad "
                "Airbase.")
    assert [n.name for n in event.details.claimed_by] == ["Islamic Resistance in Iraq"]


def test_a_claim_of_the_attack_after_another_place_is_told_is_that_acts() -> None:
    # the article's one attack is the one in Jordan, told in the background; a drone hitting a
    # training ground in Syria is told after it, and "the attack" the group then claims is that one
    found = events_of("The US began striking militias on Friday in response to attacks, including the drone "
                      "strike on a base in Jordan that killed three US soldiers on Jan. 28. Kurdish-led "
                      "fighters said on Monday that a drone hit their training ground the night before at "
                      "the Al-Omar oil field in Syria. The Islamic Resistance in Iraq released a video "
                      "claiming responsibility for the attack.")
    jordan = [e for e in found if e.country == "Jordan"]
    assert jordan and all(e.details.claimed_by == () for e in jordan)


@pytest.mark.parametrize(("said", "claimed"), [
    # the day the group spoke stands between its word and the act it claims
    ("The Islamic Resistance in Iraq said on Monday that it attacked the base with drones.",
     ["Islamic Resistance in Iraq"]),
    ("The Islamic Resistance in Iraq said late Monday it had targeted the base.",
     ["Islamic Resistance in Iraq"]),
    # a claim on Telegram: "posted on Telegram that", "in a statement released on Telegram that"
    ("The Islamic Resistance in Iraq posted on Telegram that it had targeted the base.",
     ["Islamic Resistance in Iraq"]),
    ("The Islamic Resistance in Iraq said in a statement released on Telegram that it had struck the base.",
     ["Islamic Resistance in Iraq"]),
    # "claim to have attacked": the act claimed, in the past
    ("The Islamic Resistance in Iraq claimed to have attacked the base with two drones.",
     ["Islamic Resistance in Iraq"]),
    # acts not counted ("several bases") are the campaign's, none certainly this one
    ("The Islamic Resistance in Iraq claimed to have attacked several bases in recent days.", []),
    ("The Islamic Resistance in Iraq said it attacked a number of bases in recent days.", []),
])
def test_a_claim_told_with_its_day_or_as_claimed_to_have_acted(said: str, claimed: list[str]) -> None:
    event = one("A drone hit Al-Asad Airbase in Iraq on Monday, officials said. " + said)
    assert [n.name for n in event.details.claimed_by] == claimed


def test_an_event_beside_the_map_names_its_unnamed_base() -> None:
    from briefing.eventmap import drawn_at, where_unplaced

    event = one("A drone struck a US base in north-east Jordan on Sunday, killing three US soldiers.")
    assert drawn_at(event) is None  # never a point: the words say no more than the country
    assert where_unplaced(event) == "a US base in north-east Jordan"
    told = one("Rockets were fired at a base housing American troops in Syria on Sunday.")
    assert where_unplaced(told) == "a base housing American troops, Syria"
