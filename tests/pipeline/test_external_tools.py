"""Independent parsers accept the published files: Raptor's rapper and Apache Jena's riot."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from finkg.config import Settings
from finkg.pipeline import build_extractions
from graph_fixtures import make_extraction

JENA = Path(__file__).resolve().parents[1] / "tools" / "jena.sh"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kg")
    build_extractions([make_extraction()], Settings(kg_dir=root / "kg", store_dir=root / "store"))
    return root / "kg"


@pytest.mark.parametrize(("name", "syntax"), [("harbor.ttl", "turtle"), ("finkg.trig", "trig")])
def test_rapper_counts_the_triples(kg: Path, name: str, syntax: str) -> None:
    if shutil.which("rapper") is None:
        pytest.skip("rapper not installed (apt-get install raptor2-utils)")
    run = subprocess.run(["rapper", "-i", syntax, "-c", str(kg / name)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "returned" in run.stderr and "Error" not in run.stderr


# Debian's Jena 4.5 fails its JSON-LD 1.1 reader on any document, even a one-line example; the
# JSON-LD 1.0 reader is the working one there, and finkg's files are JSON-LD 1.0.
@pytest.mark.parametrize(
    ("name", "syntax"), [("harbor.ttl", "turtle"), ("finkg.trig", "trig"), ("harbor.jsonld", "jsonld10")]
)
def test_jena_riot_validates(kg: Path, name: str, syntax: str) -> None:
    if shutil.which("java") is None or not Path("/usr/share/java/jena-core.jar").exists():
        pytest.skip("Apache Jena not installed (apt-get install libapache-jena-java zip unzip)")
    run = subprocess.run(
        ["sh", str(JENA), "riotcmd.riot", f"--syntax={syntax}", "--validate", name],
        cwd=kg,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "ERROR" not in run.stdout + run.stderr
