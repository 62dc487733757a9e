"""The second story's forms read in the thirteenth session (issue 22, red-sea batch j), each in
sentences of our own in the forms Red Sea reports take (never an article's words)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefing.extract import extract_article
from briefing.extract.events import extract_events, read_events
from briefing.merge import merge_events
from briefing.model import ArticleRecord, Event, Evidence
from briefing.topic import choose_topic
from tests.conftest import make_article

SUNDAY = dt.date(2024, 3, 10)
SATURDAY = dt.date(2024, 3, 9)


def _events(text: str, published: dt.date | None = SUNDAY) -> list[tuple[str, str | None, dt.date | None]]:
    article = make_article(text, published) if published else make_article(text)
    return sorted((e.type, e.country, e.date) for e in extract_events(article, choose_topic("red-sea")))


def test_strikes_on_a_drone_boat_named_as_a_vessel_are_strikes() -> None:
    # "unmanned surface vessel" is a munition's name: its "vessel" is no merchant ship hit
    text = ("Central Command said on Sunday that its forces conducted strikes on Saturday against an "
            "unmanned surface vessel and two missile launchers in rebel-held parts of Yemen.")
    assert _events(text) == [("us_strike", "Yemen", SATURDAY)]


def test_a_day_before_the_subject_and_an_adverb_is_the_acts_day() -> None:
    # the adverb of manner does not take the day away from the strikes it opens
    text = ("Central Command announced on Sunday that on Saturday, it successfully conducted four "
            "self-defense strikes against Houthi missiles in Yemen.")
    assert _events(text) == [("us_strike", "Yemen", SATURDAY)]


def _report(article: str, named: str | None, places: tuple[str, ...] = ()) -> Event:
    day = dt.date(2023, 12, 15)
    return Event(id=f"{article}:{named}", type="attack_on_shipping", date=day, date_precision="day",
                 country="Red Sea", places=places, actors=(), weapons=(), summary="",
                 sources=(Evidence(article, 0, 1, "x"),), date_basis="named-event", named_event=named)


def test_each_report_of_two_named_ships_hit_one_day_joins_its_own_ship() -> None:
    # two reports each keep two ships of the record apart: each ship's reports are one row, so
    # neither report loses one of its two attacks
    reports = [_report("one", "first ship"), _report("one", "second ship"),
               _report("two", "first ship"), _report("two", "second ship")]
    articles = {a: ArticleRecord(a, f"{a}.txt") for a in ("one", "two")}
    events, _ = merge_events(reports, articles, choose_topic("red-sea").said)
    assert sorted(sorted({s.article for s in e.sources}) for e in events) == [["one", "two"], ["one", "two"]]
    assert sorted(e.named_event or "" for e in events) == ["first ship", "second ship"]


def test_a_shared_place_still_comes_before_the_named_ship() -> None:
    reports = [_report("one", "first ship", ("off Hodeidah",)), _report("one", "second ship", ("off Aden",)),
               dataclasses.replace(_report("two", "first ship", ("off Aden",)), id="two")]
    articles = {a: ArticleRecord(a, f"{a}.txt") for a in ("one", "two")}
    events, _ = merge_events(reports, articles, choose_topic("red-sea").said)
    joined = {tuple(sorted({s.article for s in e.sources})): e.places for e in events}
    assert ("one", "two") in joined and "off Aden" in joined[("one", "two")]


def _figures(text: str) -> list[tuple[str, int, str]]:
    found = extract_article(make_article(text, SUNDAY), choose_topic("red-sea"))
    return sorted((t.metric, t.value, t.qualifier) for t in found.tallies)


def test_a_total_of_people_the_campaign_has_killed() -> None:
    # "a total of" between the perfect tense and the number: still the campaign's toll
    text = ("The Houthis have fired on dozens of merchant ships in a campaign that has killed a total of "
            "five seafarers.")
    assert _figures(text) == [("killed", 5, "exact")]


def test_a_ship_named_in_a_sentence_of_its_own_dates_the_undated_attack() -> None:
    # the attack is told without the ship; the ship is named two sentences on, with no act word
    text = ("A bulk carrier was struck by two missiles off the coast of Yemen. "
            "Its crew reported water in one hold. "
            "Shipping sources identified the vessel as the Laax, a Greek-managed bulker near the "
            "Bab el-Mandeb.")
    assert _events(text, published=None) == [("attack_on_shipping", "Bab el-Mandeb", dt.date(2024, 5, 28))]


def test_a_ship_named_apart_gives_no_day_to_an_act_with_a_day_word_of_its_own() -> None:
    # "on Friday" is the act's own day, unread in an undated page: not the named ship's day
    text = ("A suspected Houthi attack on Friday set off an explosion near a bulk carrier off Yemen. "
            "The Laax, a Greek-managed bulker, sails near the Bab el-Mandeb.")
    read = read_events(make_article(text), choose_topic("red-sea"))
    assert [e.date for e in read.events] == []
    assert any("Friday" in s.quote for e in read.undated for s in e.sources)


def test_two_named_ships_hit_off_one_port_the_same_day_are_two_attacks() -> None:
    # "west of <a port>" is a position at sea, no installation: the ships' names keep the attacks apart
    text = ("Houthi forces attacked tankers in the Red Sea on Tuesday. The first attack took place 70 miles "
            "west of Hodeidah and targeted the oil tanker Cordelia Moon, a maritime agency said. A missile "
            "hit the Minoan Courage later on Tuesday.")
    tuesday = dt.date(2024, 10, 1)
    found = _events(text, published=dt.date(2024, 10, 2))
    assert found == [("attack_on_shipping", "Red Sea", tuesday), ("attack_on_shipping", "Red Sea", tuesday)]


def test_a_missile_shot_down_in_the_sentence_of_its_dated_launch_is_that_days_intercept() -> None:
    # the launch has its day ("earlier on Saturday"); the destroyer's downing, told after it in the
    # same sentence, has none of its own: the same day and sea
    text = ("The rebels fired an anti-ship missile at the USS Example in the Gulf of Aden earlier on "
            "Saturday, but the destroyer shot down the missile, Central Command said.")
    assert ("intercept", "Gulf of Aden", SATURDAY) in _events(text)


def test_another_missile_downed_beside_a_dated_hit_takes_no_day_from_it() -> None:
    # the hit is dated by the ship's name (an undated page); the downing, joined by "and", is not
    text = ("The bulker MSC Sky II was hit by one of the Houthi missiles in the Gulf of Aden and another "
            "one of the missiles was downed by the USS Example.")
    assert [e for e in _events(text, published=None) if e[0] == "intercept"] == []


def test_ships_named_apart_from_the_one_attack_told_are_one_attack_each() -> None:
    # the attack is told once, for the day; the ships are named in a sentence with no act word:
    # each named attack of the record of that day and sea is its own event
    text = ("Commercial ships came under Houthi attack in the Red Sea on Sunday, US officials said. "
            "The ships were identified as the Unity Explorer and the Sophie II.")
    sunday = dt.date(2023, 12, 3)
    found = _events(text, published=dt.date(2023, 12, 4))
    assert found == [("attack_on_shipping", "Red Sea", sunday), ("attack_on_shipping", "Red Sea", sunday)]


def test_a_third_named_ship_of_the_day_is_its_own_row_not_anothers() -> None:
    # one report keeps two named ships apart, another report keeps two apart, one of them a ship the
    # first never named: that ship is its own row, not joined to a ship of the first because both
    # name the same sea
    sea = ("Red Sea",)
    reports = [_report("one", "first ship", sea), _report("one", "second ship", sea),
               _report("two", "second ship", sea), _report("two", "third ship", sea)]
    articles = {a: ArticleRecord(a, f"{a}.txt") for a in ("one", "two")}
    events, _ = merge_events(reports, articles, choose_topic("red-sea").said)
    rows = sorted((e.named_event or "", sorted({s.article for s in e.sources})) for e in events)
    assert rows == [("first ship", ["one"]), ("second ship", ["one", "two"]), ("third ship", ["two"])]


def test_the_number_9_named_with_its_article_and_a_word_of_the_ship() -> None:
    # the ship's name as reports write it once the ship is introduced; not a number in a rank
    named = "A Houthi missile struck the Number 9, which is flagged in Panama, in the Red Sea."
    assert _events(named, published=None) == [("attack_on_shipping", "Red Sea", dt.date(2023, 12, 3))]
    ranked = "A Houthi missile struck a tanker in the Red Sea, the number 9 attack of the month."
    assert _events(ranked, published=None) == []



def test_an_intercept_told_apart_from_the_destroyers_named_is_their_named_intercept() -> None:
    # the downing is told without the destroyers; they are named in a sentence with no act word (an
    # intercept's "target" is the side that shot, "US forces": no count of targets)
    text = ("The destroyers engaged three anti-ship missiles, Central Command said. The USS Stockdale "
            "and USS Spruance were crossing the Bab el-Mandeb at the time.")
    assert _events(text, published=None) == [("intercept", "Bab el-Mandeb", dt.date(2024, 11, 11))]


def test_a_ship_of_months_before_gives_no_day_to_a_dated_pages_new_attack() -> None:
    # the page is of June; the ship named is the campaign's history (an act of December): the new
    # attack, told with no day, is left undated rather than given December's day
    text = ("A tanker was hit by a missile off the coast of Yemen, the agency said. "
            "Months ago, the Strinda was among the first ships to be struck.")
    assert _events(text, published=dt.date(2024, 6, 20)) == []
    # the same ship as the page's news of the day before still dates it (told as the ship hit: a
    # ship told as "months ago" is another time on any page, trust14)
    news = ("A tanker was hit by a missile off the coast of Yemen, the agency said. "
            "The Strinda was among the ships to be struck.")
    assert _events(news, published=dt.date(2023, 12, 12)) == [
        ("attack_on_shipping", "Bab el-Mandeb", dt.date(2023, 12, 11))]
    assert _events(text, published=dt.date(2023, 12, 12)) == []
