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


