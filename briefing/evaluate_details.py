"""Scores of the event details (site, weapons, claimed_by, attributed_to, casualties) against
labels of real reporting, per field (fieldset/README.md, "Event details").

Each labelled event is paired with the extracted event of the same article it matches (type,
day, country, as :class:`~briefing.evaluate.GoldEvent` matches); the details of a merged event
are projected onto the article by their evidence. Precision counts the details found on paired
events; recall counts every detail labelled on a non-optional event, paired or not (a missed
event misses its details too). Names are compared through the topic's spellings: "one-way
drone" is a drone, "Iranian-backed militants" the generic groups.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .evaluate import _gold_event, _names_place
from .model import Event, Extraction
from .topic import Lexicon, Topic, load_topic

FIELDS = ("site", "weapons", "claimed_by", "attributed_to", "casualties", "casualty_figures", "unnamed_site")
# "unnamed_site": the attacks' installations told without a name ("a US base in north-east Jordan"),
# scored apart as well as within "site" (shared/LABELLING.md): wanted where an attack's label gives a
# site that names no installation of the gazetteer; an unnamed site found where the label gives none
# is an extra (labels written before the fourteenth session often leave such a base out)
# "casualty_figures": the casualties above zero. The labels of batches a-d and f record no entry for
# "no casualties" (fieldset/README.md), some of g and h do; the extractor keeps a zero as a figure
# (docs/schema.md), so "casualties" counts every reported zero against those labels as an extra,
# and this field measures the figures alone.


@dataclass
class FieldCount:
    found: int = 0
    right: int = 0
    wanted: int = 0
    recalled: int = 0
    paired: int = 0  # wanted on labelled events the extractor found and paired
    paired_recalled: int = 0

    def as_dict(self) -> dict[str, float | int]:
        precision = self.right / self.found if self.found else 0.0
        recall = self.recalled / self.wanted if self.wanted else 0.0
        paired = self.paired_recalled / self.paired if self.paired else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "found": self.found,
                "wanted": self.wanted, "paired_recall": round(paired, 3), "paired_wanted": self.paired}


@dataclass
class DetailReport:
    counts: dict[str, FieldCount] = field(default_factory=lambda: {f: FieldCount() for f in FIELDS})
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        return {name: count.as_dict() for name, count in self.counts.items()}


def load_labelled(*paths: Path, sides: Mapping[str, str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Each article's labelled events (raw, with their detail keys), by file stem. An article's
    claims of responsibility (its ``statements`` of kind claim) ride on each event as ``claims``:
    the labels give an unconfirmed, claimed attack (an optional event) no details, its claim being
    a statement of its own (shared/LABELLING.md). ``sides``: a story's labels' casualty sides as
    LABELLING.md's sides name them (red-sea's "crew", seafarers on merchant ships, are civilians)."""
    import yaml

    entries = {Path(str(key)).stem: entry or {} for path in paths
               for key, entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items()}
    found: dict[str, list[dict[str, Any]]] = {}
    for name, entry in entries.items():
        # a syndicated copy tells its original's claims (its label need not repeat them)
        original = entries.get(Path(str(entry.get("duplicate_of") or "")).stem, {})
        said = [*(entry.get("statements") or ()), *(original.get("statements") or ())]
        claims = [str(s["who"]) for s in said
                  if isinstance(s, dict) and str(s.get("kind", "")).startswith("claim") and s.get("who")]
        found[name] = [{**_sided(event, sides or {}), "claims": claims}
                       for event in entry.get("events") or ()]
    return found


def _sided(event: Mapping[str, Any], sides: Mapping[str, str]) -> dict[str, Any]:
    """The labelled event with each casualty's side as ``sides`` maps it (unmapped ones as written)."""
    casualties = event.get("casualties")
    if not sides or not isinstance(casualties, list):
        return dict(event)
    return {**event, "casualties": [{**c, "side": sides.get(str(c.get("side")), c.get("side"))}
                                    if isinstance(c, dict) else c for c in casualties]}


