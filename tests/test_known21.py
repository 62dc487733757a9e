"""Acts on pages with no publication date dated by the named event the page tells (twenty-first
session, issues 22 and 23), in sentences of our own in the forms Red Sea reports take (never an
article's words)."""

from __future__ import annotations

import datetime as dt

from briefing.extract.events import extract_events
from briefing.topic import choose_topic
from tests.conftest import make_article

STAR_IRIS = dt.date(2024, 2, 12)  # a Monday, in the Red Sea
ISLANDER = dt.date(2024, 2, 22)  # a Thursday, in the Gulf of Aden


def _events(text: str, published: dt.date | None = None) -> list[tuple[str, str | None, dt.date | None]]:
    article = make_article(text, published) if published else make_article(text)
    return sorted((e.type, e.country, e.date) for e in extract_events(article, choose_topic("red-sea")))


def test_an_acts_bare_weekday_that_agrees_with_the_named_ships_day_takes_its_day() -> None:
    # an undated page: "on Monday" cannot be read, but the one ship it names was hit on a Monday
    text = ("A bulk carrier was struck by a missile in the Red Sea on Monday, a maritime agency said. "
            "Shipping sources identified the vessel as the Star Iris, a Greek-owned bulker.")
    assert _events(text) == [("attack_on_shipping", "Red Sea", STAR_IRIS)]


def test_an_acts_bare_weekday_that_disagrees_with_the_named_ships_day_leaves_it_undated() -> None:
    text = ("A bulk carrier was struck by a missile in the Red Sea on Thursday, a maritime agency said. "
            "Shipping sources identified the vessel as the Star Iris, a Greek-owned bulker.")
    assert [e for e in _events(text) if e[2] is not None] == []


def test_the_weekday_picks_the_one_of_two_named_ships_of_that_day() -> None:
    # both ships are named apart from the act; only one was hit on the weekday the act is told on
    text = ("A bulk carrier was struck by a missile on Monday, a maritime agency said. "
            "Shipping sources identified the vessel as the Star Iris. "
            "The Islander, a cargo ship, is sailing on to its port.")
    assert _events(text) == [("attack_on_shipping", "Red Sea", STAR_IRIS)]


def test_the_acts_sea_picks_the_one_of_two_named_ships_placed_there() -> None:
    # the act is told in the Red Sea; the other ship the page names was hit in the Gulf of Aden
    text = ("A bulk carrier was struck by a missile in the Red Sea, a maritime agency said. "
            "Shipping sources identified the vessel as the Star Iris. "
            "The Islander, a cargo ship, is sailing on to its port.")
    assert _events(text) == [("attack_on_shipping", "Red Sea", STAR_IRIS)]


def test_a_dated_pages_weekday_is_read_as_before_not_by_the_named_ship() -> None:
    # the page's own day reads "on Monday"; the ship's known day is not asked
    text = ("A bulk carrier was struck by a missile in the Red Sea on Monday, a maritime agency said. "
            "Shipping sources identified the vessel as the Star Iris, a Greek-owned bulker.")
    monday = dt.date(2024, 3, 4)
    assert _events(text, published=dt.date(2024, 3, 6)) == [("attack_on_shipping", "Red Sea", monday)]


def test_an_acts_weekday_picks_a_named_ship_beside_another_ship_the_page_dates() -> None:
    # the page dates one attack by its ship's name; the act told on a Monday is another ship's,
    # the one named apart whose attack was on a Monday
    text = ("The Zografia was hit by a missile in the Red Sea, its owner said. "
            "A bulk carrier was struck by a missile in the Red Sea on Monday, a maritime agency said. "
            "Shipping sources identified that vessel as the Star Iris, a Greek-owned bulker.")
    assert _events(text) == [("attack_on_shipping", "Red Sea", dt.date(2024, 1, 16)),
                             ("attack_on_shipping", "Red Sea", STAR_IRIS)]


def test_the_nujaba_commanders_name_as_reports_spell_it_names_his_strike() -> None:
    # the first story's named strike of 4 Jan 2024: "Taleb" as some reports spell "Talib"
    text = "An American drone hit a car in Baghdad, killing the militia commander Mushtaq Taleb al-Saidi."
    article = make_article(text)
    found = [(e.type, e.date) for e in extract_events(article, choose_topic("us-forces-iraq-syria"))]
    assert found == [("us_strike", dt.date(2024, 1, 4))]
