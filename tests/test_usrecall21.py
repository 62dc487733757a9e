"""First-story recall of the twenty-first session (issue 23): forms behind events the development
batches missed, each with neighbours that must not move. Every text is our own, written in the shape
of the clippings where the form was seen; the names are invented or generic."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import make_article

# A story of May told by its own days, on a page saved in September whose header prints the site's
# running date above the story's own labelled line (issue 23, form 7: page furniture and the page's date)
RAIDS = ("Militia says five killed in raids\n\n"
         "A militia said Friday that five of its men died in U.S. raids near the border on May 16, "
         "a week after the attack of May 9 on a base in Syria.")


@pytest.mark.parametrize(("top", "told", "published"), [
    # the site's today above, the article's own labelled line below it: the labelled line dates it
    ("Friday, 20 September 2024\n\nWorld News\n\nMilitia says five killed in raids\n\n"
     " Published: 09:40, 17 May 2024\n\n", "", dt.date(2024, 5, 17)),
    ("Friday, 20 September 2024\n\nPosted on May 17, 2024\n\n", "", dt.date(2024, 5, 17)),
    # neighbours: an update's stamp below dates nothing (it is not the article's first day) ...
    ("Friday, 20 September 2024\n\nUpdated: 09:40, 17 May 2024\n\n", "", None),
    # ... nor a bare date line below the running date without a label (two page dates)
    ("Friday, 20 September 2024\n\n17 May 2024\n\n", "", None),
    # ... nor a labelled line the text contradicts (a whole day the text reports after it)
    ("Friday, 20 September 2024\n\nPublished: 09:40, 12 May 2024\n\n",
     " The raids went on until May 16, 2024.", None),
])
def test_a_labelled_line_under_a_refuted_running_date_dates_the_page(top: str, told: str,
                                                                      published: dt.date | None) -> None:
    article = make_article(top + RAIDS + told)
    assert article.published == published


# ---- plural attacks at a named base of one country and a number of sites in another ------------

from briefing.extract.events import extract_events  # noqa: E402

SAT = dt.date(2023, 12, 9)  # a Saturday
FRI = dt.date(2023, 12, 8)


def kinds(text: str, published: dt.date | None = SAT) -> set[tuple[str, dt.date | None, str | None]]:
    return {(e.type, e.date, e.country) for e in extract_events(make_article(text, published))}


@pytest.mark.parametrize("text", [
    "Militia drone attacks on Friday targeted US forces at al-Asad air base in western Iraq and two "
    "troop positions in Syria, a US official said.",
    "Rocket and drone attacks on Friday hit al-Asad air base in Iraq and three outposts in Syria, "
    "US officials said, with no casualties.",
])
def test_attacks_at_a_base_and_a_number_of_sites_in_another_country_are_one_in_each(text: str) -> None:
    assert kinds(text) == {("attack_on_us_forces", FRI, "Iraq"), ("attack_on_us_forces", FRI, "Syria")}


@pytest.mark.parametrize("text", [
    # neighbours: one attack (singular) is at one place; sites without a number name no attack there
    "A militia drone attacked US forces on Friday at al-Asad air base in western Iraq, two days after "
    "strikes on positions in Syria, a US official said.",
    "Militia drones attacked US forces on Friday at al-Asad air base in western Iraq, home to troops "
    "who also man positions in Syria, a US official said.",
])
def test_a_base_and_sites_in_another_country_without_a_counted_spread_stay_in_one(text: str) -> None:
    assert ("attack_on_us_forces", FRI, "Syria") not in kinds(text)


# ---- an act told with "also" right after an act of its family told with a day (issue 23, form 2) ----

MON = dt.date(2023, 12, 4)  # a Monday, five days before SAT

ROCKETS_MONDAY = ("The latest attack on Monday targeted US forces at al-Asad Air Base in western Iraq with "
                  "rockets, US officials said. ")


@pytest.mark.parametrize("also", [
    "Additionally, US forces at Mission Support Site Euphrates in Syria were also subject to rocket attacks.",
    "Militia drones also targeted US troops at al-Tanf garrison in Syria, the officials said.",
])
def test_an_act_told_with_also_right_after_a_dated_act_takes_its_day(also: str) -> None:
    assert kinds(ROCKETS_MONDAY + also) == {("attack_on_us_forces", MON, "Iraq"),
                                            ("attack_on_us_forces", MON, "Syria")}


def test_an_also_act_at_two_bases_is_one_act_at_each_on_that_day() -> None:
    text = ROCKETS_MONDAY + ("US troops at al-Tanf garrison and Mission Support Site Euphrates in Syria were "
                             "also targeted by drones.")
    events = extract_events(make_article(text, SAT))
    assert sorted((e.country, e.date, len(e.places)) for e in events) == [
        ("Iraq", MON, 1), ("Syria", MON, 1), ("Syria", MON, 1)]


@pytest.mark.parametrize("also", [
    # neighbours: a time of its own, counted from something, may be another day
    "A few hours earlier, militia drones also targeted US troops at al-Tanf garrison in Syria.",
    "Militia drones also targeted US troops at al-Tanf garrison in Syria last week.",
    # acts over a span ("have also"), and a sentence that is not the one right after the dated act
    "Militias have also targeted US troops at al-Tanf garrison in Syria.",
    "The officials gave no figures. Militia drones also targeted US troops at al-Tanf garrison in Syria.",
])
def test_an_also_act_with_a_time_of_its_own_or_further_away_takes_no_day(also: str) -> None:
    assert ("attack_on_us_forces", MON, "Syria") not in kinds(ROCKETS_MONDAY + also)


def test_a_countryless_noun_joins_the_act_of_its_own_sentence_not_another_countrys() -> None:
    # "The latest attack on Monday targeted <a base in Iraq>": the noun is the Iraq act; with a Syria
    # act of the same day told after it, it made a third row, in Syria, placed nowhere, its evidence
    # the Iraq sentence
    text = ROCKETS_MONDAY + "Militia drones targeted US troops at al-Tanf garrison in Syria on Monday."
    events = extract_events(make_article(text, SAT))
    assert sorted((e.country, e.places) for e in events) == [("Iraq", ("Al-Asad Airbase",)),
                                                            ("Syria", ("Al-Tanf",))]
