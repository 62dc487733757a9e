"""Merging: syndicated copies counted once, one event from many outlets, figures never averaged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from briefing.build import extract
from briefing.merge import mark_duplicates, merge_events, shingles
from briefing.model import ArticleRecord, Event, EventType, Evidence

STORY = """---
outlet: {outlet}
published: 2023-12-05
---
{header}
BAGHDAD (Wire) — U.S. fighter jets struck a drone launch site near Kirkuk on Sunday after
militants fired rockets at U.S. forces, the Pentagon said.

U.S. and coalition forces have been attacked at least 74 times since Oct. 17, a Pentagon
spokesman told reporters on Monday. About 60 U.S. personnel have been injured in those attacks.

The drone launch site was being used by Kataib Hezbollah, officials said.
"""


def _write(folder: Path, name: str, outlet: str, header: str) -> None:
    (folder / name).write_text(STORY.format(outlet=outlet, header=header), encoding="utf-8")


def test_syndicated_copy_is_a_duplicate_and_counted_once(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Wire", "Jets strike Iraq launch site")
    _write(tmp_path, "b.txt", "Aggregator", "Jets strike Iraq launch site | Aggregator News\nShare this")
    extraction = extract([tmp_path])
    duplicates = {a.path.rsplit("/", 1)[-1]: a.duplicate_of for a in extraction.articles}
    assert duplicates == {"a.txt": None, "b.txt": "a"}
    # counted once: one record per figure and per event, the copy cited beside the original
    assert sorted(t.value for t in extraction.tallies) == [60, 74]
    assert all({s.article for s in t.sources} == {"a", "b"} for t in extraction.tallies)
    (strike,) = [e for e in extraction.events if e.type != "attack_on_us_forces"]
    # "a drone launch site" struck after the launch: the on-the-spot kind
    assert (strike.type, strike.date, strike.country) == ("self_defense_strike", dt.date(2023, 12, 3), "Iraq")
    assert {s.article for s in strike.sources} == {"a", "b"}


# --- the records merged directly, on events and texts of our own ----------------------------

D = dt.date
SUN, MON, TUE, WED, THU = D(2023, 11, 19), D(2023, 11, 20), D(2023, 11, 21), D(2023, 11, 22), D(2023, 11, 23)
LOCAL = "day after publication: local time, Iraq/Syria are ahead of US time"  # words for the reader


def report(day: dt.date | None, article: str, country: str | None = "Iraq", places: tuple[str, ...] = (),
           kind: EventType = "attack_on_us_forces", note: str = "", month_day: str | None = None) -> Event:
    """One article's report of an event; ``day`` None is a mention that dates nothing itself."""
    return Event(id=f"{day}:{kind}:{country}:{article}", type=kind, date=day,
                 date_precision="day" if day else "unknown", country=country, places=places, actors=(),
                 weapons=(), summary="", sources=(Evidence(article, 0, 1, "x"),), date_note=note,
                 day_without_year=month_day, date_basis="local-time" if note == LOCAL else "weekday")


def merged(reports: list[Event], published: dict[str, dt.date | None] | None = None
           ) -> tuple[list[tuple[dt.date | None, str | None, set[str]]], list[str]]:
    """(day, country, articles) of each merged event, and the articles of the mentions left over."""
    days = published or {}
    articles = {a: ArticleRecord(a, f"{a}.txt", published=days.get(a))
                for a in {s.article for r in reports for s in r.sources}}
    events, leftovers = merge_events(reports, articles)
    return ([(e.date, e.country, {s.article for s in e.sources}) for e in events],
            [s.article for e in leftovers for s in e.sources])


@pytest.mark.parametrize(("reports", "events", "leftovers"), [
    # a report of that day's attacks with no country belongs to each placed one of its kind
    ([report(TUE, "iq"), report(TUE, "sy", "Syria"), report(TUE, "both", None)],
     [(TUE, "Iraq", {"iq", "both"}), (TUE, "Syria", {"sy", "both"})], []),
    # ... not to another day's, nor to another kind's
    ([report(TUE, "iq"), report(WED, "later", None)], [(TUE, "Iraq", {"iq"}), (WED, None, {"later"})], []),
    ([report(TUE, "iq"), report(TUE, "strike", None, kind="us_strike")],
     [(TUE, "Iraq", {"iq"}), (TUE, None, {"strike"})], []),
    # two reports that both give no country are one event, still without one
    ([report(TUE, "a", None), report(TUE, "b", None)], [(TUE, None, {"a", "b"})], []),
])
def test_a_report_without_a_country_joins_the_placed_events_of_its_day(
        reports: list[Event], events: list[tuple[dt.date, str | None, set[str]]], leftovers: list[str],
) -> None:
    assert merged(reports) == (events, leftovers)


