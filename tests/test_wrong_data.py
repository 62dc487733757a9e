"""Wrong data, the worst failure: each case of issue 11 built from inputs written here."""

from __future__ import annotations

import datetime as dt
import json
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import collect
from briefing.assemble import assemble
from briefing.build import extract
from briefing.cli import main
from briefing.discover import article_ids, discover, item_id, read_regular
from briefing.model import ArticleRecord, Event, Evidence, Extraction, Period, Tally
from tests.clips import clip, feed_line, fresh, front, story, write

D = dt.date


def _attacks(extraction: Extraction) -> set[int]:
    return {t.value for t in extraction.tallies if t.metric == "attacks"}


# --- the cache is keyed and filled from the same bytes --------------------------------------

def _race(monkeypatch: pytest.MonkeyPatch, path: Path, then) -> None:  # type: ignore[no-untyped-def]
    """Another program changes ``path`` right after the build's first read of it."""
    real = read_regular  # what collect calls, and this test replaces there
    done: list[bool] = []

    def reading(target: Path, limit: int) -> bytes:
        data = real(target, limit)
        if target == path and not done:
            done.append(True)
            then()
        return data

    monkeypatch.setattr(collect, "read_regular", reading)


def test_a_file_rewritten_during_the_build_never_poisons_the_cache(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder, store = tmp_path / "in", tmp_path / "cache"
    first, second = clip(1), clip(29)  # attacked ... 71 times / 99 times
    path = write(folder, "a.md", first)
    _race(monkeypatch, path, lambda: path.write_text(second))
    assert _attacks(extract([folder], cache_dir=store)) == {99}  # what was read is what is reported
    monkeypatch.undo()
    path.write_text(first)
    assert _attacks(extract([folder], cache_dir=store)) == {71}  # not 99 under the first text's key
    path.write_text(second)
    assert _attacks(extract([folder], cache_dir=store)) == {99}


def test_a_file_deleted_during_the_build_stores_nothing(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder, store = tmp_path / "in", tmp_path / "cache"
    path = write(folder, "a.md", clip(1))
    _race(monkeypatch, path, path.unlink)
    gone = extract([folder], cache_dir=store)
    assert next(p.message for p in gone.problems if p.path.endswith("a.md")).startswith("cannot be read")
    monkeypatch.undo()
    path.write_text("")
    write(folder, "b.md", "")
    kinds = {p.path.rsplit("/", 1)[-1]: p.kind for p in extract([folder], cache_dir=store).problems}
    assert kinds == {"a.md": "empty", "b.md": "empty"}  # not "unreadable", from a poisoned key


# --- article ids are unique by construction ---------------------------------------------------

_NAME = st.text(alphabet="ab -_.~#é1\u00a0\ufffd", min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "x/", "x/y/", "a b/"]), _NAME,
                          st.sampled_from([".txt", ".md", ".json", ".jsonl"]), st.integers(0, 4)),
                min_size=1, max_size=15))
def test_ids_are_unique_whatever_the_names(entries: list[tuple[str, str, str, int]]) -> None:
    files = {f"{folder}{stem}{suffix}": items for folder, stem, suffix, items in entries}
    paths = sorted(files)
    ids = article_ids(paths)
    every = [*ids, *(item_id(base, n) for base, path in zip(ids, paths, strict=True)
                      for n in range(1, files[path] + 1))]
    assert len(set(every)) == len(every)
    assert not any(":" in i or not i for i in every)  # a tally's id is "ARTICLE:N"
    assert article_ids(paths) == ids  # stable


def test_names_that_once_collided_cite_their_own_outlet(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    outlets = {"a b.md": "Outlet One", "a-b.md": "Outlet Two", "a-b-2.md": "Outlet Three",
               "feed-1.md": "Outlet Four"}
    for number, (name, outlet) in enumerate(outlets.items()):
        write(folder, name, clip(number, outlet=outlet))
    write(folder, "feed.jsonl", "\n".join(feed_line(10 + n, outlet=f"Feed {n}") for n in range(3)))
    extraction = extract([folder])
    by_id = {a.id: a for a in extraction.articles}
    assert len(by_id) == len(extraction.articles) == 7
    for tally in extraction.tallies:
        article = by_id[tally.sources[0].article]
        name = Path(article.path.split("#")[0]).name
        expected = outlets.get(name) or f"Feed {int(article.path.split('#')[1]) - 1}"
        assert article.outlet == expected, (tally.value, article.path)


# --- outputs are replaced together, or not at all -------------------------------------------

def _archive(folder: Path, count: int, extra: int = 0) -> None:
    """A feed of ``count`` stories from before the period (a large JSON, a short PDF) and one
    clipping in the period."""
    write(folder, "feed.jsonl", "\n".join(feed_line(n, "2023-08-01") for n in range(count)))
    write(folder, "now.md", fresh(95 + extra))


def _build(args: list[str], limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def small_files() -> None:  # a disk with room for the PDF but not the JSON
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        if limit:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-m", "briefing", "build", *args], capture_output=True,
                          text=True, preexec_fn=small_files, timeout=300, check=False)


@pytest.mark.parametrize("cache", [True, False], ids=["with-cache", "no-cache"])
def test_a_failed_write_replaces_nothing(tmp_path: Path, cache: bool) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    _archive(folder, 150)
    args = [str(folder), "-o", str(out), "-q", "--week", "2023-W49", *([] if cache else ["--no-cache"])]
    assert _build(args).returncode == 0
    before = {p.name: p.read_bytes() for p in out.glob("briefing-*")}
    # the set holds the PDF, the JSON and the two CSV tables (README, "CSV beside the JSON")
    pdf, data = (next(n for n in before if n.endswith(suffix)) for suffix in (".pdf", ".json"))
    room = (len(before[pdf]) + len(before[data])) // 2  # room for the new PDF, not the new JSON
    assert len(before[pdf]) * 1.2 < room < len(before[data]) / 1.2
    _archive(folder, 150, extra=3)  # a different briefing: both files would change
    failed = _build(args, limit=room)
    assert failed.returncode == 1
    assert "nothing was replaced: last run's files are as they were" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert {p.name: p.read_bytes() for p in out.glob("briefing-*")} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".briefing")]  # no temporaries left


