"""What the briefing calls each value a record can take: one source for every label.

The values themselves are the ``Literal`` types of :mod:`briefing.model`; a test checks that
every value has its words here, so a new value cannot reach the page unnamed. The event kinds
are the story's: its profile's ``[kind.*]`` tables (:class:`KindWords`), checked on load.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from .model import EventType, Metric, PublishedBasis, Qualifier, SourceKind, StatementKind

# The acts the story-independent grammar reads (extract/roles.py): an ``attack`` by the side the
# story follows on its target, a ``strike`` by the side striking back, an ``intercept`` of the
# attackers' munitions by that side. A profile's kinds each name one; a story without an
# intercept kind reads a shot-down drone as the attack it was.
Act = Literal["attack", "strike", "intercept"]
ACTS: tuple[Act, ...] = get_args(Act)
# The weekly chart's and the week-against-week table's two series a kind is counted in.
Series = Literal["attacks", "strikes"]
SERIES: tuple[Series, ...] = get_args(Series)
# What within = "..." searches for a kind's ``when`` cues: the act's sentence or its clause.
Within = Literal["sentence", "clause"]
WITHIN: tuple[Within, ...] = get_args(Within)
METRICS: tuple[Metric, ...] = get_args(Metric)
# every profile names these; the others only a story that counts them ([metric.targets_hit])
REQUIRED_METRICS: tuple[Metric, ...] = ("attacks", "injured", "killed")
# Template lines a story's profile words in its [words] table (docs/topic.md).
LINES = ("dates_note", "keywords", "week_attacks", "week_strikes", "chart_attacks", "chart_strikes", "places")


@dataclass(frozen=True)
class KindWords:
    """One kind of event of the story (its profile's ``[kind.NAME]``): what a briefing calls it
    (``label``, the chronology's "Type" column; ``singular`` and ``plural``, counted: "1 US
    strike", "3 US strikes"; ``heading``, a key point on the period's events of this kind opens
    with it), and what it is: the ``act`` the grammar reads it from, the side (``[side.*]``)
    acting (``agent``) on which (``target``), the chart ``series`` it feeds, its map ``marker``
    and legend words, and ``when``: regular expressions, one of which its act's ``within`` (the
    sentence or the act's clause) must match for this kind to be chosen over its act's default
    (the first kind of the act with no ``when``)."""

    label: str
    singular: str
    plural: str
    heading: str
    act: Act = "attack"
    agent: str = ""
    target: str = ""
    series: Series = "attacks"
    marker: str = "^"
    legend: str = ""
    when: tuple[str, ...] = ()
    within: Within = "sentence"

    @functools.cached_property
    def cue(self) -> re.Pattern[str] | None:
        """``when`` as one pattern (any case); None for a kind chosen without a cue."""
        return re.compile("|".join(f"(?:{w})" for w in self.when), re.I) if self.when else None


@dataclass(frozen=True)
class MetricWords:
    """What a briefing calls one running figure: ``words`` in a sentence, ``axis`` on its chart."""

    words: str
    axis: str


@dataclass(frozen=True)
class StoryWords:
    """The story's own words, from its profile (``[words]``, ``[kind.*]``, ``[metric.*]``):
    the briefing's default title, each event kind (its words and what it is) and running
    figure's names, and the lines the templates print. Invariant: the kinds hold an attack and a
    strike kind, each act's kinds a default, every :data:`REQUIRED_METRICS` value and every
    :data:`LINES` name has its words (the profile is checked on load)."""

    title: str
    kinds: tuple[tuple[EventType, KindWords], ...]
    metrics: tuple[tuple[Metric, MetricWords], ...]
    lines: tuple[tuple[str, str], ...]
    countries: tuple[str, ...] = ()  # its [campaign] countries, in order: the weekly chart's series
    # whether it names its map's region ([map] region) and its places have coordinates (``at``):
    # a story without either has no map
    mapped: bool = False
    region: str = ""  # its map's region: briefing/maps/NAME.json
    # why the events listed beside the map are not on it ([map] not_placed)
    not_placed: str = ("the reports place them no more exactly than a country, or only by their distance or "
                       "direction from a place")
    roles: tuple[tuple[str, str], ...] = ()  # each [side.NAME]'s role (us, militia, other)
    with_the: tuple[str, ...] = ()  # places written with "the" in running text ("the Red Sea")
    aboard: tuple[tuple[str, str], ...] = ()  # each [side.NAME]'s people aboard its assets (a casualty side)
    at_sea: tuple[str, ...] = ()  # the [side.NAME]s whose assets are at sea (ships)
    generic: tuple[str, ...] = ()  # the actors that are the words for any group ("Iran-backed groups")
    # each place the map draws at its province's seat, with that province's name ([[place]] province)
    seats: tuple[tuple[str, str], ...] = ()

    def place(self, name: str) -> str:
        """A place as running text writes it: "the Gulf of Aden" for a name of ``[words] with_the``."""
        return f"the {name}" if name in self.with_the else name

    def kind(self, kind: EventType) -> KindWords:
        return self._kinds[kind]

    @functools.cached_property
    def _kinds(self) -> dict[EventType, KindWords]:
        return dict(self.kinds)

    def act(self, kind: EventType) -> Act:
        """The act a kind is read from: ``attack``, ``strike`` or ``intercept``."""
        return self.kind(kind).act

    def attack(self, kind: EventType) -> bool:
        """Whether a kind is an attack on the story's target (not a strike or an intercept)."""
        return self.kind(kind).act == "attack"

    def on_us(self, kind: EventType) -> bool:
        """Whether a kind is an attack on the story's US side (the first story's every attack; not
        red-sea's attacks on merchant shipping), whose unnamed dead and hurt are that side's."""
        target = self.kind(kind).target
        return self.attack(kind) and self._roles.get(target, target) == "us"

    @functools.cached_property
    def _roles(self) -> dict[str, str]:
        return dict(self.roles)

    def aboard_target(self, kind: EventType) -> str:
        """The casualty side of the people aboard what an attack of ``kind`` hits (a merchant
        ship's crew are civilians: ``[side.NAME] aboard``); "" when the profile names none."""
        return dict(self.aboard).get(self.kind(kind).target, "") if self.attack(kind) else ""

    def hits_at_sea(self, kind: EventType) -> bool:
        """Whether an attack of ``kind`` hits what is at sea (its target side's ``at_sea``): placed
        only by a port town, it was off the town, never in it."""
        return self.attack(kind) and self.kind(kind).target in self.at_sea

    def series(self, kind: EventType) -> Series:
        return self.kind(kind).series

    def of_act(self, act: Act) -> tuple[EventType, ...]:
        """The kinds read from ``act``, in the profile's order."""
        return tuple(kind for kind, words in self.kinds if words.act == act)

    def default(self, act: Act) -> EventType | None:
        """The kind an ``act`` is when no kind's cue says otherwise; None: the story has none."""
        return next((kind for kind, words in self.kinds if words.act == act and not words.when), None)

    def specific(self, kind: EventType) -> tuple[EventType, ...]:
        """For an act's default kind, its act's kinds with a cue that join the same sides (a US
        self-defence strike for a US strike); none for any other kind (a US/UK strike is not a
        US strike told more closely: its agent differs)."""
        words = self.kind(kind)
        if self.default(words.act) != kind:
            return ()
        return tuple(other for other, each in self.kinds if other != kind and each.act == words.act
                     and each.agent == words.agent and each.target == words.target)

    def choose(self, act: Act, sentence: str, clause: str) -> EventType | None:
        """The kind of an ``act`` told in ``sentence`` (its ``clause``): the first of the act's
        kinds whose cue the text matches, else the act's default."""
        return self.choose_among(self.of_act(act), sentence, clause, self.default(act))

    def choose_among(self, kinds: Sequence[EventType], sentence: str, clause: str,
                     default: EventType | None = None) -> EventType | None:
        """Of ``kinds``, the first whose cue the text matches, else the first without a cue
        (else ``default``)."""
        for kind in kinds:
            words = self.kind(kind)
            if words.cue is not None and words.cue.search(sentence if words.within == "sentence" else clause):
                return kind
        return next((kind for kind in kinds if not self.kind(kind).when), default)

    def label(self, kind: EventType) -> str:
        return self.kind(kind).label

    def counted(self, kind: EventType, number: int) -> str:
        """"1 US strike", "3 US strikes"."""
        words = self.kind(kind)
        return f"{number} {words.singular if number == 1 else words.plural}"

    @property
    def labels(self) -> dict[EventType, str]:
        return {kind: words.label for kind, words in self.kinds}

    @property
    def headings(self) -> dict[EventType, str]:
        return {kind: words.heading for kind, words in self.kinds}

    @property
    def metric_words(self) -> dict[Metric, str]:
        return {metric: words.words for metric, words in self.metrics}

    @property
    def axis_labels(self) -> dict[Metric, str]:
        return {metric: words.axis for metric, words in self.metrics}

    def line(self, name: str) -> str:
        return dict(self.lines)[name]


def default_words() -> StoryWords:
    """The default profile's words: for a record read without its story (a test, a tool)."""
    from .topic import load_topic

    words = load_topic().words
    if words is None:  # parse_topic gives every profile its words: never the case
        raise LookupError("the default profile has no [words]")
    return words


# A claim or statement (model.Statement), as the "Claims and statements" section names its kind.
STATEMENT_LABELS: dict[StatementKind, str] = {
    "claim": "Claim of responsibility", "denial": "Denial / not confirmed",
    "suspension": "Suspension of operations", "vow": "Vow to go on", "attribution": "US attribution",
    "promise": "Promised response", "condemnation": "Condemnation", "casualty-report": "Casualty report",
}

# Where an article's publication date was read, as "dated by ..." and "from ..." finish it.
BASIS_WORDS: dict[PublishedBasis, str] = {
    "front-matter": "its front matter",
    "metadata": "the page's or feed's metadata",
    "dateline": "its date line",
    "url": "its address",
    "body": "a post embedded in it",
    "desk": "the desk (corrections.toml)",
}

# Who gives a figure: as a disagreement names the side, and as a figure's source line does.
KIND_WORDS: dict[SourceKind, str] = {"official": "the US government", "outlet": "the outlet",
                                     "claim": "the group's own claim", "monitor": "a monitor"}
KIND_NAMES: dict[SourceKind, str] = {"official": "official", "claim": "a group's own claim",
                                     "monitor": "a monitor's count", "outlet": "the outlet's own count"}

# How precise a figure is, most precise first: "about 66" is preferred to "more than 60".
PRECISION: dict[Qualifier, int] = {"exact": 0, "approximately": 1, "nearly": 2, "up to": 2,
                                   "at least": 3, "more than": 3}
LOWER_BOUNDS: tuple[Qualifier, ...] = ("at least", "more than")  # no upper bound: labelled below
QUALIFIER_SIGNS: dict[Qualifier, str] = {"exact": "", "approximately": "~", "at least": "≥",
                                         "more than": ">", "nearly": "<", "up to": "≤"}


def dated_how(basis: PublishedBasis, verb: str = "dated by") -> str:
    """"dated by its date line", "from its front matter"; "undated" for an undated article."""
    return "undated" if basis == "unknown" else f"{verb} {BASIS_WORDS[basis]}"
