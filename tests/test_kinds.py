"""A story's event kinds and sides are its profile's ([kind.*], [side.*]): the red-sea profile's
five kinds are read from sentences written by us, each story's articles read with the other's
profile give no record, and a wrong kind or side in a profile is named when it is loaded."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.errors import SettingsError
from briefing.extract import extract_article
from briefing.extract.events import extract_events
from briefing.topic import DEFAULT_TOPIC, choose_topic, parse_topic
from tests.conftest import make_article

MONDAY = dt.date(2024, 1, 22)  # the sentences' "Sunday" is 21 January 2024
SUNDAY = dt.date(2024, 1, 21)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Houthis fired two anti-ship ballistic missiles at a tanker in the Gulf of Aden on Sunday.",
     [("attack_on_shipping", "Gulf of Aden")]),
    # a US warship aimed at is the US Navy's kind, chosen by its side's nouns ("USS", "destroyer")
    ("Houthi rebels fired an anti-ship cruise missile at the USS Example in the Red Sea on Sunday.",
     [("attack_on_us_navy", "Red Sea")]),
    ("Two U.S. warships were attacked by Houthi drones in the Red Sea on Sunday.",
     [("attack_on_us_navy", "Red Sea")]),
    # fired from Yemen, at sea: an attack is placed where it is aimed, never where it came from
    ("The Houthis fired a ballistic missile from Houthi-controlled areas of Yemen toward a container ship "
     "in the Red Sea on Sunday.", [("attack_on_shipping", "Red Sea")]),
    ("The destroyer USS Example shot down three Houthi drones over the Red Sea on Sunday.",
     [("intercept", "Red Sea")]),
    # an intercept of what was fired at a ship is the intercept and the attack (the labels' rule)
    ("A US destroyer shot down two Houthi missiles fired at a bulk carrier in the Red Sea on Sunday.",
     [("attack_on_shipping", "Red Sea"), ("intercept", "Red Sea")]),
    ("US forces struck Houthi radar sites and missile launchers in Yemen on Sunday.",
     [("us_strike", "Yemen")]),
    ("US and UK forces struck Houthi radar sites and missile launchers in Yemen on Sunday.",
     [("us_uk_strike", "Yemen")]),
    ("The U.S. and the U.K. carried out airstrikes on Houthi weapons depots in Yemen on Sunday.",
     [("us_uk_strike", "Yemen")]),
])
def test_the_red_sea_kinds_are_read_from_the_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    events = extract_events(make_article(sentence, MONDAY), choose_topic("red-sea"))
    assert sorted((e.type, e.country) for e in events) == expected
    assert all(e.date == SUNDAY for e in events)


# Our own sentences in the forms each story's reports take (never an article's words).
FIRST_STORY = [
    "Iran-backed militants attacked US forces at Al-Asad Airbase in Iraq with two drones on Sunday, "
    "the Pentagon said.",
    "US forces struck two Kataib Hezbollah facilities in Iraq on Sunday in response to the attacks.",
    "US and coalition forces have been attacked at least 66 times in Iraq and Syria since Oct. 17.",
]
RED_SEA = [
    "The Houthis fired two anti-ship ballistic missiles at a tanker in the Gulf of Aden on Sunday.",
    "The destroyer USS Example shot down three Houthi drones over the Red Sea on Sunday.",
    "US and UK forces struck Houthi radar sites in Yemen on Sunday.",
    "It was the 31st attack on commercial shipping by the Houthis since Nov. 19, CENTCOM said.",
]


@pytest.mark.parametrize(("texts", "profile", "own"), [
    (FIRST_STORY, "red-sea", "us-forces-iraq-syria"),
    (RED_SEA, "us-forces-iraq-syria", "red-sea"),
])
def test_no_story_leaks_into_the_other(texts: list[str], profile: str, own: str) -> None:
    """Each story's articles, read with the other story's profile, give no event and no figure;
    read with their own, they do (so the test would notice a profile that reads nothing)."""
    article = make_article(" ".join(texts), MONDAY)
    other = extract_article(article, choose_topic(profile))
    assert (other.events, other.undated, other.tallies) == ((), (), ())
    mine = extract_article(article, choose_topic(own))
    assert mine.events


def _profile(kinds: str, sides: str = "") -> str:
    """The first story's profile with its [kind.*] and [side.*] tables replaced."""
    text = DEFAULT_TOPIC.read_text(encoding="utf-8")
    start, end = text.index("[kind.us_strike]"), text.index("[metric.attacks]")
    return text[:start] + kinds + "\n" + sides + "\n" + text[end:]


def _load(text: str) -> None:
    import tomllib

    parse_topic(tomllib.loads(text), "ours.toml")


