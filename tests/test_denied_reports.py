"""Strikes that a command denies are no rows (a desk's finding, twentieth session), in sentences we
wrote: speculation or allegations denied with their verb of telling ("refuted speculation alleging
... airstrikes"), and reports told in one sentence and called untrue in the next ("reports claiming
that ... conducted airstrikes today. Those reports are not true."). Fails on the code before: both
were a US strike on the page's day. Neighbours keep their act."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract_article
from briefing.model import Event
from briefing.topic import choose_topic
from tests.conftest import make_article

SAT = dt.date(2024, 6, 15)


def _acts(text: str) -> list[Event]:
    found = extract_article(make_article(text, SAT), choose_topic(None))
    return [*found.events, *found.undated]


def test_speculation_a_command_refutes_is_no_strike() -> None:
    assert _acts("Earlier today, the command refuted speculation alleging American airstrikes in Iraq, "
                 "after an explosion at a militia depot near Hilla.") == []


def test_allegations_an_army_dismisses_are_no_strike() -> None:
    assert _acts("The army dismissed allegations that U.S. jets had struck a militia depot in Iraq "
                 "on Saturday.") == []


def test_reports_called_untrue_in_the_next_sentence_are_no_strike() -> None:
    assert _acts("Officials told reporters they were aware of reports claiming that the United States "
                 "conducted airstrikes in Iraq today. Those reports are not true, they said.") == []


def test_reports_the_next_sentence_does_not_deny_keep_their_strike() -> None:
    acts = _acts("Officials confirmed reports claiming that the United States conducted airstrikes in "
                 "Iraq today. Other reports of casualties were false.")
    assert [(e.type, e.country) for e in acts] == [("us_strike", "Iraq")]


def test_a_strike_a_command_confirms_stays() -> None:
    acts = _acts("The command confirmed that U.S. jets struck a militia depot in Iraq today.")
    assert [(e.type, e.country) for e in acts] == [("us_strike", "Iraq")]
