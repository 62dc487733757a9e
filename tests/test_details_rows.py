"""Richer rows (issue 21): more of the forms reports use for what a strike hit, whom officials
blame and the toll, each in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.model import Event
from tests.conftest import make_article

SAT = dt.date(2024, 2, 10)


def events_of(text: str, published: dt.date = SAT) -> list[Event]:
    return list(extract_article(make_article(text, published, article_id="a1")).events)


def hit(text: str, published: dt.date = SAT) -> list[str]:
    return [f.written for e in events_of(text, published) for f in e.details.facilities]


# --- what a strike hit, told by whose it is ------------------------------------------------

@pytest.mark.parametrize(("text", "written"), [
    # where they are, told between the installations and whose they are (the place is the row's own)
    ("US jets struck two facilities in eastern Syria used by the IRGC on Thursday, officials said.",
     "two facilities used by the IRGC"),
    ("US jets on Monday hit three facilities in the country used by Kataib Hezbollah in Iraq.",
     "three facilities used by Kataib Hezbollah"),
    # the owner quoted from a statement
    ('US jets struck three facilities "used by Kataib Hezbollah and affiliated groups in Iraq" on '
     "Monday, the Pentagon said.", "three facilities used by Kataib Hezbollah"),
    # how many places, told between: the targets are what was hit
    ("US forces on Monday struck nine targets in two locations associated with Kataib Hezbollah in Syria, "
     "officials said.", "nine targets associated with Kataib Hezbollah"),
])
def test_installations_told_by_whose_they_are(text: str, written: str) -> None:
    assert hit(text) == [written]


@pytest.mark.parametrize("text", [
    # words between that say no place are not where they are
    "US jets struck two facilities in poor repair used by the IRGC in Syria on Thursday.",
])
def test_installations_not_told_by_a_partys_name(text: str) -> None:
    assert not any("used by the IRGC" in w or "US facilities" in w for w in hit(text))



# --- an attack's base told once, apart from the act ---------------------------------------

MON = dt.date(2024, 1, 29)


def site_of(text: str) -> str | None:
    found = [e for e in events_of(text, MON) if e.type == "attack_on_us_forces"]
    assert len(found) == 1, found
    site = found[0].details.site
    return site.name if site else None


@pytest.mark.parametrize(("text", "site"), [
    # the act placed at a town; the article's one installation there, named further on
    ("A drone attack killed three US soldiers near Rukban in Jordan on Sunday, officials said. About 350 "
     "troops are based at Tower 22, which was built in 2016.", "Tower 22"),
    # a town told as its base ("the Shaddadi base") is an installation too
    ("A drone attack wounded two US soldiers in Syria on Sunday, officials said. About 350 troops are based "
     "at the Shaddadi base, which was built in 2016.", "Al-Shaddadi"),
    # a city with several installations: which one is not said
    ("Rockets struck US forces near Baghdad on Sunday, officials said. About 350 troops are based at the "
     "US embassy in Baghdad, which was built in 2016.", None),
    # an installation elsewhere in the country is not beside the town the act names
    ("Rockets struck US forces near Baghdad on Sunday, officials said. About 350 troops are based at "
     "Al-Asad Airbase, which was built in 2016.", None),
])
def test_the_one_installation_beside_the_attacks_town_is_its_site(text: str, site: str | None) -> None:
    assert site_of(text) == site


# --- whom officials blame ------------------------------------------------------------------

def blamed(text: str) -> list[str]:
    found = [e for e in events_of(text, MON) if e.type == "attack_on_us_forces"]
    assert len(found) == 1, found
    return [n.name for n in found[0].details.attributed_to]


@pytest.mark.parametrize(("after", "expected"), [
    # countries the base is told beside are not where the act was
    ('The US blamed "Kataib Hezbollah fighters operating in Syria and Iraq" for the strike on the remote '
     "desert base near Syria and Iraq.", ["Kataib Hezbollah"]),
    ("The US blamed Kataib Hezbollah for the strike on the outpost, close to the borders with Iraq and "
     "Syria.", ["Kataib Hezbollah"]),
    # an act in another country is still another act
    ("The US blamed Kataib Hezbollah for the strike on a base in Syria.", []),
])
def test_a_blame_for_the_act_at_a_base_told_beside_other_countries(after: str, expected: list[str]) -> None:
    lede = "A drone struck Tower 22 in Jordan on Sunday, killing three US soldiers. "
    assert blamed(lede + after) == expected


@pytest.mark.parametrize(("after", "expected"), [
    # another party blaming is its own word, not the US side's
    ("The SDF first accused regime forces of the attack but in a later statement blamed Kataib Hezbollah.",
     []),
    ("Syria's government said the Pentagon blamed Kataib Hezbollah.", ["Kataib Hezbollah"]),
    # the campaign's acts told as some group's, in the present or the perfect
    ("Washington believes that the attacks are carried out by Kataib Hezbollah.", []),
    ("US bases there are often targeted by drone and rocket attacks attributed to Kataib Hezbollah.", []),
    ("The Pentagon said the attack was carried out by Kataib Hezbollah.", ["Kataib Hezbollah"]),
])
def test_whose_word_a_blame_is_and_of_which_acts(after: str, expected: list[str]) -> None:
    lede = "Drones struck the Al-Omar oil field in Syria on Sunday, wounding US troops. "
    assert blamed(lede + after) == expected


def test_a_drone_believed_launched_by_a_group_is_the_reports_belief() -> None:
    # the passive belief in the report's own words names no one responsible; an official's does
    assert blamed("A drone believed to have been launched by Kataib Hezbollah struck Erbil Air Base in Iraq "
                  "on Sunday.") == []
    assert blamed("A drone struck Erbil Air Base in Iraq on Sunday. US officials believed the drone was "
                  "launched by Kataib Hezbollah.") == ["Kataib Hezbollah"]


# --- a claim shows as a claim, of this act only --------------------------------------------

@pytest.mark.parametrize(("after", "expected"), [
    # a share of the campaign's acts, told back as "them" or "these", is not this one's claim
    ("Militias have attacked US forces more than 160 times since October. The Islamic Resistance in Iraq "
     "has claimed most of them.", []),
    ("Militias have attacked US forces more than 160 times since October. The Islamic Resistance in Iraq "
     "claimed all of these.", []),
    ("The Islamic Resistance in Iraq claimed the attack.", ["Islamic Resistance in Iraq"]),
])
def test_a_share_of_the_campaigns_acts_claimed_is_not_this_ones(after: str, expected: list[str]) -> None:
    found = [e for e in events_of("A drone struck Tower 22 in Jordan on Sunday, killing three US soldiers. "
                                  + after, MON) if e.type == "attack_on_us_forces"]
    assert len(found) == 1 and [n.name for n in found[0].details.claimed_by] == expected


def test_what_a_strike_hit_after_an_apposition_telling_the_attack_it_answered() -> None:
    lede = "A US drone strike killed a militia commander in Baghdad on Wednesday, officials said. "
    # the attack it answered, told between dashes, is no part of the strike's own words
    assert hit(lede + "The strike — retaliation for a drone attack that killed three US soldiers in Jordan "
               "last month — struck a car in a busy district of Baghdad.", dt.date(2024, 2, 8)) == ["a car"]
    # told outright before the vehicle, the attack's words may be the attack's: nothing read
    assert hit(lede + "The strike, retaliation for a drone attack that killed three US soldiers in Jordan "
               "last month, struck a car in a busy district of Baghdad.", dt.date(2024, 2, 8)) == []


# --- the toll ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # "tens of others" is many, not ten
    ("A drone strike on Sunday killed at least three US service members and injured tens of others at "
     "Tower 22 in Jordan.", [("us", "killed", 3, "at least")]),
    ("A drone strike on Sunday killed three US service members and injured ten others at Tower 22 in "
     "Jordan.", [("us", "killed", 3, "exact"), ("us", "injured", 10, "exact")]),
])
def test_a_number_word_inside_a_longer_word_is_no_figure(text: str,
                                                         expected: list[tuple[str, str, int, str]]) -> None:
    event = next(e for e in events_of(text, dt.date(2024, 1, 30)) if e.type == "attack_on_us_forces")
    assert [(c.side, c.kind, c.value, c.qualifier) for c in event.details.casualties] == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # the day a wire story was filed, in its dateline, is not the day of what it tells
    ("BAGHDAD, Jan 29 The Islamic Resistance in Iraq said in a statement that it had launched a drone at "
     "Erbil Air Base.", ["Islamic Resistance in Iraq"]),
    # a day of its own, told in the sentence, still sets a claim apart
    ("On Jan 29 the Islamic Resistance in Iraq said in a statement that it had launched a drone at Erbil "
     "Air Base.", []),
])
def test_a_claim_opening_with_a_dateline_is_this_acts(claim: str, expected: list[str]) -> None:
    found = events_of("A drone struck Erbil Air Base in Iraq on Saturday, US officials said. " + claim, MON)
    assert [[n.name for n in e.details.claimed_by] for e in found] == [expected]


def test_a_staging_site_is_what_a_self_defence_strike_hit() -> None:
    assert hit("US forces conducted a self-defense strike on a drone staging site near Kirkuk in Iraq on "
               "Sunday, CENTCOM said.", MON) == ["a drone staging site"]


def test_the_bases_a_share_of_the_campaigns_attacks_hit_are_no_acts_site() -> None:
    found = events_of("A drone attack on US forces in Syria on Sunday caused no injuries, officials said. "
                      "Most of the recent attacks have targeted US forces at Al-Asad Airbase in Iraq and "
                      "al-Tanf in Syria.", MON)
    assert all(e.details.site is None for e in found if e.date == dt.date(2024, 1, 28))


# --- what a strike hit, in three more forms (fourteenth session) ----------------------------------

@pytest.mark.parametrize(("text", "written"), [
    # the US side as the subject of "attacked": the strike itself, not the attack it answered
    ("The US military attacked two facilities in eastern Syria used by the IRGC on Thursday.",
     "two facilities used by the IRGC"),
    # whose it was, told in a relative clause
    ("US jets on Thursday struck a facility that had been used by the IRGC in eastern Syria.",
     "facility that had been used by the IRGC"),
    # a vehicle told in the passive
    ("A militia commander was killed in a US strike in Baghdad on Wednesday after his car was hit by a "
     "drone.",
     "his car"),
])
def test_what_a_strike_hit_told_by_its_actor_its_owner_or_the_passive(text: str, written: str) -> None:
    assert written in hit(text)


def test_the_attack_a_strike_answered_still_keeps_its_base_off_the_strike() -> None:
    # the other side's attack told before what was hit: not the strike's
    assert hit("US jets struck in Syria on Thursday after militants attacked a US storage facility.") == []
