"""The sentences an event's details are read from: each evidence sentence and the one after it,
an article's later sentences that can only be about its one act of a kind, and whether a sentence
can be about the event at all (no other war, place, act or time).
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from ...model import Article, Event, Evidence
from ...rules import Rules, grammar
from ...screen import Needed, Screened
from ...text import all_sentences
from ...topic import Hit
from ..entries import GRAMMAR
from ..lexicon import Lexicons, ships_named
from ..told_time import told_at_another_time

HOME = Rules(grammar("parties"))  # its rule group_home: where a group is, told after its name


@dataclass(frozen=True)
class Window:
    """A sentence the details are read from; ``own``: an evidence sentence (not its neighbour)."""

    start: int
    end: int
    own: bool
    joined: bool = False  # a later sentence of the article joined to its one act of this kind
    # read for the event only because the weekday it names is the day a group spoke (its claim's,
    # rules claimed_on_day and day_then_claimed): a claim's sentence, never an official's blame
    spoken: bool = False


def windows_of(article: Article, event: Event) -> Iterator[Window]:
    """Each evidence sentence of this article, then the sentence after it (a figure or a claim
    often follows the sentence that tells the act) unless it is already one of them."""
    # the first sentences telling it: an article telling one event in thousands of sentences is
    # not read thousands of times (details are in the lede and the sentences after it)
    spans = sorted({(s.start, s.end) for s in event.sources if s.article == article.id})[:MAX_SENTENCES]
    sentences = [(s, e) for _, s, e in all_sentences(article.clean)]
    starts = [s for s, _ in sentences]
    seen: set[tuple[int, int]] = set(spans)
    for start, end in spans:
        yield Window(start, end, True)
        after = bisect.bisect_left(starts, end)  # a search, not a scan: reports can be long
        if after < len(sentences) and sentences[after] not in seen:
            seen.add(sentences[after])
            yield Window(*sentences[after], False)


@dataclass(frozen=True)
class Ships:
    """The ships an article names for an attack (``targets.ships_of``): ``own``, named in its own
    sentences and no other act's; ``others``, named in the other acts' sentences and not its own."""

    own: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()


MAX_SENTENCES = 60  # evidence sentences of one event per article that details are read from


# (each Screened: searched only in a sentence holding one of the words its matches need; screen.py)
# a sentence about the campaign, not one act: "usually with rockets and drones", "165 attacks since"
_CAMPAIGN = Screened(re.compile(r"\b(?:since|usually|often|typically|times|series|so far|to date|in total"
                                r"|latest in|attacks|strikes|raids)\b", re.I))
# a sentence naming a time of its own ("In August, eight were injured") tells another day; the
# event's day is in its own sentences
_WHEN = Screened(re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s"
                            r"|\b(?:Mon|Tues|Wednes"
                            r"|Thurs|Fri|Satur|Sun)day\b|\b(?:last|this|next) (?:week|month|year)\b"
                            r"|\b(?:19|20)\d\d\b"))
def joined_sentences(article: Article, event: Event, windows: Sequence[Window], others: Sequence[Event],
                     lex: Lexicons, operation: Operation = "") -> Iterator[tuple[Window, str]]:
    """The article's other sentences that can only be about ``event``: it is the article's one
    act of its kind (attack, or strike), and the sentence is no other event's evidence, names no
    place or country but the event's, no act of the other kind, and no campaign in general.
    ``operation``: a strike's strikes in other countries on its day are its parts: for its
    ``means`` a sentence naming no country is about each ("B-1 bombers dropped 125 munitions in
    the strikes"); for its ``toll`` only one naming its own country or place is (each country's
    dead are its own)."""
    act = lex.topic.said.act
    parts = bool(operation) and act(event.type) == "strike"  # two attacks of a day are two acts
    rivals = [o for o in others if act(o.type) == act(event.type)]
    if any(not (parts and _same_operation(o, event)) for o in rivals):
        return
    if parts and rivals:
        windows = [w for w in windows if w.own]  # its neighbours may tell the whole operation's
    taken = {(w.start, w.end) for w in windows} | {(s.start, s.end) for o in others for s in o.sources
                                                    if s.article == article.id}
    if operation == "means" and rivals:
        taken -= _whole_operation(article, rivals, others, lex)
    campaign = _CAMPAIGN_OF_PARTS if parts and rivals else _CAMPAIGN
    entry = _entry(article.clean, windows)
    carried = False  # the sentence before may have given a figure: this one is read whatever its words
    for _, start, end in all_sentences(article.clean)[:MAX_SENTENCES * 5]:
        text = article.clean[start:end]
        window = Window(start, end, False, True)
        after, carried = carried, False
        if ((start, end) in taken or not (after or _readable(text, event, lex))
                or campaign.search(text) or _WHEN.search(text)
                or not _in_entry(article.clean, entry, start)
                or not about_event(window, text, event, lex)
                or any(lex.side(h.name) == "other" for h in lex.actors.find(text))):
            continue  # another war's act ("drones launched by the Houthis")
        if operation == "toll" and rivals and (not _names_own(text, event, lex) or any(
                _names_own(text, r, lex) for r in rivals if r.country != event.country)):
            continue  # each country's dead: a sentence naming two countries' is left to neither
        carried = CARRIED in JOINED_READERS and JOINED_READERS[CARRIED](text, event, lex)
        yield window, text


def _whole_operation(article: Article, parts: Sequence[Event], others: Sequence[Event],
                     lex: Lexicons) -> set[tuple[int, int]]:
    """The sentences another part of the operation took as its evidence that tell the whole of it:
    naming no country and no place, and no other act's evidence ("The strikes were flown with many
    aircraft, B-1 bombers among them", taken by the strikes in Syria, is as much about those in
    Iraq). Its means are each part's."""
    spans = {(s.start, s.end) for o in parts for s in o.sources if s.article == article.id}
    spans -= {(s.start, s.end) for o in others if all(o is not p for p in parts) for s in o.sources}
    return {(start, end) for start, end in spans
            if not lex.countries.search(article.clean, start, end)
            and not any(True for _ in lex.places.find(article.clean[start:end]))}


