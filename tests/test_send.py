"""``briefing send`` against real mail servers on 127.0.0.1 (see tests/mailserver.py).

Each failure is checked for its exact message, its exit code and the PDF still in place.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import json
import re
import shutil
import ssl
import sys
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from briefing.cli import main
from briefing.period import describe
from tests.conftest import SAMPLES
from tests.mailserver import (
    PASSWORD,
    USER,
    closed_port,
    mail_server,
    misbehaving_server,
)

TO = ("Ann Analyst <ann@example.org>", "bob@example.org")
EVERYONE = ["ann@example.org", "bob@example.org", "chief@example.org", "archive@example.org"]
NEW_ARTICLE = "\n".join([  # our own wire copy, one paragraph a line as clipped
    "---", "outlet: Example Wire",
    "title: Drone attack targets US troops at Al-Asad Airbase in western Iraq",
    "published: 2023-11-21", "---",
    "Drone attack targets US troops at Al-Asad Airbase in western Iraq", "",
    "BAGHDAD (Example Wire) — A one-way attack drone targeted US and coalition forces at Al-Asad "
    "Airbase in western Iraq on Tuesday, a US defense official said. There were no injuries and "
    "no damage, the official said.", "",
    "US and coalition forces have been attacked at least 67 times in Iraq and Syria since "
    "October 17, the official said.", "",
])


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("built")
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    [pdf] = out.glob("briefing-*.pdf")
    return pdf


@pytest.fixture
def pdf(built: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(built, out)
    shutil.copy(built.with_suffix(".json"), out)
    return out / built.name


@pytest.fixture(scope="session")
def ca():  # type: ignore[no-untyped-def]
    import trustme

    return trustme.CA()


@pytest.fixture(scope="session")
def server_tls(ca) -> ssl.SSLContext:  # type: ignore[no-untyped-def]
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture
def ca_file(ca, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


def settings(tmp_path: Path, port: int, ca_file: Path | None = None, security: str = "starttls",
             smtp: str = "", copies: bool = True) -> Path:
    """A briefing.toml for the server on ``port``."""
    lines = ['[email]', 'from = "Analysis desk <desk@example.org>"',
             f"to = {json.dumps(list(TO), ensure_ascii=False)}", 'reply_to = "replies@example.org"']
    if copies:
        lines += ['cc = ["chief@example.org"]', 'bcc = ["archive@example.org"]']
    lines += ["[smtp]", 'host = "127.0.0.1"', f"port = {port}", f'security = "{security}"']
    if security != "none":
        lines.append(f'username = "{USER}"')
    if ca_file:
        lines.append(f'ca_file = "{ca_file}"')
    path = tmp_path / "briefing.toml"
    path.write_text("\n".join(lines) + "\n" + smtp, encoding="utf-8")
    return path


def send(*args: str, password: str | None = PASSWORD) -> Result:
    env = {"BRIEFING_SMTP_PASSWORD": password}
    return CliRunner().invoke(main, ["send", *args], env=env)


def parse(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)


def raw_log(folder: Path) -> list[dict[str, object]]:
    path = folder / "sent.jsonl"
    # "\n" only, as the tool reads it: a name may hold a U+2028, which splitlines() would split at
    lines = path.read_text(encoding="utf-8").split("\n") if path.exists() else []
    return [json.loads(line) for line in lines if line.strip()]


def log(folder: Path) -> list[dict[str, object]]:
    """Each message's last line: what the log says happened to it."""
    last = {line["message_id"]: line for line in raw_log(folder)}
    return [line for line in last.values() if line["status"] != "not-sent"]


