"""Every casualty figure a row shows cites a report that gives it, even where the row numbers only
its first reports (issue 21: "Tower 22 must carry its dead and wounded with their sources")."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from briefing.assemble import CITES, assemble
from briefing.build import extract
from briefing.model import Period
from briefing.rows import row_text

# written for this test: one drone attack told by several outlets, the later ones with a higher toll
EARLY = """---
title: Drone hits desert outpost {n}
published: 2024-01-{day}
outlet: Desk Wire {n}
---
A drone struck Tower 22, a US outpost in north-east Jordan, on Sunday. Three US soldiers were
killed and {injured} were injured, officials said.
"""


def _week(folder: Path) -> None:
    reports = [(1, 28, "25"), (2, 28, "25"), (3, 28, "25"), (4, 28, "25"), (5, 29, "34"),
               (6, 30, "more than 40")]
    for n, day, injured in reports:
        text = EARLY.format(n=n, day=day, injured=injured)
        if day > 28:
            text = text.replace("on Sunday", "on Sunday, 28 January,")
        (folder / f"r{n}.txt").write_text(text, encoding="utf-8")


def test_a_later_reports_figure_is_cited_though_a_row_numbers_only_its_first_reports(tmp_path: Path) -> None:
    _week(tmp_path)
    period = Period(dt.date(2024, 1, 22), dt.date(2024, 1, 31), "w")
    briefing = assemble(extract([tmp_path]), period, "T")
    (event,) = [e for e in briefing.chronology if e.date == dt.date(2024, 1, 28)]
    assert len({s.article for s in event.sources}) > CITES  # more reports than a row numbers
    numbers = briefing.source_numbers()
    row = row_text(event, numbers=numbers)
    # each step of the toll carries the number of the one report that gives it, in the source list
    for value, report in (("34", "r5"), ("40\\+", "r6")):
        step = re.search(rf"\b{value} ((?:\[\d+\])+)", row)
        assert step, row
        assert {int(n) for n in re.findall(r"\d+", step.group(1))} == {numbers[report]}
