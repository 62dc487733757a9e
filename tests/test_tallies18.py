"""Running figures, seventeenth session: forms of our own of the parts taken for the whole and the
spans of time counted as the campaign (see docs/benchmarks.md, "Running figures by class of miss,
seventeenth session").
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.tallies import extract_tallies
from tests.conftest import make_article
from tests.test_tallies16 import _found


@pytest.mark.parametrize(("text", "story"), [
    ("Since Oct. 17, 40 U.S. troops have been injured in Syria.", None),
    ("Forty U.S. service members have been hurt at bases in Iraq since Oct. 17.", None),
    ("Since November, the rebels have killed four seafarers in the Gulf of Aden.", "red-sea"),
    ("Since November, the rebels have attacked 40 ships in the Gulf of Aden.", "red-sea"),
])
def test_the_harmed_or_targets_of_one_country_are_a_part_never_the_total(text: str,
                                                                         story: str | None) -> None:
    assert _found(text, story) == []


def test_the_harmed_told_by_country_are_summed() -> None:
    text = "Since Oct. 17, 40 U.S. troops have been injured in Syria and 30 in Iraq."
    assert _found(text) == [("injured", 70)]


@pytest.mark.parametrize(("text", "story", "wanted"), [
    ("Since Oct. 17, 70 U.S. troops have been injured in Iraq and Syria.", None, [("injured", 70)]),
    ("Since Oct. 17, 70 U.S. troops have been injured in the region.", None, [("injured", 70)]),
    # the country of another clause is another figure's
    ("There have been 27 attacks on U.S. forces in Iraq and 28 in Syria since Oct. 17, the official said, "
     "putting the number of injured U.S. personnel at 59.", None, [("injured", 59), ("attacks", 55)]),
    # a count of a part told after its clause's end does not make the total a part
    ("Since Oct. 17, 70 U.S. troops have been injured, most of them at bases in Syria.", None,
     [("injured", 70)]),
    # the Red Sea alone stands for the whole campaign
    ("Since November, the rebels have attacked 40 ships in the Red Sea.", "red-sea", [("targets_hit", 40)]),
])
def test_the_harmed_or_targets_of_the_whole_stay_totals(text: str, story: str | None,
                                                         wanted: list[tuple[str, int]]) -> None:
    assert _found(text, story) == wanted


def _on(text: str, day: dt.date) -> list[tuple[str, int, dt.date | None]]:
    return [(t.metric, t.value, t.since) for t in extract_tallies(make_article(text, day))]


@pytest.mark.parametrize("text", [
    "The militias have attacked U.S. forces more than 20 times in little more than a week.",
    "The militias have attacked U.S. forces more than 20 times in less than two weeks.",
    "U.S. forces have been attacked 20 times in the space of ten days, officials said.",
    "The militias have attacked U.S. forces 20 times within a fortnight.",
    "In just over a month, militias have attacked U.S. forces 40 times.",
])
def test_a_stretch_told_in_round_words_long_after_the_start_is_no_total(text: str) -> None:
    assert _on(text, dt.date(2024, 2, 5)) == []


@pytest.mark.parametrize(("text", "day"), [
    ("The militias have attacked U.S. forces more than 20 times in little more than a week.",
     dt.date(2023, 10, 27)),
    ("The militias have attacked U.S. forces 60 times in a little over a month.", dt.date(2023, 11, 21)),
])
def test_a_stretch_as_long_as_the_campaign_is_its_total_with_no_start_said(text: str, day: dt.date) -> None:
    assert [(metric, since) for metric, _, since in _on(text, day)] == [("attacks", None)]


@pytest.mark.parametrize("text", [
    # the stretch of a part told after the total is the part's
    "Since Oct. 17 the militias have attacked U.S. forces 60 times, 20 of them in less than a week.",
    "The militias have attacked U.S. forces 60 times since Oct. 17, 20 of them in less than two weeks.",
])
def test_a_stretch_of_a_part_leaves_the_total(text: str) -> None:
    assert [(m, v) for m, v, _ in _on(text, dt.date(2024, 2, 5))] == [("attacks", 60)]


def test_in_a_page_of_unknown_day_a_stretch_of_months_stays_and_one_of_weeks_goes() -> None:
    months = "Officials have logged at least 170 attacks against U.S. troops in four months."
    weeks = "The militias have attacked U.S. forces more than 20 times in less than two weeks."
    assert [(t.metric, t.value, t.as_of) for t in extract_tallies(make_article(months, None))] == [
        ("attacks", 170, None)]
    assert extract_tallies(make_article(weeks, None)) == []


@pytest.mark.parametrize(("text", "wanted"), [
    # the people unsaid after "the number": a harm's count, never the attacks named before
    ("Four more U.S. troops were hurt, bringing to more than 120 the number injured since Oct. 17.",
     [("injured", 120)]),
    ("The number injured in the attacks on U.S. forces since Oct. 17 has risen to 120.", [("injured", 120)]),
    ("The number of injured in the attacks on U.S. forces since Oct. 17 has risen to 120.",
     [("injured", 120)]),
    ("Four more U.S. troops were hurt, bringing the number of U.S. troops injured since Oct. 17 to more "
     "than 120.", [("injured", 120)]),
])
def test_the_number_harmed_with_the_people_unsaid_counts_the_harmed(text: str,
                                                                     wanted: list[tuple[str, int]]) -> None:
    assert [(m, v) for m, v, _ in _on(text, dt.date(2024, 2, 5))] == wanted


@pytest.mark.parametrize("text", [
    "The attacks brought to 120 the number wounded since Oct. 17.",  # no side: no figure, never attacks
    "The number of killed militants in the attacks on U.S. forces since Oct. 17 has risen to 30.",
])
def test_the_number_of_harmed_others_or_no_side_is_no_figure(text: str) -> None:
    assert _on(text, dt.date(2024, 2, 5)) == []


@pytest.mark.parametrize("text", [
    "The militias have assaulted U.S. forces in Iraq and Syria more than 20 times since Oct. 17.",
    "The militias have already assaulted U.S. posts more than a dozen times in little more than a week.",
])
def test_the_side_assaulted_some_times_counts_attacks(text: str) -> None:
    assert [m for m, _, _ in _on(text, dt.date(2023, 10, 27))] == ["attacks"]


@pytest.mark.parametrize("text", [
    "At Tower 22, 47 U.S. service members have been injured.",
    "The Pentagon said 47 U.S. service members were hurt at Tower 22, bringing to more than 120 the number "
    "injured since Oct. 17.",
])
def test_a_number_in_a_places_name_does_not_hide_the_place_of_a_count(text: str) -> None:
    assert ("injured", 47) not in [(m, v) for m, v, _ in _on(text, dt.date(2024, 2, 5))]


@pytest.mark.parametrize("text", [
    "The rebels fired a missile at a tanker on Monday. There have been more than 100 attacks on commercial "
    "ships since November.",
    "The rebels fired a missile at a tanker on Monday. The militants have launched more than 100 attacks on "
    "commercial ships since November.",
])
def test_acts_on_the_side_after_the_attackers_named_are_the_campaigns(text: str) -> None:
    assert _found(text, "red-sea") == [("attacks", 100)]


@pytest.mark.parametrize("text", [
    # someone of no side of the story named as the doer
    "The rebels fired a missile at a tanker on Monday. Somali pirates have carried out more than 20 attacks "
    "on ships since November.",
    # another story's attackers named before
    "Hezbollah fired rockets on Monday. There have been more than 100 attacks on commercial ships since "
    "November.",
    # no attackers named at all
    "A tanker was hit on Monday. There have been more than 100 attacks on commercial ships since November.",
])
def test_acts_on_the_side_without_this_storys_attackers_are_no_total(text: str) -> None:
    assert _found(text, "red-sea") == []
