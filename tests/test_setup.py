"""scripts/setup.sh as a plain user and on other systems: apt only for what is missing, and a
message saying what to do when it cannot be run.

Each test copies the script into a scratch project whose ``.venv/bin/python`` is a stub that
records what it was asked (so nothing is downloaded), and puts stubs of ``apt-get`` and
``sudo`` first on PATH, which record any call and refuse. Run as root (as CI is), the script
runs as ``nobody`` through setpriv; run by a plain user, as that user.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGES = ["libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0", "fontconfig", "fonts-dejavu-core"]
# The system's own commands: root's PATH may lead to folders (pyenv's in /root) closed to others.
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"
SYSTEM_PYTHON = shutil.which("python3", path=SYSTEM_PATH) or sys.executable
DEBIAN = shutil.which("dpkg-query", path=SYSTEM_PATH) is not None
SETPRIV = shutil.which("setpriv", path=SYSTEM_PATH) or "setpriv"
# What the script runs, for a PATH that holds nothing else (a system without dpkg or apt).
COMMANDS = ["bash", "python3", "id", "dirname", "sed", "cut", "fc-list"]

STUB_PYTHON = """#!/bin/bash
echo "python $*" >> "$CALLS"
if [ "$*" = "-m pip install -q -e .[test]" ] && [ -n "${PIP_ERROR:-}" ]; then
  echo "$PIP_ERROR" >&2
  exit 1
fi
exit 0
"""
REFUSE = """#!/bin/bash
echo "{name} $*" >> "$CALLS"
echo "{name}: {why}" >&2
exit 1
"""
# dpkg-query as Debian's answers it, with one package missing
DPKG_WITHOUT = """#!/bin/bash
for last; do :; done
if [ "$last" = "{missing}" ]; then
  echo "dpkg-query: no packages found matching $last" >&2
  exit 1
