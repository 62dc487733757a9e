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
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from ..dates import find_dates
from ..ids import event_id
from ..model import Article, DateMention, Event, Evidence, Statement, StatementKind
from ..rules import Rules, grammar
from ..screen import OpeningPlaces, Places
from ..text import all_sentences
from ..topic import Topic, load_topic
from .details.parties import MEANS_GIVEN, NEW_CLAUSE_WORDS, profile_rules
from .lexicon import Lexicons, Names, lexicons
from .roles import THE_GROUP, claimant, told_back
from .tallies import day_given, official_voice, turn_of

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


# the day of the saying between the verb and what was said ("said on Thursday it had launched")
_SAID_ON = (r"(?:(?:on\s+|(?:late|early)\s+(?:on\s+)?)?"
            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"(?:\s+(?:night|morning|evening|afternoon))?,?\s+)?")
_ACT = r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|incident|drone|rocket)\b"
# the parties grammar's words for a group owning its act ("assumed responsibility") and telling it
# ("said its drones had hit"): one list for the details' claims and the statements'
_PARTIES = Rules(grammar("parties"))
_OWNING = _PARTIES.expand("{owning_verbs}", "owned_responsibility")
_SUBJECTS = _PARTIES.expand("{claim_subjects}", "own_act")
# the group told back by its common noun ("said the group had fired"; rule told_back_act)
_TOLD_BACK_SUBJECTS = _PARTIES.expand("{told_back_subjects}", "told_back_act")
# "no indication the carrier had been targeted": a denial of the act a claim tells (rule no_indication_hit)
_NO_SIGN_OF_HIT = _PARTIES.expand(_PARTIES.grammar.rules["no_indication_hit"].pattern, "denial")
# "there was no immediate confirmation from the US military": a named voice's non-confirmation
_NOT_CONFIRMED_BY = _PARTIES.expand(_PARTIES.grammar.rules["no_confirmation_from"].pattern, "denial")
_OWN_ACTS = _PARTIES.expand("{claimed_acts}", "own_act")
_BEARING = _PARTIES.expand("{bearing_verbs}", "bears_responsibility")
# where a group tells its act ("in a statement", "on Telegram"), and its own media telling it (rules
# told_in_media and group_media_said)
_MEDIA = _PARTIES.expand("{group_media}", "told_in_media")
_GROUP_MEDIA = _PARTIES.expand(_PARTIES.grammar.rules["group_media_said"].pattern, "group_media_said")

RULES = (
    _rule("claimed-responsibility", "claim", "group",
          r"\b(?:claim(?:ed|s|ing)?\s+(?:responsibility|credit)|claims?\s+of\s+responsibility|t(?:ook|akes|aking)\s+(?:responsibility|credit)|"
          r"(?:" + _OWNING + r")\s+(?:full\s+)?responsibility|"
          r"claim(?:ed|s)\s+(?:(?:an?|the|two|three|several|its)\s+)?(?:[\w'’-]+\s+){0,3}"
          r"(?:attacks?|strikes?|drone|rocket|operations?)|claimed\s+by|"
          r"claimed(?=\s*[.,;]|\s+(?:in|on|via|through)\s+(?:a|an|its|the)\s+(?:\w+\s+)?" + _MEDIA + r")|"
          r"(?:said|says|announced|stated|declared|claim(?:ed|s)?)\s+" + _SAID_ON
          + r"(?:(?:in|on|via)\s+(?:(?:a|an|its|the)\s+)?(?:[\w-]+\s+){0,2}?"
          + _MEDIA + r",?\s+)?" + _SAID_ON + r"(?:that\s+)?"
          r"(?:" + _SUBJECTS + "|" + _TOLD_BACK_SUBJECTS + r")\s+(?:had\s+|has\s+)?"
          r"(?:" + _OWN_ACTS + r"|was\s+(?:behind|responsible)))\b|"
          # "accounts close to the armed factions said <group> had targeted ...": the group's own media
          "(?:" + _GROUP_MEDIA + r")|"
          # "..., the Islamic Resistance in Iraq said in a statement": a group telling its own attack
          r"\b(?:said|says)(?=\s*\.|\s+(?:in|on|via)\s+(?:a|an|its)\s+(?:\w+\s+)?" + _MEDIA + r")"),
    _rule("no-indication", "denial", "us",
          # "no indication of an attack", a briefer's "I don't have any indication of an attack"
          _NO_SIGN_OF_HIT + "|" + _NOT_CONFIRMED_BY + "|"
          rf"\b(?:no|(?:do|does|did)\s*(?:not|n['’]t)\s+have\s+any)\s+(?:indication|sign|evidence|record)s?\s+"
          rf"(?:of\s+(?:an?|any|the|such)\s+{_ACT}|"
          rf"that\s+(?:an?|any|the)\s+{_ACT}\s+(?:had\s+)?(?:took|taken|occurred|happened|was\s+carried))|"
          rf"\b(?:could|can|did|would|does)\s*(?:not|n't)\s+(?:immediately\s+|independently\s+)?"
          rf"(?:confirm|verify|corroborate)\s+(?:the\s+|that\s+|an?\s+|any\s+|such\s+)?(?:group's\s+)?"
          rf"(?:claims?|{_ACT}|reports?)|\b(?:cannot|unable\s+to)\s+(?:immediately\s+|independently\s+)?"
          rf"(?:confirm|verify)\b|\bden(?:ied|ies)\s+(?:that\s+)?(?:the\s+|any\s+|such\s+)?(?:claims?|reports?|{_ACT})|"
          # "the claim about the base was false"; "no attack on Erbil had been detected"
          r"\b(?:claim|report)s?\s+(?:(?:about|of|on)\s+(?:[\w'’-]+\s+){1,4}?)?(?:was|were|appeared|appears?|is|are)\s+"
          r"(?:to\s+be\s+)?(?:false|untrue|inaccurate|baseless)\b|"
          r"\bno\s+(?:attacks?|strikes?)\s+(?:(?:on|against)\s+(?:[\w'’-]+\s+){1,4}?)?(?:had\s+been|has\s+been|was|were)\s+"
          r"(?:detected|recorded|observed)\b|"
          # "a US official said there was no attack on the base"
          r"\bthere\s+(?:was|had\s+been|has\s+been)\s+no\s+(?:such\s+)?(?:attacks?|strikes?)\b"),
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
          r"Wednesday|Thursday|Friday|Saturday)|(?:was|were)\s+(?:(?:most\s+)?likely\s+|probably\s+)?"
          r"(?:carried\s+out|conducted)\s+by|"
          r"bore\s+the\s+(?:hallmarks|footprints)|"
          # "We assess that <group> carried out the Erbil attack": who did an act told as known
          r"(?:assess(?:es|ed)?|believes?|believed|conclude[sd]?|judged?|determined)\s+(?:that\s+)?"
          r"(?:[\w'’-]+\s+){1,5}?(?:carried\s+out|conducted|(?:was|were)\s+behind)\s+(?:the|this|that)\b|"
          # "Austin said X bears responsibility": another's word on the group (rule bears_responsibility)
          r"(?:" + _BEARING + r")\s+(?:the\s+)?(?:full\s+|ultimate\s+|direct\s+|sole\s+)?responsibility)\b"),
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
          r"fighters|soldiers|security\s+personnel)\b|\b(?:death\s+toll|casualties)\b|"
          # "16 people, including civilians, were killed"
          r"\b(?:people|civilians|members|fighters|soldiers)\b(?:(?!\bU\.?S\.?\b|\bAmerican)[^.;]){0,40}?"
          r"\b(?:were|had\s+been|have\s+been)\s+(?:killed|wounded|injured)\b"),
)

# A word every rule's cue holds, one of the rule's own ("claim", "indication", "suspend", ...):
# a sentence with none is not searched by the rules (see screen.py; test_statements checks
# each rule's examples against it).
TRIGGER = re.compile(r"\b(?:claim|responsib|credit|"
                     r"(?:said|says|announced|stated|declared)\s+" + _SAID_ON
                     + r"(?:(?:in|on|via)\s+(?:(?:a|an|its|the)\s+)?(?:[\w-]+\s+){0,2}?"
                     + _MEDIA + r",?\s+)?(?:that\s+)?(?:it|" + _SUBJECTS + "|" + _TOLD_BACK_SUBJECTS + ")"
                     r"|(?:said|says)\s*\.|"
                     r"(?:said|says)\s+(?:in|on|via)\s+(?:a|an|its)\s|"
                     r"indicat|sign|evidence|record|confirm|verif|detected|observed|there\s+(?:was|had|has)\s+no|"
                     r"corroborat|deni|deny|false|untrue|inaccurate|baseless|suspen|halt|paus|stop|cease|vow|pledg|"
                     r"promis|swor|swear|continu|keep|blam|attribut|carried|conducted|hallmark|footprint|"
                     r"respon|choosing|retaliat|condemn|denounc|violation|kill|dead|died|wound|injur|toll|"
                     r"casualt|assess|believ|conclu|judge|determin|close\s+to|affiliated|linked\s+to|tied\s+to|"
                     r"aligned|loyal|run\s+by)", re.I)
