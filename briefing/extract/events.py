"""Events of one article: its mentions (see :mod:`.roles`) dated and gathered into events.

An article tells its main event many times (headline, lede, quotes, recap);
they are one event with all their evidence. Each mention takes the day written
in its own clause ("missiles at Ain al-Asad on Jan. 8 in retaliation for the
strike on Jan. 3": each act its own day); failing that, the day of the statement
that tells it ("CENTCOM said in a statement on Sunday that ... were killed in
a drone attack"); failing that, the known day of a named event (the topic's
``known_event`` entries). A mention that stays undated joins the article's
dated event of the same kind and place, or is kept apart as an undated
mention: it is reported, never charted or placed in the chronology.

Plural mentions without a day ("a slew of attacks on U.S. forces") describe the
campaign, not an event, and a group's own claim is not a reported event.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from ..datelines import MON, month_of, readers_day_at, safe_date
from ..dates import (
    LOCAL_DAY,
    WEEKDAYS,
    Anchor,
    lede_anchor,
    masthead_at,
    post_anchor,
    saved_anchor,
    text_today,
    without_site_today,
    written_dates,
)
from ..dates import find_dates as _dates_of_span
from ..ids import event_id
from ..model import Article, DateBasis, DateMention, Event, EventType, Evidence, distinct
from ..names import Act, StoryWords, default_words
from ..rules import Rules, grammar
from ..screen import Hits, Openings, Screen, fold
from ..text import all_sentences
from ..topic import KnownEvent, Topic, load_topic, told_known
from ..yearless import (
    CAMPAIGN_YEARS,
    StoryTime,
    numeric_weekday_days,
    of_another_time,
    of_the_campaign,
    weekday_days,
)
from .counted import acts_counted, one_days_count, sites_counted, targets_counted
from .entries import ENTRY_HEAD, GRAMMAR, may_tell, verbless_mentions
from .lexicon import Lexicons, Names, lexicons, ships_named
from .roles import (
    Mention,
    SentenceReader,
    act_screen,
    border_side,
    coordinated_after,
    named_as_cause,
    opens_as_latest,
)
from .told_time import count_of, counted_back, outside_page_time, told_at_another_time


def find_dates(clean: str, start: int, end: int, published: dt.date | None,
               published_time: dt.time | None = None, anchor: Anchor | None = None) -> list[DateMention]:
    """:func:`briefing.dates.find_dates`, read once per span: the stages ask for the same sentence's
    and clause's dates many times (2,921 asks for 2,084 spans over 380 clippings)."""
    return list(_span_dates(clean, start, end, published, published_time, anchor, LOCAL_DAY.get()))


@functools.lru_cache(maxsize=256)
def _span_dates(clean: str, start: int, end: int, published: dt.date | None, published_time: dt.time | None,
                anchor: Anchor | None, local: object) -> tuple[DateMention, ...]:
    """The dates :func:`find_dates` gives, kept by the local day read too (``local``: the dating's
    ``LOCAL_DAY``, part of the key only)."""
    return tuple(d for d in _dates_of_span(clean, start, end, published, published_time, anchor)
                 if not _cited_report(clean, d))


_CITED_REACH = 60  # characters before a day in which a citation's outlet and its bracket stand


def _cited_report(clean: str, day: DateMention) -> bool:
    """Whether the day closes a citation of another outlet's report ("(Desk Wire, June 14, 2024)"):
    the report's day, never an act's (rules cited_report_by and cited_report_close)."""
    floor = max(0, day.start - _CITED_REACH)
    return (GRAMMAR.at("cited_report_close", clean, day.end) is not None
            and GRAMMAR.at("cited_report_by", clean, day.start, floor=floor) is not None)


_SINCE = GRAMMAR.pattern("start_cue")  # "since", "began on": a day that starts a count or a span
_UNTIL = GRAMMAR.pattern("end_cue")  # "between Oct. 17 and", "up to": a day that ends one
_END_REACH = 40  # characters before a day in which a span's start and its "and" may stand


def _bounds_span(clean: str, floor: int, start: int) -> bool:
    """Whether the day at ``start`` starts a count or a span ("since Oct. 17") or ends one ("between
    Oct. 17 and Tuesday"): the span's day, not an act's (``floor``: where the search may begin)."""
    return bool(_SINCE.search(clean, max(floor, start - 20), start)
                or _UNTIL.search(clean, max(floor, start - _END_REACH), start))
_SPOKEN = GRAMMAR.pattern("spoken_before")
# What may precede a day that opens a sentence: "On", a dateline ("Shafaq News / ", "BAGHDAD -").
# "CENTCOM on Thursday confirmed that ...", "Tehran on Saturday condemned ...": a day before a
# verb of saying dates the saying, not the act told in what is said (issue 23, form 4). Blanks
# then an optional comma, written so that a long run of blanks (a list whose marks were taken
# out) is read once, not split between two "\s*" every way (that cost the square of the run).
_SPOKEN_AFTER = GRAMMAR.pattern("spoken_after")
# ... or a time of that day: "On the morning of November 22, ...", "In the early hours of Tuesday, ...".
# The opening's blanks and quotes are taken once (possessive "*+": none of them can start what
# follows): with its last "\s*" a run of blanks was split every way, the square of the run.
_OPENING = GRAMMAR.pattern("opening")
_WIRE_DAY = GRAMMAR.pattern("wire_day")
_POSSESSIVE = re.compile(r"['’]s\s+((?:[\w-]+\s+){0,3}[\w-]+)")


@dataclass(frozen=True)
class ArticleEvents:
    """An article's dated events and its mentions whose day could not be read."""

    events: tuple[Event, ...]
    undated: tuple[Event, ...]
    after_end: int = 0  # dated acts left out as after the campaign's last day ([campaign] end)


@dataclass(frozen=True)
class _Dated:
    """A mention and its day; ``weak``: the day of the statement telling it, not its own;
    ``month_day``: a day written without its year that nothing here could place."""

    mention: Mention
    date: dt.date | None
    note: str
    weak: bool = False
    month_day: tuple[int, int] | None = None
    basis: DateBasis = "unknown"
    known: KnownEvent | None = None  # the named event whose known day this is
    disagree: bool = False  # two days for it that disagree: kept, undated, with the reason
    told: bool = False  # the day given is only the telling's: kept as a mention with no day
    told_on: dt.date | None = None  # that telling's day: the act happened then or in the week before
    counted_from: dt.date | None = None  # the day its day was counted from, when not publication
    second: dt.date | None = None  # acts told on two days of one month ("on July 16 and 25"): the other
    second_mention: Mention | None = None  # the act on ``second``, when it names a place of its own
    later: tuple[dt.date, ...] = ()  # a list's days after ``second`` ("on Oct. 26, Nov. 8 and Nov. 12")
    part_of: int = 0  # one of a number of acts told just before with a day: that number (0: none read)


def extract_events(article: Article, topic: Topic | None = None) -> list[Event]:
    """The attacks and strikes an article reports with their day, one per kind, country, day, site."""
    return list(read_events(article, topic).events)


def read_events(article: Article, topic: Topic | None = None, names: Names | None = None) -> ArticleEvents:
    """Dated events and undated mentions of one article (a report of another time's all undated)."""
    lex = lexicons(topic or load_topic())
    read = _read_events(article, lex, names)
    if (read.events or read.undated) and another_time(article, lex):
        told = (*read.undated, *read.events)
        read = ArticleEvents((), tuple(_of_another_time(e, article.id) for e in told))
    # an act after the campaign's last day ([campaign] end) is another campaign's
    kept = tuple(e for e in read.events if not (e.date and lex.topic.campaign.ended_before(e.date)))
    return read if len(kept) == len(read.events) else replace(read, events=kept,
                                                               after_end=len(read.events) - len(kept))


def _of_another_time(event: Event, article: str) -> Event:
    """An event of a report of another time, undated with the reason: its day could only be guessed,
    here or by another report of the run that names its day without a year ("March 14")."""
    return replace(event, id=event_id(event.type, event.country, None, article), date=None,
                   date_precision="unknown", date_basis="unknown", date_anchor=None, date_offset=None,
                   day_without_year=None,
                   date_note="the report has no date and writes only years before the campaign's: "
                             "its days cannot be placed")


def _read_events(article: Article, lex: Lexicons, names: Names | None) -> ArticleEvents:
    names = names or Names(article.clean, lex)
    anchor = anchor_of(article, lex) if article.published is None else None
    found: list[_Dated] = []
    last_told: dict[str, _Dated] = {}  # the last attack and strike told, for "right after" and "the strikes"
    counted: dict[str, _Dated] = {}  # the last told as a number of acts ("two separate attacks on <day>")
    last_seen: dict[str, _Dated] = {}  # the last attack and strike told, with a day or without
    claims: dict[str, Mention] = {}  # the last act of each family told only as a group's claim
    acts = act_screen(lex).scan(article.clean, names.folded)
    for _, start, end in all_sentences(article.clean):
        here = text_today(article, end)  # a wire line's text counts from its own day
        if not acts.any(start, end):  # no act word: nothing for the reader (screen.py)
            found += _verbless_entries(here, (start, end), names, lex, anchor)
            continue
        reader = SentenceReader(article.clean, names, lex, start, end)
        mentions = list(reader.mentions())
        if not mentions:
            found += _verbless_entries(here, (start, end), names, lex, anchor)
        first = len(found)
        for each in mentions:
            mention = _taken(here, each, lex, (last_told, last_seen), claims)
            if mention is None:
                _count_unresolved(here, each, lex, anchor, counted)
                continue
            linked = _linked_day(here, mention, names, lex, anchor)
            dated = _kind_of_that_day(_date(here, mention, lex, anchor, linked, names), last_told)
            if mention.anaphor and _family(mention) not in last_told and (dated is None or not dated.date):
                _count_yearless(here, dated, counted)
                continue  # "the attacks" after acts told without a day: only its own day makes it count
            dated = _told_again_that_night(here, dated, last_told)
            if dated is not None and dated.date is None:
                dated = _right_before(here, _right_after(here, dated, last_told), last_told)
                dated = _hours_later(here, dated, last_told, found, last_seen)
                dated = _during_announced(here, dated, last_seen)
                dated = _ordinal(here, dated, last_told, counted)
                dated = _in_that_act(here, _part_of_count(here, dated, last_told, counted), last_seen)
                dated = _apart_from_told(here, dated, last_told)
                dated = _downed_as_told(here, dated, last_told, lex, (anchor, last_seen))
                dated = _downed_in_that_sentence(article.clean, dated, last_told)
                dated = _downed_with_the_strike(article.clean, dated, last_told)
                dated = _day_apart_from_last(here, dated, last_told)
                dated = _also_that_day(here, dated, last_told, lex)
            if dated is not None:
                found += [one for day in _each_day(dated) for one in _each_base(here, day, names, lex)]
                _remember(here, dated, last_told, counted)
                if not mention.anaphor:
                    _see(dated, last_seen)
        found[first:] = _downed_at_known(article.clean, found[first:])
    found = _year_by_weekday(article, _dated_by_occurrence(article, lex, found, anchor), lex)
    found = _ship_named_apart(article, found, lex)
    read = _background_only(article, _elsewhere(_gather(article, found, lex), names), names)
    return _sites_told_after(article, _placed_by_article(read, names, lex), names, lex)


_SITES_LISTED = GRAMMAR.pattern("sites_listed")


def _sites_told_after(article: Article, told: ArticleEvents, names: Names, lex: Lexicons) -> ArticleEvents:
    """One operation's strikes (one day, one strike a country) whose sites a sentence of its own
    lists ("Officials said the sites included locations near al-Qaim in Iraq and near Abu Kamal in
    Syria"): each place joins its country's strike, with the sentence as evidence. Never a place
    that hosts US forces, nor a sentence that is an event's own."""
    said = lex.topic.said
    strikes = [e for e in (*told.events, *told.undated) if said.act(e.type) == "strike"]
    by_country = {e.country: e for e in strikes}
    if (not strikes or len({e.date for e in strikes}) != 1 or strikes[0].date is None
            or None in by_country or len(by_country) != len(strikes)):
        return told
    taken = {(s.start, s.end) for e in (*told.events, *told.undated) for s in e.sources}
    joined: dict[str, list[Evidence]] = {}
    added: dict[str, list[str]] = {}
    for _, start, end in all_sentences(article.clean):
        if ((start, end) in taken or not _SITES_LISTED.search(article.clean, start, end)
                or _another_time(article, start, end, strikes[0].date)):
            continue
        for hit in names.within(names.places, start, end):
            place = lex.topic.place(hit.name)
            if place.country in by_country and not place.hosts_us_forces and place.name != place.country:
                added.setdefault(place.country, []).append(hit.name)
                joined.setdefault(place.country, []).append(Evidence(article.id, start, end,
                                                                     article.text[start:end]))
    if not added:
        return told
    events = tuple(e if e.country not in added else _with_sites(e, added[e.country], joined[e.country], lex)
                   for e in told.events)
    return ArticleEvents(events, told.undated)


def _another_time(article: Article, start: int, end: int, day: dt.date) -> bool:
    """Whether a sentence tells of a time other than ``day``: a date of its own ("In November, the
    targets included ...") or a time before ("last year", rule other_time_told)."""
    written = find_dates(article.clean, start, end, article.published, article.published_time)
    return bool(_OTHER_TIME.search(article.clean, start, end)) or any(d.date != day for d in written)


def _with_sites(event: Event, places: list[str], evidence: list[Evidence], lex: Lexicons) -> Event:
    every = tuple(dict.fromkeys((*event.places, *places)))
    return replace(event, places=every, summary=summarise(event.type, event.country, every, lex.topic.said),
                   sources=distinct((*event.sources, *evidence)))


def _placed_by_article(told: ArticleEvents, names: Names, lex: Lexicons) -> ArticleEvents:
    """A dated attack placed nowhere, in an article that names one area that is a place of its
    own (a sea, where the story's ships are) and no other country where attacks happen, happened
    there ("a tanker was struck on Sunday" in an article on shipping in one sea). A country named
    on land says no more than where troops are ("in both countries": which, unsaid). A dated
    strike placed nowhere, in a story whose strikes happen in one country only, is in that country
    when the article names it ("US forces struck two missiles prepared to launch", in Yemen)."""
    if not any(e.country is None and e.date is not None for e in told.events):
        return told
    campaign = lex.topic.campaign
    named = {lex.topic.place(h.name).country for h in names.places} | {h.name for h in names.countries}
    areas = {c for c in named if c in campaign.countries and campaign.attacked_in(c)}
    seas = {p.name for p in lex.topic.places if p.name == p.country}
    area = next(iter(areas)) if len(areas) == 1 and areas <= seas else None
    struck = campaign.strike_countries[0] if len(campaign.strike_countries) == 1 else None
    where = {"strike": struck if struck in named else None}
    placed = [_placed_in(e, None if _told_elsewhere(e, lex) else where.get(lex.topic.said.act(e.type), area),
                         lex) for e in told.events]
    return ArticleEvents(tuple(sorted(placed, key=lambda e: e.id)), told.undated)


# "struck 85 targets in two other countries", "strikes elsewhere in the region"
_OTHER_LANDS = GRAMMAR.pattern("other_lands")


def _told_elsewhere(event: Event, lex: Lexicons) -> bool:
    """Whether an act's own sentences place it away from the article's one area: in "other
    countries", or in a place outside the story (an act the story's area cannot take)."""
    return any(_OTHER_LANDS.search(s.quote) or any(True for _ in lex.outside.find(s.quote))
               for s in event.sources)


def _placed_in(event: Event, country: str | None, lex: Lexicons) -> Event:
    """The dated event placed in ``country`` when it is placed nowhere (and a country is given)."""
    if country is None or event.country is not None or event.date is None:
        return event
    return replace(event, country=country, id=event_id(event.type, country, event.date, None),
                   summary=summarise(event.type, country, event.places, lex.topic.said))


def _elsewhere(told: ArticleEvents, names: Names) -> ArticleEvents:
    """An article that names only places outside the story (the other story's countries) and
    none of its own: its acts placed nowhere are of that other story, not this one's."""
    if not names.outside or names.countries or names.places:
        return told
    return ArticleEvents(tuple(e for e in told.events if e.country is not None),
                         tuple(e for e in told.undated if e.country is not None))


_LEDE = 2  # sentences: the date line run on into the lede, and the lede


def _background_only(article: Article, told: ArticleEvents, names: Names) -> ArticleEvents:
    """An article whose lede is about places outside the story (it names them more often than the
    story's own: "Tel Aviv [Israel]: Israel's air defences downed a missile over the Red Sea
    heading for Eilat") and which tells the story's acts only further down, each a known event
    by its name ("they hijacked the Galaxy Leader in November"), is another story's, giving this
    one as background: none of its acts is taken. A lede that names the story's own places as
    often ("militias in Iraq ... defending Gaza") is the story's own."""
    lede = all_sentences(article.clean)[:_LEDE]
    acts = (*told.events, *told.undated)
    if not lede or not acts:
        return told
    start, end = lede[0][1], lede[-1][2]
    own = len(names.within(names.countries, start, end)) + len(names.within(names.places, start, end))
    if len(names.within(names.outside, start, end)) <= own:
        return told
    if all(e.named_event and all(s.start >= lede[-1][2] for s in e.sources) for e in acts):
        return ArticleEvents((), ())
    return told


# "The latest attack confirmed by the military took place on Wednesday", "the latest of the attacks
# took place ... on Thursday": a definite act that names itself by its place in time.
_LATEST = GRAMMAR.pattern("latest")


def _resolved(article: Article, mention: Mention, last_told: dict[str, _Dated],
              last_seen: dict[str, _Dated]) -> Mention | None:
    """A definite act with no roles of its own ("The strikes were carried out early Friday") is
    the act of that family told last with a day; failing one, none, unless it names itself
    ("the latest attack") or its day ("Wednesday's strike", "the strike Wednesday": the act told
    last, with a day or without, when that act has no day or was on a Wednesday). Any other
    mention is itself.

    Tried and left out: carrying the day of such a definite act to the act told last without
    one ("U.S. jets struck two depots in Syria. The strikes were carried out early Monday").
    It dated one more event of development h and one false event on each check batch (e: from
    a distractor; i), scored without reading their misses; also limited to the sentence right
    before, the same. Limited to an act that names its agent and country, the check batches
    were clean but a misread "US drone attack" on h026 became an attack row. The passive of doing
    ("the strikes were carried out early Friday") now dates the acts of the lede or of the few
    sentences before through :func:`_dated_by_occurrence`, as "the attack occurred on ..." does:
    only acts of the kind it names, only a day that is not a saying's."""
    if not mention.anaphor:
        return mention
    family = _family(mention)
    told: _Dated | None
    named = (_DAY_OWNER.search(article.clean, max(mention.sentence[0], mention.start - 30), mention.start)
             or _DAY_AFTER_ACT.match(article.clean, mention.end, mention.sentence[1]))
    if named is not None:
        weekday = named[1].lower()
        told = next((t for t in (last_told.get(family), last_seen.get(family))
                     if t is not None and t.date is not None and WEEKDAYS[t.date.weekday()] == weekday),
                    last_seen.get(family))
        if told is not None and told.date is not None and (WEEKDAYS[told.date.weekday()] != weekday
                                                           or _weeks_before(article, told.date)):
            return None  # "the Feb. 2 strikes ... Wednesday's strike": another strike
    elif family in last_told:
        told = last_told[family]
    else:
        told = None  # see the docstring: a gap, not a day carried to an act told without one
    if told is not None:
        return replace(mention, type=told.mention.type, country=mention.country or told.mention.country)
    return mention if _LATEST.search(article.clean, mention.sentence[0], mention.start) else None


def _weeks_before(article: Article, day: dt.date) -> bool:
    """Whether an act told on ``day`` lies a week or more before the page's date: "Sunday's attack"
    on a Monday's page is that week's, not the one of a Sunday weeks before ("In late January, a
    drone attack killed three U.S. troops at a base in Jordan")."""
    return article.published is not None and (article.published - day).days >= 7


_CLAIM_REACH = 2  # sentences from a group's claim to the notice that tells its act's day


def _taken(article: Article, each: Mention, lex: Lexicons, told: tuple[dict[str, _Dated], dict[str, _Dated]],
           claims: dict[str, Mention]) -> Mention | None:
    """The act a mention tells: none for a group's claim of an act the profile does not know (kept
    in ``claims`` for a notice that tells its day, :func:`_confirmed`); a definite act is the one
    it stands for (:func:`_resolved`)."""
    if each.claimed and not _claims_known(article, each, lex):
        claims[_family(each)] = each
        return None
    return _resolved(article, each, *told) or _confirmed(article, each, claims, lex)


def _confirmed(article: Article, mention: Mention, claims: dict[str, Mention],
               lex: Lexicons) -> Mention | None:
    """"The rebels said they fired missiles at a tanker in the Red Sea. The attack took place on
    Monday, the maritime agency said.": a definite act with no roles of its own, after a group's
    claim of an act of its family (a sentence or two before), in a sentence crediting a voice
    whose notices report incidents as they happen ([vocabulary] advisory_voices), is the claimed
    act, told by that notice: it takes the claim's roles and place. Never the group's own word
    again (a sentence crediting no such notice), nor a claim further back."""
    claim = claims.get(_family(mention))
    if (not mention.anaphor or claim is None or _sentences_apart(article.clean, claim, mention) > _CLAIM_REACH
            or not lex.advisories.search(article.clean, *mention.sentence)
            or _NOTICE_DOUBTS.search(article.clean, *mention.sentence)):
        return None
    return replace(mention, type=claim.type, agent=claim.agent, target=claim.target,
                   country=mention.country or claim.country, places=mention.places or claim.places,
                   weapons=mention.weapons or claim.weapons, groups=mention.groups or claim.groups)


# a notice that denies or doubts the claimed act ("said on <day> that the attack never happened",
# "could not confirm the attack"), or dates the claim, not the act ("the attack the group claimed on
# <day>"), tells no act of that day
_NOTICE_DOUBTS = GRAMMAR.pattern("notice_doubts")


def _claims_known(article: Article, mention: Mention, lex: Lexicons) -> bool:
    """"The rebels claimed responsibility for a missile attack on <a ship of the public record>":
    a claim of an act the profile knows happened (a named event) tells that act, when the claim's
    sentence gives no day of its own (a claim told on a day is that day's statement)."""
    return (_known(article, mention, lex.topic.known_events) is not None
            and not find_dates(article.clean, *mention.sentence, article.published, article.published_time))


def _see(dated: _Dated, last_seen: dict[str, _Dated]) -> None:
    """The last act of its family told, with a day or without; one act told in two countries
    ("airstrikes in Iraq and Syria", read as one mention per country) names no one country."""
    family = _family(dated.mention)
    before = last_seen.get(family)
    if before is not None and before.mention.start == dated.mention.start and (
            before.mention.country != dated.mention.country):
        dated = replace(dated, mention=replace(dated.mention, country=None))
    last_seen[family] = dated


_DAY_OWNER = GRAMMAR.pattern("day_owner")
# "The attack Tuesday comes ...": the weekday after the definite act names it, as "Tuesday's attack"
_DAY_AFTER_ACT = GRAMMAR.pattern("day_after_act")


# "drones were launched at both <one base> and <another>", "rockets at <one base>, <another> and
# <a third>": one attack on each base, the same day (never "<a base> near <another>").
_COORDINATED = GRAMMAR.pattern("coordinated")


def _each_base(article: Article, dated: _Dated, names: Names, lex: Lexicons) -> list[_Dated]:
    """A dated attack whose clause names two or more bases of its country joined by "and" (or
    commas): one attack on each (:func:`_split_sites` keeps them apart)."""
    mention = dated.mention
    if not lex.topic.said.attack(mention.type) or dated.date is None or mention.country is None:
        return [dated]
    hits = [h for h in names.within(names.places, *mention.clause)
            if lex.topic.place(h.name).hosts_us_forces and lex.topic.place(h.name).country == mention.country]
    bases = list({h.name: h for h in hits}.values())
    joined = all(_COORDINATED.fullmatch(article.clean, a.end, b.start) for a, b in itertools.pairwise(bases))
    if len(bases) < 2 or not joined:
        return [dated]
    return [replace(dated, mention=replace(mention, target=base.name)) for base in bases]


def _remember(article: Article, dated: _Dated, last_told: dict[str, _Dated],
              counted: dict[str, _Dated]) -> None:
    """The last act of each family told with a day of its own, and the last told as a number of acts."""
    mention = dated.mention
    if dated.date and not dated.weak and not mention.anaphor:
        last_told[_family(mention)] = dated
        if _NUMBER_OF_ACTS.search(article.clean, *mention.sentence):
            counted[_family(mention)] = dated
    else:
        _count_yearless(article, dated, counted)


def _count_unresolved(article: Article, mention: Mention, lex: Lexicons, anchor: Anchor | None,
                      counted: dict[str, _Dated]) -> None:
    """A number of acts told again with no act before it to stand for ("Among these attacks, two
    incidents took place on October 18"): still the number its parts are told after."""
    if not mention.claimed and _NUMBER_OF_ACTS.search(article.clean, *mention.sentence):
        _count_yearless(article, _date(article, mention, lex, anchor), counted)


def _count_yearless(article: Article, dated: _Dated | None, counted: dict[str, _Dated]) -> None:
    """"Of these attacks, two incidents took place on October 18", the year not told: a number of
    acts of that month and day, even where the act word tells acts again ("these attacks")."""
    if (dated is not None and dated.date is None and dated.month_day is not None
            and _NUMBER_OF_ACTS.search(article.clean, *dated.mention.sentence)):
        counted[_family(dated.mention)] = dated


