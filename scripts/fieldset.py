#!/usr/bin/env python3
"""Score the extractor on the field set of real reporting (fieldset/), printing every miss.

    .venv/bin/python scripts/fieldset.py              # the development batches, with every miss
    .venv/bin/python scripts/fieldset.py --check      # the check batch (e), scores only
    .venv/bin/python scripts/fieldset.py --record     # both, written to fieldset/scores.json
    .venv/bin/python scripts/fieldset.py --details --labels DIR --batch g   # event details per field

The texts are third-party and not in git (fieldset/texts/, git-ignored): this
scores whatever texts are present. With none (CI, a fresh clone) it says so
and exits 0; it is a measuring tool, not a test. Each label file records the
query that finds its articles again in the `search` tool's `pages` corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.build import extract  # noqa: E402
from briefing.evaluate import Report, evaluate, load_gold  # noqa: E402

FIELD = ROOT / "fieldset"
CHECK_BATCHES = {"e"}  # kept aside: scored at milestones, its misses not read while writing rules


def score(batches: set[str], with_url: bool = False, labels: Path = FIELD / "labels",
          details: bool = False) -> tuple[Report, int, float] | None:
    files = sorted(p for p in labels.glob("*.yaml") if p.stem in batches)
    gold = load_gold(*files)
    texts = [FIELD / "texts" / f"{name}.txt" for name in sorted(gold)]
    present = [p for p in texts if p.is_file()]
    if not present:
        return None
    with tempfile.TemporaryDirectory() as folder:
        if with_url:
            present = _with_addresses(present, Path(folder))
        started = time.perf_counter()
        extraction = extract(present)
        seconds = time.perf_counter() - started
    if details:
        from briefing.evaluate_details import load_labelled, score_details

        scored = score_details(extraction, load_labelled(*files))
        print("\n".join(scored.misses))
        print("details per field:", json.dumps(scored.as_dict(), indent=2))
    return evaluate(extraction, gold), len(texts) - len(present), seconds


def _with_addresses(paths: list[Path], folder: Path) -> list[Path]:
    """The texts as a clipper that keeps the page's address saves them (front matter 'url:')."""
    import yaml

    urls = {}
    for labels in (FIELD / "labels").glob("*.yaml"):
        urls.update({name: entry.get("url")
                     for name, entry in (yaml.safe_load(labels.read_text()) or {}).items()})
    copies = []
    for path in paths:
        copy = folder / path.name
        url = urls.get(path.stem)
        head = f"---\nurl: {json.dumps(url)}\n---\n" if url else ""
        copy.write_text(head + path.read_text(encoding="utf-8"), encoding="utf-8")
        copies.append(copy)
    return copies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="score the check batch, not the development ones")
    parser.add_argument("--record", action="store_true", help="score both and write fieldset/scores.json")
    parser.add_argument("--batch", help="only these development batches, e.g. a,b")
    parser.add_argument("--details", action="store_true",
                        help="also score the event details (site, weapons, claimed_by, attributed_to, "
                             "casualties) per field, printing each difference")
    parser.add_argument("--labels", type=Path, default=FIELD / "labels",
                        help="the folder of label files (default fieldset/labels)")
    parser.add_argument("--with-url", action="store_true",
                        help="give each text its page's address (front matter), as some clippers save it")
    args = parser.parse_args()
    every = {p.stem for p in args.labels.glob("*.yaml")}
    development = set(args.batch.split(",")) if args.batch else every - CHECK_BATCHES
    splits = {"check": CHECK_BATCHES & every} if args.check else {"development": development}
    if args.record:
        splits = {"development": every - CHECK_BATCHES, "check": CHECK_BATCHES & every}
    recorded: dict[str, object] = {}
    for split, batches in splits.items():
        result = score(batches, args.with_url, args.labels, args.details)
        if result is None:
            print(f"{split}: no field-set texts present in {FIELD / 'texts'}; nothing scored "
                  "(the texts are not in git: see fieldset/README.md)")
            continue
        report, absent, seconds = result
        if split == "development" and not args.record:
            print("\n".join(report.misses))
        if absent:
            print(f"{split}: {absent} labelled articles have no text here and were not scored")
        recorded[split] = report.scores.as_dict()
        print(f"{split} ({seconds:.1f} s):", json.dumps(report.scores.as_dict(), indent=2))
    if args.record and recorded:
        (FIELD / "scores.json").write_text(json.dumps(recorded, indent=2) + "\n")
        print(f"recorded {FIELD / 'scores.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
