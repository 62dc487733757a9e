"""A yearless date line's lede weekday decides between the campaign's years only in a text tied to the
campaign's time; one of the start's phrases ties it only as a count's start ("since October 17"), not
standing anywhere ("in October", "when the war broke out"), which a report of 2021 writes as readily
(issue 23, the twentieth session). Sentences and places are our own; the default profile's campaign
began on 17 October 2023, and 9 November was a Thursday in 2023 only of its years."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefing.model import Article

LINE = ("Jets hit a depot\n\nNorburg, Nov 9\n\nJets struck a depot near Norburg after midnight Thursday, the "
        "radio said. ")


def _dated(text: str) -> Article:
    from briefing.collect import _dated as dated
    from briefing.topic import load_topic

    return dated(Article(id="t1", path="t1.txt", text=text, clean=text), load_topic())


@pytest.mark.parametrize(("rest", "published"), [
    # a count from the campaign's start: the lede's Thursday puts the date line in 2023
    ("Militias have fired at the garrison 40 times since October 17.", dt.date(2023, 11, 9)),
    ("Militias have fired at the garrison 40 times since the war began.", dt.date(2023, 11, 9)),
    # the start's words standing alone: any year's
    ("The garrison was last hit in October, officials said.", None),
    ("The depot has stood since 2011, when the war broke out, officials said.", None),
])
def test_a_start_phrase_ties_a_yearless_report_only_as_a_counts_start(rest: str,
                                                                      published: dt.date | None) -> None:
    article = _dated(LINE + rest)
    assert dataclasses.replace(article, problems=()).published == published


@pytest.mark.parametrize("rest", [
    # the war the campaign began in, named as reports of May 2021 named that year's war too: no tie
    # (an era phrase was considered in the twentieth session and not landed for this reason)
    "The raids come on the heels of the Israeli-Hamas conflict in the Gaza Strip.",
    "Fighters in the east blame the escalation in Gaza on the garrison's owners.",
])
def test_a_war_named_as_another_years_reports_name_theirs_ties_nothing(rest: str) -> None:
    assert _dated(LINE + rest).published is None