# the trigger and each cue tried only where one of the words it begins with begins, those words
# found for all of them in one pass over the article (screen.py): re tries a pattern that ignores
# case at every character of a sentence. Index 0 is the trigger, rule i's cue is i + 1.
_OPENINGS = OpeningPlaces((TRIGGER, *(rule.cue for rule in RULES)))

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
    cued = _OPENINGS.read(article.clean, names.folded)
    for index, (_, start, end) in enumerate(sentences):
        if not cued.search(0, start, end):
            continue  # no rule's words: no statement (the trigger rules most sentences out at once)
        for rule in _rules_in(cued, start, end):
            who = _who(article.clean, lex, names, rule, start, end)
            if who is None:
                continue
            dates = find_dates(article.clean, start, end, article.published, article.published_time)
            cue = _cue(article.clean, rule, start, end)
            before = (_said_before(article, start, end, dates)
                      or _blamed_as_background(article.clean, cue, start, dates))
            day = None if before else day_given(article, lex, sentences, index, dates)
            if (day and day < lex.topic.campaign.start) or _other_year(dates, lex):
                continue  # a statement of another year
            found.append(Statement(f"{article.id}:s{len(found) + 1}", rule.kind, who or None, day,
                                   (Evidence(article.id, start, end, article.text[start:end]),),
                                   said_at=cue.start() - start if cue else None))
    return _linked(_numbered(_unnamed_folded(found)))


# a saying told as made before the report, with no day: "the recent statement by X saying",
# "X had announced", "X previously vowed"; its day is not the report's
_EARLIER = _PARTIES.pattern("earlier_saying")
# "warned last month that", "told reporters last week": said before the report, on a day not given
_SAID_BEFORE = _PARTIES.pattern("said_last_month")
_TOLD_BACK = _PARTIES.pattern("the_group_told_back")  # "the same group": a group named before


def _said_before(article: Article, start: int, end: int, dates: list[DateMention]) -> bool:
    """Whether the sentence ``[start, end)`` tells its saying as made before the report, on a day it
    does not give ("the recent statement ... saying it was suspending", "announced this week")."""
    earlier = not dates and _EARLIER.search(article.clean, start, end)
    return bool(earlier or (_SAID_BEFORE.search(article.clean, start, end) and not _days(dates)))


# "militias that the US blamed for the strike", "groups which Washington has blamed for ...": a
# blame told as what a party is, said before the report
_BLAMED_IN_RELATIVE = _PARTIES.pattern("blamed_in_relative")


def _blamed_as_background(text: str, cue: re.Match[str] | None, start: int, dates: list[DateMention]) -> bool:
    """Whether the statement's words are a blame told in a relative clause ("sites of militias that
    the US blamed for the raid") in a sentence that gives no day of its own: said before the report,
    on a day not given (``start``: where the sentence begins)."""
    if cue is None or _days(dates):
        return False
    found = _BLAMED_IN_RELATIVE.search(text, max(start, cue.start() - 80), cue.end())
    return found is not None and found.start() <= cue.start() < found.end()


def _unnamed_folded(found: list[Statement]) -> list[Statement]:
    """A claim whose group is not named ("Iraqi group claims drone strike", a headline) is the
    article's claim by the group it names elsewhere: one claim with both sentences."""
    named = next((i for i, s in enumerate(found) if s.kind == "claim" and s.who), None)
    unnamed = [s for s in found if s.kind == "claim" and not s.who]
    if named is None or not unnamed:
        return found
    home = found[named]
    more = tuple(e for s in unnamed for e in s.sources)
    found[named] = dataclasses.replace(home, sources=home.sources + more)
    return [s for s in found if s not in unnamed]


def _numbered(found: list[Statement]) -> list[Statement]:
    """The article's statements numbered in their order once the unnamed claims are folded in
    (s1, s2, ...): a claim folded into the named one leaves no gap ("Group claims drone attack",
    a headline, folded into the group's own claim below it, which stays s1)."""
    return [dataclasses.replace(s, id=f"{s.id.rsplit(':', 1)[0]}:s{number}")
            for number, s in enumerate(found, 1)]


