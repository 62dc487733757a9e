"""Cumulative campaign figures: attacks on US forces, US personnel injured and killed.

A tally is a running total an official or outlet quotes ("attacked
approximately 66 times since October 17"). Numbers that are not tallies are
the hard part: troop deployments, Gaza casualties, militia dead, the injuries
of one single attack. Each rule below says which kind of sentence it is for.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import find_dates
from ..model import Article, DateMention, Evidence, Tally
from ..text import all_sentences
from .numbers import NUMBER, QUALIFIER, qualifier_of, value_of

_US = r"(?:U\.S\.|US|American|United States|coalition|U\.S\.-led)"
_PEOPLE = (r"(?:troops|personnel|service\s?members|servicemembers|soldiers|sailors|marines|"
           r"airmen|Americans|forces|people)")
_US_TARGET = re.compile(
    rf"\b{_US}(?:\s+and\s+(?:coalition|allied|partner))?\s+(?:military\s+)?"
    rf"(?:forces|troops|personnel|service\s?members|bases|facilities|positions|interests)\b"
    rf"|\b(?:Americans|American\s+troops)\b|\bbases\b[^.]{{0,60}}\bhosting\s+{_US}"
    rf"|\b{_US}(?!\w)[^.;]{{0,60}}\b(?:its|their)\s+(?:forces|troops|personnel)\b",
    re.I,
)
# "attacked approximately 66 times", "targeted at least 40 times", "hit 5 dozen times"
_ATTACKED_TIMES = re.compile(
    rf"\b(?:attacked|targeted|struck|hit)\s+(?:{_US}\s+(?:forces|troops|personnel)\s+)?{QUALIFIER}{NUMBER}\s+(?:separate\s+|different\s+)?times\b",
    re.I,
)
# "have come under attack more than 100 times"
_UNDER_ATTACK = re.compile(
    rf"\b(?:come|came|been)\s+under\s+(?:\w+\s+)?(?:attack|fire)\s+{QUALIFIER}{NUMBER}\s+times\b", re.I)
# "The Erbil attack was the 103rd on US forces ... since October 17"
_ORDINAL = re.compile(
    r"\b(?:was|marked|is|became)\s+the\s+(?P<num>\d{1,4})(?:st|nd|rd|th)\b(?:\s+(?:such\s+)?attack)?", re.I)
# "more than five dozen such attacks", "at least 40 drone and rocket attacks"
_N_ATTACKS = re.compile(
    rf"{QUALIFIER}{NUMBER}\s+(?:(?:separate|such|total|different|drone|rocket|missile|and|or|"
    rf"one-way|harassing|militia|distinct)\s+){{0,4}}attacks\b",
    re.I,
)
# "Attacks ... numbered 41", "the tally of attacks rose to 55"
_NUMBERED = re.compile(
    rf"\battacks\b[^;]{{0,120}}?\b(?:numbered|totalled|totaled|reached|rose to|climbed to|"
    rf"stood at|stands at|now at|to)\s+{QUALIFIER}{NUMBER}\b(?!\s*(?:troops|personnel|people|times))",
    re.I,
)
_INJURED = re.compile(
    rf"{QUALIFIER}{NUMBER}\s+(?:{_US}\s+)?(?:military\s+)?{_PEOPLE}\s+"
    rf"(?:(?:have|has|had)\s+(?:been\s+)?|were\s+|was\s+|)"
    rf"(?:reported\s+|treated\s+for\s+|suffered\s+|sustained\s+|received\s+)?"
    rf"(?:minor\s+|mild\s+|non-life-threatening\s+|some\s+)?"
    rf"(?P<kind>injured|wounded|hurt|injuries|wounds|traumatic brain injur(?:y|ies)|killed|dead|died)\b",
    re.I,
)
# "approximately 62 injuries to US personnel"
_INJURIES_TO = re.compile(
    rf"{QUALIFIER}{NUMBER}\s+(?:\w+\s+){{0,2}}(?P<kind>injuries|casualties|deaths)\s+(?:to|among)\s+"
    rf"(?:{_US}\s+)?(?:military\s+)?{_PEOPLE}",
    re.I,
)
_CUMULATIVE = re.compile(
    r"\b(since|so far|to date|in total|in all|total(?:led|ed)?|tally|altogether|overall|"
    r"in recent weeks|over the past|over the last|in the attacks|in those attacks|"
    r"in these attacks|the attacks have|attacks have resulted|numbered|campaign|"
    r"have been attacked|has been attacked|have attacked|have been targeted)\b",
    re.I,
)
# One attack's casualties ("an attack ... which resulted in eight injuries",
# "missiles ... injuring as many as eight service members") are not tallies.
_SINGLE = re.compile(r"\b(an attack|the attack|this attack|that attack|one attack|the strike|"
                     r"injuring|wounding|killing)\b", re.I)
_NOT_US = re.compile(r"^\s*(?:\w+\s+){0,2}(?:civilians|Palestinians|Israelis|fighters|militants|"
                     r"militiamen|members of|others|children|women|Iraqis|Syrians)", re.I)
_PLURAL_ATTACKS = re.compile(r"\battacks\b", re.I)
# "injured after drone attacks on Al-Tanf and Al-Asad last week": the count of
# named attacks, not of the campaign.
_NAMED_ATTACKS = re.compile(
    r"\battacks\s+(?:on|at|against)\s+(?:the\s+)?[A-Z]|\b(last|this)\s+week\b|"
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_PRONOUN_SAID = re.compile(r"\b(he|she|they|officials?|the Pentagon|spokesman|spokeswoman)\s+"
                           r"(said|added|told)\b|\bsaid\s+(he|she)\b", re.I)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?", re.I)
_START_CUE = re.compile(r"\b(?:since|began|begun|beginning|started|starting)\s+(?:on\s+)?", re.I)
_BREAKDOWN = re.compile(
    rf"{NUMBER}\s+(?:separate\s+|different\s+)?(?:times|attacks)\s+(?:were\s+)?in\s+"
    rf"(?P<country>Iraq|Syria|Jordan)\b", re.I,
)
_OTHER_PERIOD = re.compile(r"since the (?:beginning|start) of (?:the|this) year", re.I)


def extract_tallies(article: Article) -> list[Tally]:
    """The campaign tallies an article quotes, each with its evidence."""
    clean = article.clean
    sentences = all_sentences(clean)
    start_of_campaign = _article_start(article)
    found: list[Tally] = []
    para_start: dict[int, int] = {}
    for para, start, _ in sentences:
        para_start.setdefault(para, start)
    for index, (para, start, end) in enumerate(sentences):
        sentence = clean[start:end]
        # what came before in the paragraph ("such attacks" refers back to it), bounded
        # so that a paragraph of a million sentences stays linear
        previous = clean[max(para_start[para], start - LOOK_BACK):start]
        if not previous and index:
            previous = clean[slice(*sentences[index - 1][1:])][-LOOK_BACK:]
        for metric, match in _candidates(sentence, previous):
            value = value_of(match["num"])
            if value is None or value < 2 or value > 100_000:
                continue
            dates = find_dates(clean, start, end, article.published, article.published_time)
            since = _since(clean, start, end, dates, start_of_campaign, article)
            as_of = _as_of(article, sentences, index, dates, since)
            breakdown, where = (_breakdown(clean, sentences, index, value) if metric == "attacks"
                                else (None, index))
            evidence_end = sentences[where][2]  # the quote runs on if the split is in the next sentence
            evidence = Evidence(article.id, start, evidence_end, article.text[start:evidence_end])
            found.append(Tally(
                id=f"{article.id}:t{len(found) + 1}", metric=metric,  # type: ignore[arg-type]
                value=value,
                qualifier=qualifier_of(match),  # type: ignore[arg-type]
                since=since, as_of=as_of, breakdown=breakdown, sources=(evidence,),
            ))
    return _dedupe(found)


# Cheap tests first: the full patterns (number words, qualifiers) are slow to
# try at every position, and most sentences hold no figure at all.
_ATTACK_WORDS = re.compile(r"attack|times|targeted", re.I)
_HARM_WORDS = re.compile(r"injur|wound|hurt|kill|dead|died|deaths|casualt", re.I)


_KEYWORDS: dict[int, re.Pattern[str]] = {}
LOOK_BACK = 600  # characters of context before a sentence that "such attacks" may refer to


def _near(pattern: re.Pattern[str], keyword: str, text: str, before: int = 110,
          after: int = 40, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """``pattern``'s matches that lie around ``keyword``, found by searching only there.

    The patterns open with a qualifier and a number (long alternations); trying
    them at every character of every sentence cost ~7 ms an article, while the
    word each of them must contain ("attacks", "injured") is rare.
    """
    end = len(text) if end is None else end
    finder = _KEYWORDS.setdefault(id(pattern), re.compile(keyword, re.I))
    found: dict[tuple[int, int], re.Match[str]] = {}
    for hit in finder.finditer(text, start, end):
        window_start = max(start, hit.start() - before)
        for match in pattern.finditer(text, window_start, min(end, hit.end() + after)):
            if match.start() <= hit.start() < match.end() or match.start() <= hit.end() <= match.end():
                found.setdefault(match.span(), match)
    return [found[span] for span in sorted(found)]


def _candidates(sentence: str, previous: str) -> list[tuple[str, re.Match[str]]]:
    found: list[tuple[str, re.Match[str]]] = []
    if not (_ATTACK_WORDS.search(sentence) or _HARM_WORDS.search(sentence)):
        return found
    us_target = _US_TARGET.search(sentence) or (
        re.search(r"\bsuch attacks\b", sentence, re.I) and _US_TARGET.search(previous))
    cumulative = _CUMULATIVE.search(sentence)
    if us_target and cumulative and not _OTHER_PERIOD.search(sentence):
        taken: list[tuple[int, int]] = []
        matches = [*_ATTACKED_TIMES.finditer(sentence), *_UNDER_ATTACK.finditer(sentence),
                   *_ORDINAL.finditer(sentence), *_NUMBERED.finditer(sentence),
                   *_near(_N_ATTACKS, r"\battacks\b", sentence)]
        for match in matches:
            span = match.span("num")
            if any(s <= span[0] < e for s, e in taken) or _is_breakdown(sentence, match):
                continue
            taken.append(span)
            found.append(("attacks", match))
    if not _HARM_WORDS.search(sentence):
        return found
    harmed = [*_near(_INJURED, r"injur|wound|hurt|killed|dead|died", sentence),
              *_near(_INJURIES_TO, r"injuries|casualties|deaths", sentence)]
    for match in harmed:
        kind = match["kind"].lower()
        metric = "killed" if kind in {"killed", "dead", "died", "deaths"} else "injured"
        after_number = sentence[match.end("num"):]
        if _NOT_US.match(after_number) or _SINGLE.search(sentence):
            continue
        if re.match(r"\s+people\b", after_number, re.I) and not re.search(_US, sentence):
            continue
        attacks_told = _PLURAL_ATTACKS.search(previous + " " + sentence)
        if _CUMULATIVE.search(sentence) or (attacks_told and not _NAMED_ATTACKS.search(sentence)):
            found.append((metric, match))
    return found


def _is_breakdown(sentence: str, match: re.Match[str]) -> bool:
    """"32 separate times in Iraq" is a part of the total, not a total."""
    return bool(re.match(r"\s+(?:separate\s+|different\s+)?(?:times|attacks)\s+in\s+(Iraq|Syria|Jordan)\b"
                         r"(?!\s*(?:,|and|or)\s*(?:in\s+)?(Iraq|Syria|Jordan))",
                         sentence[match.end("num"):], re.I))


def _article_start(article: Article) -> dt.date | None:
    """The day the article says the wave of attacks began ("since Oct. 17", "began on October 17").

    Only a start said of attacks counts: "the war ... which began on October 7" is another start.
    """
    for cue in _START_CUE.finditer(article.clean):
        before = article.clean[max(0, cue.start() - 70):cue.start()]
        if not re.search(r"\battack(s|ed|ing)\b[^.;]{0,60}$", before, re.I):
            continue
        dates = find_dates(article.clean, cue.end(), min(cue.end() + 30, len(article.clean)),
                           article.published, article.published_time)
        first = dates[0] if dates else None
        if (first and first.start == cue.end() and first.precision == "day" and first.date
                and article.published and 0 < (article.published - first.date).days < 400):
            return first.date
    return None


def _since(clean: str, start: int, end: int, dates: list[DateMention],
           article_start: dt.date | None, article: Article) -> dt.date | None:
    for cue in _SINCE.finditer(clean, start, end):
        after = [d for d in dates if d.start == cue.end()]
        if after and after[0].precision == "day":
            return after[0].date
        # "since mid-Oct." agrees with, but is vaguer than, the article's "since Oct. 17"
        if after and after[0].precision == "month" and after[0].date and article_start:
            said, known = after[0].date, article_start
            same_month = (said.year, said.month) == (known.year, known.month)
            return article_start if same_month else None
        if after:
            return None
    return article_start


def _as_of(article: Article, sentences: tuple[tuple[int, int, int], ...], index: int,
           dates: list[DateMention], since: dt.date | None) -> dt.date | None:
    """The day the figure describes: the day named with it, else the day its speaker spoke."""
    clean = article.clean
    para, start, end = sentences[index]

    def usable(mentions: list[DateMention]) -> list[DateMention]:
        return [d for d in mentions if d.date and d.precision == "day" and d.date != since
                and not _SINCE.search(clean[max(0, d.start - 12):d.start])
                and (article.published is None or d.date <= article.published + dt.timedelta(days=1))]

    own = usable(dates)
    if own:
        return own[-1].date
    if index and _PRONOUN_SAID.search(clean[start:end]) and sentences[index - 1][0] == para:
        _, p_start, p_end = sentences[index - 1]
        before = usable(find_dates(clean, p_start, p_end, article.published, article.published_time))
        if before:
            return before[-1].date
    return article.published


def _breakdown(clean: str, sentences: tuple[tuple[int, int, int], ...], index: int,
               total: int) -> tuple[tuple[tuple[str, int], ...] | None, int]:
    """Per-country parts in this sentence or the next (kept only if they add up), and
    the index of the sentence they were found in."""
    for offset in (0, 1):
        if index + offset >= len(sentences):
            break
        _, start, end = sentences[index + offset]
        parts: dict[str, int] = {}
        for match in _near(_BREAKDOWN, r"\bin\s+(?:Iraq|Syria|Jordan)\b", clean, 60, 30, start, end):
            value = value_of(match["num"])
            if value is not None:
                parts[match["country"].title()] = value
        if len(parts) >= 2 and sum(parts.values()) == total:
            return tuple(sorted(parts.items())), index + offset
    return None, index


def _dedupe(tallies: list[Tally]) -> list[Tally]:
    """One article repeating a figure (headline and body) gives one tally, two quotes."""
    kept: dict[tuple[object, ...], Tally] = {}
    for tally in tallies:
        key = (tally.metric, tally.value, tally.qualifier, tally.since)
        if key in kept:
            first = kept[key]
            kept[key] = Tally(first.id, first.metric, first.value, first.qualifier, first.since,
                              first.as_of, first.breakdown or tally.breakdown,
                              first.sources + tally.sources)
        else:
            kept[key] = tally
    return list(kept.values())
