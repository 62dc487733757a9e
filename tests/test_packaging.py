"""The templates travel with the package: a wheel holds them and the code finds them there."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_carries_templates_and_finds_them(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("briefing-*.whl")
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    assert (unpacked / "briefing" / "templates" / "briefing.html").is_file()
    found = subprocess.run(
        [sys.executable, "-c", "from briefing.render import templates_dir; print(templates_dir())"],
        cwd=tmp_path, env={"PYTHONPATH": str(unpacked)}, capture_output=True, text=True, check=True)
    assert Path(found.stdout.strip()) == unpacked / "briefing" / "templates"
