"""An event's details, read from its evidence sentences and the sentence after each: its site
and coordinates, weapons and counts, who claimed it and whom officials blame, the people or
units a strike aimed at, and its own dead and injured.

Every fact is read from the words, with its evidence; nothing is inferred from another fact
(a claim never makes an attribution, nor the reverse). The story's names come from the
topic; what is written here is English: the words for claiming, blaming, killing and
wounding, and the nouns for people.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..model import (
    Article,
    Casualty,
    CasualtySide,
    Coordinates,
    Count,
    Counted,
    Details,
    Event,
    Evidence,
    Harm,
    Named,
)
from ..text import all_sentences
from ..topic import Hit
from .lexicon import Lexicons
from .numbers import NUMBER, QUALIFIER, qualifier_of, value_of
from .tallies import official_voice

__all__ = ["merge_details", "read_details"]


@dataclass(frozen=True)
class _Window:
    """A sentence the details are read from; ``own``: an evidence sentence (not its neighbour)."""

    start: int
    end: int
    own: bool
    joined: bool = False  # a later sentence of the article joined to its one act of this kind


def read_details(article: Article, event: Event, lex: Lexicons, only_attack: bool = False,
                 others: Sequence[Event] = ()) -> Details:
    """The details of one article's report of ``event``. ``only_attack``: the event is the one
    attack the article reports, so a claim or an attribution anywhere in it is about this one.
    ``others``: the article's other events (dated or not); when none is of the same kind, the
    article's later sentences that tell no other act and name no other place are about this
    one too (the lede tells the attack, the fourth paragraph names the base or the weapon)."""
    windows = list(_windows(article, event))
    texts = [(w, article.clean[w.start:w.end]) for w in windows]
    own = [(w, t) for w, t in texts if w.own]
    joined = own + list(_joined(article, event, windows, others, lex))
    attack = lex.topic.said.attack(event.type)  # a strike is never claimed by, nor blamed on, the groups
    said = _whole(article) if only_attack else texts
    return Details(
        site=_site(article, event, joined, lex) or _only_site(article, event, others, lex),
        coordinates=coordinates_of(event.places, lex),
        weapons=tuple(_weapons(article, event, joined, lex)),
        counts=tuple(_counts(article, event, own, lex)),
        claimed_by=tuple(_claimants(article, event, said, lex)) if attack else (),
        attributed_to=tuple(_blamed(article, event, said, lex)) if attack else (),
        targets=tuple(_targets(article, event, own, lex)),
        casualties=tuple(_casualties(article, event, texts + joined[len(own):], lex)),
        facilities=tuple(_facility(article, event, own, lex)),
    )


def _windows(article: Article, event: Event) -> Iterator[_Window]:
    """Each evidence sentence of this article, then the sentence after it (a figure or a claim
    often follows the sentence that tells the act) unless it is already one of them."""
    # the first sentences telling it: an article telling one event in thousands of sentences is
    # not read thousands of times (details are in the lede and the sentences after it)
    spans = sorted({(s.start, s.end) for s in event.sources if s.article == article.id})[:MAX_SENTENCES]
    sentences = [(s, e) for _, s, e in all_sentences(article.clean)]
    starts = [s for s, _ in sentences]
    seen: set[tuple[int, int]] = set(spans)
    for start, end in spans:
        yield _Window(start, end, True)
        after = bisect.bisect_left(starts, end)  # a search, not a scan: reports can be long
        if after < len(sentences) and sentences[after] not in seen:
            seen.add(sentences[after])
            yield _Window(*sentences[after], False)


MAX_SENTENCES = 60  # evidence sentences of one event per article that details are read from


# a sentence about the campaign, not one act: "usually with rockets and drones", "165 attacks since"
_CAMPAIGN = re.compile(r"\b(?:since|usually|often|typically|times|series|so far|to date|in total|latest in"
                       r"|attacks|strikes|raids)\b", re.I)
# a sentence naming a time of its own ("In August, eight were injured") tells another day; the
# event's day is in its own sentences
_WHEN = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s"
                   r"|\b(?:Mon|Tues|Wednes"
                   r"|Thurs|Fri|Satur|Sun)day\b|\b(?:last|this|next) (?:week|month|year)\b|\b(?:19|20)\d\d\b")
def _joined(article: Article, event: Event, windows: Sequence[_Window], others: Sequence[Event],
            lex: Lexicons) -> Iterator[tuple[_Window, str]]:
    """The article's other sentences that can only be about ``event``: it is the article's one
    act of its kind (attack, or strike), and the sentence is no other event's evidence, names no
    place or country but the event's, no act of the other kind, and no campaign in general."""
    act = lex.topic.said.act
    if any(act(o.type) == act(event.type) for o in others):
        return
    taken = {(w.start, w.end) for w in windows} | {(s.start, s.end) for o in others for s in o.sources
                                                    if s.article == article.id}
    for _, start, end in all_sentences(article.clean)[:MAX_SENTENCES * 5]:
        text = article.clean[start:end]
        window = _Window(start, end, False, True)
        if ((start, end) in taken or _CAMPAIGN.search(text) or _WHEN.search(text)
                or not _about(window, text, event, lex)
                or any(lex.side(h.name) == "other" for h in lex.actors.find(text))):
            continue  # another war's act ("drones launched by the Houthis")
        yield window, text


def _whole(article: Article) -> list[tuple[_Window, str]]:
    """Every sentence of a report of ordinary length (a claim or a blame may be anywhere in it)."""
    found = all_sentences(article.clean)
    return [(_Window(start, end, False), article.clean[start:end])
            for _, start, end in found[:MAX_SENTENCES * 5]]


def _evidence(article: Article, start: int, end: int) -> Evidence:
    return Evidence(article.id, start, end, article.text[start:end])


def _hits(hits: Iterable[Hit], window: _Window) -> Iterator[Hit]:
    for hit in hits:
        yield Hit(hit.start + window.start, hit.end + window.start, hit.name)


# --- site, coordinates, weapons, counts ---------------------------------------------------

def _site(article: Article, event: Event, own: Sequence[tuple[_Window, str]], lex: Lexicons) -> Named | None:
    """The installation named in the report's own sentences, as the gazetteer calls it. Only an
    attack's: the gazetteer's sites are the bases the US forces hold, which a strike answering an
    attack on one does not hit ("a gunship answered the fire at Al-Asad Airbase")."""
    if not lex.topic.said.attack(event.type):
        return None
    for window, text in own:
        for hit in _hits(lex.places.find(text), window):
            place = lex.topic.place(hit.name)
            joined = window.joined and _its_base(hit.name, event, lex)
            if place.site and (hit.name in event.places or joined):
                return Named(hit.name, _evidence(article, window.start, window.end))
            base = _town_base(text, hit.start - window.start, hit.end - window.start)
            if base and place.hosts_us_forces and hit.name in event.places:
                return Named(hit.name, _evidence(article, window.start, window.end), base)
    return None


