"""An event record -> the chronology's line: what happened, where, with what, to whom, who
claimed it and whom officials blame. Built from the record's fields only, never from a
sentence of an article; a field the reports did not give is left out, never filled in."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from .compare import FLOORS, latest_figure, reports_figures, retold_below, told_anew, unsided_told
from .extract.numbers import NUMBER, value_of
from .model import Casualty, CasualtySide, Count, Event, Harm, Named, Qualifier
from .names import StoryWords, default_words

SIDE_WORDS: dict[CasualtySide, str] = {"us": "US", "partner": "partner forces", "militants": "militants",
                                       "civilians": "civilians", "unknown": ""}
COUNT_WORDS = {"targets": "targets", "facilities": "facilities", "munitions": "munitions",
               "aircraft": "aircraft", "drones": "drones", "rockets": "rockets", "missiles": "missiles"}
SIGNS: dict[Qualifier, tuple[str, str]] = {"exact": ("", ""), "approximately": ("~", ""),
                                           "at least": ("≥", ""), "more than": ("", "+"),
                                           "nearly": ("nearly ", ""), "up to": ("up to ", "")}


def figure(value: int, qualifier: Qualifier) -> str:
    """"40+", "~25", "≥34", "3"."""
    before, after = SIGNS[qualifier]
    return f"{before}{value}{after}"


def row_text(event: Event, words: StoryWords | None = None, numbers: Mapping[str, int] | None = None) -> str:
    """"Drone attack on US forces at Tower 22, Jordan: 3 US killed, 40+ US injured (25 → 34 → 40+);
    attributed to Kataib Hezbollah; Islamic Resistance in Iraq claimed". ``numbers``: the source
    list's number of each article; given, each figure says which sources give it ("3 US killed
    [2][5]", "(25 [4] → 40+ [7])")."""
    words = words or default_words()
    parts = [_what(event, words) + _casualties(event.details.casualties, numbers or {})]
    details = event.details
    if details.other_sites:  # a merged row's other reports name another base: kept, never dropped
        parts.append("also reported at " + _names(details.other_sites))
    if details.targets:
        parts.append("aimed at " + _names(details.targets))
    if details.attributed_to:
        parts.append("attributed to " + _weighed(details.attributed_to))  # by officials or the report
    if details.claimed_by:
        parts.append(_weighed(_named_first(details.claimed_by, words.generic)) + " claimed")
    strike = words.act(event.type) == "strike"
    # (an attack's target is the ship it hit: the groups named with it are still told)
    if event.actors and not (details.attributed_to or details.claimed_by or (details.targets and strike)):
        # the groups named with the act, without saying who did what (neither a claim nor a blame)
        parts.append(("groups named in reports: " if not strike else "against ") + ", ".join(event.actors))
    return "; ".join(parts)


def _names(named: Sequence[Named]) -> str:
    """Each name once, however many reports give it; a name written with the same words in another
    order is the same name ("Eagle Gibraltar" beside "Gibraltar Eagle": one ship), told as most
    reports write it (the first written of equals)."""
    spellings: dict[frozenset[str], Counter[str]] = {}
    for n in named:
        spellings.setdefault(frozenset(n.name.lower().split()), Counter())[n.name] += 1
    return ", ".join(max(told, key=told.__getitem__) for told in spellings.values())


def _named_first(named: Sequence[Named], generic: Sequence[str]) -> Sequence[Named]:
    """The names without the words for any group ("Iran-backed groups") when a group is named: a
    report's "an Iran-backed group claimed" beside others naming the group that claimed is that
    claim told loosely, never a second claimant."""
    named_groups = [n for n in named if n.name not in generic]
    return named_groups or named


def _weighed(named: Sequence[Named]) -> str:
    """Each name once; when reports name several and differ in how many give each, how many do,
    the most given first ("Iran-backed groups (9 reports), Kataib Hezbollah (1)"): a blame one
    report makes is not shown as the officials' word beside what nine say."""
    reports: dict[str, set[str]] = {}
    for n in named:
        reports.setdefault(n.name, set()).add(n.source.article)
    counts = {name: len(articles) for name, articles in reports.items()}
    if len(counts) < 2 or len(set(counts.values())) < 2:
        return ", ".join(counts)
    ranked = sorted(counts, key=lambda name: -counts[name])  # stable: first given first among equals
    first, *rest = ranked
    return ", ".join([f"{first} ({counts[first]} reports)", *(f"{name} ({counts[name]})" for name in rest)])


