"""Never twice, never stuck: sends at once, sends killed, a log edited by hand, servers that
misbehave (aiosmtpd, or a raw socket server on 127.0.0.1 for what aiosmtpd will not do)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import Result

from tests.mailserver import converse, mail_server, misbehaving_server, read_command, scripted_server
from tests.test_send import built, log, raw_log, send, settings  # noqa: F401 - built: a fixture

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@pytest.fixture
def pdf(built: Path, tmp_path: Path) -> Path:  # noqa: F811 - built is the fixture imported above
    """A copy of the sample briefing (PDF and JSON) in a folder of its own."""
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(built, out)
    shutil.copy(built.with_suffix(".json"), out)
    return out / built.name


def plain(tmp_path: Path, port: int, extra: str = "", timeout: float = 1) -> str:
    """A briefing.toml for a plain server on ``port`` (no TLS, no login)."""
    return str(settings(tmp_path, port, security="none", smtp=f"timeout = {timeout}\n" + extra))


def command(pdf: Path, config: str, *more: str) -> list[str]:
    return [sys.executable, "-m", "briefing", "send", "--pdf", str(pdf), "--config", config, *more]


def environment() -> dict[str, str]:
    return {**os.environ, "BRIEFING_SMTP_PASSWORD": "x"}


def error_line(result: Result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    [line] = result.output.splitlines()
    assert line.startswith("Error: ")
    return line


def wait_for(condition: object, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


# Double sends ------------------------------------------------------------------------------

def test_two_sends_at_once_deliver_once(pdf: Path, tmp_path: Path) -> None:
    with mail_server(delay=3) as (port, server):
        config = plain(tmp_path, port, timeout=30)
        runs = [subprocess.Popen(command(pdf, config), env=environment(), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outcomes = [(run.wait(120), run.stderr.read()) for run in runs if run.stderr]
    assert len(server.received) == 1
    assert sorted(code for code, _ in outcomes) == [0, 1]
    [why] = [err for code, err in outcomes if code == 1]
    assert "is busy" in why or "was already sent" in why, why
    assert len(log(pdf.parent)) == 1


def _kill_when(heard: list[bytes], word: bytes, run: subprocess.Popen[str]) -> None:
    wait_for(lambda: any(line.upper().startswith(word.upper()) for line in heard) or run.poll() is not None)
    run.send_signal(signal.SIGKILL)
    run.wait()


def _hold(connection: socket.socket, stop: threading.Event) -> None:
    while not stop.wait(0.1):
        pass


@pytest.mark.parametrize(("until", "status", "said"), [
    (b"QUIT", "sent", "was already sent to"),  # accepted: killed while saying goodbye
    (b"<message>", "sending", "may already have reached"),  # killed before the server answered
])
def test_a_send_killed_is_not_sent_again(pdf: Path, tmp_path: Path, until: bytes, status: str,
                                         said: str) -> None:
    def script(connection: socket.socket, heard: list[bytes], stop: threading.Event) -> None:
        converse(connection, heard, until=until)
        _hold(connection, stop)

    with scripted_server(script) as (port, heard):
        run = subprocess.Popen(command(pdf, plain(tmp_path, port, timeout=60)), env=environment(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)
        _kill_when(heard, until, run)
    assert [line["status"] for line in raw_log(pdf.parent)][-1] == status
    with misbehaving_server("listening") as (port, accepted):
        line = error_line(send("--pdf", str(pdf), "--config", plain(tmp_path, port)))
    assert accepted == []
    assert said in line and "give --again" in line


def test_connection_dropped_after_data_may_have_delivered(pdf: Path, tmp_path: Path) -> None:
    def script(connection: socket.socket, heard: list[bytes], stop: threading.Event) -> None:
        converse(connection, heard, until=b"<message>")  # then hang up without an answer

    with scripted_server(script) as (port, _):
        line = error_line(send("--pdf", str(pdf), "--config", plain(tmp_path, port)))
    assert "it may have been delivered" in line and "--again" in line
    assert "check port and security" not in line
    with mail_server() as (port, server):
        again = error_line(send("--pdf", str(pdf), "--config", plain(tmp_path, port)))
        assert "may already have reached" in again and server.received == []
        done = send("--pdf", str(pdf), "--config", plain(tmp_path, port), "--again")
    assert done.exit_code == 0, done.output
    assert len(server.received) == 1


GOOD = {"time": "2023-11-23T08:00:00+00:00",
        "period": {"start": "2023-11-16", "end": "2023-11-22", "label": "2023-11-16_to_2023-11-22"},
        "pdf": "other.pdf", "sha256": "0" * 64, "recipients": ["someone@example.org"],
        "message_id": "<1@example.org>"}


@pytest.mark.parametrize("change", [
    {"recipients": "ann@example.org"},  # a text, once read letter by letter
    {"recipients": []},
    {"recipients": [7]},
    {"time": "2023-11-23T08:00:00"},  # naive beside aware ones
    {"time": "yesterday"},
    {"time": "0001-01-01T00:00:00+14:00"},  # no time in UTC: once an OverflowError in the build
    {"time": "9999-12-31T23:59:59-14:00"},
    {"sha256": "abc"},
    {"pdf": "../elsewhere/briefing.pdf"},
    {"period": "2023-W47"},
    {"period": {"start": "2023-11-22", "end": "2023-11-16", "label": "x"}},
    {"status": "maybe"},
    {"message_id": None},
])
def test_a_bad_log_line_stops_the_send(pdf: Path, tmp_path: Path, change: dict[str, object]) -> None:
    lines = [json.dumps(GOOD), json.dumps({**GOOD, **change})]
    (pdf.parent / "sent.jsonl").write_text("\n".join(lines) + "\n")
    with misbehaving_server("listening") as (port, accepted):
        line = error_line(send("--pdf", str(pdf), "--config", plain(tmp_path, port), "--again"))
    assert accepted == []
    assert "sent.jsonl, line 2: not a record of a sent briefing" in line
    assert "repair that line" in line


@pytest.mark.parametrize("text", ["[1, 2]", "not json", '"a text"', "{}"])
def test_a_log_line_that_is_no_record_stops_the_send(pdf: Path, tmp_path: Path, text: str) -> None:
    (pdf.parent / "sent.jsonl").write_text(text + "\n")
    with misbehaving_server("listening") as (port, accepted):
        line = error_line(send("--pdf", str(pdf), "--config", plain(tmp_path, port)))
    assert accepted == [] and "line 1" in line


# Hangs -------------------------------------------------------------------------------------

def _drip(connection: socket.socket, heard: list[bytes], stop: threading.Event) -> None:
    for byte in b"220-" + b"x" * 10_000:
        if stop.wait(0.2):
            return
        connection.sendall(bytes([byte]))


def _endless(connection: socket.socket, heard: list[bytes], stop: threading.Event) -> None:
    while not stop.is_set():
        connection.sendall(b"220-hello " + b"x" * 500 + b"\r\n")


@pytest.mark.parametrize(("script", "said"), [
    (_drip, "did not finish the conversation within"),
    (_endless, "sent a reply of over 64,000 bytes"),
])
def test_a_server_cannot_hold_the_send(pdf: Path, tmp_path: Path, script: object, said: str) -> None:
    started = time.monotonic()
    with scripted_server(script) as (port, _):
        line = error_line(send("--pdf", str(pdf), "--config", plain(tmp_path, port)))
    assert time.monotonic() - started < 20
    assert said in line and "Not sent" in line
    assert log(pdf.parent) == []


@pytest.mark.parametrize("name", ["sent.jsonl", "{json}"])
def test_a_pipe_in_place_of_a_file_is_refused_not_waited_on(pdf: Path, tmp_path: Path, name: str) -> None:
    path = pdf.parent / name.format(json=pdf.with_suffix(".json").name)
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    with misbehaving_server("listening") as (port, accepted):
        line = error_line(send("--pdf", str(pdf), "--config", plain(tmp_path, port)))
    assert accepted == [] and "a named pipe" in line


# Writes ------------------------------------------------------------------------------------

def test_a_linked_log_is_not_followed(pdf: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.jsonl"
    elsewhere.write_text("")
    (pdf.parent / "sent.jsonl").symlink_to(elsewhere)
    with mail_server() as (port, server):
        line = error_line(send("--pdf", str(pdf), "--config", plain(tmp_path, port)))
    assert "is a symbolic link" in line
    assert server.received == [] and elsewhere.read_text() == ""


# Messages ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("where", "reply"), [("RCPT", b"450 4.2.1 mailbox busy\r\n"),
                                              ("DATA", b"451 4.3.0 try later\r\n"),
                                              ("MAIL", b"421 4.7.0 too busy\r\n")])
def test_a_temporary_refusal_says_try_again(pdf: Path, tmp_path: Path, where: str, reply: bytes) -> None:
    def script(connection: socket.socket, heard: list[bytes], stop: threading.Event) -> None:
        connection.sendall(b"220 test\r\n")
        while (line := read_command(connection, heard).upper()) and not line.startswith(b"QUIT"):
            if where == "DATA" and line.startswith(b"DATA"):
                connection.sendall(b"354 go\r\n")
                while not connection.recv(65536).endswith(b"\r\n.\r\n"):
                    pass
            connection.sendall(reply if line.startswith(where.encode()) else b"250 ok\r\n")
        connection.sendall(b"221 bye\r\n")

    with scripted_server(script) as (port, _):
        line = error_line(send("--pdf", str(pdf), "--config", plain(tmp_path, port)))
    assert "temporary refusal; try again later" in line and "check the addresses" not in line
    assert log(pdf.parent) == []


def test_an_international_address_without_smtputf8_says_so(pdf: Path, tmp_path: Path) -> None:
    def script(connection: socket.socket, heard: list[bytes], stop: threading.Event) -> None:
        converse(connection, heard, ehlo=b"250-test\r\n250 8BITMIME\r\n")  # no SMTPUTF8

    with scripted_server(script) as (port, heard):
        line = error_line(send("--pdf", str(pdf), "--config", plain(tmp_path, port),
                               "--to", "ann@exämple.org"))
    assert "does not offer SMTPUTF8" in line and "cannot reach" not in line
    assert b"<message>" not in heard


def test_a_password_beyond_ascii_logs_in(pdf: Path, tmp_path: Path) -> None:
    said: list[bytes] = []

    def script(connection: socket.socket, heard: list[bytes], stop: threading.Event) -> None:
        connection.sendall(b"220 test\r\n")
        read_command(connection, heard)
        connection.sendall(b"250-test\r\n250 AUTH PLAIN LOGIN\r\n")
        said.append(read_command(connection, heard))
        connection.sendall(b"235 ok\r\n")
        converse_rest(connection, heard)

    with scripted_server(script) as (port, heard):
        config = plain(tmp_path, port, 'username = "désk"\n')
        result = send("--pdf", str(pdf), "--config", config, password="pässwörd€")
    assert result.exit_code == 0, result.output
    [auth] = said
    assert base64.b64decode(auth.split()[2]) == "\0désk\0pässwörd€".encode()
    assert b"<message>" in heard


def converse_rest(connection: socket.socket, heard: list[bytes]) -> None:
    """The plain server's side after the greeting and the login."""
    while (line := read_command(connection, heard).upper()) and not line.startswith(b"QUIT"):
        if line.startswith(b"DATA"):
            connection.sendall(b"354 go\r\n")
            while not connection.recv(65536).endswith(b"\r\n.\r\n"):
                pass
            heard.append(b"<message>")
        connection.sendall(b"250 ok\r\n")
    connection.sendall(b"221 bye\r\n")