def test_sends_through_starttls_with_auth(pdf: Path, server_tls: ssl.SSLContext, ca_file: Path,
                                          tmp_path: Path) -> None:
    before = dt.datetime.now(dt.UTC)
    with mail_server(server_tls) as (port, server):
        result = send("--pdf", str(pdf), "--config", str(settings(tmp_path, port, ca_file)))
    assert result.exit_code == 0, result.output
    [got] = server.received
    assert got.tls and got.authenticated
    assert got.mail_from == "desk@example.org"
    assert sorted(got.recipients) == sorted(EVERYONE)
    message = parse(got.content)
    document = json.loads(pdf.with_suffix(".json").read_text())
    _check_headers(message, document, before)
    _check_bodies(message, document)
    [attachment] = message.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == pdf.name
    assert attachment.get_content() == pdf.read_bytes()
    [record] = log(pdf.parent)
    assert [line["status"] for line in raw_log(pdf.parent)] == ["sending", "sent"]
    assert record["pdf"] == pdf.name
    assert record["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert sorted(record["recipients"]) == sorted(EVERYONE)  # type: ignore[call-overload]
    assert record["message_id"] == message["Message-ID"]
    assert record["period"] == document["briefing"]["period"]
    assert result.output == f"sent {pdf} to {', '.join(EVERYONE)} ({message['Message-ID']})\n"


def _check_headers(message: EmailMessage, document: dict, before: dt.datetime) -> None:  # type: ignore[type-arg]
    period = document["briefing"]["period"]
    from briefing.model import Period

    words = describe(Period(dt.date.fromisoformat(period["start"]), dt.date.fromisoformat(period["end"]),
                            period["label"]))
    assert message["Subject"] == f"{document['briefing']['title']}: weekly briefing, {words}"
    assert message["From"] == "Analysis desk <desk@example.org>"
    assert message["To"] == ", ".join(TO)
    assert message["Cc"] == "chief@example.org"
    assert message["Reply-To"] == "replies@example.org"
    assert "Bcc" not in message and b"archive@" not in message.as_bytes()
    sent = email.utils.parsedate_to_datetime(message["Date"])
    assert before - dt.timedelta(seconds=1) <= sent <= dt.datetime.now(dt.UTC)
    assert re.fullmatch(r"<[^<>@\s]+@example\.org>", message["Message-ID"])
    assert message.get_content_type() == "multipart/mixed"


def _check_bodies(message: EmailMessage, document: dict) -> None:  # type: ignore[type-arg]
    alternative = next(message.iter_parts())
    assert alternative.get_content_type() == "multipart/alternative"
    plain, related = alternative.iter_parts()
    assert (plain.get_content_type(), related.get_content_type()) == ("text/plain", "multipart/related")
    text = " ".join(plain.get_content().split())
    markup = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    shown = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())
    for body in (text, shown):
        assert document["briefing"]["title"].upper() in body.upper()
        for point in document["briefing"]["key_points"]:
            assert " ".join(point["text"].split()) in body
    images = {part["Content-ID"][1:-1]: part for part in related.iter_parts()
              if part.get_content_maintype() == "image"}
    sources = re.findall(r'src="([^"]*)"', markup)
    assert sources and sorted(sources) == sorted(f"cid:{cid}" for cid in images)
    assert all(part.get_content_type() == "image/png" and part.get_content()[:4] == b"\x89PNG"
               for part in images.values())
    # the map and the weekly counts travel inline too, beside the running tallies' charts
    assert {"map.png", "weekly.png"} <= {part.get_filename() for part in images.values()}
    for forbidden in ("data:", "http:", "https:", "<script", "<link", "<style", "href="):
        assert forbidden not in markup.lower()


def _failed(result: Result, expected: str, pdf: Path) -> None:
    assert result.exit_code == 1
    assert result.output == f"Error: {expected}\n"
    assert pdf.is_file() and pdf.with_suffix(".json").is_file()
    assert log(pdf.parent) == []


def test_server_not_running(pdf: Path, tmp_path: Path, ca_file: Path) -> None:
    port = closed_port()
    # as cron runs it
    result = send("--pdf", str(pdf), "--config", str(settings(tmp_path, port, ca_file)), "-q")
    _failed(result, f"cannot reach the mail server 127.0.0.1:{port}: connection refused; check host and "
            f"port under [smtp], and that the server is running. Not sent: the briefing stays in {pdf}", pdf)


