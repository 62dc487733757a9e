"""Real mail servers for the tests, on 127.0.0.1 and a free port, started and stopped by them.

``mail_server`` is aiosmtpd (STARTTLS with a certificate made by trustme, AUTH, recipients it
refuses); the others are plain sockets that misbehave on purpose: one that closes every
connection, one that never says a word, one that only listens (to prove nobody called).
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

USER = "desk"
PASSWORD = "correct horse battery staple"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Received:
    """One message as the server got it, and how the client had talked to it."""

    mail_from: str
    recipients: tuple[str, ...]
    content: bytes
    tls: bool
    authenticated: bool


@dataclass
class Recorder:
    """aiosmtpd handler: keeps what it receives; answers 550 for the addresses in ``refuse``."""

    refuse: frozenset[str] = frozenset()
    received: list[Received] = field(default_factory=list)
    delay: float = 0.0  # seconds before answering the message: to make two clients overlap

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            import asyncio

            await asyncio.sleep(self.delay)
        self.received.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos),
                                      envelope.original_content or envelope.content,
                                      server.transport.get_extra_info("sslcontext") is not None,
                                      bool(session.authenticated)))
        return "250 Message accepted for delivery"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = (isinstance(data, LoginPassword) and data.login == USER.encode()
          and data.password == PASSWORD.encode())
    return AuthResult(success=ok, handled=False)


@contextlib.contextmanager
def mail_server(tls: ssl.SSLContext | None = None, implicit_tls: bool = False,
                refuse: frozenset[str] = frozenset(), delay: float = 0.0) -> Iterator[tuple[int, Recorder]]:
    """An SMTP server: with ``tls``, STARTTLS required before AUTH, which is required before
    mail (or, ``implicit_tls``, TLS from the first byte); without, plain and no AUTH."""
    from aiosmtpd.controller import Controller

    recorder = Recorder(refuse, delay=delay)
    port = free_port()
    options: dict[str, Any] = {}
    if tls is not None and implicit_tls:
        # TLS from the first byte, which aiosmtpd does not count as TLS for AUTH: offer AUTH
        # without requiring it (the test checks that the client logged in)
        options = {"ssl_context": tls, "authenticator": _authenticator, "auth_require_tls": False}
    elif tls is not None:
        options = {"tls_context": tls, "require_starttls": True, "authenticator": _authenticator,
                   "auth_required": True, "auth_require_tls": True}
    controller = Controller(recorder, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield port, recorder
    finally:
        controller.stop()


@contextlib.contextmanager
def misbehaving_server(kind: str) -> Iterator[tuple[int, list[int]]]:
    """``closing``: accepts and hangs up at once; ``silent``: accepts and never answers;
    ``listening``: never accepts, so a test can see whether anyone connected. Yields the
    port and a list that counts the connections accepted."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.1)
    accepted: list[int] = []
    stop = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        for _ in range(600):  # a minute at most, then the thread stops by itself
            if stop.is_set():
                return
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            accepted.append(1)
            if kind == "closing":
                connection.close()
            else:
                held.append(connection)

    thread = threading.Thread(target=serve, daemon=True)
    if kind != "listening":
        thread.start()
    try:
        yield listener.getsockname()[1], accepted
        if kind == "listening":
            listener.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                listener.accept()
                accepted.append(1)
    finally:
        stop.set()
        if thread.is_alive():
            thread.join()
        for connection in held:
            connection.close()
        listener.close()


class Journal:
    """What the mail code tells its sent log, in order ("sending", "answered"): a log that keeps
    no file, for tests of one conversation."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def sending(self) -> None:
        self.said.append("sending")

    def answered(self, refused: dict[str, str] | None) -> None:
        self.said.append("answered")


def closed_port() -> int:
    """A port nobody listens on: connecting is refused."""
    return free_port()


@contextlib.contextmanager
def scripted_server(script: Any) -> Iterator[tuple[int, list[bytes]]]:
    """A raw server on 127.0.0.1 that runs ``script(connection, heard)`` for each connection
    (one at a time), in a thread; ``heard`` collects what clients said. For servers that
    misbehave in ways aiosmtpd will not: dripping replies, greeting without end, dropping
    the line after the message."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.1)
    heard: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with contextlib.suppress(OSError), connection:
                connection.settimeout(30)
                script(connection, heard, stop)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], heard
    finally:
        stop.set()
        thread.join(timeout=35)
        listener.close()


def read_command(connection: socket.socket, heard: list[bytes]) -> bytes:
    """One line from the client (up to CRLF), kept in ``heard``."""
    line = b""
    while not line.endswith(b"\r\n"):
        chunk = connection.recv(1)
        if not chunk:
            raise ConnectionError("client left")
        line += chunk
    heard.append(line)
    return line


def read_message(connection: socket.socket, heard: list[bytes]) -> bytes:
    """The message after DATA's 354, up to the lone dot."""
    data = b""
    while not data.endswith(b"\r\n.\r\n"):
        chunk = connection.recv(65536)
        if not chunk:
            raise ConnectionError("client left")
        data += chunk
    heard.append(b"<message>")
    return data


def converse(connection: socket.socket, heard: list[bytes], until: bytes = b"",
             ehlo: bytes = b"250 ok\r\n", data_reply: bytes = b"250 queued\r\n") -> bytes:
    """A plain SMTP server's side up to the command starting ``until`` (returned unanswered),
    or to the end of the conversation."""
    connection.sendall(b"220 test ESMTP\r\n")
    while True:
        line = read_command(connection, heard)
        verb = line[:4].upper()
        if until and line.upper().startswith(until):
            return line
        if verb == b"QUIT":
            connection.sendall(b"221 bye\r\n")
            return line
        if verb == b"EHLO":
            connection.sendall(ehlo)
        elif verb == b"DATA":
            connection.sendall(b"354 go ahead\r\n")
            read_message(connection, heard)
            if until == b"<message>":
                return b"<message>"
            connection.sendall(data_reply)
        else:
            connection.sendall(b"250 ok\r\n")
