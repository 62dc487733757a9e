"""Extraction + period -> :class:`~briefing.model.Briefing`: what the reader sees, and why.

Decides which inputs are used and which are not (and says why for each),
which events are in the period and which are earlier context, which figures
feed the charts, and writes the key points from the records themselves, each
with its citations.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from .compare import tolls, week_against_last
from .figures import chart_note, disagreements_of, figure_text, glance
from .model import (
    ArticleRecord,
    ArticleStatus,
    Briefing,
    BriefingNote,
    Citation,
    Event,
    Extraction,
    InputStatus,
    KeyPoint,
    Period,
    Statement,
    Tally,
)
from .names import KIND_NAMES, METRICS, PRECISION, StoryWords, dated_how, default_words
from .period import describe
from .rows import shown_figures

__all__ = ["assemble", "key_points", "what_happened"]
# A long period or a big archive must not make a 60-page document: beyond these the
# briefing shows the latest and says how many more are in the JSON export.
CHRONOLOGY_ROWS = 40
CONTEXT_ROWS = 12
CHART_POINTS = 60
DISAGREEMENTS = 15
STATEMENTS = 20  # claims and statements shown; all are in the JSON export
CITES = 4  # sources cited per item in the document; all of them are in the JSON export
# An article published this many days after the period is a source of the period's events it
# reports: a week briefed on Tuesday cites Monday's reports of Sunday's strike.
LATE_DAYS = 2


def assemble(extraction: Extraction, period: Period, title: str | None = None, context_days: int = 60,
             words: StoryWords | None = None) -> Briefing:
    """The briefing for ``period``; events up to ``context_days`` earlier are shown as context.
    ``words``: the story's (its profile's; the default profile's when None); ``title``: the
    story's title when None."""
    words = words or default_words()
    window_start = period.start - dt.timedelta(days=context_days)
    articles = {a.id: a for a in extraction.articles}

    dated_by_text = {s.article for e in extraction.events if e.date and window_start <= e.date <= period.end
                     for s in e.sources}
    dated_by_text |= {t.sources[0].article for t in extraction.tallies
                      if t.as_of_source and window_start <= t.as_of <= period.end}  # type: ignore[operator]

    def in_scope(article: ArticleRecord) -> bool:
        """Published in the window; or undated, with events its own text dates in the window."""
        if article.duplicate_of is not None:
            return False
        if article.published is None:
            return article.id in dated_by_text
        return window_start <= article.published <= period.end

    scoped = {a.id for a in extraction.articles if in_scope(a)}
    late = _late(extraction.articles, period)

    def sources_of(record: Event | Tally | Statement) -> set[str]:
        """The articles that may be cited for a record: those of the window, and for a record
        of the period also those published just after it."""
        day = record.as_of if isinstance(record, Tally) else record.date
        return {s.article for s in record.sources
                if s.article in scoped or (s.article in late and day in period)}

    def sourced(record: Event | Tally | Statement) -> bool:
        return bool(sources_of(record))

    events = [e for e in extraction.events if sourced(e)]
    chronology = tuple(e for e in events if e.date and e.date in period)
    # after the period: only what an article published in the window reports (an undated
    # article that tells a later day was written after the period; it is no report of it)
    after = tuple(e for e in events if e.date and e.date > period.end
                  and any(s.article in scoped and articles[s.article].published for s in e.sources))
    context = tuple(e for e in events if e.date and window_start <= e.date < period.start)
    known = scoped | {a.id for a in extraction.articles if a.duplicate_of is None
                      and a.published and a.published <= period.end}
    charted_events = (*(e for e in extraction.events if e.date and e.date < window_start
                        and any(s.article in known for s in e.sources)), *context, *chronology)
    undated = tuple(e for e in extraction.undated if sourced(e))
    tallies = tuple(sorted((t for t in extraction.tallies if sourced(t) and t.as_of
                            and t.as_of <= period.end), key=lambda t: (t.as_of, t.metric, t.id)))
    campaign_start = _campaign_start(tallies)
    glances = tuple(g for g in (glance(m, tallies, period, campaign_start)
                                for m in METRICS) if g)
    disagreements = tuple(disagreements_of(tallies, campaign_start, words.metric_words))
    notes = _bounds(chronology, context, tallies, window_start, words)
    if len(disagreements) > DISAGREEMENTS:
        notes += (BriefingNote("disagreements", f"{len(disagreements)} disagreements were found; the latest "
                               f"{DISAGREEMENTS} are shown and all are in the JSON export (its conflicts)."),)
        disagreements = disagreements[-DISAGREEMENTS:]
    statements = _statements(extraction, sourced, period, chronology, words.generic)
    if len(statements) > STATEMENTS:
        notes += (BriefingNote("statements", f"Claims and statements shows the latest {STATEMENTS} of "
                               f"{len(statements)}; all are in the JSON export (statements)."),)
        statements = statements[-STATEMENTS:]
    shown_context = context[-CONTEXT_ROWS:]
    shown_chronology = chronology[-CHRONOLOGY_ROWS:]
    charted = _chart_points(tallies, period)
    glances = tuple(dataclasses.replace(g, chart_note=chart_note(g, charted, campaign_start))
                    for g in glances)
    # Only what the document shows is cited: an article whose events the length limits
    # left out is "not-shown", not a source of the document.
    records: list[Event | Tally | Statement] = [
        *shown_chronology, *shown_context, *charted, *after, *statements,
        *(t for g in glances for t in (g.latest, g.earlier) if t),
        *(t for d in disagreements for t in d.tallies)]
    def first_sources(record: Event | Tally | Statement) -> list[str]:
        ids = sorted(sources_of(record),
                     key=lambda i: (articles[i].published or dt.date.max, articles[i].path))
        return ids[:CITES]

    counted = tolls(chronology, {a.id for a in extraction.articles if a.duplicate_of is not None})
    cited = {article for record in records for article in first_sources(record)}
    # each figure the table of dead and injured counts cites the report that gave it
    cited |= {c.source.article for toll in counted for _, _, c in toll.figures
              if c.source.article in scoped or c.source.article in late}
    cited |= _figure_sources((*shown_chronology, *shown_context, *after), cited, articles)
    sources = tuple(sorted((articles[i] for i in cited),
                           key=lambda a: (a.published or dt.date.max, a.path)))
    briefing = Briefing(
        title=title or words.title, period=period, words=words,
        current_to=_current_to(extraction, scoped, period),
        extraction=extraction,
        key_points=(),
        chronology=shown_chronology, context=shown_context, tallies=charted,
        sources=sources, inputs=_statuses(extraction, scoped | (late & cited), cited, window_start, period,
                                          {e.id for e in (*shown_chronology, *shown_context)}),
        glance=glances, disagreements=disagreements, undated_events=undated,
        campaign_start=campaign_start, notes=notes, after=after, statements=statements,
        charted_events=charted_events,
    )
    points = key_points(briefing, briefing.source_numbers())
    week = week_against_last(events, period, words)
    return dataclasses.replace(briefing, key_points=points, week=week, tolls=counted)


