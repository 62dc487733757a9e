"""Score the outlets read from the field set's texts against their labels.

    .venv/bin/python scripts/outlets.py                 # development batches, every miss
    .venv/bin/python scripts/outlets.py --batch g       # one batch (or several: a,b)

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

import yaml

from briefing.credits import guess_outlet, named_site, page_address
from briefing.topic import load_topic

FIELD = Path(__file__).resolve().parent.parent / "fieldset"

def _kept_aside() -> frozenset[str]:
    """The batches kept aside (scripts/fieldset.py's CHECK_BATCHES): never printed here."""
    spec = importlib.util.spec_from_file_location("fieldset_script", Path(__file__).with_name("fieldset.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.CHECK_BATCHES)


CHECK = _kept_aside()


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
    args = parser.parse_args()
    every = {p.stem for p in (FIELD / "labels").glob("*.yaml")}
    batches = CHECK if args.check else set(args.batch.split(",")) if args.batch else every - CHECK
    topic = load_topic()
    counts = {"right": 0, "wrong": 0, "unknown": 0}
    for batch in sorted(batches & every):
        labels = yaml.safe_load((FIELD / "labels" / f"{batch}.yaml").read_text(encoding="utf-8"))
        for ident, label in labels.items():
            text = FIELD / "texts" / f"{ident}.txt"
            if not text.exists():
                continue
            body = text.read_text(encoding="utf-8")
            address = page_address(body, None)
            guess = named_site(guess_outlet(body, address), address, topic.outlet_at(address),
                               topic.outlet_at)
            result = verdict(guess, str(label.get("outlet") or ""))
            counts[result] += 1
            if result != "right" and not args.check:
                print(f"{ident}: {result}: {guess!r} | label {label.get('outlet')!r}")
    print(" / ".join(f"{name} {value}" for name, value in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
