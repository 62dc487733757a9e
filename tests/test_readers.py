"""The readers, one per format, through the registry (feeds and JSON written here, in our own words)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefing import readers
from briefing.ingest import parse_bytes, supported, unsupported
from briefing.model import Article, Problem

BODY = ("U.S. forces at a base in eastern Syria came under attack by two drones on Monday, a defense "
        "official said, adding that no one was hurt and the base suffered minor damage. " * 4).strip()


def _parse(name: str, content: str) -> tuple[list[Article], list[Problem]]:
    suffix = name[name.rindex("."):]
    return parse_bytes(content.encode("utf-8"), suffix, name, name.split(".")[0])


def _atom(entry: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Desk feed</title><id>urn:desk</id>{entry}</feed>")


def _rss(item: str, head: str = "") -> str:
    return (f'<?xml version="1.0" encoding="ISO-8859-1"?>\n{head}<rss version="0.91"><channel>'
            f"<title>Desk</title><link>https://desk.example/</link><description>News</description>"
            f"{item}</channel></rss>")


def test_atom_xhtml_content_is_the_article() -> None:
    feed = _atom('<entry><title>Drones hit base</title><id>urn:1</id>'
                 '<updated>2023-11-21T10:00:00Z</updated>'
                 f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{BODY}</p>'
                 f'<p>Officials said <b>more details</b> would follow.</p></div></content></entry>')
    articles, problems = _parse("feed.atom", feed)
    assert problems == []
    assert [a.title for a in articles] == ["Drones hit base"]
    assert "came under attack by two drones" in articles[0].text
    assert "more details would follow" in articles[0].text


def test_rss_091_with_its_doctype_is_read() -> None:
    doctype = ('<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
               '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n')
    feed = _rss(f"<item><title>Drones hit base</title><link>https://desk.example/drones</link>"
                f"<description>{BODY}</description></item>", doctype)
    articles, problems = _parse("feed.xml", feed)
    assert problems == []
    assert [(a.title, a.url, a.path, a.id) for a in articles] == [
        ("Drones hit base", "https://desk.example/drones", "feed.xml#1", "feed.1")]


def test_an_entity_declared_after_a_long_prologue_is_still_refused() -> None:
    comment = "<!-- " + "padding " * 1000 + "-->\n"
    feed = ('<?xml version="1.0"?>\n' + comment
            + '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
            + f"<rss><channel><item><title>&x;</title><description>{BODY}</description></item>"
            "</channel></rss>")
    assert len(feed.split("<!DOCTYPE")[0]) > 5000
    articles, problems = _parse("feed.xml", feed)
    assert articles == []
    assert [(p.kind, p.message) for p in problems] == [
        ("malformed", "feed declares entities; refused for safety")]


def test_an_enclosure_is_not_the_articles_address() -> None:
    feed = _rss(f'<item><title>Drones hit base</title>'
                f'<enclosure url="https://desk.example/briefing.mp3" length="1000" type="audio/mpeg"/>'
                f"<link>https://desk.example/drones</link><description>{BODY}</description></item>")
    articles, _ = _parse("feed.rss", feed)
    assert [a.url for a in articles] == ["https://desk.example/drones"]


def test_an_item_with_only_an_enclosure_has_no_address() -> None:
    feed = _atom('<entry><title>Drones hit base</title><id>urn:1</id>'
                 '<link rel="enclosure" href="https://desk.example/photo.jpg" type="image/jpeg"/>'
                 f'<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry>')
    articles, _ = _parse("feed.atom", feed)
    assert len(articles) == 1 and articles[0].url is None


def test_the_atom_alternate_link_is_the_address() -> None:
    feed = _atom('<entry><title>Drones hit base</title><id>urn:1</id>'
                 '<link rel="enclosure" href="https://desk.example/photo.jpg"/>'
                 '<link href="https://desk.example/2023/11/21/drones"/>'
                 f"<content>{BODY}</content></entry>")
    articles, _ = _parse("feed.atom", feed)
    assert [a.url for a in articles] == ["https://desk.example/2023/11/21/drones"]


@pytest.mark.parametrize(("stamp", "day", "time"), [
    # an evening story in Washington is still that day's, though it is the next day in UTC
    ("Tue, 21 Nov 2023 19:52:00 -0500", dt.date(2023, 11, 21), dt.time(19, 52)),
    ("Wed, 22 Nov 2023 07:05:00 GMT", dt.date(2023, 11, 22), dt.time(7, 5)),
    ("2 Dec 2023 23:30 +0300", dt.date(2023, 12, 2), dt.time(23, 30)),
])
def test_rfc_822_dates_of_a_feed(stamp: str, day: dt.date, time: dt.time) -> None:
    feed = _rss(f"<item><title>T</title><pubDate>{stamp}</pubDate><description>{BODY}</description></item>")
    articles, _ = _parse("feed.xml", feed)
    assert [(a.published, a.published_time, a.published_basis) for a in articles] == [(day, time, "metadata")]


def test_atom_published_wins_over_updated() -> None:
    feed = _atom('<entry><title>T</title><id>urn:1</id><updated>2023-11-25T09:00:00Z</updated>'
                 f'<published>2023-11-21T18:00:00-05:00</published><content>{BODY}</content></entry>')
    articles, _ = _parse("feed.atom", feed)
    assert [a.published for a in articles] == [dt.date(2023, 11, 21)]


def test_a_summary_alone_is_reported_not_used() -> None:
    feed = _rss("<item><title>T</title><description>Drones hit a base.</description></item>"
                f"<item><title>U</title><description>{BODY}</description></item>")
    articles, problems = _parse("feed.xml", feed)
    assert [a.path for a in articles] == ["feed.xml#2"]
    assert [p.message for p in problems] == [
        "item 1 holds only 18 characters (a summary, not the article); clip the article itself"]


def test_a_feed_is_labelled_per_item_not_as_a_whole() -> None:
    other = BODY.replace("Monday", "Tuesday")
    feed = _rss(f"<item><title>T</title><description>{BODY}</description></item>"
                "<item><title>U</title><description>Drones hit a base.</description></item>"
                f"<item><title>V</title><description>{other}</description></item>")
    articles, problems = _parse("feed.xml", feed)
    assert [a.path for a in articles] == ["feed.xml#1", "feed.xml#3"]
    assert [(p.path, p.kind) for p in problems] == [("feed.xml#2", "summary-only")]
    items = [{"title": "A", "text": BODY}, {"title": "No text"}, "not an object"]
    _, problems = _parse("clips.json", json.dumps(items))
    assert [(p.path, p.kind) for p in problems] == [("clips.json#2", "malformed"),
                                                    ("clips.json#3", "malformed")]


def test_xml_that_is_no_feed_says_so() -> None:
    _, problems = _parse("notes.xml", "<notes><note>Call the desk.</note></notes>")
    assert [(p.kind, p.message) for p in problems] == [
        ("unsupported", "XML file is neither an RSS nor an Atom feed (no items)")]


def test_broken_xml_names_the_place() -> None:
    _, problems = _parse("feed.xml", "<rss><channel><item><title>T</item></channel></rss>")
    assert [(p.kind, p.message) for p in problems] == [("malformed", "not valid XML at line 1, column 30")]


def test_json_articles_wrapper_and_bare_list_read_alike() -> None:
    items = [{"title": "Drones hit base", "url": "https://desk.example/a", "published": "2023-11-21",
              "outlet": "Desk", "text": BODY}, {"title": "No text"}]
    bare, bare_problems = _parse("clips.json", json.dumps(items))
    wrapped, wrapped_problems = _parse("clips.json", json.dumps({"articles": items}))
    assert [(a.title, a.outlet, a.published, a.path) for a in wrapped] == [
        ("Drones hit base", "Desk", dt.date(2023, 11, 21), "clips.json#1")]
    assert wrapped == bare
    assert [p.message for p in wrapped_problems] == [p.message for p in bare_problems] == [
        "item 2 has no 'text' (or 'html') with the article"]


def test_json_other_objects_are_refused() -> None:
    _, problems = _parse("clips.json", json.dumps({"stories": [{"text": BODY}]}))
    assert [p.kind for p in problems] == ["malformed"]
    assert problems[0].message.startswith("JSON is not a list of articles")


def test_outlet_from_the_address_when_nothing_names_it() -> None:
    line = json.dumps({"title": "Drones hit base", "url": "https://www.gulfdesk.example/news/1",
                       "text": BODY})
    articles, _ = _parse("clips.jsonl", line)
    assert [a.outlet for a in articles] == ["gulfdesk.example"]


def test_a_date_problem_in_metadata_names_where_it_was() -> None:
    line = json.dumps({"title": "T", "published": "2023-02-30", "text": BODY})
    articles, problems = _parse("clips.jsonl", line)
    assert articles[0].published is None
    assert problems[0].message.startswith(
        "the page's or feed's metadata 'published: 2023-02-30' is not a real date")


def test_every_registered_suffix_is_read_and_named() -> None:
    for reader in readers.READERS:
        for suffix in reader.suffixes:
            assert supported(suffix) and supported(suffix.upper())
            assert readers.reader_for(suffix) is reader
        assert reader.name in readers.FORMATS
    assert not supported(".pdf") and not supported("")
    assert unsupported("x.pdf", ".pdf").message == (
        "not an article file (.pdf); read are .txt, .md, .html, .json, .jsonl and RSS/Atom .xml")


def test_a_feeds_channel_title_is_the_outlet() -> None:
    feed = _rss(f"<item><title>Drones hit base</title><link>https://desk.example/drones</link>"
                f"<description>{BODY}</description></item>")
    articles, _ = _parse("feed.xml", feed)
    assert [a.outlet for a in articles] == ["Desk"]


@pytest.mark.parametrize("mark", ["\u2028", "\u2029", "\x85"])
def test_a_jsonl_line_holding_a_line_separator_in_its_text_is_one_article(mark: str) -> None:
    # JSON lets these stand unescaped inside a string (web text has them); only "\n" ends a line
    lines = [json.dumps({"title": f"Item {n}", "text": BODY + mark + " More later."}, ensure_ascii=False)
             for n in (1, 2)]
    articles, problems = _parse("clips.jsonl", "\r\n".join(lines) + "\r\n")
    assert [a.title for a in articles] == ["Item 1", "Item 2"]
    assert problems == []
