"""Where an event happened: an attack's site (the installation the gazetteer names), a strike's
facilities (what it hit, as the report writes it), and the event's coordinates."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ...model import Article, Coordinates, Event, Named
from ...rules import Rules, grammar
from ...text import all_sentences
from ...topic import Hit, Place
from ..lexicon import Lexicons
from .sentences import (
    ATTACK_TOLD,
    JOINED_READERS,
    Window,
    evidence_of,
    in_article,
    its_base,
    other_month,
    side_rule,
)


def site_of(article: Article, event: Event, own: Sequence[tuple[Window, str]], lex: Lexicons) -> Named | None:
    """The installation named in the report's own sentences, as the gazetteer calls it. Only an
    attack's: the gazetteer's sites are the bases the US forces hold, which a strike answering an
    attack on one does not hit ("a gunship answered the fire at Al-Asad Airbase")."""
    if not lex.topic.said.attack(event.type):
        return None
    for window, text in own:
        if _SHARE_OF_ATTACKS.search(text):
            continue  # "most of the recent attacks have targeted Al-Asad and al-Tanf": the campaign's bases
        for hit in in_article(lex.places.find(text), window):
            place = lex.topic.place(hit.name)
            joined = window.joined and its_base(hit.name, event, lex)
            if place.site and (hit.name in event.places or joined):
                return Named(hit.name, evidence_of(article, window.start, window.end))
            base = _town_base(text, hit.start - window.start, hit.end - window.start)
            if base and place.hosts_us_forces and hit.name in event.places:
                return Named(hit.name, evidence_of(article, window.start, window.end), base)
    return _unplaced(article, event, own, lex) or _site_by_its_town(article, event, own, lex)


def may_name_site(text: str, event: Event, lex: Lexicons) -> bool:
    """Whether a joined sentence may give :func:`site_of` anything: it names an installation, or a
    town US forces are at ("a base near Erbil"); never when the event is a strike."""
    return lex.topic.said.attack(event.type) and any(
        (place := lex.topic.place(hit.name)).site or place.hosts_us_forces for hit in lex.places.find(text))


JOINED_READERS["sites"] = may_name_site


def _unplaced(article: Article, event: Event, own: Sequence[tuple[Window, str]],
              lex: Lexicons) -> Named | None:
    """The installation of an attack's own sentence when the reading placed the attack nowhere but in
    its country ("The Ain al-Asad air base, which hosts US forces, was targeted by drones Thursday",
    "a series of attacks, including one on Erbil Air Base on Christmas morning"): the one site the
    sentence names, in the attack's country; never in a sentence of other months or of a share of
    the campaign's attacks."""
    if event.places or event.country is None:
        return None
    for window, text in own:
        if not window.own or _SHARE_OF_ATTACKS.search(text) or other_month(text, event):
            continue
        sites = {h.name for h in lex.places.find(text) if lex.topic.place(h.name).site}
        if len(sites) == 1 and lex.topic.place(next(iter(sites))).country == event.country:
            return Named(next(iter(sites)), evidence_of(article, window.start, window.end))
    return None


def _site_by_its_town(article: Article, event: Event, own: Sequence[tuple[Window, str]],
                      lex: Lexicons) -> Named | None:
    """The one installation of an attack's own sentence when the reading placed the attack only at
    the town the sentence tells it lies by ("al Asad base, which is west of Baghdad, ...": the
    attack placed at Baghdad): every place of the event the sentence names comes right after the
    installation, after a bearing (rule site_bearing of the sites' grammar)."""
    if any(lex.topic.place(p).site for p in event.places):
        return None
    bearing = _site_rule(lex, "site_bearing")
    for window, text in own:
        if not window.own or _SHARE_OF_ATTACKS.search(text) or other_month(text, event):
            continue
        hits = list(lex.places.find(text))
        sites = [h for h in hits if lex.topic.place(h.name).site]
        if len({h.name for h in sites}) != 1 or lex.topic.place(sites[0].name).country != event.country:
            continue
        at = sites[0].end
        towns = [h for h in hits if h.name in event.places]
        if towns and all(h.start > at and bearing.fullmatch(text[at:h.start]) for h in towns):
            return Named(sites[0].name, evidence_of(article, window.start, window.end))
    return None


