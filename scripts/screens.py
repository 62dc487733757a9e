#!/usr/bin/env python3
"""Write briefing/screens.json: what each of the shipped topic's and the code's patterns needs
(see briefing/screen.py), so that no run reads their trees again. Run it after changing a
pattern or the shipped topic; tests/test_screen.py fails until it is run.

    .venv/bin/python scripts/screens.py
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def learned() -> dict[str, object]:
    """Everything the screens read for the sample build, with no table to read from."""
    from briefing import screen

    screen._TABLE_PATH = Path("/nonexistent/screens.json")  # read every pattern afresh
    screen._table.cache_clear()
    from briefing.build import extract

    extract([ROOT / "sample_input"])
    return dict(sorted(screen.LEARNED.items()))


def main() -> None:
    argparse.ArgumentParser(description=__doc__,
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    from briefing import screen

    table = learned()
    path = Path(screen.__file__).with_name("screens.json")
    path.write_text(json.dumps(table, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(table)} patterns")


if __name__ == "__main__":
    main()
