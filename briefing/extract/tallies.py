"""Running campaign totals: attacks on US forces, US personnel injured and killed.

A tally is a figure that counts the whole campaign so far ("U.S. forces have been
attacked approximately 66 times since October 17"). The forms outlets print, each seen
in several real reports:

    <US forces> have been attacked / have come under attack <N> times
    <militias> have attacked / targeted <US forces> <N> times; ... on <N> occasions
    <N> (drone and rocket) attacks (on U.S. forces); there have been <N> attacks
    the total ... up to <N> attacks; tracking / logged / recorded <N> attacks; the <N>th attack
    <N> U.S. personnel have been injured / reported (minor) injuries; <N> injuries to U.S. troops
    ... sustained <N> injuries; injuring <N> US soldiers; <N> wounded service personnel

Numbers that are not campaign totals are the hard part and are left out: a part (one
country, one base), a recent window ("in the past week", "since Feb. 2"), another period
("since January 2021"), attacks on others (ships, Israel), one attack's casualties.

Every figure says who gave it (``source_kind``: official, a group's claim, a monitor, or
the outlet's own), the day it was given (``as_of``) and what it counts from (``since``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..datelines import MON, safe_date
from ..dates import find_dates, text_today
from ..model import Article, DateMention, Evidence, Metric, Qualifier, SourceKind, Tally
from ..names import StoryWords
from ..rules import Rules, grammar
from ..screen import Screen, Source, fold, source
from ..text import all_sentences
from ..topic import Topic, load_topic
from .lexicon import Lexicons, Names, lexicons
from .numbers import NUMBER, ORDINAL_WORDS, QUALIFIER, qualifier_of, value_of
from .roles import THE_GROUP, claimant, told_back

# The patterns that say what a number counts are named rules with examples, in
# briefing/grammar/tallies.toml; the profile's [figure_words] gives them the story's words.
# the grammar's own rules, which read no word of a story: compiled once, for every story
_OWN = Rules(grammar("tallies"),
             fragments={"number": NUMBER, "qualifier": QUALIFIER, "ordinal": ORDINAL_WORDS, "mon": MON})
# what follows names the harm
_HARMED = ("people_harmed_after", "number_brought_to", "harms_counted", "wounded_people", "lives_after")
# What a total must not be (a recent window, one act, attacks of named days) and what tells a
# running count (since, so far, the perfect tense) are named rules too: recent_window, one_act,
# dated_acts, told_cumulative, told_total, told_small_total, perfect_tense, or_other_harm.
# "They have ... sunk two in the campaign that has also killed four sailors": the campaign of
# the attackers the sentences before name
# (or "the attacks have killed four bargemen", after a sentence naming the raiders)
_CAMPAIGN_TOLD = _OWN.pattern("campaign_named_back")
_SINCE = _OWN.pattern("count_start_word")
_UNTIL = _OWN.pattern("count_end_word")
_SAID = _OWN.pattern("said_on_day")
_EARLIER = _OWN.pattern("earlier_day")  # "earlier Thursday": the day it was said
# "The government on Tuesday condemned ...": a day the verb of saying follows is the saying's
_SAID_AFTER = _OWN.pattern("said_after_day")
# "at Friday's briefing", "Thursday's news conference": the day of the briefing the figure was given at
# "At least 56 personnel have been injured in those attacks": the figure goes on from the sentence before
_THOSE_ATTACKS = _OWN.pattern("those_attacks")
# "they have attacked over 100 ships": the attackers of the sentences before, as the subject
# (or "the group's 31st attack")
_THEY_HAVE = _OWN.pattern("they_have")
# "..., the statement said": the statement an earlier sentence named ("a statement from <command>")
_THE_STATEMENT = _OWN.pattern("the_statement_said")
STATEMENT_BACK = 5  # sentences before one quoting "the statement" that may name whose it is
# ", Nguyen said" / "said Nguyen": a speaker by surname alone
_SURNAME_SAID = _OWN.pattern("surname_said")
_OPENING_QUOTE = re.compile(r"\s*[“\"][^”\"]{10,400}[”\"]")
# (not the lives an attack "claimed": "the attacks have claimed four lives" is a toll, no claim)
_CLAIM = _OWN.pattern("claimed_it")
# a group as the speaker of its sentence: "the rebels also said", "..., said <their leader>"
_SAYS_AFTER = _OWN.pattern("group_says_after")
# (the verb set after the words it tells, after a comma or a quotation: "..., said the rebels";
# never "Analysts said the rebels have ...", where the group is the subject of what is said)
_SAID_BEFORE = _OWN.pattern("said_before_group")
# "more than 100 attacks, most of them claimed by <group>": who claimed the attacks, not who counts them
_CLAIMED_PART = _OWN.pattern("claimed_by_part")
LOOK_BACK = 600  # characters before a sentence that "such attacks" may refer to


@dataclass(frozen=True)
class _Figure:
    """A number that counts the campaign; ``part``: the one country it counts in; ``rule``: the
    grammar's rule that says what it counts."""

    metric: Metric
    match: re.Match[str]
    part: str | None = None
    rule: str = ""
    window: int | None = None  # "in the past week": the days its sentence's window reaches back
    span: bool = False  # the window told in round words ("in little more than a week": rule span_told)


def extract_tallies(article: Article, topic: Topic | None = None, names: Names | None = None) -> list[Tally]:
    """The campaign totals an article quotes, each with who gave it, its day and its evidence."""
    return list(read_tallies(article, topic, names).tallies)


@dataclass(frozen=True)
class ArticleTallies:
    """An article's running figures, and how many it gave after the campaign's last day
    (``[campaign] end``): another campaign's, left out."""

    tallies: tuple[Tally, ...]
    after_end: int = 0


def read_tallies(article: Article, topic: Topic | None = None, names: Names | None = None) -> ArticleTallies:
    """:func:`extract_tallies`, with the count of figures left out as given after the campaign's end."""
    lex = lexicons(topic or load_topic())
    found = _all_tallies(article, lex, names or Names(article.clean, lex))
    kept = tuple(t for t in found if not (t.as_of and lex.topic.campaign.ended_before(t.as_of)))
    return ArticleTallies(kept, len(found) - len(kept))


def _all_tallies(article: Article, lex: Lexicons, names: Names) -> list[Tally]:
    """Every running figure of the article, those given after the campaign's end too."""
    sentences = all_sentences(article.clean)
    found: list[Tally] = []
    parts: list[tuple[int, list[_Figure]]] = []
    counted = _COUNT_SCREEN.scan(article.clean, names.folded)
    targeted = _TARGET_SCREEN.scan(article.clean, names.folded) if _counts_targets(lex) else None
    for index, (_, start, end) in enumerate(sentences):
        if not (counted.any(start, end) or (targeted and targeted.any(start, end))):
            continue
        before = article.clean[max(0, start - LOOK_BACK):start]
        figures = _figures(article.clean, start, end, before, lex)
        figures = _parts_by_kind(article.clean, figures, start, end, lex)
        for figure in (f for f in figures if f.part is None):
            tally = _tally(article, lex, names, sentences, index, figure, len(found) + 1)
            if tally is not None:
                found.append(tally)
        if len({f.part for f in figures if f.part}) >= 2:
            parts.append((index, [f for f in figures if f.part]))
    for index, figures in parts:
        tally = _sum_of_parts(article, lex, names, sentences, index, figures, found)
        if tally is not None:
            found.append(tally)
    return _without_rounding(_without_rounded_headline(_dedupe(found), sentences[0][2] if sentences else 0))


def _parts_by_kind(text: str, figures: list[_Figure], start: int, end: int, lex: Lexicons) -> list[_Figure]:
    """"40 drone attacks on the bases since May and 26 rocket attacks": counts of acts told of other
    means in one sentence are parts of a total by kind, never totals themselves (nor is one told of
    its means beside a larger count that names none, or told "out of" a larger one). Dropped, not
    summed: two means need not be the whole."""
    rules = grammar_of(lex)
    numbers = _numbers(lex, text, start, end)
    kinds = {m.start(): _kinds_of(rules, text, m, numbers, end) for m in numbers}

    def part(figure: _Figure) -> bool:
        own, value = kinds.get(figure.match.start(), frozenset()), _value(figure.match) or 0
        whole = rules.at("out_of_whole", text, figure.match.end(), end)
        if whole is not None and (value_of(whole["num"]) or 0) > value:
            return True
        larger = [f for f in figures if f is not figure and f.part is None and f.metric == figure.metric
                  and (_value(f.match) or 0) > value]
        return bool(own) and (
            any(other and not other & own for at, other in kinds.items() if at != figure.match.start())
            or any(not kinds.get(f.match.start()) for f in larger))

    return [f for f in figures if f.part is not None or not part(f)]


def _kinds_of(rules: Rules, text: str, number: re.Match[str], numbers: list[re.Match[str]],
              end: int) -> frozenset[str]:
    """The means a number's own words (up to the next number) name for the acts it counts: before
    the acts ("40 drone attacks") or after them ("40 attacks ... using drones"), each in the singular."""
    nexts = [m.start() for m in numbers if m.start() >= number.end()]
    own_end = nexts[0] if nexts else end
    named = rules.at("kind_of_acts", text, number.end(), own_end)
    words = re.findall(r"[\w-]+", named["kinds"]) if named else []
    after = rules.at("kind_told_after", text, 0, own_end, floor=number.end())
    words += [after["kind"]] if after else []
    weapons = {w.casefold() for w in rules.grammar.lists.get("weapon_kinds", ())}
    return frozenset(w.casefold().removesuffix("s") for w in words if w.casefold() in weapons)


def _without_rounded_headline(tallies: list[Tally], headline_end: int) -> list[Tally]:
    """"US Attacked 100 Times" over a body's "at least 102 times": the headline's round figure
    is the body's rounded, not a second figure (nor a fall): its quote joins the body's figure."""
    kept = list(tallies)
    for head in [t for t in tallies if all(s.end <= headline_end for s in t.sources)]:
        body = next((t for t in kept if t is not head and t.metric == head.metric
                     and head.value % 10 == 0 and head.value <= t.value <= head.value * 1.05
                     and all(s.start >= headline_end for s in t.sources)), None)
        if body is not None:
            kept[kept.index(body)] = dataclasses.replace(body, sources=(*body.sources, *head.sources))
            kept.remove(head)
    return kept


ROUNDING = 0.05  # how far a round figure told "nearly" or "about" may be from the exact one it rounds


def _without_rounding(tallies: list[Tally]) -> list[Tally]:
    """"Minor injuries to nearly 60 personnel" and, further on, "27 ..., and an additional 32": a
    round figure told "nearly" or "about" within a twentieth of another figure of its metric and day
    in the article is that figure rounded, not a second one (nor a rise or a fall): its quote joins
    the figure it rounds."""
    kept = list(tallies)
    for rounded in tallies:
        exact = next((t for t in kept if _rounds(rounded, t)), None)
        if exact is not None:
            kept[kept.index(exact)] = dataclasses.replace(exact, sources=(*exact.sources, *rounded.sources))
            kept.remove(rounded)
    return kept


def _rounds(rounded: Tally, other: Tally) -> bool:
    """Whether ``rounded`` may be ``other`` rounded: a round figure told "nearly" or "about", of
    the metric of ``other``, an exact or bounded value near it, and of its day (or a day unknown)."""
    return (rounded.qualifier in ("nearly", "approximately") and rounded.value % 10 == 0
            and other.metric == rounded.metric and other.value != rounded.value
            and other.qualifier not in ("nearly", "approximately")
            and abs(other.value - rounded.value) <= rounded.value * ROUNDING
            and (other.as_of == rounded.as_of or None in (other.as_of, rounded.as_of)))


def _sum_of_parts(article: Article, lex: Lexicons, names: Names, sentences: tuple[tuple[int, int, int], ...],
                  index: int, figures: list[_Figure], found: list[Tally]) -> Tally | None:
    """A total given only as its parts ("28 attacks in Syria and 27 in Iraq") is their sum, unless
    the article states the total itself (then parts that do not add up are not a second total)."""
    metric = figures[0].metric
    if any(f.metric != metric for f in figures):
        return None
    values: dict[str, int] = {}
    for figure in figures:
        value = value_of(figure.match["num"])
        if value is None or figure.part is None or figure.part in values:
            return None
        values[figure.part] = value
    tally = _tally(article, lex, names, sentences, index, figures[0], len(found) + 1)
    # parts of a total the article states are its breakdown, never a rival total: a total by the
    # same voice, or one as large told in this sentence or the one before (by any voice)
    # (but for a round total "nearly" the sum: "nearly 60" and parts that make 59 are the exact 59)
    told_near = sentences[max(0, index - 1)][1]
    if tally is None:
        return None
    qualifier = _summed({_qualifier(article.clean, f.match) for f in figures})
    summed = Tally(tally.id, metric, sum(values.values()), qualifier,
                   tally.since, tally.as_of, tuple(sorted(values.items())), tally.sources,
                   source_kind=tally.source_kind, speaker=tally.speaker, since_note=tally.since_note)
    if any(t.metric == metric and not _rounds(t, summed) and (t.source_kind == tally.source_kind or (
            t.value >= summed.value and t.sources[0].start >= told_near)) for t in found):
        return None
    return summed


