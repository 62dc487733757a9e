"""Hard-wrapped clippings: the line breaks inside a paragraph become spaces (same length).

Text saved from e-mail, a terminal or a wire feed is often wrapped at 60-80 columns. Every
later stage takes a line for a paragraph, so "... struck the base\\non Wednesday, officials
said." would lose its day to the sentence before it. A break is a wrap only when the text as a
whole is wrapped (its lines stop at one width and many breaks fall inside a sentence, before a
lower-case word) and the line before it is full (the next word would not have fitted) and does
not end a sentence; never before a line that starts its own item (a list or timeline entry
"Monday: ...", "Oct. 17 — ...", a bullet, a byline, a dateline "BAGHDAD (AP) —") or after a
headline. Each joined break becomes a space, so every offset, and every quote, stays where it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .datelines import DAY, MON, WEEKDAY

MIN_WIDTH, MAX_WIDTH = 40, 100  # the widths clippings are wrapped at (fmt, mail, wire feeds: 60-80)
LONGER = 0.1  # at most this share of the lines may run past the width (an address, a long word)
INSIDE = 0.25  # at least this share of the breaks after a full line fall inside a sentence
_SLACK = 2  # columns a full line may fall short of the width by (a width never reached)

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Sen|Rep|Gov|Mr|Mrs|"
                           r"Ms|Dr|St|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)$")
# A line that starts an item of its own: what comes before it is never its first part.
_STARTS_ITEM = re.compile(
    r"(?:[-–—•*·▪►>]\s"  # a bullet
    r"|\(?\d{1,2}[.)]\s"  # a numbered entry
    r"|By\s+[A-Z]"  # a byline
    rf"|{WEEKDAY}\s*(?:\([^)\n]{{1,20}}\))?\s*[:—–-]"  # "Monday: ...", "Wednesday (Oct. 18) — ..."
    rf"|(?:{WEEKDAY},?\s+)?{MON}\s+{DAY}\b,?(?:\s+\d{{4}})?\s*[:—–-]"  # "Oct. 17 — ...", "Nov. 12: ..."
    rf"|{DAY}\s+{MON}\b,?(?:\s+\d{{4}})?\s*[:—–-]"  # "17 October: ..."
    r"|[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*){0,4}\s*(?:\([^)\n]{1,30}\))?\s*[:—–-]"  # "BAGHDAD (AP) —"
    r"|[A-Z][A-Za-z.'-]*\s*:\s)"  # "Q: ...", "Update: ..."
)


def unwrap(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs made spaces (see the module)."""
    breaks = text.count("\n")
    if breaks < 2 or len(text) < MIN_WIDTH / 2 * (breaks + 1):
        return text  # lines far shorter than any wrapping width, on average: nothing to join
    width = _width([line.rstrip() for line in text.split("\n")])
    if width is None:
        return text
    lines = _lines(text)
    joins = [i for i in range(len(lines) - 1) if _joins(text, lines[i], lines[i + 1], width)]
    if not _wrapped(text, lines, joins):
        return text
    chars = list(text)
    for index in joins:
        end = lines[index][1]  # the "\n" after the line
        chars[end] = " "
        if end > 0 and chars[end - 1] == "\r":
            chars[end - 1] = " "
    return "".join(chars)


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's span, without its "\\n"."""
    spans, start = [], 0
    while (end := text.find("\n", start)) >= 0:
        spans.append((start, end))
        start = end + 1
    spans.append((start, len(text)))
    return spans


def _width(lines: Sequence[str]) -> int | None:
    """The column the text is wrapped at, or None when its lines do not stop at one width."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 3:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    longer = sum(length > width + 5 for length in lengths)
    return width if longer <= LONGER * len(lengths) else None


def _joins(text: str, line: tuple[int, int], after: tuple[int, int], width: int) -> bool:
    """Whether the break between ``line`` and the next is a wrap inside a paragraph."""
    before, following = text[line[0]:line[1]].rstrip(), text[after[0]:after[1]].strip()
    if not before.strip() or not following or len(before) < 0.6 * width:
        return False
    first = following.split()[0]
    if len(before) + 1 + len(first) < width - _SLACK:
        return False  # the next word would have fitted: the line ends its paragraph
    if _SENTENCE_END.search(before) and not _ABBREVIATION.search(before.rstrip("\"'”’)]")):
        return False
    if following[0].islower():
        return True  # a sentence goes on
    # before a capital: never a new item, nor after a headline or an entry (a list's last entry
    # without a full stop, then the body)
    return not (_STARTS_ITEM.match(following) or _STARTS_ITEM.match(before.lstrip()) or _headline(before))


def _headline(line: str) -> bool:
    """Most of its words capitalised, as a title is ("US Strikes Militia Sites in Iraq")."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    if line.split()[-1][0].islower():
        return False  # "... said on Tuesday that the": a title does not stop mid-phrase
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _wrapped(text: str, lines: Sequence[tuple[int, int]], joins: Sequence[int]) -> bool:
    """A wrapped text breaks many of its lines inside a sentence, before a lower-case word; a
    text of one paragraph a line almost never does."""
    inside = sum(text[lines[i + 1][0]:lines[i + 1][1]].lstrip()[:1].islower() for i in joins)
    full = sum(1 for s, e in lines if text[s:e].strip())
    return inside >= 2 and inside >= INSIDE * max(1, len(joins)) and len(joins) >= 0.1 * full
