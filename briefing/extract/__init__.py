"""Pure functions from an article's text to records with evidence.

Each extractor takes a dated :class:`~briefing.model.Article` and returns
records whose evidence spans index ``article.text``; none reads files or
imports anything heavy.

The package's names are loaded on first use (PEP 562), not on import: the chart drawer and
the PDF renderer import a light module of it (``numbers``, for the chronology's lines), and
importing the package loaded every reader and compiled its patterns, about 0.5 s of CPU in
each of those processes, while the workers extract on the same two cores.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article import Findings, extract_article
    from .events import extract_events
    from .statements import extract_statements
    from .tallies import extract_tallies

__all__ = ["Findings", "extract_article", "extract_events", "extract_statements", "extract_tallies"]

_MODULE_OF = {"Findings": "article", "extract_article": "article", "extract_events": "events",
              "extract_statements": "statements", "extract_tallies": "tallies"}


def __getattr__(name: str) -> Any:
    """One of ``__all__``, from its module, imported now and kept here (later look-ups, one a
    clipping in the workers, find it without this call); any other name is not here (so
    ``from briefing.extract import events`` imports the submodule, as before)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
