"""The desk's corrections.toml: each kind applied, each failure said, the marks kept in the JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.desk.apply import find_quote
from briefing.desk.corrections import CorrectionsError
from briefing.export import to_json
from briefing.model import Event, Tally
from tests.desk_week import (
    ATTACK_ID,
    FIGURE_ID,
    STRIKE_ID,
    UNDATED_ID,
    corrected,
    records,
    write_week,
)


def test_without_a_file_nothing_is_corrected(tmp_path: Path) -> None:
    briefing = corrected(write_week(tmp_path))
    assert briefing.corrections == ()
    assert {STRIKE_ID, ATTACK_ID, UNDATED_ID, FIGURE_ID} <= set(records(briefing.extraction))
    assert all(not e.corrected for e in briefing.extraction.events)


def test_drop_removes_a_row_and_a_figure_and_says_why(tmp_path: Path) -> None:
    briefing = corrected(
        write_week(
            tmp_path,
            corrections=f'''
[[drop]]
id = "{STRIKE_ID}"
why = "the depot strike was a training exercise"

[[drop]]
id = "{FIGURE_ID}"
why = "the spokesman's count is of last month"
''',
        )
    )
    found = records(briefing.extraction)
    assert STRIKE_ID not in found and FIGURE_ID not in found
    assert STRIKE_ID not in {e.id for e in briefing.chronology}
    assert [(c.ref, c.targets, c.status) for c in briefing.corrections] == [
        ("drop-1", (STRIKE_ID,), "applied"),
        ("drop-2", (FIGURE_ID,), "applied"),
    ]
    assert briefing.corrections[0].why == "the depot strike was a training exercise"


def test_change_sets_any_field_and_keeps_the_id(tmp_path: Path) -> None:
    briefing = corrected(
        write_week(
            tmp_path,
            corrections=f'''
[[change]]
id = "{STRIKE_ID}"
date = 2024-02-03
country = "syria"
places = ["Abu Kamal"]
why = "the Iraqi government's account: the depot is across the border"

[[change]]
id = "{FIGURE_ID}"
value = 165
qualifier = "approximately"
source_kind = "official"
speaker = "Pentagon"
why = "the transcript gives about 165"
''',
        )
    )
    found = records(briefing.extraction)
    event = found[STRIKE_ID]
    assert isinstance(event, Event)
    # the date and country are part of the id, and the id stays: next week's build finds the row again
    assert (event.date, event.country, event.places) == (dt.date(2024, 2, 3), "Syria", ("Abu Kamal",))
    assert event.summary.endswith("Abu Kamal (Syria)")
    assert event.corrected == ("change-1",)
    figure = found[FIGURE_ID]
    assert isinstance(figure, Tally)
    assert (figure.value, figure.qualifier, figure.source_kind, figure.speaker) == (
        165,
        "approximately",
        "official",
        "Pentagon",
    )
    assert figure.corrected == ("change-2",)


def test_a_change_of_date_moves_an_undated_mention_into_the_chronology(tmp_path: Path) -> None:
    briefing = corrected(
        write_week(
            tmp_path,
            corrections=f'''
[[change]]
id = "{UNDATED_ID}"
date = 2024-02-06
why = "the wire's own log dates the Abu Kamal strike to Tuesday"
''',
        )
    )
    assert UNDATED_ID in {e.id for e in briefing.chronology}
    assert UNDATED_ID not in {e.id for e in briefing.extraction.undated}
    moved = next(e for e in briefing.chronology if e.id == UNDATED_ID)
    assert (moved.date_precision, moved.corrected, moved.date_note) == (
        "day",
        ("change-1",),
        "day set by the desk",
    )


def test_add_takes_the_quote_from_its_file_as_evidence(tmp_path: Path) -> None:
    folder = write_week(
        tmp_path,
        corrections="""
[[add]]
type = "attack_on_us_forces"
date = 2024-02-05
country = "Syria"
places = ["Al-Omar oil field"]
weapons = ["rocket"]
source = "attack.txt"
quote = "A rocket attack on the   base was also reported"
why = "missed: the rocket attack is told in passing"
""",
    )
    briefing = corrected(folder)
    added = next(e for e in briefing.chronology if e.corrected == ("add-1",))
    assert added.id == "desk:2024-02-05:attack_on_us_forces:syria"
    evidence = added.sources[0]
    text = (folder / "attack.txt").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert evidence.quote == "A rocket attack on the base was also reported"
    assert text[evidence.start : evidence.end] == evidence.quote
    assert added.weapons == ("rocket",)


def test_add_a_figure(tmp_path: Path) -> None:
    briefing = corrected(
        write_week(
            tmp_path,
            corrections="""