def test_a_report_without_a_country_joins_only_the_placed_event_that_shares_its_place() -> None:
    """A drone shot down near <a base> told with no country is that base's attack, not also the
    other country's attack of its day (twenty-first session: one act was two rows); with no place
    in common it still joins each."""
    reports = [report(TUE, "iq", places=("Camp Norland",)), report(TUE, "sy", "Syria", places=("Fort Ash",)),
               report(TUE, "near", None, places=("Camp Norland",))]
    assert merged(reports) == ([(TUE, "Iraq", {"iq", "near"}), (TUE, "Syria", {"sy"})], [])
    reports[2] = report(TUE, "near", None, places=("Hill 40",))
    assert merged(reports) == ([(TUE, "Iraq", {"iq", "near"}), (TUE, "Syria", {"sy", "near"})], [])


def test_a_report_without_a_country_joins_its_own_articles_named_event_not_another_countrys() -> None:
    # "an overnight drone attack" with its place misspelt (so none), in a report whose headline tells
    # the known attack of the next (local) day: that attack, not another country's act of its day
    known = dataclasses.replace(report(WED, "a", "Jordan"), named_event="the outpost attack")
    assert merged([known, report(TUE, "a", None), report(TUE, "b", "Syria")]) == (
        [(TUE, "Syria", {"b"}), (WED, "Jordan", {"a"})], [])
    # of the same day too; a report of another article with no country still joins each placed act
    assert merged([known, report(WED, "a", None), report(WED, "b", "Syria"), report(WED, "c", None)]) == (
        [(WED, "Jordan", {"a", "c"}), (WED, "Syria", {"b", "c"})], [])


def test_a_report_of_the_day_before_with_other_means_is_not_the_named_event() -> None:
    # "rockets on Saturday" beside the drone attack at a named outpost on Sunday, in one article:
    # two acts; "an overnight drone attack" the day before, or one naming no weapon, is the named one
    known = dataclasses.replace(report(WED, "a", "Jordan"), named_event="the outpost attack",
                                weapons=("drone",))
    rockets = dataclasses.replace(report(TUE, "a", None), weapons=("rocket",))
    assert merged([known, rockets]) == ([(TUE, None, {"a"}), (WED, "Jordan", {"a"})], [])
    drone = dataclasses.replace(report(TUE, "a", None), weapons=("drone",))
    assert merged([known, drone]) == ([(WED, "Jordan", {"a"})], [])
    assert merged([known, report(TUE, "a", None)]) == ([(WED, "Jordan", {"a"})], [])


@pytest.mark.parametrize(("reports", "events"), [
    # one article's attacks on two bases the same day stay two; another report joins the one
    # whose base it names, a report naming none the first
    ([report(TUE, "a", places=("North Base",)), report(TUE, "a", places=("River Camp",)),
      report(TUE, "b", places=("River Camp",))],
     [(TUE, "Iraq", {"a"}), (TUE, "Iraq", {"a", "b"})]),
    ([report(TUE, "a", places=("North Base",)), report(TUE, "a", places=("River Camp",)),
      report(TUE, "b")],
     [(TUE, "Iraq", {"a", "b"}), (TUE, "Iraq", {"a"})]),
    # two articles each telling one attack that day are one event
    ([report(TUE, "a", places=("North Base",)), report(TUE, "b", places=("River Camp",))],
     [(TUE, "Iraq", {"a", "b"})]),
])
def test_one_reports_attacks_on_two_bases_the_same_day_stay_two_events(
        reports: list[Event], events: list[tuple[dt.date, str | None, set[str]]]) -> None:
    got = merged(reports)[0]
    assert sorted(got, key=lambda e: sorted(e[2])) == sorted(events, key=lambda e: sorted(e[2]))


def test_an_act_at_a_third_base_joins_neither_of_the_two_one_report_kept_apart() -> None:
    # one report tells acts at two bases that day; another tells one at a third base, another at the
    # first: the third base's act is a row of its own, never told as the act at a base it does not name
    bases = frozenset({"North Base", "River Camp", "Hill Post"})
    reports = [report(TUE, "a", places=("North Base",)), report(TUE, "a", places=("River Camp",)),
               report(TUE, "b", places=("Hill Post",)), report(TUE, "c", places=("North Base", "Lake Town"))]
    articles = {a: ArticleRecord(a, f"{a}.txt") for a in "abc"}
    events, _ = merge_events(reports, articles, bases=bases)
    assert sorted((e.places, sorted({s.article for s in e.sources})) for e in events) == [
        (("Hill Post",), ["b"]), (("North Base", "Lake Town"), ["a", "c"]), (("River Camp",), ["a"])]


