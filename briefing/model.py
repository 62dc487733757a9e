"""Frozen records passed between the pipeline stages.

The records an archive holds by the hundred thousand (evidence, problems, events,
tallies, article records) have ``__slots__``: a third less memory each.

Every fact the briefing states is one of these records, and every such record
carries :class:`Evidence`: the article it came from, the character span and
the exact quote. A fact without evidence does not exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # the comparison's records are made from these (briefing.compare)
    from .compare import CountryChange, Toll
    from .names import StoryWords

# "metadata": a saved page's own metadata (meta tags, JSON-LD) or a feed item's date field;
# "url": a date in the article's address.
# "desk": set by a [[source]] entry of corrections.toml
PublishedBasis = Literal["front-matter", "metadata", "dateline", "url", "body", "desk", "unknown"]
DatePrecision = Literal["day", "month", "unknown"]
# What fixed the year of a date line written without one ("New Delhi, Feb 8"): "named-event" a known
# event of the story that the text tells (the article appeared after it, while it is remembered);
# "weekday" a day the text writes beside its weekday ("Saturday, April 13"), in the one year of the
# campaign whose calendar agrees; "lede-weekday" the weekday the lede names bare ("reported on
# Wednesday", "after midnight Thursday"), of the date line's day or the day before, in the one year of
# the campaign whose calendar agrees.
# "run-figures" the window the run's dated running figures give the article's own figures
# ("150 attacks" after a dated 140 and before a dated 160), which only one year's day fits.
YearBasis = Literal["named-event", "weekday", "lede-weekday", "run-figures"]
# How an event's day was established, as data (names.py has the words): "written" a date with
# its year or a month-and-day placed by the publication year; "weekday" and "relative" a
# weekday or "yesterday" counted back from ``date_anchor`` (the publication day, or an
# anchor the article itself fixes); "local-time" the day after a US publication, which is
# the next day in Iraq or Syria; "statement" the day of the statement telling it; "named-event"
# a known event's day; "told-before" an act right after, or "the incident occurred on ...";
# "days-apart" counted from another act's day ("came two days after the strikes");
# "run" another article of the same run that quotes the same words; "run-counts" one that gives
# the same act's counts ("eight drones, five ... and three ...") in other words; "run-figures" a day named
# without its year, placed by the window the run's dated running figures give the article's own
# ("52 attacks" after a dated 41 and before a dated 66); "run-event" the day the run's dated reports
# give the same act at the same named site inside that window; "run-site" the day a dated article
# that the undated one quotes word for word gives its act at the same named site with the same
# means; "other-reports" the day other reports of the same event give.
DateBasis = Literal["written", "weekday", "relative", "local-time", "statement", "named-event",
                    "told-before", "days-apart", "run", "run-counts", "run-figures", "run-event", "run-site",
                    "other-reports", "unknown"]
# An event's kind: the name of one of its story's kinds (the profile's ``[kind.NAME]`` tables,
# names.KindWords: "attack_on_us_forces", "us_strike"; red-sea's "attack_on_shipping"). The
# profile is the only source of the names: every kind is checked against the loaded profile when
# the profile is read, when a desk correction or a known event names one, and by the extractor,
# which only ever chooses among the profile's kinds.
EventType = str
# What a running figure counts. Every story counts the first three; a story whose profile names
# the others ([metric.targets_hit], [metric.targets_lost]) also counts the targets its attacks hit
# (ships attacked) and the targets lost (ships sunk).
Metric = Literal["attacks", "injured", "killed", "targets_hit", "targets_lost"]
Qualifier = Literal["exact", "approximately", "at least", "more than", "nearly", "up to"]
SourceKind = Literal["official", "claim", "monitor", "outlet"]
Severity = Literal["error", "warning"]
# What a statement does (see :class:`Statement`): never an attack or a strike.
StatementKind = Literal["claim", "denial", "suspension", "vow", "attribution", "promise", "condemnation",
                        "casualty-report"]
# "not-used": has campaign mentions, none usable (undated, claims only); "not-shown": has
# events or figures in the period, all left out of the document by its length limits (they
# are in the JSON export); "off-topic" has none at all.
ArticleStatus = Literal["used", "not-used", "not-shown", "duplicate", "undated", "outside-period",
                        "off-topic", "excluded",
                        "other-language"]
# Why a file gave no article at all; each is a status in the run summary and the appendix.
# "link": a symbolic link not followed (dangling, a loop, or out of the input folder);
# "not-a-file": a named pipe, socket or device; "failed": reading it went wrong in a way
# no rule foresaw (the message says what), and the run went on without it. "summary-only": a
# feed's item that holds a summary, not the article (the feed's other items are read).
FileKind = Literal["empty", "binary", "too-large", "unreadable", "malformed", "unsupported", "link",
                   "not-a-file", "failed", "summary-only", "warning"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read.

    Invariant: ``quote == article.text[start:end]`` for the article whose id is
    ``article``; spans index the article's ingested text (front matter removed). ``rule``: the
    name of the grammar's rule that read the fact there (``briefing/grammar/*.toml``), "" where
    the fact was read by code that has no named rule yet.
    """

    article: str
    start: int
    end: int
    quote: str
    rule: str = ""


