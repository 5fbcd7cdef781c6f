"""The W3C RDF Data Cube integrity constraints IC-1 ... IC-21 over a graph's observations.

https://www.w3.org/TR/vocab-data-cube/#wf-rules : each constraint is an ASK query that is true when
violated, run after the normalization updates (section 10.3). The query texts are the Recommendation's.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from rdflib import Graph
from rdflib.term import Node

from ..config import DATA_DIR
from .shacl import ontology_graph

IC_DIR = DATA_DIR / "qb-ic"
_PREFIXES = """\
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl:  <http://www.w3.org/2002/07/owl#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX qb:   <http://purl.org/linked-data/cube#>
"""
# Strict SPARQL 1.1 engines leave a SELECT alias unbound in HAVING, so IC-17 as published never fires.
_IC17_FIX = ("HAVING (?count != ?numMeasures)", "HAVING (COUNT(?obs2) != ?numMeasures)")
_DIMENSION_VALUES = (
    _PREFIXES
    + """
SELECT ?dataset ?obs ?dim ?value WHERE {
    ?obs qb:dataSet ?dataset .
    ?dataset qb:structure/qb:component/qb:componentProperty ?dim .
    ?dim a qb:DimensionProperty .
    ?obs ?dim ?value .
}"""
)


@cache
def _text(name: str) -> str:
    return (IC_DIR / name).read_text(encoding="utf-8")


def _asks(number: int, graph: Graph) -> list[str]:
    """The ASK queries of one constraint, ready to run (templates filled from `graph`)."""
    text = _text(f"ic-{number:02d}.rq").replace(*_IC17_FIX)
    if number in (20, 21):
        params = graph.query(_PREFIXES + _text(f"ic-{number}-params.rq"))
        return [_PREFIXES + text.replace("<$p>", f"<{row[0]}>") for row in params]  # type: ignore[index]
    return [_PREFIXES + "ASK" + part for part in text.split("ASK")[1:]]


def _has_duplicates(graph: Graph) -> bool:
    """IC-12 (no two observations of a data set share every dimension value), in linear time."""
    keys: dict[tuple[Node, Node], set[tuple[Node, Node]]] = defaultdict(set)
    for dataset, obs, dim, value in graph.query(_DIMENSION_VALUES):  # type: ignore[misc]
        keys[(dataset, obs)].add((dim, value))
    seen: set[tuple[Node, frozenset[tuple[Node, Node]]]] = set()
    for (dataset, _), values in keys.items():
        key = (dataset, frozenset(values))
        if key in seen:
            return True
        seen.add(key)
    return False


def normalize(graph: Graph) -> Graph:
    """A copy of `graph` in the Data Cube's normalized form (types and attachments made explicit)."""
    work = Graph()
    work += graph
    for phase in ("normalize-phase1.ru", "normalize-phase2.ru"):
        work.update(_text(phase))
    return work


def failing_constraints(graph: Graph, *, vocabulary: bool = True) -> tuple[str, ...]:
    """The names ("IC-11", "IC-19" ...) of the integrity constraints `graph` violates.

    With `vocabulary`, finkg's ontology (the structure definition) and its SKOS schemes (the
    measure code list) are added first, as a graph built by finkg refers to them without copying them.
    """
    work = normalize(graph + ontology_graph() if vocabulary else graph)
    failing = []
    for number in range(1, 22):
        if number == 12:
            violated = _has_duplicates(work)
        else:
            violated = any(bool(work.query(query).askAnswer) for query in _asks(number, work))
        if violated:
            failing.append(f"IC-{number}")
    return tuple(failing)
