"""The details' scores (evaluate_details.py) count what the labels mean: a claimed attack the US
has not confirmed is an optional event whose claim is labelled as a statement, and a syndicated
copy tells its original's claims. Our own wire-style copy, scored against labels we wrote."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from briefing.evaluate_details import _same_site, load_labelled, score_details
from briefing.extract import extract_article
from briefing.model import ArticleRecord, Extraction
from tests.conftest import make_article

SAT = dt.date(2023, 12, 30)
CLAIMED = ("Drones struck US forces at Al-Asad Airbase in Iraq on Saturday, officials said. The Islamic "
           "Resistance in Iraq claimed responsibility for the attack.")
EVENT: dict[str, Any] = {"type": "attack_on_us_forces", "date": SAT, "country": "Iraq"}


def _scores(labelled: dict[str, list[dict[str, Any]]], text: str = CLAIMED) -> dict[str, dict[str, Any]]:
    found = extract_article(make_article(text, SAT, article_id="x1"))
    extraction = Extraction(articles=(ArticleRecord("x1", "x1.txt"),), events=tuple(found.events), tallies=())
    return score_details(extraction, labelled).as_dict()


def test_a_claimant_on_an_optional_event_is_right_when_the_article_labels_that_claim() -> None:
    claimed = _scores({"x1": [{**EVENT, "optional": True, "claims": ["Islamic Resistance in Iraq"]}]})
    assert claimed["claimed_by"]["found"] == 1 and claimed["claimed_by"]["precision"] == 1.0
    assert claimed["claimed_by"]["wanted"] == 0  # an optional event is never wanted
    other = _scores({"x1": [{**EVENT, "optional": True, "claims": ["Kataib Hezbollah"]}]})
    assert other["claimed_by"]["precision"] == 0.0  # another group's claim is no licence
    unlabelled = _scores({"x1": [{**EVENT, "optional": True, "claims": []}]})
    assert unlabelled["claimed_by"]["precision"] == 0.0


def test_a_labelled_detail_of_an_optional_event_is_right_not_wanted() -> None:
    scores = _scores({"x1": [{**EVENT, "optional": True, "site": "Ain al-Asad air base"}]})
    assert scores["site"]["precision"] == 1.0 and scores["site"]["wanted"] == 0
    confirmed = _scores({"x1": [{**EVENT, "site": "Ain al-Asad air base"}]})
    assert confirmed["site"]["recall"] == 1.0 and confirmed["site"]["wanted"] == 1


def test_an_attribution_is_never_scored_right_by_a_labelled_claim() -> None:
    text = ("Drones struck US forces at Al-Asad Airbase in Iraq on Saturday. US officials blamed Kataib "
            "Hezbollah for the attack.")
    scores = _scores({"x1": [{**EVENT, "optional": True, "claims": ["Kataib Hezbollah"]}]}, text)
    assert scores["attributed_to"]["found"] == 1 and scores["attributed_to"]["precision"] == 0.0


def test_the_claims_come_from_the_articles_statements_and_its_originals(tmp_path: Path) -> None:
    labels = tmp_path / "z.yaml"
    labels.write_text(
        "z1:\n  events:\n  - {type: attack_on_us_forces, date: 2023-12-30, country: Iraq, optional: true}\n"
        "  statements:\n  - {kind: claim, who: Islamic Resistance in Iraq, date: null}\n"
        "  - {kind: denial, who: Kataib Hezbollah, date: null}\n"
        "z2:\n  duplicate_of: z1.txt\n  events:\n"
        "  - {type: attack_on_us_forces, date: 2023-12-30, country: Iraq, optional: true}\n"
        "z3:\n  events:\n  - {type: attack_on_us_forces, date: 2023-12-30, country: Iraq}\n",
        encoding="utf-8")
    found = load_labelled(labels)
    assert [e["claims"] for e in found["z1"]] == [["Islamic Resistance in Iraq"]]  # a denial is no claim
    assert [e["claims"] for e in found["z2"]] == [["Islamic Resistance in Iraq"]]
    assert [e["claims"] for e in found["z3"]] == [[]]


def test_an_optional_events_site_may_be_the_installation_its_place_names() -> None:
    placed = _scores({"x1": [{**EVENT, "optional": True, "place": "Ain al-Asad air base"}]})
    assert placed["site"]["found"] == 1 and placed["site"]["precision"] == 1.0
    assert placed["site"]["wanted"] == 0
    elsewhere = _scores({"x1": [{**EVENT, "optional": True, "place": "Erbil Air Base"}]})
    assert elsewhere["site"]["precision"] == 0.0
    # a required event's site is labelled where the text gives it: its place stands for none
    required = _scores({"x1": [{**EVENT, "place": "Ain al-Asad air base"}]})
    assert required["site"]["precision"] == 0.0


@pytest.mark.parametrize(("wanted", "got", "same"), [
    # one party by its names, one word by its spellings, how many and "more than" saying nothing of what
    ("targets tied to the IRGC and the militias it arms",
     "more than 60 targets tied to Iran's Revolutionary Guard", True),
    ("a Kataib Hezbollah training centre and a command node", "training centers", True),
    ("three facilities used by Iran-backed militias", "facilities used by Iran-backed groups", True),
    # a word saying what it was that the label does not say is another thing
    ("a vehicle", "operations centres", False),
    ("a weapons storage facility", "a training facility", False),
    ("facilities used by Kataib Hezbollah", "facilities used by the IRGC", False),
])
def test_a_strikes_facility_is_scored_by_what_it_says_not_how_it_is_spelled(wanted: str, got: str,
                                                                          same: bool) -> None:
    assert _same_site(wanted, got) is same


@pytest.mark.parametrize(("label", "written"), [
    # the topic spells the party otherwise ("Guards Corps", a demonym before its name): still the IRGC
    ("two facilities used by the IRGC and affiliated groups",
     "two facilities used by the Iranian Revolutionary Guard Corps"),
    ("a facility used by the IRGC",
     "facility that had been used by Iran's Islamic Revolutionary Guards Corps"),
    # a possessive says nothing of what was hit
    ("the commander's vehicle", "his vehicle"),
])
def test_a_facility_as_written_matches_its_label_through_words_that_say_nothing(label: str,
                                                                                written: str) -> None:
    assert _same_site(label, written)


def test_an_unnamed_base_matches_a_label_that_says_less_or_more_of_it() -> None:
    assert _same_site("a U.S. base", "a US base in northeastern Jordan")
    assert not _same_site("a Jordanian base", "a US base in Syria")
