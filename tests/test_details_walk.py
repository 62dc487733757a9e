"""The details' walk of an article's sentences (extract/details/): each reader's costly questions
are asked only of the sentences that can answer them, and what is found is what asking every
sentence finds. Sentences written here, in the forms reports use."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import Findings, extract_article, numbers
from briefing.extract.details import casualties, parties
from briefing.extract.numbers import NUMBER, NUMBER_WORDS, QUALIFIERS, WORDS
from briefing.screen import Screened
from tests.conftest import make_article

MON = dt.date(2024, 1, 29)


@contextmanager
def every_sentence_asked() -> Iterator[None]:
    """The walk without its screens: every reader asks its questions of every sentence."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parties, "_may_claim", lambda text, groups: True)
        patch.setattr(parties, "_may_blame", lambda groups: True)
        patch.setattr(casualties, "_ONE_PERSON", tuple(s.pattern for s in casualties._ONE_PERSON))
        yield


def _both(text: str) -> tuple[Findings, Findings]:
    article = make_article(text, MON)
    screened = extract_article(article)
    with every_sentence_asked():
        full = extract_article(article)
    return screened, full


# The acts a report tells, and sentences told about them: claims (a group named, or told back),
# blame, one person harmed, figures, zeros, other days and places.
ACTS = [
    "A drone hit Erbil Air Base in Iraq on Sunday.",
    "Rockets struck US forces at Al-Asad Airbase in western Iraq on Sunday.",
    "US jets struck a weapons depot near Abu Kamal in Syria on Sunday.",
    "A drone attack killed three US troops at Tower 22 in Jordan on Sunday.",
]
TOLD = [
    "The Islamic Resistance in Iraq has threatened US forces for weeks.",
    "In a statement on Telegram, the group said it attacked the base.",
    "The militants said they fired two drones at the base.",
    "The Islamic Resistance in Iraq claimed responsibility for the attack.",
    "Kataib Hezbollah said on Monday it targeted the base.",
    "US officials blamed Kataib Hezbollah for the attack.",
    "A Pentagon spokesman said Iran-backed militias were behind it.",
    "President Biden blamed Iran-backed groups, including Kataib Hezbollah and Harakat al-Nujaba.",
    "A service member was wounded, a US official said.",
    "The strike killed a civilian, a monitor said.",
    "A US soldier suffered a concussion.",
    "A contractor has been killed in a similar attack in August.",
    "Three US troops were injured and one was killed.",
    "No casualties were reported.",
    "No US personnel were hurt.",
    "The group denied it.",
    "Militias have attacked US forces more than 150 times since October.",
    "In January, the group claimed an attack on a base in Syria.",
    "The price of bread rose again in the old market.",
]


@pytest.mark.parametrize("act", ACTS)
def test_each_act_with_every_kind_of_sentence_reads_what_asking_every_sentence_reads(act: str) -> None:
    screened, full = _both(" ".join([act, *TOLD]))
    assert screened == full
    assert screened.events


def test_a_claim_told_back_and_one_person_harmed_are_still_read() -> None:
    # the cues the screens keep: "the group" told back, the harm words of one person
    screened, _ = _both("Kataib Hezbollah has threatened US forces for weeks. A drone hit Erbil Air Base in "
                        "Iraq on Sunday. In a statement on Telegram, the group said it attacked the base. "
                        "A US soldier suffered a concussion, an official said.")
    event = screened.events[0]
    assert [n.name for n in event.details.claimed_by] == ["Kataib Hezbollah"]
    assert [(c.side, c.kind, c.value) for c in event.details.casualties] == [("us", "injured", 1)]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ACTS), st.lists(st.sampled_from(TOLD), max_size=8),
       st.lists(st.sampled_from([str.upper, str.lower, str.title, str]), min_size=8, max_size=8))
def test_any_report_reads_what_asking_every_sentence_reads(act: str, told: list[str],
                                                           cases: list[Callable[[str], str]]) -> None:
    text = " ".join([act, *(case(sentence) for case, sentence in zip(cases, told, strict=False))])
    screened, full = _both(text)
    assert screened == full


# Each word one person's harm may be told with ("a soldier was killed", "a sailor suffered minor
# injuries"): each example must be found, by the screened search as by the pattern.
_HARM_VERBS = ["killed", "killing", "kills", "wounded", "wounding", "wounds", "injured", "injuring",
               "injures"]
_PEOPLE = ["soldier", "service member", "servicemember", "serviceman", "servicewoman", "troop", "sailor",
           "airman", "marine", "American", "contractor", "civilian", "officer", "guard", "person", "child"]
_SUFFERED = ["suffered", "suffers", "sustained", "sustains", "received", "receives"]
ONE_PERSON = [
    *(f"The drone {verb} a US soldier near the gate." for verb in _HARM_VERBS),
    *(f"Officials said an {noun} had been hurt." if noun[0] in "aeiouA"
      else f"Officials said a {noun} was hurt." for noun in _PEOPLE),
    *(f"Officials said a {noun} has been killed." for noun in ("marine", "guard")),
    *(f"A US sailor {verb} minor injuries." for verb in _SUFFERED),
    "A soldier suffered a concussion.", "A guard sustained wounds.", "A child received an injury.",
]


