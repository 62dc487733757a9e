"""A participle with its by-phrase right after it and no auxiliary before it is a passive, as
headlines and reduced clauses write it (a desk's finding, twentieth session): "US base in <land>
attacked by drones" is an attack on the base, never a US strike, and "Militia depot hit by US jets"
a US strike, never an attack on US forces. Sentences are ours. Fails on the code before: each was
read with its subject as the agent (the kind reversed)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.topic import choose_topic
from tests.conftest import make_article

THURSDAY = dt.date(2023, 11, 9)
WEDNESDAY = dt.date(2023, 11, 8)


def _kinds(text: str) -> set[tuple[str, dt.date | None, str | None]]:
    found = extract_article(make_article(text, THURSDAY), choose_topic(None))
    return {(e.type, e.date, e.country) for e in (*found.events, *found.undated)}


@pytest.mark.parametrize(("text", "kind"), [
    ("US base in Syria hit by rockets on Wednesday", "attack_on_us_forces"),
    ("American outpost in Iraq targeted by drones on Wednesday", "attack_on_us_forces"),
    ("US troops in Syria attacked again by drones on Wednesday", "attack_on_us_forces"),
    ("Militia depot in Syria hit by US jets on Wednesday", "us_strike"),
    ("Weapons store in Iraq struck by American aircraft on Wednesday", "us_strike"),
])
def test_a_headlines_passive_keeps_its_target_and_agent(text: str, kind: str) -> None:
    assert {k for k, _, _ in _kinds(text)} == {kind}


def test_active_sentences_keep_their_reading() -> None:
    assert _kinds("US jets struck a militia depot in Syria on Wednesday.") == {
        ("us_strike", WEDNESDAY, "Syria")}
    assert _kinds("Militants attacked a US base in Syria on Wednesday.") == {
        ("attack_on_us_forces", WEDNESDAY, "Syria")}


def test_a_by_phrase_of_time_is_no_agent() -> None:
    # "by Wednesday" names no side: the participle is not read as a passive by it
    assert _kinds("US forces struck by Wednesday a militia depot in Syria, officials said.") != {
        ("attack_on_us_forces", WEDNESDAY, "Syria")}


def test_a_participle_opening_its_sentence_keeps_the_noun_after_it() -> None:
    # "Struck by <means> ..., the tanker ...": the noun the phrase tells of comes after it
    kinds = _kinds("Struck by a missile on Wednesday in Syria, the US outpost lost its radar.")
    assert "us_strike" not in {k for k, _, _ in kinds}


@pytest.mark.parametrize("text", [
    "A drone attack attributed by the Pentagon to Iran-backed militias struck a U.S. base in Syria on "
    "Wednesday.",
    "A drone attack attributed to Iran-backed militias struck a U.S. base in Syria on Wednesday.",
])
def test_whom_an_attack_is_blamed_on_is_not_what_it_hit(text: str) -> None:
    # the names after a verb of blaming are whom the act is blamed on (rule blame_phrase), not its target
    assert _kinds(text) == {("attack_on_us_forces", WEDNESDAY, "Syria")}
