"""Rows a desk finds wrong in real weeks (issue 23, twenty-fourth session; branch rows24), in
sentences we wrote (the places are the profile's). Each rule's test fails on the code before it
(main a8f54c9); the guard (a base's own province stays) passes on both:

- "drones at both <a town> and <a base>, in <the base's province>" gave the town the base's
  province (the gazetteer's ``province`` of each place now says which is whose);
- on the map, a base drawn at its province's seat (no public point of its own) was labelled with
  the base's name alone, at a point that is not the base's: its label now names the province;
- a group's record of claims told as background ("which has claimed most of these attacks") was
  listed as a claim made on the report's day;
- a saying told as made before the report with no day of its own ("had quickly warned", "said this
  week") took the report's day;
- one fall of a running total told by three reports (the same lower figure of the same day) was
  three identical lines under "Where sources disagree": it is one, with every report's figure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.extract.statements import extract_statements
from briefing.topic import choose_topic
from tests.conftest import make_article

FIRST = choose_topic("us-forces-iraq-syria")


@pytest.mark.parametrize(("text", "expected"), [
    # the province named after two bases is the second's (the gazetteer puts the first in another)
    ("On Nov. 12, drones were launched at US forces at both Shaddadi and Mission Support Site Green "
     "Village, in Deir ez-Zor.", [("Al-Omar oil field", "Deir ez-Zor"), ("Al-Shaddadi",)]),
    ("On Sunday, rockets were fired at US forces at both Al-Asad and Harir air base, in Erbil province.",
     [("Al-Asad Airbase",), ("Harir air base", "Erbil")]),
    # a base's own province stays
    ("On Sunday, drones were launched at US forces at Shaddadi in Hasakah province.",
     [("Al-Shaddadi", "Hasakah")]),
])
def test_a_province_told_after_two_bases_is_only_the_one_the_gazetteer_puts_there(
        text: str, expected: list[tuple[str, ...]]) -> None:
    told = extract_article(make_article(f"WASHINGTON (Wire) -- {text}", dt.date(2023, 11, 14)), FIRST)
    assert sorted(e.places for e in told.events) == expected


def test_a_province_of_the_gazetteer_must_be_another_place_of_its_country() -> None:
    from briefing.topic import Place, _check_provinces, _Problems

    problems = _Problems("test")
    _check_provinces([Place("Camp Alpha", "Iraq", ("Camp Alpha",), province="Delta"),  # no place: a name
                      Place("Camp Beta", "Syria", ("Camp Beta",), province="Gamma"),  # another country's
                      Place("Gamma", "Iraq", ("Gamma",), province="Gamma")], problems)  # itself
    assert [p.split(":")[0] for p in problems.found] == ["place 'Camp Beta'", "place 'Gamma'"]


@pytest.mark.parametrize(("place", "province", "label"), [
    # a base drawn at its province's seat (no public point of its own): the label names the
    # province, never the base alone at a point that is not its own
    ("Tower 22", True, "Tower 22 (Mafraq province)"),
    ("Conoco gas field", True, "Conoco gas field (Deir ez-Zor province)"),
    # a province drawn at its own seat, and a place drawn at its own point: the name alone
    ("Anbar", True, "Anbar"),
    ("Al-Asad Airbase", False, "Al-Asad Airbase"),
])
def test_a_place_drawn_at_its_provinces_seat_is_labelled_with_the_province(
        place: str, province: bool, label: str) -> None:
    from briefing.eventmap import MapData, map_figure, spot

    drawn = spot(32.3, 36.2, place, "attack_on_us_forces", False, 1, province, FIRST.said)
    figure = map_figure(MapData((drawn,), ("Jordan",), FIRST.said.region))
    assert [t.get_text() for t in figure.axes[0].texts if t.get_gid() == "spot-label"] == [label]


@pytest.mark.parametrize(("text", "expected"), [
    # a group's record of claims, told as background: no claim of the report's day
    ("A drone struck Al-Asad air base on Sunday, officials said. The Islamic Resistance in Iraq, an "
     "umbrella of armed factions, has claimed responsibility for most of these attacks.", []),
    ("Rockets hit a base on Sunday. Iran-backed militias in Iraq have claimed responsibility for dozens "
     "of attacks on bases housing US troops since the war began.", []),
    ("Rockets hit a base on Sunday. The Islamic Resistance in Iraq, the group that has claimed all "
     "recent attacks against US troops, buried a fighter.", []),
    # the group's own claim in the same sentence stays; so does a claim of one act
    ("The Islamic Resistance in Iraq, which has claimed many of the recent attacks on US forces, said it "
     "launched a drone at Al-Asad air base on Sunday.", [("claim", "Islamic Resistance in Iraq")]),
    ("The Islamic Resistance in Iraq has claimed responsibility for the drone attack on Al-Asad air base "
     "on Sunday.", [("claim", "Islamic Resistance in Iraq")]),
])
def test_a_record_of_claims_told_as_background_is_no_claim_of_the_reports_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    found = extract_statements(make_article(f"BAGHDAD (Wire) -- {text}", dt.date(2024, 1, 29)), FIRST)
    assert [(s.kind, s.who) for s in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # said before the report, its day not given: no day (never the report's)
    ("President Biden had quickly warned that America would respond forcefully to any attack on its "
     "troops.", [("promise", None)]),
    ("The Pentagon said this week that Kataib Hezbollah was responsible for the drone attack on the base.",
     [("attribution", None)]),
    # a day of its own stays
    ("The Pentagon said on Saturday that Kataib Hezbollah was responsible for the drone attack on the "
     "base.", [("attribution", dt.date(2024, 2, 3))]),
])
def test_a_saying_told_as_made_before_the_report_without_its_day_has_none(
        text: str, expected: list[tuple[str, dt.date | None]]) -> None:
    found = extract_statements(make_article(f"WASHINGTON (Wire) -- {text}", dt.date(2024, 2, 4)), FIRST)
    assert [(s.kind, s.date) for s in found] == expected


def test_one_fall_told_by_several_reports_is_one_disagreement() -> None:
    from briefing.figures import disagreements_of
    from briefing.model import Evidence, Tally

    def hurt(value: int, day: int, article: str) -> Tally:
        return Tally(id=f"{article}:{value}", metric="injured", value=value, qualifier="exact",
                     since=dt.date(2023, 10, 17), as_of=dt.date(2023, 10, day), breakdown=None,
                     sources=(Evidence(article, 0, 1, "x"),), source_kind="official")

    reports = [hurt(24, 24, "a"), hurt(21, 27, "b"), hurt(21, 27, "c"), hurt(21, 27, "d")]
    found = [d for d in disagreements_of(reports, dt.date(2023, 10, 17)) if d.kind == "falling"]
    assert [[t.sources[0].article for t in d.tallies] for d in found] == [["a", "b", "c", "d"]]
    # two different falls stay two lines
    found = [d for d in disagreements_of([*reports, hurt(19, 29, "e")], dt.date(2023, 10, 17))
             if d.kind == "falling"]
    assert len(found) == 2
