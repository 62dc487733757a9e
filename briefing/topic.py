"""The story a briefing follows, as data: its campaign, places, sides, weapons and words.

The shipped topic is ``briefing/topics/us-forces-iraq-syria.toml``; a team adds
places and actors in ``briefing.toml`` (``[[topic.place]]``, ``[[topic.actor]]``).
Everything is checked on load and every problem is reported at once, naming the
entry and the key. :class:`Lexicon` turns a table of names into one search that
ignores case and treats hyphens and spaces alike.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from .errors import SettingsError
from .model import EventType
from .names import ACTS, LINES, METRICS, REQUIRED_METRICS, SERIES, WITHIN, KindWords, MetricWords, StoryWords
from .screen import Openings, OpeningsTogether, Screen, Starts, fold, needed_words

Side = Literal["us", "militia", "other"]
Precision = Literal["site", "town", "province", "offshore", "sea", "country"]
PRECISIONS: tuple[Precision, ...] = ("site", "town", "province", "offshore", "sea")
WeaponKind = Literal["aircraft", "munition"]
SIDES: tuple[Side, ...] = ("us", "militia", "other")
WEAPON_KINDS: tuple[WeaponKind, ...] = ("aircraft", "munition")
TOPICS = Path(__file__).with_name("topics")  # the shipped profiles, one NAME.toml each
MAPS = Path(__file__).with_name("maps")  # the shipped map regions, one NAME.json each
DEFAULT_PROFILE = "us-forces-iraq-syria"
DEFAULT_TOPIC = TOPICS / f"{DEFAULT_PROFILE}.toml"


@dataclass(frozen=True)
class Place:
    """A place with its country; ``hosts_us_forces``: an attack there is an attack on US forces."""

    name: str
    country: str
    aliases: tuple[str, ...]
    hosts_us_forces: bool = False
    site: bool = False  # an installation or facility (a base, an airfield), not a town or province
    at: Location | None = None  # where it is on a map; None: no public coordinate was found for it
    # a port town's waters: the place (precision "offshore") an attack on a ship told only by the
    # town is drawn at, never on land ("a tanker was hit near Port Amsel"); "" for none
    offshore: str = ""
    # the province this one lies in, "" for none given: a place of the gazetteer (a province, or the
    # town standing for it), whose name a sentence gives another base it names is not this one's; or
    # a name only, which the map's label gives a place drawn at its province's seat ("(Mafraq province)")
    province: str = ""


@dataclass(frozen=True)
class Location:
    """A place's coordinates and how exactly they place it: ``site`` (the installation itself),
    ``town`` (the town it is in or next to), ``province`` (the province's seat), ``offshore`` (the
    water off a named port, where ships told by their distance from it were: only near), ``sea``
    (a point inside a sea area standing for the whole area: the event is anywhere in it). ``source``
    names the public record they are from (the gazetteer's entry id)."""

    lat: float
    lon: float
    precision: Precision
    source: str


@dataclass(frozen=True)
class Actor:
    """A party to the story and the role its side plays in the grammar: ``us`` (the side
    striking back), ``militia`` (the side the story follows) or ``other``; ``party``: the
    profile's side (``[side.NAME]``) it belongs to."""

    name: str
    side: Side
    aliases: tuple[str, ...]
    us_enemy: bool = False  # on the "other" side and fought by the US elsewhere (ISIS, the Houthis)
    generic: bool = False  # the words for any of them ("militants"): listed only when no group is named
    voices: tuple[str, ...] = ()  # of its aliases, people and seats that speak for it, never its forces
    party: str = ""


@dataclass(frozen=True)
class StorySide:
    """A side of the story (``[side.NAME]``): its ``label`` and the ``role`` it plays in the
    grammar: ``us`` (strikes back and is attacked), ``militia`` (attacks), ``other`` (neither:
    merchant shipping, bystanders)."""

    name: str
    label: str
    role: Side
    nouns: tuple[str, ...] = ()  # words that alone stand for its assets when hit ("tanker", "destroyer")
    # the casualty side of the people aboard its assets ("civilians": a merchant ship's crew); ""
    # when no one side is theirs
    aboard: str = ""
    # its ships by name ([side.*] vessels; also among ``nouns``, which stand for its assets when
    # hit): an attack's record names the ship it hit
    vessels: tuple[str, ...] = ()
    # its assets are at sea (ships): an attack on them placed only by a port town is drawn off it
    at_sea: bool = False


@dataclass(frozen=True)
class Weapon:
    name: str
    kind: WeaponKind
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class KnownEvent:
    """An event reports name without its day; a mention whose sentence matches a cue is dated
    by it, in articles that appeared within ``remembered_days`` after it."""

    name: str
    type: EventType
    date: dt.date
    countries: tuple[str, ...]
    cues: tuple[str, ...]
    remembered_days: int = 120
    act: str = "attack"  # the act its kind is read from (names.Act)
    # other countries (sea areas) reports also place it in ("near the strait" for a ship hit
    # where a sea meets it): a mention placed there still tells it, and keeps its own place
    also_placed: tuple[str, ...] = ()

    def placed(self, country: str | None) -> bool:
        """Whether a mention placed in ``country`` (None: nowhere) may tell this event."""
        return country is None or country in self.countries or country in self.also_placed

    def told_in(self, text: str, folded: str | None = None) -> bool:
        """Whether ``text`` matches one of the cues (any case); ``folded``: the text, folded
        (:func:`~briefing.screen.fold`)."""
        pattern, screen, openings = _cue_pattern(self.cues)
        if not screen.may_match(text, folded):
            return False
        if len(text) > _LONG:  # a whole article: tried only where a cue can begin
            return openings.search(text, folded)
        return pattern.search(text) is not None

    def told_at(self, text: str) -> list[int]:
        """Where in ``text`` (a sentence) its cues' matches begin."""
        return [m.start() for m in _cue_pattern(self.cues)[0].finditer(text)]

    def distance(self, text: str, at: int) -> int:
        """How far from ``at`` the nearest of its cues' matches in ``text`` (a sentence) is (the
        text's length when none matches)."""
        pattern = _cue_pattern(self.cues)[0]
        return min((max(m.start() - at, at - m.end(), 0) for m in pattern.finditer(text)), default=len(text))

    def cue_words(self) -> tuple[frozenset[str], bool] | None:
        """Words one of which every match of its cues contains, and whether folded text is to be
        searched for them (:func:`~briefing.screen.needed_words`); None: no such words."""
        return needed_words(_cue_pattern(self.cues)[0])


_LONG = 1000  # characters: a text this long is searched through its openings


def told_known(known: tuple[KnownEvent, ...], text: str, folded: str | None = None) -> tuple[KnownEvent, ...]:
    """The events of ``known`` that ``text`` tells, in order (each as :meth:`KnownEvent.told_in`
    answers; ``folded``: the text, folded). A whole article is read once for every event's cues
    together, not once for each, and the answer is kept for the next asking of the same text
    (the dating and the events stage ask of the same article)."""
    if len(text) <= _LONG:
        return tuple(e for e in known if e.told_in(text, folded))
    for kept, said, told in _TOLD_KNOWN:
        if kept is known and said == text:
            return told
    together = _cues_together(known)
    told = tuple(e for e, yes in zip(known, together.matching(text, folded), strict=True) if yes)
    _TOLD_KNOWN.insert(0, (known, text, told))
    del _TOLD_KNOWN[4:]  # the last few texts asked about
    return told


_TOLD_KNOWN: list[tuple[tuple[KnownEvent, ...], str, tuple[KnownEvent, ...]]] = []


@functools.lru_cache(maxsize=8)
def _cues_together(known: tuple[KnownEvent, ...]) -> OpeningsTogether:
    return OpeningsTogether([_cue_pattern(e.cues)[0] for e in known])


@functools.lru_cache(maxsize=64)
def _cue_pattern(cues: tuple[str, ...]) -> tuple[re.Pattern[str], Screen, Openings]:
    # one pattern for all the cues: each was compiled and tried on its own, per sentence;
    # most texts lack the words every cue needs, and a word search rules those out at once
    pattern = re.compile("|".join(f"(?:{cue})" for cue in cues), re.I)
    return pattern, Screen.of(pattern), Openings(pattern)


@dataclass(frozen=True)
class Campaign:
    """The campaign: its start, other ways reports name the start, its countries."""

    name: str
    start: dt.date
    start_phrases: tuple[str, ...]
    countries: tuple[str, ...]
    demonyms: tuple[tuple[str, str], ...] = ()  # (demonym, country)
    strike_countries: tuple[str, ...] = ()  # where US strikes happen (all countries when empty)
    attack_countries: tuple[str, ...] = ()  # where attacks and intercepts happen (all countries when empty)
    end: dt.date | None = None  # its last day, when the profile knows it (None: still going on)

    def ended_before(self, day: dt.date) -> bool:
        """Whether ``day`` is after the campaign's last day: an act or a count of another time."""
        return self.end is not None and day > self.end

    def struck_in(self, country: str) -> bool:
        """Whether a US strike of this campaign can be placed in ``country``."""
        return country in (self.strike_countries or self.countries)

    def attacked_in(self, country: str) -> bool:
        """Whether an attack (or intercept) of this campaign can be placed in ``country``: a story
        at sea names its sea areas ("fired from Yemen toward a ship in the Red Sea": not Yemen)."""
        return country in (self.attack_countries or self.countries)


@dataclass(frozen=True)
class Vocabulary:
    """Words reports use: acts (nouns; the verbs are read by extract/roles.py's clauses), who
    the US side is, what US strikes hit."""

    act_nouns: tuple[str, ...]
    us_force_nouns: tuple[str, ...]
    strike_target_nouns: tuple[str, ...]
    act_verbs: tuple[str, ...] = ()  # verbs of acting beside the grammar's own ("seized", "hijacked")
    intercept_verbs: tuple[str, ...] = ()  # verbs of an intercept beside "shot down", "intercepted"
    partner_words: tuple[str, ...] = ()  # the target side's local partners: their dead are a partner's
    # voices whose notices report an incident as it happens (a maritime security advisory): an
    # attack such a voice tells on a day, with no day of its own, is of that day
    advisory_voices: tuple[str, ...] = ()


@dataclass(frozen=True)
class TallyWords:
    """``[tallies]``: the words that tell a running total of this story from another's. A figure
    counts this campaign when its sentence names the attackers (``attackers``: "Iran-backed",
    "militias") or the targets; it does not when the words right after it count others
    (``others_counted``: "ships", "civilians"), when it counts attacks on another story's targets
    (``other_targets``: "on commercial vessels") or when another story's attackers carry them
    out (``other_attackers``: "the Houthis have carried out ... attacks")."""

    attackers: tuple[str, ...] = ()
    others_counted: tuple[str, ...] = ()
    other_targets: tuple[str, ...] = ()
    other_attackers: tuple[str, ...] = ()


@dataclass(frozen=True)
class FigureWords:
    """``[figure_words]``: the words the running figures' grammar (``briefing/grammar/tallies.toml``)
    takes from the story, each list under the name the grammar gives it in its ``[profile]``
    ("people_nouns": "troops", "personnel"), and ``examples``: for a rule, sentences in the
    story's words it must find (each is a test, as the grammar's own are)."""

    lists: tuple[tuple[str, tuple[str, ...]], ...] = ()
    examples: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def words(self) -> dict[str, tuple[str, ...]]:
        return dict(self.lists)


@dataclass(frozen=True)
class LocalTime:
    """``[local_time]``: where the story's days are counted. ``zone``: its IANA time zone;
    ``written``: how outlets name the local time (the X of "X time" and "in X"); ``ahead``: how a
    date note says why the local day is the day after a US evening report; ``reported_in``: the
    IANA time zone the story's reports are written in (a Unix time in an address dates the page
    only where its day is one from there to ``zone``)."""

    zone: str = "UTC"
    written: tuple[str, ...] = ()
    ahead: str = "the local day is ahead of US time"
    reported_in: str = "UTC"


@dataclass(frozen=True)
class Sources:
    """Who gives running totals: the US government's voices, and observers who keep counts."""

    official: tuple[str, ...] = ()
    monitors: tuple[str, ...] = ()


@dataclass(frozen=True)
class DayCount:
    """A war a text may count its days from ("the 34th day of the war"): its first day, and the
    words that name it ([[day_count]])."""

    day_one: dt.date
    words: tuple[str, ...]

    def day(self, number: int) -> dt.date:
        """The day a text counting ``number`` days of this war writes on."""
        return self.day_one + dt.timedelta(days=number - 1)


@dataclass(frozen=True)
class Topic:
    """Everything the extractor knows about the story. ``digest`` changes with any entry."""

    campaign: Campaign
    places: tuple[Place, ...]
    actors: tuple[Actor, ...]
    weapons: tuple[Weapon, ...]
    vocabulary: Vocabulary
    outside: tuple[str, ...] = ()
    known_events: tuple[KnownEvent, ...] = ()
    sources: Sources = field(default_factory=Sources)
    tallies: TallyWords = field(default_factory=TallyWords)
    local_time: LocalTime = field(default_factory=LocalTime)
    digest: str = field(default="", compare=False)
    outlets: tuple[tuple[str, str], ...] = ()  # (web address, outlet name): [outlets]
    words: StoryWords | None = None  # [words], [kind.*], [metric.*]: None only in a topic built by hand
    path: Path | None = field(default=None, compare=False)  # the profile file it was read from
    sides: tuple[StorySide, ...] = ()  # [side.*]
    figure_words: FigureWords = field(default_factory=FigureWords)  # [figure_words]
    site_words: FigureWords = field(default_factory=FigureWords)  # [site_words]: the sites' grammar's lists
    day_counts: tuple[DayCount, ...] = ()  # [[day_count]]
    event_words: FigureWords = field(default_factory=FigureWords)  # [event_words]: the events' grammar's
    party_words: FigureWords = field(default_factory=FigureWords)  # [party_words]: the parties' grammar's
    casualty_words: FigureWords = field(default_factory=FigureWords)  # [casualty_words]: the casualties'
    # [language_words]: the other languages' grammar's (languages.toml): the sides as they write them
    language_words: FigureWords = field(default_factory=FigureWords)
    # [named_events] month_alone = "background": a named event told by its own month alone ("the
    # <ship>, hijacked in November") is a recall, no act of the report (False: dated by its known day)
    month_alone_background: bool = False

    @property
    def said(self) -> StoryWords:
        """The story's words (:class:`~briefing.names.StoryWords`); the default profile's for a
        topic built without them."""
        if self.words is not None:
            return self.words
        from .names import default_words

        return default_words()

    def outlet_at(self, url: str | None) -> str | None:
        """The outlet a web address belongs to, from ``outlets`` (the address or a parent of it)."""
        host = re.match(r"https?://(?:www\.)?([^/:?#]+)", url or "", re.I)
        if host is None:
            return None
        names = dict(self.outlets)
        parts = host.group(1).lower().split(".")
        tails = (".".join(parts[i:]) for i in range(len(parts) - 1))
        return next((names[tail] for tail in tails if tail in names), None)

    def host_spots(self) -> dict[str, str]:
        """Each installation hosting the story's forces (a site, or a place the map draws at its town),
        with the spot the map draws it at: the first such place at the same point, when both are
        placed to the town (an embassy and the base beside it in one city), else its own name. Two
        drawn at one town point cannot be told apart by place. A sea area or a port's waters hosts
        none: a ship is where it sails, not an installation."""
        spots: dict[tuple[float, float], str] = {}
        found: dict[str, str] = {}
        for place in (p for p in self.places if p.hosts_us_forces):
            at = place.at
            near = at is not None and at.precision in ("site", "town")
            if at is not None and near:
                found[place.name] = spots.setdefault((at.lat, at.lon), place.name)
            elif place.site:
                found[place.name] = place.name
        return found

    @functools.cached_property
    def _places(self) -> dict[str, Place]:
        return {entry.name: entry for entry in self.places}

    @functools.cached_property
    def _actors(self) -> dict[str, Actor]:
        return {entry.name: entry for entry in self.actors}

    @functools.cached_property
    def _weapons(self) -> dict[str, Weapon]:
        return {entry.name: entry for entry in self.weapons}

    def place(self, name: str) -> Place:
        return self._places[name]

    def actor(self, name: str) -> Actor:
        return self._actors[name]

    def weapon(self, name: str) -> Weapon:
        return self._weapons[name]


class _Problems:
    """Problems found while reading a topic, each naming the entry and key."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.found: list[str] = []

    def add(self, message: str) -> None:
        self.found.append(message)

    def raise_any(self) -> None:
        if self.found:
            raise SettingsError(f"{self.where}: " + "; ".join(self.found))


def _strings(value: Any, what: str, problems: _Problems) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        problems.add(f"{what} must be a non-empty list of names in quotes, e.g. [\"Camp Example\"]")
        return ()
    return tuple(v.strip() for v in value)


def _name(entry: Any, what: str, problems: _Problems) -> str:
    name = entry.get("name") if isinstance(entry, dict) else None
    if not isinstance(name, str) or not name.strip():
        problems.add(f"every {what} needs a name = \"...\"")
        return ""
    return name.strip()


def _unknown_keys(entry: Mapping[str, Any], allowed: Iterable[str], what: str, problems: _Problems) -> None:
    for key in entry:
        if key not in allowed:
            problems.add(f"{what}: unknown key '{key}' (known: {', '.join(allowed)})")


T = TypeVar("T", bound=str)


def _aliases(entry: dict[str, Any], name: str, what: str, problems: _Problems) -> tuple[str, ...]:
    """The entry's names in text: its ``aliases``, else its name alone. Each must hold a
    letter: "." or "-" would match punctuation, or nothing, everywhere, and "1" or "22" every
    figure and date that holds those digits."""
    aliases = _strings(entry.get("aliases", [name]), f"{what}: aliases", problems)
    for alias in (name, *aliases):
        letters = _letters(alias)
        if not letters:
            problems.add(f"{what}: the name {alias!r} has no letter, so it would be found in figures, "
                         "punctuation or in nothing at all; write the name as it is printed")
        elif len(letters) == 1 and not any(c.isdigit() for c in alias):
            problems.add(f"{what}: the name {alias!r} is one letter, so it would be found in every word "
                         "of that letter (\"a\", \"I\"); write the name as it is printed")
    return tuple(a for a in aliases if _letters(a))


# Letters that print nothing: Hangul fillers stand in for a missing part of a syllable
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")


def _letters(alias: str) -> list[str]:
    """The letters of ``alias``, of any script. Not counted: digits in any form ("②", "²",
    "Ⅻ"), modifier letters that only lengthen or mark a sound (the Arabic tatweel "ـ", the
    katakana "ー"), combining marks, and the Hangul fillers, which print nothing."""
    import unicodedata

    return [c for c in alias if unicodedata.category(c) in ("Lu", "Ll", "Lt", "Lo") and c not in _FILLERS]


def _listed(data: Mapping[str, Any], key: str, table: str, problems: _Problems) -> list[Any]:
    """``data[key]``, a list of tables (``[[place]]``, ``[[topic.place]]`` in ``table``)."""
    value = data.get(key, [])
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return value
    problems.add(f"{key} must be entries written [[{table}{key}]], each a table with name = \"...\"")
    return []


def _one_of(entry: dict[str, Any], key: str, allowed: tuple[T, ...], what: str,
            problems: _Problems) -> T | None:
    """``entry[key]`` when it is one of ``allowed``; else None, and the problem said."""
    value = entry.get(key)
    for option in allowed:
        if value == option:
            return option
    problems.add(f"{what}: {key} is {value!r}; allowed: {', '.join(allowed)}")
    return None


def _flag(entry: dict[str, Any], key: str, what: str, problems: _Problems) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        problems.add(f"{what}: {key} must be true or false")
    return value is True


# The keys each kind of entry may have (docs/topic.md).
PLACE_KEYS = ("name", "country", "aliases", "hosts_us_forces", "site", "at", "offshore", "province")
ACTOR_KEYS = ("name", "side", "aliases", "us_enemy", "generic", "voices")
WEAPON_KEYS = ("name", "kind", "aliases")
KNOWN_EVENT_KEYS = ("name", "type", "date", "country", "also_country", "also_placed", "remembered_days",
                    "cues")


def _entries(entries: Any, kind: str, keys: tuple[str, ...],
             problems: _Problems) -> Iterator[tuple[dict[str, Any], str, str]]:
    """Each named entry of a list of tables, its name, and how a problem names it
    ("place 'Tower 22'"); a nameless one or an unknown key is a problem."""
    for entry in entries if isinstance(entries, list) else []:
        name = _name(entry, kind, problems)
        if name:
            what = f"{kind} '{name}'"
            _unknown_keys(entry, keys, what, problems)
            yield entry, name, what


def _places(entries: Any, countries: tuple[str, ...], problems: _Problems) -> list[Place]:
    found = []
    for entry, name, what in _entries(entries, "place", PLACE_KEYS, problems):
        country = _one_of(entry, "country", countries, what, problems)
        hosts = _flag(entry, "hosts_us_forces", what, problems)
        aliases = _aliases(entry, name, what, problems)
        found.append(Place(name, str(country), tuple(dict.fromkeys((name, *aliases))), hosts,
                           _flag(entry, "site", what, problems), _location(entry.get("at"), what, problems),
                           _offshore(entry, what, problems), _province(entry, what, problems)))
    return found


def _province(entry: dict[str, Any], what: str, problems: _Problems) -> str:
    """``province = "Example Province"``: the province this one lies in; when it names a place of the
    gazetteer, checked to be another of the same country by :func:`_check_provinces` once every place
    is read (else a name only, for the map's label)."""
    value = entry.get("province", "")
    if not isinstance(value, str):
        problems.add(f"{what}: province must be a place's name in quotes")
        return ""
    return value


def _seats(places: list[Place]) -> tuple[tuple[str, str], ...]:
    """Each place the map draws at its province's seat, with its province's name."""
    return tuple((p.name, p.province) for p in places
                 if p.province and p.at is not None and p.at.precision == "province")


def _check_provinces(places: list[Place], problems: _Problems) -> None:
    """Each ``province`` that names a place of the gazetteer names another one, of the same country
    (a province the file has no place for is only named, beside a place the map draws at its seat)."""
    by_name = {p.name: p for p in places}
    for place in (p for p in places if p.province in by_name):
        province = by_name[place.province]
        if province is place or province.country != place.country:
            problems.add(f"place '{place.name}': province must name another place of the same country")


def _offshore(entry: dict[str, Any], what: str, problems: _Problems) -> str:
    """``offshore = "off Port Amsel"``: the place standing for a port town's waters (checked to be
    an offshore place by :func:`_check_offshore` once every place is read)."""
    value = entry.get("offshore", "")
    if not isinstance(value, str):
        problems.add(f"{what}: offshore must be a place's name in quotes")
        return ""
    return value


def _check_offshore(places: list[Place], problems: _Problems) -> None:
    """Each ``offshore`` names a place of the gazetteer whose point is "offshore"."""
    by_name = {p.name: p for p in places}
    for place in places:
        waters = by_name.get(place.offshore) if place.offshore else None
        if place.offshore and (waters is None or waters.at is None or waters.at.precision != "offshore"):
            problems.add(f"place '{place.name}': offshore must name a place whose at has "
                         "precision = \"offshore\"")


def _location(value: Any, what: str, problems: _Problems) -> Location | None:
    """``at = {lat = 33.79, lon = 42.44, precision = "site", source = "..."}``, checked."""
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.add(f"{what}: at must be a table {{lat, lon, precision, source}}")
        return None
    _unknown_keys(value, ("lat", "lon", "precision", "source"), f"{what}: at", problems)
    lat, lon, source = _degrees(value.get("lat"), 90), _degrees(value.get("lon"), 180), value.get("source")
    precision = _one_of(value, "precision", PRECISIONS, f"{what}: at", problems)
    if lat is None or lon is None:
        problems.add(f"{what}: at needs lat (-90..90) and lon (-180..180) in degrees")
        return None
    if not isinstance(source, str) or not source.strip():
        problems.add(f"{what}: at needs source = \"...\" naming the public record of the coordinates")
        return None
    return None if precision is None else Location(lat, lon, precision, source.strip())


def _degrees(value: Any, limit: int) -> float | None:
    """An angle in degrees within ±``limit``, else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not -limit <= value <= limit:
        return None
    return float(value)


def _actors(entries: Any, sides: tuple[StorySide, ...], problems: _Problems) -> list[Actor]:
    """The actors, each with its side's role; ``side`` names one of ``sides`` (or a role)."""
    roles = {side.name: side.role for side in sides}
    allowed = tuple(dict.fromkeys((*roles, *SIDES)))
    return [Actor(name, roles.get(side, side) if side in roles else side,  # type: ignore[arg-type]
                  _aliases(entry, name, what, problems), _flag(entry, "us_enemy", what, problems),
                  entry.get("generic") is True, _voices(entry, what, problems), side)
            for entry, name, what, side in _kinds(entries, "actor", ACTOR_KEYS, ("side", allowed), problems)]


SIDE_KEYS = ("label", "role", "nouns", "vessels", "aboard", "at_sea")
# what ``aboard`` may name: a casualty side (``model.CasualtySide``) other than "unknown"
ABOARD = ("us", "partner", "militants", "civilians")


def _sides(data: Any, problems: _Problems) -> tuple[StorySide, ...]:
    """``[side.NAME]`` tables: label and role (us, militia, other); the roles themselves when
    the profile has none."""
    table = _table(data, "[side]", problems)
    if not table:
        return tuple(StorySide(role, role, role) for role in SIDES)
    found = []
    for name, entry in table.items():
        what = f"[side.{name}]"
        entry = _table(entry, what, problems)
        _unknown_keys(entry, SIDE_KEYS, what, problems)
        label = entry.get("label")
        if not isinstance(label, str) or not label.strip():
            problems.add(f"{what}: label must be a text in quotes")
        role = _one_of(entry, "role", SIDES, what, problems)
        nouns = _strings(entry["nouns"], f"{what}: nouns", problems) if "nouns" in entry else ()
        vessels = _strings(entry["vessels"], f"{what}: vessels", problems) if "vessels" in entry else ()
        aboard = _one_of(entry, "aboard", ABOARD, what, problems) if "aboard" in entry else ""
        if role is not None and isinstance(label, str):
            found.append(StorySide(name, label.strip(), role, (*nouns, *vessels), aboard or "", vessels,
                                   _flag(entry, "at_sea", what, problems)))
    return tuple(found)


def _voices(entry: dict[str, Any], what: str, problems: _Problems) -> tuple[str, ...]:
    """``voices``: some of the actor's aliases (people, seats of government)."""
    if "voices" not in entry:
        return ()
    voices = _strings(entry["voices"], f"{what}: voices", problems)
    aliases = entry.get("aliases", [])
    for voice in voices:
        if voice not in aliases:
            problems.add(f"{what}: voice {voice!r} is not one of its aliases")
    return voices


def _weapons(entries: Any, problems: _Problems) -> list[Weapon]:
    return [Weapon(name, kind, _aliases(entry, name, what, problems))
            for entry, name, what, kind in _kinds(entries, "weapon", WEAPON_KEYS, ("kind", WEAPON_KINDS),
                                                  problems)]


def _kinds(entries: Any, kind: str, keys: tuple[str, ...], choice: tuple[str, tuple[T, ...]],
           problems: _Problems) -> Iterator[tuple[dict[str, Any], str, str, T]]:
    """Each entry of :func:`_entries` with its value of ``choice`` (key, allowed values);
    an entry whose value is missing or not allowed is a problem and left out."""
    for entry, name, what in _entries(entries, kind, keys, problems):
        value = _one_of(entry, choice[0], choice[1], what, problems)
        if value is not None:
            yield entry, name, what, value


def _campaign(data: Any, demonyms: Any, problems: _Problems) -> Campaign:
    if not isinstance(data, dict):
        problems.add("a [campaign] table is required (name, start, start_phrases, countries)")
        data = {}
    start = data.get("start")
    if not isinstance(start, dt.date) or isinstance(start, dt.datetime):
        problems.add("[campaign] start must be a date, e.g. start = 2023-10-17")
        start = dt.date.min
    countries = _strings(data.get("countries"), "[campaign] countries", problems)
    pairs = []
    for country, words in (demonyms or {}).items():
        pairs += [(word, country) for word in _strings(words, f"[demonyms] {country}", problems)]
    struck = (_strings(data["strike_countries"], "[campaign] strike_countries", problems)
              if "strike_countries" in data else countries)
    if not set(struck) <= set(countries):
        problems.add("[campaign] strike_countries must be some of its countries")
    seas = (_strings(data["attack_countries"], "[campaign] attack_countries", problems)
            if "attack_countries" in data else ())
    if not set(seas) <= set(countries):
        problems.add("[campaign] attack_countries must be some of its countries")
    return Campaign(str(data.get("name", "")), start,
                    _strings(data.get("start_phrases", ["the campaign began"]), "[campaign] start_phrases",
                             problems),
                    countries, tuple(pairs), struck, seas, _campaign_end(data.get("end"), start, problems))


def _campaign_end(end: Any, start: dt.date, problems: _Problems) -> dt.date | None:
    """``[campaign] end``, the campaign's last day: left out while it goes on (or while nobody has said
    when it ended: a date is never guessed)."""
    if end is None:
        return None
    if not isinstance(end, dt.date) or isinstance(end, dt.datetime) or end < start:
        problems.add("[campaign] end must be a date on or after its start, e.g. end = 2024-12-31")
        return None
    return end


_VOCABULARY_KEYS = ("act_nouns", "us_force_nouns", "strike_target_nouns")
_VERB_KEYS = ("act_verbs", "intercept_verbs", "partner_words", "advisory_voices")  # may be left out


def _vocabulary(data: Any, problems: _Problems) -> Vocabulary:
    data = data if isinstance(data, dict) else {}
    _unknown_keys(data, (*_VOCABULARY_KEYS, *_VERB_KEYS), "[vocabulary]", problems)
    lists = [_strings(data.get(key), f"[vocabulary] {key}", problems) for key in _VOCABULARY_KEYS]
    verbs = [_strings(data[key], f"[vocabulary] {key}", problems) if key in data else ()
             for key in _VERB_KEYS]
    return Vocabulary(*lists, *verbs)


KIND_KEYS = ("label", "singular", "plural", "heading")
KIND_FACTS = ("act", "agent", "target", "series", "marker", "legend", "when", "within")
MARKERS = ("^", "v", "s", "D", "o", "P", "X", "*", "h")  # matplotlib's filled markers the map may draw
METRIC_KEYS = ("words", "axis")


def _table(data: Any, what: str, problems: _Problems) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.add(f"{what} must be a table")
        return {}
    return data


def _texts(data: Any, keys: tuple[str, ...], what: str, problems: _Problems) -> list[str]:
    """The texts ``data`` gives each of ``keys``; a missing, empty or unknown one is a problem."""
    entry = _table(data, what, problems)
    _unknown_keys(entry, keys, what, problems)
    found = []
    for key in keys:
        value = entry.get(key)
        if key not in entry:
            problems.add(f"{what}: {key} is missing: add {key} = \"...\" (docs/topic.md lists what it says)")
            value = ""
        elif not isinstance(value, str) or not value.strip():
            problems.add(f"{what}: {key} must be a text in quotes")
            value = ""
        found.append(value.strip())
    return found


def _kind(name: str, entry: Any, sides: set[str], problems: _Problems) -> KindWords:
    """``[kind.NAME]``: its words (``KIND_KEYS``) and what it is (``KIND_FACTS``), checked."""
    what = f"[kind.{name}]"
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        problems.add(f"{what}: a kind's name is lower-case letters, digits and _ (e.g. attack_on_shipping)")
    entry = _table(entry, what, problems)
    _unknown_keys(entry, (*KIND_KEYS, *KIND_FACTS), what, problems)
    words = _texts({k: v for k, v in entry.items() if k in KIND_KEYS}, KIND_KEYS, what, problems)
    act = _one_of(entry, "act", ACTS, what, problems) or "attack"
    series = _one_of({"series": entry.get("series", "attacks" if act == "attack" else "strikes")}, "series",
                     SERIES, what, problems) or "attacks"
    within = _one_of({"within": entry.get("within", "sentence")}, "within", WITHIN, what,
                     problems) or "sentence"
    marker = _one_of({"marker": entry.get("marker", "^")}, "marker", MARKERS, what, problems) or "^"
    for key in ("agent", "target"):
        if entry.get(key) not in sides:
            problems.add(f"{what}: {key} is {entry.get(key)!r}; write one of the story's sides: "
                         f"{', '.join(sorted(sides))}")
    when = _strings(entry["when"], f"{what}: when", problems) if "when" in entry else ()
    for cue in when:
        try:
            re.compile(cue)
        except re.error as error:
            problems.add(f"{what}: when {cue!r} is not a regular expression ({error})")
            when = ()
    legend = entry.get("legend", words[1])  # its singular
    label, singular, plural, heading = words
    return KindWords(label, singular, plural, heading, act=act, agent=str(entry.get("agent", "")),
                     target=str(entry.get("target", "")),
                     series=series, marker=marker, legend=str(legend), when=when, within=within)


def _story_words(data: Mapping[str, Any], problems: _Problems) -> StoryWords:
    """``[words]`` (title and template lines), ``[kind.NAME]`` for every event kind and
    ``[metric.NAME]`` for every running figure, each with all its keys."""
    words = _table(data.get("words"), "[words]", problems)
    with_the = _strings(words["with_the"], "[words] with_the", problems) if "with_the" in words else ()
    title, *lines = _texts({k: v for k, v in words.items() if k != "with_the"}, ("title", *LINES),
                           "[words]", problems)
    kinds_table = _table(data.get("kind"), "[kind]", problems)
    metrics_table = _table(data.get("metric"), "[metric]", problems)
    _unknown_keys(metrics_table, METRICS, "[metric]", problems)
    story_sides = _sides(data.get("side"), _Problems(""))
    roles = tuple((side.name, side.role) for side in story_sides)
    aboard = tuple((side.name, side.aboard) for side in story_sides if side.aboard)
    at_sea = tuple(side.name for side in story_sides if side.at_sea)
    sides = {name for name, _ in roles}
    kinds = tuple((kind, _kind(kind, entry, sides, problems)) for kind, entry in kinds_table.items())
    for act in ("attack", "strike"):
        if not any(words.act == act for _, words in kinds):
            problems.add(f"[kind]: the story needs a kind with act = \"{act}\"")
    for act in ACTS:
        if any(words.act == act for _, words in kinds) and not any(
                words.act == act and not words.when for _, words in kinds):
            problems.add(f"[kind]: one kind with act = \"{act}\" must have no when = [...] "
                         "(the act's default)")
    metrics = tuple((metric, MetricWords(*_texts(metrics_table.get(metric), METRIC_KEYS,
                                                 f"[metric.{metric}]", problems)))
                    for metric in METRICS if metric in REQUIRED_METRICS or metric in metrics_table)
    return StoryWords(title, kinds, metrics, tuple(zip(LINES, lines, strict=True)), roles=roles,
                      with_the=with_the, aboard=aboard, at_sea=at_sea)


TOP_KEYS = ("campaign", "outside", "demonyms", "actor", "place", "weapon", "vocabulary", "known_event",
            "sources", "outlets", "words", "kind", "metric", "local_time", "tallies", "side",
            "figure_words", "map", "site_words", "day_count", "event_words", "party_words", "casualty_words",
            "language_words", "named_events")
ADDITION_KEYS = ("place", "actor", "outlets", "profile")


def _overridden(data: Mapping[str, Any], extra: Mapping[str, Any], key: str,
                problems: _Problems) -> list[Any]:
    """The profile's ``key`` entries with a team's put over them: an added entry with the name
    of a profile's entry replaces it (a place's aliases or country corrected in briefing.toml)."""
    added = _listed(extra, key, "topic.", problems)
    names = {name for entry in added if isinstance(entry, Mapping)
             and isinstance(name := entry.get("name"), str)}  # other names are reported where checked
    return [entry for entry in _listed(data, key, "", problems)
            if not (isinstance(entry, Mapping) and entry.get("name") in names)] + added


def parse_topic(data: Mapping[str, Any], where: str, additions: Mapping[str, Any] | None = None) -> Topic:
    """A topic from parsed TOML, with a team's additional places and actors; checked whole."""
    problems = _Problems(where)
    _unknown_keys(data, TOP_KEYS, "top level", problems)
    campaign = _campaign(data.get("campaign"), data.get("demonyms"), problems)
    extra = additions or {}
    _unknown_keys(extra, ADDITION_KEYS, "[topic]", problems)
    places = _places(_overridden(data, extra, "place", problems), campaign.countries, problems)
    sides = _sides(data.get("side"), problems)
    actors = _actors(_overridden(data, extra, "actor", problems), sides, problems)
    weapons = _weapons(data.get("weapon", []), problems)
    outside = data.get("outside", {}).get("places", []) if isinstance(data.get("outside"), dict) else []
    _duplicates([p.name for p in places], "place", problems)
    _check_offshore(places, problems)
    _check_provinces(places, problems)
    _duplicates([a.name for a in actors], "actor", problems)
    vocabulary = _vocabulary(data.get("vocabulary"), problems)
    sources = _sources(data.get("sources", {}), problems)
    outlets = _outlets(data.get("outlets", {}), "[outlets]", problems) + _outlets(extra.get("outlets", {}),
                                                                             "[topic.outlets]", problems)
    region, not_placed = _map(data.get("map"), problems)
    words = dataclasses.replace(_story_words(data, problems), countries=campaign.countries,
                                mapped=bool(region) and any(place.at for place in places), region=region,
                                not_placed=not_placed, generic=tuple(a.name for a in actors if a.generic),
                                seats=_seats(places))
    known = _known_events(data.get("known_event", []), campaign.countries, words, problems)
    tallies = _tally_words(data.get("tallies"), problems)
    local_time = _local_time(data.get("local_time"), problems)
    figure_words = _figure_words(data.get("figure_words"), problems)
    site_words = _grammar_words("sites", data.get("site_words"), "[site_words]", problems)
    event_words = _grammar_words("events", data.get("event_words"), "[event_words]", problems,
                                 elsewhere=("day_count_words",))  # from [[day_count]]
    party_words = _grammar_words("parties", data.get("party_words"), "[party_words]", problems,
                                 elsewhere=("parties", "us_voices"))  # from the actors and [sources]
    casualty_words = _grammar_words("casualties", data.get("casualty_words"), "[casualty_words]", problems)
    language_words = _grammar_words("languages", data.get("language_words"), "[language_words]", problems)
    day_counts = _day_counts(data.get("day_count", []), problems)
    month_alone_background = _month_alone(data.get("named_events"), problems)
    problems.raise_any()
    digest = hashlib.sha256(json.dumps([data, extra], sort_keys=True, default=str).encode()).hexdigest()[:16]
    return Topic(campaign, tuple(places), tuple(actors), tuple(weapons), vocabulary, tuple(outside),
                 tuple(known), sources, tallies, local_time, digest, tuple(sorted(dict(outlets).items())),
                 words, sides=sides, figure_words=figure_words, site_words=site_words, day_counts=day_counts,
                 event_words=event_words, party_words=party_words, casualty_words=casualty_words,
                 language_words=language_words, month_alone_background=month_alone_background)


MONTH_ALONE = ("known day", "background")


def _month_alone(data: Any, problems: _Problems) -> bool:
    """``[named_events] month_alone``: how a named event told by its own month alone is read,
    "known day" (the default) or "background"."""
    table = _table(data, "[named_events]", problems)
    _unknown_keys(table, ("month_alone",), "[named_events]", problems)
    read = table.get("month_alone", MONTH_ALONE[0])
    if read not in MONTH_ALONE:
        problems.add(f"[named_events] month_alone must be one of {', '.join(map(repr, MONTH_ALONE))}")
    return bool(read == "background")


def _day_counts(entries: Any, problems: _Problems) -> tuple[DayCount, ...]:
    """[[day_count]] tables: ``day_one`` (a date) and ``words`` (the war's names)."""
    found = []
    for entry in entries if isinstance(entries, list) else [entries]:
        day_one = entry.get("day_one") if isinstance(entry, dict) else None
        if not isinstance(day_one, dt.date) or isinstance(day_one, dt.datetime):
            problems.add("[[day_count]] day_one must be a date, e.g. day_one = 2023-10-07")
            continue
        found.append(DayCount(day_one, _strings(entry.get("words"), "[[day_count]] words", problems)))
    return tuple(found)


MAP_KEYS = ("region", "not_placed")


def _map(data: Any, problems: _Problems) -> tuple[str, str]:
    """``[map]``: the region the map draws (a shipped ``briefing/maps/NAME.json``) and the words
    for the events it cannot place (the default's when it names none); region "" when left out:
    the briefing has no map."""
    table = _table(data, "[map]", problems)
    _unknown_keys(table, MAP_KEYS, "[map]", problems)
    if not table:
        return "", StoryWords.not_placed
    region, not_placed = table.get("region"), table.get("not_placed", "")
    if region not in shipped_regions():
        problems.add(f"[map]: region {region!r} is not a shipped region "
                     f"(shipped: {', '.join(shipped_regions())}); scripts/make_map_data.py makes one")
        region = ""
    if not isinstance(not_placed, str):
        problems.add("[map]: not_placed must be a text in quotes")
        not_placed = ""
    return str(region or ""), not_placed.strip() or StoryWords.not_placed


def shipped_regions() -> tuple[str, ...]:
    """The names of the map regions shipped in ``briefing/maps/``."""
    return tuple(sorted(path.stem for path in MAPS.glob("*.json")))


LOCAL_TIME_KEYS = ("zone", "written", "ahead", "reported_in")
TALLY_KEYS = ("attackers", "others_counted", "other_targets", "other_attackers")


def _tally_words(data: Any, problems: _Problems) -> TallyWords:
    table = _table(data, "[tallies]", problems)
    _unknown_keys(table, TALLY_KEYS, "[tallies]", problems)
    return TallyWords(*(_strings(table[key], f"[tallies] {key}", problems) if key in table else ()
                        for key in TALLY_KEYS))


def _figure_words(data: Any, problems: _Problems) -> FigureWords:
    """``[figure_words]``: lists the figures' grammar names in its ``[profile]``, and examples for
    its rules (``[figure_words.examples]``, rule = [sentences]), each checked by name."""
    from .rules import grammar

    figures = grammar("tallies")
    table = _table(data, "[figure_words]", problems)
    _unknown_keys(table, (*figures.profile, "examples"), "[figure_words]", problems)
    lists = tuple((key, _strings(table[key], f"[figure_words] {key}", problems))
                  for key in figures.profile if key in table)
    examples = _table(table.get("examples"), "[figure_words.examples]", problems)
    _unknown_keys(examples, tuple(figures.rules), "[figure_words.examples]", problems)
    return FigureWords(lists, tuple((rule, _strings(found, f"[figure_words.examples] {rule}", problems))
                                    for rule, found in examples.items()))


def _grammar_words(name: str, data: Any, what: str, problems: _Problems,
                   elsewhere: tuple[str, ...] = ()) -> FigureWords:
    """A table of lists the grammar ``briefing/grammar/NAME.toml`` names in its ``[profile]``
    (``[site_words]``: the sites'; ``[event_words]``: the events'), each checked by name, but for
    those the profile fills from another table (``elsewhere``); a list left out matches nothing."""
    from .rules import grammar

    lists = [key for key in grammar(name).profile if key not in elsewhere]
    table = _table(data, what, problems)
    _unknown_keys(table, tuple(lists), what, problems)
    return FigureWords(tuple((key, _strings(table[key], f"{what} {key}", problems))
                             for key in lists if key in table))


def _local_time(data: Any, problems: _Problems) -> LocalTime:
    """``[local_time]``: zone and reported_in (checked against the time-zone database), written, ahead."""
    table = _table(data, "[local_time]", problems)
    _unknown_keys(table, LOCAL_TIME_KEYS, "[local_time]", problems)
    if not table:
        return LocalTime()
    zone, ahead = table.get("zone"), table.get("ahead")
    reported_in = table.get("reported_in", LocalTime.reported_in)
    for key, value in (("zone", zone), ("reported_in", reported_in)):
        _check_zone(key, value, problems)
    if not isinstance(ahead, str) or not ahead.strip():
        problems.add("[local_time] ahead must be a text in quotes: why the local day is the next")
    return LocalTime(str(zone), _strings(table.get("written"), "[local_time] written", problems), str(ahead),
                     str(reported_in))


def _check_zone(key: str, zone: Any, problems: _Problems) -> None:
    """A problem unless ``zone`` is in the time-zone database."""
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(str(zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        problems.add(f"[local_time] {key} {zone!r} is not a time zone; write one like \"Europe/London\"")


_ADDRESS = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def _outlets(data: Any, what: str, problems: _Problems) -> list[tuple[str, str]]:
    """Web address -> outlet name; an address is a host name without "https://" or "www."."""
    if not isinstance(data, dict):
        problems.add(f"{what} must be a table of \"web.address\" = \"Outlet name\"")
        return []
    found = []
    for address, name in data.items():
        if not _ADDRESS.fullmatch(str(address)) or str(address).startswith("www."):
            problems.add(f"{what}: {address!r} is not a web address like \"news.example\" (lower case, no "
                         "https:// or www.)")
        elif not isinstance(name, str) or not name.strip() or len(name) > 80:
            problems.add(f"{what}: {address!r} needs an outlet name (text, up to 80 characters)")
        else:
            found.append((str(address), name.strip()))
    return found


def _sources(data: Any, problems: _Problems) -> Sources:
    data = data if isinstance(data, dict) else {}
    _unknown_keys(data, ("official", "monitors"), "[sources]", problems)
    return Sources(*(_strings(data.get(key), f"[sources] {key}", problems) if key in data else ()
                     for key in ("official", "monitors")))


def _known_events(entries: Any, countries: tuple[str, ...], words: StoryWords,
                  problems: _Problems) -> list[KnownEvent]:
    kinds = tuple(kind for kind, _ in words.kinds)
    found = []
    for entry, name, what in _entries(entries, "known_event", KNOWN_EVENT_KEYS, problems):
        where = tuple(c for c in (entry.get("country"), entry.get("also_country")) if c is not None)
        cues = _strings(entry.get("cues"), f"{what}: cues", problems)
        for cue in cues:
            try:
                re.compile(cue)
            except re.error as error:
                problems.add(f"{what}: cue {cue!r} is not a regular expression ({error})")
        if entry.get("type") not in kinds or not isinstance(entry.get("date"), dt.date) or \
                not where or any(c not in countries for c in where):
            problems.add(f"{what}: needs type (one of the story's kinds: {', '.join(kinds)}), "
                         "date = YYYY-MM-DD and a country of the campaign")
            continue
        told = (_strings(entry["also_placed"], f"{what}: also_placed", problems) if "also_placed" in entry
                else ())
        if any(c not in countries for c in told):
            problems.add(f"{what}: also_placed names a country that is not the campaign's")
        days = entry.get("remembered_days", 120)
        found.append(KnownEvent(name, entry["type"], entry["date"], where, cues, int(days),
                                words.act(entry["type"]), told))
    return found


def _duplicates(names: list[str], what: str, problems: _Problems) -> None:
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.add(f"{what} '{name}' is defined twice")


@functools.lru_cache(maxsize=8)
def _load(path: Path, additions_json: str) -> Topic:
    import tomllib

    from . import tomlfile

    try:
        data = tomlfile.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: the topic file cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: the topic file is not valid TOML ({error})") from None
    topic = parse_topic(data, str(path), json.loads(additions_json) or None)
    return dataclasses.replace(topic, path=path)


def load_topic(additions: Mapping[str, Any] | None = None, path: Path = DEFAULT_TOPIC) -> Topic:
    """The profile at ``path`` (the shipped default), with a team's ``[topic]`` additions from
    ``briefing.toml``; ``profile``, the key naming the profile there, is not an addition."""
    extra = {key: value for key, value in (additions or {}).items() if key != "profile"}
    return _load(path, json.dumps(extra, sort_keys=True, default=str))


def shipped_profiles() -> tuple[str, ...]:
    """The names of the profiles shipped in ``briefing/topics/``."""
    return tuple(sorted(path.stem for path in TOPICS.glob("*.toml")))


def profile_path(choice: str, base: Path = Path()) -> Path:
    """The profile file ``choice`` names: a shipped profile's name ("red-sea"), or the path of a
    topic file (relative to ``base``, the settings file's folder). An unknown name or a missing
    file is a :class:`SettingsError` that says what is shipped."""
    shipped = shipped_profiles()
    if choice in shipped:
        return TOPICS / f"{choice}.toml"
    if not choice.lower().endswith(".toml"):
        raise SettingsError(f"topic {choice!r} is not a shipped profile (shipped: {', '.join(shipped)}); "
                            "a topic file of your own is named by its path, ending in .toml")
    path = Path(choice).expanduser()
    path = path if path.is_absolute() else base / path
    if not path.is_file():
        raise SettingsError(f"topic file {str(path)!r} {_not_a_file(path)}; give a shipped profile "
                            f"({', '.join(shipped)}) or the path of a .toml file")
    return path


def _not_a_file(path: Path) -> str:
    """"does not exist", or what stands there instead of a file (a pipe is never read)."""
    from .discover import describe_mode

    try:
        return f"is {describe_mode(path.stat().st_mode)}, not a file"
    except (OSError, ValueError):
        return "does not exist"


def choose_topic(choice: str | None, additions: Mapping[str, Any] | None = None,
                 base: Path = Path()) -> Topic:
    """The profile ``choice`` names (:func:`profile_path`; the default when None) with a team's
    additions. A problem in the profile file names the file; one in the additions, ``[topic]``."""
    path = DEFAULT_TOPIC if choice is None else profile_path(choice, base)
    profile = load_topic(None, path)  # checked alone first: its own problems name its file
    if not additions or not set(additions) - {"profile"}:
        return profile
    try:
        return load_topic(additions, path)
    except SettingsError as error:
        raise SettingsError(f"[topic]: {error.message.split(': ', 1)[-1]}") from None


# ---- matching ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    """A name found in text: where, and the canonical entry it stands for."""

    start: int
    end: int
    name: str


_SEPARATOR = "\x00"  # between the parts of an alias: a hyphen, a space or nothing


def _units(alias: str) -> list[str]:
    """An alias as the units of its pattern: letters (lower-cased), separators, optional marks."""
    units: list[str] = []
    for index, part in enumerate(re.split(r"[-\s]+", alias.strip())):
        if index:
            units.append(_SEPARATOR)
        units.extend(part.lower() if not _is_acronym(alias) else part)
    return units


def _unit_pattern(unit: str) -> str:
    if unit == _SEPARATOR:
        return r"[-\s]?"
    if unit in "'’":
        return "['’]?"
    if unit == ".":
        return r"\.?"
    return re.escape(unit)


Trie = dict[str, "Trie"]  # a unit of an alias -> the units that may follow it ("" ends one)


def _trie(aliases: Iterable[str]) -> str:
    """A pattern matching any alias, longest first at each branch, prefixes shared."""
    root: Trie = {}
    for alias in aliases:
        node = root
        for unit in _units(alias):
            node = node.setdefault(unit, {})
        node[""] = {}  # an alias ends here
    return _render(root) or "(?!)"


def _render(node: Trie) -> str:
    ends = "" in node
    branches = [_unit_pattern(unit) + _render(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@dataclass(frozen=True)
class _Article:
    """A whole text's names and matches, kept for its sentences' searches (Lexicon.in_article)."""

    text: str
    hits: list[Hit]
    starts: list[int]  # of the hits
    opened: list[int]  # where each match of the patterns begins, in order (names or not)
    reach: list[int]  # the furthest end of the matches up to each one
    sentences: Mapping[str, tuple[int, int]]

    def crossed(self, at: int) -> bool:
        """Whether a match begins before ``at`` and ends after it."""
        index = bisect.bisect_left(self.opened, at)
        return index > 0 and self.reach[index - 1] > at


class Lexicon:
    """One search for a whole table of names -> canonical names.

    The aliases are compiled into a trie-shaped pattern (shared prefixes factored out): a
    plain alternation of hundreds of names is tried name by name at every position, which
    made name finding most of the extractor's time. Acronyms ("US", "KH") are matched in
    their case only, by a second pattern.
    """

    def __init__(self, table: Iterable[tuple[str, Iterable[str]]], article: bool = False) -> None:
        """``article``: names may be printed with an Arabic article ("al-Harir" for "Harir")."""
        self._names: dict[str, str] = {}
        self._memo: dict[str, tuple[Hit, ...]] = {}
        self._named: dict[str, str | None] = {}  # a matched word -> its name (_name_of)
        self._article: _Article | None = None  # the last whole text read (in_article)
        folded: list[str] = []
        exact: list[str] = []
        for name, aliases in table:
            for alias in aliases:
                self._names.setdefault(self._key(alias), name)
                (exact if _is_acronym(alias) else folded).append(alias)
        # "al-Harir", "Al Bukamal", "ad-Dawr"; not the English "at" or "an" before a name
        lead = r"(?:(?:[Aa]l|[Ee]l)[-\s]|(?:ad|ar|as|at|an)-)?" if article else ""
        # (a table with no names of one kind has no pattern for them: it would match nothing)
        self._patterns = [re.compile(rf"(?<![\w-]){lead}(?:{_trie(folded)})(?![\w]|-\w)", re.I)
                          for _ in folded[:1]]
        self._patterns += [re.compile(rf"(?<![\w-])(?:{_trie(exact)})(?![\w]|-\w)") for _ in exact[:1]]
        # every name opens with a few letters as printed: looked for in one pass with every other
        # table's, they tell where in a long text a name can begin (screen.Starts)
        self._starts = [_starts(folded, article, True) for _ in folded[:1]]
        self._starts += [_starts(exact, False, False) for _ in exact[:1]]

    @staticmethod
    def _key(text: str) -> str:
        return _JOINTS.sub("", text.casefold())

    def find(self, text: str, start: int = 0, end: int | None = None,
             folded: str | None = None) -> Iterator[Hit]:
        """The names in ``text[start:end]``, each at its longest; ``folded`` (the text as
        :func:`~briefing.screen.fold` gives it): try only where a name's first letters begin.

        A soft hyphen or a zero-width character inside a name ("Al-As\u00adad", as a page
        set for hyphenation carries it) does not hide it: such a text is searched with them
        left out, and each name's span mapped back to the text as it is, so the evidence
        quotes it exactly."""
        if folded is None and start == 0 and end is None:
            # no generator of our own, no call but on a miss: asked for every sentence, every event
            found = self._memo.get(text)  # only texts up to _MEMO_TEXT long are kept
            if found is not None:
                return iter(found)
            if len(text) <= _MEMO_TEXT:
                return iter(self._memo_find(text))
        return self._find_visible(text, start, end, folded)

    def _memo_find(self, text: str) -> tuple[Hit, ...]:
        """The names in a whole short text (a sentence), found once: the details of each event
        look for names in the same few sentences again and again."""
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()  # bounded: an archive's sentences are not all kept
            found = self._inside(text)  # a sentence of the text read last: from its names
            if found is None:
                found = tuple(self._find_visible(text, 0, None, None))
            self._memo[text] = found
        return found

    def _find_visible(self, text: str, start: int, end: int | None, folded: str | None) -> Iterator[Hit]:
        stop = len(text) if end is None else end
        if not _invisible_in(text, start, stop):
            yield from self._find(text, start, stop, folded)
            return
        visible, origins = _without_invisible(text, start, stop)
        for hit in self._find(visible, 0, len(visible), None):
            yield Hit(origins[hit.start], origins[hit.end - 1] + 1, hit.name)

    def in_article(self, text: str, folded: str, sentences: Mapping[str, tuple[int, int]]) -> list[Hit]:
        """The names of a whole text, as ``find(text, folded=folded)`` gives them. Its ``sentences``
        (each one's text -> its start and end) are kept with them: a later search of one of those
        sentences alone (the details search the same sentences again and again) is answered from
        the whole text's names, when nothing outside the sentence could have changed a search of
        it alone (:meth:`_inside`). A text with characters that print nothing is searched as before."""
        if _invisible_in(text, 0, len(text)):
            self._article = None
            return list(self._find_visible(text, 0, None, folded))
        spans: list[tuple[int, int]] = []
        hits = list(self._find(text, 0, len(text), folded, spans))
        reach: list[int] = []  # the furthest end of the matches up to each one
        for _, end in spans:
            reach.append(max(end, reach[-1]) if reach else end)
        self._article = _Article(text, hits, [hit.start for hit in hits], [start for start, _ in spans],
                                 reach, sentences)
        return hits

    def _inside(self, sentence: str) -> tuple[Hit, ...] | None:
        """The names of a sentence of the last text :meth:`in_article` read, taken from that text's:
        None when ``sentence`` is not one of its sentences, or when its surroundings could matter.
        They cannot when the sentence has a white space (or the text's edge) on both sides, which
        every name's look-behind and look-ahead read as they read the edge of a text, and no match
        of the patterns (a name or not) runs across either edge: then the matches inside it are
        those of a search of it alone, in the same order."""
        article = self._article
        where = article.sentences.get(sentence) if article is not None else None
        if article is None or where is None:
            return None
        start, end = where
        text = article.text
        if (start > 0 and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace()) \
                or article.crossed(start) or article.crossed(end):
            return None
        first, last = bisect.bisect_left(article.starts, start), bisect.bisect_left(article.starts, end)
        if first == last:
            return ()  # (most sentences: no name of this table)
        return tuple(Hit(hit.start - start, hit.end - start, hit.name)
                     for hit in article.hits[first:last] if hit.end <= end)

    def _find(self, text: str, start: int, stop: int, folded: str | None,
              spans: list[tuple[int, int]] | None = None) -> Iterator[Hit]:
        """``spans``: given, every match's span is added to it (names or not), in order of start."""
        found = [[(m.start(), m.end(), m.group()) for m in (
                     pattern.finditer(text, start, stop) if folded is None or starts is None
                     else starts.finditer(pattern, text, folded, start, stop))]
                 for pattern, starts in zip(self._patterns, self._starts, strict=True)]
        # each pattern's matches are in order already; two are merged (a table may have none)
        matches = found[0] if len(found) == 1 else sorted([m for each in found for m in each],
                                                          key=lambda m: (m[0], -m[1]))
        if spans is not None:
            spans.extend((begin, end) for begin, end, _ in matches)
        reached = -1
        named = self._named
        for begin, end, word in matches:
            if begin < reached:
                continue  # inside a longer name found at an earlier or the same start
            name = named[word] if word in named else self._name_of(word)
            if name is not None:
                reached = end
                yield Hit(begin, end, name)

    def _name_of(self, word: str) -> str | None:
        """The name a matched word stands for (None: none), kept for the next time it is matched."""
        name = self._names.get(self._key(word)) or self._names.get(self._key(_ARTICLE.sub("", word)))
        if len(self._named) >= _MEMO_SIZE:
            self._named.clear()
        self._named[word] = name
        return name

    def names(self, text: str, start: int = 0, end: int | None = None) -> list[str]:
        """Canonical names found, in order of first mention."""
        return list(dict.fromkeys(hit.name for hit in self.find(text, start, end)))


# Whole texts up to this long (a sentence or two) have their names kept once found, up to
# this many texts per table (then the memo starts again): at most about 6 MB of text per table.
_MEMO_TEXT = 1_500
_MEMO_SIZE = 4_096

# Characters that print nothing: soft hyphen, zero-width space, non-joiner and joiner, word
# joiner, byte-order mark used as a zero-width no-break space.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]+")
_INVISIBLES = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def _invisible_in(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` holds a character that prints nothing. A whole text is asked with
    ``in``, each character a scan in C: the pattern's search cost ten times as much."""
    if start == 0 and stop >= len(text):
        return any(char in text for char in _INVISIBLES)
    return _INVISIBLE.search(text, start, stop) is not None


def _without_invisible(text: str, start: int, stop: int) -> tuple[str, list[int]]:
    """``text[start:stop]`` without the characters that print nothing, and for each character
    kept its offset in ``text``."""
    parts: list[str] = []
    origins: list[int] = []
    at = start
    for match in _INVISIBLE.finditer(text, start, stop):
        parts.append(text[at:match.start()])
        origins.extend(range(at, match.start()))
        at = match.end()
    parts.append(text[at:stop])
    origins.extend(range(at, stop))
    return "".join(parts), origins


def _starts(aliases: list[str], article: bool, folded: bool) -> Starts | None:
    """Where a table's names may begin in a text: at the first letters of each as it may be printed
    (:func:`_openers`), or three characters before them when an Arabic article may open it
    ("al-", "an-": ``article``). None when a name opens with nothing to look for."""
    words: dict[str, set[int]] = {}
    for alias in aliases:
        opened = _openers(_units(alias))
        if opened is None:
            return None
        for word in opened[0]:
            words.setdefault(fold(word) if folded else word, set()).update(opened[1])
    return Starts(words, folded, _LEADS if article else ())


# "al-", "el ", "ad-": the Arabic article that may open a place's name, as Starts reads the text
# (folded, every white space a space): Lexicon's ``lead``
_LEADS = ("al-", "al ", "el-", "el ", "ad-", "ar-", "as-", "at-", "an-")


_OPENING = 8  # letters: a name is looked for by this many of its first (fewer: found in other words)


def _openers(units: list[str]) -> tuple[set[str], range] | None:
    """Every way the first letters of a name (its units, :func:`_units`) may be printed, up to
    ``_OPENING`` of them, and how many characters before them it may begin (marks that may be
    left out open it). Only what :func:`_looked_for` lets through is looked for (ASCII, and letters
    without case): a name with another letter among its first is looked for by its longest run
    of such letters with no mark or joint before it, a fixed number of characters from its start
    ("Türkiye" by "rkiy", 2 after it begins). None: nothing to look for."""
    marks = 0
    while marks < len(units) and units[marks] in _OPTIONAL:
        marks += 1
    forms, kept, letters = {""}, {""}, 0
    for unit in units[marks:]:
        if unit not in _OPTIONAL and not _looked_for(unit):
            break
        forms = {form + way for form in forms for way in _OPTIONAL.get(unit, (unit,))}
        if unit not in _OPTIONAL:
            kept, letters = forms, letters + 1
            if letters == _OPENING:
                break
    run, back = _fixed_run(units[marks:])
    if len(run) > letters:
        return {run}, range(back, back + marks + 1)
    return (kept, range(marks + 1)) if letters else None


def _looked_for(unit: str) -> bool:
    """Whether a name's unit may be looked for in a folded text (:func:`~briefing.screen.fold`, where
    ``re.I`` matches ASCII): an ASCII character, or a letter without case (Arabic's, "قاعدة"), which
    ``re.I`` matches to itself only and ``fold`` leaves as it is (no other character folds to it).
    A table with an Arabic name among its aliases was searched at every character of every text."""
    return unit.isascii() or (unit.isalpha() and unit.lower() == unit == unit.upper())


def _fixed_run(units: list[str]) -> tuple[str, int]:
    """The longest run of letters :func:`_looked_for` lets through (its first ``_OPENING``) at a fixed
    distance from the start of ``units`` (no mark or joint before it), and that distance."""
    best, at, run, start = "", 0, "", 0
    for index, unit in enumerate(units):
        if unit in _OPTIONAL:
            break
        if not _looked_for(unit):
            run = ""
            continue
        if not run:
            start = index
        run += unit
        if len(run) <= _OPENING and len(run) > len(best):
            best, at = run, start
    return best, at


# how each unit that may be left out may be printed (a joint as a space: every white space is read
# as one when the openers are looked for, screen.Starts)
_OPTIONAL = {_SEPARATOR: ("", "-", " "), "'": ("", "'", "’"), "’": ("", "'", "’"), ".": ("", ".")}


_ARTICLE = re.compile(r"^(?:(?:al|el)[-\s]|(?:ad|ar|as|at|an)-)", re.I)
_JOINTS = re.compile(r"[-\s'’.]+")  # left out of a name's key: "Al-Asad", "Al Asad" and "AlAsad" are one


def _is_acronym(alias: str) -> bool:
    """"US", "KH", "PMF": upper case only, so "us" and "kh" in running text are not names."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return 1 < len(letters) <= 5 and letters.isupper()
