"""The topic file: checked on load, every name findable, a team's additions from briefing.toml."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.config import parse
from briefing.errors import BriefingError
from briefing.extract.events import extract_events
from briefing.extract.lexicon import lexicons
from briefing.topic import DEFAULT_TOPIC, Actor, Lexicon, Place, Weapon, load_topic, parse_topic
from tests.conftest import make_article


def test_every_name_and_alias_of_the_shipped_topic_is_found_as_itself() -> None:
    topic = load_topic()
    lex = lexicons(topic)
    tables: list[tuple[Lexicon, tuple[Place | Actor | Weapon, ...]]] = [
        (lex.places, topic.places), (lex.actors, topic.actors), (lex.weapons, topic.weapons)]
    for lexicon, entries in tables:
        for entry in entries:
            for alias in {entry.name, *entry.aliases} if lexicon is lex.places else entry.aliases:
                hits = list(lexicon.find(f"a report on {alias} today"))
                assert [h.name for h in hits] == [entry.name], (alias, hits)


def test_known_event_cues_are_tried_and_the_start_is_a_date() -> None:
    topic = load_topic()
    assert topic.campaign.start == dt.date(2023, 10, 17)
    assert {e.name for e in topic.known_events} >= {"Tower 22 drone attack"}


def _shipped() -> dict[str, object]:
    return tomllib.loads(DEFAULT_TOPIC.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["place"].append({"name": "Nowhere", "country": "Narnia"}),
     "place 'Nowhere': country is 'Narnia'; allowed: Iraq, Syria, Jordan"),
    (lambda d: d["actor"].append({"name": "X", "side": "neutral", "aliases": ["X"]}),
     "actor 'X': side is 'neutral'; allowed: us, militia, other"),
    (lambda d: d["place"].append({"name": "Erbil", "country": "Iraq", "aliases": ["Erbil"]}),
     "place 'Erbil' is defined twice"),
    (lambda d: d["known_event"][0].update(cues=["(unclosed"]),
     "cue '(unclosed' is not a regular expression"),
    (lambda d: d["place"][0].update(colour="red"), "unknown key 'colour'"),
    (lambda d: d["campaign"].update(strike_countries=["Iraq", "Yemen"]),
     "strike_countries must be some of its countries"),
    (lambda d: d.update(named_events={"month_alone": "ignored"}),
     "[named_events] month_alone must be one of 'known day', 'background'"),
    (lambda d: d["local_time"].update(reported_in="Nowhere/Harbour"),
     "[local_time] reported_in 'Nowhere/Harbour' is not a time zone"),
])
def test_every_problem_names_the_entry_and_key(change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = _shipped()
    change(data)
    with pytest.raises(BriefingError, match=re.escape(message)):
        parse_topic(data, "topic.toml")


def test_a_team_adds_a_place_and_a_group_in_briefing_toml() -> None:
    settings = parse({"topic": {
        "place": [{"name": "Camp Bravo", "country": "Syria", "hosts_us_forces": True,
                   "aliases": ["Camp Bravo", "Bravo base"]}],
        "actor": [{"name": "Saraya Example", "side": "militia", "aliases": ["Saraya Example"]}]}},
        "briefing.toml")
    assert settings.topic is not None
    text = "Saraya Example launched two drones at Bravo base on Sunday, officials said."
    (event,) = extract_events(make_article(text, dt.date(2023, 11, 21)), settings.topic)
    assert (event.type, event.date, event.country, event.places) == (
        "attack_on_us_forces", dt.date(2023, 11, 19), "Syria", ("Camp Bravo",))
    # without the addition the same sentence names no place and no group of the story
    assert extract_events(make_article(text, dt.date(2023, 11, 21))) == []


def test_a_wrong_addition_is_reported_as_the_teams(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as raised:
        parse({"topic": {"place": [{"name": "Nowhere", "country": "Narnia"}]}}, "briefing.toml")
    assert raised.value.message == ("briefing.toml: [topic]: place 'Nowhere': country is 'Narnia'; "
                                    "allowed: Iraq, Syria, Jordan")


def test_names_found_in_a_sentence_are_the_same_when_asked_again_and_after_the_memo_is_full() -> None:
    import briefing.topic as topic

    table = Lexicon([("Camp Alpha", ["Camp Alpha", "Alpha base"]), ("Riverton", ["Riverton"])])
    sentence = "Rockets fell near Alpha base, west of Riverton, on Monday."
    first = list(table.find(sentence))
    assert [(h.name, sentence[h.start:h.end]) for h in first] == [("Camp Alpha", "Alpha base"),
                                                                   ("Riverton", "Riverton")]
    assert list(table.find(sentence)) == first
    for n in range(topic._MEMO_SIZE + 10):  # an archive's worth of other sentences
        list(table.find(f"Sentence {n} names Riverton."))
    assert len(table._memo) <= topic._MEMO_SIZE
    assert list(table.find(sentence)) == first
    # a part of a text, or a text with a soft hyphen, is searched as before, never from the memo
    assert [h.name for h in table.find(sentence, 30)] == ["Riverton"]
    hyphenated = "Rockets fell near Al\u00adpha base."
    hit, = table.find(hyphenated)
    assert (hit.name, hyphenated[hit.start:hit.end]) == ("Camp Alpha", "Al\u00adpha base")


_ENTRIES = [("Camp Alpha", ["Camp Alpha", "Alpha base", "Alpha"]), ("Riverton", ["Riverton", "River-ton"]),
            ("Old Town", ["Old Town. North", "Old Town"]), ("KH", ["KH"])]
# two tables, made once: each adds its screens to the shared scan for the rest of the run
_READ, _FRESH = Lexicon(_ENTRIES, article=True), Lexicon(_ENTRIES, article=True)


def _sentence_names(text: str) -> tuple[list[list[tuple[int, int, str]]], list[list[tuple[int, int, str]]]]:
    """Each sentence's names as a table that read the whole text first gives them, and as a table
    that never saw the text gives them."""
    from briefing.screen import fold
    from briefing.text import all_sentences

    read, fresh = _READ, _FRESH
    read._memo.clear()  # each sentence is found anew: from the text's names, or by a search of it
    fresh._memo.clear()
    spans = [(text[s:e], s, e) for _, s, e in all_sentences(text)]
    read.in_article(text, fold(text), {t: (s, e) for t, s, e in reversed(spans)})
    return ([[(h.start, h.end, h.name) for h in read.find(t)] for t, _, _ in spans],
            [[(h.start, h.end, h.name) for h in fresh.find(t)] for t, _, _ in spans])


@pytest.mark.parametrize("text", [
    "Rockets fell near Alpha base. Riverton was quiet. KH said nothing.",
    "Rockets fell near Alpha.Base staff left. It hit Riverton.KH claimed it.",  # sentences glued to names
    "Troops left Old Town. North of it, Alpha base was hit. Then al-Riverton.",  # a name across a split
    "A drone hit River-ton. -Alpha was next. Riverton-based units moved. Alpha-\nbase.",
    "He went to Camp Alpha.\u00adRiverton. Alpha base. The KH.Riverton fell.",
    "x" * 1494 + "/Alphax near Riverton.",  # a run with no space cut at its longest: a name at the cut
    "x" * 1500 + "Alpha base and Riverton.",  # ... and one right after it
])
def test_a_sentence_s_names_taken_from_its_whole_text_are_those_of_a_search_of_it_alone(text: str) -> None:
    from_text, alone = _sentence_names(text)
    assert from_text == alone


_PIECES = ["Alpha", "base", "Camp", "Riverton", "River", "-ton", "Old Town", "North", "KH", "kh", "al-",
           " ", "  ", ". ", ".", "-", "\n", "It", "x", "?", "\u00ad"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_a_sentence_s_names_are_the_same_whichever_way_they_are_found(pieces: list[str]) -> None:
    from_text, alone = _sentence_names("".join(pieces))
    assert from_text == alone


@pytest.mark.parametrize(("profile", "on_us"), [
    ("us-forces-iraq-syria", {"attack_on_us_forces"}),
    ("red-sea", {"attack_on_us_navy"}),  # an attack on merchant shipping hurts no US side
])
def test_the_attacks_on_the_us_side_are_those_on_a_side_whose_role_is_us(profile: str,
                                                                         on_us: set[str]) -> None:
    from briefing.topic import choose_topic

    said = choose_topic(profile).said
    assert {kind for kind, _ in said.kinds if said.on_us(kind)} == on_us


@pytest.mark.parametrize("profile", ["us-forces-iraq-syria", "red-sea"])
def test_a_shipped_story_s_time_zones_read_a_unix_time_from_5_to_21_utc(profile: str) -> None:
    """Twenty-fourth session: both shipped stories are reported from US Eastern time (UTC-5 in
    winter) and told in UTC+3: a stamp dates a page from 05:00 to 21:00 UTC, as before the zones
    moved from the code to the profile's [local_time]."""
    from briefing.dates import told_day
    from briefing.topic import choose_topic

    zones = told_day(choose_topic(profile).local_time).zones
    assert (zones.west, zones.east) == (dt.timedelta(hours=-5), dt.timedelta(hours=3))