def test_reports_of_named_ships_take_their_own_rows_before_unnamed_reports() -> None:
    # a counts three ships hit that day, the first the named Ship A; b tells an unnamed one and Ship A;
    # c tells Ship B: Ship A's row holds a's and b's Ship A, b's other and Ship B are in other rows
    # (which of a's unnamed rows each joins, the reports do not say)
    def ship(article: str, n: int, named: str | None) -> Event:
        return dataclasses.replace(report(TUE, article, "Red Sea"), id=f"{article}{n}", named_event=named,
                                   sources=(Evidence(article, n, n + 1, "x"),))
    reports = [ship("a", 1, "Ship A"), ship("a", 2, None), ship("a", 3, None), ship("b", 1, None),
               ship("b", 2, "Ship A"), ship("c", 1, "Ship B")]
    events, _ = merge_events(reports, {a: ArticleRecord(a, f"{a}.txt") for a in "abc"})
    rows = sorted(sorted(f"{s.article}{s.start}" for s in e.sources) for e in events)
    assert len(rows) == 3 and ["a1", "b2"] in rows


@pytest.mark.parametrize(("reports", "events"), [
    # the day most sources give: two say Tuesday, one Wednesday in local time
    ([report(TUE, "a"), report(TUE, "b"), report(WED, "c", note=LOCAL)], [(TUE, "Iraq", {"a", "b", "c"})]),
    ([report(TUE, "a", note=LOCAL), report(WED, "b"), report(WED, "c")], [(WED, "Iraq", {"a", "b", "c"})]),
    # an event alone on an earlier day does not stop the pairs after it from joining
    ([report(SUN, "x", "Syria"), report(TUE, "us"), report(WED, "iq", note=LOCAL)],
     [(SUN, "Syria", {"x"}), (WED, "Iraq", {"us", "iq"})]),
])
def test_a_joined_event_takes_the_day_most_of_its_reports_give(
        reports: list[Event], events: list[tuple[dt.date, str | None, set[str]]]) -> None:
    assert merged(reports) == (events, [])


def test_a_joined_event_keeps_the_notes_of_the_days_it_did_not_take() -> None:
    earlier = "the day before publication"
    (event,), _ = merge_events([report(TUE, "a", note=LOCAL), report(TUE, "b", note=earlier),
                                report(WED, "c"), report(WED, "d")], {})
    assert (event.date, event.date_note) == (WED, f"{LOCAL}; {earlier}")
    assert event.summary == "Attack on US forces: Iraq"


ERBIL, KIRKUK = ("Erbil",), ("Kirkuk",)


@pytest.mark.parametrize(("undated", "published", "joins"), [
    # an undated report joins the one event of its kind, country and place dated from two days
    # before its publication to the day after
    (report(None, "u", places=ERBIL), WED, True),
    (report(None, "u", places=ERBIL), D(2023, 11, 24), True),
    (report(None, "u", places=ERBIL), D(2023, 11, 25), False),
    (report(None, "u", places=ERBIL), TUE, True),
    (report(None, "u", places=ERBIL), MON, False),
    # another place, no place, another country, another kind, no publication date: it stays apart
    (report(None, "u", places=KIRKUK), WED, False),
    (report(None, "u"), WED, False),
    (report(None, "u", "Syria", places=ERBIL), WED, False),
    (report(None, "u", places=ERBIL, kind="us_strike"), WED, False),
    (report(None, "u", places=ERBIL), None, False),
])
def test_an_undated_report_joins_the_one_event_it_tells(undated: Event, published: dt.date | None,
                                                        joins: bool) -> None:
    dated = report(WED, "d", places=("Erbil", "Ain al-Asad"))
    articles = {"d": ArticleRecord("d", "d.txt", published=WED),
                "u": ArticleRecord("u", "u.txt", published=published)}
    events, leftovers = merge_events([dated, undated], articles)
    (event,) = events
    assert event.date == WED
    assert {s.article for s in event.sources} == ({"d", "u"} if joins else {"d"})
    assert [e.sources[0].article for e in leftovers] == ([] if joins else ["u"])
    if joins:
        assert event.date_note == "date from other coverage of the same event"


