#!/usr/bin/env python3
"""How ``figures.disagreements_of`` grows with the number of figures crowding a few days.

Figures of our own (no text), on three days, with the qualifiers, source kinds and metrics a
busy week gives: officials' exact and bounded figures, outlets', groups' claims and monitors'
counts, from many articles. Each size is timed in this process (best of 3); a step that
compares every pair shows as a time that quadruples when the figures double.

    .venv/bin/python scripts/bench_figures.py 1500 3000 6000 12000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.figures import disagreements_of
from briefing.model import Evidence, Tally

START = dt.date(2023, 10, 17)
KINDS = ["official"] * 5 + ["outlet"] * 2 + ["claim", "monitor"]
QUALIFIERS = ["exact", "at least", "more than", "approximately", "nearly"]


def figures(count: int, days: int = 3, seed: int = 7) -> list[Tally]:
    rng = random.Random(seed)
    found = []
    for number in range(count):
        metric = "attacks" if rng.random() < 0.7 else "injured"
        found.append(Tally(id=f"f{number}", metric=metric, value=rng.randrange(60, 70),  # type: ignore[arg-type]
                           qualifier=rng.choice(QUALIFIERS), since=START,  # type: ignore[arg-type]
                           as_of=dt.date(2023, 11, 20) + dt.timedelta(days=rng.randrange(days)),
                           breakdown=None, sources=(Evidence(f"a{number // 3}", 0, 1, "x"),),
                           source_kind=rng.choice(KINDS)))  # type: ignore[arg-type]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("counts", nargs="*", type=int, default=[1500, 3000, 6000, 12000])
    previous = None
    for count in parser.parse_args().counts:
        tallies = figures(count)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            found = disagreements_of(tallies, START)
            best = min(best, time.perf_counter() - started)
        growth = f"  x{best / previous:.2f} the previous" if previous else ""
        print(f"{count:>7} figures: {best:7.3f} s, {len(found)} disagreements{growth}")
        previous = best


if __name__ == "__main__":
    main()