Operation = Literal["", "means", "toll"]
# What each reader of the joined sentences (sites, weapons, casualties) can read in one: its module
# adds its own test, read off its own patterns and names, on import. A sentence none of them can read
# anything in is not asked about, nor read (most joined sentences: background, a speaker's words).
# A figure may go on in the next sentence ("Three were killed. 30 others were wounded."): the sentence
# after one the casualties' test lets through is read whatever its words.
JOINED_READERS: dict[str, Callable[[str, Event, Lexicons], bool]] = {}
CARRIED = "casualties"


def _readable(text: str, event: Event, lex: Lexicons) -> bool:
    """Whether one of the joined sentences' readers may read something in ``text`` (asked first:
    nearly every joined sentence is ruled out here)."""
    return any(read(text, event, lex) for read in JOINED_READERS.values())


# the campaign's words, but for "the strikes" of one operation told in several countries
# (strikes counted are many acts: "more than 125 missile strikes")
_CAMPAIGN_OF_PARTS = Screened(re.compile(r"\b(?:since|usually|often|typically|times|series|so far|to date"
                                         r"|in total|latest in|attacks|(?:\d+|dozens|scores|hundreds)\s+"
                                         r"(?:[\w-]+\s+)?(?:strikes|raids))\b", re.I))


def not_in_others_paragraphs(article: Article, windows: Sequence[Window], others: Sequence[Event],
                             joined: Sequence[tuple[Window, str]]) -> list[tuple[Window, str]]:
    """The joined sentences outside the paragraphs that tell the article's other acts and not this
    one: a zero closing one act's paragraph ("There were no injuries or damage reported.") is that
    act's, never the act told in the next paragraph."""
    if not joined or not others:
        return list(joined)
    own = {_paragraph(article.clean, w.start) for w in windows if w.own}
    theirs = {_paragraph(article.clean, s.start) for o in others for s in o.sources
              if s.article == article.id} - own
    return [(w, t) for w, t in joined if not theirs or _paragraph(article.clean, w.start) not in theirs]


@functools.lru_cache(maxsize=64)
def _breaks(clean: str) -> tuple[int, ...]:
    """Where the text's paragraphs end (a blank line)."""
    return tuple(m.start() for m in re.finditer(r"\n\s*\n", clean))


def _paragraph(clean: str, start: int) -> int:
    """The index of the paragraph a sentence starting at ``start`` is in."""
    return bisect.bisect_right(_breaks(clean), start)


