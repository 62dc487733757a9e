"""Many articles -> one set of records: syndicated duplicates, shared events, conflicting figures.

Figures are never averaged or dropped: tallies stay one per source, and those
that cannot all be true (same metric, same day, ranges that do not overlap)
share a ``conflict`` group.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypeVar

from .datelines import safe_date
from .extract.details import merge_details
from .extract.events import summarise
from .figures import REPORTED, interval
from .ids import event_id, name_events
from .model import Article, ArticleRecord, Event, Statement, Tally, distinct
from .names import StoryWords, default_words
from .rules import Rules, grammar

if TYPE_CHECKING:
    from .topic import KnownEvent

Record = TypeVar("Record", Article, ArticleRecord)

DUPLICATE_SIMILARITY = 0.6
SKETCH = 16  # the smallest shingle hashes that index an article for finding its copies
# A copy shares most of them; two stories that only share a stock sentence ("The US has
# 2,500 troops in Iraq") share one or two. Only candidates sharing this many are checked.
SKETCH_SHARED = 4
COMMON = 32  # a sketch value shared by this many articles is a stock phrase, not a clue
# a shingle's words are the runs of [a-z0-9] of the lowered text: every other byte (and a
# character that is not ASCII, encoded as "?") becomes a space, and the bytes are split there
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")
_APART = bytes(b if b in _WORD_BYTES else 0x20 for b in range(256))


def shingles(text: str, size: int = 5) -> array[int]:
    """The sorted, distinct hashes of the text's 5-word runs (crc32: the same in every process).

    Each run is hashed as a slice of the words joined once, with no string built per run. The
    words are those of ``re.findall(r"[a-z0-9]+", text.lower())``, found by one translation of
    the text's bytes (the pattern's search took twice as long)."""
    words = text.lower().encode("ascii", "replace").translate(_APART).split()
    if len(words) < size:
        return array("I")
    joined = memoryview(b" ".join(words))
    starts = [0, *itertools.accumulate(len(w) + 1 for w in words)]
    crc = zlib.crc32
    runs = {crc(joined[starts[i]:starts[i + size] - 1]) for i in range(len(words) - size + 1)}
    return array("I", sorted(runs))


def sketch(prints: array[int]) -> tuple[int, ...]:
    """What indexes an article for finding its copies: its smallest shingle hashes."""
    return tuple(prints[:SKETCH])


def mark_duplicates(articles: Sequence[Record], sketches: Sequence[Sequence[int]], sizes: Sequence[int],
                    fetch: Callable[[int], array[int]]) -> list[Record]:
    """Syndicated copies get ``duplicate_of``: the earliest-published (then first by path) copy.

    Candidates are the earlier originals that share several of an article's 16 smallest
    shingle hashes (``sketches``, a min-hash sketch: near-copies share most); each is then
    checked exactly, on the shingles ``fetch`` gives for an article's number: at least 60%
    of the shorter text's 5-word runs must appear in the other. Linear in the archive, not
    quadratic, and only candidates' shingles are ever fetched.
    """
    order = sorted(range(len(articles)), key=lambda i: (articles[i].published or dt.date.max,
                                                       articles[i].path))
    rank = {i: r for r, i in enumerate(order)}
    index: dict[int, list[int]] = {}
    marked: dict[int, int] = {}
    for i in order:
        if not sizes[i]:
            continue
        postings = [p for value in sketches[i] if len(p := index.get(value, ())) < COMMON]
        sharing = Counter(c for posting in postings for c in posting)
        needed = min(SKETCH_SHARED, sizes[i])
        candidates = sorted((c for c, n in sharing.items() if n >= needed), key=rank.__getitem__)
        mine = set(fetch(i)) if candidates else set()
        for c in candidates:
            shared = len(mine.intersection(fetch(c)))
            if shared / min(sizes[i], sizes[c]) >= DUPLICATE_SIMILARITY:
                marked[i] = c
                break
        else:
            for value in sketches[i]:
                index.setdefault(value, []).append(i)
    return [dataclasses.replace(a, duplicate_of=articles[marked[i]].id) if i in marked else a
            for i, a in enumerate(articles)]


def mark_updates(articles: Sequence[Record], tallies: Sequence[Tally]) -> list[Record]:
    """A copy is a duplicate only when it reports the same facts. A copy that adds or changes a
    figure (one moved from 166 to 167) is an update: it gets ``update_of`` (the earlier copy) in
    place of ``duplicate_of``, and its facts count. Events are not compared: two copies of one
    text read alike, but one that is undated (or dated a day apart) places its days otherwise,
    and real copies in the field set differed so by their events alone, never by their facts."""
    facts = _facts(tallies)
    marked = []
    for article in articles:
        original = article.duplicate_of
        if original is not None and facts.get(article.id, set()) - facts.get(original, set()):
            article = dataclasses.replace(article, duplicate_of=None, update_of=original)
        marked.append(article)
    return marked


def _facts(tallies: Sequence[Tally]) -> dict[str, set[tuple[object, ...]]]:
    """Per article, the figures it gives (metric, value)."""
    found: dict[str, set[tuple[object, ...]]] = {}
    for tally in tallies:
        found.setdefault(tally.sources[0].article, set()).add((tally.metric, tally.value))
    return found


def fold_copies(tallies: Sequence[Tally], originals: dict[str, str],
                updates: Mapping[str, str] | None = None) -> list[Tally]:
    """A syndicated copy's figures are counted once: each becomes another source of the
    original's same figure (or is dropped). Its events merge like any report's. An update's
    figures that the earlier copy gave fold the same way; its new ones count on their own."""
    updates = updates or {}
    copies = {**originals, **updates}
    kept = [t for t in tallies if t.sources[0].article not in copies]
    index = {(t.sources[0].article, t.metric, t.value): i for i, t in enumerate(kept)}
    for tally in tallies:
        original = copies.get(tally.sources[0].article)
        if original is None:
            continue
        at = index.get((original, tally.metric, tally.value))
        if at is not None:
            kept[at] = dataclasses.replace(kept[at], sources=kept[at].sources + tally.sources)
        elif tally.sources[0].article in updates:
            kept.append(tally)
    return kept


def fold_statements(statements: Sequence[Statement], originals: Mapping[str, str],
                    updates: Mapping[str, str]) -> list[Statement]:
    """A copy's claims and statements are the original's: a duplicate's are dropped, and an
    update's are kept only when the earlier copy has none of the same kind by the same speaker."""
    said = {(s.sources[0].article, s.kind, s.who) for s in statements}
    return [s for s in statements if s.sources[0].article not in originals
            and (updates.get(s.sources[0].article), s.kind, s.who) not in said]