def test_send_pdf_keeps_the_library_caches_in_the_output_folder(pdf: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in environment().items()
           if key not in ("MPLCONFIGDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")}
    env["HOME"] = str(home)
    config = settings(tmp_path, 25, security="none")
    done = subprocess.run([*command(pdf, str(config)), "--dry-run"], env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert list(home.iterdir()) == []
    assert (pdf.parent / ".cache" / "matplotlib").is_dir()


@pytest.mark.parametrize("mark", ["\u2028", "\x85", "\x1e", "\x0c"])
def test_a_pdf_whose_name_breaks_a_line_elsewhere_leaves_a_log_that_reads_back(
        pdf: Path, tmp_path: Path, mark: str) -> None:
    named = pdf.with_name(f"week{mark}one.pdf")  # str.splitlines() ends a line at each of these
    pdf.rename(named)
    pdf.with_suffix(".json").rename(named.with_suffix(".json"))
    with mail_server() as (port, server):
        config = plain(tmp_path, port)
        first = send("--pdf", str(named), "--config", config)
        assert first.exit_code == 0, first.output
        again = send("--pdf", str(named), "--config", config)
    assert len(server.received) == 1
    assert again.exit_code == 1 and "already sent" in again.output, again.output
    assert "not a record" not in again.output
    assert [line["pdf"] for line in log(named.parent)] == [named.name]
