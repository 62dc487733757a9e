"""The output folder: held by one build at a time, written last and as a set.

Every output (PDF, JSON, HTML) is first written in full to a hidden temporary file
beside its final name; only when all of them are complete are they renamed over last
run's files. A run that fails for any reason, a full disk included, leaves last run's
outputs exactly as they were, and its temporary files are removed (or, after a
``kill -9``, removed by the next run). Libraries that keep caches of their own
(matplotlib, fontconfig) keep them inside the tool's cache folder, never in the home
folder or ``/tmp``.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .cache import CACHE_DIR
from .errors import OutputError, shown

PARTIAL = ".part"  # the suffix of our temporary files, so a later run can clear a killed one's


@dataclass(frozen=True)
class Folder:
    """An output folder this process holds: ``cache`` is the tool's cache folder, or None
    when the cache is off; ``scratch`` a private folder for this run's temporary files."""

    path: Path
    cache: Path | None
    scratch: Path
    notes: tuple[str, ...] = ()


@contextlib.contextmanager
def hold(output: Path, use_cache: bool = True) -> Iterator[Folder]:
    """Create and lock ``output`` for this build; a second build into it is told it is busy.

    The lock is on the folder itself (flock), so it needs no lock file and is released
    whenever the process ends, however it ends.
    """
    with locked(output):
        _clear_partials(output)
        cache, notes = _cache_folder(output) if use_cache else (None, ())
        try:
            scratch = Path(tempfile.mkdtemp(prefix=".briefing-run-", dir=output))
        except OSError as error:
            raise OutputError(f"-o {shown(output)}: cannot write into the folder "
                              f"({error.strerror or error}); give a folder you can write to") from None
        try:
            yield Folder(output, cache, scratch, notes)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


_HELD: dict[tuple[int, int], int] = {}  # folders this process has locked: (device, inode) -> depth


@contextlib.contextmanager
def locked(output: Path) -> Iterator[None]:
    """Hold ``output`` (created if need be) against every other build or send, until the
    block ends; a second process is told it is busy. Within one process the lock is
    re-entrant: ``send`` holds it around its build, its repeat check, the delivery and the
    log line, so nothing can come between them."""
    handle = _open_folder(output)
    info = os.fstat(handle)
    key = (info.st_dev, info.st_ino)
    try:
        if key not in _HELD:
            _lock(handle, output)
        _HELD[key] = _HELD.get(key, 0) + 1
        try:
            yield
        finally:
            _HELD[key] -= 1
            if not _HELD[key]:
                del _HELD[key]
    finally:
        os.close(handle)  # the last descriptor of the lock's open file: the lock goes with it


def _lock(handle: int, output: Path) -> None:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
            raise OutputError(f"{shown(output)} is busy: another briefing build is writing into it, or a "
                              "send is under way; wait for it to finish or give another -o") from None
        raise OutputError(f"{shown(output)}: cannot be locked ({error.strerror or error})") from None


def _open_folder(output: Path) -> int:
    try:
        output.mkdir(parents=True, exist_ok=True)
        return os.open(output, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(f"-o {output}: that path, or a folder above it, is a file; give a folder "
                            "for the briefing") from None
    except OSError as error:
        raise OutputError(f"-o {output}: the folder cannot be created or opened "
                            f"({error.strerror or error}); give a folder you can write to") from None


def _clear_partials(output: Path) -> None:
    """Temporary files of a run that was killed: ours, and no other run is writing now."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(output):
            if entry.name.startswith(".briefing") and (entry.name.endswith(PARTIAL) or ".briefing-run-" in
                                                       entry.name):
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        Path(entry.path).unlink()


def _cache_folder(output: Path) -> tuple[Path | None, tuple[str, ...]]:
    """``OUTPUT/.cache`` when it is (or can be made) a folder; else None and why."""
    folder = output / CACHE_DIR
    try:
        folder.mkdir(exist_ok=True)
        if stat.S_ISDIR(folder.lstat().st_mode):
            return folder, ()
        why = "it is not a folder"
    except FileExistsError:
        why = "it is not a folder"
    except OSError as error:
        why = f"it cannot be made a folder: {error.strerror or error}"
    return None, (f"{folder} is not used as the cache ({why}); every file was read again",)


def library_caches(folder: Folder) -> dict[str, str]:
    """Where matplotlib and fontconfig keep their caches: under the tool's cache folder
    (a scratch folder removed at the end when the cache is off), set in the environment
    before any child process starts."""
    base = folder.cache if folder.cache is not None and _own(folder.cache) else folder.scratch
    values = {"MPLCONFIGDIR": str(base / "matplotlib"), "XDG_CACHE_HOME": str(base)}
    os.environ.update(values)
    return values


def library_caches_in(output: Path) -> dict[str, str]:
    """:func:`library_caches` for a run that holds ``output`` but builds nothing (``send --pdf``):
    the tool's cache folder, or a scratch folder the next run clears."""
    cache, _ = _cache_folder(output)
    if cache is not None and _own(cache):
        return library_caches(Folder(output, cache, cache))
    return library_caches(Folder(output, None, Path(tempfile.mkdtemp(prefix=".briefing-run-", dir=output))))


LIBRARY_CACHES = ("matplotlib", "fontconfig")  # the folders matplotlib and fontconfig write in ``base``


def _own(base: Path) -> bool:
    """Whether the libraries' cache folders in ``base`` are folders of its own (or not made
    yet): one linked elsewhere would have them write outside the output folder."""
    for name in LIBRARY_CACHES:
        try:
            if not stat.S_ISDIR((base / name).lstat().st_mode):
                return False
        except FileNotFoundError:
            continue
        except OSError:
            return False
    return True


Writer = Callable[[IO[bytes]], object]


def write_set(outputs: dict[Path, Writer]) -> None:
    """Write every output to a temporary file beside it; then, only if all succeeded, rename
    each over its final name. On failure nothing is replaced and no temporary is left."""
    written: list[tuple[Path, Path]] = []
    try:
        for path, write in outputs.items():
            written.append((_write_temporary(path, write), path))
    except BaseException as error:
        for temporary, _ in written:
            with contextlib.suppress(OSError):
                temporary.unlink()
        if isinstance(error, OSError):
            path = next(p for p in outputs if all(p != final for _, final in written))
            raise OutputError(f"cannot write {path} ({error.strerror or error}); nothing was replaced: "
                                "last run's files are as they were. Free some space or give another -o"
                                ) from None
        raise
    for temporary, path in written:
        temporary.replace(path)


def _write_temporary(path: Path, write: Writer) -> Path:
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PARTIAL, dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o666 & ~umask)  # mkstemp makes 0600; a briefing is for sharing
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def write_atomically(path: Path, data: bytes) -> None:
    """One output, written as :func:`write_set` writes a set."""
    write_set({path: lambda stream: stream.write(data)})


def regular_target(path: Path) -> None:
    """Refuse to replace anything but a regular file (or nothing): not a device, a pipe, a
    folder or a symbolic link, whatever it points to."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise OutputError(f"{path}: cannot be checked ({error.strerror or error})") from None
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(f"{path} is a symbolic link; give the path of a regular file, or '-' for "
                            "standard output")
    if not stat.S_ISREG(info.st_mode):
        from .discover import describe_mode

        raise OutputError(f"{path} is {describe_mode(info.st_mode)}, not a regular file; give the path of "
                            "a file, or '-' for standard output")
