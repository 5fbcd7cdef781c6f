"""Fixtures for publishing: the invented report built into a store, and `finkg serve` running over it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from publish_helpers import LIMIT, TIMEOUT, free_port, stop, wait_until_up

from finkg.config import Settings
from finkg.pipeline import build_extractions
from finkg.publish.source import Source, open_source
from graph_fixtures import make_extraction

QUERIES = {
    "listed-companies": "# Question: Which companies are listed, and on which board?\n"
    "PREFIX fkg: <https://w3id.org/finkg/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "SELECT ?company ?label WHERE { ?company a fkg:Company ; rdfs:label ?label FILTER(lang(?label) = 'en') }\n"
    "ORDER BY ?label\n",
    "flagged": "# Question: Which figures are implausible?\n"
    "PREFIX fkg: <https://w3id.org/finkg/ontology#>\n"
    "SELECT ?obs ?reason WHERE { ?obs fkg:plausible false ; fkg:implausibilityReason ?reason }\n",
}


@dataclass(frozen=True)
class Built:
    """A store built from the invented report, its settings and example queries."""

    settings: Settings
    queries: Path

    @property
    def store(self) -> Path:
        """The store directory."""
        return self.settings.store_dir


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The invented report built once per run, with two example queries beside it."""
    root = tmp_path_factory.mktemp("built")
    settings = Settings(kg_dir=root / "kg", store_dir=root / "store")
    build_extractions([make_extraction()], settings)
    queries = root / "queries"
    queries.mkdir()
    for name, text in QUERIES.items():
        (queries / f"{name}.rq").write_text(text, encoding="utf-8")
    return Built(settings, queries)


@pytest.fixture(scope="session")
def source(built: Built) -> Source:
    """A read-only view of the built store, for expectations by SPARQL."""
    return open_source(built.store, built.settings)


@pytest.fixture(scope="session")
def server(built: Built) -> Iterator[str]:
    """`finkg serve` as a real process on a free loopback port: 2 s query timeout, 50-row limit."""
    port = free_port()
    cmd = [sys.executable, "-m", "finkg", "serve", "--store", str(built.store), "--port", str(port),
           "--queries", str(built.queries), "--timeout", str(TIMEOUT), "--limit", str(LIMIT)]
    log = built.store.parent / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env={**os.environ})
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/sparql?query=ASK%7B%7D", proc, log)
        yield url
    finally:
        stop(proc)
