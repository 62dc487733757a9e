"""An event's details, read from its evidence sentences and the sentence after each: its site
and coordinates, weapons and counts, who claimed it and whom officials blame, the people or
units a strike aimed at, and its own dead and injured. One module per field:

    sentences   the sentences read for an event (its own, their neighbours, an article's later ones)
    sites       an attack's site, a strike's facilities, the coordinates
    weapons     weapons, aircraft and counts
    parties     claims and attributions, kept apart
    targets     whom a strike aimed at
    casualties  the event's own dead and injured

Every fact is read from the words, with its evidence; nothing is inferred from another fact
(a claim never makes an attribution, nor the reverse). The story's names come from the
topic; what is written here is English: the words for claiming, blaming, killing and
wounding, and the nouns for people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from ...model import Article, Casualty, Coordinates, Details, Event, Named
from ..lexicon import Lexicons
from .casualties import FIGURES_READ, answered_toll, casualties_of, with_answered
from .parties import attributions, claimants
from .sentences import (
    HOME,
    Operation,
    Ships,
    Window,
    about_event,
    answered,
    governments_toll,
    joined_sentences,
    naming,
    naming_its_ship,
    not_in_others_paragraphs,
    one_walk,
    other_day,
    whole,
    windows_of,
)
from .sites import ORDER, coordinates_of, facility, only_site, site_of, unnamed_site
from .targets import ships_of, targets_of
from .weapons import counts_of, weapons_of

__all__ = ["FIGURES_READ", "coordinates_of", "merge_details", "read_details"]


def read_details(article: Article, event: Event, lex: Lexicons, only_attack: bool = False,
                 others: Sequence[Event] = ()) -> Details:
    """The details of one article's report of ``event``. ``only_attack``: the event is the one
    attack the article reports, so a claim or an attribution anywhere in it is about this one.
    ``others``: the article's other events (dated or not); when none is of the same kind, the
    article's later sentences that tell no other act and name no other place are about this
    one too (the lede tells the attack, the fourth paragraph names the base or the weapon)."""
    with one_walk():  # about_event answers each sentence once for this event
        return _read_details(article, event, lex, only_attack, others)


def _read_details(article: Article, event: Event, lex: Lexicons, only_attack: bool,
                  others: Sequence[Event]) -> Details:
    windows = list(windows_of(article, event))
    texts = [(w, article.clean[w.start:w.end]) for w in windows]
    own = [(w, t) for w, t in texts if w.own]
    later = list(joined_sentences(article, event, windows, others, lex))
    joined = own + later
    act = lex.topic.said.act
    parts = act(event.type) == "strike" and any(act(o.type) == "strike" for o in others)

    def of_parts(operation: Operation) -> list[tuple[Window, str]]:
        """The later sentences about one operation's strikes (read again only when it has parts)."""
        return list(joined_sentences(article, event, windows, others, lex, operation)) if parts else later

    attack = lex.topic.said.attack(event.type)  # a strike is never claimed by, nor blamed on, the groups
    said = whole(article) if only_attack else texts + list(naming(article, event, windows, others, lex))
    ships = ships_of(article, event, own, others, lex) if attack else Ships()
    site = site_of(article, event, joined, lex) or only_site(article, event, others, lex)
    return Details(
        site=site,
        # the site read for it places it too ("militants fired at US forces on al-Asad Airbase" told
        # in a later sentence, the act's own sentence naming no place)
        coordinates=coordinates_of(event.places, lex, site.name if site else None, [t for _, t in own],
                                   event.country or "", lex.topic.said.hits_at_sea(event.type)),
        weapons=tuple(weapons_of(article, event, own + _flown_with(texts, event, others, lex)
                                 + _fired_with(texts, event, others, lex) + of_parts("means"), lex,
                                 others)),
        counts=tuple(counts_of(article, event, own, lex)),
        claimed_by=_claimed_by(article, event, said, ships, lex, only_attack) if attack else (),
        attributed_to=tuple(attributions(article, event, [(w, t) for w, t in said if not w.spoken], lex))
        if attack else (),
        targets=tuple(targets_of(article, event, own, lex, others)),
        casualties=tuple(casualties_of(article, event, with_answered(_not_another_days(
            _not_after_both(texts, event, others, lex), event, others)
                                       + not_in_others_paragraphs(
            article, windows, others, of_parts("toll")) + list(answered(article, event, others, lex))
            + _not_read(texts, governments_toll(article, event, others, lex)),
            answered_toll(article, event, others, texts, lex)), lex)),
        facilities=tuple(facility(article, event, own, lex, others)),
        site_reports=(site,) if site else (),
        unnamed_sites=tuple(unnamed_site(article, event, own, lex, site)),
    )


