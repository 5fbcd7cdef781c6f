"""Writing graphs into the embedded store, fast when the write is large and whole when it replaces.

Graphs the store does not hold yet are bulk-loaded (store.bulk_add) with their entailments: those
computed where the graphs were made, when they follow the store's schema, go in the same load, so a
large write parses and sorts its quads once. Nothing old is touched, so a write killed half-way leaves
the old graphs, and the new graphs it left (listed in no manifest) are rebuilt by the next run, which
replaces them. Graphs that replace others, and removals, go through one SPARQL update that moves
staged copies over their targets and brings the entailments in step (store/closure.py), so a reader
sees all of it or none.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Protocol

from rdflib import URIRef

from .base import GraphStore
from .closure import Entailments, Schema, construct, recompute, retract, schema, settle

STAGING = "urn:finkg:staging:"
SCRATCH = URIRef(f"{STAGING}retracted")


class WritableStore(GraphStore, Protocol):
    """A store with the name of its entailment graph, transactional loads and a bulk loader."""

    inferred: URIRef

    def load(self, data: bytes, name: URIRef) -> None:
        """Add N-Triples to one graph in one transaction."""
        ...

    def bulk_add(self, graphs: Iterable[tuple[URIRef, bytes]]) -> None:
        """Add N-Triples finkg wrote to graphs, fast and not as one transaction."""
        ...

    def construct(self, sparql: str) -> bytes:
        """The triples of a CONSTRUCT as N-Triples."""
        ...


def clear_staging(store: WritableStore) -> None:
    """Drop the staging graphs a killed write left behind."""
    left = [n for n in store.graph_names() if n.startswith(STAGING)]
    if left:
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{n}>" for n in left))


def write(
    store: WritableStore,
    graphs: Mapping[URIRef, bytes],
    removed: Collection[URIRef] = (),
    entailed: Mapping[URIRef, Entailments] | None = None,
) -> None:
    """Put each graph's N-Triples in place of its old content, drop `removed`, and keep the entailments exact.

    `entailed`: the entailments of new graphs, computed beforehand; used when they follow the store's schema.
    """
    clear_staging(store)
    present = set(store.graph_names())
    new = {name: data for name, data in graphs.items() if name not in present}
    shipped = {name: e for name, e in (entailed or {}).items() if name in new}
    replaced = [name for name in graphs if name in present]
    old = replaced + [name for name in removed if name in present]
    staged = {name: URIRef(f"{STAGING}{n}") for n, name in enumerate(replaced)}
    for name, stage in staged.items():
        store.load(graphs[name], stage)
    first = {name: data for name, data in new.items() if name not in shipped}  # they may hold schema edges
    if first:
        store.bulk_add(first.items())
    found = schema(store, ignore={store.inferred, *old})
    schema_changed = bool(found.graphs & {*new, *staged.values(), *old})
    if not old:  # only additions: the entailments only grow, so adding them is exact
        _add(store, found, {name: new[name] for name in shipped}, shipped, None if schema_changed else list(first))
        return
    if shipped:
        store.bulk_add((name, new[name]) for name in shipped)
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


def _add(
    store: WritableStore,
    found: Schema,
    graphs: Mapping[URIRef, bytes],
    shipped: Mapping[URIRef, Entailments],
    loaded: Collection[URIRef] | None,
) -> None:
    """Bulk-load `graphs` with the entailments of them and of the `loaded` graphs (None: all in the store).

    Shipped entailments that follow `found` go in the same load; the others are queried for.
    """
    key = found.key
    ready = {name for name, e in shipped.items() if e.schema == key}
    quads = [*graphs.items(), *((store.inferred, shipped[name].ntriples) for name in ready)]
    query = construct(found, loaded, store.inferred) if loaded is None or loaded else None
    if query is not None:
        quads.append((store.inferred, store.construct(query)))
    store.bulk_add(quads)
    late = [name for name in graphs if name not in ready]
    if late and (query := construct(found, late, store.inferred)) is not None:
        store.bulk_add([(store.inferred, store.construct(query))])
