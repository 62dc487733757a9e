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

from ..rules import Rules, grammar
from ..topic import Hit
from .lexicon import Lexicons, Names
from .roles import Mention, strike_word

# The story-independent grammar of entries and events (briefing/grammar/events.toml): its named
# rules, each with its examples, compiled once.
GRAMMAR = Rules(grammar("events"))
# Cheap first look at a sentence: does a day open it, then a colon or a dash? (events.py
# then reads the day itself.)
ENTRY_HEAD = GRAMMAR.pattern("entry_head")
_SAYING = GRAMMAR.pattern("entry_saying")  # a statement or a claim, not the act told as seen
_FIGURE = GRAMMAR.pattern("entry_figure")  # a count of acts over a time ("66 attacks since Oct. 17")
_NOT_DONE = GRAMMAR.pattern("entry_not_done")  # a threat, a plan, none at all ("no rockets at ...")
_AIMED = GRAMMAR.pattern("entry_aimed")  # what aims the munition at the place ("rockets at")
_AIM_REACH = 80  # characters from the munition to the place it was aimed at


def may_tell(text: str, names: Names, lex: Lexicons, body: tuple[int, int]) -> bool:
    """False only when :func:`verbless_mentions` finds nothing in ``body``, asked before the entry's
    day is read: every mention it gives needs an act noun or a munition among the words, or US forces
    attacked a number of times (:func:`_attacked_times`)."""
    if names.within(names.us_forces, *body) or any(lex.topic.weapon(h.name).kind == "munition"
                                                   for h in names.within(names.weapons, *body)):
        return True
    return lex.act_nouns.search(text, *body) is not None


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
_UNNAMED_BASE = GRAMMAR.pattern("unnamed_base")


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
                    plural=False, claimed=False, groups=groups, zone=body, rule="unnamed_base")]


# "Nov. 23 - U.S. forces in eastern Syria are attacked with drones and rockets four times in 24
# hours": the entry's attacks of its day, counted; not a figure over time ("since", "in all").
_ATTACKED_TIMES = GRAMMAR.pattern("attacked_times")
_OVER_TIME = GRAMMAR.pattern("over_time")


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
                    plural=False, claimed=False, groups=(), zone=body, rule="attacked_times")]


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
                   plural=False, claimed=False, groups=groups, zone=body, rule="entry_aimed")