def test_server_closes_the_connection(pdf: Path, tmp_path: Path, ca_file: Path) -> None:
    with misbehaving_server("closing") as (port, accepted):
        result = send("--pdf", str(pdf), "--config", str(settings(tmp_path, port, ca_file)))
    assert accepted == [1]
    _failed(result, f"the mail server 127.0.0.1:{port} closed the connection (Connection unexpectedly "
            "closed); check port and security under [smtp]: port 465 wants security = \"ssl\", port 587 "
            f"\"starttls\". Not sent: the briefing stays in {pdf}", pdf)


def test_server_says_nothing_until_the_timeout(pdf: Path, tmp_path: Path, ca_file: Path) -> None:
    with misbehaving_server("silent") as (port, _):
        config = settings(tmp_path, port, ca_file, smtp="timeout = 1\n")
        result = send("--pdf", str(pdf), "--config", str(config))
    _failed(result, f"the mail server 127.0.0.1:{port} did not greet within 1 s; a port that speaks TLS "
            "from the first byte (SMTPS, often 465) waits so: set security = \"ssl\" under [smtp] if it "
            "is one, else check host and port there, or raise timeout if the server is slow. Not sent: the "
            f"briefing stays in {pdf}", pdf)


def test_tls_required_but_not_offered(pdf: Path, tmp_path: Path, ca_file: Path) -> None:
    with mail_server() as (port, server):
        result = send("--pdf", str(pdf), "--config", str(settings(tmp_path, port, ca_file)))
    assert server.received == []
    _failed(result, f"the mail server 127.0.0.1:{port} does not offer STARTTLS, which security = "
            "\"starttls\" requires; use security = \"ssl\" (port 465) if it offers that, or ask its "
            f"administrator to enable TLS. Not sent: the briefing stays in {pdf}", pdf)


def test_certificate_not_trusted(pdf: Path, tmp_path: Path, server_tls: ssl.SSLContext) -> None:
    with mail_server(server_tls) as (port, server):
        result = send("--pdf", str(pdf), "--config", str(settings(tmp_path, port)))  # no ca_file
    assert server.received == []
    _failed(result, f"the certificate of the mail server 127.0.0.1:{port} is not trusted (unable to get "
            "local issuer certificate); check host (it must be the name on the certificate), or set "
            "ca_file under [smtp] to the certificate authority that signed it. Not sent: the briefing "
            f"stays in {pdf}", pdf)


def test_password_rejected(pdf: Path, tmp_path: Path, server_tls: ssl.SSLContext, ca_file: Path) -> None:
    with mail_server(server_tls) as (port, server):
        result = send("--pdf", str(pdf), "--config", str(settings(tmp_path, port, ca_file)), password="wrong")
    assert server.received == []
    _failed(result, f"the mail server 127.0.0.1:{port} refused the user name or password (535 5.7.8 "
            "Authentication credentials invalid); check username under [smtp] and the password in "
            f"BRIEFING_SMTP_PASSWORD or from password_command. Not sent: the briefing stays in {pdf}", pdf)


def test_no_password_anywhere(pdf: Path, tmp_path: Path, ca_file: Path) -> None:
    with misbehaving_server("listening") as (port, accepted):
        result = send("--pdf", str(pdf), "--config", str(settings(tmp_path, port, ca_file)), password=None)
    assert accepted == []
    _failed(result, f"[smtp] username is '{USER}' but there is no password: set the BRIEFING_SMTP_PASSWORD "
            f"environment variable, or password_command under [smtp]. Not sent: the briefing stays in {pdf}",
            pdf)


