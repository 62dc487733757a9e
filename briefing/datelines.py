"""Publication date lines as outlets print them, and which of them dates the article.

Seen in real clippings: "November 21, 2023, 7:52 PM", "Wed, 25 Oct 2023 10:04 UTC",
"Jan 30, 2024, 4:48 PM | Updated: Feb 1, 2024", "Posted on 11/30/23 | News Source: FOX
News", "17-11-2023 | Rudaw", "AFP , AP , Wednesday 22 Nov 2023", "Washington, D.C., January
19, 2024", "FDD | July 31, 2024", a dateline opening the lede ("WASHINGTON, Nov. 20, 2023 –",
"Colombia /America, 29th January 2024:"), a title naming its day ("Iran Update, January 28,
2024"), a clipper's ` date 2023-11-13` header, a time or a repeated date run into the year
("January 29, 20246:07 PM GMT"), the outlet's own note ("This story was updated at 9:52 p.m. EST
April 14.") and an encyclopedia's old revision ("as edited by ... at 08:07, 3 February 2024").
Also a date line in another language, day first ("22 Kas 2023 20:03", "31 ديسمبر 2023", "5. Februar
2024", "20 de enero de 2024": :data:`FOREIGN_MONTHS`), a date between bars on a page flattened into
one line ("Headline | 15 Jan 2024 | The story ..."), a page's time and date run into the lede's first
word ("21:29 - 31 December 2023The ..."), and a two-digit year that the line's weekday settles
("Monday 3 January 22 - 09:42"). A site's menu lines ("• Local") do not count against the top of
the page where date lines are looked for.
A numeric date is read month first with "/" and day first with "-" or "." only when the other
order is impossible or contradicted (a weekday on the line, a day the text mentions after it,
or the page's other numeric dates), or, on a line that is a date and little else, in its usual
order when the lede's days agree with that reading and not with the other ("03.01.2024" over a lede's
"Tuesday": :func:`lede_reading`); otherwise it is not read. The months the story tells do not
settle it: "07.11.2023" beside "since late October" may be 7 November or a page of July that looks
back (a rule reading it so gave a kept-aside batch its one wrong publication date).

A date line is not trusted blindly: a page header with the site's today ("Sat. Mar 2nd,
2024") dates nothing, the article's own date line wins over a clipper's header, and a lede's
dateline after the story has begun ("Baghdad, Iraq, 7 February 2024: People inspect ...") is a
photo's caption, of the day the photo was taken, and dates nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Literal

from .rules import Rules, grammar
from .screen import fold
from .text import paragraphs

# Month names as printed, capitalised or in capitals ("Oct. 18", "OCT. 18"); never in lower
# case, where "may" and "march" are verbs.
_MONTH_FORMS = ("Jan(?:uary|\\.)?", "Feb(?:ruary|\\.)?", "Mar(?:ch|\\.)?", "Apr(?:il|\\.)?", "May", "June?",
                "July?", "Aug(?:ust|\\.)?", "Sept?(?:ember|\\.)?", "Oct(?:ober|\\.)?", "Nov(?:ember|\\.)?",
                "Dec(?:ember|\\.)?")
MON = "(?:" + "|".join([*_MONTH_FORMS, *(form.upper() for form in _MONTH_FORMS)]) + ")"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_MON, _DAY, _WEEKDAY = MON, DAY, WEEKDAY
# Month names of the other languages our clippings come in, each month's forms in one row (a full
# name, its genitive or its short form as date lines print them: "22 Kas 2023 20:03", "31 ديسمبر
# 2023", "19 octobre 2023", "5. Februar 2024", "20 de enero de 2024"). Read only with a day before
# and a four-digit year after, where no verb or noun of those languages looks the same.
FOREIGN_MONTHS: tuple[tuple[str, ...], ...] = (
    ("janvier", "enero", "januar", "gennaio", "janeiro", "januari", "ocak", "oca", "января", "يناير",
     "كانون الثاني"),
    ("février", "fevrier", "febrero", "februar", "febbraio", "fevereiro", "februari", "şubat", "şub",
     "февраля", "فبراير", "شباط"),
    ("mars", "marzo", "märz", "março", "maret", "maart", "mart", "марта", "مارس", "آذار"),
    ("avril", "abril", "aprile", "nisan", "nis", "апреля", "أبريل", "ابريل", "نيسان"),
    ("mai", "mayo", "maggio", "maio", "mei", "mayıs", "мая", "مايو", "أيار"),
    ("juin", "junio", "juni", "giugno", "junho", "haziran", "haz", "июня", "يونيو", "حزيران"),
    ("juillet", "julio", "juli", "luglio", "julho", "temmuz", "tem", "июля", "يوليو", "تموز"),
    ("août", "aout", "agosto", "agustus", "augustus", "ağustos", "ağu", "августа", "أغسطس", "آب"),
    ("septembre", "septiembre", "settembre", "setembro", "eylül", "eyl", "сентября", "سبتمبر", "أيلول"),
    ("octobre", "octubre", "oktober", "ottobre", "outubro", "ekim", "eki", "октября", "أكتوبر",
     "اكتوبر", "تشرين الأول"),
    ("novembre", "noviembre", "novembro", "kasım", "kas", "ноября", "نوفمبر", "تشرين الثاني"),
    ("décembre", "decembre", "diciembre", "dezember", "dicembre", "dezembro", "desember", "aralık",
     "ara", "декабря", "ديسمبر", "كانون الأول"),
)
# each name as written in lower case, and as its capitals fold back ("KASIM" -> "kasim")
_FOREIGN = {form: month for month, names in enumerate(FOREIGN_MONTHS, start=1) for name in names
            for form in (name, name.upper().lower())}


def _trie(words: list[str]) -> str:
    """One pattern for many words, branching letter by letter ("ma(?:i|rs|yo)"), longest first:
    the regular expression engine tries a plain alternation of a hundred names one by one at
    every number followed by a word, a trie one letter at a time."""
    if words == [""]:
        return ""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    branches = [re.escape(head) + _trie(sorted(rests, key=len, reverse=True)) if head else ""
                for head, rests in sorted(heads.items(), key=lambda item: item[0] == "")]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_FOREIGN_MON = "(?i:" + _trie(sorted(_FOREIGN, key=len, reverse=True)) + ")"
FULL_DATE = re.compile(
    # (the month by name first; a slash may join the day to the year: "Post At: Aug 13/2024 02:50AM")
    rf"\b(?:(?P<mon>{_MON})\s+(?P<day>{_DAY})(?:,?\s+|/)(?P<year>(?:19|20)\d\d)"
    # a day first, with the month in English or in another language ("22 Kas 2023", "5. Februar
    # 2024", "20 de enero de 2024"): one alternative, tried once at each number
    # (or with hyphens between them: "27-Oct-2023", "28 <month> - 2024", as some sites print them)
    rf"|(?P<day_b>{_DAY})(?:\s+of|\s+de|\.)?(?:\s+|-)(?:(?P<mon_b>{_MON})|(?P<mon_f>{_FOREIGN_MON})(?![^\W\d_])\.?)"
    rf"(?:,|\s+de)?(?:\s+|\s*-\s*)(?P<year_b>(?:19|20)\d\d)"
    # a year first, as ISO writes it and as some sites with a slash or a dot ("2023/11/21 19:52")
    rf"|(?P<iso>(?:19|20)\d\d(?P<isep>[-/.])[01]\d(?P=isep)[0-3]\d)"
    # a year first with its signs, as Chinese and Japanese pages print it ("2023年11月14日")
    rf"|(?P<cjk>(?:19|20)\d\d\s?年\s?[01]?\d\s?月\s?[0-3]?\d\s?日)"
    rf"|(?P<n1>[0-3]?\d)(?P<sep>[/.-])(?P<n2>[0-3]?\d)(?P=sep)(?P<ny>(?:19|20)\d\d|\d\d))"
    # a byline's date runs into the section name when the page is saved as text ("December 4,
    # 2023Middle East"): a capital may follow the year, a lower-case letter may not; a digit only
    # where the page's time or its date printed twice runs on ("January 29, 20246:07 PM GMT",
    # "Published On 29 Jan 202429 Jan 2024"), never another number ("2023456")
    rf"(?![a-z_/-])(?!\d(?!\d?[:.][0-5]\d|\d?\s+{_MON}\b))"
)
_TIME = re.compile(r"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::\d\d)?\s*(?P<ampm>[ap]\.?m\.?)?", re.I)
_LINES = Rules(grammar("datelines"), fragments={"mon": MON, "day": DAY, "weekday": WEEKDAY})  # datelines.toml
_LABEL = _LINES.pattern("date_label")
_FILLER = _LINES.pattern("date_line_filler")
_LEDE = re.compile(r"^(?P<head>(?:[^\n.]|\.(?=\S|\s+[\da-z])){0,80}?)\s*"
                   r"(?:[:–—]|--?|\(\w[\w .]{0,20}\)\s*[:–—-]+)\s", re.M)
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A wire dateline without its year: "WASHINGTON, Jan 24 (KUNA) --", "April 13 (UPI) --".
# A place may carry its country in brackets ("Tel Aviv [Israel], February 22 (ANI/TPS):"), and two
# agencies may share the credit.
WIRE = re.compile(rf"^(?:[A-Z][\w .,'()\[\]-]{{0,50}},\s+)?(?P<mon>{MON})\s+(?P<day>{DAY})\s*"
                  rf"\((?P<agency>[A-Za-z][\w ./-]{{1,20}}?)"
                  r"\s*\)\s*(?:--|—|–|-|:)?", re.M)
# A wire's date line with its agency between slashes: "MOSCOW, November 9. /TASS/. Drones hit ..."
_SLASHED = _LINES.pattern("slashed_agency_wire")
# A dateline alone on its line, without its year or an agency: "New Delhi, Feb 8", "BAGHDAD, Nov. 12"
# (one to three capitalised words before the comma; a weekday there is a page's running date, a
# label an update's).
BARE = _LINES.pattern("bare_dateline")
# A lede's dateline without its year or an agency, the story run on after its dash: "RIVERTON, Utopia,
# Dec. 31 – Several rockets ..." (a place and, at most, its country, each of one to three
# capitalised words; a weekday there is a page's running date)
# A wire's country in brackets and a spaced colon after the day ("Washington, DC [US], December 4 : A
# US Navy ship ...") are another wire's form of the same line.
LEDE_DAY = _LINES.pattern("lede_dateline")
CLIPPER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
# Page furniture that prints the reader's day, not the article's: "View Date:2024-12-23 14:33"
# on a republished wire story of January, "Accessed 3 March 2024", "Today is Saturday, ...", and a
# clipper's "Clipped on 2 March 2024" (the day it was saved).
_VIEWED = _LINES.pattern("reader_day")
# A view counter's line ("Views: 1,204 | 12 March 2024", "2,310 reads", a list's "2025-05-01 03:37 1420
# view" with the count run into the time): the counter's day, not the article's.
_COUNTER = _LINES.pattern("view_counter")
# A video page's stamp under its channel's name ("539 views • 11/06/2023"): a counter's line that
# dates the page only where the lede's days agree (:func:`_upload_day`).
_UPLOAD = _LINES.pattern("upload_stamp")
# Where the readers' comments begin ("3 Comments", "Leave a reply"): their timestamps are theirs.
_COMMENTS = _LINES.pattern("comments_begin")


def comments_begin(line: str) -> bool:
    """Whether ``line`` opens the readers' comments: the stamps below it are theirs."""
    return _COMMENTS.match(line) is not None


