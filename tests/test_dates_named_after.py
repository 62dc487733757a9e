"""A date line the content contradicts (dates._named_after): the whole dates named after the line,
read from the text itself, are those a copy of the text after the line gave (every date found
there, relative ones too, then only the whole ones kept)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import dates
from briefing.datelines import FULL_DATE, Dateline

LINE_DAY = dt.date(2023, 11, 20)


def _by_a_copy(text: str, line: Dateline) -> dt.date | None:
    """The form it replaces: every date of a copy of the text after the line, the whole ones kept."""
    body = text[line.end:]
    named = [m.date for m in dates.find_dates(body, 0, len(body), line.date) if m.date
             and m.precision == "day" and FULL_DATE.fullmatch(m.text)]
    latest = max(named, default=None)
    return latest if latest is not None and (latest - line.date).days > 1 else None


_PARTS = ["Nov. 20, 2023", "November 23, 2023", "23 November 2023", "2023-11-25", "Dec. 1", "1 December",
          "Monday", "yesterday", "last week", "mid-November", "Christmas Day", "Nov. 30-31, 2023",
          "Feb. 30, 2024", "on", "the", "attack", ",", ".", "x", "7", "2023", "\n", "Sunday, Nov. 26, 2023"]


@pytest.mark.parametrize("text", [
    "Nov. 20, 2023 Militants attacked the base on Nov. 24, 2023, officials said.",
    "Nov. 20, 2023Nov. 24, 2023 was the day of the attack.",  # a date run on to the line's end
    "Nov. 20, 2023\nOn Monday and on 23 November 2023 the base was attacked.",
    "Nov. 20, 2023 Nothing happened after it.",
])
def test_the_dates_named_after_a_line_are_those_a_copy_of_the_text_gave(text: str) -> None:
    line = Dateline(LINE_DAY, None, 0, len("Nov. 20, 2023"), kind="clipper")
    assert dates._named_after(text, line) == _by_a_copy(text, line)


def test_a_date_named_days_after_the_line_is_found() -> None:
    text = "Nov. 20, 2023 Militants attacked the base on Nov. 24, 2023, officials said."
    assert dates._named_after(text, Dateline(LINE_DAY, None, 0, 13)) == dt.date(2023, 11, 24)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=14), st.lists(st.sampled_from([" ", "", "\n"]),
                                                                 min_size=14, max_size=14),
       st.integers(0, 60))
def test_any_text_names_the_same_dates_after_its_line(parts: list[str], joints: list[str], end: int) -> None:
    text = "".join(part + joint for part, joint in zip(parts, joints, strict=False))
    line = Dateline(LINE_DAY, None, 0, min(end, len(text)), kind="clipper")
    assert dates._named_after(text, line) == _by_a_copy(text, line)
