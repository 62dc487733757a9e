"""Hangs and blow-ups (issue 11): nothing waits on a pipe, nothing grows beyond its input,
no exit waits, no child outlives the build."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import collect
from briefing.build import extract
from briefing.cli import main
from briefing.discover import discover
from briefing.export import to_json
from briefing.figures import interval
from briefing.frontmatter import parse_front_matter
from briefing.merge import flag_conflicts
from briefing.model import Evidence, Tally
from briefing.pdfworker import PdfRenderer
from tests.clips import fresh, front, story, write
from tests.faults import ROOT, briefing, no_traceback


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail instead of hanging: 60 s for what takes well under one."""
    def expired(*_: object) -> None:
        raise TimeoutError("took over 60 s: a hang")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


# --- YAML aliases --------------------------------------------------------------------------

LAUGHS = "---\n" + "\n".join(
    [f"a: &a [{','.join(['lol'] * 9)}]"]
    + [f"{b}: &{b} [{','.join([f'*{a}'] * 9)}]" for a, b in zip("abcdefgh", "bcdefghi", strict=True)]
    + ["title: *i"]) + "\n---\n"


def test_nested_yaml_aliases_are_refused_at_once(deadline: None) -> None:
    assert len(LAUGHS) < 400  # the size of the front matter
    fields, body_at, problems = parse_front_matter(LAUGHS + story(1))
    assert fields == {} and body_at == len(LAUGHS)
    assert problems == ["front matter is not valid YAML at line 3 (aliases (*name) are not allowed); "
                        "it was ignored"]


def test_front_matter_values_are_bounded() -> None:
    fields, _, problems = parse_front_matter(front(title="x" * 3000, outlet="Wire") + "Body.\n")
    assert fields == {"published": "2023-12-05", "outlet": "Wire"}
    assert problems == ["front matter 'title' is 3,000 characters long, over 2,000; ignored"]


# --- pipes and devices ---------------------------------------------------------------------

def test_a_pipe_in_the_input_folder(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder, "now.md", fresh(90))
    os.mkfifo(folder / "pipe.md")
    result = briefing("build", str(folder), "-o", str(tmp_path / "out"), timeout=120)
    assert result.returncode == 0
    assert "pipe.md: a named pipe (FIFO), not a file; not read" in no_traceback(result)


def test_a_pipe_as_the_input_or_the_settings(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    write(tmp_path / "in", "now.md", fresh(90))
    result = briefing("build", str(tmp_path / "pipe"), "-o", str(tmp_path / "out"), timeout=120)
    assert result.returncode == 1
    assert "a named pipe (FIFO), not a file or folder; not read" in no_traceback(result)
    result = briefing("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--config",
                      str(tmp_path / "pipe"), timeout=120)
    assert result.returncode == 1
    assert f"Error: {tmp_path / 'pipe'}: a named pipe (FIFO), not a file; not read" in no_traceback(result)


def test_a_pipe_swapped_in_after_discovery(tmp_path: Path, deadline: None) -> None:
    write(tmp_path, "a.md", fresh(90))
    found = discover([tmp_path])
    (tmp_path / "a.md").unlink()
    os.mkfifo(tmp_path / "a.md")
    read = collect.read_all(found)
    (problem,) = read.results[0].problems
    assert (problem.kind, problem.message) == ("not-a-file", "a named pipe (FIFO), not a file; not read")


def test_a_link_to_a_device_is_not_read(tmp_path: Path, deadline: None) -> None:
    write(tmp_path / "in", "now.md", fresh(90))
    (tmp_path / "in" / "zero.md").symlink_to("/dev/zero")
    for follow in (False, True):
        problems = {p.message for p in extract([tmp_path / "in"], follow_links=follow).problems}
        assert ("a symbolic link to a character device, not a file; not read" in problems) is follow
        assert ("a symbolic link to /dev/zero, outside the input folder; not followed (--follow-links "
                "follows it)" in problems) is not follow


# --- output proportionate to input ---------------------------------------------------------

def test_a_million_bad_lines_make_a_short_report(tmp_path: Path) -> None:
    lines = 200_000
    write(tmp_path, "numbers.jsonl", "\n".join(str(n) for n in range(lines)))
    write(tmp_path, "now.md", fresh(90))
    extraction = extract([tmp_path])
    messages = [p.message for p in extraction.problems if p.path.split("#")[0].endswith("numbers.jsonl")]
    assert len(messages) == 6
    assert messages[-1] == f"and {lines - 5:,} more problem(s) like these in this file"
    assert len(json.dumps(to_json(extraction))) < 20_000


def _figure(number: int, value: int, qualifier: str, since: dt.date | None) -> Tally:
    day = dt.date(2023, 11, 21)
    return Tally(f"t{number}", "attacks", value, qualifier, since, day, None,  # type: ignore[arg-type]
                 (Evidence(f"a{number}", 0, 1, "x"),))


QUALIFIERS = ["exact", "approximately", "at least", "more than", "nearly", "up to"]
STARTS = [None, dt.date(2023, 10, 17), dt.date(2023, 10, 18)]


def test_thousands_of_figures_a_day_make_groups_not_pairs() -> None:
    figures = [_figure(n, 40 + n % 60, QUALIFIERS[n % 6], STARTS[n % 3]) for n in range(4000)]
    flagged = flag_conflicts(figures)
    groups = {t.conflict for t in flagged}
    assert groups == {None, "attacks:2023-11-21"}
    document = json.dumps(to_json(_extraction(flagged)))
    assert len(document) < 4000 * 450  # proportionate: a few hundred bytes per figure


def _extraction(tallies: list[Tally]):  # type: ignore[no-untyped-def]
    from briefing.model import Extraction

    return Extraction((), (), tuple(tallies))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 90), st.sampled_from(QUALIFIERS), st.sampled_from(STARTS)),
                max_size=25))
