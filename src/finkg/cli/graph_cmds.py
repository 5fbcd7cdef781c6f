"""`finkg build` and `finkg query`: the graph of the documents, and SPARQL questions to it."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.progress import Progress

from .. import pipeline
from ..config import is_url, load_settings
from ..corpus import EXECUTORS, Executor
from ..mapping import prefixes as all_prefixes
from ..query import FORMATS, load_query, render, run
from ..store import open_store
from ..store.sparql import open_remote
from . import cli
from .corpus_build import build_corpus_command, is_corpus

_STORE = click.option("--store", "store", help="Store directory, or the http(s) URL of a SPARQL 1.1 store "
                      "(default .finkg/store or $FINKG_STORE).")

_BASE = click.option("--base", "base_iri", help="Base IRI of minted IRIs (default https://w3id.org/finkg).")


def _store(store: str | None) -> dict[str, object]:
    """--store as settings: a URL names a remote store, anything else a directory."""
    if store is None:
        return {}
    return {"store_url": store} if is_url(store) else {"store_dir": Path(store)}


@cli.command()
@click.argument("documents", nargs=-1, type=click.Path(path_type=Path))
@click.option("--kg", "kg_dir", type=click.Path(file_okay=False, path_type=Path), help="Output folder (default kg/).")
@_STORE
@_BASE
@click.option("--jobs", type=click.IntRange(min=1), help="Worker processes of a corpus build (default: one per core).")
@click.option("--executor", type=click.Choice(EXECUTORS), help="Where a corpus build runs (default process).")
@click.option("--scheduler", help="Address of the Dask scheduler for --executor dask, e.g. tcp://10.0.0.5:8786.")
def build(documents: tuple[Path, ...], kg_dir: Path | None, store: str | None, base_iri: str | None,
          jobs: int | None, executor: Executor | None, scheduler: str | None) -> None:
    """Build the graph of DOCUMENTS (files or directories; default: the bundled seed report) into the store and kg/.

    Several documents or a directory make a corpus build: incremental, in parallel, failures reported per document.
    """
    settings = load_settings().with_overrides(kg_dir=kg_dir, base_iri=base_iri, **_store(store))
    if is_corpus(documents, jobs, executor):
        build_corpus_command(documents, settings, jobs, executor or "process", scheduler)
        return
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
    where = settings.store_url or report.store_dir
    click.echo(f"{len(report.documents)} document(s) -> {report.kg_dir}/, store {where} ({report.seconds:.1f} s)")


@cli.command()
@click.argument("query_or_file")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@_STORE
@click.option("--endpoint", help="Read from the SPARQL 1.1 store at this URL instead of the local store.")
@_BASE
def query(query_or_file: str, fmt: str, store: str | None, endpoint: str | None, base_iri: str | None) -> None:
    """Answer QUERY_OR_FILE (SPARQL text, a .rq file, or a name in queries/) from the store."""
    settings = load_settings().with_overrides(base_iri=base_iri, **_store(endpoint or store))
    inferred, _ = pipeline.graph_names(settings)
    prefixes = all_prefixes(settings.base_iri)
    if settings.store_url:
        with open_remote(settings.store_url, inferred, settings.base_iri, prefixes=prefixes) as remote:
            answer = run(remote, load_query(query_or_file))
    else:
        with open_store(settings.store_dir, inferred, read_only=True, prefixes=prefixes) as local:
            answer = run(local, load_query(query_or_file))
    click.echo(render(answer, fmt, prefixes), nl=False)
