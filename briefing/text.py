"""Paragraphs and sentences of an article's clean text, as character spans.

Spans always index the article's text, so anything found inside them can be
quoted exactly. Nothing here reads files or knows about dates.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# Abbreviations that end in a full stop without ending the sentence. Wire copy
# is full of ranks ("Brig. Gen.") and abbreviated months ("Oct. 17").
_ABBREVIATIONS = frozenset(
    [
        "u.s.",
        "u.k.",
        "u.n.",
        "d.c.",
        "gen.",
        "brig.",
        "lt.",
        "col.",
        "maj.",
        "capt.",
        "sgt.",
        "adm.",
        "cmdr.",
        "cpl.",
        "pvt.",
        "sen.",
        "rep.",
        "gov.",
        "pres.",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "st.",
        "no.",
        "vs.",
        "inc.",
        "corp.",
        "co.",
        "ltd.",
        "jr.",
        "sr.",
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "sept.",
        "oct.",
        "nov.",
        "dec.",
        "mon.",
        "tue.",
        "tues.",
        "wed.",
        "thu.",
        "thurs.",
        "fri.",
        "sat.",
        "sun.",
        "approx.",
        "est.",
        "a.m.",
        "p.m.",
        "e.g.",
        "i.e.",
        "etc.",
        "al.",
    ]
)
# A full stop, then space and a capital; scraped pages also glue sentences ("Reuters.It is"),
# which only a word of two lower-case letters or more before the stop makes safe to split.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)]*(?:\[\d{1,3}\])*\s+(?=[\"'“‘(\[]?[A-Z0-9])"
                       r"|(?<=[a-z]{2}[.!?])(?=[A-Z][A-Za-z])")
# Lines, trimmed with str methods: a regex that skips leading blanks restarts inside every
# run of them, and blanked boilerplate makes runs of a thousand spaces.
_LINE = re.compile(r"[^\n]+")
_ONE_LETTER = re.compile(r"[a-z]\.")


def paragraphs(clean: str) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank lines of ``clean``, leading and trailing blanks trimmed.

    Clipped web text keeps one paragraph per line; wire copy saved by hand
    sometimes separates them by blank lines: either way a line is a paragraph.
    """
    return iter(all_paragraphs(clean))


@functools.lru_cache(maxsize=8)
def all_paragraphs(clean: str) -> tuple[tuple[int, int], ...]:
    """:func:`paragraphs`, found once: reading, dating, outlets and sentences each walk the
    same text's lines (seven walks of every clipping)."""
    found: list[tuple[int, int]] = []
    for match in _LINE.finditer(clean):
        line = match.group()
        left = len(line) - len(line.lstrip())
        if left < len(line):
            found.append((match.start() + left, match.start() + len(line.rstrip())))
    return tuple(found)


_MARK = re.compile(r"[.!?]")


def boundaries(clean: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_BOUNDARY.finditer(clean, start, end)``, tried only where it can match: at a full stop,
    question or exclamation mark (its first branch), or just after one (its second, which
    matches nothing and looks back at the mark). A search tries every character; most are
    neither. After an empty match nothing can match at the same place (a capital follows it),
    nor right after a whole one (a space ends it and a capital or quote follows)."""
    reached, tried = start, -1
    for mark in _MARK.finditer(clean, max(0, start - 1), end):
        for at in (mark.start(), mark.start() + 1):
            if at < reached or at <= tried or at >= end:
                continue
            tried = at
            match = _BOUNDARY.match(clean, at, end)
            if match is not None:
                yield match
                reached = match.end() + (match.end() == at)  # after an empty match: the next place


MAX_SENTENCE = 1_500  # characters: the longest sentence of the field set has 572
_CLAUSE_ENDS = ("; ", ", ", " ")  # where an overlong "sentence" is cut, best first


def sentences(clean: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the sentences inside ``clean[start:end]``, none longer than :data:`MAX_SENTENCE`.

    A text whose full stops were lost (a PDF dump, a list) would otherwise be one sentence,
    and the extractors, which look around each figure and name within its sentence, would
    cost the square of its length: such a run is cut at clause ends into pieces instead."""
    for first, last in _sentences(clean, start, end):
        if last - first <= MAX_SENTENCE:
            yield first, last  # (as _pieces gives it, without a generator per sentence)
        else:
            yield from _pieces(clean, first, last)


def _pieces(clean: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = next((at + len(mark) for mark in _CLAUSE_ENDS
                    if (at := clean.rfind(mark, start + MAX_SENTENCE // 2, limit)) >= 0), limit)
        yield start, len(clean[start:cut].rstrip()) + start
        start = cut
        while start < end and clean[start].isspace():
            start += 1
    if start < end:
        yield start, end


def _dash_before_month(clean: str, window: int, at: int) -> int:
    """Where a dash joins a day to the abbreviated month ending at ``at`` ("30-Dec."), else -1."""
    dash = max(clean.rfind("-", window, at), clean.rfind("\u2013", window, at))
    if dash <= 0 or not clean[dash - 1].isdigit():
        return -1  # (no dash: the month's slice would be the whole text before it, lowered)
    return dash if clean[dash + 1:at + 1].lower() in _ABBREVIATIONS else -1


def _sentences(clean: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    for match in boundaries(clean, start, end):
        stop = match.end()
        # the word before the full stop; a short window keeps this linear when a
        # "sentence" runs on through many abbreviations
        at = match.start()
        window = max(cursor, at - 40)
        # a span of days joins its ends with a dash: "Nov. 30-Dec. 1" (the "Dec." is no end)
        token_start = max(clean.rfind(" ", window, at), clean.rfind("/", window, at),
                          clean.rfind("(", window, at), _dash_before_month(clean, window, at)) + 1
        token = clean[max(token_start, window) : at + 1].lower().lstrip("\"'“‘")
        if token in _ABBREVIATIONS or _ONE_LETTER.fullmatch(token):
            continue
        sentence_end = stop
        while sentence_end > cursor and clean[sentence_end - 1].isspace():
            sentence_end -= 1
        yield cursor, sentence_end
        cursor = stop
    if cursor < end:
        yield cursor, end


@functools.lru_cache(maxsize=8)
def all_sentences(clean: str) -> tuple[tuple[int, int, int], ...]:
    """Every sentence of the text as ``(paragraph_index, start, end)``, in order.

    Cached: the tally and event extractors both walk the same article's sentences.
    """
    found: list[tuple[int, int, int]] = []
    for index, (p_start, p_end) in enumerate(paragraphs(clean)):
        found.extend((index, s, e) for s, e in sentences(clean, p_start, p_end))
    return tuple(found)


def squash(text: str) -> str:
    """One-line form of a quote: runs of white space become one space."""
    return " ".join(text.split())


_OPENING, _CLOSING = "\"“”'‘", "\"”“'’"


def unquoted(text: str) -> str:
    """A quotation without the quotation marks around the whole of it (the page prints its own):
    '"We will respond."' -> 'We will respond.'; marks inside it stay."""
    inner = text.strip()
    if len(inner) > 2 and inner[0] in _OPENING and inner[-1] in _CLOSING and \
            not any(mark in inner[1:-1] for mark in "\"“”"):
        return inner[1:-1].strip()
    return text
