"""One event on one row, two events on two (issue 23, twenty-third session; branch joins23), in
sentences we wrote. Each rule's test fails on the code before it (main d858ac5):

- two reports of one day, each naming another base of the story's forces, were one row (an attack
  on a western air base and one on a northern airport base the same morning);
- a report naming no place of its own but the base its reader made its site joined the part of
  another base (its site was never compared);
- an undated report naming two bases, its site one of them, became no row at all once each base
  had a row of its own;
- a timeline's entry naming a ship, whose next sentence tells "the attack", was not that ship's
  attack: dated the day after the ship's known day, it joined the next day's attack on another ship;
- a report telling a known ship a day off its known day ("On 15 December" for a ship hit on the
  14th), its target that ship, joined the row of another named ship hit that day in the same sea;
- in an undated page, "On Friday, the rebels struck the tanker <ship>" joined the page's dated
  known attack on another ship (the known event's sentences name no ship: its cues do).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.extract import extract_article
from briefing.merge import merge_events
from briefing.model import ArticleRecord, Details, Event, Evidence, Named
from briefing.topic import choose_topic
from tests.conftest import make_article

TUE = dt.date(2023, 11, 7)


def _rows(clips: dict[str, str], tmp_path: Path, *options: str) -> list[dict[str, Any]]:
    """The dated rows ``extract`` writes for the clippings (name -> text, each dated 7 November)."""
    folder = tmp_path / "clips"
    folder.mkdir()
    for name, text in clips.items():
        (folder / f"{name}.md").write_text(f"---\npublished: {TUE}\n---\n{text}", encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["extract", str(folder), "--json", str(out), *options])
    assert result.exit_code == 0, result.output
    events: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))["events"]
    return events


WEST = ("Drones fired at western air base\n\n"
        "Two drones were launched at Ain al-Asad air base in western Iraq on Tuesday, a US official "
        "said. Nobody was hurt, the official added.\n")
NORTH = ("Drone downed near northern airport\n\n"
         "A drone attack targeted the coalition base at Erbil airport on Tuesday morning, the region's "
         "security office said. The drone was shot down before it reached the base.\n")


def test_two_reports_each_naming_another_base_are_two_rows(tmp_path: Path) -> None:
    rows = [r for r in _rows({"west": WEST, "north": NORTH}, tmp_path) if r["date"] == str(TUE)]
    assert sorted(r["places"][0] for r in rows) == ["Al-Asad Airbase", "Erbil air base"]


EMBASSY = ("Rockets fall near embassy\n\n"
           "Several rockets were fired at the US embassy in Baghdad early on Tuesday, officials said. "
           "Sirens sounded across the compound.\n")
UNION = ("Rockets at Baghdad base\n\n"
         "Rockets were fired at the Union III base in Baghdad early on Tuesday, a security source said. "
         "There was no word on damage.\n")


def test_two_bases_the_map_draws_at_one_town_point_may_be_one_volley(tmp_path: Path) -> None:
    rows = [r for r in _rows({"embassy": EMBASSY, "union": UNION}, tmp_path) if r["date"] == str(TUE)]
    assert len(rows) == 1


def test_the_story_draws_the_embassy_and_the_base_beside_it_at_one_spot() -> None:
    spots = choose_topic("us-forces-iraq-syria").host_spots()
    assert spots["Union III"] == spots["US embassy in Baghdad"]
    assert spots["Al-Asad Airbase"] != spots["Erbil air base"]
    # province-placed bases are told apart by name, never joined by the province's point
    assert spots["Qasrak"] != spots["Rumalyn Landing Zone"]
    assert choose_topic("red-sea").host_spots() == {}  # a sea is where ships sail, no installation


# ---- merge on its own: reports built by hand --------------------------------------------------------

HOSTS = {"Camp Norland": "Camp Norland", "Sudland Field": "Sudland Field"}


def _report(article: str, day: dt.date | None, places: tuple[str, ...] = (), site: str | None = None,
            country: str | None = "Norland") -> Event:
    evidence = Evidence(article, 0, 1, "x")
    return Event(id=f"{day}:{article}:{site}", type="attack_on_us_forces", date=day,
                 date_precision="day" if day else "unknown", country=country, places=places, actors=(),
                 weapons=(), summary="", sources=(evidence,),
                 details=Details(site=Named(site, evidence) if site else None))


def _merged(reports: list[Event], story: str = "us-forces-iraq-syria") -> tuple[list[set[str]], list[Event]]:
    articles = {s.article: ArticleRecord(s.article, f"{s.article}.txt", published=TUE)
                for r in reports for s in r.sources}
    words = choose_topic(story).said
    rows, left = merge_events(reports, articles, words, bases=frozenset(HOSTS), hosts=HOSTS)
    return sorted(({s.article for s in e.sources} for e in rows), key=sorted), left


def test_a_report_joins_the_row_of_the_base_its_site_names() -> None:
    # "a" and "b" name a base each; "c" names no place but the site its reader found: Sudland Field
    rows, _ = _merged([_report("a", TUE, ("Camp Norland",), "Camp Norland"),
                       _report("b", TUE, ("Sudland Field",), "Sudland Field"),
                       _report("c", TUE, (), "Sudland Field")])
    assert rows == [{"a"}, {"b", "c"}]


def test_a_report_naming_both_bases_splits_nothing() -> None:
    rows, _ = _merged([_report("a", TUE, ("Camp Norland",), "Camp Norland"),
                       _report("b", TUE, ("Sudland Field", "Camp Norland"), "Sudland Field")])
    assert rows == [{"a", "b"}]


def test_an_undated_report_naming_two_bases_joins_the_row_of_its_site() -> None:
    rows, left = _merged([_report("a", TUE, ("Camp Norland",), "Camp Norland"),
                          _report("b", TUE, ("Sudland Field",), "Sudland Field"),
                          _report("c", None, ("Camp Norland", "Sudland Field"), "Sudland Field")])
    assert rows == [{"a"}, {"b", "c"}]
    assert left == []


# ---- a timeline's entry: "the attack" is the ship its own entry names --------------------------------

TIMELINE = ("Shipping under fire: the month so far\n\n"
            "• Dec. 9: Rebels fired two drones at a bulk carrier in the Red Sea; both missed, the navy "
            "said.\n\n"
            "• Dec. 12: A rebel spokesman said the group had fired on the Norwegian tanker STRINDA. "
            "The attack happened some 50 miles north of the strait of Bab el-Mandeb, a US official said.\n")
STRINDA = "cruise-missile attack on the Strinda"
ARDMORE = "missile attack on the Ardmore Encounter"


def test_an_entrys_attack_tells_the_ship_its_own_entry_names() -> None:
    told = extract_article(make_article(TIMELINE, dt.date(2023, 12, 20)), choose_topic("red-sea"))
    (entry,) = [e for e in told.events if e.date == dt.date(2023, 12, 12)]
    assert entry.near_named == STRINDA


def _ship(article: str, day: dt.date, named: str | None = None, near: str | None = None,
          target: str | None = None) -> Event:
    evidence = Evidence(article, 0, 1, "x")
    return Event(id=f"{day}:{article}:{named}", type="attack_on_shipping", date=day, date_precision="day",
                 country="Bab el-Mandeb", places=("Bab el-Mandeb",), actors=(), weapons=(), summary="",
                 sources=(evidence,), named_event=named, near_named=near,
                 details=Details(targets=(Named(target, evidence),) if target else ()))


def test_a_report_telling_one_known_ship_never_joins_the_next_days_other_ship() -> None:
    # the entry of 12 December tells the ship hit on the 11th (no report of the 11th in the run):
    # the 13th's attack on another ship is not its US-time telling
    rows, _ = _merged([_ship("timeline", dt.date(2023, 12, 12), near=STRINDA),
                       _ship("wire", dt.date(2023, 12, 13), named=ARDMORE)], "red-sea")
    assert rows == [{"timeline"}, {"wire"}]


def test_the_entry_joins_its_own_ships_row() -> None:
    rows, _ = _merged([_ship("first", dt.date(2023, 12, 11), named=STRINDA),
                       _ship("timeline", dt.date(2023, 12, 12), near=STRINDA),
                       _ship("wire", dt.date(2023, 12, 13), named=ARDMORE)], "red-sea")
    assert rows == [{"first", "timeline"}, {"wire"}]


FRI = dt.date(2023, 12, 15)
ONE, OTHER, THIRD = "attack on the Acme Star", "attack on the Blue Heron", "attack on the Cape Wren"


@pytest.mark.parametrize(("target", "expected"), [
    # "On 15 December, a missile was fired at the Cape Wren" (known on the 14th): its own row
    ("Cape Wren", [{"a", "b"}, {"b", "c"}, {"late"}]),
    # a report naming one of that day's ships, whose other sentence tells the Cape Wren "yesterday":
    # the ship it names is its act
    ("Acme Star", [{"a", "b", "late"}, {"b", "c"}]),
])
def test_a_report_of_a_known_ship_a_day_off_joins_no_other_named_ships_row(
        target: str, expected: list[set[str]]) -> None:
    one = _ship("a", FRI, named=ONE, target="Acme Star")
    reports = [one, _ship("b", FRI, named=ONE), _ship("b", FRI, named=OTHER), _ship("c", FRI, named=OTHER),
               _ship("late", FRI, near=THIRD, target=target)]
    rows, _ = _merged(reports, "red-sea")
    assert sorted(map(sorted, rows)) == sorted(map(sorted, expected))


UNDATED_PAGE = ("Crew leave freighter after rebel missile\n\n"
                "A blast went off close to the Belize-flagged\n\n"
                "Rubymar on Sunday night, damaging the ship. The owner is a firm in London. "
                "The attack took place in the Bab el-Mandeb strait while the vessel was heading north.\n\n"
                "The rebels have overstated damage to ships before.\n\n"
                "On Friday, the Houthis struck the British-owned oil tanker Acme Star with a missile. "
                "The tanker was carrying fuel to a refinery in Asia.\n")


def test_an_act_on_another_named_ship_joins_no_known_attack_its_sentence_does_not_tell() -> None:
    told = extract_article(make_article(UNDATED_PAGE, None), choose_topic("red-sea"))
    (known,) = told.events
    assert known.named_event == "missile attack on the Rubymar"
    assert all("Acme Star" not in s.quote for s in known.sources)
    assert "Acme Star" not in {t.name for t in known.details.targets}
    assert any("Acme Star" in s.quote for e in told.undated for s in e.sources)  # kept, undated
