"""The SMTP conversation: bounded in time and in what is read, each way it fails said in words.

``timeout`` bounds each wait for the server; :func:`deadline` bounds the whole conversation,
so a server that drips its replies a byte at a time, or greets without end, cannot hold a run.
The server's replies are read up to :data:`MAX_REPLY` bytes each. The message is handed over
in steps (MAIL, RCPT, DATA) so that the log is told the moment the server may have it: once
the server said to go ahead (354), before the message goes out ("sending"), and when it is
accepted (250) or refused. A refusal or a dropped line before 354 is "nothing was sent".
"""

from __future__ import annotations

import base64
import contextlib
import re
import smtplib
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from .config import DEFAULT_PORTS, SmtpSettings
from .errors import DeliveryError

PASSWORD_ENV = "BRIEFING_SMTP_PASSWORD"
MAX_REPLY = 64_000  # bytes: a reply is a few lines; more is a server talking without end
RATE = 50_000  # bytes a second: the slowest upload the deadline allows for


class Journal(Protocol):
    """Told as the message is handed over: it writes the log."""

    def sending(self) -> None: ...
    def answered(self, refused: dict[str, str] | None) -> None: ...


class EndlessReply(Exception):  # not an OSError, so smtplib's reader lets it through
    """The server's reply went past :data:`MAX_REPLY` bytes, or one line of it past smtplib's
    8,192."""


class MaybeDelivered(DeliveryError):
    """The connection ended after the whole message went out, before the server's answer."""


def deadline(smtp: SmtpSettings, size: int) -> float:
    """Seconds the whole conversation may take: four waits, and the upload at :data:`RATE`."""
    return 4 * smtp.timeout + size / RATE


class _Watch:
    """Shuts the client's socket at the deadline, which ends any read or write under way."""

    def __init__(self, seconds: float) -> None:
        self.client: Any = None
        self.expired = False
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True
        self.timer.start()

    def _expire(self) -> None:
        self.expired = True
        sock = getattr(self.client, "sock", None)  # None until the client has connected
        if sock is not None:
            with contextlib.suppress(OSError, ValueError):
                sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self.timer.cancel()


class _Capped:
    """A reply stream that ends the conversation once :data:`MAX_REPLY` bytes were read."""

    def __init__(self, stream: Any) -> None:
        self.stream, self.left = stream, MAX_REPLY

    def readline(self, size: int = -1) -> bytes:
        line: bytes = self.stream.readline(min(size, self.left + 1) if size >= 0 else self.left + 1)
        self.left -= len(line)
        if self.left < 0:
            raise EndlessReply
        return line

    def close(self) -> None:
        self.stream.close()


class _Bounded:
    """Reads each reply through :class:`_Capped` (``file`` is the stream smtplib reads)."""

    file: Any
    sock: Any

    def __init__(self, watch: _Watch, *args: Any, **options: Any) -> None:
        watch.client = self  # before connecting: the greeting is read within the deadline too
        super().__init__(*args, **options)

    def getreply(self) -> tuple[int, bytes]:
        if self.file is None and self.sock is not None:
            self.file = _Capped(self.sock.makefile("rb"))
        elif isinstance(self.file, _Capped):
            self.file.left = MAX_REPLY
        elif self.file is not None:
            self.file = _Capped(self.file)
        try:
            reply: tuple[int, bytes] = super().getreply()  # type: ignore[misc]
        except smtplib.SMTPResponseException as error:
            # smtplib's own words for a line over 8 KB, not the server's 500
            if error.smtp_error in ("Line too long.", b"Line too long."):
                raise EndlessReply from None
            raise
        return reply


class _Client(_Bounded, smtplib.SMTP):
    pass


class _SslClient(_Bounded, smtplib.SMTP_SSL):
    pass


@dataclass
class Conversation:
    """One conversation's settings, its deadline in seconds and whether it ran out."""

    smtp: SmtpSettings
    seconds: float
    watch: _Watch | None = None
    welcomed: bool = False  # the server's greeting came (over TLS, with security = "ssl")
    greeted: bool = False  # the server answered EHLO: it speaks SMTP on this port, as set

    @property
    def expired(self) -> bool:
        return self.watch is not None and self.watch.expired