def test_password_from_a_command(pdf: Path, tmp_path: Path, server_tls: ssl.SSLContext,
                                 ca_file: Path) -> None:
    command = json.dumps([sys.executable, "-c", f"print({PASSWORD!r})"])
    failing = json.dumps([sys.executable, "-c", "import sys; sys.exit('no such entry')"])
    with mail_server(server_tls) as (port, server):
        good = send("--pdf", str(pdf), "--config",
                    str(settings(tmp_path, port, ca_file, smtp=f"password_command = {command}\n")),
                    password=None)
        assert good.exit_code == 0, good.output
        assert server.received[0].authenticated
        bad = send("--pdf", str(pdf), "--again", "--config",
                   str(settings(tmp_path, port, ca_file, smtp=f"password_command = {failing}\n")),
                   password=None)
    assert bad.exit_code == 1
    shown = " ".join(json.loads(failing))
    assert bad.output == (f"Error: password_command `{shown}` failed (exit 1: no such entry); run it "
                          f"yourself to see why. Not sent: the briefing stays in {pdf}\n")
    assert len(server.received) == 1


def test_message_over_the_size_limit(pdf: Path, tmp_path: Path, ca_file: Path) -> None:
    with misbehaving_server("listening") as (port, accepted):
        result = send("--pdf", str(pdf), "--config",
                      str(settings(tmp_path, port, ca_file, smtp="max_size_mb = 0.01\n")))
    assert accepted == []
    assert result.exit_code == 1
    match = re.fullmatch(r"Error: the message is (\d+\.\d\d) MB, over the limit of 0\.01 MB "
                         r"\(max_size_mb under \[smtp\]\); leave out --attach-json, or raise max_size_mb "
                         r"if the mail server accepts more\. Not sent: the briefing stays in (.+)\n",
                         result.output)
    assert match and match[2] == str(pdf)
    assert float(match[1]) > pdf.stat().st_size / 1e6  # the PDF, base64: a third larger
    assert pdf.is_file() and log(pdf.parent) == []


def test_one_recipient_refused(pdf: Path, tmp_path: Path, server_tls: ssl.SSLContext, ca_file: Path) -> None:
    with mail_server(server_tls, refuse=frozenset({"bob@example.org"})) as (port, server):
        result = send("--pdf", str(pdf), "--config", str(settings(tmp_path, port, ca_file)))
    others = [a for a in EVERYONE if a != "bob@example.org"]
    [got] = server.received
    assert list(got.recipients) == others
    assert result.exit_code == 1
    assert result.output == (f"Error: sent to {', '.join(others)}, but the mail server 127.0.0.1:{port} "
                             "refused bob@example.org (550 5.1.1 No such user here); check the address "
                             "and send to it alone with --to bob@example.org\n")
    [record] = log(pdf.parent)
    assert record["recipients"] == others
    assert pdf.is_file()


def test_implicit_tls(pdf: Path, tmp_path: Path, server_tls: ssl.SSLContext, ca_file: Path) -> None:
    with mail_server(server_tls, implicit_tls=True) as (port, server):
        result = send("--pdf", str(pdf), "--config", str(settings(tmp_path, port, ca_file, security="ssl")))
    assert result.exit_code == 0, result.output
    assert server.received[0].tls and server.received[0].authenticated


def test_same_pdf_same_people_needs_again(pdf: Path, tmp_path: Path, server_tls: ssl.SSLContext,
                                          ca_file: Path) -> None:
    with mail_server(server_tls) as (port, server):
        config = str(settings(tmp_path, port, ca_file))
        assert send("--pdf", str(pdf), "--config", config, "-q").output == ""
        [first] = log(pdf.parent)
        repeat = send("--pdf", str(pdf), "--config", config)
        forced = send("--pdf", str(pdf), "--config", config, "--again", "-q")
        others = send("--pdf", str(pdf), "--config", str(settings(tmp_path, port, ca_file, copies=False)),
                      "--to", "dan@example.org", "-q")
    when = dt.datetime.fromisoformat(str(first["time"]))
    assert repeat.exit_code == 1
    assert repeat.output == (f"Error: {pdf} was already sent to {', '.join(sorted(EVERYONE))} on "
                             f"{when:%Y-%m-%d %H:%M} ({first['message_id']}); give --again to send it to "
                             "them again\n")
    assert (forced.exit_code, others.exit_code) == (0, 0)
    assert [r.recipients for r in server.received] == [tuple(EVERYONE), tuple(EVERYONE), ("dan@example.org",)]
    assert len(log(pdf.parent)) == 3


