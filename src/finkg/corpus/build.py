"""`finkg build DIR_OR_FILES...`: a corpus built incrementally, in parallel, one named graph per document.

Documents are keyed by content (store/manifest.py): only new and changed ones are rebuilt, graphs of
documents no longer named are dropped. A document that cannot be read or built is reported with its
reason and leaves its old graph in place; the rest of the corpus is written (corpus/commit.py). A
document that failed in its worker is recorded in the manifest with its key and reason, so while its
bytes stay the same it is reported from there instead of extracted again; the SPARQL gate's refusals
depend on other documents' graphs, so those documents are retried on every build.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.compare import to_canonical_graph

from ..config import ONTOLOGY_DIR, Settings
from ..errors import InputError
from ..mapping import Minter
from ..mapping import prefixes as all_prefixes
from ..pipeline import graph_names
from ..read import SUFFIXES
from ..store import open_store
from ..store.manifest import (
    Entry,
    Failure,
    content_key,
    fingerprint,
    manifest_graph,
    read_failures,
    read_manifest,
)
from ..validate import ValidationReport, ValidationResult, render
from ..validate.graphwide import store_results
from . import commit
from .executors import Executor, run_batches
from .mirror import mirror
from .outputs import write_outputs
from .progress import Tick
from .work import DocumentResult, Task


@dataclass(frozen=True, slots=True, kw_only=True)
class CorpusReport:
    """What a corpus build did: documents written, failed, unchanged and removed, and time per stage."""

    built: tuple[DocumentResult, ...]
    failed: tuple[DocumentResult, ...]
    unchanged: int
    removed: tuple[str, ...]
    kg_dir: Path
    store_dir: Path
    stages: tuple[tuple[str, float], ...] = field(default=())

    @property
    def seconds(self) -> float:
        """Wall time of the whole build."""
        return sum(seconds for _, seconds in self.stages)

    @property
    def triples(self) -> int:
        """Triples of the documents written by this build."""
        return sum(r.triples for r in self.built)

    def summary(self) -> str:
        """One line: what was built, kept, removed and refused, and how long it took."""
        facts, flags = sum(r.facts for r in self.built), sum(r.flags for r in self.built)
        warnings = sum(len(r.results) - r.violations for r in self.built)
        return (
            f"{len(self.built)} built, {self.unchanged} unchanged, {len(self.removed)} removed, {len(self.failed)} "
            f"failed: {self.triples:,} triples, {facts:,} facts, {flags} flagged, {warnings} warning(s) "
            f"-> {self.kg_dir}/, store {self.store_dir}" + (f" ({self.seconds:.1f} s)" if self.stages else "")
        )


def documents(paths: Sequence[Path]) -> list[Path]:
    """The documents named: files as given, and every report file under each directory, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            found.append(path)
    return found


