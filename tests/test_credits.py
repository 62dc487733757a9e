"""Outlet and title from the text of a clipping without front matter (lines of our own); the outlet
from the address alone is in test_rules.py."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.credits import guess_outlet, guess_title, heading_outlet


@pytest.mark.parametrize(("text", "url", "outlet"), [
    ("Headline here\n\nBAGHDAD (Reuters) – Rockets hit a base.", None, "Reuters"),
    ("Headline\n\nWASHINGTON (AP) — Officials said.", "https://news.example/story",
     "Associated Press (via news.example)"),
    ("Headline\n\nDamascus, Nov 20 (IANS ) Strikes hit sites.", None, "IANS"),
    ("Headline\n\nBy Jane Roe, Associated Press\n\nStrikes hit sites.", None, "Associated Press"),
    ("Headline\n\nReuters\n\nStrikes hit sites.", None, "Reuters"),
    ("Strikes hit sites in Syria on Monday.\n\nMore follows. — AFP", None, "AFP"),
    # the agency's name alone on the story's last line, signing it off; not a name alone mid-page
    ("Drones hit a base on Tuesday, two sources said.\n\nNo damage was reported.\n\nReuters\n", None,
     "Reuters"),
    ("Strikes hit sites.\n\n(Reporting by Jane Roe; Editing by John Doe)", None, "Reuters"),
    ("Strikes hit sites.\n\ncourtesy : Desk Daily", None, "Desk Daily"),
    ("Gulf Desk / On Friday, a drone hit the base.", None, "Gulf Desk"),
    ("Strikes hit sites in Syria on Monday, officials said.", None, None),
    # a clipper's lines without blank lines between them: the outlet's prefix on the second line
    (" date 2024-01-05 Drone hits base near the city\nGulf Desk/ A drone hit the base on Friday.\nMore.",
     None, "Gulf Desk"),
    # a dateline with its region, then the outlet's own mark
    ("Headline\n\nALBANY, New York (Metro Wire) – Officials said on Monday that drones hit a base.", None,
     "Metro Wire"),
    # the outlet's name alone on a line near the top; a section's heading is not one
    ("Drones hit base\nDesk Valley News\nDrones hit a base on Friday.", None, "Desk Valley News"),
    ("Drones hit base\nWorld News\nDrones hit a base on Friday.", None, None),
    ("Drones hit base\nRegional News\nDrones hit a base on Friday.", None, None),
    # the outlet the story's people speak to: its reporter named, or its name heading the page too
    ("Drones hit base\n\nA drone hit the base on Friday, a source told Desk Wire's Jane Roe.", None,
     "Desk Wire"),
    ("Drones hit base\n17-11-2023\nDesk Wire\nA drone hit the base, a source told Desk Wire.", None,
     "Desk Wire"),
    # ... but a copy citing another outlet, however often, names no outlet of its own
    ("Drones hit base\n\nOfficials told Desk Wire a drone hit the base. A source told Desk Wire more.", None,
     None),
    # the page's own channels; a post quoted "on X" is not one
    ("Drones hit a base on Friday.\n\nDesk Wire is on YouTube\nSubscribe.", None, "Desk Wire"),
    ("Drones hit a base on Friday.\n\nFollow Desk Wire on Telegram for more.", None, "Desk Wire"),
    ("Drones hit a base on Friday.\nPresident Roe on X: \"We mourn them.\"", None, None),
    # a group's channel the story tells of, and the page's invitation, name no outlet
    ("Drones hit a base on Friday.\n\nDesk Brigades is on Telegram, where it claims its attacks.", None,
     None),
    ("Drones hit a base on Friday.\n\nFollow Our Coverage on Telegram", None, None),
    # a country's official the story's people speak to is no outlet's reporter
    ("Drones hit base\n\nThe secretary told Norland's Prime Minister Jane Roe that strikes would go on.",
     None, None),
    # the newsroom's own formula, not a citation of another outlet
    ("Drones hit a base on Friday.\nDesk Herald could not independently verify the video.", None,
     "Desk Herald"),
    ("Drones hit a base, officials told Desk Times. Two officials told Desk Times more.", None, None),
    # a voice of the story that could not confirm a claim is no outlet; nor is "we" or "officials"
    ("Drones hit a base on Friday.\nThe Pentagon could not confirm the group's claim.", None, None),
    ("Drones hit a base on Friday.\nHe could not confirm how many were hurt.", None, None),
    ("Drones hit a base on Friday.\nWe could not independently verify the video.", None, None),
    ("Drones hit a base on Friday.\nOfficials could not independently verify the group's claim.", None, None),
    # a body the story quotes as a voice ("the Desk Ministry said") is no newsroom, even with the formula
    ("The Desk Ministry said drones hit a base on Friday.\nThe Desk Ministry could not independently verify "
     "the group's claim.", None, None),
    ("Drones hit a base on Friday, a Desk Command spokesman said.\nDesk Command could not independently "
     "confirm the video.", None, None),
    # an agency's byline with its date on the line; an agency mark opening the agency's credit line
    ("Drones hit base\n\n By The Associated Press  March 3, 2024 at 4:20pm\n\nDrones hit a base.", None,
     "Associated Press"),
    # the agency and the day it filed on a line of their own under the headline
    ("Ships hit in the strait\n\nAFP , Tuesday 5 Mar 2024\n\nRebels fired missiles at two ships.", None,
     "AFP"),
    (" date 2024-03-03 (MENAFN- Desk Network) BAGHDAD, March 3 – Drones hit a base.", None, "MENAFN"),
    # the agency's credit line in its other shapes: several agencies, "Published", in capitals, a region
    # in capitals over the day, the day on the byline's next line; a wire's byline alone
    ("Ships hit in the strait\n\nAFP , AP , Wednesday 6 Mar 2024\n\nRebels fired missiles.", None, "AFP"),
    ("Ships hit in the strait\n\nReuters Published March 9, 2024\n\nRebels fired missiles.", None, "Reuters"),
    ("Ships hit in the strait\n\nREUTERS March 9, 2024\n\nRebels fired missiles.", None, "Reuters"),
    ("Ships hit in the strait\nAnadolu Agency EUROPE\nPublished March 9, 2024\nRebels fired missiles.", None,
     "Anadolu Agency"),
    ("Ships hit in the strait\n\nBy Bloomberg\n9 Mar 2024\n\nRebels fired missiles.", None, "Bloomberg"),
    ("Ships hit in the strait\n\nBy IBNS\n\nRebels fired missiles.", None, "IBNS"),
    # the agency's dateline in its other shapes: between slashes, with a partner agency, a hyphened name
    ("Valley City, March 9. /TASS/. Rebels fired missiles at two ships.", None, "TASS"),
    ("Valley City [Norland], March 9 (ANI/WAM): Rebels fired missiles at two ships.", None, "ANI"),
    ("VALLEY CITY (dpa-AFX) - Rebels fired missiles at two ships.", None, "dpa-AFX"),
    # names that are not the page's outlet: a government's body as the "Source:" of the material or of
    # a picture, a paper's section heading its page, an agency credit closing a picture's caption
    ("Drones hit base\n\nA drone hit the base on Friday.\n\nSource: Norland Department of Defense.", None,
     None),
    ("Drones hit base\n\nA view of the base after the strike on Friday. Source: Norland Army.\nMore.", None,
     None),
    ("US News\nDrones hit base near the capital\nA drone hit a base on Friday.", None, None),
    ("UK News\nDrones hit base near the capital\nA drone hit a base on Friday.", None, None),
    ("Drones hit base\n\nRebels fired drones at ships in the strait.(AP)\nA drone hit a ship on Friday.",
     None, None),
    # ... while the dateline's mark of the same story stands
    ("Valley City, Nov 6 (AP) Drones hit a base.\n\nRebels fired drones at ships. (AP)", None,
     "Associated Press"),
    ("Drones hit a base on Friday.\n\nNo one was hurt.\n(Reuters - Reporting by Jane Roe in Valley City)",
     None,
     "Reuters"),
    # the page's note on where the story first ran; the outlet's name after a clipper's date
    ("Drones hit a base on Friday.\n\nRead the original article on Desk Insider.\n\nU.S. Weather", None,
     "Desk Insider"),
    (" date 2024-03-03 Valley Telegraph\nDrones hit base\nDrones hit a base on Friday.", None,
     "Valley Telegraph"),
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
    ("Desk Daily | @deskdaily | 02 Feb 2024, 09:57 pm Print\n\nDrones target base in Syria\n\nBody.",
     "Drones target base in Syria"),
    ("The U.S. military launched strikes on Friday, officials said, after weeks of attacks on bases "
     "in Iraq and Syria that have injured dozens of troops and raised fears of a wider war in the region.",
     None),
    # the page's frame before the headline: a menu's bullet, a breadcrumb, a language switch, a site's
    # name in lower case, a day alone, a desk, a field's time, stock lines, a byline of names alone
    ("• Top Stories\n\nDrones target base in Syria\n\nBody.", "Drones target base in Syria"),
    ("Home > World > Middle East\n\nDrones target base in Syria\n\nBody.", "Drones target base in Syria"),
    ("de en fr\n\nDrones target base in Syria\n\nBody.", "Drones target base in Syria"),
    ("the daily reference site\n\nDrones target base in Syria\n\nBody.", "Drones target base in Syria"),
    ("3 Mar 24\n\nDrones target base in Syria\n\nBody.", "Drones target base in Syria"),
    ("DESK WIRE/ NEWS DESK\n\nDrones target base in Syria\n\nBody.", "Drones target base in Syria"),
    ("Data cutoff: 4:30 pm EST\n\nDrones target base in Syria\n\nBody.", "Drones target base in Syria"),
    ("Skip to main content\n\nConnect with us\n\nDrones target base in Syria\n\nBody.",
     "Drones target base in Syria"),
    ("Jane Roe, John Doe, and Mary Major\n\nDrones target base in Syria\n\nBody.",
     "Drones target base in Syria"),
    # a government site's banner, six lines of it, before the headline: not the headline, and not
    # counted among the lines a headline is looked for in
    ("An official website of the United States government\n\nHere's how you know\n\n"
     "Official websites use .gov\n\n.gov website belongs to an official government organization in "
     "the United States.\n\nSecure .gov websites use HTTPS\n\nA lock ( lock ) or https:// means you are "
     "safely connected.\n\nDeputy Spokesperson Holds a Press Briefing\n\nBody.",
     "Deputy Spokesperson Holds a Press Briefing"),
    ("Here's how you know\n\nDrones target base in Syria\n\nBody.", "Drones target base in Syria"),
    # neighbours: a headline in capitals with 'and', a headline with a time in it, one opening with a number
    ("Iran Condemns Strikes and Vows Response\n\nBody.", "Iran Condemns Strikes and Vows Response"),
    ("Drones hit base near Erbil at 2:00 am\n\nBody.", "Drones hit base near Erbil at 2:00 am"),
    ("2 US warships repel drones in Red Sea\n\nBody.", "2 US warships repel drones in Red Sea"),
])
def test_title_is_the_headline_at_the_top(text: str, title: str | None) -> None:
    assert guess_title(text) == title


@pytest.mark.parametrize(("text", "outlet"), [
    ("Drones hit base\n\nBy Jane Roe / Desk Daily / Feb. 2, 2024\n\nDrones hit a base.", "Desk Daily"),
    ("Drones hit base\n\nBy Jane Roe / AP\n\nDrones hit a base.", "Associated Press"),
    ("Drones hit base\n\nBy JANE ROE | DESK AND STRIPES Published: Feb. 2, 2024\n\nDrones hit a base.",
     "DESK AND STRIPES"),
    ("Drones hit base\n\nBy Jane Roe | Middle East Desk Eye | Feb. 2, 2024\n\nDrones hit a base.",
     "Middle East Desk Eye"),
    ("Drones hit base\n\nBy Jane Roe / Gulf Desk News / Feb. 2, 2024\n\nDrones hit a base.",
     "Gulf Desk News"),
    ("Drones hit base\n\nBy Jane Roe | Defense News | Feb. 2, 2024\n\nDrones hit a base.", "Defense News"),
    ("Drones hit base\n\nBy Jane Roe / Breaking Defense / Feb. 2, 2024\n\nDrones hit a base.",
     "Breaking Defense"),
    ("Desk Daily | Updated: Feb 2, 2024, 10:00 AM\n\nDrones hit a base.", "Desk Daily"),
    ("Drones hit base\n\nPosted on February 2, 2024 by Desk Daily staff\n\nDrones hit a base.", "Desk Daily"),
    # a byline glued to the name, and the outlet in "told ..."
    ("Drones hit base\n\nByJane Roe\n\nFebruary 2, 2024\n\nDrones hit a base, an official told Desk News on "
     "Friday.", "Desk News"),
    ("Drones hit base\n\nDrones hit a base in Syria on Friday (AFP). Officials said more.", "AFP"),
    # the outlet's own desk or staff signing the story (the desk's words dropped)
    ("Drones hit base\nThe Valley Herald News Desk\nDrones hit a base on Friday.", "The Valley Herald"),
    ("Drones hit base\n\nDesk Wire News Desk | Valley City | Updated: 03-03-2024\n\nDrones hit a base.",
     "Desk Wire"),
    ("Drones hit base\n\nby Desk Wire Staff, March 3, 2024\n\nDrones hit a base.", "Desk Wire"),
    ("Drones hit base\n\nFrom DNN staff\n\nDrones hit a base.", "DNN"),
    ("Drones hit base\n\nBy Jane Roe, Desk Media National Content Desk\n\nDrones hit a base.", "Desk Media"),
    # ... but a desk that names no outlet, and a body of the story, are none
    ("Drones hit base\n\nBy News Desk - March 3 2024\n\nDrones hit a base.", None),
    ("Drones hit base\n\nBy Staff, Agencies\n\nDrones hit a base.", None),
    ("Drones hit base\n\nBy Newsroom\n\nDrones hit a base.", None),
    ("Drones hit base\n\nThe Joint Staff said drones hit a base.", None),
    # a plain "By" line with "told" in the text names no outlet by itself
    ("Drones hit base\n\nBy Jane Roe\n\nAn official told Desk News the base was hit.", None),
])
def test_outlet_from_each_byline_shape(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    # the outlet's own dateline mark, with or without a city, after a clipper's date
    ("Drones hit base\n\nMOSUL (Desk 24) – Drones hit a base on Friday.", "Desk 24"),
    (" date 2024-02-02 TIKRIT (Gulf Desk) - Drones hit a base.", "Gulf Desk"),
    ("Drones hit base\n\n(DNN) — Drones hit a base on Friday.", "DNN"),
    # the page's title with its outlet's name, as browsers keep it; not a word of the headline, a body of
    # the story, nor a title quoted further down the page
    ("Drones hit a base in Syria – Desk News\nDrones hit a base on Friday.", "Desk News"),
    ("Drones hit a base in Syria | The Valley Times\nDrones hit a base on Friday.", "The Valley Times"),
    ("Drones hit a base in Syria - report\nDrones hit a base on Friday.", None),
    ("Drones hit a base in Syria - Desk Command\nDrones hit a base on Friday.", None),
    ("Drones hit base\nDrones hit a base.\nMore follows.\nWhat is the base? | Desk News\nIt is old.", None),
    # the day standing for the city; the reporter's name after the mark
    ("Ships hit\n\n8 March 2024 (Desk List) - Rebels fired missiles at two ships.", "Desk List"),
    ("Drones hit base\n\n(Desk News) Jane Roe - Drones hit a base on Friday.", "Desk News"),
    # a byline that is an outlet, not a person
    ("Drones hit base\n\nBy DESK News\nPosted on 2/2/24\n\nDrones hit a base.", "DESK News"),
    ("Drones hit base\n\nBy: The Valley Times\n\nDrones hit a base.", "Valley Times"),
    # "Source:" after a date and a bar or a dash
    ("Drones hit base\n\nPosted on 2/2/24 | News Source: Desk Daily\n\nDrones hit a base.", "Desk Daily"),
    ("Drones hit base\n2024-02-02 10:15:00 - Source: Gulf Desk\n\nDrones hit a base.", "Gulf Desk"),
    # a person's byline, then the outlet
    ("Drones hit base\n\nBy Jane Roe, Tom Poe and Ann Doe, DNN\n\nDrones hit a base.", "DNN"),
    ("Drones hit base\n\nBy Jane Roe Valley News\nPublished\n\nDrones hit a base.", "Valley News"),
    ("Drones hit base\n\nBy Jane Roe, Senior Editor\n\nDrones hit a base.", None),
    # where the article first ran
    ("Drones hit a base.\n\nThis article originally appeared on Desk Daily.", "Desk Daily"),
    # the page's notes on its own newsroom: its author's line, its copyright line, a republication note,
    # the newsroom's own formula opening a sentence
    ("Drones hit a base on Friday.\n\nAuthor: Jane Roe\n\nJane Roe is the news editor of Desk.com, follow "
     "her on X @roe.", "Desk.com"),
    ("Drones hit base\nJane (Janie) Roe is The Desk Times' military correspondent\nDrones hit a base.",
     "The Desk Times"),
    ("Drones hit a base on Friday.\n\nCopyright Deskdaily 2024", "Deskdaily"),
    ("Drones hit a base on Friday.\n\n© 2024 Desk Daily. All rights reserved.", "Desk Daily"),
    ("Drones hit a base.\n\nThis article was originally featured at Desk.com and is republished with "
     "permission.", "Desk.com"),
    ("Drones hit a base on Friday. Desk Herald could not independently verify the video.", "Desk Herald"),
    # ... and their neighbours: a person the story tells of, a picture's credit, a year alone
    ("Drones hit a base on Friday.\nJane Roe is a reporter for Desk News who was at the base.", None),
    # a voice of the story on a line of its own, and a job held before, name no newsroom of the page
    ("Drones hit a base on Friday.\n\nSara Lane is a senior writer at the Gulf Policy Forum, where she "
     "studies the groups.\n\n\"They want the troops out,\" Lane said.", None),
    ("Drones hit a base on Friday.\n\nTom Poe is a former correspondent of the Desk Times, and now advises "
     "the ministry.", None),
    ("A view of the base.\n© Getty Images\n\nDrones hit a base.", None),
    ("A view of the base.\nCopyright 2024 Getty Images\n\nDrones hit a base.", None),
    ("Drones hit a base.\n\nCopyright 2024,", None),
    # neighbours that name no outlet: a marked update, a photo credit, a person's byline, a
    # language or a year the story "first appeared" in, a source that is an official
    ("Drones hit base\n\nBAGHDAD (UPDATE 2) – Drones hit a base.", None),
    ("Drones hit base\n\n(Photo by Jane Roe) — Drones hit a base.", None),
    ("Drones hit base\n\nBy Jane Roe\n\nDrones hit a base.", None),
    ("Drones hit a base. The claim first appeared in Arabic on a channel.", None),
    ("Drones hit a base — Source: Pentagon officials said so.", None),
    ("Drones hit base\n\nKataib Raiders (KR) - the largest group, has denied it.", None),
    ("Drones hit base\n\nBy Jane Roe, CEO\n\nDrones hit a base.", None),
    # a writer's post between a byline's bars or slashes is not the outlet
    ("Drones hit base\n\nBy Jane Roe | Staff Writer | Published: Feb. 2, 2024\n\nDrones hit a base.", None),
    ("Drones hit base\n\nBy Jane Roe / Senior Correspondent / Feb. 2, 2024\n\nDrones hit a base.", None),
    # a dateline's city in brackets is no outlet's mark
    ("Drones hit base\n\n(WASHINGTON) — Drones hit a base, an official told Desk News.", None),
    ("Drones hit base\n\n(NEW YORK) — Drones hit a base.", None),
    ("Drones hit base\n\n(KUNA DESK NEWS) — Drones hit a base.", "KUNA DESK NEWS"),
    # nor is a paper's section: a world region or a beat
    ("Drones hit base\n\nBy Jane Roe | Middle East | Feb. 2, 2024\n\nDrones hit a base.", None),
    ("Drones hit base\n\nBy Jane Roe / World News / Feb. 2, 2024\n\nDrones hit a base.", None),
    ("Drones hit base\n\nPolitics & Security | Updated: Feb. 2, 2024\n\nDrones hit a base.", None),
    ("A Pentagon report first published by the Pentagon on Monday said drones hit a base.", None),
    ("The claim was originally published on the website of the ministry.", None),
])
def test_outlet_from_its_own_marks(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


def test_an_outlets_own_mark_on_a_copy_names_the_site_that_ran_it() -> None:
    text = "Drones hit base\n\n(DNN) — Drones hit a base on Friday."
    assert guess_outlet(text, "https://www.localcopy.example/news/1") == "DNN (via localcopy.example)"
    body = "A Pentagon report first published by the Pentagon on Monday said drones hit a base."
    assert guess_outlet(body, "https://www.desknews.example/x") == "desknews.example"


@pytest.mark.parametrize(("text", "outlet"), [
    # the page's source given by its address
    ("Drones hit base\n\nA drone hit a base.\n\nThe source of this news is from https://www.desknews.example/a/1",
     "desknews.example"),
    ("Drones hit a base.\n\nRead More:\n\nhttps://www.desknews.example/2024/01/x.html", "desknews.example"),
    ("Drones hit a base.\n\nSource: https://desk.example/news/1\nComment (0)", "desk.example"),
    # a post's or a picture's address is no source of the page
    ("A view of the base. Source: https://twitter.com/desk/status/1\n\nDrones hit a base.", None),
    ("Image source: https://desk.example/a.jpg\nDrones hit a base.", None),
])
def test_outlet_from_the_address_the_page_gives_as_its_source(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


def test_a_source_given_by_its_address_takes_the_outlets_name() -> None:
    from briefing.credits import named_site
    from briefing.topic import load_topic

    topic = load_topic({"outlets": {"desknews.example": "Desk News"}})
    text = "Drones hit a base.\n\nRead More:\nhttps://desknews.example/2024/x"
    url = "https://copy.example/y"
    assert named_site(guess_outlet(text, url), url, topic.outlet_at(url), topic.outlet_at) == \
        "Desk News (via copy.example)"
    assert named_site("other.example", None, None, topic.outlet_at) == "other.example"  # unknown: as it was


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


@pytest.mark.parametrize(("text", "outlet"), [
    # a closing "Source: NAME" credit, and one after an "Author:" line
    ("Drones hit base\n\nA drone hit a base on Friday, officials said. Source: Desk Daily", "Desk Daily"),
    ("Drones hit base\n\nAuthor: Jane Roe and John Doe Source: The Desk Post\n\nA drone hit a base.",
     "The Desk Post"),
    ("Drones hit base\n\nA drone hit a base.\n\nSource: REUTERS", "Reuters"),
    # a picture's credit, a credit for one paragraph, and a caption running on are not the page's outlet
    ("Drones hit base\n\nA view of the base. Source: Google Earth\n\nA drone hit a base.", None),
    ("Drones hit base\n\nA drone hit a base on Friday.(Source: Desk TV)\n\nMore follows.", None),
    ("Drones hit base\n\nSource : REUTERS Soldiers stand beside a damaged wall at the base after the drone "
     "attack on Friday\n\nA drone hit a base.", None),
    # an outlet with its social handle heading the page
    ("Desk Daily | @deskdaily | 02 Feb 2024, 09:57 pm Print\n\nA drone hit a base.", "Desk Daily"),
    ("Drones hit base\n\nFrom Wikipedia, the free encyclopedia\n\nA drone hit a base.", "Wikipedia"),
    # an agency after the city, without brackets; an agency mark opening the story
    ("Base hit\n\nBaghdad, SANA- A base was targeted by missiles on Tuesday.", "SANA"),
    ("Base hit\n\nDamascus-SANA- A base was targeted by missiles on Tuesday.", "SANA"),
    ("Base hit\n\nAl-Qaim-Xinhua- A base was targeted by missiles on Tuesday.", "Xinhua"),
    ("Base hit\n\nAMMAN (Sputnik) – A drone hit a base.", "Sputnik"),
    ("(MENAFN) A drone hit a base on Friday, officials said.", "MENAFN"),
    # an outlet's prefix glued to its slash; page furniture with a slash is no outlet
    ("Desk News/ A drone hit a base on Friday.", "Desk News"),
    ("Expand / Collapse search\n\nA drone hit a base on Friday.", None),
    ("Register / Login\n\nA drone hit a base on Friday.", None),
    # the mark over a lede below a doubled headline and its time stamp; a trail of sections is none
    ("Drones hit base\nDrones hit base\n2024-03-02T05:40:00+00:00\nDesk News/ A drone hit a base on Friday.",
     "Desk News"),
    ("News   /   Norland   /   Military\nDrones hit base\nA drone hit a base on Friday.", None),
    ("Vale Desk / Norland / Military\nDrones hit base\nA drone hit a base on Friday, officials said.", None),
    ("Logo\nDrones hit\nSunday, 3 March 2024\nMenu\nNorth Vale/ Ardmore Base\nDrones hit a base.", None),
    ("Desk News/ A Norland F/A-18 jet was downed on Sunday, officials said.", "Desk News"),
    # a photographer's credit below the headline is no outlet's mark: no lede follows it
    ("Drones hit base\nDrones hit base\n2024-03-02T05:40:00+00:00\nJane Herald/ WIRE\nA drone hit a base.",
     None),
])
def test_outlet_from_the_pages_own_credit_lines(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


def test_an_address_clipped_in_the_text_names_the_site() -> None:
    from briefing.credits import page_address

    text = " date 2024-02-02 https://news.desk.example/2024/02/02/base-hit\n\nA drone hit a base."
    assert page_address(text, None) == "https://news.desk.example/2024/02/02/base-hit"
    assert guess_outlet(text, page_address(text, None)) == "news.desk.example"
    assert page_address(text, "https://given.example/x") == "https://given.example/x"
    assert page_address("A drone hit a base at https://x.example/y on Friday.", None) is None


_CREDIT_PIECES = [
    "told", "Told", "foretold", "told the", "Desk Wire", "Desk Wire's Jane Roe", " ", "By", "Posted", "ABy",
    "By Jane Roe Desk News", "Posted on 4 May by Desk News staff", "\u00e9By", "Jane", "News", "\n",
    ", ", ".", "This article", "this story was", "originally", "first", "Read the original story", "at",
    "The Desk", "could not", "independently", "verify", "x", "appeared on", "published in", "Reuters", "'s",
    "Prime Minister", "AFP"]


@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=14).map("".join))
def test_the_credits_searches_written_for_speed_find_what_they_found(text: str) -> None:
    """_TOLD_NAME, _POSTED_BY and _BY_NAME_OUTLET open with their word ("told" with no word character
    before it) rather than "\\btold": the same matches; the texts that _ORIGINALLY and _VERIFIER are
    not run on (without their words) hold no match of theirs."""
    import re

    from briefing import credits

    written = ((credits._TOLD_NAME, "told"), (credits._POSTED_BY, "Posted"), (credits._BY_NAME_OUTLET, "By"))
    for now, word in written:
        before = re.compile(now.pattern.replace(rf"{word}(?<!\w{word})", rf"\b{word}", 1), now.flags)
        assert before.pattern != now.pattern
        assert [m.span() for m in before.finditer(text)] == [m.span() for m in now.finditer(text)]
    assert credits._ORIGINALLY.search(text) is None or "original" in text or "first" in text
    assert credits._VERIFIER.search(text) is None or "independently" in text


_WIRE_PIECES = [
    "BAGHDAD (Reuters) - ", "Baghdad, SANA- ", "By The Associated Press  November 12, 2023", "AFP",
    "AFP , Tuesday 23 Jan 2024", "By Jane Roe, Reuters", "\n", " ", "(AFP)", "— AFP", "Reporters", "Agency",
    "(Reporting by Jane Roe)", "A drone hit the base.", "\n\n", "Kurdistan24", "AP", "A P",
    "A drone hit the base. " * 140]


@given(st.lists(st.sampled_from(_WIRE_PIECES), max_size=12).map("".join))
def test_a_page_head_naming_no_agency_is_not_searched_for_a_wire_credit(text: str) -> None:
    """wire_credit runs its searches of the page's head only when the head names an agency: what it
    finds is what every search finds."""
    import re

    from briefing import credits

    found = credits.wire_credit(text)
    original = credits._AGENCY_NAME
    try:
        credits._AGENCY_NAME = re.compile("")  # every head searched
        assert credits.wire_credit(text) == found
    finally:
        credits._AGENCY_NAME = original


_ADDRESS_PIECES = [
    "Source", "Source:", "source", "Read more", "Read More", "Read MORE", "The source of this news is",
    "The source of this story is from", "The", "Sources", " ", "  ", "\t", "\n", ". ", "! ", "? ", ".", ",",
    ":", "https://news.desk.example/a", "http://t.co/x", "https://", "x", "A drone hit the base.", "Reader"]


@given(st.lists(st.sampled_from(_ADDRESS_PIECES), max_size=14).map("".join))
def test_the_source_address_written_word_first_finds_what_it_found(text: str) -> None:
    """_SOURCE_ADDRESS opens with its lead words and looks back at where they begin, instead of opening
    with "^" (of re.M) or a sentence's end: the same matches as the pattern it replaces."""
    import re

    from briefing import credits

    before = re.compile(r"(?:^|(?<=[.!?] ))(?:The source of this (?:news|article|story|report) is"
                        r"(?: from)?|Source|Read [Mm]ore)[ \t]*:?\s*(?P<url>https?://\S+)", re.M)
    assert ([(m.span(), m["url"]) for m in before.finditer(text)]
            == [(m.span(), m["url"]) for m in credits._SOURCE_ADDRESS.finditer(text)])


