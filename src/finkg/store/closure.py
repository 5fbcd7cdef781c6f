"""RDFS entailment: types through rdfs:subClassOf/owl:equivalentClass, triples through rdfs:subPropertyOf
(RDFS rules rdfs7, rdfs9, rdfs5, rdfs11; https://www.w3.org/TR/rdf11-mt/#rdfs-entailment).

Domain and range rules are left out on purpose: prov:wasDerivedFrom's domain would make every
company a prov:Entity. The entailments of all graphs live in one named graph. It is kept up to date
per write rather than recomputed: the schema (each graph's subclass and subproperty edges, walked
transitively within that graph) is read once as (sub, super) pairs, and only the changed graphs'
entailments are added; those of their old content are retracted unless another graph still entails
them. A write that changes the schema recomputes them all. A class that is a blank node has no
pairs (VALUES cannot name one); finkg's graphs type nothing with one.

A new graph's entailments may also come with it (Entailments), computed where the graph was made:
the store then loads them with the graph instead of querying for them, when the schema they follow
is the store's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.term import Node

from .base import GraphStore

_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_EDGES = f"""SELECT ?g ?kind ?a ?b WHERE {{ GRAPH ?g {{
  {{ ?a <{_RDFS}subClassOf>|<{_OWL}equivalentClass> ?b BIND("class" AS ?kind) }}
  UNION {{ ?b <{_OWL}equivalentClass> ?a BIND("class" AS ?kind) }}
  UNION {{ ?a <{_RDFS}subPropertyOf> ?b BIND("property" AS ?kind) }} }} }}"""


@dataclass(frozen=True, slots=True)
class Schema:
    """Every (sub, super) pair of IRIs the rules use, and the graphs holding schema edges (ignored ones too)."""

    classes: frozenset[tuple[str, str]]
    properties: frozenset[tuple[str, str]]
    graphs: frozenset[URIRef]

    @property
    def key(self) -> str:
        """A hash of the pairs: equal keys, equal entailments of any graph."""
        lines = sorted(f"class {a} {b}" for a, b in self.classes)
        lines += sorted(f"property {a} {b}" for a, b in self.properties)
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Entailments:
    """The entailments of a graph that holds no schema edges, as N-Triples, and the key of the schema they follow."""

    schema: str
    ntriples: bytes


def schema(store: GraphStore, ignore: Collection[URIRef] = ()) -> Schema:
    """The schema of every graph but `ignore` (the entailment graph, and old content about to be replaced)."""
    edges: dict[tuple[URIRef, str], dict[str, set[str]]] = {}
    holders: set[URIRef] = set()
    for graph, kind, a, b in store.query(_EDGES).rows:
        assert isinstance(graph, URIRef), "graph names are IRIs"
        holders.add(graph)
        if graph not in ignore:
            edges.setdefault((graph, str(kind)), {}).setdefault(_key(a), set()).add(_key(b))
    pairs: dict[str, set[tuple[str, str]]] = {"class": set(), "property": set()}
    for (_, rule), up in edges.items():
        pairs[rule].update(_transitive(up))
    return Schema(frozenset(pairs["class"]), frozenset(pairs["property"]), frozenset(holders))


def _key(term: Node | None) -> str:
    """An IRI as itself, a blank node marked so it is walked through but never named in a pair."""
    return str(term) if isinstance(term, URIRef) else f"_:{term}"


def _transitive(up: Mapping[str, set[str]]) -> set[tuple[str, str]]:
    """Every (node, ancestor) pair of the relation `up` between two distinct IRIs."""
    pairs: set[tuple[str, str]] = set()
    for start in up:
        if start.startswith("_:"):
            continue
        todo, seen = list(up[start]), set()
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(up.get(node, ()))
        pairs.update((start, node) for node in seen if node != start and not node.startswith("_:"))
    return pairs


def _values(pairs: Iterable[tuple[str, str]]) -> str:
    return " ".join(f"(<{a}> <{b}>)" for a, b in sorted(pairs))


def _scope(graphs: Iterable[URIRef] | None, inferred: URIRef) -> str:
    """A VALUES clause naming `graphs`, or a filter keeping every graph but the entailments' own."""
    if graphs is None:
        return f"FILTER(?data != <{inferred}>)"
    return "VALUES ?data { " + " ".join(f"<{g}>" for g in sorted(graphs)) + " }"


