"""Ingest: front matter, boilerplate blanked without moving offsets, bad files reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.build import extract
from briefing.extract import extract_article
from briefing.ingest import boilerplate, read_article
from briefing.model import Event, Tally
from tests.conftest import make_article


def _read(tmp_path: Path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    return read_article(path, name, "x")


def test_front_matter(tmp_path: Path) -> None:
    article, problems = _read(tmp_path, "a.md", b"---\noutlet: Wire\npublished: 2023-11-21\n"
                              b"title: A title\n---\nBody text.\n")
    assert article is not None and problems == []
    assert (article.outlet, article.title, article.published) == ("Wire", "A title", dt.date(2023, 11, 21))
    assert article.text == "Body text.\n"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("none.json", b"[]", "the file holds no articles"),
    ("blank.jsonl", b"\n\n", "file is empty"),
    ("teaser.xml", b"<rss><channel><item><title>T</title><description>Short.</description></item>"
                   b"</channel></rss>", "item 1 holds only 6 characters (a summary, not the article)"),
    ("bomb.xml", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>',
     "feed declares entities; refused for safety"),
    ("e.txt", b"", "file is empty"),
    ("b.txt", b"%PDF-1.4\x00\x01\x02", "PDF, not text"),
    ("z.txt", b"\x00\x01\x02\x03" * 300, "binary file, not text"),
    ("p.pdf", b"%PDF-1.4", "not an article file (.pdf)"),
    ("y.txt", b"---\ntitle: [unclosed\n---\nBody.\n", "front matter is not valid YAML at line"),
    ("d.txt", b"---\npublished: 2023-02-30\n---\nBody.\n", "is not a real date"),
])
def test_bad_files_say_why(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    _, problems = _read(tmp_path, name, data)
    assert any(message in p.message and p.path.split("#")[0] == name for p in problems), problems


def test_boilerplate_keeps_offsets() -> None:
    text = ("Headline\n\nHeadline\n\nTroops were attacked. (RELATED: Something else)\n\n"
            "MORE: Another story\n\nA paragraph.\n\nOTHER NEWS\n\nTeaser about pigs Read more »\n")
    clean = boilerplate(text)
    assert len(clean) == len(text)
    assert "RELATED" not in clean and "MORE:" not in clean and "pigs" not in clean
    assert clean.count("Headline") == 1 and "A paragraph." in clean


def test_every_file_is_accounted_for(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("---\npublished: 2023-11-21\n---\nU.S. forces were attacked.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / ".hidden.txt").write_text("skip me")
    extraction = extract([tmp_path])
    seen = {a.path for a in extraction.articles} | {p.path for p in extraction.problems}
    assert {Path(p).name for p in seen} == {"ok.txt", "empty.txt", "image.png"}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=600))
def test_extraction_never_raises_and_spans_stay_inside(text: str) -> None:
    article = make_article("U.S. forces were attacked 5 times since Oct. 17. " + text,
                           dt.date(2023, 11, 21))
    found = extract_article(article)
    records: list[Event | Tally] = [*found.events, *found.undated, *found.tallies]
    for record in records:
        for source in record.sources:
            assert source.article == article.id
            assert 0 <= source.start < source.end <= len(article.text)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=3000),
       suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".xml"]))
def test_any_bytes_in_any_format_never_raise(tmp_path_factory, data: bytes, suffix: str) -> None:  # type: ignore[no-untyped-def]
    from briefing.dates import date_article
    from briefing.ingest import read_inputs

    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    articles, problems = read_inputs(path, path.name, "fuzz")
    assert articles or problems  # every file is accounted for
    for article in articles:
        found = extract_article(date_article(article))
        records: list[Event | Tally] = [*found.events, *found.undated, *found.tallies]
        for record in records:
            for source in record.sources:
                assert source.article == article.id
                assert 0 <= source.start < source.end <= len(article.text)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"),
                        min_size=1, max_size=200), min_size=1, max_size=5))
def test_jsonl_feeds_of_any_text(tmp_path_factory, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    import json

    from briefing.ingest import read_inputs

    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    path.write_text("\n".join(json.dumps({"text": t, "published": "2023-11-21"}) for t in texts))
    articles, problems = read_inputs(path, "feed.jsonl", "feed")
    assert len(articles) + len(problems) >= sum(1 for t in texts if t.strip())
    assert all(a.path.startswith("feed.jsonl#") for a in articles)


@pytest.mark.parametrize("caption", [
    "A U.S. Air Force F-16 flies a patrol over Norland, Oct. 2, 2024. (U.S. Air Force Photo)",
    "Guards look at a burned truck at the site of a strike in Sudland, Iraq February 9, 2024. — Reuters",
    "Soldiers train at a base in Norland, March 5, 2024. – AFP",
])
def test_a_caption_closed_by_its_day_and_credit_is_page_furniture(caption: str) -> None:
    # its day is the photo's (a file photo, the morning after), never an act's
    text = f"Strikes hit Norland\n\n{caption}\n\nU.S. jets struck two depots in Norland on Friday.\n"
    clean = boilerplate(text)
    assert caption.split(",")[0] not in clean and "U.S. jets struck two depots" in clean


@pytest.mark.parametrize("paragraph", [
    "U.S. jets struck two depots in Norland, officials said on Feb. 9, 2024.",  # no credit after the day
    "The Pentagon said the strikes hit Norland. — Reuters staff",  # a credit, but no day before it
    "Officials shared a photo of the base. (Photo released by the ministry on Friday)",  # no closing credit
])
def test_a_paragraph_that_is_no_caption_stays(paragraph: str) -> None:
    text = f"Strikes hit Norland\n\n{paragraph}\n\nU.S. jets struck two depots in Norland on Friday.\n"
    assert paragraph in boilerplate(text)


def test_paragraphs_are_the_trimmed_non_blank_lines_each_time_asked() -> None:
    from briefing.text import paragraphs

    text = "  First line. \n\n \t \nSecond\n   "
    assert list(paragraphs(text)) == [(2, 13), (20, 26)]
    assert list(paragraphs(text)) == [(2, 13), (20, 26)]  # found once, given again whole
    walk = paragraphs(text)
    assert next(walk) == (2, 13) and list(paragraphs(text)) == [(2, 13), (20, 26)]  # each walk its own
    assert list(paragraphs("one\ntwo")) == [(0, 3), (4, 7)] and list(paragraphs("")) == []


def test_the_front_matter_loader_made_once_reads_each_block_alike() -> None:
    from briefing.frontmatter import parse_front_matter

    aliased = "---\ntitle: &a Strikes\noutlet: *a\n---\nBody.\n"
    plain = "---\ntitle: Strikes in Syria\npublished: 2024-01-02\n---\nBody.\n"
    for _ in range(2):  # the second time through the same loader class
        fields, _, problems = parse_front_matter(aliased)
        assert fields == {} and problems and "alias" in problems[0]
        fields, end, problems = parse_front_matter(plain)
        assert fields["title"] == "Strikes in Syria" and str(fields["published"]) == "2024-01-02"
        assert end == plain.index("Body") and not problems


_FRONT_KEYS = st.sampled_from(["title", "outlet", "url", "published", "author", "on", "no", "y", "notes"])
# words of front matter values in our words, with the forms YAML reads as something other than text
_FRONT_WORDS = st.sampled_from([
    "Story", "12:", "strikes", "near", "the", "base", "2023-12-04", "12", "3.5", "1:30", "yes", "On", "null",
    "~", "x:", "a:b", "#1", "C#", "'q'", '"q"', "(AP)", "-", "a-b", "50%", "$5", "&", "*a", "!", "0x1F",
    "O'Neil", "[a]", "{a}", "https://news.example/a/b?c=1", "é", "\t", "|", ">", "?", "@", "`", "=", "<<"])
_FRONT_LINES = st.lists(st.tuples(_FRONT_KEYS, st.sampled_from([": ", ": ", ":", ":  ", " : ", ": -"]),
                                  st.lists(_FRONT_WORDS, min_size=0, max_size=4)), min_size=0, max_size=5)


@given(_FRONT_LINES, st.sampled_from(["", "\n", "# note\n", "  more\n", "...\n"]), st.integers(0, 5))
@settings(max_examples=400)
def test_front_matter_lines_read_without_the_loader_as_the_loader_reads_them(
        lines: list[tuple[str, str, list[str]]], extra: str, where: int) -> None:
    """'key: value' lines are read without the YAML loader (frontmatter._plain_lines): every block,
    as the loader reads it, its errors (a title 'Story 12: strikes') and its numbers too."""
    from briefing import frontmatter

    rows = [f"{key}{sep}{' '.join(words)}\n" for key, sep, words in lines]
    rows.insert(min(where, len(rows)), extra)
    raw = "---\n" + "".join(rows) + "---\nBody.\n"
    loaded = frontmatter.parse_front_matter(raw)
    original = frontmatter._plain_lines
    try:
        frontmatter._plain_lines = lambda block, end: None
        assert repr(loaded) == repr(frontmatter.parse_front_matter(raw))
    finally:
        frontmatter._plain_lines = original


def test_a_title_holding_a_colon_is_the_loaders_error_at_its_line() -> None:
    from briefing.frontmatter import _plain_lines, parse_front_matter

    assert _plain_lines("title: Twelve\nurl: https://news.example/a\n", 0) is not None  # without the loader
    raw = "---\noutlet: Plains Gazette\ntitle: Story 12: strikes near the base\n---\nBody.\n"
    assert parse_front_matter(raw) == ({}, raw.index("Body"),
                                       ["front matter is not valid YAML at line 3; it was ignored"])
    fields, _, problems = parse_front_matter("---\ntitle: Twelve\npublished: 2023-12-04\nauthor: yes\n---\n")
    assert fields == {"title": "Twelve", "published": "2023-12-04", "author": True} and not problems