_QUOTED = re.compile(r"[“\"]([^”\"]{20,})[”\"]")
_QUOTE_WORDS = 6  # runs of this many quoted words are compared; fewer say too little


def join_statements(statements: Sequence[Statement]) -> list[Statement]:
    """One statement, with every source, where outlets quote the same words: the same kind, the
    same speaker, the same day, and at least half the runs of six quoted words of the shorter
    quotation in common (letters and digits only, case ignored; so "But let all ..." and
    "Let all ..." are one). Claims and denials that answer each other are left as they are.
    Each statement looks its runs up in an index, so the cost grows with the statements."""
    kept: list[Statement] = []
    kept_runs: list[int] = []
    index: dict[tuple[str, str | None, dt.date | None, tuple[str, ...]], int] = {}
    for statement in statements:
        runs = _quoted_runs(statement) if not statement.answers and not statement.replies else []
        head = (statement.kind, statement.who, statement.date)
        hits = Counter(index[(*head, run)] for run in runs if (*head, run) in index)
        at, shared = hits.most_common(1)[0] if hits else (None, 0)
        if at is not None and 2 * shared >= min(len(runs), kept_runs[at]):
            kept[at] = dataclasses.replace(kept[at], sources=kept[at].sources + statement.sources)
            continue
        for run in runs:
            index.setdefault((*head, run), len(kept))
        kept_runs.append(len(runs))
        kept.append(statement)
    return kept


def _quoted_runs(statement: Statement) -> list[tuple[str, ...]]:
    """The runs of six words of the longest quotation in the statement's first evidence."""
    quotes = _QUOTED.findall(statement.sources[0].quote)
    words = re.findall(r"[a-z0-9]+", max(quotes, key=len).lower()) if quotes else []
    return sorted({tuple(words[i:i + _QUOTE_WORDS]) for i in range(len(words) - _QUOTE_WORDS + 1)})


