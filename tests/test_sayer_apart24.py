"""A day followed by its sayer set apart by commas (the twenty-fourth session), in texts of ours.

"On <day>, local time, the militia "<name>" issued a statement saying that <an attack>", "on <day>,
<a name>, a spokesman, attributed the attacks to ...": the day is the saying's, not the attack's
told after it (events.toml, sayer_after_apart). An act told before the verb of saying keeps the day,
and so does one a sayer in quotes alone tells ("the so-called "<group>" announced targeting").
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events, read_events
from briefing.topic import choose_topic
from tests.conftest import make_article


def _days(text: str, published: dt.date) -> set[dt.date | None]:
    return {e.date for e in extract_events(make_article(text, published), choose_topic(None))}


@pytest.mark.parametrize(("text", "published", "saying"), [
    ('Earlier, in the early morning of July 31, local time, the militia "Blue Brigades" issued a statement '
     "saying that two of its patrols in Iraq's Babil province were attacked by missiles launched by drones "
     "on the evening of the 30th.", dt.date(2024, 8, 1), dt.date(2024, 7, 31)),
    ("Two drones were fired at Ain al-Asad air base in Iraq on April 22. On April 23, Norman, a spokesman, "
     "attributed the attacks on US troops to militia groups.", dt.date(2024, 4, 25), dt.date(2024, 4, 23)),
])
def test_a_day_followed_by_its_sayer_set_apart_is_no_day_of_the_attack(
        text: str, published: dt.date, saying: dt.date) -> None:
    assert saying not in _days(text, published)


@pytest.mark.parametrize("text", [
    # neighbour: the attack told before the verb of saying keeps the day
    "On April 23, local time, rockets hit a base housing US troops in Iraq, a militia said.",
    "On April 23, drones attacked a base housing US troops in Iraq, Norman, a spokesman, said.",
    # neighbour: a sayer in quotes alone, a group telling its own act (the first story's labels date
    # such a claim's act by it)
    'On April 23, the so-called "Blue Brigades" in Iraq announced targeting the base housing US troops '
    "near Erbil airport with two drones.",
])
def test_an_attack_told_before_the_sayer_keeps_the_day(text: str) -> None:
    assert dt.date(2024, 4, 23) in _days(text, dt.date(2024, 4, 25))


def test_on_an_undated_page_the_sayings_day_is_no_day_without_year_of_the_attacks() -> None:
    # the page has no date: "April 23" is kept without its year for other reports to place, unless
    # it is the saying's (as on a dated page, :func:`events._said_after`)
    text = ("Two drones were fired at Ain al-Asad air base in Iraq on April 22. On April 23, Norman, a "
            "spokesman, attributed the attacks on US troops to militia groups.")
    read = read_events(make_article(text), choose_topic(None))
    assert {e.day_without_year for e in (*read.events, *read.undated)} == {"04-22"}