def _figure_sources(rows: Iterable[Event], cited: set[str],
                    articles: Mapping[str, ArticleRecord]) -> set[str]:
    """A source for each casualty figure a row shows that none of the cited reports gives: its
    first report ("40+ on 30 Jan" would otherwise stand without a number where the row cites only
    its first reports)."""
    more: set[str] = set()
    for event in rows:
        for giving in shown_figures(event):
            ids = {c.source.article for c in giving} & articles.keys()
            if ids and not ids & (cited | more):
                more.add(min(ids, key=lambda i: (articles[i].published or dt.date.max, articles[i].path)))
    return more


def _late(articles: Iterable[ArticleRecord], period: Period) -> set[str]:
    """Articles published up to ``LATE_DAYS`` after the period (sources of its events)."""
    last = period.end + dt.timedelta(days=LATE_DAYS)
    return {a.id for a in articles if a.published and period.end < a.published <= last
            and a.duplicate_of is None}


def _statements(extraction: Extraction, sourced: Callable[[Statement], bool], period: Period,
                chronology: Iterable[Event] = (), generic: Collection[str] = ()) -> tuple[Statement, ...]:
    """The period's claims and statements, oldest first. A denial that answers a claim is shown
    with that claim, not on its own. A claim or attribution whose day the text does not give is
    the period's when its sentence is the claim or blame of one of the period's events (a row that
    says "X claimed" has its claim listed here, "date unknown", placed at the event's day)."""
    told = {(n.source.article, n.source.start): e.date for e in chronology if e.date
            for n in (*e.details.claimed_by, *e.details.attributed_to)}
    acts: dict[tuple[str, int], set[str]] = {}  # of any row, the period's or an earlier one's
    for event in extraction.events:
        for named in (*event.details.claimed_by, *event.details.attributed_to):
            acts.setdefault((named.source.article, named.source.start), set()).add(event.id)

    def day(s: Statement) -> dt.date | None:
        return s.date or told.get((s.sources[0].article, s.sources[0].start))

    shown = (s for s in extraction.statements if sourced(s) and s.answers is None
             and (s.date in period or (s.date is None and day(s) is not None)))
    once = _told_once(_quoted_once(_by_name_once(_said_once(shown), generic)), acts)
    return tuple(sorted(once, key=lambda s: (day(s), s.kind, s.id)))


