"""Score an extraction against labels: the development set and the field set of real reporting.

Labels follow the conventions of ``shared/LABELLING.md`` (the held-out sets use
them); one entry per article, keyed by the file's stem::

    b007:
      published: 2024-01-29          # null: the text does not establish it
      duplicate_of: null             # the stem of the original of a syndicated copy
      distractor: false              # true: not this campaign; nothing may come out of it
      events:                        # type, day, country; optional ones cost nothing if missed
        - {type: attack_on_us_forces, date: 2024-01-28, country: Jordan,
           alt_dates: [], alt_types: [], optional: false}
      tallies:
        - {metric: attacks, value: 160, qualifier: more than, as_of: 2024-01-28,
           since: 2023-10-17, source_kind: official, optional: false}
      not_tallies: [350, 3000]       # numbers that must not come out as tallies

Each found record is projected onto its articles: an event as (article, type,
date, country), a tally as (article, metric, value). Precision counts every
projected record, so an undated or repeated record of one event costs
precision; recall counts the labels that are not optional. A wrong
publication date counts apart from an unknown one, because it is far worse,
and anything taken from a distractor is a leak.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import Event, Extraction, Tally

if TYPE_CHECKING:
    from .topic import Topic


@dataclass(frozen=True)
class GoldEvent:
    type: str
    date: dt.date
    country: str | None
    alt_dates: tuple[dt.date, ...] = ()
    alt_types: tuple[str, ...] = ()
    optional: bool = False
    place: str | None = None  # as the labeller wrote it ("Harir airbase, Erbil province")

    def matches(self, kind: str, day: dt.date | None, country: str | None) -> bool:
        return (kind in (self.type, *self.alt_types) and day in (self.date, *self.alt_dates)
                and (self.country is None or country == self.country))


@dataclass(frozen=True)
class GoldTally:
    metric: str
    value: int
    as_of: dt.date | None
    since: dt.date | None = None
    source_kind: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldArticle:
    """What a careful reader labels in one article (see the module docstring)."""

    name: str
    published: dt.date | None
    duplicate_of: str | None = None
    distractor: bool = False
    events: tuple[GoldEvent, ...] = ()
    tallies: tuple[GoldTally, ...] = ()
    not_tallies: tuple[int, ...] = ()


@dataclass(frozen=True)
class Scores:
    articles: int
    dates_right: int
    dates_wrong: int
    dates_unknown: int
    dates_unverified: int  # a date asserted where the labels say the text does not establish one
    tally_precision: float
    tally_recall: float
    tally_f1: float
    as_of_accuracy: float
    source_kind_accuracy: float
    since_accuracy: float
    place_precision: float  # of the places matched events list, the share the label's place names
    event_precision: float
    event_recall: float
    event_f1: float
    duplicates_found: float
    forbidden_tallies: int
    leaks: int

    def as_dict(self) -> dict[str, float | int]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


@dataclass(frozen=True)
class Report:
    """Scores and every miss, wrong find and wrong date, one line each."""

    scores: Scores
    misses: tuple[str, ...]


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _ratio(a: int, b: int) -> float:
    return 1.0 if b == 0 else a / b


def _day(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _days(values: Iterable[Any] | None) -> tuple[dt.date, ...]:
    return tuple(d for d in (_day(v) for v in values or ()) if d is not None)


def _gold_event(entry: Mapping[str, Any]) -> GoldEvent:
    day = _day(entry.get("date"))
    if day is None:
        raise ValueError(f"event without a date: {dict(entry)}")
    return GoldEvent(str(entry["type"]), day, entry.get("country"), _days(entry.get("alt_dates")),
                     tuple(entry.get("alt_types") or ()), bool(entry.get("optional")), entry.get("place"))


def _gold_tally(entry: Mapping[str, Any]) -> GoldTally:
    return GoldTally(str(entry["metric"]), int(entry["value"]), _day(entry.get("as_of")),
                     _day(entry.get("since")), entry.get("source_kind"), bool(entry.get("optional")))


def gold_article(name: str, entry: Mapping[str, Any]) -> GoldArticle:
    """One article's labels, checked: a label that does not parse stops the evaluation."""
    try:
        return GoldArticle(
            name=name, published=_day(entry.get("published")),
            duplicate_of=entry.get("duplicate_of"), distractor=bool(entry.get("distractor")),
            events=tuple(_gold_event(e) for e in entry.get("events") or ()),
            tallies=tuple(_gold_tally(t) for t in entry.get("tallies") or ()),
            not_tallies=tuple(int(v) for v in entry.get("not_tallies") or ()),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"labels of {name}: {error}") from None


