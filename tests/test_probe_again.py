"""Issue 20, third look: members of each family that neither the issue nor the second probe
named (docs/probe-issue20.md, "Third probe"). Tables, so that each case holds its neighbours."""

from __future__ import annotations

import json
import os
import resource
import socket
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Mapping
from pathlib import Path

import pytest

from briefing import sentlog
from briefing.config import SmtpSettings
from briefing.errors import BriefingError, DeliveryError, SettingsError
from tests.mailserver import Journal, mail_server, read_command, read_message, scripted_server
from tests.test_neighbours import pdf, plain  # noqa: F401 - pdf: a fixture
from tests.test_send import built, raw_log, send  # noqa: F401 - built: a fixture

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")

RECORD = {"time": "2023-11-23T08:00:00+00:00",
          "period": {"start": "2023-11-16", "end": "2023-11-22", "label": "2023-W47"},
          "pdf": "b.pdf", "sha256": "c" * 64, "recipients": ["ann@example.org"],
          "message_id": "<1@example.org>", "status": "sent"}


def _log(folder: Path, *records: Mapping[str, object]) -> None:
    (folder / "sent.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


# Double sends: the log and the envelope --------------------------------------------------------

def test_a_refusal_of_another_pdf_under_the_same_message_id_does_not_hide_a_send(tmp_path: Path) -> None:
    """A log edited by hand (a line copied and changed) can give two sends one Message-ID: the
    refusal of one must not make the other "never sent"."""
    _log(tmp_path, RECORD, {**RECORD, "sha256": "d" * 64, "pdf": "other.pdf", "status": "not-sent"})
    [earlier] = sentlog.earlier_sends(sentlog.read(tmp_path), "c" * 64, ("ann@example.org",))
    assert earlier.status == "sent"


DOMAINS = [  # one mailbox, two spellings of its domain that every mail system takes as one
    ("ann@bücher.example", "ann@xn--bcher-kva.example"),
    (unicodedata.normalize("NFC", "ann@bücher.example"), unicodedata.normalize("NFD", "ann@bücher.example")),
    ("ann@BÜCHER.example", "ann@bücher.example"),
]


@pytest.mark.parametrize(("first", "second"), DOMAINS)
def test_a_domain_spelt_two_ways_is_one_mailbox(first: str, second: str, tmp_path: Path) -> None:
    from briefing.mail import Envelope

    assert len(Envelope("desk@example.org", (first, second)).recipients) == 1
    _log(tmp_path, {**RECORD, "recipients": [first]})
    assert sentlog.earlier_sends(sentlog.read(tmp_path), "c" * 64, (second,))


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_a_log_line_nested_without_end_is_a_bad_line(tmp_path: Path, depth: int) -> None:
    (tmp_path / "sent.jsonl").write_text(json.dumps(RECORD) + "\n" + "[" * depth + "]" * depth + "\n")
    with pytest.raises(BriefingError) as caught:
        sentlog.read(tmp_path)
    assert "line 2: not a record" in caught.value.format_message()


def _send_under_file_limit(pdf_path: Path, config: str, limit: int) -> subprocess.CompletedProcess[str]:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "BRIEFING_SMTP_PASSWORD": "x"}
    command = [sys.executable, "-m", "briefing", "send", "--pdf", str(pdf_path), "--config", config]
    return subprocess.run(command, capture_output=True, text=True, env=env, preexec_fn=cap, timeout=120,
                          check=False)


def test_a_log_line_the_disk_cuts_short_stops_the_send(pdf: Path, tmp_path: Path) -> None:  # noqa: F811
    """A full disk (here a file size limit) can take part of the "sending" line: then the
    line is taken back and nothing is sent, rather than sending with half a record."""
    (pdf.parent / "sent.jsonl").write_text(json.dumps(RECORD) + "\n")
    size = (pdf.parent / "sent.jsonl").stat().st_size
    with mail_server() as (port, server):
        done = _send_under_file_limit(pdf, plain(tmp_path, port), size + 100)
    assert "Traceback" not in done.stderr and done.returncode == 1
    assert "nothing was sent" in done.stderr, done.stderr
    assert server.received == []
    assert (pdf.parent / "sent.jsonl").stat().st_size == size
    assert len(raw_log(pdf.parent)) == 1


