"""Cheap screens: where in an article a costly search can possibly match.

Most of a clipping is about other things: sentences with no act word, no count, no
date. A :class:`Screen` holds words one of which every match of some searches must
contain, read off those searches' own patterns (the regular expressions are parsed by
``regex_tree.py``, our own reading of their syntax, so the words stay those of the topic's
data and of the code's patterns). One scan of
the article for them, as fast as a plain word search, tells where the searches
cannot match, and those spans are not searched. A screen only ever rules a span out:
where a cue word is, the full search runs as before, so what is found is the same.

Four uses, each giving exactly what the full search gives:

- :class:`Screen` + :meth:`Hits.any`: may a span hold a match at all? (sentences without
  an act or count word, spans without a date word, texts without a cue's words)
- :func:`finditer_near`: a pattern whose matches are short searched only in windows
  around its words (the countries)
- :class:`Openings`: a pattern tried with ``match()`` only where one of the words its
  matches begin with begins (US forces, dates over long spans, weekday names, cues)
- :class:`Starts`: the same for the name tables, whose names' first letters are given, not read
  off the pattern: every table's are looked for in one pass

The screens every article needs are looked for together, in one scan (``shared``). A
pattern that ignores case is screened on the text case-folded once (same length, so
positions carry over); a pattern that does not, on the text itself.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from . import regex_tree as tree

# Characters that re.I matches to an ASCII letter without lower() giving that letter
# (checked over every code point): dotted and dotless I, the long s. Only the first
# lower-cases to two characters.
_ODD = (("\u0131", "i"), ("\u017f", "s"))


def fold(text: str) -> str:
    """``text`` as ``re.I`` compares it with ASCII: lower case, and of the same length."""
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    low = text.lower()
    for odd, plain in _ODD:
        if odd in low:
            low = low.replace(odd, plain)
    return low


# ---- the words a pattern needs -------------------------------------------------------------

_MAX_WORDS = 64  # more alternatives than this: the words are taken from a shorter stretch
_SMALL_CLASS = 10  # a character class of at most this many characters is read as alternatives


@dataclass(frozen=True)
class _Info:
    """What a piece of pattern matches: always one of ``exact``, or something containing one of
    ``need`` (None: nothing known). ``folded``: a part of it ignores case."""

    exact: frozenset[str] | None
    need: frozenset[str] | None
    folded: bool = False


_NOTHING = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


# ---- what a pattern needs, known before the run ----------------------------------------------
#
# Reading a pattern's tree costs about 0.2 s at each start for the shipped topic's and code's
# patterns, so what they need is kept in screens.json beside this module, keyed by a digest
# of the pattern: scripts/screens.py writes it, and a test fails when it is out of date. A
# pattern it does not know (a team's [topic] additions) is read here, as before.

_TABLE_PATH = Path(__file__).with_name("screens.json")
LEARNED: dict[str, Any] = {}  # read during this run, not in the table: what scripts/screens.py adds


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    try:
        table: dict[str, Any] = json.loads(_TABLE_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return table


class Readable(Protocol):
    """What the screens read of a pattern: its text and flags (a compiled pattern, or a
    :class:`Source` not compiled yet)."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


@dataclass(frozen=True)
class Source:
    """A pattern's text and flags, to be compiled only when a screen lets a text through
    (:func:`source`); its screen is read, like a compiled one's, from the table."""

    pattern: str
    flags: int

    def compiled(self) -> re.Pattern[str]:
        return _compiled(self.pattern, self.flags)


def source(pattern: str, flags: int = 0) -> Source:
    """``pattern`` with ``flags`` as ``re.compile`` would report them (text patterns are Unicode)."""
    return Source(pattern, int(flags if flags & re.ASCII else flags | re.UNICODE))


@functools.cache
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _remembered(kind: str, pattern: Readable, read: Callable[[Readable], Any]) -> Any:
    """``read(pattern)``, from the table when it is there (JSON: words as a sorted list)."""
    key = f"{kind}:" + hashlib.sha256(f"{pattern.flags}:{pattern.pattern}".encode()).hexdigest()[:24]
    table = _table()
    if key in table:
        value = table[key]
        return (frozenset(value[0]), value[1]) if isinstance(value, list) else value
    found = read(pattern)
    LEARNED[key] = [sorted(found[0]), found[1]] if isinstance(found, tuple) else found
    return found


def needed_words(pattern: Readable) -> tuple[frozenset[str], bool] | None:
    """Words one of which every match of ``pattern`` contains, and whether they must be looked
    for in case-folded text; None when the pattern's matches need no word that can be named."""
    return _remembered("need", pattern, _read_needed_words)  # type: ignore[no-any-return]


def first_words(pattern: Readable) -> tuple[frozenset[str], bool] | None:
    """Words one of which every match of ``pattern`` begins with, and whether they must be looked
    for in case-folded text; None when its matches may begin with anything."""
    return _remembered("first", pattern, _read_first_words)  # type: ignore[no-any-return]


def match_reach(pattern: Readable) -> int | None:
    """How far past its start a match of ``pattern`` and its lookaheads may read; None: no bound."""
    return _remembered("reach", pattern, _read_match_reach)  # type: ignore[no-any-return]


