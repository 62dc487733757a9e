"""The review sheet (``briefing review``): every row and figure of a period, with what deserves a look.

For a desk that reads every row before it sends: each item with its id (as a correction
names it), every evidence quote, its sources, and flags. The sheet is an HTML page that
works offline (styles inline, no script, and a content policy that lets the browser fetch
nothing), a CSV of the same items, and a commented ``corrections.toml`` with one entry ready
to uncomment per flagged item.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ..assemble import what_happened
from ..figures import figure_text
from ..model import ArticleRecord, Briefing, Event, Tally
from ..names import KIND_NAMES, StoryWords
from ..tables import table
from .corrections import PLACEHOLDER

Flag = Literal["one-source", "claim", "conflict", "one-sentence", "listed-places", "undated"]
ItemKind = Literal["event", "figure", "undated"]
FLAG_WORDS: dict[Flag, str] = {
    "one-source": "one source only",
    "claim": "a group's own claim",
    "conflict": "in conflict with another figure of the day",
    "one-sentence": "its kind rests on one sentence",
    "listed-places": "places taken from a list",
    "undated": "undated: may belong to the period",
}
AFTER = 7  # days after the period an undated mention's article may tell of the period
COLUMNS = ("id", "kind", "date", "what", "flags", "sources", "quotes", "corrected", "rules")


@dataclass(frozen=True)
class Item:
    """One row or figure of the sheet; ``day`` is the event's date or the figure's as_of."""

    id: str
    kind: ItemKind
    day: dt.date | None
    what: str
    sources: tuple[str, ...]
    quotes: tuple[str, ...]
    flags: tuple[Flag, ...]
    corrected: tuple[str, ...]
    places: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()  # beside each quote, the grammar's rule that read it ("" for none)


def items(briefing: Briefing) -> tuple[Item, ...]:
    """The period's events, figures and the undated mentions that may belong to it, oldest first."""
    extraction, period = briefing.extraction, briefing.period
    articles = {a.id: a for a in extraction.articles}
    words = briefing.said
    events = [_event(e, articles, "event", words) for e in extraction.events if e.date in period]
    figures = [_figure(t, articles, words) for t in extraction.tallies if t.as_of in period]
    undated = [
        _event(e, articles, "undated", words) for e in extraction.undated
        if _may_belong(e, articles, briefing)
    ]
    dated = sorted([*events, *figures], key=lambda i: (i.day or dt.date.min, i.kind, i.id))
    return (*dated, *undated)


def _may_belong(event: Event, articles: Mapping[str, ArticleRecord], briefing: Briefing) -> bool:
    """An undated mention whose article was published in the period or the week after (or is undated)."""
    end = briefing.period.end + dt.timedelta(days=AFTER)
    for source in event.sources:
        article = articles.get(source.article)
        published = article.published if article else None
        if published is None or briefing.period.start <= published <= end:
            return True
    return False


def _named(record: Event | Tally, articles: Mapping[str, ArticleRecord]) -> tuple[str, ...]:
    found = []
    for article_id in dict.fromkeys(s.article for s in record.sources):
        article = articles.get(article_id)
        outlet = (article.outlet if article else None) or "outlet unknown"
        found.append(f"{outlet} ({article.path if article else article_id})")
    return tuple(found)


def _quotes(record: Event | Tally) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(s.quote.split()) for s in record.sources))


def _rules(record: Event | Tally) -> tuple[str, ...]:
    """The rule that read each of :func:`_quotes` (the first that has a name)."""
    found: dict[str, str] = {}
    for source in record.sources:
        quote = " ".join(source.quote.split())
        found[quote] = found.get(quote) or source.rule
    return tuple(found.values())


def _event(event: Event, articles: Mapping[str, ArticleRecord], kind: ItemKind, words: StoryWords) -> Item:
    return Item(
        event.id,
        kind,
        event.date,
        what_happened(event, words),
        _named(event, articles),
        _quotes(event),
        event_flags(event, kind == "undated"),
        event.corrected,
        event.places,
        _rules(event),
    )


