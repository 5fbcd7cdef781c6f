"""`finkg export`: the graph for Gephi (GEXF, GraphML) and Neo4j (CSV, Cypher, Bolt)."""

from __future__ import annotations

import click

from ..errors import FinkgError
from . import cli


@cli.command()
@click.argument("format", type=click.Choice(["gexf", "graphml", "neo4j-csv", "cypher", "neo4j"]))
@click.argument("out", required=False)
def export(format: str, out: str | None) -> None:
    """Export the graph for Gephi (gexf, graphml) or Neo4j (neo4j-csv, cypher, neo4j)."""
    raise FinkgError(f"export {format}: not available in this release")
