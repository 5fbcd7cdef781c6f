"""The property-graph mapping in one place: which RDF class becomes which node label, which
predicate becomes a node property, and which becomes a typed edge.

Every exporter (GEXF, GraphML, Neo4j CSV, Cypher, Bolt, the picture) reads the graph through
these tables, so the three Neo4j paths and the two Gephi files show the same labels and types.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, URIRef

from ..mapping.vocab import FKG


@dataclass(frozen=True, slots=True)
class NodeClass:
    """An RDF class (with its subclasses) whose instances become nodes with this primary label."""

    label: str
    rdf_class: URIRef
    evidence: bool = False  # left out by ViewOptions(evidence=False)


# In priority order: a resource typed with two of these gets the first one's label.
# Subclasses in the finkg namespace (ListedCompany, Exchange, Acquisition ...) add secondary labels.
NODE_CLASSES: tuple[NodeClass, ...] = (
    NodeClass("Company", FKG.Company),
    NodeClass("Organization", FKG.Organization),
    NodeClass("Cohort", FKG.Cohort),
    NodeClass("Sector", FKG.Sector),
    NodeClass("Product", FKG.Product),
    NodeClass("Event", FKG.Event),
    NodeClass("Observation", FKG.Observation),
    NodeClass("Document", FKG.Report),
    NodeClass("Section", FKG.Section, evidence=True),
    NodeClass("Sentence", FKG.Sentence, evidence=True),
)

# Literal-valued predicates outside the finkg namespace that become properties, and their names.
# Every literal predicate in the finkg namespace becomes a property named by its local name;
# other literals (sdmx super-properties entailed from fkg:value, Web Annotation selectors) are left out.
LITERAL_NAMES: dict[URIRef, str] = {
    RDFS.label: "name",
    SKOS.prefLabel: "name",
    DCTERMS.title: "name",
    SKOS.altLabel: "altLabel",
    SKOS.definition: "definition",
    SKOS.notation: "notation",
    RDF.value: "text",
    DCTERMS.identifier: "identifier",
    DCTERMS.format: "format",
    DCTERMS.source: "source",
}

# Languages written without a suffix; any other language tag adds one: name@zh -> name_zh.
PLAIN_LANGUAGES = frozenset({"", "en"})

# Object properties whose values are code-list terms: kept as a string property holding the
# term's local name (measure "revenue", period "FY2024", unit "CCY_CNY"), not as edges.
CODE_PROPERTIES: dict[URIRef, str] = {
    FKG.measure: "measure",
    FKG.period: "period",
    FKG.unit: "unit",
    FKG.kind: "kind",
    FKG.qualifier: "qualifier",
    FKG.sizeQualifier: "sizeQualifier",
    FKG.status: "status",
}

# Object properties that become relationships, by type. An edge is kept only when both ends are nodes.
EDGE_TYPES: dict[URIRef, str] = {
    FKG.inSector: "IN_SECTOR",
    FKG.hasMember: "HAS_MEMBER",
    FKG.parentCohort: "PARENT_COHORT",
    FKG.listedOn: "LISTED_ON",
    FKG.madeBy: "MADE_BY",
    FKG.agent: "AGENT",
    FKG.object: "OBJECT",
    FKG.amount: "AMOUNT",
    FKG.subject: "SUBJECT",
    FKG.baseObservation: "BASE_OBSERVATION",
    SKOS.broader: "BROADER",
    FKG.hasSection: "HAS_SECTION",
    FKG.hasSentence: "HAS_SENTENCE",
    FKG.inSection: "IN_SECTION",
    FKG.sourceSentence: "DERIVED_FROM",
    PROV.wasDerivedFrom: "DERIVED_FROM",
}

# Derived, not a triple: a node derived from a sentence of a document is MENTIONED_IN that
# document (prov:wasDerivedFrom / ^fkg:hasSentence), so documents stay linked without evidence nodes.
MENTIONED_IN = "MENTIONED_IN"

# With ViewOptions(observations=False) each observation becomes a property of its subject, named
# measure[_kind]_period ("revenue_FY2024", "revenue_change_pct_FY2024"): only kinds that change what
# the number means are named, a count or share is already said by its measure.
NAMED_KINDS = frozenset({"change_pct", "change_pp", "change_abs", "cagr", "multiple"})

# An observation of kind `date` holds its day as the number YYYYMMDD (the gold schema's form);
# the view adds it as a real date, property `date` (or the collapsed value).
DATE_KIND = "date"


def day_of(number: float) -> date | None:
    """The date a YYYYMMDD number stands for; None for YYYYMM, YYYY or no real day."""
    if not number.is_integer() or not 10_000_000 <= number <= 99_999_999:
        return None
    digits = int(number)
    try:
        return date(digits // 10_000, digits // 100 % 100, digits % 100)
    except ValueError:
        return None


def local_name(iri: str) -> str:
    """The part of an IRI after its last '#' or '/'."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def literal_name(predicate: URIRef, language: str) -> str | None:
    """The property a literal of `predicate` in `language` fills, or None when it is left out."""
    if predicate in LITERAL_NAMES:
        name = LITERAL_NAMES[predicate]
    elif str(predicate).startswith(str(FKG)):
        name = local_name(predicate)
    else:
        return None
    return name if language.lower() in PLAIN_LANGUAGES else f"{name}_{language.lower().replace('-', '_')}"
