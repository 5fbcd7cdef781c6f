"""The work a corpus build farms out: a batch of documents read, extracted, checked, mapped and validated.

A task carries the documents' bytes, so a worker needs no shared disk, and returns each document's
graph as N-Triples. The documents of a batch are validated together (core SHACL shapes screened, then
pyshacl on the nodes that may fail; the Data Cube integrity constraints in an in-memory Oxigraph store)
because both spend a good part of a small graph's time on fixed costs; each result is then charged to the
documents whose graph holds its focus node.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rdflib import Graph

from ..config import Settings
from ..errors import FinkgError
from ..mapping import to_rdf
from ..pipeline import analyze_document
from ..read import read_bytes
from ..validate import ValidationReport, ValidationResult, render
from ..validate.datacube import broken_constraints
from ..validate.shacl import validate_core


@dataclass(frozen=True, slots=True)
class Task:
    """One document to build: where it came from, its bytes and its content key."""

    source: str
    data: bytes
    key: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentResult:
    """One document's outcome: its graph as N-Triples and its validation results, or why it failed."""

    source: str
    key: str
    doc_id: str = ""
    graph: str = ""  # the document's IRI, the name of its graph
    ntriples: bytes = b""
    triples: int = 0
    facts: int = 0
    flags: int = 0
    results: tuple[ValidationResult, ...] = ()  # core shapes; the SPARQL-based ones run on the store
    details: str = ""  # the results rendered with their source sentences
    error: str = ""

    @property
    def violations(self) -> int:
        """Results of severity Violation."""
        return sum(r.severity == "Violation" for r in self.results)


def build_batch(tasks: Sequence[Task], settings: Settings) -> tuple[DocumentResult, ...]:
    """Every document of `tasks` built and validated; a document that fails says why and spares the rest."""
    built: list[tuple[Task, DocumentResult, Graph]] = []
    failed: dict[str, DocumentResult] = {}
    for task in tasks:
        try:
            extraction = analyze_document(read_bytes(task.data, task.source), settings)
            graph = to_rdf(extraction, settings)
        except FinkgError as err:
            failed[task.source] = DocumentResult(source=task.source, key=task.key, error=str(err))
            continue
        except Exception as err:  # an extractor bug must cost one document, not the corpus
            reason = f"{task.source}: finkg failed on it: {type(err).__name__}: {err}"
            failed[task.source] = DocumentResult(source=task.source, key=task.key, error=reason)
            continue
        result = DocumentResult(
            source=task.source,
            key=task.key,
            doc_id=extraction.document.doc_id,
            graph=str(graph.identifier),
            triples=len(graph),
            facts=len(extraction.facts),
            flags=sum(not f.plausible for f in extraction.facts),
        )
        built.append((task, result, graph))
    validated = {r.source: r for r in _validated([(r, g) for _, r, g in built], settings)}
    return tuple(failed.get(t.source) or validated[t.source] for t in tasks)


def _validated(built: Sequence[tuple[DocumentResult, Graph]], settings: Settings) -> list[DocumentResult]:
    """The batch's results with their core SHACL results, Data Cube failures and N-Triples filled in."""
    if not built:
        return []
    graphs = [graph for _, graph in built]
    report = validate_core(graphs, cny_ceiling=settings.cny_ceiling)
    ntriples = [graph.serialize(format="nt", encoding="utf-8") for graph in graphs]
    broken = broken_constraints(ntriples)
    out = []
    for (result, graph), data in zip(built, ntriples, strict=True):
        mine: tuple[ValidationResult, ...] = ()
        if report.results:
            subjects = set(graph.subjects())
            mine = tuple(r for r in report.results if r.focus in subjects)
        details = ""
        if mine:
            own = ValidationReport(conforms=True, results=mine, text="", graph=report.graph)
            details = "\n".join(render(own, graph).splitlines()[1:])
        error = ""
        violations = sum(r.severity == "Violation" for r in mine)
        if violations:
            error = f"{result.source}: graph not written, {violations} SHACL violation(s)"
        elif broken and (cube := broken_constraints([data])):  # the batch failed: find whose graph breaks it
            error = f"{result.source}: graph not written, it breaks the Data Cube constraints {', '.join(cube)}"
        out.append(replace(result, ntriples=data, results=mine, details=details, error=error))
    return out
