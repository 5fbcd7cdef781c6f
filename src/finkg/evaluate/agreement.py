"""Agreement between two annotators: one gold file read as if a system had produced it.

A score is only as good as the gold it is measured against. Scoring a second, independent
annotation of the same document against the first (`finkg agree`) shows how far two careful
people agree, which is the ceiling any extractor can be expected to reach on that document.
"""

from __future__ import annotations

from .gold import Gold, GoldEntity
from .score import Scores, score
from .system import SystemEntity, SystemFact

_TYPES = {"companies": "Company", "products": "Product", "organizations": "Organization"}


def gold_facts(gold: Gold) -> tuple[SystemFact, ...]:
    """Each annotated quantity as a system fact, its subject named by the entity's name or defining words."""
    facts = []
    for q in gold.quantities:
        subject = gold.entities.get(q.subject or "")
        facts.append(
            SystemFact(
                start=q.start,
                end=q.end,
                value=q.value,
                unit=q.unit,
                qualifier=q.qualifier,
                kind=q.kind,
                measure=q.measure,
                period=q.period,
                subject=_label(subject) if subject else (q.subject or ""),
                subject_size=subject.size if subject else None,
                plausible=q.plausible,
                corrected_value=q.corrected_value,
            )
        )
    return tuple(facts)


def gold_entities(gold: Gold) -> tuple[SystemEntity, ...]:
    """Companies, products, organizations and events of a gold file as system entities."""
    entities = [
        SystemEntity(type=etype, label=_label(item), aliases=item.aliases)
        for section, etype in _TYPES.items()
        for item in gold.section(section)
    ]
    for event in gold.events:
        agent, obj = gold.entities.get(event.agent or ""), gold.entities.get(event.object or "")
        entities.append(
            SystemEntity(
                type="Event",
                event_type=event.type,
                agent=_label(agent) if agent else (event.agent or ""),
                object=_label(obj) if obj else (event.object or ""),
            )
        )
    return tuple(entities)


def agreement(reference: Gold, other: Gold) -> Scores:
    """Every score of `other` against `reference`, as `finkg score` reports them for a system."""
    return score(reference, gold_facts(other), gold_entities(other))


def _label(entity: GoldEntity) -> str:
    return entity.name or entity.text or entity.zh or entity.id