# Tracebacks: settings, corrections, topic files nested without end ----------------------------

DEEP = ["a = " + "[" * 5_000 + "]" * 5_000, "a = " + "{b = " * 3_000 + "1" + "}" * 3_000]


@pytest.mark.parametrize("text", DEEP)
def test_settings_nested_without_end_are_a_settings_error(tmp_path: Path, text: str) -> None:
    from briefing.config import load

    (tmp_path / "briefing.toml").write_text(text + "\n")
    with pytest.raises(SettingsError) as caught:
        load(None, tmp_path)
    assert "nested too deeply" in caught.value.format_message()


@pytest.mark.parametrize("text", DEEP)
def test_corrections_nested_without_end_are_a_corrections_error(tmp_path: Path, text: str) -> None:
    from briefing.desk.corrections import CorrectionsError, load

    (tmp_path / "corrections.toml").write_text(text + "\n")
    with pytest.raises(CorrectionsError) as caught:
        load(tmp_path / "corrections.toml")
    assert "nested too deeply" in caught.value.format_message()


@pytest.mark.parametrize("text", DEEP)
def test_a_topic_file_nested_without_end_is_a_settings_error(tmp_path: Path, text: str) -> None:
    from briefing.topic import choose_topic

    (tmp_path / "story.toml").write_text(text + "\n")
    with pytest.raises(SettingsError) as caught:
        choose_topic("story.toml", None, tmp_path)
    assert "nested too deeply" in caught.value.format_message()


def test_a_topic_file_that_is_a_pipe_is_said_to_be_one(tmp_path: Path) -> None:
    from briefing.topic import choose_topic

    os.mkfifo(tmp_path / "story.toml")
    with pytest.raises(SettingsError) as caught:
        choose_topic("story.toml", None, tmp_path)
    assert "named pipe" in caught.value.format_message()
    assert "does not exist" not in caught.value.format_message()


# Writes where they must not ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["matplotlib", "fontconfig"])
def test_a_library_cache_linked_out_of_the_folder_is_not_written_through(tmp_path: Path, name: str) -> None:
    from briefing.publish import library_caches_in

    output, outside = tmp_path / "out", tmp_path / "outside"
    (output / ".cache").mkdir(parents=True)
    outside.mkdir()
    (output / ".cache" / name).symlink_to(outside)
    saved = {key: os.environ.get(key) for key in ("MPLCONFIGDIR", "XDG_CACHE_HOME")}
    try:
        places = library_caches_in(output)
    finally:
        for key, value in saved.items():
            os.environ.pop(key, None) if value is None else os.environ.__setitem__(key, value)
    for place in (Path(places["MPLCONFIGDIR"]), Path(places["XDG_CACHE_HOME"]) / "fontconfig"):
        assert not place.is_symlink() and output in place.parents


