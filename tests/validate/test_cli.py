"""`finkg validate` end to end, as a user sees it: the report, the exit code, one line on bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from finkg.cli import cli

SHAPES_DATA = Path(__file__).parents[1] / "data" / "shapes"
BASE = SHAPES_DATA / "_base.ttl"


def _run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["validate", *map(str, args)])
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_a_good_file_conforms() -> None:
    code, out, err = _run(BASE)
    assert (code, err) == (0, "")
    assert out.startswith("conforms: 0 violations, 0 warnings")


def test_warnings_are_printed_and_exit_zero() -> None:
    code, out, _ = _run(BASE, SHAPES_DATA / "warn-implausible.ttl")
    assert code == 0
    assert "Warning: id:observation/t1-q8 [fkgsh:ImplausibleShape]" in out
    assert "scale misread in translation; suggested value 1422170000000" in out


def test_a_broken_file_exits_one_with_the_report(tmp_path: Path) -> None:
    code, out, err = _run(BASE, SHAPES_DATA / "invalid-change-base.ttl")
    assert code == 1
    assert "Violation: id:observation/t1-q9 [fkgsh:ChangeBaseShape]" in out
    assert "source sentence 0: The 40 widget companies earned" in out
    assert err.strip().endswith("1 SHACL violations") and err.count("\n") == 1


@pytest.mark.parametrize(
    "suffix,fmt",
    [(".trig", ox.RdfFormat.TRIG), (".nq", ox.RdfFormat.N_QUADS), (".jsonld", ox.RdfFormat.JSON_LD),
     (".nt", ox.RdfFormat.N_TRIPLES), (".rdf", ox.RdfFormat.RDF_XML)],
)  # fmt: skip
def test_every_syntax_is_read_from_its_extension(tmp_path: Path, suffix: str, fmt: ox.RdfFormat) -> None:
    """The files are written by an independent writer (Oxigraph); quad formats put the data in a named graph."""
    triples = list(ox.parse(path=BASE, format=ox.RdfFormat.TURTLE))
    graph = ox.NamedNode("https://w3id.org/finkg/id/graph/t1") if fmt.supports_datasets else ox.DefaultGraph()
    path = tmp_path / f"document{suffix}"
    ox.serialize([ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples], path, format=fmt)
    code, out, _ = _run(path)
    assert code == 0 and out.startswith("conforms: 0 violations"), out


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("missing.ttl", None, "missing.ttl: no such file"),
        ("notes.ttl", "These are notes, not RDF.\n", "notes.ttl: not valid turtle at line 1"),
        (
            "broken.ttl",
            "@prefix x: <http://x/> .\n\nx:a x:b x:c .\nx:a x:b .\n",
            "broken.ttl: not valid turtle at line 4",
        ),
        ("gbk.ttl", "# 营业收入\n".encode("gb18030"), "gbk.ttl: not UTF-8 at byte"),
        ("table.csv", "a,b\n", "table.csv: unknown RDF extension '.csv'"),
    ],
)
def test_bad_input_is_one_line_and_exit_two(
    tmp_path: Path, name: str, content: str | bytes | None, message: str
) -> None:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    code, out, err = _run(path)
    assert code == 2 and out == ""
    assert err.startswith("finkg: ") and message in err and err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.slow
def test_python_m_finkg_validate(tmp_path: Path) -> None:
    good = subprocess.run([sys.executable, "-m", "finkg", "validate", str(BASE)], capture_output=True, text=True)
    assert good.returncode == 0 and good.stdout.startswith("conforms"), good.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "finkg", "validate", str(BASE), str(SHAPES_DATA / "invalid-cohort-size.ttl")],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and "fkgsh:CohortSizeShape" in bad.stdout
    (tmp_path / "x.nt").write_text("not triples\n", encoding="utf-8")
    broken = subprocess.run(
        [sys.executable, "-m", "finkg", "validate", str(tmp_path / "x.nt")], capture_output=True, text=True
    )
    assert broken.returncode == 2 and broken.stderr.count("\n") == 1 and "Traceback" not in broken.stderr