def _told_once(statements: Sequence[Statement], acts: Mapping[tuple[str, int], set[str]]) -> list[Statement]:
    """One item for one claim or one US attribution that several reports tell: a claim by one
    group, or an attribution to the same groups, whose sentences are the claim or blame of the same
    rows (``acts``: each claim's and blame's sentence, by article and start, and the ids of the rows
    it is read for). The item keeps the earliest day given, every report, and each voice that said
    it (``voices``, the earliest's first). A group's suspension of its operations that several
    reports of the period tell, on their own days, is one item too (a pause announced on Tuesday and
    retold on Wednesday is not a second pause). Another statement tied to no row is left as it is."""
    def key(s: Statement) -> tuple[str, ...] | None:
        rows = sorted({i for e in s.sources for i in acts.get((e.article, e.start), ())})
        if s.kind == "claim" and s.who:
            return ("claim", s.who, *rows) if rows else None
        if s.kind == "attribution" and s.attributed_to:
            return ("attribution", *sorted(s.attributed_to), "|", *rows) if rows else None
        if s.kind == "suspension" and s.who:  # a group's pause, retold by a later report, is one pause
            return ("suspension", s.who)
        return None

    at: dict[tuple[str, ...], int] = {}
    rows: list[Statement] = []
    for statement in sorted(statements, key=lambda s: (s.date is None, s.date or dt.date.min, s.id)):
        told = key(statement)
        if told is None:
            rows.append(statement)
        elif told not in at:
            at[told] = len(rows)
            rows.append(statement)
        else:
            held = _joined(rows[at[told]], statement)
            voices = tuple(dict.fromkeys(v for v in (*(held.voices or (held.who,)), statement.who) if v))
            rows[at[told]] = dataclasses.replace(held, voices=voices if len(voices) > 1 else ())
    return rows


# kinds a report may tell in several sentences of one saying ("suspends operations" in the headline,
# the lede and the quote); a claim, a denial or a casualty report is each its own (of one act, one figure)
RESTATED = frozenset({"suspension", "vow", "promise", "condemnation", "attribution"})


def _said_once(statements: Iterable[Statement]) -> list[Statement]:
    """One row per saying: an article's statements of one kind by one speaker on one day are one,
    with every sentence as its evidence (the first is the one quoted); an article's casualty
    reports by one named speaker on one day are one when they give the same figures (a summary
    and its body both telling "16 killed and 25 injured": one report, not two)."""
    kept: dict[tuple[str, ...], Statement] = {}
    rows: list[Statement] = []
    for statement in statements:
        key = _saying(statement)
        if key is None:
            rows.append(statement)
            continue
        held = kept.get(key)
        if held is None:
            kept[key] = statement
        else:
            kept[key] = _joined(held, statement)
    return rows + list(kept.values())


