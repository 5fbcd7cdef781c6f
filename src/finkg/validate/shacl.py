"""The validate stage: pySHACL over a graph with finkg's shapes, ontology and vocabularies.

SHACL: https://www.w3.org/TR/shacl/ . The ontology and the SKOS schemes are added to a copy of the
data graph, so sh:class and sh:targetClass follow rdfs:subClassOf and see the measure and sector
concepts without inference (pyshacl's ont_graph would copy class axioms only, not the concepts).
Core constraints run in pyshacl; sh:sparql constraints run once over the graph (see `sparql`).
A corpus batch is screened first (`validate_core`, see `screen`): pyshacl sees only the nodes that may fail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import chain
from pathlib import Path

from pyshacl import validate as pyshacl_validate
from rdflib import RDF, BNode, Graph, Literal
from rdflib.namespace import XSD
from rdflib.term import Node

from ..config import ONTOLOGY_DIR
from . import screen, sparql
from .report import FKGSH, SH, ValidationReport, ValidationResult

SHAPES = ONTOLOGY_DIR / "shapes.ttl"
_CEILING_SHAPE = FKGSH.CnyCeilingShape
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True, slots=True)
class _Shapes:
    """A shapes file made ready: all its shapes, the core ones for pyshacl and the screen, the SPARQL ones."""

    full: Graph
    core: Graph
    screened: tuple[screen.Target, ...]
    sparql: tuple[sparql.SparqlShape, ...]


@cache
def _parsed(path: Path) -> Graph:
    """A Turtle file parsed once per process; callers must not modify it."""
    return Graph().parse(path, format="turtle")


@cache
def ontology_graph() -> Graph:
    """The ontology and every vocabulary in ontology/ (all Turtle files but the shapes)."""
    graph = Graph()
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")):
        if path.name != SHAPES.name:
            graph += _parsed(path)
    return graph


@cache
def _shapes(path: Path, ceiling: Decimal | None) -> _Shapes:
    """The shapes of `path` with the CNY ceiling replaced, split into core and SPARQL shapes."""
    full = Graph()
    full += _parsed(path)
    if ceiling is not None:
        members = full.value(_CEILING_SHAPE, SH["or"])
        assert members is not None, f"{path} has no fkgsh:CnyCeilingShape with sh:or"
        for member in full.items(members):
            for old in list(full.objects(member, SH.maxInclusive)):
                full.remove((member, SH.maxInclusive, old))
                full.add((member, SH.maxInclusive, Literal(ceiling, datatype=XSD.decimal)))
    sparql_shapes = sparql.sparql_shapes(full)
    core = Graph()
    core += full
    for shape in sparql_shapes:
        core.add((shape.shape, SH.deactivated, Literal(True)))
    return _Shapes(full, core, screen.compiled(core), sparql_shapes)


def _named_shape(shapes: Graph, shape: Node) -> Node:
    """The node shape a (blank) property shape belongs to, so reports name a shape people can find."""
    if isinstance(shape, BNode):
        owner = shapes.value(None, SH.property, shape)
        if owner is not None:
            return owner
    return shape


def _results(results: Graph, shapes: Graph) -> list[ValidationResult]:
    """The sh:ValidationResult nodes of a report graph as records."""
    records = []
    for node in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(node, SH.resultSeverity)
        focus, shape = results.value(node, SH.focusNode), results.value(node, SH.sourceShape)
        assert focus is not None and shape is not None, "a SHACL result always names its focus node and shape"
        messages = sorted(str(m) for m in results.objects(node, SH.resultMessage))
        records.append(
            ValidationResult(
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                focus=focus,
                path=results.value(node, SH.resultPath),
                value=results.value(node, SH.value),
                shape=_named_shape(shapes, shape),
                message="; ".join(messages) or "constraint not met",
            )
        )
    return records


def _record(results: Graph, result: ValidationResult) -> str:
    """Adds a SPARQL result to pyshacl's report graph; returns its line for the report text."""
    node = BNode()
    report = results.value(None, RDF.type, SH.ValidationReport)
    assert report is not None, "pyshacl always writes one sh:ValidationReport"
    results.add((report, SH.result, node))
    results.add((node, RDF.type, SH.ValidationResult))
    results.add((node, SH.resultSeverity, SH[result.severity]))
    results.add((node, SH.focusNode, result.focus))
    results.add((node, SH.sourceShape, result.shape))
    results.add((node, SH.sourceConstraintComponent, SH.SPARQLConstraintComponent))
    results.add((node, SH.resultMessage, Literal(result.message)))
    if result.value is not None:
        results.add((node, SH.value, result.value))
    return (
        f"Constraint {result.severity} in SPARQLConstraintComponent ({result.shape}): {result.focus}: {result.message}"
    )


