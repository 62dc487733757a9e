"""Files -> :class:`~briefing.model.Article`: decoding, front matter, boilerplate.

Clipped articles carry what the clipper caught besides the story: doubled
headlines, photo captions, "OTHER NEWS" teasers, embedded posts, syndication
notes. Instead of cutting them out (which would move every offset), ingest
blanks them with spaces in ``Article.clean``, so a span found in the clean text
quotes the original text exactly.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import credits
from .model import Article, Problem
from .text import paragraphs, sentences

MAX_BYTES = 2_000_000
FRONT_MATTER_KEYS = ("title", "outlet", "url", "published", "author")

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
CLIPPER_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
# A line that only announces more links: the article has ended above it.
_END_MARKERS = re.compile(
    r"(other news|related topics|news related|related( articles| stories| coverage)?|"
    r"read more|more from [\w .]+|recommended( for you)?|you may also like|most read|"
    r"trending( now)?|top list in the world|more stories|popular)\s*:?",
    re.I,
)
_LINK_LINE = re.compile(r"(more|read more|related|also read|watch|listen|see also)\s*:", re.I)
_INLINE_RELATED = re.compile(r"\((?:RELATED|READ MORE|SEE ALSO|WATCH)\s*:[^)\n]{0,300}\)")
_TEASER_END = re.compile(r"read more\s*[»›>]*\s*$", re.I)
_EMBEDDED_POST = re.compile(
    r"pic\.twitter\.com/|—\s*[^—\n]{1,80}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$"
)
# Credits as photo agencies print them ("AP Photo/Name", "Name/Getty Images",
# "Staff Sgt. Name/455th Air Expeditionary Wing/U.S. Air Force"), not a mere
# mention of an agency, which wire copy does in every other paragraph.
_PHOTO_CREDIT = re.compile(
    r"(\b(AP|AFP) Photo\b|\bvia Getty Images\b|/Getty Images\b|/(AFP|AP|EPA|DVIDS)\b|"
    r"\b(REUTERS|Reuters)/[A-Z]|/U\.S\. (Air Force|Army|Navy|Marine Corps)\b|"
    r"\(Photo( by|:)[^)]*\)|^FILE\s*[-–—]|^Photo(graph)?:)",
)
_SYNDICATION = re.compile(
    r"^\((except for the headline|this story has not been edited)[^)]*\)$|^courtesy\s*:",
    re.I,
)
_BYLINE = re.compile(r"^By\s?[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}(\s*(,|and|\|)\s*.*)?$")


class _Mask:
    """Collects spans of ``text`` to blank out, then applies them once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        if end > start:
            self.spans.append((start, end))

    def apply(self) -> str:
        chars = list(self.text)
        for start, end in self.spans:
            for i in range(start, end):
                if chars[i] not in "\r\n":
                    chars[i] = " "
        return "".join(chars)


def discover(inputs: Iterable[Path]) -> list[Path]:
    """Input files below the given paths, in a stable order, hidden files skipped."""
    found: set[Path] = set()
    for root in inputs:
        if root.is_file():
            found.add(root)
            continue
        for path in root.rglob("*"):
            relative = path.relative_to(root).parts
            if any(part.startswith(".") or part == "output" for part in relative):
                continue
            if path.name == "briefing.toml":  # the settings, not an article
                continue
            if path.is_file():
                found.add(path)
    return sorted(found, key=lambda p: str(p))


