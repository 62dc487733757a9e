#!/usr/bin/env python3
"""Cost of one long "sentence" (a text whose full stops were lost) as it grows: read, dated
and extracted in one warm process, one core. Linear means the time doubles with the length.

    .venv/bin/python scripts/bench_long.py [LARGEST_KB]

The text is our own clauses, with figures, places, groups and dates, joined by commas.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.build import extract  # noqa: E402

CLAUSES = (
    "a drone struck the base at Al-Asad in western Iraq on Tuesday",
    "US and coalition forces have been attacked at least 67 times in Iraq and Syria since October 17",
    "the Islamic Resistance in Iraq claimed the attack in a statement",
    "four service members suffered minor injuries, the official said",
    "US forces struck two facilities in eastern Syria used by the Revolutionary Guard",
    "27 of the attacks were in Iraq and 40 in Syria",
    "a rocket landed near Tower 22 in Jordan on Sunday without causing damage",
)
HEAD = "---\noutlet: Example Wire\ntitle: A text without full stops\npublished: 2023-11-21\n---\n\n"


def text_of(size: int) -> str:
    words, total, index = [], 0, 0
    while total < size:
        clause = CLAUSES[index % len(CLAUSES)]
        words.append(clause)
        total += len(clause) + 2
        index += 1
    return HEAD + ", ".join(words)[:size] + "\n"


def seconds(size: int, folder: Path) -> float:
    path = folder / f"long-{size}.txt"
    path.write_text(text_of(size), encoding="utf-8")
    started = time.perf_counter()
    extract([path])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("largest_kb", nargs="?", type=int, default=400, help="largest text, in KB (400)")
    largest = parser.parse_args().largest_kb * 1000
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        seconds(5_000, folder)  # warm: imports, compiled patterns
        size, last = 25_000, None
        print(f"{'chars':>9} {'seconds':>8} {'x prev':>7} {'us/char':>8}")
        while size <= largest:
            took = seconds(size, folder)
            ratio = f"{took / last:7.2f}" if last else "       "
            print(f"{size:>9,} {took:8.2f} {ratio} {took / size * 1e6:8.1f}", flush=True)
            size, last = size * 2, took


if __name__ == "__main__":
    main()
