"""Article content is data: escaped in HTML, and WeasyPrint fetches nothing it was not given."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing import render
from briefing.assemble import assemble
from briefing.build import extract
from briefing.config import Settings
from briefing.model import Briefing
from briefing.period import last_week_of
from briefing.rows import cite_runs, outlets_line
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def briefing():  # type: ignore[no-untyped-def]
    extraction = extract([SAMPLES])
    hostile = dataclasses.replace(
        extraction.articles[0],
        title='<img src="file:///etc/hostname"><link rel="attachment" href="file:///etc/passwd">',
        url="javascript:alert(1)",
    )
    extraction = dataclasses.replace(extraction, articles=(hostile, *extraction.articles[1:]))
    return assemble(extraction, last_week_of(dt.date(2023, 11, 22)), "T <b>x</b>")


def test_article_markup_is_escaped(briefing) -> None:  # type: ignore[no-untyped-def]
    html = render.to_html(briefing, {})
    assert '<img src="file:///etc/hostname">' not in html
    assert "&lt;img src=" in html
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html
    assert "T &lt;b&gt;x&lt;/b&gt;" in html


@pytest.mark.parametrize("url", [
    "file:///etc/hostname", "http://127.0.0.1:9/x.css", "https://example.com/a.png",
    "ftp://example.com/x", "data:text/css,body{}", "briefing:missing.svg",
])
def test_fetcher_refuses_everything_but_our_assets(url: str) -> None:
    fetcher = render.make_fetcher({"attacks": "<svg xmlns='http://www.w3.org/2000/svg'/>"})
    with pytest.raises(ValueError, match="refused"):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_fetcher_serves_templates_and_charts() -> None:
    fetcher = render.make_fetcher({"attacks": "<svg xmlns='http://www.w3.org/2000/svg'/>"})
    assert fetcher.fetch("briefing:attacks.svg").read().startswith(b"<svg")
    css = (render.templates_dir() / "briefing.css").as_uri()
    assert b"@page" in fetcher.fetch(css).read()


def test_hostile_html_renders_without_reading_outside(tmp_path) -> None:  # type: ignore[no-untyped-def]
    html = ('<html><head><link rel="stylesheet" href="file:///etc/hostname">'
            '<style>@import url("http://127.0.0.1:9/x.css");</style></head>'
            '<body><img src="file:///etc/hostname"><img src="https://example.com/x.png">'
            '<link rel="attachment" href="file:///etc/passwd">text</body></html>')
    fetcher = render.make_fetcher({})
    pdf = render.to_pdf(html, {}, fetcher=fetcher)
    assert pdf.startswith(b"%PDF")
    assert set(fetcher.refused) >= {"file:///etc/hostname", "http://127.0.0.1:9/x.css",
                                    "https://example.com/x.png"}


def test_each_note_shows_in_the_section_its_type_names_whatever_its_words(briefing) -> None:  # type: ignore[no-untyped-def]
    from briefing.model import BriefingNote

    # words that would have sent each note elsewhere when notes were sorted by their prose
    notes = (BriefingNote("statements", "Note one: disagreements left out."),
             BriefingNote("disagreements", "Note two: Claims and statements left out."),
             BriefingNote("chronology", "Note three: Claims and statements, disagreements."))
    html = render.to_html(dataclasses.replace(briefing, notes=notes), {})

    def section(name: str) -> str:
        start = html.index(f'<section id="{name}"')
        return html[start:html.index("</section>", start)]

    assert "Note one" in section("statements") and "Note one" not in section("disagreements")
    assert "Note two" in section("disagreements") and "Note two" not in section("statements")
    assert "Note three" in section("chronology") and "Note three" not in section("statements")


OPENINGS = ("Officials said", "The Pentagon confirmed", "According to officials,", "Reports said")
WORDS = ("harbour", "lantern", "violet", "granite", "meadow", "copper", "willow", "thunder", "saffron",
         "orchard", "falcon", "ember", "glacier", "pepper", "quartz", "tundra", "velvet", "walnut", "zephyr",
         "basalt", "cobalt", "dune", "fjord", "heron", "indigo", "juniper", "kelp", "lichen", "mango")


def _tower_22_reports(folder: Path, count: int, day: Callable[[int], int] = lambda n: 29,
                      extra: Callable[[int], str] = lambda n: "") -> None:
    """``count`` outlets' reports of the Tower 22 attack, each with words of its own."""
    for n in range(count):
        filler = " ".join(WORDS[(k * (n + 2)) % len(WORDS)] for k in range(1, 15))
        (folder / f"r{n:02d}.md").write_text(
            f"---\npublished: 2024-01-{day(n)}\noutlet: Outlet {n}\ntitle: Report {n}\n---\n"
            f"{OPENINGS[n % 4]} a drone attack killed three US troops at Tower 22 in Jordan on Sunday, "
            f"Jan. 28, 2024.{extra(n)}\n\n{filler}.\n",
            encoding="utf-8")


