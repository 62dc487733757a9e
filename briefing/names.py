"""What the briefing calls each value a record can take: one source for every label.

The values themselves are the ``Literal`` types of :mod:`briefing.model`; a test checks that
every value has its words here, so a new value cannot reach the page unnamed.
"""

from __future__ import annotations

from typing import get_args

from .model import EventType, Metric, PublishedBasis, Qualifier, SourceKind, StatementKind

DEFAULT_TITLE = "Attacks on US forces in Iraq and Syria"
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)
METRICS: tuple[Metric, ...] = get_args(Metric)

EVENT_LABELS: dict[EventType, str] = {  # one event, as the chronology's "Type" column names it
    "attack_on_us_forces": "Attack on US forces",
    "us_strike": "US strike",
    "self_defense_strike": "US self-defence strike",
}
# A claim or statement (model.Statement), as the "Claims and statements" section names its kind.
STATEMENT_LABELS: dict[StatementKind, str] = {
    "claim": "Claim of responsibility", "denial": "Denial / not confirmed",
    "suspension": "Suspension of operations", "vow": "Vow to go on", "attribution": "US attribution",
    "promise": "Promised response", "condemnation": "Condemnation", "casualty-report": "Casualty report",
}
EVENT_PLURALS: dict[EventType, str] = {  # several, counted: "3 US strikes"
    "attack_on_us_forces": "attacks on US forces",
    "us_strike": "US strikes",
    "self_defense_strike": "US self-defence strikes",
}
EVENT_SINGULARS: dict[EventType, str] = {  # one, counted: "1 attack on US forces"
    "attack_on_us_forces": "attack on US forces",
    "us_strike": "US strike",
    "self_defense_strike": "US self-defence strike",
}


def counted(kind: EventType, number: int) -> str:
    """"1 US strike", "3 US strikes"."""
    return f"{number} {EVENT_SINGULARS[kind] if number == 1 else EVENT_PLURALS[kind]}"
# A key point on the period's events opens with these; attacks are "reported": the US side
# does not confirm each one, while its strikes are its own announcements.
EVENT_HEADINGS: dict[EventType, str] = {
    "us_strike": "US strikes",
    "self_defense_strike": "US self-defence strikes",
    "attack_on_us_forces": "Reported attacks on US forces",
}

METRIC_WORDS: dict[Metric, str] = {"attacks": "attacks on US forces", "injured": "US personnel injured",
                                   "killed": "US personnel killed"}
AXIS_LABELS: dict[Metric, str] = {"attacks": "Attacks (cumulative)", "injured": "US injured (cumulative)",
                                  "killed": "US killed (cumulative)"}

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
