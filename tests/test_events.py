"""Events: who did what to whom, when, told how often. Sentences are our own, written in the
forms real reports use (see extract/roles.py and extract/events.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.assemble import what_happened
from briefing.extract.events import extract_events, read_events
from briefing.extract.lexicon import lexicons
from briefing.model import Event, EventType, Evidence
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
    ("Drones attacked a base hosting U.S. and Iraqi forces in Anbar on Monday.",
     {("attack_on_us_forces", MON, "Iraq")}),
    # a possessive day opening the sentence is its own noun's: the strikes it prompted have none
    ("Sunday's drone attack on U.S. forces in Syria prompted U.S. strikes on militia sites in Iraq.",
     {("attack_on_us_forces", SUN, "Syria")}),
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
    # the same roles in other forms: active and passive, noun and verb, victims as subject or object
    ("Kataib Hezbollah fighters attacked U.S. troops at a base in Syria on Monday.",
     {("attack_on_us_forces", MON, "Syria")}),
    ("U.S. troops at a base in Syria were attacked by Kataib Hezbollah on Monday.",
     {("attack_on_us_forces", MON, "Syria")}),
    ("Two American service members were wounded in a rocket attack in Iraq on Monday.",
     {("attack_on_us_forces", MON, "Iraq")}),
    ("A drone attack on Monday wounded two U.S. troops in Syria, officials said.",
     {("attack_on_us_forces", MON, "Syria")}),
    ("Militants launched a drone at U.S. forces in Syria on Monday, officials said.",
     {("attack_on_us_forces", MON, "Syria")}),
    ("U.S. air defenses intercepted a drone near Erbil on Monday, officials said.",
     {("attack_on_us_forces", MON, "Iraq")}),
    ("Kataib Hezbollah fired rockets at Ain al-Asad air base on Monday.",
     {("attack_on_us_forces", MON, "Iraq")}),
    ("A drone hit a base housing U.S. troops in Syria on Monday.", {("attack_on_us_forces", MON, "Syria")}),
    ("No U.S. personnel were hurt when a drone hit a base in Syria on Monday.",
     {("attack_on_us_forces", MON, "Syria")}),
    ("The attack on U.S. forces in Syria on Monday caused no injuries.",
     {("attack_on_us_forces", MON, "Syria")}),
    ("The Pentagon said militants attacked U.S. troops in Syria on Monday.",
     {("attack_on_us_forces", MON, "Syria")}),
    ("A U.S. airstrike hit a Kataib Hezbollah headquarters in Iraq on Monday.", {("us_strike", MON, "Iraq")}),
    ("U.S. airstrikes on Kataib Hezbollah sites in Iraq on Monday killed two fighters.",
     {("us_strike", MON, "Iraq")}),
    ("The U.S. launched strikes against militia targets in Iraq on Monday.", {("us_strike", MON, "Iraq")}),
    ("The United States struck a militia weapons depot in Syria on Monday.", {("us_strike", MON, "Syria")}),
    ("American warplanes bombed positions of Iran-backed groups in eastern Syria on Monday.",
     {("us_strike", MON, "Syria")}),
    ("Militia members were killed in a U.S. strike in Syria on Monday.", {("us_strike", MON, "Syria")}),
    ("A U.S. strike killed a Kataib Hezbollah commander in Baghdad on Monday.", {("us_strike", MON, "Iraq")}),
    # a weapon or a group that kills or wounds US troops; a downed or launched munition
    ("An Iranian-made drone killed three U.S. soldiers at an outpost in Jordan on Sunday.",
     {("attack_on_us_forces", SUN, "Jordan")}),
    ("Kataib Hezbollah wounded two U.S. soldiers in a rocket attack on a base in Syria on Sunday.",
     {("attack_on_us_forces", SUN, "Syria")}),
    ("The militia attacked the base in Syria on Sunday, wounding two U.S. soldiers.",
     {("attack_on_us_forces", SUN, "Syria")}),
    ("U.S. forces shot down a drone near al-Asad air base in Iraq on Sunday.",
     {("attack_on_us_forces", SUN, "Iraq")}),
    ("A drone was launched at U.S. forces in Syria on Sunday.", {("attack_on_us_forces", SUN, "Syria")}),
    ("Two rockets were fired at Ain al-Asad air base on Sunday.", {("attack_on_us_forces", SUN, "Iraq")}),
    ("U.S. jets struck the militia on Sunday, killing a commander in Iraq.", {("us_strike", SUN, "Iraq")}),
    # an act in answer to another: both are told
    ("U.S. forces struck back at militants who had attacked a base in Syria on Monday.",
     {("us_strike", MON, "Syria"), ("attack_on_us_forces", MON, "Syria")}),
    # (the act answered keeps its own day; the answer's is not its)
    ("In retaliation for the attack on a base in Iraq on Sunday, U.S. forces struck militia sites in Iraq "
     "on Monday.", {("us_strike", MON, "Iraq"), ("attack_on_us_forces", SUN, "Iraq")}),
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
    # the host countries' own forces
    "Militants fired rockets at Iraqi forces in Anbar on Monday.",
    "A drone hit a base housing Iraqi troops in Anbar on Monday.",
    "A Turkish drone strike hit a vehicle near Sulaymaniyah in northern Iraq on Monday.",
    # not reported as done: threats, plans, questions, denials, claims, the campaign as a whole
    "Officials warned the United States could strike militia sites in Syria on Friday.",
    "The Pentagon vowed to respond to any attack on U.S. forces in Iraq.",
    "Did militants attack the base in Syria on Monday?",
    "Iran-backed militants could attack U.S. troops in Syria on Monday, officials warned.",
    "The U.S. is considering strikes on militia sites in Iraq, officials said on Monday.",
    "The U.S. struck ISIS hideouts in Syria on Monday.",
    "Will the militias attack U.S. forces in Syria again on Monday?",
    "Militants may have attacked U.S. forces in Syria on Monday, an official said.",
    "The militias plan to attack U.S. forces in Syria on Monday.",
    "In 2019, militants attacked U.S. forces at al-Asad air base.",
    "The Houthis attacked a U.S. warship in the Red Sea on Monday.",
    "The heart attack of a U.S. soldier in Syria on Monday was not related to combat.",
    # others killed, others' drones downed, no munition intercepted
    "Militants killed two Iraqi police officers near Kirkuk on Sunday.",
    "A drone killed two shepherds near Abu Kamal in Syria on Sunday.",
    "Iraqi forces shot down a drone near Erbil on Sunday.",
    "U.S. forces intercepted a truck carrying fuel near Erbil on Sunday.",
    "Iraqi forces struck militia positions near Baghdad on Monday.",
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


@pytest.mark.parametrize("text", [
    # several cities in the dateline are the reporters', and a capital that speaks is its government
    "WASHINGTON/BAGHDAD/ TEHRAN - U.S. airstrikes on armed groups in Iraq killed three Monday.",
    ("U.S. airstrikes on armed groups in Iraq killed three Monday. But Baghdad denied any coordination "
     "before the raids."),
])
def test_the_reporters_cities_and_a_speaking_capital_are_not_the_acts_places(text: str) -> None:
    assert [e.places for e in extract_events(make_article(text, PUB))] == [()]


def test_a_capital_where_the_act_happened_stays_its_place() -> None:
    text = "U.S. jets struck a militia depot in Baghdad on Monday, officials said."
    assert [e.places for e in extract_events(make_article(text, PUB))] == [("Baghdad",)]


def test_a_day_without_its_year_keeps_its_act_apart_from_an_event_of_another_day() -> None:
    text = ("On July 30, U.S. forces in Iraq conducted an airstrike south of Baghdad, officials said. It was "
            "the first U.S. strike in Iraq since February, when U.S. forces targeted over 85 sites in Iraq "
            "and Syria.")
    found = read_events(make_article(text, None))
    # its July 30 is the known day of the campaign's one US strike in Iraq that day (2024)
    assert {(e.date, e.places) for e in found.events} == {(dt.date(2024, 2, 2), ()),
                                                          (dt.date(2024, 7, 30), ("Baghdad",))}
    assert found.undated == ()


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
                                     "2023-12-25:attack_on_us_forces:iraq:harir-air-base"}


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


@pytest.mark.parametrize("negated", ["haven't been attacked", "haven’t been attacked",
                                     "have not been attacked"])
def test_troops_not_attacked_since_a_day_is_no_attack(negated: str) -> None:
    # a lull told in a headline's deck, the wire's day in the next sentence: no attack that day
    text = (f"Militias halt attacks on US forces\n\nAccording to a wire report, US troops in Iraq and Syria "
            f"{negated} since February 4\n\nA general's visit led to a pause, the wire reported on Sunday.")
    assert kinds(text, dt.date(2024, 2, 19)) == set()


def test_attacks_told_by_how_they_grew_take_no_statements_day() -> None:
    # the campaign told as a trend in the lede, a spokesman's dated words after it: no attack that day
    text = ("Attacks on U.S. troops in the region, mostly at bases in Iraq and Syria, intensified after "
            "the war began in early October.\n\n"
            "The groups have close ties to Tehran, a White House spokesman said on Sunday.")
    assert kinds(text) == set()


@pytest.mark.parametrize("text", [
    # the statement announces the answer; the act answered came days before it
    ("The Pentagon announced on Monday that American jets bombed two depots in Syria in retaliation "
     "for a rocket attack on U.S. troops at an outpost."),
    ("On Monday, officials said U.S. aircraft hit a militia compound in Syria in response to their "
     "drone attack against American personnel."),
])
def test_the_act_answered_does_not_take_the_day_of_the_statement_announcing_the_answer(text: str) -> None:
    assert kinds(text) == {("us_strike", MON, "Syria")}


def test_a_named_event_and_the_next_days_weekday_for_it_are_one_event_on_the_known_day() -> None:
    # the known strikes of 2 February 2024 (4 pm in Washington, after midnight in Iraq);
    # "Saturday" (3 February) is the day their toll became known, not another strike
    text = ("The United States hit 85 targets across Iraq and Syria.\n\n"
            "The toll of the U.S. strikes in Syria and Iraq became known on Saturday, a monitoring "
            "group said.")
    feb2 = dt.date(2024, 2, 2)
    assert kinds(text, dt.date(2024, 2, 3)) == {("us_strike", feb2, "Iraq"), ("us_strike", feb2, "Syria")}
    later = ("The United States hit 85 targets across Iraq and Syria.\n\n"
             "More U.S. strikes in Syria followed on Sunday.")
    assert ("us_strike", dt.date(2024, 2, 4), "Syria") in kinds(later, dt.date(2024, 2, 5))


def test_a_named_event_of_two_countries_told_from_one_is_that_ones_only() -> None:
    # the strikes of 2 February 2024 hit Iraq and Syria; a report of the Iraqi half names Syria
    # only as the far side of the border where the soldiers died: no Syrian event of this page
    half = ("U.S. strikes hit positions around al-Qaim in western Iraq, a government spokesman said.\n\n"
            "Washington carried out the strikes on Friday in response to the deaths of three American "
            "soldiers at an outpost near Jordan's border with Syria and Iraq.")
    feb2, sat = dt.date(2024, 2, 2), dt.date(2024, 2, 3)
    assert kinds(half, sat) == {("us_strike", feb2, "Iraq")}
    # a sentence of the same page placing the strikes in both countries keeps both
    whole = half + "\n\nTehran condemned the U.S. air strikes on Iraq and Syria."
    assert kinds(whole, sat) == {("us_strike", feb2, "Iraq"), ("us_strike", feb2, "Syria")}


def test_strikes_on_nine_targets_are_the_known_strikes_of_11_november_2024() -> None:
    nov11 = dt.date(2024, 11, 11)
    text = "The United States hit nine targets tied to Iran-backed groups in Syria, the command said."
    assert kinds(text, None) == {("us_strike", nov11, "Syria")}
    # the next day's own strikes, with the known ones told "the previous day" after them, stay
    # another event (not one event across midnight on the known day)
    both = ("American troops on Tuesday hit targets linked to an Iran-backed militia in Syria in response "
            "to a rocket attack on U.S. personnel, the U.S. military said.\n\n"
            "The strikes hit the group's weapons storage site, the command said in a post.\n\n"
            "The previous day, U.S. forces bombed nine targets associated with Iran-backed groups in "
            "response to recent drone and rocket attacks, according to the Pentagon.")
    assert kinds(both, dt.date(2024, 11, 13)) == {("us_strike", dt.date(2024, 11, 12), "Syria"),
                                                   ("us_strike", nov11, "Syria")}


def test_deaths_at_a_us_facility_in_jordan_are_the_known_jordan_attack() -> None:
    # a briefing transcript cut before its "yesterday": the only deadly attack on US forces in Jordan
    text = ("Were killed and many more hurt when a drone struck a U.S. military facility in "
            "northeastern Jordan, the spokeswoman said.")
    assert kinds(text, dt.date(2024, 1, 30)) == {("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan")}


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


XMAS = dt.date(2023, 12, 25)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the retaliation for the Christmas Day attack, told by its three sites or by what it answered
    ("The Pentagon said U.S. jets struck three sites used by Kataib Hezbollah and affiliated groups.",
     dt.date(2023, 12, 27), {("us_strike", XMAS, "Iraq")}),
    # (the attack they answered, told by its base and "Christmas morning", is the known attack too)
    ("American strikes in Iraq were a response to a drone attack on Erbil air base on Christmas morning.",
     dt.date(2023, 12, 28), {("us_strike", XMAS, "Iraq"), ("attack_on_us_forces", XMAS, "Iraq")}),
    # January's strikes on three facilities are known by their own words, and day
    ("U.S. jets struck three facilities in Iraq used by Kataib Hezbollah and other Iran-affiliated "
     "groups, officials said.", dt.date(2024, 1, 26), {("us_strike", dt.date(2024, 1, 24), "Iraq")}),
    ("Officials said the strikes hit facilities used by the group Kataib Hezbollah and other "
     "Iran-affiliated groups.", dt.date(2024, 1, 26), {("us_strike", dt.date(2024, 1, 24), "Iraq")}),
])
def test_strikes_told_by_what_they_hit_or_answered_take_their_known_day(
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


@pytest.mark.parametrize("act", ["Militants attacked U.S. forces", "U.S. jets struck militia sites"])
def test_in_both_countries_means_the_two_the_story_named_before(act: str) -> None:
    # the act's own sentence names neither country: "both" reaches back to the paragraph before
    text = f"About 3,400 U.S. troops are deployed in Iraq and Syria.\n\n{act} in both countries on Monday."
    assert {country for _, _, country in kinds(text)} == {"Iraq", "Syria"}
    assert kinds(text.replace(" and Syria", "")) == {(kind, MON, None) for kind, _, _ in kinds(text)}


@pytest.mark.parametrize("outlet", ["The al-Mayadeen news network said", "Al Mayadeen TV reported",
                                    "Al Mayadeen reported", "A correspondent for al-Mayadeen said"])
def test_a_broadcaster_named_after_a_town_is_not_where_the_act_was(outlet: str) -> None:
    # the network is named after a town in eastern Syria: the base it reports on is in no country said
    text = f"{outlet} that a drone attacked U.S. forces at a base on Monday."
    assert kinds(text) == {("attack_on_us_forces", MON, None)}


def test_the_town_a_broadcaster_is_named_after_is_still_a_place() -> None:
    text = "Militants near Al Mayadeen fired rockets at U.S. forces on Monday, officials said."
    assert kinds(text) == {("attack_on_us_forces", MON, "Syria")}


def test_spellings_case_and_articles_do_not_matter() -> None:
    places = lexicons(load_topic()).places.names
    assert places("near Albu Kamal") == places("near AL BUKAMAL") == ["Abu Kamal"]
    assert (places("at Ain al-Assad") == places("at AIN AL ASAD") == places("at al-Asad")
            == ["Al-Asad Airbase"])
    assert places("al-Harir air base") == places("Harir base") == ["Harir air base"]
    assert places("at Erbil airport") == ["Erbil air base"]  # the city's airport is another base
    assert places("at an outpost") == []  # "an" before a word is English, not an Arabic article


def test_a_day_naming_a_noun_dates_it_even_after_since() -> None:
    text = "Since the Feb. 2 U.S. strikes on militia sites in Iraq and Syria, attacks have stopped."
    found = read_events(make_article(text))  # undated: the year comes from the named strikes of that day
    assert {(e.type, e.date, e.country) for e in found.events} == {
        ("us_strike", dt.date(2024, 2, 2), "Iraq"), ("us_strike", dt.date(2024, 2, 2), "Syria")}
    text = "Since Oct. 17 attacks on U.S. forces in Iraq have killed no one."
    assert kinds(text, dt.date(2023, 11, 21)) == set()


@pytest.mark.parametrize(("text", "record"), [
    # (type, country, places, actors, weapons): who and what, as the chronology shows them
    ("Kataib Hezbollah launched a one-way drone at Harir air base in Erbil on Monday, wounding three U.S. "
     "troops.",
     ("attack_on_us_forces", "Iraq", ("Harir air base", "Erbil"), ("Kataib Hezbollah",), ("drone",))),
    ("Militants fired a rocket at U.S. forces in Syria on Monday, killing one U.S. contractor.",
     ("attack_on_us_forces", "Syria", (), ("Iran-backed groups",), ("rocket",))),
    ("A drone launched by militants hit the Tanf garrison in Syria on Monday.",
     ("attack_on_us_forces", "Syria", ("Al-Tanf",), ("Iran-backed groups",), ("drone",))),
    ("U.S. forces at Tanf garrison in Syria came under drone attack on Monday.",
     ("attack_on_us_forces", "Syria", ("Al-Tanf",), (), ("drone",))),
    ("Islamic Resistance in Iraq fighters attacked U.S. forces at Conoco in Syria with rockets on Monday.",
     ("attack_on_us_forces", "Syria", ("Conoco gas field",), ("Islamic Resistance in Iraq",), ("rocket",))),
    ("A U.S. soldier was injured on Monday when militants attacked the base in Syria with rockets.",
     ("attack_on_us_forces", "Syria", (), ("Iran-backed groups",), ("rocket",))),
    ("Rockets launched from Iraq hit a U.S. base in Syria on Monday.",
     ("attack_on_us_forces", "Syria", (), (), ("rocket",))),
    ("The Pentagon said it struck Kataib Hezbollah sites in Iraq on Monday.",
     ("us_strike", "Iraq", (), ("Kataib Hezbollah",), ())),
    ("It struck Kataib Hezbollah sites in Iraq on Monday, the Pentagon said.",
     ("us_strike", "Iraq", (), ("Kataib Hezbollah",), ())),
    ("U.S. jets struck a Kataib Hezbollah drone storage site near al-Qaim in Iraq on Monday.",
     ("us_strike", "Iraq", ("Al-Qaim",), ("Kataib Hezbollah",), ())),
    ("The U.S. killed a Kataib Hezbollah commander in a drone strike in Baghdad on Monday.",
     ("us_strike", "Iraq", ("Baghdad",), ("Kataib Hezbollah",), ())),
])
def test_an_event_names_its_places_groups_and_weapons(text: str, record: tuple[object, ...]) -> None:
    (event,) = extract_events(make_article(text, PUB))
    assert (event.type, event.country, event.places, event.actors, event.weapons) == record
    assert event.date == MON


ASAD = "Militants attacked U.S. forces at al-Asad air base"


@pytest.mark.parametrize(("text", "events", "undated"), [
    (f"{ASAD} on Dec. 24, officials said.", [("attack_on_us_forces", SUN, "from 'Dec. 24'")], []),
    # the day after publication may be the local day; two days after is no day of this year's
    (f"{ASAD} on Dec. 27, officials said.",
     [("attack_on_us_forces", dt.date(2023, 12, 27), "from 'Dec. 27'")], []),
    (f"{ASAD} on Dec. 28, officials said.", [], [("'Dec. 28' without its year", "12-28")]),
    (f"{ASAD} on Nov. 20, 2022, officials said.", [], []),  # before the campaign: not one of its events
    ("After the Dec. 20 attack on U.S. forces at al-Asad air base, officials said more would follow.",
     [("attack_on_us_forces", dt.date(2023, 12, 20), "from 'Dec. 20'")], []),
    # a count since a day is not an event on that day
    ("Since Dec. 20, militants have fired rockets at U.S. forces at al-Asad air base three times.", [],
     [("no day for this event could be read", None)]),
    # no day of its own: the day of the statement that tells it is the saying's, not the act's
    # (issue 23, form 4): a gap, never a day that may be wrong
    ("The Pentagon said on Monday that militants had attacked U.S. forces at al-Asad air base.",
     [], [("'Monday' is the day it was told, not the day it happened", None)]),
    (f"{ASAD}, the Pentagon said on Monday. On Sunday, U.S. jets struck militia sites in Iraq.",
     [("us_strike", SUN, "from 'Sunday'")],
     [("'Monday' is the day it was told, not the day it happened", None)]),
    # an opening day is the act's, not a saying's
    ("On Monday, militants attacked U.S. forces at al-Asad air base, the Pentagon said.",
     [("attack_on_us_forces", MON, "from 'Monday'")], []),
])
def test_an_event_takes_its_own_day_and_says_where_from(text: str, events: list[tuple[str, dt.date, str]],
                                                        undated: list[tuple[str, str | None]]) -> None:
    found = read_events(make_article(text, PUB))
    assert [(e.type, e.date, e.date_note) for e in found.events] == events
    assert [(e.date_note, e.day_without_year) for e in found.undated] == undated
    assert all(e.country == "Iraq" for e in (*found.events, *found.undated))


@pytest.mark.parametrize(("text", "events"), [
    # "Sunday's attack" dates attacks only, "Sunday's strikes" strikes only (straight or curly)
    ("Sunday's drone attack on U.S. forces at al-Asad air base wounded two soldiers.",
     [("attack_on_us_forces", SUN, "Iraq", "from 'Sunday's'")]),
    ("Sunday’s drone attack on U.S. forces at al-Asad air base wounded two soldiers.",
     [("attack_on_us_forces", SUN, "Iraq", "from 'Sunday’s'")]),
    ("Sunday's ballistic missile attack on U.S. forces at al-Asad air base wounded two soldiers.",
     [("attack_on_us_forces", SUN, "Iraq", "from 'Sunday's'")]),
    ("Sunday's strikes on Kataib Hezbollah sites in Iraq followed an attack on U.S. troops in Syria on "
     "Saturday.",
     [("attack_on_us_forces", dt.date(2023, 12, 23), "Syria", "from 'Saturday'"),
      ("us_strike", SUN, "Iraq", "from 'Sunday's'")]),
    ("Sunday's retaliatory strikes hit Kataib Hezbollah sites in Iraq, the Pentagon said.",
     [("us_strike", SUN, "Iraq", "from 'Sunday's'")]),
    ("Sunday's bombing of Kataib Hezbollah sites in Iraq by U.S. jets drew threats.",
     [("us_strike", SUN, "Iraq", "from 'Sunday's'")]),
    # "Thursday's briefing" is the day of a statement, not of an act
    ("Thursday's briefing said militants attacked U.S. forces in Syria.",
     [("attack_on_us_forces", dt.date(2023, 12, 21), "Syria",
       "day of the statement telling it ('Thursday's')")]),
])
def test_a_weekdays_possessive_dates_its_own_kind_of_act(text: str,
                                                        events: list[tuple[str, dt.date, str, str]]) -> None:
    found = read_events(make_article(text, PUB))
    assert [(e.type, e.date, e.country, e.date_note) for e in found.events] == events
    assert found.undated == ()


# --- the chronology's line for an event: what the record says, worded by its kind ----------

def _record(kind: EventType, country: str | None = None, places: tuple[str, ...] = (),
            weapons: tuple[str, ...] = (), actors: tuple[str, ...] = ()) -> Event:
    return Event(id="e", type=kind, date=PUB, date_precision="day", country=country, places=places,
                 actors=actors, weapons=weapons, summary="", sources=(Evidence("a", 0, 1, "x"),))


@pytest.mark.parametrize(("event", "line"), [
    (_record("attack_on_us_forces", "Syria", ("Tanf garrison",), ("drone",), ("Group A",)),
     "Attack on US forces at Tanf garrison, Syria, with drones; groups named in reports: Group A"),
    (_record("attack_on_us_forces", "Iraq", ("Erbil", "Harir"), ("rocket", "drone")),
     "Attack on US forces at Erbil, Harir, Iraq, with rocket and drone"),
    (_record("attack_on_us_forces", "Iraq", actors=("Group A", "Group B")),
     "Attack on US forces in Iraq; groups named in reports: Group A, Group B"),
    (_record("attack_on_us_forces"), "Attack on US forces (place not reported)"),
    # a strike is near a place, never "at" it, and hits the sites or people of a group
    (_record("us_strike", "Syria", ("Albu Kamal",), ("F-15E", "F-16"), ("Group A",)),
     "US strike near Albu Kamal, Syria by F-15E, F-16 on sites or people of Group A"),
    (_record("self_defense_strike", "Iraq", ("Camp Attar",)),
     "US self-defence strike near Camp Attar, Iraq"),
    (_record("us_strike", "Iraq"), "US strike in Iraq"),
    (_record("us_strike"), "US strike (place not reported)"),
    # the missing place set apart, never run into the means ("US strike place not reported by ...")
    (_record("us_strike", weapons=("precision-guided munitions",)),
     "US strike (place not reported) by precision-guided munitions"),
])
def test_each_event_is_told_by_its_own_kind(event: Event, line: str) -> None:
    assert what_happened(event) == line


# --- lists and timelines (issue 17 item 2, issue 23 form 3) ------------------------------------

WEEK_RECAP = ("Officials listed the attacks on U.S. forces this week. "
              "Tuesday: rockets were fired at U.S. troops at Al-Asad Airbase in Iraq. "
              "Wednesday: a drone hit U.S. forces at Erbil Air Base in Iraq. "
              "Friday: two rockets were fired at U.S. forces at the Rumalyn Landing Zone in Syria.")
TIMELINE = ("Oct. 17 — A drone attacked U.S. forces at Al-Asad Airbase in Iraq.\n"
            "Oct. 18 — Two drones targeted U.S. troops at al-Tanf garrison in Syria; another hit Erbil Air "
            "Base in Iraq.\n"
            "Oct. 19 — Rockets struck U.S. forces at Ain al-Asad in Iraq.")


@pytest.mark.parametrize(("text", "published", "rows"), [
    (WEEK_RECAP, dt.date(2024, 2, 4), {
        (dt.date(2024, 1, 30), "Iraq", ("Al-Asad Airbase",)),
        (dt.date(2024, 1, 31), "Iraq", ("Erbil air base",)),
        (dt.date(2024, 2, 2), "Syria", ("Rumalyn Landing Zone",))}),
    (TIMELINE, dt.date(2023, 10, 25), {
        (dt.date(2023, 10, 17), "Iraq", ("Al-Asad Airbase",)),
        (dt.date(2023, 10, 18), "Syria", ("Al-Tanf",)),
        (dt.date(2023, 10, 18), "Iraq", ("Erbil air base",)),
        (dt.date(2023, 10, 19), "Iraq", ("Al-Asad Airbase",))}),
])
def test_each_entry_of_a_list_is_its_own_day_with_its_own_places(
        text: str, published: dt.date, rows: set[tuple[dt.date, str, tuple[str, ...]]]) -> None:
    found = read_events(make_article(text, published))
    assert {(e.date, e.country, e.places) for e in found.events} == rows
    assert {e.date_basis for e in found.events} <= {"weekday", "written"}


# An entry told without a verb (a recap's "Friday: rockets at <base>, no injuries."): its own
# attack, on the day opening it, at its own base. Published Sunday 4 Feb 2024.
VERBLESS_RECAP = ("Here is the week in brief.\n"
                  "Tuesday: two drones at Erbil air base.\n"
                  "Friday: rockets at the Rumalyn Landing Zone, no injuries.")
VERBLESS_TIMELINE = ("Oct. 18 — one-way drones against al-Tanf garrison; two intercepted.\n"
                     "Oct. 19 — a rocket attack at Ain al-Asad, no damage.")


@pytest.mark.parametrize(("text", "published", "rows"), [
    (VERBLESS_RECAP, dt.date(2024, 2, 4), {
        (dt.date(2024, 1, 30), "Iraq", ("Erbil air base",), "weekday"),
        (dt.date(2024, 2, 2), "Syria", ("Rumalyn Landing Zone",), "weekday")}),
    (VERBLESS_TIMELINE, dt.date(2023, 10, 25), {
        (dt.date(2023, 10, 18), "Syria", ("Al-Tanf",), "written"),
        (dt.date(2023, 10, 19), "Iraq", ("Al-Asad Airbase",), "written")}),
    # entries glued in one sentence, one after a semicolon: each its own day and base
    ("Tuesday: two drones at Erbil air base; Friday: rockets at the Rumalyn Landing Zone.",
     dt.date(2024, 2, 4), {(dt.date(2024, 1, 30), "Iraq", ("Erbil air base",), "weekday"),
                           (dt.date(2024, 2, 2), "Syria", ("Rumalyn Landing Zone",), "weekday")}),
])
def test_an_entry_without_a_verb_is_its_own_attack_on_its_own_day_and_base(
        text: str, published: dt.date, rows: set[tuple[dt.date, str, tuple[str, ...], str]]) -> None:
    found = read_events(make_article(text, published))
    assert {(e.date, e.country, e.places, e.date_basis) for e in found.events} == rows
    assert all(e.type == "attack_on_us_forces" for e in found.events)
    assert found.undated == ()


ENTRY = "Friday: rockets at the Rumalyn Landing Zone, no injuries."


@pytest.mark.parametrize("other", [
    "Friday: the Pentagon said rockets at the Rumalyn Landing Zone caused no injuries.",  # a statement
    "Friday: the group claimed rockets at the Rumalyn Landing Zone.",  # a claim
    "Friday: 66 attacks on bases such as the Rumalyn Landing Zone since Oct. 17.",  # a figure
    "Friday: Houthi drones at the Rumalyn Landing Zone.",  # the Houthis: another story
    "Friday: rockets at Eilat, Israel, no injuries.",  # Israel: another story
    "Friday: rockets, no injuries.",  # no place
    "Friday: rockets found near the Rumalyn Landing Zone.",  # not aimed at it
    "Friday: no rockets at the Rumalyn Landing Zone this week.",  # none at all
    # strikes not said to be US ones
    "Friday: strikes on militia depots after rockets at the Rumalyn Landing Zone.",
    "Friday: talks at the Rumalyn Landing Zone.",  # no weapon, no attack
])
def test_an_entry_without_a_verb_is_read_only_when_it_tells_an_attack(other: str) -> None:
    published = dt.date(2024, 2, 4)
    (event,) = read_events(make_article(ENTRY, published)).events
    assert (event.type, event.date, event.places) == ("attack_on_us_forces", dt.date(2024, 2, 2),
                                                      ("Rumalyn Landing Zone",))
    found = read_events(make_article(other, published))
    assert found.events == () and found.undated == ()


def test_an_entry_whose_day_cannot_be_placed_is_no_attack_and_no_fault() -> None:
    # an undated article: "Oct. 18" has no year here, so the entry opens with no usable day
    found = read_events(make_article("Oct. 18: rockets at al-Tanf garrison.", None))
    assert found.events == ()
    dated = read_events(make_article("Oct. 18: rockets at al-Tanf garrison.", dt.date(2023, 10, 20)))
    assert [(e.date, e.places) for e in dated.events] == [(dt.date(2023, 10, 18), ("Al-Tanf",))]
    # a year before the campaign: background, not this campaign's attack
    old = read_events(make_article("Oct. 18, 2022: rockets at al-Tanf garrison.", dt.date(2024, 2, 4)))
    assert old.events == ()


def test_an_undated_article_counting_from_the_campaigns_start_gives_its_days_their_year() -> None:
    text = ("U.S. forces have been attacked 40 times since Oct. 17, an official said.\n\n"
            "On Nov. 9, a drone attacked U.S. forces at al-Tanf garrison in Syria.")
    found = read_events(make_article(text))
    assert [(e.date, e.country) for e in found.events] == [(dt.date(2023, 11, 9), "Syria")]
    # without the campaign's start, the year stays open; and in an article naming a later year
    alone = read_events(make_article(text.split("\n\n")[1]))
    assert alone.events == () and [e.day_without_year for e in alone.undated] == ["11-09"]
    later = read_events(make_article(text + "\n\nThe base was first attacked in the summer of 2024."))
    assert later.events == ()


def test_the_day_of_a_known_event_is_typed_not_written_in_a_note() -> None:
    found = read_events(make_article("The drone attack on Tower 22 in Jordan killed three U.S. soldiers.",
                                     dt.date(2024, 2, 2)))
    (event,) = found.events
    assert (event.date, event.date_basis, event.country) == (dt.date(2024, 1, 28), "named-event", "Jordan")


def test_an_acts_own_day_and_a_named_events_day_that_disagree_leave_it_undated_and_say_why() -> None:
    # 7 Feb 2024 is a Wednesday; the strikes on 85 targets are known for 2 February
    found = read_events(make_article("U.S. jets carried out strikes on 85 targets in Iraq and Syria on "
                                     "Wednesday.", dt.date(2024, 2, 8)))
    assert found.events == ()
    assert {e.country for e in found.undated} == {"Iraq", "Syria"}
    assert all("disagree" in e.date_note for e in found.undated)
    # the day of a statement about it is no such disagreement: the named event's day stands
    said = read_events(make_article("Biden said on Tuesday he had decided how to answer the drone attack "
                                    "that killed three U.S. troops in Jordan.", dt.date(2024, 1, 31)))
    assert [(e.date, e.date_basis) for e in said.events] == [(dt.date(2024, 1, 28), "named-event")]


@pytest.mark.parametrize(("text", "expected"), [
    # the act follows the cue: counted back from the day the sentence gives
    ("Rockets hit U.S. forces at al-Tanf garrison in Syria on Sunday. The rocket attack on Sunday came "
     "two days after U.S. jets struck militia depots in Syria.", dt.date(2024, 2, 2)),
    # the act precedes it: counted on
    ("U.S. jets struck militia depots in Syria three days after the rocket attack of Thursday on "
     "al-Tanf.", dt.date(2024, 2, 4)),
    # two days on the other side: no single day to count from
    ("The attacks of Friday and Sunday came two days after U.S. jets struck militia depots in Syria.",
     None),
])
def test_an_act_counted_from_another_acts_day(text: str, expected: dt.date | None) -> None:
    found = read_events(make_article(text, dt.date(2024, 2, 5)))  # a Monday
    strikes = [e for e in found.events if e.type == "us_strike"]
    assert [e.date for e in strikes] == ([expected] if expected else [])
    for strike in strikes:
        assert strike.date_basis == "days-apart" and strike.date_anchor is not None


# ---- form 2: the day told in the clause a "when" or "where" clause hangs on --------------------

@pytest.mark.parametrize(("text", "country", "expected"), [
    # "when": the act of the clause takes the day that ends the clause it hangs on
    ("The last of those incidents came on Dec. 24, when two rockets struck al-Asad air base in Iraq.",
     "Iraq", SUN),
    # "where": the munition and its day told again in the place's clause
    ("The raids answered an attack on a U.S. outpost in eastern Syria, where three drones hit the base on "
     "Monday.", "Syria", MON),
    # the place's clause tells no munition: its day is the strike's, not the attack's
    ("The raids answered an attack on a U.S. outpost in eastern Syria, where U.S. jets later struck a depot "
     "on Monday.", "Syria", None),
])
def test_a_clause_hung_on_another_by_when_or_where_takes_its_day(
        text: str, country: str, expected: dt.date | None) -> None:
    found = read_events(make_article(text, PUB))
    attacks = [e for e in (*found.events, *found.undated) if e.type == "attack_on_us_forces"]
    assert [(e.date, e.country) for e in attacks] == [(expected, country)]


def test_a_when_clause_keeps_a_day_without_its_year_for_other_reports() -> None:
    found = read_events(make_article("The first of them came on Aug. 3, when two rockets struck al-Asad "
                                     "air base in Iraq."))  # no publication date
    assert found.events == ()
    assert [e.day_without_year for e in found.undated if e.country == "Iraq"] == ["08-03"]


# ---- form 3: acts told on two days of one month ----------------------------------------------

@pytest.mark.parametrize(("text", "days"), [
    ("Drones attacked U.S. forces at al-Asad air base in Iraq on Dec. 18 and 21 without injuries.",
     [dt.date(2023, 12, 18)]),  # "and 21" runs on into "without": no second day written alone
    ("There were two more attacks, on Dec. 18 and 21, against the base at al-Asad in Iraq.",
     [dt.date(2023, 12, 18), dt.date(2023, 12, 21)]),
    ("Rockets struck al-Asad air base in Iraq on Dec. 20 and 18 troops took shelter.",
     [dt.date(2023, 12, 20)]),  # a figure, not a day
    ("Rockets struck al-Asad air base in Iraq on Dec. 21 and 12.", [dt.date(2023, 12, 21)]),  # not later
    ("Rockets struck al-Asad air base in Iraq on Dec. 24 and 29.", [dt.date(2023, 12, 24)]),  # after it
])
def test_acts_told_on_two_days_of_a_month_are_an_event_each(text: str, days: list[dt.date]) -> None:
    found = read_events(make_article(text, PUB))
    assert sorted(e.day for e in found.events if e.type == "attack_on_us_forces") == days
    for event in found.events:
        assert event.date_basis == "written"


# ---- acts counted from a start are the campaign, not the statement's day's event --------------

@pytest.mark.parametrize("text", [
    "On Monday, the Pentagon said 40 troops had been hurt in the recent attacks on U.S. bases in Iraq and "
    "Syria since the start of the war in Gaza.",
    "On Monday, officials said the attacks on U.S. bases in Syria since mid-October had hurt 40 troops.",
])
def test_attacks_counted_from_a_start_do_not_take_the_statements_day(text: str) -> None:
    assert read_events(make_article(text, PUB)).events == ()


# ---- form 2: "the second attack", one of a number of acts told on one day ----------------------

@pytest.mark.parametrize(("between", "expected"), [
    ("", MON),
    # an act of another day told in between: which day "the second" is of is no longer plain
    ("Rockets struck al-Tanf garrison in Syria on Sunday. ", None),
])
def test_the_second_of_a_number_of_acts_told_on_one_day_is_of_that_day(
        between: str, expected: dt.date | None) -> None:
    text = ("U.S. forces in Iraq were targeted on Monday in two separate drone attacks, an official said. "
            "The first attack early on Monday hit al-Asad air base. " + between +
            "The second drone attack targeted al-Harir air base in Erbil, officials said.")
    found = read_events(make_article(text, PUB))
    second = text.index("The second")
    told = [e for e in (*found.events, *found.undated) if any(s.start == second for s in e.sources)]
    assert [e.date for e in told] == [expected]
    if expected:
        assert told[0].date_basis == "told-before"


@pytest.mark.parametrize(("number", "expected"), [("five", MON), ("eight", None)])
def test_an_act_told_right_after_five_acts_of_one_day_is_of_that_day(
        number: str, expected: dt.date | None) -> None:
    # twenty-first session: up to five acts counted on a day make the act told right after one of
    # them, at its own base (a row of its own); a larger number is left as before
    text = ("Rockets were fired at the U.S. embassy in Baghdad on Monday. "
            f"Later that day, there were {number} more attempted strikes against U.S. and coalition troops. "
            "Drones were launched twice at Al-Asad Airbase in western Iraq, an official said.")
    found = read_events(make_article(text, PUB))
    at_base = [e for e in (*found.events, *found.undated) if "Al-Asad Airbase" in e.places]
    assert [(e.date, e.places) for e in at_base] == [(expected, ("Al-Asad Airbase",))]


def test_a_second_act_without_a_number_told_before_stays_undated() -> None:
    text = ("U.S. forces in Iraq were targeted on Monday by a drone at al-Asad air base, an official said. "
            "The second drone attack targeted al-Harir air base in Erbil, officials said.")
    found = read_events(make_article(text, PUB))
    assert [e.date for e in found.events] == [MON]
    assert [e.country for e in found.undated] == ["Iraq"]


# ---- form 2: the parts of a number of acts told with their day, right after it ------------------

_COUNTED = ("U.S. forces in Iraq and Syria were attacked three times on Monday with rockets and drones, "
            "officials said. ")


@pytest.mark.parametrize(("after", "expected"), [
    # the parts, told right after the number with no day of their own, are of its day
    ("Two rockets were fired at al-Tanf garrison in Syria, the official added.", MON),
    ("A spokesman said U.S. forces at al-Tanf garrison in Syria were attacked with rockets.", MON),
    # a cue of another act, a count over a time, or a date word of its own: not one of them
    ("Earlier, two rockets were fired at al-Tanf garrison in Syria.", None),
    ("Al-Tanf garrison in Syria has been attacked with rockets since October.", None),
    ("Two rockets were fired at al-Tanf garrison in Syria in November.", None),
])
def test_an_act_told_right_after_a_number_of_acts_is_one_of_them(
        after: str, expected: dt.date | None) -> None:
    found = read_events(make_article(_COUNTED + after, PUB))
    told = [e for e in (*found.events, *found.undated) if e.country == "Syria"
            and any(s.start >= len(_COUNTED) for s in e.sources)]
    assert told and ({e.date for e in told} == {expected} if expected else MON not in {e.date for e in told})


def test_an_act_told_far_after_a_number_of_acts_is_not_one_of_them() -> None:
    text = (_COUNTED + "The region has been tense for weeks. Officials are worried about escalation. "
            "Diplomats met in the capital. Two rockets were fired at al-Tanf garrison in Syria.")
    found = read_events(make_article(text, PUB))
    assert [e.date for e in found.undated if e.country == "Syria"] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    # the place before the day: each of the few acts counted is an event of that day
    ("U.S. forces were attacked three times in Syria on Monday, officials said.",
     [("attack_on_us_forces", MON, "Syria")] * 3),
    ("U.S. troops were targeted twice at al-Tanf garrison late on Monday.",
     [("attack_on_us_forces", MON, "Syria")] * 2),
    # the day the count was told is not the acts' day: two acts on Sunday, none on Tuesday
    ("A spokesman told reporters on Tuesday that U.S. troops were attacked twice at al-Tanf garrison on "
     "Sunday.",
     [("attack_on_us_forces", SUN, "Syria")] * 2),
    ("A spokesman told reporters Dec. 26 that U.S. troops were attacked twice in Syria on Dec. 24.",
     [("attack_on_us_forces", SUN, "Syria")] * 2),
    # over two countries: at least one in each (how many in each is unsaid)
    ("U.S. forces were attacked four times in Iraq and Syria on Monday, an official said.",
     [("attack_on_us_forces", MON, "Iraq"), ("attack_on_us_forces", MON, "Syria")]),
    # a count over a span stays a count
    ("U.S. forces were attacked four times in Syria since Monday, an official said.", []),
])
def test_a_few_acts_counted_in_times_with_their_place_then_their_day(
        text: str, expected: list[tuple[str, dt.date, str]]) -> None:
    found = read_events(make_article(text, PUB)).events
    assert sorted((e.type, e.date, e.country) for e in found) == expected


_FOUR_TIMES = "U.S. forces were attacked four times in Iraq and Syria on Monday, an official said. "


@pytest.mark.parametrize(("after", "expected"), [
    # a part of the count that counts its sites in one country: that many of the acts there (and
    # the rest in the other country: test_a_part_counted_in_one_country_leaves_the_rest_to_the_other)
    ("U.S. troops were attacked at two sites in eastern Syria with rockets and drones.",
     [("attack_on_us_forces", MON, "Iraq")] * 2 + [("attack_on_us_forces", MON, "Syria")] * 2),
    ("U.S. troops were attacked at three sites in eastern Syria with rockets and drones.",
     [("attack_on_us_forces", MON, "Iraq")] + [("attack_on_us_forces", MON, "Syria")] * 3),
    # the sites told again ("the two sites") are no count
    ("U.S. troops at the two sites in eastern Syria were attacked with rockets and drones.",
     [("attack_on_us_forces", MON, "Iraq"), ("attack_on_us_forces", MON, "Syria")]),
])
def test_a_part_of_a_number_of_acts_counted_by_its_sites(
        after: str, expected: list[tuple[str, dt.date, str]]) -> None:
    assert _rows(_FOUR_TIMES + after) == expected


@pytest.mark.parametrize(("after", "expected"), [
    # the part counted in one of the two countries the number names leaves the rest to the other
    ("U.S. troops were attacked at two sites in eastern Syria. In Iraq, drones were launched at "
     "Ain al-Asad air base.",
     [("attack_on_us_forces", MON, "Iraq")] * 2 + [("attack_on_us_forces", MON, "Syria")] * 2),
    # the acts already read in the other country that day count towards the rest: no more
    ("U.S. troops were attacked at two sites in eastern Syria. In Iraq, drones were launched at "
     "Ain al-Asad air base, and rockets at Harir air base.",
     [("attack_on_us_forces", MON, "Iraq")] * 2 + [("attack_on_us_forces", MON, "Syria")] * 2),
])
def test_a_part_counted_in_one_country_leaves_the_rest_to_the_other(
        after: str, expected: list[tuple[str, dt.date, str]]) -> None:
    assert _rows(_FOUR_TIMES + after) == expected


def test_a_number_in_one_country_leaves_no_rest_elsewhere() -> None:
    # the number names one country: its parts are all there, none is invented in another
    text = ("U.S. forces were attacked four times in Syria on Monday, an official said. "
            "U.S. troops were attacked at two sites in eastern Syria. In Iraq, a drone hit Harir air base.")
    assert not [r for r in _rows(text) if r[2] == "Iraq" and r[1] == MON][1:]


def test_a_part_never_counts_more_sites_than_the_acts_told() -> None:
    text = ("U.S. forces were attacked twice in Iraq and Syria on Monday, an official said. "
            "U.S. troops were attacked at three sites in eastern Syria with rockets and drones.")
    assert _rows(text) == [("attack_on_us_forces", MON, "Iraq"), ("attack_on_us_forces", MON, "Syria")]


def test_sites_counted_alone_are_not_a_number_of_acts() -> None:
    # "struck three facilities" with no number of acts told before may be one attack's targets
    text = "On Monday, militants attacked U.S. forces at two sites in eastern Syria with rockets."
    assert _rows(text) == [("attack_on_us_forces", MON, "Syria")]


def test_an_act_told_on_a_day_is_not_the_act_of_weeks_before() -> None:
    # the lede's act has only the day it was told; the article's one dated attack is three weeks older
    text = ("Two rockets were fired at a base hosting U.S. forces near Baghdad airport, two officials told "
            "reporters early on Tuesday.\n\nA U.S. diplomatic facility in Baghdad came under attack "
            "late on Sept. 10 but there were no casualties.")
    found = read_events(make_article(text, dt.date(2024, 10, 1)))
    assert [(e.date, len(e.sources)) for e in found.events] == [(dt.date(2024, 9, 10), 1)]
    assert [e.country for e in found.undated] == ["Iraq"]


# ---- rows no source reports (batch h's extra rows, in our own words) -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # A: what a strike is meant to stop is not its target
    ("U.S. jets hit two depots in Syria early Monday, with the goal of discouraging further "
     "hostility against American interests.", {("us_strike", MON, "Syria")}),
    ("The raids on militia sites in Iraq on Monday were designed to stop rocket fire at U.S. troops.",
     {("us_strike", MON, "Iraq")}),
    ("Washington bombed a weapons store in Syria on Monday in order to protect American personnel.",
     {("us_strike", MON, "Syria")}),
    # neighbours: a target told with the act is still its target
    ("A drone attack on U.S. troops in Syria on Monday wounded two soldiers.",
     {("attack_on_us_forces", MON, "Syria")}),
    ("Militants fired rockets against American forces at a base in Iraq on Monday, aiming at the "
     "runway.", {("attack_on_us_forces", MON, "Iraq")}),
])
def test_a_purpose_clause_is_no_target_of_the_act(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # B: a claim, whoever makes it and in whatever tense, is never an attack row
    "The faction had claimed responsibility for two drone attacks on U.S. troops in Syria on Monday.",
    "The outfit claimed responsibility for a rocket attack on a U.S. base in Iraq on Monday.",
    "A little-known cell took responsibility for Monday's attack on American forces in Syria.",
    "In a message online, the group said it was behind the drone attack on U.S. troops in Iraq on Monday.",
    "The organisation claimed a drone attack on U.S. forces in Syria on Monday.",
])
def test_a_claim_in_any_shape_is_no_attack(text: str) -> None:
    assert kinds(text) == set()


def test_a_claim_near_a_reported_attack_leaves_the_reported_attack() -> None:
    text = ("A drone struck U.S. forces at a base in Syria on Monday, officials said. "
            "The faction claimed responsibility for several attacks against American troops in Iraq "
            "on Monday.")
    assert kinds(text) == {("attack_on_us_forces", MON, "Syria")}


def test_a_us_speakers_claim_word_does_not_turn_a_strike_into_a_claim() -> None:
    text = "The Pentagon claimed credit for Monday's strikes on militia depots in Iraq."
    assert kinds(text) == {("us_strike", MON, "Iraq")}


@pytest.mark.parametrize(("text", "expected"), [
    # C: the groups' own people, vehicles and sites hit are no attack on US forces
    ("Two men died on Monday when a drone hit a pickup belonging to the Hashd Shaabi in western Iraq.",
     set()),
    ("Four fighters were killed on Monday in a drone attack on a convoy of the paramilitary forces near "
     "Baghdad, a security source said.", set()),
    ("Militia commander killed in U.S. drone attack in Baghdad", set()),
    # neighbours: a drone attack on a base hosting US troops, and a US strike on a militia car
    ("Two U.S. soldiers were hurt on Monday in a drone attack on al-Asad air base in Iraq.",
     {("attack_on_us_forces", MON, "Iraq")}),
    ("U.S. aircraft struck a car carrying a Kataib Hezbollah commander in Baghdad on Monday.",
     {("us_strike", MON, "Iraq")}),
])
def test_an_attack_on_the_groups_own_people_is_no_attack_on_us_forces(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # D: an act named as someone's reason is never dated by the statement telling the news
    ("The U.S. struck a militia commander in Iraq whom it blames for attacks on American troops, an "
     "official said Tuesday."),
    ("A U.S. drone killed a commander in Iraq held responsible for attacks on U.S. bases, officials "
     "said Tuesday."),
    ("A U.S. raid in Iraq killed the leader of the cell behind recent attacks on U.S. forces, the Pentagon "
     "said Tuesday."),
    ("The U.S. hit a militia figure in Iraq accused of plotting attacks against U.S. personnel, officials "
     "said Tuesday."),
])
def test_an_act_named_as_a_reason_makes_no_row_on_the_statements_day(text: str) -> None:
    assert {k for k in kinds(text) if k[0] == "attack_on_us_forces"} == set()


def test_a_reason_with_its_own_day_is_still_dated() -> None:
    text = ("A U.S. drone killed a militia commander in Iraq on Tuesday who was blamed for the rocket "
            "attack on U.S. troops at al-Asad air base on Sunday.")
    assert ("attack_on_us_forces", SUN, "Iraq") in kinds(text)


@pytest.mark.parametrize(("text", "expected"), [
    # E: the day on a verb of saying dates the saying, not the act in what is said
    ("Central Command on Tuesday confirmed that U.S. jets carried out a strike on a depot in Syria.",
     set()),
    ("A defense official said Tuesday that a drone hit a U.S. base in Syria.", set()),
    ("Tehran on Tuesday condemned U.S. air strikes on Iraq as a grave mistake.", set()),
    # neighbours: the act's own day in what is said; the US announcing its own strike; an
    # opening day that is the act's
    ("Central Command on Tuesday confirmed that U.S. jets struck a depot in Syria on Monday.",
     {("us_strike", MON, "Syria")}),
    ("The defense secretary announced on Tuesday that American forces conducted strikes on three "
     "militia sites in Iraq.", {("us_strike", PUB, "Iraq")}),
    ("The U.S. military has carried out a strike on a militia depot in Iraq, an official said Tuesday.",
     {("us_strike", PUB, "Iraq")}),
    ("On Monday, a drone hit a U.S. base in Syria, officials said.", {("attack_on_us_forces", MON, "Syria")}),
])
def test_a_statements_day_is_not_the_day_of_what_it_tells(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the act followed is another thing, with its own day
    ("The U.S. strikes in Syria on Friday followed a stern warning, on Thursday, from Washington to Tehran.",
     {("us_strike", dt.date(2023, 12, 22), "Syria")}),
    ("The U.S. raids in Iraq followed a warning to Tehran on Thursday.", set()),
    # neighbours: "following" already ended the clause; strikes that followed on a day are of that day
    ("More U.S. strikes in Syria followed on Friday.", {("us_strike", dt.date(2023, 12, 22), "Syria")}),
    ("More U.S. strikes in Syria followed two days later, on Friday.",
     {("us_strike", dt.date(2023, 12, 22), "Syria")}),
    ("U.S. jets struck depots in Syria on Friday following a warning on Thursday.",
     {("us_strike", dt.date(2023, 12, 22), "Syria")}),
])
def test_the_day_of_what_an_act_followed_is_not_its_day(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


def test_a_count_of_attacks_told_on_a_statements_day_makes_no_row() -> None:
    text = ("An official said Tuesday that U.S. troops in Iraq have come under attack at least 90 times "
            "since October.")
    assert kinds(text) == set()


def test_a_day_counted_from_the_page_gives_way_to_the_named_events_known_day() -> None:
    # G: a copy saved the day after: "this morning" counts to its day, the named attack is known
    text = ("Three U.S. soldiers were killed early this morning in a drone attack on a U.S. military "
            "outpost in Jordan, officials said.")
    assert kinds(text, dt.date(2024, 1, 29)) == {("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan")}


def test_a_day_counted_from_the_page_that_agrees_with_the_named_event_stays() -> None:
    text = ("Three U.S. soldiers were killed early this morning in a drone attack on a U.S. military "
            "outpost in Jordan, officials said.")
    assert kinds(text, dt.date(2024, 1, 28)) == {("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan")}


@pytest.mark.parametrize(("text", "expected"), [
    # "earlier in the day": the day the sentence gives before it
    ("On Monday, the president ordered strikes on militia sites in Iraq after a drone attack on a "
     "base near Erbil earlier in the day wounded two U.S. troops.",
     {("us_strike", MON, "Iraq"), ("attack_on_us_forces", MON, "Iraq")}),
    # "on the same day" opening a sentence: the day of the sentence before
    ("U.S. forces in Iraq struck a drone team near Kirkuk on Sunday. Separately, on the same day, "
     "rockets were fired at U.S. troops at a base in Syria.",
     {("us_strike", SUN, "Iraq"), ("attack_on_us_forces", SUN, "Syria")}),
    # a statement made "the same day" is the statement's day, not a day for the act
    ("Militants fired rockets at U.S. troops in Syria, the Pentagon said in a statement the same day.",
     set()),
    # no day before the cue: nothing to refer to
    ("Later that day, rockets were fired at U.S. troops at a base in Syria.", set()),
])
def test_the_same_day_is_the_day_told_before_it(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the day before" counts back from the day told in the sentence before
    ("On Monday, a Pentagon spokesman met reporters. He said U.S. troops in Iraq were hurt in "
     "drone attacks the day before.", {("attack_on_us_forces", SUN, "Iraq")}),
    # "the day before the vote" is not a day counted from the one told before
    ("On Monday, a Pentagon spokesman met reporters. He said U.S. troops in Iraq were hurt in "
     "drone attacks the day before the vote.", set()),
])
def test_the_day_before_counts_from_the_day_told_before_it(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence before writes no day: "the previous day" counts from the act told last with one
    ("On Monday, U.S. jets struck a militia depot in Syria. The command gave no details of the "
     "damage. The previous day, U.S. forces bombed two sites in Iraq used by the militia.",
     {("us_strike", MON, "Syria"), ("us_strike", SUN, "Iraq")}),
    # "the day before" at the clause's end, counted from the attack told last
    ("Rockets hit a base housing U.S. troops in Syria on Monday. Nobody was hurt, officials said. "
     "U.S. forces struck the militia south of Baghdad the day before, killing four of its fighters.",
     {("attack_on_us_forces", MON, "Syria"), ("us_strike", SUN, "Iraq")}),
    # no act told with a day before it: nothing to count from
    ("The command gave no details. The previous day, U.S. forces bombed two sites in Iraq.", set()),
])
def test_the_day_before_counts_from_the_act_told_last_with_a_day(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


def test_the_erbil_attack_told_as_on_christmas_morning_is_the_known_attack() -> None:
    # an undated page: the named attack's known day, told by its base and "Christmas morning"
    text = ("The jets struck back after a run of attacks on U.S. troops, among them one on Erbil Air Base "
            "on Christmas morning.")
    assert ("attack_on_us_forces", dt.date(2023, 12, 25), "Iraq") in kinds(text, None)


# A timeline told in the present tense, an entry going on past its first sentence, and a base
# it does not name. Published Sunday 28 Jan 2024.
PRESENT_TIMELINE = ("Oct. 19 — Troops in Syria shoot down two drones. Separately, rockets target a base "
                    "housing U.S. forces in Iraq.\n"
                    "Oct. 26 — Militants send a drone at an air base; it crashes into a barracks.\n"
                    "Nov. 2 — The Pentagon says it is reviewing security. Officials visit the base.")


def test_a_timelines_entry_runs_to_the_end_of_its_paragraph_in_the_present_tense() -> None:
    found = read_events(make_article(PRESENT_TIMELINE, dt.date(2024, 1, 28)))
    rows = {(e.type, e.date, e.country) for e in found.events}
    assert ("attack_on_us_forces", dt.date(2023, 10, 19), "Iraq") in rows
    assert ("attack_on_us_forces", dt.date(2023, 10, 26), None) in rows
    assert all(e.date != dt.date(2023, 11, 2) for e in found.events)  # a visit is no attack


@pytest.mark.parametrize("text", [
    # a sentence after the entry's first with a day of its own keeps it
    "Oct. 19 — Drones hit al-Tanf garrison in Syria. On Oct. 21, rockets target a base in Iraq.",
    # a paragraph that is no entry: its first sentence gives no day opening it
    "Drones hit al-Tanf garrison in Syria on Oct. 19. Rockets target a base in Iraq.",
])
def test_an_entrys_day_is_not_given_past_its_own_words(text: str) -> None:
    found = read_events(make_article(text, dt.date(2023, 10, 28)))
    assert ("attack_on_us_forces", dt.date(2023, 10, 19), "Iraq") not in {
        (e.type, e.date, e.country) for e in found.events}


@pytest.mark.parametrize(("text", "bases"), [
    # bases joined by "and" (or commas): one attack on each
    ("On Monday, drones were launched at both Al-Shaddadi and the Green Village base in Syria.",
     {("Al-Shaddadi",), ("Al-Omar oil field",)}),
    ("On Monday, rockets were fired at al-Tanf garrison, Al-Shaddadi and the Green Village base in Syria.",
     {("Al-Tanf",), ("Al-Shaddadi",), ("Al-Omar oil field",)}),
    # a base spelt another way is still that base ("Shadaddi")
    ("On Monday, drones were launched at both Al-Shadaddi and the Green Village base in Syria.",
     {("Al-Shaddadi",), ("Al-Omar oil field",)}),
    # the second base told with its own noun: "and the <side's> military base at <a base>"
    ("On Monday, rockets targeted U.S. troops near al-Tanf garrison and the U.S. military base at "
     "Al-Shaddadi in Syria.", {("Al-Tanf",), ("Al-Shaddadi",)}),
    # a base told as near another is one attack
    ("On Monday, drones were launched at Al-Shaddadi near the Green Village base in Syria.",
     {("Al-Shaddadi",)}),
])
def test_an_attack_on_bases_joined_by_and_is_one_attack_on_each(
        text: str, bases: set[tuple[str, ...]]) -> None:
    found = read_events(make_article(text, PUB))
    assert {e.places for e in found.events if e.country == "Syria"} == bases
    assert len(found.events) == len(bases)
    assert {e.date for e in found.events} == {MON}
@pytest.mark.parametrize("text", [
    # the day's acts told at no base, then each act at its own base in one sentence with no day
    "U.S. bases in Syria came under attack on Monday. Rockets hit the Conoco gas field base and drones hit "
    "the Rumalyn Landing Zone.",
    "Militants attacked two U.S. bases in Syria with drones on Monday. The first attack hit al-Tanf "
    "garrison, while the second hit the Green Village base.",
    # twenty-first session: the first act told as an attempt made ("an attempt was made to attack"),
    # the second base's own verb after a relative clause with "where" (not set off by commas)
    "U.S. bases in Syria came under attack on Monday. Witnesses said an attempt was made to attack the "
    "Conoco gas field base with rockets while the Rumalyn Landing Zone where U.S. troops are stationed "
    "was targeted by drones.",
])
def test_acts_told_at_their_bases_after_the_days_acts_are_one_row_each(text: str) -> None:
    # one row a base, each on Monday, each with the sentence that gives the day as its evidence
    found = read_events(make_article(text, PUB))
    assert [(e.date, e.country, len(e.places)) for e in found.events] == [(MON, "Syria", 1)] * 2
    assert len({e.places for e in found.events}) == 2
    first = text.split(". ")[0]
    assert all(e.date_basis != "unknown" and any(s.quote.startswith(first) for s in e.sources)
               for e in found.events)
    assert found.undated == ()


def test_ships_counted_on_the_day_of_a_named_attack_are_that_many_rows() -> None:
    # the day without its year is the one named attack's of that day (the profile's): the count
    # is still three ships hit, and the two others are not that named attack
    from briefing.topic import choose_topic
    text = "Three ships were attacked by Houthi rebels in the Red Sea on July 15, a maritime agency said."
    found = extract_events(make_article(text, None), choose_topic("red-sea"))
    assert [e.date for e in found] == [dt.date(2024, 7, 15)] * 3
    assert [e.named_event is None for e in found].count(True) == 2


def test_a_base_of_another_country_told_beside_is_not_the_days_row() -> None:
    # the second act's base is in Syria: never a part of the Iraq row, nor dated by it
    text = ("Drones attacked three U.S. bases on Monday. The first hit Harir air base in Iraq, while the "
            "second hit the Rumalyn Landing Zone in Syria.")
    found = read_events(make_article(text, PUB))
    assert [(e.country, e.places) for e in found.events] == [("Iraq", ("Harir air base",))]


@pytest.mark.parametrize("sentence", [
    "The umbrella group has launched dozens of rocket attacks on American bases in Syria.",
    "Militias in Iraq have carried out more than 150 attacks on US troops in Iraq and Syria.",
    "The faction has conducted hundreds of drone strikes on coalition positions in Iraq.",
])
def test_a_habitual_sentence_is_no_mention_of_an_event(sentence: str) -> None:
    # a count of acts as the verb's object is the campaign, not an act whose day is missing
    found = read_events(make_article(sentence, PUB))
    assert (found.events, found.undated) == ((), ())


def test_a_small_count_of_acts_is_still_an_event() -> None:
    # and, counted on the day the sentence gives, each of them is one (issue 23, form 3)
    found = read_events(make_article(
        "Militants launched two drone attacks on a US base in Syria on Sunday.", PUB))
    assert [(e.type, e.country) for e in found.events] == [("attack_on_us_forces", "Syria")] * 2


# ---- kinds and countries (issue 23, roles7): our sentences in the forms reports use ----------

@pytest.mark.parametrize(("text", "expected"), [
    # a strike the text itself calls self-defence is that kind, in any of the ways it is said
    ("U.S. jets conducted a self-defense strike on a militia drone site near Kirkuk in Iraq on Monday.",
     {("self_defense_strike", MON, "Iraq")}),
    ("U.S. aircraft struck a militia truck near Kirkuk in Iraq on Monday in self defence, officials said.",
     {("self_defense_strike", MON, "Iraq")}),
    ("The Pentagon described Monday's airstrike on a militia depot in Iraq as \"self-defense\".",
     {("self_defense_strike", MON, "Iraq")}),
    # a right claimed is no description of the strike
    ("U.S. jets struck militia depots in Syria on Monday, and the Pentagon said it keeps the right to "
     "self-defense.", {("us_strike", MON, "Syria")}),
])
def test_a_strike_called_self_defense_is_a_self_defense_strike(
        text: str, expected: set[tuple[str, dt.date, str]]) -> None:
    assert kinds(text) == expected


def test_a_strike_told_in_two_sentences_one_naming_it_self_defense_is_one_event() -> None:
    text = ("U.S. forces conducted a self-defense strike in Iraq on Monday, the Pentagon said. A U.S. drone "
            "strike killed a militia commander near Kirkuk on Monday, officials said.")
    (event,) = extract_events(make_article(text, PUB))
    told = (event.type, event.date, event.country, len(event.sources))
    assert told == ("self_defense_strike", MON, "Iraq", 2)


def test_a_strike_named_only_by_its_target_takes_its_sentences_kind() -> None:
    # no agent before it, the US named in the sentence: its kind still read from its sentence's words
    text = ("The Pentagon confirmed the operation, calling it a self-defense strike on militants near "
            "Kirkuk in Iraq on Monday.")
    assert kinds(text) == {("self_defense_strike", MON, "Iraq")}


def test_where_the_groups_operate_is_not_where_the_strike_was() -> None:
    text = ("U.S. jets struck depots used by affiliated groups on Monday, referring to militias that operate "
            "in Iraq and Syria.")
    assert kinds(text) == {("us_strike", MON, None)}
    # a country the strike's own words give still places it
    placed = "U.S. jets struck depots in Syria on Monday used by militias that operate in Iraq and Syria."
    assert kinds(placed) == {("us_strike", MON, "Syria")}


def test_a_transcription_services_transcript_does_not_count_its_speakers_days_from_its_posting() -> None:
    # posted on the page's day, spoken days before: the speaker's "last night" is the briefing's
    turns = ("Press Briefing on the Strike in Syria Transcript\n\n"
             "Jane Ortiz (00:04):\n\nGood afternoon. Last night, US jets struck a weapons depot in eastern "
             "Syria used by militia groups.\n\nSpeaker 2 (01:15):\n\nWere there casualties?\n")
    found = read_events(make_article(turns, PUB))
    assert found.events == ()
    assert [(e.type, e.country) for e in found.undated] == [("us_strike", "Syria")]
    # the same words without the stamped turns: a page of the day after the night it tells
    assert kinds(turns.replace(" (00:04)", "").replace(" (01:15)", "")) == {("us_strike", MON, "Syria")}


def test_two_bases_named_by_their_full_site_names_are_two_attacks() -> None:
    # the Pentagon's names for the two bases ("Mission Support Site ..."), each its own attack
    text = ("Rockets and a drone were fired at Mission Support Site Euphrates and Mission Support Site "
            "Green Village in Syria on Monday, officials said.")
    found = read_events(make_article(text, PUB))
    assert sorted(e.places[0] for e in found.events) == ["Al-Omar oil field", "Conoco gas field"]


def test_a_funerals_day_is_not_the_day_of_the_strike_it_mourns() -> None:
    # the strike may be days before; nothing else dates it here, so it stays undated (a page of that
    # Wednesday, the funeral's day)
    text = ("Hundreds of militia supporters held a funeral procession on Wednesday for the victims of the "
            "US airstrike on a militia site near Kirkuk in Iraq.")
    found = read_events(make_article(text, dt.date(2023, 12, 27)))
    assert found.events == ()
    assert [(e.type, e.country) for e in found.undated] == [("us_strike", "Iraq")]
    # a day of the strike's own still dates it
    own = "A US airstrike hit a militia site near Kirkuk in Iraq on Monday."
    assert kinds(own) == {("us_strike", MON, "Iraq")}


def test_where_the_blamed_groups_are_based_is_not_where_the_attack_was() -> None:
    # the places named right after the groups are theirs; the attack's own place later still counts
    text = ("Officials blamed Iran-backed militias operating in Iraq and Syria for Monday's drone attack "
            "on a small US base in Jordan.")
    assert kinds(text) == {("attack_on_us_forces", MON, "Jordan")}
    quoted = ('The president said "Iran-backed militias" in Iraq and Syria were behind the drone attack '
              "that hit a US outpost on Monday.")
    assert kinds(quoted) == {("attack_on_us_forces", MON, None)}


def test_a_headlines_passive_then_a_reason_is_an_attack_on_the_base() -> None:
    text = "U.S. Outpost in Syria Attacked For Second Time This Week\n\nThe Pentagon gave no details."
    found = read_events(make_article(text, PUB))
    told = [(e.type, e.country) for e in (*found.events, *found.undated)]
    assert told == [("attack_on_us_forces", "Syria")]


def test_what_a_group_is_known_for_is_no_attack() -> None:
    # told in a relative clause after the group, in the plural or the perfect: the group described
    text = ("U.S. jets struck militia depots in Syria on Monday. The depots belonged to militias that have "
            "repeatedly attacked U.S. forces in Syria.")
    found = read_events(make_article(text, PUB))
    assert [(e.type, e.date, e.country) for e in found.events] == [("us_strike", MON, "Syria")]
    assert found.undated == ()


def test_an_attack_told_of_the_group_that_made_it_is_still_an_attack() -> None:
    text = ("U.S. jets struck militia depots in Syria on Monday. The militias that attacked a U.S. base in "
            "Syria on Sunday were hit.")
    assert kinds(text) == {("us_strike", MON, "Syria"), ("attack_on_us_forces", SUN, "Syria")}


@pytest.mark.parametrize(("text", "expected"), [
    # an infinitive after a verb of using is the act done with what was used, not a plan
    ("On Monday, U.S. Central Command employed two A-10 aircraft to successfully engage a rocket launcher "
     "that threatened U.S. forces in Syria.", {("us_strike", MON, "Syria")}),
    ("On Monday, militants used two drones to attack a U.S. base in Syria, officials said.",
     {("attack_on_us_forces", MON, "Syria")}),
    # a habit ("has used") and a plan stay no act
    ("On Monday, the Pentagon said the group has used drones to attack U.S. forces in Syria.", set()),
    ("U.S. Central Command plans to engage the launchers in Syria on Monday.", set()),
])
def test_an_act_done_with_what_was_used_is_an_act(text: str, expected: set[tuple[str, dt.date, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the US's "attacks" told as a reprisal are its strikes
    ("Washington carried out the attacks on Tuesday in reprisal for the killing of two American "
     "soldiers by an Iran-backed militia in Syria, the Pentagon said.",
     [("us_strike", dt.date(2024, 3, 5), "Syria")]),
    # without the reprisal an attack the US "carried out" is no act the sentence tells
    ("Washington carried out the attacks on Tuesday, the Pentagon said of the Iran-backed militia in Syria.",
     []),
])
def test_the_us_attacks_told_as_a_reprisal_are_strikes(text: str, expected: list[object]) -> None:
    events = extract_events(make_article(text, dt.date(2024, 3, 6)))
    assert [(e.type, e.date, e.country) for e in events] == expected


WED = dt.date(2024, 2, 7)


@pytest.mark.parametrize(("text", "expected"), [
    # the US as the subject of a light verb: its "drone attack" is its strike, not an attack on it
    ("American forces carried out a drone attack in Baghdad on Wednesday that killed two fighters of a "
     "militia.", {("us_strike", WED, "Iraq")}),
    ("The U.S. conducted a drone attack in Baghdad on Wednesday.", set()),
    # neighbours: a group's drone attack stays its own, told by it or by US officials
    ("A militia carried out a drone attack on U.S. troops in Syria on Wednesday.",
     {("attack_on_us_forces", WED, "Syria")}),
    ("US officials said the militia conducted a drone attack on a base hosting U.S. troops in Syria on "
     "Wednesday.", {("attack_on_us_forces", WED, "Syria")}),
])
def test_a_drone_attack_the_us_carried_out_is_no_attack_on_it(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text, dt.date(2024, 2, 8)) == expected


def test_the_defensive_strike_in_babylon_is_dated_as_known() -> None:
    # an undated report of the one "defensive" US strike in Babylon province (30 July 2024)
    text = ("US troops carried out a defensive air strike in Babylon province on fighters who were "
            "preparing to launch drones, a US official said.")
    events = extract_events(make_article(text, dt.date(2024, 8, 2)))
    assert [(e.type, e.date, e.country, e.date_basis) for e in events] == [
        ("self_defense_strike", dt.date(2024, 7, 30), "Iraq", "named-event")]


def test_strikes_in_both_countries_after_the_deaths_in_jordan_are_the_known_retaliation() -> None:
    text = ("Air strikes by the US hit militia sites in Syria and Iraq on Friday, days after a drone attack "
            "killed three of its soldiers at a post in Jordan.")
    found = read_events(make_article(text, None))
    assert sorted((e.type, e.date, e.country) for e in found.events if e.type == "us_strike") == [
        ("us_strike", dt.date(2024, 2, 2), "Iraq"), ("us_strike", dt.date(2024, 2, 2), "Syria")]


def test_a_strike_near_akashat_is_the_known_retaliation() -> None:
    text = "US jets struck militia depots near Akashat in the western desert on Friday, Iraqi officials said."
    found = read_events(make_article(text, None))
    assert [(e.type, e.date) for e in found.events if e.country == "Iraq"] == [
        ("us_strike", dt.date(2024, 2, 2))]


def test_an_undated_strike_beside_a_self_defence_strike_and_a_recalled_one_joins_neither() -> None:
    # the undated "targeted a depot" may tell the day's self-defence strike or the one recalled
    # from months before: its dead must not go to the recalled strike
    text = ("U.S. forces carried out a self-defense strike against militants in Iraq on August 14, officials "
            "said. Local sources said the United States targeted a depot south of Baghdad, killing five "
            "fighters. The last time the United States struck militias in Iraq was on February 2.")
    events = extract_events(make_article(text, dt.date(2024, 8, 15)))
    recalled = [e for e in events if e.date == dt.date(2024, 2, 2)]
    assert recalled and all("depot" not in s.quote for e in recalled for s in e.sources)
    assert all(c.value != 5 for e in recalled for c in e.details.casualties)


def test_a_diplomats_seat_is_no_place_of_the_act() -> None:
    text = ("US jets struck militia sites near Al-Qaim in Iraq on Friday. Iraq later summoned the US "
            "chargé d'affaires in Baghdad in the wake of the air strikes.")
    places = {p for e in extract_events(make_article(text, dt.date(2024, 2, 3))) for p in e.places}
    assert "Baghdad" not in places and "Al-Qaim" in places


# ---- issue 23, forms 2 and 3: a day given once for a list of acts, or for the act just told ----

def _rows(text: str) -> list[tuple[str, dt.date | None, str | None]]:
    return sorted((e.type, e.date, e.country) for e in extract_events(make_article(text, PUB)))


@pytest.mark.parametrize(("text", "expected"), [
    # a day that opens the sentence governs each clause joined to the first as its equal
    ("On Monday, militants fired rockets at al-Asad air base in Iraq, and a drone attack hit Harir air "
     "base in Iraq.", [("attack_on_us_forces", MON, "Iraq")] * 2),
    # ... and a count at one base of the list is that base's: two at al-Asad, one at Harir
    ("On Monday, there were two rocket attacks on U.S. forces at al-Asad air base in Iraq, and a drone "
     "attack on forces at Harir air base in Iraq.", [("attack_on_us_forces", MON, "Iraq")] * 3),
    # a count over both bases of one clause counts them all: two, not three or four
    ("On Monday, there were two rocket attacks on U.S. forces at al-Asad air base and Harir air base in "
     "Iraq.", [("attack_on_us_forces", MON, "Iraq")] * 2),
])
def test_a_day_opening_a_sentence_dates_each_act_of_its_list(
        text: str, expected: list[tuple[str, dt.date | None, str | None]]) -> None:
    assert _rows(text) == expected
    # each act's own day, not the day of a statement telling it
    assert {e.date_basis for e in extract_events(make_article(text, PUB))} == {"weekday"}


@pytest.mark.parametrize("text", [
    # the opening day is the saying's: the acts told in what was said may be days before
    "On Monday, the Pentagon said rockets hit al-Asad air base in Iraq, and a drone attack hit Harir air "
    "base in Iraq.",
    # a time of the clause's own ends the opening day's reach
    "On Monday, rockets hit al-Asad air base in Iraq, and a drone attack on Harir air base in Iraq last week "
    "wounded two.",
    # an act told as another's cause is not of the list
    "On Monday, U.S. jets struck a depot in Syria, after a drone attack hit a base in Syria.",
])
def test_a_day_opening_a_sentence_does_not_reach_past_a_saying_a_time_or_a_cause(text: str) -> None:
    # the second act is never given the opening day as its own (at most as the day it was told,
    # which keeps it from standing as an event of its own)
    found = extract_events(make_article(text, PUB))
    second = [e for e in found if e.type == "attack_on_us_forces"
              and (not e.places or e.places == ("Harir air base",))]
    assert all(e.date_basis != "weekday" for e in second)


@pytest.mark.parametrize(("text", "expected"), [
    ("A U.S. AC-130 gunship conducted a self-defense strike on Monday against militants in Iraq. The strike "
     "came shortly after the militants fired a missile at al-Asad air base.",
     [("attack_on_us_forces", MON, "Iraq"), ("self_defense_strike", MON, "Iraq")]),
    ("U.S. jets struck a depot in Syria on Monday. The strikes were carried out minutes after a drone attack "
     "on al-Tanf garrison in Syria.", [("attack_on_us_forces", MON, "Syria"), ("us_strike", MON, "Syria")]),
    # "hours after" may be the evening before a strike after midnight; "days after" is days before
    ("U.S. jets struck a depot in Syria on Monday. The strikes were carried out hours after a drone attack "
     "on al-Tanf garrison in Syria.", [("us_strike", MON, "Syria")]),
    ("A U.S. AC-130 gunship conducted a self-defense strike on Monday against militants in Iraq. The strike "
     "came days after the militants fired a missile at al-Asad air base.",
     [("self_defense_strike", MON, "Iraq")]),
])
def test_an_act_in_the_after_clause_of_the_act_just_told_took_place_right_before_it(
        text: str, expected: list[tuple[str, dt.date | None, str | None]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one act word, a list of places each followed by its own day: each place its day (issue 23, form 3)
    ("Drones struck al-Asad air base in Iraq on Dec. 20, al-Tanf garrison in Syria on Dec. 21 and Harir air "
     "base in Iraq on Dec. 22.",
     [("attack_on_us_forces", dt.date(2023, 12, 20), "Iraq", ("Al-Asad Airbase",)),
      ("attack_on_us_forces", dt.date(2023, 12, 21), "Syria", ("Al-Tanf",)),
      ("attack_on_us_forces", dt.date(2023, 12, 22), "Iraq", ("Harir air base",))]),
    ("Rockets hit al-Asad air base in Iraq on Monday and al-Tanf garrison in Syria on Tuesday.",
     [("attack_on_us_forces", MON, "Iraq", ("Al-Asad Airbase",)),
      ("attack_on_us_forces", PUB, "Syria", ("Al-Tanf",))]),
    # the day before its place: "on <day> at <a base>"
    ("Militants attacked U.S. forces on Monday at al-Asad air base in Iraq and on Tuesday at al-Tanf "
     "garrison in Syria.",
     [("attack_on_us_forces", MON, "Iraq", ("Al-Asad Airbase",)),
      ("attack_on_us_forces", PUB, "Syria", ("Al-Tanf",))]),
    # a second day with no place of its own is a saying's: no list, the act keeps its own day
    ("Rockets hit al-Asad air base in Iraq on Monday, officials said on Tuesday.",
     [("attack_on_us_forces", MON, "Iraq", ("Al-Asad Airbase",))]),
])
def test_each_place_of_a_list_takes_the_day_written_after_it(
        text: str, expected: list[tuple[str, dt.date, str, tuple[str, ...]]]) -> None:
    found = extract_events(make_article(text, PUB))
    assert sorted((e.type, e.date, e.country, e.places) for e in found) == expected


def test_a_country_none_of_the_lists_days_follows_is_left_undated() -> None:
    # the forces in Syria were attacked too, but every day of the list follows a base in Iraq
    found = read_events(make_article(
        "Drones attacked U.S. forces in Syria and Iraq, hitting al-Asad air base in Iraq on Monday and Harir "
        "air base in Iraq on Tuesday.", PUB))
    assert sorted((e.date, e.country) for e in found.events) == [(MON, "Iraq"), (PUB, "Iraq")]
    assert [(e.country, e.date) for e in found.undated] == [("Syria", None)]


# ---- issue 23, form 5: an act compared with a named event is not that event -----------------

def test_an_act_compared_with_a_named_event_since_it_does_not_take_its_day() -> None:
    found = read_events(make_article(
        "A U.S. drone strike killed a militia commander in a car in eastern Baghdad. It was the most "
        "significant strike since the U.S. hit 85 targets in Iraq and Syria on Feb. 2.", dt.date(2024, 2, 8)))
    # the strikes of 2 February are told, in their own clause, and the commander's strike is not one of them
    assert sorted((e.date, e.country, len(e.sources)) for e in found.events) == [
        (dt.date(2024, 2, 2), "Iraq", 1), (dt.date(2024, 2, 2), "Syria", 1)]
    assert ("us_strike", "Iraq") in [(e.type, e.country) for e in found.undated]


def test_an_attack_first_since_a_named_attack_is_not_that_attack() -> None:
    found = read_events(make_article(
        "A drone attack wounded two U.S. soldiers at a base in Syria, the first attack since the drone "
        "attack on Tower 22 in Jordan that killed three U.S. soldiers.", dt.date(2024, 2, 20)))
    assert [(e.date, e.country) for e in found.events] == [(dt.date(2024, 1, 28), "Jordan")]
    assert [(e.type, e.country, e.date) for e in found.undated] == [("attack_on_us_forces", "Syria", None)]


def test_the_named_event_told_again_after_since_is_still_that_event() -> None:
    found = read_events(make_article(
        "Militants have not attacked U.S. forces since the Feb. 2 U.S. strikes on 85 targets in Iraq and "
        "Syria. The strikes hit command centers in Iraq.", dt.date(2024, 2, 20)))
    assert {(e.date, e.country) for e in found.events} == {(dt.date(2024, 2, 2), "Iraq"),
                                                           (dt.date(2024, 2, 2), "Syria")}
    assert found.undated == ()


# ---- issue 23, forms 4 and 6: a day counted from the page and a statement's own day ----------

@pytest.mark.parametrize("text", [
    "On Sunday, the Pentagon said a drone struck Harir air base in Iraq yesterday.",
    "The Pentagon on Sunday said a drone struck Harir air base in Iraq yesterday.",
    "In a statement Sunday, CENTCOM said militants fired rockets at al-Asad air base in Iraq overnight.",
    "Militants fired rockets at al-Asad air base in Iraq late last night, CENTCOM said Sunday.",
    "CENTCOM said Sunday that a drone hit al-Tanf garrison in Syria today.",
])
def test_a_day_counted_from_the_page_that_a_dated_statement_contradicts_is_left_open(text: str) -> None:
    # Tuesday's paper: 'yesterday' from the page is Monday, from Sunday's statement Saturday
    found = read_events(make_article(text, PUB))
    assert found.events == ()
    assert [e.date for e in found.undated] == [None]
    assert "disagree" in found.undated[0].date_note


@pytest.mark.parametrize(("text", "day"), [
    # the statement's day is the page's: both anchors agree
    ("CENTCOM said Tuesday that a drone hit al-Tanf garrison in Syria today.", PUB),
    ("Militants fired rockets at al-Asad air base in Iraq yesterday, officials said.", MON),
    # Sunday is the strikes' day, not the saying's of the attack told after 'while'
    ("U.S. jets struck a depot in Syria on Sunday, the Pentagon said, while a drone attack on al-Tanf "
     "garrison in Syria wounded two soldiers overnight.", MON),
])
def test_a_day_counted_from_the_page_stands_where_no_statement_contradicts_it(text: str,
                                                                              day: dt.date) -> None:
    found = extract_events(make_article(text, PUB))
    assert ("attack_on_us_forces", day) in [(e.type, e.date) for e in found]



@pytest.mark.parametrize(("text", "expected"), [
    # the attack told again, 'overnight' from the page: the same night as 'on Sunday', one row
    ("A drone attack killed three U.S. soldiers at an outpost in Jordan on Sunday, officials said. The "
     "attack happened overnight.", [("attack_on_us_forces", dt.date(2024, 1, 28), "Jordan", 2)]),
    # the strikes told again on the local day's small hours: one row, on the day first told
    ("U.S. jets struck three sites in Iraq late Saturday, the Pentagon said. Iraqi officials said the "
     "strikes hit the sites early Sunday.", [("us_strike", dt.date(2024, 1, 27), "Iraq", 2)]),
])
def test_an_act_told_again_at_night_across_midnight_is_one_row(
        text: str, expected: list[tuple[str, dt.date, str, int]]) -> None:
    found = extract_events(make_article(text, dt.date(2024, 1, 28), dt.time(21, 30)))
    assert [(e.type, e.date, e.country, len(e.sources)) for e in found] == expected


def test_another_act_on_the_next_night_is_not_told_again() -> None:
    # a new act with roles of its own ("militants fired ... at <another base>") stays on its own night
    found = extract_events(make_article(
        "Militants fired rockets at al-Asad air base in Iraq on Saturday. Militants fired rockets at Harir "
        "air base in Iraq overnight.", dt.date(2024, 1, 29), dt.time(21, 30)))
    assert sorted((e.date, e.places) for e in found) == [(dt.date(2024, 1, 27), ("Al-Asad Airbase",)),
                                                         (dt.date(2024, 1, 28), ("Harir air base",))]


def test_a_day_after_another_act_is_no_day_of_the_list() -> None:
    # "a day after militants attacked <a base> on Sunday": Sunday is the attack's, not a second strike's
    found = extract_events(make_article(
        "U.S. jets struck militia facilities at Jurf al-Sakhar in Iraq on Monday, a day after militants "
        "attacked al-Asad air base with missiles on Sunday.", PUB))
    assert sorted((e.type, e.date) for e in found) == [("attack_on_us_forces", SUN), ("us_strike", MON)]


@pytest.mark.parametrize("text", [
    # the commander's nickname set in quotes between his names, or spelt "Abo"
    "A US drone strike on a car in Baghdad killed Wissam"
    " Mohammed \u201cAbu Bakr\u201d al-Saadi, a militia commander.",
    "A US drone strike on a car in Baghdad killed the commander "
    "\u201cAbu Baqr\u201d al-Saadi, his group said.",
    "Militia members mourned Abo Baqir al-Saadi, killed by a US drone strike on his car in Baghdad.",
    # the neighbourhood where only this US strike fell, when the sentence tells the strike as the US's
    "The US drone strike destroyed a car on a busy road in Baghdad's Mashtal district.",
])
def test_the_strike_on_the_commander_in_baghdad_told_in_more_ways_is_dated_as_known(text: str) -> None:
    found = read_events(make_article(text, None))
    assert [(e.type, e.date, e.country) for e in found.events] == [("us_strike", dt.date(2024, 2, 7), "Iraq")]


def test_a_strike_in_mashtal_not_told_as_the_uss_is_not_the_known_strike() -> None:
    text = "A drone strike destroyed a car on a busy road in Baghdad's Mashtal district, residents said."
    found = read_events(make_article(text, None))
    assert [e for e in found.events if e.date == dt.date(2024, 2, 7)] == []


def test_a_quotation_opening_inside_in_response_to_still_ends_the_strikes_clause() -> None:
    # the countries after "in response \u201cto" are the answered attacks', not the strike's
    text = ("Two US jets hit a depot in eastern Syria on Monday, a \u201cprecision strike\u201d in response "
            "\u201cto attacks on US troops in Iraq and Syria\u201d, the Pentagon said.")
    assert {(t, d, c) for t, d, c in kinds(text) if t.endswith("strike")} == {("us_strike", MON, "Syria")}


@pytest.mark.parametrize(("text", "expected"), [
    # the day that closes a span of counted acts is the span's, not an act's
    ("US troops have come under attack at least 30 times between Oct. 17 and Monday, an official said.",
     set()),
    ("Militants attacked US bases in Syria 12 times up to Monday, officials said.", set()),
    # a night told from its start to a day is that day's act
    ("Militants fired rockets at US troops in Syria between midnight and Monday morning.",
     {("attack_on_us_forces", MON, "Syria")}),
])
def test_a_day_that_ends_a_span_of_counted_acts_is_no_acts_day(
        text: str, expected: set[tuple[str, dt.date | None, str | None]]) -> None:
    assert kinds(text) == expected


def test_an_undated_report_of_a_time_before_the_campaign_places_none_of_its_acts_on_a_day() -> None:
    from briefing.extract.tallies import extract_tallies

    # (the troops hurt in all the attacks, not "in Syria": a count of one country is a part, never a total)
    before = ("The Pentagon said on Thursday that eight US troops were injured in the attacks by Iran-backed "
              "militias. On March 14 a drone hit a US base in Syria. "
              "The base has hosted US forces since 2017.")
    old = read_events(make_article(before, None))
    # no day, and no "March 14" for another report of the run to place: only a guess could
    assert old.events == () and old.undated
    assert all(e.day_without_year is None and "before the campaign" in e.date_note for e in old.undated)
    # its figure is kept (a figure of no day places nothing), as in the same report of the campaign's time
    assert extract_tallies(make_article(before, None)) != []
    assert read_events(make_article(before.replace("March 14", "March 14, 2024"), None)).events != ()


@pytest.mark.parametrize("text", [
    "In retaliation for attacks on American troops, US jets hit a depot in eastern Syria on Monday.",
    "In a retaliatory move against attacks on US troops, US jets struck a depot in eastern Syria on Monday.",
    "As a reprisal measure for the attacks on its troops, the US struck a depot in eastern Syria on Monday.",
])
def test_acts_named_as_the_cause_in_an_opening_phrase_do_not_take_the_answers_day(text: str) -> None:
    assert kinds(text) == {("us_strike", MON, "Syria")}


@pytest.mark.parametrize(("text", "expected"), [
    # issue 23: a drone strike no side's own, on a base no side's own, is an attack on the base
    ("Officials blamed the militias for Sunday's drone strike on a remote desert base in Jordan.",
     {("attack_on_us_forces", SUN, "Jordan")}),
    ("Sunday's drone strike on a small base in Jordan wounded several soldiers.",
     {("attack_on_us_forces", SUN, "Jordan")}),
    # the US's own drone strike stays a strike; one on the militia's base is no attack
    ("A U.S. drone strike on a base in eastern Syria killed two fighters on Sunday.",
     {("us_strike", SUN, "Syria")}),
    ("A drone strike on a militia base in Baghdad killed a commander on Sunday.", set()),
    # another side's drone strike is its own, never an attack on US forces (found in review: a Turkish
    # or Israeli drone strike on a base in northern Iraq read as one)
    ("A Turkish drone strike on a base in northern Iraq killed three fighters on Sunday.", set()),
    ("An Israeli drone strike on a base in northern Iraq killed three fighters on Sunday.", set()),
    # neighbour: the groups' own drone strike on a base is still their attack
    ("An Iran-backed militia drone strike on a base in eastern Syria wounded two US soldiers on Sunday.",
     {("attack_on_us_forces", SUN, "Syria")}),
])
def test_a_drone_strike_on_an_unowned_base_is_an_attack_on_it(text: str, expected: set[object]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # issue 23: the act noun as the passive's subject, its target after "launched at"
    ("A multi-rocket attack was launched at U.S. and coalition forces near the embassy in Baghdad on Monday.",
     {("attack_on_us_forces", MON, "Iraq")}),
    # (a drone named with the act was read before: the drone its munition)
    ("On Sunday, two drone attacks were launched against U.S. forces at a support site in Syria.",
     {("attack_on_us_forces", SUN, "Syria")}),
    # a time after "launched at" is no target
    ("A rocket attack was launched at 9 p.m. on Monday, the group said.", set()),
    # what it was launched at is its target: another side's base is no US forces (found in review:
    # the noun's target stopped at "launched", and an unowned rocket attack in Iraq was taken as one)
    ("A rocket attack was launched at a Turkish base in northern Iraq on Monday.", set()),
    ("Two drone attacks were fired at an Israeli post near the border with Syria on Monday.", set()),
])
def test_an_act_noun_launched_at_us_forces_is_an_attack_on_them(text: str, expected: set[object]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("reaction", [
    "The Iraqi government condemned the attack on Wednesday.",
    "Lanport's foreign ministry on Thursday denounced the latest drone attack on Wednesday, calling it "
    "reckless.",
    "Local leaders deplored the attack on Wednesday.",
])
def test_a_day_after_a_reactions_object_is_the_reactions_day(reaction: str) -> None:
    """'condemned the attack on Wednesday': the condemnation's day; no second attack on it."""
    text = "Drones hit a US base in Erbil on Monday, wounding two soldiers. " + reaction
    found = extract_events(make_article(text, dt.date(2024, 1, 26)))
    assert [(e.type, e.date) for e in found] == [("attack_on_us_forces", dt.date(2024, 1, 22))]


