"""What the command line says and how it exits (issue 19): wrong option values are usage errors,
retired settings warn instead of breaking a weekly job, an encoding note says why, a feed's
items are labelled one by one, and the scripts answer --help."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import config
from briefing.cli import main
from briefing.config import Retired, load_for
from briefing.errors import SettingsError
from briefing.ingest import decode
from tests.clips import story
from tests.conftest import ROOT, SAMPLE_PDF, SAMPLES

MAIL = '[email]\nfrom = "Desk <desk@example.org>"\n[smtp]\nhost = "smtp.example.org"\n'


def _settings_file(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "briefing.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- exit codes -----------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (["--week", "47"], "Error: --week '47' is not an ISO week; write it like 2023-W47"),
    (["--week", "2023-47"], "Error: --week '2023-47' is not an ISO week"),
    (["--week", "2023-W60"], "Error: --week '2023-W60' does not exist"),
    (["--from", "2023-11-30", "--to", "2023-11-01"],
     "Error: --from 2023-11-30 is after --to 2023-11-01; swap them"),
    (["--from", "1800-01-01", "--to", "1800-01-07"], "Error: --from 1800-01-01 is outside the years"),
    (["--config", "no-such.toml"], "'no-such.toml' does not exist"),
    (["--config", "."], "is a directory"),
])
def test_a_wrong_option_value_is_a_usage_error(args: list[str], message: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", "out", *args])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Usage: " in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_send_names_its_last_day_until_in_a_period_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["send", str(SAMPLES), "-o", str(tmp_path), "--from", "2023-11-30",
                                       "--until", "2023-11-01"])
    assert result.exit_code == 2
    assert "Error: --from 2023-11-30 is after --until 2023-11-01; swap them" in result.output


def test_build_needs_its_folder_and_says_so() -> None:
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 2 and "Missing argument 'INPUT_DIR'" in result.output
    assert "INPUT_DIR is required" in CliRunner().invoke(main, ["build", "--help"]).output
    missing = CliRunner().invoke(main, ["send", "--week", "2023-W47"])
    assert missing.exit_code == 2 and "give INPUT_DIR" in missing.output
    absent = CliRunner().invoke(main, ["send", "--pdf", "no-such.pdf"])
    assert absent.exit_code == 2 and "'no-such.pdf' does not exist" in absent.output
    address = CliRunner().invoke(main, ["send", str(SAMPLES), "--to", "ann at example"])
    assert address.exit_code == 2
    assert "Error: --to 'ann at example' is not one mail address; write e.g. --to ann@example.org" \
        in address.output


def test_send_pdf_needs_no_input_folder_outside_the_checkout(sample_build: tuple[Path, str], tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    built, _ = sample_build
    for name in (SAMPLE_PDF, SAMPLE_PDF.replace(".pdf", ".json")):
        shutil.copy(built / name, tmp_path / name)
    _settings_file(tmp_path, MAIL.replace("[smtp]", 'to = ["ann@example.org"]\n[smtp]'))
    monkeypatch.chdir(tmp_path)  # no sample_input here: the settings are this folder's briefing.toml
    result = CliRunner().invoke(main, ["send", "--pdf", SAMPLE_PDF, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "  to: ann@example.org" in result.output
    assert (tmp_path / SAMPLE_PDF.replace(".pdf", ".eml")).is_file()


# --- retired settings -----------------------------------------------------------------------

def test_an_old_recipients_key_warns_in_build_and_the_build_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    settings = _settings_file(folder, 'recipients = ["ann@example.org"]\n')
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (f"warning: {settings}: 'recipients' is retired and build does not use it; move it to 'to' in "
            "[email] (see README 'Sending')") in result.output
    assert (tmp_path / "out" / SAMPLE_PDF).is_file()
    strict = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "strict"), "--strict"])
    assert strict.exit_code == 1
    assert strict.output == (f"Error: {settings}: 'recipients' is retired and --strict was given; move it "
                             "to 'to' in [email] (see README 'Sending')\n")
    assert not (tmp_path / "strict").exists()


def test_send_takes_recipients_as_email_to_with_a_warning(tmp_path: Path) -> None:
    path = _settings_file(tmp_path, 'recipients = ["ann@example.org"]\n' + MAIL)
    settings, warnings = load_for("send", None, tmp_path)
    assert settings.email.to == ("ann@example.org",)
    assert warnings == (f"{path}: 'recipients' is retired; send reads it as 'to' in [email] this time; move "
                        "it to 'to' in [email] (see README 'Sending')",)
    assert load_for("build", None, tmp_path)[0].email.to == ()  # build does not use it
    both = MAIL.replace("[smtp]", 'to = ["bob@example.org"]\n[smtp]')
    _settings_file(tmp_path, 'recipients = ["ann@example.org"]\n' + both)
    with pytest.raises(SettingsError, match="both 'recipients' and 'to' in \\[email\\] are set; delete "
                                            "'recipients'"):
        load_for("send", None, tmp_path)
    _settings_file(tmp_path, 'recipients = ["not an address"]\n' + MAIL)
    with pytest.raises(SettingsError, match="'recipients' has 'not an address', which is not one mail"):
        load_for("send", None, tmp_path)


def test_extract_warns_of_a_retired_key_too(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    _settings_file(folder, 'recipients = ["ann@example.org"]\n')
    result = CliRunner().invoke(main, ["extract", str(folder), "--json", str(tmp_path / "x.json")])
    assert result.exit_code == 0, result.output
    assert "'recipients' is retired and extract does not use it" in result.output


def test_any_key_retired_later_follows_the_same_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key retired inside a table, that its command refuses rather than reads."""
    tls = Retired("tls", "security = \"ssl\" in [smtp]", "README 'Sending'", "send", table="smtp")
    monkeypatch.setattr(config, "RETIRED", (*config.RETIRED, tls))
    path = _settings_file(tmp_path, MAIL + "tls = true\n")
    settings, warnings = load_for("build", None, tmp_path)
    assert settings.smtp.host == "smtp.example.org"  # the rest of the table is read
    assert warnings == (f"{path}: 'tls' in [smtp] is retired and build does not use it; move it to "
                        "security = \"ssl\" in [smtp] (see README 'Sending')",)
    with pytest.raises(SettingsError, match=r"'tls' in \[smtp\] is retired; move it to security"):
        load_for("send", None, tmp_path)
    with pytest.raises(SettingsError, match=r"'tls' in \[smtp\] is retired and --strict was given"):
        load_for("build", None, tmp_path, strict=True)
    assert config.parse({"smtp": {"host": "smtp.example.org", "tls": True}}, "b.toml").smtp.host \
        == "smtp.example.org"