def deliver(data: bytes, sender: str, recipients: tuple[str, ...], smtp: SmtpSettings,
            secret: str | None, journal: Journal) -> dict[str, str]:
    """Send ``data`` (the message as :func:`briefing.mail.wire` writes it) through the server;
    the recipients it refused (the others got the message), with its answer. Raises
    DeliveryError, saying why, when nobody got it, and :class:`MaybeDelivered` when nobody
    can say."""
    if not smtp.host:
        raise DeliveryError("no mail server: add host = \"smtp.example.org\" under [smtp] in "
                            "briefing.toml (or try --dry-run)")
    talk = Conversation(smtp, deadline(smtp, len(data)))
    try:
        with _session(talk) as client:
            if smtp.username:
                _login(client, smtp, secret or "")
            return _transmit(client, data, sender, recipients, journal, talk)
    except (smtplib.SMTPException, OSError, UnicodeError) as error:
        raise DeliveryError(explain(error, talk)) from None
    except EndlessReply:
        raise DeliveryError(f"the mail server {smtp.server} sent a reply of over {MAX_REPLY:,} bytes, or "
                            "a line of over 8,192, which no mail server does; check host and port under "
                            "[smtp]") from None


@contextlib.contextmanager
def _session(talk: Conversation) -> Iterator[smtplib.SMTP]:
    """A connection to the server, encrypted as ``security`` says, closed afterwards; the
    whole of it, the goodbye included, within the conversation's deadline."""
    smtp = talk.smtp
    assert smtp.host is not None
    port = smtp.port or DEFAULT_PORTS[smtp.security]
    context = _tls_context(smtp)
    talk.watch = _Watch(talk.seconds)
    client: smtplib.SMTP
    try:
        if smtp.security == "ssl":
            client = _SslClient(talk.watch, smtp.host, port, timeout=smtp.timeout, context=context)
        else:
            client = _Client(talk.watch, smtp.host, port, timeout=smtp.timeout)
    except BaseException:
        talk.watch.cancel()
        raise
    talk.welcomed = True
    try:
        _hello(client)
        talk.greeted = True
        if smtp.security == "starttls":
            _starttls(client, smtp, context)
        yield client
    finally:
        with contextlib.suppress(smtplib.SMTPException, OSError, ValueError):
            client.quit()
        client.close()
        talk.watch.cancel()


def _hello(client: smtplib.SMTP) -> None:
    """EHLO, else HELO; a 4xx (421: "shutting down") is the server turning the connection away
    for now, said as its greeting would be, not as a line closed for no reason."""
    code, answer = client.ehlo()
    if 400 <= code < 500:
        raise smtplib.SMTPConnectError(code, answer)
    if code != 250:
        code, answer = client.helo()
        if code != 250:
            raise smtplib.SMTPHeloError(code, answer)


def _starttls(client: smtplib.SMTP, smtp: SmtpSettings, context: ssl.SSLContext | None) -> None:
    if not client.has_extn("starttls"):
        raise DeliveryError(f"the mail server {smtp.server} does not offer STARTTLS, which "
                            "security = \"starttls\" requires; use security = \"ssl\" (port 465) "
                            "if it offers that, or ask its administrator to enable TLS")
    try:
        client.starttls(context=context)
    except smtplib.SMTPResponseException as error:  # STARTTLS offered, then refused
        later = _temporary(error.smtp_code)
        advice = "a temporary failure; try again later" if later else "ask its administrator"
        raise DeliveryError(f"the mail server {smtp.server} offers STARTTLS but would not start it "
                            f"({_answer(error.smtp_code, error.smtp_error)}): {advice}") from None
    except ssl.SSLCertVerificationError:
        raise
    except (ssl.SSLError, ConnectionError) as error:  # it said to go ahead, then no TLS came of it
        why = getattr(error, "reason", None) or error.strerror or error
        raise DeliveryError(f"the mail server {smtp.server} offers STARTTLS, but TLS with it failed "
                            f"({why}): its TLS is broken, or something between this "
                            "machine and it interferes; ask its administrator, or use security = \"ssl\" "
                            "(port 465) if it offers that") from None
    client.ehlo()


def _tls_context(smtp: SmtpSettings) -> ssl.SSLContext | None:
    if smtp.security == "none":
        return None
    try:
        return ssl.create_default_context(cafile=str(smtp.ca_file) if smtp.ca_file else None)
    except (ssl.SSLError, OSError) as error:
        raise DeliveryError(f"[smtp] ca_file {smtp.ca_file} holds no usable certificate ({error}); "
                            "give the PEM file of the certificate authority") from None


