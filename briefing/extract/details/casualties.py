"""An event's own dead and injured: each figure as a report gives it (side, killed or injured,
value, qualifier), and the zeros it reports; never the campaign's running totals."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ...model import Article, Casualty, CasualtySide, Event, Evidence, Harm, Named
from ...rules import Rules, grammar
from ...screen import Needed, Screen, Screened
from ...text import all_sentences
from ...topic import Hit
from ..lexicon import Lexicons
from ..numbers import NUMBER, QUALIFIER, qualifier_of, value_of
from .sentences import (
    ATTACK_TOLD,
    JOINED_READERS,
    MAX_SENTENCES,
    Window,
    about_event,
    another_act,
    another_entry,
    another_story,
    evidence_of,
    names_only_its_day,
    other_month,
    other_time,
    side_rule,
)
from .sentences import HOME as PARTIES

# the casualties' own patterns, named rules with their examples (briefing/grammar/casualties.toml)
_OWN = Rules(grammar("casualties"), fragments={"number": NUMBER})


def story_rules(lex: Lexicons) -> Rules:
    """The casualties' rules with the story's words (its profile's ``[casualty_words]``: who its
    target side is, who strikes back), compiled once per story."""
    found = _STORY_RULES.get(lex.topic.digest)
    if found is None:
        words = lex.topic.casualty_words.words()
        found = _STORY_RULES[lex.topic.digest] = Rules(grammar("casualties"), words, {"number": NUMBER})
    return found


_STORY_RULES: dict[str, Rules] = {}

_PEOPLE = (r"service ?members?|servicemen|troops?|soldiers?|personnel|people|persons|civilians?|militants?"
           r"|fighters?|militiamen|members?|contractors?|sailors|airmen|marines|Americans|children|others"
           r"|guards|officers|individuals|operatives|combatants")


def _noun(people: str) -> str:
    """Up to three words, then a people noun; a word may be glossed by its short form in brackets
    ("four Popular Mobilization Forces (PMF) members": whose they are, told by the group's name)."""
    return (r"(?P<noun>(?:(?!(?:where|which|when|who|that)\b)[\w.'-]+\s+(?:\([\w.'-]{1,12}\)\s+)?){0,3}?"
            r"(?:" + people + r"))")


# "three crew members died", "the crew reported three fatalities"
_HARM = r"(?P<harm>killed|dead|died|wounded|injured|hurt|injuries|wounds|fatalities|deaths|lost their lives)"


def _after_number(people: str) -> re.Pattern[str]:
    """"three U.S. soldiers were killed", "34 injured", "more than 40 troops have been treated for
    injuries"."""
    return re.compile(r"^(?:\s+" + _noun(people) + r")?"
                      r"(?:\s+more)?"  # "three were killed and 34 more were injured"
                      r"(?:,\s+including\s+[^,.;:()]{1,40},)?"  # "16 people, including civilians, were"
                      # "five fighters of a pro-Hezbollah group were killed" (a name glossed in brackets
                      # within: "of the Hashed al-Shaabi (Popular Mobilisation) forces")
                      # (never a speaker's clause: "one of the sources said three were killed")
                      # "23 people guarding the facilities were killed": what they were doing, between
                      r"(?:\s+(?:of|from|[a-z]{3,}ing)\s+(?:the\s+|an?\s+)?"
                      r"(?:(?!\b(?:said|says|told|say)\b)(?:[^,.;:()]|\([^,.;:()]{1,30}\))){0,60}?"
                      r"(?=\s+(?:were|was)\b))?"
                      r"(?:\s+(?:who|that))?"
                      r"(?:\s+(?:were|was|have been|had been|are|been|being))?"
                      # "were reportedly killed", "were also wounded" (a speaker's or a time's word;
                      # never a degree: "one of them was seriously injured" is a part)
                      r"(?:\s+(?:reportedly|allegedly|also|later|previously|initially|all|both))?"
                      r"(?:\s+(?:\w+ly\s+)?(?:reported|confirmed|treated for|evaluated for|suffered))?"
                      # "with reported injuries", "to receive traumatic brain injuries"
                      r"(?:\s+(?:with|to receive|to suffer|to sustain|sustained|sustaining|suffering"
                      r"|receiving|suffered|had)"
                      r"(?:\s+(?:minor|reported|possible|serious|traumatic|brain|head|non-life-threatening)){0,3})?"
                      r"\s+" + _HARM + r"\b", re.I)


@dataclass(frozen=True)
class _People:
    """The patterns that name the people a figure counts: the grammar's nouns and the story's own
    (its profile's [figure_words] people_nouns: "crew", "seafarers")."""

    noun: str  # "(?P<noun>...)": up to three words, then a people noun
    after_number: re.Pattern[str]  # "three crew were killed"
    adjective: re.Pattern[str]  # "eight injured service members": a part, not a figure
    after: re.Pattern[str]  # "three others" beside "three crew": a noun follows the number


@functools.lru_cache(maxsize=8)
def _people(words: tuple[str, ...]) -> _People:
    people = "|".join([_PEOPLE, *(re.escape(w) for w in sorted(words, key=len, reverse=True))])
    return _People(_noun(people), _after_number(people),
                   re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:" + people + r")\b", re.I),
                   re.compile(r"^\s+(?:[\w.'-]+\s+){0,3}?(?:" + people + r")\b", re.I))


def _people_of(lex: Lexicons) -> _People:
    """The story's people patterns: a merchant ship's dead are its "crew" ("killing three of its
    crew"), a word the grammar's own nouns (the first story's forces) do not have."""
    return _people(lex.topic.figure_words.words().get("people_nouns", ()))


# "killing three US troops", "injured 34 service members"
_BEFORE_NUMBER = _OWN.pattern("harm_before_number")
# "the number of US troops injured in the attack has risen to at least 34", "the death toll rose to 16"
_RISEN = _OWN.pattern("toll_risen_to")
_NUMBER = re.compile(QUALIFIER + NUMBER, re.I)
_UNIT = _OWN.pattern("unit_after_number")
_HARMS: dict[str, Harm] = {"killed": "killed", "killing": "killed", "dead": "killed", "died": "killed",
                           "killing of": "killed", "death of": "killed", "deaths of": "killed",
                           "lost their lives": "killed", "the loss of": "killed", "deaths": "killed",
                           "fatalities": "killed"}


def _harm(word: str) -> Harm:
    """Killed or injured, by the harm's words ("claimed the lives of": killed)."""
    word = " ".join(word.lower().split())
    return _HARMS.get(word) or ("killed" if word.endswith("lives of") else "injured")


