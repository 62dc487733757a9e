"""The command line: parse options, call the library, report. No logic lives here.

Heavy modules (WeasyPrint, matplotlib) are imported inside ``build`` only, so
``briefing --help`` and ``briefing extract`` stay fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import BriefingError, StrictError


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
      briefing build                      # sample_input/ -> output/
      briefing build clips/ --week 2023-W47 -o out/
      briefing extract clips/ --json extraction.json
    """


@main.command()
@click.argument("input_dir", required=False, default="sample_input",
                type=click.Path(exists=True, file_okay=True, path_type=Path))
@click.option("-o", "--output", default="output", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for the PDF and JSON.")
@click.option("--week", help="ISO week to brief, e.g. 2023-W47.")
@click.option("--from", "start", callback=_date, help="First day of the period (YYYY-MM-DD).")
@click.option("--to", "end", callback=_date, help="Last day of the period (YYYY-MM-DD).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Settings file (default: briefing.toml in INPUT_DIR, if there).")
@click.option("--title", help="Title of the briefing.  [default: Attacks on US forces in Iraq and Syria]")
@click.option("--organisation", help="Organisation line under the title.")
@click.option("--marking", help='Marking on every page, e.g. "UNCLASSIFIED // FOR TRAINING".')
@click.option("--page-size", type=click.Choice(["A4", "Letter"], case_sensitive=False),
              help="Paper size.  [default: A4]")
@click.option("--pdf-ua", "pdf_ua", is_flag=True, default=None,
              help="Write a tagged, accessible PDF (PDF/UA-1).")
@click.option("--html", is_flag=True, help="Also write the HTML, for a browser preview.")
@click.option("--max-size", type=click.FloatRange(min=0.001, max=1e6), default=2, show_default=True,
              help="Largest input file read, in MB.")
@click.option("--no-cache", is_flag=True,
              help="Read every file again; do not use or update OUTPUT/.cache/briefing.sqlite.")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links that lead out of INPUT_DIR (by default they are listed, not read).")
@click.option("--strict", is_flag=True, help="Fail (exit 1) if any input had a problem.")
@click.option("-v", "--verbose", count=True, help="Say more: each input and its status.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
def build(input_dir: Path, output: Path, week: str | None, start: dt.date | None,
          end: dt.date | None, config_path: Path | None, title: str | None,
          organisation: str | None, marking: str | None, page_size: str | None,
          pdf_ua: bool | None, html: bool, max_size: float, no_cache: bool, follow_links: bool,
          strict: bool, verbose: int, quiet: bool) -> None:
    """Build the briefing PDF (and its JSON data) from INPUT_DIR.

    Without --week or --from/--to the briefing covers the 7 days ending on the
    newest publication date in the input, so the result never depends on the
    day it is run.

    \b
    Examples:
      briefing build
      briefing build clips/ --week 2023-W47
      briefing build clips/ --from 2023-11-16 --to 2023-11-22 --page-size Letter
      briefing build clips/ --marking "UNCLASSIFIED // FOR TRAINING" --pdf-ua

    Settings kept from week to week (title, organisation, marking, page_size,
    pdf_variant, context_days) can live in INPUT_DIR/briefing.toml or a file
    given with --config; options given here override them.
    """
    from . import config
    from .build import BuildOptions
    from .build import build as run_build
    from .period import date_range, iso_week

    if week and (start or end):
        raise click.UsageError("give either --week or --from/--to, not both")
    if (start is None) != (end is None):
        raise click.UsageError("--from and --to go together; give both")
    period = iso_week(week) if week else (date_range(start, end) if start and end else None)
    settings = config.load(config_path, input_dir).override(
        title=title, organisation=organisation, marking=marking,
        page_size=page_size and ("Letter" if page_size.lower() == "letter" else "A4"),
        pdf_variant="pdf/ua-1" if pdf_ua else None)
    with _progress(quiet) as progress:
        options = BuildOptions(output=output, period=period, settings=settings, html=html,
                               max_bytes=int(max_size * 1_000_000), cache=not no_cache,
                               progress=progress, follow_links=follow_links, quiet=quiet)
        result = run_build([input_dir], options)
    _report(result, input_dir, verbose, quiet)
    problems = result.briefing.extraction.problems
    if strict and problems:
        raise StrictError(f"{len(problems)} input problem(s) and --strict was given")


def _report(result: Any, input_dir: Path, verbose: int, quiet: bool) -> None:
    briefing = result.briefing
    if not quiet:
        from .render import missing_fast_subsetting

        slow = missing_fast_subsetting()
        if slow:
            click.echo(f"warning: {slow}", err=True)
        for note in result.notes:
            click.echo(f"warning: {note}", err=True)
        _summary(briefing.inputs, verbose)
        for problem in briefing.extraction.problems:
            click.echo(f"warning: {problem.path}: {problem.message}", err=True)
        click.echo(f"wrote {result.pdf}")
        click.echo(f"wrote {result.json}")
        if result.html:
            click.echo(f"wrote {result.html}")
    for url in result.refused:  # said even with -q: it means a template asks for outside files
        click.echo(f"warning: the renderer refused to fetch {url[:100]}", err=True)
    if not any(s.status in ("used", "not-shown") for s in briefing.inputs):
        raise BriefingError(f"no input in {printable(input_dir)} could be used for "
                            f"{briefing.period.start} – {briefing.period.end}; see the appendix")


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


def _summary(inputs, verbose: int) -> None:  # type: ignore[no-untyped-def]
    counts: dict[str, int] = {}
    for status in inputs:
        counts[status.status] = counts.get(status.status, 0) + 1
        if verbose:
            click.echo(f"  {status.status:<15} {status.path}: {status.reason}")
    files = len({status.path.split("#")[0] for status in inputs})
    click.echo(f"{files} input file(s), {len(inputs)} entries: "
               + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())))


@main.command()
@click.argument("inputs", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--json", "json_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the extraction: a regular file, or '-' for standard output.")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links that lead out of the input folders.")
def extract(inputs: tuple[Path, ...], json_path: Path, follow_links: bool) -> None:
    """Write what was read from INPUTS (articles, events, tallies) as JSON, schema briefing.extract/2.

    No charts and no PDF: this is fast and suits scripts.

    \b
    Examples:
      briefing extract sample_input/ --json extraction.json
      briefing extract a.txt b.md --json - | jq '.tallies[].value'
    """
    from .build import extract as run_extract
    from .export import write_json
    from .publish import regular_target, write_set

    to_stdout = str(json_path) == "-"
    if not to_stdout:
        regular_target(json_path)
    extraction = run_extract(list(inputs), follow_links=follow_links, own=[] if to_stdout else [json_path])
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
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
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
    try:
        error.show()
        sys.stderr.flush()
    except OSError as failure:
        _give_up_output(failure)


def _say(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        click.echo(text, err=True)


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
