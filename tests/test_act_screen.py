"""Act words asked first whether they can give a mention (issue 22, eighth pass): the reader's
screen (``SentenceReader._may_tell``) passes over only acts whose roles would read no kind, so every
sentence gives what reading each of its acts gives. Sentences written here, in the forms reports use."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.extract import roles as roles_module
from briefing.extract.lexicon import Names, lexicons
from briefing.extract.roles import Mention, SentenceReader
from briefing.text import all_sentences
from briefing.topic import choose_topic

FIRST, SECOND = "us-forces-iraq-syria", "red-sea"


def _mentions(text: str, profile: str = FIRST) -> list[Mention]:
    lex = lexicons(choose_topic(profile))
    names = Names(text, lex)
    return [m for _, start, end in all_sentences(text)
            for m in SentenceReader(text, names, lex, start, end).mentions()]


def _both(text: str, profile: str = FIRST) -> tuple[list[Mention], list[Mention]]:
    screened = _mentions(text, profile)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SentenceReader, "_may_tell", lambda self, start, end, verb: True)  # every act read
        full = _mentions(text, profile)
    return screened, full


# Each sentence gives a mention through one way of reading a side, or none, and the screen lets it
# through by that way alone: leaving one out of the screen loses that sentence's mention.
ONE_WAY = [
    (FIRST, "Kataib Hezbollah militants attacked a checkpoint near Kirkuk on Sunday."),  # an actor
    (FIRST, "Our troops came under attack on Sunday."),  # US forces
    (FIRST, "A drone attacked a checkpoint near Kirkuk on Sunday."),  # a weapon
    (FIRST, "A checkpoint at Al-Asad Airbase came under attack on Sunday."),  # a base of the US side
    (FIRST, "Two attacks were fired toward a checkpoint in Syria on Sunday."),  # "fired", a country
    (FIRST, "An attack was fired toward the checkpoint near Kirkuk on Sunday."),  # "fired", a place
    (FIRST, "A depot was struck on Sunday, according to the Pentagon."),  # a strike target's noun
    (SECOND, "A destroyer came under attack on Sunday, according to officials."),  # a side's noun
    (FIRST, "Officials described an attack earlier in the day, which wounded three U.S. service members."),
    (FIRST, "The team struck two boxes on the ground, according to the Pentagon."),  # before launch
    (FIRST, "The attack on Sunday was the deadliest."),  # a definite noun: the act just told
    (FIRST, "The Abu Taqwa strike shook the city."),  # a known event told in the act's words
    (FIRST, "Nine strikes shook the city on Sunday."),  # a known event's cue
]
# Acts whose roles read nothing, with a speaker named after the clause: passed over
NONE = [
    (FIRST, "The teachers' strike drew crowds to the square again, according to two U.S. officials."),
    (FIRST, "The teachers' strike had eased slightly since the summer, according to a militia commander."),
    (FIRST, "The bridge came under sporadic fire overnight, according to the Iraqi military."),
    (FIRST, "A strike by dock workers ended, a defense official said."),
    (SECOND, "The teachers' strike drew crowds to the square again, according to a Houthi spokesman."),
]


@pytest.mark.parametrize(("profile", "text"), ONE_WAY)
def test_each_way_of_reading_a_side_is_let_through(profile: str, text: str) -> None:
    """Fails when the way the sentence's act is read is left out of the screen (the actors, US
    forces, weapons, bases, "fired" with a place or a country, the nouns, ``which_harmed``,
    ``before_launch``, the definite noun, the known events)."""
    screened, full = _both(text, profile)
    assert full
    assert screened == full


@pytest.mark.parametrize(("profile", "text"), NONE)
def test_an_act_read_with_nothing_is_passed_over(profile: str, text: str) -> None:
    lex = lexicons(choose_topic(profile))
    reader = SentenceReader(text, Names(text, lex), lex, 0, len(text))
    acts = list(reader._acts())
    reader._nouns = [(s, e, reader._family(s)) for s, e, verb in acts if not verb]
    assert acts
    assert not any(reader._may_tell(*act) for act in acts)
    assert _both(text, profile) == ([], [])


# Pieces of sentences: who or what, the act, where and when, and what follows the clause.
_WHO = ["", "The convoy", "A checkpoint near Kirkuk", "The teachers'", "Our troops", "Kataib Hezbollah",
        "A drone", "The team", "Militants", "The tanker", "A destroyer", "U.S. jets", "The depot",
        "A checkpoint at Al-Asad Airbase", "The dock workers'", "These"]
_ACT = ["came under sporadic fire", "strike drew crowds", "was struck", "attacked the bridge",
        "struck two boxes on the ground", "attack was fired toward the market", "strikes hit the camp",
        "were attacked", "fired rockets at the base", "launched an attack on the outpost",
        "strike ended", "attack was launched toward the checkpoint in Syria", "shot down two drones"]
_AFTER = ["", " on Sunday", " near Abu Kamal", " in Syria", " at Tower 22", " in the Red Sea",
          ", which wounded three U.S. service members", ", according to a Pentagon spokesman",
          ", a defense official said", " after the attack on Erbil Air Base", " in response to the strikes",
          ", the Houthis said", " on Christmas Day"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_WHO), st.sampled_from(_ACT), st.sampled_from(_AFTER),
                          st.sampled_from(_AFTER)), min_size=1, max_size=4),
       st.sampled_from([FIRST, SECOND]))
def test_any_report_reads_the_mentions_read_when_every_act_is_read(
        parts: list[tuple[str, str, str, str]], profile: str) -> None:
    text = " ".join(f"{who} {act}{first}{second}.".strip().capitalize() for who, act, first, second in parts)
    screened, full = _both(text, profile)
    assert screened == full


def test_the_words_searched_are_whole_words() -> None:
    """The nouns' words are whole ("again" holds a piece of "training", not the word)."""
    lex = lexicons(choose_topic(FIRST))
    assert not roles_module._holds(roles_module._noun_words(lex), "drew crowds to the square again")
    assert roles_module._holds(roles_module._noun_words(lex), "a training camp")


# ---- an entry told without a verb (extract/entries.py), its paragraph's day looked for only when it
# can tell an act

ENTRY_BODIES = [
    "rockets at Al-Asad Airbase, no injuries",  # a munition
    "an attack at the al-Tanf garrison, no injuries",  # an act noun
    "US forces in Syria were attacked four times",  # US forces attacked a number of times
]


@pytest.mark.parametrize("body", ENTRY_BODIES)
def test_each_entry_that_tells_an_act_is_let_through(body: str) -> None:
    """Fails when a munition, an act noun or US forces is left out of ``entries.may_tell``."""
    from briefing.extract import entries

    lex = lexicons(choose_topic(FIRST))
    names = Names(body, lex)
    assert entries.verbless_mentions(body, names, lex, (0, len(body)), (0, len(body)))
    assert entries.may_tell(body, names, lex, (0, len(body)))


@pytest.mark.parametrize("tail", ["Separately, rockets at Al-Asad Airbase.",
                                  "Separately, US forces in Syria were attacked four times.",
                                  "Separately, talks at Al-Asad Airbase.", "Talks went on."])
def test_an_entrys_paragraph_reads_what_it_reads_when_every_sentence_is_asked(tail: str) -> None:
    import datetime as dt

    from briefing.extract import events
    from tests.conftest import make_article

    text = f"Summary.\n\nOct. 20 – Militants struck a checkpoint near Kirkuk. {tail}\n\nMore later."
    article = make_article(text, dt.date(2023, 10, 22))
    screened = events.read_events(article)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(events, "may_tell", lambda *args: True)
        full = events.read_events(article)
    assert screened == full
