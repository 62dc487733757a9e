"""A place's name told inside a man's name is no place (seventeenth session, branch sides18): "the
Bashar al-Assad government" names no base "Al-Assad", so no attack on the US forces there is read from
it (w021's invented attack in Iraq). Sentences are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.topic import choose_topic
from tests.conftest import make_article

SAT = dt.date(2024, 1, 27)  # "Jan. 24" is the Wednesday before


def _found(text: str) -> list[tuple[str, str | None]]:
    events = extract_article(make_article(text, SAT), choose_topic("us-forces-iraq-syria")).events
    return sorted((e.type, e.country) for e in events)


def test_a_mans_name_holding_a_bases_name_places_no_attack_on_us_forces() -> None:
    text = ("On Jan. 24, unknown aircraft targeted army trucks belonging to Iran-backed groups allied with "
            "the Bashar al-Assad government in the east of the country.")
    assert not [t for t, _ in _found(text) if t == "attack_on_us_forces"]


@pytest.mark.parametrize("text", [
    "On Jan. 24, rockets hit the al-Assad airbase in western Iraq.",
    "On Jan. 24, rockets were fired at Ain al-Assad, a base in western Iraq.",
])
def test_the_base_told_by_its_own_name_is_still_the_base(text: str) -> None:
    assert _found(text) == [("attack_on_us_forces", "Iraq")]
