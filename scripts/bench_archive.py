#!/usr/bin/env python3
"""Speed on an archive: a synthetic archive of N articles written by this script, then

  cold extraction (no cache), warm re-run (nothing new), re-run after adding one article,
  the build of one week's briefing from the archive (warm), and peak memory.

    .venv/bin/python scripts/bench_archive.py 100 1000 10000

Each measurement is a separate process timed with GNU time (wall seconds, max RSS).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
START = dt.date(2023, 10, 18)

OUTLETS = ["Wire", "Daily Report", "Gulf Herald", "Capital Post", "Frontier News", "Evening Star"]
PLACES = ["near Abu Kamal", "near Mayadin", "at Jurf al-Sakhar", "near al-Qaim", "in Deir ez-Zor province",
          "near Kirkuk", "in Anbar province", "near Erbil", "near Baghdad", "in Babil province"]
BASES = ["Al-Asad Airbase", "Erbil air base", "the al-Tanf garrison", "the Conoco field",
         "al-Shaddadi", "the Rumalyn Landing Zone"]
GROUPS = ["Kataib Hezbollah", "Harakat al-Nujaba", "Kataib Sayyid al-Shuhada",
          "the Islamic Resistance in Iraq"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LEADS = [
    "U.S. fighter jets struck a weapons depot {place} used by {group} on {day}, officials said.",
    "American warplanes hit a militia command post {place} on {day}, according to two officials.",
    "The U.S. military carried out an airstrike on a drone storage site {place} on {day}.",
    "A drone attack targeted U.S. forces at {base} on {day}, causing minor injuries, a U.S. official said.",
    "Militants launched rockets at U.S. troops at {base} on {day}, the Pentagon said.",
]
TALLIES = [
    "U.S. forces in Iraq and Syria have been attacked at least {n} times since Oct. 17, a spokesman "
    "told reporters {day}.",
    "There have been {n} attacks on U.S. forces since Oct. 17, according to Pentagon figures.",
    "About {m} U.S. personnel have been injured in those attacks, most with minor wounds.",
]
FILLER = [
    "Officials declined to say whether anyone was killed.", "Damage assessments were under way.",
    "Militia leaders vowed to keep up pressure on foreign troops.",
    "Residents reported hearing several loud explosions.",
    "Analysts warned the exchanges risked a wider conflict in the region.",
    "The defense secretary briefed congressional leaders by telephone.",
    "No American aircraft were damaged and all crews returned safely.",
    "The United States has about 2,500 troops in Iraq and 900 in Syria.",
    "The group's channels posted footage it said showed the aftermath.",
    "Iraq's government condemned the strike as a violation of its sovereignty.",
]


SPEAKERS = ["a Pentagon spokesman", "two U.S. officials", "a defense official", "the Iraqi military",
            "a militia commander", "local residents", "a State Department official", "a war monitor",
            "an Iraqi lawmaker", "a regional analyst", "the governor's office", "a hospital source"]
VERBS = ["said", "told reporters", "added", "confirmed", "warned", "noted", "claimed", "disputed"]
SUBJECTS = ["the convoy", "a patrol", "the supply route", "an airfield", "the border crossing",
            "a checkpoint", "the oil field", "a warehouse", "the river bridge", "an outpost",
            "the highway", "a training camp", "the power station", "a radar site"]
ACTIONS = ["was closed for several hours", "came under sporadic fire", "was reinforced overnight",
           "had been evacuated days earlier", "showed fresh craters", "was being repaired",
           "remained under curfew", "was searched by security forces", "lost power briefly",
           "was surrounded by new checkpoints", "had not been used for months"]


def sentence(rng: random.Random) -> str:
    """A sentence of its own: the archive's stories differ as real ones do."""
    return (f"{rng.choice(SPEAKERS).capitalize()} {rng.choice(VERBS)} that {rng.choice(SUBJECTS)} "
            f"{rng.choice(PLACES)} {rng.choice(ACTIONS)} after {rng.randrange(2, 40)} "
            f"{rng.choice(['hours', 'days', 'vehicles', 'people', 'rounds'])}.")


def article(number: int, rng: random.Random) -> str:
    published = START + dt.timedelta(days=rng.randrange(0, 120))
    day = WEEKDAYS[(published.weekday() - rng.randrange(0, 3)) % 7]
    days = (published - START).days
    n, m = 20 + days + rng.randrange(0, 5), 20 + days // 2 + rng.randrange(0, 4)
    words = {"place": rng.choice(PLACES), "group": rng.choice(GROUPS), "base": rng.choice(BASES),
             "day": day, "n": n, "m": m}
    body = [rng.choice(LEADS).format(**words), rng.choice(TALLIES).format(**words)]
    body += rng.sample(FILLER, 1) + [sentence(rng) for _ in range(6)]
    rng.shuffle(body[2:])
    paragraphs = [" ".join(body[i:i + 2]) for i in range(0, len(body), 2)]
    front = f"---\noutlet: {rng.choice(OUTLETS)}\npublished: {published}\ntitle: Story {number}\n---\n"
    return front + "\n\n".join(paragraphs) + f"\n\n(Archive item {number}.)\n"


def write_archive(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for number in range(count):
        sub = folder / f"{number // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{number:05d}.md").write_text(article(number, rng), encoding="utf-8")


def timed(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak memory (MB) of one process, by GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *args], capture_output=True, text=True,
                            cwd=ROOT, check=False)
    if result.returncode != 0:
        raise SystemExit(result.stdout + result.stderr)
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) // 1024


def extract_cmd(folder: Path, cache: Path) -> list[str]:
    code = ("import sys; from pathlib import Path; from briefing.build import extract; "
            f"extract([Path({str(folder)!r})], cache_dir=Path({str(cache)!r}))")
    return [PY, "-c", code]


def run(count: int) -> dict[str, tuple[float, int]]:
    work = Path(tempfile.mkdtemp(prefix=f"archive{count}-"))
    try:
        archive, cache, out = work / "in", work / "cache", work / "out"
        write_archive(archive, count)
        results = {"cold extraction": timed(extract_cmd(archive, cache)),
                   "warm re-run": timed(extract_cmd(archive, cache))}
        (archive / "new.md").write_text(article(count + 1, random.Random(99)), encoding="utf-8")
        results["re-run after adding one"] = timed(extract_cmd(archive, cache))
        shutil.copytree(cache, out / ".cache")
        week = ["-m", "briefing", "build", str(archive), "-o", str(out), "-q", "--week", "2023-W47"]
        results["build one week (warm)"] = timed([PY, *week])
        return results
    finally:
        shutil.rmtree(work)


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [100, 1000]
    print(f"machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}")
    for count in counts:
        for name, (seconds, megabytes) in run(count).items():
            print(f"N={count:>6}  {name:<26} {seconds:7.2f} s  {megabytes:6d} MB peak")


if __name__ == "__main__":
    main()
