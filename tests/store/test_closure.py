"""The entailment graph kept in step write by write, with entailments computed by the corpus workers or
not, equals the one recomputed over the whole store; a corpus build rewrites only the kg/ files its
changes touch."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from finkg.config import ONTOLOGY_DIR
from finkg.corpus import build_corpus
from finkg.corpus.outputs import TRIPLES_FILE
from finkg.corpus.work import Task, build_batch, entailments
from finkg.pipeline import graph_names
from finkg.store import OxigraphStore, open_store
from finkg.store.closure import Entailments, schema
from finkg.store.files import REPORT_FILE
from finkg.store.writes import write
from scale.corpus_fixtures import REPORTS, document, settings_in, write_reports

pytestmark = pytest.mark.issue(8)

INFERRED = URIRef("urn:test:inferred")
SCHEMA, A, B = URIRef("urn:test:schema"), URIRef("urn:test:a"), URIRef("urn:test:b")
EX = "http://example.org/"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SUB = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
SUBPROP = "<http://www.w3.org/2000/01/rdf-schema#subPropertyOf>"
EQUIVALENT = "<http://www.w3.org/2002/07/owl#equivalentClass>"
VOCABULARY = (f"<{EX}Company> {SUB} <{EX}Org> .\n<{EX}Org> {SUB} <{EX}Agent> .\n"
              f"<{EX}Listed> {EQUIVALENT} <{EX}Company> .\n<{EX}revenue> {SUBPROP} <{EX}amount> .\n")
# the whole-store closure every write used to run: the reference the kept-in-step graph must equal
REFERENCE = f"""
DROP SILENT GRAPH <{INFERRED}> ;
INSERT {{ GRAPH <{INFERRED}> {{ ?x {TYPE} ?super }} }} WHERE {{
  GRAPH ?data {{ ?x {TYPE} ?class }}
  GRAPH ?schema {{ ?class ({SUB}|{EQUIVALENT}|^{EQUIVALENT})+ ?super }}
  FILTER(isIRI(?super) && ?super != ?class && ?data != <{INFERRED}>)
}} ;
INSERT {{ GRAPH <{INFERRED}> {{ ?s ?superproperty ?o }} }} WHERE {{
  GRAPH ?schema {{ ?property {SUBPROP}+ ?superproperty }}
  GRAPH ?data {{ ?s ?property ?o }}
  FILTER(isIRI(?superproperty) && ?superproperty != ?property && ?data != <{INFERRED}>)
}}"""


def nt(*lines: str) -> bytes:
    return "".join(f"{line} .\n" for line in lines).encode()


def entailed(store: OxigraphStore) -> set[str]:
    return {str(q) for q in store.quads([INFERRED])}


def recomputed(store: OxigraphStore, tmp_path: Path) -> set[str]:
    """The entailments of a copy of the store, recomputed from nothing."""
    copy = ox.Store()
    copy.extend(q for q in store.quads(store.graph_names()) if q.graph_name != ox.NamedNode(str(INFERRED)))
    copy.update(REFERENCE)
    return {str(q) for q in copy.quads_for_pattern(None, None, None, ox.NamedNode(str(INFERRED)))}


def types(store: OxigraphStore, node: str) -> set[str]:
    return {str(row[0]) for row in store.query(f"SELECT DISTINCT ?t {{ <{EX}{node}> a ?t }}").rows}


@pytest.fixture
def store(tmp_path: Path) -> OxigraphStore:
    with open_store(tmp_path / "store", INFERRED) as handle:
        write(handle, {SCHEMA: VOCABULARY.encode(),
                       A: nt(f"<{EX}x> {TYPE} <{EX}Listed>", f"<{EX}x> <{EX}revenue> \"1\""),
                       B: nt(f"<{EX}y> {TYPE} <{EX}Company>", f"<{EX}x> {TYPE} <{EX}Company>")})
        yield handle


def test_a_query_through_a_superclass_finds_the_instances(store: OxigraphStore, tmp_path: Path) -> None:
    agents = store.query(f"SELECT ?a {{ ?a a <{EX}Agent> }} ORDER BY ?a").rows
    assert [str(a) for (a,) in agents] == [f"{EX}x", f"{EX}y"]
    assert store.query(f"ASK {{ <{EX}x> <{EX}amount> \"1\" }}").boolean
    assert entailed(store) == recomputed(store, tmp_path)


def test_a_removed_documents_entailments_go_unless_another_graph_entails_them(
    store: OxigraphStore, tmp_path: Path
) -> None:
    write(store, {}, [A])
    assert not store.query(f"ASK {{ <{EX}x> <{EX}amount> \"1\" }}").boolean
    assert f"{EX}Agent" in types(store, "x")  # B still types x as a Company
    write(store, {}, [B])
    assert types(store, "x") == set() and types(store, "y") == set()
    assert entailed(store) == recomputed(store, tmp_path) == set()


def test_a_changed_documents_entailments_change(store: OxigraphStore, tmp_path: Path) -> None:
    write(store, {B: nt(f"<{EX}y> {TYPE} <{EX}Org>")})
    assert types(store, "y") == {f"{EX}Org", f"{EX}Agent"}
    assert types(store, "x") == {f"{EX}Listed", f"{EX}Company", f"{EX}Org", f"{EX}Agent"}  # A still entails them
    write(store, {A: nt(f"<{EX}x> <{EX}revenue> \"2\"")})
    assert types(store, "x") == set()
    assert store.query(f"ASK {{ <{EX}x> <{EX}amount> \"2\" }}").boolean
    assert not store.query(f"ASK {{ <{EX}x> <{EX}amount> \"1\" }}").boolean
    assert entailed(store) == recomputed(store, tmp_path)


def test_a_vocabulary_change_recomputes_the_untouched_documents(store: OxigraphStore, tmp_path: Path) -> None:
    write(store, {SCHEMA: VOCABULARY.replace(f"<{EX}Org> {SUB} <{EX}Agent> .\n", "").encode()})
    assert f"{EX}Agent" not in types(store, "y")
    assert entailed(store) == recomputed(store, tmp_path)
    write(store, {SCHEMA: (VOCABULARY + f"<{EX}Agent> {SUB} <{EX}Thing> .\n").encode()})
    assert f"{EX}Thing" in types(store, "y")
    assert entailed(store) == recomputed(store, tmp_path)


def test_a_new_document_adds_only_its_own(store: OxigraphStore, tmp_path: Path) -> None:
    c = URIRef("urn:test:c")
    write(store, {c: nt(f"<{EX}z> {TYPE} <{EX}Listed>", f"<{EX}z> <{EX}revenue> _:b")})
    assert types(store, "z") == {f"{EX}Listed", f"{EX}Company", f"{EX}Org", f"{EX}Agent"}
    assert entailed(store) == recomputed(store, tmp_path)
    write(store, {}, [c])
    assert entailed(store) == recomputed(store, tmp_path)


def test_shipped_entailments_are_loaded_only_when_they_follow_the_stores_schema(store: OxigraphStore) -> None:
    key = schema(store, ignore={INFERRED}).key
    c, d = URIRef("urn:test:c"), URIRef("urn:test:d")
    marker = nt(f"<{EX}z> {TYPE} <{EX}Shipped>")
    write(store, {c: nt(f"<{EX}z> {TYPE} <{EX}Listed>")}, (), {c: Entailments(key, marker)})
    assert types(store, "z") == {f"{EX}Listed", f"{EX}Shipped"}  # loaded as given, not queried for
    write(store, {d: nt(f"<{EX}w> {TYPE} <{EX}Listed>")}, (), {d: Entailments("another schema", marker)})
    assert types(store, "w") == {f"{EX}Listed", f"{EX}Company", f"{EX}Org", f"{EX}Agent"}


def vocabularies() -> dict[URIRef, bytes]:
    """finkg's vocabulary graphs, as a build writes them."""
    return {URIRef(f"urn:test:vocabulary:{path.stem}"): Graph().parse(path).serialize(format="nt", encoding="utf-8")
            for path in sorted(ONTOLOGY_DIR.glob("*.ttl")) if path.name != "shapes.ttl"}


