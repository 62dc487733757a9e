"""Issue 20, again: members of each family that were not named (never twice, never stuck, never a
traceback, never outside the folder, never a fake line, never a misleading word). Each test is a
table, so that the member found and its neighbours are held by one rule."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import shutil
import socket
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.config import SmtpSettings, parse
from briefing.errors import BriefingError, SettingsError, shown
from tests.mailserver import Journal, mail_server, read_command, scripted_server
from tests.test_send import built, log, send  # noqa: F401 - built: a fixture

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@pytest.fixture
def pdf(built: Path, tmp_path: Path) -> Path:  # noqa: F811 - built is the fixture imported above
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(built, out)
    shutil.copy(built.with_suffix(".json"), out)
    return out / built.name


def plain(tmp_path: Path, port: int, email: str = "", smtp: str = "") -> str:
    path = tmp_path / "briefing.toml"
    path.write_text(f'[email]\nfrom = "desk@example.org"\nto = ["ann@example.org"]\n{email}\n'
                    f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\ntimeout = 2\n{smtp}',
                    encoding="utf-8")
    return str(path)


def one_error(output: str) -> str:
    assert "Traceback" not in output
    [line] = output.splitlines()
    assert line.startswith("Error: ")
    return line


# Double sends ------------------------------------------------------------------------------

@pytest.mark.parametrize(("to", "cc", "bcc"), [
    (("ann@example.org",), ("Ann@EXAMPLE.org",), ()),
    (("Ann <ann@example.org>",), (), ("ANN@example.org",)),
    (("ann@example.org", "ann@Example.Org"), (), ()),
])
def test_one_mailbox_spelt_two_ways_is_asked_for_once(to: tuple[str, ...], cc: tuple[str, ...],
                                                      bcc: tuple[str, ...]) -> None:
    from briefing.mail import Envelope

    assert Envelope("desk@example.org", to, cc, bcc).recipients == ("ann@example.org",)


def test_one_mailbox_spelt_two_ways_gets_one_copy(pdf: Path, tmp_path: Path) -> None:
    with mail_server() as (port, server):
        done = send("--pdf", str(pdf), "--config",
                    plain(tmp_path, port, 'cc = ["Ann@EXAMPLE.org"]\nbcc = ["ANN@example.org"]'))
    assert done.exit_code == 0, done.output
    [message] = server.received
    assert message.recipients == ("ann@example.org",)


@pytest.mark.parametrize("how", ["file", "folder"])
def test_a_pdf_sent_through_a_link_is_the_pdf_already_sent(pdf: Path, tmp_path: Path, how: str) -> None:
    other = tmp_path / "other"
    if how == "folder":
        other.symlink_to(pdf.parent)
    else:
        other.mkdir()
        for path in (pdf, pdf.with_suffix(".json")):
            (other / path.name).symlink_to(path)
    with mail_server() as (port, server):
        first = send("--pdf", str(pdf), "--config", plain(tmp_path, port))
        assert first.exit_code == 0, first.output
        line = one_error(send("--pdf", str(other / pdf.name), "--config", plain(tmp_path, port)).output)
    assert "was already sent to ann@example.org" in line and len(server.received) == 1
    assert not (other / "sent.jsonl").is_file() or how == "folder"


def test_a_log_that_is_a_hard_link_is_not_written(pdf: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.jsonl"
    elsewhere.write_text("")
    os.link(elsewhere, pdf.parent / "sent.jsonl")
    with mail_server() as (port, server):
        line = one_error(send("--pdf", str(pdf), "--config", plain(tmp_path, port)).output)
    assert "hard link" in line and "nothing was sent" in line
    assert server.received == [] and elsewhere.read_text() == ""


# Hangs and tracebacks: the password command ------------------------------------------------

@pytest.mark.parametrize(("command", "said"), [
    (["sh", "-c", "sleep 30 & echo secret"], None),  # a child left holding the output: no wait
    (["sh", "-c", "echo secret; exec yes no >&2"], "did not finish within 2 s"),  # endless, not kept
    (["yes", "secret"], "did not finish within 2 s"),
    ([sys.executable, "-c", "import sys; sys.stdout.buffer.write(b'\\xff\\xfe\\n')"], "not UTF-8"),
    (["echo\0secret"], "did not run"),
    ([os.sep], "did not run"),
    (["sh", "-c", "echo 'no entry' >&2; exit 3"], "failed (exit 3: no entry)"),
    (["true"], "it printed no password"),
])
def test_a_password_command_ends_in_a_password_or_one_line(command: list[str], said: str | None) -> None:
    from briefing.errors import DeliveryError
    from briefing.send import password

    smtp = SmtpSettings(host="x", username="desk", password_command=tuple(command), timeout=2)
    started = time.monotonic()
    if said is None:
        assert password(smtp, {}) == "secret"
    else:
        with pytest.raises(DeliveryError) as caught:
            password(smtp, {})
        assert said in caught.value.format_message()
        assert "\n" not in caught.value.format_message()
    assert time.monotonic() - started < 6


# Messages that mislead: each class of answer from a server ---------------------------------

def _server(greeting: bytes, at: bytes = b"QUIT", reply: bytes = b"221 bye\r\n",  # type: ignore[no-untyped-def]
            ehlo: bytes = b"250 ok\r\n"):
    """A server that greets with ``greeting`` (only a 220 goes on), logs anyone in, and answers
    the command starting ``at`` with ``reply``."""
    def script(connection: socket.socket, heard: list[bytes], stop: threading.Event) -> None:
        connection.sendall(greeting)
        while greeting.startswith(b"220"):
            line = read_command(connection, heard).upper()
            if line.startswith(at):
                connection.sendall(reply)
                return
            answers = {b"EHLO": ehlo, b"AUTH": b"235 ok\r\n", b"QUIT": b"221 bye\r\n"}
            connection.sendall(answers.get(line[:4], b"250 ok\r\n"))
    return scripted_server(script)


@pytest.mark.parametrize(("server", "username", "said", "not_said"), [
    ({"greeting": b"* OK IMAP4rev1 ready\r\n"}, None, "does not speak SMTP", "refused the sender"),
    ({"greeting": b"+OK POP3 ready\r\n"}, None, "does not speak SMTP", "answered -1"),
    ({"greeting": b"421 4.3.2 too many connections\r\n"}, None, "turned the connection away for now",
     "the message"),
    ({"greeting": b"554 5.7.1 your address is listed\r\n"}, None, "refused the connection", "the message"),
    ({"greeting": b"220 ok\r\n", "at": b"AUTH", "reply": b"454 4.7.0 temporary authentication failure\r\n",
          "ehlo": b"250-ok\r\n250 AUTH PLAIN\r\n"}, "desk", "try again later", "check username"),
    ({"greeting": b"220 ok\r\n", "at": b"MAIL", "reply": b"530 5.7.0 authentication required\r\n"}, None,
     "set username under [smtp]", "check from"),
    ({"greeting": b"220 ok\r\n", "at": b"MAIL", "reply": b"530 5.7.0 must issue a STARTTLS first\r\n",
          "ehlo": b"250-ok\r\n250 AUTH PLAIN\r\n"}, "desk", "check security", "check from"),
])
def test_each_answer_of_a_server_is_said_for_what_it_is(server: dict[str, bytes], username: str | None,
                                                        said: str, not_said: str) -> None:
    from briefing.errors import DeliveryError
    from briefing.smtpclient import deliver

    journal = Journal()
    with _server(**server) as (port, _):
        smtp = SmtpSettings(host="127.0.0.1", port=port, security="none", username=username, timeout=2)
        with pytest.raises(DeliveryError) as caught:
            deliver(b"Subject: x\r\n\r\nx\r\n", "desk@example.org", ("ann@example.org",), smtp, "pw", journal)
    message = caught.value.format_message()
    assert said in message and not_said not in message, message
    assert journal.said == []


# Hangs: what stands where the desk's files should be ----------------------------------------

def _notes_as(kind: str, folder: Path, outside: Path) -> None:
    notes = folder / "notes.md"
    if kind == "pipe":
        os.mkfifo(notes)
    elif kind == "folder":
        notes.mkdir()
    elif kind == "socket":
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(notes))
    elif kind == "dangling":
        notes.symlink_to(outside / "gone.md")
    elif kind == "outside":
        (outside / "notes.md").write_text("Our comment.")
        notes.symlink_to(outside / "notes.md")
    elif kind == "loop":
        notes.symlink_to(notes)


@pytest.mark.parametrize(("kind", "said"), [
    ("pipe", "a named pipe (FIFO), not a file"), ("folder", "a folder, not a file"),
    ("socket", "a socket, not a file"), ("dangling", "which does not exist"),
    ("outside", "outside the input folder"), ("loop", "which does not exist"),
])
def test_whatever_stands_as_notes_md_is_said_in_one_line(tmp_path: Path, kind: str, said: str) -> None:
    from briefing.desk.step import gather

    folder, outside = tmp_path / "in", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    _notes_as(kind, folder, outside)
    desk = gather([folder])
    assert desk.comment is None
    [problem] = desk.problems
    assert problem.path == str(folder / "notes.md") and said in problem.message, problem.message
    assert "no analyst comment" in problem.message


def test_a_pipe_swapped_in_for_notes_is_not_waited_on(tmp_path: Path) -> None:
    from briefing.desk.notes import read

    os.mkfifo(tmp_path / "notes.md")
    comment, [problem] = read(tmp_path / "notes.md")
    assert comment is None and "cannot be read" in problem.message


@pytest.mark.parametrize("follow", [False, True])
def test_corrections_linked_from_outside_are_read_only_when_links_are_followed(tmp_path: Path,
                                                                               follow: bool) -> None:
    from briefing.desk.step import gather

    folder, outside = tmp_path / "in", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (outside / "corrections.toml").write_text('[[drop]]\nid = "2023-11-20:attack:x"\nwhy = "a test"\n')
    (folder / "corrections.toml").symlink_to(outside / "corrections.toml")
    (folder / "inside.toml").write_text("")
    if not follow:
        with pytest.raises(BriefingError) as caught:
            gather([folder])
        assert "outside the input folder" in caught.value.format_message()
        assert "--corrections" in caught.value.format_message()
        return
    desk = gather([folder], follow_links=True)
    assert desk.corrections is not None and len(desk.corrections.entries) == 1


def test_corrections_linked_from_inside_the_folder_are_read(tmp_path: Path) -> None:
    from briefing.desk.step import gather

    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "fixes.toml").write_text('[[drop]]\nid = "2023-11-20:attack:x"\nwhy = "a test"\n')
    (tmp_path / "corrections.toml").symlink_to(tmp_path / "desk" / "fixes.toml")
    desk = gather([tmp_path])
    assert desk.corrections is not None and len(desk.corrections.entries) == 1


@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_pdf_or_certificate_that_is_no_file_is_said_for_what_it_is(tmp_path: Path, kind: str) -> None:
    from briefing.send import check_pdf

    for name in ("briefing.pdf", "ca.pem"):
        os.mkfifo(tmp_path / name) if kind == "pipe" else (tmp_path / name).mkdir()
    what = "a named pipe" if kind == "pipe" else "a folder"
    with pytest.raises(BriefingError) as caught:
        check_pdf(tmp_path / "briefing.pdf")
    assert what in caught.value.format_message() and "no such" not in caught.value.format_message()
    with pytest.raises(SettingsError) as settings:
        parse({"smtp": {"host": "smtp.example.org", "ca_file": "ca.pem"}}, "briefing.toml", tmp_path)
    assert what in settings.value.format_message()


# Tracebacks: settings the mail code would trip on ------------------------------------------

@pytest.mark.parametrize(("host", "said"), [
    ("smtp.example.org:587", "the port apart"), ("smtp://smtp.example.org", "the port apart"),
    ("exa\0mple.org", "not a server's name"), ("smtp example.org", "not a server's name"),
    ("desk@smtp.example.org", "not a server's name"), ("smtp.exa\u2028mple.org", "not a server's name"),
    ("smtp.example.org/", "not a server's name"),
])
def test_a_host_that_is_no_server_name_is_refused_with_the_fix(host: str, said: str) -> None:
    with pytest.raises(SettingsError) as caught:
        parse({"smtp": {"host": host}}, "briefing.toml")
    assert said in caught.value.format_message()


@pytest.mark.parametrize("host", ["smtp.example.org", "127.0.0.1", "::1", "[::1]", "mail.bücher.example"])
def test_a_server_name_or_address_is_taken(host: str) -> None:
    assert parse({"smtp": {"host": host}}, "briefing.toml").smtp.host == host.strip("[]")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "cp1252"])
def test_settings_saved_in_another_encoding_say_to_save_them_as_utf8(tmp_path: Path, encoding: str) -> None:
    from briefing.config import load

    (tmp_path / "briefing.toml").write_bytes('title = "Brief – Irak"\n'.encode(encoding))
    with pytest.raises(SettingsError) as caught:
        load(None, tmp_path)
    assert "save it as UTF-8" in caught.value.format_message()


# A terminal that can be fooled -------------------------------------------------------------

FAKE = "x\n  Error: all is well\x1b[2J\u061c.toml"


def test_a_multi_line_error_breaks_only_between_its_problems(tmp_path: Path) -> None:
    from briefing.config import load

    path = tmp_path / FAKE
    path.write_text('title = 5\npage_size = "B5"\n')
    with pytest.raises(SettingsError) as caught:
        load(path, tmp_path)
    lines = caught.value.format_message().splitlines()
    assert len(lines) == 3 and not any(line.strip().startswith("Error") for line in lines[1:])
    assert not any(mark in line for line in lines for mark in ("\x1b", "\u061c"))


def test_a_corrections_error_is_one_line_whatever_its_name(tmp_path: Path) -> None:
    from briefing.desk.corrections import load

    path = tmp_path / FAKE
    path.write_text('[[drop]]\nid = 5\n[[nonsense]]\nx = 1\n')
    with pytest.raises(BriefingError) as caught:
        load(path)
    assert len(caught.value.format_message().splitlines()) == 1


def test_a_settings_warning_names_its_file_safely(tmp_path: Path) -> None:
    folder = tmp_path / FAKE.replace(".toml", "")
    folder.mkdir()
    (folder / "briefing.toml").write_text('recipients = ["ann@example.org"]\n')
    (folder / "a.txt").write_text("Nothing happened.\n")
    result = CliRunner().invoke(main, ["extract", str(folder), "--json", str(tmp_path / "x.json")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "retired" in line]
    assert len(warnings) == 1 and warnings[0].startswith("warning: ") and shown(folder) in warnings[0]
    assert not any(line.lstrip().startswith("Error") for line in result.output.splitlines())


def test_the_arabic_letter_mark_is_escaped_as_the_other_bidi_controls() -> None:
    assert shown("a\u061cb\u200fc\u2067d") == "a\\u061cb\\u200fc\\u2067d"


def test_a_log_the_tool_wrote_reads_back_after_these_sends(pdf: Path, tmp_path: Path) -> None:
    """The log lines written through a link and for one mailbox spelt twice read as records."""
    with mail_server() as (port, _):
        send("--pdf", str(pdf), "--config", plain(tmp_path, port, 'cc = ["Ann@EXAMPLE.org"]'))
    [record] = log(pdf.parent)
    assert record["recipients"] == ["ann@example.org"]
    assert json.loads((pdf.parent / "sent.jsonl").read_text().split("\n")[-2])["status"] == "sent"


# Tracebacks: every key of every section, every table of the desk, given a value of each wrong kind

WRONG = [5, -1, 10**30, 0, 1.5, float("nan"), float("inf"), True, [], [1], [[]], [{"a": 1}], {}, {"a": 1}, "",
         " ", "\0", "\u2028", "x" * 5000, "{title", "{title:{label}}", "{0}", "{title!a}",
         dt.date(2023, 1, 1), dt.datetime(2023, 1, 1, tzinfo=dt.UTC), dt.time(1, 2)]


def _settings_tables() -> list[dict[str, object]]:
    from briefing.config import EMAIL_KEYS, _smtp_keys, settings_keys

    tables: list[dict[str, object]] = []
    for value in WRONG:
        tables += [{key: value} for key in settings_keys(Path())]
        tables += [{"email": {key: value}} for key in EMAIL_KEYS]
        tables += [{"smtp": {key: value}} for key in _smtp_keys(Path())]
        for kind, base in (("place", {"name": "Xville", "country": "Iraq"}),
                           ("actor", {"name": "X", "side": "militia"})):
            tables += [{"topic": {kind: [{**base, key: value}]}} for key in
                       ("name", "aliases", "country", "side", "hosts_us_forces", "kind", "lat", "lon")]
    return tables


def test_no_settings_value_of_a_wrong_kind_is_a_traceback() -> None:
    for table in _settings_tables():
        with contextlib.suppress(SettingsError):
            parse(table, "briefing.toml")


def test_no_correction_value_of_a_wrong_kind_is_a_traceback() -> None:
    from briefing.desk.corrections import KINDS, CorrectionsError
    from briefing.desk.corrections import parse as parse_corrections

    for kind, (required, checks) in KINDS.items():
        for key, value in ((key, value) for key in (*checks, "why", "other") for value in WRONG):
            entry = {**dict.fromkeys(required, "x"), "why": "a reason", key: value}
            with contextlib.suppress(CorrectionsError):
                parse_corrections({kind: [entry]}, "corrections.toml")


# Hangs: the desk's stage, per stale entry ----------------------------------------------------

def test_a_stale_id_is_compared_with_a_bounded_pool_in_a_big_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each stale entry of a big run once cost a comparison with every id (0.55 s each against
    4,500 figures): a file of stale entries took minutes. The pool is bounded, and still holds
    the ids that begin as the stale one does."""
    import difflib

    from briefing.desk import nearest

    pools: list[int] = []
    compare = difflib.get_close_matches

    def counted(word: str, possibilities: list[str], n: int, cutoff: float) -> list[str]:
        pools.append(len(possibilities))
        return compare(word, possibilities, n=n, cutoff=cutoff)

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    ids = [f"{name}-{i}:t{j}" for name in ("reuters", "ap", "wire") for i in range(800) for j in range(3)]
    near = nearest.Nearest(ids)
    assert sorted(near.to("reuters-12:t7")) == ["reuters-12:t0", "reuters-12:t1", "reuters-12:t2"]
    assert near.to("zzz:t1") == []
    assert max(pools) <= nearest.POOL
    small = nearest.Nearest(ids[:50])
    assert small.to("ruters-1:t1") and pools[-1] == 50  # a small run: every id is compared


