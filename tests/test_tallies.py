"""Tallies: what is a campaign figure and what is not. Sentences are our own, in wire style."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.tallies import extract_tallies
from tests.conftest import make_article

PUB = dt.date(2023, 11, 21)


@pytest.mark.parametrize(("text", "expected"), [
    ("U.S. forces have been attacked at least 58 times since Oct. 17, the Pentagon said Monday.",
     ("attacks", 58, "at least", dt.date(2023, 10, 17), dt.date(2023, 11, 20))),
    ("American troops in Iraq and Syria have come under attack more than five dozen times. "
     "The Pentagon counts more than five dozen such attacks on U.S. forces since Oct. 17.",
     ("attacks", 60, "more than", dt.date(2023, 10, 17), PUB)),
    ("Militias have carried out 40-plus attacks on U.S. and coalition forces since mid-October.",
     ("attacks", 40, "more than", None, PUB)),
    ("Some 45 U.S. service members have been injured in the attacks so far, officials said.",
     ("injured", 45, "approximately", None, PUB)),
    ("The attacks have resulted in nearly two dozen injuries to U.S. personnel since Oct. 17.",
     ("injured", 24, "nearly", dt.date(2023, 10, 17), PUB)),
])
def test_tallies_found(text: str, expected: tuple[object, ...]) -> None:
    tallies = extract_tallies(make_article(text, PUB))
    assert [(t.metric, t.value, t.qualifier, t.since, t.as_of) for t in tallies] == [expected]
    for tally in tallies:
        for source in tally.sources:
            assert make_article(text, PUB).text[source.start:source.end] == source.quote


@pytest.mark.parametrize("text", [
    "The US has 900 troops in Syria and 2,500 more in neighbouring Iraq.",
    "The Gaza health ministry says the campaign has killed more than 14,000 people since Oct. 7.",
    "A rocket attack on the base on Tuesday injured four U.S. service members, injuring two seriously.",
    "The missiles struck the base, injuring as many as eight service members.",
    "A source said the strike had killed one fighter and wounded three others.",
    "Since the beginning of the year, there have been more than 40 attacks in Iraq targeting US interests.",
    "The F-16s flew 300 miles to reach the targets.",
])
def test_not_tallies(text: str) -> None:
    assert extract_tallies(make_article(text, PUB)) == []


def test_breakdown_only_when_parts_add_up() -> None:
    text = ('"U.S. forces have been attacked approximately 66 times since October 17," a spokeswoman '
            'said Tuesday. "32 separate times in Iraq, and 34 separate times in Syria."')
    (tally,) = extract_tallies(make_article(text, PUB))
    assert tally.breakdown == (("Iraq", 32), ("Syria", 34))
    wrong = text.replace("34 separate", "30 separate")
    (tally,) = extract_tallies(make_article(wrong, PUB))
    assert tally.breakdown is None


def test_as_of_comes_from_the_speakers_day() -> None:
    text = ("A spokesman on Monday described repeated attacks on U.S. forces. "
            "At least 46 personnel sustained injuries in the attacks, he said.")
    (tally,) = extract_tallies(make_article(text, PUB))
    assert tally.as_of == dt.date(2023, 11, 20)
