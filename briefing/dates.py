"""Publication dates, and date expressions resolved against them.

The clock is never read here: relative expressions ("on Wednesday", "last
night", "Oct. 17") resolve against the article's publication date, and an
undated article's relative dates stay unresolved. A wrong date is worse than
none, so every ambiguous case returns ``date=None`` with a note saying why.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .datelines import (
    CLIPPER,
    DAY,
    FULL_DATE,
    MON,
    Dateline,
    Entry,
    WireDay,
    ZoneSpan,
    comments_begin,
    datelines,
    day_number,
    lede_weekdays,
    live_entries,
    month_of,
    safe_date,
    story_end,
    time_of,
    url_date,
    url_line,
    utc_day,
    wire_day,
    year_from_text,
    zone_span,
)
from .model import (
    Article,
    DateBasis,
    DateMention,
    DatePrecision,
    Evidence,
    PublishedBasis,
    WireToday,
    YearFrom,
)
from .rules import Rules, grammar
from .screen import Hits, Openings, Screen, fold
from .text import all_sentences, paragraphs, sentences
from .yearless import StoryTime, year_by_story
from .yearless import shown as shown_evidence

if TYPE_CHECKING:
    from .topic import DayCount, KnownEvent, LocalTime

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Capitalised month names only: "may" and "march" are verbs in lower case.
_MON, _DAY = MON, DAY
DATE_PATTERN = re.compile(
    rf"\b(?:(?P<mon>{_MON})\s+(?P<day>{_DAY})(?:\s*[-–]\s*(?P<day2>{_DAY}))?"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<day_b>{_DAY})\s+(?P<mon_b>{_MON})(?:,?\s+(?P<year_b>(?:19|20)\d\d))?"
    rf"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    # a day named by its holiday: a written day without its year ("on Christmas Day")
    r"|(?P<holiday>Christmas (?:Day|Eve)|New Year['’]s (?:Day|Eve)|Thanksgiving Day))(?![\w-])"
)
# The holidays' fixed days (month, day): a US story's "Christmas Day" is 25 December.
HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
            "new year's eve": (12, 31)}
_RELATIVE = re.compile(
    r"\b(?:(?P<mod>last|this|next|early|late|earlier|later)\s+(?:on\s+)?"
    # "in the early hours of Tuesday": the small hours, local time (as "early Tuesday")
    r"|(?P<hours>(?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+(?:on\s+)?))?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?P<poss>['’]s)?"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
    r"|\b(?P<word>yesterday|today|tonight|overnight|last night|this morning|earlier this month|"
    r"last month|last week|earlier this week|this week|(?:in|over|within) the (?:past|last) 24 hours)\b"
    r"|\b(?:in\s+)?(?P<mid>mid|early|late)-(?P<mid_mon>" + _MON + r")",
    re.I,
)
_EMBED_DATE = re.compile(rf"\(@\w{{1,30}}\)\s+(?P<date>{_MON}\s+{_DAY},\s+(?:19|20)\d\d)")
# The story's region is hours ahead of US Eastern time (7-8 for the first story's): a US evening report
# of a strike "on Wednesday" is about the next calendar day there.
EVENING = dt.time(16, 0)


@dataclass(frozen=True)
class LocalDay:
    """How the story's local time is written ("local time", "X time", "in X") and the words a
    date note gives for it; the span of its time zones, where a Unix time in an address dates the
    page (``zones``); from the profile's ``[local_time]`` (topic.LocalTime)."""

    said: re.Pattern[str]
    ahead: str
    zones: ZoneSpan


@functools.lru_cache(maxsize=16)
def local_day(written: tuple[str, ...], ahead: str, zones: tuple[str, ...]) -> LocalDay:
    """The :class:`LocalDay` of a profile's ``[local_time]`` ``written`` names, ``ahead`` words and
    time zones (the reports' and the story's)."""
    names = "|".join(re.escape(name) for name in sorted(written, key=lambda n: (-len(n), n)))
    told = rf"local time|in (?:{names})|(?:{names}) time" if names else "local time"
    return LocalDay(re.compile(rf"[^.;]{{0,25}}\b(?:{told})\b", re.I), ahead, zone_span(zones))


# The story being read (extract.extract_article sets it around each article); without one (a
# test, a tool reading one text), the default profile's.
LOCAL_DAY: contextvars.ContextVar[LocalDay | None] = contextvars.ContextVar("LOCAL_DAY", default=None)


def _default_local_day() -> LocalDay:
    from .topic import load_topic

    return told_day(load_topic().local_time)


def told_day(told: LocalTime) -> LocalDay:
    """The :class:`LocalDay` of a profile's ``[local_time]``."""
    return local_day(told.written, told.ahead, (told.reported_in, told.zone))


@contextlib.contextmanager
def story_time(told: LocalTime) -> Iterator[None]:
    """Read with a profile's ``[local_time]`` (:data:`LOCAL_DAY`) inside the block."""
    token = LOCAL_DAY.set(told_day(told))
    try:
        yield
    finally:
        LOCAL_DAY.reset(token)


def _stamp_zones() -> ZoneSpan:
    """The span of the story's time zones (the story being read, or the default profile's)."""
    return (LOCAL_DAY.get() or _default_local_day()).zones


def parse_full_date(text: str) -> dt.date | None:
    """A date written with its year ("November 21, 2023", "28 Jun 2021", "2023-11-21")."""
    match = DATE_PATTERN.search(text)
    if not match:
        return None
    return _absolute(match)


def _absolute(match: re.Match[str]) -> dt.date | None:
    if match["iso"]:
        year, month, day = (int(x) for x in match["iso"].split("-"))
        return safe_date(year, month, day)
    if match["mon"] and match["year"]:
        return safe_date(int(match["year"]), month_of(match["mon"]), day_number(match["day"]))
    if match["mon_b"] and match["year_b"]:
        return safe_date(int(match["year_b"]), month_of(match["mon_b"]), day_number(match["day_b"]))
    return None


_MONTH_WORD = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_LABEL = re.compile(r"^\s*(published|posted|updated|last updated|first published|date)\s*(on|at)?\s*:?\s*",
                    re.I)