def _days(dates: list[DateMention]) -> list[DateMention]:
    """The mentions that name a single day."""
    return [d for d in dates if d.precision == "day"]


def _other_year(dates: list[DateMention], lex: Lexicons) -> bool:
    """A sentence whose days are all before the campaign ("on Jan. 5, 2020") tells another time."""
    days = [d.date for d in dates if d.date and d.precision == "day"]
    return bool(days) and max(days) < lex.topic.campaign.start


def _rules_in(cued: Places, start: int, end: int) -> Iterator[Rule]:
    """The rules whose cue the sentence ``[start, end)`` holds, one per kind (``cued``: where the
    cues may begin in the article)."""
    kinds: set[str] = set()
    for index, rule in enumerate(RULES, 1):
        if rule.kind not in kinds and cued.search(index, start, end):
            kinds.add(rule.kind)
            yield rule


def _who(text: str, lex: Lexicons, names: Names, rule: Rule, start: int, end: int) -> str | None:
    """The speaker the rule needs, named in the sentence, else None: without its speaker, a
    sentence is not this statement."""
    cue = _cue(text, rule, start, end)
    if cue is None:
        return None
    near = (max(start, cue.start() - 60), min(end, cue.end() + 60))
    if any(lex.side(h.name) == "other" for h in names.within(names.actors, *near)) \
            and not lex.us_forces.search(text, *near):
        return None  # another story's ("claimed attacks on Israeli targets", "Israeli strikes killed")
    if rule.speaker == "group":
        return _group(text, lex, names, rule, (start, end), cue)
    if rule.kind != "denial" and (_NEGATED.search(text, max(start, cue.start() - 60), cue.start())
                                  or _NOT_SAID.search(text, max(start, cue.start() - 80), cue.start())):
        return None  # "officials did not say who was responsible", "have not said when the US will respond"
    if rule.speaker == "us":
        voice = _us_voice(text, lex, names, rule, (start, end), cue)
        if voice is None and rule.kind == "denial":
            return _local_security_voice(text[start:cue.start()])
        return voice
    return _government(text[start:end], lex)


def _cue(text: str, rule: Rule, start: int, end: int) -> re.Match[str] | None:
    """The rule's words in the sentence ``[start, end)``: the first, unless it is a bare "said"
    ("said in a statement") and later words of the rule follow ("...," the spokesman said in a
    statement claiming responsibility for the attack): then those, the saying's own words."""
    found = rule.cue.search(text, start, end)
    if found is None or found.group().lower() not in ("said", "says"):
        return found
    return rule.cue.search(text, found.end(), end) or found


# a host country's security voice denying an attack on a base ("A security source in <a region>
# denied reports that a drone had struck the base", "a source in <a region>'s security services told
# the agency that no attack had taken place"): the denial is theirs, no US voice's
_LOCAL_SECURITY = _PARTIES.pattern("local_security_voice")


def _local_security_voice(before: str) -> str | None:
    """The host country's security source speaking before a denial's words, if any."""
    found = _LOCAL_SECURITY.search(before)
    return found.group() if found else None


def _claiming(text: str, names: Names, lex: Lexicons, sentence: tuple[int, int], clause: int,
              cue: int) -> str | None:
    """The group of a claim's words (roles.claimant); in a new clause ("X was blamed, while Y claimed
    the attack"), the group named in that clause."""
    start, end = sentence
    who = claimant(text, names, lex, start, end, cue)
    if _CLAUSE_OPENS.match(text, clause):
        return claimant(text, names, lex, clause, end, cue) or who
    return who