def needed_sets(pattern: Readable) -> tuple[tuple[frozenset[str], bool], ...] | None:
    """Sets of words, each of which every match of ``pattern`` holds a word of (the pieces of its
    sequence that need words: "killed" and "a soldier" both, where :func:`needed_words` names one),
    each with whether it is looked for in case-folded text; None when no piece needs a word."""
    found = _remembered("sets", pattern, _read_needed_sets)
    if found is None:
        return None
    return tuple((frozenset(words), folded) for words, folded in found["sets"])


def _read_needed_sets(pattern: Readable) -> dict[str, list[Any]] | None:
    try:
        parsed = tree.parse(pattern.pattern, pattern.flags)
    except tree.Unreadable:
        return None
    ignore_case = bool(pattern.flags & re.I)
    sets: list[list[Any]] = []
    for words, folded in _needs(list(parsed), ignore_case):
        words = frozenset(fold(w) for w in words) if folded else words
        sets.append([sorted(words), folded])
    return {"sets": sets} if sets else None


def _needs(items: Sequence[tuple[Any, Any]], ignore_case: bool) -> list[tuple[frozenset[str], bool]]:
    """Every word set a sequence's pieces need, as :func:`_sequence` finds them (it keeps the
    longest-worded one): runs of exact pieces joined, and each other piece's own need; a group
    that must match is read as a sequence of its own (its pieces are all the sequence's)."""
    found: list[tuple[frozenset[str], bool]] = []
    run: frozenset[str] = frozenset({""})
    run_folded = False
    for op, av in items:
        if op is tree.SUBPATTERN and not (av[1] | av[2]) & re.I:
            found.extend(_needs_of_run(run, run_folded))
            run, run_folded = frozenset({""}), False
            found.extend(_needs(list(av[3]), ignore_case))
            continue
        info = _node(op, av, ignore_case)
        if info.exact is not None and len(run) * len(info.exact) <= _MAX_WORDS:
            run = frozenset(a + b for a in run for b in info.exact)
            run_folded = run_folded or info.folded
            continue
        found.extend(_needs_of_run(run, run_folded))
        if info.exact is not None:
            run, run_folded = info.exact, info.folded
            continue
        if info.need is not None and "" not in info.need:
            found.append((info.need, info.folded))
        run, run_folded = frozenset({""}), False
    found.extend(_needs_of_run(run, run_folded))
    return found


def _needs_of_run(run: frozenset[str], folded: bool) -> list[tuple[frozenset[str], bool]]:
    return [(run, folded)] if run and "" not in run else []


def _read_needed_words(pattern: Readable) -> tuple[frozenset[str], bool] | None:
    try:
        parsed = tree.parse(pattern.pattern, pattern.flags)
    except tree.Unreadable:  # a pattern this reading does not know: no screen
        return None
    info = _sequence(list(parsed), bool(pattern.flags & re.I))
    words = info.exact if info.exact is not None else info.need
    if not words or "" in words:
        return None
    return (frozenset(fold(w) for w in words) if info.folded else words), info.folded


def _sequence(items: Sequence[tuple[Any, Any]], ignore_case: bool) -> _Info:
    """Consecutive exact pieces joined (up to ``_MAX_WORDS`` alternatives); the longest-worded of
    the joined runs and of the pieces' own needs is what the sequence needs."""
    candidates: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    whole, folded = True, False
    for op, av in items:
        info = _node(op, av, ignore_case)
        folded = folded or info.folded
        if info.exact is not None and len(run) * len(info.exact) <= _MAX_WORDS:
            run = frozenset(a + b for a in run for b in info.exact)
            continue
        whole = False
        candidates.append(run)
        if info.exact is not None:
            run = info.exact
            continue
        if info.need is not None:
            candidates.append(info.need)
        run = frozenset({""})
    candidates.append(run)
    usable = [c for c in candidates if c and "" not in c]
    need = max(usable, key=lambda c: (min(map(len, c)), -len(c)), default=None)
    return _Info(run if whole else None, need, folded)


def _node(op: Any, av: Any, ignore_case: bool) -> _Info:
    if op is tree.LITERAL:
        return _literal(av, ignore_case)
    if op is tree.IN:
        return _character_class(av, ignore_case)
    if op in (tree.AT, tree.ASSERT, tree.ASSERT_NOT):
        return _EMPTY  # takes no characters (what it asserts only narrows the matches)
    if op is tree.SUBPATTERN:
        _, add, remove, pattern = av
        ignore = (ignore_case or bool(add & re.I)) and not remove & re.I
        return _sequence(list(pattern), ignore)
    if op is tree.ATOMIC_GROUP:
        return _sequence(list(av), ignore_case)
    if op is tree.BRANCH:
        return _branch([_sequence(list(p), ignore_case) for p in av[1]])
    if op in (tree.MAX_REPEAT, tree.MIN_REPEAT, tree.POSSESSIVE_REPEAT):
        low, high, pattern = av
        inner = _sequence(list(pattern), ignore_case)
        if low == 0:
            if high == 1 and inner.exact is not None:  # "(?:drone )?": the words, or nothing
                return _Info(inner.exact | {""}, None, inner.folded)
            return _EMPTY if high == 0 else _NOTHING
        need = inner.exact if inner.exact is not None else inner.need
        return _Info(inner.exact if low == high == 1 else None, need, inner.folded)
    return _NOTHING


