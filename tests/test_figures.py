"""Which figures join, which heads the briefing, and where sources disagree (records of our own)."""

from __future__ import annotations

import datetime as dt

from briefing.figures import disagreements_of, glance, joinable
from briefing.model import Evidence, Period, SourceKind, Tally
from briefing.names import default_words

START = dt.date(2023, 10, 17)
PERIOD = Period(dt.date(2024, 1, 29), dt.date(2024, 2, 4), "2024-W05")


def figure(value: int, day: int, kind: SourceKind = "official", qualifier: str = "exact", article: str = "a",
           since: dt.date | None = START, metric: str = "attacks", month: int = 2) -> Tally:
    return Tally(id=f"{article}:{value}:{day}", metric=metric, value=value, qualifier=qualifier,  # type: ignore[arg-type]
                 since=since, as_of=dt.date(2024, month, day), breakdown=None,
                 sources=(Evidence(article, 0, 1, "x"),), source_kind=kind)


def test_a_groups_claim_is_never_the_headline_even_when_later() -> None:
    official = figure(160, 1, "official", "at least")
    claim = figure(150, 2, "claim", "more than", article="b")
    line = glance("attacks", [official, claim], PERIOD, START)
    assert line is not None and line.latest is official


def test_claims_and_monitors_and_unstated_starts_do_not_join_the_series() -> None:
    assert joinable(figure(160, 1, "official"), START)
    assert joinable(figure(160, 1, "outlet"), START)
    assert not joinable(figure(150, 2, "claim"), START)
    assert not joinable(figure(70, 2, "monitor"), START)
    assert not joinable(figure(160, 1, "official", since=None), START)
    assert joinable(figure(160, 1, "official", since=dt.date(2023, 10, 7)), START)  # "since the war began"


def test_the_change_is_from_an_earlier_comparable_figure_never_from_itself() -> None:
    before = figure(150, 26, month=1)
    same = figure(160, 1)
    line = glance("attacks", [before, same, figure(160, 1, article="c")], PERIOD, START)
    assert line is not None and line.earlier is before and line.change == 10


def test_a_claim_beside_the_governments_figure_is_a_disagreement_of_kinds() -> None:
    found = disagreements_of([figure(160, 1, "official", "at least"),
                              figure(150, 2, "claim", "more than", article="b")], START)
    assert [(d.kind, [t.value for t in d.tallies]) for d in found] == [("kinds", [160, 150])]
    assert "claim" in found[0].text and "at least 160" in found[0].text


def test_a_falling_claim_beside_official_figures_is_not_a_falling_total() -> None:
    found = disagreements_of([figure(160, 1), figure(140, 3, "monitor", article="b")], START)
    assert [d.kind for d in found] == ["kinds"]


def test_one_article_contradicting_itself() -> None:
    found = disagreements_of([figure(13, 1, article="a"), figure(23, 1, article="a")], START)
    assert [d.kind for d in found] == ["within-article"]


def test_same_day_figures_from_two_outlets_that_cannot_both_be_true() -> None:
    found = disagreements_of([figure(160, 1, article="a"), figure(130, 1, article="b")], START)
    assert [d.kind for d in found] == ["same-day"]
    overlapping = disagreements_of([figure(160, 1, qualifier="at least", article="a"),
                                    figure(165, 1, qualifier="approximately", article="b")], START)
    assert overlapping == []


def test_same_day_clashes_are_those_of_every_pair_compared() -> None:
    """The one-pass check finds exactly the figures the pairwise definition finds."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from briefing.figures import _clashing, interval

    qualifiers = st.sampled_from(["exact", "approximately", "at least", "more than", "nearly", "up to"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.integers(1, 60), qualifiers), max_size=8))
    def check(values: list[tuple[int, str]]) -> None:
        group = [figure(v, 1, qualifier=q, article=f"a{i}") for i, (v, q) in enumerate(values)]

        def apart(a: Tally, b: Tally) -> bool:
            (low_a, high_a), (low_b, high_b) = interval(a), interval(b)
            return high_a < low_b or high_b < low_a

        assert _clashing(group) == [t for t in group if any(apart(t, o) for o in group if o is not t)]

    check()


def test_a_claim_is_told_beside_the_official_figure_comparing_every_pair_would_pick() -> None:
    """Claims and monitors against the officials' figures by day: the same as looking at every
    official figure for every claim (the latest day within three, the first figure of that day
    whose value differs)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from briefing.figures import _kinds

    kinds = st.sampled_from(["official", "official", "outlet", "claim", "monitor"])

    metrics = st.sampled_from(["attacks", "injured"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.integers(60, 63), st.integers(1, 9), kinds, metrics), max_size=12))
    def check(rows: list[tuple[int, int, str, str]]) -> None:
        tallies = [figure(v, d, k, article=f"a{i}", metric=m)  # type: ignore[arg-type]
                   for i, (v, d, k, m) in enumerate(rows)]
        expected = []
        for other in (t for t in tallies if t.source_kind in ("claim", "monitor")):
            near = [t for t in tallies if t.source_kind == "official" and t.metric == other.metric
                    and abs((t.day - other.day).days) <= 3 and t.value != other.value]
            if near:
                expected.append((max(near, key=lambda t: t.day), other))
        assert [d.tallies for d in _kinds(tallies, default_words().metric_words)] == expected

    check()

# --- the chart's newest point and "Figures at a glance" agree, or the page says why -------------

def test_the_chart_and_the_headline_agree_on_the_latest_figure() -> None:
    from briefing.charts import _one_per_day
    from briefing.figures import chart_note, one_per_day

    figures = [figure(160, 1), figure(165, 2, "outlet", "approximately", article="b"),
               figure(166, 2, article="c")]
    assert one_per_day(figures) == _one_per_day(figures)  # the same rule as the chart's line
    line = glance("attacks", figures, PERIOD, START)
    assert line is not None and line.latest.value == 166
    assert chart_note(line, figures, START) == ""


def test_a_newer_point_on_the_chart_than_the_headline_is_explained() -> None:
    from briefing.figures import chart_note

    official, newer = figure(160, 2), figure(167, 4, "outlet", article="b")
    line = glance("attacks", [official, newer], PERIOD, START)
    assert line is not None and line.latest is official  # the government's, within three days
    note = chart_note(line, [official, newer], START)
    assert "167 as of 4 Feb" in note and "the outlet's own count" in note


def test_a_headline_figure_from_another_start_is_said_to_be_drawn_apart() -> None:
    from briefing.figures import chart_note

    other = figure(170, 2, since=None, article="b")
    line = glance("attacks", [figure(160, 1), other], PERIOD, START)
    assert line is not None and line.latest is other
    assert "a start not stated" in chart_note(line, [figure(160, 1), other], START)
