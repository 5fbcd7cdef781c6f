"""One bench stage per function, each run in its own process so its peak RSS is its own.

Every stage returns (seconds, items): items is what throughput is counted in (documents, triples,
bytes, queries). finkg's stages and their baselines read the same corpus and the same files.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import signal
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from finkg.config import Settings
from finkg.corpus import build_corpus
from finkg.corpus.build import batches
from finkg.corpus.commit import clear_staging, seal, swap
from finkg.corpus.outputs import TRIPLES_FILE
from finkg.corpus.work import Task, build_batch, entailments
from finkg.errors import FinkgError
from finkg.mapping import prefixes
from finkg.pipeline import analyze, graph_names
from finkg.query import read_query, run
from finkg.store import open_store
from finkg.store.manifest import manifest_graph, read_manifest
from finkg.validate import validate
from finkg.validate.datacube import broken_constraints
from finkg.validate.shacl import ontology_graph, validate_core

QUERIES = sorted((Path(__file__).resolve().parents[1] / "queries").glob("*.rq"))
Stage = Callable[[Path], tuple[float, float]]
BASELINE_SAMPLE = 100  # documents; pyshacl on more than this is timed on this many and scaled


def settings(root: Path, name: str = "finkg") -> Settings:
    """Where a stage's store and kg/ live."""
    return Settings(kg_dir=root / name / "kg", store_dir=root / name / "store")


def _docs(root: Path) -> list[Path]:
    return sorted((root / "docs").glob("*.txt"))