def _read_first_words(pattern: Readable) -> tuple[frozenset[str], bool] | None:
    try:
        parsed = tree.parse(pattern.pattern, pattern.flags)
    except tree.Unreadable:
        return None
    found = _prefixes(list(parsed), bool(pattern.flags & re.I))
    if found is None or not found[0] or "" in found[0]:
        return None
    words, folded = found
    return (frozenset(fold(w) for w in words) if folded else words), folded


def _prefixes(items: Sequence[tuple[Any, Any]], ignore_case: bool) -> tuple[frozenset[str], bool] | None:
    """The exact pieces at the start joined, then the first words of the piece after them."""
    run: frozenset[str] = frozenset({""})
    folded = False
    for index, (op, av) in enumerate(items):
        info = _node(op, av, ignore_case)
        if info.exact is not None:
            nested: tuple[frozenset[str], bool] | None = (info.exact, info.folded)
        elif op in _REPEATS and av[0] == 0:  # "(?:last\s+)?Monday": its own first words, or what follows
            inner, rest = _prefixes(list(av[2]), ignore_case), _prefixes(items[index + 1:], ignore_case)
            nested = None if inner is None or rest is None else (inner[0] | rest[0], inner[1] or rest[1])
        else:
            nested = _first_of(op, av, ignore_case)
        if nested is None or len(run) * len(nested[0]) > _MAX_FIRST:
            break
        run = frozenset(a + b for a in run for b in nested[0])
        folded = folded or nested[1]
        if info.exact is None:
            break  # the piece's own first words: what follows them is not known
    return run, folded


def _first_of(op: Any, av: Any, ignore_case: bool) -> tuple[frozenset[str], bool] | None:
    """The first words of a piece that is not exact: a group, alternatives, a repeat of one or more."""
    if op is tree.SUBPATTERN:
        _, add, remove, pattern = av
        return _prefixes(list(pattern), (ignore_case or bool(add & re.I)) and not remove & re.I)
    if op in _REPEATS and av[0] >= 1:
        return _prefixes(list(av[2]), ignore_case)
    if op is tree.BRANCH:
        options = [_prefixes(list(p), ignore_case) for p in av[1]]
        if any(o is None or "" in o[0] for o in options):
            return None
        words = frozenset().union(*(o[0] for o in options if o))
        return (words, any(o[1] for o in options if o)) if len(words) <= _MAX_FIRST else None
    return None


_REPEATS = tree.REPEATS
_MAX_FIRST = 256  # first words: more than this, and a pattern is tried everywhere


def _literal(code: int, ignore_case: bool) -> _Info:
    char = chr(code)
    if not char.isascii():
        return _NOTHING  # re.I and lower() may disagree on it
    return _Info(frozenset({char}), None, ignore_case)


def _character_class(items: list[tuple[Any, Any]], ignore_case: bool) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        if op is tree.LITERAL and av < 128:
            chars.add(chr(av))
        elif op is tree.RANGE and av[1] < 128 and av[1] - av[0] < _SMALL_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return _NOTHING
    return _Info(frozenset(chars), None, ignore_case) if len(chars) <= _SMALL_CLASS else _NOTHING


def _branch(options: list[_Info]) -> _Info:
    folded = any(o.folded for o in options)
    exact = None
    if all(o.exact is not None for o in options):
        exact = frozenset().union(*(o.exact for o in options if o.exact is not None))
        exact = exact if len(exact) <= _MAX_WORDS else None
    needs = [o.exact if o.exact is not None else o.need for o in options]
    need = None
    if all(n and "" not in n for n in needs):
        need = frozenset().union(*(n for n in needs if n))
    return _Info(exact, need, folded)


# ---- screening -----------------------------------------------------------------------------

