"""Settings a team keeps from week to week: ``briefing.toml`` beside the input, or ``--config``.

Every key is checked and every problem reported at once, naming the key and
what it allows; command-line options override the file. The ``[email]`` and
``[smtp]`` tables say where the briefing is sent and through which server; the
server's password is never in the file (``BRIEFING_SMTP_PASSWORD`` or
``password_command``). A key that is retired (:data:`RETIRED`) is never an error by itself:
:func:`load_for` says what each command does with it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UNSAFE, SettingsError, shown
from .topic import Topic, choose_topic

CONFIG_NAME = "briefing.toml"
MAX_SIZE = 1_000_000  # bytes: a settings file is a dozen lines
PAGE_SIZES = ("A4", "Letter")
PDF_VARIANTS = ("pdf/ua-1",)
WEEK_STARTS = ("monday", "sunday")
SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
SUBJECT_FIELDS = ("title", "period", "label")
MAX_SUBJECT = 300  # characters of the template; the fields add the title and the period
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class EmailSettings:
    """``[email]``: who sends the briefing, to whom, and its subject line.

    Addresses are as written ("Desk <desk@example.org>"), each checked to hold one address.
    ``subject`` is a template with ``{title}``, ``{period}`` ("16–22 November 2023") and
    ``{label}`` ("2023-W47").
    """

    sender: str | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    reply_to: str | None = None
    subject: str = "{title}: weekly briefing, {period}"


@dataclass(frozen=True)
class SmtpSettings:
    """``[smtp]``: the mail server. ``port`` None means the usual one for ``security``;
    ``ca_file`` trusts a private certificate authority besides the system's."""

    host: str | None = None
    port: int | None = None
    security: str = "starttls"
    username: str | None = None
    password_command: tuple[str, ...] = ()
    timeout: float = 30.0
    allow_insecure: bool = False
    ca_file: Path | None = None
    max_size_mb: float = 10.0

    @property
    def server(self) -> str:
        """"host:port" as the user would write it."""
        return f"{self.host}:{self.port or DEFAULT_PORTS[self.security]}"


@dataclass(frozen=True)
class Settings:
    """What the briefing looks like and where it is sent; None means "not set here"."""

    title: str | None = None  # None: the story's own title (its profile's [words] title)
    organisation: str | None = None
    marking: str | None = None
    page_size: str = "A4"
    pdf_variant: str | None = None
    context_days: int = 60
    topic: Topic | None = None  # the story's profile with this team's [topic] additions; None: the default
    week_start: str | None = None  # "monday" (ISO weeks) or "sunday": the default period is that week
    email: EmailSettings = field(default_factory=EmailSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)

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


def _topic(value: Any, base: Path, problems: list[str]) -> Topic | None:
    """The story: ``topic = "red-sea"`` (a shipped profile) or ``topic = "story.toml"`` (a file,
    relative to the settings file), or a ``[topic]`` table of additions ([[topic.place]],
    [[topic.actor]], [topic.outlets]) whose ``profile = "..."`` names the story (the default
    one when left out)."""
    if isinstance(value, str):
        value = {"profile": value}
    if not isinstance(value, dict):
        problems.append("'topic' must name a profile (topic = \"red-sea\" or \"story.toml\") or be a "
                        "table: [[topic.place]] and [[topic.actor]] entries (see docs/topic.md)")
        return None
    choice = value.get("profile")
    if choice is not None and (not isinstance(choice, str) or not choice.strip()):
        problems.append("'profile' in [topic] must name a profile in quotes, e.g. profile = \"red-sea\"")
        return None
    try:
        return choose_topic(choice and choice.strip(), value, base)
    except SettingsError as error:
        problems.append(error.message)
        return None


def _number(key: str, value: Any, low: float, high: float, problems: list[str],
            whole: bool = False) -> Any:
    kinds = (int,) if whole else (int, float)
    if isinstance(value, kinds) and not isinstance(value, bool) and low <= value <= high:
        return value
    what = "a whole number" if whole else "a number"
    problems.append(f"'{key}' is {value!r}; allowed values: {what} {low:g} to {high:g}")
    return None


def check_address(key: str, value: Any, problems: list[str]) -> str | None:
    """One mail address, bare or with a name ("Desk <desk@example.org>"), as mail will take it."""
    from .addresses import because
    from .addresses import problem as address_problem

    example = f'{key} = "desk@example.org"'
    if not isinstance(value, str) or not value.strip():
        problems.append(f"'{key}' must be an address in quotes, e.g. {example}")
        return None
    why = address_problem(value)
    if why is not None:
        problems.append(f"'{key}' has {value!r}, which is not one mail address{because(why)}; write e.g. "
                        f"{example}")
        return None
    return value.strip()


