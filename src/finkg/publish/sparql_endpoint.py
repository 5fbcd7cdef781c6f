"""The SPARQL 1.1 Protocol endpoint (https://www.w3.org/TR/sparql11-protocol/), read-only.

Queries arrive by GET, POST form or POST `application/sparql-query`; results go out as JSON, XML,
CSV, TSV (SELECT, ASK) or Turtle, JSON-LD, N-Triples, RDF/XML (CONSTRUCT, DESCRIBE), or as an
HTML table for browsers. Each query runs in a worker process that is killed at the time limit;
updates and SERVICE are refused with 403; more rows than the limit is an error (413), not a cut.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import re
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from .worker import Answer, Job, serve

SELECT_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    "text/html",
)
GRAPH_TYPES = ("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml", "text/html")
# Names clients use for the same formats.
ALIASES = {"application/json": "application/sparql-results+json", "application/xml": "application/sparql-results+xml"}
MAX_QUERY_CHARS = 65_536
_UPDATE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_PROLOGUE = re.compile(r"^\s*(PREFIX\s+[\w.-]*:|BASE)\s*", re.IGNORECASE)
_NOISE = re.compile(
    r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\s]*>|#[^\n]*",
    re.DOTALL,
)
_SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
_FORMATS = Namespace("http://www.w3.org/ns/formats/")


class QueryRefused(Exception):
    """A request the endpoint will not run: an update, a federated query, too long a text."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def check_query(text: str) -> None:
    """Refuse what a read-only, local endpoint must not run, before any worker sees it."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryRefused(413, f"query too long: {len(text)} characters, the limit is {MAX_QUERY_CHARS}")
    bare = _NOISE.sub(" ", text)  # strings, IRIs and comments can neither hide nor fake a keyword
    head = bare
    while match := _PROLOGUE.match(head):
        head = head[match.end() :]
    if _UPDATE.match(head):
        raise QueryRefused(403, "this endpoint is read-only: SPARQL updates are not accepted")
    if re.search(r"\bSERVICE\b", bare, re.IGNORECASE):
        raise QueryRefused(403, "federated queries (SERVICE) are disabled on this endpoint")


class QueryTimeout(Exception):
    """The query ran past the time limit and its worker was killed."""


class EndpointBusy(Exception):
    """Every worker stayed busy for a whole time limit."""


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False


class QueryPool:
    """Worker processes over one store: a query gets `timeout` seconds, then its worker is killed and replaced."""

    def __init__(self, store_path: Path, *, size: int = 2, timeout: float = 10.0, limit: int = 10_000) -> None:
        self.store_path, self.timeout, self.limit = store_path, timeout, limit
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=serve, args=(child, str(self.store_path)), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def run(self, job: Job) -> Answer:
        """Run `job` in an idle worker; blocks, so call it from a thread."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise EndpointBusy(f"all query workers stayed busy for {self.timeout:g} s") from None
        try:
            if not worker.ready:  # a fresh worker first opens the store; that is not the query's time
                if not worker.conn.poll(60) or worker.conn.recv() != "ready":
                    raise OSError("query worker did not start")
                worker.ready = True
            worker.conn.send(job)
            if not worker.conn.poll(self.timeout):
                self._kill(worker)
                worker = self._start()
                raise QueryTimeout(f"query timed out after {self.timeout:g} s and was stopped")
            answer: Answer = worker.conn.recv()
            return answer
        except (OSError, EOFError):
            self._kill(worker)
            worker = self._start()
            raise
        finally:
            self._idle.put(worker)

    @staticmethod
    def _kill(worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()

    def close(self) -> None:
        """Stop every worker."""
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            if worker.process.is_alive():
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
                worker.process.join(2)
            if worker.process.is_alive():
                self._kill(worker)


def service_description(endpoint: str) -> Graph:
    """The SPARQL 1.1 Service Description of the endpoint at `endpoint`."""
    graph = Graph(bind_namespaces="none")
    graph.bind("sd", _SD)
    graph.bind("formats", _FORMATS)
    service = URIRef(endpoint)
    graph.add((service, RDF.type, _SD.Service))
    graph.add((service, _SD.endpoint, service))
    graph.add((service, _SD.supportedLanguage, _SD.SPARQL11Query))
    graph.add((service, _SD.feature, _SD.UnionDefaultGraph))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "JSON-LD", "N-Triples", "RDF_XML"):
        graph.add((service, _SD.resultFormat, _FORMATS[name]))
    graph.add((service, URIRef("http://purl.org/dc/terms/description"),
               Literal("Read-only SPARQL 1.1 endpoint over the finkg graph; updates and SERVICE are refused.")))
    return graph