def test_a_row_many_reports_support_counts_them_in_runs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # twelve outlets tell one attack: the row says how many, numbers its first reports as a run,
    # counts the rest, and names a few outlets; nothing overflows as a list of every number
    _tower_22_reports(tmp_path, 12)
    briefing = assemble(extract([tmp_path]), last_week_of(dt.date(2024, 1, 31)))
    row = next(e for e in briefing.chronology if e.date == dt.date(2024, 1, 28))
    assert len({s.article for s in row.sources}) == 12
    html = " ".join(render.to_html(briefing, {}).split())
    assert "12 reports:" in html
    assert ('<a class="cite" href="#src-1">[1]</a><span class="cite-dash">–</span>'
            '<a class="cite" href="#src-4">[4]</a>') in html
    assert "and 8 more in the JSON export" in html
    assert "Outlet 0; Outlet 1; Outlet 2; Outlet 3 and 0 more" not in html
    assert "more (JSON)" not in html
    counted = [s for s in briefing.inputs if s.status == "not-shown"]
    assert len(counted) == 8
    assert all("the chronology shows" in s.reason for s in counted)


@pytest.mark.parametrize(("numbers", "runs"), [
    ([], []), ([3], [(3, 3)]), ([4, 1, 2, 3, 7, 9, 10], [(1, 4), (7, 7), (9, 10)]), ([5, 5, 6], [(5, 6)]),
])
def test_source_numbers_as_runs(numbers: list[int], runs: list[tuple[int, int]]) -> None:
    assert cite_runs(numbers) == runs


def test_a_long_list_of_outlets_names_a_few_and_counts_the_rest() -> None:
    assert outlets_line(["A", "B", "C", "D", "E"]) == "A; B; C; D; E"
    assert outlets_line(["A", "B", "C", "D", "E", "F", "A"]) == "A; B; C; D and 2 more outlets"


def test_each_figure_the_table_of_dead_counts_cites_its_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the latest injured figure comes from the sixth report, beyond the four the row numbers
    _tower_22_reports(tmp_path, 6, day=lambda n: 29 + n // 3,
                      extra=lambda n: " More than 40 US troops were injured in it." if n == 5 else "")
    briefing = assemble(extract([tmp_path]), last_week_of(dt.date(2024, 1, 31)))
    injured = next(t for t in briefing.tolls if t.kind == "injured")
    numbers = briefing.source_numbers()
    assert [c.source.article in numbers for _, _, c in injured.figures] == [True]
    html = " ".join(render.to_html(briefing, {}).split())
    number = numbers[injured.figures[0][2].source.article]
    assert f'(reported 30 Jan) <a class="cite" href="#src-{number}">[{number}]</a>' in html


def _drawn(briefing: Briefing) -> tuple[dict[str, str], dict[str, tuple[float, float]]]:
    from briefing.charts import chart_data, points, render_chart

    drawings = chart_data(briefing)
    return {d.metric: render_chart(d) for d in drawings}, {d.metric: points(d) for d in drawings}


def _page_with(charts: dict[str, str]) -> str:
    images = "".join(f'<p>Chart {m}</p><img src="{render.CHART_SCHEME}{m}.svg" alt="{m}">' for m in charts)
    head = '<head><link rel="stylesheet" href="briefing.css"></head>'
    return f"<html>{head}<body>{images}<p>End</p></body></html>"


def test_each_chart_is_drawn_at_the_size_the_page_reserves_for_it(briefing) -> None:  # type: ignore[no-untyped-def]
    from xml.etree import ElementTree

    charts, sizes = _drawn(briefing)
    assert {"map", "weekly"} <= set(charts)
    for metric, svg in charts.items():
        root = ElementTree.fromstring(svg)
        width, height = sizes[metric]
        assert (root.get("width"), root.get("height")) == (f"{width:g}pt", f"{height:g}pt"), metric


