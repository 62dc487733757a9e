"""The topic's tables compiled into searches, and one article's names found once.

Everything here is built from :class:`~briefing.topic.Topic` data: no place,
group or word of the story is written in this module.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..rules import Rules, grammar
from ..screen import Openings, Screen, finditer_near, fold
from ..text import all_sentences
from ..topic import Hit, Lexicon, Side, Topic

_LEXICONS: dict[str, Lexicons] = {}


def _words(words: Sequence[str]) -> str:
    """Alternation of words, longest first; spaces and hyphens alike."""
    return "|".join(_word(w) for w in _ordered(words))


def _ordered(words: Sequence[str]) -> list[str]:
    """The distinct words, longest first, then alphabetically: one order in every run."""
    return sorted(set(words), key=lambda word: (-len(word), word))


def _word(word: str) -> str:
    return re.sub(r"\\[- ]", r"[-\\s]?", re.escape(word))


_WORD_CHAR = re.compile(r"\w")


def bounded_words(words: Sequence[str]) -> re.Pattern[str]:
    """``\\b(?:<words>)\\b`` (:func:`_words`, in their case), as a pattern ``re`` looks for by the
    words' first letters: a pattern opening with ``\\b`` is tried at every character of a text
    (the countries' were most of a page's whole-text searches). Each word's first letter comes first
    and the boundary before it is asked after it (``(?<!\\w.)``: no word character before that
    letter), which is the same test when every word opens with a word character; else the words
    are written as before."""
    ordered = _ordered(words)
    if not ordered or not all(_WORD_CHAR.match(word) for word in ordered):
        return re.compile(rf"\b(?:{_words(words)})\b")
    opened = (re.escape(word[0]) + r"(?<!\w.)" + _word(word[1:]) for word in ordered)
    return re.compile("(?:" + "|".join(opened) + r")\b")


@dataclass(frozen=True)
class Lexicons:
    """The compiled searches of one topic (built once per topic digest)."""

    topic: Topic
    actors: Lexicon
    places: Lexicon
    weapons: Lexicon
    outside: Lexicon
    vessels: Lexicon  # the sides' ships by name ([side.*] vessels): the ship an attack hit
    countries: re.Pattern[str]
    us_forces: re.Pattern[str]
    its_forces: re.Pattern[str]  # "its forces": the side's if the sentence names it first (rule its_forces)
    host_forces: re.Pattern[str]
    act_nouns: re.Pattern[str]
    strike_targets: re.Pattern[str]
    start_phrases: re.Pattern[str]
    us_enemies: frozenset[str]
    # the tally filter's words ([tallies]): see topic.TallyWords
    attackers: re.Pattern[str]
    others_counted: re.Pattern[str]
    on_other_targets: re.Pattern[str]  # "attacks on ships" right after a figure
    other_targets: re.Pattern[str]
    other_attackers: re.Pattern[str]
    # name or demonym (case-folded) -> country; the countries' own names first
    country_names: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    country_screen: Screen = field(default_factory=lambda: Screen(None, False), compare=False, hash=False)
    us_forces_openings: Openings | None = field(default=None, compare=False, hash=False)
    # the story's sides' nouns ([side.*] nouns: "tanker", "destroyer"), each with its side's name
    side_nouns: tuple[tuple[str, re.Pattern[str]], ...] = ()
    target_nouns: re.Pattern[str] = re.compile(r"(?!)")  # any of them: what the attacking side hits
    verbs: re.Pattern[str] | None = None  # the profile's verbs of acting (roles.py adds its own)
    intercepts: frozenset[str] = frozenset()  # the profile's verbs of an intercept, lower case
    advisories: re.Pattern[str] = re.compile(r"(?!)")  # [vocabulary] advisory_voices
    partners: re.Pattern[str] = re.compile(r"(?!)")  # [vocabulary] partner_words: the US side's partners
    # each sentence's countries as countries_in found them (the details ask again for every event)
    _countries_memo: dict[str, tuple[str | None, ...]] = field(
        default_factory=dict, init=False, compare=False, hash=False)

    def side(self, actor: str) -> Side:
        return self.topic.actor(actor).side

    def country(self, text: str) -> str | None:
        """The campaign country a country name or demonym stands for."""
        return self.country_names.get(text.casefold())

    def countries_in(self, text: str) -> tuple[str | None, ...]:
        """What each match of ``countries`` in ``text`` stands for (:meth:`country`), in order;
        found once for a text asked about again."""
        found = self._countries_memo.get(text)
        if found is None:
            if len(self._countries_memo) >= _COUNTRIES_KEPT:
                self._countries_memo.clear()  # bounded: an archive's sentences are not all kept
            found = self._countries_memo[text] = tuple(self.country(m.group())
                                                       for m in self.countries.finditer(text))
        return found


_COUNTRIES_KEPT = 4096  # sentences
_SHIP_NAMED = Rules(grammar("sites")).pattern("ship_named")  # "the M/V Sea Lark"


def ships_named(text: str, lex: Lexicons) -> list[tuple[str, int, int]]:
    """The ships ``text`` names, with where: the profile's ([side.*] vessels), else those told by
    marker or flag and kind ("the M/V Sea Lark", "a Norland-flagged tanker Sea Lark")."""
    return ([(h.name, h.start, h.end) for h in lex.vessels.find(text)]
            or [(m.group("ship"), m.start("ship"), m.end("ship")) for m in _SHIP_NAMED.finditer(text)])


def lexicons(topic: Topic) -> Lexicons:
    """The topic's compiled searches, built on first use."""
    found = _LEXICONS.get(topic.digest)
    if found is None:
        found = _LEXICONS[topic.digest] = _compile(topic)
    return found


