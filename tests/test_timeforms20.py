"""Three forms of time (issue 23, twentieth session): a sentence told by its hours that names a day
of its own never takes the text's one day; "last <weekday>"; a relative clause's day. Sentences are
our own (Norland, the Raiders), in the forms releases and reports print."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.dates import find_dates
from briefing.extract.events import extract_events
from tests.conftest import make_article

TUESDAY = dt.date(2023, 12, 12)  # the page's day; its "Sunday" is 10 December
SUNDAY, MONDAY = dt.date(2023, 12, 10), dt.date(2023, 12, 11)

Found = set[tuple[str, dt.date | None, str | None]]


def _dated(text: str, published: dt.date = TUESDAY) -> Found:
    return {(e.type, e.date, e.country) for e in extract_events(make_article(text, published))}


_LEAD = "Militants attacked US forces at a base in Syria on Sunday with a one-way drone.\n\n"


def test_an_hour_and_its_own_day_after_it_is_that_days_act() -> None:
    # a release's hour, its zone and its day, a long subject after them: the day written is the act's
    text = _LEAD + ("\"At 04.00 pm (EST), Dec 11, US Central Command (NORCOM) forces conducted "
                    "airstrikes in Iraq against militia groups.\"")
    found = _dated(text)
    assert ("us_strike", MONDAY, "Iraq") in found
    assert ("us_strike", SUNDAY, "Iraq") not in found


@pytest.mark.parametrize("day", ["on 11/12", "on 11-Dec", "on Wednesday"])
def test_an_hour_with_a_day_not_read_never_takes_the_texts_one_day(day: str) -> None:
    # "11/12" and "11-Dec" are not read; a Wednesday is the day after a Tuesday's page, left open:
    # either way the sentence names its own day, and the lead's Sunday is not it
    text = _LEAD + f"At 4 p.m. {day}, US forces conducted airstrikes in Iraq against militia groups."
    assert ("us_strike", SUNDAY, "Iraq") not in _dated(text)


def test_an_hour_alone_still_takes_the_texts_one_day() -> None:
    text = _LEAD + "At 4 p.m., US forces conducted airstrikes in Iraq against militia groups."
    assert ("us_strike", SUNDAY, "Iraq") in _dated(text)


# ---- "last <weekday>": one to seven days back ------------------------------------------------

THURSDAY = dt.date(2023, 12, 14)


@pytest.mark.parametrize(("said", "expected"), [
    ("last Friday", dt.date(2023, 12, 8)),  # the day after the page's weekday: six days back
    ("last Thursday", dt.date(2023, 12, 7)),  # the page's own weekday: seven days back
    ("last Wednesday", dt.date(2023, 12, 13)),
    ("Friday", None),  # bare, the day after the page: last week's or the next local day, open
])
def test_last_weekday_is_one_to_seven_days_back(said: str, expected: dt.date | None) -> None:
    text = f"Rockets hit the base {said}."
    (day,) = find_dates(text, 0, len(text), THURSDAY)
    assert day.date == expected


def test_last_weekday_with_a_local_clock_is_still_six_days_back() -> None:
    # "last" never names the next day: a local clock after it changes nothing (a bare weekday with
    # one is the next local day)
    text = "Rockets hit the base last Friday local time."
    (day,) = find_dates(text, 0, len(text), THURSDAY)
    assert (day.date, day.basis) == (dt.date(2023, 12, 8), "weekday")
    text = "Rockets hit the base on Friday local time."
    (day,) = find_dates(text, 0, len(text), THURSDAY)
    assert (day.date, day.basis) == (dt.date(2023, 12, 15), "local-time")


def test_a_cause_told_after_the_main_acts_countries_is_not_placed_there() -> None:
    # the countries before "in retaliation for" are the strikes'; the attack's own base is unnamed
    text = ("The United States has begun strikes on 40 targets in Syria and Iraq in retaliation for the "
            "drone attack on a US military base on Sunday, which wounded 12 soldiers.")
    attacks = {(t, d, c) for t, d, c in _dated(text) if t == "attack_on_us_forces"}
    assert attacks == {("attack_on_us_forces", SUNDAY, None)}


def test_an_hour_after_a_last_weekday_lead_keeps_its_own_day() -> None:
    # a Saturday's page: its lead's "last Sunday" is the text's one day; the release's hour and its
    # own day ("Dec 08") after it are the strikes', never that Sunday
    text = ("US forces struck militia sites in Iraq in retaliation for the drone attack on a US base in "
            "Jordan last Sunday.\n\n\"At 04.00 pm (EST), Dec 08, US Central Command (NORCOM) forces "
            "conducted airstrikes in Iraq against militia groups.\"")
    found = _dated(text, published=dt.date(2023, 12, 9))
    assert ("attack_on_us_forces", dt.date(2023, 12, 3), "Jordan") in found
    assert ("us_strike", dt.date(2023, 12, 8), "Iraq") in found
    assert ("us_strike", dt.date(2023, 12, 3), "Iraq") not in found


# ---- "The attack, which occurred on Monday, ...": a relative clause's day is its head's -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Rockets hit al-Asad air base. The attack, which occurred on Monday, was claimed by the Islamic "
     "Resistance in Iraq.", ("attack_on_us_forces", MONDAY, "Iraq")),
    ("The US military carried out a drone strike in Baghdad. The strike, which took place on Sunday night "
     "in a busy district, killed a militia commander.", ("us_strike", SUNDAY, "Iraq")),
])
def test_a_relative_clauses_day_is_the_act_it_tells_of(text: str, expected: tuple[str, dt.date, str]) -> None:
    assert expected in _dated(text)


def test_an_incidents_relative_day_is_not_given_to_the_acts_before() -> None:
    # "the incident" is the other act just told (a shooting at a barracks), not the strikes
    text = ("US forces struck militia depots in Syria. Meanwhile, a soldier opened fire on guards at a "
            "barracks. The incident, which occurred on Sunday night, killed two guards.")
    assert ("us_strike", SUNDAY, "Syria") not in _dated(text)
