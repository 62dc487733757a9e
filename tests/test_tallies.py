"""Tallies: what is a campaign total and what is not, who gave it, when, from when.

Sentences are our own, written in the forms real reports use (see extract/tallies.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.numbers import value_of
from briefing.extract.tallies import extract_tallies
from tests.conftest import make_article

PUB = dt.date(2023, 11, 21)  # a Tuesday
OCT17 = dt.date(2023, 10, 17)


@pytest.mark.parametrize(("text", "expected"), [
    # (metric, value, qualifier, since, as_of)
    ("U.S. forces have been attacked at least 58 times since Oct. 17, the Pentagon said Monday.",
     ("attacks", 58, "at least", OCT17, dt.date(2023, 11, 20))),
    ("American troops in Iraq and Syria have come under attack more than five dozen times, officials say.",
     ("attacks", 60, "more than", None, PUB)),
    ("Militias have carried out 40-plus attacks on U.S. and coalition forces since mid-October.",
     ("attacks", 40, "more than", OCT17, PUB)),
    ("Iran-aligned groups fired rockets and drones at U.S. and allied troops on 120 occasions.",
     ("attacks", 120, "exact", None, PUB)),
    ("There have been about 90 attacks on bases housing U.S. personnel since the war began.",
     ("attacks", 90, "approximately", OCT17, PUB)),
    ("The latest strike brings the total up to 77 attacks on U.S. forces, a defense official said.",
     ("attacks", 77, "exact", None, PUB)),
    ("Some 45 U.S. service members have been injured in the attacks so far, officials said.",
     ("injured", 45, "approximately", None, PUB)),
    # ten or more beside the attacks in the plural, even in the past tense, is the campaign's
    ("In the attacks, 45 U.S. personnel were injured, officials said.",
     ("injured", 45, "exact", None, PUB)),
    ("The attacks have resulted in nearly two dozen injuries to U.S. personnel since Oct. 17.",
     ("injured", 24, "nearly", OCT17, PUB)),
    ("Attacks on U.S. forces from Oct. 17 until Nov. 14 totalled 55, the command said.",
     ("attacks", 55, "exact", OCT17, dt.date(2023, 11, 14))),
    # the number of people, not of the attacks named on the way
    ("The number of U.S. troops who have been injured by attacks from Iran-backed groups now stands at 46.",
     ("injured", 46, "exact", None, PUB)),
    ("U.S. forces in Iraq and Syria have faced at least 66 incidents since October 17.",
     ("attacks", 66, "at least", OCT17, PUB)),
    ("Singh said a total of 59 U.S. personnel have received injuries since the attacks began.",
     ("injured", 59, "exact", OCT17, PUB)),
    # a total in the present ("now number"), "fired on" as an attack, injuries the people are left with
    ("Attacks on U.S. forces in Iraq and Syria now number more than 150, officials said.",
     ("attacks", 150, "more than", None, PUB)),
    ("Militias have fired on U.S. forces at least 60 times since Oct. 17, officials said.",
     ("attacks", 60, "at least", OCT17, PUB)),
    ("The attacks have left at least 70 U.S. personnel with injuries, officials said.",
     ("injured", 70, "at least", None, PUB)),
    ("U.S. forces had been attacked 66 times as of Nov. 14, officials said.",
     ("attacks", 66, "exact", None, dt.date(2023, 11, 14))),
    ("Tuesday's drone strike was the 61st attack on U.S. forces since Oct. 17, officials said.",
     ("attacks", 61, "exact", OCT17, PUB)),
    # ten or more attacks count the campaign; fewer only when told as a total
    ("U.S. forces have been attacked 10 times since Oct. 17, officials said.",
     ("attacks", 10, "exact", OCT17, PUB)),
    ("U.S. forces have been attacked a total of nine times since Oct. 17, officials said.",
     ("attacks", 9, "exact", OCT17, PUB)),
    ("U.S. forces have been attacked 2 times in total since Oct. 17, officials said.",
     ("attacks", 2, "exact", OCT17, PUB)),
    # the dead, in each of the words for them
    ("Three U.S. service members have been killed in the attacks so far, the Pentagon said.",
     ("killed", 3, "exact", None, PUB)),
    ("Two U.S. soldiers have died in the attacks to date, officials said.",
     ("killed", 2, "exact", None, PUB)),
    ("The attacks have caused 3 deaths among U.S. troops so far, officials said.",
     ("killed", 3, "exact", None, PUB)),
    ("The militia attacks on U.S. bases have left 3 American troops dead in total.",
     ("killed", 3, "exact", None, PUB)),
    ("The attacks on U.S. forces since Oct. 17 have ended up killing 3 American soldiers in total.",
     ("killed", 3, "exact", OCT17, PUB)),
    ("The attacks on U.S. forces since Oct. 17 have so far ended up injuring 66 American troops.",
     ("injured", 66, "exact", OCT17, PUB)),
    ("Some 45 U.S. service members have suffered minor injuries in the attacks so far, officials said.",
     ("injured", 45, "approximately", None, PUB)),
    # the harm before the people it counts, and the attacks named in between
    ("The number of wounded American personnel from the attacks on their bases has grown to 52 overall.",
     ("injured", 52, "exact", None, PUB)),
    # an ordinal in words; the place of the act it counts restricts nothing
    ("The rocket salvo was the thirty-fourth attack on U.S. troops since Oct. 17, officials said.",
     ("attacks", 34, "exact", OCT17, PUB)),
    ("Troops in Iraq were attacked Monday, the 48th time since Oct. 17 that U.S. forces were targeted.",
     ("attacks", 48, "exact", OCT17, dt.date(2023, 11, 20))),
    # "assaults" counted as attacks; "servicemen" are people a casualty figure counts
    ("Between Oct. 17 and Nov. 2, U.S. forces faced at least 27 separate assaults, officials said.",
     ("attacks", 27, "at least", OCT17, dt.date(2023, 11, 2))),
    ("Officials said 31 American servicemen have been wounded in the attacks since Oct. 17.",
     ("injured", 31, "exact", OCT17, PUB)),
    # "totaling": the total named after the attacks
    ("The groups have kept up their attacks on U.S. forces, totaling about 66 since Oct. 17.",
     ("attacks", 66, "approximately", OCT17, PUB)),
    # the day a start is told on ("the war began on Oct. 7") is no day the figure was given
    ("Since the war began on Oct. 7, Iran-backed militias have mounted more than 90 attacks on U.S. bases.",
     ("attacks", 90, "more than", OCT17, PUB)),
    ("After the outbreak of the war on Oct. 7, Iran-backed militias mounted more than 90 attacks on "
     "U.S. bases.",
     ("attacks", 90, "more than", OCT17, PUB)),
    # but a day after "following" is the day the figure was given, not a start
    ("Following a briefing on Nov. 14, the Pentagon said there had been 55 attacks on U.S. forces "
     "since Oct. 17.",
     ("attacks", 55, "exact", OCT17, dt.date(2023, 11, 14))),
])
def test_campaign_totals_found(text: str, expected: tuple[object, ...]) -> None:
    tallies = extract_tallies(make_article(text, PUB))
    assert [(t.metric, t.value, t.qualifier, t.since, t.as_of) for t in tallies] == [expected]


def test_people_and_their_kind_after_a_count_of_attacks() -> None:
    text = ("Since Oct. 17, more than 60 attacks have hit U.S. forces, resulting in at least 59 U.S. "
            "personnel and service members being wounded.")
    tallies = extract_tallies(make_article(text, PUB))
    assert sorted((t.metric, t.value, t.qualifier) for t in tallies) == [
        ("attacks", 60, "more than"), ("injured", 59, "at least")]


@pytest.mark.parametrize("text", [
    "The US has 900 troops in Syria and 2,500 more in neighbouring Iraq.",
    "The Gaza health ministry says the campaign has killed more than 14,000 people since Oct. 7.",
    "A rocket attack on the base on Tuesday injured four U.S. service members, two of them seriously.",
    "The missiles struck the base, injuring as many as eight service members.",
    "A source said the strike had killed one fighter and wounded three others.",
    "Since the beginning of the year, there have been more than 40 attacks in Iraq targeting US interests.",
    "The F-16s flew 300 miles to reach the targets.",
    # one kind of injury: a part of the injured
    "Approximately 27 U.S. personnel have been evaluated for TBI and 32 for other injuries since the attacks "
    "began.",
    # the casualties of attacks of named days
    "Officials said 21 U.S. troops had been injured in attacks on Oct. 17 and 18 at al-Asad and al-Tanf.",
    # a part: one country, one base, a recent window, "of which"
    "U.S. bases in Syria alone have been attacked 35 times since October, the monitor said.",
    "U.S. troops at the Tanf garrison have been targeted 14 times since mid-October.",
    "In the past week alone there have been 12 attacks on U.S. forces in Iraq and Syria.",
    "U.S. forces in Iraq have been targeted in more than 40 attacks this year.",
    "Since last Friday's strikes, militants have launched 11 attacks against U.S. bases.",
    # lives another side's war took are no toll of the attacks on U.S. forces
    "Israel's offensive has claimed the lives of more than 20,000 Palestinians since Oct. 7.",
    # a period of other years, told by its years
    "The militias had attacked U.S. forces more than 60 times in 2021 and 2022, officials said.",
    # the attacked side's own strikes, the attackers their object
    "U.S. forces have struck the militias more than 85 times since the attacks began.",
    "U.S. forces have targeted militia sites in Iraq and Syria over 40 times since Oct. 17.",
    # counted from a later start, by its month or day: no total of the campaign
    "U.S. troops have been attacked 20 times in Syria and 14 times in Iraq since the start of November.",
    "Since January, militias have attacked U.S. forces more than 30 times, officials said.",
    "Between Nov. 20 and Dec. 31, militias attacked U.S. forces 40 times.",
    # one act's toll: told after words on that act, with no word of a count so far
    "Two soldiers were killed in the drone attack on the outpost on Sunday. The command is now tracking "
    "more than 30 U.S. service members with injuries, a spokesman said.",
    # an ordinal of one country's attacks
    "The drone attack was the 31st on U.S. bases in Syria since Oct. 19.",
    # other targets and other stories
    "The Houthis have carried out more than two dozen attacks on commercial ships since November.",
    "Three U.S. soldiers were killed and 34 were wounded in the drone attack on the outpost.",
    "Two U.S. contractors have been killed in attacks on bases in Syria since January 2021.",
    # fewer than ten, not told as a total
    "U.S. forces have been attacked nine times since Oct. 17, officials said.",
    # a handful left by some attacks: their own toll (a past tense, not a total so far)
    "U.S. jets struck militia sites after rocket attacks on two bases left three American troops injured.",
    # the other side's casualties, with the side's name before an act ("three US air strikes")
    "The militia had claimed rocket attacks on bases hosting US troops. Hospital sources said nine of the "
    "group's gunmen were killed and more than 30 wounded following two US air strikes near the border.",
])
def test_not_campaign_totals(text: str) -> None:
    assert extract_tallies(make_article(text, PUB)) == []


def test_a_figure_repeated_takes_its_qualifier_and_its_speaker_from_the_reports_that_give_them() -> None:
    text = ('"U.S. forces have been attacked approximately 58 times since October 17."\n\n'
            "U.S. forces have been attacked 58 times since Oct. 17, spokeswoman Sabrina Singh said.")
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.value, tally.qualifier, tally.source_kind, tally.speaker) == (
        58, "approximately", "official", "Singh")


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    # parts in two clauses, the second with its own verb of a total
    ("Since the war began, U.S. bases in Iraq have been targeted over 40 times, while in Syria, the number "
     "of attacks has exceeded 50.", 90, "more than"),
    ("Since Oct. 17 there have been as many as 31 attacks against U.S. forces in Syria and 26 in Iraq.", 57,
     "up to"),
    ("Since Oct. 17 there have been about 31 attacks against U.S. forces in Syria and 26 in Iraq.", 57,
     "approximately"),
    ("Attacks on U.S. forces since Oct. 17 have topped 100, officials said.", 100, "more than"),
])
def test_a_sum_or_a_total_keeps_what_its_words_say_of_it(text: str, value: int, qualifier: str) -> None:
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.metric, tally.value, tally.qualifier) == ("attacks", value, qualifier)


def test_a_window_that_reaches_back_to_the_campaigns_start_counts_the_campaign() -> None:
    text = "U.S. troops in Iraq and Syria were attacked at least 14 times in the past week, officials said."
    week_in = dt.date(2023, 10, 24)  # seven days after the campaign's start
    (tally,) = extract_tallies(make_article(text, week_in))
    assert (tally.value, tally.since, tally.as_of) == (14, OCT17, week_in)
    later = text.replace("past week", "past 30 days")
    (tally,) = extract_tallies(make_article(later, dt.date(2023, 11, 16)))
    assert (tally.value, tally.since) == (14, OCT17)
    # the same window said a month later is a recent window, not the campaign
    assert extract_tallies(make_article(text, PUB)) == []
    assert extract_tallies(make_article(text.replace("past week", "past few days"), week_in)) == []


@pytest.mark.parametrize("other", ["and 30 times in the past year", "and 30 times this year",
                                   "after 30 such attacks in the months before"])
def test_a_window_belongs_to_its_own_figure_not_to_the_others_of_its_sentence(other: str) -> None:
    """Only the figure whose words hold the window reaches back to the campaign's start: the
    sentence's other figure, of a longer window, is no campaign total since 17 Oct."""
    text = f"U.S. troops in Iraq and Syria were attacked 14 times in the past week, {other}, officials said."
    found = extract_tallies(make_article(text, dt.date(2023, 10, 24)))
    assert [(t.value, t.since) for t in found] == [(14, OCT17)]


