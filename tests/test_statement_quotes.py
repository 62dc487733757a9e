"""A statement's quote in "Claims and statements" keeps the words that make it its kind: a long
quotation followed by "X said in a statement claiming responsibility" is not cut before the claim
(the section once showed only the spokesman's threat). Texts are our own."""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefing.extract.statements import extract_statements
from briefing.model import Evidence, Statement
from briefing.render import QUOTE_WIDTH, said_part
from briefing.text import squash
from tests.conftest import make_article

LONG_CLAIM = ("\"We will keep striking the occupiers' bases one after another, in every province and on "
              "every road they use, until the last of their soldiers has gone home from our land and "
              "our rivers,\" "
              "a spokesman for the Islamic Resistance in Iraq said in a statement claiming responsibility "
              "for Tuesday's drone attack on the base.")


def _claim() -> Statement:
    found = extract_statements(make_article(LONG_CLAIM, dt.date(2024, 2, 7)))
    assert [s.kind for s in found] == ["claim"]
    return found[0]


def test_a_claim_knows_where_its_claiming_words_are() -> None:
    claim = _claim()
    assert claim.said_at is not None
    assert claim.sources[0].quote[claim.said_at:].startswith("claiming responsibility")


def test_a_long_quote_keeps_its_claiming_words_and_its_opening() -> None:
    shown = said_part(_claim())
    assert "claiming responsibility for Tuesday's drone attack on the base." in shown
    assert shown.startswith("\"We will keep striking") and " … " in shown
    assert len(squash(shown)) <= QUOTE_WIDTH


def _said(quote: str, at: int | None) -> Statement:
    return Statement("a1:s1", "claim", "Islamic Resistance in Iraq", None,
                     (Evidence("a1", 0, len(quote), quote),), said_at=at)


def test_a_quote_that_fits_or_whose_words_come_early_is_left_to_the_cut_at_its_end() -> None:
    short = "The group claimed the attack on the base."
    assert said_part(_said(short, 10)) == short
    early = "The group claimed responsibility for the attack, " + "and went on at length about it " * 10
    assert said_part(_said(early, 10)) == early
    assert said_part(dataclasses.replace(_said(LONG_CLAIM, None))) == LONG_CLAIM


# A saying told as made last month or last week has no day in the period: never the report's day.
WARNED_BEFORE = ("The president warned the council's leader last month that if the raids went on, "
                 "the United States would respond.")
WARNING_ISSUED = ("The president issued a warning to the council last week that the United States "
                  "would respond.")
WARNED_MONDAY = "The president warned on Monday that the United States would respond to any new raid."


def test_a_saying_of_last_month_or_last_week_is_not_dated_by_the_report() -> None:
    for text in (WARNED_BEFORE, WARNING_ISSUED):
        found = extract_statements(make_article(text, dt.date(2023, 11, 8)))
        assert [(s.kind, s.date) for s in found] == [("promise", None)], text


def test_a_saying_whose_day_is_given_keeps_it() -> None:
    found = extract_statements(make_article(WARNED_MONDAY, dt.date(2023, 11, 8)))
    assert [(s.kind, s.date) for s in found] == [("promise", dt.date(2023, 11, 6))]


# A group's own spokesman (a voice the profile lists for the group) saying the group was responsible
# or carried out an attack is the group's word, never a US attribution. Names are our own.
OWN_SPOKESMAN = ("Military spokesman Brig. Gen. Yahya Saree confirmed the Houthis were responsible for the "
                 "attack on the tanker.")
PENTAGON_SPOKESMAN = ("A Pentagon spokesman confirmed the Houthis were responsible for the attack on "
                      "the tanker.")


def test_a_groups_own_spokesman_is_no_us_voice() -> None:
    from briefing.topic import choose_topic

    story = choose_topic("red-sea")
    said = extract_statements(make_article(OWN_SPOKESMAN, dt.date(2024, 1, 10)), story)
    assert "attribution" not in [s.kind for s in said]
    blamed = extract_statements(make_article(PENTAGON_SPOKESMAN, dt.date(2024, 1, 10)), story)
    assert [(s.kind, s.who) for s in blamed] == [("attribution", "Pentagon")]
