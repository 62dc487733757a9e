#!/usr/bin/env python3
"""Score the extractor on the development set; --record writes tests/eval/scores.json.

    .venv/bin/python scripts/evaluate.py            # scores and every miss
    .venv/bin/python scripts/evaluate.py --record   # after an improvement: record the new scores

The development set is the five samples and articles we wrote (tests/eval/). Real
reporting is scored by scripts/fieldset.py.
"""

from __future__ import annotations

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
    report = evaluate(extract(INPUTS), load_gold(EVAL / "gold.yaml"))
    print("\n".join(report.misses))
    scores = json.dumps(report.scores.as_dict(), indent=2) + "\n"
    print(scores, end="")
    if "--record" in sys.argv:
        (EVAL / "scores.json").write_text(scores)
        print(f"recorded {EVAL / 'scores.json'}")


if __name__ == "__main__":
    main()
