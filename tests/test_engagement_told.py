"""An intercept told in the sentence right after a dated attack, whose sentence names that
engagement as its own (rule engagement_told, twentieth session, issue 23): a part of its munitions,
its distress call or damage, its place in a count. Sentences of our own, in the forms Red Sea
reports take (never an article's words)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from briefing.topic import choose_topic
from tests.conftest import make_article

MONDAY = dt.date(2024, 1, 22)  # the sentences' "Sunday" is 21 January 2024
SUNDAY = dt.date(2024, 1, 21)
ATTACK = "Houthi missiles were fired at a Liberian-flagged tanker in the Red Sea on Sunday."


def _events(text: str) -> list[tuple[str, str | None, dt.date | None]]:
    article = make_article(text, MONDAY)
    return sorted((e.type, e.country, e.date) for e in extract_events(article, choose_topic("red-sea")))


@pytest.mark.parametrize("after", [
    # (the parts "one of the missiles" and "the second missile" were read already: munitions_told)
    "One of the missiles was shot down by a U.S. destroyer.",
    "A coalition frigate shot down one missile and a U.S. destroyer shot down the second missile.",
    # the forms this rule reads
    "A U.S. destroyer shot down one missile, and the other fell into the sea.",
    "A frigate engaged one UAS and a U.S. destroyer downed the second UAS.",
    "While responding to the distress call, a U.S. destroyer shot down a Houthi drone.",
    "In the second attack at noon, a U.S. destroyer shot down a Houthi drone.",
])
def test_an_intercept_of_the_engagement_just_told_is_of_its_day(after: str) -> None:
    found = _events(f"{ATTACK} {after}")
    assert ("intercept", "Red Sea", SUNDAY) in found
    assert all(day == SUNDAY for _, _, day in found)


@pytest.mark.parametrize("text", [
    # a number of munitions alone is no part of the ones told: maybe another engagement's
    f"{ATTACK} A U.S. destroyer shot down two Houthi drones.",
    # a sentence between: the attack is not the one just told
    f"{ATTACK} No one was hurt. One of the missiles was shot down by a U.S. destroyer.",
    # "a second attack" is another act, not a part of the one told
    f"{ATTACK} In a second attack, a U.S. destroyer shot down a Houthi drone.",
])
def test_an_intercept_not_tied_to_the_engagement_keeps_no_day(text: str) -> None:
    assert [kind for kind, _, _ in _events(text)] == ["attack_on_shipping"]


NEWS = "Shipping firms rerouted their vessels. Insurers raised their premiums. Ports reported long delays."
REPORTED = "The master of a bulk carrier reported two missiles near the ship at 2 p.m. on Sunday."
PARTED = "One missile was intercepted by coalition forces and the other hit the water."


def test_a_part_of_the_munitions_of_a_dated_sentence_is_of_its_day() -> None:
    """The sentence before gives one day and no act was read in it ("reported two missiles near
    the ship"): the intercept of one of those missiles is of that day."""
    assert ("intercept", None, SUNDAY) in _events(f"{REPORTED} {PARTED}")


@pytest.mark.parametrize("before", [
    # a statement's day: the act may be of the day before (past the lede, whose statement's day
    # dates its news: _lede_statement)
    f"{NEWS} The agency said on Sunday that a master reported two missiles near the ship.",
    # an act read in that sentence did not take the day: the day is another act's
    "Houthi missiles were fired at a bulk carrier in the Red Sea, days after the U.S. strikes on Sunday.",
])
def test_a_part_of_the_munitions_keeps_no_day_a_sentence_gives_another_act(before: str) -> None:
    assert all(kind != "intercept" for kind, _, _ in _events(f"{before} {PARTED}"))


def test_a_part_of_the_munitions_of_an_act_told_in_its_own_sentence_keeps_no_day() -> None:
    """The sentence before gives a day, but the intercept's own sentence tells another attack
    first, with no day: the munitions are that attack's, whose day is not told."""
    text = (f"{REPORTED} Houthi missiles were fired at a tanker in the Gulf of Aden, and one of the missiles "
            "was intercepted by coalition forces.")
    assert all(kind != "intercept" for kind, _, _ in _events(text))
