"""`finkg build` over a corpus: a progress bar or log lines while it runs, a summary and an exit code after."""

from __future__ import annotations

from pathlib import Path

import click

from ..config import Settings
from ..corpus import Executor, build_corpus
from ..corpus.build import check_paths
from ..corpus.progress import progress
from ..errors import ValidationFailed


def is_corpus(paths: tuple[Path, ...], jobs: int | None, executor: str | None) -> bool:
    """A corpus build when a directory or several documents are named, or --jobs/--executor are given."""
    return len(paths) > 1 or any(p.is_dir() for p in paths) or jobs is not None or executor is not None


def build_corpus_command(
    paths: tuple[Path, ...], settings: Settings, jobs: int | None, executor: Executor, scheduler: str | None
) -> None:
    """Build the corpus, print a line per refused document and the summary; exit 1 if any document failed."""
    check_paths(paths)
    with progress() as tick:
        report = build_corpus(paths, settings, jobs=jobs, executor=executor, scheduler=scheduler, on_batch=tick)
    for result in report.failed:
        click.echo(f"finkg: {result.error}", err=True)
        if result.details:
            click.echo(result.details, err=True)
    click.echo(report.summary())
    if report.failed:
        raise ValidationFailed(f"{len(report.failed)} document(s) not written (reasons above)")
