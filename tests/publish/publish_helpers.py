"""Helpers of the publishing tests: a free port, starting and stopping servers, reading RDF."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph

from finkg.store.oxigraph import to_rdflib

TIMEOUT, LIMIT = 2.0, 50  # the served endpoint's query time limit (s) and row limit


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_until_up(url: str, proc: subprocess.Popen[bytes], log: Path, seconds: float = 60) -> None:
    """Poll `url` until it answers; fail with the server's log if it dies or stays silent."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"server exited with {proc.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    pytest.fail(f"server at {url} did not come up in {seconds} s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Terminate a server we started, by its own handle."""
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def read_rdf(data: str | bytes, fmt: str) -> Graph:
    """Parse RDF with rdflib; JSON-LD with pyoxigraph, an independent reader (rdflib's warns of deprecations)."""
    if fmt != "json-ld":
        return Graph().parse(data=data, format=fmt)
    graph = Graph()
    for quad in ox.parse(data.encode() if isinstance(data, str) else data, format=ox.RdfFormat.JSON_LD):
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph
