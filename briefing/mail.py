"""Briefing -> the e-mail that carries it (``email.message.EmailMessage``, never pasted strings).

``multipart/mixed``: a ``multipart/alternative`` of plain text and mail-safe HTML (inline
styles, no scripts, no remote or ``data:`` images: the charts are PNG parts of a
``multipart/related`` referenced by ``cid:``), then the PDF and, if asked, the JSON.
The bodies are the front page for a reader's inbox: title, period, key points with
their sources and the figures at a glance; the PDF has everything else.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from .config import EmailSettings, Settings
from .errors import UNSAFE, DeliveryError
from .figures import figure_text
from .model import Article, Briefing, Glance, Tally
from .period import describe
from .revision import Revision

CHART_WIDTH = 592  # px: the 640 px column less its padding, what most mail clients show
SOURCES = 30  # listed in the message; the PDF lists them all
MAX_SUBJECT = 900  # characters: a header line is at most 998 bytes (RFC 5322)


@dataclass(frozen=True)
class Envelope:
    """Who the message is from and for; addresses as written ("Desk <desk@example.org>").
    ``bcc`` receive the message but appear in no header."""

    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    reply_to: str | None = None

    @property
    def recipients(self) -> tuple[str, ...]:
        """The bare addresses the server is asked to deliver to, each once: "Ann@Example.org"
        and "ann@example.org" (or "ann@bücher.example" and "ann@xn--bcher-kva.example") are
        one mailbox on every server we know (and one person in the sent log), so the first
        spelling is kept and the others left out."""
        from .addresses import mailbox

        bare = [bare_address(a) for a in (*self.to, *self.cc, *self.bcc)]
        first: dict[str, str] = {}
        for address in bare:
            first.setdefault(mailbox(address), address)
        return tuple(first.values())

    @property
    def domain(self) -> str:
        return bare_address(self.sender).rpartition("@")[2]


def bare_address(written: str) -> str:
    """"desk@example.org" from "Desk <desk@example.org>"."""
    from email.headerregistry import HeaderRegistry

    header: Any = HeaderRegistry()("to", written)
    address: Address = header.addresses[0]
    return address.addr_spec


def envelope(email: EmailSettings, to: tuple[str, ...] = ()) -> Envelope:
    """The envelope from ``[email]``; ``to`` (from ``--to``) replaces its recipients, ``cc``
    and ``bcc`` too: a briefing sent again to one person (whose address the server refused, or
    who joined the list) must not reach the copies, who already have it, a second time."""
    from .addresses import because, problem

    for item in to:
        why = problem(item) if item.strip() else ""
        if why is not None:
            raise DeliveryError(f"--to {item!r} is not one mail address{because(why)}; write e.g. "
                                "--to ann@example.org")
    given = tuple(item.strip() for item in to)
    if email.sender is None:
        raise DeliveryError("no sender: add from = \"desk@example.org\" under [email] in briefing.toml")
    if given:
        return Envelope(email.sender, given, reply_to=email.reply_to)
    if not email.to and not email.cc and not email.bcc:
        raise DeliveryError("no recipients: add to = [\"a@example.org\"] under [email] in "
                            "briefing.toml, or give --to ADDRESS")
    return Envelope(email.sender, email.to, email.cc, email.bcc, email.reply_to)


@dataclass(frozen=True)
class Letter:
    """What a message is made from: the briefing, its PDF (and JSON, to attach), the
    revision it is (if it is one) and the charts as PNG, by metric."""

    briefing: Briefing
    settings: Settings
    pdf: Path
    revision: Revision | None = None
    charts: tuple[tuple[str, bytes], ...] = ()
    attach_json: Path | None = None


def chart_pngs(briefing: Briefing) -> tuple[tuple[str, bytes], ...]:
    """The briefing's charts as PNG (drawn here, in this process: sending is not timed)."""
    from .charts import chart_data, render_png

    return tuple((data.metric, render_png(data)) for data in chart_data(briefing))


def subject(letter: Letter) -> str:
    """The subject line from the ``[email]`` template, on one line; a revision says so."""
    briefing = letter.briefing
    text = letter.settings.email.subject.format(
        title=briefing.title, period=describe(briefing.period), label=briefing.period.label)
    if letter.revision:
        text += f" (revision {letter.revision.number})"
    # The header is parsed as it is set: "=?utf-8?q?=0D=0A?=" in a title would be decoded into a
    # line break, and a second header after it. So no "=?" opens an encoded word, and no
    # control character (an escape a terminal mail reader would act on, a NUL) stays.
    text = " ".join(UNSAFE.sub(" ", text).replace("=?", "= ?").split())
    return text if len(text) <= MAX_SUBJECT else text[:MAX_SUBJECT - 1] + "…"


