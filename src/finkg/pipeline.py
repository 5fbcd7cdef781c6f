"""The only place that knows the order of the stages: read -> extract -> check -> map -> validate -> store.

Nothing is written until every document's graph has passed validation; then the store's graphs are
replaced in one transaction and each kg/ file is written beside its target and moved over it, so a
failed build leaves the last good graph and files as they were.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from rdflib import RDF, Graph, URIRef
from rdflib.compare import to_canonical_graph

from .check import check
from .config import ONTOLOGY_DIR, PACKAGE_DIR, Settings
from .errors import InputError, ValidationFailed
from .extract import extract
from .mapping import prefixes as all_prefixes
from .mapping import to_rdf
from .read import read_document
from .records import Document, Extraction
from .store import open_store
from .store.files import write_outputs
from .store.sparql import open_remote
from .validate import failing_constraints, render, validate

SEED = PACKAGE_DIR.parent.parent / "corpus" / "000_5e41f899ff37ab17.txt"
SHAPES_FILE = "shapes.ttl"


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentReport:
    """What one document contributed: its graph's size, its nodes per class, its warnings."""

    doc_id: str
    source: str
    triples: int
    classes: tuple[tuple[str, int], ...]
    warnings: str  # the rendered validation report, empty when there are no results
    n_warnings: int


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildReport:
    """The outcome of a build: per-document reports, where the files went, how long it took."""

    documents: tuple[DocumentReport, ...]
    kg_dir: Path
    store_dir: Path
    seconds: float

    @property
    def triples(self) -> int:
        """Triples over all documents built in this run."""
        return sum(d.triples for d in self.documents)


def analyze(path: Path | str, settings: Settings | None = None) -> Extraction:
    """Read, extract and check one document: every fact with its subject, evidence and flags."""
    return analyze_document(read_document(path), settings)


def analyze_document(document: Document, settings: Settings | None = None) -> Extraction:
    """Extract and check a document already read (a corpus worker reads it from bytes)."""
    return check(extract(document), settings)


def graph_names(settings: Settings) -> tuple[URIRef, dict[str, URIRef]]:
    """The name of the entailment graph and of each vocabulary graph (by ontology/ file stem)."""
    base = settings.base_iri.rstrip("/")
    vocabularies = {
        path.stem: URIRef(f"{base}/graph/{path.stem}")
        for path in sorted(ONTOLOGY_DIR.glob("*.ttl"))
        if path.name != SHAPES_FILE
    }
    return URIRef(f"{base}/graph/inferred"), vocabularies


def build(
    paths: Sequence[Path], settings: Settings, on_document: Callable[[Path], None] | None = None
) -> BuildReport:
    """Build the graph of every document in `paths` (default: the bundled seed) into the store and kg/."""
    started = time.perf_counter()
    extractions = []
    for path in list(paths) or [SEED]:
        extractions.append(analyze(path, settings))
        if on_document is not None:
            on_document(path)
    return replace(build_extractions(extractions, settings), seconds=time.perf_counter() - started)


def build_extractions(extractions: Sequence[Extraction], settings: Settings) -> BuildReport:
    """Map and validate every extraction, then replace their graphs in the store and kg/ files."""
    started = time.perf_counter()
    graphs: dict[URIRef, Graph] = {}
    reports = []
    for extraction in extractions:
        graph, report = _document_graph(extraction, settings)
        name = URIRef(str(graph.identifier))
        if name in graphs:
            raise InputError(f"{report.source}: a second document with the id {report.doc_id!r} in one build")
        graphs[name] = graph
        reports.append(report)
    inferred, vocabularies = graph_names(settings)
    # canonical blank node labels, so the vocabularies' OWL lists serialize alike on every build
    ontology = {
        name: to_canonical_graph(Graph().parse(ONTOLOGY_DIR / f"{stem}.ttl")) for stem, name in vocabularies.items()
    }
    prefixes = all_prefixes(settings.base_iri)
    # with a remote store, the kg/ files are written from an in-memory copy of what was sent to it
    with open_store(None if settings.store_url else settings.store_dir, inferred, prefixes=prefixes) as store:
        store.replace({**ontology, **graphs})
        if settings.store_url:
            with open_remote(settings.store_url, inferred, settings.base_iri, prefixes=prefixes) as remote:
                remote.replace({**ontology, **graphs})
        documents = {report.doc_id: name for report, name in zip(reports, graphs, strict=True)}
        write_outputs(store, settings.kg_dir, documents, markdown(reports), prefixes, exclude=(inferred,))
    return BuildReport(
        documents=tuple(reports),
        kg_dir=settings.kg_dir,
        store_dir=settings.store_dir,
        seconds=time.perf_counter() - started,
    )


def _document_graph(extraction: Extraction, settings: Settings) -> tuple[Graph, DocumentReport]:
    """One extraction mapped and validated; violations raise before anything is written."""
    document = extraction.document
    graph = to_rdf(extraction, settings)
    result = validate(graph, cny_ceiling=settings.cny_ceiling)
    if not result.conforms:
        raise ValidationFailed(
            f"{document.source}: graph not written, {len(result.violations)} SHACL violation(s)\n"
            f"{render(result, graph)}"
        )
    broken = failing_constraints(graph)
    if broken:
        raise ValidationFailed(
            f"{document.source}: graph not written, it breaks the Data Cube integrity constraints {', '.join(broken)}"
            " (https://www.w3.org/TR/vocab-data-cube/#wf-rules)"
        )
    return graph, DocumentReport(
        doc_id=document.doc_id,
        source=document.source,
        triples=len(graph),
        classes=_classes(graph),
        warnings=render(result, graph) if result.results else "",
        n_warnings=len(result.warnings),
    )


def _classes(graph: Graph) -> tuple[tuple[str, int], ...]:
    """Nodes per class, as prefixed names, sorted by name."""
    counts = Counter(graph.namespace_manager.normalizeUri(str(o)) for o in graph.objects(None, RDF.type))
    return tuple(sorted(counts.items()))


def markdown(reports: Sequence[DocumentReport]) -> str:
    """build-report.md: per document its triples, nodes per class and validation outcome."""
    lines = ["# finkg build report", ""]
    for report in reports:
        lines += [f"## {report.doc_id}", "", f"- source: `{Path(report.source).name}`", f"- triples: {report.triples}"]
        lines += [f"- validation: conforms, {report.n_warnings} warning(s)", "", "| class | nodes |", "|---|---|"]
        lines += [f"| {name} | {count} |" for name, count in report.classes]
        if report.warnings:
            lines += ["", "### Validation results", "", "```", report.warnings, "```"]
        lines.append("")
    return "\n".join(lines)


__all__ = ["BuildReport", "DocumentReport", "build", "build_extractions"]
