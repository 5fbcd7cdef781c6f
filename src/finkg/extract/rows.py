"""Flat rows of an extraction: what `finkg facts` and `finkg entities` print, and the scorer reads."""

from __future__ import annotations

from typing import Any

from ..records import Cohort, Company, Entity, Event, Extraction, Organization, Product, Sector

_TYPE_NAMES = {
    Company: "Company",
    Organization: "Organization",
    Cohort: "Cohort",
    Sector: "Sector",
    Product: "Product",
    Event: "Event",
}
FACT_FIELDS = (
    "id",
    "start",
    "end",
    "text",
    "value",
    "unit",
    "qualifier",
    "kind",
    "subject",
    "subject_type",
    "subject_size",
    "measure",
    "period",
    "base",
    "plausible",
    "corrected_value",
    "flag",
    "sentence",
)


def _number(value: Any) -> Any:
    """Decimals as JSON numbers: ints when integral, floats otherwise."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() and abs(value) < 10**18 else float(value)


def fact_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """One row per fact with the field names of the gold scorer."""
    rows = []
    for fact in extraction.facts:
        subject = extraction.entity(fact.subject or "")
        quantity = fact.quantity
        rows.append(
            {
                "id": fact.id,
                "start": quantity.span.start,
                "end": quantity.span.end,
                "text": quantity.span.text,
                "value": _number(quantity.value),
                "unit": quantity.unit,
                "qualifier": str(quantity.qualifier),
                "kind": str(fact.kind),
                "subject": subject.label if subject else None,
                "subject_ref": fact.subject,
                "subject_type": _TYPE_NAMES.get(type(subject)) if subject else None,
                "subject_size": _number(subject.size) if isinstance(subject, Cohort) else None,
                "measure": fact.measure,
                "period": fact.period,
                "base": fact.base,
                "plausible": fact.plausible,
                "corrected_value": _number(fact.flag.corrected_value) if fact.flag else None,
                "flag": fact.flag.reason if fact.flag else None,
                "sentence": fact.sentence,
            }
        )
    return rows


def _label(extraction: Extraction, ref: str | None) -> str | None:
    entity = extraction.entity(ref or "")
    return entity.label if entity else None


def entity_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """One row per canonical entity: type, label, aliases, mentions; events with their roles."""
    rows = []
    for entity in extraction.entities:
        row: dict[str, Any] = {
            "type": _TYPE_NAMES.get(type(entity), "Entity"),
            "ref": entity.ref,
            "label": entity.label,
            "aliases": list(entity.aliases),
            "mentions": len(entity.mentions),
        }
        row.update(_details(extraction, entity))
        rows.append(row)
    return rows


def _details(extraction: Extraction, entity: Entity) -> dict[str, Any]:
    if isinstance(entity, Company):
        return {"ticker": entity.ticker or None, "zh": entity.zh or None}
    if isinstance(entity, Cohort):
        return {
            "size": _number(entity.size),
            "size_qualifier": entity.size_qualifier and str(entity.size_qualifier),
            "parent": _label(extraction, entity.parent),
            "members": [_label(extraction, m) for m in entity.members],
        }
    if isinstance(entity, Product):
        return {"maker": _label(extraction, entity.maker)}
    if isinstance(entity, Event):
        return {
            "event_type": str(entity.event_type),
            "agent": _label(extraction, entity.agent),
            "object": _label(extraction, entity.object) or entity.object_label,
            "amount": entity.amount,
            "status": str(entity.status),
            "date": entity.date or None,
        }
    return {}
