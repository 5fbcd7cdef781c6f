"""The measure scheme (ontology/measures.ttl) as the extractor and the checks need it beyond the measures' names:
which add up over a period and which are held at a date, which percentages are levels and which are parts of a
whole, which count things, which are per-company averages and medians, and which measure is narrower than which.
One place says it, so that a new measure cannot be forgotten in a table of the code."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.term import Node

from ..config import ONTOLOGY_DIR

# flows, stocks, balances, rates, shares, counts, statistics: one path segment under the id space, like every served IRI
COLLECTIONS = "https://w3id.org/finkg/id/scheme/measure-"


@dataclass(frozen=True, slots=True)
class MeasureScheme:
    """Notations of the scheme's measures and of those in each of its collections, and each narrower measure's
    broader one."""

    measures: frozenset[str]
    flows: frozenset[str]
    stocks: frozenset[str]
    balances: frozenset[str]
    rates: frozenset[str]
    shares: frozenset[str]
    counts: frozenset[str]
    statistics: frozenset[str]
    broader: Mapping[str, str]


@cache
def measure_scheme() -> MeasureScheme:
    """The scheme's collections and skos:broader links, read once per process."""
    graph = Graph().parse(ONTOLOGY_DIR / "measures.ttl", format="turtle")

    def notation(concept: Node) -> str:
        return str(graph.value(concept, SKOS.notation))

    def members(name: str) -> frozenset[str]:
        """The notations of a collection's concepts, those of a collection inside it included."""
        found: set[str] = set()
        todo = [URIRef(COLLECTIONS + name)]
        while todo:
            for member in graph.objects(todo.pop(), SKOS.member):
                if (member, RDF.type, SKOS.Collection) in graph:
                    todo.append(member)  # type: ignore[arg-type]
                else:
                    found.add(notation(member))
        return frozenset(found)

    broader = {notation(narrow): notation(broad) for narrow, broad in graph.subject_objects(SKOS.broader)}
    return MeasureScheme(
        measures=frozenset(str(n) for n in graph.objects(None, SKOS.notation)),
        flows=members("flows"),
        stocks=members("stocks"),
        balances=members("balances"),
        rates=members("rates"),
        shares=members("shares"),
        counts=members("counts"),
        statistics=members("statistics"),
        broader=broader,
    )


__all__ = ["MeasureScheme", "measure_scheme"]
