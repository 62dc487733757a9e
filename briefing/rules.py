"""Named rules: the extractor's sentence patterns as data, each with its examples.

A *grammar* is a TOML file in ``briefing/grammar/`` (HeidelTime's resource files are the
model). It holds named word lists and named rules. A rule is

- a ``name``, which every piece of evidence it gives carries (``Evidence.rule``), so the JSON
  and the review sheet can say why a figure exists;
- a ``pattern``: a regular expression in which ``{list}`` stands for one of the named word
  lists (the grammar's own, a profile's, or a fragment the code supplies, such as
  ``{number}``), and whose named groups are its role *slots* (``(?P<num>...)``);
- where it is tried against a figure (``at``): ``after`` it (matched where the figure ends),
  ``before`` it (the pattern ends where the figure begins), ``anywhere`` in the sentence, or
  over a ``whole`` span (all of it, no more: the words between two places, a line's opening);
- its own word lists, if any (``lists.NAME = [...]`` in the rule's table: written beside the
  one rule that reads them, named once in the file like the file's ``[lists]``);
- ``examples`` it must match and ``not_examples`` it must not, written by us. In an example
  of an ``after`` or ``before`` rule a ``|`` marks where the figure ends or begins. Every
  example is a test (``tests/test_grammar.py``), read with the grammar's ``[example_words]``
  for the lists a profile fills, so the grammar is tested apart from any story.

One interpreter (:class:`Rules`) compiles every rule to one regular expression, built when
first used. A word list becomes a trie (one branch per character, so a list of a hundred
words costs what a word costs), its spaces any run of white space (or one space, for the lists
a grammar names under ``one_space``: patterns once written with " ", kept as they read). No rule may repeat a
group that can repeat without bound inside another such repeat, so every rule runs in time
linear in the text it is tried on (checked when the grammar is loaded).

The story-independent grammar lives once, in the grammar file; a profile adds words, not
code: the lists a grammar declares under ``profile`` are filled from the story's topic file
(``[figure_words]``, see docs/topic.md).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

GRAMMARS = Path(__file__).with_name("grammar")
At = Literal["after", "before", "anywhere", "whole"]
AT: tuple[At, ...] = ("after", "before", "anywhere", "whole")
MARK = "|"  # in an example: where the figure ends (an ``after`` rule) or begins (``before``)
_NAME = re.compile(r"\{([a-z][a-z_]*)\}")  # a list's place in a pattern; "{0,5}" is a repeat
_NESTED = re.compile(r"\)[*+]\)?[*+]|\)\{\d*,\}[^)]*\)[*+]")  # a repeat of a repeat: not linear


class GrammarError(ValueError):
    """A grammar file that cannot be used: the message names the file, the rule and the fault."""


@dataclass(frozen=True)
class Rule:
    """One named pattern. ``slots``: the named groups a match of it fills (checked on load)."""

    name: str
    pattern: str
    at: At = "anywhere"
    slots: tuple[str, ...] = ()
    ignore_case: bool = True
    examples: tuple[str, ...] = ()
    not_examples: tuple[str, ...] = ()
    why: str = ""


@dataclass(frozen=True)
class Grammar:
    """A grammar file: its word lists, the lists a profile fills, and its rules by name."""

    name: str
    lists: Mapping[str, tuple[str, ...]]
    profile: Mapping[str, str]  # a list a profile fills -> what it holds (for docs and checks)
    parts: Mapping[str, str]  # named pieces of pattern, themselves naming lists: "{people}"
    rules: Mapping[str, Rule]
    # words of ours for the profile's lists, with which the grammar's own examples are read
    example_words: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # lists whose spaces are one space each, not any run of white space (``one_space``)
    one_space: frozenset[str] = frozenset()


@functools.cache
def grammar(name: str) -> Grammar:
    """The grammar ``briefing/grammar/NAME.toml``, checked whole."""
    path = GRAMMARS / f"{name}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    lists = {key: tuple(words) for key, words in data.get("lists", {}).items()}
    for entry in data.get("rule", []):  # a rule's own lists (``lists.NAME = [...]``), named once in the file
        for key, words in entry.get("lists", {}).items():
            if key in lists:
                raise GrammarError(f"{path}: rule {entry.get('name')}: list {key} named twice")
            lists[key] = tuple(words)
    profile = dict(data.get("profile", {}))
    parts = dict(data.get("parts", {}))
    rules = {entry["name"]: _rule(entry, path) for entry in data.get("rule", [])}
    if len(rules) != len(data.get("rule", [])):
        raise GrammarError(f"{path}: two rules have one name")
    clash = set(lists) & set(profile) | set(parts) & (set(lists) | set(profile))
    if clash:
        raise GrammarError(f"{path}: {', '.join(sorted(clash))} named twice (lists, profile, parts)")
    nested = [key for key, part in parts.items() if _NESTED.search(part)]
    if nested:
        raise GrammarError(f"{path}: part {', '.join(nested)}: a repeat inside an unbounded repeat may take "
                           f"time beyond linear; bound the inner one")
    example_words = {key: tuple(words) for key, words in data.get("example_words", {}).items()}
    if set(example_words) - set(profile):
        raise GrammarError(f"{path}: [example_words] names lists the profile does not fill: "
                           f"{', '.join(sorted(set(example_words) - set(profile)))}")
    one_space = frozenset(map(str, data.get("one_space", ())))
    unknown = one_space - set(lists) - set(profile)
    if unknown:
        raise GrammarError(f"{path}: one_space names no list: {', '.join(sorted(unknown))}")
    return Grammar(name, lists, profile, parts, rules, example_words, one_space)


def _rule(entry: Mapping[str, Any], path: Path) -> Rule:
    name = str(entry.get("name", ""))
    pattern = entry.get("pattern")
    at = entry.get("at", "anywhere")
    if not name or not isinstance(pattern, str) or at not in AT:
        raise GrammarError(f"{path}: rule {name or '(no name)'} needs a name, a pattern and at = after, "
                           f"before, anywhere or whole")
    if _NESTED.search(pattern):
        raise GrammarError(f"{path}: rule {name}: a repeat inside an unbounded repeat may take "
                           f"time beyond linear; bound the inner one")
    return Rule(name, pattern, at, tuple(map(str, entry.get("slots", ()))),
                bool(entry.get("ignore_case", True)),
                tuple(map(str, entry.get("examples", ()))), tuple(map(str, entry.get("not_examples", ()))),
                str(entry.get("why", "")))


class Rules:
    """A grammar's rules compiled with a story's words: the one interpreter.

    ``words``: the lists a profile fills (a list it leaves out is empty: a rule that needs it
    never matches); ``fragments``: patterns the code supplies ({number}), used as written."""

    def __init__(self, grammar: Grammar, words: Mapping[str, tuple[str, ...]] | None = None,
                 fragments: Mapping[str, str] | None = None) -> None:
        self.grammar = grammar
        one = grammar.one_space
        self._pieces: dict[str, str] = {name: trie(found, name in one)
                                        for name, found in grammar.lists.items()}
        for name in grammar.profile:
            self._pieces[name] = trie((words or {}).get(name, ()), name in one)
        self._pieces.update(fragments or {})
        for name, part in grammar.parts.items():  # parts name lists only, never other parts
            self._pieces[name] = self.expand(part, name)
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._ready: dict[str, tuple[At, re.Pattern[str]]] = {}  # where each rule is tried, compiled

    def pattern(self, name: str) -> re.Pattern[str]:
        """The rule's regular expression, compiled when first asked for."""
        found = self._compiled.get(name)
        if found is None:
            rule = self.grammar.rules[name]
            found = self._compiled[name] = re.compile(self.expand(rule.pattern, rule.name),
                                                      re.I if rule.ignore_case else 0)
            missing = [s for s in rule.slots if s not in found.groupindex]
            if missing:
                raise GrammarError(f"grammar {self.grammar.name}: rule {name} has no slot "
                                   f"{', '.join(missing)}")
        return found

    def expand(self, pattern: str, where: str) -> str:
        """The pattern with every ``{list}`` written out."""
        def piece(match: re.Match[str]) -> str:
            if match[1] not in self._pieces:
                raise GrammarError(f"grammar {self.grammar.name}: rule {where} names no list {match[1]}")
            return f"(?:{self._pieces[match[1]]})"
        return _NAME.sub(piece, pattern)

    def at(self, name: str, text: str, position: int, limit: int | None = None,
           floor: int = 0) -> re.Match[str] | None:
        """The rule tried where it belongs: from ``position`` on (``after``: up to ``limit``),
        ending at ``position`` (``before``: from ``floor``), all of ``position..limit`` (``whole``),
        or anywhere in ``floor..limit``."""
        ready = self._ready.get(name)
        if ready is None:
            ready = self._ready[name] = (self.grammar.rules[name].at, self.pattern(name))
        where, pattern = ready
        if where == "after":
            return pattern.match(text, position, len(text) if limit is None else limit)
        if where == "before":
            return pattern.search(text, floor, position)
        if where == "whole":
            return pattern.fullmatch(text, position, len(text) if limit is None else limit)
        return pattern.search(text, floor, len(text) if limit is None else limit)

    def union(self, names: tuple[str, ...]) -> re.Pattern[str]:
        """One regular expression that matches where any of the rules matches, each rule its own
        group named after it (:meth:`which` tells the one that matched), compiled once. The
        leftmost match of the union is the leftmost of any of its rules: splitting one pattern
        into rules of their own meanings ("threat", "plan", "denial") changes no match."""
        key = "|".join(names)
        found = self._compiled.get(key)
        if found is None:
            flags = {self.grammar.rules[name].ignore_case for name in names}
            if len(flags) != 1:
                raise GrammarError(f"grammar {self.grammar.name}: rules {key} differ in case")
            body = "|".join(f"(?P<{name}>{self.expand(self.grammar.rules[name].pattern, name)})"
                            for name in names)
            found = self._compiled[key] = re.compile(body, re.I if flags.pop() else 0)
        return found

    @staticmethod
    def which(match: re.Match[str], names: tuple[str, ...]) -> str:
        """The rule of a :meth:`union` of ``names`` that gave ``match``."""
        return next(name for name in names if match.group(name) is not None)

    def find(self, name: str, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """Every match of the rule in ``text[start:end]``, left to right."""
        return self.pattern(name).finditer(text, start, len(text) if end is None else end)

    def first(self, names: tuple[str, ...], text: str, position: int, limit: int | None = None,
              floor: int = 0) -> tuple[str, re.Match[str]] | None:
        """The first of the rules, in their order, that matches where it belongs, with its name."""
        for name in names:
            match = self.at(name, text, position, limit, floor)
            if match is not None:
                return name, match
        return None

    def example_holds(self, name: str, example: str) -> bool:
        """Whether the rule matches its example (the ``|`` mark is where the figure is)."""
        rule = self.grammar.rules[name]
        if rule.at in ("anywhere", "whole"):
            return self.at(name, example, 0) is not None
        position = example.index(MARK)
        text = example[:position] + example[position + 1:]
        return self.at(name, text, position) is not None


def trie(words: tuple[str, ...] | list[str], one_space: bool = False) -> str:
    """One pattern for the words, branching once per character and trying the longest word
    first; a space in a word is any run of white space (``one_space``: one space, as a pattern
    written with " " had it). No words: a pattern that never matches."""
    if not words:
        return "(?!)"
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in " ".join(word.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(root, " " if one_space else r"\s+")


def _render(node: dict[str, dict], space: str) -> str:  # type: ignore[type-arg]
    branches = [(space if char == " " else re.escape(char)) + _render(child, space)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