def _names_own(text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a sentence names the event's country or one of its places."""
    return (any(country == event.country for country in lex.countries_in(text))
            or any(h.name in event.places for h in lex.places.find(text)))


def _same_operation(other: Event, event: Event) -> bool:
    """Whether another act of the same kind is this one's part in another country, told on the same
    day (the strikes of one night in Iraq and in Syria): a sentence naming neither country ("the
    strikes used more than 125 precision munitions") is about both; so is a mention with neither a
    day nor a country ("the strikes"), told of the same act."""
    if other.date is None and other.country is None:
        return True
    return event.date is not None and other.date == event.date and other.country != event.country


def naming(article: Article, event: Event, windows: Sequence[Window], others: Sequence[Event],
           lex: Lexicons) -> Iterator[tuple[Window, str]]:
    """The article's other sentences that can be about attack ``event`` when a group's claim or an
    official's blame is told apart from it ("The Islamic Resistance in Iraq said in a statement it
    had targeted the base with drones", three paragraphs down): those naming its place, no other
    place or country, and no other weekday; and, when it is the article's one dated attack, those
    naming no place or country at all (its other attacks are undated mentions). A place another
    of the article's attacks also names tells neither apart."""
    attack = lex.topic.said.attack
    if not attack(event.type):
        return
    rivals = [o for o in others if attack(o.type)]
    alone = event.date is not None and not any(o.date is not None for o in rivals)
    # a timeline's claim names the day it tells ("On 20 January, the group claimed ...") where it
    # names no place: the day's one attack is its
    dated = event.date is not None and not any(o.date == event.date for o in rivals)
    shared = {p for o in rivals for p in o.places}
    # its country, when no other attack of the article is there: "the drone attack on the Iraqi
    # base", told beside an attack in Syria
    by_country = event.country is not None and not any(o.country in (None, event.country) for o in rivals)
    taken = {(w.start, w.end) for w in windows}
    entry = _entry(article.clean, windows)
    sentences = all_sentences(article.clean)[:MAX_SENTENCES * 5]
    starts = [start for _, start, _ in sentences]
    for _, start, end in sentences:
        text = article.clean[start:end]
        if ((start, end) in taken or other_weekday(text, event) or last_weeks_day(text, event, article)
                or not _in_entry(article.clean, entry, start)):
            continue
        spoken = other_weekday(text, event, spoken_too=True)
        named = _names_it(text, event, shared, lex)
        if named is False and _listed_with_others(text, event, lex):
            named = True  # "claimed the attacks on <its base> and <another's>": each one's
        if named or _told_back(text, (start, starts), windows, lex) or (
                named is None and (alone or (dated and (names_only_its_day(text, event)
                                                        or _names_only_its_weekday(text, event, rivals)))
                                   or (by_country and not other_day(text, event)
                                       and _names_its_country(text, event, lex)))):
            yield Window(start, end, False, spoken=spoken), text


def naming_its_ship(article: Article, event: Event, windows: Sequence[Window],
                    ships: Ships, lex: Lexicons) -> Iterator[tuple[Window, str]]:
    """The article's other sentences naming one of the event's own ships (``targets.ships_of``),
    where a group's claim of it may be told apart ("The Raiders claimed the strike on the Sea Lark",
    five paragraphs down): the ship links the claim to its act, as a place does in :func:`naming`;
    never a sentence naming another weekday or, a week on, a weekday alone."""
    if not ships.own:
        return
    taken = {(w.start, w.end) for w in windows}
    for _, start, end in all_sentences(article.clean)[:MAX_SENTENCES * 5]:
        text = article.clean[start:end]
        if ((start, end) not in taken and not other_weekday(text, event)
                and not last_weeks_day(text, event, article)
                and any(name in ships.own for name, _, _ in ships_named(text, lex))):
            yield Window(start, end, False), text


# the acts told just before, told back by the places they hit: "claimed attacks on those locations",
# "announced attacks on these facilities" (of each attack the article told before it)
THESE_PLACES = HOME.pattern("these_places")
# ... or by their count: "claimed both attacks", "claimed responsibility for the two attacks"
THESE_ACTS = HOME.pattern("these_acts")


TOLD_BACK_SENTENCES = 3  # sentences before "claimed attacks on those locations" that may tell them


def _told_back(text: str, at: tuple[int, list[int]], windows: Sequence[Window], lex: Lexicons) -> bool:
    """Whether a sentence after the event's own tells the acts just before it back by the places
    they hit ("claimed attacks on those locations") or by their count ("claimed both attacks"),
    naming no place of its own: each of them is
    meant, whatever countries the acts were in (the group's words, "Iraqi armed groups", are no
    place). ``at``: the sentence's start and every sentence's start; the event's own sentence must
    be one of the ``TOLD_BACK_SENTENCES`` before it (an act told further back is not "those")."""
    start, starts = at
    here = bisect.bisect_left(starts, start)
    return ((THESE_PLACES.search(text) is not None or THESE_ACTS.search(text) is not None)
            and any(w.own and w.end <= start
                    and here - bisect.bisect_right(starts, w.start) < TOLD_BACK_SENTENCES for w in windows)
            and not any(True for _ in lex.places.find(text)))


# acts told as a list of the places they hit: "attacks on Al-Asad and Harir", "strikes against A, B and C"
_LISTED = re.compile(r"\b(?:attacks|strikes|operations)\s+(?:on|against|targeting)\s+(?P<list>(?:the\s+)?"
                     r"[A-Z][^,;.]{0,60}?(?:,\s+(?:the\s+)?[A-Z][^,;.]{0,60}?)*,?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*"
                     r"(?:\s+[A-Z][\w'’-]*){0,4})")


def _listed_with_others(text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a sentence tells acts on a list of places, one of them the event's, and names no place
    outside that list ("claimed responsibility for the attacks on Al-Asad and Rumalyn"): a claim or a
    blame of several acts at once is each one's (the other places are not another act's alone)."""
    listed = _LISTED.search(text)
    if listed is None:
        return False
    inside = {h.name for h in lex.places.find(listed["list"])}
    return (any(p in event.places for p in inside)
            and all(h.name in inside for h in lex.places.find(text)))


# A timeline's heading: a line holding only a day ("January 12", "Friday, Jan. 12, 2024")
_HEADING = re.compile(r"\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}|"
                      r"[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?\W*")


@functools.lru_cache(maxsize=64)
def _headings(clean: str) -> tuple[int, ...]:
    """Where a timeline's day headings start: none unless there are two or more."""
    found = tuple(start for _, start, end in all_sentences(clean)
                  if end - start <= 40 and _HEADING.fullmatch(clean, start, end))
    return found if len(found) >= 2 else ()


def _entry(clean: str, windows: Sequence[Window]) -> int | None:
    """The timeline entry (the index of its heading) the event's own sentences are under; None
    in an article with no timeline."""
    headings = _headings(clean)
    own = [w.start for w in windows if w.own]
    return bisect.bisect_right(headings, own[0]) if headings and own else None


def _in_entry(clean: str, entry: int | None, start: int) -> bool:
    """Whether a sentence is under the event's own heading: the figures and claims of a
    timeline's other entries are their days' ("January 12 / ... Five people are killed")."""
    return entry is None or bisect.bisect_right(_headings(clean), start) == entry


_WEEKDAY = Screened(re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"))
# a day of the month written out: "20 January", "Jan. 20", "January 20"
# (a timeline's entries often lead with the month in capitals: "NOV. 23 – ...")
_DAY_OF_MONTH = re.compile(r"\b(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]{2,8})\b"
                           r"|(?P<m2>[A-Z][a-z]{2,8}|(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\b)"
                           r"\.?\s+(?P<d2>\d{1,2})\b)")


# several days of one month: "on 3 and 5 February", "between 3-5 Feb."
_DAYS = re.compile(r"\b\d{1,2}\s*(?:,|and|or|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]")


def other_day(text: str, event: Event) -> bool:
    """Whether a sentence names days of the month, not only the event's ("killed a commander in
    Baghdad on February 7", told beside the strikes of 2 February)."""
    named = event.date is not None and _DAY_OF_MONTH.search(text) is not None
    return named and not names_only_its_day(text, event)


def another_entry(text: str, event: Event) -> bool:
    """Whether a sentence is a timeline's entry for another day: it leads with its day and a dash
    or a colon ("NOV. 23 – Forces in Syria are attacked four times, with no casualties", told
    after the entry of 17 November); what it tells is that day's."""
    lead = _ENTRY.match(text)
    return lead is not None and event.date is not None and not names_only_its_day(lead.group(), event)


# (searched only in a sentence holding "earlier", "previous", "prior", "separate" or "another": screen.py)
_ACT_TOLD_APART = Screened(GRAMMAR.pattern("act_told_apart"))


def another_act(text: str) -> bool:
    """Whether a sentence tells another act than the event's, one of before or apart ("An earlier
    drone attack in Syria wounded five", "In a separate incident, ..."): its toll is that act's."""
    return _ACT_TOLD_APART.search(text) is not None


def another_story(text: str) -> bool:
    """Whether a sentence beside the event's opens a story of its own with a date line ("(MOSCOW) —
    An attack Sunday in southern Russia left nine dead", a page's next story clipped with it): what
    it tells is that story's."""
    return _DATE_LINE.match(text) is not None


# a date line: a place in capitals, in brackets or followed by an agency in brackets, then a dash
_DATE_LINE = re.compile(r"\s*(?:\((?:[A-Z][A-Z.'-]+\s?){1,3}\)|(?:[A-Z][A-Z.'-]+\s?){1,3}(?:,\s+[A-Z][\w.]+)?"
                        r"\s*\([A-Za-z][\w ]{1,20}\))\s*[—–-]")


# a timeline's entry: its day first, then a dash or a colon ("NOV. 23 –", "23 November 2023:")
_ENTRY = re.compile(r"\s*(?:[•*·-]\s*)?(?:" + _DAY_OF_MONTH.pattern + r")(?:,?\s+\d{4})?\s*[–—:-]")


def names_only_its_day(text: str, event: Event) -> bool:
    """Whether a sentence names days of the month, every one of them the event's."""
    if _DAYS.search(text):
        return False
    days = set()
    for match in _DAY_OF_MONTH.finditer(text):
        month = (match["m1"] or match["m2"]).lower()
        number = next((i for i, name in enumerate(_MONTHS, 1)
                       if name.startswith(month[:3]) and month in name), None)
        if number is None:
            return False  # "20 Marines": no day named, and the sentence is left alone
        days.add((number, int(match["d1"] or match["d2"])))
    return event.date is not None and days == {(event.date.month, event.date.day)}


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")


def _names_only_its_weekday(text: str, event: Event, rivals: Sequence[Event]) -> bool:
    """Whether a sentence names weekdays, every one of them the event's, and no other attack of the
    article fell on that weekday ("claimed the attack on Wednesday", beside Monday's attack): the
    weekday tells the day's attack as a date would (a stale weekday is kept out by last_weeks_day)."""
    days = {m.group() for m in _WEEKDAY.finditer(text)}
    if event.date is None or days != {f"{event.date:%A}"}:
        return False
    return not any(o.date is not None and o.date.weekday() == event.date.weekday() for o in rivals)


def last_weeks_day(text: str, event: Event, article: Article) -> bool:
    """Whether a sentence names a weekday alone ("Sunday's attack") when the event is more than a
    week older than the report: the weekday is one of the report's own week, not the event's
    (unless the sentence names the event's day of the month too)."""
    if event.date is None or article.published is None or not _WEEKDAY.search(text):
        return False
    return (article.published - event.date).days > 6 and not names_only_its_day(text, event)


def other_weekday(text: str, event: Event, spoken_too: bool = False) -> bool:
    """Whether a sentence names weekdays, none of them the event's ("On Sunday, the group said it
    attacked the base": another day's attack when the event was a Tuesday); the day a group spoke
    is no act's day ("the spokesman claimed the attack early Tuesday", "the group on Tuesday said",
    of Monday's attack: rules claimed_on_day, day_then_claimed), unless ``spoken_too``."""
    days = {m.group() for m in _WEEKDAY.finditer(text) if spoken_too or not _day_spoken(text, m)}
    return event.date is not None and bool(days) and f"{event.date:%A}" not in days


def _day_spoken(text: str, day: re.Match[str]) -> bool:
    """Whether a weekday is the day a group spoke: told right after its verb of claiming or saying,
    or right before it (rules claimed_on_day, day_then_claimed)."""
    return bool(HOME.at("claimed_on_day", text, day.start()) or HOME.at("day_then_claimed", text, day.end()))


def _names_it(text: str, event: Event, shared: set[str], lex: Lexicons) -> bool | None:
    """True when a sentence names one of the event's own places (one no other attack of the
    article names) and no other place or country; False when it names another or only shared
    ones; None when it names none (a group's name is not a country: "the Islamic Resistance in
    Iraq" names no Iraq)."""
    # a place that only places it otherwise (its own place's sea area, or a place in the area of an
    # attack placed by its area alone) is no other place, nor one of its own: read as naming none
    places = [h.name for h in lex.places.find(text) if not _its_area(h.name, event, lex)]
    if any(p not in event.places for p in places) or (places and set(places) <= shared):
        return False
    # a group's home told after its name ("militias operating in Iraq and Syria") is no place of
    # the act: a blame of a Jordan attack names it
    if any(country not in (None, event.country) for country in _countries_outside_groups(text, lex)):
        return False
    return True if places else None


def _its_area(name: str, event: Event, lex: Lexicons) -> bool:
    """Whether a place, not one of the event's own, only places it more broadly or more closely: the
    area (the topic's "country") one of its places lies in ("the Gulf of Aden" of an attack placed
    "south of Aden"), or, for an event placed only by its area, that area itself or a place in it."""
    if name in event.places:
        return False
    if not event.places:
        return event.country is not None and lex.topic.place(name).country == event.country
    return any(lex.topic.place(own).country == name for own in event.places)


def _names_its_country(text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a sentence names the event's country (or its people: "the Iraqi base"), outside a
    group's name or home ("the Islamic Resistance in Iraq" names no Iraq)."""
    return event.country in _countries_outside_groups(text, lex)


def tells_elsewhere(text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a sentence names a place other than the event's and none of its own places, nor its
    country: "claimed the attack on Al-Asad", told after an attack in Syria, is another attack's
    claim ("claimed attacks on Erbil Air Base and Al-Asad" is each one's). Countries alone are not
    enough: they are as often what a group is ("the Iraqi militia", "which has attacked US forces in
    Iraq and Syria") as where the act was."""
    places = [h.name for h in lex.places.find(text)]
    if not places or any(p in event.places for p in places):
        return False
    return event.country not in _countries_outside_groups(text, lex)


def _countries_outside_groups(text: str, lex: Lexicons) -> set[str | None]:
    """The countries a sentence names (or its people: "Iraqi"), outside a group's name or home."""
    return {lex.country(m.group()) for m in lex.countries.finditer(_without_groups(text, lex))}


def _without_groups(text: str, lex: Lexicons) -> str:
    """The sentence with each group's name and home blanked ("militias operating in Iraq")."""
    for hit in lex.actors.find(text):
        militia = lex.side(hit.name) == "militia"
        home = HOME.at("group_home", text, hit.end) if militia else None
        end = hit.end if home is None else home.end()
        start = _home_before(text, hit.start, lex) if militia else hit.start
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _home_before(text: str, start: int, lex: Lexicons) -> int:
    """Where a group's name begins with its home told before it ("Sudland's Raiders", "the
    Sudland-based Raiders", "Sudlandic Raiders": rule group_home_before): a country of the story,
    owned or as its people's word (a bare "Sudland Raiders" may be a list's end)."""
    told = HOME.at("group_home_before", text, start, floor=max(0, start - 60))
    country = lex.country(told["home"]) if told is not None else None
    if told is None or country is None or not (told["owned"] or told["home"] != country):
        return start
    return told.start()


def whole(article: Article) -> list[tuple[Window, str]]:
    """Every sentence of a report of ordinary length (a claim or a blame may be anywhere in it)."""
    found = all_sentences(article.clean)
    return [(Window(start, end, False), article.clean[start:end])
            for _, start, end in found[:MAX_SENTENCES * 5]]


def evidence_of(article: Article, start: int, end: int) -> Evidence:
    return Evidence(article.id, start, end, article.text[start:end])


def in_article(hits: Iterable[Hit], window: Window) -> Iterator[Hit]:
    for hit in hits:
        yield Hit(hit.start + window.start, hit.end + window.start, hit.name)


# a time of its own in a neighbouring sentence: "the previous week", "In August", "Last year"
_OTHER_WEEK = Screened(re.compile(r"\b(?:previous|last|prior) (?:week|month|year)\b"
                                  r"|\b(?:weeks|months|years) (?:earlier|before|ago)\b", re.I))
_MONTH_NAME = Screened(re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October"
                                  r"|November|December)\b"))


def other_time(text: str, event: Event) -> bool:
    """Whether a neighbouring sentence tells another time than the event's ("In August, eight were
    injured in a drone attack", told after an attack of November; "In 2019 a contractor was killed
    there", told after an attack of 2024; "A week earlier, a drone struck the base, wounding two")."""
    return (other_month(text, event) or bool(_OTHER_WEEK.search(text)) or _other_year(text, event)
            or told_at_another_time(text))


_YEAR = Screened(re.compile(r"\b(?:19|20)\d\d\b"))


def _other_year(text: str, event: Event) -> bool:
    """Whether a sentence names years, none of them the event's."""
    years = {int(m.group()) for m in _YEAR.finditer(text)}
    return event.date is not None and bool(years) and event.date.year not in years


def other_month(text: str, event: Event) -> bool:
    """Whether a sentence names months, none of them the event's: "In August, eight were injured"
    is August's toll even when a report of November's attack tells it among that attack's."""
    return not_its_month(months_named(text), event)


@functools.lru_cache(maxsize=4096)
def months_named(text: str) -> frozenset[str]:
    """The months a sentence names, found once (each event asks of the same sentences)."""
    return frozenset(m.group() for m in _MONTH_NAME.finditer(text))


def other_month_told(text: str, event: Event) -> bool:
    """Whether a sentence tells an act of other months than the event's, a month bounding a span
    ("since October", "until March") telling none."""
    return not_its_month(months_named(_SPAN_MONTH.sub(" ", text)), event)


_SPAN_MONTH = re.compile(r"\b(?:since|from|until|till|through|before|after|between|as\s+of)\s+"
                         r"(?:early\s+|mid-?|late\s+)?(?:January|February|March|April|May|June|July|August"
                         r"|September|October|November|December)\b")


def not_its_month(months: frozenset[str], event: Event) -> bool:
    """Whether ``months`` (named in a sentence) are some, none of them the event's."""
    return event.date is not None and bool(months) and f"{event.date:%B}" not in months


ATTACK_TOLD = re.compile(r"\battack(?:s|ed)?\b(?:(?!\bstrikes?\b|\bair ?strikes?\b)[^;])*$", re.I)


# The other act's words: a sentence naming them is about that act, not this one. A strike of a kind
# chosen by its cue (self-defence: a strike on those about to attack) or an intercept speaks of
# the attack it stopped, so it has none.
_OTHER_ACT = {"attack": Screened(re.compile(r"\b(?:air ?strikes?|strikes|retaliat\w*)\b", re.I)),
              "strike": Screened(re.compile(r"\battack(?:s|ed)?\b", re.I)),
              "none": Screened(re.compile(r"(?!)"))}


def _other_act(event: Event, lex: Lexicons) -> Screened:
    said = lex.topic.said
    act = said.act(event.type)
    return _OTHER_ACT[act if act == "attack" or event.type == said.default("strike") else "none"]


def about_event(window: Window, text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a sentence's figures can be this event's: none from a sentence about another war
    (a place outside the story), nor from a neighbouring sentence telling another kind of act.
    Answered once per sentence in one event's walk (:func:`one_walk`: the sentences joined to an
    event are asked again by its casualties); outside one, each time it is asked."""
    kept = _ANSWERS.get()
    if kept is None:
        return _about_event(window, text, event, lex)
    key = (window.start, window.end, window.own, window.joined, text)
    found = kept.get(key)
    if found is None:
        found = kept[key] = _about_event(window, text, event, lex)
    return found


# the answers of the walk of one event's details (read_details holds them while it reads them)
_Answers = dict[tuple[int, int, bool, bool, str], bool]
_ANSWERS: contextvars.ContextVar[_Answers | None] = contextvars.ContextVar("about_event's answers",
                                                                           default=None)


@contextlib.contextmanager
def one_walk() -> Iterator[None]:
    """One event's walk of an article's sentences: :func:`about_event` answers each sentence once
    inside it, for that event (every reader of its details asks about the same event)."""
    token = _ANSWERS.set({})
    try:
        yield
    finally:
        _ANSWERS.reset(token)


def _about_event(window: Window, text: str, event: Event, lex: Lexicons) -> bool:
    if any(True for _ in lex.outside.find(text)) and not _in_campaign(text, lex):
        return False
    if window.own:
        return True
    # a neighbour naming another place or country tells of another event; a joined sentence may
    # name the base of an event that names none ("the drone struck the Rumalyn Landing Zone")
    elsewhere = any(h.name not in event.places and not (window.joined and its_base(h.name, event, lex))
                    and not _unplaced_neighbour(window, h.name, event, lex)
                    for h in lex.places.find(text)) or any(
        country not in (None, event.country) for country in lex.countries_in(text))
    return not elsewhere and not _other_act(event, lex).search(text) and not _strikes_toll(text, event, lex)


# a toll told as the fruit of the strikes, often in the struck country's words ("This aggression
# led to the fall of 16 martyrs", "the raids resulted in 25 wounded"): the strikes' dead, never the
# dead of an attack on US forces told before as their cause (the singular "strike" is as often an
# attack's own word: "a drone strike resulted in three deaths")
_STRIKES_TOLL = Screened(HOME.pattern("strikes_toll"))


def _strikes_toll(text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a neighbouring or later sentence tells the strikes' toll and the event is an attack."""
    return lex.topic.said.attack(event.type) and bool(_STRIKES_TOLL.search(text))


_COUNTRY_VOICE = HOME.pattern("country_voice_toll")
# its voice's noun and its verb of saying, both in one pass with the other screens (screen.py):
# most sentences lack one, and the pattern, opening with any capitalised word, is tried at each
_COUNTRY_VOICE_WORDS = Needed(_COUNTRY_VOICE)


def governments_toll(article: Article, event: Event, others: Sequence[Event],
                     lex: Lexicons) -> Iterator[tuple[Window, str]]:
    """The sentences where a campaign country's government tells the toll of the US side's strikes
    on it ("The Iraqi government said at least 16 people were killed and 25 injured in the US
    attacks"; "this aggression caused ..."), for the article's one strike in that country, whatever
    event the reading gave the sentence to (the words "US attacks" made it an attack on US forces'):
    the figures' own words still decide whose they are (details.casualties)."""
    act = lex.topic.said.act
    if (act(event.type) != "strike" or event.country is None
            or any(act(o.type) == "strike" and o.country == event.country for o in others)):
        return
    own = {(s.start, s.end) for s in event.sources if s.article == article.id}
    for _, start, end in all_sentences(article.clean)[:MAX_SENTENCES * 5]:
        text = article.clean[start:end]
        voice = _COUNTRY_VOICE.search(text) if (start, end) not in own \
            and _COUNTRY_VOICE_WORDS.may_match(text) else None
        if (voice is None or lex.country(voice.group("who")) != event.country
                or set(lex.countries_in(text)) - {None, event.country}
                or not (side_rule(lex, "ours_told").search(text) or _STRIKES_TOLL.search(text))):
            continue
        yield Window(start, end, True), text


_SIDE_RULES: dict[tuple[str, str], re.Pattern[str]] = {}


def side_rule(lex: Lexicons, name: str) -> re.Pattern[str]:
    """A rule of the sites' grammar that names the story's target side ([site_words]: "US",
    "American"), compiled once per story: we_attacked, vehicle_struck, toll_of_ours, ours_told."""
    found = _SIDE_RULES.get((lex.topic.digest, name))
    if found is None:
        rules = Rules(grammar("sites"), lex.topic.site_words.words())
        found = _SIDE_RULES[lex.topic.digest, name] = rules.pattern(name)
    return found


def _unplaced_neighbour(window: Window, name: str, event: Event, lex: Lexicons) -> bool:
    """Whether the sentence right after an event's own, the event placed only in its country, names
    a place of that country: it says where ("US forces struck in Iraq on Tuesday." then "The strike
    hit a base south of Baghdad, killing four")."""
    return (not window.own and not window.joined and not event.places and event.country is not None
            and lex.topic.place(name).country == event.country)


def its_base(name: str, event: Event, lex: Lexicons) -> bool:
    """Whether a site can be the base of an event that names none, in its country."""
    place = lex.topic.place(name)
    return (place.site and place.country == event.country and lex.topic.said.attack(event.type)
            and not any(lex.topic.place(p).site for p in event.places))


def _in_campaign(text: str, lex: Lexicons) -> bool:
    """Whether a sentence names one of the campaign's countries or places."""
    return bool(lex.countries_in(text)) or any(True for _ in lex.places.find(text))


# a strike told as the answer to an attack: "in response to an attack which killed three soldiers in
# Jordan", "in retaliation for attacks on US forces, including one that killed three troops"
_ANSWER = re.compile(r"\b(?:response|retaliation|reprisal|revenge|answer|responding|retaliating)\b"
                     r"[^.;]{0,80}?\b(?=(?:attacks?|assaults?|one)\b)", re.I)
ANSWER = _ANSWER  # (the assembly of details reads it too)


def answered(article: Article, event: Event, others: Sequence[Event],
             lex: Lexicons) -> Iterator[tuple[Window, str]]:
    """The article's strike sentences that tell the attack they answered, each as its words from
    the attack on (the strike's words blanked): an attack's toll is often told only there. Only
    for the article's one attack in its country, and only where those words name its country or
    place and no other country: "including one that killed three US troops last month", placed
    nowhere, may be any attack of the campaign, not the article's one (a rocket attack of Tuesday in
    Syria that hurt no one)."""
    said = lex.topic.said
    attacks = [o for o in others if said.attack(o.type)]
    if not said.attack(event.type) or any(o.country in (None, event.country) for o in attacks):
        return
    for strike in (o for o in others if said.act(o.type) == "strike"):
        for source in (s for s in strike.sources if s.article == article.id):
            text = article.clean[source.start:source.end]
            found = _ANSWER.search(text)
            if found is None:
                continue
            told = " " * found.end() + text[found.end():]
            countries = {lex.country(m.group()) for m in lex.countries.finditer(told)} - {None}
            if countries - {event.country} or not _names_own(told, event, lex):
                continue
            yield Window(source.start, source.end, True), told
