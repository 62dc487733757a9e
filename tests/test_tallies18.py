"""Running figures, seventeenth session: forms of our own of the parts taken for the whole and the
spans of time counted as the campaign (see docs/benchmarks.md, "Running figures by class of miss,
seventeenth session").
"""

from __future__ import annotations

import pytest

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