@pytest.mark.parametrize("between", [
    "On Wednesday, the Iraqi minister met the US ambassador in Baghdad. He asked for calm.",
    "The group said on Wednesday that it would go on. Officials gave no details.",
])
def test_the_day_before_is_open_when_another_day_is_written_since_the_act(between: str) -> None:
    """'The day before' after an act of Monday and a Wednesday written since: Sunday or Tuesday?
    Left undated, never counted from the act alone."""
    text = (f"Drones hit a US base in Erbil on Monday. {between} The day before, US jets struck a "
            "Kataib Hezbollah site in Iraq.")
    found = extract_events(make_article(text, dt.date(2024, 1, 26)))
    assert [(e.type, e.date) for e in found] == [("attack_on_us_forces", dt.date(2024, 1, 22))]


@pytest.mark.parametrize(("text", "expected"), [
    # "subject to" an attack: its subject is the target, as under "came under"
    ("U.S. forces at a base in Syria were also subject to multi-rocket attacks on Monday.",
     {("attack_on_us_forces", MON, "Syria")}),
    ("A base hosting U.S. troops in Iraq was subjected to a drone attack on Monday.",
     {("attack_on_us_forces", MON, "Iraq")}),
    # a hyphenated kind of fire between "under" and the act
    ("U.S. forces at a base in Syria came under multi-rocket attack on Monday.",
     {("attack_on_us_forces", MON, "Syria")}),
    # the subject of "faced" or "encountered" a counted kind of act
    ("U.S. forces in Syria faced multiple rocket and drone attacks on Monday, an official said.",
     {("attack_on_us_forces", MON, "Syria")}),
    ("U.S. forces stationed in Iraq encountered two separate attacks on Monday.",
     {("attack_on_us_forces", MON, "Iraq")}),
    # neighbours: no act told, or another's act
    ("U.S. plans for a base in Syria were subject to approval on Monday.", set()),
    ("U.S. commanders in Syria faced criticism after the attack on Monday.", set()),
])
def test_the_subject_of_an_attack_it_faced_or_was_subject_to_is_its_target(
        text: str, expected: set[tuple[str, dt.date, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "all" or "both" between the passive's auxiliary and its participle: still a passive, its
    # subject the targets, one attack on each base
    ("Ain al-Asad air base and Harir air base in Iraq were all targeted on Monday.",
     [("attack_on_us_forces", MON, "Iraq")] * 2),
    ("Ain al-Asad air base and Harir air base in Iraq were both hit by drones on Monday.",
     [("attack_on_us_forces", MON, "Iraq")] * 2),
    # neighbour: the subject that did it, active
    ("Militants in Iraq all targeted Ain al-Asad air base on Monday.",
     [("attack_on_us_forces", MON, "Iraq")]),
])
def test_a_passive_with_all_or_both_before_its_participle(
        text: str, expected: list[tuple[str, dt.date, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # acts told "last night and ... today": the night before the page's day, and the page's day
    ("Harir air base in Iraq was attacked by two drones at 11:30 p.m. last night and at 12:40 a.m. today.",
     [("attack_on_us_forces", MON, "Iraq"), ("attack_on_us_forces", PUB, "Iraq")]),
    ("Harir air base in Iraq was attacked by drones yesterday and again this morning.",
     [("attack_on_us_forces", MON, "Iraq"), ("attack_on_us_forces", PUB, "Iraq")]),
    # neighbour: "today" of another act
    ("Harir air base in Iraq was attacked by a drone last night, and officials met today.",
     [("attack_on_us_forces", MON, "Iraq")]),
    # neighbour: "today" opening the clause of a statement after the act, no comma between
    ("Harir air base in Iraq was attacked by a drone last night and today the Pentagon said no one was hurt.",
     [("attack_on_us_forces", MON, "Iraq")]),
    ("Harir air base in Iraq was attacked by a drone yesterday and this morning's statement named no group.",
     [("attack_on_us_forces", MON, "Iraq")]),
])
def test_acts_told_last_night_and_today_are_two(text: str, expected: list[tuple[str, dt.date, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # a day of a rite for the dead, however the sentence words it, is not the day of the strike that
    # killed them (a page of that Wednesday; nothing else dates the strike: undated)
    "Mourners held a funeral march on Wednesday in Kirkuk for the victims of the US airstrike on a "
    "militia camp near Al-Qaim in Iraq.",
    "Dozens gathered on Wednesday to bury two gunmen killed in the US airstrike on a militia camp near "
    "Al-Qaim in Iraq.",
    "Mourners on Wednesday buried a militia leader slain in the US airstrike on a militia camp near "
    "Al-Qaim in Iraq.",
])
def test_a_day_of_a_rite_for_the_dead_is_not_the_day_of_the_strike_that_killed_them(text: str) -> None:
    found = read_events(make_article(text, dt.date(2023, 12, 27)))
    assert found.events == ()
    assert [(e.type, e.country) for e in found.undated] == [("us_strike", "Iraq")]
    assert "Kirkuk" not in found.undated[0].places  # the rite's place, not the strike's


def test_a_strike_told_after_a_funeral_keeps_its_own_day() -> None:
    # the strike's own day after it, and a strike that is no funeral's cause: dated as before
    assert kinds("Mourners on Tuesday buried a guard, and a US airstrike hit a militia camp near Tikrit "
                 "in Iraq on Monday.") == {("us_strike", MON, "Iraq")}
    assert kinds("On Monday, a US airstrike killed two gunmen at a militia camp near Tikrit in Iraq.") == {
        ("us_strike", MON, "Iraq")}


@pytest.mark.parametrize("stamp", ["[00:04]", "00:04", "(00:04)"])
def test_a_transcript_stamped_in_any_of_the_services_ways_counts_no_day_from_its_posting(stamp: str) -> None:
    turns = (f"Press Briefing Transcript\n\nJane Ortiz {stamp}:\n\nGood afternoon. Last night, US jets "
             f"struck a weapons depot near Tikrit in Iraq.\n\nSpeaker 2 {stamp.replace('04', '15')}:\n\n"
             "Were there casualties?\n")
    found = read_events(make_article(turns, PUB))
    assert found.events == ()
    assert [(e.type, e.country) for e in found.undated] == [("us_strike", "Iraq")]
    assert "transcript" in found.undated[0].date_note


def test_a_live_blogs_timed_updates_are_no_transcript() -> None:
    # a live blog stamps its updates with the clock of the page's day: its "last night" counts from it
    text = ("Live: strikes in Iraq\n\nUpdate (10:32):\n\nLast night, US jets struck a weapons depot near "
            "Tikrit in Iraq.\n\nUpdate (11:05):\n\nOfficials gave no toll.\n")
    assert kinds(text) == {("us_strike", MON, "Iraq")}


@pytest.mark.parametrize("text", [
    # the burial's weekday is not the attack's: the named event keeps its known day
    "The three soldiers who died in the drone attack on Tower 22 in Jordan were buried on Friday.",
    "Troops killed in the drone attack at Tower 22 in Jordan were laid to rest on Friday.",
])
def test_a_weekday_of_the_victims_burial_does_not_unsettle_a_named_events_day(text: str) -> None:
    found = read_events(make_article(text, None))
    assert [(e.type, e.country, e.date) for e in found.events] == [
        ("attack_on_us_forces", "Jordan", dt.date(2024, 1, 28))]


def test_a_by_phrase_with_a_gerund_is_the_answerers_means_not_an_attacker() -> None:
    """"Washington answered these attacks by bombing militia sites in Iraq on December 20": the
    gerund is how Washington answered, so no attack on US forces of that day (twenty-first session);
    a by-phrase naming a doer or a weapon still names the attack's."""
    assert ("attack_on_us_forces", dt.date(2023, 12, 20), "Iraq") not in kinds(
        "Washington answered these attacks by bombing militia sites in Iraq on December 20.")
    assert kinds("The Al-Asad air base in Iraq was hit by incoming rockets on Sunday.") == {
        ("attack_on_us_forces", dt.date(2023, 12, 24), "Iraq")}
