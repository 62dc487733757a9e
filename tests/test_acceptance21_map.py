"""Issue 21 checked as its owners will (twenty-first session, branch acc21), in sentences we wrote:
a place told only as a landmark ("60 km south of Baghdad") does not place the event on the map.
Fails on the code before the rule."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.extract import extract_article
from tests.conftest import make_article

SAT = dt.date(2024, 3, 9)


# ---- the map: a landmark is not where the event was ----------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    # the capital told only as the point the place struck is measured from: the town struck is drawn
    ("A US airstrike hit a militia depot at Jurf al-Sakhar, 60 km south of Baghdad, on Friday.",
     "Jurf al-Sakhar"),
    # the landmark alone: drawn nowhere rather than in the capital, where it was not
    ("A US airstrike hit a militia depot 60 km south of Baghdad on Friday.", None),
    # the capital as a place of its own: drawn there
    ("A US airstrike hit a militia depot in Baghdad on Friday.", "Baghdad"),
])
def test_a_place_told_as_a_landmark_does_not_place_the_event(text: str, place: str | None) -> None:
    (strike,) = [e for e in extract_article(make_article(text, SAT)).events if e.type == "us_strike"]
    at = strike.details.coordinates
    assert (at.place if at else None) == place


def test_an_event_placed_only_by_a_landmark_is_listed_beside_the_map_with_that_reason(tmp_path: Path) -> None:
    """The list under the map says why its events are not drawn; an event told only as "60 km south
    of <town>" is one of them, so the reason names a distance or direction from a place, not only a
    country (the old words said the reports gave "no place more exact than the country")."""
    clips = tmp_path / "in"
    clips.mkdir()
    (clips / "depot.txt").write_text(
        "---\ntitle: Depot struck\npublished: 2024-03-09\n---\n"
        "A US airstrike hit a militia depot 60 km south of Baghdad on Friday.\n"
        "Militants fired rockets at the Al-Asad Airbase in Iraq on Thursday, officials said.\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(clips), "-o", str(tmp_path / "out"), "--html", "-q"])
    assert result.exit_code == 0, result.output
    (page,) = (tmp_path / "out").glob("*.html")
    html = page.read_text(encoding="utf-8")
    section = html[html.index('<section id="map">'):]
    listed = re.sub(r"<[^>]+>|\[\d+\]", "", section[section.index("Not on the map"):section.index("</p>")])
    assert "US strike" in listed and "distance or direction from a place" in listed
