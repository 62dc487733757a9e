"""What a build (and ``briefing review``) calls: find the desk's files, correct, mark the briefing."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..discover import printable
from ..errors import BriefingError
from ..model import ArticleRecord, Briefing, Comment, Extraction, InputStatus, Problem
from ..topic import Topic
from . import corrections as corrections_file
from . import notes as notes_file
from .apply import Outcome, apply


@dataclass(frozen=True)
class DeskFiles:
    """The desk's files of a run: its corrections (None without a file), its comment, and what
    was wrong with the notes (the corrections' problems are errors, raised on reading)."""

    corrections: corrections_file.Corrections | None = None
    comment: Comment | None = None
    problems: tuple[Problem, ...] = ()


def gather(inputs: Sequence[Path], explicit: Path | None = None, follow_links: bool = False) -> DeskFiles:
    """``corrections.toml`` (or ``explicit``, from --corrections) and ``notes.md`` beside the input;
    either one that links out of the folder is read only with ``follow_links``, as an input is."""
    folder = inputs[0] if len(inputs) == 1 and inputs[0].is_dir() else None
    path = explicit
    if explicit is not None and not (explicit.exists() or explicit.is_symlink()):
        raise BriefingError(f"--corrections {explicit}: no such file; give the path of a corrections.toml")
    beside = folder / corrections_file.FILE_NAME if folder is not None else None
    if path is None and beside is not None and (beside.exists() or beside.is_symlink()):
        path = beside  # whatever it is: a folder or a pipe by this name is an error, not ignored
        _refuse_link_out(beside, beside.parent, follow_links)
    found = corrections_file.load(path) if path is not None else None
    if folder is None:
        return DeskFiles(found)
    comment, problems = _notes(folder / notes_file.FILE_NAME, folder, follow_links)
    return DeskFiles(found, comment, problems)


def _outside(path: Path, folder: Path) -> Path | None:
    """Where the link ``path`` leads when that is outside ``folder`` (None: inside, or no link)."""
    if not path.is_symlink():
        return None
    target = path.resolve()
    return None if target.is_relative_to(folder.resolve()) else target


def _refuse_link_out(path: Path, folder: Path, follow_links: bool) -> None:
    target = _outside(path, folder)
    if target is not None and not follow_links:
        raise BriefingError(f"{path} is a symbolic link to {printable(target)}, outside the input folder; "
                            f"not read: give --corrections {printable(target)} to use it, or "
                            "--follow-links (as for the clippings)")


def _notes(path: Path, folder: Path, follow_links: bool) -> tuple[Comment | None, tuple[Problem, ...]]:
    """The comment in ``notes.md``; whatever else stands under that name is said in one line."""
    import stat

    from ..discover import describe_mode

    if not (path.exists() or path.is_symlink()):
        return None, ()
    none = "; not read, so the briefing has no analyst comment"
    if not path.exists():
        return None, (Problem(str(path), "notes", f"a symbolic link to {printable(path.readlink())}, "
                              f"which does not exist{none}"),)
    target = _outside(path, folder)
    if target is not None and not follow_links:
        return None, (Problem(str(path), "notes", f"a symbolic link to {printable(target)}, outside the "
                              f"input folder{none} (--follow-links reads it)"),)
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        return None, (Problem(str(path), "notes", f"{describe_mode(mode)}, not a file{none}"),)
    return notes_file.read(path)


def correct(extraction: Extraction, desk: DeskFiles, topic: Topic | None, max_bytes: int) -> Outcome:
    """The extraction as the desk corrected it; unchanged (and no corrections) without a file."""
    extraction = dataclasses.replace(extraction, problems=(*extraction.problems, *desk.problems))
    if desk.corrections is None:
        return Outcome(extraction, ())
    from ..topic import load_topic

    story = topic or load_topic()
    countries = story.campaign.countries

    def text_of(record: ArticleRecord) -> str | None:
        return article_text(record, max_bytes)

    corrections_file.check_kinds(desk.corrections, [kind for kind, _ in story.said.kinds])
    return apply(extraction, desk.corrections, text_of, countries, story.said)


def article_text(record: ArticleRecord, max_bytes: int) -> str | None:
    """The text of an input article, read again (the extraction keeps none): for an [[add]]'s quote."""
    from ..ingest import read_inputs

    in_feed = "#" in record.path  # a feed's Nth item is "file#N", id "base.N"
    path = record.path.rsplit("#", 1)[0] if in_feed else record.path
    base = record.id.rsplit(".", 1)[0] if in_feed else record.id
    articles, _ = read_inputs(Path(path), record.path, base, max_bytes)
    return next((a.text for a in articles if a.id == record.id), None)


def finish(briefing: Briefing, outcome: Outcome, desk: DeskFiles) -> Briefing:
    """The assembled briefing with the desk's marks: its corrections, its comment, and each
    excluded input's status."""
    excluded = {a.id: a for a in outcome.extraction.articles if a.corrected and _excluded(a, outcome)}
    why = {ref: c.why for c in outcome.corrections for ref in (c.ref,)}
    inputs = tuple(
        InputStatus(s.path, s.article, "excluded", "excluded by the desk: " + "; ".join(
            why[r] for r in excluded[s.article].corrected if r in why))
        if s.article in excluded else s for s in briefing.inputs)
    return dataclasses.replace(briefing, inputs=inputs, corrections=outcome.corrections, comment=desk.comment)


def _excluded(article: ArticleRecord, outcome: Outcome) -> bool:
    return any(c.kind == "source" and c.status == "applied" and c.ref in article.corrected
               and ("exclude", "true") in c.fields for c in outcome.corrections)
