"""The red-sea profile's well-known events and the grammar's forms it needs (issue 22), each in
sentences of our own in the forms Red Sea reports take (never an article's words)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.errors import SettingsError
from briefing.extract import extract_article
from briefing.extract.events import extract_events, read_events
from briefing.topic import choose_topic, parse_topic
from tests.conftest import make_article

MONDAY = dt.date(2024, 1, 22)  # the sentences' "Sunday" is 21 January 2024
SUNDAY = dt.date(2024, 1, 21)


Found = list[tuple[str, str | None, dt.date | None]]


def _events(text: str, published: dt.date | None = MONDAY, profile: str = "red-sea") -> Found:
    article = make_article(text, published) if published else make_article(text)
    return sorted((e.type, e.country, e.date) for e in extract_events(article, choose_topic(profile)))


@pytest.mark.parametrize(("text", "expected"), [
    # an undated page: the ship's name names its attack, on its well-known local day
    ("Crew members fought a fire for hours after a Houthi anti-ship missile hit the Marlin Luanda "
     "in the Gulf of Aden.", [("attack_on_shipping", "Gulf of Aden", dt.date(2024, 1, 26))]),
    ("Houthi gunmen boarded the Galaxy Leader from a helicopter and sailed it to a Yemeni port.",
     [("attack_on_shipping", "Red Sea", dt.date(2023, 11, 19))]),
    # placed in a neighbouring area reports also give it: still its event, in that area
    ("A Houthi missile struck the Rubymar near the Bab el-Mandeb.",
     [("attack_on_shipping", "Bab el-Mandeb", dt.date(2024, 2, 18))]),
    # a ship's name spelt out in words
    ("A missile from Yemen struck the Number Nine, a container ship, in the Red Sea.",
     [("attack_on_shipping", "Red Sea", dt.date(2023, 12, 3))]),
    # placed where the event never was: not dated by it
    ("A Houthi missile hit the Marlin Luanda in the Arabian Sea.", []),
    # the campaign's largest engagements, by their counts of drones and missiles
    ("A destroyer and fighter jets shot down twelve one-way attack drones fired by the Houthis over the "
     "Red Sea.",
     [("intercept", "Red Sea", dt.date(2023, 12, 26))]),
    ("U.S. and British warships shot down 21 drones and missiles launched by the Houthis over the Red Sea.",
     [("intercept", "Red Sea", dt.date(2024, 1, 9))]),
    ("Fighter jets and warships destroyed eighteen suicide drones fired by the Houthis over the Red Sea.",
     [("intercept", "Red Sea", dt.date(2024, 1, 9))]),
    # the named attacks of 2024 that undated pages tell by the ship alone (the twelfth session's)
    ("An anti-ship missile fired by the Houthis struck the Groton in the Gulf of Aden.",
     [("attack_on_shipping", "Gulf of Aden", dt.date(2024, 8, 3))]),
    ("The Houthis said their drones hit the Morning Tide in the Red Sea.",
     [("attack_on_shipping", "Red Sea", dt.date(2024, 2, 6))]),
    ("A Houthi drone boat rammed the Cordelia Moon in the Red Sea, and a missile was fired at the "
     "Minoan Courage.",
     [("attack_on_shipping", "Red Sea", dt.date(2024, 10, 1)),
      ("attack_on_shipping", "Red Sea", dt.date(2024, 10, 1))]),
    ("A Houthi missile struck the M/T Wind in the Red Sea.",
     [("attack_on_shipping", "Red Sea", dt.date(2024, 5, 18))]),
    ("Houthi missiles damaged the Laax near the Bab el-Mandeb.",
     [("attack_on_shipping", "Bab el-Mandeb", dt.date(2024, 5, 28))]),
    ("The rebels said their drones struck the MSC Orion in the Arabian Sea.",
     [("attack_on_shipping", "Arabian Sea", dt.date(2024, 4, 26))]),
    ("An explosive boat hit the Chios Lion in the Red Sea, the Houthis said.",
     [("attack_on_shipping", "Red Sea", dt.date(2024, 7, 15))]),
    # "named Wind": the ship's name after "named", as a report introduces it
    ("A Houthi missile struck an oil tanker named Wind in the Red Sea.",
     [("attack_on_shipping", "Red Sea", dt.date(2024, 5, 18))]),
    ("A missile from Yemen struck the Eagle Gibraltar, a US-owned bulk carrier, in the Gulf of Aden.",
     [("attack_on_shipping", "Gulf of Aden", dt.date(2024, 1, 15))]),
    # a round known by what it hit
    ("US jets struck a missile storage facility and a command-and-control facility of the Houthis in Sanaa.",
     [("us_strike", "Yemen", dt.date(2024, 12, 21))]),
    # the wind as a word names no ship
    ("A Houthi missile struck a tanker in the Red Sea as the wind rose.", []),
])
def test_a_well_known_attack_is_dated_by_the_ships_name(text: str,
                                                         expected: list[tuple[str, str, dt.date]]) -> None:
    assert _events(text, published=None) == expected


def test_one_known_event_placed_in_two_neighbouring_areas_is_one_event() -> None:
    text = ("A Houthi missile struck the Rubymar near the Bab el-Mandeb. "
            "The crew left the Rubymar after the attack on the ship in the Red Sea.")
    assert _events(text, published=None) == [("attack_on_shipping", "Bab el-Mandeb", dt.date(2024, 2, 18))]


def test_two_attacks_in_two_areas_the_same_day_stay_two() -> None:
    """A sea area is where an act was, not a site within it: attacks on ships in two areas on one
    day are two events, one per area, whichever is told first."""
    text = ("Houthi missiles hit a bulk carrier in the Red Sea on Sunday. "
            "Also on Sunday, a Houthi drone struck a tanker in the Gulf of Aden.")
    assert _events(text) == [("attack_on_shipping", "Gulf of Aden", SUNDAY),
                             ("attack_on_shipping", "Red Sea", SUNDAY)]


@pytest.mark.parametrize(("text", "expected"), [
    # the passive's "by" names the US side: an intercept, and the interceptor is no target
    ("Three Houthi drones were shot down by F/A-18s over the Red Sea on Sunday.", [("intercept", "Red Sea")]),
    ("Two anti-ship missiles were downed by jets from the USS Example in the Red Sea on Sunday.",
     [("intercept", "Red Sea")]),
    # "uncrewed" is the Navy's word for drones
    ("CENTCOM forces shot down four one-way attack uncrewed aerial vehicles over the Red Sea on Sunday.",
     [("intercept", "Red Sea")]),
])
def test_intercepts_in_the_passive(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(kind, country) for kind, country, _ in _events(text)] == expected


@pytest.mark.parametrize("text", [
    "On Sunday, U.S. forces destroyed three Houthi cruise missiles that were prepared to launch toward the "
    "Red Sea.",
    "On Sunday, CENTCOM forces destroyed two Houthi drones that were ready to launch from Yemen.",
])
def test_munitions_destroyed_before_launch_are_a_strike_not_an_intercept(text: str) -> None:
    assert [kind for kind, _, _ in _events(text)] == ["us_strike"]
    flying = (text.replace("that were prepared to launch toward", "over")
              .replace("that were ready to launch from", "flying from"))
    assert [kind for kind, _, _ in _events(flying)] == ["intercept"]


@pytest.mark.parametrize(("text", "expected"), [
    # a British warship's shoot-down is the coalition's intercept
    ("HMS Example shot down four Houthi drones over the Red Sea on Sunday.",
     [("intercept", "Red Sea", SUNDAY)]),
    ("On Sunday, a U.S. destroyer took down three Houthi drones over the Red Sea.",
     [("intercept", "Red Sea", SUNDAY)]),
    # the names the Houthis' own media give them
    ("On Sunday, Ansarullah fired two missiles at a bulk carrier in the Gulf of Aden.",
     [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
])
def test_names_the_coalition_and_the_houthis_own_media_use(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the waters off a port are the sea's, never Yemen's (an attack is not placed ashore)
    ("A Houthi drone boat hit a bulk carrier 40 nautical miles west of Hodeidah on Sunday.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("On Sunday, a Houthi missile struck a tanker some 90 nautical miles southeast of Aden.",
     [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
    # as wire copy names the port ("west of Yemen's port city of ..."); south of Mokha is the strait
    ("Gunmen in two small boats attacked a Greek tanker 70 nautical miles west of Yemen’s port city of "
     "Hodeidah on Sunday.", [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("A Houthi missile hit a cargo ship 30 nautical miles south of Yemen's Red Sea port city of Al Mukha "
     "on Sunday.", [("attack_on_shipping", "Bab el-Mandeb", SUNDAY)]),
    # "off" the port, as the wire writes it
    ("On Sunday, the Houthis hit a cargo ship off the Yemeni port of Hodeidah.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("On Sunday, a Houthi missile struck a tanker off Yemen's port city of Aden.",
     [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
    # a strike on the port itself stays in Yemen
    ("On Sunday, U.S. forces struck Houthi radar sites in Hodeidah.", [("us_strike", "Yemen", SUNDAY)]),
])
def test_the_waters_off_a_port_are_the_seas(text: str, expected: Found) -> None:
    assert _events(text) == expected


def test_a_count_by_the_houthis_own_name_is_theirs() -> None:
    assert _figures("The Yemeni Armed Forces have targeted 150 ships since the operations began.") == [
        ("targets_hit", 150, "exact")]


def test_what_was_engaged_is_the_launch_team_not_the_missile_named_after_it() -> None:
    kinds = [kind for kind, _, _ in _events("On Sunday a US gunship engaged the vehicle responsible for the "
                                            "missile attack in the Red Sea.")]
    assert "us_strike" in kinds
    assert "intercept" not in kinds


def test_a_munition_downed_in_the_passive_is_nothing_in_a_story_without_intercepts() -> None:
    assert _events("Two drones were shot down by US forces on Sunday.", profile="us-forces-iraq-syria") == []


def test_an_article_placed_only_in_another_storys_countries_gives_no_act_placed_nowhere() -> None:
    """Read with the red-sea profile, an article about Iraq alone: its strike placed nowhere is
    the other story's; the same strike in an article that names the Red Sea is kept."""
    strike = "A US gunship engaged and destroyed the launch vehicle on Sunday, the Pentagon said. "
    iraq = extract_article(make_article(strike + "Militants had fired rockets at a base in Iraq.", MONDAY),
                           choose_topic("red-sea"))
    assert (iraq.events, iraq.undated) == ((), ())
    sea = extract_article(make_article(strike + "Houthi drones had flown over the Red Sea.", MONDAY),
                          choose_topic("red-sea"))
    assert [e.type for e in sea.events] == ["us_strike"]


def test_a_tanker_seized_off_oman_is_another_storys_even_beside_the_red_sea() -> None:
    """Iran's navy taking a tanker in the Gulf of Oman, with the Houthis' Red Sea named only as the
    background: no act of this story."""
    text = ("Naval commandos seized a tanker in the waters off Oman on Sunday, state television said. "
            "Armed men had boarded the ship before dawn in the Gulf of Oman. "
            "The seizure comes as the Houthis keep up their attacks in the Red Sea.")
    found = extract_article(make_article(text, MONDAY), choose_topic("red-sea"))
    assert (found.events, found.undated) == ((), ())


