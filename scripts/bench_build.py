#!/usr/bin/env python3
"""The sample build against its floor, timed in the same run (medians of ROUNDS processes):

  floor: a script that only imports WeasyPrint and renders the same HTML to PDF;
  cold:  `briefing build` into a new output folder (no cache);
  warm:  `briefing build` again into the same folder (cache of extraction and charts);
  help:  `briefing --help`.

    .venv/bin/python scripts/bench_build.py
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
ROUNDS = 7
FLOOR = """
import sys
from weasyprint import HTML
HTML(string=open(sys.argv[1], encoding="utf-8").read()).write_pdf(sys.argv[2])
"""


def seconds(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def median(args_for_round) -> float:  # type: ignore[no-untyped-def]
    return statistics.median(seconds(args_for_round(n)) for n in range(ROUNDS))


def main() -> None:
    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        briefing = [PY, "-m", "briefing"]
        subprocess.run([*briefing, "build", "sample_input", "-o", str(work / "html"), "-q", "--html"],
                       check=True, cwd=ROOT)
        (html,) = (work / "html").glob("*.html")
        script = work / "floor.py"
        script.write_text(FLOOR)
        floor = median(lambda n: [PY, str(script), str(html), str(work / f"floor{n}.pdf")])
        cold = median(lambda n: [*briefing, "build", "sample_input", "-o", str(work / f"cold{n}"), "-q"])
        warm = median(lambda n: [*briefing, "build", "sample_input", "-o", str(work / "cold0"), "-q"])
        help_ = median(lambda n: [*briefing, "--help"])
        print(f"floor {floor:.2f} s | cold build {cold:.2f} s ({cold / floor:.2f}x) | "
              f"warm build {warm:.2f} s ({warm / floor:.2f}x) | --help {help_:.3f} s  (medians of {ROUNDS})")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
