"""Acts that read nothing before (issue 23, event recall): forms a careful reader sees in many
outlets. Sentences are our own, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

PUB = dt.date(2023, 12, 26)  # a Tuesday
MON = dt.date(2023, 12, 25)


@pytest.mark.parametrize(("text", "rows"), [
    # the side a munition was aimed at is no agent of the verb after it: the munition is
    ("A drone launched against U.S. forces struck al-Tanf garrison in Syria on Monday.",
     [("attack_on_us_forces", MON, "Syria")]),
    ("Two rockets fired at U.S. and coalition troops hit Ain al-Asad air base on Monday.",
     [("attack_on_us_forces", MON, "Iraq")]),
    # what was hit is no base of theirs: still no act on US forces
    ("Rockets fired at U.S. forces hit a village on Monday.", []),
])
def test_a_munition_told_with_its_aim_is_the_agent(text: str, rows: list[tuple[str, dt.date, str]]) -> None:
    found = read_events(make_article(text, PUB))
    assert [(e.type, e.date, e.country) for e in found.events] == rows


@pytest.mark.parametrize("text", [
    # the day told in an appositive after the act named again is the day of the act told before
    "U.S. jets hit a weapons depot in Syria. This strike, carried out on Monday, was meant to deter them.",
    "U.S. jets hit a weapons depot in Syria. The strike, conducted on Monday, drew threats.",
])
def test_the_day_in_an_appositive_dates_the_act_told_before(text: str) -> None:
    found = read_events(make_article(text, PUB))
    assert [(e.type, e.date, e.country) for e in found.events] == [("us_strike", MON, "Syria")]
    assert found.undated == ()


MONDAY_PAGE, WEDNESDAY_PAGE = dt.date(2023, 12, 25), dt.date(2023, 12, 27)


@pytest.mark.parametrize(("text", "published", "dated"), [
    # the Kurdistan Region's counter-terrorism service tells a drone at Erbil as it is shot down
    ("The Counter-Terrorism Group in the Kurdistan Region announced on Monday evening that coalition "
     "forces had shot down an explosive-laden drone near Erbil airport.", MONDAY_PAGE, True),
    ("Kurdish counterterrorism forces announced on Monday that coalition forces had shot down a drone "
     "near Erbil airport.", MONDAY_PAGE, True),
    # the same service under its directorate's name, as regional wires print it (twenty-third session)
    ("A drone loaded with explosives was shot down as it neared the coalition's base at Erbil airport, "
     "the Kurdistan Region's General Counter-Terrorism Directorate reported on Monday.", MONDAY_PAGE, True),
    ("The Kurdistan Region's Counterterrorism Directorate said on Monday that coalition forces had shot "
     "down a drone near Erbil airport.", MONDAY_PAGE, True),
    # an official's telling comes after the fact; a notice of days before the page is no news of its day
    ("A US official said on Monday evening that coalition forces had shot down an explosive-laden drone "
     "near Erbil airport.", MONDAY_PAGE, False),
    ("The Counter-Terrorism Group in the Kurdistan Region announced on Monday evening that coalition "
     "forces had shot down an explosive-laden drone near Erbil airport.", WEDNESDAY_PAGE, False),
    # forces named by their trade alone, without the region (review14): Iraq's own unit, no notice
    ("Rockets struck Ain al-Asad air base, Iraqi counter-terrorism forces said on Monday.",
     MONDAY_PAGE, False),
    ("A drone attack hit Ain al-Asad air base, the army's counterterrorism forces said on Monday.",
     MONDAY_PAGE, False),
])
def test_the_kurdistan_counter_terrorism_notice_tells_a_drone_of_its_day(text: str, published: dt.date,
                                                                        dated: bool) -> None:
    found = read_events(make_article(text, published))
    rows = [(e.type, e.date, e.country) for e in (*found.events, *found.undated)]
    assert rows == [("attack_on_us_forces", MONDAY_PAGE if dated else None, "Iraq")]


@pytest.mark.parametrize(("text", "rows"), [
    # the subject of an answer "with" an act noun does it, as the subject of "conducted strikes" does
    ("U.S. forces responded with airstrikes on Monday.", [("us_strike", MON, None)]),
    ("The U.S. retaliated with airstrikes on Monday.", [("us_strike", MON, None)]),
    # the answer's side decides its kind
    ("Washington retaliated with airstrikes on militia sites in Iraq on Monday.",
     [("us_strike", MON, "Iraq")]),
    ("Militias responded with rocket attacks on U.S. bases in Syria on Monday.",
     [("attack_on_us_forces", MON, "Syria")]),
])
def test_the_subject_of_responded_with_does_the_act(text: str,
                                                    rows: list[tuple[str, dt.date, str | None]]) -> None:
    found = read_events(make_article(text, PUB))
    assert [(e.type, e.date, e.country) for e in found.events] == rows


@pytest.mark.parametrize(("text", "day"), [
    # a date in figures beside its weekday, on an undated page: the weekday says which way it reads
    ("U.S. jets struck a depot in eastern Syria, the Pentagon reported Wednesday (11/8/23). An official "
     "added that Wednesday's strike hurt no civilians.", dt.date(2023, 11, 8)),
    # both ways give a Tuesday (12 March and 3 December 2024): which is open
    ("U.S. jets struck a depot in eastern Syria, the Pentagon reported Tuesday (3/12/24). An official "
     "added that Tuesday's strike hurt no civilians.", None),
])
def test_a_date_in_figures_is_read_by_its_weekday(text: str, day: dt.date | None) -> None:
    found = read_events(make_article(text, None))
    rows = [(e.type, e.date, e.country) for e in (*found.events, *found.undated)]
    assert rows == [("us_strike", day, "Syria")]



def _us_strikes(text: str, published: dt.date = dt.date(2023, 11, 9)) -> list[dt.date | None]:
    found = read_events(make_article(text, published))
    return [e.date for e in (*found.events, *found.undated) if e.type == "us_strike"]


def test_an_appositive_dates_its_strike_only_by_the_day_right_after_its_verb() -> None:
    # review14: the day of the attack the strike answers is not the strike's day
    lede = "U.S. jets struck a weapons depot in eastern Syria. "
    for told in ("The strike, carried out days after Monday's drone attack on the base, killed no one.",
                 "The strike, carried out in reply to an attack on Monday, killed no one."):
        found = _us_strikes(lede + told)
        assert found == [None], told
    # the appositive's own day, with another day after it in the sentence
    answered = "This strike, carried out late Wednesday, answered the drone attack on Monday."
    assert _us_strikes(lede + answered) == [dt.date(2023, 11, 8)]
