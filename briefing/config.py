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
from .topic import Topic, load_topic

CONFIG_NAME = "briefing.toml"
PAGE_SIZES = ("A4", "Letter")
PDF_VARIANTS = ("pdf/ua-1",)
WEEK_STARTS = ("monday", "sunday")


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
    topic: Topic | None = None  # the shipped topic with this team's [topic] places and actors
    week_start: str | None = None  # "monday" (ISO weeks) or "sunday": the default period is that week

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


def _topic(value: Any, problems: list[str]) -> Topic | None:
    """The shipped topic with the places and actors a team adds ([[topic.place]], [[topic.actor]])."""
    if not isinstance(value, dict):
        problems.append("'topic' must be a table: [[topic.place]] and [[topic.actor]] entries "
                        "(see docs/topic.md)")
        return None
    try:
        return load_topic(value)
    except BriefingError as error:
        # the shipped file is checked by our tests: what is wrong is this team's entry
        problems.append(f"[topic]: {error.message.split(': ', 1)[-1]}")
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
        elif key == "week_start":
            values[key] = _choice(key, value, WEEK_STARTS, problems)
        elif key == "topic":
            values[key] = _topic(value, problems)
        elif key == "recipients":
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                values[key] = tuple(value)
            else:
                problems.append("'recipients' must be a list of addresses, e.g. recipients = [\"a@b.org\"]")
        else:
            known = ("title, organisation, marking, page_size, pdf_variant, context_days, week_start, recipients, "
                     "topic")
            problems.append(f"unknown setting '{key}'; known settings: {known}")
    if problems:
        raise BriefingError(f"{where}: " + "; ".join(problems))
    return Settings().override(**values)


def load(config: Path | None, input_dir: Path) -> Settings:
    """The settings file given, else ``briefing.toml`` in the input folder, else defaults."""
    import tomllib

    path = config or (input_dir / CONFIG_NAME if input_dir.is_dir() else None)
    if path is None or (config is None and not path.is_file()):
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BriefingError(f"{path}: no such settings file; check the --config path") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BriefingError(f"{path}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise BriefingError(f"{path}: not valid TOML ({error}); see README 'Settings'") from None
    return parse(data, str(path))
