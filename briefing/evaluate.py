"""Score an extraction against gold labels (the development set in tests/eval/).

Gold labels, one entry per file name (YAML)::

    002_e8241c30cc8ec61a.txt:
      published: 2023-11-21          # or null: the article cannot be dated
      duplicate_of: null             # file name of the original for a syndicated copy
      tallies:                       # every campaign figure that must be found
        - {metric: attacks, value: 66, qualifier: approximately, as_of: 2023-11-21}
      events:                        # every event the article reports, by type, day, country
        - {type: us_strike, date: 2023-11-22, country: Iraq}
      not_tallies: [900, 2500]       # numbers that must not come out as tallies

Tallies match on (metric, value) within an article; events on (type, date,
country) within an article's sources. A wrong publication date counts
separately from an unknown one, because it is far worse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .model import Extraction


@dataclass(frozen=True)
class Scores:
    dates_right: int
    dates_wrong: int
    dates_unknown: int
    tally_precision: float
    tally_recall: float
    tally_f1: float
    as_of_accuracy: float
    event_precision: float
    event_recall: float
    event_f1: float
    duplicates_found: float
    forbidden_tallies: int

    def as_dict(self) -> dict[str, float | int]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _ratio(a: int, b: int) -> float:
    return 1.0 if b == 0 else a / b


def _day(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def score(extraction: Extraction, gold: dict[str, dict[str, Any]]) -> Scores:
    """Compare the extraction of the labelled files with their labels."""
    by_name = {Path(a.path).name: a for a in extraction.articles}
    names = {a.id: Path(a.path).name for a in extraction.articles}
    right = wrong = unknown = 0
    for name, labels in gold.items():
        article = by_name.get(name)
        expected = _day(labels.get("published"))
        got = article.published if article else None
        if got == expected and got is not None:
            right += 1
        elif got is None and expected is not None:
            unknown += 1
        elif got != expected:
            wrong += 1
        else:
            right += 1  # correctly said unknown
    found_t: set[tuple[str, str, int]] = set()
    as_of: dict[tuple[str, str, int], set[dt.date | None]] = {}
    for tally in extraction.tallies:
        for source in tally.sources[:1]:
            key = (names[source.article], tally.metric, tally.value)
            found_t.add(key)
            as_of.setdefault(key, set()).add(tally.as_of)
    gold_t = {(n, t["metric"], int(t["value"])) for n, lab in gold.items() for t in lab.get("tallies") or []}
    gold_as_of = {(n, t["metric"], int(t["value"])): _day(t.get("as_of"))
                  for n, lab in gold.items() for t in lab.get("tallies") or []}
    found_t = {k for k in found_t if k[0] in gold}
    hit_t = found_t & gold_t
    as_of_right = sum(1 for k in hit_t if gold_as_of[k] in as_of[k])
    forbidden = sum(1 for n, lab in gold.items() for v in lab.get("not_tallies") or []
                    if any(k[0] == n and k[2] == int(v) for k in found_t))
    found_e = {(names[s.article], e.type, e.date, e.country)
               for e in extraction.events if e.date for s in e.sources}
    found_e = {k for k in found_e if k[0] in gold}
    gold_e = {(n, e["type"], _day(e["date"]), e.get("country"))
              for n, lab in gold.items() for e in lab.get("events") or []}
    hit_e = found_e & gold_e
    dupes = {(n, lab["duplicate_of"]) for n, lab in gold.items() if lab.get("duplicate_of")}
    found_d = {(names[a.id], names.get(a.duplicate_of, a.duplicate_of))
               for a in extraction.articles if a.duplicate_of}
    tp, tr = _ratio(len(hit_t), len(found_t)), _ratio(len(hit_t), len(gold_t))
    ep, er = _ratio(len(hit_e), len(found_e)), _ratio(len(hit_e), len(gold_e))
    return Scores(
        dates_right=right, dates_wrong=wrong, dates_unknown=unknown,
        tally_precision=tp, tally_recall=tr, tally_f1=_f1(tp, tr),
        as_of_accuracy=_ratio(as_of_right, len(hit_t)),
        event_precision=ep, event_recall=er, event_f1=_f1(ep, er),
        duplicates_found=_ratio(len(dupes & found_d), len(dupes)),
        forbidden_tallies=forbidden,
    )


def differences(extraction: Extraction, gold: dict[str, dict[str, Any]]) -> list[str]:
    """Human-readable misses and false finds, for working on the extractor."""
    names = {a.id: Path(a.path).name for a in extraction.articles}
    lines = []
    for name, labels in sorted(gold.items()):
        got_t = {(t.metric, t.value) for t in extraction.tallies if names[t.sources[0].article] == name}
        want_t = {(t["metric"], int(t["value"])) for t in labels.get("tallies") or []}
        got_e = {(e.type, e.date, e.country) for e in extraction.events if e.date
                 for s in e.sources if names[s.article] == name}
        want_e = {(e["type"], _day(e["date"]), e.get("country")) for e in labels.get("events") or []}
        article = next((a for a in extraction.articles if Path(a.path).name == name), None)
        published = article.published if article else None
        if published != _day(labels.get("published")):
            lines.append(f"{name}: published {published} (gold {labels.get('published')})")
        lines += [f"{name}: missed tally {m}" for m in sorted(want_t - got_t)]
        lines += [f"{name}: extra tally {m}" for m in sorted(got_t - want_t)]
        lines += [f"{name}: missed event {m}" for m in sorted(want_e - got_e, key=str)]
        lines += [f"{name}: extra event {m}" for m in sorted(got_e - want_e, key=str)]
    return lines


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(k): v or {} for k, v in data.items()}
