"""What once ended the weekly run with a traceback: each becomes one line for that file (or
one `Error:` with the fix), and the run goes on where it can. Issue 11, "Crashes"."""

from __future__ import annotations

import functools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing import cache, collect
from briefing.build import extract
from briefing.cli import main
from briefing.discover import discover
from briefing.export import to_json
from briefing.pdfworker import PdfRenderer, RenderError
from briefing.publish import hold
from briefing.topic import load_topic
from tests.clips import clip, feed_line, fresh, front, story, write
from tests.conftest import ROOT
from tests.faults import briefing, fill, no_traceback, read_only, small_disk

WEEK = ["--from", "2023-11-29", "--to", "2023-12-06"]


def _lines_about(output: str, name: str) -> list[str]:
    return [line for line in output.splitlines() if name in line and line.startswith("warning:")]


def _cli(args: list[str]):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


# --- dates at the edges of the calendar ------------------------------------------------------

def test_calendar_edges_in_every_format(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder, "good.md", fresh(90))
    write(folder, "first.md", front("0001-01-01") + story(1))
    write(folder, "last.md", front("9999-12-31T23:59:59+14:00") + story(2))
    write(folder, "items.json", json.dumps([{"title": "A", "published": "0001-01-01", "text": story(3)},
                                           {"title": "B", "published": "9999-12-31", "text": story(5)}]))
    write(folder, "lines.jsonl", feed_line(6, "9999-12-31"))
    write(folder, "feed.xml", "<rss><channel><item><title>T</title><pubDate>Fri, 31 Dec 9999 23:59:59 +1400"
          f"</pubDate><description>{story(7) * 3}</description></item></channel></rss>")
    write(folder, "impossible.md", "WASHINGTON, February 30, 2023 — " + story(9) + "\nOn 2023-02-30 more.\n")
    result = _cli(["build", str(folder), "-o", str(tmp_path / "out"), *WEEK])
    assert result.exit_code == 0, result.output
    for name in ("first.md", "last.md", "items.json", "lines.jsonl"):
        assert any("outside the years 1900–2199" in line for line in _lines_about(result.output, name)), name


@settings(max_examples=60, deadline=None)
@given(st.dates())
def test_any_front_matter_date_is_read_or_reported(tmp_path_factory, day) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("date")
    write(folder, "a.md", front(day.isoformat()) + story(day.toordinal() % 40))
    (file,) = discover([folder]).files
    processed = collect.process_file(file, 1_000_000, load_topic())
    result = cache.decode(processed.summary, file.shown, file.id)
    assert not [p for p in result.problems if p.kind == "failed"]  # no fault inside, at any date
    (article,) = result.articles
    assert article.published == (day if 1900 <= day.year <= 2199 else None)


@pytest.mark.parametrize("args", [["--week", "0001-W01"], ["--week", "9999-W52"],
                                  ["--from", "0001-01-01", "--to", "0001-01-07"],
                                  ["--from", "9999-12-25", "--to", "9999-12-31"]])