def parse_front_matter(raw: str) -> tuple[dict[str, object], int, list[str]]:
    """Front-matter fields, the offset where the body starts, and problems found."""
    match = _FRONT.match(raw)
    if not match:
        return {}, 0, []
    import yaml  # only files with front matter pay for it

    class Loader(yaml.SafeLoader):
        """Dates stay text, so an impossible date is reported, not a crash in the YAML parser."""

    Loader.add_constructor("tag:yaml.org,2002:timestamp",
                           lambda loader, node: loader.construct_scalar(node))  # type: ignore[arg-type]
    try:
        data = yaml.load(match.group(1), Loader=Loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        return {}, match.end(), [f"front matter is not valid YAML{where}; it was ignored"]
    if data is None:
        return {}, match.end(), []
    if not isinstance(data, dict):
        return {}, match.end(), ["front matter is not a set of 'key: value' lines; ignored"]
    problems = [
        f"front matter key '{key}' is not used (known keys: {', '.join(FRONT_MATTER_KEYS)})"
        for key in data
        if key not in FRONT_MATTER_KEYS
    ]
    return {str(k): v for k, v in data.items()}, match.end(), problems


def parse_published(value: object) -> tuple[dt.date | None, dt.time | None, str | None]:
    """A front-matter ``published`` value as date and local time, or why it is unusable."""
    if isinstance(value, dt.datetime):
        return value.date(), value.time(), None
    if isinstance(value, dt.date):
        return value, None, None
    text = str(value).strip()
    try:
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None, None, (
            f"front matter 'published: {text}' is not a real date; "
            "write it as YYYY-MM-DD, e.g. 2023-11-21"
        )
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return stamp.date(), None, None
    return stamp.date(), stamp.time().replace(tzinfo=None), None


def _norm(line: str) -> str:
    line = unicodedata.normalize("NFKC", line).casefold()
    line = re.sub(r"[\"'“”‘’`]", "'", line)
    return " ".join(line.split())


def boilerplate(text: str) -> str:
    """``text`` with everything that is not the article blanked out (same length)."""
    mask = _Mask(text)
    header = CLIPPER_HEADER.match(text)
    if header:
        mask.add(header.start(), header.end())
    spans = list(paragraphs(text))
    seen: set[str] = set()
    for index, (start, end) in enumerate(spans):
        line = text[start:end]
        norm = _norm(line)
        if index > 0 and _END_MARKERS.fullmatch(line.strip()):
            # Low in the page it ends the article; near the top it is navigation.
            if start > len(text) * 0.3:
                mask.add(start, len(text))
                break
            mask.add(start, end)
            continue
        following = _norm(text[slice(*spans[index + 1])]) if index + 1 < len(spans) else ""
        if (
            norm in seen
            or (len(norm) > 20 and following.startswith(norm) and following != norm)
            or _LINK_LINE.match(line)
            or _TEASER_END.search(line)
            or _EMBEDDED_POST.search(line)
            or _SYNDICATION.match(line.strip())
            or _BYLINE.match(line.strip())
            or (_PHOTO_CREDIT.search(line) and len(line) < 400 and not line.rstrip().endswith('"'))
            or re.fullmatch(r"[.\-–—•*]+", line.strip())
            or re.fullmatch(r"https?://\S+", line.strip())  # the page's address, not its story
        ):
            mask.add(start, end)
        seen.add(norm)
        # A paragraph repeated inside a longer one is still a repeat (clippers
        # glue the first two paragraphs together and then repeat the second).
        seen.update(_norm(text[s:e]) for s, e in sentences(text, start, end))
    for match in _INLINE_RELATED.finditer(text):
        mask.add(*match.span())
    return mask.apply()


TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"})
_MAGIC = {b"%PDF": "PDF", b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
          b"PK\x03\x04": "ZIP archive or Office document", b"\x1f\x8b": "gzip archive",
          b"7z\xbc\xaf": "7-Zip archive", b"Rar!": "RAR archive", b"RIFF": "media file",
          b"\xd0\xcf\x11\xe0": "old Office document"}
# The commonest English words: wire copy in English is a quarter to a half these.
_ENGLISH = frozenset([
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "by",
    "as", "at", "from", "it", "were", "has", "have", "be", "are", "an", "its", "which", "had",
    "this", "after", "their", "been", "but", "not", "or", "they",
])


def looks_english(text: str) -> bool:
    """Whether a text reads as English (short texts get the benefit of the doubt)."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < 40:
        return True
    return sum(word in _ENGLISH for word in words) / len(words) >= 0.08


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return None
    sample = data[:4096]
    if b"\x00" in sample:
        zeros = sample.count(b"\x00")
        # UTF-16 without a byte-order mark has a NUL in every other byte of Latin text.
        if not (0.3 < zeros / len(sample) <= 0.55 and _guess_encoding(data, "utf_16")):
            return "binary file"
    return None


def _guess_encoding(data: bytes, expect: str | None = None) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or (expect and not best.encoding.startswith(expect)):
        return None
    return str(best.encoding)


def decode(data: bytes) -> tuple[str, str | None]:
    """Text of a file and, when it was not UTF-8, a note saying which encoding was used."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), None
    if b"\x00" in data[:4096]:  # NUL is valid UTF-8, so UTF-16 without a mark must be tried first
        utf16 = _guess_encoding(data, "utf_16")
        if utf16:
            return data.decode(utf16, errors="replace"), f"no byte-order mark; read as {utf16}"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data) or "cp1252"
    return data.decode(encoding, errors="replace"), f"not UTF-8; read as {encoding}"