[[add]]
metric = "injured"
value = 2
as_of = 2024-02-05
source = "attack.txt"
quote = "injuring two service members"
why = "a day's toll the figures left out"
""",
        )
    )
    figure = next(t for t in briefing.extraction.tallies if t.corrected == ("add-1",))
    assert (figure.id, figure.metric, figure.value, figure.qualifier) == (
        "desk:attack:f1",
        "injured",
        2,
        "exact",
    )


def test_merge_makes_one_row_with_every_source(tmp_path: Path) -> None:
    briefing = corrected(
        write_week(
            tmp_path,
            corrections=f'''
[[change]]
id = "{UNDATED_ID}"
date = 2024-02-04
country = "Iraq"
why = "the Abu Kamal report is the al-Qaim strike, told from the other side of the border"

[[merge]]
ids = ["{STRIKE_ID}", "{UNDATED_ID}"]
why = "one strike told twice"
''',
        )
    )
    merged = [e for e in briefing.chronology if e.type == "us_strike"]
    assert [e.id for e in merged] == [STRIKE_ID]
    assert {s.article for s in merged[0].sources} == {"strike", "nodate"}
    assert set(merged[0].places) == {"Al-Qaim", "Abu Kamal"}
    assert merged[0].corrected == ("change-1", "merge-1")


def test_source_sets_outlet_title_and_date_and_excludes(tmp_path: Path) -> None:
    briefing = corrected(
        write_week(
            tmp_path,
            corrections="""
[[source]]
file = "nodate.txt"
outlet = "Example Times"
title = "Strike near Abu Kamal"
published = 2024-02-06
why = "outlet and day from the clipping service's log"

[[source]]
file = "attack.txt"
exclude = true
why = "a rewrite of a press release we already have"
""",
        )
    )
    articles = {a.id: a for a in briefing.extraction.articles}
    assert (
        articles["nodate"].outlet,
        articles["nodate"].title,
        articles["nodate"].published,
        articles["nodate"].published_basis,
    ) == ("Example Times", "Strike near Abu Kamal", dt.date(2024, 2, 6), "desk")
    assert ATTACK_ID not in records(briefing.extraction)
    status = next(s for s in briefing.inputs if s.article == "attack")
    assert (status.status, status.reason) == (
        "excluded",
        "excluded by the desk: a rewrite of a press release we already have",
    )


def test_stale_id_warns_with_the_nearest_and_goes_on(tmp_path: Path) -> None:
    briefing = corrected(
        write_week(
            tmp_path,
            corrections="""
[[drop]]
id = "2024-02-03:us_strike:iraq"
why = "a row the extractor no longer makes"
""",
        )
    )
    (correction,) = briefing.corrections
    assert correction.status == "stale"
    assert STRIKE_ID in correction.note
    assert STRIKE_ID in {e.id for e in briefing.chronology}  # nothing else was touched
    warning = next(p for p in briefing.extraction.problems if p.stage == "corrections")
    assert warning.message.startswith(
        "[[drop]] #1 (2024-02-03:us_strike:iraq): 2024-02-03:us_strike:iraq "
        f"matches nothing now; nearest current: {STRIKE_ID}"
    )


def _error(folder: Path) -> str:
    with pytest.raises(CorrectionsError) as caught:
        corrected(folder)
    return str(caught.value.message)


def test_a_quote_not_in_its_file_is_an_error_naming_the_entry(tmp_path: Path) -> None:
    message = _error(
        write_week(
            tmp_path,
            corrections="""
