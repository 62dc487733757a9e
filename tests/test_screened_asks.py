"""Questions asked only where they can be answered (issue 22, seventh pass): each screen or kept
answer gives what asking every sentence gives. Sentences written here, in the forms reports use."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefing import dates
from briefing.dates import WEEKDAYS, against_known_events
from briefing.topic import KnownEvent
from tests.conftest import make_article

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