def _saying(statement: Statement) -> tuple[str, ...] | None:
    """What makes an article's statements one saying (:func:`_said_once`); None: each its own."""
    said = (statement.kind, statement.who or "", str(statement.date), statement.sources[0].article)
    if statement.kind in RESTATED:
        return said
    if statement.kind == "casualty-report" and statement.who:
        return (*said, *_FIGURES.findall(statement.sources[0].quote))
    return None


_FIGURES = re.compile(r"\d+")  # the figures a casualty report's sentence gives, in their order


def _joined(held: Statement, other: Statement) -> Statement:
    """``held`` with ``other``'s sentences as its evidence too, and both one's replies."""
    return dataclasses.replace(held, sources=(*held.sources, *other.sources),
                               replies=tuple(dict.fromkeys((*held.replies, *other.replies))))


def _by_name_once(statements: Sequence[Statement], generic: Collection[str]) -> list[Statement]:
    """A saying told once by the words for any group and once by its group's name, in one article,
    of one kind and on one day, is the named group's one row (a headline's "Iraqi militia claims
    attacks" over a lede naming the group that claims): when a single named group says that kind
    that day there, the generic one's sentences are its evidence too. Never a speaker not named."""
    def key(s: Statement) -> tuple[str, str, str]:
        return s.kind, str(s.date), s.sources[0].article

    named: dict[tuple[str, str, str], list[Statement]] = {}
    for statement in statements:
        if statement.who is not None and statement.who not in generic:
            named.setdefault(key(statement), []).append(statement)
    folded: dict[str, Statement] = {}
    rows = []
    for statement in statements:
        by = named.get(key(statement), [])
        if statement.who in generic and len(by) == 1:
            folded[by[0].id] = _joined(folded.get(by[0].id, by[0]), statement)
        else:
            rows.append(statement)
    return [folded.get(s.id, s) for s in rows]


QUOTED_WORDS = 10  # words of one sentence that make two reports' statements one saying (as rundates)


def _quoted_once(statements: Sequence[Statement]) -> list[Statement]:
    """One row for a saying that several reports quote word for word (ten words or more) as the
    same speaker's, of the same kind: a later report printing the president's words of Friday is
    no new promise on its own day. The row keeps the earliest day given and every report."""
    def words(s: Statement) -> tuple[str, ...]:
        return tuple(re.findall(r"\w+", s.sources[0].quote.lower()))

    at: dict[tuple[str, str, tuple[str, ...]], int] = {}  # each saying's row
    rows: list[Statement] = []
    for statement in sorted(statements, key=lambda s: (s.date is None, s.date or dt.date.min, s.id)):
        said = words(statement)
        key = (statement.kind, statement.who or "", said)
        if len(said) < QUOTED_WORDS or statement.who is None:
            rows.append(statement)
        elif key not in at:
            at[key] = len(rows)
            rows.append(statement)
        else:
            rows[at[key]] = _joined(rows[at[key]], statement)
    return rows


def _current_to(extraction: Extraction, scoped: set[str], period: Period) -> dt.date | None:
    """The newest publication date inside the period among the inputs used; never outside it."""
    days = [a.published for a in extraction.articles
            if a.id in scoped and a.published and a.published in period]
    return max(days, default=None)


def _kinds(events: Iterable[Event], words: StoryWords) -> str:
    counts = Counter(e.type for e in events)
    return ", ".join(words.counted(k, n) for k, n in sorted(counts.items()))


def _bounds(chronology: tuple[Event, ...], context: tuple[Event, ...], tallies: tuple[Tally, ...],
            window_start: dt.date, words: StoryWords) -> tuple[BriefingNote, ...]:
    """What the document leaves out to stay short, said in so many words."""
    notes: list[BriefingNote] = []
    if len(chronology) > CHRONOLOGY_ROWS:
        hidden = chronology[:-CHRONOLOGY_ROWS]
        notes.append(BriefingNote("chronology", f"The chronology shows the latest {CHRONOLOGY_ROWS} of "
                                  f"{len(chronology)} events in the period; {len(hidden)} earlier ones "
                                  f"({_kinds(hidden, words)}) are in the JSON export."))
    if len(context) > CONTEXT_ROWS:
        hidden = context[:-CONTEXT_ROWS]
        notes.append(BriefingNote("chronology", f"Context shows the latest {CONTEXT_ROWS} earlier events; "
                                  f"{len(hidden)} more since {window_start:%-d %b %Y} "
                                  f"({_kinds(hidden, words)}) are in the JSON export."))
    for metric in METRICS:
        count = sum(1 for t in tallies if t.metric == metric)
        if count > CHART_POINTS:
            notes.append(BriefingNote("charts", f"The {words.metric_words[metric]} chart shows, for each "
                                      "start, the most precise figure of each day in the period and the "
                                      f"latest of each week before it; all {count} reported figures are in "
                                      "the JSON export."))
    return tuple(notes)