# figures of the whole campaign, not of this event
# ("U.S." does not end the clause)
_RUNNING = _OWN.pattern("running_after")
_RUNNING_BEFORE = _OWN.pattern("running_before")
# "Following attacks that injured three US troops in Iraq, the US conducted strikes": the toll of the
# attacks just told (the campaign's words "attacks" and "since" are not read before such a figure)
_ATTACKS_THAT = PARTIES.pattern("attacks_that_harmed")  # rule attacks_that_harmed of the parties' grammar
# "21 were hurt, including 19 with brain injuries": a part of the figure before it
_PART = _OWN.pattern("part_including")
# "10 killed in the city of Deir ez-Zor and 13 in Al-Mayadin": the parts of a toll by place
_BY_PLACE = _OWN.pattern("toll_by_place")
_ACT_WORD = _OWN.pattern("act_word")
# "the attack that killed three": the number is the act's victims only when passive ("who were killed")
_ACTIVE = _OWN.pattern("act_that_harmed")
# a strike's sentence telling the attack it answered: "in response to the attack that killed three"


_MONTH = _OWN.pattern("month_before")
_PARTNER_WORDS = ("partner", "security forces", "police", "border guard", "border guards")


@functools.lru_cache(maxsize=8)
def _partner(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words that make people a partner force's: the grammar's, and the story's own (its
    profile's [vocabulary] partner_words)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted({*_PARTNER_WORDS, *words},
                                                                       key=len, reverse=True)) + r")\b", re.I)
_MILITANT = _OWN.pattern("militant_nouns")


def casualties_of(article: Article, event: Event, texts: Sequence[tuple[Window, str]],
                  lex: Lexicons) -> Iterator[Casualty]:
    """The event's own dead and injured, each figure as this report gives it, and the zeros it
    reports ("no casualties were reported": a figure too, with its source)."""
    about = [(window, text) for window, text in texts if about_event(window, text, event, lex)
             and not (other_month(text, event) if window.own
                      else other_time(text, event) or another_entry(text, event) or another_story(text)
                      or another_act(text))]
    about = [(w, t) for w, t in about if not _of_the_other_named(w, t, texts, event, lex)]
    counted = _with_leader(list(_counted(article, event, about, lex)), article, event, about, lex)
    # "the three injuries" after "three US troops were injured": one figure, its side told once
    sided = {(c.kind, c.value) for c in counted if c.side != "unknown"}
    yield from (c for c in counted if c.side != "unknown" or (c.kind, c.value) not in sided)
    seen: set[tuple[str, str]] = set()
    for window, text in about:
        if _SO_FAR.search(text):
            continue
        for side, harm in _none_told(text, event, lex):
            if (side, harm) not in seen:
                seen.add((side, harm))
                yield Casualty(side, harm, 0, "exact", article.published,
                               evidence_of(article, window.start, window.end))


