"""The record of what was sent: ``OUTPUT/sent.jsonl``, one JSON object per line, appended.

Each line is one message the mail server accepted: when, which period, which PDF
(its file name beside the log, and its SHA-256), to whom, and the Message-ID. The
log is what keeps an issued week as it was sent (see :mod:`briefing.revision`) and
what stops the same PDF reaching the same people twice by accident.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import OutputError
from .model import Period

LOG_NAME = "sent.jsonl"
REVISION = re.compile(r"-r(\d+)$")


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

    @property
    def revision(self) -> int:
        return revision_number(Path(self.pdf).stem)


def revision_number(stem: str) -> int:
    """1 for "briefing-2023-W47", 2 for "briefing-2023-W47-r2"."""
    match = REVISION.search(stem)
    return int(match[1]) if match else 1


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _line(record: Sent) -> str:
    period = record.period
    return json.dumps({
        "time": record.time.isoformat(timespec="seconds"),
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat(), "label": period.label},
        "pdf": record.pdf, "sha256": record.sha256, "recipients": list(record.recipients),
        "message_id": record.message_id,
    }, ensure_ascii=False)


def _record(text: str) -> Sent:
    data = json.loads(text)
    period = data["period"]
    return Sent(time=dt.datetime.fromisoformat(data["time"]),
                period=Period(dt.date.fromisoformat(period["start"]), dt.date.fromisoformat(period["end"]),
                              str(period["label"])),
                pdf=str(data["pdf"]), sha256=str(data["sha256"]),
                recipients=tuple(str(r) for r in data["recipients"]), message_id=str(data["message_id"]))


def read(folder: Path) -> list[Sent]:
    """Every record in ``folder/sent.jsonl``, oldest first; none when there is no log."""
    path = folder / LOG_NAME
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        raise OutputError(f"{path}: cannot be read ({error})") from None
    records = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            records.append(_record(text))
        except (ValueError, KeyError, TypeError) as error:
            raise OutputError(f"{path}, line {number}: not a record of a sent briefing ({error}); "
                                "repair or remove that line") from None
    return records


def append(folder: Path, record: Sent) -> None:
    """Add one line, on disk before returning: a crash must not forget a message that went out."""
    path = folder / LOG_NAME
    try:
        with path.open("a", encoding="utf-8") as stream:
            stream.write(_line(record) + "\n")
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        raise OutputError(f"the briefing was sent, but {path} could not be written ({error}); "
                            "add the send to it by hand, or --again will be needed next time") from None


def latest_issued(records: list[Sent], label: str, below: int | None = None) -> Sent | None:
    """The highest revision of the period ``label`` that was sent (below revision ``below``)."""
    issued = [r for r in records if r.period.label == label and (below is None or r.revision < below)]
    return max(issued, key=lambda r: (r.revision, r.time), default=None)


def earlier_sends(records: list[Sent], sha256: str, recipients: tuple[str, ...]) -> list[Sent]:
    """Sends of the same PDF bytes that reached any of ``recipients``."""
    wanted = {r.lower() for r in recipients}
    return [r for r in records if r.sha256 == sha256 and wanted & {a.lower() for a in r.recipients}]
