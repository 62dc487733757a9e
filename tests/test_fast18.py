"""Fast by design, eleventh pass (issue 22): work no longer done, each answer as before. Texts written
here, in the forms pages use."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import text, yearless
from briefing.extract import events
from briefing.extract.lexicon import lexicons
from briefing.text import all_sentences
from briefing.topic import load_topic
from tests.conftest import make_article

_PIECES = st.sampled_from(["The base was hit.", "Strikes followed", "on Nov. 30-Dec. 1.", "30-Dec.", "Nov.",
                           "1-Jan.", "a-Dec.", "-Dec.", "–Feb.", "29–Feb. 2", "re-run.", "U.S.", "a. b.", "—",
                           "\n", "\n\n", "  ", "(Oct.", "/Sept.", "x" * 40, "Officials said so."])


def _old_dash_before_month(clean: str, window: int, at: int) -> int:
    dash = max(clean.rfind("-", window, at), clean.rfind("\u2013", window, at))
    month = clean[dash + 1:at + 1].lower()
    return dash if dash > 0 and clean[dash - 1].isdigit() and month in text._ABBREVIATIONS else -1


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=30))
def test_a_dash_before_a_month_is_found_as_before(pieces: list[str]) -> None:
    clean = " ".join(pieces)
    for at, char in enumerate(clean):
        if char == ".":
            for window in {0, max(0, at - 40)}:
                assert text._dash_before_month(clean, window, at) == _old_dash_before_month(clean, window, at)


class _Sliced(str):
    """A text recording the longest piece of it the split takes."""

    longest = 0

    def __getitem__(self, key: object) -> str:
        piece = str.__getitem__(self, key)  # type: ignore[index]
        _Sliced.longest = max(_Sliced.longest, len(piece))
        return piece


def test_the_split_reads_only_the_word_before_each_full_stop() -> None:
    # the month after a dash was read from the dash to the full stop, and with no dash there, from
    # the text's start: every full stop lowered all the text before it
    clean = _Sliced(" ".join(["Jets struck a depot on Nov. 30-Dec. 1, officials said."] * 40))
    _Sliced.longest = 0
    assert len(all_sentences.__wrapped__(clean)) == 40
    assert 0 < _Sliced.longest <= 41


_DAYS = st.sampled_from(["Monday,", "Sunday (", "Wednesday", "Nov. 20", "Oct 18", "(Oct. 17)", "20th January",
                         "11/8/23", "5/5/2024", ")", "2023", "2019", "1999", "12023", "20245", "since",
                         "mid-October", "since mid-November", "since the middle of October", "Since mid-Oct",
                         "the", "\n", ",", "strikes", "x" * 30, "2024.", "Thursday, 11/9/23"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_DAYS, max_size=40), st.sampled_from([" ", "", "  "]))
def test_a_page_searched_where_its_first_words_begin_gives_each_match_as_before(
        pieces: list[str], glue: str) -> None:
    page = glue.join(pieces) * (1 + 500 // (len(glue.join(pieces)) + 1))  # long ones too: a page's search
    for openings, pattern in ((yearless._BESIDE_OPENINGS, yearless._BESIDE),
                              (yearless._NUMERIC_OPENINGS, yearless._NUMERIC_BESIDE),
                              (yearless._YEAR_OPENINGS, yearless._YEAR),
                              (events._YEAR_OPENINGS, events._YEAR),
                              (events._SINCE_MID_OPENINGS, events._SINCE_MID)):
        assert [m.span() for m in openings.finditer(page)] == [m.span() for m in pattern.finditer(page)]
        assert openings.search(page) == (pattern.search(page) is not None)


class _Asked:
    """A pattern recording the spans it is searched over."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.spans: list[tuple[int, int]] = []

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        self.spans.append((pos, len(text) if endpos is None else endpos))
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        self.spans.append((pos, len(text) if endpos is None else endpos))
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


_PAGE = ("U.S. jets struck two weapons depots in eastern Syria on Monday, Nov. 20, officials said.\n\n"
         "The Pentagon said the strikes answered attacks on its troops.\n\nThe weather was mild.\n\n")


def test_an_undated_page_is_not_searched_whole_for_days_beside_their_weekday(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = {name: _Asked(getattr(yearless, name)) for name in ("_BESIDE", "_NUMERIC_BESIDE", "_YEAR")}
    for name, pattern in asked.items():
        monkeypatch.setattr(yearless, name, pattern)
    page = _PAGE * 3 + "Clipped in 2023."
    days = [day for day, _ in yearless.weekday_days(page, dt.date(2023, 10, 17))]
    assert days == [dt.date(2023, 11, 20)] * 3
    assert list(yearless.numeric_weekday_days(page, dt.date(2023, 10, 17))) == []
    assert all(pattern.spans == [] for pattern in asked.values())


def test_the_incident_occurred_is_searched_only_in_the_sentences_naming_an_act(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _Asked(events._OCCURRED)
    monkeypatch.setattr(events, "_OCCURRED", asked)
    page = _PAGE * 3
    article = make_article(page, dt.date(2023, 11, 21))
    assert events._dated_by_occurrence(article, lexicons(load_topic()), [], None) == []
    every = [(start, end) for _, start, end in all_sentences(article.clean)]
    assert asked.spans and all(span in every for span in asked.spans)
    assert len(asked.spans) < len(every)  # "The weather was mild." is never searched


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["The strike", "The incident occurred on Monday.", "raids", "Attacks.", "x",
                                 ".", "\n", " ", "Conducted on Sunday, the raid", "U.S."]), max_size=30))
def test_the_sentences_holding_a_word_are_those_its_hits_name(pieces: list[str]) -> None:
    page = " ".join(pieces)
    sentences = all_sentences(page)
    for screen in (events._OCCURRED_NOUNS, events._OPENING_VERBS):
        hits = screen.scan(page)
        assert events._holding(sentences, hits) == [
            number for number, (_, start, end) in enumerate(sentences) if hits.any(start, end)]


@pytest.mark.parametrize("noun", ["incident", "attack", "attacks", "strike", "strikes", "airstrike",
                                  "airstrikes", "assault", "raid"])
@pytest.mark.parametrize("told", ["The {} occurred on Monday.", "These {} were carried out early Friday.",
                                  "That {}, conducted on Sunday, hit a depot."])
def test_each_act_noun_of_the_rule_lets_its_sentence_be_searched(noun: str, told: str) -> None:
    page = "Rockets fell near the base. " + told.format(noun) + " Officials said so."
    sentences = all_sentences(page)
    searched = [number for number in events._holding(sentences, events._OCCURRED_NOUNS.scan(page))
                if events._OCCURRED.search(page, *sentences[number][1:])]
    assert searched == [1]


@pytest.mark.parametrize("verb", ["Carried out", "Conducted", "Executed", "Happened", "Occurred",
                                  "Took place"])
def test_each_verb_of_the_opening_lets_its_sentence_be_tried(verb: str) -> None:
    page = f"Rockets fell near the base. {verb} at dawn on Monday, the raid hit a depot. Officials said so."
    sentences = all_sentences(page)
    tried = [number for number in events._holding(sentences, events._OPENING_VERBS.scan(page))
             if events._OCCURRED_OPENING.match(page, *sentences[number][1:])]
    assert tried == [1]
