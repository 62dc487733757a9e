"""Rules of the sixteenth session read with other members of their class (review17): sentences of
our own in the forms reports take, where a rule fired that should not (never an article's words)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from briefing.topic import choose_topic
from tests.conftest import make_article


def _kinds(text: str, published: dt.date) -> set[str]:
    return {e.type for e in extract_events(make_article(text, published), choose_topic("red-sea"))}


@pytest.mark.parametrize("text", [
    # the US side's own aircraft downed with no one named: the attackers downed it, no intercept
    "A US MQ-9 Reaper drone was shot down over Hodeidah province in Yemen on Monday, two officials said.",
    "An American drone was shot down off the coast of Yemen on Monday, the Pentagon said.",
])
def test_a_drone_of_the_us_side_downed_with_no_one_named_is_no_intercept(text: str) -> None:
    assert "intercept" not in _kinds(text, dt.date(2024, 2, 20))


def test_the_attackers_drone_downed_with_no_one_named_is_still_an_intercept() -> None:
    text = ("Rebels fired an anti-ship missile toward the USS Carney in the Gulf of Aden on Friday. "
            "However, the rebel missile was shot down, and no one was hurt.")
    assert "intercept" in _kinds(text, dt.date(2024, 1, 27))


# A page's own date and time under its lede, then a timeline's or readers' comments' stamps below the
# story: the page's line is no live page's entry (pubdate17's live_entries took it for one).
PAGE = ("Harbour raid condemned\n\nGunmen raided the harbour on Tuesday and set two boats on fire, the port "
        "authority said.\n\nMar 13, 2024, 7:00 PM\n\nCrews cleared the channel and the first ferries sailed "
        "at noon, officials added. The council met late into the evening.\n\n")


@pytest.mark.parametrize("below", [
    "Comments\n\nMar 13, 2024, 9:40 PM\n\nThis is terrible news for the town and its fishermen.\n\n"
    "Mar 14, 2024, 8:15 AM\n\nWho will pay for the boats?\n",
    "Timeline\n\n10:05 AM, March 12\n\nFirst boats catch fire as the gunmen arrive.\n\n"
    "11:30 AM, March 12\n\nThe port authority closes the channel.\n",
])
def test_a_pages_own_stamp_under_its_lede_is_no_live_entry(below: str) -> None:
    assert make_article(PAGE + below).published == dt.date(2024, 3, 13)


# A clipper's day (Thursday 14 March 2024) over a lede that tells "yesterday" or "last night" and names
# Thursday for something else: that night's small hours, an answer, a reaction. The clipper's day stands
# (pubdate17's _yesterday_on_its_day refuted it).
@pytest.mark.parametrize("lede", [
    "Gunmen fired rockets at the garrison last night. The ministry said the rockets struck early on "
    "Thursday, shortly after 1 a.m.",
    "Gunmen fired rockets at the garrison last night. The ministry said the rockets struck before dawn "
    "on Thursday.",
    "Gunmen fired rockets at the garrison yesterday. Jets struck their launch sites on Thursday morning, "
    "the army said.",
    "Gunmen fired rockets at the garrison yesterday evening. Jets struck back on Thursday, hitting two "
    "depots.",
    "Gunmen fired rockets at the garrison yesterday, wounding two guards. The governor condemned the "
    "attack on Thursday.",
])
def test_yesterday_beside_the_clippers_weekday_for_another_act_leaves_its_day(lede: str) -> None:
    article = make_article(f" date 2024-03-14 By A. Writer (Harbour City, agencies)\n\n{lede}")
    assert article.published == dt.date(2024, 3, 14)


# A site's box header between the standfirst and the story, the byline and the page's date under it:
# the story goes on below it, and its date line is the page's (pubdate17's story_end cut the page there).
@pytest.mark.parametrize("header", ["Related Articles", "Trending"])
def test_a_related_header_above_the_story_leaves_its_date_line(header: str) -> None:
    text = ("Harbour raid condemned\n\nThe council condemned the raid on the harbour, which left two boats "
            f"burned and the channel closed.\n\n{header}\n\nBy A. Writer\n\nMarch 13, 2024\n\nPORT CITY — "
            "Gunmen raided the harbour on Tuesday, the port authority said. Crews cleared the channel and "
            "the first ferries sailed at noon, officials added.\n\n")
    assert make_article(text).published == dt.date(2024, 3, 13)


# A lede told by its source with a photo's credit glued on after it: the story's sentence, never a caption
# (trust17's closing credits blanked the whole paragraph, and the attack with it).
@pytest.mark.parametrize("credit", [" Photo: AFP", " | Photo Credit: AP", " (credit: REUTERS)",
                                    " [Ali Saleh/Reuters]"])
def test_a_lede_with_a_credit_glued_on_is_still_read(credit: str) -> None:
    lede = ("Rebels fired two missiles at the bulk carrier Amber Gale in the Red Sea on Saturday, killing "
            "two sailors, the US military said.")
    text = f"Ship hit\n\n{lede}{credit}\n\nThe operator said the vessel was still afloat."
    assert "attack_on_shipping" in _kinds(text, dt.date(2024, 4, 7))


@pytest.mark.parametrize("text", [
    "U.S. officials said the rebels have claimed to attack more than 100 ships since November.",
    "The rebels have claimed to attack more than 100 ships since November, Central Command said.",
])
def test_a_count_a_group_claims_told_by_an_official_voice_stays_the_groups(text: str) -> None:
    # tally17's targets_hit_before read the claimed count, and gave it to the official voice reporting it
    from briefing.extract.tallies import extract_tallies

    found = extract_tallies(make_article(text, dt.date(2024, 3, 12)), choose_topic("red-sea"))
    assert [(t.metric, t.value, t.source_kind) for t in found] == [("targets_hit", 100, "claim")]


def test_acts_that_tell_another_target_are_not_the_paragraphs_place() -> None:
    # recall17's _placed_just_before gave the paragraph's country and US forces to acts told of another
    # side's outpost in the next sentence
    text = ("Bases in Iraq that host U.S. forces were attacked on Monday, officials said. Two separate drone "
            "attacks took place on Wednesday, targeting a Turkish outpost, Ankara said.")
    found = extract_events(make_article(text, dt.date(2023, 11, 22)))
    assert sorted((e.type, e.date) for e in found) == [("attack_on_us_forces", dt.date(2023, 11, 20))]
