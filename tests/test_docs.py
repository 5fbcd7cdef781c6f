"""README stays true: every command, every SPARQL question and every stage package is in it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from finkg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented(command: str) -> None:
    assert re.search(rf"`finkg {re.escape(command)}\b", README), f"`finkg {command}` is missing from README"


@pytest.mark.parametrize("query", sorted(p.name for p in (ROOT / "queries").glob("*.rq")))
def test_every_question_is_listed(query: str) -> None:
    assert f"`{query}`" in README


def test_every_query_states_its_question() -> None:
    for path in (ROOT / "queries").glob("*.rq"):
        assert path.read_text(encoding="utf-8").startswith("# Question: "), path.name


@pytest.mark.parametrize("stage", ["read", "extract", "resolve", "check", "mapping", "validate", "store", "query",
                                   "export", "publish"])
def test_every_stage_is_in_the_pipeline_section(stage: str) -> None:
    assert (ROOT / "src" / "finkg" / stage).is_dir()
    assert f"{stage}/" in README


def test_the_quick_start_has_exactly_two_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split()[0:2] for line in quick.strip().splitlines()] == [["make", "kg"], ["make", "test"]]