# What kind of line a page's date is on: a date line of its own ("line"), the page's first line
# ("title"), a lede's dateline ("lede"), a clipper's header ("clipper"), the outlet's note on the
# article's day ("note"), an encyclopedia's old revision ("revision"), a newspaper's print-edition line
# below the story ("print").
DatelineKind = Literal["line", "lede", "title", "clipper", "note", "revision", "print"]


@dataclass(frozen=True)
class Dateline:
    """A date the page prints about itself, where, and how it is labelled."""

    date: dt.date
    time: dt.time | None
    start: int
    end: int
    updated: bool = False
    kind: DatelineKind = "line"


# The article's own note about its day, a sentence alone on its line: "This story was updated at
# 9:52 p.m. EST April 14.", "Editor's note: this report was first published on 3 March 2024.",
# "This story is from January 27, 2024" (a newspaper's archive page). A day
# without its year takes the one year the text's own full dates allow (:func:`year_from_text`).
_NOTE = _LINES.pattern("article_day_note")
_YEARLESS = re.compile(rf"\b(?:(?P<mon>{MON})\s+(?P<day>{DAY})|(?P<day_b>{DAY})\s+(?:of\s+)?(?P<mon_b>{MON}))"
                       r"\b(?!,?\s*(?:19|20)?\d\d)")
# A newspaper's print-edition line closing its web copy: "Published in The Daily Example, March 2nd,
# 2024", alone on its line. It is the article's day, and the story ends there: the dates below it
# are the site's other pages ("Updated 24 May, 2024" under an opinion teaser), never the article's.
_PRINT_LINE = _LINES.pattern("print_edition_line")
# An encyclopedia's old revision, as its page prints it: "This is an old revision of this page, as
# edited by A. Editor (talk | contribs) at 08:07, 3 February 2024": the text as it stood that day.
_REVISION = _LINES.pattern("old_revision")


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_of(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:3]]


def day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


Orders = dict[str, bool]  # a separator ("/", ".", "-") -> whether the page writes the day first


