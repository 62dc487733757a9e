"""Clippings written for the tests, in the style of wire copy (our own words, none copied)."""

from __future__ import annotations

import json
from pathlib import Path

PLACES = ["near Abu Kamal", "near Mayadin", "near al-Qaim", "at Jurf al-Sakhar", "near Kirkuk",
          "in Deir ez-Zor province", "near Erbil", "in Anbar province", "near Baghdad", "near Babil"]
FILLERS = [
    "Officials declined to say whether anyone was killed in the operation.",
    "The Pentagon said damage assessments would take several days to complete.",
    "Militia leaders vowed to keep up pressure on foreign troops in the region.",
    "Local residents reported hearing several loud explosions shortly after midnight.",
    "A spokesperson for the Iraqi government condemned what it called a violation of sovereignty.",
    "Analysts said the tit-for-tat exchanges risked drawing Washington into a wider conflict.",
    "The defense secretary briefed congressional leaders on the operation by telephone.",
    "No American aircraft were damaged and all crews returned safely to base.",
    "Satellite images showed several destroyed buildings at the targeted compound.",
    "The group's media channels posted footage it said showed the aftermath.",
]


LEADS = [
    "U.S. fighter jets struck a weapons depot {place} on Sunday, officials said.",
    "American warplanes hit a militia command post {place} overnight into Sunday, "
    "according to two officials.",
    "The U.S. military carried out an airstrike on a drone storage site {place} on Sunday.",
    "A U.S. strike destroyed a rocket launch position {place} on Sunday, the Pentagon said in a statement.",
    "Two U.S. F-15E jets bombed a logistics hub {place} early on Sunday, a defense official confirmed.",
    "U.S. forces struck a training camp {place} on Sunday in response to recent attacks, officials said.",
    "An American MQ-9 drone fired on a militia vehicle {place} on Sunday, killing its occupants, "
    "officials said.",
    "The Pentagon announced Sunday that U.S. aircraft had hit an ammunition bunker {place}.",
]
TALLIES = [
    "U.S. forces in Iraq and Syria have been attacked at least {n} times since Oct. 17, "
    "a spokesman said Monday.",
    "There have been {n} attacks on U.S. troops in the region since Oct. 17, according to Pentagon figures.",
    "Iran-backed militias have attacked U.S. forces about {n} times since Oct. 17, officials say.",
    "The Pentagon has counted more than {n} attacks against American personnel since Oct. 17.",
]


def story(n: int) -> str:
    """A short wire story of our own; n varies its place, figure and every sentence's wording."""
    lead = LEADS[n % len(LEADS)].format(place=PLACES[n % len(PLACES)])
    tally = TALLIES[n % len(TALLIES)].format(n=70 + n)
    rest = " ".join(FILLERS[(n * 3 + k) % len(FILLERS)] for k in (0, 4))
    return f"{lead}\n\n{tally}\n\n{rest}\n"


GOOD = story(4)


def front(published: str = "2023-12-05", **extra: str) -> str:
    lines = [f"published: {published}", *(f"{k}: {v}" for k, v in extra.items())]
    return "---\n" + "\n".join(lines) + "\n---\n"




def write(folder: Path, name: str, text: str | bytes) -> Path:
    """A file in ``folder`` (made if need be); text is written as UTF-8."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def clip(n: int, published: str = "2023-12-05", **extra: str) -> str:
    """Story ``n`` with front matter: a dated clipping whose attack tally is 70 + n."""
    return front(published, **extra) + story(n)


def feed_line(n: int, published: str = "2023-12-06", **extra: str) -> str:
    return json.dumps({"title": f"Feed story {n}", "published": published, "text": story(n), **extra})


def fresh(n: int, published: str = "2023-12-05") -> str:
    """A clipping worded unlike :func:`story`, so it is never taken for a copy of one; its
    attack tally is ``n``."""
    return front(published) + (
        "Militia fighters fired two rockets toward a coalition outpost near Hasakah on Monday, "
        "a coalition official said, adding that nobody was hurt.\n\n"
        f"Since Oct. 17, American troops in Iraq and Syria have come under attack {n} times, "
        "the official told reporters on Monday.\n\n"
        "Engineers later inspected the outpost's perimeter walls, and convoys on the northern road "
        "were rerouted for the rest of the day.\n")
