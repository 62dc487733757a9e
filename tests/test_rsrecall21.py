"""Red Sea events missed on the development batches (issue 22, twenty-first session): forms in our
own words (Norland, the Raiders, invented ships) that the extraction lost, each pinned here."""

from __future__ import annotations

import datetime as dt
import re

from briefing.extract.events import extract_events
from briefing.ingest import boilerplate
from briefing.topic import choose_topic
from tests.conftest import make_article

# ---- a site's box inside the story: a headline or two under "Read more:", then the story goes on ----

_LEDE = ("Raiders hit a bulk carrier off the coast\n\n"
         "A bulk carrier was hit by a missile in the southern Red Sea early on Tuesday, a maritime "
         "security agency said, and its crew put out a small fire on deck.\n\n"
         "The agency said the vessel was sailing north and was able to continue to its next port "
         "of call after the crew checked the damage.\n\n"
         "The Raiders said the ship was targeted because its owners trade with their enemies, "
         "and promised more attacks in the coming days.\n\n")
_BOX = "Read more:\nAnalysts doubt the raids will stop the Raiders\nHarvest falls short in Ostland\n\n"
_AFTER = ("On Monday, the British defence minister told parliament his country would act again if "
          "shipping was attacked.\n\n"
          "He spoke to lawmakers after Britain and the United States took part in joint airstrikes "
          "against Raider sites on Saturday.\n\n"
          "The minister said the strikes hit radar and missile stores and that the sites had been "
          "chosen after careful study.\n")


def test_the_story_goes_on_under_a_read_more_box_of_headlines() -> None:
    clean = boilerplate(_LEDE + _BOX + _AFTER)
    assert "joint airstrikes" in clean and "careful study" in clean
    assert "Read more" not in clean and "Analysts doubt" not in clean and "Harvest" not in clean


def test_teasers_with_their_summaries_under_a_box_still_end_the_story() -> None:
    teasers = ("Read more:\nAnalysts doubt the raids will stop the Raiders\n"
               "Experts said on Friday that a week of strikes had not slowed the launches from the "
               "coast, and that more ships would be hit.\n"
               "Harvest falls short in Ostland\n"
               "Farmers in the east said the rains came late this year and that prices would rise "
               "before the winter.\n")
    clean = boilerplate(_LEDE + teasers)
    assert "Experts said" not in clean and "Farmers" not in clean and "bulk carrier" in clean


def test_a_joint_strike_told_under_the_box_is_a_row_of_its_day() -> None:
    article = make_article(_LEDE + _BOX + _AFTER, dt.date(2024, 3, 13))  # a Wednesday
    found = {(e.type, e.date) for e in extract_events(article, choose_topic("red-sea"))}
    assert ("us_uk_strike", dt.date(2024, 3, 9)) in found


# ---- a number's word ends where its word ends: the story's prose under a box exposed "to tensions" ----

def test_a_number_word_is_never_the_start_of_a_longer_word() -> None:
    from briefing.extract.numbers import NUMBER

    number = re.compile(NUMBER, re.I)
    assert number.match("tensions") is None and number.match("fourteeners") is None
    for word in ("ten", "forty-one", "Seventeen"):
        found = number.match(word)
        assert found is not None and found["num"] == word


def test_attacks_blamed_on_tensions_are_no_total() -> None:
    from briefing.extract.tallies import extract_tallies

    text = ("Coalition troops at U.S. bases have faced rocket and drone attacks in recent months, "
            "largely attributed to tensions over the war in the north.")
    assert extract_tallies(make_article(text, dt.date(2024, 9, 12))) == []
