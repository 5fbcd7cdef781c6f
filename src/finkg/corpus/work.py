"""The work a corpus build farms out: a batch of documents read, extracted, checked, mapped and validated.

A task carries the documents' bytes, so a worker needs no shared disk, and returns each document's
graph as N-Triples. The documents of a batch are validated together (core SHACL shapes screened, then
pyshacl on the nodes that may fail; the Data Cube integrity constraints in an in-memory Oxigraph store)
because both spend a good part of a small graph's time on fixed costs; each result is then charged to the
documents whose graph holds its focus node. Each graph's RDFS entailments are computed here too, in
parallel, so the store loads them with the graph instead of querying a million triples for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

import pyoxigraph as ox
from rdflib import Graph, URIRef

from ..config import ONTOLOGY_DIR, Settings
from ..errors import FinkgError
from ..mapping import to_rdf
from ..pipeline import analyze_document, graph_names
from ..read import read_bytes
from ..store.closure import Entailments, Schema, schema
from ..store.oxigraph import OxigraphStore
from ..validate import ValidationReport, ValidationResult, render
from ..validate.datacube import broken_constraints
from ..validate.shacl import validate_core

_NOWHERE = URIRef("urn:finkg:worker:inferred")  # the entailment graph of a worker's scratch store, never filled
_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SCHEMA_PREDICATES = {b"<http://www.w3.org/2000/01/rdf-schema#subClassOf>",
                      b"<http://www.w3.org/2000/01/rdf-schema#subPropertyOf>",
                      b"<http://www.w3.org/2002/07/owl#equivalentClass>"}


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
    entailments: Entailments | None = None  # None when the graph holds schema edges of its own
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
    entailed = entailments({URIRef(result.graph): data for (result, _), data in zip(built, ntriples, strict=True)})
    out = []
    for (result, graph), data in zip(built, ntriples, strict=True):
        mine: tuple[ValidationResult, ...] = ()
        shown = report
        if report.results:
            subjects = set(graph.subjects())
            mine = tuple(r for r in report.results if r.focus in subjects)
        if any(r.severity == "Violation" for r in mine) and len(graphs) > 1:
            # a node two reports share ("electric-vehicle batteries", "electric vehicle batteries") may break a shape
            # only in the batch's union: a document is judged on its own graph
            shown = validate_core([graph], cny_ceiling=settings.cny_ceiling)
            mine = shown.results
        details = ""
        if mine:
            own = ValidationReport(conforms=True, results=mine, text="", graph=shown.graph)
            details = "\n".join(render(own, graph).splitlines()[1:])
        error = ""
        violations = sum(r.severity == "Violation" for r in mine)
        if violations:
            error = f"{result.source}: graph not written, {violations} SHACL violation(s)"
        elif broken and (cube := broken_constraints([data])):  # the batch failed: find whose graph breaks it
            error = f"{result.source}: graph not written, it breaks the Data Cube constraints {', '.join(cube)}"
        out.append(replace(result, ntriples=data, entailments=entailed.get(URIRef(result.graph)), results=mine,
                           details=details, error=error))
    return out


@cache
def _vocabulary_schema() -> Schema:
    """The schema of finkg's vocabulary graphs, read once per process: the store's, unless it holds other schema."""
    db = ox.Store()
    for stem, name in graph_names(Settings())[1].items():
        db.load(path=ONTOLOGY_DIR / f"{stem}.ttl", format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(name)))
    return schema(OxigraphStore(db, _NOWHERE))


@cache
def _ups() -> tuple[dict[bytes, tuple[bytes, ...]], dict[bytes, tuple[bytes, ...]]]:
    """The vocabulary's superclasses of each class and superproperties of each property, as N-Triples terms."""
    found = _vocabulary_schema()
    return _by_sub(found.classes), _by_sub(found.properties)


def _by_sub(pairs: Iterable[tuple[str, str]]) -> dict[bytes, tuple[bytes, ...]]:
    ups: dict[bytes, tuple[bytes, ...]] = {}
    for sub, sup in sorted(pairs):
        ups[f"<{sub}>".encode()] = (*ups.get(f"<{sub}>".encode(), ()), f"<{sup}>".encode())
    return ups


def entailments(graphs: Mapping[URIRef, bytes]) -> dict[URIRef, Entailments]:
    """The RDFS entailments of each graph that holds no schema edges, under finkg's vocabulary.

    Read off the N-Triples lines as rdflib and Oxigraph write them (`S P O .`, one space apart), which
    is ten times faster than querying a store for them; a graph with any other line gets none, and the
    store computes its entailments itself.
    """
    key = _vocabulary_schema().key
    classes, properties = _ups()
    entailed = {}
    for name, data in graphs.items():
        lines = _entailed(data, classes, properties)
        if lines is not None:
            entailed[name] = Entailments(key, b"".join(lines))
    return entailed


def _entailed(
    data: bytes, classes: Mapping[bytes, tuple[bytes, ...]], properties: Mapping[bytes, tuple[bytes, ...]]
) -> list[bytes] | None:
    """The lines the rules rdfs9 and rdfs7 add to `data`; None for a schema edge or a line laid out otherwise."""
    out = []
    for line in data.split(b"\n"):
        if not line:
            continue
        terms = line.split(b" ", 2)
        if len(terms) != 3 or not _laid_out(*terms):
            return None
        s, p, rest = terms
        if p in _SCHEMA_PREDICATES:
            return None
        if p == _TYPE:
            out += [b"%s %s %s .\n" % (s, _TYPE, sup) for sup in classes.get(rest[:-2], ())]
        out += [b"%s %s %s\n" % (s, sup, rest) for sup in properties.get(p, ())]
    return out


def _laid_out(s: bytes, p: bytes, rest: bytes) -> bool:
    """Whether a line's parts are a subject, a predicate IRI and an object ending ` .`, one space apart."""
    return s[:1] in (b"<", b"_") and p[:1] == b"<" and p[-1:] == b">" and rest[-2:] == b" ." and rest[-3:-2] != b" "
