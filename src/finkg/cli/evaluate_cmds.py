"""`finkg score` and `finkg agree`: an extraction, or a second annotator, scored against a gold annotation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from ..evaluate.agreement import agreement
from ..evaluate.gold import load_gold
from ..evaluate.score import Scores, score
from ..evaluate.system import entities_from_rows, facts_from_rows, read_jsonl
from ..read import read_document
from ..records import Document
from . import cli

_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
_PRF = ("P", "R", "F1")


@cli.command("score")
@click.argument("gold", type=_FILE)
@click.argument("document", type=_FILE)
@click.option("--facts", type=_FILE, help="JSON lines of `finkg facts --format jsonl`; default: run finkg's extractor.")
@click.option("--entities", type=_FILE, help="JSON lines of `finkg entities --format jsonl`; default: finkg's own.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def score_cmd(gold: Path, document: Path, facts: Path | None, entities: Path | None, as_json: bool) -> None:
    """Score facts and entities of DOCUMENT against GOLD, e.g. `finkg score q3.gold.yaml q3.txt`."""
    doc = read_document(document)
    fact_rows, entity_rows = _rows(doc, facts, entities)
    scores = score(load_gold(gold, doc), facts_from_rows(fact_rows), entities_from_rows(entity_rows))
    _print(scores, as_json, "finkg score")


@cli.command("agree")
@click.argument("gold", type=_FILE)
@click.argument("other", type=_FILE)
@click.argument("document", type=_FILE)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def agree_cmd(gold: Path, other: Path, document: Path, as_json: bool) -> None:
    """Score a second annotation OTHER of DOCUMENT against GOLD: how far two annotators agree.

    The fact F1 of two independent annotations is the ceiling to expect of any extractor there.
    """
    doc = read_document(document)
    _print(agreement(load_gold(gold, doc), load_gold(other, doc)), as_json, "finkg agree")


def _print(scores: Scores, as_json: bool, title: str) -> None:
    if as_json:
        click.echo(json.dumps(scores, indent=1))
        return
    Console().print(_table(scores, title))
    click.echo(f"overall F1={scores['fact.F1']:.3f}")


def _rows(doc: Document, facts: Path | None, entities: Path | None) -> tuple[list[Any], list[Any]]:
    """Rows from the given files; whichever is missing comes from finkg's own extraction of `doc`."""
    if facts is not None and entities is not None:
        return read_jsonl(facts), read_jsonl(entities)
    from ..check import check
    from ..config import load_settings
    from ..extract import extract
    from ..extract.rows import entity_rows, fact_rows

    extraction = check(extract(doc), load_settings())
    return (
        read_jsonl(facts) if facts is not None else list(fact_rows(extraction)),
        read_jsonl(entities) if entities is not None else list(entity_rows(extraction)),
    )


def _table(scores: Scores, title: str) -> Table:
    """One row per measure: P, R and F1 side by side, other scores in the last column."""
    table = Table(title=title)
    for column in ("measure", *_PRF, "score"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    rows: dict[str, dict[str, float]] = {}
    for key, value in scores.items():
        stem, _, last = key.rpartition(".")
        if last in _PRF:
            rows.setdefault(stem, {})[last] = value
        else:
            rows.setdefault(key, {})["score"] = value
    for name, cells in rows.items():
        table.add_row(name, *("" if cells.get(c) is None else f"{cells[c]:.3f}" for c in (*_PRF, "score")))
    return table
