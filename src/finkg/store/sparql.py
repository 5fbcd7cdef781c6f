"""A remote store: any SPARQL 1.1 server, spoken to directly over HTTP (httpx).

Graphs are written with the Graph Store HTTP Protocol (https://www.w3.org/TR/sparql11-http-rdf-update/):
one PUT per document graph replaces it atomically. Entailments (the rules of store/closure.py) are
recomputed with one SPARQL Update, and queries go through the SPARQL 1.1 Protocol with every finkg
graph named as both default and named graph, so the answer is the union of finkg's graphs on any
server (Virtuoso's default graph also holds its system triples). Queries are POSTed as forms: Virtuoso
7.2 does not answer a direct `application/sparql-query` body. Credentials come from FINKG_STORE_USER
and FINKG_STORE_PASSWORD (Basic or Digest, whichever the server asks for).
"""

from __future__ import annotations

import os
import re
from collections.abc import Generator, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import EnvironmentFailure, QueryError
from .base import QueryResult
from .closure import recompute, schema
from .oxigraph import to_ox, to_rdflib

# Comments, strings and IRIs blanked out, what is left starts with the prologue, then the query form.
_NOISE = re.compile(r"#[^\n]*|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\s]*>")
_GRAPH_FORM = re.compile(r"^\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*)*(CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9"
_RDF_FORMATS = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
                "text/plain": ox.RdfFormat.N_TRIPLES, "application/rdf+xml": ox.RdfFormat.RDF_XML,
                "application/ld+json": ox.RdfFormat.JSON_LD}


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where a server answers queries, updates and graph store requests."""

    query: str
    update: str
    graph_store: str


def endpoints(url: str, env: Mapping[str, str] = os.environ) -> Endpoints:
    """The endpoints of the store at `url`: FINKG_STORE_UPDATE_URL / FINKG_STORE_GSP_URL when set, else by
    the two common layouts (`…/query` beside `…/update` and `…/store`; `…/sparql` beside `…/sparql-graph-crud`),
    else `url` for all three as the protocols allow."""
    url = url.rstrip("/")
    update, gsp = url, url
    if url.endswith("/query"):
        update, gsp = url[: -len("query")] + "update", url[: -len("query")] + "store"
    elif re.search(r"/sparql(-auth)?$", url):
        gsp = re.sub(r"/sparql(-auth)?$", lambda m: f"/sparql-graph-crud{m.group(1) or ''}", url)
    return Endpoints(url, env.get("FINKG_STORE_UPDATE_URL", update), env.get("FINKG_STORE_GSP_URL", gsp))


class _ChallengeAuth(httpx.Auth):
    """Basic or Digest, as the server's 401 challenge asks; remembered after the first one."""

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self._schemes: dict[str, httpx.Auth] = {"basic": httpx.BasicAuth(user, password),
                                                "digest": httpx.DigestAuth(user, password)}
        self._chosen: httpx.Auth | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._chosen is None:
            response = yield request
            if response.status_code != 401:
                return
            scheme = response.headers.get("www-authenticate", "basic").split(" ", 1)[0].lower()
            self._chosen = self._schemes.get(scheme, self._schemes["basic"])
        yield from self._chosen.auth_flow(request)


def _term(cell: Mapping[str, str]) -> Node:
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in cell:
        return Literal(value, lang=cell["xml:lang"])
    datatype = cell.get("datatype")
    return Literal(value, datatype=URIRef(datatype) if datatype else None)


def _graph(body: bytes, media_type: str) -> Graph:
    graph = Graph()
    for triple in ox.parse(body, format=_RDF_FORMATS.get(media_type, ox.RdfFormat.N_TRIPLES)):
        graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    return graph


