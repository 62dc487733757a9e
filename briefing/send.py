"""Sending a built briefing: the SMTP conversation, each way it can fail said in words, the log.

Nothing here reads the clock: the time of sending is an argument. Every failure is a
:class:`~briefing.errors.DeliveryError` whose one line says what happened and what to
do; the PDF is never moved or removed, so it is still in the output folder afterwards.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import smtplib
import socket
import ssl
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from . import mail, sentlog
from .config import DEFAULT_PORTS, Settings, SmtpSettings
from .errors import BriefingError, DeliveryError

PASSWORD_ENV = "BRIEFING_SMTP_PASSWORD"


@dataclass(frozen=True)
class SendOptions:
    """What ``briefing send`` was asked for beyond the settings: ``to`` replaces ``[email] to``."""

    to: tuple[str, ...] = ()
    attach_json: bool = False
    dry_run: bool = False
    again: bool = False


@dataclass(frozen=True)
class SendResult:
    """A message sent (``accepted`` addresses) or, on a dry run, written to ``eml`` only."""

    envelope: mail.Envelope
    message_id: str
    accepted: tuple[str, ...] = ()
    eml: Path | None = None


def send(letter: mail.Letter, options: SendOptions, now: dt.datetime,
         environ: Mapping[str, str]) -> SendResult:
    """Compose the message for ``letter`` and send it (or write it, on a dry run); log the send."""
    settings = letter.settings
    to = mail.envelope(settings.email, options.to)
    folder = letter.pdf.parent
    records = sentlog.read(folder)
    sha = sentlog.file_sha256(letter.pdf)
    if not options.again and not options.dry_run:
        _refuse_repeat(sentlog.earlier_sends(records, sha, to.recipients), to, letter.pdf)
    message = mail.compose(letter, to, now)
    data = message.as_bytes()
    _check_size(len(data), settings.smtp, letter.pdf)
    message_id = str(message["Message-ID"])
    if options.dry_run:
        from .build import write_atomically

        eml = letter.pdf.with_suffix(".eml")
        write_atomically(eml, data)
        return SendResult(to, message_id, eml=eml)
    try:
        refused = deliver(message, to, settings.smtp, password(settings.smtp, environ))
    except DeliveryError as error:
        raise DeliveryError(f"{error.message}. Not sent: the briefing stays in {letter.pdf}") from None
    accepted = tuple(a for a in to.recipients if a not in refused)
    sentlog.append(folder, sentlog.Sent(now, letter.briefing.period, letter.pdf.name, sha, accepted,
                                        message_id))
    if refused:
        who = ", ".join(f"{address} ({answer})" for address, answer in refused.items())
        raise DeliveryError(f"sent to {', '.join(accepted)}, but the mail server {settings.smtp.server} "
                            f"refused {who}; check the address and send to it alone with "
                            f"--to {next(iter(refused))}")
    return SendResult(to, message_id, accepted)


def _refuse_repeat(earlier: list[sentlog.Sent], to: mail.Envelope, pdf: Path) -> None:
    if not earlier:
        return
    wanted = {a.lower() for a in to.recipients}
    got = sorted({a for record in earlier for a in record.recipients if a.lower() in wanted})
    last = earlier[-1]
    raise BriefingError(f"{pdf} was already sent to {', '.join(got)} on {last.time:%Y-%m-%d %H:%M} "
                        f"({last.message_id}); give --again to send it to them again")


def _check_size(size: int, smtp: SmtpSettings, pdf: Path) -> None:
    limit = smtp.max_size_mb * 1_000_000
    if size > limit:
        raise DeliveryError(f"the message is {size / 1e6:.2f} MB, over the limit of {smtp.max_size_mb:g} MB "
                            "(max_size_mb under [smtp]); leave out --attach-json, or raise max_size_mb if "
                            f"the mail server accepts more. Not sent: the briefing stays in {pdf}")


def password(smtp: SmtpSettings, environ: Mapping[str, str]) -> str | None:
    """The server's password: ``BRIEFING_SMTP_PASSWORD``, else ``password_command``'s first line."""
    if not smtp.username:
        return None
    if environ.get(PASSWORD_ENV):
        return environ[PASSWORD_ENV]
    if not smtp.password_command:
        raise DeliveryError(f"[smtp] username is {smtp.username!r} but there is no password: set the "
                            f"{PASSWORD_ENV} environment variable, or password_command under [smtp]")
    return _run_password_command(smtp.password_command, smtp.timeout)


def _run_password_command(command: tuple[str, ...], timeout: float) -> str:
    import subprocess

    shown = " ".join(command)
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False,
                              stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise DeliveryError(f"password_command: {command[0]!r} was not found; check the command "
                            "under [smtp], or install it") from None
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DeliveryError(f"password_command `{shown}` did not run ({error})") from None
    secret = done.stdout.partition("\n")[0]
    if done.returncode != 0 or not secret:
        why = (done.stderr.strip().splitlines() or ["it printed no password"])[0]
        raise DeliveryError(f"password_command `{shown}` failed (exit {done.returncode}: {why}); "
                            "run it yourself to see why")
    return secret


def deliver(message: EmailMessage, to: mail.Envelope, smtp: SmtpSettings,
            secret: str | None) -> dict[str, str]:
    """Send through the server; the recipients it refused (the others got the message),
    with its answer. Raises DeliveryError, saying why, when nobody got it."""
    if not smtp.host:
        raise DeliveryError("no mail server: add host = \"smtp.example.org\" under [smtp] in "
                            "briefing.toml (or try --dry-run)")
    try:
        with _session(smtp) as client:
            if smtp.username:
                _login(client, smtp, secret or "")
            refused = client.send_message(message, mail.bare_address(to.sender), list(to.recipients))
    except (smtplib.SMTPException, OSError) as error:
        raise DeliveryError(explain(error, smtp)) from None
    return {address: _answer(code, text) for address, (code, text) in refused.items()}


@contextlib.contextmanager
def _session(smtp: SmtpSettings) -> Iterator[smtplib.SMTP]:
    """A connection to the server, encrypted as ``security`` says, closed afterwards."""
    assert smtp.host is not None
    port = smtp.port or DEFAULT_PORTS[smtp.security]
    context = _tls_context(smtp)
    client: smtplib.SMTP
    if smtp.security == "ssl":
        client = smtplib.SMTP_SSL(smtp.host, port, timeout=smtp.timeout, context=context)
    else:
        client = smtplib.SMTP(smtp.host, port, timeout=smtp.timeout)
    try:
        client.ehlo()
        if smtp.security == "starttls":
            if not client.has_extn("starttls"):
                raise DeliveryError(f"the mail server {smtp.server} does not offer STARTTLS, which "
                                    "security = \"starttls\" requires; use security = \"ssl\" (port 465) "
                                    "if it offers that, or ask its administrator to enable TLS")
            client.starttls(context=context)
            client.ehlo()
        yield client
    finally:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            client.quit()
        client.close()


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
    client.login(smtp.username, secret)


def _answer(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(words.split())}"


def explain(error: Exception, smtp: SmtpSettings) -> str:
    """One line for a failed conversation with the server: what happened, and what to do."""
    server = smtp.server
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return (f"the mail server {server} refused the user name or password "
                f"({_answer(error.smtp_code, error.smtp_error)}); check username under [smtp] and the "
                f"password in {PASSWORD_ENV} or from password_command")
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        who = ", ".join(f"{a} ({_answer(*answer)})" for a, answer in error.recipients.items())
        return f"the mail server {server} refused every recipient: {who}; check the addresses under [email]"
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code == 552:
        return (f"the mail server {server} refused the message as too large "
                f"({_answer(error.smtp_code, error.smtp_error)}); leave out --attach-json, or ask its "
                "administrator for its size limit and set max_size_mb under [smtp] below it")
    if isinstance(error, smtplib.SMTPSenderRefused):
        return (f"the mail server {server} refused the sender {error.sender} "
                f"({_answer(error.smtp_code, error.smtp_error)}); check from under [email]: servers "
                "often accept only their own users' addresses")
    if isinstance(error, smtplib.SMTPResponseException):
        return (f"the mail server {server} answered {_answer(error.smtp_code, error.smtp_error)}; "
                "check the settings under [smtp] and [email], or try again later")
    return _explain_connection(error, smtp)


def _explain_connection(error: Exception, smtp: SmtpSettings) -> str:
    server = smtp.server
    if isinstance(error, TimeoutError) or isinstance(error.__context__, TimeoutError):
        return (f"the mail server {server} did not answer within {smtp.timeout:g} s; check host and port "
                "under [smtp], or raise timeout there if the server is slow")
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return (f"the mail server {server} closed the connection ({error}); check port and security "
                "under [smtp]: port 465 wants security = \"ssl\", port 587 \"starttls\"")
    if isinstance(error, ssl.SSLCertVerificationError):
        return (f"the certificate of the mail server {server} is not trusted ({error.verify_message}); "
                "check host (it must be the name on the certificate), or set ca_file under [smtp] "
                "to the certificate authority that signed it")
    if isinstance(error, ssl.SSLError):
        return (f"TLS with the mail server {server} failed ({error.reason or error}); check security "
                "under [smtp]: port 465 wants \"ssl\", port 587 \"starttls\"")
    if isinstance(error, ConnectionRefusedError):
        return (f"cannot reach the mail server {server}: connection refused; check host and port under "
                "[smtp], and that the server is running")
    if isinstance(error, socket.gaierror):
        return (f"cannot reach the mail server {server}: unknown host ({error.strerror}); "
                "check host under [smtp]")
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return f"cannot reach the mail server {server} ({reason}); check host and port under [smtp]"


def load_letter(pdf: Path, settings: Settings, attach_json: bool) -> mail.Letter:
    """The letter for a PDF built earlier, from the JSON written beside it."""
    import json

    from .assemble import assemble
    from .export import from_json
    from .revision import for_file

    data_path = pdf.with_suffix(".json")
    if not pdf.is_file():
        raise BriefingError(f"{pdf}: no such PDF; build it with 'briefing build', or check the path")
    try:
        extraction, period, title = from_json(json.loads(data_path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise BriefingError(f"{data_path}: missing; the e-mail is written from the JSON that "
                            f"'briefing build' writes beside {pdf.name}: build it again") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BriefingError(f"{data_path}: not the JSON of a briefing ({error}); build it again") from None
    briefing = assemble(extraction, period, title, settings.context_days)
    revision = for_file(pdf.parent, pdf.stem, briefing, settings.context_days)
    return mail.Letter(briefing, settings, pdf, revision, mail.chart_pngs(briefing),
                       data_path if attach_json else None)
