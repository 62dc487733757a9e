#!/usr/bin/env python3
"""Show how the extractor reads one clipping: each sentence's mentions with their roles and day.

    .venv/bin/python scripts/explain.py fieldset/texts/b012.txt [--all]
    .venv/bin/python scripts/explain.py fieldset/texts/rs010.txt --topic red-sea

For working on the rules: --all also prints sentences where nothing was found.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing import dates, ingest  # noqa: E402
from briefing.extract import extract_article  # noqa: E402
from briefing.extract.events import _date, anchor_of  # noqa: E402
from briefing.extract.lexicon import Names, lexicons  # noqa: E402
from briefing.extract.roles import SentenceReader  # noqa: E402
from briefing.text import all_sentences  # noqa: E402
from briefing.topic import choose_topic  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("clipping", type=Path, help="the clipping to explain (.txt, .md, .html, ...)")
    parser.add_argument("--all", action="store_true", help="also print sentences where nothing was found")
    parser.add_argument("--topic", default=None,
                        help="the story's profile, by name or path (default: the first story's)")
    args = parser.parse_args()
    path: Path = args.clipping
    articles, problems = ingest.read_inputs(path, str(path), path.stem)
    if not articles:
        why = "; ".join(p.message for p in problems) or "no article in it"
        parser.exit(1, f"{path}: {why}\n")
    topic = choose_topic(args.topic)
    article = dates.against_known_events(dates.date_article(articles[0]), topic.known_events)
    print(f"published {article.published} ({article.published_basis}) outlet={article.outlet!r}")
    lex = lexicons(topic)
    names = Names(article.clean, lex)
    anchor = anchor_of(article, lex) if article.published is None else None
    print(f"anchor: {anchor}")
    for _, start, end in all_sentences(article.clean):
        reader = SentenceReader(article.clean, names, lex, start, end)
        mentions = list(reader.mentions())
        if not mentions and not args.all:
            continue
        print("\n»", " ".join(article.clean[start:end].split())[:300])
        for m in mentions:
            dated = _date(article, m, lex, anchor)
            day = "out of campaign" if dated is None else f"{dated.date} ({dated.note})"
            print(f"   {m.type:20} {article.clean[m.start:m.end]!r:14} agent={m.agent} target={m.target} "
                  f"country={m.country} plural={m.plural} claimed={m.claimed} day={day}")
    found = extract_article(article, topic)
    print("\nEVENTS:", *[(e.type, str(e.date), e.country) for e in found.events], sep="\n  ")
    print("UNDATED:", *[(e.type, e.country, e.date_note) for e in found.undated], sep="\n  ")
    print("TALLIES:", *[(t.metric, t.value, t.qualifier, str(t.as_of)) for t in found.tallies], sep="\n  ")


if __name__ == "__main__":
    main()