def _only_site(article: Article, event: Event, others: Sequence[Event], lex: Lexicons) -> Named | None:
    """The one installation an article names in the country of its one attack there, when the
    attack's own sentences name no place ("a drone killed three US soldiers in Jordan" in the lede,
    "the outpost, Tower 22," further down): no other attack of the article can be its."""
    said = lex.topic.said
    if (not said.attack(event.type) or event.country is None or event.places
            or any(said.attack(o.type) and o.country == event.country for o in others)):
        return None
    found: dict[str, Hit] = {}
    for hit in lex.places.find(article.clean[:_ARTICLE_READ]):
        place = lex.topic.place(hit.name)
        if place.site and place.country == event.country:
            found.setdefault(hit.name, hit)
    if len(found) != 1:
        return None
    (name, hit), = found.items()
    start, end = next(((s, e) for _, s, e in all_sentences(article.clean) if s <= hit.start < e),
                      (hit.start, hit.end))
    return Named(name, _evidence(article, start, end))


_ARTICLE_READ = 20_000  # characters of an article read for its one site (a long report's lede is first)


# What a strike hit, in the words reports use for the groups' installations: "a weapons storage
# facility", "an operations center and a command and control node", "a training facility and a
# safe house", "weapons storage and logistics hubs"; at least one word saying what it is for
_FOR = (r"weapons|arms|storage|ammunition|munitions|command|control|operations|operation|training"
        r"|logistics|logistical|intelligence|drone|UAV|rocket|missile|supply|launch|radar|communications"
        r"|explosives|manufacturing|production")
_KIND = (r"facilit(?:y|ies)|cent(?:er|re)s?|nodes?|depots?|warehouses?|headquarters|sites?|areas?|hubs?"
         r"|bunkers?|compounds?|locations?|points?|storages?")
_ONE = rf"(?:(?:{_FOR})(?:\s+and\s+|\s*,\s*|\s+|-)){{1,4}}(?:{_KIND})\b|\bsafe ?houses?\b"
_FACILITY = re.compile(rf"\b(?:an?\s+|the\s+)?(?P<what>(?:{_ONE})"
                       rf"(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)(?:an?\s+|the\s+)?(?:{_ONE}))*)", re.I)
# the other side's: "the US base's command center", "in response to the attack on a US storage site"
_OURS = re.compile(r"\b(?:U\.?S\.?|US|American|coalition)(?:['’]s)?\s+(?:military\s+|army\s+|base['’]s\s+)?$",
                   re.I)


def _facility(article: Article, event: Event, own: Sequence[tuple[_Window, str]],
              lex: Lexicons) -> Iterator[Named]:
    """What a strike hit, as its own sentences write it ("a weapons storage facility used by the
    IRGC": "weapons storage facility"); an attack has none (its base is its site)."""
    if lex.topic.said.attack(event.type):
        return
    for window, text in own:
        if not window.own:
            continue
        for match in _FACILITY.finditer(text):
            if _OURS.search(text[:match.start()]) or _ATTACK_TOLD.search(text[:match.start()]):
                continue
            written = " ".join(match.group().split())  # "a weapons storage facility"
            what = " ".join(match.group("what").split()).lower()
            yield Named(what, _evidence(article, window.start, window.end), written)
            return  # the first the report tells


# "al-Shaddadi base", "the US bases in Al-Shaddadi": the base of a town that hosts US forces
_BASE_AFTER = re.compile(r"^\s+(?:military\s+|air\s+)?(?:base|airbase|air base|outpost|garrison)\b", re.I)
_HOSTING = re.compile(r"^,?\s+(?:which|that|where)\s+(?:hosts|houses|host|house|housed|hosted"
                      r"|(?:U\.?S\.?|American|coalition)\s+(?:troops|forces|personnel)\s+(?:are|were)\s+"
                      r"(?:stationed|based|deployed))\b", re.I)
_BASE_BEFORE = re.compile(r"\b(?:base|bases|outpost|garrison)\s+(?:in|at)\s+$", re.I)


def _town_base(text: str, start: int, end: int) -> str | None:
    """The base a town's name is told as ("al-Shaddadi base"), as written; None when the town is
    only the town."""
    after = _BASE_AFTER.match(text[end:])
    if after is not None:
        return text[start:end + after.end()].strip()
    if _HOSTING.match(text[end:]):
        return text[start:end]  # "Al-Shaddadi, which hosts US troops": the town told as the base
    before = _BASE_BEFORE.search(text[:start])
    return f"{text[before.start():end]}" if before is not None else None


ORDER = {"site": 0, "town": 1, "province": 2}


def coordinates_of(places: Iterable[str], lex: Lexicons) -> Coordinates | None:
    """The most precise coordinates the gazetteer has for any of the event's places."""
    found = [(ORDER[p.at.precision], i, p) for i, name in enumerate(places)
             if (p := lex.topic.place(name)).at is not None]
    if not found:
        return None
    place = min(found, key=lambda f: (f[0], f[1]))[2]
    at = place.at
    assert at is not None  # filtered above
    return Coordinates(at.lat, at.lon, at.precision, place.name, at.source)


def _weapons(article: Article, event: Event, own: Sequence[tuple[_Window, str]],
             lex: Lexicons) -> Iterator[Named]:
    """Weapons and aircraft as the report writes them ("one-way attack drone", "F-15E"): what an
    attack used (munitions), or what a strike was flown with (aircraft), never the other side's."""
    kind = "aircraft" if lex.topic.said.act(event.type) == "strike" else "munition"
    seen: set[str] = set()
    for window, text in own:
        if kind == "aircraft" and _DEPLOYED.search(text):
            continue  # "the deployment of two carrier groups and more fighter aircraft": a posture
        if _MANY_ACTS.search(text) or (not window.own and _other_time(text, event)):
            continue  # "these assaults have involved drones, rockets and mortars": the campaign's
        named_end = -2
        for hit in _hits(lex.weapons.find(text), window):
            flown = kind == "aircraft" and _flown(text, hit, window)
            head, named_end = hit.start - named_end <= 1, hit.end  # "F-15 fighter jets": the F-15's noun
            if ((lex.topic.weapon(hit.name).kind != kind and not flown) or head
                    or _many(text, hit, window)):
                continue
            written = article.clean[hit.start:hit.end]
            if hit.name not in seen:  # the first way this report writes each weapon
                seen.add(hit.name)
                yield Named(hit.name, _evidence(article, window.start, window.end), written)


# a sentence about many acts' means: "these assaults have involved drones, rockets and mortars",
# "a mix of rockets and one-way attack drones", "the attacks do not include ballistic missiles"
_MANY_ACTS = re.compile(r"\b(?:these|such|the|those) (?:attacks|assaults),? (?:have |had )?(?:involved"
                        r"|comprising|comprised|primarily involving|involving|consisted|do not include)"
                        r"|\b(?:combination|mix) of\b", re.I)