def _compile(topic: Topic) -> Lexicons:
    vocabulary = topic.vocabulary
    us = [alias for actor in topic.actors if actor.side == "us" for alias in actor.aliases]
    nations = [*topic.campaign.countries, *(d for d, _ in topic.campaign.demonyms)]
    voices = {voice for actor in topic.actors for voice in actor.voices}  # people, not forces
    us_names = _words([a for a in us if a[0].isupper() and a not in voices])
    forces = _words(vocabulary.us_force_nouns)
    # "U.S. forces", "American and coalition troops", "U.S. military personnel", "our troops"; and
    # the groups' own words for them, "the US occupation base", "American occupation forces"
    us_forces = re.compile(
        rf"(?:\b(?:{us_names})(?![\w-])|\bour\b)"
        rf"(?:\s+(?:and|&)\s+(?:coalition|allied|partner|international|Iraqi|Kurdish)"
        rf"|\s+(?:-?led|military|Army|Air\s+Force|Navy|Marine|defense|combat|ground|special|armed"
        rf"|operations|service|diplomatic|Coalition|occupation|occupying|[a-z]+-based)){{0,3}}"
        rf"\s+(?:{forces})\b", re.I)
    countries = bounded_words(nations)
    # "Iraqi forces", "Syrian government troops": the host countries' own forces, not the US side
    demonyms = _words([d for d, _ in topic.campaign.demonyms])
    host_forces = re.compile(rf"\b(?:{demonyms})\s+(?:[A-Za-z-]+\s+){{0,2}}?(?:{forces}|army|police)\b"
                             if demonyms else r"(?!)", re.I)
    return Lexicons(
        topic=topic,
        actors=Lexicon((a.name, a.aliases) for a in topic.actors),
        places=Lexicon(((p.name, p.aliases) for p in topic.places), article=True),
        weapons=Lexicon((w.name, w.aliases) for w in topic.weapons),
        outside=Lexicon((name, (name,)) for name in topic.outside),
        vessels=Lexicon((name, (name,)) for side in topic.sides for name in side.vessels),
        countries=countries,
        us_forces=us_forces,
        its_forces=Rules(grammar("roles"), fragments={"us_force_nouns": forces}).pattern("its_forces"),
        host_forces=host_forces,
        partners=(re.compile(rf"\b(?:{_words(vocabulary.partner_words)})\b", re.I) if vocabulary.partner_words
                  else re.compile(r"(?!)")),
        act_nouns=_act_nouns(topic),
        strike_targets=re.compile(rf"\b(?:{_words(vocabulary.strike_target_nouns)})\b", re.I),
        start_phrases=re.compile(rf"(?:{_words(topic.campaign.start_phrases)})", re.I),
        us_enemies=frozenset(a.name for a in topic.actors if a.us_enemy),
        **_tally_words(topic),
        country_names=_country_names(topic),
        country_screen=Screen.of(countries),
        us_forces_openings=Openings(us_forces),
        side_nouns=_side_nouns(topic),
        target_nouns=_any_noun(topic),
        verbs=_verbs(topic),
        intercepts=frozenset(v.lower() for v in topic.vocabulary.intercept_verbs),
        advisories=re.compile(rf"\b(?:{_words(vocabulary.advisory_voices)})\b"
                              if vocabulary.advisory_voices else r"(?!)"),
    )


_ROLES = Rules(grammar("roles"))
_AREA_AS_MODIFIER = _ROLES.pattern("area_as_modifier")
_OFF_REACH = 60  # characters before an area's name that "off" or a distance at sea is read in


_TOWN_REACH = 30  # characters from an area's name to the town it modifies ("port city of the")


