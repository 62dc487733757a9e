"""The story's end as data (issues 22, 23): ``[campaign] end`` keeps an act dated after it, and a
running figure given after it, out of the story, and the run says how many it left out and which
setting to change. An article published after the end still tells the acts inside the span.
Every text here is our own."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.extract.events import read_events
from briefing.topic import load_topic
from tests.conftest import make_article

_SHIPPED = Path(__file__).resolve().parent.parent / "briefing" / "topics"
_END = re.compile(r"^end = .*\n", re.M)

# an attack and a count of a later phase, told in March 2026
_LATER = ("---\npublished: 2026-03-03\n---\nDrones hit a base hosting U.S. troops in eastern Syria on "
          "Monday, officials said. Militias have attacked U.S. forces more than 20 times since the war "
          "began, the Pentagon said on Tuesday.\n")
# told three days after the end: Friday's attack is inside the span, Monday's after it
_INSIDE = ("---\npublished: 2025-01-22\n---\nRockets struck a base hosting U.S. troops in eastern Syria on "
           "Friday, Jan. 17, officials said on Wednesday.\n")
_JUST_AFTER = ("---\npublished: 2025-01-22\n---\nRockets struck a base hosting U.S. troops in eastern Syria "
               "on Monday, officials said on Wednesday.\n")


def _profile(name: str, end: str | None, folder: Path) -> Path:
    """A shipped profile with ``[campaign] end`` as given (None: no end), written to ``folder``."""
    text = _END.sub("", (_SHIPPED / f"{name}.toml").read_text(encoding="utf-8"), count=1)
    if end is not None:
        text = text.replace("\nstart = ", f"\nend = {end}\nstart = ", 1)
    ours = folder / f"{name}-{end or 'no-end'}.toml"  # a file per profile: loaded profiles are kept by path
    ours.write_text(text, encoding="utf-8")
    return ours


def _extract(texts: dict[str, str], folder: Path, topic: Path | None = None) -> dict[str, Any]:
    clips = folder / "clips"
    clips.mkdir(parents=True)
    for name, text in texts.items():
        (clips / name).write_text(text, encoding="utf-8")
    args = ["extract", str(clips), "--json", "-", *(["--topic", str(topic)] if topic else [])]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_the_first_story_ends_with_the_gaza_ceasefire() -> None:
    assert load_topic(path=_SHIPPED / "us-forces-iraq-syria.toml").campaign.end == dt.date(2025, 1, 19)


def test_an_attack_and_a_count_after_the_end_give_no_record_and_the_run_says_so(tmp_path: Path) -> None:
    data = _extract({"later.md": _LATER}, tmp_path)
    assert data["events"] == [] and data["tallies"] == []
    (problem,) = data["problems"]
    assert problem["path"].endswith("later.md")
    assert problem["message"] == ("2 record(s) left out as after the campaign's end (19 Jan 2025): 1 act(s), "
                                  "1 running figure(s); to keep them, move or remove 'end' in the topic "
                                  "profile's [campaign] table")


def test_a_report_after_the_end_keeps_the_acts_inside_the_span(tmp_path: Path) -> None:
    data = _extract({"inside.md": _INSIDE, "after.md": _JUST_AFTER}, tmp_path)
    events = data["events"]
    assert [(e["date"], e["sources"][0]["article"][:6]) for e in events] == [
        ("2025-01-17", "inside")]
    assert [p["path"].rsplit("/", 1)[-1] for p in data["problems"]] == ["after.md"]


def test_a_2026_report_recalling_a_2024_attack_keeps_that_attack() -> None:
    text = ("A drone attack on Jan. 28, 2024 killed three U.S. soldiers at a base in Jordan, "
            "the report recalls.")
    read = read_events(make_article(text, dt.date(2026, 3, 3)), load_topic())
    assert [(e.type, e.date) for e in read.events] == [("attack_on_us_forces", dt.date(2024, 1, 28))]
    assert read.after_end == 0


@pytest.mark.parametrize("end", [None, "2026-12-31"])
def test_without_an_end_or_with_a_later_one_the_story_goes_on(end: str | None, tmp_path: Path) -> None:
    topic = _profile("us-forces-iraq-syria", end, tmp_path)
    data = _extract({"later.md": _LATER}, tmp_path, topic)
    assert [(e["date"], e["type"]) for e in data["events"]] == [
        ("2026-03-02", "attack_on_us_forces")]
    assert [(t["metric"], t["value"]) for t in data["tallies"]] == [("attacks", 20)]
    assert data["problems"] == []


def test_a_red_sea_strike_after_the_end_is_left_out_with_a_warning(tmp_path: Path) -> None:
    text = ("---\npublished: 2025-03-17\n---\nU.S. forces struck two Houthi weapons depots in Yemen on "
            "Sunday, officials said.\n")
    data = _extract({"strike.md": text}, tmp_path, _profile("red-sea", "2025-01-19", tmp_path))
    assert data["events"] == []
    assert [p["message"].split(":")[0] for p in data["problems"]] == [
        "1 record(s) left out as after the campaign's end (19 Jan 2025)"]
    kept = _extract({"strike.md": text}, tmp_path / "kept", _profile("red-sea", None, tmp_path))
    assert [(e["date"], e["type"]) for e in kept["events"]] == [("2025-03-16", "us_strike")]
