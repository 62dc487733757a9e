"""The joined sentences (an article's later sentences joined to its one act of a kind) are asked
about and read only when one of their readers can read something in them (issue 22, tenth pass):
each reader's test (``sentences.JOINED_READERS``) is read off its own patterns and names. Each form a
reader reads in a joined sentence is read with the screen as with every joined sentence let through,
and lost when that reader's test is left out; each word the casualties' patterns need is in a form of
that pattern the screen lets through. Sentences written here, in the forms reports use."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable

import pytest

from briefing import screen as screen_module
from briefing.extract import extract_article
from briefing.extract.details import casualties, sentences
from briefing.extract.lexicon import lexicons
from briefing.model import Details
from briefing.screen import Needed, needed_sets
from briefing.topic import load_topic
from tests.conftest import make_article

MON = dt.date(2024, 1, 29)
_ATTACK = "A drone attack targeted US forces at Al-Asad Airbase in Iraq on Sunday, officials said."
_UNPLACED = "A drone attack targeted US forces in western Iraq on Sunday, officials said."
_STRIKE = "US forces struck a militia depot near Al-Qaim in Iraq on Sunday, officials said."
# two sentences between: the form is no neighbour of the act's own sentence, only a joined one
_BETWEEN = "The governor spoke to reporters in the afternoon. The market stayed open."

# (reader, the act's sentence, a later sentence it reads): every way each reader reads a joined sentence
_FORMS = [
    ("casualties", _ATTACK, "Two soldiers were killed."),  # a number, then the harm
    ("casualties", _ATTACK, "Two were injured."),
    ("casualties", _ATTACK, "The blast ended up killing two guards."),  # the harm, then the number
    ("casualties", _ATTACK, "The number of troops injured has risen to 12."),  # a count risen
    ("casualties", _ATTACK, "The death toll rose to 4."),
    ("casualties", _ATTACK, "The blast injured a US soldier."),  # one person
    ("casualties", _ATTACK, "A US contractor was wounded."),
    ("casualties", _ATTACK, "A US service member suffered a concussion."),
    ("casualties", _ATTACK, "There were no casualties."),  # a zero
    ("casualties", _ATTACK, "No troops were hurt."),
    ("casualties", _STRIKE, "A senior commander of Kataib Hezbollah was killed."),  # a leader
    ("casualties", _STRIKE, "The blast killed a senior commander of Kataib Hezbollah."),
    ("weapons", _ATTACK, "Two rockets were fired."),  # a munition
    ("weapons", _STRIKE, "Two F-15E jets took part."),  # an aircraft
    # the base of an attack placed nowhere (another base named in a sentence of the campaign's: not the
    # article's one installation there)
    ("sites", f"{_UNPLACED} Erbil Air Base has hosted US troops since 2014.",
     "Al-Asad Airbase hosts about 2,000 troops."),
]


def _read(text: str) -> list[Details]:
    found = extract_article(make_article(text, MON))
    return [e.details for e in (*found.events, *found.undated) if e.details is not None]


def _every_joined_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentences, "_readable", lambda text, event, lex: True)


@pytest.mark.parametrize(("reader", "lede", "form"), _FORMS)
def test_a_joined_sentence_is_read_as_with_every_joined_sentence_let_through(
        reader: str, lede: str, form: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = f"{lede} {_BETWEEN} {form}"
    screened = _read(text)
    assert screened != _read(f"{lede} {_BETWEEN}")  # (the form gives its reader something)
    with monkeypatch.context() as every:
        _every_joined_sentence(every)
        assert _read(text) == screened


@pytest.mark.parametrize(("reader", "lede", "form"), _FORMS)
def test_each_form_is_lost_without_its_readers_test(reader: str, lede: str, form: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails when the reader's test is left out of the joined walk's (or reads nothing of the form)."""
    text = f"{lede} {_BETWEEN} {form}"
    kept = _read(text)
    monkeypatch.delitem(sentences.JOINED_READERS, reader)
    assert _read(text) != kept