# a share of the campaign's attacks, told with the bases they hit
_SHARE_OF_ATTACKS = re.compile(r"\b(?:majority|most|many|all|some|dozens|scores)\s+of\s+(?:the\s+|these\s+)?"
                               r"(?:recent\s+|latest\s+)?(?:attacks|strikes)\b", re.I)


def only_site(article: Article, event: Event, others: Sequence[Event], lex: Lexicons) -> Named | None:
    """The one installation an article names in the country of its one attack there, when the
    attack's own sentences name no place ("a drone killed three US soldiers in Jordan" in the lede,
    "the outpost, Tower 22," further down): no other attack of the article can be its."""
    said = lex.topic.said
    if (not said.attack(event.type) or event.country is None
            or any(lex.topic.place(p).site for p in event.places)
            or any(said.attack(o.type) and o.country == event.country for o in others)):
        return None
    found: dict[str, tuple[Hit, str]] = {}
    clean = article.clean[:_ARTICLE_READ]
    for hit in lex.places.find(clean):
        place = lex.topic.place(hit.name)
        base = _town_base(clean, hit.start, hit.end) if place.hosts_us_forces and not place.site else None
        if (place.site or base) and place.country == event.country and _beside(place, event, lex):
            found.setdefault(hit.name, (hit, base or ""))
    if len(found) != 1:
        return None
    (name, (hit, base)), = found.items()
    start, end = next(((s, e) for _, s, e in all_sentences(article.clean) if s <= hit.start < e),
                      (hit.start, hit.end))
    return Named(name, evidence_of(article, start, end), base)


def _beside(place: Place, event: Event, lex: Lexicons) -> bool:
    """Whether an installation can be where an attack placed only at a town was: it is the one
    installation the gazetteer puts at the same point as one of the event's places ("near Rukban",
    "Tower 22"; not a city's, where several are); any, when the attack names no place."""
    if not event.places:
        return True
    points = {(at.lat, at.lon) for p in event.places if (at := lex.topic.place(p).at) is not None}
    there = [p.name for p in lex.topic.places
             if p.site and p.at is not None and (p.at.lat, p.at.lon) in points]
    return there == [place.name]


_ARTICLE_READ = 20_000  # characters of an article read for its one site (a long report's lede is first)


# What a strike hit, in the words reports use for the groups' installations: "a weapons storage
# facility", "an operations center and a command and control node", "a training facility and a
# safe house", "weapons storage and logistics hubs"; at least one word saying what it is for
_FOR = (r"weapons|arms|storage|ammunition|munitions|command|control|operations|operation|training"
        r"|logistics|logistical|intelligence|drone|UAV|rocket|missile|supply|launch|radar|communications"
        r"|explosives|manufacturing|production|staging")
_KIND = (r"facilit(?:y|ies)|cent(?:er|re)s?|nodes?|depots?|warehouses?|headquarters|sites?|areas?|hubs?"
         r"|bunkers?|compounds?|locations?|points?|storages?"
         r"|launchers?")  # "a rocket launcher", "three mobile rocket launchers" (a self-defence strike's)
_ONE = rf"(?:(?:{_FOR})(?:\s+and\s+|\s*,\s*|\s+|-)){{1,4}}(?:{_KIND})\b|\bsafe ?houses?\b"
_FACILITY = re.compile(rf"\b(?:an?\s+|the\s+)?(?P<what>(?:{_ONE})"
                       rf"(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)(?:an?\s+|the\s+)?(?:{_ONE}))*)", re.I)
# the other side's: "the US base's command center", "in response to the attack on a US storage site"
_OURS = re.compile(r"\b(?:U\.?S\.?|US|American|coalition)(?:['’]s)?\s+(?:military\s+|army\s+|base['’]s\s+)?$",
                   re.I)