def _login(client: smtplib.SMTP, smtp: SmtpSettings, secret: str) -> None:
    if not client.has_extn("auth"):
        raise DeliveryError(f"the mail server {smtp.server} does not offer to log in (no AUTH), but "
                            "username is set under [smtp]; remove username, or check host and security")
    assert smtp.username is not None
    offered = client.esmtp_features.get("auth", "").upper().split()
    if not set(offered) & {"PLAIN", "LOGIN", "CRAM-MD5"}:
        raise DeliveryError(f"the mail server {smtp.server} offers no way to log in that this tool knows "
                            f"(it offers {_words(offered)}; this tool logs in with PLAIN, LOGIN or "
                            "CRAM-MD5); ask its administrator, or check host and port under [smtp]")
    if (smtp.username + secret).isascii():
        client.login(smtp.username, secret)
        return
    # smtplib encodes credentials as ASCII; PLAIN (RFC 4616) carries UTF-8, so say it ourselves.
    if "PLAIN" not in offered:
        raise DeliveryError(f"the password or user name has letters beyond ASCII, which only the "
                            f"PLAIN login carries, and the mail server {smtp.server} does not offer "
                            "it; use an ASCII password, or ask the server's administrator for AUTH PLAIN")
    token = base64.b64encode(f"\0{smtp.username}\0{secret}".encode()).decode("ascii")
    code, answer = client.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


def _transmit(client: smtplib.SMTP, data: bytes, sender: str, recipients: tuple[str, ...],
              journal: Journal, talk: Conversation) -> dict[str, str]:
    """MAIL, RCPT, DATA, the journal told before the last line goes out and at the answer."""
    code, answer = client.mail(sender, _mail_options(client, (sender, *recipients), talk.smtp))
    if code != 250:
        raise smtplib.SMTPSenderRefused(code, answer, sender)
    refused: dict[str, tuple[int, bytes]] = {}
    for address in recipients:
        code, answer = client.rcpt(address)
        if code not in (250, 251):
            refused[address] = (code, answer)
    if len(refused) == len(recipients):
        raise smtplib.SMTPRecipientsRefused(refused)
    code, answer = client.docmd("DATA")
    if code != 354:  # refused before the message went out: nothing to record
        raise smtplib.SMTPDataError(code, answer)
    journal.sending()  # from here on the server may have the message, whatever happens
    try:
        client.send(_dot_stuffed(data))
        code, answer = client.getreply()
    except (OSError, EndlessReply) as error:  # the connection lost, or the deadline
        raise MaybeDelivered(_maybe(error, talk)) from None
    if not 200 <= code < 600 or 300 <= code < 400:  # no answer SMTP has: the server may have it
        raise MaybeDelivered(_maybe(_Garbled(code, answer), talk))
    if code >= 400:
        journal.answered(None)
        raise smtplib.SMTPDataError(code, answer)
    answers = {address: _answer(*reply) for address, reply in refused.items()}
    journal.answered(answers)
    return answers


class _Garbled(Exception):
    """An answer to the message that is neither acceptance (2xx) nor refusal (4xx, 5xx)."""

    def __init__(self, code: int, answer: bytes) -> None:
        text = answer.decode("utf-8", "replace")[:80]
        super().__init__(f"{text!r}, not an SMTP reply" if code < 0 else
                         f"{code} {text}, neither acceptance nor refusal")


def _dot_stuffed(data: bytes) -> bytes:
    """The message as DATA carries it (RFC 5321 4.5.2): a line starting with "." gets another,
    and a lone "." ends it."""
    body = re.sub(rb"(?m)^\.", b"..", data)
    return body + (b"" if body.endswith(b"\r\n") else b"\r\n") + b".\r\n"


def _words(words: list[str]) -> str:
    return " ".join(words)[:80] or "nothing"


