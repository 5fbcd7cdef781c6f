"""`finkg export`: the graph for Gephi (GEXF, GraphML), Neo4j (CSV, Cypher, Bolt) and as a picture."""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..config import load_settings
from ..export.view import PropertyGraph, ViewOptions, open_view
from . import cli

PASSWORD_VARIABLE = "FINKG_NEO4J_PASSWORD"


def _view_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options every export shares: where the graph is read from and what the view shows."""

    @click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
                  help="Store directory (default .finkg/store or $FINKG_STORE).")
    @click.option("--trig", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                  help="Read a kg/ TriG file instead of the store.")
    @click.option("--base", "base_iri", help="Base IRI of minted IRIs (default https://w3id.org/finkg).")
    @click.option("--evidence/--no-evidence", default=True, show_default=True,
                  help="Include sections and sentences as nodes.")
    @click.option("--compact", is_flag=True, help="Observations become properties of their subjects.")
    @functools.wraps(command)
    def wrapper(store_dir: Path | None, trig: Path | None, base_iri: str | None, evidence: bool, compact: bool,
                **kwargs: Any) -> None:
        settings = load_settings().with_overrides(store_dir=store_dir, base_iri=base_iri)
        started = time.perf_counter()
        with open_view(settings, ViewOptions(evidence=evidence, observations=not compact), trig) as view:
            what = command(view, **kwargs)
            schema = view.schema()
        click.echo(f"{sum(schema.nodes.values())} nodes, {sum(schema.edges.values())} edges -> {what} "
                   f"({time.perf_counter() - started:.1f} s)")

    return wrapper


@cli.group()
def export() -> None:
    """Export the graph for Gephi (gexf, graphml), Neo4j (neo4j-csv, cypher, neo4j) or as a picture (png)."""


@export.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--size-by", default="degree", show_default=True,
              help="Node size: 'degree' or a numeric property (e.g. size, or revenue_FY2024 with --compact).")
@_view_options
def gexf(view: PropertyGraph, out: Path, size_by: str) -> str:
    """Write GEXF 1.3 for Gephi to OUT, e.g. `finkg export gexf kg/finkg.gexf`."""
    from ..export.gexf import write_gexf

    write_gexf(view, out, size_by=size_by)
    return str(out)


@export.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@_view_options
def graphml(view: PropertyGraph, out: Path) -> str:
    """Write GraphML 1.1 to OUT, e.g. `finkg export graphml kg/finkg.graphml`."""
    from ..export.graphml import write_graphml

    write_graphml(view, out)
    return str(out)


@export.command("neo4j-csv")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@_view_options
def neo4j_csv(view: PropertyGraph, directory: Path) -> str:
    """Write neo4j-admin import CSVs and their import command (README.md) into DIRECTORY."""
    from ..export.neo4j_csv import README, write_neo4j_csv

    export = write_neo4j_csv(view, directory)
    return f"{len(export.node_files)} node and {len(export.relationship_files)} relationship files in {directory}/ " \
           f"(command in {directory / README})"


@export.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@_view_options
def cypher(view: PropertyGraph, out: Path) -> str:
    """Write an idempotent Neo4j 5 Cypher script to OUT (run it with `cypher-shell -f OUT`)."""
    from ..export.cypher import write_cypher

    return f"{write_cypher(view, out)} statements in {out}"


@export.command()
@click.option("--uri", required=True, help="Bolt URI of the server, e.g. bolt://localhost:7687.")
@click.option("--user", default="neo4j", show_default=True)
@click.option("--database", default=None, help="Database name (default: the server's default database).")
@_view_options
def neo4j(view: PropertyGraph, uri: str, user: str, database: str | None) -> str:
    """Load the graph into a running Neo4j, idempotently; the password comes from $FINKG_NEO4J_PASSWORD or a prompt."""
    from ..export.bolt import load_server

    password = os.environ.get(PASSWORD_VARIABLE) or click.prompt(f"Neo4j password for {user}", hide_input=True)
    report = load_server(view, uri, user, password, database)
    return f"{uri} ({report.nodes} node rows, {report.relationships} relationship rows, {report.statements} statements)"


@export.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@_view_options
def png(view: PropertyGraph, out: Path) -> str:
    """Draw companies, cohorts and sectors with their links to OUT, e.g. `finkg export png docs/graph.png --compact`."""
    from ..export.picture import draw

    shown = draw(view, out)
    return f"{shown} nodes drawn in {out}"