# "a slew of drone and missile attacks", "months of nearly daily rocket and drone attacks"
_MANY_BEFORE = re.compile(r"\b(?:slew|series|string|wave|spate|months|weeks|dozens|scores|hundreds|daily"
                          r"|repeated|frequent)\b[^.;]{0,30}$", re.I)
_ACTS_AFTER = re.compile(r"^(?:\s*(?:,|and|or)\s+[\w-]+)*\s+(?:attacks|assaults)\b", re.I)
# a time of its own in a neighbouring sentence: "the previous week", "In August"
_OTHER_WEEK = re.compile(r"\b(?:previous|last|prior) (?:week|month)\b"
                         r"|\b(?:weeks|months) (?:earlier|before|ago)\b", re.I)
_MONTH_NAME = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
                         r"|December)\b")


def _many(text: str, hit: Hit, window: _Window) -> bool:
    """Whether a weapon is told as the means of many acts ("months of rocket and drone attacks")."""
    start, end = hit.start - window.start, hit.end - window.start
    return bool(_MANY_BEFORE.search(text[:start]) and _ACTS_AFTER.match(text[end:]))


def _other_time(text: str, event: Event) -> bool:
    """Whether a neighbouring sentence tells another time than the event's ("In August, eight were
    injured in a drone attack", told after an attack of November)."""
    months = {m.group() for m in _MONTH_NAME.finditer(text)}
    other_month = event.date is not None and bool(months) and f"{event.date:%B}" not in months
    return other_month or bool(_OTHER_WEEK.search(text))


_DEPLOYED = re.compile(r"\b(?:deploy\w*|reinforce\w*|bolster\w*|sen(?:t|ds?|ding) (?:more|additional))\b",
                       re.I)


# "killed a commander in a drone strike in Baghdad": the strike's drone; not "in response to the drone
# strike on the US base", "a drone strike carried out by the militias" (the attack it answered)
_FLOWN_AFTER = re.compile(r"^\s+(?:air ?)?strikes?\b"
                          r"(?!\s+(?:carried out |launched )?by\b|\s+(?:on|against|at)\s+"
                          r"(?:an?\s+|the\s+)?(?:U\.?S\.?|US|American|coalition)\b)", re.I)
_ANSWERED = re.compile(r"\b(?:response|retaliation|revenge|retaliat\w*|after|following|answer)\b[^.;]{0,40}$",
                       re.I)


def _flown(text: str, hit: Hit, window: _Window) -> bool:
    """Whether a strike was flown with this munition's kind of craft ("a drone strike")."""
    start, end = hit.start - window.start, hit.end - window.start
    return bool(_FLOWN_AFTER.match(text[end:])) and not _ANSWERED.search(text[:start])


_COUNTED: dict[str, Counted] = {
    "targets": "targets", "target": "targets", "facilities": "facilities", "sites": "facilities",
    "locations": "facilities", "munitions": "munitions", "bombs": "munitions",
    "precision-guided munitions": "munitions", "aircraft": "aircraft", "bombers": "aircraft",
    "warplanes": "aircraft", "jets": "aircraft", "drones": "drones", "rockets": "rockets",
    "missiles": "missiles",
}
_COUNT = re.compile(QUALIFIER + NUMBER + r"\s+(?:(?:more|additional|separate|different|attack|one-way"
                    r"|militia|US|U\.S\.)\s+)?(?P<what>" + "|".join(sorted(_COUNTED, key=len, reverse=True))
                    + r")\b", re.I)
STRIKE_COUNTS = frozenset({"targets", "facilities", "munitions", "aircraft"})


def _counts(article: Article, event: Event, own: Sequence[tuple[_Window, str]],
            lex: Lexicons) -> Iterator[Count]:
    """"85 targets", "more than 125 munitions", "two drones": a strike's targets, facilities,
    munitions and aircraft; an attack's drones, rockets and missiles."""
    strike = not lex.topic.said.attack(event.type)
    seen: set[tuple[str, int, str]] = set()
    for window, text in own:
        for match in _COUNT.finditer(text):
            what = _COUNTED[match.group("what").lower()]
            value = value_of(match.group("num"))
            key = (what, value or 0, qualifier_of(match))
            if value is None or value == 0 or (what in STRIKE_COUNTS) != strike or key in seen:
                continue
            seen.add(key)
            yield Count(what, value, qualifier_of(match), _evidence(article, window.start, window.end))


# --- claims and attributions ----------------------------------------------------------------

# "X claimed responsibility", "X said it targeted", "X claimed the attack"
_CLAIM_AFTER = re.compile(
    # an apposition may stand between the group and its verb ("X, a network of groups, claimed")
    # ("X—an umbrella of militias behind the attack that killed three—claimed": a noun phrase)
    r"^(?:\s*[,—–(](?:(?!attack|strike|kill)[^.;:]){0,160}?[,—–)]"
    r"|\s*[,—–(]\s*(?P<told>(?:an?|the)\s[^.;:,—–()]{0,160}?)[,—–)])?[^.;:]{0,60}?"
    r"\b(?P<verb>(?:has |had |have )?claimed\b|claims? responsibility|claiming\b|took responsibility"
    r"|(?:took|claimed|claims|takes) credit"
    r"|said (?:that )?(?:it|they|its fighters|its members) (?:had )?"
    r"(?:targeted|attacked|struck|hit|launched|carried out))",
    re.I)
