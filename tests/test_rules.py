"""The rules a one-line change could break unseen, one table per rule, on records of our own.

Each table pins the behaviour on both sides of the rule (what joins and what does not, what
is shown and what is cut), so that turning a rule off, or widening it, fails a row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence

import pytest
from click.testing import CliRunner

from briefing import assemble as assemble_module
from briefing.assemble import CHART_POINTS, CITES, CONTEXT_ROWS, assemble
from briefing.charts import _label_points, _one_per_day, text_box
from briefing.cli import main
from briefing.credits import guess_outlet
from briefing.figures import disagreements_of
from briefing.merge import flag_conflicts, merge_events
from briefing.model import (
    ArticleRecord,
    Briefing,
    DateBasis,
    Event,
    EventType,
    Evidence,
    Extraction,
    Period,
    Problem,
    Tally,
)
from briefing.period import describe
from tests.clips import fresh, write

D = dt.date
START = D(2023, 10, 17)
WEEK = Period(D(2023, 11, 16), D(2023, 11, 22), "2023-11-16_to_2023-11-22")
# a weekday read as the next day in Iraq or Syria: merge reads the typed basis, never the note
LOCAL = "local-time"


def event(day: dt.date, *articles: str, country: str | None = "Iraq", note: str = "",
          kind: EventType = "attack_on_us_forces") -> Event:
    """``note``: the typed date basis ("local-time"); the words a reader sees say the same."""
    basis: DateBasis = "local-time" if note == LOCAL else "weekday"
    return Event(id=f"{day}:{kind}:{'+'.join(articles)}", type=kind, date=day, date_precision="day",
                 country=country, places=(), actors=(), weapons=(), summary="",
                 sources=tuple(Evidence(a, 0, 1, "x") for a in articles),
                 date_note="ahead of US time" if note else "", date_basis=basis)


def tally(value: int, day: dt.date, article: str = "a", qualifier: str = "exact",
          since: dt.date | None = START, kind: str = "official", metric: str = "attacks") -> Tally:
    return Tally(id=f"{article}:{metric}:{value}:{day}:{qualifier}:{since}", metric=metric,  # type: ignore[arg-type]
                 value=value, qualifier=qualifier, since=since, as_of=day, breakdown=None,  # type: ignore[arg-type]
                 sources=(Evidence(article, 0, 1, "x"),), source_kind=kind)  # type: ignore[arg-type]


def record(article: str, published: dt.date | None) -> ArticleRecord:
    return ArticleRecord(id=article, path=f"{article}.txt", published=published,
                         published_basis="front-matter" if published else "unknown")


# --- merge: reports a day apart across time zones ------------------------------------------

TUE, WED, THU = D(2023, 11, 21), D(2023, 11, 22), D(2023, 11, 23)


@pytest.mark.parametrize(("reports", "merged"), [
    # a US "Tuesday" and an Iraqi "Wednesday" that explains itself by local time: one event, on
    # the local day (a tie goes to the later day), from both articles
    ([event(TUE, "us"), event(WED, "iq", note=LOCAL)], [(WED, {"us", "iq"})]),
    ([event(TUE, "us", note=LOCAL), event(WED, "iq")], [(WED, {"us", "iq"})]),
    # no report gives local time as the reason: two days, two events
    ([event(TUE, "us"), event(WED, "iq")], [(TUE, {"us"}), (WED, {"iq"})]),
    # the words of a note are for the reader: a note saying "ahead of US time" on a day counted
    # back from publication joins nothing
    ([event(TUE, "us"), dataclasses.replace(event(WED, "iq"), date_note="ahead of US time")],
     [(TUE, {"us"}), (WED, {"iq"})]),
    # one article tells both days apart: they are two events whatever the note says
    ([event(TUE, "us"), event(WED, "us", "iq", note=LOCAL)], [(TUE, {"us"}), (WED, {"us", "iq"})]),
    # two days apart is not a time-zone gap
    ([event(TUE, "us"), event(THU, "iq", note=LOCAL)], [(TUE, {"us"}), (THU, {"iq"})]),
    # another country is another event
    ([event(TUE, "us", country="Syria"), event(WED, "iq", note=LOCAL)],
     [(TUE, {"us"}), (WED, {"iq"})]),
])
def test_reports_a_day_apart_join_only_across_time_zones(reports: list[Event],
                                                          merged: list[tuple[dt.date, set[str]]]) -> None:
    events, leftovers = merge_events(reports, {})
    assert [(e.date, {s.article for s in e.sources}) for e in events] == merged
    assert leftovers == []


# --- figures: a falling running total ------------------------------------------------------

@pytest.mark.parametrize(("figures", "falls"), [
    ([tally(160, D(2024, 2, 1)), tally(140, D(2024, 2, 3), "b")], [(160, 140)]),
    # measured from the highest figure so far, not the first one
    ([tally(100, D(2024, 2, 1)), tally(160, D(2024, 2, 2), "b"), tally(140, D(2024, 2, 3), "c")],
     [(160, 140)]),
    # each fall is its own disagreement; after one, the floor stays at the highest figure
    ([tally(160, D(2024, 2, 1)), tally(140, D(2024, 2, 3), "b"), tally(150, D(2024, 2, 4), "c")],
     [(160, 140), (160, 150)]),
    # rising or level is no disagreement
    ([tally(140, D(2024, 2, 1)), tally(160, D(2024, 2, 3), "b")], []),
    ([tally(160, D(2024, 2, 1)), tally(160, D(2024, 2, 3), "b")], []),
    # "about 66" allows 62.7: 64 two days later may be the same count
    ([tally(66, D(2024, 2, 1), qualifier="approximately"), tally(64, D(2024, 2, 3), "b")], []),
    ([tally(66, D(2024, 2, 1), qualifier="approximately"), tally(62, D(2024, 2, 3), "b")], [(66, 62)]),
    # "at least 150" after 160 may be true: its range reaches above 160
    ([tally(160, D(2024, 2, 1)), tally(150, D(2024, 2, 3), "b", qualifier="at least")], []),
    # figures from another start are another series
    ([tally(160, D(2024, 2, 1)), tally(140, D(2024, 2, 3), "b", since=D(2024, 1, 1))], []),
    # one metric's figure does not fall against another's
    ([tally(160, D(2024, 2, 1)), tally(40, D(2024, 2, 3), "b", metric="injured")], []),
])
def test_a_falling_running_total_is_a_disagreement(figures: list[Tally],
                                                   falls: list[tuple[int, int]]) -> None:
    found = [d for d in disagreements_of(figures, START) if d.kind == "falling"]
    assert [tuple(t.value for t in d.tallies) for d in found] == falls
    for disagreement, (high, low) in zip(found, falls, strict=True):
        assert disagreement.text.startswith("The running total of attacks on US forces falls from ")
        assert f"{high} (" in disagreement.text and f"to {low} (" in disagreement.text


# --- merge: conflicts only between figures from the same start ------------------------------

OCT7, NOV1 = D(2023, 10, 7), D(2023, 11, 1)


@pytest.mark.parametrize(("figures", "flagged"), [
    ([tally(60, TUE, "a"), tally(40, TUE, "b")], {"a", "b"}),
    # counted from different starts, both can be true
    ([tally(60, TUE, "a", since=START), tally(40, TUE, "b", since=NOV1)], set()),
    # a figure that states no start may count from either, so it is compared with both, and
    # both with it (a group of one would name no figure it clashes with)
    ([tally(60, TUE, "a", since=START), tally(10, TUE, "c", since=None)], {"a", "c"}),
    ([tally(60, TUE, "a", since=START), tally(40, TUE, "b", since=NOV1), tally(10, TUE, "c", since=None)],
     {"a", "b", "c"}),
    ([tally(60, TUE, "a", since=START), tally(40, TUE, "b", since=NOV1), tally(60, TUE, "c", since=None)],
     {"b", "c"}),
    ([tally(60, TUE, "a", since=None), tally(40, TUE, "b", since=None)], {"a", "b"}),
    # "about 56" [53.2, 58.8] and "about 62" [58.9, 65.1] cannot both be true; "at least 50" fits both
    ([tally(56, TUE, "a", "approximately"), tally(62, TUE, "b", "approximately"),
      tally(50, TUE, "c", "at least")], {"a", "b"}),
    ([tally(60, TUE, "a"), tally(50, TUE, "b", "up to")], {"a", "b"}),
    ([tally(60, TUE, "a"), tally(61, TUE, "b", "more than")], {"a", "b"}),
    ([tally(60, TUE, "a"), tally(59, TUE, "b", "more than")], set()),
    # other days, other metrics: never compared
    ([tally(60, TUE, "a"), tally(40, WED, "b")], set()),
    ([tally(60, TUE, "a"), tally(40, TUE, "b", metric="injured")], set()),
    # a group's claim is compared with claims only
    ([tally(60, TUE, "a"), tally(40, TUE, "b", kind="claim")], set()),
    ([tally(60, TUE, "a", kind="claim"), tally(40, TUE, "b", kind="monitor")], {"a", "b"}),
])
def test_conflicts_only_between_figures_that_count_from_the_same_start(figures: list[Tally],
                                                                        flagged: set[str]) -> None:
    result = flag_conflicts(figures)
    assert {t.sources[0].article for t in result if t.conflict} == flagged
    assert [t.value for t in result] == [t.value for t in figures]  # kept side by side, unchanged


def test_a_conflict_group_names_the_metric_the_day_and_the_kind() -> None:
    result = flag_conflicts([tally(60, TUE, "a"), tally(40, TUE, "b"),
                             tally(60, TUE, "c", kind="claim"), tally(40, TUE, "d", kind="monitor")])
    assert [t.conflict for t in result] == ["attacks:2023-11-21", "attacks:2023-11-21",
                                            "attacks:2023-11-21:claims-monitors",
                                            "attacks:2023-11-21:claims-monitors"]


# --- charts: one point per day on the line ------------------------------------------------

@pytest.mark.parametrize(("figures", "points"), [
    ([tally(66, TUE, "a", "approximately"), tally(60, TUE, "b", "more than")], [("a", 66)]),
    ([tally(60, TUE, "b", "more than"), tally(66, TUE, "a", "approximately")], [("a", 66)]),
    ([tally(66, TUE, "a"), tally(70, WED, "b", "at least")], [("a", 66), ("b", 70)]),
    # the same precision on one day: the higher figure
    ([tally(64, TUE, "a", "approximately"), tally(66, TUE, "b", "approximately")], [("b", 66)]),
    ([tally(70, WED, "b"), tally(66, TUE, "a")], [("a", 66), ("b", 70)]),  # in order of day
])
def test_the_chart_line_has_one_point_per_day(figures: list[Tally], points: list[tuple[str, int]]) -> None:
    assert [(t.sources[0].article, t.value) for t in _one_per_day(figures)] == points


def test_labels_of_figures_crowded_in_a_few_days_do_not_overlap() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # (days after the start, figure, qualifier): four figures within 14 days at the right edge
    shown = [(0, 74, "exact"), (60, 100, "more than"), (102, 162, "exact"), (104, 152, "more than"),
             (93, 155, "exact"), (90, 136, "exact")]
    figures = [tally(value, START + dt.timedelta(days=days), "abcdef"[n], qualifier)
               for n, (days, value, qualifier) in enumerate(shown)]
    figure = Figure(figsize=(6.6, 3.0))
    canvas = FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.plot([t.day for t in figures], [t.value for t in figures], marker="o")  # type: ignore[arg-type]
    axes.set_ylim(bottom=0, top=162 * 1.2)  # as the chart has it
    figure.tight_layout()
    _label_points(axes, figures, {a: n for n, a in enumerate("abcdef", start=1)})
    renderer = canvas.get_renderer()  # type: ignore[no-untyped-call]
    boxes = [text_box(text, renderer) for text in axes.texts]  # the labels, not their leader lines
    assert len(boxes) == 6
    assert not [(i, j) for i, one in enumerate(boxes) for j, other in enumerate(boxes[i + 1:], i + 1)
                if one.overlaps(other)]


# --- assemble: the context window, the caps and the chart's thinning ----------------------

def briefing_of(events: Sequence[Event], tallies: Sequence[Tally] = (), context_days: int = 60,
                published: dict[str, dt.date] | None = None) -> Briefing:
    """The briefing of ``WEEK`` from these records; every article published on the period's first day
    unless ``published`` says otherwise."""
    records: list[Event | Tally] = [*events, *tallies]
    ids = sorted({s.article for r in records for s in r.sources})
    days = published or {}
    articles = tuple(record(a, days.get(a, WEEK.start)) for a in ids)
    return assemble(Extraction(articles, tuple(events), tuple(tallies)), WEEK, "T", context_days)


@pytest.mark.parametrize(("context_days", "days_before", "shown"), [
    (60, 60, True), (60, 61, False), (10, 10, True), (10, 11, False), (1, 1, True), (0, 1, False),
])
def test_context_reaches_context_days_before_the_period(context_days: int, days_before: int,
                                                        shown: bool) -> None:
    day = WEEK.start - dt.timedelta(days=days_before)
    earlier, current = event(day, "old"), event(WEEK.end, "new")
    briefing = briefing_of([earlier, current], context_days=context_days)
    assert briefing.context == ((earlier,) if shown else ())
    assert briefing.chronology == (current,)


def test_context_shows_the_latest_rows_and_says_how_many_more() -> None:
    # oldest first, as merge_events gives them
    earlier = [event(WEEK.start - dt.timedelta(days=n), f"a{n:02d}") for n in range(CONTEXT_ROWS + 2, 0, -1)]
    briefing = briefing_of([*earlier, event(WEEK.end, "new")])
    assert len(briefing.context) == CONTEXT_ROWS
    assert briefing.context == tuple(earlier[-CONTEXT_ROWS:])  # the latest
    assert any(f"Context shows the latest {CONTEXT_ROWS} earlier events; 2 more" in n.text
               and n.section == "chronology" for n in briefing.notes)


def test_context_at_the_cap_is_shown_whole_without_a_note() -> None:
    earlier = [event(WEEK.start - dt.timedelta(days=n), f"a{n:02d}") for n in range(CONTEXT_ROWS, 0, -1)]
    briefing = briefing_of([*earlier, event(WEEK.end, "new")])
    assert len(briefing.context) == CONTEXT_ROWS
    assert not any("Context shows" in n.text for n in briefing.notes)


def test_an_item_cites_its_earliest_sources_up_to_the_cap() -> None:
    articles = [f"s{n}" for n in range(CITES + 2)]
    published = {a: WEEK.start + dt.timedelta(days=n % 5) for n, a in enumerate(articles)}
    briefing = briefing_of([event(WEEK.end, *articles)], published=published)
    expected = sorted(articles, key=lambda a: (published[a], a))[:CITES]
    assert [a.id for a in briefing.sources] == expected
    status = {s.article: s.status for s in briefing.inputs}
    assert {a for a, s in status.items() if s == "used"} == set(expected)
    assert {a for a, s in status.items() if s == "not-shown"} == set(articles) - set(expected)


def test_a_chart_with_few_figures_keeps_every_one() -> None:
    figures = [tally(60 + n, WEEK.start - dt.timedelta(days=n), f"a{n:02d}") for n in range(CHART_POINTS)]
    briefing = briefing_of([], figures)
    assert len(briefing.tallies) == CHART_POINTS
    assert not any("chart shows" in n.text for n in briefing.notes)


def test_a_crowded_chart_keeps_one_figure_per_day_in_the_period_and_per_week_before() -> None:
    before = [tally(100 + n, WEEK.start - dt.timedelta(days=n), f"b{n:02d}") for n in range(1, CHART_POINTS)]
    tuesday = [tally(200, TUE, "t1", "approximately"), tally(205, TUE, "t2", "at least"),
               tally(210, TUE, "t3"), tally(30, TUE, "t4", since=NOV1)]
    briefing = briefing_of([], [*before, *tuesday])
    kept = {t.sources[0].article for t in briefing.tallies}
    # in the period: per start, the most precise figure of the day
    assert kept >= {"t3", "t4"} and not kept & {"t1", "t2"}
    # before it: the latest figure of each ISO week
    weeks = {t.as_of.isocalendar()[:2] for t in before}  # type: ignore[union-attr]
    kept_before = [t for t in briefing.tallies if t.as_of < WEEK.start]  # type: ignore[operator]
    assert len(kept_before) == len(weeks)
    for t in kept_before:
        same_week = [o.as_of for o in before if o.as_of.isocalendar()[:2] == t.as_of.isocalendar()[:2]]  # type: ignore[union-attr]
        assert t.as_of == max(same_week)  # type: ignore[type-var]
    assert any(f"all {len(before) + 4} reported figures are in the JSON export" in n.text
               and n.section == "charts" for n in briefing.notes)


def test_thinning_is_per_metric() -> None:
    attacks = [tally(100 + n, WEEK.start - dt.timedelta(days=n), f"a{n:02d}")
               for n in range(CHART_POINTS + 1)]
    injured = [tally(10, WEEK.start - dt.timedelta(days=n), f"i{n:02d}", metric="injured") for n in range(5)]
    briefing = briefing_of([], [*attacks, *injured])
    assert sum(t.metric == "injured" for t in briefing.tallies) == 5
    assert sum(t.metric == "attacks" for t in briefing.tallies) < len(attacks)


def test_the_caps_are_the_documented_ones() -> None:
    # README and the appendix's notes promise these numbers
    assert (assemble_module.CONTEXT_ROWS, assemble_module.CITES, assemble_module.CHART_POINTS) == (12, 4, 60)


# --- credits: the outlet from the article's address ----------------------------------------

@pytest.mark.parametrize(("url", "outlet"), [
    ("https://www.paper.example/a/b", "paper.example"),
    ("http://paper.example/a", "paper.example"),
    ("https://news.paper.example:8443/a", "news.paper.example"),
    ("https://paper.example", "paper.example"),
    ("https://wwwpaper.example/a", "wwwpaper.example"),
    ("ftp://paper.example/a", None),
    ("paper.example/a", None),
    (None, None),
])
def test_outlet_from_the_address(url: str | None, outlet: str | None) -> None:
    assert guess_outlet("Strikes hit sites in Syria on Monday, officials said.", url) == outlet


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://www.reuters.example/world/x", "Reuters"),  # the agency's own site: no "via"
    ("https://www.paper.example/world/x", "Reuters (via paper.example)"),
    (None, "Reuters"),
])
def test_a_wire_story_names_the_site_that_ran_the_copy(url: str | None, outlet: str) -> None:
    assert guess_outlet("Headline\n\nBAGHDAD (Reuters) – Rockets hit a base.", url) == outlet


# --- period: labels across a month ---------------------------------------------------------

@pytest.mark.parametrize(("start", "end", "label"), [
    (D(2023, 11, 16), D(2023, 11, 22), "16–22 November 2023"),
    (D(2023, 11, 27), D(2023, 12, 3), "27 November – 3 December 2023"),
    (D(2023, 12, 28), D(2024, 1, 3), "28 December 2023 – 3 January 2024"),
    (D(2024, 1, 1), D(2024, 1, 31), "1–31 January 2024"),
])
def test_period_labels(start: dt.date, end: dt.date, label: str) -> None:
    assert describe(Period(start, end, "x")) == label


# --- the command line: extract to standard output ------------------------------------------

def test_extract_json_dash_writes_the_extraction_to_standard_output(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    write(folder, "now.md", fresh(90))
    result = CliRunner().invoke(main, ["extract", str(folder), "--json", "-"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["schema"] == "briefing.extract/1"
    assert [t["value"] for t in document["tallies"]] == [90]
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["now.md"]  # no file written


# --- assemble: what each input is said to have given ---------------------------------------

def mention(article: str) -> Event:
    """An undated mention: an attack the article tells of without a day."""
    return Event(id=f"undated:{article}", type="attack_on_us_forces", date=None, date_precision="unknown",
                 country="Iraq", places=(), actors=(), weapons=(), summary="",
                 sources=(Evidence(article, 0, 1, "x"),))


def test_each_input_says_how_it_was_used_and_why() -> None:
    def article(name: str, published: dt.date | None = WEEK.start, duplicate_of: str | None = None,
                english: bool = True) -> ArticleRecord:
        return ArticleRecord(id=name, path=f"{name}.txt", published=published, duplicate_of=duplicate_of,
                             published_basis="front-matter" if published else "unknown", english=english)

    before_window = D(2023, 9, 1)  # the context window opens 60 days before 16 Nov: 17 Sep
    extraction = Extraction(
        articles=(article("orig"), article("copy", duplicate_of="orig"), article("fr", english=False),
                  article("self", None), article("undated", None), article("old", D(2023, 8, 1)),
                  article("empty"), article("stale")),
        events=(event(WEEK.end, "orig", "copy", "self"), event(D(2023, 8, 1), "old"),
                event(before_window, "stale"), event(before_window + dt.timedelta(days=1), "stale")),
        tallies=(tally(50, WEEK.end + dt.timedelta(days=8), "stale", kind="claim"),),
        problems=(Problem("orig.txt", "period", "its date line reads 2 Nov"),
                  Problem("orig.txt", "dates", "not about the period"),
                  Problem("broken.pdf", "read", "no text in it", "error", "unreadable")),
        undated=(mention("undated"), mention("stale")))
    statuses = assemble(extraction, WEEK, "T").inputs
    assert [(s.path, s.article, s.status, s.reason) for s in statuses] == [
        ("broken.pdf", None, "unreadable", "no text in it"),
        ("copy.txt", "copy", "duplicate", "a copy of orig; counted once, cited beside it"),
        ("empty.txt", "empty", "off-topic", "no attack, strike or campaign figure found in it"),
        # (twenty-second session: other languages are read for dated attacks and strikes only)
        ("fr.txt", "fr", "other-language",
         "does not read as English: in other languages only dated attacks and strikes are read, and none of "
         "the period was found in it"),
        ("old.txt", "old", "outside-period",
         "published 1 Aug 2023, outside 17 Sep 2023 – 22 Nov 2023; its events and figures are not used"),
        ("orig.txt", "orig", "used", "dated by its front matter; its date line reads 2 Nov"),
        ("self.txt", "self", "used",
         "undated, but its own text dates the events used (see each event's note)"),
        ("stale.txt", "stale", "not-used",
         "found 2 events, 1 figure, 1 undated mention; none is in this briefing (mentions whose day could "
         "not be read are listed in the appendix; its events are before the period and the context window; "
         "its figures are a group's claim or a monitor's count)"),
        ("undated.txt", "undated", "undated",
         "no publication date found; add 'published:' front matter; found 1 undated mention"),
    ]


# --- assemble: the key points, in words, each citing its sources --------------------------

NOV10, NOV20 = D(2023, 11, 10), D(2023, 11, 20)
RISE_AND_FALL = [tally(60, NOV10, "a"), tally(55, NOV20, "b"),
                 tally(12, NOV20, "c", since=None, metric="injured"),
                 tally(3, NOV10, "d", metric="killed"), tally(4, NOV20, "e", metric="killed")]


def test_key_points_give_each_figure_its_change_and_each_kind_of_event_its_days() -> None:
    briefing = briefing_of([event(WEEK.end, "x", country=None), event(WEEK.start, "y", kind="us_strike")],
                           RISE_AND_FALL)
    numbers = briefing.source_numbers()
    assert [(k.text, [(c.number, c.article) for c in k.citations]) for k in briefing.key_points] == [
        ("Attacks on US forces since 17 Oct 2023: 55 as of 20 Nov, down from 60 on 10 Nov.",
         [(numbers["a"], "a"), (numbers["b"], "b")]),
        ("US personnel injured (start not stated): 12 as of 20 Nov.", [(numbers["c"], "c")]),
        ("US personnel killed since 17 Oct 2023: 4 as of 20 Nov, up from 3 on 10 Nov.",
         [(numbers["d"], "d"), (numbers["e"], "e")]),
        ("US strikes in the period (16–22 November 2023): 16 Nov in Iraq.", [(numbers["y"], "y")]),
        ("Reported attacks on US forces in the period (16–22 November 2023): 22 Nov, place not given.",
         [(numbers["x"], "x")]),
        ("The running total of attacks on US forces falls from 60 (10 Nov) to 55 (20 Nov).",
         [(numbers["a"], "a"), (numbers["b"], "b")]),
    ]
    assert sorted(numbers.values()) == list(range(1, len(numbers) + 1))


def test_a_disagreement_of_weeks_before_the_period_is_no_key_point_but_is_still_shown() -> None:
    oct10, oct20 = D(2023, 10, 30), D(2023, 11, 2)
    briefing = briefing_of([], [tally(60, oct10, "a"), tally(55, oct20, "b")])
    assert [d.text for d in briefing.disagreements] == [
        "The running total of attacks on US forces falls from 60 (30 Oct) to 55 (2 Nov)."]
    assert not any(k.text.startswith("The running total") for k in briefing.key_points)


def test_an_unchanged_figure_says_so() -> None:
    briefing = briefing_of([], [tally(60, NOV10, "a"), tally(60, NOV20, "b")])
    assert [k.text for k in briefing.key_points] == [
        "Attacks on US forces since 17 Oct 2023: 60 as of 20 Nov, unchanged from 60 on 10 Nov."]


def test_there_are_at_most_six_key_points_and_the_figures_come_first() -> None:
    events = [event(WEEK.start, "y", kind="us_strike"), event(WEEK.start, "z", kind="self_defense_strike"),
              event(WEEK.end, "x")]
    texts = [k.text for k in briefing_of(events, RISE_AND_FALL).key_points]
    assert len(texts) == 6
    assert [t.split(" ")[0] for t in texts] == ["Attacks", "US", "US", "US", "US", "Reported"]
    assert not any(t.startswith("The running total") for t in texts)  # the seventh point


def test_a_key_point_tells_each_day_and_place_once_with_its_rows() -> None:
    # two bases hit on one day are two rows, and one day and place in the key point, with its count
    briefing = briefing_of([event(WEEK.start, "x", country="Syria"), event(WEEK.start, "y", country="Syria"),
                            event(WEEK.end, "z", country="Iraq")], [])
    (point,) = [k for k in briefing.key_points if k.text.startswith("Reported attacks")]
    assert point.text == ("Reported attacks on US forces in the period (16–22 November 2023): "
                          "16 Nov in Syria (2); 22 Nov in Iraq.")