# --- what a failed run shows ----------------------------------------------------------------

def test_a_folder_of_only_off_topic_articles_shows_why(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "sport.txt").write_text("---\npublished: 2023-11-28\n---\nThe home side won 2-1 on Tuesday "
                                      "before a crowd of 30,000.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"  off-topic       {folder / 'sport.txt'}: no attack, strike or campaign figure found in it" \
        in result.output.splitlines()
    assert result.output.splitlines()[-1] == (f"Error: no input in {folder} could be used for 2023-11-22 – "
                                              "2023-11-28 (1 off-topic); nothing was written")
    quiet = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out"), "-q"])
    assert quiet.output.splitlines() == result.output.splitlines()[-1:]


# --- encodings and feeds --------------------------------------------------------------------

QUOTES = "Officials said the attack \u201cwas serious\u201d \u2014 it\u2019s over. " * 5
ACCENTS = "The caf\u00e9 owner, na\u00efve about the r\u00e9sum\u00e9, said \u2018no\u2019. " * 5
POLISH = ("Zg\u0142oszenie \u015bwiat \u017c\u00f3\u0142w, powiedzia\u0142 rzecznik. "
          "Atak by\u0142 powa\u017cny. ") * 5


@pytest.mark.parametrize(("text", "encoding", "note"), [
    (QUOTES, "cp1252", "not UTF-8 (byte 0x93 at offset 26); read as cp1252 (Western European); "
                       "cp1250 (Central European) reads its bytes the same, and the Western encoding is the "
                       "commoner"),
    (ACCENTS, "cp1252", "read as cp1252 (Western European): charset-normalizer found cp1250 (Central "
                        "European) as likely, and the Western encoding is the commoner"),
    (POLISH, "cp1250", "read as cp1250 (Central European), detected by charset-normalizer as likelier than "
                       "cp1252, which reads '\u0142' where cp1252 reads '\u00b3'"),
])
def test_an_encoding_note_says_which_and_why(text: str, encoding: str, note: str) -> None:
    decoded, said = decode(text.encode(encoding))
    assert decoded == text
    assert said is not None and note in said
    assert said.startswith("not UTF-8 (byte 0x")


def test_a_feed_shows_each_item_with_its_own_status(tmp_path: Path) -> None:
    item = ("<item><title>{}</title><pubDate>Mon, 04 Dec 2023 10:00:00 +0000</pubDate>"
            "<description>{}</description></item>")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        + item.format("A", story(1) + story(3)) + item.format("B", "Drones hit a base.")
        + item.format("C", story(2) + story(5)) + "</channel></rss>", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-v"])
    assert result.exit_code == 0, result.output
    shown = [line.split()[:2] for line in result.output.splitlines() if line.startswith("  ")]
    feed = str(tmp_path / "in" / "feed.xml")
    assert shown == [["used", f"{feed}#1:"], ["summary-only", f"{feed}#2:"], ["used", f"{feed}#3:"]]
    assert "item 2 holds only 18 characters (a summary, not the article)" in result.output


# --- the scripts ----------------------------------------------------------------------------

@pytest.mark.parametrize("script", sorted(p.name for p in (ROOT / "scripts").glob("*.py")))
def test_every_script_answers_help_and_does_nothing_else(script: str) -> None:
    done = subprocess.run([sys.executable, f"scripts/{script}", "--help"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: ")
    assert "Traceback" not in done.stderr
