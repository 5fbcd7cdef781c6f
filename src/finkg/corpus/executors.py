"""Where the batches run: in this process, in a local process pool, or on a Dask cluster.

Dask (https://distributed.dask.org) is the cluster path: the scheduler at `--scheduler` hands each
batch to a worker and gets its documents' N-Triples back, so workers need finkg but no shared disk.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from functools import partial
from typing import Literal

from ..config import Settings
from ..errors import EnvironmentFailure
from .work import DocumentResult, Task, build_batch

Executor = Literal["process", "dask"]
EXECUTORS: tuple[Executor, ...] = ("process", "dask")
Batch = Sequence[Task]


def run_batches(
    batches: Sequence[Batch], settings: Settings, *, executor: Executor, jobs: int, scheduler: str | None = None
) -> Iterator[tuple[DocumentResult, ...]]:
    """Each batch's results as soon as it is done, in completion order."""
    if executor == "dask":
        yield from _dask(batches, settings, scheduler)
    elif jobs <= 1 or len(batches) <= 1:
        for batch in batches:
            yield build_batch(batch, settings)
    else:
        yield from _pool(batches, settings, jobs)


def _lost(batch: Batch, err: BaseException) -> tuple[DocumentResult, ...]:
    """The documents of a batch whose worker died, each failed with the reason.

    Without their keys: the loss says nothing about the documents' bytes, so it is not recorded as their failure.
    """
    return tuple(
        DocumentResult(source=t.source, key="", error=f"{t.source}: its worker failed: {type(err).__name__}: {err}")
        for t in batch
    )


Done = Future[tuple[DocumentResult, ...]]


def _collect(
    futures: dict[Done, Batch], done: Callable[[dict[Done, Batch]], Iterator[Done]]
) -> Iterator[tuple[DocumentResult, ...]]:
    """Each future's results as it completes; a failed future fails its batch's documents."""
    for future in done(futures):
        try:
            yield future.result()
        except Exception as err:  # a dead or killed worker costs its batch, not the build
            yield _lost(futures[future], err)


def _pool(batches: Sequence[Batch], settings: Settings, jobs: int) -> Iterator[tuple[DocumentResult, ...]]:
    # forkserver: workers fork from a clean process that has imported finkg once, never from a threaded parent
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["finkg.corpus.work"])
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {pool.submit(build_batch, batch, settings): batch for batch in batches}
        yield from _collect(futures, as_completed)


def _dask(batches: Sequence[Batch], settings: Settings, scheduler: str | None) -> Iterator[tuple[DocumentResult, ...]]:
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError:
        raise EnvironmentFailure("--executor dask needs Dask: pip install 'finkg[cluster]'") from None
    if scheduler is None:
        raise EnvironmentFailure("--executor dask needs --scheduler tcp://HOST:PORT (the dask scheduler's address)")
    try:
        client = Client(scheduler, timeout="10s")  # type: ignore[no-untyped-call]
    except OSError as err:
        raise EnvironmentFailure(f"{scheduler}: no Dask scheduler answers ({err})") from None
    with client:
        futures = {client.submit(partial(build_batch, batch), settings, pure=False): batch for batch in batches}
        yield from _collect(futures, dask_completed)  # type: ignore[arg-type]