def test_a_total_risen_over_a_window_is_the_total() -> None:
    text = ("The number of attacks on U.S. forces in Iraq and Syria rose to 47 over the past several days, "
            "a spokesman said.")
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.metric, tally.value) == ("attacks", 47)
    window = "There were 12 attacks on U.S. forces over the past week."
    assert extract_tallies(make_article(window, PUB)) == []


def test_she_said_is_the_speaker_named_before_not_one_named_later_in_her_sentence() -> None:
    text = ("Spokeswoman Dana Vale of the Pentagon briefed reporters on Tuesday.\n\n"
            "She said the attacks had caused about 48 injuries to U.S. troops since Oct. 17, not counting "
            "the five cited by Kirby.")
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.value, tally.source_kind, tally.speaker) == (48, "official", "Pentagon")
    unknown = text.replace("Spokeswoman Dana Vale of the Pentagon", "Dana Vale")
    (tally,) = extract_tallies(make_article(unknown, PUB))
    assert (tally.source_kind, tally.speaker) == ("outlet", None)


def test_injuries_to_people_are_injured_not_attacks() -> None:
    text = ("There have been at least 23 attacks on U.S. bases since Oct. 17, with the strikes causing "
            "injuries to 28 U.S. service members, officials said.")
    tallies = extract_tallies(make_article(text, PUB))
    assert sorted((t.metric, t.value) for t in tallies) == [("attacks", 23), ("injured", 28)]


def test_a_total_given_as_its_parts_is_their_sum() -> None:
    text = ("Since Oct. 17 there have been 31 attacks against U.S. forces in Syria and 26 in Iraq, "
            "the Defense Department said on Monday.")
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.value, tally.breakdown, tally.as_of) == (57, (("Iraq", 26), ("Syria", 31)),
                                                           dt.date(2023, 11, 20))


@pytest.mark.parametrize("text", [
    "Since the raids on bases began, 14 U.S. troops have been diagnosed with TBI, and three others "
    "suffered minor wounds in the attacks, officials said.",
    "Fourteen American soldiers were treated for mild concussions and three others were hurt as a "
    "result of the attacks, the Pentagon said.",
])
def test_an_injured_total_told_only_as_its_kinds_is_their_sum(text: str) -> None:
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.metric, tally.value, tally.qualifier) == ("injured", 17, "exact")
    assert tally.breakdown is not None and sorted(v for _, v in tally.breakdown) == [3, 14]


@pytest.mark.parametrize("text", [
    # one kind alone is a part, never the total; other people's injuries are no part of it
    "Since the raids on bases began, 14 U.S. troops have been diagnosed with TBI in the attacks.",
    "Since the raids on bases began, 14 U.S. troops have been diagnosed with TBI, and three others "
    "were deployed to the attacked bases.",
])
def test_one_kind_of_injury_alone_is_no_total(text: str) -> None:
    assert [t for t in extract_tallies(make_article(text, PUB)) if t.metric == "injured"] == []


@pytest.mark.parametrize("text", [
    # the people counted are those of the figure's own clause, not a side named past a dash
    "The raid -- which local officials said left at least five people dead -- was the first by "
    "American forces in the province since spring.",
    # one act's toll, the act named further on in the figure's clause
    "Four American soldiers were killed and at least a dozen other service members were hurt in a "
    "drone attack late overnight on a remote US post near the border, officials said, the first US "
    "deaths since the campaign began.",
])
def test_one_acts_dead_or_other_peoples_are_no_total_killed(text: str) -> None:
    assert [t for t in extract_tallies(make_article(text, PUB)) if t.metric == "killed"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington hit back for the many rocket attacks on US bases in the region that wounded 30 U.S. "
     "troops, officials said.", [("injured", 30)]),
    # one act's wounded are no total
    ("Washington hit back for the rocket attack on a US base in the region that wounded 30 U.S. "
     "troops, officials said.", []),
])
def test_the_attacks_in_the_plural_that_wounded_people_count_them_all(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert [(t.metric, t.value) for t in extract_tallies(make_article(text, PUB))] == expected


def test_parts_beside_a_stated_total_are_not_a_second_total() -> None:
    text = ('"U.S. forces have been attacked approximately 66 times since October 17," a spokeswoman '
            'said Tuesday. "32 separate times in Iraq, and 34 separate times in Syria."')
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.value, tally.breakdown) == (66, (("Iraq", 32), ("Syria", 34)))
    wrong = text.replace("34 separate", "30 separate")
    (tally,) = extract_tallies(make_article(wrong, PUB))
    assert (tally.value, tally.breakdown) == (66, None)


