"""A small reader of Python's regular-expression syntax, for the screens (``screen.py``).

The screens need to know, before a pattern is searched, which words every match contains
or begins with and how far a match can read. Those facts are read off the pattern's
tree; the standard library's parser that ``re`` compiles with is private (``re._parser``,
renamed once already), so this module reads the syntax our patterns use itself.

:func:`parse` gives the tree ``re``'s parser gives, node for node, for the syntax it
knows: literals and escapes, character classes, ``.``, groups of every kind but the
conditional one, back-references, lookarounds, inline flags, greedy, lazy and possessive
repeats. It makes
the same two simplifications as that parser (a prefix shared by every alternative is taken
out; alternatives of single characters become one class) and unpacks plain non-capturing
groups, so the words read from it are those the private parser's tree gave. Anything else
(verbose patterns, conditional groups) raises :class:`Unreadable`, and the
caller screens nothing: a pattern it cannot read is searched in full, as without screens.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# node kinds, as (kind, argument) pairs
LITERAL, NOT_LITERAL, ANY, IN, RANGE, CATEGORY, NEGATE = "literal", "not_literal", "any", "in", "range", \
    "category", "negate"
AT, ASSERT, ASSERT_NOT, BRANCH, SUBPATTERN, ATOMIC_GROUP = "at", "assert", "assert_not", "branch", \
    "subpattern", "atomic_group"
GROUPREF = "groupref"  # what group N matched again: (GROUPREF, its width)
MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT = "max_repeat", "min_repeat", "possessive_repeat"
REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)
UNBOUNDED = (1 << 32) - 1  # a repeat with no upper bound ("*", "+", "{2,}")
MAX_WIDTH = 1 << 64

_UNITS = (ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY)
_FLAGS = {"i": re.I, "m": re.M, "s": re.S, "a": re.A, "u": re.U, "L": re.L}
_CATEGORIES: dict[str, tuple[str, Any]] = {
    "A": (AT, "beginning_string"), "b": (AT, "boundary"), "B": (AT, "non_boundary"),
    "Z": (AT, "end_string"),
    **{c: (IN, [(CATEGORY, c)]) for c in "dDsSwW"},
}
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_SIMPLE = {".": (ANY, None), "^": (AT, "beginning"), "$": (AT, "end")}
_HEX = {"x": 2, "u": 4, "U": 8}
_OCTAL = re.compile(r"0[0-7]{0,2}|[0-7]{3}")
_NUMBER = re.compile(r"[1-9][0-9]?")  # a group's number
_COUNT = re.compile(r"([0-9]*)(?:(,)([0-9]*))?\}")


class Unreadable(ValueError):
    """Syntax this reader does not know; the pattern is not screened."""


class Seq(list[tuple[str, Any]]):
    """A sequence of nodes. Two sequences are equal only when they are the same one, as in
    ``re``'s parser (so alternatives share a prefix only of plain nodes)."""

    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__  # type: ignore[assignment]


def parse(pattern: str, flags: int = 0) -> Seq:
    """The tree of ``pattern`` (a pattern ``re.compile`` accepted, with ``flags``)."""
    if flags & re.X:
        raise Unreadable("verbose patterns are not read")
    reader = _Reader(pattern)
    tree = reader.alternatives(top=True)
    if reader.at < len(pattern):
        raise Unreadable(f"unbalanced ')' at {reader.at}")
    return tree