def _addresses(key: str, value: Any, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list):
        problems.append(f"'{key}' must be a list of addresses, e.g. {key} = [\"a@example.org\"]")
        return ()
    found = [check_address(key, item, problems) for item in value]
    return tuple(a for a in found if a)


Check = Callable[[str, Any, list[str]], Any]

EMAIL_KEYS: dict[str, Check] = {
    "from": check_address, "reply_to": check_address, "to": _addresses, "cc": _addresses, "bcc": _addresses,
    "subject": lambda key, value, problems: _subject(value, problems),
}


def _email(data: Any, problems: list[str]) -> EmailSettings:
    values = _checked("email", data, EMAIL_KEYS, problems)
    if "from" in values:
        values["sender"] = values.pop("from")
    return EmailSettings(**values)


def _subject(value: Any, problems: list[str]) -> str | None:
    import string

    text = _text("subject", value, problems)
    if text is None:
        return None
    if len(text) > MAX_SUBJECT:
        problems.append(f"'subject' is {len(text)} characters long; keep it under {MAX_SUBJECT}")
        return None
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(text)
                  if name is not None]
    except ValueError as error:
        problems.append(f"'subject' is {text!r}, not a valid template ({error}); write braces as {{{{ }}}}")
        return None
    names = {name for name, _, _ in fields}
    formatted = next((f"{{{n}{'!' + c if c else ''}{':' + f if f else ''}}}"
                      for n, f, c in fields if f or c), None)
    if formatted is not None:  # a format spec can nest fields, or pad a header to a megabyte
        problems.append(f"'subject' has {formatted}; write the fields plainly, as {{title}}, with "
                        "no format after a colon or an exclamation mark")
        return None
    unknown = sorted(names - set(SUBJECT_FIELDS))
    if unknown:
        problems.append(f"'subject' names {{{unknown[0]}}}; a subject may use "
                        + ", ".join(f"{{{n}}}" for n in SUBJECT_FIELDS))
        return None
    return text


def _flag(key: str, value: Any, problems: list[str]) -> bool | None:
    if isinstance(value, bool):
        return value
    problems.append(f"'{key}' is {value!r}; allowed values: true, false")
    return None


def _password(key: str, value: Any, problems: list[str]) -> None:
    problems.append("'password' must not be in the settings file, where anyone who can read it "
                    "can read the password; set the BRIEFING_SMTP_PASSWORD environment variable "
                    "or password_command = [\"pass\", \"show\", \"smtp\"] instead")


def _smtp_keys(base: Path) -> dict[str, Check]:
    return {
        "host": _host, "username": _text, "allow_insecure": _flag, "password": _password,
        "port": lambda k, v, p: _number(k, v, 1, 65535, p, whole=True),
        "security": lambda k, v, p: _choice(k, v, SECURITY, p),
        "timeout": lambda k, v, p: _number(k, v, 1, 600, p),
        "max_size_mb": lambda k, v, p: _number(k, v, 0.001, 1000, p),
        "ca_file": lambda k, v, p: _ca_file(v, base, p),
        "password_command": lambda k, v, p: _command(v, p),
    }


def _smtp(data: Any, base: Path, problems: list[str]) -> SmtpSettings:
    settings = SmtpSettings(**_checked("smtp", data, _smtp_keys(base), problems))
    if (settings.security == "none" and settings.host and settings.host.lower() not in LOCAL_HOSTS
            and not settings.allow_insecure):
        problems.append(f"[smtp] security = \"none\" would send the briefing and the password "
                        f"unencrypted to {settings.host}; use \"starttls\" or \"ssl\", or set "
                        "allow_insecure = true on a network you trust")
    return settings


def _checked(name: str, data: Any, checks: dict[str, Check], problems: list[str]) -> dict[str, Any]:
    """A table's values that passed their checks; each problem is prefixed with the table."""
    if not isinstance(data, dict):
        problems.append(f"'{name}' must be a table: write [{name}] on a line of its own, then its keys")
        return {}
    values: dict[str, Any] = {}
    mine: list[str] = []
    known = [k for k in checks if k != "password"]
    unlisted = False
    for key, value in data.items():
        if key in checks:
            values[key] = checks[key](key, value, mine)
        else:
            unlisted = _unknown(key, known, mine) or unlisted
    if unlisted:
        mine.append(f"known settings: {', '.join(known)}")
    problems.extend(f"[{name}] {problem}" for problem in mine)
    return {k: v for k, v in values.items() if v is not None}


def _unknown(key: str, known: list[str], problems: list[str]) -> bool:
    """A key no check knows, with the known key it is closest to ('organization' → 'organisation');
    True when there is none, and the caller lists the known keys, once for all such keys."""
    import difflib

    bare = {name.strip("[]"): name for name in known}  # a table is listed as [email]
    close = difflib.get_close_matches(key.strip("[]"), list(bare), n=1, cutoff=0.6)
    if close:
        problems.append(f"unknown setting '{key}'; did you mean '{bare[close[0]]}'?")
        return False
    problems.append(f"unknown setting '{key}'")
    return True


