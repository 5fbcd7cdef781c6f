"""`finkg serve`: the graph as linked data over HTTP (Starlette on uvicorn).

`/id/{type}/{slug}` answers 303 to `/doc/{type}/{slug}`, which negotiates Turtle, JSON-LD,
N-Triples, RDF/XML and HTML (`.ttl`, `.jsonld`, `.nt`, `.rdf`, `.html` fix the format); `/sparql`
is the read-only SPARQL endpoint; `/ontology`, `/dataset` (also `/.well-known/void`) and
`/download/…` serve the ontology, the dataset description and the dumps.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..config import ONTOLOGY_DIR, Settings
from ..query import read_query
from ..store.oxigraph import to_rdflib
from . import describe as d
from .negotiation import choose
from .ontology_docs import ontology_html
from .pages import TEMPLATES, Example, Pages, Value
from .source import Source, open_source
from .sparql_endpoint import (
    ALIASES,
    GRAPH_TYPES,
    SELECT_TYPES,
    EndpointBusy,
    QueryPool,
    QueryRefused,
    QueryTimeout,
    check_query,
    service_description,
)
from .void import Dump, dataset_description, make_dumps, sha256sums
from .worker import JSON_RESULTS, NTRIPLES, Answer, Job

_MEDIA_TYPES = tuple(f.media_type for f in d.FORMATS)
_READ_ONLY = QueryRefused(403, "this endpoint is read-only: SPARQL updates are not accepted")
_FORM = "application/x-www-form-urlencoded"
_TEXT = ("text/", "application/sparql-results", "application/ld+json", "application/n-triples", "application/rdf+xml")


@dataclass
class Site:
    """Everything the app serves, made once at start: pages, dumps, counts, examples, the query pool."""

    source: Source
    pages: Pages
    pool: QueryPool
    dumps: dict[str, Dump]
    triples: int
    counts: dict[str, int]
    examples: list[Example]
    ontology: Graph
    cache: dict[str, bytes] = field(default_factory=dict)
    descriptions: dict[str, Graph] = field(default_factory=dict)


def _counts(source: Source, triples: int) -> dict[str, int]:
    counts = {"triples": triples}
    for name, cls in (("companies", "fkg:Company"), ("listed companies", "fkg:ListedCompany"),
                      ("cohorts", "fkg:Cohort"), ("facts", "fkg:Observation"), ("reports", "fkg:Report")):
        rows = source.select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) {{ ?s a {cls} }}")
        counts[name] = int(str(rows[0]["n"]))
    rows = source.select("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s fkg:plausible false }")
    counts["flagged figures"] = int(str(rows[0]["n"]))
    return counts


def examples(queries_dir: Path) -> list[Example]:
    """The example queries of `queries_dir`/*.rq, by name."""
    out = []
    for path in sorted(queries_dir.glob("*.rq")):
        query = read_query(path)
        out.append(Example(query.name, query.question, query.text))
    return out


def _headers(media_type: str, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    charset = "; charset=utf-8" if media_type.startswith(_TEXT) else ""
    return {"Content-Type": media_type + charset, "Access-Control-Allow-Origin": "*", **(extra or {})}


def _respond(
    request: Request, body: bytes, media_type: str, status: int = 200, extra: Mapping[str, str] | None = None
) -> Response:
    """A response with charset, CORS, an ETag and 304 on revalidation."""
    headers = _headers(media_type, extra)
    if status == 200:
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        headers["ETag"] = etag
        headers.setdefault("Cache-Control", "public, max-age=300")
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers={k: v for k, v in headers.items() if k != "Content-Type"})
    return Response(body, status_code=status, headers=headers)


def _alternates(path: str) -> str:
    return ", ".join(f'<{path}.{f.ext}>; rel="alternate"; type="{f.media_type}"' for f in d.FORMATS)


def _not_acceptable(request: Request) -> Response:
    message = "none of the offered media types is acceptable: " + ", ".join(_MEDIA_TYPES) + "\n"
    return _respond(request, message.encode(), "text/plain", 406, {"Vary": "Accept"})


def _not_found_body(site: Site, fmt: d.Format, iri: str) -> bytes:
    """An empty document in the asked format that says what was not found."""
    if fmt is d.HTML:
        return site.pages.error(404, f"nothing is known about {iri}").encode()
    if fmt is d.JSONLD:
        return json.dumps({"@context": {}, "@graph": [], "error": f"not found: {iri}"}).encode()
    if fmt is d.RDFXML:
        return (f'<?xml version="1.0"?>\n<!-- not found: {iri} -->\n'
                '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n').encode()
    return f"# not found: {iri}\n".encode()


def _split(rest: str) -> tuple[str, d.Format | None]:
    """`company/smic.ttl` -> (`company/smic`, TURTLE); no known extension -> (rest, None)."""
    stem, dot, ext = rest.rpartition(".")
    if dot and "/" not in ext and ext in d.BY_EXT:
        return stem, d.BY_EXT[ext]
    return rest, None


def _site(request: Request) -> Site:
    site: Site = request.app.state.site
    return site


async def thing(request: Request) -> Response:
    """`/id/{type}/{slug}`: 303 See Other to the document about it."""
    site, rest = _site(request), request.path_params["rest"]
    if choose(request.headers.get("accept"), _MEDIA_TYPES) is None:
        return _not_acceptable(request)
    iri = site.source.id_space + rest
    if d.local_path(iri, site.source) is None or await run_in_threadpool(d.describe, site.source, iri) is None:
        fmt = d.BY_MEDIA_TYPE[choose(request.headers.get("accept"), _MEDIA_TYPES) or "text/turtle"]
        return _respond(request, _not_found_body(site, fmt, iri), fmt.media_type, 404, {"Vary": "Accept"})
    headers = {"Location": f"/doc/{rest}", "Vary": "Accept", "Access-Control-Allow-Origin": "*"}
    return Response(status_code=303, headers=headers)


async def document(request: Request) -> Response:
    """`/doc/{type}/{slug}[.ext]`: the description, negotiated or in the format its extension names."""
    site = _site(request)
    stem, fixed = _split(request.path_params["rest"])
    negotiated = fixed is None
    fmt = fixed
    if fmt is None:
        chosen = choose(request.headers.get("accept"), _MEDIA_TYPES)
        if chosen is None:
            return _not_acceptable(request)
        fmt = d.BY_MEDIA_TYPE[chosen]
    iri = site.source.id_space + stem
    extra = {"Vary": "Accept"} if negotiated else {}
    description = None
    if d.local_path(iri, site.source) is not None:
        description = await run_in_threadpool(d.describe, site.source, iri)
    if description is None:
        return _respond(request, _not_found_body(site, fmt, iri), fmt.media_type, 404, extra)
    body = await run_in_threadpool(_render, site, description, fmt)
    path = f"/doc/{stem}"
    if negotiated:
        extra["Content-Location"] = f"{path}.{fmt.ext}"
    return _respond(request, body, fmt.media_type, 200, {**extra, "Link": _alternates(path)})


def _render(site: Site, description: d.Description, fmt: d.Format) -> bytes:
    if fmt is d.HTML:
        return site.pages.resource(description).encode("utf-8")
    return d.serialize(d.to_graph(description, site.source), fmt, site.source.prefixes)


def _graph_response(request: Request, graph: Graph, fmt: d.Format | None, html: str, prefixes: dict[str, str],
                    path: str) -> Response:
    negotiated = fmt is None
    if fmt is None:
        chosen = choose(request.headers.get("accept"), _MEDIA_TYPES)
        if chosen is None:
            return _not_acceptable(request)
        fmt = d.BY_MEDIA_TYPE[chosen]
    body = html.encode() if fmt is d.HTML else d.serialize(graph, fmt, prefixes)
    extra = {"Vary": "Accept", "Content-Location": f"{path}.{fmt.ext}"} if negotiated else {}
    return _respond(request, body, fmt.media_type, 200, {**extra, "Link": _alternates(path)})


def _site_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


async def dataset(request: Request) -> Response:
    """`/dataset[.ext]` and `/.well-known/void`: VoID and DCAT."""
    site = _site(request)
    _, fmt = _split(request.url.path.rsplit("/", 1)[-1])
    url = _site_url(request)
    if url not in site.descriptions:
        site.descriptions[url] = await run_in_threadpool(
            dataset_description, site.source, url, tuple(site.dumps.values()), site.triples
        )
    graph = site.descriptions[url]
    html = site.pages.text("Dataset description (VoID and DCAT)", graph.serialize(format="turtle"))
    prefixes = {str(p): str(n) for p, n in graph.namespaces()}
    return _graph_response(request, graph, fmt, html, prefixes, "/dataset")


async def ontology(request: Request) -> Response:
    """`/ontology[.ext]`: pyLODE documentation for browsers, the OWL ontology by negotiation."""
    site = _site(request)
    _, fmt = _split(request.url.path.rsplit("/", 1)[-1])
    graph = site.ontology
    if "ontology" not in site.cache:
        site.cache["ontology"] = (await run_in_threadpool(ontology_html, ONTOLOGY_DIR / "finkg.ttl")).encode()
    prefixes = {str(p): str(n) for p, n in graph.namespaces()}
    return _graph_response(request, graph, fmt, site.cache["ontology"].decode(), prefixes, "/ontology")


async def download(request: Request) -> Response:
    """`/download/{name}`: a dump or SHA256SUMS; any other name (`..` included) is 404."""
    site, name = _site(request), request.path_params["name"]
    if name == "SHA256SUMS":
        return _respond(request, sha256sums(tuple(site.dumps.values())), "text/plain")
    dump = site.dumps.get(name)
    if dump is None:
        raise HTTPException(404, f"no download named {name!r}")
    disposition = f'attachment; filename="{dump.name}"'
    return _respond(request, dump.data, "application/gzip", 200, {"Content-Disposition": disposition})


async def home(request: Request) -> Response:
    """`/`: what the dataset is, counts, companies, example queries, a query form."""
    site = _site(request)
    downloads = [(dump.name, len(dump.data)) for dump in site.dumps.values()]
    html = await run_in_threadpool(site.pages.home, site.counts, site.examples, downloads)
    return _respond(request, html.encode(), "text/html")


async def stylesheet(request: Request) -> Response:
    """The one stylesheet of every page."""
    return _respond(request, (TEMPLATES / "finkg.css").read_bytes(), "text/css")


async def sparql(request: Request) -> Response:
    """`/sparql`: the SPARQL 1.1 Protocol, read-only; without a query, the service description."""
    site = _site(request)
    accept = request.headers.get("accept")
    params = request.query_params
    form: Mapping[str, str] = {}
    query: str | None = params.get("query")
    if "update" in params:
        return _refused(request, site, _READ_ONLY)
    default_graphs, named_graphs = params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if int(request.headers.get("content-length") or 0) > 4 * 65_536:
            return _refused(request, site, QueryRefused(413, "request body too large"))
        if ctype == _FORM:
            data = await request.form()
            form = {k: str(v) for k, v in data.items()}
            if "update" in form:
                return _refused(request, site, _READ_ONLY)
            query = form.get("query")
            default_graphs += [str(v) for v in data.getlist("default-graph-uri")]
            named_graphs += [str(v) for v in data.getlist("named-graph-uri")]
        elif ctype == "application/sparql-query":
            query = (await request.body()).decode("utf-8", errors="replace")
        elif ctype == "application/sparql-update":
            return _refused(request, site, _READ_ONLY)
        else:
            message = f"unsupported content type {ctype!r}: use {_FORM} or application/sparql-query"
            return _refused(request, site, QueryRefused(415, message))
    if query is None:
        graph = service_description(f"{_site_url(request)}/sparql")
        html = site.pages.sparql("", None, "")
        return _graph_response(request, graph, None, html, {"sd": "http://www.w3.org/ns/sparql-service-description#"},
                               "/sparql")
    select_type = choose(accept, (*SELECT_TYPES, *ALIASES))
    graph_type = choose(accept, GRAPH_TYPES)
    if select_type is None and graph_type is None:
        return _refused(request, site, QueryRefused(406, "no acceptable result format: use one of "
                                                    + ", ".join((*SELECT_TYPES, *GRAPH_TYPES))))
    as_html = select_type == "text/html" or (select_type is None and graph_type == "text/html")
    try:
        check_query(query)
        job = Job(
            query=query,
            select_type=JSON_RESULTS if as_html else ALIASES.get(select_type or "", select_type),
            graph_type=NTRIPLES if as_html else graph_type if graph_type != "text/html" else None,
            limit=site.pool.limit,
            prefixes=site.source.prefixes,
            default_graphs=tuple(default_graphs),
            named_graphs=tuple(named_graphs),
        )
        answer = await run_in_threadpool(site.pool.run, job)
    except QueryRefused as err:
        return _refused(request, site, err, query if as_html else None)
    except QueryTimeout as err:
        return _refused(request, site, QueryRefused(503, str(err)), query if as_html else None)
    except EndpointBusy as err:
        return _refused(request, site, QueryRefused(503, str(err)), query if as_html else None, {"Retry-After": "5"})
    extra = {"Vary": "Accept"}
    if answer.status == 413:
        extra["X-Finkg-Result-Limit"] = str(site.pool.limit)
    if as_html:
        page = site.pages.sparql(query, _table(site, answer, "") if answer.status == 200 else None,
                                 "" if answer.status == 200 else answer.body.decode())
        return _respond(request, page.encode(), "text/html", answer.status, extra)
    return _respond(request, answer.body, answer.media_type, answer.status, extra)


def _refused(
    request: Request, site: Site, err: QueryRefused, query: str | None = None, extra: Mapping[str, str] | None = None
) -> Response:
    if query is not None:
        return _respond(request, site.pages.sparql(query, None, str(err)).encode(), "text/html", err.status, extra)
    return _respond(request, f"{err}\n".encode(), "text/plain", err.status, extra)


def _table(site: Site, answer: Answer, root: str) -> tuple[list[str], list[list[Value]]]:
    """A query answer as the header and cells of an HTML table."""
    pages = site.pages
    if answer.kind == "ask":
        return ["boolean"], [[Value(str(json.loads(answer.body)["boolean"]).lower())]]
    if answer.kind == "graph":
        rows = [[pages.value(to_rdflib(t), root) for t in (q.subject, q.predicate, q.object)]
                for q in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)]
        return ["subject", "predicate", "object"], rows
    doc = json.loads(answer.body)
    names = doc["head"]["vars"]
    table = []
    for binding in doc["results"]["bindings"]:
        row = []
        for name in names:
            cell = binding.get(name)
            if cell is None:
                row.append(Value(""))
            elif cell["type"] == "uri":
                row.append(pages.value(URIRef(cell["value"]), root))
            else:
                row.append(Value(cell["value"], None, cell.get("xml:lang", "")))
        table.append(row)
    return names, table


def create_app(
    store_path: Path, settings: Settings, *, queries_dir: Path = Path("queries"), timeout: float = 10.0,
    limit: int = 10_000, workers: int = 2,
) -> Starlette:
    """The ASGI app over the store at `store_path`."""

    source = open_source(store_path, settings)  # a missing store fails here, before the server starts

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        dumps, triples = make_dumps(source)
        pool = QueryPool(store_path, size=workers, timeout=timeout, limit=limit)
        app.state.site = Site(
            source=source,
            pages=Pages(source, endpoint=True),
            pool=pool,
            dumps={dump.name: dump for dump in dumps},
            triples=triples,
            counts=_counts(source, triples),
            examples=examples(queries_dir),
            ontology=Graph().parse(ONTOLOGY_DIR / "finkg.ttl"),
        )
        try:
            yield
        finally:
            pool.close()

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "internal error"
        html = _site(request).pages.error(status, detail)
        return _respond(request, html.encode(), "text/html", status)

    routes = [
        Route("/", home),
        Route("/index.html", home),
        Route("/finkg.css", stylesheet),
        Route("/id/{rest:path}", thing),
        Route("/doc/{rest:path}", document),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/ontology", ontology),
        *(Route(f"/ontology.{f.ext}", ontology) for f in d.FORMATS),
        Route("/dataset", dataset),
        *(Route(f"/dataset.{f.ext}", dataset) for f in d.FORMATS),
        Route("/.well-known/void", dataset),
        Route("/download/{name}", download),
    ]
    return Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: not_found})
