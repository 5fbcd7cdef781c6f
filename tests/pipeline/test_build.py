"""build: validate before writing, atomic replacement, deterministic files, one graph per document."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic, to_canonical_graph

from finkg import pipeline
from finkg.config import Settings
from finkg.errors import ValidationFailed
from finkg.pipeline import build_extractions, graph_names
from finkg.records import Company, Extraction
from finkg.store import open_store
from finkg.store.oxigraph import to_rdflib
from graph_fixtures import TEXT, make_extraction

DOC = URIRef("https://w3id.org/finkg/id/document/harbor")


def settings_in(root: Path) -> Settings:
    return Settings(kg_dir=root / "kg", store_dir=root / "store")


def snapshot(settings: Settings) -> tuple[dict[str, bytes], bytes]:
    """Every kg/ file's bytes and the store's sorted N-Quads."""
    files = {p.name: p.read_bytes() for p in sorted(settings.kg_dir.iterdir())}
    inferred, _ = graph_names(settings)
    with open_store(settings.store_dir, inferred, read_only=True) as store:
        return files, store.dump()


def read_trig(path: Path) -> dict[URIRef, Graph]:
    """The named graphs of a TriG file."""
    graphs: dict[URIRef, Graph] = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        graph = graphs.setdefault(URIRef(quad.graph_name.value), Graph())
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graphs


def broken(extraction: Extraction) -> Extraction:
    """The extraction with a company whose ticker breaks the ticker pattern."""
    entities = tuple(
        dataclasses.replace(e, ticker="not a ticker") if isinstance(e, Company) and e.ticker else e
        for e in extraction.entities
    )
    return dataclasses.replace(extraction, entities=entities)


def test_build_writes_the_store_and_every_kg_file(tmp_path: Path, extraction: Extraction) -> None:
    settings = settings_in(tmp_path)
    report = build_extractions([extraction], settings)
    names = sorted(p.name for p in settings.kg_dir.iterdir())
    assert names == ["build-report.md", "context.jsonld", "finkg.trig", "harbor.jsonld", "harbor.ttl"]
    assert report.documents[0].doc_id == "harbor" and report.triples > 300
    assert ("fkg:Observation", 5) in report.documents[0].classes
    text = (settings.kg_dir / "build-report.md").read_text()
    assert "| fkg:Observation | 5 |" in text and "CnyCeilingShape" in text
    ttl = Graph().parse(settings.kg_dir / "harbor.ttl")
    assert len(ttl) == report.triples
    dataset = read_trig(settings.kg_dir / "finkg.trig")
    assert isomorphic(dataset[DOC], ttl)
    _, vocabularies = graph_names(settings)
    assert set(dataset) == {DOC, *vocabularies.values()}


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_jsonld_uses_the_published_context_and_holds_the_same_triples(tmp_path: Path, extraction: Extraction) -> None:
    settings = settings_in(tmp_path)
    build_extractions([extraction], settings)
    doc = json.loads((settings.kg_dir / "harbor.jsonld").read_text())
    context = json.loads((settings.kg_dir / "context.jsonld").read_text())["@context"]
    assert doc["@context"] == context and context["fkg"] == "https://w3id.org/finkg/ontology#"
    assert any(key.startswith("fkg:") for node in doc["@graph"] for key in node)  # compacted with the context
    from_jsonld = Graph().parse(settings.kg_dir / "harbor.jsonld", format="json-ld")
    assert isomorphic(from_jsonld, Graph().parse(settings.kg_dir / "harbor.ttl"))


def test_two_builds_are_byte_identical(tmp_path: Path, extraction: Extraction) -> None:
    first, second = settings_in(tmp_path / "a"), settings_in(tmp_path / "b")
    build_extractions([extraction], first)
    build_extractions([make_extraction()], second)
    files_a, store_a = snapshot(first)
    files_b, store_b = snapshot(second)
    assert files_a == files_b and store_a == store_b
    graphs = [Graph().parse(s.kg_dir / "harbor.ttl") for s in (first, second)]
    canonical = [sorted(to_canonical_graph(g).serialize(format="nt").splitlines()) for g in graphs]
    assert canonical[0] == canonical[1]


def test_a_violation_aborts_and_leaves_files_and_store_untouched(tmp_path: Path, extraction: Extraction) -> None:
    settings = settings_in(tmp_path)
    build_extractions([extraction], settings)
    before = snapshot(settings)
    with pytest.raises(ValidationFailed) as failure:
        build_extractions([broken(extraction)], settings)
    message = str(failure.value)
    assert "company/alpha-robotics" in message and "CompanyShape" in message
    assert "Alpha Robotics plans to acquire Beta Sensors" in message  # the source sentence
    assert snapshot(settings) == before
    assert not list(settings.kg_dir.glob(".*.tmp"))


def test_a_data_cube_violation_aborts_too(
    tmp_path: Path, extraction: Extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every fact has its own fkg:statement dimension, so no extraction can produce an IC violation
    # that SHACL lets through; the gate's own abort path is exercised with a failing check.
    monkeypatch.setattr(pipeline, "failing_constraints", lambda graph: ["IC-12"])
    with pytest.raises(ValidationFailed, match="IC-12"):
        build_extractions([extraction], settings_in(tmp_path))
    assert not (tmp_path / "kg").exists()


def test_rebuilding_one_document_replaces_its_graph_and_nothing_else(tmp_path: Path) -> None:
    settings = settings_in(tmp_path)
    build_extractions([make_extraction("one"), make_extraction("two")], settings)
    two_ttl = (settings.kg_dir / "two.ttl").read_bytes()
    inferred, _ = graph_names(settings)
    with open_store(settings.store_dir, inferred, read_only=True) as store:
        two_before = store.graph(URIRef("https://w3id.org/finkg/id/document/two"))
    build_extractions([make_extraction("one", TEXT.replace("annual review", "yearly review"))], settings)
    with open_store(settings.store_dir, inferred, read_only=True) as store:
        assert isomorphic(store.graph(URIRef("https://w3id.org/finkg/id/document/two")), two_before)
        one = store.graph(URIRef("https://w3id.org/finkg/id/document/one"))
    assert "yearly review" in one.serialize(format="nt")
    assert "annual review" not in one.serialize(format="nt")
    assert (settings.kg_dir / "two.ttl").read_bytes() == two_ttl
    trig = read_trig(settings.kg_dir / "finkg.trig")
    assert isomorphic(trig[URIRef("https://w3id.org/finkg/id/document/two")], two_before)