def _group(text: str, lex: Lexicons, names: Names, rule: Rule, sentence: tuple[int, int],
           cue: re.Match[str]) -> str | None:
    """The group that claims, suspends or vows; None for a claim denied in its own words ("no
    group has claimed responsibility") or told as background ("since the groups stopped their
    attacks in February"); "" for a claim on US forces whose group is not named."""
    start, end = sentence
    lead = text[max(start, cue.start() - 60):cue.start()]
    if _NEGATED.search(lead) or _BACKGROUND.search(lead) or _claimed_record(text, cue, sentence):
        return None
    after = names.within(names.actors, cue.end(), end)
    if cue.group().lower().startswith("claimed by") and after and lex.side(after[0].name) != "militia":
        return None  # "claimed by Israel"
    # the subject of the claim's words: the names after the last clause break before them
    clause = max((m.end() for m in _BREAK.finditer(text, start, cue.start())), default=start)
    who = _claiming(text, names, lex, (start, end), clause, cue.start())
    others = [h for h in names.within(names.actors, clause, cue.start()) if lex.side(h.name) != "militia"]
    # "claimed by ...", "claimed responsibility", "Iraqi group claims drone strike": a claim even
    # when its group is not named
    explicit = _UNNAMED_CLAIM.match(cue.group()) or _GROUP_WORD.search(text, max(start, cue.start() - 30),
                                                                         cue.start())
    if others and not explicit:
        return None  # "The U.S. military says it carried out airstrikes": another speaker's words
    if profile_rules(lex).at("another_speaker", text, cue.start(), floor=start):
        return None  # "X was blamed, and officials said its forces used a drone": the officials' words
    if cue.group().lower().startswith("sa") and not _ATTACKING.search(text, start, cue.end()):
        return None  # "<group> said in a statement" is a claim only of an attack the sentence tells
    if cue.group().lower() in ("said", "says"):
        # "..., the group said": the group must be the one saying it, named right before, and the
        # sentence must tell an attack on US forces ("militia officials said" of a US strike is not)
        if not lex.us_forces.search(text, start, cue.start()):
            return None
        return claimant(text, names, lex, clause, cue.start(), cue.start())
    if who is None and rule.kind == "claim" and THE_GROUP.search(text, clause, cue.start()):
        return told_back(text, lex, names, start)  # "In a statement, the group said it attacked"
    if who is None and rule.kind == "claim" and explicit and (
            lex.us_forces.search(text, start, end) or _at_us_base(text, lex, names, sentence)):
        return ""  # "claimed by an Iraqi group": a claim whose group the text does not name
    return who


def _claimed_record(text: str, cue: re.Match[str], sentence: tuple[int, int]) -> bool:
    """Whether the claim's words tell the group's record of claims ("which has claimed most of
    these attacks"): background, no claim made on the report's day."""
    found = _RECORD.search(text, max(sentence[0], cue.start() - 20), min(sentence[1], cue.end() + 60))
    return found is not None and found.start() <= cue.start() < found.end()


def _at_us_base(text: str, lex: Lexicons, names: Names, sentence: tuple[int, int]) -> bool:
    """Whether the sentence names a base the profile knows hosts US forces, and no group told back
    ("An Iraqi group says it targeted the al-Tanf garrison"; not "..., an attack also claimed by the
    same group", which is the group named before)."""
    return not _TOLD_BACK.search(text, *sentence) and any(
        lex.topic.place(hit.name).hosts_us_forces for hit in names.within(names.places, *sentence))


def _us_voice(text: str, lex: Lexicons, names: Names, rule: Rule, sentence: tuple[int, int],
              cue: re.Match[str]) -> str | None:
    """The US voice that denies, attributes or promises: the last name before the cue, groups
    aside, must be on the US side ("Netanyahu vowed retaliation" is not the White House's); with
    no name before it, a US government voice the sentence names."""
    start, end = sentence
    if rule.kind == "attribution" and claimant(
            text, names, lex, max(start, cue.start() - 40), min(end, cue.end() + 40), cue.end()) is None:
        return None  # an attribution names the group held responsible (not its sponsor) by its words
    if rule.kind == "attribution" and _FOR_MEANS.match(text, cue.end()):
        return None  # "holds Iran responsible for arming these militias": what it gives them, no act
    # the last name before the cue that is not a group's (a group is who is blamed, not who speaks)
    before = [h for h in names.within(names.actors, start, cue.start()) if lex.side(h.name) != "militia"]
    if before and lex.side(before[-1].name) != "us":
        return None
    if _group_voice_speaks(text, lex, names, start, cue.start()):
        return None  # "Military spokesman <the group's own> confirmed <group> was responsible": no US voice
    words = text[start:end]
    voice = official_voice(lex, words) or _official_named(lex, words)
    # a briefer's own words ("MS. SINGH: I don't have any indication of ..."): the voice of the turn
    return voice or (before[-1].name if before else None) or turn_of(text, lex, start)


