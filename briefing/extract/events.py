"""Events: attacks on US forces, announced US strikes, and self-defence strikes.

One sentence can report several events ("Wednesday's strikes were in response
to militants launching missiles at U.S. forces"); each trigger takes the date
written nearest to it, and a possessive date ("Wednesday's strikes") belongs
only to the noun it qualifies.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import find_dates
from ..model import Article, DateMention, Event, EventType, Evidence
from ..text import all_sentences
from . import gazetteer

_US = r"(?:U\.S\.|US|American|United States|CENTCOM|Central Command|coalition)"
_SELF_DEFENSE = re.compile(
    r"\b(AC-130|gunship|struck back|fired back|returned fire|counterstrike|counter-strike|"
    r"self-defen[cs]e strike[^.]{0,80}\b(vehicle|cell|team|personnel involved|launch|attackers))",
    re.I,
)
_STRIKE = re.compile(
    rf"\b{_US}(?!\w)[^.;]{{0,90}}?\b(struck|conducted|carried out|launched|hit|bombed|targeted)\b"
    r"[^.;]{0,60}?\b(air ?strikes?|strikes?|raids?|sites?|facilit(y|ies)|targets?|locations?)\b"
    r"|\b(air ?strikes?|precision strikes?|retaliatory (air ?)?strikes?|strikes?)[\"”’]?\s+"
    r"(on|against|targeting|targeted|hit|destroyed)\b"
    r"|\b(fighter jets|warplanes?|F-1[56]s?|aircraft)\b[^.;]{0,40}\b(struck|hit|bombed)\b"
    # "a U.S. drone strike killed ..." but not "carrier strike group"
    rf"|\b{_US}(?!\w)\s+(?:military\s+)?(?:drone\s+|air\s*|missile\s+)?strikes?\b(?!\s+group)",
    re.I,
)
_BASE = "(?:" + "|".join(re.escape(n) for n in sorted(gazetteer.US_BASE_NAMES, key=len, reverse=True)) + ")"
_WEAPON = r"(?:missiles?|rockets?|drones?|mortars?|rounds?)"
_ATTACK = re.compile(
    # "a drone attack targeted U.S. and coalition forces", "an attack ... against US forces"
    r"\b(an?|the|one|two|three|new|latest)\s+(?:[\w-]+\s+){0,3}(attack|strike)\b[^.;]{0,100}?"
    rf"\b(on|against|at|targeting|targeted|hit|struck)\b[^.;]{{0,50}}?\b{_US}(?!\w)"
    # "militants launched two ballistic missiles at U.S. forces"
    rf"|\b(launch(?:ed|ing)?|fir(?:ed|ing)|shot)\b[^.;]{{0,70}}?\b{_WEAPON}\b"
    rf"[^.;]{{0,30}}?\b(at|on|toward|towards|against)\b[^.;]{{0,40}}?\b{_US}(?!\w)"
    # "a drone launched at US troops"
    rf"|\b{_WEAPON}\s+(?:was\s+|were\s+)?(?:launched|fired)\s+(?:at|toward|on)\b[^.;]{{0,40}}?\b{_US}(?!\w)"
    # "a drone struck Erbil Air Base", "missile attack on Al-Asad Airbase", "missiles at Ain al-Asad"
    rf"|\b(?:attack|{_WEAPON})\b[^.;]{{0,40}}?\b(?:on|at|against|targeting|targeted|struck|hit)\s+"
    rf"(?:the\s+)?{_BASE}(?![\w-])"
    # "Three U.S. Army soldiers were killed ... in a one-way drone attack"
    rf"|\b{_US}\s+(?:[A-Z]\w+\s+)?(?:troops|soldiers|service\s?members|personnel|sailors|Marines)\s+"
    r"(?:were|was|have been)\s+(?:killed|injured|wounded)\b[^.;]{0,80}?\battack\b",
)
# Conditionals and comparisons ("could strike", "the first time the US has
# announced a strike") speak of strikes without reporting one.
_NOT_REAL = re.compile(r"\b(will|would|could|might|may|threaten\w*|vow\w*|consider\w*|plan\w*|"
                       r"if|warn\w*)\b[^.;]{0,30}\b(strike|attack|retaliat)|\bthe first time\b|"
                       r"\b(?:is|was|marked)\s+the\s+(?:first|second|third|fourth|fifth|\w+th)\s+in\b|"
                       r"\b(has|have) ordered\b", re.I)
_CLAUSE_END = re.compile(r"\b(in response to|in retaliation for|after|following|amid|"
                         r"because|which|against US|against U\.S\.)\b", re.I)
_POSSESSIVE = re.compile(r"['’]s\s+(\w+)")
_SPEECH = re.compile(r"\b(statement|said|announced|told|confirmed)\b", re.I)
_SPOKEN = re.compile(r"\b(said|says|told reporters|announced|added|confirmed|statement)\s+(on\s+)?$", re.I)
LABELS = {
    "attack_on_us_forces": "Attack on US forces",
    "us_strike": "US strike",
    "self_defense_strike": "US self-defence strike",
}


@dataclass(frozen=True)
class _Mention:
    type: EventType
    date: DateMention | None
    country: str | None
    places: tuple[str, ...]
    actors: tuple[str, ...]
    weapons: tuple[str, ...]
    evidence: Evidence


def extract_events(article: Article) -> list[Event]:
    """The attacks and strikes an article reports, one per type, country and day."""
    clean = article.clean
    sentences = all_sentences(clean)
    mentions: list[_Mention] = []
    for index, (_, start, end) in enumerate(sentences):
        sentence = clean[start:end]
        if _NOT_REAL.search(sentence):
            continue
        for kind, trigger in _triggers(sentence):
            date = _date_for(article, sentences, index, start + trigger, kind)
            text_after = sentence[trigger:]
            countries: list[str | None] = [*_countries(sentence, trigger, kind)] or [None]
            for country in countries:
                mentions.append(_Mention(
                    kind, date, country,
                    tuple(p for p in gazetteer.places(sentence)
                          if country is None or gazetteer.country_of(p) == country),
                    tuple(gazetteer.actors(sentence)),
                    _weapons(kind, text_after if kind != "attack_on_us_forces" else sentence),
                    Evidence(article.id, start, end, article.text[start:end]),
                ))
    return _combine(article, mentions)


def _weapons(kind: EventType, text: str) -> tuple[str, ...]:
    """Aircraft for strikes, munitions for attacks: the other kind belongs to another event."""
    aircraft = kind != "attack_on_us_forces"
    return tuple(w for w in gazetteer.weapons(text) if (w in gazetteer.AIRCRAFT) == aircraft)


# A word every alternative of the pattern needs: a cheap test that spares most sentences
# the long patterns (their lazy gaps and alternations are most of the events' time).
_MAY_SELF_DEFENSE = re.compile(r"AC-130|gunship|back|returned fire|counter|self-defen", re.I)
_MAY_STRIKE = re.compile(r"strik|struck|\bhit|bomb|raid|target|site|facilit|location", re.I)
_MAY_ATTACK = re.compile(r"attack|strike|missile|rocket|drone|mortar|round", re.I)


def _triggers(sentence: str) -> list[tuple[EventType, int]]:
    found: list[tuple[EventType, int]] = []
    self_defense = _MAY_SELF_DEFENSE.search(sentence) and _SELF_DEFENSE.search(sentence)
    if self_defense:
        found.append(("self_defense_strike", self_defense.start()))
    else:
        strike = _MAY_STRIKE.search(sentence) and _STRIKE.search(sentence)
        if strike:
            found.append(("us_strike", strike.start()))
    attack = _MAY_ATTACK.search(sentence) and _ATTACK.search(sentence)
    if attack and not re.search(r"\battacks\b", attack.group(0), re.I):
        found.append(("attack_on_us_forces", attack.start()))
    return found


def _countries(sentence: str, trigger: int, kind: EventType) -> list[str]:
    """Where the event took place: the places or countries named in its clause."""
    clause = sentence[trigger:]
    if kind != "attack_on_us_forces":
        cut = _CLAUSE_END.search(clause, 12)
        clause = clause[: cut.start()] if cut else clause
    named = [gazetteer.country_of(p) for p in gazetteer.places(clause)]
    named += gazetteer.countries(clause)
    if not named:
        named = [gazetteer.country_of(p) for p in gazetteer.places(sentence)]
        named += gazetteer.countries(sentence)[:1]
    ordered: list[str] = []
    for country in named:
        if country not in ordered:
            ordered.append(country)
    return ordered if kind != "attack_on_us_forces" else ordered[:1]


def _date_for(article: Article, sentences: tuple[tuple[int, int, int], ...], index: int,
              position: int, kind: EventType) -> DateMention | None:
    """The event's day: written after the trigger in its clause, else nearest in the sentence.

    "missiles at Ain al-Asad on Jan. 8 in retaliation for the strike ... on Jan. 3":
    each trigger takes the date of its own clause. The day something was said
    ("Biden said Sunday") dates the news it announces, but not an attack told as
    background ("injuries after Iran's missile attack ..., the Pentagon said Tuesday").
    """
    clean = article.clean
    para, start, end = sentences[index]
    own = [d for d in _usable(article, start, end) if _binds_to(clean, d, kind)]
    spoken = [d for d in own if _SPOKEN.search(clean[max(start, d.start - 30):d.start])]
    done = [d for d in own if d not in spoken]
    boundary = _CLAUSE_END.search(clean, position + 12, end)
    clause_end = boundary.start() if boundary else end
    after = [d for d in done if position <= d.start < clause_end]
    if after:
        return after[0]
    if done:
        return min(done, key=lambda d: abs(d.start - position))
    background = re.search(r"\b(after|following|since|in response to|in retaliation for)\b[^.;]{0,60}$",
                           clean[start:position], re.I)
    if spoken and not (kind == "attack_on_us_forces" and background):
        return spoken[0]
    if not re.search(rf"\b{_US}(?!\w)", clean[start:end]):
        return None  # "The strike hit a vehicle": a strike told before, not dated here
    # "The US carried out strikes in Syria. ... Austin said in a statement on Sunday."
    for other in range(index + 1, min(index + 3, len(sentences))):
        _, s, e = sentences[other]
        spoken = [d for d in _usable(article, s, e) if _SPEECH.search(clean[max(s, d.start - 40):d.end])]
        if spoken:
            return spoken[0]
    if index and sentences[index - 1][0] == para:
        _, s, e = sentences[index - 1]
        before = _usable(article, s, e)
        if before:
            return before[-1]
    return None


def _usable(article: Article, start: int, end: int) -> list[DateMention]:
    """Day-precise dates that can be an event's day: not a "since", not after publication."""
    found = []
    for mention in find_dates(article.clean, start, end, article.published, article.published_time):
        if mention.date is None or mention.precision != "day":
            continue
        if re.search(r"\b(since|began|begun|beginning|started)\s+(on\s+)?$",
                     article.clean[max(start, mention.start - 20):mention.start], re.I):
            continue
        if article.published and not (
            article.published - dt.timedelta(days=60) <= mention.date
            <= article.published + dt.timedelta(days=1)
        ):
            continue
        found.append(mention)
    return found


