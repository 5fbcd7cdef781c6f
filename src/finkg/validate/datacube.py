"""The W3C RDF Data Cube integrity constraints IC-1 ... IC-21 over a graph's observations.

https://www.w3.org/TR/vocab-data-cube/#wf-rules : each constraint is an ASK query that is true when
violated, run after the normalization updates (section 10.3). The query texts are the Recommendation's.
They run in an in-memory Oxigraph store, like the corpus store: rdflib's SPARQL engine took seconds for
a few thousand observations. Oxigraph reads typed literals by value ("0"^^xsd:boolean is false), as the
corpus store does; the only literals the constraints match are the structure's "true"/"false" flags and
literal dimension values, and finkg's are canonical flags and IRIs, so its graphs get rdflib's answers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache

import pyoxigraph as ox
from rdflib import Graph

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


@cache
def _vocabulary() -> bytes:
    """finkg's ontology and SKOS schemes as N-Triples, serialized once per process."""
    return ontology_graph().serialize(format="nt", encoding="utf-8")


def _asks(number: int, store: ox.Store) -> list[str]:
    """The ASK queries of one constraint, ready to run (templates filled from `store`)."""
    text = _text(f"ic-{number:02d}.rq").replace(*_IC17_FIX)
    if number in (20, 21):
        params = store.query(_PREFIXES + _text(f"ic-{number}-params.rq"))
        assert isinstance(params, ox.QuerySolutions)
        return [_PREFIXES + text.replace("<$p>", str(row[0])) for row in params]
    return [_PREFIXES + "ASK" + part for part in text.split("ASK")[1:]]


def _has_duplicates(store: ox.Store) -> bool:
    """IC-12 (no two observations of a data set share every dimension value), in linear time."""
    keys: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    answer = store.query(_DIMENSION_VALUES)
    assert isinstance(answer, ox.QuerySolutions)
    for dataset, obs, dim, value in answer:
        keys[(str(dataset), str(obs))].add((str(dim), str(value)))
    seen: set[tuple[str, frozenset[tuple[str, str]]]] = set()
    for (dataset, _), values in keys.items():
        key = (dataset, frozenset(values))
        if key in seen:
            return True
        seen.add(key)
    return False


def _normalized(ntriples: Iterable[bytes]) -> ox.Store:
    """An in-memory store of the N-Triples documents' union in the Data Cube's normalized form."""
    store = ox.Store()
    # one document, so that a blank node label means one node throughout, as in an rdflib union
    store.load(b"\n".join(ntriples), format=ox.RdfFormat.N_TRIPLES)
    for phase in ("normalize-phase1.ru", "normalize-phase2.ru"):
        store.update(_text(phase))
    return store


def failing_constraints(graph: Graph, *, vocabulary: bool = True) -> tuple[str, ...]:
    """The names ("IC-11", "IC-19" ...) of the integrity constraints `graph` violates.

    With `vocabulary`, finkg's ontology (the structure definition) and its SKOS schemes (the
    measure code list) are added first, as a graph built by finkg refers to them without copying them.
    """
    return broken_constraints([graph.serialize(format="nt", encoding="utf-8")], vocabulary=vocabulary)


def broken_constraints(ntriples: Iterable[bytes], *, vocabulary: bool = True) -> tuple[str, ...]:
    """`failing_constraints` of the union of N-Triples documents (a corpus batch has them already)."""
    store = _normalized([*ntriples, _vocabulary()] if vocabulary else ntriples)
    failing = []
    for number in range(1, 22):
        if number == 12:
            violated = _has_duplicates(store)
        else:
            violated = any(bool(store.query(query)) for query in _asks(number, store))
        if violated:
            failing.append(f"IC-{number}")
    return tuple(failing)
