"""What a run leaves and says: exit codes a scheduler can trust, and an appendix that is true."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from briefing.cli import main

FRONT = "---\noutlet: Desk\npublished: {day}\n---\n"


def _write(folder: Path, name: str, day: str, body: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(FRONT.format(day=day) + body + "\n", encoding="utf-8")


def _last_week(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """An output folder holding last week's briefing, and its bytes."""
    source = tmp_path / "last"
    _write(source, "a.txt", "2023-11-21",
           "Drones targeted U.S. forces at al-Asad air base on Monday, officials said.")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(source), "-o", str(out), "-q"]).exit_code == 0
    return out, {p.name: p.read_bytes() for p in out.glob("briefing-*")}


def test_a_run_with_nothing_usable_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    out, before = _last_week(tmp_path)
    source = tmp_path / "in"
    _write(source, "sport.txt", "2023-11-28", "The home side won 2-1 on Tuesday before a crowd of 30,000.")
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "--week", "2023-W48"])
    assert result.exit_code == 1
    assert "could be used" in result.output and "nothing was written" in result.output
    assert {p.name: p.read_bytes() for p in out.glob("briefing-*")} == before


def test_a_run_that_fails_strict_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    out, before = _last_week(tmp_path)
    source = tmp_path / "in"
    _write(source, "a.txt", "2023-11-28",
           "Rockets targeted U.S. troops at al-Tanf on Monday, officials said.")
    (source / "broken.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "--strict"])
    assert result.exit_code == 1
    assert "--strict was given; nothing was written" in result.output
    assert {p.name: p.read_bytes() for p in out.glob("briefing-*")} == before


def test_the_appendix_says_what_was_found_in_an_input_it_did_not_use(tmp_path: Path) -> None:
    source = tmp_path / "in"
    _write(source, "a.txt", "2023-11-21",
           "Drones targeted U.S. forces at al-Asad air base on Monday, officials said.")
    _write(source, "undated.txt", "2023-11-21",
           "A rocket attack targeted U.S. forces at a base in Syria, a monitor said.")
    _write(source, "sport.txt", "2023-11-21", "The home side won 2-1 on Tuesday before a crowd of 30,000.")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    (document,) = [json.loads(p.read_text()) for p in out.glob("briefing-*.json")]
    statuses = {Path(s["path"]).name: (s["status"], s["reason"]) for s in document["briefing"]["inputs"]}
    assert statuses["a.txt"][0] == "used"
    assert statuses["sport.txt"] == ("off-topic", "no attack, strike or campaign figure found in it")
    status, reason = statuses["undated.txt"]
    assert status == "not-used" and "1 undated mention" in reason and "listed in the appendix" in reason
