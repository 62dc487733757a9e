"""Issue 20, fourth look: members of each family the three earlier probes did not try
(docs/probe-issue20.md, "Fourth probe"). Real peers: aiosmtpd, or raw sockets on 127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefing.config import SmtpSettings
from briefing.errors import DeliveryError
from briefing.smtpclient import MaybeDelivered
from tests.mailserver import Journal, mail_server
from tests.test_hangs import deadline  # noqa: F401 - a fixture (F811 below: its use)
from tests.test_neighbours import plain
from tests.test_probe_again import _server
from tests.test_send import built, pdf, raw_log, send  # noqa: F401 - built, pdf: fixtures

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")

MESSAGE = b"Subject: x\r\n\r\nx\r\n"


def _deliver(port: int, journal: Journal, username: str | None = None) -> None:
    from briefing.smtpclient import deliver

    smtp = SmtpSettings(host="127.0.0.1", port=port, security="none", timeout=2, username=username)
    deliver(MESSAGE, "desk@example.org", ("ann@example.org",), smtp, "pw" if username else None, journal)


# Double sends: an answer to the message that is no answer --------------------------------------

@pytest.mark.parametrize("after_dot", [
    b"\xff\xfe garbage\r\n", b"ok\r\n", b"354 go on\r\n", b"199 wait\r\n", b"600 what\r\n", b"-1 no\r\n",
])
def test_an_answer_that_neither_takes_nor_refuses_the_message_is_maybe_delivered(after_dot: bytes) -> None:
    """Only 2xx (taken) and 4xx or 5xx (refused) say what became of the message; anything else
    leaves it "sending", so the next run asks for --again, and says it may have been delivered."""
    written = Journal()
    with _server({}, after_dot=after_dot) as (port, _), pytest.raises(MaybeDelivered) as caught:
        _deliver(port, written)
    assert written.said == ["sending"]
    assert "may have been delivered" in caught.value.format_message()


@pytest.mark.parametrize(("after_dot", "said"), [
    (b"250 queued\r\n", ["sending", "answered"]), (b"251 queued elsewhere\r\n", ["sending", "answered"])])
def test_any_positive_answer_to_the_message_is_a_send(after_dot: bytes, said: list[str]) -> None:
    written = Journal()
    with _server({}, after_dot=after_dot) as (port, _):
        _deliver(port, written)
    assert written.said == said


def test_a_garbled_answer_to_the_message_stops_the_next_run_without_again(pdf: Path,  # noqa: F811
                                                                           tmp_path: Path) -> None:
    with _server({}, after_dot=b"\xff\xfe\r\n") as (port, _):
        first = send("--pdf", str(pdf), "--config", plain(tmp_path, port))
    assert first.exit_code == 1 and "may have been delivered" in first.output, first.output
    assert [line["status"] for line in raw_log(pdf.parent)] == ["sending"]
    with mail_server() as (port, server):
        second = send("--pdf", str(pdf), "--config", plain(tmp_path, port))
        assert second.exit_code == 1 and "--again" in second.output, second.output
        assert server.received == []


# Messages: a reply line longer than smtplib reads, and a greeting refused -----------------------

LONG = b"250 " + b"x" * 20_000 + b"\r\n"


@pytest.mark.parametrize("answers", [{b"EHLO": LONG}, {b"MAIL": LONG}, {b"RCPT": LONG}])
def test_a_reply_line_without_end_before_the_message_is_said_as_such(answers: dict[bytes, bytes]) -> None:
    """smtplib reports a line over 8 KB as if the server had answered "500 Line too long"."""
    written = Journal()
    with _server(answers) as (port, _), pytest.raises(DeliveryError) as caught:
        _deliver(port, written)
    message = caught.value.format_message()
    assert "a line of over 8,192" in message and "answered 500" not in message, message
    assert written.said == []


def test_a_reply_line_without_end_after_the_message_is_maybe_delivered() -> None:
    written = Journal()
    with _server({}, after_dot=LONG) as (port, _), pytest.raises(MaybeDelivered):
        _deliver(port, written)
    assert written.said == ["sending"]


@pytest.mark.parametrize("code", [b"500", b"502", b"554"])
def test_a_server_that_refuses_ehlo_and_helo_is_said_to_refuse_the_conversation(code: bytes) -> None:
    refused = code + b" 5.7.1 not from you\r\n"
    with _server({b"EHLO": refused, b"HELO": refused}) as (port, _), pytest.raises(DeliveryError) as caught:
        _deliver(port, Journal())
    message = caught.value.format_message()
    assert "refused to start a conversation" in message and "check the settings" not in message, message


# Terminal, and the page: a file name's controls and bidi marks shown, not acted on -------------

NAMES = ["evil\u202etxt.exe.txt", "ansi\x1b[2J.txt", "c1\x9b31m.txt", "iso\u2067.txt", "nl\nfake.txt",
         "bad\udcff.txt"]


@pytest.mark.parametrize("name", NAMES)
def test_a_file_name_in_the_sources_and_the_appendix_is_shown_escaped(name: str) -> None:
    """The appendix lists every input by name, and a source's file is printed under it: a
    right-to-left override there would turn the rest of the line around in the PDF."""
    import dataclasses
    import datetime as dt

    from briefing import render
    from briefing.assemble import assemble
    from briefing.build import extract
    from briefing.errors import shown
    from briefing.model import InputStatus
    from briefing.period import last_week_of
    from tests.conftest import SAMPLES

    briefing = assemble(extract([SAMPLES]), last_week_of(dt.date(2023, 11, 22)), "T")
    first = dataclasses.replace(briefing.sources[0], path=f"in/{name}")
    odd = InputStatus(f"in/{name}", None, "unsupported", f"a symbolic link to /x/{name}")
    html = render.to_html(dataclasses.replace(briefing, sources=(first, *briefing.sources[1:]),
                                              inputs=(*briefing.inputs, odd)), {})
    bare = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    assert bare not in html
    assert html.count(shown(f"in/{name}")) >= 2 and shown(f"/x/{name}") in html


# Messages: TLS that fails, each way said with what to change ------------------------------------

@pytest.fixture(scope="module")
def authority():  # type: ignore[no-untyped-def]
    import trustme

    return trustme.CA()


def _tls(authority, **validity: object) -> object:  # type: ignore[no-untyped-def]
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1", "localhost", **validity).configure_cert(context)
    return context


def _over_tls(port: int, security: str, authority, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    from briefing.smtpclient import deliver

    ca = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(ca))
    smtp = SmtpSettings(host="127.0.0.1", port=port, security=security, timeout=1, ca_file=ca)
    with pytest.raises(DeliveryError) as caught:
        deliver(MESSAGE, "desk@example.org", ("ann@example.org",), smtp, None, Journal())
    return caught.value.format_message()


@pytest.mark.parametrize(("days", "said"), [((-30, -1), "has expired"), ((30, 60), "not yet valid")])
def test_a_certificate_out_of_its_dates_says_to_check_the_clock(days: tuple[int, int], said: str, authority,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    import datetime as dt

    now = dt.datetime.now(dt.UTC)
    start, end = (now + dt.timedelta(days=d) for d in days)
    context = _tls(authority, not_before=start, not_after=end)
    with mail_server(context, implicit_tls=True) as (port, _):  # type: ignore[arg-type]
        message = _over_tls(port, "ssl", authority, tmp_path)
    assert said in message and "date and time" in message and "set ca_file" not in message, message


@pytest.mark.parametrize("security", ["starttls", "none"])
def test_an_smtps_port_spoken_to_in_plain_text_says_to_set_ssl(security: str, authority,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    with mail_server(_tls(authority), implicit_tls=True) as (port, _):  # type: ignore[arg-type]
        message = _over_tls(port, security, authority, tmp_path)
    assert 'set security = "ssl"' in message, message


def test_a_starttls_port_spoken_to_in_tls_says_to_set_starttls(authority, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with mail_server(_tls(authority)) as (port, _):  # type: ignore[arg-type]
        message = _over_tls(port, "ssl", authority, tmp_path)
    assert 'set security = "starttls"' in message, message


def _starttls_then(after: bytes, end: str):  # type: ignore[no-untyped-def]
    """Offers STARTTLS; answers it with ``after`` (a refusal, or 220 and then no TLS), then
    ``end``s: "wait" for the client to leave, "close" the line (a reset, if the client's hello
    is still unread: either way), or "reset" it."""
    import contextlib
    import socket
    import struct
    import threading

    from tests.mailserver import read_command, scripted_server

    def script(connection: socket.socket, heard: list[bytes], stop: threading.Event) -> None:
        connection.sendall(b"220 ok\r\n")
        while True:
            verb = read_command(connection, heard)[:4].upper()
            if verb != b"STAR":
                connection.sendall(b"250-ok\r\n250 STARTTLS\r\n" if verb == b"EHLO" else b"250 ok\r\n")
                continue
            connection.sendall(after)
            if end == "reset":  # linger 0: closing sends a reset, not an orderly end
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            with contextlib.suppress(OSError):
                while end == "wait" and connection.recv(4096):
                    pass
            return
    return scripted_server(script)


@pytest.mark.parametrize(("after", "end", "said"), [
    (b"454 4.7.0 TLS not available\r\n", "wait", "would not start it (454 4.7.0 TLS not available): a"),
    (b"501 5.5.4 no\r\n", "wait", "would not start it (501 5.5.4 no): ask its administrator"),
    (b"220 go ahead\r\n", "close", "offers STARTTLS, but TLS with it failed"),
    (b"220 go ahead\r\n", "reset", "offers STARTTLS, but TLS with it failed"),
    (b"220 go ahead\r\n250 ok\r\n", "close", "offers STARTTLS, but TLS with it failed"),
    (b"220 go ahead\r\n\x16\x03\x01\xff\xff garbage\r\n", "close", "offers STARTTLS, but TLS with it failed"),
])
def test_starttls_offered_then_failing_is_said_as_such(after: bytes, end: str, said: str, authority,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    with _starttls_then(after, end) as (port, _):
        message = _over_tls(port, "starttls", authority, tmp_path)
    assert said in message and "refused the message" not in message, message


# Wrong data: aliases that are digits in another form, fillers that print nothing, one letter ----

@pytest.mark.parametrize("alias", ["\u2460", "\u00b2", "\u216b", "\u0640\u0640", "\u30fc", "\u3164", "\u1160",
                                   "\u0301\u0302", "a", "I", "a\u0301", "\u3000a\u3000"])
def test_an_alias_that_prints_no_name_is_refused(alias: str) -> None:
    """"②", "²" and "Ⅻ" are figures; the tatweel and "ー" only lengthen a letter; the Hangul
    fillers print nothing; one letter is found in every "a" and "I"."""
    from briefing.config import parse
    from briefing.errors import SettingsError

    for kind, extra in (("place", {"country": "Iraq"}), ("actor", {"side": "militia"})):
        entry = {"name": "Xville", "aliases": ["Xville", alias], **extra}
        with pytest.raises(SettingsError, match=r"has no letter|is one letter"):
            parse({"topic": {kind: [entry]}}, "briefing.toml")


@pytest.mark.parametrize("alias", ["F-15", "B-2", "Z\u00a0Town", "\u0627\u0644\u0623\u0633\u062f", "Ob"])
def test_a_short_name_that_is_a_name_is_taken(alias: str) -> None:
    from briefing.config import parse

    parse({"topic": {"place": [{"name": "Xville", "aliases": ["Xville", alias], "country": "Iraq"}]}},
          "briefing.toml")


@pytest.mark.parametrize("name", ["Kata\u00adib Hezbollah", "Kataib Hez\u200dbollah",
                                  "Kata\u200bib Hezbollah",
                                  "Kataib\u3000Hezbollah", "Kataib\u00a0Hezbollah",
                                  "Kataib\u202fHezbollah"])
def test_an_actor_with_an_invisible_mark_or_another_space_is_found(name: str, tmp_path: Path) -> None:
    from briefing.build import extract

    path = tmp_path / "a.txt"
    path.write_text("---\noutlet: Example Wire\ntitle: T\npublished: 2023-11-21\n---\n\n"
                    f"A drone attack by {name} on US forces at Al-Asad air base in western Iraq on Tuesday "
                    "injured four service members, the Pentagon said.\n", encoding="utf-8")
    [event] = extract([path]).events
    assert event.actors == ("Kataib Hezbollah",)


# Hangs: runs of blanks that a pattern split every way ------------------------------------------

FRAME = ("US and coalition forces have been attacked at least 67 times in Iraq and Syria since October 17. "
         "The Islamic Resistance in Iraq claimed the drone attack on the base at Al-Asad in western Iraq on "
         "Tuesday.")


@pytest.mark.parametrize("middle", [
    "- US forces were attacked in Iraq on 20 November\n" * 800,  # a list: 40 KB, was about 10 min
    "on 20 November" + " " * 40_000 + " said",
    "on 20 November" + "\n \t" * 13_000 + ", said",
    " \u201c(" + " " * 40_000 + "Tuesday",
])
def test_long_runs_of_blanks_are_read_at_once(middle: str, tmp_path: Path,
                                              deadline: None) -> None:  # noqa: F811
    """Two "\\s*" side by side (around an optional comma, or after a class that holds blanks)
    tried every split of a blank run: 20 KB of a list took 149 s, 40 KB would take ten minutes."""
    from briefing.build import extract

    path = tmp_path / "a.txt"
    path.write_text("---\noutlet: Example Wire\ntitle: T\npublished: 2023-11-21\n---\n\n" + FRAME
                    + "\n\nA rocket attack on US forces at Al-Asad air base in Iraq on Tuesday, " + middle
                    + " injured four US service members, the Pentagon said.\n\n" + FRAME + "\n",
                    encoding="utf-8")
    assert extract([path]).events


def test_the_patterns_rewritten_for_blanks_say_what_they_said() -> None:
    """The rewrites take the same texts as the patterns they replace (as fullmatch and match)."""
    import itertools

    from briefing.extract.events import _OPENING, _SPOKEN_AFTER

    # (twenty-second session: a wire's tag in brackets, "(Newswire) On", joined the rule's words)
    before = {"opening": re.compile(r"[\s\"'“‘(]*(?:\(?[A-Z][\w.&-]*\)?\s*){0,3}[/:–—-]?\s*"
                                    r"(?:[Oo]n\s+|[Ll]ate\s+|[Ee]arly\s+)?"),
              "spoken": re.compile(_SPOKEN_AFTER.pattern.replace(r"\s*(?:,\s*)?", r"\s*,?\s*", 1), re.I)}
    pieces = [" ", "\n", '"', "(", "\u201c", "O", "n", "A", "b", "-", "/", ":", ",", "On ", "said", "also ",
              "Late "]
    for size in range(5):
        for parts in itertools.product(pieces, repeat=size):
            text = "".join(parts)
            assert bool(before["opening"].fullmatch(text)) == bool(_OPENING.fullmatch(text)), text
            old, new = before["spoken"].match(text), _SPOKEN_AFTER.match(text)
            assert (old and old.end()) == (new and new.end()), text


# Tracebacks: a JSON beside the PDF edited into figures and days no briefing holds --------------

def _set(path: list[str], value: object) -> Callable[[dict[str, Any]], None]:
    """An edit of the JSON: ``path[1]`` set to ``value`` in every tally or event, or in the briefing."""
    def edit(data: dict[str, Any]) -> None:
        for item in data[path[0]] if path[0] in ("tallies", "events") else [data["briefing"]]:
            item[path[1]] = value
    return edit


@pytest.mark.parametrize("edit", [
    _set(["briefing", "period"], {"start": "0001-01-01", "end": "0001-01-07", "label": "x"}),
    _set(["briefing", "period"], {"start": "9999-12-25", "end": "9999-12-31", "label": "x"}),
    _set(["tallies", "value"], 10**400), _set(["tallies", "value"], 10**308),
    _set(["tallies", "as_of"], "0001-01-01"),
    _set(["events", "date"], "0001-01-01"),
])
def test_a_json_edited_out_of_range_is_one_error(edit: Callable[[dict[str, Any]], None], pdf: Path,  # noqa: F811
                                                  tmp_path: Path) -> None:
    import json

    data_path = pdf.with_suffix(".json")
    data = json.loads(data_path.read_text(encoding="utf-8"))
    edit(data)
    data_path.write_text(json.dumps(data), encoding="utf-8")
    result = send("--pdf", str(pdf), "--config", plain(tmp_path, 25), "--dry-run")
    assert (result.exit_code == 1 and result.exception is None) or isinstance(result.exception, SystemExit)
    assert f"{data_path}: not the JSON of a briefing" in result.output, result.output


# Double sends: the advice after a partial refusal must not lead to a second copy ---------------

def test_to_replaces_the_copies_too() -> None:
    from briefing.config import EmailSettings
    from briefing.mail import envelope

    email = EmailSettings("desk@example.org", ("ann@example.org",), ("chief@example.org",),
                          ("archive@example.org",))
    assert envelope(email).recipients == ("ann@example.org", "chief@example.org", "archive@example.org")
    assert envelope(email, ("bob@example.org",)).recipients == ("bob@example.org",)


def test_the_refused_address_alone_gets_it_and_the_copies_not_again(pdf: Path, tmp_path: Path) -> None:  # noqa: F811
    """The server refuses bob; the error says to send to him alone with --to; doing so reaches
    him, not the cc and bcc, who have it (before, the log refused it: "already sent to chief",
    and --again would have sent chief a second copy)."""
    def config(port: int) -> str:
        path = tmp_path / "briefing.toml"
        path.write_text('[email]\nfrom = "desk@example.org"\nto = ["ann@example.org", "bob@example.org"]\n'
                        'cc = ["chief@example.org"]\nbcc = ["archive@example.org"]\n'
                        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\ntimeout = 5\n')
        return str(path)

    with mail_server(refuse=frozenset({"bob@example.org"})) as (port, first):
        partly = send("--pdf", str(pdf), "--config", config(port))
    assert partly.exit_code == 1 and "send to it alone with --to bob@example.org" in partly.output
    assert [r.recipients for r in first.received] == [("ann@example.org", "chief@example.org",
                                                        "archive@example.org")]
    with mail_server() as (port, second):
        alone = send("--pdf", str(pdf), "--config", config(port), "--to", "bob@example.org")
    assert alone.exit_code == 0, alone.output
    assert [r.recipients for r in second.received] == [("bob@example.org",)]


def test_a_repeat_refused_names_who_has_not_had_it(pdf: Path, tmp_path: Path) -> None:  # noqa: F811
    def config(port: int, to: list[str]) -> str:
        path = tmp_path / "briefing.toml"
        path.write_text(f'[email]\nfrom = "desk@example.org"\nto = {to!r}\n'.replace("'", '"')
                        + f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\ntimeout = 5\n')
        return str(path)

    with mail_server() as (port, server):
        assert send("--pdf", str(pdf), "--config", config(port, ["ann@example.org"])).exit_code == 0
        grown = send("--pdf", str(pdf), "--config", config(port, ["ann@example.org", "bob@example.org"]))
        assert grown.exit_code == 1
        assert "or --to bob@example.org to send it to those who have not" in grown.output, grown.output
        only = send("--pdf", str(pdf), "--config", config(port, ["ann@example.org"]),
                    "--to", "bob@example.org")
    assert only.exit_code == 0, only.output
    assert [r.recipients for r in server.received] == [("ann@example.org",), ("bob@example.org",)]