@pytest.mark.parametrize(("lede", "expected"), [
    # a lede on an act at a place outside the story, the campaign's known event only further down
    ("Air defences downed a rocket fired at Eilat on Sunday, the army said. Nobody was hurt.", []),
    # the known event in the lede: the story's own act
    ("Houthi gunmen boarded the Galaxy Leader from a helicopter. It was bound for Eilat.",
     [("attack_on_shipping", "Red Sea", dt.date(2023, 11, 19))]),
    # a lede of the story's own waters: the known event further down is kept
    ("Shipping firms avoided the Red Sea on Sunday, brokers said. Rates rose.",
     [("attack_on_shipping", "Red Sea", dt.date(2023, 11, 19))]),
])
def test_a_known_event_told_as_another_storys_background_is_not_taken(lede: str, expected: Found) -> None:
    # (the seizure told with no month: told "in November", it is a recall in any report, the lede's
    # own waters or not; red-sea's [named_events] month_alone, twenty-second session)
    background = " The Houthis have harassed many ships and hijacked the Galaxy Leader."
    assert _events(lede + background) == expected


@pytest.mark.parametrize(("lede", "expected"), [
    ("Shipping firms avoided the Red Sea on Sunday, brokers said. Rates rose.", []),
    # the seizure told as the lede's own news keeps its row beside the recall
    ("Houthi gunmen boarded the Galaxy Leader from a helicopter. It was bound for Eilat.",
     [("attack_on_shipping", "Red Sea", dt.date(2023, 11, 19))]),
])
def test_a_known_event_recalled_by_its_month_is_no_row_unless_the_report_tells_it(lede: str,
                                                                                    expected: Found) -> None:
    recall = " The Houthis have harassed many ships and hijacked the Galaxy Leader in November."
    assert _events(lede + recall) == expected


def test_a_known_events_other_areas_must_be_the_campaigns() -> None:
    import tomllib

    from briefing.topic import DEFAULT_TOPIC

    text = DEFAULT_TOPIC.read_text(encoding="utf-8").replace(
        'name = "Tower 22 drone attack"', 'name = "Tower 22 drone attack"\nalso_placed = ["Atlantis"]', 1)
    with pytest.raises(SettingsError, match="also_placed names a country that is not the campaign's"):
        parse_topic(tomllib.loads(text), "ours.toml")


def _figures(text: str, profile: str = "red-sea") -> list[tuple[str, int, str]]:
    found = extract_article(make_article(text, MONDAY), choose_topic(profile))
    return sorted((t.metric, t.value, t.qualifier) for t in found.tallies)


