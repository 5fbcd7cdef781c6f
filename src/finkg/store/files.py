"""The published files of kg/: the whole dataset as TriG, each document as Turtle and JSON-LD.

Each file is written to a temporary file beside its target and moved over it (os.replace), so a
reader never sees half a file and a failed run leaves the old one. Quads are sorted before writing
and there are no blank nodes, so two builds of the same input give byte-identical files.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .oxigraph import OxigraphStore, to_rdflib

CONTEXT_FILE = "context.jsonld"
DATASET_FILE = "finkg.trig"
REPORT_FILE = "build-report.md"


def write_atomic(path: Path, data: bytes, *, append: bool = False) -> None:
    """Write `data` to `path` (or after its content, with `append`) through a temporary file in the same
    directory and one rename: a reader sees the old file or the new one, never a half-written one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if append:
            shutil.copyfile(path, tmp)
        with tmp.open("ab" if append else "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def context(prefixes: Mapping[str, str]) -> dict[str, object]:
    """The published JSON-LD context: finkg's prefixes, so compact IRIs read as in Turtle."""
    return {"@context": dict(sorted(prefixes.items()))}


def turtle(quads: Iterable[ox.Quad], prefixes: Mapping[str, str]) -> bytes:
    """Quads of one graph as Turtle triples."""
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes)) or b""


def trig(quads: Iterable[ox.Quad], prefixes: Mapping[str, str]) -> bytes:
    """Quads of many graphs as TriG."""
    return ox.serialize(list(quads), format=ox.RdfFormat.TRIG, prefixes=dict(prefixes)) or b""


def jsonld(quads: Iterable[ox.Quad], prefixes: Mapping[str, str]) -> bytes:
    """Quads of one graph as compacted JSON-LD, its context inline and equal to the published context file.

    Inline rather than a link to context.jsonld: offline readers (Jena riot) cannot fetch a relative context.
    """
    graph = Graph(bind_namespaces="none")
    for q in quads:
        graph.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    doc = json.loads(graph.serialize(format="json-ld", context=dict(prefixes), auto_compact=True))
    nodes = doc.get("@graph", [doc])
    body = [{k: v for k, v in node.items() if k != "@context"} for node in nodes]
    out = {**context(prefixes), "@graph": sorted(body, key=lambda node: str(node.get("@id", "")))}
    return (json.dumps(out, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def write_outputs(
    store: OxigraphStore,
    kg_dir: Path,
    documents: Mapping[str, URIRef],
    report: str,
    prefixes: Mapping[str, str],
    exclude: Iterable[URIRef] = (),
) -> None:
    """Render every file first, then move each into place: the dataset, the rebuilt documents, the report."""
    skip = set(exclude)
    files: dict[Path, bytes] = {
        kg_dir / DATASET_FILE: trig(store.quads(n for n in store.graph_names() if n not in skip), prefixes),
        kg_dir / CONTEXT_FILE: (json.dumps(context(prefixes), indent=2) + "\n").encode("utf-8"),
        kg_dir / REPORT_FILE: report.encode("utf-8"),
    }
    for doc_id, name in documents.items():
        quads = store.quads([name])
        files[kg_dir / f"{doc_id}.ttl"] = turtle(quads, prefixes)
        files[kg_dir / f"{doc_id}.jsonld"] = jsonld(quads, prefixes)
    for path, data in files.items():
        write_atomic(path, data)
