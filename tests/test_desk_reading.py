"""What a desk analyst reading the built week would not trust, fixed in the layers after extraction
(rows, the table of dead and injured, the map, credits). Each case is written in our own words, in
the forms the real clippings of a week used."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.assemble import assemble
from briefing.build import extract
from briefing.compare import tolls
from briefing.extract import extract_article
from briefing.extract.details.weapons import scope_of
from briefing.model import Casualty, Count, CountScope, Event, Evidence, Named, Period, Qualifier
from briefing.rows import row_text, shown_figures
from briefing.topic import choose_topic, load_topic
from tests.conftest import make_article

MON = dt.date(2024, 1, 29)
FRI = dt.date(2024, 2, 2)


def attack() -> Event:
    (event,) = extract_article(make_article(
        "A drone hit Tower 22 in Jordan on Sunday, killing three US soldiers.", MON)).events
    return event


def injured(value: int, qualifier: Qualifier, day: int, article: str) -> Casualty:
    return Casualty("us", "injured", value, qualifier, dt.date(2024, 1, day),
                    Evidence(article, 0, 5, "words"))


def with_figures(event: Event, *figures: Casualty) -> Event:
    return replace(event, details=replace(event.details, casualties=figures))


def test_a_loose_floor_a_day_after_a_higher_count_is_no_report_that_differs() -> None:
    # the command's "25 injured" on Sunday, a paper's "at least two dozen" on Monday beside another's
    # "at least 34", then the briefing's "more than 40": a toll that grew, not reports that disagree
    event = with_figures(attack(), injured(25, "exact", 28, "a"), injured(24, "at least", 29, "b"),
                         injured(34, "at least", 29, "c"), injured(40, "more than", 30, "d"))
    row = row_text(event)
    assert "40+ US injured (25 → ≥34 → 40+)" in row
    assert "reports differ" not in row


def test_a_loose_floor_on_the_last_day_is_not_the_figure_counted() -> None:
    # "34 injured" on Monday, then on Tuesday a copy's "at least two dozen": the toll stays 34
    event = with_figures(attack(), injured(34, "exact", 29, "a"), injured(24, "at least", 30, "b"))
    assert "34 US injured [1]" in row_text(event, numbers={"a": 1, "b": 2})
    (counted,) = [t for t in tolls([event]) if t.kind == "injured"]
    assert (counted.value, counted.qualifier) == (34, "exact")


def test_a_floor_retold_without_its_more_than_is_said_after_the_toll_never_its_latest() -> None:
    # the command's "25", a paper's "at least 34", the briefing's "more than 40" on Tuesday, then on
    # Saturday an outlet's plain "40": the row keeps 40+ and says the later, lower report with its day
    event = with_figures(attack(), injured(25, "exact", 28, "a"), injured(34, "at least", 29, "b"),
                         injured(40, "more than", 30, "c"), replace(injured(40, "exact", 30, "d"), as_of=FRI))
    row = row_text(event, numbers={"a": 1, "b": 2, "c": 3, "d": 4})
    assert "40+ US injured (25 [1] → ≥34 [2] → 40+ [3]; a later report: 40 on 2 Feb [4])" in row
    (counted,) = [t for t in tolls([event]) if t.kind == "injured"]
    assert (counted.value, counted.qualifier) == (40, "at least")  # the floor counted, not the plain 40
    # the later report is a figure the row shows: the document cites it
    assert [sorted(c.source.article for c in shown) for shown in shown_figures(event)][-1] == ["d"]


def test_a_figure_below_an_earlier_floor_by_more_than_its_qualifier_still_differs() -> None:
    # "34" after "more than 40" is no retelling of it: reports that differ, as before
    event = with_figures(attack(), injured(40, "more than", 30, "a"),
                         replace(injured(34, "exact", 30, "b"), as_of=FRI))
    assert "reports differ: 40+ on 30 Jan, 34 on 2 Feb" in row_text(event)


def test_a_lower_exact_figure_on_a_later_day_still_differs() -> None:
    # not a floor: "20 injured" after "25 injured" is a report that differs, said so
    event = with_figures(attack(), injured(25, "exact", 28, "a"), injured(20, "exact", 29, "b"))
    assert "reports differ: 25 on 28 Jan, 20 on 29 Jan" in row_text(event)


# written for this test: a government's toll of a night's strikes, run again a day later by another
# site word for word (a copy, counted once)
TOLL = """---
title: Sixteen dead in strikes in western Iraq, government says
published: 2024-02-0{day}
outlet: {outlet}
---
BAGHDAD - US strikes on Friday against armed groups near Al-Qaim in western Iraq killed at least 16 people,
including civilians, and wounded 23, a government spokesman said on Saturday.

