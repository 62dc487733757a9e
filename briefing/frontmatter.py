"""The YAML block at the top of a clipping, and the publication dates such blocks give.

Front matter is a few short lines a person wrote, so it is read as exactly that: plain
scalars, no aliases (a few hundred bytes of nested aliases expand to gigabytes), a
bounded size before and after reading, and dates as text, so an impossible date is
reported rather than raised. Dates outside the years a news archive can hold are
refused as well, so no later step meets the edges of the calendar.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

FRONT_MATTER_KEYS = ("title", "outlet", "url", "published", "author")
MAX_FRONT_MATTER = 20_000  # characters: a front matter is a handful of short lines
MAX_VALUE = 2_000  # characters in one value (a title, a URL)
FIRST_YEAR, LAST_YEAR = 1900, 2199  # publication dates outside are typing slips, not news

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@functools.cache
def _loader() -> Any:
    """The loader class, made once (a class and its table of constructors for every file cost
    more than reading a short front matter)."""
    import yaml

    class Loader(yaml.SafeLoader):
        """Dates stay text; aliases are refused, so nothing expands beyond what was written."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed",
                                                  event.start_mark)
            return super().compose_node(parent, index)

    Loader.add_constructor("tag:yaml.org,2002:timestamp",
                           lambda loader, node: loader.construct_scalar(node))  # type: ignore[arg-type]
    return Loader


def parse_front_matter(raw: str) -> tuple[dict[str, object], int, list[str]]:
    """Front-matter fields, the offset where the body starts, and problems found."""
    match = _FRONT.match(raw)
    if not match:
        return {}, 0, []
    block = match.group(1)
    if len(block) > MAX_FRONT_MATTER:
        return {}, match.end(), [f"front matter is {len(block):,} characters long, over the "
                                 f"{MAX_FRONT_MATTER:,} a few 'key: value' lines need; it was ignored"]
    plain = _plain_lines(block, match.end())
    if plain is not None:  # "key: value" lines read as YAML reads them, without YAML's parser
        return plain
    import yaml  # only files with front matter pay for it

    try:
        data = yaml.load(block, Loader=_loader())
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        what = getattr(error, "problem", None)
        why = f" ({what})" if what and "alias" in what else ""
        return {}, match.end(), [f"front matter is not valid YAML{where}{why}; it was ignored"]
    except RecursionError:
        return {}, match.end(), ["front matter is nested too deeply to be 'key: value' lines; it was ignored"]
    except ValueError as error:  # e.g. an integer beyond Python's digit limit
        return {}, match.end(), [f"front matter holds a value that cannot be read ({_short(error)}); "
                                 "it was ignored"]
    if data is None:
        return {}, match.end(), []
    if not isinstance(data, dict):
        return {}, match.end(), ["front matter is not a set of 'key: value' lines; ignored"]
    return _fields(data, match.end())


# A line YAML reads as one key and one plain text value: a lower-case key, one space, then
# printable ASCII with no comment mark, opening with a letter or digit (no YAML indicator) and
# not ending in a space or a colon. The front matter of most clippings is only such lines.
_PLAIN_LINE = re.compile(r"([a-z]+): ([A-Za-z0-9](?:[ -\"$-~]*[!-\"$-9;-~])?)\n")
_VALUE_MARK = re.compile(r":(?= )")
_STR = "tag:yaml.org,2002:str"
_TEXT_TAGS = frozenset({_STR, "tag:yaml.org,2002:timestamp"})  # both stay text here


def _plain_lines(block: str, end: int) -> tuple[dict[str, object], int, list[str]] | None:
    """What :func:`parse_front_matter` gives for a block of :data:`_PLAIN_LINE` lines, found without
    the YAML loader (a tenth of its time): their fields; or, when a value holds ": " ("title: Story 2:
    strikes"), the loader's error at that line ("mapping values are not allowed here"). None for
    any other block, which the loader reads; so is a key or value that YAML reads as anything but
    text (a number, "yes", "null")."""
    data: dict[str, object] = {}
    at = 0
    for number, match in enumerate(_PLAIN_LINE.finditer(block)):
        key, value = match.groups()
        if match.start() != at or key in data or not (_is_text(key) and _is_text(value)):
            return None
        at = match.end()
        if _VALUE_MARK.search(value) is not None:
            # the loader reads the text before the mark as the value, then stops at the mark
            return {}, end, [f"front matter is not valid YAML at line {number + 2}; it was ignored"]
        data[key] = value
    return _fields(data, end) if at == len(block) and data else None


def _is_text(value: str) -> bool:
    """Whether YAML's implicit types leave a plain scalar as text (or a date, kept as text)."""
    table = _loader().yaml_implicit_resolvers  # as the loader's resolve() tries them
    resolvers = [*table.get(value[0], []), *table.get(None, [])]
    return next((tag for tag, pattern in resolvers if pattern.match(value)), _STR) in _TEXT_TAGS


def _fields(data: dict[Any, Any], end: int) -> tuple[dict[str, object], int, list[str]]:
    fields: dict[str, object] = {}
    problems: list[str] = []
    for key, value in data.items():
        name = _short(key, 60)
        if name not in FRONT_MATTER_KEYS:
            problems.append(f"front matter key '{name}' is not used "
                            f"(known keys: {', '.join(FRONT_MATTER_KEYS)})")
        elif value is None:
            continue
        elif isinstance(value, (list, dict, set, tuple, bytes)):
            problems.append(f"front matter '{name}' is a {type(value).__name__}, not a single value; ignored")
        elif len(text := str(value)) > MAX_VALUE:
            problems.append(f"front matter '{name}' is {len(text):,} characters long, over {MAX_VALUE:,}; "
                            "ignored")
        else:
            fields[name] = value
    return fields, end, problems


def _short(value: object, most: int = 120) -> str:
    try:
        text = str(value)
    except (ValueError, RecursionError):
        return type(value).__name__
    return text if len(text) <= most else text[:most] + "…"


def parse_published(value: object) -> tuple[dt.date | None, dt.time | None, str | None]:
    """A ``published`` value as date and local time, or why it is unusable."""
    if isinstance(value, dt.datetime):
        return _bounded(value.date(), value.time(), str(value))
    if isinstance(value, dt.date):
        return _bounded(value, None, str(value))
    text = _short(value).strip()
    try:
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None, None, (
            f"'published: {text}' is not a real date; "
            "write it as YYYY-MM-DD, e.g. 2023-11-21"
        )
    if re.fullmatch(r"\d{4}-?\d{2}-?\d{2}", text):
        return _bounded(stamp.date(), None, text)
    return _bounded(stamp.date(), stamp.time().replace(tzinfo=None), text)


def _bounded(day: dt.date, time: dt.time | None,
             text: str) -> tuple[dt.date | None, dt.time | None, str | None]:
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return day, time, None
    return None, None, (f"'published: {text}' is outside the years {FIRST_YEAR}–{LAST_YEAR}; "
                        "not used (a typing slip?)")
