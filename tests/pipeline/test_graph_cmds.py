"""`finkg build` and `finkg query` through the command line, as a user sees them."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from finkg import pipeline
from finkg.cli import cli
from finkg.config import Settings
from finkg.records import Company, Extraction
from graph_fixtures import make_extraction


def fake_analyze(path: Path | str, settings: Settings | None = None) -> Extraction:
    """The hand-made extraction, named after the file, instead of the real extractor's."""
    extraction = make_extraction(Path(path).stem)
    if "broken" not in Path(path).stem:
        return extraction
    entities = tuple(dataclasses.replace(e, ticker="bad one") if isinstance(e, Company) and e.ticker else e
                     for e in extraction.entities)
    return dataclasses.replace(extraction, entities=entities)


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setattr(pipeline, "analyze", fake_analyze)
    monkeypatch.chdir(tmp_path)
    for name in ("harbor", "broken"):
        (tmp_path / f"{name}.txt").write_text("placeholder\n")
    return CliRunner()


def test_build_then_query(runner: CliRunner, tmp_path: Path) -> None:
    built = runner.invoke(cli, ["build", "harbor.txt", "--kg", "out", "--store", "db"])
    assert built.exit_code == 0, built.output
    assert "harbor: " in built.output and "triples" in built.output
    assert (tmp_path / "out" / "harbor.ttl").is_file()
    answer = runner.invoke(cli, ["query", "SELECT ?t WHERE { ?c fkg:ticker ?t }", "--store", "db", "--format", "json"])
    assert answer.exit_code == 0, answer.output
    assert json.loads(answer.output)["results"]["bindings"][0]["t"]["value"] == "688000"
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "funds.rq").write_text("# Question: Which funds?\nSELECT ?f { ?f a fkg:Fund }\n")
    named = runner.invoke(cli, ["query", "funds", "--store", "db", "--format", "csv"])
    assert named.output.splitlines() == ["f", "https://w3id.org/finkg/id/organization/gamma-fund"]


def test_violations_exit_1_with_the_report_and_write_nothing(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", "broken.txt", "--kg", "out", "--store", "db"])
    assert result.exit_code == 1
    assert "graph not written" in result.output and "CompanyShape" in result.output
    assert not (tmp_path / "out").exists()


def test_query_without_a_store_exits_3(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query", "ASK {}", "--store", "nowhere"])
    assert result.exit_code == 3 and "finkg build" in result.output


def test_bad_sparql_exits_1(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["build", "harbor.txt", "--kg", "out", "--store", "db"]).exit_code == 0
    result = runner.invoke(cli, ["query", "SELECT ?x WHERE {", "--store", "db"])
    assert result.exit_code == 1 and "SPARQL syntax" in result.output