def test_period_options_at_the_edges(tmp_path: Path, args: list[str]) -> None:
    write(tmp_path / "in", "a.md", fresh(90))
    result = _cli(["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), *args])
    assert result.exit_code == 2  # a period that cannot be is a usage error
    assert "outside the years 1900–2199" in result.output


# --- deep nesting, huge integers, lone surrogates, undecodable names ------------------------

DEEP = 100_000
BIG = "7" * 5000


def test_deep_nesting_and_huge_integers_are_one_line_each(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder, "good.md", fresh(90))
    write(folder, "deep.json", "[" * DEEP + "]" * DEEP)
    write(folder, "deep.jsonl", "[" * DEEP + "]" * DEEP + "\n" + feed_line(1))
    write(folder, "deep.md", front(title="[" * 5000 + "]" * 5000) + story(2))
    write(folder, "title.json", json.dumps([{"title": [[["x"] * 3] * 3] * 300, "text": story(3),
                                             "published": "2023-12-05"}]))
    write(folder, "bigint.json", f'[{{"text": "{story(4).strip()}", "views": {BIG}}}]')
    write(folder, "bigint.md", front(author=BIG) + story(5))
    write(folder, "bignumber.md", front() + f"U.S. forces were attacked {BIG} times since Oct. 17.\n")
    result = _cli(["build", str(folder), "-o", str(tmp_path / "out"), *WEEK])
    assert result.exit_code == 0, result.output
    for name in ("deep.json", "deep.jsonl", "deep.md", "bigint.json", "bigint.md"):
        lines = _lines_about(result.output, name)
        assert 1 <= len(lines) <= 2 and all(len(line) < 400 for line in lines), (name, lines)
    assert all(len(line) < 400 for line in result.output.splitlines())


def test_lone_surrogates_and_names_that_are_not_utf8(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    write(folder, "feed.jsonl", feed_line(3, "2023-12-05", title="x\\ud800y").replace("\\\\u", "\\u"))
    raw = os.fsencode(folder) + b"/caf\xe9-\xff.md"
    handle = os.open(raw, os.O_WRONLY | os.O_CREAT)  # a name that is not UTF-8: bytes, not a Path
    os.write(handle, clip(4).encode())
    os.close(handle)
    for env in ({}, {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}):
        result = briefing("build", str(folder), "-o", str(out), *WEEK, env=env)
        no_traceback(result)
        assert result.returncode == 0
    data = json.loads(next(out.glob("*.json")).read_bytes().decode("utf-8"))
    paths = [a["path"] for a in data["articles"]]
    assert any(p.endswith("caf\ufffd-\ufffd.md") for p in paths), paths
    assert "x\ufffdy" in {a["title"] for a in data["articles"]}


# --- outputs that cannot be written --------------------------------------------------------

def test_output_below_a_regular_file(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.md", fresh(90))
    write(tmp_path, "file.txt", "x")
    result = _cli(["build", str(tmp_path / "in"), "-o", str(tmp_path / "file.txt" / "out")])
    assert result.exit_code == 1
    assert "a folder above it, is a file" in result.output


def test_read_only_output_folder_keeps_last_run(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.md", fresh(90))
    out = tmp_path / "out"
    assert briefing("build", str(tmp_path / "in"), "-o", str(out), "-q").returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    write(tmp_path / "in", "b.md", fresh(91, "2023-12-06"))
    with read_only(out):
        result = briefing("build", str(tmp_path / "in"), "-o", str(out))
    assert result.returncode == 1
    assert "cannot write into the folder" in no_traceback(result)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


@pytest.mark.parametrize("cache", [True, False], ids=["with-cache", "no-cache"])
def test_a_full_disk(tmp_path: Path, cache: bool) -> None:
    write(tmp_path / "in", "a.md", fresh(90))
    flags = [] if cache else ["--no-cache"]
    with small_disk(tmp_path / "disk", 2048) as disk:
        out = disk / "out"
        assert briefing("build", str(tmp_path / "in"), "-o", str(out), "-q", *flags).returncode == 0
        before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
        write(tmp_path / "in", "b.md", fresh(91, "2023-12-06"))
        fill(disk, 30_000)  # room for the new PDF's start, not for everything
        result = briefing("build", str(tmp_path / "in"), "-o", str(out), *flags)
        err = no_traceback(result)
        assert result.returncode == 1, err
        assert "No space left on device" in err and "nothing was replaced" in err
        assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
        assert not [p for p in out.iterdir() if p.name.startswith(".briefing")]


def test_cache_folder_that_is_a_file(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.md", fresh(90))
    write(tmp_path / "out", ".cache", "not a folder")
    result = _cli(["build", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert ".cache is not used as the cache (it is not a folder)" in result.output
    assert list((tmp_path / "out").glob("briefing-*.pdf"))


# --- standard streams and the environment -------------------------------------------------

def _warned_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write(folder, "a.md", fresh(90))
    write(folder, "empty.txt", "")  # a warning to print
    return folder


def test_standard_output_full_or_gone(tmp_path: Path) -> None:
    folder = _warned_folder(tmp_path)
    with Path(os.devnull).open("wb") as sink, Path("/dev/full").open("wb") as full:
        result = briefing("build", str(folder), "-o", str(tmp_path / "a"), stdout=full,
                          stderr=subprocess.PIPE)
        assert result.returncode == 1
        assert "Error: cannot write the output (No space left on device)" in no_traceback(result)
        result = briefing("build", str(folder), "-o", str(tmp_path / "b"), stdout=sink, stderr=full)
        assert result.returncode == 1  # the warnings could not be said
        assert list((tmp_path / "b").glob("*.pdf"))  # the briefing was written before
    for number in (1, 2):
        out = tmp_path / f"closed{number}"
        result = briefing("build", str(folder), "-o", str(out), preexec=functools.partial(os.close, number),
                          capture_output=False, stdout=None if number == 2 else subprocess.DEVNULL)
        assert result.returncode == 0
        pdf = next(out.glob("*.pdf"))
        assert len(PdfReader(pdf).pages) >= 1
        json.loads(next(out.glob("*.json")).read_text())
        db = sqlite3.connect(out / ".cache" / "briefing.sqlite")
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for path in (pdf, out / ".cache" / "briefing.sqlite"):
            assert b"warning:" not in path.read_bytes() and b"wrote " not in path.read_bytes()


def test_a_closed_pipe_on_standard_output(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.md", fresh(90))
    reader, writer = os.pipe()
    os.close(reader)  # like `briefing extract ... --json - | head -c0`
    result = briefing("extract", str(tmp_path / "in"), "--json", "-", stdout=writer, stderr=subprocess.PIPE)
    os.close(writer)
    assert result.returncode == 1
    assert "Error: cannot write the output (Broken pipe)" in no_traceback(result)


@pytest.mark.parametrize("epoch", ["abc", "", "1.5"])
def test_source_date_epoch_that_is_not_an_integer(tmp_path: Path, epoch: str) -> None:
    write(tmp_path / "in", "a.md", fresh(90))
    result = briefing("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                      env={"SOURCE_DATE_EPOCH": epoch})
    assert result.returncode == 0
    assert f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds; ignored" in no_traceback(result)
    assert list((tmp_path / "out").glob("*.pdf"))


def test_no_fonts_configured(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.md", fresh(90))
    out = tmp_path / "out"
    assert briefing("build", str(tmp_path / "in"), "-o", str(out), "-q").returncode == 0
    before = next(out.glob("*.pdf")).read_bytes()
    config = write(tmp_path, "fonts.conf", '<?xml version="1.0"?><fontconfig><cachedir>'
                   f"{tmp_path}/fc</cachedir></fontconfig>")
    write(tmp_path / "in", "b.md", fresh(91, "2023-12-06"))
    result = briefing("build", str(tmp_path / "in"), "-o", str(out), env={"FONTCONFIG_FILE": str(config)})
    err = no_traceback(result)
    assert result.returncode == 1
    assert err.strip().splitlines()[-1].startswith("Error: no fonts are installed or configured")
    assert next(out.glob("*.pdf")).read_bytes() == before


HTML = "<html><body><h1>Title</h1><p>Text.</p></body></html>"


def test_a_renderer_that_dies_is_started_again() -> None:
    with PdfRenderer() as renderer:
        os.kill(renderer._process.pid, signal.SIGKILL)
        pdf, _ = renderer.render(HTML, {}, None)
    assert pdf.startswith(b"%PDF")
    assert renderer.notes == ["the PDF renderer process stopped unexpectedly (killed by signal 9); it was "
                              "started again"]


def _crash(*_: object) -> None:
    """A segmentation fault in the renderer, as a C library's would be. pytest's faulthandler
    would print the child's "Fatal Python error" and stack to the console, where it reads as a
    failure of the suite: this crash is the test's own, so the handler is off first."""
    import faulthandler

    faulthandler.disable()
    os.kill(os.getpid(), signal.SIGSEGV)


def test_a_renderer_that_keeps_dying_is_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import render

    monkeypatch.setattr(render, "to_pdf", _crash)
    with PdfRenderer() as renderer, pytest.raises(RenderError, match=r"stopped unexpectedly twice "
                                                                      r"\(killed by signal 11\)"):
        renderer.render(HTML, {}, None)


def test_the_crash_on_purpose_prints_nothing_to_the_console() -> None:
    test = f"{Path(__file__).relative_to(ROOT)}::test_a_renderer_that_keeps_dying_is_one_error"
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout
    assert "1 passed" in done.stdout
    assert "Fatal Python error" not in done.stdout + done.stderr
    assert "Segmentation fault" not in done.stdout + done.stderr


# --- a cache in any state -----------------------------------------------------------------

def _store(folder: Path) -> Path:
    return folder / cache.CACHE_FILE


def _other_schema(folder: Path) -> None:
    db = sqlite3.connect(_store(folder))
    db.executescript("DROP TABLE IF EXISTS files; CREATE TABLE files (key TEXT, payload BLOB, extra INT);"
                     "INSERT INTO files VALUES ('k', x'00', 1); PRAGMA user_version = 1;")
    db.close()


def _wrong_shape(folder: Path) -> None:
    store = cache.Store(folder)
    for file in discover([folder.parent / "in"]).files:
        key = collect.process_file(file, 2_000_000, load_topic()).key
        assert key is not None
        store.put(key, zlib.compress(b'{"articles": [{"id_suffix": 5}]}'), b"")
    store.close()


def _garbage(folder: Path) -> None:
    db = sqlite3.connect(_store(folder))
    for table in ("files", "charts"):
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        db.execute(f"UPDATE {table} SET " + ", ".join(f"{c} = randomblob(40)" for c in columns if c != "key"))
        db.execute(f"INSERT INTO {table} VALUES ({', '.join('randomblob(9)' for _ in columns)})")
    db.commit()
    db.close()


def _not_a_database(folder: Path) -> None:
    _store(folder).write_bytes(b"this is not a database" * 200)


def _a_folder(folder: Path) -> None:
    _store(folder).unlink()
    _store(folder).mkdir()


STATES = {"other-schema": _other_schema, "wrong-shape": _wrong_shape, "garbage": _garbage,
          "not-a-database": _not_a_database, "a-folder": _a_folder}


@pytest.mark.parametrize("state", STATES)
def test_a_cache_in_any_state_only_costs_time(tmp_path: Path, state: str) -> None:
    folder, store = tmp_path / "in", tmp_path / "cache"
    for n in range(3):
        write(folder, f"c{n}.md", clip(n))
    write(folder, "now.md", fresh(90))
    expected = to_json(extract([folder]))
    extract([folder], cache_dir=store)
    STATES[state](store)
    assert to_json(extract([folder], cache_dir=store)) == expected
    out = tmp_path / "out"
    assert _cli(["build", str(folder), "-o", str(out), "-q"]).exit_code == 0  # charts cached too
    STATES[state](out / cache.CACHE_DIR)
    result = _cli(["build", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output


def test_a_cache_locked_by_another_program(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder, "now.md", fresh(90))
    expected = to_json(extract([folder]))
    store = tmp_path / "cache"
    extract([folder], cache_dir=store)
    other = sqlite3.connect(_store(store), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert to_json(extract([folder], cache_dir=store)) == expected
    finally:
        other.close()


def test_two_builds_into_one_folder(tmp_path: Path) -> None:
    write(tmp_path / "in", "now.md", fresh(90))
    out = tmp_path / "out"
    with hold(out):
        result = briefing("build", str(tmp_path / "in"), "-o", str(out))
    assert result.returncode == 1
    assert f"Error: {out} is busy: another briefing build is writing into it" in no_traceback(result)
    assert briefing("build", str(tmp_path / "in"), "-o", str(out), "-q").returncode == 0


def test_a_worker_killed_mid_run_costs_time_not_files(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(60):
        write(tmp_path, f"c{n:02d}.md", clip(n))
    found = discover([tmp_path])
    serial = collect.combine(collect.read_all(found))
    main_process, real = os.getpid(), collect.process_file

    def dying(file, *args):  # type: ignore[no-untyped-def]  # the out-of-memory killer, say
        if os.getpid() != main_process and file.path.name == "c30.md":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(file, *args)

    monkeypatch.setattr(collect, "process_file", dying)
    monkeypatch.setattr(collect, "PARALLEL_FROM", 2)
    read = collect.read_all(found)
    assert read.notes and read.notes[0].startswith("a worker process stopped unexpectedly; the last")
    assert to_json(collect.combine(read)) == to_json(serial)
