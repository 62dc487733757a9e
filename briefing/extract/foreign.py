"""Events in articles written in another language than English: the commonest form of a first
report, read with the other languages' grammar (``briefing/grammar/languages.toml``).

An article that does not read as English (``Article.english`` False) gets none of the English
grammar. Its language is told once, from its commonest words (:func:`language_of`); then each
sentence is read for one form only: an attack on the story's target side (its forces or bases
named, or a site of the gazetteer that hosts them) or a strike by its striking side, dated in the
sentence's own words ("5 Agustus 2024", "Minggu (21/4/2024)", "مساء السبت" counted back from the
publication day) and placed in one country of the campaign by the gazetteer's names or the
countries' names in that language. Precision first: a sentence that tells both an attack and a
strike, two countries, days that do not agree, or a day without a year the publication does not
place, gives nothing; nothing undated is kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, replace

from ..ids import event_id
from ..model import Article, DateBasis, Event, EventType, Evidence, distinct
from ..rules import Rules, grammar
from ..text import all_sentences
from ..topic import Place, Topic
from .lexicon import Lexicons, Names, lexicons

GRAMMAR = "languages"
_SAMPLE = 20000  # characters the language is told from (as ingest.looks_english reads)
_MIN_WORDS = 40  # fewer words: too short to tell a language
_SHARE = 0.06  # the least share of a language's commonest words in a text read in it
_YEARLESS_REACH = 45  # days before publication a day written without its year may be placed
_JOINED = 3  # at most this many characters (a comma, "و", "dan") between two days of one list
_WORDS = re.compile(r"\w+")
# a sentence's end in a script without capitals (Arabic): a full stop or question mark, then a
# letter that is no Latin one; the English splitter waits for a capital, which never comes
_CASELESS_END = re.compile(r"(?<=[.!?\u061f])\s+(?=[^\sA-Za-z0-9\"'“‘(\[])")


@dataclass(frozen=True)
class Language:
    """A language of the grammar: its code (its rules' prefix), month and weekday names."""

    code: str
    months: tuple[tuple[str, int], ...]  # (name, casefolded; month number)
    weekdays: tuple[tuple[str, int], ...]  # (name, casefolded; weekday, Monday 0)

    def month(self, name: str) -> int:
        return dict(self.months)[name.casefold()]

    def weekday(self, name: str) -> int:
        return dict(self.weekdays)[name.casefold()]

    def rule(self, what: str) -> str:
        return f"{self.code}_{what}"


@dataclass(frozen=True)
class Day:
    """A day a sentence tells: the date, how it was read, and the words it was read from."""

    date: dt.date
    basis: DateBasis
    words: str


@functools.cache
def _languages() -> tuple[Language, ...]:
    lists = grammar(GRAMMAR).lists

    def numbered(prefix: str) -> tuple[tuple[str, int], ...]:
        return tuple((name.casefold(), number) for key, names in lists.items() if key.startswith(prefix)
                     for number, name in enumerate(names))

    return tuple(Language(code, tuple((n, m + 1) for n, m in numbered(f"{code}_months")),
                          numbered(f"{code}_weekdays")) for code in lists["languages"])


_RULES: dict[str, Rules] = {}  # by topic digest: a story's rules compile once, not per article


def _rules(topic: Topic) -> Rules:
    found = _RULES.get(topic.digest)
    if found is None:
        found = _RULES[topic.digest] = Rules(grammar(GRAMMAR), topic.language_words.words())
    return found


def language_of(text: str, rules: Rules) -> Language | None:
    """The grammar's language whose commonest words are the largest share of ``text``'s words,
    when it is share enough; None for a short text or a language the grammar does not know."""
    sample = text[:_SAMPLE]
    words = len(_WORDS.findall(sample))
    if words < _MIN_WORDS:
        return None
    shares = {language: sum(1 for _ in rules.find(language.rule("common"), sample)) / words
              for language in _languages()}
    best = max(shares, key=shares.__getitem__)
    return best if shares[best] >= _SHARE else None


def foreign_events(article: Article, topic: Topic) -> tuple[Event, ...]:
    """The dated events an article in another language tells in the grammar's one form."""
    rules = _rules(topic)
    language = language_of(article.clean, rules)
    if language is None:
        return ()
    lex = lexicons(topic)
    names = Names(article.clean, lex)
    found: dict[str, Event] = {}
    for span in _sentences(article.clean, language, rules):
        for event in _sentence_events(article, language, span, names, rules, lex):
            known = found.get(event.id)
            found[event.id] = event if known is None else \
                replace(known, sources=distinct((*known.sources, *event.sources)))
    return tuple(found.values())


def _sentences(text: str, language: Language, rules: Rules) -> list[tuple[int, int]]:
    """The text's sentences, but a sentence cut inside a written day joined to the next: the
    splitter ends a sentence at a figure's point, and German writes its days so ("am 18. Oktober")."""
    found: list[tuple[int, int]] = []
    for start, end in _caseless(text, all_sentences(text)):
        cut = found[-1][1] if found else 0
        if found and any(m.start() < cut < m.end()
                         for m in _found(language, "written_day", rules, text, (max(0, cut - 4), end))):
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


def _caseless(text: str, spans: tuple[tuple[int, int, int], ...]) -> list[tuple[int, int]]:
    """The splitter's sentences, each cut again where a caseless script ends one (:data:`_CASELESS_END`)."""
    cut: list[tuple[int, int]] = []
    for _, start, end in spans:
        for match in _CASELESS_END.finditer(text, start, end):
            cut.append((start, match.start()))
            start = match.end()
        cut.append((start, end))
    return cut


def _sentence_events(article: Article, language: Language, span: tuple[int, int], names: Names,
                     rules: Rules, lex: Lexicons) -> tuple[Event, ...]:
    act = _act(article.clean, language, span, names, rules, lex)
    if act is None:
        return ()
    kind, rule, attack = act
    where = _where(span, names, lex, attack)
    if where is None:
        return ()
    days = _days(article, language, span, rules, lex.topic)
    country, places, site = where
    return tuple(_event(article, kind, rule, day, country, places, site, span, lex) for day in days)


def _act(text: str, language: Language, span: tuple[int, int], names: Names, rules: Rules,
         lex: Lexicons) -> tuple[EventType, str, bool] | None:
    """The kind the sentence tells, the rule that read it, and whether it is an attack: an
    attack on the target side (its words, or a site hosting it) or a strike by the striking side,
    never both."""
    start, end = span
    grammar_rules = rules.grammar.rules
    said = lex.topic.said

    def told(what: str) -> bool:
        name = language.rule(what)
        return name in grammar_rules and rules.at(name, text, start, end, start) is not None

    hosted = any(lex.topic.place(h.name).hosts_us_forces for h in names.within(names.places, start, end))
    attack = told("attack") and (told("target") or hosted)
    strike = told("strike")
    if attack == strike:
        return None
    kind = said.default("attack" if attack else "strike")
    if kind is None or (attack and not said.on_us(kind)) or (strike and not _by_us(kind, lex)):
        return None
    return kind, language.rule("attack" if attack else "strike"), attack


def _by_us(kind: EventType, lex: Lexicons) -> bool:
    said = lex.topic.said
    agent = said.kind(kind).agent
    return dict(said.roles).get(agent, agent) == "us"


def _where(span: tuple[int, int], names: Names, lex: Lexicons,
           attack: bool) -> tuple[str, tuple[str, ...], str | None] | None:
    """The one campaign country the sentence places the act in, its places there, and the one
    site hosting the target side (an attack's); None when it names none or several."""
    start, end = span
    named: list[Place] = [lex.topic.place(h.name) for h in names.within(names.places, start, end)]
    hosts = [p for p in named if p.hosts_us_forces and p.country != p.name]
    countries = {p.country for p in (hosts if attack and hosts else named)} or \
        {h.name for h in names.within(names.countries, start, end)}
    if len(countries) != 1:
        return None
    country = countries.pop()
    campaign = lex.topic.campaign
    if not (campaign.attacked_in(country) if attack else campaign.struck_in(country)):
        return None
    sites = {p.name for p in hosts if p.country == country} if attack else set()
    places = tuple(dict.fromkeys(p.name for p in named if p.country == country and p.country != p.name))
    return country, places, (sites.pop() if len(sites) == 1 else None)


def _days(article: Article, language: Language, span: tuple[int, int], rules: Rules,
          topic: Topic) -> tuple[Day, ...]:
    """The days the sentence gives its act: its written days (a list of them joined by a comma or
    "and"), each agreeing with a weekday it writes; else its one weekday, counted back from the
    publication day. None when a written day cannot be placed or the days disagree."""
    text = article.clean
    said = _found(language, "said_day", rules, text, span)  # a statement's day is not the act's
    weekdays = [m for m in _found(language, "weekday", rules, text, span)
                if not any(s.start() <= m.start() and m.end() <= s.end() for s in said)]
    told = {language.weekday(m["weekday"]) for m in weekdays}
    matches = sorted((m for what in ("written_day", "numeric_day")
                      for m in _found(language, what, rules, text, span) if not _date_line(text, m, rules)),
                     key=lambda m: m.start())
    if matches:
        joined = all(len(text[a.end():b.start()].strip()) <= _JOINED for a, b in itertools.pairwise(matches))
        days = [_written(m, language, article.published) for m in matches]
        placed = [(d, m) for d, m in zip(days, matches, strict=True) if d is not None]
        if not joined or len(placed) != len(days) or not told <= {d.weekday() for d, _ in placed}:
            return ()
        return tuple(Day(d, "written", m.group()) for d, m in placed if _in_campaign(d, article, topic))
    if len(told) != 1 or article.published is None:
        return ()
    published = article.published
    day = published - dt.timedelta(days=(published.weekday() - told.pop()) % 7)
    return (Day(day, "weekday", weekdays[0].group()),) if _in_campaign(day, article, topic) else ()


def _date_line(text: str, day: re.Match[str], rules: Rules) -> bool:
    """Whether a written day is a date line's, the page's day and no act's: it opens its line
    (nothing but figures and signs before it: "21:29 - 31 <month> 2023") or an agency's mark and
    a dash follow it ("19 <month> (Agence) –")."""
    line = text.rfind("\n", 0, day.start()) + 1
    return not any(char.isalpha() for char in text[line:day.start()]) or \
        rules.at("date_line_end", text, day.end()) is not None


def _found(language: Language, what: str, rules: Rules, text: str,
           span: tuple[int, int]) -> list[re.Match[str]]:
    """Every match of the language's rule ``what`` in the sentence (none: the language has none)."""
    name = language.rule(what)
    return list(rules.find(name, text, *span)) if name in rules.grammar.rules else []


def _written(match: re.Match[str], language: Language, published: dt.date | None) -> dt.date | None:
    """A written day's date: its year written, or the publication's (the year before, for a
    month after it) when that places it at most :data:`_YEARLESS_REACH` days before it."""
    month = int(match["month"]) if match["month"].isdigit() else language.month(match["month"])
    year = int(match["year"]) if match["year"] else None
    if year is None:
        if published is None:
            return None
        year = published.year - (month > published.month)
    try:
        day = dt.date(year, month, int(match["day"]))
    except ValueError:
        return None
    if match["year"] is None and published is not None and (published - day).days > _YEARLESS_REACH:
        return None
    return day


def _in_campaign(day: dt.date, article: Article, topic: Topic) -> bool:
    """Whether a day may be an act's: in the campaign, and not after the publication."""
    end = topic.campaign.end
    return topic.campaign.start <= day and (end is None or day <= end) and \
        (article.published is None or day <= article.published)


def _event(article: Article, kind: EventType, rule: str, day: Day, country: str, places: tuple[str, ...],
           site: str | None, span: tuple[int, int], lex: Lexicons) -> Event:
    from .events import summarise

    start, end = span
    anchor = article.published if day.basis == "weekday" else None
    return Event(
        id=event_id(kind, country, day.date, None, site), type=kind, date=day.date, date_precision="day",
        country=country, places=places, actors=(), weapons=(),
        summary=summarise(kind, country, places, lex.topic.said),
        sources=(Evidence(article.id, start, end, article.text[start:end], rule),),
        date_note=f"'{day.words}', read in the article's language", date_basis=day.basis,
        date_anchor=anchor, date_offset=(day.date - anchor).days if anchor else None,
    )
