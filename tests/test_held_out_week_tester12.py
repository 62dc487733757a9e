"""A third week checked as the owners check one: Christmas 2023 (25-31 Dec), in clippings of our own
(tests/fixtures/week_tester12): a wire with its year-less date line and credit line, a local TV's web
copy, a Secretary's statement, a Pentagon transcript's questions and answers, an Arabic outlet's
English copy, a live blog, a tracker's daily update, a timeline, an AFP story's syndicated copy and an
undated copy of the Secretary's words, a US evening report, a local agency's year-less date line, a
Christmas story that tells no attack.

Sentences and clippings are our own words, written in the forms real reports use.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from briefing.build import extract
from briefing.dates import date_article
from briefing.extract import extract_article
from briefing.model import Article
from briefing.yearless import StoryTime
from tests.conftest import make_article
from tests.weeks import build_with_html

WEEK = Path(__file__).parent / "fixtures" / "week_tester12"
TUE = dt.date(2023, 12, 26)  # a Tuesday
THU = dt.date(2023, 12, 28)


# ---- a statement's day is the day told with its verb, not its act's ------------------------------

@pytest.mark.parametrize("text", [
    "Iraq's government on Tuesday condemned overnight US strikes near Hilla, saying they killed one member "
    "of the security forces.",
    "Iraq's government condemned overnight US strikes near Hilla, saying they killed one member of the "
    "security forces.",
])
def test_a_condemnation_of_overnight_strikes_is_of_its_own_day(text: str) -> None:
    """'overnight' dates the strikes (the day before); the condemnation was dated with them."""
    found = extract_article(make_article(text, TUE))
    assert {s.kind for s in found.statements} >= {"condemnation"}
    assert {s.date for s in found.statements} == {TUE}
    assert [e.date for e in found.events] == [TUE - dt.timedelta(days=1)]


# ---- a running figure told of one act at its base is the whole figure ------------------------------

@pytest.mark.parametrize("text", [
    "The attack on Erbil air base on Monday was the 103rd attack on US forces in Iraq and Syria since "
    "October 17, a US official said.",
    "Monday's attack on Erbil air base was the 103rd on US forces since October 17, a US official said.",
])
def test_an_ordinal_of_an_act_at_a_named_base_is_the_running_figure(text: str) -> None:
    """The base was read as the one place the count was kept at (rule _hosted_base): no figure."""
    found = extract_article(make_article(text, THU))
    assert [(t.metric, t.value, t.source_kind) for t in found.tallies] == [("attacks", 103, "official")]


@pytest.mark.parametrize(("text", "expected"), [
    ("That brings to 115 the number of attacks on US forces in Iraq and Syria since Oct. 17.",
     ("attacks", 115)),
    ("The deaths bring to three the number of U.S. troops killed since Oct. 17.", ("killed", 3)),
])
def test_a_figure_told_before_the_count_it_brings_the_number_to(text: str, expected: tuple[str, int]) -> None:
    """'brings to 115 the number of attacks' was no figure (rule attacks_brought_to)."""
    found = extract_article(make_article(text, dt.date(2024, 1, 5)))
    assert [(t.metric, t.value) for t in found.tallies] == [expected]


def test_a_count_kept_at_one_base_is_still_no_campaign_figure() -> None:
    text = "U.S. forces at Erbil air base have been attacked 22 times since October 17, a US official said."
    assert extract_article(make_article(text, THU)).tallies == ()


def test_a_count_most_of_whose_attacks_a_group_claimed_is_not_the_groups_count() -> None:
    """'most of them claimed by' the group gave the outlet's count as the group's own claim."""
    text = ("Since mid-October, US and allied forces in Iraq and Syria have been targeted in more than 100 "
            "attacks, most of them claimed by the Islamic Resistance in Iraq.")
    (tally,) = extract_article(make_article(text, TUE)).tallies
    assert (tally.value, tally.source_kind, tally.speaker) == (100, "outlet", None)
    own = "The Islamic Resistance in Iraq has claimed more than 100 attacks on US forces since mid-October."
    (claimed,) = extract_article(make_article(own, TUE)).tallies
    assert claimed.source_kind == "claim"


# ---- a local agency's date line without its year or agency ---------------------------------------

STORY = StoryTime(dt.date(2023, 10, 17))
LEDE = ("Rockets hit near US base\n\nQAMISHLI, Syria, Dec. 31 – Several rockets targeted the US base at the "
        "Conoco gas field on Sunday, a local source said.\n\n")


def _dated(text: str) -> Article:
    return date_article(Article(id="t1", path="t1.txt", text=text, clean=text), STORY)


def test_a_ledes_date_line_without_year_or_agency_is_read() -> None:
    """'QAMISHLI, Syria, Dec. 31 –' was no date line: the article was undated though its text writes
    the day beside its weekday in a year of the campaign."""
    dated = _dated(LEDE + "The attack on Sunday, December 31, is the latest since October 2023.")
    assert (dated.published, dated.published_basis) == (dt.date(2023, 12, 31), "dateline")


def test_a_ledes_date_line_without_a_year_the_text_fixes_stays_undated_and_says_so() -> None:
    dated = _dated(LEDE)
    assert dated.published is None
    assert any("Dec. 31 without a year" in p for p in dated.problems)


@pytest.mark.xfail(strict=True, reason="a year-less date line whose lede's weekday fits one year of the "
                   "campaign, in a run of that December's clippings, is left undated: no piece of evidence "
                   "reads the run's own days (a run-wide piece would date an old wire put in by mistake: for "
                   "the lead to decide); the newest article then falls out of the default period")
def test_a_year_less_date_line_in_a_run_of_its_month_is_dated(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("---\npublished: 2023-12-29\n---\nU.S. forces in Iraq and Syria have "
                                    "been attacked at least 110 times since Oct. 17, a US official said "
                                    "Friday.\n")
    (tmp_path / "b.txt").write_text(LEDE)
    extraction = extract([tmp_path])
    published = {a.id: a.published for a in extraction.articles}
    assert published["b"] == dt.date(2023, 12, 31)


# ---- found, left for now (strict: each turns green when fixed) ------------------------------------

DOD = ("---\npublished: 2023-12-25T21:30-05:00\n---\n"
       "Early this morning, militia groups carried out a one-way attack drone attack on U.S. personnel "
       "at Erbil Air Base in Iraq. Three U.S. service members were injured, one of them critically.\n\n"
       "In response, U.S. military forces conducted strikes on three facilities used by Kataib Hezbollah "
       "and affiliated groups in Iraq.\n")
TIMELINE = ("---\npublished: 2023-12-29\n---\nHere is a timeline:\n\n"
            "* Dec. 25 - A one-way drone wounds three U.S. service members at Erbil air base.\n\n"
            "* Dec. 26 - U.S. jets strike three sites used by Kataib Hezbollah in Iraq, one near Hilla.\n")


@pytest.mark.xfail(strict=True, reason="the Christmas-night strikes are a known event dated 25 Dec (the US "
                   "day), so a report of 26 Dec (the local day) is a second row; dating the known event "
                   "26 Dec, as the strikes of 24 Jan are, joins them but lowers kept-aside batch q's event "
                   "recall 0.424 -> 0.394 (withdrawn); joining a named event's next day breaks the rule that "
                   "a report of the day after a named (local) day is another event")
def test_strikes_told_on_the_us_day_and_the_local_day_are_one_row(tmp_path: Path) -> None:
    (tmp_path / "dod.txt").write_text(DOD)
    (tmp_path / "timeline.txt").write_text(TIMELINE)
    strikes = [e for e in extract([tmp_path]).events if e.type == "us_strike"]
    assert len(strikes) == 1


def test_a_source_saying_no_attack_took_place_denies_the_claim() -> None:
    """'a source ... told the agency that ... the claim was untrue' was no denial: the claim stood
    unanswered (a host country's security source speaks a denial, as a US voice does)."""
    text = ("The Islamic Resistance in Iraq claimed on Wednesday that it had attacked the Harir base "
            "with two drones. A source in the Kurdistan Region's security services told the agency that "
            "no attack had taken place at Harir, and that the claim was untrue.")
    found = extract_article(make_article(text, dt.date(2023, 12, 27)))
    claim, denial = found.statements
    assert (claim.kind, denial.kind, denial.answers) == ("claim", "denial", claim.id)


def test_a_briefers_answer_with_no_indication_denies_the_claim_in_the_question() -> None:
    """'I don't have any indication of an attack' was no denial, and a briefer's turn no voice."""
    text = ("Q: The Islamic Resistance in Iraq says it hit Harir yesterday. Can you confirm?\n\n"
            "MS. SINGH: I've seen those claims. I don't have any indication of an attack on Harir.")
    found = extract_article(make_article(text, THU))
    assert [s.kind for s in found.statements] == ["claim", "denial"]
    assert found.statements[1].answers == found.statements[0].id
    assert found.statements[1].who == "Singh"


def test_a_reporters_question_is_no_voice_of_a_denial() -> None:
    text = ("MS. SINGH: Good afternoon.\n\nQ: Some say you don't have any indication of an attack on the "
            "base. Is that right?")
    assert [s.kind for s in extract_article(make_article(text, THU)).statements] == []


def test_an_assessment_of_who_carried_out_a_told_attack_is_no_new_attack() -> None:
    """'We assess that Kataib Hezbollah carried out the Erbil attack' was an undated attack of its own
    (rule assessed_doer: the act told back), and no attribution."""
    text = ("MS. SINGH: An update on our service members injured in Erbil on Christmas Day.\n\n"
            "Q: Who do you hold responsible for the Erbil attack?\n\n"
            "MS. SINGH: We assess that Kataib Hezbollah carried out the Erbil attack.")
    found = extract_article(make_article(text, THU))
    assert found.undated == ()
    assert "attribution" in {s.kind for s in found.statements}


@pytest.mark.parametrize("answer", [
    "GEN. RYDER: We believe that Harakat al-Nujaba conducted the Conoco attack.",
    "GEN. RYDER: Our assessment is still coming in, but we judge that Harakat al-Nujaba was behind that "
    "attack.",
])
def test_another_voices_assessment_of_who_did_a_told_attack_is_no_new_attack(answer: str) -> None:
    text = f"Q: Do you know who fired on the base at the Conoco field?\n\n{answer}"
    found = extract_article(make_article(text, THU))
    assert (found.events, found.undated) == ((), ())
    assert [s.kind for s in found.statements] == ["attribution"]


@pytest.mark.xfail(strict=True, reason="(event recall) a response told in the next paragraph, 'US forces "
                   "responded with artillery fire toward the areas the rockets were launched from', is an "
                   "undated US strike with no country ('US strike (place not reported)'), not a response "
                   "on the attack's day in its country (told in the same paragraph, it is no act at all)")
def test_a_response_told_after_an_attack_is_of_its_day_and_country() -> None:
    text = ("Several rockets targeted the US base at the Conoco gas field in Deir ez-Zor on Sunday, a local "
            "source said.\n\nUS forces responded with artillery fire toward the areas the rockets were "
            "launched from, the source added.")
    sunday = dt.date(2023, 12, 31)
    found = extract_article(make_article(text, sunday))
    assert found.undated == ()
    assert {(e.date, e.country) for e in found.events} == {(sunday, "Syria")}


@pytest.mark.xfail(strict=True, reason="(event details, casualties) 'left one American soldier critically "
                   "wounded and two others with minor injuries' gives the row 2 injured, a part, not the 3 "
                   "the parts make")
def test_the_hurt_told_in_parts_is_their_whole() -> None:
    text = ("A drone attack on Erbil Air Base on Monday left one American soldier critically wounded and two "
            "others with minor injuries, officials said.")
    (event,) = extract_article(make_article(text, TUE)).events
    assert [(c.side, c.kind, c.value) for c in event.details.casualties] == [("us", "injured", 3)]


# ---- the week, built as a reader gets it ---------------------------------------------------------

def _build(tmp_path: Path, *period: str) -> dict[str, Any]:
    return build_with_html(WEEK, tmp_path, *period)


def _from(event: dict[str, Any]) -> set[str]:
    return {s["article"] for s in event["sources"]}


def test_the_christmas_week_built_by_default(tmp_path: Path) -> None:
    document = _build(tmp_path)
    period = document["briefing"]["period"]
    # the newest clipping's rockets (31 Dec, a year-less local date line) are inside the period
    assert (period["start"], period["end"]) == ("2023-12-25", "2023-12-31")
    events = {e["id"]: e for e in document["events"]}
    assert "2023-12-31:attack_on_us_forces:syria" in document["briefing"]["chronology"]
    # the Erbil drone: one row on Monday, the US evening report of 'late Sunday Eastern time' in it
    erbil = events["2023-12-25:attack_on_us_forces:iraq"]
    assert {"01_wire_erbil", "02_kurdistan_tv", "13_us_evening"} <= _from(erbil)
    assert not any(e["date"] == "2023-12-24" for e in events.values())
    details = erbil["details"]
    assert details["site"]["name"] == "Erbil air base"
    assert details["coordinates"]["precision"] == "site"
    assert {w["name"] for w in details["weapons"]} == {"drone"}
    assert [c["name"] for c in details["claimed_by"]] == ["Islamic Resistance in Iraq"]
    # each report that attributes it, once: the briefing's transcript and the wire's headline
    # ("Washington blames Kataib Hezbollah", read as the US side's attribution since the twentieth session)
    assert {c["name"] for c in details["attributed_to"]} == {"Kataib Hezbollah"}
    assert {c["source"]["article"] for c in details["attributed_to"]} == {"09_transcript", "01_wire_erbil"}
    # its hurt, each figure with its source: two by the local TV, then three
    hurt = {(c["value"], c["source"]["article"]) for c in details["casualties"]
            if (c["side"], c["kind"]) == ("us", "injured")}
    assert {(2, "02_kurdistan_tv"), (3, "01_wire_erbil")} <= hurt
    # the strikes that night, placed at their province's seat
    strikes = [e for e in events.values() if e["type"] == "us_strike" and e["date"] >= "2023-12-25"]
    assert {e["details"]["coordinates"]["place"] for e in strikes} == {"Babil"}
    assert any({"03_dod_statement", "07_undated_statement"} <= _from(e) for e in strikes)
    # running figures whole, never a part; the live blog's ordinal read
    tallies = {(t["metric"], t["value"], t["sources"][0]["article"]): t for t in document["tallies"]}
    assert tallies[("attacks", 103, "01_wire_erbil")]["breakdown"] == {"Iraq": 46, "Syria": 57}
    assert tallies[("attacks", 106, "09_transcript")]["breakdown"] == {"Iraq": 48, "Syria": 58}
    assert tallies[("attacks", 111, "11_tracker")]["breakdown"] == {"Iraq": 52, "Syria": 59}
    assert ("attacks", 103, "10_liveblog") in tallies
    assert not {t["value"] for t in document["tallies"]} & {46, 57, 48, 58, 52, 59}
    assert tallies[("attacks", 100, "05_afp_condemn")]["source_kind"] == "outlet"
    # claims are claims: Harir (denied), Rumalyn (not confirmed, with its answer); no act of theirs
    claims = [s for s in document["statements"] if s["kind"] == "claim"]
    assert {"2023-12-27", "2023-12-28"} <= {s["date"] for s in claims}
    replied = {s["id"]: s["replies"] for s in claims}
    assert replied["09_transcript:s1"] and replied["10_liveblog:s1"]  # the briefer's answer, the Pentagon's
    acts = [*document["events"], *document["undated_events"]]
    assert not any(s["article"].startswith(("08_", "11_", "14_")) for e in acts for s in e["sources"])
    assert not any("Harir" in s["quote"] or "Rumalyn" in s["quote"] for e in acts for s in e["sources"])
    # the government's condemnation on Tuesday, of its own day
    (condemned,) = [s for s in document["statements"] if s["kind"] == "condemnation"]
    assert condemned["date"] == "2023-12-26"
    outlets = {Path(a["path"]).name: a["outlet"] for a in document["articles"]}
    assert (outlets["01_wire_erbil.txt"], outlets["02_kurdistan_tv.txt"], outlets["05_afp_condemn.txt"],
            outlets["08_shafaq.txt"], outlets["15_north_press.txt"]) == (
        "Reuters", "Kurdistan24", "AFP", "Shafaq News", "North Press Agency")
    status = {Path(i["path"]).name: i["status"] for i in document["briefing"]["inputs"]}
    assert status["14_christmas.txt"] == "off-topic"
    html = document["html"]
    assert "Claims and statements" in html and "Erbil air base" in html


def test_an_attack_after_a_period_asked_for_is_listed_after_it(tmp_path: Path) -> None:
    """The US evening report of 24 Dec tells the drone of early 25 Dec in Erbil: after a period ending
    on the 24th, listed as such; a clipping published after the period is named as outside it."""
    document = _build(tmp_path, "--from", "2023-12-18", "--to", "2023-12-24")
    assert document["briefing"]["after_period"] == ["2023-12-25:attack_on_us_forces:iraq"]
    assert document["briefing"]["chronology"] == []
    assert "After the period" in document["html"]
    status = {Path(i["path"]).name: i["status"] for i in document["briefing"]["inputs"]}
    assert status["15_north_press.txt"] == "outside-period"
