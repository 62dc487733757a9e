"""Who did an attack, kept apart by who says so: the groups that claimed it (their own word) and
the groups officials hold responsible (an attribution). Never inferred from each other."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from ...model import Article, Event, Named
from ...rules import Rules, grammar
from ...screen import Screened
from ...text import all_sentences
from ...topic import Hit
from ..lexicon import Lexicons, ships_named
from ..tallies import official_voice
from .sentences import (
    THESE_ACTS,
    THESE_PLACES,
    Ships,
    Window,
    evidence_of,
    last_weeks_day,
    months_named,
    not_its_month,
    other_weekday,
    tells_elsewhere,
)

# The named rules of briefing/grammar/parties.toml (each with its examples, each example a test).
RULES = Rules(grammar("parties"))

# ("claimed the lives of three" is a toll, never a claim)
_VERBS = (r"(?:has |had |have )?claimed\b(?!\s+to\b|\s+(?:the\s+)?li(?:ves|fe)\b)|claims? responsibility"
          r"|claiming\b(?!\s+(?:the\s+)?li(?:ves|fe)\b)"
          # a headline's present tense: "Iraqi group claims drone attack on US base"
          # (never the noun: "questioned the spokesman's claims.")
          r"|(?<!'s )(?<!’s )claims\b(?!\s+(?:to|that|of|were|was|are|is|(?:the\s+)?li(?:ves|fe))\b"
          r"|\s*[.,;:!?]|\s*$)"
          # "claim to have attacked a ship": the act claimed, in the past ("claim to target" is the campaign)
          r"|claim(?:s|ed)? to have (?:" + RULES.expand("{claimed_acts}", "own_act") + r")\b"
          r"|took responsibility|claims? of responsibility"  # "X's claim of responsibility"
          r"|" + RULES.pattern("claim_act_named").pattern +  # a headline's "X claim attack on tanker"
          # "announced attacks on these facilities": the acts told just before, told back
          r"|announced\b(?=\s+(?:the\s+)?(?:attacks?|strikes?)\s+(?:on|against)\s+(?:these|those|both)\b)"
          # "X announced on Monday striking the base": the act by its gerund (rule announced_act)
          r"|" + RULES.pattern("announced_act").pattern +
          # "X released footage on Monday showing men seizing the ship": its video of the act (video_of_act)
          r"|" + RULES.pattern("video_of_act").pattern +
          r"|" + RULES.grammar.rules["owned_responsibility"].pattern.replace(
              "{owning_verbs}", RULES.expand("{owning_verbs}", "owned_responsibility")) +
          r"|(?:took|claimed|claims|takes|(?:has |have |had )?taken) credit"
          # "said on Saturday that they attacked", "said late Monday it had": the day it spoke may stand
          # before the claim; "posted on Telegram that it", "in a statement released on Telegram"
          # a claim in the present: "the rebels claim that they struck the ship" ("claim to": own_act)
          r"|(?:said|says|announced|stated|declared|posted|claims?) (?:(?:late |early )?(?:on )?"
          r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: night| morning| evening)?,? )?"
          r"(?:(?:in|on|via) (?:(?:an?|its|the) )?(?:[\w-]+ ){0,2}?"
          r"(?:statement|post|message|video|channel|Telegram)"
          r"(?: (?:released|posted|published|issued|shared) (?:on|via) (?:its )?(?:[\w-]+ ){0,2}?"
          r"(?:Telegram|channel|media|account))?,? )?"
          # the day may follow the medium too: "said in a Telegram statement on Monday that its fighters"
          r"(?:(?:late |early )?on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
          r"(?: night| morning| evening)?,? )?"
          r"(?:that )?(?:" + RULES.expand("{claim_subjects}", "own_act") + r") (?:had |has |have )?"
          r"(?:" + RULES.expand("{claimed_acts}", "own_act") +
          # "said it was behind the attack": the group's own word, a claim (never an attribution)
          r"|(?:was|were|is|are) (?:behind|responsible))")
# "X claimed responsibility", "X said it targeted", "X claimed the attack"
_CLAIM_AFTER = re.compile(
    # the group's allies told with it: "X and affiliated groups, under an umbrella of ..., claimed"
    r"^(?:\s+and\s+(?:its\s+|their\s+)?(?:affiliated|allied|associated)\s+(?:groups|militias|factions))?"
    # an apposition may stand between the group and its verb ("X, a network of groups, claimed")
    # ("X—an umbrella of militias behind the attack that killed three—claimed": a noun phrase)
    r"(?:\s*[,—–(](?:(?!attack|strike|kill)[^.;:]){0,160}?[,—–)]"
    r"|\s*[,—–(]\s*(?P<told>(?:an?|the)\s[^.;:,—–()]{0,160}?)[,—–)])?[^.;:]{0,60}?"
    r"\b(?P<verb>" + _VERBS + ")",
    re.I)
# a later claim of the same group, after one of the campaign's ("X, which has claimed dozens of
# attacks since October, said it targeted the base")
_CLAIM_VERB = re.compile(r"[^.;:]{0,80}?\b(?:" + _VERBS + ")", re.I)
# "Its fighters hit the base with two drones, the Islamic Resistance in Iraq said in a statement":
# the group telling the act before it, at the sentence's end
_SAID_AFTER = RULES.pattern("group_said_after")
_ACTED = RULES.pattern("acted_verb")
# "claimed by X", "a claim of responsibility by X", "claimed by Iranian-backed militia X"
_CLAIM_BEFORE = RULES.pattern("claimed_by_before")
# "the group said it attacked", "the militants claimed responsibility": a group named before ("an
# attack also claimed by the same group": the one named before too)
_THE_GROUP = RULES.pattern("the_group_told_back")
_NAMED_BEFORE = 600  # characters before the sentence where the group told back is looked for
# ("did not immediately claim", "have not officially claimed": the rule claim_not_yet, no claim in this
# sentence, whatever a later one says; the act stays open to a claim told elsewhere, unlike
# _NONE_CLAIMED's "no group has claimed")
# "X yet to claim responsibility"; "X claimed that 16 of their members were killed": a casualty
# figure the group gives, no claim of the act (a row's claim is listed as a statement: never these)
_NO_CLAIM = re.compile("|".join(RULES.pattern(name).pattern
                                 for name in ("claim_none", "claim_not_yet", "claim_own_losses")), re.I)
# "blamed X", "attributed the attack to X", "held X responsible", "X was behind the attack"
_BLAME_BEFORE = RULES.pattern("blame_before")
# "carried out by X", "an attack by X": the act's agent as a report tells it (rule act_by_agent), an
# attribution only in an official's voice, and never a claim, a guess or a monitor's word (see
# _agent_told)
# "militias, which the US blames for the strike in Jordan"
_BLAMED_WHICH = RULES.pattern("blamed_which")  # matched from the name's end on
_BLAME_AFTER = RULES.pattern("blame_after")
# "Kataib Hezbollah fighters attacked Erbil Air Base", "a militia group carried out the attack": the
# report (or the officials it cites) naming who did this act; never a perfect tense ("have attacked
# US forces over 150 times" is the campaign)
_AGENT = RULES.pattern("agent_after")
_HELD_BEFORE = RULES.pattern("held_before")
# "held X responsible", "holds X the entire responsibility for these attacks"
_HELD = RULES.pattern("held_responsible_after")


# "has claimed most of these attacks", "responsible for attacks on US forces": the campaign's,
# not this event's
_GENERAL = Screened(RULES.pattern("campaign_general"))


def militia(hits: Iterable[Hit], lex: Lexicons) -> Iterator[Hit]:
    for hit in hits:
        if lex.side(hit.name) == "militia" and hit.name not in lex.us_enemies:
            yield hit


def claimants(article: Article, event: Event, texts: Sequence[tuple[Window, str]],
              lex: Lexicons, ships: Ships) -> Iterator[Named]:
    """Groups that said they did it; the generic words for them ("an Iran-backed militia umbrella
    group claimed responsibility") only when the report names none of them: beside "the Islamic
    Resistance in Iraq claimed the attack" they are the same group told again, as _named_first
    has it within one sentence."""
    found = list(_claimants(article, event, texts, lex, ships))
    named = [n for n in found if not lex.topic.actor(n.name).generic]
    return iter(named or found)


def _claimants(article: Article, event: Event, texts: Sequence[tuple[Window, str]],
               lex: Lexicons, ships: Ships) -> Iterator[Named]:
    """The claimants told of this act. ``ships``: the ships the article names for the event and for
    its other acts (``targets.ships_of``): a claim naming one of its own is this act's, wherever
    else it places it; one naming only other ships is another act's (:func:`_ship_link`)."""
    seen: set[str] = set()
    if _unclaimed(article, texts):
        return  # "no group has yet claimed the attack", told of this act: a claim elsewhere is another's
    for window, text in texts:
        groups = list(militia(lex.actors.find(text), lex))
        if not _may_claim(text, groups):
            continue  # (the checks below cost more than this one)
        linked = _ship_link(text, ships, lex)
        if _NO_CLAIM.search(text) or (not window.own and (
                linked is False or _told_on_another_day(article, text, event)
                or (not linked and _told_elsewhere(article, window, text, event, lex)))):
            continue  # a denial; another ship's; another day's (its ship too); of "the attack" told elsewhere
        # a claim of an act in another war; the group's apposition ("an alliance opposed to US
        # support for Israel") and the reason it gives are no other war
        said = [hit for hit in groups
                if not _other_war(_SINCE_CLAUSE.sub(" ", _without_apposition(text, hit)), lex)
                and not _anaphora(text, hit, lex)
                and not _SUPPOSED.search(text, max(0, hit.start - 12), hit.start)
                and not _another_subject(text, hit, groups)
                and not _in_apposition(text, hit, groups, lex)
                and (_claims(text, hit, _told_here(event, lex), profile_rules(lex),
                             _told_on(event, lex), _told_on_its_day(event, lex))
                     or _voice_claims(text, hit, lex))]
        names = _named_first(_subjects(text, said, lex), lex) or _told_back(article, window, text, event, lex)
        for name in names:
            if name not in seen:
                seen.add(name)
                yield Named(name, evidence_of(article, window.start, window.end))


def _ship_link(text: str, ships: Ships, lex: Lexicons) -> bool | None:
    """True when a sentence names one of the event's own ships; False when it names none of them
    but one of its own ("The Raiders said they hit the Blue Heron", of the Sea Lark's attack) or
    another act's of the article; None when it names no ship, or only ships no act's sentences
    name, of an attack whose sentences name none (the claim may name the ship the report left
    unnamed: "a container ship was targeted ... The Raiders claimed the attack on the Sea Lark")."""
    if not (ships.own or ships.others):
        return None
    named = {name for name, _, _ in ships_named(text, lex)}
    if named & ships.own:
        return True
    return False if named and (ships.own or named & ships.others) else None


def _tells_back(text: str) -> bool:
    """Whether a sentence claims the acts just before it by their places or count ("claimed attacks
    on those locations", "both attacks"): a link of its own, whatever day it names (the day the
    group spoke: "In the early hours of Monday, the group claimed attacks on those locations")."""
    return THESE_PLACES.search(text) is not None or THESE_ACTS.search(text) is not None


def _told_on_another_day(article: Article, text: str, event: Event) -> bool:
    """Whether a sentence beside the act's tells another day's act: it names other days or months
    ("In January, the group claimed"), but for what a span it tells starts from ("its first attack
    since <an act> on July 20"); the ship it names links it to no act of another day (a ship may be
    attacked twice)."""
    told = _SINCE_CLAUSE.sub(" ", text)
    return (_dated_otherwise(told, event) or _told_in_month(told, event)
            or last_weeks_day(told, event, article) or (other_weekday(told, event) and not _tells_back(text))
            or _opens_on_another_day(told, event))


def _told_elsewhere(article: Article, window: Window, text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a sentence beside the act's tells another place's act, or claims "the attack" told
    just before it, elsewhere (:func:`_of_act_told_apart`): a ship of the act's own it names links
    it to the act wherever else it places it."""
    told = _SINCE_CLAUSE.sub(" ", text)
    return _elsewhere(told, event, lex) or _of_act_told_apart(article, window, text, event, lex)


# a sentence opening with its day: "On Monday, four rockets were fired at the base, an attack also claimed
# by the same group"
# the weekdays, from the events' grammar ("Mon" ... "Sun", each with "day")
_WEEKDAY = "(?:" + "|".join(grammar("events").lists["weekday_stems"]) + ")day"
_OPENS_ON = re.compile(r"\W*(?:(?:early|late)\s+)?on\s+(?P<day>" + _WEEKDAY + r")\b", re.I)


def _voice_claims(text: str, hit: Hit, lex: Lexicons) -> bool:
    """Whether one of a group's own voices (its spokesman, one of the profile's voices) tells the act
    as done (rule voice_tells_act: "Saree said the first attack targeted the ship"), its subject naming
    no other party ("Saree said US aircraft struck the port" is the other side's act), and not the
    campaign's acts ("had targeted more than 100 ships since November")."""
    actor = lex.topic.actor(hit.name)
    if text[hit.start:hit.end] not in actor.voices:
        return False
    told = RULES.at("voice_tells_act", text, hit.end)
    if told is None or any(not _its_own(h.name, hit.name, lex) for h in lex.actors.find(told["told"] or "")):
        return False
    rest = text[told.end():told.end() + 60]
    return not (_GENERAL.search(told["told"] or "") or _GENERAL.search(rest) or _UNCOUNTED.match(rest)
                or _CAMPAIGN_SPAN.search(rest))


def _its_own(name: str, voiced: str, lex: Lexicons) -> bool:
    """Whether a party told as the act's subject by a group's voice is that group: its own name, or
    the generic words for its side ("Saree said the rebels carried out an operation")."""
    return name == voiced or (lex.topic.actor(name).generic and lex.side(name) == lex.side(voiced))


# "since November", "over the past months": the span of the campaign's acts
_CAMPAIGN_SPAN = RULES.pattern("campaign_span")


def _opens_on_another_day(text: str, event: Event) -> bool:
    """Whether a sentence beside the act's opens with another weekday than the event's ("On Monday,
    rockets were fired at the base, an attack also claimed by the same group", after Tuesday's act):
    what it tells, and the claim of it, is that day's."""
    opening = _OPENS_ON.match(text)
    return (opening is not None and event.date is not None
            and opening["day"].lower() != f"{event.date:%A}".lower())


# what a span starts from, told as an act of its own: "since Israel struck the port on July 20"
# (only with its day: "since war broke out" stays as it is)
_SINCE_CLAUSE = Rules(grammar("events")).pattern("since_clause")
# a claim supposed: "If the Houthis claim responsibility, ..."
_SUPPOSED = RULES.pattern("claim_supposed")


def _elsewhere(text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a claim's sentence tells another place's act (sentences.tells_elsewhere), but for the
    base of an attack told without one: an installation in its country, when the attack is placed
    only in that country or at the town the installation is named after ("a base in northeastern
    Syria" / "Rumalyn Landing Zone"; "Erbil" / "Erbil International Airport")."""
    return tells_elsewhere(text, event, lex) and not all(_its_base(h.name, event, lex)
                                                         for h in lex.places.find(text))


def _its_base(name: str, event: Event, lex: Lexicons) -> bool:
    """Whether a place may be the base of an attack that names no installation: an installation in
    its country, the attack placed only in that country or at the town the installation is named
    after ("Erbil" / "Erbil air base")."""
    place = lex.topic.place(name)
    if not place.site or place.country != event.country or any(lex.topic.place(p).site for p in event.places):
        return False
    return not event.places or any(name.lower().startswith(p.lower() + " ") for p in event.places)


def _may_claim(text: str, groups: Sequence[Hit]) -> bool:
    """Whether a sentence can give a claimant: it names one of the armed groups (``groups``), or
    tells one back ("the group said it attacked the base"). A sentence that does neither is left
    before the questions about its day and place, asked of every sentence of a report."""
    return bool(groups) or _THE_GROUP.search(text) is not None


def _may_blame(groups: Sequence[Hit]) -> bool:
    """Whether a sentence can give an attribution: it names one of the armed groups (``groups``)."""
    return bool(groups)


def _of_act_told_apart(article: Article, window: Window, text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a claim of "the attack", naming no place or day of its own ("released a video
    claiming responsibility for the attack"), is the claim of another act told between this
    event's last sentence and it: "the attack" is the one told last ("A drone struck the base in
    eastern Syria. ... The group released a video claiming the attack", told after an attack in
    Jordan)."""
    if not _THE_ATTACK.search(text) or any(True for _ in lex.places.find(text)):
        return False  # a claim naming its place is read by the place (tells_elsewhere)
    if event.date is not None and (event.date.month, event.date.day) in _days_named(text):
        return False  # "On 20 January, the group claimed striking the base": told by its day
    ends = [s.end for s in event.sources if s.article == article.id and s.end <= window.start]
    between = [(start, end) for _, start, end in all_sentences(article.clean)
               if ends and max(ends) <= start and end <= window.start]
    return any(_TOLD_ACT.search(article.clean, start, end)
               and tells_elsewhere(_without_origins(article.clean[start:end], lex), event, lex)
               for start, end in between)


def _without_origins(text: str, lex: Lexicons) -> str:
    """The sentence with each place weapons were fired from blanked (rule launched_from: "missiles
    were launched from Sudland's Taro province" tells where the act came from, not another act)."""
    for hit in reversed(list(lex.places.find(text))):
        if RULES.at("launched_from", text, hit.start) is not None:
            text = text[:hit.start] + " " * (hit.end - hit.start) + text[hit.end:]
    return text


# "the attack" told back, not "the attack on the base"
_THE_ATTACK = RULES.pattern("the_attack_told_back")
# a sentence telling an act: "a drone struck a training ground at the base"
_TOLD_ACT = RULES.pattern("act_told")


# "no armed group has yet claimed responsibility" (a denial is not read here: whose?)
_NONE_CLAIMED = RULES.pattern("none_claimed")


def _unclaimed(article: Article, texts: Sequence[tuple[Window, str]]) -> bool:
    """Whether the act's own sentence, or the one right after it, says no one has claimed it."""
    own_ends = {w.end for w, _ in texts if w.own}
    return any(_NONE_CLAIMED.search(text) for window, text in texts
               if window.own or any(not article.clean[e:window.start].strip() for e in own_ends
                                    if e <= window.start))


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
# ("December 23rd", "the 23rd of December": the ordinal's suffix, the events' grammar's ordinal_suffixes)
_ORDINAL = "(?:" + "|".join(grammar("events").lists["ordinal_suffixes"]) + ")?"
_DAY_OF_MONTH = re.compile(r"\b(?:(?P<d1>\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?(?P<m1>[A-Z][a-z]+)"
                           r"|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2})" + _ORDINAL + r"\b)")


# a month that bounds a span ("since October", "until March") is not when the act told was
_SPAN_MONTH = RULES.pattern("span_month")


def _told_in_month(text: str, event: Event) -> bool:
    """Whether a sentence tells an act of other months than the event's ("In January, the US
    blamed X for a drone strike", told beside an attack of August); "since October" tells none."""
    return not_its_month(_months_told(_without_dateline(text)), event)


# the dateline a wire story's first sentence opens with: "Sanaa, Nov 20 ", "BAGHDAD, Jan. 5 (Reuters) -"
_DATELINE = RULES.pattern("wire_dateline")


def _without_dateline(text: str) -> str:
    """The sentence without the dateline it opens with: the day the story was filed is not the day
    of what it tells."""
    return _DATELINE.sub("", text, count=1)


@functools.lru_cache(maxsize=4096)
def _months_told(text: str) -> frozenset[str]:
    """The months a sentence names but for those bounding a span, found once per sentence."""
    return months_named(_SPAN_MONTH.sub(" ", text))


def _dated_otherwise(text: str, event: Event) -> bool:
    """Whether a sentence (not the event's own) names days of the month, none of them the event's
    ("On 20 January the group claimed ...", told after an attack of 20 November)."""
    days = _days_named(_without_dateline(text))
    return event.date is not None and bool(days) and (event.date.month, event.date.day) not in days


@functools.lru_cache(maxsize=4096)
def _days_named(text: str) -> frozenset[tuple[int, int]]:
    """The days of the month (month, day) a sentence names, found once (each event asks again)."""
    days = set()
    for match in _DAY_OF_MONTH.finditer(text):
        month = (match["m1"] or match["m2"]).lower()
        found = next((i for i, m in enumerate(_MONTHS, 1) if m.startswith(month[:3]) and month in m), None)
        if found is not None:
            days.add((found, int(match["d1"] or match["d2"])))
    return frozenset(days)


def _subjects(text: str, hits: Sequence[Hit], lex: Lexicons) -> list[Hit]:
    """The groups that claim, without those named in an earlier one's apposition ("the Islamic
    Resistance in Iraq, a network backed by the IRGC, claimed": the network claimed, not the IRGC);
    a named group in the apposition of a generic one is the one claiming ("an umbrella of
    Iran-backed militias, the Islamic Resistance in Iraq, claimed")."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: h.start):
        if not any(k.end <= hit.start < _verb_at(text, k) and re.search(r"[,—–(]", text[k.end:hit.start])
                   and not _NEW_CLAUSE.search(text, k.end, hit.start)
                   and not (lex.topic.actor(k.name).generic and not lex.topic.actor(hit.name).generic)
                   for k in kept):
            kept.append(hit)
    return kept


# a new clause between a group and the claim's verb: "X was blamed, while Y claimed the attack"
_NEW_CLAUSE = RULES.pattern("new_clause")
NEW_CLAUSE_WORDS = "(?:" + "|".join(RULES.grammar.lists["clause_words"]) + ")"  # its words (statements.py)


def _another_subject(text: str, hit: Hit, groups: Sequence[Hit]) -> bool:
    """Whether the claim's verb after a group belongs to another group named in a new clause between
    them ("The Pentagon blamed X, while Y claimed the attack": Y claimed it, not X)."""
    verb = _verb_at(text, hit)
    return any(hit.end <= g.start and g.end <= verb and _NEW_CLAUSE.search(text, hit.end, g.start)
               for g in groups if g is not hit)


def _in_apposition(text: str, hit: Hit, groups: Sequence[Hit], lex: Lexicons) -> bool:
    """Whether a named group is told inside the apposition of a group named before it (rule
    apposition_after: "the Islamic Resistance in Iraq, a network of militias affiliated with the
    IRGC, which has ..., claimed": the network claimed, never the IRGC), whether or not the claim
    is read for that group; but for a named group in a generic one's apposition, the one claiming
    ("an umbrella of militias, the Islamic Resistance in Iraq, claimed")."""
    for group in groups:
        if group.end > hit.start or (lex.topic.actor(group.name).generic
                                     and not lex.topic.actor(hit.name).generic):
            continue
        told = _APPOSITION.match(text[group.end:])
        if told is not None and hit.start < group.end + told.end():
            return True
    return False


def _verb_at(text: str, hit: Hit) -> int:
    """Where the claiming words after a group begin (the group's end when they come before it)."""
    after = _CLAIM_AFTER.search(text[hit.end:])
    return hit.end + after.start("verb") if after is not None else hit.end


def _named_first(hits: Sequence[Hit], lex: Lexicons) -> list[str]:
    """The groups a sentence names, without the generic "Iran-backed groups" when it names one
    ("the Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed")."""
    named = [h.name for h in hits if not lex.topic.actor(h.name).generic]
    return list(dict.fromkeys(named or [h.name for h in hits]))


def _told_back(article: Article, window: Window, text: str, event: Event, lex: Lexicons) -> list[str]:
    """The named group a claim tells back ("In a statement on Telegram, the group said it attacked
    the base"): the last group named in the sentences just before, when the sentence names none."""
    for match in _THE_GROUP.finditer(text):
        if not _claims(text, Hit(match.start(), match.end(), ""), _told_here(event, lex), profile_rules(lex)):
            continue
        before = article.clean[max(0, window.start - _NAMED_BEFORE):window.start + match.start()]
        named = [h for h in militia(lex.actors.find(before), lex) if not lex.topic.actor(h.name).generic
                 and not _SPONSOR.search(before[:h.start])]
        return [named[-1].name] if named else []
    return []


# "the group ... is supported by Iran. The group claimed": a sponsor named is not the group told back
_SPONSOR = RULES.pattern("sponsor_before")


def _told_here(event: Event, lex: Lexicons) -> Callable[[str], bool]:
    """Whether words name one of the event's own places (a claim of several attacks at once,
    "attacks on Harir and Al-Asad", is this one's claim too when it names this one's base)."""
    return lambda words: any(h.name in event.places for h in lex.places.find(words))


# a day that bounds a span ("since November 19") is not the day of the acts claimed
_SPAN_DAY = RULES.pattern("span_day")


def _told_on_its_day(event: Event, lex: Lexicons) -> Callable[[str], bool]:
    """Whether words name the event's day of the month, and no other day, place or country ("a series
    of attacks on ships on July 15", of an attack of 15 July): the acts claimed include this one."""
    def told(words: str) -> bool:
        days = _days_named(_SPAN_DAY.sub(" ", words))
        return (event.date is not None and days == {(event.date.month, event.date.day)}
                and all(h.name in event.places for h in lex.places.find(words))
                and all(c in (None, event.country) for c in lex.countries_in(words)))
    return told


def _told_on(event: Event, lex: Lexicons) -> Callable[[str], bool]:
    """Whether words name the event's weekday ("the one that wounded three troops on Monday") and
    no place or country other than its own ("the one in <another country> on Monday" is another)."""
    day = re.compile(rf"\b{event.date:%A}\b") if event.date is not None else None

    def told(words: str) -> bool:
        return (day is not None and day.search(words) is not None
                and all(h.name in event.places for h in lex.places.find(words))
                and all(c in (None, event.country) for c in lex.countries_in(words)))
    return told


_ACT = RULES.pattern("act_stem")
# "several vessels", "a number of US frigates": acts not counted, the campaign's
_UNCOUNTED = RULES.pattern("uncounted_acts")
# "X previously said it targeted ...": a claim told as an earlier one, of an earlier act
_EARLIER = RULES.pattern("earlier_claim")
# "X regularly claims that it ...", "X has often claimed": a habit, the campaign's claims
_HABIT = RULES.pattern("claim_habit")
# "has claimed responsibility for most of ...", "have claimed dozens of": a group's record of claims
_RECORD = RULES.pattern("claimed_record")
# "claimed most of the attacks, including the one that wounded three troops on Monday": the
# campaign's claim singling out one act (this one's only where the sentence names its place)
_ONE_OF = RULES.pattern("one_of_them")
# "claimed responsibility for the attacks on Al-Asad and Rumalyn": several acts, by the places they hit
_ON_LISTED = RULES.pattern("acts_on_listed")
# "claimed two drone attacks on ...", "claimed three attacks": several acts counted, one of them
_SEVERAL = RULES.pattern("several_acts")


def _claims(text: str, hit: Hit, here: Callable[[str], bool] = lambda _: False, rules: Rules = RULES,
            on: Callable[[str], bool] = lambda _: False,
            dated: Callable[[str], bool] = lambda _: False) -> bool:
    """Whether the sentence says the group claimed an act, and not the campaign's acts in general
    (what follows the claim: "claimed most of these attacks"); ``here``: whether words name the
    event's place (a claim of several counted attacks there includes this one); ``rules``: the
    parties' rules with the story's words; ``on``: whether words name the event's weekday (the
    campaign's claim singling out "the one ... on Monday"); ``dated``: whether words name the event's
    day of the month (a claim of "a series of attacks on July 15" is this one's too)."""
    before = text[:hit.start]
    if _CLAIM_BEFORE.search(before) and (_MOST.search(before[-40:])
                                          or RULES.at("campaign_claimed", text, hit.start)):
        return False  # "Most were claimed by X", "the attacks have been claimed by X": the campaign's
    if _CLAIM_BEFORE.search(before):
        return _claimed_by(text, hit)  # "claimed by X, a coalition that has claimed 150 attacks"
    if _SAID_AFTER.match(text[hit.end:]):
        return bool(_ACTED.search(before)) and not _GENERAL.search(before)
    after = _CLAIM_AFTER.search(text[hit.end:])
    return after is not None and _claimed_after(text, hit, after, here, rules, on, dated)


def _claimed_after(text: str, hit: Hit, after: re.Match[str], here: Callable[[str], bool], rules: Rules,
                   on: Callable[[str], bool], dated: Callable[[str], bool]) -> bool:
    """:func:`_claims` when the claim's verb follows the group ("X claimed ...": ``after``)."""
    if rules.at("another_speaker", text[hit.end:], after.start("verb")):
        return False  # "X, and officials said its forces used a drone": the officials' words, no claim
    if _EARLIER.search(text, hit.end, hit.end + after.start("verb")):
        return False  # "X, who had previously claimed the ship sank": an earlier claim, another act
    if _HABIT.search(text, hit.end, hit.end + after.start("verb")):
        return False  # "X regularly claims that it has attacked bases": the campaign's habit
    if after.group("told") and _ACT.search(after.group("told")):
        # "X—the group behind the attack in Jordan—claimed the deaths of six fighters": the act told
        # in the apposition is not the one claimed; the event's place must be named outside it
        start, end = hit.end + after.start("told"), hit.end + after.end("told")
        return here(text[:start] + text[end:])
    rest = _going_on(text[hit.end + after.end():hit.end + after.end() + 50])
    later = _CLAIM_VERB.match(text, hit.end + after.end())
    one = bool(_SEVERAL.match(rest) or _ONE_OF.search(rest) or _ON_LISTED.match(rest))
    singled = _ONE_OF.search(rest) is not None and _singled(text[hit.end + after.end():], on)
    # "claim to have attacked several vessels": acts uncounted, none certainly this one
    # "claimed attacks on those locations": the acts told just before, not the campaign's
    # "claim to have attacked more than 30 ships since November": the campaign's, counted
    # "has claimed responsibility for most of the dozens of recent attacks ...": the group's record
    # (rule claimed_record), however long the words before its acts
    general = ((_GENERAL.search(rest) or _UNCOUNTED.match(rest)
                or RULES.at("claimed_over_span", text, hit.end + after.end())
                or _RECORD.match(text, hit.end + after.start("verb")))
               and not _acts_told_back(rest))
    that_day = _claimed_that_day(text[hit.end + after.end():], dated)
    return (not general or (here(text) and one) or singled or that_day
            or (later is not None and not _GENERAL.search(text, later.end(), later.end() + 50)))


# "responsibility for", "for": what stands between a claim's or a blame's verb and the acts it names
_FOR = RULES.pattern("for_acts")


def _acts_told_back(rest: str) -> bool:
    """Whether the words after a claim's or a blame's verb tell back the acts told just before
    ("attacks on those locations", "both attacks", "for the two attacks"): those acts, not the
    campaign's (the sentences read for an event hold such a claim only when the event is one of
    them: sentences._told_back)."""
    start = _FOR.match(rest)
    at = start.end() if start else 0
    return THESE_PLACES.match(rest, at) is not None or THESE_ACTS.match(rest, at) is not None


# the phrase singling out one act ends at its clause: "..., including the one in <a town>, its
# statement on Monday said" gives the statement's day, not the act's
_PHRASE_END = re.compile(r"[,;.]")


def _claimed_that_day(rest: str, dated: Callable[[str], bool]) -> bool:
    """Whether what a claim claims, up to its clause's end, names the event's day ("claimed a series
    of attacks on ships on July 15, including ..."): several acts of that day, this one among them."""
    end = _PHRASE_END.search(rest, 0, 160)
    return dated(rest[:end.start() if end else 160])


def _singled(rest: str, on: Callable[[str], bool]) -> bool:
    """Whether the words after a campaign's claim single out the event ("including the one that
    wounded three troops on Monday"): ``on`` holds for the singling phrase, up to its clause's end."""
    one = _ONE_OF.search(rest)
    if one is None:
        return False
    end = _PHRASE_END.search(rest, one.end())
    return on(rest[one.start():end.start() if end else len(rest)])


def _claimed_by(text: str, hit: Hit) -> bool:
    """Whether "claimed by X" claims one act: what follows the group may go on with the claim
    ("claimed by X in dozens of attacks": the campaign), but the apposition saying what the group
    is ("X, a coalition that has claimed 150 attacks") is no part of it."""
    return not _GENERAL.search(_without_apposition(text, hit)[hit.end:hit.end + 50])


def _going_on(rest: str) -> str:
    """What a claim claims, without the clause it goes on to ("..., adding that more attacks would
    follow": rule claim_goes_on)."""
    more = RULES.pattern("claim_goes_on").search(rest)
    return rest if more is None else rest[:more.start()]


# "Most were claimed by ...": the campaign's attacks
_MOST = RULES.pattern("most_acts")


def attributions(article: Article, event: Event, texts: Sequence[tuple[Window, str]],
                 lex: Lexicons) -> Iterator[Named]:
    """Groups that US officials (or the report) hold responsible; a group's own claim is not one."""
    seen: set[str] = set()
    bare = None  # whether bare "officials said" are the US side's here: asked once, when needed
    for window, text in texts:
        groups = list(militia(lex.actors.find(text), lex))
        if not _may_blame(groups):
            continue  # (the checks below cost more than this one)
        if bare is None and _BARE_OFFICIALS.search(text):
            bare = _officials_are_us(article, lex)
        # another war's act ("an attack on Israel by Palestinian militants"); a place outside told
        # after the group is what the group is ("X, an alliance opposed to US support for Israel")
        if not window.own and (_dated_otherwise(text, event) or _told_in_month(text, event)
                               or last_weeks_day(text, event, article) or tells_elsewhere(text, event, lex)):
            continue  # a blame for another day's, month's or place's act ("Sunday's attack", a week on)
        blamed = [hit for hit in groups
                  if not _other_war(_without_apposition(text, hit), lex)
                  and not _blamed_elsewhere(text, hit, event, lex)
                  and not _anaphora(text, hit, lex)
                  and _is_blamed(text[:hit.start], text[hit.end:], text, lex, bool(bare))
                  and (not _GENERAL.search(_CLAUSE.split(text[hit.end:hit.end + 120])[0])
                       or _singles_out(text[hit.end:], event, lex) or _blamed_for_told(text[hit.end:]))]
        blamed += _listed_with(text, blamed, lex) + _named_after(text, blamed, groups, lex)
        for name in _named_first(blamed, lex):
            if name not in seen:
                seen.add(name)
                yield Named(name, evidence_of(article, window.start, window.end))


def _named_after(text: str, blamed: Sequence[Hit], groups: Sequence[Hit], lex: Lexicons) -> list[Hit]:
    """The named groups told right after a blamed generic one as its name ("attributed to the
    Ostland-backed militia River Raiders": rule generic_then_named): blamed, as the text names them."""
    generic = lex.topic.actor
    named = []
    for hit in blamed:
        after = next((g for g in groups if g.start >= hit.end), None)
        if generic(hit.name).generic and after is not None and not generic(after.name).generic:
            told = RULES.at("generic_then_named", text, hit.end, after.start + 1)
            named += [after] if told is not None and told.end() == after.start else []
    return named


def _blamed_for_told(rest: str) -> bool:
    """Whether what a group is blamed for, right after its name, is the acts told just before ("for
    both attacks", "for the two attacks", "for the attacks on those bases")."""
    blamed_for = re.match(r"\s+for\s", rest)
    return blamed_for is not None and _acts_told_back(rest[blamed_for.start():])


def _singles_out(rest: str, event: Event, lex: Lexicons) -> bool:
    """Whether the words after a group blamed for the attacks in general single this act out
    ("for these attacks, including the attack that wounded two soldiers in Syria", "including the
    one at <its base> on Monday"): the singling phrase, up to its clause's end, names the event's
    weekday, one of its places or its country, and no other place or weekday."""
    one = _ONE_OF.search(rest, 0, 160)
    if one is None or event.date is None:
        return False
    end = _PHRASE_END.search(rest, one.end())
    phrase = rest[one.start():end.start() if end else len(rest)]
    places = [h.name for h in lex.places.find(phrase)]
    days = set(re.findall(rf"\b{_WEEKDAY}\b", phrase))
    if any(p not in event.places for p in places) or days - {f"{event.date:%A}"}:
        return False
    return bool(days or places or event.country in lex.countries_in(phrase))


# "blamed Iran-backed groups, including X and Y": the groups a blamed one is told to include
_INCLUDING = RULES.pattern("groups_including")
_AND = RULES.pattern("and_next_name")


def _listed_with(text: str, blamed: Sequence[Hit], lex: Lexicons) -> list[Hit]:
    """The groups a sentence lists as part of one it blames ("attributed the attack to Iran-backed
    groups, including X", "... including X and Y"): blamed with it."""
    listed: list[Hit] = []
    after = [h for h in militia(lex.actors.find(text), lex) if h not in blamed]
    last = blamed[-1] if blamed else None
    for hit in after:
        if last is None or hit.start < last.end:
            continue
        between = text[last.end:hit.start]
        if _INCLUDING.match(between) or (listed and _AND.match(between)):
            listed.append(hit)
            last = hit
    return listed


_APPOSITION = RULES.pattern("apposition_after")


def _blamed_elsewhere(text: str, hit: Hit, event: Event, lex: Lexicons) -> bool:
    """Whether what a group is blamed for, told after its name, is an act in another country or
    place than the event's ("blamed X for killing three soldiers in Jordan", told beside an attack
    in Syria). What the group is (its apposition, its home: "militias operating in Iraq") is no
    place of the act."""
    rest = _without_apposition(text, hit)[hit.end:]
    home = RULES.at("group_home", rest, 0)
    rest = rest if home is None else rest[home.end():]
    for named in lex.actors.find(rest):  # a group's name is no place ("the Islamic Resistance in Iraq")
        rest = rest[:named.start] + " " * (named.end - named.start) + rest[named.end:]
    places = [h.name for h in lex.places.find(rest) if not _BESIDE.search(rest[:h.start])]
    countries = [lex.country(m.group()) for m in lex.countries.finditer(rest)
                 if not _BESIDE.search(rest[:m.start()])]
    return (any(p not in event.places for p in places)
            or any(c not in (None, event.country) for c in countries))


# what a place is told beside is not where the act was: "a desert base near Syria and Iraq", "in
# Jordan, near the Syrian border", "close to the borders with Iraq and Syria"; nor where it was fired
# from ("the drone was fired by X from across the Iraqi border", "appeared to come from Syria")
_BESIDE = RULES.pattern("told_beside")


def _without_apposition(text: str, hit: Hit) -> str:
    """The sentence without the apposition that says what a group is ("X, an alliance opposed to
    US support for Israel in Gaza"): a place it names is no other war."""
    apposition = _APPOSITION.match(text[hit.end:])
    return text if apposition is None else text[:hit.end] + text[hit.end + apposition.end():]


# what a blame is for ends at the clause: "blamed X for the deaths, after months of attacks"
_CLAUSE = RULES.pattern("clause_ends")


# the reason a group gives for its act is not the act's war: "claimed the attack, citing US
# support for Israel", "said it attacked the base in solidarity with Gaza" (rule group_reason)
def _other_war(text: str, lex: Lexicons) -> bool:
    """Whether a sentence names a place outside the campaign, other than a sponsor of its groups
    ("the US holds Iran responsible" names a party, not a war elsewhere)."""
    reason = RULES.pattern("group_reason").search(text)
    text = text if reason is None else text[:reason.start()]
    party = list(militia(lex.actors.find(text), lex))
    return any(not any(p.start <= h.start < p.end for p in party) for h in lex.outside.find(text))


# what a sponsor is held responsible for, not an act: "Iran is responsible for funding and arming the groups"
# (the statements' attributions leave it out too)
MEANS_GIVEN = "(?:" + "|".join(RULES.grammar.lists["means_given"]) + ")"  # rule held_for_means's words
_SPONSORS = re.compile(r"^\s+(?:is|was|are|were|has been|had been|be)\s+(?:also\s+|ultimately\s+)?"
                       r"responsible\s+for\s+" + MEANS_GIVEN + r"\b", re.I)
# "holds Iran (broadly) responsible for arming these groups": held responsible for what it gives them
_HELD_FOR_MEANS = RULES.pattern("held_for_means")


# "suspected" told of the group itself, with no one suspecting: the report's narrative, an
# attribution only in an official's voice (never "officials suspect X of")
_SUSPECTED = RULES.pattern("suspected_narrative")


def _is_blamed(before: str, after: str, text: str, lex: Lexicons, bare: bool = False) -> bool:
    """Whether a group a sentence names is held responsible for the act; ``bare``: "officials said"
    naming no side is the US side's voice in this article (:func:`_officials_are_us`)."""
    if RULES.at("doubt_before", before, len(before)) or RULES.at("group_denies", after, 0):
        return False  # "too early to say whether X was behind it"; "X denied it was behind it"
    if RULES.at("campaign_blamed", before, len(before)):
        return False  # "the attacks are carried out by X": the campaign's
    if profile_rules(lex).at("party_blames", before, len(before)):
        return False  # "the SDF blamed X": another party's word, no US attribution
    if _SPONSORS.match(after):
        return False  # "the US says Iran is responsible for financing and arming militants": no act blamed
    if _HELD_BEFORE.search(before):  # "held Kataib Hezbollah responsible" (not "for arming the groups")
        return bool(_HELD.search(after)) and not _HELD_FOR_MEANS.match(after)
    if RULES.at("bears_responsibility", after, 0):  # "Austin said X bears responsibility": whose word?
        return _agent_told(text, lex, bare)
    if RULES.at("believed_behind", after, 0):  # "X is believed to be behind it": by whom?
        return _official_said(text, lex) and not (_NOT_BLAME.search(text) or _monitor(text, lex))
    if _SUSPECTED.search(before) or RULES.at("passive_blame", before, len(before)):
        # "suspected Iran-backed militias attacked", "has been attributed to X": whose word?
        return _agent_told(text, lex, bare)
    # the group's home told between it and the verb ("militias operating in Syria and Iraq
    # carried out the attack") is no part of what is said of it
    home = RULES.at("group_home", after, 0)
    rest = after if home is None else after[home.end():]
    if (_BLAME_BEFORE.search(before) or RULES.at("blame_laid_on", before, len(before))
            or any(_BLAME_AFTER.search(a) or _BLAMED_WHICH.match(a) or RULES.at("to_blame", a, 0)
                   for a in dict.fromkeys((after, rest)))):
        return not _BLAME_DENIED.search(text)  # "has not directly attributed the attacks to X"
    agent = (RULES.at("act_by_agent", before, len(before)) or _AGENT.match(rest) or _ADJ_AGENT.match(after)
             or RULES.at("doers_were", before, len(before)))  # "the groups who launched it were X"
    return bool(agent) and _agent_told(text, lex, bare)


# a guess ("possible attack by"); the campaign ("attacked 135 times since October, by X")
_NOT_BLAME = RULES.pattern("no_blame")
_BLAME_DENIED = RULES.pattern("blame_denied")
# "an Iranian-aligned attack against US forces": the group's word told as the act's adjective
_ADJ_AGENT = RULES.pattern("group_adjective_attack")
_SPOKE = RULES.pattern("spoke")
# an official's belief: "the U.S. military assesses X carried out the attack"
# ("a drone believed to have been launched by X": the report's own belief, in the passive, is no voice)
_BELIEF = RULES.pattern("official_belief")
# the head of state or a minister speaking: "President Biden said", "the Secretary of Defense stated"
_LEADER_SAID = RULES.pattern("leader_said")


# a speaker named, then told as the US side's ("according to Jane Roe, a National Security Council
# spokeswoman"): a US voice only when no other party's is named (see _agent_told)
_NAMED_VOICE = RULES.pattern("named_voice")


def _agent_told(text: str, lex: Lexicons, bare: bool = False) -> bool:
    """Whether a sentence naming who did the act ("launched by X", "X fired") attributes it: an
    official voice says so (or the sentence is a quotation), and it is not a guess, not the
    campaign ("135 times, by"), not a monitor's word (the Syrian Observatory is not US officials).
    The report's own narrative ("militias attacked the base on 25 July") tells what it believes,
    not whom the US holds responsible."""
    voiced = (_official_said(text, lex) or _LEADER_SAID.search(text) is not None
              or (bare and _BARE_OFFICIALS.search(text) is not None)
              or (_NAMED_VOICE.search(text) is not None and not _party_voice(text, lex))
              or _BELIEF.search(text) is not None or text.lstrip()[:1] in "\"“")
    return voiced and not (_NOT_BLAME.search(text) or _monitor(text, lex))


# officials naming no side ("Officials said the drone was fired by X"): rule bare_officials
_BARE_OFFICIALS = RULES.pattern("bare_officials")


def _officials_are_us(article: Article, lex: Lexicons) -> bool:
    """Whether the officials a report quotes are the US side's: a US voice speaks in it and no other
    party's official or spokesman does ("a US official said ... Officials said the drone was fired by
    X"; never beside "an Iraqi security official said")."""
    sentences = [article.clean[start:end] for _, start, end in all_sentences(article.clean)[:300]]
    return (any(_official_said(s, lex) for s in sentences)
            and not any(_party_voice(s, lex) or _monitor(s, lex) for s in sentences))


def _official_said(text: str, lex: Lexicons) -> bool:
    """Whether a US voice (an official's, or one of the profile's voices of the US side) speaks in
    the sentence, and no other party's spokesman or official."""
    speaker = official_voice(lex, text) is not None or _us_voice(text, lex)
    return speaker and _SPOKE.search(text) is not None and not _party_voice(text, lex)


_PROFILE_RULES: dict[str, Rules] = {}


def profile_rules(lex: Lexicons) -> Rules:
    """The parties' rules with the story's words: its parties (every one but the US side, with the
    campaign's countries and demonyms), the US side's names, voices and official sources, and its
    ``[party_words]``."""
    topic = lex.topic
    rules = _PROFILE_RULES.get(topic.digest)
    if rules is None:
        names = [*(alias for a in topic.actors if a.side != "us" and not a.generic
                   for alias in (a.name, *a.aliases)),
                 *topic.campaign.countries, *(d for d, _ in topic.campaign.demonyms)]
        us = [*(word for a in topic.actors if a.side == "us" for word in (a.name, *a.aliases, *a.voices)),
              *topic.sources.official]
        rules = _PROFILE_RULES[topic.digest] = Rules(RULES.grammar, {"parties": tuple(dict.fromkeys(names)),
                                                                     "us_voices": tuple(dict.fromkeys(us)),
                                                                     **topic.party_words.words()})
    return rules


def _party_voice(text: str, lex: Lexicons) -> bool:
    """Whether a spokesman or an official of another party than the US speaks ("an Iraqi security
    official said", "a spokesman for the Islamic Resistance in Iraq said"): rule party_voice, with
    the profile's parties."""
    return profile_rules(lex).at("party_voice", text, 0) is not None


def _us_voice(text: str, lex: Lexicons) -> bool:
    """Whether one of the profile's voices of the US side ("Biden", "the White House") is named."""
    voices = [v for a in lex.topic.actors if a.side == "us" for v in a.voices]
    return any(re.search(r"\b" + re.escape(v) + r"\b", text) for v in voices)


def _monitor(text: str, lex: Lexicons) -> bool:
    return any(re.search(r"\b" + re.escape(word) + r"\b", text, re.I) for word in lex.topic.sources.monitors)


def _anaphora(text: str, hit: Hit, lex: Lexicons) -> bool:
    """A generic common noun told as already known ("the militants launched two drones", "the
    groups responsible"): the report's reference back, not a party anyone named."""
    written = text[hit.start:hit.end]
    return (lex.topic.actor(hit.name).generic and written.lower() == written
            and (written.startswith("the ") or bool(re.search(r"\bthe\s+$", text[:hit.start], re.I))))
