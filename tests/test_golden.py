"""The JSON export of the sample, against a checked-in golden file.

Refresh after a deliberate change with `make golden`, then review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing.assemble import assemble
from briefing.build import extract
from briefing.export import to_json
from briefing.period import last_week_of
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "sample.json"


def test_sample_json_matches_golden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths in the export are as given: "sample_input/..."
    extraction = extract([Path("sample_input")])
    newest = max(a.published for a in extraction.articles if a.published)
    briefing = assemble(extraction, last_week_of(newest), "Sample")
    document = json.loads(json.dumps(to_json(extraction, briefing)))
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert document == json.loads(GOLDEN.read_text(encoding="utf-8"))
