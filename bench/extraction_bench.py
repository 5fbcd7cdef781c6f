"""Extraction speed on the bundled report and the annotated test reports, as ratios to a baseline.

Run by hand (`python bench/extraction_bench.py [--rounds N]`), never by the tests. The baseline,
measured in the same run on the same text, is one regular-expression pass that finds every number:
the least any extractor must do. Ratios survive a noisy machine where absolute times do not.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from timing import median_seconds

from finkg.check import check
from finkg.extract import extract
from finkg.extract.entities import find_entities
from finkg.extract.quantities import find_quantities
from finkg.read import read_document
from finkg.records import Document

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [ROOT / "corpus" / "000_5e41f899ff37ab17.txt", *sorted((ROOT / "tests" / "data" / "docs").glob("*.txt"))]
NUMBER = re.compile(r"\d[\d,.]*")



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    print("| document | chars | baseline (ms) | quantities | entities | extract + check (ms) | ratio | MB/s |")
    print("|---|---|---|---|---|---|---|---|")
    for path in DOCUMENTS:
        document = read_document(path)
        print(_row(path.stem, document, rounds))


def _row(name: str, document: Document, rounds: int) -> str:
    text = document.text
    baseline = median_seconds(lambda: NUMBER.findall(text), rounds)
    quantities = median_seconds(lambda: find_quantities(document), rounds)
    entities = median_seconds(lambda: find_entities(document), rounds)
    whole = median_seconds(lambda: check(extract(document)), rounds)
    speed = len(text.encode()) / whole / 1e6
    return (
        f"| {name} | {len(text):,} | {baseline * 1e3:.2f} | {quantities * 1e3:.1f} ms | {entities * 1e3:.1f} ms | "
        f"{whole * 1e3:.1f} | {whole / baseline:,.0f}x | {speed:.2f} |"
    )


if __name__ == "__main__":
    main()