def load_gold(*paths: Path) -> dict[str, GoldArticle]:
    """Labels from YAML files, keyed by the article's file stem."""
    import yaml

    gold: dict[str, GoldArticle] = {}
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key, entry in data.items():
            name = Path(str(key)).stem
            gold[name] = gold_article(name, entry or {})
    return gold


class _Projection:
    """The extraction seen per labelled article: events, tallies and articles by file stem."""

    def __init__(self, extraction: Extraction, gold: Mapping[str, GoldArticle]) -> None:
        self.names = {a.id: Path(a.path.split("#")[0]).stem for a in extraction.articles}
        self.articles = {self.names[a.id]: a for a in extraction.articles}
        self.events: dict[str, list[Event]] = {}
        for event in extraction.events:
            for article in dict.fromkeys(s.article for s in event.sources):
                self.events.setdefault(self.names[article], []).append(event)
        self.tallies: dict[str, list[Tally]] = {}
        for tally in extraction.tallies:
            for article in dict.fromkeys(s.article for s in tally.sources):
                self.tallies.setdefault(self.names[article], []).append(tally)
        self.gold = gold


@dataclass
class _Count:
    found: int = 0
    right: int = 0
    wanted: int = 0
    recalled: int = 0

    def add(self, other: _Count) -> None:
        self.found += other.found
        self.right += other.right
        self.wanted += other.wanted
        self.recalled += other.recalled

    def prf(self) -> tuple[float, float, float]:
        p, r = _ratio(self.right, self.found), _ratio(self.recalled, self.wanted)
        return p, r, _f1(p, r)


def _score_events(name: str, events: list[Event], labels: GoldArticle, misses: list[str],
                  places: list[bool], topic: Topic) -> _Count:
    """Each found record takes one label it matches (required ones first); the rest are wrong.
    Each place a matched record lists is right when the label's place names it."""
    free = sorted(labels.events, key=lambda g: g.optional)
    count = _Count(found=len(events), wanted=sum(not g.optional for g in labels.events))
    for event in events:
        label = next((g for g in free if g.matches(event.type, event.date, event.country)), None)
        if label is None:
            misses.append(f"{name}: extra event {event.type} {event.date} {event.country}"
                          f" ({event.date_note})")
            continue
        free.remove(label)
        if label.place:
            places.extend(_names_place(label.place, place, topic) for place in event.places)
        count.right += 1
        count.recalled += not label.optional
    for label in free:
        if not label.optional:
            misses.append(f"{name}: missed event {label.type} {label.date} {label.country}")
    return count


def _names_place(label: str, place: str, topic: Topic) -> bool:
    """Whether the label's place (a site and its province, as a label writes it) names ``place``
    by one of its spellings in the topic."""

    def plain(text: str) -> str:
        return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())

    wanted = plain(label)
    entry = topic.place(place)
    return any(plain(alias) in wanted or wanted in plain(alias) for alias in (place, *entry.aliases))


def _score_tallies(name: str, tallies: list[Tally], labels: GoldArticle, misses: list[str],
                   checks: dict[str, list[bool]]) -> _Count:
    free = sorted(labels.tallies, key=lambda g: g.optional)
    count = _Count(found=len(tallies), wanted=sum(not g.optional for g in labels.tallies))
    for tally in tallies:
        label = next((g for g in free if (g.metric, g.value) == (tally.metric, tally.value)), None)
        if label is None:
            misses.append(f"{name}: extra tally {tally.metric} {tally.value} ({tally.qualifier})")
            continue
        free.remove(label)
        count.right += 1
        count.recalled += not label.optional
        checks["as_of"].append(label.as_of == tally.as_of)
        if label.as_of != tally.as_of:
            misses.append(f"{name}: tally {tally.metric} {tally.value} as of {tally.as_of}"
                          f" (label {label.as_of})")
        if label.source_kind is not None:
            checks["kind"].append(label.source_kind == tally.source_kind)
            if label.source_kind != tally.source_kind:
                misses.append(f"{name}: tally {tally.metric} {tally.value} given by {tally.source_kind}"
                              f" (label {label.source_kind})")
        # "since" is labelled only when the text ties a start to the figure; a start standing
        # for the campaign's ("since mid-October") counts as that start
        if label.since is not None:
            checks["since"].append(tally.since is not None and abs((tally.since - label.since).days) <= 10)
    for label in free:
        if not label.optional:
            misses.append(f"{name}: missed tally {label.metric} {label.value}")
    return count


def _date_outcome(name: str, got: dt.date | None, labels: GoldArticle, misses: list[str]) -> str:
    expected = labels.published
    if got == expected:
        return "right"
    if got is None:
        misses.append(f"{name}: published unknown (label {expected})")
        return "unknown"
    if expected is None:
        misses.append(f"{name}: published {got} (label: cannot be established)")
        return "unverified"
    misses.append(f"{name}: WRONG published {got} (label {expected})")
    return "wrong"