@pytest.mark.parametrize(("text", "expected"), [
    # "they" carries the attackers of the sentence before
    ("The Houthis began firing at merchant ships after the war began. Since then they have attacked "
     "more than 90 ships and sunk three.", [("targets_hit", 90, "more than"), ("targets_lost", 3, "exact")]),
    # a harm joined to another act in one perfect tense; a total counted over N attacks
    ("Houthi rebels opened the campaign in November. In more than sixty attacks, they have boarded one "
     "ship and killed at least two seafarers.", [("attacks", 60, "more than"), ("killed", 2, "at least")]),
    # the ordinal of a ship sunk counts the ships sunk so far
    ("The bulker became the third ship to sink after a Houthi attack.", [("targets_lost", 3, "exact")]),
    # two ordinals told together: the later is the count so far
    ("Those were the 20th and 21st attacks on commercial shipping by the Houthis since Nov. 19, "
     "CENTCOM said.", [("attacks", 21, "exact")]),
    # a crew member's rank is no ordinal of ships
    ("The ship's second engineer was hurt in the Houthi attack.", []),
    # the targets counted after "with", in a participle naming who hit them
    ("Trade through the strait has halved, with more than 70 cargo ships attacked by Houthi drones.",
     [("targets_hit", 70, "more than")]),
    # "two of them": the ships sunk so far, not a part of a count; the killing joined to the
    # perfect tense of the attackers counts the campaign's dead
    ("Houthi rebels have fired on over 90 merchant vessels, sinking two of them and killing three "
     "sailors.", [("killed", 3, "exact"), ("targets_hit", 90, "more than"), ("targets_lost", 2, "exact")]),
    ("The Houthis have sunk three ships, seized a fourth and killed five crew members.",
     [("killed", 5, "exact"), ("targets_lost", 3, "exact")]),
    # one ship sunk is a count of the campaign's losses
    ("The Houthis have sunk one vessel since the campaign began.", [("targets_lost", 1, "exact")]),
    # a count the attackers claim, with a clause after it naming another target
    ("The Houthis say they have targeted some 120 vessels, all of them bound for Israel, they say.",
     [("targets_hit", 120, "approximately")]),
    # the dead counted in the plural attacks of the attackers named
    ("Five seafarers have been killed in the Houthi attacks.", [("killed", 5, "exact")]),
    # ships sunk told with the ships first, or as "the sinking of"
    ("Since the Houthis began their campaign, three ships have sunk.", [("targets_lost", 3, "exact")]),
    ("The Houthi attacks have led to the sinking of two freighters since the spring.",
     [("targets_lost", 2, "exact")]),
    # "the group's" ordinal, after a sentence naming the attackers
    ("Houthi rebels fired two missiles at a tanker. It was the group's 41st attack on commercial shipping, "
     "CENTCOM said.", [("attacks", 41, "exact")]),
    # "the attacks" after a sentence naming the attackers are theirs
    ("The Houthis began firing at merchant ships in the autumn. Their attacks have killed three crew members "
     "and sunk one freighter.", [("killed", 3, "exact"), ("targets_lost", 1, "exact")]),
    # an ordinal counted from the campaign's start, in a sentence telling the act's own short window
    ("Houthi fighters struck a bulk carrier near Aden over the weekend, the 88th such attack since "
     "November 19.", [("attacks", 88, "exact")]),
    # the attackers' name before a numeral ordinal without its apostrophe
    ("The strike on the tanker was the Houthis 31st such attack on merchant vessels.",
     [("attacks", 31, "exact")]),
    # the dead told as "the deaths of" after the attacks' perfect tense; one attack's dead are no count
    ("Houthi attacks on merchant ships have numbered over 70, resulting in the deaths of four mariners.",
     [("attacks", 70, "more than"), ("killed", 4, "exact")]),
    ("The Houthi missile attack on the bulk carrier has resulted in the deaths of three sailors.", []),
    # the ships counted after "a total of"
    ("The Houthis have targeted a total of 140 vessels in the two seas since the war began.",
     [("targets_hit", 140, "exact")]),
])
def test_running_figures_in_the_forms_red_sea_reports_give_them(text: str,
                                                                expected: list[tuple[str, int, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    # one act's dead, told in the perfect tense
    "The Houthi drone strike on the bulk carrier has killed two sailors.",
    # a participle without "with": one day's ships
    "Two ships hit by Houthi missiles were towed to Djibouti on Sunday.",
    # escorted, not attacked
    "With 40 merchant ships escorted by frigates, the convoy reached Suez.",
    # "the group's" ordinal with no attackers named before: whose group is unknown
    "It was the group's 41st attack on commercial shipping.",
    # one ship that sank after one day's attack
    "Two ships were hit by Houthi missiles on Sunday; one freighter sank.",
    # the first ship sunk: said of another campaign's first loss and of one act too
    "The bulk carrier was the first ship sunk by the Houthis.",
])
def test_not_running_figures_of_the_forms_added(text: str) -> None:
    assert _figures(text) == []


def test_they_after_another_storys_attackers_is_not_this_storys_count() -> None:
    """Read with the first story's profile, "they" after the Houthis are named is the Houthis:
    their count is not the militias'."""
    text = ("Houthi militants began their campaign in November. In more than sixty attacks, they have "
            "boarded one ship and killed at least two seafarers.")
    assert _figures(text, "us-forces-iraq-syria") == []


def test_a_count_of_targets_attacked_is_the_campaign_not_an_act() -> None:
    """"Have attacked dozens of vessels" counts the campaign's targets; it is no attack of the day
    the sentence names for something else."""
    text = ("Since November the Houthis have attacked dozens of vessels in the Red Sea, with the first "
            "sinking on Sunday.")
    assert _events(text) == []
    # a few vessels counted on one day are that day's attacks, one per vessel
    assert _events("The Houthis attacked two vessels in the Red Sea on Sunday.") == [
        ("attack_on_shipping", "Red Sea", SUNDAY)] * 2


def test_a_ship_hit_by_no_one_named_is_the_storys_only_where_its_attackers_are_named() -> None:
    """Ships are hit by others too (pirates): an attack on one by no one named is the story's only
    in an article that names its attackers somewhere."""
    hijacking = "A warship answered the hijacking of a bulk carrier in the Arabian Sea on Sunday."
    assert _events(hijacking) == []
    assert _events(hijacking + " The Houthis have threatened shipping for months.") == [
        ("attack_on_shipping", "Arabian Sea", SUNDAY)]


@pytest.mark.parametrize("text", [
    "A bulk carrier was boarded by pirates on Sunday and had 20 crew aboard when it was hijacked off the "
    "coast. The Houthis have threatened shipping for months.",
    "The tanker, seized by gunmen on Sunday, was hijacked again a day later, an operator said. The "
    "Houthis have threatened shipping for months.",
])
def test_a_ship_hit_in_a_sentence_that_names_another_doer_is_not_the_storys(text: str) -> None:
    """A by-phrase after a verb of acting names who did it: pirates' hijacking is not the
    Houthis', even in an article that names the Houthis elsewhere."""
    assert _events(text.replace("gunmen", "Somali pirates")) == []


def test_a_ship_hit_with_a_report_by_another_is_still_the_storys() -> None:
    # a by-phrase of saying names who told it, not who did it
    text = ("A bulk carrier was hit in the Red Sea on Sunday, as reported by UKMTO. The Houthis have "
            "threatened shipping for months.")
    assert _events(text) == [("attack_on_shipping", "Red Sea", SUNDAY)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two explosions went off near a tanker in the Gulf of Aden on Sunday, the agency said. The Houthis "
     "have threatened shipping for months.", [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
    ("An explosion near a bulk carrier off Aden on Sunday caused minor damage.",
     [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
    ("An explosion at a market in Aden killed five people on Sunday.", []),
    ("A freighter reported an explosion in its engine room on Sunday, the owner said.", []),
    ("Explosions were heard off Hodeidah on Sunday.", []),
])
def test_an_explosion_near_a_ship_is_an_attack_on_it(text: str, expected: Found) -> None:
    # (an explosion on land or aboard is nothing, even in an article that names the attackers)
    assert _events(text) == expected
    assert _events(text + " The Houthis have threatened shipping for months.") == expected


@pytest.mark.parametrize("text", [
    "A boxship was hit by a WBIED in the Red Sea on Sunday.",
    "The rebels attacked a bulker in the Red Sea on Sunday. The Houthis have threatened shipping for months.",
    "A waterborne improvised explosive device rammed a bulker in the Red Sea on Sunday.",
])
def test_the_trades_short_names_for_ships_and_boat_bombs(text: str) -> None:
    assert _events(text) == [("attack_on_shipping", "Red Sea", SUNDAY)]


def test_the_attacks_a_strike_answers_do_not_take_its_day() -> None:
    text = ("The US and British strikes in Yemen on Sunday answer a wave of Houthi attacks on ships in the "
            "Red Sea.")
    assert [kind for kind, _, day in _events(text) if day == SUNDAY] == ["us_uk_strike"]


def test_an_act_dated_as_a_named_event_is_of_its_kind() -> None:
    # the warships named first came to help; the act the ship's name dates is the attack on the ship
    text = ("Two destroyers, the USS Gravely and the USS Laboon, went to help the Maersk Hangzhou, a "
            "container ship that reported being struck by a missile in the Red Sea.")
    assert _events(text, None) == [("attack_on_shipping", "Red Sea", dt.date(2023, 12, 30))]


TIMELINE = """Here is how the week went.

January 15
A Houthi missile hits a bulk carrier in the Gulf of Aden, starting a fire.

The rebels vow more attacks after the overnight strikes.

January 18
US forces strike Houthi missile launchers in Yemen.
"""


def test_a_timelines_day_headings_date_the_entries_under_them() -> None:
    """A day on a line of its own opens the entry under it, to the next such line; a word counted
    from the page's day ("overnight") in an entry is the entry's, not the page's."""
    assert _events(TIMELINE) == [("attack_on_shipping", "Gulf of Aden", dt.date(2024, 1, 15)),
                                 ("us_strike", "Yemen", dt.date(2024, 1, 18))]


@pytest.mark.parametrize(("text", "expected"), [
    # a day that opens the sentence is its act's, however long the subject between them
    ("In the early morning hours of 21 January 2024, the U.S. and U.K. naval and air forces conducted "
     "airstrikes on Houthi radar sites in Yemen.", [("us_uk_strike", "Yemen", SUNDAY)]),
    ("On 21 January 2024, the U.S. and U.K. naval and air forces together conducted airstrikes on Houthi "
     "radar sites in Yemen.", [("us_uk_strike", "Yemen", SUNDAY)]),
])
def test_a_day_opening_the_sentence_dates_its_plural_act(text: str, expected: Found) -> None:
    assert _events(text) == expected


def test_a_timelines_present_tense_of_seizing_and_of_destroying_before_launch() -> None:
    """"a rebel unit boards a car carrier", "the United States destroys three missiles it says were
    prepared to launch": a seizure, and a strike on the attackers (not an intercept)."""
    timeline = ("Here is how the month went.\n\nJanuary 15\nA Houthi unit boards a car carrier in the Red "
                "Sea.\n\nJanuary 17\nThe United States destroys three Houthi missiles it says were being "
                "prepared to launch.\n")
    assert _events(timeline) == [("attack_on_shipping", "Red Sea", dt.date(2024, 1, 15)),
                                 ("us_strike", None, dt.date(2024, 1, 17))]


def test_one_day_on_a_line_of_its_own_is_no_timeline() -> None:
    """A lone day on its own line may be the page's date line: it dates nothing it does not say."""
    text = "January 15\nA Houthi missile hit a bulk carrier in the Gulf of Aden.\n"
    assert [date for _, _, date in _events(text)] != [dt.date(2024, 1, 15)]


def test_a_sea_named_as_a_reference_point_is_not_a_second_place_of_the_attack() -> None:
    text = "A Houthi missile hit a cargo ship in the Gulf of Aden, south of the Red Sea, on Sunday."
    assert _events(text) == [("attack_on_shipping", "Gulf of Aden", SUNDAY)]


def test_an_attack_placed_nowhere_is_in_the_one_sea_its_article_names() -> None:
    text = ("Houthi drone boats struck a tanker on Sunday, the owner said. "
            "Shipping in the Red Sea has fallen by half since the attacks began.")
    assert _events(text) == [("attack_on_shipping", "Red Sea", SUNDAY)]
    # two seas named: which one is not said
    both = text + " Insurers now avoid the Gulf of Aden too."
    assert _events(both) == [("attack_on_shipping", None, SUNDAY)]


@pytest.mark.parametrize(("text", "weapon"), [
    ("A Houthi sea drone hit the bulk carrier in the Red Sea on Sunday.", "drone boat"),
    ("On Sunday a Houthi land attack cruise missile struck a tanker in the Gulf of Aden.", "missile"),
])
def test_the_munitions_names_reports_use(text: str, weapon: str) -> None:
    (event,) = extract_article(make_article(text, MONDAY), choose_topic("red-sea")).events
    assert [w.name for w in event.details.weapons] == [weapon]


def test_ships_hit_on_one_day_each_named_are_one_event_each() -> None:
    """Each ship of a day's attacks is its own named event: three ships hit on one day are three
    events, however many sentences tell each (the labels' one event per vessel per day)."""
    text = ("A Houthi missile hit the bulk carrier Unity Explorer in the Red Sea. "
            "Hours later a second missile hit the M/V Number 9. "
            "The crew of the Unity Explorer reported minor damage after the attack.")
    day = dt.date(2023, 12, 3)
    assert _events(text, published=None) == [("attack_on_shipping", "Red Sea", day)] * 2


def test_one_ship_told_twice_is_one_event() -> None:
    text = ("A Houthi missile hit the bulk carrier Unity Explorer in the Red Sea. "
            "The Unity Explorer was struck again an hour later.")
    assert _events(text, published=None) == [("attack_on_shipping", "Red Sea", dt.date(2023, 12, 3))]


def test_a_noun_of_acting_inside_a_munitions_name_is_no_act() -> None:
    """"land attack cruise missiles": a munition, not an attack besides the intercept."""
    text = ("The destroyer shot down four drones and two land attack cruise missiles in the southern Red Sea "
            "that were fired by the Houthis on Sunday.")
    assert _events(text) == [("intercept", "Red Sea", SUNDAY)]


@pytest.mark.parametrize("text", [
    "The destroyer shot down three drones over the Red Sea that were fired by the Houthis over a "
    "period which began at approximately 6:30 a.m. on Sunday.",
    "The destroyer shot down three drones over the Red Sea that were fired on Sunday.",
])
def test_a_time_after_fired_is_no_aim(text: str) -> None:
    """What was shot down "that were fired ... at approximately 6:30 a.m." is an intercept only,
    not also an attack aimed at the time."""
    assert _events(text) == [("intercept", "Red Sea", SUNDAY)]


def test_a_named_event_told_on_its_us_day_joins_its_local_day() -> None:
    """"On Oct. 16" (the US day) and the well-known local day, 17 Oct, in one article: one event,
    on the local day."""
    text = ("On Oct. 16, 2024, the United States carried out strikes in Yemen with B-2 stealth bombers, "
            "the Pentagon said. The B-2 strikes on the Houthis hit underground bunkers.")
    assert _events(text, published=None) == [("us_strike", "Yemen", dt.date(2024, 10, 17))]


def test_a_day_without_its_year_takes_the_year_of_the_named_attacks_that_day() -> None:
    """Two ships hit on 23 Dec 2023, each a named event: "On December 23" takes their year."""
    text = ("On December 23, two Houthi anti-ship ballistic missiles were fired into the shipping lanes "
            "in the southern Red Sea. The tanker Saibaba was hit by a Houthi drone.")
    assert ("attack_on_shipping", "Red Sea", dt.date(2023, 12, 23)) in _events(text, published=None)


@pytest.mark.parametrize(("text", "expected"), [
    ("The owner of the bulk carrier said Houthi gunmen boarded it from a helicopter on Sunday.",
     [("attack_on_shipping", None, SUNDAY)]),
    # nothing the story's attackers hit is named before the pronoun: no target, no act
    ("On Sunday in the Red Sea, Houthi officials said their forces had hit it.", []),
])
def test_an_acts_object_pronoun_stands_for_the_ship_named_before(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the warships fended the attack off: they defended, the attack's target is not said
    ("A British destroyer, along with US warships, repelled the largest attack by the Houthis in the Red Sea "
     "on Sunday.", [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("A British warship helped US forces repel a Houthi drone attack in the Red Sea on Sunday.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    # aimed at the warships: their kind
    ("Two US destroyers came under a Houthi drone attack in the Red Sea on Sunday.",
     [("attack_on_us_navy", "Red Sea", SUNDAY)]),
])
def test_warships_that_repelled_an_attack_were_not_its_target(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Central Command on Monday stated shooting down a drone and an anti-ship ballistic missile in the "
     "southern Red Sea on Sunday.", [("intercept", "Red Sea", SUNDAY)]),
    ("US naval forces reported intercepting a Houthi missile over the Red Sea on Sunday.",
     [("intercept", "Red Sea", SUNDAY)]),
    # the reporter is not the story's side: no intercept
    ("The Houthis reported intercepting a missile over the Red Sea on Sunday.", []),
])
def test_an_intercept_told_in_the_ing_form_after_its_report(text: str, expected: Found) -> None:
    assert _events(text) == expected


def test_a_profiles_own_verb_acts_only_on_what_it_names() -> None:
    """"Seized" is an attack only on a ship: the Houthis who "seized much of Yemen" seized none."""
    text = "The Houthis, who seized much of Yemen in a civil war, have vowed to attack ships bound for Eilat."
    found = extract_article(make_article(text, MONDAY), choose_topic("red-sea"))
    assert not found.events and not found.undated
    assert _events("Houthi gunmen seized a cargo ship in the Red Sea on Sunday.") == [
        ("attack_on_shipping", "Red Sea", SUNDAY)]


def _kinds(text: str) -> list[tuple[int, str, str | None]]:
    found = extract_article(make_article(text, MONDAY), choose_topic("red-sea"))
    return sorted((t.value, t.source_kind, t.speaker) for t in found.tallies)


@pytest.mark.parametrize(("text", "expected"), [
    # the group named inside the statement's quotation is what it counts, not who claims
    ("Two destroyers shot down the drones, according to a statement from U.S. Central Command.\n\n"
     "“This is the 26th Houthi attack on commercial shipping since November 19,” the statement said.",
     [(26, "official", "U.S. Central Command")]),
    # a speaker by surname whom the article gave an office before
    ("The attacks were confirmed by Defense Department spokesperson Maj. Jane Doe on Monday.\n\n"
     "More than 40 merchant ships have been hit by the Houthis since November, Doe said.",
     [(40, "official", "Defense Department")]),
    # a speaker by surname introduced with no office: the outlet's
    ("The attacks were described by the analyst Jane Doe on Monday.\n\n"
     "More than 40 merchant ships have been hit by the Houthis since November, Doe said.",
     [(40, "outlet", None)]),
])
def test_who_gives_a_figure_quoted_from_a_statement_or_by_surname(
        text: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a US agency and the governments' joint statement count as official; a trade tracker, a monitor
    ("Since November the Houthis have attacked ships over 60 times, according to the U.S. Maritime "
     "Administration.", [(60, "official", "Maritime Administration")]),
    ("In a joint statement, twelve governments said the Houthis had made more than 30 attacks on "
     "merchant ships since mid-November.", [(30, "official", "joint statement")]),
    ("The Houthis have attacked 120 ships since November, according to PortWatch data.",
     [(120, "monitor", "PortWatch")]),
])
def test_who_gives_a_figure_among_the_agencies_and_trackers(
        text: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A destroyer shot down two anti-ship ballistic missiles fired at the Maersk Hangzhou in the Red Sea.",
     [("attack_on_shipping", "Red Sea", dt.date(2023, 12, 30)),
      ("intercept", "Red Sea", dt.date(2023, 12, 30))]),
    ("Four Houthi small boats attacked the Maersk Hangzhou in the Red Sea.",
     [("attack_on_shipping", "Red Sea", dt.date(2023, 12, 31))]),
])
def test_a_ship_attacked_on_two_days_is_dated_by_the_weapons_of_each(text: str, expected: Found) -> None:
    assert _events(text, published=None) == expected