# "claimed by X", "a claim of responsibility by X", "claimed by Iranian-backed militia X"
_CLAIM_BEFORE = re.compile(r"\b(?:claimed by|claim(?:ed)? of responsibility (?:by|from)|responsibility was "
                           r"claimed by)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# "the group said it attacked", "the militants claimed responsibility": a group named before
_THE_GROUP = re.compile(r"\b(?:the|The)\s+(?:group|militants|militia|militias|faction|movement"
                        r"|organi[sz]ation|network|coalition)\b")
_NAMED_BEFORE = 600  # characters before the sentence where the group told back is looked for
_NO_CLAIM = re.compile(r"\b(?:no (?:group|one)|nobody|none)\b[^.]{0,40}\bclaim|\bnot (?:yet )?claimed\b"
                       r"|\bdenied\b", re.I)
# "blamed X", "attributed the attack to X", "held X responsible", "X was behind the attack"
_BLAME_BEFORE = re.compile(
    r"\b(?:blam(?:ed|es|ing)\b[^.;,]{0,40}?\bon|blam(?:ed|es|ing)|attribut(?:ed|es|ing)\b[^.;]{0,40}?\bto"
    r"|accus(?:ed|es|ing)"
    # "had the footprints of X", "bore the hallmarks of X"
    r"|(?:footprints|fingerprints|hallmarks|signature)\W{0,2}\s+of"
    r"|pointed (?:the finger )?at|responsibility (?:lies|lay) with|suspect(?:s|ed|ing)?)"
    r"\s+(?:the\s+|a\s+)?(?:\w+[\s-]+){0,3}$", re.I)
# "carried out by X", "an attack by X": the act's agent as a report tells it, an attribution only
# in an official's voice, and never a claim, a guess or a monitor's word (see _agent_told)
_BY_AGENT = re.compile(r"\b(?:carried out by|conducted by|launched by|initiated by"
                       r"|\battack\b(?:(?!\bclaim)[^.;]){0,60}?\bby)"
                       r"\s+(?:the\s+|a\s+)?(?:\w+[\s-]+){0,3}$", re.I)
# "militias, which the US blames for the strike in Jordan"
_BLAMED_WHICH = re.compile(r"^(?:\s+[\w-]+){0,2}?,?\s+(?:which|that|whom)\s+(?:the\s+)?(?:[\w.]+\s+){0,3}?"
                           r"(?:blame[sd]?|holds? responsible|held responsible)\b"
                           r"(?!\s+for\s+(?:the\s+)?attacks)",
                           re.I)
_BLAME_AFTER = re.compile(r"^(?:\s+\w+){0,3}?\s+(?:(?:(?:was|were|is|are)\s+)?"
                          r"(?:likely\s+|probably\s+|most likely\s+)(?:responsible|behind)"
                          r"|(?:was|were|is|are)\s+(?:responsible|behind)"
                          r"|(?:carried|conducted) (?:it|the attack) out|responsible)\b",
                          re.I)
# "Kataib Hezbollah fighters attacked Erbil Air Base", "a militia group carried out the attack": the
# report (or the officials it cites) naming who did this act; never a perfect tense ("have attacked
# US forces over 150 times" is the campaign)
_AGENT = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:(?:had\s+)?(?:reportedly\s+)?"
                    r"(?:fired|attacked|launched|carried out"
                    r"|conducted|initiated)\s+(?:the\s+|an?\s+|two\s+|three\s+|several\s+|multiple\s+)?"
                    r"(?![\w-]*s\b)[\w-]+|(?:had\s+)?(?:reportedly\s+)?fired\b)", re.I)