@pytest.mark.parametrize(("text", "kind", "speaker"), [
    ("The Pentagon says U.S. forces have been attacked 61 times since Oct. 17.", "official", "Pentagon"),
    ("U.S. forces have been attacked 61 times since Oct. 17, spokesman Pat Ryder said.", "official", "Ryder"),
    ("The Islamic Resistance in Iraq claimed more than 150 attacks on U.S. forces since October.", "claim",
     "Islamic Resistance in Iraq"),
    ("The Syrian Observatory for Human Rights counted 70 attacks on U.S. bases since Oct. 17.", "monitor",
     "Syrian Observatory for Human Rights"),
    ("U.S. troops have come under attack more than 100 times since the war began.", "outlet", None),
    # the outlet passes on an official's figure
    ("U.S. troops have been attacked 70 times since Oct. 17, a news site reported, citing a DOD official.",
     "official", "DoD"),
    # more verbs of giving a figure; a headline that ends on its source
    ("Singh affirmed that U.S. forces had faced at least 45 attacks since Oct. 17.", "official", "Singh"),
    ("The Pentagon earlier mentioned that there have been 52 attacks on U.S. troops since Oct. 17.",
     "official", "Pentagon"),
    ("U.S. forces in Iraq, Syria hit 41 times since mid-October: Pentagon", "official", "Pentagon"),
])
def test_every_figure_says_who_gave_it(text: str, kind: str, speaker: str | None) -> None:
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.source_kind, tally.speaker) == (kind, speaker)


@pytest.mark.parametrize("after", [
    "Most of the 12 attacks this week were in Syria.",
    "The Pentagon said on Monday that 12 service members were hurt in one attack.",
    "Militias have attacked 14 times at the Tanf garrison, the Pentagon said on Monday.",
])
def test_a_figure_takes_its_words_from_its_own_sentence(after: str) -> None:
    # the next sentence's figure, speaker and day are not this one's
    text = f"U.S. forces have been attacked 66 times since Oct. 17. {after}"
    tallies = extract_tallies(make_article(text, PUB))
    assert [(t.metric, t.value, t.since, t.as_of, t.source_kind, t.speaker) for t in tallies] == [
        ("attacks", 66, OCT17, PUB, "outlet", None)]
    assert tallies[0].sources[0].quote == "U.S. forces have been attacked 66 times since Oct. 17."


def test_parts_with_one_qualifier_sum_with_it() -> None:
    text = "There have been about 27 attacks on U.S. forces in Iraq and about 28 in Syria since Oct. 17."
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.value, tally.qualifier, tally.breakdown, tally.since) == (
        55, "approximately", (("Iraq", 27), ("Syria", 28)), OCT17)


def test_a_groups_count_of_its_own_attacks_is_its_claim() -> None:
    text = "The Islamic Resistance in Iraq said it had carried out 150 attacks on U.S. forces."
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.value, tally.source_kind, tally.speaker) == (150, "claim", "Islamic Resistance in Iraq")


def test_an_official_named_after_the_figure_gives_it_and_its_day() -> None:
    text = "U.S. forces have been attacked 66 times since Oct. 17, Singh told reporters on Monday."
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.source_kind, tally.speaker, tally.as_of) == ("official", "Singh", dt.date(2023, 11, 20))


def test_as_of_comes_from_the_speakers_day_in_the_sentence_before() -> None:
    text = ("A spokesman on Monday described repeated attacks on U.S. forces. "
            "At least 46 personnel sustained injuries in the attacks, he said.")
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.metric, tally.as_of) == ("injured", dt.date(2023, 11, 20))


def test_a_figure_about_those_attacks_is_given_by_who_gave_the_attacks() -> None:
    text = ("Since Oct. 17, according to Singh, U.S. forces have been attacked 66 times. At least 56 U.S. "
            "personnel have been injured in those attacks.")
    tallies = extract_tallies(make_article(text, PUB))
    assert sorted((t.metric, t.value, t.source_kind, t.speaker) for t in tallies) == [
        ("attacks", 66, "official", "Singh"), ("injured", 56, "official", "Singh")]


def test_since_words_say_what_they_stand_for() -> None:
    (tally,) = extract_tallies(make_article("There have been 70 attacks on U.S. troops since mid-October.",
                                            PUB))
    assert tally.since == OCT17 and tally.since_note is not None and "mid-October" in tally.since_note


def test_figures_of_another_year_are_not_campaign_figures() -> None:
    text = "U.S. forces in Iraq have been attacked more than 20 times since January, officials said."
    assert extract_tallies(make_article(text, dt.date(2021, 6, 28))) == []


def test_one_article_repeating_a_figure_gives_one_tally_with_both_quotes() -> None:
    text = ("Attacks on US forces reach 74\n\nMilitias have attacked U.S. forces 74 times since Oct. 17, "
            "the Pentagon said.")
    (tally,) = extract_tallies(make_article(text, PUB))
    assert len(tally.sources) == 2 and tally.source_kind == "official"


@pytest.mark.parametrize(("words", "value"), [
    ("66", 66), ("1,200", 1200), ("12,345,678", 12345678), ("1,20", None),
    ("dozen", 12), ("a dozen", 12), ("two dozen", 24), ("Five Dozen", 60), ("many dozen", None),
    ("a hundred", 100), ("nine", 9), ("seventy", 70),
])
def test_the_number_a_phrase_stands_for(words: str, value: int | None) -> None:
    assert value_of(words) == value


RYDER = "Pentagon spokesman Pat Ryder briefed reporters."
FIGURE = "U.S. forces have been attacked 66 times since Oct. 17, he said."


@pytest.mark.parametrize(("text", "expected"), [
    # (value, as_of, source_kind, speaker, breakdown): "..., he said" is the speaker of the
    # sentence just before, in the same paragraph, and only that one
    (f"{RYDER} {FIGURE}", (66, PUB, "official", "Pentagon", None)),
    (f"{RYDER}\n\n{FIGURE}", (66, PUB, "outlet", None, None)),
    (f"Ryder briefed reporters. The briefing was long. {FIGURE}", (66, PUB, "outlet", None, None)),
    ("Pat Ryder spoke on Nov. 14. U.S. forces have been attacked 66 times since Oct. 17, he said.",
     (66, dt.date(2023, 11, 14), "outlet", None, None)),
    # the day the speaker spoke, not another day of the sentence; no day after tomorrow
    ("U.S. forces had been attacked 66 times, a spokesman said on Nov. 14, up from 60 on Nov. 7.",
     (66, dt.date(2023, 11, 14), "official", "spokesman", None)),
    ("U.S. forces had been attacked 66 times as of Nov. 22, officials said.",
     (66, dt.date(2023, 11, 22), "outlet", None, None)),
    ("U.S. forces had been attacked 66 times as of Nov. 23, officials said.",
     (66, PUB, "outlet", None, None)),
    # a sum of parts keeps who gave it
    ("Since Oct. 17 there have been 31 attacks against U.S. forces in Syria and 26 in Iraq, the Pentagon "
     "said on Monday.", (57, dt.date(2023, 11, 20), "official", "Pentagon", (("Iraq", 26), ("Syria", 31)))),
    ("The Islamic Resistance in Iraq claimed 31 attacks on U.S. forces in Syria and 26 in Iraq since "
     "Oct. 17.",
     (57, PUB, "claim", "Islamic Resistance in Iraq", (("Iraq", 26), ("Syria", 31)))),
])
def test_who_gave_a_figure_and_on_which_day(text: str, expected: tuple[object, ...]) -> None:
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.value, tally.as_of, tally.source_kind, tally.speaker, tally.breakdown) == expected
    assert tally.id == "a1:t1"


# --- parts belong to their total; a figure's day is the briefing's ------------------------

FRIDAY = dt.date(2024, 2, 2)


@pytest.mark.parametrize("text", [
    "U.S. forces have been attacked 166 times since Oct. 17 — 67 times in Iraq, 98 times in Syria and once "
    "in Jordan, the Pentagon said.",
    "U.S. forces have been attacked 166 times since Oct. 17, the Pentagon said. There have been 67 attacks "
    "in Iraq, 98 in Syria and one in Jordan.",
])
def test_a_figure_with_its_parts_has_them_as_its_breakdown(text: str) -> None:
    (tally,) = extract_tallies(make_article(text, FRIDAY))
    assert (tally.value, tally.breakdown) == (166, (("Iraq", 67), ("Jordan", 1), ("Syria", 98)))


def test_parts_that_do_not_add_up_are_still_no_rival_total() -> None:
    text = ("U.S. forces have been attacked 166 times since Oct. 17, the Pentagon said. Of those, 67 attacks "
            "were in Iraq, 98 in Syria and two in Jordan.")
    (tally,) = extract_tallies(make_article(text, FRIDAY))
    assert (tally.value, tally.breakdown) == (166, None)


