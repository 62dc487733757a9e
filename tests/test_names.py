"""Every value a record can take has its words, from one place (briefing/names.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import get_args

import pytest

from briefing import config, names
from briefing.model import Metric, PublishedBasis, Qualifier, SourceKind
from briefing.topic import choose_topic, shipped_profiles


@pytest.mark.parametrize("profile", shipped_profiles())
def test_every_value_has_its_words_in_every_profile(profile: str) -> None:
    words = choose_topic(profile).said
    # the kinds are the profile's own: each reads from an act, the story has attacks and strikes
    assert {words.act(kind) for kind, _ in words.kinds} >= {"attack", "strike"}
    assert all(words.default(act) in words.of_act(act) for act in {k.act for _, k in words.kinds})
    assert all(k.label and k.singular and k.plural and k.heading for _, k in words.kinds)
    # every profile names the required running figures; the targets' only a story that counts them
    assert set(names.REQUIRED_METRICS) <= set(words.metric_words) == set(words.axis_labels)
    assert set(words.metric_words) <= set(get_args(Metric))
    assert [name for name, text in words.lines if text] == list(names.LINES)


def test_every_value_has_its_words() -> None:
    assert set(names.BASIS_WORDS) | {"unknown"} == set(get_args(PublishedBasis))
    assert set(names.KIND_WORDS) == set(names.KIND_NAMES) == set(get_args(SourceKind))
    assert set(names.PRECISION) == set(names.QUALIFIER_SIGNS) == set(get_args(Qualifier))


def test_one_event_is_counted_in_the_singular() -> None:
    words = names.default_words()
    assert [words.counted("attack_on_us_forces", n) for n in (1, 2)] == [
        "1 attack on US forces", "2 attacks on US forces"]


def test_the_first_storys_kinds_are_the_three_it_always_had() -> None:
    words = names.default_words()
    assert [(kind, words.act(kind), words.series(kind)) for kind, _ in words.kinds] == [
        ("us_strike", "strike", "strikes"), ("self_defense_strike", "strike", "strikes"),
        ("attack_on_us_forces", "attack", "attacks")]
    told = "US aircraft struck a launch site after the attack."
    assert words.choose("strike", told, "") == "self_defense_strike"
    assert words.choose("strike", "US aircraft struck a depot.", "") == "us_strike"
    assert words.choose("intercept", "It shot down a drone.", "") is None  # the first story has no intercept


def test_key_points_follow_the_order_of_the_profiles_kinds() -> None:
    # the first story's key points name its strikes before the attacks, as it always has
    assert list(names.default_words().headings) == ["us_strike", "self_defense_strike", "attack_on_us_forces"]


def test_how_an_article_was_dated() -> None:
    assert names.dated_how("dateline") == "dated by its date line"
    assert names.dated_how("metadata", "from") == "from the page's or feed's metadata"
    assert names.dated_how("unknown") == "undated"


def test_precision_puts_a_close_figure_before_a_bound() -> None:
    ranked = sorted(get_args(Qualifier), key=names.PRECISION.__getitem__)
    assert ranked[:2] == ["exact", "approximately"]
    loosest = max(names.PRECISION.values())
    assert {q for q in ranked if names.PRECISION[q] == loosest} == set(names.LOWER_BOUNDS)


def test_every_setting_is_checked_and_named() -> None:
    fields = [f.name for f in dataclasses.fields(config.Settings)]
    assert list(config.settings_keys(Path())) == fields
    assert config.known_settings().split(", ") == [f"[{f}]" if f in config.TABLES else f for f in fields]
    assert config.Settings().title is None  # the story's own: its profile's [words] title
