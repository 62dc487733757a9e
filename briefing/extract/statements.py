"""Claims and statements: who said what about the campaign, kept as records of their own.

A statement is never an attack or a strike. The forms, each seen in real reports (the
examples are our own words):

    claim         <group> claimed (responsibility for) ... / said it targeted ... / ... was claimed by <group>
    denial        <US voice> said there was no indication of an attack / could not confirm ... / denied ...
    suspension    <group> announced it would suspend (its military) operations
    vow           <group> vowed to continue / press on with its operations
    attribution   <US voice> blamed / attributed ... to <group> / holds <group> responsible
    promise       <US voice> vowed to respond / will respond / at a time and place of our choosing
    condemnation  <government> condemned the strikes / called them a violation of its sovereignty
    casualty-report  <government> said the strikes killed N people

Each rule has a name, a kind and the side of its speaker; the speaker is read from the
sentence (a group, a US voice, a campaign country's government) and the rule needs one.
A denial answers the claim it follows (or the one right after it) in the same article.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from ..dates import find_dates
from ..model import Article, Evidence, Statement, StatementKind
from ..text import all_sentences
from ..topic import Topic, load_topic
from .lexicon import Lexicons, Names, lexicons
from .roles import claimant
from .tallies import day_given, official_voice

Speaker = Literal["group", "us", "government"]


@dataclass(frozen=True)
class Rule:
    """A named form of statement: its kind, the side that says it, and its cue."""

    name: str
    kind: StatementKind
    speaker: Speaker
    cue: re.Pattern[str]


def _rule(name: str, kind: StatementKind, speaker: Speaker, cue: str) -> Rule:
    return Rule(name, kind, speaker, re.compile(cue, re.I))


_ACT = r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|incident|drone|rocket)\b"

RULES = (
    _rule("claimed-responsibility", "claim", "group",
          r"\b(?:claim(?:ed|s|ing)?\s+(?:responsibility|credit)|took\s+responsibility|takes\s+responsibility|"
          r"claim(?:ed|s)\s+(?:(?:an?|the|two|three|several|its)\s+)?(?:[\w-]+\s+){0,3}"
          r"(?:attacks?|strikes?|drone|rocket|operations?)|"
          r"claimed\s+by|"
          r"said\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?it\s+(?:had\s+)?(?:targeted|attacked|struck|hit|launched|fired))\b"),
    _rule("no-indication", "denial", "us",
          rf"\bno\s+(?:indication|sign|evidence|record)s?\s+(?:of\s+(?:an?|any|the|such)\s+{_ACT}|"
          rf"that\s+(?:an?|any|the)\s+{_ACT}\s+(?:had\s+)?(?:took|taken|occurred|happened|was\s+carried))|"
          rf"\b(?:could|can|did|would|does)\s*(?:not|n't)\s+(?:immediately\s+|independently\s+)?"
          rf"(?:confirm|verify|corroborate)\s+(?:the\s+|that\s+|an?\s+|any\s+|such\s+)?(?:group's\s+)?"
          rf"(?:claims?|{_ACT}|reports?)|\b(?:cannot|unable\s+to)\s+(?:immediately\s+|independently\s+)?"
          rf"(?:confirm|verify)\b|\bden(?:ied|ies)\s+(?:that\s+)?(?:the\s+|any\s+|such\s+)?(?:claims?|reports?|{_ACT})|"
          r"\b(?:claim|report)s?\s+(?:was|were|appeared|appears?|is|are)\s+(?:to\s+be\s+)?"
          r"(?:false|untrue|inaccurate|baseless)\b"),
    _rule("suspends-operations", "suspension", "group",
          r"\b(?:suspen(?:d|ded|ds|ding|sion\s+of)|halt(?:ed|s|ing)?|paus(?:e|ed|es|ing)|"
          r"stop(?:ped|s)?|cease[sd]?)\s+(?:(?:its|their|all|all\s+of\s+its)\s+)?(?:military\s+)?"
          r"(?:operations|attacks)\b"),
    _rule("vows-to-go-on", "vow", "group",
          r"\b(?:vow(?:ed|s)?|pledg(?:ed|es)|promis(?:ed|es)|sw(?:ore|ears))\s+to\s+(?:continue|keep|press\s+on|"
          r"carry\s+on|go\s+on)\b|\bwill\s+(?:continue|keep)\s+(?:its|their|our)\s+(?:operations|attacks)\b"),
    _rule("blames", "attribution", "us",
          r"\b(?:blam(?:ed|es|ing)|attribut(?:ed|es|ing)\b[^.;]{0,80}?\bto|"
          r"hold(?:s|ing)?\s+(?:[\w-]+\s+){1,4}responsible|responsible\s+for\s+(?:the|this|Sunday|Monday|Tuesday|"
          r"Wednesday|Thursday|Friday|Saturday)|(?:was|were)\s+(?:carried\s+out|conducted)\s+by|"
          r"bore\s+the\s+(?:hallmarks|footprints))\b"),
    _rule("will-respond", "promise", "us",
          r"\b(?:will|would|vow(?:ed|s)?\s+to|pledg(?:ed|es)\s+to|promis(?:ed|es)\s+to)\s+respond\b|"
          r"\btime\s+and\s+(?:a\s+)?place\s+of\s+(?:our|its|his)\s+choosing\b|"
          r"\b(?:promised|vowed|pledged)\s+(?:a\s+)?(?:response|retaliation)\b"),
    _rule("condemns", "condemnation", "government",
          r"\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|violation\s+of\s+(?:its\s+|the\s+country's\s+)?"
          r"(?:sovereignty|territory))\b"),
    _rule("reports-casualties", "casualty-report", "government",
          r"\b(?:killed|kill(?:ing|s)|dead|died|wounded|injured)\b(?:(?!\bU\.?S\.?\b|\bAmerican)[^.;]){0,60}?"
          r"\b(?:people|civilians|members|"
          r"fighters|soldiers|security\s+personnel)\b|\b(?:death\s+toll|casualties)\b"),
)

# A campaign country's government, as reports name it ("the Iraqi government", "Syria's foreign
# ministry", "Iraq's prime minister"); the country comes from the topic's names for it.
_GOVERNMENT = (r"(?:government|prime\s+minister|foreign\s+ministry|ministry\s+of\s+\w+|\w+\s+ministry|"
               r"military|armed\s+forces|army|presidency|cabinet|spokesman|spokesperson)")


def extract_statements(article: Article, topic: Topic | None = None,
                       names: Names | None = None) -> list[Statement]:
    """The claims and statements of one article, each with its speaker, day and evidence;
    denials linked to the claims they answer."""
    lex = lexicons(topic or load_topic())
    names = names or Names(article.clean, lex)
    sentences = all_sentences(article.clean)
    found: list[Statement] = []
    for index, (_, start, end) in enumerate(sentences):
        for rule in _rules_in(article.clean, start, end):
            who = _who(article.clean, lex, names, rule, start, end)
            if who is None:
                continue
            day = day_given(article, sentences, index,
                            find_dates(article.clean, start, end, article.published, article.published_time))
            found.append(Statement(f"{article.id}:s{len(found) + 1}", rule.kind, who, day,
                                   (Evidence(article.id, start, end, article.text[start:end]),)))
    return _linked(found)


def _rules_in(text: str, start: int, end: int) -> Iterator[Rule]:
    """The rules whose cue the sentence holds, one per kind."""
    kinds: set[str] = set()
    for rule in RULES:
        if rule.kind not in kinds and rule.cue.search(text, start, end):
            kinds.add(rule.kind)
            yield rule


def _who(text: str, lex: Lexicons, names: Names, rule: Rule, start: int, end: int) -> str | None:
    """The speaker the rule needs, named in the sentence, else None: without its speaker, a
    sentence is not this statement."""
    sentence = text[start:end]
    if rule.speaker == "group":
        cue = rule.cue.search(text, start, end)
        return claimant(text, names, lex, start, end, cue.start() if cue else end)
    if rule.speaker == "us":
        if rule.kind == "attribution" and not any(lex.side(h.name) == "militia"
                                                  for h in names.within(names.actors, start, end)):
            return None  # an attribution names the group held responsible
        voice = official_voice(lex, sentence)
        if voice:
            return voice
        us = [h for h in names.within(names.actors, start, end) if lex.side(h.name) == "us"]
        return us[0].name if us else None
    return _government(sentence, lex)


def _government(sentence: str, lex: Lexicons) -> str | None:
    """"the Iraqi government", "Syria's foreign ministry": a campaign country's government."""
    for word, country in (*((c, c) for c in lex.topic.campaign.countries), *lex.topic.campaign.demonyms):
        own = rf"{re.escape(word)}(?:'s|’s)?"
        if re.search(rf"\b{own}\s+(?:[\w-]+\s+)?{_GOVERNMENT}\b", sentence, re.I):
            return f"{country} government"
    return None


def _linked(found: list[Statement]) -> list[Statement]:
    """A denial answers the latest claim before it in the article, else the first one after."""
    claims = [i for i, s in enumerate(found) if s.kind == "claim"]
    if not claims:
        return found
    replies: dict[int, list[str]] = {}
    for number, statement in enumerate(found):
        if statement.kind != "denial":
            continue
        before = [i for i in claims if i < number]
        claim = before[-1] if before else claims[0]
        replies.setdefault(claim, []).append(statement.id)
        found[number] = dataclasses.replace(statement, answers=found[claim].id)
    for claim, ids in replies.items():
        found[claim] = dataclasses.replace(found[claim], replies=tuple(ids))
    return found
