#!/usr/bin/env python3
"""The sample build against its floor, timed alternately in the same run (medians of ROUNDS
processes each; a shared machine's load then falls on both alike):

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    rounds = parser.parse_args().rounds
    # as installed: scripts/setup.sh writes the package's bytecode and compiled templates
    subprocess.run([PY, "-m", "compileall", "-q", "briefing"], check=True, capture_output=True, cwd=ROOT)
    subprocess.run([PY, "-c", "from briefing.render import write_template_bytecode as w; w()"],
                   check=True, capture_output=True, cwd=ROOT)
    work = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        briefing = [PY, "-m", "briefing"]
        build = [*briefing, "build", "sample_input", "-q", "-o"]
        subprocess.run([*briefing, "build", "sample_input", "-o", str(work / "html"), "-q", "--html"],
                       check=True, cwd=ROOT)
        (html,) = (work / "html").glob("*.html")
        script = work / "floor.py"
        script.write_text(FLOOR)
        times: dict[str, list[float]] = {"floor": [], "cold": [], "warm": [], "help": []}
        for n in range(rounds):  # alternately, so that the machine's load falls on all alike
            times["floor"].append(seconds([PY, str(script), str(html), str(work / f"floor{n}.pdf")]))
            times["cold"].append(seconds([*build, str(work / f"cold{n}")]))
            times["warm"].append(seconds([*build, str(work / "cold0")]))
            times["help"].append(seconds([*briefing, "--help"]))
        floor, cold, warm, help_ = (statistics.median(times[k]) for k in ("floor", "cold", "warm", "help"))
        ratios = sorted(c / f for c, f in zip(times["cold"], times["floor"], strict=True))
        print(f"floor {floor:.2f} s | cold build {cold:.2f} s ({cold / floor:.2f}x) | "
              f"warm build {warm:.2f} s ({warm / floor:.2f}x) | --help {help_:.3f} s  (medians of {rounds})")
        print(f"cold / floor, round by round: {' '.join(f'{r:.2f}' for r in ratios)} "
              f"(median {statistics.median(ratios):.2f})")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
