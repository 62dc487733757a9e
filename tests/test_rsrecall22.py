"""Red Sea events missed on the development batches (issue 22, twenty-second session, red-sea batch r
first): forms in our own words (Norland, the Houthis, invented ships and agencies) that the
extraction lost or misdated, each pinned here."""

from __future__ import annotations

import datetime as dt

from briefing.extract.events import extract_events
from briefing.ingest import boilerplate
from briefing.topic import choose_topic
from tests.conftest import make_article

THURSDAY = dt.date(2024, 6, 27)  # a Thursday


def _rows(text: str, published: dt.date | None = THURSDAY) -> set[tuple[str, dt.date | None]]:
    article = make_article(text, published)
    return {(e.type, e.date) for e in extract_events(article, choose_topic("red-sea"))}


# ---- a ship's own report of its harm: the distress call's day is the hit's, not a statement's ----

def test_a_ship_that_reported_being_hit_on_a_weekday_was_hit_that_day() -> None:
    text = ("Tanker hit off the coast\n\n"
            "A tanker sailing through the Red Sea on Thursday reported being hit in an attack "
            "believed to have been carried out by the Houthis, a security firm said.\n")
    assert ("attack_on_shipping", THURSDAY) in _rows(text)


def test_an_agency_that_reported_an_attack_on_a_weekday_still_dates_only_its_report() -> None:
    # the agency's report, not the ship's: "on Thursday reported" stays the statement's day
    text = ("Tanker hit off the coast\n\n"
            "A maritime agency on Thursday reported that a tanker had been attacked by the Houthis "
            "in the Red Sea.\n")
    assert ("attack_on_shipping", THURSDAY) not in _rows(text)


# ---- a wire dateline crediting the agency it took the copy from ----

_BSS_LEDE = ("News Flash\n"
             "ARDMORE, June 27, 2024 (DW/AFP) - A merchant ship was hit by a missile off Yemen's "
             "coast on Thursday, a maritime security agency said.\n"
             "The Houthis did not claim the attack.\n")


def test_a_wire_dateline_crediting_its_agency_is_no_photo_credit() -> None:
    assert "A merchant ship was hit" in boilerplate(_BSS_LEDE)


def test_the_lede_under_a_credited_wire_dateline_is_read() -> None:
    assert ("attack_on_shipping", THURSDAY) in _rows(_BSS_LEDE)


def test_a_caption_closed_by_a_slash_credit_is_still_furniture() -> None:
    text = "Crowds march in Ardmore, June 2, 2024. (File/AFP)\n\nThe Houthis fired a missile.\n"
    assert "Crowds march" not in boilerplate(text)


# ---- a caption closed by its agency and its photographer: the photo's day dates nothing ----

_CAPTIONED = ("Crew leaves a drifting ship\n\n"
              "Marchers rally against the war in Ardmore, Norland, June 14, 2024. (DW/Jane Roe)\n\n"
              "The crew of a cargo ship hit by the Houthis in the Gulf of Aden has been evacuated, a "
              "maritime agency said.\n\n"
              "Marchers rally against the war in Ardmore, Norland, June 14, 2024. (DW/Jane Roe)\n\n"
              "The attack caused a fire in the engine room, the agency said.\n")


def test_a_caption_with_an_agency_and_photographer_is_furniture() -> None:
    clean = boilerplate(_CAPTIONED)
    assert "Marchers rally" not in clean and "crew of a cargo ship" in clean


def test_a_captions_day_dates_no_attack() -> None:
    rows = _rows(_CAPTIONED, None)
    assert all(date != dt.date(2024, 6, 14) for _, date in rows)


# ---- a well-known ship told as "named X" or "the strike on X": the ship's known day ----

def test_a_vessel_named_as_the_known_ship_takes_its_known_day() -> None:
    text = ("Crew leaves a drifting bulk carrier\n\n"
            "A bulk carrier named Tutor was hit by the Houthis off the coast of Yemen on Wednesday, "
            "and its crew was taken off by a passing warship.\n")
    assert ("attack_on_shipping", dt.date(2024, 6, 12)) in _rows(text, None)


def test_the_strike_on_the_known_ship_takes_its_known_day() -> None:
    text = ("Crew leaves a drifting bulk carrier\n\n"
            "A Houthi missile strike on Tutor on Wednesday left the ship adrift in the Red Sea, and "
            "its crew was taken off by a passing warship.\n")
    assert ("attack_on_shipping", dt.date(2024, 6, 12)) in _rows(text, None)


# ---- an intercept coordinated after a dated strike, its subject left out ----

_STRIKE_AND_DOWNING = ("US strikes a depot in Sanaa\n\n"
                       "On Saturday, US forces conducted airstrikes on a weapons depot run by the Houthis "
                       "in Sanaa, and shot down several Houthi drones and a cruise missile over the "
                       "Red Sea, the command said.\n")


def test_a_downing_coordinated_after_a_dated_strike_is_a_row_of_its_day() -> None:
    saturday = dt.date(2024, 6, 29)
    rows = _rows(_STRIKE_AND_DOWNING, dt.date(2024, 6, 30))
    assert ("us_strike", saturday) in rows and ("intercept", saturday) in rows


def test_a_coordinated_predicate_is_only_a_verb_with_its_subject_left_out() -> None:
    from briefing.extract.roles import coordinated_after

    text = "US forces struck a depot, and shot down drones; a frigate struck a boat, and the frigate shot"
    assert coordinated_after(text, text.index(", and shot"), text.index("shot down"))
    assert not coordinated_after(text, text.index(", and the frigate"), text.rindex("shot"))


# ---- a site destroyed in a "rebel-run" part of the land: a self-defence strike ----

def test_a_radar_site_destroyed_in_a_rebel_run_area_is_a_strike() -> None:
    text = ("US destroys a radar site\n\n"
            "On Thursday, US forces destroyed one Houthi radar site in a rebel-run part of Yemen, "
            "the command said on social media.\n")
    assert ("us_strike", THURSDAY) in _rows(text)
