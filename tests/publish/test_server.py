"""`finkg serve` as a real process: dereferencing, content negotiation, errors, ontology, home page."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from publish_helpers import read_rdf
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from finkg.publish.source import Source

pytestmark = [pytest.mark.issue(7), pytest.mark.slow]

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"
RDF_TYPES = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples",
             "rdf": "application/rdf+xml"}
PARSERS = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
           "application/rdf+xml": "xml"}


def first_company(source: Source, with_facts: bool = False) -> str:
    """A company IRI of the graph (one that is the subject of facts, if asked)."""
    pattern = "?o fkg:subject ?c ." if with_facts else ""
    rows = source.select(f"SELECT ?c WHERE {{ ?c a fkg:Company . {pattern} }} ORDER BY ?c LIMIT 1")
    return str(rows[0]["c"])


def path_of(iri: str, source: Source) -> str:
    return iri[len(source.base):]


def parse(response: httpx.Response) -> Graph:
    media = response.headers["content-type"].split(";")[0]
    return read_rdf(response.content, PARSERS[media])


def test_thing_iri_answers_303_to_its_document_with_vary(server: str, source: Source) -> None:
    path = path_of(first_company(source), source)
    for accept in (BROWSER, "text/turtle", "*/*"):
        r = httpx.get(server + path, headers={"Accept": accept})
        assert r.status_code == 303
        assert r.headers["location"] == path.replace("/id/", "/doc/", 1)
        assert r.headers["vary"] == "Accept"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (BROWSER, "text/html"),
        ("*/*", "text/turtle"),
        ("", "text/turtle"),
        ("application/rdf+xml;q=0.9,text/turtle", "text/turtle"),
        ("text/turtle;q=0.9,application/ld+json", "application/ld+json"),
        ("application/n-triples", "application/n-triples"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("text/*;q=0.5, application/ld+json;q=0.4", "text/turtle"),
        ("application/ld+json;q=0, */*;q=0.1", "text/turtle"),
        ("text/html;q=0.2, application/n-triples;q=0.3", "application/n-triples"),
    ],
)
def test_document_negotiates_with_quality_values(server: str, source: Source, accept: str, expected: str) -> None:
    doc = path_of(first_company(source), source).replace("/id/", "/doc/", 1)
    r = httpx.get(server + doc, headers={"Accept": accept} if accept else {})
    assert r.status_code == 200
    assert r.headers["content-type"] == f"{expected}; charset=utf-8"
    assert r.headers["vary"] == "Accept"
    ext = {v: k for k, v in RDF_TYPES.items()}.get(expected, "html")
    assert r.headers["content-location"] == f"{doc}.{ext}"
    links = r.headers["link"]
    for fmt_ext, media in [*RDF_TYPES.items(), ("html", "text/html")]:
        assert f'<{doc}.{fmt_ext}>; rel="alternate"; type="{media}"' in links


def test_every_format_url_gives_the_same_graph(server: str, source: Source) -> None:
    iri = first_company(source)
    doc = path_of(iri, source).replace("/id/", "/doc/", 1)
    graphs = []
    for ext, media in RDF_TYPES.items():
        r = httpx.get(f"{server}{doc}.{ext}", headers={"Accept": "image/png"})  # the extension wins over Accept
        assert r.status_code == 200
        assert r.headers["content-type"].startswith(media)
        assert "vary" not in r.headers
        graphs.append(parse(r))
    assert all(isomorphic(graphs[0], g) for g in graphs[1:])
    # what the store says about the company, and the document's topic
    expected = {(URIRef(iri), p, o) for p, o in ((t[1], t[2]) for t in source.outbound(iri))}
    assert expected <= set(graphs[0])
    assert (URIRef(f"{source.base}{doc}"), URIRef("http://xmlns.com/foaf/0.1/primaryTopic"), URIRef(iri)) in graphs[0]
    html = httpx.get(f"{server}{doc}.html")
    assert html.headers["content-type"] == "text/html; charset=utf-8"
    assert '<link rel="canonical"' in html.text


def test_unknown_iri_is_404_in_the_asked_format(server: str) -> None:
    r = httpx.get(f"{server}/doc/company/no-such-company", headers={"Accept": "text/turtle"})
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/turtle")
    assert len(Graph().parse(data=r.text, format="turtle")) == 0
    r = httpx.get(f"{server}/doc/company/no-such-company", headers={"Accept": "application/ld+json"})
    assert r.status_code == 404
    assert "not found" in json.loads(r.text)["error"]
    r = httpx.get(f"{server}/id/company/no-such-company", headers={"Accept": BROWSER})
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert httpx.get(f"{server}/doc/company/no-such-company.nt").status_code == 404


def test_unsupported_media_type_is_406(server: str, source: Source) -> None:
    path = path_of(first_company(source), source)
    for url in (server + path, server + path.replace("/id/", "/doc/", 1)):
        r = httpx.get(url, headers={"Accept": "image/png, application/pdf;q=0.5"})
        assert r.status_code == 406
        assert "text/turtle" in r.text


def test_revalidation_answers_304(server: str, source: Source) -> None:
    doc = path_of(first_company(source), source).replace("/id/", "/doc/", 1) + ".ttl"
    first = httpx.get(server + doc)
    again = httpx.get(server + doc, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert first.headers["access-control-allow-origin"] == "*"


def test_company_page_shows_labels_facts_evidence_and_flags(server: str, source: Source) -> None:
    labelled = source.select("SELECT ?c ?en ?zh WHERE { ?c a fkg:Company ; rdfs:label ?en, ?zh "
                             "FILTER(lang(?en) = 'en' && lang(?zh) = 'zh') } LIMIT 1")[0]
    page = httpx.get(server + path_of(str(labelled["c"]), source).replace("/id/", "/doc/", 1) + ".html").text
    assert str(labelled["en"]) in page and f'<span lang="zh" class="zh">{labelled["zh"]}</span>' in page
    flagged = source.select(
        "SELECT ?c ?obs ?stated ?reason WHERE { ?obs fkg:subject ?c ; fkg:plausible false ; fkg:statedText ?stated ;"
        " fkg:implausibilityReason ?reason . ?c a fkg:Company } LIMIT 1")[0]
    page = httpx.get(server + path_of(str(flagged["c"]), source).replace("/id/", "/doc/", 1) + ".html").text
    n_facts = len(source.select(f"SELECT DISTINCT ?o WHERE {{ ?o fkg:subject <{flagged['c']}> }}"))
    assert page.count('<tr class="fact') == n_facts
    assert f"<mark>{flagged['stated']}</mark>" in page
    assert '<tr class="fact implausible">' in page and str(flagged["reason"]) in page
    assert "<script" not in page.replace('<script type="application/ld+json">', "")
    # the embedded JSON-LD names the company
    data = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    assert data is not None
    graph = read_rdf(data.group(1).replace("<\\/", "</"), "json-ld")
    assert (flagged["c"], None, None) in graph


def test_observation_page_highlights_the_figure_at_its_offsets(server: str, source: Source) -> None:
    row = source.select(
        "SELECT ?obs ?text ?sstart ?qs ?qe WHERE { ?obs fkg:sourceSentence ?s ; fkg:statement/oa:hasSelector ?sel . "
        "?s rdf:value ?text ; fkg:start ?sstart . ?sel oa:start ?qs ; oa:end ?qe } ORDER BY ?obs LIMIT 1")[0]
    start, end = int(row["qs"]) - int(row["sstart"]), int(row["qe"]) - int(row["sstart"])
    page = httpx.get(server + path_of(str(row["obs"]), source).replace("/id/", "/doc/", 1) + ".html").text
    assert f"<mark>{str(row['text'])[start:end]}</mark>" in page


def test_ontology_is_documented_in_html_and_served_as_turtle(server: str) -> None:
    html = httpx.get(f"{server}/ontology", headers={"Accept": BROWSER})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "ListedCompany" in html.text
    ttl = httpx.get(f"{server}/ontology", headers={"Accept": "text/turtle"})
    assert ttl.headers["vary"] == "Accept"
    graph = Graph().parse(data=ttl.text, format="turtle")
    assert (URIRef("https://w3id.org/finkg/ontology#ListedCompany"), None, None) in graph


def test_home_page_has_counts_examples_and_a_form(server: str, source: Source) -> None:
    page = httpx.get(server + "/").text
    n = int(str(source.select("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a fkg:Observation }")[0]["n"]))
    assert f"<strong>{n:,}</strong> facts" in page
    assert page.count('class="example"') == 2
    assert '<form action="sparql" method="get">' in page
    link = re.search(r'class="example" href="([^"]+)"', page)
    assert link is not None
    answer = httpx.get(f"{server}/{link.group(1).replace('&amp;', '&')}", headers={"Accept": BROWSER})
    assert answer.status_code == 200 and "result(s)" in answer.text


@pytest.mark.parametrize("path", ["/download/../../etc/passwd", "/download/..%2F..%2Fetc%2Fpasswd",
                                  "/download/%2e%2e/%2e%2e/etc/passwd", "/download/..%252F..%252Fetc%252Fpasswd",
                                  "/download/%2Fetc%2Fpasswd"])
def test_download_refuses_path_traversal(server: str, path: str) -> None:
    with httpx.Client() as client:
        request = client.build_request("GET", server)
        request.url = request.url.copy_with(raw_path=path.encode())
        r = client.send(request)
    assert r.status_code in (400, 404)
    assert "root:" not in r.text
