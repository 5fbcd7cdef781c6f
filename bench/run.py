"""`make bench`: finkg's corpus build at 10k, 100k and 1M triples, every stage against its baseline.

For each size a synthetic corpus is written (bench/synthetic.py), each stage and its baseline run in
a process of their own (time, throughput, peak RSS), the injected defects are looked up in the built
store, and a report goes to bench/out/report.{md,json} and bench/REPORT.md. Ratios are quoted,
not absolute times: baseline time / finkg time, so 10x means finkg is ten times faster.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SIZES = {"10k": 10, "100k": 100, "1M": 1000}  # documents; a report holds about 1,100 triples
# Targets of issue 8 at 1M triples on two cores (seconds unless said otherwise).
TARGETS = {
    "build": ("end to end (texts to validated store + exports)", 90.0),
    "store": ("records to store", 4.0),
    "load": ("loading the exported N-Triples", 3.0),
    "gate": ("SHACL gate, complete", 25.0),
    "one_document": ("one new document against the store", 3.0),
    "export": ("N-Triples + Turtle export", 2.0),
    "gexf": ("GEXF export", 12.0),
    "rebuild": ("rebuild of the unchanged corpus", 5.0),
    "queries": ("slowest competency question", 0.05),
}
EXTRACT_TARGET = 1_000_000  # bytes of report text per second per core
# Why a target is missed on this machine, measured while profiling; the report prints it beside a miss.
WHY = {
    "load": "this is Oxigraph's own bulk load of the file into a fresh on-disk store (about 330k triples/s here): "
            "finkg adds nothing to it",
    "store": "Oxigraph's on-disk bulk loader spends 7-8 µs of CPU per quad (1.35M quads with the entailments): "
             "about 5 s on 2 cores at best; an in-memory store loads the same in 4 s",
    "export": "one Turtle file per document (1,000 dumps) and the merged N-Triples are read out of RocksDB through "
              "Python; reading 1.3M quads out costs about 8 s however it is done",
    "gexf": "the property-graph view pulls every triple through Python and rdflib terms (about 240k result rows "
            "per 100k triples); streaming keeps memory at a fifth of the baseline's but not the time",
    "queries": "corpus-wide questions (largest amounts, total revenue, sector revenue) scan every observation: "
               "Oxigraph has no index on values, so ORDER BY and aggregates over 40k observations take 0.4-0.5 s",
    "extract": "about 60 regular-expression passes per document in pure Python; no single one costs more than "
               "10-20%, so the next step is a tokenizer and per-word table lookups, not more tuning",
}


def run_stage(name: str, root: Path) -> dict[str, float]:
    """One stage in a child process: its seconds, items and peak RSS (MiB, largest process incl. its workers)."""
    child = subprocess.Popen([sys.executable, __file__, "--stage", name, "--root", str(root)], stdout=subprocess.PIPE)
    assert child.stdout is not None
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"bench stage {name} failed with exit code {child.returncode}")
    seconds, items = json.loads(out)
    return {"seconds": seconds, "items": items, "peak_rss_mib": usage.ru_maxrss / 1024}


def found_defects(root: Path) -> dict[str, object]:
    """The injected defects and whether finkg flagged each (a flagged figure in the graph, or a refused file)."""
    from stages import settings

    from finkg.pipeline import graph_names
    from finkg.store import open_store

    built = settings(root)
    inferred, _ = graph_names(built)
    with open_store(built.store_dir, inferred, read_only=True) as store:
        rows = store.query(
            "SELECT ?g ?text WHERE { GRAPH ?g { ?o <https://w3id.org/finkg/ontology#plausible> false ; "
            "<https://w3id.org/finkg/ontology#statedText> ?text } }"
        ).rows
    flagged = {(str(g).rsplit("/", 1)[-1], str(text)) for g, text in rows}
    failed = json.loads((root / "build.json").read_text())["failed"]
    defects = json.loads((root / "defects.json").read_text())
    missed = []
    for defect in defects:
        if defect["kind"] == "encoding":
            hit = any(f"{defect['doc_id']}.txt" in reason and "not UTF-8" in reason for reason in failed)
        else:
            hit = (defect["doc_id"], defect["text"]) in flagged
        if not hit:
            missed.append(defect)
    return {"injected": len(defects), "found": len(defects) - len(missed), "missed": missed,
            "flagged_figures": len(flagged), "refused_documents": len(failed)}


def bench_size(label: str, documents: int, work: Path) -> dict[str, object]:
    """Every stage and baseline on one corpus size."""
    from stages import STAGES
    from synthetic import write_corpus

    root = work / label
    shutil.rmtree(root, ignore_errors=True)
    write_corpus(root, documents)
    results: dict[str, object] = {"documents": documents}
    for name, (_, baseline) in STAGES.items():
        print(f"bench {label}: {name}", file=sys.stderr, flush=True)
        entry: dict[str, object] = {"finkg": run_stage(name, root)}
        if baseline is not None:
            entry["baseline"] = run_stage(f"{name}:baseline", root)
        results[name] = entry
    results["build_stages"] = json.loads((root / "build.json").read_text())["stages"]
    results["triples"] = json.loads((root / "build.json").read_text())["triples"]
    results["report_bytes"] = sum(p.stat().st_size for p in (root / "docs").iterdir())
    results["defects"] = found_defects(root)
    return results


def _ratio(entry: dict[str, dict[str, float]], key: str) -> str:
    if "baseline" not in entry:
        return "—"
    mine, base = entry["finkg"][key], entry["baseline"][key]
    return f"{base / mine:.1f}x" if mine else "—"


def markdown(report: dict[str, object]) -> str:
    """The report as Markdown: a table per size, then the targets at the largest size."""
    lines = ["# finkg benchmark", "", f"Machine: {report['machine']}. Ratios are baseline / finkg (higher is better) "
             "for time and for peak RSS. Baselines: rdflib Dataset.add (store), rdflib parse (load), rdflib "
             "serialize (export), rdflib to networkx and its GEXF writer (gexf), pyshacl on the whole graph with "
             "all shapes (gate; scaled from a 100-document sample above that size), rdflib SPARQL (queries). "
             "finkg's gate is the build's SPARQL "
             "gate plus the share of its extract+validate stage that a worker spends on the core shapes and Data "
             "Cube checks (timed on two batches); finkg's store is the write of every graph with the entailments "
             "its worker computed.", ""]
    sizes: dict[str, dict[str, object]] = report["sizes"]  # type: ignore[assignment]
    for label, size in sizes.items():
        defects = size["defects"]
        lines += [f"## {label}: {size['documents']} documents, {size['triples']:,} triples, "
                  f"{size['report_bytes']:,} bytes of text", "",
                  f"Injected defects found: {defects['found']} of {defects['injected']}.", "",  # type: ignore[index]
                  "| stage | time ratio | RSS ratio | finkg throughput | finkg peak RSS |", "|---|---|---|---|---|"]
        for name in TARGETS | {"extract": ("", 0.0)}:
            entry = size[name]  # type: ignore[index]
            mine = entry["finkg"]
            rate = mine["items"] / mine["seconds"] if mine["seconds"] else 0.0
            lines.append(f"| {name} | {_ratio(entry, 'seconds')} | {_ratio(entry, 'peak_rss_mib')} | "
                         f"{rate:,.0f}/s | {mine['peak_rss_mib']:,.0f} MiB |")
        lines.append("")
    largest = list(sizes)[-1]
    size = sizes[largest]
    lines += [f"## Targets at {largest}", "", "| target | limit | measured | met |", "|---|---|---|---|"]
    for name, (what, limit) in TARGETS.items():
        seconds = size[name]["finkg"]["seconds"]  # type: ignore[index]
        met = "yes" if seconds <= limit else f"no ({seconds / limit:.1f}x over): {WHY.get(name, '')}"
        lines.append(f"| {what} | {limit:g} s | {seconds:.2f} s | {met} |")
    extract = size["extract"]["finkg"]  # type: ignore[index]
    rate = extract["items"] / extract["seconds"]
    met = "yes" if rate >= EXTRACT_TARGET else f"no ({EXTRACT_TARGET / rate:.1f}x under): {WHY['extract']}"
    lines.append(f"| extraction per core | {EXTRACT_TARGET / 1e6:g} MB/s | {rate / 1e6:.3f} MB/s | {met} |")
    build_rss = size["build"]["finkg"]["peak_rss_mib"]  # type: ignore[index]
    met = "yes" if build_rss <= 2048 else "no"
    lines.append(f"| peak RSS of the build | 2048 MiB | {build_rss:,.0f} MiB | {met} |")
    lines += ["", "Build stages (seconds): " + ", ".join(f"{n} {s:.1f}" for n, s in size["build_stages"]), ""]  # type: ignore[union-attr]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=",".join(SIZES), help="comma-separated, of " + ", ".join(SIZES))
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--work", type=Path, help="where the corpora go (default: a temporary directory)")
    parser.add_argument("--stage")
    parser.add_argument("--root", type=Path)
    parser.add_argument("--report-only", action="store_true", help="rewrite the Markdown from --out's report.json")
    args = parser.parse_args()
    if args.report_only:
        report = json.loads((args.out / "report.json").read_text())
        (args.out / "report.md").write_text(markdown(report))
        if list(report["sizes"]) == list(SIZES):
            (HERE / "REPORT.md").write_text(markdown(report))
        return
    if args.stage:
        from stages import STAGES

        name, _, which = args.stage.partition(":")
        mine, baseline = STAGES[name]
        step = baseline if which else mine
        assert step is not None
        print(json.dumps(step(args.root)))
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        sizes = {label: bench_size(label, SIZES[label], work) for label in args.sizes.split(",")}
    report = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
              "sizes": sizes, "seconds": time.perf_counter() - started}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    text = markdown(report)
    (args.out / "report.md").write_text(text)
    if list(sizes) == list(SIZES):
        (HERE / "REPORT.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
