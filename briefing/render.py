"""Briefing -> HTML (Jinja2, autoescaped, strict) -> PDF (WeasyPrint, locked-down fetcher).

Article text is data: it reaches the page only through autoescaped template
variables, and WeasyPrint may read nothing but the template folder and the
charts this run drew. Everything else (file:, http:, data: from an article)
is refused and recorded.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import functools
import hashlib
import mimetypes
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .assemble import what_happened
from .charts import chart_titles
from .config import Settings
from .errors import NoFonts, RenderError, shown
from .eventmap import rings_drawn, unplaced, where_unplaced
from .figures import figure_text
from .model import Briefing, InputStatus, Statement, Tally
from .names import KIND_NAMES, STATEMENT_LABELS, StoryWords, dated_how, default_words
from .period import describe
from .revision import Revision
from .rows import SIDE_WORDS, cite_runs, figure, more_reports, outlets_line, row_text
from .text import squash, unquoted

if TYPE_CHECKING:  # Jinja2 is imported when the first page is rendered
    import jinja2

CHART_SCHEME = "briefing:"
SVG_TYPE = {"Content-Type": "image/svg+xml"}


def templates_dir() -> Path:
    """The templates: inside the package when installed from a wheel, else the checkout's."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "briefing.html").is_file():
            return candidate
    raise RenderError(f"the briefing's templates are not beside {here}; reinstall the package")


