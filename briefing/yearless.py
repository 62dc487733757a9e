"""Days written without their year, placed by what the story knows.

An article with no readable publication date often still prints its day: a wire's "BAGHDAD, Nov 12
(Reuters) -", a site's "New Delhi, Feb 8" alone under the headline. Its year is fixed only by
evidence in the text that the story can read, each piece giving the years it allows:

- a known event of the story (the profile's ``[[known_event]]``) that the text tells: the article
  appeared after it (a day's slack for US time), while it is remembered;
- the weekday the lede names bare ("reported on Wednesday", "after midnight Thursday"): of the date
  line's day or the day before, as a wire's lede tells its news, in the one year of the campaign
  whose calendar agrees, in a text of the campaign's time (it writes one of its years, counts from
  its start, "since October 17", or tells a known event);
- a day the text writes beside its weekday ("on Saturday, April 13", "Thursday (Oct 26)"): of the
  years the campaign has run in, the one whose calendar puts that day on that weekday, when only
  one does, in a text of the campaign's time (it writes one of the campaign's years or tells a
  known event); the date line's day lies within a few months of it.

Every piece must allow exactly the same one year; pieces that disagree leave the year open and say
why. A wrong publication date is the worst error the tool can make: no piece, no year. A date line
these leave open keeps its month and day (``ArticleRecord.dateline_day``): the run's running figures
may still place it (``rundates.day_in_window``, read again in ``collect``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .datelines import DAY, MON, WireDay, day_number, lede_span, lede_weekdays, month_of, safe_date
from .model import YearBasis, YearFrom
from .rules import Rules, grammar
from .screen import Openings

if TYPE_CHECKING:
    from .topic import KnownEvent

_TIME = Rules(grammar("events"), fragments={"mon": MON, "day": DAY})  # its rule weekday_beside
_WEEKDAYS = [f"{stem.lower()}day" for stem in _TIME.grammar.lists["weekday_stems"]]  # Monday first
# "Saturday, April 13", "on Wednesday (Oct 18)", "on Saturday (20th January)", "Oct. 18 (Wednesday)";
# never one followed by its year
_BESIDE = _TIME.pattern("weekday_beside")
# over a whole page: tried only where a weekday's or a month's name begins (a search tries every character)
_BESIDE_OPENINGS = Openings(_BESIDE)
CAMPAIGN_YEARS = 3  # a weekday's day is looked for in the campaign's first year and the next ones
DAY_REACH = 120  # days between a weekday's day and the date line's: an article tells recent days


@dataclass(frozen=True)
class StoryTime:
    """What the story knows about time: its campaign's first day, its known events, and the ways
    reports name its start ("since mid-October"; None: not known)."""

    start: dt.date
    known: tuple[KnownEvent, ...] = ()
    start_phrase: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Piece:
    """One piece of evidence: the day it fixes and the date line's years it allows."""

    kind: YearBasis
    anchor: dt.date
    years: frozenset[int]
    said: str


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_OPENINGS = Openings(_YEAR)  # (tried where "19" or "20" is written)


def of_the_campaign(text: str, start: dt.date) -> bool:
    """Whether the text writes a year of the campaign (its start's or later)."""
    return any(int(y.group()) >= start.year for y in _YEAR_OPENINGS.finditer(text))


def of_another_time(text: str, story: StoryTime, start_phrase: re.Pattern[str]) -> bool:
    """Whether an undated text is of a time before the campaign: every year it writes is earlier
    than the campaign's first ("a drone hit a base in Syria on March 23 ... defeated in 2019"), and
    it neither counts from the campaign's start ("since mid-October") nor tells one of its known
    events. The days of what such a text reports cannot be placed (the events stage leaves its acts
    undated, with the reason); a text that writes no year at all is not known to be of another time."""
    years = {int(y.group()) for y in _YEAR_OPENINGS.finditer(text)}
    return (bool(years) and max(years) < story.start.year and start_phrase.search(text) is None
            and not any(event.told_in(text) for event in story.known))


def weekday_days(text: str, start: dt.date, told: bool = False) -> Iterator[tuple[dt.date, re.Match[str]]]:
    """Each day the text writes beside its weekday without a year, placed in the one year from
    the campaign's ``start`` on whose calendar agrees (none when no year or several do). Only in
    a text that is of the campaign's time: it writes one of its years, or (``told``) it tells a
    known event of the story. Another year's report ("Saturday, Nov. 20" of 2021) would agree
    with one of the campaign's years three times in seven, and 2017's calendar is 2023's."""
    if not _BESIDE_OPENINGS.search(text) or not (told or of_the_campaign(text, start)):
        return
    for match in _BESIDE_OPENINGS.finditer(text):
        if _date_bar(text, match):
            continue
        weekday = _WEEKDAYS.index((match["wd"] or match["wd2"]).lower())
        month = month_of(match["mon"] or match["mon2"] or match["mon3"])
        day = day_number(match["day"] or match["day2"] or match["day3"])
        fits = [d for year in range(start.year, start.year + CAMPAIGN_YEARS)
                if (d := safe_date(year, month, day)) and d >= start and d.weekday() == weekday]
        if len(fits) == 1:
            yield fits[0], match


def _date_bar(text: str, match: re.Match[str]) -> bool:
    """Whether the day is all of the page's first line ("Saturday, July 20" above the headline): a
    site's date bar, of the day the page was saved, which may be months after the story (issue 23
    item 7); it places nothing."""
    if text[:match.start()].strip():
        return False
    line_end = text.find("\n", match.end())
    return not text[match.end():len(text) if line_end < 0 else line_end].strip(" \t|,.")


