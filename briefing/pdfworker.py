"""The PDF renderer in a second process, started before anything else is imported.

WeasyPrint's import is the largest part of a cold build (about 0.45 s). This module
imports nothing of ours but the errors (click is loaded already), so the command line
can start the renderer first; it then imports WeasyPrint on the second core while this
process loads the extractor and reads the articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .errors import RenderError

__all__ = ["PdfRenderer", "RenderError"]


class PdfRenderer:
    """Renders the PDF in a second process that imports WeasyPrint at once.

    The import is the largest part of a cold build (about 0.45 s); started first, it
    runs on the second core while this process reads and extracts the articles. The
    renderer asks for each chart over the pipe when WeasyPrint needs it, and reports
    what its fetcher refused. On one usable CPU it renders here instead; so it does, with
    a note, when the renderer process has died (killed, out of memory).

    The child dies with this process (see :func:`briefing.processes.die_with_parent`) and
    holds only its own end of the pipe, so it also sees this process go away.
    """

    def __init__(self, quiet: bool = False) -> None:
        from .processes import usable_cpus

        self._conn: Any = None
        self._process: Any = None
        self._quiet = quiet
        self.notes: list[str] = []
        self._asked = False
        if usable_cpus() >= 2:
            self._start()

    def _start(self) -> None:
        import multiprocessing
        import os

        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child, self._conn, os.getpid(), self._quiet),
                                        daemon=True)
        self._process.start()
        child.close()

    def render(self, html: str, charts: Mapping[str, str], variant: str | None,
               sizes: Mapping[str, tuple[float, float]] | None = None) -> tuple[bytes, list[str]]:
        """The PDF and the URLs the fetcher refused (:meth:`ask`, then its answer)."""
        return self.ask(html, charts, variant, sizes)()

    def ask(self, html: str, charts: Mapping[str, str], variant: str | None,
            sizes: Mapping[str, tuple[float, float]] | None = None) -> Callable[[], tuple[bytes, list[str]]]:
        """Send the page to the renderer now; the answer, when called, waits for the PDF and the
        URLs the fetcher refused. Between the two the caller may work on this core (the build
        writes the records' files) while the renderer lays out the page on the other.
        ``sizes``: the charts' sizes in points, when known before they are drawn: the renderer
        then lays out the page while they are drawn and asks for them after (the answer
        hands them over). A renderer that dies (killed, out of memory, a crash in a C library)
        is started once more; a second death is an error."""
        if self._conn is None:
            return lambda: _render_here(html, charts, variant)
        wanted = dict(sizes or {})
        sent = self._send(html, variant, wanted)
        return lambda: self._answer(html, charts, variant, wanted, sent)

    def _send(self, html: str, variant: str | None, sizes: dict[str, tuple[float, float]]) -> bool:
        """Whether the page reached the pipe (a dead renderer is found, and replaced, by the answer)."""
        self._asked = True
        try:
            self._conn.send((html, variant, sizes))
        except OSError:
            return False
        return True

    def _answer(self, html: str, charts: Mapping[str, str], variant: str | None,
                sizes: dict[str, tuple[float, float]], sent: bool) -> tuple[bytes, list[str]]:
        for attempt in (1, 2):
            try:
                if attempt == 2 or not sent:
                    self._conn.send((html, variant, sizes))
                return self._receive(charts)
            except (EOFError, OSError):
                how = self._how_it_ended()
                self.close()
                if attempt == 2:
                    raise RenderError(f"the PDF renderer process stopped unexpectedly twice ({how}); "
                                      "nothing was written. Run again, and if it recurs, report it") from None
                self.notes.append(f"the PDF renderer process stopped unexpectedly ({how}); it was "
                                  "started again")
                self._start()
                self._asked = True
        raise AssertionError("unreachable")

    def _receive(self, charts: Mapping[str, str]) -> tuple[bytes, list[str]]:
        while True:
            message = self._conn.recv()
            if message[0] == "chart":
                self._conn.send(charts.get(message[1]))  # may wait for the drawing process
            elif message[0] == "pdf":
                return message[1], message[2]
            else:
                raise RenderError(message[1])

    def _how_it_ended(self) -> str:
        self._process.join(timeout=2)
        code = self._process.exitcode
        if code is None:
            return "no answer"
        return f"killed by signal {-code}" if code < 0 else f"exit status {code}"

    def close(self) -> None:
        """Stop the renderer: at once when it was never asked for a PDF (an error exit must
        not wait for WeasyPrint to finish importing), else after it has finished."""
        if self._process is None:
            return
        self._conn.close()
        if not self._asked:
            self._process.terminate()
        self._process.join(timeout=2)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._process = None
        self._conn = None
        self._asked = False

    def __enter__(self) -> PdfRenderer:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _render_here(html: str, charts: Mapping[str, str], variant: str | None) -> tuple[bytes, list[str]]:
    from .render import make_fetcher, to_pdf

    fetcher = make_fetcher(charts)
    try:
        return to_pdf(html, charts, fetcher, variant), list(fetcher.refused)
    except RenderError:
        raise
    except Exception as error:  # WeasyPrint's own failures, said in one line
        raise RenderError(f"rendering the PDF failed: {type(error).__name__}: {error}") from None


class _RemoteCharts(Mapping[str, str]):
    """Charts held by the parent process, fetched over the pipe when first needed."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._have: dict[str, str | None] = {}

    def __getitem__(self, metric: str) -> str:
        if metric not in self._have:
            self._conn.send(("chart", metric))
            self._have[metric] = self._conn.recv()
        svg = self._have[metric]
        if svg is None:
            raise KeyError(metric)
        return svg

    def __iter__(self) -> Iterator[str]:
        return iter([m for m, svg in self._have.items() if svg is not None])

    def __len__(self) -> int:
        return len(list(iter(self)))


def _serve(conn: Any, parents_end: Any, parent: int, quiet: bool) -> None:
    from .processes import start_served_child

    start_served_child(parents_end, parent, quiet)
    from .render import import_weasyprint, make_fetcher, to_pdf

    import_weasyprint()  # paid now, while the parent extracts
    try:
        html, variant, sizes = conn.recv()
    except (EOFError, OSError):
        return  # the build stopped before there was anything to render
    try:
        charts = _RemoteCharts(conn)
        fetcher = make_fetcher(charts)
        pdf = to_pdf(html, charts, fetcher, variant, sizes)
        conn.send(("pdf", pdf, list(fetcher.refused)))
    except RenderError as error:
        conn.send(("error", error.message))
    except Exception as error:  # reported to the parent, which raises it
        conn.send(("error", f"rendering the PDF failed: {type(error).__name__}: {error}"))
