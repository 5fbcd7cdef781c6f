"""`finkg serve` and `finkg publish`: the graph as linked data, live or as static files."""

from __future__ import annotations

import click

from ..errors import FinkgError
from . import cli


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
def serve(host: str, port: int) -> None:
    """Publish the graph as linked data with a SPARQL endpoint."""
    raise FinkgError("serve: not available in this release")


@cli.command()
@click.option("--static", "static_dir", required=True, help="Directory to write the static site into.")
def publish(static_dir: str) -> None:
    """Write the graph as a static linked-data site."""
    raise FinkgError("publish: not available in this release")
