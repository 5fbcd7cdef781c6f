"""Companies, organizations, cohorts, sectors, products and events as typed, labelled nodes."""

from __future__ import annotations

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from ..extract.organizations import KNOWN_LABELS, listing_board
from ..records import Cohort, Company, Document, Entity, Event, EventType, Organization, Product, Sector
from .iris import Minter
from .literals import decimal
from .provenance import add_evidence
from .vocab import FKG

_ROLES: dict[str, URIRef] = {
    "exchange": FKG.Exchange,
    "regulator": FKG.Regulator,
    "state_group": FKG.StateOwnedGroup,
    "state-owned group": FKG.StateOwnedGroup,
    "investor": FKG.Investor,
    "fund": FKG.Fund,
    "publisher": FKG.Publisher,
}

_EVENTS: dict[EventType, URIRef] = {
    EventType.ACQUISITION: FKG.Acquisition,
    EventType.INVESTMENT_PLAN: FKG.InvestmentPlan,
    EventType.FINANCING: FKG.Financing,
    EventType.BOND_ISSUE: FKG.BondIssue,
    EventType.CONTROL_CHANGE: FKG.ControlChange,
    EventType.SHARE_ISSUE_APPLICATION: FKG.ShareIssueApplication,
    EventType.DIVIDEND: FKG.Dividend,
    EventType.REPURCHASE: FKG.Repurchase,
    EventType.APPROVAL: FKG.Approval,
    EventType.PRODUCT_LAUNCH: FKG.ProductLaunch,
    EventType.MILESTONE: FKG.Milestone,
    EventType.OTHER: FKG.OtherEvent,
}


def add_entities(graph: Graph, iris: Minter, document: Document, entities: tuple[Entity, ...]) -> None:
    """Each entity with its type, labels, its own properties and the evidence of every mention."""
    for entity in entities:
        node = iris.ref(entity.ref)
        label, aliases = _labels(entity)
        graph.add((node, RDFS.label, Literal(label, lang=document.language)))
        for alias in aliases:
            graph.add((node, SKOS.altLabel, Literal(alias, lang=document.language)))
        for rdf_type in _describe(graph, iris, document.doc_id, node, entity):
            graph.add((node, RDF.type, rdf_type))
        for n, span in enumerate(entity.mentions):
            add_evidence(graph, iris, document, node, f"{entity.type}-{entity.slug}-{n}", span)


def _labels(entity: Entity) -> tuple[str, tuple[str, ...]]:
    """The label and aliases; a known institution or a listed company is labelled alike by every report
    (one node, one label per language, whichever spelling a report used), the report's spellings become aliases."""
    known = KNOWN_LABELS.get(entity.slug) if isinstance(entity, Organization) else None
    if isinstance(entity, Company) and entity.listed_name:
        known = entity.listed_name
    if known is None:
        return entity.label, entity.aliases
    return known, tuple(a for a in dict.fromkeys((entity.label, *entity.aliases)) if a != known)


def _describe(graph: Graph, iris: Minter, doc_id: str, node: URIRef, entity: Entity) -> tuple[URIRef, ...]:
    """Add the properties of `entity`'s own record type; return its classes."""
    match entity:
        case Company():
            return _company(graph, iris, node, entity)
        case Organization():
            return (_ROLES.get(entity.role.lower(), FKG.Organization),)
        case Cohort():
            return _cohort(graph, iris, node, entity)
        case Sector():
            if entity.broader is not None:
                graph.add((node, SKOS.broader, iris.ref(entity.broader)))
            return (FKG.Sector, SKOS.Concept)
        case Product():
            if entity.maker is not None:
                graph.add((node, FKG.madeBy, iris.ref(entity.maker)))
            if entity.note:
                graph.add((node, FKG.note, Literal(entity.note)))
            return (FKG.Product,)
        case Event():
            return _event(graph, iris, doc_id, node, entity)
    raise TypeError(f"no mapping for {type(entity).__name__} {entity.ref}")


def _company(graph: Graph, iris: Minter, node: URIRef, company: Company) -> tuple[URIRef, ...]:
    if company.zh:
        graph.add((node, RDFS.label, Literal(company.zh, lang="zh")))
    if company.ticker:
        graph.add((node, FKG.ticker, Literal(company.ticker)))
    for sector in company.sectors:
        graph.add((node, FKG.inSector, iris.ref(sector)))
    if company.board:
        slug, label = listing_board(company.board)
        board = iris.id("organization", slug)
        graph.add((node, FKG.listedOn, board))
        graph.add((board, RDF.type, FKG.Exchange))
        graph.add((board, RDFS.label, Literal(label, lang="en")))
    return (FKG.ListedCompany,) if company.ticker or company.board else (FKG.Company,)


def _cohort(graph: Graph, iris: Minter, node: URIRef, cohort: Cohort) -> tuple[URIRef, ...]:
    if cohort.size is not None:
        graph.add((node, FKG.size, decimal(cohort.size)))
    if cohort.size_qualifier is not None:
        graph.add((node, FKG.sizeQualifier, FKG[cohort.size_qualifier.value]))
    if cohort.criterion:
        graph.add((node, FKG.criterion, Literal(cohort.criterion)))
    if cohort.parent is not None:
        graph.add((node, FKG.parentCohort, iris.ref(cohort.parent)))
    if cohort.sector is not None:
        graph.add((node, FKG.inSector, iris.ref(cohort.sector)))
    for member in cohort.members:
        graph.add((node, FKG.hasMember, iris.ref(member)))
    return (FKG.Cohort,)


def _event(graph: Graph, iris: Minter, doc_id: str, node: URIRef, event: Event) -> tuple[URIRef, ...]:
    if event.agent is not None:
        graph.add((node, FKG.agent, iris.ref(event.agent)))
    if event.object is not None:
        graph.add((node, FKG.object, iris.ref(event.object)))
    if event.object_label:
        graph.add((node, FKG.note, Literal(event.object_label)))
    if event.amount is not None:
        graph.add((node, FKG.amount, iris.observation(doc_id, event.amount)))
    graph.add((node, FKG.status, FKG[event.status.value]))
    if event.date:
        graph.add((node, FKG.date, Literal(event.date)))
    return (_EVENTS[event.event_type],)
