"""The JSON stays ``briefing.extract/1``: later keys are additions, the first ones keep their meaning."""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefing.export import from_json, to_json
from briefing.merge import flag_conflicts
from briefing.model import Evidence, Extraction, Tally

DAY = dt.date(2023, 11, 21)
START = dt.date(2023, 10, 17)


def _tally(name: str, value: int, kind: str = "official") -> Tally:
    return Tally(name, "attacks", value, "exact", START, DAY, None, (Evidence(f"a-{name}", 0, 1, "x"),),
                 source_kind=kind)  # type: ignore[arg-type]


def test_clashing_figures_name_each_other_and_their_group() -> None:
    tallies = flag_conflicts([_tally("t1", 41), _tally("t2", 56), _tally("t3", 41, "outlet")])
    document = to_json(Extraction((), (), tuple(tallies)))
    by_id = {t["id"]: t for t in document["tallies"]}
    assert document["schema"] == "briefing.extract/1"
    assert sorted(by_id["t2"]["conflicts_with"]) == ["t1", "t3"]
    assert by_id["t1"]["conflicts_with"] == ["t2", "t3"]
    assert by_id["t1"]["conflict"] == by_id["t2"]["conflict"] == "attacks:2023-11-21"
    assert document["conflicts"] == [{"id": "attacks:2023-11-21", "metric": "attacks",
                                      "as_of": "2023-11-21", "tallies": ["t1", "t2", "t3"]}]


def test_a_claim_beside_the_official_figure_is_not_a_conflict() -> None:
    tallies = flag_conflicts([_tally("t1", 41), _tally("t2", 150, "claim")])
    assert [t.conflict for t in tallies] == [None, None]
    document = to_json(Extraction((), (), tuple(tallies)))
    assert [t["conflicts_with"] for t in document["tallies"]] == [[], []]


def test_a_document_read_back_keeps_its_groups() -> None:
    from briefing.model import Briefing, Period

    tallies = tuple(flag_conflicts([_tally("t1", 41), _tally("t2", 56)]))
    extraction = Extraction((), (), tallies)
    period = Period(DAY - dt.timedelta(days=6), DAY, "label")
    briefing = Briefing(title="T", period=period, current_to=DAY, extraction=extraction, key_points=(),
                        chronology=(), context=(), tallies=(), sources=(), inputs=())
    again, _, _ = from_json(to_json(extraction, briefing))
    assert [dataclasses.replace(t, sources=()) for t in again.tallies] == \
        [dataclasses.replace(t, sources=()) for t in tallies]