def _binds_to(clean: str, mention: DateMention, kind: EventType) -> bool:
    possessive = _POSSESSIVE.match(clean, mention.end - 2) if mention.text.endswith(("'s", "’s")) else None
    if not possessive:
        return True
    noun = possessive.group(1).lower()
    is_strike = noun.startswith(("strike", "airstrike", "raid"))
    is_attack = noun.startswith("attack")
    if kind == "attack_on_us_forces":
        return not is_strike
    return not is_attack or is_strike


def _combine(article: Article, mentions: list[_Mention]) -> list[Event]:
    groups: dict[tuple[str, str | None, dt.date | None], list[_Mention]] = {}
    for mention in mentions:
        day = mention.date.date if mention.date else None
        groups.setdefault((mention.type, mention.country, day), []).append(mention)
    # A mention naming no country joins the article's only event of its type that day.
    for key in [k for k in groups if k[1] is None]:
        placed = [k for k in groups if k[0] == key[0] and k[2] == key[2] and k[1] is not None]
        if len(placed) == 1:
            groups[placed[0]].extend(groups.pop(key))
    # A mention with neither joins the article's only event of its type.
    for key in [k for k in groups if k[1] is None and k[2] is None]:
        others = [k for k in groups if k[0] == key[0] and k != key]
        if len(others) == 1:
            groups[others[0]].extend(groups.pop(key))
    # An undated mention joins the article's only dated event of its type and
    # country, unless it names only places that event does not have (then it is
    # probably another event, and stays undated).
    for key in [k for k in groups if k[2] is None]:
        dated = [k for k in groups if k[:2] == key[:2] and k[2] is not None]
        own_places = {p for m in groups[key] for p in m.places}
        theirs = {p for m in groups[dated[0]] for p in m.places} if len(dated) == 1 else set()
        if len(dated) == 1 and gazetteer.places_agree(own_places, theirs):
            groups[dated[0]].extend(groups.pop(key))
    events = []
    for (kind, country, day), group in sorted(groups.items(), key=lambda kv: str(kv[0])):
        first_dated = next((m.date for m in group if m.date), None)
        events.append(Event(
            id=event_id(kind, country, day, article.id if day is None else None),
            type=kind,  # type: ignore[arg-type]
            date=day,
            date_precision="day" if day else "unknown",
            country=country,
            places=_union(m.places for m in group),
            actors=_union(m.actors for m in group),
            weapons=_union(m.weapons for m in group),
            summary=summarise(kind, country, _union(m.places for m in group)),  # type: ignore[arg-type]
            sources=tuple(dict.fromkeys(m.evidence for m in group)),
            date_note=(first_dated.note or f"from '{first_dated.text}'") if first_dated else
            "no date could be read for this event",
        ))
    return events


def _union(groups) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    seen: dict[str, None] = {}
    for group in groups:
        seen.update(dict.fromkeys(group))
    return tuple(seen)


def event_id(kind: str, country: str | None, day: dt.date | None, article: str | None) -> str:
    """A stable id: the same event gets the same id whatever the input order."""
    where = (country or "unknown").lower()
    when = day.isoformat() if day else f"undated-{article}"
    return f"{when}:{kind}:{where}"


def summarise(kind: EventType, country: str | None, places: tuple[str, ...]) -> str:
    where = ", ".join(places) if places else None
    location = f"{where} ({country})" if where and country else (where or country or "place not given")
    return f"{LABELS[kind]}: {location}"
