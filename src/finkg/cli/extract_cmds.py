"""`finkg facts` and `finkg entities`: what the extractor finds in a document, as rows."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from ..config import load_settings
from ..extract.rows import FACT_FIELDS, entity_rows, fact_rows
from ..pipeline import analyze
from . import cli

_DOCUMENT = click.argument("document", type=click.Path(path_type=Path))


def _emit(rows: list[dict[str, Any]], fields: tuple[str, ...], fmt: str, title: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(out.getvalue(), nl=False)
    else:
        table = Table(title=title, show_lines=False)
        for name in fields:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(name) is None else str(row.get(name)) for name in fields))
        Console(width=200).print(table)


@cli.command()
@_DOCUMENT
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True)
def facts(document: Path, fmt: str) -> None:
    """Every figure of DOCUMENT with its subject, measure, period and flags."""
    rows = fact_rows(analyze(document, load_settings()))
    fields = FACT_FIELDS if fmt != "table" else (
        "id", "text", "value", "unit", "qualifier", "kind", "subject", "measure", "period", "base", "plausible")
    _emit(rows, fields, fmt, f"{len(rows)} facts in {document}")


@cli.command()
@_DOCUMENT
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def entities(document: Path, fmt: str) -> None:
    """Every company, organization, cohort, sector, product and event of DOCUMENT."""
    rows = entity_rows(analyze(document, load_settings()))
    _emit(rows, ("type", "ref", "label", "aliases", "mentions"), fmt, f"{len(rows)} entities in {document}")
