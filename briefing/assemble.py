"""Extraction + period -> :class:`~briefing.model.Briefing`: what the reader sees, and why.

Decides which inputs are used and which are not (and says why for each),
which events are in the period and which are earlier context, which figures
feed the charts, and writes the key points from the records themselves, each
with its citations.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterable

from .model import (
    ArticleRecord,
    Briefing,
    Citation,
    Event,
    Extraction,
    Glance,
    InputStatus,
    KeyPoint,
    Period,
    Tally,
)
from .period import describe

METRIC_WORDS = {"attacks": "attacks on US forces", "injured": "US personnel injured",
                "killed": "US personnel killed"}
# A long period or a big archive must not make a 60-page document: beyond these the
# briefing shows the latest and says how many more are in the JSON export.
CHRONOLOGY_ROWS = 40
CONTEXT_ROWS = 12
CHART_POINTS = 60
DISAGREEMENTS = 15
CITES = 4  # sources cited per item in the document; all of them are in the JSON export
PRECISION = {"exact": 0, "approximately": 1, "nearly": 2, "up to": 2, "at least": 3, "more than": 3}


def assemble(extraction: Extraction, period: Period, title: str, context_days: int = 60) -> Briefing:
    """The briefing for ``period``; events up to ``context_days`` earlier are shown as context."""
    window_start = period.start - dt.timedelta(days=context_days)
    articles = {a.id: a for a in extraction.articles}

    def in_scope(article: ArticleRecord) -> bool:
        return (article.duplicate_of is None and article.english and article.published is not None
                and window_start <= article.published <= period.end)

    scoped = {a.id for a in extraction.articles if in_scope(a)}

    def sourced(record: Event | Tally) -> bool:
        return any(s.article in scoped for s in record.sources)

    events = [e for e in extraction.events if sourced(e)]
    chronology = tuple(e for e in events if e.date and e.date in period)
    context = tuple(e for e in events if e.date and window_start <= e.date < period.start)
    undated = tuple(e for e in extraction.undated if sourced(e))
    tallies = tuple(sorted((t for t in extraction.tallies if sourced(t) and t.as_of
                            and t.as_of <= period.end), key=lambda t: (t.as_of, t.metric, t.id)))
    campaign_start = _campaign_start(tallies)
    glance = tuple(g for g in (_glance(m, tallies, period, campaign_start)
                               for m in ("attacks", "injured", "killed")) if g)
    disagreements = _disagreements(tallies)
    notes = _bounds(chronology, context, tallies, window_start)
    if len(disagreements) > DISAGREEMENTS:
        notes += (f"{len(disagreements)} disagreements were found; the latest {DISAGREEMENTS} are "
                  "shown and all are in the JSON export (its conflicts).",)
        latest = sorted(disagreements, key=lambda g: max(t.as_of or dt.date.min for t in g))
        disagreements = tuple(latest[-DISAGREEMENTS:])
    shown_context = context[-CONTEXT_ROWS:]
    shown_chronology = chronology[-CHRONOLOGY_ROWS:]
    charted = _chart_points(tallies, period)
    # Only what the document shows is cited: an article whose events the length limits
    # left out is "not-shown", not a source of the document.
    records: list[Event | Tally] = [*shown_chronology, *shown_context, *charted,
                                    *(t for g in glance for t in (g.latest, g.earlier) if t),
                                    *(t for group in disagreements for t in group)]
    def first_sources(record: Event | Tally) -> list[str]:
        ids = sorted({s.article for s in record.sources if s.article in scoped},
                     key=lambda i: (articles[i].published or dt.date.max, articles[i].path))
        return ids[:CITES]

    cited = {article for record in records for article in first_sources(record)}
    sources = tuple(sorted((articles[i] for i in cited),
                           key=lambda a: (a.published or dt.date.max, a.path)))
    briefing = Briefing(
        title=title, period=period,
        current_to=max((a.published for a in sources if a.published), default=period.end),
        extraction=extraction,
        key_points=(),
        chronology=shown_chronology, context=shown_context, tallies=charted,
        sources=sources, inputs=_statuses(extraction, scoped, cited, window_start, period),
        glance=glance, disagreements=disagreements, undated_events=undated,
        campaign_start=campaign_start, notes=notes,
    )
    points = key_points(briefing, briefing.source_numbers())
    return dataclasses.replace(briefing, key_points=points)


def _kinds(events: Iterable[Event]) -> str:
    counts = Counter(e.type for e in events)
    names = {"us_strike": "US strikes", "self_defense_strike": "self-defence strikes",
             "attack_on_us_forces": "attacks on US forces"}
    return ", ".join(f"{n} {names[k]}" for k, n in sorted(counts.items()))


def _bounds(chronology: tuple[Event, ...], context: tuple[Event, ...], tallies: tuple[Tally, ...],
            window_start: dt.date) -> tuple[str, ...]:
    """What the document leaves out to stay short, said in so many words."""
    notes = []
    if len(chronology) > CHRONOLOGY_ROWS:
        hidden = chronology[:-CHRONOLOGY_ROWS]
        notes.append(f"The chronology shows the latest {CHRONOLOGY_ROWS} of {len(chronology)} events "
                     f"in the period; {len(hidden)} earlier ones ({_kinds(hidden)}) are in the JSON export.")
    if len(context) > CONTEXT_ROWS:
        hidden = context[:-CONTEXT_ROWS]
        notes.append(f"Context shows the latest {CONTEXT_ROWS} earlier events; {len(hidden)} more since "
                     f"{window_start:%-d %b %Y} ({_kinds(hidden)}) are in the JSON export.")
    for metric in ("attacks", "injured", "killed"):
        count = sum(1 for t in tallies if t.metric == metric)
        if count > CHART_POINTS:
            notes.append(f"The {METRIC_WORDS[metric]} chart shows, for each start, the most precise "
                         "figure of each day in the period and the latest of each week before it; all "
                         f"{count} reported figures are in the JSON export.")
    return tuple(notes)


def _chart_points(tallies: tuple[Tally, ...], period: Period) -> tuple[Tally, ...]:
    """Every figure; for a crowded metric, per start, the most precise figure of each day in
    the period and the latest of each week before it."""
    kept: list[Tally] = []
    for metric in ("attacks", "injured", "killed"):
        mine = [t for t in tallies if t.metric == metric]
        if len(mine) <= CHART_POINTS:
            kept += mine
            continue
        best: dict[tuple[object, object], Tally] = {}
        def preference(t: Tally) -> tuple[int, int, int, str]:
            latest = -(t.as_of or dt.date.min).toordinal()
            return PRECISION[t.qualifier], latest, -len(t.sources), t.id

        for tally in sorted(mine, key=preference):
            day = tally.as_of
            bucket = day if day in period else day.isocalendar()[:2]  # type: ignore[union-attr]
            best.setdefault((bucket, tally.since), tally)
        kept += best.values()
    return tuple(sorted(kept, key=lambda t: (t.as_of, t.metric, t.id)))  # type: ignore[arg-type,return-value]


def _campaign_start(tallies: Iterable[Tally]) -> dt.date | None:
    """The start most figures count from: only figures from that start join into a series."""
    votes = Counter(t.since for t in tallies if t.since)
    return max(votes, key=lambda d: (votes[d], d)) if votes else None


def _glance(metric: str, tallies: tuple[Tally, ...], period: Period,
            start: dt.date | None) -> Glance | None:
    mine = [t for t in tallies if t.metric == metric]
    if not mine:
        return None
    latest = max(mine, key=lambda t: (t.as_of, t.since == start, t.value))
    series = [t for t in mine if t.since == latest.since and latest.since is not None]
    # Compared with a figure from before the period and before the latest itself: a latest
    # figure older than the period must not be compared with itself or its own day.
    before = [t for t in series if t.as_of and t.as_of < min(period.start, latest.as_of)]  # type: ignore[type-var,operator]
    earlier = max(before, key=lambda t: t.as_of) if before else None  # type: ignore[arg-type,return-value]
    return Glance(metric, latest, earlier)  # type: ignore[arg-type]


def _disagreements(tallies: tuple[Tally, ...]) -> tuple[tuple[Tally, ...], ...]:
    """Figures that cannot all be true: for the same day, or a running total that falls."""
    from .merge import interval

    groups: dict[str, list[Tally]] = {}
    for tally in tallies:
        if tally.conflict:
            groups.setdefault(tally.conflict, []).append(tally)
    found = [tuple(group) for _, group in sorted(groups.items())]
    # A running total below a figure given earlier from the same start: one pass per
    # series, against the highest lower bound seen so far.
    series: dict[tuple[str, dt.date], list[Tally]] = {}
    for tally in tallies:
        if tally.since and tally.as_of:
            series.setdefault((tally.metric, tally.since), []).append(tally)
    for figures in series.values():
        floor: Tally | None = None
        for tally in sorted(figures, key=lambda t: (t.as_of, t.id)):  # type: ignore[arg-type,return-value]
            if floor is not None and floor.as_of < tally.as_of and interval(tally)[1] < interval(floor)[0]:  # type: ignore[operator]
                found.append((floor, tally))
            if floor is None or interval(tally)[0] > interval(floor)[0]:
                floor = tally
    return tuple(found)


def _statuses(extraction: Extraction, scoped: set[str], cited: set[str],
              window_start: dt.date, period: Period) -> tuple[InputStatus, ...]:
    records: list[Event | Tally] = [*extraction.events, *extraction.undated, *extraction.tallies]
    reporting = {s.article for r in records for s in r.sources}
    statuses = []
    for article in extraction.articles:
        if article.duplicate_of:
            status, reason = "duplicate", f"a copy of {article.duplicate_of}; counted once"
        elif not article.english:
            status, reason = "other-language", "does not read as English; only English articles are analysed"
        elif article.published is None:
            status, reason = "undated", "no publication date found; add 'published:' front matter"
        elif article.id not in scoped:
            status, reason = "outside-period", (
                f"published {article.published:%-d %b %Y}, outside {window_start:%-d %b %Y} – "
                f"{period.end:%-d %b %Y}; its events and figures are not used")
        elif article.id not in cited and article.id in reporting:
            status, reason = "not-shown", ("reports events or figures, none of them in the document: its "
                                           "length limits (or an event without a day) left them out; "
                                           "all are in the JSON export")
        elif article.id not in cited:
            status, reason = "off-topic", "no attack, strike or campaign figure found in it"
        else:
            status, reason = "used", _dated_how(article)
        statuses.append(InputStatus(article.path, article.id, status, reason))  # type: ignore[arg-type]
    for problem in extraction.problems:
        if problem.kind != "warning":  # the file (or part of a feed) gave no article
            statuses.append(InputStatus(problem.path, None, problem.kind, problem.message))
    return tuple(sorted(statuses, key=lambda s: s.path))


def _dated_how(article: ArticleRecord) -> str:
    return {
        "front-matter": "dated by its front matter",
        "metadata": "dated by the page's or feed's metadata",
        "dateline": "dated by its date line",
        "body": "dated by a post embedded in it",
        "inferred": "date inferred from matching coverage",
        "unknown": "undated",
    }[article.published_basis]


def _cite(records: Iterable[Event | Tally], numbers: dict[str, int]) -> tuple[Citation, ...]:
    cited = {numbers[s.article]: s.article for r in records for s in r.sources if s.article in numbers}
    return tuple(Citation(n, cited[n]) for n in sorted(cited)[:CITES * 2])


def what_happened(event: Event) -> str:
    """One line from the record: "Attack on US forces at Al-Asad Airbase, Iraq, with a
    close-range ballistic missile"; only what the sources said, nothing added."""
    where = (f"at {', '.join(event.places)}, {event.country}" if event.places and event.country
             else f"in {event.country}" if event.country else "place not reported")
    if event.type == "attack_on_us_forces":
        text = f"Attack on US forces {where}"
        if event.weapons:
            text += ", with " + " and ".join(event.weapons) + ("s" if len(event.weapons) == 1 else "")
        if event.actors:
            text += f"; claimed by or attributed to {', '.join(event.actors)}"
        return text
    kind = "self-defence strike" if event.type == "self_defense_strike" else "strike"
    text = f"US {kind} {where.replace('at ', 'near ', 1)}"
    if event.weapons:
        text += f" by {', '.join(event.weapons)}"
    if event.actors:
        text += f" on sites or people of {', '.join(event.actors)}"
    return text


