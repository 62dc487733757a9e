"""A list's or timeline's entry told without a verb: its own attack on US forces.

A recap of the week or a timeline often tells an attack in a few words and no verb
("Friday: rockets at <a base>, no injuries.", "Oct. 18 — one-way drones against <a
garrison>; two intercepted."). The reader of roles (:mod:`.roles`) starts from an act word
and finds none there. Such an entry is read here, and only when its words name a munition
(the topic's weapons) or an attack noun aimed at a place that hosts US forces (the topic's
places). Never when the entry tells a strike (the reader reads "U.S. strikes on ..."), a
statement or a claim, a figure, or another story (a place outside the campaign, an enemy
of the US other than the groups). Its places are its own words' only; its day is the one
opening it (:mod:`.events`).
"""

from __future__ import annotations

import re

from ..topic import Hit
from .lexicon import Lexicons, Names
from .roles import Mention, strike_word

# Cheap first look at a sentence: does a day open it, then a colon or a dash? (events.py
# then reads the day itself.)
ENTRY_HEAD = re.compile(
    r"[\s\"'“‘(•*·▪◦>–—-]*(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"[^\n:–—]{0,24}?(?::|[–—]|\s-{1,2})\s", re.I)
# Who said it, or a group's claim: a statement or a claim, not the act told as seen.
_SAYING = re.compile(r"\b(?:said|says|say|saying|told|tells|announc\w*|statements?|claim\w*|"
                     r"responsibility|den(?:y|ies|ied|ial)|confirm\w*|according|alleg\w*|purported\w*)\b",
                     re.I)
# A figure: a count of acts over a time ("66 attacks since Oct. 17", "total: 150").
_FIGURE = re.compile(r"\b(?:since|total\w*|tally|times|so\s+far|in\s+all|to\s+date|overall)\b|"
                     r"\b\d+\s+(?:[\w-]+\s+)?(?:attacks|strikes|incidents)\b", re.I)
# Not an act that happened: a threat, a plan, none at all ("no rockets at ...").
_NOT_DONE = re.compile(r"\b(?:no|not|never|threat\w*|plan\w*|warn\w*|vow\w*|would|could|may|might|"
                       r"will|possible|feared)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# What aims the munition at the place ("rockets at", "drones against", "drone attack on").
# (a timeline's present tense too: "rockets target two bases", "a drone hits <a base>")
_AIMED = re.compile(
    r"\b(?:at|on|against|targeting|targets?|toward|towards|into|hits?|hitting|strikes?|over)\b", re.I)
_AIM_REACH = 80  # characters from the munition to the place it was aimed at


def verbless_mentions(text: str, names: Names, lex: Lexicons, body: tuple[int, int],
                      sentence: tuple[int, int]) -> list[Mention]:
    """The attacks on US forces an entry's words ``body`` (after its day and mark) tell, one per
    base they were aimed at; none unless the entry is such an act (see the module's doc)."""
    start, end = body
    words = text[start:end]
    if _SAYING.search(words) or _other_story(names, lex, body):
        return []
    if _FIGURE.search(words):
        return _attacked_times(text, names, lex, body, sentence)
    nouns = list(lex.act_nouns.finditer(text, start, end))
    if any(strike_word(text, m.start()) for m in nouns):
        return []  # a strike: the reader reads "U.S. strikes on ..."; "a drone strike at" is open
    munitions = [h for h in names.within(names.weapons, start, end)
                 if lex.topic.weapon(h.name).kind == "munition"]
    acts = sorted([(h.start, h.end) for h in munitions] + [(m.start(), m.end()) for m in nouns])
    if not acts:
        return []
    act_start, act_end = acts[0]
    if _NOT_DONE.search(text, start, act_start):
        return []
    bases = _aimed_at(text, names, lex, act_end, end)
    weapons = tuple(dict.fromkeys(h.name for h in munitions))
    groups = tuple(dict.fromkeys(h.name for h in names.within(names.actors, start, end)
                                 if lex.side(h.name) == "militia"))
    if not bases:
        return _unnamed_base(text, names, lex, (act_start, act_end), body, sentence, weapons, groups)
    return [_mention(text, names, lex, base, (act_start, act_end), body, sentence, weapons, groups)
            for base in bases]


# A base the entry does not name, or the troops themselves: "a drone at an air base", "rockets
# target two bases housing U.S. forces in Iraq", "drones against U.S. troops".
_UNNAMED_BASE = re.compile(
    r"\b(?:air\s*bases?|airbases?|bases?|outposts?|garrisons?|military\s+facilit(?:y|ies))\b", re.I)


def _unnamed_base(text: str, names: Names, lex: Lexicons, act: tuple[int, int], body: tuple[int, int],
                  sentence: tuple[int, int], weapons: tuple[str, ...],
                  groups: tuple[str, ...]) -> list[Mention]:
    """The act aimed at a base it does not name, or at US forces: one attack, in the one campaign
    country the entry names (none when it names none or several)."""
    reach = min(body[1], act[1] + _AIM_REACH)
    aims = [m.start() for m in _UNNAMED_BASE.finditer(text, act[1], reach)]
    aims += [h.start for h in names.within(names.us_forces, act[1], reach)]
    if not any(_AIMED.search(text, act[1], aim) for aim in aims):
        return []
    countries = {h.name for h in names.within(names.countries, *body)
                 if h.name in lex.topic.campaign.countries}
    country = countries.pop() if len(countries) == 1 else None
    said = lex.topic.said
    kind = said.choose("attack", text[slice(*sentence)], text[slice(*body)]) or said.kinds[0][0]
    return [Mention(type=kind, start=act[0], end=act[1], clause=body, sentence=sentence,
                    agent=None, target="US forces", places=(), country=country, weapons=weapons,
                    plural=False, claimed=False, groups=groups, zone=body)]


# "Nov. 23 - U.S. forces in eastern Syria are attacked with drones and rockets four times in 24
# hours": the entry's attacks of its day, counted; not a figure over time ("since", "in all").
_ATTACKED_TIMES = re.compile(r"\b(?:are|were|is|was|have\s+been|has\s+been)\s+(?:again\s+)?"
                             r"(?:attacked|targeted)\b[^.;:]{0,60}?\b(?:twice|(?:two|three|four|five|six|"
                             r"seven|eight|nine|ten|\d{1,2})\s+times)\b", re.I)
_OVER_TIME = re.compile(r"\b(?:since|total\w*|tally|so\s+far|in\s+all|to\s+date|overall)\b", re.I)


def _attacked_times(text: str, names: Names, lex: Lexicons, body: tuple[int, int],
                    sentence: tuple[int, int]) -> list[Mention]:
    """An entry telling US forces in one campaign country attacked a number of times that day
    (see ``_ATTACKED_TIMES``): one attack on US forces there; none when it names two countries."""
    verb = _ATTACKED_TIMES.search(text, *body)
    if verb is None or _OVER_TIME.search(text, *body):
        return []
    if not names.within(names.us_forces, body[0], verb.start()):
        return []
    countries = {h.name for h in names.within(names.countries, body[0], verb.end())
                 if h.name in lex.topic.campaign.countries}
    if len(countries) != 1:
        return []
    said = lex.topic.said
    kind = said.choose("attack", text[slice(*sentence)], text[slice(*body)]) or said.kinds[0][0]
    return [Mention(type=kind, start=verb.start(), end=verb.end(), clause=body, sentence=sentence,
                    agent=None, target="US forces", places=(), country=countries.pop(), weapons=(),
                    plural=False, claimed=False, groups=(), zone=body)]


def _other_story(names: Names, lex: Lexicons, body: tuple[int, int]) -> bool:
    """A place outside the campaign (Israel, the Red Sea) or an actor of another story."""
    if names.within(names.outside, *body):
        return True
    return any(h.name in lex.us_enemies or lex.side(h.name) == "other"
               for h in names.within(names.actors, *body))


def _aimed_at(text: str, names: Names, lex: Lexicons, act_end: int, end: int) -> list[Hit]:
    """The places hosting US forces the act's words aim at, each once."""
    found: dict[str, Hit] = {}
    for hit in names.within(names.places, act_end, min(end, act_end + _AIM_REACH)):
        if lex.topic.place(hit.name).hosts_us_forces and _AIMED.search(text, act_end, hit.start):
            found.setdefault(hit.name, hit)
    return list(found.values())


def _mention(text: str, names: Names, lex: Lexicons, base: Hit, act: tuple[int, int], body: tuple[int, int],
             sentence: tuple[int, int], weapons: tuple[str, ...], groups: tuple[str, ...]) -> Mention:
    country = lex.topic.place(base.name).country
    # its own places only: the base, and the other places of its country that are no base
    places = tuple(dict.fromkeys(
        h.name for h in names.within(names.places, *body)
        if h.name == base.name or (lex.topic.place(h.name).country == country
                                   and not lex.topic.place(h.name).hosts_us_forces)))
    said = lex.topic.said
    kind = said.choose("attack", text[slice(*sentence)], text[slice(*body)]) or said.kinds[0][0]
    return Mention(type=kind, start=act[0], end=act[1], clause=body, sentence=sentence,
                   agent=None, target=base.name, places=places, country=country, weapons=weapons,
                   plural=False, claimed=False, groups=groups, zone=body)