The spokesman said the strikes hit places where security forces were stationed, and called them a
violation of the country's sovereignty. Officials in Washington said the strikes were a response to
the drone attack on a US outpost in Jordan the week before.
"""


def test_the_table_of_dead_and_injured_cites_a_report_the_source_list_numbers(tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text(TOLL.format(day=3, outlet="Desk Wire"), encoding="utf-8")
    (tmp_path / "copy.txt").write_text(TOLL.format(day=4, outlet="Desk Copy"), encoding="utf-8")
    extraction = extract([tmp_path])
    assert [a.duplicate_of for a in extraction.articles if a.id == "copy"] == ["first"]
    briefing = assemble(extraction, Period(dt.date(2024, 1, 29), dt.date(2024, 2, 4), "w"), "T")
    numbers = briefing.source_numbers()
    counted = [(t.kind, c.value, c.source.article) for t in briefing.tolls for _, _, c in t.figures]
    assert counted and all(article in numbers for _, _, article in counted), (counted, numbers)


def test_each_of_two_neighbouring_markers_is_named_on_its_own_side(
        monkeypatch: pytest.MonkeyPatch, area: tuple[float, ...] = (34.0, 29.0, 50.0, 38.0)) -> None:
    # a strike at a town and an attack at an oil field a few kilometres east, the same week: the
    # markers stand side by side, and each name sits by its own marker, never nearer the other's
    from briefing import eventmap
    from briefing.charts import text_box
    from briefing.names import default_words

    box = {"box": list(area), "cities": [],
           "countries": [{"name": "Syria", "rings": [[[38, 32], [44, 32], [44, 37], [38, 32]]]}]}
    monkeypatch.setattr(eventmap, "region", lambda name: box)
    words = default_words()
    town = eventmap.spot(35.00, 40.42, "Town", "us_strike", False, 1, False, words)
    field = eventmap.spot(35.05, 40.58, "Oil Field", "attack_on_us_forces", False, 1, False, words)
    figure = eventmap.map_figure(eventmap.MapData((town, field), ("Syria",), "iraq-syria"))
    renderer = figure.canvas.get_renderer()
    drawn = {line.get_marker(): line.get_window_extent(renderer) for line in figure.axes[0].lines
             if line.get_zorder() >= 5}
    centre = {"Town": drawn[town.marker], "Oil Field": drawn[field.marker]}
    for label in (t for t in figure.axes[0].texts if t.get_gid() == "spot-label"):
        own, other = (centre[label.get_text()], *(b for n, b in centre.items() if n != label.get_text()))
        middle = (text_box(label, renderer).x0 + text_box(label, renderer).x1) / 2
        assert abs(middle - (own.x0 + own.x1) / 2) < abs(middle - (other.x0 + other.x1) / 2), label.get_text()


def test_two_markers_a_little_apart_are_each_named_on_their_own_side(monkeypatch: pytest.MonkeyPatch) -> None:
    # the same two places on a map of a smaller area: drawn apart, not side by side, and still each
    # name by its own marker
    test_each_of_two_neighbouring_markers_is_named_on_its_own_side(monkeypatch, (38.0, 32.0, 44.0, 37.0))


# written for this test: a page clipped with its section, headline and the line naming the paper and
# the day it ran, as a services' paper prints it (no address kept)
UNDER_HEADLINE = """Army
Two reservists from a Georgia unit killed in desert outpost attack
Desk Stripes January 29, 2024
ATLANTA - The two service members killed in a drone strike on an outpost in Jordan were reservists
from Georgia, the Pentagon said Monday.
"""


def test_a_known_outlets_name_over_the_day_it_ran_is_the_clippings_outlet(tmp_path: Path) -> None:
    topic = load_topic({"outlets": {"desk-stripes.example": "Desk Stripes"}})
    (tmp_path / "page.txt").write_text(UNDER_HEADLINE, encoding="utf-8")
    unlisted = UNDER_HEADLINE.replace("Desk Stripes", "Desk Unlisted")
    (tmp_path / "other.txt").write_text(unlisted, encoding="utf-8")
    outlets = {a.id: a.outlet for a in extract([tmp_path], topic=topic).articles}
    assert outlets == {"page": "Desk Stripes", "other": None}  # a name the desk's table lacks is no outlet


def strike_with(*counts: tuple[str, int, Qualifier, str]) -> Event:
    (event,) = extract_article(make_article(
        "US aircraft struck militia sites near Al-Qaim in Iraq on Friday.", dt.date(2024, 2, 3))).events
    # each count's scope read from its sentence, as the details stage reads it
    countries = choose_topic(None).campaign.countries
    told = tuple(Count(what, value, qualifier, Evidence("a", 0, len(quote), quote),  # type: ignore[arg-type]
                       scope_of(quote, value, countries))
                 for what, value, qualifier, quote in counts)
    return replace(event, details=replace(event.details, counts=told))


def test_a_count_of_the_whole_nights_strikes_is_not_shown_as_one_countrys() -> None:
    # the command's "more than 85 targets in Iraq and Syria" and a paper's "four facilities in Syria and
    # three in Iraq", on the Iraq strike's row: Iraq's three, and the 85 said to be the two countries'
    whole = "US forces hit more than 85 targets in Iraq and Syria with bombers flown from home."
    shares = "Officials said the strikes hit four facilities in Syria and three in Iraq."
    event = strike_with(("targets", 85, "more than", whole), ("facilities", 4, "exact", shares),
                        ("facilities", 3, "exact", shares))
    row = row_text(event)
    assert "(3 facilities; 85+ targets across Iraq and Syria)" in row, row
    assert "4 facilities" not in row


def test_a_row_takes_whose_a_count_is_from_its_typed_scope_not_its_quote() -> None:
    # (issue 22: meaning passed as typed fields) the row reads no sentence again: a scope read as the
    # whole night's is said so, whatever the quote; a quote listing the countries with an empty scope
    # is the row's own
    (event,) = extract_article(make_article(
        "US aircraft struck militia sites near Al-Qaim in Iraq on Friday.", dt.date(2024, 2, 3))).events
    quote = "US forces hit more than 85 targets in Iraq and Syria."
    whole = Count("targets", 85, "more than", Evidence("a", 0, 10, "US forces hit targets."),
                  CountScope(("Iraq", "Syria"), (), ("Iraq", "Syria")))
    own = Count("facilities", 3, "exact", Evidence("a", 0, len(quote), quote))
    row = row_text(replace(event, details=replace(event.details, counts=(whole, own))))
    assert "(3 facilities; 85+ targets across Iraq and Syria)" in row, row


def test_a_count_told_with_another_country_otherwise_stays_the_events() -> None:
    # "to bases in Syria" says where the drones went, not whose the count is
    told = "Over 30 munitions were dropped on sites in Iraq, some used for drones sent to bases in Syria."
    event = strike_with(("munitions", 30, "more than", told))
    assert "(30+ munitions)" in row_text(event)


# written for this test: a wire's claim story, its headline naming the claimant only by its kind
CLAIMED = """---
published: 2024-01-29
outlet: Desk Wire
---
Iraqi Shiite militia claims attacks on two U.S. bases in Syria

