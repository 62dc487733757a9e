"""The records' files a build writes beside its PDF (the JSON, the events and figures tables),
made once: when every input file, the package and the settings are those of the last run,
its bytes are written again rather than made again.

They are kept in the cache, compressed, under :func:`export_key`: a digest of everything the
briefing's records follow from (the run's files by name, id and key, which cover the package
and the topic; the desk's files; the period; the settings the records depend on). The store
holds one set, the last run's. What comes back is bytes written as they are, as the last
PDF's are (a planted row could only hold what its writer could put in the output folder
itself); a set that is not whole, or does not decompress to its end, is not used.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, cast

from .model import Briefing

TABLE = "exports"
CHUNK = 1 << 20
Writer = Callable[[IO[bytes]], object]


def export_key(digest: str | None, settings: str) -> str | None:
    """The key of a run's records' files: ``digest`` is the run's (None when an input has
    none, so nothing is kept or reused), ``settings`` the rest the briefing follows from."""
    if digest is None:
        return None
    return hashlib.sha256(f"{digest}\0{settings}".encode("utf-8", "replace")).hexdigest()


def _writers(briefing: Briefing) -> dict[str, Writer]:
    from . import export, tables

    return {"json": lambda stream: export.write_json(stream, briefing.extraction, briefing),
            "events.csv": lambda stream: stream.write(tables.events_csv(briefing.extraction)),
            "figures.csv": lambda stream: stream.write(tables.figures_csv(briefing.extraction))}


class Exports:
    """This build's records' files: the last run's when ``key`` is the same, else made now
    (and then kept, by :meth:`keep`, once every output of the build is written)."""

    def __init__(self, store: Any, key: str | None) -> None:
        self.store, self.key = store, key
        self.kept: dict[str, bytes] = {}
        found = {name: store.get_blob(TABLE, f"{key}:{name}") for name in ("json", "events.csv",
                                                                             "figures.csv")} if key else {}
        whole = all(blob is not None and _whole(blob) for blob in found.values())
        self.found: dict[str, bytes] = cast(dict[str, bytes], found) if found and whole else {}

    def outputs(self, base: Path, briefing: Briefing, pdf: Callable[[], bytes],
                page: Callable[[], bytes] | None) -> dict[Path, Writer]:
        """Every file of a build, to be written as a set: the JSON and its two CSV tables first,
        then the PDF and the HTML page when asked for, each made when its file is written (so the
        records' files are written while the renderer lays out the page)."""
        outputs: dict[Path, Writer] = {}
        for name, make in _writers(briefing).items():
            outputs[base.with_name(f"{base.name}.{name}")] = self._writer(name, make)
        outputs[base.with_name(base.name + ".pdf")] = lambda stream: stream.write(pdf())
        if page is not None:
            outputs[base.with_name(base.name + ".html")] = lambda stream: stream.write(page())
        return outputs

    def _writer(self, name: str, make: Writer) -> Writer:
        if name in self.found:
            return lambda stream: _unpack_into(stream, self.found[name])

        def write(stream: IO[bytes]) -> None:
            packing = _Packing(stream)
            make(cast(IO[bytes], packing))
            self.kept[name] = packing.blob()

        return write

    def page(self, page_id: str | None) -> str | None:
        """The HTML page kept beside the files under ``page_id`` (``render.page_key``), if any."""
        return self.store.get_text(TABLE, f"{page_id}:page.html") if page_id else None

    def keep(self, page_id: str | None = None, html: str | None = None) -> None:
        """Keep the files made now as the store's one set (the last run's), then the page made
        now, ``html``, beside them (after: a new set empties the table)."""
        if self.key is not None and not self.found and len(self.kept) == 3:
            for number, (name, blob) in enumerate(self.kept.items()):
                self.store.put_blob(TABLE, f"{self.key}:{name}", blob, only=number == 0)
        if page_id and html is not None:
            self.store.put_bytes(TABLE, f"{page_id}:page.html", html.encode("utf-8"))


class _Packing:
    """A stream that writes through and keeps a compressed copy of what went by."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.zip = zlib.compressobj(1)
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(self.zip.compress(data))
        return self.stream.write(data)

    def blob(self) -> bytes:
        return b"".join(self.parts) + self.zip.flush()


def _pieces(blob: bytes) -> Any:
    unzip = zlib.decompressobj()
    for at in range(0, len(blob), CHUNK):
        yield unzip.decompress(blob[at:at + CHUNK])
    yield unzip.flush()
    if not unzip.eof or unzip.unused_data:
        raise zlib.error("not one whole stream")


def _whole(blob: bytes) -> bool:
    """Whether ``blob`` decompresses, to its end, as one stream (checked before any is used)."""
    try:
        for _ in _pieces(blob):
            pass
    except zlib.error:
        return False
    return True


def _unpack_into(stream: IO[bytes], blob: bytes) -> None:
    for piece in _pieces(blob):
        stream.write(piece)
