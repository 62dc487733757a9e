#!/usr/bin/env python3
"""Speed and memory on a realistic archive of clippings, written by this script.

Articles are 2–20 KB as clipped from web pages: navigation, doubled headlines, bylines,
photo credits, "RELATED:" links, share and newsletter prompts, "OTHER NEWS" teasers and
a copyright line around the story; most carry front matter, some only a clipper header or
a date line in the text, about one in ten no date at all, and one in twenty is a
syndicated copy of an earlier story. Every word is generated here (none is copied).

    .venv/bin/python scripts/bench_archive.py 1000 10000      # whole builds, one process each
    .venv/bin/python scripts/bench_archive.py --stages 10000   # where a build's time goes

Whole builds: `briefing build ARCHIVE -o OUT --week 2023-W47 -q` timed with GNU time (wall
seconds, peak RSS of the largest process): cold (new output folder), unchanged re-run,
re-run after adding one article. ``--stages`` times the parts of a build in one process
(discovery, reading and the cache, merging, assembling, rendering, writing).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
START = dt.date(2023, 10, 18)
WEEK = "2023-W47"
CROWDED = dt.date(2023, 11, 20)  # the first day of WEEK

OUTLETS = ["Wire", "Daily Report", "Gulf Herald", "Capital Post", "Frontier News", "Evening Star",
           "Northern Ledger", "Desert Tribune", "Harbour Times", "Plains Gazette"]
PLACES = ["near Abu Kamal", "near Mayadin", "at Jurf al-Sakhar", "near al-Qaim", "in Deir ez-Zor province",
          "near Kirkuk", "in Anbar province", "near Erbil", "near Baghdad", "in Babil province"]
BASES = ["Al-Asad Airbase", "Erbil air base", "the al-Tanf garrison", "the Conoco field",
         "al-Shaddadi", "the Rumalyn Landing Zone"]
GROUPS = ["Kataib Hezbollah", "Harakat al-Nujaba", "Kataib Sayyid al-Shuhada",
          "the Islamic Resistance in Iraq"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
FIRST = ["Dana", "Omar", "Lena", "Samir", "Ruth", "Karim", "Nadia", "Tom", "Aya", "Joel", "Mira", "Hassan"]
LAST = ["Whitfield", "Haddad", "Okafor", "Lindqvist", "Mansour", "Brennan", "Qureshi", "Dorsey", "Salem"]
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
SPEAKERS = ["a Pentagon spokesman", "two U.S. officials", "a defense official", "the Iraqi military",
            "a militia commander", "local residents", "a State Department official", "a war monitor",
            "an Iraqi lawmaker", "a regional analyst", "the governor’s office", "a hospital source"]
VERBS = ["said", "told reporters", "added", "confirmed", "warned", "noted", "claimed", "disputed"]
SUBJECTS = ["the convoy", "a patrol", "the supply route", "an airfield", "the border crossing",
            "a checkpoint", "the oil field", "a warehouse", "the river bridge", "an outpost",
            "the highway", "a training camp", "the power station", "a radar site"]
ACTIONS = ["was closed for several hours", "came under sporadic fire", "was reinforced overnight",
           "had been evacuated days earlier", "showed fresh craters", "was being repaired",
           "remained under curfew", "was searched by security forces", "lost power briefly",
           "was surrounded by new checkpoints", "had not been used for months"]
# Background paragraphs: what long articles are mostly made of.
TOPICS = ["the electricity shortages", "the budget talks in parliament", "the price of wheat",
          "the reconstruction of the old market", "the talks on water rights", "the provincial elections",
          "the return of displaced families", "the drought along the river", "the new oil contracts",
          "the teachers’ strike", "the cross-border trade", "the census plans"]
OPINIONS = ["remained the main worry for most households", "drew crowds to the square again",
            "was expected to dominate the coming session", "had eased slightly since the summer",
            "divided the governing coalition", "was welcomed by business groups",
            "prompted a fresh round of negotiations", "was postponed for the third time"]
TEASERS = ["Farmers count the cost of a dry spring", "City council approves new bus routes",
           "A museum reopens after years of repairs", "Exporters look for new markets",
           "Schools prepare for a longer term", "Floods close two roads in the north",
           "Local team reaches the cup final", "Prices at the pump rise again"]
NAV = ["Home › World › Middle East", "Menu | Search | Subscribe", "World  Politics  Business  Opinion",
       "Skip to main content", "Accept cookies to continue reading"]
SHARE = ["Share this article", "Share on Facebook  Share on X  Email", "Sign up for our daily newsletter",
         "Comments are closed for this story.", "Advertisement"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def upper(words: str) -> str:
    return words[:1].upper() + words[1:]


def sentence(rng: random.Random) -> str:
    """A sentence of its own: the archive's stories differ as real ones do."""
    return (f"{upper(rng.choice(SPEAKERS))} {rng.choice(VERBS)} that {rng.choice(SUBJECTS)} "
            f"{rng.choice(PLACES)} {rng.choice(ACTIONS)} after {rng.randrange(2, 40)} "
            f"{rng.choice(['hours', 'days', 'vehicles', 'people', 'rounds'])}.")


