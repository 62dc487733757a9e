"""A fresh pair of eyes on the twentieth session's rules (review, second wave): cases in our own
words that a rule of the session read wrongly, each pinned here. Sentences are invented (Norland,
the Raiders), in the forms Red Sea reports take."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from briefing.topic import choose_topic
from tests.conftest import make_article

FRIDAY = dt.date(2024, 1, 26)  # the page's day; its "Sunday" is 21 January 2024
SUNDAY = dt.date(2024, 1, 21)
ATTACK = "Raider missiles were fired at a Norland-flagged tanker in the Red Sea on Sunday."


def _events(text: str) -> list[tuple[str, dt.date | None]]:
    article = make_article(text, FRIDAY)
    return sorted(((e.type, e.date) for e in extract_events(article, choose_topic("red-sea"))),
                  key=lambda found: (found[0], str(found[1])))


@pytest.mark.parametrize("after", [
    "Two days later, a U.S. destroyer shot down one missile, and the other fell into the sea.",
    "A week earlier, a U.S. destroyer shot down one missile, and the other fell into the sea.",
    "In an earlier attack, a U.S. destroyer shot down one missile, and the other fell into the sea.",
    "Last month, a U.S. destroyer shot down one missile, and the other fell into the sea.",
    "In a previous attack, a frigate engaged one UAS and a U.S. destroyer downed the second UAS.",
])
def test_an_intercept_told_at_a_time_apart_is_not_of_the_attack_before(after: str) -> None:
    """The intercept names a part of its munitions ("one missile ..., and the other"), but its
    sentence tells a time of its own apart from the attack just told: not that attack's day."""
    found = _events(f"{ATTACK} {after}")
    assert ("attack_on_shipping", SUNDAY) in found
    assert ("intercept", SUNDAY) not in found


@pytest.mark.parametrize("after", [
    "A U.S. destroyer shot down one missile, and the other fell into the sea.",
    "Three hours later, a U.S. destroyer shot down one missile, and the other fell into the sea.",
    "While responding to the distress call, a U.S. destroyer shot down a Raider drone.",
])
def test_an_intercept_of_the_engagement_just_told_keeps_its_day(after: str) -> None:
    assert ("intercept", SUNDAY) in _events(f"{ATTACK} {after}")


# ---- an area's name as a town's modifier, after "off" or a distance at sea -------------------

TUESDAY = dt.date(2024, 1, 23)


def _placed(text: str) -> set[tuple[str, str | None, dt.date | None]]:
    article = make_article(text, dt.date(2024, 1, 24))
    return {(e.type, e.country, e.date) for e in extract_events(article, choose_topic("red-sea"))}


@pytest.mark.parametrize("text", [
    "A Norland-flagged tanker was hit by a missile off the Red Sea port of Amselhaven on Tuesday.",
    "Raider missiles were fired at a tanker 50 nautical miles west of the Red Sea port of Amselhaven "
    "on Tuesday.",
    "A drone struck a bulk carrier some 40 km off the Red Sea town of Amselhaven on Tuesday.",
])
def test_an_act_off_a_town_the_area_modifies_is_at_sea_there(text: str) -> None:
    """A town the gazetteer does not hold, named with its coast ("the Red Sea port of <town>"),
    after "off" or a distance at sea: the ship was at sea there, in the area."""
    assert _placed(text) == {("attack_on_shipping", "Red Sea", TUESDAY)}


def test_an_act_at_a_town_the_area_modifies_is_still_not_at_sea() -> None:
    # neighbour: a ship at the town's quay is the town's, not the sea's (rule area_as_modifier)
    text = "A drone hit a cargo ship moored at the Red Sea port of Amselhaven on Tuesday."
    assert _placed(text) == {("attack_on_shipping", None, TUESDAY)}


# ---- an act restated with its days, never the attacks it answers ----------------------------

THURSDAY = dt.date(2024, 1, 25)  # the page's day; its "Monday" is 22 January 2024