def _kind_of_that_day(dated: _Dated | None, last_told: dict[str, _Dated]) -> _Dated | None:
    """"The attacks in Syria and Iraq were conducted on Friday" after Friday's strikes: a bare
    definite act with a day of its own is the act of another kind told before on that very day,
    when that is the only one and the acts of its own kind told before fell on another day."""
    if dated is None or not dated.mention.anaphor or dated.date is None:
        return dated
    family = _family(dated.mention)
    mine = last_told.get(family)
    that_day = [told for kind, told in last_told.items() if kind != family and told.date == dated.date]
    if len(that_day) != 1 or (mine is not None and mine.date == dated.date):
        return dated
    other = that_day[0].mention
    note = f"{dated.note}; the {other.act}s told before on that day"
    return replace(dated, mention=replace(dated.mention, type=other.type, act=other.act), note=note)


# ... or "the strikes were carried out early Friday": the acts' passive of doing, with their day
_OCCURRED = GRAMMAR.pattern("occurred")
_OCCURRED_NOUNS = Screen.of(_OCCURRED, shared=True)  # the acts' nouns, one of which every match names
_OCCURRED_REACH = 4  # sentences back from "the incident occurred on Monday" to the acts it dates


def _holding(sentences: tuple[tuple[int, int, int], ...], words: Hits) -> list[int]:
    """The numbers of the sentences (as :func:`all_sentences` gives them) in which one of a screen's
    words may lie (each as ``words.any(start, end)`` answers), in order."""
    if words.starts is None:
        return list(range(len(sentences)))
    opens = [start for _, start, _ in sentences]
    found: set[int] = set()
    for at in words.starts:
        number = bisect.bisect_right(opens, at + words.reach - 1) - 1
        while number >= 0 and sentences[number][2] > at:
            found.add(number)
            number -= 1
    return sorted(found)


def _dated_by_occurrence(article: Article, lex: Lexicons, found: list[_Dated],
                         anchor: Anchor | None) -> list[_Dated]:
    """"The incident occurred on Monday evening": the day of the acts just told without one of
    their own (the lede's, or those of the few sentences before), of the kind the sentence names."""
    clean = article.clean
    sentences = all_sentences(clean)
    # tried where sentences open (searched through a page, the opening's run of blanks is quadratic),
    # and each rule only in the sentences holding the words its matches need (a page's search tries
    # every character): the verbs of the opening, one of the acts' nouns
    openings = {number: match for number in _holding(sentences, _OPENING_VERBS.scan(clean))
                if (match := _OCCURRED_OPENING.match(clean, *sentences[number][1:])) is not None}
    searched = {number: match for number in _holding(sentences, _OCCURRED_NOUNS.scan(clean))
                if number not in openings and (match := _OCCURRED.search(clean, *sentences[number][1:]))}
    if not openings and (not searched or not _OCCURRED.search(clean)):
        return found  # most articles never say when "the incident" happened
    lede_end = sentences[min(LEDE_SENTENCES, len(sentences)) - 1][2] if sentences else 0
    for number, (_, start, end) in enumerate(sentences):
        # "Conducted at 8:45 p.m. on Monday, the strikes ...": the day is the opening's
        opening = openings.get(number)
        told = opening or searched.get(number)
        span = (start, opening.start("what")) if opening else _occurred_span(article.clean, told, end)
        # "the strikes were carried out with F-16s, officials said on Monday": a saying's day is not
        # theirs; "occurred days after Sunday's attack": a possessive day is another act's
        days = {d.date: d for d in _usable(article, lex, *span, anchor)
                if not _SPOKEN.search(article.clean, max(start, d.start - 40), d.start)
                and not _SPOKEN_AFTER.match(article.clean, d.end)
                and not _possessive(article.clean, d)} if told else {}
        if told is None or len(days) != 1:
            continue
        (day,) = days.values()
        what = told["what"].lower()
        told_from = (sentences[max(0, number - _OCCURRED_REACH)][1], lede_end, start)
        said = f"'{day.text}' of '{told[0]}'" if opening else f"'{told[0]} {day.text}'"
        note = f"the day {said} gives the {what} told before"
        counted = _counted_on(article, None if opening else told, day, note)
        found = [counted(item) if _told_before(item, what, *told_from) else item for item in found]
    return found


_OCCURRED_COUNTED = GRAMMAR.pattern("occurred_counted")
_OCCURRED_OTHER_ACT = GRAMMAR.pattern("occurred_other_act")
_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def _counted_on(article: Article, told: re.Match[str] | None, day: DateMention,
                note: str) -> Callable[[_Dated], _Dated]:
    """How an act told before takes the day of "the strike was carried out ...": that day; or, for
    "... a week after the drone attack on Monday", the other act's day counted on (Monday and seven
    days); when that is past the page's own day, it is left as it was (no day it could have)."""
    counted = _OCCURRED_COUNTED.match(article.clean, told.end()) if told is not None else None
    if counted is None or day.date is None:
        return lambda item: replace(item, date=day.date, weak=False, note=note, basis="told-before")
    n = count_of(counted["n"])
    shift = n * _UNIT_DAYS[counted["unit"].lower()] * (1 if counted["rel"].lower() == "after" else -1)
    date = day.date + dt.timedelta(days=shift)
    if article.published is not None and date > article.published:
        return lambda item: item
    said = f"'{counted[0].strip()}' the act on {day.date:%d %b %Y}"
    return lambda item: replace(item, date=date, weak=False, note=said, basis="days-apart",
                                counted_from=day.date)


def _possessive(clean: str, day: DateMention) -> bool:
    """"Sunday's attack", "yesterday's attack": the day names another act."""
    return day.text.endswith(("'s", "’s")) or clean.startswith(("'s", "’s"), day.end)


def _occurred_span(clean: str, told: re.Match[str] | None, end: int) -> tuple[int, int]:
    """Where the day of "the incident occurred ..." is read: the rest of the sentence, or, for an
    appositive ("This strike, carried out on Monday, answered Sunday's attack"), the appositive."""
    if told is None:
        return end, end
    if not clean[told.end("what"):told.end()].lstrip().startswith(","):
        # "The strike was carried out in response to the attack on Sunday": Sunday is the attack's
        other = _OCCURRED_OTHER_ACT.search(clean, told.end(), end)
        if other is not None and not _OCCURRED_COUNTED.match(clean, told.end()):
            return told.end(), other.start()
        return told.end(), end
    comma = clean.find(",", told.end(), end)
    return told.end(), comma if comma != -1 else end


def _year_by_weekday(article: Article, found: list[_Dated], lex: Lexicons) -> list[_Dated]:
    """In an article with no publication date, a day without its year told of an act whose other
    mentions give its weekday ("militias fired missiles at <a base> on Saturday" ... "launched at
    6:30 p.m. on January 20"): the one year from the campaign's start whose calendar puts that day
    on that weekday dates them all (issue 23, form 1). Only acts of one kind and country whose
    sites agree, when the article gives that kind one such day and one weekday."""
    yearless = [i for i in found if i.date is None and i.month_day] if article.published is None else []
    if len({(_family(i.mention), i.month_day) for i in yearless}) != 1 or not _of_campaign_time(article, lex):
        return found  # none, or two days of the kind: which weekday goes with which is not plain
    item = yearless[0]
    clean = article.clean
    if any(_ANOTHER_ACT.match(clean, i.mention.sentence[0]) or _TOLD_AGAIN.search(clean, *i.mention.clause)
           for i in found if _family(i.mention) == _family(item.mention)):
        return found  # "Earlier, drones hit the base on January 20": another act than Saturday's
    if _TOLD_BESIDE.search(clean, *item.mention.clause):
        return found  # "had attacked the base on January 20 as well": told apart from Saturday's
    assert item.month_day is not None
    mention, site = item.mention, _site(item.mention, lex)
    peers = [i for i in found if i.date is None and not i.month_day and _family(i.mention) == _family(mention)
             and i.mention.country == mention.country and _site(i.mention, lex) in (None, site)]
    weekdays = {day for i in peers for day in _weekdays_told(article, i.mention)}
    start = lex.topic.campaign.start
    fits = [d for year in range(start.year, start.year + CAMPAIGN_YEARS)
            if (d := safe_date(year, *item.month_day)) and d >= start and {d.weekday()} == weekdays]
    if len(fits) != 1:
        return found
    (day,) = fits
    weekday = WEEKDAYS[day.weekday()].title()
    note = (f"'{day:%B} {day.day}' without its year, told with its weekday ({weekday}): {day:%d %b %Y}, "
            "the one such day since the campaign began")
    told = {id(i) for i in (*yearless, *peers) if i is item or _weekdays_told(article, i.mention)}
    return [replace(i, date=day, month_day=None, note=note, basis="written") if id(i) in told else i
            for i in found]


def another_time(article: Article, lex: Lexicons) -> bool:
    """An undated article of a time before the campaign (:func:`briefing.yearless.of_another_time`):
    its acts' days cannot be placed (its figures are kept: they carry no day)."""
    story = StoryTime(lex.topic.campaign.start, lex.topic.known_events)
    return article.published is None and of_another_time(article.clean, story, lex.start_phrases)


def _of_campaign_time(article: Article, lex: Lexicons) -> bool:
    """Whether the text is of the campaign's time: it writes one of its years, counts from its
    start ("since mid-October") or tells one of its known events. Another year's report ("on
    Saturday, Jan. 4" of 2020) would fit one of the campaign's calendars one time in seven."""
    start = lex.topic.campaign.start
    text = without_site_today(article.text, article.clean)  # a site's today writes no year of the text
    return (of_the_campaign(text, start) or lex.start_phrases.search(text) is not None
            or bool(told_known(lex.topic.known_events, text)))


def _weekdays_told(article: Article, mention: Mention) -> set[int]:
    """The weekdays the mention's clause gives as its own day (not a saying's), by number."""
    clean = article.clean
    days = find_dates(clean, *mention.clause, None)
    return {WEEKDAYS.index(word) for d in days
            if (word := d.text.lower().split("'")[0].split("’")[0]) in WEEKDAYS
            and not _SPOKEN.search(clean, max(mention.clause[0], d.start - 40), d.start)
            and not _SPOKEN_AFTER.match(clean, d.end)}


def _told_before(item: _Dated, what: str, reach: int, lede_end: int, start: int) -> bool:
    """An act without its own day, of the kind named, told in the lede or a few sentences before."""
    begins, ends = item.mention.sentence
    said = "strike" if what.startswith(("strike", "raid", "airstrike")) else "attack"
    kind = what == "incident" or _family(item.mention) == said
    near = begins >= reach or ends <= lede_end
    return (item.date is None or item.weak) and ends <= start and near and kind


_OCCURRED_OPENING = GRAMMAR.pattern("occurred_opening")
_OPENING_VERBS = Screen.of(_OCCURRED_OPENING, shared=True)  # its verbs, one of which every match holds
_RIGHT_AFTER = GRAMMAR.pattern("right_after")


def _right_after(article: Article, item: _Dated, last_told: dict[str, _Dated]) -> _Dated:
    """"Immediately following the attack, an AC-130 ... conducted a self-defense strike": the
    act right after the attack the article has just told takes that attack's day."""
    clause = article.clean[item.mention.sentence[0]:item.mention.sentence[1]]
    cue = _RIGHT_AFTER.search(clause)
    if cue is None:
        return item
    family = "attack" if cue["what"].lower() in ("attack", "launch") else "strike"
    told = last_told.get(family)
    if told is None or told.date is None:
        return item
    mention = replace(item.mention, country=item.mention.country or told.mention.country)
    return _Dated(mention, told.date, f"right after the {family} of {told.date:%d %b %Y} told before",
                  basis="told-before")


_NIGHT_DAY = GRAMMAR.pattern("night_day")


def _told_again_that_night(article: Article, dated: _Dated | None,
                           last_told: dict[str, _Dated]) -> _Dated | None:
    """"A drone attack killed three soldiers in Jordan on Sunday. The attack happened overnight.":
    the act told again (a definite act with no roles of its own), its day given as a time of the
    night (rule night_day) one day from the act it tells again, is that act on that act's day, not
    a second row across the US-Eastern / local midnight (issue 23, form 6)."""
    if dated is None or dated.date is None or dated.weak or not dated.mention.anaphor:
        return dated
    mention = dated.mention
    told = last_told.get(_family(mention))
    if (told is None or told.date is None or abs((dated.date - told.date).days) != 1
            or mention.country not in (None, told.mention.country)):
        return dated
    clean = article.clean
    days = [d for d in find_dates(clean, *mention.sentence, article.published, article.published_time)
            if d.date == dated.date]
    if not any(_NIGHT_DAY.search(clean, max(mention.sentence[0], d.start - 30),
                                 min(mention.sentence[1], d.end + 10)) for d in days):
        return dated
    return _Dated(replace(mention, country=mention.country or told.mention.country), told.date,
                  f"the {mention.act} told again, its night a day from {told.date:%d %b %Y}",
                  basis="told-before")


_RIGHT_BEFORE = GRAMMAR.pattern("right_before")
_BEFORE_REACH = 80  # characters from "the strike came shortly after" to the act it follows


def _right_before(article: Article, item: _Dated, last_told: dict[str, _Dated]) -> _Dated:
    """"The strike came shortly after militants fired rockets at the base": the act told in the
    'after' clause of the act just told with a day (rule right_before) took place hours or
    minutes before it, on its day, as :func:`_right_after` reads the same span from the other end.
    Only when nothing of its own dates it; "days after" or a bare "after" gives no day."""
    mention = item.mention
    if item.date is not None or item.disagree:
        return item
    cue = next((c for c in _RIGHT_BEFORE.finditer(article.clean, *mention.sentence)
                if 0 <= mention.start - c.end() <= _BEFORE_REACH), None)
    if cue is None:
        return item
    family = "attack" if cue["what"].lower() == "attack" else "strike"
    told = last_told.get(family)
    if told is None or told.date is None or told.mention.sentence[0] >= mention.sentence[0]:
        return item
    return _Dated(mention, told.date, f"right before the {family} of {told.date:%d %b %Y} told before",
                  basis="told-before")


_HOURS_LATER = GRAMMAR.pattern("hours_later")
_DURING_TOLD = GRAMMAR.pattern("during_told")  # "During the operation, ...": within the act just told
_HOURS_REACH = 3  # sentences back from "About three hours later, ..." to the act it counts from


def _hours_later(article: Article, item: _Dated, last_told: dict[str, _Dated],
                 found: Sequence[_Dated] = (), last_seen: dict[str, _Dated] | None = None) -> _Dated:
    """"A missile hit one tanker. About three hours later, a drone hit another.": an act with no
    day, in a sentence that opens a few hours after the act just told (rule hours_later), or that
    says it was earlier or later that day (rule same_day, :func:`_later_cue`), takes
    the day of the act told last with a day, of either family, when it is at most a few sentences
    before (a Red Sea engagement told hour by hour), or, for "earlier in the day" (:func:`_that_day`),
    further back when it is the one day of every act the text has dated (``found``, asked only
    when the cue is there: asked for every undated act, it was quadratic in a text's acts): a release
    on another act between them, with no day of its own, leaves "that day" the text's one day."""
    mention = item.mention
    cue = _later_cue(article, mention) if item.date is None and not item.disagree else None
    if cue is None:
        return item
    told = max(last_told.values(), key=lambda t: t.mention.start, default=None)
    if told is None or told.date is None or told.mention.sentence[0] >= mention.sentence[0]:
        return item
    if _day_unread_between(article, told, mention, last_seen or {}):
        return item
    if _sentences_apart(article.clean, told.mention, mention) > _HOURS_REACH and not (
            _that_day(article, mention)
            and {f.date for f in found if f.date is not None and not f.weak} == {told.date}):
        return item
    # a strike ashore after an attack at sea is not placed at sea: only the same act's place carries
    same = told.mention.act == mention.act
    placed = replace(mention, country=mention.country or (told.mention.country if same else None))
    return _Dated(placed, told.date, f"'{cue}' the act told on {told.date:%d %b %Y}", basis="told-before")


def _day_unread_between(article: Article, told: _Dated, mention: Mention,
                        last_seen: dict[str, _Dated]) -> bool:
    """Whether an act told after ``told`` and before ``mention`` wrote a day of its own that could
    not be read ("the US struck on Wednesday. Earlier that day, ..." in an undated page): "that
    day" is that act's day, not the day of an act told before it."""
    clean = article.clean
    return any(seen.date is None and told.mention.start < seen.mention.start < mention.start
               and any(d.date is None for d in find_dates(clean, *seen.mention.clause, article.published))
               for seen in last_seen.values())


def _during_announced(article: Article, item: _Dated, last_seen: dict[str, _Dated]) -> _Dated:
    """"US and British aircraft struck ..., according to a press release issued on Saturday.
    'During the operation, forces also shot down drones', the release said.": an act with no day
    in a sentence that opens inside the strikes just told (rule during_told), dated only by the
    release that announced them, is of the release's day too (a statement's day, as theirs)."""
    mention = item.mention
    if item.date is not None or item.disagree or not _DURING_TOLD.match(article.clean, mention.sentence[0],
                                                                        mention.start):
        return item
    told = max(last_seen.values(), key=lambda t: t.mention.start, default=None)
    if (told is None or told.date is None or not told.weak or told.mention.act != "strike"
            or told.mention.sentence[0] >= mention.sentence[0]
            or _sentences_apart(article.clean, told.mention, mention) > _HOURS_REACH):
        return item
    return _Dated(mention, told.date, f"'during' the strikes announced on {told.date:%d %b %Y}", weak=True,
                  basis="statement")


def _that_day(article: Article, mention: Mention) -> bool:
    """Whether the act's clause names "that day" ("earlier in the day", "later that day"): a day,
    which in a text of one day is that day, however far back it was told; "hours later" and "at
    the same time" point at the act just told, which further back may be another, undated one."""
    return any(m["same"] for m in _SAME_DAY.finditer(article.clean, *mention.clause))


def _later_cue(article: Article, mention: Mention) -> str | None:
    """The words that put an act within hours of the act just told: a sentence opening "About three
    hours later" or "During the operation," (rule during_told), or "earlier in the day" / "later
    that day" in its clause when no day written in its sentence or the one before gave its day
    (:func:`_same_day`)."""
    clean = article.clean
    opening = (_HOURS_LATER.match(clean, mention.sentence[0], mention.start)
               or _DURING_TOLD.match(clean, mention.sentence[0], mention.start))
    if opening is not None:
        return opening[0].strip()
    # a saying's "said earlier in the day" ends the clause before the act it tells (cut_speech)
    same = next((m for m in _SAME_DAY.finditer(clean, *mention.clause) if m["same"]), None)
    return None if same is None else same[0]


# "The attacks occurred the day after the United States struck <a group>": the acts told before
# (with their day) on one side of "N days after/before", the act that follows the cue on the other.
_TOLD_APART = GRAMMAR.pattern("told_apart")


def _apart_from_told(article: Article, item: _Dated, last_told: dict[str, _Dated]) -> _Dated:
    """An act with no day that follows "the attacks occurred the day after": counted from the day
    of the acts of that kind told last with a day, in the same sentence's terms."""
    if item.date is not None or item.disagree:
        return item
    begin, _ = item.mention.sentence
    cue = _TOLD_APART.search(article.clean, begin, item.mention.start)
    if cue is None or not cue.end() <= item.mention.start <= cue.end() + _APART_REACH:
        return item
    what = cue["what"].lower()
    # "the exchange": the acts of both sides just told, the last of them
    told = (max(last_told.values(), key=lambda t: t.mention.start, default=None) if what == "exchange"
            else last_told.get("attack" if what.startswith(("attack", "incident")) else "strike"))
    if told is None or told.date is None or told.mention.start >= begin:
        return item
    shift = {"the": 1, "a": 1, "one": 1, "two": 2, "three": 3}.get(cue["n"].lower()) or int(cue["n"])
    day = told.date + dt.timedelta(days=-shift if cue["rel"].lower() == "after" else shift)
    return _Dated(item.mention, day, f"'{cue[0].strip()}' the {what} told on {told.date:%d %b %Y}",
                  basis="days-apart", counted_from=told.date)


def _day_apart_from_last(article: Article, item: _Dated, last_told: dict[str, _Dated]) -> _Dated:
    """"US forces bombed nine targets the previous day", "<a group> was struck the day before":
    a day-before (or day-after) cue in the act's clause, or opening its sentence, whose sentence
    and the one before write no day to count from (:func:`_same_day` reads those): counted from
    the act told last with a day of its own, in an earlier sentence, the day news counts from."""
    mention = item.mention
    if item.date is not None or item.disagree or item.told or mention.anaphor:
        return item
    begins = mention.sentence[0]
    cue = _day_cue(article.clean, mention)
    if cue is None or cue["same"]:
        return item
    told = max((t for t in last_told.values() if t.date is not None and t.mention.sentence[1] <= begins),
               key=lambda t: t.mention.start, default=None)
    if told is None or told.date is None or _a_day_between(article, told.mention.sentence[1], begins):
        return item  # another day written since the act: which one the cue counts from is open
    day = told.date + dt.timedelta(days=-1 if cue["before"] else 1)
    if article.published is not None and day > article.published:
        return item  # after the page's own day: not an act it reports
    return _Dated(mention, day, f"'{cue[0].strip()}' counted from the {told.mention.act} told on "
                                f"{told.date:%d %b %Y}", basis="days-apart", counted_from=told.date)


_ALSO_TOLD = GRAMMAR.pattern("also_told")
_ALSO_OPENING = GRAMMAR.pattern("also_opening")
# "A few hours earlier, they also ...": a time of its own
_ALSO_TIME_SHIFT = GRAMMAR.pattern("also_time_shift")
_BLANK = re.compile(r"\s*")


def _also_that_day(article: Article, item: _Dated, last_told: dict[str, _Dated], lex: Lexicons) -> _Dated:
    """"Rockets hit <a base in one country> on Monday. Forces at <a base in another> were also
    targeted.": an act with no day, told with 'also' (rule also_told) in the sentence right after
    the act of its family told last with a day of its own, is another act of that day (issue 23,
    form 2); so is one in a sentence opened by "Additionally," (rule also_opening). Not when its
    sentence writes any time of its own (a year, "last week", "a few hours earlier": rule
    also_time_shift): that is counted from something, and which day is then open. Nor when the act
    before was dated only by a named event's known day and this one names another ship ("A drone
    boat struck the M/V Tutor [known day]. The M/V Verbena was also struck"): a known day is its own
    ship's (twenty-second session)."""
    mention = item.mention
    if item.date is not None or item.disagree or item.told or mention.anaphor:
        return item
    clean = article.clean
    begins, ends = mention.sentence
    told = last_told.get(_family(mention))
    if told is None or told.date is None or told.weak:
        return item
    if not (_ALSO_TOLD.search(clean, begins, mention.clause[1]) or _ALSO_OPENING.match(clean, begins)):
        return item
    # the act just told is in the sentence right before (read up to its first word), or is this one's
    # other base, dated the same way ("forces at <one base> and <another> were also targeted")
    if told.mention.sentence != mention.sentence and not (
            told.mention.sentence[1] <= begins and _BLANK.fullmatch(clean, told.mention.sentence[1], begins)):
        return item
    if _ALSO_TIME_SHIFT.search(clean, begins, ends) or find_dates(clean, begins, ends, article.published,
                                                                   article.published_time):
        return item
    if told.basis == "named-event" and _another_ship_told(clean, mention.sentence, told.mention.sentence,
                                                          lex):
        return item
    return _Dated(mention, told.date, f"told as also done, right after the {told.mention.act} of "
                                      f"{told.date:%d %b %Y}", basis="told-before")


def _a_day_between(article: Article, start: int, end: int) -> bool:
    """Whether a day is written in ``start..end`` ("On Wednesday, the minister met ...")."""
    return any(d.precision == "day" for d in find_dates(article.clean, start, end, article.published,
                                                         article.published_time))


_MUNITIONS_TOLD = GRAMMAR.pattern("munitions_told")
_ENGAGEMENT_TOLD = GRAMMAR.pattern("engagement_told")


def _downed_as_told(article: Article, item: _Dated, last_told: dict[str, _Dated], lex: Lexicons,
                    before: tuple[Anchor | None, dict[str, _Dated]] = (None, {})) -> _Dated:
    """"Two warships were attacked by drones and missiles on Monday. The warships brought down the
    projectiles.": an intercept with no day of its own, in the sentence right after a dated attack,
    of the munitions named again with a definite word (rule munitions_told), is of that attack's day;
    so is one whose sentence names that engagement as its own ("One of the missiles was downed",
    "while responding to the distress call": rule engagement_told), and, told so, after a sentence
    of its paragraph that gives one day and no attack read ("The master reported two missiles near
    the ship on Sunday. One missile was intercepted."), of that day."""
    mention = item.mention
    if (item.date is not None or item.disagree or mention.act != "intercept"
            or _a_time_apart(article, mention)):
        return item
    clean = article.clean
    told = last_told.get("attack")
    cue = _ENGAGEMENT_TOLD.search(clean, *mention.sentence)
    if (told is None or told.date is None or told.mention.sentence[1] > mention.sentence[0]
            or clean[told.mention.sentence[1]:mention.sentence[0]].strip()):
        return _engagement_day_before(article, item, cue, lex, *before)
    if _MUNITIONS_TOLD.search(clean, *mention.clause):
        note = f"the munitions of the attack told just before ({told.date:%d %b %Y})"
    elif cue is not None:
        note = f"'{cue[0]}': the engagement of the attack told just before ({told.date:%d %b %Y})"
    else:
        return item
    placed = replace(mention, country=mention.country or told.mention.country)
    return _Dated(placed, told.date, note, basis="told-before")


_ANOTHER_ENGAGEMENT_TIME = GRAMMAR.pattern("another_engagement_time")


