"""Files -> :class:`~briefing.model.Article`: decoding, front matter, boilerplate.

Clipped articles carry what the clipper caught besides the story: doubled
headlines, photo captions, "OTHER NEWS" teasers, embedded posts, syndication
notes. Instead of cutting them out (which would move every offset), ingest
blanks them with spaces in ``Article.clean``, so a span found in the clean text
quotes the original text exactly.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from . import credits, readers
from .discover import NotRegular, item_id, read_regular
from .frontmatter import FRONT_MATTER_KEYS, parse_front_matter, parse_published
from .model import Article, FileKind, Problem, Severity
from .readers import Item, Reader
from .rules import Rules, grammar
from .text import paragraphs, sentences
from .unwrap import unwrap

__all__ = ["FRONT_MATTER_KEYS", "boilerplate", "parse_bytes", "parse_front_matter", "parse_published",
           "read_article", "read_inputs"]
_SURROGATE = re.compile("[\ud800-\udfff]")

MAX_BYTES = 2_000_000
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
# a caption run on after the lede it illustrates: "... on Thursday. Pictured: <what the photo shows, on its
# own day>"; only its own sentence is the caption ("... 2024. The strikes hit ..." goes on with the story)
_INLINE_CAPTION = re.compile(r"(?:^|(?<=[.!?\"”] ))Pictured:[^\n]*", re.M)
_TEASER_END = re.compile(r"read more\s*[»›>]*\s*$", re.I)
_EMBEDDED_POST = re.compile(
    r"pic\.twitter\.com/|—\s*[^—\n]{1,80}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$"
)
# Credits as photo agencies print them ("AP Photo/Name", "Name/Getty Images",
# "Staff Sgt. Name/455th Air Expeditionary Wing/U.S. Air Force"), not a mere
# mention of an agency, which wire copy does in every other paragraph; nor a wire dateline's credit of
# the agency it took the copy from, its lede after a dash ("ARDMORE, June 2, 2031 (DW/AFP) - A tanker ...").
_PHOTO_CREDIT = re.compile(
    r"(\b(AP|AFP) Photo\b|\bvia Getty Images\b|/Getty Images\b|/(AFP|AP|EPA|DVIDS)\b(?!\)\s*[-–—]\s*[A-Z])|"
    r"\b(REUTERS|Reuters)/[A-Z]|/U\.S\. (Air Force|Army|Navy|Marine Corps)\b|"
    r"\(Photo( by|:)[^)]*\)|^FILE\s*[-–—]|^Photo(graph)?:|"
    # a caption closed by its day and its credit: "(U.S. Air Force Photo)", "Iraq, Feb. 3, 2024. — Reuters"
    r"\((?:[A-Z][\w.'’-]*\s+){1,4}Photo\)\s*$|(?:19|20)\d\d\.?\s*[—–]\s*(?:Reuters|REUTERS|AFP|AP)\s*$)",
)
# a credit closing a caption, as outlets print it: "... 2024. (credit: NAME/AGENCY)" (cut short too:
# "(credit: VIA REUTE"), "... Iraq on <day>. Photo: <agency>", "... | Photo Credit: AP", "... on <day>
# [Name/Agency]", "[File: Name/Agency]"
_CLOSING_CREDIT = re.compile(
    r"\([Cc]redit:[^()\n]{0,80}\)?\s*$|[.|/]\s*Photo(?: [Cc]redit)?:[^.\n]{1,80}$|"
    r"\[(?:File: )?[^\[\]\n/]{1,80}/[^\[\]\n]{1,80}\]\s*$")
# "..., the US military said. Photo: AFP": a story's sentence, told by its source, with a credit glued on
# (a caption says what the photo shows, and nobody says it): the paragraph stays
_CREDITS = Rules(grammar("credits"))
_TOLD_BEFORE_CREDIT = _CREDITS.pattern("told_before_credit")
# "... in Ardmore, June 2, 2031. (DW/Jane Roe)": a caption closed by its agency and photographer
_AGENCY_SLASH = _CREDITS.pattern("agency_slash_photographer")
# "... June 14, 2031. (AP/Jane Roe)": a caption's credit written agency first
_AGENCY_FIRST_CREDIT = _CREDITS.pattern("agency_first_credit")
# "... hit the pier (Desk Wire, June 3, 2031)": a report's day, cited; it dates no act
_SOURCE_CITATION = _CREDITS.pattern("source_citation")
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
        pieces, at = [], 0
        for start, end in sorted(self.spans):
            start = max(start, at)
            if end <= start:
                continue
            pieces += [self.text[at:start], _NOT_LINE_END.sub(" ", self.text[start:end])]
            at = end
        return "".join([*pieces, self.text[at:]])


_NOT_LINE_END = re.compile(r"[^\r\n]")
_QUOTES = re.compile(r"[\"'“”‘’`]")
_RULE = re.compile(r"[.\-–—•*]+")


def _norm(line: str) -> str:
    line = unicodedata.normalize("NFKC", line).casefold()
    return " ".join(_QUOTES.sub("'", line).split())


class _Seen:
    """The paragraphs met so far and, only when a later one might repeat part of one, their
    sentences: a paragraph repeated inside a longer one is still a repeat (clippers glue
    the first two paragraphs together and then repeat the second). A paragraph that is
    not even a substring of the text before it cannot be such a repeat, so most articles
    never need their sentences split here."""

    def __init__(self, text: str, spans: list[tuple[int, int]], norms: list[str]) -> None:
        self.text, self.spans, self.norms = text, spans, norms
        self.whole = "\n".join(norms)
        self.offsets = [0]
        for norm in norms:
            self.offsets.append(self.offsets[-1] + len(norm) + 1)
        self.paragraphs: set[str] = set()
        self.sentences: set[str] = set()
        self.unsplit: list[int] = []

    def repeats(self, index: int) -> bool:
        norm = self.norms[index]
        if norm in self.paragraphs:
            return True
        if self.whole.find(norm, 0, self.offsets[index]) < 0:
            return False
        for earlier in self.unsplit:
            start, end = self.spans[earlier]
            self.sentences.update(_norm(self.text[s:e]) for s, e in sentences(self.text, start, end))
        self.unsplit.clear()
        return norm in self.sentences

    def add(self, index: int) -> None:
        self.paragraphs.add(self.norms[index])
        self.unsplit.append(index)


_ADDRESS = re.compile(r"https?://\S+")


def _furniture(line: str) -> bool:
    """A line of the page around the story, known by its own words: a link list, a teaser,
    an embedded post, a syndication note, a byline, a photo credit, a rule. Cheap tests
    of a word first: the patterns are tried only where they could match."""
    return bool(
        _LINK_LINE.match(line)
        or _TEASER_END.search(line, max(0, len(line) - 64))
        or (("pic.twitter.com/" in line or "(@" in line) and _EMBEDDED_POST.search(line))
        or _SYNDICATION.match(line)
        or _BYLINE.match(line)
        or (len(line) < 400 and ("/" in line or "Photo" in line or "Getty" in line or line.startswith("FILE")
                                 or "redit:" in line
                                 or "—" in line[-12:] or "–" in line[-12:])
            and _photo_credit(line) and not line.endswith('"'))
        or _RULE.fullmatch(line)
        or (line.startswith("http") and _ADDRESS.fullmatch(line) is not None)  # the page's address
    )


def _photo_credit(line: str) -> bool:
    """Whether ``line`` is a photo's caption or credit (``_PHOTO_CREDIT``, ``_AGENCY_FIRST_CREDIT``;
    ``_CLOSING_CREDIT`` or ``_AGENCY_SLASH`` but after a sentence its source tells,
    ``_TOLD_BEFORE_CREDIT``)."""
    return bool(_PHOTO_CREDIT.search(line) or _AGENCY_FIRST_CREDIT.search(line)
                or ((_CLOSING_CREDIT.search(line) or _AGENCY_SLASH.search(line))
                    and not _TOLD_BEFORE_CREDIT.search(line)))


# a paragraph of a story's prose: long, and closed as a sentence is ("... in Jordan.", "... said.”");
# a teaser's headline, a link or a button's words are not
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’']?$")
STORY_PARAGRAPH = 100  # characters, at the least


def _story_prose(paragraph: str) -> bool:
    """Whether ``paragraph`` reads as the story's prose rather than a teaser's line."""
    return len(paragraph) >= STORY_PARAGRAPH and _SENTENCE_CLOSE.search(paragraph) is not None


def _story_goes_on(text: str, after: list[tuple[int, int]]) -> bool:
    """Whether the paragraphs ``after`` a site's box go on with the story: a paragraph of its prose,
    then another or the text's end. One paragraph of prose over a line that is none is a teaser's
    summary over the next teaser ("Related Stories" over "Rockets struck an outpost on Monday, ...,
    the Pentagon said." and a headline)."""
    return bool(after) and all(_story_prose(text[s:e]) for s, e in after[:2])


BOX_TEASERS = 3  # headlines a site's box set inside the story lists, at most


def _box_teasers(text: str, after: list[tuple[int, int]]) -> int | None:
    """How many teasers' headlines a site's box lists before the story goes on below it ("Read more:",
    a headline or two, then two paragraphs or more of the story's prose): 0 when prose follows it at
    once (:func:`_story_goes_on`), None when the story does not go on (the page's teasers to its end:
    a headline over one paragraph of summary, then the next headline)."""
    if _story_goes_on(text, after):
        return 0
    for count, (start, end) in enumerate(after[:BOX_TEASERS], start=1):
        if _story_prose(text[start:end]):
            return None  # a teaser's summary, not a headline
        rest = after[count:]
        if len(rest) >= 2 and _story_goes_on(text, rest):
            return count
    return None


_CUT_SHORT = re.compile(r"(?:…|\.\.\.)$")  # a paragraph the page cut off with an ellipsis


def _cut_teasers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The related stories' teasers closing a page, each cut off with an ellipsis ("Salvagers gave up
    towing the burning tanker as it “was not…"): the paragraphs after the first of a closing run of
    two or more cut so. A story the clipper cut ends once; the next cut paragraphs are other stories,
    whose acts and days are theirs."""
    run = 0
    for start, end in reversed(spans):
        if not _CUT_SHORT.search(text, start, end):
            break
        run += 1
    return spans[len(spans) - run + 1:] if run >= 2 else []


def boilerplate(text: str) -> str:
    """``text`` with everything that is not the article blanked out (same length)."""
    mask = _Mask(text)
    header = CLIPPER_HEADER.match(text)
    if header:
        mask.add(header.start(), header.end())
    spans = list(paragraphs(text))  # trimmed: no line starts or ends with a blank
    norms = [_norm(text[start:end]) for start, end in spans]
    seen = _Seen(text, spans, norms)
    for index, (start, end) in enumerate(spans):
        line, norm = text[start:end], norms[index]
        if index > 0 and _END_MARKERS.fullmatch(line):
            # Low in the page it ends the article; near the top it is navigation. A site's box set
            # inside the story ("RECOMMENDED" over paragraphs of the story's own prose, not a
            # teaser's headline nor one teaser's summary) is only its own line.
            teasers = _box_teasers(text, spans[index + 1:]) if start > len(text) * 0.3 else 0
            if teasers is None:
                mask.add(start, len(text))
                break
            for box_start, box_end in [(start, end), *spans[index + 1:index + 1 + teasers]]:
                mask.add(box_start, box_end)
            continue
        following = norms[index + 1] if index + 1 < len(spans) else ""
        if (seen.repeats(index) or (len(norm) > 20 and following.startswith(norm) and following != norm)
                or _furniture(line)):
            mask.add(start, end)
        seen.add(index)
    for match in (*_INLINE_RELATED.finditer(text), *_SOURCE_CITATION.finditer(text)):
        mask.add(*match.span())
    for start, end in _cut_teasers(text, spans):
        mask.add(start, end)
    for match in _INLINE_CAPTION.finditer(text):
        mask.add(match.start(), next(sentences(text, match.start(), match.end()))[1])
    return mask.apply()


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


_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = bytes(b if 0x61 <= b <= 0x7A else 0x20 for b in range(256))  # a-z kept, the rest a space


def looks_english(text: str) -> bool:
    """Whether a text reads as English (short texts get the benefit of the doubt)."""
    words = _letter_runs(text[:20000].lower())
    if len(words) < 40:
        return True
    return sum(map(_ENGLISH.__contains__, words)) / len(words) >= 0.08


def _letter_runs(low: str) -> list[str]:
    """``_LETTERS.findall(low)`` of a lowered text. When none of its characters outside ASCII is a
    letter (curly quotes, dashes, a copyright sign: most clippings), its bytes are translated once,
    every one but "a"-"z" to a space (and a character outside ASCII, encoded as "?", too), and
    split: the pattern's search, which tests every character's class, took four times as long."""
    if any(_LETTERS.match(char) for char in set(low) if not char.isascii()):
        return _LETTERS.findall(low)
    return low.encode("ascii", "replace").translate(_ASCII_LETTERS).decode("ascii").split()


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


WESTERN = "cp1252"  # Windows' Western European: the commonest legacy encoding of English text
_ENCODING_NAMES = {"cp1252": "Western European", "cp1250": "Central European", "cp1251": "Cyrillic",
                   "cp1253": "Greek", "cp1254": "Turkish", "cp1257": "Baltic", "latin_1": "Western European",
                   "iso8859_15": "Western European", "mac_roman": "Mac Western European"}


def _legacy_encoding(data: bytes) -> tuple[str, str]:
    """The single-byte encoding of text that is not UTF-8, and why it was chosen.

    charset-normalizer ranks the encodings by how little mess each decoding makes; where
    Western European reads the text as cleanly as the best (a cp1252 text of curly quotes and
    dashes reads the same in cp1250), it is preferred: it is the commoner by far.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return WESTERN, ("no encoding fits it well; read as cp1252 (Western European), unreadable "
                         "bytes replaced")
    best = matches[0]
    ties = [m for m in matches if m.chaos <= best.chaos]
    if not any(WESTERN in m.could_be_from_charset for m in ties):
        return str(best.encoding), (f"read as {_describe(best.encoding)}, detected by charset-normalizer "
                                    f"as likelier than cp1252{_difference(data, best.encoding)}")
    western = "read as cp1252 (Western European)"
    if best.encoding != WESTERN and WESTERN in best.could_be_from_charset:
        return WESTERN, (f"{western}; {_describe(best.encoding)} reads its bytes the same, and the "
                         "Western encoding is the commoner")
    rival = next((m.encoding for m in ties if WESTERN not in m.could_be_from_charset), None)
    if rival is None:
        return WESTERN, f"{western}, detected by charset-normalizer"
    return WESTERN, (f"{western}: charset-normalizer found {_describe(rival)} as likely, and the Western "
                     "encoding is the commoner")


def _describe(encoding: str) -> str:
    name = _ENCODING_NAMES.get(encoding)
    return f"{encoding} ({name})" if name else encoding


def _difference(data: bytes, encoding: str) -> str:
    """", which reads 'ł' where cp1252 reads '³'": the first byte the two encodings read apart."""
    chosen, western = data.decode(encoding, "replace"), data.decode(WESTERN, "replace")
    if len(chosen) != len(western):  # not single-byte
        return ""
    for mine, theirs in zip(chosen, western, strict=True):
        if mine != theirs:
            return f", which reads '{mine}' where cp1252 reads '{theirs}'"
    return ""


def decode(data: bytes) -> tuple[str, str | None]:
    """Text of a file and, when it was not UTF-8, a note saying which encoding was used and why."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), None
    if b"\x00" in data[:4096]:  # NUL is valid UTF-8, so UTF-16 without a mark must be tried first
        utf16 = _guess_encoding(data, "utf_16")
        if utf16:
            return data.decode(utf16, errors="replace"), f"no byte-order mark; read as {utf16}"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        not_utf8 = f"not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start:,})"
    encoding, why = _legacy_encoding(data)
    return data.decode(encoding, errors="replace"), f"{not_utf8}; {why}"


def supported(suffix: str) -> bool:
    return readers.reader_for(suffix) is not None


def unsupported(shown: str, suffix: str) -> Problem:
    return Problem(shown, "ingest", f"not an article file ({suffix or 'no extension'}); "
                   f"read are {readers.FORMATS}", "warning", "unsupported")


def read_inputs(path: Path, shown: str, base_id: str,
                max_bytes: int = MAX_BYTES) -> tuple[list[Article], list[Problem]]:
    """The articles in one input file (feeds hold several), and every problem found.

    Never raises for bad input: a file that cannot be used gives no article and
    one problem whose ``kind`` says why (empty, binary, too-large, ...).
    """
    if not supported(path.suffix):
        return [], [unsupported(shown, path.suffix)]
    try:
        data = read_regular(path, max_bytes)
    except NotRegular as error:
        severity: Severity = "error" if error.kind == "unreadable" else "warning"
        return [], [Problem(shown, "ingest", str(error), severity, error.kind)]
    return parse_bytes(data, path.suffix, shown, base_id)


def parse_bytes(data: bytes, suffix: str, shown: str, base_id: str) -> tuple[list[Article], list[Problem]]:
    """The articles in a file's bytes, as :func:`read_inputs` finds them."""
    def fail(kind: FileKind, message: str) -> tuple[list[Article], list[Problem]]:
        return [], [Problem(shown, "ingest", message, "warning", kind)]

    reader = readers.reader_for(suffix)
    if reader is None:
        return [], [unsupported(shown, suffix)]
    if not data.strip():
        return fail("empty", "file is empty")
    binary = _binary_kind(data)
    if binary:
        return fail("binary", f"{binary}, not text; save the article as text or HTML")
    raw, decode_note = decode(data)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    notes = [decode_note] if decode_note else []
    try:
        found, item_problems = reader.read(raw)
    except readers.Unusable as error:
        return fail(error.kind, str(error))
    if not found and not item_problems:
        return fail("empty", reader.nothing)
    articles = [_item_article(item, reader, shown, base_id, notes) for item in found]
    problems = [Problem(shown if flaw.number is None or reader.single else f"{shown}#{flaw.number}",
                        "ingest", flaw.message, "warning", flaw.kind) for flaw in item_problems]
    for article in articles:
        problems.extend(Problem(article.path, "ingest", note) for note in article.problems)
    return articles, problems


def _item_article(item: Item, reader: Reader, shown: str, base_id: str, notes: list[str]) -> Article:
    """The article of one item: a feed's Nth item is ``file#N``, with the id of its place."""
    if not reader.single:
        shown, base_id = f"{shown}#{item.number}", item_id(base_id, item.number)
    published, published_time, date_problem = None, None, None
    notes = [*notes, *item.notes]
    if item.published:
        published, published_time, date_problem = parse_published(item.published)
        if date_problem:
            notes.append(f"{reader.fields_from} {date_problem}")
    text = unwrap(printable(item.text))  # before anything reads its lines
    english = looks_english(text)
    if not english:
        notes.append("the text does not read as English; in other languages only dated attacks and "
                     "strikes are read")
    url = _str(item.url)
    return Article(
        id=base_id, path=shown, text=text, clean=boilerplate(text),
        title=_str(item.title) or credits.guess_title(text),
        outlet=_str(item.outlet) or credits.guess_outlet(text, credits.page_address(text, url)),
        url=url, author=_str(item.author),
        published=published, published_time=published_time,
        published_basis=reader.basis if published else "unknown",
        problems=tuple(printable(n) for n in notes), english=english,
    )


def printable(text: str) -> str:
    """``text`` with every lone surrogate (from a JSON ``\\ud800`` escape or a YAML one) made
    U+FFFD: the same length, so offsets hold, and always encodable as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def read_article(path: Path, shown: str, article_id: str) -> tuple[Article | None, list[Problem]]:
    """One text article from a file (the first, for a feed); kept for callers reading one file."""
    articles, problems = read_inputs(path, shown, article_id)
    return (articles[0] if articles else None), problems


def _str(value: str | None) -> str | None:
    return (printable(value).strip() or None) if value is not None else None