def facility(article: Article, event: Event, own: Sequence[tuple[Window, str]], lex: Lexicons,
             others: Sequence[Event] = ()) -> Iterator[Named]:
    """What a strike hit, as its own sentences write it ("a weapons storage facility used by the
    IRGC": "weapons storage facility"); never an attack's (its base told without a name is its
    :func:`unnamed_site`). A sentence that tells another day's strike too ("strikes on X targets
    last week, and the commander killed on Feb. 7") gives neither what it hit."""
    if lex.topic.said.attack(event.type):
        return
    both = _other_days_strikes(article, event, others, lex)
    # another month's strikes told beside this one ("the first since February, when ...") are not read
    found = [(rank, order, where, what, written, window)
             for order, (window, text) in enumerate(own)
             if window.own and (window.start, window.end) not in both and not other_month(text, event)
             for rank, where, what, written in _hit_in(text, lex)
             if not _in_another_country(text, where + len(written), event, lex)]
    if found:  # the most telling (what it was for), then the first the report tells
        *_, what, written, window = min(found, key=lambda f: f[:3])
        yield Named(what, evidence_of(article, window.start, window.end), written)


# what a strike hit told as in a country: "sites in Syria", "targets in eastern Iraq"
_IN_COUNTRY = re.compile(r"\s*(?:(?:used|linked|tied)\s+\S+\s+\S+\s+)?in\s+(?:the\s+)?(?:\S+\s+)?$")


def _in_another_country(text: str, end: int, event: Event, lex: Lexicons) -> bool:
    """Whether what was hit is told as in another country than the strike's, right after its
    words ("since targeting Tehran-linked sites in Syria on three occasions", beside a strike in
    Iraq): then it is another strike's."""
    named = lex.countries.search(text, end, end + 60)
    return bool(named and _IN_COUNTRY.fullmatch(text[end:named.start()])
                and lex.country(named.group(0)) not in (None, event.country))


def _other_days_strikes(article: Article, event: Event, others: Sequence[Event],
                        lex: Lexicons) -> set[tuple[int, int]]:
    """The sentences of this article that tell another strike of another day."""
    act = lex.topic.said.act
    return {(s.start, s.end) for o in others if act(o.type) == "strike" and o.date not in (None, event.date)
            for s in o.sources if s.article == article.id}


# the base an attack hit, told without its name (rule attacked_base of the sites' grammar, with the
# story's [site_words]): "rockets fired at a base housing American troops", "drones targeted a base in
# Erbil", "the base near Y" (a town of the gazetteer, not a country: "a US base in Jordan" says no more
# than the event's country)
def _attacked_base(lex: Lexicons) -> re.Pattern[str]:
    return _site_rule(lex, "attacked_base")


_RULES: dict[tuple[str, str], re.Pattern[str]] = {}


def _site_rule(lex: Lexicons, rule: str) -> re.Pattern[str]:
    """A rule of the sites' grammar with the story's words, compiled once per story."""
    found = _RULES.get((lex.topic.digest, rule))
    if found is None:
        rules = Rules(grammar("sites"), lex.topic.site_words.words())
        found = _RULES[lex.topic.digest, rule] = rules.pattern(rule)
    return found


def _unnamed_base(lex: Lexicons) -> re.Pattern[str]:
    return _site_rule(lex, "unnamed_base")


def _base_owner(lex: Lexicons) -> re.Pattern[str]:
    return _site_rule(lex, "base_owner")


def unnamed_site(article: Article, event: Event, own: Sequence[tuple[Window, str]],
                 lex: Lexicons, site: Named | None = None) -> Iterator[Named]:
    """The installation an attack hit as its own sentences tell it without naming it, when the
    report names no installation of the gazetteer (``site``): "a base housing American troops",
    "a base in Erbil", "a US base in north-east Jordan", "a Jordanian base". Typed apart from a
    site: never a name, never placed by the gazetteer, never joined on."""
    if lex.topic.said.attack(event.type) and site is None:
        yield from _attack_base(article, event, own, lex)


