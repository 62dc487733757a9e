"""Red-sea batch p's classes (issue 22), in texts of ours.

A weekday written beside the day it names ("On Tuesday, February 27") is that day's weekday: it
does not move the page's date to another week because a known event fell on the same weekday.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.dates import against_known_events
from briefing.topic import KnownEvent, Topic, load_topic
from tests.conftest import make_article

_RAID = KnownEvent("Lighthouse raid", "us_strike", dt.date(2024, 2, 20), ("Iraq",), ("Lighthouse raid",))


@pytest.mark.parametrize(("told", "published"), [
    # the weekday beside its written day: the page's date stands
    ("On Tuesday, February 27, the coast office confirmed that the Lighthouse raid had hit two depots.",
     dt.date(2024, 2, 28)),
    # neighbour: the weekday alone puts the known event's weekday a week after it; not used
    ("On Tuesday, the coast office confirmed that the Lighthouse raid had hit two depots.", None),
    # neighbour: a written day that is not the weekday's leaves the weekday alone (not used)
    ("On Tuesday, the coast office confirmed that the Lighthouse raid of February 20 had hit two depots.",
     None),
])
def test_a_weekday_beside_its_written_day_keeps_the_pages_date(told: str, published: dt.date | None) -> None:
    article = make_article(f" date 2024-02-28 Depots hit\n\n{told}")
    assert article.published == dt.date(2024, 2, 28)
    assert against_known_events(article, (_RAID,)).published == published


_RS_PUB = dt.date(2024, 10, 30)


def _figures(text: str) -> set[tuple[str, int]]:
    from briefing.extract.tallies import extract_tallies
    from briefing.topic import choose_topic

    found = extract_tallies(make_article(text, _RS_PUB), choose_topic("red-sea"))
    return {(t.metric, t.value) for t in found}


@pytest.mark.parametrize(("text", "wanted"), [
    # the acts pointed back at as "their actions" after a count so far: what they led to is all of it
    ("Since November, the rebels have been behind nearly 90 assaults on merchant ships. Their actions have "
     "resulted in the sinking of three ships and the deaths of at least five sailors.",
     {("attacks", 90), ("targets_lost", 3), ("killed", 5)}),
    # a killing in the attackers' perfect tense is the campaign's, after a paragraph on one attack
    ("A drone boat struck a tanker on Monday, puncturing its hull; no one aboard was hurt. Since last "
     "winter, the Houthi movement has been targeting shipping. The Houthis have damaged many ships and sunk "
     "three, resulting in the deaths of five foreign seafarers.",
     {("targets_lost", 3), ("killed", 5)}),
])
def test_the_campaigns_toll_told_back(text: str, wanted: set[tuple[str, int]]) -> None:
    assert _figures(text) == wanted


@pytest.mark.parametrize("text", [
    # neighbours: one day's acts, then what "their actions" led to: that day's toll
    "On Sunday the rebels fired missiles at two tankers. Their actions resulted in the sinking of one ship "
    "and the deaths of three crew members.",
    # one act's toll in the perfect, its subject the attack itself
    "A drone boat struck a tanker on Monday. The attack has killed three seafarers.",
])
def test_one_days_toll_told_back_is_no_running_figure(text: str) -> None:
    assert _figures(text) == set()


def _ending(end: dt.date | None, folder: Path) -> Topic:
    """The shipped red-sea profile, with ``[campaign] end`` when given (written to ``folder``)."""
    text = _SHIPPED.read_text(encoding="utf-8")
    if end is not None:
        text = text.replace("start = 2023-11-19", f"start = 2023-11-19\nend = {end.isoformat()}", 1)
    ours = folder / "ours.toml"
    ours.write_text(text, encoding="utf-8")
    return load_topic(path=ours)


_SHIPPED = Path(__file__).resolve().parent.parent / "briefing" / "topics" / "red-sea.toml"
_AFTER = ("The rebels have attacked more than 120 merchant ships since November 2023, a monitor said. U.S. "
          "forces struck two Houthi weapons depots in Yemen on Wednesday, officials said.")


@pytest.mark.parametrize(("end", "events", "figures"), [
    # the campaign ended before the page: its acts and counts are another campaign's
    (dt.date(2024, 12, 31), set(), set()),
    # neighbours: no end said (the shipped profile), or an end after the page's day
    (None, {("us_strike", dt.date(2025, 1, 8))}, {("targets_hit", 120)}),
    (dt.date(2025, 6, 30), {("us_strike", dt.date(2025, 1, 8))}, {("targets_hit", 120)}),
])
def test_a_campaigns_end_keeps_later_acts_and_counts_out(end: dt.date | None, events: set[object],
                                                         figures: set[object], tmp_path: Path) -> None:
    from briefing.extract.events import read_events
    from briefing.extract.tallies import extract_tallies

    topic = _ending(end, tmp_path)
    article = make_article(_AFTER, dt.date(2025, 1, 9))
    assert {(e.type, e.date) for e in read_events(article, topic).events} == events
    assert {(t.metric, t.value) for t in extract_tallies(article, topic)} == figures


def test_a_campaigns_end_before_its_start_is_refused(tmp_path: Path) -> None:
    from briefing.errors import SettingsError

    with pytest.raises(SettingsError, match=r"\[campaign\] end must be a date on or after its start"):
        _ending(dt.date(2023, 1, 1), tmp_path)


@pytest.mark.parametrize(("text", "count"), [
    # two ships counted on one day, no sea named: two attacks (the article's place is given later)
    ("The Houthis attacked two merchant vessels on Monday, the agency said.", 2),
    # after a wire's dateline, which opens the story and is no timeline's entry
    ("July 15 (Norland Wire) -- The Houthis attacked two merchant vessels Monday, the agency said.", 2),
    # neighbours: one ship; a timeline's entry (one entry, one row)
    ("The Houthis attacked a merchant vessel on Monday, the agency said.", 1),
    ("July 15 -- The Houthis attacked two merchant vessels, the agency said.", 1),
])
def test_ships_counted_on_one_day_without_a_sea(text: str, count: int) -> None:
    from briefing.extract.events import read_events
    from briefing.topic import choose_topic

    events = read_events(make_article(text, dt.date(2024, 7, 15)), choose_topic("red-sea")).events
    assert [(e.type, e.date) for e in events] == [("attack_on_shipping", dt.date(2024, 7, 15))] * count


@pytest.mark.parametrize(("text", "wanted"), [
    # the day is the strikes', before the clause that lists the harms so far
    ("The joint strikes on Friday hit rebel radars after the Houthis targeted more than 90 ships, sank two "
     "and hijacked another.", {("targets_hit", 90), ("targets_lost", 2)}),
    # ... and a day in the list's clause that names another act ("following the March 3 raid")
    ("The joint strikes on Friday hit rebel radars after the Houthis targeted more than 90 ships, sank two "
     "and hijacked another following the March 3 raid on a port.",
     {("targets_hit", 90), ("targets_lost", 2)}),
    # neighbours: a day in the list's own clause, or no clause before it, is that day's
    ("The joint strikes came after the Houthis on Monday sank two ships and seized another.", set()),
    ("On Monday the Houthis sank two ships and seized another.", set()),
])
def test_a_list_of_harms_after_another_clauses_day(text: str, wanted: set[tuple[str, int]]) -> None:
    assert _figures(text) == wanted


_BOMBERS = ("Rebel depots hit\nLast week the US carried out several B-2 bomber strikes on rebel arms "
            "depots in Yemen, officials said. The bombers struck five buried storage sites, "
            "the secretary said. ")


@pytest.mark.parametrize(("told", "kinds"), [
    # strikes told as repeated: the campaign's, not one of the acts counted just before
    ("The US and Britain have conducted repeated strikes to curb the Houthis, but rebel attacks on ships "
     "have persisted.", ["us_strike"]),
    # neighbour: a strike with no such cue, right after the number of acts, is one of them
    ("The US and Britain conducted strikes on radar sites to curb the Houthis.",
     ["us_strike", "us_uk_strike"]),
])
def test_strikes_told_as_repeated_are_no_part_of_the_acts_counted(told: str, kinds: list[str]) -> None:
    from briefing.extract.events import read_events
    from briefing.topic import choose_topic

    events = read_events(make_article(_BOMBERS + told), choose_topic("red-sea")).events
    assert [e.type for e in events] == kinds