@pytest.mark.parametrize(("text", "day"), [
    # given at a named day's briefing: that day, not the day of an attack the sentence names
    ("At Tuesday's briefing, Singh said U.S. forces had been attacked 165 times since Oct. 17, including "
     "Monday's attack on a base in Syria.", dt.date(2024, 1, 30)),
    ("Singh told Wednesday's news conference that U.S. forces had been attacked 165 times since Oct. 17, "
     "counting Tuesday's attack.", dt.date(2024, 1, 31)),
    # "earlier Thursday" is Thursday's, whatever else the sentence dates
    ("Earlier Thursday, the Pentagon said U.S. forces had been attacked 166 times since Oct. 17, including "
     "Tuesday's attack in Syria.", dt.date(2024, 2, 1)),
    ("The Pentagon said earlier on Thursday that U.S. troops have been attacked 166 times since Oct. 17, "
     "counting Wednesday's attack.", dt.date(2024, 2, 1)),
    # the day of an attack the sentence names is not the day the figure was given
    ("About 70 U.S. personnel have been injured in the attacks since Oct. 17, not counting the Wednesday "
     "night attack, Singh said.", FRIDAY),
    ("U.S. forces have been attacked 166 times since Oct. 17, including an attack on Wednesday, Singh said.",
     FRIDAY),
])
def test_a_figure_given_at_a_named_days_briefing_is_that_days(text: str, day: dt.date) -> None:
    (tally,) = extract_tallies(make_article(text, FRIDAY))
    assert tally.as_of == day


# ---- the second story's running figures, through its profile's words --------------------

RS_PUB = dt.date(2024, 3, 6)
NOV19 = dt.date(2023, 11, 19)


@pytest.mark.parametrize(("text", "expected"), [
    # (metric, value, qualifier, rule)
    ("The rebels fired a missile at a tanker in the Gulf of Aden, the 31st attack by the group since "
     "Nov. 19, Central Command said.", ("attacks", 31, "exact", "ordinal_attack")),
    ("It was the 40th Houthi attack on commercial shipping in the Red Sea since November 19.",
     ("attacks", 40, "exact", "ordinal_attack")),
    ("The Houthis have launched more than 70 drone and missile attacks on merchant and naval vessels in "
     "the Red Sea since November.", ("attacks", 70, "more than", "attacks_counted")),
    ("Since November 19, Houthi rebels have launched attacks on at least 40 commercial vessels, an "
     "official said.", ("targets_hit", 40, "at least", "targets_hit_before")),
    ("The Houthis have seized one ship and sunk three since the campaign began.",
     ("targets_lost", 3, "exact", "targets_lost_before")),
    ("The Houthis have targeted more than 90 merchant vessels since November, in a campaign that has "
     "also killed five seafarers.", ("killed", 5, "exact", "harmed_perfect")),
    # "the war in Gaza" is a cause, not where the ships were attacked
    ("The Houthis have targeted more than 90 merchant vessels since the war in Gaza began.",
     ("targets_hit", 90, "more than", "targets_hit_before")),
    # what was fired or launched told between the verb and the counted ships
    ("Since November the rebels have fired drones and missiles at over 90 merchant vessels.",
     ("targets_hit", 90, "more than", "targets_hit_before")),
    ("The Houthis have launched drones, missiles and drone boats at more than 90 ships since November.",
     ("targets_hit", 90, "more than", "targets_hit_before")),
    # one ship lost, told by "another" after "one <ship>", or by "a" among the campaign's counts
    ("Since November the rebels have seized one merchant vessel and sunk another, officials said.",
     ("targets_lost", 1, "exact", "lost_one")),
    ("Since November the Houthi attacks have led to the seizure of one vessel and the sinking of another.",
     ("targets_lost", 1, "exact", "lost_one")),
    ("Houthi attacks have killed three crew members and sunk a cargo ship since November.",
     ("targets_lost", 1, "exact", "lost_one")),
    # the dead counted by the lives the attacks took
    ("Houthi attacks on shipping have claimed the lives of four seafarers since November.",
     ("killed", 4, "exact", "lives_taken")),
    # two verbs and two kinds of ship paired by "or"
    ("The Houthis have attacked or threatened more than 100 commercial or military ships since November.",
     ("targets_hit", 100, "more than", "targets_hit_before")),
    # the start's month with its year names the campaign's start, with no attackers named
    ("Shipping data show that 150 vessels have been attacked 210 times since November 2023.",
     ("targets_hit", 150, "exact", "targets_hit_after")),
    # the dead of a span told from the campaign's start are the campaign's, in the past simple too
    ("Between November 2023 and December 2024, the rebels hit more than 100 merchant ships with drones, "
     "sinking two of them and killing four sailors.", ("killed", 4, "exact", "harming_before")),
    # "a total of" with the perfect or a start is the count so far
    ("The rebels have targeted a total of 150 ships, their spokesman said.",
     ("targets_hit", 150, "exact", "targets_hit_before")),
    # a list of where the attacks came from, commas and all, between the number and "attacks"
    ("Since the rebels began in November 2023, more than 120 missile, aerial and naval drone attacks on "
     "ships have been logged.", ("attacks", 120, "more than", "attacks_counted")),
    # what the attacks counted just before led to: all of it so far
    ("Since November the rebels have fired on over 80 merchant ships. These attacks led to the capture of "
     "one vessel, the loss of a second and the deaths of three crew members.",
     ("killed", 3, "exact", "harming_before")),
    ("Since November the rebels have fired on over 80 merchant ships. Their attacks have resulted in the "
     "sinking of two others.", ("targets_lost", 2, "exact", "targets_lost_before")),
    # a ship sunk and another seized in one list, in the past simple: the campaign's toll so far
    ("The Houthis have harassed shipping off Yemen since November. They sank two vessels, hijacked a third "
     "and killed four crew members.", ("killed", 4, "exact", "harmed_listed")),
    ("The Houthis have harassed shipping off Yemen since November. They sank two vessels, hijacked a third "
     "and killed four crew members.", ("targets_lost", 2, "exact", "targets_lost_before")),
])
def test_red_sea_running_figures(text: str, expected: tuple[object, ...]) -> None:
    from briefing.topic import choose_topic

    found = extract_tallies(make_article(text, RS_PUB), choose_topic("red-sea"))
    assert expected in [(t.metric, t.value, t.qualifier, t.sources[0].rule) for t in found]


@pytest.mark.parametrize("text", [
    # the first story's count inside a Red Sea article is another story's
    "Iran-backed militias have attacked U.S. forces in Iraq and Syria more than 160 times since October.",
    # placed only where this story does not happen ([outside]), though counted from its start
    "U.S. troops in Iraq and Syria have been attacked with drones and missiles 76 times since mid-November, "
    "officials said.",
    # a count of one area's ships is not a campaign total
    "About 60 ships waited off the coast of Djibouti on Tuesday.",
    # one attack's crew
    "The Houthis attacked the bulk carrier, whose 23 crew members were unharmed.",
    # one salvo at a few ships on one day
    "On Sunday the Houthis launched two drones and a missile at three ships in the Red Sea.",
    # one ship sunk, told alone: the act, not the count so far
    "The Houthis have sunk a cargo ship in the Gulf of Aden, officials said.",
    "The rebels sank a bulk carrier on Monday and seized another.",
    # "a total of" one day's targets, in the past simple: that day's sum, not the count so far
    "The rebels said late Tuesday that they targeted a total of three ships in the Gulf of Aden.",
    "On Friday the Houthis attacked a total of 12 vessels with drones, their spokesman said.",
    # counted from a later start: the first strikes on the rebels, a later span
    "Since January 12, the rebels have attacked more than 30 merchant ships.",
    "Between March 2024 and May 2024, the rebels hit 20 merchant ships.",
    # "another" with no "one" before it: a further act, not a count of one
    "Since November the Houthis have attacked many ships and sunk another this week.",
    # a list of one day's harms (a day written) is that day's
    "The Houthis have harassed shipping off Yemen since November. On Sunday they sank a tanker, hijacked "
    "a freighter and killed two crew members.",
    # what one day's attacks led to is that day's toll
    "On Sunday the rebels fired missiles at two tankers in the Red Sea. These attacks led to the sinking "
    "of one ship and the deaths of three crew members.",
    # the ships the attacks damaged are no total of attacks ("the attacks ... to 34")
    "Since November, Houthi attacks have caused damage to 34 vessels, the report said.",
])
def test_red_sea_not_running_figures(text: str) -> None:
    from briefing.topic import choose_topic

    assert extract_tallies(make_article(text, RS_PUB), choose_topic("red-sea")) == []