def _group_voice_speaks(text: str, lex: Lexicons, names: Names, start: int, cue: int) -> bool:
    """Whether a group's own voice (a person or seat the profile lists in an actor's ``voices``)
    is named in the clause before ``cue``: the saying is the group's, not the US's."""
    clause = max((m.end() for m in _BREAK.finditer(text, start, cue)), default=start)
    voices = {voice.lower() for actor in lex.topic.actors if lex.side(actor.name) != "us"
              for voice in actor.voices}
    return any(text[h.start:h.end].lower() in voices for h in names.within(names.actors, clause, cue))


# what a sponsor is held responsible for: "holds Iran responsible| for arming and training the militias"
_FOR_MEANS = re.compile(r"\s+for\s+" + MEANS_GIVEN + r"\b", re.I)
# "no group has claimed", "has not claimed", "nobody immediately claimed"
_NEGATED = _PARTIES.pattern("negated_before")
# what a voice has not said: "Officials have not said when the United States will respond"
_NOT_SAID = _PARTIES.pattern("not_said_when")
_GROUP_WORD = _PARTIES.pattern("group_word_before")
_ATTACKING = re.compile(r"\b(?:attack\w*|target\w*|struck|strik\w*|hit|launched|fired|drones?|rockets?|"
                        r"missiles?|carried\s+out|conducted|(?:was|were)\s+(?:behind|responsible)|"
                        + _OWN_ACTS + r")\b", re.I)
_BREAK = re.compile(r"[,;:(—–]|\s-\s")
# a new clause after a break: "..., while <group> claimed the attack"
_CLAUSE_OPENS = re.compile(r"\s*" + NEW_CLAUSE_WORDS + r"\b", re.I)
# told as the background of something else
_BACKGROUND = _PARTIES.pattern("told_as_background")
_RECORD = _PARTIES.pattern("claimed_record")
_UNNAMED_CLAIM = _PARTIES.pattern("claim_words")


def _official_named(lex: Lexicons, sentence: str) -> str | None:
    """The first US government voice the sentence names ("The Pentagon on Thursday blamed ...")."""
    found = [(m.start(), word) for word in lex.topic.sources.official
             if (m := re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence))]
    return min(found)[1] if found else None


def _government(sentence: str, lex: Lexicons) -> str | None:
    """"the Iraqi government", "Syria's foreign ministry": a campaign country's government."""
    for word, country in (*((c, c) for c in lex.topic.campaign.countries), *lex.topic.campaign.demonyms):
        own = rf"{re.escape(word)}(?:'s|’s)?"
        if re.search(rf"\b{own}\s+(?:[\w-]+\s+)?{_GOVERNMENT}\b", sentence, re.I):
            return f"government of {country}"
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


# ---- what a claim or a report is not: an attack or a strike of its own ----------------------

def acts_apart_from_claims(events: tuple[Event, ...], undated: tuple[Event, ...],
                           statements: tuple[Statement, ...], lex: Lexicons,
                           article: str) -> tuple[tuple[Event, ...], tuple[Event, ...]]:
    """An article's dated events and undated mentions, without the acts that are only its claims
    (:func:`_not_denied`), with casualty reports joined to their strikes (:func:`_reported_strikes`)."""
    events, undated = _reported_strikes(events, undated, statements, article, lex)
    return _not_denied(events, statements, lex), _not_denied(undated, statements, lex)


Acts = tuple[tuple[Event, ...], tuple[Event, ...]]  # dated events, undated mentions


def _reported_strikes(events: tuple[Event, ...], undated: tuple[Event, ...],
                      statements: tuple[Statement, ...], article: str, lex: Lexicons) -> Acts:
    """A casualty report about a strike is part of that strike, not a new one: a strike told only
    in a government's casualty report, dated by the day the report was given ("the Iraqi
    government said Saturday the strikes killed 16"), joins the article's strike of the days
    before, or else is a mention whose day is not known (merge may place it by its places)."""
    reports = [s for s in statements if s.kind == "casualty-report" and s.date is not None]
    attack = lex.topic.said.attack
    moved = [e for e in events if not attack(e.type) and _told_in_report(e, reports)]
    if not moved:
        return events, undated
    kept = [e for e in events if e not in moved]
    extra = list(undated)
    for event in moved:
        homes = [k for k in kept if not attack(k.type) and k.date and event.date
                 and 0 <= (event.date - k.date).days <= 3]
        if homes:
            # the strike in the reporting government's country, else in the report's own
            told = {r.who for r in reports if r.date == event.date}
            home = max(homes, key=lambda k: (f"government of {k.country}" in told,
                                             k.country == event.country, k.day))
            kept[kept.index(home)] = dataclasses.replace(home, sources=home.sources + event.sources)
        else:
            extra.append(dataclasses.replace(
                event, id=event_id(event.type, event.country, None, article), date=None,
                date_precision="unknown",
                date_note="told only in a casualty report; its day is the report's, not the strike's"))
    return tuple(kept), tuple(extra)


