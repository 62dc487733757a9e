"""The five sample articles exactly as they were handed over (``../shared/seeds/``: no front
matter), briefed with the default period. Copied into a temporary folder at test time; the
repository keeps them only in ``sample_input/``, with front matter."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from briefing.assemble import assemble
from briefing.build import default_period, extract
from briefing.model import Briefing, Extraction, Period

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
D = dt.date

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="the seeds folder is not beside this checkout")


@pytest.fixture(scope="module")
def as_came(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    folder = tmp_path_factory.mktemp("seeds")
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(path, folder / path.name)
    extraction = extract(sorted(folder.glob("*.txt")))
    period, _ = default_period(extraction)
    return assemble(extraction, period, "Sample as it came")


def test_the_period_ends_on_the_newest_day_the_articles_report(as_came: Briefing) -> None:
    # the newest article (ABC, 21 Nov, US evening) reports the strikes of 22 Nov, local time
    assert (as_came.period.start, as_came.period.end) == (D(2023, 11, 16), D(2023, 11, 22))


def test_the_events_of_8_12_21_and_22_november_are_in_the_briefing(as_came: Briefing) -> None:
    shown = {(e.date, e.type) for e in (*as_came.chronology, *as_came.context)}
    assert {(D(2023, 11, 8), "us_strike"), (D(2023, 11, 12), "us_strike"),
            (D(2023, 11, 21), "attack_on_us_forces"), (D(2023, 11, 21), "self_defense_strike"),
            (D(2023, 11, 22), "us_strike")} <= shown
    assert as_came.after == ()


def test_the_figures_41_and_66_attacks_46_and_62_injured(as_came: Briefing) -> None:
    figures = {(t.metric, t.value) for t in as_came.tallies}
    assert {("attacks", 41), ("attacks", 66), ("injured", 46), ("injured", 62)} <= figures


def test_the_undated_ndtv_copy_takes_its_days_from_abc_and_says_so(as_came: Briefing) -> None:
    ndtv = next(a for a in as_came.extraction.articles if a.id.startswith("003"))
    assert ndtv.published is None  # a publication date is never inferred from another article
    (strike,) = [e for e in as_came.chronology if e.date == D(2023, 11, 22)]
    assert {s.article[:3] for s in strike.sources} == {"002", "003"}
    (figure,) = [t for t in as_came.tallies if t.value == 62]
    assert figure.as_of == D(2023, 11, 21) and figure.as_of_source is not None
    assert figure.as_of_source.startswith("002")
    told = [p.message for p in as_came.extraction.problems if p.path.endswith(ndtv.path)]
    assert any("take their days from" in m for m in told)
    status = next(s for s in as_came.inputs if s.article == ndtv.id)
    assert status.status == "used"


def test_the_ndtv_copy_s_attack_at_al_asad_is_abc_s_attack_of_21_november(as_came: Briefing) -> None:
    # NDTV quotes ABC's figures word for word; its "attack last night" by a close-range ballistic
    # missile at Al-Asad is ABC's one dated act there by a ballistic missile (twenty-second session)
    (attack,) = [e for e in as_came.chronology
                 if e.date == D(2023, 11, 21) and e.type == "attack_on_us_forces"]
    assert {s.article[:3] for s in attack.sources} == {"002", "003"}
    assert not [e for e in as_came.extraction.undated if e.type == "attack_on_us_forces" and e.details.site]


def test_the_2021_article_is_kept_out(as_came: Briefing) -> None:
    cited = {a.id[:3] for a in as_came.sources}
    assert "004" not in cited
    assert not any(s.article.startswith("004") for e in (*as_came.chronology, *as_came.context)
                   for s in e.sources)
    assert not any(t.sources[0].article.startswith("004") for t in as_came.tallies)


@pytest.mark.parametrize("outlet", ["Al Jazeera", "NDTV"])
def test_outlets_named_from_the_text(as_came: Briefing, outlet: str) -> None:
    assert outlet in {a.outlet for a in as_came.extraction.articles}


def test_abc_news_named_from_the_text(as_came: Briefing) -> None:
    assert "ABC News" in {a.outlet for a in as_came.extraction.articles}


@pytest.fixture(scope="module")
def seeds_extraction(as_came: Briefing) -> Extraction:
    return as_came.extraction


def test_an_event_after_a_given_period_is_listed_as_after_it(seeds_extraction: Extraction) -> None:
    # a week ending on ABC's publication day (21 Nov): the strikes of 22 Nov, local time, are not dropped
    briefing = assemble(seeds_extraction, Period(D(2023, 11, 15), D(2023, 11, 21), "w"), "Sample")
    assert [(e.date, e.type) for e in briefing.after] == [(D(2023, 11, 22), "us_strike")]
    assert not any(e.date == D(2023, 11, 22) for e in briefing.chronology)


def test_an_article_of_the_day_after_the_period_is_a_source_of_its_last_day(
        seeds_extraction: Extraction) -> None:
    # Al Jazeera, published 13 Nov, reports the strikes of 12 Nov: a week ending 12 Nov cites it
    briefing = assemble(seeds_extraction, Period(D(2023, 11, 6), D(2023, 11, 12), "w"), "Sample")
    (strike,) = [e for e in briefing.chronology if e.date == D(2023, 11, 12)]
    assert {s.article[:3] for s in strike.sources} == {"001"}
    assert "001" in {a.id[:3] for a in briefing.sources}
    statuses = {s.article[:3]: s.status for s in briefing.inputs if s.article}
    assert statuses["001"] == "used" and statuses["002"] == "outside-period"