def _attack_base(article: Article, event: Event, own: Sequence[tuple[Window, str]],
                 lex: Lexicons) -> Iterator[Named]:
    """The base an attack hit as its own sentences write it, the first told, when its words say
    where it is (a town of the attack's country, or the country itself) or whose it is (hosting US
    forces, "a US base", "a Jordanian base"); never one the gazetteer names (its site), nor one in
    another place or country than the attack's, nor a base told back ("the base in Syria")."""
    sentences = [(window, text) for window, text in own if window.own and not other_month(text, event)]
    # a base told by its town or its hosts first ("a base in Erbil" over the lede's "a US base in Iraq")
    for rule in (_attacked_base(lex), _unnamed_base(lex)):
        for window, text in sentences:
            for match in rule.finditer(text):
                written = " ".join(match.group("what").split())
                if _elsewhere(written, event, lex) or not _says_more(match, lex):
                    continue
                yield Named(written.lower(), evidence_of(article, window.start, window.end), written)
                return


def _says_more(match: re.Match[str], lex: Lexicons) -> bool:
    """Whether a base's words say more than "a base": a town of the gazetteer where it is (rule
    attacked_base: or that it hosts US forces); rule unnamed_base: whose it is (the target side, a
    country's demonym) or where (a town, or a country: the event's, as _elsewhere has checked)."""
    groups = match.groupdict()
    if "town" in groups:
        return not match.group("town") or _a_town(match.group("town"), lex)
    where = match.group("where")
    if where is not None and (_a_town(where, lex) or any(True for _ in lex.countries.finditer(where))):
        return True
    quals = match.group("quals")
    return (_base_owner(lex).search(quals) is not None
            or any(lex.country(m.group()) for m in lex.countries.finditer(quals)))


def _a_town(words: str, lex: Lexicons) -> bool:
    """Whether words name a place of the gazetteer (a town or province: a country is no town)."""
    return any(True for _ in lex.places.find(words))


def _elsewhere(written: str, event: Event, lex: Lexicons) -> bool:
    """Whether a base's words name an installation of the gazetteer, or a place or country other
    than the event's."""
    places = [lex.topic.place(h.name) for h in lex.places.find(written)]
    countries = {lex.country(m.group()) for m in lex.countries.finditer(written)} - {None}
    return (any(p.site or p.country != event.country for p in places)
            or bool(countries - {event.country}))


def _attack_before(text: str, at: int, lex: Lexicons) -> bool:
    """Whether the words before ``at`` tell the other side's attack (what the strike answered), but
    for an apposition between dashes or brackets ("The strike — retaliation for a drone attack that
    killed three soldiers — struck a car": the car is the strike's), and for the US side's own
    ("The US military attacked two facilities used by X": the strike itself)."""
    before = _APPOSITIONS.sub(" ", text[:at])
    told = ATTACK_TOLD.search(before)
    return told is not None and not any(m.start() <= told.start() < m.end()
                                        for m in side_rule(lex, "we_attacked").finditer(before))


_APPOSITIONS = re.compile(r"\s[—–]\s[^—–]*\s[—–]\s|\([^()]*\)")


def _hit_in(text: str, lex: Lexicons) -> Iterator[tuple[int, int, str, str]]:
    """(rank, where, what, as written) of each thing a strike's sentence says it hit: a facility
    by its use (rank 0: it says most), by its owner ("three facilities used by Kataib Hezbollah"),
    or a vehicle."""
    for match in _FACILITY.finditer(text):
        if not (_OURS.search(text[:match.start()]) or _attack_before(text, match.start(), lex)):
            yield (0, match.start(), " ".join(match.group("what").split()).lower(),
                   " ".join(match.group().split()))  # "a weapons storage facility"
    for match in _OWNED.finditer(text):
        owner = _owner(text[match.end():match.end() + 80], lex)
        if owner and not _attack_before(text, match.start(), lex):
            written = " ".join(text[match.start():match.end() + owner].split())
            yield 1, match.start(), written.lower(), written
    yield from _owned_apart(text, lex)
    yield from _owner_first(text, lex)
    for match in [*_VEHICLE.finditer(text), *_site_rule(lex, "in_vehicle_struck").finditer(text),
                  *side_rule(lex, "vehicle_struck").finditer(text)]:
        if not _attack_before(text, match.start(), lex):
            yield 1, match.start("what"), match.group("what").lower(), " ".join(match.group("what").split())


