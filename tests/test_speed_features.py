"""The machinery behind speed, checked for correctness, not timed (timings: docs/benchmarks.md)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import build, cache, collect, ingest
from briefing.cli import main
from briefing.export import to_json
from tests.conftest import ROOT, SAMPLES

DEV = [SAMPLES, ROOT / "tests" / "eval" / "articles"]


def _copy_dev(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    for source in DEV:
        shutil.copytree(source, folder / source.name)
    (folder / SAMPLES.name / "briefing.toml").unlink()
    return folder


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = collect.process_file

    def counting(file, *args):  # type: ignore[no-untyped-def]
        calls.append(file.path.name)
        return real(file, *args)

    monkeypatch.setattr(collect, "process_file", counting)
    return calls


def test_help_imports_nothing_heavy() -> None:
    code = ("import sys; from briefing.cli import main\n"
            "try: main(['--help'])\nexcept SystemExit: pass\n"
            "print(sorted(m for m in ('weasyprint', 'matplotlib', 'jinja2', 'dateparser', 'trafilatura',"
            " 'yaml', 'sqlite3') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_cache_reads_only_new_or_changed_files(tmp_path: Path, counted: list[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder, store = _copy_dev(tmp_path), tmp_path / "cache"
    first = to_json(build.extract([folder], cache_dir=store))
    total = len(counted)
    assert total == 27
    counted.clear()
    assert to_json(build.extract([folder], cache_dir=store)) == first
    assert counted == []
    (folder / "new.txt").write_text("---\npublished: 2023-11-20\n---\nU.S. forces were attacked "
                                    "at least 60 times since Oct. 17, officials said Monday.\n")
    changed = folder / "articles" / "a15_fox_58.txt"
    changed.write_text(changed.read_text().replace("58 times", "59 times"))
    build.extract([folder], cache_dir=store)
    assert sorted(counted) == ["a15_fox_58.txt", "new.txt"]
    counted.clear()
    monkeypatch.setattr(cache, "extractor_version", lambda: "a-new-extractor")
    build.extract([folder], cache_dir=store)
    assert len(counted) == total + 1  # a changed extractor invalidates everything


def test_cached_equals_uncached_and_files_may_move(tmp_path: Path) -> None:
    folder, store = _copy_dev(tmp_path), tmp_path / "cache"
    uncached = to_json(build.extract([folder]))
    build.extract([folder], cache_dir=store)
    assert to_json(build.extract([folder], cache_dir=store)) == uncached
    moved = tmp_path / "moved"
    folder.rename(moved)
    relocated = to_json(build.extract([moved], cache_dir=store))
    assert [a["path"] for a in relocated["articles"]] == [
        a["path"].replace(str(folder), str(moved)) for a in uncached["articles"]]


def test_corrupt_cache_costs_time_not_correctness(tmp_path: Path) -> None:
    folder, store = _copy_dev(tmp_path), tmp_path / "cache"
    build.extract([folder], cache_dir=store)
    (store / cache.CACHE_FILE).write_bytes(b"this is not a database" * 100)
    assert to_json(build.extract([folder], cache_dir=store)) == to_json(build.extract([folder]))


def test_parallel_equals_serial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_dev(tmp_path)
    serial = to_json(build.extract([folder]))
    monkeypatch.setattr(collect, "PARALLEL_FROM", 1)
    assert to_json(build.extract([folder])) == serial


def test_no_cache_leaves_no_cache(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(tmp_path), "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / cache.CACHE_DIR).exists()


def test_charts_come_from_the_cache_when_their_data_is_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import charts

    args = ["build", str(SAMPLES), "-o", str(tmp_path), "-q"]
    assert CliRunner().invoke(main, args).exit_code == 0
    first = (tmp_path / "briefing-2023-11-16_to_2023-11-22.pdf").read_bytes()

    def no_drawing(*_: object) -> str:
        raise AssertionError("chart drawn although its data did not change")

    monkeypatch.setattr(charts, "render_chart", no_drawing)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "briefing-2023-11-16_to_2023-11-22.pdf").read_bytes() == first


def test_a_big_archive_gives_a_bounded_briefing(tmp_path: Path) -> None:
    from pypdf import PdfReader

    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_archive import write_archive  # type: ignore[import-not-found]

    write_archive(tmp_path / "in", 400)
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "-q",
                                       "--week", "2023-W47"])
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "o" / "briefing-2023-W47.pdf"
    reader = PdfReader(pdf)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) <= 15
    assert "are in the JSON export" in " ".join(text.split())
    assert "400 inputs in all" in " ".join(text.split())


def test_missing_harfbuzz_subsetting_is_said_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes.util

    real = ctypes.util.find_library
    monkeypatch.setattr(ctypes.util, "find_library",
                        lambda name: None if name == "harfbuzz-subset" else real(name))
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.count("libharfbuzz-subset is not installed") == 1
    assert "apt-get install libharfbuzz-subset0" in result.output
    monkeypatch.undo()
    quiet = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(tmp_path)])
    assert "libharfbuzz-subset" not in quiet.output  # installed here, so nothing is said


def test_progress_bar_only_for_a_person_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from briefing.cli import _progress

    with _progress(quiet=True) as update:
        assert update is None
    monkeypatch.delenv("CI", raising=False)
    screen = io.StringIO()
    screen.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stderr", screen)
    with _progress(quiet=False) as update:
        assert update is not None
        for done in range(1, 101):
            update(done, 100)
    assert "reading new articles" in screen.getvalue()
    monkeypatch.setenv("CI", "true")
    with _progress(quiet=False) as update:
        assert update is None  # CI logs get no bar


def test_an_unchanged_rerun_takes_the_pdf_from_the_cache(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.pdfworker import PdfRenderer

    args = ["build", str(SAMPLES), "-o", str(tmp_path), "-q"]
    assert CliRunner().invoke(main, args).exit_code == 0
    first = (tmp_path / "briefing-2023-11-16_to_2023-11-22.pdf").read_bytes()
    asked: list[str] = []
    real = PdfRenderer.ask  # a build asks, then writes the records' files while the page is laid out

    def ask(self, html, charts, variant, sizes=None):  # type: ignore[no-untyped-def]
        asked.append(html)
        return real(self, html, charts, variant, sizes)

    monkeypatch.setattr(PdfRenderer, "ask", ask)
    assert CliRunner().invoke(main, args).exit_code == 0
    assert asked == []  # same page, charts, templates, renderer and fonts: last run's PDF
    assert (tmp_path / "briefing-2023-11-16_to_2023-11-22.pdf").read_bytes() == first
    assert CliRunner().invoke(main, [*args, "--marking", "FOR TRAINING"]).exit_code == 0
    assert len(asked) == 1  # a different page is rendered
    assert (tmp_path / "briefing-2023-11-16_to_2023-11-22.pdf").read_bytes() != first


def test_a_large_json_is_streamed_as_the_same_document() -> None:
    import io
    import json

    from briefing.export import INDENT_UP_TO, to_json, write_json
    from briefing.model import ArticleRecord, Evidence, Extraction, Tally

    articles = tuple(ArticleRecord(f"a{n}", f"a{n}.md", title="Strike “quoted”") for n in range(2345))
    tallies = tuple(Tally(f"a{n}:1", "attacks", n, "exact", None, None, None, (Evidence(f"a{n}", 0, 1, "x"),),
                          conflict="attacks:2023-11-21" if n % 2 else None) for n in range(1500))
    extraction = Extraction(articles, (), tallies)
    stream = io.BytesIO()
    write_json(stream, extraction)
    assert len(articles) > INDENT_UP_TO and not stream.getvalue().startswith(b"{\n")  # compact
    document = json.loads(stream.getvalue())
    assert document == to_json(extraction)
    assert len(document["conflicts"]) == 1 and len(document["conflicts"][0]["tallies"]) == 750


def _sample_briefing(tmp_path: Path):  # type: ignore[no-untyped-def]
    from briefing.build import BuildOptions, corrected_briefing

    briefing, _, _ = corrected_briefing([SAMPLES], BuildOptions(tmp_path / "out"), None, cache.Store(None))
    return briefing


def test_the_chart_drawer_started_with_the_build_draws_what_drawing_here_draws(tmp_path: Path) -> None:
    from briefing import charts
    from briefing.chartworker import ChartDrawer

    briefing = _sample_briefing(tmp_path)
    with ChartDrawer() as drawer, charts.drawn(briefing, cache.Store(None), drawer) as there:
        drawn_there = dict(there.result())
    here = {d.metric: charts.render_chart(d) for d in charts.chart_data(briefing)}
    assert drawn_there == here and len(here) >= 3


def test_a_chart_drawer_that_died_leaves_the_charts_to_be_drawn_here(tmp_path: Path) -> None:
    from briefing import charts
    from briefing.chartworker import ChartDrawer

    briefing = _sample_briefing(tmp_path)
    with ChartDrawer() as drawer:
        drawer._process.kill()
        drawer._process.join()
        with charts.drawn(briefing, cache.Store(None), drawer) as svgs:
            found = dict(svgs.result())
    assert found == {d.metric: charts.render_chart(d) for d in charts.chart_data(briefing)}


def test_a_chart_that_fails_in_the_drawer_is_an_error_naming_it(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import charts
    from briefing.chartworker import ChartDrawer
    from briefing.errors import RenderError

    def broken(_: object) -> str:
        raise ValueError("no room for the legend")

    briefing = _sample_briefing(tmp_path)
    monkeypatch.setattr(charts, "render_chart", broken)  # before the fork: the drawer has it too
    with ChartDrawer() as drawer, pytest.raises(RenderError, match="ValueError: no room for the legend"), \
            charts.drawn(briefing, cache.Store(None), drawer) as svgs:
        svgs.result()


def test_the_chart_drawer_is_started_for_a_cold_build_only(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import chartworker

    started: list[int] = []
    real = chartworker.ChartDrawer.__init__

    def counting(self, quiet: bool = False) -> None:  # type: ignore[no-untyped-def]
        started.append(1)
        real(self, quiet)

    monkeypatch.setattr(chartworker.ChartDrawer, "__init__", counting)
    args = ["build", str(SAMPLES), "-o", str(tmp_path), "-q"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert started == [1]
    (tmp_path / "briefing-2023-11-16_to_2023-11-22.pdf").unlink()
    assert CliRunner().invoke(main, [*args, "--week", "2023-W46"]).exit_code == 0
    assert started == [1]  # the cache is there: charts it lacks are drawn without the early start


def test_charts_the_drawers_helper_could_not_draw_are_drawn_by_the_drawer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from briefing import charts
    from briefing.chartworker import ChartDrawer

    briefing = _sample_briefing(tmp_path)
    expected = {d.metric: charts.render_chart(d) for d in charts.chart_data(briefing)}
    real, marker = charts.render_chart, tmp_path / "died"

    def dies_once(data: charts.Drawing) -> str:
        if data.metric == expected_second and not marker.exists():  # the helper's first chart
            marker.touch()
            os._exit(1)
        return real(data)

    expected_second = list(expected)[1]
    monkeypatch.setattr(charts, "render_chart", dies_once)
    with ChartDrawer() as drawer, charts.drawn(briefing, cache.Store(None), drawer) as svgs:
        assert dict(svgs.result()) == expected
    assert marker.exists()


def test_the_chart_drawer_lists_no_metric_fonts_and_draws_the_same(tmp_path: Path) -> None:
    """The drawer builds matplotlib's font list without parsing Adobe metric files (the charts
    use TrueType only): the list it leaves in the cache holds TrueType fonts and no metric
    font, and the same TrueType fonts as matplotlib's full list."""
    script = ("import sys\n"
              "from briefing import chartworker\n"
              "if sys.argv[1] == 'drawer':\n"
              "    chartworker.warm()\n"
              "else:\n"
              "    import matplotlib.font_manager\n"
              "from matplotlib import font_manager\n"
              "print(len(font_manager.fontManager.afmlist), len(font_manager.fontManager.ttflist))\n")
    counts = {}
    for how in ("drawer", "full"):
        env = {**os.environ, "MPLCONFIGDIR": str(tmp_path / how)}
        done = subprocess.run([sys.executable, "-c", script, how], env=env, cwd=ROOT, check=True,
                              capture_output=True, text=True)
        counts[how] = tuple(int(n) for n in done.stdout.split())
        assert list((tmp_path / how).glob("fontlist-*.json"))
    assert counts["drawer"][0] == 0 < counts["full"][0]
    assert counts["drawer"][1] == counts["full"][1] > 0


