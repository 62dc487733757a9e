"""Readers, one per format, registered by suffix (as Pelican's ``Readers`` are).

Each reader turns a file's decoded content into :class:`Item` records (title, url,
published, outlet, text) for ingest to make articles of; each problem names the item or
line it is about. :data:`READERS` is the one list of formats: the suffixes read, the
"read are …" message and the dispatch all come from it, so adding a format is one reader
and one line there. Page metadata and text come from trafilatura (scripts, navigation and
comments left out); feeds from feedparser, after a parse that refuses entity declarations.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

from .frontmatter import parse_front_matter
from .model import FileKind, PublishedBasis

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


@dataclass(frozen=True)
class Flaw:
    """Why one item of a file is not an article: its ``number`` (None: about the file), the
    message and the kind, so that an item is labelled by itself (``feed.xml#3``), not its file."""

    number: int | None
    message: str
    kind: FileKind = "malformed"


Found = tuple[list[Item], list[Flaw]]  # the items, and why the others are not items


class Unusable(Exception):
    """The whole file cannot be read as articles; the message says why and what to do."""

    def __init__(self, kind: FileKind, message: str) -> None:
        super().__init__(message)
        self.kind: FileKind = kind


@dataclass(frozen=True)
class Reader:
    """One format: how the list of formats names it, its suffixes and the function reading it.

    ``basis`` is what a publication date among its fields is called, and ``fields_from``
    where a problem with one was found; ``single``: a file is one article, which keeps the
    file's path and id (a feed's items are ``file#N``); ``nothing`` says why a file that
    gave no article and no problem is empty.
    """

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[str], Found]
    basis: PublishedBasis = "metadata"
    fields_from: str = "the page's or feed's metadata"
    single: bool = False
    nothing: str = "the file holds no articles"


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
        self.shown: list[Flaw] = []
        self.more = 0

    def add(self, flaw: Flaw) -> None:
        if len(self.shown) < SHOWN_PROBLEMS:
            self.shown.append(flaw)
        else:
            self.more += 1

    def messages(self) -> list[Flaw]:
        if not self.more:
            return self.shown
        return [*self.shown, Flaw(None, f"and {self.more:,} more problem(s) like these in this file")]


def _gather(found: Iterable[tuple[Item | None, Flaw | None]]) -> Found:
    """The items among (item, problem) pairs, and the problems, the first few in full."""
    items: list[Item] = []
    problems = Problems()
    for item, problem in found:
        if item:
            items.append(item)
        if problem:
            problems.add(problem)
    return items, problems.messages()


# --- text clippings ----------------------------------------------------------------------

def text_items(content: str) -> Found:
    """A .txt or .md clipping: front matter (optional), then the article."""
    fields, body_at, notes = parse_front_matter(content)
    text = content[body_at:]
    if not text.strip():
        return [], []  # the front matter's own problems do not matter: there is no article
    title, url, published, outlet, author = (
        None if fields.get(key) is None else str(fields[key])
        for key in ("title", "url", "published", "outlet", "author"))
    return [Item(1, text, title, url, published, outlet, author, tuple(notes))], []


# --- saved web pages ---------------------------------------------------------------------

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


def page_items(content: str) -> Found:
    """A saved web page: one article, or none."""
    page = html_item(content)
    return ([page] if page else []), []


# --- JSON and JSON lines -----------------------------------------------------------------

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


def _from_object(obj: Any, number: int, where: str) -> tuple[Item | None, Flaw | None]:
    if not isinstance(obj, dict):
        return None, Flaw(number, f"{where} is not an object with title, url, published, outlet and text")
    text = obj.get("text")
    if not (isinstance(text, str) and text.strip()) and isinstance(obj.get("html"), str):
        item = html_item(obj["html"], number)
        text = item.text if item else None
    if not (isinstance(text, str) and text.strip()):
        return None, Flaw(number, f"{where} has no 'text' (or 'html') with the article")
    return Item(number, text, _s(obj.get("title")), _s(obj.get("url")), _s(obj.get("published")),
                _s(obj.get("outlet")), _s(obj.get("author"))), None


def json_items(content: str) -> Found:
    """A .json file: a list of article objects, bare or as ``{"articles": [...]}``."""
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
    return _gather(_from_object(obj, number, f"item {number}") for number, obj in enumerate(data, start=1))


_LINE_END = re.compile(r"\r\n|\r|\n")