def test_the_workers_entailments_equal_the_store_closure_through_changes(tmp_path: Path) -> None:
    tasks = [Task(f"{name}.txt", text.encode(), name) for name, text in REPORTS.items()]
    results = {r.source: r for r in build_batch(tasks, settings_in(tmp_path))}
    assert not [r.error for r in results.values() if r.error]
    graphs = {URIRef(r.graph): r.ntriples for r in results.values()}
    shipped = {URIRef(r.graph): r.entailments for r in results.values() if r.entailments is not None}
    assert len(shipped) == len(REPORTS) and all(e.ntriples for e in shipped.values())
    vocabulary = vocabularies()
    with open_store(tmp_path / "store", INFERRED) as handle:
        write(handle, vocabulary | graphs, (), shipped)  # a first build: vocabularies and documents in one write
        assert entailed(handle) == recomputed(handle, tmp_path)
        first, second, third = graphs
        write(handle, {first: graphs[second]}, [third])
        assert entailed(handle) == recomputed(handle, tmp_path)
        write(handle, {third: graphs[third]}, (), {third: shipped[third]})
        assert entailed(handle) == recomputed(handle, tmp_path)
        name = max(vocabulary, key=lambda n: vocabulary[n].count(SUB.encode()))
        lines = vocabulary[name].splitlines(keepends=True)
        write(handle, {name: b"".join(line for line in lines if SUB.encode() not in line)}, [third])
        assert schema(handle, ignore={INFERRED}).key != shipped[third].schema  # the workers' schema is gone
        write(handle, {third: graphs[third]}, (), {third: shipped[third]})
        assert entailed(handle) == recomputed(handle, tmp_path)


