"""Words live in data: the story-independent grammar in ``briefing/grammar/*.toml`` (named rules
with word lists and examples), the story's words in its profile (issue 22: "a profile adds words,
not code"). A word list written inline in the package's Python (an alternation of words in a
pattern, ``(?:began|begun|started|beginning)``, or a set of words, ``frozenset({"Middle", "East",
...})``) is found here by its form, at the name it is assigned to.

The lists still in code are listed, by file and name, in ``tests/words_left_in_code.txt`` (work
left: each is to move into a grammar or a profile). A list found that is not there fails (a new
one, or a moved one come back); a listed one no longer found fails too, so the list only shrinks.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "briefing"
LEFT = Path(__file__).with_name("words_left_in_code.txt")

# an alternation of four or more words in a pattern: "(?:attacks?|strikes?|raids?|campaign)",
# "(?i:resulted\s+in|caused|led\s+to|left)", or a whole text of them ("Monday|Tuesday|...")
_WORD = r"[A-Za-z]{2,}(?:(?:\\s\+| )[a-z]+)?s?\??"
_ALTERNATION = re.compile(rf"(?:\(\?[a-z-]*:|^){_WORD}(?:\|{_WORD}){{3,}}(?:\)|$)")
_PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z' .&-]*")  # "Middle", "Americas", "&" (no field names: "date_note")
SET_OF_WORDS = 6  # a set, list or tuple of this many plain words or more


def inline_lists(source: str) -> Iterator[str]:
    """The names assigned a word list written inline in a module's source."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        texts = [n.value for n in ast.walk(node.value)
                 if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        words = [t for t in texts if _PLAIN_WORD.fullmatch(t) or t == "&"]
        a_set = (isinstance(node.value, ast.Set | ast.List | ast.Tuple | ast.Call)
                 and len(words) >= SET_OF_WORDS and len(words) == len(texts))
        if names and (a_set or _ALTERNATION.search("".join(texts))):
            yield names[0]


def found_in_package() -> set[tuple[str, str]]:
    return {(str(path.relative_to(ROOT)), name) for path in sorted(PACKAGE.rglob("*.py"))
            for name in inline_lists(path.read_text(encoding="utf-8"))}


def left_in_code() -> set[tuple[str, str]]:
    lines = [line.split("#")[0].split() for line in LEFT.read_text(encoding="utf-8").splitlines()]
    return {(words[0], words[1]) for words in lines if words}


def test_no_new_word_list_is_written_inline_in_python() -> None:
    new = sorted(found_in_package() - left_in_code())
    assert new == [], ("move these word lists into briefing/grammar/*.toml (a named rule with examples) or "
                       "the profile's words, not Python")


def test_the_lists_left_in_code_are_still_there() -> None:
    gone = sorted(left_in_code() - found_in_package())
    assert gone == [], "a list listed as left in code is gone: take it off tests/words_left_in_code.txt"


def test_the_check_finds_the_forms_moved_out_of_code() -> None:
    # each as it was written in code before it moved into a grammar (issue 22)
    source = '''
import re
_ACTS = re.compile(r"\\b(?:attack|strike|airstrike|raid)(?:s|ed|ing)?\\b", re.I)
_BEGAN = re.compile(r"\\b(?:began|begun|started|beginning)\\b", re.I)
_CAUSED_AFTER = re.compile(r"\\s+(?:have\\s+)?(?:resulted\\s+in|caused|led\\s+to|left)\\b", re.I)
_NEW_ROUND = re.compile(r"\\b(?:new|latest|fresh)\\s+(?:operations?|attacks?|strikes?|raids?)\\b", re.I)
_SECTION_WORDS = frozenset({"Middle", "East", "World", "News", "Asia", "Africa", "&"})
_BESIDE = _RULES.pattern("told_beside")
FIELDS = ("date_note", "date_basis", "date_anchor", "date_offset", "date_source", "named_event")
_FOUR = re.compile(r"(?:[A-Z]\\w+\\s+){0,4}(?:1|2|3|4)")
_WD = "Monday|Tuesday|Wednesday|Thursday"
_HOUSING = r",?\\s+(?i:housing|hosting|which hosts|that hosts)"
'''
    assert list(inline_lists(source)) == ["_ACTS", "_BEGAN", "_CAUSED_AFTER", "_NEW_ROUND", "_SECTION_WORDS",
                                          "_WD", "_HOUSING"]


def test_the_reviewers_lists_are_in_data_now() -> None:
    moved = {("briefing/dates.py", "_ACTS"), ("briefing/credits.py", "_SECTION_WORDS"),
             ("briefing/yearless.py", "_BESIDE"), ("briefing/yearless.py", "_WD"),
             *(("briefing/extract/tallies.py", name) for name in (
                 "_NEW_ROUND", "_STOPPED", "_BEGAN", "_PLURAL_ACTS", "_ATTACKS_TOLD_BACK", "_CAUSED_AFTER",
                 "_OTHERS_AFTER")),
             ("briefing/extract/details/parties.py", "_BESIDE"),
             ("briefing/extract/details/parties.py", "_DATELINE"),
             *(("briefing/extract/details/sites.py", name)
               for name in ("_HOUSING", "_HIT_AT", "_BASE_NOUN", "_AT_TOWN")),
             ("briefing/extract/details/sentences.py", "THESE_PLACES"),
             ("briefing/extract/details/weapons.py", "_MANY_ACTS"),
             ("briefing/extract/details/weapons.py", "_COUNTED_ACTS")}
    assert not moved & (found_in_package() | left_in_code())


def names_bound_twice(source: str) -> list[str]:
    """The module-level names a module's source assigns (or defines) more than once."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(name for name, count in seen.items() if count > 1)


def test_a_name_bound_twice_is_found() -> None:
    source = ('_HOURS = re.compile(r"early")\ndef f(x):\n    return _HOURS.search(x)\n'
              '_HOURS = RULES.pattern("hours")\n')
    assert names_bound_twice(source) == ["_HOURS"]
    assert names_bound_twice('_HOURS = 1\n_OTHER = 2\n') == []


def test_no_module_binds_a_name_twice() -> None:
    """A list written inline and, far below, a rule of the grammar bound to the same name: the later
    binding is the one every function reads, so the inline list was dead while it looked in use (the
    events module's notice check had one, its words never read)."""
    twice = {str(path.relative_to(ROOT)): found for path in sorted(PACKAGE.rglob("*.py"))
             if (found := names_bound_twice(path.read_text(encoding="utf-8")))}
    assert twice == {}
