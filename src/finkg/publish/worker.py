"""The process that runs SPARQL queries for the endpoint, so a query past its time can be killed.

It imports only pyoxigraph (a fresh process starts fast), opens the store read-only, and answers
one `Job` at a time with an `Answer`: the serialized result, or an error status and message.
Results over the row limit are an error, never a silent truncation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

import pyoxigraph as ox

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
JSON_RESULTS = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


@dataclass(frozen=True, slots=True)
class Job:
    """A query, its dataset (empty lists: the union of all graphs), and the media types to answer in."""

    query: str
    select_type: str | None
    graph_type: str | None
    limit: int
    prefixes: dict[str, str] = field(default_factory=dict)
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    """An HTTP status, the body's media type, the body; `kind` is select, ask or graph."""

    status: int
    media_type: str
    body: bytes
    kind: str = ""


def _term(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (_XSD_STRING, _LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def _too_many(limit: int, what: str) -> Answer:
    message = (f"result limit exceeded: the query gives more than {limit} {what}; "
               f"add LIMIT {limit} (or less) or narrow the query\n")
    return Answer(413, "text/plain", message.encode("utf-8"))


def execute(store: ox.Store, job: Job) -> Answer:
    """Run one job: parse errors are 400 with the parser's message, too many results 413."""
    options: dict[str, object] = {"prefixes": job.prefixes}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    try:
        answer = store.query(job.query, **options)  # type: ignore[arg-type]
        if isinstance(answer, ox.QueryBoolean):
            if job.select_type is None:
                return Answer(406, "text/plain", b"no acceptable media type for a boolean result\n")
            fmt = ox.QueryResultsFormat.from_media_type(job.select_type) or ox.QueryResultsFormat.JSON
            return Answer(200, job.select_type, answer.serialize(format=fmt) or b"", "ask")
        if isinstance(answer, ox.QuerySolutions):
            return _solutions(answer, job)
        return _triples(answer, job)
    except SyntaxError as err:
        return Answer(400, "text/plain", f"SPARQL syntax error: {err}\n".encode())
    except (OSError, ValueError, RuntimeError) as err:
        return Answer(500, "text/plain", f"query failed: {err}\n".encode())


def _solutions(answer: ox.QuerySolutions, job: Job) -> Answer:
    if job.select_type is None:
        return Answer(406, "text/plain", b"no acceptable media type for query solutions\n")
    names = [v.value for v in answer.variables]
    bindings: list[dict[str, dict[str, str]]] = []
    for row in answer:
        if len(bindings) == job.limit:
            return _too_many(job.limit, "rows")
        bindings.append({n: _term(row[n]) for n in names if row[n] is not None})
    body = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()
    if job.select_type == JSON_RESULTS:
        return Answer(200, JSON_RESULTS, body, "select")
    fmt = ox.QueryResultsFormat.from_media_type(job.select_type)
    parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    return Answer(200, job.select_type, parsed.serialize(format=fmt) or b"", "select")


def _triples(answer: ox.QueryTriples, job: Job) -> Answer:
    if job.graph_type is None:
        return Answer(406, "text/plain", b"no acceptable media type for a graph\n")
    triples: list[ox.Triple] = []
    for triple in answer:
        if len(triples) == job.limit:
            return _too_many(job.limit, "triples")
        triples.append(triple)
    fmt = ox.RdfFormat.from_media_type(job.graph_type) or ox.RdfFormat.N_TRIPLES
    body = ox.serialize(triples, format=fmt, prefixes=job.prefixes if fmt == ox.RdfFormat.TURTLE else None) or b""
    return Answer(200, job.graph_type, body, "graph")


def serve(conn: Connection, store_path: str) -> None:
    """The worker's loop: open the store, say ready, answer jobs until told to stop (None)."""
    store = ox.Store.read_only(store_path)
    conn.send("ready")
    while True:
        job = conn.recv()
        if job is None:
            return
        conn.send(execute(store, job))