@pytest.mark.parametrize("text", [
    # "a" ship sunk beside the count so far, but in the past simple or on a day of its own: that act
    "The Houthis have attacked more than 100 ships since November and on Tuesday sank a bulk carrier.",
    "Since November the rebels have hit more than 100 merchant ships; on Monday they sank a tanker.",
    "The rebels have attacked more than 100 ships since November, sinking a freighter on Tuesday.",
    "Since November the rebels have seized one tanker and on Friday sunk another.",
])
def test_one_ship_sunk_on_its_day_beside_the_count_is_no_count_of_ships_lost(text: str) -> None:
    from briefing.topic import choose_topic

    found = extract_tallies(make_article(text, RS_PUB), choose_topic("red-sea"))
    assert [t for t in found if t.metric == "targets_lost"] == []


@pytest.mark.parametrize(("text", "value"), [
    # a later month in another clause is that clause's
    ("U.S. forces have been attacked more than 180 times since October, but there has been a lull since "
     "February.", 180),
    # a figure whose own words count from the start is the campaign's, whatever else the sentence says
    ("Since Feb. 2 the militias had held their fire, and Monday's drone was the 170th attack since "
     "Oct. 17.", 170),
    # a start written a few days before the campaign's (the war that set it off)
    ("Militias have attacked U.S. forces more than 60 times since Oct. 7.", 60),
])
def test_a_later_start_elsewhere_in_the_sentence_leaves_the_total(text: str, value: int) -> None:
    assert [t.value for t in extract_tallies(make_article(text, PUB))] == [value]


@pytest.mark.parametrize(("text", "value"), [
    # a headline's passive, with no object: the attacks on the side
    ("US Troops Attacked 66 Times in Iraq and Syria Since Oct. 17", 66),
    ("U.S. troops, attacked more than 60 times since Oct. 17, have hardened their bases.", 60),
    # the attackers the subject of a clause after the side
    ("U.S. forces, whom the militias have attacked 70 times since Oct. 17, stay in Syria.", 70),
])
def test_the_side_attacked_named_before_the_verb_without_an_object(text: str, value: int) -> None:
    assert [t.value for t in extract_tallies(make_article(text, PUB))] == [value]


def test_the_dead_of_a_span_not_from_the_start_are_no_running_total() -> None:
    from briefing.topic import choose_topic

    text = ("Between March 2024 and May 2024, the rebels hit 20 merchant ships with drones, killing three "
            "sailors.")
    found = extract_tallies(make_article(text, RS_PUB), choose_topic("red-sea"))
    assert [t.value for t in found if t.metric == "killed"] == []


def test_the_first_story_counts_no_ships() -> None:
    """Its profile names no targets counted one by one: "80 merchant vessels" is no figure of it."""
    text = ("Militias and the Houthis have targeted more than 80 merchant vessels since Oct. 17, "
            "officials said.")
    assert [t.metric for t in extract_tallies(make_article(text, PUB))] == []


def test_a_headlines_round_figure_over_the_bodys_is_the_bodys_rounded() -> None:
    text = ("Militias Hit U.S. Troops 80 Times Since October\n\n"
            "U.S. forces in Iraq and Syria have been attacked at least 83 times since Oct. 17, a defense "
            "official said Monday.")
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.value, tally.qualifier, tally.source_kind) == (83, "at least", "official")
    assert [s.quote.split()[0] for s in tally.sources] == ["U.S.", "Militias"]
    # a headline's figure the body does not round stays a figure of its own
    apart = text.replace("83 times", "95 times")
    assert sorted(t.value for t in extract_tallies(make_article(apart, PUB))) == [80, 95]


@pytest.mark.parametrize(("text", "value", "parts"), [
    ("Since Oct. 17 there have been 12 separate attacks on U.S. forces in Iraq and seven separate "
     "attacks in Syria, a spokesman said.", 19, (("Iraq", 12), ("Syria", 7))),
    ("From Oct. 17 to Oct. 24, U.S. troops were targeted 11 times in Iraq and four times in Syria, "
     "officials said.", 15, (("Iraq", 11), ("Syria", 4))),
])
def test_a_further_part_of_a_total_told_as_its_parts_may_be_small(
        text: str, value: int, parts: tuple[tuple[str, int], ...]) -> None:
    """Fewer than ten attacks are no total by themselves, but the second area's count after the
    first's is a part of the sum all the same."""
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.metric, tally.value, tally.breakdown) == ("attacks", value, parts)


@pytest.mark.parametrize("text", [
    # a small count with a day of its own is that day's, not a part
    "Militias have attacked U.S. forces 40 times in Iraq since Oct. 17 and four times in Syria on Monday.",
    # one area's small count alone is a part, never a total
    "U.S. troops in Syria were targeted seven separate times since Oct. 17, officials said.",
])
def test_small_counts_that_are_no_part_of_a_sum(text: str) -> None:
    assert extract_tallies(make_article(text, PUB)) == []


@pytest.mark.parametrize("text", [
    "Before the Tower 22 attack, U.S. forces had faced a string of attacks by Iran-backed groups, "
    "numbering about 160 since Oct. 17.",
    "Even before the Al-Asad Airbase incident, militias had been carrying out a series of attacks on U.S. "
    "troops, totaling some 66 since Oct. 17.",
])
def test_a_base_that_names_an_act_is_no_place_of_the_count(text: str) -> None:
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.metric, tally.qualifier) == ("attacks", "approximately")


def test_a_count_at_one_base_stays_a_part() -> None:
    text = "U.S. forces at Al-Asad have come under attack 14 times since Oct. 17, officials said."
    assert extract_tallies(make_article(text, PUB)) == []


@pytest.mark.parametrize(("text", "value"), [
    ("The raid answered the attacks on American troops, of which there have been more than 150 since "
     "mid-October, the command said.", 150),
    ("The attacks on U.S. bases have gone on for weeks -- there have been 61 since Oct. 17.", 61),
])
def test_attacks_counted_by_there_have_been_after_them(text: str, value: int) -> None:
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.metric, tally.value) == ("attacks", value)


@pytest.mark.parametrize("text", [
    # the number names its own noun: no count of the attacks
    "The attacks on U.S. bases went on, and there have been 40 arrests since Oct. 17.",
    # acts of the other side
    "The strikes on militia depots, of which there have been 40 since Oct. 17, go on.",
])
def test_there_have_been_counts_only_the_attacks_it_follows(text: str) -> None:
    assert extract_tallies(make_article(text, PUB)) == []


def test_a_speakers_aside_between_the_people_and_their_injuries() -> None:
    text = ("Militias have kept up their attacks on U.S. bases since Oct. 17. Some 24 other U.S. service "
            "members, the secretary said, suffered 'minor injuries' and have returned to duty.")
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.metric, tally.value, tally.qualifier) == ("injured", 24, "approximately")


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("The command on Monday put the number of militia attacks on U.S. troops at 58.", 58, "exact"),
    ("Attacks on U.S. forces (151 since Oct. 17) have mostly failed, officials said.", 151, "exact"),
    ("The militia attacks -- more than 160 so far -- went on after the strikes on Jan. 4.", 160, "more than"),
])
def test_a_count_put_at_a_figure_or_set_beside_the_attacks(text: str, value: int, qualifier: str) -> None:
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.metric, tally.value, tally.qualifier) == ("attacks", value, qualifier)


@pytest.mark.parametrize("text", [
    "The two attacks on U.S. forces, 12 hours apart, hit Al-Asad.",
    "Attacks on U.S. forces (2023) were studied by the institute.",
    "The command put the number of drones fired at U.S. forces at 40.",
    "The number of attacks on U.S. forces peaked at 20 in November.",
])
def test_numbers_beside_attacks_that_count_no_attacks(text: str) -> None:
    assert extract_tallies(make_article(text, PUB)) == []


TRANSCRIPT = """DEFENSE OFFICIAL: Good afternoon. I have one thing at the top and then I will take questions.

Q: Can you give us the latest count of attacks on U.S. forces?

DEFENSE OFFICIAL: Sure. Since Oct. 17 there have been 31 attacks on U.S. forces in Iraq and Syria.

Q: There have been more than 40 attacks on U.S. forces since Oct. 17, some say. Is that wrong?
"""


