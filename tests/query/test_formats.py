"""Query answers in every format, read back by independent parsers of the SPARQL results formats."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from finkg.config import Settings
from finkg.errors import InputError, QueryError
from finkg.mapping import prefixes, to_rdf
from finkg.query import Query, load_query, render, run
from finkg.records import Extraction
from finkg.store import OxigraphStore, QueryResult, open_store

SELECT = Query(
    name="test",
    text="SELECT ?stated ?value ?label WHERE { ?o fkg:statedText ?stated ; fkg:value ?value ; fkg:subject ?s . "
    "?s rdfs:label ?label . FILTER(?value > 5000000000) } ORDER BY ?value",
)


@pytest.fixture
def store(extraction: Extraction) -> Iterator[OxigraphStore]:
    graph = to_rdf(extraction, Settings())
    names = prefixes(Settings().base_iri)
    with open_store(None, URIRef("https://w3id.org/finkg/graph/inferred"), prefixes=names) as handle:
        handle.replace({URIRef(str(graph.identifier)): graph})
        yield handle


def test_table_shortens_iris_and_counts_rows(store: OxigraphStore) -> None:
    text = render(run(store, Query(name="t", text="SELECT ?c WHERE { ?c a fkg:ListedCompany }")), "table",
                  prefixes(Settings().base_iri))
    assert text.splitlines() == ["c", "----------------------", "company:alpha-robotics", "(1 row)"]


def test_json_is_sparql_results_json(store: OxigraphStore) -> None:
    text = render(run(store, SELECT), "json")
    parsed = list(ox.parse_query_results(text, format=ox.QueryResultsFormat.JSON))  # type: ignore[arg-type]
    assert [str(row["value"].value) for row in parsed] == ["12500000000", "9999999000000000"]
    doc = json.loads(text)
    assert doc["head"]["vars"] == ["stated", "value", "label"]
    first = doc["results"]["bindings"][0]
    assert first["value"]["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"
    assert first["label"] == {"type": "literal", "value": "Harbor Board companies", "xml:lang": "en"}


def test_csv_and_tsv(store: OxigraphStore) -> None:
    rows = list(csv.reader(io.StringIO(render(run(store, SELECT), "csv"))))
    assert rows[0] == ["stated", "value", "label"]
    assert rows[1] == ["12.50 billion yuan", "12500000000", "Harbor Board companies"]
    tsv = render(run(store, SELECT), "tsv").splitlines()
    assert tsv[0] == "?stated\t?value\t?label"
    parsed = list(ox.parse_query_results("\n".join(tsv) + "\n", format=ox.QueryResultsFormat.TSV))  # type: ignore[arg-type]
    assert parsed[1]["label"] == ox.Literal("Delta Works", language="en")


def test_ask_and_construct(store: OxigraphStore) -> None:
    ask = run(store, Query(name="a", text="ASK { ?c a fkg:Fund }"))
    assert render(ask, "json").strip().endswith("}") and json.loads(render(ask, "json"))["boolean"] is True
    assert render(ask, "table") == "true\n"
    labels = "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a fkg:Company ; rdfs:label ?l }"
    construct = run(store, Query(name="c", text=labels))
    graph = Graph().parse(data=render(construct, "table", prefixes(Settings().base_iri)), format="turtle")
    assert (URIRef("https://w3id.org/finkg/id/company/beta-sensors"), None, Literal("贝塔传感", lang="zh")) in graph


def test_empty_result_and_unbound_cells() -> None:
    result = QueryResult(variables=("a", "b"), rows=((Literal("x"), None),))
    assert render(result, "csv") == "a,b\r\nx,\r\n"
    assert json.loads(render(result, "json"))["results"]["bindings"] == [{"a": {"type": "literal", "value": "x"}}]


def test_errors_name_the_query(store: OxigraphStore, tmp_path: Path) -> None:
    with pytest.raises(QueryError, match=r"^broken: SPARQL syntax"):
        run(store, Query(name="broken", text="SELECT ?x {"))
    with pytest.raises(InputError, match="neither SPARQL nor a query"):
        load_query("no-such-question", tmp_path)
    (tmp_path / "q.rq").write_text("# Question: How many?\nSELECT (COUNT(*) AS ?n) { ?s ?p ?o }\n")
    assert load_query("q", tmp_path).question == "How many?"
    assert load_query(str(tmp_path / "q.rq")).name == "q"