def merge_events(events: Sequence[Event], articles: Mapping[str, Article | ArticleRecord],
                 words: StoryWords | None = None,
                 bases: frozenset[str] = frozenset(),
                 known: Sequence[KnownEvent] = (),
                 clocks: Clocks | None = None,
                 hosts: Mapping[str, str] | None = None) -> tuple[list[Event], list[Event]]:
    """One record per real event, with every source; reports a day apart across time zones join.
    ``words``: the story's, for the joined records' summaries (the default profile's when None);
    ``bases``: the story's places that are installations or host its forces (an undated report
    naming one joins no event at another only, :func:`_undated_home`); ``known``: the story's
    known events (reports telling one of their own day never join the next day's, :func:`_own_day`);
    ``clocks``: the story's words for a report's time of day (:func:`clocks_of`; None: reports
    told on either side of midnight join only as the other rules say, :func:`_across_midnight`);
    ``hosts``: the story's places hosting its forces, each with the spot the map draws it at (two
    reports each naming another of them tell two acts, :func:`_at_other_bases`).

    Returns the dated events and the undated mentions that no dated event took in.
    Every step looks records up by type and day, so an archive's thousands of undated
    mentions cost thousands of lookups, not a scan of every event each.
    """
    groups = _by_day(events, words, known, clocks)
    clusters = [part for group in groups.values() for part in _apart(group, bases, hosts or {})]
    homes: dict[tuple[str, str | None, dt.date | None], list[list[Event]]] = {}
    for cluster in clusters:
        homes.setdefault((cluster[0].type, cluster[0].country, cluster[0].date), []).append(cluster)
    leftovers = []
    placed: dict[str, list[dt.date]] = {}  # an article's days without a year that other reports placed
    for event in (e for e in events if not e.date):
        home = _undated_home(homes, event, articles, bases)
        if home is None:
            leftovers.append(event)
        else:
            note = ("year from other reports of the same event" if event.day_without_year
                    else "date from other coverage of the same event")
            home.append(dataclasses.replace(event, date_note=note, date_basis="other-reports"))
            if event.day_without_year and home[0].date is not None:
                placed.setdefault(event.sources[0].article, []).append(home[0].date)
    beside = _placed_beside(leftovers, placed)
    if beside:  # rare: read the run again with those days placed (they may join other reports)
        return merge_events([beside.get(id(e), e) for e in events], articles, words, bases, known, clocks,
                            hosts)
    # the ids come from the earliest reports, so next week's articles cannot move them (ids.py)
    merged = name_events([_join(cluster, words) for cluster in clusters], clusters, articles)
    return (sorted(merged, key=lambda e: (e.date, e.type, e.country or "", e.id)),
            sorted(leftovers, key=lambda e: e.id))


Key = tuple[str, str | None, dt.date]


def _by_day(events: Sequence[Event], words: StoryWords | None = None,
            known: Sequence[KnownEvent] = (), clocks: Clocks | None = None) -> dict[Key, list[Event]]:
    """Dated reports grouped by type, country and day: a report without a country joins each placed
    group of its type and day; reports a day apart join across time zones."""
    groups: dict[Key, list[Event]] = {}
    for event in sorted((e for e in events if e.date), key=lambda e: e.id):
        groups.setdefault((event.type, event.country, event.date), []).append(event)  # type: ignore[arg-type]
    _join_specific(groups, words or default_words())
    _join_announced(groups, words or default_words())
    _join_countryless(groups)
    _join_time_zones(groups, known, clocks)
    return groups


def _apart(group: list[Event], bases: frozenset[str] = frozenset(),
           hosts: Mapping[str, str] | None = None) -> list[list[Event]]:
    """One report's events of one kind, country and day were kept apart by its reader (attacks on
    two bases the same day: "attacks on <one base> and on <another>"): they stay apart here; so do
    reports that each name another base (:func:`_at_other_bases`). Each other report joins the one
    that shares a place (or a named site) with it, else the first that names no other base
    (``bases``: :func:`_other_bases`), else a part of its own."""
    mine: dict[str, list[Event]] = {}
    for event in group:
        if event.country is not None:  # a report with no country joined every placed group of its day
            mine.setdefault(event.sources[0].article, []).append(event)
    # of two reports that kept as many apart, the one that names more of them (two ships of the
    # public record rather than two unnamed ones) shapes the parts
    split = max(mine.values(), key=lambda kept: (len(kept), len({e.named_event for e in kept} - {None})),
                default=[])
    if len(split) < 2:
        split = _at_other_bases(group, hosts or {})
    if len(split) < 2:
        return [group]
    parts = [[event] for event in split]
    # named reports first: each takes its own act's part before another report's unnamed row fills it
    for event in sorted(group, key=lambda e: e.named_event is None):
        if any(event is part[0] for part in parts):
            continue
        home = _not_beside_its_own(event, _home_of(event, parts, bases), parts)
        if home is None:
            parts.append([event])
        else:
            home.append(event)
    return parts


def _at_other_bases(group: list[Event], hosts: Mapping[str, str]) -> list[Event]:
    """When no report kept the day's acts apart: the first report naming each base, when every
    placed report names one base at most and two name bases at other spots ("drones at <a base in
    the west>" in one report, "a drone at <an airport base in the north>" in another: two acts, two
    rows). ``hosts`` maps each base to its spot: two drawn at one town's point (an embassy and the
    base beside it) may be one volley, never split on. A report naming two bases splits nothing."""
    first: dict[str, Event] = {}
    for event in (e for e in group if e.country is not None):
        spots = {hosts[name] for name in _told_at(event) if name in hosts}
        if len(spots) > 1:
            return []
        for spot in spots:
            first.setdefault(spot, event)
    return list(first.values()) if len(first) > 1 else []


