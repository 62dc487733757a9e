"""Rows and days no source reports (issue 23, fourteenth session: the reviewer's older faults).
Written by us, in the forms seen in real clippings; each form has a neighbour that must stay.

- An act dated from another: "The strike was carried out a week after the drone attack on
  Monday" gives the strike Monday counted on (or no day, when that is past the page's day), never
  Monday; "... carried out in response to the attack on Sunday" gives it no day at all (Sunday is
  the attack's).
- An act told at another time beside a dated one: counted back from it ("A week earlier, a drone
  struck the same base", "Two days before, ...", "Days earlier, ...", "The week before, ...") or
  from the page's day outside the dated act's span ("Last March, ...", "three weeks ago"), or any
  such time told after the dated act ("Earlier this month, ..."): never a source of the dated
  row, nor its toll.
- A toll goes to one event, the one its sentence tells: a neighbouring sentence that is another
  dated act's evidence ("On Tuesday, a rocket attack on <a base> wounded two soldiers", told after
  Thursday's attack) gives its wounded to that act only; so does a sentence telling this act back
  ("The attack followed a rocket attack on Tuesday ... that wounded two").
- A named event told as the time before the page's own act ("the latest such attack since the
  <ship> was targeted", "the first attack after the <ship> was seized", "weeks after the attack on
  the <ship>", "Months ago, the <ship> was ...") does not give that act its known day, on an
  undated page or a dated one; the ship named as the act's target still does.
- A clipper's date days after a known event is set aside as a late copy's only when the lede
  gives that event as the object of an act told in the present perfect ("The command has carried
  out <the raid>"): never for a perfect of another verb ("has been silent about <the raid>", "has
  warned ... after <the raid>") nor for a count since it ("have launched 40 attacks since <the
  raid>"): those pages keep their right date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.extract.events import extract_events
from briefing.topic import choose_topic
from tests.conftest import make_article

FRI = dt.date(2024, 2, 9)  # the page's day, a Friday
MON, SUN = dt.date(2024, 2, 5), dt.date(2024, 2, 4)

Found = set[tuple[str, dt.date | None, str | None]]


def kinds(text: str, published: dt.date | None = FRI) -> Found:
    return {(e.type, e.date, e.country) for e in extract_events(make_article(text, published))}


def strikes(text: str, published: dt.date | None = FRI) -> Found:
    return {k for k in kinds(text, published) if k[0] == "us_strike"}


# --- an act dated from another ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # counted on from the other act's day
    ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
     "out two days after the drone attack on Monday that hurt U.S. troops.",
     {("us_strike", MON + dt.timedelta(days=2), "Syria")}),
    ("American jets hit two militia depots in eastern Syria, officials said. The strikes were conducted "
     "a week after the rocket attack on Jan. 29 that hurt U.S. troops.",
     {("us_strike", dt.date(2024, 2, 5), "Syria")}),
    # counted on past the page's own day: no day it could have
    ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
     "out a week after the drone attack on Monday that hurt U.S. troops.", set()),
    # another act's day after a cue of that act: not the strike's
    ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
     "out in response to the drone attack on Sunday that hurt U.S. troops.", set()),
    ("American jets hit two militia depots in eastern Syria, officials said. The strikes were "
     "conducted in retaliation for the rocket attack on Sunday against U.S. troops.", set()),
    ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
     "out days after the drone attack on Monday that hurt U.S. troops.", set()),
])
def test_an_act_dated_from_another_is_not_given_that_acts_day(text: str, expected: Found) -> None:
    assert strikes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # neighbours: the strike's own day, told before the cue of the other act
    ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
     "out early Thursday, in response to the drone attack on Sunday that hurt U.S. troops.",
     {("us_strike", dt.date(2024, 2, 8), "Syria")}),
    ("American jets hit two militia depots in eastern Syria, officials said. The strikes were "
     "carried out shortly after midnight on Thursday.",
     {("us_strike", dt.date(2024, 2, 8), "Syria")}),
])
def test_the_acts_own_day_before_the_cue_still_dates_it(text: str, expected: Found) -> None:
    assert strikes(text) == expected


def test_the_other_act_keeps_its_own_day() -> None:
    text = ("American jets hit two militia depots in eastern Syria, officials said. The strike was carried "
            "out in response to the drone attack on Sunday that hurt U.S. troops in Syria.")
    assert ("attack_on_us_forces", SUN, "Syria") in kinds(text)


# --- an act told at another time -------------------------------------------------------------

LEDE = "Militants fired rockets at a base hosting U.S. troops in eastern Syria on Thursday, officials said. "
THU = dt.date(2024, 2, 8)


@pytest.mark.parametrize("other", [
    "A week earlier, a drone struck the same base, wounding two soldiers.",
    "Two days before, a drone attack on U.S. forces at the base injured four soldiers.",
    "Days earlier, a drone attack on U.S. forces in Syria hurt three service members.",
    "The week before, militants attacked U.S. troops in Syria with drones, wounding five.",
    "Last March, a drone attack on U.S. forces in Syria killed a contractor.",
    "Militants attacked U.S. forces in Syria with drones three weeks ago, injuring six.",
    "Earlier this month, a drone attack on U.S. forces in Syria wounded three service members.",
])
def test_an_act_told_at_another_time_is_not_the_dated_rows(other: str) -> None:
    events = extract_article(make_article(LEDE + other, FRI)).events
    (row,) = [e for e in events if e.date == THU]
    assert [s.quote for s in row.sources] == [LEDE.strip()]
    assert row.details.casualties == ()


@pytest.mark.parametrize(("text", "hurt"), [
    # neighbours: the same act told by the page's week, in the lede, is the dated one's
    ("Five U.S. troops were hurt in a drone attack on a base in Syria last week, officials said. "
     "Militants fired drones at U.S. forces at the base on Thursday.", 5),
    ("Militants fired rockets at a base hosting U.S. troops in eastern Syria on Thursday, officials said. "
     "The attack wounded two soldiers.", 2),
])
def test_the_dated_acts_own_toll_is_kept(text: str, hurt: int) -> None:
    events = extract_article(make_article(text, dt.date(2024, 2, 13))).events
    assert [(e.date, [c.value for c in e.details.casualties]) for e in events] == [(THU, [hurt])]
    assert len(events[0].sources) == 2


# --- a toll goes to one event ---------------------------------------------------------------------

TUE = dt.date(2024, 2, 6)


@pytest.mark.parametrize("text", [
    ("A drone attack on Thursday hit a base hosting U.S. troops in Iraq, officials said. On Tuesday, "
     "a rocket attack on Al-Asad Air Base wounded two soldiers."),
    ("A drone attack hit a base hosting U.S. troops in Iraq on Thursday, officials said. Two soldiers "
     "were wounded on Tuesday when rockets struck Al-Asad Air Base."),
    ("A drone attack on Thursday hit a base hosting U.S. troops in Syria, officials said. The attack "
     "followed a rocket attack on Tuesday on Al-Asad Air Base in Iraq that wounded two soldiers."),
])
def test_a_neighbours_toll_of_another_dated_act_is_that_acts_only(text: str) -> None:
    found = {e.date: {(c.side, c.kind, c.value) for c in e.details.casualties}
             for e in extract_article(make_article(text, FRI)).events}
    assert found[THU] == set()
    assert {value for _, _, value in found[TUE]} == {2}


def test_the_acts_own_toll_beside_anothers_is_kept() -> None:
    text = ("A drone attack hit a base hosting U.S. troops in Iraq on Thursday, wounding one soldier. "
            "Two soldiers were wounded on Tuesday when rockets struck Al-Asad Air Base.")
    found = {e.date: [c.value for c in e.details.casualties]
             for e in extract_article(make_article(text, FRI)).events}
    assert found == {THU: [1], TUE: [2]}


# --- a named event told as the time before ---------------------------------------------------------

HIT = "A cargo ship was struck by a missile off Yemen in the Red Sea"


@pytest.mark.parametrize("published", [None, dt.date(2023, 12, 5)])
@pytest.mark.parametrize("text", [
    f"{HIT}, the latest such attack since the Unity Explorer was targeted.",
    f"{HIT}. It was the first attack on a vessel after the Galaxy Leader was seized.",
    f"{HIT}, weeks after the attack on the Unity Explorer.",
    f"{HIT}. Months ago, the Strinda was among the first ships to be struck.",
])
def test_a_ship_named_as_the_time_before_gives_no_day(text: str, published: dt.date | None) -> None:
    events = extract_events(make_article(text, published), choose_topic("red-sea"))
    assert [e.named_event for e in events] == []


def test_the_ship_named_as_the_target_still_gives_its_day() -> None:
    text = f"{HIT}. Reports identify the vessel as the Unity Explorer."
    events = extract_events(make_article(text, None), choose_topic("red-sea"))
    assert [(e.date, e.named_event) for e in events] == [
        (dt.date(2023, 12, 3), "missile attack on the Unity Explorer")]


# --- a present-perfect lede, exactly ----------------------------------------------------------------

_RAID = ("Lighthouse raid", "us_strike", dt.date(2024, 2, 20), ("Iraq",), ("Lighthouse raid",))


@pytest.mark.parametrize(("lede", "published"), [
    ("The ministry has been silent about the Lighthouse raid on two depots.", dt.date(2024, 2, 29)),
    ("The militias have warned of revenge for the Lighthouse raid on two depots.", dt.date(2024, 2, 29)),
    ("The militias have launched 40 attacks since the Lighthouse raid on two depots.", dt.date(2024, 2, 29)),
    # neighbour: the raid given as the lede's news, saved nine days later: not used
    ("The command has carried out the Lighthouse raid on two depots.", None),
])
def test_only_a_lede_giving_the_known_event_as_its_news_sets_the_date_aside(
        lede: str, published: dt.date | None) -> None:
    from briefing.dates import against_known_events
    from briefing.topic import KnownEvent

    text = f" date 2024-02-29 {lede} Officials said both were hit.\n\nThe groups have been warned."
    assert against_known_events(make_article(text), (KnownEvent(*_RAID),)).published == published