def evaluate(extraction: Extraction, gold: Mapping[str, GoldArticle], topic: Topic | None = None) -> Report:
    """Compare the extraction of the labelled files that were read with their labels; ``topic``:
    the story's profile the extraction read them with (the default one when None)."""
    from .topic import load_topic

    topic = topic or load_topic()
    seen = _Projection(extraction, gold)
    misses: list[str] = []
    dates = {"right": 0, "wrong": 0, "unknown": 0, "unverified": 0}
    events, tallies = _Count(), _Count()
    checks: dict[str, list[bool]] = {"as_of": [], "kind": [], "since": [], "place": []}
    leaks = forbidden = 0
    for name in sorted(n for n in gold if n in seen.articles):
        labels = gold[name]
        article = seen.articles[name]
        if labels.published is not None or article.published is not None:
            dates[_date_outcome(name, article.published, labels, misses)] += 1
        found_e, found_t = seen.events.get(name, []), seen.tallies.get(name, [])
        if labels.distractor and (found_e or found_t):
            leaks += len(found_e) + len(found_t)
            misses.append(f"{name}: LEAK from a distractor: {len(found_e)} events, {len(found_t)} tallies")
        events.add(_score_events(name, found_e, labels, misses, checks["place"], topic))
        tallies.add(_score_tallies(name, found_t, labels, misses, checks))
        bad = [t.value for t in found_t if t.value in labels.not_tallies]
        forbidden += len(bad)
    ep, er, ef = events.prf()
    tp, tr, tf = tallies.prf()
    return Report(Scores(
        articles=len(seen.articles.keys() & gold.keys()),
        dates_right=dates["right"], dates_wrong=dates["wrong"], dates_unknown=dates["unknown"],
        dates_unverified=dates["unverified"],
        tally_precision=tp, tally_recall=tr, tally_f1=tf,
        as_of_accuracy=_ratio(sum(checks["as_of"]), len(checks["as_of"])),
        source_kind_accuracy=_ratio(sum(checks["kind"]), len(checks["kind"])),
        since_accuracy=_ratio(sum(checks["since"]), len(checks["since"])),
        place_precision=_ratio(sum(checks["place"]), len(checks["place"])),
        event_precision=ep, event_recall=er, event_f1=ef,
        duplicates_found=_duplicates(extraction, seen, gold, misses),
        forbidden_tallies=forbidden, leaks=leaks,
    ), tuple(misses))


def _duplicates(extraction: Extraction, seen: _Projection, gold: Mapping[str, GoldArticle],
                misses: list[str]) -> float:
    wanted = {(n, g.duplicate_of) for n, g in gold.items() if g.duplicate_of and n in seen.articles
              and g.duplicate_of in seen.articles}
    found = {(seen.names[a.id], seen.names.get(a.duplicate_of, a.duplicate_of))
             for a in extraction.articles if a.duplicate_of}
    misses += [f"{n}: not found to be a copy of {d}" for n, d in sorted(wanted - found)]
    return _ratio(len(wanted & found), len(wanted))


# ---- the field set's gate: recorded scores only move up ---------------------------------------

HIGHER_IS_BETTER = ("event_f1", "event_precision", "event_recall", "tally_f1", "dates_right")
LOWER_IS_BETTER = ("dates_wrong", "dates_unverified", "leaks", "forbidden_tallies")
TOLERANCE = 0.0005  # a rounded score that did not move


COUNTS = ("dates_right",)  # compared only on the same set: a smaller set has fewer


def regressions(recorded: dict[str, float | int], measured: dict[str, float | int],
                same_set: bool = True) -> list[str]:
    """What fell between a recorded split's scores and a new measurement, one line each
    ("event_f1 0.8297 -> 0.8100"); empty when nothing did. Measured on another set (a split
    redrawn, a text restored), counts of right answers are not compared; rates and the counts
    of wrong dates and leaks are."""
    fell = [f"{name} {recorded[name]} -> {measured[name]}" for name in HIGHER_IS_BETTER
            if name in recorded and name in measured and measured[name] < recorded[name] - TOLERANCE
            and (same_set or name not in COUNTS)]
    rose = [f"{name} {recorded[name]} -> {measured[name]}" for name in LOWER_IS_BETTER
            if name in recorded and name in measured and measured[name] > recorded[name]]
    return fell + rose


def digest(paths: Iterable[Path]) -> str:
    """sha256 of the files' names and bytes, in name order: which texts and labels were measured."""
    import hashlib

    sha = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        sha.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()