# the story scored: its names and spellings compare the labels' with the extractor's (its weapons,
# groups and places: red-sea's "B-2 stealth bombers" is its B-2), the default topic's when none is given
_STORY: contextvars.ContextVar[Topic | None] = contextvars.ContextVar("story", default=None)


def _topic() -> Topic:
    return _STORY.get() or load_topic()


def score_details(extraction: Extraction, labelled: Mapping[str, list[dict[str, Any]]],
                  topic: Topic | None = None) -> DetailReport:
    """Each field's counts; ``topic``: the story the extraction read (its names compare the labels')."""
    token = _STORY.set(topic)
    try:
        return _score_details(extraction, labelled)
    finally:
        _STORY.reset(token)


def _score_details(extraction: Extraction, labelled: Mapping[str, list[dict[str, Any]]]) -> DetailReport:
    names = {a.id: Path(a.path.split("#")[0]).stem for a in extraction.articles}
    ids = {stem: article for article, stem in names.items()}
    events: dict[str, list[Event]] = {}
    for event in extraction.events:
        for article in dict.fromkeys(s.article for s in event.sources):
            events.setdefault(names[article], []).append(event)
    report = DetailReport()
    for name, labels in sorted(labelled.items()):
        if name in ids:
            _score_article(name, ids[name], labels, events.get(name, []), report)
    return report


def _score_article(name: str, article: str, labels: list[dict[str, Any]], events: list[Event],
                   report: DetailReport) -> None:
    free = list(events)
    for entry in sorted(labels, key=lambda e: bool(e.get("optional"))):
        gold = _gold_event(entry)
        matching = [e for e in free if gold.matches(e.type, e.date, e.country)]
        # two attacks of a day at sea: the one hitting the labelled ship is that label's (the first
        # of the day paired the Sea Lark's label with the Blue Heron's row and its details)
        event = next((e for e in matching if _hits_ship(entry, e)), matching[0] if matching else None)
        if event is not None:
            free.remove(event)
        if gold.optional and event is None:
            continue
        got = _got(event, article)
        where = f"{name} {gold.type} {gold.date}"
        for key in FIELDS:
            wanted = [] if gold.optional else _wanted(entry, key)
            _compare(key, wanted, got[key] if event is not None else [], report,
                     where if event is not None else f"{where} (event not found)", event is not None,
                     _right_unwanted(entry, key) if gold.optional else [])


def _hits_ship(entry: Mapping[str, Any], event: Event) -> bool:
    """Whether the event's record names the labelled place as the ship it hit (its targets)."""
    place = _plain(str(entry.get("place") or ""))
    return bool(place) and any(_plain(t.name) == place for t in event.details.targets)


def _got(event: Event | None, article: str) -> dict[str, list[Any]]:
    """The event's details as this article gives them."""
    if event is None:
        return {key: [] for key in FIELDS}
    details = event.details
    site = details.site
    places = _lexicon(_topic(), "places")
    # the event's one site, when this article gives it: one of its reports is this article's (a
    # later sentence joined to the article's one attack), or this article's own sentences name it
    reports = (site, *details.site_reports) if site is not None else ()
    told = site is not None and (any(r.source.article == article for r in reports) or any(
        hit.name == site.name for s in event.sources if s.article == article for hit in places.find(s.quote)))
    # a merged row keeps the site another report names: this article's, when it is one of them
    other = [] if told else [n.name for n in details.other_sites if n.source.article == article][:1]
    hit = [f.written or f.name for f in details.facilities if f.source.article == article][:1]  # a strike's
    # an attack's installation told without a name is scored apart (a record read before unnamed_sites
    # kept it in facilities)
    attack = event.type.startswith("attack")
    unnamed = [] if told or other else [n.written or n.name for n in (details.unnamed_sites or (
        details.facilities if attack else ())) if n.source.article == article][:1]
    return {
        "site": [site.name] if site and told else (other if attack else hit),
        "unnamed_site": unnamed,
        "weapons": [w.name for w in details.weapons if w.source.article == article],
        "claimed_by": [n.name for n in details.claimed_by if n.source.article == article],
        "attributed_to": [n.name for n in details.attributed_to if n.source.article == article],
        "casualties": sorted({(c.side, c.kind, c.value) for c in details.casualties
                              if c.source.article == article}),
        "casualty_figures": sorted({(c.side, c.kind, c.value) for c in details.casualties
                                    if c.source.article == article and c.value > 0}),
    }