def _chart_points(tallies: tuple[Tally, ...], period: Period) -> tuple[Tally, ...]:
    """Every figure; for a crowded metric, per start, the most precise figure of each day in
    the period and the latest of each week before it."""
    kept: list[Tally] = []
    for metric in METRICS:
        mine = [t for t in tallies if t.metric == metric]
        if len(mine) <= CHART_POINTS:
            kept += mine
            continue
        best: dict[tuple[object, object], Tally] = {}
        def preference(t: Tally) -> tuple[int, int, int, str]:
            latest = -(t.as_of or dt.date.min).toordinal()
            return PRECISION[t.qualifier], latest, -len(t.sources), t.id

        for tally in sorted(mine, key=preference):
            day = tally.day
            bucket = day if day in period else day.isocalendar()[:2]
            best.setdefault((bucket, tally.since), tally)
        kept += best.values()
    return tuple(sorted(kept, key=lambda t: (t.day, t.metric, t.id)))


def _campaign_start(tallies: Iterable[Tally]) -> dt.date | None:
    """The start most figures count from: only figures from that start join into a series."""
    votes = Counter(t.since for t in tallies if t.since and t.source_kind in ("official", "outlet"))
    return max(votes, key=lambda d: (votes[d], d)) if votes else None


def _statuses(extraction: Extraction, scoped: set[str], used: set[str],
              window_start: dt.date, period: Period, shown: frozenset[str] | set[str] = frozenset(),
              ) -> tuple[InputStatus, ...]:
    """How each input was used; an article is "off-topic" only when nothing of the campaign was
    found in it at all, and "not-used" says what was found and why it is not in the briefing.
    ``shown``: the ids of the events the document shows (an article supporting one of them
    beyond the reports its row numbers is counted in that row, not left out)."""
    found = _found(extraction)
    period_notes: dict[str, str] = {}  # looked up per article: a scan of every problem each was quadratic
    for problem in extraction.problems:
        if problem.stage == "period":
            period_notes[problem.path] = period_notes.get(problem.path, "") + f"; {problem.message}"
    statuses = []
    updated_by = {a.update_of: a.id for a in extraction.articles if a.update_of}
    for article in extraction.articles:
        status, reason = _status(article, scoped, used, found.get(article.id, ()), window_start, period)
        if status == "not-shown":
            reason = _counted_in_rows(found.get(article.id, ()), shown) or reason
        reason += period_notes.get(article.path, "") + _copies(article, updated_by)
        if not article.english and status != "other-language":
            reason += "; not in English: only its dated attacks and strikes were read"
        statuses.append(InputStatus(article.path, article.id, status, reason))
    for problem in extraction.problems:
        if problem.kind != "warning":  # the file (or part of a feed) gave no article
            statuses.append(InputStatus(problem.path, None, problem.kind, problem.message))
    return tuple(sorted(statuses, key=lambda s: s.path))


def _copies(article: ArticleRecord, updated_by: dict[str, str]) -> str:
    """Which of two runs of one story is newer, when the later one adds or changes a fact."""
    if article.update_of:
        return (f"; the newer copy of {article.update_of}: it adds or changes facts, which count; the "
                "facts both give are counted once")
    if article.id in updated_by:
        return f"; an older copy: {updated_by[article.id]} is a newer run of it that adds or changes facts"
    return ""