class Screen:
    """Words one of which every match of some patterns contains (``words`` None: no such words,
    nothing is ruled out); :meth:`scan` finds where they are in one text. ``folded``: they are
    looked for in the case-folded text."""

    def __init__(self, words: Iterable[str] | None, folded: bool, shared: bool = False) -> None:
        """``shared``: looked for together with the other shared screens, in one scan of a text
        (for the screens every article is scanned for)."""
        self.folded = folded
        self.words: tuple[str, ...] | None = None
        self.reach = 0
        self._slot: int | None = None
        self._words_pattern: re.Pattern[str] | None = None
        found = None if words is None else {fold(w) if folded else w for w in words}
        if not found or "" in found:
            return
        # any piece of a word is found wherever the word is: a short piece that starts with a rare
        # letter is looked for instead (the scan skips every character no piece starts with),
        # and a piece that contains another is found wherever that one is
        found = {_rare_piece(w) for w in found}
        kept = sorted(w for w in found if not any(o != w and o in w for o in found))
        self.words = tuple(kept)
        self.reach = max(map(len, kept))
        if shared and folded:
            self._slot = _TOGETHER.add(self)

    @classmethod
    def of(cls, *patterns: Readable, shared: bool = False) -> Screen:
        """The screen of the words these patterns need (see :func:`needed_words`)."""
        words: set[str] = set()
        folded = False
        for pattern in patterns:
            needed = needed_words(pattern)
            if needed is None:
                return cls(None, False)
            words |= needed[0]
            folded = folded or needed[1]
        return cls(words, folded, shared)

    def scan(self, text: str, folded: str | None = None) -> Hits:
        """Where the words begin in ``text`` (``folded``: the same text, already folded)."""
        if self.words is None:
            return Hits(None, 0)
        if self._slot is not None:
            return _TOGETHER.hits(text, folded)[self._slot]
        subject = (folded if folded is not None else fold(text)) if self.folded else text
        return Hits([m.start() for m in self._pattern().finditer(subject)], self.reach)

    def may_match(self, text: str, folded: str | None = None) -> bool:
        """Whether the patterns may match somewhere in ``text`` (``folded``: the text, folded)."""
        if self.words is None:
            return True
        subject = (folded if folded is not None else fold(text)) if self.folded else text
        return self._pattern().search(subject) is not None

    def _pattern(self) -> re.Pattern[str]:
        """The words' pattern, compiled when first wanted (a shared screen's scan needs it not)."""
        if self._words_pattern is None:
            self._words_pattern = re.compile(_trie(self.words or ()))
        return self._words_pattern


def _automaton(words: dict[str, Any]) -> Any:
    """An Aho-Corasick automaton of ``words`` (each with its value): one pass over a text finds every
    place each of them occurs, overlapping ones too (the pyahocorasick package, in C). Searching a
    trie-shaped pattern again after each place found, as the screens did, cost three times as much."""
    import ahocorasick

    found = ahocorasick.Automaton()
    for word, value in words.items():
        found.add_word(word, value)
    found.make_automaton()
    return found


class _Together:
    """The words of the shared screens, looked for in one scan of a folded text. The scan finds
    every place a word begins, overlapping ones too, and reports there the longest word that
    begins there; a screen is told of it when one of its own words begins it (the screens whose
    words begin a shorter word found there are among those)."""

    def __init__(self) -> None:
        self.screens: list[Screen] = []
        self._words: Any = None  # the automaton of every screen's words
        self._owners: dict[str, tuple[int, ...]] = {}
        self._seen: dict[str, list[Hits]] = {}  # the last few texts scanned

    def add(self, screen: Screen) -> int:
        self.screens.append(screen)
        self._words = None  # built at the next scan: each module adds its screens on import
        self._owners.clear()
        self._seen.clear()
        return len(self.screens) - 1

    def hits(self, text: str, folded: str | None) -> list[Hits]:
        if self._words is None:
            self._words = _automaton({word: word for screen in self.screens for word in screen.words or ()})
        found = self._seen.get(text)
        if found is None:
            found = self._scan(folded if folded is not None else fold(text))
            if len(self._seen) >= 4:
                self._seen.pop(next(iter(self._seen)))
            self._seen[text] = found
        return found

    def _scan(self, folded: str) -> list[Hits]:
        # where a word begins -> the longest word beginning there: the automaton reports words in
        # the order they end, so of two beginning at one place the longer comes last
        longest = {end - len(word) + 1: word for end, word in self._words.iter(folded)}
        starts: list[list[int]] = [[] for _ in self.screens]
        known = self._owners
        for at in sorted(longest):
            word = longest[at]
            for slot in known[word] if word in known else self._owners_of(word):
                starts[slot].append(at)
        return [Hits(found, 1) for found in starts]  # every place is found: no word is hidden

    def _owners_of(self, word: str) -> tuple[int, ...]:
        owners = self._owners.get(word)
        if owners is None:
            owners = self._owners[word] = tuple(slot for slot, screen in enumerate(self.screens)
                                                if any(word.startswith(own) for own in screen.words or ()))
        return owners



_TOGETHER = _Together()
_LETTERS = "etaoinsrhldcumfpgwybvkxjqz"  # by how often they occur in English, the most frequent first
_PIECE = 4  # characters of a word looked for: rarely found by chance, and a word needs no more


def _rarity(char: str) -> int:
    """How seldom a piece starting with ``char`` is met in running text (higher: more seldom)."""
    if char in _LETTERS:
        return _LETTERS.index(char) + 1
    if char.isupper():
        return len(_LETTERS) + 1
    return len(_LETTERS) // 2 if char.isdigit() else 0


def _rare_piece(word: str) -> str:
    """The piece of ``word`` (``_PIECE`` characters, or all of a shorter word) that starts with the
    rarest letter; the first such piece."""
    size = min(_PIECE, len(word))
    pieces = [word[i:i + size] for i in range(len(word) - size + 1)]
    return max(pieces, key=lambda piece: _rarity(piece[0]))


