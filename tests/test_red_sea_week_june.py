"""A third week of Red Sea reporting as the owners will check it (held out, ``topic = "red-sea"``),
in forms the July and March weeks (tests/test_red_sea_week.py, tests/test_red_sea_week_march.py) do
not use: its rows, kinds, days and running figures, and pages that say nothing of the first story.

The week (tests/fixtures/red_sea_week_june, 12-20 June 2024) is written in our own words in the
forms outlets print: a maritime agency's notice that gives no day, only its position ("66NM
southwest of Hodeidah"); a news agency's copy of the spokesman's claims, one of them denied; the US
command's releases (a ship hit at midday with a mariner badly hurt, radars destroyed "in the past 24
hours", a destroyer's intercept at a clock time with the 61st attack); a wire story of a missing
seafarer and an Indian site's syndicated copy; a live blog with GMT entries, one of them on Iraq; a
trade paper's report of the ship hit on 12 June and sunk on 18 June; a joint information centre's
advisory in UTC with an abbreviated position ("80NM SE of Aden"); a Gulf outlet's page with no front
matter; a news agency's timeline with the running figures; the EU mission's statement; and a report
from the first story that must give nothing.

The minimal cases below are the faults the week showed, each in a sentence of ours; those marked
``xfail`` were found and left (the reason says why), kept strict so a fix is noticed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from briefing.extract import extract_article
from briefing.topic import choose_topic
from tests.conftest import make_article
from tests.weeks import build_with_pages, cited_articles

WEEK = Path(__file__).parent / "fixtures" / "red_sea_week_june"
THURSDAY = dt.date(2024, 6, 20)  # the cases' "Monday" is 17 June 2024
D = dt.date


def _read(text: str, published: dt.date = THURSDAY) -> Any:
    return extract_article(make_article(text, published), choose_topic("red-sea"))


def _found(text: str, published: dt.date = THURSDAY) -> list[tuple[str, str | None, dt.date | None]]:
    return sorted((e.type, e.country, e.date) for e in _read(text, published).events)


# ---- faults found and fixed ----------------------------------------------------------------

# A day that opens the act's sentence is the act's: the named 13-target strikes of 30 May
# ([[known_event]], cue "13 Houthi targets") had overruled it, and the timeline's June strike was a
# row of 30 May on the page. Now the two days disagree and the mention is left undated.
@pytest.mark.parametrize("text", [
    "On June 17, U.S. and British jets struck 13 Houthi targets in Yemen.",
    "June 17 - U.S. and British jets strike 13 Houthi targets in Yemen.",
])
def test_an_opening_day_is_not_overruled_by_a_named_events_cue(text: str) -> None:
    assert ("us_uk_strike", "Yemen", D(2024, 5, 30)) not in _found(text)


def test_the_disagreement_reads_as_english() -> None:
    # the notes write "the" before a named event's name: the page read "... and the The US/UK strikes
    # on 13 Houthi targets (30 May 2024) disagree" (the profile's names began with "The")
    (undated,) = _read("June 17 - U.S. and British jets strike 13 Houthi targets in Yemen.").undated
    assert "and the US/UK strikes on 13 Houthi targets (30 May 2024) disagree" in undated.date_note


@pytest.mark.parametrize("story", ["red-sea", "us-forces-iraq-syria"])
def test_no_named_events_name_begins_with_the(story: str) -> None:
    assert not [e.name for e in choose_topic(story).known_events if e.name.lower().startswith("the ")]


@pytest.mark.parametrize("text", [
    # the named event's own day, told so, keeps it
    "On May 30, U.S. and British jets struck 13 Houthi targets in Yemen.",
    # a day that is the saying's, not the act's, still gives way to the named event's
    "On June 1, officials said U.S. and British jets struck 13 Houthi targets in Yemen.",
])
def test_the_named_events_day_where_the_opening_day_is_not_the_acts(text: str) -> None:
    assert _found(text, D(2024, 6, 2)) == [("us_uk_strike", "Yemen", D(2024, 5, 30))]


# a notice's abbreviated compass points place the ship ("80NM SE of Aden"), as the words do
@pytest.mark.parametrize(("where", "area"), [
    ("approx 80NM SE of Aden, Yemen", "Gulf of Aden"),
    ("40NM SW of Hodeidah", "Red Sea"),
    ("25NM W of Mokha", "Red Sea"),
])
def test_a_notices_abbreviated_position_places_the_attack(where: str, area: str) -> None:
    text = f"On 15 June, a merchant vessel was struck by a projectile {where}."
    assert _found(text, D(2024, 6, 16)) == [("attack_on_shipping", area, D(2024, 6, 15))]


# a trade paper's build year ("the 2019-built bulker") is no date of the act: it was read as a year
# before the campaign (the roles grammar's rule year) and the act left out as another time's
@pytest.mark.parametrize("text", [
    "The 2019-built bulker Tessaly Wind was hit by a drone boat 60 nautical miles west of Hodeidah on "
    "Wednesday.",
    "The 2022-built ship was hit on June 19 by a drone boat 60 nautical miles west of Hodeidah.",
])
def test_a_ships_build_year_is_no_date(text: str) -> None:
    assert _found(text, D(2024, 6, 19)) == [("attack_on_shipping", "Red Sea", D(2024, 6, 19))]


# a named attack's ship by its name alone, as reports write it once told ("The Tutor was hit ...");
# the profile's ships' names (merchant side nouns) lacked it: the act had no target and was left out
def test_the_tutor_by_its_name_alone() -> None:
    assert _found("The Tutor was hit by a Houthi drone boat on June 12.", D(2024, 6, 18)) == [
        ("attack_on_shipping", "Red Sea", D(2024, 6, 12))]


# ---- faults found and left -----------------------------------------------------------------

# A maritime agency's notice tells its blows in its own words: "hit on its stern by a small white
# craft" (the profile's small boat, as notices write it), "was then struck by an airborne projectile"
# (a passive with "then" between, the roles grammar's rule passive). Neither was read: the notice
# was listed as off-topic. The notice gives no day, so the attack is an undated mention.
@pytest.mark.parametrize("blow", [
    "The master reports that the vessel was hit on its stern by a small white craft.",
    "The vessel was then struck by an airborne projectile of unknown type.",
])
def test_a_notices_blows_are_read(blow: str) -> None:
    text = f"UKMTO has received a report of an incident 66NM southwest of Hodeidah, Yemen. {blow}"
    read = _read(text, D(2024, 6, 12))
    assert [e.type for e in (*read.events, *read.undated)] == ["attack_on_shipping"]


@pytest.mark.xfail(strict=True, reason=(
    "left: the notice's blow, told in the sentence after the incident's position ('an incident 66NM "
    "southwest of Hodeidah. ... the vessel was hit ...'), takes no place from it"))
def test_a_notices_blow_takes_the_incidents_position() -> None:
    text = ("UKMTO has received a report of an incident 66NM southwest of Hodeidah, Yemen. The vessel was "
            "then struck by an airborne projectile.")
    read = _read(text, D(2024, 6, 12))
    assert [e.country for e in (*read.events, *read.undated)] == ["Red Sea"]


@pytest.mark.xfail(strict=True, reason=(
    "left: an attack told in a relative clause of the ship's sinking ('The Tutor, which was hit by a "
    "Houthi drone boat on June 12, sank on Tuesday.') gives nothing, though 'The Tutor was hit by a "
    "Houthi drone boat on June 12.' is read"))
def test_the_attack_in_the_sinkings_relative_clause() -> None:
    text = "The Tutor, which was hit by a Houthi drone boat on June 12, sank on Tuesday."
    assert _found(text, D(2024, 6, 18)) == [("attack_on_shipping", "Red Sea", D(2024, 6, 12))]


@pytest.mark.xfail(strict=True, reason=(
    "left (the grammar's acts, for redsea12): US forces that 'destroyed seven radars' in Yemen made "
    "no strike, and with 'and one drone' the act is read as an intercept (undated, no place); "
    "'struck seven radars' is read as a US strike"))
@pytest.mark.parametrize("text", [
    "On Saturday, U.S. forces destroyed seven Houthi radars in Yemen.",
    "On Saturday, U.S. Central Command forces destroyed seven radars and one drone in areas of Yemen held "
    "by the Houthis.",
])
def test_radars_destroyed_in_yemen_are_a_strike(text: str) -> None:
    assert ("us_strike", "Yemen", D(2024, 6, 15)) in _found(text, D(2024, 6, 15))


# A news agency's list of the toll so far ('have attacked more than 60 merchant ships since Nov. 19,
# killed four sailors, seized one vessel and sunk two'): the dead were not read (rule
# harmed_coordinated stopped at the period of 'Nov.' and wanted 'and'), and the vessel seized was an
# undated attack (rule toll_list: an act listed after the perfect tense's count is the toll so far)
def test_the_dead_in_a_list_of_the_toll_so_far_are_read() -> None:
    text = ("The Houthis have attacked more than 60 merchant ships since Nov. 19, killed four sailors, "
            "seized one vessel and sunk two.")
    assert ("killed", 4) in {(t.metric, t.value) for t in _read(text).tallies}


def test_a_list_of_the_toll_so_far_is_no_act() -> None:
    read = _read("The Houthis have attacked more than 60 merchant ships since Nov. 19, killed four sailors, "
                 "seized one vessel and sunk two.")
    assert not read.events and not read.undated


def test_another_list_of_the_toll_so_far() -> None:
    read = _read("Since November, the rebels have targeted more than 100 vessels, killed three seafarers, "
                 "hijacked one ship and sunk two others.")
    assert not read.events and not read.undated
    assert ("killed", 3) in {(t.metric, t.value) for t in read.tallies}


# "Yemen's Houthi group said ... it had carried out attacks" is the Houthis' claim (the profile's alias
# "Houthi group"): it had been read as an undated attack on shipping, or a claim with no claimant
@pytest.mark.parametrize("said", [
    "Yemen's Houthi group said on Thursday it had carried out attacks on three ships over the past 24 hours.",
    "The Houthi group said it had attacked three ships.",
])
def test_the_houthi_group_said_is_the_houthis_claim(said: str) -> None:
    read = _read(said, D(2024, 6, 13))
    assert [(s.kind, s.who) for s in read.statements] == [("claim", "Houthis")]
    assert not read.events and not read.undated


# Fixed in the twenty-second session: 'the group' after a voice's 'said' is the group's claim (rule
# told_back_act), and 'no indication the carrier had been targeted' its denial (rule no_indication_hit).
def test_a_claim_on_the_carrier_and_its_denial_are_listed() -> None:
    read = _read("Saree said the group had fired ballistic missiles at the U.S. aircraft carrier Dwight D. "
                 "Eisenhower in the northern Red Sea. A U.S. defense official said there was no indication "
                 "the carrier had been targeted.", D(2024, 6, 13))
    assert [s.kind for s in read.statements] == ["claim", "denial"]


@pytest.mark.xfail(strict=True, reason=(
    "left: a release's second paragraph that gives only hours ('Separately, between 2:00 and 3:00 "
    "p.m. (Sanaa time), CENTCOM forces destroyed one Houthi drone over the Red Sea.') after a lead "
    "that gives the day ('On June 13, at about 12:00 p.m. (Sanaa time), ...') is undated"))
def test_hours_in_the_next_paragraph_take_the_leads_day() -> None:
    text = ("On June 13, at about 12:00 p.m. (Sanaa time), Houthi militants launched two anti-ship cruise "
            "missiles into the Gulf of Aden. Both missiles hit the bulk carrier Tessaly Wind.\n\n"
            "Separately, between 2:00 and 3:00 p.m. (Sanaa time), CENTCOM forces destroyed one Houthi drone "
            "over the Red Sea.")
    assert ("intercept", "Red Sea", D(2024, 6, 13)) in _found(text, D(2024, 6, 13))


# ---- the week, built -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    return build_with_pages(WEEK, tmp_path_factory.mktemp("red_sea_week_june"), "--topic", "red-sea")


def _rows(data: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(e["type"], e["date"], e["country"]) for e in data["events"]}


def test_the_weeks_rows(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    assert {
        ("attack_on_shipping", "2024-06-12", "Red Sea"),  # the drone boat on the Tutor: context
        ("attack_on_shipping", "2024-06-13", "Gulf of Aden"),  # the Verbena: context
        ("intercept", "2024-06-18", "Red Sea"),  # the destroyer's missile
        ("attack_on_shipping", "2024-06-19", "Red Sea"),  # the Gulf outlet's tanker west of Hodeidah
    } <= _rows(data)
    # the live blog's joint round "overnight" in a Monday report
    assert _rows(data) & {("us_uk_strike", "2024-06-16", "Yemen"), ("us_uk_strike", "2024-06-17", "Yemen")}
    # the trade paper's "2022-built ship ... hit on June 12" is the Tutor's row
    tutor = next(e for e in data["events"] if e["date"] == "2024-06-12")
    assert "08-trade-paper-sinking" in {s["article"] for s in tutor["sources"]}
    # no strike on the named 30 May round; the ship that sank on 18 June is no attack that day
    assert not [e for e in data["events"] if e["date"] == "2024-05-30"]
    assert ("attack_on_shipping", "2024-06-18", "Red Sea") not in _rows(data)
    # claims are claims: the spokesman's ships and carrier give no row; the EU frigate's act is not the US's
    cited = {s["article"] for e in data["events"] for s in e["sources"]}
    assert not cited & {"02-houthi-claims", "14-aspides-statement"}


def test_the_claims_are_the_houthis(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    claims = {(s["who"], s["date"], s["sources"][0]["article"])
              for s in data["statements"] if s["kind"] == "claim"}
    assert claims == {("Houthis", "2024-06-13", "02-houthi-claims"),
                      ("Houthis", "2024-06-19", "11-gulf-outlet")}


def test_the_other_story_gives_nothing(week: tuple[dict[str, Any], str]) -> None:
    data, text = week
    assert "13-other-story" not in cited_articles(data)
    assert not [t for t in data["tallies"] if t["value"] == 170]
    for word in ("Iraq", "Syria", "US forces", "U.S. forces", "American soldiers", "Jordan", "Tower 22",
                 "Ain al-Asad", "Euphrates"):
        assert word not in text, word


@pytest.mark.xfail(strict=True, reason=(
    "left (the March week's strict xfail, another member): the live blog's Iraq entry ('two rockets "
    "were fired at Ain al-Asad air base, which hosts US forces ... No one was hurt.') gives the US/UK "
    "strike's row 'no one injured', citing that entry"))
def test_the_iraq_entrys_zero_is_not_the_strikes(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    (strike,) = [e for e in data["events"] if e["type"] == "us_uk_strike"]
    assert not strike["details"]["casualties"]


def test_the_weeks_running_figures(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    figures = {(t["metric"], t["value"], t["qualifier"], t["as_of"]) for t in data["tallies"]}
    assert {("attacks", 50, "more than", "2024-06-14"), ("killed", 3, "exact", "2024-06-14"),
            ("targets_lost", 1, "exact", "2024-06-14"), ("attacks", 61, "exact", "2024-06-18"),
            ("targets_hit", 60, "more than", "2024-06-20"),
            ("targets_lost", 2, "exact", "2024-06-20")} <= figures
    # the 13 targets, the seven radars, 66 and 80 nautical miles, the 2022-built ship: no figures
    assert not [t for t in data["tallies"] if t["value"] in (13, 7, 66, 80, 98, 2022)]


def test_the_newest_dead_are_four(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    assert ("killed", 4) in {(t["metric"], t["value"]) for t in data["tallies"]}


def test_the_copies_and_the_page_without_front_matter(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    articles = {a["id"]: a for a in data["articles"]}
    assert {i: a["duplicate_of"] for i, a in articles.items() if a["duplicate_of"]} == {
        "05-syndicated-copy": "04-wire-missing-seafarer"}
    page = articles["11-gulf-outlet"]
    assert (page["published"], page["published_basis"], page["outlet"]) == (
        "2024-06-19", "dateline", "Gulf Tribune")


def test_what_a_reader_sees(week: tuple[dict[str, Any], str]) -> None:
    _, text = week
    for needle in ("61 as of 18 Jun", "Ships sunk since 19 Nov 2023: 2", "off Hodeidah in the Red Sea",
                   "Anti-ship ballistic missile intercept in the Red Sea"):
        assert needle in text, needle
    # the named 30 May round is only the undated mention's note, never a day of the chronology
    assert "Thursday 30 May 2024" not in text