def _area_of_town(text: str, hit: Hit, towns: list[int], lex: Lexicons) -> bool:
    """Whether one of the campaign's areas, by its name ("the Red Sea"), is the modifier of a town the
    gazetteer does not hold ("the Red Sea port of <a town abroad>"; rule area_as_modifier): that
    town's coast, no place of the act. A town of the gazetteer after it ("the Red Sea port of
    <a port of the campaign>") keeps the area: acts off that town are at sea there; so does "off" or
    a distance at sea before it ("hit off the Red Sea port of <a town>": rule at_sea_off_town)."""
    area = lex.country(text[hit.start:hit.end])
    if area is None or area.casefold() != text[hit.start:hit.end].casefold():
        return False  # a demonym ("an Iraqi town"): the town is in that country
    told = _AREA_AS_MODIFIER.match(text, hit.end)
    if told is None or _ROLES.at("at_sea_off_town", text, hit.start, floor=max(0, hit.start - _OFF_REACH)):
        return False  # "hit off the Red Sea port of <a town>": at sea there
    return not any(hit.end < at <= told.end() + _TOWN_REACH for at in towns)


def _act_nouns(topic: Topic) -> re.Pattern[str]:
    """The roles grammar's rule ``act_noun`` with the story's nouns (a mention's evidence names it)."""
    nouns = _words(topic.vocabulary.act_nouns)
    return Rules(grammar("roles"), fragments={"act_nouns": nouns}).pattern("act_noun")


def _side_nouns(topic: Topic) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each side's nouns ([side.*] nouns) as one search, with its side's name."""
    return tuple((side.name, re.compile(rf"{_NOUN_START}(?:{_words(side.nouns)}){_NOUN_END}", re.I))
                 for side in topic.sides if side.nouns)


# a side's noun as a word of its own: not the "ship" of "anti-ship" or "warship-borne"
_NOUN_START, _NOUN_END = r"(?<![\w-])", r"(?![\w-])"


def _any_noun(topic: Topic) -> re.Pattern[str]:
    nouns = [noun for side in topic.sides for noun in side.nouns]
    return re.compile(rf"{_NOUN_START}(?:{_words(nouns)}){_NOUN_END}", re.I) if nouns else re.compile(r"(?!)")


def _verbs(topic: Topic) -> re.Pattern[str] | None:
    """The profile's verbs of acting and of intercepting; None when it adds none."""
    verbs = [*topic.vocabulary.act_verbs, *topic.vocabulary.intercept_verbs]
    return re.compile(rf"\b(?:{_words(verbs)})\b", re.I) if verbs else None


def _tally_words(topic: Topic) -> dict[str, re.Pattern[str]]:
    """The tally filter's searches, from the profile's ``[tallies]`` (a list left out finds nothing)."""
    words = topic.tallies

    def any_of(found: tuple[str, ...], pattern: str, flags: int = re.I) -> re.Pattern[str]:
        return re.compile(pattern.replace("WORDS", _words(found)), flags) if found else re.compile("(?!)")

    return {
        "attackers": any_of(words.attackers, r"\b(?:WORDS)\b"),
        "others_counted": any_of(words.others_counted, r"\b(?:WORDS)\b"),
        "on_other_targets": any_of(words.other_targets, r"\s*(?:attacks\s+)?(?:on|against)\s+(?:WORDS)"),
        # "targeting Israel", not "the Israel-Hamas war"
        "other_targets": any_of(words.other_targets,
                                r"\b(?:on|against|at|targeting|targeted)\s+(?:[\w-]+\s+){0,3}(?:WORDS)(?![-–])\b"),
        # the attackers' names as printed, capitalised
        "other_attackers": any_of(words.other_attackers, r"\b(?:WORDS)\b", 0),
    }


def _country_names(topic: Topic) -> dict[str, str]:
    found: dict[str, str] = {}
    for name in topic.campaign.countries:
        found.setdefault(name.casefold(), name)
    for demonym, country in topic.campaign.demonyms:
        found.setdefault(demonym.casefold(), country)
    return found


_GENERIC = re.compile(r"(?:militants?|militias?|militiamen|fighters|insurgents|armed groups|groups|factions|"
                      r"proxies|rebels)$", re.I)


def _qualified(actors: list[Hit], text: str, lex: Lexicons) -> list[Hit]:
    """"ISIS militants", "Houthi rebels": a generic word takes the side of the name before it."""
    kept: list[Hit] = []
    for hit in actors:
        before = kept[-1] if kept else None
        generic = _GENERIC.search(text[hit.start:hit.end]) and lex.side(hit.name) == "militia"
        between = text[before.end:hit.start] if before else ""
        if (generic and before and re.fullmatch(r"\s*(?:group\s*)?", between)
                and lex.side(before.name) != "militia"):
            continue
        kept.append(hit)
    return kept


