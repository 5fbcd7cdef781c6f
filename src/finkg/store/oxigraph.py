"""The embedded on-disk store: pyoxigraph (RocksDB), SPARQL 1.1 query and update.

Oxigraph canonicalizes typed literals ("1.50"^^xsd:decimal becomes "1.5"); finkg's mapping
already writes canonical forms, so a graph reads back exactly as it was written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import EnvironmentFailure, QueryError
from .base import QueryResult
from .writes import write

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_SHARE_BYTES = 4 << 20  # N-Quads worth a loader of its own (about 20,000 quads)


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


def to_rdflib(term: object) -> Node:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return _uri(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        return _literal(term.value, term.language, term.datatype.value)
    raise TypeError(f"unexpected term {term!r}")


# Query results repeat the same IRIs and values many times, and rdflib checks every IRI it makes:
# remembering the last terms made saves most of the conversion of a large result.
@lru_cache(maxsize=1 << 17)
def _uri(value: str) -> URIRef:
    return URIRef(value)


@lru_cache(maxsize=1 << 16)
def _literal(value: str, language: str | None, datatype: str) -> Literal:
    if language:
        return Literal(value, lang=language)
    return Literal(value, datatype=None if datatype in (_XSD_STRING, _LANG_STRING) else _uri(datatype))


class OxigraphStore:
    """A pyoxigraph Store, on disk when given a path, in memory otherwise."""

    def __init__(
        self, store: ox.Store, inferred: URIRef, prefixes: Mapping[str, str] | None = None, *, read_only: bool = False
    ) -> None:
        self._db: ox.Store | None = store
        self._read_only = read_only
        self.inferred = inferred
        self.prefixes = dict(prefixes or {})

    @property
    def _store(self) -> ox.Store:
        if self._db is None:
            raise EnvironmentFailure("the store is closed")
        return self._db

    def close(self) -> None:
        """Flush and let go of the database, releasing its lock (pyoxigraph closes on the last reference)."""
        if self._db is not None and not self._read_only:
            self._db.flush()
        self._db = None

    def replace(self, graphs: Mapping[URIRef, Graph]) -> None:
        """Replace each graph by the given triples, the entailments kept in step (store/writes.py)."""
        write(self, {name: graph.serialize(format="nt", encoding="utf-8") for name, graph in graphs.items()})

    def query(self, sparql: str, graphs: Iterable[URIRef] | None = None) -> QueryResult:
        """Run a query over the union of all graphs, or of `graphs` only when given."""
        scope = {"use_default_graph_as_union": True} if graphs is None else {
            "default_graph": [ox.NamedNode(str(name)) for name in graphs]
        }
        try:
            answer = self._store.query(sparql, prefixes=self.prefixes, **scope)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax: {err}") from None
        except (OSError, ValueError) as err:
            raise QueryError(f"query failed: {err}") from None
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult(boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            names = tuple(v.value for v in answer.variables)
            rows = tuple(tuple(None if term is None else to_rdflib(term) for term in row) for row in answer)
            return QueryResult(variables=names, rows=rows)
        graph = Graph()
        for triple in answer:
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        return QueryResult(graph=graph)

    def load(self, data: bytes, name: URIRef) -> None:
        """Add N-Triples `data` to the graph `name` in one transaction, blank node labels kept as written."""
        graph = ox.NamedNode(str(name))
        try:
            if b"_:" in data:  # Store.load names blank nodes afresh; the slower parse keeps their labels
                triples = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
                self._store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
            else:
                self._store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
        except OSError as err:
            raise EnvironmentFailure(f"store not updated: {err}") from err

    def bulk_add(self, graphs: Iterable[tuple[URIRef, bytes]]) -> None:
        """Add N-Triples to graphs (a graph may come more than once) with Oxigraph's bulk loader: not a transaction.

        Many times faster than `load` for a large write, and atomic per million quads; so only for
        additions a rerun can redo (a graph that was not there before, entailments that hold anyway).
        A large write is split among one loader per core: a loader sorts its first million quads on
        one thread, and the loaders release the GIL. The bytes are finkg's own serializations, so
        they are parsed without checking each IRI again (a tenth of the load).
        """
        plain: list[tuple[URIRef, bytes]] = []
        labelled: list[tuple[URIRef, bytes]] = []
        for name, data in graphs:
            (labelled if b"_:" in data else plain).append((name, data))
        shares = max(1, min(os.cpu_count() or 1, sum(len(data) for _, data in plain) // _SHARE_BYTES))
        try:
            with ThreadPoolExecutor(shares) as pool:
                list(pool.map(self._bulk_load, [plain[i::shares] for i in range(shares)]))
            for name, data in labelled:  # the bulk loader names blank nodes afresh, as `load` does
                graph = ox.NamedNode(str(name))
                triples = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
                self._store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        except OSError as err:
            raise EnvironmentFailure(f"store not updated: {err}") from err

    def _bulk_load(self, graphs: Sequence[tuple[URIRef, bytes]]) -> None:
        """One bulk load of blank-node-free graphs, as N-Quads (one input, so one sort per index)."""
        quads = b"".join(data.replace(b" .\n", f" <{name}> .\n".encode()) for name, data in graphs)
        if quads:
            self._store.bulk_load(quads, format=ox.RdfFormat.N_QUADS, lenient=True)

    def construct(self, sparql: str) -> bytes:
        """The triples of a CONSTRUCT over the named graphs, as N-Triples written by Oxigraph."""
        answer = self._store.query(sparql)
        assert isinstance(answer, ox.QueryTriples)
        return answer.serialize(format=ox.RdfFormat.N_TRIPLES) or b""

    def update(self, sparql: str) -> None:
        """Run a SPARQL update; Oxigraph applies it all or not at all."""
        try:
            self._store.update(sparql)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax: {err}") from None

    def graph(self, name: URIRef) -> Graph:
        """A copy of one named graph as an rdflib Graph."""
        graph = Graph(identifier=name)
        for quad in self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(name))):
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        return graph

    def graph_names(self) -> tuple[URIRef, ...]:
        """The named graphs holding triples, sorted by IRI."""
        return tuple(sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)))

    def quads(self, names: Iterable[URIRef]) -> list[ox.Quad]:
        """The quads of the given graphs, sorted, for writing files deterministically."""
        out: list[ox.Quad] = []
        for name in names:
            out.extend(self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(name))))
        return sorted(out, key=str)

    def merged_ntriples(self, graphs: Iterable[URIRef]) -> bytes:
        """The triples of `graphs` as N-Triples, each triple once however many graphs hold it."""
        answer = self._store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", default_graph=[ox.NamedNode(str(n)) for n in graphs]
        )
        assert isinstance(answer, ox.QueryTriples)
        return answer.serialize(format=ox.RdfFormat.N_TRIPLES) or b""

    def turtle(self, name: URIRef) -> bytes:
        """One graph as Turtle with the store's prefixes, written by Oxigraph in its index order."""
        data = self._store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.NamedNode(str(name)), prefixes=self.prefixes)
        return data or b""

    def dump(self) -> bytes:
        """Every quad as sorted N-Quads: equal bytes mean equal stores."""
        lines = sorted(str(q) + " .\n" for q in self._store)
        return "".join(lines).encode("utf-8")


@contextmanager
def open_store(
    path: Path | None, inferred: URIRef, *, read_only: bool = False, prefixes: Mapping[str, str] | None = None
) -> Iterator[OxigraphStore]:
    """The store at `path` (created if missing), or an in-memory one; closed when the block ends."""
    try:
        if path is None:
            store = ox.Store()
        elif read_only:
            if not path.exists():
                raise EnvironmentFailure(f"{path}: no store here (run `finkg build` first)")
            store = ox.Store.read_only(str(path))
        else:
            path.mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(path))
    except OSError as err:
        raise EnvironmentFailure(f"{path}: cannot open the store ({err})") from None
    handle = OxigraphStore(store, inferred, prefixes, read_only=read_only)
    del store
    try:
        yield handle
    finally:
        handle.close()
