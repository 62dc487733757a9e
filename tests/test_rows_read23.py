"""What the chronology's rows, the table of dead and injured and the claims section say, as a desk
would read them in a built week (issue 21, the twenty-third session). Every record is made up here,
with generic names; each case is a kind of fault found in real weeks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.assemble import _said_once, assemble
from briefing.build import extract
from briefing.compare import tolls
from briefing.extract import extract_article
from briefing.extract.statements import extract_statements
from briefing.model import (
    Casualty,
    CasualtySide,
    Count,
    CountScope,
    Details,
    Event,
    Evidence,
    Harm,
    Named,
    Period,
    Statement,
)
from briefing.rows import row_text
from briefing.topic import choose_topic
from tests.conftest import make_article

D = dt.date(2024, 3, 4)


def said(article: str) -> Evidence:
    return Evidence(article, 0, 5, "words")


def harm(side: CasualtySide, kind: Harm, value: int, article: str, day: dt.date = D) -> Casualty:
    return Casualty(side, kind, value, "exact", day, said(article))


def event(kind: str = "attack_on_us_forces", country: str = "Syria", **details: object) -> Event:
    return Event(id=f"{D}:{kind}:{country}", type=kind, date=D, date_precision="day", country=country,
                 places=(), actors=(), weapons=(), summary="", sources=(said("a"),),
                 details=Details(**details))  # type: ignore[arg-type]


NUMBERS = {"a": 1, "b": 2, "c": 3}


# --- a zero told in one wording, a side's zeros together -------------------------------------

def test_a_sides_zeros_are_told_once_in_words_after_the_figures() -> None:
    # one report: no American killed; another: six allied fighters killed and no American hurt
    row = row_text(event(casualties=(harm("us", "killed", 0, "a"), harm("partner", "killed", 6, "b"),
                                     harm("us", "injured", 0, "b"))), numbers=NUMBERS)
    assert ": 6 partner forces killed [2], no US killed [1] or injured [2]" in row, row
    assert "0 US" not in row


def test_a_named_sides_zero_and_a_zero_of_no_side_read_alike() -> None:
    # "no US troops were hurt" in one report, "no one was killed" in another
    row = row_text(event(casualties=(harm("us", "injured", 0, "a"), harm("unknown", "killed", 0, "b"))))
    assert ": no one killed, no US injured" in row, row
    assert "0 US" not in row


def test_a_zero_of_no_side_beside_the_same_kinds_named_zero_is_told_once() -> None:
    row = row_text(event(casualties=(harm("us", "injured", 0, "a"), harm("unknown", "injured", 0, "b"))))
    assert row.endswith(": no US injured"), row


# --- the table of dead and injured by side ---------------------------------------------------

def test_a_zero_of_no_side_is_no_line_of_the_table_by_side() -> None:
    # an intercept that hurt no one: nothing to add to any side's dead or injured
    intercepted = event("intercept", casualties=(harm("unknown", "injured", 0, "a"),))
    assert tolls([intercepted]) == ()
    # beside another event's figure of no side, only that figure is counted and listed
    other = event("us_strike", casualties=(harm("unknown", "injured", 5, "b"),))
    (counted,) = tolls([intercepted, other])
    assert (counted.side, counted.value, [c.value for _, _, c in counted.figures]) == ("unknown", 5, [5])


def test_a_named_sides_zero_stays_in_the_table() -> None:
    (counted,) = tolls([event(casualties=(harm("us", "killed", 0, "a"),))])
    assert (counted.side, counted.kind, counted.value) == ("us", "killed", 0)


# --- a figure of no side with its steps -------------------------------------------------------

def test_a_figure_of_no_side_that_moved_says_both_in_one_bracket() -> None:
    row = row_text(event("us_strike", casualties=(harm("unknown", "injured", 20, "a", D),
                                                  harm("unknown", "injured", 22, "b", D + dt.timedelta(1)))))
    assert "22 injured (side not reported; 20 → 22)" in row, row


# --- a count its words give as the row's country's share --------------------------------------

def count(what: str, value: int, article: str, qualifier: str = "exact", share: tuple[str, ...] = (),
          listed: tuple[str, ...] = ()) -> Count:
    return Count(what, value, qualifier, said(article), CountScope(listed, share, share or listed))  # type: ignore[arg-type]


def test_the_countrys_share_is_the_rows_count_over_a_figure_its_words_do_not_place() -> None:
    # "five depots in Syria and two in Iraq" (one report), a retelling's "over 90 sites" (two), and
    # the night's "90 targets in Iraq and Syria": the Syria row counts its five depots
    strike = event("us_strike", counts=(
        count("facilities", 5, "a", share=("Syria",)),
        count("facilities", 90, "b", "more than"), count("facilities", 90, "c", "more than"),
        count("targets", 90, "a", "more than", listed=("Iraq", "Syria"))))
    row = row_text(strike)
    assert "(5 facilities; 90+ targets across Iraq and Syria)" in row, row
    assert "90+ facilities" not in row


# --- a weapon written with the act's own word --------------------------------------------------

def test_a_weapon_written_with_the_acts_word_is_not_told_twice() -> None:
    # "a one-way attack struck the base": the drone, spelled as the act
    struck = event(weapons=(Named("drone", said("a"), "one-way attack"),
                            Named("rocket", said("b"), "rockets")))
    row = row_text(struck)
    assert row.startswith("Drone and rocket attack on US forces"), row
    assert "attack attack" not in row


# --- the claims section ------------------------------------------------------------------------

def report(id_: str, quote: str, who: str | None = "Government of Freedonia") -> Statement:
    return Statement(id_, "casualty-report", who, D, (Evidence("a", 0, len(quote), quote),))


def test_an_articles_casualty_report_told_twice_with_the_same_figures_is_one_item() -> None:
    # the summary and the body of one article tell the same ministry's count
    kept = _said_once([report("s1", "Ministry says 12 people were killed and 30 hurt in the raids."),
                       report("s2", "The ministry said 12 people were killed and 30 hurt in the raids.")])
    assert [(s.id, len(s.sources)) for s in kept] == [("s1", 2)]


def test_an_articles_casualty_reports_with_other_figures_stay_apart() -> None:
    kept = _said_once([report("s1", "The ministry said 12 people were killed in the raids."),
                       report("s2", "The ministry later said 14 people were killed in the raids.")])
    assert len(kept) == 2
    # nor are two reports whose speaker is not named made one
    unnamed = [report("s1", "12 were killed.", None), report("s2", "12 were killed.", None)]
    assert len(_said_once(unnamed)) == 2


# --- a group's own voice is never a US attribution ---------------------------------------------

def test_the_groups_spokesman_saying_the_group_did_it_is_no_us_attribution() -> None:
    text = ("Military spokesman Yahya Saree confirmed the Houthis were responsible for the attack on a "
            "bulk carrier in the Red Sea on Sunday.")
    found = extract_statements(make_article(text, D), choose_topic("red-sea"))
    assert not [s for s in found if s.kind == "attribution"], found


# --- a name told once ---------------------------------------------------------------------------

def test_a_ships_name_written_in_another_order_is_told_once() -> None:
    # most reports write "Ocean Heron", one "Heron Ocean": one ship aimed at
    ships = tuple(Named(name, said(article)) for name, article in
                  (("Ocean Heron", "a"), ("Heron Ocean", "b"), ("Ocean Heron", "c")))
    row = row_text(event("attack_on_shipping", "Red Sea", targets=ships), choose_topic("red-sea").words)
    assert "aimed at Ocean Heron;" in row or row.endswith("aimed at Ocean Heron"), row
    assert "Heron Ocean" not in row


def test_a_rows_blame_in_the_groups_own_voice_is_no_us_attribution() -> None:
    # the same saying, its spokesman first: never listed as a US attribution of the row
    text = ("A Houthi missile struck a bulk carrier in the Red Sea on Sunday. Military spokesman Yahya "
            "Saree confirmed the Houthis were responsible for the attack on the bulk carrier.")
    article = make_article(text, D)
    found = extract_article(article, choose_topic("red-sea")).statements
    assert not [s for s in found if s.kind == "attribution"], found


def test_a_claim_told_by_the_words_for_any_group_beside_the_group_named_is_one_claimant() -> None:
    # two reports name the group that claimed; a third says only "an Iran-backed group claimed"
    claims = (Named("Islamic Resistance in Iraq", said("a")), Named("Islamic Resistance in Iraq", said("b")),
              Named("Iran-backed groups", said("c")))
    row = row_text(event(claimed_by=claims))
    assert row.endswith("; Islamic Resistance in Iraq claimed"), row
    # told alone, the words for any group are still the claim's
    assert row_text(event(claimed_by=claims[2:])).endswith("; Iran-backed groups claimed")


def test_a_count_placed_in_one_country_is_that_rows_own_whatever_list_follows() -> None:
    # the sentence names the campaign's countries after, as the reason for the strike
    text = ("US jets struck two facilities in eastern Syria used by a militia on Friday, after weeks of "
            "attacks on US troops in Iraq and Syria, the Pentagon said.")
    rows = [row_text(e) for e in extract_article(make_article(text, D)).events if e.type == "us_strike"]
    assert rows and all("(2 facilities)" in r and "across" not in r for r in rows), rows


def test_a_groups_suspension_retold_next_day_by_another_report_is_one_item(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2024-03-05\noutlet: Desk Daily\n---\n"
        "Kataib Hezbollah announced on Tuesday that it is suspending military operations against "
        "US forces in Iraq and Syria.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "---\npublished: 2024-03-06\noutlet: Desk Weekly\n---\n"
        "Although it will suspend attacks on US forces, Kataib Hezbollah said it would keep up its "
        "other work.\n", encoding="utf-8")
    found = extract([tmp_path])
    told = [s for s in found.statements if s.kind == "suspension"]
    assert len(told) == 2, told
    briefing = assemble(found, Period(dt.date(2024, 3, 4), dt.date(2024, 3, 10), "w"), "T")
    (shown,) = [s for s in briefing.statements if s.kind == "suspension"]
    assert (shown.date, {e.article for e in shown.sources}) == (dt.date(2024, 3, 5), {"a", "b"})