def _trie(words: Iterable[str], longest: bool = False) -> str:
    """One pattern for the words, branching once per character: it matches the shortest word
    that begins where it matches, or with ``longest`` the longest."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        if "" in node and not longest:
            return ""  # a word ends here: what follows is not needed
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(root)


_LONG_SPAN = 400  # characters: a span this long is searched for first words with the automaton


class Openings:
    """Where every match of a pattern begins: at one of its first words (:func:`first_words`).
    :meth:`finditer` tries the pattern at those places only, which gives what a search of every
    place gives."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found = first_words(pattern)
        self.folded = bool(found and found[1])
        self._words = _automaton({word: len(word) for word in found[0]}) if found else None
        # a sentence is searched for them faster with a trie-shaped pattern, run again after each place
        self._short = re.compile(_trie(sorted(found[0]))) if found else None

    def starts(self, text: str, folded: str | None = None, start: int = 0,
               stop: int | None = None) -> list[int] | None:
        """Every place in ``[start, stop)`` a first word begins (overlapping ones too); None: anywhere."""
        if self._words is None:
            return None
        stop = len(text) if stop is None else stop
        subject, offset = text, 0
        if self.folded:  # only the span is folded when the caller has not folded the text: a
            # span of a long text folded whole at each call cost the square of its length
            subject, offset = (folded, 0) if folded is not None else (fold(text[start:stop]), start)
        if stop - start < _LONG_SPAN and self._short is not None:
            places: list[int] = []
            match = self._short.search(subject, start - offset, stop - offset)
            while match is not None:
                places.append(match.start() + offset)
                match = self._short.search(subject, match.start() + 1, stop - offset)
            return places
        found = self._words.iter(subject, start - offset, stop - offset)
        return sorted({end - size + 1 + offset for end, size in found})

    def finditer(self, text: str, folded: str | None = None, start: int = 0,
                 stop: int | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, start, stop)``."""
        stop = len(text) if stop is None else stop
        starts = self.starts(text, folded, start, stop)
        if starts is None:
            yield from self.pattern.finditer(text, start, stop)
            return
        reached = start
        for at in starts:
            if at >= reached:
                match = self.pattern.match(text, at, stop)
                if match is not None:
                    yield match
                    reached = match.end()

    def search(self, text: str, folded: str | None = None, start: int = 0, stop: int | None = None) -> bool:
        """Whether ``pattern.search(text, start, stop)`` finds a match."""
        stop = len(text) if stop is None else stop
        if stop - start < _LONG_SPAN and self._short is not None:  # a sentence: tried at each place found
            subject, offset = text, 0
            if self.folded:
                subject, offset = (folded, 0) if folded is not None else (fold(text[start:stop]), start)
            place = self._short.search(subject, start - offset, stop - offset)
            while place is not None:
                if self.pattern.match(text, place.start() + offset, stop) is not None:
                    return True
                place = self._short.search(subject, place.start() + 1, stop - offset)
            return False
        starts = self.starts(text, folded, start, stop)
        if starts is None:
            return self.pattern.search(text, start, stop) is not None
        return any(self.pattern.match(text, at, stop) is not None for at in starts)


class OpeningsTogether:
    """Several patterns' :class:`Openings` read in one pass over a whole text: which of them match
    somewhere in it, each as ``pattern.search`` answers. One automaton holds every pattern's first
    words (each with the patterns it opens); each pattern is then tried only where one of its own
    begins. A pattern whose matches may begin anywhere, or whose first words keep their case, is
    searched on its own."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        owners: dict[str, list[tuple[int, int]]] = {}
        self._alone: set[int] = set()
        for index, pattern in enumerate(self.patterns):
            found = first_words(pattern)
            if found is None or not found[1]:
                self._alone.add(index)
                continue
            for word in found[0]:
                owners.setdefault(word, []).append((index, len(word)))
        self._words = _automaton({word: tuple(each) for word, each in owners.items()}) if owners else None

    def matching(self, text: str, folded: str | None = None) -> list[bool]:
        """For each pattern, whether it matches somewhere in ``text`` (``folded``: the text, folded)."""
        places: list[set[int]] = [set() for _ in self.patterns]
        if self._words is not None:
            for end, owners in self._words.iter(folded if folded is not None else fold(text)):
                for index, size in owners:
                    places[index].add(end - size + 1)
        return [pattern.search(text) is not None if index in self._alone
                else any(pattern.match(text, at) is not None for at in sorted(places[index]))
                for index, pattern in enumerate(self.patterns)]


class OpeningPlaces:
    """Several patterns' :class:`Openings` found in one pass over a whole text, for searches of many
    spans of it (each sentence): one automaton holds every pattern's first words that ignore case
    (each with the patterns it opens), one those that keep it. :meth:`read` finds where each
    pattern's first words begin in a text; :class:`Places` then answers ``pattern.search(text,
    start, stop)`` for any span of it by trying the pattern only there. A statement's cues were each
    searched for sentence by sentence, a search of every sentence per cue."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        owners: tuple[dict[str, list[tuple[int, int]]], ...] = ({}, {})  # folded words, words in their case
        self._anywhere: set[int] = set()
        for index, pattern in enumerate(self.patterns):
            found = first_words(pattern)
            if found is None:
                self._anywhere.add(index)
                continue
            for word in found[0]:
                owners[0 if found[1] else 1].setdefault(word, []).append((index, len(word)))
        self._automata = tuple(_automaton({word: tuple(each) for word, each in table.items()})
                               if table else None for table in owners)

    def read(self, text: str, folded: str | None = None) -> Places:
        """Where each pattern's first words begin in ``text`` (``folded``: the text, folded)."""
        found: list[set[int]] = [set() for _ in self.patterns]
        subjects = (folded if folded is not None else fold(text), text)
        for automaton, subject in zip(self._automata, subjects, strict=True):
            for end, owners in automaton.iter(subject) if automaton is not None else ():
                for index, size in owners:
                    found[index].add(end - size + 1)
        return Places(self.patterns, text, tuple(None if index in self._anywhere else sorted(places)
                                                 for index, places in enumerate(found)))