def width(items: Seq) -> int:
    """The most characters a match of ``items`` can take (lookarounds take none)."""
    high = 0
    for op, av in items:
        if op is BRANCH:
            high += max((width(option) for option in av[1]), default=0)
        elif op is ATOMIC_GROUP:
            high += width(av)
        elif op is SUBPATTERN:
            high += width(av[-1])
        elif op in REPEATS:
            inner = width(av[2])
            high = MAX_WIDTH if av[1] == UNBOUNDED and inner else high + inner * av[1]
        elif op in _UNITS:
            high += 1
        elif op is GROUPREF:
            high += av
    return min(high, MAX_WIDTH)


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0
        self.groups: dict[int, Seq] = {}  # closed groups by number
        self.names: dict[str, int] = {}
        self.opened = 0

    def peek(self) -> str | None:
        return self.text[self.at] if self.at < len(self.text) else None

    def take(self) -> str:
        if self.at >= len(self.text):
            raise Unreadable("unexpected end of pattern")
        char = self.text[self.at]
        self.at += 1
        return char

    def skip(self, char: str) -> bool:
        if self.peek() == char:
            self.at += 1
            return True
        return False

    def alternatives(self, top: bool = False) -> Seq:
        options = [self.sequence(top)]
        while self.skip("|"):
            options.append(self.sequence(False))
        return options[0] if len(options) == 1 else _branch(options)

    def sequence(self, first: bool) -> Seq:
        items = Seq()
        while (char := self.peek()) is not None and char not in "|)":
            self.at += 1
            if char in _SIMPLE:
                items.append(_SIMPLE[char])
            elif char == "\\":
                items.append(self.escape())
            elif char == "[":
                items.append(self.character_class())
            elif char in "*+?{":
                if not self.repeat(items, char):
                    items.append((LITERAL, ord(char)))
            elif char == "(":
                self.group(items, first and not items)
            else:
                items.append((LITERAL, ord(char)))
        for index in range(len(items) - 1, -1, -1):  # plain non-capturing groups unpacked
            op, av = items[index]
            if op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:
                items[index:index + 1] = av[3]
        return items

    def escape(self) -> tuple[str, Any]:
        char = self.take()
        if char in _CATEGORIES:
            return _CATEGORIES[char]
        if char.isdigit():
            octal = _OCTAL.match(self.text, self.at - 1)
            if octal is not None:  # "\\0", "\\012", "\\101": a character by its octal code
                self.at = octal.end()
                return (LITERAL, int(octal[0], 8))
            number = _NUMBER.match(self.text, self.at - 1)
            assert number is not None
            self.at = number.end()
            return self.reference(int(number[0]))
        return (LITERAL, self.escaped_char(char))

    def reference(self, number: int) -> tuple[str, Any]:
        if number not in self.groups:
            raise Unreadable(f"group {number} is not closed where it is referred to")
        return (GROUPREF, width(self.groups[number]))

    def escaped_char(self, char: str) -> int:
        if char in _ESCAPES:
            return ord(_ESCAPES[char])
        if char in _HEX:
            digits = self.text[self.at:self.at + _HEX[char]]
            if len(digits) != _HEX[char] or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise Unreadable(f"bad escape \\{char}")
            self.at += len(digits)
            return int(digits, 16)
        if char == "N" and self.skip("{"):
            end = self.text.find("}", self.at)
            name, self.at = self.text[self.at:end], end + 1
            try:
                return ord(unicodedata.lookup(name))
            except KeyError:
                raise Unreadable(f"unknown character name {name!r}") from None
        if char.isdigit() or (char.isascii() and char.isalpha()):
            raise Unreadable(f"escape \\{char} is not read")
        return ord(char)

    def character_class(self) -> tuple[str, Any]:
        negate = self.skip("^")
        items: list[tuple[str, Any]] = []
        while True:
            char = self.take()
            if char == "]" and items:
                break
            first = self.class_item(char)
            if self.skip("-"):
                that = self.take()
                if that == "]":
                    items += [first, (LITERAL, ord("-"))]
                    break
                second = self.class_item(that)
                if first[0] is not LITERAL or second[0] is not LITERAL:
                    raise Unreadable("bad character range")
                items.append((RANGE, (first[1], second[1])))
            else:
                items.append(first)
        items = list(dict.fromkeys(items))
        if len(items) == 1 and items[0][0] is LITERAL:
            return (NOT_LITERAL, items[0][1]) if negate else items[0]
        return (IN, [(NEGATE, None), *items] if negate else items)

    def class_item(self, char: str) -> tuple[str, Any]:
        if char != "\\":
            return (LITERAL, ord(char))
        escaped = self.take()
        if escaped in "dDsSwW":
            return (CATEGORY, escaped)
        if escaped in "ABZ":
            raise Unreadable(f"bad escape \\{escaped} in a class")
        return (LITERAL, self.escaped_char(escaped))

    def repeat(self, items: Seq, char: str) -> bool:
        """Make the last item a repeat; False when ``{`` starts no count (it is a letter then)."""
        low, high = {"?": (0, 1), "*": (0, UNBOUNDED), "+": (1, UNBOUNDED)}.get(char, (0, UNBOUNDED))
        if char == "{":
            found = _COUNT.match(self.text, self.at)
            if found is None or self.peek() == "}":
                return False
            self.at = found.end()
            low = int(found[1]) if found[1] else 0
            high = (int(found[3]) if found[3] else UNBOUNDED) if found[2] else low
        if not items or items[-1][0] is AT or items[-1][0] in REPEATS:
            raise Unreadable("nothing to repeat")
        item: Any = Seq(items[-1:])
        if items[-1][0] is SUBPATTERN:
            group, add, remove, inner = items[-1][1]
            if group is None and not add and not remove:
                item = inner
        kind = MIN_REPEAT if self.skip("?") else POSSESSIVE_REPEAT if self.skip("+") else MAX_REPEAT
        items[-1] = (kind, (low, high, item))
        return True

    def group(self, items: Seq, first: bool) -> None:
        if self.skip("?"):
            self.extension(items, first)
            return
        self.opened += 1
        self.close_group(items, self.opened)

    def close_group(self, items: Seq, group: int | None, add: int = 0, remove: int = 0,
                    atomic: bool = False) -> None:
        inner = self.closed()
        if group is not None:
            self.groups[group] = inner
        items.append((ATOMIC_GROUP, inner) if atomic else (SUBPATTERN, (group, add, remove, inner)))

    def extension(self, items: Seq, first: bool) -> None:
        """A group that begins "(?": named, a lookaround, atomic, with flags, a comment."""
        char = self.take()
        if char == "P" and self.peek() in ("=", "<"):
            end = self.text.index(")" if self.take() == "=" else ">", self.at)
            name, self.at = self.text[self.at:end], end + 1
            if self.text[end] == ")":
                items.append(self.reference(self.names[name]))
                return
            self.opened += 1
            self.names[name] = self.opened
            self.close_group(items, self.opened)
        elif char in "=!" or (char == "<" and self.peek() in ("=", "!")):
            direction = -1 if char == "<" else 1
            kind = ASSERT if (self.take() if char == "<" else char) == "=" else ASSERT_NOT
            items.append((kind, (direction, self.closed())))
        elif char == "#":
            self.at = self.text.index(")", self.at) + 1
        elif char in ":>":
            self.close_group(items, None, atomic=char == ">")
        elif char in _FLAGS or char == "-":
            add, remove, scoped = self.flags(char)
            if scoped:
                self.close_group(items, None, add, remove)
            elif not first:
                raise Unreadable("global flags not at the start")
            # else global: already in the compiled pattern's flags
        else:
            raise Unreadable(f"unknown extension ?{char}")

    def flags(self, char: str) -> tuple[int, int, bool]:
        """Flags added and removed, and whether they hold for a group (``(?i:``) or everywhere."""
        add = remove = 0
        while char in _FLAGS:
            add |= _FLAGS[char]
            char = self.take()
        if char == ")":
            return add, 0, False
        if char == "-":
            char = self.take()
            while char in _FLAGS:
                remove |= _FLAGS[char]
                char = self.take()
        if char != ":":
            raise Unreadable("flags")
        return add, remove, True

    def closed(self) -> Seq:
        inner = self.alternatives()
        if not self.skip(")"):
            raise Unreadable("missing )")
        return inner


def _branch(options: list[Seq]) -> Seq:
    """Alternatives as ``re``'s parser keeps them: a prefix they all share taken out, and
    single characters made one class."""
    out = Seq()
    while all(options) and all(option[0] == options[0][0] for option in options[1:]):
        out.append(options[0][0])
        for option in options:
            del option[0]
    chars: list[tuple[str, Any]] = []
    for option in options:
        if len(option) != 1:
            break
        op, av = option[0]
        if op is LITERAL:
            chars.append((op, av))
        elif op is IN and av[0][0] is not NEGATE:
            chars.extend(av)
        else:
            break
    else:
        out.append((IN, list(dict.fromkeys(chars))))
        return out
    out.append((BRANCH, (None, options)))
    return out
