"""Errors for people: every failure the user can fix says what to do, and shows no traceback.

One hierarchy rooted in :class:`click.ClickException` (as mkdocs' ``exceptions.py``): click
prints any of them as ``Error: …`` and exits with 1. Each stage raises the kind that says
whose move it is; a fault no rule foresaw is caught where it happens and said in one line.
"""

from __future__ import annotations

import re

import click

# What a terminal would act on rather than show: C0 and C1 controls (escape sequences,
# a newline that starts a fake "warning:" line, U+0085), line and paragraph separators,
# and the marks that reorder text on screen.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(text: object) -> str:
    """``text`` safe to print on one line: every control character written as an escape
    (``\\n``, ``\\x1b``, ``\\u2028``); bytes that are not UTF-8 in a name become U+FFFD."""
    import os

    if isinstance(text, os.PathLike | bytes):
        text = os.fsencode(text).decode("utf-8", "replace")
    return UNSAFE.sub(_escape, str(text))


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    return NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


class BriefingError(click.ClickException):
    """A problem the user can fix; click prints it as ``Error: …`` and exits with 1.

    The message (and each of ``details``, a line of its own) is printed through :func:`shown`,
    so no name inside it can move the cursor, colour the terminal or start a line of its own."""

    exit_code = 1

    def __init__(self, message: str, details: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.details = details

    def format_message(self) -> str:
        # A message of several problems puts each of ``details`` on an indented line of its
        # own: only those breaks are the message's (a name holding "\n  " cannot start one).
        return shown(self.message) + "".join(f"\n  {shown(line)}" for line in self.details)


class SettingsError(BriefingError):
    """``briefing.toml``, ``--config`` or a topic file is wrong; the message names the key."""


class PeriodError(BriefingError):
    """The period asked for (``--week``, ``--from``/``--to``) does not exist or runs backwards."""


class InputError(BriefingError):
    """Nothing in the input could be used for the briefing."""


class StrictError(InputError):
    """``--strict`` was given and the run reported warnings."""


class OutputError(BriefingError):
    """The output folder, or a file in it, cannot be written or read (or is busy)."""


class RenderError(BriefingError):
    """The charts or the PDF could not be drawn; the message says how."""


class NoFonts(RenderError):
    """Fontconfig finds no font; Pango would crash laying out the page."""


class DeliveryError(BriefingError):
    """The briefing was built but could not be sent (or not to everyone); the PDF stays."""
