"""TOML text -> tables, for every file a person writes (settings, corrections, topic files).

``tomllib`` recurses once per bracket or brace, so "a = [[[[..." a few thousand deep ends
in a RecursionError; here it is a :class:`tomllib.TOMLDecodeError` like any other mistake,
which each reader already says in one line naming its file.
"""

from __future__ import annotations

import tomllib
from typing import Any


def loads(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise tomllib.TOMLDecodeError("arrays or tables nested too deeply") from None
