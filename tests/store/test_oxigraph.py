"""The on-disk store: graphs read back unchanged, replacing one leaves the others, entailments follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from finkg.config import ONTOLOGY_DIR, Settings
from finkg.errors import QueryError
from finkg.mapping import prefixes, to_rdf
from finkg.records import Extraction
from finkg.store import open_store
from graph_fixtures import TEXT, make_extraction

INFERRED = URIRef("https://w3id.org/finkg/graph/inferred")
ONTOLOGY = URIRef("https://w3id.org/finkg/graph/finkg")
ID = "https://w3id.org/finkg/id/"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "finkg.ttl")


def test_a_graph_reads_back_isomorphic_from_disk(tmp_path: Path, extraction: Extraction) -> None:
    graph = to_rdf(extraction, Settings())
    with open_store(tmp_path / "store", INFERRED) as store:
        store.replace({URIRef(str(graph.identifier)): graph})
    with open_store(tmp_path / "store", INFERRED, read_only=True) as store:
        assert isomorphic(store.graph(URIRef(str(graph.identifier))), graph)
        assert URIRef(str(graph.identifier)) in store.graph_names()


def test_replacing_one_document_leaves_the_others(tmp_path: Path) -> None:
    first = to_rdf(make_extraction("first"), Settings())
    second = to_rdf(make_extraction("second"), Settings())
    changed = to_rdf(make_extraction("first", TEXT.replace("annual review", "yearly review")), Settings())
    with open_store(tmp_path / "store", INFERRED, prefixes=prefixes(Settings().base_iri)) as store:
        store.replace({URIRef(str(g.identifier)): g for g in (first, second)})
        before = store.graph(URIRef(str(second.identifier)))
        store.replace({URIRef(str(changed.identifier)): changed})
        assert isomorphic(store.graph(URIRef(str(second.identifier))), before)
        assert isomorphic(store.graph(URIRef(str(first.identifier))), changed)
        stated = store.query(
            "SELECT ?t { GRAPH <https://w3id.org/finkg/id/document/first> "
            "{ <https://w3id.org/finkg/id/document/first> dcterms:title ?t } }"
        )
        assert stated.rows == ((Literal("Harbor Board yearly review", lang="en"),),)


def test_entailment_finds_companies_as_schema_and_fibo_classes(extraction: Extraction, ontology: Graph) -> None:
    graph = to_rdf(extraction, Settings())
    with open_store(None, INFERRED, prefixes=prefixes(Settings().base_iri)) as store:
        store.replace({URIRef(str(graph.identifier)): graph, ONTOLOGY: ontology})
        corporations = store.query("SELECT DISTINCT ?c { ?c a <https://schema.org/Corporation> } ORDER BY ?c")
        listed = store.query(
            "SELECT ?c { ?c a <https://spec.edmcouncil.org/fibo/ontology/BE/LegalEntities/CorporateBodies/"
            "PubliclyHeldCompany> }"
        )
        derived = store.query(
            "PREFIX sdmx: <http://purl.org/linked-data/sdmx/2009/measure#> "
            "ASK { <https://w3id.org/finkg/id/observation/harbor-q1> prov:wasDerivedFrom "
            "<https://w3id.org/finkg/id/sentence/harbor-2> . GRAPH <https://w3id.org/finkg/graph/inferred> "
            "{ <https://w3id.org/finkg/id/observation/harbor-q1> sdmx:obsValue ?v } }"
        )
    names = [str(row[0]).rsplit("/", 1)[1] for row in corporations.rows]
    assert names == ["alpha-robotics", "beta-sensors", "delta-works"]
    assert listed.rows == ((URIRef(f"{ID}company/alpha-robotics"),),)
    assert derived.boolean is True


def test_entailments_are_recomputed_when_a_graph_goes(extraction: Extraction, ontology: Graph) -> None:
    graph = to_rdf(extraction, Settings())
    ask = "ASK { <https://w3id.org/finkg/id/company/beta-sensors> a <https://schema.org/Corporation> }"
    with open_store(None, INFERRED) as store:
        store.replace({URIRef(str(graph.identifier)): graph, ONTOLOGY: ontology})
        assert store.query(ask).boolean is True
        store.replace({URIRef(str(graph.identifier)): Graph()})
        assert store.query(ask).boolean is False


def test_bad_sparql_raises_query_error() -> None:
    with open_store(None, INFERRED) as store, pytest.raises(QueryError, match="SPARQL syntax"):
        store.query("SELECT ?x WHERE { ?x ")


def test_dump_is_sorted_and_stable(extraction: Extraction) -> None:
    graph = to_rdf(extraction, Settings())
    dumps = []
    for _ in range(2):
        with open_store(None, INFERRED) as store:
            store.replace({URIRef(str(graph.identifier)): graph})
            dumps.append(store.dump())
    assert dumps[0] == dumps[1]
    lines = dumps[0].decode().splitlines()
    assert lines == sorted(lines) and len(lines) == len(graph)