def _host(key: str, value: Any, problems: list[str]) -> str | None:
    """A server's name or address, alone: no port, scheme, path or space (each said apart)."""
    import re

    text = _text(key, value, problems)
    if text is None:
        return None
    if ":" in text and not re.fullmatch(r"\[?[0-9A-Fa-f:.]+(%\w+)?\]?", text):  # an IPv6 address has ":"
        problems.append(f"'host' is {text!r}; write the name alone, e.g. host = \"smtp.example.org\", and "
                        "the port apart, e.g. port = 587")
        return None
    if re.search(r"[\s/@\\]", text) or UNSAFE.search(text):
        problems.append(f"'host' is {text!r}, which is not a server's name; write e.g. "
                        "host = \"smtp.example.org\"")
        return None
    return text.strip("[]")


def _ca_file(value: Any, base: Path, problems: list[str]) -> Path | None:
    import stat

    from .discover import describe_mode

    text = _text("ca_file", value, problems)
    if text is None:
        return None
    path = base / Path(text).expanduser()  # relative to the settings file
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):  # ValueError: a NUL in the name
        problems.append(f"'ca_file' is {text!r}, but there is no such file ({shown(path)})")
        return None
    if not stat.S_ISREG(mode):  # a pipe would be waited on when the certificates are read
        problems.append(f"'ca_file' is {text!r}, which is {describe_mode(mode)}, not a file; give the PEM "
                        "file of the certificate authority")
        return None
    return path


def _command(value: Any, problems: list[str]) -> tuple[str, ...] | None:
    import shlex

    if isinstance(value, str) and value.strip():
        return tuple(shlex.split(value))
    if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
        return tuple(value)
    problems.append("'password_command' must be a command, e.g. "
                    "password_command = [\"pass\", \"show\", \"smtp\"]")
    return None


TABLES = ("email", "smtp", "topic")  # written as [email] ... in the file


def settings_keys(base: Path) -> dict[str, Check]:
    """The check of each field of :class:`Settings` (a test holds the two to the same names)."""
    return {
        "title": _text, "organisation": _text, "marking": _text,
        "page_size": lambda k, v, p: _choice(k, v, PAGE_SIZES, p),
        "pdf_variant": lambda k, v, p: _choice(k, v, PDF_VARIANTS, p),
        "context_days": lambda k, v, p: _number(k, v, 0, 366, p, whole=True),
        "topic": lambda k, v, p: _topic(v, base, p),
        "week_start": lambda k, v, p: _choice(k, v, WEEK_STARTS, p),
        "email": lambda k, v, p: _email(v, p),
        "smtp": lambda k, v, p: _smtp(v, base, p),
    }


def known_settings() -> str:
    """"title, organisation, ..., [email], [smtp]": the fields of :class:`Settings`, as written."""
    return ", ".join(f"[{f.name}]" if f.name in TABLES else f.name for f in dataclasses.fields(Settings))


# --- retired settings ------------------------------------------------------------------------

@dataclass(frozen=True)
class Retired:
    """A key the settings file no longer has, in ``table`` (None: at the top).

    A retired key is never an error by itself, so a weekly job that only builds does not break
    on upgrade: every command warns of it, ``--strict`` fails on it, and only ``used_by`` (the
    command that still needs it) reads it, through ``adopt`` (the settings with the old value put
    where it lives now), or refuses it when there is no ``adopt``. Retire a key with an entry in
    :data:`RETIRED`; ``now`` says where it lives now, ``see`` where the README says so.
    """

    key: str
    now: str
    see: str
    used_by: str
    adopt: Callable[[Settings, Any, list[str]], Settings] | None = None
    table: str | None = None

    @property
    def name(self) -> str:
        return f"'{self.key}'" if self.table is None else f"'{self.key}' in [{self.table}]"


def _recipients_as_to(settings: Settings, value: Any, problems: list[str]) -> Settings:
    if settings.email.to:
        problems.append("both 'recipients' and 'to' in [email] are set; delete 'recipients'")
        return settings
    to = _addresses("recipients", value, problems)
    return dataclasses.replace(settings, email=dataclasses.replace(settings.email, to=to))


RETIRED = (
    Retired("recipients", "'to' in [email]", "README 'Sending'", "send", _recipients_as_to),
)


def _split_retired(data: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[Retired, Any]]]:
    """The file's data without its retired keys, and those keys with their values."""
    clean, found = dict(data), []
    for retired in RETIRED:
        table = clean if retired.table is None else clean.get(retired.table)
        if isinstance(table, dict) and retired.key in table:
            if retired.table is not None:
                table = clean[retired.table] = dict(table)
            found.append((retired, table.pop(retired.key)))
    return clean, found