def test_an_undated_report_that_fits_two_events_joins_neither() -> None:
    reports = [report(TUE, "d1", places=ERBIL), report(THU, "d2", places=ERBIL),
               report(None, "u", places=ERBIL)]
    assert merged(reports, {"u": WED}) == ([(TUE, "Iraq", {"d1"}), (THU, "Iraq", {"d2"})], ["u"])


def test_an_undated_report_whose_own_article_dates_another_act_of_its_kind_joins_nothing() -> None:
    # the article itself tells an attack on Wednesday; its undated "the base at Erbil was attacked"
    # may be that one: another report's Monday at Erbil is not certainly it
    reports = [report(MON, "d", places=ERBIL), report(WED, "u"), report(None, "u", places=ERBIL)]
    assert merged(reports, {"u": WED}) == ([(MON, "Iraq", {"d"}), (WED, "Iraq", {"u"})], ["u"])
    # neighbour: without the article's own dated act, the one report at Erbil takes it in
    alone = [report(MON, "d", places=ERBIL), report(None, "u", places=ERBIL)]
    assert merged(alone, {"u": WED}) == ([(MON, "Iraq", {"d", "u"})], [])


def test_an_undated_report_finds_an_event_joined_across_time_zones_by_its_local_day() -> None:
    # the joined event is filed under Wednesday, its local day: a report published on Friday
    # reaches back to Wednesday, not to the US Tuesday
    reports = [report(TUE, "us", places=ERBIL), report(WED, "iq", places=ERBIL, note=LOCAL),
               report(None, "u", places=ERBIL)]
    assert merged(reports, {"u": D(2023, 11, 24)}) == ([(WED, "Iraq", {"us", "iq", "u"})], [])


NAMED = "strikes on the depots"


def _strike(day: dt.date, article: str, named: str | None = None, near: str | None = None) -> Event:
    """A strike's report dated by the known event ``named``, or telling it a day off (``near``)."""
    return dataclasses.replace(report(day, article, kind="us_strike"), named_event=named, near_named=near)


@pytest.mark.parametrize(("reports", "expected"), [
    # a local outlet's "Wednesday" for strikes known (and dated by others) on the US Tuesday: one row,
    # on the known day, whichever side of it the other day lies
    ([_strike(TUE, "a", named=NAMED), _strike(WED, "b", near=NAMED)], [(TUE, "Iraq", {"a", "b"})]),
    ([_strike(TUE, "a", near=NAMED), _strike(WED, "b", named=NAMED)], [(WED, "Iraq", {"a", "b"})]),
    # neighbours: the other day's words tell another known event, or none; or the one article
    # reports both days as separate acts
    ([_strike(TUE, "a", named=NAMED), _strike(WED, "b", near="strike on a commander")],
     [(TUE, "Iraq", {"a"}), (WED, "Iraq", {"b"})]),
    ([_strike(TUE, "a", named=NAMED), _strike(WED, "b")], [(TUE, "Iraq", {"a"}), (WED, "Iraq", {"b"})]),
    ([_strike(TUE, "a", named=NAMED), _strike(WED, "a", near=NAMED)],
     [(TUE, "Iraq", {"a"}), (WED, "Iraq", {"a"})]),
])
def test_a_named_event_told_for_the_next_or_previous_day_is_one_row(
        reports: list[Event], expected: list[tuple[dt.date, str, set[str]]]) -> None:
    assert merged(reports) == (expected, [])


@pytest.mark.parametrize(("undated", "joins"), [
    # "Nov. 21" without a year: the one event of its kind dated on a 21 November
    (report(None, "u", month_day="11-21"), True),
    (report(None, "u", None, month_day="11-21"), True),  # no country: any country's
    (report(None, "u", month_day="11-22"), False),
    (report(None, "u", month_day="12-21"), False),
    (report(None, "u", "Syria", month_day="11-21"), False),
    (report(None, "u", month_day="11-21", kind="us_strike"), False),
])
def test_a_day_without_its_year_takes_the_year_of_the_one_event_on_that_day(undated: Event,
                                                                            joins: bool) -> None:
    events, leftovers = merge_events([report(TUE, "d"), report(D(2023, 12, 20), "e"), undated],
                                     {"u": ArticleRecord("u", "u.txt", published=None)})
    assert [(e.date, {s.article for s in e.sources}) for e in events] == [
        (TUE, {"d", "u"} if joins else {"d"}), (D(2023, 12, 20), {"e"})]
    assert len(leftovers) == (0 if joins else 1)
    if joins:
        (told,) = [e for e in events if e.date == TUE]
        assert told.date_note == "year from other reports of the same event"


