"""What the store was built from: one content key per named graph, kept in a graph of its own.

A key hashes the document's bytes with the build's fingerprint (finkg's code, ontology and settings),
so an unchanged document under unchanged code is skipped and any change rebuilds. The manifest graph
is written in the same update that replaces the document graphs, so it never disagrees with them.

It also records each document that failed in its worker (not UTF-8, the extractor raised, a core
shape refused it) with the key it failed under and why: the failure follows from the bytes and the
build alone, so an unchanged failed document is reported again without being read or extracted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Literal, URIRef

from ..config import ONTOLOGY_DIR, PACKAGE_DIR, Settings
from .base import GraphStore

_KEY = "https://w3id.org/finkg/ontology#contentKey"
_SOURCE = "http://purl.org/dc/terms/source"
_FAILURE = "https://w3id.org/finkg/ontology#failure"
_DETAILS = "https://w3id.org/finkg/ontology#failureDetails"


@dataclass(frozen=True, slots=True)
class Entry:
    """A named graph, the file it came from and the key of the bytes and build it was made from."""

    graph: URIRef
    source: str
    key: str


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that failed under a content key: its error line and validation results, to report again."""

    source: str
    key: str
    error: str
    details: str = ""


def manifest_graph(settings: Settings) -> URIRef:
    """The name of the manifest's own graph."""
    return URIRef(f"{settings.base_iri.rstrip('/')}/graph/manifest")


@cache
def _code_digest(root: Path) -> str:
    """A hash of every source and data file of the package: a new extractor means new graphs."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".ttl", ".csv", ".rq", ".ru", ".json", ".yaml"}:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(settings: Settings) -> str:
    """The build's fingerprint: finkg's code and data, and the settings that change a graph."""
    # data/ontology is a link to the repository's ontology/, which rglob does not follow
    code = f"{_code_digest(PACKAGE_DIR)} {_code_digest(ONTOLOGY_DIR.resolve())}"
    return hashlib.sha256(f"{code} {settings.base_iri} {settings.cny_ceiling}".encode()).hexdigest()


def content_key(data: bytes, build: str) -> str:
    """The key of a document's bytes under a build fingerprint."""
    return hashlib.sha256(build.encode() + b"\0" + data).hexdigest()


def read_manifest(store: GraphStore, name: URIRef) -> dict[URIRef, Entry]:
    """The entries recorded in the store's manifest graph, by graph name (empty for a new store)."""
    answer = store.query(
        f"SELECT ?g ?s ?k WHERE {{ GRAPH <{name}> {{ ?g <{_KEY}> ?k ; <{_SOURCE}> ?s "
        f"FILTER NOT EXISTS {{ ?g <{_FAILURE}> ?e }} }} }}"
    )
    entries = {}
    for graph, source, key in answer.rows:
        assert isinstance(graph, URIRef), "manifest subjects are graph names"
        entries[graph] = Entry(graph, str(source), str(key))
    return entries


def manifest_ntriples(entries: Mapping[URIRef, Entry]) -> bytes:
    """The manifest as N-Triples, sorted, ready to load into its graph."""
    lines = []
    for entry in entries.values():
        lines.append(f"<{entry.graph}> <{_KEY}> {Literal(entry.key).n3()} .\n")
        lines.append(f"<{entry.graph}> <{_SOURCE}> {Literal(entry.source).n3()} .\n")
    return "".join(sorted(lines)).encode("utf-8")


def read_failures(store: GraphStore, name: URIRef) -> dict[str, Failure]:
    """The failures recorded in the manifest graph, by source."""
    answer = store.query(
        f"SELECT ?s ?k ?e ?d WHERE {{ GRAPH <{name}> {{ ?f <{_FAILURE}> ?e ; <{_KEY}> ?k ; <{_SOURCE}> ?s "
        f"OPTIONAL {{ ?f <{_DETAILS}> ?d }} }} }}"
    )
    return {str(s): Failure(str(s), str(k), str(e), "" if d is None else str(d)) for s, k, e, d in answer.rows}


def failure_ntriples(name: URIRef, failures: Iterable[Failure]) -> bytes:
    """The failures as N-Triples for the manifest graph `name`, one node each named after its source."""
    lines = []
    for failure in failures:
        node = f"<{name}/failed/{hashlib.sha256(failure.source.encode()).hexdigest()[:32]}>"
        lines.append(f"{node} <{_FAILURE}> {Literal(failure.error).n3()} .\n")
        lines.append(f"{node} <{_KEY}> {Literal(failure.key).n3()} .\n")
        lines.append(f"{node} <{_SOURCE}> {Literal(failure.source).n3()} .\n")
        if failure.details:
            lines.append(f"{node} <{_DETAILS}> {Literal(failure.details).n3()} .\n")
    return "".join(sorted(lines)).encode("utf-8")
