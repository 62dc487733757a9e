"""The ids of rows and figures: the one place that says how a record is named.

A desk names a record in ``corrections.toml`` by the id the JSON, the CSV and the review
sheet show, and the correction must find it again next week. So an id depends only on
what the earliest reports of a record say, never on reports published after them
(docs/schema.md, "Ids"):

- an article: its file name's stem (``tower22-clip``); a second file of the same stem gets
  ``~2`` (see :func:`briefing.discover.article_ids`); a feed's items ``.1``, ``.2``, …;
- a figure: ``ARTICLE:tN``, the Nth figure read in that article, in the order of its text;
- a dated event: ``DAY:TYPE:COUNTRY`` (``unknown`` when no report places it), where DAY is
  the day given by its earliest-published reports that give one, not the day shown (the day most reports
  give, which later reports can move). Two events that would share an id are told apart
  by ``~2``, ``~3``, in the order of their earliest report;
- an undated mention: ``undated-ARTICLE:TYPE:COUNTRY`` (``undated-ARTICLE-MM-DD:TYPE:COUNTRY``
  for a day read without its year): one article's, so it never moves;
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


def event_id(kind: str, country: str | None, day: dt.date | None, article: str | None,
             site: str | None = None, month_day: str | None = None) -> str:
    """The id of one article's report of an event, before reports are merged: an undated
    mention keeps it (``undated-ARTICLE[-MM-DD]:TYPE:COUNTRY``); a dated report's is replaced
    by :func:`name_events` once its event's reports are known."""
    where = (country or UNKNOWN_COUNTRY).lower()
    when = day.isoformat() if day else f"undated-{article}" + (f"-{month_day}" if month_day else "")
    at = f":{site.lower().replace(' ', '-')}" if site else ""
    return f"{when}:{kind}:{where}{at}"


def event_key(day: dt.date, kind: str, country: str | None) -> str:
    """``DAY:TYPE:COUNTRY``, the base of a dated event's id."""
    return f"{day.isoformat()}:{kind}:{(country or UNKNOWN_COUNTRY).lower()}"


def _published(article: ArticleRecord | None) -> tuple[dt.date, dt.time]:
    """When a report was published; an undated one counts as the latest."""
    if article is None or article.published is None:
        return dt.date.max, dt.time.max
    return article.published, article.published_time or dt.time.max


def first_reports(cluster: Sequence[Event], articles: Mapping[str, ArticleRecord]) -> list[Event]:
    """The reports of one event that give its day and were published first (all those of the
    earliest moment). A report that tells no day (joined by its place) never names the event."""
    dated = [e for e in cluster if e.date] or list(cluster)
    if len(dated) == 1:
        return dated
    when = [_published(articles.get(e.sources[0].article)) for e in dated]
    earliest = min(when)
    return [e for e, moment in zip(dated, when, strict=True) if moment == earliest]


def first_day(reports: Sequence[Event]) -> dt.date:
    """The day the earliest-published ``reports`` give (the most common among them; on a tie the
    later, as the shown day is chosen). Reports published later never change it."""
    if len(reports) == 1 and reports[0].date:
        return reports[0].date
    votes = Counter(e.date for e in reports if e.date)
    if not votes:  # no report gives a day: not a dated event (merge never makes one)
        raise ValueError("an event with no dated report has no dated id")
    return max(votes, key=lambda d: (votes[d], d))


def _first_evidence(reports: Sequence[Event]) -> tuple[str, int]:
    evidence = min((s for e in reports for s in e.sources), key=lambda s: (s.article, s.start))
    return evidence.article, evidence.start


def name_events(merged: Sequence[Event], clusters: Sequence[Sequence[Event]],
                articles: Mapping[str, ArticleRecord]) -> list[Event]:
    """Each merged event (``merged[i]`` made of the reports ``clusters[i]``) with its id."""
    firsts = [first_reports(c, articles) for c in clusters]
    keys = [event_key(first_day(f), e.type, e.country) for e, f in zip(merged, firsts, strict=True)]
    taken = Counter(keys)
    named = list(merged)
    # only ids that two events would share need an order; the rest are named at once
    shared = sorted((i for i, key in enumerate(keys) if taken[key] > 1),
                    key=lambda i: (keys[i], _first_evidence(firsts[i])))
    seen: Counter[str] = Counter()
    for i in shared:
        seen[keys[i]] += 1
        keys[i] += "" if seen[keys[i]] == 1 else f"~{seen[keys[i]]}"
    for i, event in enumerate(merged):
        if event.id != keys[i]:
            named[i] = dataclasses.replace(event, id=keys[i])
    return named


def desk_event_id(day: dt.date | None, kind: str, country: str | None, taken: set[str]) -> str:
    """The id of an event the desk adds, unique among ``taken``."""
    base = DESK + (event_key(day, kind, country) if day else f"undated:{kind}:{country or UNKNOWN_COUNTRY}")
    found, number = base, 1
    while found in taken:
        number += 1
        found = f"{base}~{number}"
    return found