def background(rng: random.Random) -> str:
    """A paragraph about something else, as long articles have."""
    said = rng.choice(["“We have waited long enough,” one resident said.",
                       "Officials said more details would follow next week.",
                       "Critics said the plans came too late — and cost too much."])
    parts = [f"{upper(rng.choice(TOPICS))} {rng.choice(OPINIONS)}, according to "
             f"{rng.choice(SPEAKERS)}." for _ in range(rng.randrange(2, 5))]
    return " ".join([*parts, said])


def story(rng: random.Random, published: dt.date, size: int) -> list[str]:
    """The story's paragraphs, about ``size`` characters in all."""
    day = WEEKDAYS[(published.weekday() - rng.randrange(0, 3)) % 7]
    days = (published - START).days
    words = {"place": rng.choice(PLACES), "group": rng.choice(GROUPS), "base": rng.choice(BASES),
             "day": day, "n": 20 + days + rng.randrange(0, 5), "m": 20 + days // 2 + rng.randrange(0, 4)}
    paragraphs = [rng.choice(LEADS).format(**words), rng.choice(TALLIES).format(**words)]
    while sum(len(p) for p in paragraphs) < size:
        if rng.random() < 0.5:
            paragraphs.append(" ".join(sentence(rng) for _ in range(rng.randrange(2, 5))))
        else:
            paragraphs.append(background(rng))
        if rng.random() < 0.06:
            paragraphs.append(f"RELATED: {rng.choice(TEASERS)}")
    return paragraphs


def clipping(number: int, rng: random.Random, published: dt.date, outlet: str, body: list[str]) -> str:
    """The story as a clipper saves a web page: the page's furniture around it, the date
    in front matter, a clipper header, a date line, or nowhere."""
    title = f"Story {number}: strikes and attacks {rng.choice(PLACES)}"
    head: list[str] = []
    how = rng.random()
    dated = body
    if how < 0.60:
        head.append(f"---\noutlet: {outlet}\npublished: {published}\ntitle: {title}\n"
                    f"url: https://news.example/{published:%Y/%m/%d}/story-{number}\n---")
    elif how < 0.75:
        head.append(f" date {published}")
    elif how < 0.90:
        month = MONTHS[published.month - 1]
        dated = [f"BAGHDAD, {month} {published.day}, {published.year} — {body[0]}", *body[1:]]
    if rng.random() < 0.3:
        head.append(rng.choice(NAV))
    head.append(title)
    if rng.random() < 0.4:
        head.append(f"{title} | {outlet}")
    if rng.random() < 0.5:
        head.append(f"By {person(rng)}")
    if rng.random() < 0.4:
        head.append(f"Smoke rises over a compound {rng.choice(PLACES)}. ({outlet} Photo/{person(rng)})")
    tail = [rng.choice(SHARE), "OTHER NEWS", *(f"{t} Read more »" for t in rng.sample(TEASERS, 3)),
            f"© {published.year} {outlet}. All rights reserved."]
    return "\n\n".join([*head, *dated, *tail]) + "\n"


def write_archive(folder: Path, count: int, seed: int = 7, crowd: int = 0) -> None:
    """``count`` clippings in folders of 1,000; the same seed gives the same archive. With
    ``crowd``, every story is published on one of that many days of the measured week, so
    their figures crowd those days (issue 20: same-day figures compared pairwise)."""
    rng = random.Random(seed)
    span = max(120, count // 80)  # about 80 articles a day, as a busy desk clips
    first = CROWDED if crowd else START
    stories: list[tuple[dt.date, list[str]]] = []
    for number in range(count):
        sub = folder / f"{number // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        if stories and rng.random() < 0.05:  # a syndicated copy of a recent story
            published, body = rng.choice(stories[-50:])
        else:
            published = first + dt.timedelta(days=rng.randrange(0, crowd or span))
            size = int(math.exp(rng.uniform(math.log(1500), math.log(19000))))
            body = story(rng, published, size)
            stories.append((published, body))
        text = clipping(number, rng, published, rng.choice(OUTLETS), body)
        (sub / f"a{number:06d}.md").write_text(text, encoding="utf-8")


def timed(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak memory (MB) of one process and its children, by GNU time.
    Python keeps its compiled bytecode, as it does by default (some shells turn that off)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *args], capture_output=True, text=True,
                            cwd=ROOT, check=False, env=env)
    if result.returncode != 0:
        raise SystemExit(result.stdout + result.stderr)
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) // 1024


def builds(count: int, work: Path) -> dict[str, tuple[float, int]]:
    archive, out = work / "in", work / "out"
    (archive / "new.md").unlink(missing_ok=True)
    shutil.rmtree(out, ignore_errors=True)
    command = [PY, "-m", "briefing", "build", str(archive), "-o", str(out), "-q", "--week", WEEK]
    results = {"cold build": timed(command), "unchanged re-run": timed(command)}
    (archive / "new.md").write_text(clipping(count + 1, random.Random(99), START + dt.timedelta(days=30),
                                             "Wire", story(random.Random(98), START, 4000)),
                                    encoding="utf-8")
    results["re-run after adding one"] = timed(command)
    return results


