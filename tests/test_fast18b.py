"""Fast by design, twelfth pass (issue 22): work no longer done, each answer as before. Texts written
here, in the forms pages use."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import dates
from briefing.extract import events
from briefing.extract.entries import ENTRY_HEAD
from briefing.extract.lexicon import Names, lexicons
from briefing.model import DateMention
from briefing.text import all_sentences
from briefing.topic import load_topic
from tests.conftest import make_article

PUB = dt.date(2023, 11, 24)
_TEXT = ("Drones struck a base in Syria on Monday, and rockets hit Erbil on Nov. 21. "
         "Two days later, officials said the attacks had stopped. Last week was quiet.")


def test_a_span_s_dates_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[int, int]] = []

    def counted(clean: str, start: int, end: int, *rest: object) -> list[DateMention]:
        asked.append((start, end))
        return dates.find_dates(clean, start, end, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(events, "_dates_of_span", counted)
    events._span_dates.cache_clear()
    for _, start, end in all_sentences(_TEXT):
        first = events.find_dates(_TEXT, start, end, PUB)
        assert first == dates.find_dates(_TEXT, start, end, PUB)
        first.clear()  # an answer is the caller's own: the next is whole
        assert events.find_dates(_TEXT, start, end, PUB) == dates.find_dates(_TEXT, start, end, PUB)
    assert len(asked) == len(all_sentences(_TEXT)) == len(set(asked))
    events.find_dates(_TEXT, 0, len(_TEXT), None)  # another page's date: read again
    assert len(asked) == len(all_sentences(_TEXT)) + 1


_SENTENCES = st.sampled_from(["Friday: rockets at a base in Syria.", "Oct. 18 — two drones at a garrison.",
                              "Officials said so.", "Separately, rockets hit a base.", "\n\n", "\n",
                              "On Tuesday night: drones toward the airport.", "The strikes went on."])


def _old_entry_paragraph(clean: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    sentences = all_sentences(clean)
    index = bisect.bisect_left(sentences, sentence[0], key=lambda each: each[1])
    if index >= len(sentences) or sentences[index][1] != sentence[0]:
        return None
    first = events._paragraph_openers(clean)[index]
    if first == index or not ENTRY_HEAD.match(clean, *sentences[first][1:]):
        return None
    return sentences[first][1:]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_SENTENCES, min_size=1, max_size=20))
def test_a_sentence_s_entry_paragraph_is_found_as_before(pieces: list[str]) -> None:
    clean = " ".join(pieces).strip() or "Quiet."
    article = make_article(clean, PUB)
    clean = article.clean
    for _, start, end in all_sentences(clean):
        for span in ((start, end), (start + 1, end)):
            assert events._entry_paragraph(article, span) == _old_entry_paragraph(clean, span)


def test_the_entries_paragraphs_are_found_once_a_page() -> None:
    # each sentence asked searched the sentences' starts (a key read at each step): now one index
    page = "Friday: rockets at a base. Then drones came. Officials said so.\n\nQuiet."
    clean = make_article(page, PUB).clean
    events._entry_continued.cache_clear()
    for _, start, end in all_sentences(clean):
        events._entry_paragraph(make_article(clean, PUB), (start, end))
    assert events._entry_continued.cache_info().misses == 1
    assert [events._entry_paragraph(make_article(clean, PUB), s[1:]) for s in all_sentences(clean)][1] \
        == all_sentences(clean)[0][1:]


_WORDS = st.sampled_from(["Kataib Hezbollah", "Erbil", "drones", "US forces", "Syria", "the", "said", ".",
                          "Al-Asad Airbase", "rockets", "Iraq", "\n"])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, min_size=1, max_size=30), st.lists(st.integers(0, 300), min_size=2, max_size=8))
def test_the_names_within_a_span_are_those_inside_it(words: list[str], bounds: list[int]) -> None:
    text = " ".join(words)
    names = Names(text, lexicons(load_topic()))
    for start, end in itertools.pairwise(bounds):
        for hits in (names.actors, names.places, names.weapons, names.countries, names.us_forces):
            assert names.within(hits, start, end) == [h for h in hits if start <= h.start and h.end <= end]
