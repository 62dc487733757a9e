"""Our reading of regular-expression syntax (briefing/regex_tree.py), through what the screens
take from it: the words every match needs or begins with, and how far a match reads.

The facts are checked against ``re`` itself: on patterns generated from every piece of
syntax the reader knows, each match found must contain a needed word, begin with a first
word and end (with its lookaheads) within the reach. A reading that got the syntax wrong
would name a word some match lacks.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import regex_tree
from briefing.screen import _read_first_words, _read_match_reach, _read_needed_words, fold

ROWS = [
    # pattern, flags, needed words, first words, reach
    (r"\bdrone attacks?\b", 0, {"drone attack", "drone attacks"}, {"drone attack", "drone attacks"}, 13),
    (r"(?:last|this)\s+week", 0, {"week"}, {"last", "this"}, None),
    (r"(?P<n>\d+) (?:times|attacks)", 0, {" times", " attacks"}, None, None),
    (r"(?i:Iraq|Syria)n?", 0, {"iraq", "iraqn", "syria", "syrian"}, {"iraq", "iraqn", "syria", "syrian"}, 6),
    (r"(?i)al-(?:Asad|Tanf)", 0, {"al-asad", "al-tanf"}, {"al-asad", "al-tanf"}, 7),
    (r"strikes?(?= on (?:Iraq|Syria))", 0, {"strike", "strikes"}, {"strike", "strikes"}, 7 + 9),
    (r"(?<!U\.S\. )troops", 0, {"troops"}, {"troops"}, 6),
    (r"[/-](?P<y>20[12]\d)(?P<s>[/-]?)(?P<m>[01]\d)(?P=s)", 0, {"201", "202"},
     {"-201", "-202", "/201", "/202"}, 9),
    (r"(a|b)x\1", 0, {"ax", "bx"}, {"ax", "bx"}, 3),
    (r"\x41\u0042\101\0", 0, {"ABA\0"}, {"ABA\0"}, 4),
    (r"[abc]{2}z", 0, {"z"}, {"a", "b", "c"}, 3),
    (r"a{,2}b|{x}", 0, {"b", "{x}"}, {"a", "b", "{x}"}, 3),
    (r"(?>rocket|drone)s*+ fire", 0, {" fire"}, {"drone fire", "drones", "rocket fire", "rockets"}, None),
    (r"(?:a|b|[cd])e", 0, {"ae", "be", "ce", "de"}, {"ae", "be", "ce", "de"}, 2),
]


def _words(found: tuple[frozenset[str], bool] | None) -> set[str] | None:
    return None if found is None else set(found[0])


@pytest.mark.parametrize("pattern,flags,needed,first,reach", ROWS, ids=[r[0] for r in ROWS])
def test_what_a_pattern_needs_is_read_from_its_syntax(pattern: str, flags: int, needed: set[str] | None,
                                                      first: set[str] | None, reach: int | None) -> None:
    compiled = re.compile(pattern, flags)
    if needed is not None:
        assert _words(_read_needed_words(compiled)) == needed
    if first is not None:
        assert _words(_read_first_words(compiled)) == first
    if reach is not None:
        assert _read_match_reach(compiled) == reach


@pytest.mark.parametrize("pattern,flags", [
    (r"(a)? (?(1)b|c)", 0),  # a conditional group
    ("drone  # a comment\n attack", re.X),
    ("(?x)drone attack", 0),
])
def test_syntax_it_does_not_read_screens_nothing(pattern: str, flags: int) -> None:
    compiled = re.compile(pattern, flags)
    with pytest.raises(regex_tree.Unreadable):
        regex_tree.parse(compiled.pattern, compiled.flags)
    assert _read_needed_words(compiled) is None and _read_first_words(compiled) is None
    assert _read_match_reach(compiled) is None


def test_alternatives_are_kept_as_re_keeps_them() -> None:
    # a prefix every alternative shares is taken out; single characters become one class
    letter = regex_tree.LITERAL
    assert regex_tree.parse("abc|abd") == [(letter, 97), (letter, 98),
                                           (regex_tree.IN, [(letter, 99), (letter, 100)])]
    assert regex_tree.parse("(?:x)") == [(regex_tree.LITERAL, 120)]  # a plain group unpacked


_PIECES = ["drone", "attack", "US", "u.s.", "on", "a", "b", "\\d", "[ab]", "[^a]", "[a-c]", ".", "\\b",
           "\\s", " ", "\\.", "\\x61", "\\141", "ſ", "İ", "K"]
_TEXT = st.lists(st.sampled_from(["drone", "attack", "US", "u.s.", "U.S.", " on ", "a", "b", "c", "ab",
                                  "1", "23", " ", ".", "ſ", "İ", "ı", "K", "\u212a", "x"]),
                 max_size=14).map("".join)


def _pattern(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.integers(0, 7 if depth < 2 else 0))
        if kind <= 1:
            part = draw(st.sampled_from(_PIECES))
        elif kind == 2:
            options = [_pattern(draw, depth + 1) for _ in range(draw(st.integers(2, 3)))]
            part = "(?:" + "|".join(options) + ")"
        elif kind == 3:
            part = "(" + _pattern(draw, depth + 1) + ")"
        elif kind == 4:
            part = draw(st.sampled_from(["(?=", "(?!"])) + _pattern(draw, depth + 1) + ")"
        elif kind == 5:
            part = "(?i:" + _pattern(draw, depth + 1) + ")"
        elif kind == 6:
            part = "(?>" + _pattern(draw, depth + 1) + ")"
        else:
            quantifier = draw(st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "{,2}", "??", "+?", "*+"]))
            part = "(?:" + _pattern(draw, depth + 1) + ")" + quantifier
        parts.append(part)
    return "".join(parts)


@st.composite
def patterns(draw: st.DrawFn) -> re.Pattern[str]:
    flags = draw(st.sampled_from([0, re.I]))
    return re.compile(_pattern(draw), flags)


@settings(max_examples=400, deadline=None)
@given(patterns(), st.lists(_TEXT, min_size=1, max_size=4))
def test_every_match_holds_a_needed_word_begins_with_a_first_word_and_stays_in_reach(
        pattern: re.Pattern[str], texts: list[str]) -> None:
    needed, first = _read_needed_words(pattern), _read_first_words(pattern)
    reach = _read_match_reach(pattern)
    for text in texts:
        folded = fold(text)
        for start in range(len(text) + 1):
            match = pattern.match(text, start)
            if match is None:
                continue
            if needed is not None:
                subject = folded if needed[1] else text
                assert any(w in subject[match.start():match.end()] for w in needed[0]), pattern.pattern
            if first is not None:
                subject = folded if first[1] else text
                assert any(subject.startswith(w, match.start()) for w in first[0]), pattern.pattern
            if reach is not None:
                assert match.end() - match.start() <= reach