def _claimed_by(article: Article, event: Event, said: list[tuple[Window, str]], ships: Ships, lex: Lexicons,
                only_attack: bool) -> tuple[Named, ...]:
    """The groups that claimed an attack, read from the sentences that tell of it and, but when the
    whole article is read, those naming one of its own ships (``sentences.naming_its_ship``)."""
    linked = [] if only_attack else list(naming_its_ship(article, event, [w for w, _ in said], ships, lex))
    return tuple(claimants(article, event, said + linked, lex, ships))


def _not_read(texts: Sequence[tuple[Window, str]],
              more: Iterable[tuple[Window, str]]) -> list[tuple[Window, str]]:
    """The sentences of ``more`` that are not among ``texts`` (each read once)."""
    read = {(w.start, w.end) for w, _ in texts}
    return [(w, t) for w, t in more if (w.start, w.end) not in read]


def _flown_with(texts: Sequence[tuple[Window, str]], event: Event, others: Sequence[Event],
               lex: Lexicons) -> list[tuple[Window, str]]:
    """A strike's sentences right after its own that can be about it (no other place, country, act
    or day, and telling no other event of the article), when the article tells no strike of another
    day: its aircraft and munitions are often told there ("They said the jets dropped 30 guided
    bombs"). Not an attack's: beside an attack the next sentence's weapons are as often the
    defences' or the campaign's."""
    said = lex.topic.said
    if said.attack(event.type) or any(said.act(o.type) == "strike" and o.date != event.date for o in others):
        return []  # (the next sentence after one of two days' strikes may tell either's means)
    taken = {(s.start, s.end) for o in others for s in o.sources}
    return [(w, t) for w, t in texts if not w.own and (w.start, w.end) not in taken
            and not other_day(t, event) and about_event(w, t, event, lex)]


def _not_after_both(texts: Sequence[tuple[Window, str]], event: Event, others: Sequence[Event],
                    lex: Lexicons) -> list[tuple[Window, str]]:
    """The event's sentences and their neighbours, but for a neighbour of a sentence that tells both
    this act and one of the other side's ("The two attacks came hours after a commander was killed
    in a US drone strike. Another member was also killed and six others were wounded."): whose
    toll it goes on with cannot be told, and neither act is given it."""
    act = lex.topic.said.act
    both = {(s.start, s.end) for o in others if act(o.type) != act(event.type) for s in o.sources}
    own = sorted((w.start, w.end) for w, _ in texts if w.own)
    kept = []
    for window, text in texts:
        before = [span for span in own if span[1] <= window.start]
        if window.own or not before or before[-1] not in both:
            kept.append((window, text))
    return kept


def _not_another_days(texts: Sequence[tuple[Window, str]], event: Event,
                      others: Sequence[Event]) -> list[tuple[Window, str]]:
    """The event's sentences but what they tell of another act of the article dated another day:
    a neighbour that is that act's evidence ("On Tuesday, a rocket attack on the base wounded two",
    told after Thursday's attack) is left out; an evidence sentence of both that tells this act
    back ("The attack followed a rocket attack on Tuesday that wounded two") is read only up to
    the other's weekday. A toll goes to one event, the one its sentence tells (issue 23)."""
    if event.date is None:
        return list(texts)
    theirs = {(s.start, s.end): o.date for o in others if o.date not in (None, event.date)
              for s in o.sources}
    told_back = {(s.start, s.end) for s in event.sources if s.rule == "definite"}
    kept = []
    for window, text in texts:
        other = theirs.get((window.start, window.end))
        if other is None:
            kept.append((window, text))
        elif window.own:
            told = (window.start, window.end) in told_back
            kept.append((window, _up_to_day(text, other, event) if told else text))
    return kept


def _up_to_day(text: str, other: dt.date, event: Event) -> str:
    """The sentence blanked from the other act's weekday on, when it names that and not the event's."""
    at = text.find(f"{other:%A}")
    if at == -1 or event.date is None or f"{event.date:%A}" in text:
        return text
    return text[:at] + " " * (len(text) - at)


