"""What SPARQL says about a graph: the node and relationship counts every export must reproduce,
and views of hand-made RDF graphs and of built stores."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib import Graph, URIRef

from finkg.config import ONTOLOGY_DIR, Settings
from finkg.export.view import PropertyGraph, ViewOptions, open_view
from finkg.store import open_store

BASE = "https://w3id.org/finkg"
PREFIXES = """PREFIX fkg: <https://w3id.org/finkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX prov: <http://www.w3.org/ns/prov#>
"""
# Written out here, apart from finkg.export.rules, so that the exports are checked against the RDF.
LABEL_CLASSES = {"Company": "fkg:Company", "Organization": "fkg:Organization", "Cohort": "fkg:Cohort",
                 "Sector": "fkg:Sector", "Product": "fkg:Product", "Event": "fkg:Event",
                 "Observation": "fkg:Observation", "Document": "fkg:Report", "Section": "fkg:Section",
                 "Sentence": "fkg:Sentence"}
EDGE_PATTERNS = {
    "IN_SECTOR": "?s fkg:inSector ?o", "HAS_MEMBER": "?s fkg:hasMember ?o", "PARENT_COHORT": "?s fkg:parentCohort ?o",
    "LISTED_ON": "?s fkg:listedOn ?o", "MADE_BY": "?s fkg:madeBy ?o", "AGENT": "?s fkg:agent ?o",
    "OBJECT": "?s fkg:object ?o", "AMOUNT": "?s fkg:amount ?o", "SUBJECT": "?s fkg:subject ?o",
    "BASE_OBSERVATION": "?s fkg:baseObservation ?o", "BROADER": "?s skos:broader ?o . ?s a fkg:Sector",
    "HAS_SECTION": "?s fkg:hasSection ?o", "HAS_SENTENCE": "?s fkg:hasSentence ?o", "IN_SECTION": "?s fkg:inSection ?o",
    "DERIVED_FROM": "?s prov:wasDerivedFrom|fkg:sourceSentence ?o . ?o a fkg:Sentence",
    "MENTIONED_IN": "?s prov:wasDerivedFrom|fkg:sourceSentence ?x . ?o fkg:hasSentence ?x",
}


@contextmanager
def rdf_view(graph: Graph, options: ViewOptions | None = None) -> Iterator[PropertyGraph]:
    """The view of a hand-made graph, next to the finkg ontology (for subclasses), in memory."""
    ontology = Graph().parse(ONTOLOGY_DIR / "finkg.ttl")
    with open_store(None, URIRef(f"{BASE}/graph/inferred")) as store:
        store.replace({URIRef(f"{BASE}/graph/finkg"): ontology, URIRef(f"{BASE}/id/document/hand"): graph})
        yield PropertyGraph(store, BASE, options or ViewOptions())


def _count(view: PropertyGraph, select: str) -> int:
    return int(str(view.store.query(PREFIXES + select).rows[0][0]))


def expected_nodes(view: PropertyGraph) -> dict[str, int]:
    """Nodes per label, as SPARQL counts the instances of each class and its subclasses."""
    counts = {label: _count(view, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a/rdfs:subClassOf* {cls} "
                                  "FILTER(isIRI(?s)) }")
              for label, cls in LABEL_CLASSES.items()}
    return {label: n for label, n in counts.items() if n}


def expected_edges(view: PropertyGraph) -> dict[str, int]:
    """Relationships per type, as SPARQL counts the distinct pairs of each pattern."""
    counts = {kind: _count(view, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ {pattern} "
                                 "FILTER(?s != ?o) } }")
              for kind, pattern in EDGE_PATTERNS.items()}
    return {kind: n for kind, n in counts.items() if n}


@contextmanager
def view_of(settings: Settings, options: ViewOptions | None = None,
            trig: Path | None = None) -> Iterator[PropertyGraph]:
    """The view of a built store (or its TriG file)."""
    with open_view(settings, options or ViewOptions(), trig) as view:
        yield view