def test_send_pdf_writes_no_library_cache_through_a_link(pdf: Path, tmp_path: Path) -> None:  # noqa: F811
    outside = tmp_path / "outside"
    outside.mkdir()
    (pdf.parent / ".cache").mkdir()
    (pdf.parent / ".cache" / "matplotlib").symlink_to(outside)
    env = {**os.environ, "BRIEFING_SMTP_PASSWORD": "x"}
    env.pop("MPLCONFIGDIR", None)
    command = [sys.executable, "-m", "briefing", "send", "--pdf", str(pdf), "--dry-run", "--config",
               plain(tmp_path, 9)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert list(outside.iterdir()) == []


# Messages that mislead: each answer of a server, at each step ----------------------------------

def _server(answers: dict[bytes, bytes], ehlo: bytes = b"250 ok\r\n",  # type: ignore[no-untyped-def]
            drop_at: bytes = b"", after_dot: bytes = b"250 queued\r\n"):
    """Greets, answers each command as ``answers`` say (else 250; 354 to DATA), closes the line
    at the command ``drop_at`` or after a 421."""
    def script(connection: socket.socket, heard: list[bytes], stop: threading.Event) -> None:
        connection.sendall(b"220 ok\r\n")
        while True:
            verb = read_command(connection, heard)[:4].upper()
            if drop_at and verb == drop_at:
                return
            reply = answers.get(verb) or {b"EHLO": ehlo, b"QUIT": b"221 bye\r\n"}.get(verb, b"250 ok\r\n")
            if verb == b"DATA" and verb not in answers:
                connection.sendall(b"354 go on\r\n")
                read_message(connection, heard)
                reply = after_dot
            connection.sendall(reply)
            if verb == b"QUIT" or reply.startswith(b"421"):
                return
    return scripted_server(script)


AUTH = b"250-ok\r\n250 AUTH PLAIN LOGIN\r\n"


@pytest.mark.parametrize(("server", "said", "not_said", "journal"), [
    ({"answers": {}, "ehlo": b"250-ok\r\n250 AUTH GSSAPI NTLM\r\n"}, "no way to log in that this tool knows",
     "cannot reach", []),
    ({"answers": {b"AUTH": b"538 5.7.11 Encryption required for requested authentication mechanism\r\n"},
      "ehlo": AUTH}, "check security", "check username", []),
    ({"answers": {b"AUTH": b"534 5.7.9 Authentication mechanism is too weak\r\n"}, "ehlo": AUTH},
     "check security", "check username", []),
    ({"answers": {b"EHLO": b"421 4.3.2 shutting down\r\n"}}, "turned the connection away for now",
     "check port and security", []),
    ({"answers": {}, "drop_at": b"MAIL"}, "closed the connection during the conversation",
     "check port and security", []),
    ({"answers": {}, "drop_at": b"RCPT"}, "nothing was sent", "check port and security", []),
    ({"answers": {}, "drop_at": b"DATA"}, "nothing was sent", "may have been delivered", []),
    ({"answers": {}, "after_dot": b"554 5.7.1 message rejected as spam\r\n"}, "refused the message",
     "check the settings", ["sending", "answered"]),
])
def test_each_answer_at_each_step_is_said_for_what_it_is(server: dict[str, object], said: str, not_said: str,
                                                         journal: list[str]) -> None:
    from briefing.smtpclient import deliver

    written = Journal()
    with _server(**server) as (port, _):  # type: ignore[arg-type]
        smtp = SmtpSettings(host="127.0.0.1", port=port, security="none", timeout=2,
                            username="desk" if b"AUTH" in str(server).encode() else None)
        with pytest.raises(DeliveryError) as caught:
            deliver(b"Subject: x\r\n\r\nx\r\n", "desk@example.org", ("ann@example.org",), smtp, "pw", written)
    message = caught.value.format_message()
    assert said in message and not_said not in message, message
    assert written.said == journal


def test_a_line_dropped_before_the_server_took_data_lets_the_next_run_send(pdf: Path,  # noqa: F811
                                                                           tmp_path: Path) -> None:
    with _server({}, drop_at=b"DATA") as (port, _):
        first = send("--pdf", str(pdf), "--config", plain(tmp_path, port))
    assert first.exit_code == 1 and "nothing was sent" in first.output
    with mail_server() as (port, server):
        again = send("--pdf", str(pdf), "--config", plain(tmp_path, port))
    assert again.exit_code == 0, again.output
    assert len(server.received) == 1


# Wrong data: invisible letters in an address -------------------------------------------------

@pytest.mark.parametrize("address", [
    "ann@example.org\u200b", "ann@exa\u00admple.org", "ann@exam\u2060ple.org", "ann@example.org\ufeff",
    "Ann\u202e <ann@example.org>", "\u2067Ann <ann@example.org>", "Ann <ann@exa\u200dmple.org>",
])
def test_an_address_with_an_invisible_or_reordering_mark_is_refused(address: str) -> None:
    from briefing.config import parse

    with pytest.raises(SettingsError) as caught:
        parse({"email": {"to": [address]}}, "briefing.toml")
    assert "invisible" in caught.value.format_message()


@pytest.mark.parametrize("address", ["Zoë Ünal <zoe@example.org>", "ann@bücher.example",
                                     "\u0639\u0644\u064a <ali@example.org>"])
def test_an_address_with_letters_beyond_ascii_is_still_taken(address: str) -> None:
    from briefing.config import parse

    assert parse({"email": {"to": [address]}}, "briefing.toml").email.to == (address,)
