"""The story lives in its profile: no shipped profile's place, group or official is written in
the package's Python or templates (docs/topic.md, "What still lives in code").

Python is read as code: comments and docstrings may give an example sentence, but no string
the code uses may hold a story's name (a pattern, a message, a default). A name the code still
holds for a reason the profile cannot yet carry is listed in :data:`LEFT`, with its file; the
list is checked to be still true, so a name moved out of code must leave the list too.

The story-independent grammar (``briefing/grammar/*.toml``) is read the same way, with more of the
story's words (below): what its matcher reads, never a rule's ``why`` or examples.
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


# ---- The story-independent grammar (briefing/grammar/*.toml) -------------------------------------
# What the matcher reads there (word lists, parts, patterns; not a rule's ``why``, its examples or
# comments) is held to the same rule as code, with more of the story's words: its US side (every
# name and voice of the side that plays ``us``), its official sources and its ``[vocabulary]
# us_force_nouns`` (issue 22: "a profile adds words, not code").
GRAMMARS = PACKAGE / "grammar"

# Words of a shipped profile that are English news grammar too: any story's grammar may use them.
ENGLISH = {
    # nouns of installations, units and craft that any war reported in English has
    "base", "bases", "facility", "facilities", "installation", "installations", "outpost", "outposts",
    "garrison", "positions", "convoy", "embassy", "military", "army", "forces", "ship", "vessel",
    # kinds of merchant ship (rule ship_named): the nouns of any story at sea, as "ship" is
    "tanker", "bulk carrier", "container ship", "cargo ship", "merchant vessel",
    # a voice's role, whoever it speaks for
    "spokesman", "spokeswoman", "spokesperson",
}

# (word, grammar file): why the story-independent grammar still holds a story's word. Each is
# work left (docs/topic.md, "What still lives in code"): the rule is compiled once at import,
# for every story, where the code that tries it has no story to ask (listed in the report of the
# twentieth session), or the list is read where no story is chosen yet.
_CASUALTIES, _CREDITS = "briefing/grammar/casualties.toml", "briefing/grammar/credits.toml"
_AT_IMPORT = "compiled once at import, for every story: the code that tries it has no story to ask"
GRAMMAR_LEFT = {
    **dict.fromkeys(((word, _CASUALTIES) for word in ("American", "Americans", "coalition")),
                    f"the US side's words in zeros ('no U.S. casualties', 'no American troops were hurt': "
                    f"no_harm, none_hurt; and its partners, 'US and coalition forces': with_partners), "
                    f"{_AT_IMPORT}, screened (screen.Screened)"),
    **dict.fromkeys(((word, _CASUALTIES) for word in ("troops", "soldiers", "personnel")),
                    f"the US side's people (none_hurt: 'no U.S. troops were hurt'; 'personnel' also a "
                    f"group's members, member_nouns), {_AT_IMPORT}"),
    **dict.fromkeys(((word, _CREDITS) for word in (
        "Aden", "America", "Anbar", "Ankara", "Baghdad", "Britain", "Damascus", "Erbil", "Hasakah",
        "Hodeidah", "Iran", "Israel", "Kirkuk", "Moscow", "Mosul", "Russia", "Sanaa", "Tehran", "Turkey",
        "Türkiye", "UK", "US", "USA", "Washington", "Yemen", "United States")),
                    "the bylines' place names (place_name) and a site's banner ('United States edition'), "
                    "read when a clipping is read, before any story is chosen"),
    ("coalition", "briefing/grammar/parties.toml"):
        "English here: a group's umbrella ('the coalition'), not the US side",
    ("troops", "briefing/grammar/roles.toml"):
        "English here: 'border troops' is no border named (border_place_words)",
    ("troops", "briefing/grammar/sites.toml"): "English here: in 'US troops attacked' no base is the subject",
    ("U.S.", "briefing/grammar/tallies.toml"):
        f"'attacks against U.S. forces in Iraq' (part in_area, breakdown_once), {_AT_IMPORT}",
    **dict.fromkeys(((word, "briefing/grammar/events.toml") for word in (
        "soldiers", "service members", "servicemembers", "personnel", "troops")),
                    "English here: any people an act hurt, whom a visit or a meeting on another day is "
                    "with (hurt_in_the_act: 'visited soldiers injured in the strikes'), civilians as well"),
}


def _grammar_texts() -> Iterator[tuple[str, str, str]]:
    """(file, where, text) of every word list, part and pattern of the grammar files, a pattern's
    white space and escaped dots written as the words they stand for ("White\\s+House")."""
    import tomllib

    for path in sorted(GRAMMARS.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        file = str(path.relative_to(ROOT))
        for key, words in data.get("lists", {}).items():
            yield file, f"lists.{key}", " | ".join(words)
        for key, part in data.get("parts", {}).items():
            yield file, f"parts.{key}", _as_words(part)
        for rule in data.get("rule", []):
            yield file, f"rule {rule['name']}", _as_words(rule["pattern"])
            for key, words in rule.get("lists", {}).items():
                yield file, f"rule {rule['name']} lists.{key}", " | ".join(words)


def _as_words(pattern: str) -> str:
    return re.sub(r"\\s[+*?]?", " ", pattern).replace("\\.", ".")


def grammar_words(topic: Topic) -> set[str]:
    """The story's words the grammar must not hold: its places, groups and officials, its US
    side's names and voices, its official sources and the nouns of its US forces."""
    us_side = {alias for actor in topic.actors if actor.side == "us"
               for alias in (actor.name, *actor.aliases)}
    return (set().union(*story_names(topic).values()) | us_side | set(topic.sources.official)
            | set(topic.vocabulary.us_force_nouns)) - ENGLISH