def _summed(qualifiers: set[Qualifier]) -> Qualifier:
    """The qualifier of a sum: "over 60" and "90" make "more than 150", "at least" with either
    "at least", "up to" with "exact" "up to"; a sum with a part "about" or "nearly" so is only
    about so."""
    if len(qualifiers) == 1:
        return qualifiers.pop()
    if qualifiers <= {"exact", "more than", "at least"}:
        return "at least" if "at least" in qualifiers else "more than"
    if qualifiers <= {"exact", "up to"}:
        return "up to"  # "up to 10 in Iraq and 5 in Syria": up to 15
    return "approximately"


# ---- which numbers count what ---------------------------------------------------------

# a month's name just before a number makes it a day ("the Oct. 18 attacks", "the October 7 attack")
_A_DAY = _OWN.pattern("month_before_number")
_NUMERAL = _OWN.pattern("numeral_word")


_COUNTED = _OWN.pattern("counted_word")
_COUNT_SCREEN = Screen.of(_COUNTED, shared=True)  # a sentence without these words has no figure (_figures)
# and, in a story that counts targets one by one ("targeted 80 vessels", "sunk two"), these
_TARGETED = _OWN.pattern("target_word")
_TARGET_SCREEN = Screen.of(_TARGETED, shared=True)


def grammar_of(lex: Lexicons) -> Rules:
    """The figures' grammar (``briefing/grammar/tallies.toml``) with the story's words, compiled
    once per story: its ``[figure_words]``, and its ``[tallies] attackers``."""
    found = _GRAMMARS.get(lex.topic.digest)
    if found is None:
        topic = lex.topic
        words = {"attackers": topic.tallies.attackers, **topic.figure_words.words()}
        found = _GRAMMARS[topic.digest] = Rules(grammar("tallies"), words,
                                                {"number": NUMBER, "qualifier": QUALIFIER,
                                                 "ordinal": ORDINAL_WORDS})
    return found


_GRAMMARS: dict[str, Rules] = {}
_ORDINAL = "ordinal_attack"
_ORDINAL_LOST = "ordinal_lost"  # "the second ship to sink": counted so far by its ordinal
_LOST_ONE = "lost_one"  # "seized one vessel and sunk another": one lost, told without a numeral
_TARGETS: tuple[Metric, ...] = ("targets_hit", "targets_lost")  # counted only by a story that names them
# "with over 60 ships attacked by the rebels": told without a time word
_PARTICIPLE = "targets_hit_participle"


def _figures(text: str, start: int, end: int, before: str, lex: Lexicons) -> list[_Figure]:
    sentence = text[start:end]
    if not (_NUMERAL.search(sentence)
            and (_COUNTED.search(sentence) or (_counts_targets(lex) and _TARGETED.search(sentence)))):
        return []
    rules = grammar_of(lex)
    found: list[_Figure] = []
    for match in rules.find("figure", text, start, end):
        if text[max(start, match.start() - 1):match.start()] == "[":
            continue  # a reference mark, "[12]"
        if (_A_DAY.search(text, max(start, match.start() - 12), match.start())
                and (value_of(match["num"]) or 0) <= 31):
            continue  # a day of a month, "hurt in the Oct. 18 attacks": no count
        figure = _figure(text, match, start, end, before, lex, found)
        if figure is not None:
            found.append(figure)
    for match in rules.find(_ORDINAL, text, start, end):
        if _campaign(text, match, "attacks", start, end, before, lex):
            # "the 26th on U.S. bases in Syria": one country's count, a part
            found.append(_Figure("attacks", match, _ordinal_part(text, match, end, lex), _ORDINAL))
    if "targets_lost" in lex.topic.said.metric_words:
        found += [_Figure("targets_lost", match, rule=_ORDINAL_LOST)
                  for match in rules.find(_ORDINAL_LOST, text, start, end)
                  if _campaign(text, match, "targets_lost", start, end, before, lex)]
        found += [_Figure("targets_lost", match, rule=_LOST_ONE)
                  for match in rules.find(_LOST_ONE, text, start, end)
                  if _one_lost_told(text, match, start, end, found, lex)
                  and _campaign(text, match, "targets_lost", start, end, before, lex)]
    days = _window_days(text[start:end]) if grammar_of(lex).at("recent_window", text[start:end], 0) else None
    return _spanned(_windowed(found, text, start, end, days, lex) if days else found, text, start, end, lex)


def _one_lost_told(text: str, match: re.Match[str], start: int, end: int, found: list[_Figure],
                   lex: Lexicons) -> bool:
    """"Have seized one vessel and sunk another": "another" counts one after "one <target>" told
    before it; "have killed three sailors, sunk a ship": "a" counts one only in a list of the
    campaign's counts (another count read in the sentence). Alone, "the rebels have sunk a ship"
    tells one act, not the count so far; so does "a" in the past simple ("have attacked 100 ships
    and sank a tanker") or either told with a day of its own ("..., and on Tuesday sank a bulk
    carrier", "sinking a tanker on Monday")."""
    told = max((f.match.end() for f in found if f.match.end() <= match.start()), default=start)
    clause = re.compile(r"[,;]").search(text, match.end(), end)
    if _PART_DAY.search(text, told, clause.start() if clause else end):
        return False
    if match["num"].lower() == "another":
        return grammar_of(lex).at("one_target", text, start, match.start(), floor=start) is not None
    return not match.group().lower().startswith("sank") and any(f.metric != "targets_lost" for f in found)


def _value(match: re.Match[str]) -> int | None:
    """The number a figure's words stand for; "a" and "another" one target lost (rule lost_one)."""
    number = match["num"]
    return 1 if number.lower() in ("a", "an", "another") else value_of(number)


def _figure(text: str, match: re.Match[str], start: int, end: int, before: str, lex: Lexicons,
            found: list[_Figure]) -> _Figure | None:
    """What one number of the sentence counts, if it is a campaign's figure or a part of one;
    ``found``: the sentence's figures before it."""
    kind_part = _injury_kind_part(text, match, start, end, before, lex, found)
    if kind_part is not None:
        return kind_part
    rules = grammar_of(lex)
    counted = _metric(rules, text, match, start, end) or (
        _targets(rules, lex, text, match, start, end) if _counts_targets(lex) else None)
    if counted is None:
        elliptic = rules.at("elliptic_part", text, match.end(), end)
        if elliptic and found and found[-1].part:
            # "12 attacks on U.S. bases in Iraq and four in Syria"
            return _Figure(found[-1].metric, match, _area(lex, elliptic["area"]), found[-1].rule)
        return None
    metric, rule = counted
    if rule == "times_attacked" and (_struck_by_the_side(text, match, start, lex)
                                     or _attacked_another(text, match, start, lex)
                                     or _struck_a_country(text, match, start, lex)):
        return None
    part = (country_of_part(text, match, start, end, lex) if metric == "attacks"
            else _part_told_after(text, match, end, lex))
    if part is None and _INCLUDED.search(text, max(start, match.start() - 60), match.start()):
        return None  # "many attacks, including a series of 27 attacks within two months": a part
    if part is None and rules.at("share_alone", text, match.start(), floor=start):
        return None  # "<a group> alone has claimed 40 attacks": one part's share, not the total
    if not _campaign(text, match, metric, start, end, before, lex, rule,
                     _next_part(lex, text, match, part, found, metric, end)):
        return None
    return _Figure(metric, match, part, rule)


# "..., including a series of 27 attacks": a figure told as one part of a whole before it
_INCLUDED = _OWN.pattern("included_part")


# a passive before the verb (or "come under" fire): the side named before it is attacked
_PASSIVE = _OWN.pattern("passive_before_verb")


def _struck_by_the_side(text: str, match: re.Match[str], start: int, lex: Lexicons) -> bool:
    """"U.S. forces have struck the militias more than 85 times": the side the campaign attacks, the
    active subject of a verb whose object is the attackers (or what strikes hit), counts its own
    strikes; "U.S. forces have been struck 85 times", "US forces attacked 66 times" (a headline's
    passive) and "the bases, which militias have attacked 85 times" count the attacks on it."""
    verb = _nearest_verb(text, match, start, lex)
    if verb is None:
        return False
    told = text[start:verb.start()]
    side = [m.end() for m in lex.us_forces.finditer(told)]
    if not side or any(m.start() >= side[-1] for m in lex.attackers.finditer(told)):
        return False
    # its object, the attackers or what strikes hit, between the verb and the number ("US forces
    # attacked 66 times", a headline's passive, has none)
    # (or "back": "the U.S. has struck back 12 times" strikes its attackers)
    hit = text[verb.start():match.start()]
    return not (verb.group().lower().startswith("under") or _OWN.pattern("by_word").search(hit)
                or _PASSIVE.search(text, max(start, verb.start() - 24), verb.start())
                or not (lex.attackers.search(hit) or lex.strike_targets.search(hit) or _BACK.match(hit)))


def _attacked_another(text: str, match: re.Match[str], start: int, lex: Lexicons) -> bool:
    """"Militias have attacked Israel 40 times since Oct. 7": the object between the attack verb and
    the times (or, after a count of the side, the words since that count: "have attacked U.S. forces 66
    times, and Israel 40 times") names one of the profile's other targets and not the side: another
    campaign's count."""
    verb = _nearest_verb(text, match, start, lex)
    if verb is None:
        return False
    counted = [m.end() for m in _numbers(lex, text, verb.start(), match.start())]
    hit = text[max([verb.start(), *counted]):match.start()]
    return bool(_other_target(lex.topic.tallies.other_targets).search(hit) and not lex.us_forces.search(hit))


def _struck_a_country(text: str, match: re.Match[str], start: int, lex: Lexicons) -> bool:
    """"US strikes Yemen 15 times": the verb's object, all the words between it and the number, is a
    country of the campaign, where the other side's strikes fall; the attackers attack ships and
    forces, never a country by its name, so the times are strikes, not the campaign's attacks."""
    verb = _nearest_verb(text, match, start, lex)
    if verb is None:
        return False
    words = text[verb.start():match.start()].split(maxsplit=1)
    return len(words) == 2 and lex.countries.fullmatch(words[1].strip()) is not None


@functools.lru_cache(maxsize=8)
def _other_target(words: tuple[str, ...]) -> re.Pattern[str]:
    """The profile's other targets named alone ("Israel", "ships"), never a name's first part ("the
    Israel-Hamas war")."""
    named = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{named})\b(?![-–])", re.I) if words else re.compile("(?!)")


_BACK = _OWN.pattern("struck_back")


def _nearest_verb(text: str, match: re.Match[str], start: int, lex: Lexicons) -> re.Match[str] | None:
    """The attack verb nearest before the number: "militias have attacked U.S. troops 150 times, and
    U.S. forces have hit militia sites 12 times" counts the 12 by "hit", not by the first "attacked"."""
    verb = found = grammar_of(lex).at("attack_verb_before", text, match.start(), floor=start)
    while found is not None and not found.group().lower().startswith("under"):  # "under attack": whole
        verb, found = found, grammar_of(lex).at("attack_verb_before", text, match.start(),
                                                floor=found.start() + 1)
    return found or verb
    return verb


# a day of its own in a part's words: "and two attacks in Syria on Monday" is that day's, not a part
_PART_DAY = _OWN.pattern("part_day")


def _next_part(lex: Lexicons, text: str, match: re.Match[str], part: str | None, found: list[_Figure],
               metric: Metric, end: int) -> bool:
    """"14 attacks in Iraq and nine attacks in Syria": a further part of a total told only as its
    parts, another area's count after the first one's, may be small (a part is no total by itself:
    _sum_of_parts adds them); never one told with a day of its own."""
    if part is None or not found or found[-1].part in (None, part) or found[-1].metric != metric:
        return False
    nexts = [m.start() for m in _numbers(lex, text, match.end(), end)]
    return not _PART_DAY.search(text, match.end(), nexts[0] if nexts else end)


