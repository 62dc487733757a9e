"""Settings a team keeps from week to week: ``briefing.toml`` beside the input, or ``--config``.

Every key is checked and every problem reported at once, naming the key and
what it allows; command-line options override the file.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import BriefingError

CONFIG_NAME = "briefing.toml"
MAX_SIZE = 1_000_000  # bytes: a settings file is a dozen lines
PAGE_SIZES = ("A4", "Letter")
PDF_VARIANTS = ("pdf/ua-1",)


@dataclass(frozen=True)
class Settings:
    """What the briefing looks like; None means "not set here"."""

    title: str = "Attacks on US forces in Iraq and Syria"
    organisation: str | None = None
    marking: str | None = None
    page_size: str = "A4"
    pdf_variant: str | None = None
    context_days: int = 60
    recipients: tuple[str, ...] = ()  # kept for e-mail delivery; not used yet

    def override(self, **options: Any) -> Settings:
        """These settings with every option that was given (not None) put over them."""
        given = {k: v for k, v in options.items() if v is not None}
        return dataclasses.replace(self, **given)


def _text(key: str, value: Any, problems: list[str]) -> str | None:
    if not isinstance(value, str) or not value.strip():
        problems.append(f"'{key}' must be a non-empty text in quotes, e.g. {key} = \"...\"")
        return None
    return value.strip()


def _choice(key: str, value: Any, allowed: tuple[str, ...], problems: list[str]) -> str | None:
    for option in allowed:
        if isinstance(value, str) and value.lower() == option.lower():
            return option
    problems.append(f"'{key}' is {value!r}; allowed values: {', '.join(allowed)}")
    return None


def parse(data: dict[str, Any], where: str) -> Settings:
    """Settings from the parsed TOML; every problem is reported together in one error."""
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("title", "organisation", "marking"):
            values[key] = _text(key, value, problems)
        elif key == "page_size":
            values[key] = _choice(key, value, PAGE_SIZES, problems)
        elif key == "pdf_variant":
            values[key] = _choice(key, value, PDF_VARIANTS, problems)
        elif key == "context_days":
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 366:
                values[key] = value
            else:
                problems.append(f"'context_days' is {value!r}; allowed values: a whole number 0 to 366")
        elif key == "recipients":
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                values[key] = tuple(value)
            else:
                problems.append("'recipients' must be a list of addresses, e.g. recipients = [\"a@b.org\"]")
        else:
            known = "title, organisation, marking, page_size, pdf_variant, context_days, recipients"
            problems.append(f"unknown setting '{key}'; known settings: {known}")
    if problems:
        raise BriefingError(f"{where}: " + "; ".join(problems))
    return Settings().override(**values)


def load(config: Path | None, input_dir: Path) -> Settings:
    """The settings file given, else ``briefing.toml`` in the input folder, else defaults."""
    import tomllib

    from .discover import NotRegular, read_regular

    path = config or (input_dir / CONFIG_NAME if input_dir.is_dir() else None)
    if path is None or (config is None and not path.exists()):
        return Settings()
    try:
        # Read without waiting: a named pipe given as --config is refused, not waited on.
        data = tomllib.loads(read_regular(path, MAX_SIZE).decode("utf-8"))
    except NotRegular as error:
        if not path.exists():
            raise BriefingError(f"{path}: no such settings file; check the --config path") from None
        raise BriefingError(f"{path}: {error}") from None
    except UnicodeDecodeError as error:
        raise BriefingError(f"{path}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise BriefingError(f"{path}: not valid TOML ({error}); see README 'Settings'") from None
    return parse(data, str(path))
