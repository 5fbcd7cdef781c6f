"""The SPARQL endpoint of `finkg serve`: protocol, result formats, limits, refusals, real clients."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import time
from pathlib import Path
from xml.etree import ElementTree

import httpx
import pytest
from publish_helpers import LIMIT, TIMEOUT, read_rdf
from rdflib import Graph

from finkg.publish.source import Source

pytestmark = [pytest.mark.issue(7), pytest.mark.slow]

COMPANIES = "SELECT ?c WHERE { ?c a fkg:Company } ORDER BY ?c"
EVERYTHING = "SELECT * WHERE { ?s ?p ?o }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
JENA = Path(__file__).parent.parent / "tools" / "jena.sh"


def companies(source: Source) -> list[str]:
    return [str(r["c"]) for r in source.select(COMPANIES)]


def json_column(response: httpx.Response, name: str) -> list[str]:
    return [b[name]["value"] for b in response.json()["results"]["bindings"]]


def test_get_post_form_and_post_direct_agree(server: str, source: Source) -> None:
    expected = companies(source)
    accept = {"Accept": "application/sparql-results+json"}
    got = [
        httpx.get(f"{server}/sparql", params={"query": COMPANIES}, headers=accept),
        httpx.post(f"{server}/sparql", data={"query": COMPANIES}, headers=accept),
        httpx.post(f"{server}/sparql", content=COMPANIES.encode(),
                   headers={**accept, "Content-Type": "application/sparql-query"}),
    ]
    for r in got:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("application/sparql-results+json")
        assert json_column(r, "c") == expected


def test_select_in_xml_csv_and_tsv(server: str, source: Source) -> None:
    expected = companies(source)
    xml_type = "application/sparql-results+xml"
    xml = httpx.get(f"{server}/sparql", params={"query": COMPANIES}, headers={"Accept": xml_type})
    assert xml.headers["content-type"].startswith("application/sparql-results+xml")
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert [u.text for u in ElementTree.fromstring(xml.content).iter(f"{ns}uri")] == expected
    got_csv = httpx.get(f"{server}/sparql", params={"query": COMPANIES}, headers={"Accept": "text/csv"})
    assert got_csv.headers["content-type"] == "text/csv; charset=utf-8"
    assert [row[0] for row in csv.reader(io.StringIO(got_csv.text))] == ["c", *expected]
    tsv = httpx.get(f"{server}/sparql", params={"query": COMPANIES}, headers={"Accept": "text/tab-separated-values"})
    assert tsv.text.splitlines() == ["?c", *(f"<{c}>" for c in expected)]


def test_ask_construct_and_describe(server: str, source: Source) -> None:
    ask = httpx.get(f"{server}/sparql", params={"query": "ASK { ?c a fkg:Company }"})
    assert ask.json() == {"head": {}, "boolean": True}
    construct = "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a fkg:Company ; rdfs:label ?l }"
    n = len(source.select("SELECT ?c ?l WHERE { ?c a fkg:Company ; rdfs:label ?l }"))
    for media, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld")):
        r = httpx.get(f"{server}/sparql", params={"query": construct}, headers={"Accept": media})
        assert r.headers["content-type"].startswith(media)
        assert len(read_rdf(r.content, fmt)) == n
    company = companies(source)[0]
    r = httpx.get(f"{server}/sparql", params={"query": f"DESCRIBE <{company}>"}, headers={"Accept": "text/turtle"})
    assert len(Graph().parse(data=r.text, format="turtle")) >= len(source.outbound(company))


def test_service_description_without_a_query(server: str) -> None:
    r = httpx.get(f"{server}/sparql", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=r.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    rows = list(graph.query(f"ASK {{ ?s a <{sd}Service> ; <{sd}endpoint> <{server}/sparql> ; "
                            f"<{sd}supportedLanguage> <{sd}SPARQL11Query> }}"))
    assert rows == [True]


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"method": "POST", "data": {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
        {"method": "POST", "content": b"DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {"method": "GET", "params": {"update": "CLEAR ALL"}},
        {"method": "GET", "params": {"query": "PREFIX x: <urn:x#> # comment\nINSERT DATA { x:a x:b x:c }"}},
        {"method": "POST", "data": {"query": "LOAD <http://127.0.0.1:1/x.ttl>"}},
    ],
)
def test_updates_are_refused_with_403(server: str, source: Source, request_kwargs: dict[str, object]) -> None:
    before = len(list(source.quads()))
    r = httpx.request(url=f"{server}/sparql", **request_kwargs)  # type: ignore[arg-type]
    assert r.status_code == 403
    assert "read-only" in r.text
    assert httpx.get(f"{server}/sparql", params={"query": "ASK { <urn:a> ?p ?o }"}).json()["boolean"] is False
    assert len(list(source.quads())) == before


def test_a_keyword_inside_a_string_is_not_an_update(server: str) -> None:
    r = httpx.get(f"{server}/sparql", params={"query": 'SELECT ("INSERT DATA SERVICE" AS ?x) {}'})
    assert r.status_code == 200 and json_column(r, "x") == ["INSERT DATA SERVICE"]


def test_federation_is_refused(server: str) -> None:
    r = httpx.get(f"{server}/sparql", params={"query": "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"})
    assert r.status_code == 403 and "SERVICE" in r.text


def test_malformed_query_is_400_with_the_parsers_message(server: str) -> None:
    r = httpx.get(f"{server}/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400
    assert "syntax error" in r.text and "1:" in r.text  # the parser's position


def test_too_many_rows_fail_loudly(server: str, source: Source) -> None:
    assert len(list(source.quads())) > LIMIT
    r = httpx.get(f"{server}/sparql", params={"query": EVERYTHING}, headers={"Accept": "text/csv"})
    assert r.status_code == 413
    assert r.headers["x-finkg-result-limit"] == str(LIMIT)
    assert f"more than {LIMIT} rows" in r.text
    ok = httpx.get(f"{server}/sparql", params={"query": f"{EVERYTHING} LIMIT {LIMIT}"}, headers={"Accept": "text/csv"})
    assert ok.status_code == 200 and len(ok.text.splitlines()) == LIMIT + 1


def test_a_huge_query_text_is_refused(server: str) -> None:
    text = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 70_000
    assert httpx.post(f"{server}/sparql", data={"query": text}).status_code == 413


def test_unacceptable_result_type_is_406(server: str) -> None:
    r = httpx.get(f"{server}/sparql", params={"query": COMPANIES}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_slow_query_is_killed_at_the_timeout_and_the_next_one_is_fast(server: str) -> None:
    started = time.monotonic()
    r = httpx.get(f"{server}/sparql", params={"query": SLOW}, timeout=30)
    took = time.monotonic() - started
    assert r.status_code == 503 and "timed out" in r.text
    assert took < TIMEOUT + 1.5
    started = time.monotonic()
    for _ in range(3):  # every worker, the replaced one included, answers
        assert httpx.get(f"{server}/sparql", params={"query": "ASK {}"}, timeout=30).status_code == 200
    assert time.monotonic() - started < TIMEOUT


def test_browser_gets_an_html_table(server: str, source: Source) -> None:
    r = httpx.get(f"{server}/sparql", params={"query": COMPANIES}, headers={"Accept": "text/html,*/*;q=0.8"})
    assert r.headers["content-type"].startswith("text/html")
    assert f"{len(companies(source))} result(s)" in r.text


def test_sparqlwrapper_reads_json_xml_csv_and_turtle(server: str, source: Source) -> None:
    from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

    expected = companies(source)
    for method in ("GET", POST):
        client = SPARQLWrapper(f"{server}/sparql")
        client.setMethod(method)
        client.setQuery("PREFIX fkg: <https://w3id.org/finkg/ontology#>\n" + COMPANIES)
        client.setReturnFormat(JSON)
        answer = client.queryAndConvert()
        assert isinstance(answer, dict)
        assert [b["c"]["value"] for b in answer["results"]["bindings"]] == expected
    client.setReturnFormat(XML)
    assert len(client.queryAndConvert().getElementsByTagName("uri")) == len(expected)  # type: ignore[union-attr]
    client.setReturnFormat(CSV)
    assert client.queryAndConvert().decode().split()[1:] == expected  # type: ignore[union-attr]
    client.setQuery("CONSTRUCT { ?c a ?t } WHERE { ?c a ?t VALUES ?t { <https://w3id.org/finkg/ontology#Company> } }")
    client.setReturnFormat(TURTLE)
    assert len(Graph().parse(data=client.queryAndConvert(), format="turtle")) == len(expected)


@pytest.mark.skipif(shutil.which("java") is None or not Path("/usr/share/java/jena-arq.jar").exists(),
                    reason="Apache Jena is not installed (apt-get install libapache-jena-java zip unzip)")
def test_jena_rsparql_queries_the_endpoint(server: str, source: Source, tmp_path: Path) -> None:
    env_fix = {"JENA_FIX_DIR": str(tmp_path / "jena-fix")}
    for extra in ([], ["--post"]):
        out = subprocess.run(
            ["sh", str(JENA), "arq.rsparql", f"--service={server}/sparql", "--results=json", *extra,
             "PREFIX fkg: <https://w3id.org/finkg/ontology#> " + COMPANIES],
            capture_output=True, text=True, timeout=120, env={**__import__("os").environ, **env_fix},
        )
        assert out.returncode == 0, out.stderr
        bindings = json.loads(out.stdout)["results"]["bindings"]
        assert [b["c"]["value"] for b in bindings] == companies(source)