def test_a_further_strike_told_as_done_is_one_more_not_one_to_come() -> None:
    assert _events("On Sunday a further US strike hit a Houthi airbase in Sanaa.") == [
        ("us_strike", "Yemen", SUNDAY)]
    assert _events("On Sunday officials said further US strikes on the Houthis in Sanaa were expected.") == []


def test_a_munition_struck_before_it_flew_is_a_strike_whatever_it_was_aimed_at() -> None:
    """"Struck a missile that was prepared to launch towards the Red Sea": a strike in Yemen, not
    an act on the sea it was aimed at."""
    text = "On Sunday US forces struck a Houthi missile that was prepared to launch towards the Red Sea."
    assert [(kind, day) for kind, _, day in _events(text)] == [("us_strike", SUNDAY)]


def test_a_named_event_of_another_month_than_the_one_told_dates_nothing() -> None:
    """"B-2 bombers struck ... earlier in December": not the well-known October strikes. Told by
    their own month alone ("in October") they are a recall, no row either (red-sea's [named_events]
    month_alone, twenty-second session); told with no month, they keep their known day."""
    text = "B-2 stealth bombers struck underground Houthi weapons stores in Yemen earlier in December."
    assert _events(text, published=None) == []
    assert _events("B-2 stealth bombers struck underground Houthi weapons stores in Yemen in October.",
                   published=None) == []
    assert _events("B-2 stealth bombers struck underground Houthi weapons stores in Yemen.",
                   published=None) == [("us_strike", "Yemen", dt.date(2024, 10, 17))]


@pytest.mark.parametrize("text", [
    "The rebels also struck the bulk carrier Rubymar last month, and it later went down.",
    "Last month Houthi gunmen seized the Galaxy Leader and took its crew ashore.",
    "Those attacks include one late last month on the Rubymar, a fertiliser carrier.",
])
def test_a_named_event_told_as_last_months_is_background_left_undated(text: str) -> None:
    """"Struck the Rubymar last month": a report recalls it and gives no day of it; the ship's known
    day is the profile's, not the text's, so it is no dated row of this page (twenty-first session;
    both stories' labels leave "last month" undated or optional)."""
    assert [day for _, _, day in _events(text, published=None)] == []
    assert [day for _, _, day in _events(text, published=dt.date(2024, 3, 12))] == []


@pytest.mark.parametrize("text", [
    "The rebels also hijacked the car carrier Galaxy Leader in November, and they still hold its crew.",
    "It is the second ship lost to the rebels, after the bulker Rubymar, which was attacked in February.",
])
def test_a_named_event_told_by_its_own_month_alone_is_a_recall_no_row(text: str) -> None:
    """"Hijacked the Galaxy Leader in November", in a report of June: the well-known seizure recalled,
    with no day of it; its known day made a row in a report of another day (twenty-second session:
    the red-sea labels leave such a mention no event, or an optional one)."""
    assert _events(text, published=None) == []
    assert _events(text, published=dt.date(2024, 6, 15)) == []


@pytest.mark.parametrize(("named", "expected"), [
    # the ship named only in a recall by its own month: the page's unnamed act is not its attack
    ("The rebels have sunk two ships so far, most recently a carrier called the Tutor that went down "
     "in June.", []),
    # the ship named as the act's own: its known day
    ("The vessel was later identified as the Tutor.",
     [("attack_on_shipping", "Red Sea", dt.date(2024, 6, 12))]),
])
def test_a_ship_named_only_in_a_recall_by_its_month_dates_no_unnamed_act(named: str, expected: Found) -> None:
    """An unnamed ship hit, and a well-known ship named further down only as "that went down in June":
    the page's act took that ship's known day (twenty-second session)."""
    text = "A cargo ship was hit by two missiles off the port of Mokha, a maritime agency said. " + named
    assert _events(text, published=None) == expected
    assert _events(text, published=dt.date(2024, 6, 14)) == expected


def test_a_named_event_told_by_its_month_alone_keeps_its_known_day_where_the_story_says_so() -> None:
    """The first story's profile has no [named_events]: its labels date "the strikes in February" by
    their known day."""
    text = "In February US forces struck 85 targets in Iraq and Syria after the attack on Tower 22."
    assert ("us_strike", "Syria", dt.date(2024, 2, 2)) in _events(
        text, published=dt.date(2024, 4, 15), profile="us-forces-iraq-syria")


def test_a_named_event_told_without_last_month_keeps_its_known_day() -> None:
    text = "A Houthi missile struck the bulk carrier Rubymar, and it later went down."
    assert _events(text, published=None) == [("attack_on_shipping", "Red Sea", dt.date(2024, 2, 18))]


def test_a_running_count_and_a_daily_pace_are_no_acts_of_the_day_they_were_told() -> None:
    """Twenty-first session: "had targeted 102 vessels since the outbreak of the war" and "two ships
    are targeted daily", told in one speech, made a row of the speech's day."""
    text = ("The rebel group said Thursday that it had targeted 120 commercial vessels since the war began "
            "last October. Its leader said that about two ships are targeted daily by his fighters.")
    assert _events(text, published=dt.date(2024, 4, 25)) == []


@pytest.mark.parametrize("text", [
    "Its leader said on Thursday that about two ships are targeted daily by his fighters. "
    "The rebels vowed to go on.",
    "Its leader said on Thursday that his fighters attack two ships every day. The rebels vowed to go on.",
])
def test_an_act_told_as_done_every_day_is_the_campaigns_pace_not_a_mention(text: str) -> None:
    article = make_article(text, dt.date(2024, 4, 25))
    read = read_events(article, choose_topic("red-sea"))
    assert (read.events, read.undated) == ((), ())


def test_a_round_of_one_day_stays_an_act_whatever_its_count() -> None:
    assert _events("On Sunday US jets struck 36 rebel targets in Yemen.") == [("us_strike", "Yemen", SUNDAY)]
    assert _events("On Sunday the rebels targeted a commercial vessel in the Red Sea, the daily "
                   "report said.") == [("attack_on_shipping", "Red Sea", SUNDAY)]


@pytest.mark.parametrize("text", [
    "On Thursday the U.S. and U.K. declared formal sanctions targeted at four rebel leaders in Yemen.",
    "The rebel attacks came a day after the U.S. and U.K. announced new sanctions targeting the rebels' "
    "financiers in Yemen on Thursday.",
])
def test_sanctions_aimed_at_the_rebels_are_no_strike(text: str) -> None:
    """Twenty-first session: 'sanctions targeted at' Houthi leaders was a US and UK strike."""
    assert [kind for kind, _, _ in _events(text)] == []


def test_jets_that_targeted_the_rebels_still_strike() -> None:
    assert _events("On Sunday US and UK jets targeted rebel radar sites in Yemen.") == [
        ("us_uk_strike", "Yemen", SUNDAY)]


# ---- issue 22, fifth pass: the forms of CENTCOM's statements and of the wire's asides --------------

@pytest.mark.parametrize(("text", "expected"), [
    # a statement's clock opens the sentence: the passive's munition comes long after the clause starts
    ("At about 4:10 p.m. (Sanaa time) on Jan. 21, a Houthi anti-ship missile was fired toward a "
     "bulk carrier in the Gulf of Aden.", [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
    ("At about 11 p.m. local time on Jan. 21, one Houthi drone was shot down by a U.S. destroyer "
     "over the Red Sea.", [("intercept", "Red Sea", SUNDAY)]),
])
def test_a_statements_clock_before_a_passive_act(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a strike placed nowhere, in a story whose strikes are in one country the article names
    ("On Sunday, U.S. forces struck two Houthi cruise missiles that were prepared to launch. The "
     "missiles were in Houthi-held parts of Yemen.", [("us_strike", "Yemen", SUNDAY)]),
    # the article never names the country: left unplaced
    ("On Sunday, U.S. forces struck two Houthi cruise missiles that were prepared to launch.",
     [("us_strike", None, SUNDAY)]),
])
def test_a_strike_placed_nowhere_is_in_the_one_country_strikes_happen(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a warship's name set off by dashes: the clause goes on with its passive verb
    ("Two U.S. destroyers – the USS Example and the USS Sample – were targeted by Houthi drones in the "
     "Red Sea on Sunday.", [("attack_on_us_navy", "Red Sea", SUNDAY)]),
    ("Officials told reporters that two Navy ships — the USS Example and USS Sample — were attacked by "
     "Houthi missiles over the Red Sea on Sunday.", [("attack_on_us_navy", "Red Sea", SUNDAY)]),
])
def test_a_name_set_off_by_dashes_is_an_aside(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "On Sunday, two U.S. destroyers brought down five Houthi drones over the Red Sea.",
    "On Sunday, Houthi drones and missiles flew at two U.S. warships over the Red Sea, and the warships "
    "brought down the projectiles.",
])
def test_brought_down_is_an_intercept(text: str) -> None:
    assert ("intercept", "Red Sea", SUNDAY) in _events(text)


@pytest.mark.parametrize("text", [
    "On Sunday, U.S. forces destroyed two Houthi uncrewed surface vessels in the Red Sea.",
    "On Sunday, a destroyer took down an unmanned surface vessel the Houthis had sent into the Red Sea.",
])
def test_a_drone_boat_destroyed_is_an_intercept_not_an_attack_on_a_ship(text: str) -> None:
    """The "vessel" of a munition's name is no merchant ship the munition was aimed at."""
    assert [kind for kind, _, _ in _events(text)] == ["intercept"]


