"""Records <-> JSON data: the one converter between the frozen records of :mod:`briefing.model`
and what ``json`` writes, used by the cache and by the export.

A record is written by its fields: as an object keyed by their names (:func:`to_data`, the
export's shape) or, where size counts, as a list in their order (:func:`to_row`, the
cache's). Values follow the fields' types: a date or a time is ISO text, a tuple a list, a
record inside a record its own object or list. :func:`from_data` and :func:`from_row` read
them back by the same types, so a record comes back equal to what was written. What was
read repeats itself across an archive (outlets, places, days, statuses), so short texts are
interned and equal days are one object.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import sys
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

R = TypeVar("R")
SHORT = 64  # characters: texts up to this long are names, kept once however often read
Convert = Callable[[Any], Any]


# --- records -> data ---------------------------------------------------------------------

def _plain(value: Any, rows: bool) -> Any:
    if isinstance(value, (str, int, float)) or value is None:
        return value
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(item, rows) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_row(value) if rows else to_data(value)
    raise TypeError(f"{type(value).__name__} is not a value a record holds")


def to_data(record: Any) -> dict[str, Any]:
    """The record as an object keyed by its fields' names (nested records likewise)."""
    write = _WRITERS.get((type(record), False))
    if write is None:
        write = _WRITERS[type(record), False] = _compiled_writer(type(record), False)
    return write(record)  # type: ignore[no-any-return]


def to_row(record: Any) -> list[Any]:
    """The record as a list of its fields' values in their order (nested records likewise)."""
    write = _WRITERS.get((type(record), True))
    if write is None:
        write = _WRITERS[type(record), True] = _compiled_writer(type(record), True)
    return write(record)  # type: ignore[no-any-return]


# --- data -> records ---------------------------------------------------------------------

def from_data(cls: type[R], data: dict[str, Any]) -> R:
    """The record of ``cls`` written by :func:`to_data`: a field missing takes its default, a
    key that is no field is passed over. Raises TypeError or ValueError on data of another shape."""
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__}: expected an object, found {type(data).__name__}")
    return cls(**{name: convert(data[name]) for name, convert in _plan(cls, False) if name in data})


def from_row(cls: type[R], row: list[Any]) -> R:
    """The record of ``cls`` written by :func:`to_row`. Raises TypeError or ValueError on a
    row of another shape."""
    read = _ROW_READERS.get(cls)
    if read is None:
        read = _ROW_READERS[cls] = _compiled_reader(cls)
    return read(row)  # type: ignore[no-any-return]


def _plan(cls: type, rows: bool) -> tuple[tuple[str, Convert], ...]:
    """Each field's name and how its value is read, from the field's type (worked out once)."""
    plan = _PLANS.get((cls, rows))
    if plan is None:
        hints = typing.get_type_hints(cls)
        plan = _PLANS[cls, rows] = tuple((f.name, _reader(hints[f.name], rows))
                                         for f in dataclasses.fields(cls))
    return plan


_PLANS: dict[tuple[type, bool], tuple[tuple[str, Convert], ...]] = {}


def _reader(hint: Any, rows: bool) -> Convert:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = _reader(next(a for a in args if a is not type(None)), rows)
        if inner in (_text, _same):  # both pass None through as it is
            return inner
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _reader(args[0], rows)
            return lambda value: tuple(map(item, value))
        parts = [_reader(arg, rows) for arg in args]
        return lambda value: tuple(read(v) for read, v in zip(parts, value, strict=True))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return functools.partial(from_row if rows else from_data, hint)
    try:
        return _SCALARS[hint if origin is None else origin]
    except KeyError:
        raise TypeError(f"no reader for a field of type {hint!r}") from None


@functools.lru_cache(maxsize=8192)
def _day(value: str) -> dt.date:
    """A day; the same day is one object, however many records name it."""
    return dt.date.fromisoformat(value)


def _text(value: Any) -> Any:
    """Text as read (a ``Literal`` or ``str`` field); a short one kept once."""
    return sys.intern(value) if type(value) is str and len(value) <= SHORT else value


def _same(value: Any) -> Any:
    return value


_SCALARS: dict[Any, Convert] = {dt.date: _day, dt.time: dt.time.fromisoformat, str: _text,
                                typing.Literal: _text, int: _same, float: _same, bool: _same}


# --- compiled readers and writers ---------------------------------------------------------
# A record's reader, and its writer for the export, are worked out once from its fields'
# types and compiled into one function: an archive's cache holds some 130,000 records, and a
# loop over a plan of converters per field was most of an unchanged re-run's reading. The
# source compiled is made here from the fields' names and types only; what is read is
# values passed to the function, never code, so a planted cache row is at worst a miss.

def _compiled_reader(cls: type) -> Callable[[Any], Any]:
    """``from_row`` for ``cls``, as one function (see above)."""
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    scope: dict[str, Any] = {"cls": cls}
    names = [f"v{i}" for i in range(len(fields))]
    values = ", ".join(_read_expression(hints[f.name], name, scope, 0)
                       for f, name in zip(fields, names, strict=True))
    unpack = f"    {''.join(n + ', ' for n in names)}= row\n" if names else ""
    wrong = f"{cls.__name__}: expected a list of {len(fields)} values"
    source = (f"def read(row):\n"
              f"    if type(row) is not list or len(row) != {len(fields)}:\n"
              f"        raise ValueError({wrong!r})\n"
              f"{unpack}    return cls({values})\n")
    exec(source, scope)  # our own source, from the record's field types (above)
    return scope["read"]  # type: ignore[no-any-return]


