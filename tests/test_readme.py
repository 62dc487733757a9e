"""The README's commands, run as written: its shell blocks, in a folder of their own beside the
sample, as a new user would type them outside the checkout; its settings blocks, read as
settings. Only what cannot run here is left out, and said: `make` (the set-up itself) and a
`send` that is not a dry run (it needs a mail server)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from briefing.config import Settings, parse
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)


def blocks(language: str) -> list[str]:
    return [body for lang, body in BLOCK.findall(README) if lang == language]


def commands() -> list[str]:
    """Each command line of the README's shell blocks, comments dropped, in order."""
    found = []
    for body in blocks("sh"):
        for line in body.splitlines():
            command = line.split("  #")[0].strip()
            if command and not command.startswith("#"):
                found.append(command)
    return found


def offline(command: str) -> bool:
    words = shlex.split(command)
    return words[0] != "make" and not (len(words) > 1 and words[1] == "send" and "--dry-run" not in words)


def test_the_readme_has_the_commands_a_user_starts_with() -> None:
    runnable = [c for c in commands() if offline(c)]
    assert [c for c in commands() if not offline(c)] == [
        "make briefing", "make test", ".venv/bin/briefing send clips/ --week last"]
    assert runnable[0] == "cp -r sample_input clips"  # clips/ is made before it is used
    assert {shlex.split(c)[1] for c in runnable[1:]} == {"build", "extract", "review", "send"}


def test_the_readme_commands_run_as_written(tmp_path: Path) -> None:
    """In an empty folder holding only the sample and the virtualenv: no checkout around it."""
    (tmp_path / ".venv").symlink_to(Path(sys.prefix))
    shutil.copytree(ROOT / "sample_input", tmp_path / "sample_input")
    # The Sending section's tables, put in the settings file as it says
    mail = next(body for body in blocks("toml") if "[email]" in body)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    for command in filter(offline, commands()):
        done = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=environment, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr, command
        if command.startswith("cp -r"):
            with (tmp_path / "clips" / "briefing.toml").open("a", encoding="utf-8") as settings:
                settings.write("\n" + mail)
    assert (tmp_path / "out" / "briefing-2023-W47.pdf").is_file()
    assert (tmp_path / "out" / "briefing-2023-W47.eml").is_file()
    assert (tmp_path / "output" / "briefing-2023-11-16_to_2023-11-22.html").is_file()
    assert (tmp_path / "extraction.json").is_file()


def _corrections(body: str) -> bool:
    return any(f"[[{kind}]]" in body for kind in ("drop", "change", "add", "merge", "source"))


@pytest.mark.parametrize("body", [body for body in blocks("toml") if not _corrections(body)])
def test_the_readme_settings_are_valid_settings(body: str, tmp_path: Path) -> None:
    assert parse(tomllib.loads(body), "README.md", tmp_path) != Settings()  # read, and not ignored


@pytest.mark.parametrize("body", [body for body in blocks("toml") if _corrections(body)])
def test_the_readme_corrections_are_read_as_corrections(body: str) -> None:
    from briefing.desk.corrections import parse as parse_corrections

    assert parse_corrections(tomllib.loads(body), "README.md").entries