def test_a_figure_in_a_transcripts_turn_is_its_speakers() -> None:
    """The official whose label opens the turn gives it; a reporter's question gives nothing."""
    tallies = {t.value: (t.source_kind, t.speaker) for t in extract_tallies(make_article(TRANSCRIPT, PUB))}
    assert tallies == {31: ("official", "defense official"), 40: ("outlet", None)}
    # one label alone is no transcript ("BREAKING:", "WASHINGTON:" open reports too)
    single = "WASHINGTON: Since Oct. 17 there have been 31 attacks on U.S. forces in Iraq and Syria."
    (tally,) = extract_tallies(make_article(single, PUB))
    assert (tally.source_kind, tally.speaker) == ("outlet", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Two drone attacks hit the Tanf garrison on Oct. 18 and two more hit Al-Asad. During the latter "
     "attacks, 20 U.S. personnel sustained minor injuries, officials said.", []),
    ("Since the attacks began in mid-October, some 56 U.S. personnel have been injured, officials said.",
     [("injured", 56)]),
])
def test_injuries_in_acts_pointed_at_one_by_one_are_their_toll(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert [(t.metric, t.value) for t in extract_tallies(make_article(text, PUB))] == expected


def test_a_quoted_figure_is_said_by_whoever_closes_the_quotation_on_their_day() -> None:
    text = ('"Militias have attacked U.S. forces 48 times since Oct. 17. None of the attacks caused '
            'lasting damage," the Pentagon press secretary said on Monday.')
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.value, tally.source_kind, tally.speaker, tally.as_of) == (
        48, "official", "Pentagon", dt.date(2023, 11, 20))
    # a quotation that another one follows before it closes names nobody for it
    apart = ('"Militias have attacked U.S. forces 48 times since Oct. 17. None of the attacks caused '
             'lasting damage." Another official, "speaking on background," said on Monday the attacks '
             'went on.')
    (tally,) = extract_tallies(make_article(apart, PUB))
    assert (tally.source_kind, tally.as_of) == ("outlet", PUB)
    # a day the quotation itself tells is an act's, not the day its speaker spoke
    inside = ('"Militias have attacked U.S. forces 48 times since Oct. 17. The worst came on '
              'Nov. 12," the Pentagon press secretary said.')
    (tally,) = extract_tallies(make_article(inside, PUB))
    assert (tally.speaker, tally.as_of) == ("Pentagon", PUB)


def test_a_figure_takes_the_one_day_the_article_says_its_speaker_spoke() -> None:
    briefed = ("Spokesman Pat Ryder told reporters on Monday that the strikes were over.\n\n"
               "Militias have attacked U.S. forces 48 times since Oct. 17, Ryder said.")
    (tally,) = extract_tallies(make_article(briefed, PUB))
    assert tally.as_of == dt.date(2023, 11, 20)
    # two days for one speaker: the day cannot be told, the publication date stays
    twice = briefed.replace("strikes were over.",
                            "strikes were over. Ryder said on Friday the raids went on.")
    (tally,) = extract_tallies(make_article(twice, PUB))
    assert tally.as_of == PUB
    # a statement of weeks before, told as background, is not the day of the figure given today
    background = briefed.replace("told reporters on Monday", "said on Oct. 26")
    (tally,) = extract_tallies(make_article(background, PUB))
    assert tally.as_of == PUB


@pytest.mark.parametrize(("text", "as_of"), [
    # a day without its year, in an undated article, after a count's start: the first such day after it
    ("The Pentagon said on November 14 that since Oct. 17 there have been 55 attacks on U.S. forces.",
     dt.date(2023, 11, 14)),
    ("On November 16, the channel reported that U.S. bases had come under 58 attacks since Oct. 17.",
     dt.date(2023, 11, 16)),
    # the end of a closed span is not the day the count was told
    ("U.S. bases came under 40 attacks between Oct. 17 and November 7, the Pentagon said.", None),
    # the day of one act is not the day the figure was given
    ("Since Oct. 17 there have been 55 attacks on U.S. forces, including the drone attack on November 12.",
     None),
    # nor another count's day, a bound or another act's: only a day told as the telling's
    ("Militias have attacked U.S. forces 66 times since Oct. 17, compared with 40 by Nov. 7.", None),
    ("There have been 55 attacks on U.S. forces since Oct. 17, and none caused a death before Jan. 28.",
     None),
    ("There have been 55 attacks on U.S. forces since Oct. 17; Norland hit back, most recently on Nov. 12.",
     None),
])
def test_an_undated_articles_yearless_day_falls_after_the_counts_start(
        text: str, as_of: dt.date | None) -> None:
    (tally,) = extract_tallies(make_article(text))
    assert (tally.since, tally.as_of) == (OCT17, as_of)


def test_a_repeated_figure_keeps_the_day_one_report_gives_it() -> None:
    text = ("Militia Attacks on U.S. Bases Reach 165\n\n"
            "The Pentagon said on January 30 that U.S. bases had come under 165 attacks since October 17.")
    (tally,) = extract_tallies(make_article(text))
    assert (tally.value, tally.as_of, len(tally.sources)) == (165, dt.date(2024, 1, 30), 2)


@pytest.mark.parametrize("text", [
    "After the winter, the number of attacks on U.S. forces fell to 20 a month, officials said.",
    "The number of attacks on U.S. forces dropped to 12 in March from 40 in January.",
    "Attacks on U.S. forces in Iraq and Syria declined sharply to 15 last month.",
    "Militias have attacked U.S. forces some 30 times a month since Oct. 17.",
])
def test_a_count_that_falls_or_a_rate_is_no_running_total(text: str) -> None:
    assert extract_tallies(make_article(text, PUB)) == []


def test_a_count_a_day_after_an_act_is_no_rate() -> None:
    text = "Militias had launched 160 attacks on U.S. forces since Oct. 17 a day before the strikes."
    assert [t.value for t in extract_tallies(make_article(text, PUB))] == [160]


# ---- forms of batch p (issue 23): each general, each with what it must not take ----

@pytest.mark.parametrize(("text", "expected"), [
    # a figure inside quotation marks, its qualifier with it
    ('Bases housing U.S. troops have been hit "more than 70 times" since Oct. 17, a spokesman said.',
     ("attacks", 70, "more than")),
    # an act told raising the total: the window is the act's, the figure the total
    ("Militants struck U.S. forces three times in the past 48 hours, bringing the number of attacks to 61, "
     "officials said.", ("attacks", 61, "exact")),
    ("Militia drones hit U.S. forces twice over the past week, pushing the tally of attacks to 83.",
     ("attacks", 83, "exact")),
    # a span the count took is no rate
    ("U.S. forces have been attacked 58 times in less than a month, officials said.",
     ("attacks", 58, "exact")),
    # the people report the injuries
    ("So far at least 51 U.S. troops have reported experiencing minor injuries in the attacks.",
     ("injured", 51, "at least")),
    # (the US side named in the sentence before)
    ("Militia attacks keep hitting bases that house U.S. troops. Some 38 Americans are reporting minor "
     "injuries, officials said.", ("injured", 38, "approximately")),
    # the people as a modifier of the injuries
    ("The attacks since Oct. 17 have caused over 70 U.S. troop injuries.", ("injured", 70, "more than")),
    # a list of weapons, with commas, before the attacks it counts
    ("Iran-backed militias have mounted at least 112 drone, rocket, and missile attacks on U.S. bases.",
     ("attacks", 112, "at least")),
    # forces named with "armed"
    ("Since that day, the 81 attacks on bases of the U.S. armed forces have hurt many.",
     ("attacks", 81, "exact")),
])
def test_forms_of_running_figures_read(text: str, expected: tuple[object, ...]) -> None:
    tallies = extract_tallies(make_article(text, PUB))
    assert [(t.metric, t.value, t.qualifier) for t in tallies] == [expected]


@pytest.mark.parametrize("text", [
    # a rate is still no total; a count that falls is none either
    "Militias have attacked U.S. forces about 30 times a month since the spring.",
    # a number raised that is no count of attacks
    "The deployment of 900 more troops brings the number of U.S. personnel in the region to 2,400.",
    # other people's dead in attacks by the US side
    "The Iraqi government said at least 16 people were killed and 25 injured in the US attacks.",
    # people who report for something else
    "At least 45 U.S. personnel have reported for duty at the base since the attacks began.",
    # weapons listed without the word for attacks
    "Iran-backed militias have fired at least 112 drones, rockets, and missiles since October.",
])
def test_forms_of_running_figures_not_taken(text: str) -> None:
    assert extract_tallies(make_article(text, PUB)) == []


def test_a_figure_said_by_a_voice_in_the_progressive_is_theirs() -> None:
    text = "The Pentagon is now saying some 30 U.S. troops have sustained minor injuries in the attacks."
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.value, tally.source_kind, tally.speaker) == (30, "official", "Pentagon")


@pytest.mark.parametrize(("text", "kind", "speaker"), [
    # the sentence right after points back at the figure and names who gave it
    ("Since Oct. 17 the number of attacks on U.S. bases has grown to 118. Spokesman Pat Ryder "
     "announced this at a briefing.", "official", "Ryder"),
    ("Most of the attacks have failed, but at least 52 U.S. troops have reported minor injuries. Most of "
     "those were concussions, according to the Pentagon.", "official", "Pentagon"),
    # a voice that does not point back gives the figure nothing
    ("Since Oct. 17 the number of attacks on U.S. bases has grown to 118. The Pentagon said it would "
     "respond.", "outlet", None),
    # "those" that is not the figure's, "the number of" another count
    ("Since Oct. 17 the number of attacks on U.S. bases has grown to 118. The Pentagon said those "
     "responsible would be held to account.", "outlet", None),
    ("Since Oct. 17 the number of attacks on U.S. bases has grown to 118. The number of troops in Iraq "
     "is 2,500, the Pentagon said.", "outlet", None),
    # a sentence pointing back with no official voice neither
    ("Since Oct. 17 the number of attacks on U.S. bases has grown to 118. Analysts doubt this figure.",
     "outlet", None),
])
def test_the_voice_of_the_sentence_after_that_points_back_gives_the_figure(
        text: str, kind: str, speaker: str | None) -> None:
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.source_kind, tally.speaker) == (kind, speaker)