_HELD_BEFORE = re.compile(r"\bh(?:e|o)ld(?:s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_HELD = re.compile(r"^[^.;]{0,40}?\bresponsible\b", re.I)


# "has claimed most of these attacks", "responsible for attacks on US forces": the campaign's,
# not this event's
_GENERAL = re.compile(r"\b(?:attacks|strikes|launches|operations|regularly|repeatedly|frequently|often)\b",
                      re.I)


def _militia(hits: Iterable[Hit], lex: Lexicons) -> Iterator[Hit]:
    for hit in hits:
        if lex.side(hit.name) == "militia" and hit.name not in lex.us_enemies:
            yield hit


def _claimants(article: Article, event: Event, texts: Sequence[tuple[_Window, str]],
               lex: Lexicons) -> Iterator[Named]:
    """Groups that said they did it."""
    seen: set[str] = set()
    for window, text in texts:
        other_day = not window.own and _dated_otherwise(text, event)
        if _NO_CLAIM.search(text) or _other_war(text, lex) or other_day:
            continue  # a denial; a claim of an act in another war, or of another day's
        said = [hit for hit in _militia(lex.actors.find(text), lex)
                if not _anaphora(text, hit, lex) and _claims(text, hit, _told_here(event, lex))]
        names = _named_first(_subjects(text, said), lex) or _told_back(article, window, text, event, lex)
        for name in names:
            if name not in seen:
                seen.add(name)
                yield Named(name, _evidence(article, window.start, window.end))


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_DAY_OF_MONTH = re.compile(r"\b(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]+)"
                           r"|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2})\b)")


def _dated_otherwise(text: str, event: Event) -> bool:
    """Whether a sentence (not the event's own) names days of the month, none of them the event's
    ("On 20 January the group claimed ...", told after an attack of 20 November)."""
    days = set()
    for match in _DAY_OF_MONTH.finditer(text):
        month = (match["m1"] or match["m2"]).lower()
        found = next((i for i, m in enumerate(_MONTHS, 1) if m.startswith(month[:3]) and month in m), None)
        if found is not None:
            days.add((found, int(match["d1"] or match["d2"])))
    return event.date is not None and bool(days) and (event.date.month, event.date.day) not in days


def _subjects(text: str, hits: Sequence[Hit]) -> list[Hit]:
    """The groups that claim, without those named in an earlier one's apposition ("the Islamic
    Resistance in Iraq, a network backed by the IRGC, claimed": the network claimed, not the IRGC)."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: h.start):
        if not any(k.end <= hit.start < _verb_at(text, k) and re.search(r"[,—–(]", text[k.end:hit.start])
                   for k in kept):
            kept.append(hit)
    return kept


def _verb_at(text: str, hit: Hit) -> int:
    """Where the claiming words after a group begin (the group's end when they come before it)."""
    after = _CLAIM_AFTER.search(text[hit.end:])
    return hit.end + after.start("verb") if after is not None else hit.end


def _named_first(hits: Sequence[Hit], lex: Lexicons) -> list[str]:
    """The groups a sentence names, without the generic "Iran-backed groups" when it names one
    ("the Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed")."""
    named = [h.name for h in hits if not lex.topic.actor(h.name).generic]
    return list(dict.fromkeys(named or [h.name for h in hits]))


def _told_back(article: Article, window: _Window, text: str, event: Event, lex: Lexicons) -> list[str]:
    """The named group a claim tells back ("In a statement on Telegram, the group said it attacked
    the base"): the last group named in the sentences just before, when the sentence names none."""
    for match in _THE_GROUP.finditer(text):
        if not _claims(text, Hit(match.start(), match.end(), ""), _told_here(event, lex)):
            continue
        before = article.clean[max(0, window.start - _NAMED_BEFORE):window.start + match.start()]
        named = [h for h in _militia(lex.actors.find(before), lex) if not lex.topic.actor(h.name).generic]
        return [named[-1].name] if named else []
    return []


def _told_here(event: Event, lex: Lexicons) -> Callable[[str], bool]:
    """Whether words name one of the event's own places (a claim of several attacks at once,
    "attacks on Harir and Al-Asad", is this one's claim too when it names this one's base)."""
    return lambda words: any(h.name in event.places for h in lex.places.find(words))


_ACT = re.compile(r"\b(?:attack|strike|kill)", re.I)
# "claimed two drone attacks on ...", "claimed three attacks": several acts counted, one of them
_SEVERAL = re.compile(r"^\s*(?:responsibility\s+)?(?:for\s+)?(?:the\s+)?(?:two|three|four|five|six|both"
                      r"|several|\d)\s+(?:separate\s+)?(?:[\w-]+\s+)?attacks\b", re.I)


def _claims(text: str, hit: Hit, here: Callable[[str], bool] = lambda _: False) -> bool:
    """Whether the sentence says the group claimed an act, and not the campaign's acts in general
    (what follows the claim: "claimed most of these attacks"); ``here``: whether words name the
    event's place (a claim of several counted attacks there includes this one)."""
    after = _CLAIM_AFTER.search(text[hit.end:])
    if after is not None and after.group("told") and _ACT.search(after.group("told")):
        # "X—the group behind the attack in Jordan—claimed the deaths of six fighters": the act told
        # in the apposition is not the one claimed; the event's place must be named outside it
        start, end = hit.end + after.start("told"), hit.end + after.end("told")
        return here(text[:start] + text[end:])
    if after is not None:
        rest = text[hit.end + after.end():hit.end + after.end() + 50]
        return not _GENERAL.search(rest) or (here(text) and bool(_SEVERAL.match(rest)))
    before = text[:hit.start]
    return (bool(_CLAIM_BEFORE.search(before)) and not _GENERAL.search(text[hit.end:hit.end + 50])
            and not _MOST.search(before[-40:]))


# "Most were claimed by ...": the campaign's attacks
_MOST = re.compile(r"\b(?:most|all|many|some|several|dozens|scores|hundreds)\b", re.I)


def _blamed(article: Article, event: Event, texts: Sequence[tuple[_Window, str]],
            lex: Lexicons) -> Iterator[Named]:
    """Groups that US officials (or the report) hold responsible; a group's own claim is not one."""
    seen: set[str] = set()
    for window, text in texts:
        # another war's act ("an attack on Israel by Palestinian militants"); a place outside told
        # after the group is what the group is ("X, an alliance opposed to US support for Israel")
        if not window.own and _dated_otherwise(text, event):
            continue  # a blame for another day's act
        blamed = [hit for hit in _militia(lex.actors.find(text), lex)
                  if not _other_war(_without_apposition(text, hit), lex)
                  and not _anaphora(text, hit, lex)
                  and _is_blamed(text[:hit.start], text[hit.end:], text, lex)
                  and not _GENERAL.search(_CLAUSE.split(text[hit.end:hit.end + 120])[0])]
        for name in _named_first(blamed, lex):
            if name not in seen:
                seen.add(name)
                yield Named(name, _evidence(article, window.start, window.end))


_APPOSITION = re.compile(r"^,\s+(?:an?|the)\s[^,;.]*")


def _without_apposition(text: str, hit: Hit) -> str:
    """The sentence without the apposition that says what a group is ("X, an alliance opposed to
    US support for Israel in Gaza"): a place it names is no other war."""
    apposition = _APPOSITION.match(text[hit.end:])
    return text if apposition is None else text[:hit.end] + text[hit.end + apposition.end():]


# what a blame is for ends at the clause: "blamed X for the deaths, after months of attacks"
_CLAUSE = re.compile(r"[,;]|\s(?:after|amid|as|while)\s")


def _other_war(text: str, lex: Lexicons) -> bool:
    """Whether a sentence names a place outside the campaign, other than a sponsor of its groups
    ("the US holds Iran responsible" names a party, not a war elsewhere)."""
    party = list(_militia(lex.actors.find(text), lex))
    return any(not any(p.start <= h.start < p.end for p in party) for h in lex.outside.find(text))


def _is_blamed(before: str, after: str, text: str, lex: Lexicons) -> bool:
    if _HELD_BEFORE.search(before):  # "held Kataib Hezbollah responsible"
        return bool(_HELD.search(after))
    if _BLAME_BEFORE.search(before) or _BLAME_AFTER.search(after) or _BLAMED_WHICH.match(after):
        return True
    agent = _BY_AGENT.search(before) or _AGENT.match(after) or _ADJ_AGENT.match(after)
    return bool(agent) and _agent_told(text, lex)


# a guess ("possible attack by"); the campaign ("attacked 135 times since October, by X")
_NOT_BLAME = re.compile(r"\b(?:possible|possibly|perhaps|may have|might have|could have|since|times)\b",
                        re.I)
# "an Iranian-aligned attack against US forces": the group's word told as the act's adjective
_ADJ_AGENT = re.compile(r"^(?:\s+(?:militia|militant|group))?\s+(?:one-way\s+)?(?:drone\s+|rocket\s+"
                        r"|missile\s+)?attack\b(?!s)", re.I)
_SPOKE = re.compile(r"\b(?:said|says|say|told|according to|announced|stated|statement|reported|confirmed"
                    r"|added)\b", re.I)
# an official's belief: "the U.S. military assesses X carried out the attack"
_BELIEF = re.compile(r"\b(?:assess(?:es|ed|ment)?|believes?|believed|concluded|determined|indications are"
                     r"|we know)\b", re.I)
# the head of state or a minister speaking: "President Biden said", "the Secretary of Defense stated"
_LEADER_SAID = re.compile(r"\b(?:president|secretary|minister)\b[^.;]{0,80}?\b(?:said|says|stated|stating"
                          r"|announced|told|added)\b", re.I)


def _agent_told(text: str, lex: Lexicons) -> bool:
    """Whether a sentence naming who did the act ("launched by X", "X fired") attributes it: an
    official voice says so (or the sentence is a quotation), and it is not a guess, not the
    campaign ("135 times, by"), not a monitor's word (the Syrian Observatory is not US officials).
    The report's own narrative ("militias attacked the base on 25 July") tells what it believes,
    not whom the US holds responsible."""
    official = official_voice(lex, text) is not None and _SPOKE.search(text) is not None
    voiced = (official or _LEADER_SAID.search(text) is not None
              or _BELIEF.search(text) is not None or text.lstrip()[:1] in "\"“")
    return voiced and not (_NOT_BLAME.search(text) or _monitor(text, lex))


def _monitor(text: str, lex: Lexicons) -> bool:
    return any(re.search(r"\b" + re.escape(word) + r"\b", text, re.I) for word in lex.topic.sources.monitors)


def _anaphora(text: str, hit: Hit, lex: Lexicons) -> bool:
    """A generic common noun told as already known ("the militants launched two drones", "the
    groups responsible"): the report's reference back, not a party anyone named."""
    written = text[hit.start:hit.end]
    return (lex.topic.actor(hit.name).generic and written.lower() == written
            and (written.startswith("the ") or bool(re.search(r"\bthe\s+$", text[:hit.start], re.I))))


# --- targets --------------------------------------------------------------------------------

_NAME = r"(?P<who>(?:Abu|Abū|al-|Al-)?\s?[A-Z][\w'’-]+(?:\s+(?:al-|Al-|bin |abu |Abu )?[A-Z][\w'’-]+){1,3})"
_PERSON = [
    re.compile(r"\b(?:commander|leader|official|chief|founder)\s+(?:named\s+|identified as\s+)?" + _NAME),
    re.compile(_NAME + r",\s+(?:a|the)\s+(?:senior\s+|top\s+|military\s+|former\s+)*(?:\w+\s+){0,2}"
               r"(?:commander|leader|official|chief|founder)\b"),
]
_STRUCK_UNIT = re.compile(r"\b(?:targeting|targeted|against|used by|belonging to|affiliated with|associated "
                          r"with|operated by|tied to)\s+(?:the\s+)?(?:[\w'’]+[\s-]+){0,2}$", re.I)


def _targets(article: Article, event: Event, own: Sequence[tuple[_Window, str]],
             lex: Lexicons) -> Iterator[Named]:
    """For a strike: the people it aimed at (a named commander) and the groups whose sites it hit."""
    if lex.topic.said.attack(event.type):
        return
    seen: set[str] = set()
    for window, text in own:
        evidence = _evidence(article, window.start, window.end)
        for pattern in _PERSON:
            for match in pattern.finditer(text):
                who = match.group("who").strip()
                if who not in seen and not any(h.start <= match.start("who") < h.end
                                               for h in lex.actors.find(text)):
                    seen.add(who)
                    yield Named(who, evidence)
        for hit in _militia(lex.actors.find(text), lex):
            generic = lex.topic.actor(hit.name).generic
            possessive = text[hit.end:hit.end + 2] in ("'s", "’s")  # "Iran's Revolutionary Guard": the unit
            struck = _STRUCK_UNIT.search(text[:hit.start])
            if hit.name not in seen and not generic and not possessive and struck:
                seen.add(hit.name)
                yield Named(hit.name, evidence)


# --- casualties -----------------------------------------------------------------------------

_PEOPLE = (r"service ?members?|servicemen|troops?|soldiers?|personnel|people|persons|civilians?|militants?"
           r"|fighters?|militiamen|members?|contractors?|sailors|airmen|marines|Americans|children|others"
           r"|guards|officers|individuals|operatives|combatants")
_NOUN = (r"(?P<noun>(?:(?!(?:where|which|when|who|that)\b)[\w.'-]+\s+){0,3}?(?:" + _PEOPLE + r"))")
_HARM = r"(?P<harm>killed|dead|died|wounded|injured|hurt|injuries|wounds|lost their lives)"
# "three U.S. soldiers were killed", "34 injured", "more than 40 troops have been treated for injuries"
_AFTER_NUMBER = re.compile(r"^(?:\s+" + _NOUN + r")?"
                           # "five fighters of a pro-Hezbollah group were killed"
                           r"(?:\s+(?:of|from)\s+(?:the\s+|an?\s+)?[^,.;:()]{0,60}?(?=\s+(?:were|was)\b))?"
                           r"(?:\s+(?:who|that))?"
                           r"(?:\s+(?:were|was|have been|had been|are|been|being))?"
                           r"(?:\s+(?:\w+ly\s+)?(?:reported|confirmed|treated for|evaluated for|suffered))?"
                           # "with reported injuries", "to receive traumatic brain injuries"
                           r"(?:\s+(?:with|to receive|to suffer|to sustain|sustained|sustaining|suffering"
                           r"|receiving|suffered|had)"
                           r"(?:\s+(?:minor|reported|possible|serious|traumatic|brain|head|non-life-threatening)){0,3})?"
                           r"\s+" + _HARM + r"\b", re.I)
# "killing three US troops", "injured 34 service members"
_BEFORE_NUMBER = re.compile(r"\b(?P<harm>killing|killed|wounding|wounded|injuring|injured|leaving"
                            # "claimed the lives of three", "resulting in injuries to eight"
                            r"|(?:killing|deaths?) of|(?:claim\w*|took|taking) the lives of|the loss of"
                            r"|(?:(?:minor|serious|\w+-threatening)\s+)?(?:injuries|wounds) to)"
                            r"\s+(?:an?\s+|another\s+|an additional\s+|a further\s+|additional\s+)?$",
                            re.I)
_NUMBER = re.compile(QUALIFIER + NUMBER, re.I)
_UNIT = re.compile(r"^\s*(?:-\s*)?(?:hours?|minutes?|days?|weeks?|months?|years?|km|kilometers?|kilometres?"
                   r"|miles?|meters?|metres?|percent|per cent|%|mm|millimet\w+)\b", re.I)
_HARMS: dict[str, Harm] = {"killed": "killed", "killing": "killed", "dead": "killed", "died": "killed",
                           "killing of": "killed", "death of": "killed", "deaths of": "killed",
                           "lost their lives": "killed", "the loss of": "killed"}


def _harm(word: str) -> Harm:
    """Killed or injured, by the harm's words ("claimed the lives of": killed)."""
    word = " ".join(word.lower().split())
    return _HARMS.get(word) or ("killed" if word.endswith("lives of") else "injured")


# figures of the whole campaign, not of this event
# ("U.S." does not end the clause)
_RUNNING = re.compile(r"^(?:[^.;]|\.(?=\S)|(?<=U\.S)\.){0,80}?"
                      r"\b(?:since|in total|in all|overall|so far|to date|altogether|attacks)\b",
                      re.I)
_RUNNING_BEFORE = re.compile(r"\b(?:attacks|since|total)\b(?:[^.;]|\.(?=\S)|(?<=U\.S)\.){0,60}$", re.I)
# "21 were hurt, including 19 with brain injuries": a part of the figure before it
_PART = re.compile(r"\bincluding\s+(?:at least\s+|about\s+)?$", re.I)
# "10 killed in the city of Deir ez-Zor and 13 in Al-Mayadin": the parts of a toll by place
_BY_PLACE = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|wounded|injured)\s+(?:in|at)\s+[^,;.]{0,50}?"
                       r"\s+and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"[a-z]+teen|twenty|thirty)\s+(?:more\s+|others\s+)?(?:in|at)\s", re.I)
