"""`finkg serve` and `finkg publish`: the graph as linked data, live or as static files."""

from __future__ import annotations

from pathlib import Path

import click

from ..config import load_settings
from . import cli

_STORE = click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
                      help="Store directory (default .finkg/store or $FINKG_STORE).")
_BASE = click.option("--base", "base_iri", help="Base IRI the store was built with (default https://w3id.org/finkg).")
_QUERIES = click.option("--queries", "queries_dir", type=click.Path(file_okay=False, path_type=Path),
                        default=Path("queries"), show_default=True, help="Folder of example .rq queries.")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
@_STORE
@_BASE
@_QUERIES
@click.option("--timeout", default=10.0, show_default=True, help="Seconds a SPARQL query may run before it is killed.")
@click.option("--limit", default=10_000, show_default=True, help="Most rows (or triples) a query may return.")
@click.option("--workers", default=2, show_default=True, help="Query worker processes.")
def serve(host: str, port: int, store_dir: Path | None, base_iri: str | None, queries_dir: Path, timeout: float,
          limit: int, workers: int) -> None:
    """Serve the graph as linked data with a SPARQL endpoint, e.g. `finkg serve --port 8000`."""
    import uvicorn

    from ..publish.app import create_app

    settings = load_settings().with_overrides(store_dir=store_dir, base_iri=base_iri)
    app = create_app(settings.store_dir, settings, queries_dir=queries_dir, timeout=timeout, limit=limit,
                     workers=workers)
    click.echo(f"serving {settings.store_dir} at http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command()
@click.option("--static", "static_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Directory to write the static site into.")
@_STORE
@_BASE
@_QUERIES
@click.option("--site-url", help="URL the site is served at, for download links (default: the base IRI).")
def publish(static_dir: Path, store_dir: Path | None, base_iri: str | None, queries_dir: Path,
            site_url: str | None) -> None:
    """Write the graph as a static linked-data site with Apache and nginx redirect rules."""
    from ..publish.static import write_site

    settings = load_settings().with_overrides(store_dir=store_dir, base_iri=base_iri)
    report = write_site(settings.store_dir, settings, static_dir, queries_dir=queries_dir, site_url=site_url)
    click.echo(f"{report.resources} resources, {report.files} files -> {static_dir}/")