def _owner(rest: str, lex: Lexicons) -> int:
    """Where the name of the party an installation belongs to ends, when ``rest`` begins with it
    (0: it names none, or the US side): the noun phrase that holds the name ("Iran's Revolutionary
    Guard", "Iranian-backed groups"), up to a clause, a place or another party."""
    for hit in lex.actors.find(rest):
        if not _OWNER_LEAD.fullmatch(rest[:hit.start]) or lex.side(hit.name) == "us":
            return 0
        end = _OWNER_END.search(rest, hit.end)
        return end.start() if end else len(rest)
    return 0


_OWNER_END = re.compile(r"\s*(?:[,.;:()\[\]\"“”]|\s(?:and|in|on|near|across|that|which|who|after|as|with"
                        r"|for|to|at|during|following|since|while|when|where|including|inside|outside)\b)|$",
                        re.I)


# "three facilities used by Kataib Hezbollah", "sites used by the groups", "targets linked to the
# IRGC": installations told by whose they are (the owner read from the topic's actors)
# ("two facilities of the IRGC": whose, told by "of")
_OWNED = re.compile(r"\b(?:(?:more than|over|at least|nearly|about|some)\s+)?"
                    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|multiple|several)\s+)?"
                    r"(?:facilities|facility|sites|targets|locations|compounds|headquarters)\s+"
                    # "a facility that had been used by the IRGC"
                    r"(?:(?:(?:that|which)\s+(?:had been|has been|have been|was|were|is|are)\s+)?"
                    r"(?:used|utili[sz]ed|operated|controlled|linked|associated|belonging|tied|affiliated)"
                    r"\s+(?:by|to|with)|of)\s+", re.I)
_OWNER_LEAD = re.compile(r"(?:the\s+)?")
_HOW_MANY = (r"(?:(?:more than|over|at least|nearly|about|some)\s+)?"
             r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|multiple|several)\s+)?")
_INSTALLATIONS = r"(?:facilities|facility|sites|targets|locations|compounds|headquarters)"
# the same, with where they are or a quotation between the noun and whose they are: "two facilities
# in eastern Syria used by the IRGC", "three facilities in the country used by X", 'three facilities
# "used by X'
_OWNED_APART = re.compile(r"\b(?P<head>" + _HOW_MANY + _INSTALLATIONS + r")\s+(?:(?P<where>in\s+(?:the\s+)?"
                          r"(?:[\w'’-]+\s+){1,3}?)[“\"]?|[“\"])(?P<owned>(?:used|utili[sz]ed|operated"
                          r"|controlled|linked|associated|belonging|tied|affiliated)\s+(?:by|to|with)\s+)",
                          re.I)


def _owned_apart(text: str, lex: Lexicons) -> Iterator[tuple[int, int, str, str]]:
    """Installations told by whose they are, with a quotation or where they are between ("two
    facilities in eastern Syria used by the IRGC"; "the headquarters in eastern Baghdad of X", rule
    owner_after_where): written without the place, which is the event's place, not what was hit."""
    for match in [*_OWNED_APART.finditer(text), *_site_rule(lex, "owner_after_where").finditer(text)]:
        where = match.group("where")
        if where and not _a_place(where, lex):
            continue
        owner = _owner(text[match.end():match.end() + 80], lex)
        if owner and not _attack_before(text, match.start(), lex):
            written = " ".join(f"{match.group('head')} {match.group('owned')}"
                               f"{text[match.end():match.end() + owner]}".split())
            yield 1, match.start(), written.lower(), written


# installations told with whose they are before the noun: "nine Iranian-backed militia targets", "multiple
# Kataib Hezbollah facilities", "two Iranian targets" (the owner's words are the topic's actors; the words
# around them are the rules owner_then_installation, count_before_owner, strike_before_owner and
# owner_told_back of the sites' grammar)


