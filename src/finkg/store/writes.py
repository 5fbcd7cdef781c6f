"""Writing graphs into the embedded store, fast when the write is large and whole when it replaces.

Graphs the store does not hold yet are bulk-loaded (store.bulk_add), with their entailments after
them: nothing old is touched, so a write killed half-way leaves the old graphs, and the new graphs
it left (listed in no manifest) are rebuilt by the next run, which replaces them. Graphs that
replace others, and removals, go through one SPARQL update that moves staged copies over their
targets and brings the entailments in step (store/closure.py), so a reader sees all of it or none.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Protocol

from rdflib import URIRef

from .base import GraphStore
from .closure import construct, recompute, retract, schema, settle

STAGING = "urn:finkg:staging:"
SCRATCH = URIRef(f"{STAGING}retracted")


class WritableStore(GraphStore, Protocol):
    """A store with the name of its entailment graph, transactional loads and a bulk loader."""

    inferred: URIRef

    def load(self, data: bytes, name: URIRef) -> None:
        """Add N-Triples to one graph in one transaction."""
        ...

    def bulk_add(self, graphs: Mapping[URIRef, bytes]) -> None:
        """Add the N-Triples of each graph, fast and not as one transaction."""
        ...

    def construct(self, sparql: str) -> bytes:
        """The triples of a CONSTRUCT as N-Triples."""
        ...


def clear_staging(store: WritableStore) -> None:
    """Drop the staging graphs a killed write left behind."""
    left = [n for n in store.graph_names() if n.startswith(STAGING)]
    if left:
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{n}>" for n in left))


def write(store: WritableStore, graphs: Mapping[URIRef, bytes], removed: Collection[URIRef] = ()) -> None:
    """Put each graph's N-Triples in place of its old content, drop `removed`, and keep the entailments exact."""
    clear_staging(store)
    present = set(store.graph_names())
    new = {name: data for name, data in graphs.items() if name not in present}
    replaced = [name for name in graphs if name in present]
    old = replaced + [name for name in removed if name in present]
    staged = {name: URIRef(f"{STAGING}{n}") for n, name in enumerate(replaced)}
    for name, stage in staged.items():
        store.load(graphs[name], stage)
    if new:
        store.bulk_add(new)
    found = schema(store, ignore={store.inferred, *old})
    schema_changed = bool(found.graphs & {*new, *staged.values(), *old})
    if not old:  # only additions: the entailments only grow, so adding them is exact
        query = construct(found, None if schema_changed else new, store.inferred)
        if query is not None:
            store.bulk_add({store.inferred: store.construct(query)})
        return
    moves = [f"MOVE SILENT GRAPH <{stage}> TO GRAPH <{name}>" for name, stage in staged.items()]
    moves += [f"DROP SILENT GRAPH <{name}>" for name in removed]
    data_graphs = len(present - {store.inferred}) or 1
    if schema_changed or len(old) + len(new) > data_graphs / 2:
        steps = [*moves, *recompute(store.inferred, found)]
    else:
        changed = [*graphs, *removed]
        steps = [*retract(store.inferred, found, old, SCRATCH), *moves,
                 *settle(store.inferred, found, changed, SCRATCH)]
    store.update(" ;\n".join(steps))
