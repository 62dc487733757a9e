"""A time told apart ("A week earlier, ...", "Last March, ...") is searched only in sentences holding
a word its matches need (issue 22, ninth pass): each form is found as the rule's own search finds it.
Sentences written here, in the forms reports use."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.extract import told_time
from briefing.extract.details import sentences

# each way either rule is told (every alternative of act_other_time and act_page_time)
_FORMS = ["A week earlier, a drone struck the fort.", "Two days before, raiders fired rockets at the fort.",
          "Three weeks prior, a boat hit the pier.", "Days earlier, rockets landed near the fort.",
          "Months before, the tanker was hit.", "Years prior, a raid closed the road.",
          "Weeks ago, the fort was shelled.", "Earlier that month, a boat attack wounded three.",
          "The previous week, boats attacked the fort.", "The prior day, a drone was seen.",
          "The week before, a drone hit the fort.", "The year before, guards were hurt.",
          "Raiders attacked the fort three weeks ago.", "A couple of days ago, a drone hit the pier.",
          "Earlier this month, a boat attack on the fort wounded three.",
          "Earlier in the year, the pier was shelled.", "earlier in January, a drone hit the fort",
          "Last March, a drone attack killed a guard.", "Last week, boats attacked the fort.",
          "Last year a guard was hurt there.", "12 days ago the fort was hit.",
          # each holding one word of its rule's screen only (its piece included: "week" of "weeks")
          "The day before, a drone hit the fort.", "Days ago, rockets fell.",
          "Earlier that day, a boat sank.", "Months ago, the pier was shelled.",
          "The previous day, a drone was seen.", "Years ago, a guard died."]
_CASES = [str, str.upper, str.lower, str.title]


def _unscreened(text: str) -> tuple[bool, bool]:
    back = told_time._COUNTED_BACK.pattern.search(text) is not None
    page = told_time._PAGE_TIME.pattern.search(text) is not None
    return back or page, back


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("case", _CASES)
def test_each_time_told_apart_is_found_by_the_screened_search(form: str, case: object) -> None:
    """Fails when a word its matches need is left out of either rule's screen."""
    assert callable(case)
    text = f"Officials spoke on Tuesday. {case(form)} No one else was hurt."
    assert _unscreened(text)[0]  # (each form is one of the rules')
    assert (told_time.told_at_another_time(text), told_time.counted_back(text)) == _unscreened(text)
    day, published = dt.date(2024, 3, 5), dt.date(2024, 3, 20)
    spans = [told_time._span(m, published) for m in told_time._PAGE_TIME.pattern.finditer(text)]
    assert told_time.outside_page_time(text, day, published) is any(
        s is not None and not s[0] <= day <= s[1] for s in spans)


_WORDS = st.sampled_from(["a", "two", "12", "days", "weeks", "month", "year", "earlier", "before", "prior",
                          "ago", "last", "previous", "that", "this", "in", "the", "March", "Pentagon",
                          "agone", "lastly", "beforehand", ",", "Earlier", "LAST", "Days"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, min_size=1, max_size=12))
def test_any_sentence_is_answered_as_the_rules_own_search_answers(words: list[str]) -> None:
    text = " ".join(words) + "."
    assert (told_time.told_at_another_time(text), told_time.counted_back(text)) == _unscreened(text)


# each way an act is told apart (rule act_told_apart), each holding one word of its screen only
_APART = ["An earlier boat attack on the fort wounded five.", "A previous strike killed two guards.",
          "The prior raid hurt one guard.", "In a separate incident, a raid wounded two.",
          "In another attack, boats hit the fort.", "Two earlier drone strikes missed."]


@pytest.mark.parametrize("form", _APART)
@pytest.mark.parametrize("case", _CASES)
def test_each_act_told_apart_is_found_by_the_screened_search(form: str, case: object) -> None:
    """The details' ``another_act`` as the rule's own search answers (fails when a word is left out
    of its screen)."""
    assert callable(case)
    text = case(form)
    assert sentences.another_act(text) is (sentences._ACT_TOLD_APART.pattern.search(text) is not None) is True
