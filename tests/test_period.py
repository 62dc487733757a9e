"""The default period follows the bulk of the input; a date far off is reported, not followed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from briefing.cli import main
from briefing.period import bulk_of

D = dt.date


def test_a_lone_date_weeks_after_the_rest_does_not_set_the_period() -> None:
    dates = [D(2024, 1, 28), D(2024, 1, 29), D(2024, 1, 30), D(2024, 2, 1), D(2024, 2, 2), D(2024, 3, 2)]
    bulk = bulk_of(dates)
    assert bulk is not None and (bulk.newest, bulk.outliers) == (D(2024, 2, 2), (D(2024, 3, 2),))


def test_a_newer_cluster_with_a_fair_share_of_the_input_does_set_it() -> None:
    dates = [D(2024, 1, 28), D(2024, 1, 29), D(2024, 2, 20), D(2024, 2, 21), D(2024, 2, 22)]
    bulk = bulk_of(dates)
    assert bulk is not None and (bulk.newest, bulk.outliers) == (D(2024, 2, 22), ())


def test_one_or_two_dates_are_followed_as_they_are() -> None:
    assert bulk_of([D(2024, 2, 2)]) == bulk_of([D(2024, 2, 2)])
    bulk = bulk_of([D(2024, 1, 2), D(2024, 2, 2)])
    assert bulk is not None and bulk.newest == D(2024, 2, 2)
    assert bulk_of([]) is None


def _clip(folder: Path, name: str, header: str, body: str) -> None:
    (folder / name).write_text(f"{header}\n{body}\n", encoding="utf-8")


def test_the_briefing_reports_the_suspicious_date_and_covers_the_bulk(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    places = {29: "al-Asad air base", 30: "Harir air base", 31: "the Conoco field"}
    for day, place in places.items():
        _clip(source, f"jan{day}.txt", f"Headline {day}\n\nJanuary {day}, 2024",
              f"Drones targeted U.S. forces at {place} on Monday, officials said on day {day}.")
    (source / "late.txt").write_text("---\npublished: 2024-03-02\n---\nRockets were fired at U.S. troops "
                                     "in Syria on Friday, a monitor said in its weekly round-up.\n",
                                     encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "briefing-2024-01-25_to_2024-01-31.pdf").is_file(), result.output
    assert "late.txt" in result.output and "far after the other inputs" in result.output
    import json

    document = json.loads((tmp_path / "out" / "briefing-2024-01-25_to_2024-01-31.json").read_text())
    (late,) = [s for s in document["briefing"]["inputs"] if s["path"].endswith("late.txt")]
    assert late["status"] == "outside-period" and "far after the other inputs" in late["reason"]