def _owner_first(text: str, lex: Lexicons) -> Iterator[tuple[int, int, str, str]]:
    """Installations told with whose they are before the noun ("nine Iranian-backed militia targets",
    "strikes on Kataib Hezbollah facilities"): the owner one or more of the topic's groups (never the
    US side), with how many or the strike's own word before it (so "Kataib Hezbollah targets US
    bases", a verb, is none)."""
    hits = list(lex.actors.find(text))
    for i, hit in enumerate(hits):
        if i and _JOINED_OWNERS.fullmatch(text[hits[i - 1].end:hit.start]):
            continue  # the first of owners told together ("IRGC-Quds Force and Iranian-backed militia")
        last = i
        while last + 1 < len(hits) and _JOINED_OWNERS.fullmatch(text[hits[last].end:hits[last + 1].start]):
            last += 1
        noun = _site_rule(lex, "owner_then_installation").match(text[hits[last].end:])
        owners = hits[i:last + 1]
        told_back = _site_rule(lex, "owner_told_back")
        if (noun is None or any(lex.side(h.name) == "us" for h in owners)
                or all(told_back.fullmatch(text[h.start:h.end]) for h in owners)):
            continue  # (a group told back, "the militia's facilities", says not whose)
        before = text[:hit.start]
        count = _site_rule(lex, "count_before_owner").search(before)
        if count is None and not _site_rule(lex, "strike_before_owner").search(before):
            continue
        start = count.start() if count else hit.start
        if not _attack_before(text, start, lex):
            written = " ".join(text[start:hits[last].end + noun.end()].split())
            yield 2, start, written.lower(), written  # (after one told by "used by": it says more)


_JOINED_OWNERS = re.compile(r"(?:['’]s)?\s*(?:\s(?:and|or)\s|,\s*|\s|-)\s*(?:the\s+)?", re.I)


def _a_place(words: str, lex: Lexicons) -> bool:
    """Whether words say where ("in eastern Syria", "in the country", "in two locations"): a country,
    a gazetteer place, or how many places."""
    return (_WHERE.fullmatch(words) is not None or _a_town(words, lex)
            or any(True for _ in lex.countries.finditer(words)))


_WHERE = re.compile(r"in\s+(?:the\s+country|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several"
                    r"|multiple)\s+(?:separate\s+)?(?:locations|places|areas|provinces))\s*", re.I)


# what a strike on people on the move hit: "struck a vehicle", "targeting a car in Baghdad"
_VEHICLE = re.compile(r"\b(?:hit|hits|struck|strikes?|targeted|targeting|striking|hitting|on|at)\s+"
                      r"(?P<what>(?:an?|the|their|his)\s+(?:[\w'’-]+\s+){0,2}?(?:vehicles?|cars?|SUVs?|trucks?"
                      r"|pickups?|convoys?|motorcade))\b", re.I)


# "al-Shaddadi base", "the US bases in Al-Shaddadi": the base of a town that hosts US forces
_BASE_AFTER = re.compile(r"^\s+(?:military\s+|air\s+)?(?:base|airbase|air base|outpost|garrison)\b", re.I)
# "Al-Shaddadi, which hosts US troops"; through an apposition saying what the town is ("Al-Shaddadi, a
# town in Hasakah that houses US forces"); "Al-Shaddadi, home to a US base"
_US_SIDE = r"(?:U\.?S\.?|American|coalition)"
_HOSTS = (r"(?:which|that|where)\s+(?:hosts|houses|host|house|housed|hosted|" + _US_SIDE
          + r"\s+(?:troops|forces|personnel)\s+(?:are|were)\s+(?:stationed|based|deployed))\b")
_HOSTING = re.compile(r"^,?\s+(?:(?:an?|the)\s+(?:[^,.;:()]{0,60}?\s+)??)?" + _HOSTS
                      + r"|^,\s+(?:which\s+is\s+)?home\s+to\s+(?:an?\s+)?" + _US_SIDE
                      + r"\s+(?:troops|forces|base)\b", re.I)
