"""Precision on the first story (issue 23, thirteenth session): records no careful reader would
write. Written by us, in the forms seen in real clippings; each form has a neighbour that must
stay as it is.

- Attacks named as the reason for a strike ("in response to a string of attacks on U.S.
  personnel", "the groups responsible for attacks on U.S. troops") take no day told after them
  past a clause's mark or what the strike did to those blamed ("was killed"): that day is the
  strike's or its statement's, not the attacks'.
- Acts told as a count are no act of the day the count is given: a total that "increased to 41",
  troops "targeted with multiple attacks since October", forces attacked "at least three times in
  the past 24 hours" (a span over two days).
- A clipper's date days after a known event that the text's first sentence gives as its news in
  the present perfect ("The command has carried out <the known raid>"), naming no later day: a
  rewrite saved late, its date not used (the text does not establish it).
- One act told by the page on the weekday before its date and by a speaker's "today" (a quotation
  whose marks the clipping lost): the speaker spoke on the weekday; one event, on that day.
- "A drone attack on a base hosting U.S. troops killed four fighters late Thursday, in the first
  major attack since ...": the act after "in" restates the subject's act; the troops named in the
  subject are its target, never the agent of a strike.
- "Drones struck a Peshmerga base": a base the text gives to the US side's local partners (the
  profile's partner words), with no US forces named, is theirs, not a base hosting US forces.
- "The attack Tuesday comes days before ...": a definite act with a weekday right after it is
  the act told on that weekday (as "Tuesday's attack"), never the one told last on another day.
- "Strikes in response to a series of assaults on U.S. bases, including a drone attack that killed
  three soldiers": the act of the "including" clause is one of the acts named as the cause.
- "Sunday's attack" after an act told on a Sunday weeks before the page's date: not that act.
- "A commander accused of directing attacks on U.S. troops was killed in a U.S. strike": the
  troops, a preposition's object, are not the victims of the passive; the act is the strike.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events
from tests.conftest import make_article

PUB = dt.date(2023, 12, 29)  # a Friday
THU, SUN = dt.date(2023, 12, 28), dt.date(2023, 12, 24)

Found = set[tuple[str, dt.date | None, str | None]]


def kinds(text: str, published: dt.date | None = PUB) -> Found:
    return {(e.type, e.date, e.country) for e in extract_events(make_article(text, published))}


def attacks(text: str) -> Found:
    return {k for k in kinds(text) if k[0] == "attack_on_us_forces"}


@pytest.mark.parametrize("text", [
    ('"The jets hit two depots in eastern Syria in response to a string of failed attacks on U.S. '
     'personnel in Iraq and Syria that started in mid-October," a Thursday statement from the '
     "Pentagon said."),
    ("U.S. jets hit depots of the groups responsible for attacks on U.S. troops in Syria, striking them "
     "on Thursday."),
])
def test_attacks_named_as_a_reason_take_no_day_told_after_them(text: str) -> None:
    assert attacks(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # neighbours: the day told right after the attacks named as the reason is theirs
    ("The U.S. jets struck in response to the attacks on U.S. forces at al-Asad air base on Sunday.",
     {("attack_on_us_forces", SUN, "Iraq")}),
    ("The strikes were in retaliation for attacks on U.S. troops in Syria on Sunday.",
     {("attack_on_us_forces", SUN, "Syria")}),
])
def test_a_reasons_own_day_still_dates_it(text: str, expected: Found) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize("text", [
    ("WASHINGTON - The number of attacks on U.S. forces in Iraq and Syria increased to 41 over the past "
     'week, a Pentagon spokesman told reporters. "We have now counted 41 of them," the spokesman said '
     "on Thursday."),
    ("A drone hit a U.S. base in eastern Syria, a military source told reporters on Thursday. U.S. and "
     "coalition troops in Iraq and Syria have been targeted with multiple attacks since October 2023."),
    ("Militants have attacked U.S. forces in Iraq and Syria at least three times in the past 24 hours, "
     "officials say."),
])
def test_acts_told_as_a_count_are_no_act_of_the_day(text: str) -> None:
    assert attacks(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # neighbours: one act in the past day's hours, acts on a day of their own, a passive act with
    # its own instrument
    ("A drone attacked U.S. forces at al-Asad air base in Iraq in the past 24 hours, officials say.",
     {("attack_on_us_forces", PUB, "Iraq")}),
    ("Drones attacked U.S. forces in Syria twice on Thursday.", {("attack_on_us_forces", THU, "Syria")}),
    ("U.S. troops in Syria were targeted with two drones on Thursday.",
     {("attack_on_us_forces", THU, "Syria")}),
])
def test_one_act_or_acts_of_their_own_day_still_dated(text: str, expected: Found) -> None:
    assert attacks(text) == expected


_RAID = ("Lighthouse raid", "us_strike", dt.date(2024, 2, 20), ("Iraq",), ("Lighthouse raid",))


@pytest.mark.parametrize(("page", "lede", "published"), [
    # saved nine days after the known raid, which the lede gives as its news: not used
    ("2024-02-29", "The command has carried out the Lighthouse raid on two depots.", None),
    # neighbours: the same lede saved the day after; a lede that recalls the raid in the past tense
    ("2024-02-21", "The command has carried out the Lighthouse raid on two depots.", dt.date(2024, 2, 21)),
    ("2024-02-29", "The command confirmed the Lighthouse raid on two depots.", dt.date(2024, 2, 29)),
])
def test_a_clippers_date_days_after_a_known_event_its_lede_gives_as_news(
        page: str, lede: str, published: dt.date | None) -> None:
    from briefing.dates import against_known_events
    from briefing.topic import KnownEvent

    text = f" date {page} {lede} Officials said both were hit.\n\nThe groups have been warned."
    assert against_known_events(make_article(text), (KnownEvent(*_RAID),)).published == published


_HURT_THURSDAY = ("Several U.S. troops were hurt Thursday in a rocket attack on al-Asad air base in Iraq, "
                  "a U.S. official said. ")


@pytest.mark.parametrize(("text", "expected"), [
    (_HURT_THURSDAY + "We can confirm that a rocket attack took place today against U.S. forces at "
     "al-Asad air base, the official said.", {("attack_on_us_forces", THU, "Iraq")}),
    # neighbours: a "today" of the page's own (no saying), and a speaker's "today" at another base
    (_HURT_THURSDAY + "Another rocket attack hit al-Asad air base today.",
     {("attack_on_us_forces", THU, "Iraq"), ("attack_on_us_forces", PUB, "Iraq")}),
    (_HURT_THURSDAY + "A drone attack took place today against U.S. forces at Harir air base, the "
     "official said.", {("attack_on_us_forces", THU, "Iraq"), ("attack_on_us_forces", PUB, "Iraq")}),
    # review14: a speaker's "today" of an act told as one more at the same base is the page's own day
    (_HURT_THURSDAY + "A second rocket attack took place today at al-Asad air base, the official said.",
     {("attack_on_us_forces", THU, "Iraq"), ("attack_on_us_forces", PUB, "Iraq")}),
    (_HURT_THURSDAY + "Drones hit al-Asad air base again today, the official said.",
     {("attack_on_us_forces", THU, "Iraq"), ("attack_on_us_forces", PUB, "Iraq")}),
])
def test_a_speakers_today_beside_the_weekday_before_the_page_is_one_act(text: str, expected: Found) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone attack on a base hosting U.S. troops in eastern Syria killed four allied Kurdish fighters "
     "late Thursday, in the first major attack in Syria or Iraq since the U.S. launched retaliatory "
     "strikes over the weekend against militias that have been targeting its forces.",
     {("attack_on_us_forces", THU, "Syria")}),
    # neighbours: victims killed in an act, and the US killing a commander in a strike
    ("Three U.S. soldiers were killed on Thursday in a drone attack on a base in Jordan.",
     {("attack_on_us_forces", THU, "Jordan")}),
    ("The U.S. military says it killed a militia commander on Thursday in a drone strike in Baghdad.",
     {("us_strike", THU, "Iraq")}),
])
def test_an_act_restating_its_subject_act_is_no_strike(text: str, expected: Found) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At least two drones struck a Peshmerga base in Erbil on Thursday, a regional spokesman said.", set()),
    # neighbours: US forces named at the base, and a base given to no one
    ("At least two drones struck a base hosting U.S. and Peshmerga troops in Erbil on Thursday.",
     {("attack_on_us_forces", THU, "Iraq")}),
    ("At least two drones struck a base near Erbil airport on Thursday.",
     {("attack_on_us_forces", THU, "Iraq")}),
])
def test_a_base_of_the_local_partners_is_not_one_hosting_us_forces(text: str, expected: Found) -> None:
    assert attacks(text) == expected


TUE, DEC10 = dt.date(2023, 12, 26), dt.date(2023, 12, 10)
_TWO_ATTACKS = ("Militants launched two drones at al-Asad air base in Iraq on Tuesday, officials said. "
                "Earlier, a drone attack on a base in Jordan on Dec. 10 killed two U.S. soldiers. ")


@pytest.mark.parametrize(("text", "expected"), [
    (_TWO_ATTACKS + "The attack Tuesday comes days before talks in Washington.",
     {("attack_on_us_forces", TUE, "Iraq"), ("attack_on_us_forces", DEC10, "Jordan")}),
    # neighbour: "the attack" with no day of its own is the one told last
    (_TWO_ATTACKS + "The attack was the deadliest this year.",
     {("attack_on_us_forces", TUE, "Iraq"), ("attack_on_us_forces", DEC10, "Jordan")}),
])
def test_a_definite_act_with_its_weekday_is_the_act_of_that_day(text: str, expected: Found) -> None:
    assert attacks(text) == expected


_BEGUN = ("The Pentagon announced the strikes on Thursday. U.S. forces have begun airstrikes on militants in "
          "Syria and Iraq in response to a series of assaults on U.S. bases in the region, including a drone "
          "attack ")


@pytest.mark.parametrize(("text", "expected"), [
    (_BEGUN + "that killed three U.S. soldiers.", set()),
    # neighbour: the act of the "including" clause with a day of its own
    (_BEGUN + "in Jordan on Sunday that killed three U.S. soldiers.",
     {("attack_on_us_forces", SUN, "Jordan")}),
])
def test_an_act_listed_among_the_causes_is_a_cause_too(text: str, expected: Found) -> None:
    assert attacks(text) == expected


_SUNDAYS = ("A drone attack on a base hosting U.S. troops in eastern Syria killed two allied fighters on "
            "Sunday. Earlier, a drone attack by the same group hit a base in Jordan on Dec. 10. ")


@pytest.mark.parametrize(("text", "expected"), [
    (_SUNDAYS + "Kurdish officials blamed the militias for Sunday's attack.",
     {("attack_on_us_forces", SUN, "Syria"), ("attack_on_us_forces", DEC10, "Jordan")}),
    # neighbour: "Sunday's attack" right after the act of this week's Sunday
    ("Earlier, a drone attack hit a base in Jordan on Dec. 10. A drone attack on a base hosting U.S. troops "
     "in eastern Syria killed two allied fighters on Sunday. Kurdish officials blamed the militias for "
     "Sunday's attack.", {("attack_on_us_forces", SUN, "Syria"), ("attack_on_us_forces", DEC10, "Jordan")}),
])
def test_a_weekdays_act_is_not_one_told_weeks_before_the_page(text: str, expected: Found) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A militia commander accused of directing recent attacks on U.S. troops in Iraq was killed in a U.S. "
     "drone strike in Baghdad on Thursday.", {("us_strike", THU, "Iraq")}),
    # neighbours: US troops as the passive's own subject
    ("Two U.S. soldiers were wounded on Thursday in a rocket attack on al-Asad air base in Iraq.",
     {("attack_on_us_forces", THU, "Iraq")}),
    ("Three U.S. troops were killed in a drone attack on a base in Jordan on Thursday.",
     {("attack_on_us_forces", THU, "Jordan")}),
])
def test_forces_named_as_an_object_are_not_the_passives_victims(text: str, expected: Found) -> None:
    assert kinds(text) == expected