def _figure(tally: Tally, articles: Mapping[str, ArticleRecord], words: StoryWords) -> Item:
    by = KIND_NAMES[tally.source_kind] + (f" ({tally.speaker})" if tally.speaker else "")
    what = (
        f"{words.metric_words[tally.metric]}: {figure_text(tally)}"
        + (f" since {tally.since:%-d %b %Y}" if tally.since else "")
        + f"; {by}"
    )
    flags: list[Flag] = []
    if tally.source_kind == "claim":
        flags.append("claim")
    if tally.conflict:
        flags.append("conflict")
    return Item(
        tally.id,
        "figure",
        tally.as_of,
        what,
        _named(tally, articles),
        _quotes(tally),
        tuple(flags),
        tally.corrected,
        rules=_rules(tally),
    )


def event_flags(event: Event, undated: bool) -> tuple[Flag, ...]:
    flags: list[Flag] = []
    if len({s.article for s in event.sources}) == 1:
        flags.append("one-source")
    if len({(s.article, s.start) for s in event.sources}) == 1:
        flags.append("one-sentence")
    if _listed(event):
        flags.append("listed-places")
    if undated:
        flags.append("undated")
    return tuple(flags)


def _listed(event: Event) -> bool:
    """Three places or more, or one sentence naming two of them in a list ("X, Y and Z"):
    an event placed at every place a sentence lists may have happened at one of them."""
    if len(event.places) >= 3:
        return True
    for source in event.sources:
        quote = source.quote.lower()
        named = [p for p in event.places if p.lower() in quote]
        if len(named) >= 2 and ("," in quote or " and " in quote):
            return True
    return False


# --- the three files --------------------------------------------------------------------------


def sheet_csv(found: Iterable[Item]) -> bytes:
    rows = (
        [
            i.id,
            i.kind,
            i.day.isoformat() if i.day else "",
            i.what,
            "; ".join(FLAG_WORDS[f] for f in i.flags),
            " | ".join(i.sources),
            " | ".join(i.quotes),
            "; ".join(i.corrected),
            " | ".join(i.rules),
        ]
        for i in found
    )
    return table(COLUMNS, rows)


def sheet_html(briefing: Briefing, found: Sequence[Item]) -> str:
    from ..render import environment

    counts = {flag: sum(flag in i.flags for i in found) for flag in FLAG_WORDS}
    template = environment(briefing.said).get_template("review.html")
    return str(template.render(b=briefing, items=found, flag_words=FLAG_WORDS, counts=counts))


def template_toml(briefing: Briefing, found: Iterable[Item]) -> str:
    """A commented corrections file: one entry per flagged item, ready to uncomment. Its
    ``why`` must be written before it applies (a run refuses the placeholder)."""
    lines = [
        f"# Corrections for {briefing.period.label}, from the review sheet of {briefing.title!r}.",
        "# Uncomment an entry (delete the '# ' before each of its lines), write its why, and add",
        "# it to the corrections.toml beside your clippings. An entry whose why still says",
        f"# '{PLACEHOLDER}' is refused. See README, 'Corrections'.",
        "",
    ]
    for item in found:
        if item.flags:
            lines += [
                f"# {item.id}: " + "; ".join(FLAG_WORDS[f] for f in item.flags),
                *(f"#   “{q[:150]}”" for q in item.quotes[:2]),
                *(f"# {line}" for line in _entry(item, briefing.period.end)),
                "",
            ]
    return "\n".join(lines)


def _entry(item: Item, last_day: dt.date) -> list[str]:
    why = json.dumps(f"{PLACEHOLDER}: why it is wrong")
    if item.kind == "undated":
        return [
            "[[change]]",
            f"id = {json.dumps(item.id)}",
            f"date = {last_day.isoformat()}  # the day it happened",
            f"why = {why}",
        ]
    if "listed-places" in item.flags:
        return [
            "[[change]]",
            f"id = {json.dumps(item.id)}",
            f"places = {json.dumps(list(item.places[:1]), ensure_ascii=False)}  # where it happened",
            f"why = {why}",
        ]
    return ["[[drop]]", f"id = {json.dumps(item.id)}", f"why = {why}"]