def _fired_with(texts: Sequence[tuple[Window, str]], event: Event, others: Sequence[Event],
                lex: Lexicons) -> list[tuple[Window, str]]:
    """An attack's sentences right after its own, when the article tells no other attack: what it
    fired is often told there ("US forces at the base came under attack on Thursday. Two rockets
    landed inside the perimeter"). Only its munitions are read (weapons_of), never another day's,
    place's or act's, nor the campaign's."""
    said = lex.topic.said
    if not said.attack(event.type) or any(said.attack(o.type) for o in others):
        return []
    taken = {(s.start, s.end) for o in others for s in o.sources}
    return [(w, t) for w, t in texts if not w.own and (w.start, w.end) not in taken and _munition_told(t, lex)
            and not other_day(t, event) and about_event(w, t, event, lex)]


# a sentence whose subject is the munitions and what they did: "Two rockets landed inside the
# perimeter", "The drone was shot down" (not "most of the rockets fired at US bases", the campaign's)
_MUNITION_TOLD = HOME.pattern("munition_told")  # rule munition_told of the parties' grammar


def _munition_told(text: str, lex: Lexicons) -> bool:
    """Whether a sentence opens with munitions as its subject, telling what they did."""
    told = _MUNITION_TOLD.match(text)
    return told is not None and any(lex.topic.weapon(hit.name).kind == "munition"
                                    for hit in lex.weapons.find(text[:told.start("verb")]))


def merge_details(all_details: Sequence[Details]) -> Details:
    """One event's details from all its reports: every distinct fact kept, each with its first
    evidence; every competing casualty figure kept with its own day and source."""
    if len(all_details) == 1:
        return all_details[0]
    sites = [d.site for d in all_details if d.site]
    site = max(sites, key=lambda s: sum(1 for x in sites if x.name == s.name)) if sites else None
    return Details(
        site=site,
        coordinates=_placed([d.coordinates for d in all_details if d.coordinates], site),
        weapons=_distinct(w for d in all_details for w in d.weapons),
        counts=tuple(dict.fromkeys(c for d in all_details for c in d.counts)),
        claimed_by=_distinct(n for d in all_details for n in d.claimed_by),
        attributed_to=_distinct(n for d in all_details for n in d.attributed_to),
        targets=_distinct(n for d in all_details for n in d.targets),
        casualties=_figures(c for d in all_details for c in d.casualties),
        # an attack's base as written (a record read before unnamed_sites: in facilities) stands
        # in for its site only while no report names the site (a strike has no site: its
        # facilities are always kept)
        facilities=() if site else _distinct(n for d in all_details for n in d.facilities),
        site_reports=_site_reports(all_details, site),
        # each report's words for the installation it does not name: kept with every report, the
        # row writing them only while no report names the site
        unnamed_sites=_distinct(n for d in all_details for n in d.unnamed_sites),
        # the sites the other reports name: the row keeps them beside the one most reports name
        other_sites=_distinct(n for d in all_details for n in (*d.site_reports, *d.other_sites,
                                                                  *((d.site,) if d.site else ()))
                              if site is not None and n.name != site.name),
    )


def _site_reports(all_details: Sequence[Details], site: Named | None) -> tuple[Named, ...]:
    """Every report that names the site the event is given, each with its own sentence: a site
    many reports name (Tower 22) keeps all of them as its sources, not only the first. A record
    read before this field existed counts its ``site`` as its one report."""
    if site is None:
        return ()
    return _distinct(n for d in all_details for n in (d.site_reports or ((d.site,) if d.site else ()))
                     if n.name == site.name)


def _placed(places: Sequence[Coordinates], site: Named | None) -> Coordinates | None:
    """The coordinates of the site most reports name, where a report placed it there; else the most
    precise any report gives."""
    at_site = next((c for c in places if site is not None and c.place == site.name), None)
    return at_site or (min(places, key=lambda c: ORDER.get(c.precision, len(ORDER))) if places else None)


def _distinct(names: Iterable[Named]) -> tuple[Named, ...]:
    """Each name once per report that gives it: how many reports say so stays known."""
    kept: dict[tuple[str, str], Named] = {}
    for named in names:
        kept.setdefault((named.name.lower().rstrip("s"), named.source.article), named)
    return tuple(kept.values())


def _figures(casualties: Iterable[Casualty]) -> tuple[Casualty, ...]:
    """Each figure once per source and day it was given (a figure many outlets repeat keeps each
    of them); ordered by side, kind, day and value."""
    kept: dict[tuple[str, str, int, str, dt.date | None, str], Casualty] = {}
    for c in casualties:
        kept.setdefault((c.side, c.kind, c.value, c.qualifier, c.as_of, c.source.article), c)
    return tuple(sorted(kept.values(), key=lambda c: (c.side, c.kind, c.as_of or dt.date.min, c.value,
                                                      c.source.article)))
