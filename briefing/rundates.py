"""Time across the run: an undated article that quotes a dated article of the same run word for
word takes its days from it, and says so.

Syndicated and wire copies often lose their date line while another outlet of the same run,
dated, quotes the same statement or the same official's figure. The words they share tell the
same event or give the same figure, so the dated article's day is theirs. Only a long run of
identical words counts: ``RUN`` words inside the undated article's quotation marks, or
``LONG_RUN`` words anywhere (a wire's sentence told again), punctuation and the dots of "U.S."
aside (a wire's stock description of a base, some 16 words, is neither), only between records
of the same kind (an attack with an attack, a figure with the same metric and value), and only
when every dated record sharing words gives one day, and that day is not another weekday than
the one the undated record names: otherwise the record stays undated, with the reason. No
publication date is ever set from this.

A statement told again in other words often keeps its counts: "at least eight drones, five
anti-ship ballistic missiles and three anti-ship cruise missiles" is one act's inventory, however
each outlet words the rest. Three different counts in a row, the same three in the same order in
an act's sentence (``COUNTS``), date an undated act of exactly the same kind the same way (basis
``run-counts``): one day among the dated acts sharing them, and no other weekday named.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

from .model import ArticleRecord, DateBasis, Event, Problem, Tally
from .names import StoryWords, default_words
from .rules import Rules, grammar

if TYPE_CHECKING:
    from .topic import KnownEvent

# An undated article's act dated by its own text, with a year it writes or a known event's day: as
# good an anchor for the run as a dated article's (most clippings of a run carry no date line). A
# known event's day only for the sentences that tell that event: an article's record of it may
# gather sentences of the next day's act too ("the strikes came a day after <the known strikes>")
SELF_DATED = ("written", "named-event")
RUN = 10  # identical words in a row: a quoted statement, not a stock phrase ("attacks on U.S. forces")
LONG_RUN = 24  # identical words in a row outside quotation marks: the same wire sentence
_WORD = re.compile(r"[a-z0-9]+")
# "She said the attacks have resulted in approximately 62 injuries": the speaker of the figure
# just before goes on, at the same briefing
_GOES_ON = re.compile(r"\s*[\"“]?(?:She|He|They)\s+(?:said|added)\b")
_NEXT_TO = 3  # characters between one figure's sentence and the next one's


@dataclass(frozen=True)
class _Dated:
    """A dated record of a dated article: its day and the article."""

    day: dt.date
    article: str
    kind: str  # an event's family ("attack" or "strike") or a figure's "metric:value"
    country: str | None = None


def runs(quote: str, size: int = RUN) -> set[int]:
    """The hashes of the quote's runs of ``size`` words ("U.S." and "US" are one word)."""
    words = _WORD.findall(quote.lower().replace(".", ""))
    return {hash((size, *words[i:i + size])) for i in range(len(words) - size + 1)}


_QUOTED = re.compile(r"[“\"]([^”\"]{20,})(?:[”\"]|$)")


def quoted_runs(sentence: str) -> set[int]:
    """:func:`runs` of the words a sentence puts inside quotation marks, and its long runs."""
    return {run for match in _QUOTED.finditer(sentence) for run in runs(match.group(1))} | runs(sentence,
                                                                                                LONG_RUN)


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


_EVENTS = Rules(grammar("events"))  # the events' grammar: the counts of an act's inventory
COUNTS = 3  # different counts in a row: two ("two drones and three missiles") are common to many acts
# a count: a number of two or more right before the things it counts ("eight drones", "15 targets");
# never a clock time, a distance, a span of time, a day of a month ("November 11, US forces"), nor a
# part of a whole told before ("three rockets, two of which"; "three bases, two located in Iraq"):
# "three ..., two ... and one ..." is the breakdown of many a sentence, not an inventory
_COUNT = _EVENTS.pattern("inventory_count")
# a count's word and its value: the list runs in order from two
_COUNT_WORDS = {word: n for n, word in enumerate(_EVENTS.grammar.lists["inventory_count_words"], start=2)}
_MONTH_BEFORE = _EVENTS.pattern("month_before")  # "November 11, US forces": a day, not a count


