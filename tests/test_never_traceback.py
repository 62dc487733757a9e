"""Never a traceback, never a fooled terminal, never wrong data from a setting: the settings,
the topic, the environment, a JSON edited by hand and the names printed."""

from __future__ import annotations

import base64
import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import addresses
from briefing.cli import main
from briefing.config import Settings, parse
from briefing.errors import SettingsError, shown
from tests.conftest import SAMPLES
from tests.test_send import built  # noqa: F401 - the fixture

ENCODED_CRLF = "=?utf-8?b?" + base64.b64encode(b"Desk\r\nBcc: x@evil.org").decode() + "?= <desk@example.org>"


@pytest.mark.parametrize("value", [
    ENCODED_CRLF,
    "=?utf-8?q?a=0D=0Ab?= <desk@example.org>",
    "=?utf-8?q?a=C2=85b?= <desk@example.org>",  # U+0085 once decoded
    '"a\rb" <desk@example.org>',
    "a\x85b <desk@example.org>",
    "Desk\u2028 <desk@example.org>",
    "desk@example.org\n",
    "desk@example.org, ann@example.org",
    "<desk@example>",
    ". <desk@example.org>",  # a name of punctuation alone: Python's parser fails on it (AttributeError)
    "( <desk@example.org>",
])
def test_an_address_mail_would_refuse_is_refused_by_both_checks(value: str, built: Path) -> None:  # noqa: F811
    with pytest.raises(SettingsError, match="which is not one mail address"):
        parse({"email": {"from": value}}, "briefing.toml")
    result = CliRunner().invoke(main, ["send", "--pdf", str(built), "--to", value, "--dry-run"])
    assert result.exit_code == 2, result.output  # a wrong option value: a usage error
    assert "is not one mail address" in result.output and "Traceback" not in result.output


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_whatever_the_check_accepts_mail_can_carry(name: str) -> None:
    from email.message import EmailMessage

    from briefing.mail import wire

    for value in (f"{name} <desk@example.org>", f'"{name}" <desk@example.org>', f"{name}@example.org"):
        if addresses.problem(value) is None:
            message = EmailMessage()
            message["From"] = value
            message["To"] = value
            message.set_content("x")
            assert b"\r\n\r\n" in wire(message)


@pytest.mark.parametrize("subject", ["{title:x}", "{title:{label}}", "{title:#>1000000}", "{title!r}",
                                     "{title.__class__}", "{0}", "{title[0]}", "{", "x" * 400])
def test_a_subject_template_is_plain_fields_only(subject: str) -> None:
    with pytest.raises(SettingsError, match="'subject'"):
        parse({"email": {"subject": subject}}, "briefing.toml")


@pytest.mark.parametrize("topic", [
    {"place": 5}, {"place": "Tower 22"}, {"place": [5]}, {"actor": {"name": "x"}},
    {"place": [{"name": 5}]}, {"place": [{"name": "Xville", "country": "Iraq", "aliases": "Xville"}]},
    {"place": [{"name": "Xville", "country": 5}]}, {"actor": [{"name": "X", "side": ["us"]}]},
    {"place": [{"name": "Xville", "country": "Iraq", "hosts_us_forces": "yes"}]},
])
def test_a_wrong_type_in_a_topic_entry_is_said(topic: dict[str, Any]) -> None:
    with pytest.raises(SettingsError, match=r"\[topic\]"):
        parse({"topic": topic}, "briefing.toml")


# punctuation of any script, invisible marks alone, and figures: "1" or "22" would be found
# in every count and date that holds those digits
@pytest.mark.parametrize("alias", [".", "-", "...", "'", " ", "-.-", "’", "_", "\u2014", "\u2026",
                                   "\u060c", "\u200b", "\u00ad", "\u2060", "\u0301", "1", "22", "2023-11-20",
                                   "\u0662\u0662"])
def test_an_alias_of_punctuation_figures_or_nothing_is_refused(alias: str) -> None:
    for kind, extra in (("place", {"country": "Iraq"}), ("actor", {"side": "militia"})):
        entry = {"name": "Xville", "aliases": ["Xville", alias], **extra}
        with pytest.raises(SettingsError, match=r"has no letter|non-empty list"):
            parse({"topic": {kind: [entry]}}, "briefing.toml")
        with pytest.raises(SettingsError):
            parse({"topic": {kind: [{**entry, "name": alias, "aliases": [alias]}]}}, "briefing.toml")


def test_a_settings_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    from briefing.config import load

    path = tmp_path / "briefing.toml"
    path.write_bytes("\ufefftitle = \"Désk\"\n".encode())
    assert load(path, tmp_path) == Settings(title="Désk")


