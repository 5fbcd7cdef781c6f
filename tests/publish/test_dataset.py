"""The dataset description (VoID, DCAT-AP) and the dumps it describes."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef

from finkg.publish.source import Source

pytestmark = [pytest.mark.issue(7), pytest.mark.slow]

DCAT_AP = Path(__file__).parent.parent / "data" / "dcat-ap"
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
FORMATS = {"finkg.trig.gz": ox.RdfFormat.TRIG, "finkg.nq.gz": ox.RdfFormat.N_QUADS,
           "finkg.jsonld.gz": ox.RdfFormat.JSON_LD}


def description(server: str, path: str = "/dataset") -> Graph:
    r = httpx.get(server + path, headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    return Graph().parse(data=r.text, format="turtle")


def test_void_is_at_the_well_known_path_and_the_dataset_path(server: str) -> None:
    assert len(description(server, "/.well-known/void")) == len(description(server, "/dataset")) > 0
    assert httpx.get(f"{server}/dataset.jsonld").headers["content-type"].startswith("application/ld+json")


def test_each_dump_reloads_to_the_void_triple_count(server: str, source: Source) -> None:
    graph = description(server)
    dataset = URIRef(f"{source.base}/dataset")
    triples = graph.value(dataset, VOID.triples)
    assert isinstance(triples, Literal)
    dumps = {str(o) for o in graph.objects(dataset, VOID.dataDump)}
    assert dumps == {f"{server}/download/{name}" for name in FORMATS}
    for name, fmt in FORMATS.items():
        data = gzip.decompress(httpx.get(f"{server}/download/{name}").content)
        assert len(list(ox.parse(data, format=fmt))) == int(triples) == len(list(source.quads()))


def test_distributions_carry_the_true_size_and_checksum(server: str) -> None:
    graph = description(server)
    sums = dict(line.split()[::-1] for line in httpx.get(f"{server}/download/SHA256SUMS").text.splitlines())
    for dist in graph.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), DCAT.Distribution):
        url = graph.value(dist, DCAT.downloadURL)
        data = httpx.get(str(url)).content
        assert int(graph.value(dist, DCAT.byteSize)) == len(data)  # type: ignore[arg-type]
        checksum = graph.value(graph.value(dist, SPDX.checksum), SPDX.checksumValue)
        assert str(checksum) == hashlib.sha256(data).hexdigest() == sums[str(url).rsplit("/", 1)[1]]


def test_class_partitions_count_the_instances(server: str, source: Source) -> None:
    graph = description(server)
    parts = {graph.value(p, VOID["class"]): int(graph.value(p, VOID.entities))  # type: ignore[arg-type]
             for p in graph.objects(URIRef(f"{source.base}/dataset"), VOID.classPartition)}
    company = URIRef("https://w3id.org/finkg/ontology#Company")
    n = len(source.select("SELECT DISTINCT ?c WHERE { ?c a fkg:Company }"))
    assert parts[company] == n > 0


def test_the_description_passes_the_dcat_ap_shapes(server: str) -> None:
    data = description(server) + Graph().parse(DCAT_AP / "background.ttl")
    shapes = Graph()
    for name in ("shapes.ttl", "range.ttl", "shapes_recommended.ttl"):
        shapes.parse(DCAT_AP / name)
    conforms, report, text = validate(data, shacl_graph=shapes, allow_warnings=True)
    violations = list(report.subjects(URIRef("http://www.w3.org/ns/shacl#resultSeverity"),
                                      URIRef("http://www.w3.org/ns/shacl#Violation")))
    assert conforms and not violations, text
