#!/usr/bin/env python3
"""Score the extractor on the development set; --record writes tests/eval/scores.json.

    .venv/bin/python scripts/evaluate.py            # scores and every miss
    .venv/bin/python scripts/evaluate.py --record   # after an improvement: record the new scores

The development set is the five samples and articles we wrote (tests/eval/). Real
reporting is scored by scripts/fieldset.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.build import extract  # noqa: E402
from briefing.evaluate import evaluate, load_gold  # noqa: E402

EVAL = ROOT / "tests" / "eval"
INPUTS = [ROOT / "sample_input", EVAL / "articles"]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", action="store_true", help="write the scores to tests/eval/scores.json")
    args = parser.parse_args()
    report = evaluate(extract(INPUTS), load_gold(EVAL / "gold.yaml"))
    print("\n".join(report.misses))
    scores = json.dumps(report.scores.as_dict(), indent=2) + "\n"
    print(scores, end="")
    if args.record:
        (EVAL / "scores.json").write_text(scores)
        print(f"recorded {EVAL / 'scores.json'}")


if __name__ == "__main__":
    main()
