"""Running figures, fifteenth session: forms of our own of the misses and false figures counted then.

Sentences are ours, in the forms reports print (see docs/benchmarks.md, "Running figures by class
of miss, fifteenth session").
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.tallies import extract_tallies
from tests.conftest import make_article

PUB = dt.date(2023, 11, 21)  # a Tuesday
RS_PUB = dt.date(2024, 3, 12)


def _found(text: str, story: str | None = None) -> list[tuple[str, int]]:
    from briefing.topic import choose_topic

    article = make_article(text, RS_PUB if story else PUB)
    tallies = extract_tallies(article, choose_topic(story)) if story else extract_tallies(article)
    return [(t.metric, t.value) for t in tallies]


@pytest.mark.parametrize("text", [
    "The militias have kept up their attacks on U.S. forces since Oct. 17, with the total number of "
    "attacks reaching 38.",
    "Attacks on American troops went on through the week, the count of attacks reaching 38 on Friday.",
])
def test_a_total_told_reaching_its_number(text: str) -> None:
    assert _found(text) == [("attacks", 38)]


@pytest.mark.parametrize("text", [
    # the count runs from the start, though "U.S." stands between the figure and "since"
    "Militias have launched 170 attacks on U.S. forces since Oct. 17, including 20 in a single week.",
    "Militias have launched 170 attacks on U.S. forces since mid-October, including 20 in one night.",
    # a window told only in the part after "including" is the part's, not the total's
    "Militias have launched 170 attacks on American troops, including 20 in a single week.",
    "Militias have launched 170 attacks on American troops, including 20 in the past week.",
])
def test_a_window_told_of_a_part_after_the_total_is_the_parts(text: str) -> None:
    assert _found(text) == [("attacks", 170)]


@pytest.mark.parametrize("text", [
    # the window still counts the sentence's only figure, wherever it is told
    "In a single week, militias launched 20 attacks on U.S. forces, including 12 in Iraq.",
    "Militias launched 20 attacks on U.S. forces in the past week, including 12 in Iraq.",
])
def test_a_window_of_the_figure_itself_is_still_no_total(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "story"), [
    ("From late 2023 into 2024, the rebels launched many attacks on ships, including a series of 27 "
     "attacks within two months.", "red-sea"),
    ("The militias have stepped up their campaign against U.S. forces, including a wave of 40 drone "
     "attacks.", None),
])
def test_a_figure_told_as_one_part_of_an_uncounted_whole_is_no_total(text: str, story: str | None) -> None:
    assert _found(text, story) == []


def test_parts_by_area_after_including_still_make_their_total() -> None:
    text = ("Since Oct. 17 there have been 55 attacks on U.S. forces, including 27 attacks in Iraq, "
            "and 28 in Syria.")
    assert _found(text) == [("attacks", 55)]


@pytest.mark.parametrize("text", [
    "Militias launched two more strikes on U.S. bases in Syria on Sunday, bringing the total since Oct. 17 "
    "to 151.",
    "U.S. forces were attacked twice more on Sunday, bringing the total since Oct. 17 to 151.",
    "Rocket strikes on American troops went on overnight, bringing the tally to 151, officials said.",
])
def test_acts_on_the_side_bringing_the_total_to_a_number(text: str) -> None:
    assert _found(text) == [("attacks", 151)]


@pytest.mark.parametrize("text", [
    # the side's own strikes, and what strikes killed, bring no count of attacks on it
    "The U.S. carried out strikes on militia sites in Iraq, bringing the total to 85.",
    "The strikes killed 16 people in Iraq, bringing the total to 40.",
])
def test_other_acts_bringing_a_total_are_no_attacks_on_the_side(text: str) -> None:
    assert _found(text) == []


def _kinds(text: str) -> list[tuple[int, str, str | None]]:
    return [(t.value, t.source_kind, t.speaker) for t in extract_tallies(make_article(text, PUB))]


@pytest.mark.parametrize(("text", "who"), [
    # a group the profile does not know, counting its own attacks: its claim, kept off the official series
    ("The resistance claims to have launched 200 strikes on US bases.", "The resistance"),
    ("The Dawn Brigades Front has claimed more than 40 attacks on U.S. forces since October.",
     "The Dawn Brigades Front"),
])
def test_a_count_claimed_under_a_name_the_profile_does_not_know_is_a_claim(text: str, who: str) -> None:
    assert [(kind, speaker) for _, kind, speaker in _kinds(text)] == [("claim", who)]


@pytest.mark.parametrize("text", [
    # the press, or an official voice, is no claimant
    "Reports claim there have been 60 attacks on U.S. forces.",
    "The Pentagon claims there have been 60 attacks on U.S. forces since Oct. 17, the Pentagon said.",
])
def test_a_claim_word_of_the_press_or_an_official_is_no_groups_claim(text: str) -> None:
    assert [kind for _, kind, _ in _kinds(text)] != ["claim"]


@pytest.mark.parametrize("story", [None, "red-sea"])
def test_the_command_written_in_title_case_is_an_official_voice(story: str | None) -> None:
    from briefing.topic import choose_topic

    told = {"red-sea": "Centcom said that Sunday night's attack was the 30th attack by the Houthis on "
                       "shipping since Nov. 19.",
            None: "Centcom said that the drone strike was the 61st attack on U.S. forces since Oct. 17."}
    text = told[story]
    article = make_article(text, RS_PUB if story else PUB)
    found = extract_tallies(article, choose_topic(story)) if story else extract_tallies(article)
    assert [(t.value, t.source_kind) for t in found] == [(30 if story else 61, "official")]


@pytest.mark.parametrize("text", [
    "Militias hit American bases 12 times this week and 66 times since Oct. 17.",
    "Militias hit U.S. bases 12 times this week and 66 times since Oct. 17.",
])
def test_a_start_told_after_the_next_figure_is_that_figures_not_the_windows(text: str) -> None:
    assert _found(text) == [("attacks", 66)]


@pytest.mark.parametrize("text", [
    "The Pentagon provided these figures: since Oct. 17, 55 attacks against U.S. forces.",
    "The Pentagon released its count on Tuesday: 55 attacks on U.S. forces since Oct. 17.",
])
def test_an_office_that_provides_or_releases_the_count_gives_it(text: str) -> None:
    assert [(value, kind) for value, kind, _ in _kinds(text)] == [(55, "official")]


@pytest.mark.parametrize("text", [
    # the act's window is the act's; "U.S." between "the number" and "to" is no clause's end
    "Militias attacked U.S. forces four times in the past 24 hours, raising the number of attacks on U.S. "
    "forces to 52.",
    "Militias attacked U.S. forces four times this week, bringing the total number of attacks on U.S. bases "
    "to 52.",
])
def test_a_total_raised_by_acts_of_a_window_is_the_total_past_an_abbreviation(text: str) -> None:
    assert _found(text) == [("attacks", 52)]


@pytest.mark.parametrize(("text", "expected"), [
    # the harm joined to the count of attacks, "U.S." on the way
    ("The militias have attacked U.S. forces more than 150 times and killed three American soldiers.",
     [("attacks", 150), ("killed", 3)]),
    ("The militias have since Oct. 17 attacked U.S. forces 150 times and killed three U.S. soldiers.",
     [("attacks", 150), ("killed", 3)]),
    ("Rocket attacks on U.S. bases in the region that wounded 30 U.S. troops since Oct. 17 have gone on.",
     [("injured", 30)]),
])
def test_the_harm_told_with_the_attacks_past_an_abbreviation(text: str,
                                                             expected: list[tuple[str, int]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the number of people harmed, named before the attacks they were harmed in, "U.S." on the way
    ("The number of American troops injured in attacks on U.S. bases has risen to 46.", [("injured", 46)]),
    ("The number of troops wounded in militia attacks on U.S. forces in Iraq now stands at 70.",
     [("injured", 70)]),
    # a count of something else named before the attacks is no total of attacks
    ("The number of Iraqis killed in attacks on U.S. bases has risen to 46.", []),
    ("The number of drones launched in attacks on U.S. forces has risen to 300.", []),
    ("The cost of the attacks on U.S. forces has risen to 300.", []),
    # the attacks' own number still is
    ("The number of drone and rocket attacks on U.S. forces has risen to 66.", [("attacks", 66)]),
])
def test_what_a_number_of_counts_is_the_noun_after_it(text: str, expected: list[tuple[str, int]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    # the side striking back at its attackers counts its own strikes, not the attacks on it
    "The attacks on U.S. forces have gone on, and the U.S. has struck back 12 times.",
    "American forces have hit back 12 times since Oct. 17.",
])
def test_the_side_striking_back_is_no_count_of_attacks_on_it(text: str) -> None:
    assert _found(text) == []
