"""The remote store (Graph Store Protocol + SPARQL 1.1 Protocol over httpx), the same tests on two real
servers: `oxigraph serve` and Virtuoso. Each test works under its own base IRI, so tests never meet."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from remote_servers import oxigraph, virtuoso

from finkg.cli import cli
from finkg.config import Settings
from finkg.errors import EnvironmentFailure, QueryError
from finkg.mapping import prefixes, to_rdf
from finkg.pipeline import build_extractions, graph_names
from finkg.store import open_store
from finkg.store.sparql import endpoints, open_remote
from graph_fixtures import TEXT, make_extraction

pytestmark = [pytest.mark.issue(7), pytest.mark.slow]
_RUN = itertools.count()
FKG = "https://w3id.org/finkg/ontology#"


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest) -> Iterator[str]:
    """The query endpoint of a running server."""
    with (oxigraph() if request.param == "oxigraph" else virtuoso()) as url:
        yield url


@pytest.fixture
def settings() -> Settings:
    """Settings under a base IRI of this test's own."""
    return Settings(base_iri=f"https://example.org/run{next(_RUN)}")


def schema(settings: Settings) -> tuple[URIRef, Graph]:
    """A small vocabulary graph: ListedCompany below Company below Agent, label below a note property."""
    graph = Graph()
    graph.add((URIRef(f"{FKG}ListedCompany"), RDFS.subClassOf, URIRef(f"{FKG}Company")))
    graph.add((URIRef(f"{FKG}Company"), RDFS.subClassOf, URIRef("http://xmlns.com/foaf/0.1/Agent")))
    graph.add((RDFS.label, RDFS.subPropertyOf, URIRef(f"{FKG}note")))
    return URIRef(f"{settings.base_iri}/graph/schema"), graph


def document(settings: Settings, doc_id: str = "harbor", text: str = TEXT) -> tuple[URIRef, Graph]:
    graph = to_rdf(make_extraction(doc_id, text), settings)
    return URIRef(str(graph.identifier)), graph


def test_endpoints_follow_the_two_layouts() -> None:
    assert endpoints("http://h:1/query", {}).graph_store == "http://h:1/store"
    assert endpoints("http://h:1/query", {}).update == "http://h:1/update"
    assert endpoints("http://h:1/sparql-auth", {}).graph_store == "http://h:1/sparql-graph-crud-auth"
    assert endpoints("http://h:1/sparql", {"FINKG_STORE_GSP_URL": "http://h:1/gsp"}).graph_store == "http://h:1/gsp"


def test_graphs_read_back_and_replace_whole(server: str, settings: Settings) -> None:
    inferred, _ = graph_names(settings)
    name, graph = document(settings)
    with open_remote(server, inferred, settings.base_iri) as store:
        store.replace({name: graph})
        assert isomorphic(store.graph(name), graph)
        smaller = Graph()
        smaller.add((URIRef(f"{settings.base_iri}/id/company/x"), RDFS.label, Literal("X", lang="en")))
        store.replace({name: smaller})
        assert isomorphic(store.graph(name), smaller)  # replaced, not merged
        assert store.graph_names() == (inferred, name) or store.graph_names() == (name,)