_ACT_WORD = re.compile(r"\b(?:attack|strike|assault|one)\b", re.I)
# "eight injured service members were evacuated": a part of the injured, not a figure of its own
_ADJECTIVE = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:" + _PEOPLE + r")\b", re.I)
# "the attack that killed three": the number is the act's victims only when passive ("who were killed")
_ACTIVE = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:who|that|which)\s+(?:killed|wounded|injured)\b", re.I)
# a strike's sentence telling the attack it answered: "in response to the attack that killed three"
_ATTACK_TOLD = re.compile(r"\battack(?:s|ed)?\b(?:(?!\bstrikes?\b|\bair ?strikes?\b)[^;])*$", re.I)
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$")
_US = re.compile(r"\b(?:U\.?S\.?|US|American|Americans|coalition|our)\b")
_PARTNER = re.compile(r"\b(?:partner|Peshmerga|Kurdish|SDF|security forces|police|border guards?)\b", re.I)
_MILITANT = re.compile(r"\b(?:militants?|fighters?|militiamen|members? of|operatives|combatants"
                       r"|insurgents)\b",
                       re.I)


def _casualties(article: Article, event: Event, texts: Sequence[tuple[_Window, str]],
                lex: Lexicons) -> Iterator[Casualty]:
    """The event's own dead and injured, each figure as this report gives it, and the zeros it
    reports ("no casualties were reported": a figure too, with its source)."""
    about = [(window, text) for window, text in texts if _about(window, text, event, lex)
             and (window.own or not _other_time(text, event))]  # "In August, eight were injured"
    yield from _counted(article, event, about, lex)
    seen: set[tuple[str, str]] = set()
    for window, text in about:
        if _SO_FAR.search(text):
            continue
        for side, harm in _none_told(text, event, lex):
            if (side, harm) not in seen:
                seen.add((side, harm))
                yield Casualty(side, harm, 0, "exact", article.published,
                               _evidence(article, window.start, window.end))