def _timed(step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


def extract(root: Path) -> tuple[float, float]:
    """finkg read+extract+check on one core: bytes of report text."""
    paths = _docs(root)

    def step() -> None:
        for path in paths:
            with contextlib.suppress(FinkgError):  # the injected encoding defects
                analyze(path)

    return _timed(step), sum(p.stat().st_size for p in paths)


def build(root: Path) -> tuple[float, float]:
    """finkg build end to end, two workers: report texts to a validated store and its exports; documents."""
    shutil.rmtree(root / "finkg", ignore_errors=True)
    report = build_corpus([root / "docs"], settings(root), jobs=2)
    (root / "build.json").write_text(json.dumps({"stages": report.stages, "failed": [r.error for r in report.failed],
                                                 "triples": report.triples}))
    return report.seconds, len(report.built) + len(report.failed)


def rebuild(root: Path) -> tuple[float, float]:
    """finkg build again over the unchanged corpus; documents."""
    report = build_corpus([root / "docs"], settings(root), jobs=2)
    assert not report.built, "an unchanged corpus rebuilt documents"
    return report.seconds, report.unchanged


def _graphs(root: Path) -> dict[URIRef, bytes]:
    """Every document graph of the built store as N-Triples."""
    built = settings(root)
    inferred, _ = graph_names(built)
    with open_store(built.store_dir, inferred, read_only=True) as store:
        names = read_manifest(store, manifest_graph(built))
        return {name: store.merged_ntriples([name]) for name in names}


def store(root: Path) -> tuple[float, float]:
    """finkg's store stage alone: every document and vocabulary graph and their entailments written; triples.

    The entailments each worker computes with its documents' graphs are computed first, untimed.
    """
    graphs = _graphs(root)
    entailed = entailments(graphs)
    target = settings(root, "store-only")
    shutil.rmtree(target.store_dir.parent, ignore_errors=True)
    inferred, _ = graph_names(target)
    started = time.perf_counter()
    with open_store(target.store_dir, inferred) as db:
        clear_staging(db)
        swap(db, graphs, (), entailed)
        seal(db, manifest_graph(target), {})
    return time.perf_counter() - started, sum(data.count(b"\n") for data in graphs.values())


def store_baseline(root: Path) -> tuple[float, float]:
    """rdflib Dataset.add of the same triples, one named graph per document; triples."""
    parsed = {name: Graph().parse(data=data, format="nt") for name, data in _graphs(root).items()}
    dataset = Dataset()
    started = time.perf_counter()
    for name, graph in parsed.items():
        target = dataset.graph(name)
        for triple in graph:
            target.add(triple)
    return time.perf_counter() - started, sum(len(g) for g in parsed.values())


def load(root: Path) -> tuple[float, float]:
    """Loading the exported N-Triples into a fresh Oxigraph store; triples."""
    path = settings(root).kg_dir / TRIPLES_FILE
    db = ox.Store()
    seconds = _timed(lambda: db.load(path=str(path), format=ox.RdfFormat.N_TRIPLES))
    return seconds, len(db)


def load_baseline(root: Path) -> tuple[float, float]:
    """rdflib parsing the same N-Triples file; triples."""
    graph = Graph()
    seconds = _timed(lambda: graph.parse(settings(root).kg_dir / TRIPLES_FILE, format="nt"))
    return seconds, len(graph)


def export(root: Path) -> tuple[float, float]:
    """finkg's exports from the store: all triples as N-Triples and each document as Turtle; triples."""
    built = settings(root)
    inferred, _ = graph_names(built)
    with open_store(built.store_dir, inferred, read_only=True, prefixes=prefixes(built.base_iri)) as db:
        names = sorted(read_manifest(db, manifest_graph(built)))
        started = time.perf_counter()
        data = db.merged_ntriples(names)
        for name in names:
            db.turtle(name)
        return time.perf_counter() - started, data.count(b"\n")


def export_baseline(root: Path) -> tuple[float, float]:
    """rdflib serializing the same triples as N-Triples and each document as Turtle; triples."""
    graphs = {name: Graph().parse(data=data, format="nt") for name, data in _graphs(root).items()}
    union = Graph()
    for graph in graphs.values():
        union += graph

    def step() -> None:
        union.serialize(format="nt")
        for graph in graphs.values():
            graph.serialize(format="turtle")

    return _timed(step), len(union)


def gate(root: Path) -> tuple[float, float]:
    """finkg's SHACL gate of the full build (core shapes per batch in the pool, SPARQL ones on the store); triples."""
    stages = dict(json.loads((root / "build.json").read_text())["stages"])
    share = stages["extract+validate"] * _validation_share(root)
    return share + stages.get("sparql gate", 0.0), json.loads((root / "build.json").read_text())["triples"]


def _validation_share(root: Path) -> float:
    """The part of a worker's time spent validating: the core shapes and Data Cube checks a worker runs on
    a batch, against the whole batch's build, on the build's first two batches (after one to warm up)."""
    configured = Settings()
    paths = [p for p in _docs(root) if _readable(p)]
    tasks = [Task(str(p), p.read_bytes(), "") for p in paths]
    warm, *sample = batches(tasks, jobs=2)[:3]
    build_batch(warm, configured)
    built = checked = 0.0
    for batch in sample:
        built += _timed(partial(build_batch, batch, configured))
        graphs = [_graph(Path(task.source), configured) for task in batch]
        ntriples = [graph.serialize(format="nt", encoding="utf-8") for graph in graphs]
        checked += _timed(partial(validate_core, graphs, cny_ceiling=configured.cny_ceiling))
        checked += _timed(partial(broken_constraints, ntriples))
    return checked / built


def _readable(path: Path) -> bool:
    try:
        path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _graph(path: Path, configured: Settings) -> Graph:
    from finkg.mapping import to_rdf

    return to_rdf(analyze(path, configured), configured)


def gate_baseline(root: Path) -> tuple[float, float]:
    """pyshacl on the whole graph with all shapes (timed on a sample of a large corpus, scaled); triples."""
    graphs = _graphs(root)
    names = sorted(graphs)
    sample = names[:BASELINE_SAMPLE]
    union = Graph()
    for name in sample:
        union.parse(data=graphs[name], format="nt")
    total = sum(data.count(b"\n") for data in graphs.values())
    seconds = _timed(lambda: validate(union))
    return seconds * total / max(len(union), 1), total


def one_document(root: Path) -> tuple[float, float]:
    """finkg build of the corpus plus one new document, against the built store; documents."""
    docs = _docs(root)
    extra = root / "docs" / "zz-one-more.txt"
    source = next(p for p in docs if _readable(p))
    extra.write_text(source.read_text(encoding="utf-8").replace("companies", "listed companies", 1), encoding="utf-8")
    try:
        report = build_corpus([root / "docs"], settings(root), jobs=2)
    finally:
        extra.unlink()
    assert str(extra) in {r.source for r in report.built}, report.summary()
    build_corpus([root / "docs"], settings(root), jobs=2)  # and drop it again
    return report.seconds, 1


def one_document_baseline(root: Path) -> tuple[float, float]:
    """pyshacl validating the store's graph with one more document: the whole-graph baseline again; documents."""
    seconds, _ = gate_baseline(root)
    return seconds, 1


def queries(root: Path) -> tuple[float, float]:
    """The slowest competency question (queries/*.rq) on the built store, best of three; queries."""
    built = settings(root)
    inferred, _ = graph_names(built)
    with open_store(built.store_dir, inferred, read_only=True, prefixes=prefixes(built.base_iri)) as db:
        worst = max(min(_timed(lambda q=q: run(db, q)) for _ in range(3)) for q in map(read_query, QUERIES))
    (root / "queries.json").write_text(json.dumps({"slowest_ms": worst * 1000}))
    return worst, 1


def queries_baseline(root: Path) -> tuple[float, float]:
    """The same questions on an rdflib Dataset holding the same graphs (union default graph); queries."""
    dataset = Dataset(default_union=True)
    for name, data in _graphs(root).items():
        dataset.graph(name).parse(data=data, format="nt")
    dataset.graph(URIRef("urn:finkg:ontology")).__iadd__(ontology_graph())
    namespaces = prefixes(Settings().base_iri)
    worst = 0.0
    for path in QUERIES:
        text = read_query(path).text
        worst = max(worst, _capped(lambda t=text: list(dataset.query(t, initNs=namespaces)), QUERY_CAP))
        if worst >= QUERY_CAP:
            break  # the slowest is at least the cap: the baseline is a lower bound either way
    return worst, 1


QUERY_CAP = 60.0  # seconds an rdflib query may take; beyond it the baseline is a lower bound


def _capped(step: Callable[[], object], cap: float) -> float:
    """`_timed`, but a step still running after `cap` seconds is stopped and counted as `cap`."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, cap)
    try:
        return _timed(step)
    except TimeoutError:
        return cap
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def gexf(root: Path) -> tuple[float, float]:
    """finkg's GEXF export of the built store, streamed from the store (`finkg export gexf`); nodes."""
    from finkg.export.gexf import write_gexf
    from finkg.export.view import ViewOptions, open_view

    with open_view(settings(root), ViewOptions()) as view:
        started = time.perf_counter()
        nodes = write_gexf(view, root / "finkg.gexf")
        return time.perf_counter() - started, nodes


def gexf_baseline(root: Path) -> tuple[float, float]:
    """rdflib's networkx conversion of the exported N-Triples, written by networkx's GEXF writer; nodes."""
    import networkx as nx
    from rdflib.extras.external_graph_libs import rdflib_to_networkx_multidigraph

    graph = Graph().parse(settings(root).kg_dir / TRIPLES_FILE, format="nt")
    started = time.perf_counter()
    network = rdflib_to_networkx_multidigraph(graph, edge_attrs=lambda s, p, o: {"predicate": str(p)})
    nx.write_gexf(nx.relabel_nodes(network, str), root / "baseline.gexf")
    return time.perf_counter() - started, network.number_of_nodes()


STAGES: dict[str, tuple[Stage, Stage | None]] = {
    "extract": (extract, None),
    "build": (build, None),
    "store": (store, store_baseline),
    "load": (load, load_baseline),
    "export": (export, export_baseline),
    "gexf": (gexf, gexf_baseline),
    "gate": (gate, gate_baseline),
    "one_document": (one_document, one_document_baseline),
    "rebuild": (rebuild, None),
    "queries": (queries, queries_baseline),
}