def _told_at(event: Event) -> set[str]:
    """The places a report's own sentences of the act name, with its sites told there: a site its
    details read from another sentence ("the group says it hit <another base> yesterday", a claim
    the official then denies) names no base of this act to split the day on."""
    own = event.sources
    sites = (n for n in (event.details.site, *event.details.other_sites) if n is not None)
    return set(event.places) | {n.name for n in sites if any(
        n.source.article == s.article and s.start <= n.source.start and n.source.end <= s.end for s in own)}


def _where(event: Event) -> set[str]:
    """The places a report names, with the sites it names (a site told without its place)."""
    return set(event.places) | _sites_named([event])


def _not_beside_its_own(event: Event, home: list[Event] | None,
                        parts: list[list[Event]]) -> list[Event] | None:
    """A placed report's events that its reader kept apart stay apart here too: one that would
    join a part already holding another of them takes the first part that holds none (two ships
    of one day, each its own row in every report that tells both). Never a part of another named
    event: a report that tells one named ship twice has told one act (its own row, told twice)."""
    article = event.sources[0].article
    if home is None or event.country is None or all(e.sources[0].article != article for e in home):
        return home
    named = event.named_event
    if named is not None and any(e.named_event == named for e in home):
        return home  # one named act told twice by one report: one act
    free = [p for p in parts if all(e.sources[0].article != article for e in p)
            and (named is None or all(e.named_event in (None, named) for e in p))]
    return free[0] if free else home


def _home_of(event: Event, parts: list[list[Event]],
             bases: frozenset[str] = frozenset()) -> list[Event] | None:
    """The part a report joins: the one of the same named event (two ships of the public record
    hit the same day: each report of one joins its own), else the one that shares a place with
    it, else the first; None for a named event that none of the parts, each of a named event, is
    (a third ship of that day: its own event)."""
    places = _where(event)
    shared = next((p for p in parts if places & {q for e in p for q in _where(e)}
                   and not _another_named(event, p)), None)
    named = next((p for p in parts if event.named_event is not None
                  and any(e.named_event == event.named_event for e in p)), None)
    if named is None and event.named_event is not None and all(
            any(e.named_event is not None for e in p) for p in parts):
        return None
    # an act at a third base (or a third ship named) is none of two acts at other bases (or of
    # other ships) that one report told apart
    mine = places & bases
    first = next((p for p in parts if not _other_bases(mine, {q for e in p for q in e.places} & bases)
                  and not _another_named(event, p)), None)
    return named or shared or first


def _another_named(event: Event, part: list[Event]) -> bool:
    """Whether a named report's part is of another named event than its own. A report telling a
    known event by its own words a day off its day (``near_named``: a timeline's "On 15 December"
    for a ship hit on the 14th, that ship its target) is that event's too, when it names no target
    the part's reports name: never the row of another ship it shares a sea with."""
    own = event.named_event
    if own is None and event.near_named is not None and not _targets(event) & _targets(*part):
        own = event.near_named
    return own is not None and any(e.named_event not in (None, own) for e in part)


def _targets(*events: Event) -> set[str]:
    return {t.name for e in events for t in e.details.targets}


def _join_specific(groups: dict[Key, list[Event]], words: StoryWords) -> None:
    """Reports of the act's default kind ("US strike") and the one group of that day and country
    whose reports name its kind more closely ("US self-defence strike") are one strike, one row,
    of the kind most of its reports give (the closer one on a tie): its first report is of it."""
    # each kind's closer kinds worked out once, not once per pair of groups (the groups of a run are
    # its kinds x countries x days: asked of every pair, it was a quarter of merging 2,000 clippings)
    closer_kinds = {kind: words.specific(kind) for kind in {k[0] for k in groups}}
    for key in [k for k in groups if closer_kinds[k[0]]]:
        kinds = closer_kinds[key[0]]
        closer = [k for k in groups if k[0] in kinds and k[1:] == key[1:]]
        if len(closer) != 1:
            continue
        default, specific = groups.pop(key), groups.pop(closer[0])
        kept, joined = (specific, default) if len(specific) >= len(default) else (default, specific)
        groups[closer[0] if kept is specific else key] = kept + joined


