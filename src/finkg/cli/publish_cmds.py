"""Commands that read the built graph out to other tools: export, serve, publish."""

from __future__ import annotations

import click

from ..errors import FinkgError
from . import cli


class NotYetAvailable(FinkgError):
    """A command whose stage is not part of this release."""


@cli.command()
@click.argument("format", type=click.Choice(["gexf", "graphml", "neo4j-csv", "cypher", "neo4j"]))
@click.argument("out", required=False)
def export(format: str, out: str | None) -> None:
    """Export the graph for Gephi (gexf, graphml) or Neo4j (neo4j-csv, cypher, neo4j)."""
    raise NotYetAvailable(f"export {format}: not available in this release")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
def serve(host: str, port: int) -> None:
    """Publish the graph as linked data with a SPARQL endpoint."""
    raise NotYetAvailable("serve: not available in this release")


@cli.command()
@click.option("--static", "static_dir", required=True, help="Directory to write the static site into.")
def publish(static_dir: str) -> None:
    """Write the graph as a static linked-data site."""
    raise NotYetAvailable("publish: not available in this release")
