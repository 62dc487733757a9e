"""The PDF renderer in a second process, started before anything else is imported.

WeasyPrint's import is the largest part of a cold build (about 0.45 s). This module
imports nothing of ours, so the command line can start the renderer first; it then
imports WeasyPrint on the second core while this process loads the extractor and reads
the articles.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class PdfRenderer:
    """Renders the PDF in a second process that imports WeasyPrint at once.

    The import is the largest part of a cold build (about 0.45 s); started first, it
    runs on the second core while this process reads and extracts the articles. The
    renderer asks for each chart over the pipe when WeasyPrint needs it, and reports
    what its fetcher refused. On one core it renders here instead.
    """

    def __init__(self) -> None:
        import multiprocessing
        import os

        self._conn: Any = None
        self._process: Any = None
        if (os.cpu_count() or 1) < 2:
            return
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()

    def render(self, html: str, charts: Mapping[str, str], variant: str | None) -> tuple[bytes, list[str]]:
        """The PDF and the URLs the fetcher refused."""
        if self._conn is None:
            from .render import make_fetcher, to_pdf

            fetcher = make_fetcher(charts)
            return to_pdf(html, charts, fetcher, variant), list(fetcher.refused)
        self._conn.send((html, variant))
        while True:
            try:
                message = self._conn.recv()
            except EOFError:
                raise RuntimeError("the PDF renderer process stopped unexpectedly") from None
            if message[0] == "chart":
                self._conn.send(charts.get(message[1]))  # may wait for the drawing process
            elif message[0] == "pdf":
                return message[1], message[2]
            else:
                raise RuntimeError(f"rendering the PDF failed: {message[1]}")

    def close(self) -> None:
        if self._process is not None:
            self._conn.close()
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.terminate()
            self._process = None

    def __enter__(self) -> PdfRenderer:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


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


def _serve(conn: Any) -> None:
    import weasyprint  # noqa: F401 - paid now, while the parent extracts

    try:
        html, variant = conn.recv()
    except EOFError:
        return  # the build stopped before there was anything to render
    try:
        from .render import make_fetcher, to_pdf

        fetcher = make_fetcher(_RemoteCharts(conn))
        pdf = to_pdf(html, {}, fetcher, variant)
        conn.send(("pdf", pdf, list(fetcher.refused)))
    except Exception as error:  # reported to the parent, which raises it
        conn.send(("error", f"{type(error).__name__}: {error}"))