def read_full(match: re.Match[str], line: str = "", orders: Orders | None = None) -> dt.date | None:
    """The date of a FULL_DATE match; a numeric one only when its order is settled (by the
    line's weekday, or by the page's ``orders``: see :func:`page_orders`)."""
    if match["iso"]:
        return safe_date(*(int(x) for x in re.split(r"[-/.]", match["iso"])))
    if match["cjk"]:
        return safe_date(*(int(x) for x in re.findall(r"\d+", match["cjk"])))
    if match["mon"]:
        return safe_date(int(match["year"]), month_of(match["mon"]), day_number(match["day"]))
    if match["day_b"]:
        month = month_of(match["mon_b"]) if match["mon_b"] else _FOREIGN.get(match["mon_f"].lower())
        return safe_date(int(match["year_b"]), month, day_number(match["day_b"])) if month else None
    return _numeric(match, line, orders or {})


# a numeric date of FULL_DATE (its groups n1, sep, n2, ny: "22.10.2023", "11/30/23") holds this
_NUMERIC_DATE = re.compile(r"([/.-])(?<=\d[/.-])[0-3]?\d\1\d\d")  # (the mark first: re looks for it fast)


def page_orders(text: str) -> Orders:
    """How the page writes its numeric dates, per separator, where one of them can only be read
    one way: a site that prints "22.10.2023" beside a story writes "01.11.2023" day first too.
    A separator whose dates point both ways (or neither) is not settled."""
    seen: dict[str, set[bool]] = {}
    if _NUMERIC_DATE.search(text) is None:
        return {}  # what a numeric date must hold is not there: the search of every word would find none
    for match in FULL_DATE.finditer(text):
        if match["n1"]:
            a, b = int(match["n1"]), int(match["n2"])
            if (a > 12) != (b > 12) and max(a, b) <= 31:
                seen.setdefault(match["sep"], set()).add(a > 12)
    return {sep: ways.pop() for sep, ways in seen.items() if len(ways) == 1}


_LEDE_REACH = 800  # characters after a date line in which the lede's weekdays are read
_NAMED_WEEKDAY = _LINES.pattern("named_weekday")


def lede_weekdays(text: str, after: int) -> list[int]:
    """The weekdays (Monday 0) the text names within ``_LEDE_REACH`` characters after ``after``, but
    "last", "next" or "past" ones."""
    return [_WEEKDAYS.index(m.group(1)[:3].lower())
            for m in _NAMED_WEEKDAY.finditer(text, after, after + _LEDE_REACH)]


def _numeric(match: re.Match[str], line: str, orders: Orders) -> dt.date | None:
    """"11/30/23" is month first, "17-11-2023" day first; "02/03/2024" only with a weekday that
    settles it ("Sunday, 11/12/2023"), or where the page's other dates settle the order."""
    a, b, year = int(match["n1"]), int(match["n2"]), int(match["ny"])
    year += 2000 if year < 100 else 0
    month_first, day_first = safe_date(year, a, b), safe_date(year, b, a)
    usual = month_first if match["sep"] == "/" else day_first
    other = day_first if match["sep"] == "/" else month_first
    if other is None or other == usual:
        return usual
    if usual is None:
        return other
    if match["sep"] in orders:
        return day_first if orders[match["sep"]] else month_first
    weekday = re.search(r"\b(mon|tue|wed|thu|fri|sat|sun)", line, re.I)
    if weekday:
        wanted = _WEEKDAYS.index(weekday.group(1).lower())
        fits = [d for d in (usual, other) if d.weekday() == wanted]
        return fits[0] if len(fits) == 1 else None
    return None


def lede_reading(match: re.Match[str], text: str, after: int) -> dt.date | None:
    """A numeric date both orders can read ("03.01.2024", "11/06/2023") in its separator's usual
    order (day first with "." and "-", month first with "/") when the days the lede after ``after``
    tells agree with that reading and not with the other (:func:`lede_agrees`); else None. Never the
    unusual order: a lede's weekday fits a wrong day two times in seven."""
    if not match["n1"] or not text:
        return None
    a, b, year = int(match["n1"]), int(match["n2"]), int(match["ny"])
    year += 2000 if year < 100 else 0
    month_first, day_first = safe_date(year, a, b), safe_date(year, b, a)
    usual, other = (month_first, day_first) if match["sep"] == "/" else (day_first, month_first)
    if usual is None or other is None or usual == other:
        return None
    lede = _lede_after(text, after)
    return usual if lede and lede_agrees(text, lede, usual) and not lede_agrees(text, lede, other) else None


def lede_span(text: str, after: int) -> tuple[int, int] | None:
    """The lede after a date line ending at ``after``: the rest of its paragraph when the story runs
    on there ("CITY, May 9. /WIRE/. Drones hit ..."), else the next paragraph of prose."""
    end = text.find("\n", after)
    end = len(text) if end < 0 else end
    return (after, end) if _prose(text[after:end]) else _lede_after(text, after)


def _lede_after(text: str, after: int) -> tuple[int, int] | None:
    """The first paragraph of the story's prose after ``after``, within ``_LEDE_REACH`` characters,
    a photo's caption closed by its credit (``_CAPTION``) looked past."""
    return next(((s, e) for s, e in paragraphs(text) if s >= after and _prose(text[s:e])
                 and s - after <= _LEDE_REACH and not _CAPTION.search(text, s, e)), None)


_CAPTION = _LINES.pattern("caption_credit")


def lede_agrees(text: str, lede: tuple[int, int], day: dt.date) -> bool:
    """Whether the lede ``text[lede[0]:lede[1]]`` tells days, and every one is ``day`` or the day
    before: each weekday it names bare (``named_weekday``) and each month and day it writes
    (``_YEARLESS``, or a full date's)."""
    start, end = lede
    weekdays = lede_weekdays(text[:end], start)
    full = [d for m in FULL_DATE.finditer(text, start, end) if (d := read_full(m))]
    yearless = [(month_of(m["mon"] or m["mon_b"]), day_number(m["day"] or m["day_b"]))
                for m in _YEARLESS.finditer(text, start, end)]
    return bool(weekdays or full or yearless) and (
        all((day.weekday() - w) % 7 in (0, 1) for w in weekdays)
        and all(0 <= (day - d).days <= 1 for d in full)
        and all(_day_or_day_before(day, month, number) for month, number in yearless))


def _day_or_day_before(day: dt.date, month: int, number: int) -> bool:
    """Whether month/number, in ``day``'s year or the year before, is ``day`` or the day before."""
    told = (safe_date(year, month, number) for year in (day.year, day.year - 1))
    return any(d is not None and 0 <= (day - d).days <= 1 for d in told)