_SAID_DAY = _PARTIES.pattern("statement_said_day")


def _told_in_report(event: Event, reports: list[Statement]) -> bool:
    """Whether every sentence telling the event is a casualty report given on the event's day."""
    def report_of(source: Evidence) -> bool:
        return any(r.date == event.date and r.sources[0].start <= source.start
                   and source.end <= r.sources[0].end and _SAID_DAY.search(source.quote) for r in reports)
    return all(report_of(s) for s in event.sources)


def _not_denied(events: tuple[Event, ...], statements: tuple[Statement, ...],
                lex: Lexicons) -> tuple[Event, ...]:
    """A group's claim is a claim, not an attack. An attack told only in claim sentences ("a drone
    attack on the base was claimed by <group>") goes, unless they tell its casualties; so do,
    when the US side denies the claim or cannot confirm it, the article's attacks of the claim's
    days (the day before to the day after) in the claim's country (any, when it names none),
    unless a US voice tells the attack itself."""
    claims = [s for s in statements if s.kind == "claim"]
    if not claims:
        return events
    denied = [s for s in claims if s.replies]
    spans = [(e.start, e.end) for s in claims for e in s.sources]

    def only_claimed(event: Event) -> bool:
        return all(any(a <= e.start and e.end <= b for a, b in spans) and not _HARM.search(e.quote)
                   and not _act_told_beside(e.quote) for e in event.sources)

    def claimed(event: Event) -> bool:
        if not lex.topic.said.attack(event.type):
            return False
        near = any((s.date is None or event.date is None or abs((event.date - s.date).days) <= 1)
                   and _in_country_of(s, event, lex) for s in denied)
        told = any(official_voice(lex, source.quote) for source in event.sources)
        return (near and not told) or only_claimed(event)

    return tuple(e for e in events if not claimed(e))


def _act_told_beside(quote: str) -> bool:
    """Whether a sentence tells the act as a fact and its claim after it, as what the act was
    ("drones hit the base on Sunday, in an attack claimed by X": rule claim_of_told_act): the act
    stands beside its claim."""
    told = _PARTIES.pattern("claim_of_told_act").search(quote)
    return told is not None and bool(quote[:told.start()].strip())


def _in_country_of(claim: Statement, event: Event, lex: Lexicons) -> bool:
    """Whether the event may be the one claimed: the claim names its country, or none."""
    quote = claim.sources[0].quote
    for hit in lex.actors.find(quote):  # not the country in a group's name ("... in Iraq")
        quote = quote[:hit.start] + " " * (hit.end - hit.start) + quote[hit.end:]
    named = {lex.country(w) for w in re.findall(r"[A-Z][a-z]+", quote)} - {None}
    return not named or event.country in named


_HARM = _PARTIES.pattern("harm_words")


# ---- a row's attribution as a statement of its own ----------------------------------------------



def _held(source: Evidence, held: list[tuple[int, int]]) -> bool:
    """Whether a row's sentence overlaps a sentence a statement already holds."""
    return any(a < source.end and source.start < b for a, b in held)


def attributions_of_rows(article: Article, events: tuple[Event, ...], statements: tuple[Statement, ...],
                         lex: Lexicons, names: Names) -> tuple[Statement, ...]:
    """The article's statements with each attribution its attacks' rows show and no attribution
    statement already holds ("Officials blamed X" after the attack, "the Pentagon said X was
    responsible"): a US attribution is listed as a statement wherever a row says "US attributes"."""
    blamed = _blamed_by_sentence(events)
    found = [_with_groups(s, blamed, article, lex, names) for s in statements]
    held = [(e.start, e.end) for s in statements if s.kind == "attribution" for e in s.sources]
    voices = {s.who for s in statements if s.kind == "attribution"}
    for source in dict.fromkeys(n.source for e in events for n in e.details.attributed_to):
        if _held(source, held):
            continue  # read already, as a statement of its own
        held.append((source.start, source.end))
        if _group_voice_speaks(article.clean, lex, names, source.start, source.end):
            continue  # the group's own spokesman's words, read by the row as a US attribution
        who = _attributor(article, source, lex, names)
        # without its speaker, a sentence is not this statement; a speaker's attribution the article
        # already lists is not listed again from another of its sentences
        if who is not None and who not in voices:
            voices.add(who)
            found.append(Statement(f"{article.id}:s{len(found) + 1}", "attribution", who,
                                   _day_of(article, lex, source), (source,), attributed_to=blamed[source]))
    return tuple(found)


