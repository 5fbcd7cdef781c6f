"""What publishing reads: a read-only view of the store with the entailment graph left out.

Pages, dumps and the dataset description show the data as built (the graphs of the documents
and vocabularies); the SPARQL endpoint alone also sees the entailed triples.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from ..config import Settings
from ..errors import EnvironmentFailure, QueryError
from ..mapping import prefixes as all_prefixes
from ..pipeline import graph_names
from ..store.oxigraph import to_rdflib

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True, slots=True)
class Source:
    """A read-only pyoxigraph store, the base IRI it was built for, and its data graphs."""

    store: ox.Store
    base: str
    inferred: URIRef
    path: Path | None = None

    @property
    def prefixes(self) -> dict[str, str]:
        """Every prefix finkg binds for this base."""
        return all_prefixes(self.base)

    @property
    def id_space(self) -> str:
        """`{base}/id/`: the IRIs that dereference."""
        return f"{self.base}/id/"

    def data_graphs(self) -> list[ox.NamedNode]:
        """The named graphs of the documents and vocabularies, sorted, the entailment graph left out."""
        names = [g for g in self.store.named_graphs() if isinstance(g, ox.NamedNode) and g.value != self.inferred]
        return sorted(names, key=str)

    def _match(self, s: ox.NamedNode | None, o: ox.NamedNode | None) -> list[Triple]:
        seen: set[Triple] = set()
        for graph in self.data_graphs():
            for quad in self.store.quads_for_pattern(s, None, o, graph):
                seen.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        return sorted(seen)

    def outbound(self, iri: str) -> list[Triple]:
        """The triples whose subject is `iri`."""
        return self._match(ox.NamedNode(iri), None)

    def inbound(self, iri: str) -> list[Triple]:
        """The triples whose object is `iri`."""
        return self._match(None, ox.NamedNode(iri))

    def select(self, sparql: str) -> list[dict[str, Node]]:
        """The rows of a SELECT over the data graphs (their union is the default graph)."""
        try:
            graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [*self.data_graphs()]
            answer = self.store.query(sparql, default_graph=graphs, prefixes=self.prefixes)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax: {err}") from None
        if not isinstance(answer, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        names = [v.value for v in answer.variables]
        return [{n: to_rdflib(row[n]) for n in names if row[n] is not None} for row in answer]

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the data graphs, sorted, for dumps."""
        for graph in self.data_graphs():
            yield from sorted(self.store.quads_for_pattern(None, None, None, graph), key=str)

    def resources(self) -> list[str]:
        """Every IRI in the id space that is the subject of a triple, fragments cut off, sorted."""
        found: set[str] = set()
        for graph in self.data_graphs():
            for quad in self.store.quads_for_pattern(None, None, None, graph):
                subject = quad.subject
                if isinstance(subject, ox.NamedNode) and subject.value.startswith(self.id_space):
                    found.add(subject.value.partition("#")[0])
        return sorted(found)


def open_source(path: Path, settings: Settings) -> Source:
    """The store at `path`, opened read-only beside any writer (a snapshot of the moment it opens)."""
    if not path.exists():
        raise EnvironmentFailure(f"{path}: no store here (run `finkg build` first)")
    try:
        store = ox.Store.read_only(str(path))
    except OSError as err:
        raise EnvironmentFailure(f"{path}: cannot open the store ({err})") from None
    inferred, _ = graph_names(settings)
    return Source(store, settings.base_iri.rstrip("/"), inferred, path)