# "the Pentagon reported Wednesday (11/8/23)": a date in figures beside its weekday
_WEEKDAY_NAMES = "|".join(day.capitalize() for day in _WEEKDAYS)
_NUMERIC_BESIDE = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_NAMES}),?\s*\(?(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})\b\)?")

_NUMERIC_OPENINGS = Openings(_NUMERIC_BESIDE)  # tried where a weekday's name begins

def numeric_weekday_days(text: str, start: dt.date) -> Iterator[tuple[dt.date, re.Match[str]]]:
    """Each date the text writes in figures beside its weekday ("Wednesday (11/8/23)"), read the one
    way, month first or day first, that puts it on that weekday from the campaign's ``start`` on
    (none when neither or both do: "Monday, 5/5/24")."""
    for match in _NUMERIC_OPENINGS.finditer(text):
        weekday = _WEEKDAYS.index(match["wd"].lower())
        year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
        first, second = int(match["a"]), int(match["b"])
        fits = {d for month, day in ((first, second), (second, first))
                if (d := safe_date(year, month, day)) and d >= start and d.weekday() == weekday}
        if len(fits) == 1:
            yield fits.pop(), match


def _years(month: int, day: int, low: dt.date, high: dt.date) -> frozenset[int]:
    """The years that put month/day between ``low`` and ``high`` (both included)."""
    return frozenset(y for y in range(low.year, high.year + 1)
                     if (d := safe_date(y, month, day)) and low <= d <= high)


def _pieces(text: str, wire: WireDay, story: StoryTime) -> list[_Piece]:
    found = []
    for event in story.known:
        if event.told_in(text):
            low = event.date - dt.timedelta(days=1)
            high = event.date + dt.timedelta(days=event.remembered_days)
            found.append(_Piece("named-event", event.date, _years(wire.month, wire.day, low, high),
                                f"the {event.name} ({event.date:%-d %b %Y}), which it tells"))
    for day, match in weekday_days(text, story.start, told=bool(found)):
        reach = dt.timedelta(days=DAY_REACH)
        found.append(_Piece("weekday", day, _years(wire.month, wire.day, day - reach, day + reach),
                            f"'{match.group(0)}' ({day:%-d %b %Y})"))
    lede = _lede_piece(text, wire, story) if found or _tied(text, story) else None
    return [*found, lede] if lede is not None else found


def _tied(text: str, story: StoryTime) -> bool:
    """Whether the text is of the campaign's time by what it writes: one of its years, or a count from
    its start as reports name it ("since October 17", :func:`_counts_from_start`)."""
    return of_the_campaign(text, story.start) or (
        story.start_phrase is not None and _counts_from_start(text, story.start_phrase))


# "since", "began on": the word that makes the day after it a count's start (grammar events.toml),
# before a start phrase or as its first word (a story's own phrase may hold it: "since mid-October")
_START_CUE = _TIME.pattern("start_cue")
_START_WORD = re.compile(rf"(?:{'|'.join(_TIME.grammar.lists['start_words'])})\b", re.I)
_CUE_REACH = 20  # characters before a start phrase in which its cue stands


def _counts_from_start(text: str, start_phrase: re.Pattern[str]) -> bool:
    """Whether one of the start's phrases stands as a count's start ("attacked 50 times since October
    17", "since the war began"): the phrase alone is any year's ("in October", "the war broke out"
    of Syria's war), and a report of 2021 writes it as readily as one of the campaign."""
    return any(_START_WORD.match(text, m.start()) is not None
               or _START_CUE.search(text, max(0, m.start() - _CUE_REACH), m.start()) is not None
               for m in start_phrase.finditer(text))


def _lede_piece(text: str, wire: WireDay, story: StoryTime) -> _Piece | None:
    """The weekdays the lede after the date line names bare, when one year of the campaign only puts
    each of them on the date line's day or the day before. Only in a text of the campaign's time
    (:func:`_tied`, or a known event told): another year's report ("Rockets fell on Saturday" of 2019)
    would fit one of the campaign's calendars two times in seven."""
    lede = lede_span(text, wire.end)
    named = lede_weekdays(text[:lede[1]], lede[0]) if lede is not None else []
    fits = [d for year in range(story.start.year, story.start.year + CAMPAIGN_YEARS)
            if named and (d := safe_date(year, wire.month, wire.day)) and d >= story.start
            and all((d.weekday() - wanted) % 7 in (0, 1) for wanted in named)]
    if len(fits) != 1:
        return None
    (day,) = fits
    anchor = day - dt.timedelta(days=(day.weekday() - named[0]) % 7)
    return _Piece("lede-weekday", anchor, frozenset({day.year}),
                  f"the lede's {_WEEKDAYS[named[0]].capitalize()} ({anchor:%-d %b %Y})")


def year_by_story(text: str, wire: WireDay,
                  story: StoryTime) -> tuple[dt.date, tuple[YearFrom, ...]] | str | None:
    """The date line's day with the evidence for its year, when every piece of evidence allows the
    same one year; the reason when they disagree; None when the text gives none."""
    pieces = _pieces(text, wire, story)
    if not pieces:
        return None
    years = frozenset.intersection(*(p.years for p in pieces))
    if len(years) != 1:
        return "no one year fits " + " and ".join(p.said for p in pieces)
    (year,) = years
    day = dt.date(year, wire.month, wire.day)  # a year fits, so the day is real
    return day, tuple(YearFrom(p.kind, p.anchor, (day - p.anchor).days) for p in pieces)


def shown(evidence: Sequence[YearFrom]) -> str:
    """The evidence in words, for a note."""
    words = {"named-event": "a known event it tells", "weekday": "a day it writes beside its weekday",
             "lede-weekday": "the weekday its lede tells",
             "run-figures": "the run's dated running figures around its own"}
    return " and ".join(f"{words[e.kind]} ({e.anchor:%-d %b %Y})" for e in evidence)