_BASE_BEFORE = re.compile(r"\b(?:base|bases|outpost|garrison)\s+(?:in|at)\s+$", re.I)


def _town_base(text: str, start: int, end: int) -> str | None:
    """The base a town's name is told as ("al-Shaddadi base"), as written; None when the town is
    only the town."""
    after = _BASE_AFTER.match(text[end:])
    if after is not None:
        return text[start:end + after.end()].strip()
    if _HOSTING.match(text[end:]):
        return text[start:end]  # "Al-Shaddadi, which hosts US troops": the town told as the base
    before = _BASE_BEFORE.search(text[:start])
    return f"{text[before.start():end]}" if before is not None else None


# the most exact first; a ship off a port before the sea it is in ("60 nautical miles west of
# <port>, in the Red Sea")
ORDER = {"site": 0, "town": 1, "province": 2, "offshore": 3, "sea": 4}


def coordinates_of(places: Iterable[str], lex: Lexicons, site: str | None = None,
                   told: Sequence[str] = (), country: str = "", at_sea: bool = False) -> Coordinates | None:
    """The coordinates of the event's ``site`` where the gazetteer has them, however rough (the
    town a report also names is often only near it: "Harir air base, north-east of Erbil"); else
    the most precise the gazetteer has for any of the event's places, but a place its sentences
    ``told`` name only as a landmark ("a depot south of Baghdad": :func:`_landmarks`), where the
    event was not; none when every place is such a landmark. An event told by no place but its
    ``country``, when that country is a sea area of the gazetteer ("an attack in the Red Sea"), is
    placed anywhere in that sea (precision ``sea``); a land's middle never places an event. An
    attack on what is ``at_sea`` (a ship) placed by a port town is placed off it (:func:`_off_port`)."""
    at_site = lex.topic.place(site) if site else None
    landmarks = _landmarks(told, lex)
    found = [(ORDER[p.at.precision], i, p) for i, name in enumerate(places)
             if (p := lex.topic.place(name)).at is not None and name not in landmarks]
    if at_sea:
        found = [_off_port(rank, i, place, lex) for rank, i, place in found]
    if country and not found and (sea := _sea_of(country, lex)) is not None:
        found = [(ORDER["sea"], 0, sea)]
    if at_site is not None and at_site.at is not None:
        found = [(0, 0, at_site)]
    if not found:
        return None
    place = min(found, key=lambda f: (f[0], f[1]))[2]
    at = place.at
    assert at is not None  # filtered above
    return Coordinates(at.lat, at.lon, at.precision, place.name, at.source)


def _off_port(rank: int, i: int, place: Place, lex: Lexicons) -> tuple[int, int, Place]:
    """A port town as the place of an attack on a ship: the town's waters (its ``offshore`` place
    in the gazetteer), where the ship was ("a tanker was hit near Port Amsel" is not in Port
    Amsel); any other place as it is."""
    if place.at is None or place.at.precision != "town" or not place.offshore:
        return rank, i, place
    return ORDER["offshore"], i, lex.topic.place(place.offshore)


def _sea_of(country: str, lex: Lexicons) -> Place | None:
    """The gazetteer's place for a "country" that is a sea area with a point standing for it."""
    try:
        place = lex.topic.place(country)
    except KeyError:  # a land: no place of the gazetteer
        return None
    return place if place.at is not None and place.at.precision == "sea" else None


def _landmarks(told: Sequence[str], lex: Lexicons) -> set[str]:
    """The places the sentences name only as a landmark another place is measured from ("40 km
    south of Baghdad", rule ``landmark_of``), never as a place of their own."""
    rule = _site_rule(lex, "landmark_of")
    marked = [(hit.name, rule.search(text, max(0, hit.start - 60), hit.start) is not None)
              for text in told for hit in lex.places.find(text)]
    return ({name for name, landmark in marked if landmark}
            - {name for name, landmark in marked if not landmark})
