"""The current ids nearest a stale one, for the warning that tells the desk what to write instead.

An event's id is ``DAY:TYPE:COUNTRY``: the nearest are those of the same type, the closest
days first, the same country before another. Any other id (a figure's ``ARTICLE:tN``, a
file's path) is compared as text.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable

SHOWN = 3


def _parts(event_id: str) -> tuple[dt.date, str, str] | None:
    day, _, rest = event_id.removeprefix("desk:").partition(":")
    kind, _, country = rest.partition(":")
    try:
        return dt.date.fromisoformat(day), kind, country.split("~")[0]
    except ValueError:
        return None


def nearest(stale: str, current: Iterable[str], shown: int = SHOWN) -> list[str]:
    ids = list(current)
    wanted = _parts(stale)
    if wanted is not None:
        day, kind, country = wanted
        scored = []
        for other in ids:
            parts = _parts(other)
            if parts is not None and parts[1] == kind:
                scored.append((abs((parts[0] - day).days), parts[2] != country, other))
        if scored:
            return [other for *_, other in sorted(scored)[:shown]]
    return difflib.get_close_matches(stale, ids, n=shown, cutoff=0.3)


def nearest_files(named: str, paths: Iterable[str], shown: int = SHOWN) -> list[str]:
    """The input files whose names are nearest a file an entry names (compared by name, shown by path)."""
    by_name: dict[str, list[str]] = {}
    for path in paths:
        by_name.setdefault(path.rsplit("/", 1)[-1], []).append(path)
    close = difflib.get_close_matches(named.rsplit("/", 1)[-1], list(by_name), n=shown, cutoff=0.5)
    return [path for name in close for path in by_name[name]][:shown]