def test_groups_hold_exactly_the_figures_that_clash(specs: list[tuple[int, str, dt.date | None]]) -> None:
    figures = [_figure(n, *spec) for n, spec in enumerate(specs)]

    def clashes(mine: Tally, other: Tally) -> bool:  # the rule, pair by pair
        (low, high), (their_low, their_high) = interval(mine), interval(other)
        # from the same start, or either states none (both ways: a group is never of one)
        same_start = other.since in (mine.since, None) or mine.since is None
        return same_start and (their_high < low or their_low > high)

    expected = {f.id for f in figures if any(clashes(f, o) for o in figures if o is not f)}
    assert {t.id for t in flag_conflicts(figures) if t.conflict} == expected


# --- error exits at once, children die with the build ---------------------------------------

def test_an_error_exit_says_so_without_a_traceback(tmp_path: Path) -> None:
    write(tmp_path / "in", "undated.md", "Militants fired rockets at a base, officials said.\n")
    result = briefing("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "no input has a publication date" in no_traceback(result)


def _slow_start(*_: object) -> None:
    time.sleep(60)  # a renderer still importing WeasyPrint when the build stops


def test_a_renderer_never_asked_is_stopped_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each error exit used to wait for the renderer to finish starting (5 s). A renderer that was
    never asked for a PDF is terminated, not waited for: it ends by SIGTERM, where waiting would
    have ended it by the SIGKILL after the join's timeout (or not at all within 60 s)."""
    import briefing.pdfworker as pdfworker

    monkeypatch.setattr(pdfworker, "_serve", _slow_start)
    monkeypatch.setattr("briefing.processes.usable_cpus", lambda: 2)
    renderer = PdfRenderer(quiet=True)
    child = renderer._process
    assert child is not None and child.is_alive()
    renderer.close()
    assert not child.is_alive()
    assert child.exitcode == -signal.SIGTERM


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def test_a_killed_build_leaves_no_process_behind(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_archive import write_archive  # type: ignore[import-not-found]

    write_archive(tmp_path / "in", 300)
    import subprocess

    build = subprocess.Popen([sys.executable, "-m", "briefing", "build", str(tmp_path / "in"), "-o",
                              str(tmp_path / "out"), "-q"], cwd=ROOT)
    children: set[int] = set()
    for _ in range(200):  # the renderer, and the workers once reading has begun
        children = _children(build.pid)
        if len(children) >= 3:
            break
        time.sleep(0.05)
    assert len(children) >= 3, children
    build.kill()
    build.wait()
    for _ in range(100):
        if not any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in children):
            return
        time.sleep(0.05)
    raise AssertionError(f"still running after the build was killed: {children}")


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def test_closing_an_unused_renderer_is_immediate(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real renderer, never asked: terminated at once (SIGTERM), never left to the join's
    timeout and its SIGKILL."""
    monkeypatch.setattr("briefing.processes.usable_cpus", lambda: 2)
    renderer = PdfRenderer()
    process = renderer._process
    renderer.close()
    assert process is not None and not process.is_alive()
    assert process.exitcode == -signal.SIGTERM


def test_workers_follow_the_cpus_the_process_may_use() -> None:
    import subprocess

    code = ("import os; os.sched_setaffinity(0, {min(os.sched_getaffinity(0))}); "
            "from briefing.processes import usable_cpus; from briefing.pdfworker import PdfRenderer; "
            "r = PdfRenderer(); print(usable_cpus(), (os.cpu_count() or 1) > 1, r._process is None)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.split() == ["1", str((os.cpu_count() or 1) > 1), "True"]


def test_no_warning_from_a_library_under_quiet(tmp_path: Path) -> None:
    write(tmp_path / "in", "now.md", fresh(90))
    write(tmp_path / "in", "page.html", "<html><head><title>T</title></head><body><article><p>"
          + story(2).replace("\n", " ") + "</p></article></body></html>")
    import subprocess

    done = subprocess.run([sys.executable, "-W", "always", "-m", "briefing", "build", str(tmp_path / "in"),
                           "-o", str(tmp_path / "out"), "-q"], capture_output=True, text=True, cwd=ROOT,
                          check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    loud = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out2")])
    assert "wrote" in loud.output  # without -q the run still speaks


# --- merging an archive looks records up, it does not scan them ------------------------------

def _join_countryless_by_scanning(groups: Any) -> None:
    """A countryless report of a day joins the placed groups of its kind that day sharing a place
    with it, when any do, else each one (merge.py, _homes_by_place; twenty-first session)."""
    for key in [k for k in groups if k[1] is None]:
        placed = [k for k in groups if k[0] == key[0] and k[2] == key[2] and k[1] is not None]
        if placed:
            for report in groups.pop(key):
                sharing = [k for k in placed if set(report.places) & {p for e in groups[k] for p in e.places}]
                for other in sharing or placed:
                    groups[other].append(report)


def _merged_by_scanning(events: Any, articles: Any) -> Any:
    """merge_events as it was written first, scanning every group for every mention: the
    reference the indexed version must agree with."""
    import dataclasses

    from briefing.merge import _apart, _articles_of, _join

    groups: dict = {}  # type: ignore[type-arg]
    for event in sorted((e for e in events if e.date), key=lambda e: e.id):
        groups.setdefault((event.type, event.country, event.date), []).append(event)
    _join_countryless_by_scanning(groups)
    for key in sorted(groups, key=lambda k: k[2]):
        later = (key[0], key[1], key[2] + dt.timedelta(days=1))
        # a day moves by one at most: reports already moved to this day from the day before stay (merge20)
        if key in groups and later in groups and all(e.date == key[2] for e in groups[key]):
            local = any(e.date_basis == "local-time" for e in (*groups[key], *groups[later]))
            if local and not _articles_of(groups[key]) & _articles_of(groups[later]):
                groups[later].extend(groups.pop(key))
    clusters, leftovers = [part for group in groups.values() for part in _apart(group)], []
    for event in (e for e in events if not e.date):
        published = articles[event.sources[0].article].published
        near = [c for c in clusters if published and c[0].type == event.type and c[0].country == event.country
                and -1 <= (published - c[0].date).days <= 2]
        fits = [c for c in near if event.places and set(event.places) & {p for e in c for p in e.places}]
        # (a report that dates an act of that kind and country in those days itself joins only that one)
        own = [c for c in near if any(s.article == event.sources[0].article for e in c for s in e.sources)]
        if len(fits) == 1 and (not own or fits[0] in own):
            fits[0].append(dataclasses.replace(event, date_note="date from other coverage of the same event",
                                               date_basis="other-reports"))
        else:
            leftovers.append(event)
    from briefing.ids import name_events  # the ids from the earliest reports (docs/schema.md, "Ids")

    merged = name_events([_join(cluster) for cluster in clusters], clusters, articles)
    return (sorted(merged, key=lambda e: (e.date, e.type, e.country or "", e.id)),
            sorted(leftovers, key=lambda e: e.id))


_EVENT = st.tuples(st.sampled_from(["us_strike", "attack_on_us_forces"]),
                   st.sampled_from([None, "Iraq", "Syria"]), st.one_of(st.none(), st.integers(0, 6)),
                   st.sets(st.sampled_from(["Erbil", "Kirkuk", "Tanf"])), st.integers(0, 7), st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.lists(_EVENT, max_size=30))
def test_merging_by_lookup_agrees_with_scanning(specs) -> None:  # type: ignore[no-untyped-def]
    from briefing.merge import merge_events
    from briefing.model import ArticleRecord, Event

    start = dt.date(2023, 11, 20)
    articles = {f"a{n}": ArticleRecord(f"a{n}", f"a{n}.md", published=start + dt.timedelta(days=n))
                for n in range(8)}
    events = [Event(f"e{n}", kind, None if day is None else start + dt.timedelta(days=day),
                    "unknown" if day is None else "day", country, tuple(sorted(places)), (), (), "summary",
                    (Evidence(f"a{article}", n, n + 1, "x"),),
                    date_basis="local-time" if local else "weekday")
              for n, (kind, country, day, places, article, local) in enumerate(specs)]
    assert merge_events(events, articles) == _merged_by_scanning(events, articles)
