"""Times of every export on the seed report, and a streaming run on a synthetic graph of N triples.

Run by hand, never by the tests:
    python bench/export_bench.py                     # each export of the seed, median of 3 rounds
    python bench/export_bench.py --synthetic 1000000 # GEXF, GraphML, CSV of a 1M-triple graph, with peak memory
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
from timing import median_seconds

from finkg.config import ONTOLOGY_DIR, Settings
from finkg.export.bolt import load
from finkg.export.cypher import write_cypher
from finkg.export.gexf import write_gexf
from finkg.export.graphml import write_graphml
from finkg.export.neo4j_csv import write_neo4j_csv
from finkg.export.picture import draw
from finkg.export.view import PropertyGraph, ViewOptions, open_view
from finkg.pipeline import build

BASE = "https://w3id.org/finkg"
FKG = "https://w3id.org/finkg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"



def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fresh(view: PropertyGraph) -> PropertyGraph:
    """The same view without its cached schema, so each round pays for every pass."""
    return PropertyGraph(view.store, view.base_iri, view.options, view.batch)


def seed_exports(root: Path, rounds: int) -> None:
    """Build the seed, then time each export of it."""
    settings = Settings(kg_dir=root / "kg", store_dir=root / "store")
    started = time.perf_counter()
    build([], settings)
    print(f"build seed: {time.perf_counter() - started:.2f} s")
    with open_view(settings, ViewOptions()) as view:
        schema = fresh(view).schema()
        print(f"seed view: {sum(schema.nodes.values())} nodes {schema.nodes}")
        print(f"           {sum(schema.edges.values())} edges {schema.edges}")
        steps: dict[str, Callable[[], object]] = {
            "view (schema pass)": lambda: fresh(view).schema(),
            "gexf": lambda: write_gexf(fresh(view), root / "seed.gexf"),
            "graphml": lambda: write_graphml(fresh(view), root / "seed.graphml"),
            "neo4j-csv": lambda: write_neo4j_csv(fresh(view), root / "csv"),
            "cypher": lambda: write_cypher(fresh(view), root / "seed.cypher"),
        }
        try:
            import kglite  # a dev dependency: the Neo4j stand-in

            from_tests = Path(__file__).resolve().parents[1] / "tests" / "export"
            import sys

            sys.path.insert(0, str(from_tests))
            from kglite_engine import KgliteSession

            steps["bolt loader (kglite session)"] = lambda: load(fresh(view), KgliteSession(kglite.KnowledgeGraph()))
        except ImportError:
            pass
        for name, step in steps.items():
            print(f"{name}: {median_seconds(step, rounds):.3f} s")
    with open_view(settings, ViewOptions(evidence=False, observations=False)) as compact:
        print(f"png (compact): {median_seconds(lambda: draw(fresh(compact), root / 'seed.png'), rounds):.3f} s")
    for path in (root / "seed.gexf", root / "seed.graphml", root / "seed.cypher"):
        print(f"{path.name}: {path.stat().st_size / 1e6:.2f} MB")


def synthetic_quads(triples: int) -> Iterator[ox.Quad]:
    """A report-shaped graph of about `triples` triples: companies in sectors, ten observations each."""
    graph = ox.NamedNode(f"{BASE}/id/document/synthetic")
    node, lit = ox.NamedNode, ox.Literal
    decimal = node("http://www.w3.org/2001/XMLSchema#decimal")
    companies = max(1, triples // 115)
    for c in range(companies):
        company = node(f"{BASE}/id/company/c{c}")
        yield ox.Quad(company, node(RDF_TYPE), node(f"{FKG}ListedCompany"), graph)
        yield ox.Quad(company, node(LABEL), lit(f"Company {c}", language="en"), graph)
        yield ox.Quad(company, node(f"{FKG}ticker"), lit(f"{688000 + c}"), graph)
        yield ox.Quad(company, node(f"{FKG}inSector"), node(f"{BASE}/id/sector/s{c % 40}"), graph)
        yield ox.Quad(company, node(f"{FKG}listedOn"), node(f"{BASE}/id/organization/star"), graph)
        for o in range(10):
            observation = node(f"{BASE}/id/observation/c{c}-q{o}")
            yield ox.Quad(observation, node(RDF_TYPE), node(f"{FKG}Observation"), graph)
            yield ox.Quad(observation, node(f"{FKG}subject"), company, graph)
            yield ox.Quad(observation, node(f"{FKG}measure"), node(f"{BASE}/id/measure/m{o}"), graph)
            yield ox.Quad(observation, node(f"{FKG}period"), node(f"{BASE}/id/period/FY2024"), graph)
            yield ox.Quad(observation, node(f"{FKG}kind"), node(f"{FKG}level"), graph)
            yield ox.Quad(observation, node(f"{FKG}unit"), node("http://qudt.org/vocab/unit/CCY_CNY"), graph)
            yield ox.Quad(observation, node(f"{FKG}qualifier"), node(f"{FKG}exact"), graph)
            yield ox.Quad(observation, node(f"{FKG}value"), lit(f"{c * 10 + o}.5", datatype=decimal), graph)
            yield ox.Quad(observation, node(f"{FKG}plausible"), lit(True), graph)
            yield ox.Quad(observation, node(f"{FKG}statedText"), lit(f"{c}.{o} billion yuan"), graph)
            yield ox.Quad(observation, node(f"{FKG}note"), lit("synthetic"), graph)
    for s in range(40):
        sector = node(f"{BASE}/id/sector/s{s}")
        yield ox.Quad(sector, node(RDF_TYPE), node(f"{FKG}Sector"), graph)
        yield ox.Quad(sector, node(LABEL), lit(f"sector {s}", language="en"), graph)
    yield ox.Quad(node(f"{BASE}/id/organization/star"), node(RDF_TYPE), node(f"{FKG}Exchange"), graph)


def fill_store(store_dir: Path, triples: int) -> None:
    """Bulk-load the ontology and a synthetic graph into an on-disk store."""
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(ONTOLOGY_DIR / "finkg.ttl"), format=ox.RdfFormat.TURTLE,
                    to_graph=ox.NamedNode(f"{BASE}/graph/finkg"))
    store.bulk_extend(synthetic_quads(triples))
    store.flush()
    print(f"synthetic store: {len(store)} quads")


def synthetic_exports(root: Path, triples: int) -> None:
    """Stream GEXF, GraphML and the Neo4j CSVs of a synthetic graph, reporting time and peak memory."""
    store_dir = root / "synthetic-store"
    started = time.perf_counter()
    loader = multiprocessing.Process(target=fill_store, args=(store_dir, triples))  # its memory is not ours
    loader.start()
    loader.join()
    print(f"loaded in {time.perf_counter() - started:.1f} s (child process); peak memory here: {peak_mb():.0f} MB")
    with open_view(Settings(store_dir=store_dir), ViewOptions()) as view:
        started = time.perf_counter()
        schema = view.schema()
        print(f"schema pass: {sum(schema.nodes.values())} nodes, {sum(schema.edges.values())} edges, "
              f"{time.perf_counter() - started:.1f} s, peak {peak_mb():.0f} MB")
        for name, step in (("gexf", lambda: write_gexf(view, root / "synthetic.gexf")),
                           ("graphml", lambda: write_graphml(view, root / "synthetic.graphml")),
                           ("neo4j-csv", lambda: write_neo4j_csv(view, root / "synthetic-csv"))):
            started = time.perf_counter()
            step()
            print(f"{name}: {time.perf_counter() - started:.1f} s, peak {peak_mb():.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--synthetic", type=int, default=0, help="also export a synthetic graph of this many triples")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.synthetic:
            synthetic_exports(Path(tmp), args.synthetic)
        else:
            seed_exports(Path(tmp), args.rounds)


if __name__ == "__main__":
    main()
