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
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import ArticleRecord, Event, Problem, Tally

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


def _weekday_fits(quotes: Iterable[str], day: dt.date) -> bool:
    """No weekday the record names is other than the day's, or the day before's (US time)."""
    fits = {_WEEKDAYS[day.weekday()], _WEEKDAYS[day.weekday() - 1]}
    return all(m.group(1) in fits for quote in quotes for m in _WEEKDAY.finditer(quote))


def _family(kind: str) -> str:
    return "attack" if kind == "attack_on_us_forces" else "strike"


def date_from_run(articles: Sequence[ArticleRecord], events: Sequence[Event],
                  tallies: Sequence[Tally]) -> tuple[list[Event], list[Tally], list[Problem]]:
    """Undated articles' undated events and figures dated by the words a dated article of the
    run shares with them (see the module's docstring); the rest as they were."""
    undated = {a.id for a in articles if a.published is None and a.duplicate_of is None}
    if not undated or not (any(e.date is None and e.sources[0].article in undated for e in events)
                           or any(t.as_of is None and t.sources[0].article in undated for t in tallies)):
        return list(events), list(tallies), []  # most runs: every article dated
    wanted = _wanted(events, tallies, undated)
    index = _index(events, tallies, undated, wanted)
    names = {a.id: a for a in articles}
    dated_events = [_event(e, index, names) if e.sources[0].article in undated and e.date is None else e
                    for e in events]
    dated_tallies = _tallies(tallies, index, undated, names)
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
    return found


def _index(events: Iterable[Event], tallies: Iterable[Tally], undated: set[str],
           wanted: set[int]) -> dict[int, list[_Dated]]:
    """For each wanted word run, the dated records of dated articles whose evidence holds it."""
    index: dict[int, list[_Dated]] = {}
    for event in events:
        if event.date is not None:
            for source in event.sources:
                if source.article not in undated:
                    entry = _Dated(event.date, source.article, _family(event.type), event.country)
                    for run in _both(source.quote) & wanted:
                        index.setdefault(run, []).append(entry)
    for tally in tallies:
        source = tally.sources[0]
        if tally.as_of is not None and source.article not in undated:
            entry = _Dated(tally.as_of, source.article, f"{tally.metric}:{tally.value}")
            for run in _both(source.quote) & wanted:
                index.setdefault(run, []).append(entry)
    return index


def _both(quote: str) -> set[int]:
    return runs(quote) | runs(quote, LONG_RUN)


def _matches(quotes: Iterable[str], index: Mapping[int, list[_Dated]], kind: str,
             country: str | None = None) -> list[_Dated]:
    return [d for quote in quotes for run in quoted_runs(quote) for d in index.get(run, ())
            if d.kind == kind and (country is None or d.country in (None, country))]


def _event(event: Event, index: Mapping[int, list[_Dated]], names: Mapping[str, ArticleRecord]) -> Event:
    quotes = [s.quote for s in event.sources]
    found = _matches(quotes, index, _family(event.type), event.country)
    days = sorted({d.day for d in found})
    if not days:
        return event
    if len(days) > 1:
        shown = " and ".join(f"{d:%-d %b %Y}" for d in days)
        return dataclasses.replace(event, date_note=(f"dated articles of this run quoting the same words "
                                                     f"give {shown}: left undated"))
    if not _weekday_fits(quotes, days[0]):
        return dataclasses.replace(event, date_note=(f"an article of this run quoting the same words dates "
                                                     f"them {days[0]:%-d %b %Y}, another weekday than this "
                                                     "one names: left undated"))
    source = next(d.article for d in found)
    note = (f"the article is undated; {_named(names[source])} quotes the same words word for word and "
            f"dates them {days[0]:%-d %b %Y}")
    return dataclasses.replace(event, date=days[0], date_precision="day", date_note=note, date_basis="run",
                               date_anchor=days[0], date_offset=0, date_source=source)


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
            kept.append(_noted(dataclasses.replace(tally, as_of=day, as_of_source=found[0].article), placed))
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
                    + " take their days from it (word for word the same statement); the publication "
                    "date stays unknown")
            for article, others in sorted(sources.items())]
