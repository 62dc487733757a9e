"""The field set's gate: ``scripts/fieldset.py --record`` records a score only if it did not fall
on the same set, unless told to; and it records which texts and labels it measured."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from briefing.evaluate import digest, regressions
from tests.conftest import ROOT

BEFORE = {"event_f1": 0.80, "tally_f1": 0.90, "dates_right": 50, "dates_wrong": 0, "leaks": 0}


@pytest.mark.parametrize(("after", "fell"), [
    (BEFORE, []),
    ({**BEFORE, "event_f1": 0.8004}, []),  # rounding, not a fall
    ({**BEFORE, "event_f1": 0.79}, ["event_f1 0.8 -> 0.79"]),
    ({**BEFORE, "dates_wrong": 1}, ["dates_wrong 0 -> 1"]),
    ({**BEFORE, "leaks": 2, "tally_f1": 0.95}, ["leaks 0 -> 2"]),
    ({**BEFORE, "dates_right": 49}, ["dates_right 50 -> 49"]),
])
def test_what_fell(after: dict[str, float | int], fell: list[str]) -> None:
    assert regressions(BEFORE, after) == fell


def test_on_another_set_counts_of_right_answers_are_not_compared() -> None:
    smaller = {**BEFORE, "dates_right": 40, "event_f1": 0.79, "dates_wrong": 1}
    assert regressions(BEFORE, smaller, same_set=False) == ["event_f1 0.8 -> 0.79", "dates_wrong 0 -> 1"]


def test_the_digest_changes_with_any_text_or_label(tmp_path: Path) -> None:
    one, two = tmp_path / "a1.txt", tmp_path / "a.yaml"
    one.write_text("text")
    two.write_text("labels")
    first = digest([one, two])
    assert digest([two, one]) == first
    one.write_text("text!")
    assert digest([one, two]) != first


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fieldset_script", ROOT / "scripts" / "fieldset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("allow", "code", "kept"), [(False, 1, 0.8), (True, 0, 0.7)])
def test_record_refuses_a_lower_score_unless_allowed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     allow: bool, code: int, kept: float) -> None:
    script = _script()
    monkeypatch.setattr(script, "FIELD", tmp_path)
    (tmp_path / "scores.json").write_text(json.dumps({"f": {**BEFORE, "digest": "x"}}))
    measured = {"f": {**BEFORE, "event_f1": 0.7, "digest": "x"}, "g": {**BEFORE, "digest": "y"}}
    assert script._record(measured, allow) == code
    recorded = json.loads((tmp_path / "scores.json").read_text())
    assert recorded["f"]["event_f1"] == kept
    assert ("g" in recorded) == allow


@pytest.mark.parametrize("quiet", [False, True])
def test_a_batch_kept_aside_never_prints_its_details_misses(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        quiet: bool) -> None:
    script = _script()
    monkeypatch.setattr(script, "FIELD", tmp_path)
    (tmp_path / "labels").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "labels" / "z.yaml").write_text(
        "z1:\n  published: 2024-01-29\n  events:\n  - {type: attack_on_us_forces, date: 2024-01-28, "
        "country: Iraq, claimed_by: [Kataib Hezbollah]}\n", encoding="utf-8")
    (tmp_path / "texts" / "z1.txt").write_text(
        "date 2024-01-29\n\nRockets struck US forces at Al-Asad Airbase in Iraq on Sunday, officials said.\n",
        encoding="utf-8")
    assert script.score({"z"}, labels=tmp_path / "labels", details=True, quiet=quiet) is not None
    printed = capsys.readouterr().out
    assert "details per field" in printed
    assert ("missed ['Kataib Hezbollah']" in printed) is not quiet
