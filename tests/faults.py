"""Helpers for running the real command in odd conditions: its own process, streams,
environment, disks and permissions."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def briefing(*args: str, env: dict[str, str] | None = None, preexec: Callable[[], None] | None = None,
             timeout: float = 300, **popen: object) -> subprocess.CompletedProcess[bytes]:
    """``briefing ARGS`` in its own process, as a user runs it (the installed entry point)."""
    merged = {**os.environ, **(env or {})}
    merged.pop("CI", None)
    if "stdout" not in popen and "stderr" not in popen:
        popen.setdefault("capture_output", True)
    done: subprocess.CompletedProcess[bytes] = subprocess.run(  # type: ignore[call-overload]
        [sys.executable, "-m", "briefing", *args], env=merged, preexec_fn=preexec, timeout=timeout,
        check=False, cwd=ROOT, **popen)
    return done


def no_traceback(result: subprocess.CompletedProcess[bytes]) -> str:
    """Standard error as text, after checking it holds no traceback and the process was not
    killed by a signal."""
    err = result.stderr.decode("utf-8", "replace") if result.stderr else ""
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert result.returncode >= 0, f"killed by signal {-result.returncode}: {err}"
    return err


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` cannot be written to: permissions for a user, the immutable flag for root
    (who ignores permissions)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)],
                                                        capture_output=True, check=False).returncode:
        pytest.skip("running as root without chattr +i: no way to make a folder read-only")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


@contextlib.contextmanager
def small_disk(folder: Path, kilobytes: int) -> Iterator[Path]:
    """A file system of ``kilobytes`` mounted at ``folder`` (root only), to fill up for real."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs",
                                            str(folder)], capture_output=True, check=False).returncode:
        pytest.skip("a small disk needs root and mount")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(disk: Path, leave: int) -> None:
    """Fill ``disk`` up to ``leave`` bytes of free space."""
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    with (disk / "filler").open("wb") as stream, contextlib.suppress(OSError):
        stream.write(b"\0" * max(0, free - leave))
