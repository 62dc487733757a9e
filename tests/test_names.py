"""Every value a record can take has its words, from one place (briefing/names.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import get_args

from briefing import config, names
from briefing.model import EventType, Metric, PublishedBasis, Qualifier, SourceKind


def test_every_value_has_its_words() -> None:
    events = set(get_args(EventType))
    assert set(names.EVENT_LABELS) == set(names.EVENT_PLURALS) == set(names.EVENT_HEADINGS) == events
    assert set(names.METRIC_WORDS) == set(names.AXIS_LABELS) == set(get_args(Metric))
    assert set(names.BASIS_WORDS) | {"unknown"} == set(get_args(PublishedBasis))
    assert set(names.KIND_WORDS) == set(names.KIND_NAMES) == set(get_args(SourceKind))
    assert set(names.PRECISION) == set(names.QUALIFIER_SIGNS) == set(get_args(Qualifier))


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
    assert config.Settings().title == names.DEFAULT_TITLE
