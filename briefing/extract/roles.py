"""Who did what to whom: attacks and strikes read by their roles, not by what is near.

Event coders (PETRARCH/TABARI) read an actor, an action and a target; so does
this. Each act word ("attack", "strikes", "struck", "targeted") is read in its
clause: the agent is the noun's own modifier ("U.S. airstrikes"), the subject of
the verb, or the "by" phrase of a passive; the target is what follows "on",
"against" or the verb, or the subject of a passive ("U.S. forces were
targeted"), or the victims ("three U.S. soldiers were killed in a drone
attack"). The sides of agent and target (from the topic's data) decide the
kind:

    target on the US side (forces, a base hosting them)  -> attack on US forces
    US agent, target a militia, its sites or unnamed      -> US strike
    anyone else, or the US against anyone else            -> not this campaign

A mention also carries its modality: a threat, plan, question, denial or a
group's own claim is not a reported event.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from ..model import EventType
from ..names import Act
from ..rules import Rules, grammar, trie
from ..screen import Openings, Screen, fold, needed_words
from ..topic import Hit, KnownEvent
from .lexicon import Lexicons, Names
from .numbers import NUMBER_WORDS

Side = Literal["us", "militia", "other", "instrument", "facility", "base"]

# The story-independent grammar (briefing/grammar/roles.toml): its named rules, compiled once.
GRAMMAR = Rules(grammar("roles"), fragments={"number_words": NUMBER_WORDS})
# An act told as threatened, planned, possible, feared, meant to be stopped, asked about, denied, halted or
# called for, or in an infinitive: no reported act (the first of them before the act word, in its clause).
MODALITY = ("modal_verb", "threat", "plan", "possibility", "prospect", "purpose", "question", "denial",
            "halt", "demand", "infinitive")
_MODAL = GRAMMAR.union(MODALITY)
_SPEAKING = GRAMMAR.pattern("speaking")  # "would not say which base was attacked": the speaker's modal
# "began to carry out air strikes": the act begun (needs a day); "employed jets to engage", "an
# attempt was made to attack": done
_BEGAN_TO = GRAMMAR.union(("began_to", "used_to", "attempt_made"))
_ASIDE = re.compile(r"\s*\([^()]{1,60}\)")  # a bracketed aside: "<a base> (also known as <another>)"
_INTENDED = GRAMMAR.pattern("intended")  # about to be made, not made: a self-defense strike's reason
_CLAIM = GRAMMAR.pattern("claim")
_CLAIM_OF_ACT = GRAMMAR.pattern("claim_of_act")  # "claimed responsibility for several attacks"
_GROUP_MEDIA = GRAMMAR.pattern("group_media")  # "accounts close to the factions said ..."
_VOICE_SAID = GRAMMAR.pattern("voice_said")  # "Yahya Saree said ..." (a name's own saying verb)
# "in retaliation for the attack that killed two soldiers": the act another answers (the events' rule)
_CAUSE = Rules(grammar("events")).pattern("cause")
_CAUSE_ANYWHERE = Rules(grammar("events")).pattern("cause_anywhere")
# Where a clause ends: another event is told after these ("strikes ... in response to attacks on
# U.S. forces"), a reporting verb ends the speaker's part; not at an aside set off by commas.
CLAUSE_CUTS = ("cut_punctuation", "cut_reason", "cut_time", "cut_contrast", "cut_extent", "cut_purpose",
               "cut_conjunction", "cut_speech")
_CUT = GRAMMAR.union(CLAUSE_CUTS)
_PARENTHETICAL = GRAMMAR.pattern("aside")
_VERB = GRAMMAR.pattern("act_verb")  # the grammar's verbs of acting; a profile adds its own
_HARMED = frozenset(GRAMMAR.grammar.lists["harm_verbs"])
_LANDING = frozenset(GRAMMAR.grammar.lists["landing_verbs"])
_MUNITION_SUBJECT = frozenset(GRAMMAR.grammar.lists["munition_subject_verbs"])
_INTERCEPT = frozenset(GRAMMAR.grammar.lists["intercept_verbs"])
# Who acts and what is hit (their rules' examples say which sentences each serves).
_TARGET_PREP = GRAMMAR.pattern("target_prep")
_PASSIVE = GRAMMAR.pattern("passive")
_UNDER = GRAMMAR.pattern("under_attack")
_PASSIVE_GERUND = GRAMMAR.pattern("passive_gerund")
_DOWNED_WHICH = GRAMMAR.pattern("downed_which")
_APPOSITIVE = GRAMMAR.pattern("appositive_passive")
_PARTICIPLES = frozenset(GRAMMAR.grammar.lists["participles"])
_AFTER_NOUN_COMMA = re.compile(r"[\w'’)],\s*$")
_DEFINITE = GRAMMAR.pattern("definite")
_BY_OTHER = GRAMMAR.pattern("by_other")
_BLAME = GRAMMAR.pattern("blame_phrase")
_BY = GRAMMAR.pattern("by_agent")
_BY_RIGHT_AFTER = GRAMMAR.pattern("by_right_after")
_OBJECT_OWNER = GRAMMAR.pattern("object_owner")
_LATEST_ELIDED = GRAMMAR.pattern("latest_elided")
_ACTS_NAMED = GRAMMAR.pattern("acts_named")
_NAMED_REACH = 300  # characters back to the act noun an elided "the latest" stands for
_COORDINATED = GRAMMAR.pattern("coordinated_predicate")
_AND_VERB = re.compile(r"\band\s+$")  # a verb coordinated after the clause's first
_VERB_BY = GRAMMAR.pattern("verb_by")  # "boarded by (the) <someone>"
_TARGET_LEAD = GRAMMAR.pattern("target_lead")
_DOER_TOLD_AFTER = GRAMMAR.pattern("doer_told_after")
_LIGHT_VERB = GRAMMAR.pattern("light_verb")
_WHICH_HARMED = GRAMMAR.pattern("which_harmed")
_VICTIMS = GRAMMAR.pattern("victims")
_VICTIM_AFTER = GRAMMAR.pattern("victim_after")
_VICTIMS_PARTICIPLE = GRAMMAR.pattern("victims_participle")
_VICTIM_BEFORE = GRAMMAR.pattern("victim_before")
_PRONOUN_SUBJECT = GRAMMAR.pattern("pronoun_subject")
_HARM_VERB = GRAMMAR.pattern("harm_verb")
_IN_ACT = GRAMMAR.pattern("in_act")
_COUNTED = GRAMMAR.pattern("counted_times")
_FEW_TIMES = GRAMMAR.pattern("few_times")  # "were attacked four times on November 23": each an event
_ON_A_DAY = GRAMMAR.pattern("on_a_day")
_ENGAGED_THREAT = GRAMMAR.pattern("engaged_threat")
_BEFORE_LAUNCH = GRAMMAR.pattern("before_launch")  # the munitions hit on the ground: a strike
_BARE_PASSIVE_AFTER = GRAMMAR.pattern("bare_passive")
_STOPS = frozenset(".!?:;\"”’)")  # how a sentence of a body ends; a headline's line ends on none
_SAYER_TAIL = GRAMMAR.pattern("sayer_tail")
_CUT_WORD = 20  # characters of the speech verb that ends a clause
_DENIED_REACH = 160  # characters before an act word where its denied reports may be named
_TOWARD = GRAMMAR.pattern("launched_toward")
_AIMED_SUBJECT = GRAMMAR.pattern("aimed_subject")  # "a drone launched against U.S. forces struck ..."
_ACT_LAUNCHED = GRAMMAR.pattern("act_launched")
_OBJECT_PRONOUN = GRAMMAR.pattern("object_pronoun")
_REPELLED = GRAMMAR.pattern("repelled_act")
_DEFENDED_FROM = GRAMMAR.pattern("defended_from")
_GERUND_SUBJECT = GRAMMAR.pattern("gerund_subject")
_MODIFIER_START = GRAMMAR.pattern("act_modifier")
_BASE_WORDS = GRAMMAR.pattern("base_words")
_PARTNERS_BASE = GRAMMAR.pattern("partners_base")
_FORCES_AS_OBJECT = GRAMMAR.pattern("forces_as_object")
# Counts, the campaign, causes, places, things that are no act, datelines, claimants.
_SHARED_OUT = GRAMMAR.pattern("shared_out")
_SPREAD_OVER = GRAMMAR.pattern("spread_over")
_SUBORDINATE = GRAMMAR.pattern("subordinate_opening")
_SITES_COUNTED_IN = GRAMMAR.pattern("sites_counted_in")  # "... and three positions in Syria"
_TIMES_OVER = GRAMMAR.pattern("times_over")  # "attacked four times in Iraq and Syria": one in each
_COUNTING = GRAMMAR.pattern("counting")
_DAYS_ROUND = GRAMMAR.pattern("days_round")
_RUNNING_PLACE = GRAMMAR.pattern("running_place")
_TIMES_COUNTED = GRAMMAR.pattern("times_counted")
_REPEATED = GRAMMAR.pattern("repeated_acts")
_REPEATED_BEFORE = GRAMMAR.pattern("repeated_before")
_OBJECTS_SINCE = GRAMMAR.pattern("objects_counted_since")
_OBJECT_TIMES = GRAMMAR.pattern("object_times_counted")
_COUNTED_SUBJECT = GRAMMAR.pattern("counted_subject")
_RECAP_SUBJECT = GRAMMAR.pattern("recap_subject")
_SPAN_OF_ACTS = GRAMMAR.pattern("span_of_acts")
_HABITUAL = GRAMMAR.pattern("habitual")
_TOLL_LIST = GRAMMAR.pattern("toll_list")
_TOLL_ITEM = GRAMMAR.pattern("toll_item")
_COUNT_OF = GRAMMAR.pattern("count_of")
_ASPECT = GRAMMAR.pattern("aspect")
_RELATIVE_CLAUSE = GRAMMAR.pattern("relative_clause")
_GROUPS_WHERE = GRAMMAR.pattern("groups_where")
_GROUPS_BASED = GRAMMAR.pattern("groups_based")
_GROUPS_DEED = GRAMMAR.pattern("groups_deeds")
_BOTH = GRAMMAR.pattern("both_countries")
_ORIGIN = GRAMMAR.pattern("origin")
# "a base near <a country>'s border with <another>": where the place lies, not where the act was
_BORDER_SIDE = GRAMMAR.pattern("border_side")
_BORDER_REACH = 40  # characters before a country where "border with" may stand
_NAMED_AS_CAUSE = GRAMMAR.pattern("named_as_cause")
_ASSESSED_DOER = GRAMMAR.pattern("assessed_doer")
_SPEAKS = GRAMMAR.pattern("capital_speaks")
_OFFICE_IN = GRAMMAR.pattern("office_in")
# "a funeral on Wednesday in Lanport for the victims of the strike near Tikrit": the rite's place
_RITE_FOR_THE_DEAD = Rules(grammar("events")).pattern("rite_for_the_dead")
_KILLED_IN_THE_ACT = Rules(grammar("events")).pattern("killed_in_the_act")
_CLOCK_ZONE = GRAMMAR.pattern("clock_zone")


_BORDER_NAMED = GRAMMAR.pattern("border_named")


def border_named(text: str, start: int, end: int) -> bool:
    """Whether the country named at ``text[start:end]`` is told as a border ("near <a town> on the
    <country's> border"): where a place lies, not where the act was; never a border told from
    inside ("just inside the <country's> border": the country's own, rule inside_border)."""
    return (_BORDER_NAMED.match(text, end) is not None
            and GRAMMAR.at("inside_border", text, start, floor=max(0, start - 20)) is None)


def opens_as_latest(text: str, sentence: int) -> bool:
    """Whether the sentence at ``sentence`` opens with an elided "the latest," ("The most recent,
    last month, killed three U.S. troops"): it tells its act as the newest of the run the text
    reports, not as background it recalls."""
    return _LATEST_ELIDED.match(text, sentence) is not None


def border_side(text: str, at: int, floor: int = 0) -> bool:
    """Whether the country named at ``at`` is told as the other side of a border ("near
    <a country>'s border with <it>"), not as where anything happened (``floor``: where the
    search may begin)."""
    return _BORDER_SIDE.search(text, max(floor, at - _BORDER_REACH), at) is not None


def _gaps(span: tuple[int, int], hits: list[Hit]) -> list[tuple[int, int]]:
    """The parts of ``span`` outside the hits (sorted, not overlapping)."""
    gaps, at = [], span[0]
    for hit in hits:
        gaps.append((at, hit.start))
        at = hit.end
    return [*gaps, (at, span[1])]
_STRIKE_NOUN = GRAMMAR.pattern("strike_family")
_REPRISAL = GRAMMAR.pattern("us_reprisal")
_NOT_ACT = GRAMMAR.pattern("not_act_after")
_HEART = GRAMMAR.pattern("not_act_before")
_YEAR = GRAMMAR.pattern("year")
_DATELINE = GRAMMAR.pattern("dateline")
_COUNT_WORD = GRAMMAR.pattern("count_word")
_THERE_HAVE_BEEN = GRAMMAR.pattern("there_have_been")
_SINCE_WORD = GRAMMAR.pattern("since")
_SPONSOR_BEFORE = GRAMMAR.pattern("sponsor_before")
_SPONSOR_AFTER = GRAMMAR.pattern("sponsor_after")
_CLAIMED_BY = GRAMMAR.pattern("claimed_by")


_ACT_SCREENS: dict[str, Screen] = {}


def act_screen(lex: Lexicons) -> Screen:
    """Where an act noun or verb may be: a sentence with none has no mention (the reader's
    :meth:`SentenceReader.mentions` starts from them)."""
    found = _ACT_SCREENS.get(lex.topic.digest)
    if found is None:
        found = _ACT_SCREENS[lex.topic.digest] = Screen.of(lex.act_nouns, verbs_of(lex), shared=True)
    return found


# ---- which act words can give a mention (SentenceReader._may_tell) -------------------------

_Words = tuple[re.Pattern[str] | None, bool]  # a search for words, and whether it reads folded text
_WORDS: dict[tuple[str, str], _Words] = {}
_KNOWN_WORDS: dict[str, tuple[_Words, tuple[tuple[KnownEvent, _Words], ...]]] = {}
# the passive verbs whose subject may be an act noun (_verb_roles); after a munition's name, never a
# reduced passive's (_reduced_passive)
_LAUNCHED = tuple(GRAMMAR.grammar.lists["launch_participles"])


def _noun_words(lex: Lexicons) -> _Words:
    """The words of the sides' and the strike targets' nouns (:func:`_words_search`)."""
    key = ("nouns", lex.topic.digest)
    found = _WORDS.get(key)
    if found is None:
        patterns = (lex.strike_targets, *(pattern for _, pattern in lex.side_nouns))
        found = _WORDS[key] = _words_search([needed_words(pattern) for pattern in patterns])
    return found


def _known_words(lex: Lexicons) -> tuple[_Words, tuple[tuple[KnownEvent, _Words], ...]]:
    """The words of the known events' cues, all together and each event's (:func:`_words_search`)."""
    found = _KNOWN_WORDS.get(lex.topic.digest)
    if found is None:
        known = lex.topic.known_events
        needed = [event.cue_words() for event in known]
        each = tuple((event, _words_search([words])) for event, words in zip(known, needed, strict=True))
        found = _KNOWN_WORDS[lex.topic.digest] = (_words_search(needed), each)
    return found


def _words_search(needed: list[tuple[frozenset[str], bool] | None]) -> _Words:
    """A search for the words one of which each pattern's matches hold (each pattern's
    :func:`~briefing.screen.needed_words`: whole words, not the screens' shorter pieces, for "again"
    holds the piece of "training"), and whether it searches folded text. None: any text may hold a
    match (a pattern whose words cannot be named, or words with a Greek sigma, the only letter whose
    lower case depends on the next, so that a part of a text folded may differ from that part of
    the whole text folded: the words are looked for in a sentence, the patterns search parts of
    it). No pattern: a search that finds nothing."""
    folded = any(each is not None and each[1] for each in needed)
    words = sorted({fold(w) if folded else w for each in needed if each is not None for w in each[0]})
    if any(each is None for each in needed) or any("σ" in w or "ς" in w for w in words):
        return None, False
    if not all(" ".join(w.split()) in w for w in words):
        return None, False  # the trie reads a word's white space as one space: only trimming is safe
    return re.compile(trie(words, one_space=True)), folded  # one branch per character


def _holds(words: _Words, text: str) -> bool:
    search, folded = words
    return search is None or search.search(fold(text) if folded else text) is not None


_VERBS: dict[str, re.Pattern[str]] = {}


def verbs_of(lex: Lexicons) -> re.Pattern[str]:
    """The grammar's verbs of acting with the profile's own (``[vocabulary] act_verbs`` and
    ``intercept_verbs``: "seized", "hijacked", "destroyed")."""
    if lex.verbs is None:
        return _VERB
    found = _VERBS.get(lex.topic.digest)
    if found is None:
        found = _VERBS[lex.topic.digest] = re.compile(f"{_VERB.pattern}|{lex.verbs.pattern}", re.I)
    return found


_ACT_OPENINGS: dict[str, tuple[Openings, Openings]] = {}


def _names_a_vessel(text: str, start: int, end: int, floor: int) -> bool:
    """"The patrol met the |hijacked freighter on Tuesday": a participle of seizing after a determiner,
    before a vessel, names the vessel by a past act; the sentence's day is its own verb's, no act
    of it (rules determiner_before and vessel_named_by_act)."""
    return bool(GRAMMAR.at("vessel_named_by_act", text, start, limit=min(len(text), end + 40))
                and GRAMMAR.at("determiner_before", text, start, floor=max(floor, start - 10)))


def _act_openings(lex: Lexicons) -> tuple[Openings, Openings]:
    """The act nouns and verbs (``lex.act_nouns``, :func:`verbs_of`), each tried only where one of its
    first words begins in the folded sentence (screen.Openings: the matches a search of every place
    gives): with re.I and a leading \\b, a search tried every character of every sentence read."""
    found = _ACT_OPENINGS.get(lex.topic.digest)
    if found is None:
        found = _ACT_OPENINGS[lex.topic.digest] = (Openings(lex.act_nouns), Openings(verbs_of(lex)))
    return found


def coordinated_after(text: str, clause_start: int, start: int) -> bool:
    """Whether the verb at ``start`` is coordinated after the clause before it, its subject left out
    (", and shot down two drones": rule ``coordinated_predicate``)."""
    return _COORDINATED.fullmatch(text, clause_start, start) is not None


def named_as_cause(text: str, clause_start: int, start: int) -> bool:
    """Whether the act at ``start`` is named as the reason for someone or something ("a leader it
    blames for attacks", "the group behind the attack"): told, not reported on the day it is told."""
    return _NAMED_AS_CAUSE.search(text, max(clause_start, start - 70), start) is not None


def strike_word(text: str, start: int) -> bool:
    """Whether the act word at ``start`` is of the strike family ("airstrikes", "raid")."""
    return bool(_STRIKE_NOUN.match(text, start))


@dataclass(frozen=True)
class Mention:
    """One report of an attack or strike: the act word's span, its clause and its roles."""

    type: EventType
    start: int
    end: int
    clause: tuple[int, int]
    sentence: tuple[int, int]
    agent: str | None
    target: str | None
    places: tuple[str, ...]
    country: str | None
    weapons: tuple[str, ...]
    plural: bool
    claimed: bool
    groups: tuple[str, ...] = ()  # the groups named in its clause
    zone: tuple[int, int] = (0, 0)  # its sentence's words up to the act nouns before and after it
    aspect: bool = False  # told as part of the campaign ("began attacking"): needs a day of its own
    anaphor: bool = False  # "the strikes", no roles of its own: the act of that kind just told
    act: Act = "attack"  # the act its kind is read from (the story's kinds each name one)
    rule: str = ""  # the grammar's rule that read its roles (grammar/roles.toml): its evidence's rule


@dataclass(frozen=True)
class _Roles:
    agent: Side | None
    agent_name: str | None
    target: Side | None
    target_name: str | None
    intercepted: bool = False  # the attackers' munitions shot down: an intercept, where the story has one
    rule: str = ""  # the grammar's rule that read them


def _militia_story(names: Names, lex: Lexicons) -> bool:
    """:meth:`SentenceReader._militia_story`, over the article's distinct actors (a few, however
    long the article: each of its actor mentions at each act once cost the square of its length)."""
    actors = names.actor_names
    return any(lex.side(name) == "militia" for name in actors) or not (actors & lex.us_enemies)


# Act words read in one sentence. A sentence reporting acts has a few; one with hundreds is a
# list or a page whose full stops were lost, and reading each of them costs time in proportion
# to the sentence (a 2 MB file of them took minutes).
ACTS_READ = 40


class SentenceReader:
    """Reads the mentions of one sentence, with the article's names found beforehand."""

    def __init__(self, text: str, names: Names, lex: Lexicons, start: int, end: int) -> None:
        self.text, self.names, self.lex = text, names, lex
        self.start, self.end = start, end
        self.act_starts: list[int] = []
        self._nouns: list[tuple[int, int, str]] = []
        self._harm_verbs: set[int] = set()

    @functools.cached_property
    def cuts(self) -> list[int]:
        """Where the sentence's clauses meet, in order; found only for a sentence with an act."""
        text, end = self.text, self.end
        return [m.start() for m in _CUT.finditer(text, self.start, end)
                if not _PARENTHETICAL.match(text, m.start(), end)]

    @functools.cached_property
    def lead(self) -> int:
        """Where the sentence's words begin after a dateline ("ERBIL, Kurdistan Region - ",
        "BAGHDAD (AP) — "): the reporter's city, not a place of the acts."""
        line = _DATELINE.match(self.text, self.start, self.end)
        return line.end() if line else self.start

    def clause(self, position: int) -> tuple[int, int]:
        cuts = self.cuts
        before = bisect.bisect_left(cuts, position)  # cuts[:before] lie before the position
        after = bisect.bisect_right(cuts, position)  # cuts[after:] lie after it
        return (cuts[before - 1] if before else self.start), (cuts[after] if after < len(cuts) else self.end)

    def mentions(self) -> Iterator[Mention]:
        """The sentence's acts, each read once (the first ``ACTS_READ`` of them)."""
        if self.text[self.start:self.end].rstrip().endswith("?"):
            return
        acts = list(self._acts())
        self.act_starts = [s for s, _, _ in acts]
        self._harm_verbs = {s for s, e, verb in acts if verb and self.text[s:e].lower() in _HARMED}
        self._nouns = [(s, e, self._family(s)) for s, e, verb in acts if not verb]
        for start, end, verb in acts[:ACTS_READ]:
            if not self._may_tell(start, end, verb):
                continue  # nothing it could be read with: _read would give no kind (see _may_tell)
            mention = self._read(start, end, verb)
            if mention is not None:
                yield from self._per_country(mention)
                aimed = self._aimed(mention)
                if aimed is not None:
                    yield from self._per_country(aimed)

    def _may_tell(self, start: int, end: int, verb: bool) -> bool:
        """Whether the act word at ``start`` can give a mention, asked before its clause's roles:
        False only when :meth:`_read` would give none ("came under sporadic fire", "the teachers'
        strike", in a sentence that names its speaker after the clause). A kind comes from a side
        (:meth:`_kind`), and the roles read every side from the sentence up to the act's clause's
        end (:meth:`_sided_before`); with none, only a definite noun (:meth:`_anaphor`) or a known
        event told in the act's words (:meth:`_known_act`) gives one. Whoever adds a way of reading
        a side from further away adds it to :meth:`_sided_before` (tests/test_act_screen.py
        compares this with reading every act)."""
        if not verb and _DEFINITE.search(self.text, max(self.start, start - 30), start):
            return True
        # the sentence asked first: its clauses are found only when it names a side somewhere
        sided = self._sentence_sided or self._launched_placed(start, end, verb, self.end)
        if sided and self._sided_before(self.clause(start)[1], start, end, verb):
            return True
        return self._tells_known(start, end)

    def _sided_before(self, reach: int, start: int, end: int, verb: bool) -> bool:
        """Whether the roles of the act at ``start`` may find a side, its clause ending at ``reach``:
        a side named before ``reach`` (:meth:`_named_side`: every window of the names the roles
        read lies there), a place for "launched" and "fired" (:meth:`_launched_placed`); past it,
        only the victims of a relative clause right after it (``which_harmed``, :meth:`_harmed_after`)
        and, for a verb, munitions hit before launch (``before_launch``, :meth:`_object_side`: the
        militia's side; the US named anywhere in the sentence, :meth:`_us_named`, makes it a strike).
        Both count only a side the sentence names: asked with ``reach`` at the sentence's end, the
        first two are False only when these are too."""
        if self._named_side(reach) or self._launched_placed(start, end, verb, reach):
            return True
        text = self.text
        return bool(_WHICH_HARMED.match(text, reach)
                    or (verb and _BEFORE_LAUNCH.match(text, end, min(reach, end + 160))))

    @functools.cached_property
    def _sentence_sided(self) -> bool:
        return self._named_side(self.end)

    def _named_side(self, reach: int) -> bool:
        """Whether the sentence names before ``reach`` an actor, US forces, a weapon, a base of the US
        side (:meth:`_target_side`), or a side's or a strike target's noun."""
        names, start = self.names, self.start
        if any(names.within(hits, start, reach) for hits in (names.actors, names.us_forces, names.weapons)):
            return True
        places = names.within(names.places, start, reach)
        if any(self.lex.topic.place(hit.name).hosts_us_forces for hit in places):
            return True
        return _holds(_noun_words(self.lex), self.text[start:reach])

    def _launched_placed(self, start: int, end: int, verb: bool, reach: int) -> bool:
        """"An attack was launched toward ...": an act noun as the passive's subject is an instrument's
        act, of the campaign when a place or a country is named (:meth:`_verb_roles`, :meth:`_kind`)."""
        names = self.names
        return verb and self.text[start:end].lower() in _LAUNCHED and bool(
            names.within(names.places, self.start, reach) or names.within(names.countries, self.start, reach))

    def _tells_known(self, start: int, end: int) -> bool:
        """Whether the act's words tell a known event of either family (:meth:`_known_act`)."""
        if not self._known_here:
            return False
        zone = self.text[slice(*self._zone(start, end))]
        folded = fold(zone)
        return any(event.told_in(zone, folded) for event in self._known_here)

    @functools.cached_property
    def _known_here(self) -> tuple[KnownEvent, ...]:
        """The known events whose cues' words the sentence holds: the only ones that can be told in
        the zones :meth:`_known_act` asks (they lie inside it)."""
        together, each = _known_words(self.lex)
        sentence = self.text[self.start:self.end]
        if not _holds(together, sentence):
            return ()
        return tuple(event for event, words in each if _holds(words, sentence))

    def _aimed(self, mention: Mention) -> Mention | None:
        """The attack an intercept stopped, when its words name what was aimed at ("shot down
        two missiles fired at the tanker", "a missile fired at the tanker was shot down"): an
        intercept and an attack, two events."""
        said = self.lex.topic.said
        if mention.act != "intercept":
            return None
        # not the interceptor of a passive ("were downed by jets from a carrier")
        by = _BY.search(self.text, mention.end, mention.clause[1])
        party = self._party(mention.end, by.start() if by else mention.clause[1])
        if party is None and _PASSIVE.search(self.text, mention.clause[0], mention.start):
            # the passive's subject: "a missile fired at the tanker was shot down"
            party = self._party(mention.clause[0], mention.start)
        kinds = [kind for kind in said.of_act("attack") if party and said.kind(kind).target == party]
        if not kinds:
            return None
        return Mention(**{**mention.__dict__, "type": kinds[0], "act": "attack"})

    def _acts(self) -> Iterator[tuple[int, int, bool]]:
        text = self.text
        # a noun inside a munition's name is no act ("land attack cruise missiles")
        weapons = self.names.within(self.names.weapons, self.start, self.end)
        nouns_at, verbs_at = _act_openings(self.lex)
        folded = self.names.folded if self.names.text is text else None
        nouns = [(m.start(), m.end(), False) for m in nouns_at.finditer(text, folded, self.start, self.end)
                 if not _NOT_ACT.match(text, m.end())
                 and not _HEART.search(text, max(0, m.start() - 12), m.start())
                 and not any(w.start <= m.start() and m.end() <= w.end for w in weapons)]
        taken = {s for s, _, _ in nouns}
        # "a drone strike ... targeting a commander": the strike's own words, not a second act
        verbs = [(m.start(), m.end(), True) for m in verbs_at.finditer(text, folded, self.start, self.end)
                 if m.start() not in taken
                 and not GRAMMAR.at("participle_of_act", text, m.end(),
                                    floor=max(self.start, m.start() - 60))
                 and not GRAMMAR.at("participle_of_measure", text, m.end(),
                                    floor=max(self.start, m.start() - 40))
                 and not _names_a_vessel(text, m.start(), m.end(), self.start)]
        return iter(sorted(nouns + verbs))

    def _read(self, start: int, end: int, verb: bool) -> Mention | None:
        clause = self.clause(start)
        left = self.text[clause[0]:start]
        # a name's other name in brackets is no word of the modality's reach ("denied reports that
        # <a base> (also known as <another name>) was attacked")
        near = _ASIDE.sub("", left)[-60:]
        modal = _MODAL.search(near)
        if modal and not _SPEAKING.match(near, modal.start()) and not _BEGAN_TO.search(near, 0, modal.end()):
            return None
        if _YEAR.search(self.text, *clause) and self._other_year(clause):
            return None
        if self._told_false(start, end, clause):
            return None
        roles = self._verb_roles(start, end, clause) if verb else self._noun_roles(start, end, clause)
        if roles is None:
            return None
        kind = self._kind(roles, start, end, clause)
        anaphor = False
        if kind is None and self._anaphor(roles, start, verb):
            # "The strikes destroyed weapons depots": the strikes just told; events.py resolves it.
            # "the last strike by those militias": whatever its noun, the attacking side's act
            strike = _STRIKE_NOUN.match(self.text, start) and roles.agent != "militia"
            kind, anaphor = self.lex.topic.said.default("strike" if strike else "attack"), True
        if kind is None:
            return None
        if not verb and _ASSESSED_DOER.search(left[-120:]):
            anaphor = True  # "We assess that <group> carried out the Erbil attack": the act told back
        word = self.text[start:end].lower()
        plural = not verb and word.endswith("s") and not word.endswith("ss")
        if self._a_count(word, verb, plural, (start, end), clause):
            return None
        if self._not_made(kind, start, clause, plural):
            return None
        zone = self._zone(start, end)
        return Mention(
            type=kind, start=start, end=end, clause=clause, sentence=(self.start, self.end),
            agent=roles.agent_name, target=roles.target_name,
            # the places of its own clause: "strikes on Jurf al-Sakhar after the attack on Al-Asad"
            places=self._places((max(clause[0], zone[0], self.lead), min(clause[1], zone[1])), start),
            groups=tuple(dict.fromkeys(h.name for h in self.names.within(self.names.actors, *clause)
                                       if self.lex.side(h.name) == "militia")),
            country=None, weapons=self._weapons(kind, clause),
            plural=plural,
            claimed=(self._claimed(start) or self._voice_said(kind, start)
                     or self._unnamed_group_said(kind, start)
                     or bool(_GROUP_MEDIA.search(self.text, self.start, start))),
            aspect=bool(_ASPECT.search(left[-50:])), anaphor=anaphor,
            zone=zone,
            act=self.lex.topic.said.act(kind), rule="definite" if anaphor else roles.rule,
        )

    def _places(self, span: tuple[int, int], act: int) -> tuple[str, ...]:
        """The places of the act's words, but a capital that speaks, a mission's seat, the clock's
        zone ("at 2:15 p.m. (Lanport time)") where the words place the act otherwise (another place, or
        a country: "in an area of Norland"); alone, the zone is all that places it, and is kept. Nor
        the place of a rite for the act's dead, told before the act as what killed them (:meth:`_rites`)."""
        hits = [h for h in self.names.within(self.names.places, *span)
                if not _SPEAKS.match(self.text, h.end)
                and not _OFFICE_IN.search(self.text, max(0, h.start - 40), h.start)]
        hits = self._rites(hits, act)
        hits = self._not_the_causes(hits, act)
        clocks = [h for h in hits if _CLOCK_ZONE.match(self.text, h.end)]
        rest = [h for h in hits if h not in clocks]
        outside = "".join(self.text[a:b] for a, b in _gaps(span, clocks))
        if clocks and (rest or self.lex.countries.search(outside)):
            hits = rest
        return tuple(dict.fromkeys(h.name for h in hits))

    def _not_the_causes(self, hits: list[Hit], act: int) -> list[Hit]:
        """The places but those of the act it answers, told before it: "In response to the attack on
        <a base>, U.S. jets struck depots at <a town>" struck the town; the base is where the cause
        happened (from the cue to the act: the act's own words after it keep their places)."""
        cue = _CAUSE_ANYWHERE.search(self.text, self.start, act)
        return hits if cue is None else [h for h in hits if not cue.end() <= h.start < act]

    def _rites(self, hits: list[Hit], act: int) -> list[Hit]:
        """The places but a rite's: "mourners gathered in Lanport for the victims of the strike near
        Tikrit" is at Tikrit; the rite's place is dropped only where another place is left."""
        cause = _KILLED_IN_THE_ACT.search(self.text, self.start, act)
        if cause is None or not _RITE_FOR_THE_DEAD.search(self.text, self.start, cause.start()):
            return hits
        after = [h for h in hits if h.start >= cause.end()]
        return after if after else hits

    def _a_count(self, word: str, verb: bool, plural: bool, act: tuple[int, int],
                 clause: tuple[int, int]) -> bool:
        """Whether the act word is a count's, not an act's: "attacks ... numbered 41", "more than 150
        attacks" (plural); "more than 160 attacks have hit ...", "... resulting in 65 personnel being
        wounded" (a verb of a tally); "It was the 166th attack on US forces since Oct. 17" (the count's
        place: it counts the act told before); "has launched dozens of attacks" (habitual); "have come
        under attack 19 times since October 17", "have attacked US forces ... at least 16 times"
        (counted in times), "targeted repeatedly" (told as done again and again)."""
        start, end = act
        left = self.text[clause[0]:start]
        if _DAYS_ROUND.search(self.text, *clause):
            return False  # "carried out 15 strikes on Friday": that day's round
        if _REPEATED.match(self.text, end) or _REPEATED_BEFORE.search(left[-20:]):
            return True  # "have been targeted repeatedly in the past week": the course, no act
        if verb and _OBJECTS_SINCE.match(self.text, end, self.end):
            return True  # "had targeted 102 vessels since the war began": a running count
        if verb and self._object_times(end, clause[1]):
            return True  # "have attacked US forces in two countries at least 16 times": a count
        if verb and _RECAP_SUBJECT.search(self.text, max(self.start, start - 80), start):
            return True  # "Most of the attacks have targeted <two bases>": the campaign summed up
        if plural and (_COUNTING.search(self.text, *clause) or self._counted_over_time(left, clause)):
            return True
        if verb:
            return bool(_COUNTING.search(self.text, clause[0], end if word not in _HARMED else clause[1])
                        or self._habitual(end) or self._listed_after_count(start, end)
                        or self._counted_subject(start, end, clause[1]))
        return bool((_RUNNING_PLACE.search(left[-80:]) and _SINCE_WORD.search(self.text, end, self.end))
                    or _TIMES_COUNTED.match(self.text, end))

    def _not_made(self, kind: EventType, start: int, clause: tuple[int, int], plural: bool) -> bool:
        """"militants preparing to launch a suicide drone attack": stopped before it was one;
        "militias that carried out strikes against US troops": the group described."""
        floor = max(clause[0], start - 80)
        if self.lex.topic.said.attack(kind) and _INTENDED.search(self.text, floor, start):
            return True
        return self._groups_deed(start, clause, plural)

    def _groups_deed(self, start: int, clause: tuple[int, int], plural: bool) -> bool:
        """Acts told in a relative clause right after a group of the attacking side, in the plural
        or the perfect ("groups that have repeatedly attacked US forces"): what the group is known
        for, not an act of a day; "the militia that attacked the base on Sunday" stays an act."""
        deed = _GROUPS_DEED.search(self.text, max(clause[0] - 2, start - 70), start)
        if deed is None or not (plural or deed.group("perfect")):
            return False
        groups = [h.end for h in self._actors if self.lex.side(h.name) == "militia"]
        return any(0 <= deed.start() - end <= 25 for end in groups)

    def _object_times(self, end: int, clause_end: int) -> bool:
        """An act verb counted in times after its object ("have attacked the river camps at least 16
        times since the spring": rule object_times_counted), but for those told on their day
        ("attacked the fort 6 times on Sunday": that day's acts, rule on_a_day)."""
        times = _OBJECT_TIMES.match(self.text, end, clause_end)
        return times is not None and _ON_A_DAY.match(self.text, times.end(), clause_end) is None

    def _counted_subject(self, start: int, end: int, clause_end: int) -> bool:
        """A passive verb whose subject is a count of tens of the story's targets ("102 Norland
        Barges Attacked by Raiders", "more than 100 barges have been targeted"): the campaign's
        count, told as a headline or a summary (rule counted_subject); passive by its auxiliary
        or by the by-phrase after it; never with the day it tells ("at least 12 barges were attacked
        on Monday": that day's acts, rule on_a_day)."""
        # from the sentence, not the clause: the count's list may hold commas ("102 Norland, Sudland
        # and Westland barges"); a determiner cuts it off from an act of another clause
        subject = _COUNTED_SUBJECT.search(self.text, max(self.start, start - 120), start)
        if (subject is None or not self.lex.target_nouns.fullmatch(subject.group("noun"))
                or _ON_A_DAY.search(self.text, end, clause_end)):
            return False
        return subject.group("aux") is not None or _BY_RIGHT_AFTER.match(self.text, end) is not None

    def _habitual(self, end: int) -> bool:
        """A verb whose object is a count: "has launched dozens of drone attacks on US bases", "have
        attacked dozens of vessels" (the story's target nouns): the campaign so far, not one act."""
        if _HABITUAL.match(self.text, end):
            return True
        count = _COUNT_OF.match(self.text, end)
        return bool(count and self.lex.target_nouns.match(self.text, count.end()))

    def _listed_after_count(self, start: int, end: int) -> bool:
        """"have attacked more than 60 ships since Nov. 19, killed four sailors, seized one vessel and
        sunk two": an act of a number of targets listed after a count of acts so far shares its
        perfect tense (rules toll_list, toll_item): the toll so far, no act of its own ("and hijacked
        the Sea Wren in May", a named target, is that act)."""
        listed = _TOLL_LIST.search(self.text, self.start, start)
        if listed is None or _TOLL_ITEM.match(self.text, end) is None:
            return False
        return self._habitual(listed.end("verb"))

    def _counted_over_time(self, left: str, clause: tuple[int, int]) -> bool:
        """"there have been nine separate attacks", "two attacks since Jan. 4", "no attacks since":
        a number of acts over a time, not acts of a day (a day in the clause starts the time)."""
        if _COUNT_WORD.search(left[-60:]) is None:
            return False
        return bool(_THERE_HAVE_BEEN.search(left) or _SINCE_WORD.search(self.text, *clause))

    def _family(self, start: int) -> str:
        return "strike" if _STRIKE_NOUN.match(self.text, start) else "attack"

    def _other_familys(self, mention: Mention) -> list[tuple[int, int]]:
        """The words from the first act noun of the other family after the mention to the sentence's
        end, when they name two countries ("strikes ... as Washington tries to stop attacks on its
        forces in Syria and Iraq": where those acts were, not which is the strike's); one country
        may well be both's ("a strike on a launcher foils an attack on a base in Iraq")."""
        family = self._family(mention.start)
        later = [s for s, _, f in self._nouns if s >= mention.end and f != family]
        if not later:
            return []
        span = (later[0], mention.sentence[1])
        named = {self.lex.topic.place(h.name).country for h in self.names.within(self.names.places, *span)}
        named |= {h.name for h in self.names.within(self.names.countries, *span)}
        return [span] if len(named & set(self.lex.topic.campaign.countries)) >= 2 else []

    def _zone(self, start: int, end: int) -> tuple[int, int]:
        """The words that belong to this act and no other act noun of its kind in the sentence
        ("The Baghdad strike follows strikes on 85 targets": "85 targets" is the second's; an
        attack told in a strike's words, its reason, stays in the strike's zone)."""
        family = self._family(start)
        before = [e for s, e, f in self._nouns if e <= start and f == family]
        after = [s for s, _, f in self._nouns if s >= end and f == family]
        return (before[-1] if before else self.start), (after[0] if after else self.end)

    # ---- roles -------------------------------------------------------------------------

    def _noun_roles(self, start: int, end: int, clause: tuple[int, int]) -> _Roles | None:
        text = self.text
        left = text[clause[0]:start]
        under = _UNDER.search(left)
        if under:  # "U.S. forces came under attack"
            target, target_name = self._target_side(clause[0], start)
            # the munition told in it ("the tanker sustained a missile strike") is the attackers' means,
            # as in "a missile strike on the tanker": a ship hit so is no bystander's mishap
            means = self._agent_side(clause[0] + under.start(), start) if target == "us" else (None, None)
            agent, agent_name = means if means[0] == "instrument" else (None, None)
            return _Roles(agent, agent_name, target, target_name, rule="under_attack")
        framed = self._harm_frame(start, clause)
        if framed is not None:
            return framed
        agent, agent_name = self._modifier_side(start, clause)
        by = _BY.search(text, end, min(clause[1], end + 30))
        if by and _BY_OTHER.search(text, end, by.start()):
            by = None  # "sites used by Kataib Hezbollah": the by-phrase of another verb
        by_rule = ""
        if agent is None and by:
            agent, agent_name = self._agent_side(by.end(), min(clause[1], by.end() + 60), first=True)
            by_rule = "by_agent" if agent is not None else ""
        target, target_name, target_rule = self._noun_target(end, clause, by)
        # the rule that read the target, else the agent's by-phrase, else the names around the noun
        return _Roles(agent, agent_name, target, target_name, rule=target_rule or by_rule or "act_noun")

    def _noun_target(self, end: int, clause: tuple[int, int],
                     by: re.Match[str] | None) -> tuple[Side | None, str | None, str]:
        """What the act noun ending at ``end`` hit, and the rule that read it ("" for the names right
        after the noun)."""
        text = self.text
        # what follows the next act word is that act's ("since this strike, nine attacks against U.S. bases")
        own_end = next((s for s in self.act_starts if end < s < clause[1] and s not in self._harm_verbs
                        and not self._own_passive(end, s)), clause[1])
        # "an attack attributed by X to Y against a base": whom it is blamed on is never what it hit; its
        # target is read before the phrase of blaming or after the party blamed
        blamed = _BLAME.search(text, end, own_end)
        words_end = blamed.start() if blamed else own_end
        lead, lead_rule = _TARGET_LEAD.match(text, end, words_end), "target_lead"
        if lead is None:
            lead, lead_rule = _TARGET_PREP.search(text, end, words_end), "target_prep"
        if lead is None and blamed is not None:
            lead = _TARGET_PREP.search(text, blamed.end(), own_end)
        own_end = words_end if lead is None else own_end
        if text[end - 3:end].lower() == " of":  # "the killing of three U.S. soldiers": its object
            target, target_name = self._target_side(end, min(own_end, end + 70), loose=True)
            if target is not None:
                return target, target_name, ""
        if lead:  # "an attack on U.S. forces", "... by militias ... against US forces"
            stop = by.start() if by and lead.end() < by.start() < own_end else own_end
            target, target_name = self._target_side(lead.end(), stop)
            if target is not None:
                return target, target_name, lead_rule
        if self._victims(clause):
            return "us", "US forces", "victims"
        if not lead:  # "the attack that killed three U.S. soldiers"
            stop = by.start() if by and end <= by.start() < own_end else own_end
            target, target_name = self._target_side(end, min(stop, end + 70), loose=True)
            if target is not None:
                return target, target_name, ""
        target, target_name = self._harmed_after(end, clause)
        return target, target_name, "which_harmed" if target is not None else ""

    def _forces_only_as_objects(self, start: int, end: int) -> bool:
        """Whether every US force named in ``[start, end)`` is a preposition's object ("accused of
        staging attacks on US personnel"): the passive's subject is someone else, never them."""
        forces = self.names.within(self.names.us_forces, start, end)
        return bool(forces) and all(_FORCES_AS_OBJECT.search(self.text, max(start, f.start - 20), f.start)
                                    for f in forces)

    def _partners_base(self, start: int, end: int) -> bool:
        """Whether what was hit is a base the text gives to the US side's local partners ("a
        Peshmerga base"; the profile's partner words), a word at most between."""
        return any(_PARTNERS_BASE.match(self.text, p.end(), end)
                   for p in self.lex.partners.finditer(self.text, start, end))

    def _act_as_subject(self, start: int, verb: int) -> bool:
        """Whether the harm verb's subject is itself an act ("A drone attack on a base housing U.S.
        troops killed six fighters late Sunday, in the first such attack since ..."): the act
        after "in" restates it, and the forces named in the subject are its target, never the
        agent of another act (issue 23: wrong kind)."""
        return any(start <= s < verb for s, _, _ in self._nouns)

    def _harmed_after(self, end: int, clause: tuple[int, int]) -> tuple[Side | None, str | None]:
        """"... behind a suicide drone strike earlier in the day, which wounded three U.S. service
        members": the victims of the relative clause right after the act noun's clause, when no other
        act noun comes between; only US forces count."""
        relative = _WHICH_HARMED.match(self.text, clause[1])
        if relative is None or any(end <= s < clause[1] for s, _, _ in self._nouns):
            return None, None
        side = self._target_side(relative.end(), min(self.end, relative.end() + 70))
        return side if side[0] == "us" else (None, None)

    def _harm_frame(self, start: int, clause: tuple[int, int]) -> _Roles | None:
        """"The US military says it killed a militia commander in a drone strike": the roles of the
        verb before "in a ... strike" are the strike's ("three U.S. soldiers were killed in ...")."""
        if not _IN_ACT.search(self.text, clause[0], start):
            return None
        if self._victims(clause):  # "3 US troops killed and dozens injured in drone strike"
            return _Roles(None, None, "us", "US forces", rule="victims")
        verbs = list(_HARM_VERB.finditer(self.text, clause[0], start))
        if not verbs:
            return None
        verb = verbs[-1]
        object_end = _IN_ACT.search(self.text, verb.end(), start)
        if object_end is None or self._act_as_subject(clause[0], verb.start()):
            return None
        bare = verb.group().lower() in _HARMED and _IN_ACT.match(self.text, verb.end() + 1, start) is not None
        if _PASSIVE.search(self.text, clause[0], verb.start()) or bare:
            # "A militia commander was killed in ...", a headline's "Militia leader killed in U.S.
            # drone attack": the victims are the target, the act's own modifier its agent
            target, target_name = self._target_side(clause[0], verb.start())
            if target == "us" and self._forces_only_as_objects(clause[0], verb.start()):
                return None  # "a leader accused of attacks on US personnel was killed in a strike"
            agent, agent_name = self._modifier_side(start, clause) if target == "militia" else (None, None)
            return _Roles(agent, agent_name, target, target_name, rule="in_act") if target else None
        agent, agent_name = self._agent_side(clause[0], verb.start())
        target, target_name = self._target_side(verb.end(), object_end.start())
        if agent is None and target is None:
            return None
        return _Roles(agent, agent_name, target, target_name, rule="in_act")

    def _told_false(self, start: int, end: int, clause: tuple[int, int]) -> bool:
        """An act named in reports said to be false ("reports of a drone attack on the base on
        Thursday were false", or so said next), or in claims a voice denies, told further on than
        the denial's reach (rule denied_reports: "denied claims by the <group> in <land> that it had
        attacked the base"; twenty-first session, an attack no source reports)."""
        text = self.text
        return bool((GRAMMAR.at("reports_of", text, start, floor=clause[0])
                     and GRAMMAR.at("told_false", text, end, limit=min(len(text), self.end + 160)))
                    or GRAMMAR.at("denied_reports", text, start,
                                  floor=max(self.start, start - _DENIED_REACH)))

    def _verb_roles(self, start: int, end: int, clause: tuple[int, int]) -> _Roles | None:
        text = self.text
        word = text[start:end].lower()
        left = text[clause[0]:start]
        counted = _COUNTED.match(text, end, clause[1])
        if counted is not None and not (_FEW_TIMES.search(counted.group())
                                        and _ON_A_DAY.match(text, counted.end(), clause[1])):
            return None
        if _UNDER.search(left):  # "came under rocket fire"
            target, target_name = self._target_side(clause[0], start)
            return _Roles(None, None, target, target_name, rule="under_attack")
        if word in ("launched", "fired") and _PASSIVE.search(left):
            # "five rockets were launched from Iraq towards a US military base"
            toward = _TOWARD.search(text[end:clause[1]])
            if not (toward and (self._munition(clause[0], start + 1) or self._act_launched(start, clause))):
                return None
            target, target_name = self._target_side(end + toward.end(), clause[1])
            return _Roles("instrument", None, target, target_name, rule="launched_toward")
        if self._intercepting(word) and _PASSIVE.search(left):
            return self._downed_roles(start, end, word, clause)
        passive = ("passive" if _PASSIVE.search(left)
                   else self._appositive(start, end, word) or self._reduced_passive(start, end, word, clause))
        if passive or self._bare_passive(start, end, word, clause):
            target, target_name = self._target_side(clause[0], start)
            if target == "us" and self._forces_only_as_objects(clause[0], start):
                return None  # "a commander accused of attacks on US troops was killed": not the troops
            if target is None and _PASSIVE_GERUND.search(left):  # "the tanker caught fire after being hit"
                target, target_name = self._target_side(max(self.lead, clause[0] - 150), clause[0])
            by = _BY.match(text, end) or _BY.search(text, end, min(clause[1], end + 40))
            agent, agent_name = (self._agent_side(by.end(), min(clause[1], by.end() + 60), first=True)
                                 if by else (None, None))
            return _Roles(agent, agent_name, target, target_name, rule=passive or "bare_passive")
        if self._victims_participle(start, end, word):
            return _Roles(None, None, "us", "US forces", rule="victims_participle")
        return self._active_roles(start, end, clause, word)

    def _bare_passive(self, start: int, end: int, word: str, clause: tuple[int, int]) -> bool:
        """A headline's passive without its auxiliary, after the US forces it tells of ("US Forces
        Attacked 23 Times", rule bare_passive): a capitalised verb, or a sentence-case headline's."""
        if _BARE_PASSIVE_AFTER.match(self.text, end, clause[1]) is None:
            return False
        headline = self._headline_line(word, start, clause)
        if self.text[start].isupper() or headline:
            return bool(self.names.within(self.names.us_forces, clause[0], start)) or (
                headline and self._militia_object(clause, start))
        return False

    def _militia_object(self, clause: tuple[int, int], start: int) -> bool:
        """Whether a headline's subject before its participle is the militias' or their sites
        ("Militia sites hit in <land>"), no US forces named in its line ("Militia struck at US base"
        is theirs to do): the sites were hit, the militia did nothing (twenty-first session: an
        attack on US forces no source told)."""
        return (self._target_side(clause[0], start)[0] in ("militia", "facility")
                and self._target_side(clause[0], clause[1])[0] != "us")

    def _headline_line(self, word: str, start: int, clause: tuple[int, int]) -> bool:
        """Whether the sentence is a line without a full stop, as headlines are set in sentence case
        ("US troops targeted at <base>"), and the word a verb of acting: a participle after its
        forces has no auxiliary there either ("US Navy shoots down drones" is no participle). Not a
        verb of harm ("7 US troops hurt in raid on <group>": hurt in their own raid, no attack on
        them), nor one after another act word of its clause ("US destroyers shot down drones fired
        by the Raiders": the drones were fired). (Twenty-first session: a US strike no source told.)"""
        line = self.text[self.start:self.end].strip()
        participle = (word.endswith("ed") or word in _PARTICIPLES) and not self._intercepting(word)
        return (participle and word not in _HARMED and bool(line) and "\n" not in line
                and line[-1] not in _STOPS and not any(clause[0] <= s < start for s in self.act_starts))

    def _victims_participle(self, start: int, end: int, word: str) -> bool:
        """"The three American soldiers killed at a base in <land> were ...": US forces named right
        before a bare participle of harm followed by a place or a time (``victims_participle``) are
        its victims. With no act word the harm is an attack only when the sentence tells a known
        event of the story (an accident kills too): the named event gives the act and its day."""
        if word not in _HARMED or not _VICTIMS_PARTICIPLE.match(self.text, end):
            return False
        forces = self.names.within(self.names.us_forces, max(self.start, start - 40), start)
        return (bool(forces) and not self.text[forces[-1].end:start].strip()
                and self._tells_known(start, end))

    def _reduced_passive(self, start: int, end: int, word: str, clause: tuple[int, int]) -> str:
        """"reduced_passive" for a participle followed right by its by-phrase with no auxiliary before
        it, when the by-phrase names a side or a means ("US base in Norland attacked by drones",
        "Militia depot hit by US jets", as headlines and reduced clauses write them): its subject is
        the target, never the agent; else "". Not a participle opening its clause ("Struck by a
        missile on May 2 in the strait, the tanker drifted"): its noun comes after, as read today."""
        if not (word.endswith("ed") or word in _PARTICIPLES) or self._intercepting(word):
            return ""
        if word in _LAUNCHED and self._munition_right_before(start):
            return ""  # "shot down drones launched by the Raiders": the munition's, read by launched_toward
        if not self.text[clause[0]:start].strip(" \t\n,;:-–—\"“‘'"):
            return ""
        by = _BY_RIGHT_AFTER.match(self.text, end)
        if by is None or by.end() > clause[1]:
            return ""
        agent, _ = self._agent_side(by.end(), min(clause[1], by.end() + 60), first=True)
        return "reduced_passive" if agent is not None else ""

    def _munitions_participle(self, word: str, start: int, end: int, clause: tuple[int, int]) -> bool:
        """A launch participle right after a munition with no aim after it: "a frigate engaged 14
        drones launched as a wave from the coast" tells where the munitions came from, not an act
        of the munitions (which, read so, took the kind of the warship that downed them); "drones
        launched toward the frigate" still names an aim."""
        return (word in _LAUNCHED and self._munition_right_before(start)
                and _TOWARD.search(self.text, end, clause[1]) is None)

    def _munition_right_before(self, start: int) -> bool:
        """Whether a munition's name ends right before ``start`` ("eighteen drones| fired by ...")."""
        weapons = self.names.within(self.names.weapons, max(self.start, start - 40), start)
        return bool(weapons) and not self.text[weapons[-1].end:start].strip()

    def _appositive(self, start: int, end: int, word: str) -> str:
        """"appositive_passive" when the act word is a participle set off by a comma after the noun
        it tells of ("the tanker Alder, struck by raiders on May 2, still burns"), else ""."""
        participle = word.endswith("ed") or word in _PARTICIPLES
        if not participle or self._intercepting(word):
            return ""
        comma = _AFTER_NOUN_COMMA.search(self.text, max(self.start, start - 4), start)
        return "appositive_passive" if comma and _APPOSITIVE.match(self.text, end) else ""

    def _active_roles(self, start: int, end: int, clause: tuple[int, int], word: str) -> _Roles | None:
        """Who does what to whom when the verb's subject is its agent ("militants fired rockets at")."""
        text = self.text
        agent, agent_name = self._subject(clause, start)
        if agent == "instrument" and any(
                f == "strike" and clause[0] <= s and not text[e:start].strip()
                and self._modifier_side(s, clause)[0] == "us" for s, e, f in self._nouns):
            return None  # "A US drone strike hit a car": the verb tells the US strike's act, read there
        gerund = (word.split()[0].endswith("ing")
                  and _GERUND_SUBJECT.search(text, max(self.start, start - 14), start))
        if gerund:
            # ", striking more than 85 targets": the subject of the clause does it; "forces reported
            # intercepting": the reporter (its clause ends before the report's verb)
            agent, agent_name = self._agent_side(clause[0] if gerund.group().startswith(",") else self.lead,
                                                 start, first=True)
        if word in _HARMED:
            return self._harm_roles((agent, agent_name), start, end, clause)
        if self._intercepting(word):
            if agent is None:
                agent, agent_name = self._interceptor(clause, start)
            return self._intercept_roles(agent, agent_name, word, end, clause) if agent == "us" else None
        if self._fell_or_seen(word, agent, end, clause):
            return None
        if word in ("launched", "fired", "launch", "fire"):
            if (not self._munition(end, clause[1]) or self._means_of_another_act(start, clause)
                    or self._munitions_participle(word, start, end, clause)):
                return None
            agent = agent or "instrument"
        target, target_name = self._object_side(start, end, clause)
        if self._acts_on_nothing(word, end, clause, target):
            return None
        return _Roles(agent, agent_name, target, target_name, rule="act_verb")

    def _interceptor(self, clause: tuple[int, int], start: int) -> tuple[Side | None, str | None]:
        """Who shot down, no name before the verb in its clause: a side's noun there ("the destroyer
        shot down"), else, for a verb coordinated after the clause before ("US forces struck a depot,
        and shot down two drones"), the sentence's subject."""
        agent = self._noun_agent(clause[0], start)
        if agent[0] is None and coordinated_after(self.text, clause[0], start):
            return self._agent_side(self.lead, clause[0], first=True)
        return agent

    def _fell_or_seen(self, word: str, agent: Side | None, end: int, clause: tuple[int, int]) -> bool:
        """No act: a munition that came down on nothing ("impacted on land", ``fell_on_nothing``),
        or a launch told as a thing a US side saw ("forces detected the launch of a missile",
        ``launch_as_noun``), or a munition's fall told after a US side's verb ("US forces detected
        a missile that impacted near the coast"): the US side did not do it. "Fell" is a fall only
        with a munition for its subject ("two rockets fell inside the base"; not "prices fell")."""
        if word in _MUNITION_SUBJECT and agent != "instrument":
            return True
        if word in _LANDING and (agent == "us" or GRAMMAR.at("fell_on_nothing", self.text, end,
                                                               limit=clause[1])):
            return True
        return (agent == "us" and word in ("launch", "fire")
                and GRAMMAR.at("launch_as_noun", self.text, end, limit=clause[1]) is not None)

    def _subject(self, clause: tuple[int, int], start: int) -> tuple[Side | None, str | None]:
        """The active verb's agent: a subject aimed somewhere, else the nearest name before the verb;
        a US-owned drone told as the subject ("A US drone struck a car") is the US's act. Never in
        a participle's phrase opening the clause ("Targeting U.S. forces, the group launched"):
        that names the phrase's object (issue 23)."""
        left = self._light_subject(clause[0], start)
        agent = self._aimed_agent(left, start) or self._agent_side(left, start)
        if agent[0] == "instrument" and self._us_means(clause[0], start):
            return "us", agent[1]
        return agent

    def _us_means(self, start: int, end: int) -> bool:
        """Whether the subject before the verb is a US-owned munition or drone told as one noun
        phrase ("A US drone", "An American MQ-9 drone"), the clause opening with it (``us_means``)."""
        weapons = self.names.within(self.names.weapons, start, end)
        us = [h for h in self.names.within(self.names.actors, start, end) if self.lex.side(h.name) == "us"]
        if not weapons or not us:
            return False
        weapon, owner = weapons[0], us[0]
        return (owner.end <= weapon.start and len(self.text[owner.end:weapon.start].split()) <= 1
                and GRAMMAR.at("us_means", self.text, start, limit=owner.start) is not None)

    def _means_of_another_act(self, start: int, clause: tuple[int, int]) -> bool:
        """"killed a commander with a missile fired from a drone": the participle tells where the
        munition of another act came from (``means_participle``), not an act of its own."""
        means = GRAMMAR.at("means_participle", self.text, start, floor=max(clause[0], start - 60))
        return means is not None and any(
            self.lex.topic.weapon(h.name).kind == "munition"
            for h in self.names.within(self.names.weapons, means.start(), start))

    def _harm_roles(self, agent: tuple[Side | None, str | None], start: int, end: int,
                    clause: tuple[int, int]) -> _Roles | None:
        """"an Iranian-made drone killed three US soldiers": only a weapon or a militia harming US
        forces is an act here (anything else killed or wounded is another story)."""
        target, target_name = self._target_side(end, min(clause[1], end + 60))
        side, name = agent
        if side is None and self._latest_of_attacks(start):
            side = "instrument"  # "The latest, in late January, killed three U.S. troops"
        if side == "us" and target not in (None, "us") and self._harmed_with_munition(end, clause):
            return _Roles(side, name, target, target_name, rule="harm_means")
        if side not in ("instrument", "militia") or target != "us":
            return None
        return _Roles(side, name, target, target_name, rule="act_verb")

    def _harmed_with_munition(self, end: int, clause: tuple[int, int]) -> bool:
        """"US forces killed a commander with a missile", "... via a drone": the US side's strike, the
        munition named right after the victims' words (``harm_means``)."""
        for hit in self.names.within(self.names.weapons, end, clause[1]):
            if self.lex.topic.weapon(hit.name).kind != "munition":
                continue
            return GRAMMAR.at("harm_means", self.text, hit.start, floor=max(end, hit.start - 40)) is not None
        return False

    def _latest_of_attacks(self, verb: int) -> bool:
        """"... their attacks on U.S. forces. The latest, in late January, killed ...": the sentence
        opens with "the latest" standing for the attacks the sentence before names."""
        return (_LATEST_ELIDED.match(self.text, self.start, verb) is not None
                and _ACTS_NAMED.search(self.text, max(0, self.start - _NAMED_REACH), self.start) is not None)

    def _aimed_agent(self, start: int, end: int) -> tuple[Side | None, str | None] | None:
        """"A drone launched against U.S. forces struck al-Tanf": a subject told with where it was
        aimed (issue 23: the form read nothing, US forces taken for the agent) is the munition named
        before the aim, when one is; else None (the subject as :meth:`_agent_side` reads it)."""
        aimed = _AIMED_SUBJECT.search(self.text, start, end)
        if aimed is None:
            return None
        side, name = self._agent_side(start, aimed.start())
        return (side, name) if side == "instrument" else None

    def _object_side(self, start: int, end: int, clause: tuple[int, int]) -> tuple[Side | None, str | None]:
        """What an active verb acted on: the side named after it in its clause, or, for an object
        pronoun ("the tanker's owner said gunmen boarded it"), the target's noun told before it;
        munitions hit before they flew are the attackers' ("struck a missile that was prepared to
        launch towards the sea": not the sea)."""
        if _BEFORE_LAUNCH.match(self.text, end, min(clause[1], end + 160)):
            return "militia", None
        # "US forces struck two sites in <land>, the US military said": the speaker is no object
        sayer = _SAYER_TAIL.search(self.text, end, min(len(self.text), clause[1] + _CUT_WORD))
        target, target_name = self._target_side(end, sayer.start() if sayer else clause[1])
        if target is None and _OBJECT_PRONOUN.match(self.text, end):
            owned = self.lex.target_nouns.search(self.text, self.start, start)
            return ("us", owned.group()) if owned else (None, None)
        return target, target_name

    def _acts_on_nothing(self, word: str, end: int, clause: tuple[int, int], target: Side | None) -> bool:
        """A profile's own verb ("seized", "boarded") acts only on a target it names before the
        clause's next act word: "the group, who seized much of the country, vowed to attack ships"
        seized no ship."""
        if word not in {verb.lower() for verb in self.lex.topic.vocabulary.act_verbs}:
            return False
        following = next((s for s in self.act_starts if end < s < clause[1]), clause[1])
        return target is None or (following < clause[1] and self._target_side(end, following)[0] is None
                                  and not _OBJECT_PRONOUN.match(self.text, end))

    def _intercept_roles(self, agent: Side, agent_name: str | None, word: str, end: int,
                         clause: tuple[int, int]) -> _Roles | None:
        """"U.S. forces at Al-Asad shot down two drones": what was downed was fired at them;
        "CENTCOM engaged and destroyed several weapon systems": what was engaged was firing."""
        # what was engaged first: "engaged the vehicle responsible for the missile attack" is the
        # launch team, not the missile
        if word in ("engaged", "engage") and _ENGAGED_THREAT.match(self.text, end, clause[1]):
            return _Roles(agent, agent_name, "militia", None, rule="engaged_threat")
        if _BEFORE_LAUNCH.match(self.text, end, min(len(self.text), end + 160)):
            return _Roles(agent, agent_name, "militia", None, rule="before_launch")
        if self._munition(end, clause[1]):
            return _Roles("instrument", None, "us", "US forces", True, "act_verb")
        return None

    def _downed_by_us(self, end: int, clause: tuple[int, int]) -> bool:
        """"Two missiles were shot down by fighter jets": the passive's "by" names the US side, in a
        story whose kinds include intercepts (elsewhere a munition downed near no base is nothing)."""
        by = _BY.match(self.text, end) or _BY.search(self.text, end, min(clause[1], end + 40))
        if by is None or not self.lex.topic.said.default("intercept"):
            return False
        reach = min(clause[1], by.end() + 60)
        side = self._agent_side(by.end(), reach, first=True)[0]
        # or by the side's noun ("shot down by the patrol boat"), a side of the US's role
        return side == "us" or (side is None and self._noun_agent(by.end(), reach)[0] == "us")

    def _downed_which(self, start: int, end: int, clause: tuple[int, int]) -> _Roles | None:
        """"... were attacked by drones and missiles, which were engaged and defeated": the munitions
        named right before the relative clause were downed (rule downed_which), by no one named or by
        the US side, in a story whose kinds include intercepts."""
        which = _DOWNED_WHICH.search(self.text, max(self.start, start - 80), start)
        if which is None or not self.lex.topic.said.default("intercept"):
            return None
        if not self._munition(max(self.start, which.start() - 160), which.start()):
            return None
        named = _BY.match(self.text, end) or _BY.search(self.text, end, min(clause[1], end + 40))
        if named is not None and not self._downed_by_us(end, clause):
            return None
        return _Roles("instrument", None, "us", "US forces", True, "downed_which")

    def _downed_roles(self, start: int, end: int, word: str, clause: tuple[int, int]) -> _Roles | None:
        """A munition told downed in the passive ("was shot down"): the US side's intercept, or none
        when it was downed in another story (:meth:`_downed_for_another`)."""
        if self._downed_for_another(start, end, clause):
            return None  # "a missile fired at <a land outside> was shot down": another side's
        # "an armed drone was shot down over Erbil airport": fired at the base that hosts US forces
        hosted = any(self.lex.topic.place(h.name).hosts_us_forces
                     for h in self.names.within(self.names.places, end, clause[1]))
        downed = hosted or self._downed_by_us(end, clause) or self._downed_unnamed(word, end, clause)
        if downed and self._munition(clause[0], start):
            return _Roles("instrument", None, "us", "US forces", True, "passive")
        return self._downed_which(start, end, clause)

    def _downed_for_another(self, start: int, end: int, clause: tuple[int, int]) -> bool:
        """A munition downed in another story: by a side that is a land outside the campaign ("was
        shot down by Israel's Arrow system": an [[actor]] named as an [outside] place), or, downed by
        no side of the US's, told as aimed at such a land with no target of the story's named ("a
        missile fired at Eilat was shot down over the Red Sea"): no intercept of the US side's."""
        by = _BY.match(self.text, end) or _BY.search(self.text, end, min(clause[1], end + 40))
        if by is not None:
            reach = min(clause[1], by.end() + 60)
            downers = self.names.within(self.names.actors, by.end(), reach)
            if any(h.name in self.lex.topic.outside for h in downers):
                return True
            if self._downed_by_us(end, clause):
                return False
        return bool(self.names.within(self.names.outside, *clause)) and self._owned(*clause) is None

    def _downed_unnamed(self, word: str, end: int, clause: tuple[int, int]) -> bool:
        """"However, the missile was shot down": a munition downed in the air with no by-phrase, in a
        story whose kinds include intercepts (only the US side downs the attackers' munitions there);
        not "drones were destroyed" (on the ground too: a strike's words, or another side's), nor a
        munition told as the US side's or another's (:meth:`_owned_by_another`)."""
        if word.startswith("destroy") or self._owned_by_another(clause[0], end):
            return False
        by = _BY.match(self.text, end) or _BY.search(self.text, end, min(clause[1], end + 40))
        return by is None and bool(self.lex.topic.said.default("intercept"))

    def _owned_by_another(self, start: int, end: int) -> bool:
        """Whether what was downed is told as a side's own other than the attackers' ("a US MQ-9
        Reaper drone was shot down", "an Israeli drone was downed"): then the story's attackers, or
        another side, downed it, and no intercept is told."""
        owners = [self.lex.side(h.name) for h in self.names.within(self.names.actors, start, end)]
        return bool(self.names.within(self.names.us_forces, start, end)) or any(
            side != "militia" for side in owners)

    def _intercepting(self, word: str) -> bool:
        return word in _INTERCEPT or word in self.lex.intercepts

    def _own_passive(self, end: int, verb: int) -> bool:
        """Whether the act word at ``verb`` is the noun's own passive ("a rocket attack was launched at
        a base": what follows it is the noun's target, not another act's)."""
        return (self.text[verb:verb + 9].lower().startswith(("launched", "fired"))
                and _ACT_LAUNCHED.fullmatch(self.text, end, verb) is not None)

    def _act_launched(self, start: int, clause: tuple[int, int]) -> bool:
        """Whether an act noun is the subject of the passive verb at ``start`` ("a rocket attack was
        launched at U.S. forces"): what was aimed, as a munition is."""
        passive = _ACT_LAUNCHED.search(self.text, clause[0], start)
        return passive is not None and any(e == passive.start() for _, e, _ in self._nouns)

    def _munition(self, start: int, end: int) -> bool:
        """Whether a munition is named near the start of ``[start, end)`` or right before its end
        (a passive's subject after a long opening: "At 3:45 p.m. (Lanport time) on Sunday, a missile
        was fired toward ...")."""
        # a munition that begins near the start counts however long its name ("shot down two
        # Raider-backed one-way attack uncrewed aerial vehicles over the Northern Gulf")
        near = (*(h for h in self.names.within(self.names.weapons, start, end) if h.start < start + 60),
                *self.names.within(self.names.weapons, max(start, end - 60), end))
        return any(self.lex.topic.weapon(h.name).kind == "munition" for h in near)

    def _modifier_side(self, start: int, clause: tuple[int, int]) -> tuple[Side | None, str | None]:
        """The noun's own modifiers ("U.S. airstrikes", "Iran-backed militia drone attack"),
        a possessive ("Israel's strike"), or the subject of a light verb ("CENTCOM conducted strikes")."""
        window = max(clause[0], start - 45)
        left = self.text[window:start]
        cut = max((m.end() for m in _MODIFIER_START.finditer(left)), default=0)
        side = self._agent_side(window + cut, start)
        light = _LIGHT_VERB.search(self.text, clause[0], start)
        if side[0] == "instrument":
            owner = self._instrument_owner(start, window + cut, clause[0], light)
            if owner is not None:
                return owner
        if side[0] is not None:
            return side
        if light:
            return self._agent_side(self._light_subject(clause[0], light.start()), light.start())
        aircraft = [h for h in self.names.within(self.names.weapons, *clause)
                    if self.lex.topic.weapon(h.name).kind == "aircraft"]
        if aircraft and _STRIKE_NOUN.match(self.text, start):
            # "those counterstrikes occurred Tuesday when an American AC-130 gunship ..."
            return "us", aircraft[0].name
        return None, None

    def _instrument_owner(self, start: int, left: int, clause: int,
                          light: re.Match[str] | None) -> tuple[Side | None, str | None] | None:
        """Whose means the drone (rocket) before an act noun is, when not the groups'."""
        if _STRIKE_NOUN.match(self.text, start):
            # "A U.S. drone strike", "The U.S. military conducted a drone strike on Sunday": the drone
            # is the US's means, the US the strike's agent (issue 23: the act was never read)
            subject = self._agent_side(left, start, first=True)
            if subject[0] != "us" and light:
                subject = self._agent_side(self._light_subject(clause, light.start()), light.start())
            # "A Turkish drone strike", "an Israeli drone strike": another side's means, its strike
            return subject if subject[0] in ("us", "other") else None
        # "The U.S. conducted a drone attack in Baghdad": the light verb's subject is the act's
        # agent, whatever its noun; only the US is taken so (a group's drone attack stays its own)
        subject = (self._agent_side(self._light_subject(clause, light.start()), light.start()) if light
                   else (None, None))
        return subject if subject[0] == "us" else None

    def _light_subject(self, clause: int, verb: int) -> int:
        """Where the light verb's subject may begin: after a participle's phrase that opens the clause
        ("Specifically targeting drone launches, the Command directed strikes": the drone is the
        phrase's object, no agent of the strikes; ``opening_participle``)."""
        opening = GRAMMAR.at("opening_participle", self.text, clause, limit=verb)
        return opening.end() if opening else clause

    def _agent_side(self, start: int, end: int, first: bool = False) -> tuple[Side | None, str | None]:
        """The side of the agent named in ``[start, end)``: the nearest name to the act (the
        subject), or the first after "by"; a US aircraft is the US, a drone or rocket an instrument."""
        if not first and _PRONOUN_SUBJECT.search(self.text, start, end) and start > self.start:
            # "CENTCOM said it conducted strikes": "it" is the last name before the clause
            start = self.start
        hits: list[tuple[Hit, Side]] = [(h, self.lex.side(h.name)) for h in
                                        self.names.within(self.names.actors, start, end)]
        hits += [(h, "us") for h in self.names.within(self.names.us_forces, start, end)]
        for weapon in self.names.within(self.names.weapons, start, end):
            kind = self.lex.topic.weapon(weapon.name).kind
            hits.append((weapon, "us" if kind == "aircraft" else "instrument"))
        if not first and _AND_VERB.search(self.text, max(start, end - 8), end):
            # "struck depots linked to Iran ... and hit": the owner of what was hit is no subject
            hits = [(h, side) for h, side in hits
                    if not _OBJECT_OWNER.search(self.text, max(start, h.start - 30), h.start)]
        if not hits:
            return None, None
        hits.sort(key=lambda pair: pair[0].start)
        hit, side = hits[0] if first else hits[-1]
        return side, hit.name

    def _noun_agent(self, start: int, end: int) -> tuple[Side | None, str | None]:
        """The role of the side whose noun is last in ``[start, end)`` ("the destroyer USS Carney
        shot down"); none in a profile without sides' nouns."""
        roles = {side.name: side.role for side in self.lex.topic.sides}
        found = [(m.start(), roles[side], m.group()) for side, nouns in self.lex.side_nouns
                 for m in nouns.finditer(self.text, start, end)]
        if not found:
            return None, None
        _, role, word = max(found)
        return role, word

    def _target_side(self, start: int, end: int, loose: bool = False) -> tuple[Side | None, str | None]:
        """The side of what was hit in ``[start, end)``: US forces or a base hosting them first."""
        names = self.names
        forces = names.within(names.us_forces, start, end)
        hosted = [h for h in names.within(names.places, start, end)
                  if self.lex.topic.place(h.name).hosts_us_forces]
        if forces or hosted or self._its_forces(start, end):
            return "us", (hosted[0].name if hosted else "US forces")
        if self._partners_base(start, end):
            return "other", None  # "a Peshmerga base", no US forces named: the local partners' own
        owned = self._owned(start, end)
        if owned:  # the story's sides' nouns ("a tanker", "the USS Carney"): what its attackers hit
            return "us", owned
        if self.lex.host_forces.search(self.text, start, end):
            return "other", None  # "rockets fired at Iraqi forces": another story
        # The US named alone in what was hit is a means or a speaker ("using US Air Force assets"),
        # not a target: US targets are its forces and bases, found above.
        # "... the attack on Americans, saying militant groups in Syria were behind it": its doers
        actors = [h for h in names.within(names.actors, start, end) if self.lex.side(h.name) != "us"
                  and not _DOER_TOLD_AFTER.match(self.text, h.end, self.end)]
        if actors and not loose:
            return self.lex.side(actors[0].name), actors[0].name
        if names.within(names.outside, start, end):
            return "other", None
        if actors:
            return self.lex.side(actors[0].name), actors[0].name
        if self.lex.strike_targets.search(self.text, start, end):
            return "facility", None
        if _BASE_WORDS.search(self.text[start:end]):
            return "base", None
        return None, None

    def _its_forces(self, start: int, end: int) -> bool:
        """"The US military thwarted an attack targeting its forces": forces told by "its" (rule
        its_forces) opening ``[start, end)`` (what was hit, right after its lead) are the US side's
        when every party the sentence names before them is of that side; another party named before
        ("the militia said ... its forces"), or none, leaves whose they are open. Deeper in the span
        they are no target ("a strike on launchers that threatened its forces")."""
        its = self.lex.its_forces.match(self.text, start)
        if its is None or its.end() > end:
            return False
        parties = self.names.within(self.names.actors, self.start, start)
        return bool(parties) and all(self.lex.side(p.name) == "us" for p in parties)

    def _victims(self, clause: tuple[int, int]) -> bool:
        """US victims told with the act in its clause: "three U.S. soldiers were killed in a drone
        attack", "the attack that killed three American soldiers"."""
        if not _VICTIMS.search(self.text, *clause):
            return False
        forces = self.names.within(self.names.us_forces, *clause)
        # "accused of attacks on US personnel was killed": a preposition's object is not the subject
        return any((_VICTIM_AFTER.match(self.text, f.end, clause[1])
                    and not _FORCES_AS_OBJECT.search(self.text, max(clause[0], f.start - 20), f.start)) or
                   _VICTIM_BEFORE.search(self.text, max(clause[0], f.start - 40), f.start) for f in forces)

    # ---- kind ---------------------------------------------------------------------------

    def _kind(self, roles: _Roles, start: int, end: int, clause: tuple[int, int]) -> EventType | None:
        agent, target = roles.agent, roles.target
        strike_word = bool(_STRIKE_NOUN.match(self.text, start))
        verb_word = bool(verbs_of(self.lex).fullmatch(self.text, start, end))
        if (self._outside(clause) or self._us_enemy((end, clause[1]))
                or roles.agent_name in self.lex.us_enemies):
            return None  # Yemen, the Red Sea; a raid targeting ISIS, an attack by the Houthis: other stories
        if target == "us":
            return self._on_target(roles, clause, end, start)
        if (agent == "us" and not strike_word and not verb_word and target not in ("militia", "facility")
                and not _REPRISAL.search(self.text, self.start, self.end)):
            # "it carried out the attack": the US's acts are strikes, an attack is the groups'; but
            # "the US launched the attacks in retaliation for ..." tells a strike
            return None
        if agent == "us":
            if target == "militia" or (target in ("facility", None, "base") and not self._other_enemy(clause)
                                       and self._militia_story()):
                return self._of("strike", clause)
            return None
        # "a drone strike on a remote base in Jordan": a drone strike no side's own, on a base no
        # side's own, is the attackers' (the US's drone strikes hit its enemies' sites; issue 23)
        unowned = not strike_word or (agent == "instrument" and target == "base")
        if agent in ("militia", "instrument") and target in ("base", None) and unowned:
            placed = self._campaign_place(clause) or (target is None and self._placed_just_before())
            return self._of("attack", clause, end, start) if placed else None
        us_hit = strike_word or self.text[start:end].lower() in ("targeted", "hit", "killed")
        if agent is None and target in ("militia", "facility") and us_hit and self._us_named():
            # "CENTCOM said the commander killed on Feb. 7 was targeted ..."
            # (its kind as its sentence's words tell it: "described it as a self-defense strike")
            return self._of("strike", clause) if target == "militia" or self._militia_story() else None
        if agent is None and target in ("militia", "facility", None) and strike_word:
            # "retaliatory strikes on more than 85 targets": a named US strike
            return self._known_act(start, end, "strike")
        if agent is None and target is None and not strike_word:
            return self._known_act(start, end, "attack")  # "the Jordan attack"
        return None

    def _on_target(self, roles: _Roles, clause: tuple[int, int], end: int, start: int) -> EventType | None:
        """An act on the story's target: an intercept when its munitions were shot down and the
        story has intercepts; else an attack, when no one but the attacking side did it."""
        if roles.intercepted and self.lex.topic.said.default("intercept"):
            return self._of("intercept", clause, end, start)
        if roles.agent is None and self._bystanders_hit(roles.target_name) and (
                not self._militia_named() or self._done_by_other()):
            # "the hijacking of a vessel" in an article naming no attacker of the story's, or in a
            # sentence that says another did it ("boarded by pirates ... when it was hijacked")
            return None
        if roles.agent is None and self._answered_on_enemy(clause, start):
            return None
        attacker = roles.agent in (None, "militia", "instrument")
        return self._of("attack", clause, end, start) if attacker else None

    def _answered_on_enemy(self, clause: tuple[int, int], start: int) -> bool:
        """An attack with no doer told as the cause of an answer that hits an enemy of the US in another
        story ("jets struck <ISIS> targets ... in retaliation for the attack that killed two soldiers"):
        the attack is that enemy's, unless the sentence names one of the story's attackers too."""
        if _CAUSE.match(self.text, clause[0], start) is None:
            return False
        actors = [h for h in self.names.within(self.names.actors, self.start, self.end)
                  if not clause[0] <= h.start < clause[1]]
        return (any(h.name in self.lex.us_enemies for h in actors)
                and not any(self.lex.side(h.name) == "militia" for h in actors))

    def _bystanders_hit(self, target: str | None) -> bool:
        """Whether what was hit is the assets of a side that only suffers the story's acts (its
        role ``other``: merchant ships), which others than the story's attackers hit too, or
        whatever is in an area that is its own country (a sea: ships, whoever's)."""
        if target is None:
            return False
        if any(place.name == target == place.country for place in self.lex.topic.places):
            return True
        roles = {side.name: side.role for side in self.lex.topic.sides}
        return any(roles[side] == "other" and nouns.fullmatch(target) for side, nouns in self.lex.side_nouns)

    def _done_by_other(self) -> bool:
        """Whether the sentence names, after a verb of acting and "by", a doer of neither the story's
        attackers nor its targets ("was boarded by pirates"), and names none of its attackers."""
        hits = self.names.within(self.names.actors, self.start, self.end)
        if any(self.lex.side(h.name) == "militia" for h in hits):
            return False
        verbs = verbs_of(self.lex)
        for hit in hits:
            by = _VERB_BY.search(self.text, max(self.start, hit.start - 40), hit.start)
            if self.lex.side(hit.name) == "other" and by and verbs.fullmatch(by['verb']):
                return True
        return False

    def _militia_named(self) -> bool:
        """Whether the article names anyone of the attacking side."""
        return any(self.lex.side(name) == "militia" for name in self.names.actor_names)

    def _of(self, act: Act, clause: tuple[int, int], end: int | None = None,
            start: int | None = None) -> EventType | None:
        """The story's kind of ``act`` told here: the act's kind whose target side's nouns its
        clause names first after the act word (``end``; else before it), else the one its cues
        (``when``) choose in the sentence or the clause."""
        said = self.lex.topic.said
        if end is not None and self.lex.side_nouns:
            # what follows the act word ("fired at the USS Carney"), else what comes before it
            # (a passive's subject: "two U.S. warships were attacked")
            # (not a subject that fended it off: "warships repelled the attack")
            party = self._party(end, clause[1]) or self._defended_party(clause, start) or (
                None if start is not None and _REPELLED.search(self.text, clause[0], start)
                else self._party(clause[0], end)) or self._gerund_subject_party(clause, start)
            aimed = [kind for kind in said.of_act(act) if party and said.kind(kind).target == party]
            if aimed:
                # aimed at that side: its kind, whatever its cues
                return said.choose_among(aimed, self.text[self.start:self.end], self.text[slice(*clause)],
                                         aimed[0])
        return said.choose(act, self.text[self.start:self.end], self.text[slice(*clause)])

    def _defended_party(self, clause: tuple[int, int], start: int | None) -> str | None:
        """The party of what the clause's subject defended from the act ("destroyers defended two
        merchant ships from a drone attack": the ships; rule defended_from)."""
        if start is None:
            return None
        defended = _DEFENDED_FROM.search(self.text, clause[0], start)
        return self._party(*defended.span("what")) if defended else None

    def _gerund_subject_party(self, clause: tuple[int, int], start: int | None) -> str | None:
        """The party of the main clause's subject, for a passive gerund ("the USS Example kept on
        patrol after being targeted": rule passive_gerund)."""
        if start is None or not _PASSIVE_GERUND.search(self.text, clause[0], start):
            return None
        return self._party(max(self.lead, clause[0] - 150), clause[0])

    def _owned(self, start: int, end: int) -> str | None:
        """The first of the sides' nouns in ``[start, end)`` that is no part of a munition's name
        ("strikes on an unmanned surface vessel" hit a drone boat, not a ship)."""
        weapons = self.names.within(self.names.weapons, start, end)
        return next((m.group() for m in self.lex.target_nouns.finditer(self.text, start, end)
                     if not any(w.start <= m.start() and m.end() <= w.end for w in weapons)), None)

    def _party(self, start: int, end: int) -> str | None:
        """The side whose nouns come first in ``[start, end)`` ("at the USS Carney": the US Navy);
        never a noun inside a munition's name ("destroyed an unmanned surface vessel": no ship's)."""
        weapons = self.names.within(self.names.weapons, start, end)
        found = [(m.start(), side) for side, nouns in self.lex.side_nouns
                 for m in nouns.finditer(self.text, start, end)
                 if not any(w.start <= m.start() and m.end() <= w.end for w in weapons)]
        return min(found)[1] if found else None

    def _known_act(self, start: int, end: int, family: str) -> EventType | None:
        """The kind of a named event of the topic that this act's own words tell, if any."""
        zone = self.text[slice(*self._zone(start, end))]
        folded = fold(zone)  # once, not once for each event
        for event in self.lex.topic.known_events:
            same = self.lex.topic.said.attack(event.type) == (family == "attack")
            if same and event.told_in(zone, folded):
                return event.type
        return None

    def _anaphor(self, roles: _Roles, start: int, verb: bool) -> bool:
        """A definite act noun with no side of its own ("the strike", "these attacks")."""
        if verb or roles.agent in ("other",) or roles.target in ("other",):
            return False
        return bool(_DEFINITE.search(self.text, max(self.start, start - 30), start))

    def _militia_story(self) -> bool:
        """Whether a strike on unnamed "targets" can be this campaign's: the article names the
        groups, or at least no other enemy of the US (ISIS, the Houthis)."""
        return _militia_story(self.names, self.lex)

    def _outside(self, clause: tuple[int, int]) -> bool:
        """Placed only outside the campaign's countries (Yemen, the Red Sea, Israel): by its clause,
        or, when the clause names no place at all, by its sentence ("a warship shot down drones
        while answering distress calls from ships in the Red Sea")."""
        names = self.names
        inside = self._names_a_place(clause)
        if not (inside or names.within(names.outside, *clause)):
            clause = (self.start, self.end)
            inside = self._names_a_place(clause)
        return bool(names.within(names.outside, *clause)) and not inside

    def _names_a_place(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` names a place or a country of the campaign."""
        names = self.names
        return bool(names.within(names.places, *span) or names.within(names.countries, *span))

    def _us_enemy(self, clause: tuple[int, int]) -> bool:
        return any(h.name in self.lex.us_enemies for h in self.names.within(self.names.actors, *clause))

    def _other_enemy(self, clause: tuple[int, int]) -> bool:
        return any(self.lex.side(h.name) == "other" for h in self.names.within(self.names.actors, *clause))

    def _placed_just_before(self) -> bool:
        """"<Bases in Iraq that host U.S. forces were attacked>. Two separate drone attacks took place
        on Wednesday": a sentence that names no place and no target, after one of its paragraph that
        names the campaign's place and the US side's forces: the paragraph's acts (issue 23). Not one
        that tells a target or names another side ("took place on Wednesday, targeting a Turkish
        outpost, Ankara said": that side's)."""
        para = self.text.rfind("\n", 0, self.start) + 1
        names = self.names
        return (not self._names_a_place((self.start, self.end))
                and not names.within(names.outside, self.start, self.end)
                and not _TARGET_PREP.search(self.text, self.start, self.end)
                and not self._other_enemy((self.start, self.end))
                and self._paragraph_country() is not None
                and bool(names.within(names.us_forces, para, self.start)))

    def _paragraph_country(self) -> str | None:
        """The one campaign country the sentence's paragraph names before it (by a place or by its
        name), if one."""
        para = self.text.rfind("\n", 0, self.start) + 1
        names, topic = self.names, self.lex.topic
        found = {topic.place(h.name).country for h in names.within(names.places, para, self.start)}
        found |= {h.name for h in names.within(names.countries, para, self.start)}
        found &= set(topic.campaign.countries)
        return found.pop() if len(found) == 1 else None

    def _campaign_place(self, clause: tuple[int, int]) -> bool:
        return bool(self.names.within(self.names.places, *clause)
                    or self.names.within(self.names.countries, *clause))

    def _us_named(self) -> bool:
        names = self.names
        return any(self.lex.side(h.name) == "us" for h in names.within(names.actors, self.start, self.end))

    def _claimed(self, start: int) -> bool:
        """A group's own claim: a claim word before the act whose speaker (the last name before
        it) is a militia ("The Islamic Resistance in Iraq said it targeted ...")."""
        governing = _CLAIM_OF_ACT.search(self.text, max(self.start, start - 80), start)
        if governing is not None:  # "had claimed responsibility for several attacks", unless the US's
            speakers = self.names.within(self.names.actors, self.start, governing.start())
            us_forces = self.names.within(self.names.us_forces, self.start, governing.start())
            if not us_forces and not (speakers and self.lex.side(speakers[0].name) in ("us", "other")):
                return True
        claim = None
        for match in _CLAIM.finditer(self.text, self.start, start):
            claim = match
        if claim is None:
            return False
        # the speaker is the sentence's first name before the claim word ("A group calling itself
        # the Islamic Resistance in Iraq — which has claimed attacks on US forces — said it ..."),
        # or, when none is, the first after it ("In a statement on its television, the group's
        # spokesman said ...")
        speakers = (self.names.within(self.names.actors, self.start, claim.start())
                    or self.names.within(self.names.actors, claim.end(), start))
        return bool(speakers) and self.lex.side(speakers[0].name) == "militia"

    def _unnamed_group_said(self, kind: EventType, start: int) -> bool:
        """An attack told in the words of a group the sentence names by no name ("An Iraqi group
        says it targeted the garrison"): the subject of the claim word before the act is a generic
        group noun (rule ``unnamed_group_says``), so the act is the group's claim, as it is when
        the group is named."""
        if not self.lex.topic.said.attack(kind):
            return False
        claim = _CLAIM.search(self.text, self.start, start)
        return claim is not None and GRAMMAR.at("unnamed_group_says", self.text, claim.start(),
                                                floor=self.start) is not None

    def _voice_said(self, kind: EventType, start: int) -> bool:
        """An attack told by a voice of the attacking side ("Yahya Saree said the Houthis' naval
        forces targeted the tanker"): the group's spokesman or leader (its actor's ``voices``, not
        its forces) saying the act is the group's claim, with or without a claim word."""
        if not self.lex.topic.said.attack(kind):
            return False
        for hit in self.names.within(self.names.actors, self.start, start):
            if self.lex.side(hit.name) != "militia" or not _VOICE_SAID.match(self.text, hit.end, start):
                continue
            written = self.text[hit.start:hit.end].casefold()
            if any(written == voice.casefold() for voice in self.lex.topic.actor(hit.name).voices):
                return True
        return False

    def _other_year(self, clause: tuple[int, int]) -> bool:
        start_year = self.lex.topic.campaign.start.year
        return any(int(m.group()) < start_year for m in _YEAR.finditer(self.text, *clause))

    def _weapons(self, kind: EventType, clause: tuple[int, int]) -> tuple[str, ...]:
        """Aircraft for strikes, munitions for attacks: the other kind belongs to another event."""
        want = "aircraft" if self.lex.topic.said.act(kind) == "strike" else "munition"
        hits = self.names.within(self.names.weapons, *clause)
        # "F-15 fighter jets": the generic noun of a named craft is not a craft of its own
        heads = {h.start for h, before in zip(hits[1:], hits, strict=False) if h.start - before.end <= 1}
        return tuple(dict.fromkeys(h.name for h in hits
                                   if self.lex.topic.weapon(h.name).kind == want and h.start not in heads))

    # ---- where --------------------------------------------------------------------------

    def _per_country(self, mention: Mention) -> Iterator[Mention]:
        """One mention per country: a strike "in Iraq and Syria" is two events."""
        countries = self._countries(mention)
        if self.lex.topic.said.act(mention.type) != "strike":
            # one attack is in one place, unless it names bases in two countries ("attacked Ain
            # al-Asad Air Base in Iraq and Mission Support Site Euphrates in Syria")
            # (a place that is its own country, a sea, is no base: "in one sea, south of another")
            named = [self.lex.topic.place(h.name)
                     for h in self.names.within(self.names.places, mention.end, mention.clause[1])]
            bases = {each.country for each in named if each.hosts_us_forces and each.country != each.name}
            shared = (_SHARED_OUT.search(self.text, mention.end, mention.clause[1])
                      or _TIMES_OVER.search(self.text, mention.end, mention.clause[1])
                      or (mention.plural and _SPREAD_OVER.search(self.text, mention.end, mention.clause[1]))
                      or (mention.plural and len(bases | self._sites_counted_in(mention)) >= 2))
            if len(countries) > 1 and self._placed_by_main_clause(mention):
                countries = []  # "raids began in Norland, Sudland after troops were killed": unsaid
            countries = countries if len(bases) >= 2 or shared else countries[:1]
        else:
            yield from self._downed_at_sea(mention, countries)
            countries = [c for c in countries if self.lex.topic.campaign.struck_in(c)]
            if not mention.plural and len(countries) > 1 and not self._names_a_place(mention.clause):
                countries = []  # one strike, two countries named elsewhere in the sentence: which is unsaid
        if not countries and _BOTH.search(self.text, *mention.clause):
            # "in both countries": the two the story has just named
            countries = self._named_before(mention.sentence[0])
        if (not countries and mention.target is None and mention.act == "attack"
                and self._placed_just_before()):
            countries = [c for c in (self._paragraph_country(),) if c is not None]  # the paragraph's
        if not countries:
            yield mention
            return
        for country in countries:
            places = tuple(p for p in mention.places if self.lex.topic.place(p).country == country)
            yield from self._per_base(Mention(**{**mention.__dict__, "country": country, "places": places}))

    def _sites_counted_in(self, mention: Mention) -> set[str]:
        """The countries of a number of sites the act's clause tells it at ("and three positions in
        Syria", rule sites_counted_in): with a named base of another country, one attack in each."""
        found: set[str] = set()
        for match in _SITES_COUNTED_IN.finditer(self.text, mention.end, mention.clause[1]):
            found |= {h.name for h in self.names.within(self.names.countries, match.start(), match.end())}
        return found

    def _placed_by_main_clause(self, mention: Mention) -> bool:
        """Whether the act's own words name no country and a clause of its own opens between the
        sentence's last country before it and the act word: those countries are the main clause's."""
        start, end = mention.end, mention.clause[1]
        named = [h for h in self.names.within(self.names.places, start, end)
                 if self.lex.topic.place(h.name).country in self.lex.topic.campaign.countries]
        if named or any(h.name in self.lex.topic.campaign.countries
                        for h in self.names.within(self.names.countries, start, end)):
            return False
        before = self.names.within(self.names.countries, mention.sentence[0], mention.start)
        return bool(before) and _SUBORDINATE.search(self.text, before[-1].end, mention.start) is not None

    def _downed_at_sea(self, mention: Mention, countries: list[str]) -> Iterator[Mention]:
        """A strike's verb whose first object is the attackers' munitions in an area where only
        attacks and intercepts happen, its next a site where strikes hit ("destroyed four drone boats
        in the Red Sea and one radar site in Yemen"): the munitions downed there are an intercept."""
        campaign, said = self.lex.topic.campaign, self.lex.topic.said
        kind = said.default("intercept")
        if kind is None or not self._intercepting(self.text[mention.start:mention.end].lower()):
            return
        struck = [c for c in countries if campaign.struck_in(c)]
        areas = [h for h in self.names.within(self.names.countries, mention.end, mention.clause[1])
                 if h.name in countries and not campaign.struck_in(h.name) and campaign.attacked_in(h.name)]
        if not struck or len(areas) != 1 or not self._munition(mention.end, areas[0].start):
            return
        if any(campaign.struck_in(h.name)
               for h in self.names.within(self.names.countries, mention.end, areas[0].start)):
            return  # "destroyed missiles in Yemen aimed at the Red Sea": the strike's, where it hit
        yield Mention(**{**mention.__dict__, "type": kind, "act": said.act(kind), "country": areas[0].name,
                         "places": (), "target": None, "rule": "downed_at_sea"})

    def _per_base(self, mention: Mention) -> Iterator[Mention]:
        """"Two attacks occurred at U.S. bases in Al-Shaddadi and the Omar oil field": attacks
        told together on two bases are one event each."""
        bases = [p for p in mention.places if self.lex.topic.place(p).hosts_us_forces]
        if not self.lex.topic.said.attack(mention.type) or not mention.plural or len(bases) < 2:
            yield mention
            return
        for base in bases:
            yield Mention(**{**mention.__dict__, "places": (base,), "target": base})

    def _named_before(self, start: int) -> list[str]:
        names = self.names
        window = (max(0, start - 400), start)
        found = [self.lex.topic.place(h.name).country for h in names.within(names.places, *window)]
        found += [h.name for h in names.within(names.countries, *window)]
        ordered = list(dict.fromkeys(c for c in found if c in self.lex.topic.campaign.countries))
        return ordered if len(ordered) == 2 else []

    def _in_a_name(self, position: int) -> bool:
        """Whether a country's name is part of a group's ("the Islamic Resistance in Iraq")."""
        return any(h.start <= position < h.end for h in self._actors)

    @functools.cached_property
    def _actors(self) -> list[Hit]:
        """The groups named in the sentence."""
        return list(self.names.within(self.names.actors, self.start, self.end))

    @functools.cached_property
    def _groups_homes(self) -> list[tuple[int, int]]:
        """Where the sentence tells where groups are ("militias that operate in Iraq and Syria",
        right after a group of the attacking side, never US forces "that are based in Syria"):
        from the words that say it to the end of their clause."""
        groups = [h.end for h in self._actors if self.lex.side(h.name) == "militia"]
        homes = [(m.start(), self.clause(m.end())[1])
                 for m in _GROUPS_WHERE.finditer(self.text, self.start, self.end)
                 if m.group().startswith(",") or any(0 <= m.start() - end <= 25 for end in groups)]
        # "groups operating in Iraq and Syria for the attack on a base in Jordan": those places only
        return homes + [(m.start(), m.end()) for m in _GROUPS_BASED.finditer(self.text, self.start, self.end)
                        if any(0 <= m.start() - end <= 25 for end in groups)]

    def _countries(self, mention: Mention) -> list[str]:
        names = self.names
        # "... used by groups that operate in Iraq and Syria": where the groups are, not the act
        relative = _RELATIVE_CLAUSE.search(self.text, mention.end, mention.clause[1])
        right_end = relative.start() if relative else mention.clause[1]
        # "the strike ... to end attacks against its forces in Syria and Iraq": the next act's
        right_end = next((s for s in self.act_starts if mention.end < s < right_end), right_end)
        own = (mention.end, right_end)
        strike = self.lex.topic.said.act(mention.type) == "strike"
        zones = (own, mention.clause, mention.sentence) if not mention.anaphor else (own,)
        # "..., after months of rocket and drone fire at bases in Iraq and Syria": the campaign's places
        span = _SPAN_OF_ACTS.search(self.text, mention.end, mention.sentence[1])
        homes = self._groups_homes + ([(span.start(), mention.sentence[1])] if span else [])
        # nor, when its own words name none, by the clause's or sentence's: "the strike ... to stop
        # attacks on its forces in Syria and Iraq" places the attacks, an act of the other family
        homes += self._other_familys(mention)
        for start, end in zones:
            hits = [(h.start, self.lex.topic.place(h.name).country)
                    for h in names.within(names.places, start, end)]
            hits += [(h.start, h.name) for h in names.within(names.countries, start, end)
                     if not border_named(self.text, h.start, h.end)]
            hits = [(at, c) for at, c in hits if not any(a <= at < b for a, b in homes)]
            # "rockets launched from Iraq towards a base in Syria": where it came from is not where
            found = [c for at, c in sorted(hits) if c in self.lex.topic.campaign.countries
                     and not _ORIGIN.search(self.text, max(0, at - 12), at) and not self._in_a_name(at)
                     and not border_side(self.text, at)
                     and (strike or self.lex.topic.campaign.attacked_in(c))]
            if found:
                return list(dict.fromkeys(found))
        return []


# ---- who claims ---------------------------------------------------------------------------

def claimant(text: str, names: Names, lex: Lexicons, start: int, end: int, cue: int) -> str | None:
    """The group that claims, in the sentence ``[start, end)`` whose claim word is at ``cue``:
    the group named after "claimed by", else the first group named before the claim word that
    is not only its sponsor ("the umbrella group of militias backed by Iran ... claimed": not
    Iran), else the first after it ("a statement from <group>"); a named group before the
    generic words; None when no group on the claiming side is named."""
    groups = [h for h in names.within(names.actors, start, end) if lex.side(h.name) == "militia"]
    after = [h for h in groups
             if h.start >= cue and _CLAIMED_BY.search(text, max(start, h.start - 40), h.start)]
    own = [h for h in groups if not _sponsor(text, h, start, lex)]
    before = [h for h in own if h.end <= cue]
    for hits in (after, before, own):
        named = [h for h in hits if not lex.topic.actor(h.name).generic]
        if named or hits:
            return (named or hits)[0].name
    return None


def _sponsor(text: str, hit: Hit, start: int, lex: Lexicons) -> bool:
    if lex.topic.actor(hit.name).generic:
        return False  # "Iran-backed militias claimed": the words for the groups themselves
    return bool(_SPONSOR_BEFORE.search(text, max(start, hit.start - 30), hit.start)
                or _SPONSOR_AFTER.match(text, hit.end))


# the claiming group told back ("the group said it attacked the base", "The group has claimed
# more than 150 attacks"): named just before
THE_GROUP = re.compile(r"\b(?:the|The)\s+(?:group|militants|militia|faction|movement|organi[sz]ation|network"
                       r"|coalition)\s*(?:(?:has|have|had)\s+)?$")
TOLD_BACK = 600  # characters before the sentence where the group told back is looked for


def told_back(text: str, lex: Lexicons, names: Names, start: int) -> str | None:
    """The last group named in the sentences just before (the one a claim tells back), else None."""
    named = [h for h in names.within(names.actors, max(0, start - TOLD_BACK), start)
             if lex.side(h.name) == "militia" and not lex.topic.actor(h.name).generic]
    return named[-1].name if named else None