def _wanted(entry: Mapping[str, Any], key: str) -> list[Any]:
    value = entry.get({"casualty_figures": "casualties", "unnamed_site": "site"}.get(key, key))
    if not value:
        return []
    if key in ("site", "unnamed_site"):  # an attack's installation told without a name: scored apart
        return [str(value)] if (key == "unnamed_site") == _unnamed_label(entry, str(value)) else []
    if key in ("casualties", "casualty_figures"):
        return sorted({(c["side"], c["kind"], int(c["value"])) for c in value
                       if key == "casualties" or int(c["value"]) > 0})
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def _unnamed_label(entry: Mapping[str, Any], site: str) -> bool:
    """Whether a label's site is an attack's installation told without its name: written with an
    indefinite article, naming no installation of the gazetteer nor a town that hosts US forces ("a
    US military base in Jordan", "a base by Erbil airfield"; not "a US military base at al-Shaddadi",
    nor a name the gazetteer lacks, "Al-Harir Airbase")."""
    topic = _topic()
    if not str(entry.get("type", "")).startswith("attack") or not re.match(r"an?\s", site, re.I):
        return False
    places = [topic.place(hit.name) for hit in _lexicon(topic, "places").find(site)]
    return not any(p.site or p.hosts_us_forces for p in places)


def _right_unwanted(entry: Mapping[str, Any], key: str) -> list[Any]:
    """What an optional event's field may rightly hold though no recall asks for it: its own
    labelled details; for its claimant the article's labelled claims (a claimed attack the US
    has not confirmed is optional, and its claim is labelled as a statement); for its site the
    installation its ``place`` names (optional events are labelled with a place and no details:
    "al-Harir Air Base")."""
    also = {"claimed_by": [str(who) for who in entry.get("claims") or ()],
            "site": [str(entry["place"])] if entry.get("place") else []}
    return _wanted(entry, key) + also.get(key, [])


def _compare(key: str, wanted: list[Any], got: list[Any], report: DetailReport, where: str,
             paired: bool, allowed: list[Any] | None = None) -> None:
    """Count one labelled event's field; ``paired``: the extractor found the event (its recall
    is then the details' own, not the event rules'); ``allowed``: what counts as right without
    being wanted (an optional event's)."""
    count = report.counts[key]
    same = _SAME[key]
    count.found += len(got)
    count.wanted += len(wanted)
    right = [g for g in got if any(same(w, g) for w in [*wanted, *(allowed or ())])]
    recalled = [w for w in wanted if any(same(w, g) for g in got)]
    count.right += len(right)
    count.recalled += len(recalled)
    if paired:
        count.paired += len(wanted)
        count.paired_recalled += len(recalled)
    extra = [g for g in got if g not in right]
    missed = [w for w in wanted if w not in recalled]
    if extra or missed:
        report.misses.append(f"{where} {key}: missed {missed} extra {extra}")


def _canonical(lexicon: Lexicon, text: str) -> set[str]:
    """The topic's names a text names ("Iranian-backed militants (IRI)" -> two); else the text."""
    names = {hit.name for hit in lexicon.find(text)}
    return names or {_plain(text)}


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split()).removesuffix("s")


