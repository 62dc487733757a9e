"""Records from neighbouring stories (issues 22 and 23, sixteenth session, branch leaks17): an act of
another enemy of the US, and another story's running figures, are no record of this one. Sentences
are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.build import extract
from briefing.extract.events import read_events
from briefing.extract.tallies import extract_tallies
from briefing.topic import choose_topic
from tests.conftest import make_article

SAT = dt.date(2024, 12, 21)  # a Saturday


def _acts(text: str, day: dt.date = SAT) -> list[tuple[str, dt.date | None]]:
    found = read_events(make_article(text, day))
    return [(e.type, e.date) for e in (*found.events, *found.undated)]


@pytest.mark.parametrize("text", [
    # the answer hits another enemy of the US: the act it answers is that enemy's
    "US jets struck dozens of Islamic State hideouts in central Syria on Friday, officials said, in "
    "retaliation for the attack that killed two American soldiers last Saturday.",
    "The military said it hit more than 60 ISIS targets across the Syrian desert on Friday, in response to "
    "an attack that killed two US soldiers near Palmyra a week earlier.",
])
def test_the_act_an_answer_on_another_enemy_answers_is_not_the_storys(text: str) -> None:
    assert "attack_on_us_forces" not in [kind for kind, _ in _acts(text)]


@pytest.mark.parametrize("text", [
    # the story's attackers named beside the answer: the act answered stays the story's
    "US jets struck Kataib Hezbollah depots in western Iraq on Friday in retaliation for the attack that "
    "killed two American soldiers last Saturday.",
    # no answer named: the act is told as it is
    "Two American soldiers were killed in a drone attack on a base in Syria on Friday.",
])
def test_the_act_answered_on_the_storys_attackers_is_kept(text: str) -> None:
    assert "attack_on_us_forces" in [kind for kind, _ in _acts(text)]


def _figures(text: str, profile: str, folder: Path) -> list[tuple[str, int]]:
    """The run's figures: a figure is read with what the article tells before it."""
    clipping = folder / "clipping.txt"
    clipping.write_text(text, encoding="utf-8")
    return [(t.metric, t.value) for t in extract([clipping], topic=choose_topic(profile)).tallies]


def test_a_crews_dead_are_not_the_first_storys_figure(tmp_path: Path) -> None:
    # the seafarers the Houthis' campaign killed are not US personnel killed (the US named before)
    text = ("The US military's Central Command said its first assessment found that no civilians had "
            "died.\n\nThey have captured one ship and sunk two in the campaign that has also killed four "
            "sailors.\n")
    assert _figures(text, "us-forces-iraq-syria", tmp_path) == []


def test_the_bases_count_is_not_the_red_seas(tmp_path: Path) -> None:
    text = ("The strikes follow Tehran's promise of revenge for a raid it blames on Israel, and wider "
            "strikes on Yemen's Houthis. The attacks by Iran-aligned groups are the newest and biggest in a "
            "run of over 130 incidents targeting U.S. and allied forces in the region since mid-October.\n")
    assert _figures(text, "red-sea", tmp_path) == []


THU = dt.date(2024, 1, 11)  # a Thursday


@pytest.mark.parametrize("text", [
    # Iran's own navies seize tankers in another story; the Houthis' backer is named otherwise
    "The Revolutionary Guards navy seized a tanker carrying oil on Thursday, Iranian media said.",
    "Iranian naval forces boarded the tanker on Thursday and took it to a port of theirs, state TV said.",
])
def test_a_seizure_by_irans_navy_is_not_the_red_seas(text: str) -> None:
    found = read_events(make_article(text, THU), choose_topic("red-sea"))
    assert [e.date for e in found.events] == []


def test_a_seizure_by_the_houthis_is_still_the_red_seas() -> None:
    text = "The Iran-backed Houthis seized a cargo ship in the Red Sea on Thursday, its owner said."
    found = read_events(make_article(text, THU), choose_topic("red-sea"))
    assert [(e.type, e.date) for e in found.events] == [("attack_on_shipping", THU)]


@pytest.mark.parametrize("text", [
    # the start told as the day something was said, the count the first story's
    "Later, in mid-November, the spokeswoman updated the toll of such attacks on U.S. bases in both "
    "countries, saying 59 U.S. troops had been hurt in 55 separate attacks since October.",
    "In mid-November, the spokeswoman said 61 U.S. troops had been hurt in 58 separate attacks since "
    "October.",
])
def test_a_start_phrase_told_as_a_day_is_no_count_of_the_red_seas(text: str) -> None:
    found = extract_tallies(make_article(text, THU), choose_topic("red-sea"))
    assert [(t.metric, t.value) for t in found] == []


def test_a_campaign_that_began_in_its_start_month_still_counts() -> None:
    text = ("The rebels have carried out more than 100 attacks on merchant ships in a campaign that began "
            "in mid-November.")
    found = extract_tallies(make_article(text, dt.date(2024, 7, 10)), choose_topic("red-sea"))
    assert [(t.metric, t.value) for t in found] == [("attacks", 100)]
