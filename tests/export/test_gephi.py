"""GEXF 1.3 and GraphML 1.1: valid against the published schemas, read back by networkx unchanged."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from lxml import etree
from rdf_expect import BASE, expected_edges, expected_nodes, rdf_view, view_of
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace

from finkg.config import Settings
from finkg.export.gexf import NS as GEXF
from finkg.export.gexf import VIZ, write_gexf
from finkg.export.graphml import NS as GRAPHML
from finkg.export.graphml import write_graphml
from finkg.export.view import PropertyGraph, ViewOptions, to_networkx
from finkg.mapping.vocab import FKG

pytestmark = pytest.mark.issue(6)
SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"
ID = Namespace(f"{BASE}/id/")


class LocalSchemas(etree.Resolver):
    """Resolves the GraphML XSDs' absolute imports to the copies in tests/data/schemas."""

    PREFIX = "http://graphml.graphdrawing.org/xmlns/1.1/"

    def resolve(self, url: str, pubid: str, context: Any) -> Any:
        if url.startswith(self.PREFIX):
            return self.resolve_filename(str(SCHEMAS / "graphml" / "1.1" / url[len(self.PREFIX):]), context)
        return None


@pytest.fixture(scope="module")
def gexf_rng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "gexf" / "1.3" / "gexf.rng")))


@pytest.fixture(scope="module")
def gexf_xsd() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "gexf" / "1.3" / "gexf.xsd")))


@pytest.fixture(scope="module")
def graphml_xsd() -> etree.XMLSchema:
    parser = etree.XMLParser()
    parser.resolvers.add(LocalSchemas())
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "graphml" / "1.1" / "graphml.xsd"), parser))


def written(value: Any) -> Any:
    """A view value as the files hold it: dates in ISO 8601, lists as JSON arrays."""
    if isinstance(value, list):
        return json.dumps([written(v) for v in value], ensure_ascii=False)
    return value.isoformat() if isinstance(value, date | datetime) else value


def assert_same_graph(view: PropertyGraph, read: nx.MultiDiGraph, skip: set[str]) -> None:
    """Same nodes, same edges by kind, same attribute values as the view."""
    reference = to_networkx(view)
    assert set(read.nodes) == set(reference.nodes)
    for key, data in reference.nodes(data=True):
        got = read.nodes[key]
        assert got["type"] == data["type"] and got["iri"] == data["iri"] and got["label"] == data["label"]
        assert json.loads(got["labels"]) == [data["type"], *data["labels"]]
        for name, value in data.items():
            if name not in {"type", "iri", "label", "labels", *skip}:
                assert got[name] == written(value), (key, name)
    edges = sorted((u, v, d.get("kind") or d.get("label")) for u, v, d in read.edges(data=True))
    assert edges == sorted((u, v, k) for u, v, k in reference.edges(keys=True))


def test_seed_gexf_is_valid_and_reads_back(seed: Settings, tmp_path: Path, gexf_rng: etree.RelaxNG) -> None:
    out = tmp_path / "seed.gexf"
    with view_of(seed) as view:
        write_gexf(view, out)
        document = etree.parse(str(out))
        assert gexf_rng.validate(document), gexf_rng.error_log
        read = nx.read_gexf(out)
        assert_same_graph(view, read, skip=set())
        nodes, edges = expected_nodes(view), expected_edges(view)
    assert read.number_of_nodes() == sum(nodes.values()) and read.number_of_edges() == sum(edges.values())
    kinds = [e.get("kind") for e in document.iter(f"{{{GEXF}}}edge")]
    assert all(kinds) and {k: kinds.count(k) for k in set(kinds)} == edges
    ids = [e.get("id") for e in document.iter(f"{{{GEXF}}}edge")]
    assert len(set(ids)) == len(ids)
    assert document.find(f"{{{GEXF}}}graph").get("name") is None
    assert all(n.find(f"{{{VIZ}}}color") is not None for n in document.iter(f"{{{GEXF}}}node"))


def test_gexf_without_viz_also_passes_the_xsd(harbor: Settings, tmp_path: Path, gexf_xsd: etree.XMLSchema) -> None:
    out = tmp_path / "harbor.gexf"
    with view_of(harbor) as view:
        write_gexf(view, out)
    document = etree.parse(str(out))
    bare = copy.deepcopy(document)
    for element in list(bare.iter(f"{{{VIZ}}}color", f"{{{VIZ}}}size")):
        element.getparent().remove(element)
    assert gexf_xsd.validate(bare), gexf_xsd.error_log


def test_seed_graphml_is_valid_and_reads_back(seed: Settings, tmp_path: Path, graphml_xsd: etree.XMLSchema) -> None:
    out = tmp_path / "seed.graphml"
    with view_of(seed) as view:
        write_graphml(view, out)
        document = etree.parse(str(out))
        assert graphml_xsd.validate(document), graphml_xsd.error_log
        read = nx.read_graphml(out, force_multigraph=True)
        assert_same_graph(view, read, skip=set())
        assert read.number_of_edges() == sum(expected_edges(view).values())
    ids = [e.get("id") for e in document.iter(f"{{{GRAPHML}}}edge")]
    assert len(set(ids)) == len(ids)


def test_awkward_values_survive_both_formats(tmp_path: Path, gexf_rng: etree.RelaxNG,
                                             graphml_xsd: etree.XMLSchema) -> None:
    graph = Graph()
    company, event = ID["company/o-brien"], ID["event/e1"]
    graph.add((company, RDF.type, FKG.ListedCompany))
    graph.add((company, RDFS.label, Literal('O\'Brien "Q" \\ & <Co>\nLtd', lang="en")))
    graph.add((company, RDFS.label, Literal("奥布莱恩", lang="zh")))
    graph.add((event, RDF.type, FKG.Acquisition))
    graph.add((event, FKG.date, Literal("2031-02-03", datatype=XSD.date)))
    graph.add((event, FKG.note, Literal("a, b")))
    graph.add((event, FKG.note, Literal('say "c"')))
    graph.add((event, FKG.agent, company))
    graph.add((event, FKG.object, company))
    with rdf_view(graph, ViewOptions()) as view:
        write_gexf(view, tmp_path / "x.gexf")
        write_graphml(view, tmp_path / "x.graphml")
        assert gexf_rng.validate(etree.parse(str(tmp_path / "x.gexf"))), gexf_rng.error_log
        assert graphml_xsd.validate(etree.parse(str(tmp_path / "x.graphml"))), graphml_xsd.error_log
        for read in (nx.read_gexf(tmp_path / "x.gexf"), nx.read_graphml(tmp_path / "x.graphml", force_multigraph=True)):
            assert_same_graph(view, read, skip=set())
            assert read.nodes["company:o-brien"]["name"] == 'O\'Brien "Q" \\ & <Co>\nLtd'
            assert read.nodes["company:o-brien"]["name_zh"] == "奥布莱恩"
            assert json.loads(read.nodes["event:e1"]["note"]) == ["a, b", 'say "c"']
            assert read.nodes["event:e1"]["date"] == "2031-02-03"
            assert read.number_of_edges("event:e1", "company:o-brien") == 2
