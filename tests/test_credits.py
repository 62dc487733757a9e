"""Outlet and title from the text of a clipping without front matter (lines of our own); the outlet
from the address alone is in test_rules.py."""

from __future__ import annotations

import pytest

from briefing.credits import guess_outlet, guess_title


@pytest.mark.parametrize(("text", "url", "outlet"), [
    ("Headline here\n\nBAGHDAD (Reuters) – Rockets hit a base.", None, "Reuters"),
    ("Headline\n\nWASHINGTON (AP) — Officials said.", "https://news.example/story",
     "Associated Press (via news.example)"),
    ("Headline\n\nDamascus, Nov 20 (IANS ) Strikes hit sites.", None, "IANS"),
    ("Headline\n\nBy Jane Roe, Associated Press\n\nStrikes hit sites.", None, "Associated Press"),
    ("Headline\n\nReuters\n\nStrikes hit sites.", None, "Reuters"),
    ("Strikes hit sites in Syria on Monday.\n\nMore follows. — AFP", None, "AFP"),
    ("Strikes hit sites.\n\n(Reporting by Jane Roe; Editing by John Doe)", None, "Reuters"),
    ("Strikes hit sites.\n\ncourtesy : Desk Daily", None, "Desk Daily"),
    ("Gulf Desk / On Friday, a drone hit the base.", None, "Gulf Desk"),
    ("Strikes hit sites in Syria on Monday, officials said.", None, None),
])
def test_outlet_from_credits_in_the_text(text: str, url: str | None, outlet: str | None) -> None:
    assert guess_outlet(text, url) == outlet


@pytest.mark.parametrize(("text", "title"), [
    ("US jets hit militia sites in Iraq\n\nWASHINGTON (AP) — Officials said.",
     "US jets hit militia sites in Iraq"),
    ("Advertisement\n\nA+ A-\n\nDrones target base in Syria\n\nBody text.", "Drones target base in Syria"),
    (" date 2024-01-05 Headline words here\n\nBody.", "Headline words here"),
    ("Sign up for our newsletter!\n\nDrones target base in Syria\n\nBody.", "Drones target base in Syria"),
    ("January 21, 2024\n\nDrones target base in Syria\n\nBody.", "Drones target base in Syria"),
    ("The U.S. military launched strikes on Friday, officials said, after weeks of attacks on bases "
     "in Iraq and Syria that have injured dozens of troops and raised fears of a wider war in the region.",
     None),
])
def test_title_is_the_headline_at_the_top(text: str, title: str | None) -> None:
    assert guess_title(text) == title


@pytest.mark.parametrize(("text", "outlet"), [
    ("Drones hit base\n\nBy Jane Roe / Desk Daily / Feb. 2, 2024\n\nDrones hit a base.", "Desk Daily"),
    ("Drones hit base\n\nBy Jane Roe / AP\n\nDrones hit a base.", "Associated Press"),
    ("Desk Daily | Updated: Feb 2, 2024, 10:00 AM\n\nDrones hit a base.", "Desk Daily"),
    ("Drones hit base\n\nPosted on February 2, 2024 by Desk Daily staff\n\nDrones hit a base.", "Desk Daily"),
    # a byline glued to the name, and the outlet in "told ..."
    ("Drones hit base\n\nByJane Roe\n\nFebruary 2, 2024\n\nDrones hit a base, an official told Desk News on "
     "Friday.", "Desk News"),
    ("Drones hit base\n\nDrones hit a base in Syria on Friday (AFP). Officials said more.", "AFP"),
    # a plain "By" line with "told" in the text names no outlet by itself
    ("Drones hit base\n\nBy Jane Roe\n\nAn official told Desk News the base was hit.", None),
])
def test_outlet_from_each_byline_shape(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


def test_a_known_web_address_gives_the_outlets_name() -> None:
    from briefing.credits import named_site
    from briefing.topic import load_topic

    topic = load_topic({"outlets": {"desk.example": "Desk Daily"}})
    url = "https://www.news.desk.example/story"
    assert named_site("news.desk.example", url, topic.outlet_at(url)) == "Desk Daily"
    assert named_site("AFP (via news.desk.example)", url, topic.outlet_at(url)) == "AFP (via Desk Daily)"
    assert named_site("Wire Co", url, topic.outlet_at(url)) == "Wire Co"  # the text's own credit stands
    assert load_topic().outlet_at("https://apnews.com/article/x") == "Associated Press"
    assert topic.outlet_at("https://other.example/x") is None


@pytest.mark.parametrize("outlets", [{"https://desk.example": "Desk"}, {"www.desk.example": "Desk"},
                                     {"desk.example": ""}, {"desk.example": 3}, {"desk": "Desk"}])
def test_a_desks_table_of_addresses_is_checked(outlets: dict[str, object]) -> None:
    from briefing.errors import SettingsError
    from briefing.topic import load_topic

    with pytest.raises(SettingsError, match=r"\[topic.outlets\]"):
        load_topic({"outlets": outlets})