def _what(event: Event, words: StoryWords) -> str:
    """"Drone attack on US forces at Tower 22, Jordan", "US strike near Al-Qaim, Iraq by F-15E:
    85 targets, 125+ munitions"."""
    details = event.details
    site = details.site.name if details.site else None
    # a sea area is a place and the story's "country" at once: named once, as a country is ("in
    # the Red Sea", not "at Red Sea, Red Sea"; "off Aden in the Gulf of Aden")
    places = [site] if site else _told_once([p for p in event.places if p != event.country])
    label = words.label(event.type)
    if words.act(event.type) != "strike":
        noun = words.kind(event.type).singular
        weapons = _attributive(_weapons(event, noun.split()[0]))
        text = f"{weapons[:1].upper()}{weapons[1:]} {noun}" if weapons else label
        unnamed = "" if site else unnamed_site(event)
        text += _told_where(unnamed, places, event.country, words) if unnamed else _where(
            places, event.country, "at", words)
    else:
        hit = _unshared(_facility(event), event)
        text = label + (f" on {hit}" if hit else "")
        text += _where(places, event.country, "near", words)
        aircraft = _weapons(event)
        text += f" by {aircraft}" if aircraft else ""
    return text + _counts_told(event, words)


def _counts_told(event: Event, words: StoryWords) -> str:
    """" (85+ targets, 7 facilities)"; a count of the whole night's strikes in several countries
    ("85 targets in Iraq and Syria" on the Iraq row) said to be so, after the row's own: " (3
    facilities; 85+ targets across Iraq and Syria)"; another country's share ("four facilities in
    Syria" on the Iraq row) left out (the JSON keeps every count)."""
    own: list[Count] = []
    whole: dict[tuple[str, ...], list[Count]] = {}
    for count in event.details.counts:
        scope = count_scope(count, event.country)
        if scope == ():
            own.append(count)
        elif scope is not None:
            whole.setdefault(tuple(c for c in words.countries if c in scope), []).append(count)
    # the whole's figure told elsewhere without its countries ("struck more than 85 targets") is the whole's
    wholes = {(c.what, c.value) for counts in whole.values() for c in counts}
    own = [c for c in own if (c.what, c.value) not in wholes]
    parts = [", ".join(_count(c) for c in _best_counts(own, event.country))] if own else []
    for scope, counts in whole.items():
        areas = " and ".join(words.place(c) for c in scope)
        parts.append(" and ".join(_count(c) for c in _best_counts(counts)) + f" across {areas}")
    return f" ({'; '.join(parts)})" if parts else ""


def _unshared(hit: str, event: Event) -> str:
    """What a strike hit, without a figure that is a count of the whole night's strikes in several
    countries ("85 targets linked to the Guards" on the Iraq row: the 85 are Iraq's and Syria's,
    said so in the row's counts), so that the row never gives the whole's figure as its own."""
    figure = _LEADING.match(hit)
    if figure is None:
        return hit
    shared = {c.value for c in event.details.counts if count_scope(c, event.country) != ()}
    return hit[figure.end():] if value_of(figure["num"]) in shared else hit


_FIGURE = re.compile(rf"(?<![\w-])(?:{NUMBER})(?![\w-])", re.I)
_LEADING = re.compile(rf"(?:(?:more than|over|at least|some|about|nearly)\s+)?{_FIGURE.pattern}\s+", re.I)


