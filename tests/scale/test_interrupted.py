"""A build killed with SIGKILL half-way leaves the previous store readable, and a rerun completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from finkg.corpus import build_corpus
from scale.corpus_fixtures import document, settings_in, state, write_reports

pytestmark = [pytest.mark.issue(8), pytest.mark.slow]


def _reports(count: int) -> dict[str, str]:
    return {
        f"chinext-{2031 + n}": f"ChiNext companies in {2031 + n}: results at a glance\nI. Revenue\n"
        f"In {2031 + n}, ChiNext companies reported total operating revenue of {700 + n * 3.5:.2f} billion yuan, "
        f"up {2 + n % 9}.5% year on year.\n"
        for n in range(count)
    }


def test_a_killed_build_keeps_the_old_store_and_a_rerun_completes_it(tmp_path: Path) -> None:
    reports = _reports(40)
    docs = tmp_path / "docs"
    first = dict(list(reports.items())[:10])
    write_reports(docs, first)
    settings = settings_in(tmp_path)
    build_corpus([docs], settings, jobs=1)
    before = state(settings)
    write_reports(docs, reports)

    command = [sys.executable, "-m", "finkg", "build", str(docs), "--kg", str(settings.kg_dir),
               "--store", str(settings.store_dir), "--jobs", "1"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "COLUMNS": "200"})
    assert child.stderr is not None
    line = child.stderr.readline()  # the first batch is done: the build is half-way, nothing stored yet
    assert line.startswith("finkg: ") and "/30 documents" in line, line
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()  # type: ignore[union-attr]
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    assert state(settings) == before  # readable, and exactly the previous store
    started = time.perf_counter()
    rerun = build_corpus([docs], settings, jobs=1)
    assert len(rerun.built) == 30 and rerun.unchanged == 10 and not rerun.failed
    manifest, _ = state(settings)
    assert {document(name) for name in reports} <= set(manifest)
    assert not build_corpus([docs], settings, jobs=1).built
    assert time.perf_counter() - started < 120