def test_a_sentence_no_reader_can_read_is_not_asked_about(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    about = sentences.about_event

    def counted(window: sentences.Window, text: str, *rest: object) -> bool:
        asked.append(text)
        return about(window, text, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(sentences, "about_event", counted)
    background = "The price of bread rose again, according to a shopkeeper."
    _read(f"{_ATTACK} {_BETWEEN} {background} Two soldiers were killed.")
    assert "Two soldiers were killed." in asked and background not in asked


def test_the_sentence_after_a_figure_is_read_whatever_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """The casualties' figures may go on in the next sentence: it is let through to every reader."""
    seen: list[str] = []
    readers = dict(sentences.JOINED_READERS)

    def casualties_test(text: str, *rest: object) -> bool:
        seen.append(text)
        return readers["casualties"](text, *rest)  # type: ignore[arg-type]

    monkeypatch.setitem(sentences.JOINED_READERS, "casualties", casualties_test)
    monkeypatch.setitem(sentences.JOINED_READERS, "sites", lambda *_: False)
    monkeypatch.setitem(sentences.JOINED_READERS, "weapons", lambda *_: False)
    after = "The market stayed shut for the day."
    lex = lexicons(load_topic())
    article = make_article(f"{_ATTACK} {_BETWEEN} Two soldiers were killed. {after} The road was calm.", MON)
    event = extract_article(article).events[0]
    joined = [t for _, t in sentences.joined_sentences(article, event, [], [], lex)]
    assert "Two soldiers were killed." in joined and after in joined and "The road was calm." not in joined


# ---- the casualties' words: each pattern's examples, in our words, cover every word it needs ----

def _people_after() -> re.Pattern[str]:
    return casualties._people_of(lexicons(load_topic())).after_number


_NOUNS = ["soldier", "service member", "servicemember", "serviceman", "servicewoman", "troop", "sailor",
          "airman", "marine", "American", "contractor", "civilian", "officer", "guard", "person", "child"]


def _cycled(template: str, *slots: list[str]) -> list[str]:
    """The template filled with each slot's words in turn, as many times as the longest slot has words."""
    longest = max(map(len, slots))
    rounds = zip(*(itertools.islice(itertools.cycle(s), longest) for s in slots), strict=True)
    return [template.format(*words) for words in rounds]


# each pattern of the casualties' screen, with its matches in our words (every alternative it reads)
_EXAMPLES: list[tuple[str, Callable[[], re.Pattern[str]], list[str]]] = [
    ("after_number", _people_after,
     [*_cycled(" soldiers were {}", ["killed", "wounded", "injured", "hurt", "dead"]),
      " died", " lost their lives", " suffered injuries", " suffered wounds", " fatalities", " deaths"]),
    ("before_number", lambda: casualties._BEFORE_NUMBER,
     _cycled("the blast ended up {} ", ["killing", "killed", "wounding", "wounded", "injuring", "injured",
                                         "leaving", "the killing of", "the death of", "the deaths of",
                                         "claimed the lives of", "took the lives of", "the loss of",
                                         "injuries to", "wounds to"])),
    ("risen", lambda: casualties._RISEN,
     ["the number of troops injured rose to ", "the count of people killed stands at ",
      "the tally of injured reached ", "the death toll rose to "]),
    ("one_after_harm", lambda: casualties._ONE_PERSON[0].pattern,
     _cycled("the blast {} a {}", ["killed", "killing", "kills", "wounded", "wounding", "wounds", "injured",
                                   "injuring", "injures"], _NOUNS)),
    ("one_before_harm", lambda: casualties._ONE_PERSON[1].pattern,
     _cycled("a {} {} {}", _NOUNS, ["was", "has been", "had been"],
             ["killed", "wounded", "injured", "hurt"])),
    ("one_suffered", lambda: casualties._ONE_PERSON[2].pattern,
     _cycled("a {} {} {}", _NOUNS, ["suffered", "suffers", "sustained", "sustains", "received", "receives"],
             ["a concussion", "concussions", "minor injuries", "an injury", "a wound", "wounds"])),
    ("no_harm", lambda: casualties._NO_HARM.pattern,
     ["no casualties were reported", "without injuries", "zero deaths", "no fatalities"]),
    ("none_hurt", lambda: casualties._NONE_HURT.pattern,
     _cycled("no {} {} {}", ["one", "personnel", "service members", "servicemembers", "troops", "soldiers",
                             "forces", "Americans"], ["were", "was", "had been", "has been", "have been"],
             ["injured", "hurt", "wounded", "killed", "harmed"])),
    ("leader_killed_after", lambda: casualties.TOLLS.pattern("leader_killed_after"),
     [*_cycled("the drone {} a {} of the Valley Brigades", ["killed", "killing", "kills"],
             ["commander", "leader"]), "the death of a leader of the Valley Brigades",
             "the killing of a commander of the Valley Brigades",
             "the assassination of a commander of the Valley Brigades"]),
    ("leader_killed", lambda: casualties.TOLLS.pattern("leader_killed"),
     _cycled("a {} of the Valley Brigades {} killed", ["commander", "leader"],
             ["was", "were", "has been", "have been", "had been"])),
]


@pytest.mark.parametrize(("name", "pattern", "examples"), _EXAMPLES, ids=[e[0] for e in _EXAMPLES])
def test_each_casualty_pattern_s_matches_are_let_through_by_its_screen(
        name: str, pattern: Callable[[], re.Pattern[str]], examples: list[str]) -> None:
    """Fails when a word a pattern needs is left out of its sets (briefing/screens.json) and no other
    word of the set is in its example; and when the pattern reads a word no example holds."""
    compiled = pattern()
    screen = Needed(compiled)
    for example in examples:
        assert compiled.search(example), example  # (each is the pattern's own)
        assert screen.may_match(example), example
    sets = [words for words, _ in needed_sets(compiled) or () if min(map(len, words)) >= screen_module._SHORT]
    assert sets  # (the sets the screen looks for)
    held = " ".join(examples).lower()
    assert [w for words in sets for w in words if w not in held] == []


def test_the_casualties_test_is_its_patterns_screens() -> None:
    """``may_tell_toll`` lets a sentence through when one of the patterns' screens does."""
    lex = lexicons(load_topic())
    for _, _pattern, examples in _EXAMPLES:
        for example in examples:
            assert casualties.may_tell_toll(example, None, lex)  # type: ignore[arg-type]
    for text in ("The market stayed open, according to two officials.", "Ten rounds were fired at 9 am."):
        assert not casualties.may_tell_toll(text, None, lex)  # type: ignore[arg-type]