def count_runs(sentence: str, kind: str) -> set[int]:
    """The hashes of each ``COUNTS`` different counts in a row that the sentence gives, with the
    act's kind: "eight drones, five anti-ship ballistic missiles and three ..." gives (8, 5, 3)."""
    counts = [int(m["n"]) if m["n"].isdigit() else _COUNT_WORDS[m["n"].lower()]
              for m in _COUNT.finditer(sentence)
              if not _MONTH_BEFORE.search(sentence, max(0, m.start() - 10), m.start())]
    return {hash(("counts", kind, *counts[i:i + COUNTS])) for i in range(len(counts) - COUNTS + 1)
            if len(set(counts[i:i + COUNTS])) == COUNTS}


def _weekday_fits(quotes: Iterable[str], day: dt.date) -> bool:
    """No weekday the record names is other than the day's, or the day before's (US time)."""
    fits = {_WEEKDAYS[day.weekday()], _WEEKDAYS[day.weekday() - 1]}
    return all(m.group(1) in fits for quote in quotes for m in _WEEKDAY.finditer(quote))


def _family(kind: str, words: StoryWords) -> str:
    """The act a kind is read from: a strike's words never date an attack."""
    return words.act(kind)


def date_from_run(articles: Sequence[ArticleRecord], events: Sequence[Event], tallies: Sequence[Tally],
                  words: StoryWords | None = None, known: Sequence[KnownEvent] = ()
                  ) -> tuple[list[Event], list[Tally], list[Problem]]:
    """Undated articles' undated events and figures dated by the words a dated article of the
    run shares with them (see the module's docstring); the rest as they were. ``words``: the
    story's (the default profile's when None); ``known``: its known events (an undated article's
    sentence telling one is an anchor, :data:`SELF_DATED`)."""
    words = words or default_words()
    undated = {a.id for a in articles if a.published is None and a.duplicate_of is None}
    if not undated or not (any(e.date is None and e.sources[0].article in undated for e in events)
                           or any(t.as_of is None and t.sources[0].article in undated for t in tallies)):
        return list(events), list(tallies), []  # most runs: every article dated
    wanted = _wanted(events, tallies, undated)
    index = _index(events, tallies, undated, wanted, words, {event.name: event for event in known})
    names = {a.id: a for a in articles}
    dated_events = [_event(e, index, names, words) if e.sources[0].article in undated and e.date is None
                    else e for e in events]
    dated_tallies = _tallies(tallies, index, undated, names)
    anchors = _anchors(dated_events, dated_tallies, undated, names)
    dated_events = _at_anchor_sites(dated_events, anchors, names, words)
    problems = _problems(names, undated, [*dated_events, *dated_tallies])
    return dated_events, dated_tallies, problems


def _wanted(events: Iterable[Event], tallies: Iterable[Tally], undated: set[str]) -> set[int]:
    """The word runs of the undated articles' records that lack a day."""
    found: set[int] = set()
    records: list[Event | Tally] = [*events, *tallies]
    for record in records:
        day = record.date if isinstance(record, Event) else record.as_of
        if day is None and record.sources[0].article in undated:
            for source in record.sources:
                found |= quoted_runs(source.quote)
                if isinstance(record, Event):
                    found |= count_runs(source.quote, record.type)
    return found


def _index(events: Iterable[Event], tallies: Iterable[Tally], undated: set[str],
           wanted: set[int], words: StoryWords, known: Mapping[str, KnownEvent]) -> dict[int, list[_Dated]]:
    """For each wanted word run, the dated records of dated articles (or sentences an undated one
    dates by itself) whose evidence holds it."""
    index: dict[int, list[_Dated]] = {}
    for event in events:
        if event.date is not None:
            for source in event.sources:
                if source.article not in undated or _self_dated(event, source.quote, known):
                    entry = _Dated(event.date, source.article, _family(event.type, words), event.country)
                    for run in (_both(source.quote) | count_runs(source.quote, event.type)) & wanted:
                        index.setdefault(run, []).append(entry)
    for tally in tallies:
        source = tally.sources[0]
        if tally.as_of is not None and source.article not in undated:
            entry = _Dated(tally.as_of, source.article, f"{tally.metric}:{tally.value}")
            for run in _both(source.quote) & wanted:
                index.setdefault(run, []).append(entry)
    return index


