"""The JSON export of the sample, against a checked-in golden file.

Refresh after a deliberate change with `make golden`, then review the diff.
"""

from __future__ import annotations

import json
import os

from briefing.assemble import assemble
from briefing.export import to_json
from briefing.model import Extraction
from briefing.period import last_week_of
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "sample.json"


def test_sample_json_matches_golden(sample_extraction: Extraction) -> None:
    newest = max(a.published for a in sample_extraction.articles if a.published)
    briefing = assemble(sample_extraction, last_week_of(newest), "Sample")
    document = json.loads(json.dumps(to_json(sample_extraction, briefing)))
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert document == json.loads(GOLDEN.read_text(encoding="utf-8"))