@pytest.mark.parametrize(("text", "expected"), [
    # the target of "after being hit" is the main clause's subject
    ("A Liberian-flagged tanker reported light damage after being struck by a Houthi missile in the Gulf "
     "of Aden on Sunday.", [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
    ("The USS Example kept on patrol after being targeted by Houthi drones in the Red Sea on Sunday.",
     [("attack_on_us_navy", "Red Sea", SUNDAY)]),
])
def test_the_target_of_a_passive_gerund_is_the_main_subject(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the munitions just told, named again: their downing is of the attack's day
    ("Houthi drones and missiles were fired at two U.S. destroyers in the Red Sea on Sunday. The warships "
     "brought down the projectiles without damage.",
     [("attack_on_us_navy", "Red Sea", SUNDAY), ("intercept", "Red Sea", SUNDAY)]),
    # other munitions, or a sentence between: the day is not the attack's
    ("Houthi drones and missiles were fired at two U.S. destroyers in the Red Sea on Sunday. Later, the "
     "warships brought down two more drones.", [("attack_on_us_navy", "Red Sea", SUNDAY)]),
    ("Houthi drones and missiles were fired at two U.S. destroyers in the Red Sea on Sunday. No one was "
     "hurt. The warships brought down the projectiles.", [("attack_on_us_navy", "Red Sea", SUNDAY)]),
])
def test_the_downing_of_the_munitions_just_told_is_of_the_attacks_day(text: str, expected: Found) -> None:
    assert _events(text) == expected


def test_a_drone_boat_rammed_a_ship() -> None:
    assert _events("On Sunday, a Houthi drone boat rammed a Greek-owned tanker in the Red Sea.") == [
        ("attack_on_shipping", "Red Sea", SUNDAY)]


@pytest.mark.parametrize(("text", "expected"), [
    # the first joint round, told as begun "for the first time", on an undated page
    ("The United States and Britain have begun carrying out strikes on Houthi sites in Yemen for the first "
     "time, two officials said.", [("us_uk_strike", "Yemen", dt.date(2024, 1, 12))]),
    # a later first of another kind is not it
    ("B-2 bombers were used for the first time against Houthi bunkers in Yemen.", []),
])
def test_the_first_joint_strikes_told_as_begun(text: str, expected: Found) -> None:
    assert _events(text, published=None) == expected


def test_a_warship_getting_targeted_is_the_target() -> None:
    """"after getting targeted": the main clause's subject (a warship) is what was aimed at."""
    text = "On Sunday the USS Example kept on patrol after getting targeted by Houthi drones in the Red Sea."
    assert _events(text) == [("attack_on_us_navy", "Red Sea", SUNDAY)]


@pytest.mark.parametrize(("text", "expected"), [
    # the navies defending shipping with the US and the UK, named together
    ("In all, the combined force destroyed six Houthi drones and a missile over the Red Sea on Sunday.",
     [("intercept", "Red Sea", SUNDAY)]),
    ("The US-led coalition struck Houthi radar sites in Yemen on Sunday.",
     [("us_uk_strike", "Yemen", SUNDAY)]),
    # the Saudi-led coalition's war in Yemen is another story
    ("The Saudi-led coalition struck Houthi positions in Yemen on Sunday.", []),
])
def test_the_coalition_defending_shipping(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # a weekday weeks after a named engagement whose count the sentence repeats: another act, and
    # never the named one's day (left undated: a gap, not a wrong date)
    "U.S. Navy F/A-18s on Sunday shot down 12 drones launched by the Houthis over the Red Sea.",
    "On Sunday, destroyers shot down twelve Houthi drones over the Red Sea.",
])
def test_a_weekday_far_from_a_named_events_day_is_not_it(text: str) -> None:
    assert dt.date(2023, 12, 26) not in [day for _, _, day in _events(text)]


SATURDAY = dt.date(2024, 12, 21)


@pytest.mark.parametrize(("text", "expected"), [
    # a US-side strike told by the press release that announced it: the release's day is the strike's,
    # over the day of the statement the lede tells
    ("A navy jet came down over the Red Sea early Sunday, officials said. The U.S. and U.K. naval and air "
     "forces conducted airstrikes on Houthi radar sites in Yemen, according to a press release issued "
     "earlier on Saturday night.", [("us_uk_strike", "Yemen", SATURDAY)]),
    ("The U.S. and U.K. naval and air forces conducted airstrikes on Houthi radar sites in Yemen, "
     "CENTCOM said in a press release on Saturday.", [("us_uk_strike", "Yemen", SATURDAY)]),
    # an attack is reported after the fact: the release's day is only its telling's, and it stays undated
    ("A Houthi drone boat rammed a Greek-owned tanker in the Red Sea, according to a press release issued "
     "on Saturday.", []),
])
def test_a_press_release_day_dates_the_strike_it_announces(text: str, expected: Found) -> None:
    assert _events(text, published=dt.date(2024, 12, 22)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an engagement told hour by hour: the act a few hours after the one just told is of its day
    ("On Sunday a Houthi missile hit a Liberian-flagged tanker in the Gulf of Aden. About three hours later, "
     "a destroyer shot down a drone over the Gulf of Aden.",
     [("attack_on_shipping", "Gulf of Aden", SUNDAY), ("intercept", "Gulf of Aden", SUNDAY)]),
    ("On Sunday a Houthi missile hit a Liberian-flagged tanker in the Red Sea. Minutes later, a destroyer "
     "shot down a drone over the Red Sea.",
     [("attack_on_shipping", "Red Sea", SUNDAY), ("intercept", "Red Sea", SUNDAY)]),
    ("On Sunday a Houthi missile hit a Liberian-flagged tanker in the Red Sea. One hour after the attack on "
     "the tanker, a destroyer shot down a drone over the Red Sea.",
     [("attack_on_shipping", "Red Sea", SUNDAY), ("intercept", "Red Sea", SUNDAY)]),
    # days later, or many hours (the next day, perhaps): no day
    ("On Sunday a Houthi missile hit a Liberian-flagged tanker in the Red Sea. Two days later, a destroyer "
     "shot down a drone over the Red Sea.", [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("On Sunday a Houthi missile hit a Liberian-flagged tanker in the Red Sea. About nine hours later, a "
     "destroyer shot down a drone over the Red Sea.", [("attack_on_shipping", "Red Sea", SUNDAY)]),
    # the act counted from is too far back
    ("On Sunday a Houthi missile hit a Liberian-flagged tanker in the Red Sea. The crew was safe. The ship "
     "sailed on. Its owner gave no details. Insurers raised their rates. About three hours later, a "
     "destroyer shot down a drone over the Red Sea.", [("attack_on_shipping", "Red Sea", SUNDAY)]),
])
def test_an_act_a_few_hours_after_the_one_told_is_of_its_day(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act told inside the operation just told, or at its time: of its day
    ("U.S. jets bombed Houthi radar sites near Sanaa on Sunday. During the operation, a destroyer also "
     "brought down two Houthi drones over the Red Sea.",
     [("intercept", "Red Sea", SUNDAY), ("us_strike", "Yemen", SUNDAY)]),
    ("U.S. jets bombed Houthi radar sites near Sanaa on Sunday. At the same time, a destroyer brought down "
     "two Houthi drones over the Red Sea.",
     [("intercept", "Red Sea", SUNDAY), ("us_strike", "Yemen", SUNDAY)]),
    # a span of time, or an operation of another day named: no day
    ("U.S. jets bombed Houthi radar sites near Sanaa on Sunday. During the past month, destroyers brought "
     "down dozens of Houthi drones over the Red Sea.", [("us_strike", "Yemen", SUNDAY)]),
    ("U.S. jets bombed Houthi radar sites near Sanaa on Sunday. During Friday's operation, a destroyer "
     "brought down two Houthi drones over the Red Sea.", [("us_strike", "Yemen", SUNDAY)]),
])
def test_an_act_told_during_the_operation_just_told_is_of_its_day(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a second day of one month, its month written again, before or after its number: two rounds
    ("U.S. jets struck Houthi weapons depots across Yemen on Jan. 19 and Jan. 20.",
     [("us_strike", "Yemen", dt.date(2024, 1, 19)), ("us_strike", "Yemen", dt.date(2024, 1, 20))]),
    ("U.S. jets struck Houthi weapons depots across Yemen on 19 January and 20 January, officials said.",
     [("us_strike", "Yemen", dt.date(2024, 1, 19)), ("us_strike", "Yemen", dt.date(2024, 1, 20))]),
    # another month's day is not counted in the first day's month
    ("U.S. jets struck Houthi weapons depots across Yemen on Dec. 5 and Jan. 8.",
     [("us_strike", "Yemen", dt.date(2023, 12, 5))]),
])
def test_a_second_day_with_its_month_written_again(text: str, expected: Found) -> None:
    assert _events(text) == expected


LUANDA = dt.date(2024, 1, 26)  # the Marlin Luanda's well-known day


@pytest.mark.parametrize(("text", "expected"), [
    # "earlier in the day" with no day written near it: the day of the act just told (here a named one)
    ("A Houthi missile hit the Marlin Luanda in the Gulf of Aden. A destroyer shot down a Houthi missile "
     "over the Gulf of Aden earlier in the day.",
     [("attack_on_shipping", "Gulf of Aden", LUANDA), ("intercept", "Gulf of Aden", LUANDA)]),
    ("A Houthi missile hit the Marlin Luanda in the Gulf of Aden. Later that day, a destroyer shot down a "
     "Houthi missile over the Gulf of Aden.",
     [("attack_on_shipping", "Gulf of Aden", LUANDA), ("intercept", "Gulf of Aden", LUANDA)]),
    # a statement's "earlier in the day" is the saying's, not the act's
    ("A Houthi missile hit the Marlin Luanda in the Gulf of Aden. Officials said earlier in the day that a "
     "destroyer shot down a Houthi missile over the Gulf of Aden.",
     [("attack_on_shipping", "Gulf of Aden", LUANDA)]),
])
def test_earlier_in_the_day_is_the_day_of_the_act_just_told(text: str, expected: Found) -> None:
    assert _events(text, published=None) == expected


@pytest.mark.parametrize("aside", ["in two other countries", "elsewhere in the region", "in Syria"])
def test_a_strike_told_away_from_the_articles_area_is_not_placed_there(aside: str) -> None:
    # the article names Yemen; the strike's own words put it somewhere else
    text = (f"The Houthis in Yemen fired a missile at a tanker on Thursday. On Friday, US bombers struck "
            f"40 targets used by armed groups {aside}.")
    assert ("us_strike", "Yemen", dt.date(2024, 2, 2)) not in _events(text, dt.date(2024, 2, 5))
    plain = ("The Houthis in Yemen kept up their attacks. On Friday, US forces struck two missiles ready to "
             "launch.")
    assert ("us_strike", "Yemen", dt.date(2024, 2, 2)) in _events(plain, dt.date(2024, 2, 5))