@dataclass(frozen=True)
class Places:
    """Where the first words of each of some patterns begin in one text (None: anywhere), as
    :meth:`OpeningPlaces.read` finds them."""

    patterns: tuple[re.Pattern[str], ...]
    text: str
    places: tuple[list[int] | None, ...]

    def search(self, index: int, start: int, stop: int) -> bool:
        """Whether ``patterns[index].search(text, start, stop)`` finds a match. Every match begins
        where a first word does; a place whose word runs past ``stop`` is tried too, and fails."""
        pattern, places = self.patterns[index], self.places[index]
        if places is None:
            return pattern.search(self.text, start, stop) is not None
        at = bisect.bisect_left(places, start)
        while at < len(places) and places[at] < stop:
            if pattern.match(self.text, places[at], stop) is not None:
                return True
            at += 1
        return False


class Starts:
    """Where every match of a pattern may begin, told by words every match opens with at a known
    distance from its start (a name table's pattern: the first letters of each name as it may be
    printed, :class:`briefing.topic.Lexicon`). :meth:`finditer` tries the pattern at those places only,
    which gives what a search of every place gives. The words of every such pattern are looked for
    together, in one pass of an automaton over a text (one over it case-folded, one over it as it
    is for the words matched in their case), with every white space read as a space: a pattern's
    ``\\s`` may be any of them. The words are ASCII (and the marks ``'``, ``’``) or letters without
    case (Arabic's): case-folded, they are where ``re.I`` finds them (:func:`fold`)."""

    def __init__(self, words: Mapping[str, Iterable[int]], folded: bool, leads: Iterable[str] = ()) -> None:
        """``words``: each word, with how many characters before it a match may begin. Every match
        begins where no word character or hyphen is before it (the pattern's look-behind), and
        may open with one of ``leads`` (as the text's words are looked for: folded, with every white
        space a space) before that place, all of one length. ``folded``: the words are case-folded."""
        self.folded = folded
        self._slot = _OPENERS.add(words, folded, frozenset(leads))

    def starts(self, text: str, folded: str | None = None) -> list[int]:
        """Every place in ``text`` a match may begin, in order (``folded``: the text, folded)."""
        return _OPENERS.starts(text, folded)[self._slot]

    def finditer(self, pattern: re.Pattern[str], text: str, folded: str | None = None, start: int = 0,
                 stop: int | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, start, stop)``, for a ``pattern`` whose matches begin where
        :meth:`starts` says and are never empty."""
        stop = len(text) if stop is None else stop
        reached = start
        for at in self.starts(text, folded):
            if at >= reached:
                if at >= stop:
                    return
                match = pattern.match(text, at, stop)
                if match is not None:
                    yield match
                    reached = match.end()


_OTHER_SPACE = re.compile(r"[^\S ]")  # white space but the space itself: read as a space


def _opens(before: str) -> bool:
    """Whether a match may begin after the character ``before`` (not after a word character, as
    ``\\w`` reads one, or a hyphen)."""
    return not (before.isalnum() or before == "_" or before == "-")


class _Openers:
    """The words of every :class:`Starts`, found in one pass over a text (folded, and as it is)."""

    def __init__(self) -> None:
        self._words: list[tuple[dict[str, Iterable[int]], bool]] = []
        self._leads: list[tuple[frozenset[str], int]] = []  # each slot's leads, and their length
        self._automata: tuple[Any, Any] | None = None  # folded words, words in their case
        self._seen: dict[str, list[list[int]]] = {}  # the last few texts scanned

    def add(self, words: Mapping[str, Iterable[int]], folded: bool, leads: frozenset[str]) -> int:
        if len({len(lead) for lead in leads}) > 1:
            raise ValueError("leads must all be of one length")
        self._words.append((dict(words), folded))
        self._leads.append((leads, min(map(len, leads), default=0)))
        self._automata = None  # built when next asked: each table adds its words when compiled
        self._seen.clear()
        return len(self._words) - 1

    def starts(self, text: str, folded: str | None) -> list[list[int]]:
        found = self._seen.get(text)
        if found is None:
            if self._automata is None:
                self._automata = (self._automaton(folded=True), self._automaton(folded=False))
            found = self._scan(text, folded)
            if len(self._seen) >= 4:
                self._seen.pop(next(iter(self._seen)))
            self._seen[text] = found
        return found

    def _automaton(self, folded: bool) -> Any:
        """Each word -> its length and, for each slot it opens, how far before it a match begins."""
        owners: dict[str, list[tuple[int, int]]] = {}
        for slot, (words, fold_them) in enumerate(self._words):
            if fold_them == folded:
                for word, backs in words.items():
                    owners.setdefault(word, []).extend((slot, back) for back in sorted(set(backs)))
        return _automaton({word: (len(word), tuple(slots)) for word, slots in owners.items()})

    def _scan(self, text: str, folded: str | None) -> list[list[int]]:
        places: list[set[int]] = [set() for _ in self._words]
        leads = self._leads
        for automaton, subject in zip(self._automata or (), self._subjects(text, folded), strict=True):
            if not len(automaton):
                continue
            for end, (size, slots) in automaton.iter(subject):
                begin = end - size + 1
                for slot, back in slots:
                    at = begin - back
                    if at > 0:
                        before = text[at - 1]  # (_opens written out: asked of every word found)
                        if not (before.isalnum() or before == "_" or before == "-"):
                            places[slot].add(at)
                    elif at == 0:
                        places[slot].add(at)
                    lead, length = leads[slot]
                    if length and at >= length and subject[at - length:at] in lead \
                            and (at == length or _opens(text[at - length - 1])):
                        places[slot].add(at - length)
        return [sorted(found) for found in places]

    def _subjects(self, text: str, folded: str | None) -> tuple[str, str]:
        low = folded if folded is not None else fold(text)
        if _OTHER_SPACE.search(text) is None:
            return low, text
        # a clipping's other white space is its line breaks: replaced at memchr's speed, and the
        # pattern's substitution (a call per character replaced) left to what remains, if any
        low, text = low.replace("\n", " "), text.replace("\n", " ")
        if _OTHER_SPACE.search(text) is None:
            return low, text
        return _OTHER_SPACE.sub(" ", low), _OTHER_SPACE.sub(" ", text)


_OPENERS = _Openers()


class Screened:
    """A pattern searched only in texts that hold one of the words its matches need (:meth:`Screen.of`):
    most sentences of a clipping hold none, a check for them is one scan that Python's ``re`` runs
    by their first letters, and a pattern that ignores case or opens with ``\\b`` is tried at every
    character. :meth:`search` and :meth:`finditer` give what the pattern's own give."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._screen = Screen.of(pattern)
        self._bit = _PRESENT.add(self._screen) if self._screen.words is not None else 0

    def _may(self, text: str, pos: int, endpos: int) -> bool:
        if not self._bit:
            return True
        return bool(_PRESENT.bits(text if pos == 0 and endpos >= len(text) else text[pos:endpos]) & self._bit)

    def _may_whole(self, text: str) -> bool:
        """:meth:`_may` of a whole text (a sentence, asked about for every event): no call but on a miss."""
        found = _PRESENT.seen.get(text)
        if found is None:
            found = _PRESENT.bits(text) if self._bit else 0
        return bool(found & self._bit) or not self._bit

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``."""
        if pos == 0 and endpos is None:  # (_may_whole written out: asked of every sentence)
            found = _PRESENT.seen.get(text)
            if found is None:
                found = _PRESENT.bits(text) if self._bit else 0
            return self.pattern.search(text) if found & self._bit or not self._bit else None
        endpos = len(text) if endpos is None else endpos
        return self.pattern.search(text, pos, endpos) if self._may(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``."""
        if pos == 0 and endpos is None:
            return self.pattern.finditer(text) if self._may_whole(text) else iter(())
        endpos = len(text) if endpos is None else endpos
        return self.pattern.finditer(text, pos, endpos) if self._may(text, pos, endpos) else iter(())


