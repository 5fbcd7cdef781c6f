"""`--executor dask`: the batches run on a Dask cluster and the store holds what a local build writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from distributed import LocalCluster

from finkg.corpus import build_corpus
from finkg.errors import EnvironmentFailure
from scale.corpus_fixtures import REPORTS, settings_in, state, write_reports

pytestmark = [pytest.mark.issue(8), pytest.mark.slow]


def test_a_dask_build_writes_the_same_graphs_as_a_local_one(tmp_path: Path) -> None:
    docs = write_reports(tmp_path / "docs")
    local = build_corpus([docs], settings_in(tmp_path / "local"), jobs=1)
    # Worker processes, as on a real cluster: rdflib's SPARQL parser is not thread-safe, so two workers
    # sharing one process (processes=False) can break each other's validation.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        remote = build_corpus([docs], settings_in(tmp_path / "dask"), executor="dask", scheduler=address)
    assert sorted(r.doc_id for r in remote.built) == sorted(REPORTS) and not remote.failed
    assert sorted(r.ntriples for r in remote.built) == sorted(r.ntriples for r in local.built)
    _, local_quads = state(settings_in(tmp_path / "local"))
    _, dask_quads = state(settings_in(tmp_path / "dask"))
    assert _documents(local_quads) == _documents(dask_quads)


def test_dask_without_a_scheduler_says_what_to_give(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentFailure, match="--scheduler"):
        build_corpus([write_reports(tmp_path / "docs")], settings_in(tmp_path), executor="dask")


def _documents(nquads: bytes) -> list[bytes]:
    """The quads of every graph but the manifest, which names source paths (they differ between the two builds)."""
    return [line for line in nquads.splitlines() if b"/graph/manifest>" not in line]
