"""A desk trying to break the tool (twenty-first session), in sentences we wrote. Each test fails on
the code before:

- a statement's full date taken for the day of the act its lede tells with an unreadable day of
  its own ("jets struck ... on Thursday, the ministry said on Nov. 10, 2023" in an undated page:
  the headline's strike was dated the 10th, not the Thursday before);
- claims or reports a voice denies, named further from the denial than its short reach ("denied
  claims by <group> in <land> that it had attacked <base>"): an attack no source reports;
- a sentence-case headline's participle after US forces ("US troops targeted at <city>") read as the
  US acting: a US strike no source reports;
- one act named as a group's reason ("the group blamed for an attack that killed three soldiers")
  given the day of the strike told in the main clause;
- an outlet named in a republishing note run on into the next sentence ("... in the Vale Post.
  Republished with permission." named "Vale Post. Republished").
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.credits import guess_outlet
from briefing.extract import extract_article
from briefing.model import Event
from briefing.topic import choose_topic
from tests.conftest import make_article

THU = dt.date(2024, 2, 8)


def _acts(text: str, published: dt.date | None = THU) -> list[Event]:
    found = extract_article(make_article(text, published), choose_topic(None))
    return [*found.events, *found.undated]


def _rows(text: str, published: dt.date | None = THU) -> list[tuple[str, dt.date | None]]:
    return sorted(((e.type, e.date) for e in _acts(text, published)), key=str)


# ---- a statement's day is not the day of an act its sentence gives a day of its own ----------------

def test_a_headlines_strike_is_not_dated_by_the_statement_the_lede_dates_itself_against() -> None:
    text = ("US strikes hit militia in Syria\n\n"
            "US jets struck a weapons depot near Mayadin, Syria, on Thursday, the Pentagon said on "
            "Nov. 10, 2023.\n")
    assert [(e.type, e.date) for e in _acts(text, None)] == [("us_strike", None)]


def test_an_act_told_today_keeps_the_day_of_the_statement_that_tells_it() -> None:
    text = ("US forces hit in Iraq\n\n"
            "A drone attacked US forces at Harir air base in Iraq, officials said.\n\n"
            "\"We can confirm a drone attack today against US forces at Harir,\" the spokesman said on "
            "Monday, Feb. 5, 2024.\n")
    assert {e.date for e in _acts(text, None) if e.type == "attack_on_us_forces"} == {dt.date(2024, 2, 5)}


# ---- denied claims and reports are no rows ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Pentagon on Wednesday denied claims by the Islamic Resistance in Iraq that it had attacked Ain "
    "al-Asad air base with drones on Tuesday.",
    "A US defense official denied reports that American troops at al-Tanf came under rocket fire on "
    "Tuesday, calling the reports false.",
    "The command rejected claims from the group that its fighters had struck the Harir base on Tuesday.",
])
def test_an_act_in_claims_or_reports_a_voice_denies_is_no_row(text: str) -> None:
    assert _acts(text) == []


def test_a_claim_confirmed_keeps_its_attack() -> None:
    text = ("The Pentagon on Wednesday confirmed claims by the Islamic Resistance in Iraq that it had "
            "attacked Ain al-Asad air base with drones on Tuesday.")
    assert _rows(text) == [("attack_on_us_forces", dt.date(2024, 2, 6))]


def test_a_denial_of_a_role_keeps_the_attack() -> None:
    text = ("The group denied reports that it was behind the drone attack on US forces at al-Tanf in "
            "Syria on Tuesday.")
    assert [e.type for e in _acts(text)] == ["attack_on_us_forces"]


# ---- a sentence-case headline's participle: its forces were acted on ----------------------------------

@pytest.mark.parametrize("headline", [
    "US troops targeted at Erbil",
    "US forces targeted in Iraq, Syria",
    "US base in Iraq hit",
    "American troops attacked in Syria, no injuries reported",
])
def test_a_headlines_participle_after_us_forces_is_no_us_strike(headline: str) -> None:
    acts = _acts(f"{headline}\n\nAn official said there were no injuries.\n", None)
    assert [e.type for e in acts] == ["attack_on_us_forces"]


@pytest.mark.parametrize("headline", [
    # hurt in their own raid on the Islamic State: no attack on them
    "7 US troops hurt in raid with Iraqi forces targeting Islamic State group hideouts",
    # the drones were fired, not the destroyers: no attack told in the headline
    "US Navy destroyers shot down drones fired by Houthi rebels",
])
def test_a_headlines_other_forms_make_no_attack_on_us_forces(headline: str) -> None:
    text = f"{headline}\n\nOfficials gave no more.\n"
    assert "attack_on_us_forces" not in [e.type for e in _acts(text, None)]


# ---- one act named as the reason for a group has no day of the strike on it -------------------------

def test_an_act_named_as_a_groups_reason_takes_no_day_of_the_strike() -> None:
    text = ("A US drone strike in Baghdad on Wednesday killed a commander of Kataib Hezbollah, the group "
            "blamed for an attack that killed three US soldiers.")
    dated = [(e.type, e.date) for e in _acts(text) if e.date is not None]
    assert dated == [("us_strike", dt.date(2024, 2, 7))]


def test_an_act_named_as_a_groups_reason_keeps_a_day_told_with_it() -> None:
    text = ("A US drone strike in Baghdad killed a commander of the group blamed for the Feb. 4 attack "
            "on US forces at Harir air base.")
    assert ("attack_on_us_forces", dt.date(2024, 2, 4)) in _rows(text)


# ---- an outlet's name ends where its sentence does ----------------------------------------------------

@pytest.mark.parametrize(("text", "outlet"), [
    ("Drones hit a base.\n\nThis article originally appeared in the Vale Post. Republished with permission.",
     "Vale Post"),
    ("Drones hit a base.\n\nThis story first appeared on Desk Daily. Read more there.", "Desk Daily"),
    ("Drones hit a base.\n\nThis article originally appeared on U.S. Desk News.", "U.S. Desk News"),
    # the note's "by", as its comment in credits.py always said
    ("Drones hit a base.\n\nThis story was first published by Lakeside Herald.", "Lakeside Herald"),
])
def test_a_republishing_notes_outlet_ends_with_its_sentence(text: str, outlet: str) -> None:
    assert guess_outlet(text, None) == outlet


# ---- a headline's sites hit are no attack by their militia ---------------------------------------------

@pytest.mark.parametrize("headline", [
    "Militia sites hit in western Iraq",
    "Kataib Hezbollah targets hit in Syria",
    "Militia weapons sites targeted in eastern Syria",
])
def test_a_headlines_militia_sites_hit_are_no_attack_on_us_forces(headline: str) -> None:
    acts = _acts(f"{headline}\n\nOfficials gave no more.\n", None)
    assert "attack_on_us_forces" not in [e.type for e in acts]


def test_a_headlines_militia_striking_at_a_us_base_stays_their_attack() -> None:
    acts = _acts("Militia struck at US base in Syria\n\nOfficials gave no more.\n", None)
    assert [e.type for e in acts] == ["attack_on_us_forces"]


# ---- who said it is no object of the act -------------------------------------------------------------

@pytest.mark.parametrize("sayer", ["the US military said", "the US Army told reporters"])
def test_a_us_speaker_after_the_act_is_not_what_was_struck(sayer: str) -> None:
    acts = _acts(f"US forces struck two militia drone sites near Al-Qaim in western Iraq on Tuesday, "
                 f"{sayer}.")
    assert [(e.type, e.date) for e in acts] == [("us_strike", dt.date(2024, 2, 6))]


def test_an_undated_copy_with_a_militia_headline_keeps_its_us_strike() -> None:
    text = ("Militia sites hit in western Iraq\n\n"
            "US forces struck two militia drone sites near Al-Qaim in western Iraq, the US military said.\n")
    assert [e.type for e in _acts(text, None)] == ["us_strike"]
