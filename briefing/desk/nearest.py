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
# Ids compared as text, at most: difflib costs the product of two lengths per pair, so a stale
# figure id against a big archive's thousands of figures would cost seconds per entry, and a
# file of many stale entries minutes. Beyond, the pool is the ids that begin as the stale one does.
POOL = 200
HEAD = 3


def _parts(event_id: str) -> tuple[dt.date, str, str] | None:
    day, _, rest = event_id.removeprefix("desk:").partition(":")
    kind, _, country = rest.partition(":")
    try:
        return dt.date.fromisoformat(day), kind, country.split("~")[0]
    except ValueError:
        return None


class Nearest:
    """The current ids of a run, read once, for every stale entry to be compared with."""

    def __init__(self, current: Iterable[str]) -> None:
        self.ids = list(current)
        self.events: dict[str, list[tuple[dt.date, str, str]]] = {}  # by type: (day, country, id)
        self.by_head: dict[str, list[str]] = {}  # by their first characters, for big runs
        for other in self.ids:
            parts = _parts(other)
            if parts is not None:
                self.events.setdefault(parts[1], []).append((parts[0], parts[2], other))
            self.by_head.setdefault(other[:HEAD], []).append(other)

    def to(self, stale: str, shown: int = SHOWN) -> list[str]:
        wanted = _parts(stale)
        if wanted is not None and wanted[1] in self.events:
            day, _, country = wanted
            scored = sorted((abs((d - day).days), c != country, other)
                            for d, c, other in self.events[wanted[1]])
            return [other for *_, other in scored[:shown]]
        pool = self.ids if len(self.ids) <= POOL else self.by_head.get(stale[:HEAD], [])[:POOL]
        return difflib.get_close_matches(stale, pool, n=shown, cutoff=0.3)


def nearest(stale: str, current: Iterable[str], shown: int = SHOWN) -> list[str]:
    """The ``shown`` current ids nearest ``stale`` (see the module's doc)."""
    return Nearest(current).to(stale, shown)


def nearest_files(named: str, paths: Iterable[str], shown: int = SHOWN) -> list[str]:
    """The input files whose names are nearest a file an entry names (compared by name, shown by path)."""
    by_name: dict[str, list[str]] = {}
    for path in paths:
        by_name.setdefault(path.rsplit("/", 1)[-1], []).append(path)
    close = difflib.get_close_matches(named.rsplit("/", 1)[-1], list(by_name), n=shown, cutoff=0.5)
    return [path for name in close for path in by_name[name]][:shown]