@pytest.mark.parametrize(("text", "expected"), [
    # CENTCOM's "uncrewed aerial systems" destroyed on the ground, in the land the Houthis hold: a strike
    ("CENTCOM forces engaged and destroyed two uncrewed aerial systems in a Houthi-controlled area of Yemen "
     "on Sunday.", [("us_strike", "Yemen", SUNDAY)]),
    ("U.S. forces destroyed one UAS on the ground in Yemen on Sunday.", [("us_strike", "Yemen", SUNDAY)]),
    # in the air, over the sea or over that land: an intercept
    ("A destroyer destroyed two uncrewed aerial systems over the Red Sea on Sunday.",
     [("intercept", "Red Sea", SUNDAY)]),
    ("A destroyer shot down two airborne uncrewed aerial systems launched from Houthi-controlled areas of "
     "Yemen over the Red Sea on Sunday.", [("intercept", "Red Sea", SUNDAY)]),
])
def test_drones_destroyed_in_the_land_the_houthis_hold_are_struck_not_intercepted(text: str,
                                                                                   expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the allies' support set off by two dashes is an aside: the clause, and its day, go on with its verb
    ("In the evening hours of 21 January 2024, British and U.S. jets – helped by Canada and Bahrain — "
     "conducted airstrikes against Houthi radar sites in Yemen.", [("us_uk_strike", "Yemen", SUNDAY)]),
    ("Late on Sunday, U.S. forces – helped by two allies — carried out strikes on Houthi depots in Yemen.",
     [("us_strike", "Yemen", SUNDAY)]),
])
def test_a_phrase_set_off_by_dashes_does_not_cut_the_strikes_clause(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the skiffs whose gunmen fire on a ship are the attack's means, as missiles and drones are
    ("A Liberian-flagged tanker was attacked by three small craft in the Gulf of Aden on Sunday.",
     [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
    # a ship's own report of what befell it, in a passive gerund: the ship was attacked
    ("A Liberian-flagged tanker reported being under attack by two Houthi skiffs in the Red Sea on Sunday.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("A Liberian-flagged tanker reported being struck by a Houthi missile in the Red Sea on Sunday.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    # a report that ends the speaker's part is still a cut: the tanker is no target of the strikes
    ("A Liberian-flagged tanker reported that U.S. jets struck Houthi radar sites in Yemen on Sunday.",
     [("us_strike", "Yemen", SUNDAY)]),
])
def test_small_boats_and_a_ships_report_of_being_attacked(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a passive intercept whose subject names what it was fired at: the attack and the intercept
    ("A Houthi cruise missile aimed at a U.S. destroyer was shot down over the Red Sea on Sunday.",
     [("attack_on_us_navy", "Red Sea", SUNDAY), ("intercept", "Red Sea", SUNDAY)]),
    ("Three Houthi drones heading for a bulk carrier were brought down over the Gulf of Aden on Sunday.",
     [("attack_on_shipping", "Gulf of Aden", SUNDAY), ("intercept", "Gulf of Aden", SUNDAY)]),
    # the warship that downed it is no target
    ("A Houthi drone was shot down by a U.S. destroyer over the Red Sea on Sunday.",
     [("intercept", "Red Sea", SUNDAY)]),
])
def test_what_a_downed_missile_was_fired_at_is_attacked(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a missile that missed a ship, or exploded near it, or damaged it: an attack on it all the same
    ("Two Houthi cruise missiles narrowly missed a Panama-flagged tanker in the Gulf of Aden on Sunday.",
     [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
    ("A Houthi drone exploded near a container ship in the Red Sea on Sunday.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("Houthi drones damaged a bulk carrier in the Red Sea on Sunday.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("A Houthi cruise missile came within a mile of a U.S. destroyer in the Red Sea on Sunday.",
     [("attack_on_us_navy", "Red Sea", SUNDAY)]),
    ("The talks came within hours of a deal on Sunday.", []),
    # damage with no attacker, or a miss of no ship, is no attack
    ("A storm damaged a bulk carrier in the Red Sea on Sunday.", []),
    ("The Houthis missed a deadline set by the mediators on Sunday.", []),
])
def test_a_miss_or_a_blast_near_a_ship_is_an_attack_on_it(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an offset from a port, as wire copy and notices write it: the sea off that port
    ("A Houthi drone hit a bulk carrier 90 nautical miles southeast of Yemen's Aden on Sunday.",
     [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
    ("A Houthi drone hit a bulk carrier 40 nautical miles west of Yemen's port of Hodeidah on Sunday.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("A Houthi drone hit a bulk carrier 20 nautical miles south of the Yemeni port of Mocha on Sunday.",
     [("attack_on_shipping", "Bab el-Mandeb", SUNDAY)]),
])
def test_an_offset_from_a_yemeni_port_places_the_attack_at_sea(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an undated page: the joint rounds named by their counts of targets, on their well-known days
    ("British and American jets hit eight Houthi targets across Yemen, the two governments said.",
     [("us_uk_strike", "Yemen", dt.date(2024, 1, 22))]),
    ("British and American jets hit 18 Houthi targets at eight locations in Yemen.",
     [("us_uk_strike", "Yemen", dt.date(2024, 2, 24))]),
    ("British and American jets hit 13 Houthi targets in Yemen.",
     [("us_uk_strike", "Yemen", dt.date(2024, 5, 30))]),
    # the ship fired at on 24 Apr 2024, and the missile that came within a mile of the USS Gravely
    ("A Houthi ballistic missile was launched at the MV Yorktown in the Gulf of Aden.",
     [("attack_on_shipping", "Gulf of Aden", dt.date(2024, 4, 24))]),
    ("A Houthi cruise missile came within a mile of the USS Gravely in the Red Sea.",
     [("attack_on_us_navy", "Red Sea", dt.date(2024, 1, 30))]),
    # one precision strike on a command facility (16 Dec 2024); the later round of several is not it
    ("CENTCOM said it carried out a precision airstrike on a Houthi command facility in Sanaa.",
     [("us_strike", "Yemen", dt.date(2024, 12, 16))]),
    ("CENTCOM said it carried out precision airstrikes on a Houthi command facility and a depot in "
     "Sanaa.", []),
    # "eight locations" is the 24 Feb round's, never the 22 Jan round's count of targets
    ("British and American jets hit Houthi sites at eight locations in Yemen.", []),
])
def test_more_well_known_days_of_the_campaign(text: str, expected: Found) -> None:
    assert _events(text, published=None) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a running count of targets is no round of them
    ("Since January, British and American jets have hit more than 13 Houthi targets in Yemen.", None, []),
    # a count of targets names its round only while the round is recent: counts recur
    ("U.S. forces struck 18 Houthi targets in Yemen, officials said.", dt.date(2025, 3, 20), []),
    # neighbour: the same count in a page of the round's weeks is that round
    ("U.S. and British forces struck 18 Houthi targets in Yemen, officials said.", dt.date(2024, 3, 1),
     [("us_uk_strike", "Yemen", dt.date(2024, 2, 24))]),
])
def test_a_count_of_targets_names_its_round_only_when_recent_and_not_a_running_count(
        text: str, published: dt.date | None, expected: Found) -> None:
    assert _events(text, published=published) == expected


def test_of_two_ships_a_sentence_names_the_one_nearest_the_act_is_hit() -> None:
    """"One hour after the attack on <ship A>, <ship B> was hit": B's attack, of B's named day (A's
    is told too). Named ships hit the same day stay one event each."""
    text = ("A Houthi missile hit the Unity Explorer in the Red Sea. "
            "One hour after the attack on the M/V Number 9, a Houthi missile hit the Sophie II "
            "in the Red Sea.")
    day = dt.date(2023, 12, 3)
    assert _events(text, published=None) == [("attack_on_shipping", "Red Sea", day)] * 3


@pytest.mark.parametrize("text", [
    "Houthi missiles struck two oil tankers in the Red Sea, the M/V Amjad and the M/V Blue Lagoon I.",
    "A drone hit the tanker Amjad in the Red Sea, and a missile struck the Blue Lagoon I.",
])
def test_the_tanker_hit_with_the_blue_lagoon_is_its_own_attack(text: str) -> None:
    """The Amjad, hit the same day as the Blue Lagoon I (2 Sep 2024), is a named attack of its own:
    two tankers, two events (one event per vessel attacked per day)."""
    assert _events(text, published=None) == [("attack_on_shipping", "Red Sea", dt.date(2024, 9, 2))] * 2


def test_a_man_named_amjad_names_no_ship() -> None:
    """The name alone is a man's: "Amjad Example said ..." dates nothing."""
    text = "Amjad Example, a Houthi official, said the group fired missiles at a tanker in the Red Sea."
    assert _events(text, published=None) == []


def test_a_named_ship_placed_nowhere_is_where_its_attack_was() -> None:
    """A mention with no sea of its own, dated as a named event, is that event's (the ship's sea),
    never the day's other event in another sea."""
    text = ("On Jan. 26, Houthi militants fired six missiles toward the Red Sea. "
            "At about 3 a.m., the M/V Marlin Luanda reported an explosion near the ship.")
    day = dt.date(2024, 1, 26)
    assert _events(text, published=dt.date(2024, 1, 27)) == [("attack_on_shipping", "Gulf of Aden", day),
                                                               ("attack_on_shipping", "Red Sea", day)]


_RELEASE_LEAD = "On Jan. 21, Houthi forces fired four missiles toward the Red Sea and the Gulf of Aden.\n\n"


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a release's later sentence told by the hour: the lead's one day, in the one sea its paragraph names
    ("Two were aimed at the Northern Star, a bulk carrier sailing in the Gulf of Aden. At 3 p.m., a US "
     "destroyer escorting the Northern Star shot down a second missile.",
     [("attack_on_shipping", "Red Sea", SUNDAY), ("intercept", "Gulf of Aden", SUNDAY)]),
    # a paragraph naming two seas, or none: the hour's act is placed nowhere, so left undated
    ("Two were aimed at the Northern Star, a bulk carrier sailing between the Red Sea and the Gulf of "
     "Aden. At 3 p.m., a US destroyer escorting the Northern Star shot down a second missile.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("Two were aimed at the Northern Star. At 3 p.m., a US destroyer escorting the Northern Star shot "
     "down a second missile.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    # the country of its own sentence is where the drone came from, not where it was shot down
    ("At 3 p.m., a US destroyer shot down a drone launched from Yemen.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
])
def test_an_hour_in_a_release_takes_the_one_day_of_its_lead(paragraph: str, expected: Found) -> None:
    assert _events(_RELEASE_LEAD + paragraph) == expected


def test_an_hour_in_a_text_of_two_days_takes_neither() -> None:
    text = ("On Jan. 20, a drone struck a tanker in the Red Sea. " + _RELEASE_LEAD
            + "Two were aimed at the Northern Star, a bulk carrier sailing in the Gulf of Aden. At 3 p.m., "
              "a US destroyer escorting the Northern Star shot down a second missile.")
    assert ("intercept", "Gulf of Aden", SUNDAY) not in _events(text)


def test_acts_told_again_by_their_hours_take_the_one_day_the_text_gives_them() -> None:
    # the statement's own day ("said on Monday") is not the acts': the one day left is Sunday
    text = ("Central Command said on Monday that a destroyer shot down two drones and a missile over the Red "
            "Sea on Sunday. In the command's words, the rebels from Yemen mounted the attacks between "
            "3:15 p.m. and 3:40 p.m.")
    assert _events(text) == [("attack_on_shipping", "Red Sea", SUNDAY), ("intercept", "Red Sea", SUNDAY)]


# --- rows that read as English: a sea area with its article, a place with its own preposition --------

def _row(text: str) -> list[str]:
    from briefing.rows import row_text

    topic = choose_topic("red-sea")
    return [row_text(e, topic.said) for e in extract_article(make_article(text, MONDAY), topic).events]


@pytest.mark.parametrize(("text", "row"), [
    ("A Houthi missile struck a bulk carrier in the Gulf of Aden on Sunday.",
     "Missile attack on shipping in the Gulf of Aden"),
    ("On Sunday the Houthis fired a drone at a tanker off Hodeidah in the Red Sea.",
     "Drone attack on shipping off Hodeidah in the Red Sea"),
])
def test_a_row_names_a_sea_area_as_running_text_does(text: str, row: str) -> None:
    (written,) = _row(text)
    assert written.startswith(row), written


def test_a_zero_toll_of_no_named_side_reads_no_one() -> None:
    (written,) = _row("A Houthi missile struck a bulk carrier in the Gulf of Aden on Sunday. No one was "
                      "injured, the ship's manager said.")
    assert "no one injured" in written and "side not reported" not in written, written


@pytest.mark.parametrize(("text", "count"), [
    # a few ships counted as one day's targets: one event per ship (the wire's and the Navy's forms)
    ("Houthi rebels in Yemen attacked two merchant vessels in the Red Sea on Sunday, officials said.", 2),
    ("Attacks by Yemen's Houthis targeted three cargo ships in the Red Sea on Sunday.", 3),
    ("Two tankers were struck by Houthi missiles in the Red Sea on Sunday.", 2),
    # one ship hit by several munitions is one attack: the ships are the count
    ("The Houthis carried out four attacks on two container ships in the Red Sea on Sunday.", 2),
    # not one day's count: two days, one of them, two areas named (how many each had is not said)
    ("Houthi rebels attacked two merchant vessels in the Red Sea on Sunday and on Jan. 19.", 1),
    ("On Sunday, a Houthi drone hit one of two tankers sailing together in the Red Sea.", 1),
    ("Houthi rebels attacked two merchant vessels in the Red Sea and the Gulf of Aden on Sunday.", 1),
    # ships counted beside the one attacked are not the act's: one attack
    ("Houthi rebels attacked a tanker in the Red Sea on Sunday as two cargo ships nearby changed course.", 1),
    ("Houthi rebels attacked a bulk carrier in the Red Sea on Sunday, forcing two container ships to turn "
     "back.", 1),
])
def test_ships_counted_on_one_day_are_one_attack_each(text: str, count: int) -> None:
    found = [e for e in _events(text) if e == ("attack_on_shipping", "Red Sea", SUNDAY)]
    assert len(found) == count


@pytest.mark.parametrize(("text", "expected"), [
    # a maritime security notice tells an attack on the day it is issued
    ("A Houthi missile exploded close to a bulk carrier 60 nautical miles east of Yemen's Aden, "
     "the UKMTO agency said on Sunday.", [("attack_on_shipping", "Gulf of Aden", SUNDAY)]),
    ("The master of a tanker reported a Houthi drone attack on the vessel west of Hodeidah, the "
     "security firm Ambrey said in an advisory note on Sunday.", [("attack_on_shipping", "Red Sea", SUNDAY)]),
    # neighbours: an official tells after the fact, and a notice of the small hours may tell the
    # night before: the day of the telling dates neither
    ("A Houthi missile exploded close to a bulk carrier 60 nautical miles east of Yemen's Aden, "
     "a Pentagon official said on Sunday.", []),
    ("A Houthi missile exploded close to a bulk carrier 60 nautical miles east of Yemen's Aden, "
     "the UKMTO agency said early Sunday.", []),
    # a notice of days before the page's own (a recap quoting it) is no news of that day: a gap
    ("A Houthi missile exploded close to a bulk carrier 60 nautical miles east of Yemen's Aden, "
     "the UKMTO agency said on Thursday.", []),
    # a notice telling an attack of another time the sentence writes ("last week") does not date it
    ("A Houthi drone struck a tanker off Hodeidah last week, the UKMTO agency said on Sunday.", []),
    ("A Houthi missile exploded near a bulk carrier west of Aden earlier this month, the security firm "
     "Ambrey said in an advisory on Sunday.", []),
])
def test_a_maritime_notice_dates_the_attack_it_reports(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the rebels' claim of an attack the public record holds (a known event of the profile): the act
    ("The Houthis claimed responsibility for a missile attack on the tanker Marlin Luanda in the Gulf of "
     "Aden, a security firm said.", [("attack_on_shipping", "Gulf of Aden", dt.date(2024, 1, 26))]),
    # a claim told on a day of its own is that day's statement
    ("On Saturday the Houthis claimed responsibility for a missile attack on the tanker Marlin Luanda.", []),
    # a claim of an attack no record confirms stays a claim
    ("The Houthis claimed responsibility for a missile attack on a tanker in the Gulf of Aden on Friday.",
     []),
])
def test_a_claim_of_a_well_known_attack_is_that_attack(text: str, expected: Found) -> None:
    assert _events(text, published=dt.date(2024, 1, 27)) == expected


