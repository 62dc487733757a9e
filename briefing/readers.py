"""Readers for the formats analysts clip into: saved web pages and feeds.

Each reader turns a file's decoded content into plain records (title, url,
published, outlet, text) for ingest to make articles of; each problem names
the item or line it is about. Page metadata and text come from trafilatura,
which leaves scripts, navigation and comments out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

MIN_FEED_TEXT = 400  # an item with less is a teaser, not the article
SHOWN_PROBLEMS = 5  # per file: the first few problems, then how many more (a million bad lines
# must not make a million warnings)
# A page's date is read from its metadata only (meta tags, JSON-LD, <time>, the URL): the
# "extensive" search also takes a copyright line's year as 1 January. Bounds are given so
# the result does not depend on today's date (htmldate's default maximum is now()).
_DATE_PARAMS = {"extensive_search": False, "original_date": True,
                "min_date": "1900-01-01", "max_date": "2199-12-31"}


@dataclass(frozen=True)
class Item:
    """One article's fields as a reader found them; ``number`` is its 1-based place in the file."""

    number: int
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    notes: tuple[str, ...] = field(default=())


class Unusable(Exception):
    """The whole file cannot be read as articles; the message says why and what to do."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def html_item(html: str, number: int = 1) -> Item | None:
    """The article in a saved web page: its main text and metadata (trafilatura, htmldate)."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                        include_tables=False, include_images=False,
                                        date_extraction_params=_DATE_PARAMS)
    if found is None:
        return None
    data = found if isinstance(found, dict) else found.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        return None
    return Item(number, text, _s(data.get("title")), _s(data.get("url")), _s(data.get("date")),
                _s(data.get("sitename")), _s(data.get("author")))


def _s(value: Any) -> str | None:
    """A field's text; anything but text or a number (a list, an object) is not a title or a URL."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    try:
        return str(value).strip() or None
    except ValueError:  # an integer beyond Python's digit limit
        return None


class Problems:
    """A file's problems, the first few in full and the rest counted."""

    def __init__(self) -> None:
        self.shown: list[str] = []
        self.more = 0

    def add(self, message: str) -> None:
        if len(self.shown) < SHOWN_PROBLEMS:
            self.shown.append(message)
        else:
            self.more += 1

    def messages(self) -> list[str]:
        tail = [f"and {self.more:,} more problem(s) like these in this file"] if self.more else []
        return self.shown + tail


def _load_json(content: str) -> Any:
    """``json.loads``, with what Python refuses to decode said in words."""
    try:
        return json.loads(content)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise Unusable("malformed", "JSON nested too deeply to be an article (over a "
                                    "thousand levels)") from None
    except ValueError as error:  # a number beyond Python's digit limit
        raise Unusable("malformed", f"JSON holds a number that cannot be read "
                                    f"({str(error).split(':')[0]})") from None


def _from_object(obj: Any, number: int, where: str) -> tuple[Item | None, str | None]:
    if not isinstance(obj, dict):
        return None, f"{where} is not an object with title, url, published, outlet and text"
    text = obj.get("text")
    if not (isinstance(text, str) and text.strip()) and isinstance(obj.get("html"), str):
        item = html_item(obj["html"], number)
        text = item.text if item else None
    if not (isinstance(text, str) and text.strip()):
        return None, f"{where} has no 'text' (or 'html') with the article"
    return Item(number, text, _s(obj.get("title")), _s(obj.get("url")), _s(obj.get("published")),
                _s(obj.get("outlet")), _s(obj.get("author"))), None


def json_items(content: str) -> tuple[list[Item], list[str]]:
    """A .json file: a list of article objects."""
    try:
        data = _load_json(content)
    except json.JSONDecodeError as error:
        raise Unusable("malformed", f"not valid JSON at line {error.lineno}, column {error.colno}: "
                                    f"{error.msg}") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if not isinstance(data, list):
        raise Unusable("malformed",
                       "JSON is not a list of articles; expected [{\"title\": …, \"text\": …}, …]")
    return _gather((number, obj, f"item {number}") for number, obj in enumerate(data, start=1))


def jsonl_items(content: str) -> tuple[list[Item], list[str]]:
    """A .jsonl file: one article object per line; a bad line is reported and skipped."""
    items: list[Item] = []
    problems = Problems()
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = _load_json(line)
        except json.JSONDecodeError as error:
            problems.add(f"line {number} is not valid JSON (column {error.colno}: {error.msg})")
            continue
        except Unusable as error:
            problems.add(f"line {number}: {error}")
            continue
        item, problem = _from_object(obj, number, f"line {number}")
        if item:
            items.append(item)
        if problem:
            problems.add(problem)
    return items, problems.messages()


def _gather(objects: Iterable[tuple[int, Any, str]]) -> tuple[list[Item], list[str]]:
    """Items from (number, object, where) triples, and why the others are not items."""
    items: list[Item] = []
    problems = Problems()
    for number, obj, where in objects:
        item, problem = _from_object(obj, number, where)
        if item:
            items.append(item)
        if problem:
            problems.add(problem)
    return items, problems.messages()


_TAG = re.compile(r"<[^>]{0,2000}>")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def feed_items(content: str) -> tuple[list[Item], list[str]]:
    """An RSS or Atom file; only items whose content holds the whole article are used."""
    import xml.etree.ElementTree as ET

    # Entity declarations are how XML bombs and external-entity reads work; a
    # feed has no need of them.
    if re.search(r"<!DOCTYPE|<!ENTITY", content[:5000], re.I):
        raise Unusable("malformed", "feed declares a DOCTYPE or entities; refused for safety")
    try:
        root = ET.fromstring(content)
    except ET.ParseError as error:
        line, column = error.position
        raise Unusable("malformed", f"not valid XML at line {line}, column {column}") from None
    entries = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    if not entries:
        raise Unusable("unsupported", "XML file is neither an RSS nor an Atom feed (no items)")
    items: list[Item] = []
    problems = Problems()
    for number, entry in enumerate(entries, start=1):
        fields: dict[str, str] = {}
        for child in entry:
            name = _local(child.tag)
            value = (child.text or "").strip() or child.get("href", "")
            key = {"encoded": "content", "description": "summary"}.get(name, name)
            fields.setdefault(key, value)
        body = fields.get("content") or fields.get("summary") or ""
        page = html_item(body, number) if "<" in body else None
        text = (page.text if page else _TAG.sub(" ", body)).strip()
        if len(text) < MIN_FEED_TEXT:
            problems.add(f"item {number} holds only {len(text)} characters (a summary, not the "
                         "article); clip the article itself")
            continue
        published = fields.get("pubDate") or fields.get("published") or fields.get("updated")
        items.append(Item(number, text, fields.get("title"), fields.get("link"), _feed_date(published),
                          None, fields.get("creator") or fields.get("author")))
    return items, problems.messages()


def _feed_date(value: str | None) -> str | None:
    """RSS dates are RFC 822 ("Tue, 21 Nov 2023 19:52:00 -0500"); Atom's are ISO already."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return value