def _mail_options(client: smtplib.SMTP, addresses: tuple[str, ...], smtp: SmtpSettings) -> list[str]:
    wide = [a for a in addresses if not a.isascii()]
    if not wide:
        return []
    if not client.has_extn("smtputf8"):
        raise DeliveryError(f"the mail server {smtp.server} does not take addresses with letters "
                            f"beyond ASCII (it does not offer SMTPUTF8), and {wide[0]} has them; write "
                            "its domain in ASCII (xn--…), or send through a server that offers SMTPUTF8")
    return ["SMTPUTF8", "BODY=8BITMIME"]


def _maybe(error: Exception, talk: Conversation) -> str:
    why = f"it took over {talk.seconds:g} s" if talk.expired else f"{error or type(error).__name__}"
    if isinstance(error, _Garbled):
        what = f"the whole message went to the mail server {talk.smtp.server}, but its answer ({why})"
    else:
        what = (f"the connection to the mail server {talk.smtp.server} ended after the whole message went "
                f"out but before the server said whether it took it ({why})")
    return (f"{what}: it may have been delivered. It is recorded in sent.jsonl as possibly sent, so it is "
            "not sent again by itself: ask a recipient, and give --again to send it anyway (a second copy "
            "if the first arrived)")


def _answer(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(words.split())}"


def _temporary(code: int) -> bool:
    return 400 <= code < 500


def explain(error: Exception, talk: Conversation) -> str:
    """One line for a failed conversation with the server: what happened, and what to do."""
    smtp, server = talk.smtp, talk.smtp.server
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code == -1:
        return (f"{server} does not speak SMTP (it said {_answer(-1, error.smtp_error)[3:][:80]!r}); "
                "check host and port under [smtp]: a mail server listens on 587, 465 or 25")
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code == 530:
        return _login_wanted(error, smtp)
    if isinstance(error, smtplib.SMTPAuthenticationError) and error.smtp_code in (534, 538):
        return (f"the mail server {server} does not take this way of logging in here "
                f"({_answer(error.smtp_code, error.smtp_error)}); check security under [smtp] (\"starttls\" "
                "on port 587, \"ssl\" on 465): servers take passwords only over an encrypted connection")
    if isinstance(error, smtplib.SMTPAuthenticationError) and _temporary(error.smtp_code):
        return (f"the mail server {server} could not check the user name and password for now "
                f"({_answer(error.smtp_code, error.smtp_error)}), a temporary failure; try again later")
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return (f"the mail server {server} refused the user name or password "
                f"({_answer(error.smtp_code, error.smtp_error)}); check username under [smtp] and the "
                f"password in {PASSWORD_ENV} or from password_command")
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return _refused_everyone(error, server)
    if isinstance(error, smtplib.SMTPResponseException):
        return _explain_answer(error, server)
    if isinstance(error, UnicodeError):
        return (f"the message or an address cannot be written for the mail server {server} ({error}); "
                "check the addresses under [email]")
    if isinstance(error, smtplib.SMTPServerDisconnected) and talk.greeted and not talk.expired:
        return (f"the mail server {server} closed the connection during the conversation, before the "
                "message went out ({error}): nothing was sent; try again later, and ask its administrator "
                "if it goes on")
    return _explain_connection(error, talk)


def _timed_out(error: Exception) -> bool:
    return isinstance(error, TimeoutError) or isinstance(error.__context__, TimeoutError)


def _refused_everyone(error: smtplib.SMTPRecipientsRefused, server: str) -> str:
    answers: dict[str, Any] = error.recipients
    who = ", ".join(f"{a} ({_answer(*answer)})" for a, answer in answers.items())
    if all(_temporary(code) for code, _ in answers.values()):
        return (f"the mail server {server} turned every recipient away for now ({who}), a temporary "
                "refusal; try again later")
    return f"the mail server {server} refused every recipient: {who}; check the addresses under [email]"


def _login_wanted(error: smtplib.SMTPResponseException, smtp: SmtpSettings) -> str:
    """530: the server wants a login (or, logged in, encryption first) before it takes mail."""
    answer = _answer(error.smtp_code, error.smtp_error)
    if not smtp.username:
        return (f"the mail server {smtp.server} takes mail only after logging in ({answer}); set "
                f"username under [smtp], and the password in {PASSWORD_ENV} or password_command")
    return (f"the mail server {smtp.server} wants more before it takes mail ({answer}); check security "
            "under [smtp] (\"starttls\" on port 587, \"ssl\" on 465) and username")


