"""Claims and statements a desk reads (issues 23 and 21's leftovers; twenty-fourth session, branch
claims24), in sentences we wrote (the places are the profile's). Each rule's test fails on the code
before it (main 4e85103); the guards pass on both:

- a group's record of claims told as background and followed by its reason ("has claimed
  responsibility for most of the dozens of recent attacks ..., saying they were carried out in
  retaliation") was read by the row as a claim of the report's attack, and so listed as a claim;
- a row's attribution told as said before the report, its day not given ("President X announced
  this week ..."), took the report's day;
- a "this week" of what is to come ("said the strikes would go on this week") is the act's time,
  not the saying's: it no longer takes the saying's day away;
- a blame told in a relative clause, as what a party is ("sites of militias that the US blamed for
  the attack"), took the report's day: it was said before, on a day the sentence does not give.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from briefing.topic import choose_topic
from tests.conftest import make_article

FIRST = choose_topic("us-forces-iraq-syria")
_ATTACK = "A drone struck a US base near Shaddadi in Hasakah on Saturday. "


@pytest.mark.parametrize(("text", "expected"), [
    # the record, however long the words before its acts, and the reason it gives
    ("The Islamic Resistance in Iraq, an umbrella of armed factions, has claimed responsibility for "
     "most of the dozens of recent attacks on US forces in Iraq and Syria, saying they were carried "
     "out in retaliation for US support of the war.", []),
    ("The Islamic Resistance in Iraq has claimed responsibility for the majority of the many strikes "
     "on bases housing US troops in the region, saying they answer US support of the war.", []),
    # a claim of the one act stays, and so does the group's own claim after its record
    ("The Islamic Resistance in Iraq has claimed responsibility for the drone attack on the base, "
     "saying it was carried out in retaliation for US support of the war.", ["Islamic Resistance in Iraq"]),
    ("The Islamic Resistance in Iraq, which has claimed many of the recent attacks on US forces, said "
     "it launched the drone.", ["Islamic Resistance in Iraq"]),
])
def test_a_record_of_claims_with_its_reason_is_no_claim_of_the_reports_attack(
        text: str, expected: list[str]) -> None:
    told = extract_article(make_article(f"BAGHDAD (Wire) -- {_ATTACK}{text}", dt.date(2024, 2, 4)), FIRST)
    assert [n.name for e in told.events for n in e.details.claimed_by] == expected
    assert [s.who for s in told.statements if s.kind == "claim"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # said before the report, on a day the sentence does not give: no day (never the report's)
    ("President Smith announced this week that the US would answer the attack on the base by an "
     "Iran-backed militia.", None),
    # a day of its own stays
    ("President Smith announced on Saturday that the US would answer the attack on the base by an "
     "Iran-backed militia.", dt.date(2024, 2, 3)),
])
def test_a_rows_attribution_said_before_the_report_has_no_day(text: str, expected: dt.date | None) -> None:
    told = extract_article(make_article(f"WASHINGTON (Wire) -- {_ATTACK}{text}", dt.date(2024, 2, 4)), FIRST)
    assert [(s.kind, s.date) for s in told.statements] == [("attribution", expected)]


@pytest.mark.parametrize("text", [
    "The Pentagon said the raids would go on this week, blaming Kataib Hezbollah for the attack.",
    "The Pentagon vowed to strike Kataib Hezbollah this week, blaming the group for the attack.",
])
def test_a_this_week_of_what_is_to_come_is_not_the_sayings(text: str) -> None:
    told = extract_article(make_article(f"WASHINGTON (Wire) -- {_ATTACK}{text}", dt.date(2024, 2, 4)), FIRST)
    attributions = [s for s in told.statements if s.kind == "attribution"]
    assert attributions
    assert all(s.date is not None for s in attributions)


_STRIKE = "US jets struck sites in Anbar on Friday. "


@pytest.mark.parametrize(("text", "expected"), [
    # the blame told as what the militias are: said before the report, its day not given
    ("The sites belonged to militias that the United States blamed for the drone attack on Tower 22.", None),
    ("The sites belonged to militias which the United States blames for the drone attack on Tower 22.", None),
    ("Jets hit armed groups that Washington has blamed for the drone attack on Tower 22.", None),
    # a blame of its own, or a saying's words, keeps the day; so does a relative clause with its day
    ("The Pentagon blamed Kataib Hezbollah for the drone attack on Tower 22.", dt.date(2024, 2, 4)),
    ("Officials said that the United States blamed Kataib Hezbollah for the drone attack on Tower 22.",
     dt.date(2024, 2, 2)),
    ("The sites belonged to militias that the United States blamed on Thursday for the drone attack on "
     "Tower 22.", dt.date(2024, 2, 1)),
])
def test_a_blame_told_as_what_a_party_is_has_no_day(text: str, expected: dt.date | None) -> None:
    told = extract_article(make_article(f"WASHINGTON (Wire) -- {_STRIKE}{text}", dt.date(2024, 2, 4)), FIRST)
    assert [s.date for s in told.statements if s.kind == "attribution"] == [expected]