# "no casualties were reported", "without injuries", "no indications of civilian casualties"
_NO_HARM = re.compile(r"\b(?:no|without|zero)\s+(?:reported\s+|immediate\s+|known\s+|serious\s+)?"
                      r"(?:indications?\s+of\s+(?:collateral damage\s+or\s+)?)?"
                      r"(?P<who>(?:U\.?S\.?|American|civilian|coalition|military)\s+)?"
                      r"(?P<harm>casualties|injuries|deaths|fatalities)\b"
                      # "no injuries are life-threatening": some injured, none gravely
                      r"(?!\s+(?:are|were|was|is)\s+(?:\w+\s+)?(?:life-threatening|serious|critical|severe))",
                      re.I)
# "no US personnel were injured", "no one was hurt"
_NONE_HURT = re.compile(r"\b(?:no|none of the)\s+(?P<who>(?:U\.?S\.?|American|coalition)\s+)?"
                        r"(?:one|personnel|service ?members|troops|soldiers|forces|Americans)\s+"
                        r"(?:were|was|had been|has been|have been)\s+(?:reportedly\s+)?"
                        r"(?P<harm>injured|hurt|wounded|killed|harmed)\b", re.I)
_SO_FAR = re.compile(r"\b(?:since|so far|to date|in total|none of the attacks|any of the attacks)\b", re.I)


def _none_told(text: str, event: Event, lex: Lexicons) -> Iterator[tuple[CasualtySide, Harm]]:
    """(side, kind) of each zero a sentence reports: the side its words name (civilians; US forces
    or, beside an attack on them, the forces the sentence names), else not reported."""
    attack = lex.topic.said.attack(event.type)
    for pattern in (_NO_HARM, _NONE_HURT):
        for match in pattern.finditer(text):
            who, word = (match.group("who") or "").lower(), match.group("harm").lower()
            harm: Harm = "killed" if word in ("deaths", "fatalities", "killed") else "injured"
            if "civilian" in who:
                if not attack:  # a strike's care for bystanders ("no civilian casualties")
                    yield "civilians", "killed" if word == "casualties" else harm
            elif who or (attack and (_US.search(text) or pattern is _NONE_HURT)):
                if attack:  # US zeros told beside a strike are the attack's it answered
                    yield "us", harm
            else:
                yield "unknown", harm


# Numbers read as casualty figures in one sentence: a report gives a few; a sentence with hundreds
# is a list run together, each read at a cost in proportion to the sentence.
FIGURES_READ = 40


def _counted(article: Article, event: Event, texts: Sequence[tuple[_Window, str]],
             lex: Lexicons) -> Iterator[Casualty]:
    """The event's own figures of dead and injured, each as this report gives it (``texts``: the
    sentences that can be about it)."""
    seen: set[tuple[str, str, int, str]] = set()
    last: CasualtySide | None = None  # "Three US soldiers were killed. More than 30 others were wounded."
    for window, text in texts:
        names = [(h.start, h.end) for h in lex.places.find(text)]  # once a sentence, not once a number
        for number in itertools.islice(_NUMBER.finditer(text), FIGURES_READ):
            found = _figure(number, text, event, lex, names)
            if found is None:
                continue
            side, harm, value = found
            if side == "us" and not lex.topic.said.attack(event.type):
                continue  # US dead told beside a strike are the attack's it answered
            if side == "unknown" and last and re.match(r"\s+others\b", text[number.end():]):
                side = last  # "killed one fighter and wounded three others"
            last = side
            key = (side, harm, value, qualifier_of(number))
            if key not in seen:
                seen.add(key)
                yield Casualty(side, harm, value, qualifier_of(number), article.published,
                               _evidence(article, window.start, window.end))


# The other act's words: a sentence naming them is about that act, not this one. A strike of a kind
# chosen by its cue (self-defence: a strike on those about to attack) or an intercept speaks of
# the attack it stopped, so it has none.
_OTHER_ACT = {"attack": re.compile(r"\b(?:air ?strikes?|strikes|retaliat\w*)\b", re.I),
              "strike": re.compile(r"\battack(?:s|ed)?\b", re.I),
              "none": re.compile(r"(?!)")}


def _other_act(event: Event, lex: Lexicons) -> re.Pattern[str]:
    said = lex.topic.said
    act = said.act(event.type)
    return _OTHER_ACT[act if act == "attack" or event.type == said.default("strike") else "none"]