def _dateparser_line(line: str) -> tuple[dt.date, dt.time | None] | None:
    """A date line in a form the direct rules do not read ("Tuesday, the 21st of November 2023").

    Only for short lines that hold a year and a month name; dateparser is strict
    here (day, month and year required; nothing relative, so no clock).
    """
    if len(line) > 80 or not (re.search(r"\b(?:19|20)\d\d\b", line) and _MONTH_WORD.search(line)):
        return None
    import dateparser

    parsed = dateparser.parse(
        _LABEL.sub("", line), languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    if parsed is None:
        return None
    time = parsed.time() if parsed.time() != dt.time(0, 0) else None
    return parsed.date(), time


def _dateparser_fallback(text: str) -> tuple[dt.date, dt.time | None, int, int] | None:
    """A short line near the top in a form the direct rules do not read, above any readers' comments."""
    ends = story_end(text)
    for index, (start, end) in enumerate(paragraphs(text)):
        if index >= 12 or start > 3000 or start >= ends:
            break
        line = text[start:end]
        if comments_begin(line):
            break  # the readers' comments: a stamp below is a reader's day, not the article's
        if len(line) <= 140 and not FULL_DATE.search(line) and not re.search(r"[A-Za-z]\d", line):
            found = _dateparser_line(line)
            if found:
                return found[0], found[1], start, end
    return None


def _choose(text: str, start: dt.date | None = None) -> tuple[Dateline | None, str | None]:
    """The date line that dates the article, and a note when lines disagree or one is doubtful;
    ``start``: the campaign's first day, when known (a clipper's date saved long after, ``_long_ago``)."""
    line, note = _choose_line(text)
    if line is None or start is None:
        return line, note
    return _saved_long_after(text, line, start, note)


def _choose_line(text: str) -> tuple[Dateline | None, str | None]:
    lines = datelines(text)
    clipper = next((d for d in lines if d.kind == "clipper"), None)
    entries = live_entries(text)
    own = [d for d in lines if d.kind != "clipper" and not _an_entry(d, entries)]
    best = (next((d for d in own if not d.updated), None)
            or (None if clipper else _update_line(text, own, entries)))
    if best is None and clipper is None and entries:
        return None, ("the page's dates below its summary are a live page's entry stamps, each one entry's "
                      "time, neither the page's first posting nor its last update; not used")
    top = best or clipper
    if top is not None and _weather_header(text, top) and not _agreed(text, top.end, top.date):
        return None, (f"the date at the top ({top.date:%d %b %Y}) sits in the site's header beside its "
                      "weather, as a site's today does, and nothing in the text agrees: not used")
    if best is not None and _looks_like_page_header(text, best):
        note = (f"the date at the top ({best.date:%d %b %Y}) looks like the site's own date, not the "
                "article's: the days the text names are weeks earlier; not used")
        return clipper, note
    if best is not None and (newest := _running_long_after(text, best)) is not None:
        below = _published_below(text, own, best)
        if below is None:
            return _running_refuted(best, clipper, newest)
        best = below  # the page's own labelled line under the site's today: checked as any other
    if best is not None and clipper is None and _masthead(text, best):
        note = (f"the date at the top ({best.date:%A, %d %b %Y}) stands alone above the headline, as a "
                "site's running date of the day the page was saved does, and nothing in the text agrees: "
                "not used")
        return None, note
    if clipper and best and best.date != clipper.date and (agreeing := _seconding(text, own, best, clipper)):
        return agreeing, (f"the page prints two dates of its own ({best.date:%d %b %Y} and "
                          f"{agreeing.date:%d %b %Y}); the clipper's date agrees with the second, "
                          "which is used")
    if clipper and best and best.date != clipper.date:
        return best, (f"the clipper's date ({clipper.date.isoformat()}) and the article's own date line "
                      f"({best.date.isoformat()}) disagree; the article's own is used")
    if best is not None and clipper is None and (other := _disagreeing(text, own, best)) is not None:
        return None, (f"the page prints two dates of its own ({best.date:%d %b %Y} and "
                      f"{other.date:%d %b %Y}); neither is taken")
    chosen = clipper or best
    why = _contradicted(text, chosen) if chosen is not None else None
    return (None, why) if why else (chosen, None)


def _contradicted(text: str, line: Dateline) -> str | None:
    """Why the content contradicts a date line (a day it reports after it), or None."""
    later = _named_after(text, line)
    if later is not None:
        return (f"the date at the top ({line.date:%d %b %Y}) is earlier than a day the text reports "
                f"({later:%d %b %Y}); not used")
    lede = _lede_next_day(text, line) if line.kind == "clipper" else None
    if lede is not None:
        return (f"the clipper's date ({line.date:%A %d %b %Y}) is the day before the '{lede}' its lede "
                "reports: the page was saved in another time zone or before the article appeared; not used")
    yesterday = _yesterday_on_its_day(text, line) if line.kind == "clipper" else None
    if yesterday is not None:
        return (f"the lede tells an act of '{yesterday[0]}' and puts it '{yesterday[1]}', the clipper's own "
                f"day ({line.date:%A %d %b %Y}): the page is of a day after it; not used")
    newest = _past_week_long_before(text, line) if line.kind == "clipper" else None
    if newest is not None:
        return (f"the text tells its acts as of the past days, but the newest day it names "
                f"({newest:%d %b %Y}) is weeks before the clipper's date ({line.date:%d %b %Y}): the page "
                "was saved long after it appeared; not used")
    named = _named_today_disagrees(text, line.date)
    if named is not None:
        return (f"the text's '{named}' names the weekday it was written on, and the date at the top "
                f"({line.date:%A %d %b %Y}) is another: the two disagree; not used")
    said = _lede_said_before(text, line) if line.kind == "clipper" else None
    if said is not None:
        return (f"the clipper's date ({line.date:%A %d %b %Y}) is two days or more after every weekday its "
                f"lede names, its statement's '{said}' among them: a page appears on the day its news was "
                "said or the next, so this one was saved after it appeared; not used")
    return None


# "said today, Monday, that", "struck yesterday (Sunday)": the text names its own weekday
_NAMED_TODAY = Rules(grammar("events")).pattern("named_today")


def _named_today_disagrees(text: str, day: dt.date) -> str | None:
    """The text's "today, Monday" (or "yesterday (Sunday)") when the weekday it gives the day it was
    written on is not ``day``'s (a date line's, an address's), outside quotations and above the
    page's teasers; None on a page with a wire line, whose text counts its days from the wire's day
    (:func:`text_today`)."""
    for match in _NAMED_TODAY.finditer(text, 0, story_end(text)):
        written = (WEEKDAYS.index(match["wd"].lower()) + (1 if match["before"] else 0)) % 7
        if written != day.weekday() and not inside_quotes(text, 0, match.start()):
            return None if wire_day(text) is not None else match.group(0)
    return None


# "a series of attacks over the past week" says the acts the text dates are of the week before it
# appeared; an aggregator's rewrite saved weeks later keeps those words and its explicit days
_PAST_DAYS = re.compile(r"\b(?:(?:over|in|during|within)\s+the\s+(?:past|last)\s+"
                        r"(?:week|few\s+days|several\s+days|(?:two|three|four|five|six|\d)\s+days)"
                        r"|in\s+recent\s+days)\b", re.I)
PAST_WEEK_GAP = 14  # days: a week's news, with a week's slack for a slow rewrite
# a count's start or a span's ends ("since October 17", "between October 17 and December 15"): not news
_SPAN_WORD = re.compile(r"\b(?:since|from|between|after|and|to|through|until|began\s+on|started\s+on)\s+"
                        r"(?:on\s+)?$", re.I)


def _past_week_long_before(text: str, line: Dateline) -> dt.date | None:
    """The newest day the text names when it tells its acts as of "the past week" and every day it
    names (a span's ends and a count's start aside) is more than ``PAST_WEEK_GAP`` days before the
    clipper's ``line``; None when it also tells a day by its weekday or relative to its own
    ("on Monday", "yesterday"): those are its news, and the explicit days background."""
    body = text[line.end:]
    if not _PAST_DAYS.search(body):
        return None
    days = _news_days(body, line.date)
    if not days:
        return None
    newest = max(days)
    return newest if (line.date - newest).days > PAST_WEEK_GAP else None


def _news_days(body: str, day: dt.date) -> list[dt.date] | None:
    """The explicit days ``body`` names (resolved against ``day``), a count's start and a span's
    ends aside; None when it names a day relative to its own (a weekday, "today", "last week") or
    a month alone: then it tells news this reading cannot place."""
    days = []
    for mention in find_dates(body, 0, len(body), day):
        if mention.date is None or mention.precision != "day" or not DATE_PATTERN.fullmatch(mention.text):
            return None
        if not _SPAN_WORD.search(body, max(0, mention.start - 20), mention.start):
            days.append(mention.date)
    return days


# A lede's weekday tells the news of the last day or two; one told as a plan is not yet news.
_LEDE_SENTENCES = 3  # the headline's lines and the lede
_PLANNED = re.compile(r"\b(?:will|would|plans?|planned|expected|scheduled|next|ahead\s+of|due)\b", re.I)


def _lede_next_day(text: str, line: Dateline) -> str | None:
    """The weekday the lede names when it is the day after a clipper's date: a page saved on Monday
    whose lede reports what happened "early on Tuesday" was saved before its article appeared, or
    on another side of midnight, and a report of six days before would not lead with a bare weekday.
    A lede that names another weekday too ("on Tuesday, the military said on Sunday") tells a past
    week's Tuesday: none."""
    body = text[line.end:]
    named = [match for start, end in _first_sentences(body, _LEDE_SENTENCES)
             if not _PLANNED.search(body, start, end) for match in _WEEKDAY_WORD.finditer(body, start, end)]
    nexts = [m for m in named if (WEEKDAYS.index(m.group(1).lower()) - line.date.weekday()) % 7 == 1
             and not _PAST_WEEK.search(body, max(0, m.start() - 12), m.start())
             and not _WEEK_AFTER.search(body, max(0, m.start() - 30), m.start())]
    return nexts[0].group(1) if nexts and len(nexts) == len(named) else None


SAID_DAYS_BEFORE = 2  # a page appears on the day its statement was made or the next (LABELLING)


def _lede_said_before(text: str, line: Dateline) -> str | None:
    """The lede's statement weekday ("the command confirmed on Saturday", rule said_day) when it, and
    every weekday the lede names, is two days or more before a clipper's date: a page saved on a
    Monday that leads with a Saturday's statement was saved after it appeared, on a day the text
    does not give. A sentence of plans ("talks will resume on Saturday", "officials said on Monday
    patrols would be doubled") gives no statement's day, but its weekdays still count among the
    lede's; a possessive weekday ("the navy said Saturday's raid") is the act's, not the saying's.
    None when the lede tells its news as of today or yesterday ("struck a base yesterday, a day after
    the group said on Saturday"): that is the page's own day, or the day before. None on a page with
    a wire line, whose own day is weighed against the clipper's (:func:`_wire_over_clipper`)."""
    if wire_day(text) is not None:
        return None
    body = text[line.end:]
    sentences = list(_first_sentences(body, _LEDE_SENTENCES))
    if any(_OWN_DAY.search(body, start, end) or _DAY_BEFORE.search(body, start, end)
           for start, end in sentences):
        return None
    named = [match for start, end in sentences for match in _WEEKDAY_WORD.finditer(body, start, end)]
    said = [m.group(1) for start, end in sentences if not _PLANNED.search(body, start, end)
            for m in _WEEKDAY_WORD.finditer(body, start, end)
            if _SAID_DAY.search(body, max(start, m.start() - 16), m.start())
            and not _POSSESSIVE.match(body, m.end())]
    back = [(line.date.weekday() - WEEKDAYS.index(match.group(1).lower())) % 7 for match in named]
    return said[0] if said and min(back) >= SAID_DAYS_BEFORE else None


_POSSESSIVE = re.compile(r"['’]s\b")  # "Saturday's raid": the weekday names another noun's day


# "yesterday evening" in a lede, and a statement that puts the same act "on Thursday": the page is of
# the day after that Thursday. The text's own "today" beside it tells its day's news in its own words,
# and a weekday right after a verb of saying is the statement's day, not the act's.
_DAY_BEFORE = re.compile(r"\b(?:yesterday|last\s+night)\b", re.I)
_OWN_DAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)
_SAID_DAY = Rules(grammar("events")).pattern("said_day")  # a statement's day, not the act's
YESTERDAY_SENTENCES = 4  # a byline's or a headline's line, the lede and the sentence after it


def _yesterday_on_its_day(text: str, line: Dateline) -> tuple[str, str] | None:
    """The lede's "yesterday" (or "last night") and the weekday its opening sentences name, when every
    weekday they name (not a statement's day, "last Thursday" or a plan) is ``line``'s own: an act of
    "yesterday" that a statement puts on the clipper's own day was told the day after it. None when
    those sentences say "today" too, or name no such weekday."""
    body = text[line.end:]
    spans = [(start, end) for start, end in _first_sentences(body, YESTERDAY_SENTENCES)
             if not _PLANNED.search(body, start, end)]
    before = next((m for start, end in spans if (m := _DAY_BEFORE.search(body, start, end))), None)
    if before is None or any(_OWN_DAY.search(body, start, end) for start, end in spans):
        return None
    named = [m for start, end in spans for m in _WEEKDAY_WORD.finditer(body, start, end)
             if not _SAID_DAY.search(body, max(0, m.start() - 16), m.start())
             and not _PAST_WEEK.search(body, max(0, m.start() - 12), m.start())
             and not _WEEK_AFTER.search(body, max(0, m.start() - 30), m.start())]
    own = [m for m in named if WEEKDAYS.index(m.group(1).lower()) == line.date.weekday()]
    if not own or len(own) != len(named) or not _one_act(body, spans, before.start(), own[0].start()):
        return None
    return before.group(), f"on {own[0].group(1)}"


# "struck early on Thursday", "Thursday morning", "before dawn on Thursday": that day's small hours,
# the night a page of that day calls "last night"; any other act of that day is not "yesterday"'s
_SMALL_HOURS = Rules(grammar("events")).pattern("small_hours_near")
_ACT_WORD = re.compile(r"[a-z]{5,}")  # the words two sentences must share to tell one act
SMALL_HOURS_REACH = 30  # characters either side of a weekday


def _one_act(body: str, spans: list[tuple[int, int]], before: int, weekday: int) -> bool:
    """Whether the weekday at ``weekday`` puts the act told "yesterday" at ``before`` on its day: in
    another sentence that names what that one does ("fired rockets at the garrison yesterday" ... "the
    rockets struck on Thursday after dusk"), not that day's small hours ("struck early on Thursday",
    after "last night") nor another act ("jets struck back on Thursday", "the governor condemned the
    attack on Thursday")."""
    if _SMALL_HOURS.search(body, max(0, weekday - SMALL_HOURS_REACH), weekday + SMALL_HOURS_REACH):
        return False
    told = next(((start, end) for start, end in spans if start <= before < end), None)
    said = next(((start, end) for start, end in spans if start <= weekday < end), None)
    if told is None or said is None or told == said:
        return False
    words = [{w for w in _ACT_WORD.findall(body[start:end].lower()) if w not in WEEKDAYS}
             for start, end in (told, said)]
    return bool(words[0] & words[1] - {"yesterday"})


def _first_sentences(text: str, count: int) -> Iterator[tuple[int, int]]:
    """The first ``count`` sentences of ``text`` as :func:`all_sentences` splits it, the rest of the
    page not split (a lede's sentences of a long page)."""
    return itertools.islice(((start, end) for first, last in paragraphs(text)
                             for start, end in sentences(text, first, last)), count)


_PAST_WEEK = re.compile(r"\b(?:last|past|previous)\s+$", re.I)  # "last Sunday": the week before
# "nearly a week after Sunday's attack": a day counted from, days before the news
_WEEK_AFTER = re.compile(r"\b(?:a|one|two|three|four|five|six|\d)\s+(?:weeks?|days?)\s+"
                         r"(?:after|since|following)\s+$", re.I)


def lede_anchor(text: str) -> Anchor | None:
    """The lede's day in an article whose clipper's date is the day before it (:func:`_lede_next_day`),
    or is the day of an act the lede tells as "yesterday" (:func:`_yesterday_on_its_day`): not its
    publication date, but the day its lede's weekday names."""
    clipper = next((d for d in datelines(text) if d.kind == "clipper"), None)
    if clipper is None:
        return None
    said = _lede_next_day(text, clipper)
    if said is not None:
        day = clipper.date + dt.timedelta(days=1)
        return Anchor(day, f"the lede's '{said}', the day after the clipper's date ({clipper.date:%d %b %Y})",
                      weekday=True, reach=1)
    yesterday = _yesterday_on_its_day(text, clipper)
    if yesterday is None:
        return None
    why = (f"the lede's '{yesterday[1]}', the clipper's own day ({clipper.date:%d %b %Y}), for an act it "
           f"tells of '{yesterday[0]}'")
    return Anchor(clipper.date, why, weekday=True, reach=1)