def test_dry_run_writes_eml_and_connects_to_nobody(pdf: Path, tmp_path: Path, ca_file: Path) -> None:
    with misbehaving_server("listening") as (port, accepted):
        result = send("--pdf", str(pdf), "--config", str(settings(tmp_path, port, ca_file)),
                      "--dry-run", "--attach-json", password=None)
    assert accepted == []
    eml = pdf.with_suffix(".eml")
    assert result.exit_code == 0, result.output
    assert result.output == (f"dry run: nothing sent; {pdf} would go to:\n  to: {TO[0]}\n  to: {TO[1]}\n"
                             f"  cc: chief@example.org\n  bcc: archive@example.org\nwrote {eml}\n")
    message = parse(eml.read_bytes())
    assert message["To"] == ", ".join(TO)
    attached = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert attached == {pdf.name: pdf.read_bytes(), pdf.with_suffix(".json").name:
                        pdf.with_suffix(".json").read_bytes()}
    assert log(pdf.parent) == []


def test_to_replaces_the_recipients_and_is_not_a_date(pdf: Path, tmp_path: Path, ca_file: Path) -> None:
    config = str(settings(tmp_path, closed_port(), ca_file))
    result = send("--pdf", str(pdf), "--config", config, "--dry-run", "--to", "dan@example.org")
    # the copies too: a briefing sent again to one person must not reach the copies again
    assert "  to: dan@example.org\n" in result.output and "cc:" not in result.output
    assert "ann@" not in result.output and "chief@" not in result.output
    dated = send(str(SAMPLES), "--config", config, "--from", "2023-11-16", "--to", "2023-11-22")
    assert dated.exit_code == 2
    assert ("--to takes a recipient's address; for the last day of the period give --until 2023-11-22"
            in dated.output)


@pytest.fixture
def inputs(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    yield folder


def test_sent_week_is_revised_not_overwritten(inputs: Path, tmp_path: Path, server_tls: ssl.SSLContext,
                                              ca_file: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "out"
    with mail_server(server_tls) as (port, server):
        config = str(settings(tmp_path, port, ca_file))
        first = send(str(inputs), "-o", str(out), "--config", config, "-q")
        assert (first.exit_code, first.output) == (0, "")
        [issued] = out.glob("briefing-*.pdf")
        sent_bytes = issued.read_bytes()
        same = CliRunner().invoke(main, ["build", str(inputs), "-o", str(out), "--config", config])
        assert f"{issued} was sent on {dt.date.today():%Y-%m-%d} and nothing has changed since" in same.output
        (inputs / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        rebuilt = CliRunner().invoke(main, ["build", str(inputs), "-o", str(out), "--config", config])
        revised = out / f"{issued.stem}-r2.pdf"
        today = dt.date.today()
        assert f"wrote {revised} (revision 2 of {issued.name}, sent on {today:%Y-%m-%d})" in rebuilt.output
        second = send("--pdf", str(revised), "--config", config, "-q")
    assert second.exit_code == 0, second.output
    assert issued.read_bytes() == sent_bytes
    front = " ".join(PdfReader(revised).pages[0].extract_text().split())
    assert f"This briefing revises {issued.name}, sent on {today:%A %-d %B %Y}, and replaces it" in front
    assert ("New sources: Example Wire, “Drone attack targets US troops at Al-Asad Airbase in western "
            "Iraq” (21 Nov)") in front
    message = parse(server.received[1].content)
    assert message["Subject"].endswith("(revision 2)")
    plain = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert f"REVISION 2: this briefing revises {issued.name}," in plain
    assert [r["pdf"] for r in log(out)] == [issued.name, revised.name]