def _self_dated(event: Event, quote: str, known: Mapping[str, KnownEvent]) -> bool:
    """Whether an undated article's sentence has its act's day from the article's own text."""
    if event.date_basis == "named-event":
        named = known.get(event.named_event or "")
        return named is not None and named.told_in(quote)
    return event.date_basis in SELF_DATED


def _both(quote: str) -> set[int]:
    return runs(quote) | runs(quote, LONG_RUN)


def _matches(quotes: Iterable[str], index: Mapping[int, list[_Dated]], kind: str,
             country: str | None = None) -> list[_Dated]:
    return [d for quote in quotes for run in quoted_runs(quote) for d in index.get(run, ())
            if d.kind == kind and (country is None or d.country in (None, country))]


# (said in notes; a day of any of these bases must fit the page's own running figures: _check_run_day)
_SHARED: Mapping[str, str] = {"run": "the same words", "run-counts": "the same counts",
                              "run-site": "the same act at the same site"}


def _event(event: Event, index: Mapping[int, list[_Dated]], names: Mapping[str, ArticleRecord],
           words: StoryWords) -> Event:
    quotes = [s.quote for s in event.sources]
    family = _family(event.type, words)
    mine = event.sources[0].article
    found = [d for d in _matches(quotes, index, family, event.country) if d.article != mine]
    basis: DateBasis = "run"
    if not found:  # the same act's counts, told in other words
        found = [d for quote in quotes for run in count_runs(quote, event.type) for d in index.get(run, ())
                 if d.kind == family and event.country in (None, d.country) and d.article != mine]
        basis = "run-counts"
    shared = _SHARED[basis]
    days = sorted({d.day for d in found})
    if not days:
        return event
    if len(days) > 1:
        shown = " and ".join(f"{d:%-d %b %Y}" for d in days)
        return dataclasses.replace(event, date_note=(f"dated articles of this run giving {shared} "
                                                     f"give {shown}: left undated"))
    if not _weekday_fits(quotes, days[0]):
        return dataclasses.replace(event, date_note=(f"an article of this run giving {shared} dates "
                                                     f"them {days[0]:%-d %b %Y}, another weekday than this "
                                                     "one names: left undated"))
    source = min(d.article for d in found)  # the first by id: never the order of a set of hashes
    how = "quotes the same words word for word" if basis == "run" else "gives the same counts"
    note = f"the article is undated; {_named(names[source])} {how} and dates them {days[0]:%-d %b %Y}"
    return dataclasses.replace(event, date=days[0], date_precision="day", date_note=note, date_basis=basis,
                               date_anchor=days[0], date_offset=0, date_source=source)


# --- The same act in the article an undated one quotes ------------------------------------------
# An undated copy that quotes a dated article of the run word for word (its figures or its strikes
# took their days from it) tells the same news: an act it tells at a named site with a means the
# dated article also gives there ("a close-range ballistic missile at <a base>", "two close-range
# ballistic missiles at <the base>") is the dated article's act, told in other words. Only the
# articles it quotes are asked, never the run at large: a base is hit again and again (an earlier
# session's join of undated acts by weekday and site over the run was wrong 4 times in 10).