def environment(words: StoryWords | None = None,
                compiled: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    """The templates' Jinja2 environment: HTML templates autoescaped, plain-text (.txt) ones not;
    ``words``: the story's (the default profile's when None), as ``labels``, ``metric_words``
    and ``story.line(name)``; ``compiled``: where compiled templates are read (the installed
    ones by default)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    escape = select_autoescape(disabled_extensions=("txt",), default_for_string=True, default=True)
    env = Environment(loader=FileSystemLoader(templates_dir()), autoescape=escape,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      bytecode_cache=compiled or _installed_bytecode(BYTECODE))
    env.filters["day"] = lambda d: f"{d:%-d %b %Y}" if d else "date unknown"
    env.filters["figure"] = figure_text
    env.filters["sentence_case"] = lambda text: text[:1].upper() + text[1:]
    env.filters["longday"] = lambda d: f"{d:%A %-d %B %Y}"
    env.filters["day_short"] = lambda d: f"{d:%-d %b}" if d else "date unknown"
    env.filters["squash"] = lambda text: unquoted(squash(text))
    env.tests["search"] = lambda value, pattern: bool(value) and pattern in value
    env.filters["dated_how"] = lambda basis: dated_how(basis, "from")
    env.filters["shown"] = shown  # a file name as the terminal shows it: no control or bidi mark acts
    words = words or default_words()
    env.globals.update(labels=words.labels, metric_words=words.metric_words, story=words, describe=describe,
                       statement_labels=STATEMENT_LABELS, said_part=said_part,
                       what_happened=functools.partial(what_happened, words=words),
                       row_text=functools.partial(row_text, words=words),
                       chart_titles=chart_titles(words),
                       unplaced=unplaced, where_unplaced=where_unplaced, figure_of=figure,
                       rings_drawn=rings_drawn,
                       side_words=SIDE_WORDS,
                       cite_runs=cite_runs, more_reports=more_reports, outlets_line=outlets_line,
                       no_figures=no_figures, no_charts=no_charts)
    return env


QUOTE_WIDTH = 220  # characters of a statement's quote "Claims and statements" shows (the template's truncate)
SAID_LEAD = 80  # characters kept before a statement's own words, for its speaker ("X said in a statement")
SAID_ROOM = 60  # characters of a quote that must fit after its own words' start for a plain cut at the end


def said_part(statement: Statement, width: int = QUOTE_WIDTH) -> str:
    """The part of a statement's quote the section shows: the whole quote, to be cut at its end
    when long; but when that cut would drop the words that make it its kind (``said_at``: a long
    quotation, then "X said in a statement claiming responsibility for the attack"), its opening
    and the clause holding those words, the gap marked with an ellipsis (a quote of up to ``width``
    and the truncate filter's leeway of 5 characters is shown whole)."""
    quote, at = statement.sources[0].quote, statement.said_at
    if at is None or len(squash(quote)) <= width + 5 or len(squash(quote[:at])) + SAID_ROOM <= width:
        return quote
    lead = quote.rfind(" ", 0, max(at - SAID_LEAD, 0)) + 1
    tail = squash(quote[lead:])
    head = squash(quote[:lead])[:max(width - len(tail) - 3, 0)].rsplit(" ", 1)[0] if lead else ""
    return f"{head} … {tail}" if head else f"… {tail}"


def no_charts(briefing: Briefing) -> str:
    """What "Running tallies" says when it draws none: never that none were reported when some were."""
    count = len(briefing.extraction.tallies)
    if not count:
        return "No running tallies were reported, so there are no charts."
    found = ("the one campaign figure found in the inputs is" if count == 1
             else f"the {count} campaign figures found in the inputs are")
    return (f"No running tally could be charted for this period, so there are no charts; {found} in the "
            "JSON export.")


def no_figures(briefing: Briefing) -> str:
    """What "Figures at a glance" says when it shows none: that the inputs gave none, or, when they
    gave some, that none could be shown and why (a figure whose day no report gives is no figure of
    the period, but it was reported: never "none were reported")."""
    tallies = briefing.extraction.tallies
    if not tallies:
        return "No campaign figures were reported in the inputs."
    undated = sum(1 for t in tallies if t.as_of is None)
    later = sum(1 for t in tallies if t.as_of is not None and t.as_of > briefing.period.end)
    if len(tallies) == 1:
        why = " (no report gives its day)" if undated else " (its day is after the period)" if later else ""
        return (f"The one campaign figure found in the inputs is not shown here{why}; it is in the JSON "
                "export (tallies).")
    parts = [text for count, text in ((undated, f"{undated} without a day the reports give"),
                                      (later, f"{later} of days after the period")) if count]
    why = f" ({'; '.join(parts)})" if parts else ""
    return (f"None of the {len(tallies)} campaign figures found in the inputs is shown here{why}; all are in "
            "the JSON export (tallies).")


# The templates compiled at install time (scripts/setup.sh), beside the package's own bytecode.
BYTECODE = Path(__file__).resolve().parent / "__pycache__" / "templates"


def _installed_bytecode(folder: Path, write: bool = False) -> jinja2.BytecodeCache:
    """Jinja2's compiled templates, read from ``folder``: written there when the package is
    installed, as Python's own .pyc files are, and never while a briefing is made. A template
    whose source has changed since (its checksum differs) is compiled as before. Compiling
    the briefing's template is about 0.12 s of CPU on the way to the first page."""
    from jinja2 import BytecodeCache
    from jinja2.bccache import Bucket

    class Installed(BytecodeCache):
        def load_bytecode(self, bucket: Bucket) -> None:
            path = folder / f"{bucket.key}.cache"
            if path.is_file() and not path.is_symlink():  # never a pipe or a link planted there
                with contextlib.suppress(OSError, EOFError, ValueError), path.open("rb") as stream:
                    bucket.load_bytecode(stream)

        def dump_bytecode(self, bucket: Bucket) -> None:
            if write:
                folder.mkdir(parents=True, exist_ok=True)
                with (folder / f"{bucket.key}.cache").open("wb") as stream:
                    bucket.write_bytecode(stream)

    return Installed()


def write_template_bytecode(folder: Path | None = None) -> list[str]:
    """Compile the templates into ``folder`` (the package's, by default): run at install
    time. Returns those written; a template that needs another module's filters (the mail's)
    is compiled when used, as before."""
    from jinja2 import TemplateAssertionError

    env = environment(compiled=_installed_bytecode(folder or BYTECODE, write=True))
    written = []
    for name in env.list_templates(filter_func=lambda name: name.endswith((".html", ".txt"))):
        with contextlib.suppress(TemplateAssertionError):
            env.get_template(name)
            written.append(name)
    return written


def page_key(exported: str | None, settings: Settings, revision: Revision | None,
             charts: Iterable[str]) -> str | None:
    """The key of the briefing's HTML: everything it follows from, the run's records' key
    (:func:`briefing.exports.export_key`; None: not kept) with the settings, the revision, the
    charts and the templates' bytes (they are beside the package, outside its digest)."""
    if exported is None:
        return None
    digest = hashlib.sha256(repr((exported, settings, revision, sorted(charts))).encode("utf-8", "replace"))
    for template in sorted(templates_dir().iterdir()):
        if template.is_file():
            digest.update(b"\0" + template.name.encode() + b"\0" + template.read_bytes())
    return digest.hexdigest()


def to_html(briefing: Briefing, charts: Iterable[str], settings: Settings | None = None,
            revision: Revision | None = None) -> str:
    """The briefing as HTML; ``charts`` names the metrics charted, referenced as
    ``briefing:<metric>.svg`` (their SVG is only needed by the PDF renderer). A
    ``revision`` is announced on the front page with what changed."""
    settings = settings or Settings()
    numbers = briefing.source_numbers()
    articles = {a.id: a for a in briefing.extraction.articles}
    context: dict[str, Any] = {
        "appendix": appendix(briefing.inputs),
        "b": briefing, "numbers": numbers, "charts": sorted(charts),
        "chart_url": lambda metric: f"{CHART_SCHEME}{metric}.svg",
        "page_size": "letter" if settings.page_size == "Letter" else "A4",
        "settings": settings,
        "revision": revision,
        "period_text": describe(briefing.period),
        "articles": articles,
        "cites": lambda record: sorted({numbers[s.article] for s in record.sources if s.article in numbers}),
        "uncited": lambda record: len({s.article for s in record.sources} - set(numbers)),
        "outlets": lambda record: list(dict.fromkeys(
            articles[s.article].outlet or "outlet unknown" for s in record.sources
            if s.article in numbers)),
        "given_by": _given_by,
        "statement": {s.id: s for s in briefing.extraction.statements},
        "created": dt.datetime.combine(briefing.current_to or briefing.period.end,
                                       dt.time()).isoformat() + "Z",
    }
    template = environment(briefing.said).get_template("briefing.html")
    return str(template.render(**context))


def _given_by(tally: Tally) -> str:
    """"official (Pentagon)", "a group's own claim (Islamic Resistance in Iraq)"."""
    name = KIND_NAMES[tally.source_kind]
    return f"{name} ({tally.speaker})" if tally.speaker else name
QUIET = frozenset({"used", "not-shown", "outside-period", "duplicate", "off-topic"})
LISTED = 100


@dataclass(frozen=True)
class Appendix:
    """What the appendix shows: every input when there are few; else the count of each status
    (``counts``) and the first ``LISTED`` of the ``needing`` inputs that need attention."""

    listed: tuple[InputStatus, ...]
    needing: int
    counts: tuple[tuple[str, int], ...] = ()


def appendix(inputs: tuple[InputStatus, ...]) -> Appendix:
    if len(inputs) <= 60:
        return Appendix(inputs, len(inputs))
    needing = [s for s in inputs if s.status not in QUIET]
    counts = tuple(sorted(Counter(s.status for s in inputs).items())) if len(needing) < len(inputs) else ()
    return Appendix(tuple(needing[:LISTED]), len(needing), counts)


def standalone_html(html: str, charts: dict[str, str]) -> str:
    """The HTML with charts and stylesheet inlined, for previewing in a browser."""
    css = (templates_dir() / "briefing.css").read_text(encoding="utf-8")
    html = html.replace('<link rel="stylesheet" href="briefing.css">', f"<style>{css}</style>")
    for metric, svg in charts.items():
        data = base64.b64encode(svg.encode()).decode()
        html = html.replace(f"{CHART_SCHEME}{metric}.svg", f"data:image/svg+xml;base64,{data}")
    return html


def make_fetcher(charts: Mapping[str, str]) -> Any:
    """A WeasyPrint URL fetcher that serves the template folder and this run's charts, nothing else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    root = templates_dir().resolve()

    class LockedFetcher(URLFetcher):  # type: ignore[misc]
        refused: list[str]
        standing_in: dict[str, bytes]  # metric -> an empty SVG of the chart's size, while laying out

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            if url.startswith(CHART_SCHEME):
                metric = url[len(CHART_SCHEME):].removesuffix(".svg")
                if metric in self.standing_in:
                    return URLFetcherResponse(url, self.standing_in[metric], dict(SVG_TYPE))
                if metric in charts:
                    return URLFetcherResponse(url, charts[metric].encode(), dict(SVG_TYPE))
            elif url.startswith("file://"):
                from urllib.request import url2pathname

                path = Path(url2pathname(url[len("file://"):].split("?")[0])).resolve()
                if path.is_relative_to(root) and path.is_file():
                    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": kind})
            self.refused.append(url)
            raise ValueError(f"refused to fetch {url[:80]!r}: not one of the briefing's own assets")

    fetcher = LockedFetcher(allowed_protocols=("file", "briefing"))
    fetcher.refused = []
    fetcher.standing_in = {}
    return fetcher


FONT_FOLDERS = ("/etc/fonts", "/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts",
                "~/.local/share/fonts")


def render_key(html: str, charts: list[str], variant: str | None) -> str:
    """What a PDF depends on besides the page: the charts' data, the templates, WeasyPrint's
    version and the fonts fontconfig can see (their folders' modification times, which
    change when a font is added or removed, as fontconfig itself assumes)."""
    import hashlib
    import os
    from importlib.metadata import version

    digest = hashlib.sha256()
    for part in (html, repr(charts), variant or "", version("weasyprint"),
                 os.environ.get("FONTCONFIG_FILE", "")):
        digest.update(part.encode("utf-8", "replace") + b"\0")
    for path in sorted(templates_dir().iterdir()):
        digest.update(path.name.encode() + path.read_bytes())
    for folder in FONT_FOLDERS:
        for where, _, _ in os.walk(Path(folder).expanduser()):
            with contextlib.suppress(OSError):
                digest.update(f"{where}:{Path(where).stat().st_mtime_ns}".encode("utf-8", "replace"))
    return digest.hexdigest()


NO_FONTS = ("no fonts are installed or configured (fontconfig finds none), so the PDF cannot be "
            "laid out; install one with 'apt-get install fonts-dejavu-core fontconfig' (scripts/setup.sh "
            "does), or check FONTCONFIG_FILE")


def import_weasyprint() -> None:
    """Import WeasyPrint without its warning about missing fonts: :func:`to_pdf` says so
    itself, as an error with the fix, before Pango would crash on them."""
    import warnings

    with warnings.catch_warnings(), _libraries_looked_up_once():
        warnings.filterwarnings("ignore", message=".*(No fonts configured|cannot load default config)")
        import weasyprint  # noqa: F401


@contextlib.contextmanager
def _libraries_looked_up_once() -> Iterator[None]:
    """While WeasyPrint loads its C libraries. cffi looks each of the names WeasyPrint tries
    up with ``ctypes.util.find_library``, which on Linux runs ``ldconfig -p`` for each (and gcc
    and ld for a name the linker's cache lacks): 22 names, about 0.15 s of the renderer's
    start on the development machine. Here the cache is read once and each name looked up in
    it as ctypes does; a name it does not list is not found, and WeasyPrint goes on to the
    library's file name, which the loader finds itself (``LD_LIBRARY_PATH`` included).
    Elsewhere than Linux, nothing changes."""
    import ctypes.util
    import subprocess
    import sys

    if not sys.platform.startswith("linux") or not Path("/sbin/ldconfig").is_file():
        yield
        return
    try:
        listed = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, stdin=subprocess.DEVNULL,
                                env={"LC_ALL": "C", "LANG": "C"}, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        yield
        return
    import os
    import re
    import struct

    machine = os.uname().machine + ("-64" if struct.calcsize("l") == 8 else "-32")
    abi = {"x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
           "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64"}.get(machine, "libc6")

    def find(name: str) -> str | None:
        pattern = rb"\s+(lib" + re.escape(os.fsencode(name)) + rb"\.[^\s]+)\s+\(" + abi.encode()
        found = re.search(pattern, listed)
        return os.fsdecode(found.group(1)) if found else None

    original = ctypes.util.find_library
    ctypes.util.find_library = find
    try:
        yield
    finally:
        ctypes.util.find_library = original


def fonts_found() -> bool:
    from weasyprint.text.ffi import ffi, fontconfig

    config = ffi.gc(fontconfig.FcInitLoadConfigAndFonts(), fontconfig.FcConfigDestroy)
    fonts = fontconfig.FcConfigGetFonts(config, fontconfig.FcSetSystem)
    return bool(fonts != ffi.NULL and fonts.nfont > 0)


def to_pdf(html: str, charts: Mapping[str, str], fetcher: Any = None, variant: str | None = None,
           sizes: Mapping[str, tuple[float, float]] | None = None) -> bytes:
    """Render the HTML to PDF bytes with the locked-down fetcher; ``variant`` e.g. "pdf/ua-1".
    With ``sizes`` (each chart's width and height in points), the page is laid out before the
    charts are read (see :func:`_laid_out_first`)."""
    import_weasyprint()
    if not fonts_found():
        raise NoFonts(NO_FONTS)
    from weasyprint import HTML

    fetcher = fetcher or make_fetcher(charts)
    document = HTML(string=html, base_url=templates_dir().as_uri() + "/", url_fetcher=fetcher)
    if sizes:
        early = _laid_out_first(document, charts, fetcher, variant, sizes)
        if early is not None:
            return early
    pdf: bytes = document.write_pdf(pdf_variant=variant)
    return pdf


def _laid_out_first(document: Any, charts: Mapping[str, str], fetcher: Any, variant: str | None,
                    sizes: Mapping[str, tuple[float, float]]) -> bytes | None:
    """The PDF laid out while the charts are still being drawn: each chart stands in as an
    empty SVG of its size while WeasyPrint lays out the pages (about half of its work); then
    the pages are drawn, and each stand-in becomes its chart when it is first drawn (so the
    pages before the first chart are drawn while the charts still are). The bytes are those of
    laying out with the charts themselves (a test compares them). None, and nothing kept, when
    that cannot be done here: a chart missing or of another size, or a WeasyPrint whose images
    are not as expected; the caller then lays out again with the charts."""
    from weasyprint import DEFAULT_OPTIONS

    images: dict[str, Any] = {}  # WeasyPrint's documented cache of images, by URL
    options = {**DEFAULT_OPTIONS, "pdf_variant": variant, "cache": images}
    fetcher.standing_in = {m: _empty_svg(size) for m, size in sizes.items()}
    try:
        laid_out = document.render(**options)
    finally:
        fetcher.standing_in = {}
    stand_ins = {m: images.get(f"{CHART_SCHEME}{m}.svg") for m in sizes}
    if not all(_deferrable(image) for image in stand_ins.values()):
        return None
    for metric, image in stand_ins.items():
        _defer(image, metric, charts, fetcher)
    try:
        pdf: bytes = laid_out.write_pdf(**options)
    except _NotAsLaidOut:
        return None
    return pdf


class _NotAsLaidOut(Exception):
    """A chart missing, or of another size than its stand-in, found as the pages are drawn."""


def _deferrable(image: Any) -> bool:
    from weasyprint.images import SVGImage

    return isinstance(image, SVGImage) and getattr(image, "_context", None) is not None


def _defer(image: Any, metric: str, charts: Mapping[str, str], fetcher: Any) -> None:
    """The stand-in ``image`` (the laid-out boxes hold it) becomes the chart when first drawn."""
    image.chart_of = functools.partial(_chart_image, metric, charts, fetcher, image._context)
    image.__class__ = _deferred_class()


@functools.lru_cache(maxsize=1)
def _deferred_class() -> type:
    from weasyprint.images import SVGImage

    class Deferred(SVGImage):  # type: ignore[misc]
        def draw(self, *args: Any, **kwargs: Any) -> None:
            chart = self.chart_of()  # may wait for the drawing
            if chart is None or chart.get_intrinsic_size(1, 16) != self.get_intrinsic_size(1, 16):
                raise _NotAsLaidOut
            self.__dict__.update(chart.__dict__)
            self.__class__ = SVGImage
            SVGImage.draw(self, *args, **kwargs)

    return Deferred


def _empty_svg(size: tuple[float, float]) -> bytes:
    width, height = (f"{n:g}" for n in size)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}pt" height="{height}pt" '
            f'viewBox="0 0 {width} {height}"></svg>').encode()


def _chart_image(metric: str, charts: Mapping[str, str], fetcher: Any, context: Any) -> Any:
    """The chart as WeasyPrint's image, or None when it is missing or not an image here."""
    from xml.etree import ElementTree

    from weasyprint.images import SVGImage

    try:
        svg = charts[metric]  # waits for the drawing
        url = f"{CHART_SCHEME}{metric}.svg"
        return SVGImage(ElementTree.fromstring(svg.encode()), url, fetcher, context)
    except Exception:  # missing, or not an image here: laid out again with the charts themselves
        return None
