"""A corpus build with `--store URL`: the embedded store keeps the manifest, the remote store gets the changes.

Each rebuilt graph is PUT through the Graph Store Protocol (store/sparql.py), each removed one dropped,
so the remote store ends up holding the same graphs as the local one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rdflib import URIRef

from ..config import Settings
from ..store.sparql import open_remote
from .commit import CorpusStore


def mirror(
    store: CorpusStore,
    settings: Settings,
    inferred: URIRef,
    prefixes: Mapping[str, str],
    changed: Iterable[URIRef],
    removed: Iterable[URIRef],
) -> None:
    """Send the changed graphs to the remote store and drop the removed ones there."""
    graphs = {name: store.graph(name) for name in changed}
    gone = list(removed)
    if not graphs and not gone:
        return
    with open_remote(settings.store_url, inferred, settings.base_iri, prefixes=prefixes) as remote:
        if gone:
            remote.update(" ;\n".join(f"DROP SILENT GRAPH <{name}>" for name in gone))
        remote.replace(graphs)
