"""Numbers as wire copy writes them: "66", "1,200", "five dozen", "forty-one", "40-plus"."""

from __future__ import annotations

import re

from ..model import Qualifier
from ..rules import trie

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORDS: dict[str, int] = {word: value for value, word in enumerate(_UNITS)}
WORDS.update({word: 20 + 10 * i for i, word in enumerate(_TENS)})
for _i, _ten in enumerate(_TENS):
    for _j, _unit in enumerate(_UNITS[1:10], start=1):
        WORDS[f"{_ten}-{_unit}"] = 20 + 10 * _i + _j

NUMBER_WORDS = "|".join(sorted(WORDS, key=len, reverse=True))
# the words as a trie, longest first as the list sorted by length is: the same matches, but `re` no
# longer tries some 130 words one after another at every word's start (the casualties', figures' and
# weapons' counts search whole sentences with NUMBER); a word ends where its word does: "to tensions"
# holds no "ten", "fourteeners" no "fourteen"
_NUMBER_TRIE = "(?:" + trie(sorted(WORDS), one_space=True) + ")"
NUMBER = (
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+"
    rf"|(?:(?:a|{_NUMBER_TRIE})\s+)?dozen(?!s)"
    rf"|(?:a|one)\s+hundred(?!s)|{_NUMBER_TRIE}\b)(?P<plus>-plus)?(?![\w,]*\d)"
)

QUALIFIERS: dict[str, Qualifier] = {
    "approximately": "approximately",
    "about": "approximately",
    "around": "approximately",
    "roughly": "approximately",
    "some": "approximately",
    "an estimated": "approximately",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "at least": "at least",
    "no fewer than": "at least",
    "a minimum of": "at least",
    "more than": "more than",
    "over": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    "just over": "more than",
    "as many as": "up to",
    "up to": "up to",
}
# Patterns opening with a qualifier or number start at a word's start: trying them inside
# words is wasted work (most of the time tallies take).
# (the qualifiers as a trie too, longest first)
QUALIFIER = r"(?<![\w-])(?:(?P<qual>" + trie(sorted(QUALIFIERS), one_space=True) + r")\s+)?"


# the ordinals a rule's number slot may hold ("the second ship to sink": the figure 2;
# "the twenty-first attack": 21), up to ninety-ninth
_UNIT_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                  "seventeenth", "eighteenth", "nineteenth"]
ORDINALS: dict[str, int] = {word: value for value, word in enumerate(_UNIT_ORDINALS, start=1)}
for _i, _ten in enumerate(_TENS):
    ORDINALS[_ten[:-1] + "ieth"] = 20 + 10 * _i
    for _j, _unit in enumerate(_UNIT_ORDINALS[:9], start=1):
        ORDINALS[f"{_ten}-{_unit}"] = 20 + 10 * _i + _j
# a rule's fragment {ordinal}: an ordinal in words, the longest first
ORDINAL_WORDS = "(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")\b"


def value_of(text: str) -> int | None:
    """The integer a number phrase (or an ordinal: "second", "15th") stands for, or None if it
    is not one."""
    text = text.lower().strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", text):
        return int(text.replace(",", ""))
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", text):
        return int(text[:-2])
    if text in ORDINALS:
        return ORDINALS[text]
    if text.endswith("dozen"):
        head = text[: -len("dozen")].strip()
        count = 1 if head in {"", "a"} else WORDS.get(head)
        return None if count is None else 12 * count
    if text.endswith("hundred"):
        return 100
    return WORDS.get(text)


def qualifier_of(match: re.Match[str]) -> Qualifier:
    """The qualifier named before the number, "more than" for "40-plus", else "exact"."""
    if match.groupdict().get("plus"):
        return "more than"
    qual = match.groupdict().get("qual")
    return QUALIFIERS[qual.lower()] if qual else "exact"
