"""Pure functions from an article's text to records with evidence.

Each extractor takes a dated :class:`~briefing.model.Article` and returns
records whose evidence spans index ``article.text``; none reads files or
imports anything heavy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Event, Statement, Tally
from ..topic import Topic, load_topic
from .events import extract_events, read_events
from .lexicon import Lexicons, Names, lexicons
from .statements import extract_statements
from .tallies import extract_tallies, official_voice

__all__ = ["Findings", "extract_article", "extract_events", "extract_statements", "extract_tallies"]


@dataclass(frozen=True)
class Findings:
    """What one article reports: dated events, undated mentions, tallies, claims and statements."""

    events: tuple[Event, ...]
    undated: tuple[Event, ...]
    tallies: tuple[Tally, ...]
    statements: tuple[Statement, ...] = ()


def extract_article(article: Article, topic: Topic | None = None) -> Findings:
    """Events and tallies of one article, read with the topic's data."""
    topic = topic or load_topic()
    names = Names(article.clean, lexicons(topic))  # found once for both readers
    read = read_events(article, topic, names)
    statements = tuple(extract_statements(article, topic, names))
    lex = lexicons(topic)
    return Findings(_not_denied(read.events, statements, lex), _not_denied(read.undated, statements, lex),
                    tuple(extract_tallies(article, topic, names)), statements)


def _not_denied(events: tuple[Event, ...], statements: tuple[Statement, ...], lex: Lexicons) -> tuple[Event, ...]:
    """A group's claim is a claim, not an attack. An attack told only in claim sentences ("a drone
    attack on the base was claimed by <group>") goes, unless they tell its casualties; so do,
    when the US side denies the claim or cannot confirm it, the article's attacks of the claim's
    days (the day before to the day after), unless a US voice tells the attack itself."""
    claims = [s for s in statements if s.kind == "claim"]
    if not claims:
        return events
    denied = [s for s in claims if s.replies]
    spans = [(s.sources[0].start, s.sources[0].end) for s in claims]

    def only_claimed(event: Event) -> bool:
        return all(any(a <= e.start and e.end <= b for a, b in spans) and not _HARM.search(e.quote)
                   for e in event.sources)

    def claimed(event: Event) -> bool:
        if event.type != "attack_on_us_forces":
            return False
        near = any(s.date is None or event.date is None or abs((event.date - s.date).days) <= 1 for s in denied)
        told = any(official_voice(lex, source.quote) for source in event.sources)
        return (near and not told) or only_claimed(event)

    return tuple(e for e in events if not claimed(e))


_HARM = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|injuries)\b", re.I)