ATTACK = '''[kind.attack]
label = "Attack"
singular = "attack"
plural = "attacks"
heading = "Attacks"
act = "attack"
agent = "militia"
target = "us"
'''
STRIKE = ATTACK.replace("[kind.attack]", "[kind.strike]").replace('act = "attack"', 'act = "strike"')


@pytest.mark.parametrize(("kinds", "sides", "message"), [
    (ATTACK, "", '[kind]: the story needs a kind with act = "strike"'),
    (ATTACK + STRIKE.replace('act = "strike"', 'act = "raid"'), "",
     "[kind.strike]: act is 'raid'; allowed: attack, strike, intercept"),
    (ATTACK + STRIKE.replace('agent = "militia"', 'agent = "navy"'), "",
     "[kind.strike]: agent is 'navy'; write one of the story's sides: militia, other, us"),
    (ATTACK + STRIKE + 'when = ["(unclosed"]\n', "",
     "[kind.strike]: when '(unclosed' is not a regular expression"),
    (ATTACK + STRIKE + 'when = ["self-defen[cs]e"]\n', "",
     '[kind]: one kind with act = "strike" must have no when = [...] (the act\'s default)'),
    (ATTACK + STRIKE, '[side.us]\nlabel = "US"\nrole = "navy"\n',
     "[side.us]: role is 'navy'; allowed: us, militia, other"),
    (ATTACK + STRIKE, '[side.us]\nlabel = "US"\nrole = "us"\naboard = "crews"\n',
     "[side.us]: aboard is 'crews'; allowed: us, partner, militants, civilians"),
    (ATTACK.replace("[kind.attack]", "[kind.Attack-On]") + STRIKE, "",
     "[kind.Attack-On]: a kind's name is lower-case letters, digits and _"),
])
def test_a_wrong_kind_or_side_is_named_when_the_profile_is_loaded(kinds: str, sides: str,
                                                                   message: str) -> None:
    with pytest.raises(SettingsError) as raised:
        _load(_profile(kinds, sides))
    assert message in str(raised.value)


def test_a_known_event_names_one_of_the_storys_kinds() -> None:
    text = DEFAULT_TOPIC.read_text(encoding="utf-8")
    text = text.replace('type = "attack_on_us_forces"', 'type = "raid"', 1)
    with pytest.raises(SettingsError, match="needs type \\(one of the story's kinds: us_strike, "):
        _load(text)


DOCS = Path(__file__).resolve().parent.parent / "docs" / "topic.md"


def toy_profile() -> str:
    """The worked example of docs/topic.md: a story of our own, as the page prints it."""
    page = DOCS.read_text(encoding="utf-8")
    block = page[page.index("<!-- toy-profile -->"):page.index("<!-- /toy-profile -->")]
    return block[block.index("```toml\n") + len("```toml\n"):block.rindex("```")]


def test_the_worked_example_of_the_docs_builds_a_briefing_of_its_own_story(tmp_path: Path) -> None:
    profile = tmp_path / "kestrel.toml"
    profile.write_text(toy_profile(), encoding="utf-8")
    clips = tmp_path / "clips"
    clips.mkdir()
    (clips / "raid.txt").write_text(
        "---\ntitle: Raiders hit barge\npublished: 2025-03-10\n---\n"
        "River raiders attacked a barge on the Kestrel River near Port Amsel with fire arrows on Sunday. "
        "The River Guard struck two raider camps near Port Amsel on Sunday, Captain Mirel said.\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(clips), "-o", str(tmp_path / "out"), "--html",
                                       "-q", "--topic", str(profile), "--from", "2025-03-04",
                                       "--to", "2025-03-10"])
    assert result.exit_code == 0, result.output
    exported = json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))
    assert sorted((e["type"], e["date"], e["country"]) for e in exported["events"]) == [
        ("barge_attack", "2025-03-09", "Norland"), ("guard_strike", "2025-03-09", "Norland")]
    html = next((tmp_path / "out").glob("*.html")).read_text(encoding="utf-8")
    assert "Raider attack on a barge" in html and "River Guard strike" in html
    assert "Kestrel River raids" in html and "Dates are the local day in Norland." in html
    for other in ("Iraq", "Syria", "Yemen", "Houthi", "US forces", "Red Sea"):
        assert other not in html, other


def test_a_profile_missing_a_template_line_is_told_what_to_add() -> None:
    # a profile written before a line was added to [words] ('places'): the message names the key and
    # the fix, not only its form
    text = toy_profile().replace('places = "Reach"\n', "")
    with pytest.raises(SettingsError, match=r"\[words\]: places is missing: add places = \"...\""):
        _load(text)