_PROVIDER_PIECES = [
    "This", "The", "article", "story", "report", "content", "was", "is", "provided", "supplied",
    "distributed", "syndicated", "shared", "by", "The ", "Reuters", "AFP", " ", "\n", "  ", ".", "x"]


@given(st.lists(st.sampled_from(_PROVIDER_PIECES), max_size=16).map("".join))
def test_a_text_naming_no_providing_verb_is_not_searched_for_its_provider(text: str) -> None:
    """The provider's note ("This article was provided by Reuters") is searched for only in a text
    holding one of its verbs: what it finds is what the search of every text finds."""
    from briefing import credits

    found = credits._provided(text)
    assert (found and found.span()) == ((match := credits._PROVIDED.search(text)) and match.span())


@pytest.mark.parametrize("verb", ["provided", "supplied", "distributed", "syndicated"])
def test_each_providing_verb_names_the_agency(verb: str) -> None:
    assert guess_outlet(f"Drones hit a base on Friday.\n\nThis story was {verb} by The Associated Press.",
                        None) == "Associated Press"


@pytest.mark.parametrize(("text", "outlet"), [
    # the outlet's name opening its lede with a dash or a colon, with its city, its desk or its acronym
    (" date 2024-03-02 Vale Times - Sources said a drone hit the base on Saturday.\n\nMore follows.",
     "Vale Times"),
    ("Drones hit base\n\nNorland News – Ardmore\n\nA faction said on Monday it hit the base.",
     "Norland News"),
    ("Drones hit base\n\nA drone hit the base on Monday.\n\nVale 24: The attack hit the landing zone.",
     "Vale 24"),
    ("Drones hit base\n\nMonday 3 January 22 - 09:42\n\nDeskNews Analysis Group: Two drones hit the base.",
     "DeskNews"),
    ("Drones hit base\nFighters hit two bases.\nNorland Voice Agency (NVA) - Monitoring: The group said so.",
     "Norland Voice Agency"),
    # the dateline naming the outlet after its city and day, or in brackets with no dash after it
    ("Base hit\n\nArdmore, January 21, 2024, The Desk Today: The command said the base was hit.",
     "The Desk Today"),
    ("Base hit\n\nJan 4, 2025\nARDMORE DC, Norland (Vale 24) Addressing reporters, the spokeswoman said.",
     "Vale 24"),
    ("Image Copyright © Jane Roe\nArdmore (Vale24)\nA tanker was hit in the port today.", "Vale24"),
    # the paper's print line closing the story; the title with a name that takes "The"
    ("Drones hit the base on Friday.\n\nPublished in Dawnlight, November 27th, 2022\n\nOpinion", "Dawnlight"),
    ("Drones attack a base in Norland – The Vale Echo\n\n\nThree drones hit a base on Friday.",
     "The Vale Echo"),
    # neighbours that stay unknown: a city's dash, a round-up of two outlets' ledes, a section's heading,
    # a day, a name the story's people speak to, a study's journal, a hyphen's "The Latest"
    ("Drones hit base\n\nArdmore - The group said on Monday it had struck the base.", None),
    ("Round-up\n\nDesk Times: The base was hit.\n\nVale News: Two drones hit the base.", None),
    ("Drones hit base\n\nBreaking News: The group said on Monday it had struck the base.", None),
    ("Drones hit base\n\nOn January 24: The group said it had struck the base.", None),
    ("Drones hit base\n\nA drone hit the base, an official told Vale Times: \"no one was hurt\".", None),
    ("Drones hit base\n\nThe study was published in Dawnlight, November 27th, 2022, the team said.", None),
    ("Drones attack a base in Norland - The Latest\n\nThree drones hit a base on Friday.", None),
    ("Drones attack a base in Norland – The Latest\n\nThree drones hit a base on Friday.", None),
])
def test_the_pages_own_name_where_the_page_prints_it(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    # the page's credit lines naming its house: joined with an agency, over its agencies' reports,
    # after the time it was filed, after the day it ran with "The"
    ("Drones hit base\n\nA soldier at the base. (AP/Jane Roe)\n\nBy The Desk and Reuters\n\nThe command "
     "said.", "The Desk"),
    ("Drones hit base\n\nThe command said so.\n\nAgencies and Desk News MIDDLE EAST\nPublished July 31,2024\n"
     "Subscribe", "Desk News"),
    ("Drones hit base\n2023-11-13 05:15:06 - From: Vale 24\nA monitor said drones hit the base.",
     "Vale 24"),
    ("Tanker hit\n\nPublished Jun 12, 2024 12:13 PM by The Desk Review\n\nA tanker was hit.",
     "The Desk Review"),
    # an agency over its city and the page's times; an agency signing off the last paragraph
    ("Ship seized\nReuters | Ardmore | Updated: 14-03-2024 00:05 IST\nA ship was seized.", "Reuters"),
    ("Drones hit base\n\nDrones hit the base on Monday.\n\n  • Reuters", "Reuters"),
    ("Drones hit base\n\nDrones hit the base on Monday.\n\nREUTERS/DESKNEWS", "Reuters"),
    ("Drones hit base\n\nDrones hit the base on Monday. It was not clear if anyone was hurt. REUTERS\n",
     "Reuters"),
    # neighbours left unknown: a reporter joined with an agency, a reporter's "Published ... by",
    # an e-mail's sender, a picture's credit closing the page, an agency told something
    ("Drones hit base\n\nBy Jane Roe and Reuters\n\nThe command said.", None),
    ("Drones hit base\n\nBy The Desk and Jane Roe\n\nThe command said.", None),
    ("Tanker hit\n\nPublished Jun 12, 2024 12:13 PM by Jane Roe\n\nA tanker was hit.", None),
    ("Drones hit base\nFrom: Jane Roe\nA monitor said drones hit the base.", None),
    ("Drones hit base\n\nDrones hit the base on Monday.\n\nSmoke over the base. REUTERS/Jane Roe", None),
    ("Drones hit base\n\nDrones hit the base on Monday, an official told REUTERS", None),
])
def test_the_pages_credit_lines_and_an_agencys_sign_off(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    # the page's notes on itself: its reporter's line, its live page's welcome, the formula glued to the
    # sentence before it, the note closing an excerpt, a byline in capitals
    ("Drones hit a base.\nJane Roe is the Pentagon bureau chief at Desk Military Times. She covers the "
     "forces.", "Desk Military Times"),
    ("Live updates\n\nHello and welcome to the Desk’s live coverage of the crisis.\n\nDrones hit a base.",
     "Desk"),
    ("Rebels released footage of a boat hitting a tanker.The tanker is registered abroad.Deskful could not "
     "independently verify who owns it.", "Deskful"),
    ("A drone hit the ship.\n\nRead the rest of the story at The Desk Review, here.", "The Desk Review"),
    ("Rocket hits base\n\nby NORLAND VALE DIGITAL NEWS\n\nA rocket hit the base.",
     "NORLAND VALE DIGITAL NEWS"),
    # neighbours left unknown: a body's name that ends as no outlet's, a welcome in the first person, a
    # voice that could not verify, a byline in capitals of a person
    ("Drones hit a base.\nJane Roe is the bureau chief at the Desk Military Command. She covers the forces.",
     None),
    ("Live updates\n\nHello and welcome to our live coverage of the crisis.\n\nDrones hit a base.", None),
    # ... nor a day's or a month's coverage, which names no house
    ("Live updates\n\nWelcome to Sunday’s live coverage of the crisis.\n\nDrones hit a base.", None),
    ("Live updates\n\nWelcome to January's rolling updates on the crisis.\n\nDrones hit a base.", None),
    ("A drone hit the ship.The Pentagon could not independently verify it, the Pentagon said.", None),
    ("Rocket hits base\n\nby JANE ROE\n\nA rocket hit the base.", None),
])
def test_the_pages_notes_on_itself(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    ("Rockets hit base\n\nDesk News —\n\nRockets hit a base on Monday, an official said.", "Desk News"),
    ("Rockets hit base\n\nDesk News – Rockets hit a base on Monday, an official said.", "Desk News"),
    ("Rockets hit base\n\nDesk News January 29, 2024\n\nRockets hit a base.", "Desk News"),
    # not a name the table does not know, nor a known name the lede names otherwise
    ("Rockets hit base\n\nVale Wire —\n\nRockets hit a base on Monday, an official said.", None),
    ("Rockets hit base\n\nDesk News reports that rockets hit a base on Monday.", None),
    # its byline alone, with the day it ran or without; not a person's, nor a name the table does not know
    ("Rockets hit base\nBy Desk Daily\nRockets hit a base on Monday, an official said.", "Desk Daily"),
    ("Rockets hit base\nBy Desk Daily March 3, 2024\n\nRockets hit a base.", "Desk Daily"),
    ("Rockets hit base\nBy Jane Roe\nRockets hit a base on Monday, an official said.", None),
    ("Rockets hit base\nBy Vale Wire\nRockets hit a base on Monday, an official said.", None),
    ("Rockets hit base\n\nRockets hit a base, officials said. By Desk Daily", None),
])
def test_a_known_outlet_heading_its_page_or_marking_its_dateline(text: str, outlet: str | None) -> None:
    assert heading_outlet(text, ["Desk News", "Desk Daily"]) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    # the outlet in brackets after the city and a comma, with an agency's initials and the day if given
    ("Bases attacked\n\nArdmore, (Vale independent) Amid the war in the region, the forces were attacked.",
     "Vale independent"),
    ("Depots struck\n\nArdmore, (NPA - Vale Point / Norland Point News - 17th Oct, 2024) The command struck "
     "the depots.", "NPA (via Vale Point / Norland Point News)"),
    # the outlet's name glued to its section's, opening the lede
    ("Bases attacked\n\nThe group said it hit three bases.\n\nVale PressWest Asia: “In response, the group "
     "fired drones.", "Vale Press"),
    # neighbours left unknown: the bracket closing a sentence, a name followed by its section and a verb
    ("Bases attacked\n\nArdmore, (Vale independent).\n\nThe forces were attacked.", None),
    ("Bases attacked\n\nVale Press West Asia said the group fired drones.", None),
])
def test_the_outlet_in_a_datelines_brackets_or_glued_to_its_section(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


# a story of its own lines, past the page's head (where an agency alone on its line is its credit line)
_STORY = "".join(f"Rockets hit the base on day {day}, two sources said.\n" for day in range(1, 10))


@pytest.mark.parametrize(("text", "outlet"), [
    # the agency alone after the last sentence, over the page's tags; a copy's author note with its outlet
    ("Rockets hit base\n\n" + _STORY + "Reuters\nMiddle East News\nNorland\nAin Vale\nRocket\nAttack",
     "Reuters"),
    ("Ships hit\n\nRebels hit two ships on Sunday.\n\ndeveloping...\n\nAuthored by Jane Roe via Desk Hedge "
     "January 28th 2024", "Desk Hedge"),
    # neighbours left unknown: the agency alone with sentences after it; an author note with no outlet
    ("Rockets hit base\n\n" + _STORY + "Reuters\nMiddle East News\nThe base hosts troops.\nIt was hit before."
     "\nRocket\nAttack", None),
    ("Ships hit\n\nAuthored by Jane Roe via,\n\nRebels hit two ships on Sunday.", None),
])
def test_an_agency_over_the_pages_tags_and_a_copys_author_note(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    # a feed's note of the site that first ran the story names its outlet, before the "Source:" of the feed
    ("Carrier abandoned\n\nThe crew left the ship.\nCarrier Abandoned After Strike appeared first on Desk "
     "Insight – The Desk Industry Guide\nSource: Vale Shipping Feed", "Desk Insight"),
    ("Carrier abandoned\n\nThe crew left the ship.\n\nThe post Carrier Abandoned appeared first on Desk "
     "Insight.", "Desk Insight"),
    ("Carrier abandoned\n\nThe crew left the ship.\nSource: Vale Shipping Feed", "Vale Shipping Feed"),
    # not a sentence that tells where a claim first appeared
    ("Carrier abandoned\n\nThe claim appeared first on Telegram channels, officials said.", None),
])
def test_the_site_a_feeds_note_says_first_ran_the_story(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    # a place in the dateline's brackets, on the print line or in an author's note is no outlet
    ("Strikes go on\n\nArdmore, (Norland) The depot was struck by two drones on Monday night.", None),
    ("Strikes go on\n\nArdmore, (Norland Region) The depot was struck by two drones on Monday night.", None),
    ("Strikes go on\n\nThe depot was struck on Monday.\nPublished in Ardmore, March 2, 2024", None),
    # nor a social platform a copy came through
    ("Strikes go on\n\nThe depot was struck on Monday.\nAuthored by Jane Roe via Twitter\nMore here.", None),
    # the house itself still is
    ("Strikes go on\n\nArdmore, (Vale independent) Amid the war, the depot was struck.", "Vale independent"),
    ("Strikes go on\n\nThe depot was struck on Monday.\nPublished in Desk Dawnlight, March 2, 2024",
     "Desk Dawnlight"),
])
def test_a_place_or_a_platform_is_never_the_outlet(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    # a column's or a programme's name after the title's bar is no outlet; a masthead's is
    ("Why the depots keep burning in Norland | The Explainer\n\nThe depot was struck.", None),
    ("Why the depots keep burning in Norland – The Big Picture\n\nThe depot was struck.", None),
    ("Why the depots keep burning in Norland – The Vale Echo\n\nThe depot was struck.", "The Vale Echo"),
])
def test_a_titles_tail_is_an_outlet_only_with_a_mastheads_word(text: str, outlet: str | None) -> None:
    assert guess_outlet(text, None) == outlet