@pytest.mark.parametrize(("also", "placed"), [
    # "on Nov. 17 ... days later, on Nov. 21": other reports place the 21st, so the 17th is of 2023
    (report(None, "u", "Syria", month_day="11-17"), D(2023, 11, 17)),
    (report(None, "u", "Syria", month_day="01-05"), D(2024, 1, 5)),  # across the new year, 45 days on
    # neighbours: too far from the placed day for one year to be sure; another article's day
    (report(None, "u", "Syria", month_day="03-30"), None),
    (report(None, "v", "Syria", month_day="11-17"), None),
])
def test_an_articles_other_days_take_the_year_other_reports_gave_one_of_them(also: Event,
                                                                           placed: dt.date | None) -> None:
    records = {a: ArticleRecord(a, f"{a}.txt", published=None) for a in ("u", "v")}
    events, leftovers = merge_events([report(TUE, "d"), report(None, "u", month_day="11-21"), also], records)
    assert {(e.date, e.country) for e in events} == {(TUE, "Iraq"), *([(placed, "Syria")] if placed else [])}
    assert len(leftovers) == (0 if placed else 1)
    if placed:
        (told,) = [e for e in events if e.date == placed]
        assert (told.date_basis, told.date_anchor, told.date_offset) == ("other-reports", TUE,
                                                                         (placed - TUE).days)


def test_an_articles_day_without_a_placed_neighbour_stays_open() -> None:
    """The article's 21 Nov found no other report (the only one is of the 22nd): its 17th stays open."""
    records = {"u": ArticleRecord("u", "u.txt", published=None)}
    events, leftovers = merge_events([report(WED, "d"), report(None, "u", month_day="11-21"),
                                      report(None, "u", "Syria", month_day="11-17")], records)
    assert [e.date for e in events] == [WED] and len(leftovers) == 2


def test_a_day_without_its_year_that_two_events_share_joins_neither() -> None:
    reports = [report(TUE, "d"), report(D(2022, 11, 21), "e"), report(None, "u", month_day="11-21")]
    assert merged(reports)[1] == ["u"]


@pytest.mark.parametrize(("places", "joins"), [
    # one report kept two bases' attacks of 21 Nov apart: the undated "Nov. 21" naming one joins it
    (("River Camp",), "river"),
    # naming neither, which of the two it tells is open
    ((), None),
])
def test_a_day_without_its_year_joins_the_one_of_a_reports_sites_it_names(
        places: tuple[str, ...], joins: str | None) -> None:
    reports = [report(TUE, "d", places=("North Base",)), report(TUE, "d", places=("River Camp",)),
               report(None, "u", places=places, month_day="11-21")]
    events, leftovers = merge_events(reports, {"u": ArticleRecord("u", "u.txt", published=None)})
    with_u = [e.places for e in events if any(s.article == "u" for s in e.sources)]
    assert with_u == ([("River Camp",)] if joins else [])
    assert len(leftovers) == (0 if joins else 1)


# --- syndicated copies: which texts count as copies, and of which original ------------------

def words(n: int, tag: str) -> str:
    return " ".join(f"{tag}{i}" for i in range(n))


def copies(texts: dict[str, str], published: dict[str, dt.date] | None = None) -> dict[str, str | None]:
    """Each article's ``duplicate_of`` when these texts are merged, in this order."""
    days = published or {}
    records = [ArticleRecord(a, f"{a}.txt", published=days.get(a, MON)) for a in texts]
    prints = [shingles(t) for t in texts.values()]
    marked = mark_duplicates(records, [p[:16] for p in prints], [len(p) for p in prints], prints.__getitem__)
    return {a.id: a.duplicate_of for a in marked}


def test_a_run_is_five_whole_words_wherever_they_stand() -> None:
    assert len(shingles("one two three four")) == 0
    assert len(shingles("one two three four five")) == 1
    assert len(shingles(words(12, "w"))) == 8
    assert set(shingles("one two three four five")) <= set(shingles("zero one two three four five six"))
    assert shingles("One, two. Three four FIVE!") == shingles("one two three four five")
    assert not set(shingles("one two three four fiver")) & set(shingles("one two three four fives"))


def test_the_earlier_published_text_is_the_original() -> None:
    story = words(40, "s")
    assert copies({"copy": story, "first": story}, {"first": SUN}) == {"copy": "first", "first": None}
    assert copies({"first": story, "copy": story}, {"first": SUN}) == {"copy": "first", "first": None}