_ONE_DAY = ("A Houthi missile hit the tanker Marlin Luanda in the Gulf of Aden. "
            "It was the latest Houthi attack on shipping. "
            "US forces later struck a missile in Yemen that was ready to launch. "
            "The strike protects shipping, the command said. "
            "Officials did not say when the missile was found. ")


@pytest.mark.parametrize(("sentence", "expected"), [
    # "that day" in a text of one day is that day, however far back the day was told
    ("The command said that earlier in the day the Houthis had fired a missile toward a US destroyer "
     "in the Gulf of Aden.", ("attack_on_us_navy", "Gulf of Aden", dt.date(2024, 1, 26))),
])
def test_earlier_in_the_day_is_the_one_day_of_the_text(sentence: str, expected: tuple[object, ...]) -> None:
    assert expected in _events(_ONE_DAY + sentence, published=dt.date(2024, 1, 27))


def test_at_the_same_time_far_from_the_act_it_points_at_takes_no_day() -> None:
    # "at the same time" points at the act just told: far back, that may be the undated strike
    sentence = "At the same time, the Houthis fired a missile toward a US destroyer in the Gulf of Aden."
    assert all(kind != "attack_on_us_navy" for kind, _, _ in _events(_ONE_DAY + sentence,
                                                                      published=dt.date(2024, 1, 27)))


def test_a_ship_of_the_record_dated_by_its_own_words_is_where_it_was_hit() -> None:
    """A mention placed nowhere, dated by its own weekday, that names a ship hit that day in the
    public record (a known event) is in that ship's area, not left with no area."""
    text = "Officials said the tanker Strinda was hit by a missile at about midnight local time on Monday."
    assert _events(text, published=dt.date(2023, 12, 12)) == [
        ("attack_on_shipping", "Bab el-Mandeb", dt.date(2023, 12, 11))]


@pytest.mark.parametrize("text", [
    # acts in the plural told as going on over months: the campaign, not the news of the statement's day
    "The rebels have staged attacks on ships off Yemen for months. A tanker reported an explosion "
    "nearby, a security firm said on Sunday.",
])
def test_acts_over_months_take_no_statements_day(text: str) -> None:
    assert _events(text) == []


def test_an_act_during_strikes_dated_by_their_release_takes_its_day() -> None:
    """"During the operation" opens inside the strikes just told; dated only by the release that
    announced them, the act in it is of the release's day too."""
    text = ("US and British jets struck Houthi missile depots in Yemen, according to a press release "
            "issued on Sunday. \u201cDuring the operation, US forces also shot down two Houthi drones "
            "over the Red Sea,\u201d the release said.")
    assert ("intercept", "Red Sea", SUNDAY) in _events(text)


