"""The second story's forms read in the fifteenth session (issue 22, red-sea batches k and l), each
in sentences of our own in the forms Red Sea reports take (never an article's words)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from briefing.topic import choose_topic
from tests.conftest import make_article

YORKTOWN = dt.date(2024, 4, 24)  # the known day of the attack on the Maersk Yorktown (Gulf of Aden)


def _all(text: str, published: dt.date | None = None) -> set[tuple[str, str | None, dt.date | None]]:
    article = make_article(text, published) if published else make_article(text)
    return {(e.type, e.country, e.date) for e in extract_events(article, choose_topic("red-sea"))}


@pytest.mark.parametrize("text", [
    # one verb read as the intercept and as the attack it foiled, the ship aimed at named after it:
    # on a page with no date, the known attack's day is the intercept's too
    "Officials said a coalition warship intercepted one missile, apparently aimed at the MV Yorktown.",
    "A coalition destroyer intercepted the missile, probably targeting the MV Yorktown, officials said.",
])
def test_the_intercept_of_a_known_attack_is_of_its_day(text: str) -> None:
    found = _all(text)
    assert ("attack_on_shipping", "Gulf of Aden", YORKTOWN) in found
    assert ("intercept", "Gulf of Aden", YORKTOWN) in found


@pytest.mark.parametrize("text", [
    # neighbours: the ship named before the verb is the hit's; the other munition's day is not told
    "The MV Yorktown was hit by one missile, and a coalition destroyer intercepted another.",
    "A coalition destroyer intercepted a drone over the sea, and the rebels later claimed the MV Yorktown.",
])
def test_an_intercept_beside_a_known_attack_takes_no_day_from_it(text: str) -> None:
    assert not any(kind == "intercept" and day is not None for kind, _, day in _all(text))