[[add]]
type = "attack_on_us_forces"
date = 2024-02-05
source = "attack.txt"
quote = "a rocket struck the base"
why = "missed"
""",
        )
    )
    assert "[[add]] #1 (attack.txt): the quote “a rocket struck the base” is not in " in message
    assert "copy the words exactly as the file has them" in message


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            '[[change]]\nid = "X"\ncuntry = "Iraq"\nwhy = "typo"',
            "[[change]] #1: unknown field 'cuntry'; did you mean 'country'?",
        ),
        ('[[change]]\nid = "X"\nzzz = 1\nwhy = "w"', "[[change]] #1: unknown field 'zzz'; it may have"),
        ('[[drop]]\nid = "X"', '[[drop]] #1: every correction says why; add why = "..." with the reason'),
        ('[[drop]]\nid = "X"\nwhy = "FILL IN: why it is wrong"', "[[drop]] #1: every correction says why"),
        (
            '[[change]]\nid = "X"\ndate = "next Tuesday"\nwhy = "w"',
            "[[change]] #1: 'date' must be a date written YYYY-MM-DD",
        ),
        (  # the kinds are the story's: its profile's, in their order
            '[[change]]\nid = "X"\ntype = "raid"\nwhy = "w"',
            "[[change]] #1: 'type' must be one of \"us_strike\", \"self_defense_strike\", "
            "\"attack_on_us_forces\"",
        ),
        ('[[merge]]\nids = ["X"]\nwhy = "w"', "'ids' must be two or more different ids"),
        ('[[rename]]\nid = "X"\nwhy = "w"', "'rename' is not a kind of correction"),
        ('[[source]]\nfile = "a.txt"\nwhy = "w"', "set outlet, title, published or exclude = true"),
        ("[[drop]\n", "not valid TOML"),
    ],
)
def test_a_wrong_entry_is_an_error_with_the_fix(tmp_path: Path, entry: str, expected: str) -> None:
    assert expected in _error(write_week(tmp_path, corrections=entry))


def test_a_field_of_the_other_kind_of_record_is_an_error(tmp_path: Path) -> None:
    message = _error(
        write_week(
            tmp_path,
            corrections=f'''
[[change]]
id = "{STRIKE_ID}"
value = 3
why = "w"
''',
        )
    )
    assert message.endswith(
        f"[[change]] #1 ({STRIKE_ID}): value is not a field of an event; an event has "
        "actors, country, date, places, type, weapons"
    )


def test_an_unknown_country_is_an_error(tmp_path: Path) -> None:
    message = _error(
        write_week(tmp_path, corrections=f'[[change]]\nid = "{STRIKE_ID}"\ncountry = "Irak"\nwhy = "w"\n')
    )
    assert "country 'Irak' is not one of the story's countries (" in message


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    message = _error(
        write_week(tmp_path, corrections='[[drop]]\nid = "a"\n\n[[change]]\nid = "b"\nwhy = "w"\n')
    )
    assert "[[drop]] #1: every correction says why" in message
    assert "[[change]] #1: says what to change" in message


@pytest.mark.parametrize(
    ("text", "quote", "found"),
    [
        ("the drone hit\n the base", "drone hit the base", "drone hit\n the base"),
        ("the group’s drone", "group's drone", "group’s drone"),
        ("a “precision strike” on", 'a "precision strike"', "a “precision strike”"),
        ("The Drone", "the drone", None),
        ("anything", "   ", None),
    ],
)
def test_find_quote(text: str, quote: str, found: str | None) -> None:
    span = find_quote(text, quote)
    assert (text[span[0] : span[1]] if span else None) == found


def test_json_keeps_the_corrections_and_each_records_marks(tmp_path: Path) -> None:
    briefing = corrected(
        write_week(
            tmp_path,
            corrections=f'''
[[change]]
id = "{STRIKE_ID}"
places = ["Al-Qaim", "Akashat"]
why = "the depot lies between the two"
''',
        )
    )
    document = json.loads(json.dumps(to_json(briefing.extraction, briefing)))
    assert document["corrections"] == [
        {
            "ref": "change-1",
            "kind": "change",
            "targets": [STRIKE_ID],
            "fields": {"places": "Al-Qaim, Akashat"},
            "why": "the depot lies between the two",
            "status": "applied",
            "note": "",
        }
    ]
    marks = {e["id"]: e["corrected"] for e in document["events"]}
    assert marks[STRIKE_ID] == ["change-1"] and marks[ATTACK_ID] == []
    assert all(t["corrected"] == [] for t in document["tallies"])


def test_corrections_outside_the_input_folder(tmp_path: Path) -> None:
    folder = write_week(tmp_path / "clips")
    elsewhere = tmp_path / "desk.toml"
    elsewhere.write_text(f'[[drop]]\nid = "{STRIKE_ID}"\nwhy = "w"\n', encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(folder),
            "-o",
            str(tmp_path / "out"),
            "--from",
            "2024-02-01",
            "--to",
            "2024-02-07",
            "--corrections",
            str(elsewhere),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "applied 1 of 1 correction(s) of the desk" in result.output
    document = json.loads((tmp_path / "out" / "briefing-2024-02-01_to_2024-02-07.json").read_text())
    assert STRIKE_ID not in {e["id"] for e in document["events"]}
    missing = CliRunner().invoke(
        main,
        ["build", str(folder), "-o", str(tmp_path / "out"), "--corrections", str(tmp_path / "nope.toml")],
    )
    assert missing.exit_code == 2  # a usage error, as a --config that is not there
    assert "--corrections" in missing.output and "does not exist" in missing.output


def test_a_wrong_entry_stops_the_build_and_writes_nothing(tmp_path: Path) -> None:
    folder = write_week(tmp_path / "clips", corrections='[[drop]]\nid = "x"\nwhy = ""\n')
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert (
        result.output.startswith("Error: ")
        and "corrections.toml: [[drop]] #1: every correction says why" in result.output
    )
    assert "Traceback" not in result.output
    assert not list((tmp_path / "out").glob("briefing-*"))


def test_strict_fails_on_a_stale_entry(tmp_path: Path) -> None:
    folder = write_week(
        tmp_path / "clips", corrections='[[drop]]\nid = "2020-01-01:us_strike:iraq"\nwhy = "w"\n'
    )
    (folder / "nodate.txt").unlink()  # its undated warning would fail --strict by itself
    out = tmp_path / "out"
    args = ["build", str(folder), "-o", str(out), "--from", "2024-02-01", "--to", "2024-02-07"]
    relaxed = CliRunner().invoke(main, args)
    assert relaxed.exit_code == 0, relaxed.output
    assert "matches nothing now; nearest current: " in relaxed.output
    strict = CliRunner().invoke(main, [*args, "--strict"])
    assert strict.exit_code == 1 and "--strict was given" in strict.output


def test_a_source_entry_for_a_file_no_longer_given_is_stale(tmp_path: Path) -> None:
    briefing = corrected(
        write_week(tmp_path, corrections='[[source]]\nfile = "strikes.txt"\noutlet = "X"\nwhy = "w"\n')
    )
    (correction,) = briefing.corrections
    assert correction.status == "stale"
    assert correction.note.startswith(
        f"the file is not among the inputs now; nearest current: {tmp_path / 'strike.txt'}"
    )


def test_the_desks_files_beside_the_clippings_are_not_articles(tmp_path: Path) -> None:
    from briefing.discover import discover

    folder = write_week(tmp_path / "clips", corrections="", notes="A comment.")
    (folder / "deeper").mkdir()
    (folder / "deeper" / "notes.md").write_text(
        "A clipping that happens to be called notes.", encoding="utf-8"
    )
    found = discover([folder], tmp_path / "out", False)
    names = sorted(str(Path(f.shown).relative_to(folder)) for f in found.files)
    assert names == ["attack.txt", "deeper/notes.md", "nodate.txt", "strike.txt"]


def test_a_corrected_figure_is_compared_again_with_its_day(tmp_path: Path) -> None:
    clash = """
