"""The screened core validation of a batch gives pyshacl's results, and a batch refuses only its broken documents."""

from __future__ import annotations

from collections import Counter
from itertools import chain
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace, URIRef

from finkg.config import Settings
from finkg.corpus.work import DocumentResult, _validated
from finkg.validate import ValidationReport, validate
from finkg.validate.report import FKG, SH
from finkg.validate.screen import Index, compiled, suspects, targeted
from finkg.validate.shacl import SHAPES, _shapes, ontology_graph, validate_core

CASES = Path(__file__).parents[1] / "data" / "shapes"
ID = "https://w3id.org/finkg/id/"
# a second observation with every dimension value of the base's transaction amount (Data Cube IC-12)
DUPLICATE = """@prefix fkg: <https://w3id.org/finkg/ontology#> . @prefix qb: <http://purl.org/linked-data/cube#> .
@prefix unit: <http://qudt.org/vocab/unit/> . @prefix o: <https://w3id.org/finkg/id/observation/> .
@prefix ds: <https://w3id.org/finkg/id/dataset/> . @prefix c: <https://w3id.org/finkg/id/company/> .
@prefix m: <https://w3id.org/finkg/id/measure/> . @prefix p: <https://w3id.org/finkg/id/period/> .
@prefix s: <https://w3id.org/finkg/id/sentence/> .
o:dup a fkg:Observation ; qb:dataSet ds:t1 ; fkg:subject c:acme-widgets ; fkg:measure m:transaction_amount ;
    fkg:period p:FY2024 ; fkg:kind fkg:level ; fkg:sourceSentence s:t1-1 ; fkg:value 1.0 ; fkg:unit unit:NUM ;
    fkg:qualifier fkg:exact ; fkg:statement <https://w3id.org/finkg/id/annotation/t1-q4#target> .
"""


def _cases() -> list[Path]:
    return sorted(p for p in CASES.glob("*.ttl") if not p.name.startswith("_"))


def _tally(report: ValidationReport) -> Counter[tuple[object, ...]]:
    return Counter((r.severity, r.focus, r.path, r.value, r.shape, r.message) for r in report.results)


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.stem)
def test_screened_results_are_pyshacl_results(case: Path) -> None:
    base, extra = Graph().parse(CASES / "_base.ttl"), Graph().parse(case)
    expected = validate(base + extra, sparql_constraints=False)
    found = validate_core([base, extra])
    assert _tally(found) == _tally(expected)
    assert found.conforms == expected.conforms


def test_the_screen_passes_a_valid_document_without_pyshacl() -> None:
    index = Index(chain(ontology_graph(), Graph().parse(CASES / "_base.ttl")))
    assert suspects(_shapes(SHAPES, None).screened, index) == {}


def test_a_shape_the_screen_does_not_know_is_left_whole_to_pyshacl() -> None:
    shapes = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:Known a sh:NodeShape ; sh:targetClass ex:Thing ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .
        ex:Closed a sh:NodeShape ; sh:targetClass ex:Thing ; sh:closed true .""",
        format="turtle",
    )
    ex = Namespace("http://example.org/")
    data = Graph().parse(data="<http://example.org/a> a <http://example.org/Thing> .", format="turtle")
    targets = compiled(shapes)
    found = suspects(targets, Index(data))
    assert found == {ex.Known: [ex.a]}
    rewritten = targeted(shapes, targets, found)
    assert set(rewritten.predicate_objects(ex.Closed)) == set(shapes.predicate_objects(ex.Closed))
    assert (ex.Known, SH.targetNode, ex.a) in rewritten and (ex.Known, SH.targetClass, ex.Thing) not in rewritten


def test_a_batch_refuses_only_the_document_that_breaks_the_data_cube() -> None:
    good = Graph(identifier=URIRef(ID + "document/good")).parse(CASES / "_base.ttl")
    bad = Graph(identifier=URIRef(ID + "document/bad")).parse(CASES / "_base.ttl")
    bad.parse(data=DUPLICATE, format="turtle")
    built = [(DocumentResult(source=g.identifier.rsplit("/", 1)[-1], key=""), g) for g in (good, bad)]
    out = {r.source: r for r in _validated(built, Settings())}
    assert out["good"].error == "" and out["good"].ntriples
    assert out["bad"].error == "bad: graph not written, it breaks the Data Cube constraints IC-12"


def test_a_violation_is_charged_to_the_document_holding_its_focus_node() -> None:
    good = Graph(identifier=URIRef(ID + "document/good")).parse(CASES / "_base.ttl")
    bad = Graph(identifier=URIRef(ID + "document/bad"))
    bad.add((URIRef(ID + "observation/lonely"), RDF.type, FKG.Observation))
    built = [(DocumentResult(source=g.identifier.rsplit("/", 1)[-1], key=""), g) for g in (good, bad)]
    out = {r.source: r for r in _validated(built, Settings())}
    assert out["good"].results == () and out["good"].error == ""
    assert out["bad"].violations and {r.focus for r in out["bad"].results} == {URIRef(ID + "observation/lonely")}
    assert out["bad"].error == f"bad: graph not written, {out['bad'].violations} SHACL violation(s)"


def test_the_screen_finds_the_focus_nodes_of_every_kind_of_target() -> None:
    shapes = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:Named a sh:NodeShape ; sh:property [ sh:path ex:name ; sh:minCount 1 ] ;
            sh:targetClass ex:Thing ; sh:targetSubjectsOf ex:s ; sh:targetObjectsOf ex:o ; sh:targetNode ex:n .""",
        format="turtle",
    )
    ex = Namespace("http://example.org/")
    data = Graph().parse(
        data="""@prefix ex: <http://example.org/> . ex:Sub <http://www.w3.org/2000/01/rdf-schema#subClassOf> ex:Thing .
        ex:a a ex:Sub . ex:b ex:s 1 . ex:c ex:o ex:d . ex:named a ex:Thing ; ex:name "x" .""",
        format="turtle",
    )
    assert suspects(compiled(shapes), Index(data)) == {ex.Named: [ex.a, ex.b, ex.d, ex.n]}
