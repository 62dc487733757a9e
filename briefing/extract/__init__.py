"""Pure functions from an article's text to records with evidence.

Each extractor takes a dated :class:`~briefing.model.Article` and returns
records whose evidence spans index ``article.text``; none reads files or
imports anything heavy.
"""

from __future__ import annotations

from ..model import Article, Event, Tally
from .events import extract_events
from .tallies import extract_tallies

__all__ = ["extract_article", "extract_events", "extract_tallies"]


def extract_article(article: Article) -> tuple[list[Event], list[Tally]]:
    """Events and tallies of one article."""
    return extract_events(article), extract_tallies(article)