[[add]]
metric = "attacks"
value = 100
since = 2023-10-17
as_of = 2024-02-05
source = "attack.txt"
quote = "injuring two service members"
why = "a figure for the test: it cannot be true beside 'at least 160'"
"""
    briefing = corrected(write_week(tmp_path, corrections=clash))
    groups = {t.id: t.conflict for t in briefing.extraction.tallies}
    assert groups == {FIGURE_ID: "attacks:2024-02-05", "desk:attack:f1": "attacks:2024-02-05"}
    dropped = corrected(
        write_week(tmp_path, corrections=clash + f'[[drop]]\nid = "{FIGURE_ID}"\nwhy = "w"\n')
    )
    assert {t.id: t.conflict for t in dropped.extraction.tallies} == {"desk:attack:f1": None}


def test_a_corrections_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    folder = write_week(tmp_path)
    (folder / "corrections.toml").write_bytes(
        b"\xef\xbb\xbf" + f'[[drop]]\nid = "{STRIKE_ID}"\nwhy = "read twice"\n'.encode()
    )
    briefing = corrected(folder)
    assert [c.status for c in briefing.corrections] == ["applied"]
    assert STRIKE_ID not in {e.id for e in briefing.chronology}


@pytest.mark.parametrize("shape", ["folder", "pipe"])
def test_a_corrections_toml_that_is_not_a_file_is_an_error_not_ignored(tmp_path: Path, shape: str) -> None:
    import os

    folder = write_week(tmp_path / "clips")
    if shape == "folder":
        (folder / "corrections.toml").mkdir()
    else:
        os.mkfifo(folder / "corrections.toml")
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: ") and "corrections.toml" in result.output
    assert "not a file" in result.output and "Traceback" not in result.output
    assert not list((tmp_path / "out").glob("briefing-*"))


def test_a_corrections_option_naming_a_pipe_says_so_without_waiting(tmp_path: Path) -> None:
    import os

    folder = write_week(tmp_path / "clips")
    os.mkfifo(tmp_path / "desk.toml")
    result = CliRunner().invoke(
        main, ["build", str(folder), "-o", str(tmp_path / "out"), "--corrections",
               str(tmp_path / "desk.toml")],
    )
    assert result.exit_code == 1, result.output
    assert "desk.toml" in result.output and "not a file" in result.output
    assert "no such file" not in result.output


def test_a_mistyped_field_gets_the_nearest_one_not_every_field(tmp_path: Path) -> None:
    entry = '[[change]]\nid = "X"\nplcaes = ["Tower 22"]\nwhy = "t"\n'
    message = _error(write_week(tmp_path, corrections=entry))
    assert "[[change]] #1: unknown field 'plcaes'; did you mean 'places'?" in message
    assert "breakdown" not in message


def test_a_desk_date_answers_the_no_date_warning_so_strict_passes(tmp_path: Path) -> None:
    folder = write_week(tmp_path / "clips")
    args = ["build", str(folder), "-o", str(tmp_path / "out"), "--from", "2024-02-01", "--to", "2024-02-07"]
    before = CliRunner().invoke(main, [*args, "--strict"])
    assert before.exit_code == 1 and "nodate.txt: no publication date found" in before.output
    (folder / "corrections.toml").write_text(
        '[[source]]\nfile = "nodate.txt"\npublished = 2024-02-05\nwhy = "the desk knows the day"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, [*args, "--strict"])
    assert result.exit_code == 0, result.output
    assert "no publication date" not in result.output
    document = json.loads((tmp_path / "out" / "briefing-2024-02-01_to_2024-02-07.json").read_text())
    assert not [p for p in document["problems"] if p["path"].endswith("nodate.txt")]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_a_desk_date_outside_the_years_is_an_error_not_a_traceback(tmp_path: Path, day: str) -> None:
    folder = write_week(
        tmp_path / "clips",
        corrections=f'[[source]]\nfile = "nodate.txt"\npublished = {day}\nwhy = "typed in a hurry"\n',
    )
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: ")
    assert "[[source]] #1: 'published' must be a date" in result.output
    assert "1900" in result.output and "--from" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_change_of_a_row_the_desk_adds_says_to_edit_the_add(tmp_path: Path) -> None:
    folder = write_week(
        tmp_path,
        corrections="""
[[add]]
type = "us_strike"
date = 2024-02-05
country = "Syria"
source = "attack.txt"
quote = "A rocket attack on the base was also reported"
why = "missed"

[[change]]
id = "desk:2024-02-05:us_strike:syria"
places = ["Al-Omar oil field"]
why = "the id as the CSV shows it"
""",
    )
    briefing = corrected(folder)
    change = next(c for c in briefing.corrections if c.kind == "change")
    assert change.status == "stale"
    assert "a row the desk adds" in change.note and "[[add]] entry" in change.note


def test_a_source_named_by_its_absolute_path_is_found_from_a_relative_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_week(tmp_path / "clips")
    (folder / "corrections.toml").write_text(
        f'[[source]]\nfile = "{folder / "nodate.txt"}"\noutlet = "Desk Own"\n'
        'why = "as the appendix showed it"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)  # the weekly job runs 'briefing build clips/' from the folder above
    period = ["--from", "2024-02-01", "--to", "2024-02-07"]
    result = CliRunner().invoke(main, ["build", "clips", "-o", "out", *period])
    assert result.exit_code == 0, result.output
    assert "applied 1 of 1 correction(s) of the desk" in result.output