def count_scope(count: Count, country: str | None) -> tuple[str, ...] | None:
    """Whose a count is on the row of ``country``, from the scope read with it (:class:`CountScope`):
    the countries listed together, the row's among them ("85 targets in Iraq and Syria": the whole
    night's); None for another country's share, told beside the row's own ("four facilities in
    Syria and three in Iraq": the four are not Iraq's); else () the event's own (a country named
    otherwise, "drones launched from Iraq", says nothing of whose)."""
    scope = count.scope
    if country is None:
        return ()
    if country in scope.listed:
        return scope.listed
    others = [c for c in scope.share_of if c != country]
    return None if others and country in scope.named else ()


def _told_once(places: list[str]) -> list[str]:
    """The places without a town also told with its own preposition ("off Hodeidah" and "Hodeidah":
    "off Hodeidah" alone, not "off Hodeidah, Hodeidah in the Red Sea")."""
    return [p for p in places if not any(q != p and q[:1].islower() and q.endswith(f" {p}") for q in places)]


def _where(places: Sequence[str], country: str | None, preposition: str, words: StoryWords) -> str:
    """" at Tower 22, Jordan", " near Al-Qaim, Iraq", " in Syria", " off Hodeidah in the Red Sea" (a
    place written with its own preposition), ", place not reported"."""
    area = words.place(country) if country else ""
    if not places:
        return f" in {area}" if area else ", place not reported"
    at = ", ".join(words.place(p) for p in places)
    if at[:1].islower():  # "off Hodeidah", "south of Mokha": the place says where it is
        return f" {at}" + (f" in {area}" if area else "")
    return f" {preposition} {at}" + (f", {area}" if area else "")


def unnamed_site(event: Event) -> str:
    """An attack's installation as most of its reports tell it without naming it ("a US base in
    north-east Jordan"): words, never a name; "" when none does."""
    told = Counter(n.written or n.name for n in event.details.unnamed_sites)
    return max(told, key=lambda w: (told[w], len(w))) if told else ""


def _told_where(unnamed: str, places: Sequence[str], country: str | None, words: StoryWords) -> str:
    """" at a US base in north-east Jordan", " at a base in Erbil, Iraq", " at a base housing American
    troops in Syria": the installation as the reports tell it, then the event's places and country
    its words leave out ("Jordanian" says Jordan)."""
    said = unnamed.lower()
    rest = [words.place(p) for p in places if p.lower() not in said]
    area = words.place(country) if country and not re.search(rf"\b{re.escape(country.lower())}", said) else ""
    where = ", ".join([*rest, area] if area else rest)
    # a town its words name takes the country after a comma, as a place does ("in Erbil, Iraq")
    told = any(p.lower() in said for p in places)
    return f" at {unnamed}" + ((", " if told else " in ") + where if where else "")


def _attributive(weapons: str) -> str:
    """Weapons told before the act's noun, in the singular: "rockets" -> "Rocket attack", "drones
    and rockets" -> "Drone and rocket attack"."""
    return " and ".join(re.sub(r"(?<=[^sS])s$", "", w) for w in weapons.split(" and ")) if weapons else ""


def _facility(event: Event) -> str:
    """What a strike hit, as most of its reports write it ("weapons storage facility")."""
    spelled: dict[str, str] = {}  # each as first written, its capitals kept ("used by Kataib Hezbollah")
    for f in event.details.facilities:
        spelled.setdefault((f.written or f.name).lower(), f.written or f.name)
    written = Counter((f.written or f.name).lower() for f in event.details.facilities)
    return spelled[max(written, key=lambda w: (written[w], -list(written).index(w)))] if written else ""


def _weapons(event: Event, noun: str = "") -> str:
    """The weapons as most reports write them: at most two, each given by at least a third as
    many reports as the most given one ("one-way attack drone" rather than also "drones"). A
    spelling that ends in ``noun``, the act's own word told after the weapons, is passed over for
    another or the weapon's name ("one-way attack", a drone: "Drone attack", not "One-way attack
    attack")."""
    reports: dict[str, set[str]] = {}
    spellings: dict[str, Counter[str]] = {}
    for weapon in event.details.weapons:
        reports.setdefault(weapon.name, set()).add(weapon.source.article)
        spellings.setdefault(weapon.name, Counter())[weapon.written or weapon.name] += 1
    ranked = sorted(reports, key=lambda name: (-len(reports[name]), name))
    kept = [name for name in ranked[:2] if 3 * len(reports[name]) >= len(reports[ranked[0]])]
    # a bare weapon beside its own kind, from other reports ("missile" beside "ballistic missile"):
    # the same weapon told less exactly, not a second one ("Ballistic missile and missile attack")
    kept = [name for name in kept if not any(other.endswith(f" {name}") for other in kept)]
    # each as most reports write it; the longest of equals ("one-way attack drone" over "drone")
    written = [_spelled(spellings[n], n, noun) for n in kept]
    return " and ".join(written) if written else " and ".join(event.weapons)


