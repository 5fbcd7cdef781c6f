"""What a finkg store does, whatever engine holds the triples: named graphs in, SPARQL out.

Terms cross this boundary as rdflib terms, so callers never see the engine's own types.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from rdflib import Graph, URIRef
from rdflib.term import Node


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A SPARQL answer: rows of a SELECT, the truth of an ASK, or the graph of a CONSTRUCT/DESCRIBE."""

    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = field(default=None, compare=False)


class GraphStore(Protocol):
    """A quad store with one named graph per document and a SPARQL 1.1 endpoint."""

    def replace(self, graphs: Mapping[URIRef, Graph]) -> None:
        """Replace each named graph by the given triples and recompute the entailments, in one transaction."""
        ...

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query over the union of all graphs."""
        ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update in one transaction."""
        ...

    def graph(self, name: URIRef) -> Graph:
        """A copy of one named graph."""
        ...

    def graph_names(self) -> tuple[URIRef, ...]:
        """The names of the graphs in the store, sorted."""
        ...

    def dump(self) -> bytes:
        """Every quad as canonical, sorted N-Quads: equal bytes mean equal stores."""
        ...