def test_an_unchanged_run_takes_its_combined_records_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, store = _copy_dev(tmp_path), tmp_path / "cache"
    uncached = to_json(build.extract([folder]))
    combined: list[int] = []
    real = collect._combined

    def counting(read):  # type: ignore[no-untyped-def]
        combined.append(len(read.results))
        return real(read)

    monkeypatch.setattr(collect, "_combined", counting)
    assert to_json(build.extract([folder], cache_dir=store)) == uncached
    assert to_json(build.extract([folder], cache_dir=store)) == uncached
    assert combined == [27]  # the second run combined nothing: the same files, the same records
    # a file renamed, changed or added is another run: combined again, and right
    (folder / "articles" / "a15_fox_58.txt").rename(folder / "articles" / "a15_fox_58b.txt")
    renamed = to_json(build.extract([folder], cache_dir=store))
    assert combined == [27, 27]
    assert renamed == to_json(build.extract([folder]))
    assert renamed != uncached


NAMES = b'["articles","events","tallies","problems","undated","statements"]\n'


@pytest.mark.parametrize("payload", [b"[]\n", b"not json\n", b"[[1, 2], [], [], [], [], []]\n", b'{"a": 1}\n',
                                     NAMES + b"[6, []]\n", NAMES + b"[-1, []]\n", NAMES + b'[0, [["x"]]]\n',
                                     NAMES + b'[0, {"a": 1}]\n', NAMES + b"[0, []]"])