def _join_announced(groups: dict[Key, list[Event]], words: StoryWords) -> None:
    """A closer kind's reports of the day after the act's default kind ("a self-defence strike",
    dated by the day of the statement announcing it, "early Thursday") and the one group of the
    default kind and that country the day before (a strike on Wednesday) are one strike, when
    something besides the kind ties them (:func:`_tied`). Never on the kind and the days alone:
    two strikes of one side a day apart are two rows (twenty-second session)."""
    closer_kinds = {kind: words.specific(kind) for kind in {k[0] for k in groups}}  # once, not per group
    for key in [k for k in groups if closer_kinds[k[0]]]:
        next_day = key[2] + dt.timedelta(days=1)
        later = [k for k in ((kind, key[1], next_day) for kind in closer_kinds[key[0]]) if k in groups]
        if len(later) != 1 or key not in groups:
            continue
        announced = groups[later[0]]
        if (any(e.date_basis == "statement" for e in announced) and _tied(groups[key], announced)
                and not _articles_of(groups[key]) & _articles_of(announced)):
            groups[key].extend(groups.pop(later[0]))


def _tied(one: list[Event], other: list[Event]) -> bool:
    """Whether two groups' reports share a named site, a target or a count (what and how many)."""
    def ties(group: list[Event]) -> set[tuple[str, ...]]:
        sites = {("site", name) for name in _sites_named(group)}
        targets = {("target", t.name) for e in group for t in e.details.targets}
        counts = {("count", c.what, str(c.value)) for e in group for c in e.details.counts}
        return sites | targets | counts
    return bool(ties(one) & ties(other))


def _join_countryless(groups: dict[Key, list[Event]]) -> None:
    """A report of that day's "strikes" with no country joins each placed event of its kind
    that day (a report of strikes in Iraq and in Syria is a report of both)."""
    placed: dict[tuple[str, dt.date], list[Key]] = {}
    for key in groups:
        if key[1] is not None:
            placed.setdefault((key[0], key[2]), []).append(key)
    named = _named_of_articles(groups)
    for key in [k for k in groups if k[1] is None]:
        reports = groups[key]
        own = [(r, home) for r in reports
               if (home := _own_named(r, named.get((r.sources[0].article, key[0], key[2])))) is not None]
        for report, home in own:
            reports.remove(report)
            groups[home].append(report)
        same_day = placed.get((key[0], key[2]), [])
        if same_day or not reports:
            groups.pop(key)
            for report in reports:
                for other in _homes_by_place(report, same_day, groups):
                    groups[other].append(report)


def _homes_by_place(report: Event, same_day: list[Key], groups: Mapping[Key, list[Event]]) -> list[Key]:
    """The placed groups a countryless report joins: those that share a place with it, when any do
    (a drone shot down near <a base> is that base's country's attack, not also one in the other
    country attacked that day; twenty-first session); else every one."""
    mine = set(report.places)
    sharing = [k for k in same_day if mine & {p for e in groups[k] for p in e.places}]
    return sharing or same_day


NamedHome = tuple[Key, Event]  # the placed group of an article's named report, and that report


def _own_named(report: Event, home: NamedHome | None) -> Key | None:
    """The named act a countryless report of its article is: of the same day, or of the day before
    (told across midnight: "an overnight drone attack") when no means tell them apart. A report of
    the day before whose weapons share none with the named report's ("rockets on Saturday", beside
    the drone attack at a named site on Sunday) is another act: it joins none."""
    if home is None:
        return None
    key, named = home
    if report.date == key[2] or not report.weapons or not named.weapons:
        return key
    return key if set(report.weapons) & set(named.weapons) else None


def _named_of_articles(groups: dict[Key, list[Event]]) -> dict[tuple[str, str, dt.date], NamedHome]:
    """For each article, kind and day: the placed group holding the article's own report of a named
    event of that kind on that day or the next (its known, local day), with that report. A report of
    that article with no country, of that day ("an overnight drone attack" in a report whose headline
    tells the Tower 22 attack, its place misspelt), is that act (:func:`_own_named`): it joins it,
    not each placed act of its day, which would make it a source of another country's act (issue 23)."""
    found: dict[tuple[str, str, dt.date], NamedHome] = {}
    for key, reports in groups.items():
        if key[1] is None:
            continue
        for report in (r for r in reports if r.named_event is not None):
            for day in (key[2], key[2] - dt.timedelta(days=1)):
                found.setdefault((report.sources[0].article, key[0], day), (key, report))
    return found


def _join_time_zones(groups: dict[Key, list[Event]], known: Sequence[KnownEvent] = (),
                     clocks: Clocks | None = None) -> None:
    """A US report of "Tuesday" and an Iraqi "Wednesday" for the same strike: adjacent days
    join only where a report explains the gap by local time, or the later day is a named
    event's known (local) day (the Tower 22 attack, told for Saturday evening in Washington
    and Sunday in Jordan), or one day's reports tell in their own words the named event the
    other day's are dated by, or the two days' reports tell one act at one site on either side
    of midnight (:func:`_across_midnight`), and only if no article reports both days as separate events.
    A day's reports join the next day's once at most (a time zone moves a day by one, never
    two), and never when each tells a known event of its own day (:func:`_kept_apart`)."""
    for key in sorted(groups, key=lambda k: k[2]):
        later = (key[0], key[1], key[2] + dt.timedelta(days=1))
        if key not in groups or later not in groups or _kept_apart(groups[key], groups[later], key[2], known):
            continue
        local = (any(e.date_basis == "local-time" for e in (*groups[key], *groups[later]))
                 or any(e.named_event is not None for e in groups[later])
                 or _told_a_day_off(groups[key], groups[later])
                 or _across_midnight(groups[key], groups[later], clocks))
        if local and not _articles_of(groups[key]) & _articles_of(groups[later]):
            groups[later].extend(groups.pop(key))


