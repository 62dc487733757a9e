"""Claims and statements: records of their own, never attacks or strikes.

Sentences are our own, written in the forms real reports use (see extract/statements.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.extract import extract_article
from briefing.extract.statements import extract_statements
from briefing.model import Briefing
from tests.conftest import make_article

FRI = dt.date(2024, 2, 2)  # a Friday
THU, SAT = FRI - dt.timedelta(days=1), FRI + dt.timedelta(days=1)


def kinds(text: str, published: dt.date = FRI) -> list[tuple[str, str | None, dt.date | None]]:
    return [(s.kind, s.who, s.date) for s in extract_statements(make_article(text, published))]


CLAIM = ("A drone struck a base housing American troops in eastern Syria on Thursday, the Islamic "
         "Resistance in Iraq claimed in a message on its channel.")
DENIAL = ("A US defense official said there was no indication of any attack on the base and called the "
          "claim false.")


def test_a_claim_with_a_denial_is_a_claim_and_its_reply_not_an_attack() -> None:
    found = extract_article(make_article(f"{CLAIM} {DENIAL}", FRI))
    claim, denial = found.statements
    assert (claim.kind, claim.who, claim.date) == ("claim", "Islamic Resistance in Iraq", THU)
    assert (denial.kind, denial.who) == ("denial", "defense official")
    assert claim.replies == (denial.id,) and denial.answers == claim.id
    assert [e for e in (*found.events, *found.undated) if e.type == "attack_on_us_forces"] == []


def test_an_attack_in_another_country_stays_beside_a_denied_claim() -> None:
    other = "Separately, a rocket hit a base housing US troops in Iraq on Thursday."
    found = extract_article(make_article(f"{CLAIM} {DENIAL} {other}", FRI))
    assert [(e.type, e.date, e.country) for e in found.events] == [("attack_on_us_forces", THU, "Iraq")]


def test_an_attack_the_us_side_tells_itself_stays_beside_a_denied_claim() -> None:
    told = "The Pentagon said a drone hit a base housing US troops in Syria on Thursday."
    found = extract_article(make_article(f"{CLAIM} {DENIAL} {told}", FRI))
    assert [(e.type, e.date) for e in found.events] == [("attack_on_us_forces", THU)]


def test_a_claim_with_no_reply_is_still_only_a_claim() -> None:
    text = ("Iraqi group claims drone strike on US outpost in Syria\n\nA drone attack on a US outpost in "
            "Syria on Thursday was claimed by Kataib Hezbollah. The Pentagon did not answer questions.")
    found = extract_article(make_article(text, FRI))
    # the headline's group is not named: the same claim, the group the text names elsewhere
    (claim,) = found.statements
    assert (claim.kind, claim.who, len(claim.sources)) == ("claim", "Kataib Hezbollah", 2)
    assert all(not s.replies for s in found.statements)
    assert found.events == () and found.undated == ()


@pytest.mark.parametrize("said", ["said in a statement", "said on its Telegram channel", "said"])
def test_a_group_telling_its_own_attack_is_a_claim_not_an_attack(said: str) -> None:
    text = f"Drones targeted a US base in eastern Syria on Thursday, the Islamic Resistance in Iraq {said}."
    found = extract_article(make_article(text, FRI))
    assert [(s.kind, s.who) for s in found.statements] == [("claim", "Islamic Resistance in Iraq")]
    assert found.events == ()
    told = extract_article(make_article(text.replace("the Islamic Resistance in Iraq", "the Pentagon"), FRI))
    assert [e.type for e in told.events] == ["attack_on_us_forces"] and told.statements == ()


@pytest.mark.parametrize(("text", "who"), [
    # the claim's own words tell the attack
    ("The Islamic Resistance in Iraq said it attacked the US base at al-Harir with a drone on Thursday.",
     "Islamic Resistance in Iraq"),
    ("Kataib Hezbollah and other affiliated groups took credit for the drone attack on a US base in Syria on "
     "Thursday.", "Kataib Hezbollah"),
    # the group told back: the one named just before
    ("The Islamic Resistance in Iraq has threatened US forces for weeks. On its Telegram channel on "
     "Thursday, the group said it attacked a US base in Syria with drones.", "Islamic Resistance in Iraq"),
])
def test_a_claim_in_the_forms_groups_use_is_a_claim_not_an_attack(text: str, who: str) -> None:
    found = extract_article(make_article(text, FRI))
    assert [(s.kind, s.who) for s in found.statements] == [("claim", who)]
    assert found.events == ()


def test_a_group_told_back_with_none_named_before_is_no_claimant() -> None:
    text = "On its Telegram channel on Thursday, the group said it attacked a US base in Syria with drones."
    # no group is named anywhere: no claimant is made up
    assert [s.who for s in extract_article(make_article(text, FRI)).statements if s.who] == []


def test_an_attack_whose_claim_tells_its_casualties_is_kept() -> None:
    text = ("The drone attack on Thursday that wounded four US soldiers at a base in Syria was claimed by "
            "Kataib Hezbollah.")
    found = extract_article(make_article(text, FRI))
    assert [(e.type, e.date) for e in found.events] == [("attack_on_us_forces", THU)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kataib Hezbollah announced on Thursday that it would suspend its military operations against US "
     "forces.",
     [("suspension", "Kataib Hezbollah", THU)]),
    ("Harakat al-Nujaba vowed to continue its operations until the troops leave.",
     [("vow", "Harakat al-Nujaba", FRI)]),
    ("The Pentagon on Thursday blamed Kataib Hezbollah for the drone attack.",
     [("attribution", "Pentagon", THU)]),
    ("The White House said Thursday that the US will respond at a time and place of its choosing.",
     [("promise", "White House", THU)]),
    ("The Iraqi government condemned the strikes as a violation of its sovereignty on Saturday.",
     [("condemnation", "government of Iraq", SAT)]),
    ("The Syrian foreign ministry said Saturday that the US strikes killed several people and wounded "
     "others.",
     [("casualty-report", "government of Syria", SAT)]),
])
def test_each_kind_of_statement_with_its_speaker_and_day(
        text: str, expected: list[tuple[str, str | None, dt.date | None]]) -> None:
    assert kinds(text, SAT if "Saturday" in text else FRI) == expected


@pytest.mark.parametrize("text", [
    # no speaker of the kind the statement needs
    "Strikes were carried out by US fighter aircraft on two facilities, an official said.",
    "Officials said there was no indication that Iran ordered the attack.",
    "The attacks came from groups backed by Iran, and officials said they would hold them responsible.",
    "The group has vowed to continue, analysts say.",
    "Three US soldiers were killed at the base, the Pentagon said.",
    "Jets struck depots used by the IRGC and affiliated militias on Friday, the statement said.",
    "A drone hit a car in the capital, killing three Kataib Hezbollah fighters, militia officials said.",
    # a claim denied in its own words, told as background, or made by someone else
    "No group has claimed responsibility for the drone attack on the US base.",
    "The rockets hit the base weeks after Kataib Hezbollah announced it would suspend its operations.",
    "The US military said it carried out strikes on sites used by groups backed by the IRGC.",
    "The US claimed that the strikes on the IRGC answered the attack on its troops.",
    # another's promise is not the US side's, even in a sentence naming the White House
    "Speaking at the White House, the president called the attack a failure, while Netanyahu vowed "
    "retaliation.",
    # another year's statement
    "Kataib Hezbollah claimed responsibility for the rocket attack on the base on Jan. 5, 2020.",
])
def test_sentences_that_are_not_these_statements(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(("text", "who"), [
    # the group that claims, not the sponsor the sentence relates it to
    ("An umbrella of Iraqi militias backed by Iran, the Islamic Resistance in Iraq, claimed more than 150 "
     "attacks on US forces since mid-October.", "Islamic Resistance in Iraq"),
    ("Part of Iran's axis of resistance, the Islamic Resistance in Iraq claims it has carried out more than "
     "150 attacks on US forces since mid-October.", "Islamic Resistance in Iraq"),
    ("More than 150 attacks on US forces since mid-October have been claimed by Kataib Hezbollah, which "
     "Iran arms.", "Kataib Hezbollah"),
])
def test_the_claimant_is_the_group_that_claims(text: str, who: str) -> None:
    found = extract_article(make_article(text, FRI))
    (tally,) = found.tallies
    assert (tally.source_kind, tally.speaker) == ("claim", who)
    assert [s.who for s in found.statements if s.kind == "claim"] == [who]


def test_a_casualty_report_about_a_strike_is_part_of_that_strike() -> None:
    text = ("US aircraft struck militia sites in Iraq and Syria on Friday, the Pentagon said. The Iraqi "
            "government said Saturday the strikes had killed 16 people, including civilians.")
    found = extract_article(make_article(text, SAT))
    assert sorted((e.date, e.country) for e in found.events) == [(FRI, "Iraq"), (FRI, "Syria")]
    # the report is a source of the Friday strike in the reporting government's country
    assert {e.country: len(e.sources) for e in found.events} == {"Iraq": 2, "Syria": 1}
    assert [s.kind for s in found.statements] == ["casualty-report"]


def test_a_strike_told_only_in_a_casualty_report_is_not_dated_by_the_report() -> None:
    text = "The Iraqi government said on Saturday that the US strikes killed 16 people in western Iraq."
    found = extract_article(make_article(text, SAT))
    assert found.events == ()
    (mention,) = found.undated
    # the day given is the report's (issue 23, form 4): the strike is kept as a mention with no day
    assert mention.date is None and "the day it was told" in mention.date_note


@pytest.mark.parametrize("text", [
    "The US carried out no new strike in response to Sunday's attack on the base in Jordan, officials said.",
    "Washington promised a strike in answer to Sunday's drone attack that killed three soldiers in Jordan.",
    "The strikes were a response to the drone attack on Sunday that killed three US soldiers in Jordan.",
])
def test_an_act_named_as_the_cause_of_a_strike_is_that_act_not_a_strike_that_day(text: str) -> None:
    found = extract_article(make_article(text, dt.date(2024, 1, 30)))
    sunday = dt.date(2024, 1, 28)
    assert [e for e in found.events if e.type != "attack_on_us_forces" and e.date == sunday] == []


@pytest.mark.parametrize("words", [
    "claimed responsibility", "took responsibility", "claimed the drone attack", "was claimed by",
    "claimed in a statement", "said it had targeted", "claims it has carried out",
    "announced that it had attacked", "said in a Telegram post that it had struck", "said it was behind",
    "said its fighters targeted",
    "there was no indication of any attack", "could not confirm the claim", "cannot verify",
    "denied the reports", "the claim was false", "would suspend its military operations",
    "halted attacks", "vowed to continue", "will continue its operations", "blamed",
    "attributed the attack to",
    "holds the group responsible", "was carried out by", "bore the hallmarks", "will respond",
    "at a time and place of our choosing", "pledged retaliation", "condemned",
    "a violation of its sovereignty",
    "killed 16 people", "the death toll",
])
def test_every_rules_words_pass_the_screen(words: str) -> None:
    from briefing.extract.statements import RULES, TRIGGER

    cues = [m.group() for rule in RULES if (m := rule.cue.search(words))]
    assert cues, words  # the phrase is one a rule reads
    assert all(TRIGGER.search(cue) for cue in cues)


# --- in the briefing and the export ------------------------------------------------------------

def _desk_week(tmp_path: Path) -> Briefing:
    from briefing.assemble import assemble
    from briefing.build import extract
    from briefing.model import Period

    head = "---\npublished: 2024-02-02\noutlet: Desk Daily\n---\n"
    (tmp_path / "a.txt").write_text(f"{head}{CLAIM} {DENIAL}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\npublished: 2024-02-03\noutlet: Gulf Wire\n---\nUS aircraft "
                                    "struck militia sites in Iraq on Friday, the Pentagon said. The Iraqi "
                                    "government said Saturday the strikes had killed 16 people.\n",
                                    encoding="utf-8")
    return assemble(extract([tmp_path]), Period(dt.date(2024, 1, 28), dt.date(2024, 2, 3), "w"), "T")


def test_the_briefing_shows_claims_with_denials_not_as_attacks(tmp_path: Path) -> None:
    from briefing import render

    briefing = _desk_week(tmp_path)
    assert [(s.kind, s.who) for s in briefing.statements] == [
        ("claim", "Islamic Resistance in Iraq"), ("casualty-report", "government of Iraq")]  # denial inside
    assert [e.type for e in briefing.chronology] == ["us_strike"]
    assert not any("Attack" in k.text for k in briefing.key_points)
    html = render.to_html(briefing, [])
    section = html[html.index('id="statements"'):html.index('id="charts"')]
    assert "Claim of responsibility" in section and "Denial / not confirmed, defense official" in section
    assert "Desk Daily" in section and "Casualty report" in section


def test_statements_go_to_the_export_and_back(tmp_path: Path) -> None:
    import json

    from briefing.export import from_json, to_json

    briefing = _desk_week(tmp_path)
    document = json.loads(json.dumps(to_json(briefing.extraction, briefing)))
    assert [s["kind"] for s in document["statements"]] == ["claim", "denial", "casualty-report"]
    assert document["statements"][0]["replies"] == [document["statements"][1]["id"]]
    assert document["briefing"]["statements"] == [s.id for s in briefing.statements]
    extraction, _, _ = from_json(document)
    assert extraction.statements == briefing.extraction.statements
    del document["statements"]  # a document written before statements were read
    assert from_json(document)[0].statements == ()


def test_a_saying_told_in_several_sentences_of_a_report_is_one_row(tmp_path: Path) -> None:
    from briefing.assemble import assemble
    from briefing.build import extract
    from briefing.model import Period

    (tmp_path / "a.txt").write_text(
        "---\npublished: 2024-01-30\noutlet: Desk Daily\n---\n"
        "Kataib Hezbollah suspends military operations against US forces\n\n"
        "Kataib Hezbollah announced on Tuesday that it is suspending military operations against US forces "
        "in Iraq and Syria.\n\n"
        "Although it will suspend attacks on US forces, Kataib Hezbollah said it would keep up its other "
        "work.\n",
        encoding="utf-8")
    found = extract([tmp_path])
    told = [s for s in found.statements if s.kind == "suspension"]
    assert len(told) >= 2  # the extractor keeps each sentence; the briefing shows one saying
    briefing = assemble(found, Period(dt.date(2024, 1, 28), dt.date(2024, 2, 3), "w"), "T")
    shown = [s for s in briefing.statements if s.kind == "suspension"]
    assert len(shown) == 1
    assert len(shown[0].sources) == len(told)
    assert shown[0].sources[0].quote == told[0].sources[0].quote


def test_two_claims_of_one_group_on_one_day_stay_two_rows(tmp_path: Path) -> None:
    from briefing.assemble import assemble
    from briefing.build import extract
    from briefing.model import Period

    (tmp_path / "a.txt").write_text(
        "---\npublished: 2024-02-02\noutlet: Desk Daily\n---\n" + CLAIM + "\n\n"
        "In a second message the Islamic Resistance in Iraq claimed a rocket attack on a US base in Erbil, "
        "Iraq, on Thursday.\n", encoding="utf-8")
    found = extract([tmp_path])
    briefing = assemble(found, Period(dt.date(2024, 1, 28), dt.date(2024, 2, 3), "w"), "T")
    assert len([s for s in briefing.statements if s.kind == "claim"]) == len(
        [s for s in found.statements if s.kind == "claim"]) == 2


@pytest.mark.parametrize("text", [
    "The recent statement by Kataib Hezbollah saying it was suspending attacks on US troops changed nothing.",
    "Kataib Hezbollah had announced it was suspending military operations against US forces.",
])
def test_a_saying_told_as_made_before_the_report_has_no_day_of_the_report(text: str) -> None:
    assert [(k, d) for k, _, d in kinds(text, SAT) if k == "suspension"] == [("suspension", None)]


def test_a_saying_with_its_day_keeps_it_even_when_told_as_earlier() -> None:
    text = ("On Tuesday, Kataib Hezbollah had announced it was suspending military operations against "
            "US forces.")
    assert [(k, d) for k, _, d in kinds(text, SAT) if k == "suspension"] == [
        ("suspension", dt.date(2024, 1, 30))]


def test_a_claim_the_row_shows_is_listed_even_when_its_day_is_not_given(tmp_path: Path) -> None:
    from briefing.assemble import assemble
    from briefing.build import extract
    from briefing.model import Period

    # a clipping with no publication date: its event is dated by its own words, its claim is not
    (tmp_path / "a.txt").write_text(
        "On Sunday, Jan. 28, 2024, a drone struck Tower 22 in Jordan, killing three US soldiers.\n\n"
        "US officials said the base had been targeted before.\n\n"
        "A senior US official said the Islamic Resistance in Iraq claimed responsibility.\n",
        encoding="utf-8")
    found = extract([tmp_path])
    (claim,) = [s for s in found.statements if s.kind == "claim"]
    assert claim.date is None
    briefing = assemble(found, Period(dt.date(2024, 1, 26), dt.date(2024, 2, 1), "w"), "T")
    (event,) = briefing.chronology
    assert [n.name for n in event.details.claimed_by] == ["Islamic Resistance in Iraq"]
    assert [(s.kind, s.who, s.date) for s in briefing.statements] == [
        ("claim", "Islamic Resistance in Iraq", None)]
    # a claim no row of the period shows, with no day, is not the period's
    (tmp_path / "a.txt").write_text("A senior US official said the Islamic Resistance in Iraq claimed "
                                    "responsibility for an attack.\n", encoding="utf-8")
    found = extract([tmp_path])
    assert assemble(found, Period(dt.date(2024, 1, 26), dt.date(2024, 2, 1), "w"), "T").statements == ()


@pytest.mark.parametrize("claim", [
    "The Islamic Resistance in Iraq announced that it had attacked the base with drones.",
    "In a post on Telegram, the Islamic Resistance in Iraq said its fighters had struck the base.",
    "The Islamic Resistance in Iraq said it was behind the attack.",
    "The Islamic Resistance in Iraq later said it carried out the attack.",
    "The group Islamic Resistance in Iraq said on Telegram that it had targeted the base.",
])
def test_a_groups_own_word_on_an_attack_on_us_forces_is_a_claim(claim: str) -> None:
    found = extract_article(make_article("Drones struck US forces at Al-Asad Airbase in Iraq on Sunday, "
                                         "officials said. " + claim, FRI))
    assert [(s.kind, s.who) for s in found.statements] == [("claim", "Islamic Resistance in Iraq")]


def test_a_governments_toll_told_subject_first_is_a_casualty_report() -> None:
    found = extract_article(make_article("US aircraft struck militia sites in Iraq on Friday. The Iraqi "
                                         "government said 16 people, including civilians, were killed.", FRI))
    assert ("casualty-report", "government of Iraq") in [(s.kind, s.who) for s in found.statements]


def test_an_officials_likely_agent_is_an_attribution() -> None:
    found = extract_article(make_article("Drones struck US forces at Al-Asad Airbase in Iraq on Sunday. A US "
                                         "official said the attack was likely carried out by Kataib "
                                         "Hezbollah.", FRI))
    assert [(s.kind, s.who) for s in found.statements] == [("attribution", "US official")]


# ---- a row's US attribution is a statement of its own ------------------------------------------

_ATTACK = "A one-way drone struck a US outpost in north-east Jordan on Sunday, killing three US soldiers."


@pytest.mark.parametrize(("told", "who"), [
    (" Officials blamed Kataib Hezbollah.", "Officials"),
    (" The Pentagon said Kataib Hezbollah was responsible.", "Pentagon"),
    (" Washington attributed the attack to Kataib Hezbollah.", None),
    (" The US holds Kataib Hezbollah responsible.", None),
])
def test_an_attribution_the_row_shows_is_one_statement_of_its_own(told: str, who: str | None) -> None:
    found = extract_article(make_article(_ATTACK + told, dt.date(2024, 1, 29)))
    (attack,) = found.events
    assert [n.name for n in attack.details.attributed_to] == ["Kataib Hezbollah"]
    (said,) = [s for s in found.statements if s.kind == "attribution"]
    assert said.date == dt.date(2024, 1, 29) and "Kataib Hezbollah" in said.sources[0].quote
    assert who is None or said.who == who
    assert [s.kind for s in found.statements] == ["attribution"]  # never a claim, never twice
    assert [e.type for e in found.events] == ["attack_on_us_forces"]  # the saying is no act


@pytest.mark.parametrize("told", [
    " Officials did not say who was responsible.",
    " Kataib Hezbollah denied responsibility.",
])
def test_no_attribution_where_none_is_told(told: str) -> None:
    found = extract_article(make_article(_ATTACK + told, dt.date(2024, 1, 29)))
    assert not any(s.kind == "attribution" for s in found.statements)
    assert not any(e.details.attributed_to for e in found.events)


def test_a_week_of_two_clippings_lists_the_attribution_with_its_source(tmp_path: Path) -> None:
    from briefing import render
    from briefing.assemble import assemble
    from briefing.build import extract
    from briefing.model import Period

    (tmp_path / "a.txt").write_text("---\npublished: 2024-01-29\noutlet: Desk Daily\n---\n" + _ATTACK
                                    + " Officials blamed Kataib Hezbollah.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\npublished: 2024-01-30\noutlet: Gulf Wire\n---\n"
                                    "The drone attack on Tower 22 in Jordan on Sunday killed three soldiers, "
                                    "the Pentagon said. "
                                    "The Islamic Resistance in Iraq claimed responsibility for the attack.\n",
                                    encoding="utf-8")
    briefing = assemble(extract([tmp_path]), Period(dt.date(2024, 1, 28), dt.date(2024, 2, 3), "w"), "T")
    assert sorted((s.kind, s.who) for s in briefing.statements) == [
        ("attribution", "Officials"), ("claim", "Islamic Resistance in Iraq")]
    html = render.to_html(briefing, [])
    section = html[html.index('id="statements"'):html.index('id="charts"')]
    assert "US attribution" in section and "Desk Daily" in section


# ---- a row's claim is a statement of its own (the section and the rows agree) --------------------

_SHIP = "A bulk carrier was hit in the Red Sea on Sunday, the maritime agency said."
_BASE = "Drones struck al-Harir airbase in Iraq on Sunday."


@pytest.mark.parametrize(("story", "text", "who"), [
    ("red-sea", _SHIP + " The Coral Dawn had been targeted in the Red Sea using a drone boat, Houthi "
     "spokesperson Yahya Saree said on Sunday.", "Houthis"),
    ("red-sea", _SHIP + " Yahya Saree, the group's military spokesman, said in a televised address that the "
     "Houthis hit the Coral Dawn in the Red Sea.", "Houthis"),
    (None, _BASE + " A statement by the groups that identify as the Islamic Resistance in Iraq, an umbrella "
     "of armed factions, said that they attacked al-Harir airbase.", "Islamic Resistance in Iraq"),
    (None, _BASE + " A group called the Islamic Resistance in Iraq claimed responsibility for the attack, "
     "saying in a statement that it targeted al-Harir airbase with a drone.", "Islamic Resistance in Iraq"),
])
def test_a_claim_the_row_shows_is_one_statement_of_its_own(story: str | None, text: str, who: str) -> None:
    from briefing.topic import choose_topic, load_topic

    topic = choose_topic(story) if story else load_topic()
    found = extract_article(make_article(text, dt.date(2024, 6, 24)), topic)
    (act,) = found.events
    claimants = {(n.name, n.source) for n in act.details.claimed_by}
    said = [s for s in found.statements if s.kind == "claim"]
    # listed once, from the sentence the row's claim is read from
    assert len(said) == 1 and said[0].who == who
    assert claimants == {(who, said[0].sources[0])}


def test_a_written_week_lists_the_claim_its_row_shows_with_its_source(tmp_path: Path) -> None:
    from briefing import render
    from briefing.assemble import assemble
    from briefing.build import extract
    from briefing.model import Period
    from briefing.topic import choose_topic

    # no publication day: the claim's day is the row's, and the row is the period's
    (tmp_path / "a.txt").write_text("---\noutlet: Harbour Post\n---\nA bulk carrier was hit by a "
                                    "drone boat in the Red Sea on 23 June 2024, the maritime agency said. "
                                    "The Coral Dawn had been targeted using a drone boat, Houthi "
                                    "spokesperson Yahya Saree said.\n", encoding="utf-8")
    topic = choose_topic("red-sea")
    briefing = assemble(extract([tmp_path], topic=topic),
                        Period(dt.date(2024, 6, 17), dt.date(2024, 6, 23), "w"), "T", words=topic.words)
    (row,) = briefing.chronology
    assert [n.name for n in row.details.claimed_by] == ["Houthis"]
    assert [(s.kind, s.who) for s in briefing.statements] == [("claim", "Houthis")]
    html = render.to_html(briefing, [])
    section = html[html.index('id="statements"'):html.index('id="charts"')]
    assert "Houthis" in section and "Harbour Post" in section and "No claim or statement" not in section


# ---- what a row may not show as a claim is no statement either -----------------------------------

@pytest.mark.parametrize(("story", "text"), [
    ("red-sea", "A tanker was hit by a missile in the Red Sea on Sunday, the maritime agency said; the "
     "Houthis are yet to claim responsibility for the assault."),
    # the group's own losses, told after the act the strikes answered: no claim of that act
    (None, "The US strikes in western Iraq on Friday were the first response to the drone attack on the US "
     "outpost in Jordan. Iran-backed groups claimed that 12 of their members, including guards and medics, "
     "were killed, although the government had said the dead were civilians."),
])
def test_no_claim_of_the_act_is_neither_a_rows_claim_nor_a_statement(story: str | None, text: str) -> None:
    from briefing.topic import choose_topic, load_topic

    topic = choose_topic(story) if story else load_topic()
    found = extract_article(make_article(text, dt.date(2024, 6, 24)), topic)
    acts = (*found.events, *found.undated)
    assert acts  # the act is read; no one claimed it
    assert [n.name for e in acts for n in e.details.claimed_by] == []
    assert [s for s in found.statements if s.kind == "claim"] == []
