"""Nothing unaccounted, nothing outside the output folder (issue 11): links, special files,
our own outputs, the JSON target, and the caches libraries keep."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from tests.clips import clip, fresh, write
from tests.faults import briefing, no_traceback

WEEK = ["--from", "2023-11-29", "--to", "2023-12-06"]


def _statuses(out: Path, root: Path) -> dict[str, tuple[str, str]]:
    data = json.loads(next(out.glob("*.json")).read_text())
    return {os.path.relpath(s["path"].split("#")[0], root): (s["status"], s["reason"])
            for s in data["briefing"]["inputs"]}


@pytest.fixture
def linked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An input folder with every kind of entry a folder can hold."""
    folder = tmp_path / "in"
    write(folder, "now.md", fresh(90))
    write(folder, "sub/inner.md", clip(1))
    write(tmp_path, "outside/away.md", clip(2))
    write(folder, "locked/hidden-by-permissions.md", clip(3))
    (folder / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    (folder / "loop-a.md").symlink_to(folder / "loop-b.md")
    (folder / "loop-b.md").symlink_to(folder / "loop-a.md")
    (folder / "again").symlink_to(folder / "sub")
    (folder / "away").symlink_to(tmp_path / "outside")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    os.mkfifo(folder / "pipe.md")
    real = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]  # root reads any folder: simulate a locked one
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return folder


def test_every_entry_is_accounted_for_and_links_out_are_not_followed(linked: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(linked), "-o", str(out), *WEEK])
    assert result.exit_code == 0, result.output
    statuses = _statuses(out, linked)
    expected = {
        "dangling.md": ("link", "which does not exist; not read"),
        "loop-a.md": ("link", "loops back on itself; not read"),
        "loop-b.md": ("link", "loops back on itself; not read"),
        "away": ("link", "outside the input folder; not followed (--follow-links follows it)"),
        "passwd.txt": ("link", "a symbolic link to /etc/passwd, outside the input folder; not followed"),
        "pipe.md": ("not-a-file", "a named pipe (FIFO), not a file; not read"),
        "locked": ("unreadable", "a folder that cannot be read (Permission denied); its files were not read"),
    }
    for name, (status, reason) in expected.items():
        assert statuses[name][0] == status and reason in statuses[name][1], (name, statuses.get(name))
        assert f"{name}: " in result.output  # and in the run's report
    assert statuses["now.md"][0] == "used"
    assert "sub/inner.md" in statuses or "again/inner.md" in statuses  # a linked folder is read once
    assert not ("sub/inner.md" in statuses and "again/inner.md" in statuses)
    for path in out.rglob("*"):
        if path.is_file():
            assert b"root:x:0:0" not in path.read_bytes(), path  # /etc/passwd never copied


def test_follow_links_reads_what_links_lead_to(linked: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(linked), "-o", str(out), "--follow-links", *WEEK])
    assert result.exit_code == 0, result.output
    statuses = _statuses(out, linked)
    assert statuses["away/away.md"][0] not in ("link", "unreadable")
    assert statuses["dangling.md"][0] == "link"


# --- the JSON target -------------------------------------------------------------------------

def test_extract_writes_only_to_a_regular_file_or_standard_output(tmp_path: Path) -> None:
    write(tmp_path / "in", "now.md", fresh(90))
    target = write(tmp_path, "kept.json", "keep me")
    (tmp_path / "link.json").symlink_to(target)
    os.mkfifo(tmp_path / "pipe.json")
    for name, what in (("link.json", "is a symbolic link"), ("pipe.json", "is a named pipe (FIFO), not a "
                                                                          "regular file")):
        result = briefing("extract", str(tmp_path / "in"), "--json", str(tmp_path / name), timeout=120)
        assert result.returncode == 1
        assert f"{tmp_path / name} {what}" in no_traceback(result)
    assert target.read_text() == "keep me" and (tmp_path / "link.json").is_symlink()
    assert stat.S_ISFIFO((tmp_path / "pipe.json").lstat().st_mode)
    device = tmp_path / "null.json"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pass
    else:
        result = briefing("extract", str(tmp_path / "in"), "--json", str(device))
        assert result.returncode == 1 and "is a character device" in no_traceback(result)
        assert stat.S_ISCHR(device.lstat().st_mode)
    assert briefing("extract", str(tmp_path / "in"), "--json", str(target)).returncode == 0
    assert json.loads(target.read_text())["schema"] == "briefing.extract/1"
    piped = briefing("extract", str(tmp_path / "in"), "--json", "-")
    assert json.loads(piped.stdout)["articles"][0]["path"].endswith("now.md")


# --- our own outputs are never inputs -------------------------------------------------------

@pytest.mark.parametrize("inside", [".", "out", "deeper/out"])
def test_outputs_in_the_input_folder_are_not_read_back(tmp_path: Path, inside: str) -> None:
    folder = tmp_path / "in"
    write(folder, "now.md", fresh(90))
    out = folder / inside
    args = ["build", str(folder), "-o", str(out), "--html", *WEEK]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    assert set(_statuses(out.resolve(), folder.resolve())) == {"now.md"}
    assert first.output.splitlines()[0] == again.output.splitlines()[0]  # "1 input file(s), ..."


# --- library caches stay in the tool's own folder -------------------------------------------

@pytest.mark.parametrize("cache", [True, False], ids=["cache", "no-cache"])
def test_nothing_written_outside_the_output_folder(tmp_path: Path, cache: bool) -> None:
    home, temporary = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temporary.mkdir()
    write(tmp_path / "in", "now.md", fresh(90))
    out = tmp_path / "out"
    env = {"HOME": str(home), "TMPDIR": str(temporary), "XDG_CACHE_HOME": "", "XDG_CONFIG_HOME": "",
           "MPLCONFIGDIR": ""}
    result = briefing("build", str(tmp_path / "in"), "-o", str(out), "-q", *([] if cache else ["--no-cache"]),
                      env=env)
    assert result.returncode == 0, no_traceback(result)
    assert list(home.iterdir()) == [] and list(temporary.iterdir()) == []
    written = sorted(p.relative_to(out).parts[0] for p in out.iterdir())
    assert written == ([".cache"] if cache else []) + sorted(p.name for p in out.glob("briefing-*"))
    if cache:
        assert (out / ".cache" / "matplotlib").is_dir()


def test_extract_never_reads_back_its_own_json(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder, "now.md", fresh(90))
    write(folder, "sub/inner.md", clip(1))
    for target in (folder / "extraction.json", folder / "sub" / "extraction.json"):
        for _ in range(2):  # the second run finds the first's JSON, a list of articles, beside the input
            result = briefing("extract", str(folder), "--json", str(target))
            assert result.returncode == 0, no_traceback(result)
        paths = sorted(os.path.relpath(a["path"], folder) for a in json.loads(target.read_text())["articles"])
        assert paths == ["now.md", "sub/inner.md"]  # the folder it was written into is still read
        target.unlink()
