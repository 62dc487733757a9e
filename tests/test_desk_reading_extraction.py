"""Faults a desk found reading the built weeks (2026-12-06) whose cause is in extraction (events,
details), which other helpers change this session: each is a strict xfail, in our own words and in
the form of the sentence that showed it, until the rule that reads it right is written."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.model import Event
from briefing.topic import choose_topic
from tests.conftest import make_article


def events(text: str, published: dt.date | None, profile: str | None = None) -> list[Event]:
    found = extract_article(make_article(text, published), choose_topic(profile))
    return [*found.events, *found.undated]


def test_leaders_discussing_the_attacks_on_naval_vessels_is_no_attack_that_day() -> None:
    text = ("The White House on Monday (March 4, 2024) confirmed the two leaders discussed the ongoing "
            "Iranian-backed Houthi attacks against merchant and naval vessels transiting the Red Sea.")
    assert [e.type for e in events(text, dt.date(2024, 3, 5), "red-sea")] == []


def test_the_campaign_told_as_going_on_takes_no_day_from_the_statement_telling_it() -> None:
    # another member of the class, first story: a written date of the saying, acts told as continuing
    text = ("The White House on Tuesday (Nov. 14, 2023) confirmed the president and the Iraqi prime minister "
            "discussed the ongoing militia attacks on US troops in Iraq and Syria.")
    assert [e for e in events(text, dt.date(2023, 11, 15)) if e.date is not None] == []
    # the same saying of one act does date it: the guard is the acts told as going on, not the saying
    one = "The Pentagon on Tuesday (Nov. 14, 2023) said militants attacked US forces at Al-Asad Airbase."
    assert [e.date for e in events(one, dt.date(2023, 11, 15))] == [dt.date(2023, 11, 14)]


def test_the_first_joint_strikes_told_by_their_us_day_are_the_known_event() -> None:
    text = ("In the first joint operation by the US and the UK, on January 11, more than 30 Houthi targets "
            "were struck.")
    found = events(text, dt.date(2024, 1, 23), "red-sea")
    assert [(e.type, e.date) for e in found] == [("us_uk_strike", dt.date(2024, 1, 12))]


def test_the_first_joint_strikes_by_their_teller_s_day_are_the_known_event() -> None:
    # another member of the class: the joint strikes named by their flags, on the day before the local one
    text = "The first joint U.S.-British strikes on January 11 hit dozens of Houthi radar and missile sites."
    found = events(text, dt.date(2024, 2, 2), "red-sea")
    assert [(e.type, e.date) for e in found] == [("us_uk_strike", dt.date(2024, 1, 12))]


@pytest.mark.parametrize("text", [
    # the real week's form: the country as "the USA", the operation "conducted by" them
    "During the first joint operation carried out by the USA and the UK on January 11, jets hit sites.",
    # the countries' abbreviations with their full stops
    "In the first joint action of the U.S. and U.K. militaries, on Jan. 11, jets hit more than 60 targets.",
])
def test_the_first_joint_strikes_named_in_other_ways_are_the_known_event(text: str) -> None:
    found = events(text, dt.date(2024, 1, 23), "red-sea")
    assert [(e.type, e.date) for e in found] == [("us_uk_strike", dt.date(2024, 1, 12))]


@pytest.mark.xfail(strict=True, reason="events.py: an attack told as the cause of the strikes that answered "
                   "it, with its day and its injured ('in response to militants firing missiles at US "
                   "troops ... on Tuesday, injuring as many as eight'), is no attack record, so its "
                   "injured are lost (the seeds' Al-Asad row of 21 Nov showed no injured from ABC)")
def test_an_attack_told_as_the_strikes_cause_keeps_its_day_and_injured() -> None:
    text = ("US jets struck two sites in Iraq on Wednesday morning local time, officials said.\n\n"
            "Wednesday's strikes were partly in response to militants firing two short-range ballistic "
            "missiles at U.S. troops on al-Asad Airbase in western Iraq on Tuesday, injuring as many as "
            "eight service members.")
    (attack,) = [e for e in events(text, dt.date(2023, 11, 21)) if e.type == "attack_on_us_forces"]
    assert attack.date == dt.date(2023, 11, 21)
    assert ("us", "injured", 8) in [(c.side, c.kind, c.value) for c in attack.details.casualties]


@pytest.mark.parametrize("toll", [
    "He went on: \"This blatant aggression led to the fall of 12 martyrs, in addition to 30 wounded.\"",
    "The spokesman said the aggression resulted in 12 dead and 30 wounded, civilians among them.",
])
def test_a_toll_told_as_the_strikes_fruit_is_never_the_attack_they_answered(toll: str) -> None:
    # the attack on US forces told as the strikes' cause is the article's one attack: a later
    # sentence naming no place was joined to it, and the strikes' dead and wounded landed there
    text = ("US aircraft on Friday struck militia targets in Iraq in response to a drone attack on a US "
            "base in Jordan last Sunday that killed three US soldiers.\n\n"
            "Dozens of other troops were hurt in the attack on Tower 22.\n\n"
            "The Iraqi government condemned the strikes as a breach of sovereignty.\n\n" + toll)
    (attack,) = [e for e in events(text, dt.date(2024, 2, 3)) if e.type == "attack_on_us_forces"]
    assert [c.value for c in attack.details.casualties if c.value in (12, 30)] == []


@pytest.mark.xfail(strict=True, reason="details: a government's toll of Friday's strikes in Iraq, told late "
                   "in an undated article in a spokesman's quote, goes to the Syrian strike as 25 injured: "
                   "events' 'definite' rule gives 'A government spokesman said the strikes' to Syria (the "
                   "lede's last country), and the toll is its neighbour; the 16 dead are lost ('the fall of "
                   "16 martyrs' is no figure: no 'martyrs' noun). (The attack on US forces no longer takes "
                   "it: sentences._strikes_toll.) Fourteenth session: sentences.governments_toll gives a "
                   "toll to its country's one strike only when the government's country is named in the "
                   "toll's sentence ('The Iraqi government said ...'); here 'a government spokesman' names "
                   "none, and only the sentence before ('Officials in Baghdad') says whose: no general rule "
                   "found that reads the speaker's country across sentences without giving other tolls away. "
                   "Fifteenth session (toll16): still none; the toll's sentence is the Syrian strike's own "
                   "neighbour by the events' reading, which the details do not undo")
def test_a_governments_toll_of_its_countrys_strikes_is_that_countrys_strike() -> None:
    text = ("The United States on Friday began striking Iran-backed militants in Iraq and Syria in response "
            "to a drone strike on a US base in Jordan last Sunday that killed three US service members.\n\n"
            "Officials in Baghdad condemned the raids near Al-Qaim.\n\n"
            "A government spokesman said the strikes were a violation of sovereignty. He added, \"This "
            "flagrant aggression caused the fall of 16 martyrs, civilians among them, besides 25 wounded.\"")
    found = events(text, None)
    wounded = {e.country for e in found for c in e.details.casualties if c.value == 25}
    assert wounded == {"Iraq"}


def test_the_groups_blamed_in_two_countries_are_no_strikes_there() -> None:
    # (the clipping's own slip, "issued a statement announced", kept: it is the form that misleads)
    text = ("President Joe Biden put out a statement announced the attack on Americans, saying that "
            "\u201cradical Iran-backed militant groups\u201d in Syria and Iraq were behind it.")
    assert [e.type for e in events(text, dt.date(2024, 1, 28)) if e.type == "us_strike"] == []


def test_the_groups_told_responsible_in_two_countries_are_no_strikes_there() -> None:
    # another member of the class: a group told as responsible for the act, after its name, is its doer
    text = ("The White House announced the attack on Americans, adding that Iran-backed militant groups in "
            "Iraq and Syria were responsible for it.")
    assert [e for e in events(text, dt.date(2024, 1, 28)) if e.type == "us_strike"] == []


@pytest.mark.xfail(strict=True, reason="details (counts): 'four facilities in Syria and three in Iraq' gives "
                   "Syria its four and Iraq nothing, and a count of the whole ('7 sites in Iraq and Syria') "
                   "goes to each country's strike (2024-W05's Iraq row: '7 facilities')")
def test_each_countrys_share_of_the_facilities_is_its_own() -> None:
    text = ("US aircraft struck militia sites in Iraq and Syria on Friday. US officials said the strikes hit "
            "four facilities in Syria and three in Iraq.")
    found = events(text, dt.date(2024, 2, 3))
    counts = {e.country: [(c.what, c.value) for c in e.details.counts] for e in found}
    assert counts == {"Iraq": [("facilities", 3)], "Syria": [("facilities", 4)]}


@pytest.mark.xfail(strict=True, reason="statements: 'the group said in an online statement ...' continuing "
                   "the lede's claim of Sunday takes the publication day, so one claim is listed on two days "
                   "(2024-W05's Xinhua claim: 28 Jan in the lede, 29 Jan in the body)")
def test_a_claims_statement_continuing_the_ledes_claim_keeps_its_day() -> None:
    text = ("BAGHDAD, Jan. 28 (Desk Wire) -- The Islamic Resistance in Iraq, an Iraqi Shiite militia, "
            "claimed Sunday responsibility for drone attacks on two U.S. bases in Syria.\n\n"
            "The group said in an online statement that its fighters launched explosive-laden drones at two "
            "U.S. military bases in Syria, including the al-Tanf base.")
    found = extract_article(make_article(text, dt.date(2024, 1, 29)), choose_topic(None))
    assert {s.date for s in found.statements if s.kind == "claim"} == {dt.date(2024, 1, 28)}


@pytest.mark.xfail(strict=True, reason="roles (claimed_by): 'X claimed responsibility for the Kurdish "
                   "fighters' deaths' is not the claim of the attack that killed them, and the apposition "
                   "'militias behind the attack that killed US soldiers in Jordan' is read as a claim of "
                   "that attack (2024-W05's Al-Omar row shows no claimant; d028)")
def test_a_claim_of_the_deaths_an_attack_caused_is_that_attacks_claim() -> None:
    text = ("A drone attack on a base housing US troops at the Al-Omar oil field in Syria left six Kurdish "
            "fighters dead overnight, the SDF said on Monday.\n\n"
            "No American casualties were reported.\n\n"
            "The so-called Islamic Resistance in Iraq\u2014an umbrella group of militias behind the attack "
            "that killed US soldiers in Jordan\u2014claimed responsibility for the Kurdish "
            "fighters\u2019 deaths.")
    claimed = {e.country: [n.name for n in e.details.claimed_by] for e in events(text, dt.date(2024, 2, 5))}
    assert claimed == {"Syria": ["Islamic Resistance in Iraq"], "Jordan": []}


def test_the_countries_of_the_attacks_a_strike_answers_are_not_the_strikes() -> None:
    text = ("WASHINGTON: The United States has carried out two more air strikes in Syria against sites used "
            "by Iran's Revolutionary Guard and its allied groups.\n\n"
            "The US strike is the third in a little over two weeks as Washington tries to stop drone and "
            "rocket attacks on its forces in Syria and Iraq that began when the war in Gaza started a month "
            "ago.")
    assert {e.country for e in events(text, dt.date(2023, 11, 13)) if e.type == "us_strike"} == {"Syria"}


def test_the_countries_of_the_attacks_a_strike_was_to_halt_are_not_the_strikes() -> None:
    # another member of the class: the strike told back names, after the attacks it was to halt, two
    # countries; the strike is the one told before, in Syria, and no second, placeless one
    text = ("US warplanes struck a weapons depot in eastern Syria, the Pentagon said.\n\n"
            "The American strike was meant to halt drone attacks on US personnel in Iraq and Syria.")
    assert [e.country for e in events(text, dt.date(2023, 11, 9)) if e.type == "us_strike"] == ["Syria"]
