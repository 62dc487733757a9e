"""How far an inline photo caption runs (seventeenth session, branch sides18): only its own sentence
is furniture. Sentences are our own, never an article's."""

from __future__ import annotations

from briefing.ingest import boilerplate


def test_an_inline_caption_blanks_only_its_own_sentence() -> None:
    text = ("US strikes Yemen\n\nU.S. jets struck two depots in Yemen on Friday. Pictured: U.S. Navy jets "
            "on a carrier deck on Jan. 12, 2024. The rebels said on Saturday that the depots burned.\n")
    clean = boilerplate(text)
    assert "jets on" not in clean and "carrier deck" not in clean
    assert "jets struck two depots" in clean and "the depots burned" in clean
