"""Counts no source gives as running figures (the twenty-second session, branch precision22, issue
23): one act's toll told in the participle after it, and the other side's strikes counted on a
country by name. Sentences are our own, never an article's; each test named for a rule fails on the
code before it (its pair says what still holds)."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract_article
from tests.conftest import make_article

# ---- one act's toll told in the participle after it --------------------------------------------------

def test_a_drones_toll_told_after_it_is_no_running_figure() -> None:
    text = ("The United States has conducted an air strike in Norland after a suspected drone struck a "
            "depot housing U.S. personnel in the country, killing a contractor and wounding five U.S. "
            "service members.")
    tallies = extract_article(make_article(text, dt.date(2024, 3, 8))).tallies
    assert [t.value for t in tallies if t.metric == "injured"] == []


def test_a_running_injury_figure_still_counts() -> None:
    text = ("Militias have attacked U.S. forces in Norland and Sudland more than 160 times since Oct. 17, "
            "injuring 70 U.S. service members, the Pentagon said.")
    tallies = extract_article(make_article(text, dt.date(2024, 1, 5))).tallies
    assert [t.value for t in tallies if t.metric == "injured"] == [70]




# ---- the other side's strikes counted on a country by name -------------------------------------------

def test_strikes_on_a_country_counted_in_times_are_no_attacks() -> None:
    from briefing.topic import choose_topic

    text = "US strikes Yemen 12 times, saying it targeted Houthi depots"
    tallies = extract_article(make_article(text, dt.date(2024, 10, 4)), choose_topic("red-sea")).tallies
    assert [t.value for t in tallies if t.metric == "attacks"] == []


def test_attacks_on_the_side_counted_in_times_still_count() -> None:
    text = "Militias have attacked US forces 66 times since Oct. 17, the Pentagon said."
    tallies = extract_article(make_article(text, dt.date(2023, 11, 20))).tallies
    assert [t.value for t in tallies if t.metric == "attacks"] == [66]


# ---- the targets of the acts just told -----------------------------------------------------------------

def test_the_targets_of_the_attacks_a_spokesman_tells_are_no_running_figure() -> None:
    from briefing.topic import choose_topic

    text = ("The rebels' spokesman said in a statement that the attacks targeted two ships belonging to "
            "companies that had ignored the group's ban.")
    tallies = extract_article(make_article(text, dt.date(2024, 6, 15)), choose_topic("red-sea")).tallies
    assert [t.value for t in tallies if t.metric == "targets_hit"] == []


def test_ships_the_attacks_have_targeted_so_far_still_count() -> None:
    from briefing.topic import choose_topic

    text = "Since November, the Houthi attacks have targeted more than 80 merchant ships, the navy said."
    tallies = extract_article(make_article(text, dt.date(2024, 6, 15)), choose_topic("red-sea")).tallies
    assert [t.value for t in tallies if t.metric == "targets_hit"] == [80]
