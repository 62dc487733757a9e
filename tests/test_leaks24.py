"""The twenty-fourth session's records from other stories, in sentences we wrote: a participle that
names a vessel by what was done to it before ("the hijacked freighter") is no act of its sentence,
so a navy's rescue of a ship that raiders of another story seized is not dated as an attack on
shipping. The first two tests fail on main before the rule (a8f54c9); the others are guards that pass
on both."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract_article
from briefing.model import Event
from tests.conftest import make_article

FRI = dt.date(2024, 3, 8)


def _sea(text: str) -> list[Event]:
    from briefing.topic import choose_topic

    found = extract_article(make_article(text, FRI, article_id="x1"), choose_topic("red-sea")).events
    return [e for e in found if e.type == "attack_on_shipping"]


def _dated(text: str) -> list[str]:
    return [str(e.date) for e in _sea(text) if e.date is not None]


RISE = " This comes as attacks on ships in the Red Sea by the Houthis rise."


def test_a_rescue_of_a_hijacked_vessel_is_no_attack_of_its_day() -> None:
    assert _dated("Then, the Kestrel Navy deployed a frigate which intercepted the hijacked vessel on the "
                  "morning of March 6, 2024." + RISE) == []


def test_a_seized_tanker_freed_dates_no_attack() -> None:
    assert _dated("The Kestrel Navy freed the seized tanker on Wednesday." + RISE) == []


def test_a_hijacking_told_by_its_verb_is_still_an_attack() -> None:  # a guard: main and now
    assert _dated("Houthi gunmen hijacked a freighter in the Red Sea on Wednesday, the navy said.") == \
        ["2024-03-06"]


def test_the_attacked_ship_struck_again_is_still_that_days_attack() -> None:  # a guard: main and now
    assert _dated("The attacked tanker was struck again by a Houthi missile in the Red Sea on "
                  "Wednesday.") == ["2024-03-06"]


def test_a_clause_of_that_whose_verb_is_the_seizure_is_still_its_days_attack() -> None:
    """review24: 'that' before the participle is the clause's pronoun here, not a determiner: the
    hijacking is the clause's act, of its day (lost on int24, found on main)."""
    assert _dated("Houthi gunmen that hijacked cargo ship Kestrel Star in the Red Sea on Wednesday fired "
                  "on a patrol, the navy said.") == ["2024-03-06"]
