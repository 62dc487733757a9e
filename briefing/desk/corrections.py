"""``corrections.toml`` -> :class:`Corrections`: the desk's entries, read and checked whole.

Every entry is checked before any is applied, and every problem is reported at once (as
the settings are): an unknown kind or field, a value of the wrong kind, a missing reason.
Values are turned into the types of the records they correct (a date is a date), so
applying them (:mod:`briefing.desk.apply`) meets no text to parse.
"""

from __future__ import annotations

import datetime as dt
import tomllib
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import tomlfile
from ..errors import BriefingError
from ..frontmatter import FIRST_YEAR, LAST_YEAR
from ..model import CorrectionKind, Metric, Qualifier, SourceKind

FILE_NAME = "corrections.toml"
PLACEHOLDER = "FILL IN"  # the review sheet's template writes it where the desk gives its reason
MAX_BYTES = 2_000_000


class CorrectionsError(BriefingError):
    """``corrections.toml`` has an entry that cannot be applied; the message names it and the fix."""


Value = Any  # a checked value: str, int, bool, date, tuple of str, tuple of (str, int) pairs
Check = Callable[[Any], Value]


@dataclass(frozen=True)
class Entry:
    """One ``[[kind]]`` table: ``number`` counts from 1 within its kind; ``values`` are its
    fields but ``why``, checked and typed."""

    kind: CorrectionKind
    number: int
    values: tuple[tuple[str, Value], ...]
    why: str

    @property
    def ref(self) -> str:
        return f"{self.kind}-{self.number}"

    def get(self, name: str, default: Value = None) -> Value:
        return next((v for k, v in self.values if k == name), default)

    @property
    def label(self) -> str:
        """How a message names it: ``[[change]] #2 (id "2024-02-03:us_strike:iraq")``."""
        named = self.get("id") or self.get("ids") or self.get("file") or self.get("source")
        shown = f" ({', '.join(named) if isinstance(named, tuple) else named})" if named else ""
        return f"[[{self.kind}]] #{self.number}{shown}"


@dataclass(frozen=True)
class Corrections:
    path: str
    entries: tuple[Entry, ...] = ()


# --- value checks: each returns the typed value or raises ValueError with what it allows -------

def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("a non-empty text in quotes")
    return value.strip()


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError('a list of texts, e.g. ["Camp Example"]')
    return tuple(v.strip() for v in value)


def _day(value: Any) -> dt.date:
    try:
        day = (value.date() if isinstance(value, dt.datetime)
               else value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)))
    except ValueError:
        day = None
    if day is None or not FIRST_YEAR <= day.year <= LAST_YEAR:  # a year beyond is a typing slip
        raise ValueError(f"a date written YYYY-MM-DD, from {FIRST_YEAR} to {LAST_YEAR}, e.g. 2024-02-02")
    return day


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("a whole number, 0 or more")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("true or false")
    return value


def _breakdown(value: Any) -> tuple[tuple[str, int], ...]:
    if not isinstance(value, dict) or not value:
        raise ValueError('a table of countries and numbers, e.g. { Iraq = 34, Syria = 32 }')
    return tuple((_text(k), _count(v)) for k, v in value.items())


def _one_of(options: Any) -> Check:
    allowed = typing.get_args(options)

    def check(value: Any) -> str:
        if value not in allowed:
            raise ValueError("one of " + ", ".join(f'"{a}"' for a in allowed))
        return str(value)

    return check


def _ids(value: Any) -> tuple[str, ...]:
    found = _texts(value)
    if len(set(found)) < 2:
        raise ValueError('two or more different ids, e.g. ["2024-01-27:attack_on_us_forces:jordan", "..."]')
    return found


EVENT_FIELDS: dict[str, Check] = {
    "type": _text,  # one of the story's kinds: checked where it is applied (desk/apply.py)
    "date": _day, "country": _text, "places": _texts, "actors": _texts,
    "weapons": _texts,
}
FIGURE_FIELDS: dict[str, Check] = {
    "metric": _one_of(Metric), "value": _count, "qualifier": _one_of(Qualifier), "since": _day,
    "as_of": _day, "breakdown": _breakdown, "source_kind": _one_of(SourceKind), "speaker": _text,
}
SOURCE_FIELDS: dict[str, Check] = {"outlet": _text, "title": _text, "published": _day, "exclude": _flag}
# Each kind: the fields it must have, and every field it may have.
KINDS: dict[CorrectionKind, tuple[tuple[str, ...], dict[str, Check]]] = {
    "drop": (("id",), {"id": _text}),
    "change": (("id",), {"id": _text, **EVENT_FIELDS, **FIGURE_FIELDS}),
    "add": (("source", "quote"), {"source": _text, "quote": _text, **EVENT_FIELDS, **FIGURE_FIELDS}),
    "merge": (("ids",), {"ids": _ids}),
    "source": (("file",), {"file": _text, **SOURCE_FIELDS}),
}


