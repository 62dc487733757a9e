"""Fast by design, eleventh pass (issue 22): work no longer done, each answer as before. Texts written
here, in the forms pages use."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import text
from briefing.text import all_sentences

_PIECES = st.sampled_from(["The base was hit.", "Strikes followed", "on Nov. 30-Dec. 1.", "30-Dec.", "Nov.",
                           "1-Jan.", "a-Dec.", "-Dec.", "–Feb.", "29–Feb. 2", "re-run.", "U.S.", "a. b.", "—",
                           "\n", "\n\n", "  ", "(Oct.", "/Sept.", "x" * 40, "Officials said so."])


def _old_dash_before_month(clean: str, window: int, at: int) -> int:
    dash = max(clean.rfind("-", window, at), clean.rfind("\u2013", window, at))
    month = clean[dash + 1:at + 1].lower()
    return dash if dash > 0 and clean[dash - 1].isdigit() and month in text._ABBREVIATIONS else -1


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=30))
def test_a_dash_before_a_month_is_found_as_before(pieces: list[str]) -> None:
    clean = " ".join(pieces)
    for at, char in enumerate(clean):
        if char == ".":
            for window in {0, max(0, at - 40)}:
                assert text._dash_before_month(clean, window, at) == _old_dash_before_month(clean, window, at)


class _Sliced(str):
    """A text recording the longest piece of it the split takes."""

    longest = 0

    def __getitem__(self, key: object) -> str:
        piece = str.__getitem__(self, key)  # type: ignore[index]
        _Sliced.longest = max(_Sliced.longest, len(piece))
        return piece


def test_the_split_reads_only_the_word_before_each_full_stop() -> None:
    # the month after a dash was read from the dash to the full stop, and with no dash there, from
    # the text's start: every full stop lowered all the text before it
    clean = _Sliced(" ".join(["Jets struck a depot on Nov. 30-Dec. 1, officials said."] * 40))
    _Sliced.longest = 0
    assert len(all_sentences.__wrapped__(clean)) == 40
    assert 0 < _Sliced.longest <= 41
