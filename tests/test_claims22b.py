"""A claim told by a group's voice with the group as its common noun ("the group", "the movement",
"the rebels"), and a voice's word that there is no sign its target was hit, answering it
(issue 21, twenty-second session). Sentences are our own, in the forms real reports use."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract_article
from briefing.topic import choose_topic
from tests.conftest import make_article

FRI = dt.date(2024, 2, 2)
THU = FRI - dt.timedelta(days=1)


def _read(text: str, topic: str) -> tuple[list[tuple[str, str | None, str | None]], list[str]]:
    read = extract_article(make_article(text, FRI), choose_topic(topic))
    statements = [(str(s.kind), s.who, s.answers) for s in read.statements]
    return statements, [e.type for e in (*read.events, *read.undated)]


def test_a_spokesman_saying_the_group_fired_is_its_claim_and_no_sign_of_a_hit_its_denial() -> None:
    statements, acts = _read("A spokesman for Kataib Hezbollah said on Thursday the group had launched "
                             "drones at a base housing US troops in Syria. A Pentagon official said there "
                             "was no indication the base had been hit.", "us-forces-iraq-syria")
    assert statements == [("claim", "Kataib Hezbollah", None), ("denial", "Pentagon official", "a1:s1")]
    assert acts == []  # the claim and its denial: no attack row


def test_the_movement_told_back_by_its_voice_is_a_claim_with_its_denial() -> None:
    statements, acts = _read("The rebels' spokesman said the movement had targeted a tanker in the Red Sea "
                             "on Thursday. A U.S. official said there was no sign the tanker was struck.",
                             "red-sea")
    assert [s[0] for s in statements] == ["claim", "denial"] and statements[1][2] == "a1:s1"
    assert acts == []


def test_the_rebels_after_the_group_said_is_its_claim() -> None:
    statements, _ = _read("The Houthis said on Thursday that the rebels attacked a cargo ship in the Gulf "
                          "of Aden.", "red-sea")
    assert statements == [("claim", "Houthis", None)]


def test_a_us_voice_saying_the_group_fired_is_no_claim() -> None:
    statements, _ = _read("A US official said the group had fired rockets at the base in Syria.",
                          "us-forces-iraq-syria")
    assert [s for s in statements if s[0] == "claim"] == []


def test_a_threat_of_the_group_is_no_claim() -> None:
    statements, _ = _read("Kataib Hezbollah said the group would fire again at the base in Syria.",
                          "us-forces-iraq-syria")
    assert [s for s in statements if s[0] == "claim"] == []


def test_no_sign_of_a_hit_to_come_is_no_denial() -> None:
    statements, _ = _read("A Pentagon official said there was no indication the base would be hit again.",
                          "us-forces-iraq-syria")
    assert [s for s in statements if s[0] == "denial"] == []


def test_they_after_the_group_said_is_screened_in_as_a_claim() -> None:
    statements, acts = _read("The Houthis said they targeted a tanker in the Red Sea on Thursday.", "red-sea")
    assert statements == [("claim", "Houthis", None)] and acts == []


def test_no_confirmation_from_a_us_voice_answers_the_claim() -> None:
    statements, _ = _read("Kataib Hezbollah said it fired drones at a base housing US troops in Syria on "
                          "Thursday. There was no immediate confirmation from the US military.",
                          "us-forces-iraq-syria")
    assert statements == [("claim", "Kataib Hezbollah", None), ("denial", "US military", "a1:s1")]


def test_no_confirmation_from_another_land_or_from_no_one_is_no_denial() -> None:
    claim = "The Houthis said they targeted a destroyer in the Red Sea on Thursday."
    for reply in ("There was no immediate confirmation from Israel.",
                  "There was no confirmation of this attack."):
        statements, _ = _read(f"{claim} {reply}", "red-sea")
        assert [s[0] for s in statements] == ["claim"]
