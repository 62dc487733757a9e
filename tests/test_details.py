"""Event details read from the text (extract/details.py), in sentences we wrote in the forms
reports use: each field from its words, with its evidence, and nothing inferred."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.extract.details import merge_details
from briefing.model import Details, Event
from briefing.rows import row_text
from tests.conftest import make_article

MON = dt.date(2024, 1, 29)


def events_of(text: str, published: dt.date = MON, article_id: str = "a1") -> list[Event]:
    return list(extract_article(make_article(text, published, article_id=article_id)).events)


def one(text: str, published: dt.date = MON, article_id: str = "a1") -> Event:
    found = events_of(text, published, article_id)
    assert len(found) == 1, [(e.type, e.date, e.country) for e in found]
    return found[0]


def figures(details: Details) -> list[tuple[str, str, int, str]]:
    return [(c.side, c.kind, c.value, c.qualifier) for c in details.casualties]


# --- casualties ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("A drone struck a US base in Jordan on Sunday, killing three US soldiers and injuring 25 others.",
     [("us", "killed", 3, "exact"), ("us", "injured", 25, "exact")]),
    ("Rockets hit Al-Asad Airbase in Iraq on Sunday. At least 34 service members were injured.",
     [("us", "injured", 34, "at least")]),
    ("Militants fired a missile at US troops in Syria on Sunday; more than 40 troops were wounded.",
     [("us", "injured", 40, "more than")]),
    # an on-the-spot strike's dead are the attackers, and "others" are of the same side
    ("A US gunship fired on the militants launching the rockets in Iraq on Sunday, killing one "
     "fighter and wounding three others.",
     [("militants", "killed", 1, "exact"), ("militants", "injured", 3, "exact")]),
])
def test_an_events_own_dead_and_injured_with_their_side(text: str,
                                                         expected: list[tuple[str, str, int, str]]) -> None:
    assert figures(one(text).details) == expected


def test_a_running_total_is_not_an_events_casualty() -> None:
    text = ("A drone hit Al-Asad Airbase in Iraq on Sunday, injuring two US troops. US forces have been "
            "attacked more than 160 times since October, and about 70 troops have been injured in the "
            "attacks.")
    assert figures(one(text).details) == [("us", "injured", 2, "exact")]


def test_a_day_of_the_month_is_not_a_casualty() -> None:
    text = "On Jan. 28 killed three soldiers in a drone attack on a US base in Jordan, officials said."
    assert ("us", "injured", 28, "exact") not in figures(one(text).details)


def test_competing_figures_are_all_kept_each_with_its_day_and_source() -> None:
    first = one("A drone hit Tower 22 in Jordan on Sunday, killing three US troops and injuring 25.",
                dt.date(2024, 1, 28), "early")
    second = one("The drone attack on Tower 22 in Jordan on Jan. 28 injured 34 US service members.",
                 dt.date(2024, 1, 29), "later")
    third = one("The Jan. 28 drone attack on Tower 22 in Jordan wounded more than 40 US troops.",
                dt.date(2024, 1, 30), "latest")
    merged = merge_details([first.details, second.details, third.details])
    injured = [(c.value, c.qualifier, c.as_of, c.source.article) for c in merged.casualties
               if c.kind == "injured"]
    assert injured == [(25, "exact", dt.date(2024, 1, 28), "early"),
                       (34, "exact", dt.date(2024, 1, 29), "later"),
                       (40, "more than", dt.date(2024, 1, 30), "latest")]
    assert all(c.source.quote in ("A drone hit Tower 22 in Jordan on Sunday, killing three US troops and "
                                  "injuring 25.", second.sources[0].quote, third.sources[0].quote)
               for c in merged.casualties)


# --- claim versus attribution -------------------------------------------------------------

def test_a_claim_is_a_claim_and_never_an_attribution() -> None:
    event = one("Drones attacked US forces at Al-Asad Airbase in Iraq on Sunday. The Islamic Resistance "
                "in Iraq claimed responsibility for the attack.")
    assert [n.name for n in event.details.claimed_by] == ["Islamic Resistance in Iraq"]
    assert event.details.attributed_to == ()


def test_an_attribution_is_an_attribution_and_never_a_claim() -> None:
    event = one("A drone attack killed three US troops in Jordan on Sunday. President Biden blamed "
                "Kataib Hezbollah for the attack.")
    assert [n.name for n in event.details.attributed_to] == ["Kataib Hezbollah"]
    assert event.details.claimed_by == ()


def test_claim_and_attribution_kept_apart_in_one_report() -> None:
    event = one("A drone hit US troops at Tower 22 in Jordan on Sunday. US officials said Kataib Hezbollah "
                "was behind the attack, which the Islamic Resistance in Iraq claimed.")
    assert [n.name for n in event.details.attributed_to] == ["Kataib Hezbollah"]
    assert [n.name for n in event.details.claimed_by] == ["Islamic Resistance in Iraq"]


def test_no_claim_is_not_a_claim() -> None:
    event = one("Rockets were fired at US forces at Al-Asad Airbase in Iraq on Sunday. No group has claimed "
                "the attack by the Islamic Resistance in Iraq yet.")
    assert event.details.claimed_by == ()


# --- site, weapons, counts, targets -------------------------------------------------------

def test_the_site_is_the_installation_apart_from_the_town() -> None:
    event = one("A one-way attack drone struck Erbil Air Base in Erbil, Iraq, on Sunday, US officials said.")
    assert event.details.site is not None and event.details.site.name == "Erbil air base"
    assert event.details.site.source.quote.startswith("A one-way attack drone struck")
    assert event.details.coordinates is not None
    at = event.details.coordinates
    assert (at.place, at.precision) == ("Erbil air base", "site")
    assert [(w.name, w.written) for w in event.details.weapons] == [("drone", "one-way attack drone")]


def test_a_strikes_aircraft_and_counts_not_the_attacks_weapons() -> None:
    event = one("US B-1 bombers struck 85 targets at seven facilities in Iraq on Friday with more than 125 "
                "munitions, in response to the drone attack.", dt.date(2024, 2, 3))
    assert event.type == "us_strike"
    assert [(w.name, w.written) for w in event.details.weapons] == [("B-1", "B-1 bombers")]
    assert {(c.what, c.value, c.qualifier) for c in event.details.counts} == {
        ("targets", 85, "exact"), ("facilities", 7, "exact"), ("munitions", 125, "more than")}


def test_a_strikes_target_is_the_named_commander() -> None:
    event = one("The US military struck a Harakat al-Nujaba headquarters in Baghdad on Thursday, killing the "
                "group's commander Mushtaq Jawad Kazim al-Jawari, officials said.", dt.date(2024, 1, 5))
    assert "Mushtaq Jawad Kazim al-Jawari" in [t.name for t in event.details.targets]


def test_an_event_known_only_to_its_country_has_no_coordinates() -> None:
    event = one("Rockets were fired at US forces in Syria on Sunday, the Pentagon said.")
    assert event.details.coordinates is None


# --- the row: built from the record ---------------------------------------------------------

def test_the_row_tells_what_happened_from_the_record() -> None:
    first = one("A one-way attack drone hit Tower 22 in Jordan on Sunday, killing three US soldiers and "
                "injuring 25. The Islamic Resistance in Iraq claimed the attack.", dt.date(2024, 1, 28), "a")
    later = one("The drone attack on Tower 22 in Jordan on Jan. 28 wounded more than 40 US troops. President "
                "Biden blamed Kataib Hezbollah.", dt.date(2024, 1, 30), "b")
    from dataclasses import replace

    event = replace(first, details=merge_details([first.details, later.details]))
    assert row_text(event) == ("One-way attack drone attack on US forces at Tower 22, Jordan: 3 US killed, "
                               "40+ US injured (25 → 40+); US attributes to Kataib Hezbollah; "
                               "Islamic Resistance in Iraq claimed")