def _anchors(events: Iterable[Event], tallies: Iterable[Tally], undated: set[str],
             names: Mapping[str, ArticleRecord]) -> dict[str, set[str]]:
    """For each undated article, the dated articles of the run whose words it quotes word for word
    (those its records took days from by basis ``run``, or its figures by their words)."""
    found: dict[str, set[str]] = {}
    records: list[Event | Tally] = [*events, *tallies]
    for record in records:
        if isinstance(record, Event):
            source = record.date_source if record.date_basis == "run" else None
        else:
            source = record.as_of_source
        article = record.sources[0].article
        if source is not None and article in undated and names[source].published is not None:
            found.setdefault(article, set()).add(source)
    return found


def _at_anchor_sites(events: list[Event], anchors: Mapping[str, set[str]], names: Mapping[str, ArticleRecord],
                     words: StoryWords) -> list[Event]:
    """Undated acts at a named site of undated articles with anchors, dated by the one act of the
    same family and country at that site, with a means in common, that the anchors date."""
    quoted = {anchor for found in anchors.values() for anchor in found}
    acts: dict[tuple[str, str], list[Event]] = {}  # (anchor article, family) -> its dated acts at a site
    for event in events:
        if event.date is not None and event.details.site is not None and event.sources[0].article in quoted:
            acts.setdefault((event.sources[0].article, _family(event.type, words)), []).append(event)
    if not acts:
        return events
    return [_at_anchor_site(e, anchors[e.sources[0].article], acts, names, words)
            if e.date is None and e.sources[0].article in anchors else e for e in events]


def _at_anchor_site(event: Event, anchors: set[str], acts: Mapping[tuple[str, str], list[Event]],
                    names: Mapping[str, ArticleRecord], words: StoryWords) -> Event:
    site = event.details.site
    if site is None or not event.weapons:
        return event
    family = _family(event.type, words)
    same = [act for anchor in sorted(anchors) for act in acts.get((anchor, family), ())
            if act.details.site is not None and act.details.site.name == site.name
            and set(act.weapons) & set(event.weapons) and event.country in (None, act.country)]
    days = sorted({act.day for act in same})
    if len(days) != 1 or not _weekday_fits([s.quote for s in event.sources], days[0]):
        return event
    anchor = same[0].sources[0].article
    note = (f"the article is undated; {_named(names[anchor])}, whose words it quotes word for word, dates "
            f"the act at {site.name} with the same means {days[0]:%-d %b %Y}")
    return dataclasses.replace(event, date=days[0], date_precision="day", date_note=note,
                               date_basis="run-site", date_anchor=days[0], date_offset=0, date_source=anchor)


def _tallies(tallies: Sequence[Tally], index: Mapping[int, list[_Dated]], undated: set[str],
             names: Mapping[str, ArticleRecord]) -> list[Tally]:
    """Figures that share their words with a dated figure take its day; the next figure of the
    same speaker ("She said ...", right after it) takes the same day."""
    kept: list[Tally] = []
    placed: dict[str, list[Tally]] = {}  # by article, the kept figures that took a run's day
    for tally in tallies:
        source = tally.sources[0]
        if tally.as_of is not None or source.article not in undated:
            kept.append(_noted(tally, placed))
            continue
        found = _matches([source.quote], index, f"{tally.metric}:{tally.value}")
        days = {d.day for d in found}
        if len(days) == 1:
            (day,) = days
            first = min(d.article for d in found)  # by id: never the order of a set of hashes
            kept.append(_noted(dataclasses.replace(tally, as_of=day, as_of_source=first), placed))
            continue
        # the article's own figures only: looking back over every kept figure grew with the
        # square of the run (89 s of an unchanged re-run of 10,000 clippings, profiled)
        before = next((t for t in reversed(placed.get(source.article, ()))
                       if 0 <= source.start - t.sources[0].end <= _NEXT_TO), None)
        if before is not None and _GOES_ON.match(source.quote):
            moved = dataclasses.replace(tally, as_of=before.as_of, as_of_source=before.as_of_source)
            kept.append(_noted(moved, placed))
        else:
            kept.append(_noted(tally, placed))
    return kept


def _noted(tally: Tally, placed: dict[str, list[Tally]]) -> Tally:
    """``tally``, remembered under its article when it has a run's day (``as_of_source``)."""
    if tally.as_of_source:
        placed.setdefault(tally.sources[0].article, []).append(tally)
    return tally