# A broadcaster or paper named after a town ("the <town> television network", "<town> TV reported",
# "<town> reported that", "a correspondent for <town>"): the outlet, not a place where anything
# happened. Told by the media noun after or before the name, or by a verb of reporting right after it.
_OUTLET_AFTER = re.compile(r"\s+(?:(?:television|satellite|news)\s+)?(?:TV|television|network|channel"
                           r"|broadcaster|newspaper|news\s+agency|reported|quoted|cited|broadcast|aired)\b",
                           re.I)
_OUTLET_BEFORE = re.compile(r"\b(?:network|channel|broadcaster|newspaper|correspondent\s+(?:for|of|with))"
                            r"\s+$", re.I)


def _outlet(text: str, hit: Hit) -> bool:
    """Whether the place name at ``hit`` names an outlet (``_OUTLET_AFTER``, ``_OUTLET_BEFORE``)."""
    return (_OUTLET_AFTER.match(text, hit.end) is not None
            or _OUTLET_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None)


def _inside(hit: Hit, actors: list[Hit], starts: list[int]) -> bool:
    """Whether a place's name is told inside an actor's, longer ("Bashar al-Assad": a man, not the base
    "Al-Assad"; the profile lists such a name as its actor's alias). ``actors`` in order of start,
    ``starts`` their starts."""
    at = bisect.bisect_right(starts, hit.start) - 1
    if at < 0:
        return False
    actor = actors[at]
    return hit.end <= actor.end and actor.end - actor.start > hit.end - hit.start


# "the Quds Force, the foreign arm of <an outside land>'s Revolutionary Guards": the land owns a party
_OWNER = Rules(grammar("parties")).pattern("owner_of_a_party")


def _owns_a_party(text: str, hit: Hit, actors: list[Hit], starts: list[int]) -> bool:
    """Whether a land's name outside the story is told as the owner of a party named right after it
    (``owner_of_a_party``): the party's name, not a place. ``actors`` in order of start, ``starts``
    their starts."""
    owner = _OWNER.match(text, hit.end)
    if owner is None:
        return False
    at = bisect.bisect_left(starts, owner.end())
    return at < len(starts) and starts[at] == owner.end()


class Names:
    """The names of one article's clean text, found once, looked up by span."""

    def __init__(self, text: str, lex: Lexicons) -> None:
        self.text = text
        self.folded = fold(text)  # for the screens (screen.py)
        folded = self.folded
        # each sentence's names too, for the details' searches of the same sentences (Lexicon.in_article)
        said: dict[str, tuple[int, int]] = {}
        for _, start, end in all_sentences(text):
            said.setdefault(text[start:end], (start, end))
        self.actors = _qualified(lex.actors.in_article(text, folded, said), text, lex)
        starts = [a.start for a in self.actors]
        places = [h for h in lex.places.in_article(text, folded, said)
                  if not _outlet(text, h) and not _inside(h, self.actors, starts)]
        towns = [h.start for h in places if lex.country(h.name) is None]
        self.places = [h for h in places if not _area_of_town(text, h, towns, lex)]
        self.weapons = lex.weapons.in_article(text, folded, said)
        self.outside = [h for h in lex.outside.in_article(text, folded, said)
                        if not _owns_a_party(text, h, self.actors, starts)]
        # "the Red Sea port of <town>": the area names the town's coast, not a place of its own
        self.countries = [Hit(m.start(), m.end(), lex.country(m.group()) or m.group())
                          for m in finditer_near(lex.countries, lex.country_screen, text, folded=folded)
                          if not _area_of_town(text, Hit(m.start(), m.end(), m.group()), towns, lex)]
        forces = lex.us_forces_openings.finditer(text, folded) if lex.us_forces_openings else \
            lex.us_forces.finditer(text)
        self.us_forces = [Hit(m.start(), m.end(), "US forces") for m in forces]
        self._starts = {id(hits): [h.start for h in hits] for hits in self._tables()}

    @functools.cached_property
    def actor_names(self) -> frozenset[str]:
        """The actors named anywhere in the article, each once."""
        return frozenset(hit.name for hit in self.actors)

    def _tables(self) -> tuple[list[Hit], ...]:
        return (self.actors, self.places, self.weapons, self.outside, self.countries, self.us_forces)

    def within(self, hits: list[Hit], start: int, end: int) -> list[Hit]:
        """The hits of one table that lie inside ``[start, end)``."""
        starts = self._starts[id(hits)]
        first = bisect.bisect_left(starts, start)
        if first == len(starts) or starts[first] >= end:
            return []  # (most answers: no hit begins inside)
        last = bisect.bisect_left(starts, end, first)
        return [h for h in hits[first:last] if h.end <= end]