def _injury_kind_part(text: str, match: re.Match[str], start: int, end: int, before: str, lex: Lexicons,
                      found: list[_Figure]) -> _Figure | None:
    """"19 troops were diagnosed with TBI, and two others suffered minor injuries": an injured
    total told only as its kinds is their sum (_sum_of_parts), each kind a part."""
    rules = grammar_of(lex)
    first = rules.at("injury_kind_part", text, match.end(), end)
    if first and _campaign(text, match, "injured", start, end, before, lex):
        return _Figure("injured", match, first["kind"].lower(), "injury_kind_part")
    other = rules.at("other_injured_part", text, match.end(), end)
    if other and found and found[-1].rule == "injury_kind_part":
        return _Figure("injured", match, other["kind"].lower(), "other_injured_part")
    return None


def _windowed(found: list[_Figure], text: str, start: int, end: int, days: int,
              lex: Lexicons) -> list[_Figure]:
    """The sentence's figures with its window's days, but for a figure whose own words (up to the
    next figure; the first from the sentence's start) tell a period of their own and not the
    window ("14 times in the past week, and 30 times this year": 30 is no total since the start).
    Parts told before the window share it ("10 in Iraq and three in Syria in the last week").
    A figure whose own words count from the campaign's start is the running total, whatever the
    window of the act the sentence tells ("two ships attacked over the weekend, the 175th such
    attack since Nov. 19")."""
    ordered = sorted(f.match.start() for f in found)
    kept: list[_Figure] = []
    for figure in found:
        at = ordered.index(figure.match.start())
        until = ordered[at + 1] if at + 1 < len(ordered) else end
        if from_start(text, figure.match, until, lex) or _RISEN_TO.search(text, start, figure.match.start()):
            kept.append(figure)
            continue
        cut = _own_words_end(text, figure.match, until)
        if cut < until and not _WINDOW.search(text, start if at == 0 else figure.match.start(), cut):
            # the window is the part's, told after it ("..., including 20 in the past week")
            kept.append(figure)
            continue
        words = text[start if at == 0 else figure.match.start():until]
        if _WINDOW.search(words) or not _OWN_PERIOD.search(words):
            kept.append(dataclasses.replace(figure, window=days))
    return kept


_SPAN_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}
# A stretch of months told in round words ("170 attacks against U.S. troops in four months") in a page
# whose day is unknown stays the count it reads as: the recent stretches reports tell are of days and
# weeks, and the campaign's count told by its length is in months (c003)
LONG_SPAN = 60


def _spanned(found: list[_Figure], text: str, start: int, end: int, lex: Lexicons) -> list[_Figure]:
    """"Attacked U.S. forces 20 times in less than two weeks": a figure whose own words (up to the next
    number; the first figure's from the sentence's start) tell one stretch of time in round words counts that
    stretch: it is the campaign's total only where the campaign began about that long before the
    figure's day (_window_reach, within half the stretch); where its day is unknown, only a stretch of
    months (LONG_SPAN). Its own start (since) stays unsaid: the stretch is round. A figure counted from
    the start is kept."""
    ordered = sorted(f.match.start() for f in found)
    kept: list[_Figure] = []
    for figure in found:
        at = ordered.index(figure.match.start())
        until = ordered[at + 1] if at + 1 < len(ordered) else end
        nexts = _numbers(lex, text, figure.match.end(), until)  # "60 times, 20 of them in a week": 20's
        spans = grammar_of(lex).find("span_told", text, start if at == 0 else figure.match.start(),
                                     _own_words_end(text, figure.match, until))
        own = [m for m in spans if not nexts or m.start() < nexts[0].start()]  # (its own "two weeks")
        if (figure.window is not None or len(own) != 1 or from_start(text, figure.match, until, lex)
                or _RISEN_TO.search(text, start, figure.match.start())):
            kept.append(figure)
            continue
        count = value_of(own[0]["n"]) if own[0]["n"].lower() not in ("a", "an") else 1
        unit = _SPAN_DAYS[own[0]["unit"].lower().removesuffix("s")]
        if count is not None:
            kept.append(dataclasses.replace(figure, window=count * unit, span=True))
    return kept


# "170 attacks on U.S. forces, including 20 in a single week": a part told after a figure, whose
# words (a window of its own) are the part's, not the figure's
_PART_TOLD = _OWN.pattern("part_told")


def _own_words_end(text: str, match: re.Match[str], end: int) -> int:
    """Where a figure's own words end: at a part told after it ("..., including 20 ..."), else ``end``."""
    part = _PART_TOLD.search(text, match.end(), end)
    return part.start() if part else end


# "the 175th such attack since November 19": the figure's own words, up to a clause's end
# (an abbreviation's full stop is no clause's end: "70 attacks on U.S. forces since Oct. 17"; another
# number is another figure's words: "12 times this week and 66 since Oct. 17")
_SINCE_START = _OWN.pattern("own_since")


def from_start(text: str, match: re.Match[str], end: int, lex: Lexicons) -> bool:
    """Whether the figure's own words count from the campaign's start ("... since Nov. 19")."""
    since = _SINCE_START.match(text, match.end(), end)
    return since is not None and lex.start_phrases.match(text, since.end(), end) is not None


# a period a figure's own words tell: "in the past year", "in the months before", "since 2021"
_OWN_PERIOD = _OWN.pattern("own_period")


# "in the past week", "over the last 96 days", "in past two weeks": a window of known length
_WINDOW = _OWN.pattern("past_window")


def _window_days(sentence: str) -> int | None:
    """The days a sentence's one window of known length reaches back, else None."""
    windows = list(_WINDOW.finditer(sentence))
    if len(windows) != 1:
        return None
    count = windows[0]["n"]
    number = value_of(count) if count else 1
    return None if number is None else number * (7 if windows[0]["unit"].lower().startswith("week") else 1)


def _window_reach(as_of: dt.date | None, days: int, lex: Lexicons,
                  slack: int = 2) -> tuple[dt.date, str] | None:
    """A window that reaches back to the campaign's start (within two days, or ``slack``) counts the
    campaign: "13 attacks in the past week" said a week after it began. Any other window is no total."""
    start = lex.topic.campaign.start
    if as_of is None or abs((as_of - dt.timedelta(days=days) - start).days) > slack:
        return None
    return start, f"the past {days} days before {as_of:%d %b %Y} (the campaign's start, {start:%d %b %Y})"


def _metric(rules: Rules, text: str, match: re.Match[str], start: int, end: int) -> tuple[Metric, str] | None:
    """What the number counts, from the words around it, and the rule that says so."""
    after, at = match.end(), match.start()
    # What follows the number names what it counts; the words before only when nothing does.
    harmed = rules.first(_HARMED, text, after, end)
    if harmed:
        rule, found = harmed
        kind = (found["kind"] or "").lower()
        if kind.startswith(("tbi", "traumatic")) and not rules.at("or_other_harm", text, found.end(), end):
            return None  # "27 evaluated for TBI and 32 for other injuries": one kind of injury, a part
        return ("killed" if kind in ("killed", "dead", "died", "deaths", "lives") else "injured"), rule
    counted = rules.at("number_of_harmed", text, at, floor=start)
    if counted:  # "the number of U.S. troops who have been injured by attacks ... now stands at 46"
        kind = (counted["kind"] or counted["kind2"] or counted["kind3"]).lower()
        return ("killed" if kind == "killed" else "injured"), "number_of_harmed"
    # the harm just before the people it counts ("injuries to 21 U.S. troops"), before any
    # total of attacks named further back ("19 attacks ..., with injuries to 21 U.S. troops")
    harming = (rules.first(("harming_before", "harmed_perfect", "lives_taken"), text, at,
                           floor=max(start, at - 24))
               or rules.first(("harmed_coordinated", "harmed_by_acts", "harmed_listed", "harmed_by_campaign"),
                              text, at, floor=start))
    if harming and rules.at("people_after", text, after, end):
        rule, found = harming
        killing = (found["kind"] or "").lower() in ("killing", "killed", "deaths", "lives")
        return ("killed" if killing else "injured"), rule
    # "the attacks ... caused damage to 34 vessels": a number of ships (rule targets_after) is no
    # total of attacks
    told_before = ("total_before", "acts_brought_to")
    # (nor is a harm's "killing a total of four", whoever the four are: rule harm_total_of)
    attacks = rules.first(("attacks_counted", "attacks_brought_to", "strikes_on_side"), text, after, end) or (
        None if rules.at("targets_after", text, after, end) or _OTHER_COUNT.search(text, start, at)
        or rules.at("harm_total_of", text, at, floor=max(start, at - 40))
        else rules.first(told_before, text, at, floor=start))
    if attacks:
        return "attacks", attacks[0]
    if rules.at("counts_nothing_after", text, after, end) and rules.at("attacks_there_have_been", text, at,
                                                                     floor=start):
        return "attacks", "attacks_there_have_been"
    if rules.at("number_put_at", text, at, floor=start):
        return "attacks", "number_put_at"
    if rules.at("counts_since_after", text, after, end) and rules.at("attacks_apposed", text, at,
                                                                   floor=start):
        return "attacks", "attacks_apposed"
    if (rules.at("times_attacked", text, after, end) and rules.at("attack_verb_before", text, at, floor=start)
            and not rules.at("times_then_total", text, after, end)):  # "12 times, bringing the total to 165"
        return "attacks", "times_attacked"
    return None


# "the number of Iraqis killed in attacks on U.S. bases has risen to 46", "the cost of the attacks has
# risen to 300": a count named before the attacks is of something else (the attacks only where they
# happened), never the attacks' total (rule total_before); "the number of drone attacks" is theirs
_OTHER_COUNT = _OWN.pattern("other_count")


@functools.lru_cache(maxsize=8)
def _counts(words: StoryWords) -> bool:
    return any(metric in _TARGETS for metric, _ in words.metrics)


def _counts_targets(lex: Lexicons) -> bool:
    """Whether the story names a figure of targets counted one by one ([metric.targets_hit])."""
    return _counts(lex.topic.said)


def _targets(rules: Rules, lex: Lexicons, text: str, match: re.Match[str], start: int,
             end: int) -> tuple[Metric, str] | None:
    """Targets counted one by one ("targeted more than 80 merchant vessels", "sunk two"), in a
    story whose profile names these figures."""
    named = lex.topic.said.metric_words
    after, at = match.end(), match.start()
    if "targets_lost" in named:
        lost = rules.first(("targets_lost_after",), text, after, end) or rules.first(
            ("targets_lost_before",), text, at, floor=max(start, at - 24))
        if lost:
            return "targets_lost", lost[0]
    if "targets_hit" not in named:
        return None
    if rules.at("targets_hit_after", text, after, end):
        return "targets_hit", "targets_hit_after"
    if rules.at(_PARTICIPLE, text, after, end) and rules.at("with_before", text, at,
                                                            floor=max(start, at - 8)):
        return "targets_hit", _PARTICIPLE
    # (60 characters: "have launched drones, missiles and drone boats at |more than 90 ships")
    if rules.at("targets_after", text, after, end) and rules.at("targets_hit_before", text, at,
                                                                  floor=max(start, at - 60)):
        return "targets_hit", "targets_hit_before"
    return None


# "the number of attacks increased to 38 over the last several days": the window is the rise's,
# the figure the total it rose to; the same when an act is told raising it ("attacked four times in
# the past 24 hours, raising the number of attacks to 52"): the window is the act's, the figure the total
_RISEN_TO = _OWN.pattern("risen_to")


# "the number of attacks dropped to 12", "declined sharply to 15": a count that falls is a rate or
# a window's, never the running total; nor is "20 a month", "30 attacks per week"
_FALLEN_TO = _OWN.pattern("fallen_to")
# (not a span the count took: "52 in less than a month", "within under a week")
_RATE = _OWN.pattern("rate_after")


# "the Pentagon initially said that seven were injured", "had previously put the count at 21": a
# figure told as given before and since revised is no total of the article's day, and its own day is
# not told ("earlier" is not enough: "the Pentagon earlier said" is often the same day)
_SUPERSEDED = _OWN.pattern("superseded")


def _countable(text: str, match: re.Match[str], start: int, metric: Metric, value: int) -> bool:
    """Whether a number can be a running count at all: one ship sunk is a count (the campaign's
    first loss), one attack or one casualty is no total; a running count never falls, and is no
    rate ("fell to 20 a month")."""
    if value < (1 if metric == "targets_lost" else 2) or value > 100_000:
        return False
    return not (_FALLEN_TO.search(text, max(start, match.start() - 40), match.start())
                or _RATE.match(text, match.end())
                or _SUPERSEDED.search(text, max(start, match.start() - 80), match.start()))


