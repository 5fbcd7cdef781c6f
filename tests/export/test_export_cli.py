"""`finkg export ...` through the command line, as a user sees it; the picture's content."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdf_expect import view_of

from finkg.cli import cli
from finkg.config import Settings
from finkg.export import bolt
from finkg.export.picture import caption, core
from finkg.export.view import ViewOptions, to_networkx

pytestmark = pytest.mark.issue(6)


def invoke(*args: str, **kwargs: object) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), **kwargs)  # type: ignore[arg-type]
    return result.exit_code, result.output


@pytest.mark.parametrize(("command", "name"), [("gexf", "g.gexf"), ("graphml", "g.graphml"), ("cypher", "g.cypher"),
                                               ("neo4j-csv", "csv"), ("png", "g.png")])
def test_each_export_reads_the_store_or_the_trig_file_alike(harbor: Settings, tmp_path: Path, command: str,
                                                             name: str) -> None:
    from_store, from_trig = tmp_path / "store" / name, tmp_path / "trig" / name
    code, output = invoke("export", command, str(from_store), "--store", str(harbor.store_dir))
    assert code == 0, output
    assert "nodes" in output and "edges" in output
    code, output = invoke("export", command, str(from_trig), "--trig", str(harbor.kg_dir / "finkg.trig"))
    assert code == 0, output
    if command == "png":
        assert from_store.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    elif command == "neo4j-csv":
        assert sorted(p.name for p in from_store.iterdir()) == sorted(p.name for p in from_trig.iterdir())
        assert (from_store / "nodes_Company.csv").read_bytes() == (from_trig / "nodes_Company.csv").read_bytes()
    else:
        assert from_store.read_bytes() == from_trig.read_bytes()


def test_view_options_reach_the_exports(harbor: Settings, tmp_path: Path) -> None:
    out = tmp_path / "compact.gexf"
    code, output = invoke("export", "gexf", str(out), "--store", str(harbor.store_dir), "--no-evidence", "--compact",
                          "--size-by", "revenue_FY2030")
    assert code == 0, output
    text = out.read_text(encoding="utf-8")
    assert 'kind="SUBJECT"' not in text and 'kind="DERIVED_FROM"' not in text and "revenue_FY2030" in text


def test_neo4j_password_comes_from_the_environment_or_a_prompt(harbor: Settings,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = invoke("export", "neo4j", "--help")
    assert code == 0 and "--password" not in output and "FINKG_NEO4J_PASSWORD" in output
    seen: list[str] = []

    def fake_load(view: object, uri: str, user: str, password: str, database: str | None) -> bolt.LoadReport:
        seen.append(password)
        return bolt.LoadReport(1, 2, 3)

    monkeypatch.setattr(bolt, "load_server", fake_load)
    monkeypatch.delenv("FINKG_NEO4J_PASSWORD", raising=False)
    code, output = invoke("export", "neo4j", "--uri", "bolt://x", "--store", str(harbor.store_dir), input="typed\n")
    assert code == 0, output
    monkeypatch.setenv("FINKG_NEO4J_PASSWORD", "from-env")
    code, output = invoke("export", "neo4j", "--uri", "bolt://x", "--store", str(harbor.store_dir))
    assert code == 0, output
    assert seen == ["typed", "from-env"]


def test_unreachable_server_is_one_line_and_exit_3(harbor: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINKG_NEO4J_PASSWORD", "x")
    code, output = invoke("export", "neo4j", "--uri", "bolt://127.0.0.1:9", "--store", str(harbor.store_dir))
    assert code == 3
    assert output.startswith("finkg: bolt://127.0.0.1:9: cannot load into Neo4j") and "Traceback" not in output


def test_missing_store_is_an_environment_failure(tmp_path: Path) -> None:
    code, output = invoke("export", "gexf", str(tmp_path / "g.gexf"), "--store", str(tmp_path / "nowhere"))
    assert code == 3 and "no store here" in output


def test_picture_shows_the_linked_core_with_cohort_criteria(harbor: Settings) -> None:
    with view_of(harbor, ViewOptions(evidence=False, observations=False)) as view:
        shown = core(to_networkx(view))
    linked = {
        "company:alpha-robotics", "cohort:harbor-robotics-companies", "cohort:harbor-harbor-all", "sector:robotics",
    }
    assert linked <= set(shown)
    sectors = nx.DiGraph([(u, v) for u, v, k in shown.edges(keys=True) if k == "BROADER"])
    broader = nx.descendants(sectors, "sector:robotics")
    assert set(shown) - linked == broader
    assert "company:beta-sensors" not in shown  # in the graph, but in no cohort and no sector
    assert caption(dict(shown.nodes["cohort:harbor-harbor-all"])) == "listed on the Harbor\nBoard"
    assert caption({"type": "Cohort", "label": "x", "size": 40.0, "criterion": "robots"}) == "40: robots"


def test_docs_show_every_command_label_and_relationship_type() -> None:
    from finkg.cli.export_cmds import export
    from finkg.export import rules

    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert all(f"finkg export {name}" in text for name in export.commands)
    assert all(f"| {c.label}" in text for c in rules.NODE_CLASSES)
    assert all(kind in text for kind in [*rules.EDGE_TYPES.values(), rules.MENTIONED_IN])
    assert (Path(__file__).resolve().parents[2] / "docs" / "graph.png").read_bytes()[:4] == b"\x89PNG"
