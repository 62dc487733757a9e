"""Two searches that tried every character of every page (issue 22, twenty-fourth session): a name
table with a name in Arabic script among its aliases had no openers, so its whole pattern ran at every
character (``topic._looked_for``); and the countries' pattern opened with ``\\b``, which ``re`` cannot
look for by a first letter (``lexicon.bounded_words``). Correctness only: each must find what the
full search finds. The timings are in docs/benchmarks.md."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.lexicon import bounded_words, lexicons
from briefing.screen import fold
from briefing.topic import TOPICS, Lexicon, load_topic, shipped_profiles

# names of our own in Arabic script (a palm base, a river town), beside Latin ones and an acronym
OWN = Lexicon((("Palm base", ("Palm base", "قاعدة النخيل", "قاعدة نخيل")),
               ("River town", ("River town", "مدينة النهر", "النهر")),
               ("Hill post", ("Hill post", "HPX"))), article=True)
PIECES = ["قاعدة النخيل", "قاعدة-النخيل", "قاعدة\u00a0النخيل", "قاعدةالنخيل", "مدينة النهر", "النهر",
          "والنهر", "النهرية", "نهر", "Palm base", "palm-base", "River town", "HPX", "hpx", "al-", "Al ",
          "al-النهر", "x", "7", "-", " ", "\n", ".", "،", "İ", "ſ", "\u200f"]
texts = st.lists(st.sampled_from(PIECES), max_size=25).flatmap(
    lambda parts: st.lists(st.sampled_from([" ", "", "-", "\n", "\u00a0"]), min_size=len(parts),
                           max_size=len(parts)).map(lambda seps: "".join(
                               p + s for p, s in zip(parts, seps, strict=True))))


def test_every_name_table_of_the_shipped_profiles_is_looked_for_by_its_openers() -> None:
    """Fails on the code before: the first story's places (Arabic aliases among them) had none."""
    for name in shipped_profiles():
        lex = lexicons(load_topic(path=TOPICS / f"{name}.toml"))
        for table in (lex.actors, lex.places, lex.weapons, lex.outside):
            assert None not in table._starts, name


def test_a_table_with_names_in_arabic_script_has_openers() -> None:
    assert OWN._starts and None not in OWN._starts


@settings(max_examples=300, deadline=None)
@given(texts)
def test_names_in_arabic_script_are_found_where_their_openers_say_as_by_a_full_search(text: str) -> None:
    folded = fold(text)
    for pattern, starts in zip(OWN._patterns, OWN._starts, strict=True):
        assert starts is not None
        assert [m.span() for m in starts.finditer(pattern, text, folded)] == \
            [m.span() for m in pattern.finditer(text)]
    assert list(OWN.find(text, folded=folded)) == list(OWN.find(text, 0, len(text)))


def test_a_letter_without_case_is_matched_by_re_i_and_folded_as_itself_only() -> None:
    """What the openers of such a letter rest on, over every code point: ``fold`` turns no other
    character into one, and ``re.I`` matches one to itself only."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    folded = fold(every)
    assert len(folded) == len(every)
    uncased = "".join(c for c in every if c.isalpha() and c.lower() == c == c.upper())
    assert "ق" in uncased and "a" not in uncased
    assert all(f == c or not (f.isalpha() and f.lower() == f == f.upper())
               for c, f in zip(every, folded, strict=True) if f != c)
    letters = re.compile("[" + re.escape(uncased) + "]", re.I)
    assert "".join(m.group() for m in letters.finditer(every)) == uncased


WORDS = ["Norland", "Norlandic", "Eastmark", "Eastmarker", "West Fen", "Sud-Ria", "سوريا", "Ria"]
prose = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(
    ["x", "_", "-", " ", "\n", "7", "é", "NORLAND", "norland", "aNorland", "Norland_", "ق"])), max_size=30
).map("".join)


@settings(max_examples=300, deadline=None)
@given(prose)
def test_bounded_words_match_as_the_words_between_word_boundaries(text: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"[-\s]?").replace(r"\-", r"[-\s]?")
                                           for w in sorted(set(WORDS), key=lambda w: (-len(w), w))) + r")\b")
    assert [m.span() for m in bounded_words(WORDS).finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_countries_are_looked_for_by_their_first_letters() -> None:
    """Fails on the code before: the pattern opened with ``\\b`` (tried at every character)."""
    for name in shipped_profiles():
        pattern = lexicons(load_topic(path=TOPICS / f"{name}.toml")).countries.pattern
        assert pattern.startswith("(?:") and all(
            re.match(r"\\?\w\(\?<!\\w\.\)", alternative) for alternative in pattern[3:-3].split("|"))


def test_words_that_do_not_all_open_with_a_word_character_are_written_as_before() -> None:
    assert bounded_words(["-Ria", "Norland"]).pattern == r"\b(?:Norland|[-\s]?Ria)\b"
    assert bounded_words([]).pattern == r"\b(?:)\b"
