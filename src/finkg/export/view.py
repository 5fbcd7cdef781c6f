"""The property-graph view of the RDF graph: nodes with a label and typed properties, typed edges.

The view streams from the store in batches of subjects (SPARQL `VALUES`), so a large graph is
written without ever being held whole; `to_networkx` builds the in-memory form for small graphs.
The mapping itself lives in `rules`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.term import Node as Term

from ..config import Settings
from ..errors import InputError
from ..mapping.vocab import FKG
from ..pipeline import graph_names
from ..store import GraphStore, open_store
from ..store.oxigraph import to_rdflib
from . import rules
from .values import PropType, Scalar, Schema, Value, as_text, coerce, to_scalar

_NMTOKEN = re.compile(r"[A-Za-z0-9._:\-\u00C0-\u02FF\u0370-\u1FFF\u3001-\uD7FF\uF900-\uFDCF]+")
_NOT_NAME = re.compile(r"[^A-Za-z0-9_]+")

Rows = tuple[tuple[Term | None, ...], ...]
Properties = dict[str, list[Scalar]]


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """What the view shows: evidence nodes (sections, sentences), observations as nodes or as properties."""

    evidence: bool = True
    observations: bool = True  # False: each observation becomes a property of its subject


@dataclass(frozen=True, slots=True)
class Node:
    """A node: a key safe as an XML id, its IRI, primary and secondary labels, raw property values."""

    key: str
    iri: str
    label: str
    labels: tuple[str, ...]
    properties: tuple[tuple[str, tuple[Scalar, ...]], ...]

    @property
    def display(self) -> str:
        """What a picture or Gephi shows: the name, else the stated text, else the IRI's last segment."""
        found = dict(self.properties)
        for name in ("name", "statedText"):
            if found.get(name):
                return as_text(found[name][0])
        return rules.local_name(self.iri)


@dataclass(frozen=True, slots=True)
class Edge:
    """A directed, typed relationship between two nodes of the view."""

    kind: str
    source: str
    target: str
    source_iri: str
    target_iri: str
    source_label: str
    target_label: str


def node_key(iri: str, base_iri: str) -> str:
    """`company:smic` for `{base}/id/company/smic`; a hash for IRIs that would not be an XML NMTOKEN."""
    prefix = f"{base_iri.rstrip('/')}/id/"
    if iri.startswith(prefix):
        key = iri[len(prefix):].replace("/", ":", 1)
        if _NMTOKEN.fullmatch(key):
            return key
    return "n" + hashlib.sha1(iri.encode("utf-8")).hexdigest()[:16]


def _values(iris: Sequence[str]) -> str:
    return " ".join(f"<{iri}>" for iri in iris)


