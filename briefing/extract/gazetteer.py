"""Places, actors and weapons of the story, with the spellings outlets use.

Each entry maps the many transliterations wire services print to one
canonical name, so that "Albu Kamal", "Abu Kamal" and "Al Bukamal" merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# canonical name -> (country, aliases)
PLACES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Al-Asad Airbase": ("Iraq", ("Ain al-Asad", "Ain al Asad", "Al-Asad", "al-Asad", "Al Asad",
                                 "Asad Air Base", "Asad Airbase")),
    "Erbil": ("Iraq", ("Erbil", "Irbil", "Arbil", "Harir")),
    "Baghdad": ("Iraq", ("Baghdad",)),
    "Baghdad airport": ("Iraq", ("Baghdad airport", "Baghdad International Airport",
                                 "Victory Base")),
    "Jurf al-Sakhar": ("Iraq", ("Jurf al-Sakhar", "Jurf al Sakhar", "Jurf al-Nasr", "Jurf al Nasr")),
    "Abu Ghraib": ("Iraq", ("Abu Ghraib",)),
    "Al-Qaim": ("Iraq", ("Al-Qaim", "al-Qaim", "Al Qaim", "Qaim")),
    "Anbar": ("Iraq", ("Anbar",)),
    "Babil": ("Iraq", ("Babil", "Babylon province")),
    "Kirkuk": ("Iraq", ("Kirkuk",)),
    "Abu Kamal": ("Syria", ("Albu Kamal", "Abu Kamal", "Al Bukamal", "Al-Bukamal", "Boukamal",
                            "Bukamal", "Albukamal")),
    "Mayadin": ("Syria", ("Mayadeen", "Mayadin", "al-Mayadin", "Al Mayadeen")),
    "Deir ez-Zor": ("Syria", ("Deir ez-Zor", "Deir ez Zor", "Deir el-Zour", "Deir al-Zor",
                              "Deir al Zor", "Deir Ezzor", "Deir Ezzor")),
    "Al-Tanf": ("Syria", ("al-Tanf", "Al-Tanf", "At Tanf", "Tanf")),
    "Al-Shaddadi": ("Syria", ("Shaddadi", "al-Shaddadi", "Shadadi")),
    "Conoco field": ("Syria", ("Conoco", "Koniko")),
    "Al-Omar oil field": ("Syria", ("al-Omar", "Al-Omar", "Omar oil field")),
    "Rumalyn Landing Zone": ("Syria", ("Rumalyn", "Rumeilan", "Rmeilan")),
    "Tower 22": ("Jordan", ("Tower 22",)),
}

ACTORS: dict[str, tuple[str, ...]] = {
    "IRGC": ("Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guard",
             "Revolutionary Guards"),
    "IRGC Quds Force": ("Quds Force", "IRGC-QF", "IRGC-Quds Force"),
    "Kataib Hezbollah": ("Kataib Hezbollah", "Kata'ib Hizballah", "Kataib Hizballah",
                         "Kata'ib Hezbollah", "Kataeb Hezbollah", "Kataib Hizbullah"),
    "Kataib Sayyid al-Shuhada": ("Kataib Sayyid al-Shuhada", "Kata'ib Sayyid al-Shuhada",
                                 "Kataib Sayyid al Shuhada"),
    "Harakat al-Nujaba": ("Harakat al-Nujaba", "Harakat Hezbollah al-Nujaba", "al-Nujaba",
                          "Nujaba"),
    "Islamic Resistance in Iraq": ("Islamic Resistance in Iraq",),
    "Popular Mobilization Forces": ("Popular Mobilization Forces", "Popular Mobilisation Forces",
                                    "Hashed al-Shaabi", "Hashd al-Shaabi", "PMF"),
}

WEAPONS: dict[str, tuple[str, ...]] = {
    "F-15": ("F-15", "F-15E"),
    "F-16": ("F-16",),
    "A-10": ("A-10",),
    "AC-130": ("AC-130", "gunship"),
    "MQ-9": ("MQ-9", "Reaper"),
    "B-1": ("B-1",),
    "close-range ballistic missile": ("close-range ballistic missile",
                                      "short-range ballistic missile", "ballistic missile"),
    "drone": ("drone", "drones", "one-way attack", "UAV"),
    "rocket": ("rocket", "rockets"),
}


# Bases that host US troops: an attack on one is an attack on US forces even
# when the sentence does not say "U.S." ("a drone struck Erbil Air Base").
US_BASES = ("Al-Asad Airbase", "Erbil", "Baghdad airport", "Al-Tanf", "Al-Shaddadi",
            "Conoco field", "Al-Omar oil field", "Rumalyn Landing Zone", "Tower 22")
US_BASE_NAMES = tuple(alias for base in US_BASES for alias in PLACES[base][1])
AIRCRAFT = frozenset({"F-15", "F-16", "A-10", "AC-130", "MQ-9", "B-1"})


def _combine(table: dict[str, tuple[str, ...]], fold: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for a whole table (one search instead of one per entry) and alias -> name."""
    names = {(alias.lower() if fold else alias): name for name, aliases in table.items() for alias in aliases}
    ordered = sorted({alias for aliases in table.values() for alias in aliases}, key=len, reverse=True)
    pattern = r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w-])"
    return re.compile(pattern, re.I if fold else 0), names


_PLACES = _combine({name: aliases for name, (_, aliases) in PLACES.items()}, fold=False)
_ACTORS = _combine(ACTORS, fold=False)
_WEAPONS = _combine(WEAPONS, fold=True)
_COUNTRY = re.compile(r"\b(Iraq|Syria|Jordan)(?:i|n)?\b")


def _find(table: tuple[re.Pattern[str], dict[str, str]], text: str, fold: bool = False) -> list[str]:
    pattern, names = table
    found: dict[str, None] = {}
    for match in pattern.finditer(text):
        name = names.get(match.group().lower() if fold else match.group())
        if name:
            found.setdefault(name)
    return list(found)


def places(text: str) -> list[str]:
    """Canonical places named in ``text``, in order of first mention."""
    return _find(_PLACES, text)


def actors(text: str) -> list[str]:
    """Canonical armed groups named in ``text``, in order of first mention."""
    found = _find(_ACTORS, text)
    if "IRGC Quds Force" in found and "IRGC" in found:
        found.remove("IRGC")
    return found


def weapons(text: str) -> list[str]:
    """Aircraft and weapons named in ``text``."""
    return _find(_WEAPONS, text, fold=True)


def places_agree(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether an undated report may be the same event: it names no place, or shares one."""
    mine = set(mine)
    return not mine or bool(mine & set(theirs))


def country_of(place: str) -> str:
    return PLACES[place][0]


def countries(text: str) -> list[str]:
    """Countries named in ``text`` ("Iraq", "Syrian" -> "Syria"), in order of mention."""
    seen: list[str] = []
    for match in _COUNTRY.finditer(text):
        if match.group(1) not in seen:
            seen.append(match.group(1))
    return seen
