"""`finkg build` and `finkg query`: the graph of the documents, and SPARQL questions to it."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.progress import Progress

from .. import pipeline
from ..config import load_settings
from ..mapping import prefixes as all_prefixes
from ..query import FORMATS, load_query, render, run
from ..store import open_store
from . import cli

_STORE = click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
                      help="Store directory (default .finkg/store or $FINKG_STORE).")
_BASE = click.option("--base", "base_iri", help="Base IRI of minted IRIs (default https://w3id.org/finkg).")


@cli.command()
@click.argument("documents", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--kg", "kg_dir", type=click.Path(file_okay=False, path_type=Path), help="Output folder (default kg/).")
@_STORE
@_BASE
def build(documents: tuple[Path, ...], kg_dir: Path | None, store_dir: Path | None, base_iri: str | None) -> None:
    """Build the graph of DOCUMENTS (default: the bundled seed report) into the store and kg/."""
    settings = load_settings().with_overrides(kg_dir=kg_dir, store_dir=store_dir, base_iri=base_iri)
    if len(documents) > 1 and sys.stderr.isatty():
        with Progress(transient=True) as progress:
            task = progress.add_task("building", total=len(documents))
            report = pipeline.build(documents, settings, on_document=lambda _: progress.advance(task))
    else:
        report = pipeline.build(documents, settings)
    for document in report.documents:
        if document.n_warnings:
            click.echo(document.warnings, err=True)
        click.echo(f"{document.doc_id}: {document.triples} triples, {document.n_warnings} warning(s)")
    click.echo(f"{len(report.documents)} document(s) -> {report.kg_dir}/, store {report.store_dir} "
               f"({report.seconds:.1f} s)")


@cli.command()
@click.argument("query_or_file")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@_STORE
@_BASE
def query(query_or_file: str, fmt: str, store_dir: Path | None, base_iri: str | None) -> None:
    """Answer QUERY_OR_FILE (SPARQL text, a .rq file, or a name in queries/) from the store."""
    settings = load_settings().with_overrides(store_dir=store_dir, base_iri=base_iri)
    inferred, _ = pipeline.graph_names(settings)
    prefixes = all_prefixes(settings.base_iri)
    with open_store(settings.store_dir, inferred, read_only=True, prefixes=prefixes) as store:
        answer = run(store, load_query(query_or_file))
    click.echo(render(answer, fmt, prefixes), nl=False)
