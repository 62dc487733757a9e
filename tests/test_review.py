"""``briefing review``: the sheet's items and flags, its corrections template, the page in a real browser."""

from __future__ import annotations

import csv
import http.server
import shutil
import subprocess
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.desk.review import event_flags, items
from briefing.model import Event, Evidence
from briefing.rules import grammar
from tests.desk_week import ATTACK_ID, FIGURE_ID, STRIKE_ID, UNDATED_ID, corrected, write_week

SHEET = "review-2024-02-01_to_2024-02-07"


def _event(quotes: list[tuple[str, int, str]], places: tuple[str, ...] = ()) -> Event:
    sources = tuple(Evidence(article, start, start + len(quote), quote) for article, start, quote in quotes)
    return Event(
        id="e",
        type="us_strike",
        date=None,
        date_precision="unknown",
        country="Iraq",
        places=places,
        actors=(),
        weapons=(),
        summary="",
        sources=sources,
    )


@pytest.mark.parametrize(
    ("event", "undated", "flags"),
    [
        (_event([("a", 0, "Jets hit a depot.")]), False, ("one-source", "one-sentence")),
        (_event([("a", 0, "Jets hit a depot."), ("a", 40, "The depot burned.")]), False, ("one-source",)),
        (_event([("a", 0, "Jets hit a depot."), ("b", 0, "A depot was hit.")]), False, ()),
        (
            _event([("a", 0, "Strikes hit Qaim, Kirkuk and Erbil."), ("b", 0, "x")], ("Qaim", "Kirkuk")),
            False,
            ("listed-places",),
        ),
        (_event([("a", 0, "x"), ("b", 0, "y")], ("Qaim", "Kirkuk", "Erbil")), False, ("listed-places",)),
        (_event([("a", 0, "Jets hit Qaim near Kirkuk."), ("b", 0, "y")], ("Qaim", "Kirkuk")), False, ()),
        (_event([("a", 0, "x"), ("b", 0, "y")]), True, ("undated",)),
    ],
)
def test_event_flags(event: Event, undated: bool, flags: tuple[str, ...]) -> None:
    assert event_flags(event, undated) == flags


def test_the_sheet_lists_every_row_figure_and_undated_mention(tmp_path: Path) -> None:
    briefing = corrected(write_week(tmp_path))
    found = {i.id: i for i in items(briefing)}
    assert set(found) == {STRIKE_ID, ATTACK_ID, FIGURE_ID, UNDATED_ID}
    assert found[STRIKE_ID].flags == ("one-source", "one-sentence")
    assert found[UNDATED_ID].flags == ("one-source", "one-sentence", "undated")
    assert found[FIGURE_ID].flags == ()  # one source is a figure's rule: each stays one per source
    assert (
        found[ATTACK_ID].quotes[0].startswith("A one-way drone attacked U.S. troops at the Al-Omar oil field")
    )
    assert found[ATTACK_ID].sources == (f"Desk Test Post ({tmp_path / 'attack.txt'})",)
    # why the figure is there: the grammar's rule that read it, beside its quote
    assert len(found[FIGURE_ID].rules) == len(found[FIGURE_ID].quotes)
    assert all(rule in grammar("tallies").rules for rule in found[FIGURE_ID].rules)
    # and why each row is there: the roles grammar's rule that read the act
    for row in (STRIKE_ID, ATTACK_ID, UNDATED_ID):
        assert found[row].rules and all(rule in grammar("roles").rules for rule in found[row].rules)


def test_review_writes_page_csv_and_a_template_ready_to_uncomment(tmp_path: Path) -> None:
    folder, out = write_week(tmp_path / "clips"), tmp_path / "out"
    result = CliRunner().invoke(
        main, ["review", str(folder), "-o", str(out), "--from", "2024-02-01", "--to", "2024-02-07"]
    )
    assert result.exit_code == 0, result.output
    assert "3 flagged item(s)" in result.output
    with (out / f"{SHEET}.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["id"] for r in rows] == [STRIKE_ID, ATTACK_ID, FIGURE_ID, UNDATED_ID]
    assert all(row["rules"] for row in rows)  # a figure's rule (tallies), an event's (roles)
    page = (out / f"{SHEET}.html").read_text(encoding="utf-8")
    for row in rows:
        assert f'<span class="rule">(rule: {row["rules"].split(" | ")[0]})</span>' in page
    assert (
        rows[3]["flags"]
        == "one source only; its kind rests on one sentence; undated: may belong to the period"
    )
    template = (out / f"{SHEET}.corrections.toml").read_text(encoding="utf-8")
    assert tomllib.loads(template) == {}  # all of it commented out
    uncommented = "\n".join(
        line.removeprefix("# ")
        for line in template.splitlines()
        if line.startswith(("# [[", "# id", "# date", "# places", "# why"))
    )
    entries = tomllib.loads(uncommented)
    assert [e["id"] for e in entries["drop"]] == [STRIKE_ID, ATTACK_ID]
    assert [e["id"] for e in entries["change"]] == [UNDATED_ID]
    # uncommented as it is, the run refuses it until the desk says why
    (folder / "corrections.toml").write_text(uncommented, encoding="utf-8")
    refused = CliRunner().invoke(main, ["review", str(folder), "-o", str(out)])
    assert refused.exit_code == 1 and "[[drop]] #1: every correction says why" in refused.output
    (folder / "corrections.toml").write_text(
        uncommented.replace("FILL IN: why it is wrong", "checked"), encoding="utf-8"
    )
    accepted = CliRunner().invoke(
        main, ["review", str(folder), "-o", str(out), "--from", "2024-02-01", "--to", "2024-02-07"]
    )
    assert accepted.exit_code == 0, accepted.output
    assert "1 flagged item(s)" in accepted.output  # the Abu Kamal strike, dated now, still has one source


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    """A web server on this machine that counts every request: the page must send it none."""
    _Counter.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], _Counter.hits
    finally:
        server.shutdown()
        server.server_close()


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip(
            "chromium is not installed (Debian's package 'chromium'; scripts/setup.sh installs it): "
            "the review page was not opened in a browser"
        )
    return found


