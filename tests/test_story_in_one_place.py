"""The story lives in its profile: no shipped profile's place, group or official is written in
the package's Python or templates (docs/topic.md, "What still lives in code").

Python is read as code: comments and docstrings may give an example sentence, but no string
the code uses may hold a story's name (a pattern, a message, a default). A name the code still
holds for a reason the profile cannot yet carry is listed in :data:`LEFT`, with its file; the
list is checked to be still true, so a name moved out of code must leave the list too.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.topic import Topic, choose_topic, shipped_profiles

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "briefing"
TEMPLATES = ROOT / "templates"

# (name, file): why it is still there. Each is work left (docs/topic.md).
LEFT = {
    ("Turkish", "briefing/ingest.py"): "the name of a text encoding (cp1254), not the story's Turkey",
}


def _code_strings(path: Path) -> Iterator[tuple[int, str]]:
    """Every string constant of a module that is not a docstring, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            yield node.lineno, node.value


@functools.cache
def _texts() -> tuple[tuple[str, int, str], ...]:
    """(file, line, text) of every code string and every template line."""
    return tuple(_read_texts())


def _read_texts() -> Iterator[tuple[str, int, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        for line, text in _code_strings(path):
            yield str(path.relative_to(ROOT)), line, text
    for path in sorted(p for p in TEMPLATES.iterdir() if p.is_file()):
        for line, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            yield str(path.relative_to(ROOT)), line, text


def story_names(topic: Topic) -> dict[str, set[str]]:
    """The names checked, by category: places (every spelling), groups (every party on a side
    other than the US's, but the generic words for them) and officials (the people and seats
    that speak for a side)."""
    return {
        "place": {alias for place in topic.places for alias in (place.name, *place.aliases)},
        "group": {alias for actor in topic.actors if actor.side != "us" and not actor.generic
                  for alias in (actor.name, *actor.aliases) if alias not in actor.voices},
        "official": {voice for actor in topic.actors for voice in actor.voices},
    }


def _pattern(name: str) -> re.Pattern[str]:
    # a short all-capital name ("SDF") only in capitals, as the matcher finds it
    flags = 0 if name.isupper() and len(name) <= 5 else re.I
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w])", flags)


def found_in_code(names: set[str]) -> set[tuple[str, str, int]]:
    patterns = [(name, _pattern(name)) for name in sorted(names)]
    # one search for all of them first: few texts hold any name
    anyone = re.compile("|".join(f"(?:{p.pattern})" if p.flags & re.I else f"(?-i:{p.pattern})"
                                 for _, p in patterns), re.I)
    return {(name, file, line) for file, line, text in _texts() if anyone.search(text)
            for name, pattern in patterns if pattern.search(text)}


@pytest.mark.parametrize("profile", shipped_profiles())
def test_no_place_group_or_official_of_a_shipped_profile_is_written_in_code(profile: str) -> None:
    names = story_names(choose_topic(profile))
    assert all(names.values())  # every category has names to look for
    found = found_in_code(set().union(*names.values()))
    unexplained = sorted(hit for hit in found if (hit[0], hit[1]) not in LEFT)
    assert unexplained == [], "move these into the profile (or list them in LEFT with why)"


def test_the_names_left_in_code_are_still_there() -> None:
    every = set().union(*(set().union(*story_names(choose_topic(p)).values()) for p in shipped_profiles()))
    hits = {(name, file) for name, file, _ in found_in_code({name for name, _ in LEFT})}
    assert {name for name, _ in LEFT} <= every
    assert set(LEFT) <= hits, "a name listed as left in code is gone: take it off LEFT and docs/topic.md"


def test_the_check_finds_a_name_written_in_code(tmp_path: Path) -> None:
    # the check reads code strings, not comments or docstrings
    module = tmp_path / "m.py"
    module.write_text('"""About Tower 22."""\n# near Tower 22\nWHERE = "at tower 22"\n', encoding="utf-8")
    assert [text for _, text in _code_strings(module)] == ["at tower 22"]
    assert _pattern("Tower 22").search("at tower 22") and not _pattern("SDF").search("sdf")