def _found(extraction: Extraction) -> dict[str, list[Event | Tally]]:
    """Every record an article is a source of, whether or not the briefing shows it."""
    found: dict[str, list[Event | Tally]] = {}
    records: list[Event | Tally] = [*extraction.events, *extraction.undated, *extraction.tallies]
    for record in records:
        for article in {s.article for s in record.sources}:
            found.setdefault(article, []).append(record)
    return found


def _status(article: ArticleRecord, scoped: set[str], used: set[str], found: Iterable[Event | Tally],
            window_start: dt.date, period: Period) -> tuple[ArticleStatus, str]:
    if article.duplicate_of:
        return "duplicate", f"a copy of {article.duplicate_of}; counted once, cited beside it"
    if not article.english and article.id not in used:
        return "other-language", ("does not read as English: in other languages only dated attacks and "
                                  "strikes are read, and none of the period was found in it")
    if article.published is None and article.id in used:
        return "used", _undated_use(found)
    if article.published is None:
        return "undated", "no publication date found; add 'published:' front matter" + _what(found)
    if article.id not in scoped:
        return "outside-period", (f"published {article.published:%-d %b %Y}, "
                                  f"outside {window_start:%-d %b %Y} – "
                                  f"{period.end:%-d %b %Y}; its events and figures are not used")
    if article.id in used and article.published > period.end:
        return "used", (f"published {article.published:%-d %b %Y}, after the period: cited for the "
                        "events in the period it reports")
    if article.id in used:
        return "used", dated_how(article.published_basis)
    records = list(found)
    if not records:
        return "off-topic", "no attack, strike or campaign figure found in it"
    if any(isinstance(r, Event) and r.date and window_start <= r.date <= period.end for r in records):
        return "not-shown", ("reports events in the period" + _what(records)
                             + "; the document's length limits left them out: all are in the JSON export")
    what = _what(records).removeprefix("; ")  # "found 2 events, 1 figure"
    return "not-used", what + "; none is in this briefing" + _why(records, period)


def _counted_in_rows(records: Iterable[Event | Tally], shown: frozenset[str] | set[str]) -> str:
    """Why a report of an event the chronology shows has no number: the row numbers only its
    first reports and counts the others ("24 reports: [1]–[4] and 20 more in the JSON export")."""
    rows = sorted({r.date for r in records if isinstance(r, Event) and r.id in shown and r.date})
    if not rows:
        return ""
    days = " and ".join(f"{d:%-d %b}" for d in rows)
    which = "the event of" if len(rows) == 1 else "events of"
    return (f"reports {which} {days} that the chronology shows; the source list numbers each "
            f"item's first {CITES} reports, so its row counts this one among the others: all are in "
            "the JSON export")


def _undated_use(found: Iterable[Event | Tally]) -> str:
    """Why an undated article's records could be used: its own words, or another article's."""
    if any(r.date_source if isinstance(r, Event) else r.as_of_source for r in found):
        return ("undated; events or figures it shares word for word with a dated article of the run "
                "take their days from it (see each event's note)")
    return "undated, but its own text dates the events used (see each event's note)"


def _what(records: Iterable[Event | Tally]) -> str:
    """"; found 2 undated mentions, 1 figure" (empty when nothing was found)."""
    counts = Counter("undated mention" if isinstance(r, Event) and r.date is None
                     else "event" if isinstance(r, Event) else "figure" for r in records)
    if not counts:
        return ""
    return "; found " + ", ".join(f"{n} {w}{'s' if n > 1 else ''}" for w, n in sorted(counts.items()))


def _why(records: list[Event | Tally], period: Period) -> str:
    reasons = []
    if any(isinstance(r, Event) and r.date is None for r in records):
        reasons.append("mentions whose day could not be read are listed in the appendix")
    if any(isinstance(r, Event) and r.date and r.date not in period for r in records):
        reasons.append("its events are before the period and the context window")
    if any(isinstance(r, Tally) and r.source_kind in ("claim", "monitor") for r in records):
        reasons.append("its figures are a group's claim or a monitor's count")
    return f" ({'; '.join(reasons)})" if reasons else ""