def _named(article: ArticleRecord) -> str:
    when = f" of {article.published:%-d %b %Y}" if article.published else ""
    return f"{article.outlet or article.path}{when}"


def _problems(names: Mapping[str, ArticleRecord], undated: set[str],
              records: Iterable[Event | Tally]) -> list[Problem]:
    """One line per undated article that took days from another: where its time comes from."""
    sources: dict[str, set[str]] = {}
    for record in records:
        other = record.date_source if isinstance(record, Event) else record.as_of_source
        if other is not None and record.sources[0].article in undated:
            sources.setdefault(record.sources[0].article, set()).add(other)
    return [Problem(names[article].path, "dates",
                    "no publication date; its events and figures that share words with "
                    + ", ".join(_named(names[o]) for o in sorted(others))
                    + " take their days from it (the same statement, word for word or by its counts); "
                    "the publication date stays unknown")
            for article, others in sorted(sources.items())]


# --- The run's running figures and named events -------------------------------------------------
# An undated article that gives a running figure ("52 attacks since Oct. 17") can only have been
# written after the run's dated articles gave a smaller one and before they gave a larger: the
# campaign's counts only grow. That window fixes the year of a day it names without one, and the
# day of an act at a named site that a dated article of the run reports inside the window.
MARGIN = 0.05  # a share of the figure: outlets round and count a little apart on the same day
MIN_MARGIN = 2
WIDEST = 60  # days: a wider window fixes nothing
BEFORE_WINDOW = 180  # days: how long before the window a day without its year may lie
# days: a base is hit again and again, so a site dates an act only from a narrow window (the
# run's dated reports of a week cover it; those of a month do not)
SITE_WINDOW = 10
_SERIES_METRICS = ("attacks", "injured")
_PLACING = "attacks"  # the metric whose window alone places an undated article


@dataclass(frozen=True)
class Window:
    """The days an undated article was written in, as the run's dated running figures bound it:
    after ``first`` (a smaller figure of ``source``) and not after ``last`` (a larger one)."""

    first: dt.date
    last: dt.date
    source: str


def figure_windows(articles: Sequence[ArticleRecord], tallies: Sequence[Tally]) -> dict[str, Window | str]:
    """For each undated article with a running figure the run's dated figures bound on both sides:
    its window, or the reason there is none (its figures' windows do not meet)."""
    undated = {a.id for a in articles if a.published is None and a.duplicate_of is None}
    points: dict[str, list[tuple[int, dt.date, str]]] = {}
    for tally in tallies:
        article = tally.sources[0].article
        if tally.as_of is not None and article not in undated and _counts(tally):
            points.setdefault(tally.metric, []).append((tally.value, tally.as_of, article))
    series = {metric: _Series(found) for metric, found in points.items()}
    found: dict[str, Window | str] = {}
    placing: set[str] = set()
    for tally in tallies:
        article = tally.sources[0].article
        if article not in undated or tally.as_of is not None or not _counts(tally):
            continue
        window = series[tally.metric].window(tally.value) if tally.metric in series else None
        before = found.get(article)
        if window is None or isinstance(before, str):
            continue
        found[article] = window if before is None else _meet(before, window)
        if tally.metric == _PLACING:
            placing.add(article)
    # an injured count narrows or contradicts the attacks' window, never places an article alone:
    # outlets repeat one attack's injured for weeks, and a disclosure may double the count at once
    # ("more than twice the figure disclosed"), so the run's injured do not grow with its days
    return {article: window for article, window in found.items()
            if article in placing or isinstance(window, str)}


def _counts(tally: Tally) -> bool:
    return tally.metric in _SERIES_METRICS and tally.source_kind != "claim"