@pytest.mark.parametrize("epoch", ["99999999999999999999", "253402300800", "-1", "1e9", "１２３", " "])
def test_an_unusable_source_date_epoch_is_ignored(epoch: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.processes import check_environment

    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    notes = check_environment()
    assert "SOURCE_DATE_EPOCH" not in os.environ
    assert any("SOURCE_DATE_EPOCH" in note for note in notes)


def test_a_usable_source_date_epoch_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.processes import check_environment

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    check_environment()
    assert os.environ["SOURCE_DATE_EPOCH"] == "1700000000"


def test_the_last_day_in_send_is_named_until(tmp_path: Path) -> None:
    for args in (["--from", "2023-11-30", "--until", "2023-11-22"],
                 ["--until", "2023-11-22", "--from", "2023-11-30"]):
        result = CliRunner().invoke(main, ["send", str(SAMPLES), "-o", str(tmp_path), *args])
        assert result.exit_code == 2  # a period that cannot be: a usage error
        assert result.output.endswith("\nError: --from 2023-11-30 is after --until 2023-11-22; swap them\n")


def _mutations(document: dict[str, Any]) -> list[tuple[str, Any]]:
    """(path, a wrong value) for the document's keys and the first record of each list."""
    found: list[tuple[str, Any]] = [("", []), ("", "text"), ("briefing", 5), ("briefing.period", "2023-W47")]
    wrongs: tuple[Any, ...] = (None, 5, "x", {}, [5])
    for key, value in document.items():
        found += [(key, wrong) for wrong in wrongs]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for field in value[0]:
                found += [(f"{key}.0.{field}", wrong) for wrong in (None, 7, ["x"])]
    return found


def _set(document: Any, path: str, value: Any) -> Any:
    if not path:
        return value
    *parents, last = path.split(".")
    node = document
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    node[int(last) if isinstance(node, list) else last] = value
    return document


def _read_as_a_briefing(pdf: Path) -> bool:
    """What send --pdf does with the JSON before it draws the charts: read, check, assemble.
    True when it is a briefing's; a BriefingError when it is not; any other exception fails."""
    from briefing.assemble import assemble
    from briefing.errors import BriefingError
    from briefing.send import _briefing_data

    try:
        extraction, period, title = _briefing_data(pdf.with_suffix(".json"), pdf)
    except BriefingError:
        return False
    try:
        assemble(extraction, period, title, 60)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        return False  # send says these in one line too: the command line is run for them
    return True


def test_a_json_edited_by_hand_is_said_never_a_traceback(built: Path, tmp_path: Path) -> None:  # noqa: F811
    original = json.loads(built.with_suffix(".json").read_text())
    pdf = tmp_path / built.name
    pdf.write_bytes(built.read_bytes())
    config = tmp_path / "briefing.toml"
    config.write_text('[email]\nfrom = "desk@example.org"\nto = ["a@example.org"]\n')
    runner = CliRunner()
    cases = _mutations(original)
    assert len(cases) > 60
    for number, (path, wrong) in enumerate(cases):
        pdf.with_suffix(".json").write_text(json.dumps(_set(copy.deepcopy(original), path, wrong)))
        if _read_as_a_briefing(pdf) and number % 4:
            continue  # read and assembled without a fault; a quarter of these also go the whole way
        result = runner.invoke(main, ["send", "--pdf", str(pdf), "--config", str(config), "--dry-run"])
        assert result.exception is None or isinstance(result.exception, SystemExit), (path, wrong,
                                                                                      result.exception)
        assert result.exit_code == 0 or result.output.startswith(f"Error: {pdf.with_suffix('.json')}: "), (
            path, wrong, result.output)


@pytest.mark.parametrize("name", ["x\nwarning: all is well", "x\x1b[2J\x1b[31mred", "x\u202eevil", "x\x85y"])
def test_a_name_is_printed_safely(tmp_path: Path, name: str) -> None:
    pdf = tmp_path / f"{name}.pdf"
    result = CliRunner().invoke(main, ["send", "--pdf", str(pdf), "--dry-run"])
    assert result.exit_code == 2  # --pdf names no file: a usage error
    line = result.output.splitlines()[-1]
    assert line == f"Error: Invalid value for '--pdf': File '{shown(pdf)}' does not exist."
    assert not any(text.startswith("warning") for text in result.output.splitlines())
    assert "\x1b" not in line and "\u202e" not in line and "\x85" not in line


def test_an_input_name_is_printed_safely_in_the_build(tmp_path: Path) -> None:
    clips = tmp_path / "clips"
    clips.mkdir()
    for sample in SAMPLES.glob("*.txt"):
        (clips / sample.name).write_bytes(sample.read_bytes())
    (clips / "bad\nwarning: fake\x1b[31m.txt").write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(main, ["build", str(clips), "-o", str(tmp_path / "o"), "-v", "--no-cache"])
    assert result.exit_code == 0, result.output
    for line in result.output.splitlines():
        assert not line.startswith("warning: fake") and "\x1b" not in line
    assert "bad\\nwarning: fake\\x1b[31m.txt" in result.output


INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize("mark", INVISIBLE)
def test_a_character_that_prints_nothing_does_not_hide_a_name(mark: str) -> None:
    from briefing.extract.lexicon import lexicons
    from briefing.topic import load_topic

    lex = lexicons(load_topic())
    text = f"A drone targeted Al-As{mark}ad Air{mark}base in western Iraq, near Tow{mark * 2}er 22."
    hits = list(lex.places.find(text))
    assert [hit.name for hit in hits] == ["Al-Asad Airbase", "Tower 22"]
    assert [text[hit.start:hit.end] for hit in hits] == [f"Al-As{mark}ad Air{mark}base",
                                                          f"Tow{mark * 2}er 22"]


def test_a_place_with_a_soft_hyphen_is_the_events_place(tmp_path: Path) -> None:
    from briefing.build import extract

    body = ("A one-way attack drone targeted US and coalition forces at Al-As\u00adad Air\u00adbase in "
            "western Iraq on Tuesday, a US defense official said.")
    (tmp_path / "a.txt").write_text("---\noutlet: Example Wire\ntitle: Drone attack\npublished: 2023-11-21\n"
                                    f"---\n\n{body}\n")
    extraction = extract([tmp_path])
    [event] = extraction.events
    assert event.places == ("Al-Asad Airbase",)
    assert all(evidence.quote in body and evidence.end - evidence.start == len(evidence.quote)
               for evidence in event.sources)


@pytest.mark.parametrize("command", ["build", "review"])
def test_a_max_size_that_is_not_a_number_is_a_usage_error(tmp_path: Path, command: str) -> None:
    out = str(tmp_path / "out")
    result = CliRunner().invoke(main, [command, str(SAMPLES), "-o", out, "--max-size", "nan"])
    assert result.exit_code == 2, result.output
    assert "--max-size" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()
