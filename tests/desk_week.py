"""A desk's week of clippings, written for the tests in our own words, and helpers to correct it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from briefing.assemble import assemble
from briefing.build import extract
from briefing.desk import step
from briefing.model import Briefing, Event, Extraction, Tally
from briefing.period import date_range

STRIKE = """---
published: 2024-02-05
outlet: Desk Test Wire
title: US jets hit militia depots in Iraq
---
U.S. fighter jets struck a weapons depot near al-Qaim on Sunday, officials said.

U.S. forces in Iraq and Syria have been attacked at least 160 times since Oct. 17, a spokesman said Monday.

Local residents reported hearing several loud explosions shortly after midnight.
"""
ATTACK = """---
published: 2024-02-06
outlet: Desk Test Post
title: Drone hits base in Syria
---
A one-way drone attacked U.S. troops at the Al-Omar oil field in Syria on Monday, injuring two \
service members, the Pentagon said.

Militia leaders vowed to keep up pressure on foreign troops in the region. A rocket attack on the \
base was also reported by a monitor.
"""
UNDATED = """---
outlet: Desk Test Daily
title: Clipping without a date
---
American warplanes hit a militia command post near Abu Kamal, according to two officials.

Officials declined to say whether anyone was killed in the operation.
"""
# Next week's: it tells this week's strike again, and a new one.
LATER = """---
published: 2024-02-12
outlet: Desk Test Times
title: Strikes go on
---
U.S. jets hit a militia depot near al-Qaim on Feb. 4, officials said last week.

U.S. aircraft struck a drone storage site near Jurf al-Sakhar on Saturday, a defense official confirmed.

U.S. forces in Iraq and Syria have been attacked at least 170 times since Oct. 17, a spokesman said Monday.
"""
WEEK = date_range(dt.date(2024, 2, 1), dt.date(2024, 2, 7))
STRIKE_ID = "2024-02-04:us_strike:iraq"
ATTACK_ID = "2024-02-05:attack_on_us_forces:syria"
UNDATED_ID = "undated-nodate:us_strike:syria"
FIGURE_ID = "strike:t1"


def write_week(folder: Path, later: bool = False, corrections: str | None = None,
               notes: str | bytes | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    texts = {"strike.txt": STRIKE, "attack.txt": ATTACK, "nodate.txt": UNDATED}
    if later:
        texts["later.txt"] = LATER
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    if corrections is not None:
        (folder / "corrections.toml").write_text(corrections, encoding="utf-8")
    if isinstance(notes, bytes):
        (folder / "notes.md").write_bytes(notes)
    elif notes is not None:
        (folder / "notes.md").write_text(notes, encoding="utf-8")
    return folder


def corrected(folder: Path, period: object = WEEK) -> Briefing:
    """The week's briefing with the desk's files beside it applied, as a build makes it."""
    files = step.gather([folder])
    outcome = step.correct(extract([folder]), files, None, 2_000_000)
    briefing = assemble(outcome.extraction, period, "Desk test")  # type: ignore[arg-type]
    return step.finish(briefing, outcome, files)


def records(extraction: Extraction) -> dict[str, Event | Tally]:
    found: list[Event | Tally] = [*extraction.events, *extraction.undated, *extraction.tallies]
    return {r.id: r for r in found}


def without_corrections(briefing: Briefing) -> Briefing:
    return dataclasses.replace(briefing, corrections=())