class _Series:
    """One metric's dated figures, sorted by value, with the latest day (and its article) of
    every figure up to each place and the earliest day of every figure from it on: each
    undated figure's window is then two binary searches, not a pass over the run's figures
    (quadratic on an archive: 4.1 s of a 10,000-clipping re-run)."""

    def __init__(self, points: Sequence[tuple[int, dt.date, str]]) -> None:
        ordered = sorted(points)
        self.values = [value for value, _, _ in ordered]
        self.latest: list[tuple[dt.date, str]] = list(accumulate(((d, a) for _, d, a in ordered), max))
        self.earliest = list(accumulate((d for _, d, _ in reversed(ordered)), min))[::-1]

    def window(self, value: int) -> Window | None:
        margin = max(MIN_MARGIN, round(value * MARGIN))
        below = bisect_right(self.values, value - margin)  # figures <= value - margin: [0, below)
        above = bisect_left(self.values, value + margin)  # figures >= value + margin: [above, end)
        if below == 0 or above == len(self.values):
            return None
        first, source = self.latest[below - 1]
        last = self.earliest[above]
        if last < first or (last - first).days > WIDEST:
            return None  # the run's own figures do not grow here, or bound nothing useful
        return Window(first, last, source)


def _meet(one: Window, other: Window) -> Window | str:
    first, last = max(one.first, other.first), min(one.last, other.last)
    if last < first:
        return (f"its running figures fall between {one.first:%-d %b %Y} and {one.last:%-d %b %Y} by one "
                f"count and between {other.first:%-d %b %Y} and {other.last:%-d %b %Y} by another")
    source = one.source if one.first >= other.first else other.source
    return Window(first, last, source)


def date_from_context(articles: Sequence[ArticleRecord], events: Sequence[Event], tallies: Sequence[Tally],
                      words: StoryWords | None = None) -> tuple[list[Event], list[Problem]]:
    """Undated articles' undated events placed by their running figures' window (see above): a
    day named without its year, or an act at a named site that the run's dated reports of the
    same kind put on one day inside the window. A run-dated event outside its article's window
    goes back to undated. Every date says its basis; two that disagree leave none, with the reason."""
    windows = figure_windows(articles, tallies)
    if not windows:
        return list(events), []
    words = words or default_words()
    sites = _dated_sites(events, windows, words)
    placed = [_in_context(e, windows.get(e.sources[0].article), sites, words) for e in events]
    paths = {a.id: a.path for a in articles}
    told: dict[str, int] = {}
    for event in placed:
        if event.date_basis in ("run-figures", "run-event") and event.sources[0].article in windows:
            told[event.sources[0].article] = told.get(event.sources[0].article, 0) + 1
    return placed, [Problem(paths[article], "dates", _told(windows[article], count))
                    for article, count in sorted(told.items())]


def _told(window: Window | str, count: int) -> str:
    assert isinstance(window, Window)
    return (f"no publication date; its running figures lie between the run's dated figures of "
            f"{window.first:%-d %b %Y} and {window.last:%-d %b %Y}, which place {count} of its events "
            "(the publication date stays unknown)")


SiteKey = tuple[str, str]  # an event's family and its site's name


def _dated_sites(events: Iterable[Event], windows: Mapping[str, Window | str],
                 words: StoryWords) -> dict[SiteKey, list[Event]]:
    found: dict[SiteKey, list[Event]] = {}
    for event in events:
        site = event.details.site
        if event.date is not None and site is not None and event.sources[0].article not in windows:
            found.setdefault((_family(event.type, words), site.name), []).append(event)
    return found


def _in_context(event: Event, window: Window | str | None,
                sites: Mapping[SiteKey, list[Event]], words: StoryWords) -> Event:
    if window is None:
        return event
    if isinstance(window, str):
        return event if event.date is not None else dataclasses.replace(
            event, date_note=f"{window}: left undated")
    if event.date is not None:
        return _check_run_day(event, window)
    if event.day_without_year:
        return _place_day(event, window)
    site = event.details.site
    if site is not None:
        return _same_site(event, window, sites.get((_family(event.type, words), site.name), []))
    return event


