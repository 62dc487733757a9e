"""The evaluation gate: extraction accuracy on the development set can only go up.

Scores are recorded in tests/eval/scores.json by `scripts/evaluate.py --record`;
this fails when any score falls below its record, or a wrong date or a
forbidden tally appears where there was none.
"""

from __future__ import annotations

import json

import pytest

from briefing.build import extract
from briefing.evaluate import evaluate, load_gold
from tests.conftest import ROOT

EVAL = ROOT / "tests" / "eval"
LOWER_IS_BETTER = {"dates_wrong", "dates_unknown", "dates_unverified", "forbidden_tallies", "leaks"}


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    gold = load_gold(EVAL / "gold.yaml")
    report = evaluate(extract([ROOT / "sample_input", EVAL / "articles"]), gold)
    return report.scores.as_dict(), report.misses, len(gold)


def test_development_set_is_large_enough(result) -> None:  # type: ignore[no-untyped-def]
    assert result[2] >= 25


@pytest.mark.parametrize("name", sorted(json.loads((EVAL / "scores.json").read_text())))
def test_score_holds(result, name: str) -> None:  # type: ignore[no-untyped-def]
    recorded = json.loads((EVAL / "scores.json").read_text())[name]
    scores, misses, count = result
    got = count if name == "articles" else scores[name]
    detail = "\n".join(misses)
    if name in LOWER_IS_BETTER:
        assert got <= recorded, f"{name} rose from {recorded} to {got}\n{detail}"
    else:
        assert got >= recorded, f"{name} fell from {recorded} to {got}\n{detail}"


def test_no_wrong_publication_date(result) -> None:  # type: ignore[no-untyped-def]
    assert result[0]["dates_wrong"] == 0
