"""Choosing the story: a shipped profile by name or a topic file by path, in briefing.toml or
with --topic, with a team's [topic] additions and overrides for any story; each wrong choice is
one line that says what is shipped."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.config import load_for, parse
from briefing.errors import BriefingError
from briefing.extract.events import extract_events
from briefing.extract.lexicon import lexicons
from briefing.topic import (
    DEFAULT_TOPIC,
    TOPICS,
    Actor,
    Lexicon,
    Place,
    Weapon,
    choose_topic,
    shipped_profiles,
)
from tests.conftest import make_article

RED_SEA = TOPICS / "red-sea.toml"
SHIP = "The Houthis fired two anti-ship ballistic missiles at a tanker in the Gulf of Aden on Sunday."
SAMPLE = Path(__file__).resolve().parent.parent / "sample_input"


def test_the_shipped_profiles() -> None:
    assert shipped_profiles() == ("red-sea", "us-forces-iraq-syria")
    assert choose_topic(None).path == DEFAULT_TOPIC
    assert choose_topic("red-sea").campaign.start == dt.date(2023, 11, 19)


@pytest.mark.parametrize("profile", shipped_profiles())
def test_every_name_and_alias_of_each_profile_is_found_as_itself(profile: str) -> None:
    topic = choose_topic(profile)
    lex = lexicons(topic)
    tables: list[tuple[Lexicon, tuple[Place | Actor | Weapon, ...]]] = [
        (lex.places, topic.places), (lex.actors, topic.actors), (lex.weapons, topic.weapons)]
    for lexicon, entries in tables:
        for entry in entries:
            for alias in {entry.name, *entry.aliases} if lexicon is lex.places else entry.aliases:
                hits = list(lexicon.find(f"a report on {alias} today"))
                assert [h.name for h in hits] == [entry.name], (profile, alias, hits)


@pytest.mark.parametrize("value", ["red-sea", {"profile": "red-sea"}])
def test_briefing_toml_names_a_shipped_profile(value: object) -> None:
    settings = parse({"topic": value}, "briefing.toml")
    assert settings.topic is not None and settings.topic.path == RED_SEA
    article = make_article(SHIP, dt.date(2024, 1, 22))
    assert [(e.type, e.date, e.country) for e in extract_events(article, settings.topic)] == [
        ("attack_on_shipping", dt.date(2024, 1, 21), "Gulf of Aden")]
    assert extract_events(article) == []  # the first story's profile reads nothing of it


def test_briefing_toml_names_a_topic_file_beside_it(tmp_path: Path) -> None:
    (tmp_path / "stories").mkdir()
    shutil.copy(RED_SEA, tmp_path / "stories" / "ours.toml")
    (tmp_path / "briefing.toml").write_text('topic = "stories/ours.toml"\n', encoding="utf-8")
    settings, _ = load_for("build", None, tmp_path)
    assert settings.topic is not None and settings.topic.path == tmp_path / "stories" / "ours.toml"
    assert settings.topic.said.title == choose_topic("red-sea").said.title


def test_additions_and_overrides_work_for_any_story() -> None:
    settings = parse({"topic": {
        "profile": "red-sea",
        "place": [{"name": "Zubair Island", "country": "Red Sea", "hosts_us_forces": True,
                   "aliases": ["Zubair Island"]},
                  {"name": "Sanaa", "country": "Yemen", "aliases": ["Sanaa", "Sanaa city"]}]}},
        "briefing.toml")
    topic = settings.topic
    assert topic is not None
    assert topic.place("Zubair Island").country == "Red Sea"
    assert topic.place("Sanaa").aliases == ("Sanaa", "Sanaa city")  # the team's entry replaces the profile's
    assert [p.name for p in topic.places].count("Sanaa") == 1


def test_an_addition_must_fit_the_chosen_story() -> None:
    with pytest.raises(BriefingError) as raised:
        parse({"topic": {"profile": "red-sea", "place": [{"name": "Camp Bravo", "country": "Syria"}]}},
              "briefing.toml")
    assert raised.value.message == (
        "briefing.toml: [topic]: place 'Camp Bravo': country is 'Syria'; allowed: Red Sea, Gulf of Aden, "
        "Bab el-Mandeb, Arabian Sea, Indian Ocean, Yemen")


@pytest.mark.parametrize(("value", "message"), [
    ("red-see", "briefing.toml: topic 'red-see' is not a shipped profile (shipped: red-sea, "
                "us-forces-iraq-syria); a topic file of your own is named by its path, ending in .toml"),
    ("gone.toml", "does not exist; give a shipped profile (red-sea, us-forces-iraq-syria) or the path of "
                  "a .toml file"),
    ({"profile": 3}, "'profile' in [topic] must name a profile in quotes"),
    (["red-sea"], "'topic' must name a profile"),
])
def test_a_wrong_choice_is_one_line_that_says_what_is_shipped(value: object, message: str,
                                                                tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as raised:
        parse({"topic": value}, "briefing.toml", tmp_path)
    assert message in raised.value.message and "\n" not in raised.value.message


@pytest.mark.parametrize(("text", "message"), [
    ("[campaign\n", "the topic file is not valid TOML"),
    ("[campaign]\nname = 'x'\n", "[campaign] start must be a date"),
])
def test_a_bad_topic_file_is_named_with_what_is_wrong(text: str, message: str, tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(text, encoding="utf-8")
    with pytest.raises(BriefingError) as raised:
        parse({"topic": "bad.toml"}, "briefing.toml", tmp_path)
    assert str(tmp_path / "bad.toml") in raised.value.message
    assert message in raised.value.message and "\n" not in raised.value.message


def test_the_command_line_chooses_the_story_over_the_file(tmp_path: Path) -> None:
    clip = tmp_path / "in" / "clip.txt"
    clip.parent.mkdir()
    clip.write_text(f"---\ntitle: Ship attacked\npublished: 2024-01-22\n---\n{SHIP}\n", encoding="utf-8")
    (clip.parent / "briefing.toml").write_text('topic = "us-forces-iraq-syria"\n', encoding="utf-8")

    def events(*options: str) -> list[tuple[str, str | None]]:
        result = CliRunner().invoke(main, ["extract", str(clip.parent), "--json", "-", *options])
        assert result.exit_code == 0, result.output
        return [(e["type"], e["country"]) for e in json.loads(result.stdout)["events"]]

    assert events() == []
    assert events("--topic", "red-sea") == [("attack_on_shipping", "Gulf of Aden")]
    assert events("--topic", str(RED_SEA)) == [("attack_on_shipping", "Gulf of Aden")]


@pytest.mark.parametrize("command", [["extract", str(SAMPLE), "--json", "-"], ["build", str(SAMPLE)],
                                     ["review", str(SAMPLE)], ["send", str(SAMPLE), "--dry-run"]])
def test_a_wrong_topic_option_is_an_error_line_for_every_command(command: list[str], tmp_path: Path) -> None:
    output = [] if command[0] == "extract" else ["-o", str(tmp_path)]
    result = CliRunner().invoke(main, [*command, *output, "--topic", "nowhere"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: --topic: topic 'nowhere' is not a shipped profile (shipped: red-sea, us-forces-iraq-syria); "
        "a topic file of your own is named by its path, ending in .toml"]


def test_a_build_with_another_story_speaks_of_it(tmp_path: Path) -> None:
    clips = tmp_path / "in"
    clips.mkdir()
    (clips / "clip.txt").write_text(f"---\ntitle: Ship attacked\npublished: 2024-01-22\n---\n{SHIP}\n",
                                    encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(clips), "-o", str(tmp_path / "out"), "--html", "-q",
                                       "--topic", "red-sea"])
    assert result.exit_code == 0, result.output
    (page,) = (tmp_path / "out").glob("*.html")
    html = page.read_text(encoding="utf-8")
    assert "Dates are the local day in Yemen and its waters (Sanaa time)" in html
    assert "Houthi attack on shipping" in html and "Houthi attacks on shipping and US" in html
    assert "Iraq" not in html and "Syria" not in html and "Attack on US forces" not in html
    assert 'id="map"' in html  # its own region ([map] region)
    # the attack told only by its sea is drawn anywhere in that sea (a dashed ring), no longer listed
    # beside the map (twenty-second session, issue 21: "the map must place each event")
    assert "Not on the map" not in html
