"""The CSV tables beside the JSON: read back by Python's csv, accents kept, formulas neutralised."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.build import extract
from briefing.cli import main
from briefing.tables import EVENT_COLUMNS, FIGURE_COLUMNS, events_csv, figures_csv, neutral
from tests.desk_week import ATTACK_ID, FIGURE_ID, STRIKE_ID, UNDATED_ID, write_week


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Al-Qaim", "Al-Qaim"),
        ("2024-02-04", "2024-02-04"),
        (160, "160"),
        (None, ""),
        ("", ""),
    ],
)
def test_neutral(cell: object, shown: str) -> None:
    assert neutral(cell) == shown


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith("\ufeff".encode())  # the byte-order mark a spreadsheet looks for
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_events_and_figures_read_back(tmp_path: Path) -> None:
    folder = write_week(tmp_path)
    strike = (folder / "strike.txt").read_text(encoding="utf-8")
    (folder / "strike.txt").write_text(
        strike.replace("outlet: Desk Test Wire", "outlet: =cmd|' /C calc'!A0 Café"), encoding="utf-8"
    )
    extraction = extract([folder])
    events = _rows(events_csv(extraction))
    assert tuple(events[0]) == EVENT_COLUMNS
    by_id = {row["id"]: row for row in events}
    assert set(by_id) == {STRIKE_ID, ATTACK_ID, UNDATED_ID}
    assert by_id[STRIKE_ID] | {"first quote": ""} == {
        "id": STRIKE_ID,
        "date": "2024-02-04",
        "precision": "day",
        "type": "us_strike",
        "country": "Iraq",
        "places": "Al-Qaim",
        "actors": "",
        "weapons": "fighter jets",  # "U.S. fighter jets struck": the strike's craft
        "sources": "'=cmd|' /C calc'!A0 Café (strike)",
        "first quote": "",
        "corrected": "",
    }
    assert (
        by_id[STRIKE_ID]["first quote"] == "U.S. fighter jets struck a weapons depot near al-Qaim on Sunday, "
        "officials said."
    )
    assert (by_id[UNDATED_ID]["date"], by_id[UNDATED_ID]["precision"]) == ("", "unknown")
    figures = _rows(figures_csv(extraction))
    assert tuple(figures[0]) == FIGURE_COLUMNS
    assert figures == [
        {
            "id": FIGURE_ID,
            "metric": "attacks",
            "value": "160",
            "qualifier": "at least",
            "since": "2023-10-17",
            "as_of": "2024-02-05",
            "source kind": "official",
            "speaker": figures[0]["speaker"],
            "breakdown": "",
            "sources": "'=cmd|' /C calc'!A0 Café (strike)",
            "corrected": "",
        }
    ]


def test_a_build_writes_both_tables_beside_the_json(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(write_week(tmp_path / "clips")),
            "-o",
            str(out),
            "--from",
            "2024-02-01",
            "--to",
            "2024-02-07",
        ],
    )
    assert result.exit_code == 0, result.output
    stem = "briefing-2024-02-01_to_2024-02-07"
    assert {p.name for p in out.glob(f"{stem}*")} == {
        f"{stem}.pdf",
        f"{stem}.json",
        f"{stem}.events.csv",
        f"{stem}.figures.csv",
    }
    assert [r["id"] for r in _rows((out / f"{stem}.figures.csv").read_bytes())] == [FIGURE_ID]
    assert f"wrote {out / stem}.events.csv and {stem}.figures.csv" in result.output
