"""The scorer of the field set and of our own set: what counts as found, missed and wrong.

Articles and labels are our own; the scores are those scripts/fieldset.py records.
"""

from __future__ import annotations

from pathlib import Path

from briefing.build import extract
from briefing.evaluate import evaluate, gold_article

TEXT = ("---\npublished: 2023-12-26\n---\n"
        "U.S. jets struck militia facilities at Jurf al-Sakhar in Iraq on Monday, a day after militants "
        "attacked al-Asad air base with missiles on Sunday.\n")


def _scores(tmp_path: Path, events: list[dict[str, object]]) -> dict[str, float | int]:
    (tmp_path / "clip.md").write_text(TEXT, encoding="utf-8")
    gold = {"clip": gold_article("clip", {"published": "2023-12-26", "events": events})}
    return evaluate(extract([tmp_path]), gold).scores.as_dict()


def test_a_place_counts_as_right_only_when_the_label_names_it(tmp_path: Path) -> None:
    scores = _scores(tmp_path, [
        {"type": "us_strike", "date": "2023-12-25", "country": "Iraq", "place": "Jurf as-Sakhar facilities"},
        {"type": "attack_on_us_forces", "date": "2023-12-24", "country": "Iraq", "place": "Harir air base"},
    ])
    assert (scores["event_precision"], scores["event_recall"]) == (1.0, 1.0)
    assert scores["place_precision"] == 0.5  # Jurf al-Sakhar named (another spelling); Al-Asad is not Harir


def test_an_event_of_another_day_is_both_a_wrong_find_and_a_miss(tmp_path: Path) -> None:
    scores = _scores(tmp_path, [
        {"type": "us_strike", "date": "2023-12-25", "country": "Iraq"},
        {"type": "attack_on_us_forces", "date": "2023-12-23", "country": "Iraq"},
    ])
    assert (scores["event_precision"], scores["event_recall"]) == (0.5, 0.5)