def test_the_day_of_the_sentence_after_that_points_back_is_the_figures() -> None:
    text = ("U.S. forces in Iraq and Syria have been attacked at least 49 times since Oct. 17.\n\n"
            "Speaking to reporters on Thursday, Pentagon spokeswoman Singh said 50 troops were hurt in these "
            "attacks.")
    tallies = extract_tallies(make_article(text, PUB))
    attacks = next(t for t in tallies if t.metric == "attacks")
    assert (attacks.source_kind, attacks.as_of) == ("official", dt.date(2023, 11, 16))


@pytest.mark.parametrize(("text", "expected"), [
    # a figure told as given before and since revised: its day is not the article's, and not told
    ("The Pentagon initially said that 34 U.S. service members had been injured in the attacks. More "
     "injuries were found later.", []),
    ("Officials had previously put the number of attacks on U.S. forces at 41 since Oct. 17.", []),
    # the revised figure beside it is taken
    ("The Pentagon originally said 34 U.S. troops were injured in the attacks; it now says 47 U.S. troops "
     "have been injured since Oct. 17.", [47]),
])
def test_a_figure_told_as_given_before_and_revised_is_not_taken(text: str, expected: list[int]) -> None:
    assert [t.value for t in extract_tallies(make_article(text, PUB))] == expected


@pytest.mark.parametrize(("text", "values"), [
    # the side's own strikes told after the attacks on it: the verb nearest the number says whose
    ("Militias have attacked U.S. troops more than 150 times since Oct. 17, and U.S. forces have hit militia "
     "sites 12 times.", [150]),
    # "under attack" is one verb, whoever is named after it
    ("U.S. forces have come under attack from the militias at least 66 times since Oct. 17.", [66]),
])
def test_the_attack_verb_nearest_the_number_says_who_was_struck(text: str, values: list[int]) -> None:
    assert [t.value for t in extract_tallies(make_article(text, PUB))] == values


# ---- injuries counted by the noun alone (issue 23) ----

@pytest.mark.parametrize(("text", "expected"), [
    # the attacks told back right after a sentence that counts them caused the injuries
    ("From Oct. 17 to Nov. 20 U.S. and partner forces were attacked 61 times, the command reported. "
     "The attacks caused 64 injuries, most of them concussions.", [("attacks", 61), ("injured", 64)]),
    # the injuries' own parts, named right after them, are the side's people
    ("Those attacks have led to 52 injuries, including 30 U.S. service members with concussions.",
     [("injured", 52)]),
])
def test_injuries_told_by_the_noun_alone_are_the_sides_when_their_cause_or_parts_say_so(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert [(t.metric, t.value) for t in extract_tallies(make_article(text, PUB))] == expected


@pytest.mark.parametrize("text", [
    # injuries of people named after the noun are theirs
    ("U.S. forces were attacked 61 times since Oct. 17. The attacks caused 64 injuries among local "
     "contractors."),
    # "the attacks" after a sentence that counts no attacks of the campaign
    "U.S. jets struck militia depots overnight. The attacks caused 64 injuries, a local official said.",
    # the side's people only a part after others: the injuries are not all theirs
    "Those attacks have led to 52 injuries, including 30 villagers and two U.S. service members.",
    # after a count of the side's attacks, injuries placed elsewhere or told by a voice of their own
    # may be anyone's (the reviewer's cases)
    ("Militias have attacked U.S. forces 55 times since Oct. 17. The attacks caused 64 injuries in nearby "
     "villages."),
    "Militias have attacked U.S. forces 55 times since Oct. 17. The attacks caused 64 injuries, Iraqi health "
    "officials said.",
])
def test_injuries_told_by_the_noun_alone_without_the_side_are_not_taken(text: str) -> None:
    assert [t.value for t in extract_tallies(make_article(text, PUB)) if t.metric == "injured"] == []


# ---- the dead of a campaign told with its ships sunk and seized (issue 22) ----

@pytest.mark.parametrize(("text", "expected"), [
    # a list of a ship seized and ships sunk is no one act's toll, after a sentence on one act
    ("A rebel drone struck the tanker's bridge on Monday, the navy said. Since November the rebels have "
     "fired on over 70 merchant ships. They have hijacked one vessel and sunk two, killing three seafarers.",
     ("killed", 3)),
    # what the campaign itself did, in the past simple
    ("Since November the rebels have fired on over 70 merchant ships. They captured one and sank two in "
     "the campaign, which also killed three seafarers.", ("killed", 3)),
])
def test_the_dead_of_a_campaign_told_with_its_ships_sunk_and_seized(
        text: str, expected: tuple[str, int]) -> None:
    from briefing.topic import choose_topic

    found = extract_tallies(make_article(text, RS_PUB), choose_topic("red-sea"))
    assert expected in [(t.metric, t.value) for t in found]


@pytest.mark.parametrize("text", [
    # one raid that also killed, and a campaign told with no harm of its own
    "The rebels sank a freighter on Monday in a raid, which also killed three seafarers.",
    "A rebel drone struck the tanker's bridge on Monday, the navy said. The attack sank the tanker and "
    "killed three seafarers.",
])
def test_the_dead_of_one_raid_are_no_campaign_figure(text: str) -> None:
    from briefing.topic import choose_topic

    found = extract_tallies(make_article(text, RS_PUB), choose_topic("red-sea"))
    assert [t.value for t in found if t.metric == "killed"] == []


# ---- a count on the campaign the sentence before tells (issue 23) ----

@pytest.mark.parametrize(("text", "value"), [
    # "since then": the start of the side's attacks the sentence before tells
    ("Attacks on U.S. troops in the region began on Oct. 17. Since then, a research group in London has "
     "catalogued more than 95 attacks.", 95),
    # "total" after a sentence naming the attackers and the side
    ("Iran-backed militias struck bases housing U.S. troops again this week. The command has logged 84 "
     "attacks in total, its spokesman said.", 84),
])
def test_a_count_on_the_campaign_the_sentence_before_tells(text: str, value: int) -> None:
    assert [(t.metric, t.value) for t in extract_tallies(make_article(text, PUB))] == [("attacks", value)]


@pytest.mark.parametrize("text", [
    # "since then" after another start (a strike of a named day), or no start told at all
    "U.S. jets struck a militia depot on Jan. 4. Since then, a research group has catalogued 35 attacks.",
    "Militias fired rockets at U.S. troops on Monday. Since then, a think tank has catalogued 35 attacks.",
    # "total" after a sentence that names no attack on the side
    "The talks on the coalition's future resumed on Monday. The command has logged 84 incidents in total.",
])
def test_a_count_after_a_sentence_that_tells_no_start_of_the_campaign_is_not_taken(text: str) -> None:
    assert extract_tallies(make_article(text, PUB)) == []


def test_a_figure_in_curly_quotation_marks_is_said_by_whoever_closes_them() -> None:
    # the quotation opens with a curly mark and closes, with its speaker, a sentence later
    text = ("“Militias have attacked U.S. forces 48 times since Oct. 17. None of the attacks caused "
            "lasting damage,” the Pentagon press secretary said on Monday.")
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.source_kind, tally.speaker, tally.as_of) == ("official", "Pentagon", dt.date(2023, 11, 20))


@pytest.mark.parametrize(("text", "expected"), [
    # the latest round's targets, though told in the perfect tense, are that round's
    ("The rebels say they have carried out new operations against shipping, targeting four vessels in the "
     "Gulf of Aden with drones.", []),
    # a count so far beside the latest round stays the count so far
    ("The rebels, whose latest attacks hit a tanker, have targeted more than 90 ships since November.",
     [("targets_hit", 90)]),
])
def test_the_targets_of_the_latest_round_are_no_count_so_far(
        text: str, expected: list[tuple[str, int]]) -> None:
    from briefing.topic import choose_topic

    found = extract_tallies(make_article(text, RS_PUB), choose_topic("red-sea"))
    assert [(t.metric, t.value) for t in found] == expected


def test_a_figure_of_the_attacks_told_back_is_given_by_the_voice_before() -> None:
    # "The attacks ..." goes on from the sentence before: its voice gives the figure
    text = ("From Oct. 17 to Nov. 20 U.S. and partner forces were attacked 61 times, the Pentagon reported. "
            "The attacks caused 64 injuries, most of them concussions.")
    injured = next(t for t in extract_tallies(make_article(text, PUB)) if t.metric == "injured")
    assert (injured.source_kind, injured.speaker) == ("official", "Pentagon")