def load(path: Path) -> Corrections:
    """The entries of ``path``; raises :class:`CorrectionsError` listing every problem."""
    from ..discover import NotRegular, read_regular

    shown = str(path)
    try:
        # opened without waiting: a pipe or a folder by this name is refused, never waited on
        data = read_regular(path, MAX_BYTES)
    except NotRegular as error:
        if error.kind == "too-large":
            raise CorrectionsError(f"{shown}: over {MAX_BYTES:,} bytes; a corrections file is at most "
                                   "that: is it the right file?") from None
        raise CorrectionsError(f"{shown}: {error}; give corrections.toml as a plain file") from None
    try:
        # utf-8-sig: an editor on Windows may save a byte-order mark, which TOML does not allow
        document = tomlfile.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise CorrectionsError(f"{shown}: not UTF-8 text; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise CorrectionsError(f"{shown}: not valid TOML ({error}); see README, 'Corrections'") from None
    return parse(document, shown)


def parse(document: Mapping[str, Any], shown: str) -> Corrections:
    problems: list[str] = []
    entries: list[Entry] = []
    for kind, tables in document.items():
        if kind not in KINDS or not isinstance(tables, list):
            problems.append(f"'{kind}' is not a kind of correction; write [[drop]], [[change]], [[add]], "
                            "[[merge]] or [[source]]")
            continue
        for number, table in enumerate(tables, start=1):
            entry = _entry(kind, number, table, problems)
            if entry is not None:
                entries.append(entry)
    if problems:
        raise CorrectionsError(f"{shown}: " + "; ".join(problems))
    return Corrections(shown, tuple(entries))


def check_kinds(corrections: Corrections, kinds: Sequence[str]) -> None:
    """Every event's ``type`` is one of the story's ``kinds`` (its profile's): all wrong ones
    are reported in one error, as :func:`parse` reports the rest."""
    wrong = [f"[[{e.kind}]] #{e.number}: 'type' must be one of " + ", ".join(f'"{k}"' for k in kinds)
             for e in corrections.entries if e.get("type") is not None and e.get("type") not in kinds]
    if wrong:
        raise CorrectionsError(f"{corrections.path}: " + "; ".join(wrong))


def _entry(kind: CorrectionKind, number: int, table: Any, problems: list[str]) -> Entry | None:
    required, allowed = KINDS[kind]
    name = f"[[{kind}]] #{number}"
    if not isinstance(table, dict):
        problems.append(f"{name} is not a table; write it as [[{kind}]] on a line of its own")
        return None
    before = len(problems)
    why = table.get("why")
    if not isinstance(why, str) or not why.strip() or why.strip().startswith(PLACEHOLDER):
        problems.append(f'{name}: every correction says why; add why = "..." with the reason')
    for key in required:
        if key not in table:
            problems.append(f"{name}: '{key}' is missing; add it")
    values = []
    for key, value in table.items():
        if key == "why":
            continue
        if key not in allowed:
            problems.append(f"{name}: unknown field '{key}'; " + _nearest_field(key, allowed))
            continue
        try:
            values.append((key, allowed[key](value)))
        except ValueError as error:
            problems.append(f"{name}: '{key}' must be {error}")
    _enough(kind, name, table, problems)
    if len(problems) > before:
        return None
    return Entry(kind, number, tuple(values), str(why).strip())


def _nearest_field(key: str, allowed: Mapping[str, Check]) -> str:
    """"did you mean 'places'?" for a typo; the fields it may have when nothing is near."""
    import difflib

    near = difflib.get_close_matches(key, [*allowed, "why"], n=1)
    return f"did you mean '{near[0]}'?" if near else "it may have " + ", ".join(sorted(allowed))


def _enough(kind: CorrectionKind, name: str, table: Mapping[str, Any], problems: list[str]) -> None:
    """A change or a source entry that sets nothing, an add that is neither an event nor a figure."""
    if kind == "change" and not set(table) - {"id", "why"}:
        problems.append(f"{name}: says what to change, e.g. date = 2024-02-02")
    if kind == "source" and not set(table) & set(SOURCE_FIELDS):
        problems.append(f"{name}: set outlet, title, published or exclude = true")
    if kind == "add" and ("type" in table) == ("metric" in table):
        problems.append(f"{name}: give type = \"...\" for an event, or metric, value and as_of for a figure")
    if kind == "add" and "metric" in table and not {"value", "as_of"} <= set(table):
        problems.append(f"{name}: a figure needs value and as_of too")