def _about(window: _Window, text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a sentence's figures can be this event's: none from a sentence about another war
    (a place outside the story), nor from a neighbouring sentence telling another kind of act."""
    if any(True for _ in lex.outside.find(text)) and not _in_campaign(text, lex):
        return False
    if window.own:
        return True
    # a neighbour naming another place or country tells of another event; a joined sentence may
    # name the base of an event that names none ("the drone struck the Rumalyn Landing Zone")
    elsewhere = any(h.name not in event.places and not (window.joined and _its_base(h.name, event, lex))
                    for h in lex.places.find(text)) or any(
        lex.country(m.group()) not in (None, event.country) for m in lex.countries.finditer(text))
    return not elsewhere and not _other_act(event, lex).search(text)


def _its_base(name: str, event: Event, lex: Lexicons) -> bool:
    """Whether a site can be the base of an event that names none, in its country."""
    place = lex.topic.place(name)
    return (place.site and place.country == event.country and lex.topic.said.attack(event.type)
            and not any(lex.topic.place(p).site for p in event.places))


def _in_campaign(text: str, lex: Lexicons) -> bool:
    """Whether a sentence names one of the campaign's countries or places."""
    return lex.countries.search(text) is not None or any(True for _ in lex.places.find(text))


def _figure(number: re.Match[str], text: str, event: Event, lex: Lexicons,
            names: list[tuple[int, int]]) -> tuple[CasualtySide, Harm, int] | None:
    """(side, killed or injured, value) when the number counts people killed or hurt;
    ``names``: the spans of the places named in ``text``."""
    value = value_of(number.group("num"))
    before, after = text[:number.start()], text[number.end():]
    if any(start <= number.start("num") < end for start, end in names):
        return None  # a place's name ("Tower 22")
    if _UNIT.match(after):
        return None  # "nearly 12 hours after US personnel were injured": a time, not people
    # "these attacks, including the one which killed three": the figure after "including" is one
    # attack's (of an attack, not of the strike that answered it)
    attack = lex.topic.said.attack(event.type)
    parts = re.split(r"\bincluding\b", before)
    told = parts[-1] if attack and len(parts) > 1 and _ACT_WORD.search(parts[-1]) else before
    if (value is None or value > 5000 or _MONTH.search(before) or _RUNNING.search(after)
            or _PART.search(before) or _BY_PLACE.match(after)
            or _RUNNING_BEFORE.search(told) or _ACTIVE.match(after)
            or (not attack and _ATTACK_TOLD.search(before))):
        return None
    tail = _AFTER_NUMBER.match(after)
    head = _BEFORE_NUMBER.search(before)
    if tail is not None:
        noun, harm = tail.group("noun") or "", tail.group("harm").lower()
        if not noun and _ADJECTIVE.match(after[tail.end():]):
            return None
    elif head is not None and head.group("harm").lower() != "leaving":
        people = re.match(r"^\s+" + _NOUN + r"\b", after, re.I)  # "injuring 25" names no one
        if people is None and re.match(r"^\s+[a-z]", after):
            return None  # "killing three of its fighters"? a noun we do not know: not read
        noun, harm = (people.group("noun") if people else ""), head.group("harm").lower()
    else:
        return None
    rest = re.split(r"[,.;:()]", after[len(noun) + 1:] if noun and after.lstrip().startswith(noun) else "")[0]
    side = _side(noun, text, event, lex, rest[:100])
    return side, _harm(harm), value


def _side(noun: str, sentence: str, event: Event, lex: Lexicons, rest: str = "") -> CasualtySide:
    """Whose dead or injured: by the words of the noun phrase (and what it is "of": ``rest``),
    else by the sentence and event."""
    attack = lex.topic.said.attack(event.type)
    if _US.search(noun) or (attack and _US.search(sentence) and (not noun or _UNNAMED.fullmatch(noun))):
        return "us"  # "killing three American troops and injuring 34 others" beside an attack
    forces = re.search(r"\b(?:service ?members?|servicemen|troops?|soldiers?|personnel|sailors|airmen"
                       r"|marines)\b", noun, re.I)
    civilians = re.search(r"\bcivilians?|children\b", noun, re.I)
    if civilians and not (forces and forces.start() < civilians.start()):
        return "civilians"  # "seven service members and civilians": the forces are named first
    if _PARTNER.search(noun):
        return "partner"
    if _ARMED.search(noun) or _of_militia(noun, sentence, rest, lex):
        return "militants"  # "five Iraqi militants", "four Syrian members of Iran-backed groups"
    demonyms = [d for d, _ in lex.topic.campaign.demonyms]
    if any(d.lower() in noun.lower() for d in demonyms):
        return "partner"
    # the forces an attack hurt; beside a strike, the forces of the attacks it answered
    if forces and (attack or not _MILITANT.search(noun)):
        return "us"
    if _MILITANT.search(noun) or any(lex.side(h.name) == "militia" for h in lex.actors.find(noun)):
        return "militants"
    return "unknown"


# people no noun places on a side: beside an attack on US forces whose sentence names the US
_UNNAMED = re.compile(r"(?:\w+\s+)?(?:others|people|persons|individuals)", re.I)
# nouns that are only ever the armed groups' (never a partner's, whatever their nationality)
_ARMED = re.compile(r"\b(?:militants?|militiamen|insurgents|operatives)\b", re.I)
# "13 members of the militias", "four Syrian members of Iranian-backed armed groups"
_OF_GROUP = re.compile(r"^\s*of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
                       r"(?:militias?|armed (?:groups?|factions?)|factions?|groups?)\b", re.I)
# "the death of five of its members", the group's own dead ("its": the group the sentence names)
_ITS = re.compile(r"^of\s+(?:its|their)\s+(?:members|fighters|men)\b", re.I)


def _of_militia(noun: str, sentence: str, rest: str, lex: Lexicons) -> bool:
    """Whether the people are the armed groups' by what they are "of"."""
    members = re.search(r"\b(?:members|fighters|men)$", noun, re.I)
    if members and _OF_GROUP.match(rest):
        return not _PARTNER.search(rest)
    # the sentence's groups looked for only when the noun is "of its members": once per figure
    # they cost a read of the whole sentence
    return bool(_ITS.match(noun.strip())) and any(lex.side(h.name) == "militia"
                                                  for h in lex.actors.find(sentence))


# --- merging reports ------------------------------------------------------------------------

def merge_details(all_details: Sequence[Details]) -> Details:
    """One event's details from all its reports: every distinct fact kept, each with its first
    evidence; every competing casualty figure kept with its own day and source."""
    if len(all_details) == 1:
        return all_details[0]
    sites = [d.site for d in all_details if d.site]
    places = [d.coordinates for d in all_details if d.coordinates]
    return Details(
        site=max(sites, key=lambda s: sum(1 for x in sites if x.name == s.name)) if sites else None,
        coordinates=min(places, key=lambda c: ORDER.get(c.precision, 3)) if places else None,
        weapons=_distinct(w for d in all_details for w in d.weapons),
        counts=tuple(dict.fromkeys(c for d in all_details for c in d.counts)),
        claimed_by=_distinct(n for d in all_details for n in d.claimed_by),
        attributed_to=_distinct(n for d in all_details for n in d.attributed_to),
        targets=_distinct(n for d in all_details for n in d.targets),
        casualties=_figures(c for d in all_details for c in d.casualties),
        facilities=_distinct(n for d in all_details for n in d.facilities),
    )


def _distinct(names: Iterable[Named]) -> tuple[Named, ...]:
    """Each name once per report that gives it: how many reports say so stays known."""
    kept: dict[tuple[str, str], Named] = {}
    for named in names:
        kept.setdefault((named.name.lower().rstrip("s"), named.source.article), named)
    return tuple(kept.values())


def _figures(casualties: Iterable[Casualty]) -> tuple[Casualty, ...]:
    """Each figure once per source and day it was given (a figure many outlets repeat keeps each
    of them); ordered by side, kind, day and value."""
    kept: dict[tuple[str, str, int, str, dt.date | None, str], Casualty] = {}
    for c in casualties:
        kept.setdefault((c.side, c.kind, c.value, c.qualifier, c.as_of, c.source.article), c)
    return tuple(sorted(kept.values(), key=lambda c: (c.side, c.kind, c.as_of or dt.date.min, c.value,
                                                      c.source.article)))