class RemoteStore:
    """The finkg graphs (those under `scope`) of a SPARQL 1.1 server."""

    def __init__(self, client: httpx.Client, where: Endpoints, inferred: URIRef, scope: str,
                 prefixes: Mapping[str, str] | None = None) -> None:
        self._client, self.endpoints, self.inferred, self.scope = client, where, inferred, scope.rstrip("/")
        self.prefixes = dict(prefixes or {})

    def _send(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        try:
            response = self._client.request(method, url, **kwargs)  # type: ignore[arg-type]
        except httpx.HTTPError as err:
            raise EnvironmentFailure(f"{url}: store unreachable ({err})") from None
        if response.status_code in (401, 403):
            raise EnvironmentFailure(f"{url}: {response.status_code} not allowed (set FINKG_STORE_USER and "
                                     "FINKG_STORE_PASSWORD, or use the server's authenticated endpoint)")
        return response

    def _fail(self, what: str, response: httpx.Response) -> EnvironmentFailure:
        return EnvironmentFailure(f"{what}: {response.status_code} {response.text.strip()[:300]}")

    def replace(self, graphs: Mapping[URIRef, Graph]) -> None:
        """PUT each graph (the server replaces it atomically), then recompute the entailment graph."""
        for name, graph in graphs.items():
            body = graph.serialize(format="nt", encoding="utf-8")  # N-Triples is Turtle: every server reads it
            response = self._send("PUT", self.endpoints.graph_store, params={"graph": str(name)}, content=body,
                                  headers={"Content-Type": "text/turtle; charset=utf-8"})
            if not response.is_success:
                raise self._fail(f"graph {name} not stored", response)
        self.update(self._closure())

    def _closure(self) -> str:
        """The RDFS entailments of finkg's graphs (a server may hold others), as the embedded store has them:
        the schema is read as (sub, super) pairs and they go in as VALUES, which every server evaluates."""
        data = [name for name in self.graph_names() if name != self.inferred]
        return " ;\n".join(recompute(self.inferred, schema(self, ignore=[self.inferred]), data))

    def _with_prefixes(self, sparql: str) -> str:
        declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w.-]*):", sparql, re.IGNORECASE)}
        lines = [f"PREFIX {p}: <{ns}>" for p, ns in self.prefixes.items() if p.lower() not in declared]
        return "\n".join([*lines, sparql])

    def query(self, sparql: str) -> QueryResult:
        """Run a query over the union of the finkg graphs."""
        names = [str(n) for n in self.graph_names()]
        form = {"query": self._with_prefixes(sparql), "default-graph-uri": names, "named-graph-uri": names}
        # Accept by query form: offered both kinds, Virtuoso answers a CONSTRUCT as a result table
        accept = _GRAPH_ACCEPT if _GRAPH_FORM.match(_NOISE.sub(" ", sparql)) else "application/sparql-results+json"
        response = self._send("POST", self.endpoints.query, data=form, headers={"Accept": accept})
        if response.status_code == 400:
            raise QueryError(f"SPARQL: {response.text.strip()[:500]}")
        if not response.is_success:
            raise QueryError(f"query failed: {response.status_code} {response.text.strip()[:500]}")
        media_type = response.headers.get("content-type", "").split(";")[0].strip()
        if "json" in media_type and "ld+json" not in media_type:
            doc = response.json()
            if "boolean" in doc:
                return QueryResult(boolean=bool(doc["boolean"]))
            variables = tuple(doc["head"]["vars"])
            if variables == ("__ASK_RETVAL",):  # Virtuoso 7.2 answers an ASK with dataset parameters as a table
                return QueryResult(boolean=str(doc["results"]["bindings"][0]["__ASK_RETVAL"]["value"]) == "1")
            rows = tuple(tuple(_term(b[v]) if v in b else None for v in variables) for b in doc["results"]["bindings"])
            return QueryResult(variables=variables, rows=rows)
        return QueryResult(graph=_graph(response.content, media_type))

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update (one request: the server applies it as one operation)."""
        response = self._send("POST", self.endpoints.update, content=self._with_prefixes(sparql).encode(),
                              headers={"Content-Type": "application/sparql-update"})
        if response.status_code == 400:
            raise QueryError(f"SPARQL update: {response.text.strip()[:500]}")
        if not response.is_success:
            raise self._fail("update failed", response)

    def graph(self, name: URIRef) -> Graph:
        """A copy of one named graph (empty if the server has no such graph)."""
        response = self._send("GET", self.endpoints.graph_store, params={"graph": str(name)},
                              headers={"Accept": _GRAPH_ACCEPT})
        if response.status_code == 404:
            return Graph(identifier=name)
        if not response.is_success:
            raise self._fail(f"graph {name} not read", response)
        graph = _graph(response.content, response.headers.get("content-type", "").split(";")[0].strip())
        out = Graph(identifier=name)
        for triple in graph:
            out.add(triple)
        return out

    def graph_names(self) -> tuple[URIRef, ...]:
        """The named graphs under the scope holding triples, sorted."""
        response = self._send("POST", self.endpoints.query, data={"query": _GRAPHS},
                              headers={"Accept": "application/sparql-results+json"})
        if not response.is_success:
            raise self._fail("graph names not read", response)
        names = (b["g"]["value"] for b in response.json()["results"]["bindings"])
        return tuple(sorted(URIRef(n) for n in names if n.startswith(f"{self.scope}/")))

    def quads(self, names: Iterable[URIRef]) -> list[ox.Quad]:
        """The quads of the given graphs, sorted."""
        out: list[ox.Quad] = []
        for name in names:
            graph = ox.NamedNode(str(name))
            out.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph) for s, p, o in self.graph(name))  # type: ignore[arg-type]
        return sorted(out, key=str)

    def dump(self) -> bytes:
        """Every finkg quad as sorted N-Quads: equal bytes mean equal stores."""
        return "".join(f"{q} .\n" for q in self.quads(self.graph_names())).encode("utf-8")


@contextmanager
def open_remote(
    url: str, inferred: URIRef, scope: str, *, prefixes: Mapping[str, str] | None = None, timeout: float = 120.0
) -> Iterator[RemoteStore]:
    """The finkg graphs of the SPARQL 1.1 store at `url`; the HTTP connection is closed when the block ends."""
    user, password = os.environ.get("FINKG_STORE_USER"), os.environ.get("FINKG_STORE_PASSWORD", "")
    auth = _ChallengeAuth(user, password) if user else None
    with httpx.Client(auth=auth, timeout=timeout) as client:
        yield RemoteStore(client, endpoints(url), inferred, scope, prefixes)