def _bound(scope: dict[str, Any], value: Any) -> str:
    name = f"_f{len(scope)}"
    scope[name] = value
    return name


def _read_expression(hint: Any, var: str, scope: dict[str, Any], depth: int) -> str:
    """The expression that reads ``var`` as a value of type ``hint`` (as :func:`_reader` does)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = _read_expression(next(a for a in args if a is not type(None)), var, scope, depth)
        if inner == var or inner.startswith(f"(_intern({var})"):  # both pass None through as it is
            return inner
        return f"(None if {var} is None else {inner})"
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = f"_x{depth}"
        read = _read_expression(args[0], item, scope, depth + 1)
        return f"tuple({var})" if read == item else f"tuple([{read} for {item} in {var}])"
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        reader = _ROW_READERS.get(hint) or _ROW_READERS.setdefault(hint, _compiled_reader(hint))
        return f"{_bound(scope, reader)}({var})"
    if hint is str or origin is typing.Literal:  # _text, inline: half a million texts in a big run
        scope["_intern"] = sys.intern
        return f"(_intern({var}) if type({var}) is str and len({var}) <= {SHORT} else {var})"
    convert = _reader(hint, True)
    return var if convert is _same else f"{_bound(scope, convert)}({var})"


_ROW_READERS: dict[type, Callable[[Any], Any]] = {}


def _compiled_writer(cls: type, rows: bool) -> Callable[[Any], Any]:
    """``to_row`` (``rows``) or ``to_data`` for ``cls``, as one function (see above)."""
    hints = typing.get_type_hints(cls)
    scope: dict[str, Any] = {"_plain": _plain, "rows": rows}
    names = [f.name for f in dataclasses.fields(cls)]
    values = [_write_expression(hints[name], "r." + name, scope, 0, rows) for name in names]
    if rows:
        body = f"[{', '.join(values)}]"
    else:
        body = "{" + ", ".join(f"{name!r}: {v}" for name, v in zip(names, values, strict=True)) + "}"
    exec(f"def write(r):\n    return {body}\n", scope)  # as in _compiled_reader
    return scope["write"]  # type: ignore[no-any-return]


def _write_expression(hint: Any, var: str, scope: dict[str, Any], depth: int, rows: bool) -> str:
    """The expression that writes ``var``, a value of type ``hint``, as :func:`_plain` does."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType) and type(None) in args and len(args) == 2:
        inner = _write_expression(next(a for a in args if a is not type(None)), var, scope, depth, rows)
        return inner if inner == var else f"(None if {var} is None else {inner})"
    if hint in (str, int, float, bool) or origin is typing.Literal:
        return var
    if hint in (dt.date, dt.time):
        return f"{var}.isoformat()"
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = f"_x{depth}"
        write = _write_expression(args[0], item, scope, depth + 1, rows)
        return f"list({var})" if write == item else f"[{write} for {item} in {var}]"
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        writer = _WRITERS.get((hint, rows)) or _WRITERS.setdefault((hint, rows), _compiled_writer(hint, rows))
        return f"{_bound(scope, writer)}({var})"
    return f"_plain({var}, rows)"


_WRITERS: dict[tuple[type, bool], Callable[[Any], Any]] = {}


def mistyped(record: Any, where: str = "") -> str | None:
    """Where in ``record`` (read by :func:`from_data` from a file someone may have edited) a
    value is not of its field's type ("events[3].day"), or None when every value is.
    :func:`from_data` trusts its input, as the cache's own; a file from elsewhere is checked."""
    if isinstance(record, tuple):
        return next((w for i, item in enumerate(record) if (w := mistyped(item, f"{where}[{i}]"))), None)
    hints = typing.get_type_hints(type(record))
    for field in dataclasses.fields(record):
        if not _fits(getattr(record, field.name), hints[field.name]):
            return f"{where}.{field.name}".lstrip(".")
    return None


def _fits(value: Any, hint: Any) -> bool:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, arg) for arg in args)
    if origin is typing.Literal:
        return value in args
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_fits(item, args[0]) for item in value)
        return len(value) == len(args) and all(_fits(v, a) for v, a in zip(value, args, strict=True))
    if hint is type(None):
        return value is None
    if dataclasses.is_dataclass(hint):
        return isinstance(value, hint) and mistyped(value) is None  # type: ignore[arg-type]
    return _fits_scalar(value, hint)


def _fits_scalar(value: Any, hint: Any) -> bool:
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) <= LARGEST
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= LARGEST
    if hint in (dt.date, dt.datetime):  # an edited year 1 or 9999 overflows the period's arithmetic
        return isinstance(value, hint) and YEARS[0] <= value.year <= YEARS[1]
    return isinstance(value, hint) if isinstance(hint, type) else True


# What a file edited by hand may hold: a figure, an offset or a count no briefing comes near
# (a float holds it, and so do the charts' scales), and days far from the years 1000-9000
# would overflow a date once the context's days are taken from them. NaN is no figure.
LARGEST = 10**15
YEARS = (1000, 9000)
