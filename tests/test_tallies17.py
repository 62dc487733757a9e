"""Running figures, sixteenth session: forms of our own of the misses and false figures counted then.

Sentences are ours, in the forms reports print (see docs/benchmarks.md, "Running figures by class
of miss, sixteenth session").
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


@pytest.mark.parametrize(("text", "story", "wanted"), [
    ("The rebels have launched more than 60 attacks on ships since November, killing a total of four "
     "sailors.",
     "red-sea", [("attacks", 60), ("killed", 4)]),
    ("The rebels have launched more than 60 attacks on ships since November and killed a total of four "
     "sailors.", "red-sea", [("attacks", 60), ("killed", 4)]),
    ("Militias have launched more than 60 attacks on U.S. forces since Oct. 17, wounding a total of 56 "
     "service members.", None, [("attacks", 60), ("injured", 56)]),
    # whoever the harmed are, a harm's total is no count of the attacks
    ("Militias have launched more than 60 attacks on U.S. forces since Oct. 17, injuring a total of 56.",
     None, [("attacks", 60)]),
])
def test_a_harm_told_a_total_of_counts_the_harmed_never_the_attacks(text: str, story: str | None,
                                                                     wanted: list[tuple[str, int]]) -> None:
    assert _found(text, story) == wanted


def test_a_total_of_attacks_is_still_the_attacks() -> None:
    assert _found("The attacks on U.S. forces since Oct. 17 have reached a total of 66.") == [("attacks", 66)]

