"""An undated copy that quotes a dated article of the run word for word tells the same news: its
undated act at a named site, by a means the dated article also gives there, is the dated article's
act (basis ``run-site``, issue 23). Only the quoted article is asked, never the run at large. The
texts are ours."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.build import extract
from briefing.model import ArticleRecord, Details, Event, Evidence, Extraction, Named, Tally
from briefing.rundates import date_from_run

DATED = ("---\noutlet: Capital Wire\npublished: 2024-03-05\n---\nMissiles hit US base in Iraq\n\n"
         "WASHINGTON (Capital Wire) - Militants fired two short-range ballistic missiles at U.S. troops at "
         "Al-Asad Airbase in western Iraq on Tuesday, injuring four service members, officials said."
         "\n{more}\n"
         '"U.S. and coalition forces have been attacked at least 75 times in Iraq and Syria since '
         'mid-October," a Pentagon spokesman said on Tuesday.\n')

UNDATED = ("Pentagon confirms attack on Iraqi base\n\n"
           '"We can confirm an attack last night using {means} against coalition forces at Al-Asad Airbase, '
           'which caused four injuries," the Pentagon spokesman said.\n\n"{figure}," the spokesman added.\n')

QUOTED = "U.S. and coalition forces have been attacked at least 75 times in Iraq and Syria since mid-October"
TUE = dt.date(2024, 3, 5)


def _extract(folder: Path, means: str = "a ballistic missile", figure: str = QUOTED,
             more: str = "") -> Extraction:
    (folder / "dated.txt").write_text(DATED.format(more=more), encoding="utf-8")
    (folder / "undated.txt").write_text(UNDATED.format(means=means, figure=figure), encoding="utf-8")
    return extract([folder])


def _articles(extraction: Extraction) -> dict[str, str]:
    return {a.id: a.path.rsplit("/", 1)[-1] for a in extraction.articles}


def test_the_undated_copy_s_act_at_the_site_is_the_quoted_article_s_act(tmp_path: Path) -> None:
    extraction = _extract(tmp_path)
    names = _articles(extraction)
    (attack,) = [e for e in extraction.events if e.type == "attack_on_us_forces"]
    assert attack.date == TUE
    assert {names[s.article] for s in attack.sources} == {"dated.txt", "undated.txt"}
    assert not [e for e in extraction.undated if e.type == "attack_on_us_forces"]


def _act(article: str, day: dt.date | None, quote: str, weapon: str = "ballistic missile") -> Event:
    evidence = Evidence(article, 0, len(quote), quote)
    return Event(id=f"{article}:{day}", type="attack_on_us_forces", date=day,
                 date_precision="day" if day else "unknown", country="Iraq", places=("Al-Asad Airbase",),
                 actors=(), weapons=(weapon,), summary="", sources=(evidence,),
                 details=Details(site=Named("Al-Asad Airbase", evidence)))


def _figure(article: str, day: dt.date | None) -> Tally:
    quote = f"“{QUOTED},” the spokesman said."
    return Tally(id=f"{article}:75", metric="attacks", value=75, qualifier="at least", since=None, as_of=day,
                 breakdown=None, sources=(Evidence(article, 0, len(quote), quote),))


def test_the_copy_s_record_says_where_its_day_comes_from() -> None:
    records = [ArticleRecord("d", "d.txt", published=TUE, outlet="Capital Wire"), ArticleRecord("u", "u.txt")]
    acts = [_act("d", TUE, "Missiles struck Al-Asad Airbase on Tuesday."),
            _act("u", None, "An attack last night by a missile at Al-Asad Airbase.")]
    events, tallies, _ = date_from_run(records, acts, [_figure("d", TUE), _figure("u", None)])
    assert [t.as_of_source for t in tallies] == [None, "d"]  # the copy quotes the dated figure
    mine = events[1]
    assert (mine.date, mine.date_basis, mine.date_source) == (TUE, "run-site", "d")
    assert "Capital Wire" in mine.date_note and "Al-Asad Airbase" in mine.date_note


def test_without_a_quoted_statement_the_run_at_large_is_not_asked(tmp_path: Path) -> None:
    extraction = _extract(tmp_path, figure="Our forces remain ready to respond to any threat in the region")
    rows = [e for e in extraction.events if e.type == "attack_on_us_forces"]
    assert [{_articles(extraction)[s.article] for s in e.sources} for e in rows] == [{"dated.txt"}]
    assert [e.date for e in extraction.undated if e.type == "attack_on_us_forces"] == [None]


def test_other_means_at_the_same_site_are_another_act(tmp_path: Path) -> None:
    extraction = _extract(tmp_path, means="two drones")
    assert [e.date for e in extraction.undated if e.type == "attack_on_us_forces"] == [None]


def test_two_days_of_acts_at_the_site_in_the_quoted_article_leave_the_copy_undated(tmp_path: Path) -> None:
    more = ("\nOn Sunday, militants had fired a ballistic missile at Al-Asad Airbase as well, causing no "
            "injuries, officials said.\n")
    extraction = _extract(tmp_path, more=more)
    assert [e.date for e in extraction.undated if e.type == "attack_on_us_forces"] == [None]