def _browse(browser: str, profile: Path, page: Path, *extra: str) -> str:
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=3000",
        *extra,
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_page_in_a_real_browser_shows_every_item_and_fetches_nothing(
    tmp_path: Path, listener: tuple[int, list[str]]
) -> None:
    browser = _chromium()
    port, hits = listener
    folder = write_week(tmp_path / "clips")
    trap = f"http://127.0.0.1:{port}"
    # an outlet name that is markup, pointing at the counting server
    attack = (folder / "attack.txt").read_text(encoding="utf-8")
    (folder / "attack.txt").write_text(
        attack.replace(
            "outlet: Desk Test Post",
            f'outlet: \'<img src="{trap}/img.png"><script src="{trap}/s.js"></script>\'',
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["review", str(folder), "-o", str(out), "--from", "2024-02-01", "--to", "2024-02-07", "-q"]
    )
    assert result.exit_code == 0, result.output
    page = out / f"{SHEET}.html"
    dom = _browse(browser, tmp_path / "profile", page, "--dump-dom")
    for item in (STRIKE_ID, ATTACK_ID, FIGURE_ID, UNDATED_ID):
        assert f'id="{item}"' in dom
    assert 'data-flags="one-source one-sentence undated"' in dom
    assert "A one-way drone attacked U.S. troops at the Al-Omar oil field" in dom
    assert f'&lt;img src="{trap}/img.png"&gt;' in dom  # the markup is text on the page
    shot = tmp_path / "sheet.png"
    _browse(browser, tmp_path / "profile", page, f"--screenshot={shot}", "--window-size=1280,900")
    assert shot.stat().st_size > 10_000
    assert hits == []


def test_a_review_of_a_period_with_nothing_in_it_says_so(tmp_path: Path) -> None:
    folder = write_week(tmp_path / "clips")
    result = CliRunner().invoke(
        main,
        ["review", str(folder), "-o", str(tmp_path / "out"), "--from", "2025-03-01", "--to", "2025-03-07"],
    )
    assert result.exit_code == 0, result.output
    assert "warning: no row or figure of the input falls in 1–7 March 2025" in result.output


def test_a_review_settings_file_that_is_not_there_is_a_usage_error(tmp_path: Path) -> None:
    folder = write_week(tmp_path / "clips")
    result = CliRunner().invoke(
        main, ["review", str(folder), "-o", str(tmp_path / "out"), "--config", str(tmp_path / "nope.toml")]
    )
    assert result.exit_code == 2, result.output  # as in build: a wrong option value
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("review-*"))


def test_review_needs_its_folder_as_build_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sample_input").mkdir()  # even where a folder of that name happens to be
    result = CliRunner().invoke(main, ["review"])
    assert result.exit_code == 2, result.output
    assert "INPUT_DIR" in result.output
    assert not (tmp_path / "output").exists()


def test_review_reads_what_build_reads_with_follow_links(tmp_path: Path) -> None:
    shelf = write_week(tmp_path / "shelf")
    folder = tmp_path / "clips"
    folder.mkdir()
    (folder / "attack.txt").symlink_to(shelf / "attack.txt")  # a clipping kept elsewhere
    args = ["review", str(folder), "-o", str(tmp_path / "out"), "--from", "2024-02-01", "--to", "2024-02-07"]
    result = CliRunner().invoke(main, [*args, "--follow-links", "--max-size", "1"])
    assert result.exit_code == 0, result.output
    sheet = (tmp_path / "out" / "review-2024-02-01_to_2024-02-07.csv").read_text(encoding="utf-8-sig")
    assert ATTACK_ID in sheet
