"""Hard-wrapped clippings (briefing.unwrap): the breaks inside a paragraph are joined, real
separate lines never are. Texts written by us, in the forms seen in saved e-mail and wire feeds."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from briefing.build import extract
from briefing.text import all_sentences
from briefing.unwrap import unwrap

BODY = ("Rockets struck a base hosting American troops in western Iraq on Wednesday, officials said, the "
        "third such attack in a week on the sprawling desert air base. No one was hurt, a coalition "
        "spokesman said in a written statement that gave no further details about the damage. The "
        "militia that claimed it has fired at the same base several times since the middle of the month, "
        "and local officials said the launch site was found in an orchard a few miles to the north.")


def _wrapped(*paragraphs: str, width: int = 70) -> str:
    return "\n".join(textwrap.fill(p, width) if len(p) > width else p for p in paragraphs)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in unwrap(text).split("\n") if line.strip()]


@pytest.mark.parametrize("width", [60, 70, 78])
def test_a_wrapped_paragraph_is_one_line_again(width: int) -> None:
    text = _wrapped("Militia rockets hit a western Iraq base", "", BODY, width=width)
    assert text.count("\n") > 3  # the test's own text is wrapped
    headline, *body = _lines(text)
    assert headline == "Militia rockets hit a western Iraq base"
    # joined inside every sentence; a break that falls at a sentence's end is left as it is
    assert " ".join(body) == BODY
    assert all(line.endswith(".") for line in body)


def test_every_offset_stays_where_it_was() -> None:
    text = _wrapped(BODY).replace("\n", "\r\n") + "\r\n"
    joined = unwrap(text)
    changed = [(a, b) for a, b in zip(text, joined, strict=True) if a != b]
    assert changed and set(changed) <= {("\n", " "), ("\r", " ")}


def test_the_day_on_the_next_line_stays_in_its_sentence() -> None:
    joined = unwrap(_wrapped(BODY))
    line_with_day = next(line for line in joined.split("\n") if "Wednesday" in line)
    (sentence,) = [joined[s:e] for _, s, e in all_sentences(joined) if "Wednesday" in joined[s:e]]
    assert sentence.startswith("Rockets struck") and sentence.endswith("air base.")
    assert line_with_day.startswith("Rockets struck")


SEPARATE = [
    # a timeline: each entry its own line, however long the one before it
    ["The attacks of the week, as the command listed them for reporters at the Pentagon",
     "Monday: rockets at the airport base, no injuries reported by the coalition there.",
     "Oct. 17 — one-way drones against the garrison in the south of Syria; two downed.",
     "Wednesday (Oct. 18): a drone at the northern base, shot down short of the fence."],
    # a headline, a byline and a dateline above the body
    ["Rockets Hit Western Iraq Base Hosting American Troops For Third Time This Week",
     "By Jane Example and Samuel Writer, Staff Reporters of the Example Daily Newspaper",
     "BAGHDAD (Desk Wire) — The militia said it fired at the base hosting the troops."],
    # bullets and numbered entries
    ["Officials gave these figures to reporters on Tuesday at the briefing at the base",
     "- 52 attacks on American forces since the middle of October across the region",
     "2. at least 56 troops hurt, most of them with minor injuries or brain injuries"],
]


@pytest.mark.parametrize("lines", SEPARATE)
def test_lines_that_start_their_own_item_are_never_joined(lines: list[str]) -> None:
    text = "\n".join([*lines, *textwrap.wrap(BODY, 78)])
    kept = _lines(text)
    assert kept[:len(lines)] == lines


def test_a_dateline_paragraph_goes_on_after_its_break() -> None:
    lede = ("BAGHDAD (Desk Wire) — The militia said it fired at the base hosting the troops again, "
            "and the coalition said no one was hurt in the attack on the air base.")
    text = _wrapped(lede, BODY, width=78)
    assert text.startswith(lede[:80].rsplit(" ", 1)[0] + "\n")
    assert _lines(text)[0] == lede


def test_a_clipping_of_one_paragraph_a_line_is_left_alone() -> None:
    text = "Militia rockets hit a western Iraq base\n\n" + BODY.replace(". ", ".\n") + "\n"
    assert unwrap(text) == text


def test_short_lines_of_a_poem_or_list_are_left_alone() -> None:
    text = "Rockets at dawn\nsirens at the gate\nno one hurt\nthe base quiet again\n"
    assert unwrap(text) == text


def test_a_wrapped_clipping_dates_its_event_as_the_unwrapped_one(tmp_path: Path) -> None:
    head = "---\npublished: 2024-01-12\noutlet: Desk Wire\n---\nMilitia rockets hit a western Iraq base\n\n"
    dated = []
    for name, body in (("plain", BODY), ("wrapped", _wrapped(BODY, width=64))):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.md").write_text(head + body + "\n", encoding="utf-8")
        extraction = extract([tmp_path / name / "a.md"])
        dated.append({e.date for e in extraction.events if e.type == "attack_on_us_forces"})
    assert "Iraq on\nWednesday" in _wrapped(BODY, width=64)  # the day is on the line after the act
    assert dated == [{dt.date(2024, 1, 10)}, {dt.date(2024, 1, 10)}]