def distinct(sources: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """One piece of evidence per span, the first (with its rule): two facts read in one sentence
    by two rules are one source."""
    found: dict[tuple[str, int, int], Evidence] = {}
    for source in sources:
        found.setdefault((source.article, source.start, source.end), source)
    return tuple(found.values())


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input, reported instead of stopping the run."""

    path: str
    stage: str
    message: str
    severity: Severity = "warning"
    kind: FileKind = "warning"


@dataclass(frozen=True, slots=True)
class YearFrom:
    """One piece of evidence that fixed the year of an article's date line: its ``kind``, the day
    it fixes (``anchor``: the named event's day, or the weekday's day), and the days from that
    anchor to the date line's day (``offset``, negative when the anchor is later)."""

    kind: YearBasis
    anchor: dt.date
    offset: int


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """An article as the stages after extraction know it: everything but its text.

    The text is read, dated and extracted once, then dropped: a briefing from an archive
    of 100,000 clippings would otherwise hold gigabytes of it. What the later stages
    quote is in each record's :class:`Evidence`. ``published`` is None exactly when
    ``published_basis == "unknown"``; ``published_evidence`` is the quote the date was
    read from (None for front matter and unknown).
    """

    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_time: dt.time | None = None
    published_basis: PublishedBasis = "unknown"
    published_evidence: Evidence | None = None
    duplicate_of: str | None = None
    problems: tuple[str, ...] = ()
    english: bool = True
    update_of: str | None = None  # a later copy of that article that adds or changes a fact
    corrected: tuple[str, ...] = ()  # the desk's [[source]] corrections of it ("source-1")
    # a date line's year fixed by the story (empty unless its day was written without one): every
    # piece of evidence, all agreeing on one year
    published_year: tuple[YearFrom, ...] = ()
    # a date line's month and day ("01-24") whose year nothing in the article fixes; the run's
    # running figures may (collect.py, rundates.day_in_window)
    dateline_day: str | None = None

    @classmethod
    def of(cls, article: Article) -> ArticleRecord:
        return cls(**{f.name: getattr(article, f.name) for f in fields(cls)})


@dataclass(frozen=True)
class Article(ArticleRecord):
    """One input article after ingest and dating: its record and its text.

    ``text`` is the decoded file without its front matter (the line breaks inside a
    hard-wrapped paragraph made spaces, :mod:`briefing.unwrap`); ``clean`` has the
    same length, with boilerplate (doubled headlines, "OTHER NEWS" blocks,
    embedded posts, ...) blanked out by spaces, so offsets found in ``clean``
    index ``text`` exactly.
    """

    text: str = field(kw_only=True)
    clean: str = field(kw_only=True)
    # the day the text under a wire line of another day than the publication's counts its relative
    # days from (None: the publication's); never the publication date, nor a note (dates.py)
    wire_today: WireToday | None = field(default=None, kw_only=True)


@dataclass(frozen=True)
class WireToday:
    """The wire's own day for the text from ``start`` (the wire line) on, kept apart from the
    publication date: "CITY, Nov 20 (Wire) --" republished on a page stamped 19 Nov, or a wire
    of the 7th on a page of the 8th. Its "yesterday" and "on Tuesday" count from ``day``."""

    day: dt.date
    start: int


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text and, where possible, resolved.

    ``date`` is None when the expression cannot be placed (an undated article,
    an ambiguous weekday); ``note`` then says why. ``month_day`` keeps the month
    and day of a date written without its year that could not be placed.
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: DatePrecision
    note: str = ""
    month_day: tuple[int, int] | None = None
    basis: DateBasis = "written"


CasualtySide = Literal["us", "partner", "militants", "civilians", "unknown"]
Harm = Literal["killed", "injured"]
# "offshore": a ship told by its distance or bearing off a named port ("60 nautical miles west of
# <port>"), drawn in the water off the port, only near where it was; "sea": an event told only by its
# sea area ("in the Red Sea"), drawn as anywhere in that sea, never as a position in it
MapPrecision = Literal["site", "town", "province", "offshore", "sea", "country"]
Counted = Literal["targets", "facilities", "munitions", "aircraft", "drones", "rockets", "missiles"]


@dataclass(frozen=True, slots=True)
class Named:
    """A name read for an event (a site, a weapon, a claimant, a target) and where it was read:
    ``name`` as the topic calls it, ``written`` as the report writes it when that differs
    ("one-way attack drone" for the topic's "drone")."""

    name: str
    source: Evidence
    written: str = ""


@dataclass(frozen=True, slots=True)
class CountScope:
    """Whose a count is, as its sentence tells it, read with the count (never from its quote again):
    ``listed``, the story's countries the words after its figure list together, up to the next
    figure ("85 targets in Iraq and Syria": the whole night's), or, when those words name no country,
    the first such list of its sentence; ``share_of``, the countries whose share the words right
    after its figure give ("four facilities in Syria and three in Iraq": Syria's four); ``named``,
    the countries its sentence names, in that order. All empty when the sentence does not write the
    count's figure."""

    listed: tuple[str, ...] = ()
    share_of: tuple[str, ...] = ()
    named: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Count:
    """A count an event's report gives: "85 targets", "more than 125 munitions"; ``scope``: whose
    (the event's own, the whole night's in several countries, another country's share)."""

    what: Counted
    value: int
    qualifier: Qualifier
    source: Evidence
    scope: CountScope = CountScope()


@dataclass(frozen=True, slots=True)
class Casualty:
    """One figure for one event's dead or injured, as one source gives it on one day.

    These are the event's own figures, never the campaign's running totals. Competing
    figures (25, then 34, then more than 40 injured) are separate records, each with its
    day (``as_of``: the day the text gives for the figure, else its article's publication
    date; None when neither is known). ``group``: the armed group whose members the figure
    counts, as its words name it ("four members of X", "five X fighters": the topic's name,
    ``written`` as the report writes it, with the figure's sentence); None when they name
    none. Only a ``militants`` figure has one; the side stays the typed fact.
    """

    side: CasualtySide
    kind: Harm
    value: int
    qualifier: Qualifier
    as_of: dt.date | None
    source: Evidence
    group: Named | None = None


@dataclass(frozen=True, slots=True)
class Coordinates:
    """Where an event is drawn on the map, from the topic's gazetteer: ``place`` is the named
    place they belong to, ``precision`` how exactly they place the event, ``source`` the public
    record they were taken from."""

    lat: float
    lon: float
    precision: MapPrecision
    place: str
    source: str


@dataclass(frozen=True, slots=True)
class Details:
    """What an event's reports say beyond type, day and place, each fact with its evidence.

    ``claimed_by``: who said they did it; ``attributed_to``: whom US officials hold
    responsible. Neither is ever inferred from the other. ``site``: the installation of the
    topic's gazetteer; ``site_reports``: each report that names that site, with its own sentence
    (``site`` is one of them); ``facilities``: what a strike hit, as each report writes it ("weapons
    storage facility"), never a gazetteer name and never joined on; ``unnamed_sites``: an attack's
    installation as each report tells it without naming it ("a US base in north-east Jordan"),
    typed apart from ``site``: never a name, never placed, never joined on; ``other_sites``: the
    installations of the gazetteer other reports of a merged row name instead of ``site`` (acts at
    two bases joined by their day, or a report that names another base), each with its report's
    sentence: kept, never dropped for the site most reports name. Empty fields: the text did not say.
    """

    site: Named | None = None
    coordinates: Coordinates | None = None
    weapons: tuple[Named, ...] = ()
    counts: tuple[Count, ...] = ()
    claimed_by: tuple[Named, ...] = ()
    attributed_to: tuple[Named, ...] = ()
    targets: tuple[Named, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    facilities: tuple[Named, ...] = ()
    site_reports: tuple[Named, ...] = ()
    unnamed_sites: tuple[Named, ...] = ()
    other_sites: tuple[Named, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """An attack or strike, as reported by one or more articles.

    Invariant: ``sources`` is non-empty; ``date`` is None exactly when
    ``date_precision == "unknown"``. ``date_basis`` says how the day was established (typed;
    ``date_note`` is the same in words, for the reader only: no stage reads it), counted
    ``date_offset`` days from ``date_anchor`` when it was counted from a day.
    """

    id: str
    type: EventType
    date: dt.date | None
    date_precision: DatePrecision
    country: str | None
    places: tuple[str, ...]
    actors: tuple[str, ...]
    weapons: tuple[str, ...]
    summary: str
    sources: tuple[Evidence, ...]
    date_note: str = ""
    day_without_year: str | None = None  # "01-20": an undated report's "Jan. 20", for other reports to place
    date_basis: DateBasis = "unknown"
    date_anchor: dt.date | None = None
    date_offset: int | None = None
    date_source: str | None = None  # basis "run*": the dated article of the run the day is counted from
    named_event: str | None = None  # basis "named-event": the topic's known event whose day it is
    # the topic's known event the report's own words tell, when its day is a day off the known one
    # ("On February 3" for strikes known on 2 February, US time): merge joins it to that event's
    # reports (not exported: the joined row's date_note keeps the day it gave)
    near_named: str | None = None
    corrected: tuple[str, ...] = ()  # the desk's corrections of this record ("change-1"), see DeskCorrection
    details: Details = field(default_factory=Details)

    @property
    def day(self) -> dt.date:
        """``date``, for an event known to have one (the chronology and the context hold no other)."""
        if self.date is None:
            raise ValueError(f"event {self.id} has no date")
        return self.date


@dataclass(frozen=True, slots=True)
class Tally:
    """A cumulative campaign figure ("attacked approximately 66 times since Oct 17").

    ``since`` is the start the figure counts from (None when the article does
    not say; ``since_note`` gives the words it was read from, e.g. "mid-October"
    standing for the campaign's start); ``as_of`` is the day it was given.
    ``breakdown`` maps a country to its part and, where present, sums to
    ``value``. ``conflict`` names the group of figures for the same metric and day
    that cannot all be true, when this one is among them (see
    :func:`briefing.merge.flag_conflicts`). ``source_kind`` says who gives it:
    "official" (the US government, ``speaker`` names the voice), "claim" (a group's own count), "monitor" (an
    observer's count) or "outlet" (the outlet's own or unattributed).
    """

    id: str
    metric: Metric
    value: int
    qualifier: Qualifier
    since: dt.date | None
    as_of: dt.date | None
    breakdown: tuple[tuple[str, int], ...] | None
    sources: tuple[Evidence, ...]
    conflict: str | None = None
    source_kind: SourceKind = "outlet"
    speaker: str | None = None
    since_note: str | None = None
    as_of_source: str | None = None  # the dated article of the run whose same words give ``as_of``
    corrected: tuple[str, ...] = ()  # the desk's corrections of this figure ("drop-2"), see DeskCorrection

    @property
    def day(self) -> dt.date:
        """``as_of``, for a figure known to have one (the briefing charts and compares no other)."""
        if self.as_of is None:
            raise ValueError(f"figure {self.id} has no day")
        return self.as_of


@dataclass(frozen=True, slots=True)
class Statement:
    """A claim or a statement about the campaign, kept as one: never an attack or a strike.

    ``kind``: a group's ``claim`` of responsibility; a ``denial`` (no indication of the attack,
    cannot confirm it, the claim is false); a group's ``suspension`` of its operations or its
    ``vow`` to go on; a US ``attribution`` of an attack to a group; a ``promise`` of response;
    a government's ``condemnation`` or ``casualty-report``. ``who`` says it (None when the
    text does not name a speaker); ``date`` is the day it was said (the day named with it,
    else the publication date; None when neither is known). ``answers`` is the id of the
    claim a denial answers, ``replies`` the ids of the denials a claim got (both in the same
    article). ``attributed_to``: an attribution's groups held responsible, as the topic names
    them (``who`` is the voice that attributes); empty for other kinds. ``voices``: in a
    briefing, every voice of one saying several reports tell (the first is ``who``); empty
    when one voice tells it. ``said_at``: where in the first source's quote the words that make
    it this kind begin ("claiming responsibility", "vowed to continue"), so a shortened quote
    keeps them; None when not known. Invariant: ``sources`` is non-empty.
    """

    id: str
    kind: StatementKind
    who: str | None
    date: dt.date | None
    sources: tuple[Evidence, ...]
    answers: str | None = None
    replies: tuple[str, ...] = ()
    attributed_to: tuple[str, ...] = ()
    voices: tuple[str, ...] = ()
    said_at: int | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything read out of a set of inputs: the ``briefing.extract/1`` data.

    ``events`` have a day; ``undated`` are mentions of attacks or strikes whose day
    could not be read: reported (appendix, JSON), never charted or placed in time.
    """

    articles: tuple[ArticleRecord, ...]
    events: tuple[Event, ...]
    tallies: tuple[Tally, ...]
    problems: tuple[Problem, ...] = ()
    undated: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()


@dataclass(frozen=True)
class Period:
    """The closed date range a briefing covers."""

    start: dt.date
    end: dt.date
    label: str

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


@dataclass(frozen=True)
class Citation:
    """A numbered reference to an article in the briefing's source list."""

    number: int
    article: str


@dataclass(frozen=True)
class KeyPoint:
    """One sentence of the summary and the sources it rests on."""

    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class InputStatus:
    """How one input file was used, for the run summary and the appendix."""

    path: str
    article: str | None
    status: ArticleStatus | FileKind
    reason: str


@dataclass(frozen=True)
class Glance:
    """One line of "figures at a glance": the latest figure and the change over the period.

    ``earlier`` is the latest figure counting from the same start before the
    period began (None when there is none to compare with).
    """

    metric: Metric
    latest: Tally
    earlier: Tally | None
    chart_note: str = ""  # why the chart's newest campaign point is another figure, when it is

    @property
    def change(self) -> int | None:
        return None if self.earlier is None else self.latest.value - self.earlier.value


DisagreementKind = Literal["same-day", "falling", "within-article", "kinds"]


@dataclass(frozen=True)
class Disagreement:
    """Figures that cannot all be true, and the sentence that says so.

    ``same-day``: comparable figures for one day; ``falling``: a running total below an earlier
    one from the same start; ``within-article``: one text giving two figures for one thing;
    ``kinds``: a group's claim or a monitor's count beside the government's figure.
    """

    kind: DisagreementKind
    metric: Metric
    tallies: tuple[Tally, ...]
    text: str


CorrectionKind = Literal["drop", "change", "add", "merge", "source"]
CorrectionStatus = Literal["applied", "stale"]


@dataclass(frozen=True)
class DeskCorrection:
    """One entry of ``corrections.toml`` and what became of it.

    ``ref`` ("change-2": the second [[change]]) is what a corrected record's ``corrected``
    holds; ``targets`` the ids (or, for [[source]], the file) it names; ``fields`` the values
    it sets, as the file gives them; ``status`` "stale" when a target matched nothing this
    run (``note`` then names the nearest current ids).
    """

    ref: str
    kind: CorrectionKind
    targets: tuple[str, ...]
    fields: tuple[tuple[str, str], ...]
    why: str
    status: CorrectionStatus = "applied"
    note: str = ""


@dataclass(frozen=True)
class Comment:
    """The desk's own words (``notes.md``): ``html`` is made by :mod:`briefing.desk.notes` from
    ``text`` with raw HTML off and no link or image kept as one; safe to place as it is."""

    path: str
    text: str
    html: str


NoteSection = Literal["chronology", "charts", "statements", "disagreements"]


@dataclass(frozen=True)
class BriefingNote:
    """What a section of the document leaves out to stay short, for the reader. ``section`` says
    which section shows it (the template chooses by it, never by the words of ``text``)."""

    section: NoteSection
    text: str


@dataclass(frozen=True)
class Briefing:
    """The assembled briefing, ready to render; holds no rendering state."""

    title: str
    period: Period
    current_to: dt.date | None  # None: no input published in the period
    extraction: Extraction
    key_points: tuple[KeyPoint, ...]
    chronology: tuple[Event, ...]
    context: tuple[Event, ...]
    tallies: tuple[Tally, ...]
    sources: tuple[ArticleRecord, ...]
    inputs: tuple[InputStatus, ...]
    glance: tuple[Glance, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    undated_events: tuple[Event, ...] = ()
    campaign_start: dt.date | None = None
    notes: tuple[BriefingNote, ...] = field(default=())
    after: tuple[Event, ...] = ()  # events the period's articles report after its last day
    corrections: tuple[DeskCorrection, ...] = ()
    comment: Comment | None = None
    statements: tuple[Statement, ...] = ()  # the period's claims and statements, oldest first
    # this period against the one before: (kind, country, now, before); the period's dead and
    # injured by side (see briefing.compare)
    week: tuple[CountryChange, ...] = ()
    tolls: tuple[Toll, ...] = ()
    # the events the weekly chart counts: those of the chronology and the context (before their
    # length limits), and earlier ones as the articles published by the period's end report them
    charted_events: tuple[Event, ...] = ()
    words: StoryWords | None = None  # the story's words (its profile's); None: the default profile's

    @property
    def said(self) -> StoryWords:
        """The story's words: its own, else the default profile's."""
        from .names import default_words

        return self.words or default_words()

    def source_numbers(self) -> dict[str, int]:
        """Article id -> its 1-based number in the source list, as cited in the text."""
        return {article.id: number for number, article in enumerate(self.sources, start=1)}