@pytest.mark.parametrize("cause", ["in response to attacks that took place on Monday",
                                   "in retaliation for attacks that occurred on Monday",
                                   "in the wake of attacks that happened on Monday"])
def test_the_day_of_the_attacks_an_act_answers_is_not_its_own(cause: str) -> None:
    """", in attacks that took place on Monday" restates the act with its day (rule
    act_restated_on); ", in response to attacks that took place on Monday" names its cause."""
    text = (f"The destroyer Norwood shot down three drones while sailing through the Red Sea, {cause}, "
            "the command said on Wednesday.")
    article = make_article(text, THURSDAY)
    found = [(e.type, e.date) for e in extract_events(article, choose_topic("red-sea"))]
    assert ("intercept", dt.date(2024, 1, 22)) not in found


def test_an_act_restated_with_its_day_keeps_it() -> None:
    text = ("The destroyer Norwood shot down three drones while sailing through the Red Sea, in attacks "
            "that took place on Monday, the command said on Wednesday.")
    article = make_article(text, THURSDAY)
    found = [(e.type, e.date) for e in extract_events(article, choose_topic("red-sea"))]
    assert ("intercept", dt.date(2024, 1, 22)) in found


# ---- a site's box low in the page: one teaser's summary under it is no story's prose ----------

_STORY = ("Two drones were flown at the Norburg garrison on Thursday, officials said. One was shot down "
          "and the other crashed outside the wall.\n\n"
          "The Border Front said it had sent them. It has claimed such attacks for months, and its "
          "spokesman said more would follow.\n\n")
_TEASER = ("Rockets struck an outpost near Sudport on Monday, wounding two guards, the ministry said in a "
           "statement.")


def test_a_teasers_summary_under_a_box_low_in_the_page_is_no_part_of_the_story() -> None:
    from briefing.ingest import boilerplate

    page = f"{_STORY}Related Stories\n{_TEASER}\nMilitia chief killed in a raid\nMore from Desk\n"
    clean = boilerplate(page)
    assert "Rockets struck" not in clean and "Two drones" in clean


def test_the_story_going_on_under_a_box_is_kept() -> None:
    from briefing.ingest import boilerplate

    clean = boilerplate(f"{_STORY}RECOMMENDED\n\n{_TEASER}\n\n{_TEASER}\n\nMore from Desk\n")
    assert "Rockets struck" in clean


# ---- "the last <weekday> of ...": an ordinal, not the most recent such day ---------------------

@pytest.mark.parametrize("said", ["on the last Friday of January", "on the last Thursday of January",
                                  "the last Friday before the vote"])
def test_the_last_weekday_of_a_span_is_not_counted_back_from_the_page(said: str) -> None:
    from briefing.dates import find_dates

    text = f"Rockets hit the Norburg garrison {said}."
    (day,) = find_dates(text, 0, len(text), dt.date(2024, 2, 8))  # a Thursday
    assert day.date is None


@pytest.mark.parametrize("text", ["Rockets hit the Norburg garrison last Friday, the guards said.",
                                  "Two guards were hurt in the last Friday rocket attack on the garrison."])
def test_last_weekday_is_still_counted_back(text: str) -> None:
    # "the last Friday rocket attack" is last Friday's attack: no span it is the last of
    from briefing.dates import find_dates

    (day,) = find_dates(text, 0, len(text), dt.date(2024, 2, 8))
    assert day.date == dt.date(2024, 2, 2)


# ---- an intercept's part of the munitions, after a sentence that names none -------------------

@pytest.mark.parametrize("before", [
    "The maritime agency published a fresh notice about the strait on Sunday.",
    "Insurers raised their premiums for the strait on Sunday.",
])
def test_a_day_of_a_sentence_naming_no_munitions_is_not_the_intercepts(before: str) -> None:
    """"One of the missiles" refers back to munitions; a sentence before it that names none gives
    its day to another matter (a notice, a market), not to the engagement."""
    text = (f"Shipping firms rerouted their vessels. {before} One of the missiles was intercepted by "
            "coalition forces.")
    assert all(kind != "intercept" or day is None for kind, day in _events(text))