def test_a_graph_with_schema_edges_or_another_layout_gets_no_worker_entailments() -> None:
    fkg = "https://w3id.org/finkg/ontology#"
    graph = nt(f"<{EX}x> {TYPE} <{fkg}ListedCompany>")
    assert nt(f"<{EX}x> {TYPE} <{fkg}Company>") in entailments({A: graph})[A].ntriples
    assert entailments({A: graph + nt(f"<{EX}Listed> {SUB} <{EX}Company>")}) == {}
    assert entailments({A: graph.replace(b" ", b"\t")}) == {}
    assert entailments({A: graph.replace(b" .", b"  .")}) == {}


def test_a_corpus_build_keeps_the_entailments_of_its_changes_exact(tmp_path: Path) -> None:
    docs = write_reports(tmp_path / "docs")
    settings = settings_in(tmp_path)
    build_corpus([docs], settings, jobs=1)
    (docs / "harbor-2032.txt").write_text(REPORTS["harbor-2032"].replace("R&D investment", "Net profit"), "utf-8")
    (docs / "harbor-2033.txt").unlink()
    build_corpus([docs], settings, jobs=1)
    inferred, _ = graph_names(settings)
    with open_store(settings.store_dir, inferred) as store:
        reference = ox.Store()
        reference.extend(q for q in store.quads(store.graph_names()) if q.graph_name != ox.NamedNode(str(inferred)))
        reference.update(REFERENCE.replace(str(INFERRED), str(inferred)))
        expected = {str(q) for q in reference.quads_for_pattern(None, None, None, ox.NamedNode(str(inferred)))}
        assert expected and {str(q) for q in store.quads([inferred])} == expected
        assert not store.query(f"ASK {{ GRAPH <{document('harbor-2033')}> {{ ?s ?p ?o }} }}").boolean


def test_a_rebuild_that_only_retries_a_failed_document_rewrites_only_the_report(tmp_path: Path) -> None:
    docs = write_reports(tmp_path / "docs")
    (docs / "garbled.txt").write_bytes("创业板公司营业收入9亿元".encode("gb18030"))
    settings = settings_in(tmp_path)
    build_corpus([docs], settings, jobs=1)
    triples = settings.kg_dir / TRIPLES_FILE
    written = triples.stat().st_mtime_ns
    (settings.kg_dir / REPORT_FILE).unlink()
    again = build_corpus([docs], settings, jobs=1)
    assert again.failed and not again.built
    assert triples.stat().st_mtime_ns == written and (settings.kg_dir / REPORT_FILE).exists()