def _campaign(text: str, match: re.Match[str], metric: Metric, start: int, end: int, before: str,
              lex: Lexicons, rule: str = "", further_part: bool = False) -> bool:
    """Whether the figure counts the campaign: US forces are its object, it is not a part,
    a recent window, another period or one attack's casualties."""
    sentence = text[start:end]
    value = _value(match)
    if value is None or not _countable(text, match, start, metric, value):
        return False
    rules = grammar_of(lex)
    # a window of known length is decided against the day the figure was given (_window_reach)
    own = text[start:_own_words_end(text, match, end)]
    window = (rules.at("recent_window", own, 0) and not _RISEN_TO.search(text, start, match.start())
              and _window_days(own) is None and not from_start(text, match, end, lex))
    if (window or _OWN.pattern("since_early_year").search(sentence)
            or _months_count(rules, text, match, start, end)):
        return False
    # (or the people the figure counts, named as the target side: "45 Americans are reporting injuries")
    counted = rules.at("people_after", text, match.end(), end)
    told_before = (rules.pattern("told_before_side").search(sentence)
                   or (counted and rules.at("side_people", counted[0], 0)))
    # the attacks are on US forces: named as such ("U.S. troops", "bases housing U.S. personnel"),
    # or by who carries them out, or from when they are counted ("since Oct. 17")
    if not (lex.us_forces.search(sentence) or lex.attackers.search(sentence)
            or _counted_from_start(sentence, lex) or (told_before and lex.us_forces.search(before))
            or ((_CAMPAIGN_TOLD.search(sentence) or rules.at("acts_led_to", sentence, 0))
                and lex.attackers.search(before))
            or ((_THEY_HAVE.search(sentence) or _harms_listed(rules, text, start, end)
                 or (rules.at("acts_on_side", sentence, 0) and not _other_side_named(sentence, lex)))
                and lex.attackers.search(before) and not lex.other_attackers.search(before))
            or _lives_so_far(text, match, start, lex) or _campaign_told_before(text, match, start, end, lex)):
        return False
    text = _start_told_as_act(text, match, end, lex)
    around = text[match.end():min(end, match.end() + 40)]
    if lex.others_counted.match(around.lstrip()) or lex.on_other_targets.match(around):
        return False
    segment = _segment(lex, text, match, start, end)
    if _one_base(text, match, end) or _hosted_base(segment, lex) or (
            metric != "targets_lost"
            and _OWN.pattern("of_which_after").search(text[match.end():end])):
        return False  # one base's count, or a part "of which" ("sinking two of them" is all lost)
    clause_end = _clause_end(text, match.end(), min(end, match.end() + 80))
    if (lex.other_targets.search(text, match.end(), clause_end)
            or lex.other_attackers.search(segment) or _elsewhere(segment, lex)):
        return False  # "the Houthis have carried out more than two dozen attacks on commercial vessels"
    if _recent_start(text, match, start, end, lex):
        return False  # "since this strike on Jan. 4, there have been nine attacks"
    if metric in _TARGETS:
        return _targets_so_far(text, match, start, end, before, lex, rule)
    if metric != "attacks":
        return _harmed_whole(text, match, metric, start, end, before, lex)
    # Ten or more attacks on US forces is a count of the campaign; fewer only when told as a
    # total ("a total of nine attacks so far") or as a further part of one (_next_part).
    return value >= 10 or further_part or bool(rules.at("told_small_total", sentence, 0))


