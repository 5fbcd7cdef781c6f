"""Stage store: named graphs on disk (pyoxigraph), one per document, queried with SPARQL 1.1."""

from __future__ import annotations

from .base import GraphStore, QueryResult
from .oxigraph import OxigraphStore, open_store

__all__ = ["GraphStore", "OxigraphStore", "QueryResult", "open_store"]
