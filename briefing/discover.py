"""Which files under the input paths are read, and how each is opened.

Everything met on the way is accounted for: a symbolic link that is dangling, loops, or
leads out of the input folder (followed only with ``follow_links``), a folder that
cannot be read, a named pipe, socket or device: each becomes a :class:`Problem` naming
what it is. Nothing here ever blocks: files are opened without waiting and read only
when they are regular files, so a pipe swapped in after discovery is refused, not
waited on. Our own outputs are never read back as inputs.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import FileKind, Problem

SETTINGS_NAME = "briefing.toml"
# the desk's files beside the articles (README, "Corrections" and "The desk's comment"): not articles
DESK_NAMES = frozenset({"corrections.toml", "notes.md"})
# what a build and a review write into OUTPUT
OUTPUT_NAME = re.compile(r"(briefing-.+\.(pdf|json|html|csv))|(review-.+\.(html|csv|toml))")


@dataclass(frozen=True)
class InputFile:
    """One file to read. ``path`` is what is opened (a followed link's target), ``shown``
    the name the user knows it by, printable whatever bytes the name holds; ``id`` is the
    base of its articles' ids, unique among the run's files."""

    path: Path
    shown: str
    id: str


@dataclass(frozen=True)
class Discovery:
    files: tuple[InputFile, ...]
    problems: tuple[Problem, ...]


def printable(path: Path | str | bytes) -> str:
    """A path as text that can always be printed and encoded: bytes of a name that are not
    UTF-8 become U+FFFD (the name is still opened by its real bytes)."""
    return os.fsencode(path).decode("utf-8", "replace")


def describe_mode(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


class _Walk:
    """One walk over the inputs; each real folder is walked once, whatever leads to it.
    Paths are strings here (pathlib costs more than the walk itself on 10,000 files)."""

    def __init__(self, roots: list[Path], output: Path | None, follow_links: bool,
                 own: Iterable[Path] = ()) -> None:
        self.roots = [os.path.realpath(r) for r in roots]
        self.output = os.path.realpath(output) if output is not None else None
        self.own = {os.path.realpath(p) for p in own}
        self.follow_links = follow_links
        self.seen: set[tuple[int, int]] = set()
        self.files: list[tuple[str, str]] = []  # (as named, what to open)
        self.problems: list[Problem] = []

    def report(self, path: str, kind: FileKind, message: str) -> None:
        self.problems.append(Problem(printable(path), "discover", message, "warning", kind))

    def inside(self, real: str) -> bool:
        return any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in self.roots)

    def own_output(self, real: str) -> bool:
        """The output folder, a file a build wrote into it (-o may be the input folder), or
        the very file being written (extract --json)."""
        if real in self.own:
            return True
        if self.output is None:
            return False
        folder, name = os.path.split(real)
        return real == self.output or (folder == self.output and bool(OUTPUT_NAME.fullmatch(name)))

    def root(self, path: Path) -> None:
        named = os.fspath(path)
        try:
            info = os.stat(named)
        except OSError as error:
            self.report(named, "unreadable", f"cannot be read ({error.strerror or error})")
            return
        self.kind(named, os.path.realpath(named), info, "", wanted="a file or folder")

    def folder(self, path: str, real: str, info: os.stat_result) -> None:
        """Walk a folder; ``real`` is its path with every link resolved."""
        if (info.st_dev, info.st_ino) in self.seen:
            return
        self.seen.add((info.st_dev, info.st_ino))
        try:
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda e: os.fsencode(e.name))
        except OSError as error:
            self.report(path, "unreadable", f"a folder that cannot be read ({error.strerror or error}); "
                        "its files were not read")
            return
        for entry in entries:
            self.entry(entry.path, os.path.join(real, entry.name), entry)

    def entry(self, path: str, real: str, entry: os.DirEntry[str]) -> None:
        name = entry.name
        if name.startswith(".") or name == SETTINGS_NAME:
            return  # hidden files and the settings: not articles, by the README's rule
        if name in DESK_NAMES and os.path.dirname(real) in self.roots:
            return  # the desk's files beside the clippings (a notes.md deeper down is a clipping)
        try:
            if entry.is_symlink():
                self.link(path)
                return
            info = entry.stat(follow_symlinks=False)
        except OSError as error:
            self.report(path, "unreadable", f"cannot be read ({error.strerror or error})")
            return
        if self.own_output(real) or (stat.S_ISDIR(info.st_mode) and name == "output"):
            return  # our own outputs, and the default output folder, are never inputs
        self.kind(path, real, info, "")

    def kind(self, path: str, real: str, info: os.stat_result, via: str, wanted: str = "a file") -> None:
        """A file is kept, a folder walked, anything else reported (``via``: how it was reached)."""
        if stat.S_ISREG(info.st_mode):
            self.files.append((path, real))
        elif stat.S_ISDIR(info.st_mode):
            self.folder(path, real, info)
        else:
            self.report(path, "not-a-file", f"{via}{describe_mode(info.st_mode)}, not {wanted}; not read")

    def link(self, path: str) -> None:
        target = os.readlink(path)
        try:
            real = os.fspath(Path(path).resolve(strict=True))
        except FileNotFoundError:
            self.report(path, "link", f"a symbolic link to {printable(target)}, which does not exist; "
                        "not read")
            return
        except (RuntimeError, OSError) as error:
            if isinstance(error, RuntimeError) or error.errno == errno.ELOOP:
                self.report(path, "link", "a symbolic link that loops back on itself; not read")
            else:
                self.report(path, "link", f"a symbolic link to {printable(target)}, which cannot be "
                            f"reached ({error.strerror or error}); not read")
            return
        if self.own_output(real):
            return
        if not self.inside(real) and not self.follow_links:
            self.report(path, "link", f"a symbolic link to {printable(real)}, outside the input folder; "
                        "not followed (--follow-links follows it)")
            return
        try:
            info = os.stat(real)
        except OSError as error:
            self.report(path, "link", f"a symbolic link whose target cannot be read "
                        f"({error.strerror or error}); not read")
            return
        if stat.S_ISDIR(info.st_mode) and (info.st_dev, info.st_ino) in self.seen:
            self.report(path, "link", f"a symbolic link to the folder {printable(real)}, which is read "
                        "already; not read twice")
            return
        self.kind(path, real, info, "a symbolic link to ")


def discover(inputs: Iterable[Path], output: Path | None = None, follow_links: bool = False,
             own: Iterable[Path] = ()) -> Discovery:
    """The files to read under ``inputs``, in a stable order, and every entry that is not read
    with the reason. ``output``: the build's output folder; ``own``: files this run writes
    elsewhere (extract's JSON); neither is ever read as input."""
    roots = list(inputs)
    walk = _Walk(roots, output, follow_links, own)
    for root in roots:
        walk.root(root)
    # A file named twice (``extract a.txt a.txt``) is read once; names that print alike
    # (undecodable bytes) stay apart, ordered by their bytes.
    named = {os.fsencode(path): real for path, real in walk.files}
    shown = {raw: printable(raw) for raw in named}
    order = sorted(named, key=lambda raw: (shown[raw], raw))
    ids = article_ids([shown[raw] for raw in order])
    files = tuple(InputFile(Path(named[raw]), shown[raw], i) for raw, i in zip(order, ids, strict=True))
    return Discovery(files, tuple(sorted(walk.problems, key=lambda p: p.path)))


_NOT_IN_ID = re.compile(r"[^\w-]+")


def article_ids(paths: Iterable[str | Path]) -> list[str]:
    """Ids for files, unique by construction and stable for a given list.

    The base is the file name's stem with every run of other characters made "-" (so it
    holds only letters, digits, "_" and "-"). The second and later files with the same
    base get "~2", "~3", ...; a feed's items add ".N" (see ingest). Neither "~" nor "."
    can occur in a base, so no file's id can equal another's, nor an item's.
    """
    ids: list[str] = []
    used: dict[str, int] = {}
    for path in paths:
        stem = os.path.splitext(os.path.basename(path))[0]
        base = _NOT_IN_ID.sub("-", stem).strip("-") or "article"
        count = used.get(base, 0) + 1
        used[base] = count
        ids.append(base if count == 1 else f"{base}~{count}")
    return ids


def item_id(base: str, number: int) -> str:
    """The id of the ``number``-th item of a feed whose file has id ``base``."""
    return f"{base}.{number}"


class NotRegular(Exception):
    """A path that is not a regular file (any more): what it is, in words."""

    def __init__(self, kind: FileKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them, without ever blocking.

    Raises :class:`NotRegular` for a pipe, device, socket or folder (opened without
    waiting, then checked, so a pipe swapped in for a file is refused, not read), for a
    file over ``limit`` bytes ("too-large") and for one that cannot be opened or read
    ("unreadable").
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        raise NotRegular("unreadable", f"cannot be read ({error.strerror or error}); "
                         "check that it exists and its permissions") from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular("not-a-file", f"{describe_mode(info.st_mode)}, not a file; not read")
        if info.st_size > limit:
            raise NotRegular("too-large", f"file is {info.st_size:,} bytes, over the {limit:,}-byte limit; "
                             f"raise it with --max-size {info.st_size // 1_000_000 + 1} (MB) or split "
                             "the file")
        data = b"".join(_chunks(handle, limit + 1))
    except OSError as error:
        raise NotRegular("unreadable", f"cannot be read ({error.strerror or error})") from None
    finally:
        os.close(handle)
    if len(data) > limit:  # grew after the check
        raise NotRegular("too-large", f"file is over the {limit:,}-byte limit; raise it with --max-size "
                         "or split the file")
    return data


def _chunks(handle: int, most: int) -> Iterator[bytes]:
    while most > 0:
        chunk = os.read(handle, min(most, 1 << 20))
        if not chunk:
            return
        most -= len(chunk)
        yield chunk