def _kept_apart(earlier: list[Event], later: list[Event], day: dt.date, known: Sequence[KnownEvent]) -> bool:
    """Whether two adjacent days' reports stay apart whatever their time zones: the earlier day's
    were already moved to it from the day before (a time zone moves a day by one, never two), or
    each day's reports tell a known event of their own day (a ship hit on Wednesday, named in its
    report, and another ship hit on Thursday: two acts, neither the other's US-time telling), or
    the earlier day's reports tell by their own words a known event the later day's are not
    (:func:`_tells_another`)."""
    if any(e.date != day for e in earlier) or _tells_another(earlier, later):
        return True
    next_day = day + dt.timedelta(days=1)
    return bool(_known_told(earlier, day, known)) and bool(_known_told(later, next_day, known))


def _tells_another(earlier: list[Event], later: list[Event]) -> bool:
    """Whether a report of the earlier day tells by its own words a known event a day off its own
    that none of the later day's reports are dated by: a timeline's entry of the day after one ship
    was hit, naming that ship, is that ship's attack, never the next day's attack on another ship."""
    named = {e.named_event for e in later if e.named_event is not None}
    return any(e.near_named is not None and e.near_named not in named for e in earlier)


def _known_told(group: list[Event], day: dt.date, known: Sequence[KnownEvent]) -> set[str]:
    """The known events of that day and the group's kind its reports are dated by or tell by a cue."""
    named = {e.named_event for e in group if e.named_event is not None and e.date == day}
    kind = group[0].type
    return named | {k.name for k in known if k.date == day and k.type == kind
                    and any(k.told_in(s.quote) for e in group for s in e.sources)}


def _told_a_day_off(earlier: list[Event], later: list[Event]) -> bool:
    """Whether reports of one day tell, by its own words, the known event the other day's reports
    are dated by (the strikes of 2 February, told "On February 3" by a local outlet)."""
    def named(group: list[Event]) -> set[str]:
        return {e.named_event for e in group if e.named_event is not None}
    return (any(e.near_named in named(later) for e in earlier)
            or any(e.near_named in named(earlier) for e in later))


Clock = Literal["evening", "small-hours"]  # the time of day a report tells its act at


@dataclass(frozen=True)
class Clocks:
    """The story's patterns for the time of day a report tells its act at: the events grammar's
    rules ``evening_told`` and ``small_hours_told``, with the profile's [event_words] clocks."""

    evening: re.Pattern[str]
    small_hours: re.Pattern[str]

    def told(self, report: Event) -> frozenset[Clock]:
        """The times of day the report's own sentences tell."""
        quotes = [s.quote for s in report.sources]
        found: set[Clock] = set()
        if any(self.evening.search(q) for q in quotes):
            found.add("evening")
        if any(self.small_hours.search(q) for q in quotes):
            found.add("small-hours")
        return frozenset(found)


def clocks_of(event_words: Mapping[str, tuple[str, ...]]) -> Clocks:
    """The story's :class:`Clocks`, from its profile's [event_words] lists."""
    rules = Rules(grammar("events"), event_words)
    return Clocks(rules.pattern("evening_told"), rules.pattern("small_hours_told"))


def _across_midnight(earlier: list[Event], later: list[Event], clocks: Clocks | None) -> bool:
    """Whether two adjacent days' reports tell one act on either side of midnight: one report of
    the earlier day tells it in the evening ("late Monday", "at 5 p.m. ET": US time) and one of the
    later day in the small hours ("in the early hours of Tuesday": local time), both days' reports
    name one site and no other, and the two reports name a means in common (rockets both). Two
    acts at one base a night apart ("late on the 30th, rockets; in the early hours of the 31st,
    drones") name other means; never joined on the days or the site alone."""
    site = _one_site(earlier)
    if clocks is None or site is None or site != _one_site(later):
        return False
    evening = [e for e in earlier if "evening" in clocks.told(e)]
    small = [e for e in later if "small-hours" in clocks.told(e)]
    return any(set(one.weapons) & set(other.weapons) for one in evening for other in small)


