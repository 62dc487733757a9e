"""``notes.md`` -> :class:`~briefing.model.Comment`: the desk's own words, made safe to print.

Markdown is read by markdown-it-py (CommonMark) with raw HTML off, so ``<script>`` or
``<iframe>`` in the notes is shown as the text it is. No link or image survives as one: a
link is its text followed by its address in brackets, an image is "[image: ALT]" and its
address, so neither the PDF renderer nor a browser ever fetches anything a note names
(``file:`` addresses included). A file too long for a comment is cut, and bytes that are
not UTF-8 are shown as U+FFFD; both are reported.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Comment, Problem

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

FILE_NAME = "notes.md"
MAX_CHARACTERS = 6_000  # about a page: a comment, not an essay
READ_BYTES = 4 * MAX_CHARACTERS  # never more of the file is read, however big it is


def read(path: Path) -> tuple[Comment | None, tuple[Problem, ...]]:
    """The comment in ``path`` (None when it is absent or empty) and what was wrong with it."""
    shown = str(path)
    try:
        data = _head(path, READ_BYTES + 1)
    except OSError as error:
        return None, (Problem(shown, "notes", f"cannot be read ({error.strerror or error}); the "
                              "briefing has no analyst comment"),)
    problems = []
    # a cut inside a character is the cut's doing, not bad UTF-8: its bytes are left out
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    text = decoder.decode(data[:READ_BYTES], final=len(data) <= READ_BYTES).replace("\r\n", "\n")
    if "\ufffd" in text and "\ufffd".encode() not in data:
        problems.append(Problem(shown, "notes", "is not UTF-8 text: the bytes that are not are shown as "
                                "'\ufffd'; save it as UTF-8"))
    if len(data) > READ_BYTES or len(text) > MAX_CHARACTERS:
        text = text[:MAX_CHARACTERS].rsplit(" ", 1)[0] + " …"
        problems.append(Problem(shown, "notes", f"is longer than a comment ({MAX_CHARACTERS:,} characters); "
                                "the rest was left out: shorten it"))
    text = text.replace("\x00", "\ufffd").strip()
    if not text:
        return None, tuple(problems)
    return Comment(shown, text, to_html(text)), tuple(problems)


def _head(path: Path, size: int) -> bytes:
    """Up to ``size`` bytes of a regular file, opened without waiting: a pipe swapped in for
    the file is refused (OSError), never waited on."""
    import errno
    import os
    import stat

    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        chunks, left = [], size
        while left > 0 and (chunk := os.read(handle, left)):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(handle)


def to_html(text: str) -> str:
    """The notes as HTML: CommonMark with raw HTML off, links and images as plain text."""
    return str(_parser().render(text))


def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.add_render_rule("link_open", _link_open)
    md.add_render_rule("link_close", _link_close)
    md.add_render_rule("image", _image)
    return md


def _escape(text: str) -> str:
    from markdown_it.common.utils import escapeHtml

    return str(escapeHtml(text))


def _link_open(self: Any, tokens: Sequence[Token], index: int, options: Any, env: Any) -> str:
    return '<span class="link">'


def _link_close(self: Any, tokens: Sequence[Token], index: int, options: Any, env: Any) -> str:
    opening = next(t for t in reversed(tokens[:index]) if t.type == "link_open")
    address = str(opening.attrGet("href") or "")
    return f'</span> <span class="address">({_escape(address)})</span>'


def _image(self: Any, tokens: Sequence[Token], index: int, options: Any, env: Any) -> str:
    token = tokens[index]
    alt = "".join(child.content for child in token.children or ())
    address = str(token.attrGet("src") or "")
    return (f'<span class="image">[image: {_escape(alt)}]</span> '
            f'<span class="address">({_escape(address)})</span>')