def validate(
    data: Graph,
    *,
    shapes: Path | None = None,
    ontology: bool = True,
    cny_ceiling: Decimal | None = None,
    sparql_constraints: bool = True,
) -> ValidationReport:
    """Validate `data` against finkg's shapes (or `shapes`); `cny_ceiling` replaces the shapes' ceiling.

    Without `sparql_constraints` only the core shapes run: a corpus build runs the SPARQL ones on its store.
    """
    prepared = _shapes(shapes or SHAPES, cny_ceiling)
    mixed = Graph()
    mixed += data
    if ontology:
        mixed += ontology_graph()
    return _pyshacl(mixed, prepared.core, prepared, sparql_constraints=sparql_constraints)


def validate_core(graphs: Sequence[Graph], *, cny_ceiling: Decimal | None = None) -> ValidationReport:
    """The core shapes over the union of `graphs` and the ontology: `validate(union, sparql_constraints=False)`.

    The screen passes the nodes that certainly conform; pyshacl validates the rest, over the part of the
    union it can read from them when every shape is one the screen knows, else over the whole union.
    """
    prepared = _shapes(SHAPES, cny_ceiling)
    index = screen.Index(chain(ontology_graph(), *graphs))
    doubtful = screen.suspects(prepared.screened, index)
    known = all(t.shape.known for t in prepared.screened)
    if known and not doubtful:
        return ValidationReport(conforms=True, results=(), text="Validation Report\nConforms: True\n", graph=Graph())
    mixed = Graph()
    if known:
        reach = max(t.shape.reach for t in prepared.screened)
        mixed.addN((s, p, o, mixed) for s, p, o in screen.neighbourhood(index, chain(*doubtful.values()), reach))
    else:
        for graph in graphs:
            mixed += graph
        mixed += ontology_graph()
    shapes = screen.targeted(prepared.core, prepared.screened, doubtful)
    return _pyshacl(mixed, shapes, prepared, sparql_constraints=False)


def _pyshacl(mixed: Graph, core: Graph, prepared: _Shapes, *, sparql_constraints: bool) -> ValidationReport:
    """pyshacl with the `core` shapes over `mixed` (modified in place), then the SPARQL ones if asked, as a report."""
    _, results_graph, text = pyshacl_validate(
        mixed, shacl_graph=core, inference="none", allow_warnings=True, inplace=True
    )
    assert isinstance(results_graph, Graph) and isinstance(text, str)
    extra = [result for shape in prepared.sparql for result in sparql.run(mixed, shape)] if sparql_constraints else []
    text += "".join(f"\n{_record(results_graph, result)}" for result in extra)
    records = _results(results_graph, prepared.full)
    records.sort(key=lambda r: (_SEVERITY_ORDER.get(r.severity, 3), str(r.focus), str(r.path), r.message))
    conforms = not any(r.severity == "Violation" for r in records)
    report_node = results_graph.value(None, RDF.type, SH.ValidationReport)
    assert report_node is not None, "pyshacl always writes one sh:ValidationReport"
    results_graph.set((report_node, SH.conforms, Literal(conforms)))
    return ValidationReport(conforms=conforms, results=tuple(records), text=text, graph=results_graph)
