"""Stage map: an `Extraction` becomes the RDF graph of its document, every node with its evidence.

The graph's name is the document's IRI; `to_rdf` is a pure function of the extraction and the
base IRI, so two runs give the same triples (and, with no blank nodes, the same serialization).
"""

from __future__ import annotations

from rdflib import Graph

from ..config import Settings
from ..records import Extraction
from .document import add_document
from .entities import add_entities
from .facts import add_facts
from .iris import Minter
from .vocab import PREFIXES


def prefixes(base_iri: str) -> dict[str, str]:
    """Every prefix finkg binds: vocabularies and the instance namespaces of `base_iri`."""
    return {**PREFIXES, **Minter(base_iri).prefixes()}


def to_rdf(extraction: Extraction, settings: Settings) -> Graph:
    """The document's graph (identifier = the document IRI): report, sentences, entities, observations."""
    iris = Minter(settings.base_iri, scope=extraction.document.doc_id)
    graph = Graph(identifier=iris.document(extraction.document.doc_id), bind_namespaces="none")
    for prefix, namespace in prefixes(settings.base_iri).items():
        graph.bind(prefix, namespace)
    add_document(graph, iris, extraction.document)
    add_entities(graph, iris, extraction.document, extraction.entities)
    add_facts(graph, iris, extraction)
    return graph


__all__ = ["Minter", "prefixes", "to_rdf"]