def saved_anchor(text: str) -> Anchor | None:
    """The clipper's date of a page it does not date because the acts the text tells of "the past
    week" are weeks before it (:func:`_past_week_long_before`): not the publication date, but a day
    the page existed by, which gives the year of the text's days told without one."""
    found = CLIPPER.match(text)
    day = safe_date(*(int(x) for x in found.group(1).split("-"))) if found else None
    if found is None or day is None or not _PAST_DAYS.search(text, found.end()):
        return None  # most pages: no clipper's line, or no "past week"
    clipper = Dateline(day, None, found.start(1), found.end(1), kind="clipper")
    if _past_week_long_before(text, clipper) is None:
        return None
    return Anchor(clipper.date, f"the clipper's date ({clipper.date:%d %b %Y}), weeks after the days the "
                  "text names, a day the page existed by")


# an update's label on the line before its date ("Updated:\n10/22/2023") makes it an update's date
_UPDATE_LABEL = re.compile(r"updated|modified", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?[ \t]*\n")


def _update_line(text: str, own: list[Dateline], entries: tuple[Entry, ...] = ()) -> Dateline | None:
    """The first update stamp, when the page gives no publication line: an article's "Updated 12:09
    a.m. ET, February 3, 2024" under its byline is near its day; a "Last updated on ..." is the
    page's, and dates nothing, but on a live page (``entries``) whose newest entry is of its day or
    the ``ENTRY_GAP`` days before: there the last update is the page's own date, as the field set
    dates a live page by its update stamp when it prints no other. On a live page an update stamp
    that agrees with no entry dates nothing either."""
    first = next(iter(own), None)
    if first is None:
        return None
    if entries:
        return first if _entries_agree(first.date, entries) else None
    return None if _LAST_UPDATED.match(text, first.start) else first


_LAST_UPDATED = re.compile(r"\W*last\s+updated\b", re.I)
ENTRY_GAP = 2  # days: a live page's last update after its newest entry, at most


def _an_entry(line: Dateline, entries: tuple[Entry, ...]) -> bool:
    """Whether ``line`` is one of a live page's entry stamps."""
    return any(entry.start <= line.start < entry.end for entry in entries)


def _entries_agree(day: dt.date, entries: tuple[Entry, ...]) -> bool:
    """Whether the newest of a live page's entries is ``day`` or up to ``ENTRY_GAP`` days before it (an
    entry's day without its year is in ``day``'s year, or the year before when that would put it after)."""
    days = []
    for entry in entries:
        told = safe_date(entry.year or day.year, entry.month, entry.day)
        if told is not None and entry.year is None and told > day:
            told = safe_date(day.year - 1, entry.month, entry.day)
        if told is not None:
            days.append(told)
    return bool(days) and 0 <= (day - max(days)).days <= ENTRY_GAP


def _disagreeing(text: str, own: list[Dateline], best: Dateline) -> Dateline | None:
    """Another date line the page prints as its own (not an update) on another day, on another
    line in the same block of page lines (no sentence between them, as a related story's date
    below the text has): two page dates that disagree leave the article undated."""
    return next((d for d in own if not d.updated and d.kind != "lede" and d.date != best.date
                 and d.start > best.end and not _SENTENCE_END.search(text, best.end, d.start)
                 and not _UPDATE_LABEL.search(text, best.end, d.end)), None)


def _seconding(text: str, own: list[Dateline], best: Dateline, clipper: Dateline) -> Dateline | None:
    """The page's own line of the clipper's day when the first own line gives another day in the same
    block of page lines (:func:`_disagreeing`): a live page's section header "UPDATE: 14 June" above a
    byline of 13 June, saved on the 13th. Two of three dates agreeing settle it; without the clipper
    two page dates that disagree date nothing."""
    other = _disagreeing(text, own, best)
    return other if other is not None and other.date == clipper.date else None


_WORD_CHAR = re.compile(r"\w")


def _named_after(text: str, line: Dateline) -> dt.date | None:
    """A whole date the text names more than a day after ``line`` (a clipper's or a page's date
    that the content contradicts: an article cannot report what happened after it appeared). A print
    line closes the story: the story is above it, the site's other pages below; so does a block of
    other stories' teasers (``story_end``)."""
    # only the text's own written dates can be whole ones: read from the line's end (a relative date
    # resolved is never a whole date's words), unless a date could begin right there as it cannot in a
    # copy: every date opens with a word character, and DATE_PATTERN's \b reads the one before
    joined = (0 < line.end < len(text) and _WORD_CHAR.match(text, line.end - 1) is not None
              and _WORD_CHAR.match(text, line.end) is not None)
    ends = max(story_end(text), line.end)
    if line.kind == "print" or joined:
        body = text[:line.start] if line.kind == "print" else text[line.end:ends]
        found = find_dates(body, 0, len(body), line.date)
    else:
        found = [_resolve_absolute(m, line.date) for m in _dates_in(text, line.end, ends)]
    named = [m.date for m in found if m.date and m.precision == "day" and FULL_DATE.fullmatch(m.text)]
    latest = max(named, default=None)
    return latest if latest is not None and (latest - line.date).days > 1 else None


# A day told without its year is of the last months: one that would fall this long before a clipper's
# date ("the House on November 2 passed" on a page saved on 5 October) tells that the page was saved
# long after the article appeared (a site's old article clipped a year on).
LONG_AGO = 300
# the campaign's start and the days around it (the war that set it off) are named without a year
# long after ("since Oct. 7", "since October 17"), as is the start of any count
START_NEAR = 14
_COUNT_FROM = re.compile(r"\b(?:since|after|from|began\s+on|started\s+on)\s+(?:on\s+)?$", re.I)
_LAST_YEAR = re.compile(r"\W*(?:of\s+)?last\s+year\b", re.I)


def _saved_long_after(text: str, line: Dateline, start: dt.date,
                      note: str | None) -> tuple[Dateline | None, str | None]:
    """The clipper's ``line`` and the note, or None and why when the text tells a day (``_long_ago``)
    that the clipper's date would put nearly a year before it."""
    long_ago = _long_ago(text, line.end, line.date, start) if line.kind == "clipper" else None
    early = _since_before_start(text, line.date, start) if line.kind == "clipper" else None
    if early is not None:
        return None, (f"the clipper's date ({line.date:%d %b %Y}) would put the text's '{early}' before "
                      f"the campaign began ({start:%b %Y}), yet the text counts the campaign's acts from it: "
                      "the page is later than its clipper's date; not used")
    if long_ago is None:
        return line, note
    return None, (f"the clipper's date ({line.date:%d %b %Y}) would put the text's '{long_ago}', told "
                  "without its year, nearly a year before it: news gives the year of a day that far back, "
                  "so the page was saved long after it appeared; not used")


_WRITTEN_DAY = Screen.of(DATE_PATTERN)  # the words every written date needs (screen.py)


def _long_ago(text: str, after: int, day: dt.date, start: dt.date) -> str | None:
    """A day the text after ``after`` tells without its year (and not as a plan) that would be more
    than ``LONG_AGO`` days before ``day``: not a count's start, nor near the campaign's ``start``."""
    for _, first, last in all_sentences(text[after:]):
        sentence = text[after + first:after + last]
        if not _WRITTEN_DAY.may_match(sentence) or _PLANNED.search(sentence):
            continue  # (a day written without its year is DATE_PATTERN's: most sentences hold none)
        for told in find_dates(sentence, 0, len(sentence), day):
            if (told.date is not None and told.basis == "written" and not re.search(r"\d{4}", told.text)
                    and DATE_PATTERN.fullmatch(told.text) and (day - told.date).days > LONG_AGO
                    and _calendar_apart(told.date, start) > START_NEAR
                    and not _COUNT_FROM.search(sentence, 0, told.start)
                    and not _LAST_YEAR.match(sentence, told.end)):
                return told.text
    return None


# "strikes since February": acts counted from a month told without its day or year; the months just
# before the campaign's start are the war that set it off ("have attacked ships since October")
SINCE_BEFORE_START = 2
_SINCE_MONTH = re.compile(rf"\bsince\s+(?P<mon>{MON})\b(?!\.?\s*\d)")
_ACTS = Rules(grammar("events")).pattern("acts_sentence")
# "the first US strikes in Syria since March", "the deadliest attack since May": a month before the
# campaign told as such, nothing counted from it
_NOTHING_SINCE = re.compile(r"\b(?:first|last|only|largest|biggest|deadliest|heaviest|worst|rarely|rare)\b",
                            re.I)


def _since_before_start(text: str, day: dt.date, start: dt.date) -> str | None:
    """A "since <month>" in a sentence on attacks or strikes that, counted back from ``day`` (a
    clipper's date), falls months before the campaign's ``start``: acts of the campaign counted
    from before it began ("retaliatory strikes since February" on a page said to be of 1 January)."""
    for first, last in _sentences_holding(text, _SINCE_WORDS):
        if not _ACTS.search(text, first, last):
            continue
        for since in _SINCE_MONTH.finditer(text, first, last):
            if _NOTHING_SINCE.search(text, first, since.start()):
                continue
            month = month_of(since["mon"])
            year = day.year if month <= day.month else day.year - 1
            if (start.year * 12 + start.month) - (year * 12 + month) > SINCE_BEFORE_START:
                return since.group()
    return None


_SINCE_WORDS = Screen.of(_SINCE_MONTH)


def _sentences_holding(text: str, words: Screen) -> Iterator[tuple[int, int]]:
    """The sentences of ``text`` (as :func:`all_sentences` splits it) in its paragraphs that hold one of
    ``words``: a sentence is split from its own paragraph, and only those can hold a match."""
    for first, last in paragraphs(text):
        if words.may_match(text[first:last]):
            yield from sentences(text, first, last)


def _calendar_apart(one: dt.date, other: dt.date) -> int:
    """Days between two days of the calendar, whatever their years (2000 has a 29 February)."""
    apart = abs((dt.date(2000, one.month, one.day) - dt.date(2000, other.month, other.day)).days)
    return min(apart, 366 - apart)


def _wire_day_of(wire: WireDay, clipped: dt.date) -> dt.date | None:
    """The wire line's day when it is the clipper's day or the day before (the year from the
    clipper's, across a new year too); None when it is further off."""
    days = (safe_date(clipped.year - back, wire.month, wire.day) for back in (0, 1))
    return next((day for day in days if day is not None and 0 <= (clipped - day).days <= 1), None)


def _wire_day_ahead(wire: WireDay, clipped: dt.date) -> bool:
    """Whether the wire line gives the day after the clipper's: a wire in a time zone ahead of
    the page's ("Nov 20 (Wire)" on a page stamped 19 Nov, 8 pm)."""
    ahead = clipped + dt.timedelta(days=1)
    return (wire.month, wire.day) == (ahead.month, ahead.day)


def _page_confirms(article: Article, clipped: dt.date) -> bool:
    """Whether the page's own date line or its address gives the clipper's day."""
    own = any(d.kind != "clipper" and d.date == clipped for d in datelines(article.text))
    return own or bool(article.url and url_date(article.url, _stamp_zones()) == clipped)


def text_today(article: Article, position: int) -> Article:
    """The article as its text up to ``position`` (a mention's start, a sentence's end: a lede run
    on to the wire line is the wire's) tells time: past a wire line kept apart from the
    publication (:attr:`Article.wire_today`), with the wire's day as the day its "yesterday" and
    "on Tuesday" count from and no time of day (the page's hour is not the wire's); elsewhere the
    article itself. Only for resolving the text's days: the article's record keeps the page's."""
    wire = article.wire_today
    if wire is None or position <= wire.start:
        return article
    return dataclasses.replace(article, published=wire.day, published_time=None)


def _wire_today(article: Article, day: dt.date, wire: WireDay) -> Article:
    """The article whose wire text (from its wire line on) counts its relative days from the wire
    line's ``day``, kept apart from the page's publication date: a wire's "yesterday" is the
    wire's, whatever evening or morning the page republished it."""
    return dataclasses.replace(article, wire_today=WireToday(day, wire.start))


def _by_line(article: Article, line: Dateline, wire: WireDay | None) -> Article:
    """The article dated by its chosen date line, unless that is the page's own line a day before
    the wire line of the text it prints ("Dec 03, 2023" above "CITY [Country], December 4 :"), with no
    clipper's date to second either: a page cannot appear before the wire it carries, so one of the
    two is another time zone's and the text does not say which day the page is. Then undated, and
    the wire's text counts its days from the wire's day. But a stamp that prints its offset from
    UTC and falls on the wire line's day in UTC agrees with it (:func:`_stamp_in_utc`)."""
    if wire is not None and line.kind != "clipper" and (day := _wire_day_in_utc(article.text, line, wire)):
        return _stamp_in_utc(article, day, line, wire)
    if wire is None or line.kind == "clipper" or not _wire_day_ahead(wire, line.date):
        return _dated(article, line.date, line.time, "dateline", line.start, line.end)
    shown = article.text[wire.start:wire.end]
    note = (f"the page's date line ({line.date:%d %b %Y}) is the day before its wire line ({shown}): "
            "the page's day cannot be established; not used")
    undated = _wire_today(article, line.date + dt.timedelta(days=1), wire)
    return dataclasses.replace(undated, problems=(*article.problems, note))


def _wire_day_in_utc(text: str, line: Dateline, wire: WireDay) -> dt.date | None:
    """The page stamp's day in UTC (:func:`utc_day`) when it is not the stamp's own day but the
    wire line's; None otherwise."""
    day = utc_day(text, line)
    if day is None or day == line.date or (day.month, day.day) != (wire.month, wire.day):
        return None
    return day


def _stamp_in_utc(article: Article, day: dt.date, line: Dateline, wire: WireDay) -> Article:
    """The article dated by its wire line's ``day``, which its page's stamp falls on in UTC though
    not in the page's own time zone: a site far ahead of UTC (or behind it) republishing a wire
    ("13 May 2031, 04:44 GMT+11" over "CITY, May 12 (Wire) --") prints its own calendar's day; the
    instant is the wire's day, and the two agree on it. No time: the stamp's hour is not the wire's
    zone's. The stamp is kept from the events' dates, as a date line used is."""
    stamp, shown = article.text[line.start:line.end].strip(), article.text[wire.start:wire.end]
    note = (f"the page's stamp ({stamp}) is {day:%d %b %Y} in UTC, the day of its wire line ({shown}), "
            "though another day in the page's own time zone: the wire line's day is used")
    dated = _dated(article, day, None, "dateline", wire.start, wire.end)
    clean = dated.clean[:line.start] + " " * (line.end - line.start) + dated.clean[line.end:]
    return dataclasses.replace(dated, clean=clean, problems=(*article.problems, note))


def _wire_over_clipper(article: Article, line: Dateline, wire: WireDay) -> tuple[Article, Dateline | None]:
    """A clipper's date against the article's own wire line: the clipper's is kept when the wire
    line is of its day, or of the day before while the page's own date line or address gives the
    clipper's day (a Baghdad wire of the 7th put out the next morning far east, "08:50, February
    08, 2024" on the page), or of the day after while the page's own line gives the clipper's day
    (a wire of a time zone ahead, republished the evening before by the page). A wire line of the
    day before and nothing else for the clipper's day: the wire line's day is the article's
    ("Tel Aviv, February 22 (Wire):" clipped the 23rd: the clipper's line is page metadata,
    LABELLING). Further off: neither, and the wire line's year
    is looked for elsewhere."""
    day = _wire_day_of(wire, line.date)
    near = day is not None or _wire_day_ahead(wire, line.date)
    if day == line.date:
        return article, line
    if near and _page_confirms(article, line.date):
        return _wire_today(article, day or line.date + dt.timedelta(days=1), wire), line
    shown = article.text[wire.start:wire.end]
    note = (f"the clipper's date ({line.date.isoformat()}) and the article's own wire line "
            f"({shown}) disagree; the article's own is used")
    article = dataclasses.replace(article, problems=(*article.problems, note))
    if day is None:
        day = _wire_days_before(article.text, wire, line.date)
    if day is not None:
        return _dated(article, day, None, "dateline", wire.start, wire.end), None
    return article, None


WIRE_DAYS_BEFORE = 7  # a wire line this many days before the clipper's date or fewer takes its year


def _wire_days_before(text: str, wire: WireDay, clipped: dt.date) -> dt.date | None:
    """The wire line's day in the clipper's year ("BAGHDAD, Jan. 20 (Wire) --" on a page saved on 22
    January) when it is a week or less before the clipper's date and the weekdays its lede tells are
    that day's or the day before ("rockets were launched Saturday": 20 January 2024 is a Saturday)."""
    days = (safe_date(clipped.year - back, wire.month, wire.day) for back in (0, 1))
    day = next((d for d in days if d is not None and 0 <= (clipped - d).days <= WIRE_DAYS_BEFORE), None)
    if day is None:
        return None
    named = lede_weekdays(text, wire.end)
    return day if named and all((day.weekday() - wanted) % 7 in (0, 1) for wanted in named) else None


_BY_WEEKDAY = re.compile(r"\b(?:on|late|early|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                         r"Sunday)\b")


def _wire_dated(article: Article, wire: WireDay, story: StoryTime | None = None) -> Article:
    """"WASHINGTON, Jan 24 (KUNA) --": the day from the line, the year from the article's
    address (when it is that day or within a few days) or from the dates its text names; failing
    those, from what the story knows (:func:`year_by_story`)."""
    text = article.text
    shown = text[wire.start:wire.end]
    address = url_date(article.url, _stamp_zones()) if article.url else None
    year = None
    if address:
        candidate = safe_date(address.year, wire.month, wire.day)
        year = candidate if candidate and abs((address - candidate).days) <= 3 else None
    # a site's today the dating refused (a header months after the text's days) gives no year
    year = year or year_from_text(without_site_today(text, text), wire.month, wire.day)
    if year:
        note = f"the year of the date line ({shown}) from the article's address or the dates it names"
        return dataclasses.replace(_dated(article, year, None, "dateline", wire.start, wire.end),
                                   problems=(*article.problems, note))
    bare = without_site_today(text, article.clean)
    by_story = year_by_story(bare, wire, story) if story is not None else None
    if isinstance(by_story, tuple):
        day, evidence = by_story
        said = _said_elsewhere(article, day)
        if said is None:
            note = f"the year of the date line ({shown}) from {shown_evidence(evidence)}"
            return dataclasses.replace(_dated(article, day, None, "dateline", wire.start, wire.end),
                                       published_year=evidence, problems=(*article.problems, note))
        by_story = f"the year the story gives ({day.year}) makes it another weekday than \"{said}\""
    why = by_story or "nothing in the text fixes it"
    return dataclasses.replace(article, dateline_day=f"{wire.month:02d}-{wire.day:02d}", problems=(
        *article.problems, f"the date line gives {shown} without a year, and {why}; add 'published:'"))


def placed_by_run(article: Article, day: dt.date, evidence: YearFrom) -> Article:
    """The undated article dated by its date line's month and day in the year the run placed it
    in (``evidence``: how); unchanged when its date line is not that month and day."""
    wire = wire_day(article.text)
    if article.published is not None or wire is None or (wire.month, wire.day) != (day.month, day.day):
        return article
    note = (f"the year of the date line ({article.text[wire.start:wire.end]}) from "
            f"{shown_evidence((evidence,))}")
    dated = _dated(article, day, None, "dateline", wire.start, wire.end)
    return dataclasses.replace(dated, published_year=(evidence,), dateline_day=None,
                               problems=(*article.problems, note))


# The day a statement was made, told by its weekday ("the Pentagon said Thursday"): an article
# appears that day or the next, so its address's day must be one of the two.
_SAID_ON = re.compile(r"\b(?:said|announced|(?:released|issued|published)\s+a\s+statement)\s+(?:on\s+)?"
                      r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _said_elsewhere(article: Article, day: dt.date) -> str | None:
    """The first "said <weekday>" of the text when ``day`` is neither that weekday nor the day after."""
    said = _SAID_ON.search(article.clean)
    if said is None:
        return None
    wanted = WEEKDAYS.index(said["wd"].lower())
    return None if (day.weekday() - wanted) % 7 in (0, 1) else said.group()


def _from_url(article: Article, start: dt.date | None = None) -> Article | None:
    """The day in the article's address (front matter, a feed's link, or an address line at the
    top): outlets put the publication day there, unless the text's own weekday disagrees (a
    statement's, its "today, Monday" (:func:`_named_today_disagrees`), or the lede's news of the next
    day: :func:`_lede_after_address`), or
    (``start``: the campaign's first day, when known) the text tells a day without its year that
    the address's day would put nearly a year back (``_long_ago``): an address keeps the day a
    page first appeared, and an explainer updated since tells the weeks after it."""
    found = _url_dated(article)
    if found is None or found.published is None:
        return found
    said = _said_elsewhere(article, found.published) or _named_today_disagrees(article.text, found.published)
    lede = None if said else _lede_after_address(article.text, found.published)
    later = None if start is None or said or lede else _long_ago(article.clean, 0, found.published, start)
    if said is None and lede is None and later is None:
        return found
    why = (f"the text says \"{said}\"" if said
           else f"its lede's '{lede}' puts its news on the day after" if lede
           else f"the text tells '{later}' without its year a year back")
    note = (f"the article's address gives {found.published:%A %d %b %Y}, but {why}: the two disagree, so "
            "neither dates it")
    return dataclasses.replace(article, problems=(*article.problems, note))


def _lede_after_address(text: str, day: dt.date) -> str | None:
    """The lede's weekday when it is the day after the address's ``day`` (:func:`_lede_next_day`, as
    for a clipper's date): the address was made on the other side of midnight from the news its
    lede reports ("fired at dawn on Sunday, local time" under a Saturday's address)."""
    clipper = CLIPPER.match(text)
    at = clipper.end() if clipper else 0
    line = Dateline(day, None, at, at)
    yesterday = _yesterday_on_its_day(text, line)
    return _lede_next_day(text, line) or (" ".join(yesterday) if yesterday else None)


def _url_dated(article: Article) -> Article | None:
    zones = _stamp_zones()
    day = url_date(article.url, zones) if article.url else None
    if day is not None:
        note = f"publication date taken from the article's address ({article.url})"
        return dataclasses.replace(article, published=day, published_basis="url",
                                   problems=(*article.problems, note))
    line = url_line(article.text)
    day = url_date(line[0], zones) if line else None
    if line and day is not None:
        return _dated(article, day, None, "url", line[1], line[2])
    return None


def _looks_like_page_header(text: str, line: Dateline) -> bool:
    """A site header shows the site's today: a first line far later than the days the article
    itself names, in an article that tells its news by weekday ("on Friday")."""
    first = next(iter(paragraphs(text)), (0, 0))
    if line.kind not in ("title", "line") or line.start > first[1] or _PUBLISH_LABEL.match(text, line.start):
        return False
    body = text[first[1]:]
    if not _BY_WEEKDAY.search(body):
        return False
    named = [m.date for m in find_dates(body, 0, len(body), line.date) if m.date and m.precision == "day"
             and DATE_PATTERN.fullmatch(m.text)]
    return bool(named) and (line.date - max(named)).days > HEADER_GAP


# The site's weather in its header ("32.1 C", "28°C"), on the first lines of the page
_WEATHER = Rules(grammar("datelines")).pattern("weather_reading")
WEATHER_LINES = 3  # the page's first lines, where a header's weather and its today are


def _weather_header(text: str, line: Dateline) -> bool:
    """Whether ``line`` is on the page's first ``WEATHER_LINES`` lines and one of them holds the site's
    weather (``_WEATHER``): a weather box's city, temperature and today, not the article's day."""
    top = _top_lines(text, WEATHER_LINES)
    return bool(top) and line.start < top[-1][1] and any(_WEATHER.search(text, s, e) for s, e in top)


# a date labelled as the article's ("Publish date Monday 15 January 2024 - 16:19", "Posted on ..."): the
# page says whose day it is, not the site's today
_PUBLISH_LABEL = re.compile(r"\s*(?:publish(?:ed)?|posted|first\s+published)\b", re.I)
# how much later than every day the text names a first line must be to be the site's own date:
# three weeks (an article recalls a strike of a fortnight before beside its own news)
HEADER_GAP = 21


# A site's running date: a weekday beside a full date, first or after it, the day before or after the
# month, with commas or without ("Sunday, 22 December 2024", "22 December 2024, Sunday", "Sunday
# December 22 2024"), a navigation's cells beside it or not; an article's own date line under its
# headline may take the same form, but it is of the days the text tells, not months after them
_RUNNING_DAY = rf"(?:{DAY}\s+(?:of\s+)?{MON}|{MON}\s+{DAY}),?\s+(?:19|20)\d\d\b"
_RUNNING_WEEKDAY = "(?i:" + "|".join(WEEKDAYS) + r")\b"
_RUNNING = re.compile(rf"\b{_RUNNING_WEEKDAY},?\s+{_RUNNING_DAY}|\b{_RUNNING_DAY},?\s+{_RUNNING_WEEKDAY}")
# a label says whose day it is: the article's ("Published", "Posted", "Updated", a byline's "By")
_ANY_LABEL = re.compile(r"\b(?:publish(?:ed)?|posted|updated|modified|first\s+published|by)\b", re.I)
# "months" after every day the text tells: no article's own date is that far from all of them
RUNNING_GAP = 60


def _running_long_after(text: str, line: Dateline) -> dt.date | None:
    """The newest day the text tells (a count's start and a span's ends aside) when ``line`` is a
    site's running date (``_RUNNING``: no time of day, no label) more than ``RUNNING_GAP`` days
    after it: the day the page was saved, as the site prints its today, not the article's."""
    shown = text[line.start:line.end]
    if line.kind not in ("title", "line") or not _RUNNING.search(shown):
        return None
    if time_of(shown) is not None or _ANY_LABEL.search(shown):
        return None
    clipped = CLIPPER.match(text)  # the clipper's day is the saving's, never one the text tells
    at = clipped.end() if clipped is not None and clipped.end() <= line.start else 0
    body = " " * at + text[at:line.start] + " " * len(shown) + text[line.end:]
    told = [m.date for m in find_dates(body, 0, len(body), line.date) if m.date and m.precision == "day"
            and DATE_PATTERN.fullmatch(m.text) and not _SPAN_WORD.search(body, max(0, m.start - 20), m.start)]
    newest = max(told, default=None)
    return newest if newest is not None and (line.date - newest).days > RUNNING_GAP else None


def _running_refuted(line: Dateline, clipper: Dateline | None,
                     newest: dt.date) -> tuple[Dateline | None, str | None]:
    """The clipper's date, or none, in place of a site's running date months after the text's days
    (:func:`_running_long_after`): a clipper's date as far after them is the same day the page was
    saved, and dates nothing either."""
    note = (f"the date at the top ({line.date:%A, %d %b %Y}) is a site's running date, months after "
            f"every day the text tells (the newest {newest:%d %b %Y}): the day the page was saved, not "
            "the article's; not used")
    if clipper is None or (clipper.date - newest).days <= RUNNING_GAP:
        return clipper, note
    return None, note + f"; nor is the clipper's date ({clipper.date:%d %b %Y}), as far after them"


def _published_below(text: str, own: list[Dateline], running: Dateline) -> Dateline | None:
    """The page's own line labelled as the article's ("Published: 09:40, 4 May 2031", ``_PUBLISH_LABEL``)
    below a site's running date the text refutes (:func:`_running_long_after`): the page says whose day
    that line is, and the site's today above it is furniture, not a second anchor. Only a line of
    its own (never an update's stamp) at the top of the page, where the running date is."""
    return next((d for d in own if d.start > running.end and d.kind in ("title", "line") and not d.updated
                 and _PUBLISH_LABEL.match(text, d.start)), None)


# A site's running date above everything ("Monday, February 26, 2024" and nothing else on the
# line): the day the page was saved, not the article's, unless the text agrees. Also with the month
# first ("September, Thursday 19, 2024"), in the other languages' weekdays, and with the day in the
# Hijri calendar after it, as Arab sites' date bars print it ("<weekday> 16 <month> 2024
# corresponding to 13 <Hijri month> 1446"): an article's own date line gives a time, a label or
# the Gregorian day alone.
MASTHEAD_WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
    "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
    "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    # short forms with their dot, as date bars print them ("Sun. Apr 14th, 2024", German "So. Apr 14th")
    r"mon\.", r"tue\.", r"tues\.", r"wed\.", r"thu\.", r"thur\.", r"thurs\.", r"fri\.", r"sat\.", r"sun\.",
    r"mo\.", r"di\.", r"mi\.", r"do\.", r"fr\.", r"sa\.", r"so\.",
)
_MASTHEAD = re.compile(
    rf"[\s|]*(?:{MON},?\s+)?(?:{'|'.join(MASTHEAD_WEEKDAYS)})(?![^\W\d_])،?,?\s+"
    r"[\w ,.،]{3,25}?\b(?:19|20)\d\d(?:\s+الموافق\s+[\w ]{3,30}?\b14\d\d(?:\s*هـ)?)?[\s|]*", re.I)
# the same running date with its weekday after the day, as some sites' date bars print it between
# pipes ("| 25 July 2024, Thursday |"): an article's own date line puts the weekday first or not at all
_MASTHEAD_WEEKDAY_AFTER = re.compile(
    r"[\s|]*[\w ,.]{3,25}?\b(?:19|20)\d\d,?\s+"
    rf"(?:{'|'.join(MASTHEAD_WEEKDAYS)})(?![^\W\d_])[\s|]*", re.I)
# the lines a page may print above its running date: a ticker's word ("Breaking", "LIVE", "عاجل"), or
# a name in lower case alone, as a tracker's image leaves it ("scorecardresearch") when the page is
# saved as text (a headline or a section's name begins with a capital)
_TICKER = re.compile(r"\s*(?:(?i:breaking(?:\s+news)?|live|urgent|just\s+in|latest)|عاجل"
                     r"|[a-z][a-z0-9._-]*)\s*")
ABOVE_MASTHEAD = 3  # furniture lines looked past, at most


def _masthead(text: str, line: Dateline) -> bool:
    """A weekday and a date alone on the page's first line (or under a few lines of furniture), with
    no time or label, and no full date in the text within two weeks before it (an article on its own
    page agrees with its day)."""
    if line.kind not in ("title", "line") or not masthead_at(text, line.start):
        return False
    return not _agreed(text, line.end, line.date)


def _agreed(text: str, after: int, day: dt.date) -> bool:
    """Whether the text after ``after`` names a full date within two weeks before ``day``."""
    body = text[after:]
    named = [m.date for m in find_dates(body, 0, len(body), day) if m.date and m.precision == "day"
             and DATE_PATTERN.fullmatch(m.text)]
    return any(0 <= (day - named_day).days <= 14 for named_day in named)


def _site_today(text: str, line: Dateline) -> bool:
    """Whether ``line`` is a date the dating refuses as the site's own today (its header weeks after
    the text's days, its running date months after them, its weather box's or its masthead's date):
    furniture of the day the page was saved, not a day the article fixes."""
    return line.kind in ("title", "line") and (
        (_weather_header(text, line) and not _agreed(text, line.end, line.date))
        or _looks_like_page_header(text, line) or _running_long_after(text, line) is not None
        or _masthead(text, line))


@functools.lru_cache(maxsize=8)
def site_today_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the page prints a site's today (:func:`_site_today`): a date the dating refuses as the
    page's must give no other day its year either ("a January 28 attack" under a header of November
    2024 is not of January 2025), nor tie the text to the campaign's years."""
    return tuple((line.start, line.end) for line in datelines(text) if _site_today(text, line))


