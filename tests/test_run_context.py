"""Time from the run's other articles, beyond shared words (briefing.rundates.date_from_context):
an undated article's running figure lies between the run's dated figures, which fixes the year
of a day it names without one and, inside a narrow window, the day of an act at a named site the
run dates. Articles and records written by us, in the forms seen in real clippings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing import rundates
from briefing.build import extract
from briefing.model import ArticleRecord, Details, Event, Evidence, Named, Tally
from briefing.rundates import Window, date_from_context, figure_windows

D = dt.date

EARLY = """---
published: 2023-11-13
outlet: Desk Wire
---
Militia attacks on US troops reach 55

WASHINGTON - The Pentagon said on Monday that U.S. forces in Iraq and Syria have come under attack
55 times since Oct. 17.
"""
LATE = """---
published: 2023-11-21
outlet: Capital Post
---
Pentagon counts 66 attacks on US forces

WASHINGTON - U.S. forces in Iraq and Syria have been attacked 66 times since Oct. 17, a Pentagon
spokeswoman told reporters on Tuesday.

A one-way drone struck Al-Asad air base in western Iraq on Monday, causing minor damage, she said.
"""
UNDATED = """Drone hits Iraq base as attack count climbs

Rockets were fired at Erbil air base on Nov. 12, a U.S. official said, adding that no one was hurt.

A one-way drone also struck Al-Asad air base in western Iraq, the official said, causing minor damage.

