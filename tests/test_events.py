"""Events: who did what to whom, when, told how often. Sentences are our own, written in the
forms real reports use (see extract/roles.py and extract/events.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import extract_events, read_events
from briefing.extract.lexicon import lexicons
from briefing.topic import load_topic
from tests.conftest import make_article

PUB = dt.date(2023, 12, 26)  # a Tuesday
MON, SUN = dt.date(2023, 12, 25), dt.date(2023, 12, 24)


def kinds(text: str, published: dt.date | None = PUB) -> set[tuple[str, dt.date | None, str | None]]:
    return {(e.type, e.date, e.country) for e in extract_events(make_article(text, published))}


@pytest.mark.parametrize(("text", "expected"), [
    # the target decides: US forces, or a base hosting them, hit by anyone of the groups
    ("U.S. troops in Syria were targeted by two drones on Monday, officials said.",
     {("attack_on_us_forces", MON, "Syria")}),
    ("Three U.S. soldiers were killed in a drone strike on an outpost in Jordan on Sunday.",
     {("attack_on_us_forces", SUN, "Jordan")}),
    ("A drone struck Harir air base in northern Iraq on Monday, a security source said.",
     {("attack_on_us_forces", MON, "Iraq")}),
    ("Rockets were fired from Iraq toward a U.S. base in northeastern Syria on Sunday.",
     {("attack_on_us_forces", SUN, "Syria")}),
    ("Close-range missiles were launched against U.S. forces in Iraq on Monday.",
     {("attack_on_us_forces", MON, "Iraq")}),
    # "to" as a preposition is no plan: the strike answers an attack that happened
    ("U.S. jets struck militia sites in Iraq on Monday in response to the drone attack on a U.S. base in "
     "Jordan on Sunday.", {("us_strike", MON, "Iraq"), ("attack_on_us_forces", SUN, "Jordan")}),
    ("U.S. forces at al-Asad air base shot down two drones on Monday.",
     {("attack_on_us_forces", MON, "Iraq")}),
    # what US forces "engaged": a drone fired at them, or the weapons firing
    ("U.S. forces at al-Asad air base engaged two drones on Monday.", {("attack_on_us_forces", MON, "Iraq")}),
    ("U.S. Central Command engaged and destroyed several weapon systems that posed a threat to U.S. forces "
     "in Syria on Monday.", {("us_strike", MON, "Syria")}),
    ("Security sources said an armed drone was shot down on Monday over Erbil airport, where U.S. forces are "
     "stationed.", {("attack_on_us_forces", MON, "Iraq")}),
    ("American forces came under rocket fire at a base in Syria on Monday.",
     {("attack_on_us_forces", MON, "Syria")}),
    # the agent decides: the US striking the groups
    ("U.S. warplanes struck three facilities in Iraq and Syria on Monday, the Pentagon said.",
     {("us_strike", MON, "Iraq"), ("us_strike", MON, "Syria")}),
    ("CENTCOM said it conducted strikes on Monday against two sites used by Kataib Hezbollah in Iraq.",
     {("us_strike", MON, "Iraq")}),
    ("The U.S. military says it killed a militia commander in a drone strike in Baghdad on Monday.",
     {("us_strike", MON, "Iraq")}),
    ("Biden blamed the militias for the killing of three U.S. soldiers at a base in Jordan on Sunday.",
     {("attack_on_us_forces", SUN, "Jordan")}),
    ("An AC-130 gunship fired on the militants who had launched the rockets, on Monday in western Iraq.",
     {("self_defense_strike", MON, "Iraq"), ("attack_on_us_forces", MON, "Iraq")}),
])
def test_roles_decide_the_kind(text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # other forces, other enemies, other places
    "Israeli jets struck a weapons depot near Damascus on Monday, Syrian state media said.",
    "U.S. and British warships struck Houthi radar sites in Yemen on Monday.",
    "U.S. forces conducted a raid against ISIS militants in Syria on Monday, killing a senior leader.",
    "Houthi rebels fired a missile at a commercial ship in the Red Sea on Monday.",
    "A drone was shot down over the Red Sea on Monday.",
    "A Turkish drone strike hit a vehicle near Sulaymaniyah in northern Iraq on Monday.",
    # not reported as done: threats, plans, questions, denials, claims, the campaign as a whole
    "Officials warned the United States could strike militia sites in Syria on Friday.",
    "The Pentagon vowed to respond to any attack on U.S. forces in Iraq.",
    "Did militants attack the base in Syria on Monday?",
    "The group denied that it attacked U.S. forces in Iraq on Monday.",
    "The Islamic Resistance in Iraq said it attacked a U.S. base in Syria with drones on Monday.",
    "Since Iran-backed militias began attacking U.S. forces, the Pentagon has sent more air defenses.",
    "Militants have attacked U.S. forces in Iraq and Syria more than 100 times since October.",
    # another year
    "In January 2020, Iran fired missiles at al-Asad air base in Iraq, injuring U.S. troops.",
    # a running count and its wounded, over a time
    "Between Oct. 17 and Dec. 20, more than 100 attacks hit U.S. forces in Iraq and Syria, with at least 60 "
    "personnel wounded.",
    "Between October 17 and December 20, more than 100 attacks have occurred in Iraq and Syria, resulting in "
    "at least 60 U.S. personnel being wounded.",
    # placed by its sentence, not its clause: another story
    "Also on Monday, a U.S. warship shot down three attack drones while answering distress calls from cargo "
    "ships in the Red Sea.",
])
def test_not_this_campaigns_reported_events(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize("text", [
    "The strikes came days after a drone attack killed three U.S. soldiers in Jordan, and the "
    "Pentagon said a militia commander was targeted on Monday.",
    "After the deadly attack on troops in Jordan, the U.S. said a militia leader was killed on Monday.",
    "U.S. aircraft struck a militia headquarters on Monday in retaliation for the drone attack in Jordan.",
])
def test_a_strike_is_never_placed_where_the_topic_says_the_us_does_not_strike(text: str) -> None:
    # Jordan is where the attack that the strike answers happened; the strike's own place is unsaid
    assert kinds(text) == {("us_strike", MON, None)}


@pytest.mark.parametrize(("text", "expected"), [
    # how many acts over a time: the day in the clause is where the time starts
    ("Since the strike on Monday, there have been nine attacks against U.S. bases in Iraq.", set()),
    ("There have been 14 separate attacks in Iraq and nine separate attacks in Syria, officials said "
     "on Monday.", set()),
    ("Officials said there have been no attacks on U.S. bases in Syria since Monday.", set()),
    # acts of a day, counted
    ("Militants launched two attacks on U.S. bases in Syria on Monday.",
     {("attack_on_us_forces", MON, "Syria")}),
])
def test_a_number_of_attacks_over_a_time_is_a_count_not_an_event(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


def test_a_strike_told_beside_a_named_days_strikes_is_not_taken_for_them() -> None:
    text = ("The U.S. military says it killed a militia commander in a drone strike in Baghdad. "
            "Washington struck 85 targets in Iraq and Syria last week after the killing of three American "
            "troops in Jordan on Jan. 28, and officials said the commander killed on Feb. 7 was targeted "
            "in response.")
    found = read_events(make_article(text, None))
    assert {(e.type, e.date, e.country) for e in found.events} == {
        ("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan"),
        ("us_strike", dt.date(2024, 2, 2), "Iraq"), ("us_strike", dt.date(2024, 2, 2), "Syria"),
        # its own day; the two countries are the named strikes', not its own
        ("us_strike", dt.date(2024, 2, 7), None)}
    # the Baghdad strike could be the 7 Feb one or the 2 Feb ones: kept apart, not guessed
    assert [(e.type, e.country, e.places) for e in found.undated] == [("us_strike", "Iraq", ("Baghdad",))]


def test_an_attack_stopped_before_it_was_made_is_no_attack() -> None:
    text = ("A U.S. drone killed five fighters near Kirkuk in Iraq on Monday as they were preparing to "
            "launch a one-way attack drone at a base.")
    assert not any(kind == "attack_on_us_forces" for kind, _, _ in kinds(text))


def test_the_strike_told_on_the_statements_day_is_the_self_defense_strike_before_it() -> None:
    text = ("A U.S. gunship struck militants near Kirkuk in Iraq on Monday in self-defense. The coalition "
            "told Iraqi forces of the strike, CENTCOM said in a statement on Tuesday.")
    (event,) = extract_events(make_article(text, PUB))
    told = (event.type, event.date, event.country, len(event.sources))
    assert told == ("self_defense_strike", MON, "Iraq", 2)


def test_each_act_names_the_places_of_its_own_clause() -> None:
    text = ("U.S. jets struck militia facilities at Jurf al-Sakhar in Iraq on Monday, a day after militants "
            "attacked al-Asad air base with missiles on Sunday.")
    places = {e.type: e.places for e in extract_events(make_article(text, PUB))}
    assert places == {"us_strike": ("Jurf al-Sakhar",), "attack_on_us_forces": ("Al-Asad Airbase",)}


def test_the_reporters_city_and_another_acts_place_are_not_the_acts_places() -> None:
    datelined = "ERBIL, Kurdistan Region - U.S. airstrikes on armed groups in Iraq killed three Monday."
    assert [e.places for e in extract_events(make_article(datelined, PUB))] == [()]
    other = "The Baghdad strike follows strikes on more than 85 targets in Iraq and Syria on Feb. 2."
    assert {e.places for e in extract_events(make_article(other, dt.date(2024, 2, 8)))} == {()}


def test_a_day_without_its_year_keeps_its_act_apart_from_an_event_of_another_day() -> None:
    text = ("On July 30, U.S. forces in Iraq conducted an airstrike south of Baghdad, officials said. It was "
            "the first U.S. strike in Iraq since February, when U.S. forces targeted over 85 sites in Iraq "
            "and Syria.")
    found = read_events(make_article(text, None))
    assert {(e.date, e.places) for e in found.events} == {(dt.date(2024, 2, 2), ())}
    assert [(e.places, e.day_without_year) for e in found.undated] == [(("Baghdad",), "07-30")]


def test_attacks_told_together_on_two_bases_are_one_event_each() -> None:
    text = "Two drone attacks hit U.S. bases at al-Shaddadi and the Omar oil field in Syria on Sunday."
    events = extract_events(make_article(text, PUB))
    assert sorted((e.date, e.country, e.places) for e in events) == [
        (SUN, "Syria", ("Al-Omar oil field",)), (SUN, "Syria", ("Al-Shaddadi",))]


def test_one_event_told_many_times_is_one_record_with_all_its_evidence() -> None:
    text = ("US jets hit militia sites in Iraq\n\n"
            "U.S. fighter jets struck two Kataib Hezbollah sites in Iraq on Monday, officials said. "
            "The strikes destroyed weapons depots. \"The strikes were precise,\" a defense official said.")
    (event,) = extract_events(make_article(text, PUB))
    assert (event.type, event.date, event.country) == ("us_strike", MON, "Iraq")
    assert len(event.sources) == 4  # headline, lede, "The strikes destroyed ...", the quote


def test_attacks_on_two_bases_the_same_day_are_two_events() -> None:
    text = ("Drones targeted al-Asad air base on Monday. "
            "A second drone attack targeted Harir air base in Erbil on Monday, officials said.")
    events = extract_events(make_article(text, PUB))
    assert sorted((e.type, e.date, e.country) for e in events) == [
        ("attack_on_us_forces", MON, "Iraq"), ("attack_on_us_forces", MON, "Iraq")]
    assert {e.id for e in events} == {"2023-12-25:attack_on_us_forces:iraq:al-asad-airbase",
                                     "2023-12-25:attack_on_us_forces:iraq:erbil-air-base"}


def test_each_act_takes_the_day_of_its_own_clause() -> None:
    text = ("Tuesday's strikes on Kataib Hezbollah sites in Iraq came after a one-way drone attack "
            "on U.S. forces at Erbil air base on Monday wounded three U.S. service members.")
    events = {e.type: e for e in extract_events(make_article(text, PUB))}
    assert events["us_strike"].date == PUB
    assert events["attack_on_us_forces"].date == MON


def test_the_statement_day_gives_way_to_the_events_own_day() -> None:
    text = ("A drone launched by militants struck a base in western Iraq hosting U.S. forces, the Pentagon "
            "said Tuesday. The militants launched two drones Sunday targeting al-Asad air base.")
    assert kinds(text) == {("attack_on_us_forces", SUN, "Iraq")}


def test_a_lede_without_its_day_takes_the_day_of_the_statement_that_announced_it() -> None:
    text = ("The United States carried out two air strikes in Syria against sites used by "
            "Iran-backed groups.\n\n"
            "The strikes hit a training site and a safe house, officials said.\n\n"
            "\"We will defend our forces,\" the defense secretary said in a statement on Sunday.")
    assert kinds(text) == {("us_strike", SUN, "Syria")}


def test_a_named_event_without_its_day_takes_its_known_day() -> None:
    text = ("The Pentagon said the drone attack that killed three U.S. soldiers in Jordan "
            "changed its calculus.")
    events = extract_events(make_article(text, dt.date(2024, 2, 20)))
    assert [(e.type, e.date, e.country) for e in events] == [
        ("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan")]
    assert "known date" in events[0].date_note


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the first strikes, told without their day while they are recent
    ("A drone was shot down near the base, days after U.S. strikes on two facilities in eastern Syria "
     "used by the Revolutionary Guard.", dt.date(2023, 11, 1),
     {("us_strike", dt.date(2023, 10, 27), "Syria")}),
    # ... and not once later strikes on two facilities there are news
    ("A drone was shot down near the base, days after U.S. strikes on two facilities in eastern Syria "
     "used by the Revolutionary Guard.", dt.date(2023, 11, 20), set()),
    ("The Pentagon said U.S. jets hit a training facility and a safe house near Mayadin in eastern Syria.",
     dt.date(2023, 11, 14), {("us_strike", dt.date(2023, 11, 12), "Syria")}),
    # the one deadly attack in Jordan, told without "U.S." or its day
    ("The strikes answered the drone attack that killed three soldiers at a base in Jordan.",
     dt.date(2024, 2, 5), {("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan")}),
    ("Officials said the strikes were retaliation for a deadly attack on a U.S. base in Jordan.",
     dt.date(2024, 2, 5), {("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan")}),
    # "Iraq" in a group's name places nothing: the Jordan attack stays in Jordan
    ("Kataib Hezbollah, part of the Islamic Resistance in Iraq, is believed to have led the Jordan attack.",
     dt.date(2024, 2, 7), {("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan")}),
    # a spelling of the commander's name
    ("Officials said the U.S. strike that killed Abu Baqr al-Saadi in Baghdad was aimed at deterrence.",
     dt.date(2024, 2, 9), {("us_strike", dt.date(2024, 2, 7), "Iraq")}),
])
def test_named_strikes_take_their_known_day_while_remembered(
        text: str, published: dt.date, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the day given later to "the incident" wins over the day the Pentagon confirmed it
    ("A U.S. gunship fired on a truck used by militants who had launched rockets at al-Asad air base in "
     "Iraq. The Pentagon confirmed the incident on Tuesday. The incident occurred on Monday evening, "
     "officials said.",
     {("attack_on_us_forces", MON, "Iraq")}),
    ("A drone attack on a base in Syria wounded two U.S. troops, the Pentagon said on Tuesday. The attack "
     "occurred on Sunday at a site housing coalition forces.", {("attack_on_us_forces", SUN, "Syria")}),
    # "the strike took place": the strike's day, not the attack's
    ("Militants attacked al-Asad air base in Iraq. The Pentagon did not say when. The U.S. struck back in "
     "Syria. The strike took place on Monday.", {("us_strike", MON, "Syria")}),
])
def test_the_day_an_article_gives_the_incident_dates_the_acts_just_told(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


def test_an_act_right_after_the_attack_takes_its_day() -> None:
    text = ("Militants fired a ballistic missile at U.S. forces at al-Asad air base on Monday night. "
            "Immediately after the attack, a U.S. AC-130 gunship struck the militants' vehicle.")
    assert kinds(text) == {("attack_on_us_forces", MON, "Iraq"), ("self_defense_strike", MON, "Iraq")}


def test_an_undated_article_is_dated_only_as_far_as_it_dates_itself() -> None:
    # "Sunday, Jan. 28, 2024" fixes that Sunday; "Oct. 18" takes its year from it; "Monday" stays open.
    text = ("Three U.S. soldiers were killed in a drone attack on an outpost in Jordan "
            "on Sunday, Jan. 28, 2024.\n\n"
            "OCT. 18 – U.S. forces in Iraq were targeted in two drone attacks.\n\n"
            "On Monday, militants fired rockets at a U.S. base in Syria.")
    found = read_events(make_article(text))
    assert {(e.type, e.date, e.country) for e in found.events} == {
        ("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan"),
        ("attack_on_us_forces", dt.date(2023, 10, 18), "Iraq")}
    assert [(e.type, e.country) for e in found.undated] == [("attack_on_us_forces", "Syria")]


def test_a_mention_that_stays_undated_is_kept_apart_not_dropped() -> None:
    found = read_events(make_article(
        "A rocket attack targeted U.S. forces at a base in Syria, a monitor said.", PUB))
    assert found.events == ()
    assert [(e.type, e.country, e.date) for e in found.undated] == [("attack_on_us_forces", "Syria", None)]


def test_in_both_countries_means_the_two_just_named() -> None:
    text = ("The US struck targets in Iraq and Syria overnight.\n\n"
            "Airstrikes began against Iran-backed militants in both countries on Monday, an official said.")
    assert kinds(text) == {("us_strike", MON, "Iraq"), ("us_strike", MON, "Syria")}


def test_spellings_case_and_articles_do_not_matter() -> None:
    places = lexicons(load_topic()).places.names
    assert places("near Albu Kamal") == places("near AL BUKAMAL") == ["Abu Kamal"]
    assert (places("at Ain al-Assad") == places("at AIN AL ASAD") == places("at al-Asad")
            == ["Al-Asad Airbase"])
    assert places("al-Harir air base") == places("Harir base") == ["Erbil air base"]
    assert places("at an outpost") == []  # "an" before a word is English, not an Arabic article


def test_a_day_naming_a_noun_dates_it_even_after_since() -> None:
    text = "Since the Feb. 2 U.S. strikes on militia sites in Iraq and Syria, attacks have stopped."
    found = read_events(make_article(text))  # undated: the year comes from the named strikes of that day
    assert {(e.type, e.date, e.country) for e in found.events} == {
        ("us_strike", dt.date(2024, 2, 2), "Iraq"), ("us_strike", dt.date(2024, 2, 2), "Syria")}
    text = "Since Oct. 17 attacks on U.S. forces in Iraq have killed no one."
    assert kinds(text, dt.date(2023, 11, 21)) == set()
