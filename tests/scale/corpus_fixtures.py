"""Small invented reports for the corpus tests, and helpers to look into a built store."""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef

from finkg.config import Settings
from finkg.pipeline import graph_names
from finkg.store import open_store
from finkg.store.manifest import Entry, manifest_graph, read_manifest

REPORTS = {
    "harbor-2031": """ChiNext companies in 2031: results at a glance
I. Revenue
In 2031, ChiNext companies reported total operating revenue of 812.40 billion yuan, up 6.2% year on year.
Net profit of ChiNext companies was 61.75 billion yuan, an increase of 3.1% over the previous year.
""",
    "harbor-2032": """ChiNext companies in 2032: results at a glance
I. Revenue
In 2032, ChiNext companies reported total operating revenue of 868.90 billion yuan, up 7.0% year on year.
R&D investment of ChiNext companies reached 54.20 billion yuan, up 11.5% year on year.
""",
    "harbor-2033": """ChiNext companies in 2033: results at a glance
I. Revenue
In 2033, ChiNext companies reported total operating revenue of 901.15 billion yuan, up 3.7% year on year.
""",
}


def write_reports(folder: Path, reports: dict[str, str] = REPORTS) -> Path:
    """The reports as .txt files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def settings_in(root: Path) -> Settings:
    """A store and kg/ of their own under `root`."""
    return Settings(kg_dir=root / "kg", store_dir=root / "store")


def document(name: str) -> URIRef:
    """The graph name of a report."""
    return URIRef(f"https://w3id.org/finkg/id/document/{name}")


def state(settings: Settings) -> tuple[dict[URIRef, Entry], bytes]:
    """The store's manifest and its quads as sorted N-Quads."""
    inferred, _ = graph_names(settings)
    with open_store(settings.store_dir, inferred, read_only=True) as store:
        return read_manifest(store, manifest_graph(settings)), store.dump()
