"""Sending a built briefing: the SMTP conversation, each way it can fail said in words, the log.

Nothing here reads the clock: the time of sending is an argument. Every failure is a
:class:`~briefing.errors.DeliveryError` whose one line says what happened and what to
do; the PDF is never moved or removed, so it is still in the output folder afterwards.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import mail, sentlog, smtpclient
from .config import Settings, SmtpSettings
from .errors import BriefingError, DeliveryError, shown
from .publish import locked
from .smtpclient import PASSWORD_ENV

MAX_JSON = 200_000_000  # bytes: a briefing's JSON beside its PDF


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
    """Compose the message for ``letter`` and send it (or write it, on a dry run); log the send.

    The repeat check, the delivery and the log lines happen with the output folder held
    (the build's lock), so two sends at once cannot both deliver, and the log says
    "sending" before the message's last line goes out: a run killed at any moment
    leaves a record that stops the next run from sending it again without ``--again``.
    """
    settings = letter.settings
    to = mail.envelope(settings.email, options.to)
    message = mail.compose(letter, to, now)
    data = mail.wire(message)
    _check_size(len(data), settings.smtp, letter.pdf)
    message_id = str(message["Message-ID"])
    if options.dry_run:
        from .build import write_atomically

        eml = letter.pdf.with_suffix(".eml")
        write_atomically(eml, message.as_bytes())
        return SendResult(to, message_id, eml=eml)
    try:
        secret = password(settings.smtp, environ)
    except DeliveryError as error:
        raise _not_sent(error, letter.pdf) from None
    folder = letter.pdf.parent
    with locked(folder):
        sha = sentlog.file_sha256(letter.pdf)
        if not options.again:
            _refuse_repeat(sentlog.earlier_sends(sentlog.read(folder), sha, to.recipients), to, letter.pdf)
        else:
            sentlog.read(folder)  # a log that cannot be read stops the send, --again or not
        journal = _Journal(folder, sentlog.Sent(now, letter.briefing.period, letter.pdf.name, sha,
                                                to.recipients, message_id, "sending"))
        refused = _deliver(data, to, settings.smtp, secret, journal, letter.pdf)
    accepted = tuple(a for a in to.recipients if a not in refused)
    if refused:
        raise DeliveryError(_partly(accepted, refused, settings.smtp.server))
    return SendResult(to, message_id, accepted)


def _deliver(data: bytes, to: mail.Envelope, smtp: SmtpSettings, secret: str | None,
             journal: _Journal, pdf: Path) -> dict[str, str]:
    try:
        return smtpclient.deliver(data, mail.bare_address(to.sender), to.recipients, smtp, secret, journal)
    except smtpclient.MaybeDelivered:
        raise
    except DeliveryError as error:
        raise _not_sent(error, pdf) from None


def _not_sent(error: DeliveryError, pdf: Path) -> DeliveryError:
    return DeliveryError(f"{error.message}. Not sent: the briefing stays in {shown(pdf)}")


def _partly(accepted: tuple[str, ...], refused: dict[str, str], server: str) -> str:
    who = ", ".join(f"{address} ({answer})" for address, answer in refused.items())
    first = next(iter(refused))
    later = all(answer[:1] == "4" for answer in refused.values())
    advice = (f"a temporary refusal: try again later with --to {first}" if later else
              f"check the address and send to it alone with --to {first}")
    return f"sent to {', '.join(accepted)}, but the mail server {server} refused {who}; {advice}"


@dataclass
class _Journal:
    """Writes the log as the message is handed over (see :mod:`briefing.smtpclient`)."""

    folder: Path
    pending: sentlog.Sent

    def sending(self) -> None:
        sentlog.append(self.folder, self.pending)

    def answered(self, refused: dict[str, str] | None) -> None:
        if refused is None:
            sentlog.append(self.folder, dataclasses.replace(self.pending, status="not-sent"))
            return
        accepted = tuple(a for a in self.pending.recipients if a not in refused)
        sentlog.append(self.folder, dataclasses.replace(self.pending, recipients=accepted, status="sent"))


def _refuse_repeat(earlier: list[sentlog.Sent], to: mail.Envelope, pdf: Path) -> None:
    if not earlier:
        return
    from .addresses import mailbox

    wanted = {mailbox(a) for a in to.recipients}
    got = sorted({a for record in earlier for a in record.recipients if mailbox(a) in wanted})
    had = {mailbox(a) for a in got}
    others = [a for a in to.recipients if mailbox(a) not in had]
    rest = (f"; or --to {' --to '.join(others)} to send it to those who have not had it only"
            if others else "")
    last = earlier[-1]
    if last.status == "sending":
        raise BriefingError(f"{shown(pdf)} may already have reached {', '.join(got)}: a send on "
                            f"{last.time:%Y-%m-%d %H:%M} ({last.message_id}) ended before the mail server "
                            f"answered; ask a recipient, and give --again to send it anyway{rest}")
    raise BriefingError(f"{shown(pdf)} was already sent to {', '.join(got)} on {last.time:%Y-%m-%d %H:%M} "
                        f"({last.message_id}); give --again to send it to them again{rest}")


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
    """The first line ``command`` prints, read as it comes (a command that prints without end,
    or leaves a child holding its output open, costs no memory and no wait beyond the line),
    once the command has exited with 0 within ``timeout``; else the error that says why."""
    import subprocess

    shown_command = shown(" ".join(command))
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, start_new_session=True)
    except FileNotFoundError:
        raise DeliveryError(f"password_command: {command[0]!r} was not found; check the command "
                            "under [smtp], or install it") from None
    except (OSError, ValueError) as error:  # not executable, a folder, a NUL in a word
        raise DeliveryError(f"password_command `{shown_command}` did not run ({error}); check the "
                            "command under [smtp]") from None
    try:
        out, err, code = _first_line(process, timeout)
    finally:
        _end(process)
    if code is None:
        raise DeliveryError(f"password_command `{shown_command}` did not finish within {timeout:g} s "
                            "(timeout under [smtp]); run it yourself to see why")
    line = out.partition(b"\n")[0].removesuffix(b"\r")
    if code != 0 or not line:
        why = (err.decode("utf-8", "replace").strip().splitlines() or ["it printed no password"])[0]
        raise DeliveryError(f"password_command `{shown_command}` failed (exit {code}: {why[:200]}); "
                            "run it yourself to see why")
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        raise DeliveryError(f"password_command `{shown_command}` printed a password that is not UTF-8 "
                            "text; make it print the password as UTF-8") from None


PASSWORD_LINE = 4096  # bytes: a password, with room to spare; more is not one


def _first_line(process: Any, timeout: float) -> tuple[bytes, bytes, int | None]:
    """What ``process`` printed up to its first line (and on its standard error, up to
    :data:`PASSWORD_LINE` bytes each), and its exit status, None if it ran out of ``timeout``."""
    import os
    import selectors
    import subprocess
    import time

    deadline = time.monotonic() + timeout
    found = {process.stdout: bytearray(), process.stderr: bytearray()}
    with selectors.DefaultSelector() as watch:
        for stream in found:
            watch.register(stream, selectors.EVENT_READ)
        while watch.get_map() and b"\n" not in found[process.stdout]:
            ready = watch.select(deadline - time.monotonic())
            if not ready:
                return b"", b"", None
            for key, _ in ready:
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    watch.unregister(key.fileobj)
                kept = found[key.fileobj]
                kept += chunk[:max(0, PASSWORD_LINE - len(kept))]
    try:
        code: int = process.wait(timeout=max(0.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        return b"", b"", None
    return bytes(found[process.stdout]), bytes(found[process.stderr]), code


def _end(process: Any) -> None:
    """The command and what it started are gone; its pipes closed."""
    import contextlib
    import os
    import signal

    if process.poll() is None:
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    for stream in (process.stdout, process.stderr):
        stream.close()


def check_pdf(pdf: Path) -> Path:
    """Where ``pdf`` really is (its links resolved), if it is a file; else the error that says so.

    The log that stops a second send lives beside the PDF itself: a link to it from another
    folder is the same briefing, recorded in the same ``sent.jsonl``, not a new one.
    """
    import os
    import stat

    from .discover import describe_mode

    try:
        mode = pdf.stat().st_mode
    except FileNotFoundError:
        raise BriefingError(f"{shown(pdf)}: no such PDF; build it with 'briefing build', or check the "
                            "path") from None
    except OSError as error:
        raise BriefingError(f"{shown(pdf)}: cannot be read ({error.strerror or error}); check the path "
                            "and its permissions") from None
    if not stat.S_ISREG(mode):
        raise BriefingError(f"{shown(pdf)} is {describe_mode(mode)}, not a PDF file; give the PDF that "
                            "'briefing build' wrote") from None
    real = pdf.resolve()
    try:  # the name goes into the message (its attachment) and into sent.jsonl, both UTF-8
        os.fsencode(real.name).decode("utf-8")
    except UnicodeDecodeError:
        raise BriefingError(f"{shown(real)}: its name is not UTF-8 text, which an attachment and "
                            "sent.jsonl need; rename it (briefing build names it so)") from None
    return real


def load_letter(pdf: Path, settings: Settings, attach_json: bool) -> mail.Letter:
    """The letter for a PDF built earlier, from the JSON written beside it (read without
    waiting: a pipe in its place is refused). A JSON edited by hand into something that is
    not a briefing's is said in one line."""
    from .assemble import assemble
    from .publish import library_caches_in
    from .revision import for_file

    pdf = check_pdf(pdf)
    extraction, period, title = _briefing_data(pdf.with_suffix(".json"), pdf)
    try:
        briefing = assemble(extraction, period, title, settings.context_days,
                            settings.topic.said if settings.topic else None)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, OverflowError) as error:
        # OverflowError: a period in the year 1 or 9999 (its context days before it), a figure
        # of 400 digits (no float holds it)
        raise _not_a_briefing(pdf.with_suffix(".json"), error) from None
    revision = for_file(pdf.parent, pdf.stem, briefing, settings.context_days)
    library_caches_in(pdf.parent)  # matplotlib draws the charts here: its caches stay in the folder
    return mail.Letter(briefing, settings, pdf, revision, mail.chart_pngs(briefing),
                       pdf.with_suffix(".json") if attach_json else None)


def _briefing_data(data_path: Path, pdf: Path) -> Any:
    import json

    from .codec import mistyped
    from .discover import NotRegular, read_regular
    from .export import from_json

    try:
        extraction, period, title = from_json(json.loads(read_regular(data_path, MAX_JSON)))
        wrong = mistyped(extraction) or mistyped(period, "briefing.period")
        if wrong is not None or not isinstance(title, str):
            raise TypeError(f"{wrong or 'briefing.title'} is not what a briefing holds there")
        return extraction, period, title
    except NotRegular as error:
        if not data_path.exists():
            raise BriefingError(f"{shown(data_path)}: missing; the e-mail is written from the JSON that "
                                f"'briefing build' writes beside {shown(pdf.name)}: build it again") from None
        raise BriefingError(f"{shown(data_path)}: {error}; build the briefing again") from None
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
            OverflowError) as error:
        raise _not_a_briefing(data_path, error) from None


def _not_a_briefing(data_path: Path, error: Exception) -> BriefingError:
    why = shown(str(error) or type(error).__name__)[:200]
    return BriefingError(f"{shown(data_path)}: not the JSON of a briefing ({why}); build it again")