_SHORT = 3  # letters: a set of :class:`Needed` with a shorter word is not looked for


class Needed:
    """Whether a text may hold a match of one of some patterns: for one of them, a word of each set
    its matches need (:func:`needed_sets`) is in the text. The sets are looked for as
    :class:`Screened`'s screens are, all at once (a text another screen was asked about costs a
    dictionary look-up). A pattern with no set, or a set with no word to look for, rules nothing out."""

    def __init__(self, *patterns: Readable) -> None:
        self._masks: list[int] = []  # each pattern's sets, one bit each: all of them must be there
        for pattern in patterns:
            sets = needed_sets(pattern)
            # (a set with a word of a letter or two, "a" or "is", is in nearly every text: its
            # scan would cost more than it rules out)
            screens = [Screen(words, folded) for words, folded in sets or ()
                       if min(map(len, words)) >= _SHORT]
            if not screens or any(screen.words is None for screen in screens):
                self._masks = []
                return  # (one pattern that may match anywhere: no text is ruled out)
            mask = 0
            for screen in screens:
                mask |= _PRESENT.add(screen)
            self._masks.append(mask)

    def may_match(self, text: str) -> bool:
        """Whether one of the patterns may match somewhere in ``text``."""
        if not self._masks:
            return True
        found = _PRESENT.seen.get(text)
        if found is None:
            found = _PRESENT.bits(text)
        return any(found & mask == mask for mask in self._masks)


