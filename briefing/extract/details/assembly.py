"""One article's details put on the record of the act they belong to: an article often tells its
dated act in the lede and its toll or its base in a sentence the reader keeps apart as an undated
mention ("Five militants were killed", "The drone struck Rumalyn Landing Zone"). When that mention
can only be the article's one dated act of its kind (same act, no other country or place), the
dated act gets those facts too, each with its own sentence; the mention keeps them as well."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...model import Casualty, Event
from ..lexicon import Lexicons
from .sentences import ANSWER, another_act, other_time


def with_mentions(events: Sequence[Event], undated: Sequence[Event],
                  lex: Lexicons) -> tuple[tuple[Event, ...], tuple[Event, ...]]:
    """The article's dated events and undated records, each dated one (or one with a day without
    its year: "On January 20", dated by the run) given the toll and the site that undated mentions
    of the same act tell of it (see the module's docstring); the others as they are."""
    acts = [*events, *(e for e in undated if e.day_without_year)]
    given = {id(e): e for e in acts}
    for mention in undated:
        # an attack told only inside the sentence of the strike that answered it ("strikes on 85
        # targets in Syria and Iraq in retaliation for the drone attack that killed three") was placed
        # in the strike's country: no country of its own
        inside = (lex.topic.said.attack(mention.type) and not mention.places
                  and all(ANSWER.search(s.quote) for s in mention.sources))
        same = [e for e in acts if e is not mention and _same_act(mention, e, lex, inside)]
        # "In a separate incident, a rocket attack on a base wounded two": another act's toll
        apart = all(another_act(s.quote) for s in mention.sources)
        if len(same) == 1 and not mention.day_without_year and not apart:
            given[id(same[0])] = _given(given[id(same[0])], mention)
    return tuple(given[id(e)] for e in events), tuple(given.get(id(e), e) for e in undated)


def _same_act(mention: Event, event: Event, lex: Lexicons, inside: bool = False) -> bool:
    """Whether an undated mention can be the dated event told again: the same act (attack, or
    strike), no other country, and no place the event does not have (an event placed only in its
    country may be placed by the mention: "the drone struck Rumalyn Landing Zone"). ``inside``: the
    mention is told only in the other act's sentences, and its country is that act's."""
    act = lex.topic.said.act
    placed = set(mention.places) <= set(event.places) or (not event.places and mention.country is not None)
    country = inside or mention.country in (None, event.country)
    return act(mention.type) == act(event.type) and country and placed


def _given(event: Event, mention: Event) -> Event:
    """The event with the mention's figures of a side and harm it gives none of, and the
    mention's site when it has none and the site is one of its places (or it has none), each
    told of no other time."""
    details = event.details
    told = {(c.side, c.kind) for c in details.casualties}
    figures = tuple(c for c in mention.details.casualties
                    if (c.side, c.kind) not in told and _of_its_time(c, event))
    site = details.site
    named = mention.details.site
    if (site is None and named is not None and (named.name in event.places or not event.places)
            and not other_time(named.source.quote, event)):
        site = named
    if not figures and site is details.site:
        return event
    return replace(event, details=replace(
        details, casualties=details.casualties + figures, site=site,
        site_reports=details.site_reports + ((site,) if site is not details.site and site else ())))


def _of_its_time(figure: Casualty, event: Event) -> bool:
    """Whether a figure's sentence tells no other time than the event's ("Late last year, eight
    were injured at the same base" is another attack's)."""
    return not other_time(figure.source.quote, event)
