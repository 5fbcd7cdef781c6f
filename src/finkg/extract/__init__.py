"""Stage 2, extract: a `Document` becomes typed, evidenced records (`Extraction`).

Order matters and is fixed here: quantities and named things first, then cohorts (which need
both), then facts (which attach quantities to subjects), then events (which cite facts).
"""

from __future__ import annotations

from ..records import Company, Document, Extraction, Organization, Product
from .cohorts import CohortFinder
from .entities import find_entities
from .events import find_events
from .facts import link_facts
from .quantities import find_quantities


def extract(document: Document) -> Extraction:
    """Every quantity as a fact, every entity, cohort and event of `document`."""
    quantities = find_quantities(document)
    entities = find_entities(document)
    cohorts, mentions, count_cohorts = (finder := CohortFinder(document, quantities, entities)).run()
    facts = link_facts(document, quantities, (*entities, *cohorts), mentions, count_cohorts, finder.population)
    events = find_events(
        document,
        quantities,
        tuple(e for e in entities if isinstance(e, Company)),
        tuple(e for e in entities if isinstance(e, Organization)),
        tuple(e for e in entities if isinstance(e, Product)),
    )
    return Extraction(document=document, facts=facts, entities=(*entities, *cohorts, *events))


__all__ = ["extract"]