BAGHDAD, Jan. 28 (Desk Wire) -- The Islamic Resistance in Iraq, an Iraqi Shiite militia, claimed Sunday
responsibility for drone attacks on two U.S. bases in Syria.

The group said in an online statement that its fighters launched explosive-laden drones at two U.S.
military bases in Syria, including the al-Tanf base.
"""


def test_one_claim_told_by_the_headline_and_the_body_is_one_row_under_the_group_that_claims(
        tmp_path: Path) -> None:
    (tmp_path / "claim.txt").write_text(CLAIMED, encoding="utf-8")
    extraction = extract([tmp_path])
    assert len([s for s in extraction.statements if s.kind == "claim"]) > 1  # the form that showed the fault
    briefing = assemble(extraction, Period(dt.date(2024, 1, 29), dt.date(2024, 2, 4), "w"), "T")
    claims = [s for s in briefing.statements if s.kind == "claim"]
    assert [s.who for s in claims] == ["Islamic Resistance in Iraq"]
    assert len(claims[0].sources) > 1  # the headline's sentence is its evidence too


# written for this test: a story with no date anywhere that counts the campaign's attacks
UNDATED_COUNT = """Houthi rebels fired on two cargo ships again

A destroyer shot down two missiles aimed at two cargo ships in the Red Sea on Wednesday, the navy said.