def _months_count(rules: Rules, text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Whether the figure's own clause, right after its number, tells it of one month ("two barges
    were sunk in July"), in a sentence that names no start it counts from ("since November,
    including 12 in July" is so far): that month's, however the sentence names the campaign
    ("after a campaign of strikes")."""
    return (rules.at("month_told", text, match.end(), end) is not None
            and rules.at("count_start_word", text[start:end], 0) is None)


def _other_side_named(sentence: str, lex: Lexicons) -> bool:
    """Whether the sentence names someone of no side of this story ("Somali pirates have carried out 20
    attacks on ships"): acts on the side told after this story's attackers are theirs only if not."""
    sides = {actor.name: actor.side for actor in lex.topic.actors}
    return any(sides.get(hit.name) == "other" for hit in lex.actors.find(sentence))


# "In mid-November, officials said ...": a start phrase as the day something was said, not the start the
# count runs from ("attacks that began in mid-October" is one)
_AS_A_DAY = _OWN.pattern("start_as_day")
_BEGAN_IN = _OWN.pattern("began_in")


def _counted_from_start(sentence: str, lex: Lexicons) -> bool:
    """Whether the sentence names the campaign's start as its count's (a start phrase not told as a day)."""
    return any(not (_AS_A_DAY.search(sentence, 0, m.start()) and not _BEGAN_IN.search(sentence, 0, m.start()))
               for m in lex.start_phrases.finditer(sentence))


def _start_told_as_act(text: str, match: re.Match[str], end: int, lex: Lexicons) -> str:
    """"Attacked over 100 times following <another side's> attack on a hospital in <a place> on
    October 17": the count's start told as the act that opened it, on a day of the profile's start
    phrases. Its act, place and doers are the start's, not the count's: the text with those words
    blanked (as long as it was), for the checks of another place, other attackers and a recent start."""
    told = _start_told_span(text, match, end, lex)
    return text if told is None else text[:told[0]] + " " * (told[1] - told[0]) + text[told[1]:]


def _start_told_span(text: str, match: re.Match[str], end: int, lex: Lexicons) -> tuple[int, int] | None:
    """Where a count's start told as the act that opened it begins and its day ends, if it does."""
    for day in lex.start_phrases.finditer(text, match.end(), end):
        told = grammar_of(lex).at("start_told_as_act", text, day.start(), floor=match.end())
        if told is not None:
            return told.start(), day.end()
    return None


def _targets_so_far(text: str, match: re.Match[str], start: int, end: int, before: str, lex: Lexicons,
                    rule: str) -> bool:
    """Whether targets counted one by one are all so far: "have targeted more than 80 merchant vessels
    since ...", "sunk two in the campaign"; never the latest round's ("they have conducted new
    operations, targeting three vessels"), unless a count so far is told."""
    rules = grammar_of(lex)
    sentence = text[start:end]
    so_far = _told_so_far(rules, sentence)
    if _NEW_ROUND.search(text, start, match.start()) and not so_far:
        return False
    # "the spokesman said the attacks targeted two ships": those attacks' targets, not all so far
    if (rules.at("episode_targets", text, match.start(), floor=start)
            and not rules.at("perfect_tense", sentence, 0)):
        return False
    return bool(so_far or rules.at("perfect_tense", sentence, 0)
                or rules.at(_ORDINAL_LOST, text, match.start(), match.end(), floor=match.start())
                or (rule == _PARTICIPLE and (_value(match) or 0) >= 10)
                or _led_to_by_count(rules, sentence, before) or _harms_listed(rules, text, start, end))


# "new operations", "their latest attacks", "a fresh wave of strikes": the latest round, not all of them
_NEW_ROUND = _OWN.pattern("new_round")


def _told_so_far(rules: Rules, sentence: str) -> bool:
    """Words of a running count in the sentence, "total" alone not among them: "they targeted a
    total of three ships on Tuesday" sums one day's acts (its targets are no count so far unless
    the sentence says since when, or uses the perfect); nor the campaign told as what the acts
    renew ("attacks on three ships, re-intensifying their campaign": rule campaign_renewed)."""
    return any(m.group().lower() != "total" and not rules.at("campaign_renewed", sentence, m.start())
               for m in rules.find("told_cumulative", sentence))


def _harms_listed(rules: Rules, text: str, start: int, end: int) -> bool:
    """"They sank one ship, hijacked another vessel and killed three sailors": a ship sunk and
    another seized in one list (rule harms_listed) are the campaign's toll so far, in a sentence
    that writes no day in the list's clause ("sank a bulk carrier on Monday and seized another" is
    that day's)."""
    listed = rules.at("harms_listed", text, start, end, floor=start)
    if not listed:
        return False
    # ("The strikes on Friday came after the rebels sank two ships and seized another": the day is
    # the strikes', told before the clause of the list)
    # (nor is "following the Oct. 7 attack": a day naming another act, rule day_names_act)
    opens = rules.at("list_clause_opens", text, listed.start(), floor=start)
    return not any(not rules.at("day_names_act", text, day.end)
                   for day in find_dates(text, opens.start() if opens else start, end, None))


_LAST_SENTENCE = re.compile(r"[^.!?]*[.!?]?\s*$")


def _led_to_by_count(rules: Rules, sentence: str, before: str) -> bool:
    """"Since November the raiders have attacked over 90 barges. These attacks led to the sinking of
    two ...": what the attacks pointed back at led to (rule acts_led_to) is all of it so far when
    the sentence right before counts them so far (a perfect tense, "since"); after one day's acts
    ("attacked two barges on Monday. These attacks led to ...") it is that day's toll."""
    if not rules.at("acts_led_to", sentence, 0):
        return False
    last = _LAST_SENTENCE.search(before.rstrip().rstrip(".!?"))
    told = last[0] if last else ""
    return bool(rules.at("perfect_tense", told, 0) or _told_so_far(rules, told))


def _harmed_whole(text: str, match: re.Match[str], metric: Metric, start: int, end: int, before: str,
                  lex: Lexicons) -> bool:
    """Whether a casualty figure counts the campaign's: one attack's casualties ("the attack on
    Tower 22 killed three and wounded 34") and other people's ("16 people were killed") do not."""
    sentence = text[start:end]
    # the people counted are named in the figure's own clause, never past a dash ("four people
    # dead -- the first strike by American forces")
    clause_end = _clause_end(text, match.end(), min(end, match.end() + 160))
    people = text[match.end():min(clause_end, match.end() + 90)]
    rules = grammar_of(lex)
    # "the number of U.S. troops ... injured ... now stands at"
    counted = rules.at("number_of_harmed", text, match.start(), floor=start)
    # (or "the raids have claimed four lives": the lives are the people of the side named)
    # (whose side only the figure's own sentence names: "..., while two ships and their crews are held")
    lives = _lives_so_far(text, match, start, lex) and bool(rules.at("side_named", sentence, 0))
    us_people = bool(lives or rules.at("side_people", people, 0)
                     or rules.at("side_people", text, 0, match.start(), floor=max(start, match.start() - 30))
                     or (counted and rules.at("side_people", counted[0], 0))
                     or _injuries_of_the_side(text, match, start, end, lex))
    # "At least 46 personnel sustained injuries ..., he said." after a paragraph on the attacks
    us_people = us_people and bool(rules.at("side_named", sentence, 0) or rules.at("side_named", before, 0))
    if _another_storys_toll(text[start:match.start()], text[match.end():min(end, match.end() + 40)], lex):
        return False
    # told as a total, or (a figure of ten or more) beside the attacks in the plural: a handful
    # "left" by "rocket attacks on bases" is those attacks' own toll, not the campaign's
    told_whole = bool(rules.at("told_cumulative", sentence, 0) or rules.at("perfect_tense", sentence, 0)
                      or ((value_of(match.group("num")) or 0) >= 10
                          and _OWN.pattern("attacks_word").search(sentence + before[-300:])))
    if metric == "killed":
        told_whole = (bool(rules.at("told_total", sentence, 0)) or _killed_so_far(text, match, start, lex)
                      or counted_from_start(text, start, end, lex)
                      or _led_to_by_count(rules, sentence, before) or _harms_listed(rules, text, start, end)
                      or lives)
    # one act named near the figure or further on in its clause ("three were killed and two dozen
    # injured in a drone attack overnight on an outpost, officials said")
    near = text[max(start, match.start() - 40):max(min(end, match.end() + 80), clause_end)]
    # or a set of acts pointed at one by one before it in its sentence ("during the latter attacks, ...")
    one_act = (rules.at("one_act", near, 0) or rules.at("dated_acts", near, 0)
               or rules.at("counted_acts", text, start, match.start(), floor=start)
               or rules.at("one_act_toll", text, match.start(), floor=start))
    # (a ship sunk and another seized in one list, or a killing in the attackers' perfect tense, "the
    # raiders have sunk two barges, resulting in the deaths of four bargemen", is no one act's toll,
    # whatever the sentences before tell)
    return (bool(us_people and told_whole) and not one_act
            and not (_one_acts_toll(sentence, before, lex) and not counted_from_start(text, start, end, lex)
                     and not _harms_listed(rules, text, start, end)
                     and not _killed_so_far(text, match, start, lex)))


def _another_storys_toll(told: str, people: str, lex: Lexicons) -> bool:
    """"<Another story's attackers> have launched more than 60 attacks on ships ..., killing a total of
    four sailors": the harm told after another story's attackers, with neither this story's attackers
    nor its side named on the way or in the people counted, is that campaign's toll."""
    side = lex.us_forces.search(told) or lex.us_forces.search(people)
    return bool(lex.other_attackers.search(told) and not (lex.attackers.search(told) or side))


# "59 injuries, including 27 U.S. personnel with concussions": the injuries' own parts, named after them;
# the side's people the first part, nothing but its figure before them ("including 30 villagers and two
# U.S. troops" tells other people's injuries among the side's)
_INCLUDING = _OWN.pattern("including_figure_before")
# injuries of someone named after the noun ("injuries to civilians", "among the crew"): theirs
_OF_SOMEONE = _OWN.pattern("injuries_of_someone")
# after the injuries, a place or a voice of its own: they may be anyone's ("64 injuries in nearby
# villages", "64 injuries, health officials said"); the sentence before counted the side's attacks, not these
_OTHERS_AFTER = _OWN.pattern("others_after")


def _injuries_of_the_side(text: str, match: re.Match[str], start: int, end: int, lex: Lexicons) -> bool:
    """"The attacks resulted in 59 injuries": injuries counted by the noun alone (rule harms_counted)
    name no people; they are the side's when their own parts named right after are ("..., including
    27 U.S. personnel with concussions"), or when what caused them is the attacks told back as the
    sentence's subject ("the attacks", "these attacks") right after a sentence that counts the
    campaign's attacks ("U.S. forces were attacked 55 times. The attacks resulted in 59 injuries").
    Injuries to anyone named after the noun are theirs."""
    rules = grammar_of(lex)
    noun = rules.at("harms_counted", text, match.end(), end)
    if noun is None or noun["kind"].lower() != "injuries" or _OF_SOMEONE.match(text, noun.end("kind")):
        return False
    parts = rules.at("side_people", text, 0, min(end, noun.end() + 80), floor=noun.end("kind"))
    if parts is not None and _INCLUDING.match(text, noun.end("kind"), parts.start()):
        return True
    told = _ATTACKS_TOLD_BACK.match(text, start, match.start())
    if not told or not _CAUSED_AFTER.match(text, told.end(), match.start()):
        return False
    if _OTHERS_AFTER.search(text, noun.end("kind"), end):
        return False  # "... 64 injuries in nearby villages", "... 64 injuries, health officials said"
    last = _sentence_before(text, start)
    return last is not None and any(
        f.metric == "attacks" and f.part is None
        for f in _figures(text, last[1], last[2], text[max(0, last[1] - LOOK_BACK):last[1]], lex))


def _sentence_before(text: str, start: int) -> tuple[int, int, int] | None:
    """The sentence right before the one at ``start`` (across paragraphs), if any."""
    return next((s for s in reversed(all_sentences(text)) if s[2] <= start), None)


# "Since then, ...": from the start the sentence before tells; "78 attacks total": all so far
_SINCE_THEN = _OWN.pattern("since_then")
_ALL_SO_FAR = _OWN.pattern("all_so_far")
_BEGAN = _OWN.pattern("campaign_began")


def _campaign_told_before(text: str, match: re.Match[str], start: int, end: int, lex: Lexicons) -> bool:
    """A count whose own sentence names neither side, on the campaign the sentence right before
    tells: "Attacks on U.S. forces began on Oct. 17. Since then, a think tank has documented more
    than 120 attacks" (a start the sentence before tells of the side's attacks: "since then" is
    that start), "Militias have resumed attacking bases housing U.S. troops. The Pentagon has
    recorded 78 attacks total" (all so far, after a sentence naming the attackers and the side)."""
    since_then = _SINCE_THEN.search(text, start, end)
    if not (since_then or _ALL_SO_FAR.search(text, start, end)):
        return False
    last = _sentence_before(text, start)
    if last is None or not lex.us_forces.search(text, last[1], last[2]):
        return False
    _, told_start, told_end = last
    if since_then:
        # (and nothing later it may count from: "began on Oct. 17 and paused on Nov. 24. Since then")
        began = lex.topic.campaign.start
        return bool(lex.start_phrases.search(text, told_start, told_end)
                    and _BEGAN.search(text, told_start, told_end)
                    and not _STOPPED.search(text, told_start, told_end)
                    and all(_may_open(began, m) for m in _DAY_WRITTEN.finditer(text, told_start, told_end)))
    # (a voice that counts, and no other target: "Iraqi police have recorded 78 attacks on shops so far")
    clause_end = _clause_end(text, match.end(), end)
    return bool(lex.attackers.search(text, told_start, told_end) and _voice_of(text[start:end], lex)
                and not (_TARGETED_AFTER.search(text, match.end(), clause_end)
                         and not lex.us_forces.search(text, match.end(), clause_end)))


# what stops or resumes a campaign: a later point "since then" may count from
_STOPPED = _OWN.pattern("campaign_stopped")
_DAY_WRITTEN = re.compile(rf"(?P<mon>{MON})\.?\s+(?P<day>[0-3]?\d)(?!\d)(?P<year>(?!))?")
_TARGETED_AFTER = _OWN.pattern("target_told_after")


# the campaign's attacks told back as a sentence's subject ("The attacks ...", "These drone attacks ...")
_ATTACKS_TOLD_BACK = _OWN.pattern("attacks_told_back")
# what they caused, told right after them ("The attacks resulted in", not "The attacks on <others> ...")
_CAUSED_AFTER = _OWN.pattern("caused_after")


def counted_from_start(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Whether the sentence counts from the campaign's start: "since", "from" or "between" and one
    of the start's phrases ("Between November 2023 and May 2025, the raiders hit 100 barges,
    killing four bargemen": the dead of that span are the campaign's)."""
    return any(lex.start_phrases.match(text, cue.end(), end) for cue in _SINCE.finditer(text, start, end))


# the words of a count so far that "tracking" alone does not say
_SO_FAR = _OWN.pattern("so_far_word")


def _one_acts_toll(sentence: str, before: str, lex: Lexicons) -> bool:
    """"Three were killed in the attack on the outpost. We are tracking more than 40 service
    members with injuries": a figure with no word of a running count, after words on one act
    and none on the attacks in the plural, is that act's toll."""
    context = before[-LOOK_BACK:]
    return bool(not _SO_FAR.search(sentence) and not _PLURAL_ACTS.search(sentence + context)
                and grammar_of(lex).at("one_act", context, 0))


# "the raids have killed four bargemen": acts in the plural, the campaign's, as a perfect tense's subject
_PLURAL_ACTS = _OWN.pattern("plural_acts")


def _killed_so_far(text: str, match: re.Match[str], start: int, lex: Lexicons) -> bool:
    """"The raiders have sunk two barges and killed four bargemen": a killing in (or joined to) a
    perfect tense whose subject is the attackers or their acts in the plural, never one act
    ("the attack on the barge has killed three")."""
    rules = grammar_of(lex)
    told = text[start:match.start()]
    return bool(rules.at("harmed_so_far", text, match.start(), floor=start)
                and (lex.attackers.search(told) or _PLURAL_ACTS.search(told))
                and not rules.at("one_act", told, 0))


def _lives_so_far(text: str, match: re.Match[str], start: int, lex: Lexicons) -> bool:
    """"The raiders' attacks have claimed four lives": the lives taken, in a perfect tense whose
    subject is the attackers or their acts in the plural (rule lives_verb), never one act's."""
    rules = grammar_of(lex)
    told = text[start:match.start()]
    # the subject is the figure's own clause's: "X's attacks have claimed four lives, while <another
    # side's> strikes have claimed 30 lives" gives the 30 to no one of the story
    cut = max((m.end() for m in _LIVES_CLAUSE.finditer(told)), default=0)
    subject = told[cut:]
    return bool(rules.at("lives_after", text, match.end(), match.end() + 12)
                and rules.at("lives_verb", text, match.start(), floor=max(start, match.start() - 40))
                and (lex.attackers.search(subject) or _ACTS_TOLD_BACK.search(subject))
                and not rules.at("one_act", told, 0))


# where the clause of a figure of lives begins, and its subject when it names no side: the acts told
# back ("the attacks", "these raids"), never acts another side's name qualifies ("<a nation's> strikes")
_LIVES_CLAUSE = _OWN.pattern("lives_clause_cut")
_ACTS_TOLD_BACK = _OWN.pattern("acts_subject_back")


_CLAUSE_CUT = re.compile(r"[,;—]|\s--?\s")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause that goes on at ``start`` ends: "100 barges, saying they were bound for
    the capital" counts the barges, not attacks on what the next clause names."""
    cut = _CLAUSE_CUT.search(text, start, end)
    return cut.start() if cut else end


def _segment(lex: Lexicons, text: str, match: re.Match[str], start: int, end: int) -> str:
    """The words that belong to one figure: from the figure before it to the figure after it."""
    before = [m.end() for m in _numbers(lex, text, start, match.start())]
    after = [m.start() for m in _numbers(lex, text, match.end(), end)]
    return text[(before[-1] if before else start):(after[0] if after else end)]


def _numbers(lex: Lexicons, text: str, start: int, end: int) -> list[re.Match[str]]:
    """The figures in ``text[start:end]`` that are numbers, but for a number in a place's name: "47
    service members were hurt at Tower 22" tells the place of the 47, not a figure ending its words."""
    return [m for m in grammar_of(lex).find("figure", text, start, end)
            if value_of(m["num"]) is not None and not _in_place_name(lex, text, m)]


_NAMED_BEFORE = re.compile(r"[A-Z][\w-]*\s+$")  # "Tower |22": a number after a capitalised word


def _in_place_name(lex: Lexicons, text: str, match: re.Match[str]) -> bool:
    """Whether the number is part of a place's name in the profile ("Tower 22")."""
    if not _NAMED_BEFORE.search(text, max(0, match.start() - 24), match.start()):
        return False
    lo = max(0, match.start() - 40)
    piece = text[lo:min(len(text), match.end() + 12)]
    return any(lo + hit.start < match.start() and lo + hit.end >= match.end()
               for hit in lex.places.find(piece))


def _countries_named(segment: str, lex: Lexicons) -> set[str]:
    """Countries a stretch of text names, not counting those inside a group's name
    ("the Islamic Resistance in Iraq claimed ...")."""
    for hit in lex.actors.find(segment):
        segment = segment[:hit.start] + " " * (hit.end - hit.start) + segment[hit.end:]
    return {_area(lex, m["area"]) for m in grammar_of(lex).find("areas_named", segment)}


def _area(lex: Lexicons, written: str) -> str:
    """An area of the profile's ``part_areas`` as the profile spells it ("IRAQ" -> "Iraq")."""
    areas = dict(lex.topic.figure_words.lists).get("part_areas", ())
    return next((a for a in areas if a.casefold() == " ".join(written.split()).casefold()), written)


_OWN_WORDS_CUT = _OWN.pattern("own_words_cut")  # a part, a start or another clause told after a figure
_WHOLE_REGION = _OWN.pattern("whole_region")  # "in the region": the whole, whatever country is named


def country_of_part(text: str, match: re.Match[str], start: int, end: int, lex: Lexicons) -> str | None:
    """The one country a figure counts in ("27 attacks in Iraq and 28 in Syria"; "bases in Syria
    have been subjected to 98 attacks"), None for the whole. The words after the figure (up
    to the next one) decide; the words before only when those name no country."""
    nexts = [m.start() for m in _numbers(lex, text, match.end(), end)]
    after = text[match.end():(nexts[0] if nexts else end)]
    after = _OWN_WORDS_CUT.split(after)[0]
    named = _countries_named(after, lex)
    if not named:
        previous = [m.end() for m in _numbers(lex, text, start, match.start())]
        named = _countries_named(text[(previous[-1] if previous else start):match.start()], lex)
    if (len(named) != 1 or _whole_area(named, text, match, end, lex)
            or _WHOLE_REGION.search(after)):
        return None
    return named.pop()


def _part_told_after(text: str, match: re.Match[str], end: int, lex: Lexicons) -> str | None:
    """"40 U.S. troops have been injured in Syria", "have attacked 40 ships in the Gulf of Aden": a
    count of the harmed or of targets told of one country (or sea area) is that country's part, never
    the campaign's total. Only its own words after it, to its clause's end, decide: a country told
    before is another figure's ("... 28 attacks in Syria," putting the number injured at 59)."""
    clause = _clause_end(text, match.end(), end)
    nexts = [m.start() for m in _numbers(lex, text, match.end(), clause)]
    after = _OWN_WORDS_CUT.split(text[match.end():(nexts[0] if nexts else clause)])[0]
    named = _countries_named(after, lex)
    whole = _whole_area(named, text, match, end, lex) or _WHOLE_REGION.search(after)
    return named.pop() if len(named) == 1 and not whole else None


def _whole_area(named: set[str], text: str, match: re.Match[str], end: int, lex: Lexicons) -> bool:
    """Whether the one area a count names stands for the whole campaign (``whole_areas``: "114
    attacks in the Red Sea"), unless another area's part follows ("90 in the Red Sea and 24 in
    the Gulf of Aden")."""
    whole = dict(lex.topic.figure_words.lists).get("whole_areas", ())
    return bool(named & set(whole)) and not any(grammar_of(lex).find("breakdown", text, match.end(), end))


def _ordinal_part(text: str, match: re.Match[str], end: int, lex: Lexicons) -> str | None:
    """The one country an ordinal counts in: "the 26th on U.S. bases in Syria since Oct. 19",
    named in its own words; the place of the act it counts ("forces in Syria were attacked,
    the 74th time since Oct. 17") restricts nothing."""
    after = _OWN.pattern("part_words_cut").split(text[match.end():end])[0]
    named = _countries_named(after, lex)
    whole = named & set(dict(lex.topic.figure_words.lists).get("whole_areas", ()))  # "in the Red Sea"
    return named.pop() if len(named) == 1 and not whole and not _WHOLE_REGION.search(after) else None


# "in Iraq", not "the war in Gaza" (a war's name)
_PLACED_IN = _OWN.pattern("placed_in")


def _elsewhere(segment: str, lex: Lexicons) -> bool:
    """"U.S. troops in Iraq and Syria have been attacked 76 times", read for a story at sea: the
    figure places its acts only where this campaign does not happen (``[outside]``: "in Iraq"),
    never in one of its own areas. "In support of Gaza", "since the war in Gaza" name a cause."""
    placed = any(_PLACED_IN.search(segment, max(0, hit.start - 12), hit.start)
                 for hit in lex.outside.find(segment))
    return placed and not lex.countries.search(segment)


def _hosted_base(segment: str, lex: Lexicons) -> bool:
    """"U.S. forces at Shaddadi had been attacked 22 times": a count at one named base. A place
    that is one of the campaign's own areas ("in the Red Sea") is the whole campaign, not a part;
    a base that names an act ("before the Al-Asad incident, ... attacks totaling 66") is no place
    of the count."""
    cut = _OWN.pattern("listed_cut").split(segment)[0]
    areas = lex.topic.campaign.countries
    return any(lex.topic.place(h.name).hosts_us_forces and h.name not in areas
               and not _names_act(cut, h.start, h.end) for h in lex.places.find(cut))


# "the Tower 22 attack", "after the Al-Asad Air Base incident": a place standing for an act
_ACT_NAMED = _OWN.pattern("act_named_by_place")
_ACT_TIME = _OWN.pattern("act_time_before")
# "the attack on <base>", "Monday's drone strike at <base>": one act's object, not where a count is kept
_ONE_ACT_ON = _OWN.pattern("one_act_on")


def _names_act(segment: str, start: int, end: int) -> bool:
    """Whether the place at ``segment[start:end]`` is the name of an act, told as a time ("after the
    Tower 22 attack"), with the act's noun after it ("the Al-Asad incident") or as one act's object
    ("the attack on <base> on Monday was the 103rd")."""
    return bool(_ACT_NAMED.match(segment, end) or _ONE_ACT_ON.search(segment, max(0, start - 40), start)
                or (_ACT_TIME.search(segment, max(0, start - 24), start)
                    and not _OWN.pattern("place_as_subject").match(segment[end:])))


def _recent_start(text: str, match: re.Match[str], start: int, end: int, lex: Lexicons) -> bool:
    """A count from something recent ("since this strike", "since Feb. 2", "since January") or of
    years before the campaign's ("in 2021 and 2022"), not the campaign. A month or year told in
    another clause ("..., but there has been a lull since February") is that clause's; a figure
    whose own words count from the start ("the 36th attack since Nov. 19") is the campaign's
    whatever else the sentence tells."""
    sentence = text[start:end]
    if from_start(text, match, end, lex):
        return False  # "the 166th attack since Oct. 17, and the first since the drone attack on ..."
    if _OWN.pattern("since_other_act").search(sentence):
        return True
    cuts = [m.start() for m in _CONTRAST.finditer(text, start, end)]
    left = max([c for c in cuts if c <= match.start()], default=start)
    right = min([c for c in cuts if c >= match.end()], default=end)
    began = lex.topic.campaign.start
    return (any(not _may_open(began, m) for m in _SINCE_MONTH.finditer(text, left, right))
            or any(int(m["year"]) < began.year for m in _IN_YEAR.finditer(text, left, right)))


# "in 2021 and 2022", "during 2019", "between 2020 and 2022": a period of its own, told by its year
# (opening the sentence too: "In 2021, militias attacked U.S. forces more than 30 times")
_IN_YEAR = _OWN.pattern("in_year")


# where a sentence turns to another matter: "..., although a lull has held since February"
_CONTRAST = _OWN.pattern("contrast_cut")


# "since Feb. 2", "since the start of November", "since January 2024", "since mid-October"
_SINCE_MONTH = _OWN.pattern("since_month")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
OPENS_BEFORE = 62  # days before a campaign's start that a count "since" may open (the war that set it off)
OPENS_AFTER = 5  # days after it ("since Oct. 18" for a start of 17 October)


def _may_open(campaign_start: dt.date, since: re.Match[str]) -> bool:
    """Whether "since <month> [day] [year]" can be the campaign's start: a day within
    OPENS_BEFORE days before it to OPENS_AFTER days after, or a month no later than the start's
    (and not long before it), in the year written or, without one, in any year about the start's.
    "Since January" or "since Feb. 2" in a campaign begun in October counts from a later start."""
    month = _MONTHS.index(since["mon"][:3].lower()) + 1
    years = [int(since["year"])] if since["year"] else [campaign_start.year + d for d in (-1, 0, 1)]
    lowest = campaign_start - dt.timedelta(days=OPENS_BEFORE)
    for year in years:
        day = safe_date(year, month, int(since["day"])) if since["day"] else safe_date(year, month, 1)
        if day is None:
            continue
        latest = campaign_start + dt.timedelta(days=OPENS_AFTER) if since["day"] else campaign_start
        if lowest <= day <= latest or (not since["day"] and day <= campaign_start < _next_month(day)):
            return True
    return False


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _one_base(text: str, match: re.Match[str], end: int) -> bool:
    """"22 attacks at Patrol Base Shaddadi", "the 12th on the base": one base's count (an ordinal's
    words may end on the preposition: rule ordinal_attack)."""
    told = _ENDS_ON.search(match.group())
    after = match.start() + told.start() if told else match.end()
    return bool(_OWN.pattern("at_a_base_after").match(text[after:end]))


_ENDS_ON = _OWN.pattern("ends_on")


# ---- who, when, from when ---------------------------------------------------------------

def _days_and_start(article: Article, lex: Lexicons, match: re.Match[str], start: int,
                    end: int) -> tuple[list[DateMention], tuple[dt.date | None, str | None]]:
    """The days the figure's sentence tells and what it counts from. The day of the act that opened
    the count ("following <an attack> ... on October 17") is its start, never the day it was given."""
    dates = _days_told(article, start, end)
    told = _start_told_span(article.clean, match, end, lex)
    if told is not None:
        dates = [d for d in dates if not told[0] <= d.start < told[1]]
    since = _since(article, lex, dates, start, end)
    if told is not None and since[0] is None:
        began = lex.topic.campaign.start
        since = began, f"{article.clean[told[0]:told[1]]} (the campaign's start, {began:%d %b %Y})"
    return dates, since


def _tally(article: Article, lex: Lexicons, names: Names, sentences: tuple[tuple[int, int, int], ...],
           index: int, figure: _Figure, number: int) -> Tally | None:
    _, start, end = sentences[index]
    match = figure.match
    value = _value(match)
    if value is None:
        return None
    dates, (since, since_note) = _days_and_start(article, lex, match, start, end)
    rules = grammar_of(lex)
    as_of = _as_of(rules, article, sentences, index, dates, None)
    if as_of is not None and as_of < lex.topic.campaign.start:
        return None  # a figure of another year's attacks (one given after the campaign's end: read_tallies)
    if figure.window is not None and not (figure.span and as_of is None and figure.window >= LONG_SPAN):
        reach = _window_reach(as_of, figure.window, lex, max(2, figure.window // 2) if figure.span else 2)
        if reach is None:
            return None
        since, since_note = reach if not figure.span else (since, since_note)
    kind, speaker = (_claimed_to(article.clean, lex, names, start, end, match)
                     or _clause_claim(article.clean, lex, names, start, end, match)
                     or _source(article.clean, lex, names, sentences, index))
    as_of = _as_of(rules, article, sentences, index, dates, since)
    if as_of == article.published and not any(d.date and d.precision == "day" and d.date != since
                                               for d in dates):
        as_of = _speakers_day(rules, article, sentences, index) or as_of
    if as_of is None and since is not None:
        as_of = _placed_after(rules, article.clean, start, dates, since)
    said_at = _quoted_by(article.clean, sentences, index)
    if said_at is None and kind == "outlet":
        said_at = _told_after(article.clean, lex, sentences, index)
    if said_at is not None:
        kind, speaker, as_of = _said_in(article, lex, names, sentences, said_at, dates, since,
                                        (kind, speaker, as_of))
    breakdown, last = (_breakdown(lex, article.clean, sentences, index, value) if figure.metric == "attacks"
                       else (None, index))
    evidence_end = sentences[last][2]
    return Tally(
        id=f"{article.id}:t{number}", metric=figure.metric, value=value,
        qualifier=_qualifier(article.clean, match),
        since=since, as_of=as_of,
        breakdown=breakdown,
        sources=(Evidence(article.id, start, evidence_end, article.text[start:evidence_end], figure.rule),),
        source_kind=kind, speaker=speaker, since_note=since_note,
    )


_OPENS_QUOTE = re.compile(r"\s*[“\"]")
_CLOSES_QUOTE = _OWN.pattern("closes_quote_said")
_Given = tuple[SourceKind, str | None, dt.date | None]  # who gave a figure, and on what day
QUOTE_ON = 3  # sentences after one opening a quotation where the quotation may close on its speaker


def _quoted_by(clean: str, sentences: tuple[tuple[int, int, int], ...], index: int) -> int | None:
    """'"There have been 66 attacks since Oct. 17. Most failed," Singh said Monday.': a figure in the
    first sentence of a quotation that runs on is said by the speaker, and on the day, that the
    sentence closing it names; the index of that sentence (same paragraph), else None."""
    para, start, end = sentences[index]
    sentence = clean[start:end]
    # (a straight quotation mark closes inside the sentence when they pair up; a curly one when "”" is there)
    opens = _OPENS_QUOTE.match(sentence)
    straight = opens is not None and opens.group().endswith('"')
    if not opens or re.search(r"[”]", sentence) or (straight and sentence.count('"') % 2 == 0):
        return None
    for later in range(index + 1, min(len(sentences), index + 1 + QUOTE_ON)):
        later_para, later_start, later_end = sentences[later]
        if later_para != para:
            return None
        told = clean[later_start:later_end]
        if re.search(r"[“]", told) or told.count('"') > 1:
            return None  # a quotation of its own opens first
        if re.search(r"[”\"]", told):
            return later if _CLOSES_QUOTE.search(told) else None
    return None


# the next sentence pointing back at the figure: "Ryder announced this on ...", "those were mostly
# TBI, according to the Pentagon", "Singh said 56 troops were hurt in these attacks", "the figure"
_POINTS_BACK = _OWN.pattern("points_back")


def _told_after(clean: str, lex: Lexicons, sentences: tuple[tuple[int, int, int], ...],
                index: int) -> int | None:
    """"The number of attacks has increased to 130. Ryder announced this on Jan. 11.": a figure
    whose own sentence names no voice is said by the official voice of the sentence right after
    it, when that sentence points back at it; the index of that sentence, else None."""
    if index + 1 >= len(sentences):
        return None
    _, start, end = sentences[index + 1]
    told = clean[start:end]
    if not _POINTS_BACK.search(told) or _voice_of(told, lex) is None:
        return None
    return index + 1


def _said_in(article: Article, lex: Lexicons, names: Names, sentences: tuple[tuple[int, int, int], ...],
             said_at: int, dates: list[DateMention], since: dt.date | None,
             own: _Given) -> _Given:
    """Who gave a quoted figure and when, from the sentence closing its quotation: its voice if its
    own sentence has none, its day (told after the quotation closes) if its own sentence names no
    day."""
    kind, speaker, as_of = own
    if kind == "outlet":
        kind, speaker = _source(article.clean, lex, names, sentences, said_at)
    if not any(d.date and d.precision == "day" and d.date != since for d in dates):
        _, start, end = sentences[said_at]
        # the days of its speaker's words after the quotation closes ("," Ryder said Tuesday"),
        # not a day the quotation tells ("The worst came on Jan. 3," Ryder said.)
        closes = _CLOSES_QUOTE.search(article.clean, start, end)
        told = [d for d in _days_told(article, start, end)
                if closes is None or d.start >= closes.start()]
        as_of = _as_of(grammar_of(lex), article, sentences, said_at, told, since)
    return kind, speaker, as_of


_EXCEEDED = _OWN.pattern("exceeded_before")


def _qualifier(text: str, match: re.Match[str]) -> Qualifier:
    """The figure's qualifier; "brings the total up to 74" is a total, not "up to"."""
    if "qual" not in match.groupdict():
        return "exact"
    qualifier = qualifier_of(match)
    if qualifier == "exact" and _EXCEEDED.search(text, max(0, match.start() - 20), match.start()):
        return "more than"  # "the number of attacks has exceeded 90"
    if qualifier == "up to" and _OWN.pattern("total_word_before").search(
            text[max(0, match.start() - 30):match.start()]):
        return "exact"
    return qualifier


def _since(article: Article, lex: Lexicons, dates: list[DateMention], start: int,
           end: int) -> tuple[dt.date | None, str | None]:
    """What the figure counts from: a day ("since Oct. 17"), or words naming the campaign's start
    ("since mid-October", "since the war began"), which stand for the campaign's own start."""
    clean = article.clean
    for cue in _SINCE.finditer(clean, start, end):
        day = next((d for d in dates if d.start == cue.end()), None)
        if day is not None and day.precision == "day" and day.date:
            return day.date, day.text
        phrase = lex.start_phrases.match(clean, cue.end(), end)
        if phrase:
            return lex.topic.campaign.start, (f"{phrase.group()} (the campaign's start, "
                                              f"{lex.topic.campaign.start:%d %b %Y})")
    phrase = lex.start_phrases.search(clean, start, end)
    if phrase and _OWN.pattern("start_word").search(clean[start:end]):
        return lex.topic.campaign.start, (f"{phrase.group()} (the campaign's start, "
                                          f"{lex.topic.campaign.start:%d %b %Y})")
    return _article_start(article)


_WAVE_START = _OWN.pattern("wave_start")


def _article_start(article: Article) -> tuple[dt.date | None, str | None]:
    """The day the article says the wave of attacks began ("the wave of attacks beginning on
    Oct. 17"), for its figures that name no start of their own. Only a start said of attacks
    counts: "the war ... which began on October 7" is another start."""
    if article.published is None:
        return None, None
    return _wave_start(article.clean, article.published, article.published_time)


@functools.lru_cache(maxsize=8)
def _wave_start(clean: str, published: dt.date,
                published_time: dt.time | None) -> tuple[dt.date | None, str | None]:
    """:func:`_article_start` of a dated article, read once for all its figures."""
    for day in find_dates(clean, 0, len(clean), published, published_time):
        if (day.precision == "day" and day.date
                and 0 < (published - day.date).days < 400
                and _WAVE_START.search(clean, max(0, day.start - 90), day.start)):
            return day.date, f"{day.text} (when the article says the attacks began)"
    return None, None


# "since the war began on Oct. 7", "following the outbreak of the war on October 7": the day a
# start is told on is what the figure counts from, never the day it was given ("following" alone
# tells no start: "Following a briefing on Nov. 14, the Pentagon said" gives the figure's day)
_START_TOLD = _OWN.pattern("start_told")


def _as_of(rules: Rules, article: Article, sentences: tuple[tuple[int, int, int], ...], index: int,
           dates: list[DateMention], since: dt.date | None) -> dt.date | None:
    """The day the figure was given: the end of its count ("until January 30"), the day its
    speaker spoke ("Singh told reporters Tuesday"), else the publication date."""
    clean = article.clean
    para, start, end = sentences[index]

    def usable(mentions: list[DateMention]) -> list[DateMention]:
        return [d for d in mentions if d.date and d.precision == "day" and d.date != since
                and not _SINCE.search(clean, max(0, d.start - 14), d.start)
                and not _START_TOLD.search(clean, max(0, d.start - 60), d.start)
                and (article.published is None or d.date <= article.published + dt.timedelta(days=1))]

    own = usable(dates)
    until = [d for d in own if _UNTIL.search(clean, max(start, d.start - 12), d.start)]
    said = [d for d in own if _SAID.search(clean, max(start, d.start - 40), d.start)
            or rules.at("briefing_of_day", clean, d.end) or _EARLIER.match(d.text)
            or _SAID_AFTER.match(clean, d.end)]
    if until or said:
        return (until or said)[-1].date
    own = [d for d in own if not _names_an_act(clean, d)]
    if own:
        return own[-1].date
    if index and rules.pattern("pronoun_said").search(clean, start, end) and sentences[index - 1][0] == para:
        _, p_start, p_end = sentences[index - 1]
        before = usable(_days_told(article, p_start, p_end))
        if before:
            return before[-1].date
    return article.published


def _days_told(article: Article, start: int, end: int) -> list[DateMention]:
    """The days a sentence tells, its "yesterday" and "on Tuesday" counted from the day its text
    counts from: under a wire line of another day than the page's, the wire's (dates.text_today),
    as the events of that text are; the figure's day when none is told stays the publication's."""
    here = text_today(article, end)
    return find_dates(article.clean, start, end, here.published, here.published_time)


def _placed_after(rules: Rules, clean: str, start: int, dates: list[DateMention],
                  since: dt.date) -> dt.date | None:
    """In an undated article, "the Pentagon said on November 14 that since October 17 there have
    been 55 attacks", "On November 16, the channel reported ... since Oct. 17": a day written
    without its year that names when the figure was given falls in the year after the count's
    start (a span written without years is shorter than one): the first such day after ``since``.
    The end of a closed span ("between October 17 and November 7") is not taken: a count told
    without its day may be told long after its end, and the day stays unknown."""
    placed: list[tuple[DateMention, dt.date]] = []
    for mention in dates:
        if (mention.date is not None or mention.month_day is None or _names_an_act(clean, mention)
                or _UNTIL.search(clean, max(start, mention.start - 12), mention.start)
                or _SINCE.search(clean, max(0, mention.start - 14), mention.start)
                or _START_TOLD.search(clean, max(0, mention.start - 60), mention.start)):
            continue
        day = _first_after(since, *mention.month_day)
        if day is not None:
            placed.append((mention, day))
    # only a day told as the telling's: after a verb of saying, before a briefing, or opening the
    # sentence ("On November 16, the channel reported"); any other day of the sentence may be
    # another count's ("compared with 40 by Nov. 7"), an act's ("most recently on Nov. 12") or a
    # bound ("before Jan. 28"), and the day stays unknown
    said = [day for m, day in placed if _SAID.search(clean, max(start, m.start - 40), m.start)
            or rules.at("briefing_of_day", clean, m.end) or _OPENS_SENTENCE.fullmatch(clean, start, m.start)]
    return said[-1] if said else None


_OPENS_SENTENCE = _OWN.pattern("opens_sentence")


def _first_after(since: dt.date, month: int, day: int) -> dt.date | None:
    """The first ``month``/``day`` after ``since``, within a year of it."""
    for year in (since.year, since.year + 1):
        found = safe_date(year, month, day)  # (None: 29 February of a common year)
        if found is not None and since < found <= since + dt.timedelta(days=365):
            return found
    return None


# days before publication within which a day the speaker spoke elsewhere in the article may be the
# figure's: "Austin said on Jan. 29 that ..." told as background in a paper of 8 February is an
# earlier statement, not the day of the figure he gives in it today
SPEAKER_REACH = 3
_NO_SPEAKER = frozenset({"He", "She", "They", "It", "We", "I", "Officials", "Sources"})


def _speakers_day(rules: Rules, article: Article, sentences: tuple[tuple[int, int, int], ...],
                  index: int) -> dt.date | None:
    """"There have been 66 attacks since Oct. 17, Singh said." with "Singh told reporters on
    Tuesday" elsewhere in the article: the one day the article says the figure's speaker (named
    by surname) spoke, within SPEAKER_REACH days of publication; None when it names none, or more
    than one."""
    clean = article.clean
    _, start, end = sentences[index]
    said = _SURNAME_SAID.search(clean, start, end)
    surname = said and (said.group(1) or said.group(2))
    if not surname or surname in _NO_SPEAKER:
        return None
    named = re.compile(rf"\b{re.escape(surname)}\b")
    days: set[dt.date] = set()
    for other, (_, other_start, other_end) in enumerate(sentences):
        if other == index or not named.search(clean, other_start, other_end):
            continue
        days |= {d.date for d in _days_told(article, other_start, other_end)
                 if d.date and d.precision == "day"
                 and (article.published is None or d.date <= article.published)
                 and named.search(clean, max(other_start, d.start - 60), d.start)
                 and (_SAID.search(clean, max(other_start, d.start - 40), d.start)
                      or rules.at("briefing_of_day", clean, d.end))}
    day = days.pop() if len(days) == 1 else None
    reach = article.published and article.published - dt.timedelta(days=SPEAKER_REACH)
    return day if day is not None and (reach is None or day >= reach) else None


# (the act's side may come first, as a capitalised word: "overnight <Side> strikes", "Monday's <Side> raid")
_ACT_AFTER = _OWN.pattern("act_after_day")
_ACT_BEFORE = _OWN.pattern("act_before_day")


def _names_an_act(clean: str, day: DateMention) -> bool:
    """"the Monday night attack", "Tuesday's strike", "an attack on Monday": the day of an act the
    sentence names, not the day its figure was given."""
    return bool(_ACT_AFTER.match(clean, day.end)
                or _ACT_BEFORE.search(clean, max(0, day.start - 40), day.start))


def _source(clean: str, lex: Lexicons, names: Names, sentences: tuple[tuple[int, int, int], ...],
            index: int) -> tuple[SourceKind, str | None]:
    """Who gives the figure: a group claiming its own count, a monitor, a US official voice,
    else the outlet; looked for in the sentence, then the headline-style prefix before a colon."""
    para, start, end = sentences[index]
    sentence = clean[start:end]
    claim = _CLAIM.search(_CLAIMED_PART.sub(lambda m: " " * len(m.group()), sentence))
    # a quotation opening the sentence is what the claimant said, not who: "'This is the 26th
    # <group> attack since ...,' the statement said" names no claimant
    quoted = _OPENING_QUOTE.match(sentence)
    after = start + quoted.end() if quoted and claim and quoted.end() <= claim.start() else start
    group = claim and claimant(clean, names, lex, after, end, start + claim.start())
    if claim and THE_GROUP.search(clean, start, start + claim.start()):
        # "The group has claimed more than 150 attacks": the group named before ("militia" alone
        # may read as the generic words for the groups)
        group = told_back(clean, lex, names, start) or group
    if group and not _speaker(lex.topic.sources.official, sentence):
        return "claim", group
    unknown = claim and _claim_subject(sentence, claim, lex)
    if unknown:
        return "claim", unknown
    if _PRONOUN_OPENS.match(sentence):
        # "She said the attacks have resulted in 62 injuries, not counting the eight cited by
        # Ryder": the speaker is the one the sentences before name, never one named later here
        return _voice_before(clean, lex, sentences, index)
    # the speaker of the sentence, else (for "..., he said", "The attacks caused ...") of the one before
    pronoun_said = grammar_of(lex).pattern("pronoun_said")
    for back in range(2):
        if back and (index - 1 < 0 or sentences[index - 1][0] != para
                     or not (pronoun_said.search(sentence) or _THOSE_ATTACKS.search(sentence)
                             or _ATTACKS_TOLD_BACK.match(sentence))):
            break
        voice = _voice_of(clean[sentences[index - back][1]:sentences[index - back][2]], lex)
        if voice:
            return voice
    official = (_statement_of(clean, lex, sentences, index) or _named_before(clean, lex, sentence, start)
                or turn_of(clean, lex, start))
    if official:
        return "official", official
    speaking = _group_speaking(clean, lex, names, start, end)
    return ("claim", speaking) if speaking else ("outlet", None)


# "the rebels have claimed to attack more than 100 ships": the group's own count, right before the figure
_CLAIMED_TO = _OWN.pattern("claimed_to")


def _claimed_to(clean: str, lex: Lexicons, names: Names, start: int, end: int,
                match: re.Match[str]) -> tuple[SourceKind, str] | None:
    """"U.S. officials said the rebels have claimed to attack more than 100 ships": a count a group
    claims to have made is the group's, whoever reports the claim (never the official voice's)."""
    told = _CLAIMED_TO.search(clean, max(start, match.start() - 80), match.start())
    if told is None:
        return None
    group = claimant(clean, names, lex, start, end, told.start())
    return ("claim", group) if group and lex.side(group) == "militia" else None


def _clause_claim(clean: str, lex: Lexicons, names: Names, start: int, end: int,
                  match: re.Match[str]) -> tuple[SourceKind, str] | None:
    """"Militias have claimed more than 150 attacks on U.S. forces, while the Pentagon counts 120": in
    a sentence of two clauses set against each other, a figure in a group's claim is the group's,
    whatever voice the other clause names (the sentence's official voice is the other count's)."""
    cuts = [m.start() for m in _CONTRAST.finditer(clean, start, end)]
    if not cuts:
        return None
    left = max([c for c in cuts if c <= match.start()], default=start)
    right = min([c for c in cuts if c >= match.end()], default=end)
    own = clean[left:right]
    claim = _CLAIM.search(_CLAIMED_PART.sub(lambda m: " " * len(m.group()), own))
    if claim is None or not _CLAIMS.match(claim.group()) or _speaker(lex.topic.sources.official, own):
        return None
    group = claimant(clean, names, lex, left, right, left + claim.start())
    return ("claim", group) if group and lex.side(group) == "militia" else None


# the subject of a claim, opening its clause: "The resistance claims to have launched ...",
# "<a group the profile does not know> has claimed more than 40 attacks"
_CLAIM_SUBJECT = _OWN.pattern("claim_subject")
_NOT_A_CLAIMANT = _OWN.pattern("not_a_claimant")
_CLAIMS = _OWN.pattern("claims_verb")


def _claim_subject(sentence: str, claim: re.Match[str], lex: Lexicons) -> str | None:
    """Who claims, when no group the profile knows is named: the subject opening the claim's
    clause ("The resistance claims to have launched 200 attacks on U.S. bases"), unless it is an
    official voice, a monitor, a pronoun or the press. A count a group gives of its own attacks
    is its claim whatever its name; given as the outlet's it would join the official series."""
    if not _CLAIMS.match(claim.group()):
        return None
    subject = _CLAIM_SUBJECT.search(sentence, 0, claim.start())
    if subject is None:
        return None
    who = subject["who"]
    voices = lex.topic.sources.official + lex.topic.sources.monitors
    if (_NOT_A_CLAIMANT.search(who) or _speaker(lex.topic.sources.official, sentence)
            or any(re.search(rf"\b{re.escape(word)}\b", who, re.I) for word in voices)):
        return None
    return who


def _group_speaking(clean: str, lex: Lexicons, names: Names, start: int, end: int) -> str | None:
    """The group on the attacking side that speaks the sentence, when no official voice or monitor
    does: "The rebels also said on Thursday that they had struck 166 ships", "..., said <the
    group's leader>" (a voice of the group): its own count, a claim."""
    for hit in names.within(names.actors, start, end):
        if lex.side(hit.name) == "militia" and (
                _SAYS_AFTER.match(clean, hit.end) or _SAID_BEFORE.search(clean, max(start, hit.start - 24),
                                                                        hit.start)):
            return hit.name
    return None


# a transcript's turn: "MS. SINGH:", "SENIOR DEFENSE OFFICIAL:", "Q:" opening a line
_TURN = re.compile(r"^[ \t]*((?:[A-Z][A-Z.'’-]*[ \t]+){0,4}[A-Z][A-Z.'’-]*)[ \t]*:", re.M)


def turn_of(clean: str, lex: Lexicons, start: int) -> str | None:
    """The official voice whose turn of a transcript the sentence at ``start`` is in: the last
    speaker's label before it ("MS. SINGH: ... there have been 14 attacks in Iraq and nine in
    Syria", paragraphs on), in a text of two or more such turns (a reporter's "Q:" among them, or
    officials'). A line like "BREAKING:" or "WASHINGTON:" is no speaker and ends any turn."""
    turns = [(m.start(), _turn_voice(lex, m.group(1))) for m in _TURN.finditer(clean)]
    if sum(voice is not None for _, voice in turns) < 2:
        return None
    before = [voice for at, voice in turns if at <= start]
    return before[-1] if before and before[-1] != "Q" else None


def _turn_voice(lex: Lexicons, label: str) -> str | None:
    """"Q" for a reporter's question, the official word a speaker's label names, else None."""
    if label == "Q":
        return "Q"
    return next((word for word in lex.topic.sources.official
                 if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", label, re.I)), None)


# (or "It added:", a command's or an agency's statement told on)
_PRONOUN_OPENS = _OWN.pattern("pronoun_opens")
PRONOUN_BACK = 2  # sentences before one opening "She said" where its speaker may be named


def _voice_before(clean: str, lex: Lexicons, sentences: tuple[tuple[int, int, int], ...],
                  index: int) -> tuple[SourceKind, str | None]:
    """The monitor or official voice of the nearest of the sentences before (across paragraphs),
    else the outlet: who "she" is cannot be told."""
    for _, before_start, before_end in reversed(sentences[max(0, index - PRONOUN_BACK):index]):
        voice = _voice_of(clean[before_start:before_end], lex)
        if voice:
            return voice
    return "outlet", None


def _voice_of(told: str, lex: Lexicons) -> tuple[SourceKind, str] | None:
    """The monitor, else the official voice, that speaks in a sentence, if any."""
    monitor = _speaker(lex.topic.sources.monitors, told)
    if monitor:
        return "monitor", monitor
    official = _speaker(lex.topic.sources.official, told)
    return ("official", official) if official else None


def _statement_of(clean: str, lex: Lexicons, sentences: tuple[tuple[int, int, int], ...],
                  index: int) -> str | None:
    """The official voice whose statement "the statement said" quotes, named a few sentences before."""
    if not _THE_STATEMENT.search(clean, sentences[index][1], sentences[index][2]):
        return None
    for _, before_start, before_end in reversed(sentences[max(0, index - STATEMENT_BACK):index]):
        official = _speaker(lex.topic.sources.official, clean[before_start:before_end])
        if official:
            return official
    return None


def _named_before(clean: str, lex: Lexicons, sentence: str, start: int) -> str | None:
    """"..., Nguyen said": a speaker named by surname whom the article introduced earlier with an
    official title ("Defense Department spokesperson Maj. Pete Nguyen"): that office."""
    said = _SURNAME_SAID.search(sentence)
    if said is None:
        return None
    surname = re.escape(said.group(1) or said.group(2))
    offices = "|".join(re.escape(word) for word in lex.topic.sources.official)
    # (a title's abbreviation may come between: "spokesperson Maj. Pete Nguyen")
    titled = re.search(rf"\b({offices})\b[^;\n]{{0,40}}?\b{surname}\b", clean[:start])
    return titled.group(1) if titled else None


_SPEECH = (r"(?:said|says|say|saying|told|tells|confirmed|confirms|counted|counts|tracked|tracks|tracking|"
           r"logged|"
           r"recorded|reported|reports|announced|disclosed|revealed|added|stated|noted|documented|estimated|"
           r"put|puts|briefed|according|show|shows|found|finds|update|updated|reveal|reveals|confirm|"
           r"affirmed|affirms|detailed|details|mentioned|mentions|acknowledged|acknowledges|"
           # "The Pentagon provided these specifics: ... 55 attacks against U.S. forces"
           r"provided|provides|shared|shares|released|releases)")


def official_voice(lex: Lexicons, sentence: str) -> str | None:
    """The US government's voice that speaks in the sentence, if any ("the Pentagon said")."""
    return _speaker(lex.topic.sources.official, sentence)


def day_given(article: Article, lex: Lexicons, sentences: tuple[tuple[int, int, int], ...], index: int,
              dates: list[DateMention]) -> dt.date | None:
    """The day a sentence's statement was made: as a figure's (:func:`_as_of`)."""
    return _as_of(grammar_of(lex), article, sentences, index, dates, None)


def _speaker(words: tuple[str, ...], sentence: str) -> str | None:
    """The first of ``words`` that speaks in the sentence: "the Pentagon said", "according to U.S.
    officials", "said Singh", "Pentagon: ...", "the Pentagon counts"; names ("Ryder") before
    roles ("spokesman"). A name that is only the subject of the count ("the U.S. military has come
    under attack") does not speak."""
    folded = fold(sentence)
    for word, pattern, screen in _speaking(words):
        if screen.may_match(sentence, folded) and pattern.compiled().search(sentence):
            return word
    return None


@functools.lru_cache(maxsize=8)
def _speaking(words: tuple[str, ...]) -> tuple[tuple[str, Source, Screen], ...]:
    """Each of ``words`` with the pattern of it speaking, in the order they are tried, and the
    screen of the word it needs. Most sentences name none of them, so a pattern is compiled
    only when its screen first lets a sentence through (compiling all 42 of the shipped topic's
    took a tenth of a cold sample build's own work)."""
    found = []
    for word in sorted(words, key=lambda w: (not w[0].isupper(), -len(w))):
        name = re.escape(word)
        flags = re.I if not word.isupper() else 0
        found.append((word, source(rf"(?<![\w-]){name}(?![\w-])[^.;:]{{0,60}}?\b{_SPEECH}\b|"
                                   rf"\b(?:according\s+to|cited|citing|quoting|per|said|"
                                   rf"says|told|by)\s+(?:the\s+|a\s+|an\s+|my\s+)?(?:[\w.'’-]+\s+){{0,5}}?"
                                   rf"{name}(?![\w-])|"
                                   rf"^\W*(?:the\s+)?{name}(?:\s+\w+)?\s*:|"
                                   # a headline that ends on its source: "... in a week: Pentagon"
                                   rf":\s*(?:the\s+)?{name}\W*$", flags)))
    return tuple((word, pattern, Screen.of(pattern)) for word, pattern in found)





def _breakdown(lex: Lexicons, clean: str, sentences: tuple[tuple[int, int, int], ...], index: int,
               total: int) -> tuple[tuple[tuple[str, int], ...] | None, int]:
    """Per-country parts in this sentence or the next (kept only if they add up), and the
    index of the sentence they were found in."""
    for offset in (0, 1):
        if index + offset >= len(sentences):
            break
        _, start, end = sentences[index + offset]
        parts: dict[str, int] = {}
        rules = grammar_of(lex)
        if not rules.at("areas_named", clean, start, end, floor=start):
            continue
        for match in (*rules.find("breakdown", clean, start, end),
                      *rules.find("breakdown_once", clean, start, end)):
            value = {"once": 1, "twice": 2}.get(match["num"].lower()) or value_of(match["num"])
            if value is not None and value != total:
                parts[_area(lex, match["area"])] = value
        if len(parts) >= 2 and sum(parts.values()) == total:
            return tuple(sorted(parts.items())), index + offset
    return None, index


def _dedupe(tallies: list[Tally]) -> list[Tally]:
    """One article repeating a figure (headline and body) gives one tally, with every quote."""
    kept: dict[tuple[object, ...], Tally] = {}
    for tally in tallies:
        key = (tally.metric, tally.value)
        first = kept.get(key)
        if first is None:
            kept[key] = tally
            continue
        better = first if _rank(first) >= _rank(tally) else tally
        # who gave it, from the report that says so: "approximately 66" in a quotation and "66,
        # Singh said" are one figure, qualified by the one and attributed by the other
        voiced = next((t for t in (better, first, tally) if t.source_kind != "outlet"), better)
        kept[key] = Tally(
            better.id, better.metric, better.value, better.qualifier,
            better.since or first.since or tally.since,
            better.as_of or first.as_of or tally.as_of,
            better.breakdown or first.breakdown or tally.breakdown,
            first.sources + tally.sources, source_kind=voiced.source_kind, speaker=voiced.speaker,
            since_note=better.since_note or first.since_note or tally.since_note)
    return list(kept.values())


def _rank(tally: Tally) -> tuple[int, int]:
    """The more informative of two reports of one figure: qualified, attributed."""
    return (tally.qualifier != "exact", tally.source_kind != "outlet")