def test_a_text_too_short_to_compare_does_not_stop_the_others() -> None:
    story = words(40, "s")
    assert copies({"note": "Updated.", "a": story, "b": story}, {"note": SUN}) == {
        "note": None, "a": None, "b": "a"}


def test_a_short_item_copied_whole_is_a_copy() -> None:
    item = "Rockets struck near the airport today"  # six words: two runs
    assert copies({"a": item, "b": item}) == {"a": None, "b": "a"}


@pytest.mark.parametrize(("shared", "copy"), [(6, True), (5, False)])
def test_a_copy_shares_at_least_sixty_percent_of_the_shorter_texts_runs(shared: int, copy: bool) -> None:
    # 14 words each, 10 runs each; the texts' first shared + 4 words are the same: shared runs
    first = words(14, "a")
    second = " ".join([*first.split()[:shared + 4], *words(10 - shared, "b").split()])
    assert copies({"first": first, "second": second}, {"first": SUN})["second"] == ("first" if copy else None)


def test_two_stories_sharing_one_paragraph_are_not_copies() -> None:
    paragraph = words(30, "p")
    texts = {"a": f"{paragraph} {words(60, 'x')}", "b": f"{words(60, 'y')} {paragraph}"}
    assert copies(texts, {"a": SUN}) == {"a": None, "b": None}


def test_a_short_item_quoted_whole_by_two_stories_is_the_copy_of_the_earlier() -> None:
    # 16 runs of the item's own in each story's 31: too few for the stories to be copies of each other
    item = words(20, "i")
    texts = {"later": f"{item} {words(15, 'x')}", "earlier": f"{words(15, 'y')} {item}", "item": item}
    assert copies(texts, {"earlier": SUN, "later": MON, "item": TUE}) == {
        "later": None, "earlier": None, "item": "earlier"}


def _named(day: dt.date, article: str) -> Event:
    return dataclasses.replace(report(day, article, "Jordan"), date_basis="named-event",
                               named_event="Tower 22 drone attack")


@pytest.mark.parametrize(("reports", "rows"), [
    # Saturday evening in Washington, Sunday in Jordan: one attack, on the named event's own day
    ([report(SUN, "us1", "Jordan"), report(SUN, "us2", "Jordan"), _named(MON, "jo")],
     [(MON, "Jordan", {"us1", "us2", "jo"})]),
    # no named event and no local time: two days, two rows
    ([report(SUN, "us1", "Jordan"), report(MON, "jo", "Jordan")],
     [(SUN, "Jordan", {"us1"}), (MON, "Jordan", {"jo"})]),
    # the named event's day is the later one: a report of the day after it is another event
    ([_named(SUN, "jo"), report(MON, "us1", "Jordan")],
     [(SUN, "Jordan", {"jo"}), (MON, "Jordan", {"us1"})]),
])
def test_one_named_event_across_midnight_is_one_row(reports: list[Event],
                                                    rows: list[tuple[dt.date, str, set[str]]]) -> None:
    assert merged(reports)[0] == rows


# --- a copy that changes a fact is an update, not a duplicate ----------------------------------

def test_a_copy_that_changes_a_figure_is_an_update_and_its_new_figure_counts(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Wire", "Jets strike Iraq launch site")
    later = STORY.format(outlet="Wire", header="Jets strike Iraq launch site").replace(
        "at least 74 times", "at least 75 times").replace("published: 2023-12-05", "published: 2023-12-06")
    (tmp_path / "b.txt").write_text(later, encoding="utf-8")
    extraction = extract([tmp_path])
    records = {a.path.rsplit("/", 1)[-1]: (a.duplicate_of, a.update_of) for a in extraction.articles}
    assert records == {"a.txt": (None, None), "b.txt": (None, "a")}
    assert sorted(t.value for t in extraction.tallies) == [60, 74, 75]  # the shared 60 once, with both
    (injured,) = [t for t in extraction.tallies if t.value == 60]
    assert {s.article for s in injured.sources} == {"a", "b"}


def test_the_appendix_says_which_copy_is_newer(tmp_path: Path) -> None:
    from briefing.assemble import assemble
    from briefing.model import Period

    _write(tmp_path, "a.txt", "Wire", "Jets strike Iraq launch site")
    later = STORY.format(outlet="Wire", header="Jets strike Iraq launch site").replace(
        "at least 74 times", "at least 75 times")
    (tmp_path / "b.txt").write_text(later, encoding="utf-8")
    briefing = assemble(extract([tmp_path]), Period(D(2023, 12, 1), D(2023, 12, 7), "w"), "T")
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in briefing.inputs}
    assert "the newer copy of a" in reasons["b.txt"] and "b is a newer run of it" in reasons["a.txt"]


