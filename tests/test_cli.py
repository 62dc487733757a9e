"""The command line through CliRunner: the sample build, read back, and every error path."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import main
from tests.conftest import SAMPLES


@pytest.fixture
def built(sample_build: tuple[Path, str]) -> tuple[Path, str]:
    return sample_build


def test_build_writes_pdf_and_json(built: tuple[Path, str]) -> None:
    out, output = built
    pdf = out / "briefing-2023-11-16_to_2023-11-22.pdf"
    assert f"wrote {pdf}" in output
    assert "5 input file(s), 5 entries" in output
    data = json.loads((out / "briefing-2023-11-16_to_2023-11-22.json").read_text())
    assert data["schema"] == "briefing.extract/1"
    statuses = {Path(i["path"]).name[:3]: i["status"] for i in data["briefing"]["inputs"]}
    assert statuses["004"] == "outside-period"


def test_pdf_reads_as_a_briefing(built: tuple[Path, str]) -> None:
    out, _ = built
    reader = PdfReader(out / "briefing-2023-11-16_to_2023-11-22.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert reader.metadata is not None and "Attacks on US forces" in (reader.metadata.title or "")
    assert str(reader.root_object["/Lang"]) == "en"
    assert [item.title for item in reader.outline if not isinstance(item, list)][:3] == [
        "Attacks on US forces in Iraq and Syria", "Key points", "Figures at a glance"]
    assert f"page 1 of {len(reader.pages)}" in flat
    for needle in ("Key points", "Chronology", "Earlier events, for context", "Sources",
                   "approximately 66", "32 in Iraq, 34 in Syria", "8 November 2023", "12 November 2023",
                   "22 November 2023", "AC-130", "ABC News", "Al Jazeera", "outside-period"):
        assert needle in flat, needle
    # the sections' order: test_document.py


def test_2021_figures_are_not_in_the_briefing(built: tuple[Path, str]) -> None:
    out, _ = built
    data = json.loads((out / "briefing-2023-11-16_to_2023-11-22.json").read_text())
    used = set(data["briefing"]["sources"])
    assert not any(a.startswith("004") for a in used)


def test_week_option_names_the_file(tmp_path: Path) -> None:
    args = ["build", str(SAMPLES), "-o", str(tmp_path), "--week", "2023-W46", "-q"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "briefing-2023-W46.pdf").is_file()
    assert result.output == ""


def test_week_last_is_read_from_the_clock(tmp_path: Path) -> None:
    from briefing.period import week_of

    args = ["build", str(SAMPLES), "-o", str(tmp_path), "--week", "last", "-q"]
    before = week_of(dt.date.today() - dt.timedelta(days=7))
    result = CliRunner().invoke(main, args)
    after = week_of(dt.date.today() - dt.timedelta(days=7))  # in case midnight passed
    # the samples are from 2023: nothing in last week can be used, the run says which week, writes nothing
    assert result.exit_code == 1 and "Error: no input in" in result.output
    assert any(f"{w.start:%Y-%m-%d} – {w.end:%Y-%m-%d}" in result.output for w in (before, after))
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.parametrize(("args", "code", "message"), [
    (["build", "no/such/dir"], 2, "does not exist"),
    (["build", str(SAMPLES), "--week", "2023-47"], 2, "Error: --week '2023-47' is not an ISO week"),
    (["build", str(SAMPLES), "--from", "2023-11-01"], 2, "--from and --to go together"),
    (["build", str(SAMPLES), "--from", "2023-11-30", "--to", "2023-11-01"], 2, "Error: --from"),
    (["build", str(SAMPLES), "--from", "yesterday", "--to", "2023-11-01"], 2, "is not a date"),
    (["build", str(SAMPLES), "--page-size", "A3"], 2, "A3"),
    (["extract", str(SAMPLES)], 2, "--json"),
])
def test_errors(args: list[str], code: int, message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, [*args, "-o", str(tmp_path)] if args[0] == "build" else args)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_no_dated_input_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("US forces were attacked on Sunday.\n")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "Error: no input has a publication date" in result.output


def test_strict_fails_on_warnings(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for sample in SAMPLES.glob("*.txt"):
        (tmp_path / "in" / sample.name).write_text(sample.read_text())
    (tmp_path / "in" / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--strict"])
    assert result.exit_code == 1
    assert "empty.txt: file is empty" in result.output
    assert "Error: 1 input problem(s) and --strict was given" in result.output


def test_extract_writes_schema_without_heavy_imports(tmp_path: Path) -> None:
    import subprocess
    import sys

    args = ["extract", str(SAMPLES), "--json", str(tmp_path / "x.json")]
    code = ("import sys; from briefing.cli import main; "
            f"main({args!r}, standalone_mode=False); "
            "print(sorted(m for m in ('weasyprint', 'matplotlib') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    data = json.loads((tmp_path / "x.json").read_text())
    assert {t["metric"] for t in data["tallies"]} == {"attacks", "injured"}


@pytest.mark.parametrize("command", [[], ["build"], ["extract"], ["send"]])
def test_every_command_has_help_with_examples(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "briefing, version" in result.output