class _Present:
    """Which of the :class:`Screened` patterns' screens a text holds a word of, as one bit each: found
    for every screen at once, in one pass of an automaton over the text (and one over it folded), and
    kept for the last texts asked about. The details ask a dozen screens about each of an article's
    sentences, for every event: each screen's own search of the sentence cost more than all of this."""

    _KEPT = 4096  # texts: an article's sentences, a few times over

    def __init__(self) -> None:
        self._screens: list[Screen] = []
        self._automata: tuple[Any, Any] | None = None  # the folded screens' words, the others'
        self.seen: dict[str, int] = {}  # text -> its bits (Screened.search reads it)

    def add(self, screen: Screen) -> int:
        """Register a screen with words; its bit."""
        self._screens.append(screen)
        self._automata = None  # built when next asked: each module adds its screens on import
        self.seen.clear()
        return 1 << (len(self._screens) - 1)

    def bits(self, text: str) -> int:
        """The bits of the screens one of whose words is in ``text``, as :meth:`Screen.may_match` finds."""
        found = self.seen.get(text)
        if found is None:
            if len(self.seen) >= self._KEPT:
                self.seen.clear()
            found = self.seen[text] = self._find(text)
        return found

    def _find(self, text: str) -> int:
        if self._automata is None:
            self._automata = (self._automaton(folded=True), self._automaton(folded=False))
        folded, plain = self._automata
        found = 0
        for _, bits in folded.iter(fold(text)) if len(folded) else ():
            found |= bits
        for _, bits in plain.iter(text) if len(plain) else ():
            found |= bits
        return found

    def _automaton(self, folded: bool) -> Any:
        owners: dict[str, int] = {}
        for slot, screen in enumerate(self._screens):
            if screen.folded == folded:
                for word in screen.words or ():
                    owners[word] = owners.get(word, 0) | 1 << slot
        return _automaton(owners)


_PRESENT = _Present()


class Hits:
    """Where a screen's words begin in one text (``starts`` None: they may be anywhere)."""

    def __init__(self, starts: list[int] | None, reach: int) -> None:
        self.starts = starts
        self.reach = reach

    def any(self, start: int, end: int) -> bool:
        """Whether a word may lie inside ``[start, end)``. The scan does not report a word that
        begins inside another it found; that one began less than ``reach`` before it."""
        if self.starts is None:
            return True
        index = bisect.bisect_left(self.starts, start - self.reach + 1)
        return index < len(self.starts) and self.starts[index] < end


def _read_match_reach(pattern: Readable) -> int | None:
    try:
        parsed = tree.parse(pattern.pattern, pattern.flags)
    except tree.Unreadable:
        return None
    reach = tree.width(parsed) + _lookahead_width(list(parsed))
    return reach if reach < 100_000 else None


def _lookahead_width(items: list[tuple[Any, Any]]) -> int:
    """The widths of every lookahead in the pattern, added up (a bound, not an exact figure)."""
    total = 0
    for op, av in items:
        if op in (tree.ASSERT, tree.ASSERT_NOT) and av[0] == 1:
            total += tree.width(av[1])
        for part in av if isinstance(av, tuple) else ():
            if isinstance(part, tree.Seq):
                total += _lookahead_width(list(part))
            elif isinstance(part, list):
                total += sum(_lookahead_width(list(p)) for p in part if isinstance(p, tree.Seq))
    return total


_REACHES: dict[re.Pattern[str], int | None] = {}


def finditer_near(pattern: re.Pattern[str], screen: Screen, text: str, start: int = 0,
                  stop: int | None = None, folded: str | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, stop)``, searched only near the words of ``screen`` (which
    must hold words every match of ``pattern`` contains); ``folded``: the text, folded."""
    stop = len(text) if stop is None else stop
    if pattern not in _REACHES:
        _REACHES[pattern] = match_reach(pattern)
    reach = _REACHES[pattern]
    if reach is None or screen.words is None:
        return pattern.finditer(text, start, stop)
    return search_near(pattern, text, start, stop, screen.scan(text, folded), reach)


_GAP = 24  # characters: windows closer than this are searched as one (a search costs more)


def search_near(pattern: re.Pattern[str], text: str, start: int, stop: int, hits: Hits,
                reach: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, stop)``, searched only around ``hits``. Every match holds a
    screened word and reads at most ``reach`` characters from its start, so it lies in a window
    from ``reach`` before a word to ``reach`` after it; windows that overlap or nearly meet are
    searched as one, and a window's end cuts off nothing a search of the whole text would have
    read (any place before it is at least ``reach`` before that end)."""
    if hits.starts is None:
        yield from pattern.finditer(text, start, stop)
        return
    low = high = -1
    after = hits.reach + reach
    for at in hits.starts:  # (comparisons, not min() and max(): this loop runs for every word found)
        first, last = at - reach, at + after
        first = start if first < start else first
        last = stop if last > stop else last
        if low >= 0 and first <= high + _GAP:
            high = last if last > high else high
            continue
        if high > low:
            yield from pattern.finditer(text, low, high)
        low, high = first, last
    if high > low:
        yield from pattern.finditer(text, low, high)