def test_a_copy_with_the_same_facts_stays_a_duplicate(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Wire", "Jets strike Iraq launch site")
    _write(tmp_path, "b.txt", "Aggregator", "Jets strike Iraq launch site\nShared from the wire")
    records = {a.path.rsplit("/", 1)[-1]: (a.duplicate_of, a.update_of) for a in extract([tmp_path]).articles}
    assert records == {"a.txt": (None, None), "b.txt": ("a", None)}


def test_an_updates_statements_that_the_earlier_copy_made_are_counted_once(tmp_path: Path) -> None:
    said = "\nThe Pentagon on Monday blamed Kataib Hezbollah for the rockets.\n"
    _write(tmp_path, "a.txt", "Wire", "Jets strike Iraq launch site")
    (tmp_path / "a.txt").write_text((tmp_path / "a.txt").read_text() + said, encoding="utf-8")
    later = STORY.format(outlet="Wire", header="Jets strike Iraq launch site").replace(
        "at least 74 times", "at least 75 times") + said
    (tmp_path / "b.txt").write_text(later, encoding="utf-8")
    statements = extract([tmp_path]).statements
    assert [(s.kind, s.who, s.sources[0].article) for s in statements] == [("attribution", "Pentagon", "a")]


def _said(ident: str, article: str, quote: str, **more: Any) -> Any:
    from briefing.model import Statement

    fields: dict[str, Any] = {"kind": "promise", "who": "United States", "date": dt.date(2024, 2, 2)}
    return Statement(id=ident, sources=(Evidence(article, 0, len(quote), quote),), **(fields | more))


def test_outlets_quoting_the_same_words_make_one_statement_with_both_sources() -> None:
    from briefing.merge import join_statements

    words = "if you strike our people, we will answer at a time of our choosing"
    one = _said("s1", "a1", f'The minister said: "{words}."')
    two = _said("s2", "a2", f"“But {words.capitalize()},” the minister told reporters.")
    joined = join_statements([one, two])
    assert [s.id for s in joined] == ["s1"]
    assert [e.article for e in joined[0].sources] == ["a1", "a2"]


@pytest.mark.parametrize("other", [
    {"kind": "condemnation"}, {"who": "Iran"}, {"date": dt.date(2024, 2, 3)},
    {"quote": "“We will answer every attack on our bases with force,” the minister said."},
    {"quote": "The minister said the country would answer at a time of its choosing."},  # no quotation
    {"replies": ("d1",)},  # a claim with its denial stays as it is
])
def test_statements_that_differ_are_kept_apart(other: dict[str, object]) -> None:
    from briefing.merge import join_statements

    quote = "“If you strike our people, we will answer at a time of our choosing,” the minister said."
    one = _said("s1", "a1", quote)
    two = _said("s2", "a2", str(other.pop("quote", quote)), **other)
    assert [s.id for s in join_statements([one, two])] == ["s1", "s2"]


@pytest.mark.parametrize(("text", "bare"), [
    ('"We will respond."', "We will respond."),
    ("“We will respond,” he said.", "“We will respond,” he said."),
    ('"We will respond," he said, "and soon."', '"We will respond," he said, "and soon."'),
    ("We will respond.", "We will respond."),
])
def test_a_whole_quotation_loses_its_own_marks_when_the_page_prints_them(text: str, bare: str) -> None:
    from briefing.text import unquoted

    assert unquoted(text) == bare


@pytest.mark.parametrize(("kinds", "kind"), [
    # one strike that some reports call self-defence and others only a strike: one row, of the kind
    # most of its reports give, the closer one on a tie
    (["us_strike", "self_defense_strike", "self_defense_strike"], "self_defense_strike"),
    (["us_strike", "us_strike", "self_defense_strike"], "us_strike"),
    (["us_strike", "self_defense_strike"], "self_defense_strike"),
])
def test_a_strike_told_by_its_closer_kind_and_by_the_default_is_one_row(kinds: list[EventType],
                                                                        kind: str) -> None:
    reports = [report(TUE, f"r{i}", kind=each) for i, each in enumerate(kinds)]
    records = {f"r{i}": ArticleRecord(f"r{i}", f"r{i}.txt") for i in range(len(kinds))}
    events, _ = merge_events(reports, records)
    assert [(e.type, e.date, e.country, len(e.sources)) for e in events] == [(kind, TUE, "Iraq", len(kinds))]


def test_an_attack_and_a_strike_of_one_day_stay_two_rows() -> None:
    reports = [report(TUE, "a"), report(TUE, "b", kind="us_strike"),
               report(TUE, "c", kind="self_defense_strike")]
    events, _ = merge_events(reports, {a: ArticleRecord(a, f"{a}.txt") for a in "abc"})
    assert sorted(e.type for e in events) == ["attack_on_us_forces", "self_defense_strike"]


KNOWN_DAY_REPORT = """---
outlet: Desk Wire
published: 2024-02-05
---
Officials weigh next steps

WASHINGTON (Desk Wire) — The US strikes on 85 targets in Iraq and Syria were meant to deter further
attacks, officials said on Monday.
"""
NEXT_DAY_REPORT = """---
outlet: Local Daily
published: 2024-02-04
---
Strikes hit militia sites

On February 3, US warplanes struck more than 85 targets in Iraq and Syria, including weapons depots
near Al-Qaim.
"""


@pytest.mark.parametrize(("local", "rows"), [
    # a local outlet gives the strikes the profile knows on 2 February (US time) the next day: one row
    # in each country, on the known day, with both reports
    (NEXT_DAY_REPORT, {(D(2024, 2, 2), "Iraq", frozenset("ab")), (D(2024, 2, 2), "Syria", frozenset("ab"))}),
    # neighbour: a strike of the next day whose words do not tell the known event is another act
    (NEXT_DAY_REPORT.replace("more than 85 targets in Iraq and Syria", "weapons depots in Iraq"),
     {(D(2024, 2, 2), "Iraq", frozenset("a")), (D(2024, 2, 2), "Syria", frozenset("a")),
      (D(2024, 2, 3), "Iraq", frozenset("b"))}),
])
def test_reports_of_a_known_event_a_day_apart_are_one_row(
        tmp_path: Path, local: str, rows: set[tuple[dt.date, str, frozenset[str]]]) -> None:
    (tmp_path / "a.txt").write_text(KNOWN_DAY_REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(local, encoding="utf-8")
    extraction = extract([tmp_path])
    assert {(e.date, e.country, frozenset(s.article for s in e.sources)) for e in extraction.events} == rows


def _kept_apart(article: str, named: str | None, places: tuple[str, ...] = ()) -> Event:
    return dataclasses.replace(report(TUE, article, places=places), named_event=named)


def test_each_report_keeps_its_own_acts_of_a_day_apart() -> None:
    # three reports each kept two acts of one day apart, one naming neither, two naming both (two
    # named events of the day): each report's acts stay two rows, whichever report comes first
    reports = [_kept_apart("plain", None, ("Iraq",)), _kept_apart("plain", None),
               _kept_apart("named", "Act A", ("Iraq",)), _kept_apart("named", "Act B"),
               _kept_apart("third", "Act A"), _kept_apart("third", "Act B")]
    events, _ = merged(reports)
    assert sorted(sorted(e[2]) for e in events) == [["named", "plain", "third"]] * 2


def test_a_report_telling_one_named_act_twice_joins_that_acts_row_only() -> None:
    # a report that kept two records of one named act apart (one ship told twice): both join that
    # act's row, never the row of the other named act of the day, nor a row of their own
    reports = [_kept_apart("named", "Act A", ("Iraq",)), _kept_apart("named", "Act B"),
               _kept_apart("twice", "Act A"), _kept_apart("twice", "Act A")]
    events, _ = merged(reports)
    assert sorted(sorted(e[2]) for e in events) == [["named"], ["named", "twice"]]


@pytest.mark.parametrize(("undated_places", "joins"), [
    # each names its base and the bases differ: two acts in one province, not one (eighteenth session)
    (("Anbar", "Camp Vale"), False),
    # the same base, or no base on one side: the shared place decides, as before
    (("Anbar", "Fort Ridge"), True),
    (("Anbar",), True),
])
def test_an_undated_report_at_another_base_of_the_province_joins_nothing(undated_places: tuple[str, ...],
                                                                         joins: bool) -> None:
    dated = report(WED, "d", places=("Anbar", "Fort Ridge"))
    articles = {"d": ArticleRecord("d", "d.txt", published=WED),
                "u": ArticleRecord("u", "u.txt", published=TUE)}
    events, leftovers = merge_events([dated, report(None, "u", places=undated_places)], articles,
                                     bases=frozenset({"Fort Ridge", "Camp Vale"}))
    assert {s.article for s in events[0].sources} == ({"d", "u"} if joins else {"d"})
    assert len(leftovers) == (0 if joins else 1)
