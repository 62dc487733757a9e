"""One act told on either side of midnight by two reports of a run is one row (issue 23).

A US outlet tells an attack "late Monday" (or "at 6 p.m. ET"), a regional one "in the early hours
of Tuesday": the same rockets at the same base, one day apart by the clock each counts in. The run
joins them only on typed evidence on both sides: an evening on the earlier day, the small hours on
the later, one site named by both days' reports and a means in common. The texts are ours.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.build import extract

US_EVENING = ("---\noutlet: Capital Wire\npublished: 2024-03-05\n---\nRockets fired at US base in Iraq\n\n"
              "WASHINGTON (Capital Wire) - Militants fired three rockets at U.S. troops at Al-Asad Airbase "
              "in western Iraq {when}, a defense official said on Tuesday. No injuries were reported.\n")

LOCAL_NIGHT = ("---\noutlet: Anbar Daily\npublished: 2024-03-05\n---\n{headline}\n\n"
               "{means} landed inside {base} in Anbar province {when}, Iraqi security sources said. "
               "A US official quoted by Capital Wire said the base had been targeted. "
               "The base hosts coalition troops.\n")

MON, TUE = dt.date(2024, 3, 4), dt.date(2024, 3, 5)


def _rows(folder: Path, evening: str, local: dict[str, str]) -> list[tuple[dt.date | None, set[str]]]:
    (folder / "us.txt").write_text(US_EVENING.format(when=evening), encoding="utf-8")
    told = {"headline": "Blasts at a base in Anbar", "means": "Rockets", "base": "Al-Asad Airbase",
            "when": "in the early hours of Tuesday", **local}
    (folder / "local.txt").write_text(LOCAL_NIGHT.format(**told), encoding="utf-8")
    extraction = extract([folder])
    names = {a.id: a.path.rsplit("/", 1)[-1] for a in extraction.articles}
    return sorted((e.date, {names[s.article] for s in e.sources}) for e in extraction.events
                  if e.type == "attack_on_us_forces")


@pytest.mark.parametrize(("evening", "local"), [
    ("late Monday", {}),  # the US evening and the local small hours
    ("on Monday evening", {"when": "early on Tuesday"}),
    ("on Monday at about 6 p.m. ET", {"when": "early Tuesday"}),  # a clock and its zone
])
def test_an_act_told_each_side_of_midnight_at_one_base_is_one_row(
        tmp_path: Path, evening: str, local: dict[str, str]) -> None:
    ((day, sources),) = _rows(tmp_path, evening, local)
    assert day == TUE  # the local day, as a joined row across time zones takes
    assert sources == {"us.txt", "local.txt"}


@pytest.mark.parametrize(("evening", "local"), [
    # nothing tells the time of day on one side: the two days stay two rows
    ("on Monday", {}),
    ("late Monday", {"when": "on Tuesday"}),
    # the small hours' report names other means: another act at the same base the next night
    ("late Monday", {"means": "Two drones", "headline": "Drones at a base in Anbar"}),
    # another base
    ("late Monday", {"base": "Harir air base", "headline": "Blasts at a base in the north"}),
])
def test_reports_a_day_apart_without_evidence_on_both_sides_stay_two_rows(
        tmp_path: Path, evening: str, local: dict[str, str]) -> None:
    rows = _rows(tmp_path, evening, local)
    assert [day for day, _ in rows] == [MON, TUE]


def test_one_report_telling_an_evening_and_the_next_small_hours_tells_two_acts(tmp_path: Path) -> None:
    """One outlet tells rockets late on one day and rockets again in the next small hours at the same
    base: two acts, whatever another report of the run says."""
    (tmp_path / "both.txt").write_text(
        "---\noutlet: Anbar Daily\npublished: 2024-03-05\n---\nAl-Asad Airbase hit twice\n\n"
        "Rockets struck Al-Asad Airbase in Anbar province late Monday, security sources said.\n\n"
        "In a second attack, militants fired rockets at Al-Asad Airbase in the early hours of Tuesday, "
        "the sources said.\n", encoding="utf-8")
    (tmp_path / "us.txt").write_text(US_EVENING.format(when="late Monday"), encoding="utf-8")
    rows = [e.day for e in extract([tmp_path]).events if e.type == "attack_on_us_forces"]
    assert sorted(rows) == [MON, TUE]