def test_a_planted_run_in_the_cache_is_a_miss(tmp_path: Path, payload: bytes) -> None:
    folder, store = _copy_dev(tmp_path), tmp_path / "cache"
    build.extract([folder], cache_dir=store)
    database = sqlite3.connect(store / cache.CACHE_FILE)
    (key,) = database.execute("SELECT key FROM runs").fetchone()
    blob = zlib.compress(payload)
    check = hashlib.blake2b(blob, digest_size=16, key=key.encode()[:64]).hexdigest()
    database.execute("UPDATE runs SET text = ?, text_check = ?", (blob, check))
    database.commit()
    database.close()
    assert to_json(build.extract([folder], cache_dir=store)) == to_json(build.extract([folder]))


def test_an_unchanged_rerun_writes_the_last_runs_json_and_tables_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import export, tables

    made: list[str] = []
    real_json, real_events = export.write_json, tables.events_csv
    def write_json(*args):  # type: ignore[no-untyped-def]
        made.append("json")
        return real_json(*args)

    def events_csv(*args):  # type: ignore[no-untyped-def]
        made.append("events")
        return real_events(*args)

    monkeypatch.setattr(export, "write_json", write_json)
    monkeypatch.setattr(tables, "events_csv", events_csv)
    out, uncached = tmp_path / "out", tmp_path / "uncached"
    for folder, flags in ((uncached, ["--no-cache"]), (out, []), (out, [])):
        result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(folder), "-q", *flags])
        assert result.exit_code == 0, result.output
    assert made == ["json", "events", "json", "events"]  # the third run made neither
    for name in ("json", "events.csv", "figures.csv"):
        (made_now,), (uncached_file,) = out.glob(f"*.{name}"), uncached.glob(f"*.{name}")
        assert made_now.read_bytes() == uncached_file.read_bytes()
    # another title is another briefing: made again
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "-q", "--title", "Other"])
    assert result.exit_code == 0, result.output
    assert made[4:] == ["json", "events"]
    assert b'"title": "Other"' in next(out.glob("*.json")).read_bytes()


