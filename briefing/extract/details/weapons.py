"""What an event was done with: an attack's munitions, a strike's aircraft and munitions, as the
report writes them, and the counts of targets, munitions, drones or rockets it gives."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import get_args

from ...datelines import month_of
from ...model import Article, Count, Counted, CountScope, Event, Named
from ...rules import Rules, grammar
from ...screen import Screened
from ...topic import Hit
from ..lexicon import Lexicons
from ..numbers import NUMBER, QUALIFIER, qualifier_of, value_of
from .casualties import in_other_country
from .parties import profile_rules
from .sentences import JOINED_READERS, Window, evidence_of, in_article, other_month_told, other_time

_PARTIES = Rules(grammar("parties"))  # its rules many_acts_means and counted_acts


def weapons_of(article: Article, event: Event, own: Sequence[tuple[Window, str]],
               lex: Lexicons, others: Sequence[Event] = ()) -> Iterator[Named]:
    """Weapons and aircraft as the report writes them ("one-way attack drone", "F-15E"): what an
    attack used (munitions), or what a strike was flown with (aircraft), never the other side's;
    a bare "missiles" told after "ballistic missiles" is the same weapon told back, not another.
    ``others``: the article's other events; in a sentence that tells another of them too, at its
    own place, the event's weapons are those of its own stretch (:func:`_own_stretch`)."""
    read = list(_weapons_read(article, event, own, lex, others))
    names = {named.name for named in read}
    for named in read:
        if not any(other.endswith(f" {named.name}") for other in names) or not _bare(named):
            yield named