def time_of(text: str) -> dt.time | None:
    match = _TIME.search(text)
    if not match:
        return None
    hour, minute = int(match["h"]), int(match["m"])
    ampm = (match["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    return dt.time(hour, minute)


# A stamp's own time zone as an offset from UTC ("04:44 GMT+11", "(UTC+04:00)")
_UTC_OFFSET = _LINES.pattern("utc_offset")
MAX_OFFSET = 14  # hours: no time zone lies further from UTC


def utc_day(text: str, line: Dateline) -> dt.date | None:
    """The day in UTC of a date line that prints its time and its offset from UTC ("13 May 2031,
    04:44 GMT+11" is 12 May in UTC); None when it gives either not."""
    found = _UTC_OFFSET.search(text, line.start, line.end)
    if line.time is None or found is None or int(found["h"]) > MAX_OFFSET:
        return None
    offset = dt.timedelta(hours=int(found["h"]), minutes=int(found["m"] or 0))
    local = dt.datetime.combine(line.date, line.time)
    return (local + offset if found["sign"] in "-−" else local - offset).date()


def _only_date(line: str, matches: list[re.Match[str]]) -> bool:
    """A line that is a date and little else: labels, times, a place, an outlet, a byline."""
    rest = line
    for match in reversed(matches):
        rest = rest[:match.start()] + " " + rest[match.end():]
    rest = _FILLER.sub(" ", _LABEL.sub(" ", rest))
    words = rest.split()
    if _SIGNATURE.search(line) or re.search(r"[a-z]{2}\.\s+\S", rest) or re.match(r"\s*Date\d", line):
        # an embedded post's signature, a sentence, or an encyclopedia's "Date" field (the event's)
        return False
    if any(_RANGE_BEFORE.search(line, 0, m.start()) for m in matches):
        # a span of days ("2–7 February 2024") is what it tells of, never the day it appeared
        return False
    if line.lstrip().lower().startswith("by "):
        return len(words) <= 8
    # What is left may name a place, an outlet or an author (capitalised), not say something; a
    # blog's byline may leave its author's handle and "in" before the section.
    lower = [w for w in words if w[0].islower() and w.lower() not in ("news", "source", "brief")]
    return len(words) <= 6 and len(lower) <= (2 if _POSTED_BY.match(line) else 1)


# The first day of a span ending in the date that follows ("2–7 February 2024", "2 - 7 Feb 2024").
_RANGE_BEFORE = re.compile(r"(?<![:.\d])\b\d{1,2}\s*[–—-]\s*$")
# A blog's byline ("Posted by desk on December 5, 2023 in World"): a handle and a section beside its date.
_POSTED_BY = _LINES.pattern("posted_by")
# An embedded post's signature ("— Central Command (@CENTCOM) February 2, 2024"): the post's day; a
# site's byline with its handle ("Example News | @examplenews | 02 Feb 2024, 09:57 pm") is the page's.
_SIGNATURE = re.compile(r"\(@\w+\)|^\W*[—–-]+\s*\S[^|]*@")


@dataclass(frozen=True)
class WireDay:
    """A wire dateline's month and day ("BAGHDAD, Nov 12 (Reuters) -", or a place and a day alone on
    their line, "New Delhi, Feb 8"), and where; its year has to come from elsewhere."""

    month: int
    day: int
    start: int
    end: int


def wire_day(text: str) -> WireDay | None:
    """The wire dateline near the top; a place and a day alone on their line only when it is the
    one such line among the first ones (several are a list of places and days: a timeline)."""
    top = [span for index, span in enumerate(paragraphs(text)) if index < 10 and span[0] <= 3000]
    bare = [m for start, end in top[:_BARE_LINES] if (m := BARE.fullmatch(text, start, end))]
    alone = len(bare) == 1 and not any(BARE.fullmatch(text, s, e) for s, e in top[_BARE_LINES:])
    lede = _lede_day(text, top)
    for start, end in top:
        match = (WIRE.match(text, start, end) or _SLASHED.match(text, start, end)
                 or (bare[0] if alone and bare[0].start() == start else None)
                 or _after_tags(text, start, end) or (lede if lede and lede.start() == start else None))
        if match:
            return WireDay(month_of(match["mon"]), day_number(match["day"]), match.start("mon"),
                           match.end("day"))
    return None


_BARE_LINES = 5  # paragraphs from the top where a place and a day alone can be the date line
_TOLD = re.compile(r"[.!?][\"”’']?\s*$")  # a paragraph ending as a sentence does: the story has begun


def _lede_day(text: str, top: list[tuple[int, int]]) -> re.Match[str] | None:
    """The lede's date line without its year (``LEDE_DAY``): only in the first paragraph of the
    story (none before it ends as a sentence ends: a headline, a clipper's line) and only when no
    other paragraph near the top opens so (several are a timeline's entries, each its act's day)."""
    found = [(index, m) for index, (start, end) in enumerate(top) if (m := LEDE_DAY.match(text, start, end))]
    if len(found) != 1:
        return None
    index, match = found[0]
    return None if any(_TOLD.search(text, s, e) for s, e in top[:index]) else match

# The wire line run on after a clipper's header, and an aggregator's source tag if any, on the first
# line (" date 2023-11-04 (Aggregator- Some News Network) BAGHDAD, Nov 5 (WIRE) –").
_WIRE_AT = re.compile(WIRE.pattern.removeprefix("^"))
_SOURCE_TAG = re.compile(r"\(\s*[A-Z][^()\n]{1,60}\)[ \t]*")


def _after_tags(text: str, start: int, end: int) -> re.Match[str] | None:
    clipper = CLIPPER.match(text)
    at = clipper.end() if clipper and start < clipper.end() else start
    tag = _SOURCE_TAG.match(text, at, end)
    if tag is None and at == start:
        return None
    return _WIRE_AT.match(text, tag.end() if tag else at, end)


def year_from_text(text: str, month: int, day: int, reach: int = 120, newest: bool = False) -> dt.date | None:
    """The one year that puts month/day within ``reach`` days after a full date the text names
    (an article appears after what it reports; ``newest``: after the newest it names); None when
    no year or more than one fits."""
    named = [d for d in (read_full(m) for m in FULL_DATE.finditer(text)) if d]
    named = [max(named)] if newest and named else named
    fits = {c for d in named for c in (safe_date(d.year, month, day), safe_date(d.year + 1, month, day))
            if c and 0 <= (c - d).days <= reach}
    return fits.pop() if len(fits) == 1 else None


# Dates in addresses: /2024/01/29/, /2024-01-29-, /20240122/ (sputnikglobe), -20240122-; a year and its
# month and day as one folder (/2023/1109/); the month by name (/2020/jan/10/, and in the slug:
# ``_SLUG_DATE``); an archive's stamp to the second (/20231030141736); a day and a four-digit number
# run together as one id (/en/202401229745).
_URL_END = r"(?=[/_.-]|$)"
_URL_DATES = (
    re.compile(r"[/_-](?P<y>20[1-3]\d)(?P<sep>[/-]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)" + _URL_END),
    re.compile(r"/(?P<y>20[1-3]\d)/(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
    re.compile(r"/(?P<y>20[1-3]\d)/(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(?P<d>[0-3]?\d)/",
               re.I),
    re.compile(r"/(?P<y>20[1-3]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\d[0-5]\d" + _URL_END),
    re.compile(r"/(?P<y>20[1-3]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\d{4}" + _URL_END),
    # a day first (/21042024-amp) only where it cannot be the month (a day after the 12th)
    re.compile(r"/(?P<d>1[3-9]|2\d|3[01])(?P<m>[01]\d)(?P<y>20[1-3]\d)" + _URL_END),
)
_URL_LINE = re.compile(r"https?://\S+")
# A Unix time standing alone in an address ("...-in-syria-1706906488", "/1705355454-drones-..."): some
# outlets stamp the moment they publish. It is a moment, not a day: read only where the moment falls on
# one calendar day in every zone of the story (:class:`ZoneSpan`, from the profile's [local_time]: the
# zone reports are written in and the story's own; for a story reported from US Eastern time, UTC-5, and
# told in UTC+3, from 05:00 to 21:00 UTC); an evening or night stamp straddles midnight and dates
# nothing. Only moments from mid-2017 to early 2030 (the stamp's first digits, 15-18): the ten-digit
# ids sites number their pages with (1108881359, 1115118334) read as days of 2005. Only a stamp joined to
# the slug's words ("-1706906488", "1705355454-drones"): a number standing alone as a path's part
# ("/article/1709483538", "/1709483538.html") is how sites write a page's id, which may look like a time.
_URL_UNIX = re.compile(r"(?:[_-]|/(?=\d{10}[_-]))(?P<stamp>1[5-8]\d{8})(?=[/_.-]|$)")
_STAMP_YEARS = range(2017, 2031)


@dataclass(frozen=True)
class ZoneSpan:
    """The westmost and eastmost UTC offsets a story's zones keep in the years a stamp is read
    (summer time too: a moment dates a page only where its day is one in every season)."""

    west: dt.timedelta
    east: dt.timedelta

    def day_of(self, moment: dt.datetime) -> dt.date | None:
        """The calendar day of a UTC ``moment`` where it is one day from the west to the east, else None."""
        early, late = (moment + self.west).date(), (moment + self.east).date()
        return early if early == late else None


@functools.lru_cache(maxsize=16)
def zone_span(zones: tuple[str, ...]) -> ZoneSpan:
    """The :class:`ZoneSpan` of IANA time zones ("America/New_York", "Asia/Tokyo"), read on the
    1st and 15th of each month of ``_STAMP_YEARS``."""
    import zoneinfo

    offsets = {dt.datetime(year, month, day, 12, tzinfo=zoneinfo.ZoneInfo(zone)).utcoffset()
               for zone in zones for year in _STAMP_YEARS for month in range(1, 13) for day in (1, 15)}
    known = [offset for offset in offsets if offset is not None]
    return ZoneSpan(min(known, default=dt.timedelta(0)), max(known, default=dt.timedelta(0)))


# A day in the slug, the month by name and the year after ("...-august-10-2024", "aug-10,-2024",
# "10-august-2024", "/04-Feb-2024/", "1st-of-march-2024", "aug.-10-2024"), a comma beside a hyphen
# or not: read only with its year, where it is the one such day of the address and no word before it
# makes it a count's start or a span's end ("attacked-since-october-17-2023", "from-june-1-to-june-5-2024"),
# or a day the headline tells of ("strikes-answer-the-jan-28-2024-attack", "for-jan-28,-2024-attack",
# "attack-on-january-28-2024"): a headline's news may be days older than the page
_SLUG_MON = ("(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
             "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?")
_SLUG_SEP = r"(?:,|%2c)?[-_](?:,|%2c)?"
_SLUG_DAY = r"(?P<{}>[0-3]?\d)(?:" + "|".join(grammar("events").lists["ordinal_suffixes"]) + ")?"
_SLUG_DATE = re.compile(
    rf"(?<![^/_-])(?:{_SLUG_MON.format('mon')}{_SLUG_SEP}{_SLUG_DAY.format('d')}"
    rf"|{_SLUG_DAY.format('d_b')}{_SLUG_SEP}(?:of{_SLUG_SEP})?{_SLUG_MON.format('mon_b')})"
    rf"{_SLUG_SEP}(?P<y>20[1-3]\d)(?=[/_.,-]|%2c|$)", re.I)
_SLUG_COUNTED = Rules(grammar("events")).pattern("slug_counted")  # its separator: _SLUG_SEP


# A web archive's copy: its stamp is the day of the capture, not of the article. The Wayback
# Machine keeps the page's own address after its stamp (read that); the others do not.
_WAYBACK = re.compile(r"^https?://(?:web\.)?archive\.org/web/\d{4,14}[a-z_]*/(?P<original>.+)$", re.I)
_CACHES = _LINES.pattern("cache_address")


def url_date(url: str, zones: ZoneSpan | None = None) -> dt.date | None:
    """The day an article's address carries, if it carries a whole one (of an archived copy, the
    original address's; an archive's own stamp dates nothing). A Unix time is read only with the
    story's ``zones`` (:func:`zone_span`)."""
    wayback = _WAYBACK.match(url)
    if wayback is not None:
        url = wayback["original"]
    if _CACHES.match(url) or _WAYBACK.match(url):
        return None
    path = url.split("?")[0].split("#")[0]
    for pattern in _URL_DATES:
        match = pattern.search(path)
        if match:
            month = month_of(match["mon"]) if "mon" in pattern.groupindex else int(match["m"])
            return safe_date(int(match["y"]), month, int(match["d"]))
    return _slug_date(path) or (_unix_day(path, zones) if zones is not None else None)


def _unix_day(path: str, zones: ZoneSpan) -> dt.date | None:
    """The day of the one Unix time an address carries (``_URL_UNIX``), where that day is the same
    in every zone of the story; None for two stamps or a moment near midnight."""
    moments = {dt.datetime.fromtimestamp(int(m["stamp"]), dt.UTC) for m in _URL_UNIX.finditer(path)}
    return zones.day_of(moments.pop()) if len(moments) == 1 else None


def _slug_date(path: str) -> dt.date | None:
    """The one day a slug writes with its month by name and its year (``_SLUG_DATE``), or None."""
    days = {safe_date(int(m["y"]), month_of(m["mon"] or m["mon_b"]), int(m["d"] or m["d_b"]))
            for m in _SLUG_DATE.finditer(path) if not _SLUG_COUNTED.search(path, 0, m.start())}
    return days.pop() if len(days) == 1 else None


def url_line(text: str) -> tuple[str, int, int] | None:
    """An address clipped on its own line near the top (the page's own, as clippers save it)."""
    for index, (start, end) in enumerate(paragraphs(text)):
        if index >= 4:
            break
        match = _URL_LINE.fullmatch(text[start:end].strip())
        if match:
            return match.group(), start, end
    return None


def datelines(text: str) -> list[Dateline]:
    """Candidate publication dates near the top of a page, in order."""
    return list(_datelines(text))


@functools.lru_cache(maxsize=8)
def _datelines(text: str) -> tuple[Dateline, ...]:
    """:func:`datelines`, read once per text: the dating chooses among them, and the events stage
    asks an undated article's again for its clipper's line (``dates.lede_anchor``)."""
    found: list[Dateline] = []
    orders = page_orders(text)
    clipper = CLIPPER.match(text)
    if clipper:
        day = safe_date(*(int(x) for x in clipper.group(1).split("-")))
        if day:
            found.append(Dateline(day, None, clipper.start(1), clipper.end(1), kind="clipper"))
            found += _wire_line_after(text, clipper.end(), day)
    told = False  # whether a paragraph of the article's prose has gone before
    previous = 0  # where the line before began
    menu = 0  # a site's menu above the story ("• Local", "• Special Report"): lines, not paragraphs
    ends = story_end(text)
    for index, (start, end) in enumerate(paragraphs(text)):
        if index - menu >= 15 or start > 3000 or start >= ends:
            break
        menu += _MENU.match(text, start, end) is not None
        line = text[start:end]
        if clipper and start < clipper.end():
            line, start = text[clipper.end():end], clipper.end()
        if comments_begin(line):
            break
        printed = _print_line(text, start, end)
        if printed:
            found += printed
            break
        # "- Date: 3 March 2024" among an encyclopedia's fields: the event's day, not the page's; a
        # picture's file name ("Screenshot 2024-06-15 at 9.59.13 PM.png"): the day it was saved
        if _infobox_field(text, start, end) or _LINES.at("image_file_line", text, start, end):
            continue
        if not _viewed(text, previous, start, line):
            dated = _page_line(text, line, start, end, index, orders)
            # a lede's dateline opens the story; "Place, 7 March 2024: People inspect ..." after
            # the story has begun is a photo's caption, of the day the photo was taken
            found += [d for d in dated if not (told and d.kind == "lede")]
        told = told or _prose(line)
        previous = start
    return tuple(found)


# An infobox's date field, as an encyclopedia page saved as text prints it: "- Date: 3 March 2024" beside
# the event's other fields ("- Location: ...", "- Target: ...", "- Partof: ..."): the event's day, not
# the page's. A page's own list ("- Published: ...", "- Author: ...") is none.
_DATE_FIELD = _LINES.pattern("infobox_date_field")
_EVENT_FIELD = _LINES.pattern("infobox_event_field")


def _page_line(text: str, line: str, start: int, end: int, index: int, orders: Orders) -> list[Dateline]:
    """The dates ``line`` (``text[start:end]``, or its part after a clipper's header) gives as the
    page's: none on a view counter's line but a video page's stamp the lede agrees with."""
    if _counter(line):
        return _upload_day(line, start, index, orders, text) if _UPLOAD.match(line) else []
    return _line_dates(line, start, index, orders, text) or _own_note(text, start, end)


def _upload_day(line: str, start: int, index: int, orders: Orders, text: str) -> list[Dateline]:
    """The day of a video page's stamp (``_UPLOAD``) when the lede below agrees with it (a
    counter's line prints the reader's day on some pages: :func:`lede_agrees` decides)."""
    lede = _lede_after(text, start + len(line))
    return [d for d in _line_dates(line, start, index, orders, text)
            if lede is not None and lede_agrees(text, lede, d.date)]


def _infobox_field(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is an infobox's date field (``_DATE_FIELD``) with one of
    the event's other fields (``_EVENT_FIELD``) on the line before or after it."""
    if not _DATE_FIELD.match(text, start, end):
        return False
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    after_end = text.find("\n", end + 1)
    after = text[end + 1:after_end if after_end >= 0 else len(text)]
    return bool(_EVENT_FIELD.match(text[before:start]) or _EVENT_FIELD.match(after))


# A wire's date line without its year opening the story right after a clipper's date, on its line or
# the next: "<City>, May 18" or "<CITY>, May 18 (Agency) -" (a wire copy saved the next day in the
# site's time zone). Its year is the clipper's, or the year before across New Year.
# The city is one or two capitalised words ("Dubai", "ABU DHABI", "Tel Aviv"): a headline with its day
# ("Drones hit Erbil, Jan 28", "Attacks on US forces, Jan 27") is no date line.
_WIRE_LINE = _LINES.pattern("wire_line")
WIRE_LINE_DAYS = 1  # a wire's own date line is the clipper's day or the day before (a later time zone)


def _wire_line_after(text: str, at: int, clipper: dt.date) -> list[Dateline]:
    """The wire's own date line without its year after the clipper's (``_WIRE_LINE``), dated with
    the clipper's year, when it is that day or up to ``WIRE_LINE_DAYS`` before it; else none."""
    line = _WIRE_LINE.match(text, at)
    if line is None:
        return []
    month, day = month_of(line["mon"]), day_number(line["day"])
    for year in (clipper.year, clipper.year - 1):
        own = safe_date(year, month, day)
        if own is not None and 0 <= (clipper - own).days <= WIRE_LINE_DAYS:
            return [Dateline(own, None, line.start("mon"), line.end("day"), kind="line")]
    return []


# Where the story ends and the site's teasers of other stories begin, a header alone on its line after
# the story's prose ("Related Articles", "You may also like", "More from World:", "Read more"): the days
# printed below it are those stories', never the page's, nor evidence against the page's own day
_RELATED = Rules(grammar("events")).pattern("related_header")
RELATED_LINE = 40  # characters: a header's line, at the most


@functools.lru_cache(maxsize=8)
def story_end(text: str) -> int:
    """Where the page's block of other stories' teasers begins (``_RELATED``, after a paragraph of
    the story's prose), or the text's end. A header with more of the story's prose below it than above
    is a site's box between the standfirst and the story ("<standfirst>\n\nRelated Articles\n\nBy
    <name>\n\nMarch 13, 2024\n\n<the story>"): the story goes on under it."""
    lines = list(paragraphs(text))
    for index, (start, end) in enumerate(lines):
        if end - start > RELATED_LINE or not _RELATED.fullmatch(text, start, end):
            continue
        above = sum(e - s for s, e in lines[:index] if _prose(text[s:e]))
        if above and sum(e - s for s, e in lines[index + 1:] if _prose(text[s:e])) < above:
            return start
    return len(text)


# A live page's entry stamp alone on its line, a day with or without its year and a time of day, either
# first ("Mar 8, 6:40 pm", "Mar 09, 2024, 10:05 AM EST", "10:44 p.m. ET, February 2, 2024")
_STAMP_TIME = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[ap]\.?[ \t]?m\.?)?(?:[ \t]+[A-Z]{2,4})?"
_STAMP_DAY = (rf"(?:(?P<mon>{MON})[ \t]+(?P<day>{DAY})|(?P<day_b>{DAY})[ \t]+(?P<mon_b>{MON}))"
              r"(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?")
_STAMP = re.compile(rf"[ \t]*(?:{WEEKDAY},?[ \t]+)?(?:(?P<first>{_STAMP_TIME}),?[ \t]+)?{_STAMP_DAY}"
                    rf"(?:,?[ \t]+(?:at[ \t]+)?(?P<after>{_STAMP_TIME}))?[ \t]*", re.I)
_CLOCK = re.compile(r"\d[:.][0-5]\d")  # what every stamp holds: most lines do not
STAMP_LINE = 50  # characters: a stamp's line, at the most
LIVE_ENTRIES = 2  # entry stamps after the story's prose, at the least, that make a live page
SUMMARY_PARAGRAPHS = 2  # paragraphs of prose above a live page's first entry, at the least


@dataclass(frozen=True)
class Entry:
    """A live page's entry stamp: where it is, its month and day, and its year when printed."""

    start: int
    end: int
    month: int
    day: int
    year: int | None


@functools.lru_cache(maxsize=8)
def live_entries(text: str) -> tuple[Entry, ...]:
    """The entry stamps of a live page: ``LIVE_ENTRIES`` or more stamps (``_STAMP``) alone on their
    lines after ``SUMMARY_PARAGRAPHS`` paragraphs of prose (the page's summary). Each is one entry's
    time, neither the page's first posting nor its last update; a stamp above the prose is an entry
    view's own, and one under the lede alone the page's own line."""
    clocks = _CLOCK.finditer(text)
    if next(clocks, None) is None or next(clocks, None) is None:
        return ()  # most pages print fewer than two times of day
    lines = list(paragraphs(text))
    stamps = [m for start, end in lines if end - start <= STAMP_LINE and _CLOCK.search(text, start, end)
              and (m := _STAMP.fullmatch(text, start, end)) and (m["first"] or m["after"])]
    if len(stamps) < LIVE_ENTRIES:
        return ()
    # (after the summary's second paragraph: a stamp under the lede alone is the page's own line, as
    # "<lede>\n\nMar 13, 2024, 7:00 PM\n\n<story>" prints it above a timeline's or comments' stamps)
    prose = [end for start, end in lines if _prose(text[start:end])]
    summary = prose[SUMMARY_PARAGRAPHS - 1] if len(prose) >= SUMMARY_PARAGRAPHS else None
    after = [m for m in stamps if summary is not None and m.start() >= summary]
    if len(after) < LIVE_ENTRIES:
        return ()
    return tuple(Entry(m.start(), m.end(), month_of(m["mon"] or m["mon_b"]),
                       day_number(m["day"] or m["day_b"]), int(m["year"]) if m["year"] else None)
                 for m in after)


def _counter(line: str) -> bool:
    """``_COUNTER.search(line)``, run only on a line holding one of the words its matches need (as
    ``re.I`` reads them: :func:`~briefing.screen.fold`); most lines hold none."""
    folded = fold(line)
    return ("view" in folded or "read" in folded or "hit" in folded) and _COUNTER.search(line) is not None


def _viewed(text: str, previous: int, start: int, line: str) -> bool:
    """Whether ``line`` is the reader's day (``_VIEWED``), its label alone on the line before when the
    page is saved as text ("View" above "Date:2025-04-13 20:23" on a copy of a story of the year
    before): the two short lines read as one."""
    if _VIEWED.match(line):
        return True
    joined = text[previous:start].strip()
    return 0 < len(joined) <= _LABEL_ALONE and _VIEWED.match(joined + " " + line) is not None


_LABEL_ALONE = 12  # a label's word or two on a line of their own ("View", "Accessed on")


def readers_day_at(text: str, position: int) -> bool:
    """Whether ``position`` is on a line that prints the reader's day or a view counter's
    (``_VIEWED``, ``_COUNTER``): a day of the page, not one the article tells."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start:end if end >= 0 else len(text)]
    above = text.rfind("\n", 0, max(0, len(text[:start].rstrip()) - 1)) + 1  # the line above, blanks skipped
    return _counter(line) or _viewed(text, above, start, line)


_MENU = re.compile(r"[ \t]*[•·▪►*][ \t]*\S[^\n.!?:]{0,60}$", re.M)
# A paragraph of the story itself: a sentence of some length ended and another begun, or ended
# with the line (a headline has no full stop; a byline or a date line is short).
_SENTENCE_MARK = re.compile(r"[\n.!?]")
_SENTENCE_ENDS = re.compile(r"[\"”’']?(?:\s+[A-Z\"“]|\s*$)")
PROSE_RUN = 60  # characters of a sentence, at the least, before its full stop


def _prose(line: str) -> bool:
    """Whether ``line`` holds a sentence of the story itself. Read mark by mark, in one pass: a
    pattern "60 or more characters, then a full stop" tried at every character is quadratic on a
    long line with no full stop (a page's menu flattened into one line)."""
    run_start = 0
    for mark in _SENTENCE_MARK.finditer(line):
        if (mark[0] != "\n" and mark.start() - run_start >= PROSE_RUN
                and _SENTENCE_ENDS.match(line, mark.end())):
            return True
        run_start = mark.end()
    return False


def _print_line(text: str, start: int, end: int) -> list[Dateline]:
    """The day of a newspaper's print-edition line (``_PRINT_LINE``) on the line ``text[start:end]``."""
    line = _PRINT_LINE.match(text, start, end)
    match = FULL_DATE.match(text, line.end(), end) if line and end - start <= 100 else None
    day = read_full(match) if match else None
    if match is None or day is None or text[match.end():end].strip(" .\t"):
        return []
    return [Dateline(day, None, start, match.end(), kind="print")]


def _own_note(text: str, start: int, end: int) -> list[Dateline]:
    """The day of an editor's note on the article ("This story was updated at ... April 14.") or of
    the old revision an encyclopedia page shows, on the line ``text[start:end]``."""
    revision = _REVISION.match(text, start, end)
    if revision:
        match = FULL_DATE.match(text, revision.end(), end)
        day = read_full(match) if match else None
        if match is None or day is None:
            return []
        return [Dateline(day, time_of(text[start:match.start()]), start, match.end(), kind="revision")]
    note = _NOTE.match(text, start, end)
    if note is None or end - start > 160:
        return []
    found = FULL_DATE.search(text, note.end(), end) or _YEARLESS.search(text, note.end(), end)
    day = _note_day(text, found) if found else None
    if found is None or day is None:
        return []
    time = time_of(text[note.end():found.start()])
    return [Dateline(day, time, start, end, (note["verb"] or "").lower() == "updated", "note")]


def _note_day(text: str, found: re.Match[str]) -> dt.date | None:
    """A note's day: a full date as written; a day without its year (``_YEARLESS``) in the one year
    that puts it within ``NOTE_REACH`` days after the newest full date the text names."""
    if found.re is FULL_DATE:
        return read_full(found)
    month, day = month_of(found["mon"] or found["mon_b"]), day_number(found["day"] or found["day_b"])
    # the note follows the newest day the story tells, within days
    return year_from_text(text, month, day, NOTE_REACH, newest=True)


NOTE_REACH = 14  # days after the newest full date a text names that its yearless note may be


# every match of FULL_DATE holds a year ("19" or "20" and two digits) or a digit, a mark and a digit:
# a line without either is not searched (most lines: a search for it costs a seventh of the pattern's)
_DATE_DIGITS = re.compile(r"\d(?:(?<=1)9\d\d|(?<=2)0\d\d|[/.-]\d)")


def _line_dates(line: str, offset: int, index: int, orders: Orders, text: str = "") -> list[Dateline]:
    matches = list(FULL_DATE.finditer(line)) if _DATE_DIGITS.search(line) else []
    if not matches:
        return _short_year(line, offset, text)
    if len(line) <= 160 and _only_date(line, matches):
        return [_from_match(line, m, offset, "title" if index == 0 else "line", orders, day) for m in matches
                if (day := read_full(m, line, orders) or lede_reading(m, text, offset + len(line)))]
    if index < _TITLE_LINES and len(line) <= 160 and _BRIEFING_TITLE.match(line) and not _prose(line):
        # a briefing's transcript titled with its day: the day it was given and published
        return [_from_match(line, m, offset, "title", orders) for m in matches[:1]
                if read_full(m, line, orders)]
    cell = _date_cell(line, offset, orders)
    if cell:
        return cell
    run_on = _RUN_ON.match(line)
    if run_on and run_on.end() == matches[0].end() and read_full(matches[0], line, orders):
        # the page's date run into the first words of the lede when it was saved as text ("21:29 -
        # 31 December 2023The ministry said ..."): nothing but a time before it, no space after it
        return [_from_match(line, matches[0], offset, "lede", orders)]
    lede = _LEDE.match(line)
    if lede and lede.end() <= 90:
        head = lede["head"]
        inside = [m for m in matches if m.end() <= len(head)]
        if inside and len(head.split()) <= 9:
            return [_from_match(line, m, offset, "lede", orders) for m in inside[:1]
                    if read_full(m, line, orders)]
    return []


# a transcript's title, its first words: "Department Press Briefing – October 1, 2024", "Press Gaggle,
# March 4, 2024" (not a caption's "... speaks at a news conference at the Pentagon, Friday, Nov. 4")
_BRIEFING_TITLE = _LINES.pattern("briefing_title")
_TITLE_LINES = 5  # paragraphs from the top where a transcript's title is
_RUN_ON = re.compile(rf"[ \t]*(?:{_TIME.pattern}[ \t]*[-–|][ \t]*)?{FULL_DATE.pattern}(?=[^\W\d_])")
_CELL = re.compile(r"[ \t]+\|[ \t]+")


def _date_cell(line: str, offset: int, orders: Orders) -> list[Dateline]:
    """A date standing alone between bars right after the headline on a page flattened into one
    line ("Headline | 15 Mar 2024 | The story ...", "From: Agency | Date Add in: 2024-03-15
    09:12"); not where another cell is a date alone too (a list of headlines and their days)."""
    cells = _CELL.split(line)
    bars = [0, *(m.end() for m in _CELL.finditer(line))]
    if len(cells) < 2 or len(cells[0].split()) > 20:
        return []
    alone = [i for i, cell in enumerate(cells) if (found := list(FULL_DATE.finditer(cell)))
             and _only_date(cell, found)]
    if alone != [1]:
        return []
    match = FULL_DATE.search(cells[1])
    assert match is not None
    day = read_full(match, cells[1], orders)
    return [_from_match(cells[1], match, offset + bars[1], "line", orders)] if day else []


# A day and a month with the year in two digits, alone on the line, a weekday before them or not
# ("Monday 3 January 22 - 09:42", "22 Jan 24"): read only where something settles that the two
# digits are the year: the weekday is that day's in 20YY, or the text writes its own days in the
# same form ("the hijacking on 19 Nov 23"), the house style of the page.
_SHORT = re.compile(rf"[ \t]*(?:(?P<wd>{_WEEKDAY}),?[ \t]+)?(?:(?P<day>{_DAY})[ \t]+(?P<mon>{_MON})"
                    rf"|(?P<mon_b>{_MON})[ \t]+(?P<day_b>{_DAY})),?[ \t]+(?P<year>\d\d)"
                    rf"(?:[ \t]*[-–|,][ \t]*{_TIME.pattern})?[ \t]*", re.I)


_HOUSE = re.compile(rf"\b{_DAY}[ \t]+{_MON}[ \t]+\d\d\b(?![:.]?\d)")


def _short_year(line: str, offset: int, text: str) -> list[Dateline]:
    match = _SHORT.fullmatch(line)
    if match is None:
        return []
    day = safe_date(2000 + int(match["year"]), month_of(match["mon"] or match["mon_b"]),
                    day_number(match["day"] or match["day_b"]))
    if day is None:
        return []
    if match["wd"] is None:
        others = [m for m in _HOUSE.finditer(text) if not offset <= m.start() < offset + len(line)]
        if match["mon_b"] or not others:
            return []
    elif _WEEKDAYS[day.weekday()] != match["wd"].lower()[:3]:
        return []
    return [Dateline(day, time_of(line[match.end("year"):]), offset, offset + len(line))]


def _from_match(line: str, match: re.Match[str], offset: int, kind: DatelineKind, orders: Orders,
                day: dt.date | None = None) -> Dateline:
    """The date line of ``match`` on ``line``; ``day``: its day when read otherwise than as written
    (:func:`lede_reading`)."""
    label = line[: match.start()].lower()
    updated = bool(re.search(r"updated|modified", label)) and not re.search(r"publish|posted", label)
    day = day or read_full(match, line, orders)
    assert day is not None
    time = time_of(line[match.end():match.end() + 30])
    # a date line is quoted whole ("November 21, 2023, 7:52 PM"); a lede's dateline up to its date
    end = offset + (len(line) if kind in ("line", "title") else match.end())
    return Dateline(day, time, offset + match.start() if kind == "lede" else offset, end, updated, kind)
