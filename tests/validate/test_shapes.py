"""Every case of tests/data/shapes/ against ontology/shapes.ttl.

A case is `_base.ttl` (a valid small document) plus one file; the file's `# expect: Severity shape "message"`
lines list the results it must produce. A case with no expected violation must have none, and no
violation may appear that a case does not expect.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

from finkg.validate import ValidationReport, render, validate
from finkg.validate.report import FKGSH, SH, short
from finkg.validate.shacl import SHAPES

CASES = Path(__file__).parents[1] / "data" / "shapes"
_EXPECT = re.compile(r'^# expect: (Violation|Warning) (fkgsh:\w+) "(.+)"$', re.MULTILINE)


def _expectations(case: Path) -> list[tuple[str, str, str]]:
    return _EXPECT.findall(case.read_text(encoding="utf-8"))


def _case_graph(case: Path) -> Graph:
    return Graph().parse(CASES / "_base.ttl").parse(case)


def _case_ids() -> list[Path]:
    return sorted(p for p in CASES.glob("*.ttl") if not p.name.startswith("_"))


@pytest.fixture(scope="module")
def base_report() -> ValidationReport:
    return validate(Graph().parse(CASES / "_base.ttl"))


def test_base_document_conforms_without_warnings(base_report: ValidationReport) -> None:
    assert base_report.conforms and base_report.results == (), render(base_report)


@pytest.mark.parametrize("case", _case_ids(), ids=lambda p: p.stem)
def test_case(case: Path) -> None:
    expected = _expectations(case)
    assert case.stem.startswith("valid") == (not expected), "only valid-* cases expect nothing"
    report = validate(_case_graph(case))
    found = {(r.severity, short(r.shape), r.message) for r in report.results}
    for severity, shape, message in expected:
        assert any(f[:2] == (severity, shape) and message in f[2] for f in found), (
            f"missing {severity} {shape} {message!r}\n{render(report)}"
        )
    unexpected = [f for f in found if not any(f[:2] == e[:2] and e[2] in f[2] for e in expected)]
    assert unexpected == [], render(report)
    assert report.conforms == (not any(s == "Violation" for s, _, _ in expected))


def test_every_shape_has_a_failing_case() -> None:
    shapes = Graph().parse(SHAPES)
    named = {short(s) for s in shapes.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)}
    covered = {shape for case in _case_ids() for _, shape, _ in _expectations(case)}
    assert named - covered == set()


def test_ceiling_is_configurable(base_report: ValidationReport) -> None:
    report = validate(Graph().parse(CASES / "_base.ttl"), cny_ceiling=Decimal("1e9"))
    flagged = {str(r.focus).rsplit("/", 1)[-1] for r in report.warnings if r.shape == FKGSH.CnyCeilingShape}
    assert flagged == {"t1-q1"}  # 12 billion yuan is above 1e9; 300 million is not
    assert base_report.warnings == ()


def test_render_names_node_shape_message_and_source_sentence() -> None:
    graph = _case_graph(CASES / "invalid-change-base.ttl")
    text = render(validate(graph), evidence=graph)
    assert "does not conform: 1 violation, 0 warnings" in text
    assert "Violation: id:observation/t1-q9 [fkgsh:ChangeBaseShape]" in text
    assert "source sentence 0: The 40 widget companies earned 12 billion yuan" in text


@pytest.mark.parametrize(
    "name",
    ["invalid-cohort-size", "warn-cohort-approx", "invalid-cohort-cycle", "invalid-change-base", "warn-implausible"],
)
def test_graph_wide_sparql_finds_what_pyshacl_finds_per_node(name: str) -> None:
    """The sh:sparql constraints run once over the graph give pyshacl's own per-focus-node results."""
    from pyshacl import validate as pyshacl_validate

    from finkg.validate.shacl import ontology_graph
    from finkg.validate.sparql import sparql_shapes

    shapes = Graph().parse(SHAPES)
    sparql = {s.shape for s in sparql_shapes(shapes)}
    data = _case_graph(CASES / f"{name}.ttl") + ontology_graph()
    _, results, _ = pyshacl_validate(data, shacl_graph=shapes, allow_warnings=True)
    assert isinstance(results, Graph)
    theirs = {
        (results.value(r, SH.focusNode), results.value(r, SH.sourceShape))
        for r in results.subjects(RDF.type, SH.ValidationResult)
        if results.value(r, SH.sourceShape) in sparql
    }
    ours = {(r.focus, r.shape) for r in validate(_case_graph(CASES / f"{name}.ttl")).results if r.shape in sparql}
    assert ours == theirs and ours