def _spelled(spellings: Counter[str], name: str, noun: str) -> str:
    """A weapon as most of its reports write it, never in a spelling that ends in ``noun``."""
    ending = f" {noun.lower()}"
    told = Counter({w: n for w, n in spellings.items() if not (noun and w.lower().endswith(ending))})
    return max(told, key=lambda w: (told[w], len(w), w)) if told else name


def _best_counts(counts: Sequence[Count], country: str | None = None) -> list[Count]:
    """One count per thing counted: one its words give as ``country``'s share ("four facilities in
    Syria and three in Iraq": Syria's four) over any its words do not place (a retelling's "over 85
    sites", the whole night's figure); then the value most reports give ("7 facilities" from the
    command and the wires over one outlet's "17 sites"); among values as often given, the highest
    (a later report completes an earlier one)."""
    reports: dict[tuple[str, int], set[str]] = {}
    best: dict[str, Count] = {}
    for count in counts:
        reports.setdefault((count.what, count.value), set()).add(count.source.article)
    def weight(count: Count) -> tuple[bool, int, int]:
        share = country is not None and country in count.scope.share_of
        return share, len(reports[(count.what, count.value)]), count.value
    for count in counts:
        held = best.get(count.what)
        if held is None or weight(count) > weight(held):
            best[count.what] = count
    return list(best.values())


def _count(count: Count) -> str:
    return f"{figure(count.value, count.qualifier)} {COUNT_WORDS[count.what]}"


SIDE_ORDER = {"us": 0, "partner": 1, "militants": 2, "civilians": 3, "unknown": 4}


def _casualties(casualties: Sequence[Casualty], numbers: Mapping[str, int]) -> str:
    """": 3 US killed, 40+ US injured (25 → 34 → 40+)": per side and kind the latest figure, and
    when reports moved, each new value in the order of its day (undated reports left out). A
    figure whose side is not reported is left out of the line when a figure of a named side and
    the same kind is at least as high (the JSON keeps it); each report gives one figure per side
    and kind (:func:`briefing.compare.reports_figures`)."""
    groups = _shown_groups(casualties)
    parts = [_figures(side, kind, figures, numbers) for side, kind, figures in groups if not _none(figures)]
    parts += _nones([(side, kind, figures) for side, kind, figures in groups if _none(figures)], numbers)
    return ": " + ", ".join(parts) if parts else ""


def _none(figures: Sequence[Casualty]) -> bool:
    """Whether every report of one side and kind tells no one harmed ("no one was hurt")."""
    return all(c.value == 0 for c in figures)


def _nones(groups: Sequence[tuple[CasualtySide, Harm, Sequence[Casualty]]],
           numbers: Mapping[str, int]) -> list[str]:
    """The zeros, after the figures, in one wording, each side's kinds together: "no US killed [2]
    or injured [3]", "no one injured [4]" (never "0 US injured" beside "no one injured", nor a
    side's zero told twice)."""
    kinds: dict[CasualtySide, list[str]] = {}
    whose: dict[CasualtySide, str] = {}
    for side, kind, figures in groups:
        kinds.setdefault(side, []).append(kind + _cited(figures, 0, numbers))
        whose.setdefault(side, _whose(side, figures, one=False) or NO_ONE)
    return [f"no {whose[side]} {' or '.join(told)}" for side, told in kinds.items()]


