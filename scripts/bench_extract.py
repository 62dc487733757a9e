#!/usr/bin/env python3
"""Extraction speed, warm, one core: ms per article on the development set and per 5,000 chars.

    .venv/bin/python scripts/bench_extract.py
    .venv/bin/python scripts/bench_extract.py --archive /tmp/arch10k/in --count 400

``--archive``: CPU per clipping over distinct clippings of an archive (``scripts/bench_archive.py``
writes one), each read once after a warm-up on others: no clipping's sentences are seen twice.
Each repeated round of the default run forgets what the extractor keeps between calls (the
sentences' names and numbers), so a round sees its article for the first time.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.dates import date_article  # noqa: E402
from briefing.discover import discover  # noqa: E402
from briefing.extract import extract_article  # noqa: E402
from briefing.ingest import read_article  # noqa: E402
from briefing.text import all_paragraphs, all_sentences  # noqa: E402

ROUNDS = 20


def _forget() -> None:
    """Forget what the extractor keeps between articles (each round must read its article anew)."""
    from briefing import screen
    from briefing.extract.details import casualties, parties, sentences
    from briefing.extract.lexicon import lexicons
    from briefing.topic import Lexicon, load_topic

    all_sentences.cache_clear()
    all_paragraphs.cache_clear()
    casualties._NUMBERS.clear()
    screen._PRESENT.seen.clear()
    for memo in (sentences.months_named, parties._months_told, parties._days_named):
        memo.cache_clear()
    lex = lexicons(load_topic())
    lex._countries_memo.clear()
    for table in vars(lex).values():
        if isinstance(table, Lexicon):
            table._memo.clear()


def archive(folder: Path, count: int) -> None:
    """CPU per clipping over ``count`` distinct clippings of an archive, after 20 others."""
    found = discover([folder])
    articles = [a for f in found.files[:count + 20] if (a := read_article(f.path, f.shown, f.id)[0])]
    for article in articles[-20:]:
        extract_article(date_article(article))
    started = time.process_time()
    for article in articles[:-20]:
        extract_article(date_article(article))
    ms = (time.process_time() - started) * 1000 / max(len(articles) - 20, 1)
    print(f"{len(articles) - 20} archive clippings, each read once: {ms:.2f} ms CPU per clipping")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, help="a folder of clippings: CPU per distinct clipping")
    parser.add_argument("--count", type=int, default=400, help="with --archive: how many clippings")
    options = parser.parse_args()
    if options.archive:
        archive(options.archive, options.count)
        return
    found = discover([ROOT / "sample_input", ROOT / "tests" / "eval" / "articles"])
    articles = [a for f in found.files if (a := read_article(f.path, f.shown, f.id)[0])]
    for article in articles:  # warm: regex compilation, imports
        extract_article(date_article(article))
    per_article = []
    for article in articles:
        started = time.perf_counter()
        for _ in range(ROUNDS):
            _forget()  # each round sees the article for the first time
            extract_article(date_article(article))
        per_article.append(((time.perf_counter() - started) / ROUNDS * 1000, len(article.text)))
    ms = [m for m, _ in per_article]
    per_5k = [m * 5000 / max(chars, 1) for m, chars in per_article]
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    median_chars = statistics.median(c for _, c in per_article)
    print(f"articles: {len(articles)}, median length {median_chars:.0f} chars")
    print(f"dating + extraction, warm: median {statistics.median(ms):.2f} ms/article, "
          f"max {max(ms):.2f} ms; median {statistics.median(per_5k):.2f} ms per 5,000 chars")
    samples = per_article[:5]  # sample_input/ comes first: the five real articles
    sizes = ", ".join(f"{c:,}" for _, c in samples)
    times = [m for m, _ in samples]
    print(f"the five sample articles ({sizes} chars): median {statistics.median(times):.2f} ms, "
          f"max {max(times):.2f} ms")
    long = [(m, c) for m, c in per_article if c >= 4000]
    for m, chars in long:
        print(f"  article of {chars:,} chars: {m:.2f} ms")


if __name__ == "__main__":
    main()
