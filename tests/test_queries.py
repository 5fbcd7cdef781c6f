"""Every analyst question in queries/ runs on the seed report's graph and gives the answer its text gives."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
import yaml

from finkg.config import Settings
from finkg.mapping import prefixes
from finkg.pipeline import SEED, build, graph_names
from finkg.query import read_query, run
from finkg.store import OxigraphStore, open_store

ROOT = Path(__file__).resolve().parents[1]
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
EXPECTED = Path(__file__).parent / "data" / "queries"

# Questions the extractor cannot answer yet, with what it is missing; strict=False so a fix shows as XPASS.
PENDING: dict[str, str] = {
}


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    root = tmp_path_factory.mktemp("seed")
    settings = Settings(kg_dir=root / "kg", store_dir=root / "store")
    build([SEED], settings)
    inferred, _ = graph_names(settings)
    with open_store(settings.store_dir, inferred, read_only=True, prefixes=prefixes(settings.base_iri)) as store:
        yield store


def _cell(term: object) -> str:
    """A cell as its lexical form (numbers are compared by value later)."""
    return "" if term is None else str(term)


def _matches(expected: object, actual: str) -> bool:
    if isinstance(expected, list):
        return any(_matches(option, actual) for option in expected)
    try:
        return Decimal(str(expected)) == Decimal(actual)
    except InvalidOperation:
        return str(expected) == actual


def _same_rows(expected: list[list[object]], actual: list[list[str]]) -> bool:
    """Equal as multisets of rows, cells compared as numbers where both are numbers."""
    remaining = list(actual)
    for row in expected:
        hit = next((a for a in remaining if len(a) == len(row) and all(map(_matches, row, a))), None)
        if hit is None:
            return False
        remaining.remove(hit)
    return not remaining


def _params() -> list[object]:
    marks = {name: pytest.mark.xfail(reason=why, strict=False) for name, why in PENDING.items()}
    return [pytest.param(path, id=path.stem, marks=marks.get(path.stem, ())) for path in QUERIES]


def test_there_are_at_least_20_questions_each_with_a_header_and_an_answer() -> None:
    assert len(QUERIES) >= 20
    for path in QUERIES:
        assert read_query(path).question, f"{path.name} has no '# Question:' header"
        assert (EXPECTED / f"{path.stem}.yaml").is_file(), f"{path.name} has no expected answer"


@pytest.mark.slow
@pytest.mark.parametrize("path", _params())
def test_query_gives_the_answer_of_the_text(seed_store: OxigraphStore, path: Path) -> None:
    expected = yaml.safe_load((EXPECTED / f"{path.stem}.yaml").read_text(encoding="utf-8"))["rows"]
    result = run(seed_store, read_query(path))
    actual = [[_cell(v) for v in row] for row in result.rows]
    assert _same_rows(expected, actual), f"expected {expected}\n got {actual}"
