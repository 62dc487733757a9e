"""Questions asked only where they can be answered (issue 22, seventh pass): each screen or kept
answer gives what asking every sentence gives. Sentences written here, in the forms reports use."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from briefing import dates
from briefing.dates import WEEKDAYS, against_known_events
from briefing.screen import Screen
from briefing.topic import KnownEvent
from tests.conftest import make_article
from tests.test_details_walk import ACTS as _ACTS_TOLD
from tests.test_details_walk import TOLD as _SENTENCES_TOLD

_RAID_WEEK = dt.date(2024, 2, 19)  # a Monday: a raid on each day of that week


@pytest.mark.parametrize("form", ["on {}", "early {}", "{}'s", "late on {} night",
                                  "in the early hours of {}"])
@pytest.mark.parametrize("weekday", range(7))
@pytest.mark.parametrize("case", [str.title, str.upper, str.lower])
def test_the_weekday_screen_gives_every_sentences_answer(form: str, weekday: int, case: object) -> None:
    """A known event told with its weekday, the page saved the next week: undated whether or not
    the sentences without a weekday's name are passed over (fails when a weekday is left out of
    ``_WEEKDAY_NAME``)."""
    assert callable(case)
    day = _RAID_WEEK + dt.timedelta(days=weekday)
    raid = KnownEvent("Lighthouse raid", "us_strike", day, ("Iraq",), ("Lighthouse raid",))
    page = day + dt.timedelta(days=8)  # the weekday counted from it is a week after the raid
    told = form.format(case(WEEKDAYS[weekday]))
    article = make_article(f" date {page} Raid\n\nOfficials spoke. Commandos {told} carried out the "
                           "Lighthouse raid, officials said. Nothing else was said.")
    screened = against_known_events(article, (raid,))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_WEEKDAY_NAME", re.compile(""))  # every sentence asked
        full = against_known_events(article, (raid,))
    assert screened == full
    assert screened.published is None


# ---- the known events a whole article tells, read in one pass -------------------------------------

_FILLER = "Officials met in the capital to discuss the budget and the harvest. " * 20  # over topic._LONG


def _every_cue() -> list[tuple[str, int, str]]:
    from briefing.topic import TOPICS, load_topic

    found = []
    for profile in sorted(TOPICS.glob("*.toml")):
        for index, event in enumerate(load_topic(path=profile).known_events):
            found += [(profile.stem, index, cue) for cue in event.cues]
    return found


@pytest.mark.parametrize(("profile", "index", "cue"), _every_cue())
@settings(max_examples=2, deadline=None, phases=[Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_the_known_events_told_in_one_pass_are_those_each_cue_finds(profile: str, index: int, cue: str,
                                                                      data: st.DataObject) -> None:
    """Every cue of every known event of both shipped profiles, written as Hypothesis gives a match
    of it, inside a long text: ``told_known`` reads the same events as each event's own search, and
    that event among them (fails when one of a pattern's first words is left out of the one pass)."""
    from briefing import topic as topics

    known = topics.load_topic(path=topics.TOPICS / f"{profile}.toml").known_events
    # a cue that ends in a look-ahead ("the Number 9(?=, which)") has no full match of its own: drawn
    # with what follows it
    whole = "(?=" not in cue
    said = data.draw(st.from_regex(re.compile(cue, re.I), fullmatch=whole).filter(lambda s: "\n" not in s))
    text = f"{_FILLER}Reports said {said} on the day. {_FILLER}"
    topics._TOLD_KNOWN.clear()
    told = topics.told_known(known, text)
    assert told == tuple(e for e in known if e.told_in(text))
    if re.search(cue, text, re.I):  # (a match drawn may lean on what is around it: \b at its edges)
        assert known[index] in told


def test_the_known_events_a_text_tells_are_kept_for_the_same_text_only() -> None:
    from briefing import topic as topics

    known = topics.load_topic().known_events
    text = f"{_FILLER} The drone attack on Tower 22 in Jordan killed three soldiers. {_FILLER}"
    other = text.replace("Tower 22", "the depot")
    assert topics.told_known(known, text) == tuple(e for e in known if e.told_in(text)) != ()
    assert topics.told_known(known, other) == tuple(e for e in known if e.told_in(other))
    assert topics.told_known(known, text) == tuple(e for e in known if e.told_in(text))


def test_the_date_lines_kept_are_those_read_again() -> None:
    """A text's date lines, read once: each asking gets a list of its own with what reading the
    text again gives."""
    from briefing import datelines

    text = "2024-02-20 Raid\n\nFeb. 19, 2024\n\nCommandos raided the depot on Monday."
    first = datelines.datelines(text)
    first.append(first[0])
    assert datelines.datelines(text) == list(datelines._datelines.__wrapped__(text)) != first


# ---- the numbers that may count people harmed, screened first (details/casualties.py) ------------

_MON = dt.date(2024, 1, 29)
_ACTS = ["A drone attack hit US forces at Tower 22 in Jordan on Sunday.",
         "US jets struck a weapons depot near Abu Kamal in Syria on Sunday."]
# each way a figure of people harmed is told: people and harm after the number, a harm before it,
# a count that has risen; and numbers that count no one
FIGURES = [
    "The attack killed three soldiers and wounded 34 others, officials said.",
    "Two US service members were wounded.",
    "Militants fired rockets, injuring 25 service members.",
    "It claimed the lives of three American soldiers.",
    "The blast caused minor injuries to eight contractors.",
    "The strike led to the deaths of 16 people.",
    "The death toll rose to 40, a monitor said.",
    "The number of US troops injured in the attack has risen to at least 34.",
    "The tally of wounded stands at 12.",
    "The explosion left 5 people dead.",
    "The blast killed 2 soldiers, leaving 4 others wounded.",
]
NO_FIGURES = ["The convoy waited 12 hours after 3 people left the 2 checkpoints.",
              "About 2,500 US troops are in Iraq and 900 in Syria."]


def _both_ways(text: str) -> tuple[object, object]:
    from briefing.extract import extract_article
    from briefing.extract.details import casualties

    article = make_article(text, _MON)
    screened = extract_article(article)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(casualties, "_counts_harm", lambda before, after, lex: True)  # every number read
        full = extract_article(article)
    return screened, full


@pytest.mark.parametrize("act", _ACTS)
@pytest.mark.parametrize("told", FIGURES)
def test_each_figure_is_read_as_when_every_number_is_read(act: str, told: str) -> None:
    """Fails when one of the ways a figure is told is left out of ``_counts_harm``."""
    screened, full = _both_ways(f"{act} {told}")
    assert screened == full
    if act == _ACTS[0]:  # (beside a strike, an attack's figures are the attack's it answered)
        assert any(e.details.casualties for e in (*full.events, *full.undated))  # type: ignore[attr-defined]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ACTS), st.lists(st.sampled_from(FIGURES + NO_FIGURES), min_size=1, max_size=5),
       st.sampled_from([str, str.upper, str.lower]))
