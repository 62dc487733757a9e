"""A second week of Red Sea reporting as the owners will check it (held out, ``topic = "red-sea"``),
other forms than tests/test_red_sea_week.py's: its rows, kinds, days and running figures, and pages
that say nothing of the first story.

The week (tests/fixtures/red_sea_week_march, 1-7 March 2024) is written in our own words in the
forms outlets print, with invented ships and real places: the US command's releases (a clock time
with a span, a self-defence strike, a ship whose crew were killed, the 48th attack), a maritime
agency's notice with a position, a joint information centre's advisory in UTC, the spokesman's
claims in a news agency's copy with a US denial, a live blog whose entries carry GMT times (one of
them on Syria), a wire story and an Indian site's syndicated copy, a trade paper's report of a ship
hit in February and sunk on 2 March, the EU mission's statement, a Gulf outlet's page with no front
matter, a timeline with the running figures, and a report from the first story that must give
nothing.

The minimal cases below are the faults the week showed, each in a sentence of ours; those marked
``xfail`` were found and left (the reason says why), kept strict so a fix is noticed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from briefing.extract import extract_article
from briefing.topic import choose_topic
from tests.conftest import make_article
from tests.weeks import build_with_pages, cited_articles

WEEK = Path(__file__).parent / "fixtures" / "red_sea_week_march"
THURSDAY = dt.date(2024, 3, 7)  # the cases' "Monday" is 4 March 2024, "Wednesday" 6 March
D = dt.date


def _found(text: str, published: dt.date = THURSDAY) -> list[tuple[str, str | None, dt.date | None]]:
    found = extract_article(make_article(text, published), choose_topic("red-sea")).events
    return sorted((e.type, e.country, e.date) for e in found)


def _harmed(text: str) -> set[tuple[str, int]]:
    found = extract_article(make_article(text, THURSDAY), choose_topic("red-sea")).events
    return {(c.kind, c.value) for e in found for c in e.details.casualties}


# ---- faults found and left -----------------------------------------------------------------

# the people a figure counts include the story's own (its profile's people_nouns: "crew"), and
# "fatalities" are dead: the week's deadly attack read ">=4 injured" and not its three dead
@pytest.mark.parametrize("told", [
    "killing three of its crew",
    "and three crew were killed",
    "and the crew reported three fatalities",
])
def test_crew_killed_told_in_other_words_are_the_attacks_dead(told: str) -> None:
    text = f"A Houthi missile struck the bulk carrier Tessaly Dawn in the Gulf of Aden on Wednesday, {told}."
    assert ("killed", 3) in _harmed(text)


def test_crew_members_killed_are_read() -> None:
    # the form that is read today (kept: the xfail above is about the other forms)
    text = ("A Houthi missile struck the bulk carrier Tessaly Dawn in the Gulf of Aden on Wednesday, "
            "killing three crew members.")
    assert ("killed", 3) in _harmed(text)


# a drone boat's name ends in a ship's noun ('uncrewed surface vessel'): no ship hit (redsea14)
def test_a_strike_on_missiles_and_a_drone_boat_is_a_strike() -> None:
    text = ("On Tuesday, U.S. forces conducted a strike against three Houthi anti-ship cruise missiles and "
            "one uncrewed surface vessel.")
    assert _found(text) == [("us_strike", None, D(2024, 3, 5))]


def test_a_strike_on_missiles_alone_is_a_strike() -> None:
    text = "On Tuesday, U.S. forces conducted a strike against three Houthi anti-ship cruise missiles."
    assert _found(text) == [("us_strike", None, D(2024, 3, 5))]


# a voice of the attacking side saying the act is a claim (rule voice_said), whichever verb it
# says it with: 'added (in the statement) that' was read as the act told, and the page showed an
# attack on a US Navy ship that a US official denied
@pytest.mark.parametrize("said", ["added in the statement that", "announced on Monday that"])
def test_the_spokesmans_added_or_announced_is_a_claim(said: str) -> None:
    text = (f"Saree {said} the naval forces also targeted an American destroyer in the Red Sea with "
            "several drones on Monday evening.")
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "Yahya Sarea wrote on X that the group's forces struck the tanker Pale Orchid off Mokha on Tuesday.",
    "Sarea told the group's television that its fighters had hit a British tanker near Aden on Tuesday.",
])
def test_the_spokesman_writing_or_telling_the_act_is_a_claim(text: str) -> None:
    assert _found(text) == []


# (was xfail: the zero was joined to the Red Sea attack and to the US/UK strike; since the sixteenth
# session's redsea17 "the drone was shot down" is read as the sentence's own act, which is another
# story's and is dropped, and the zero goes with it)
def test_a_zero_told_of_another_storys_act_is_not_this_storys() -> None:
    text = ("The Houthis hit the container ship Lindqvist Star in the Gulf of Aden on Monday. "
            "Separately, the Islamic Resistance in Iraq said its fighters launched a drone at US forces at a "
            "base in eastern Syria on Monday. A US official said the drone was shot down and no one was "
            "hurt.")
    assert _harmed(text) == set()


@pytest.mark.xfail(strict=True, reason=(
    "left: an intercept told in the sentence after the launch's ('The destroyer shot down all six "
    "drones.') takes no day from the launch's sentence before it, in a release published the "
    "next day: the intercept is listed as undated"))
def test_the_intercept_told_after_the_launch_takes_its_day() -> None:
    text = ("Between 9:30 and 11:00 p.m. (Sanaa time) on March 1, Houthi militants launched six drones "
            "toward the Red Sea. Two of the drones were aimed at the destroyer USS Kingsford. "
            "The guided-missile destroyer USS Kingsford shot down all six drones.")
    assert ("intercept", "Red Sea", D(2024, 3, 1)) in _found(text, D(2024, 3, 2))


# ---- the week, built -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    return build_with_pages(WEEK, tmp_path_factory.mktemp("red_sea_week_march"), "--topic", "red-sea")


def _rows(data: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(e["type"], e["date"], e["country"]) for e in data["events"]}


def test_the_weeks_rows(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    assert {
        ("attack_on_shipping", "2024-02-18", "Bab el-Mandeb"),  # the timeline's entry: context
        ("us_uk_strike", "2024-01-12", "Yemen"),  # the first US/UK strikes, a known event
        ("attack_on_shipping", "2024-03-04", "Gulf of Aden"),  # the container ship off Aden
        ("us_uk_strike", "2024-03-04", "Yemen"),  # the live blog's joint round
        ("attack_on_shipping", "2024-03-06", "Gulf of Aden"),  # three crew killed
        ("intercept", "2024-03-07", "Gulf of Aden"),  # the Gulf outlet's destroyer
    } <= _rows(data)
    # the ship that sank on 2 March is no attack that day; the EU frigate's act is not the US's
    assert not [e for e in data["events"] if e["date"] in ("2024-03-02", "2024-03-03")]
    assert "10-aspides-statement" not in {s["article"] for e in data["events"] for s in e["sources"]}


def test_no_row_of_a_denied_claim(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    assert ("attack_on_us_navy", "2024-03-04", "Red Sea") not in _rows(data)


def test_the_self_defence_strike_is_a_row(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    assert ("us_strike", "2024-03-05", "Yemen") in _rows(data)


def test_the_deadly_attacks_row_names_its_dead(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    (deadly,) = [e for e in data["events"] if e["date"] == "2024-03-06"]
    assert ("killed", 3) in {(c["kind"], c["value"]) for c in deadly["details"]["casualties"]}


def test_the_other_story_gives_nothing(week: tuple[dict[str, Any], str]) -> None:
    data, text = week
    cited = cited_articles(data)
    assert "13-other-story" not in cited
    assert not [t for t in data["tallies"] if t["value"] == 170]
    for word in ("Iraq", "Syria", "US forces", "U.S. forces", "American troops", "Jordan", "Tower 22",
                 "Kataib", "Al-Tanf"):
        assert word not in text, word


def test_the_weeks_running_figures(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    figures = {(t["metric"], t["value"], t["qualifier"], t["as_of"]) for t in data["tallies"]}
    assert {("attacks", 47, "exact", "2024-03-05"), ("attacks", 48, "exact", "2024-03-06"),
            ("attacks", 45, "more than", "2024-03-06"), ("attacks", 48, "exact", "2024-03-07"),
            ("killed", 3, "exact", "2024-03-07"), ("targets_lost", 1, "exact", "2024-03-07")} == figures
    # "nine of them in the Gulf of Aden since the start of February", "the fifth anti-ship ballistic
    # missile ... in the last two days": parts, never totals
    assert not [t for t in data["tallies"] if t["value"] in (9, 5)]
    assert {t["since"] for t in data["tallies"]} == {"2023-11-19"}


def test_the_copies_and_the_page_without_front_matter(week: tuple[dict[str, Any], str]) -> None:
    data, _ = week
    articles = {a["id"]: a for a in data["articles"]}
    assert {i: a["duplicate_of"] for i, a in articles.items() if a["duplicate_of"]} == {
        "09-syndicated-copy": "08-wire-deaths"}
    page = articles["11-gulf-outlet"]
    assert (page["published"], page["published_basis"]) == ("2024-03-07", "dateline")
    # the release filed on a US evening ("20:10-05:00") keeps its US day
    assert articles["06-centcom-self-defense"]["published"] == "2024-03-05"


def test_what_a_reader_sees(week: tuple[dict[str, Any], str]) -> None:
    _, text = week
    for needle in ("Reported Houthi attacks on shipping in the period", "48 as of 7 Mar",
                   "Seafarers killed since 19 Nov 2023: 3", "Ships sunk since 19 Nov 2023: 1",
                   "off Aden in the Gulf of Aden", "south of Mokha"):
        assert needle in text, needle


def test_a_copys_figure_is_not_the_tables_latest(week: tuple[dict[str, Any], str]) -> None:
    # a syndicated copy (counted once, cited beside its original) gives the dead and injured table
    # no figure of its own day: the table's latest is the wire's and the release's, as of 6 Mar
    _, text = week
    assert "Gulf of Aden 6 Mar (reported 7 Mar)" not in text
    assert re.search(r"civilians killed 3 3, Gulf of Aden 6 Mar \(reported 6 Mar\) \[\d+\]", text)