def found_in_grammar(names: set[str], texts: Iterator[tuple[str, str, str]] | None = None
                     ) -> set[tuple[str, str, str]]:
    """(name, file, where) of each name found in the grammar's lists, parts and patterns."""
    patterns = [(name, _pattern(name)) for name in sorted(names)]
    return {(name, file, where) for file, where, text in (texts or _grammar_texts())
            for name, pattern in patterns if pattern.search(text)}


@pytest.mark.parametrize("profile", shipped_profiles())
def test_no_word_of_a_shipped_profile_is_written_in_the_grammar(profile: str) -> None:
    found = found_in_grammar(grammar_words(choose_topic(profile)))
    unexplained = sorted(hit for hit in found if (hit[0], hit[1]) not in GRAMMAR_LEFT)
    assert unexplained == [], ("move these into the profiles, a list the grammar names in its [profile] "
                               "(or, if English news grammar, into ENGLISH; if left, GRAMMAR_LEFT with why)")


def test_the_words_left_in_the_grammar_are_still_there() -> None:
    every = set().union(*(grammar_words(choose_topic(p)) for p in shipped_profiles()))
    hits = {(name, file) for name, file, _ in found_in_grammar({name for name, _ in GRAMMAR_LEFT})}
    assert {name for name, _ in GRAMMAR_LEFT} <= every
    assert set(GRAMMAR_LEFT) <= hits, "a word listed as left in the grammar is gone: take it off GRAMMAR_LEFT"


def test_the_check_finds_a_story_word_in_a_grammar() -> None:
    # in a pattern (its \s+ read as a space) or a list, never in a rule's why or examples
    assert _as_words(r"\b(?:the\s+Pentagon|Eastern\s?time)\b") == r"\b(?:the Pentagon|Eastern time)\b"
    texts = [("g.toml", "rule said", _as_words(r"(?:officials|the\s+Pentagon)\s+said")),
             ("g.toml", "lists.places", "town | Norland | river")]
    assert found_in_grammar({"Pentagon", "Norland", "Westland"}, iter(texts)) == {
        ("Pentagon", "g.toml", "rule said"), ("Norland", "g.toml", "lists.places")}
