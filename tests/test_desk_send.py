"""``send`` mails the corrected briefing; a correction to a week already sent makes a revision."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import main
from tests.desk_week import STRIKE_ID, write_week
from tests.mailserver import mail_server


def _config(folder: Path, port: int) -> Path:
    path = folder / "briefing.toml"
    path.write_text(
        '[email]\nfrom = "Desk <desk@example.org>"\nto = ["ann@example.org"]\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n',
        encoding="utf-8",
    )
    return path


def _send(folder: Path, out: Path) -> str:
    result = CliRunner().invoke(
        main,
        [
            "send",
            str(folder),
            "-o",
            str(out),
            "--from",
            "2024-02-01",
            "--until",
            "2024-02-07",
            "--attach-json",
        ],
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_a_correction_after_sending_is_mailed_as_a_revision(tmp_path: Path) -> None:
    folder, out = write_week(tmp_path / "clips"), tmp_path / "out"
    (folder / "nodate.txt").unlink()
    with mail_server() as (port, server):
        _config(folder, port)
        _send(folder, out)
        (folder / "corrections.toml").write_text(
            f'[[drop]]\nid = "{STRIKE_ID}"\nwhy = "the depot strike was an exercise"\n', encoding="utf-8"
        )
        output = _send(folder, out)
    assert "(revision 2 of briefing-2024-02-01_to_2024-02-07.pdf" in output
    first, second = (
        email.message_from_bytes(m.content, policy=email.policy.default) for m in server.received
    )
    attached = {part.get_filename(): part.get_content() for part in second.iter_attachments()}
    document = json.loads(attached["briefing-2024-02-01_to_2024-02-07-r2.json"])
    assert [c["targets"] for c in document["corrections"]] == [[STRIKE_ID]]
    assert STRIKE_ID not in {e["id"] for e in document["events"]}
    revised = out / "briefing-2024-02-01_to_2024-02-07-r2.pdf"
    assert attached[revised.name] == revised.read_bytes()
    front = " ".join(PdfReader(revised).pages[0].extract_text().split())
    assert (f"Corrected by the desk: drop {STRIKE_ID} (the depot strike was an exercise).") in front
    pages = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(revised).pages)
    assert "Corrections by the desk" in pages and "the depot strike was an exercise" in pages
    assert first["Subject"] != second["Subject"]


def test_the_revision_says_which_corrections_and_comment_changed(tmp_path: Path) -> None:
    import dataclasses

    from briefing.model import Comment, DeskCorrection
    from briefing.revision import desk_changes
    from tests.desk_week import corrected

    briefing = corrected(write_week(tmp_path))
    kept = DeskCorrection("drop-1", "drop", ("a",), (), "wrong")
    new = DeskCorrection("drop-2", "drop", ("b",), (), "twice")
    stale = DeskCorrection("drop-3", "drop", ("c",), (), "gone", "stale", "matches nothing")
    after = dataclasses.replace(
        briefing, corrections=(kept, new, stale), comment=Comment("n", "Now", "<p>Now</p>")
    )
    before = {
        "corrections": [
            {"kind": "drop", "targets": ["a"], "why": "wrong", "status": "applied"},
            {"kind": "change", "targets": ["d"], "why": "w", "status": "applied"},
        ],
        "comment": {"path": "n", "text": "Before"},
    }
    assert desk_changes(before, after) == [
        "Corrected by the desk: drop b (twice).",
        "Desk corrections withdrawn: change d (w).",
        "The analyst comment changed.",
    ]
    same = {
        "corrections": [
            {"kind": "drop", "targets": [t], "why": w, "status": "applied"}
            for t, w in (("a", "wrong"), ("b", "twice"))
        ],
        "comment": {"text": "Now"},
    }
    assert desk_changes(same, after) == []