def _a_time_apart(article: Article, mention: Mention) -> bool:
    """Whether the intercept's sentence tells a time of its own, apart from the attack before it
    ("Two days later, ...", "In an earlier attack, ...", "last month": rules
    another_engagement_time and other_time_told, or any time the dating reads there): the munitions
    it names are another engagement's, whose day the sentence before does not give."""
    start, end = mention.sentence
    clean = article.clean
    return bool(_ANOTHER_ENGAGEMENT_TIME.search(clean, start, end) or _OTHER_TIME.search(clean, start, end)
                or find_dates(clean, start, end, article.published, article.published_time))


def _engagement_day_before(article: Article, item: _Dated, cue: re.Match[str] | None, lex: Lexicons,
                           anchor: Anchor | None, last_seen: dict[str, _Dated]) -> _Dated:
    """The intercept of an engagement its sentence names as its own (``cue``, rule engagement_told),
    on the one day of the sentence right before (:func:`_day_told_before`), when no act was read
    there nor before the intercept in its own sentence (``last_seen``: an act there that did not
    take the day may tell another act's, and one in its own sentence is the engagement named)."""
    day = None if cue is None else _day_told_before(article, item.mention, lex, anchor)
    if cue is None or day is None or day.date is None or not _munitions_before(article, item.mention):
        return item
    if any(seen.mention.sentence[1] > day.start and seen.mention.start < item.mention.start
           for seen in last_seen.values()):
        return item
    return _Dated(item.mention, day.date, f"'{cue[0]}': the engagement told just before on '{day.text}'",
                  basis="told-before")


_MUNITIONS_NAMED = GRAMMAR.pattern("munitions_named")


def _munitions_before(article: Article, mention: Mention) -> bool:
    """Whether the sentence right before the intercept's names munitions (rule munitions_named)."""
    before = [(s, e) for _, s, e in all_sentences(article.clean) if e <= mention.sentence[0]]
    return bool(before) and _MUNITIONS_NAMED.search(article.clean, *before[-1]) is not None


def _downed_in_that_sentence(clean: str, item: _Dated, last_told: dict[str, _Dated]) -> _Dated:
    """"Earlier in the day the rebels fired a missile at a destroyer, but the destroyer shot it
    down": an intercept with no day of its own, told after a dated attack in the same sentence as
    what thwarted it ("but"), is of that attack's day (and where it was, when it names no place).
    Not another munition told beside a hit ("one missile hit a ship and another was downed")."""
    mention = item.mention
    told = last_told.get("attack")
    if (item.date is not None or item.disagree or mention.act != "intercept" or told is None
            or told.date is None or told.mention.sentence != mention.sentence
            or told.mention.end > mention.start or not _BUT.search(clean, told.mention.end, mention.start)):
        return item
    placed = replace(mention, country=mention.country or told.mention.country)
    return _Dated(placed, told.date, f"the attack told before it in its sentence ({told.date:%d %b %Y})",
                  basis="told-before")


_BUT = GRAMMAR.pattern("but_clause")


def _downed_with_the_strike(clean: str, item: _Dated, last_told: dict[str, _Dated]) -> _Dated:
    """"US forces struck a depot in Lanport on Saturday, and shot down two drones over the sea": an
    intercept with no day of its own, its verb coordinated after a dated strike of the same sentence
    with the subject left out (roles.coordinated_after), is of the strike's day. Not one with a
    subject of its own (", and a frigate shot down ..."): another act, maybe of another day."""
    mention = item.mention
    told = last_told.get("strike")
    if (item.date is not None or item.disagree or mention.act != "intercept" or told is None
            or told.date is None or told.mention.sentence != mention.sentence
            or told.mention.end > mention.start
            or not coordinated_after(clean, mention.clause[0], mention.start)):
        return item
    return _Dated(mention, told.date, f"the strike told before it in its sentence ({told.date:%d %b %Y})",
                  basis="told-before")


def _downed_at_known(clean: str, sentence: list[_Dated]) -> list[_Dated]:
    """"A warship intercepted the missile, likely targeting the <ship>": one verb read twice, as the
    intercept and as the attack it foiled; when the attack is a named event's, of its known day,
    named after the verb (what the downed munition was aimed at), the intercept read from the same
    words is of that day too (a known event names the attack, and never dates an intercept by
    itself). Not "<ship> was hit by one missile and another was downed": the name before the verb
    is the hit's, and the other munition's day is not told."""
    known = {(d.mention.start, d.mention.end): d for d in sentence
             if d.known is not None and d.date is not None and d.mention.act == "attack"
             and d.known.told_at(clean[d.mention.end:d.mention.sentence[1]])}
    if not known:
        return sentence
    return [_of_the_attack(d, known[(d.mention.start, d.mention.end)])
            if (d.mention.act == "intercept" and d.date is None and not d.disagree
                and (d.mention.start, d.mention.end) in known) else d
            for d in sentence]


def _of_the_attack(item: _Dated, attack: _Dated) -> _Dated:
    """The intercept ``item`` on the day of the ``attack`` read from the same words."""
    assert attack.date is not None and attack.known is not None
    one = attack.known.countries[0] if len(attack.known.countries) == 1 else None
    placed = replace(item.mention, country=item.mention.country or attack.mention.country or one)
    return _Dated(placed, attack.date, f"the intercept of the {attack.known.name} ({attack.date:%d %b %Y})",
                  basis="named-event")


# "targeted on <day> in two separate drone attacks ... The second attack hit <a base>": the
# other acts of a number told on one day are of that day.
_NUMBER_OF_ACTS = GRAMMAR.pattern("number_of_acts")
_ORDINAL = GRAMMAR.pattern("ordinal")


def _ordinal(article: Article, item: _Dated, last_told: dict[str, _Dated],
             counted: dict[str, _Dated]) -> _Dated:
    """"The second drone attack targeted <a base>", opening its sentence without a day of its own:
    the day of the number of acts told before ("two separate drone attacks on Wednesday"), when
    no act of that family with another day was told since."""
    if item.date is not None or item.disagree:
        return item
    family = _family(item.mention)
    cue = _ORDINAL.match(article.clean, item.mention.sentence[0], item.mention.end)
    told, latest = counted.get(family), last_told.get(family)
    if cue is None or told is None or not _last_counted(told, latest):
        return item
    said = "strike" if cue["what"].lower() in ("strike", "airstrike") else "attack"
    if said != family and cue["what"].lower() != "incident":
        return item
    mention = replace(item.mention, country=item.mention.country or told.mention.country)
    if told.date is None and told.month_day is not None:
        # a number told without its year: only a part told with no time of its own, close after it
        if not _close_part(article, item.mention, told, ordinal=True):
            return item
        month, day = told.month_day
        return _Dated(mention, None, f"the {cue['which'].lower()} of the acts told on {month:02d}-{day:02d}, "
                                     "a day without its year", month_day=told.month_day)
    assert told.date is not None
    note = f"the {cue['which'].lower()} of the acts told on {told.date:%d %b %Y}"
    return _Dated(mention, told.date, note, basis="told-before")


def _close_part(article: Article, mention: Mention, last: _Dated, ordinal: bool = False) -> bool:
    """Whether the act may be a part of the number of acts told in ``last`` (or of its last part):
    in one of the few sentences after it, with no date or month of its own and, unless it names itself by its
    order ("The second attack ..."), no cue of another act (:data:`_NOT_A_PART`)."""
    clean, (begin, end) = article.clean, mention.sentence
    return (0 < _sentences_apart(clean, last.mention, mention) <= _PART_REACH
            and (ordinal or not _NOT_A_PART.search(clean, begin, end))
            and not find_dates(clean, begin, end, None) and not _MONTH_ALONE.search(clean, begin, end))


def _last_counted(told: _Dated, latest: _Dated | None) -> bool:
    """Whether the number of acts ``told`` is still the one a part refers to: the last act of its
    family told with a day is of its day; or, for a number told on a day without its year, no act
    of its family was told with a day after it."""
    if told.date is None:
        return latest is None or latest.mention.start < told.mention.start
    return latest is not None and latest.date == told.date


def _sentences_apart(clean: str, earlier: Mention, later: Mention) -> int:
    """How many sentences on from ``earlier``'s sentence ``later``'s begins."""
    starts = [start for _, start, _ in all_sentences(clean)]
    return bisect.bisect_left(starts, later.sentence[0]) - bisect.bisect_left(starts, earlier.sentence[0])


_NOT_A_PART = GRAMMAR.pattern("not_a_part")
_PART_REACH = 2  # sentences on from the number of acts (or its last part told) to a part of it


def _part_of_count(article: Article, item: _Dated, last_told: dict[str, _Dated],
                   counted: dict[str, _Dated]) -> _Dated:
    """"Troops were attacked four times on <day>. Two sites in <one country> were hit. Drones were
    launched at <a base> in <another>": an act told with no day, no date word and no cue of
    another act (:data:`_NOT_A_PART`) in the sentence right after a number of acts of its family
    told with a day (or after its last part) is one of them, of that day (issue 23 item 2)."""
    if item.date is not None or item.disagree or item.mention.anaphor:
        return item
    family = _family(item.mention)
    told, latest = counted.get(family), last_told.get(family)
    if told is None or not _last_counted(told, latest):
        return item
    last = told if told.date is None else latest
    assert last is not None
    if not _close_part(article, item.mention, last):
        return item
    if told.date is None:
        assert told.month_day is not None
        month, day = told.month_day
        return _Dated(item.mention, None, f"one of the acts counted just before on {month:02d}-{day:02d}, "
                                          "a day without its year", month_day=told.month_day)
    total = acts_counted(article.clean, told.mention.start, told.mention.end, told.mention.clause)
    return _Dated(item.mention, told.date, f"one of the acts counted on {told.date:%d %b %Y} just before",
                  basis="told-before", part_of=total)


_THAT_INCIDENT = GRAMMAR.pattern("that_incident")


def _in_that_act(article: Article, item: _Dated, last_seen: dict[str, _Dated]) -> _Dated:
    """"Another attack on October 25 nearly killed troops. In this incident, a drone hit the roof of
    a barracks in <a city>": an act with no day in a sentence that opens by naming the act just told
    as its scene (rule that_incident) is that act, of its day, or of its month and day when its
    year is not told; only the act told in the sentence right before."""
    mention = item.mention
    if item.date is not None or item.disagree:
        return item
    clean = article.clean
    if not _THAT_INCIDENT.match(clean, mention.sentence[0], mention.start):
        return item
    told = max(last_seen.values(), key=lambda t: t.mention.start, default=None)
    if told is None or (told.date is None and told.month_day is None):
        return item
    if _sentences_apart(clean, told.mention, mention) != 1:
        return item
    if told.date is None:
        return _Dated(mention, None, f"the act told just before ({told.note})", month_day=told.month_day)
    return _Dated(mention, told.date, f"the act told just before, on {told.date:%d %b %Y}",
                  basis="told-before")


_WEEKDAY_NAME = GRAMMAR.pattern("weekday_name")
_WEEKDAY_OPENINGS = Openings(_WEEKDAY_NAME)  # over a whole article: tried where a weekday's name begins


def anchor_of(article: Article, lex: Lexicons) -> Anchor | None:
    """The latest day an undated article fixes by itself: a full date it names ("On 28 January
    2024"), or a known event it tells; with ``weekday`` when it also names that day's weekday
    ("Sunday, Jan. 28, 2024"; "the attack in Jordan on Sunday"; for a known event, anywhere in an
    article that writes its day without the year: "On Jan. 28, ..." and "on Sunday")."""
    clean = article.clean
    bare = without_site_today(article.text, clean)  # a site's today the dating refused fixes nothing
    named = {m.group(1).lower() for m in _WEEKDAY_OPENINGS.finditer(clean)}
    found = []
    for day in _written_in(bare):  # the dates find_dates resolves without a day to go by
        if (day.date and day.precision == "day" and day.date >= lex.topic.campaign.start
                and not _SINCE.search(clean, max(0, day.start - 20), day.start)
                and not masthead_at(clean, day.start) and not readers_day_at(clean, day.start)):
            weekday = WEEKDAYS[day.date.weekday()] in named
            found.append(Anchor(day.date, f"the article names '{day.text}'", weekday))
    own = (post_anchor(article.text), lede_anchor(article.text), saved_anchor(article.text))
    found += [post for post in own if post is not None]
    folded = fold(clean)
    told = list(told_known(lex.topic.known_events, clean, folded))  # most articles tell none
    # "On Wednesday (Oct 18)": the one year of the campaign whose calendar agrees (yearless.py)
    found += [Anchor(day, f"the article names '{said.group(0)}', a {day:%A} in {day.year}", True)
              for day, said in weekday_days(bare, lex.topic.campaign.start, bool(told))]
    # "reported Wednesday (11/8/23)": the weekday says which way the figures are read
    found += [Anchor(day, f"the article names '{said.group(0)}', {day:%A %d %b %Y}", True)
              for day, said in numeric_weekday_days(bare, lex.topic.campaign.start)]
    if not found:
        found += _campaign_span(clean, lex)
    # "On December 23, missiles were fired ..." beside the event of 23 Dec 2023: the day written as a
    # full date is, and its weekday named anywhere ("shot down drones on Saturday") is that day
    written = {day.month_day for day in _written_in(clean) if day.month_day is not None}
    for _, start, end in all_sentences(clean) if told else ():
        sentence = clean[start:end]
        days = {m.group(1).lower() for m in _WEEKDAY_NAME.finditer(sentence)}
        for event in told:
            if event.told_in(sentence):
                weekday = WEEKDAYS[event.date.weekday()] in (
                    days | (named if (event.date.month, event.date.day) in written else set()))
                found.append(Anchor(event.date, f"it tells of the {event.name} ({event.date:%d %b %Y})",
                                    weekday))
    return max(found, key=lambda a: (a.date, a.counts_back, a.weekday)) if found else None


@functools.lru_cache(maxsize=4)
def _written_in(clean: str) -> tuple[DateMention, ...]:
    """The dates a whole text writes with their year (:func:`written_dates`), read once: the anchor
    and the campaign's span both ask."""
    return tuple(written_dates(clean, 0, len(clean)))


# Outlets count "since Oct. 17" in the campaign's first weeks; "a strike on Jan. 20" in an undated
# article that counts so may be of the next January or the one after: only days this close count.
SPAN_REACH = 60
# ... and through the first winter (the field set's January reports count so): in an article that
# names no weekday, the days of the ``YEAR_REACH`` after the start too. A weekday it names may say
# another year than the count's ("On Sunday ... at dusk on January 20"): those stay to the weekday's
# rule (:func:`_year_by_weekday`), which leaves two that disagree open.
SPAN_REACH_NO_WEEKDAY = 120
# "since mid-October", "since the middle of October": the start named by its month's middle
_SINCE_MID = re.compile(rf"\bsince\s+(?:the\s+)?mid(?:dle\s+of\s+|-)(?P<mon>{MON})\b", re.I)
_YEAR = re.compile(r"\b(20[2-4]\d)\b")
# over a whole page: each tried only where its first words begin (a search tries every character)
_SINCE_MID_OPENINGS, _YEAR_OPENINGS = Openings(_SINCE_MID), Openings(_YEAR)


def _campaign_span(clean: str, lex: Lexicons) -> list[Anchor]:
    """"Attacked 52 times since Oct. 17": an undated article that counts from the campaign's start,
    named by its month and day or by its month's middle ("since mid-October", for a start after the
    month's tenth), is about the months after it; its days without a year fall in the one year
    that puts them within ``SPAN_REACH`` days of that start (``SPAN_REACH_NO_WEEKDAY`` where it
    names no weekday), or in none."""
    start = lex.topic.campaign.start
    if any(int(year[1]) > start.year for year in _YEAR_OPENINGS.finditer(clean)):
        return []  # "since Oct. 17" in an article that names a later year: which year is open
    reach = SPAN_REACH if _WEEKDAY_NAME.search(clean) else SPAN_REACH_NO_WEEKDAY
    for day in _written_in(clean):
        if day.month_day == (start.month, start.day) and _SINCE.search(clean, max(0, day.start - 20),
                                                                          day.start):
            return [Anchor(start, f"it counts from the campaign's start ('{day.text}', {start:%d %b %Y})",
                           reach=reach)]
    for since in _SINCE_MID_OPENINGS.finditer(clean):
        if month_of(since["mon"]) == start.month and start.day >= 10:
            said = since.group(0)
            return [Anchor(start, f"it counts from the campaign's start ('{said}', {start:%d %b %Y})",
                           reach=reach)]
    return []


# ---- when ----------------------------------------------------------------------------------

def _date(article: Article, mention: Mention, lex: Lexicons, anchor: Anchor | None = None,
          linked: DateMention | None = None, names: Names | None = None) -> _Dated | None:
    """The mention with its day; None when the day puts it outside the campaign (another year).
    ``linked``: the day of the clause it hangs on by "when" or "where" (:func:`_linked_day`);
    ``names``: the article's, to read what a statement in the lede tells (:func:`_lede_statement`)."""
    usable = _usable(article, lex, *mention.sentence, anchor)
    own = _own_told(article, mention, usable, lex, anchor, linked)
    if own is not None and _many_over_hours(article.clean, mention, own):
        return _Dated(replace(mention, plural=True), None,
                      f"acts counted over '{own.text}': a span of two days, no one act's day")
    since_clause = re.match(r"\W*since\b", article.clean[mention.clause[0]:mention.clause[1]], re.I)
    known = _known(article, mention, lex.topic.known_events)
    # "since the militias began attacking (on Oct. 17)": the campaign's start, not an event; but "the
    # US has begun strikes ... in retaliation for the attack in Jordan" tells a named event
    # "July 14 (Reuters) - The rebels have stepped up attacks": the wire's day is no day of its own
    wire = own is not None and _WIRE_DAY.match(article.clean, own.end) is not None
    if mention.aspect and (((own is None or wire) and known is None) or since_clause):
        return None
    if own is not None and own.date is not None:
        if own.date < lex.topic.campaign.start:
            return None  # an earlier year's event told as background
        dated = (_told_on_another_day(article, mention, own, usable)
                 or _paired_days(article, mention, usable, names if known is None else None, lex)
                 or _own_dated(article, mention, own, known, lex))
        if dated is not None:
            return _listed_days(article, mention, own, usable, dated)
    if known is not None:
        return _by_known(article, mention, known, usable, lex.topic.month_alone_background)
    opens = own is None and _CLOCK_OPENING.match(article.clean, mention.sentence[0]) is not None
    told_by_hours = _definite(article.clean, mention) and _DAYTIME.search(article.clean, *mention.clause)
    if own is None and (opens or told_by_hours) and not _names_a_day(article, mention, anchor):
        clocked = ((_clock_after_day(article, mention, lex, anchor) if opens else None)
                   or _clock_of_one_day(article, mention, anchor, names, lex))
        if clocked is not None:
            return clocked
    return (_days_apart(article, mention, usable)
            or _known_told_before(article, mention, lex.topic.known_events)
            or _said_or_partial(article, mention, lex, usable, anchor, linked, names))


# "attacked U.S. forces at least four times in the past 24 hours", "several attacks over the last
# 24 hours": a number of acts over a span that runs into the day before
_HOURS_SPAN = GRAMMAR.pattern("hours_span")
_TIMES_COUNTED = GRAMMAR.pattern("times_counted")


def _many_over_hours(clean: str, mention: Mention, own: DateMention) -> bool:
    """Acts told as a number over the past day's hours ("four times in the past 24 hours"): the span
    covers the page's day and the one before, and the acts are several; none has a day of its own."""
    return (_HOURS_SPAN.search(own.text) is not None
            and (mention.plural or _TIMES_COUNTED.search(clean, mention.end, own.start) is not None))


def _own_told(article: Article, mention: Mention, usable: list[DateMention], lex: Lexicons,
              anchor: Anchor | None, linked: DateMention | None) -> DateMention | None:
    """The day the article tells the act on: its own, its entry's or heading's, the clause's it
    hangs on, the day told just before, or the coordinated clause's."""
    heading = _heading_day(article, mention.sentence, lex, anchor)
    own = (_own_day(article, mention, usable) or _restated_day(article, mention, usable)
           or _each_one(article, mention, usable)
           or _entry_day(article, mention, usable)
           or _entry_paragraph_day(article, mention.sentence, lex, anchor) or heading
           or (linked if linked is not None and linked.date is not None else None)
           or _same_day(article, mention, usable, lex, anchor)
           or _opening_of_coordinated(article, mention, usable))
    if heading is not None and own is not None and own.basis in _FROM_PAGE:
        own = heading  # "the overnight strikes" in a timeline's entry: the entry's night, not the page's
    return own


_ACT_RESTATED_ON = GRAMMAR.pattern("act_restated_on")


def _restated_day(article: Article, mention: Mention, usable: list[DateMention]) -> DateMention | None:
    """"Destroyers defeated the weapons while crossing the strait, in attacks that took place on
    Monday" (rule act_restated_on): the day of the act restated after its clause, the first day
    after the clause's end, when only the restatement lies between."""
    end = mention.clause[1]
    first = next((d for d in usable if end <= d.start < mention.sentence[1]), None)
    if first is None or first.date is None:
        return None
    return first if _ACT_RESTATED_ON.search(article.clean, end, first.start) else None


_EACH_ONE = GRAMMAR.pattern("each_one")
_THE_OTHER_DAY = GRAMMAR.pattern("the_other_day")


def _each_one(article: Article, mention: Mention, usable: list[DateMention]) -> DateMention | None:
    """"There were two attacks on the base, one just before midnight on Nov. 8 and the other on
    Nov. 9": acts told as a number, then each on its own day in an appositive after their clause.
    The first is the day right after "one" (the other's, :func:`_the_other_day`)."""
    if not mention.plural:
        return None
    clean = article.clean
    first = next((d for d in usable if mention.end <= d.start < mention.sentence[1]), None)
    if first is None or first.date is None or not _EACH_ONE.search(clean, mention.end, first.start):
        return None
    return first


def _the_other_day(article: Article, own: DateMention, dated: _Dated) -> _Dated | None:
    """The other act's day after "one ... on <day>" (:func:`_each_one`): "and the other in the
    evening on Nov. 9", "and another on Thursday"; a later day of the month before, never after
    the page's day."""
    clean = article.clean
    opened = _EACH_ONE.search(clean, max(0, own.start - 80), own.start)
    if own.date is None or dated.date != own.date or opened is None:
        return None
    found = find_dates(clean, own.end, min(len(clean), own.end + 90), article.published,
                       article.published_time)
    other = next((d for d in found if d.date is not None and d.precision == "day"), None)
    if other is None or other.date is None or not _THE_OTHER_DAY.fullmatch(clean, own.end, other.start):
        return None
    if not 0 < (other.date - own.date).days <= 31 or (article.published and other.date > article.published):
        return None
    return replace(dated, second=other.date)


_DAYS_BACK = {"today": 0, "tonight": 0, "this morning": 0, "yesterday": 1, "last night": 1, "overnight": 1}


def _told_on_another_day(article: Article, mention: Mention, own: DateMention,
                         usable: list[DateMention]) -> _Dated | None:
    """"On Sunday, the Pentagon said a drone struck the base yesterday", in Tuesday's paper: the
    act's "yesterday" counted from the page's day (Monday) and from the statement's (Saturday)
    are two anchors that disagree (and the first is after the statement): left undated, with the
    reason (issue 23, forms 4 and 6). Only a day counted from the page ("yesterday", "last night",
    "today") in a sentence whose one statement has a day of its own that gives another."""
    word = own.text.lower()
    back = next((n for w, n in _DAYS_BACK.items() if w in word), None)
    if own.basis != "relative" or own.date is None or back is None:
        return None
    clean = article.clean
    # a saying's day: after a verb of saying ("said on Sunday", "in a statement Sunday"), right
    # before one ("the Pentagon on Sunday said"), or before one in the act's own clause or opening
    # the sentence ("On Sunday, the Pentagon said"); not "<another act> on Sunday, the Pentagon
    # said, while a drone ... overnight", whose Sunday may be the other act's
    said = {d.date for d in usable if d.start != own.start and d.date is not None
            and (_SPOKEN.search(clean, max(mention.sentence[0], d.start - 40), d.start)
                 or _SPOKEN_AFTER.match(clean, d.end)
                 or (_said_after(clean, d, mention)
                     and (mention.clause[0] <= d.start < mention.clause[1]
                          or _OPENING_DAY.fullmatch(clean, mention.sentence[0], d.start))))}
    if len(said) != 1:
        return None
    (day,) = said
    if day - dt.timedelta(days=back) == own.date:
        return None
    return _Dated(mention, None, f"'{own.text}' counted from the page's day ({own.date:%d %b %Y}) and "
                                 f"from the statement's day ({day:%d %b %Y}) disagree: left undated",
                  disagree=True)


def _paired_days(article: Article, mention: Mention, usable: list[DateMention], names: Names | None,
                 lex: Lexicons) -> _Dated | None:
    """"Drones struck <a base> in Iraq on Dec. 20, <a base> in Syria on Dec. 21 and <a base> in Iraq
    on Dec. 22" (or "on Monday at <a base> and on Tuesday at <another>"): one act word, a list of
    places each with its own day. The act in each country takes the days of that country's places
    (two at most: :func:`_each_day`), each with its base; the act in a country none of the days
    goes with is left undated, never given another place's day. None when the sentence is no such
    list: fewer than two days after the act word, or a day with no place of its own ("on Monday,
    officials said on Tuesday")."""
    if mention.country is None or names is None:
        return None
    days = [d for d in usable if mention.end <= d.start and d.end <= mention.sentence[1]
            and not _day_of_another_act(article.clean, d, mention)]
    if len({d.date for d in days}) < 2:
        return None
    # each day's places: those named before it (after the day before); or, where the first day
    # comes before any place, those named after it (before the day after)
    before = [(mention.end if i == 0 else days[i - 1].end, d.start) for i, d in enumerate(days)]
    ends = [d.start for d in days[1:]] + [_clause_end(article.clean, days[-1].end, mention.sentence[1])]
    after = [(d.end, end) for d, end in zip(days, ends, strict=True)]
    spans = before
    segments = _places_of(before, days, names, lex, last=True)
    if not segments[0][1]:
        spans, segments = after, _places_of(after, days, names, lex, last=False)
    # each span a list's item: no saying, cause, relative clause or time of its own ("..., a day
    # after militants attacked <a base> on Sunday" is another act's day, not the list's)
    if not all(named for _, named, _ in segments) or any(
            _OPENING_SCOPE_BREAK.search(article.clean, *span) for span in spans[1:]):
        return None
    mine = [(d, [p for p in places if lex.topic.place(p).country == mention.country])
            for d, named, places in segments if mention.country in named]
    if not mine:
        return _Dated(mention, None, f"the days of its sentence go with other places than "
                                     f"{mention.country}: left undated", disagree=True)
    (first, here), *more = mine
    dated = _Dated(_at(mention, here), first.date, f"from '{first.text}', told with its place",
                   basis=first.basis)
    later = next(((d, p) for d, p in more if d.date != first.date), None)
    if later is None:
        return dated
    return replace(dated, second=later[0].date, second_mention=_at(mention, later[1]))


