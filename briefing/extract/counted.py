"""A few attacks counted on one day are that many events (issue 23, form 3).

"Two separate attacks hit bases hosting US forces in Iraq on Thursday" and "troops in Syria were
attacked three times on Sunday" tell two and three attacks, and a careful reader lists each. The
reader finds one mention there, and names a base for at most one of them; this module reads the
count beside the act word (grammar rules ``acts_counted_before`` and ``acts_counted_after``) so
the events stage can keep that many events. Only where the count can mean nothing else: two to
four acts, in a sentence that gives one day and no span of days ("in the past week", "since"),
and names no other of the story's countries (a count over Iraq and Syria does not say how many
each had: a gap, not a guess).

A story whose target side has nouns of its own (ships) counts them the same way: "attacked two
commercial vessels on Monday", "Two ships were targeted" tell two attacks, one per ship, as a
careful reader lists them (grammar rule ``targets_counted_before``, before the target side's noun
in the act's clause). Where both are counted, the ships are the events ("four attacks on three
vessels" is three: one vessel, one day, one event, however many munitions hit it).
"""

from __future__ import annotations

import re

from .entries import GRAMMAR
from .lexicon import Lexicons

_NUMBERS = {"two": 2, "twice": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_REACH = 60  # characters between the count and the act word, at most
_COUNTED_NOUNS = frozenset({"attacks", "incidents", "strikes"})
# a count over a span, not one day's: "three times in the past week", "twice since Sunday"
_SPAN = GRAMMAR.pattern("count_over_span")


def acts_counted(clean: str, start: int, end: int, clause: tuple[int, int]) -> int:
    """The number of acts the words beside the act word ``clean[start:end]`` count in its
    clause ("two separate drone |attacks|", "|attacked| three times"); 0 when they count none."""
    word = clean[start:end].lower()
    before = (GRAMMAR.at("acts_counted_before", clean, start, floor=max(clause[0], start - _REACH))
              if word in _COUNTED_NOUNS else None)
    after = GRAMMAR.at("acts_counted_after", clean, end, limit=min(clause[1], end + _REACH))
    found = before or after
    return _NUMBERS[found["n"].lower()] if found else 0


def sites_counted(clean: str, end: int, clause: tuple[int, int]) -> int:
    """The number of sites the words after the act word (ending at ``end``) count in its clause
    ("attacked| at two sites in <a country>"); 0 when they count none. Read only for a part of a
    number of acts told just before: alone, "struck three facilities" may be one attack's targets."""
    found = GRAMMAR.at("sites_counted_after", clean, end, limit=min(clause[1], end + _REACH))
    return _NUMBERS[found["n"].lower()] if found else 0


def targets_counted(clean: str, start: int, end: int, clause: tuple[int, int],
                    nouns: re.Pattern[str] | None) -> int:
    """The number of the target side's assets (``nouns``: its [side.*] nouns) the act word
    ``clean[start:end]``'s clause counts next to it ("attacked |two commercial vessels|", "|Two
    ships| were targeted"): the nearest of its nouns within ``_REACH`` characters, when counted; 0
    when none is, or when the nearest is another's ("a tanker" beside "two ships nearby")."""
    if nouns is None:
        return 0
    floor, limit = max(clause[0], start - _REACH), min(clause[1], end + _REACH)
    found = [(min(abs(m.start() - end), abs(start - m.end())), m.start())
             for m in nouns.finditer(clean, floor, limit) if not start <= m.start() < end]
    if not found:
        return 0
    # the nearest noun only: the act's own target ("attacked a tanker ... as two cargo ships turned
    # back" counts the ships that turned, not the ones attacked)
    noun = min(found)[1]
    counted = GRAMMAR.at("targets_counted_before", clean, noun, floor=max(floor, noun - _REACH))
    return _NUMBERS[counted["n"].lower()] if counted else 0


def one_days_count(clean: str, sentence: tuple[int, int], country: str | None, lex: Lexicons,
                   days: int) -> bool:
    """Whether a count in ``sentence`` can be one day's acts in ``country`` (None: a count naming
    none of the story's countries, placed later by its article): it tells ``days``
    (distinct days written in it) of at most one, no span of days, and no other country of the
    story by name or people ("Syrian") where its attacks happen (a story at sea: "Yemen's rebels
    targeted two ships in the Red Sea" names where they fire from, not a second area)."""
    text = clean[sentence[0]:sentence[1]]
    if days > 1 or _SPAN.search(text):
        return False
    named = {lex.country(m.group(0)) for m in lex.countries.finditer(text)}
    return {c for c in named if c is None or lex.topic.campaign.attacked_in(c)} <= {country, None}