def _check_run_day(event: Event, window: Window) -> Event:
    """A day taken from another article's words must fit the article's own running figures."""
    assert event.date is not None
    if (event.date_basis not in _SHARED
            or window.first - dt.timedelta(days=7) <= event.date <= window.last):
        return event
    shared = _SHARED[event.date_basis]
    note = (f"an article of this run giving {shared} dates them {event.date:%-d %b %Y}, but the "
            f"article's running figures put it between {window.first:%-d %b %Y} and {window.last:%-d %b %Y}: "
            "left undated")
    return dataclasses.replace(event, date=None, date_precision="unknown", date_basis="unknown",
                               date_anchor=None, date_offset=None, date_source=None, date_note=note)


def _place_day(event: Event, window: Window) -> Event:
    assert event.day_without_year is not None
    month, day = (int(x) for x in event.day_without_year.split("-"))
    year = window.last.year
    placed = dt.date(year, month, day) if _real(year, month, day) else None
    if placed is not None and placed > window.last:
        placed = dt.date(year - 1, month, day) if _real(year - 1, month, day) else None
    if placed is None or placed < window.first - dt.timedelta(days=BEFORE_WINDOW):
        return event
    if not _weekday_fits([s.quote for s in event.sources], placed):
        return dataclasses.replace(event, date_note=(f"the run's running figures place {placed:%-d %b} in "
                                                     f"{placed.year}, another weekday than the one named: "
                                                     "left undated"))
    note = (f"the year from the run's running figures: the article's own figure lies between those of "
            f"{window.first:%-d %b %Y} and {window.last:%-d %b %Y}")
    return _dated(event, placed, "run-figures", window, note)


def _real(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _same_site(event: Event, window: Window, dated: Sequence[Event]) -> Event:
    if (window.last - window.first).days > SITE_WINDOW:
        return event
    low, high = window.first - dt.timedelta(days=7), window.last
    inside = [e for e in dated if e.date is not None and low <= e.date <= high
              and event.country in (None, e.country)]
    days = sorted({e.day for e in inside})
    if not days:
        return event
    site = event.details.site.name if event.details.site else ""
    if len(days) > 1:
        shown = " and ".join(f"{d:%-d %b %Y}" for d in days)
        return dataclasses.replace(event, date_note=f"the run reports acts at {site} on {shown}: "
                                                    "left undated")
    if not _weekday_fits([s.quote for s in event.sources], days[0]):
        return dataclasses.replace(event, date_note=(f"the run reports the act at {site} on "
                                                     f"{days[0]:%-d %b %Y}, another weekday than the one "
                                                     "named: left undated"))
    anchor = next(e for e in inside)
    note = (f"the article is undated; {site} was hit on {days[0]:%-d %b %Y} by the run's dated reports, "
            "the only such act in the days its running figures allow")
    return _dated(event, days[0], "run-event", Window(days[0], days[0], anchor.sources[0].article), note)


def _dated(event: Event, day: dt.date, basis: DateBasis, window: Window, note: str) -> Event:
    return dataclasses.replace(event, date=day, date_precision="day", date_note=note, date_basis=basis,
                               date_anchor=window.first, date_offset=(day - window.first).days,
                               date_source=window.source)


# An undated article's date line that gives its day without a year ("WASHINGTON, Jan 24 (Wire) --")
# is placed in the year that puts it in its running figures' window: the figures were given from
# ``first`` on, and the article appeared after them, within ``LATER`` days of the window's end.
LATER = 60


def day_in_window(month_day: str, window: Window) -> dt.date | None:
    """The one day of that month and day from a week before the window to ``LATER`` days after
    it, if exactly one year puts it there."""
    month, day = (int(x) for x in month_day.split("-"))
    low, high = window.first - dt.timedelta(days=7), window.last + dt.timedelta(days=LATER)
    fits = [d for year in range(low.year, high.year + 1) if _real(year, month, day)
            and low <= (d := dt.date(year, month, day)) <= high]
    return fits[0] if len(fits) == 1 else None
