"""Records -> CSV for spreadsheets: ``…events.csv`` and ``…figures.csv`` beside the JSON.

UTF-8 with a byte-order mark, so a spreadsheet keeps accents and typographic quotes, and
the standard ``csv`` dialect, so Python's ``csv`` reads them back. A cell that a
spreadsheet would take for a formula (beginning with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return) gets a leading apostrophe: a clipping cannot run a formula on the desk's
machine (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

from .model import ArticleRecord, Event, Evidence, Extraction, Tally

EVENT_COLUMNS = ("id", "date", "precision", "type", "country", "places", "actors", "weapons", "sources",
                 "first quote", "corrected")
FIGURE_COLUMNS = ("id", "metric", "value", "qualifier", "since", "as_of", "source kind", "speaker",
                  "breakdown", "sources", "corrected")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
JOIN = "; "


def neutral(cell: object) -> str:
    """The cell as text, with a leading apostrophe if a spreadsheet would read it as a formula."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def table(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A CSV file's bytes: the header, then each row, every cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows([neutral(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig", "replace")


def sources(evidence: Iterable[Evidence], articles: Mapping[str, ArticleRecord]) -> str:
    """"ABC News (abc-strikes); outlet unknown (clip-3)": each article once, by outlet and id."""
    named = dict.fromkeys(e.article for e in evidence)
    return JOIN.join(f"{_outlet(articles.get(a))} ({a})" for a in named)


def _outlet(article: ArticleRecord | None) -> str:
    return (article.outlet if article else None) or "outlet unknown"


def _quote(event: Event) -> str:
    return " ".join(event.sources[0].quote.split()) if event.sources else ""


def event_row(event: Event, articles: Mapping[str, ArticleRecord]) -> list[object]:
    return [event.id, event.date.isoformat() if event.date else "", event.date_precision, event.type,
            event.country or "", JOIN.join(event.places), JOIN.join(event.actors), JOIN.join(event.weapons),
            sources(event.sources, articles), _quote(event), JOIN.join(event.corrected)]


def figure_row(tally: Tally, articles: Mapping[str, ArticleRecord]) -> list[object]:
    breakdown = JOIN.join(f"{country} {value}" for country, value in tally.breakdown or ())
    return [tally.id, tally.metric, tally.value, tally.qualifier, tally.since or "", tally.as_of or "",
            tally.source_kind, tally.speaker or "", breakdown, sources(tally.sources, articles),
            JOIN.join(tally.corrected)]


def events_csv(extraction: Extraction) -> bytes:
    """Every event, dated (oldest first) then undated, as the JSON export holds them."""
    articles = {a.id: a for a in extraction.articles}
    return table(EVENT_COLUMNS, (event_row(e, articles) for e in (*extraction.events, *extraction.undated)))


def figures_csv(extraction: Extraction) -> bytes:
    articles = {a.id: a for a in extraction.articles}
    return table(FIGURE_COLUMNS, (figure_row(t, articles) for t in extraction.tallies))
