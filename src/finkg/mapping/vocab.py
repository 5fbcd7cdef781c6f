"""The RDF namespaces finkg writes, as closed `DefinedNamespace`s: a misspelt term fails at import.

`FKG` mirrors ontology/finkg.ttl term for term (a test checks every name here is declared there);
`OA` and `UNIT` hold only the Web Annotation and QUDT terms finkg uses.
"""

from __future__ import annotations

from rdflib import DCTERMS, OWL, PROV, QB, RDF, RDFS, SKOS, XSD, Namespace, URIRef
from rdflib.namespace import DefinedNamespace


class FKG(DefinedNamespace):
    """The finkg ontology: https://w3id.org/finkg/ontology#."""

    _NS = Namespace("https://w3id.org/finkg/ontology#")
    _fail = True

    # agents
    Company: URIRef
    ListedCompany: URIRef
    Organization: URIRef
    Exchange: URIRef
    Regulator: URIRef
    StateOwnedGroup: URIRef
    Investor: URIRef
    Fund: URIRef
    Publisher: URIRef
    ticker: URIRef
    listedOn: URIRef
    inSector: URIRef
    # cohorts, sectors, products
    Cohort: URIRef
    size: URIRef
    sizeQualifier: URIRef
    criterion: URIRef
    parentCohort: URIRef
    hasMember: URIRef
    Sector: URIRef
    Product: URIRef
    Index: URIRef
    madeBy: URIRef
    note: URIRef
    # documents
    Report: URIRef
    Section: URIRef
    Sentence: URIRef
    sha256: URIRef
    language: URIRef
    hasSection: URIRef
    hasSentence: URIRef
    inSection: URIRef
    number: URIRef
    index: URIRef
    start: URIRef
    end: URIRef
    # observations
    Measure: URIRef
    Period: URIRef
    Observation: URIRef
    Qualifier: URIRef
    ObservationKind: URIRef
    subject: URIRef
    measure: URIRef
    period: URIRef
    kind: URIRef
    sourceSentence: URIRef
    statement: URIRef
    value: URIRef
    unit: URIRef
    qualifier: URIRef
    statedText: URIRef
    baseObservation: URIRef
    plausible: URIRef
    implausibilityReason: URIRef
    suggestedValue: URIRef
    observationStructure: URIRef
    exact: URIRef
    approx: URIRef
    at_least: URIRef
    at_most: URIRef
    level: URIRef
    change_pct: URIRef
    change_pp: URIRef
    change_abs: URIRef
    share: URIRef
    count: URIRef
    multiple: URIRef
    rank: URIRef
    date: URIRef
    cagr: URIRef
    # events
    Event: URIRef
    Acquisition: URIRef
    InvestmentPlan: URIRef
    Financing: URIRef
    BondIssue: URIRef
    ControlChange: URIRef
    ShareIssueApplication: URIRef
    Dividend: URIRef
    Repurchase: URIRef
    Approval: URIRef
    ProductLaunch: URIRef
    Milestone: URIRef
    OtherEvent: URIRef
    EventStatus: URIRef
    planned: URIRef
    completed: URIRef
    ongoing: URIRef
    applied: URIRef
    agent: URIRef
    object: URIRef
    amount: URIRef
    status: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation terms for evidence: http://www.w3.org/ns/oa#."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasBody: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


class UNIT(DefinedNamespace):
    """QUDT units finkg states values in: http://qudt.org/vocab/unit/."""

    _NS = Namespace("http://qudt.org/vocab/unit/")
    _fail = True

    CCY_CNY: URIRef
    CCY_USD: URIRef
    CCY_HKD: URIRef
    PERCENT: URIRef
    NUM: URIRef
    UNITLESS: URIRef


SCHEMA = Namespace("https://schema.org/")

# Prefixes bound in every graph, file and JSON-LD context finkg writes.
PREFIXES: dict[str, str] = {
    "fkg": str(FKG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "qb": str(QB),
    "oa": str(OA),
    "unit": str(UNIT),
    "schema": str(SCHEMA),
}
