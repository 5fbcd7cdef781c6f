"""Agreement of two annotations (`finkg agree`): a second annotator scored like a system."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from finkg.cli import cli
from finkg.evaluate.agreement import agreement
from finkg.evaluate.gold import load_gold
from finkg.read import read_document

pytestmark = pytest.mark.issue(3)

DATA = Path(__file__).parent / "data"
GOLD, OTHER, DOC = DATA / "harbor.gold.yaml", DATA / "harbor.second.gold.yaml", DATA / "harbor.txt"
CORPUS = Path(__file__).parents[1] / "data"
SECOND = CORPUS / "gold" / "second"
# Fact F1 of each second annotation against the first, as measured when it was written (see README).
AGREEMENT = {
    "food-leaders-2024-annual-results": 0.97,
    "star-market-2024-q1-q3-results": 0.98,
    "telecom-operators-2024-annual-results": 0.82,
}


def _gold_and_document() -> list[tuple[Path, Path]]:
    pairs = []
    for gold in sorted((CORPUS / "gold").glob("*.gold.yaml")):
        doc_id = gold.name.removesuffix(".gold.yaml")
        doc = CORPUS / "docs" / f"{doc_id}.txt"
        pairs.append((gold, doc if doc.exists() else Path(__file__).parents[2] / "corpus" / f"{doc_id}.txt"))
    return pairs


@pytest.mark.parametrize(("gold", "doc"), _gold_and_document(), ids=lambda p: p.name)
def test_an_annotation_agrees_with_itself(gold: Path, doc: Path) -> None:
    annotation = load_gold(gold, read_document(doc))
    scores = agreement(annotation, annotation)
    assert scores["fact.F1"] == 1.0
    assert scores["quantity.value+unit.F1"] == 1.0
    assert scores["attribute.measure.accuracy"] == scores["attribute.period.accuracy"] == 1.0
    assert scores["entity.companies.F1"] == scores["event.R"] == 1.0


def test_disagreements_cost_what_they_should() -> None:
    doc = read_document(DOC)
    scores = agreement(load_gold(GOLD, doc), load_gold(OTHER, doc))
    # 8 facts in the first annotation, 7 in the second; q2's measure and q7's subject differ: 5 agree.
    assert scores["fact.P"] == pytest.approx(5 / 7)
    assert scores["fact.R"] == pytest.approx(5 / 8)
    assert scores["attribute.measure.accuracy"] == pytest.approx(7 / 8)  # of the 8 quantities both have
    assert scores["event.R"] == 0.0  # agent and object swapped
    assert scores["entity.companies.F1"] == 1.0


def test_agree_cli_prints_the_table_and_json() -> None:
    args = ["agree", str(GOLD), str(OTHER), str(DOC)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "finkg agree" in result.output and "overall F1=0.667" in result.output
    as_json = CliRunner().invoke(cli, [*args, "--json"])
    assert json.loads(as_json.output)["fact.F1"] == pytest.approx(2 / 3)


def test_agree_cli_names_a_broken_annotation(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gold.yaml"
    broken.write_text("quantities:\n- {id: q1, sentence: 1, surface: 99 parsecs, value: 1, unit: count}\n")
    result = CliRunner().invoke(cli, ["agree", str(GOLD), str(broken), str(DOC)])
    assert result.exit_code != 0
    assert "broken.gold.yaml" in result.output and "99 parsecs" in result.output


@pytest.mark.parametrize("doc_id", sorted(AGREEMENT))
def test_second_annotations_agree_as_recorded(doc_id: str) -> None:
    doc = read_document(CORPUS / "docs" / f"{doc_id}.txt")
    first = load_gold(CORPUS / "gold" / f"{doc_id}.gold.yaml", doc)
    scores = agreement(first, load_gold(SECOND / f"{doc_id}.gold.yaml", doc))
    assert scores["fact.F1"] == pytest.approx(AGREEMENT[doc_id], abs=0.005)


def test_every_second_annotation_is_recorded() -> None:
    assert {p.name.removesuffix(".gold.yaml") for p in SECOND.glob("*.gold.yaml")} == set(AGREEMENT)
