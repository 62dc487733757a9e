"""The screens (briefing/screen.py) rule out only what the full search would not have found.

Every check compares a screened search with the plain one, on sentences of every kind the
extractor reads (written here, not taken from articles) and on random texts assembled from
the words the searches look for, in any case, with odd characters that case-insensitive
matching treats specially ("İ", "ı", "ſ", the Kelvin sign) and separators between them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import dates, screen
from briefing.export import to_json
from briefing.extract import events, extract_article, roles, statements, tallies
from briefing.extract.details import casualties, parties, sentences, weapons
from briefing.extract.lexicon import Names, lexicons
from briefing.model import Extraction
from briefing.screen import (
    Hits,
    Openings,
    Screen,
    Screened,
    Starts,
    finditer_near,
    first_words,
    fold,
    needed_words,
)
from briefing.text import _BOUNDARY, boundaries
from briefing.topic import TOPICS, Lexicon, Topic, _cue_pattern, load_topic
from tests.conftest import make_article

TOPIC = load_topic()
LEX = lexicons(TOPIC)
CUES = [_cue_pattern(event.cues)[0] for event in TOPIC.known_events]
# Every pattern that is screened, with a name for the report.
SCREENED: list[tuple[str, re.Pattern[str]]] = [
    ("act nouns", LEX.act_nouns), ("act verbs", roles._VERB), ("counted", tallies._COUNTED),
    ("dates", dates.DATE_PATTERN), ("relative dates", dates._RELATIVE), ("countries", LEX.countries),
    ("us forces", LEX.us_forces), ("weekdays", events._WEEKDAY_NAME),
    *((f"cue {n}", p) for n, p in enumerate(CUES)),
    *((f"speaker {word}", p.compiled()) for word, p, _ in tallies._speaking((*TOPIC.sources.official,
                                                                  *TOPIC.sources.monitors))),
    *((f"{table} {n}", p) for table in ("actors", "places", "weapons", "outside")
      for n, p in enumerate(getattr(LEX, table)._patterns)),
    ("statement trigger", statements.TRIGGER), *((f"statement {r.name}", r.cue) for r in statements.RULES),
]

# One sentence of each kind the extractor reads, and some it must leave alone.
KINDS = [
    "U.S. forces were attacked twice on Tuesday at Al-Asad Airbase in western Iraq, an official said.",
    "American warplanes struck a weapons depot used by Kataib Hezbollah near Abu Kamal on Oct. 26.",
    "A one-way attack drone targeted the al-Tanf garrison overnight; there were no injuries.",
    "US troops came under rocket fire in northeastern Syria on Monday.",
    "The militias have attacked US and coalition forces at least 66 times since Oct. 17.",
    "About 62 U.S. personnel have reported minor injuries, including traumatic brain injuries.",
    "There have been 150 attacks on U.S. forces in Iraq, Syria and Jordan since mid-October.",
    "Three U.S. soldiers were killed in a drone attack on Tower 22 in Jordan on Jan. 28, 2024.",
    "The US strikes on 85 targets in Iraq and Syria came in retaliation for the deaths in Jordan.",
    "A U.S. drone strike in Baghdad killed Abu Taqwa, a commander of Harakat al-Nujaba.",
    "Houthi rebels fired missiles at ships in the Red Sea on Wednesday.",
    # a cue's first words inside another's: "three American" begins inside "killed three American"
    "Militants killed three American soldiers at a remote desert outpost far from the capital and "
    "the river valley, close to the border with Jordan.",
    "Israel's strikes on Gaza continued for a third week.",
    "The Islamic Resistance in Iraq said it targeted Erbil air base with two drones.",
    "Will the Pentagon respond to further attacks?",
    "The price of wheat rose again, traders in the old market said.",
    "Officials said the talks on water rights would resume next month.",
    "WASHINGTON, Nov 21 (Wire) -- Our troops remain on alert, the official said on Nov. 20, 2023.",
    "The ISTANBUL meeting ended; K\u212aH and ſtrikes were not mentioned, İraq and ıraq were.",
]

_WORDS = sorted({
    *(w for _, p in SCREENED for w in ((needed_words(p) or (frozenset(), False))[0])),
    *(w for _, p in SCREENED for w in ((first_words(p) or (frozenset(), False))[0])),
    *(alias for actor in TOPIC.actors for alias in actor.aliases),
    *(alias for place in TOPIC.places for alias in place.aliases),
    *(alias for weapon in TOPIC.weapons for alias in weapon.aliases),
    "Oct. 17", "17 October 2023", "2023-11-21", "Tuesday", "last night", "mid-October", "three", "85",
    "attacks", "times", "injured", "struck", "targeted", "U.S.", "US", "our", "al-", "the", "in", "on",
})
_ODD = ["İ", "ı", "ſ", "\u212a", "’", "ς", "Σ", "ß", "é", "-", ".", ",", ";", "?", "\n", "  ", "x", "7"]


def _case(word: str, how: int) -> str:
    return (word, word.upper(), word.lower(), word.title())[how]


texts = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(_WORDS), st.integers(0, 3)).map(lambda pair: _case(*pair)),
        st.sampled_from(_ODD),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzİıſ -.", max_size=6),
    ),
    max_size=40,
).flatmap(lambda parts: st.lists(st.sampled_from([" ", "", "-", "\n", ". "]), min_size=len(parts),
                                 max_size=len(parts)).map(lambda seps: "".join(
                                     p + s for p, s in zip(parts, seps, strict=True))))


def _spans(text: str) -> Iterator[tuple[int, int]]:
    step = max(1, len(text) // 7)
    for start in range(0, len(text) + 1, step):
        for end in range(start, len(text) + 1, step):
            yield start, end
    yield 0, len(text)


@functools.cache
def _screens(pattern: re.Pattern[str]) -> tuple[Screen, Openings]:
    return Screen.of(pattern), Openings(pattern)


def _check_screen(pattern: re.Pattern[str], text: str) -> None:
    found, openings = _screens(pattern)
    hits = found.scan(text, fold(text))
    for start, end in _spans(text):
        if pattern.search(text, start, end) is not None:
            assert hits.any(start, end), (pattern.pattern[:60], text, start, end)
        assert list(map(_span, finditer_near(pattern, found, text, start, end, fold(text)))) == \
            list(map(_span, pattern.finditer(text, start, end)))
        assert list(map(_span, openings.finditer(text, fold(text), start, end))) == \
            list(map(_span, pattern.finditer(text, start, end)))
        assert openings.search(text, fold(text), start, end) == (pattern.search(text, start, end) is not None)
        # (unfolded: the span alone folded, its places mapped back to the text)
        assert openings.search(text, None, start, end) == (pattern.search(text, start, end) is not None)
        assert list(map(_span, openings.finditer(text, None, start, end))) == \
            list(map(_span, pattern.finditer(text, start, end)))
    assert list(map(_span, openings.finditer(text, fold(text)))) == list(map(_span, pattern.finditer(text)))
    assert openings.search(text) == (pattern.search(text) is not None)


# The screens the extractor scans every article for, in one scan (shared), with their patterns.
SHARED: list[tuple[Screen, list[re.Pattern[str]]]] = [
    (roles.act_screen(LEX), [LEX.act_nouns, roles._VERB]), (tallies._COUNT_SCREEN, [tallies._COUNTED]),
    (dates._SCREENS[1], [dates._RELATIVE]),
]


def _check_shared(text: str) -> None:
    folded = fold(text)
    for found, patterns in SHARED:
        hits = found.scan(text, folded)
        for start, end in _spans(text):
            if any(p.search(text, start, end) for p in patterns):
                assert hits.any(start, end), (patterns[0].pattern[:60], text, start, end)


def _span(match: re.Match[str]) -> tuple[int, int]:
    return match.span()


def test_fold_keeps_positions_and_agrees_with_ignore_case() -> None:
    odd = "İıſ\u212aẞΣς"
    assert len(fold(odd)) == len(odd)
    for char in odd:
        for letter in "iksσ":
            if re.fullmatch(letter, char, re.I) and letter.isascii():
                assert fold(char) == letter


@pytest.mark.parametrize("name,pattern", SCREENED, ids=[n for n, _ in SCREENED])
def test_screened_searches_find_what_the_full_search_finds_in_every_kind_of_sentence(
        name: str, pattern: re.Pattern[str]) -> None:
    for sentence in KINDS:
        _check_screen(pattern, sentence)
    _check_screen(pattern, "\n\n".join(KINDS))


def test_first_words_are_found_alike_in_a_short_span_and_a_long_one(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(KINDS) * 2
    spans = [*_spans(text), (5, 405), (0, 399)]
    for _, pattern in SCREENED:
        openings = _screens(pattern)[1]
        by_pattern = [openings.starts(text, fold(text), start, end) for start, end in spans]
        monkeypatch.setattr(screen, "_LONG_SPAN", 0)  # every span through the automaton
        assert [openings.starts(text, fold(text), start, end) for start, end in spans] == by_pattern
        monkeypatch.setattr(screen, "_LONG_SPAN", 10**9)  # every span through the pattern
        assert [openings.starts(text, fold(text), start, end) for start, end in spans] == by_pattern
        monkeypatch.undo()


def test_the_shared_scan_finds_every_screen_its_words() -> None:
    assert all(found._slot is not None for found, _ in SHARED)
    for sentence in [*KINDS, "\n\n".join(KINDS)]:
        _check_shared(sentence)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_screened_searches_find_what_the_full_search_finds_in_any_text(text: str) -> None:
    for _, pattern in SCREENED:
        _check_screen(pattern, text)
    _check_shared(text)
    for table in ("actors", "places", "weapons", "outside"):
        lexicon = getattr(LEX, table)
        assert list(lexicon.find(text, folded=fold(text))) == list(lexicon.find(text))


# The details' patterns that search a sentence only when it holds one of their words (screen.Screened).
WRAPPED: list[Screened] = [
    *(getattr(sentences, name)
      for name in ("_CAMPAIGN", "_CAMPAIGN_OF_PARTS", "_WHEN", "_WEEKDAY", "_OTHER_WEEK", "_MONTH_NAME")),
    *sentences._OTHER_ACT.values(), weapons._MANY_ACTS, weapons._DEPLOYED, casualties._NO_HARM,
    casualties._NONE_HURT, casualties._SO_FAR, parties._GENERAL,
]


def _check_wrapped(text: str) -> None:
    for wrapped in WRAPPED:
        pattern = wrapped.pattern
        assert list(map(_span, wrapped.finditer(text))) == list(map(_span, pattern.finditer(text)))
        edges = [(a, b) for m in pattern.finditer(text) for a in (0, m.start(), m.start() + 1)
                 for b in (m.end() - 1, m.end(), len(text))]  # a span that ends or begins at a match's edge
        for start, end in [*_spans(text), *edges]:
            found = wrapped.search(text, start, end)
            assert (found and found.span()) == ((m := pattern.search(text, start, end)) and m.span())
            assert list(map(_span, wrapped.finditer(text, start, end))) == \
                list(map(_span, pattern.finditer(text, start, end)))


def test_a_screened_pattern_finds_what_the_pattern_finds() -> None:
    # each has words to screen with but the one that never matches
    assert [w for w in WRAPPED if w._screen.words is None] == [sentences._OTHER_ACT["none"]]
    for sentence in [*KINDS, "\n\n".join(KINDS), "In August, eight were injured.", "No one was hurt.",
                     "The attacks have involved drones; no U.S. casualties so far, since Monday."]:
        _check_wrapped(sentence)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_a_screened_pattern_finds_what_the_pattern_finds_in_any_text(text: str) -> None:
    _check_wrapped(text)


def test_the_words_are_needed_and_the_first_words_begin_every_match() -> None:
    pattern = re.compile(r"\b(?:drone )?attacks? on (?:U\.?S\.?|American) (?:troops|forces)\b", re.I)
    words, folded = needed_words(pattern) or (frozenset(), False)
    assert folded and words and all(w == w.lower() for w in words)
    assert first_words(re.compile(r"\b(?:(?:last|this)\s+)?(?:Monday|Tuesday)\b")) == (
        frozenset({"last", "this", "Monday", "Tuesday"}), False)
    first, _ = first_words(pattern) or (frozenset(), False)
    assert {"attack on us troops", "drone attacks on u.s. forces"} <= first
    assert all(w.startswith(("attack", "drone attack")) for w in first)
    assert needed_words(re.compile(r"\d+ times?")) is not None
    assert needed_words(re.compile(r".*")) is None and first_words(re.compile(r"\w+ attack")) is None


def test_the_shared_scan_tells_each_screen_of_its_words_inside_or_beginning_longer_ones() -> None:
    together = screen._Together()
    for words in (["ab"], ["abcd"], ["bc"], ["zz"]):
        together.add(Screen(words, folded=True))
    hits = together.hits("xABcdx abx", None)
    assert [h.starts for h in hits] == [[1, 7], [1], [2], []]


def test_a_name_is_looked_for_by_its_first_letters_every_way_they_may_be_printed() -> None:
    from briefing.topic import _openers, _units
    assert _openers(_units("b-1")) == ({"b1", "b-1", "b 1"}, range(1))
    assert _openers(_units("Sa'da")) == ({"sada", "sa'da", "sa’da"}, range(1))
    # a letter re.I may match otherwise than lower() says is not looked for: an ASCII run at a fixed
    # distance is; a mark that may be left out opens a name one character earlier or not
    assert _openers(_units("Türkiye")) == ({"rkiye"}, range(2, 3))
    assert _openers(_units("'Uqba")) == ({"uqba"}, range(2))
    for printed in ("B-1", "B1", "B 1", "B\u20031", "b\n1", "B\u00a01"):
        text = f"two {printed} bombers"
        assert [h.name for h in LEX.weapons.find(text, folded=fold(text))] == \
            [h.name for h in LEX.weapons.find(text)] != []


def _tables(topic: Topic) -> list[tuple[re.Pattern[str], Starts]]:
    lex = lexicons(topic)
    return [(pattern, starts) for table in (lex.actors, lex.places, lex.weapons, lex.outside)
            for pattern, starts in zip(table._patterns, table._starts, strict=True) if starts is not None]


# every shipped profile's name tables; and a table of our own with the forms the openers must
# handle: a mark first, a letter other than ASCII first, an acronym with marks, an Arabic article
RED_SEA = load_topic(path=TOPICS / "red-sea.toml")
OWN = Lexicon((("x", ("'Uqba", "Ürgüp", "Çay-Tepe", "Q.R.T.", "Sa'da", "Ain al-Tamr", "Zu Zu")),),
              article=True)
TABLES = [*_tables(TOPIC), *_tables(RED_SEA),
          *((pattern, starts) for pattern, starts in zip(OWN._patterns, OWN._starts, strict=True) if starts)]
NAMES = sorted({*_WORDS, *(alias for actor in RED_SEA.actors for alias in actor.aliases),
                *(alias for place in RED_SEA.places for alias in place.aliases),
                *(alias for weapon in RED_SEA.weapons for alias in weapon.aliases),
                "'Uqba", "Ürgüp", "ÜRGÜP", "Çay-Tepe", "Q.R.T.", "QRT", "Sa’da", "Ain al-Tamr", "Zu Zu"})
named = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(NAMES), st.integers(0, 3)).map(lambda pair: _case(*pair)),
        st.sampled_from([*_ODD, "al-", "Al ", "AN-", "el\u00a0", "at-", "'", "’", "\t", "\u00a0", "\u2003"]),
    ),
    max_size=30,
).flatmap(lambda parts: st.lists(st.sampled_from([" ", "", "-", "\n", "\u00a0", "’", ".", "x"]),
                                 min_size=len(parts), max_size=len(parts)).map(lambda seps: "".join(
                                     p + s for p, s in zip(parts, seps, strict=True))))


@settings(max_examples=300, deadline=None)
@given(named)
def test_names_tried_only_where_they_may_begin_are_those_a_full_search_finds(text: str) -> None:
    folded = fold(text)
    for pattern, starts in TABLES:
        assert [m.span() for m in starts.finditer(pattern, text, folded)] == \
            [m.span() for m in pattern.finditer(text)], pattern.pattern[:60]
        middle = len(text) // 3
        assert [m.span() for m in starts.finditer(pattern, text, folded, middle, 2 * middle)] == \
            [m.span() for m in pattern.finditer(text, middle, 2 * middle)]


def test_a_word_inside_another_found_word_is_still_seen() -> None:
    hits = Hits([10], 6)  # a word of up to 6 characters found at 10 may hide one that begins at 11-15
    assert hits.any(13, 20) and hits.any(11, 12) and not hits.any(16, 30) and not hits.any(0, 10)
    assert Hits(None, 0).any(0, 1)


def _unscreened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen.Screen, "scan", lambda self, text, folded=None: Hits(None, 0))
    monkeypatch.setattr(screen.Screen, "may_match", lambda self, text, folded=None: True)
    monkeypatch.setattr(screen.Openings, "starts", lambda self, text, folded=None, start=0, stop=None: None)
    monkeypatch.setattr(screen.Starts, "finditer",
                        lambda self, pattern, text, folded=None, start=0, stop=None:
                        pattern.finditer(text, start, len(text) if stop is None else stop))
    monkeypatch.setattr(screen.Openings, "search",  # (a sentence is tried without starts())
                        lambda self, text, folded=None, start=0, stop=None:
                        self.pattern.search(text, start, len(text) if stop is None else stop) is not None)
    dates._date_words.cache_clear()
    tallies._wave_start.cache_clear()


def _extracted(text: str, published: dt.date | None) -> str:
    article = make_article(text, published)
    found = extract_article(article, TOPIC)
    return json.dumps(to_json(Extraction((), found.events, found.tallies, (), found.undated)))


@pytest.mark.parametrize("published", [dt.date(2023, 11, 21), dt.date(2024, 2, 8), None])
def test_extraction_with_and_without_screens_is_the_same(published: dt.date | None,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    article = "\n\n".join(KINDS)
    screened = [_extracted(text, published) for text in [article, *KINDS]]
    assert any(json.loads(s)["tallies"] for s in screened)
    assert any(json.loads(s)["events"] for s in screened)
    _unscreened(monkeypatch)
    assert [_extracted(text, published) for text in [article, *KINDS]] == screened


def test_names_with_and_without_screens_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n".join(KINDS)
    names = Names(text, LEX)
    tables = [dataclasses.astuple(h) for hits in names._tables() for h in hits]
    assert tables
    _unscreened(monkeypatch)
    again = Names(text, LEX)
    assert [dataclasses.astuple(h) for hits in again._tables() for h in hits] == tables


_SPLITTING = ["a", "ab", "Ab", "U.S.", ". ", "? ", "!", "...", ".\"", "’", ")", "[12]", " ", "\n", "A", "Bc",
              "1", "x.", "ok.", "Yes", "(", "“", "e.g.", "Gen.", "?!"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SPLITTING), max_size=30).map("".join), st.integers(0, 200),
       st.integers(0, 200))
def test_sentence_boundaries_tried_at_marks_are_the_boundaries_of_a_full_search(
        text: str, first: int, length: int) -> None:
    start = min(first, len(text))
    end = min(start + length, len(text))
    assert [m.span() for m in boundaries(text, start, end)] == \
        [m.span() for m in _BOUNDARY.finditer(text, start, end)]


def test_the_table_of_screens_is_current() -> None:
    """briefing/screens.json holds what every shipped pattern needs, as reading their trees gives
    it, so no run reads them again; a pattern changed without running scripts/screens.py fails."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    program = ("import json, sys; sys.path.insert(0, 'scripts'); from screens import learned; "
               "print(json.dumps(learned()))")
    fresh = subprocess.run([sys.executable, "-c", program], cwd=root, capture_output=True, text=True,
                           check=True, env={"PYTHONHASHSEED": "7", "PATH": "/usr/bin:/bin"})
    table = json.loads((root / "briefing" / "screens.json").read_text(encoding="utf-8"))
    assert json.loads(fresh.stdout) == table, "run .venv/bin/python scripts/screens.py"
    used = subprocess.run([sys.executable, "-c", "from pathlib import Path; from briefing import screen; "
                           "from briefing.build import extract; extract([Path('sample_input')]); "
                           "print(len(screen.LEARNED))"], cwd=root, capture_output=True, text=True,
                          check=True, env={"PYTHONHASHSEED": "11", "PATH": "/usr/bin:/bin"})
    assert used.stdout.strip() == "0"