def may_tell_toll(text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a sentence may give :func:`casualties_of` anything: a figure (a number with a harm's
    words after or before it), one person harmed, a zero, a leader killed. Read off those patterns
    (every word set each needs: "killed" and "a soldier" both); a rule added to the reading of a
    sentence goes in here too (:data:`sentences.JOINED_READERS`: the joined sentences none of
    whose readers can read anything are not read)."""
    needs = _TOLL_NEEDS.get(lex.topic.digest)
    if needs is None:  # (once a story: its people's nouns are in a pattern)
        needs = _TOLL_NEEDS[lex.topic.digest] = Needed(
            _people_of(lex).after_number, _BEFORE_NUMBER, _RISEN, *(one.pattern for one in _ONE_PERSON),
            _NO_HARM.pattern, _NONE_HURT.pattern, *(TOLLS.pattern(name) for name in _LEADER_RULES))
    return needs.may_match(text)


_TOLL_NEEDS: dict[str, Needed] = {}  # by story


# "no casualties were reported", "without injuries", "no indications of civilian casualties"
_NO_HARM = Screened(_OWN.pattern("no_harm"))
# "no US personnel were injured", "no one was hurt"
_NONE_HURT = Screened(_OWN.pattern("none_hurt"))
_OF_THE_ATTACKS = _OWN.pattern("zero_of_the_attacks")
_SO_FAR = Screened(_OWN.pattern("so_far"))


def _on_us(event: Event, lex: Lexicons) -> bool:
    """Whether the event is an attack on the story's US side (:meth:`StoryWords.on_us`)."""
    return lex.topic.said.on_us(event.type)


def _none_told(text: str, event: Event, lex: Lexicons) -> Iterator[tuple[CasualtySide, Harm]]:
    """(side, kind) of each zero a sentence reports: the side its words name (civilians; US forces
    or, beside an attack on them, the forces the sentence names), else not reported."""
    attack, on_us = lex.topic.said.attack(event.type), _on_us(event, lex)
    for pattern in (_NO_HARM, _NONE_HURT):
        for match in pattern.finditer(text):
            who, word = (match.group("who") or "").lower(), match.group("harm").lower()
            harm: Harm = "killed" if word in ("deaths", "fatalities", "killed") else "injured"
            if "civilian" in who:
                if not attack:  # a strike's care for bystanders ("no civilian casualties")
                    yield "civilians", "killed" if word == "casualties" else harm
            elif who or (on_us and (story_rules(lex).pattern("us_side_word").search(text)
                                    or pattern is _NONE_HURT)):
                if on_us:  # US zeros told beside a strike are the attack's it answered
                    yield "us", harm
                elif attack and not who:  # an attack on another side (merchant shipping)
                    yield "unknown", harm
            elif attack or not _OF_THE_ATTACKS.match(text, match.end()):
                yield "unknown", harm  # (beside a strike, "no injuries from the attacks" is theirs)


# Numbers read as casualty figures in one sentence: a report gives a few; a sentence with hundreds
# is a list run together, each read at a cost in proportion to the sentence.
FIGURES_READ = 40


_NUMBERS: dict[str, tuple[re.Match[str], ...]] = {}
_NUMBERS_KEPT = 2_048  # sentences whose numbers are kept (then the memo starts again)


def _numbers(text: str) -> tuple[re.Match[str], ...]:
    """The first numbers of a sentence, found once: each event of an article reads the same
    sentences again (the article's later sentences are read for each of its events)."""
    found = _NUMBERS.get(text)
    if found is None:
        if len(_NUMBERS) >= _NUMBERS_KEPT:
            _NUMBERS.clear()
        found = _NUMBERS[text] = tuple(itertools.islice(_NUMBER.finditer(text), FIGURES_READ))
    return found


# the place a figure is told of, just after it: "16 people in Iraq", "23 in Syria"
_IN_PLACE = _OWN.pattern("in_place_after")


def in_other_country(text: str, end: int, country: str, lex: Lexicons) -> bool:
    """Whether the figure ending at ``end`` is told of another country than ``country``."""
    lead = _IN_PLACE.match(text[end:end + 60])
    if lead is None:
        return False
    named = lex.countries.match(text, end + lead.end())
    return named is not None and lex.country(named.group()) not in (None, country)


def _counted(article: Article, event: Event, texts: Sequence[tuple[Window, str]],
             lex: Lexicons) -> Iterator[Casualty]:
    """The event's own figures of dead and injured, each as this report gives it (``texts``: the
    sentences that can be about it)."""
    seen: set[tuple[str, str, int, str]] = set()
    last: tuple[CasualtySide, Harm] | None = None  # "Three US soldiers were killed. 30 others were wounded."
    last_told = (-1, -1)  # the sentence (start, end) of the last figure
    for window, text in texts:
        names = [(h.start, h.end) for h in lex.places.find(text)]  # once a sentence, not once a number
        joint: bool | None = None  # _operation_total, asked only of a sentence with a figure of its own
        for number in _numbers(text):
            if any(start <= number.start("num") < end for start, end in names):
                continue  # a place's name ("Tower 22")
            if text[number.end():number.end() + 1].isalpha():
                continue  # part of a word: "injured tens of others" is no ten
            same = window.start == last_told[0]
            found = _figure(number, text, event, lex) or _in_own_country(number, text, event, lex,
                                                                               last if same else None)
            side = _side_told(found, number, text, event, lex, last, (same, _goes_on(last_told, window)))
            if found is None or side is None:
                continue
            harm, value = found[1:]
            last, last_told = (side, harm), (window.start, window.end)
            joint = _operation_total(text, event, lex) if joint is None else joint
            if not _its_own(text, number.start(), number.end(), side, joint, event, lex):
                continue
            key = (side, harm, value, qualifier_of(number))
            if key not in seen:
                seen.add(key)
                source = evidence_of(article, window.start, window.end)
                yield Casualty(side, harm, value, qualifier_of(number), article.published, source,
                               _group_of(text, number, source, lex) if side == "militants" else None)
        for side, harm, start, end in itertools.chain(_one_person(text, event, lex),
                                                      _one_beside_others(text, event, lex)):
            joint = _operation_total(text, event, lex) if joint is None else joint
            if (side, harm, 1, "exact") not in seen and _its_own(text, start, end, side, joint, event, lex):
                seen.add((side, harm, 1, "exact"))
                yield Casualty(side, harm, 1, "exact", article.published,
                               evidence_of(article, window.start, window.end))


_GROUP_WORDS = 80  # characters after a figure where the group its people belong to is looked for


def _group_of(text: str, number: re.Match[str], source: Evidence, lex: Lexicons) -> Named | None:
    """The armed group whose members a militants' figure counts: as the words right after it name
    it, else as another clause of its sentence does (:func:`_group_elsewhere`)."""
    return _group_after(text[number.end():], source, lex) or _group_elsewhere(text, number, source, lex)


def _group_after(after: str, source: Evidence, lex: Lexicons) -> Named | None:
    """The armed group whose members a militants' figure counts, as the words right after it name
    it ("four members of X were killed": rule people_of_group; "five X fighters": group_people): the
    first group named there, one of the topic's named groups (never the generic words, nor a group
    the people are only near or allied with). None when the words name none."""
    told = after[:_GROUP_WORDS]
    hit = next(iter(lex.actors.find(told)), None)
    if hit is None or lex.side(hit.name) != "militia" or lex.topic.actor(hit.name).generic:
        return None
    named = (TOLLS.at("people_of_group", told, hit.start) is not None
             or (not told[:hit.start].strip() and TOLLS.at("group_people", told, hit.end) is not None))
    written = told[hit.start:hit.end]
    return Named(hit.name, source, written if written != hit.name else "") if named else None


def _group_elsewhere(text: str, number: re.Match[str], source: Evidence, lex: Lexicons) -> Named | None:
    """The armed group a militants' figure counts the members of, named in another clause of its
    sentence: the teller of "its members" ("X, a force including other groups, said 16 of its members
    were killed": rule teller_own_people, the group named before the figure), or whose the struck
    place was when the figure's people are told only by a member's noun ("struck a base belonging
    to X ...; four fighters were killed": rules bare_members, place_of_group, group_place). Only when
    the sentence names one armed group (the generic words aside): with two, whose is not told."""
    named = [h for h in lex.actors.find(text)
             if lex.side(h.name) == "militia" and not lex.topic.actor(h.name).generic]
    if len({h.name for h in named}) != 1:
        return None
    hit = named[0]
    own = hit.end <= number.start() and TOLLS.at("teller_own_people", text, number.end()) is not None
    bare = TOLLS.at("bare_members", text, number.end()) is not None
    place = bare and any(_place_of(text, h) or TOLLS.at("group_struck", text, h.start) is not None
                         for h in named)  # ("struck the X armed group, killing eight members")
    written = text[hit.start:hit.end]
    return Named(hit.name, source, written if written != hit.name else "") if own or place else None


def _place_of(text: str, hit: Hit) -> bool:
    """Whether the group's name is told as whose the struck place was ("struck a base belonging to
    X", "hit an X base")."""
    return bool(TOLLS.at("place_of_group", text, hit.start) or (
        TOLLS.at("struck_group_place", text, hit.start) and TOLLS.at("group_place", text, hit.end)))


def _side_told(found: tuple[CasualtySide, Harm, int] | None, number: re.Match[str], text: str,
               event: Event, lex: Lexicons, last: tuple[CasualtySide, Harm] | None,
               near: tuple[bool, bool]) -> CasualtySide | None:
    """The side of a figure found: one whose words name no one goes on from the last one ("killed one
    fighter and wounded three others"); ``near``: whether the last was told in this sentence, and
    in this one or the one before. None when it goes on from a figure that was not the event's."""
    if found is None or found[0] != "unknown":
        return found[0] if found else None
    same, goes_on = near
    if _of_another(number, text, event, lex) and not goes_on:
        return None  # "This attack killed three soldiers. It also injured 47 others.", beside a strike
    return last[0] if last and _continued(text, number, same, _people_of(lex)) else "unknown"


def _of_another(number: re.Match[str], text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a strike's figure goes on from one told before it ("34 others", "an additional
    four"): when this report read no figure of the strike just before, the one it goes on from
    is another act's (the attack the strike answered)."""
    before, after = text[:number.start()], text[number.end():]
    return not lex.topic.said.attack(event.type) and bool(_OTHERS.match(after) or _FURTHER.search(before))


def _goes_on(told: tuple[int, int], window: Window) -> bool:
    """Whether ``window`` is the sentence ``told`` (start, end) or the one right after it."""
    return window.start == told[0] or 0 <= window.start - told[1] <= 3


def _its_own(text: str, start: int, end: int, side: CasualtySide, joint: bool, event: Event,
             lex: Lexicons) -> bool:
    """Whether a figure (``start``-``end`` in the sentence) of ``side`` is the event's own: not told of
    another country ("killed 16 people in Iraq and 23 in Syria": Iraq's dead are not Syria's), not
    the whole of an operation in two countries ("strikes in Iraq and Syria killed 40"), not the
    other act's (:func:`_the_events`)."""
    if event.country and in_other_country(text, end, event.country, lex):
        return False
    if joint and not _told_in(text, end, event.country, lex):
        return False
    return _the_events(side, text[:start], event, lex)


# One person told with the indefinite article, the number one: "injures a service member", "a US
# soldier was wounded", "killed a civilian". Never "a number of", "a dozen"; never a part of a list
# ("killed a soldier and two contractors": the report's total is not read from its parts), nor a
# person told after "of" or "and" ("the deaths of a soldier and a contractor"). Only the people an
# attack or a strike harms beside its aim (US forces, partners, civilians): "killing a Kataib
# Hezbollah commander" names a strike's target, not its toll (the reports' toll counts his guards).
_SINGLE = (r"(?:soldier|service ?member|serviceman|servicewoman|troop|sailor|airman|marine|American"
           r"|contractor|civilian|officer|guard|person|child)")
_ONE_NOUN = (r"\b(?P<a>an?)\s+(?!(?:number|dozen|total|few|handful|couple|series|string|wave|host|score)\b)"
             r"(?P<noun>(?:(?!(?:and|or|who|that|which|of|in|at|on)\b)[\w.'’-]+\s+){0,3}?" + _SINGLE + r")\b")
_ONE_AFTER_HARM = re.compile(r"\b(?P<harm>killed|killing|kills|wounded|wounding|wounds|injured|injuring"
                             r"|injures)\s+" + _ONE_NOUN + r"(?=(?P<rest>[^.;:()]{0,100}))", re.I)
# "a commander of X and two of his guards", "a soldier, along with another": the list goes on
_LIST_GOES_ON = _OWN.pattern("list_goes_on")
_ONE_BEFORE_HARM = re.compile(_ONE_NOUN + r"\s+(?:was|has been|had been)\s+(?:\w+ly\s+)?"
                              r"(?P<harm>killed|wounded|injured|hurt)\b", re.I)
# "a service member suffered a concussion", "a US soldier sustained minor injuries": one person hurt
_ONE_SUFFERED = re.compile(_ONE_NOUN + r"\s+(?:\w+ly\s+)?(?P<harm>suffered|suffers|sustained|sustains"
                           r"|received|receives)\s+"
                           r"(?:(?:an?|minor|mild|serious|non-life-threatening|traumatic|brain)\s+){0,3}"
                           r"(?:concussions?|injur(?:y|ies)|wounds?)\b", re.I)
# the three, each searched only in a sentence holding one of the words its matches need (screen.Screened):
# most sentences of a report tell no one harmed
_ONE_PERSON = tuple(Screened(p) for p in (_ONE_AFTER_HARM, _ONE_BEFORE_HARM, _ONE_SUFFERED))
_PART_OF = _OWN.pattern("part_of_list_before")
# one person harmed in another act the clause sets the event against: "on Sunday, a week after a
# drone attack injured a US service member", "unlike last year, when a contractor was killed"
_ANOTHER_TIME = _OWN.pattern("another_time_before")


# one person harmed only as a denial, a doubt or a condition tells it: "not a single soldier was
# hurt", "unclear whether a service member suffered injuries", "denied that a contractor was killed",
# "if a soldier suffered a concussion, it would be reported"
_DOUBTED = _OWN.pattern("doubted_before")


@functools.lru_cache(maxsize=8)
def _story_one_person(words: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The one-person patterns with the story's own people nouns in the singular (its profile's
    [figure_words] people_nouns: "a crew member was killed", "injuring a seafarer"), for those the
    grammar's do not name."""
    single = re.compile(_SINGLE + r"$", re.I)
    singular = sorted({w[:-1] for w in words if w.endswith("s") and len(w) > 3 and not single.match(w[:-1])},
                      key=len, reverse=True)
    if not singular:
        return ()
    noun = "(?:" + "|".join(re.escape(w) for w in singular) + ")"
    return tuple(re.compile(p.pattern.replace(_SINGLE, noun), re.I)
                 for p in (_ONE_AFTER_HARM, _ONE_BEFORE_HARM, _ONE_SUFFERED))


def _one_person(text: str, event: Event, lex: Lexicons) -> Iterator[tuple[CasualtySide, Harm, int, int]]:
    """(side, harm, start, end) of each one person a sentence says was killed or hurt."""
    patterns: list[Screened | re.Pattern[str]] = [*_ONE_PERSON, *_story_one_person(
        tuple(lex.topic.figure_words.words().get("people_nouns", ())))]
    for pattern in patterns:
        for match in pattern.finditer(text):
            before = text[:match.start("a")]
            if (_PART_OF.search(before) or _RUNNING.search(text[match.end():]) or _MONTH.search(before)
                    or _ANOTHER_TIME.search(before) or _LIST_GOES_ON.match(text, match.end("noun"))
                    or _DOUBTED.search(before)):
                continue
            rest = match.groupdict().get("rest") or ""
            side = _side(match.group("noun"), text, event, lex, rest)
            if side in ("us", "partner", "civilians"):
                yield side, _harm(match.group("harm")), match.start("a"), match.end("noun")


# "and an Iraqi soldier": one person told last in a list of the harmed (rule one_beside_others)
# ("and one Iraqi soldier" too: the figure reader leaves a list's last count to the list)
_AND_ONE = Screened(re.compile(r"\band\s+" + _ONE_NOUN.replace("(?P<a>an?)", "(?P<a>an?|one)"), re.I))


def _one_beside_others(text: str, event: Event,
                       lex: Lexicons) -> Iterator[tuple[CasualtySide, Harm, int, int]]:
    """(side, harm, start, end) of one partner or civilian told after the others an act harmed, of
    another side ("injured several US personnel and an Iraqi soldier": the soldier is the partners'
    one injured, whatever the US figure); never the list's last of the same side ("killed a soldier
    and a contractor" is one toll, read as a whole or not at all)."""
    for match in _AND_ONE.finditer(text):
        lead = TOLLS.at("one_beside_others", text, match.start("a"))
        if (lead is None or _LIST_GOES_ON.match(text, match.end("noun"))
                or _RUNNING.search(text[match.end():])):
            continue
        side = _side(match["noun"], text, event, lex)
        first = _side(lead["first"], text, event, lex)
        if side in ("partner", "civilians") and first not in ("unknown", side):
            yield side, _harm(lead["harm"]), match.start("a"), match.end("noun")


def _the_events(side: CasualtySide, before: str, event: Event, lex: Lexicons) -> bool:
    """Whether a figure of ``side`` can be the event's: US dead told beside a strike are the
    attack's it answered; the groups' dead are never an attack's own (told beside one, they are
    the toll of the strike that answered it: "the strike killed three members of the militia"); and
    a figure whose sentence tells a US strike as what did the killing is that strike's, whoever
    died ("the attacks came a day after the US struck the group, killing eight of its men", "the
    American raids resulted in the killing of 16 people"), unless an attack or the answer to one
    is told between ("US strikes in retaliation for the attack that killed three")."""
    if not lex.topic.said.attack(event.type):
        return side != "us"
    return side != "militants" and not _strike_did_it(before, lex)


def _strike_did_it(before: str, lex: Lexicons) -> bool:
    """Whether the last act told before a figure is a US strike (no attack, nor an answer to one,
    told after it and then named as what did the harm: "in retaliation for the attack that killed
    three", "for the killing of three"). "US strikes following the attack killed 16 people": the
    attack only dates the strikes, which did the killing."""
    told = list(story_rules(lex).pattern("us_strike_before").finditer(before))
    answer = _ANSWERING.search(before, told[-1].end()) if told else None
    return bool(told) and not (answer and _HARM_OF_IT.search(before, answer.end()))


# an attack, or the answer to one, told between a US strike and a figure: the figure is the attack's
_ANSWERING = _OWN.pattern("answering_act")


# the harm told as the attack's (or the answered act's): a relative clause or a harm noun's "of"
_HARM_OF_IT = _OWN.pattern("harm_of_it")


# two of the campaign's countries joined: "strikes in Iraq and Syria", "Iraq, Syria"
_JOINED = _OWN.pattern("countries_joined")


def _operation_total(text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a strike's sentence tells an operation in its country and another joined ("US
    strikes in Iraq and Syria killed nearly 40"): its figures are the whole operation's, given to
    one country's part only when told in that country ("16 in Iraq")."""
    if lex.topic.said.attack(event.type) or event.country is None:
        return False
    found = list(lex.countries.finditer(text))
    return any(lex.country(a.group()) != lex.country(b.group())
               and event.country in (lex.country(a.group()), lex.country(b.group()))
               and _JOINED.match(text[a.end():b.start()]) for a, b in itertools.pairwise(found))


def _told_in(text: str, end: int, country: str | None, lex: Lexicons) -> bool:
    """Whether the figure ending at ``end`` is told of ``country`` ("16 in Iraq")."""
    lead = _IN_PLACE.match(text[end:end + 80])
    named = lex.countries.match(text, end + lead.end()) if lead else None
    if named is None or lex.country(named.group()) != country:
        return False
    more = lex.countries.search(text, named.end(), named.end() + 8)  # "in Iraq and Syria": both
    return more is None or not _JOINED.match(text[named.end():more.start()])


# "killing at least 13 members of the groups in Syria, and 16 in Iraq": the last figure's people
_BARE_IN = _OWN.pattern("bare_in_place")


def _in_own_country(number: re.Match[str], text: str, event: Event, lex: Lexicons,
                    last: tuple[CasualtySide, Harm] | None) -> tuple[CasualtySide, Harm, int] | None:
    """A bare number told in the event's country after a figure of the same sentence ("13 members
    in Syria, and 16 in Iraq"): the last figure's side and harm, in this country."""
    value = value_of(number.group("num"))
    if last is None or value is None or not _BARE_IN.match(text[number.end():]):
        return None
    return (*last, value) if _told_in(text, number.end(), event.country, lex) else None


# a range of figures, "54–55 killed", "between 10 and 15": no one figure
_RANGE_BEFORE = _OWN.pattern("range_before")
_RANGE_AFTER = _OWN.pattern("range_after")
# "the two others killed had been guards": a part of a figure told before, told back
_TOLD_BACK = _OWN.pattern("told_back")
# a US strike told before the figure, in an attack's sentence ("the attacks came a day after the US
# struck the group, killing eight of its members"): the strike's dead, not the attack's. The strike
# is the US side's, named before its verb: "a missile struck the tanker, killing three crew members"
# is the attack's own act ("a US base was struck" is no US strike)
# ("the US conducted a drone attack in Baghdad that killed three members of X": the US side's act,
# whatever its noun, is a strike): rule us_strike_before, with the story's words (story_rules)


def _ours(before: str, lex: Lexicons) -> bool:
    """Whether the last attack told before a strike's figure is the US side's own act, so the strike
    itself ("the U.S. conducted a drone attack in Baghdad that killed three members of X")."""
    told = ATTACK_TOLD.search(before)
    return told is not None and any(m.start() <= told.start() < m.end()
                                    for m in story_rules(lex).pattern("us_strike_before").finditer(before))


def _no_figure_of_its_own(before: str, after: str) -> bool:
    """A range ("54–55 killed") is no one figure; "the two others killed" are a part of a figure
    told before, told back."""
    return bool(_RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after)
                or (_TOLD_BACK.search(before) and _OTHERS.match(after))
                or _WHOLE_OF.search(before) or _LISTED.match(after))


# "one of the two sustained minor injuries": the whole a part is told of, not a figure of its own
_WHOLE_OF = _OWN.pattern("whole_of_before")
# "killed one Vietnamese and two Filipino crew members": a list's first part, never its total
_LISTED = _OWN.pattern("listed_first_part")
# "Two seafarers from X and another from Y were killed": a part told after the first, with where it is from
_AND_MORE = _OWN.pattern("and_more_from")


# "three others", "34 more"; "an additional four", "a further 10"
_OTHERS = _OWN.pattern("others_after")
_FURTHER = _OWN.pattern("further_before")


def _continued(text: str, number: re.Match[str], same_sentence: bool, people: _People) -> bool:
    """Whether a figure whose side its words do not give continues the last one's: "three
    others", "an additional four", or, in the same sentence, a bare number ("the loss of three
    soldiers and injured 40")."""
    after, before = text[number.end():], text[:number.start()]
    bare = same_sentence and not people.after.match(after)
    return bool(_OTHERS.match(after) or _FURTHER.search(before) or bare)


_NONE_BEFORE = _OWN.pattern("none_before")  # "no one", "not one of them"


def _figure(number: re.Match[str], text: str, event: Event,
            lex: Lexicons) -> tuple[CasualtySide, Harm, int] | None:
    """(side, killed or injured, value) when the number counts people killed or hurt."""
    value = value_of(number.group("num"))
    before, after = text[:number.start()], text[number.end():]
    if not _counts_harm(before, after, lex):
        return None  # (what is read last below, asked first: most numbers count no one harmed)
    listed = _list_total(value, before, after, text, event, lex)
    if listed is not None:
        return listed  # "killed one Vietnamese and two Filipino crew members": 3, its parts summed
    if _no_figure_of_its_own(before, after) or _NONE_BEFORE.search(before):
        return None  # ("no one was hurt": none, a zero told apart, never a figure of one)
    if _UNIT.match(after):
        return None  # "nearly 12 hours after US personnel were injured": a time, not people
    # "these attacks, including the one which killed three": the figure after "including" is one
    # attack's (of an attack, not of the strike that answered it)
    attack = lex.topic.said.attack(event.type)
    parts = re.split(r"\bincluding\b", before)
    told = parts[-1] if attack and len(parts) > 1 and _ACT_WORD.search(parts[-1]) else before
    if (value is None or value > 5000 or _MONTH.search(before) or _running(after, lex)
            or _PART.search(before) or _BY_PLACE.match(after)
            or (_campaign_before(told, event) and not (attack and _ATTACKS_THAT.search(told)))
            or _ACTIVE.match(after) or (attack and side_rule(lex, "toll_of_ours").match(after))
            or (not attack and ATTACK_TOLD.search(before) and not _ours(before, lex))
            or TOLLS.at("campaign_toll", text, number.start()) is not None):  # the campaign's toll
        return None
    people_words = _people_of(lex)
    tail = people_words.after_number.match(after)
    head = _BEFORE_NUMBER.search(before) or _RISEN.search(before)
    if tail is not None:
        found, harm = _people_told(tail, after, people_words), tail.group("harm").lower()
        if found is None:
            return None
        noun = found
    elif head is not None and (head.group("harm") or "").lower() != "leaving":
        people = re.match(r"^\s+" + people_words.noun + r"\b", after, re.I)  # "injuring 25" names no one
        them = None if people else _them(text, number)
        if people is None and them is None and re.match(r"^\s+[a-z]", after):
            return None  # "killing three of its fighters"? a noun we do not know: not read
        # "the number of service members injured stands at 34": the people the count's words name
        counted = head.groupdict().get("risen") or ""
        noun = people.group("noun") if people else (them or counted.strip())
        harm = (head.group("harm") or "killed").lower()
    else:
        return None
    rest = re.split(r"[,.;:()]", after[len(noun) + 1:] if noun and after.lstrip().startswith(noun) else "")[0]
    side = _whose(number, text, noun, event, lex, rest[:100])
    return side, _harm(harm), value + (_more(after[:tail.start("harm")]) if tail is not None else 0)


def _them(text: str, number: re.Match[str]) -> str | None:
    """The people a figure tells back as "of them" ("a strike against Norland-backed fighters,
    killing five of them"): those the act was against, told before it in its clause (rules of_them,
    them_struck_before); None when the figure is not told so, or they are not told."""
    if TOLLS.at("of_them", text, number.end()) is None:
        return None
    told = TOLLS.at("them_struck_before", text, number.start())
    return told["people"] if told is not None else None


def _whose(number: re.Match[str], text: str, noun: str, event: Event, lex: Lexicons,
           rest: str) -> CasualtySide:
    """The side of the people a figure counts (:func:`_side`); told as someone's own ("the rebels said
    two of their men were killed"), the teller's when sure (:func:`_teller`), else by the people's
    own words, never by the pronoun or the sentence's other names."""
    owned = TOLLS.at("owned_people", text, number.end())
    if owned is None:
        return _side(noun, text, event, lex, rest)
    return _teller(text, number, owned, lex) or _side(noun, text, event, lex, rest, owned=True)


def _teller(text: str, number: re.Match[str], owned: re.Match[str], lex: Lexicons) -> CasualtySide | None:
    """The side of people a figure counts told as someone's own ("two of their men"), when who tells
    it is sure: a teller named before the figure ("the rebels said ...") or after it ("..., according
    to the group"), an armed group's ("militants") or, for "our", the US side's; never when another
    side is named between the teller and the figure (whose then is unsure), nor when an act's verb
    tells the harm ("..., killing two of its crew," the rebels said: the ship's). None when not sure."""
    if TOLLS.at("harmed_by_verb", text, number.start()) is not None:
        return None
    before = TOLLS.at("teller_before", text, number.start())
    if before is not None:
        who, between = before["who"], before["between"]
    else:
        after = TOLLS.at("teller_after", text, owned.end())
        if after is None:
            return None
        who = after["who"] or after["source"]
        between = text[number.end():after.start("who" if after["who"] else "source")]
    if any(lex.actors.find(between)):
        return None
    named = [lex.side(h.name) for h in lex.actors.find(who)]
    side = named[-1] if named else ("militia" if TOLLS.at("group_teller", who, 0) else None)
    if side == "militia":
        return "militants"
    return "us" if side == "us" and owned["whose"].lower() == "our" else None


def _people_told(tail: re.Match[str], after: str, people: _People) -> str | None:
    """The people a figure told before its harm counts ("three soldiers were killed": "soldiers"; ""
    when none), told after the harm too ("two fatalities among the crew members"); None for a harm
    that is an adjective of people ("eight injured service members": a part, not a figure)."""
    noun = tail.group("noun") or ""
    rest = after[tail.end():]
    among = None if noun else re.match(r"^\s+among\s+(?:the\s+|its\s+|their\s+|her\s+)?"
                                        + people.noun + r"\b", rest, re.I)
    if among is not None:
        return among.group("noun")
    return None if not noun and people.adjective.match(rest) else noun


def _more(told: str) -> int:
    """The part told after a figure's people and where they are from, before their harm: "Two
    seafarers from X and another from Y were killed" (1)."""
    more = _AND_MORE.search(told)
    if more is None:
        return 0
    return 1 if more["more"].lower() == "another" else value_of(more["more"]) or 0


def _list_total(value: int | None, before: str, after: str, text: str, event: Event,
                lex: Lexicons) -> tuple[CasualtySide, Harm, int] | None:
    """A toll told as a list of its parts by where the people are from, after the harm ("killed one
    Vietnamese and two Filipino crew members"): their sum, when both parts are of one side (never
    "one American and two Iraqi soldiers")."""
    listed = _LISTED.match(after)
    head = _BEFORE_NUMBER.search(before) if listed is not None else None
    if head is None or value is None or head.group("harm").lower() == "leaving" or listed is None:
        return None
    people = _people_of(lex).after.match(after[listed.end():])
    second = value_of(listed["second"])
    if people is None or second is None:
        return None
    noun = " ".join(people.group().split())
    first = _side(f"{listed['first'].strip()} {noun.split()[-1]}", text, event, lex)
    side = _side(noun, text, event, lex)
    return (side, _harm(head.group("harm")), value + second) if side == first else None


def _campaign_before(told: str, event: Event) -> bool:
    """Whether the words before a figure make it the campaign's (_RUNNING_BEFORE: "since", "attacks",
    "total"), but for a day of the month told between them and the figure, the event's and only it
    ("airstrikes have targeted them since January, with strikes on May 30 killing 16": that day's)."""
    running = _RUNNING_BEFORE.search(told)
    if running is None:
        return False
    words = list(_RUNNING_WORD.finditer(told, running.start()))
    # ("attacks since October 17 have injured 24": the day the campaign is counted from)
    return (any(_ITS_OBJECT_A_DAY.match(told, w.end()) for w in words)
            or not names_only_its_day(told[words[-1].end():], event))


_RUNNING_WORD = _OWN.pattern("running_word")  # (_RUNNING_BEFORE's words)
_ITS_OBJECT_A_DAY = _OWN.pattern("day_as_object")


def _running(after: str, lex: Lexicons) -> bool:
    """Whether the words after a figure make it the campaign's (_RUNNING), but for "attacks" that
    are the US side's own, its strikes ("16 people were killed in the US attacks": rule
    toll_of_ours of the sites' grammar)."""
    running = _RUNNING.search(after)
    return running is not None and not (running.group().lower().endswith("attacks")
                                        and side_rule(lex, "toll_of_ours").match(after) is not None)


def _counts_harm(before: str, after: str, lex: Lexicons) -> bool:
    """Whether a number may count people harmed, as :func:`_figure` reads it last: people and their
    harm after it ("three soldiers were killed"), or a harm told right before it ("killing three",
    "the death toll rose to 40"). Most numbers of a report have neither ("after 12 hours"), and
    finding that first spares the searches of all the text before each of them."""
    tail = _people_of(lex).after_number
    if _screen_of(tail).may_match(after) and tail.match(after) is not None:
        return True
    head = _BEFORE_NUMBER.search(before) or _RISEN.search(before) if _HEAD.may_match(before) else None
    return head is not None and (head.group("harm") or "").lower() != "leaving"


# (each pattern tried only where the words its matches need are: screen.py)
_HEAD = Screen.of(_BEFORE_NUMBER, _RISEN)


@functools.lru_cache(maxsize=8)
def _screen_of(pattern: re.Pattern[str]) -> Screen:
    return Screen.of(pattern)


def _side(noun: str, sentence: str, event: Event, lex: Lexicons, rest: str = "",
          owned: bool = False) -> CasualtySide:
    """Whose dead or injured: by the words of the noun phrase (and what it is "of": ``rest``),
    else by the sentence and event. ``owned``: the people are told as someone's own ("two of
    their men"), so theirs, not anyone the sentence names: no side by the sentence's words."""
    attack, on_us = lex.topic.said.attack(event.type), _on_us(event, lex)
    own_words = TOLLS.pattern("owner_phrase").sub(" ", noun) if owned else noun  # "of their own" blanked
    rules = story_rules(lex)
    us_side = rules.pattern("us_side_word")
    if us_side.search(own_words) or (on_us and not owned and us_side.search(sentence)
                                     and (not noun or _UNNAMED.fullmatch(noun))
                                     and not (noun and rules.pattern("with_partners").search(sentence))):
        return "us"  # "killing three American troops and injuring 34 others" beside an attack
    forces = re.search(r"\b(?:service ?members?|servicemen|troops?|soldiers?|personnel|sailors|airmen"
                       r"|marines)\b", noun, re.I)
    civilians = re.search(r"\bcivilians?|children\b", noun, re.I)
    if civilians and _AMONG.search(noun[:civilians.start()]):
        civilians = None  # "16 people including civilians": civilians among them, not their side
    if civilians and not (forces and forces.start() < civilians.start()):
        return "civilians"  # "seven service members and civilians": the forces are named first
    if _partner(lex.topic.vocabulary.partner_words).search(noun):
        return "partner"
    if _ARMED.search(noun) or _of_militia(noun, sentence, rest, lex):
        return "militants"  # "five Iraqi militants", "four Syrian members of Iran-backed groups"
    demonyms = [d for d, _ in lex.topic.campaign.demonyms]
    if any(d.lower() in noun.lower() for d in demonyms):
        return "partner"
    # the forces an attack on them hurt; beside a strike, the forces of the attacks it answered
    # (an attack on another side's ships hurts their crews: no side of the story's own)
    if forces and (on_us or not (attack or _MILITANT.search(noun))):
        return "us"
    if _MILITANT.search(noun) or any(lex.side(h.name) == "militia" for h in lex.actors.find(noun)):
        return "militants"
    # the people aboard what an attack hit, when the profile says whose they are (a merchant
    # ship's crew: "a missile hit the tanker, killing two of its crew members")
    return _aboard(event, lex)


def _aboard(event: Event, lex: Lexicons) -> CasualtySide:
    """The casualty side of the people aboard the ships an attack hit (``[side.NAME] aboard``)."""
    side = lex.topic.said.aboard_target(event.type)
    return side if side in ("us", "partner", "militants", "civilians") else "unknown"  # type: ignore[return-value]


# "16 People Including Civilians Killed", "killed 16, among them civilians": a part, not the whole's side
_AMONG = _OWN.pattern("part_among_before")
# an attack on the US side's forces and their partners ("against U.S. and coalition forces"): people no
# noun places on a side ("four individuals") may be either's
# people no noun places on a side: beside an attack on US forces whose sentence names the US
_UNNAMED = _OWN.pattern("unnamed_people")
# nouns that are only ever the armed groups' (never a partner's, whatever their nationality)
_ARMED = _OWN.pattern("armed_nouns")
# "13 members of the militias", "four Syrian members of Iranian-backed armed groups"
_OF_GROUP = _OWN.pattern("of_group")
# "members of Kataib Hezbollah": the group's name told after "of"
_OF_NAMED = _OWN.pattern("of_named")
_LEAD = re.compile(r"(?:[\w'’-]+\s+){0,2}")  # "of the powerful |Kataib Hezbollah": words before the name
# "the death of five of its members", the group's own dead ("its": the group the sentence names)
_ITS = _OWN.pattern("of_its_members")


def _of_militia(noun: str, sentence: str, rest: str, lex: Lexicons) -> bool:
    """Whether the people are the armed groups' by what they are "of"."""
    members = re.search(r"\b(?:members?|fighters?|men|commanders?)$", noun, re.I)
    if members and _OF_GROUP.match(rest):
        return not _partner(lex.topic.vocabulary.partner_words).search(rest)
    if members and (of := _OF_NAMED.match(rest)):  # "three members of Kataib Hezbollah"
        named = rest[of.end():]
        return any(_LEAD.fullmatch(named[:h.start]) and lex.side(h.name) == "militia"
                   for h in lex.actors.find(named))
    # the sentence's groups looked for only when the noun is "of its members", or bare: once per
    # figure they cost a read of the whole sentence
    if _BARE_MEMBERS.fullmatch(noun.strip()):
        return _of_struck_group(sentence, lex)
    return bool(_ITS.match(noun.strip())) and any(lex.side(h.name) == "militia"
                                                  for h in lex.actors.find(sentence))


_BARE_MEMBERS = _OWN.pattern("bare_member_noun")


def _of_struck_group(sentence: str, lex: Lexicons) -> bool:
    """Whether bare members a figure counts ("killing eight members") are the one armed group the
    sentence names, told as what the strike hit (rule group_struck: "US forces struck the
    Norland-aligned Valley Brigades armed group, killing eight members"); never with two groups
    named."""
    named = [h for h in lex.actors.find(sentence)
             if lex.side(h.name) == "militia" and not lex.topic.actor(h.name).generic]
    return (len({h.name for h in named}) == 1
            and TOLLS.at("group_struck", sentence, named[0].start) is not None)


# A leader a strike killed, told as one person ("killed a senior commander of X", "X, a leader of Y, was
# killed"), and those killed with him ("along with two of his guards", "Two other members were also
# killed"): the strike's toll is their sum, as the reports count it (a list's parts are never figures of
# their own). Only an armed group's leader: his rank with a group's words or name. The rules are the
# casualties' grammar's (briefing/grammar/casualties.toml).
TOLLS = _OWN
_LEADER_RULES = ("leader_killed_after", "leader_killed")
_COMPANION_RULES = ("killed_along_with", "others_killed", "also_killed_others", "killed_with_him")
_BARE = "others_killed"  # taken only with "other" or "another": "two members were killed" is a toll
_OTHER = _OWN.pattern("other_word")


def _with_leader(counted: list[Casualty], article: Article, event: Event,
                 texts: Sequence[tuple[Window, str]], lex: Lexicons) -> list[Casualty]:
    """The figures with a strike's leader killed and those killed with him, summed: one figure of
    the armed group's dead, unless the report gives its dead otherwise (a toll of the group's
    fighters holds him, or any toll of the dead does when no one is told killed with him). The
    leader is told in the strike's own sentence; those killed with him there or in the next
    sentences ("Two other members were also killed")."""
    if lex.topic.said.attack(event.type) or event.date is None:
        return counted  # (an undated mention's figures go to a dated act: never its leader)
    leader = next(((w, n) for w, t in texts if not _other_weekday(t, event.date)
                   for _, n in _leaders(t, lex)), None)
    if leader is None:
        return counted
    companions = max(((w, n) for w, n in [leader, *_killed_with(article, leader[0])] if n),
                     key=lambda told: told[1], default=None)
    total = 1 + (companions[1] if companions else 0)
    dead = [c for c in counted if c.kind == "killed" and c.value > 0 and c.side in ("militants", "unknown")]
    if any(c.side == "militants" and c.value >= total for c in dead) or (companions is None and dead):
        return counted
    told_in = companions[0] if companions else leader[0]
    kept = [c for c in counted if not (companions and c in dead and c.value == companions[1]
                                        and c.source.start == told_in.start)]
    return [*kept, Casualty("militants", "killed", total, "exact", article.published,
                            evidence_of(article, told_in.start, told_in.end))]


_NEXT_SENTENCES = 3  # those killed with a leader are told within his sentence's next three


def _killed_with(article: Article, told: Window) -> Iterator[tuple[Window, int]]:
    """(sentence, how many) of those the sentences after a leader's tell killed with him: "two
    other members were also killed", "along with another member ... were both killed"."""
    sentences = all_sentences(article.clean)
    after = [(s, e) for _, s, e in sentences if s >= told.end][:_NEXT_SENTENCES]
    for start, end in [(told.start, told.end), *after]:
        text = article.clean[start:end]
        for name in _COMPANION_RULES:
            for match in TOLLS.find(name, text):
                if name != _BARE or _OTHER.search(match.group()):
                    yield Window(start, end, False), _companions(match)
        for match in TOLLS.find("all_of_them", text):  # "All three of them died": him among them
            yield Window(start, end, False), (value_of(match.group("num")) or 1) - 1


_WEEKDAYS = tuple(calendar.day_name)  # Monday first, as date.weekday() counts
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b")


def _other_weekday(text: str, day: dt.date) -> bool:
    """Whether a sentence names weekdays, none of them the event's day or the day before it (a
    strike of Friday night US time is Saturday's in Iraq)."""
    named = {m.group() for m in _WEEKDAY.finditer(text)}
    near = {_WEEKDAYS[day.weekday()], _WEEKDAYS[day.weekday() - 1]}
    return bool(named) and not named & near


def _leaders(text: str, lex: Lexicons) -> Iterator[tuple[str, int]]:
    """(the leader's words, those killed with him) of each armed group's leader a sentence tells
    killed; never one among others ("killed four people, including a commander")."""
    for name in _LEADER_RULES:
        for match in TOLLS.find(name, text):
            if TOLLS.at("among_before", text, match.start()):
                continue
            named = match.group("noun") or match.groupdict().get("named") or ""
            words = named + (match.group("rest") or "")
            if TOLLS.pattern("group_told").search(words) or any(lex.side(h.name) == "militia"
                                                                for h in lex.actors.find(words)):
                yield words, _companions(match) if "n" in match.groupdict() else 0


def _companions(match: re.Match[str]) -> int:
    """The number of people a leader was killed with ("two of his guards": 2, "another member": 1)."""
    words = match.group("n")
    if words is None:
        return 0
    return 1 if words.lower() == "another" else value_of(match.group("num")) or 0


# An attack's dead told in passing, as what a response answers ("in retaliation for the deaths of three
# American soldiers", "how to respond after the killing of three service members in a drone strike"):
# read for the article's one attack on the story's US side, from the harm's words to the clause's end.
_ANSWERED_HARM = _OWN.pattern("answered_harm")


def answered_toll(article: Article, event: Event, others: Sequence[Event],
                  texts: Sequence[tuple[Window, str]], lex: Lexicons) -> Iterator[tuple[Window, str]]:
    """The sentences telling the dead a response answers, each as its words from the harm on (the
    rest blanked), for the article's one attack on the US side, dated: when those words name its
    country or place, or its own sentences or those beside tell it deadly, and name no other country
    (a border's side, "near the X border", names none). When nothing ties them to an attack its own
    sentences tell harmless ("causing no injuries"), the neighbour telling them is read without them."""
    said = lex.topic.said
    if not said.on_us(event.type) or event.date is None or any(said.attack(o.type) for o in others):
        return
    # the attack told deadly in its own sentences or those beside (the answer's own not counted)
    deadly = {(w.start, w.end) for w, t in texts if not w.joined and TOLLS.pattern("deadly_told").search(t)}
    # the attack's sentences telling it harmless (a neighbour read whole would give it the answered dead)
    read = {(w.start, w.end) for w, _ in texts}
    harmless = {(w.start, w.end) for w, t in texts if _NO_HARM.search(t) or _NONE_HURT.search(t)}
    for _, start, end in all_sentences(article.clean)[:MAX_SENTENCES * 5]:
        text = article.clean[start:end]
        refused = text
        for harm in _ANSWERED_HARM.finditer(text):
            if TOLLS.at("answered_toll", text, harm.start()) is None:
                continue
            told = harm.group()
            named = lex.countries.finditer(_BORDER.sub("", told))
            countries = {lex.country(m.group()) for m in named} - {None}
            if countries - {event.country} or other_time(told, event):
                continue
            if not (deadly - {(start, end)} or countries
                    or any(h.name in event.places for h in lex.places.find(told))):
                refused = refused[:harm.start()] + " " * len(told) + refused[harm.end():]
                continue
            yield Window(start, end, True), " " * harm.start() + told
        if refused != text and (start, end) in read and harmless - {(start, end)}:
            yield Window(start, end, True), refused


# a country told as a border's side ("a base near the Syrian border") says not that the place is in it
_BORDER = _OWN.pattern("border_side")


def with_answered(texts: Sequence[tuple[Window, str]],
                  answered: Iterable[tuple[Window, str]]) -> list[tuple[Window, str]]:
    """The sentences to read, each answered one (:func:`answered_toll`) read as its words from the
    harm on, in place of the whole (a neighbour of the attack's own, whose strike words give it no toll)."""
    told = list(answered)
    spans = {(w.start, w.end) for w, _ in told}
    return [(w, t) for w, t in texts if (w.start, w.end) not in spans] + told


# "During the latter attacks, 21 were injured": the act the sentence before named last (or first)
_LATTER = _OWN.pattern("latter_former")


def _of_the_other_named(window: Window, text: str, texts: Sequence[tuple[Window, str]], event: Event,
                        lex: Lexicons) -> bool:
    """Whether a sentence tells "the latter" (or "the former") of two acts the event's own sentence
    before named in two countries, and that act is not in the event's country ("two drone
    attacks targeted a base in Syria, while two more struck a base in Iraq. During the latter
    attacks, 21 were injured": Iraq's, never Syria's)."""
    which = _LATTER.search(text) if event.country else None
    before = [t for w, t in texts if w.own and w.end <= window.start]
    if which is None or not before:
        return False
    named = [c for c in (lex.country(m.group()) for m in lex.countries.finditer(before[-1])) if c]
    if len(set(named)) < 2:
        return False
    return (named[-1] if which.group("which").lower() == "latter" else named[0]) != event.country


JOINED_READERS["casualties"] = may_tell_toll
