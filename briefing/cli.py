"""The command line: parse options, call the library, report. No logic lives here.

Heavy modules (WeasyPrint, matplotlib) are imported inside ``build`` only, so
``briefing --help`` and ``briefing extract`` stay fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import math
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__

if TYPE_CHECKING:  # the modules themselves are imported inside the commands
    from .build import BuildResult
    from .config import Settings
    from .model import InputStatus, Period
    from .send import SendResult


TOPIC_HELP = ("The story: a shipped profile's name (briefing/topics/NAME.toml) or the path of a topic "
              "file (.toml). Overrides topic in briefing.toml, keeping its [topic] additions.")


def _megabytes(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """--max-size: click's range lets "nan" through (it compares false both ways)."""
    if not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a number of megabytes; e.g. --max-size 5")
    return value


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Turn a folder of news articles into a weekly, sourced briefing PDF.

    \b
    Examples:
      briefing build clips/                       # clips/ -> output/
      briefing build clips/ --week 2023-W47 -o out/
      briefing send clips/ --week last            # build and e-mail last week's
      briefing extract clips/ --json extraction.json
    """


def _build_options(send: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The options ``build`` and ``send`` share; in ``send``, --to is a recipient, so the
    period's last day is --until there (build takes either name)."""
    last_day = ("--until",) if send else ("--to", "--until")
    options = [
        # required by build; send --pdf needs none (it builds nothing)
        click.argument("input_dir", required=not send,
                       type=click.Path(exists=True, file_okay=True, path_type=Path)),
        click.option("-o", "--output", default="output", show_default=True,
                     type=click.Path(file_okay=False, path_type=Path), help="Folder for the PDF and JSON."),
        click.option("--week", help="ISO week, e.g. 2023-W47; or 'last' or 'this' (by today's date)."),
        click.option("--from", "start", callback=_date, help="First day of the period (YYYY-MM-DD)."),
        click.option(*last_day, "end", callback=_date, help="Last day of the period (YYYY-MM-DD)."),
        click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Settings file (default: briefing.toml in INPUT_DIR, if there)."),
        click.option("--corrections", "corrections",
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="The desk's corrections (default: corrections.toml in INPUT_DIR, if there)."),
        click.option("--topic", help=TOPIC_HELP),
        click.option("--title", help="Title of the briefing.  [default: the story's, from its profile]"),
        click.option("--organisation", help="Organisation line under the title."),
        click.option("--marking", help='Marking on every page, e.g. "UNCLASSIFIED // FOR TRAINING".'),
        click.option("--page-size", type=click.Choice(["A4", "Letter"], case_sensitive=False),
                     help="Paper size.  [default: A4]"),
        click.option("--pdf-ua", "pdf_ua", is_flag=True, default=None,
                     help="Write a tagged, accessible PDF (PDF/UA-1)."),
        click.option("--html", is_flag=True, help="Also write the HTML, for a browser preview."),
        click.option("--max-size", type=click.FloatRange(min=0.001, max=1e6), default=2, show_default=True,
                     callback=_megabytes,
                     help="Largest input file read, in MB."),
        click.option("--no-cache", is_flag=True,
                     help="Read every file again; do not use or update OUTPUT/.cache/briefing.sqlite."),
        click.option("--follow-links", is_flag=True,
                     help="Follow symbolic links that lead out of INPUT_DIR "
                          "(by default they are listed, not read)."),
        click.option("--strict", is_flag=True, help="Fail (exit 1) if any input had a problem."),
        click.option("-v", "--verbose", count=True, help="Say more: each input and its status."),
        click.option("-q", "--quiet", is_flag=True, help="Print only errors."),
    ]

    def apply(command: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            command = option(command)
        return command

    return apply


@main.command()
@_build_options(send=False)
def build(**options: Any) -> None:
    """Build the briefing PDF (and its JSON data) from INPUT_DIR.

    INPUT_DIR is required: the folder of clippings (or one file), read recursively.

    Without --week or --from/--to the briefing covers the 7 days ending on the
    newest publication date in the input, or the day after it when its newest
    articles report that day (a US evening report of the next day in Iraq), so
    the result never depends on the day it is run. A period already sent
    (OUTPUT/sent.jsonl) is not overwritten: the build is written as its next
    revision (briefing-2023-W47-r2.pdf).

    \b
    Examples:
      briefing build clips/
      briefing build clips/ --week 2023-W47
      briefing build clips/ --week last
      briefing build clips/ --from 2023-11-16 --to 2023-11-22 --page-size Letter
      briefing build clips/ --marking "UNCLASSIFIED // FOR TRAINING" --pdf-ua

    Settings kept from week to week (title, organisation, marking, page_size,
    pdf_variant, context_days) can live in INPUT_DIR/briefing.toml or a file
    given with --config; options given here override them.
    """
    _build(**options)


def _settings(command: str, options: dict[str, Any]) -> Settings:
    """The settings file as ``command`` reads it, with the options given put over it. What it
    warns of (a retired key) is said unless -q; with --strict it is an error."""
    from . import config

    settings, warnings = config.load_for(command, options["config_path"], options["input_dir"] or Path(),
                                         options["strict"], options.get("topic"))
    if not options["quiet"]:
        for warning in warnings:
            _echo(f"warning: {warning}", err=True)
    page_size = options["page_size"]
    return settings.override(
        title=options["title"], organisation=options["organisation"], marking=options["marking"],
        page_size=page_size and ("Letter" if page_size.lower() == "letter" else "A4"),
        pdf_variant="pdf/ua-1" if options["pdf_ua"] else None)


def _period(week: str | None, start: dt.date | None, end: dt.date | None, last_day: str) -> Period | None:
    from .errors import PeriodError
    from .period import date_range, relative_week

    if week and (start or end):
        raise click.UsageError(f"give either --week or --from/{last_day}, not both")
    if (start is None) != (end is None):
        raise click.UsageError(f"--from and {last_day} go together; give both")
    try:  # a period that does not exist is a wrong option value: a usage error (exit 2)
        if week:  # the clock is read here, and only here
            word = week.strip()
            return relative_week(word.lower() if word.lower() in ("last", "this") else word, dt.date.today())
        return date_range(start, end, last_day) if start and end else None
    except PeriodError as error:
        raise click.UsageError(error.message) from None


def _build(input_dir: Path, output: Path, week: str | None, start: dt.date | None,
           end: dt.date | None, config_path: Path | None, title: str | None,
           organisation: str | None, marking: str | None, page_size: str | None,
           pdf_ua: bool | None, html: bool, max_size: float, no_cache: bool, follow_links: bool,
           strict: bool, verbose: int, quiet: bool, corrections: Path | None = None,
           last_day: str = "--to", settings: Settings | None = None, topic: str | None = None) -> BuildResult:
    """Build as ``briefing build`` does, report, and return the result."""
    from .build import BuildOptions
    from .build import build as run_build

    period = _period(week, start, end, last_day)
    if settings is None:
        settings = _settings("build", {
            "config_path": config_path, "input_dir": input_dir, "title": title, "organisation": organisation,
            "marking": marking, "page_size": page_size, "pdf_ua": pdf_ua, "strict": strict, "quiet": quiet,
            "topic": topic})
    with _progress(quiet) as progress:
        options = BuildOptions(output=output, period=period, settings=settings, html=html,
                               max_bytes=int(max_size * 1_000_000), cache=not no_cache,
                               progress=progress, strict=strict, follow_links=follow_links, quiet=quiet,
                               corrections=corrections)
        result = run_build([input_dir], options)
    if not quiet:
        _report(result, verbose)
    for url in result.refused:  # said even with -q: it means a template asks for outside files
        _echo(f"warning: the renderer refused to fetch {url[:100]}", err=True)
    if result.failure is not None:
        raise result.failure
    return result


def _echo(text: str, err: bool = False) -> None:
    """One line for the terminal, every name in it shown safely (see errors.shown): a name
    with a newline cannot start a fake line, an escape sequence cannot reach the terminal."""
    from .errors import shown

    click.echo(shown(text), err=err)


def _report(result: BuildResult, verbose: int) -> None:
    from .errors import InputError, StrictError

    for note in result.notes:
        _echo(f"warning: {note}", err=True)
    # When nothing could be used, why is each input's status: shown without -v too.
    unusable = isinstance(result.failure, InputError) and not isinstance(result.failure, StrictError)
    _summary(result.briefing.inputs, verbose or unusable)
    for problem in result.briefing.extraction.problems:
        _echo(f"warning: {problem.path}: {problem.message}", err=True)
    if result.failure is not None:
        return
    if result.unchanged:
        _echo(f"{result.pdf} was sent on {result.unchanged.time:%Y-%m-%d} and nothing has "
                   "changed since; not written again")
        return
    revision = f" (revision {result.revision.number} of {result.revision.revises}, sent on " \
               f"{result.revision.sent_on:%Y-%m-%d})" if result.revision else ""
    _echo(f"wrote {result.pdf}{revision}")
    _echo(f"wrote {result.json}")
    stem = result.json.with_suffix("")
    _echo(f"wrote {stem}.events.csv and {stem.name}.figures.csv")
    applied = [c for c in result.briefing.corrections if c.status == "applied"]
    if result.briefing.corrections:
        click.echo(f"applied {len(applied)} of {len(result.briefing.corrections)} correction(s) of the desk")
    if result.html:
        _echo(f"wrote {result.html}")


@main.command()
@_build_options(send=True)
@click.option("--pdf", "pdf", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Send this PDF, built earlier (its JSON must be beside it), instead of building; "
                   "then INPUT_DIR is only where briefing.toml is looked for (default: this folder).")
@click.option("--to", "to", multiple=True, metavar="ADDRESS",
              help="Recipient; repeat for more. Replaces 'to' of [email] in briefing.toml.")
@click.option("--attach-json", is_flag=True, help="Attach the briefing's JSON data too.")
@click.option("--dry-run", is_flag=True,
              help="Write the message to a .eml file beside the PDF and say who would get it; send nothing.")
@click.option("--again", is_flag=True, help="Send even if this PDF already went to these recipients.")
def send(pdf: Path | None, to: tuple[str, ...], attach_json: bool, dry_run: bool, again: bool,
         **options: Any) -> None:
    """Build the briefing (as 'build' does) and e-mail it, or e-mail one built before (--pdf).

    Recipients, sender and subject come from [email] in briefing.toml, the mail
    server from [smtp]; the password from the BRIEFING_SMTP_PASSWORD environment
    variable or [smtp] password_command, never from the file. Each message sent
    is recorded in OUTPUT/sent.jsonl; the same PDF is not sent to the same people
    twice without --again. The period's last day is --until here (--to is a recipient).

    \b
    Examples:
      briefing send clips/ --week last -q          # the weekly job (see README)
      briefing send clips/ --week 2023-W47 --dry-run
      briefing send --pdf output/briefing-2023-W47.pdf --to analyst@example.org
      briefing send clips/ --from 2023-11-16 --until 2023-11-22 --attach-json
    """
    from .mail import Letter
    from .publish import locked
    from .send import SendOptions, check_pdf, load_letter
    from .send import send as run_send

    now = dt.datetime.now().astimezone()  # the clock is read here, and only here
    for address in to:
        _check_recipient(address)
    if pdf is not None and any(options[name] for name in ("week", "start", "end")):
        raise click.UsageError("--pdf sends a briefing already built; leave out --week/--from/--until")
    if pdf is not None:
        _refuse_build_options()
    if pdf is None and options["input_dir"] is None:
        raise click.UsageError("give INPUT_DIR, the folder of clippings to build from, or --pdf FILE to "
                               "send a briefing built before")
    settings = _settings("send", options)  # read once: the briefing is built and sent with them
    given = pdf
    pdf = check_pdf(pdf) if pdf else None  # a link to a PDF is sent, and logged, as the PDF itself
    # One lock from the build to the log line: a second send (or build) meanwhile is told it is busy.
    with locked(pdf.parent if pdf else options["output"]):
        if pdf is None:
            pdf = _build(**options, last_day="--until", settings=settings).pdf
        # The message is written from the files it carries: the PDF and the JSON beside it.
        letter: Letter = load_letter(pdf, settings, attach_json)
        done = run_send(letter, SendOptions(to, attach_json, dry_run, again), now, os.environ)
    if not options["quiet"]:
        _report_send(done, given or pdf)


# What only a build reads: given with --pdf, they would be ignored without a word.
BUILD_ONLY = ("title", "organisation", "marking", "page_size", "pdf_ua", "html", "max_size", "no_cache",
              "follow_links", "corrections", "output")


def _refuse_build_options() -> None:
    from click.core import ParameterSource

    context = click.get_current_context()
    given = [f"--{name.replace('_', '-')}" for name in BUILD_ONLY
             if context.get_parameter_source(name) not in (None, ParameterSource.DEFAULT)]
    if given:
        raise click.UsageError(f"--pdf sends a briefing already built, so {', '.join(given)} would change "
                               "nothing; leave it out, or build again with it first")


def _report_send(done: SendResult, pdf: Path) -> None:
    if done.eml is None:
        _echo(f"sent {pdf} to {', '.join(done.accepted)} ({done.message_id})")
        return
    _echo(f"dry run: nothing sent; {pdf} would go to:")
    envelope = done.envelope
    for kind, addresses in (("to", envelope.to), ("cc", envelope.cc), ("bcc", envelope.bcc)):
        for address in addresses:
            _echo(f"  {kind}: {address}")
    _echo(f"wrote {done.eml}")


def _check_recipient(address: str) -> None:
    """--to is a recipient: a date there meant --until, and anything else must be one address."""
    from .config import check_address

    with contextlib.suppress(ValueError):
        dt.date.fromisoformat(address)
        raise click.UsageError(f"--to takes a recipient's address; for the last day of the period "
                               f"give --until {address}")
    if check_address("--to", address, []) is None:
        raise click.UsageError(f"--to {address!r} is not one mail address; write e.g. --to ann@example.org")


@contextlib.contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr for long runs, only when a person is watching a terminal."""
    if quiet or os.environ.get("CI") or not _is_terminal(sys.stderr):
        yield None
        return
    bars: list[Any] = []

    def update(done: int, total: int) -> None:
        if total < 50:
            return
        if not bars:
            bars.append(click.progressbar(length=total, label="reading new articles", file=sys.stderr))
            bars[0].__enter__()
        bars[0].update(1)

    try:
        yield update
    finally:
        if bars:
            bars[0].__exit__(None, None, None)


def _is_terminal(stream: Any) -> bool:
    try:
        return stream is not None and bool(stream.isatty())
    except (OSError, ValueError):
        return False


def _summary(inputs: tuple[InputStatus, ...], verbose: int) -> None:
    counts: dict[str, int] = {}
    for status in inputs:
        counts[status.status] = counts.get(status.status, 0) + 1
        if verbose:
            _echo(f"  {status.status:<15} {status.path}: {status.reason}")
    files = len({status.path.split("#")[0] for status in inputs})
    _echo(f"{files} input file(s), {len(inputs)} entries: "
               + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())))


@main.command()
@click.argument("input_dir", type=click.Path(exists=True, file_okay=True, path_type=Path))
@click.option("-o", "--output", default="output", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for the review sheet.")
@click.option("--week", help="ISO week, e.g. 2023-W47; or 'last' or 'this' (by today's date).")
@click.option("--from", "start", callback=_date, help="First day of the period (YYYY-MM-DD).")
@click.option("--to", "--until", "end", callback=_date, help="Last day of the period (YYYY-MM-DD).")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Settings file (default: briefing.toml in INPUT_DIR, if there).")
@click.option("--corrections", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The desk's corrections (default: corrections.toml in INPUT_DIR, if there).")
@click.option("--no-cache", is_flag=True, help="Read every file again; do not use or update the cache.")
@click.option("--max-size", type=click.FloatRange(min=0.001, max=1e6), default=2, show_default=True,
              callback=_megabytes, help="Largest input file read, in MB (as the build's).")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links that lead out of INPUT_DIR (as the build does).")
@click.option("--strict", is_flag=True, help="Fail (exit 1) if any input or correction had a problem.")
@click.option("--topic", help=TOPIC_HELP)
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
def review(input_dir: Path, output: Path, week: str | None, start: dt.date | None, end: dt.date | None,
           config_path: Path | None, corrections: Path | None, no_cache: bool, max_size: float,
           follow_links: bool, strict: bool, quiet: bool, topic: str | None) -> None:
    """Write the period's review sheet: every row and figure with its id, quotes, sources and flags.

    Writes OUTPUT/review-<period>.html (opens offline in a browser), the same as
    review-<period>.csv, and review-<period>.corrections.toml: a commented entry,
    ready to uncomment, for each flagged item. The corrections in INPUT_DIR are
    applied first, so the sheet shows the briefing as it would be sent.

    \b
    Examples:
      briefing review clips/ --week last
      briefing review clips/ --week 2023-W47 -o review/
    """
    from .build import BuildOptions
    from .build import review as run_review
    from .errors import StrictError
    from .period import describe

    settings = _settings("review", {"config_path": config_path, "input_dir": input_dir, "strict": strict,
                                    "quiet": quiet, "title": None, "organisation": None, "marking": None,
                                    "page_size": None, "pdf_ua": None, "topic": topic})
    options = BuildOptions(output=output, period=_period(week, start, end, "--to"), settings=settings,
                           cache=not no_cache, quiet=quiet, corrections=corrections,
                           max_bytes=int(max_size * 1_000_000), follow_links=follow_links)
    result = run_review([input_dir], options)
    problems = result.briefing.extraction.problems
    if not quiet:
        for problem in problems:
            _echo(f"warning: {problem.path}: {problem.message}", err=True)
        if not result.dated:  # a build would stop here; the sheet is written, but not as if all were well
            _echo(f"warning: no row or figure of the input falls in {describe(result.briefing.period)}; "
                  "check the period (--week, --from/--to)", err=True)
        click.echo(f"{result.flagged} flagged item(s)")
        for path in (result.html, result.csv, result.template):
            _echo(f"wrote {path}")
    if strict and problems:
        raise StrictError(f"{len(problems)} problem(s) and --strict was given")


@main.command()
@click.argument("inputs", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--json", "json_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the extraction: a regular file, or '-' for standard output.")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links that lead out of the input folders.")
@click.option("--topic", help=TOPIC_HELP)
def extract(inputs: tuple[Path, ...], json_path: Path, follow_links: bool, topic: str | None) -> None:
    """Write what was read from INPUTS (articles, events, tallies) as JSON, schema briefing.extract/1.

    No charts and no PDF: this is fast and suits scripts.

    \b
    Examples:
      briefing extract sample_input/ --json extraction.json
      briefing extract a.txt b.md --json - | jq '.tallies[].value'
    """
    from . import config
    from .build import extract as run_extract
    from .errors import BriefingError
    from .export import write_json
    from .publish import regular_target, write_set

    settings, warnings = config.load_for("extract", None, inputs[0], topic=topic)
    for warning in warnings:
        _echo(f"warning: {warning}", err=True)
    story = settings.topic  # the profile chosen, with a team's [topic] additions beside the input
    to_stdout = str(json_path) == "-"
    if not to_stdout:
        regular_target(json_path)
    extraction = run_extract(list(inputs), follow_links=follow_links, topic=story,
                             own=[] if to_stdout else [json_path])
    if to_stdout:
        try:
            write_json(sys.stdout.buffer, extraction)
            sys.stdout.flush()
        except OSError as error:  # a closed pipe (`| head`), a full disk
            raise BriefingError(f"cannot write the output ({error.strerror or error})") from None
    else:
        write_set({json_path: lambda stream: write_json(stream, extraction)})


def printable(path: Path) -> str:
    return os.fsencode(path).decode("utf-8", "replace")


def run() -> None:
    """The ``briefing`` command: :func:`main`, made safe against its own standard streams.

    A closed standard stream is reopened on /dev/null first, so no file the build opens can
    take its number (and receive the messages meant for the terminal). Output that cannot
    be written (a closed pipe, a full disk, ``>&-``) ends the run with one line on
    standard error, or silently if that is gone too, and exit status 1: never a traceback.
    """
    for number, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(number)
        except OSError:
            os.open(os.devnull, os.O_RDWR)  # takes the lowest free number: this one
        if getattr(sys, name) is None:  # Python found it closed at start
            setattr(sys, name, open(number, "r" if number == 0 else "w", closefd=False))  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError):
                stream.reconfigure(errors="backslashreplace")
    try:
        code = main(standalone_mode=False)
        sys.stdout.flush()
    except click.exceptions.Exit as done:
        code = done.exit_code
    except click.Abort:
        _say("Aborted!")
        code = 1
    except click.ClickException as error:
        _say_error(error)
        code = error.exit_code
    except OSError as error:  # standard output or error could not be written
        _give_up_output(error)
        code = 1
    _leave(code if isinstance(code, int) else 0)


def _say_error(error: click.ClickException) -> None:
    from .errors import BriefingError, shown

    if not isinstance(error, BriefingError):  # ours escape their names when formatted
        vars(error)["message"] = shown(error.message)  # click's own messages name paths too
    try:
        error.show()
        sys.stderr.flush()
    except OSError as failure:
        _give_up_output(failure)


def _say(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        _echo(text, err=True)


def _give_up_output(error: OSError) -> None:
    """Point the standard streams at /dev/null (so Python's own flush at exit cannot fail
    again), then say once, if standard error still works, what went wrong."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"Error: cannot write the output ({error.strerror or error})\n")
        sys.stderr.flush()
    os.dup2(devnull, 2)
    os.close(devnull)


def _leave(code: int) -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
            os.close(devnull)
    sys.exit(code)