def _clause_end(clean: str, start: int, end: int) -> int:
    """Where the clause that goes on at ``start`` ends: its first comma or semicolon, else ``end``."""
    mark = _CLAUSE_MARK.search(clean, start, end)
    return mark.start() if mark else end


def _places_of(spans: list[tuple[int, int]], days: list[DateMention], names: Names,
               lex: Lexicons, last: bool) -> list[tuple[DateMention, set[str], list[str]]]:
    """Each day with the countries and places of its span: the country of the place named nearest
    the day (``last``: the span ends at the day; "forces in Syria and Iraq, hitting <a base in
    Iraq> on Monday" is Iraq's Monday), else the countries the span names."""
    found = []
    for (start, end), day in zip(spans, days, strict=True):
        places = [h.name for h in names.within(names.places, start, end)]
        named = ({lex.topic.place(places[-1 if last else 0]).country} if places
                 else {h.name for h in names.within(names.countries, start, end)})
        found.append((day, {c for c in named if c}, places))
    return found


def _at(mention: Mention, places: list[str]) -> Mention:
    """The mention at the one place named with its day, when one is."""
    return replace(mention, target=places[0], places=(places[0],)) if len(set(places)) == 1 else mention


def _own_dated(article: Article, mention: Mention, own: DateMention, known: KnownEvent | None,
               lex: Lexicons) -> _Dated | None:
    """The mention dated by its own day (:func:`_own_or_known`), unless that day may be the telling's
    of a named event the article tells (:func:`_after_a_told_event`): then undated, and why."""
    assert own.date is not None
    told = _after_a_told_event(article, mention, own.date, lex) if known is None else None
    if told is not None:
        return _Dated(mention, None, f"the day it names ({own.date:%d %b %Y}) is days after the "
                                     f"{told.name} ({told.date:%d %b %Y}) the article tells: the act's "
                                     "day or its telling's is open; left undated", disagree=True)
    dated = _own_or_known(article, mention, own, known)
    return _second_day(article, own, dated) if dated is not None else None


_BARE_DEFINITE = GRAMMAR.pattern("bare_definite")
TOLD_AFTER_DAYS = 7  # days after a named event within which a bare "the attack" may be its telling


def _after_a_told_event(article: Article, mention: Mention, day: dt.date, lex: Lexicons) -> KnownEvent | None:
    """The named event of the mention's kind that the article tells, a few days before the day a
    bare definite act names ("Biden confirmed Iran's role in the attack on January 31" in an article
    on the attack of 28 January): the day may be the confirmation's. None when the act names its
    own place, target or country, or is told as another."""
    clean = article.clean
    if (mention.places or mention.target
            or not _BARE_DEFINITE.search(clean, max(mention.clause[0], mention.start - 30), mention.start)
            or _TOLD_AGAIN.search(clean, mention.clause[0], mention.end)):
        return None
    folded = fold(clean)
    return next((e for e in lex.topic.known_events if _family(e) == _family(mention)
                 and (mention.country is None or e.placed(mention.country))
                 and 0 < (day - e.date).days <= TOLD_AFTER_DAYS
                 and e in told_known(lex.topic.known_events, clean, folded)), None)


# "At 6:30 p.m. local time, militants fired rockets at the base": a sentence that opens with a time
# of day and gives no day, right after a sentence of the same paragraph that gives one (never
# "just after midnight" nor a time of the small hours, which may be the next day).
_CLOCK_OPENING = GRAMMAR.pattern("clock_opening")


_NUMERIC_DAY = GRAMMAR.pattern("numeric_day")


def _names_a_day(article: Article, mention: Mention, anchor: Anchor | None) -> bool:
    """Whether the act's sentence names a day of its own, read as its day or not ("At 4 p.m. (EST),
    Feb 02, <a long subject> conducted strikes", "At 4 p.m. on Friday" left unresolved, "on 02/02"):
    a day the act was not given is no reason to give it another sentence's (issue 23)."""
    start, end = mention.sentence
    days = find_dates(article.clean, start, end, article.published, article.published_time, anchor)
    return (any(d.precision == "day" or d.date is None for d in days)
            or _NUMERIC_DAY.search(article.clean, start, end) is not None)


def _clock_after_day(article: Article, mention: Mention, lex: Lexicons,
                     anchor: Anchor | None) -> _Dated | None:
    """The one day of the sentence before, in the same paragraph, for a sentence that opens with
    a time of day (:func:`_day_told_before`)."""
    day = _day_told_before(article, mention, lex, anchor)
    if day is None or day.date is None:
        return None
    return _Dated(mention, day.date, f"a time of day told after the sentence dated '{day.text}'",
                  basis="told-before")


def _day_told_before(article: Article, mention: Mention, lex: Lexicons,
                     anchor: Anchor | None) -> DateMention | None:
    """The one day of the sentence right before the mention's, in the same paragraph; not when
    that day is a statement's ("On Monday, officials said ..."), whose acts may be of the day before."""
    sentences = all_sentences(article.clean)
    at = next((i for i, (_, start, _) in enumerate(sentences) if start == mention.sentence[0]), 0)
    if at == 0 or sentences[at - 1][0] != sentences[at][0]:
        return None
    _, start, end = sentences[at - 1]
    days = _usable(article, lex, start, end, anchor)
    if len({d.date for d in days}) != 1:
        return None
    day, clean = days[0], article.clean
    if (_SPOKEN.search(clean, max(start, day.start - 40), day.start) or _SPOKEN_AFTER.match(clean, day.end)
            or _SAYER_AFTER.match(clean, day.end, end)):
        return None
    return day


def _clock_of_one_day(article: Article, mention: Mention, anchor: Anchor | None,
                      names: Names | None, lex: Lexicons) -> _Dated | None:
    """The one day a text writes before an act told by its hours: a release whose lead gives the
    day ("On <day>, ...") and whose later sentences give only hours ("At 2 p.m., ..."), or acts
    told again with their times ("carried out the attacks between 5 and 6 p.m."). A saying's day
    ("said on Monday") is not an act's, nor one in a sentence with no act word ("On Monday, the
    leaders met"); not when the text writes two days for acts, nor one before the campaign; and
    only for an act with a place: its own, or the one area its paragraph names before it
    (:func:`_paragraph_area`)."""
    if names is None:
        return None
    acts = act_screen(lex).scan(article.clean, names.folded)
    before = [(start, end) for _, start, end in all_sentences(article.clean) if start < mention.sentence[0]]
    days = [d for start, end in before if acts.any(start, end)
            for d in _usable(article, lex, start, end, anchor) if not _a_sayings(article.clean, d, end)]
    if len({d.date for d in days}) != 1 or days[0].date is None or days[0].date < lex.topic.campaign.start:
        return None
    placed = mention if mention.country is not None else _paragraph_area(article, mention, names)
    if placed is None:
        return None
    day = days[-1]
    return _Dated(placed, day.date, f"a time of day in a text whose one day is '{day.text}'",
                  basis="told-before")


def _a_sayings(clean: str, day: DateMention, end: int) -> bool:
    """Whether the day is a saying's, told right before or after its verb or sayer ("said on
    Monday", "On Monday, a spokesman said"); ``end``: its sentence's."""
    return bool(_SPOKEN.search(clean, max(0, day.start - 40), day.start)
                or _SPOKEN_AFTER.match(clean, day.end) or _SAYER_AFTER.match(clean, day.end, end))


def _paragraph_area(article: Article, mention: Mention, names: Names | None) -> Mention | None:
    """The mention in the one country (or sea) its paragraph names before its sentence, if one:
    "<ship>, transiting <a sea>. ... At 4 p.m., a destroyer near <ship> shot down ...". Its own
    sentence was read already: a country there that did not place it is not the act's ("a drone
    launched from <a country>")."""
    if names is None:
        return None
    paragraph = next(p for p, start, _ in all_sentences(article.clean) if start == mention.sentence[0])
    opened = next(start for p, start, _ in all_sentences(article.clean) if p == paragraph)
    countries = {h.name for h in names.within(names.countries, opened, mention.sentence[0])}
    return replace(mention, country=countries.pop()) if len(countries) == 1 else None


_MONTH_ALONE = GRAMMAR.pattern("month_alone")
_LAST_MONTH = GRAMMAR.pattern("last_month")


def _by_known(article: Article, mention: Mention, known: KnownEvent, usable: list[DateMention],
              month_alone_background: bool = False) -> _Dated | None:
    """The mention dated by the named event it tells, unless its clause gives it another month, or
    tells it as last month's: "struck the <ship> last month" recalls it as background and writes no
    day of it, so its known day is the profile's, not the text's (twenty-first session). None (no
    mention) when its clause tells it by its own month alone and the story reads that as background
    ("hijacked the <ship> in November": a recall, no act of the report; [named_events] month_alone,
    twenty-second session). A sentence opening with
    an elided "the latest," ("The most recent, last month, killed three U.S. troops") tells the
    newest act of the run the text reports, not background: it keeps the known day."""
    if _another_month(article, mention, known):
        return _Dated(mention, None, f"the month it names and the {known.name} ({known.date:%d %b %Y}) "
                                     "disagree: left undated", disagree=True)
    latest = opens_as_latest(article.clean, mention.sentence[0])
    if month_alone_background and _own_month(article, mention, known) and not latest:
        return None
    if _LAST_MONTH.search(article.clean, *mention.clause) and not latest:
        return _Dated(mention, None, f"the {known.name} told as last month's: background whose day the "
                                     "text does not give", disagree=True)
    return _weekday_disagrees(article, mention, known) or _known_day(article, mention, known, usable)


def _another_month(article: Article, mention: Mention, known: KnownEvent) -> bool:
    """Whether the act's clause names a month without its day, none of them the named event's
    ("B-2 bombers struck ... earlier in December" is not the October strikes)."""
    months = {m["month"] for m in _MONTH_ALONE.finditer(article.clean, *mention.clause)}
    return bool(months) and f"{known.date:%b}" not in months


def _own_month(article: Article, mention: Mention, known: KnownEvent) -> bool:
    """Whether the act's clause names the named event's own month without its day ("the <ship>,
    attacked in February, sank"): the recall of a report of another day (events grammar:
    month_alone)."""
    months = {m["month"] for m in _MONTH_ALONE.finditer(article.clean, *mention.clause)}
    return f"{known.date:%b}" in months


def _known_day(article: Article, mention: Mention, known: KnownEvent, usable: list[DateMention]) -> _Dated:
    """The named event's known day, unless the statement telling it is dated the day before: a
    statement cannot tell an act of a later day, so the act fell before midnight on the teller's
    clock (US time; the known day is the local one: strikes on the evening of the 26th in
    Washington, early on the 27th in Syria). "On October 26, the Pentagon said that US forces
    struck two facilities ..." is of the 26th there (issue 23, form 6). A page's date alone does
    not count: a page dated a day early is likelier than a report that outran the event. The act
    is of the named event's kind (its act is the mention's): "the Maersk Hangzhou, which reported
    being struck by a missile" after the destroyers that came to help is the attack on the ship."""
    mention = replace(mention, type=known.type)
    said = _said_day(article, mention, usable)
    if said is not None and said.date is not None and said.date == known.date - dt.timedelta(days=1):
        why = (f"the {known.name}, told on the statement's day ('{said.text}', {said.date:%d %b %Y}), "
               "the day before its local day")
        return _Dated(mention, said.date, why, basis="named-event", known=known)
    return _Dated(mention, known.date, f"named event: {known.name} (known date)", basis="named-event",
                  known=known)


def _weekday_disagrees(article: Article, mention: Mention, known: KnownEvent) -> _Dated | None:
    """Undated, when the act's own weekday (one no page date places) is neither the named event's
    known local day nor the day before it (the teller's clock): "missiles struck the <ship> on
    Thursday" is another attack than the ship's well-known one of a Sunday, and two anchors that
    disagree leave the day unknown. A weekday of the telling ("said on Thursday that") is no
    act's day."""
    allowed = {known.date.weekday(), (known.date - dt.timedelta(days=1)).weekday()}
    for day in find_dates(article.clean, *mention.sentence, article.published, article.published_time):
        weekday = _weekday_named(day)
        if (day.date is None and weekday is not None and weekday not in allowed
                and _binds_act(article.clean, day, mention) and not _said_after(article.clean, day, mention)
                # "the soldiers killed in the attack were buried on Friday": the burial's weekday
                and not _outcome_between(article.clean, mention, day)):
            return _Dated(mention, None, f"'{day.text}' and the {known.name} ({known.date:%A %d %b %Y}) "
                                         "disagree: left undated", disagree=True)
    return None


def _outcome_between(clean: str, mention: Mention, day: DateMention) -> bool:
    """Whether a day after the act is what became of its victims' ("were buried on Friday")."""
    return day.start >= mention.end and _OUTCOME_AFTER.search(clean, mention.end, day.start) is not None


def _weekday_named(day: DateMention) -> int | None:
    """The weekday a date mention names by its name ("late Thursday"), if one."""
    words = set(re.findall(r"[a-z]+", day.text.lower()))
    return next((i for i, name in enumerate(WEEKDAYS) if name in words), None)


_PAGE_SLIP = 2  # days a day counted from the page's date may be off a named event's known day


def _own_or_known(article: Article, mention: Mention, own: DateMention,
                  known: KnownEvent | None) -> _Dated | None:
    """The act's own day, unless a named event it tells disagrees: then the named event's day
    when the own day is only the sentence's ("Biden said on Tuesday he had decided how to respond
    to the drone strike that killed three American troops in Jordan": None, the named event's
    day follows), or no day when the own day is the act's ("strikes on 85 targets on Wednesday")."""
    assert own.date is not None
    if known is not None and own.basis == "relative" and 0 < abs((own.date - known.date).days) <= _PAGE_SLIP:
        # "early this morning" in a copy published the next day: the day counted from the page's
        # date and the named event's known day disagree; the page's date is the weaker anchor (a
        # weekday weeks away from the named event's day is another act: "on Sunday shot down 12
        # drones" in a page of late January is not the downing of 12 drones of 26 December)
        why = (f"'{own.text}' counts to {own.date:%d %b %Y} from the page's date, but it tells the "
               f"{known.name}, known to be {known.date:%d %b %Y}")
        return _Dated(mention, known.date, why, basis="named-event", known=known)
    if (known is not None and _family(known) == "strike" and own.basis == "written"
            and own.date == known.date - dt.timedelta(days=1)):
        # "the first joint operation by the US and the UK, on January 11": the named strikes told by
        # the day on the teller's clock (the evening before, in Washington); its known day is the local
        # one (not an attack's: a ship hit on two days is two named events, a day apart)
        why = (f"'{own.text}' ({own.date:%d %b %Y}) is the day before the {known.name}'s known local day "
               f"({known.date:%d %b %Y}): the same act, told by the teller's clock")
        return _Dated(mention, known.date, why, basis="named-event", known=known)
    if known is None or abs((own.date - known.date).days) <= 1:
        return _Dated(mention, own.date, own.note or f"from '{own.text}'", basis=own.basis)
    if _binds_act(article.clean, own, mention):
        return _Dated(mention, None, f"'{own.text}' ({own.date:%d %b %Y}) and the {known.name} "
                                     f"({known.date:%d %b %Y}) disagree: left undated", disagree=True)
    return None


# "new attacks on July 16 and 25", "strikes on Oct. 17 and 18 at ...": a second day of the same
# month, by its number alone, right after a written day; not a figure ("on Oct. 17 and 25 troops").
_AND_DAY = GRAMMAR.pattern("and_day")


def _second_day(article: Article, own: DateMention, dated: _Dated) -> _Dated:
    """Acts told together on two days of one month are two events: ``second`` is the later day,
    when the act's own day is written with its month and the other follows by its number, or
    when both are weekdays of one week ("on both Friday and Saturday")."""
    other = _the_other_day(article, own, dated)
    if other is not None:
        return other
    if own.basis == "weekday":
        return _second_weekday(article, own, dated)
    if own.text.lower() in ("last night", "yesterday"):
        return _and_today(article, own, dated)
    more = _AND_DAY.match(article.clean, own.end)
    if more is None or own.date is None or dated.date != own.date or own.basis != "written":
        return dated
    month = more["month"] or more["month_after"]
    if month is not None and month.title() != f"{own.date:%b}":
        return dated  # "on Nov. 30 and Dec. 1": another month's day, not counted here
    day = int(more["day"])
    second = own.date.replace(day=day) if own.date.day < day <= 31 and _valid(own.date, day) else None
    if second is None or (article.published is not None and second > article.published):
        return dated
    return replace(dated, second=second)


# "attacked by two drones at 11:30 p.m. last night and at 12:40 a.m. today": the night before the
# page's day, and the page's day itself (a clock time may stand before each). The day closes the
# clause: "attacked last night and today officials said ..." joins a statement, not a second act
_AND_TODAY = GRAMMAR.pattern("and_today")


def _and_today(article: Article, own: DateMention, dated: _Dated) -> _Dated:
    """Acts told "last night and ... today" are two: the second on the page's own day."""
    if own.date is None or dated.date != own.date or article.published is None:
        return dated
    if not _AND_TODAY.match(article.clean, own.end):
        return dated
    return replace(dated, second=article.published) if article.published > own.date else dated


_AND_WEEKDAY = GRAMMAR.pattern("and_weekday")


def _second_weekday(article: Article, own: DateMention, dated: _Dated) -> _Dated:
    """"Drones were shot down on both Friday and Saturday": the second weekday, when it resolves
    to a later day of the same week, before the page's date."""
    more = _AND_WEEKDAY.match(article.clean, own.end)
    if more is None or own.date is None or dated.date != own.date:
        return dated
    found = find_dates(article.clean, more.end(), min(len(article.clean), more.end() + 12), article.published,
                       article.published_time)
    second = found[0] if found and found[0].start == more.end() else None
    if second is None or second.date is None or second.basis != "weekday":
        return dated
    return replace(dated, second=second.date) if 0 < (second.date - own.date).days < 7 else dated


_LISTED_OPENS = GRAMMAR.pattern("listed_day_opens")
_LISTED_GAP = GRAMMAR.pattern("listed_day_gap")
_LISTED_CLOSES = GRAMMAR.pattern("listed_day_closes")


def _listed_days(article: Article, mention: Mention, own: DateMention, usable: list[DateMention],
                 dated: _Dated) -> _Dated:
    """"Strikes on <facilities> in Norland on Oct. 26, Nov. 8, and Nov. 12", "bombed <a site> on
    ...": acts told with a list of whole days written with their months, each day one act (issue 23,
    form 3). Only a list opened by "on" (not "between" or "since": a span), joined by commas or
    "and", closing its clause (no day with a place of its own: :func:`_paired_days`), its days in
    order (the campaign's and the page's bounds are :func:`_usable`'s); three days or more (two
    are :func:`_second_day`'s, which counts another month's second day as no act)."""
    if dated.date != own.date or dated.second is not None or dated.known is not None:
        return dated
    clean = article.clean
    if not _LISTED_OPENS.search(clean, max(0, own.start - 8), own.start):
        return dated
    days = [own]
    for day in (d for d in usable if d.start >= own.end):
        if not _LISTED_GAP.fullmatch(clean, days[-1].end, day.start):
            break
        days.append(day)
    if len(days) < 3 or not _LISTED_CLOSES.match(clean, days[-1].end):  # two: _second_day's
        return dated
    when = [d.date for d in days]
    if (any(d.precision != "day" or d.basis != "written" for d in days)
            or any(b is None or a is None or b <= a for a, b in itertools.pairwise(when))):
        return dated  # a weekday or a day out of order: no list of this form
    later = tuple(d for d in when[1:] if d is not None)
    return replace(dated, second=later[0], later=later[1:])


def _valid(day: dt.date, number: int) -> bool:
    try:
        day.replace(day=number)
    except ValueError:
        return False
    return True


def _each_day(dated: _Dated) -> list[_Dated]:
    """The dated mention, and a second one on its ``second`` day when it has one."""
    if dated.second is None:
        return [dated]
    note = f"the second day told with {dated.date:%d %b %Y}: {dated.second:%d %b %Y}"
    listed = [replace(dated, date=day, second=None, second_mention=None, later=(),
                      note=f"a later day listed with {dated.date:%d %b %Y}: {day:%d %b %Y}")
              for day in dated.later]
    return [replace(dated, second=None, second_mention=None, later=()),
            replace(dated, mention=dated.second_mention or dated.mention, date=dated.second, second=None,
                    second_mention=None, later=(), note=note), *listed]


def _spoken(clean: str, day: DateMention, mention: Mention) -> bool:
    """Whether ``day`` is the day of a verb of saying ("said Thursday", "on Thursday confirmed",
    "On Monday, the SDF announced that ...")."""
    return bool(_SPOKEN.search(clean, max(0, day.start - 40), day.start) or _said_after(clean, day, mention))


# "On Monday, the Kurdish-led SDF announced that a drone struck ...": a day opening the sentence, then
# the speaker and the verb of saying, then the act: the day of the saying (issue 23, form 4).
_SAYER_AFTER = GRAMMAR.pattern("sayer_after")
# "on <day>, local time, the militia "<name>" issued a statement saying that ...", "on <day>, <name>, a
# spokesman, attributed the attacks": the sayer set apart by commas, read only up to the act's word
_SAYER_APART = GRAMMAR.pattern("sayer_after_apart")


def _said_after(clean: str, day: DateMention, mention: Mention) -> bool:
    """A verb of saying right after ``day``, or after its speaker when the act, an attack, follows
    them both."""
    if _SPOKEN_AFTER.match(clean, day.end):
        return True
    # only an attack: the US telling of its own strike tells it the day it was done (``_announced``)
    return mention.act == "attack" and (_SAYER_AFTER.match(clean, day.end, mention.start) is not None
                                        or _SAYER_APART.match(clean, day.end, mention.start) is not None)


# The US telling of its own strike as news: "announced late on Monday night that American forces
# conducted strikes", "The U.S. military has carried out a strike ..., an official said Thursday".
_ANNOUNCED = GRAMMAR.pattern("announced")
_NEWS_PERFECT = GRAMMAR.pattern("news_perfect")


def _announced(clean: str, day: DateMention, mention: Mention) -> bool:
    """Whether a statement's day is also its strike's: the US announcing its own strike, or told
    as just done; never an attack on US forces, which is reported after the fact."""
    if mention.act == "attack":
        return False
    around = clean[max(mention.sentence[0], day.start - 40):min(mention.sentence[1], day.end + 30)]
    return bool(_ANNOUNCED.search(around) or _NEWS_PERFECT.search(clean, mention.sentence[0], mention.start))


# "More attacks on US forces following strike on <targets>": the act the sentence tells came after
# it; the day of the statement telling the later acts is not the earlier one's (issue 23, form 4)
_TOLD_AS_EARLIER = GRAMMAR.pattern("told_as_earlier")


def _said_or_partial(article: Article, mention: Mention, lex: Lexicons, usable: list[DateMention],
                     anchor: Anchor | None, linked: DateMention | None = None,
                     names: Names | None = None) -> _Dated:
    """The day of the statement telling it, else a day without its year, else no day."""
    clean = article.clean
    unsaid = (mention.anaphor or _told_as_cause(clean, mention) or _counted(article, mention)
              or _reacted_to(clean, mention)
              or _answer_before(clean, mention) is not None  # "On Tuesday, X retaliated for an attack"
              or _TOLD_AS_EARLIER.search(clean, max(mention.clause[0], mention.start - 40), mention.start))
    said = None if unsaid else _said_day(article, mention, usable)
    if said is not None and _rite_for_its_dead(clean, said, mention):
        said = None  # "Mourners on Wednesday buried a man killed in the strike": no statement's day
    if (said is not None and said.date is not None and _spoken(article.clean, said, mention)
            and not _announced(article.clean, said, mention)):
        if _advised(article.clean, said, mention, lex) and _fresh(article, said.date):
            return _Dated(mention, said.date, f"day of the advisory telling it ('{said.text}')", weak=True,
                          basis="statement")
        # "a Pentagon official said Thursday that ...", "CENTCOM on Thursday confirmed that ...": the
        # day of the saying; the act told in what is said happened then or days before (issue 23,
        # form 4), and a gap is better than a wrong day
        return _Dated(mention, None, f"'{said.text}' is the day it was told, not the day it happened",
                      told=True, told_on=said.date)
    over_time = mention.plural and (_ACTS_OVER_TIME.search(clean, *mention.clause)
                                    or _ACTS_TREND.search(clean, mention.end, mention.sentence[1]))
    if said is None and not unsaid and not over_time:
        said = _lede_statement(article, mention, lex, anchor, None if names is None else (names, lex))
    if over_time and said is not None and said.date is not None:
        # "confirmed on Monday the leaders discussed the ongoing attacks": the campaign, not that day's act
        return _Dated(mention, None, f"told as going on over a time: '{said.text}' is the day it was told")
    if said is not None and said.date is not None and said.date >= lex.topic.campaign.start:
        return _Dated(mention, said.date, f"day of the statement telling it ('{said.text}')", weak=True,
                      basis="statement")
    partial = _own_partial(article, mention) or (linked if linked is not None and linked.month_day else None)
    if partial is not None:
        named = _known_on(partial.month_day, mention, lex.topic.known_events)
        if named is not None:  # "since the Feb. 2 U.S. strikes": the named strikes of that day
            return _Dated(mention, named.date, f"'{partial.text}' is the day of the {named.name}",
                          basis="named-event", known=named)
        return _Dated(mention, None, f"'{partial.text}' without its year", month_day=partial.month_day)
    unknowable = _unknowable_day(article, mention)
    return _Dated(mention, None, unknowable.note if unknowable else "no day for this event could be read")