@contextmanager
def _timed(stages: list[tuple[str, float]], name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    stages.append((name, time.perf_counter() - started))


def build_corpus(
    paths: Sequence[Path],
    settings: Settings,
    *,
    jobs: int | None = None,
    executor: Executor = "process",
    scheduler: str | None = None,
    on_batch: Tick | None = None,
) -> CorpusReport:
    """Build every document under `paths` into the store and kg/, redoing only what changed since the last build."""
    stages: list[tuple[str, float]] = []
    jobs = jobs or os.cpu_count() or 1
    build = fingerprint(settings)
    minter = Minter(settings.base_iri)
    inferred, vocabularies = graph_names(settings)
    manifest = manifest_graph(settings)
    with _timed(stages, "plan"):
        tasks, failed, wanted = _tasks(documents(paths), build, minter)
        vocab = {name: _vocabulary_key(stem) for stem, name in vocabularies.items()}
    prefixes = all_prefixes(settings.base_iri)
    with open_store(settings.store_dir, inferred, prefixes=prefixes) as store:
        with _timed(stages, "plan"):
            known = read_manifest(store, manifest)
            present = set(store.graph_names())
            todo = [t for t in tasks if _stale(known.get(wanted[t.source]), t.key, present)]
            recorded = read_failures(store, manifest)
            cached = {t.source: recorded[t.source] for t in todo if _failed_before(recorded.get(t.source), t.key)}
            unchanged = len(tasks) - len(todo)
            todo = [t for t in todo if t.source not in cached]
            stale = [(stem, n) for stem, n in vocabularies.items() if _stale(known.get(n), vocab[n], present)]
            vocab_todo = {n: _vocabulary(stem) for stem, n in stale}
            keep = set(wanted.values()) | set(vocab)
            removed = sorted(name for name in known if name not in keep)
        results: list[DocumentResult] = []
        with _timed(stages, "extract+validate"):
            for batch in run_batches(batches(todo, jobs), settings, executor=executor, jobs=jobs, scheduler=scheduler):
                results.extend(batch)
                if on_batch is not None:
                    on_batch(batch, len(todo))
        good = [r for r in results if not r.error]
        failures = [*cached.values(), *map(_failure, filter(_lasting, results))]
        entries = {name: e for name, e in known.items() if name not in removed}
        if good or vocab_todo or removed or any(n.startswith(commit.STAGING) for n in present):
            with _timed(stages, "store"):
                commit.clear_staging(store)
                graphs = {URIRef(r.graph): r.ntriples for r in good} | vocab_todo
                entailed = {URIRef(r.graph): r.entailments for r in good if r.entailments}
                previous = commit.swap(store, graphs, removed, entailed)
            with _timed(stages, "sparql gate"):
                good, refused = _gate(store, good)
                commit.restore(store, {name: previous[name] for name in refused})
            with _timed(stages, "store"):
                entries |= {URIRef(r.graph): Entry(URIRef(r.graph), r.source, r.key) for r in good}
                entries |= {n: Entry(n, f"{stem}.ttl", vocab[n]) for stem, n in vocabularies.items()}
                commit.seal(store, manifest, entries, failures)
            if settings.store_url:
                with _timed(stages, "remote store"):
                    changed = [URIRef(r.graph) for r in good] + list(vocab_todo)
                    mirror(store, settings, inferred, prefixes, changed, removed)
            failed += list(refused.values())
        elif set(failures) != set(recorded.values()):
            with _timed(stages, "store"):
                commit.seal(store, manifest, entries, failures)
        failed += [r for r in results if r.error]
        failed += [_again(f) for f in cached.values()]
        report = CorpusReport(
            built=tuple(good),
            failed=tuple(sorted(failed, key=lambda r: r.source)),
            unchanged=unchanged,
            removed=tuple(str(n) for n in removed),
            kg_dir=settings.kg_dir,
            store_dir=settings.store_dir,
        )
        with _timed(stages, "export"):
            write_outputs(store, settings.kg_dir, report, entries, known)
    return replace(report, stages=_merged(stages))


def _merged(stages: list[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    totals: dict[str, float] = {}
    for name, seconds in stages:
        totals[name] = totals.get(name, 0.0) + seconds
    return tuple(totals.items())


def _stale(entry: Entry | None, key: str, present: set[URIRef]) -> bool:
    return entry is None or entry.key != key or entry.graph not in present


def _failed_before(failure: Failure | None, key: str) -> bool:
    return failure is not None and failure.key == key


def _lasting(result: DocumentResult) -> bool:
    """A failure of the document's own bytes (not a lost worker's), which an unchanged document would repeat."""
    return bool(result.error and result.key)


def _failure(result: DocumentResult) -> Failure:
    return Failure(result.source, result.key, result.error, result.details)


def _again(failure: Failure) -> DocumentResult:
    """A recorded failure reported as this build's, as if the document had been extracted again."""
    return DocumentResult(source=failure.source, key=failure.key, error=failure.error, details=failure.details)


def _tasks(
    paths: Sequence[Path], build: str, minter: Minter
) -> tuple[list[Task], list[DocumentResult], dict[str, URIRef]]:
    """A task per readable document; a failure for each unreadable one or second document of one id."""
    tasks, failed, wanted = [], [], {}
    owners: dict[URIRef, str] = {}
    for path in paths:
        source = str(path)
        try:
            data = path.read_bytes()
        except OSError as err:
            failed.append(DocumentResult(source=source, key="", error=f"{source}: cannot be read ({err.strerror})"))
            continue
        graph = minter.document(path.stem)
        if graph in owners:
            failed.append(DocumentResult(source=source, key="", error=f"{source}: has the same id as {owners[graph]}"))
            continue
        owners[graph] = source
        wanted[source] = graph
        tasks.append(Task(source, data, content_key(data, build)))
    return tasks, failed, wanted


def batches(tasks: Sequence[Task], jobs: int) -> list[list[Task]]:
    """Batches of up to 32 documents, at least four per worker when there are enough documents."""
    if not tasks:
        return []
    size = max(1, min(32, math.ceil(len(tasks) / (jobs * 4))))
    return [list(tasks[i : i + size]) for i in range(0, len(tasks), size)]


def _vocabulary_key(stem: str) -> str:
    """The content key of an ontology file: its bytes, so an unchanged vocabulary is not parsed again."""
    return content_key((ONTOLOGY_DIR / f"{stem}.ttl").read_bytes(), "vocabulary")


def _vocabulary(stem: str) -> bytes:
    """An ontology file as canonical N-Triples (its OWL lists' blank nodes named alike on every build)."""
    graph = to_canonical_graph(Graph().parse(data=(ONTOLOGY_DIR / f"{stem}.ttl").read_bytes(), format="turtle"))
    return graph.serialize(format="nt", encoding="utf-8")


def _gate(
    store: commit.CorpusStore, built: list[DocumentResult]
) -> tuple[list[DocumentResult], dict[URIRef, DocumentResult]]:
    """The SPARQL-based shapes on the store: results merged into each document's, refusals by graph name."""
    names = [URIRef(r.graph) for r in built]
    found = list(store_results(store, names))
    owners = _owners(store, {str(r.focus) for r in found}, names)
    merged = {r.graph: r for r in built}
    for result in found:
        for graph in owners.get(str(result.focus), ()):
            doc = merged[graph]
            merged[graph] = replace(doc, results=(*doc.results, result), details=_details(doc.details, result))
    good, refused = [], {}
    for doc in merged.values():
        if doc.violations:
            refused[URIRef(doc.graph)] = replace(
                doc, error=f"{doc.source}: graph not written, {doc.violations} SHACL violation(s)", ntriples=b"",
                entailments=None,
            )
        else:
            good.append(replace(doc, ntriples=b"", entailments=None))
    return good, refused


def _owners(store: commit.CorpusStore, focus: set[str], graphs: Sequence[URIRef]) -> dict[str, list[str]]:
    """For each focus node, the graphs among `graphs` in which it is a subject."""
    if not focus:
        return {}
    values = " ".join(f"<{f}>" for f in sorted(focus))
    scope = " ".join(f"<{g}>" for g in graphs)
    answer = store.query(
        f"SELECT DISTINCT ?s ?g WHERE {{ VALUES ?s {{ {values} }} VALUES ?g {{ {scope} }} GRAPH ?g {{ ?s ?p ?o }} }}"
    )
    owners: dict[str, list[str]] = {}
    for s, g in answer.rows:
        owners.setdefault(str(s), []).append(str(g))
    return owners


def _details(details: str, result: ValidationResult) -> str:
    """A document's rendered results with one more (a SPARQL row has no sequence path to look up)."""
    lines = render(ValidationReport(conforms=True, results=(result,), text="", graph=Graph())).splitlines()[1:]
    return "\n".join(filter(None, [details, *lines]))


def check_paths(paths: Sequence[Path]) -> None:
    """Fail early on a path that does not exist at all."""
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
