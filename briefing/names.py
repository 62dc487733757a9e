"""What the briefing calls each value a record can take: one source for every label.

The values themselves are the ``Literal`` types of :mod:`briefing.model`; a test checks that
every value has its words here, so a new value cannot reach the page unnamed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from .model import EventType, Metric, PublishedBasis, Qualifier, SourceKind, StatementKind

EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)
METRICS: tuple[Metric, ...] = get_args(Metric)
# every profile names these; the others only a story that counts them ([metric.targets_hit])
REQUIRED_METRICS: tuple[Metric, ...] = ("attacks", "injured", "killed")
# Template lines a story's profile words in its [words] table (docs/topic.md).
LINES = ("dates_note", "keywords", "week_attacks", "week_strikes", "chart_attacks", "chart_strikes")


@dataclass(frozen=True)
class KindWords:
    """What a briefing calls one kind of event: ``label`` (the chronology's "Type" column),
    ``singular`` and ``plural`` (counted: "1 US strike", "3 US strikes") and ``heading`` (a key
    point on the period's events of this kind opens with it)."""

    label: str
    singular: str
    plural: str
    heading: str


@dataclass(frozen=True)
class MetricWords:
    """What a briefing calls one running figure: ``words`` in a sentence, ``axis`` on its chart."""

    words: str
    axis: str


@dataclass(frozen=True)
class StoryWords:
    """The story's own words, from its profile (``[words]``, ``[kind.*]``, ``[metric.*]``):
    the briefing's default title, each event kind's and running figure's names, and the lines
    the templates print. Invariant: every :data:`EVENT_TYPES` and :data:`REQUIRED_METRICS` value and
    every :data:`LINES` name has its words (the profile is checked on load)."""

    title: str
    kinds: tuple[tuple[EventType, KindWords], ...]
    metrics: tuple[tuple[Metric, MetricWords], ...]
    lines: tuple[tuple[str, str], ...]
    countries: tuple[str, ...] = ()  # its [campaign] countries, in order: the weekly chart's series
    # whether its places have coordinates (``at``): the map (briefing/maps/) draws the first
    # story's region only, so a story without them has no map
    mapped: bool = False

    def kind(self, kind: EventType) -> KindWords:
        return dict(self.kinds)[kind]

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