U.S. forces in Iraq and Syria have now come under attack 61 times, the Pentagon said.
"""


def _run(folder: Path, **files: str) -> list[Path]:
    for name, text in files.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return sorted(folder.glob("*.md"))


def test_a_running_figure_between_two_dated_ones_gives_a_yearless_day_its_year(tmp_path: Path) -> None:
    extraction = extract(_run(tmp_path, a=EARLY, b=UNDATED, c=LATE))
    (erbil,) = [e for e in extraction.events if e.sources[0].article == "b" and e.date == D(2023, 11, 12)]
    assert (erbil.date_basis, erbil.date_source, erbil.date_anchor, erbil.date_offset) == \
        ("run-figures", "a", D(2023, 11, 13), -1)
    undated = next(a for a in extraction.articles if a.id == "b")
    assert undated.published is None  # never a publication date from the run
    told = [p.message for p in extraction.problems if p.path.endswith("b.md")]
    assert any("between the run's dated figures of 13 Nov 2023 and 21 Nov 2023" in m for m in told)


def test_an_act_at_a_named_site_takes_the_day_the_run_dates_inside_the_window(tmp_path: Path) -> None:
    extraction = extract(_run(tmp_path, a=EARLY, b=UNDATED, c=LATE))
    (asad,) = [e for e in extraction.events if e.details.site and e.details.site.name.startswith("Al-Asad")]
    assert asad.date == D(2023, 11, 20)
    assert {s.article for s in asad.sources} == {"b", "c"}
    assert not any(s.article == "b" and "Al-Asad" in s.quote for e in extraction.undated for s in e.sources)


def test_without_the_dated_figures_nothing_is_placed(tmp_path: Path) -> None:
    extraction = extract(_run(tmp_path, b=UNDATED, c=LATE.replace("66 times", "many times")))
    assert not any(e.date_basis in ("run-figures", "run-event") for e in extraction.events)
    assert any(s.article == "b" for e in extraction.undated for s in e.sources)


# --- records: the window, its limits and disagreements ------------------------------------------

RECORDS = [ArticleRecord("d1", "d1.txt", published=D(2024, 1, 8)),
           ArticleRecord("d2", "d2.txt", published=D(2024, 1, 12)),
           ArticleRecord("d3", "d3.txt", published=D(2024, 3, 1)),
           ArticleRecord("d4", "d4.txt", published=D(2024, 3, 20)),
           ArticleRecord("u", "u.txt")]


def _tally(article: str, day: dt.date | None, value: int, metric: str = "attacks",
           kind: str = "official") -> Tally:
    quote = f"{value} {metric}"
    return Tally(id=f"{article}:{value}", metric=metric, value=value, qualifier="exact",  # type: ignore[arg-type]
                 since=None, as_of=day, breakdown=None, sources=(Evidence(article, 0, len(quote), quote),),
                 source_kind=kind)  # type: ignore[arg-type]


def _event(article: str, day: dt.date | None, quote: str = "a drone hit the base", site: str | None = None,
           yearless: str | None = None, basis: str = "unknown") -> Event:
    evidence = Evidence(article, 0, len(quote), quote)
    return Event(id=f"{article}:{day}:{site}:{yearless}", type="attack_on_us_forces", date=day,
                 date_precision="day" if day else "unknown", country="Iraq", places=(), actors=(), weapons=(),
                 summary="", sources=(evidence,), day_without_year=yearless, date_basis=basis,  # type: ignore[arg-type]
                 details=Details(site=Named(site, evidence)) if site else Details())


SERIES = [_tally("d1", D(2024, 1, 8), 110), _tally("d2", D(2024, 1, 12), 140),
          _tally("d3", D(2024, 3, 1), 170)]


@pytest.mark.parametrize(("mine", "expected"), [
    ([_tally("u", None, 125)], Window(D(2024, 1, 8), D(2024, 1, 12), "d1")),
    # within the margin of a dated figure (140): no bound from it (outlets count a little apart)
    ([_tally("u", None, 137)], Window(D(2024, 1, 8), D(2024, 3, 1), "d1")),
    # larger than every dated figure: bounded on one side only
    ([_tally("u", None, 190)], None),
    # a group's own count is not the campaign's series
    ([_tally("u", None, 125, kind="claim")], None),
    # two figures of the article: the days both allow (8-12 Jan and 12 Jan - 1 Mar)
    ([_tally("u", None, 125), _tally("u", None, 155)], Window(D(2024, 1, 12), D(2024, 1, 12), "d2")),
])
def test_the_window_of_an_undated_articles_figures(mine: list[Tally], expected: Window | None) -> None:
    assert figure_windows(RECORDS, [*SERIES, *mine]).get("u") == expected


INJURED = [_tally("d1", D(2024, 1, 8), 40, "injured"), _tally("d2", D(2024, 1, 12), 60, "injured")]


@pytest.mark.parametrize(("mine", "expected"), [
    # an injured count alone places nothing: the run's injured do not grow with its days
    ([_tally("u", None, 50, "injured")], None),
    # beside a count of attacks it narrows that count's window (8 Jan - 1 Mar by 137)
    ([_tally("u", None, 137), _tally("u", None, 50, "injured")], Window(D(2024, 1, 8), D(2024, 1, 12), "d1")),
])
def test_an_injured_count_narrows_an_attacks_window_but_never_places_alone(
        mine: list[Tally], expected: Window | None) -> None:
    assert figure_windows(RECORDS, [*SERIES, *INJURED, *mine]).get("u") == expected


def test_figures_whose_windows_do_not_meet_leave_the_article_without_one_and_say_why() -> None:
    series = [*SERIES, _tally("d3", D(2024, 3, 1), 50, "injured"),
              _tally("d4", D(2024, 3, 20), 70, "injured")]
    mine = [_tally("u", None, 125), _tally("u", None, 60, "injured")]  # 8-12 Jan, but 1-20 Mar
    events, problems = date_from_context(RECORDS, [_event("u", None, yearless="01-09")], [*series, *mine])
    assert events[0].date is None and "left undated" in events[0].date_note
    assert not problems


@pytest.mark.parametrize(("event", "expected", "basis"), [
    # "Jan. 9" in a window of 8-12 Jan 2024
    (_event("u", None, yearless="01-09"), D(2024, 1, 9), "run-figures"),
    # "Dec. 30": the latest before the window's end, within half a year of it
    (_event("u", None, yearless="12-30"), D(2023, 12, 30), "run-figures"),
    # "Jan. 9" told as a Friday: 9 Jan 2024 is a Tuesday
    (_event("u", None, "on Friday, Jan. 9, a drone hit the base", yearless="01-09"), None, "unknown"),
    # the act at the site the run dates inside the window
    (_event("u", None, site="Camp Example"), D(2024, 1, 10), "run-event"),
    # a day from a quoted statement outside the article's own window: anchors disagree
    (_event("u", D(2024, 2, 20), basis="run"), None, "unknown"),
    (_event("u", D(2024, 1, 10), basis="run"), D(2024, 1, 10), "run"),
])
def test_undated_events_placed_by_the_window(event: Event, expected: dt.date | None, basis: str) -> None:
    dated = [_event("d2", D(2024, 1, 10), site="Camp Example", basis="weekday")]
    events, _ = date_from_context(RECORDS, [*dated, event], [*SERIES, _tally("u", None, 125)])
    got = events[-1]
    assert (got.date, got.date_basis) == (expected, basis)
    if expected is None:
        assert "left undated" in got.date_note
    if basis.startswith("run-"):
        assert got.date_source is not None and got.date_anchor is not None
        assert got.date_anchor + dt.timedelta(days=got.date_offset or 0) == expected


def test_two_days_for_the_same_site_leave_it_undated() -> None:
    dated = [_event("d1", D(2024, 1, 7), site="Camp Example"),
             _event("d2", D(2024, 1, 10), site="Camp Example")]
    events, _ = date_from_context(RECORDS, [*dated, _event("u", None, site="Camp Example")],
                                  [*SERIES, _tally("u", None, 125)])
    assert events[-1].date is None
    assert "7 Jan 2024 and 10 Jan 2024" in events[-1].date_note


def test_a_wide_window_dates_no_site() -> None:
    dated = [_event("d3", D(2024, 2, 1), site="Camp Example")]
    events, _ = date_from_context(RECORDS, [*dated, _event("u", None, site="Camp Example")],
                                  [*SERIES, _tally("u", None, 150)])  # 12 Jan - 1 Mar
    assert events[-1].date is None


def _window_by_every_figure(value: int, series: list[tuple[int, dt.date, str]]) -> rundates.Window | None:
    """The window as its definition reads: the latest day of a figure at least a margin below,
    the earliest of one at least a margin above (a pass over every figure)."""
    margin = max(rundates.MIN_MARGIN, round(value * rundates.MARGIN))
    below = [(day, article) for figure, day, article in series if figure <= value - margin]
    above = [day for figure, day, _ in series if figure >= value + margin]
    if not below or not above:
        return None
    first, source = max(below)
    last = min(above)
    if last < first or (last - first).days > rundates.WIDEST:
        return None
    return rundates.Window(first, last, source)


def test_a_figures_window_is_the_one_its_definition_gives() -> None:
    """The window is found by binary search over the run's sorted figures (linear in the run);
    on random runs it is the window that a pass over every figure gives."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    point = st.tuples(st.integers(0, 60), st.dates(dt.date(2023, 10, 17), dt.date(2023, 12, 31)),
                      st.sampled_from(["a1", "a2", "a3"]))

    @settings(max_examples=300, deadline=None)
    @given(st.lists(point, max_size=40), st.integers(0, 70))
    def check(series: list[tuple[int, dt.date, str]], value: int) -> None:
        found = rundates._Series(series).window(value) if series else None
        assert found == _window_by_every_figure(value, series)

    check()
