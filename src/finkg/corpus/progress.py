"""How a corpus build shows it is alive: a progress bar on a terminal, plain log lines elsewhere."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .work import DocumentResult

Tick = Callable[[Sequence[DocumentResult], int], None]  # a finished batch, and how many documents are to build


@contextmanager
def progress(*, terminal: bool | None = None) -> Iterator[Tick]:
    """A callback to hand each finished batch: it counts documents, facts and violations and shows an ETA."""
    if terminal is None:
        terminal = sys.stderr.isatty()
    if terminal:
        with _bar() as tick:
            yield tick
    else:
        yield _log()


@contextmanager
def _bar() -> Iterator[Tick]:
    columns = (
        TextColumn("[bold]building"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents, {task.fields[facts]:,} facts, {task.fields[violations]} violations, "
                   "{task.fields[failed]} failed"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("documents", total=None, facts=0, violations=0, failed=0)
        counts = _Counts()

        def tick(results: Sequence[DocumentResult], total: int) -> None:
            counts.add(results)
            bar.update(task, total=total, advance=len(results), facts=counts.facts, violations=counts.violations,
                       failed=counts.failed)

        yield tick


def _log() -> Tick:
    counts = _Counts()
    started = time.perf_counter()

    def tick(results: Sequence[DocumentResult], total: int) -> None:
        counts.add(results)
        elapsed = time.perf_counter() - started
        eta = elapsed / counts.documents * (total - counts.documents) if counts.documents else 0.0
        print(f"finkg: {counts.documents}/{total} documents, {counts.facts:,} facts, {counts.violations} violations, "
              f"{counts.failed} failed, ETA {eta:.0f} s", file=sys.stderr, flush=True)

    return tick


class _Counts:
    """Running totals over the finished documents."""

    def __init__(self) -> None:
        self.documents = self.facts = self.violations = self.failed = 0

    def add(self, results: Sequence[DocumentResult]) -> None:
        self.documents += len(results)
        self.facts += sum(r.facts for r in results)
        self.violations += sum(r.violations for r in results)
        self.failed += sum(bool(r.error) for r in results)