def _shown_groups(casualties: Sequence[Casualty]) -> list[tuple[CasualtySide, Harm, list[Casualty]]]:
    """The figures a row tells, per side and kind (killed first), each report's highest."""
    groups: dict[tuple[CasualtySide, Harm], list[Casualty]] = {}
    for casualty in reports_figures(casualties):
        groups.setdefault((casualty.side, casualty.kind), []).append(casualty)
    order = sorted(groups.items(), key=lambda g: (g[0][1] != "killed", SIDE_ORDER[g[0][0]]))
    def told(kind: Harm, figures: list[Casualty]) -> bool:  # an unsided figure a named side's tells
        return unsided_told(figures, [c for (s, k), f in groups.items() if k == kind and s != "unknown"
                                      for c in f])
    return [(side, kind, figures) for (side, kind), figures in order
            if not (side == "unknown" and told(kind, figures))]


def shown_figures(event: Event) -> list[list[Casualty]]:
    """Each figure the event's row shows (a value of one side and kind), with every report that
    gives it: the document cites at least one of them (:func:`briefing.assemble.assemble`)."""
    shown = []
    for _, _, figures in _shown_groups(event.details.casualties):
        below = retold_below(figures)
        for value in _steps(figures):
            shown.append([c for c in figures if c.value == value and c not in below])
        for value, day in dict.fromkeys((c.value, c.as_of) for c in below):  # "a later report: 40 on 3 Feb"
            shown.append([c for c in below if (c.value, c.as_of) == (value, day)])
    return shown


CITED_PER_FIGURE = 3  # source numbers shown after one figure (every source is in the row's cell)


def _cited(figures: Sequence[Casualty], value: int, numbers: Mapping[str, int],
           qualifier: str | None = None) -> str:
    """" [2][5]": the first sources, by number, that give this value ("40+": not the sources that
    write "40", below it, :func:`briefing.compare.retold_below`)."""
    given = sorted({numbers[c.source.article] for c in figures
                    if c.value == value and c.source.article in numbers
                    and not (qualifier == "more than" and c.qualifier == "exact")})
    return (" " + "".join(f"[{n}]" for n in given[:CITED_PER_FIGURE])) if given else ""


def _retold_below(figures: Sequence[Casualty], numbers: Mapping[str, int]) -> str:
    """"a later report: 40 on 3 Feb [9]": the figures that retell an earlier "more than N" as N
    (never the toll's latest), said after the toll, each value and day once with its sources."""
    days: dict[tuple[int, dt.date | None], list[Casualty]] = {}
    for c in retold_below(figures):
        days.setdefault((c.value, c.as_of), []).append(c)
    said = [f"{value} on {_day(told[0])}" + _cited(told, value, numbers, "exact")
            for (value, _), told in days.items()]
    return (("later reports: " if len(said) > 1 else "a later report: ") + ", ".join(said)) if said else ""


def _steps(figures: Sequence[Casualty]) -> dict[int, Casualty]:
    """The values a row shows of one side and kind, each as first given, the latest figure last. A
    figure from a report whose day is not known has no place in that order: it is shown only when
    no report gives a day (the JSON keeps every figure)."""
    dated = told_anew([c for c in figures if c.as_of is not None])
    # the figure the period's table counts (compare.latest_figure) is the one shown, and comes last
    latest = latest_figure(dated or figures)
    earlier = sorted((c for c in dated or figures if c.value != latest.value),
                     key=lambda c: (c.as_of or dt.date.min, c.value))
    steps: dict[int, Casualty] = {}
    for casualty in [*earlier, latest]:  # each value once, as first given
        steps.setdefault(casualty.value, casualty)
    return steps