def figure_text(tally: Tally) -> str:
    """"approximately 66", "at least 46", "41"."""
    return f"{tally.value}" if tally.qualifier == "exact" else f"{tally.qualifier} {tally.value}"


def key_points(briefing: Briefing, numbers: dict[str, int]) -> tuple[KeyPoint, ...]:
    """Short sentences made from the records, each citing the articles it rests on."""
    points: list[KeyPoint] = []
    for line in briefing.glance:
        latest = line.latest
        since = f" since {latest.since:%-d %b %Y}" if latest.since else " (start not stated)"
        words = METRIC_WORDS[line.metric]
        text = (f"{words[:1].upper()}{words[1:]}{since}: {figure_text(latest)} "
                f"as of {latest.as_of:%-d %b}")  # type: ignore[union-attr]
        if latest.breakdown:
            text += " (" + ", ".join(f"{v} in {c}" for c, v in latest.breakdown) + ")"
        if line.earlier is not None:
            change = line.change or 0
            how = "up from" if change > 0 else "down from" if change < 0 else "unchanged from"
            text += f", {how} {figure_text(line.earlier)} on {line.earlier.as_of:%-d %b}"  # type: ignore[union-attr]
        cited = [latest] if line.earlier is None else [latest, line.earlier]
        points.append(KeyPoint(text + ".", _cite(cited, numbers)))
    for kind, verb in (("us_strike", "US strikes"), ("self_defense_strike", "US self-defence strikes"),
                       ("attack_on_us_forces", "Reported attacks on US forces")):
        events = [e for e in briefing.chronology if e.type == kind]
        if events:
            days = "; ".join(f"{e.date:%-d %b} in {e.country or 'place not given'}" for e in events)  # type: ignore[union-attr]
            points.append(KeyPoint(f"{verb} in the period ({describe(briefing.period)}): {days}.",
                                   _cite(events, numbers)))
    for group in briefing.disagreements:
        figures = ", ".join(figure_text(t) for t in group)
        points.append(KeyPoint(
            f"Sources disagree on {METRIC_WORDS[group[0].metric]} as of "
            f"{group[0].as_of:%-d %b}: {figures}.", _cite(group, numbers)))  # type: ignore[union-attr]
    return tuple(points[:6])
