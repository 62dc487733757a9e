"""One article's reading: its names found once, then its events, statements, details and
tallies (:func:`extract_article`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..dates import story_time
from ..model import Article, Event, Statement, Tally
from ..topic import Topic, load_topic
from .details import read_details
from .details.assembly import with_mentions
from .events import read_events
from .lexicon import Names, lexicons
from .statements import acts_apart_from_claims, attributions_of_rows, claims_of_rows, extract_statements
from .tallies import read_tallies

__all__ = ["Findings", "extract_article"]


@dataclass(frozen=True)
class Findings:
    """What one article reports: dated events, undated mentions, tallies, claims and statements."""

    events: tuple[Event, ...]
    undated: tuple[Event, ...]
    tallies: tuple[Tally, ...]
    statements: tuple[Statement, ...] = ()
    acts_after_end: int = 0  # dated acts left out as after the campaign's last day ([campaign] end)
    figures_after_end: int = 0  # running figures given after it, left out


def extract_article(article: Article, topic: Topic | None = None) -> Findings:
    """Events and tallies of one article, read with the topic's data (its local time too)."""
    topic = topic or load_topic()
    with story_time(topic.local_time):
        return _extract(article, topic)


def _extract(article: Article, topic: Topic) -> Findings:
    names = Names(article.clean, lexicons(topic))  # found once for both readers
    read = read_events(article, topic, names)
    statements = tuple(extract_statements(article, topic, names))
    lex = lexicons(topic)
    events, undated = acts_apart_from_claims(read.events, read.undated, statements, lex, article.id)
    every = (*events, *undated)
    single = sum(topic.said.attack(e.type) for e in every) == 1

    def detailed(event: Event) -> Event:
        others = [o for o in every if o is not event]
        return replace(event, details=read_details(article, event, lex, single, others))

    dated, mentions = with_mentions([detailed(e) for e in events], [detailed(e) for e in undated], lex)
    statements = attributions_of_rows(article, (*dated, *mentions), statements, lex, names)
    statements = claims_of_rows(article, (*dated, *mentions), statements, lex)
    tallies = read_tallies(article, topic, names)
    return Findings(dated, mentions, tallies.tallies, statements, read.after_end, tallies.after_end)