def _figures(side: CasualtySide, kind: Harm, figures: Sequence[Casualty], numbers: Mapping[str, int]) -> str:
    """The latest figure, then how reports moved day by day; a figure of no named side says so in
    the same brackets as its steps ("25 injured (side not reported; 23 → 25)", never two brackets)."""
    steps = _steps(figures)
    latest = list(steps.values())[-1]
    who = _whose(side, figures, latest.value == 1 and latest.qualifier == "exact")
    shown = figure(latest.value, latest.qualifier)
    text = f"{shown} {who} {kind}" if who else f"no {NO_ONE} {kind}" if shown == "0" else f"{shown} {kind}"
    unsided = "side not reported" if not who and shown != "0" else ""
    below = _retold_below(figures, numbers)
    if len(steps) < 2:
        cited = _cited(figures, latest.value, numbers, latest.qualifier)
        return text + (f" ({unsided})" if unsided else "") + cited + (f" ({below})" if below else "")
    values = list(steps)
    shown_steps = [figure(c.value, c.qualifier) + _cited(figures, c.value, numbers, c.qualifier)
                   for c in steps.values()]
    said = f"{unsided}; " if unsided else ""
    if values == sorted(values) and _grew(list(steps.values())):
        # a toll that grew day by day: 25 → 34 → 40+
        return text + f" ({said}{' → '.join(shown_steps)}{'; ' + below if below else ''})"
    # reports that disagree (a lower figure after a higher one, or two on one day) are not a
    # toll that fell: each figure with its day, none drawn as the successor of another
    each = [f"{step} on {_day(c)}" if c.as_of else step
            for step, c in zip(shown_steps, steps.values(), strict=True)]
    return text + f" ({said}reports differ: {', '.join(each)}{'; ' + below if below else ''})"


NO_ONE = "one"  # a zero whose side is not reported: "no one injured"
MEMBERS = "members"  # a named group's dead: "5 Popular Mobilization Forces members killed"


def _whose(side: CasualtySide, figures: Sequence[Casualty], one: bool) -> str:
    """Whose dead or injured a row says they are: the group the reports name them as members of
    (``Casualty.group``: "Popular Mobilization Forces members", never only the side's word for a
    group the text names), the side's word with the groups when reports name several ("militants
    (X, Y)"), else the side's word; ``one``: the figure is one person ("militant", "X member"). Only
    when every figure names its group: a report's "17 militants" is not another report's group."""
    named = all(c.group is not None for c in figures)
    groups = list(dict.fromkeys(c.group.name for c in figures if c.group is not None)) if named else []
    word = SIDE_WORDS[side] if len(groups) != 1 else f"{groups[0]} {MEMBERS}"
    word = word.removesuffix("s") if one else word
    return word + (f" ({', '.join(groups)})" if len(groups) > 1 else "")


def _grew(steps: Sequence[Casualty]) -> bool:
    """Whether rising figures tell a toll that grew: each given on a later day than the one before,
    or on the same day when the lower one was only a floor ("at least 24" and "34" on 29 Jan
    agree; "24" and "34" on one day do not)."""
    return all(a.as_of is not None and b.as_of is not None
               and (a.as_of < b.as_of or (a.as_of == b.as_of and a.qualifier in FLOORS))
               for a, b in itertools.pairwise(steps))


def _day(casualty: Casualty) -> str:
    """"3 Feb": the day a figure was given."""
    day = casualty.as_of
    return f"{day.day} {day:%b}" if day is not None else ""


def cite_runs(numbers: Sequence[int]) -> list[tuple[int, int]]:
    """Source numbers as runs, so that a row many reports support stays short: [1, 2, 3, 4, 7, 9,
    10] -> [(1, 4), (7, 7), (9, 10)], shown "[1]–[4] [7] [9][10]"; each end is still a link."""
    runs: list[tuple[int, int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


OUTLETS_NAMED = 4  # outlets a source cell names before "and N more"


def outlets_line(outlets: Sequence[str], limit: int = OUTLETS_NAMED) -> str:
    """"Reuters; AP; CNN; Rudaw and 14 more outlets": the first few by the source list's order, and
    how many more (every one is in the source list and the JSON export)."""
    named = list(dict.fromkeys(outlets))
    if len(named) <= limit + 1:  # "and 1 more" is no shorter than the name
        return "; ".join(named)
    return f"{'; '.join(named[:limit])} and {len(named) - limit} more outlets"


def more_reports(count: int) -> str:
    """The reports of a row that the source list does not number (each item numbers its first
    few reports; every one is in the JSON export)."""
    if not count:
        return ""
    return f"and {count} more in the JSON export"
