"""`make bench` at its smallest size: every stage runs and every injected defect is found (not how fast)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.issue(8), pytest.mark.slow]
BENCH = Path(__file__).resolve().parents[2] / "bench" / "run.py"


def test_the_bench_runs_every_stage_and_finds_every_defect(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--sizes", "10k", "--out", str(tmp_path / "out"),
                           "--work", str(tmp_path / "work")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    size = report["sizes"]["10k"]
    for stage in ("extract", "build", "store", "load", "export", "gate", "one_document", "rebuild", "queries"):
        assert size[stage]["finkg"]["seconds"] > 0 and size[stage]["finkg"]["items"] > 0, stage
    for stage in ("store", "load", "export", "gate", "queries"):
        assert size[stage]["baseline"]["seconds"] > 0, stage
    defects = size["defects"]
    assert {d["kind"] for d in json.loads((tmp_path / "work" / "10k" / "defects.json").read_text())} == {
        "magnitude", "unit", "encoding"}
    assert defects["found"] == defects["injected"] == 3, defects["missed"]
    assert "| store |" in (tmp_path / "out" / "report.md").read_text()