def _lines(content: str) -> Iterator[tuple[Item | None, Flaw | None]]:
    # the line ends JSON Lines knows (and an old Mac's CR), not all of str.splitlines(): JSON lets
    # U+2028, U+2029 or U+0085 stand unescaped inside a text, and web text has them
    for number, line in enumerate(_LINE_END.split(content), start=1):
        if not line.strip():
            continue
        try:
            obj = _load_json(line)
        except json.JSONDecodeError as error:
            yield None, Flaw(number, f"line {number} is not valid JSON (column {error.colno}: {error.msg})")
        except Unusable as error:
            yield None, Flaw(number, f"line {number}: {error}")
        else:
            yield _from_object(obj, number, f"line {number}")


def jsonl_items(content: str) -> Found:
    """A .jsonl file: one article object per line; a bad line is reported and skipped."""
    return _gather(_lines(content))


# --- RSS and Atom ------------------------------------------------------------------------

_TAG = re.compile(r"<[^>]{0,2000}>")


def _refuse_entities(content: str) -> None:
    """Parse the feed once with entity declarations refused: they are how XML bombs and
    external-entity reads work, and a feed has no need of them. A DOCTYPE alone (RSS 0.91
    has one) is harmless and allowed; nothing it names is fetched."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        fromstring(content, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise Unusable("malformed", "feed declares entities; refused for safety") from None
    except ParseError as error:
        line, column = error.position
        raise Unusable("malformed", f"not valid XML at line {line}, column {column}") from None


def feed_items(content: str) -> Found:
    """An RSS or Atom file; only items whose content holds the whole article are used."""
    import feedparser

    _refuse_entities(content)
    # A stream, never a string: feedparser takes a string that looks like a path or an
    # address for one, and would read that instead. The text is decoded already.
    parsed = feedparser.parse(io.BytesIO(content.encode("utf-8", "replace")),
                              response_headers={"content-type": "application/xml; charset=utf-8"},
                              resolve_relative_uris=False)
    if not parsed.entries:
        raise Unusable("unsupported", "XML file is neither an RSS nor an Atom feed (no items)")
    channel = _s(parsed.feed.get("title")) if hasattr(parsed, "feed") else None
    return _gather(_entry(entry, number, channel) for number, entry in enumerate(parsed.entries, start=1))


def _entry(entry: Any, number: int, channel: str | None = None) -> tuple[Item | None, Flaw | None]:
    """One feed entry as an item, or why it is not one."""
    contents = entry.get("content") or []
    body = (contents[0].get("value") if contents else None) or entry.get("summary") or ""
    page = html_item(body, number) if "<" in body else None
    text = (page.text if page else _TAG.sub(" ", body)).strip()
    if len(text) < MIN_FEED_TEXT:
        return None, Flaw(number, f"item {number} holds only {len(text)} characters (a summary, not the "
                                  "article); clip the article itself", "summary-only")
    # The article's address is its "alternate" link, never an enclosure (a podcast, an image).
    url = next((link.get("href") for link in entry.get("links", [])
                if link.get("rel", "alternate") == "alternate" and link.get("href")), None)
    published = _feed_date(entry.get("published") or entry.get("updated"))
    # the outlet is the feed's channel title ("Desk Daily - World"), not its address
    outlet = channel.strip()[:80] if channel and channel.strip() else None
    author = _s(entry.get("author"))
    return Item(number, text, _s(entry.get("title")), _s(url), published, outlet, author), None


def _feed_date(value: str | None) -> str | None:
    """RSS dates are RFC 822 ("Tue, 21 Nov 2023 19:52:00 -0500"), kept in the feed's own
    offset (feedparser's parsed dates are in UTC: another day for an evening story);
    Atom's are ISO already."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return value


# --- the registry --------------------------------------------------------------------------

READERS = (
    Reader(".txt, .md", (".txt", ".md", ".text"), text_items, "front-matter", "front matter", single=True,
           nothing="file has front matter but no article text"),
    Reader(".html", (".html", ".htm", ".xhtml"), page_items, single=True,
           nothing="no article text found in the page"),
    Reader(".json", (".json",), json_items),
    Reader(".jsonl", (".jsonl", ".ndjson"), jsonl_items),
    Reader("RSS/Atom .xml", (".xml", ".rss", ".atom"), feed_items),
)
_BY_SUFFIX = {suffix: reader for reader in READERS for suffix in reader.suffixes}
FORMATS = ", ".join(r.name for r in READERS[:-1]) + f" and {READERS[-1].name}"


def reader_for(suffix: str) -> Reader | None:
    """The reader of files ending in ``suffix`` (any case), if the format is read."""
    return _BY_SUFFIX.get(suffix.lower())
