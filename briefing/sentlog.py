"""The record of what was sent: ``OUTPUT/sent.jsonl``, one JSON object per line, appended.

Each line is one message the mail server accepted: when, which period, which PDF
(its file name beside the log, and its SHA-256), to whom, and the Message-ID. The
log is what keeps an issued week as it was sent (see :mod:`briefing.revision`) and
what stops the same PDF reaching the same people twice by accident.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import OutputError, shown
from .model import Period

LOG_NAME = "sent.jsonl"
REVISION = re.compile(r"-r(\d+)$")
SHA256 = re.compile(r"[0-9a-fA-F]{64}")
ADDRESS = re.compile(r"[^\s@<>\x00-\x1f\x7f-\x9f]+@[^\s@<>\x00-\x1f\x7f-\x9f]+")
MAX_LOG = 64_000_000  # bytes: a line a send, for a lifetime of weekly sends
# "sending": written before the message's last line goes to the server, so a run killed (or a
# connection lost) before the answer leaves a record that it may have been delivered;
# "not-sent": the server refused it after that; "sent": the server accepted it.
STATUSES = ("sent", "sending", "not-sent")


@dataclass(frozen=True)
class Sent:
    """One accepted message. ``pdf`` is a file name in the log's folder; ``recipients`` are
    bare addresses (to, cc and bcc together) that the server accepted; ``time`` is aware."""

    time: dt.datetime
    period: Period
    pdf: str
    sha256: str
    recipients: tuple[str, ...]
    message_id: str
    status: str = "sent"

    @property
    def revision(self) -> int:
        return revision_number(Path(self.pdf).stem)


def revision_number(stem: str) -> int:
    """1 for "briefing-2023-W47", 2 for "briefing-2023-W47-r2"."""
    match = REVISION.search(stem)
    return int(match[1]) if match else 1


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:  # opened without waiting, and only a regular file is read: a pipe would never end
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    except OSError as error:
        raise OutputError(f"{shown(path)}: cannot be read ({error.strerror or error})") from None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise OutputError(f"{shown(path)} is not a regular file; give the PDF itself")
        while block := os.read(handle, 1 << 16):
            digest.update(block)
    finally:
        os.close(handle)
    return digest.hexdigest()


def _line(record: Sent) -> str:
    period = record.period
    return json.dumps({
        "time": record.time.isoformat(timespec="seconds"),
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat(), "label": period.label},
        "pdf": record.pdf, "sha256": record.sha256, "recipients": list(record.recipients),
        "message_id": record.message_id, "status": record.status,
    }, ensure_ascii=False)


class BadRecord(ValueError):
    """A line of the log that is not a record, and what is wrong with it."""


def _field(data: dict[str, Any], key: str, kind: type, example: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (isinstance(value, str | list) and not value):
        raise BadRecord(f"'{key}' must be {example}")
    return value


def _time(text: str) -> dt.datetime:
    try:
        time = dt.datetime.fromisoformat(text)
    except ValueError:
        raise BadRecord(f"'time' is {text[:40]!r}, not a time") from None
    if time.tzinfo is None:
        raise BadRecord(f"'time' is {text[:40]!r}, without its offset from UTC (write e.g. "
                        "2023-11-23T08:00:00+00:00)")
    try:  # records are compared in UTC: a time whose UTC falls before year 1 or after 9999 is none
        time.astimezone(dt.UTC)
    except OverflowError:
        raise BadRecord(f"'time' is {text[:40]!r}, which has no time in UTC") from None
    return time


def _period(data: Any) -> Period:
    if not isinstance(data, dict):
        raise BadRecord("'period' must be {\"start\": ..., \"end\": ..., \"label\": ...}")
    try:
        start, end = (dt.date.fromisoformat(_field(data, k, str, "a date")) for k in ("start", "end"))
    except ValueError:
        raise BadRecord("'period' must have a start and an end written YYYY-MM-DD") from None
    if end < start:
        raise BadRecord("'period' ends before it starts")
    return Period(start, end, _field(data, "label", str, "a text such as \"2023-W47\""))


def _recipients(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(
            isinstance(a, str) and ADDRESS.fullmatch(a) for a in value):
        raise BadRecord("'recipients' must be a list of bare addresses, e.g. [\"ann@example.org\"]")
    return tuple(value)


def _record(text: str) -> Sent:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise BadRecord(f"not JSON ({error})") from None
    except RecursionError:  # "[[[[...": the decoder recurses once per bracket
        raise BadRecord("not a record: its brackets are nested too deeply") from None
    if not isinstance(data, dict):
        raise BadRecord("not a JSON object")
    pdf = _field(data, "pdf", str, "the PDF's file name")
    if "/" in pdf or pdf in (".", ".."):
        raise BadRecord("'pdf' must be a file name in the log's folder, not a path")
    sha = _field(data, "sha256", str, "the PDF's SHA-256, 64 hexadecimal digits")
    if not SHA256.fullmatch(sha):
        raise BadRecord("'sha256' must be 64 hexadecimal digits")
    status = data.get("status", "sent")
    if status not in STATUSES:
        raise BadRecord(f"'status' must be one of {', '.join(STATUSES)}")
    return Sent(time=_time(_field(data, "time", str, "a time with its offset")),
                period=_period(data.get("period")), pdf=pdf, sha256=sha.lower(),
                recipients=_recipients(data.get("recipients")),
                message_id=_field(data, "message_id", str, "the message's Message-ID"), status=status)


def read(folder: Path) -> list[Sent]:
    """Every record in ``folder/sent.jsonl``, oldest first; none when there is no log.

    The log decides what is "already sent", so it is read whole or not at all: a line that
    is not a record stops the run (nothing is sent or revised while it may hide a send).
    """
    path = folder / LOG_NAME
    data = _read_bytes(path)
    if data is None:
        return []
    try:
        # "\n" only: the records are written with ensure_ascii=False, and str.splitlines() would
        # also end a line at a U+2028 or U+0085 inside a name (json.loads takes a "\r" as space)
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError as error:
        raise OutputError(f"{shown(path)}: cannot be read ({error}); repair it, or move it away if "
                          "nothing in it was sent") from None
    records = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            records.append(_record(text))
        except BadRecord as error:
            raise OutputError(f"{shown(path)}, line {number}: not a record of a sent briefing ({error}); "
                              "nothing is sent or revised while it cannot be read: repair that line, or "
                              "remove it if that send did not happen") from None
    return records


def _read_bytes(path: Path) -> bytes | None:
    """The log's bytes, opened without waiting and without following a link; None if absent."""
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NOCTTY
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _unusable(path, error) from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path, info.st_mode)
        chunks, size = [], 0
        while chunk := os.read(handle, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_LOG:
                raise OutputError(f"{shown(path)} is over {MAX_LOG // 1_000_000} MB; move it away and "
                                  "keep its last lines")
        return b"".join(chunks)
    except OSError as error:
        raise _unusable(path, error) from None
    finally:
        os.close(handle)


def _unusable(path: Path, error: OSError) -> OutputError:
    if error.errno == errno.ELOOP:
        return OutputError(f"{shown(path)} is a symbolic link; the record of what was sent must be a "
                           "regular file in the output folder: replace the link by the file it points to")
    return OutputError(f"{shown(path)}: cannot be used ({error.strerror or error}); check its permissions")


def _not_regular(path: Path, mode: int) -> OutputError:
    from .discover import describe_mode

    return OutputError(f"{shown(path)} is {describe_mode(mode)}, not a file; the record of what was sent "
                       "must be a regular file: move it away")


def append(folder: Path, record: Sent) -> None:
    """Add one line, on disk before returning: a crash must not forget a message that went out.

    Never through a link or into a pipe: the log is a regular file in ``folder``.
    """
    path = folder / LOG_NAME
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        handle = os.open(path, flags, 0o666)
    except OSError as error:
        raise _unwritten(path, record, _unusable(path, error).message) from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise _unwritten(path, record, _not_regular(path, info.st_mode).message)
        if info.st_nlink > 1:  # a hard link: the same file has a name elsewhere, maybe outside
            raise _unwritten(path, record, f"it is a hard link, a file that also has {info.st_nlink - 1} "
                             "other name(s), maybe outside the output folder; copy it to a file of its "
                             "own (cp sent.jsonl x && mv x sent.jsonl)")
        _write_whole(handle, (_line(record) + "\n").encode("utf-8"), info.st_size)
        os.fsync(handle)
    except OSError as error:
        raise _unwritten(path, record, f"{error.strerror or error}") from None
    finally:
        os.close(handle)


def _write_whole(handle: int, line: bytes, size: int) -> None:
    """``line`` at the end of the log, whole or not at all: a disk that fills up (or a file
    size limit) can take part of it, and half a record would make the log unreadable. The
    part written is taken back (the file cut to its ``size`` before) and the error raised."""
    written = 0
    try:
        while written < len(line):
            written += os.write(handle, line[written:])
    except OSError:
        with contextlib.suppress(OSError):
            os.ftruncate(handle, size)
        raise


def _unwritten(path: Path, record: Sent, why: str) -> OutputError:
    if record.status == "sending":
        return OutputError(f"{shown(path)} could not be written ({why}), so the send could not be "
                           "recorded; nothing was sent: make the output folder writable and try again")
    return OutputError(f"the message went to the mail server, but {shown(path)} could not be written "
                       f"({why}); add the send to it by hand, or --again will be needed next time")


def outcomes(records: list[Sent]) -> list[Sent]:
    """Each message's last word, oldest first: "sent", or "sending" when no answer was
    recorded (it may have been delivered); messages refused after all ("not-sent") are left out.
    A message is its Message-ID and its PDF's bytes: a line copied by hand and changed to
    another PDF under the same Message-ID cannot turn one send's refusal into the other's."""
    last = {(r.message_id, r.sha256): r for r in records}
    return [r for r in last.values() if r.status != "not-sent"]


def latest_issued(records: list[Sent], label: str, below: int | None = None) -> Sent | None:
    """The highest revision of the period ``label`` that was sent (below revision ``below``)."""
    issued = [r for r in outcomes(records) if r.status == "sent" and r.period.label == label
              and (below is None or r.revision < below)]
    return max(issued, key=lambda r: (r.revision, r.time.astimezone(dt.UTC)), default=None)


def earlier_sends(records: list[Sent], sha256: str, recipients: tuple[str, ...]) -> list[Sent]:
    """Sends of the same PDF bytes that reached, or may have reached, any of ``recipients``."""
    from .addresses import mailbox

    wanted = {mailbox(r) for r in recipients}
    return [r for r in outcomes(records)
            if r.sha256 == sha256.lower() and wanted & {mailbox(a) for a in r.recipients}]
