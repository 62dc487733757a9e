"""A desk's real weeks of the twenty-second session (branch review22), in sentences we wrote. Each
test fails on the code before its rule (main 89f81e3):

- an undated blog that cites its sources by day in brackets ("(Desk Wire, June 14, 2024)") dated the
  attack it retold by the day of the report it cited (rules cited_report_by, cited_report_close);
- a lede whose statement tells news about a ship an attack once befell ("the crew of a carrier
  damaged in an attack has been evacuated, the UKMTO said on Friday") lent Friday to the headline's
  attack (rule news_of_what_befell);
- "no U.S. Navy ship had been attacked" was no denial: its initials broke rule denial;
- an undated act on another named ship joined the dated act of the article's named ship, by kind
  (events._home) or by "also" (events._also_that_day);
- a row named a port twice ("off Hodeidah, Hodeidah").
"""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract_article
from briefing.model import Event
from tests.conftest import make_article

CITED = ("Cargo ship set ablaze off Yemen\n\n"
         "The bulk carrier Blue Heron was struck twice by cruise missiles in the Gulf of Aden "
         "(Desk Wire, June 14, 2024; Other Post, June 14, 2024). The crew fought the fire for hours. "
         "Maritime agencies advised vessels to keep clear of the area.")


def _sea(text: str, published: dt.date | None = None) -> list[Event]:
    from briefing.topic import choose_topic

    told = extract_article(make_article(text, published), choose_topic("red-sea"))
    return [e for e in (*told.events, *told.undated) if e.type == "attack_on_shipping"]


def test_a_cited_reports_day_does_not_date_the_attack() -> None:
    attacks = _sea(CITED)
    assert attacks
    assert all(e.date is None for e in attacks)


def test_a_cited_reports_day_does_not_date_it_in_a_dated_page_either() -> None:
    attacks = _sea(CITED, dt.date(2024, 6, 20))
    assert dt.date(2024, 6, 14) not in {e.date for e in attacks}


def test_a_weekday_in_brackets_is_the_acts_own_day() -> None:
    attacks = _sea("The bulk carrier Blue Heron was struck by a missile in the Gulf of Aden "
                   "(Thursday, June 13, 2024), the navy said.", dt.date(2024, 6, 15))
    assert {e.date for e in attacks} == {dt.date(2024, 6, 13)}


def test_a_day_in_brackets_without_a_source_is_the_acts_own_day() -> None:
    attacks = _sea("The bulk carrier Blue Heron was struck by a missile in the Gulf of Aden "
                   "(June 13, 2024), the navy said.", dt.date(2024, 6, 15))
    assert {e.date for e in attacks} == {dt.date(2024, 6, 13)}


# ---- an act told as what once befell the thing the news is about ------------------------------------

ADRIFT = ("Freighter adrift after being targeted by rebels off Yemen\n\n"
          "The crew of a bulk carrier damaged in an attack by Houthi militants has been evacuated, and the "
          "abandoned ship is drifting in the Red Sea, the UKMTO said on Friday. One sailor remains missing, "
          "officials said. Salvage firms were weighing whether the ship could be towed.")


def test_the_day_of_news_about_a_ship_once_attacked_does_not_date_the_attack() -> None:
    attacks = _sea(ADRIFT, dt.date(2024, 6, 14))
    assert attacks
    assert dt.date(2024, 6, 14) not in {e.date for e in attacks}


def test_a_ship_told_as_damaged_in_the_statement_is_dated_by_its_advisory() -> None:
    attacks = _sea("A bulk carrier was damaged in an attack by Houthi militants in the Red Sea, the UKMTO "
                   "said on Friday. The crew were safe, the agency said.", dt.date(2024, 6, 14))
    assert {e.date for e in attacks} == {dt.date(2024, 6, 14)}



# ---- a denial whose subject of none is written with initials ("no U.S. ship") ---------------------------


def test_a_denial_that_no_initialled_navy_ship_was_attacked_is_no_attack() -> None:
    from briefing.topic import choose_topic

    text = ("Houthi spokesman Yahya Saree said on Tuesday that the group had fired naval missiles at the "
            "destroyer USS Fenwick in the Red Sea. U.S. Central Command said on Wednesday that no U.S. Navy "
            "ship had been attacked and that the claim was false.")
    told = extract_article(make_article(text, dt.date(2024, 2, 14)), choose_topic("red-sea"))
    assert [e for e in (*told.events, *told.undated) if e.type == "attack_on_us_navy"] == []


# ---- an undated act on another named ship is not the dated act's --------------------------------------

TWO_SHIPS = ("A drone boat struck the M/V Sea Lark in the Red Sea on Wednesday, flooding its engine room, "
             "the navy said. Later, the M/V Blue Heron was struck by a missile launched from Yemen, the navy "
             "said. Shipping firms weighed new routes.")


def test_an_undated_attack_on_another_named_ship_keeps_apart() -> None:
    from briefing.topic import choose_topic

    told = extract_article(make_article(TWO_SHIPS, dt.date(2024, 6, 14)), choose_topic("red-sea"))
    dated = [e for e in told.events if e.type == "attack_on_shipping"]
    assert len(dated) == 1
    assert all("Blue Heron" not in s.quote for s in dated[0].sources)


def test_an_undated_attack_on_the_same_named_ship_joins_its_day() -> None:
    from briefing.topic import choose_topic

    text = TWO_SHIPS.replace("M/V Blue Heron was struck", "M/V Sea Lark was struck")
    told = extract_article(make_article(text, dt.date(2024, 6, 14)), choose_topic("red-sea"))
    dated = [e for e in told.events if e.type == "attack_on_shipping"]
    assert len(dated) == 1
    assert any("missile" in s.quote for s in dated[0].sources)


def test_a_ship_also_struck_after_a_known_ships_attack_does_not_take_its_known_day() -> None:
    from briefing.topic import choose_topic

    text = ("Recent incidents include the targeting of the M/V Tutor by a Houthi drone boat in the Red Sea. "
            "Another bulk carrier, the M/V Blue Heron, was also struck in two missile attacks, injuring a "
            "sailor. Insurers raised their rates again.")
    told = extract_article(make_article(text, dt.date(2024, 6, 20)), choose_topic("red-sea"))
    tutor = [e for e in told.events if e.date == dt.date(2024, 6, 12)]
    assert tutor
    assert all("Blue Heron" not in s.quote for e in tutor for s in e.sources)


# ---- a row names a port once, with its preposition ----------------------------------------------------

def test_a_row_names_a_port_told_with_off_once() -> None:
    from briefing.model import Event
    from briefing.rows import row_text
    from briefing.topic import choose_topic

    event = Event(id="2024-06-12:attack_on_shipping:red sea", type="attack_on_shipping",
                  date=dt.date(2024, 6, 12), date_precision="day", country="Red Sea",
                  places=("Red Sea", "off Hodeidah", "Hodeidah"), actors=(), weapons=(), summary="",
                  sources=())
    text = row_text(event, choose_topic("red-sea").said)
    assert "off Hodeidah in the Red Sea" in text
    assert "Hodeidah, Hodeidah" not in text and "off Hodeidah, Hodeidah" not in text