def without_site_today(text: str, clean: str) -> str:
    """``clean`` (the same length as ``text``) with the site's-today dates of ``text`` blanked by
    spaces (:func:`site_today_spans`), so offsets still index ``text``."""
    spans = site_today_spans(text)
    if not spans:
        return clean
    pieces, at = [], 0
    for start, end in spans:
        pieces += [clean[at:start], " " * (end - start)]
        at = end
    return "".join([*pieces, clean[at:]])


def masthead_at(text: str, position: int) -> bool:
    """Whether ``position`` is in a site's running date (``_MASTHEAD``, alone on its line or as one
    cell of the site's navigation line) on the page's first line, or under lines of furniture (a
    ticker's word or two, a tracker's name; the site's name in capitals on the first line; the site's
    navigation: :func:`_furniture`): no day the article fixes by itself."""
    lines = _top_lines(text, ABOVE_MASTHEAD_NAVIGATION + 1)
    for index, (start, end) in enumerate(lines):
        if start <= position < end:
            return any(pattern.fullmatch(cell) is not None for cell in _cells(text[start:end])
                       for pattern in (_MASTHEAD, _MASTHEAD_WEEKDAY_AFTER))
        if position < start or not _furniture(text, lines, index):
            return False
    return False


def _top_lines(text: str, count: int) -> list[tuple[int, int]]:
    """The spans of the first ``count`` non-blank lines of ``text``."""
    found: list[tuple[int, int]] = []
    first = len(text) - len(text.lstrip())
    while first < len(text) and len(found) < count:
        end = text.find("\n", first)
        end = end if end >= 0 else len(text)
        found.append((first, end))
        first = len(text) - len(text[end:].lstrip())
    return found


