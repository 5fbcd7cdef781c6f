"""Writing a corpus build into the store so that a reader, or a build killed at any point, sees a whole state.

1. swap: the new graphs are written and the removed documents' graphs dropped, the entailments kept
   in step (store/writes.py: new graphs bulk-loaded, replacements moved over their targets in one update);
2. gate: the SPARQL-based shapes run on the store; a document that breaks one gets its old graph back;
3. seal: one update rewrites the manifest, and with it the documents that failed (store/manifest.py).

A build killed before 3 leaves the manifest naming the old content keys, so the next build redoes
those documents; staging graphs it left are dropped first.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Protocol

from rdflib import URIRef

from ..store.closure import Entailments
from ..store.manifest import Entry, Failure, failure_ntriples, manifest_ntriples
from ..store.writes import STAGING, WritableStore, clear_staging, write

__all__ = ["STAGING", "CorpusStore", "clear_staging", "restore", "seal", "swap"]


class CorpusStore(WritableStore, Protocol):
    """What a corpus build needs beyond a GraphStore: bulk loads and fast exports."""

    def merged_ntriples(self, graphs: Iterable[URIRef]) -> bytes:
        """The triples of `graphs`, each once, as N-Triples."""
        ...

    def turtle(self, name: URIRef) -> bytes:
        """One graph as Turtle."""
        ...


def swap(
    store: CorpusStore,
    graphs: Mapping[URIRef, bytes],
    removed: Iterable[URIRef],
    entailed: Mapping[URIRef, Entailments] | None = None,
) -> dict[URIRef, bytes | None]:
    """Write `graphs` (with the entailments workers computed) over their targets and drop `removed`;
    the old triples of each target (None if new)."""
    existing = set(store.graph_names())
    previous = {name: store.merged_ntriples([name]) if name in existing else None for name in graphs}
    write(store, graphs, list(removed), entailed)
    return previous


def restore(store: CorpusStore, previous: Mapping[URIRef, bytes | None]) -> None:
    """Put back the old triples of graphs the gate refused (or drop them if they are new)."""
    if previous:
        write(store, {n: data for n, data in previous.items() if data is not None},
              [n for n, data in previous.items() if data is None])


def seal(
    store: CorpusStore, manifest: URIRef, entries: Mapping[URIRef, Entry], failures: Collection[Failure] = ()
) -> None:
    """Rewrite the manifest and the recorded failures in one update."""
    triples = (manifest_ntriples(entries) + failure_ntriples(manifest, failures)).decode("utf-8")
    store.update(f"DROP SILENT GRAPH <{manifest}> ;\nINSERT DATA {{ GRAPH <{manifest}> {{\n{triples}}} }}")