def claims_of_rows(article: Article, events: tuple[Event, ...],
                   statements: tuple[Statement, ...], lex: Lexicons) -> tuple[Statement, ...]:
    """The article's statements with each claim its rows show and no claim or denial statement
    already holds ("Houthi spokesman X said the attack targeted the ship", "the group said its
    fighters launched drones"): a row that says "X claimed" has its claim listed as a statement,
    read from the same sentence by the same reader (the details'), never read again here."""
    found = list(statements)
    held = [(e.start, e.end) for s in statements if s.kind in ("claim", "denial") for e in s.sources]
    told: dict[tuple[Evidence, str], None] = {}
    for event in events:
        for named in event.details.claimed_by:
            told.setdefault((named.source, named.name), None)
    for source, who in told:
        if _held(source, held):
            continue  # read already, as a statement of its own
        found.append(Statement(f"{article.id}:s{len(found) + 1}", "claim", who, _day_of(article, lex, source),
                               (source,)))
    return tuple(found)


def _blamed_by_sentence(events: tuple[Event, ...]) -> dict[Evidence, tuple[str, ...]]:
    """The groups the attacks' details hold responsible, by the sentence each was read from."""
    blamed: dict[Evidence, dict[str, None]] = {}
    for event in events:
        for named in event.details.attributed_to:
            blamed.setdefault(named.source, {})[named.name] = None
    return {source: tuple(names) for source, names in blamed.items()}


def _with_groups(statement: Statement, blamed: dict[Evidence, tuple[str, ...]], article: Article,
                 lex: Lexicons, names: Names) -> Statement:
    """An attribution with the groups it holds responsible, typed (``attributed_to``): those the
    attacks' details read from its sentence, else the groups its sentence names (a named group
    before the words for any group: "X, an umbrella of Iran-backed militias")."""
    if statement.kind != "attribution":
        return statement
    source = statement.sources[0]
    read = [name for evidence, groups in blamed.items() for name in groups
            if evidence.article == source.article
            and evidence.start < source.end and source.start < evidence.end]
    if not read:
        groups = [h.name for h in names.within(names.actors, source.start, source.end)
                  if lex.side(h.name) == "militia"]
        named = [g for g in groups if not lex.topic.actor(g).generic]
        read = named or groups
    return dataclasses.replace(statement, attributed_to=tuple(dict.fromkeys(read)))


def _attributor(article: Article, source: Evidence, lex: Lexicons, names: Names) -> str | None:
    """Who attributes, as the sentence names them (the details read it as a US voice's): a US office,
    "officials", a US name ("Biden"), else the voice whose turn of a transcript it is."""
    quote = source.quote
    said = official_voice(lex, quote) or _official_named(lex, quote)
    # the voice that blames as the text names it when no US office is named ("Officials blamed X")
    officials = profile_rules(lex).pattern("officials_voice").search(quote)
    us = [h.name for h in names.within(names.actors, source.start, source.end) if lex.side(h.name) == "us"]
    if not us and _group_voice_speaks(article.clean, lex, names, source.start, source.end):
        return None  # the group's spokesman saying the group did it: its claim, whatever the details read
    return said or (officials.group() if officials else None) or (us[0] if us else None) \
        or turn_of(article.clean, lex, source.start)


def _day_of(article: Article, lex: Lexicons, source: Evidence) -> dt.date | None:
    """The day an attribution or a claim was said: the day its sentence names with it, else the
    publication's."""
    sentences = all_sentences(article.clean)
    index = next((i for i, (_, start, end) in enumerate(sentences) if start <= source.start < end), None)
    if index is None:
        return article.published
    _, start, end = sentences[index]
    dates = find_dates(article.clean, start, end, article.published, article.published_time)
    if _said_before(article, start, end, dates):
        return None  # a row's "President X announced this week ...": said before, its day not given
    # the act's day told before is not the saying's ("... on Sunday. The Pentagon said X was responsible.")
    return day_given(article, lex, sentences, index, dates) if dates else article.published
