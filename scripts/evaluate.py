#!/usr/bin/env python3
"""Score the extractor on the development set; --record writes tests/eval/scores.json.

    .venv/bin/python scripts/evaluate.py            # scores and every miss
    .venv/bin/python scripts/evaluate.py --record   # after an improvement: record the new scores
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.build import extract  # noqa: E402
from briefing.evaluate import differences, load_gold, score  # noqa: E402

EVAL = ROOT / "tests" / "eval"
INPUTS = [ROOT / "sample_input", EVAL / "articles"]


def main() -> None:
    gold = load_gold(EVAL / "gold.yaml")
    extraction = extract(INPUTS)
    scores = score(extraction, gold).as_dict()
    for line in differences(extraction, gold):
        print(line)
    print(json.dumps({"articles": len(gold), **scores}, indent=2))
    if "--record" in sys.argv:
        (EVAL / "scores.json").write_text(json.dumps({"articles": len(gold), **scores}, indent=2) + "\n")
        print(f"recorded {EVAL / 'scores.json'}")


if __name__ == "__main__":
    main()
