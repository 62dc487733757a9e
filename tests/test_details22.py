"""Event details of the twenty-second session (issue 21, branch details22), in sentences we wrote:
a claim by a group the gazetteer did not know (one of the campaign's first days' names, spelled
several ways in Latin letters) is the attack's claimant; so is a group that announced its act by the
act's gerund ("announced on Monday striking the base"), never one announcing an act to come. Each
fails on the code before its rule (the last one, a guard, passes there too)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract_article
from tests.conftest import make_article

FRI = dt.date(2023, 10, 20)


@pytest.mark.parametrize("text", [
    "A drone struck the Harir air base outside Erbil on Wednesday, in an attack claimed by "
    "Tashkil al-Waritheen.",
    "A drone struck the Harir air base outside Erbil on Wednesday, causing no casualties, the "
    "coalition said. A group calling itself Teshkil al-Warithin claimed responsibility for the attack.",
])
def test_a_claim_by_a_group_of_the_first_days_is_the_attacks(text: str) -> None:
    found = extract_article(make_article(text, FRI)).events
    (attack,) = [e for e in found if e.type == "attack_on_us_forces"]
    assert [n.name for n in attack.details.claimed_by] == ["Tashkil al-Waritheen"]


def test_a_group_announcing_its_act_by_the_acts_gerund_is_its_claimant() -> None:
    text = ("A drone attack on Monday wounded three US service members at Harir air base near Erbil, "
            "officials said. The Islamic Resistance in Iraq announced on Monday striking the Harir air "
            "base near Erbil with drones.")
    found = extract_article(make_article(text, dt.date(2023, 12, 26))).events
    (attack,) = [e for e in found if e.type == "attack_on_us_forces"]
    assert [n.name for n in attack.details.claimed_by] == ["Islamic Resistance in Iraq"]


def test_a_group_announcing_an_act_to_come_claims_nothing() -> None:
    text = ("A drone attack on Monday wounded three US service members at Harir air base near Erbil, "
            "officials said. The Islamic Resistance in Iraq announced on Monday striking US bases would "
            "go on.")
    found = extract_article(make_article(text, dt.date(2023, 12, 26))).events
    (attack,) = [e for e in found if e.type == "attack_on_us_forces"]
    assert attack.details.claimed_by == ()