def _cite(records: Iterable[Event | Tally], numbers: dict[str, int]) -> tuple[Citation, ...]:
    cited = {numbers[s.article]: s.article for r in records for s in r.sources if s.article in numbers}
    return tuple(Citation(n, cited[n]) for n in sorted(cited)[:CITES * 2])


def _who(event: Event) -> str:
    """Who did it, as the reports tell it: a claim shown as a claim, a blame as a blame, and
    groups only named with the act as no more than that."""
    details = event.details
    said = [*([f"attributed to {', '.join(dict.fromkeys(n.name for n in details.attributed_to))}"]
              if details.attributed_to else []),
            *([f"{', '.join(dict.fromkeys(n.name for n in details.claimed_by))} claimed"]
              if details.claimed_by else [])]
    if not said and event.actors:
        said = [f"groups named in reports: {', '.join(event.actors)}"]
    return "".join(f"; {s}" for s in said)


def what_happened(event: Event, words: StoryWords | None = None) -> str:
    """One line from the record: "Attack on US forces at Al-Asad Airbase, Iraq, with a
    close-range ballistic missile"; only what the sources said, nothing added."""
    words = words or default_words()
    label = words.label(event.type)
    where = (f"at {', '.join(event.places)}, {event.country}"
             if event.places and event.country and event.places != (event.country,)
             else f"in {event.country}" if event.country else "(place not reported)")
    if words.act(event.type) != "strike":
        text = f"{label} {where}"
        if event.weapons:
            text += ", with " + " and ".join(event.weapons) + ("s" if len(event.weapons) == 1 else "")
        return text + _who(event)
    text = f"{label} {where.replace('at ', 'near ', 1)}"
    if event.weapons:
        text += f" by {', '.join(event.weapons)}"
    if event.actors:
        text += f" on sites or people of {', '.join(event.actors)}"
    return text


def _days_and_places(events: Sequence[Event], place: Callable[[str], str]) -> list[str]:
    """Each day and place of the rows once, in their order, with how many rows it has when more than
    one ("25 Dec in Syria (2)": two bases hit that day)."""
    told = Counter(f"{e.day:%-d %b} in {place(e.country)}" if e.country
                   else f"{e.day:%-d %b}, place not given" for e in events)
    return [f"{day} ({count})" if count > 1 else day for day, count in told.items()]


def key_points(briefing: Briefing, numbers: dict[str, int]) -> tuple[KeyPoint, ...]:
    """Short sentences made from the records, each citing the articles it rests on."""
    points: list[KeyPoint] = []
    for line in briefing.glance:
        latest = line.latest
        since = f" since {latest.since:%-d %b %Y}" if latest.since else " (start not stated)"
        words = briefing.said.metric_words[line.metric]
        text = (f"{words[:1].upper()}{words[1:]}{since}: {figure_text(latest)} "
                f"as of {latest.day:%-d %b}")
        if latest.breakdown:
            text += " (" + ", ".join(f"{v} in {briefing.said.place(c)}" for c, v in latest.breakdown) + ")"
        if latest.source_kind != "official":  # whose count, as the table says: never read as the command's
            text += f" ({KIND_NAMES[latest.source_kind]})"
        if line.earlier is not None:
            change = line.change or 0
            how = "up from" if change > 0 else "down from" if change < 0 else "unchanged from"
            text += f", {how} {figure_text(line.earlier)} on {line.earlier.day:%-d %b}"
        cited = [latest] if line.earlier is None else [latest, line.earlier]
        points.append(KeyPoint(text + ".", _cite(cited, numbers)))
    for kind, verb in briefing.said.headings.items():
        events = [e for e in briefing.chronology if e.type == kind]
        if events:
            days = "; ".join(_days_and_places(events, briefing.said.place))
            points.append(KeyPoint(f"{verb} in the period ({describe(briefing.period)}): {days}.",
                                   _cite(events, numbers)))
    for disagreement in briefing.disagreements:  # the period's: an older one is in its own section
        if any(t.day in briefing.period for t in disagreement.tallies):
            points.append(KeyPoint(disagreement.text, _cite(disagreement.tallies, numbers)))
    return tuple(points[:6])
