"""A synthetic corpus of market-performance reports, with a known set of injected defects.

Reports are assembled from sentence templates of the genre (board totals, growth, cohorts, named
companies from finkg's gazetteer), with seeded random figures, so a size names one corpus exactly.
A small, fixed share of documents carries one defect each, and the defect list says where:

- magnitude: a board total with a thousands comma where the decimal point was ("1,397,780 billion yuan");
- unit: one company's revenue in trillions where billions were meant;
- encoding: the file's bytes cut inside a UTF-8 character, so no character offset after it holds.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

COMPANIES_CSV = Path(__file__).resolve().parents[1] / "src" / "finkg" / "data" / "companies.csv"
# one "Main Board" only: finkg names the cohort of a board without its exchange ("main-board-companies")
BOARDS = ("STAR Market", "ChiNext", "Beijing Stock Exchange", "Shenzhen Main Board")
SECTORS = ("integrated circuit", "biomedicine", "new energy", "artificial intelligence", "high-end equipment",
           "software", "new materials", "medical device")
HEADINGS = ("Stable operations and steady growth", "Record investment in R&D", "Industry leaders",
            "Returns to investors", "Quality of development")
KINDS = ("magnitude", "unit", "encoding")
# Documents 2, 5 and 8 of every 25 carry one defect each (12%), so even ten documents hold every kind.
DEFECT_CYCLE, DEFECT_AT = 25, (2, 5, 8)


@dataclass(frozen=True, slots=True)
class Defect:
    """One injected defect: which document, which kind, and the text that carries it."""

    doc_id: str
    kind: str
    text: str


def _companies() -> list[str]:
    with COMPANIES_CSV.open(encoding="utf-8") as f:
        # names in capitals ("CAISSA TOURISM GROUP CO.,LTD.") read as headings, not as company names
        return [row["en_name"] for row in csv.DictReader(f) if row["en_name"] and not row["en_name"].isupper()]


def _size(population: str, low: int, high: int) -> int:
    """The size of a named population, the same in every report: finkg merges cohorts of one name across
    documents (their IRIs carry no period), and its shapes allow a cohort one size and one parent."""
    return random.Random(population).randint(low, high)


def _billions(rng: random.Random, low: float, high: float) -> str:
    return f"{rng.uniform(low, high):,.2f}"


def report(rng: random.Random, doc_id: str, index: int, companies: list[str]) -> tuple[str, Defect | None]:
    """One report's text and the defect injected into it, if any."""
    year = 2015 + index % 10
    board = BOARDS[index % len(BOARDS)]
    at = index % DEFECT_CYCLE
    kind = KINDS[DEFECT_AT.index(at)] if at in DEFECT_AT else None
    revenue = rng.uniform(800, 4000)
    stated_revenue = f"{revenue:,.2f} billion yuan"
    defect = None
    if kind == "magnitude":
        stated_revenue = f"{round(revenue * 1000):,} billion yuan"
        defect = Defect(doc_id, kind, stated_revenue)
    lines = [
        f"{board} companies in {year}: an overview of operating performance",
        f"As of April 30, {year + 1}, all {_size(board, 200, 900)} companies listed on the {board} had disclosed "
        f"their main operating results for {year}.",
        f"I. {HEADINGS[index % len(HEADINGS)]}",
        f"In {year}, {board} companies reported total operating revenue of {stated_revenue}, up "
        f"{rng.uniform(0.5, 25):.1f}% year on year, and net profit of {_billions(rng, 40, 300)} billion yuan.",
        f"{rng.randint(40, 80)}% of the companies increased their operating revenue, and {_size(board, 20, 90)} of "
        f"them grew it by more than 50%.",
        f"R&D investment of {board} companies reached {_billions(rng, 50, 400)} billion yuan in {year}, up "
        f"{rng.uniform(1, 30):.1f}% year on year.",
        f"II. {HEADINGS[(index + 1) % len(HEADINGS)]}",
    ]
    named = rng.sample(companies, 4)
    for n, company in enumerate(named):
        stated = f"{_billions(rng, 1, 90)} billion yuan"
        if kind == "unit" and n == 0:
            stated = f"{rng.randint(12, 90)} trillion yuan"
            defect = Defect(doc_id, kind, stated)
        lines.append(f"{company} reported operating revenue of {stated} in {year}, up "
                     f"{rng.uniform(1, 60):.1f}% year on year.")
    lines.append(f"Net profit of {named[1]} was {_billions(rng, 0.5, 20)} billion yuan, an increase of "
                 f"{rng.uniform(1, 90):.1f}% over the previous year.")
    lines.append(f"III. {HEADINGS[(index + 2) % len(HEADINGS)]}")
    for sector in SECTORS[2 * (index % len(BOARDS)) :][:2]:  # a sector's cohort always under the same board
        lines.append(f"Nearly {_size(sector, 20, 150)} {sector} companies achieved total revenue of "
                     f"{_billions(rng, 50, 600)} billion yuan, up {rng.uniform(1, 40):.1f}% year on year.")
    text = "\n".join(lines) + "\n"
    if kind == "encoding":
        defect = Defect(doc_id, kind, "not UTF-8")
    return text, defect


def write_corpus(root: Path, documents: int, seed: int = 8) -> list[Defect]:
    """`documents` reports written under `root`, and the defects injected into them (also in defects.json)."""
    rng = random.Random(seed)
    companies = _companies()
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    defects = []
    for index in range(documents):
        doc_id = f"report-{index:05d}"
        text, defect = report(rng, doc_id, index, companies)
        data = text.encode("utf-8")
        if defect is not None and defect.kind == "encoding":
            cut = len(data) // 2
            data = data[:cut] + "亿".encode()[:2] + data[cut:]  # half a character: the bytes after it shift
        (docs / f"{doc_id}.txt").write_bytes(data)
        if defect is not None:
            defects.append(defect)
    (root / "defects.json").write_text(json.dumps([asdict(d) for d in defects], indent=2) + "\n")
    return defects
