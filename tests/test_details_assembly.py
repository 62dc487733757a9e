"""An article's details put on the record of the act they belong to (extract/details/assembly.py):
the toll or the base a sentence tells apart from the act, which the reader keeps as an undated
mention, joins the article's one dated act of its kind. Sentences are our own, in the forms
reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from tests.conftest import make_article

TUE = dt.date(2023, 12, 5)


def _figures(event: object) -> list[tuple[str, str, int]]:
    return [(c.side, c.kind, c.value) for c in event.details.casualties]  # type: ignore[attr-defined]


def test_a_strikes_toll_told_apart_as_a_mention_is_the_dated_strikes() -> None:
    """'Three militants were killed and the drone they were preparing to launch ... was destroyed'
    is read as a self-defence strike of its own, undated: its toll was on no dated row."""
    text = ("The US carried out a drone strike near Kirkuk, Iraq, on Sunday, a US official said. "
            "It was the first such strike by a drone in weeks.\n\n"
            "Three militants were killed and the drone they were preparing to launch at US forces was "
            "destroyed, a Pentagon spokeswoman said.")
    found = extract_article(make_article(text, TUE))
    strike, = found.events
    assert _figures(strike) == [("militants", "killed", 3)]
    assert strike.details.casualties[0].source.quote.startswith("Three militants were killed")
    assert any(_figures(m) == [("militants", "killed", 3)] for m in found.undated)  # the mention keeps it


def test_an_attacks_toll_on_its_mention_joins_the_attack_dated_by_its_day_without_year() -> None:
    """'On January 20' with no year is dated by the run; the figure told in the title's mention
    is the same attack's, and another year's figure at the same base is not."""
    text = ("Two Americans hurt in rocket attack at Al-Asad Airbase\n\n"
            "On January 20, militias fired a salvo of rockets at Al-Asad Airbase in western Iraq. "
            "It was the largest salvo fired at the base so far.\n\n"
            "Air defences at the base stopped most of the rockets, but some hit Al-Asad Airbase and caused "
            "two Americans to receive brain injuries.\n\n"
            "Late last year, six US soldiers were injured in a missile attack at Al-Asad Airbase.")
    found = extract_article(make_article(text))
    attack, = [e for e in found.undated if e.day_without_year == "01-20"]
    assert _figures(attack) == [("us", "injured", 2)]


def test_a_mention_that_can_be_either_of_two_dated_acts_gives_neither_its_toll() -> None:
    text = ("US jets struck a depot near Qaim, Iraq, on Monday, officials said. On Tuesday, US jets struck "
            "a depot near Mayadin, Syria. Officials gave no more details.\n\n"
            "Three militants were killed and the drone they were preparing to launch at US forces was "
            "destroyed.")
    found = extract_article(make_article(text, dt.date(2024, 8, 7)))
    assert len(found.events) == 2
    assert all(_figures(e) == [] for e in found.events)


def test_a_mentions_figure_of_another_year_stays_off_the_dated_act() -> None:
    """'Late last year, six US soldiers were injured' at the same base is another attack's toll."""
    text = ("On January 20, militias fired a salvo of rockets at Al-Asad Airbase in western Iraq. "
            "It was the largest salvo fired at the base so far.\n\n"
            "Late last year, six US soldiers were injured in a missile attack at Al-Asad Airbase.")
    found = extract_article(make_article(text))
    attack, = [e for e in found.undated if e.day_without_year == "01-20"]
    assert _figures(attack) == []


def test_the_base_named_on_a_mention_places_the_attack_placed_only_in_its_country() -> None:
    """The lede tells the attack in its country ('in northeastern Syria on Aug. 9'); the base is
    named in a quotation further down, read as an undated mention: the row had no site."""
    text = ("Questions remain after drone attack injures US troops in Syria\n\n"
            "Several US troops are being checked for brain injuries after the one-way drone attack against "
            "US forces in northeastern Syria on Aug. 9, officials said.\n\n"
            "\"The drone struck Rumalyn Landing Zone late in the evening and damaged a building,\" a "
            "Pentagon spokesman told reporters.")
    found = extract_article(make_article(text))
    attack, = [e for e in found.undated if e.day_without_year == "08-09"]
    assert attack.details.site is not None and attack.details.site.name == "Rumalyn Landing Zone"


def test_an_attacks_toll_told_in_the_strikes_sentence_joins_the_articles_one_dated_attack() -> None:
    """'strikes ... in Syria and Iraq in retaliation for a drone attack that killed three' reads the
    attack as an undated mention placed in the strike's country: its toll was on no dated row,
    though the article's one dated attack is the one the strikes answered."""
    text = ("US jets have begun strikes on militia targets in Syria and Iraq in retaliation for a drone "
            "attack that killed three American soldiers and injured 40 others.\n\n"
            "The president said on Friday that the attack on Tower 22 in Jordan on Sunday would not go "
            "unanswered.")
    found = extract_article(make_article(text, dt.date(2024, 2, 3)))
    attack, = found.events
    assert (attack.country, _figures(attack)) == ("Jordan", [("us", "killed", 3), ("us", "injured", 40)])


@pytest.mark.parametrize("told", [
    "In a separate incident, a rocket attack on a base in northeast Syria wounded two U.S. troops, "
    "a defense official said.",
    "In another attack, two U.S. service members were injured by a drone in Syria, an official said.",
    "An earlier drone attack in Syria wounded two U.S. troops.",
])
def test_a_toll_of_an_act_told_apart_stays_with_that_act(told: str) -> None:
    # review14: the dated attack at the garrison gave no toll; the act told apart is another one, and
    # neither its sentence nor its two wounded become the garrison attack's
    lede = "Drones targeted al-Tanf garrison in Syria on Monday, officials said."
    found = extract_article(make_article(f"{lede}\n\n{told}", dt.date(2024, 3, 12)))
    (event,) = found.events
    assert event.details.casualties == ()
    assert [s.quote for s in event.sources] == [lede]
    assert [_figures(e) for e in found.undated] == [[("us", "injured", 2)]]
