"""Claims of the twenty-third session (issue 21, branch rsclaims23), in sentences we wrote: a claim
linked to its attack by the ship it names (wherever else it places it), a claim naming only another
ship kept off the attack's row, and the day a group spoke told apart from the day of the act it
claims. Each fails on the code before its rule; the guards pass on both."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract_article
from briefing.model import Event
from tests.conftest import make_article

FRI = dt.date(2024, 3, 8)


def _sea(text: str, published: dt.date = FRI) -> list[Event]:
    from briefing.topic import choose_topic

    found = extract_article(make_article(text, published), choose_topic("red-sea")).events
    return [e for e in found if e.type == "attack_on_shipping"]


def _claims(attacks: list[Event]) -> dict[str, list[str]]:
    return {str(e.date): [n.name for n in e.details.claimed_by] for e in attacks}


# ---- the ship a claim names links it to its attack ----

SEA_LARK = ("A drone boat struck the M/V Sea Lark in the Red Sea on Wednesday, flooding its engine room, "
            "the navy said. The crew of the M/V Sea Lark was taken off by a passing frigate. ")


def test_a_claim_naming_its_ship_is_its_own_though_it_places_another() -> None:
    claims = _claims(_sea(SEA_LARK + "The Houthis have claimed responsibility for the missile strike on "
                          "the M/V Sea Lark and another vessel, the M/V Blue Heron, in the Gulf of Aden, "
                          "over the past days."))
    assert claims == {"2024-03-06": ["Houthis"]}


def test_a_claim_naming_only_another_ship_is_not_its_own() -> None:
    claims = _claims(_sea(SEA_LARK + "Maritime agencies advised vessels to keep clear of the area. "
                          "The Houthis said they had targeted the M/V Blue Heron with two missiles."))
    assert claims == {"2024-03-06": []}


def test_a_claim_naming_its_own_ship_and_no_other_is_its_own() -> None:  # a guard: both codes
    claims = _claims(_sea(SEA_LARK + "Maritime agencies advised vessels to keep clear of the area. "
                          "The Houthis said they had targeted the M/V Sea Lark with a drone boat."))
    assert claims == {"2024-03-06": ["Houthis"]}


# ---- the day a group spoke is not the day of its act ----

MONDAY = ("Houthi rebels fired two missiles at a container ship in the Red Sea on Monday, causing no "
          "damage, the navy said. The ship sailed on to its next port. Monday's attack came after a "
          "Houthi missile struck the bulk carrier M/V Red Kite in the Gulf of Aden last week, killing "
          "three of its crew. Shipping insurers raised their rates for the route. ")


def test_a_claim_told_on_a_later_weekday_is_its_acts() -> None:
    claims = _claims(_sea(MONDAY + "Houthi military spokesman Yahya Saree claimed the attack early "
                          "Tuesday in a prerecorded statement."))
    assert claims == {"2024-03-04": ["Houthis"]}


def test_a_claim_of_an_act_on_other_weekdays_is_not_this_ones() -> None:
    claims = _claims(_sea("A ship in the Red Sea reported being hit by a projectile on Thursday, the navy "
                          "said. The Houthis did not immediately claim responsibility for the attack. "
                          "Shipping insurers raised their rates for the route. Late Tuesday, the Houthis "
                          "claimed they had used a new missile in an attack Monday on a container ship."))
    assert claims == {"2024-03-07": []}


def test_an_act_told_on_another_weekday_in_a_claim_is_not_this_ones() -> None:  # a guard: both codes
    claims = _claims(_sea(MONDAY + "Houthi military spokesman Yahya Saree claimed an attack on Sunday "
                          "on a tanker in a prerecorded statement."))
    assert claims.get("2024-03-04", []) == []


def test_the_day_a_group_spoke_is_not_an_acts_day() -> None:
    from briefing.extract.details.sentences import other_weekday

    (monday, *_) = _sea(MONDAY)
    assert not other_weekday("The spokesman claimed the attack early Tuesday in a statement.", monday)
    assert not other_weekday("The Houthis on Tuesday said they had fired missiles.", monday)
    assert other_weekday("The Houthis said they fired missiles at a tanker on Tuesday.", monday)
    assert other_weekday("The spokesman claimed the attack early Tuesday.", monday, spoken_too=True)


# ---- a group's video of its act is its claim ----

SUNDAY = ("Armed men dropped from a helicopter onto the M/V Sea Lark in the Red Sea on Sunday and seized "
          "the ship, the navy said. The crew of 25 were taken ashore. ")


def test_a_groups_video_of_its_act_claims_it() -> None:
    claims = _claims(_sea(SUNDAY + "Shipping insurers raised their rates for the route. The Houthis "
                          "released video footage on Monday showing armed men seizing the M/V Sea Lark.",
                          published=dt.date(2024, 3, 5)))
    assert claims == {"2024-03-03": ["Houthis"]}


def test_a_groups_video_of_a_rally_claims_nothing() -> None:  # a guard: both codes
    claims = _claims(_sea(SUNDAY + "Shipping insurers raised their rates for the route. The Houthis "
                          "released a video on Monday showing their leader addressing a rally in Sanaa.",
                          published=dt.date(2024, 3, 5)))
    assert claims == {"2024-03-03": []}


def test_a_video_of_one_ship_is_not_the_other_ships_claim() -> None:
    attacks = _sea("Houthi rebels attacked two ships in the Red Sea on Monday, the navy said. A drone boat "
                   "struck the M/V Sea Lark on Monday, damaging its hull. The Houthis released a video "
                   "showing a drone boat striking the M/V Sea Lark. Later on Monday, three small boats "
                   "fired on the M/V Blue Heron, the navy said.")
    by_ship = {t.name: [n.name for n in e.details.claimed_by] for e in attacks for t in e.details.targets}
    assert by_ship.get("Sea Lark") == ["Houthis"]
    assert by_ship.get("Blue Heron", []) == []


# ---- the campaign's way of claiming is no claim of the day's act ----

def test_a_history_of_delays_in_claiming_is_no_claim() -> None:
    claims = _claims(_sea("Houthi rebels fired a ballistic missile at a tanker in the Red Sea early on "
                          "Wednesday, the navy said. The Houthis have a history of delays in claiming "
                          "responsibility for their actions, which can take days."))
    assert claims == {"2024-03-06": []}


# ---- the scorer pairs a label naming a ship with the row that hit it ----

def test_a_label_naming_a_ship_is_scored_on_the_row_that_hit_it() -> None:
    from dataclasses import replace

    from briefing.evaluate_details import score_details
    from briefing.model import ArticleRecord, Extraction
    from briefing.topic import choose_topic

    text = ("A drone boat struck the M/V Sea Lark off Hodeidah in the Red Sea on Wednesday, the navy said. "
            "Shipping insurers raised their rates. In a separate attack on Wednesday, a missile hit the M/V "
            "Blue Heron off Mokha in the Red Sea, the navy said. The Houthis said they had targeted the M/V "
            "Blue Heron with a missile.")
    topic = choose_topic("red-sea")
    found = extract_article(make_article(text, FRI, article_id="x1"), topic).events
    assert {t.name for e in found for t in e.details.targets} == {"Sea Lark", "Blue Heron"}
    # the claim on the Blue Heron's row alone, whatever the extractor reads: the scorer is tested
    claim = next(n for e in found for n in e.details.claimed_by)
    found = tuple(replace(e, details=replace(e.details, claimed_by=(claim,) if any(
        t.name == "Blue Heron" for t in e.details.targets) else ())) for e in found)
    day = {"type": "attack_on_shipping", "date": dt.date(2024, 3, 6), "country": "Red Sea"}
    labels = [{**day, "place": name, "claimed_by": claimed}
              for name, claimed in (("Blue Heron", ["Houthis"]), ("Sea Lark", []))]
    for order in (labels, labels[::-1]):
        extraction = Extraction(articles=(ArticleRecord("x1", "x1.txt"),), events=tuple(found), tallies=())
        claimed = score_details(extraction, {"x1": order}, topic).as_dict()["claimed_by"]
        assert (claimed["precision"], claimed["recall"]) == (1.0, 1.0)
