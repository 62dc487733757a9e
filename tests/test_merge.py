"""Merging: syndicated copies counted once, one event from many outlets, figures never averaged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.build import extract

STORY = """---
outlet: {outlet}
published: 2023-12-05
---
{header}
BAGHDAD (Wire) — U.S. fighter jets struck a drone launch site near Kirkuk on Sunday after
militants fired rockets at U.S. forces, the Pentagon said.

U.S. and coalition forces have been attacked at least 74 times since Oct. 17, a Pentagon
spokesman told reporters on Monday. About 60 U.S. personnel have been injured in those attacks.

The drone launch site was being used by Kataib Hezbollah, officials said.
"""


def _write(folder: Path, name: str, outlet: str, header: str) -> None:
    (folder / name).write_text(STORY.format(outlet=outlet, header=header), encoding="utf-8")


def test_syndicated_copy_is_a_duplicate_and_counted_once(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Wire", "Jets strike Iraq launch site")
    _write(tmp_path, "b.txt", "Aggregator", "Jets strike Iraq launch site | Aggregator News\nShare this")
    extraction = extract([tmp_path])
    duplicates = {a.path.rsplit("/", 1)[-1]: a.duplicate_of for a in extraction.articles}
    assert duplicates == {"a.txt": None, "b.txt": "a"}
    # counted once: one record per figure and per event, the copy cited beside the original
    assert sorted(t.value for t in extraction.tallies) == [60, 74]
    assert all({s.article for s in t.sources} == {"a", "b"} for t in extraction.tallies)
    (strike,) = [e for e in extraction.events if e.type != "attack_on_us_forces"]
    # "a drone launch site" struck after the launch: the on-the-spot kind
    assert (strike.type, strike.date, strike.country) == ("self_defense_strike", dt.date(2023, 12, 3), "Iraq")
    assert {s.article for s in strike.sources} == {"a", "b"}
