"""Errors for people: every failure the user can fix says what to do, and shows no traceback."""

from __future__ import annotations

import click


class BriefingError(click.ClickException):
    """A problem the user can fix; click prints it as ``Error: …`` and exits with 1."""

    exit_code = 1


class StrictError(BriefingError):
    """``--strict`` was given and the run reported warnings."""


class DeliveryError(BriefingError):
    """The briefing was built but could not be sent (or not to everyone); the PDF stays."""
