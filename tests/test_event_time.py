"""Time linked to each event mention (issue 23, items 2-4): its clause first, then its sentence,
then a typed back-reference to the act it tells. Sentences are our own, written in the forms
real reports use; each form has a neighbour that must stay as it is."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract.events import read_events
from tests.conftest import make_article

PUB = dt.date(2023, 12, 26)  # a Tuesday
MON, SUN = dt.date(2023, 12, 25), dt.date(2023, 12, 24)

Row = tuple[str, dt.date | None, str | None]


def rows(text: str, published: dt.date | None = PUB) -> set[Row]:
    return {(e.type, e.date, e.country) for e in read_events(make_article(text, published)).events}


@pytest.mark.parametrize(("text", "expected"), [
    # a munition naming a strike the US's light verb tells is the US's means, not the agent
    ("The U.S. military conducted a drone strike on Sunday, Dec. 24, killing four militants near Kirkuk.",
     {("us_strike", SUN, "Iraq")}),
    ("American forces carried out a drone strike on Sunday near Kirkuk, killing four fighters.",
     {("us_strike", SUN, "Iraq")}),
    ("A U.S. drone strike killed a senior militia leader in Baghdad on Monday.",
     {("us_strike", MON, "Iraq")}),
    ("A US drone strike hit a car in Baghdad, Iraq, on Monday.", {("us_strike", MON, "Iraq")}),
    # a verb of beginning: the act begun, with its own day ("began to carry out strikes on Friday")
    ("The US began to carry out air strikes on Monday against Iran-backed militias in Iraq.",
     {("us_strike", MON, "Iraq")}),
    # neighbours: begun without a day is the campaign; a plan is no act
    ("The US began to carry out air strikes against Iran-backed militias in Iraq.", set()),
    ("The US plans to carry out air strikes on Monday against militias in Iraq.", set()),
    # neighbours: the groups' own drone strike on a base stays their attack
    ("A militia drone strike hit a U.S. base in Syria on Monday.", {("attack_on_us_forces", MON, "Syria")}),
    ("Militants conducted a drone strike on Sunday against a U.S. base in Syria.",
     {("attack_on_us_forces", SUN, "Syria")}),
    ("Militias carried out a drone strike on the Tanf garrison on Sunday.",
     {("attack_on_us_forces", SUN, "Syria")}),
])
def test_a_drone_strike_the_us_conducted_or_began_is_its_strike(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "The strikes were carried out early Monday" after strikes told without a day, in the lede: the
    # day of the acts told there, of the kind it names (events._dated_by_occurrence)
    ("U.S. jets struck two weapons depots in eastern Syria. The strikes were carried out early Monday, "
     "officials said.", {("us_strike", MON, "Syria")}),
    # neighbours: no day given; the acts told before are of another kind
    ("U.S. jets struck two weapons depots in eastern Syria. The strikes were carried out with F-16s, "
     "officials said.", set()),
    ("Militants fired rockets at a base hosting U.S. troops in Syria. The strikes were carried out early "
     "Monday, officials said.", set()),
    # "the latest attack" names itself; the next sentence gives its place
    ("The latest attack confirmed by the military took place on Monday. A rocket was fired at the Ain "
     "al-Asad air base in western Iraq, causing no damage.", {("attack_on_us_forces", MON, "Iraq")}),
    ("An official said the latest of the attacks took place near Erbil in northern Iraq on Monday.",
     {("attack_on_us_forces", MON, "Iraq")}),
    # the dated mention names no country, the definite one after it does
    ("Three U.S. troops were wounded in a drone attack on Christmas Day. The attack occurred at Erbil air "
     "base in northern Iraq.", {("attack_on_us_forces", MON, "Iraq")}),
    # neighbours: no act told before, and not "the latest": no row
    ("The strikes were carried out early Monday, officials said.", set()),
    ("The attack took place on Monday. A rocket was fired at the Ain al-Asad air base in western Iraq.",
     set()),
    # another act, told as such or with no back-reference, gives its country to no dated row
    ("Three U.S. troops were wounded in a drone attack on Christmas Day. Separately, rockets were fired at "
     "a base in Syria.", {("attack_on_us_forces", MON, None)}),
    ("Three U.S. troops were wounded in a drone attack on Christmas Day. Rockets were fired at a base in "
     "Syria.", {("attack_on_us_forces", MON, None)}),
])
def test_a_back_reference_carries_the_day_or_the_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Monday's strike" later in the article: the day of the strike told before without one
    ("Two U.S. fighter jets struck a weapons depot in eastern Syria. Despite the threats, Monday's strike "
     "caused no casualties.", {("us_strike", MON, "Syria")}),
    ("Militants fired rockets at a U.S. base in Syria. Sunday's attack caused no damage, and U.S. jets "
     "struck a depot in Iraq on Monday.",
     {("attack_on_us_forces", SUN, "Syria"), ("us_strike", MON, "Iraq")}),
    # neighbours: the strike told before was on another weekday, or none was told
    ("U.S. jets struck 85 targets in Iraq and Syria on Dec. 20. There was no comment on Monday's strike.",
     {("us_strike", dt.date(2023, 12, 20), "Iraq"), ("us_strike", dt.date(2023, 12, 20), "Syria")}),
    ("Monday's strike caused no casualties.", set()),
])
def test_a_weekdays_strike_dates_the_strike_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the statement a few sentences on tells another act (the gunship's): not the lede strikes' day
    ("The U.S. military launched retaliatory airstrikes on militia targets in Iraq after missiles were fired "
     "at U.S. forces on Sunday. \"An AC-130 gunship struck the militants who fired a missile at Al-Asad "
     "Airbase,\" the Pentagon reported on Monday.", {("attack_on_us_forces", SUN, "Iraq")}),
    # neighbour: a statement telling the lede's own kind of act still dates it
    ("U.S. warplanes struck militia weapons depots in Iraq. \"U.S. forces struck facilities used by the "
     "militia,\" the Pentagon said in a statement on Monday.", {("us_strike", MON, "Iraq")}),
])
def test_a_statement_telling_another_act_does_not_date_the_lede(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the victims of a relative clause after the act noun's clause: an attack, on the day told before
    ("The president on Monday ordered strikes in Iraq on the militants behind a suicide drone strike "
     "earlier in the day, which wounded two U.S. soldiers.",
     {("attack_on_us_forces", MON, "Iraq"), ("us_strike", MON, "Iraq")}),
    # neighbour: a strike's relative clause naming the militia's dead is no attack
    ("U.S. jets struck a militia depot in Iraq on Monday, which killed four fighters.",
     {("us_strike", MON, "Iraq")}),
])
def test_a_relative_clause_names_the_acts_victims(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "On Monday, <speaker> announced that <act>": the day of the saying; the act stays a mention
    ("On Monday, the Kurdish-led force announced that a drone struck its training academy at a base "
     "housing U.S. troops in Syria.", (set(), {("attack_on_us_forces", "Syria")})),
    ("On Monday, officials said a drone struck a base housing U.S. troops in Syria.",
     (set(), {("attack_on_us_forces", "Syria")})),
    # neighbours: the speaker after the act; the US announcing its own strike (that day is the strike's)
    ("On Monday, a drone struck a base housing U.S. troops in Syria, officials said.",
     ({("attack_on_us_forces", MON, "Syria")}, set())),
    ("On Monday, the US Department of Defense announced an airstrike on facilities used by Iran's "
     "Revolutionary Guard in eastern Syria.", ({("us_strike", MON, "Syria")}, set())),
])
def test_an_opening_day_before_the_speaker_is_the_sayings(
        text: str, expected: tuple[set[Row], set[tuple[str, str | None]]]) -> None:
    found = read_events(make_article(text, PUB))
    assert ({(e.type, e.date, e.country) for e in found.events},
            {(e.type, e.country) for e in found.undated}) == expected


@pytest.mark.parametrize(("entry", "expected"), [
    # a timeline's entry: US forces in one country attacked a number of times that day
    ("NOV. 23 – U.S. and coalition forces in eastern Syria are attacked with rockets and drones three "
     "times in 24 hours, with no injuries.", {("attack_on_us_forces", dt.date(2023, 11, 23), "Syria")}),
    # neighbours: a figure over time, two countries, or no US forces named: no row
    ("NOV. 23 – U.S. forces in Syria have been attacked 40 times since the war began.", set()),
    ("NOV. 23 – U.S. troops in Iraq and Syria are attacked three times.", set()),
    ("NOV. 23 – Kurdish fighters in Syria are attacked three times.", set()),
])
def test_a_timeline_entry_counting_one_days_attacks_is_an_attack(entry: str, expected: set[Row]) -> None:
    assert rows("Iran-backed attacks on U.S. forces: a timeline.\n\n" + entry) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the bases shared out between two countries by number: one attack in each, on the day told
    ("On Monday, drones targeted U.S. troops at three bases, two located in Iraq and one in Syria.",
     {("attack_on_us_forces", MON, "Iraq"), ("attack_on_us_forces", MON, "Syria")}),
    # neighbour: "bases in Iraq and Syria" leaves one attack where the first country is named
    ("On Monday, drones targeted U.S. troops at bases in Iraq and Syria.",
     {("attack_on_us_forces", MON, "Iraq")}),
])
def test_bases_shared_out_between_countries_are_an_attack_in_each(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "<a day>, the day <the act>": the day named by what happened on it
    ("There have been no attacks since Dec. 10, the day two soldiers were wounded in a drone attack on a "
     "U.S. base in Syria.", {("attack_on_us_forces", dt.date(2023, 12, 10), "Syria")}),
    # neighbour: the campaign's start named so is no event
    ("U.S. forces have been attacked often since Oct. 17, the day the attacks began.", set()),
])
def test_a_day_named_by_its_act_dates_that_act(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the lede's strike without its day; a quoted statement gives it once, by a time of that day
    ("U.S. jets struck two militia facilities in Iraq. \"On the morning of December 25 in Iraq, U.S. "
     "forces conducted precision strikes against two facilities,\" the command said.",
     {("us_strike", MON, "Iraq")}),
    ("U.S. jets struck two militia facilities in Iraq. In the early hours of Monday, the jets returned to "
     "their bases.", set()),
])
def test_a_time_of_day_opening_a_quoted_statement_dates_its_act(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("entry", "expected"), [
    # "two other attacks in Iraq" in a timeline's entry: more attacks of the entry's day, in their country
    ("NOV. 17 – A drone attack in Syria injures a soldier while two other attacks in Iraq cause no damage.",
     {("attack_on_us_forces", dt.date(2023, 11, 17), "Syria"), ("attack_on_us_forces", dt.date(2023, 11, 17),
                                                                 "Iraq")}),
    # neighbour: other attacks with no act told before them are no row
    ("NOV. 17 – Two other attacks in Iraq cause no damage.", set()),
])
def test_other_attacks_in_an_entry_are_its_days(entry: str, expected: set[Row]) -> None:
    assert rows("A timeline of the war.\n\n" + entry) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the campaign's harm told back, or its count: never an attack on the day it was said
    ("Militia fighters have struck U.S. bases in Iraq and Syria 41 times since mid-October, an army "
     "spokesman said on Monday. Some 50 U.S. troops have been wounded in those attacks, he said.", set()),
    ("Attacks on American troops in Syria climb to 41, the Pentagon said on Monday.", set()),
    ("Some 50 U.S. troops have been hurt in the attacks so far, the spokesman said on Monday.", set()),
    # neighbour: one attack that hurt people, told with its own day, is still that attack
    ("Three U.S. troops were wounded in a rocket attack on a base in Syria on Sunday, the spokesman "
     "said on Monday.", {("attack_on_us_forces", SUN, "Syria")}),
])
def test_the_campaigns_harm_or_count_is_not_an_attack_on_the_day_it_was_told(
        text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_sentence_of_hundreds_of_acts_is_read_only_so_far(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.extract import details, roles

    reads: dict[tuple[int, int], set[int]] = {}  # per reader of a stretch of text: the acts it read
    real = roles.SentenceReader._read

    def counting(self, start, end, verb):  # type: ignore[no-untyped-def]
        reads.setdefault((self.start, self.end), set()).add(start)
        return real(self, start, end, verb)

    monkeypatch.setattr(roles.SentenceReader, "_read", counting)
    listed = ", ".join(["3 killed and 40 injured in a rocket attack"] * 500)
    text = f"Militants fired rockets at a U.S. base in Syria on Sunday, {listed}."
    assert ("attack_on_us_forces", SUN, "Syria") in rows(text)  # the first acts are read
    longest = max(reads, key=lambda span: span[1] - span[0])
    assert text.count("attack") > 10 * roles.ACTS_READ
    assert 0 < len(reads[longest]) <= roles.ACTS_READ  # of its hundreds of acts, only the first are read
    assert details.FIGURES_READ < 100


# The first strikes of the story are known to be of 27 Oct 2023 (early morning in Syria: the evening
# of the 26th in Washington). A teller cannot tell an act of a later day than its own.
OCT26, OCT27 = dt.date(2023, 10, 26), dt.date(2023, 10, 27)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the statement telling the named strikes is dated the day before their local day: the teller's day
    ("On Oct. 26, the Defense Department said American jets hit two facilities in eastern Syria "
     "used by the Revolutionary Guard.", dt.date(2023, 10, 31), {("us_strike", OCT26, "Syria")}),
    # no statement's day: a page dated the day before does not move it (a page a day early is likelier)
    ("American jets hit two facilities in eastern Syria used by the Revolutionary Guard, officials "
     "said.", OCT26, {("us_strike", OCT27, "Syria")}),
    # neighbours that must not move: told on the known day itself, or later, keeps the known day
    ("American jets hit two facilities in eastern Syria used by the Revolutionary Guard, officials "
     "said Friday.", dt.date(2023, 10, 28), {("us_strike", OCT27, "Syria")}),
    ("American jets hit two facilities in eastern Syria used by the Revolutionary Guard, officials "
     "said.", dt.date(2023, 10, 30), {("us_strike", OCT27, "Syria")}),
    ("On Oct. 28, the Defense Department said American jets had hit two facilities in eastern Syria "
     "used by the Revolutionary Guard.", dt.date(2023, 10, 31), {("us_strike", OCT27, "Syria")}),
    # the article itself gives the local day too: one row, on the day it gives
    ("On Thursday, the Defense Department said American jets hit two facilities in eastern Syria used by "
     "the Revolutionary Guard. American jets struck the depots in Syria early Friday, local time.",
     dt.date(2023, 10, 28), {("us_strike", OCT27, "Syria")}),
])
def test_a_named_event_told_the_day_before_its_local_day_is_the_tellers_day(
        text: str, published: dt.date, expected: set[Row]) -> None:
    assert rows(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence opening with a time of day takes the one day of the sentence before it
    ("On Monday, the militia's leaders met in Baghdad. At 9:40 p.m. local time, two rockets hit the "
     "Ain al-Asad air base in western Iraq.", {("attack_on_us_forces", MON, "Iraq")}),
    ("Rockets hit a base near Erbil in Iraq on Sunday. Around 11 p.m., a drone struck the "
     "Tanf garrison in Syria.",
     {("attack_on_us_forces", SUN, "Iraq"), ("attack_on_us_forces", SUN, "Syria")}),
    # neighbours: the day before is a statement's (a claim too), whose acts may be of the day
    # before; no day before at all; midnight, which may be the next day; another paragraph
    ("On Monday, a Pentagon spokesman said the base was on alert. At 9:40 p.m., two rockets hit the "
     "Ain al-Asad air base in western Iraq.", set()),
    ("On Monday, a militia said it had targeted the Ain al-Asad air base. At 9:40 p.m. local time, "
     "two rockets hit the Ain al-Asad air base in western Iraq.", set()),
    ("At 9:40 p.m. local time, two rockets hit the Ain al-Asad air base in western Iraq.", set()),
    ("On Monday, the militia's leaders met in Baghdad. Just after midnight, two "
     "rockets hit the Ain al-Asad air base in western Iraq.", set()),
    ("On Monday, the militia's leaders met in Baghdad.\n\nAt 9:40 p.m. local time, "
     "two rockets hit the Ain al-Asad air base in western Iraq.", set()),
    # the small hours after a dated night may be the next day
    ("Rockets hit a base near Erbil in Iraq late on Sunday night. At 1:30 a.m., a drone struck the "
     "Tanf garrison in Syria.", {("attack_on_us_forces", SUN, "Iraq")}),
    ("Rockets hit a base near Erbil in Iraq late on Sunday night. At 02:15, a drone struck the "
     "Tanf garrison in Syria.", {("attack_on_us_forces", SUN, "Iraq")}),
])
def test_a_time_of_day_takes_the_day_of_the_sentence_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a few acts counted on one day are that day's attacks, not the campaign's count
    ("Militants attacked U.S. troops in Syria three times on Sunday, an official said.",
     {("attack_on_us_forces", SUN, "Syria")}),
    ("American forces in Iraq were targeted two separate times on Dec. 25 with drones.",
     {("attack_on_us_forces", MON, "Iraq")}),
    # neighbours: the campaign's count, a count with no day, a count too large for one day's acts
    ("U.S. forces in Iraq have been attacked 60 times since Oct. 17, an official said.", set()),
    ("Militants attacked U.S. troops in Syria three times last week, an official said.", set()),
    ("Militants attacked U.S. troops in Syria 14 times on Sunday, an official said.", set()),
])
def test_a_few_acts_counted_on_one_day_are_that_days_attacks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the acts told before with their day, then "occurred the day after" another act: that act's day
    ("Rockets hit the Ain al-Asad air base in Iraq on Monday. The attacks came the day after the United "
     "States struck a militia depot south of Baghdad.",
     {("attack_on_us_forces", MON, "Iraq"), ("us_strike", SUN, "Iraq")}),
    ("Rockets hit the Ain al-Asad air base in Iraq on Monday. The attack occurred two days after American "
     "jets struck a militia depot south of Baghdad.",
     {("attack_on_us_forces", MON, "Iraq"), ("us_strike", dt.date(2023, 12, 23), "Iraq")}),
    # neighbours: no act told before with a day; the cue about another kind of act than the one told
    ("The attacks came the day after the United States struck a militia depot south of Baghdad.", set()),
    ("U.S. jets struck a militia depot south of Baghdad. The strikes came the day after militants "
     "attacked the Ain al-Asad air base in Iraq.", set()),
])
def test_an_act_counted_from_the_acts_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "attacks were reported on <bases> on <day>": the acts' own passive, their target and day read on
    ("Drone attacks were reported on two bases hosting U.S. troops in Syria on Sunday, with no damage.",
     {("attack_on_us_forces", SUN, "Syria")}),
    # neighbours: a source that reported them ends the act's clause; its day is the saying's
    ("A monitor reported on Sunday that drones had attacked a base hosting U.S. troops in Syria.", set()),
])
def test_acts_reported_on_their_targets_keep_their_day(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_sayings_day_after_the_acts_passive_stays_the_sayings() -> None:
    """"The attack occurred near the runway, an official said on Monday": Monday is the saying's day,
    and the row says so (basis statement), not that the attack was told to be on Monday."""
    text = ("A rocket hit the Ain al-Asad air base in western Iraq, causing no damage. The attack occurred "
            "near the runway, an official said on Monday.")
    (event,) = read_events(make_article(text, PUB)).events
    assert (event.date, event.date_basis) == (MON, "statement")


def counted_rows(text: str, published: dt.date | None = PUB) -> list[Row]:
    return sorted((e.type, e.date, e.country) for e in read_events(make_article(text, published)).events)


ATTACK = "attack_on_us_forces"


@pytest.mark.parametrize(("text", "expected"), [
    # a few attacks counted in the sentence that gives their day are that many events (form 3)
    ("Two separate drone attacks targeted bases hosting U.S. troops in Iraq on Monday, one of them "
     "at al-Harir air base in Erbil.", [(ATTACK, MON, "Iraq")] * 2),
    ("Militias attacked U.S. troops in Syria three times on Sunday, an official said.",
     [(ATTACK, SUN, "Syria")] * 3),
    ("A Norland outpost hosting U.S. forces in Syria was hit twice on Monday, officials said.",
     [(ATTACK, MON, "Syria")] * 2),
    ("Two more rocket attacks struck U.S. positions in Iraq on Sunday.", [(ATTACK, SUN, "Iraq")] * 2),
    # neighbours: a count over two countries says not how many each had; a count over a span of
    # days; two days in the sentence; a timeline's entry (one entry, one row); one attack
    ("U.S. forces in Iraq and Syria were attacked four times on Monday with rockets and drones.",
     [(ATTACK, MON, "Iraq")]),
    ("Militias attacked U.S. troops in Syria three times in the past week, an official said on Monday.", []),
    ("Drones hit U.S. troops at al-Asad air base in Iraq on Sunday and Monday in two attacks.",
     [(ATTACK, SUN, "Iraq"), (ATTACK, MON, "Iraq")]),
    ("Dec. 24 – U.S. forces in Iraq are targeted in two separate drone attacks, with no injuries.",
     [(ATTACK, SUN, "Iraq")]),
    ("A drone attack targeted U.S. troops in Syria on Sunday, two days after rockets hit the base.",
     [(ATTACK, SUN, "Syria")]),
    # a figure before the act word is a day of the month as often as a count: never a count
    ("On Dec. 3 rocket attacks targeted al-Asad air base in Iraq, officials said.",
     [(ATTACK, dt.date(2023, 12, 3), "Iraq")]),
])
def test_a_few_attacks_counted_on_their_day_are_each_an_event(text: str, expected: list[Row]) -> None:
    assert counted_rows(text) == sorted(expected)


def test_a_counted_attack_beyond_the_one_with_a_base_names_no_base() -> None:
    text = ("Two separate drone attacks targeted bases hosting U.S. troops in Iraq on Monday, one of them "
            "at al-Harir air base in Erbil.")
    events = read_events(make_article(text, PUB)).events
    assert sorted(len([p for p in e.places if "air base" in p.lower()]) for e in events) == [0, 1]
    assert len({e.id for e in events}) == 2
    assert all(e.sources[0].quote for e in events)



WED = dt.date(2023, 11, 22)  # published that Wednesday
TUE = dt.date(2023, 11, 21)


@pytest.mark.parametrize(("text", "expected"), [
    # one night's strikes told by the local sources' small hours and the US officials' day before:
    # one event, on the local day (form 6)
    ("Four fighters died in U.S. strikes near Norland Hill, south of Baghdad, early Wednesday, local "
     "sources said. U.S. jets hit a militia depot near Norland Hill, south of Baghdad, on Tuesday, "
     "officials said.", {("us_strike", WED, "Iraq")}),
    ("U.S. aircraft bombed a depot near Qaim in the early hours of Wednesday, a militia said. The "
     "Pentagon said U.S. jets struck a depot near Qaim on Tuesday.", {("us_strike", WED, "Iraq")}),
    # neighbours: strikes told as another; at other places; a plain day on both; attacks on two days
    ("U.S. jets struck a militia depot near Qaim on Tuesday, officials said. U.S. jets struck again "
     "near Qaim early Wednesday.", {("us_strike", TUE, "Iraq"), ("us_strike", WED, "Iraq")}),
    ("U.S. jets struck a militia depot near Qaim on Tuesday, officials said. U.S. jets struck a depot "
     "near Baghdad early Wednesday.", {("us_strike", TUE, "Iraq"), ("us_strike", WED, "Iraq")}),
    ("U.S. jets struck a militia depot near Qaim on Tuesday. U.S. jets struck a depot near Qaim on "
     "Wednesday.", {("us_strike", TUE, "Iraq"), ("us_strike", WED, "Iraq")}),
    ("U.S. jets struck a militia depot near Qaim in Iraq at 3 p.m. local time on Tuesday. Local sources "
     "said U.S. strikes hit a militia command post near Qaim early Wednesday.",
     {("us_strike", TUE, "Iraq"), ("us_strike", WED, "Iraq")}),
    ("Rockets hit al-Asad air base in Iraq on Tuesday. Drones hit al-Asad air base in Iraq early "
     "Wednesday.", {("attack_on_us_forces", TUE, "Iraq"), ("attack_on_us_forces", WED, "Iraq")}),
])
def test_one_nights_strikes_told_across_midnight_are_one_event(text: str, expected: set[Row]) -> None:
    assert rows(text, WED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two weekdays of one week joined by "and": an event on each (form 3)
    ("Rocket attacks targeted al-Tanf garrison in Syria on both Sunday and Monday, causing no damage.",
     {(ATTACK, SUN, "Syria"), (ATTACK, MON, "Syria")}),
    ("Rockets hit al-Asad air base in Iraq on Sunday and on Monday, officials said.",
     {(ATTACK, SUN, "Iraq"), (ATTACK, MON, "Iraq")}),
    # neighbours: one weekday; a weekday that is not joined to the first by "and"
    ("Rockets hit al-Asad air base in Iraq on Sunday, and officials said Monday that no one was hurt.",
     {(ATTACK, SUN, "Iraq")}),
    ("Rockets hit al-Asad air base in Iraq on Sunday and the following Monday officials met.",
     {(ATTACK, SUN, "Iraq")}),
    ("Rockets hit al-Asad air base in Iraq on Sunday and Monday was quiet, an official said.",
     {(ATTACK, SUN, "Iraq")}),
])
def test_two_weekdays_joined_are_a_day_each(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day standing before another act's noun is that act's day, not the strikes' that answer it
    ("The first U.S. counterstrikes over the deadly Dec. 24 attack on al-Asad air base in Iraq began "
     "hours after the funeral.", {(ATTACK, SUN, "Iraq")}),
    ("Sunday's drone attack on al-Asad air base in Iraq prompted U.S. strikes.", {(ATTACK, SUN, "Iraq")}),
    # neighbours: the day of the strikes themselves, before their noun or after the verb
    ("Monday's U.S. strikes in Iraq answered a drone attack on al-Asad air base.",
     {("us_strike", MON, "Iraq")}),
    ("U.S. jets hit two militia depots in Iraq on Monday.", {("us_strike", MON, "Iraq")}),
])
def test_a_day_before_another_acts_noun_is_that_acts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the day of an opening participle dates the acts it names, told before without a day (form 2)
    ("American jets carried out airstrikes on militia depots in Iraq. Conducted late on Monday, "
     "the strikes destroyed three depots.", {("us_strike", MON, "Iraq")}),
    ("Rockets were fired at a base hosting U.S. troops in Syria. Carried out early Sunday, the attack "
     "caused no injuries.", {(ATTACK, SUN, "Syria")}),
    # neighbours: an opening with no day; a day told in the opening but of another kind of act
    ("American jets carried out airstrikes on militia depots in Iraq. Conducted with F-16s, the strikes "
     "hit three sites.", set()),
    ("Rockets were fired at a base hosting U.S. troops in Syria. Conducted early Sunday, the strikes "
     "hit three sites.", set()),
])
def test_an_opening_participles_day_dates_the_acts_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day inside the reported clause ("told reporters that earlier on Monday ...") is the act's (form 4)
    ("An aide told journalists that earlier on Monday U.S. jets hit a drone workshop in Syria.",
     {("us_strike", MON, "Syria")}),
    # neighbour: the telling's own day stays the telling's
    ("An aide told journalists on Monday that U.S. jets hit a drone workshop in Syria.", set()),
])
def test_a_day_in_the_reported_clause_is_the_acts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day inside a fronted phrase of another act ("After the strikes on Sunday, ...") is that act's
    ("After the U.S. strikes on Sunday, militants fired rockets at al-Asad air base in Iraq.", set()),
    ("Before the U.S. response on Sunday, the attacks on al-Asad air base in Iraq had hurt 40 troops.",
     set()),
    # neighbours: the fronted day of the act itself; a phrase of another act after it
    ("On Sunday, militants fired rockets at al-Asad air base in Iraq.", {(ATTACK, SUN, "Iraq")}),
    ("Militants fired rockets at al-Asad air base in Iraq on Sunday, after the U.S. strikes.",
     {(ATTACK, SUN, "Iraq")}),
])
def test_a_day_in_a_fronted_phrase_of_another_act_is_not_this_ones(text: str, expected: set[Row]) -> None:
    assert {row for row in rows(text) if row[0] == ATTACK} == expected


JAN_20 = dt.date(2024, 1, 20)  # a Saturday: 20 January is one in no other year of the campaign
LEDE = ("On Saturday a militia volley of missiles struck al-Asad air base in western Iraq, officials said. "
        "Officials count well over a hundred attacks since mid-October. ")


@pytest.mark.parametrize(("text", "expected"), [
    # an undated article's day without its year, told of the act its lede dates by weekday (form 1)
    (LEDE + '"Militants launched missiles toward al-Asad air base in western Iraq at dusk on '
     'January 20," the command wrote.', {(ATTACK, JAN_20, "Iraq")}),
    # neighbours: another act; a weekday the day is not; a report of no campaign time; two days
    (LEDE + "Earlier, drones targeted al-Asad air base on January 20.", set()),
    (LEDE + "Militants had attacked al-Asad air base on January 20 as well, wounding four troops.", set()),
    (LEDE.replace("Saturday", "Sunday") + '"Militants launched missiles toward al-Asad air base in '
     'western Iraq at dusk on January 20," the command wrote.', set()),
    ("Militias fired rockets at al-Asad air base in western Iraq on Saturday, officials said. Rockets "
     "were launched by militants in western Iraq targeting al-Asad air base on January 20.", set()),
    (LEDE + "Militants targeted al-Asad air base in western Iraq on January 20 and on January 22.", set()),
])
def test_a_day_without_its_year_takes_the_one_year_of_its_weekday(text: str, expected: set[Row]) -> None:
    assert rows(text, None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # attacks told at a number of bases in two countries: one in each (form 3)
    ("On Sunday, rocket attacks hit U.S. forces at three installations in Syria and Iraq.",
     {(ATTACK, SUN, "Syria"), (ATTACK, SUN, "Iraq")}),
    # neighbours: one attack; bases in one country
    ("On Sunday, a rocket attack hit U.S. forces at three installations in Syria and Iraq.",
     {(ATTACK, SUN, "Syria")}),
    ("On Sunday, rocket attacks hit U.S. forces at three installations in Syria.", {(ATTACK, SUN, "Syria")}),
])
def test_attacks_at_bases_in_two_countries_are_one_in_each(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle telling what a strike aimed at is the strike's own words, not an attack
    ("The U.S. military carried out a drone strike in Baghdad on Monday targeting the chief of a militia "
     "that Washington blames for attacks on American troops.", {("us_strike", MON, "Iraq")}),
    # neighbours: a participle after a comma is an act of its own; an attack on a base stays one
    ("Militants fired rockets at al-Asad air base in Iraq on Monday, hitting a hangar.",
     {(ATTACK, MON, "Iraq")}),
    ("Rockets hit al-Asad air base in Iraq on Monday. Two U.S. troops were hurt in the attack.",
     {(ATTACK, MON, "Iraq")}),
])
def test_what_a_strike_aimed_at_and_who_died_in_it_make_no_attack(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected



FEB_2 = dt.date(2024, 2, 2)  # a Friday
TOWER = ("A drone attack on Tower 22 in Jordan killed three U.S. soldiers on Sunday, officials said. ")


@pytest.mark.parametrize(("text", "expected"), [
    # a bare "the attack" dated days after the named event the article tells: the day may be the
    # telling's ("confirmed ... the attack on January 31"): undated, never a second attack (form 4)
    (TOWER + "The president laid the blame on Tehran for the attack on January 31 in a speech.",
     {(ATTACK, dt.date(2024, 1, 28), "Jordan")}),
    # neighbours: an act with its own place that day; the named event's own day
    (TOWER + "Militants also attacked al-Asad air base in Iraq on January 31.",
     {(ATTACK, dt.date(2024, 1, 28), "Jordan"), (ATTACK, dt.date(2024, 1, 31), "Iraq")}),
    (TOWER + "The president laid the blame on Tehran for the attack on January 28 in a speech.",
     {(ATTACK, dt.date(2024, 1, 28), "Jordan")}),
])
def test_a_bare_act_dated_days_after_the_named_event_told_is_left_undated(text: str,
                                                                          expected: set[Row]) -> None:
    assert rows(text, FEB_2) == expected


SAT = dt.date(2024, 2, 3)  # published that Saturday


@pytest.mark.parametrize(("text", "expected"), [
    # a bare "the attacks" with a day of its own, after the other kind's acts told on that very day
    # and its own kind's on another: the other kind's acts (the US strikes called "attacks")
    ("U.S. bombers struck militia depots in Iraq on Friday, five days after a drone killed three U.S. "
     "soldiers at a base in Jordan on Sunday. The attacks in Iraq were conducted on Friday.",
     {("us_strike", FEB_2, "Iraq"), (ATTACK, dt.date(2024, 1, 28), "Jordan")}),
    # neighbours: attacks named as on US troops stay attacks; no strike told that day
    ("U.S. bombers struck militia depots in Iraq on Friday. Attacks on U.S. troops in Syria were "
     "carried out on Friday too.", {("us_strike", FEB_2, "Iraq"), (ATTACK, FEB_2, "Syria")}),
    ("A drone killed three U.S. soldiers at a base in Jordan on Sunday. The attacks in Jordan were "
     "conducted on Sunday.", {(ATTACK, dt.date(2024, 1, 28), "Jordan")}),
])
def test_the_attacks_told_on_the_day_of_the_strikes_are_the_strikes(text: str, expected: set[Row]) -> None:
    assert rows(text, SAT) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the Christmas Day attack on Erbil air base, a named event of the profile: three wounded, one
    # critically; its known day dates an undated report of it that gives its weekday
    ("A drone struck a base in northern Iraq on Monday, wounding three U.S. soldiers, one of them "
     "critically, officials said.", None, {(ATTACK, dt.date(2023, 12, 25), "Iraq")}),
    # neighbour: three wounded and none critically is no named event
    ("A drone struck a base in northern Iraq on Monday, wounding three U.S. soldiers, officials said.",
     None, set()),
])
def test_a_named_attack_dates_an_undated_report_of_it(text: str, published: dt.date | None,
                                                      expected: set[Row]) -> None:
    assert rows(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act told as begun, with no day of its own, that tells a named event: the named event's day
    ("The US has begun strikes against targets in Iraq and Syria in retaliation for the attack on "
     "Tower 22 in Jordan.", {("us_strike", FEB_2, "Iraq"), ("us_strike", FEB_2, "Syria"),
                              (ATTACK, dt.date(2024, 1, 28), "Jordan")}),
    # neighbour: "began attacking" with no day and no named event is the campaign's start, no event
    ("Militias began attacking U.S. bases in Iraq and Syria after the war in Gaza broke out.", set()),
])
def test_an_act_told_as_begun_that_tells_a_named_event_is_dated_by_it(text: str, expected: set[Row]) -> None:
    assert rows(text, dt.date(2024, 2, 4)) == expected


# A wire line of another day than the page's, kept apart from the publication (dates.py): the wire's
# "yesterday" and weekdays count from the wire line's day; the publication stays the page's.
AHEAD = (" date 2024-05-14 Drone hits car\n\nPosted\n05/14/2024 9:40:02 PM\n\n"
         "KIRKUK, May 15 (Wire) -- ")  # a wire of a time zone ahead, on the page the evening before
BEHIND = (" date 2024-02-08 Drone hits car\n\n(Wire) 08:50, February 08, 2024\n\n"
          "BAGHDAD, Feb. 7 (Wire) -- ")  # a wire of the 7th, on a far-east page the next morning


@pytest.mark.parametrize(("top", "told", "day", "page"), [
    (AHEAD, "yesterday", dt.date(2024, 5, 14), dt.date(2024, 5, 14)),
    (AHEAD, "today", dt.date(2024, 5, 15), dt.date(2024, 5, 14)),
    (AHEAD, "on Tuesday", dt.date(2024, 5, 14), dt.date(2024, 5, 14)),  # the wire's Wednesday the 15th
    (BEHIND, "yesterday", dt.date(2024, 2, 6), dt.date(2024, 2, 8)),
    (BEHIND, "on Tuesday", dt.date(2024, 2, 6), dt.date(2024, 2, 8)),  # the wire's Wednesday the 7th
])
def test_a_wire_lines_relative_days_count_from_its_own_day(top: str, told: str, day: dt.date,
                                                           page: dt.date) -> None:
    lede = f"A U.S. drone strike killed a militia leader in Baghdad {told}, officials said."
    article = make_article(top + lede)
    assert article.published == page
    (event,) = read_events(article).events
    assert (event.type, event.date) == ("us_strike", day)
    assert event.date_anchor == (dt.date(2024, 5, 15) if top == AHEAD else dt.date(2024, 2, 7))  # the wire's


def test_a_wire_line_of_the_pages_day_counts_from_the_page() -> None:
    article = make_article(" date 2024-02-08 Drone hits car\n\nBAGHDAD, Feb. 8 (Wire) -- "
                           "A U.S. drone strike killed a militia leader in Baghdad yesterday.")
    assert article.wire_today is None
    assert {(e.type, e.date) for e in read_events(article).events} == {("us_strike", dt.date(2024, 2, 7))}
