"""Names of the second story read as what they are (the twenty-second session, branch precision22,
issue 23): the sea areas inside the maritime information centre's name place nothing, and the Tutor
named bare after what struck it is the known attack. Sentences are our own, never an article's; each
test fails on the code before its rule."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract_article
from briefing.model import Event
from tests.conftest import make_article


def _red_sea(text: str, published: dt.date | None = None) -> list[Event]:
    from briefing.topic import choose_topic

    return list(extract_article(make_article(text, published), choose_topic("red-sea")).events)


# ---- a sea area inside an agency's name --------------------------------------------------------------

def test_the_sea_areas_in_the_information_centres_name_place_nothing() -> None:
    text = ("The Red Sea and Gulf of Aden Joint Maritime Information Center confirmed on Monday that the "
            "bulk carrier Grey Plover, attacked by Yemen's Houthis on March 5, had been towed clear.")
    places = [e.places for e in _red_sea(text, dt.date(2024, 3, 11)) if e.type == "attack_on_shipping"]
    assert places and all("Red Sea" not in p and "Gulf of Aden" not in p for p in places)


# ---- the Tutor named bare after what struck it -------------------------------------------------------

def test_the_tutor_named_after_the_strike_on_it_is_the_known_attack() -> None:
    text = ("The strike on Tutor left the coal carrier drifting, its crew said, and one seafarer is missing. "
            "The Houthis attacked the ship near Hodeidah on Wednesday.")
    dated = {e.date for e in _red_sea(text) if e.type == "attack_on_shipping"}
    assert dt.date(2024, 6, 12) in dated