def _unknowable_day(article: Article, mention: Mention) -> DateMention | None:
    """A day in the act's clause that the page cannot place at all ("last night" in a transcript
    posted days after the briefing): its reason is the row's, not a plain "no day"."""
    found = find_dates(article.clean, *mention.clause, article.published, article.published_time)
    return next((d for d in found if d.date is None and d.basis == "unknown"), None)


# "the ongoing attacks", "have staged attacks ... for months": the campaign, no news of a statement's day
_ACTS_OVER_TIME = GRAMMAR.pattern("acts_over_time")
# "Attacks on US forces, mostly in Iraq and Syria, intensified after the war erupted": the same
_ACTS_TREND = GRAMMAR.pattern("acts_trend")


def _fresh(article: Article, day: dt.date) -> bool:
    """Whether a notice's day is the news of the page's day: that day or the one before."""
    return article.published is not None and 0 <= (article.published - day).days <= 1


_ADVISORY_REACH = 100  # characters from the advisory's name to the day it was told
_NOTICE_NIGHT = GRAMMAR.pattern("small_hours_day")  # "said early Wednesday": a notice of the night before
_OTHER_TIME = GRAMMAR.pattern("other_time_told")


def _advised(clean: str, said: DateMention, mention: Mention, lex: Lexicons) -> bool:
    """"The captain reported an attack on the vessel, the agency said in an advisory on Thursday":
    a notice that reports an incident as it happens ([vocabulary] advisory_voices) tells an
    attack on its day; an official's telling comes after the fact, and dates nothing. A notice of
    the small hours ("said early Wednesday") may tell the night before, and a sentence that writes
    another time for the act ("last week", "earlier this month") tells it later: neither is dated."""
    start, end = mention.sentence
    if (mention.act != "attack" or said.start < start or _NOTICE_NIGHT.search(said.text)
            or _OTHER_TIME.search(clean, start, end)):
        return False  # "hit a tanker last week, the agency said on Sunday": not the notice's day
    near = max(start, said.start - _ADVISORY_REACH), min(end, said.end + _ADVISORY_REACH)
    return lex.advisories.search(clean, *near) is not None


# "the recent attacks on U.S. bases since the start of the war": acts counted from a start, told
# after a statement's day; the campaign so far, not an event of that day.
_COUNTED_FROM = GRAMMAR.pattern("counted_from")


_COUNTED_REACH = 100  # characters from the acts to the start they are counted from


# "Attacks on US troops reach 55", "attacked 55 times": plural acts counted to a total
_COUNTED_TO = GRAMMAR.pattern("counted_to")
# "59 personnel have been injured in the attacks": the harm of acts told back in the plural
_HARMED_IN_THEM = GRAMMAR.pattern("harmed_in_them")
_HARMED_BY = GRAMMAR.pattern("harmed_by")
# "At least 46 troops have been injured": people harmed counted as a running total (a tally)
_HARMED_RUNNING = GRAMMAR.pattern("harmed_running")
# "have been targeted with multiple attacks since October": a passive act as plural as its instrument
_ACTS_AS_INSTRUMENT = GRAMMAR.pattern("acts_as_instrument")


def _counted(article: Article, mention: Mention) -> bool:
    """Plural acts whose words count them from a start ("the attacks ... since the onset of the
    war") or to a total ("Attacks on US troops reach 55"), and people hurt in acts told back in
    the plural ("have been injured in those attacks") or counted as a running total ("at least
    46 troops have been injured"): the day of the statement telling them is not theirs."""
    clean = article.clean
    before = max(mention.sentence[0], mention.start - 60)
    if _a_counted_part(clean, mention):
        return True  # "Of those attacks, 12 targeted <a base>": a number of the acts counted before
    if _HARMED_IN_THEM.match(clean, mention.end) or (
            mention.plural and _HARMED_BY.search(clean, before, mention.start)):
        return True
    if _HARMED_RUNNING.search(clean, before, mention.start):
        return True  # "At least 46 troops have been injured": the campaign's running figure
    reach = min(mention.sentence[1], mention.end + _COUNTED_REACH)
    plural = mention.plural or _ACTS_AS_INSTRUMENT.match(clean, mention.end, reach) is not None
    return plural and (_COUNTED_FROM.search(clean, mention.end, reach) is not None
                               or _COUNTED_TO.search(clean, mention.end, reach) is not None)


# "strikes ... in retaliation for the drone attack", "in response to their attack": the act
# answered, told before the answer and not on the day of the statement announcing it.
_CAUSE = GRAMMAR.pattern("cause")


def _reacted_to(clean: str, mention: Mention) -> bool:
    """The act named as the object of a reaction ("We condemn the missile attacks on the ship," the
    ministry said; rule reacted_to): told after the fact by a side that did not report it, so the
    day of the statement reacting to it (even the lede's) is the reaction's, never the act's."""
    return _REACTED_TO.search(clean, max(mention.clause[0], mention.start - 80), mention.start) is not None


def _told_as_cause(clean: str, mention: Mention) -> bool:
    """The mention's clause opens with the cue of the act it caused ("in retaliation for"), or
    the act is named as someone's reason ("a leader it blames for attacks")."""
    return (_CAUSE.match(clean, mention.clause[0], mention.start) is not None
            or named_as_cause(clean, mention.clause[0], mention.start)
            or _one_of_the_causes(clean, mention))


_INCLUDING = GRAMMAR.pattern("including")
_CAUSE_ANYWHERE = GRAMMAR.pattern("cause_anywhere")
_CAUSE_LIST_REACH = 160  # characters from the cause's cue to the clause that names one of its acts


def _one_of_the_causes(clean: str, mention: Mention) -> bool:
    """"Strikes in response to a series of assaults on US bases, including a drone attack that killed
    three soldiers": an act named in an "including" clause right after acts named as a cause is one
    of them, told as the cause too, not reported on the statement's day."""
    start = mention.clause[0]
    return (_INCLUDING.match(clean, start, mention.start) is not None
            and _CAUSE_ANYWHERE.search(clean, max(mention.sentence[0], start - _CAUSE_LIST_REACH), start)
            is not None)


_DAYS_APART = GRAMMAR.pattern("days_apart")
_NUMBER = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_APART_REACH = 80  # characters between "two days after" and the act it counts to


def _days_apart(article: Article, mention: Mention, usable: list[DateMention]) -> _Dated | None:
    """"The attack late Sunday came two days after the U.S. military carried out strikes": an
    act on one side of "N days after/before" and the one day the other side gives."""
    clean = article.clean
    begin, end = mention.sentence
    for cue in _DAYS_APART.finditer(clean, begin, end):
        after = cue["rel"].lower() == "after"
        if cue.end() <= mention.start <= cue.end() + _APART_REACH:  # the act follows the cue
            days, sign = {d.date for d in usable if d.end <= cue.start()}, -1 if after else 1
        elif mention.end <= cue.start():  # the act precedes it: "the strikes came two days after ..."
            days, sign = {d.date for d in usable if d.start >= cue.end()}, 1 if after else -1
        else:
            continue
        if len(days) == 1 and None not in days:
            (day,) = days
            assert day is not None
            shift = _NUMBER.get(cue["n"].lower()) or int(cue["n"])
            return _Dated(mention, day + dt.timedelta(days=sign * shift),
                          f"'{cue[0]}' the day the sentence gives ({day:%d %b %Y})", basis="days-apart",
                          counted_from=day)
    return None


def _binds_act(clean: str, day: DateMention, mention: Mention) -> bool:
    """A day written right after the act's words ("struck ... on Wednesday"), in its clause,
    with no verb of saying or another clause between; right before its verb ("jets on Sunday
    shot down"); or opening the act's sentence (:func:`_opens_act`)."""
    if 0 <= mention.start - day.end <= 2 and not clean[day.end:mention.start].strip():
        return True
    if _opens_act(clean, day, mention):
        return True
    between = clean[mention.end:day.start]
    return 0 <= day.start - mention.end <= 60 and not re.search(r"[,;]|\b(?:said|says|that|who|which)\b",
                                                                 between)


# "On June 17, jets struck 13 targets", a timeline's "June 17 - jets strike 13 targets": a day that
# opens the sentence, told by nothing but the act after it (never "On Monday, officials said ...")
_DAY_LEADS = GRAMMAR.pattern("day_leads")
_DAY_ENDS = re.compile(r"\s*(?:,|-|\u2013|\u2014|:)\s")
_ACT_TOLD = GRAMMAR.pattern("saying_told")


def _opens_act(clean: str, day: DateMention, mention: Mention) -> bool:
    """Whether the day opens the act's sentence and nothing says the act between them."""
    return (day.end <= mention.start and mention.start - day.end <= 80
            and _DAY_LEADS.fullmatch(clean, mention.sentence[0], day.start) is not None
            and _DAY_ENDS.match(clean, day.end) is not None
            and not _ACT_TOLD.search(clean, day.end, mention.start))


def _own_partial(article: Article, mention: Mention) -> DateMention | None:
    """A day without its year in the mention's clause ("On January 20, militias launched ..." in
    an undated article): kept, so that another report of the same event can place it; never the
    day of another act the clause names ("the counterstrikes to the January 28 attack"), nor of a
    saying told right after it ("on April 23, <a name>, a spokesman, attributed the attacks": as a
    dated article's, :func:`_said_after`)."""
    text = article.clean
    found = [d for d in find_dates(text, *mention.clause, None)
             if d.month_day and ((_modifies(d, mention) and text[max(0, d.start - 4):d.start] == "the ")
                                 or not _SINCE.search(text, max(mention.clause[0], d.start - 20), d.start))
             and not _day_of_another_act(text, d, mention) and not _hurt_after(text, d, mention)
             and not _said_after(text, d, mention)]
    return found[0] if len(found) == 1 else None


def _modifies(day: DateMention, mention: Mention) -> bool:
    """"the Feb. 2 U.S. strikes": a day right before the act word names the act's day."""
    return day.end <= mention.start and mention.start - day.end <= 15


# A clause hung on another by "when" or "where" tells the same moment and place: "the first
# of them came on <a day>, when two rockets struck <a base>"; "an attack on <an outpost>,
# where five rockets hit the base on <a day>".
_WHEN = GRAMMAR.pattern("when_clause")
_WHERE = GRAMMAR.pattern("where_clause")
_CLAUSE_MARK = re.compile(r"[,;]")


def _linked_day(article: Article, mention: Mention, names: Names, lex: Lexicons,
                anchor: Anchor | None) -> DateMention | None:
    """The day of the clause a mention's clause hangs on (see ``_WHEN``): for a clause opening
    with "when", the day that ends the clause before it; for an attack whose clause is followed
    by one opening with "where" that names a munition, that clause's one day. Never the day of
    a statement ("said on Monday, when asked about the attack"), never a start ("since")."""
    clean = article.clean
    begins, ends = mention.sentence
    named = _the_day_of(article, mention, anchor)
    if named is not None:
        return named
    if _WHEN.match(clean, mention.clause[0]):
        cut = max(clean.rfind(",", begins, mention.clause[0]), clean.rfind(";", begins, mention.clause[0]))
        segment = (cut + 1 if cut >= 0 else begins, mention.clause[0])
        days = _clause_days(article, segment, anchor)[-1:]
        if days and clean[days[0].end:segment[1]].strip(" ,"):
            return None  # the day does not end the clause the "when" hangs on
    elif mention.act == "attack" and (where := _WHERE.match(clean, mention.clause[1], ends)):
        stop = _CLAUSE_MARK.search(clean, where.end(), ends)
        segment = (mention.clause[1], stop.start() if stop else ends)
        if not any(lex.topic.weapon(h.name).kind == "munition"
                   for h in names.within(names.weapons, *segment)):
            return None  # "where U.S. troops are stationed": the place, not the act again
        days = _clause_days(article, segment, anchor)
    else:
        return None
    return days[0] if len(days) == 1 else None


# "there have been none since February 4, the day six fighters were killed in a drone attack on a
# U.S. facility": a day named by what happened on it, in apposition.
_THE_DAY = GRAMMAR.pattern("the_day")
_THE_DAY_REACH = 120  # characters from "the day" to the act it names


def _the_day_of(article: Article, mention: Mention, anchor: Anchor | None) -> DateMention | None:
    """The day an apposition names by the mention's act ("<a day>, the day <the act>"); never for
    the campaign ("the day the attacks began") or acts counted together."""
    clean = article.clean
    if mention.aspect or mention.plural or ", the " not in clean[mention.sentence[0]:mention.start]:
        return None
    for day in find_dates(clean, mention.sentence[0], mention.start, article.published,
                          article.published_time, anchor):
        tie = _THE_DAY.match(clean, day.end, mention.start)
        if (tie is not None and mention.start - tie.end() <= _THE_DAY_REACH
                and ";" not in clean[tie.end():mention.start]
                and ((day.precision == "day" and day.date is not None) or day.month_day)):
            return day
    return None


def _clause_days(article: Article, segment: tuple[int, int], anchor: Anchor | None) -> list[DateMention]:
    """The days of a clause that may be an act's: day-precise or a day without its year, never
    after a verb of saying or a start."""
    clean = article.clean
    return [d for d in find_dates(clean, *segment, article.published, article.published_time, anchor)
            if ((d.precision == "day" and d.date is not None) or d.month_day)
            and not _SPOKEN.search(clean, max(segment[0], d.start - 40), d.start)
            and not _bounds_span(clean, segment[0], d.start)]


# "a drone strike earlier in the day", "Additionally, on the same day, forces faced rockets at
# <a base>", "injured by drone attacks the day before": the act's day is counted from the day
# told before it, in its sentence or the one before. "The day before the vote" is another day's
# (``_days_apart`` reads "two days after the attack").
_COORDINATED_CLAUSE = GRAMMAR.pattern("coordinated_clause")
_OPENING_SCOPE_BREAK = GRAMMAR.pattern("opening_scope_break")


def _opening_of_coordinated(article: Article, mention: Mention,
                            usable: list[DateMention]) -> DateMention | None:
    """"On Monday, there were two rocket attacks at <a base>, and a drone attack at <another>": a day
    that opens the sentence governs each clause joined to the first as its equal (rule
    coordinated_clause), as it governs the first; not past a saying, a cause, a time of the
    clause's own or a relative clause (rule opening_scope_break), which may tell another day."""
    clean = article.clean
    opening = next((d for d in usable if d.start < mention.clause[0]
                    and _OPENING_DAY.fullmatch(clean, mention.sentence[0], d.start)), None)
    if opening is None or not _COORDINATED_CLAUSE.match(clean, mention.clause[0], mention.start + 1):
        return None
    if _OPENING_SCOPE_BREAK.search(clean, opening.end, mention.clause[1]):
        return None
    if any(d.start >= opening.end for d in find_dates(clean, opening.end, mention.clause[1],
                                                      article.published, article.published_time)):
        return None  # another time in the sentence ("in January", "on Oct. 18"): not one day's list
    return opening


_SAME_DAY = GRAMMAR.pattern("same_day")
_SAME_DAY_OPENS = 24  # characters from a sentence's start within which the cue opens it ("Additionally, ")


def _day_cue(clean: str, mention: Mention) -> re.Match[str] | None:
    """A same-day (or day-before, day-after) cue in the mention's clause, or opening its sentence;
    never the cue of a statement ("said in a statement the same day")."""
    begins, ends = mention.sentence
    clause = range(*mention.clause)
    cue = next((m for m in _SAME_DAY.finditer(clean, begins, ends)
                if m.start() in clause or m.start() - begins <= _SAME_DAY_OPENS), None)
    if cue is None or _SPOKEN.search(clean, max(begins, cue.start() - 40), cue.start()):
        return None
    return cue


def _same_day(article: Article, mention: Mention, usable: list[DateMention], lex: Lexicons,
              anchor: Anchor | None) -> DateMention | None:
    """The day a same-day (or day-before, day-after) cue in the mention's clause, or opening its
    sentence, counts from: the last day before the cue in the sentence, else the last day of the
    sentence before. Never the cue of a statement ("said in a statement the same day")."""
    clean = article.clean
    begins = mention.sentence[0]
    cue = _day_cue(clean, mention)
    if cue is None:
        return None
    before = [d for d in usable if d.end <= cue.start()]
    if not before:
        sentences = all_sentences(clean)
        index = bisect.bisect_left(sentences, begins, key=lambda sentence: sentence[1])
        before = _usable(article, lex, *sentences[index - 1][1:], anchor) if index > 0 else []
    told = before[-1] if before else None
    if told is None or told.date is None:
        return None
    shift = -1 if cue["before"] else 1 if cue["after"] else 0
    day = told.date + dt.timedelta(days=shift)
    if article.published is not None and day > article.published + dt.timedelta(days=1):
        return None  # after the page's own day: not an act it reports
    basis: DateBasis = "told-before" if shift == 0 else "days-apart"
    return DateMention(cue.start(), cue.end(), cue[0], day, "day",
                       f"'{cue[0]}' counted from '{told.text}' ({told.date:%d %b %Y})", basis=basis)


LEDE_SENTENCES = 3  # Phoenix codes the lede: the news of the day is told in the first sentences
_STATEMENT_REACH = 6


def _lede_statement(article: Article, mention: Mention, lex: Lexicons, anchor: Anchor | None,
                    reading: tuple[Names, Lexicons] | None = None) -> DateMention | None:
    """For the news told in the lede without its day, the day of the statement that announced it,
    a few sentences on ("... Austin said in a statement on Sunday"); none when that statement
    tells one act of another kind ("the gunship attacked the militants ..., the Pentagon reported
    on Tuesday" is not the day of the retaliatory strikes in the lede; issue 23, form 4)."""
    sentences = all_sentences(article.clean)
    if mention.sentence[0] > sentences[min(LEDE_SENTENCES, len(sentences)) - 1][1]:
        return None
    for _, start, end in sentences[:_STATEMENT_REACH]:
        for day in _usable(article, lex, start, end, anchor):
            if _FOOTAGE_DAY.search(article.clean, max(start, day.start - 40), day.start):
                continue
            if _SPOKEN.search(article.clean, max(start, day.start - 40), day.start):
                # an act's own day unread, or the news of what an act once befell ("the crew of a
                # ship damaged in an attack has been evacuated, the agency said on Friday")
                clean = article.clean
                if _unread_day_before(article, start, day) or _NEWS_OF_BEFELL.search(clean, start, end):
                    return None
                return None if reading and _tells_another(article, (start, end), mention, *reading) else day
    return None


def _unread_day_before(article: Article, start: int, said: DateMention) -> bool:
    """Whether the statement's sentence gives a day of its own before the saying's that could not
    be read, and read against the saying's day is another ("jets struck a depot on Thursday, the
    ministry said on Nov. 10, 2023", in an undated page): the act told there has that day, not the
    saying's (a gap, never the statement's day); "an attack today, the spokesman said on Monday"
    tells the saying's day."""
    clean = article.clean
    unread = [day for day in find_dates(clean, start, said.start, article.published, article.published_time)
              if day.date is None and not _bounds_span(clean, start, day.start)]
    return bool(unread) and any(day.date != said.date
                                for day in find_dates(clean, unread[0].start, said.start, said.date)
                                if not _bounds_span(clean, start, day.start) and day.end <= said.start)


_FOOTAGE_DAY = GRAMMAR.pattern("footage_day")
_NEWS_OF_BEFELL = GRAMMAR.pattern("news_of_what_befell")


def _tells_another(article: Article, sentence: tuple[int, int], mention: Mention, names: Names,
                   lex: Lexicons) -> bool:
    """Whether ``sentence``, another than the mention's, tells single acts, none of the mention's kind."""
    if sentence == mention.sentence:
        return False
    kinds = {m.type for m in SentenceReader(article.clean, names, lex, *sentence).mentions()
             if not m.plural and not m.claimed and not m.anaphor}
    return bool(kinds) and mention.type not in kinds


def _usable(article: Article, lex: Lexicons, start: int, end: int,
            anchor: Anchor | None = None) -> list[DateMention]:
    """Day-precise dates of a sentence that can be an event's day: not a start ("since Oct. 17"),
    not after publication, not more than a year before it."""
    found = []
    for day in find_dates(article.clean, start, end, article.published, article.published_time, anchor):
        if day.date is None or day.precision != "day":
            continue
        if _bounds_span(article.clean, start, day.start):
            continue
        if article.published and not (article.published - dt.timedelta(days=400) <= day.date
                                      <= article.published + dt.timedelta(days=1)):
            continue
        found.append(day)
    return _local_over_us(article.clean, found, _report_clock(lex))


def _report_clock(lex: Lexicons) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Rules us_time and us_clock_before ("at 11 p.m. ET on Saturday": a US evening), with the
    story's words for the clock reports tell its days in (``[event_words]``), compiled once per story."""
    found = _REPORT_CLOCKS.get(lex.topic.digest)
    if found is None:
        rules = Rules(grammar("events"), lex.topic.event_words.words())
        found = (rules.pattern("us_time"), rules.pattern("us_clock_before"))
        _REPORT_CLOCKS[lex.topic.digest] = found
    return found


_REPORT_CLOCKS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _local_over_us(clean: str, days: list[DateMention],
                   told_in: tuple[re.Pattern[str], re.Pattern[str]]) -> list[DateMention]:
    """Days told in US Eastern time, as the local day the briefing gives: one act told in both
    clocks ("late Saturday Eastern time, early Sunday morning in Jordan") keeps the local day only;
    a US evening ("late Saturday Eastern time", "11:30 p.m. Saturday ET") is the next day in the
    region, hours ahead; a US day with no evening stays as told, whatever next day the sentence
    also gives ("on Saturday Eastern time, and the wounded were flown out Sunday")."""
    us_time, us_clock_before = told_in
    clocked = [us_clock_before.search(clean, max(0, d.start - 40), d.start) is not None for d in days]
    us = [us_time.match(clean, d.end) is not None or c for d, c in zip(days, clocked, strict=True)]
    later = {d.date for d, in_us in zip(days, us, strict=True) if not in_us}
    kept = []
    for day, in_us, clock in zip(days, us, clocked, strict=True):
        evening = in_us and day.date is not None and (
            clock or _US_EVENING.search(day.text)
            or _PM_BEFORE.search(clean, max(0, day.start - 30), day.start))
        if not evening or day.date is None:
            kept.append(day)
        elif day.date + dt.timedelta(days=1) not in later:
            kept.append(replace(day, date=day.date + dt.timedelta(days=1), basis="local-time",
                                note=f"'{day.text}' US Eastern time: the next day in local time"))
    return kept


# a US evening: "late Saturday", "Saturday night"; "at about 11:30 p.m. Saturday" (5 p.m. on, when
# it is past midnight in the region)
_US_EVENING = GRAMMAR.pattern("us_evening")
_PM_BEFORE = GRAMMAR.pattern("pm_before")


def _own_day(article: Article, mention: Mention, usable: list[DateMention]) -> DateMention | None:
    """The day written in the mention's clause: right before the act word ("the Feb. 2 strikes",
    even after "since"), after it, else the nearest."""
    clean = article.clean
    direct = [d for d in find_dates(clean, max(mention.clause[0], mention.start - 40), mention.start,
                                    article.published, article.published_time)
              if d.date and d.precision == "day" and _modifies(d, mention)
              and not _said_after(clean, d, mention)  # "Tehran on Saturday condemned US air strikes"
              and not _answered_by_verb(clean, d, mention)  # "retaliated on Tuesday for a drone attack"
              and not _rite_for_its_dead(clean, d, mention)  # "a funeral on Wednesday for the victims
              and not _hurt_after(clean, d, mention)  # "visited on Monday troops injured in the strikes"
              # of the strike", "Mourners on Wednesday buried a man killed in the strike": the rite's day
              # "said Tuesday that a drone hit"; "said Saturday the strikes killed 16" is left to the
              # casualty report it is (statements.py)
              and (mention.anaphor or not _SPOKEN.search(clean, max(0, d.start - 40), d.start))
              and not re.search(r"[,;]|\b(?:and|said|since)\b", clean[d.end:mention.start])
              # after "since", only as a noun's modifier: "since the Feb. 2 strikes", not
              # "since Oct. 17 attacks on U.S. forces have ..."
              and (not _SINCE.search(clean, max(0, d.start - 20), d.start)
                   or re.search(r"\bthe\s+$", clean[max(0, d.start - 5):d.start]))]
    if direct:
        return direct[-1]
    clause = [d for d in usable if mention.clause[0] <= d.start < mention.clause[1]
              and _binds(clean, d, mention.act)
              and not _SPOKEN.search(clean, max(mention.clause[0], d.start - 40), d.start)
              and not _said_after(clean, d, mention) and not _day_of_another_act(clean, d, mention)
              and not _hurt_after(clean, d, mention)]
    after = [d for d in clause if d.start >= mention.end]
    cause = _told_as_cause(clean, mention)
    if cause:
        after = [d for d in after if _attached_after(clean, mention, d)]
    if mention.plural or cause:
        # "attacks on U.S. forces on Sunday", "Sunday's attacks"; not the day of another verb
        # of the clause ("launched a strike on Thursday ... blamed for recent attacks"), nor, for
        # one act named as someone's reason, the answer's ("a strike on Wednesday killed a leader
        # of the group blamed for an attack that killed three soldiers": the attack's day is not told)
        before = [d for d in clause if d.end <= mention.start
                  and (_gap(clean, d.end, mention.start) <= 40
                       or _OPENING_DAY.fullmatch(clean, mention.sentence[0], d.start))
                  and (d.text.endswith(("'s", "’s")) or not re.search(r"\b(?:that|who|which|for|after|said|"
                                                                    r"told|killed|blames?d?)\b",
                                                                    clean[d.end:mention.start]))]
        return after[0] if after else (before[-1] if before else None)
    if not clause:
        return None
    return after[0] if after else min(clause, key=lambda d: abs(d.start - mention.start))