def test_one_pass_tells_each_screened_pattern_whether_its_words_are_in_a_text() -> None:
    present = screen._Present()
    screens = [Screen(["Attack"], folded=True), Screen(["Monday"], folded=False),
               Screen(["tack", "zz"], folded=True), Screen(["mon"], folded=False)]
    bits = [present.add(s) for s in screens]
    for text in ("The ATTACK came on Monday.", "monday attacks", "nothing here", "", "ATTACKED on Mon"):
        found = present.bits(text)
        assert [bool(found & bit) for bit in bits] == [s.may_match(text) for s in screens], text
        assert present.bits(text) == found  # asked again: the same answer
    later = Screen(["here"], folded=False)
    bit = present.add(later)  # a screen added after a text was asked about is told of it too
    assert present.bits("nothing here") & bit and not present.bits("The ATTACK came on Monday.") & bit


@settings(max_examples=100, deadline=None)
@given(texts)
def test_one_pass_agrees_with_each_screens_own_search_in_any_text(text: str) -> None:
    for wrapped in WRAPPED:
        if wrapped._bit:
            assert bool(screen._PRESENT.bits(text) & wrapped._bit) == wrapped._screen.may_match(text)


@pytest.mark.parametrize("aliases", [(), ("QRT",), ("Zu Zu",), ("QRT", "Zu Zu")])
def test_a_table_with_names_of_one_kind_or_none_finds_what_the_full_search_finds(
        aliases: tuple[str, ...]) -> None:
    """A profile may leave a table empty, or hold only acronyms or only other names in it."""
    table = Lexicon((("x", aliases),) if aliases else ())
    text = "QRT and Zu-Zu met; qrt and ZU ZU did not."
    assert table.in_article(text, fold(text), {}) == list(table.find(text))