def test_a_pdf_named_beyond_utf8_is_refused_before_anything_is_written(pdf: Path, tmp_path: Path) -> None:
    """Its name goes into the attachment and sent.jsonl: once a UnicodeEncodeError in the mail."""
    named = pdf.parent / os.fsdecode(b"briefing-\xff\xfe.pdf")
    pdf.rename(named)
    pdf.with_suffix(".json").rename(named.with_suffix(".json"))
    line = one_error(send("--pdf", str(named), "--config", plain(tmp_path, 1), "--dry-run").output)
    assert "not UTF-8" in line and "rename it" in line and "\ufffd" in line
    assert len(list(pdf.parent.iterdir())) == 2  # no .eml, no log


# Wrong data, and a terminal fooled at the recipient's end: the subject line --------------------

@pytest.fixture(scope="module")
def letter(built: Path):  # type: ignore[no-untyped-def]  # noqa: F811 - built is the fixture imported above
    from briefing.config import Settings
    from briefing.mail import Letter
    from briefing.send import load_letter

    loaded: Letter = load_letter(built, Settings(), attach_json=False)
    return dataclasses.replace(loaded, charts=())


@pytest.mark.parametrize("title", [
    "=?utf-8?q?=0D=0ABcc:_eve@example.org?=", "A =?utf-8?b?DQo=?= B", "=?utf-8?q?a=C2=85b?=",
    "A\x00B", "A\x1b]0;owned\x07B", "A\u202eB", "A\x7fB", "A\rB\nC",
])
def test_a_title_cannot_open_an_encoded_word_or_carry_a_control_into_the_subject(letter, title: str) -> None:  # type: ignore[no-untyped-def]
    import email
    import email.policy

    from briefing.config import EmailSettings
    from briefing.mail import compose, envelope, wire

    changed = dataclasses.replace(letter, briefing=dataclasses.replace(letter.briefing, title=title))
    to = envelope(EmailSettings(sender="desk@example.org", to=("ann@example.org",)))
    data = wire(compose(changed, to, dt.datetime(2023, 11, 23, 8, tzinfo=dt.UTC)))
    head = data.split(b"\r\n\r\n", 1)[0]
    assert b"\r\n" not in head.split(b"Subject: ", 1)[1].split(b"\r\nFrom:", 1)[0].replace(b"\r\n ", b" ")
    back = email.message_from_bytes(data, policy=email.policy.default)
    assert back["Bcc"] is None and len(back.get_all("Subject", [])) == 1
    subject = str(back["Subject"])
    assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f or c == "\u202e" for c in subject), repr(subject)
    assert "weekly briefing" in subject


# Misleading: an option that would be ignored without a word ---------------------------------

@pytest.mark.parametrize("option", [["--title", "X"], ["--marking", "SECRET"], ["--pdf-ua"], ["--html"],
                                    ["-o", "elsewhere"], ["--max-size", "3"], ["--no-cache"]])
def test_send_pdf_refuses_what_only_a_build_reads(pdf: Path, tmp_path: Path, option: list[str]) -> None:
    result = send("--pdf", str(pdf), "--config", plain(tmp_path, 1), "--dry-run", *option)
    assert result.exit_code == 2 and "would change nothing" in result.output, result.output
    assert not pdf.with_suffix(".eml").exists()