def _rules(target: str, found: Schema, scope: str) -> list[str]:
    """INSERTs into `target` of the entailments of the graphs `scope` selects (as ?data)."""
    rules = []
    if found.classes:
        rules.append(f"INSERT {{ GRAPH {target} {{ ?x <{_TYPE}> ?super }} }} WHERE {{ VALUES (?sub ?super) "
                     f"{{ {_values(found.classes)} }} {scope} GRAPH ?data {{ ?x <{_TYPE}> ?sub }} }}")
    if found.properties:
        rules.append(f"INSERT {{ GRAPH {target} {{ ?s ?super ?o }} }} WHERE {{ "
                     f"VALUES (?sub ?super) {{ {_values(found.properties)} }} {scope} GRAPH ?data {{ ?s ?sub ?o }} }}")
    return rules


def construct(found: Schema, graphs: Iterable[URIRef] | None, inferred: URIRef) -> str | None:
    """A CONSTRUCT of the entailments of `graphs` (None: all), for a bulk load; None when there are none."""
    scope = _scope(graphs, inferred)
    parts = []
    if found.classes:
        parts.append(f"{{ VALUES (?sub ?super) {{ {_values(found.classes)} }} {scope} "
                     f"GRAPH ?data {{ ?s <{_TYPE}> ?sub }} BIND(<{_TYPE}> AS ?p) BIND(?super AS ?o) }}")
    if found.properties:
        parts.append(f"{{ VALUES (?sub ?p) {{ {_values(found.properties)} }} {scope} GRAPH ?data {{ ?s ?sub ?o }} }}")
    return f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {' UNION '.join(parts)} }}" if parts else None


def recompute(inferred: URIRef, found: Schema, graphs: Iterable[URIRef] | None = None) -> list[str]:
    """Update operations that empty the entailment graph and fill it from `graphs` (None: every other graph)."""
    return [f"DROP SILENT GRAPH <{inferred}>", *_rules(f"<{inferred}>", found, _scope(graphs, inferred))]


def retract(inferred: URIRef, found: Schema, old: Iterable[URIRef], scratch: URIRef) -> list[str]:
    """Update operations, run before `old` graphs lose their content: their entailments, set aside in `scratch`."""
    return _rules(f"<{scratch}>", found, _scope(list(old), inferred))


def settle(inferred: URIRef, found: Schema, new: Iterable[URIRef], scratch: URIRef) -> list[str]:
    """Update operations, run once the changed graphs hold their new content: their entailments added, and
    the ones set aside by `retract` dropped unless some graph still entails them."""
    data = f"FILTER(?g != <{inferred}> && ?g != <{scratch}>)"
    still = []
    if found.classes:
        still.append(f"{{ VALUES (?sub ?o) {{ {_values(found.classes)} }} FILTER(?p = <{_TYPE}>) "
                     f"GRAPH ?g {{ ?s <{_TYPE}> ?sub }} {data} }}")
    if found.properties:
        still.append(f"{{ VALUES (?sub ?p) {{ {_values(found.properties)} }} GRAPH ?g {{ ?s ?sub ?o }} {data} }}")
    steps = _rules(f"<{inferred}>", found, _scope(list(new), inferred))
    if still:
        steps.append(f"DELETE {{ GRAPH <{inferred}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{scratch}> {{ ?s ?p ?o }} "
                     f"FILTER NOT EXISTS {{ {' UNION '.join(still)} }} }}")
    return [*steps, f"DROP SILENT GRAPH <{scratch}>"]
