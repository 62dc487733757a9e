#!/usr/bin/env python3
"""Cost of one long "sentence" (a text whose full stops were lost) as it grows: read, dated
and extracted in one warm process, one core. Linear means the time doubles with the length.

    .venv/bin/python scripts/bench_long.py [LARGEST_KB] [--shape NAME ...]

The default text is our own clauses, with figures, places, groups and dates, joined by
commas. ``--shape`` puts another shape of text (issue 20's fourth probe: a word without
spaces, opening brackets or quotes, commas, counting numbers, dates, "since" clauses, a
flattened table, newlines, one repeated letter, right-to-left text, ...) inside an attack
sentence between on-topic paragraphs, so that the extractor reads it; ``--shape all`` runs
each in turn.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
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


def _repeated(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _counting(size: int) -> str:
    return ", ".join(str(n) for n in range(1, size // 2 + 2))[:size]


def _days(size: int) -> str:
    first = dt.date(2023, 10, 17)
    return ", ".join(f"{first + dt.timedelta(days=n % 2000):%-d %B %Y}" for n in range(size // 10 + 1))[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "word": _repeated("a"), "parens": _repeated("("), "quotes": _repeated('"'),
    "curly-quotes": _repeated("\u201c"), "commas": _repeated(","), "numbers": _counting, "dates": _days,
    "since": _repeated("attacked 12 times since October 17, "), "nested": _repeated("([{"),
    "table": _repeated("Iraq | 12 | 3 | Syria | 40 | 2 | Jordan | 1 | 0 | "), "newlines": _repeated("\n"),
    "one-letter": _repeated("\u0436"),
    "right-to-left": _repeated("\u0647\u062c\u0648\u0645 \u0639\u0644\u0649 "),
    "paragraphs": _repeated("A drone hit.\n\n"), "list": _repeated("- US forces were attacked in Iraq\n"),
    "digits": _repeated("1"), "casualties": _repeated("3 killed and 40 injured, "),
}
FRAME = ("US and coalition forces have been attacked at least 67 times in Iraq and Syria since "
         "October 17. The Islamic Resistance in Iraq claimed the drone attack on the base at Al-Asad "
         "in western Iraq on Tuesday.")


def shaped(shape: str, size: int) -> str:
    """``size`` characters of ``shape`` inside an attack sentence, between on-topic paragraphs."""
    return (f"{HEAD}{FRAME}\n\nA rocket attack on US forces at Al-Asad air base in Iraq on Tuesday, "
            f"{SHAPES[shape](size)} injured four US service members, the Pentagon said.\n\n{FRAME}\n")


def seconds(size: int, folder: Path, shape: str | None = None) -> float:
    path = folder / f"long-{size}.txt"
    path.write_text(shaped(shape, size) if shape else text_of(size), encoding="utf-8")
    started = time.perf_counter()
    extract([path])
    return time.perf_counter() - started


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("largest_kb", nargs="?", type=int, default=400,
                        help="the longest text, in thousands of characters (default 400)")
    parser.add_argument("--shape", action="append", choices=[*SHAPES, "all"],
                        help="another shape of text inside a sentence (repeatable; 'all': each)")
    arguments = parser.parse_args()
    largest = arguments.largest_kb * 1000
    shapes = list(SHAPES) if "all" in (arguments.shape or ()) else arguments.shape or [None]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        seconds(5_000, folder)  # warm: imports, compiled patterns
        for shape in shapes:
            if shape:
                print(f"shape {shape}")
            size, last = 25_000, None
            print(f"{'chars':>9} {'seconds':>8} {'x prev':>7} {'us/char':>8}")
            while size <= largest:
                took = seconds(size, folder, shape)
                ratio = f"{took / last:7.2f}" if last else "       "
                print(f"{size:>9,} {took:8.2f} {ratio} {took / size * 1e6:8.1f}", flush=True)
                size, last = size * 2, took


if __name__ == "__main__":
    main()