# A masthead on a line of its own in capitals, or with its home after "of" (eighteenth session):
# "outlet unknown" on clippings that name their outlet. Names are invented.
@pytest.mark.parametrize(("masthead", "outlet"), [
    ("THE VALE TIMES", "The Vale Times"),
    ("GULF NEWS", "Gulf News"),
    ("The Times of Norland", "The Times of Norland"),
    ("Ardmore Evening Herald of Vale", "Ardmore Evening Herald of Vale"),
])
def test_a_masthead_in_capitals_or_with_its_home_names_the_outlet(masthead: str, outlet: str) -> None:
    text = (f"{masthead}\nMarch 22, 2024\n\nRockets fired at a base\n\nRockets were fired late on "
            "Wednesday at a base housing US troops, an official said on Thursday.\n")
    assert guess_outlet(text, None) == outlet


@pytest.mark.parametrize("heading", ["US NEWS", "WORLD NEWS", "BREAKING NEWS", "SYRIA NEWS",
                                     "THE WEEK IN REVIEW"])
def test_a_section_heading_in_capitals_names_no_outlet(heading: str) -> None:
    assert guess_outlet(f"{heading}\nMarch 22, 2024\n\nRockets fired at a base\n", None) is None


# "Outlet unknown" on clippings that name their outlet (nineteenth session's probe): a house's
# name with "The" and a masthead's word on a byline, heading the page or on its "Published by"
# line; a copyright line opened by "(c)"; a wire's dateline that carries its day. Names invented.
@pytest.mark.parametrize(("head", "outlet"), [
    ("Drone hits a base\nBy Jane Roe, The Vale Courier\nFebruary 6, 2024\n\n", "The Vale Courier"),
    ("THE VALE COURIER\nFebruary 6, 2024\n\nDrone hits a base\n\n", "The Vale Courier"),
    ("The Norland Ledger Review\nFebruary 6, 2024\n\nDrone hits a base\n\n", "The Norland Ledger Review"),
    ("Drone hits a base\nPublished by The Vale Courier on February 6, 2024\n\n", "The Vale Courier"),
    ("Drone hits a base\nFebruary 6, 2024\n\nARDMORE, Norland, Feb. 6 (Vale Wire) - ", "Vale Wire"),
])
def test_a_houses_name_on_its_byline_masthead_or_dateline(head: str, outlet: str) -> None:
    text = head + "A drone struck a base hosting US troops in Syria on Monday, officials said.\n"
    assert guess_outlet(text, None) == outlet


def test_a_copyright_line_opened_by_c_in_brackets_names_the_house() -> None:
    text = ("Drone hits a base\nFebruary 6, 2024\n\nA drone struck a base on Monday, officials said.\n\n"
            "(c) 2024 Vale Wire Service\n")
    assert guess_outlet(text, None) == "Vale Wire Service"


@pytest.mark.parametrize("head", ["The Hill\n", "The Big Picture\n", "By Jane Roe, The Hill\n",
                                  "Published by Jane Roe on February 6, 2024\n"])
def test_a_short_or_a_persons_name_is_no_house(head: str) -> None:
    text = head + "February 6, 2024\n\nDrone hits a base\n\nA drone struck a base on Monday.\n"
    assert guess_outlet(text, None) is None


def test_a_reporting_credit_naming_another_house_is_not_reuters() -> None:
    # "(Reporting by ...)" closes Reuters' copy; one naming the house its reporter wrote for is that house's
    text = ("Drone hits a base\nFebruary 6, 2024\n\nA drone struck a base.\n\n"
            "(Reporting by Jane Roe for the Vale Courier)\n")
    assert guess_outlet(text, None) != "Reuters"
