"""Resource descriptions: what `/doc/{type}/{slug}` says about `/id/{type}/{slug}`, in five formats.

A description holds the triples about the thing, about its fragment IRIs (`…#target`), and the
triples that point to it, plus one triple naming the document's primary topic and its licence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from rdflib import DCTERMS, FOAF, Graph, URIRef

from .source import Source, Triple

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")


@dataclass(frozen=True, slots=True)
class Format:
    """A representation of a description: its file extension, media type and rdflib serializer."""

    ext: str
    media_type: str
    rdflib: str = ""


TURTLE = Format("ttl", "text/turtle", "turtle")
JSONLD = Format("jsonld", "application/ld+json", "json-ld")
NTRIPLES = Format("nt", "application/n-triples", "nt")
RDFXML = Format("rdf", "application/rdf+xml", "xml")
HTML = Format("html", "text/html")
# Turtle first: a client that accepts anything (`*/*`, curl) gets data; browsers name text/html.
FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML, HTML)
BY_EXT = {f.ext: f for f in FORMATS}
BY_MEDIA_TYPE = {f.media_type: f for f in FORMATS}


@dataclass(frozen=True, slots=True)
class Description:
    """The thing's own and fragment triples, and the triples pointing to it."""

    iri: str
    triples: tuple[Triple, ...]
    inbound: tuple[Triple, ...]


def local_path(iri: str, source: Source) -> str | None:
    """`{type}/{slug}` of an IRI in the id space (fragment dropped), None for any other IRI."""
    if not iri.startswith(source.id_space):
        return None
    rest = iri[len(source.id_space) :].partition("#")[0]
    return rest if rest.count("/") == 1 and "" not in rest.split("/") else None


def describe(source: Source, iri: str) -> Description | None:
    """The description of `iri`, None when the store says nothing about it."""
    triples: list[Triple] = []
    todo, done = [iri], set()
    while todo:  # the thing, then every fragment IRI of it reachable from it
        subject = todo.pop()
        done.add(subject)
        for triple in source.outbound(subject):
            triples.append(triple)
            obj = str(triple[2])
            if isinstance(triple[2], URIRef) and obj.startswith(f"{iri}#") and obj not in done:
                todo.append(obj)
    inbound = tuple(t for t in source.inbound(iri) if not str(t[0]).startswith(f"{iri}#"))
    if not triples and not inbound:
        return None
    return Description(iri, tuple(sorted(set(triples))), inbound)


def document_iri(description: Description, source: Source) -> URIRef:
    """`{base}/doc/{type}/{slug}`: the IRI of the document about the thing."""
    return URIRef(f"{source.base}/doc/{local_path(description.iri, source)}")


def to_graph(description: Description, source: Source) -> Graph:
    """The description as an rdflib Graph with finkg's prefixes, the document's topic and licence."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in source.prefixes.items():
        graph.bind(prefix, namespace)
    graph.bind("foaf", FOAF)
    for triple in (*description.triples, *description.inbound):
        graph.add(triple)
    doc = document_iri(description, source)
    graph.add((doc, FOAF.primaryTopic, URIRef(description.iri)))
    graph.add((doc, DCTERMS.license, LICENSE))
    return graph


def serialize(graph: Graph, fmt: Format, prefixes: dict[str, str]) -> bytes:
    """The graph in an RDF format; JSON-LD compacted with finkg's prefixes as its context."""
    if fmt is JSONLD:
        doc = json.loads(graph.serialize(format="json-ld", context=prefixes, auto_compact=True))
        return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return graph.serialize(format=fmt.rdflib, encoding="utf-8")
