"""The statements' cues found in one pass over an article (issue 22, twenty-first session):
:class:`briefing.screen.OpeningPlaces` reads where every cue may begin once, and each sentence is
asked from those places. Correctness only: it must answer as each pattern's own search of each
span does. The timings are in docs/benchmarks.md."""

from __future__ import annotations

import random
import re

import pytest

from briefing.extract.statements import _OPENINGS, RULES, TRIGGER
from briefing.rules import GRAMMARS, grammar
from briefing.screen import OpeningPlaces
from briefing.text import all_sentences

# sentences of our own in the statements' forms, and a few with none
OURS = (
    "The Free Hill Brigade claimed responsibility for the drone attack on the Redfield base.",
    "A defense official said there was no indication of an attack on the base.",
    "The group announced it would suspend its military operations.",
    "The Free Hill Brigade vowed to continue its operations.",
    "Officials blamed the Free Hill Brigade for the rocket attack.",
    "The Pentagon said it will respond at a time and place of its choosing.",
    "The government of Eastland condemned the strikes as a violation of its sovereignty.",
    "Eastland's health ministry said the strikes killed 12 people, including civilians.",
    "Could not independently verify the claims.",
    "The weather in the valley was fine on Tuesday.",
    "CLAIMED BY THE BRIGADE: the attack came at dawn.",
)


def _examples() -> list[str]:
    """Every example and not-example of every grammar file, and ours."""
    found = list(OURS)
    for path in sorted(GRAMMARS.glob("*.toml")):
        for rule in grammar(path.stem).rules.values():
            found += [*rule.examples, *rule.not_examples]
    return found


def _article(sentences: list[str]) -> str:
    return " ".join(s.strip() for s in sentences if s.strip())


def test_every_sentence_is_answered_as_each_cue_searched_alone() -> None:
    text = _article(_examples())
    places = _OPENINGS.read(text)
    patterns = (TRIGGER, *(rule.cue for rule in RULES))
    matched = 0
    for _, start, end in all_sentences(text):
        for index, pattern in enumerate(patterns):
            expected = pattern.search(text, start, end) is not None
            assert places.search(index, start, end) == expected, (pattern.pattern[:60], text[start:end])
            matched += expected
    assert matched > 20  # the examples do hold cues: the comparison is not of empty answers


def test_any_span_is_answered_as_each_cue_searched_alone() -> None:
    text = _article(_examples()[:400])
    places = _OPENINGS.read(text)
    patterns = (TRIGGER, *(rule.cue for rule in RULES))
    pick = random.Random(21)
    for _ in range(3000):
        start = pick.randrange(len(text))
        stop = min(len(text), start + pick.randrange(1, 400))
        index = pick.randrange(len(patterns))
        assert places.search(index, start, stop) == (patterns[index].search(text, start, stop) is not None)


@pytest.mark.parametrize("text", [
    "Troops of Westmark and WESTMARK units met the Westmark Guard.",
    "westmark is written small here, Westmark not.",
    "Nothing of the kind.",
])
def test_patterns_that_keep_their_case_or_may_begin_anywhere_are_searched_as_before(text: str) -> None:
    patterns = (re.compile(r"\bWestmark\s+Guard\b"),  # first words in their case
                re.compile(r"\bwestmark\b", re.I),  # first words case-folded
                re.compile(r"\w+ark\b"),  # may begin anywhere: no first words
                re.compile(r"(?<=the )Westmark", re.I))  # a look-behind before the span's start
    places = OpeningPlaces(patterns).read(text)
    for index, pattern in enumerate(patterns):
        for start in range(len(text)):
            for stop in (start + 1, start + 9, start + 30, len(text)):
                stop = min(stop, len(text))
                assert places.search(index, start, stop) == (pattern.search(text, start, stop) is not None)


def test_a_word_running_past_the_span_is_no_match() -> None:
    text = "They claimed responsibility."
    places = OpeningPlaces((re.compile(r"claimed\s+responsibility", re.I),)).read(text)
    assert places.search(0, 0, len(text))
    assert not places.search(0, 0, text.index("responsibility") + 4)


@pytest.mark.parametrize("text", [
    "Line one\nline two", "tab\there\nand a break", "no break at all", "a\u00a0non-breaking\nspace",
    "\n\n\u2028two separators\r\n", "",
])
def test_the_name_openers_read_every_white_space_as_a_space(text: str) -> None:
    from briefing.screen import _OPENERS, fold

    spaced = (re.sub(r"[^\S ]", " ", fold(text)), re.sub(r"[^\S ]", " ", text))
    assert _OPENERS._subjects(text, None) == spaced


def test_a_governments_voice_is_searched_only_where_its_noun_and_verb_both_are() -> None:
    from briefing.extract.details.sentences import _COUNTRY_VOICE, _COUNTRY_VOICE_WORDS

    rule = grammar("parties").rules["country_voice_toll"]
    ours = ["Eastland's army said nine soldiers died.", "The Eastland premier told reporters 4 died.",
            "Eastland said nothing.", "The army of Eastland was silent.", "WESTLAND'S MILITARY SAID so."]
    for text in (*rule.examples, *rule.not_examples, *ours, *_examples()):
        found = _COUNTRY_VOICE.search(text) is not None
        assert not found or _COUNTRY_VOICE_WORDS.may_match(text), text
    assert not _COUNTRY_VOICE_WORDS.may_match("Eastland said nothing.")  # no voice's noun: not searched
