"""Whom a strike aimed at: a named person (a commander) and the groups whose sites it hit."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ...model import Article, Event, Named
from ...rules import Rules, grammar
from ..lexicon import Lexicons, ships_named
from ..roles import CLAUSE_CUTS, verbs_of
from ..roles import GRAMMAR as ROLES
from .parties import militia
from .sentences import Ships, Window, evidence_of

_NAME = r"(?P<who>(?:Abu|Abū|al-|Al-)?\s?[A-Z][\w'’-]+(?:\s+(?:al-|Al-|bin |abu |Abu )?[A-Z][\w'’-]+){1,3})"
_PERSON = [
    re.compile(r"\b(?:commander|leader|official|chief|founder)\s+(?:named\s+|identified as\s+)?" + _NAME),
    re.compile(_NAME + r",\s+(?:a|the)\s+(?:senior\s+|top\s+|military\s+|former\s+)*(?:\w+\s+){0,2}"
               r"(?:commander|leader|official|chief|founder)\b"),
]
_PARTIES = Rules(grammar("parties"))
_NOT_A_NAME = _PARTIES.pattern("not_a_persons_name")  # "On Friday, a ... official"
_ADDRESSED = _PARTIES.pattern("addressed_to")  # "a warning ... to the supreme leader X"
_CUT = ROLES.union(CLAUSE_CUTS)  # where a sentence's clauses meet (roles.py)
_STRUCK_UNIT = re.compile(r"\b(?:targeting|targeted|against|used by|belonging to|affiliated with|associated "
                          r"with|operated by|tied to)\s+(?:the\s+)?(?:[\w'’]+[\s-]+){0,2}$", re.I)


def targets_of(article: Article, event: Event, own: Sequence[tuple[Window, str]],
               lex: Lexicons, others: Sequence[Event] = ()) -> Iterator[Named]:
    """For a strike: the people it aimed at (a named commander) and the groups whose sites it hit;
    for an attack on a side whose ships the profile names ([side.*] vessels), the ship it hit, by
    name (:func:`_ships`; not the merchant ship named beside an attack on a warship)."""
    if lex.topic.said.attack(event.type):
        target = lex.topic.said.kind(event.type).target
        if any(side.vessels for side in lex.topic.sides if side.name == target):
            yield from _ships(article, own, others, lex)  # a side whose ships have names: merchant ships
        return
    seen: set[str] = set()
    for window, text in own:
        evidence = evidence_of(article, window.start, window.end)
        for pattern in _PERSON:
            for match in pattern.finditer(text):
                who = match.group("who").strip()
                named = not _NOT_A_NAME.fullmatch(who)  # "On Friday, a White House official"
                named = named and not _ADDRESSED.search(text, max(0, match.start() - 120), match.start())
                if who not in seen and named and not any(h.start <= match.start("who") < h.end
                                                         for h in lex.actors.find(text)):
                    seen.add(who)
                    yield Named(who, evidence)
        for hit in militia(lex.actors.find(text), lex):
            generic = lex.topic.actor(hit.name).generic
            possessive = text[hit.end:hit.end + 2] in ("'s", "’s")  # "Iran's Revolutionary Guard": the unit
            struck = _STRUCK_UNIT.search(text[:hit.start])
            if hit.name not in seen and not generic and not possessive and struck:
                seen.add(hit.name)
                yield Named(hit.name, evidence)


def _ships(article: Article, own: Sequence[tuple[Window, str]], others: Sequence[Event],
           lex: Lexicons) -> Iterator[Named]:
    """The ship an attack hit, by name: the profile's ships ([side.*] vessels) and ships told by
    marker or flag ("the M/V Sea Lark", "a Norland-flagged tanker Sea Lark"), each from an
    evidence sentence naming one ship and telling no other act of the article (never a ship from
    another act's words: "two days after the drone hit the M/V Sea Lark")."""
    theirs = {(s.start, s.end) for other in others for s in other.sources if s.article == article.id}
    seen: set[str] = set()
    for window, text in own:
        if (window.start, window.end) in theirs:
            continue
        hits = ships_named(text, lex)
        named = {name for name, _, _ in hits}
        if len(named) == 1 and not named <= seen and all(_acted_on(text, a, b, lex) for _, a, b in hits):
            seen |= named
            yield Named(named.pop(), evidence_of(article, window.start, window.end))


def _acted_on(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Whether the clause the ship is named in (between the sentence's clause cuts around it)
    tells an act: "the drone struck the M/V Sea Lark"; not a ship of a clause of its own beside
    the act ("Maersk said it followed a near-miss with the Sea Lark, as well as an attack on
    Friday on another ship"), nor one the sentence only describes ("the Sea Lark is operated by")."""
    cuts = [m.start() for m in _CUT.finditer(text)]
    opens = max((c for c in cuts if c <= start), default=0)
    closes = min((c for c in cuts if c >= end), default=len(text))
    words = text[opens:closes]
    return bool(lex.act_nouns.search(words) or verbs_of(lex).search(words))


def ships_of(article: Article, event: Event, own: Sequence[tuple[Window, str]], others: Sequence[Event],
             lex: Lexicons) -> Ships:
    """The ships the event's own sentences name and no other act's sentences of the article do, and
    those the other acts' name and its own do not: a claim naming one of its own is this act's
    claim, wherever else it places it ("claimed the strike on the Sea Lark and the Blue Heron in
    the Gulf of Sudland", of the Sea Lark's attack in the Red Sea), and one naming only others is
    another act's (``parties.claimants``)."""
    theirs = {name for other in others for s in other.sources if s.article == article.id
              for name, _, _ in ships_named(article.clean[s.start:s.end], lex)}
    named = {name for _, text in own for name, _, _ in ships_named(text, lex)}
    return Ships(frozenset(named - theirs), frozenset(theirs - named))