def test_a_planted_export_in_the_cache_is_not_used(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "-q"]).exit_code == 0
    before = next(out.glob("*.json")).read_bytes()
    database = sqlite3.connect(out / cache.CACHE_DIR / cache.CACHE_FILE)
    for (key,) in database.execute("SELECT key FROM exports").fetchall():
        blob = zlib.compress(b"planted")[:-3]  # a stream cut short
        check = hashlib.blake2b(blob, digest_size=16, key=key.encode()[:64]).hexdigest()
        database.execute("UPDATE exports SET text = ?, text_check = ? WHERE key = ?", (blob, check, key))
    database.commit()
    database.close()
    assert CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "-q"]).exit_code == 0
    assert next(out.glob("*.json")).read_bytes() == before


def test_an_unchanged_rerun_takes_its_page_from_the_cache_until_a_template_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import render

    made: list[str] = []
    real = render.to_html

    def to_html(*args):  # type: ignore[no-untyped-def]
        made.append("page")
        return real(*args)

    templates = tmp_path / "templates"
    shutil.copytree(render.templates_dir(), templates)
    monkeypatch.setattr(render, "templates_dir", lambda: templates)
    monkeypatch.setattr(render, "to_html", to_html)
    out, uncached = tmp_path / "out", tmp_path / "uncached"
    for folder, flags in ((uncached, ["--no-cache"]), (out, []), (out, [])):
        result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(folder), "-q", "--html", *flags])
        assert result.exit_code == 0, result.output
    assert made == ["page", "page"]  # the third run made none
    (kept,), (made_now,) = out.glob("*.html"), uncached.glob("*.html")
    assert kept.read_bytes() == made_now.read_bytes()
    # a marking, or a template edited beside the package, is another page
    for change in ("marking", "template"):
        flags = ["--marking", "FOR TRAINING"] if change == "marking" else []
        if change == "template":
            page = templates / "briefing.html"
            page.write_text(page.read_text(encoding="utf-8") + "<!-- edited -->\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "-q", "--html", *flags])
        assert result.exit_code == 0, result.output
    assert made == ["page"] * 4
    assert "<!-- edited -->" in next(out.glob("*.html")).read_text(encoding="utf-8")


def test_the_chart_drawer_yields_the_cpu_to_the_build_and_the_renderer() -> None:
    import os
    import time

    from briefing.chartworker import ChartDrawer

    with ChartDrawer(quiet=True) as drawer:
        pid = drawer._process.pid
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        deadline = time.monotonic() + 10
        while os.getpriority(os.PRIO_PROCESS, pid) == mine and time.monotonic() < deadline:
            time.sleep(0.01)  # it lowers its priority first thing after it starts
        assert os.getpriority(os.PRIO_PROCESS, pid) > mine


def _sample_drawings() -> list:  # type: ignore[type-arg]
    import datetime as dt

    from briefing.assemble import assemble
    from briefing.charts import chart_data
    from briefing.period import last_week_of
    from tests.conftest import SAMPLES

    return chart_data(assemble(build.extract([SAMPLES]), last_week_of(dt.date(2023, 11, 22)), "T"))


def test_the_drawer_sends_the_pages_first_charts_before_the_last_are_drawn() -> None:
    from briefing.chartworker import ChartDrawer

    drawings = _sample_drawings()
    metrics = [d.metric for d in drawings]
    assert len(metrics) == 4
    with ChartDrawer(quiet=True) as drawer:
        answer = drawer.submit(drawings)
        early = answer.get(metrics[0])
        assert sorted(early) == sorted(metrics[:2])  # the first two, sent as soon as drawn
        everything = answer.result()
    assert sorted(everything) == sorted(metrics) and everything[metrics[0]] == early[metrics[0]]


def test_a_drawing_that_fails_is_said_again_not_waited_for() -> None:
    import signal

    from briefing.chartworker import ChartDrawer

    signal.alarm(30)  # a wait for an answer that never comes fails the test, not the suite
    try:
        with ChartDrawer(quiet=True) as drawer:
            answer = drawer.submit(["not a drawing"])  # type: ignore[list-item]
            for _ in range(2):  # asked twice: the same error, no wait for an answer that never comes
                with pytest.raises(AttributeError):
                    answer.get("map")
            with pytest.raises(AttributeError):
                answer.result()
    finally:
        signal.alarm(0)


def test_a_sentences_countries_found_once_are_those_of_a_search() -> None:
    from briefing.extract.lexicon import lexicons
    from briefing.topic import load_topic

    lex = lexicons(load_topic())
    for text in ("Rockets hit a base in Syria and an Iraqi town.", "No country here.", "SYRIA, iraq"):
        expected = tuple(lex.country(m.group()) for m in lex.countries.finditer(text))
        assert lex.countries_in(text) == expected and lex.countries_in(text) == expected
    assert lex.countries_in("Rockets hit a base in Syria and an Iraqi town.") == ("Syria", "Iraq")
    lex._countries_memo.clear()


def test_the_days_and_months_a_sentence_names_found_once_answer_each_event() -> None:
    import datetime as dt

    from briefing.extract.details import parties, sentences
    from briefing.model import Event, Evidence

    def on(day: dt.date | None) -> Event:
        return Event("e1", "attack", day, "day" if day else "unknown", None, (), (), (), "",
                     (Evidence("a1", 0, 1, "x"),))

    text = "On 20 January the group claimed the attack since October."
    assert parties._days_named(text) == {(1, 20)} and parties._months_told(text) == {"January"}
    assert sentences.months_named(text) == {"January", "October"}
    for day, other in ((dt.date(2024, 1, 20), False), (dt.date(2023, 11, 20), True), (None, False)):
        event = on(day)
        assert parties._dated_otherwise(text, event) is other
        assert parties._told_in_month(text, event) is (other and day is not None)
        assert sentences.other_month(text, event) is other


def test_the_warm_up_article_passes_through_every_stage() -> None:
    """The build warms the extractor before forking its workers (collect.warm): its article, in our
    words, must reach the events, the figures and the statements, or the workers build them again."""
    from briefing.discover import InputFile
    from briefing.topic import load_topic

    result, _ = collect._extract_bytes(collect._WARM, InputFile(Path("warm.md"), "warm.md", "warm"),
                                       load_topic())
    assert result.events and result.tallies and result.statements


def test_warming_leaves_every_later_reading_as_it_was() -> None:
    """Warming fills caches only: a file read after it gives the same bytes as one read before."""
    from briefing.discover import discover
    from briefing.topic import load_topic

    topic = load_topic()
    files = discover([SAMPLES]).files[:4]
    before = [collect.process_file(f, ingest.MAX_BYTES, topic) for f in files]
    collect.warm(topic)
    assert [collect.process_file(f, ingest.MAX_BYTES, topic) for f in files] == before