def _one_site(group: list[Event]) -> str | None:
    """The one installation a day's reports name (as their site or another's), if they name one."""
    named = _sites_named(group)
    return named.pop() if len(named) == 1 else None


def _sites_named(group: list[Event]) -> set[str]:
    """The installations a group's reports name, as their site or another's."""
    return {n.name for e in group for n in (e.details.site, *e.details.other_sites) if n is not None}


def _articles_of(cluster: list[Event]) -> set[str]:
    return {s.article for e in cluster for s in e.sources}


# Days of one article without their year: "on August 5 ... Days later, on August 9". Once other
# reports place one of them, the others within this many days of it are of the same year.
BESIDE_REACH = 60


def _placed_beside(leftovers: Sequence[Event], placed: Mapping[str, list[dt.date]]) -> dict[int, Event]:
    """The article's other days without a year, each in the one year that puts it within
    ``BESIDE_REACH`` days of a day of the same article that other reports placed (by ``id()`` of
    the undated record). A day two years could place stays undated."""
    found: dict[int, Event] = {}
    for event in leftovers:
        anchors = placed.get(event.sources[0].article, []) if event.day_without_year else []
        if not anchors or event.day_without_year is None:
            continue
        month, day = (int(x) for x in event.day_without_year.split("-"))
        near = {(d, anchor) for anchor in anchors for year in (anchor.year - 1, anchor.year, anchor.year + 1)
                if (d := safe_date(year, month, day)) and abs((d - anchor).days) <= BESIDE_REACH}
        if len({d for d, _ in near}) != 1:
            continue
        (when, anchor), *_ = sorted(near, key=lambda n: abs((n[0] - n[1]).days))
        note = f"year from {anchor:%d %b %Y}, a day of the same article that other reports placed"
        found[id(event)] = dataclasses.replace(
            event, date=when, date_precision="day", date_note=note, date_basis="other-reports",
            date_anchor=anchor, date_offset=(when - anchor).days, day_without_year=None)
    return found


def _undated_home(homes: Mapping[tuple[str, str | None, dt.date | None], list[list[Event]]], event: Event,
                  articles: Mapping[str, Article | ArticleRecord],
                  bases: frozenset[str] = frozenset()) -> list[Event] | None:
    """The dated event an undated report tells: for "Jan. 20" without a year, the one event of
    its kind and country that other reports date on a 20 January (of several that one report kept
    apart on one day, the one sharing a place with it); for a report with no day at
    all, the one cluster of the same type and country, dated from two days before the report's
    publication to the day after, that shares a place with it. None unless exactly one."""
    if event.day_without_year:
        month, day = (int(x) for x in event.day_without_year.split("-"))
        # rare (a day without its year), so a pass over the archive's days is affordable
        same_day = [c for (kind, country, date), found in homes.items() for c in found
                    if kind == event.type and date and (date.month, date.day) == (month, day)
                    and event.country in (None, country)]
        if len(same_day) > 1 and len({c[0].date for c in same_day}) == 1:
            # one report kept that day's acts apart (two bases): the one at a place this report names
            mine = set(event.places)
            same_day = [c for c in same_day if mine & {p for e in c for p in e.places}]
        return same_day[0] if len(same_day) == 1 else None
    published = articles[event.sources[0].article].published
    # Only a report naming the same place joins: "an attack in Iraq" the day before is not
    # enough to say which attack it was.
    if published is None or not event.places:
        return None
    days = [published + dt.timedelta(days=shift) for shift in (-2, -1, 0, 1)]
    mine = set(event.places)
    near = [c for day in days for c in homes.get((event.type, event.country, day), ())]
    # a shared province is not the same act when each names its base and the bases differ
    fits = _own_site_first(event, [c for c in near if mine & (theirs := {p for e in c for p in e.places})
                                   and not _other_bases(mine & bases, theirs & bases)
                                   and not _other_ship(event, c, theirs)])
    # The report itself dates an act of this kind and country in those days ("claimed on Tuesday
    # ... a base was attacked"): its undated mention may be that act, so another report's day is
    # no more than a guess.
    article = event.sources[0].article
    own = [c for c in near if any(s.article == article for e in c for s in e.sources)]
    return fits[0] if len(fits) == 1 and (not own or fits[0] in own) else None


def _own_site_first(event: Event, fits: list[list[Event]]) -> list[list[Event]]:
    """Of several acts a mention naming two bases may be (drones at two bases over a weekend, each
    its own row), the one at the base its reader made its site; all of them when none is."""
    site = event.details.site
    own = [c for c in fits if site is not None and site.name in _sites_named(c)] if len(fits) > 1 else []
    return own or fits


