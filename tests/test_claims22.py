"""Claims of the twentieth session (issue 21, branch claims22), in sentences we wrote: a claim told
apart from its attack that names the attack's weekday and no place, when the article's other attack
fell on another weekday; and a group's spokesman telling, in quotation marks, that the generic words
for the group did the act. Each fails on the code before its rule."""

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


# ---- a claim told apart that names only its attack's weekday ------------------------------------------

TWO_DAYS = ("A missile struck the bulk carrier Blue Heron in the Gulf of Aden on Wednesday, the navy "
            "said. The crew of the Blue Heron abandoned ship hours later. On Monday, a drone damaged the "
            "tanker Red Kite in the Gulf of Aden, the navy said. Maritime agencies advised vessels to "
            "keep clear of the area. ")


def test_a_claim_naming_only_its_attacks_weekday_is_that_attacks() -> None:
    claims = _claims(_sea(TWO_DAYS + "The Houthis issued a statement claiming responsibility for the "
                          "attack earlier on Wednesday, saying the crew had ignored their warnings."))
    assert claims.get("2024-03-06") == ["Houthis"]
    assert claims.get("2024-03-04", []) == []


def test_a_claim_naming_the_other_attacks_weekday_is_not_this_ones() -> None:
    claims = _claims(_sea(TWO_DAYS + "The Houthis issued a statement claiming responsibility for the "
                          "attack earlier on Monday, saying the crew had ignored their warnings."))
    assert claims.get("2024-03-06", []) == []


def test_a_weekday_both_attacks_fell_on_tells_neither_apart() -> None:
    from dataclasses import replace

    from briefing.extract.details.sentences import _names_only_its_weekday

    (wed,) = _sea("A missile hit the tanker Blue Heron in the Gulf of Aden on Wednesday, the navy said.")
    monday, week_before = (replace(wed, date=day) for day in (dt.date(2024, 3, 4), dt.date(2024, 2, 28)))
    told = "The group claimed responsibility for the attack on Wednesday."
    assert _names_only_its_weekday(told, wed, [monday])
    assert not _names_only_its_weekday(told, wed, [week_before])
    assert not _names_only_its_weekday("The group claimed the attacks on Monday and Wednesday.", wed, [])


# ---- a spokesman telling, in quotation marks, that "the rebels" did it ----------------------------------

def test_a_spokesman_saying_the_rebels_carried_out_the_quoted_operation_claims_it() -> None:
    (attack,) = _sea("A missile hit the tanker Blue Heron in the Gulf of Aden on Wednesday, the navy said. "
                     "Houthi military spokesman Yahya Saree later said the rebels \u201ccarried out an "
                     "operation targeting a British ship\u201d in the Gulf of Aden.")
    assert [n.name for n in attack.details.claimed_by] == ["Houthis"]


def test_a_spokesman_saying_the_other_side_carried_out_an_operation_claims_nothing() -> None:
    (attack,) = _sea("A missile hit the tanker Blue Heron in the Gulf of Aden on Wednesday, the navy said. "
                     "Houthi military spokesman Yahya Saree later said US forces "
                     "\u201ccarried out raids\u201d "
                     "on the port.")
    assert attack.details.claimed_by == ()


# ---- a claim naming the sea area its attack's place lies in -------------------------------------------

def test_a_claim_naming_the_sea_area_of_its_attacks_place_is_that_attacks() -> None:
    claims = _claims(_sea("A drone struck the tanker Blue Heron south of Aden on Wednesday, the navy said. "
                          "The crew put out a fire on board. On Monday, a missile missed the freighter Red "
                          "Kite in the Red Sea, the navy said. Shipping firms weighed longer routes. The "
                          "Houthis claimed responsibility for the attack on the tanker in the Gulf of Aden."))
    assert claims.get("2024-03-06") == ["Houthis"]
    assert claims.get("2024-03-04", []) == []


def test_a_place_in_the_area_or_the_area_of_the_place_only_places_the_attack_otherwise() -> None:
    from dataclasses import replace

    from briefing.extract.details.sentences import _its_area
    from briefing.extract.lexicon import lexicons
    from briefing.topic import choose_topic

    lex = lexicons(choose_topic("red-sea"))
    (attack,) = _sea("A missile hit the tanker Blue Heron in the Gulf of Aden on Wednesday, the navy said.")
    off_aden = replace(attack, places=("off Aden",), country="Gulf of Aden")
    by_area = replace(attack, places=(), country="Gulf of Aden")
    assert _its_area("Gulf of Aden", off_aden, lex) and not _its_area("off Aden", off_aden, lex)
    assert not _its_area("Red Sea", off_aden, lex) and not _its_area("off Hodeidah", off_aden, lex)
    assert _its_area("off Aden", by_area, lex) and _its_area("Gulf of Aden", by_area, lex)
    assert not _its_area("off Hodeidah", by_area, lex)
