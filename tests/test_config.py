"""briefing.toml: read beside the input or from --config, overridden by options, checked strictly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.config import Settings, load, parse
from briefing.errors import BriefingError
from tests.conftest import SAMPLES


def _inputs(tmp_path: Path, toml: str | None) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    if toml is not None:
        (folder / "briefing.toml").write_text(toml, encoding="utf-8")
    return folder


def test_defaults_without_a_file(tmp_path: Path) -> None:
    assert load(None, tmp_path) == Settings()


def test_file_beside_input_and_options_override(tmp_path: Path) -> None:
    folder = _inputs(tmp_path, 'title = "Weekly"\norganisation = "Desk"\npage_size = "letter"\n')
    settings = load(None, folder)
    assert (settings.title, settings.organisation, settings.page_size) == ("Weekly", "Desk", "Letter")
    assert settings.override(title="Other", organisation=None).title == "Other"
    assert settings.override(title="Other", organisation=None).organisation == "Desk"


@pytest.mark.parametrize(("toml", "message"), [
    ('page_size = "A3"', "'page_size' is 'A3'; allowed values: A4, Letter"),
    ('colour = "red"', "unknown setting 'colour'\n  known settings: title, organisation"),
    ('organization = "Desk"', "unknown setting 'organization'; did you mean 'organisation'?"),
    ("context_days = -4", "'context_days' is -4; allowed values: a whole number 0 to 366"),
    ('pdf_variant = "pdf/a-3b"', "allowed values: pdf/ua-1"),
    ("title = ", "not valid TOML"),
])
def test_bad_settings_name_the_key(tmp_path: Path, toml: str, message: str) -> None:
    folder = _inputs(tmp_path, toml)
    with pytest.raises(BriefingError, match=r"briefing\.toml"):
        load(None, folder)
    from briefing.cli import main

    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output
    assert "Traceback" not in result.output


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        load(None, _inputs(tmp_path, 'page_size = "A5"\nmarking = 3\n'))
    assert "page_size" in caught.value.format_message() and "marking" in caught.value.format_message()


def test_missing_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="no such settings file"):
        load(tmp_path / "nope.toml", tmp_path)


def test_settings_file_is_not_an_input(tmp_path: Path) -> None:
    from briefing.discover import discover

    folder = _inputs(tmp_path, 'title = "T"\n')
    found = discover([folder])
    assert found.files and "briefing.toml" not in {f.path.name for f in found.files}


def test_settings_from_file_reach_the_briefing(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from briefing.cli import main

    folder = _inputs(tmp_path, 'marking = "FOR TRAINING"\norganisation = "Desk <b>"\ncontext_days = 5\n')
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "o"), "-q",
                                       "--organisation", "Desk From Option"])
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "o" / "briefing-2023-11-16_to_2023-11-22.pdf")
    front = reader.pages[0].extract_text()
    assert "FOR TRAINING" in front and "Desk From Option" in front
    assert reader.metadata is not None and reader.metadata.author == "Desk From Option"
    # context from 11 Nov (5 days before the period): the 12 Nov strike, not the 8 Nov one
    document = json.loads((tmp_path / "o" / "briefing-2023-11-16_to_2023-11-22.json").read_text())
    assert document["briefing"]["context"] == ["2023-11-12:us_strike:syria"]


def test_week_start_sets_the_default_period_to_the_teams_week() -> None:
    import datetime as dt

    from briefing.period import last_week_of

    assert parse({"week_start": "Sunday"}, "b.toml").week_start == "sunday"
    wednesday = dt.date(2023, 11, 22)
    iso = last_week_of(wednesday, "monday")
    assert (iso.start, iso.end, iso.label) == (dt.date(2023, 11, 20), dt.date(2023, 11, 26), "2023-W47")
    sunday = last_week_of(wednesday, "sunday")
    assert (sunday.start, sunday.end) == (dt.date(2023, 11, 19), dt.date(2023, 11, 25))
    with pytest.raises(BriefingError, match="'week_start' is 'friday'; allowed values: monday, sunday"):
        parse({"week_start": "friday"}, "b.toml")


MAIL = """
[email]
from = "Analysis desk <desk@example.org>"
to = ["ann@example.org", "Bob Builder <bob@example.org>"]
cc = ["chief@example.org"]
subject = "{label}: {title}"
[smtp]
host = "mail.example.org"
security = "ssl"
username = "desk"
password_command = "pass show mail/desk"
"""


def test_email_and_smtp_tables(tmp_path: Path) -> None:
    settings = load(None, _inputs(tmp_path, MAIL))
    email, smtp = settings.email, settings.smtp
    assert email.sender == "Analysis desk <desk@example.org>"
    assert email.to == ("ann@example.org", "Bob Builder <bob@example.org>")
    assert (email.cc, email.bcc, email.reply_to) == (("chief@example.org",), (), None)
    assert email.subject == "{label}: {title}"
    assert (smtp.host, smtp.port, smtp.security, smtp.server) == ("mail.example.org", None, "ssl",
                                                                    "mail.example.org:465")
    assert smtp.password_command == ("pass", "show", "mail/desk")
    assert (smtp.timeout, smtp.max_size_mb, smtp.allow_insecure) == (30.0, 10.0, False)


def test_ca_file_is_relative_to_the_settings_file(tmp_path: Path) -> None:
    (tmp_path / "certs").mkdir()
    (tmp_path / "certs" / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    config = tmp_path / "settings.toml"
    config.write_text('[smtp]\nhost = "mail.example.org"\nca_file = "certs/ca.pem"\n')
    assert load(config, tmp_path / "elsewhere").smtp.ca_file == tmp_path / "certs" / "ca.pem"


@pytest.mark.parametrize(("toml", "message"), [
    ('[smtp]\nhost = "mail.example.org"\npassword = "hunter2"',
     "[smtp] 'password' must not be in the settings file, where anyone who can read it can read the "
     "password; set the BRIEFING_SMTP_PASSWORD environment variable or password_command = "
     "[\"pass\", \"show\", \"smtp\"] instead"),
    ('[smtp]\nhost = "mail.example.org"\nsecurity = "none"',
     "[smtp] security = \"none\" would send the briefing and the password unencrypted to "
     "mail.example.org; use \"starttls\" or \"ssl\", or set allow_insecure = true on a network you trust"),
    ('[smtp]\nsecurity = "tls"', "[smtp] 'security' is 'tls'; allowed values: starttls, ssl, none"),
    ("[smtp]\nport = 70000", "[smtp] 'port' is 70000; allowed values: a whole number 1 to 65535"),
    ('[smtp]\nca_file = "nope.pem"', "[smtp] 'ca_file' is 'nope.pem', but there is no such file"),
    ('[email]\nfrom = "desk"', "[email] 'from' has 'desk', which is not one mail address; "
     "write e.g. from = \"desk@example.org\""),
    ('[email]\nto = "a@example.org"',
     "[email] 'to' must be a list of addresses, e.g. to = [\"a@example.org\"]"),
    ('[email]\nto = ["a@example.org, b@example.org"]', "[email] 'to' has 'a@example.org, b@example.org', "
     "which is not one mail address"),
    ('[email]\nsubject = "{title} {week}"', "[email] 'subject' names {week}; a subject may use {title}, "
     "{period}, {label}"),
    ('[email]\nsender = "a@example.org"', "[email] unknown setting 'sender'\n  [email] known settings: from, "
     "reply_to, to, cc"),
    ('[email]\nform = "a@example.org"', "[email] unknown setting 'form'; did you mean 'from'?"),
    ('email = "a@example.org"', "'email' must be a table: write [email] on a line of its own"),
])
def test_bad_mail_settings_name_the_key(tmp_path: Path, toml: str, message: str) -> None:
    with pytest.raises(BriefingError) as caught:
        load(None, _inputs(tmp_path, toml))
    assert message in caught.value.format_message()


def test_security_none_to_this_machine_or_when_allowed(tmp_path: Path) -> None:
    assert load(None, _inputs(tmp_path, '[smtp]\nhost = "localhost"\nsecurity = "none"')).smtp.server \
        == "localhost:25"
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "briefing.toml").write_text(
        '[smtp]\nhost = "relay.lan"\nsecurity = "none"\nallow_insecure = true\n')
    assert load(None, folder).smtp.security == "none"


def test_every_mail_problem_at_once(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        load(None, _inputs(tmp_path,
                           'colour = 1\n[email]\nfrom = 3\n[smtp]\npassword = "x"\ntimeout = 0\n'))
    lines = caught.value.format_message().splitlines()
    assert lines[0].endswith("briefing.toml:")
    assert [next(key for key in ("'colour'", "'from'", "'password'", "'timeout'", "known settings")
                 if key in line) for line in lines[1:]] == [
        "'colour'", "'from'", "'password'", "'timeout'", "known settings"]
