"""Child processes that never outlive the build: how many, and how they die with it."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import gc
import os
import signal
from collections.abc import Iterator
from typing import Any

from .errors import shown

_PR_SET_PDEATHSIG = 1


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity, as a container or ``taskset`` sets
    it), not the machine's count."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@functools.lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    """The C library: the running program's own symbols, which hold it on Linux (looking its
    name up runs ``ldconfig``, in every child), else found by name."""
    with contextlib.suppress(OSError, AttributeError):
        own = ctypes.CDLL(None, use_errno=True)
        if hasattr(own, "prctl"):
            return own
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name, use_errno=True) if name else None
    except OSError:
        return None


def die_with_parent(parent: int) -> None:
    """In a forked child: be killed when ``parent`` (the build) dies, however it dies, so a
    ``kill -9`` of the build leaves no renderer or worker running. Linux only; elsewhere
    the children end when their pipe to the parent closes."""
    libc = _libc()
    if libc is not None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """No cyclic garbage collection in this process for a while: tens of thousands of frozen
    records hold no cycles, yet each full collection walks them all (a third of a warm
    re-run of 10,000 articles). Reference counting still frees them. Child processes
    started meanwhile collect as usual (see :func:`start_child`)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def start_child(parent: int) -> None:
    """What every worker does first: die with the build, collect its own garbage, and end
    quietly when the build has gone: a result written to a pipe the build closed (it failed,
    or was interrupted) ends the worker as any Unix tool ends, not with a BrokenPipeError
    traceback on the terminal under the build's one Error line. What it inherited from the
    build (the modules, their compiled patterns, the warmed caches) is set aside from its
    collections: alive in the build, never garbage here, yet each full collection walked it."""
    gc.freeze()
    gc.enable()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    die_with_parent(parent)


def start_served_child(parents_end: Any, parent: int, quiet: bool) -> None:
    """What a worker serving one pipe does first: let go of the parent's end (else it holds it
    open and never sees it close), start as every worker does, and under ``-q`` silence what
    C libraries print."""
    parents_end.close()
    start_child(parent)
    if quiet:
        silence_stderr()


def quiet_libraries() -> None:
    """``-q``: no library's warning reaches the user, in this process or its children (ours
    are printed, or not, by the command line)."""
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    os.environ["PYTHONWARNINGS"] = "ignore"


def silence_stderr() -> None:
    """In a child whose errors travel to the parent over a pipe: C libraries (fontconfig,
    Pango) print their warnings straight to file descriptor 2; under ``-q`` they go nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def check_environment() -> list[str]:
    """Settings in the environment that would break a library, each made harmless, with a
    one-line note. ``SOURCE_DATE_EPOCH`` (read by matplotlib and fontTools, which fail on
    anything but an integer) is not needed: the outputs take their dates from the input."""
    notes = []
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and not _usable_epoch(epoch):
        del os.environ["SOURCE_DATE_EPOCH"]
        notes.append(f"SOURCE_DATE_EPOCH={shown(epoch[:40])!r} is not a whole number of seconds; ignored "
                     "(it must fall between 1970 and 9999, and the briefing's dates come from its "
                     "input, so it is not needed)")
    return [*notes, *filter(None, [missing_fast_subsetting()])]


def _usable_epoch(epoch: str) -> bool:
    """A time the libraries can turn into a date: whole seconds, 1970 to the end of 9999."""
    text = epoch.strip()
    return text.isascii() and text.isdigit() and len(text) <= 12 and int(text) <= LAST_EPOCH


LAST_EPOCH = 253_402_300_799  # 9999-12-31T23:59:59Z


def missing_fast_subsetting() -> str | None:
    """A warning when HarfBuzz's subsetting library is absent: WeasyPrint then falls back to
    fontTools without a word, writing PDFs about 3x slower and different on every run."""
    import ctypes.util

    if ctypes.util.find_library("harfbuzz-subset"):
        return None
    return ("libharfbuzz-subset is not installed, so PDFs are written about 3 times slower and "
            "are not byte-for-byte reproducible; install it with "
            "'apt-get install libharfbuzz-subset0' (scripts/setup.sh does)")
