"""Errors for people: every failure the user can fix says what to do, and shows no traceback.

One hierarchy rooted in :class:`click.ClickException` (as mkdocs' ``exceptions.py``): click
prints any of them as ``Error: …`` and exits with 1. Each stage raises the kind that says
whose move it is; a fault no rule foresaw is caught where it happens and said in one line.
"""

from __future__ import annotations

import click


class BriefingError(click.ClickException):
    """A problem the user can fix; click prints it as ``Error: …`` and exits with 1."""

    exit_code = 1


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
