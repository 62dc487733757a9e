"""Score the outlets read from the field set's texts against their labels.

    .venv/bin/python scripts/outlets.py                 # development batches, every miss
    .venv/bin/python scripts/outlets.py --batch g       # one batch (or several: a,b)
    .venv/bin/python scripts/outlets.py --story red-sea # another story's development batches

The texts are read as they came, without their web address (clippers often drop it), so
this measures what `credits.py` reads from the text alone. An outlet is right when the name
the tool prints and the label's name (before any parenthesis) contain each other, wrong when
they do not, unknown when the tool names none. A wrong outlet is worse than an unknown one.
Not a test: the texts are third-party and live outside git.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from briefing.credits import guess_outlet, heading_outlet, named_site, page_address
from briefing.topic import TOPICS, load_topic

FIELD = Path(__file__).resolve().parent.parent / "fieldset"

def _fieldset_script() -> Any:
    """scripts/fieldset.py, for its stories and the batches each keeps aside (never printed here)."""
    spec = importlib.util.spec_from_file_location("fieldset_script", Path(__file__).with_name("fieldset.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FIELDSET = _fieldset_script()


def _story(name: str) -> tuple[Path, frozenset[str], str]:
    """A story's labels folder, the batches it keeps aside, and its profile's name."""
    story = FIELDSET.STORIES[name]
    kept = FIELDSET.CHECK_BATCHES if name == FIELDSET.DEFAULT_STORY else story.unseen
    return story.folder / "labels", frozenset(kept), story.profile


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", name.lower()))


def verdict(guess: str | None, label: str) -> str:
    """right, wrong or unknown for one article."""
    if guess is None:
        return "unknown"
    label = re.sub(r"\bAP\b", "Associated Press", label)
    names = {_key(part) for part in re.split(r"[();,]|\bvia\b|\bciting\b", label) if _key(part)}
    said = {_key(part) for part in re.split(r"[()]|\bvia\b", guess) if _key(part)}
    return "right" if any(s in n or n in s for s in said for n in names) else "wrong"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", help="these batches, e.g. a,b (default: every development batch)")
    parser.add_argument("--check", action="store_true",
                        help="the batches kept aside (e, i, j): counts only, no article printed")
    parser.add_argument("--story", default=FIELDSET.DEFAULT_STORY, choices=sorted(FIELDSET.STORIES),
                        help="the story whose field set is read (default: the first)")
    args = parser.parse_args()
    labels_folder, check, profile = _story(args.story)
    every = {p.stem for p in labels_folder.glob("*.yaml")}
    batches = check if args.check else set(args.batch.split(",")) if args.batch else every - check
    if not args.check and batches & check:
        parser.error(f"batches kept aside are scored only with --check: {', '.join(sorted(batches & check))}")
    topic = load_topic(path=TOPICS / f"{profile}.toml")
    counts = {"right": 0, "wrong": 0, "unknown": 0}
    for batch in sorted(batches & every):
        labels = yaml.safe_load((labels_folder / f"{batch}.yaml").read_text(encoding="utf-8"))
        for ident, label in labels.items():
            text = FIELD / "texts" / f"{ident}.txt"
            if not text.exists():
                continue
            body = text.read_text(encoding="utf-8")
            address = page_address(body, None)
            guess = named_site(guess_outlet(body, address), address, topic.outlet_at(address),
                               topic.outlet_at) or heading_outlet(body, (name for _, name in topic.outlets))
            result = verdict(guess, str(label.get("outlet") or ""))
            counts[result] += 1
            if result != "right" and not args.check:
                print(f"{ident}: {result}: {guess!r} | label {label.get('outlet')!r}")
    print(" / ".join(f"{name} {value}" for name, value in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