def read_inputs(path: Path, shown: str, base_id: str,
                max_bytes: int = MAX_BYTES) -> tuple[list[Article], list[Problem]]:
    """The articles in one input file (feeds hold several), and every problem found.

    Never raises for bad input: a file that cannot be used gives no article and
    one problem whose ``kind`` says why (empty, binary, too-large, ...).
    """
    def fail(kind: str, message: str, severity: str = "warning") -> tuple[list[Article], list[Problem]]:
        return [], [Problem(shown, "ingest", message, severity, kind)]  # type: ignore[arg-type]

    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES:
        return fail("unsupported", f"not an article file ({suffix or 'no extension'}); "
                    "read are .txt, .md, .html, .json, .jsonl and RSS/Atom .xml")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return fail("too-large", f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; "
                        f"raise it with --max-size {size // 1_000_000 + 1} (MB) or split the file")
        data = path.read_bytes()
    except OSError as error:
        return fail("unreadable", f"cannot be read ({error.strerror or error}); check its permissions",
                    "error")
    if not data.strip():
        return fail("empty", "file is empty")
    binary = _binary_kind(data)
    if binary:
        return fail("binary", f"{binary}, not text; save the article as text or HTML")
    raw, decode_note = decode(data)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    notes = [decode_note] if decode_note else []
    if suffix in TEXT_SUFFIXES:
        article = _text_article(raw, shown, base_id, notes)
        return ([article], _problems(shown, article)) if article else fail("empty", "file has front "
                                                                          "matter but no article text")
    from . import readers

    try:
        if suffix in HTML_SUFFIXES:
            page = readers.html_item(raw)
            if page is None:
                return fail("empty", "no article text found in the page")
            found, item_problems = [page], list[str]()
        elif suffix == ".json":
            found, item_problems = readers.json_items(raw)
        elif suffix in (".jsonl", ".ndjson"):
            found, item_problems = readers.jsonl_items(raw)
        else:
            found, item_problems = readers.feed_items(raw)
    except readers.Unusable as error:
        return fail(error.kind, str(error))
    single = suffix in HTML_SUFFIXES
    articles = [_item_article(item, shown if single else f"{shown}#{item.number}",
                              base_id if single else f"{base_id}-{item.number}", notes)
                for item in found]
    if not found and not item_problems:
        return fail("empty", "the file holds no articles")
    problems = [Problem(shown, "ingest", message, "warning", "malformed") for message in item_problems]
    for article in articles:
        problems.extend(_problems(article.path, article))
    return articles, problems


def _problems(shown: str, article: Article) -> list[Problem]:
    return [Problem(shown, "ingest", note) for note in article.problems]


def _item_article(item: Any, shown: str, article_id: str, notes: list[str]) -> Article:
    fields = {"title": item.title, "url": item.url, "published": item.published,
              "outlet": item.outlet, "author": item.author}
    return _make_article(item.text, shown, article_id, fields, [*notes, *item.notes])


def _text_article(raw: str, shown: str, article_id: str, notes: list[str]) -> Article | None:
    fields, body_at, front_notes = parse_front_matter(raw)
    text = raw[body_at:]
    if not text.strip():
        return None
    return _make_article(text, shown, article_id, fields, [*notes, *front_notes])


def _make_article(text: str, shown: str, article_id: str, fields: dict[str, object],
                  notes: list[str]) -> Article:
    published, published_time, date_problem = (None, None, None)
    if fields.get("published") not in (None, ""):
        published, published_time, date_problem = parse_published(fields["published"])
        if date_problem:
            notes.append(date_problem)
    english = looks_english(text)
    if not english:
        notes.append("the text does not read as English; only English articles are analysed")
    url = _str(fields.get("url"))
    return Article(
        id=article_id, path=shown, text=text, clean=boilerplate(text),
        title=_str(fields.get("title")) or credits.guess_title(text),
        outlet=_str(fields.get("outlet")) or credits.guess_outlet(text, url),
        url=url, author=_str(fields.get("author")),
        published=published, published_time=published_time,
        published_basis="front-matter" if published else "unknown",
        problems=tuple(notes), english=english,
    )


def read_article(path: Path, shown: str, article_id: str) -> tuple[Article | None, list[Problem]]:
    """One text article from a file (the first, for a feed); kept for callers reading one file."""
    articles, problems = read_inputs(path, shown, article_id)
    return (articles[0] if articles else None), problems


def _str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def article_ids(paths: list[Path]) -> list[str]:
    """Stable, unique ids for the files: the file name's stem, suffixed on a clash."""
    ids: list[str] = []
    used: dict[str, int] = {}
    for path in paths:
        stem = re.sub(r"[^\w.-]+", "-", path.stem) or "article"
        count = used.get(stem, 0)
        used[stem] = count + 1
        ids.append(stem if count == 0 else f"{stem}-{count + 1}")
    return ids
