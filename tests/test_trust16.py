"""Rows no source reports (issue 23, fifteenth session, branch trust16): forms a desk finds in many
outlets, each read as the act it is, or as no act. Sentences are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

WED = dt.date(2024, 1, 10)  # a Wednesday


@pytest.mark.parametrize("text", [
    # the groups' own word for the US side: what they hit is a US base, whoever says so
    "A statement by the group on Wednesday said its fighters targeted the US occupation base in Syria "
    "with rockets.",
    "The group said on Wednesday that it struck \"the American occupation base\" near the airport in Syria.",
    "The group said its fighters attacked the US occupying forces at a base in Syria on Wednesday.",
])
def test_a_groups_occupation_base_is_a_us_target(text: str) -> None:
    found = read_events(make_article(text, WED))
    kinds = [e.type for e in (*found.events, *found.undated)]
    assert kinds and set(kinds) == {"attack_on_us_forces"}
