"""Writing a corpus build into the store so that a reader, or a build killed at any point, sees a whole state.

1. stage: each new graph is loaded (one transaction each) under a staging name;
2. swap: one update moves every staged graph over its target and drops the removed documents' graphs;
3. gate: the SPARQL-based shapes run on the store; a document that breaks one gets its old graph back;
4. seal: one update rewrites the manifest and recomputes the entailments.

A build killed before 2 leaves the old graphs (and staging graphs the next build drops first); killed
before 4, the manifest still names the old content keys, so the next build redoes those documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from rdflib import URIRef

from ..store.base import GraphStore
from ..store.closure import closure_update
from ..store.manifest import Entry, manifest_ntriples

STAGING = "urn:finkg:staging:"


class CorpusStore(GraphStore, Protocol):
    """What a corpus build needs beyond a GraphStore: bulk loads and fast exports."""

    def load(self, data: bytes, name: URIRef) -> None:
        """Add N-Triples to one graph in one transaction."""
        ...

    def merged_ntriples(self, graphs: Iterable[URIRef]) -> bytes:
        """The triples of `graphs`, each once, as N-Triples."""
        ...

    def turtle(self, name: URIRef) -> bytes:
        """One graph as Turtle."""
        ...


def clear_staging(store: CorpusStore) -> None:
    """Drop the staging graphs a killed build left behind."""
    left = [n for n in store.graph_names() if n.startswith(STAGING)]
    if left:
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{n}>" for n in left))


def stage(store: CorpusStore, graphs: Mapping[URIRef, bytes]) -> dict[URIRef, URIRef]:
    """Load each graph's N-Triples under a staging name; the staging name of each target."""
    staged = {}
    for n, (name, data) in enumerate(graphs.items()):
        staged[name] = URIRef(f"{STAGING}{n}")
        store.load(data, staged[name])
    return staged


def swap(store: CorpusStore, staged: Mapping[URIRef, URIRef], removed: Iterable[URIRef]) -> dict[URIRef, bytes | None]:
    """Move the staged graphs over their targets and drop `removed`, in one update; the targets' old triples."""
    existing = set(store.graph_names())
    previous = {name: store.merged_ntriples([name]) if name in existing else None for name in staged}
    steps = [f"DROP SILENT GRAPH <{name}>" for name in removed]
    steps += [f"MOVE SILENT GRAPH <{stage}> TO GRAPH <{name}>" for name, stage in staged.items()]
    if steps:
        store.update(" ;\n".join(steps))
    return previous


def restore(store: CorpusStore, previous: Mapping[URIRef, bytes | None]) -> None:
    """Put back the old triples of graphs the gate refused (or drop them if they are new)."""
    for name, data in previous.items():
        if data is None:
            store.update(f"DROP SILENT GRAPH <{name}>")
            continue
        staged = stage(store, {name: data})
        store.update(f"MOVE SILENT GRAPH <{staged[name]}> TO GRAPH <{name}>")


def seal(store: CorpusStore, manifest: URIRef, entries: Mapping[URIRef, Entry], inferred: URIRef) -> None:
    """Rewrite the manifest and the entailments in one update."""
    triples = manifest_ntriples(entries).decode("utf-8")
    store.update(f"DROP SILENT GRAPH <{manifest}> ;\nINSERT DATA {{ GRAPH <{manifest}> {{\n{triples}}} }} ;\n"
                 f"{closure_update(inferred)}")
