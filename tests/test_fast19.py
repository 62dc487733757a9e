"""Fast by design, thirteenth pass (issue 22): the same answers from less work. Texts written here,
with the characters that ``re.I`` and ``str.lower`` treat specially."""

from __future__ import annotations

import datetime as dt
import re
from array import array
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import dates, ingest, merge
from briefing.screen import fold
from tests.conftest import make_article

# dotted and dotless I, the long s, the Kelvin sign, a sharp s, a title-case digraph, a superscript
# two, curly quotes, a dash, a copyright sign, no-break and em spaces, an accented letter
_ODD = "\u0130\u0131\u017f\u212a\u00df\u01c5\u00b2\u2019\u201c\u2014\u00a9\u00a0\u2003\u00e9"
_PIECES = st.sampled_from(["Monday", "TUESDAY", "wedneſday", "FrIday", "sunday", "Day", "mon", "the", "a1",
                           "42", "_", "-", " ", "\n", ".", "attack", "Base", *_ODD])
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def _old_shingles(text: str, size: int = 5) -> array[int]:
    """The shingles as the pattern's search gave their words."""
    import itertools
    import zlib

    words = re.findall(r"[a-z0-9]+", text.lower())
    if len(words) < size:
        return array("I")
    joined = memoryview(" ".join(words).encode("ascii"))
    starts = [0, *itertools.accumulate(len(w) + 1 for w in words)]
    return array("I", sorted({zlib.crc32(joined[starts[i]:starts[i + size] - 1])
                              for i in range(len(words) - size + 1)}))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_shingles_read_the_words_the_pattern_found(text: str) -> None:
    assert merge.shingles(text) == _old_shingles(text)


def test_shingles_of_a_clipping_are_as_before() -> None:
    text = ("ERBIL \u2014 Rockets hit Al-Asad on Monday, the 3rd \u201cwave\u201d in 24 hours. "
            "\u00a9 2023 Wire. The İnn's \u212aelvin sign and a \u017fong s.") * 3
    assert merge.shingles(text) == _old_shingles(text)
    assert len(merge.shingles(text)) > 10


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_letter_runs_are_the_pattern_s(text: str) -> None:
    low = text.lower()
    assert ingest._letter_runs(low) == re.findall(r"[^\W\d_]+", low)


def test_a_page_s_english_is_judged_as_before() -> None:
    english = "The base was attacked on Monday and officials said that it was the third time. " * 6
    other = "Die Basis wurde am Montag angegriffen, sagten Beamte \u00fcber den dritten Angriff. " * 6
    assert ingest.looks_english(english + "\u00a9 \u2014 \u201cquoted\u201d")
    assert not ingest.looks_english(other)  # (a letter outside ASCII: the pattern's own search)


_OLD_WEEKDAY = re.compile("|".join(dates.WEEKDAYS), re.I)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 40), st.integers(0, 40))
def test_a_weekday_is_found_in_the_folded_text_where_re_i_found_it(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    found = dates._WEEKDAY_NAME.search(fold(text), start, end) is not None
    assert found == (_OLD_WEEKDAY.search(text, start, end) is not None)


class _Recorded:
    """A stand-in for the weekday pattern that records the texts it is searched in."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.texts: list[str] = []

    def search(self, text: str, *span: Any) -> re.Match[str] | None:
        self.texts.append(text)
        return self.pattern.search(text, *span)


def test_the_known_events_weekdays_are_searched_in_the_folded_page(monkeypatch: pytest.MonkeyPatch) -> None:
    recorded = _Recorded(dates._WEEKDAY_NAME)
    monkeypatch.setattr(dates, "_WEEKDAY_NAME", recorded)
    text = "Rockets hit a base in Syria on Monday. Officials spoke on Tuesday. Nothing else."
    article = make_article(text, published=dt.date(2023, 11, 24))
    dates._known_on_another_weekday(article, ())
    assert recorded.texts and all(searched == fold(text) for searched in recorded.texts)


_ACT_PIECES = st.sampled_from(["Drones ", "ATTACKED ", "the air-strike ", "air strikes ", "counterstrike ",
                               "fired ", "Fire ", "launch ", "a raid ", "bombings ", "struck ", "the base ",
                               "killing of ", "Wounded ", "hitting ", "whit ", "attacks.", ", ", "İ", "ſ",
                               "\u212a", "land attack cruise missiles "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ACT_PIECES, min_size=1, max_size=14).map("".join))
def test_a_sentence_s_act_words_are_those_every_place_s_search_gives(text: str) -> None:
    from briefing.extract import roles
    from briefing.extract.lexicon import Names, lexicons
    from briefing.topic import load_topic

    lex = lexicons(load_topic())
    nouns_at, verbs_at = roles._act_openings(lex)
    for pattern, openings in ((lex.act_nouns, nouns_at), (roles.verbs_of(lex), verbs_at)):
        for folded in (fold(text), None):  # the page's folded text, or the sentence's folded alone
            assert [m.span() for m in openings.finditer(text, folded, 1, len(text))] == \
                [m.span() for m in pattern.finditer(text, 1, len(text))]
    reader = roles.SentenceReader(text, Names(text, lex), lex, 0, len(text))
    other = roles.SentenceReader(text, Names(text + " ", lex), lex, 0, len(text))  # another text's names
    assert list(reader._acts()) == list(other._acts())
