"""The SPARQL-based shapes run once per constraint on the store, for the focus nodes of the graphs just written.

A corpus build validates the core shapes per document in its workers; the sh:sparql constraints
join across documents (a cohort and its parent), so they run here on the whole store. When few
focus nodes are new or many, the query is pre-bound with `VALUES ?this` (SHACL's pre-binding of $this,
https://www.w3.org/TR/shacl/#pre-binding), so one new document costs little however large the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from rdflib import Graph, URIRef
from rdflib.term import Node

from ..store.base import GraphStore
from . import sparql
from .report import ValidationResult
from .shacl import SHAPES

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_BIND_LIMIT = 2000  # focus nodes per query


@cache
def _shapes() -> tuple[sparql.SparqlShape, ...]:
    return sparql.sparql_shapes(Graph().parse(SHAPES, format="turtle"))


def _values(names: Sequence[Node]) -> str:
    return " ".join(f"<{n}>" for n in names)


def bound(query: str, focus: Sequence[Node]) -> str:
    """`query` with $this pre-bound to the focus nodes by a VALUES block opening its WHERE clause."""
    match = _WHERE.search(query)
    if match is None:
        raise ValueError(f"no WHERE clause to pre-bind in {query!r}")
    return f"{query[: match.end()]} VALUES ?this {{ {_values(focus)} }} {query[match.end():]}"


def focus_nodes(store: GraphStore, target: URIRef, graphs: Sequence[URIRef]) -> list[Node]:
    """Subjects of `target` in `graphs`: the focus nodes of a sh:targetSubjectsOf shape."""
    answer = store.query(
        f"SELECT DISTINCT ?this WHERE {{ VALUES ?g {{ {_values(graphs)} }} GRAPH ?g {{ ?this <{target}> ?o }} }}"
    )
    return sorted((row[0] for row in answer.rows if row[0] is not None), key=str)


def store_results(store: GraphStore, graphs: Sequence[URIRef]) -> Iterator[ValidationResult]:
    """Results of every SPARQL-based constraint over the store's union, for the focus nodes found in `graphs`."""
    if not graphs:
        return
    for shape in _shapes():
        focus = focus_nodes(store, shape.target, graphs)
        if not focus:
            continue
        for query, message in shape.queries:
            # pre-bound in chunks: unbound, a path query like `$this fkg:parentCohort+ $this` walks the whole store
            for start in range(0, len(focus), _BIND_LIMIT):
                answer = store.query(bound(query, focus[start : start + _BIND_LIMIT]))
                names = answer.variables
                rows = ({k: v for k, v in zip(names, row, strict=True) if v is not None} for row in answer.rows)
                yield from sparql.results(shape, message, rows, set(focus))