@dataclass
class PropertyGraph:
    """The store seen as a property graph, read in batches of `batch` subjects per SPARQL query."""

    store: GraphStore
    base_iri: str
    options: ViewOptions = field(default_factory=ViewOptions)
    batch: int = 500
    _members: dict[str, list[str]] | None = field(default=None, init=False, repr=False)
    _index: dict[str, tuple[str, str]] = field(default_factory=dict, init=False, repr=False)
    _extras: dict[str, dict[str, str]] = field(default_factory=dict, init=False, repr=False)
    _schema: Schema | None = field(default=None, init=False, repr=False)
    _types: dict[str, PropType] | None = field(default=None, init=False, repr=False)

    def _select(self, sparql: str) -> Rows:
        return self.store.query(sparql).rows

    def _classes(self) -> list[tuple[str, list[str]]]:
        """Labels shown, each with the classes (itself and its subclasses) whose instances it takes."""
        shown = []
        for node_class in rules.NODE_CLASSES:
            if node_class.evidence and not self.options.evidence:
                continue
            if node_class.label == "Observation" and not self.options.observations:
                continue
            rows = self._select(f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS.subClassOf}>* <{node_class.rdf_class}> "
                                "FILTER(isIRI(?c)) }")
            classes = sorted({str(row[0]) for row in rows} | {str(node_class.rdf_class)})
            self._extras[node_class.label] = {
                c: rules.local_name(c) for c in classes if c != str(node_class.rdf_class) and c.startswith(str(FKG))
            }
            shown.append((node_class.label, classes))
        return shown

    def members(self) -> dict[str, list[str]]:
        """The IRIs of the nodes of each label, sorted; a resource belongs to its first label only."""
        if self._members is None:
            self._members = {}
            for label, classes in self._classes():
                rows = self._select(f"SELECT DISTINCT ?s WHERE {{ VALUES ?c {{ {_values(classes)} }} ?s a ?c "
                                    "FILTER(isIRI(?s)) } ORDER BY ?s")
                iris = [str(row[0]) for row in rows if str(row[0]) not in self._index]
                for iri in iris:
                    self._index[iri] = (label, node_key(iri, self.base_iri))
                self._members[label] = iris
        return self._members

    def _triples(self, iris: list[str]) -> Rows:
        """Every triple whose subject is one of `iris` (one query with VALUES: index lookups, not a scan)."""
        return self._select(f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?s {{ {_values(iris)} }} ?s ?p ?o }}")

    def _batches(self) -> Iterator[tuple[str, list[str]]]:
        for label, iris in self.members().items():
            for start in range(0, len(iris), self.batch):
                yield label, iris[start:start + self.batch]

    def nodes(self) -> Iterator[Node]:
        """Every node, label by label, in IRI order."""
        for node, _ in self.records(edges=False):
            yield node

    def edges(self) -> Iterator[Edge]:
        """Every edge whose two ends are nodes, grouped by source node in node order, then by type and target."""
        for _, edges in self.records(nodes=False):
            yield from edges

    def records(self, *, nodes: bool = True, edges: bool = True) -> Iterator[tuple[Node, list[Edge]]]:
        """Each node with its outgoing edges, from one query per batch; what is not asked for is left empty."""
        for label, iris in self._batches():
            triples = self._triples(iris)
            found = self._properties(label, iris, triples) if nodes else {}
            out = self._edges(iris, triples) if edges else {}
            for iri in iris:
                properties, extras = found.get(iri, ({}, set()))
                kept = tuple((name, _distinct(values)) for name, values in sorted(properties.items()))
                yield Node(self._index[iri][1], iri, label, tuple(sorted(extras)), kept), out.get(iri, [])

    def _properties(self, label: str, iris: list[str], triples: Rows) -> dict[str, tuple[Properties, set[str]]]:
        """The raw property values and secondary labels of a batch of nodes."""
        found: dict[str, tuple[Properties, set[str]]] = {iri: ({}, set()) for iri in iris}
        for s, p, o in triples:
            properties, extras = found[str(s)]
            predicate = URIRef(str(p))
            if isinstance(o, Literal):
                name = rules.literal_name(predicate, o.language or "")
                if name is not None:
                    properties.setdefault(name, []).append(to_scalar(o))
            elif predicate == RDF.type and str(o) in self._extras[label]:
                extras.add(self._extras[label][str(o)])
            elif predicate in rules.CODE_PROPERTIES and o is not None:
                properties.setdefault(rules.CODE_PROPERTIES[predicate], []).append(rules.local_name(str(o)))
        if label == "Observation":
            for properties, _ in found.values():
                _add_day(properties)
        if not self.options.observations:
            self._collapse(iris, {iri: properties for iri, (properties, _) in found.items()})
        return found

    def _collapse(self, iris: list[str], found: dict[str, Properties]) -> None:
        """Observations about these subjects as their properties, named measure[_kind]_period."""
        rows = self._select(f"""SELECT DISTINCT ?s ?m ?k ?t ?v WHERE {{ VALUES ?s {{ {_values(iris)} }}
            ?o <{FKG.subject}> ?s ; <{FKG.measure}> ?m ; <{FKG.value}> ?v .
            OPTIONAL {{ ?o <{FKG.kind}> ?k }} OPTIONAL {{ ?o <{FKG.period}> ?t }} }}""")
        for s, m, k, t, v in rows:
            kind = rules.local_name(str(k)) if k is not None else ""
            parts = [rules.local_name(str(m)), kind if kind in rules.NAMED_KINDS else ""]
            parts.append(rules.local_name(str(t)) if t is not None else "")
            name = _NOT_NAME.sub("_", "_".join(p for p in parts if p)).strip("_")
            value = to_scalar(v) if isinstance(v, Literal) else None
            day = rules.day_of(value) if kind == rules.DATE_KIND and isinstance(value, float) else None
            if value is not None:
                found[str(s)].setdefault(name, []).append(day or value)

    def _edges(self, iris: list[str], triples: Rows) -> dict[str, list[Edge]]:
        """The outgoing edges of a batch of nodes, by source IRI, sorted by type and target."""
        out: dict[str, set[tuple[str, str]]] = {iri: set() for iri in iris}
        for s, p, o in triples:
            kind = rules.EDGE_TYPES.get(URIRef(str(p)))
            if kind is not None and str(o) in self._index:
                out[str(s)].add((kind, str(o)))
        for s, d in self._select(f"""SELECT DISTINCT ?s ?d WHERE {{ VALUES ?s {{ {_values(iris)} }}
                ?s <http://www.w3.org/ns/prov#wasDerivedFrom>|<{FKG.sourceSentence}> ?x .
                ?d <{FKG.hasSentence}> ?x }}"""):
            if str(d) in self._index and str(d) != str(s):
                out[str(s)].add((rules.MENTIONED_IN, str(d)))
        edges: dict[str, list[Edge]] = {}
        for iri, targets in out.items():
            source_label, source_key = self._index[iri]
            edges[iri] = [Edge(kind, source_key, self._index[target][1], iri, target, source_label,
                               self._index[target][0]) for kind, target in sorted(targets)]
        return edges

    def schema(self) -> Schema:
        """Property types per label, counts and degrees, from one pass over the store."""
        if self._schema is None:
            schema = Schema()
            for node, edges in self.records():
                schema.add_node(node.label, node.key, node.properties)
                for edge in edges:
                    schema.add_edge(edge.kind, edge.source, edge.target)
            self._schema = schema
        return self._schema

    def typed(self, node: Node) -> dict[str, Value]:
        """A node's properties as the schema's types (one type per property name, so every export agrees)."""
        types = self.types()
        return {name: coerce(values, types[name]) for name, values in node.properties}

    def types(self) -> dict[str, PropType]:
        """One type per property name over all labels, computed once."""
        if self._types is None:
            self._types = self.schema().merged()
        return self._types


