"""Stage 2, extract: a `Document` becomes typed, evidenced records (`Extraction`).

Order matters and is fixed here: quantities and named things first, then cohorts (which need
both), then facts (which attach quantities to subjects), then events (which cite facts).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Company, Document, Event, Extraction, Organization, Product, Quantity, Sector
from .cohorts import CohortFinder, Mention
from .entities import find_entities
from .events import find_events
from .facts import link_facts
from .numbers import PER_SHARE
from .quantities import find_quantities


def extract(document: Document) -> Extraction:
    """Every quantity as a fact, every entity, cohort and event of `document`."""
    quantities = find_quantities(document)
    entities = find_entities(document)
    quantities = _outside_names(quantities, entities)
    cohorts, mentions, count_cohorts = (finder := CohortFinder(document, quantities, entities)).run()
    facts = link_facts(document, quantities, (*entities, *cohorts), mentions, count_cohorts, finder.population)
    events = find_events(
        document,
        quantities,
        tuple(e for e in entities if isinstance(e, Company)),
        tuple(e for e in entities if isinstance(e, Organization)),
        tuple(e for e in entities if isinstance(e, Product)),
        facts,
        cohorts,
    )
    companies = tuple(e for e in entities if isinstance(e, Company))
    events = tuple(_cohort_agent(document, event, mentions, finder.population, companies) for event in events)
    return Extraction(document=document, facts=facts, entities=(*entities, *cohorts, *events))


def _outside_names(
    quantities: tuple[Quantity, ...], entities: tuple[Company | Organization | Sector | Product, ...]
) -> tuple[Quantity, ...]:
    """Without the numbers that begin a company's name: "37 Interactive Entertainment" counts nothing."""
    named = {m.start: m.end for e in entities if isinstance(e, Company) for m in e.mentions}
    return tuple(q for q in quantities if named.get(q.span.start, -1) <= q.span.end)


def _cohort_agent(
    document: Document,
    event: Event,
    mentions: tuple[Mention, ...],
    population: str | None,
    companies: tuple[Company, ...],
) -> Event:
    """An event done by a group ("320 companies have introduced repurchase plans") has that cohort as
    agent and object; "X% of companies ..." is the whole population's doing; "Its board proposed a
    dividend" is the doing of the company named last before it, "Their dividend payout" of the group named
    last, and a clause after a semicolon that names no group continues its sentence's company ("CATL proposed
    ...; a special payout of 5.4 billion yuan had gone out"). A report about no population of companies is
    company news: an event without a named doer there ("The final dividend comes to ...") is the last-named
    company's."""
    if event.agent is not None or not event.mentions:
        return event
    clause = event.mentions[0]
    named = [(m.start, c.ref) for c in companies for m in c.mentions if m.end <= clause.start]
    if _ITS.match(clause.text) and named:
        company = max(named)[1]
        return replace(event, agent=company, object=event.object or company)
    earlier = [m.ref for m in mentions if m.end <= clause.start]
    # the group named last before the end of the event's wording: "Over 60% of companies launched a dividend
    # plan, ..., of which over 290 companies ..." is not the 290's doing
    at = clause.text.find(event.object_label) if event.object_label else -1
    end = clause.start + at + len(event.object_label) if at >= 0 else clause.end
    inside = [m.ref for m in mentions if clause.start <= m.start < end]
    if _THEIR.match(clause.text) and earlier and not inside:
        inside = earlier[-1:]
    opened = document.sentence_at(clause.start).span.start
    if not inside and (told := [ref for start, ref in named if start >= opened]):
        inside = told[-1:]
    paragraph = document.sentence_at(clause.start).paragraph
    if not inside and _PER_SHARE.search(clause.text) and (
            mine := [ref for start, ref in named if document.sentence_at(start).paragraph == paragraph]):
        inside = mine[-1:]  # a payout per share is one company's: "A final dividend of 3.47 yuan per 10 shares ..."
    agent = inside[-1] if inside else population or (max(named)[1] if named else None)
    if agent is None:
        return event
    return replace(event, agent=agent, object=event.object or agent)


_ITS = re.compile(r"^\s*(?:Its|The company's|The group's)\b")
_THEIR = re.compile(r"^\s*Their\b")
_PER_SHARE = re.compile(rf"\b{PER_SHARE}")  # case kept: "A shares" are a class of stock

__all__ = ["extract"]
