"""One folder of hostile and broken inputs, built in one run: every file accounted for,
nothing fatal, nothing fetched or linked that the tool did not put there.

Every fixture is written here, in the style of wire copy; none is third-party text.
"""

from __future__ import annotations

import json
import os
import re
import signal
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import main
from tests.clips import GOOD, front, story

_front = front


def make_hostile_folder(root: Path) -> dict[str, str]:
    """Write the folder; returns file name -> the status the appendix must give it."""
    root.mkdir()
    expected: dict[str, str] = {}

    def put(name: str, data: str | bytes, status: str) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        expected[name] = status

    put("good.md", _front(outlet="Wire", url="file:///etc/passwd",
                          title='<link rel="attachment" href="file:///etc/passwd">Jets hit depot')
        + GOOD + '<img src="file:///etc/hostname"> <style>@import url("http://127.0.0.1:9/x.css");</style>\n',
        "used")
    put("empty.txt", "", "empty")
    put("scan.pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary")
    put("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "unsupported")
    with zipfile.ZipFile(root / "clips.zip.txt", "w") as archive:
        archive.writestr("a.txt", GOOD)
    expected["clips.zip.txt"] = "binary"
    put("huge.txt", _front() + GOOD * 8000, "too-large")
    put("french.txt", _front() + ("Les forces américaines ont été attaquées plusieurs fois en Irak "
                                  "et en Syrie depuis le mois dernier, selon le Pentagone, qui "
                                  "a annoncé des frappes de représailles contre des milices. ") * 4,
        "other-language")
    put("bad-yaml.md", "---\ntitle: [oops\n---\n" + story(5), "undated")
    put("bad-date.md", _front("2023-02-30") + story(6), "undated")
    put("undated.txt", story(7), "undated")
    put("sport.md", _front() + "Al-Shorta beat Erbil 2-1 on Tuesday in front of 30,000 fans, "
        "the league said. The coach praised his defence.\n", "off-topic")
    put("z-copy.txt", _front(outlet="Aggregator") + "Share this\n\n" + GOOD, "duplicate")
    put("broken.json", '[{"title": "A", "text": "x"},\n {"title": oops}]', "malformed")
    put("feed.jsonl", json.dumps({"title": "Feed story", "published": "2023-12-06", "outlet": "Feed",
                                  "text": story(8)})
        + "\n{not json}\n", "used")
    put("page.html", "<html><head><title>Depot strike</title><meta property='article:published_time' "
        "content='2023-12-06'><script>fetch('http://127.0.0.1:9/')</script></head><body><nav>Home</nav>"
        f"<article><h1>Depot strike</h1><p>{story(9)}</p><img src='file:///etc/hostname'>"
        "</article></body></html>", "used")
    put("utf16.txt", (_front() + story(10)).encode("utf-16-le"), "used")
    put("latin.txt", (_front() + story(11).replace("spokesman", "spokesman \u2013 \u201cquoted\u201d"))
        .encode("cp1252"), "used")
    put("crlf.txt", (_front() + story(12)).replace("\n", "\r\n"), "used")
    put(".hidden.txt", GOOD, "")  # skipped, not listed
    put("output/old.txt", GOOD, "")
    put("sub/nested.txt", _front("2023-12-04") + story(13), "used")
    put("readonly.txt", _front() + story(14), "unreadable")
    return {k: v for k, v in expected.items() if v}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("hostile")
    expected = make_hostile_folder(root / "in")
    real_open = os.open

    def locked_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith("readonly.txt"):  # root can read anything; simulate a locked file
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(os, "open", locked_open)
    runner = CliRunner()
    args = ["build", str(root / "in"), "-o", str(root / "out"), "-v", "--from", "2023-11-29",
            "--to", "2023-12-06"]
    result = runner.invoke(main, args)
    strict = runner.invoke(main, [*args, "-o", str(root / "strict"), "--strict"])
    monkeypatch.undo()
    refused = [line for line in result.output.splitlines() if "renderer refused" in line]
    return root, expected, result, strict, refused


def test_build_survives_and_makes_a_pdf(hostile) -> None:  # type: ignore[no-untyped-def]
    root, _, result, _, _ = hostile
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert (root / "out" / "briefing-2023-11-29_to_2023-12-06.pdf").is_file()


def test_strict_fails_after_the_whole_report(hostile) -> None:  # type: ignore[no-untyped-def]
    root, _, _, strict, _ = hostile
    assert strict.exit_code == 1
    assert "input problem(s) and --strict was given" in strict.output
    assert "bad-date.md: no publication date found" in strict.output  # the whole report came first
    assert not list((root / "strict").glob("briefing-*"))  # and a failed run writes no briefing


def test_every_file_in_summary_and_appendix(hostile) -> None:  # type: ignore[no-untyped-def]
    root, expected, result, _, _ = hostile
    data = json.loads((root / "out" / "briefing-2023-11-29_to_2023-12-06.json").read_text())
    statuses: dict[str, set[str]] = {}
    for entry in data["briefing"]["inputs"]:
        name = Path(entry["path"].split("#")[0]).relative_to(root / "in").as_posix()
        statuses.setdefault(name, set()).add(entry["status"])
    for name, status in expected.items():
        assert status in statuses.get(name, set()), (name, statuses.get(name))
        assert name.split("/")[-1] in result.output  # named in the run's report
    assert ".hidden.txt" not in statuses and "output/old.txt" not in statuses
    reader = PdfReader(root / "out" / "briefing-2023-11-29_to_2023-12-06.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    appendix = text[text.index("Appendix: every input"):]
    for status in ("empty", "binary", "too-large", "other-language", "undated", "off-topic",
                   "duplicate", "malformed", "unreadable", "unsupported"):
        assert status in appendix, status


def test_messages_name_the_file_and_the_fix(hostile) -> None:  # type: ignore[no-untyped-def]
    _, _, result, _, _ = hostile
    out = result.output
    assert re.search(r"huge\.txt: file is [\d,]+ bytes, over the 2,000,000-byte limit; raise it "
                     r"with --max-size \d+", out)
    assert "bad-yaml.md: front matter is not valid YAML at line" in out
    assert "bad-date.md: front matter 'published: 2023-02-30' is not a real date" in out
    assert "broken.json: not valid JSON at line 2" in out
    assert "feed.jsonl#2: line 2 is not valid JSON" in out  # the line, by itself
    assert "readonly.txt: cannot be read (Permission denied)" in out
    assert "french.txt: the text does not read as English" in out


def test_refusals_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The renderer runs in its own process; what its fetcher refuses still reaches the user."""
    from briefing import render
    from tests.conftest import SAMPLES

    real = render.to_html

    def leaky_template(*args, **kwargs):  # type: ignore[no-untyped-def]
        return real(*args, **kwargs).replace("</body>", '<img src="file:///etc/hostname"></body>')

    monkeypatch.setattr(render, "to_html", leaky_template)
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    assert "warning: the renderer refused to fetch file:///etc/hostname" in result.output
    assert (tmp_path / "briefing-2023-11-16_to_2023-11-22.pdf").is_file()


def test_nothing_fetched_or_linked_from_inputs(hostile) -> None:  # type: ignore[no-untyped-def]
    root, _, _, _, refused = hostile
    assert refused == []  # article text never becomes markup, so there was nothing to refuse
    reader = PdfReader(root / "out" / "briefing-2023-11-29_to_2023-12-06.pdf")
    uris = [annot.get_object()["/A"].get("/URI") for page in reader.pages
            for annot in page.get("/Annots", []) if "/A" in annot.get_object()]
    assert all(str(uri).startswith(("http://", "https://")) for uri in uris)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "file:///etc/passwd" in text  # shown as text, not followed


def test_feed_html_and_encodings_are_read(hostile) -> None:  # type: ignore[no-untyped-def]
    root, _, _, _, _ = hostile
    data = json.loads((root / "out" / "briefing-2023-11-29_to_2023-12-06.json").read_text())
    values = {t["value"] for t in data["tallies"] if t["metric"] == "attacks"}
    assert {74, 78, 79, 80, 81, 82, 83} <= values  # md, jsonl, html, utf-16, cp1252, crlf, nested
    texts = {a["id"]: a for a in data["articles"]}
    page = next(a for a in texts.values() if a["path"].endswith("page.html"))
    assert page["published"] == "2023-12-06" and page["title"] == "Depot strike"
    for tally in data["tallies"]:
        for source in tally["sources"]:
            assert source["end"] - source["start"] == len(source["quote"])


def test_no_usable_input_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "sport.md").write_text(_front() + "The match ended 2-1 on Tuesday.\n")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "Error: no input in" in result.output and "could be used" in result.output


def _guard(seconds: int):  # type: ignore[no-untyped-def]
    """Fail instead of hanging CI; the recorded timings are in docs/benchmarks.md. The limit is
    this process's CPU time (the extraction of one file runs here), so a loaded machine does not
    fail it; ten times as long on the wall clock stops a run that waits on nothing."""
    def alarm(*_: object) -> None:
        raise TimeoutError(f"took over {seconds} s of CPU: catastrophic backtracking?")
    def stuck(*_: object) -> None:
        raise TimeoutError(f"took over {10 * seconds} s on the wall clock")
    signal.signal(signal.SIGPROF, alarm)
    signal.signal(signal.SIGALRM, stuck)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.alarm(10 * seconds)


@pytest.mark.parametrize("text", [
    "U.S. forces were attacked. " * 75_000,                        # 2 MB of sentences (the default limit)
    "x" * 1_000_000 + " attacked 5 times since Oct. 17",            # a 1 MB line without spaces
    "attacked since Nov. 12, 2023 more than " * 100_000,            # a date-like phrase repeated
    ("at least " * 50_000) + "66 attacks on U.S. forces",           # qualifiers with no end
])
def test_pathological_text_does_not_hang(tmp_path: Path, text: str) -> None:
    from briefing.build import extract

    path = tmp_path / "big.txt"
    path.write_text(_front() + text)
    _guard(60)
    try:
        extraction = extract([path], max_bytes=10_000_000)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.alarm(0)
    assert len(extraction.articles) == 1


def test_failed_build_leaves_last_weeks_briefing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import render
    from tests.conftest import SAMPLES

    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "-q"])
    assert first.exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def broken(*_: object, **__: object) -> bytes:
        raise RuntimeError("renderer died")

    monkeypatch.setattr(render, "to_pdf", broken)
    CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "-q", "--title", "New"])
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before  # untouched, and no temporary files left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]       # nothing outside it