More than 30 Houthi attacks since November
"""


def test_a_figure_whose_day_no_report_gives_is_never_told_as_none_reported(tmp_path: Path) -> None:
    from briefing.render import to_html

    (tmp_path / "count.txt").write_text(UNDATED_COUNT, encoding="utf-8")
    topic = choose_topic("red-sea")
    extraction = extract([tmp_path], topic=topic)
    assert [t.as_of for t in extraction.tallies] == [None]  # the form that showed the fault
    briefing = assemble(extraction, Period(dt.date(2024, 1, 22), dt.date(2024, 1, 28), "w"), "T",
                        words=topic.said)
    assert not briefing.glance
    html = to_html(briefing, ())
    assert "No campaign figures were reported" not in html
    assert "The one campaign figure found in the inputs is not shown here (no report gives its day)" in html
    assert "No running tallies were reported" not in html  # the charts' place says the same
    assert "No running tally could be charted for this period" in html


def test_a_week_without_a_read_toll_never_says_no_report_gives_one(tmp_path: Path) -> None:
    # "killing several of them": the report gives dead, in words; the tool read no figure, and says
    # only that, never that no report gives any
    (tmp_path / "gunship.txt").write_text(
        "---\npublished: 2023-11-21\noutlet: Desk Wire\n---\nA US gunship struck militants in a vehicle in "
        "western Iraq on Tuesday after they fired a missile at US troops, killing several of them, "
        "officials said.\n", encoding="utf-8")
    from briefing.render import to_html

    briefing = assemble(extract([tmp_path]), Period(dt.date(2023, 11, 16), dt.date(2023, 11, 22), "w"), "T")
    assert briefing.chronology and not briefing.tolls
    html = to_html(briefing, ())
    assert "No report gives dead or injured" not in html
    assert "No figure of dead or injured could be read" in html


# written for this test: the president's words of Friday, printed again by a paper on Sunday
VOW = """---
published: 2024-02-0{day}
outlet: {outlet}
---
US aircraft struck militia sites near Al-Qaim in Iraq on Friday, February 2, 2024.

"Let all who would seek to hurt us know this: if you harm an American, we will respond," the president said.
"""


def test_a_vow_quoted_word_for_word_by_a_later_report_is_one_row_on_its_first_day(tmp_path: Path) -> None:
    (tmp_path / "friday.txt").write_text(VOW.format(day=2, outlet="Desk Wire"), encoding="utf-8")
    (tmp_path / "sunday.txt").write_text(VOW.format(day=4, outlet="Desk Weekly").replace(
        "US aircraft struck militia sites near Al-Qaim in Iraq on Friday, February 2, 2024.",
        "Officials in Baghdad summoned the US envoy on Sunday over the raids of two days before."),
        encoding="utf-8")
    extraction = extract([tmp_path])
    said = [s for s in extraction.statements if s.kind == "promise"]
    assert {s.date for s in said} == {dt.date(2024, 2, 2), dt.date(2024, 2, 4)}  # the form that showed it
    briefing = assemble(extraction, Period(dt.date(2024, 1, 29), dt.date(2024, 2, 4), "w"), "T")
    (row,) = [s for s in briefing.statements if s.kind == "promise"]
    assert row.date == dt.date(2024, 2, 2)
    assert {e.article for e in row.sources} == {"friday", "sunday"}


def test_a_key_point_says_when_its_figure_is_an_outlets_own_count(tmp_path: Path) -> None:
    # an encyclopedia's or a paper's own tally of the campaign, said by no official: the key point
    # says whose count it is, as the table does, never reading as the command's figure
    (tmp_path / "count.txt").write_text(
        "---\npublished: 2024-02-03\noutlet: Desk Wiki\n---\nSince October 17, 2023, militias backed by Iran "
        "have carried out more than 170 attacks on US bases in Iraq, Jordan and Syria.\n", encoding="utf-8")
    briefing = assemble(extract([tmp_path]), Period(dt.date(2024, 1, 29), dt.date(2024, 2, 4), "w"), "T")
    (line,) = briefing.glance
    assert line.latest.source_kind == "outlet"  # the form that showed it
    (point,) = [p for p in briefing.key_points if "170" in p.text]
    assert "(the outlet's own count)" in point.text


def test_what_a_strike_hit_never_carries_the_whole_nights_figure_as_the_rows() -> None:
    whole = "US forces hit more than 85 targets in Iraq and Syria with bombers flown from home."
    event = strike_with(("targets", 85, "more than", whole))
    hit = Named("85 targets linked to the Guards", Evidence("a", 0, len(whole), whole))
    row = row_text(replace(event, details=replace(event.details, facilities=(hit,))))
    assert row.startswith("US strike on targets linked to the Guards near Al-Qaim, Iraq"), row
    assert "(85+ targets across Iraq and Syria)" in row
    # a figure that is the row's own stays: "two depots" of a strike in one country
    own = "US jets hit two depots near Al-Qaim in Iraq."
    depots = replace(event, details=replace(event.details, facilities=(
        Named("two depots", Evidence("a", 0, len(own), own)),), counts=()))
    assert row_text(depots).startswith("US strike on two depots near Al-Qaim, Iraq")