def _add_day(properties: dict[str, list[Scalar]]) -> None:
    """An observation of kind date gets its day as a date property beside the YYYYMMDD number."""
    values = properties.get("value", [])
    if properties.get("kind") == [rules.DATE_KIND] and len(values) == 1 and isinstance(values[0], float):
        day = rules.day_of(values[0])
        if day is not None:
            properties["date"] = [day]


def _distinct(values: list[Scalar]) -> tuple[Scalar, ...]:
    """Values without repeats, in a stable order (rdfs:label and skos:prefLabel often say the same)."""
    unique: dict[tuple[str, str], Scalar] = {}
    for value in values:
        unique.setdefault((type(value).__name__, as_text(value)), value)
    return tuple(unique[k] for k in sorted(unique))


def to_networkx(view: PropertyGraph) -> nx.MultiDiGraph:
    """The whole view in memory: node attributes label, type, labels, iri and the typed properties; edge key = type."""
    graph = nx.MultiDiGraph()
    for node in view.nodes():
        graph.add_node(node.key, label=node.display, type=node.label, labels=list(node.labels), iri=node.iri,
                       **view.typed(node))
    for edge in view.edges():
        graph.add_edge(edge.source, edge.target, key=edge.kind, kind=edge.kind)
    return graph


@contextmanager
def open_view(settings: Settings, options: ViewOptions, trig: Path | None = None) -> Iterator[PropertyGraph]:
    """The view of the store at settings.store_dir, or of a kg/ TriG file loaded into memory."""
    inferred, _ = graph_names(settings)
    with open_store(None if trig else settings.store_dir, inferred, read_only=trig is None) as store:
        if trig is not None:
            store.replace(_read_trig(trig))
        yield PropertyGraph(store, settings.base_iri, options)


def _read_trig(path: Path) -> dict[URIRef, Graph]:
    """The named graphs of a TriG file (default-graph triples under the file's own IRI)."""
    graphs: dict[URIRef, Graph] = {}
    try:
        quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))
    except (OSError, SyntaxError) as err:
        raise InputError(f"{path}: not readable as TriG ({err})") from None
    for quad in quads:
        name = quad.graph_name
        graph_name = URIRef(name.value) if isinstance(name, ox.NamedNode) else URIRef(path.resolve().as_uri())
        graphs.setdefault(graph_name, Graph()).add(
            (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graphs
