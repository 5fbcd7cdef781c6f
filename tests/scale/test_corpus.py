"""Corpus builds: incremental by content hash, failures per document, shared entities merged."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from finkg import pipeline
from finkg.cli import cli
from finkg.config import Settings
from finkg.corpus import build_corpus
from finkg.mapping import prefixes
from finkg.pipeline import SEED, graph_names
from finkg.query import read_query, run
from finkg.store import open_store
from scale.corpus_fixtures import REPORTS, document, settings_in, state, write_reports

pytestmark = pytest.mark.issue(8)
TEST_REPORTS = Path(__file__).resolve().parents[1] / "data" / "docs"
QUERIES = sorted((Path(__file__).resolve().parents[2] / "queries").glob("*.rq"))


def test_a_second_build_redoes_only_what_changed(tmp_path: Path) -> None:
    docs = write_reports(tmp_path / "docs")
    settings = settings_in(tmp_path)
    first = build_corpus([docs], settings, jobs=1)
    assert {r.doc_id for r in first.built} == set(REPORTS) and not first.failed
    manifest, quads = state(settings)
    assert {document(name) for name in REPORTS} <= set(manifest)

    again = build_corpus([docs], settings, jobs=1)
    assert not again.built and again.unchanged == 3 and not again.removed
    assert state(settings) == (manifest, quads)

    (docs / "harbor-2032.txt").write_text(REPORTS["harbor-2032"].replace("54.20", "57.80"), encoding="utf-8")
    (docs / "harbor-2033.txt").unlink()
    changed = build_corpus([docs], settings, jobs=1)
    assert [r.doc_id for r in changed.built] == ["harbor-2032"] and changed.unchanged == 1
    assert changed.removed == (str(document("harbor-2033")),)
    manifest_after, _ = state(settings)
    assert document("harbor-2033") not in manifest_after
    assert manifest_after[document("harbor-2032")].key != manifest[document("harbor-2032")].key
    assert manifest_after[document("harbor-2031")] == manifest[document("harbor-2031")]
    inferred, _ = graph_names(settings)
    with open_store(settings.store_dir, inferred, read_only=True) as store:
        assert document("harbor-2033") not in store.graph_names()
        text = store.graph(document("harbor-2032")).serialize(format="nt")
    assert "57.80 billion yuan" in text and "54.20 billion yuan" not in text
    assert not (settings.kg_dir / "harbor-2033.ttl").exists()
    assert "57.80 billion yuan" in (settings.kg_dir / "harbor-2032.ttl").read_text(encoding="utf-8")


def test_a_bad_document_is_reported_and_spares_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = write_reports(tmp_path / "docs")
    (docs / "garbled.txt").write_bytes("创业板公司营业收入9亿元".encode("gb18030"))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "docs", "--kg", "kg", "--store", "store", "--jobs", "1"])
    assert result.exit_code == 1
    assert "docs/garbled.txt" in result.output and "not UTF-8" in result.output
    assert "3 built" in result.output and "1 failed" in result.output
    manifest, _ = state(settings_in(tmp_path))
    assert {document(name) for name in REPORTS} <= set(manifest) and document("garbled") not in manifest


def test_two_reports_that_spell_a_shared_product_apart_both_build(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(8):  # eight reports, batched two by two: each batch's graphs are validated together
        spelling = ("electric-vehicle batteries", "electric vehicle batteries")[n % 2]
        (docs / f"cells-{n}.txt").write_text(
            f"Battery makers in 2024\nCATL, the world's biggest maker of {spelling}, said revenue rose {n + 1}% to "
            f"362 billion yuan in 2024.\n", encoding="utf-8")
    report = build_corpus([docs], settings_in(tmp_path), jobs=1)
    assert not report.failed, [r.error for r in report.failed]
    assert len(report.built) == 8


def test_an_extractor_crash_costs_one_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.extract  # corpus workers extract through pipeline.analyze_document

    def fragile(doc):  # type: ignore[no-untyped-def]
        if doc.doc_id == "harbor-2032":
            raise ZeroDivisionError("a bug in the extractor")
        return real(doc)

    monkeypatch.setattr(pipeline, "extract", fragile)
    report = build_corpus([write_reports(tmp_path / "docs")], settings_in(tmp_path), jobs=1)
    assert [r.doc_id for r in report.built] == ["harbor-2031", "harbor-2033"]
    (failed,) = report.failed
    assert failed.source.endswith("harbor-2032.txt") and "ZeroDivisionError: a bug in the extractor" in failed.error


FKG = "https://w3id.org/finkg/ontology#"


@pytest.fixture(scope="module")
def seed_corpus(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The seed and the annotated test reports built into one store."""
    root = tmp_path_factory.mktemp("seed-corpus")
    settings = Settings(kg_dir=root / "kg", store_dir=root / "store")
    report = build_corpus([SEED, *sorted(TEST_REPORTS.glob("*.txt"))], settings, jobs=2)
    assert not report.failed, [r.error for r in report.failed]
    assert len(report.built) == 1 + len(list(TEST_REPORTS.glob("*.txt")))
    return settings


def _rows(settings: Settings, sparql: str) -> list[tuple[object, ...]]:
    inferred, _ = graph_names(settings)
    with open_store(settings.store_dir, inferred, read_only=True) as store:
        return list(store.query(sparql).rows)


@pytest.mark.slow
def test_a_company_of_several_reports_is_one_node(seed_corpus: Settings) -> None:
    shared = _rows(
        seed_corpus,
        f"SELECT ?c WHERE {{ GRAPH ?g {{ ?c a ?type }} VALUES ?type {{ <{FKG}Company> <{FKG}ListedCompany> }} }} "
        "GROUP BY ?c HAVING (COUNT(DISTINCT ?g) > 1)",
    )
    assert shared, "no company is named by two of the reports, so nothing shows they merge"
    # Oxigraph's union default graph is a bag: a triple held by two document graphs would come back twice
    inferred, _ = graph_names(seed_corpus)
    with open_store(seed_corpus.store_dir, inferred, read_only=True, prefixes=prefixes(seed_corpus.base_iri)) as store:
        for path in QUERIES:
            rows = run(store, read_query(path)).rows
            assert len(rows) == len(set(rows)), f"{path.name} answers a row twice over the corpus"


@pytest.mark.slow
def test_no_listed_company_has_two_nodes(seed_corpus: Settings) -> None:
    twins = _rows(seed_corpus, f"SELECT ?t WHERE {{ ?c <{FKG}ticker> ?t }} GROUP BY ?t HAVING (COUNT(DISTINCT ?c) > 1)")
    assert not twins, f"one ticker, several company IRIs: {twins}"


def test_the_workers_entailments_reach_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from finkg.corpus import commit

    shipped: list[int] = []
    real = commit.write

    def spy(store: object, graphs: object, removed: object, entailed: object = None) -> None:
        shipped.append(len(entailed or {}))  # type: ignore[arg-type]
        real(store, graphs, removed, entailed)  # type: ignore[arg-type]

    monkeypatch.setattr(commit, "write", spy)
    docs = write_reports(tmp_path / "docs")
    report = build_corpus([docs], settings_in(tmp_path), jobs=1)
    assert shipped and shipped[0] == len(report.built)  # every built document's entailments, in one write