def stages(archive: Path, out: Path) -> list[tuple[str, float]]:
    """Where one build's time goes, stage by stage, in this process (the PDF renderer and the
    reading workers in their own, as in a build)."""
    sys.path.insert(0, str(ROOT))
    from briefing import assemble, cache, charts, collect, export, render
    from briefing.build import pdf_of
    from briefing.config import Settings
    from briefing.discover import discover
    from briefing.pdfworker import PdfRenderer
    from briefing.period import iso_week
    from briefing.processes import no_collection
    from briefing.publish import hold, library_caches, write_set

    marks: list[tuple[str, float]] = []
    clock = time.perf_counter()

    def mark(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        marks.append((name, now - clock))
        clock = now

    with hold(out) as folder, no_collection():
        library_caches(folder)
        with PdfRenderer() as renderer:
            store = cache.Store(folder.cache)
            found = discover([archive], out)
            mark("discover")
            read = collect.read_all(found, store=store, scratch=folder.scratch)
            mark("read (cache or extract)")
            extraction = collect.combine(read)
            mark("merge")
            briefing = assemble.assemble(extraction, iso_week(WEEK))
            mark("assemble")
            with charts.drawn(briefing, store) as svgs:
                html = render.to_html(briefing, svgs.metrics)
                mark("charts + HTML")
                pdf, _ = pdf_of(html, svgs, briefing, Settings(), store, renderer)()
                mark("PDF (renderer or cache)")
            store.close()
            mark("cache commit")
        write_set({out / f"briefing-{WEEK}.pdf": lambda stream: stream.write(pdf),
                   out / f"briefing-{WEEK}.json":
                       lambda stream: export.write_json(stream, extraction, briefing)})
        mark("JSON + write")
    return marks


def per_article(archive: Path, count: int = 300) -> dict[str, float]:
    """Milliseconds per article, one core: reading and ingest (ours) against dating and
    extraction (the extractor's), on the first ``count`` articles."""
    sys.path.insert(0, str(ROOT))
    from briefing import cache, dates, ingest, merge
    from briefing.discover import discover, read_regular
    from briefing.extract import extract_article
    from briefing.topic import load_topic

    topic = load_topic()
    files = discover([archive]).files[:count]
    spent = {"read, ingest, shingles, encode (ours)": 0.0, "date and extract (extractor)": 0.0}
    for file in files:
        started = time.perf_counter()
        data = read_regular(file.path, 2_000_000)
        articles, _ = ingest.parse_bytes(data, file.path.suffix, file.shown, file.id)
        middle = time.perf_counter()
        dated = [dates.date_article(a) if a.published is None else a for a in articles]
        for article in dated:
            extract_article(article, topic)
        ended = time.perf_counter()
        prints = [merge.shingles(a.clean) for a in dated]
        cache.file_key(data, ".md", 2_000_000)
        cache.pack_prints(prints)
        spent["read, ingest, shingles, encode (ours)"] += middle - started + time.perf_counter() - ended
        spent["date and extract (extractor)"] += ended - middle
    return {name: seconds / len(files) * 1000 for name, seconds in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("counts", nargs="*", type=int, default=[1000])
    parser.add_argument("--stages", action="store_true", help="time the parts of a cold and a warm build")
    parser.add_argument("--keep", type=Path, help="write the archive here and keep it")
    parser.add_argument("--crowd", type=int, default=0, metavar="DAYS",
                        help="publish every story on one of DAYS days of the week measured")
    options = parser.parse_args()
    cpus = len(os.sched_getaffinity(0))
    print(f"machine: {cpus} usable cores, {platform.machine()}, Python {platform.python_version()}")
    for count in options.counts:
        work = options.keep or Path(tempfile.mkdtemp(prefix=f"archive{count}-"))
        try:
            if not (work / "in").exists():
                write_archive(work / "in", count, crowd=options.crowd)
            size = sum(p.stat().st_size for p in (work / "in").rglob("*.md"))
            print(f"N={count}: {size / 1e6:.0f} MB of clippings")
            if options.stages:
                for name, ms in per_article(work / "in").items():
                    print(f"N={count:>6}  per article: {name:<40} {ms:6.2f} ms")
                shutil.rmtree(work / "stages", ignore_errors=True)
                for run in ("cold", "warm"):
                    for name, seconds in stages(work / "in", work / "stages"):
                        print(f"N={count:>6}  {run} {name:<24} {seconds:7.2f} s")
                continue
            for name, (seconds, megabytes) in builds(count, work).items():
                print(f"N={count:>6}  {name:<26} {seconds:7.2f} s  {megabytes:6d} MB peak")
        finally:
            if options.keep is None:
                shutil.rmtree(work)


if __name__ == "__main__":
    main()
