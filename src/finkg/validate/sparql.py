"""SPARQL-based constraints (sh:sparql) run once over the whole graph instead of once per focus node.

pyshacl parses a constraint's query again for every focus node (~50 ms each on rdflib); the shapes
here bind $this through their own first pattern, so one graph-wide SELECT finds the same results.
https://www.w3.org/TR/shacl/#sparql-constraints
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .report import SH, ValidationResult, short

_PLACEHOLDER = re.compile(r"\{[?$](\w+)\}")


@dataclass(frozen=True, slots=True)
class SparqlShape:
    """A node shape that holds sh:sparql constraints and targets the subjects of one property."""

    shape: URIRef
    target: URIRef
    severity: str
    queries: tuple[tuple[str, str], ...]  # (SELECT query with prefixes, message template)


def _prefixes(shapes: Graph, constraint: Node) -> str:
    """PREFIX lines for the sh:declare of the constraint's sh:prefixes."""
    lines = []
    for source in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(source, SH.declare):
            prefix, namespace = shapes.value(declaration, SH.prefix), shapes.value(declaration, SH.namespace)
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(lines) + "\n"


def sparql_shapes(shapes: Graph) -> tuple[SparqlShape, ...]:
    """The shapes with sh:sparql constraints; each must target the subjects of one property."""
    found = []
    for shape in sorted({s for s in shapes.subjects(SH.sparql, None) if isinstance(s, URIRef)}):
        targets = list(shapes.objects(shape, SH.targetSubjectsOf))
        others = {SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.target} & set(shapes.predicates(shape))
        if len(targets) != 1 or others or not isinstance(targets[0], URIRef):
            raise ValueError(
                f"{shape}: a sh:sparql shape must have exactly one sh:targetSubjectsOf and no other target"
            )
        severity = shapes.value(shape, SH.severity, default=SH.Violation)
        queries = tuple(
            (_prefixes(shapes, c) + str(shapes.value(c, SH.select)), str(shapes.value(c, SH.message) or ""))
            for c in shapes.objects(shape, SH.sparql)
        )
        found.append(SparqlShape(shape, targets[0], str(severity).rsplit("#", 1)[-1], queries))
    return tuple(found)


def _fill(message: str, bindings: Mapping[str, Node]) -> str:
    """The message with each {?var} / {$var} replaced by that variable's value."""

    def text(match: re.Match[str]) -> str:
        node = bindings.get(match.group(1))
        if node is None:
            return "none"
        return str(node) if isinstance(node, Literal) else short(node)

    return _PLACEHOLDER.sub(text, message)


def run(data: Graph, shape: SparqlShape) -> Iterator[ValidationResult]:
    """The results of one shape's constraints over the whole of `data`."""
    focus_nodes = set(data.subjects(shape.target, None))
    for query, message in shape.queries:
        rows = (row.asdict() for row in data.query(query))  # type: ignore[union-attr]
        yield from results(shape, message, rows, focus_nodes)


def results(
    shape: SparqlShape, message: str, rows: Iterable[Mapping[str, Node]], focus_nodes: Container[Node]
) -> Iterator[ValidationResult]:
    """The validation results of one constraint's rows (variable -> value) whose $this is a focus node."""
    for bindings in rows:
        focus = bindings.get("this")
        if focus is None or focus not in focus_nodes:
            continue
        yield ValidationResult(
            severity=shape.severity,
            focus=focus,
            path=bindings.get("path"),
            value=bindings.get("value"),
            shape=shape.shape,
            message=_fill(message, bindings),
        )