@pytest.mark.parametrize("text", [
    # attacks told back on someone else caused someone else's injuries
    "U.S. forces have been attacked 60 times since Oct. 17. The attacks on Israel caused 300 injuries.",
    # "since then" after a start and a later stop counts from the stop
    "Attacks on U.S. forces began on Oct. 17 and stopped after the strikes. Since then, a think tank has "
    "logged 30 attacks.",
    # "so far" in a voice that is no official's or monitor's, or on another target
    "U.S. troops in Iraq came under militia fire on Monday. Local police have logged 78 attacks so far.",
    "U.S. troops in Iraq came under militia fire again on Monday. The Pentagon has recorded 78 attacks on "
    "shops so far.",
])
def test_a_count_told_on_from_the_sentence_before_needs_the_campaign_there(text: str) -> None:
    assert [(t.metric, t.value) for t in extract_tallies(make_article(text, PUB))
            if t.value in (300, 30, 78)] == []


# A wire line of another day than the page's (dates.text_today): a figure's day told under it counts
# from the wire's day, as that text's events do; the page's publication date is unchanged.
WIRE_AHEAD = (" date 2024-05-14 Attacks go on\n\nPosted\n05/14/2024 9:40:02 PM\n\n"
              "KIRKUK, May 15 (Wire) -- ")  # a wire of a time zone ahead, on the page the evening before
WIRE_BEHIND = (" date 2024-02-08 Attacks go on\n\n(Wire) 08:50, February 08, 2024\n\n"
               "BAGHDAD, Feb. 7 (Wire) -- ")  # a wire of the 7th, on a far-east page the next morning


@pytest.mark.parametrize(("top", "told", "as_of"), [
    (WIRE_AHEAD, "yesterday", dt.date(2024, 5, 14)),
    (WIRE_AHEAD, "today", dt.date(2024, 5, 15)),  # the wire's today, the page's tomorrow
    (WIRE_BEHIND, "yesterday", dt.date(2024, 2, 6)),
])
def test_a_figures_day_under_a_wire_line_counts_from_the_wires_day(top: str, told: str,
                                                                   as_of: dt.date) -> None:
    article = make_article(top + "Militias have attacked U.S. forces more than 160 times since "
                                 f"Oct. 17, a Pentagon spokesman told reporters {told}.")
    assert article.wire_today is not None
    (tally,) = extract_tallies(article)
    assert (tally.value, tally.as_of) == (160, as_of)


def test_a_figures_day_on_a_page_without_a_wire_line_of_its_own_counts_from_the_page() -> None:
    article = make_article(" date 2024-02-08 Attacks go on\n\nBAGHDAD, Feb. 8 (Wire) -- Militias have "
                           "attacked U.S. forces more than 160 times since Oct. 17, a Pentagon spokesman "
                           "told reporters yesterday.")
    assert article.wire_today is None
    (tally,) = extract_tallies(article)
    assert tally.as_of == dt.date(2024, 2, 7)


# Strikes counted by the side they hit, named right after them: the attacks on it, in either story
# (the side's own strikes name their targets, and are no count of attacks on it).
@pytest.mark.parametrize(("text", "topic", "value"), [
    ("The militias belong to an alliance of armed factions that has launched more than 170 strikes on "
     "U.S. troops in Iraq and Syria.", None, 170),
    ("Militants have carried out at least 60 drone and rocket strikes against American forces since "
     "mid-October, officials said.", None, 60),
    ("The rebels have launched over 70 strikes on shipping since November, a maritime agency said.",
     "red-sea", 70),
])
def test_strikes_counted_by_the_side_they_hit_are_attacks_on_it(text: str, topic: str | None,
                                                                value: int) -> None:
    from briefing.topic import choose_topic

    found = extract_tallies(make_article(text, PUB), choose_topic(topic) if topic else None)
    assert [(t.metric, t.value) for t in found] == [("attacks", value)]


@pytest.mark.parametrize("text", [
    "U.S. forces have carried out more than 85 strikes on militia sites in Iraq and Syria since October.",
    "The U.S. has launched 40 strikes against Iran-backed groups since U.S. troops came under fire.",
    "Israel has launched more than 150 strikes on Gaza, while U.S. troops in Iraq were attacked again.",
])
def test_the_sides_own_strikes_are_no_count_of_attacks_on_it(text: str) -> None:
    assert extract_tallies(make_article(text, PUB)) == []


# An injured total told only as its kinds, with the Pentagon's verb of evacuation and "an additional N"
@pytest.mark.parametrize("text", [
    "Since Oct. 17, at least 14 U.S. troops have been evacuated due to traumatic brain injuries from the "
    "attacks, and additional 9 have been evacuated for minor injuries.",
    "Because of the attacks on U.S. bases since mid-October, 14 American personnel were evacuated with TBI, "
    "with an additional 9 evacuated for non-serious injuries.",
])
def test_an_injured_total_told_as_the_kinds_evacuated_is_their_sum(text: str) -> None:
    (tally,) = extract_tallies(make_article(text, PUB))
    assert (tally.metric, tally.value, len(tally.breakdown or ())) == ("injured", 23, 2)


# A round figure told "nearly" or "about" beside the exact one: the same figure, rounded
@pytest.mark.parametrize(("text", "expected"), [
    ("The Pentagon said there have been 44 attacks on U.S. forces since Oct. 17, with minor injuries to "
     "nearly 50 U.S. personnel. Of those, 21 U.S. troops were diagnosed with TBI, and 27 others suffered "
     "minor injuries.", {("attacks", 44), ("injured", 48)}),
    # (in the body: a headline's round figure is the body's rounded already)
    ("Drones hit a base in Syria. Militias have attacked U.S. forces about 150 times since October. The "
     "Pentagon counts 153 attacks on U.S. troops since Oct. 17.", {("attacks", 153)}),
])
def test_a_round_figure_told_nearly_the_exact_one_is_that_figure_rounded(
        text: str, expected: set[tuple[str, int]]) -> None:
    assert {(t.metric, t.value) for t in extract_tallies(make_article(text, PUB))} == expected


def test_a_round_figure_far_from_another_is_a_figure_of_its_own() -> None:
    text = ("Drones hit a base in Syria. Militias have attacked U.S. forces about 150 times since October. "
            "The Pentagon counts 130 attacks on U.S. troops since Oct. 17.")
    assert {t.value for t in extract_tallies(make_article(text, PUB))} == {150, 130}


# A span of months from the campaign's start, told "from ... to" in the past simple: the count so far
# at the span's end, as "between ... and" is; a span from a later start is no count of the campaign
def test_targets_hit_over_a_span_from_the_start_told_from_to_are_a_count_so_far() -> None:
    from briefing.topic import choose_topic

    red_sea = choose_topic("red-sea")
    text = "From November 2023 to April 2024, the rebels attacked more than 70 merchant ships."
    assert [(t.metric, t.value) for t in extract_tallies(make_article(text, RS_PUB), red_sea)] == [
        ("targets_hit", 70)]
    later = "From March 2024 to May 2024, the rebels attacked more than 20 merchant ships."
    assert extract_tallies(make_article(later, RS_PUB), red_sea) == []


# A count of an earlier year, the year opening the sentence: that year's, not the campaign's
@pytest.mark.parametrize("text", [
    "Drones hit a base. In 2021, militias attacked U.S. forces in Iraq more than 30 times.",
    "Drones hit a base. During 2022 Iran-backed groups carried out 25 attacks on U.S. troops.",
])
def test_a_count_of_an_earlier_year_opening_its_sentence_is_no_campaign_total(text: str) -> None:
    assert extract_tallies(make_article(text, PUB)) == []


# One stretch of time ("in one night", "within a single day"): that stretch's acts, not the campaign's
@pytest.mark.parametrize(("text", "topic"), [
    ("Drones hit a base. Militias launched more than 20 attacks on U.S. positions in a single night.", None),
    ("Drones hit a base. Iran-backed groups carried out 14 attacks on U.S. troops within one day.", None),
    ("Ships turned back. The rebels launched 30 attacks on merchant shipping in one week.", "red-sea"),
    # the campaign's first stretch: a closed count of its own, long before the day it is told
    ("Drones hit a base. In the first week alone there were 19 attacks on U.S. forces.", None),
    ("Drones hit a base. During the first month of the campaign, militias attacked U.S. forces 40 times.",
     None),
])
def test_a_count_of_one_stretch_of_time_is_no_campaign_total(text: str, topic: str | None) -> None:
    from briefing.topic import choose_topic

    assert extract_tallies(make_article(text, PUB), choose_topic(topic) if topic else None) == []


# An ordinal whose words end on the preposition ("the 12th on the base"): one base's count
def test_an_ordinal_of_one_base_is_no_campaign_total() -> None:
    text = ("Drones hit a base. It was the 40th attack on U.S. forces since Oct. 17 and the 12th on the "
            "base, officials said.")
    assert [t.value for t in extract_tallies(make_article(text, PUB))] == [40]


# One act's casualties named by its day in abbreviated form ("the Jan. 20 attack"): that act's toll
def test_the_casualties_of_an_act_named_by_its_abbreviated_day_are_no_campaign_total() -> None:
    text = ("Drones hit a base. Nearly 50 U.S. troops were hurt in the Jan. 20 attack on the air base, the "
            "worst since October.")
    assert extract_tallies(make_article(text, dt.date(2024, 1, 25))) == []