def _other_ship(event: Event, cluster: list[Event], theirs: set[str]) -> bool:
    """Whether a mention tells nothing of its own beside a known event's reports: it shares only the
    country with them (a story at sea: "a second ship also came under attack in the Red Sea") and
    names no means. A known act is one ship's and a sea is no place: the mention may be any act of
    those days, so the known act's day is not its own."""
    if (set(event.places) & theirs) - {event.country} or all(e.named_event is None for e in cluster):
        return False
    return not event.weapons


def _other_bases(mine: set[str], theirs: set[str]) -> bool:
    """Whether two reports name bases (installations, places hosting the story's forces) and none
    of them in common: acts at two bases, whatever province they share."""
    return bool(mine) and bool(theirs) and not mine & theirs


def _join(cluster: list[Event], words: StoryWords | None = None) -> Event:
    if len(cluster) == 1:
        return cluster[0]
    votes = Counter(e.date for e in cluster if e.date)
    # A named event's known (local) day; else the day most sources give, on a tie the later
    # one, the local (Iraq/Syria) day.
    named = {e.date for e in cluster if e.named_event is not None and e.date is not None}
    day = max(named) if named else max(votes, key=lambda d: (votes[d], d))
    country = next((e.country for e in cluster if e.country), None)
    places = tuple(dict.fromkeys(p for e in cluster for p in e.places))
    notes = [e.date_note for e in cluster if e.date != day]
    basis = next((e for e in cluster if e.date == day), cluster[0])
    return Event(
        id=event_id(cluster[0].type, country, day, None),
        type=cluster[0].type, date=day, date_precision="day", country=country,
        places=places,
        actors=tuple(dict.fromkeys(a for e in cluster for a in e.actors)),
        weapons=tuple(dict.fromkeys(w for e in cluster for w in e.weapons)),
        summary=summarise(cluster[0].type, country, places, words),
        sources=distinct(s for e in cluster for s in e.sources),
        date_note="; ".join(dict.fromkeys(n for n in notes if n)) or cluster[0].date_note,
        date_basis=basis.date_basis, date_anchor=basis.date_anchor, date_offset=basis.date_offset,
        named_event=basis.named_event,
        details=merge_details([e.details for e in cluster]),
    )


def flag_conflicts(tallies: Sequence[Tally]) -> list[Tally]:
    """Figures for the same metric and day that cannot all be true share a ``conflict`` group
    ("METRIC:DAY"); the others are left as they are.

    A figure clashes with another of the same day whose range cannot overlap its own and
    which counts from the same start (or states none). Stored as groups, not pairs, and
    found against the tightest bounds of each day rather than every other figure, so
    thousands of figures a day cost thousands of steps, not millions.
    """
    days: dict[tuple[str, dt.date, bool], list[int]] = {}
    for number, tally in enumerate(tallies):
        if tally.as_of is not None:
            # a group's claim or a monitor's count beside the government's figure is told
            # apart (figures.py), not a conflict: each kind is compared with its own kind
            days.setdefault((tally.metric, tally.as_of, tally.source_kind in REPORTED), []).append(number)
    flagged = list(tallies)
    for (metric, day, reported), members in days.items():
        group = f"{metric}:{day.isoformat()}" + ("" if reported else ":claims-monitors")
        for number in _clashing([tallies[n] for n in members]):
            flagged[members[number]] = dataclasses.replace(tallies[members[number]], conflict=group)
    return flagged


def _clashing(figures: Sequence[Tally]) -> list[int]:
    """Which of one day's figures clash with at least one other (see flag_conflicts)."""
    bounds = [interval(t) for t in figures]
    starts: dict[dt.date | None, list[int]] = {}
    for number, figure in enumerate(figures):
        starts.setdefault(figure.since, []).append(number)
    unstated = starts.get(None, [])
    # a figure that states no start is compared with every figure, as each is with it
    compared = {since: [*members, *unstated] if since else list(range(len(figures)))
                for since, members in starts.items()}
    edges = {since: _Edges([bounds[n] for n in numbers], numbers) for since, numbers in compared.items()}
    return [n for n, figure in enumerate(figures) if edges[figure.since].clashes(n, *bounds[n])]


class _Edges:
    """The two lowest upper bounds and two highest lower bounds of some figures: enough to
    tell whether any of them but one's self lies wholly above or below a range."""

    def __init__(self, bounds: list[tuple[float, float]], numbers: list[int]) -> None:
        self.highs = sorted(zip((b[1] for b in bounds), numbers, strict=True))[:2]
        self.lows = sorted(zip((b[0] for b in bounds), numbers, strict=True), reverse=True)[:2]

    def clashes(self, number: int, low: float, high: float) -> bool:
        lowest_high = next((h for h, n in self.highs if n != number), None)
        highest_low = next((v for v, n in self.lows if n != number), None)
        below = lowest_high is not None and lowest_high < low
        return below or (highest_low is not None and highest_low > high)