fi
printf 'install ok installed'
"""
# a Python whose venv module cannot make a virtualenv (Debian without python3-venv)
NO_ENSUREPIP = """#!/bin/bash
case "$*" in *ensurepip*) echo "ModuleNotFoundError: No module named 'ensurepip'" >&2; exit 1;; esac
exec {python} "$@"
"""


@dataclass
class Project:
    root: Path
    stubs: Path

    def stub(self, name: str, text: str) -> Path:
        path = self.stubs / name
        path.write_text(text)
        path.chmod(0o755)
        return path

    def run(self, path: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
        """scripts/setup.sh as a plain user, with no terminal (so sudo could not ask)."""
        as_user = [SETPRIV, "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
        environment = {"PATH": path or f"{self.stubs}:{SYSTEM_PATH}",
                       "HOME": str(self.root), "CALLS": str(self.root / "calls.log"), "LANG": "C.UTF-8",
                       "PYTHON": "python3", **env}
        return subprocess.run([*as_user, "bash", "scripts/setup.sh"], cwd=self.root, env=environment,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)

    @property
    def calls(self) -> str:
        return (self.root / "calls.log").read_text()


@pytest.fixture
def project() -> Iterator[Project]:
    # Under /tmp, open to all: pytest's own folder is closed to the user the script runs as.
    root = Path(tempfile.mkdtemp(prefix="setup-test-", dir="/tmp"))
    try:
        (root / "scripts").mkdir()
        shutil.copy(ROOT / "scripts" / "setup.sh", root / "scripts" / "setup.sh")
        (root / ".venv" / "bin").mkdir(parents=True)
        (root / ".venv" / "bin" / "python").write_text(STUB_PYTHON)
        (root / "calls.log").write_text("")
        stubs = root / "stubs"
        stubs.mkdir()
        made = Project(root, stubs)
        made.stub("apt-get", REFUSE.format(name="apt-get", why="Permission denied (are you root?)"))
        made.stub("sudo", REFUSE.format(name="sudo", why="a password is required"))
        for path in [root, *root.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
        yield made
    finally:
        shutil.rmtree(root)


def _only(project: Project, commands: list[str]) -> str:
    """A PATH holding these commands and nothing else."""
    folder = project.root / "only"
    folder.mkdir()
    for name in commands:
        found = shutil.which(name, path=SYSTEM_PATH)
        if found:
            (folder / name).symlink_to(found)
    return str(folder)


@pytest.mark.skipif(not DEBIAN, reason="Debian's dpkg answers for the packages")
def test_a_plain_user_with_the_packages_present_never_calls_apt(project: Project) -> None:
    done = project.run()
    assert done.returncode == 0, done.stderr
    assert "apt-get" not in project.calls and "sudo" not in project.calls
    assert "python -m pip install -q -e .[test]" in project.calls
    assert "missing" not in done.stderr


def test_one_package_missing_and_apt_not_callable_says_the_administrators_line(project: Project) -> None:
    project.stub("dpkg-query", DPKG_WITHOUT.format(missing="libharfbuzz-subset0"))
    done = project.run()
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "setup: missing system packages: libharfbuzz-subset0",
        "setup: they cannot be installed from here (not root, and no sudo); an administrator should run:",
        "    apt-get update && apt-get install -y libharfbuzz-subset0",
        "setup: the rest of the set-up (the virtualenv in .venv) waits on it; run make again afterwards.",
    ]
    # sudo asked only whether it may run without a password; apt never run, nothing installed
    assert [c for c in project.calls.splitlines() if "pip --version" not in c] == ["sudo -n true"]


def test_without_dpkg_the_libraries_are_loaded_instead(project: Project) -> None:
    if shutil.which("fc-list", path=SYSTEM_PATH) is None:
        pytest.skip("needs fontconfig's fc-list")
    done = project.run(_only(project, COMMANDS))
    assert done.returncode == 0, done.stderr
    assert "python -m pip install -q -e .[test]" in project.calls


def test_without_dpkg_or_apt_what_is_missing_is_named_by_what_it_provides(project: Project) -> None:
    done = project.run(_only(project, [c for c in COMMANDS if c != "fc-list"]))
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0] == "setup: missing system packages: fontconfig fonts-dejavu-core"
    assert "setup: (README, 'Set-up on other systems'): fontconfig (cmd fc-list), fonts-dejavu-core " \
           "(font DejaVu Sans)" in lines
    assert lines[-1].endswith("waits on it; run make again afterwards.")
    assert "install" not in project.calls


def test_python_without_venv_says_which_package(project: Project) -> None:
    shutil.rmtree(project.root / ".venv")
    project.stub("dpkg-query", DPKG_WITHOUT.format(missing="none"))
    python = project.stub("python3", NO_ENSUREPIP.format(python=SYSTEM_PYTHON))
    done = project.run(PYTHON=str(python))
    minor = "import sys; print(f'python3.{sys.version_info[1]}-venv')"
    version = subprocess.run([SYSTEM_PYTHON, "-c", minor], capture_output=True, text=True,
                             check=True).stdout.strip()
    assert done.returncode == 1
    assert f"setup: missing system packages: {version}" in done.stderr
    assert f"    apt-get update && apt-get install -y {version}" in done.stderr
    assert not (project.root / ".venv").exists()


@pytest.mark.skipif(not DEBIAN, reason="Debian's dpkg answers for the packages")
def test_a_pip_failure_is_shown_with_what_to_try(project: Project) -> None:
    error = "ERROR: No matching distribution found for weasyprint>=62"
    done = project.run(PIP_ERROR=error)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert error in lines
    said = lines[lines.index(error) + 1]
    assert said.startswith("setup: pip could not install the package (pip's error is above; all of it in "
                           ".venv/pip.log)")
    assert any("PIP_INDEX_URL" in line for line in lines)
    assert "delete .venv" not in done.stderr


def test_a_package_added_on_its_own_line_is_checked_like_the_others(project: Project) -> None:
    """How another package joins (a browser for a test): one line; without dpkg, its command."""
    if shutil.which("fc-list", path=SYSTEM_PATH) is None:
        pytest.skip("needs fontconfig's fc-list")
    script = project.root / "scripts" / "setup.sh"
    text = script.read_text()
    assert text.count("fonts-dejavu-core     font:DejaVu Sans\n") == 1
    script.write_text(text.replace("fonts-dejavu-core     font:DejaVu Sans\n",
                                   "fonts-dejavu-core     font:DejaVu Sans\nbriefing-no-such-browser\n"))
    done = project.run(_only(project, COMMANDS))
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == "setup: missing system packages: briefing-no-such-browser"
    assert "briefing-no-such-browser (cmd briefing-no-such-browser)" in done.stderr
