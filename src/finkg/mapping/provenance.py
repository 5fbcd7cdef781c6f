"""Evidence: every extracted node points at the characters it came from (PROV-O, W3C Web Annotation).

https://www.w3.org/TR/annotation-model/#text-position-selector — offsets are Python str indices,
i.e. Unicode code points, start inclusive, end exclusive, as the spec requires.
"""

from __future__ import annotations

from rdflib import PROV, RDF, Graph, Literal, URIRef

from ..records import Document, Span
from .iris import Minter
from .vocab import OA


def add_evidence(graph: Graph, iris: Minter, document: Document, node: URIRef, local: str, span: Span) -> URIRef:
    """Link `node` to the sentence holding `span`, annotate it with the span's position and quote,
    and return the annotation's target (the stated characters)."""
    sentence = document.sentence_at(span.start)
    report = iris.document(document.doc_id)
    annotation = iris.annotation(document.doc_id, local)
    target = URIRef(f"{annotation}#target")
    position = URIRef(f"{annotation}#position")
    quote = URIRef(f"{annotation}#quote")
    graph.add((node, PROV.wasDerivedFrom, iris.sentence(document.doc_id, sentence.index)))
    graph.add((annotation, RDF.type, OA.Annotation))
    graph.add((annotation, OA.hasBody, node))
    graph.add((annotation, OA.hasTarget, target))
    graph.add((target, RDF.type, OA.SpecificResource))
    graph.add((target, OA.hasSource, report))
    graph.add((target, OA.hasSelector, position))
    graph.add((target, OA.hasSelector, quote))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(span.start)))
    graph.add((position, OA.end, Literal(span.end)))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(span.text)))
    return target
