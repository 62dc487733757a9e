"""Whom a strike aimed at: a named person (a commander) and the groups whose sites it hit."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ...model import Article, Event, Named
from ...rules import Rules, grammar
from ..lexicon import Lexicons
from .parties import militia
from .sentences import Window, evidence_of

_NAME = r"(?P<who>(?:Abu|Abū|al-|Al-)?\s?[A-Z][\w'’-]+(?:\s+(?:al-|Al-|bin |abu |Abu )?[A-Z][\w'’-]+){1,3})"
_PERSON = [
    re.compile(r"\b(?:commander|leader|official|chief|founder)\s+(?:named\s+|identified as\s+)?" + _NAME),
    re.compile(_NAME + r",\s+(?:a|the)\s+(?:senior\s+|top\s+|military\s+|former\s+)*(?:\w+\s+){0,2}"
               r"(?:commander|leader|official|chief|founder)\b"),
]
_NOT_A_NAME = Rules(grammar("parties")).pattern("not_a_persons_name")  # "On Friday, a ... official"
_STRUCK_UNIT = re.compile(r"\b(?:targeting|targeted|against|used by|belonging to|affiliated with|associated "
                          r"with|operated by|tied to)\s+(?:the\s+)?(?:[\w'’]+[\s-]+){0,2}$", re.I)


def targets_of(article: Article, event: Event, own: Sequence[tuple[Window, str]],
               lex: Lexicons) -> Iterator[Named]:
    """For a strike: the people it aimed at (a named commander) and the groups whose sites it hit."""
    if lex.topic.said.attack(event.type):
        return
    seen: set[str] = set()
    for window, text in own:
        evidence = evidence_of(article, window.start, window.end)
        for pattern in _PERSON:
            for match in pattern.finditer(text):
                who = match.group("who").strip()
                named = not _NOT_A_NAME.fullmatch(who)  # "On Friday, a White House official"
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