def test_any_report_reads_the_figures_read_when_every_number_is_read(act: str, told: list[str],
                                                                     case: object) -> None:
    assert callable(case)
    screened, full = _both_ways(" ".join([act, *(case(t) for t in told)]))
    assert screened == full


# ---- whether a sentence is about an event, answered once in that event's walk ---------------------

def _walked_and_not(text: str) -> tuple[object, object]:
    import contextlib

    from briefing.extract import extract_article
    from briefing.extract.details import sentences

    article = make_article(text, _MON)
    walked = extract_article(article)
    assert sentences._ANSWERS.get() is None  # nothing kept after the walk
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sentences, "one_walk", contextlib.nullcontext)  # each asking answered afresh
        patch.setattr("briefing.extract.details.one_walk", contextlib.nullcontext)
        fresh = extract_article(article)
    return walked, fresh


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_ACTS_TOLD), min_size=1, max_size=3),
       st.lists(st.sampled_from(_SENTENCES_TOLD), max_size=8))
def test_the_answers_kept_in_a_walk_are_those_asked_afresh(acts: list[str], told: list[str]) -> None:
    """Reports of one act or several (each event walks the same sentences, with its own answers)."""
    walked, fresh = _walked_and_not(" ".join([*acts, *told]))
    assert walked == fresh


def test_a_walk_keeps_each_windows_own_answer() -> None:
    """The same sentence asked as the event's own, as its neighbour and as a joined one in one walk:
    each answer is the one asked afresh (fails when the answers are kept by the words alone)."""
    from briefing.extract import extract_article
    from briefing.extract.details.sentences import Window, about_event, one_walk
    from briefing.extract.lexicon import lexicons
    from briefing.topic import load_topic

    event = extract_article(make_article(_ACTS_TOLD[0], _MON)).events[0]
    lex = lexicons(load_topic())
    text = "Rockets also hit a base near Kirkuk."
    kinds = ((False, False), (True, False), (False, True))
    windows = [Window(100, 136, own, joined) for own, joined in kinds]
    fresh = [about_event(w, text, event, lex) for w in windows]
    assert len(set(fresh)) == 2  # its own sentence is about it; a neighbour naming another place is not
    for order in (windows, windows[::-1]):
        with one_walk():
            asked = [about_event(w, text, event, lex) for w in order]
            assert asked == [fresh[windows.index(w)] for w in order]


# ---- a clipper's date saved long after: only sentences with a written day are read -----------------

_SAVED = dt.date(2024, 12, 20)  # a clipper's date; the days below, read against it, are in January
_CAMPAIGN_START = dt.date(2023, 10, 17)


@pytest.mark.parametrize("day", ["Jan. 5", "January 5", "5 January", "5 Jan", "JAN. 5", "Jan 5-6",
                                 "Jan. 5th"])
@pytest.mark.parametrize("case", [str, str.upper])
def test_a_day_told_long_before_the_clippers_date_is_found_in_the_screened_sentences(day: str,
                                                                                     case: object) -> None:
    """The day, told without its year among sentences with no date, is found as when every sentence
    is read (fails when the screen of the sentences misses a written day's words)."""
    assert callable(case)
    text = case(f"Officials met on Monday. Prices rose. The depot was hit on {day}, they said. "
                "Talks went on. The depot is near the river.")
    screened = dates._long_ago(text, 0, _SAVED, _CAMPAIGN_START)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_WRITTEN_DAY", Screen(None, False))  # every sentence read
        full = dates._long_ago(text, 0, _SAVED, _CAMPAIGN_START)
    assert screened == full
    if case is str:
        assert screened is not None
