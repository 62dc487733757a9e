"""The desk's notes.md as the analyst comment: Markdown kept, anything hostile made harmless text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.desk import notes
from tests.desk_week import write_week


def _html(text: str) -> str:
    return notes.to_html(text)


def test_markdown_is_rendered() -> None:
    html = _html("**Watch** the *north*.\n\n- one\n- two\n")
    assert "<strong>Watch</strong>" in html and "<em>north</em>" in html and "<li>one</li>" in html


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert('x')</script>",
        '<iframe src="https://example.org/"></iframe>',
        '<img src="https://example.org/pixel.png">',
        '<a href="file:///etc/passwd">local</a>',
        '<div onclick="steal()">click</div>',
    ],
)
def test_raw_html_is_shown_as_text(hostile: str) -> None:
    html = _html(f"Before {hostile} after.")
    assert "<" + hostile[1:] not in html  # the tag is not there as a tag
    assert "&lt;" + hostile[1:].split(">")[0].replace('"', "&quot;") in html  # it is there as text


def test_a_link_is_its_text_and_its_address_and_never_a_link() -> None:
    html = _html("See [the briefing](https://example.org/brief?a=1&b=2) and <https://example.org/x>.")
    assert "<a" not in html and "href" not in html
    assert (
        '<span class="link">the briefing</span> <span class="address">(https://example.org/brief?a=1&amp;b=2)'
        "</span>" in html
    )
    assert "(https://example.org/x)" in html


def test_an_image_is_named_not_shown() -> None:
    html = _html("![the map](https://example.org/map.png)")
    assert "<img" not in html and "src=" not in html
    assert '[image: the map]</span> <span class="address">(https://example.org/map.png)' in html


@pytest.mark.parametrize(
    "address", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html;base64,PHA+"]
)
def test_a_dangerous_address_is_text(address: str) -> None:
    for text in (f"[x]({address})", f"<{address}>", f"![x]({address})"):
        html = _html(text)
        assert "<a" not in html and "<img" not in html and "href" not in html and "src=" not in html


def test_a_huge_file_is_cut_and_said(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("word " * 5_000_000, encoding="utf-8")  # 25 MB
    comment, problems = notes.read(path)
    assert comment is not None and len(comment.text) <= notes.MAX_CHARACTERS + 2
    assert comment.text.endswith(" …")
    assert [p.message for p in problems] == [
        "is longer than a comment (6,000 characters); the rest was left out: shorten it"
    ]


def test_bad_utf8_is_replaced_and_said(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"Caf\xe9 talk \xff\xfe and\x00 more")
    comment, problems = notes.read(path)
    assert comment is not None and comment.text == "Caf\ufffd talk \ufffd\ufffd and\ufffd more"
    assert "is not UTF-8 text" in problems[0].message and problems[0].path == str(path)


def test_an_empty_file_gives_no_comment(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("  \n\n", encoding="utf-8")
    assert notes.read(path) == (None, ())


def test_the_comment_is_near_the_top_marked_and_fetches_nothing(tmp_path: Path) -> None:
    hostile = (
        "**Desk view.** The strikes answer Monday's drone.\n\n"
        "<script>alert(1)</script> <iframe src='http://127.0.0.1:9/'></iframe>\n\n"
        "![pixel](http://127.0.0.1:9/pixel.png) [secrets](file:///etc/passwd)\n"
    )
    folder = write_week(tmp_path / "clips", notes=hostile.encode() + b"\xff")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["build", str(folder), "-o", str(out), "--from", "2024-02-01", "--to", "2024-02-07", "--html"]
    )
    assert result.exit_code == 0, result.output
    assert "notes.md: is not UTF-8 text" in result.output
    assert "refused to fetch" not in result.output  # the renderer was asked for nothing
    page = (out / "briefing-2024-02-01_to_2024-02-07.html").read_text(encoding="utf-8")
    comment = page[page.index('<section id="comment"') : page.index('<section id="key-points"')]
    assert page.index('id="comment"') < page.index('id="key-points"')
    assert "The desk's own words, not the sources'." in comment
    assert "<strong>Desk view.</strong>" in comment
    for tag in ("<script", "<iframe", "<img", "<a "):
        assert tag not in comment
    assert "(file:///etc/passwd)" in comment and "[image: pixel]" in comment
    document = json.loads((out / "briefing-2024-02-01_to_2024-02-07.json").read_text(encoding="utf-8"))
    assert document["comment"]["text"].startswith("**Desk view.**")
    from pypdf import PdfReader

    reader = PdfReader(out / "briefing-2024-02-01_to_2024-02-07.pdf")
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Analyst comment" in first and "not the sources'" in first and "Desk view." in first


def test_a_long_note_in_good_utf8_is_cut_but_not_called_bad_utf8(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("Desk " + "é" * 20_000, encoding="utf-8")  # the byte limit falls inside an "é"
    comment, problems = notes.read(path)
    assert comment is not None and "\ufffd" not in comment.text
    assert [p.message for p in problems] == [
        "is longer than a comment (6,000 characters); the rest was left out: shorten it"
    ]


def test_a_notes_link_out_of_the_folder_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the desk's password", encoding="utf-8")
    folder = write_week(tmp_path / "clips")
    (folder / "notes.md").symlink_to(secret)
    result = CliRunner().invoke(
        main,
        ["build", str(folder), "-o", str(tmp_path / "out"), "--from", "2024-02-01", "--to", "2024-02-07"],
    )
    assert result.exit_code == 0, result.output
    assert "notes.md" in result.output and "outside the input folder" in result.output
    document = json.loads((tmp_path / "out" / "briefing-2024-02-01_to_2024-02-07.json").read_text())
    assert document["comment"] is None
    assert "password" not in (tmp_path / "out" / "briefing-2024-02-01_to_2024-02-07.json").read_text()
