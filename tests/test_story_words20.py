"""Issue 22, twentieth session: the story's words out of the story-independent grammar. The
figures' and event days' rules that named the first story's words ("the Pentagon", "troop",
"Eastern time") take them from the profile now, so a third story gives its own. Sentences are
ours."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from typing import Any

import pytest

from briefing.errors import SettingsError
from briefing.extract import extract_article
from briefing.topic import DEFAULT_TOPIC, Topic, parse_topic
from tests.conftest import make_article

SUNDAY, TUESDAY, FRIDAY = dt.date(2024, 1, 28), dt.date(2024, 2, 6), dt.date(2024, 2, 2)


def _story(**tables: dict[str, Any] | None) -> Topic:
    """The default profile with some of its grammar's word lists replaced by ours (None: the table
    left out)."""
    data = tomllib.loads(DEFAULT_TOPIC.read_text(encoding="utf-8"))
    for name, lists in tables.items():
        if lists is None:
            del data[name]
        else:
            data[name] = {**data.get(name, {}), **lists}
    return parse_topic(data, "ours.toml")


# ---- the clock reports tell a story's days in ([event_words]) ---------------------------------

EVENING = dt.time(20, 15)
NORLAND = "A drone struck a U.S. base in Jordan at about 11:30 p.m. Saturday Norland time."


def test_a_story_names_the_clock_its_reports_are_told_in() -> None:
    ours = _story(event_words={"report_clock_zones": ["Norland"], "report_clock_codes": ["NST"]})
    article = make_article(NORLAND, SUNDAY, EVENING)
    assert [e.date for e in extract_article(article, ours).events] == [SUNDAY]  # its evening: the next day
    assert [e.date for e in extract_article(article).events] == [SUNDAY - dt.timedelta(days=1)]
    late = make_article("Rockets hit the al-Asad air base at 10 p.m. NST, on Saturday.", SUNDAY, EVENING)
    assert [e.date for e in extract_article(late, ours).events] == [SUNDAY]


def test_a_story_without_a_report_clock_moves_no_day() -> None:
    ours = _story(event_words=None)
    article = make_article("A drone struck a U.S. base in Jordan at about 11:30 p.m. Saturday Eastern time.",
                           SUNDAY, EVENING)
    assert [e.date for e in extract_article(article, ours).events] == [SUNDAY - dt.timedelta(days=1)]
    assert [e.date for e in extract_article(article).events] == [SUNDAY]


def test_the_day_count_words_are_no_event_words() -> None:
    with pytest.raises(SettingsError, match="day_count_words"):
        _story(event_words={"day_count_words": ["war"]})


# ---- the seats that give figures ([figure_words] seats_said, briefing_seats) -----------------

TOLD_BACK = ("Singh told reporters on Friday that there had been more attacks. U.S. forces have been "
             "attacked 160 times since Oct. 17, the ministry said.")


def test_a_seat_of_the_story_told_back_as_a_speaker_dates_the_figure_by_the_sentence_before() -> None:
    ours = _story(figure_words={"seats_said": ["the ministry"]})
    (figure,) = extract_article(make_article(TOLD_BACK, TUESDAY), ours).tallies
    assert (figure.value, figure.as_of) == (160, FRIDAY)
    (figure,) = extract_article(make_article(TOLD_BACK, TUESDAY)).tallies
    assert figure.as_of == TUESDAY  # "the ministry" is no seat of the first story
    pentagon = TOLD_BACK.replace("the ministry", "the Pentagon")
    (figure,) = extract_article(make_article(pentagon, TUESDAY)).tallies
    assert figure.as_of == FRIDAY


# ---- the words that name officials the US side's ([party_words] officials_side) --------------


def test_a_story_names_the_words_that_make_officials_its_side() -> None:
    from briefing.extract.details.parties import profile_rules
    from briefing.extract.lexicon import lexicons

    norland = _story(party_words={"officials_side": ["Norland"]})
    ours = profile_rules(lexicons(norland)).pattern("officials_voice")
    shipped = profile_rules(lexicons(_story())).pattern("officials_voice")
    def said(pattern: re.Pattern[str], text: str) -> str | None:
        match = pattern.search(text)
        return match[0] if match else None

    assert said(ours, "senior Norland officials blamed the Raiders") == "senior Norland officials"
    assert said(shipped, "senior Norland officials blamed the Raiders") == "officials"
    assert said(shipped, "U.S. officials blamed the Raiders") == "U.S. officials"


# ---- who the target side is, and who strikes back, in a toll ([casualty_words]) -----------------


def test_a_story_names_its_side_and_the_side_that_strikes_in_a_toll() -> None:
    from briefing.extract.details.casualties import story_rules
    from briefing.extract.lexicon import lexicons

    norland = story_rules(lexicons(_story(casualty_words={
        "us_side_words": ["Norland"], "striking_side": ["Norland"], "partnered_side": ["Norland"]})))
    shipped = story_rules(lexicons(_story()))
    assert norland.pattern("us_side_word").search("two Norland guards were hurt")
    assert not shipped.pattern("us_side_word").search("two Norland guards were hurt")
    assert shipped.pattern("us_side_word").search("two US guards were hurt")
    assert norland.pattern("us_strike_before").search("a day after Norland jets bombed the depot")
    assert shipped.pattern("us_strike_before").search("a day after the United States struck the depot")
    assert not norland.pattern("us_strike_before").search("a day after the United States struck the depot")
    assert norland.pattern("with_partners").search("against Norland and allied forces")