def compose(letter: Letter, to: Envelope, now: dt.datetime) -> EmailMessage:
    """The message, with Date ``now`` (aware) and a new Message-ID."""
    from email.utils import format_datetime, make_msgid

    message = EmailMessage()
    message["Subject"] = subject(letter)
    message["From"] = to.sender
    if to.to:
        message["To"] = ", ".join(to.to)
    if to.cc:
        message["Cc"] = ", ".join(to.cc)
    if to.reply_to:
        message["Reply-To"] = to.reply_to
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=to.domain)
    images = [(metric, make_msgid(f"chart-{metric}", to.domain)[1:-1], png) for metric, png in letter.charts]
    text, html = bodies(letter, [(metric, cid) for metric, cid, _ in images])
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    html_part = message.get_body(("html",))
    assert isinstance(html_part, EmailMessage)  # the alternative just added
    for metric, cid, png in images:
        html_part.add_related(png, "image", "png", cid=f"<{cid}>", filename=f"{metric}.png")
    _attach(message, letter.pdf, "pdf")
    if letter.attach_json:
        _attach(message, letter.attach_json, "json")
    # The parts are encoded by now, in lines of 76; from here on the policy only folds
    # headers. Python 3.11 folds a long subject before an encoded word with a space too
    # many ("briefing,  16–22 November"), so headers are folded only at RFC 5322's limit.
    message.policy = message.policy.clone(max_line_length=998)
    return message


def wire(message: EmailMessage) -> bytes:
    """The message as the mail server receives it: lines ending CRLF and, when an address
    has letters beyond ASCII, headers in UTF-8 (RFC 6531) as smtplib would send them."""
    from email.generator import BytesGenerator
    from io import BytesIO

    international = any(not str(message[name]).isascii() and any(
        not a.addr_spec.isascii() for a in getattr(message[name], "addresses", ()))
        for name in ("From", "To", "Cc", "Reply-To") if message[name] is not None)
    policy: Any = message.policy
    if international:
        policy = policy.clone(utf8=True)
    buffer = BytesIO()
    BytesGenerator(buffer, policy=policy).flatten(message, linesep="\r\n")
    return buffer.getvalue()


def _attach(message: EmailMessage, path: Path, kind: str) -> None:
    from .discover import NotRegular, read_regular

    try:  # without waiting: a pipe swapped in for the file is refused
        data = read_regular(path, 1_000_000_000)
    except NotRegular as error:
        raise DeliveryError(f"{path}: cannot be attached ({error}); build it again") from None
    # a header cannot hold a control character or a line separator (U+2028, U+0085, \x1e ...):
    # the attachment is named without them, where a name on disk may have them
    name = UNSAFE.sub("_", path.name)
    message.add_attachment(data, maintype="application", subtype=kind, filename=name)


def bodies(letter: Letter, charts: list[tuple[str, str]]) -> tuple[str, str]:
    """The plain-text and HTML bodies; ``charts`` are (metric, content id) of the inline PNGs."""
    from .render import environment

    env = environment(letter.briefing.said)
    env.filters["bullet"] = lambda text, mark="- ": textwrap.fill(
        " ".join(str(text).split()), 76, initial_indent=mark, subsequent_indent=" " * len(mark))
    context = _context(letter, charts)
    text = env.get_template("email.txt").render(**context)
    html = env.get_template("email.html").render(**context)
    return text.strip() + "\n", str(html)


def marks(numbers: Iterable[int]) -> str:
    """"[1][3]": citations as the PDF prints them."""
    return "".join(f"[{n}]" for n in numbers)


def source_line(article: Article) -> str:
    title = f"“{article.title}”" if article.title else "untitled"
    day = f"{article.published:%-d %b %Y}" if article.published else "date unknown"
    return f"{article.outlet or 'Outlet unknown'}, {title}, {day}"


def _context(letter: Letter, charts: list[tuple[str, str]]) -> dict[str, Any]:
    briefing = letter.briefing
    numbers = briefing.source_numbers()
    articles = {a.id: a for a in briefing.sources}

    def cites(record: Tally) -> list[int]:
        return sorted({numbers[s.article] for s in record.sources if s.article in numbers})

    def glance_line(g: Glance) -> str:
        since = f"{g.latest.since:%-d %b %Y}" if g.latest.since else "a start not stated"
        change = f" ({g.change:+d} since {g.earlier.as_of:%-d %b})" if g.earlier and g.earlier.as_of else ""
        words = briefing.said.metric_words[g.metric]
        return (f"{words[:1].upper()}{words[1:]} (counting from "
                f"{since}): {figure_text(g.latest)} as of {g.latest.as_of:%-d %b %Y}{change}. "
                f"Source: {marks(cites(g.latest))} {'; '.join(outlets(g.latest))}")

    def outlets(record: Tally) -> list[str]:
        return list(dict.fromkeys(articles[s.article].outlet or "outlet unknown"
                                  for s in record.sources if s.article in numbers))

    # The charts cite sources too, so the list is the PDF's, up to SOURCES of them.
    cited = [(number, article) for number, article in enumerate(briefing.sources, start=1)][:SOURCES]
    return {
        "b": briefing, "settings": letter.settings, "revision": letter.revision,
        "period_text": describe(briefing.period), "cites": cites,
        "outlets": outlets, "glance_line": glance_line, "marks": marks, "source_line": source_line,
        "cited": cited, "charts": charts, "chart_width": CHART_WIDTH,
        "pdf_name": letter.pdf.name,
        "json_name": letter.attach_json.name if letter.attach_json else None,
    }