def _cells(line: str) -> list[str]:
    """A line and, when it is a bar of the site's cells ("Home | World | Sunday, 22 December 2024"),
    each cell."""
    cells = [cell for cell in _CELL_MARK.split(line) if cell.strip()]
    return [line, *cells] if len(cells) > 1 else [line]


def _furniture(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Whether the ``index``-th line at the top is the site's, not the article's: a ticker's word or a
    tracker's name within the first ``ABOVE_MASTHEAD`` lines; the site's name in capitals as the first
    line ("EXAMPLE DAILY NEWS"); a navigation line of short cells ("Home | World | Sport"); or one of
    ``MENU_RUN`` or more short menu lines in a row ("Home", "World", "Sport", each alone). One short
    line alone above a date ("World") may be the article's section, and is not looked past."""
    start, end = lines[index]
    line = text[start:end]
    if index < ABOVE_MASTHEAD and _TICKER.fullmatch(line):
        return True
    if index == 0 and _SITE_NAME.fullmatch(line) and 2 <= len(line.split()) <= SITE_NAME_WORDS:
        return True
    cells = _cells(line)[1:]
    if len(cells) >= 2 and all(_MENU_ITEM.fullmatch(cell.strip()) for cell in cells):
        return True
    return _in_menu(text, lines, index)


def _in_menu(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Whether the ``index``-th line is in a run of ``MENU_RUN`` or more menu items, one a line (a short
    headline over its byline is two short lines, a menu more)."""
    items = [_MENU_ITEM.fullmatch(text[s:e].strip()) is not None for s, e in lines]
    if not items[index]:
        return False
    first, last = index, index
    while first > 0 and items[first - 1]:
        first -= 1
    while last + 1 < len(items) and items[last + 1]:
        last += 1
    return last - first + 1 >= MENU_RUN


_CELL_MARK = re.compile(r"[ \t]*[|•·][ \t]*|[ \t]{2,}|\t")
# a menu's item: one to three capitalised words, no digit and no sentence's mark ("Home", "Middle East")
_MENU_ITEM = re.compile(r"(?!By\b)[A-Z][A-Za-z&'’-]*(?:[ \t]+[A-Za-z&'’-]+){0,2}")
MENU_RUN = 3  # menu items one a line, at the least
# the site's name as its logo's text leaves it, in capitals ("EXAMPLE DAILY NEWS")
_SITE_NAME = re.compile(r"[ \t]*[A-Z][A-Z&'’. -]{2,40}[ \t]*")
SITE_NAME_WORDS = 4
ABOVE_MASTHEAD_NAVIGATION = 12  # navigation lines looked past, at most


def date_article(article: Article, story: StoryTime | None = None) -> Article:
    """The article with its publication date and ``published_basis`` filled in.

    In order: front matter; the article's own date line (over a clipper's header, and not a
    site header with its today); a wire dateline's day with a year fixed elsewhere; the
    article's address; a date line in a form only dateparser reads; an embedded post's date.
    ``story``: what the story knows about time, which may fix a date line's year.
    """
    if article.published_basis == "front-matter":
        return article
    line, note = _choose(article.text, story.start if story is not None else None)
    if note:
        article = dataclasses.replace(article, problems=(*article.problems, note))
    wire = wire_day(article.text)
    if line and line.kind == "clipper" and wire:
        article, line = _wire_over_clipper(article, line, wire)
        if article.published is not None:
            return article
    if line:
        return _by_line(article, line, wire)
    if wire:
        article = _before_its_clipper(_wire_dated(article, wire, story))
        if article.published is not None:
            return article
    from_url = functools.partial(_from_url, start=story.start if story is not None else None)
    for reader in (from_url, _from_dateparser, _from_embedded_post):
        dated = reader(article)
        if dated is not None:
            return dated
    note = "no publication date found (no front matter, date line or dated post); add 'published:'"
    return dataclasses.replace(article, problems=(*article.problems, note))


def _before_its_clipper(article: Article) -> Article:
    """The article undated when the wire line's day, dated in a year found elsewhere, is more than a
    day after the clipper's date: a page is not saved before the wire it carries was written, so the
    year is not the wire's, or the clipper's date is not the page's; the two disagree. A day after
    is a wire of a time zone ahead, and stands."""
    found = CLIPPER.match(article.text)
    clipped = safe_date(*(int(x) for x in found.group(1).split("-"))) if found else None
    if article.published is None or clipped is None or (article.published - clipped).days <= 1:
        return article
    return _undated(article, (
        f"the date line's day ({article.published:%d %b %Y}, its year found elsewhere) is "
        f"{(article.published - clipped).days} days after the clipper's date ({clipped:%d %b %Y}): a page is "
        "not saved before the wire it carries, so the two disagree; not used"))


def _from_dateparser(article: Article) -> Article | None:
    found = _dateparser_fallback(article.text)
    if found is None:
        return None
    day, time, start, end = found
    if masthead_at(article.text, start) and not _agreed(article.text, end, day):
        note = (f"the date at the top ({day:%A, %d %b %Y}) stands alone above the headline, as a site's "
                "running date of the day the page was saved does, and nothing in the text agrees: not used")
        return dataclasses.replace(article, problems=(*article.problems, note))
    return _dated(article, day, time, "dateline", start, end)


# A sentence that says who said it ("..., the minister said in a statement", "did not specify"), and
# the weekdays it names: the statement's day, or the day of what it tells; but never one told as a
# time of day ("struck on Wednesday night, the command confirmed", "early Sunday"): that is the
# act's time, and an article may quote a post's account of that night a day or more later (issue 23
# item 7)
_SAYS = re.compile(r"\b(?:said|says|told|announced|confirmed|stated|specif(?:y|ied)|added)\b")
_WEEKDAY_WORD = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_ACT_TIME = re.compile(r"(?:(?<=\blate\s)|(?<=\bearly\s))\w+day\b"
                       r"|\w+day\b(?=\s+(?:night|evening|morning|afternoon|overnight)\b)", re.I)


def _said_weekdays(clean: str) -> list[int]:
    """The weekdays named in the sentences that tell who said them, but a time of day's."""
    return [WEEKDAYS.index(m.group(1).lower()) for _, start, end in all_sentences(clean)
            if _SAYS.search(clean, start, end) for m in _WEEKDAY_WORD.finditer(clean, start, end)
            if not _ACT_TIME.match(clean, m.start())]


def _names_day_after(clean: str, day: dt.date) -> bool:
    """Whether the text names the weekday after ``day`` ("the strikes early Wednesday" under a post
    of a Tuesday): told on the post's day, it would be six days back, before the post's own news."""
    after = (day.weekday() + 1) % 7
    return any(WEEKDAYS.index(m.group(1).lower()) == after for m in _WEEKDAY_WORD.finditer(clean))


def _from_embedded_post(article: Article) -> Article | None:
    """The newest date of a post embedded in the article, when the sentences that tell who said
    them name that weekday or the one before, and no other ("struck on Wednesday, the minister
    said"): a post's day is the post's, and an article quoting it may be days later (issue 23
    item 7), so the text must agree."""
    embeds = [(day, m) for m in _EMBED_DATE.finditer(article.text) if (day := parse_full_date(m["date"]))]
    if not embeds:
        return None
    day, match = max(embeds, key=lambda pair: pair[0])
    said = _said_weekdays(article.clean) if _WEEKDAY_WORD.search(article.clean) else []
    if not said or any((day.weekday() - wanted) % 7 not in (0, 1) for wanted in said):
        note = (f"an embedded post is dated {day:%d %b %Y}, but the text's statements are not told on that "
                "day's weekday or the day before: the post's day, not necessarily the article's; not used")
        return dataclasses.replace(article, problems=(*article.problems, note))
    if _names_day_after(article.clean, day):
        note = (f"an embedded post is dated {day:%d %b %Y}, but the text names the next day's weekday "
                f"({WEEKDAYS[(day.weekday() + 1) % 7].capitalize()}): the article was written that day or "
                "later, so the post's day is not the article's; not used")
        return dataclasses.replace(article, problems=(*article.problems, note))
    note = ("publication date taken from the date of a post embedded in the article, which the text's "
            "weekday agrees with")
    return dataclasses.replace(_dated(article, day, None, "body", match.start("date"), match.end("date")),
                               problems=(*article.problems, note))


def _dated(article: Article, day: dt.date, time: dt.time | None, basis: PublishedBasis,
           start: int, end: int) -> Article:
    evidence = Evidence(article.id, start, end, article.text[start:end])
    # The date line is about the article, not the story: no event may take its date.
    clean = article.clean[:start] + " " * (end - start) + article.clean[end:]
    return dataclasses.replace(
        article, clean=clean, published=day, published_time=time,
        published_basis=basis,
        published_evidence=evidence,
    )


def inside_quotes(clean: str, start: int, position: int) -> bool:
    """Whether ``position`` falls inside a quotation opened after ``start``."""
    before = clean[start:position]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


@dataclass(frozen=True)
class Anchor:
    """A day an undated article itself fixes: a full date it names ("Jan. 28, 2024") or a known
    event it tells. It gives the year of a nearby "Feb. 2" (within ``YEAR_REACH`` days, when
    only one year fits); with ``weekday`` (the article also names that day's weekday, "on
    Sunday"), that one weekday is that day. It is not a publication date."""

    date: dt.date
    reason: str
    weekday: bool = False
    reach: int = 120  # days around the anchor within which a date without its year is placed
    # a post the article embeds ("— Central Command (@CENTCOM) November 11, 2024"): not the article's
    # publication date (it may be days later), but the day its weekdays and "yesterday" count back
    # from, as a reader with the post beside the text counts them
    counts_back: bool = False


def post_anchor(text: str) -> Anchor | None:
    """The newest day of a post the article embeds, as an anchor its days count back from."""
    posts = [(day, m["date"]) for m in _EMBED_DATE.finditer(text) if (day := parse_full_date(m["date"]))]
    if not posts:
        return None
    day, shown = max(posts)
    # a text that names the post's next weekday was written that day or later: nothing counts back
    # from the post's day ("struck early Wednesday" under a Tuesday's post is not six days before it)
    return Anchor(day, f"the embedded post's date ('{shown}')", counts_back=not _names_day_after(text, day))


YEAR_REACH = 120  # the usual ``Anchor.reach``


def find_dates(clean: str, start: int, end: int, published: dt.date | None,
               published_time: dt.time | None = None, anchor: Anchor | None = None) -> list[DateMention]:
    """Date expressions in ``clean[start:end]``, resolved against ``published`` (or, in an
    undated article, as far as an ``anchor`` allows)."""
    if not any(hits.any(start, end) for hits in _date_words(clean)):
        return []  # not a word either pattern needs (screen.py)
    found = [_resolve_absolute(m, published, anchor) for m in _dates_in(clean, start, end)]
    starts = [m.start for m in found]  # in order, and the spans do not overlap
    for match in _relative_in(clean, start, end):
        inside = bisect.bisect_right(starts, match.start()) - 1  # the last date starting at or before it
        if inside >= 0 and match.start() < found[inside].end:
            continue
        if published is not None and _stamped_transcript(clean):
            found.append(_speakers_day(match))
        elif published is None and anchor is not None and anchor.counts_back:
            counted = _resolve_relative(clean, match, anchor.date, None, start)
            found.append(dataclasses.replace(counted, note=f"counted back from {anchor.reason}"))
        elif published is None and anchor is not None:
            found.append(_resolve_anchored(match, anchor))
        else:
            found.append(_resolve_relative(clean, match, published, published_time, start))
    return _beside_its_day(clean, sorted(found, key=lambda m: m.start))


# A turn of a transcription service's transcript, its speaker and the time into the recording
# ("Sabrina Singh (00:06):", "Speaker 1 [01:12:40]:") opening a line; never a live blog's update
_STAMPED_TURN = Rules(grammar("events")).pattern("stamped_turn")


@functools.lru_cache(maxsize=64)
def _stamped_transcript(clean: str) -> bool:
    """Whether the page is a transcription service's transcript of a briefing: its date is the day
    it was posted, often days after the briefing, and its speakers count their "last night" and
    "on Tuesday" from the briefing's day, which the page does not give (issue 23, form 6)."""
    turns = _STAMPED_TURN.finditer(clean)
    return next(turns, None) is not None and next(turns, None) is not None


def _speakers_day(match: re.Match[str]) -> DateMention:
    return DateMention(match.start(), match.end(), match.group(0), None, "unknown",
                       "a transcript's speaker counts from the briefing's day, which the page does not give",
                       basis="unknown")


_BESIDE_SEP = re.compile(r"\s*[,(]?\s*")


def _beside_its_day(clean: str, found: list[DateMention]) -> list[DateMention]:
    """A weekday left open, written right before a day that falls on it ("On Saturday, Dec. 21" in an
    undated article whose anchor fixes only the 21st's year), is that day."""
    for index, (day, nxt) in enumerate(itertools.pairwise(found)):
        if (day.date is None and nxt.date is not None and day.text.lower() in WEEKDAYS
                and WEEKDAYS[nxt.date.weekday()] == day.text.lower()
                and _BESIDE_SEP.fullmatch(clean, day.end, nxt.start)):
            found[index] = dataclasses.replace(day, date=nxt.date, precision="day",
                                               note=f"the {day.text} of '{nxt.text}' beside it")
    return found


_SCREENS = (Screen.of(DATE_PATTERN), Screen.of(_RELATIVE, shared=True))
_OPENINGS = (Openings(DATE_PATTERN), Openings(_RELATIVE))
_LONG = 400  # characters: a longer span is searched only where a date can begin


def _dates_in(clean: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``DATE_PATTERN.finditer(clean, start, end)``."""
    if end - start > _LONG:
        return _OPENINGS[0].finditer(clean, None, start, end)
    return DATE_PATTERN.finditer(clean, start, end)


def _relative_in(clean: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_RELATIVE.finditer(clean, start, end)``."""
    if end - start > _LONG:
        return _OPENINGS[1].finditer(clean, None, start, end)
    return _RELATIVE.finditer(clean, start, end)


@functools.lru_cache(maxsize=8)
def _date_words(clean: str) -> tuple[Hits, ...]:
    """Where the words the date patterns need are in one text (found once per article)."""
    return tuple(screen.scan(clean) for screen in _SCREENS)


def written_dates(clean: str, start: int, end: int) -> list[DateMention]:
    """The dates of ``clean[start:end]`` that name their year, as :func:`find_dates` reads them in
    an undated article without an anchor (where they are the only dates it resolves), in order,
    with the month-and-day ones it leaves unresolved."""
    if not _date_words(clean)[0].any(start, end):
        return []
    return [_resolve_absolute(m, None) for m in _dates_in(clean, start, end)]


def _resolve_anchored(match: re.Match[str], anchor: Anchor) -> DateMention:
    """In an undated article, only the anchor's own weekday is a known day."""
    text = match.group(0)
    same = (anchor.weekday and match["wd"] and WEEKDAYS.index(match["wd"].lower()) == anchor.date.weekday()
            and (match["mod"] or "").lower() not in ("next", "last"))
    if same:
        return DateMention(match.start(), match.end(), text, anchor.date, "day",
                           f"{match['wd']} = {anchor.date:%d %b %Y} ({anchor.reason})", basis="weekday")
    return DateMention(match.start(), match.end(), text, None, "unknown",
                       "relative date in an undated article")


def _resolve_absolute(match: re.Match[str], published: dt.date | None,
                      anchor: Anchor | None = None) -> DateMention:
    text = match.group(0)
    full = _absolute(match)
    if full is not None:
        return DateMention(match.start(), match.end(), text, full, "day")
    if match["iso"] or match["year"] or match["year_b"]:  # "2023-02-30", "Feb. 29, 2023": no such day
        return DateMention(match.start(), match.end(), text, None, "unknown", "not a real date")
    if match["holiday"] and match["holiday"].lower() == THANKSGIVING:
        return _movable_holiday(match, published, anchor)
    month, day = _month_day(match)
    if published is None and anchor is not None:
        near = [d for d in (safe_date(anchor.date.year + k, month, day) for k in (-1, 0, 1))
                if d and abs((d - anchor.date).days) <= anchor.reach]
        if len(near) == 1:
            return DateMention(match.start(), match.end(), text, near[0], "day", f"year from {anchor.reason}")
        return DateMention(match.start(), match.end(), text, None, "unknown",
                           "no year given and the article is undated", (month, day))
    if published is None:
        return DateMention(match.start(), match.end(), text, None, "unknown",
                           "no year given and the article is undated", (month, day))
    year = published.year
    candidate = safe_date(year, month, day)
    # "Dec. 30" in a January article is last year's.
    if candidate and candidate > published + dt.timedelta(days=2):
        candidate = safe_date(year - 1, month, day)
    if candidate is None:
        return DateMention(match.start(), match.end(), text, None, "unknown", "not a real date")
    note = "range; first day taken" if match["day2"] else ""
    return DateMention(match.start(), match.end(), text, candidate, "day", note)


THANKSGIVING = "thanksgiving day"  # a US story's holiday whose day moves: November's fourth Thursday


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _movable_holiday(match: re.Match[str], published: dt.date | None, anchor: Anchor | None) -> DateMention:
    """"On Thanksgiving Day": the fourth Thursday of November of the page's year (of the year before
    when that is after the page's day), or of the one year an undated article's anchor allows. It
    has no month and day of its own to keep: without a year it stays open."""
    text = match.group(0)
    if published is not None:
        day = _thanksgiving(published.year)
        day = _thanksgiving(published.year - 1) if day > published + dt.timedelta(days=2) else day
        return DateMention(match.start(), match.end(), text, day, "day", f"{text}, {day:%d %b %Y}")
    near = [d for d in (_thanksgiving(anchor.date.year + k) for k in (-1, 0, 1))
            if abs((d - anchor.date).days) <= anchor.reach] if anchor is not None else []
    if len(near) == 1 and anchor is not None:
        return DateMention(match.start(), match.end(), text, near[0], "day", f"year from {anchor.reason}")
    return DateMention(match.start(), match.end(), text, None, "unknown",
                       "a holiday whose day moves, and the article is undated")


def _month_day(match: re.Match[str]) -> tuple[int, int]:
    """The month and day of a DATE_PATTERN match written without its year."""
    if match["holiday"]:
        return HOLIDAYS[match["holiday"].lower().replace("’", "'")]
    return month_of(match["mon"] or match["mon_b"]), day_number(match["day"] or match["day_b"])


def _resolve_relative(clean: str, match: re.Match[str], published: dt.date | None,
                      published_time: dt.time | None, para_start: int) -> DateMention:
    text = match.group(0)

    def mention(day: dt.date | None, precision: DatePrecision = "day", note: str = "",
                basis: DateBasis = "relative") -> DateMention:
        return DateMention(match.start(), match.end(), text, day,
                           precision if day else "unknown", note, basis=basis)

    if published is None:
        return mention(None, note="relative date in an undated article")
    if match["mid"]:
        month = month_of(match["mid_mon"])
        year = published.year if month <= published.month else published.year - 1
        return mention(dt.date(year, month, 1), "month", f"{match['mid']}-month")
    if match["word"]:
        quoted = inside_quotes(clean, para_start, match.start())
        # the paragraph's reference time: "Today, Nov. 26, ... in response to an attack ... yesterday"
        today = _quoted_today(clean, match.start(), published)
        if today is not None:
            return _resolve_word(match["word"].lower(), today, mention, False,
                                 f" (counted from the quotation's 'today', {today:%d %b %Y})")
        return _resolve_word(match["word"].lower(), published, mention, quoted)
    return _resolve_weekday(clean, match, published, published_time, mention)


def _resolve_weekday(clean: str, match: re.Match[str], published: dt.date, published_time: dt.time | None,
                     mention: Callable[..., DateMention]) -> DateMention:
    """A weekday, "last <weekday>" or "early <weekday>" counted back from the page's day: at most six
    days back ("last": one to seven, never the next day), or the next day when a local clock or a US
    evening says so."""
    weekday = WEEKDAYS.index(match["wd"].lower())
    back = (published.weekday() - weekday) % 7
    modifier = (match["mod"] or ("early" if match["hours"] else "")).lower()
    if modifier == "last" and _an_ordinal(clean, match):
        return mention(None, note=f"the last {match['wd']} of a span the text names: not resolved")
    if modifier == "last" and back == 0:
        back = 7
    if modifier == "next":
        return mention(None, note="a day after publication (future)")
    if back != 6 or modifier == "last":
        # "last Friday" in a Thursday's page is six days back, whatever clock follows it: "last" never
        # names the next day
        return mention(published - dt.timedelta(days=back), basis="weekday")
    # The named day is the day after publication: either last week's, or the
    # next day in Iraq/Syria reported by a US outlet the evening before.
    told = LOCAL_DAY.get() or _default_local_day()
    local = told.said.match(clean, match.end(), min(len(clean), match.end() + 60))
    evening = published_time is not None and published_time >= EVENING
    if local or evening or modifier == "early":
        why = "local time" if local else "published in the US evening" if evening else f"'{match.group(0)}'"
        return mention(published + dt.timedelta(days=1),
                       note=f"day after publication: {why}, {told.ahead}",
                       basis="local-time")
    return mention(None, note=f"{match['wd']} is the day after publication: last week's "
                              f"or the next day in local time; not resolved")


_QUOTED_TODAY = re.compile(rf"\b[Tt]oday,?\s+\(?(?P<mon>{_MON})\s+(?P<day>{_DAY})\b")
_QUOTE_REACH = 400  # characters back from a quoted "yesterday" to the quotation's "Today, Nov. 26"


def _quoted_today(clean: str, position: int, published: dt.date) -> dt.date | None:
    """The day a quotation gives as its "today" ("Today, Nov. 26, forces conducted ..."), in the
    same paragraph before ``position``; None when it gives none, or it is after publication."""
    start = max(0, clean.rfind("\n", 0, position), position - _QUOTE_REACH)
    found = list(_QUOTED_TODAY.finditer(clean, start, position))
    if not found:
        return None
    day = safe_date(published.year, month_of(found[-1]["mon"]), day_number(found[-1]["day"]))
    if day is not None and day > published + dt.timedelta(days=1):
        day = safe_date(published.year - 1, day.month, day.day)
    return day if day is not None and day <= published + dt.timedelta(days=1) else None


def _resolve_word(word: str, published: dt.date, mention: Callable[..., DateMention],
                  quoted: bool, counted: str = "") -> DateMention:
    if word in {"today", "tonight", "this morning"} or word.endswith(" 24 hours"):
        if quoted:
            return mention(None, note="'today' inside a quotation refers to the speaker's day")
        return mention(published, note=counted.strip(" ()"))
    if word in {"yesterday", "last night", "overnight"}:
        return mention(published - dt.timedelta(days=1), note=counted.strip(" ()"))
    if word == "earlier this month":
        return mention(published.replace(day=1), "month")
    if word == "last month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return mention(first.replace(day=1), "month")
    return mention(None, note=f"'{word}' names no single day")


def against_known_events(article: Article, known: Iterable[KnownEvent]) -> Article:
    """The article undated when the text tells a known event of the story (the profile's
    ``[[known_event]]``) that happened more than a day after the publication date it was given
    from the page: an article cannot report what came after it; or when a clipper's date is days
    after the known events a text tells as the day's news (:func:`_known_news_before`); or when
    the page's date puts the weekday the text gives a known event on another week
    (:func:`_known_on_another_weekday`).
    Front matter and the desk stand."""
    if not _read_from_page(article):
        return article
    known = tuple(known)
    why = (_known_after(article, known) or _known_news_before(article, known)
           or _known_on_another_weekday(article, known) or _known_weekday_week_before(article, known))
    return _undated(article, why)


def against_day_counts(article: Article, counts: Iterable[DayCount]) -> Article:
    """The article undated when its text counts the day it writes on ("On the 34th day of the war",
    a profile's ``[[day_count]]``) and the page's date is not that day or the day after (a page of a
    later time zone's day): two anchors that disagree leave the date unknown. Front matter and the
    desk stand."""
    if not _read_from_page(article):
        return article
    return _undated(article, next((w for count in counts
                                   if (w := _counted_day_disagrees(article, count)) is not None), None))


def _read_from_page(article: Article) -> bool:
    """Whether the article's date was read from its page (front matter, the desk and metadata stand)."""
    return (article.published is not None
            and article.published_basis not in ("front-matter", "desk", "metadata"))


def _undated(article: Article, why: str | None) -> Article:
    """The article without its publication date, and why, when there is a why."""
    if why is None:
        return article
    return dataclasses.replace(article, published=None, published_time=None, published_basis="unknown",
                               published_evidence=None, problems=(*article.problems, why))


def _counted_day_disagrees(article: Article, count: DayCount) -> str | None:
    """Why the day the text counts (rule day_count) is not the page's date, or None."""
    published = article.published
    found = _day_counts(count.words).search(article.clean, 0, DAY_COUNT_REACH)
    if published is None or found is None:
        return None
    day = count.day(int(found["n"] or found["m"]))
    if 0 <= (published - day).days <= 1:
        return None
    return (f"the page's date ({published:%d %b %Y}) is not the day its text counts "
            f"('{found.group()}': {day:%d %b %Y}); not used")


DAY_COUNT_REACH = 2000  # characters from the page's top where the day it writes on is counted


@functools.cache
def _day_counts(words: tuple[str, ...]) -> re.Pattern[str]:
    """Rule day_count of the events' grammar, with a war's names."""
    return Rules(grammar("events"), {"day_count_words": words}).pattern("day_count")


def _known_after(article: Article, known: tuple[KnownEvent, ...]) -> str | None:
    published = article.published
    assert published is not None
    from .topic import told_known

    later = next((e for e in told_known(known, article.clean) if (e.date - published).days > 1), None)
    if later is None:
        return None
    return (f"the page's date ({published:%d %b %Y}) is before the {later.name} ({later.date:%d %b %Y}), "
            "which the text reports; not used")


REPOST_WEEK = 7  # days: a known event's weekday counted from the page's date this far from its day
# "on Tuesday, a week after <the known event>", "struck again on Tuesday": the weekday is a later
# act's, told from the known one, not the known event's own
_COUNTED_FROM = re.compile(r"\b(?:(?:a|one|two|three|four|\d+)\s+(?:weeks?|days?|months?)\s+"
                           r"(?:after|since|before|following)|again|anniversary)\b", re.I)


# what a day of basis "weekday" is read from (``_RELATIVE``'s ``wd``, in any case): a sentence
# without one of these words gives none. Searched in the folded text (``screen.fold``: what re.I
# matches to these ASCII words, lowered, at the same places), so the search needs no re.I, which
# tried every character of every sentence
_WEEKDAY_NAME = re.compile("|".join(WEEKDAYS))


def _known_on_another_weekday(article: Article, known: tuple[KnownEvent, ...]) -> str | None:
    """Why the page's date is not used when a sentence tells a known event with its weekday ("U.S.
    forces on Monday conducted <the known strikes>"), the known day is that weekday, and counted
    from the page's date the weekday falls a week or more away from it: a later copy of that
    day's report (a repost, a site's furniture date), whose weekdays the date would misplace."""
    published, clean = article.published, article.clean
    assert published is not None
    folded = fold(clean)
    for _, start, end in all_sentences(clean):
        # the sentence's weekdays first: most sentences name none, and which known events a
        # sentence tells is the costlier question (each event's cues screened in it)
        if not _WEEKDAY_NAME.search(folded, start, end):
            continue
        days = _relative_weekdays(find_dates(clean, start, end, published, article.published_time))
        if not days or _COUNTED_FROM.search(clean, start, end):
            continue
        told = [e for e in known if e.told_in(clean[start:end])]
        for day, event in itertools.product(days, told):
            assert day.date is not None
            apart = abs((day.date - event.date).days)
            if day.date.weekday() == event.date.weekday() and apart >= REPOST_WEEK:
                return (f"the page's date ({published:%d %b %Y}) puts '{day.text}' on {day.date:%d %b %Y}, "
                        f"but the {event.name} the text tells on that weekday was on {event.date:%d %b %Y}; "
                        "not used")
    return None


def _relative_weekdays(found: list[DateMention]) -> list[DateMention]:
    """The weekdays of a sentence that the page's date places: not one beside the day it names,
    written ("On Saturday, August 31, the agency confirmed <the known attack>": that weekday is
    the written day's, whatever week a known event of the same weekday fell in)."""
    written = {d.date for d in found if d.basis == "written"}
    return [d for d in found if d.basis == "weekday" and d.date is not None and d.date not in written]


def _known_weekday_week_before(article: Article, known: tuple[KnownEvent, ...]) -> str | None:
    """Why a clipper's date is not used when the one weekday the text names is the weekday of the
    one known event it tells, told with no day of its own, and counted from the clipper's date that
    weekday falls a week or more after the event ("a destroyer shot down drones on Sunday ... <the
    known ship> was struck", saved the next Sunday): the page is a later copy of that day's report,
    its clipper's date the day it was saved. The same sentence's reading is
    :func:`_known_on_another_weekday`; a page's own date line stands."""
    published, evidence, clean = article.published, article.published_evidence, article.clean
    clipper = CLIPPER.match(article.text)
    if published is None or evidence is None or clipper is None or evidence.start != clipper.start(1):
        return None
    from .topic import told_known

    named = {m.group(1) for m in _WEEKDAY_WORD.finditer(clean)}
    told = told_known(known, clean) if len(named) == 1 else ()
    if len(told) != 1 or _COUNTED_FROM.search(clean) or not _told_by_its_hours(clean, told[0]):
        return None
    event = told[0]
    embeds = [m.span("date") for m in _EMBED_DATE.finditer(clean)]  # a post's day is the post's
    found = [d for d in find_dates(clean, 0, len(clean), published, article.published_time)
             if not any(a <= d.start < b for a, b in embeds)]
    days = [d.date for d in found if d.basis == "weekday" and d.date is not None]
    if not days or len(days) != len(found) or event.date.weekday() != days[0].weekday():
        return None
    if any((day - event.date).days < REPOST_WEEK for day in days):
        return None
    return (f"the clipper's date ({published:%d %b %Y}) puts the text's '{named.pop()}' on "
            f"{days[0]:%d %b %Y}, a week or more after the {event.name} ({event.date:%d %b %Y}) it tells "
            "on that weekday: the page was saved after it appeared; not used")


_DAYTIME = Rules(grammar("events")).pattern("daytime_clock")
_HOURS_LATER = Rules(grammar("events")).pattern("hours_later")
_ORDINAL = Rules(grammar("events"))


def _an_ordinal(clean: str, match: re.Match[str]) -> bool:
    """Whether "last <weekday>" is an ordinal's, the last of a span ("the last Friday of January",
    "the last Friday before the vote": rules ordinal_last_weekday and ordinal_span_after)."""
    return bool(_ORDINAL.at("ordinal_last_weekday", clean, match.start(), floor=max(0, match.start() - 10))
                and _ORDINAL.at("ordinal_span_after", clean, match.end()))


def _told_by_its_hours(clean: str, event: KnownEvent) -> bool:
    """Whether a sentence tells ``event`` by the hours of its day: a time of day in it or in the
    sentence before ("The assault began at about 9:15 a.m. ... <the known ship> was struck"), or an
    opening "About 30 minutes later": the day's own news, not a recollection of it."""
    before = (0, 0)
    for _, start, end in all_sentences(clean):
        if event.told_in(clean[start:end]) and (
                _DAYTIME.search(clean, before[0], end) or _HOURS_LATER.match(clean, start, end)):
            return True
        before = (start, end)
    return False


STALE_KNOWN = 3  # days: a known event told as the day's news this long after is a late copy's
# the day's own news: "earlier in the day", "details are still emerging"
_SAME_DAY = re.compile(r"\b(?:earlier|later)\s+(?:in\s+the|that)\s+day\b|\bstill\s+emerging\b"
                       r"|\b(?:today|tonight|this\s+morning|hours\s+ago)\b", re.I)


# a lede that gives its act as news, in the present perfect: "The United States has taken action
# against <the known targets>" (a later act would be told with a day of its own); the known event
# must be the verb's object, told after it and before any span's start ("Militias have launched
# 150 attacks since <the known raid>" is a count, not its news)
_NEWS_PERFECT = Rules(grammar("events")).pattern("news_perfect_lede")
_SPAN_START = Rules(grammar("events")).pattern("span_start")


def _news_lede(body: str, newest: KnownEvent) -> bool:
    """Whether the text's first sentence tells the known event as its news, in the present
    perfect ("has taken action against <its targets>")."""
    first = next(iter(all_sentences(body)), None)
    if first is None:
        return False
    lede = body[first[1]:first[2]]
    for verb in _NEWS_PERFECT.finditer(lede):
        span = _SPAN_START.search(lede, verb.end())
        if newest.told_in(lede[verb.end():span.start() if span else len(lede)]):
            return True
    return False


def _known_news_before(article: Article, known: tuple[KnownEvent, ...]) -> str | None:
    """Why a clipper's date is not used when the text tells the day's news ("earlier in the day")
    and the known events it tells, the newest more than ``STALE_KNOWN`` days before that date, are
    the only news it dates: no weekday and no day of its own (a count's start aside). A rewrite of
    that day's report, saved days later."""
    published, evidence = article.published, article.published_evidence
    clipper = CLIPPER.match(article.text)  # the page's first words: its date, when a clipper saved it
    if published is None or evidence is None or clipper is None or evidence.start != clipper.start(1):
        return None
    body = article.text[clipper.end():]
    told = [e for e in known if e.told_in(body)]
    newest = max(told, key=lambda e: e.date, default=None)
    if newest is None or (published - newest.date).days <= STALE_KNOWN:
        return None
    if not _SAME_DAY.search(body) and not _news_lede(body, newest):
        return None
    if any(not _SAME_DAY.fullmatch(m.text) and not _SPAN_WORD.search(body, max(0, m.start - 20), m.start)
           for m in find_dates(body, 0, len(body), published)):
        return None
    return (f"the clipper's date ({published:%d %b %Y}) is days after the {newest.name} "
            f"({newest.date:%d %b %Y}), which the text tells as the day's news, naming no later day: "
            "the page was saved after it appeared; not used")