def _same_names(kind: str) -> Any:
    def same(wanted: str, got: str) -> bool:
        topic = _topic()
        lexicon = _lexicon(topic, kind)
        return bool(_canonical(lexicon, wanted) & _canonical(lexicon, got))

    return same


_LEXICONS: dict[str, Lexicon] = {}


def _lexicon(topic: Any, kind: str) -> Lexicon:
    key = f"{topic.digest}:{kind}"
    if key not in _LEXICONS:
        table: Iterable[Any] = {"weapons": topic.weapons, "places": topic.places}.get(kind, topic.actors)
        _LEXICONS[key] = Lexicon((entry.name, entry.aliases) for entry in table)
    return _LEXICONS[key]


def _same_site(wanted: str, got: str) -> bool:
    """A gazetteer site by its spellings; a strike's facility as written when every word that says
    what it is ("weapons storage facility") is in the label's ("a weapons storage facility used by
    the IRGC"), and it has at least two, or one that is not a mere kind of place ("a vehicle")."""
    topic = _topic()
    if any(p.name == got for p in topic.places):
        return _names_place(wanted, got, topic)
    said, labelled = _words(got), _words(wanted)
    if said & labelled & _BASES:  # an installation told without its name: the one's words in the other's
        return said <= labelled or labelled <= said  # ("a U.S. base" for "a US base in northeastern Jordan")
    return (len(said) >= 2 or bool(said - _ANY_KIND)) and said <= labelled


_BASES = {"base", "airbase", "outpost", "garrison"}


def _words(text: str) -> set[str]:
    """What a facility's words say, compared between a label and the extractor's: each party by
    the topic's name for it ("Iran's Revolutionary Guard" and "the IRGC" are one; "Iran's" told of
    another party is that party's), each word in one spelling ("centre", "center") and the
    singular, without the words that say nothing of what was hit (articles, how many: "more than 85
    targets" are targets)."""
    hits = list(_lexicon(_topic(), "actors").find(text))
    # a party's "Iran's" or "Iranian" right before another's name is that party's ("Iranian Revolutionary
    # Guard Corps")
    names = {hit.name for i, hit in enumerate(hits)
             if not (i + 1 < len(hits) and re.fullmatch(r"(?:['’]s)?\s+(?:Islamic\s+)?",
                                                        text[hit.end:hits[i + 1].start]))}
    for hit in reversed(hits):
        text = text[:hit.start] + " " + text[hit.end:]
    split = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    words = (re.sub(r"ies$", "y", w).removesuffix("s") for w in split if w not in _NOT_SAYING)
    return names | {_SPELLING.get(w, w) for w in words if w and w not in _NOT_SAYING and not w.isdigit()}


# words that alone say nothing of what was hit ("a site"); one word that does ("a car") may
_ANY_KIND = {"facility", "site", "area", "location", "target", "point", "center", "centre",
             "node", "hub", "compound", "headquarter", "headquarters"}


# (whose it was is read as the party's name: "groups" after "Iran-backed" says no more)
_NOT_SAYING = {"group", "groups", "militia", "militias", "force", "forces", "a", "an", "the", "and", "of",
               "or", "used", "by", "for", "to", "in", "its", "their", "more", "than", "over", "at", "least",
               "nearly", "about", "some", "two", "three", "four", "five", "six", "seven", "eight", "nine",
               "ten", "multiple", "several", "his", "that", "which", "had", "has", "have", "been", "was",
               "were", "is", "are", "corps", "corp", "islamic"}  # (a name's words the topic spells otherwise)
_SPELLING = {"centre": "center"}


_SAME = {
    "site": _same_site,
    "weapons": _same_names("weapons"),  # the topic's name against the label's words
    "claimed_by": _same_names("actors"),
    "attributed_to": _same_names("actors"),
    "casualties": lambda wanted, got: wanted == got,
    "casualty_figures": lambda wanted, got: wanted == got,
    "unnamed_site": _same_site,
}
