"""`finkg validate`: SHACL-check RDF files against finkg's shapes and print a readable report."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import click

from ..config import load_settings
from ..errors import ValidationFailed
from ..validate import render, validate
from ..validate.files import read_graph
from . import cli


@cli.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Other SHACL shapes.")
@click.option("--ceiling", type=Decimal, help="Plausibility ceiling for CNY amounts (default from settings, 1e14).")
def validate_command(files: tuple[Path, ...], shapes: Path | None, ceiling: Decimal | None) -> None:
    """Validate FILES (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) as one graph: `finkg validate kg/*.trig`.

    Exits 1 when a shape with severity Violation fails; warnings are printed and exit 0.
    """
    data = read_graph(files)
    report = validate(data, shapes=shapes, cny_ceiling=ceiling or load_settings().cny_ceiling)
    click.echo(render(report, evidence=data))
    if report.violations:
        names = ", ".join(str(f) for f in files)
        raise ValidationFailed(f"{names}: {len(report.violations)} SHACL violations")
