"""What FACTS.md knows about the five sample articles, checked on the whole extraction."""

from __future__ import annotations

import datetime as dt

from briefing.model import Event, Extraction, Tally
from tests.conftest import sample

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
    assert sample("000_01660b2d28e9c681").published == D(2023, 11, 8)  # from body if no front matter


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


def test_every_quote_is_exact(sample_extraction: Extraction) -> None:
    # The extraction keeps no texts (see ArticleRecord): read them as ingest does.
    texts = {a.id: sample(a.id).text for a in sample_extraction.articles}
    records: list[Event | Tally] = [*sample_extraction.events, *sample_extraction.tallies]
    for record in records:
        for source in record.sources:
            assert texts[source.article][source.start:source.end] == source.quote
