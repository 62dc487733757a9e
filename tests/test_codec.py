"""One converter between records and JSON (briefing/codec.py), as the cache and the export use it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from array import array
from pathlib import Path

import pytest

from briefing import cache
from briefing.cache import FileResult
from briefing.codec import from_data, from_row, to_data, to_row
from briefing.model import ArticleRecord, Event, Evidence, Problem, Tally


def _records(base: str, shown: str) -> FileResult:
    """One feed's records as ingest and extraction make them, for the file ``shown`` with id ``base``."""
    quote = Evidence(f"{base}.2", 10, 31, "attacked 66 times")
    article = ArticleRecord(f"{base}.2", f"{shown}#2", "Drones hit base", "Desk", "https://desk.example/a",
                            "Ann Roe", dt.date(2023, 11, 21), dt.time(19, 52), "metadata",
                            Evidence(f"{base}.2", 0, 10, "2023-11-21"), None, ("a note",), True)
    event = Event(f"undated-{base}.2-01-20:us_strike:iraq", "us_strike", None, "unknown", "Iraq",
                  ("Al-Qaim",), ("Kataib Hezbollah",), (), "US strike: Al-Qaim (Iraq)", (quote,),
                  "no day given", "01-20")
    dated = dataclasses.replace(event, id="2023-11-21:us_strike:iraq", date=dt.date(2023, 11, 21),
                                date_precision="day", day_without_year=None)
    tally = Tally(f"{base}.2:0", "attacks", 66, "approximately", dt.date(2023, 10, 17), dt.date(2023, 11, 21),
                  (("Iraq", 32), ("Syria", 34)), (quote,), None, "official", "Pentagon", "mid-October")
    problem = Problem(f"{shown}#1", "ingest", "item 1 holds only 18 characters", "warning", "malformed")
    return FileResult((article,), (problem,), (event, dated), (tally,), ((1, 2, 3),), (40,))


@pytest.mark.parametrize("record", [*_records("f", "f.xml").articles, *_records("f", "f.xml").events,
                                    *_records("f", "f.xml").tallies, *_records("f", "f.xml").problems])
def test_every_record_comes_back_equal_by_name_and_by_order(record: object) -> None:
    cls = type(record)
    assert from_data(cls, json.loads(json.dumps(to_data(record)))) == record
    assert from_row(cls, json.loads(json.dumps(to_row(record)))) == record


def test_dates_are_iso_text_and_days_are_shared() -> None:
    tally = _records("f", "f.xml").tallies[0]
    data = to_data(tally)
    assert (data["since"], data["as_of"], data["breakdown"]) == ("2023-10-17", "2023-11-21", [["Iraq", 32],
                                                                                              ["Syria", 34]])
    again = from_data(Tally, data)
    assert again.as_of is from_data(Tally, data).as_of


def test_data_of_another_shape_is_refused() -> None:
    with pytest.raises((TypeError, ValueError)):
        from_row(Problem, ["a.txt", "ingest"])
    with pytest.raises(TypeError):
        from_data(Problem, {"path": "a.txt"})  # stage and message are required


def test_a_cached_file_comes_back_as_read() -> None:
    result = _records("f", "in/f.xml")
    assert cache.decode(cache.encode("in/f.xml", "f", result), "in/f.xml", "f") == dataclasses.replace(
        result, sketches=tuple(array("I", s) for s in result.sketches))


def test_the_same_bytes_elsewhere_get_their_own_ids_and_paths() -> None:
    blob = cache.encode("in/f.xml", "f", _records("f", "in/f.xml"))
    moved = cache.decode(blob, "other/copy.xml", "copy~2")
    expected = _records("copy~2", "other/copy.xml")
    assert (moved.articles, moved.events, moved.tallies, moved.problems) == (
        expected.articles, expected.events, expected.tallies, expected.problems)


def test_the_cache_version_covers_every_source_file() -> None:
    package = cache.PACKAGE
    expected = {*package.rglob("*.py"), *(package / "topics").glob("*.toml")}
    assert expected <= set(cache.source_files())
    assert {p.relative_to(package).as_posix() for p in cache.source_files()} >= {
        "names.py", "codec.py", "extract/roles.py", "topics/us-forces-iraq-syria.toml"}


def test_a_changed_source_file_is_another_version(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name, text in (("a.py", "A = 1\n"), ("topics/t.toml", "x = 1\n")):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text)
    monkeypatch.setattr(cache, "PACKAGE", tmp_path)
    versions = []
    for change in ("", "a.py", "topics/t.toml"):
        if change:
            (tmp_path / change).write_text((tmp_path / change).read_text() + "# changed\n")
        cache.extractor_version.cache_clear()
        versions.append(cache.extractor_version())
    cache.extractor_version.cache_clear()
    assert len(set(versions)) == 3