def test_queries_and_entailments_match_the_embedded_store(server: str, settings: Settings) -> None:
    inferred, _ = graph_names(settings)
    graphs = dict([schema(settings), document(settings)])
    pre = prefixes(settings.base_iri)
    asks = [
        "SELECT ?c WHERE { ?c a fkg:Company } ORDER BY ?c",
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{inferred}> {{ ?s ?p ?o }} }} ORDER BY ?s ?p ?o",
        "SELECT ?c ?l WHERE { ?c fkg:note ?l FILTER(lang(?l) = 'zh') } ORDER BY ?c",
    ]
    with open_store(None, inferred, prefixes=pre) as local, open_remote(server, inferred, settings.base_iri,
                                                                         prefixes=pre) as remote:
        local.replace(graphs)
        remote.replace(graphs)
        for sparql in asks:
            expected = local.query(sparql)
            assert expected.rows, sparql
            # the same rows: SPARQL leaves the order of literals in different languages to each store
            assert sorted(map(repr, remote.query(sparql).rows)) == sorted(map(repr, expected.rows)), sparql
        assert remote.query("ASK { ?c a <http://xmlns.com/foaf/0.1/Agent> }").boolean is True
        company = next(iter(local.query("SELECT ?c WHERE { ?c a fkg:Company }").rows))[0]
        described = remote.query(f"CONSTRUCT {{ <{company}> ?p ?o }} WHERE {{ <{company}> ?p ?o }}").graph
        assert described is not None and isomorphic(described, local.query(
            f"CONSTRUCT {{ <{company}> ?p ?o }} WHERE {{ <{company}> ?p ?o }}").graph)  # type: ignore[arg-type]
        assert remote.dump() == local.dump()


def test_a_malformed_query_is_a_query_error(server: str, settings: Settings) -> None:
    inferred, _ = graph_names(settings)
    with open_remote(server, inferred, settings.base_iri) as store, pytest.raises(QueryError):
        store.query("SELECT ?x WHERE { ?x ?y }")


def test_an_unreachable_store_is_an_environment_failure(settings: Settings) -> None:
    inferred, _ = graph_names(settings)
    with open_remote("http://127.0.0.1:9/query", inferred, settings.base_iri, timeout=2) as store, \
            pytest.raises(EnvironmentFailure, match="unreachable"):
        store.graph_names()


def test_build_to_a_remote_store_and_query_it_back(server: str, tmp_path: Path) -> None:
    """The pipeline with a store URL, under the default base IRI (the shapes name its sector IRIs): the one
    test that uses that base; then `finkg query --endpoint` answers as `finkg query --store` does locally."""
    remote = Settings(kg_dir=tmp_path / "kg", store_url=server)
    local = Settings(kg_dir=tmp_path / "kg2", store_dir=tmp_path / "store")
    build_extractions([make_extraction()], remote)
    build_extractions([make_extraction()], local)
    assert (tmp_path / "kg" / "harbor.ttl").read_bytes() == (tmp_path / "kg2" / "harbor.ttl").read_bytes()
    runner = CliRunner()
    sparql = "SELECT ?o ?m ?v WHERE { ?o fkg:measure ?m ; fkg:value ?v } ORDER BY ?o"
    from_remote = runner.invoke(cli, ["query", sparql, "--endpoint", server, "--format", "csv"])
    from_local = runner.invoke(cli, ["query", sparql, "--store", str(tmp_path / "store"), "--format", "csv"])
    assert from_remote.exit_code == 0, from_remote.output
    assert from_remote.output == from_local.output and from_local.output.count("\n") > 1
    with open_remote(server, graph_names(remote)[0], remote.base_iri) as store:
        assert URIRef("https://w3id.org/finkg/id/document/harbor") in store.graph_names()


def test_credentials_come_from_the_environment(server: str, settings: Settings,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    if not server.endswith("/sparql"):
        pytest.skip("only Virtuoso's /sparql-auth asks for credentials here (Digest)")
    inferred, _ = graph_names(settings)
    name, graph = document(settings)
    monkeypatch.delenv("FINKG_STORE_USER", raising=False)
    with open_remote(server + "-auth", inferred, settings.base_iri) as store, \
            pytest.raises(EnvironmentFailure, match="401"):
        store.replace({name: graph})
    monkeypatch.setenv("FINKG_STORE_USER", "dba")
    monkeypatch.setenv("FINKG_STORE_PASSWORD", "dba")
    with open_remote(server + "-auth", inferred, settings.base_iri) as store:
        store.replace({name: graph})
        assert isomorphic(store.graph(name), graph)
