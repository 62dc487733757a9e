"""The chart drawer in a process started with the build, like the PDF renderer.

Importing matplotlib (and building its font list in a new output folder's cache) took
about 1 s of a cold build, paid after the text was extracted, while the renderer waited
for the charts. Started first, the drawer imports matplotlib while this process reads and
extracts, and draws as soon as the briefing is assembled. It is started only when the
charts are likely to be drawn (no cache yet): a re-run takes its charts from the cache and
should not pay for the import.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .charts import Drawing

__all__ = ["ChartDrawer"]


class ChartDrawer:
    """Draws charts in a second process that imports matplotlib at once. :meth:`submit`
    returns an answer whose ``result()`` is every chart's SVG by metric (``get(metric)``: as
    soon as that one is drawn); it raises
    ``BrokenProcessPool`` when the process has died, and the caller then draws here
    (see :class:`briefing.charts.Pending`). Like the renderer, the child dies with this
    process and ends when its pipe closes."""

    def __init__(self, quiet: bool = False) -> None:
        import multiprocessing
        import os

        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process: Any = context.Process(target=_serve, args=(child, self._conn, os.getpid(), quiet),
                                             daemon=True)
        self._process.start()
        child.close()

    def submit(self, drawings: Sequence[Drawing]) -> _Answer:
        """Draw ``drawings`` there; the answer waits for them."""
        with contextlib.suppress(OSError):  # the process died: the answer says so, and the caller draws here
            self._conn.send(list(drawings))
        return _Answer(self._conn)

    def close(self) -> None:
        """Stop the drawer (at once: it holds nothing the build needs once answered)."""
        if self._process is None:
            return
        self._conn.close()
        self._process.terminate()
        self._process.join(timeout=2)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._process = None

    def __enter__(self) -> ChartDrawer:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class _Answer:
    """The drawer's answer to one :meth:`ChartDrawer.submit`, read as its charts are wanted:
    they come a few at a time, then "done"."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._got: dict[str, str] = {}
        self._done = False
        self._failed: BaseException | None = None  # the drawer's error, said again if asked again

    def get(self, metric: str) -> dict[str, str]:
        """The charts drawn so far, once ``metric`` is among them (or all have come)."""
        while metric not in self._got and not self._done:
            self._next()
        return dict(self._got)

    def result(self) -> dict[str, str]:
        while not self._done:
            self._next()
        return dict(self._got)

    def _next(self) -> None:
        from concurrent.futures.process import BrokenProcessPool

        if self._failed is not None:
            raise self._failed
        try:
            kind, value = self._conn.recv()
        except (EOFError, OSError):
            self._failed = BrokenProcessPool("the chart process stopped")
            raise self._failed from None
        if kind == "error":
            self._failed = value
            raise value
        if kind == "done":
            self._done = True
        else:
            self._got.update(value)


def warm() -> None:
    """Import what drawing a chart or the map needs."""
    with _no_metric_files():
        import matplotlib.font_manager
    import matplotlib.backends.backend_agg
    import matplotlib.backends.backend_svg
    import matplotlib.figure
    import matplotlib.lines
    import matplotlib.transforms  # noqa: F401

    from . import charts, eventmap  # noqa: F401


@contextlib.contextmanager
def _no_metric_files() -> Iterator[None]:
    """In a new cache folder matplotlib builds its list of fonts by reading every font file
    it can find; most of that time (about 0.2 s of CPU, on the charts' path to the page) goes on
    parsing its 61 Adobe metric files in Python. The charts use only the TrueType DejaVu Sans
    that matplotlib ships (SVG with text as text), so while the list is built the metric-file
    reader refuses, and matplotlib leaves those fonts out of the list, as it leaves out any
    font it cannot read. The list is kept in the output folder's cache. Should matplotlib
    change its reader's name, the list is built in full, as before."""
    try:
        from matplotlib import _afm
    except ImportError:
        yield
        return
    reader = getattr(_afm, "AFM", None)
    if reader is None:
        yield
        return

    def refuse(*_: object, **__: object) -> None:
        raise ValueError("Adobe font metrics are not used by the charts")

    _afm.AFM = refuse  # type: ignore[misc,assignment]
    try:
        yield
    finally:
        _afm.AFM = reader  # type: ignore[misc]


# The drawer yields the CPU to the build and the renderer: their work is on the way to the
# page from the start, while the charts are wanted only once the page is laid out.
NICER = 4


def _serve(conn: Any, parents_end: Any, parent: int, quiet: bool) -> None:
    from .processes import start_served_child

    start_served_child(parents_end, parent, quiet)
    with contextlib.suppress(OSError):
        os.nice(NICER)
    warm()  # paid now, while the parent extracts
    while True:
        try:
            drawings = conn.recv()
        except (EOFError, OSError):
            return
        _answer(conn, drawings)


def _answer(conn: Any, drawings: Sequence[Drawing]) -> None:
    """The charts two at a time, in the page's order, each pair sent when drawn (the renderer
    draws the pages before the last charts with the first ones), then "done"."""
    for first in range(0, len(drawings), 2):
        try:
            answer: tuple[str, Any] = ("charts", _draw_shared(drawings[first:first + 2]))
        except Exception as error:  # reported to the parent, which raises it
            answer = ("error", error)
        _send(conn, answer)
        if answer[0] == "error":
            return
    _send(conn, ("done", None))


def _send(conn: Any, answer: tuple[str, Any]) -> None:
    try:
        conn.send(answer)
    except Exception:  # an error that cannot be pickled: its name and text
        conn.send(("error", RuntimeError(f"{type(answer[1]).__name__}: {answer[1]}")))


def _draw_shared(drawings: Sequence[Drawing]) -> dict[str, str]:
    """Every chart, half of them drawn by a helper forked now (matplotlib already imported):
    while the charts are drawn the renderer waits for them, so the second core is free. A
    helper that dies leaves its half to be drawn here."""
    import os
    import pickle

    from .charts import render_chart
    from .processes import usable_cpus

    if len(drawings) < 2 or usable_cpus() < 2:
        return {d.metric: render_chart(d) for d in drawings}
    mine, theirs = list(drawings[0::2]), list(drawings[1::2])
    reading, writing = os.pipe()
    helper = os.fork()
    if helper == 0:  # the helper: draw, write the answer, and end without running any cleanup
        os.close(reading)
        _help(writing, theirs)
    os.close(writing)
    drawn = {d.metric: render_chart(d) for d in mine}
    with os.fdopen(reading, "rb") as answer:
        data = answer.read()
    os.waitpid(helper, 0)
    _, value = pickle.loads(data) if data else ("charts", {d.metric: render_chart(d) for d in theirs})
    if isinstance(value, BaseException):
        raise value
    drawn.update(value)
    return {d.metric: drawn[d.metric] for d in drawings}


def _help(writing: int, drawings: list[Drawing]) -> None:
    import os
    import pickle

    from .charts import render_chart
    from .processes import start_child

    try:
        start_child(os.getppid())
        try:
            answer: tuple[str, Any] = ("charts", {d.metric: render_chart(d) for d in drawings})
        except Exception as error:
            answer = ("error", error)
        try:
            data = pickle.dumps(answer)
        except Exception:  # an error that cannot be pickled: its name and text
            data = pickle.dumps(("error", RuntimeError(f"{type(answer[1]).__name__}: {answer[1]}")))
        with os.fdopen(writing, "wb") as stream:
            stream.write(data)
    finally:
        os._exit(0)
