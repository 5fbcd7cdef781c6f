"""Extraction speed on the bundled report, the annotated test reports and a synthetic sample, as ratios to a baseline.

Run by hand (`python bench/extraction_bench.py [--rounds N] [--sample N]`), never by the tests. The
baseline, measured in the same run on the same text, is one regular-expression pass that finds every
number: the least any extractor must do. Ratios survive a noisy machine where absolute times do not.
Throughput is bytes of report text per second on one core (issue 8 asks for 1 MB/s). What a process
pays once (the gazetteer, the sector scheme) is timed apart: a corpus worker pays it once for many
documents.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from synthetic import write_corpus
from timing import median_seconds

from finkg.check import check
from finkg.errors import InputError
from finkg.extract import extract
from finkg.extract.entities import find_entities
from finkg.extract.quantities import find_quantities
from finkg.extract.sectors import sector_scheme
from finkg.read import read_document
from finkg.records import Document
from finkg.resolve.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [ROOT / "corpus" / "000_5e41f899ff37ab17.txt", *sorted((ROOT / "tests" / "data" / "docs").glob("*.txt"))]
NUMBER = re.compile(r"\d[\d,.]*")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--sample", type=int, default=50, help="synthetic reports in the sample")
    args = parser.parse_args()
    print(f"once per process: {_once_per_process() * 1e3:.0f} ms (gazetteer and sector scheme)")
    print()
    print("| document | bytes | baseline (ms) | quantities | entities | extract + check (ms) | ratio | MB/s |")
    print("|---|---|---|---|---|---|---|---|")
    for path in DOCUMENTS:
        print(_row(path.stem, [read_document(path)], args.rounds))
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp), args.sample)
        sample = _readable(sorted((Path(tmp) / "docs").glob("*.txt")))
    print(_row(f"synthetic sample ({len(sample)} reports)", sample, max(1, args.rounds // 4)))


def _once_per_process() -> float:
    """Seconds to load what every process reads once, from cold."""
    load_gazetteer.cache_clear()
    sector_scheme.cache_clear()
    started = time.perf_counter()
    load_gazetteer()
    sector_scheme()
    return time.perf_counter() - started


def _readable(paths: Sequence[Path]) -> list[Document]:
    """The sample's reports that can be read (its encoding defects are refused by design)."""
    documents = []
    for path in paths:
        try:
            documents.append(read_document(path))
        except InputError:
            continue
    return documents


def _row(name: str, documents: Sequence[Document], rounds: int) -> str:
    """Median times over `documents` taken together; the ratio is extract + check over the baseline."""
    size = sum(len(d.text.encode()) for d in documents)
    baseline = median_seconds(lambda: [NUMBER.findall(d.text) for d in documents], rounds)
    quantities = median_seconds(lambda: [find_quantities(d) for d in documents], rounds)
    entities = median_seconds(lambda: [find_entities(d) for d in documents], rounds)
    whole = median_seconds(lambda: [check(extract(d)) for d in documents], rounds)
    return (
        f"| {name} | {size:,} | {baseline * 1e3:.2f} | {quantities * 1e3:.1f} ms | {entities * 1e3:.1f} ms | "
        f"{whole * 1e3:.1f} | {whole / baseline:,.0f}x | {size / whole / 1e6:.2f} |"
    )


if __name__ == "__main__":
    main()