def _with_retired(settings: Settings, found: list[tuple[Retired, Any]], command: str, where: str,
                  strict: bool) -> tuple[Settings, tuple[str, ...]]:
    """The settings as ``command`` reads the retired keys found, and what to warn of."""
    warnings, problems = [], []
    for retired, value in found:
        move = f"move it to {retired.now} (see {retired.see})"
        if command != retired.used_by:
            warnings.append(f"{where}: {retired.name} is retired and {command} does not use it; {move}")
        elif retired.adopt is None:
            problems.append(f"{retired.name} is retired; {move}")
        else:
            settings = retired.adopt(settings, value, problems)
            warnings.append(f"{where}: {retired.name} is retired; {command} reads it as {retired.now} "
                            f"this time; {move}")
    if strict and warnings:
        problems += [f"{r.name} is retired and --strict was given; move it to {r.now} (see {r.see})"
                     for r, _ in found]
    _raise_any(where, problems)
    return settings, tuple(warnings)


def _raise_any(where: str, problems: list[str]) -> None:
    """One error for every problem found, one line each."""
    if len(problems) == 1:
        raise SettingsError(f"{where}: {problems[0]}")
    if problems:
        raise SettingsError(f"{where}:", tuple(problems))


def parse(data: dict[str, Any], where: str, base: Path | None = None) -> Settings:
    """Settings from the parsed TOML; every problem is reported together in one error.

    ``base``: the folder relative paths in the file (``ca_file``) start from. Retired keys are
    left out here: :func:`load_for` says what each command does with them.
    """
    problems: list[str] = []
    values: dict[str, Any] = {}
    checks = settings_keys(base or Path())
    unlisted = False
    for key, value in _split_retired(data)[0].items():
        if key in checks:
            values[key] = checks[key](key, value, problems)
        else:
            unlisted = _unknown(key, known_settings().split(", "), problems) or unlisted
    if unlisted:
        problems.append(f"known settings: {known_settings()}")
    _raise_any(where, problems)
    return Settings().override(**values)


def load(config: Path | None, input_dir: Path) -> Settings:
    """The settings file given, else ``briefing.toml`` in the input folder, else defaults."""
    return load_for("build", config, input_dir)[0]


def load_for(command: str, config: Path | None, input_dir: Path, strict: bool = False,
             topic: str | None = None) -> tuple[Settings, tuple[str, ...]]:
    """The settings as ``command`` reads them, and its warnings (retired keys). ``topic``: the
    story the command line chose (``--topic``), over the file's, keeping the file's additions."""
    chosen = _chosen(topic)
    read = _read(config, input_dir)
    if read is None:
        return (Settings() if chosen is None else Settings(topic=choose_topic(chosen))), ()
    data, path = read
    clean, found = _split_retired(data)
    if chosen is not None:
        table = clean.get("topic")
        clean["topic"] = {**table, "profile": chosen} if isinstance(table, dict) else chosen
    return _with_retired(parse(clean, str(path), path.parent), found, command, str(path), strict)


def _chosen(topic: str | None) -> str | None:
    """``--topic``'s profile as the settings file would name it: a file's path made absolute
    (it is relative to where the command runs, not to the settings file); checked here, so a
    wrong one is said as the option's."""
    from .topic import profile_path, shipped_profiles

    if topic is None or topic.strip() in shipped_profiles():
        return topic and topic.strip()
    try:
        return str(profile_path(topic.strip()).resolve())
    except SettingsError as error:
        raise SettingsError(f"--topic: {error.message}") from None


def _read(config: Path | None, input_dir: Path) -> tuple[dict[str, Any], Path] | None:
    """The settings file's data and path; None when there is no file to read."""
    import tomllib

    from . import tomlfile
    from .discover import NotRegular, read_regular

    path = config or (input_dir / CONFIG_NAME if input_dir.is_dir() else None)
    if path is None or (config is None and not path.exists()):
        return None
    try:
        # Read without waiting: a named pipe given as --config is refused, not waited on.
        # utf-8-sig: an editor on Windows may save a byte-order mark, which TOML does not allow
        return tomlfile.loads(read_regular(path, MAX_SIZE).decode("utf-8-sig")), path
    except NotRegular as error:
        if not path.exists():
            raise SettingsError(f"{path}: no such settings file; check the --config path") from None
        raise SettingsError(f"{path}: {error}") from None
    except UnicodeDecodeError as error:
        raise SettingsError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start}); save it as "
                            "UTF-8 (an editor's \"UTF-16\" or \"Unicode\" is not)") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not valid TOML ({error}); see README 'Settings'") from None