@pytest.mark.parametrize("opening", ["The attack comes", "The exchange comes"])
def test_an_act_told_a_day_before_the_acts_just_told_in_the_present(opening: str) -> None:
    """The wire's present tense ("The attack comes a day after ...") and "the exchange" (the acts
    of both sides just told) count the act after it from the day of those acts."""
    text = (f"On Sunday, a Houthi missile struck a tanker in the Red Sea. {opening} a day after a Houthi "
            "drone hit a bulk carrier in the Gulf of Aden.")
    assert ("attack_on_shipping", "Gulf of Aden", dt.date(2024, 1, 20)) in _events(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a participle set off by a comma after the ship it tells of: a passive without its auxiliary, its
    # by-phrase the agent, its day the act's
    ("Houthi attacks go on in the Red Sea. The bulk carrier Northern Star, struck by the Houthis on Sunday, "
     "was towed to port.", [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("The Houthis still hold the car carrier Galaxy Leader, seized on November 19, 2023, at a Yemeni port.",
     [("attack_on_shipping", "Red Sea", dt.date(2023, 11, 19))]),
    # the same words as the active verb of a clause after a comma ("who struck"); a munition's downing
    # set off so is no attack on a ship (nor, without its auxiliary, read as an intercept)
    ("The Houthis, who struck a tanker in the Red Sea on Sunday, vowed more attacks.",
     [("attack_on_shipping", "Red Sea", SUNDAY)]),
    ("Two Houthi drones, shot down by a destroyer on Sunday over the Red Sea, were the week's last.", []),
])
def test_a_participle_set_off_by_a_comma_is_a_passive(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a release's "in a Houthi controlled area", without the hyphen: destroyed before it flew, a strike
    ("On Sunday, U.S. Central Command forces destroyed one Houthi radar site in a Houthi controlled area "
     "of Yemen.", [("us_strike", "Yemen", SUNDAY)]),
    # fired from there, and downed over the sea: an intercept still
    ("On Sunday, U.S. Central Command forces destroyed two Houthi drones over the Red Sea launched from "
     "Houthi controlled areas of Yemen.", [("intercept", "Red Sea", SUNDAY)]),
])
def test_a_site_destroyed_in_the_land_the_houthis_hold_without_the_hyphen(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a group's claim, then a maritime notice's day for "the attack": the claimed act, of that day
    ("The Houthis said in a statement that they had fired missiles at the tanker Star in the Red Sea. "
     "The attack took place on Monday, according to UKMTO.", [("attack_on_shipping", "Red Sea", MONDAY)]),
    ("Rebel spokesman Yahya Saree claimed a drone strike on a bulk carrier in the Gulf of Aden. Ambrey said "
     "the attack happened on Monday.", [("attack_on_shipping", "Gulf of Aden", MONDAY)]),
    # the group's own word again, or no one's: a claim still
    ("The Houthis said in a statement that they had fired missiles at the tanker Star in the Red Sea. "
     "The attack took place on Monday, the group's spokesman said.", []),
    ("The Houthis said in a statement that they had fired missiles at the tanker Star in the Red Sea. "
     "The attack took place on Monday.", []),
    # a notice denying or doubting the claimed act, or dating the claim only: no act of that day
    ("The rebels said they had fired a missile at the barge Wren in the Red Sea. Ambrey said on Monday "
     "that the attack never happened.", []),
    ("The rebels said they had fired a missile at the barge Wren in the Red Sea. According to UKMTO, the "
     "attack did not take place on Monday.", []),
    ("The rebels said they had fired a missile at the barge Wren in the Red Sea. According to UKMTO, the "
     "attack the group claimed on Monday may be one reported days earlier.", []),
])
def test_a_notice_telling_the_day_of_a_claimed_attack(text: str, expected: Found) -> None:
    assert _events(text, published=dt.date(2024, 1, 24)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the campaign's dead told as the lives its attacks have taken
    ("Since November 2023 Houthi missiles have hit more than 100 merchant ships. The attacks have claimed "
     "four lives, and two ships and their crews are still held.",
     [("killed", 4, "exact"), ("targets_hit", 100, "more than")]),
    # the side named only in the sentences before (another story's people may be named there): no figure
    ("Since November 2023 Houthi missiles have hit more than 100 merchant ships. The attacks have claimed "
     "four lives.", [("targets_hit", 100, "more than")]),
    ("Houthi attacks on shipping have so far cost at least four lives among seafarers.",
     [("killed", 4, "at least")]),
    # one attack's toll, lives saved: no running figure
    ("A Houthi missile hit a bulk carrier in the Red Sea. The attack claimed four lives.", []),
    ("Navy helicopters saved four lives after a Houthi attack on a cargo ship.", []),
    # another side's acts, in the figure's own clause, took the lives: none of the story's figures
    ("Israeli strikes on Gaza have claimed more than 4,000 lives, while Houthi missiles have hit ships and "
     "their crews.", []),
    ("The Houthis' attacks have claimed four lives among seafarers, while US strikes have claimed 30 lives.",
     [("killed", 4, "exact")]),
])
def test_the_lives_the_attacks_have_claimed(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the ships counted by the flags the group names, two or more of them
    ("The Houthis said they have targeted 102 Israeli, American and British ships since the Gaza war began.",
     [("targets_hit", 102, "exact")]),
    ("Houthi rebels say they have attacked more than 60 American and British vessels since November 2023.",
     [("targets_hit", 60, "more than")]),
    # a name that is no flag list: no count of ships
    ("The Houthis said they have targeted 102 Example Line vessels since the Gaza war began.", []),
])
def test_ships_counted_by_the_flags_a_group_names(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the group, or its leader, as the sentence's speaker: its own count is a claim
    ("The Houthis also said on Sunday that they had struck 150 ships linked to their enemies since November.",
     [(150, "claim", "Houthis")]),
    ("The rebels have attacked a total of 150 ships since November last year, said Abdul-Malik al-Houthi, "
     "the Houthis' leader.", [(150, "claim", "Houthis")]),
    ("Yemen's Houthi group said on Sunday that it had targeted 150 vessels since November.",
     [(150, "claim", "Houthis")]),
    # an official speaking of what the group did: official; no one speaking: the outlet's
    ("The Houthis have attacked more than 150 ships since November, the Pentagon said.",
     [(150, "official", "Pentagon")]),
    ("The Houthis have attacked more than 150 ships since November.", [(150, "outlet", None)]),
    # the group the subject of what others say is no speaker; set after the count, it is one
    ("Analysts said the Houthis have attacked more than 150 ships since November.", [(150, "outlet", None)]),
    ("The rebels have attacked a total of 150 ships since November, according to the Houthis.",
     [(150, "claim", "Houthis")]),
    # the lives the attacks "claimed" are a toll, no claim
    ("Since November the Houthis have hit more than 100 merchant ships, and their attacks have claimed four "
     "lives.", [(4, "outlet", None), (100, "outlet", None)]),
])
def test_a_groups_own_count_when_it_speaks(text: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "It added:" after a command's statement: the command's words
    ("U.S. Central Command said on Monday that its forces destroyed two Houthi drones.\n\n"
     "It added: \"Houthi attacks have killed three mariners and sunk two ships since November.\"",
     [(2, "official", "U.S. Central Command"), (3, "official", "U.S. Central Command")]),
    # the Navy's civilian head
    ("\"We have countered more than 130 Houthi attacks on ships since November,\" Secretary of the Navy "
     "Jane Doe told senators.", [(130, "official", "Secretary of the Navy")]),
])
def test_who_gives_a_figure_told_on_by_it_or_by_the_navys_head(
        text: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert _kinds(text) == expected


def test_that_day_after_an_act_whose_own_day_is_unread_is_not_an_earlier_acts_day() -> None:
    """An undated page: "Earlier that day" follows strikes told "on Wednesday", a day the page cannot
    place; it is that Wednesday, not the day of the round told with its date two sentences before."""
    text = ("The US and Britain struck rebel radar sites in Yemen on January 11, 2024. "
            "After more Houthi attacks on shipping, the US carried out strikes on Houthi targets "
            "on Wednesday. "
            "Earlier that day, the Houthis fired a drone at a US-owned bulk carrier in the Gulf of Aden.")
    assert [e for e in _events(text, published=None) if e[0] == "attack_on_shipping"] == []


def test_that_day_still_counts_from_the_act_just_told_with_its_day() -> None:
    text = ("The US and Britain struck rebel radar sites in Yemen on January 11, 2024. "
            "Earlier that day, the Houthis fired a drone at a US-owned bulk carrier in the Gulf of Aden.")
    assert ("attack_on_shipping", "Gulf of Aden", dt.date(2024, 1, 11)) in _events(text, published=None)


@pytest.mark.parametrize(("text", "profile", "expected"), [
    ("The US military said it carried out 15 strikes on Friday against rebel targets in Yemen.", "red-sea",
     [("us_strike", "Yemen", dt.date(2024, 1, 19))]),
    ("American jets carried out 12 airstrikes overnight on militia depots in Iraq, officials said.",
     "us-forces-iraq-syria", [("us_strike", "Iraq", dt.date(2024, 1, 21))]),
    # neighbours: a running count, and a count over a span, are no act of a day
    ("The US has carried out more than 150 strikes in Yemen since January.", "red-sea", []),
    ("US forces carried out 15 strikes on Houthi targets in Yemen in the past week.", "red-sea", []),
])
def test_a_number_of_strikes_told_with_its_day_is_that_days_round(text: str, profile: str,
                                                                   expected: Found) -> None:
    assert _events(text, profile=profile) == expected


def test_the_past_24_hours_of_a_dated_release_is_its_day() -> None:
    text = ("In the past 24 hours, US forces destroyed a Houthi radar site in a Houthi-controlled area "
            "of Yemen.")
    assert _events(text, published=dt.date(2024, 6, 26)) == [("us_strike", "Yemen", dt.date(2024, 6, 26))]


def test_a_ship_struck_by_a_small_vessel_is_attacked() -> None:
    text = ("A bulk carrier which reported an incident in the Red Sea on Sunday was struck by a small "
            "vessel, UKMTO said.\n\nThe Houthi movement has attacked shipping in the Red Sea since November.")
    assert _events(text) == [("attack_on_shipping", "Red Sea", SUNDAY)]


RUBYMAR = dt.date(2024, 2, 18)  # a Sunday, the Rubymar's well-known local day


@pytest.mark.parametrize(("text", "expected"), [
    # on an undated page, the act's own weekday and the named event's known day disagree: undated
    # (no dated event)
    ("Houthi missiles struck the Rubymar in the Red Sea on Thursday.", []),
    ("On Tuesday, a Houthi missile hit the Rubymar in the Red Sea.", []),
    # the known day's weekday, or the day before it (the teller's clock): the known day
    ("Houthi missiles struck the Rubymar in the Red Sea on Sunday.",
     [("attack_on_shipping", "Red Sea", RUBYMAR)]),
    ("Houthi missiles struck the Rubymar in the Red Sea late on Saturday.",
     [("attack_on_shipping", "Red Sea", RUBYMAR)]),
    # a weekday of the telling, not of the act: the known day
    ("The navy said on Thursday that Houthi missiles had struck the Rubymar in the Red Sea.",
     [("attack_on_shipping", "Red Sea", RUBYMAR)]),
])
def test_a_weekday_of_the_act_that_disagrees_with_a_named_events_day_leaves_it_undated(
        text: str, expected: Found) -> None:
    assert _events(text, published=None) == expected


@pytest.mark.parametrize("text", [
    # where the ship later sank names a noun's place, not the act's: the verb's place is the event's
    "The Rubymar, a bulker that fell victim to a Houthi attack, now lies at the bottom of the Red Sea. "
    "Struck by a Houthi missile in the Bab el-Mandeb, the Rubymar drifted for days.",
    # a headline's "attack on a ship in the sea", then the act told by its verb in the strait
    "New Houthi attack on the Rubymar in the Red Sea\n\n"
    "The Rubymar was hit by a Houthi missile while it sailed through the Bab el-Mandeb.",
])
def test_a_named_event_told_in_two_of_its_areas_is_where_its_verb_places_it(text: str) -> None:
    assert _events(text, published=None) == [("attack_on_shipping", "Bab el-Mandeb", RUBYMAR)]


@pytest.mark.parametrize(("text", "expected"), [
    # a count told of one month is that month's, however the sentence names a campaign
    ("After a campaign of air strikes on the rebels, two vessels were sunk by the Houthis in July, "
     "killing four crew.", []),
    ("In early March alone, the Houthis' campaign hit 12 merchant ships.", []),
    # a start it counts from: so far, whatever month it names as well
    ("The Houthis have attacked more than 100 ships since November, including 12 in July.",
     [("targets_hit", 100, "more than")]),
    ("The Houthis have sunk two vessels in their campaign.", [("targets_lost", 2, "exact")]),
])
def test_a_count_told_of_one_month_is_no_campaign_total(text: str,
                                                        expected: list[tuple[str, int, str]]) -> None:
    assert _figures(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # a munition destroyed with its launcher was on the ground: a strike, not an intercept
    ("On Sunday, US forces destroyed a Houthi missile and launcher in Yemen.",
     [("us_strike", "Yemen", SUNDAY)]),
    ("US forces destroyed two Houthi drones and a mobile launcher on Sunday, the command said.",
     [("us_strike", None, SUNDAY)]),
    # drones shot down over the sea, launchers destroyed in another clause: the downing is an intercept
    ("US forces shot down two Houthi drones over the Red Sea on Sunday and destroyed launchers in Yemen.",
     [("intercept", "Red Sea", SUNDAY)]),
])
def test_a_munition_destroyed_with_its_launcher_is_struck_on_the_ground(text: str, expected: Found) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the named event's day written without its year, and its weekday named in another sentence:
    # the weekday is that day, as beside a full date
    ("On February 18, Houthi missiles struck the Rubymar in the Red Sea. A US destroyer shot down two "
     "drones over the Red Sea on Sunday.",
     [("attack_on_shipping", "Red Sea", RUBYMAR), ("intercept", "Red Sea", RUBYMAR)]),
    # the day not written: the weekday of another sentence stays unplaced
    ("Houthi missiles struck the Rubymar in the Red Sea. A US destroyer shot down two drones over the "
     "Red Sea on Sunday.", [("attack_on_shipping", "Red Sea", RUBYMAR)]),
    # another day written: not the event's, so no weekday of it
    ("On February 20, the crew left the Rubymar. Houthi missiles had struck the Rubymar in the Red Sea. "
     "A US destroyer shot down two drones over the Red Sea on Sunday.",
     [("attack_on_shipping", "Red Sea", RUBYMAR)]),
])
def test_a_named_events_day_written_without_its_year_fixes_its_weekday(text: str, expected: Found) -> None:
    assert _events(text, published=None) == expected


JASRAH = dt.date(2023, 12, 15)  # the one Hapag-Lloyd ship hit in the campaign


@pytest.mark.parametrize(("text", "expected"), [
    # the ship told by its owner and its trade: the named event's day
    ("A Hapag-Lloyd cargo ship was struck by a Houthi missile in the Red Sea.",
     [("attack_on_shipping", "Red Sea", JASRAH)]),
    ("A Hapag-Lloyd container ship was struck by a Houthi missile in the Red Sea.",
     [("attack_on_shipping", "Red Sea", JASRAH)]),
    # the company alone names no ship
    ("Hapag-Lloyd said cargo ships would avoid the Red Sea after a Houthi missile struck a tanker.", []),
])
def test_the_hapag_lloyd_ship_told_by_its_trade(text: str, expected: Found) -> None:
    assert _events(text, published=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the campaign named as what one round of claimed attacks renews: no count so far
    ("The Houthis claimed responsibility for attacks on three ships in the Red Sea, re-intensifying "
     "their maritime campaign.", []),
    ("The Houthis hit three ships on Monday, stepping up their campaign against shipping.", []),
    # a count told so far, whatever the campaign does
    ("The Houthis, who resumed their campaign in March, have attacked more than 100 ships since November.",
     [("targets_hit", 100, "more than")]),
])
def test_acts_that_renew_the_campaign_are_one_round(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _figures(text) == expected
