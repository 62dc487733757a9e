"""The PDF renderer in a second process, started before anything else is imported.

WeasyPrint's import is the largest part of a cold build (about 0.45 s). This module
imports nothing of ours but the errors (click is loaded already), so the command line
can start the renderer first; it then imports WeasyPrint on the second core while this
process loads the extractor and reads the articles.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import BriefingError


class RenderError(BriefingError):
    """Rendering failed; the message says how."""


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
        import multiprocessing
        import os

        from .processes import usable_cpus

        self._conn: Any = None
        self._process: Any = None
        self.notes: list[str] = []
        self._asked = False
        if usable_cpus() < 2:
            return
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child, self._conn, os.getpid(), quiet),
                                        daemon=True)
        self._process.start()
        child.close()

    def render(self, html: str, charts: Mapping[str, str], variant: str | None) -> tuple[bytes, list[str]]:
        """The PDF and the URLs the fetcher refused."""
        if self._conn is None:
            return _render_here(html, charts, variant)
        self._asked = True
        try:
            self._conn.send((html, variant))
            while True:
                message = self._conn.recv()
                if message[0] == "chart":
                    self._conn.send(charts.get(message[1]))  # may wait for the drawing process
                elif message[0] == "pdf":
                    return message[1], message[2]
                else:
                    raise RenderError(f"rendering the PDF failed: {message[1]}")
        except (EOFError, OSError):
            self.notes.append(f"the PDF renderer process stopped unexpectedly ({self._how_it_ended()}); "
                              "the PDF was rendered in the main process instead")
            self.close()
            return _render_here(html, charts, variant)

    def _how_it_ended(self) -> str:
        self._process.join(timeout=1)
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

    def __enter__(self) -> PdfRenderer:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _render_here(html: str, charts: Mapping[str, str], variant: str | None) -> tuple[bytes, list[str]]:
    from .render import make_fetcher, to_pdf

    fetcher = make_fetcher(charts)
    try:
        return to_pdf(html, charts, fetcher, variant), list(fetcher.refused)
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

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter([m for m, svg in self._have.items() if svg is not None])

    def __len__(self) -> int:
        return len(list(iter(self)))


def _serve(conn: Any, parents_end: Any, parent: int, quiet: bool) -> None:
    from .processes import die_with_parent, silence_stderr

    parents_end.close()  # else this process holds the parent's end open and never sees it close
    die_with_parent(parent)
    if quiet:
        silence_stderr()
    import weasyprint  # noqa: F401 - paid now, while the parent extracts

    try:
        html, variant = conn.recv()
    except (EOFError, OSError):
        return  # the build stopped before there was anything to render
    try:
        from .render import make_fetcher, to_pdf

        fetcher = make_fetcher(_RemoteCharts(conn))
        pdf = to_pdf(html, {}, fetcher, variant)
        conn.send(("pdf", pdf, list(fetcher.refused)))
    except Exception as error:  # reported to the parent, which raises it
        conn.send(("error", f"{type(error).__name__}: {error}"))