@pytest.mark.parametrize("text", ONE_PERSON)
def test_one_persons_harm_is_found_by_the_screened_search(text: str) -> None:
    found = [[m.span() for m in s.pattern.finditer(text)] for s in casualties._ONE_PERSON]
    assert any(found), text  # each example is one person's harm
    assert [[m.span() for m in s.finditer(text)] for s in casualties._ONE_PERSON] == found


_WORDS = [*_HARM_VERBS, *_PEOPLE, *_SUFFERED, "a", "an", "US", "was", "has been", "had been", "hurt",
          "minor", "concussion", "injuries", "wound", "and", "of", "the", "number"]
# characters case-insensitive matching reads as ASCII letters: the long s, the Kelvin sign, dotless i
_ODD = ["ſ", "\u212a", "ı", "İ", "-", ".", ",", "\n", "x"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS).map(str.upper), st.sampled_from(_WORDS),
                          st.sampled_from(_ODD)), max_size=12),
       st.sampled_from([" ", "  ", "\n"]))
def test_a_screened_one_person_search_finds_what_the_pattern_finds_in_any_text(words: list[str],
                                                                              joint: str) -> None:
    text = joint.join(words).replace("s", "ſ", 1).replace("K", "\u212a", 1)
    for screened in casualties._ONE_PERSON:
        assert isinstance(screened, Screened) and isinstance(screened.pattern, re.Pattern)
        full = [m.span() for m in screened.pattern.finditer(text)]
        assert [m.span() for m in screened.finditer(text)] == full


# Numbers as reports write them, with the qualifiers before them: every word of both lists, and
# what may stand around them (a hyphen, a comma, digits run on, "-plus", "dozen", "hundred").
_NUMBER_PARTS = [*QUALIFIERS, *WORDS, "a", "dozen", "dozens", "hundred", "hundreds", "-plus", "1,200", "34",
                 "7", "twenty", "-", ",", ".", "ſome", "\u212a", "the", "of", "soldiers"]
# the numbers' pattern with both lists of words written out, longest first (as it was written before
# they were tries): what every count's pattern (figures, casualties, weapons) reads numbers with
_WRITTEN_OUT = re.compile(
    r"(?<![\w-])(?:(?P<qual>" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
    + NUMBER.replace(numbers._NUMBER_TRIE, "(?:" + NUMBER_WORDS + ")"), re.I)


@pytest.mark.parametrize("text", [
    "About 62 U.S. personnel were hurt, and twenty-one others were treated.",
    "More than two dozen people and at least 1,200 others; up to a hundred; no fewer than forty-four.",
    "In excess of 30-plus troops, some seventy-seven, just over eighty-1 and roughly 5,000.",
    *(f"They counted {qualifier} {word} soldiers." for qualifier in QUALIFIERS for word in ("nine", "19")),
    *(f"They counted {word} of them." for word in WORDS),
])
def test_numbers_read_with_the_words_as_tries_are_those_read_with_the_words_written_out(text: str) -> None:
    _same_numbers(text)
    assert any(_WRITTEN_OUT.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_NUMBER_PARTS), st.sampled_from(_NUMBER_PARTS).map(str.upper),
                          st.sampled_from(_NUMBER_PARTS).map(str.title)), max_size=12),
       st.lists(st.sampled_from([" ", "", "-", "\n", "  "]), min_size=12, max_size=12))
def test_the_number_pattern_reads_what_the_words_written_out_read_in_any_text(parts: list[str],
                                                                              joints: list[str]) -> None:
    _same_numbers("".join(part + joint for part, joint in zip(parts, joints, strict=False)))


def _same_numbers(text: str) -> None:
    def read(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]

    assert NUMBER_WORDS not in casualties._NUMBER.pattern  # (the tries, not the words written out)
    assert read(casualties._NUMBER) == read(_WRITTEN_OUT), text


def test_whether_a_sentence_is_about_an_event_is_each_events_own_answer() -> None:
    # kept for the event asked about last: asked in turn for two events, each gets its own
    from briefing.extract.details.sentences import Window, about_event
    from briefing.extract.lexicon import lexicons
    from briefing.model import Event, Evidence
    from briefing.topic import load_topic

    lex = lexicons(load_topic())
    text = "The drones hit a base in Syria."

    def attack(country: str) -> Event:
        return Event("e1", "attack_on_us_forces", MON, "day", country, (), (), (), "",
                     (Evidence("a1", 0, 1, "x"),))

    window, joined = Window(0, len(text), False), Window(0, len(text), False, True)
    iraq, syria = attack("Iraq"), attack("Syria")
    for _ in range(2):
        assert not about_event(window, text, iraq, lex) and not about_event(joined, text, iraq, lex)
        assert about_event(window, text, syria, lex) and about_event(joined, text, syria, lex)
