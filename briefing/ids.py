"""The ids of rows and figures: the one place that says how a record is named.

A desk names a record in ``corrections.toml`` by the id the JSON, the CSV and the review
sheet show, and the correction must find it again next week. So an id depends only on
what the earliest reports of a record say, never on reports published after them
(docs/schema.md, "Ids"):

- an article: its file name's stem (``tower22-clip``); a second file of the same stem gets
  ``~2`` (see :func:`briefing.discover.article_ids`); a feed's items ``.1``, ``.2``, …;
- a figure: ``ARTICLE:tN``, the Nth figure read in that article, in the order of its text;
- a dated event: ``DAY:TYPE:COUNTRY`` (``unknown`` when no report places it), where DAY is
  the day its earliest-published report gives, not the day shown (the day most reports
  give, which later reports can move). Two events that would share an id are told apart
  by ``~2``, ``~3``, in the order of their earliest report;
- an undated mention: ``undated-ARTICLE:TYPE:COUNTRY`` (with ``-MM-DD`` for a day read
  without its year): one article's, so it never moves;
- an event the desk adds: ``desk:DAY:TYPE:COUNTRY``.

A correction never renames what it corrects: the id is the record as the tool read it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence

from .model import ArticleRecord, Event

DESK = "desk:"
UNKNOWN_COUNTRY = "unknown"


def event_key(day: dt.date, kind: str, country: str | None) -> str:
    """``DAY:TYPE:COUNTRY``, the base of a dated event's id."""
    return f"{day.isoformat()}:{kind}:{(country or UNKNOWN_COUNTRY).lower()}"


def _published(article: ArticleRecord | None) -> tuple[dt.date, dt.time]:
    """When a report was published; an undated one counts as the latest."""
    if article is None or article.published is None:
        return dt.date.max, dt.time.max
    return article.published, article.published_time or dt.time.max


def first_reports(cluster: Sequence[Event], articles: Mapping[str, ArticleRecord]) -> list[Event]:
    """The reports of one event that were published first (all those of the earliest moment)."""
    when = {id(e): _published(articles.get(e.sources[0].article)) for e in cluster}
    earliest = min(when.values())
    return [e for e in cluster if when[id(e)] == earliest]


def first_day(cluster: Sequence[Event], articles: Mapping[str, ArticleRecord]) -> dt.date:
    """The day the earliest-published reports give (the most common among them; on a tie the
    later, as the shown day is chosen). Reports published later never change it."""
    votes = Counter(e.date for e in first_reports(cluster, articles) if e.date)
    if not votes:  # every report of a dated cluster has a day; kept total for safety
        votes = Counter(e.date for e in cluster if e.date)
    return max(votes, key=lambda d: (votes[d], d))


def _first_evidence(cluster: Sequence[Event], articles: Mapping[str, ArticleRecord]) -> tuple[str, int]:
    evidence = min((s for e in first_reports(cluster, articles) for s in e.sources),
                   key=lambda s: (s.article, s.start))
    return evidence.article, evidence.start


def name_events(merged: Sequence[Event], clusters: Sequence[Sequence[Event]],
                articles: Mapping[str, ArticleRecord]) -> list[Event]:
    """Each merged event (``merged[i]`` made of the reports ``clusters[i]``) with its id."""
    keys = [event_key(first_day(c, articles), e.type, e.country)
            for e, c in zip(merged, clusters, strict=True)]
    order = sorted(range(len(merged)), key=lambda i: (keys[i], _first_evidence(clusters[i], articles)))
    seen: Counter[str] = Counter()
    named = list(merged)
    for i in order:
        seen[keys[i]] += 1
        suffix = "" if seen[keys[i]] == 1 else f"~{seen[keys[i]]}"
        named[i] = dataclasses.replace(merged[i], id=keys[i] + suffix)
    return named


def desk_event_id(day: dt.date | None, kind: str, country: str | None, taken: set[str]) -> str:
    """The id of an event the desk adds, unique among ``taken``."""
    base = DESK + (event_key(day, kind, country) if day else f"undated:{kind}:{country or UNKNOWN_COUNTRY}")
    found, number = base, 1
    while found in taken:
        number += 1
        found = f"{base}~{number}"
    return found
