"""Facts as W3C Data Cube observations: https://www.w3.org/TR/vocab-data-cube/#dsd-dimensions.

One node per stated number with subject, measure, period, kind and source sentence as dimensions,
the value (canonical xsd:decimal, base units) as measure, unit and qualifier as attributes.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import DCTERMS, QB, RDF, RDFS, XSD, Graph, Literal, URIRef

from ..records import Extraction, Fact
from .iris import Minter
from .literals import decimal
from .provenance import add_evidence
from .vocab import FKG, UNIT

# Unit words of the extractor -> QUDT units. A percentage-point change is a difference of two
# percentages, so its unit is PERCENT; the kind (change_pp) says it is a difference.
_UNITS: dict[str, URIRef] = {
    "CNY": UNIT.CCY_CNY,
    "USD": UNIT.CCY_USD,
    "HKD": UNIT.CCY_HKD,
    "percent": UNIT.PERCENT,
    "percentage_point": UNIT.PERCENT,
    "ratio": UNIT.UNITLESS,
    "multiple": UNIT.UNITLESS,
    "date": UNIT.UNITLESS,
}


def unit_iri(unit: str) -> URIRef:
    """The QUDT unit of an extractor unit word; anything counted (companies, patents ...) is NUM."""
    return _UNITS.get(unit, UNIT.NUM)


def add_facts(graph: Graph, iris: Minter, extraction: Extraction) -> None:
    """Every fact of the extraction as an observation of the document's data set."""
    for fact in extraction.facts:
        _add_fact(graph, iris, extraction, fact)


def _add_fact(graph: Graph, iris: Minter, extraction: Extraction, fact: Fact) -> None:
    doc_id = extraction.document.doc_id
    quantity = fact.quantity
    if fact.subject is None and fact.measure == "publication_date":
        # A dateline that names no publisher dates the report itself: an observation needs a subject.
        graph.add((iris.document(doc_id), DCTERMS.issued, _date(quantity.value)))
        return
    node = iris.observation(doc_id, fact.id)
    measure = iris.measure(fact.measure)
    period = iris.period(fact.period)
    graph.add((node, RDF.type, FKG.Observation))
    graph.add((node, RDF.type, QB.Observation))
    graph.add((node, QB.dataSet, iris.dataset(doc_id)))
    if fact.subject is not None:
        graph.add((node, FKG.subject, iris.ref(fact.subject)))
    graph.add((node, FKG.measure, measure))
    graph.add((node, FKG.period, period))
    graph.add((node, FKG.kind, FKG[fact.kind.value]))
    graph.add((node, FKG.sourceSentence, iris.sentence(doc_id, fact.sentence)))
    graph.add((node, FKG.value, decimal(quantity.value)))
    graph.add((node, FKG.statedText, Literal(quantity.span.text)))
    graph.add((node, FKG.unit, unit_iri(quantity.unit)))
    graph.add((node, FKG.qualifier, FKG[quantity.qualifier.value]))
    graph.add((node, FKG.plausible, Literal(fact.plausible)))
    if fact.base is not None:
        graph.add((node, FKG.baseObservation, iris.observation(doc_id, fact.base)))
    if fact.flag is not None:
        graph.add((node, FKG.implausibilityReason, Literal(fact.flag.reason)))
        if fact.flag.corrected_value is not None:
            graph.add((node, FKG.suggestedValue, decimal(fact.flag.corrected_value)))
    graph.add((measure, RDF.type, FKG.Measure))
    graph.add((period, RDF.type, FKG.Period))
    graph.add((period, RDFS.label, Literal(fact.period)))
    target = add_evidence(graph, iris, extraction.document, node, fact.id, quantity.span)
    graph.add((node, FKG.statement, target))


def _date(value: Decimal) -> Literal:
    """20250430 as xsd:date; a month (202504) or a year (2025) as xsd:gYearMonth or xsd:gYear."""
    digits = str(int(value))
    if len(digits) == 8:
        return Literal(f"{digits[:4]}-{digits[4:6]}-{digits[6:]}", datatype=XSD.date)
    if len(digits) == 6:
        return Literal(f"{digits[:4]}-{digits[4:]}", datatype=XSD.gYearMonth)
    return Literal(digits, datatype=XSD.gYear)