_MANNER = re.compile(r"\b[a-z]+ly\s+", re.I)


def _gap(clean: str, start: int, end: int) -> int:
    """Characters between a day and the act word after it, without adverbs of manner: "on
    Saturday, it successfully conducted five strikes" is as close as "it conducted five strikes"."""
    return len(_MANNER.sub("", clean[start:end]))


# what ends the reach of a day over acts named as a cause before it: a clause's mark, a relative
# word, or a verb of what the answering act did ("accused of staging recent attacks on troops, was
# killed in a strike on Thursday")
_CAUSE_REACH_ENDS = GRAMMAR.pattern("cause_reach_ends")


def _attached_after(clean: str, mention: Mention, day: DateMention) -> bool:
    """Whether a day after plural acts named as a cause ("in response to a series of attacks",
    "a leader accused of staging recent attacks") is theirs: told right after them ("in response
    to the attacks on Sunday"), nothing of the answering act between. "A commander accused of
    staging recent attacks on troops was killed in a strike on Thursday": the day is the strike's,
    and the acts named as its reason have none of their own (issue 23: a strike's day given to
    the attacks it answered)."""
    return _CAUSE_REACH_ENDS.search(clean, mention.end, day.start) is None


_DAY_OF_AN_ACT = GRAMMAR.pattern("day_of_an_act")
_FRONTED = GRAMMAR.pattern("fronted_other_act")
_FRONTED_OPENER = GRAMMAR.pattern("fronted_time_opener")  # "A day after <an act>, ...": the act set apart
_OUTCOME_AFTER = GRAMMAR.pattern("outcome_after")
_REACTED_TO = GRAMMAR.pattern("reacted_to")
_FOR_ITS_VICTIMS = GRAMMAR.pattern("for_its_victims")
_RITE_FOR_THE_DEAD = GRAMMAR.pattern("rite_for_the_dead")
_KILLED_IN_THE_ACT = GRAMMAR.pattern("killed_in_the_act")
_HURT_IN_THE_ACT = GRAMMAR.pattern("hurt_in_the_act")


_HIT_IN_ITS_OBJECT = GRAMMAR.pattern("hit_in_its_object")
_TOLD_AS_PARTICIPLE = ("passive", "reduced_passive")  # the roles' rules that read an act from a participle


def _hurt_after(clean: str, day: DateMention, mention: Mention) -> bool:
    """Whether a day before the act governs another verb whose object is people the act hurt ("On
    Monday, the minister visited people injured in the strikes") or a place it hit, told in a clause
    after that object ("visited the base that was attacked", "toured the depot struck by jets"): the
    visit's day, not the act's."""
    if day.end > mention.start:
        return False
    return (_HURT_IN_THE_ACT.search(clean, day.end, mention.start) is not None
            or (mention.rule in _TOLD_AS_PARTICIPLE
                and _HIT_IN_ITS_OBJECT.search(clean, day.end, mention.start) is not None))


def _rite_for_its_dead(clean: str, day: DateMention, mention: Mention) -> bool:
    """Whether a day before the act is that of a rite for those it killed: right before "for the
    victims of", or in a sentence that tells a funeral, a burial or mourners and names the act, after
    the day, as what killed them ("Mourners on Wednesday buried a leader killed in the strike",
    "gathered on Wednesday to bury two men slain in the raid"). The strike may be days before."""
    if day.end > mention.start:
        return False
    if _FOR_ITS_VICTIMS.match(clean, day.end, mention.start):
        return True
    return (_KILLED_IN_THE_ACT.search(clean, day.end, mention.start) is not None
            and _RITE_FOR_THE_DEAD.search(clean, mention.sentence[0], mention.start) is not None)
_ANSWERED_ACT = GRAMMAR.pattern("answered_act")
_ANSWERED_BY_VERB = GRAMMAR.pattern("answered_by_verb")
_ANSWER_OBJECT_ENDS = GRAMMAR.pattern("answer_object_ends")


def _day_of_another_act(clean: str, day: DateMention, mention: Mention) -> bool:
    """A day standing before the noun of an act of the other kind names that act's day ("U.S.
    strikes answered the Dec. 24 attack", "Sunday's attack prompted strikes"): not the mention's
    (issue 23, form 5). Nor is the day of the main clause after a phrase that opens the sentence
    by naming the act as its cause ("In retaliation for attacks on US troops, jets struck ...")."""
    if (day.end <= mention.start and "," in clean[day.end:mention.start]
            and _FRONTED.search(clean, mention.sentence[0], day.start)):
        return True  # "Prior to the US response on Oct. 26, the attacks had caused ...": the response's
    if (day.start >= mention.end and "," in clean[mention.end:day.start]
            and (_CAUSE.match(clean, mention.sentence[0], mention.start)
                 or (_FRONTED_OPENER.match(clean, mention.sentence[0], mention.start)
                     and "," not in clean[mention.sentence[0]:mention.start]))):
        return True  # "In retaliation for attacks on US troops, jets struck ... on Monday": the answer's
    if day.start >= mention.end and _OUTCOME_AFTER.search(clean, mention.end, day.start):
        return True  # "A ship attacked by the raiders sank on Friday": the sinking's day, not the attack's
    if day.start >= mention.end and _REACTED_TO.search(clean, max(mention.sentence[0], mention.start - 80),
                                                        mention.start):
        return True  # "Baghdad condemned the attack on Wednesday": the condemnation's day
    if day.start >= mention.end and _ANSWERED_ACT.search(clean, mention.end, day.start):
        return True  # "struck depots on Friday for a drone strike on a base last Sunday": the answered act's
    if day.end <= mention.start and _answered_by_verb(clean, day, mention):
        return True  # "The US retaliated on Tuesday for a drone attack": the answer's day
    if _rite_for_its_dead(clean, day, mention):
        return True  # "held a funeral on Wednesday for the victims of the strike": the funeral's day
    noun = _DAY_OF_AN_ACT.match(clean, day.end)
    if noun is None or day.end <= mention.start < noun.end():
        return False
    return ("attack" if noun["attack"] else "strike") != _family(mention)  # "Sunday's strikes hit": one act


def _answered_by_verb(clean: str, day: DateMention, mention: Mention) -> bool:
    """Whether the act is told in the object of an answer's verb ("retaliated for a drone attack
    that hurt three troops") and the day is told before the verb's object, with the verb ("On
    Tuesday, <a country> responded to the attack"): the day is then the answer's."""
    answer = _answer_before(clean, mention)
    return answer is not None and answer.start() - 40 <= day.start and day.end <= answer.end()


def _answer_before(clean: str, mention: Mention) -> re.Match[str] | None:
    """The answer's verb whose object tells the act ("the US retaliated on Tuesday for |a drone
    attack"), if any: in the act's sentence, with no end of its object between them."""
    answers = _ANSWERED_BY_VERB.finditer(clean, max(mention.sentence[0], mention.start - 120), mention.start)
    answer = next(reversed(list(answers)), None)  # the last before the act
    if answer is None or _ANSWER_OBJECT_ENDS.search(clean, answer.end(), mention.start):
        return None
    return answer


# "In the early hours of 12 May, the two allies' air forces conducted strikes": a day that opens
# the sentence is its acts' however far the act word is from it
_OPENING_DAY = GRAMMAR.pattern("opening_day_lead")


# A list's or timeline's entry: its day opens it and a colon or a dash follows ("Tuesday: rockets
# at ...", "Oct. 18 — two drones ...", "• Friday - ..."); each entry is its own day's.
_ENTRY_OPENS = re.compile(r"[\s\"'“‘(•*·▪◦>–—-]*")
_ENTRY_MARK = GRAMMAR.pattern("entry_mark")
_ENTRY_CAUSE = GRAMMAR.pattern("entry_cause")


def _entry_day(article: Article, mention: Mention, usable: list[DateMention]) -> DateMention | None:
    """The day that opens a list entry telling the mention (see ``_ENTRY_MARK``)."""
    clean = article.clean
    first = next((d for d in usable if d.start < mention.start), None)
    if first is None or not _ENTRY_OPENS.fullmatch(clean, mention.sentence[0], first.start):
        return None
    if _ENTRY_CAUSE.search(clean, max(first.end, mention.start - 60), mention.start):
        return None  # "Nov. 21 - jets strike two sites after a missile attack on al-Asad": not its day
    return first if _ENTRY_MARK.match(clean, first.end) and _binds(clean, first, mention.act) else None


def _entry_opening(article: Article, sentence: tuple[int, int], lex: Lexicons,
                   anchor: Anchor | None) -> DateMention | None:
    """The day opening a list's entry at the start of ``sentence`` ("Oct. 19 – ..."), if one does."""
    clean = article.clean
    if not ENTRY_HEAD.match(clean, *sentence):
        return None
    first = next(iter(_usable(article, lex, *sentence, anchor)), None)
    if first is None or not _ENTRY_OPENS.fullmatch(clean, sentence[0], first.start):
        return None
    return first if _ENTRY_MARK.match(clean, first.end) else None


@functools.lru_cache(maxsize=8)
def _paragraph_openers(clean: str) -> tuple[int, ...]:
    """For each sentence of ``clean`` (:func:`all_sentences`), the index of its paragraph's first."""
    sentences = all_sentences(clean)
    firsts: list[int] = []
    for index, (paragraph, _, _) in enumerate(sentences):
        firsts.append(firsts[-1] if index and sentences[index - 1][0] == paragraph else index)
    return tuple(firsts)


def _entry_paragraph_day(article: Article, sentence: tuple[int, int], lex: Lexicons,
                         anchor: Anchor | None) -> DateMention | None:
    """For a sentence with no day of its own, after the first of its paragraph: the day opening that
    paragraph as a list's entry ("Oct. 19 – Drones hit a base in Syria. Separately, rockets ..."):
    an entry runs to the end of its paragraph."""
    clean = article.clean
    first = _entry_paragraph(article, sentence)
    if first is None:
        return None
    if find_dates(clean, *sentence, article.published, article.published_time, anchor):
        return None  # a day (or a month) of its own
    day = _entry_opening(article, first, lex, anchor)
    if day is None or day.date is None:
        return None
    return replace(day, note=f"the entry opening '{day.text}'")