def test_a_lone_surrogate_never_fails_the_json(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    line = feed_line(3, "2023-12-05", url="https://news.example/\\ud800", title="Strike \\udfff")
    write(folder, "feed.jsonl", line.replace("\\\\u", "\\u"))
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    (data,) = out.glob("*.json")
    article = json.loads(data.read_bytes().decode("utf-8"))["articles"][0]
    assert (article["url"], article["title"]) == ("https://news.example/\ufffd", "Strike \ufffd")


# --- a date from page metadata says so; a year-only guess is no publication date ------------

_PAGE = ("<html><head><title>Depot strike</title>{meta}</head><body><nav>Home</nav><article>"
         "<h1>Depot strike</h1><p>WASHINGTON, Nov. 20, 2023 – {story}</p></article>"
         "<footer>© 2023 Capital Post. All rights reserved.</footer></body></html>")


@pytest.mark.parametrize(("meta", "basis"), [
    ("", None),
    ("<meta name='date' content='2023'>", None),
    ("<meta property='article:published_time' content='2023-11-21T10:00:00Z'>", "metadata"),
])
def test_page_dates_say_where_they_come_from(tmp_path: Path, meta: str, basis: str | None) -> None:
    write(tmp_path, "page.html", _PAGE.format(meta=meta, story=story(2).replace("\n", " ")))
    (article,) = extract([tmp_path]).articles
    assert article.published != D(2023, 1, 1)  # never the copyright line's year as 1 January
    if basis:
        assert (article.published, article.published_basis) == (D(2023, 11, 21), basis)
    else:
        assert article.published_basis not in ("metadata", "front-matter")


# --- figures and statuses the briefing states ------------------------------------------------

def _record(number: int, day: dt.date) -> ArticleRecord:
    return ArticleRecord(f"a{number}", f"a{number}.md", outlet=f"Outlet {number}", published=day,
                         published_basis="front-matter")


def _tally(number: int, value: int, day: dt.date, qualifier: str = "at least") -> Tally:
    # an official's figure: the key point then names no outlet's own count (desk12), only the comparison
    return Tally(f"a{number}:1", "attacks", value, qualifier, D(2023, 10, 17), day, None,  # type: ignore[arg-type]
                 (Evidence(f"a{number}", 0, 5, "quote"),), source_kind="official")


WEEK = Period(D(2023, 11, 20), D(2023, 11, 26), "2023-W47")


@pytest.mark.parametrize(("figures", "expected"), [
    ([(50, D(2023, 11, 13)), (50, D(2023, 11, 13))], "at least 50 as of 13 Nov."),
    ([(40, D(2023, 11, 6)), (50, D(2023, 11, 13))],
     "at least 50 as of 13 Nov, up from at least 40 on 6 Nov."),
    ([(50, D(2023, 11, 6)), (50, D(2023, 11, 13))], "at least 50 as of 13 Nov, unchanged from at least 50 "
                                                     "on 6 Nov."),
    ([(50, D(2023, 11, 13)), (61, D(2023, 11, 21))],
     "at least 61 as of 21 Nov, up from at least 50 on 13 Nov."),
])
def test_a_figure_is_never_compared_with_itself(figures: list[tuple[int, dt.date]], expected: str) -> None:
    articles = tuple(_record(n, day) for n, (_, day) in enumerate(figures))
    tallies = tuple(_tally(n, value, day) for n, (value, day) in enumerate(figures))
    briefing = assemble(Extraction(articles, (), tallies), WEEK, "T")
    (point,) = [k.text for k in briefing.key_points if k.text.startswith("Attacks")]
    assert point.endswith(expected), point


def test_left_out_by_length_limits_is_not_off_topic() -> None:
    days = [WEEK.start + dt.timedelta(days=n % 7) for n in range(60)]
    articles = (*(_record(n, day) for n, day in enumerate(days)), _record(99, WEEK.start))
    events = tuple(Event(f"{day}:us_strike:{n}", "us_strike", day, "day", "Iraq", (f"Place {n}",), (), (),
                         "US strike", (Evidence(f"a{n}", 0, 5, "quote"),)) for n, day in enumerate(days))
    briefing = assemble(Extraction(articles, events, ()), WEEK, "T")
    status = {s.article: s.status for s in briefing.inputs}
    assert len(briefing.chronology) < 60  # the document's limit left some out
    shown = {s.article for e in briefing.chronology for s in e.sources}
    assert {status[a.id] for a in articles[:60] if a.id not in shown} == {"not-shown"}
    assert status["a99"] == "off-topic"  # no event or figure at all


def test_front_matter_edges_are_reported_not_used(tmp_path: Path) -> None:
    for name, published in (("old.md", "0001-01-01"), ("late.md", "9999-12-31")):
        write(tmp_path, name, front(published) + story(1))
    found = {a.path.rsplit("/", 1)[-1]: a for a in extract([tmp_path]).articles}
    assert all(a.published is None for a in found.values())
    assert any("outside the years 1900–2199" in p for p in found["old.md"].problems)
    assert len(discover([tmp_path]).files) == 2
