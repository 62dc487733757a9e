"""What FACTS.md knows about the five sample articles, checked on the whole extraction."""

from __future__ import annotations

import datetime as dt

from briefing.model import Extraction
from tests.conftest import make_article, sample

D = dt.date


def _tallies(extraction: Extraction, article: str) -> set[tuple[str, int, str]]:
    return {(t.metric, t.value, t.qualifier) for t in extraction.tallies
            if t.sources[0].article.startswith(article)}


def test_publication_dates(sample_extraction: Extraction) -> None:
    got = {a.id[:3]: (a.published, a.published_basis) for a in sample_extraction.articles}
    assert got == {
        "000": (D(2023, 11, 8), "front-matter"), "001": (D(2023, 11, 13), "dateline"),
        "002": (D(2023, 11, 21), "dateline"), "003": (D(2023, 11, 22), "front-matter"),
        "004": (D(2021, 6, 28), "front-matter"),
    }


def test_without_front_matter_the_text_alone_dates_what_it_can() -> None:
    with_front_matter = sample("000_01660b2d28e9c681")
    assert with_front_matter.published_basis == "front-matter"
    # the same text, its front matter taken off: dated by the post embedded in it ("November 8, 2023")
    alone = make_article(with_front_matter.text)
    assert (alone.published, alone.published_basis) == (D(2023, 11, 8), "body")
    assert alone.published_evidence is not None and alone.published_evidence.quote == "November 8, 2023"


def test_tallies_per_article(sample_extraction: Extraction) -> None:
    assert _tallies(sample_extraction, "000") == {("attacks", 41, "exact"), ("injured", 46, "at least")}
    assert _tallies(sample_extraction, "001") == {("attacks", 40, "at least"),
                                                  ("injured", 56, "approximately")}
    assert ("attacks", 66, "approximately") in _tallies(sample_extraction, "002")
    assert _tallies(sample_extraction, "003") == {("attacks", 66, "approximately"),
                                                  ("injured", 62, "approximately")}
    # 2021: "more than 40 attacks since the beginning of the year" is another campaign
    assert _tallies(sample_extraction, "004") == set()


def test_breakdown_and_as_of(sample_extraction: Extraction) -> None:
    (abc,) = [t for t in sample_extraction.tallies
              if t.value == 66 and t.sources[0].article.startswith("002")]
    assert abc.breakdown == (("Iraq", 32), ("Syria", 34))
    assert abc.as_of == D(2023, 11, 21) and abc.since == D(2023, 10, 17)
    (ryder,) = [t for t in sample_extraction.tallies if t.value == 46]
    assert ryder.as_of == D(2023, 11, 6)  # "Ryder on Monday ... he said"


def test_events(sample_extraction: Extraction) -> None:
    events = {(e.type, e.date, e.country) for e in sample_extraction.events}
    assert ("us_strike", D(2023, 11, 8), "Syria") in events
    assert ("us_strike", D(2023, 11, 12), "Syria") in events
    assert ("us_strike", D(2023, 11, 22), "Iraq") in events
    assert ("self_defense_strike", D(2023, 11, 21), "Iraq") in events
    assert ("attack_on_us_forces", D(2023, 11, 21), "Iraq") in events


def test_the_22_november_strike_has_both_outlets(sample_extraction: Extraction) -> None:
    (strike,) = [e for e in sample_extraction.events
                 if e.type == "us_strike" and e.date == D(2023, 11, 22)]
    assert {s.article[:3] for s in strike.sources} == {"002", "003"}


# Each figure of the samples and the words that state it (read in the sample files).
STATED = {
    ("000", 41): "numbered 41", ("000", 46): "At least 46 personnel", ("001", 40): "at least 40 times",
    ("001", 56): "About 56 troops", ("002", 60): "more than five dozen",
    ("002", 66): "approximately 66 times", ("003", 66): "approximately 66 times",
    ("003", 62): "approximately 62 injuries",
}


def test_every_figure_quotes_the_words_that_state_it(sample_extraction: Extraction) -> None:
    quoted: dict[tuple[str, int], list[str]] = {}
    for tally in sample_extraction.tallies:
        for source in tally.sources:
            quoted.setdefault((source.article[:3], tally.value), []).append(source.quote)
    assert set(quoted) == set(STATED)
    for key, words in STATED.items():  # one article's figure may be quoted from two sentences
        assert any(words in quote for quote in quoted[key]), (key, quoted[key])


def test_every_event_quotes_a_sentence_naming_where(sample_extraction: Extraction) -> None:
    for event in sample_extraction.events:
        where = [event.country or "", *event.places]
        assert any(name and name in s.quote for s in event.sources for name in where), event.id