class _Charts(dict):  # type: ignore[type-arg]
    """Charts that note whether the page had been laid out when each was first read, and
    whether WeasyPrint's fetcher (which serves them to a layout) asked for them."""

    def __init__(self, charts: dict[str, str], fetcher_of: list) -> None:  # type: ignore[type-arg]
        super().__init__(charts)
        self.fetcher_of = fetcher_of
        self.read_while_laying_out: list[str] = []
        self.fetched: list[str] = []

    def __contains__(self, metric: object) -> bool:
        self.fetched.append(str(metric))
        return super().__contains__(metric)

    def __getitem__(self, metric: str) -> str:
        if self.fetcher_of and self.fetcher_of[0].standing_in:
            self.read_while_laying_out.append(metric)
        return str(super().__getitem__(metric))


def test_the_page_is_laid_out_before_its_charts_are_read_and_the_pdf_is_the_same(briefing) -> None:  # type: ignore[no-untyped-def]
    charts, sizes = _drawn(briefing)
    html = _page_with(charts)
    fetchers: list = []  # type: ignore[type-arg]
    waiting = _Charts(charts, fetchers)
    fetcher = render.make_fetcher(waiting)
    fetchers.append(fetcher)
    early = render.to_pdf(html, waiting, fetcher, None, sizes)
    assert waiting.read_while_laying_out == []  # every chart was read after the layout,
    assert waiting.fetched == []  # and none for a second layout
    assert early == render.to_pdf(html, charts)  # the same bytes as laying out with the charts
    assert fetcher.refused == []


@pytest.mark.parametrize("spoil", ["another size", "missing"])
def test_a_chart_not_as_announced_is_laid_out_again_with_the_charts(briefing, spoil: str) -> None:  # type: ignore[no-untyped-def]
    charts, sizes = _drawn(briefing)
    html = _page_with(charts)
    if spoil == "another size":
        sizes = {**sizes, "map": (sizes["map"][0], sizes["map"][1] + 40)}
    else:
        charts = {m: svg for m, svg in charts.items() if m != "weekly"}
    fetcher = render.make_fetcher(charts)
    pdf = render.to_pdf(html, charts, fetcher, None, sizes)
    plain = render.make_fetcher(charts)
    assert pdf == render.to_pdf(html, charts, plain)
    assert fetcher.refused == plain.refused == ([] if spoil == "another size" else ["briefing:weekly.svg"])


def test_templates_compiled_at_install_are_read_not_compiled(briefing, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import jinja2

    plain = render.to_html(briefing, [], Settings(), None)
    written = render.write_template_bytecode(tmp_path)
    assert {"briefing.html", "events.html", "cites.html", "review.html"} <= set(written)
    monkeypatch.setattr(render, "BYTECODE", tmp_path)

    def no_compiling(*_: object, **__: object) -> None:
        raise AssertionError("compiled although installed compiled")

    monkeypatch.setattr(jinja2.Environment, "compile", no_compiling)
    assert render.to_html(briefing, [], Settings(), None) == plain


def test_a_template_changed_since_install_is_compiled_again_and_nothing_is_written(  # type: ignore[no-untyped-def]
        briefing, tmp_path, monkeypatch) -> None:
    import shutil

    templates = tmp_path / "templates"
    shutil.copytree(render.templates_dir(), templates)
    monkeypatch.setattr(render, "templates_dir", lambda: templates)
    compiled = tmp_path / "compiled"
    render.write_template_bytecode(compiled)
    monkeypatch.setattr(render, "BYTECODE", compiled)
    before = {p.name: p.read_bytes() for p in compiled.iterdir()}
    page = templates / "briefing.html"
    page.write_text(page.read_text().replace("</body>", "<p>edited after install</p></body>"))
    assert "edited after install" in render.to_html(briefing, [], Settings(), None)
    assert {p.name: p.read_bytes() for p in compiled.iterdir()} == before


def test_weasyprints_libraries_are_looked_up_in_one_reading_of_the_linkers_cache(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ctypes.util
    import subprocess
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("the linker's cache is read on Linux only")
    original = ctypes.util.find_library
    expected = {name: original(name) for name in ("c", "fontconfig", "pango-1.0")}
    runs: list[object] = []
    real_run = subprocess.run

    def run(*args, **kwargs):  # type: ignore[no-untyped-def]
        runs.append(args)
        return real_run(*args, **kwargs)

    monkeypatch.setattr(subprocess, "run", run)
    with render._libraries_looked_up_once():
        assert {name: ctypes.util.find_library(name) for name in expected} == expected
        assert ctypes.util.find_library("no-such-library-at-all") is None
    assert len(runs) == 1 and ctypes.util.find_library is original