def _explain_answer(error: smtplib.SMTPResponseException, server: str) -> str:
    answer = _answer(error.smtp_code, error.smtp_error)
    if isinstance(error, smtplib.SMTPConnectError):  # its greeting: nothing was asked yet
        if _temporary(error.smtp_code):
            return (f"the mail server {server} turned the connection away for now ({answer}), a "
                    "temporary refusal; try again later")
        return (f"the mail server {server} refused the connection ({answer}); check host and port "
                "under [smtp], or ask its administrator why")
    if isinstance(error, smtplib.SMTPHeloError):  # EHLO, then HELO, refused
        return (f"the mail server {server} refused to start a conversation ({answer}); check host and "
                "port under [smtp], or ask its administrator whether it takes mail from this machine")
    if _temporary(error.smtp_code):
        return (f"the mail server {server} refused the message for now ({answer}), a temporary refusal; "
                "try again later")
    if error.smtp_code == 552:
        return (f"the mail server {server} refused the message as too large ({answer}); leave out "
                "--attach-json, or ask its administrator for its size limit and set max_size_mb under "
                "[smtp] below it")
    if isinstance(error, smtplib.SMTPDataError):
        return (f"the mail server {server} refused the message ({answer}): it was not delivered; its "
                "answer says why, and its administrator can say more")
    if isinstance(error, smtplib.SMTPSenderRefused):
        return (f"the mail server {server} refused the sender {error.sender} ({answer}); check from under "
                "[email]: servers often accept only their own users' addresses")
    return f"the mail server {server} answered {answer}; check the settings under [smtp] and [email]"


def _explain_connection(error: Exception, talk: Conversation) -> str:
    smtp, server = talk.smtp, talk.smtp.server
    if talk.expired:
        return (f"the mail server {server} did not finish the conversation within {talk.seconds:g} s (it "
                "answers too slowly, or without end); check host and port under [smtp], or raise "
                "timeout there if the server is slow")
    if _timed_out(error) and not talk.welcomed and smtp.security != "ssl":
        return (f"the mail server {server} did not greet within {smtp.timeout:g} s; a port that speaks "
                "TLS from the first byte (SMTPS, often 465) waits so: set security = \"ssl\" under [smtp] "
                "if it is one, else check host and port there, or raise timeout if the server is slow")
    if _timed_out(error):
        return (f"the mail server {server} did not answer within {smtp.timeout:g} s; check host and port "
                "under [smtp], or raise timeout there if the server is slow")
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return (f"the mail server {server} closed the connection ({error}); check port and security "
                "under [smtp]: port 465 wants security = \"ssl\", port 587 \"starttls\"")
    if isinstance(error, ssl.SSLCertVerificationError) and error.verify_code in (9, 10):
        return (f"the certificate of the mail server {server} is not trusted ({error.verify_message}); "
                "check this machine's date and time, and if they are right ask the server's administrator "
                "to renew the certificate")  # 9: not yet valid, 10: expired (X509_V_ERR_CERT_*)
    if isinstance(error, ssl.SSLCertVerificationError):
        return (f"the certificate of the mail server {server} is not trusted ({error.verify_message}); "
                "check host (it must be the name on the certificate), or set ca_file under [smtp] "
                "to the certificate authority that signed it")
    if isinstance(error, ssl.SSLError) and error.reason == "WRONG_VERSION_NUMBER" and smtp.security == "ssl":
        return (f"the mail server {server} does not speak TLS from the first byte, as security = \"ssl\" "
                "wants: it greets in plain text, as a STARTTLS port does; set security = \"starttls\" "
                "under [smtp] (port 587), or give its SMTPS port (465)")
    if isinstance(error, ssl.SSLError):
        return (f"TLS with the mail server {server} failed ({error.reason or error}); check security "
                "under [smtp]: port 465 wants \"ssl\", port 587 \"starttls\"")
    return _unreachable(error, server)


def _unreachable(error: Exception, server: str) -> str:
    if isinstance(error, ConnectionRefusedError):
        return (f"cannot reach the mail server {server}: connection refused; check host and port under "
                "[smtp], and that the server is running")
    if isinstance(error, socket.gaierror):
        return (f"cannot reach the mail server {server}: unknown host ({error.strerror}); "
                "check host under [smtp]")
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return f"cannot reach the mail server {server} ({reason}); check host and port under [smtp]"