def may_name_weapon(text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a sentence may give :func:`weapons_of` anything: it names a weapon or a craft."""
    return any(True for _ in lex.weapons.find(text))


JOINED_READERS["weapons"] = may_name_weapon


def _bare(named: Named) -> bool:
    """Whether a weapon is written as its bare name ("missiles" for "missile")."""
    return named.written.lower().removesuffix("s") == named.name.lower()


def _weapons_read(article: Article, event: Event, own: Sequence[tuple[Window, str]],
                  lex: Lexicons, others: Sequence[Event]) -> Iterator[Named]:
    kind = "aircraft" if lex.topic.said.act(event.type) == "strike" else "munition"
    seen: set[str] = set()
    theirs = _others_places(event, others, lex)
    for window, text in own:
        if kind == "aircraft" and _DEPLOYED.search(text):
            continue  # "the deployment of two carrier groups and more fighter aircraft": a posture
        elsewhen = other_month_told(text, event) if window.own else other_time(text, event)
        if _MANY_ACTS.search(text) or elsewhen:
            # "these assaults have involved drones, rockets and mortars": the campaign's; "In August,
            # eight were hurt in a drone attack", even among a November attack's own sentences ("since
            # October" tells no month of an act)
            continue
        named_end = -2
        for hit in _own_stretch(list(in_article(lex.weapons.find(text), window)), text, window, event,
                                theirs, lex):
            # (a neighbour's "drone strike" may be another strike's name: only its own or joined ones)
            flown = kind == "aircraft" and (window.own or window.joined) and _flown(text, hit, window)
            head, named_end = hit.start - named_end <= 1, hit.end  # "F-15 fighter jets": the F-15's noun
            if ((lex.topic.weapon(hit.name).kind != kind and not flown) or head
                    or _many(text, hit, window) or (kind == "munition" and _not_fired(text, hit, window))):
                continue
            written = article.clean[hit.start:hit.end]
            if hit.name not in seen:  # the first way this report writes each weapon
                seen.add(hit.name)
                yield Named(hit.name, evidence_of(article, window.start, window.end), written)


def _others_places(event: Event, others: Sequence[Event], lex: Lexicons) -> dict[tuple[int, int], set[str]]:
    """The places of the article's other acts of the event's kind, by each of their sentences (once
    for the event, not once for each sentence), but the event's own places."""
    act = lex.topic.said.act
    theirs: dict[tuple[int, int], set[str]] = {}
    for other in others:
        if act(other.type) == act(event.type):
            for source in other.sources:
                theirs.setdefault((source.start, source.end), set()).update(other.places)
    return {span: places - set(event.places) for span, places in theirs.items()}


def _own_stretch(hits: list[Hit], text: str, window: Window, event: Event,
                 others: dict[tuple[int, int], set[str]], lex: Lexicons) -> list[Hit]:
    """The weapons of the event's own stretch of an evidence sentence that tells another act of
    its kind at another place (``others``: their places by sentence; "Arrows hit <one fort> and
    boats hit <another>": the arrows are the first's): from the last seam (rule acts_seam) after the
    other act's place before the event's place to the last seam before the other act's place after
    it. A stretch naming no weapon of the event's kind keeps the sentence's ("Boats hit <one fort>
    and <another>")."""
    theirs = others.get((window.start, window.end)) if window.own and hits else None
    if not theirs:
        return hits
    places = [(h.start, h.end, h.name in theirs)
              for h in lex.places.find(text) if h.name in theirs or h.name in event.places]
    mine = next((p for p in places if not p[2]), None)
    if mine is None:
        return hits
    before = [p for p in places if p[2] and p[1] <= mine[0]]
    after = [p for p in places if p[2] and p[0] >= mine[1]]
    listed = ({h.end - window.start for h in hits}, {h.start - window.start for h in hits})
    low = _last_seam(text, before[-1][1], mine[0], listed) if before else 0
    high = _last_seam(text, mine[1], after[0][0], listed) if after else len(text)
    kind = "aircraft" if lex.topic.said.act(event.type) == "strike" else "munition"
    own = [h for h in hits if low <= h.start - window.start and h.end - window.start <= high]
    return own if any(lex.topic.weapon(h.name).kind == kind for h in own) else hits


def _last_seam(text: str, start: int, end: int, listed: tuple[set[int], set[int]]) -> int:
    """Where the last seam between two acts' words (rule acts_seam) in ``text[start:end]`` ends,
    else ``end``; never one inside a list of weapons, from a weapon's end to another's start ("arrows
    and boats"; ``listed``: the weapons' ends and starts)."""
    ends, starts = listed
    seams = [m.end() for m in _PARTIES.find("acts_seam", text, start, end)
             if not (m.start() in ends and m.end() in starts)]
    return seams[-1] if seams else end


# a sentence about many acts' means: "these assaults have involved drones, rockets and mortars",
# "a mix of rockets and one-way attack drones", "the attacks do not include ballistic missiles"
_MANY_ACTS = Screened(_PARTIES.pattern("many_acts_means"))
# the campaign's acts counted: "has targeted US forces with rockets and drones more than 100 times since
# October", "dozens of times"
_COUNTED_ACTS = _PARTIES.pattern("counted_acts")
# "a slew of drone and missile attacks", "months of nearly daily rocket and drone attacks"
_MANY_BEFORE = re.compile(r"\b(?:slew|series|string|wave|spate|months|weeks|dozens|scores|hundreds|daily"
                          r"|repeated|frequent)\b[^.;]{0,30}$", re.I)
_ACTS_AFTER = re.compile(r"^(?:\s*(?:,|and|or)\s+[\w-]+)*\s+(?:attacks|assaults|fire)\b", re.I)


def _many(text: str, hit: Hit, window: Window) -> bool:
    """Whether a weapon is told as the means of many acts ("months of rocket and drone attacks",
    "with rockets and drones more than 100 times", "have previously faced drone attacks")."""
    start, end = hit.start - window.start, hit.end - window.start
    return bool(_MANY_BEFORE.search(text[:start]) and _ACTS_AFTER.match(text[end:])) or bool(
        _COUNTED_ACTS.match(text[end:])) or bool(_HABITUAL.search(text[:start]))


# the campaign's means told as a habit, the weapon in the same clause: "troops have previously faced drone
# and missile attacks", "they have been repeatedly attacked by drones" (rule habitual_means)
_HABITUAL = _PARTIES.pattern("habitual_means")


# what a strike hit, not what an attack used: "places where they stored rockets, missiles, and drones",
# "the facilities included command centers, rockets and missiles, and drone storage sites"
_STORED_BEFORE = re.compile(r"\b(?:stor(?:ed|es|ing|age\s+of)|stockpil\w+|(?:facilities|sites|targets)"
                            r"(?:\s+[\w-]+){0,4}?\s+(?:included|including|includes))\b[^.;]*$", re.I)
# "a fresh wave of strikes against Houthi missiles", "US jets struck the group's drones": what a
# strike hit (never "was struck in two missile attacks"; an intercept's "destroyed two drones" are
# the attack's own)
_STRUCK_BEFORE = re.compile(r"(?:\bstrikes?\s+(?:against|on)|(?<!was )(?<!were )(?<!been )"
                            r"\b(?:struck|bombed))\s+(?:the\s+|an?\s+)?"
                            r"(?:(?!(?:with|by|from|using|and|in|at|near|on)\b)[\w'’-]+\s+){0,2}$", re.I)
_STORED_AFTER = re.compile(r"^(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s+and\s+)[\w-]+){0,3}?"
                           r"\s+(?:storage|stores|stockpiles?|depots?|warehouses?|production|manufactur\w+"
                           r"|factor(?:y|ies))\b", re.I)


def _stored(text: str, hit: Hit, window: Window) -> bool:
    """Whether a munition is told as what a strike hit (where it was stored or made, or the thing
    struck), not as what was fired."""
    start, end = hit.start - window.start, hit.end - window.start
    before = text[:start]
    return bool(_STORED_BEFORE.search(before) or _STRUCK_BEFORE.search(before)
                or _STORED_AFTER.match(text[end:]))


_DEPLOYED = Screened(re.compile(r"\b(?:deploy\w*|reinforce\w*|bolster\w*"
                                r"|sen(?:t|ds?|ding) (?:more|additional))\b", re.I))


# "killed a commander in a drone strike in Baghdad": the strike's drone; not "in response to the drone
# strike on the US base", "a drone strike carried out by the militias" (the attack it answered)
_FLOWN_AFTER = re.compile(r"^\s+(?:air ?)?strikes?\b"
                          r"(?!\s+(?:carried out |launched )?by\b|\s+(?:on|against|at)\s+"
                          r"(?:an?\s+|the\s+)?(?:U\.?S\.?|US|American|coalition)\b)", re.I)
# (and the attackers told as those "behind" it or "responsible for" it: "strikes against the militants
# behind a drone strike on the base")
_ANSWERED = re.compile(r"\b(?:response|retaliation|revenge|retaliat\w*|after|following|answer|behind"
                       r"|responsible\s+for|blamed\s+for)\b[^.;]{0,40}$", re.I)


def _flown(text: str, hit: Hit, window: Window) -> bool:
    """Whether a strike was flown with this munition's kind of craft ("a drone strike", "drones
    targeted a vehicle", "a drone attack on a car": rule craft_hit_vehicle)."""
    start, end = hit.start - window.start, hit.end - window.start
    return bool(_FLOWN_AFTER.match(text[end:]) or _CRAFT_HIT.match(text[end:])) and not _ANSWERED.search(
        text[:start])


_CRAFT_HIT = _PARTIES.pattern("craft_hit_vehicle")


# "The attack comes a day after a U.S. drone strike in Baghdad": the other side's strike, flown
# with its own drone, not a munition of the attack
_US_BEFORE = re.compile(r"\b(?:U\.S\.|US|American|coalition)\s+(?:[\w-]+\s+){0,1}$")


def _not_fired(text: str, hit: Hit, window: Window) -> bool:
    """Whether a munition is told as something other than what the attack fired: what a strike hit,
    or a US strike's craft."""
    return _stored(text, hit, window) or _us_strikes(text, hit, window)


def _us_strikes(text: str, hit: Hit, window: Window) -> bool:
    """Whether the munition names a US strike's craft ("a U.S. drone strike"), not the attack's."""
    start, end = hit.start - window.start, hit.end - window.start
    return bool(_FLOWN_AFTER.match(text[end:]) and _US_BEFORE.search(text[max(0, start - 30):start]))


_COUNTS: dict[str, re.Pattern[str]] = {}


def _count_pattern(lex: Lexicons) -> re.Pattern[str]:
    """A figure and what it counts, with the story's words for its US side ("two U.S. bombers"):
    the slot of rule ``counted_what`` that matched is the kind (model.Counted)."""
    found = _COUNTS.get(lex.topic.digest)
    if found is None:
        what = profile_rules(lex).pattern("counted_what").pattern
        found = _COUNTS[lex.topic.digest] = re.compile(QUALIFIER + NUMBER + what, re.I)
    return found


STRIKE_COUNTS = frozenset({"targets", "facilities", "munitions", "aircraft"})


def _earlier_operation(text: str, at: int, event: Event) -> bool:
    """Whether the count at ``at`` is an earlier operation's, told as where a span began
    (``earlier_operation``), and the event is not that operation: of another month than the one
    the span names (a span named by no month is another event's)."""
    since = _PARTIES.at("earlier_operation", text, at)
    if since is None:
        return False
    month = since["mon"] or since["mon_b"]
    return (event.date is None or month is None
            or month_of(month) != event.date.month)


def _counted(match: re.Match[str]) -> Counted:
    """The kind a match of :func:`_count_pattern` counts: the one slot of rule ``counted_what`` it filled."""
    return next(kind for kind in get_args(Counted) if match.group(kind) is not None)


def counts_of(article: Article, event: Event, own: Sequence[tuple[Window, str]],
              lex: Lexicons) -> Iterator[Count]:
    """"85 targets", "more than 125 munitions", "two drones": a strike's targets, facilities,
    munitions and aircraft; an attack's drones, rockets and missiles."""
    strike = not lex.topic.said.attack(event.type)
    seen: set[tuple[str, int, str]] = set()
    for window, text in own:
        for match in _count_pattern(lex).finditer(text):
            what = _counted(match)
            value = value_of(match.group("num"))
            key = (what, value or 0, qualifier_of(match))
            if value is None or value == 0 or (what in STRIKE_COUNTS) != strike or key in seen:
                continue
            if event.country and in_other_country(text, match.end(), event.country, lex):
                continue  # "the strikes hit four facilities in Syria and three in Iraq": Syria's four
            if _earlier_operation(text, match.start(), event):
                continue  # "the first strike since February, when aircraft hit 85 targets": February's
            seen.add(key)
            source = evidence_of(article, window.start, window.end)
            yield Count(what, value, qualifier_of(match), source,
                        scope_of(source.quote, value, lex.topic.campaign.countries))


_FIGURE = re.compile(rf"(?<![\w-])(?:{NUMBER})(?![\w-])", re.I)
# "four facilities in Syria": the share of the area named right after the figure's words
_SHARE = re.compile(r"\W*(?:[\w-]+\s+){0,3}?in\s+(?P<area>[A-Z][\w -]+)")


def scope_of(quote: str, value: int, countries: Sequence[str]) -> CountScope:
    """Whose a count of ``value`` is, as its sentence ``quote`` tells it (:class:`CountScope`): the
    countries the words after its figure (up to the next figure) list together, or, when those name
    no country, the sentence's first such list; the country whose share those words give; the
    countries the sentence names. Read once, here: the briefing's rows take it from the count."""
    figures = [m for m in _FIGURE.finditer(quote) if value_of(m["num"]) == value]
    if not figures:
        return CountScope()
    after = quote[figures[0].end():]
    following = _FIGURE.search(after)
    stretch = after[:following.start()] if following else after
    # the countries first named after the figure place it: a list there is the whole's ("85 targets in
    # Iraq and Syria"); one country there is its own, whatever list the sentence tells after ("two
    # facilities in eastern Syria ... after attacks on US forces in Iraq and Syria")
    first = _named(stretch, countries)
    listed = _listed(stretch[_at(stretch, first[0]):], countries, at_start=True) if first \
        else _listed(quote, countries)
    share = _SHARE.match(stretch)
    share_of = tuple(c for c in countries if share and share["area"].startswith(c))
    return CountScope(listed, share_of, _named(quote, countries))


def _listed(text: str, countries: Sequence[str], at_start: bool = False) -> tuple[str, ...]:
    """Countries listed together, "Iraq and Syria", "Iraq, Syria and Jordan": the first such list
    (``at_start``: only one the text begins with)."""
    if not countries:
        return ()
    name = "|".join(re.escape(c) for c in countries)
    pattern = rf"\b(?:{name})(?:,\s*(?:{name}))*,?\s+(?:and|&)\s+(?:{name})\b"
    match = re.match(pattern, text) if at_start else re.search(pattern, text)
    return _named(match.group(), countries) if match else ()


def _at(text: str, country: str) -> int:
    """Where ``text`` first names ``country`` (it does)."""
    found = re.search(rf"\b{re.escape(country)}\b", text)
    return found.start() if found else 0


def _named(text: str, countries: Sequence[str]) -> tuple[str, ...]:
    """The countries a text names, in the order it names them."""
    at = {c: m.start() for c in countries if (m := re.search(rf"\b{re.escape(c)}\b", text))}
    return tuple(sorted(at, key=at.__getitem__))
