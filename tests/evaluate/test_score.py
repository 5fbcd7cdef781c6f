"""The scorer on a small document written for these tests: exact metric values for known mistakes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from finkg.cli import cli
from finkg.errors import InputError
from finkg.evaluate.gold import Gold, load_gold
from finkg.evaluate.score import Scores, same_label, score
from finkg.evaluate.system import entities_from_rows, facts_from_rows, read_jsonl
from finkg.read import read_document

pytestmark = pytest.mark.issue(3)

DATA = Path(__file__).parent / "data"
GOLD, DOC = DATA / "harbor.gold.yaml", DATA / "harbor.txt"
FACTS, ENTITIES = DATA / "harbor.facts.jsonl", DATA / "harbor.entities.jsonl"


@pytest.fixture(scope="module")
def gold() -> Gold:
    return load_gold(GOLD, read_document(DOC))


def facts() -> list[dict[str, Any]]:
    return read_jsonl(FACTS)


def entities() -> list[dict[str, Any]]:
    return read_jsonl(ENTITIES)


def run(gold: Gold, fact_rows: list[dict[str, Any]], entity_rows: list[dict[str, Any]] | None = None) -> Scores:
    return score(gold, facts_from_rows(fact_rows), None if entity_rows is None else entities_from_rows(entity_rows))


def edit(rows: list[dict[str, Any]], surface_start: int, **changes: Any) -> list[dict[str, Any]]:
    """The rows with the one starting at `surface_start` changed (a value of None drops the key)."""
    out = []
    for row in rows:
        if row["start"] == surface_start:
            row = {**row, **changes}
        out.append({k: v for k, v in row.items() if v is not None})
    return out


def start_of(gold: Gold, ident: str) -> int:
    return next(q.start for q in gold.quantities if q.id == ident)


def test_gold_quantities_are_located_in_their_sentences(gold: Gold) -> None:
    text = DOC.read_text(encoding="utf-8")
    assert [text[q.start : q.end] for q in gold.quantities] == [q.surface for q in gold.quantities]
    assert gold.quantities[3].value == 1.8e12 and gold.quantities[3].plausible is False
    assert gold.names("storage-grew") == ("about 30 companies grew revenue",)
    assert gold.names("unknown-id") == ("unknown-id",)


def test_perfect_system_scores_one_everywhere(gold: Gold) -> None:
    scores = run(gold, facts(), entities())
    assert scores.pop("implausible.false_flags") == 0.0
    assert set(scores.values()) == {1.0}
    assert len(scores) == 27


def test_missing_quantity_lowers_recall_only(gold: Gold) -> None:
    rows = [r for r in facts() if r["start"] != start_of(gold, "q3")]
    scores = run(gold, rows)
    assert scores["quantity.detect.P"] == 1.0
    assert scores["quantity.detect.R"] == pytest.approx(8 / 9)
    assert scores["quantity.value+unit.R"] == pytest.approx(8 / 9)
    # the date q8 is no fact: 8 gold facts, 7 found, 7 non-date system facts
    assert (scores["fact.P"], scores["fact.R"]) == (1.0, pytest.approx(7 / 8))
    assert "entity.companies.P" not in scores


def test_wrong_unit_is_detected_but_not_exact(gold: Gold) -> None:
    scores = run(gold, edit(facts(), start_of(gold, "q2"), unit="percentage_point"))
    assert scores["quantity.detect.R"] == 1.0
    assert scores["quantity.value+unit.P"] == scores["quantity.value+unit.R"] == pytest.approx(8 / 9)
    assert scores["fact.P"] == scores["fact.R"] == pytest.approx(7 / 8)
    assert scores["attribute.kind.accuracy"] == 1.0  # over the 8 exact pairs only


def test_wrong_value_and_spurious_quantity(gold: Gold) -> None:
    rows = [*edit(facts(), start_of(gold, "q1"), value=12.5e8), {"start": 0, "end": 6, "value": 1, "unit": "count"}]
    scores = run(gold, rows)
    assert scores["quantity.detect.P"] == pytest.approx(9 / 10)
    assert scores["quantity.value+unit.P"] == pytest.approx(8 / 10)
    assert scores["quantity.value+unit.F1"] == pytest.approx(2 * 0.8 * (8 / 9) / (0.8 + 8 / 9))


def test_attribute_accuracies_count_each_attribute(gold: Gold) -> None:
    rows = edit(facts(), start_of(gold, "q7"), qualifier="exact", period="FY2023")
    rows = edit(rows, start_of(gold, "q5"), measure="revenue", kind="level")
    scores = run(gold, rows)
    for attr in ("qualifier", "period", "measure", "kind"):
        assert scores[f"attribute.{attr}.accuracy"] == pytest.approx(8 / 9), attr
    assert scores["fact.R"] == pytest.approx(7 / 8)  # the wrong measure loses the fact; the wrong period does not


def test_cohort_subject_matches_by_size_or_label(gold: Gold) -> None:
    q6 = start_of(gold, "q6")
    wrong_size = run(gold, edit(facts(), q6, subject="", subject_size=41))
    assert wrong_size["attribute.subject.accuracy"] == pytest.approx(8 / 9)
    by_label = run(gold, edit(facts(), q6, subject="the 40 storage companies on the STAR Market", subject_size=None))
    assert by_label["attribute.subject.accuracy"] == 1.0
    wrong_company = run(gold, edit(facts(), start_of(gold, "q1"), subject="Lakeview Bio"))
    assert wrong_company["attribute.subject.accuracy"] == pytest.approx(8 / 9)


def test_implausible_flags_and_corrections(gold: Gold) -> None:
    q4 = start_of(gold, "q4")
    unflagged = run(gold, edit(facts(), q4, plausible=True, corrected_value=None))
    assert (unflagged["implausible.recall"], unflagged["implausible.corrected"]) == (0.0, 0.0)
    wrong_fix = run(gold, edit(facts(), q4, corrected_value=1.8e11))
    assert (wrong_fix["implausible.recall"], wrong_fix["implausible.corrected"]) == (1.0, 0.0)
    false_flag = run(gold, edit(facts(), start_of(gold, "q1"), plausible=False))
    assert false_flag["implausible.false_flags"] == 1.0 and false_flag["implausible.recall"] == 1.0


def test_entity_scores(gold: Gold) -> None:
    rows = [e for e in entities() if e["label"] != "Pinecrest Labs"]
    rows.append({"type": "Company", "label": "Northwind Holdings"})
    scores = run(gold, facts(), rows)
    assert scores["entity.companies.R"] == pytest.approx(2 / 3)
    assert scores["entity.companies.P"] == pytest.approx(2 / 3)
    assert scores["entity.organizations.F1"] == 1.0
    wrong_type = [{**e, "event_type": "financing"} if e["type"] == "Event" else e for e in entities()]
    assert run(gold, facts(), wrong_type)["event.F1"] == 0.0
    wrong_object = [{**e, "object": "Harbor Chip"} if e["type"] == "Event" else e for e in entities()]
    assert run(gold, facts(), wrong_object)["event.R"] == 0.0


def test_no_entities_found_scores_zero_precision(gold: Gold) -> None:
    scores = run(gold, facts(), [])
    assert scores["entity.companies.P"] == 0.0 and scores["entity.companies.R"] == 0.0
    assert scores["event.P"] == 0.0


def test_labels_match_despite_suffixes_quotes_and_case() -> None:
    assert same_label("HARBOR CHIP Co., Ltd.", ["Harbor Chip"])
    assert same_label("\u201cKestrel\u201d flash controller", ["Kestrel flash controller"])
    assert not same_label("Lakeview Bio", ["Pinecrest Labs"])
    assert not same_label("", ["Harbor Chip"])


def test_surface_missing_from_document_names_the_quantity(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gold.yaml"
    bad.write_text(GOLD.read_text(encoding="utf-8").replace("surface: 18%", "surface: 19%"), encoding="utf-8")
    with pytest.raises(InputError, match=r"q2: surface '19%' is nowhere"):
        load_gold(bad, read_document(DOC))


def test_cli_prints_table_and_overall_line() -> None:
    args = ["score", str(GOLD), str(DOC), "--facts", str(FACTS), "--entities", str(ENTITIES)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1] == "overall F1=1.000"
    assert any("quantity.value+unit" in line and "1.000" in line for line in lines)
    as_json = CliRunner().invoke(cli, [*args, "--json"])
    assert json.loads(as_json.output)["fact.F1"] == 1.0


def test_cli_reports_a_broken_facts_file(tmp_path: Path) -> None:
    broken = tmp_path / "facts.jsonl"
    broken.write_text('{"start": 1}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["score", str(GOLD), str(DOC), "--facts", str(broken), "--entities", str(ENTITIES)]
    )
    assert result.exit_code == 2
    assert "facts.jsonl:2: not JSON" in result.output


def test_cli_scores_finkgs_own_extraction_by_default() -> None:
    result = CliRunner().invoke(cli, ["score", str(GOLD), str(DOC), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert {"fact.F1", "entity.companies.F1", "event.F1"} <= scores.keys()
    assert scores["quantity.detect.R"] > 0.5  # the extractor finds most numbers of a plain document


def test_a_measure_gold_files_coined_for_a_scheme_measure_is_read_as_the_schemes(tmp_path: Path) -> None:
    text = GOLD.read_text(encoding="utf-8")
    coined = tmp_path / "harbor.gold.yaml"
    coined.write_text(text.replace("measure: net_profit", "measure: sales_volume", 1), encoding="utf-8")
    assert "units_shipped" in {q.measure for q in load_gold(coined, read_document(DOC)).quantities}
