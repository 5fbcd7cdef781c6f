"""Neo4j three ways (admin-import CSV, Cypher script, Bolt session), each loaded into an embedded
openCypher engine and compared with what SPARQL says about the RDF graph."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import kglite
import pytest
from kglite_engine import KgliteSession, label_counts, load_csv, properties, run_script, type_counts
from rdf_expect import BASE, expected_edges, expected_nodes, rdf_view, view_of
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace

from finkg.config import Settings
from finkg.export.bolt import load, load_server
from finkg.export.cypher import literal, quote, write_cypher
from finkg.export.neo4j_csv import README, write_neo4j_csv
from finkg.export.view import PropertyGraph, to_networkx
from finkg.mapping.vocab import FKG

pytestmark = pytest.mark.issue(6)
ID = Namespace(f"{BASE}/id/")
AWKWARD = 'O\'Brien "Q" \\ back\\slash\nnew line\t北京科技'


def assert_matches_rdf(engine: kglite.KnowledgeGraph, view: PropertyGraph) -> None:
    """Nodes per label and relationships per type as SPARQL counts them; sample values as the view has them."""
    nodes = expected_nodes(view)
    assert label_counts(engine, list(nodes)) == nodes
    assert type_counts(engine) == expected_edges(view)
    reference = to_networkx(view)
    for label in nodes:
        sample = [n for n, d in reference.nodes(data=True) if d["type"] == label][:3]
        for key in sample:
            data = reference.nodes[key]
            names = [n for n in data if n not in {"label", "type", "labels", "iri"}]
            assert properties(engine, label, data["iri"], names) == {n: data[n] for n in names}, key
            for extra in data["labels"]:
                found = engine.cypher(f"MATCH (n:{extra} {{iri: $i}}) RETURN count(n) AS c", params={"i": data["iri"]})
                assert found[0]["c"] == 1


def assert_neo4j_values(view: PropertyGraph) -> None:
    """Neo4j stores only scalars and homogeneous lists (kglite would also take maps and mixed lists)."""
    for node in view.nodes():
        for name, value in view.typed(node).items():
            if isinstance(value, list):
                assert len({type(v) for v in value}) == 1, (node.key, name)
            else:
                assert isinstance(value, bool | int | float | str | date), (node.key, name)


def test_cypher_script_loads_the_seed_and_twice_changes_nothing(seed: Settings, tmp_path: Path) -> None:
    out = tmp_path / "seed.cypher"
    engine = kglite.KnowledgeGraph()
    with view_of(seed) as view:
        write_cypher(view, out)
        text = out.read_text(encoding="utf-8")
        assert text.index("CREATE CONSTRAINT") < text.index("UNWIND")
        assert "IN TRANSACTIONS" not in text and "apoc." not in text
        run_script(engine, text)
        assert_matches_rdf(engine, view)
        run_script(engine, text)
        assert_matches_rdf(engine, view)
        assert_neo4j_values(view)


def test_admin_import_csvs_load_the_seed(seed: Settings, tmp_path: Path) -> None:
    engine = kglite.KnowledgeGraph()
    with view_of(seed) as view:
        export = write_neo4j_csv(view, tmp_path / "csv")
        load_csv(engine, tmp_path / "csv")
        assert_matches_rdf(engine, view)
        assert set(export.node_files) == {f"nodes_{label}.csv" for label in expected_nodes(view)}
    readme = (tmp_path / "csv" / README).read_text(encoding="utf-8")
    assert "neo4j-admin database import full neo4j" in readme
    assert all(f"--nodes={name}" in readme for name in export.node_files)
    assert all(f"--relationships={name}" in readme for name in export.relationship_files)
    header = (tmp_path / "csv" / "nodes_Observation.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:2] == ["iri:ID", ":LABEL"] and "value:double" in header and "plausible:boolean" in header
    assert "date:date" in header
    assert (tmp_path / "csv" / "rels_IN_SECTOR.csv").read_text().splitlines()[0] == ":START_ID,:END_ID,:TYPE"


def test_bolt_loader_through_a_session_is_idempotent(seed: Settings) -> None:
    engine = kglite.KnowledgeGraph()
    with view_of(seed) as view:
        first = load(view, KgliteSession(engine), size=100)
        second = load(view, KgliteSession(engine), size=100)
        assert_matches_rdf(engine, view)
        assert first == second
        assert first.nodes == sum(expected_nodes(view).values())
        assert first.relationships == sum(expected_edges(view).values())


def test_three_paths_give_the_same_graph_for_awkward_text(tmp_path: Path) -> None:
    graph = Graph()
    company, product = ID["company/awkward"], ID["product/p"]
    graph.add((company, RDF.type, FKG.ListedCompany))
    graph.add((company, RDFS.label, Literal(AWKWARD, lang="en")))
    graph.add((company, RDFS.label, Literal("北京'引号'", lang="zh")))
    graph.add((product, RDF.type, FKG.Product))
    graph.add((product, RDFS.label, Literal("probe", lang="en")))
    graph.add((product, FKG.madeBy, company))
    graph.add((product, FKG.note, Literal("x;y")))
    graph.add((product, FKG.note, Literal("z")))
    graph.add((product, FKG.date, Literal("2031-02-03", datatype=XSD.date)))
    engines = [kglite.KnowledgeGraph() for _ in range(3)]
    with rdf_view(graph) as view:
        write_cypher(view, tmp_path / "x.cypher")
        run_script(engines[0], (tmp_path / "x.cypher").read_text(encoding="utf-8"))
        write_neo4j_csv(view, tmp_path / "csv")
        load_csv(engines[1], tmp_path / "csv")
        load(view, KgliteSession(engines[2]))
    for engine in engines:
        found = properties(engine, "Company", str(company), ["name", "name_zh"])
        assert found == {"name": AWKWARD, "name_zh": "北京'引号'"}
        assert properties(engine, "Product", str(product), ["note", "date"]) == {"note": ["x;y", "z"],
                                                                               "date": date(2031, 2, 3)}
        assert engine.cypher("MATCH (:Product)-[r:MADE_BY]->(:Company:ListedCompany) RETURN count(r) AS c")[0]["c"] == 1


def test_cypher_literals_escape_what_cypher_needs() -> None:
    assert quote(AWKWARD) == "'O\\'Brien \"Q\" \\\\ back\\\\slash\\nnew line\\t北京科技'"
    assert quote("bell\x07") == "'bell\\u0007'"
    assert literal(1e16) == "1e16" and literal(1.5e-7) == "1.5e-07" and literal(True) == "true"
    engine = kglite.KnowledgeGraph()
    assert engine.cypher(f"RETURN {literal(1.5e16)} AS a, {literal(1.5e-7)} AS b")[0] == {"a": 1.5e16, "b": 1.5e-7}
    assert literal(date(2031, 2, 3)) == "date('2031-02-03')"
    assert literal({"a b": [1, 2]}) == "{`a b`: [1, 2]}"


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("FINKG_NEO4J_URI"), reason="FINKG_NEO4J_URI is not set: no Neo4j server to load")
def test_real_server(harbor: Settings) -> None:
    import neo4j

    uri, user = os.environ["FINKG_NEO4J_URI"], os.environ.get("FINKG_NEO4J_USER", "neo4j")
    password = os.environ.get("FINKG_NEO4J_PASSWORD", "")
    with view_of(harbor) as view:
        load_server(view, uri, user, password, os.environ.get("FINKG_NEO4J_DATABASE"))
        load_server(view, uri, user, password, os.environ.get("FINKG_NEO4J_DATABASE"))
        nodes = expected_nodes(view)
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            records: Any = driver.execute_query(
                "MATCH (n:Company) WHERE n.iri STARTS WITH $base RETURN count(n) AS c",
                base=f"{BASE}/id/company/", database_=os.environ.get("FINKG_NEO4J_DATABASE"))
            assert records.records[0]["c"] >= nodes["Company"]