def _entry_paragraph(article: Article, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The first sentence of ``sentence``'s paragraph when it opens as a list's entry and is not
    ``sentence`` itself (:func:`_entry_paragraph_day`), else None."""
    return _entry_continued(article.clean).get(sentence[0])


@functools.lru_cache(maxsize=8)
def _entry_continued(clean: str) -> dict[int, tuple[int, int] | None]:
    """For each sentence of ``clean`` after the first of a paragraph that opens as a list's entry,
    by where it starts: that first sentence (:func:`_entry_paragraph`, asked of most sentences)."""
    sentences = all_sentences(clean)
    entry: dict[int, bool] = {}  # by a paragraph's first sentence: whether it opens as an entry
    found: dict[int, tuple[int, int] | None] = {}
    for index, first in enumerate(_paragraph_openers(clean)):
        if first != index and first not in entry:
            entry[first] = ENTRY_HEAD.match(clean, *sentences[first][1:]) is not None
        # the first sentence starting there decides, as a search of the starts did
        continued = first != index and entry[first]
        found.setdefault(sentences[index][1], sentences[first][1:] if continued else None)
    return found


_HEADING = 40  # characters: a line holding only a day ("January 12", "Friday, Jan. 12, 2024")
_HEADING_REST = GRAMMAR.pattern("heading_rest")


def _heading_day(article: Article, sentence: tuple[int, int], lex: Lexicons,
                 anchor: Anchor | None) -> DateMention | None:
    """A timeline whose entries open with a line holding only their day, the entry's sentences
    after it ("January 12" / "US and UK forces strike ..."): a sentence after such a heading and
    before the next one, with no day of its own, takes the heading's day. Only in an article with
    two headings or more (a lone day on its own line may be a date line)."""
    headings = _day_headings(article.clean, article.published, article.published_time, anchor)
    before = [day for day in headings if day.end <= sentence[0]]
    if len(headings) < 2 or not before:
        return None
    if any(day.basis not in _FROM_PAGE for day in _usable(article, lex, *sentence, anchor)):
        return None  # a day written in it, read (or refused) by the rules before
    return replace(before[-1], note=f"the timeline's heading '{before[-1].text}'", basis="written")


_FROM_PAGE = frozenset({"relative", "weekday", "local-time"})  # days counted from the page's date


@functools.lru_cache(maxsize=8)
def _day_headings(clean: str, published: dt.date | None, published_time: dt.time | None,
                  anchor: Anchor | None) -> tuple[DateMention, ...]:
    """The days that stand alone on a line of their own (a sentence of a day and nothing else)."""
    found = []
    for _, start, end in all_sentences(clean):
        if end - start > _HEADING or not re.search(r"\d", clean[start:end]):
            continue  # long, or no number: no day alone on its line
        days = [d for d in find_dates(clean, start, end, published, published_time, anchor)
                if d.date is not None and d.precision == "day"]
        if (len(days) == 1 and _HEADING_REST.fullmatch(clean, start, days[0].start)
                and _HEADING_REST.fullmatch(clean, days[0].end, end)):
            found.append(days[0])
    return tuple(found)


def _verbless_entries(article: Article, sentence: tuple[int, int], names: Names, lex: Lexicons,
                      anchor: Anchor | None) -> list[_Dated]:
    """The entries of a list told without a verb ("Friday: rockets at <a base>"; see
    :mod:`.entries`), each on the day that opens it; an entry runs to the next one, which
    opens the sentence or follows a semicolon or a line break."""
    clean = article.clean
    if not ENTRY_HEAD.match(clean, *sentence):
        # most sentences open with no day and a colon or a dash; one may go on an entry
        if _entry_paragraph(article, sentence) is None or not may_tell(clean, names, lex, sentence):
            return []  # no entry goes on here, or nothing it could tell: no day is looked for
        going_on = _entry_paragraph_day(article, sentence, lex, anchor)
        if going_on is None or going_on.date is None or going_on.date < lex.topic.campaign.start:
            return []
        return [_Dated(mention, going_on.date, going_on.note, basis=going_on.basis)
                for mention in verbless_mentions(clean, names, lex, sentence, sentence)]
    usable = _usable(article, lex, *sentence, anchor)
    opens = [d for d in usable if _ENTRY_MARK.match(clean, d.end)
             and (_ENTRY_OPENS.fullmatch(clean, sentence[0], d.start)
                  or re.search(r"[;\n•]\s*$", clean[sentence[0]:d.start]))]
    if not opens:
        return []
    found: list[_Dated] = []
    for day, after in zip(opens, [*(d.start for d in opens[1:]), sentence[1]], strict=True):
        if day.date is None or day.date < lex.topic.campaign.start:
            continue
        body = (_ENTRY_MARK.match(clean, day.end).end(), after)  # type: ignore[union-attr]
        found += [_Dated(mention, day.date, day.note or f"the entry opening '{day.text}'", basis=day.basis)
                  for mention in verbless_mentions(clean, names, lex, body, sentence)]
    return found


def _said_day(article: Article, mention: Mention, usable: list[DateMention]) -> DateMention | None:
    """The day of the statement that tells the news ("said in a statement on Sunday that ..."),
    or a day opening the sentence ("On Sunday, ..."), when no other clause has a day of its own."""
    clean = article.clean
    spoken = [d for d in usable if _SPOKEN.search(clean, max(mention.sentence[0], d.start - 40), d.start)
              or _said_after(clean, d, mention)]
    # "Sunday's attack prompted U.S. strikes": a possessive day opening the sentence is its noun's
    opening = [d for d in usable if d.start < mention.start and _binds(clean, d, mention.act)
               and _OPENING.fullmatch(clean, mention.sentence[0], d.start)
               and not _hurt_after(clean, d, mention)]  # "On Monday, X visited people injured in it"
    candidates = spoken or opening
    return candidates[0] if len(candidates) == 1 or len({d.date for d in candidates}) == 1 else None


def _binds(clean: str, day: DateMention, act: Act) -> bool:
    """"Wednesday's strikes" dates only strikes; "Sunday's attack" only attacks."""
    if not day.text.endswith(("'s", "’s")):
        return True
    # the head of "Saturday's ballistic missile attack" is "attack"
    possessive = _POSSESSIVE.match(clean, day.end - 2)
    words = possessive.group(1).lower().split() if possessive else []
    noun = next((w for w in words
                 if re.match(r"strike|airstrike|raid|retaliat|bomb|attack|drone|rocket|missile", w)),
                "")
    if noun.startswith(("strike", "airstrike", "raid", "retaliat", "bomb")):
        return act == "strike"
    if noun.startswith(("attack", "drone", "rocket", "missile")):
        return act == "attack"
    return False  # "Thursday's briefing": the day of something else


_SPAN_START = GRAMMAR.pattern("span_start")


def _known(article: Article, mention: Mention, known: Iterable[KnownEvent]) -> KnownEvent | None:
    """A named event of the topic that this undated mention tells, if the article is recent enough."""
    if _a_counted_part(article.clean, mention):
        return None  # "Of those attacks, 12 targeted <the named base>": a number of acts, not the event
    # The name must be in the mention's own words: "The Baghdad strike follows strikes on 85
    # targets" names the 85-target strikes for the second strike only.
    # Nor in a span's start after it: "the most significant strike since the U.S. hit 85 targets"
    # compares another strike with them (rule since_act; issue 23, form 5).
    # ... nor after "weeks after": "a tanker was hit, weeks after the attack on <ship>" (span_start)
    since = _SPAN_START.search(article.clean, mention.end, mention.zone[1])
    sentence = article.clean[mention.zone[0]:since.start() if since else mention.zone[1]]
    family = _family(mention)
    told = [event for event in known if _family(event) == family and _remembered(article, event)
            and event.placed(mention.country) and event.told_in(sentence)
            and not _told_only_before(sentence, event, mention.start - mention.zone[0])
            and not _told_only_rescued(sentence, event, mention.start - mention.zone[0])]
    # "One hour after the attack on <ship A>, <ship B> was hit": the name nearest the act word
    # is the act's; the other dates the act it is counted from (the profile's order breaks ties)
    at = mention.start - mention.zone[0]
    return min(told, key=lambda event: event.distance(sentence, at)) if told else None


_PARTITIVE = GRAMMAR.pattern("partitive")
PART_WORDS = 2  # words between "12 of those" and the act word counted ("12 of those drone attacks")


def _a_counted_part(clean: str, mention: Mention) -> bool:
    """Whether the act is counted in its clause as a part of acts told before ("12 of those
    attacks", "Of those attacks, 12 targeted ..."; rule partitive): the part's words end at the act
    word, or hold it; "Two of the soldiers killed in the attack" counts people, not acts."""
    part = _PARTITIVE.search(clean, *mention.clause)
    if part is None or part.start() >= mention.end:
        return False
    return mention.start < part.end() or len(clean[part.end():mention.start].split()) <= PART_WORDS


# an act told as another than the one just named ("another drone hit the base on Sunday")
_TOLD_AS_ANOTHER = GRAMMAR.pattern("told_as_another")


def _known_told_before(article: Article, mention: Mention, known: Iterable[KnownEvent]) -> _Dated | None:
    """"... a response to the attack on <the named base>. Militants had attacked the base with a drone
    on Sunday.": on a page with no date, an act told with one weekday and no other day, in the sentence
    right after one that tells a known event of its kind and place, is that event when its known day is
    that weekday: two anchors that agree (issue 23, form 1: a named event in the same article). Never
    an act told as another ("another drone ... on Sunday") or over a time ("since", "again")."""
    clean = article.clean
    if article.published is not None:
        return None  # a dated page's weekday is counted from its date
    clause = clean[mention.clause[0]:mention.clause[1]]
    named = {m.group(1).lower() for m in _WEEKDAY_NAME.finditer(clause)}
    sentence = clean[mention.sentence[0]:mention.sentence[1]]
    if len(named) != 1 or _NOT_A_PART.search(sentence) or _TOLD_AS_ANOTHER.search(sentence):
        return None
    before = [(start, end) for _, start, end in all_sentences(clean) if end <= mention.sentence[0]]
    if not before:
        return None
    told = clean[before[-1][0]:before[-1][1]]
    fits = [event for event in known if _family(event) == _family(mention) and event.placed(mention.country)
            and WEEKDAYS[event.date.weekday()] in named and _told_as_news(told, event)]
    if len(fits) != 1:
        return None
    (event,) = fits
    why = (f"the {event.name} ({event.date:%d %b %Y}, a {event.date:%A}), told in the sentence before, on "
           "the weekday it names")
    return _Dated(replace(mention, type=event.type), event.date, why, basis="named-event", known=event)


def _told_as_news(sentence: str, event: KnownEvent) -> bool:
    """Whether a sentence tells a known event other than only as the time before another act ("the
    deadliest attack since the drone strike on <the base>": the act told next is a later one)."""
    return any(not (_as_before(sentence, at) or told_at_another_time(sentence))
               for at in event.told_at(sentence))


def _told_only_before(sentence: str, event: KnownEvent, at: int) -> bool:
    """Whether a sentence tells a known event only as the time before the act at ``at`` ("The raid
    came two weeks after the drone strike on <the base>": the raid is a later act), the act's word
    not being the event's own name (rule named_as_before)."""
    if event.distance(sentence, at) == 0 or _as_before(sentence, at):
        return False  # the act's word is in the name, or told as the time before: the event itself
    return all(_as_before(sentence, m) for m in event.told_at(sentence))


_NAMED_AS_RESCUED = GRAMMAR.pattern("named_as_rescued")


def _told_only_rescued(sentence: str, event: KnownEvent, act: int) -> bool:
    """Whether a sentence names a known event's ship only after its act (at ``act``), as what an
    effort works to save ("ships came under attack ... a pause to salvage the burning tanker <ship>";
    rule named_as_rescued): that act is another (issue 22, red-sea q). An act told after the name
    ("the tanker <ship>, set ablaze by an attack") is the ship's own."""
    return all(at > act and _NAMED_AS_RESCUED.search(sentence[:at]) for at in event.told_at(sentence))


_CLAUSE_WORDS = 5  # words of the earlier act's own clause before its name ("after three soldiers died at")


def _as_before(sentence: str, at: int) -> bool:
    """Whether the words before ``at`` tell what follows as the time before another act (rule
    named_as_before), reading past up to a few more words of the earlier act's clause ("months after
    three soldiers were killed at <the base>"), never past a comma or a stop."""
    clause = re.split(r"[,;:.]", sentence[:at])[-1]
    starts = [m.start() for m in re.finditer(r"\S+\s+", clause)][-_CLAUSE_WORDS:]
    cut = at - len(clause)
    return any(_NAMED_AS_BEFORE.search(sentence[:cut + k]) for k in [*starts, len(clause)])


_NEWS_DAYS = 2  # a dated page's undated act: of its day, or of the one or two before (a wire ahead)


def _news_of(article: Article, event: KnownEvent) -> bool:
    """Whether the event may be a dated page's news: of the page's day or its last few (an
    undated page: any)."""
    return article.published is None or -1 <= (article.published - event.date).days <= _NEWS_DAYS


def _remembered(article: Article, event: KnownEvent) -> bool:
    """An undated article still cannot tell of an event before it happened; a dated one only
    names it while it is remembered."""
    age = (article.published - event.date).days if article.published else 0
    return -1 <= age <= event.remembered_days


def _known_on(month_day: tuple[int, int] | None, mention: Mention,
              known: Iterable[KnownEvent]) -> KnownEvent | None:
    """The named event of the mention's kind and country on that month and day, if one year has
    them (two ships hit that day: either gives the year)."""
    same = [e for e in known
            if (e.date.month, e.date.day) == month_day and _family(e) == _family(mention)
            and e.placed(mention.country)]
    return same[0] if len({e.date for e in same}) == 1 else None


def _family(told: Mention | KnownEvent) -> str:
    """The act a mention or a known event tells: "Wednesday's strikes" names the strikes alone."""
    return told.act


def _ship_named_apart(article: Article, found: list[_Dated], lex: Lexicons) -> list[_Dated]:
    """"A bulker was struck by missiles off Yemen. ... Reports identify the vessel as the <ship>":
    an article that dates none of its acts of a family, and names only one event of the record of
    that family (its target named in a sentence of its own, with no act word), tells that event:
    its first single act told with no day word in its sentence is that event, on its known day
    (the article's other undated acts of the family then join it as mentions). On a dated page
    only an event of its last days: an act it tells with no day is its news, and a ship of months
    before ("Months ago, the <ship> was among the first hit") is background, not that act's."""
    dated = {_family(item.mention) for item in found if item.date is not None}
    taken = {item.known for item in found if item.date is not None}
    told: list[KnownEvent] | None = None  # the events the page names: asked only for an act that may be one
    for number, item in enumerate(found):
        mention = item.mention
        family = _family(mention)
        if (item.date is not None or item.disagree or item.told or mention.plural
                or mention.anaphor or not _one_act_told(article.clean, mention)):
            continue
        if told is None:  # (the page read once for every event's cues, as the anchor reads it)
            told = [e for e in told_known(lex.topic.known_events, article.clean)
                    if _remembered(article, e) and _news_of(article, e)
                    and not _named_only_as_before(article, e)
                    and not (lex.topic.month_alone_background and _named_only_by_month(article, e))]
        placed = [e for e in told if _family(e) == family and e.placed(mention.country) and e not in taken]
        known, by_weekday = _days_fit(article, mention, placed)
        # a page that dates an act of the family names its other ships as that act's background,
        # unless the act's own weekday picks one of them
        if (family in dated and not by_weekday) or len({(e.date, e.type) for e in known}) != 1:
            continue
        event = known[0]
        area = mention.country or _area_named(article, event, lex)
        found[number] = replace(item, mention=replace(mention, type=event.type, country=area),
                                date=event.date, basis="named-event", known=event,
                                note=f"named event: {event.name}, the ship the article names (known date)")
        dated.add(family)
    return found


def _days_fit(article: Article, mention: Mention, known: list[KnownEvent]) -> tuple[list[KnownEvent], bool]:
    """The named events the act's sentence allows, and whether a weekday chose them: all when it
    writes no day; on an undated page, those on the weekday it names bare and told beside it ("a
    container ship was hit on Monday. ... identified as the <ship>": the one named attack of a Monday,
    not a ship of the Friday before), unless the act is told as another; none when it writes any
    other day."""
    days = find_dates(article.clean, *mention.sentence, article.published, article.published_time)
    if not days:
        return known, False
    bare = [m.group(1).lower() for day in days
            if day.month_day is None and (m := _WEEKDAY_NAME.search(day.text))]
    if (article.published is not None or len(bare) != len(days)
            or _TOLD_AS_ANOTHER.search(article.clean, *mention.sentence)):
        return [], False
    on_day = [e for e in known if {WEEKDAYS[e.date.weekday()]} == set(bare)]
    return [e for e in on_day if _told_near(article, mention, e)], True


def _told_near(article: Article, mention: Mention, event: KnownEvent) -> bool:
    """Whether the event is told in the act's sentence or the one just before or after it (named two
    sentences off, it is as likely the page's background as the act's day)."""
    spans = [(start, end) for _, start, end in all_sentences(article.clean)]
    at = next((i for i, (start, end) in enumerate(spans) if start <= mention.start < end), 0)
    return any(event.told_in(article.clean[start:end]) for start, end in spans[max(0, at - 1):at + 2])


_NAMED_AS_BEFORE = GRAMMAR.pattern("named_as_before")


def _named_only_as_before(article: Article, event: KnownEvent) -> bool:
    """Whether the page names the event only as the time before its own act ("the latest since the
    <ship> was targeted", "Months ago, the <ship> was hit"): the earlier time, not the new act's."""
    for _, start, end in all_sentences(article.clean):
        text = article.clean[start:end]
        for at in event.told_at(text):
            if not (_NAMED_AS_BEFORE.search(text[:at]) or told_at_another_time(text)):
                return False
    return True


def _named_only_by_month(article: Article, event: KnownEvent) -> bool:
    """Whether every sentence naming the event tells it by its own month alone ("most recently a
    bulker called the <ship> that went down in June"): a recall, which names no unnamed act of the
    page (twenty-second session; where the profile's [named_events] month_alone says so)."""
    told = [(start, end) for _, start, end in all_sentences(article.clean)
            if event.told_at(article.clean[start:end])]
    month = f"{event.date:%b}"
    return bool(told) and all(month in {m["month"] for m in _MONTH_ALONE.finditer(article.clean, *span)}
                              for span in told)


# "have seized one vessel", "has struck ships", "targeting tankers": the campaign so far, not one act
_SO_FAR = GRAMMAR.pattern("so_far_perfect")
_PLURAL_TARGET = GRAMMAR.pattern("plural_target")


def _one_act_told(clean: str, mention: Mention) -> bool:
    """Whether the mention tells one act on one target, in a simple tense: not a gerund ("targeting
    tankers"), a perfect ("they have seized one vessel") or an act on targets counted or plural."""
    word = clean[mention.start:mention.end]
    # (an intercept's target is the side that shot, "US forces", never what was counted or hit)
    target = "" if mention.act == "intercept" else mention.target or ""
    return (not word.lower().endswith("ing") and not _PLURAL_TARGET.search(target)
            and not _SO_FAR.search(clean, max(mention.clause[0], mention.start - 30), mention.start))


def _area_named(article: Article, event: KnownEvent, lex: Lexicons) -> str | None:
    """The one of a named event's areas the article names ("near the Bab el-Mandeb" for a ship
    reports place there or in the Red Sea); None when it names none of them, or several."""
    areas = {lex.country(m.group(0)) for m in lex.countries.finditer(article.clean)}
    named = areas & {*event.countries, *event.also_placed}
    return named.pop() if len(named) == 1 else None


# ---- one event, many mentions ----------------------------------------------------------

def _gather(article: Article, found: list[_Dated], lex: Lexicons) -> ArticleEvents:
    """Dated mentions grouped by kind, country and day; undated ones join their event."""
    groups: dict[tuple[str, str | None, dt.date], list[_Dated]] = {}
    for item in found:
        if item.date is not None and not item.weak:
            groups.setdefault((item.mention.type, item.mention.country, item.date), []).append(item)
    # A day taken from the statement gives way to a day the article gives the event itself.
    for item in found:
        if item.weak:
            home = _home(groups, item, within=item.date)
            key = (item.mention.type, item.mention.country, item.date)
            (home if home is not None else groups.setdefault(key, [])).append(item)  # type: ignore[arg-type]
    _join_specific_kind(groups, lex)
    _join_roleless_to_doer(groups, article.clean)
    _place_named(groups, article, lex, {(i.mention.type, i.mention.country) for i in found},
                 [i for i in found if not i.mention.plural])
    _join_countryless(groups)
    _join_known(groups)
    _join_known_areas(groups, lex.topic.known_events)
    _join_tellers_day(groups, article, lex.topic.known_events)
    _join_known_neighbours(groups, article)
    _join_across_midnight(article, groups, lex)
    _join_speakers_today(article, groups, lex)
    undated: list[_Dated] = []
    for item in found:
        if item.date is None:
            home = _home(groups, item, lex=lex, article=article)
            if home is not None:
                home.append(item)
            elif (item.disagree or item.told or item.month_day is not None
                  or (not item.mention.plural and not item.mention.anaphor)):
                # ("attacks on U.S. forces": the campaign; "the attack": told elsewhere); acts told
                # on a day of their own, written without its year ("there were attacks on Oct. 19
                # at ..."), are those of that day, for other reports or the run to place
                undated.append(item)
    _place_countryless(article, groups, lex)
    undated = [_placed_as_told(article, item, found, lex) for item in undated]
    events = [event for key, group in groups.items()
              for event in _split_sites(article, key, group, lex, _told_elsewhere_that_day(groups, key))]
    events += _rest_in_other_country(article, events, found, lex)
    kept_apart = _undated_events(article, undated, lex)
    return ArticleEvents(tuple(sorted(events, key=lambda e: e.id)), kept_apart)


def _placed_as_told(article: Article, item: _Dated, found: list[_Dated], lex: Lexicons) -> _Dated:
    """An undated strike told back, naming no country ("The US strike is the third in two weeks"),
    is in the one country where strikes of its kind were told before it ("strikes in Syria")."""
    mention = item.mention
    if (mention.country is not None or lex.topic.said.act(mention.type) != "strike"
            or not _definite(article.clean, mention) or _another(article.clean, mention)):
        return item
    before = {i.mention.country for i in found if i.mention.type == mention.type
              and i.mention.start < mention.sentence[0]}
    if len(before) != 1 or None in before:
        return item
    return replace(item, mention=replace(mention, country=before.pop()))


def _join_specific_kind(groups: dict[tuple[str, str | None, dt.date], list[_Dated]], lex: Lexicons) -> None:
    """One act told in several sentences, one of which names its own kind ("a self-defense
    strike"): the mentions the act's default kind was read for that day, in its country or in
    none, are the same act ("the strike took place around noon"), when the article tells that
    day one act of one specific kind of the same sides (never "US/UK strikes" for a US strike)."""
    said = lex.topic.said
    for key in [k for k in groups if said.specific(k[0])]:
        kinds = said.specific(key[0])
        specific = [k for k in groups if k[0] in kinds and k[2] == key[2]
                    and (k[1] == key[1] or None in (k[1], key[1]))]
        if len(specific) == 1:
            groups[specific[0]].extend(groups.pop(key))


def _roleless(item: _Dated) -> bool:
    """A definite act noun read with no side at all ("the last strike"): its kind is only the noun's."""
    return item.mention.anaphor and item.mention.agent is None and item.mention.target is None


def _join_roleless_to_doer(groups: dict[tuple[str, str | None, dt.date], list[_Dated]], clean: str) -> None:
    """"The last strike on February 4" in a headline and "the last strike by those militias was on
    February 4" in the body: one act, its doer named once; the roleless noun takes the kind the
    same noun with its doer has that day (issue 23, wrong kind), when one kind of one country (or
    none) does."""
    def word(item: _Dated) -> str:
        return clean[item.mention.start:item.mention.end].lower()

    for key in [k for k, group in groups.items() if all(_roleless(i) for i in group)]:
        words = {word(i) for i in groups[key]}
        doers = [k for k, group in groups.items() if k[0] != key[0] and k[2] == key[2]
                 and (k[1] == key[1] or key[1] is None)
                 and any(i.mention.anaphor and i.mention.agent is not None and word(i) in words
                         for i in group)]
        if len(doers) == 1:
            groups[doers[0]].extend(groups.pop(key))


def _place_named(groups: dict[tuple[str, str | None, dt.date], list[_Dated]], article: Article,
                 lex: Lexicons, told: set[tuple[str, str | None]], singles: list[_Dated]) -> None:
    """A dated mention placed nowhere whose day is a named event's of its kind is where that event
    was, not in another event of the day ("At 3 a.m., <ship A> reported an explosion" beside a
    salvo told in another sea: <ship A>'s own sea); so is one dated by its own words that names
    that event ("<ship A> was hit at about midnight local time on Monday", its known day); the
    group's other mentions stay for :func:`_join_countryless`. ``told``: the kinds and countries of
    the article's mentions, dated or not; ``singles``: its mentions of one act (not "attacks"), in
    the order told, which place a named event reports place in neighbouring areas
    (:func:`_area_first_told`)."""
    for key in [k for k in groups if k[1] is None]:
        named = [(i, known) for i in groups[key]
                 if (known := _named_that_day(article, i, key, lex)) is not None]
        if not named:
            continue
        for item, known in named:
            areas = (_area_first_told(known, singles)
                     or _named_countries(article, item, known, _placed(known, key, groups, told), lex))
            for country in areas:
                groups.setdefault((key[0], country, key[2]), []).append(item)
        rest = [i for i in groups[key] if all(i is not n for n, _ in named)]
        if rest:
            groups[key] = rest
        else:
            groups.pop(key)


def _area_first_told(known: KnownEvent, singles: list[_Dated]) -> tuple[str, ...]:
    """Of a named event's areas (its country and ``also_placed``: a ship hit in the Red Sea "near
    the Bab el-Mandeb"), the one the article first tells an act of its kind in, that act on its day
    or on none ("A missile hit a cargo ship near the strait ... The official identified the vessel
    as <the ship>"): none when that first act is placed nowhere or elsewhere."""
    if not known.also_placed:
        return ()
    first = next((i for i in singles if i.mention.type == known.type and i.date in (None, known.date)), None)
    area = first.mention.country if first is not None else None
    return (area,) if area is not None and area in (*known.countries, *known.also_placed) else ()


def _placed(known: KnownEvent, key: tuple[str, str | None, dt.date],
            groups: dict[tuple[str, str | None, dt.date], list[_Dated]],
            told: set[tuple[str, str | None]]) -> tuple[str, ...]:
    """The named event's countries the article places its kind in: by that day's events, or by
    a mention of the kind without a day ("Tehran condemned US air strikes on <both countries>")."""
    return tuple(c for c in known.countries if (key[0], c, key[2]) in groups or (key[0], c) in told)


def _named_countries(article: Article, item: _Dated, known: KnownEvent, placed: tuple[str, ...],
                     lex: Lexicons) -> tuple[str, ...]:
    """The countries of a named event a mention placed nowhere is told in: all of them, unless the
    article places the event in some of them by other mentions (``placed``: "locations in <an
    Iraqi region>") and the mention's own words name none of the others but as the other side of a
    border ("the strikes, in retaliation for a drone attack near <a country>'s border with
    <another>"): then those only. A report of one country's half of the 2 February strikes is
    not a report of the other's."""
    if len(known.countries) < 2 or not placed:
        return known.countries
    clean = article.clean
    start, end = item.mention.zone
    named = {lex.country(m.group(0)) for m in lex.countries.finditer(clean, start, end)
             if not border_side(clean, m.start(), start)}
    return known.countries if named & (set(known.countries) - set(placed)) else placed


def _named_that_day(article: Article, item: _Dated, key: tuple[str, str | None, dt.date],
                    lex: Lexicons) -> KnownEvent | None:
    """The named event of the group's kind and day, with its area, that dated the mention or that
    its own words alone tell."""
    if item.known is not None:
        same = item.known.date == key[2] and item.known.type == key[0]
        return item.known if same and item.known.countries else None
    words = article.clean[item.mention.zone[0]:item.mention.zone[1]]
    told = [e for e in lex.topic.known_events
            if e.type == key[0] and e.date == key[2] and e.countries and e.told_in(words)]
    return told[0] if len(told) == 1 else None


def _join_countryless(groups: dict[tuple[str, str | None, dt.date], list[_Dated]]) -> None:
    """A dated mention naming no country joins the events of its kind that day ("the strikes"
    told beside strikes in Iraq and in Syria supports both), or only those told in its own
    sentence when there are any (:func:`_sentences_of`)."""
    for key in [k for k in groups if k[1] is None]:
        placed = [k for k in groups if k[0] == key[0] and k[2] == key[2] and k[1] is not None]
        if placed:
            told_in = _sentences_of(placed, groups)
            for item in groups.pop(key):
                for other in told_in.get(item.mention.sentence) or placed:
                    groups[other].append(item)


_GroupKey = tuple[str, str | None, dt.date]  # an event's kind, country and day


def _sentences_of(placed: list[_GroupKey],
                  groups: dict[_GroupKey, list[_Dated]]) -> dict[tuple[int, int], list[_GroupKey]]:
    """The day's placed events told in each sentence: a countryless mention there ("The latest attack
    on Monday targeted <a base in Iraq>") is that act, not another country's of the day."""
    found: dict[tuple[int, int], list[_GroupKey]] = {}
    for key in placed:
        for sentence in dict.fromkeys(i.mention.sentence for i in groups[key]):
            found.setdefault(sentence, []).append(key)
    return found


def _place_countryless(article: Article, groups: dict[tuple[str, str | None, dt.date], list[_Dated]],
                       lex: Lexicons) -> None:
    """A dated event whose dated mentions name no country ("The strikes were carried out early
    Friday", "The latest attack took place on Wednesday") takes the one country that the other
    mentions joined to it name ("jets struck two sites in eastern Syria"), or that the places they
    name lie in ("reported the attack in the same area off <a port>": the sea off it), when a
    back-reference links them: the dated mention or the other is definite ("the attack occurred at
    <a base>"). A mention told as another act ("Separately, rockets ...") or two countries leave it
    open."""
    for key in [k for k in groups if k[1] is None]:
        dated = [i for i in groups[key] if i.mention.country is None]
        linked = any(_definite(article.clean, i.mention) for i in dated)
        # (never from the campaign's acts, plural: "their attacks on vessels in <a sea> since <its
        # start>" tells where the campaign is, not where this act was)
        countries = {_country_told(i.mention, lex) for i in groups[key]
                     if _country_told(i.mention, lex) is not None and not _another(article.clean, i.mention)
                     and not (i.date is None and i.mention.plural)
                     and (linked or _definite(article.clean, i.mention))}
        if len(countries) == 1 and not any(_another(article.clean, i.mention) for i in groups[key]):
            (country,) = countries
            groups.setdefault((key[0], country, key[2]), []).extend(groups.pop(key))


def _country_told(mention: Mention, lex: Lexicons) -> str | None:
    """The mention's country, or else the one campaign country all the places it names lie in (a
    back-reference keeps its places, not a country: "the attack ... off <a port>")."""
    if mention.country is not None or not mention.places:
        return mention.country
    found = {lex.topic.place(p).country for p in mention.places}
    return found.pop() if len(found) == 1 and found <= set(lex.topic.campaign.countries) else None


_DEFINITE_ACT = GRAMMAR.pattern("definite_act")
_ANOTHER_ACT = GRAMMAR.pattern("another_act")


def _definite(clean: str, mention: Mention) -> bool:
    """"The attack occurred at ...", "the strikes", "that attack": an act told before (or after)."""
    return bool(mention.anaphor or _DEFINITE_ACT.search(clean, max(mention.sentence[0], mention.start - 30),
                                                        mention.start))


def _another(clean: str, mention: Mention) -> bool:
    """A sentence told as another act than the one before ("Separately, rockets were fired ...")."""
    return _ANOTHER_ACT.match(clean, mention.sentence[0]) is not None


def _join_known(groups: dict[tuple[str, str | None, dt.date], list[_Dated]]) -> None:
    """A known event dated for a mention that named no country takes the event's own country."""
    for key in [k for k in groups if k[1] is None]:
        items = groups[key]
        event = next((i.known for i in items if i.known is not None and i.known.date == key[2]), None)
        if event is None or len(event.countries) < 1:
            continue
        for country in event.countries:
            groups.setdefault((key[0], country, key[2]), []).extend(items)
        groups.pop(key)


_ACT_TOLD_BY_VERB = ("act_verb", "passive")  # the roles' rules that read an act from its verb


def _join_known_areas(groups: dict[tuple[str, str | None, dt.date], list[_Dated]],
                      known: Iterable[KnownEvent]) -> None:
    """A named event that reports place in neighbouring areas (``also_placed``: a ship hit in
    one sea, "near the strait" at its mouth) told in one article with two of them, on its
    day: one event, placed where the article first tells its act with a verb ("was struck ...
    in the strait"), else where it first places it at all: a headline's "attack on a ship in the
    sea" or where the ship later sank ("fell victim to an attack, ... at the bottom of the sea")
    places a noun, not the act."""
    for event in (e for e in known if e.also_placed):
        areas = (*event.countries, *event.also_placed)
        keys = [k for k in groups if k[0] == event.type and k[2] == event.date and k[1] in areas]
        if len(keys) < 2 or not any(i.known == event for k in keys for i in groups[k]):
            continue
        first = min(keys, key=lambda k: min((i.mention.rule not in _ACT_TOLD_BY_VERB, i.mention.start)
                                            for i in groups[k]))
        for key in keys:
            if key != first:
                groups[first].extend(groups.pop(key))


def _join_tellers_day(groups: dict[tuple[str, str | None, dt.date], list[_Dated]], article: Article,
                      known: Iterable[KnownEvent]) -> None:
    """A named event dated the teller's day before its local one (:func:`_known_day`), or told
    on that day in words that name it (a written day that is the US day), in an
    article that also tells it on its local day ("said Wednesday" and "at dawn on Thursday, local
    time"): one event, on the local day."""
    def tells(item: _Dated, day: dt.date) -> bool:
        if item.known is not None:
            return item.known.date == day
        words = article.clean[item.mention.zone[0]:item.mention.zone[1]]
        return any(e.date == day and e.type == item.mention.type and e.told_in(words) for e in known)

    for key in list(groups):
        later = (key[0], key[1], key[2] + dt.timedelta(days=1))
        if key not in groups or later not in groups:
            continue
        tellers = [i for i in groups[key] if tells(i, later[2])]
        if not tellers:
            continue
        groups[later].extend(replace(i, date=later[2]) for i in tellers)
        rest = [i for i in groups[key] if i not in tellers]
        if rest:
            groups[key] = rest
        else:
            groups.pop(key)


_COUNTED = frozenset({"weekday", "relative", "local-time", "statement"})


def _join_known_neighbours(groups: dict[tuple[str, str | None, dt.date], list[_Dated]],
                           article: Article) -> None:
    """A named event told on its known day, and the same kind of act in the same country on the
    day before or after from a weekday or the statement's day alone ("the aftermath of the strikes
    emerged on Saturday"): one event across the US-Eastern / local midnight, on the known day.
    Never when the article tells the named event a day apart from another act ("The previous day,
    US forces bombed <its targets>"): the act of the day beside it is that other one."""
    for key in [k for k in groups if any(i.known is not None and i.known.date == k[2] for i in groups[k])
                and not _told_a_day_apart(article, groups[k])]:
        for shift in (-1, 1):
            near = (key[0], key[1], key[2] + dt.timedelta(days=shift))
            if near in groups and all(i.known is None and i.basis in _COUNTED for i in groups[near]):
                groups[key].extend(replace(i, date=key[2]) for i in groups.pop(near))



def _told_a_day_apart(article: Article, items: list[_Dated]) -> bool:
    """Whether one of the mentions is told a day before or after another act ("the previous day",
    "the day before"), not on the same day."""
    return any((cue := _day_cue(article.clean, i.mention)) is not None and not cue["same"] for i in items)


_SMALL_HOURS = GRAMMAR.pattern("small_hours_day")
_TOLD_AGAIN = GRAMMAR.pattern("told_again")
_TOLD_BESIDE = GRAMMAR.pattern("told_beside")
_DAYTIME = GRAMMAR.pattern("daytime_clock")


def _join_across_midnight(article: Article, groups: dict[tuple[str, str | None, dt.date], list[_Dated]],
                          lex: Lexicons) -> None:
    """One night's strikes told on two days by one article: the local sources' "early Wednesday"
    and the US officials' "on Tuesday" (issue 23, form 6). Strikes of one kind in one country on
    a day and the next, where every dated mention of the later day gives it as its small hours,
    none of the earlier day's gives a daytime clock, and the two share a place: one event, on the
    local (later) day. Attacks on US forces on two
    days stay two (they are often two); so do strikes told as another ("again", "a second")."""
    for key in sorted((k for k in groups if k[1] is not None), key=lambda k: k[2]):
        later = (key[0], key[1], key[2] + dt.timedelta(days=1))
        if key not in groups or later not in groups or groups[key][0].mention.act != "strike":
            continue
        earlier_items, later_items = groups[key], groups[later]
        if (all(_told_small_hours(article, i) for i in later_items)
                and not any(_told_small_hours(article, i) for i in earlier_items)
                and _shared_place(earlier_items, later_items, lex)
                and not any(_TOLD_AGAIN.search(article.clean, *i.mention.sentence)
                            for i in (*earlier_items, *later_items))
                # "at 3 p.m. local time on Tuesday": that day's daytime, not the next day's small hours
                and not any(_DAYTIME.search(article.clean, *i.mention.sentence) for i in earlier_items)):
            later_items.extend(replace(i, date=later[2]) for i in groups.pop(key))


_SPEAKERS_TODAY = GRAMMAR.pattern("speakers_today")
_SAID_IN_IT = GRAMMAR.pattern("said_in_it")


def _join_speakers_today(article: Article, groups: dict[tuple[str, str | None, dt.date], list[_Dated]],
                         lex: Lexicons) -> None:
    """One act told by the page on the weekday before its date ("were injured Monday in a rocket
    attack at <a base>", on Tuesday's page) and by a speaker's "today" in what is said ("a rocket
    attack took place today at <the base>, the official said": the quotation marks lost in the
    clipping): the speaker's day is the weekday's, not the page's. Acts of one kind in one country
    on the page's day and the day before, where every mention of the page's day is a "today" in a
    saying and the day before's is given by a weekday, and the two share a place: one event, on
    the weekday's day (issue 23: one event on two days, a report's day for the act's). Never an
    act told as one more ("A second rocket attack took place today", "hit the base again today"):
    the next day's own."""
    if article.published is None:
        return
    today = article.published
    clean = article.clean
    for key in [k for k in groups if k[2] == today and k[1] is not None]:
        before = (key[0], key[1], today - dt.timedelta(days=1))
        if before not in groups or not any(i.basis == "weekday" for i in groups[before]):
            continue
        if (all(i.basis == "relative" and _speakers_today(clean, i.mention.sentence)
                and not _TOLD_AGAIN.search(clean, *i.mention.sentence) for i in groups[key])
                and _shared_place(groups[before], groups[key], lex)):
            groups[before].extend(replace(i, date=before[2], note=f"{i.note}; a speaker's 'today', the day "
                                                                   "the same act is told on")
                                  for i in groups.pop(key))


def _speakers_today(clean: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence says "today" in what someone is said to have said."""
    return (_SPEAKERS_TODAY.search(clean, *sentence) is not None
            and _SAID_IN_IT.search(clean, *sentence) is not None)


def _told_small_hours(article: Article, item: _Dated) -> bool:
    """Whether the mention's day is told in its sentence as the small hours ("early Wednesday")."""
    if item.date is None or item.basis not in _FROM_PAGE | {"written"}:
        return False
    days = find_dates(article.clean, *item.mention.sentence, article.published, article.published_time)
    return any(d.date == item.date and _SMALL_HOURS.search(article.clean, max(0, d.start - 30), d.end)
               for d in days)


def _shared_place(one: list[_Dated], other: list[_Dated], lex: Lexicons) -> bool:
    """Whether the two groups name a place in common, a country aside."""
    countries = set(lex.topic.campaign.countries)
    places = {p for i in one for p in i.mention.places} - countries
    return bool(places & {p for i in other for p in i.mention.places})


def _home(groups: dict[tuple[str, str | None, dt.date], list[_Dated]], item: _Dated,
          within: dt.date | None = None, lex: Lexicons | None = None,
          article: Article | None = None) -> list[_Dated] | None:
    """The dated event an undated mention tells: the only one of its kind (and country) that
    does not name another base; for a mention dated by its statement, one that happened in the
    week before that statement."""
    mention = item.mention
    # a report dated by its statement ("notified Iraqi forces of the strike, CENTCOM said on
    # Monday") may tell the self-defense strike of the day before: the same family will do
    family = _family(mention)
    kinds = {k[0] for k in groups if _family(groups[k][0].mention) == family} if within else {mention.type}
    # a dated report that named no country may be this one too: then it is not the only one
    same = [k for k in groups if k[0] in kinds and (mention.country in (None, k[1]) or k[1] is None)
            and (within is None or -1 <= (within - k[2]).days <= 7)
            # told on a day ("officials told Reuters early on Tuesday"): not an act weeks before it
            and (item.told_on is None or -1 <= (item.told_on - k[2]).days <= 7)
            # "On July 30" without its year is not the event of 2 February
            and (item.month_day is None or (k[2].month, k[2].day) == item.month_day)
            and (lex is None or _same_site(item, groups[k], lex))
            and not (within is None and article is not None and _only_a_reference(article, item, groups[k]))
            and not (within is None and article is not None and _at_another_time(article, item, groups[k]))]
    if within is None and article is not None and _told_apart(article.clean, item.mention):
        return None
    if within is None and article is not None and lex is not None:
        same = _of_its_ship(article.clean, item, same, groups, lex)
    if len(same) == 1 and not (within is None and _kin_told_later(groups, item, family, same[0][2])):
        return groups[same[0]]
    return None


_SINCE_ACT = GRAMMAR.pattern("since_act")
_ACT_TOLD_APART = GRAMMAR.pattern("act_told_apart")


_Key = tuple[str, str | None, dt.date]  # an article's dated events by kind, country and day


def _of_its_ship(clean: str, item: _Dated, same: list[_Key], groups: dict[_Key, list[_Dated]],
                 lex: Lexicons) -> list[_Key]:
    """The dated events an undated act may join once ships are named: an act that names its ship,
    beside a dated event whose own sentences name others, none of them its ("A drone boat struck
    the M/V Tutor on Wednesday. Later, the M/V Verbena was struck by a missile"), is another ship's
    act: then only an event naming its ship may take it, never one that names no ship and is left
    alone by the rest (twenty-second session)."""
    mine = _ships_told(clean, item.mention.sentence, lex)
    if not mine:
        return same
    same = [k for k in same if not _another_known_ship(clean, item, groups[k])]
    theirs = {k: {ship for i in groups[k] if i.date is not None
                  for ship in _ships_told(clean, i.mention.sentence, lex)} for k in same}
    if all(not ships or _one_ship(ships, mine) for ships in theirs.values()):
        return same
    return [k for k in same if _one_ship(theirs[k], mine)]


def _another_known_ship(clean: str, item: _Dated, group: list[_Dated]) -> bool:
    """Whether a dated event is a known event's (dated by its known day) that the act's sentence,
    naming its own ship, does not tell: "On Friday, the rebels struck the tanker Acme Star", in an
    undated page whose dated event is the known attack on another ship, is not that attack."""
    known = {i.known for i in group if i.known is not None and i.date == i.known.date}
    sentence = clean[item.mention.sentence[0]:item.mention.sentence[1]]
    return bool(known) and not any(k.told_in(sentence) for k in known)


def _another_ship_told(clean: str, sentence: tuple[int, int], before: tuple[int, int], lex: Lexicons) -> bool:
    """Whether a sentence names a ship and the sentence ``before`` names others, none of them its."""
    mine, theirs = _ships_told(clean, sentence, lex), _ships_told(clean, before, lex)
    return bool(mine) and bool(theirs) and not _one_ship(theirs, mine)


def _one_ship(theirs: set[str], mine: set[str]) -> bool:
    """Whether two sets of ships' names share one, a name cut short as its ship ("the MV Huang" is
    the Huang Pu)."""
    return any(a.startswith(b) or b.startswith(a) for a in theirs for b in mine)


def _ships_told(clean: str, sentence: tuple[int, int], lex: Lexicons) -> set[str]:
    """The ships a sentence names: the profile's ([side.*] vessels), else by marker or flag and kind."""
    names = {name for name, _, _ in ships_named(clean[sentence[0]:sentence[1]], lex)}
    return {re.sub(r"\W+", "", name).casefold() for name in names}  # "TRANS WORLD" is "Transworld"


def _told_apart(clean: str, mention: Mention) -> bool:
    """Whether an undated act is told as another than the dated ones: its sentence opens on another
    act ("In a separate incident, a rocket attack on a base wounded two"), or its clause names it one
    of before or apart ("An earlier drone attack in Syria wounded five"). Such an act is no dated
    event's, and its figures are its own (never "the attack" told back: that is the event)."""
    # (a slice: the rule's opening form is anchored at its start)
    told = clean[mention.sentence[0]:mention.clause[1]]
    return not mention.anaphor and (_ACT_TOLD_APART.search(told) is not None or counted_back(told))


def _at_another_time(article: Article, item: _Dated, group: list[_Dated]) -> bool:
    """Whether an undated act is told at a time counted from the page's day that is not the
    event's ("Last March, a drone attack ...", "three weeks ago"), or at any time of its own after
    the event's day was told ("... on Thursday. Earlier this month, a drone attack ..."): another
    act (issue 23). "The attack" told again is the event."""
    mention = item.mention
    if mention.anaphor:
        return False
    told = _time_of_its_own(article.clean, mention)
    days = [(i.date, i.mention.sentence[1]) for i in group if i.date is not None]
    return (any(outside_page_time(told, day, article.published) for day, _ in days)
            or (any(end <= mention.sentence[0] for _, end in days) and told_at_another_time(told)))


# a clause hung on the act's: its time is another thing's ("... as Washington tries to end attacks that
# began when the war started a month ago")
_HUNG_CLAUSE = GRAMMAR.pattern("hung_clause")


def _time_of_its_own(clean: str, mention: Mention) -> str:
    """The mention's sentence up to its clause's end, or to a clause hung on it after the act."""
    hung = _HUNG_CLAUSE.search(clean, mention.end, mention.clause[1])
    return clean[mention.sentence[0]:hung.start() if hung else mention.clause[1]]


def _only_a_reference(article: Article, item: _Dated, group: list[_Dated]) -> bool:
    """"A U.S. drone strike killed a commander in Baghdad. It was the most significant strike since
    the U.S. hit 85 targets on Feb. 2.": an event the article dates only as the point a span starts
    from (rule since_act) is a time of reference, not the act it tells without a day; that act is
    no home for it (issue 23, form 5). "The strikes" told again is that event."""
    if item.mention.anaphor:
        return False
    clean = article.clean
    return all(_SINCE_ACT.search(clean, max(i.mention.sentence[0], i.mention.start - 80), i.mention.start)
               or (i.known is not None and _as_before(clean[i.mention.sentence[0]:i.mention.start],
                                                       i.mention.start - i.mention.sentence[0]))
               for i in group if i.date is not None)


KIN_REACH = 7  # days: an act of the family told this much later than the candidate may be the one told


def _kin_told_later(groups: dict[tuple[str, str | None, dt.date], list[_Dated]], item: _Dated, family: str,
                    day: dt.date) -> bool:
    """Whether the article dates a later act of another kind of the same family that an undated
    mention could tell as well ("the United States targeted a base" after the day's dated
    self-defense strike, in an article that also recalls the strikes of months before): then it
    is left undated rather than given to the old one."""
    mention = item.mention
    return any(k[0] != mention.type and _family(groups[k][0].mention) == family
               and (mention.country in (None, k[1]) or k[1] is None)
               and (k[2] - day).days > KIN_REACH for k in groups)


def _same_site(item: _Dated, group: list[_Dated], lex: Lexicons) -> bool:
    """An undated report of an attack on Conoco is not the dated attack on al-Tanf. Acts told
    together in one undated sentence after a day's acts placed at no base ("Bases in Sudland came
    under attack on Monday. Rockets hit <one base> and drones hit <another>.") are each that day's,
    at its own base (:func:`_split_sites` keeps them apart): one does not shut out the other. A base
    of another country told beside it does (its act is that country's, never this row's)."""
    mine = _site(item.mention, lex)
    if mine is None:
        return True
    home = lex.topic.place(mine).country
    sites = {id(i): _site(i.mention, lex) for i in group}
    theirs = {site for i in group if (site := sites[id(i)]) is not None
              and (i.date is not None or i.mention.sentence != item.mention.sentence
                   or lex.topic.place(site).country != home)}
    return not theirs or mine in theirs


def _told_elsewhere_that_day(groups: dict[tuple[str, str | None, dt.date], list[_Dated]],
                             key: tuple[str, str | None, dt.date]) -> bool:
    """Whether the article tells acts of the group's kind and day in another area too."""
    return any(other != key and other[0] == key[0] and other[2] == key[2] for other in groups)


def _split_sites(article: Article, key: tuple[str, str | None, dt.date], group: list[_Dated],
                 lex: Lexicons, elsewhere: bool = False) -> list[Event]:
    """Attacks on two bases the same day are two events, and so are two of the profile's named
    attacks of that day (three ships hit on one day, each its own named event); a mention naming
    none joins the first."""
    attack = group[0].mention.act == "attack"
    placed = {id(item): _site(item.mention, lex) if attack else None for item in group}
    # named events only where no mention names a site (a named attack on a base is at that base),
    # or only positions at sea that are no installation ("off <a port>": two ships named there)
    by_name = attack and (not any(placed.values()) or _ships_named_at_sea(article, key, group, placed, lex))
    sites: dict[str | None, list[_Dated]] = {}
    for item in group:
        site = _named_on(article, item, key, lex) if by_name else placed[id(item)]
        sites.setdefault(site, []).append(item)
    named = [s for s in sites if s is not None]
    alone = by_name and len(named) < 2 and not elsewhere
    listed = _ships_listed(article, key, group, named, lex) if alone else []
    if listed:
        events = listed
    elif len(named) < 2:
        events = [_event(article, key[1], key[2], group, None if by_name or not named else named[0], lex)]
    else:
        unnamed = sites.pop(None, [])
        sites[named[0]].extend(unnamed)
        events = [_event(article, key[1], key[2], _with_its_day(items, unnamed), site, lex)
                  for site, items in sites.items()]
        if attack:
            return events + [more for site, items in sites.items()
                             for more in _more_counted(article, key, _counted_at(items, group, site, placed),
                                                       lex, 1)]
    return events + _more_counted(article, key, group, lex, len(events)) if attack else events


def _with_its_day(items: list[_Dated], unnamed: list[_Dated]) -> list[_Dated]:
    """A site's mentions, none with a day of its own ("the second attack hit <a base>"), led by the
    day's act told at no base ("<a group> attacked two bases on Monday"): the row's day is that
    sentence's, and the sentence is its evidence."""
    if any(item.date is not None for item in items):
        return items
    return [*(item for item in unnamed if item.date is not None)][:1] + items


def _ships_listed(article: Article, key: tuple[str, str | None, dt.date], group: list[_Dated],
                  named: Sequence[str | None], lex: Lexicons) -> list[Event]:
    """"Three commercial ships came under attack on Sunday ... The ships were identified as the
    <A>, the <B> and the <C>": the day's attack told once (in one area: the caller sees to it), of
    ships the article names apart, two or more of the profile's named attacks of that kind, day and
    area: one event for each, the act's words their evidence. None when it names fewer."""
    told = _known_told(article, key, lex)
    if len(told) < 2:
        return []
    own = next((i.known.name for i in group if i.known is not None and i.known.name in told), None)
    first = named[0] if named and named[0] in told else own or told[0]
    return [replace(_event(article, key[1], key[2], group, name, lex), named_event=name)
            for name in [first, *(name for name in told if name != first)]]


def _known_told(article: Article, key: tuple[str, str | None, dt.date], lex: Lexicons) -> list[str]:
    """The profile's named events of the group's kind, day and area that the article names."""
    return [e.name for e in lex.topic.known_events
            if e.type == key[0] and e.date == key[2] and e.placed(key[1]) and e.told_in(article.clean)]


def _ships_named_at_sea(article: Article, key: tuple[str, str | None, dt.date], group: list[_Dated],
                        placed: dict[int, str | None], lex: Lexicons) -> bool:
    """Whether the group's mentions name two or more of the profile's named attacks of its day, and
    the places they name are none of them an installation (a sea area's waters off a port)."""
    sites = {site for site in placed.values() if site is not None}
    if any(lex.topic.place(site).site for site in sites):
        return False
    if len({name for item in group if (name := _named_on(article, item, key, lex)) is not None}) > 1:
        return True
    # a position at sea beside the day's ships that the article names apart ("<ship A> was hit about
    # 100 miles off <a port> ... they said they targeted <ship A> and <ship B>"): the ships' rows
    return len(_known_told(article, key, lex)) > 1


def _counted_at(items: list[_Dated], group: list[_Dated], site: str | None,
                placed: dict[int, str | None]) -> list[_Dated]:
    """The mentions of one site's attacks whose count is that site's alone: "two rocket attacks at
    <one base>, and a drone attack at <another>" counts two at the first, one event of the day's
    two. Only a list told in one sentence: a clause that tells another site too ("two attacks, at
    <one base> and <another>", read as one mention per base) counts them all, and another site told
    in another sentence may be one of the acts counted ("One hit <another base>")."""
    def own_site_only(item: _Dated) -> bool:
        others = [o.mention for o in group if placed[id(o)] not in (site, None)]
        return all(o.sentence == item.mention.sentence
                   and not item.mention.clause[0] <= o.start < item.mention.clause[1] for o in others)

    return [item for item in items if placed[id(item)] == site and own_site_only(item)]


def _more_counted(article: Article, key: tuple[str, str | None, dt.date], group: list[_Dated], lex: Lexicons,
                  kept: int) -> list[Event]:
    """The attacks a mention counts on its day beyond the ``kept`` events its group made ("two
    separate attacks on Thursday" with one base named: the other, with no base), each with the
    counting sentence as its evidence (:mod:`.counted`). The count's sentence must write the
    day itself, and be no timeline's entry ("Oct. 18 - two drone attacks": one entry, one row)."""
    country = key[1]  # None: the article's place, given later (_placed_by_article), when the count names none
    for item in group:
        mention = item.mention
        count = (targets_counted(article.clean, mention.start, mention.end, mention.clause,
                                 _target_nouns(lex, mention.type))
                 or acts_counted(article.clean, mention.start, mention.end, mention.clause))
        if count <= kept or item.date != key[2] or item.weak or _in_entry(article, item):
            if (more := _sites_of_part(article, key, item, lex, kept)) is not None:
                return more
            continue
        days = _days_of_count(article, mention)
        if not days or not one_days_count(article.clean, mention.sentence, country, lex, len(days)):
            continue
        first = _event(article, country, key[2], [item], None, lex)
        places = tuple(p for p in first.places if not lex.topic.place(p).hosts_us_forces)
        note = f"{first.date_note}; one of {count} attacks told together that day"
        # the others counted beside a named act ("three ships were attacked", one of them the
        # named ship) are not that act: no name of the profile's
        return [replace(first, id=f"{first.id}~{number}", places=places, date_note=note, named_event=None,
                        near_named=None, summary=summarise(first.type, country, places, lex.topic.said))
                for number in range(kept + 1, count + 1)]
    return []


def _days_of_count(article: Article, mention: Mention) -> set[dt.date | str]:
    """The days a counting sentence writes for its acts: the day the count was told is none of them
    when another is written ("an official told reporters <Wednesday> that troops were attacked twice
    at <a base> on <Monday>": Monday's two acts), as :func:`_said_day` reads a day of saying."""
    written = find_dates(article.clean, *mention.sentence, article.published, article.published_time)
    floor = mention.sentence[0]
    unspoken = [d for d in written if not (_SPOKEN.search(article.clean, max(floor, d.start - 40), d.start)
                                           or _said_after(article.clean, d, mention))]
    acts = unspoken or written
    return {d.date or d.text.lower() for d in acts} | {m[0] for d in acts
                                                         if (m := _AND_DAY.match(article.clean, d.end))}


def _sites_of_part(article: Article, key: tuple[str, str | None, dt.date], item: _Dated, lex: Lexicons,
                   kept: int) -> list[Event] | None:
    """"US forces were attacked four times on <day> ... They were attacked at two sites in <one
    country>": a part of a number of acts told just before that counts its sites in one country
    is that many of the acts there (never more than the number told), each with the part's
    sentence as its evidence. None when the part counts no sites, or no more than ``kept``."""
    mention, country = item.mention, key[1]
    count = sites_counted(article.clean, mention.end, mention.clause)
    if (country is None or not item.part_of or not kept < count <= item.part_of or item.date != key[2]
            or not one_days_count(article.clean, mention.sentence, country, lex, 0)):
        return None
    first = _event(article, country, key[2], [item], None, lex)
    note = f"{first.date_note}; one of {count} sites told together"
    return [replace(first, id=f"{first.id}~{number}", date_note=note)
            for number in range(kept + 1, count + 1)]


def _rest_in_other_country(article: Article, events: list[Event], found: list[_Dated],
                           lex: Lexicons) -> list[Event]:
    """"US forces were attacked four times in <A> and <B> on <day> ... They were attacked at two
    sites in <B>": the part counted by its sites in one of the two countries the number names
    leaves the rest of the number to the other (four less two, in <A>), less the acts already read
    there that day (issue 23: several sites attacked on one day). Only a number whose own sentence
    names those two countries and no other, and a part of it told after it."""
    more: list[Event] = []
    for part in found:
        mention = part.mention
        sites = sites_counted(article.clean, mention.end, mention.clause) if part.part_of else 0
        if not 0 < sites < part.part_of or part.date is None or mention.country is None:
            continue
        count = next((c for c in found if _counts_both(article, c, part, lex)), None)
        if count is None:
            continue
        country = count.mention.country
        have = sum(e.type == mention.type and e.country == country and e.date == part.date
                   for e in [*events, *more])
        first = _event(article, country, part.date, [count], None, lex)
        places = tuple(p for p in first.places if not lex.topic.place(p).hosts_us_forces)
        note = (f"{first.date_note}; one of {part.part_of} attacks told that day, "
                f"{sites} of them in {mention.country}")
        more += [replace(first, id=f"{first.id}~{number}", places=places, date_note=note,
                         summary=summarise(first.type, country, places, lex.topic.said))
                 for number in range(have + 1, part.part_of - sites + 1)]
    return more


def _counts_both(article: Article, count: _Dated, part: _Dated, lex: Lexicons) -> bool:
    """Whether ``count`` is the number of acts ``part`` is a part of, told in another country of
    the two its sentence names (and no third)."""
    told, mention = count.mention, part.mention
    if (count.date != part.date or told.type != mention.type or told.country in (None, mention.country)
            or told.sentence[1] > mention.sentence[0]
            or acts_counted(article.clean, told.start, told.end, told.clause) != part.part_of):
        return False
    text = article.clean[told.sentence[0]:told.sentence[1]]
    named = {lex.country(m.group(0)) for m in lex.countries.finditer(text)}
    return named == {told.country, mention.country}


def _target_nouns(lex: Lexicons, kind: str) -> re.Pattern[str] | None:
    """The nouns of the side a kind's act is aimed at ([side.*] nouns: "tanker"), when that side
    is only ever a target (role ``other``: merchant ships, each on its own voyage). Warships of
    the side that strikes back sail and fight together: two destroyers attacked are one engagement."""
    target = lex.topic.said.kind(kind).target
    if not any(side.name == target and side.role == "other" for side in lex.topic.sides):
        return None
    return next((nouns for side, nouns in lex.side_nouns if side == target), None)


def _in_entry(article: Article, item: _Dated) -> bool:
    """Whether the mention is in a timeline's entry: its sentence, or its paragraph's first, opens on one."""
    clean, sentence = article.clean, item.mention.sentence
    sentences = all_sentences(clean)
    index = bisect.bisect_left(sentences, sentence[0], key=lambda each: each[1])
    first = sentences[_paragraph_openers(clean)[index]][1:] if index < len(sentences) else sentence
    return bool(ENTRY_HEAD.match(clean, *sentence) or ENTRY_HEAD.match(clean, *first))


def _named_on(article: Article, item: _Dated, key: tuple[str, str | None, dt.date],
              lex: Lexicons) -> str | None:
    """The named event of the group's kind and day that dated the mention (of two its words name,
    the nearer: :func:`_known`), else the one its own words tell."""
    if item.known is not None and item.known.type == key[0] and item.known.date == key[2]:
        return item.known.name
    words = _own_words(article, item.mention)
    told = [e.name for e in lex.topic.known_events
            if e.type == key[0] and e.date == key[2] and e.told_in(words)]
    return told[0] if len(told) == 1 else None


def _site(mention: Mention, lex: Lexicons) -> str | None:
    # a place that is its own country (a sea area) is where the act was, never a site within it
    hosted = [p for p in mention.places
              if lex.topic.place(p).hosts_us_forces and lex.topic.place(p).country != p]
    target = mention.target if mention.target in hosted else None
    return target or (hosted[0] if len(hosted) == 1 else None)


def _event(article: Article, country: str | None, day: dt.date | None, group: list[_Dated],
           site: str | None, lex: Lexicons) -> Event:
    first = group[0]
    dated = next((i for i in group if i.date is not None), first)
    anchor = _anchor_of(article, dated, day)
    kind = first.mention.type
    # an attack on one base does not list the other bases its sentence names (a named event's
    # name is no place: its group keeps its places)
    named = _union(i.mention.places for i in group)
    at = site if site in named else None
    places = tuple(p for p in named
                   if (country is None or lex.topic.place(p).country == country)
                   and (at is None or p == at or not lex.topic.place(p).hosts_us_forces)
                   and not _anothers_province(p, at, named, lex))
    return Event(
        id=event_id(kind, country, day, None if day else article.id, site),
        type=kind, date=day, date_precision="day" if day else "unknown", country=country,
        places=places,
        actors=_named_groups(_union(i.mention.groups for i in group), lex),
        weapons=_union(i.mention.weapons for i in group),
        summary=summarise(kind, country, places, lex.topic.said),
        sources=distinct(_evidence(article, i.mention) for i in group),
        date_note=dated.note, date_basis=dated.basis if day else "unknown",
        date_anchor=anchor, date_offset=(day - anchor).days if day and anchor else None,
        named_event=dated.known.name if dated.known and day == dated.known.date else None,
        near_named=_near_named(article, group, kind, country, day, lex) if day else None,
    )


def _anothers_province(place: str, at: str | None, named: Sequence[str], lex: Lexicons) -> bool:
    """Whether ``place`` is the province of another base the sentence names, and the gazetteer puts
    the event's own base ``at`` in another ("drones at both <a town> and <a base>, in <the base's
    province>": not the town's)."""
    own = lex.topic.place(at).province if at is not None else ""
    return bool(own) and own != place and any(
        other != at and lex.topic.place(other).province == place for other in named)


def _near_named(article: Article, group: list[_Dated], kind: str, country: str | None, day: dt.date,
                lex: Lexicons) -> str | None:
    """The one known event of the kind and country that the group's own words tell, when the day
    they give is a day off its known day: the same event dated in the other time zone."""
    told = {known.name for known in lex.topic.known_events
            if known.type == kind and known.placed(country) and abs((known.date - day).days) == 1
            and any(known.told_in(_own_words(article, i.mention)) for i in group)}
    return told.pop() if len(told) == 1 else None


def _own_words(article: Article, mention: Mention) -> str:
    """The words that tell which known event a mention is: its own, and in a timeline's entry the
    entry's from its head ("Dec. 5: the group said it targeted the tanker Acme Star. The attack took
    place off ..."): an entry's "the attack" is the act of the ship its own entry names (issue 23)."""
    entry = _entry_paragraph(article, mention.sentence)
    start = entry[0] if entry is not None and entry[0] < mention.zone[0] else mention.zone[0]
    return article.clean[start:mention.zone[1]]


def _anchor_of(article: Article, item: _Dated, day: dt.date | None) -> dt.date | None:
    """The day a weekday, "yesterday" or "two days after" was counted from."""
    if item.counted_from is not None:
        return item.counted_from if day is not None else None
    counted = item.basis in ("weekday", "relative", "local-time")
    return text_today(article, item.mention.start).published if day is not None and counted else None


def _named_groups(groups: tuple[str, ...], lex: Lexicons) -> tuple[str, ...]:
    """The groups to name: the generic "Iran-backed groups" only when no group is named."""
    named = tuple(g for g in groups if not lex.topic.actor(g).generic)
    return named or groups


def _undated_events(article: Article, items: list[_Dated], lex: Lexicons) -> tuple[Event, ...]:
    groups: dict[tuple[str, str | None, tuple[int, int] | None], list[_Dated]] = {}
    for item in items:
        groups.setdefault((item.mention.type, item.mention.country, item.month_day), []).append(item)
    events = []
    for (kind, country, month_day), group in groups.items():
        partial = f"{month_day[0]:02d}-{month_day[1]:02d}" if month_day else None
        event = _event(article, country, None, group, None, lex)
        events.append(replace(event, id=event_id(kind, country, None, article.id, None, partial),
                              day_without_year=partial))
    return tuple(events)


def _evidence(article: Article, mention: Mention) -> Evidence:
    """The mention's sentence, with the grammar's rule that read its roles (why the row exists)."""
    start, end = mention.sentence
    return Evidence(article.id, start, end, article.text[start:end], mention.rule)


def _union(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for group in groups:
        seen.update(dict.fromkeys(group))
    return tuple(seen)


def summarise(kind: EventType, country: str | None, places: tuple[str, ...],
              words: StoryWords | None = None) -> str:
    """"US strike: Al-Qaim (Iraq)"; ``words``: the story's (the default profile's when None)."""
    where = ", ".join(places) if places else None
    location = f"{where} ({country})" if where and country else (where or country or "place not given")
    return f"{(words or default_words()).label(kind)}: {location}"
