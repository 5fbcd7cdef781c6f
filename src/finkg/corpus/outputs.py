"""The files of kg/ after a corpus build: all triples once as N-Triples, each rebuilt document as Turtle, a report.

Oxigraph writes both formats itself, so exporting a million triples takes seconds, not minutes. A
stamp of the manifest beside them tells the next build whether the files match the store, so an
unchanged corpus rewrites nothing and a build killed after its store update rewrites them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import URIRef

from ..store.files import REPORT_FILE, write_atomic
from ..store.manifest import Entry, manifest_ntriples
from .commit import CorpusStore

if TYPE_CHECKING:
    from .build import CorpusReport

TRIPLES_FILE = "finkg.nt"
STAMP_FILE = ".finkg-manifest"


def write_outputs(store: CorpusStore, kg_dir: Path, report: CorpusReport, entries: Mapping[URIRef, Entry]) -> None:
    """Rewrite what the build changed: the rebuilt documents' Turtle, the N-Triples of all, the report."""
    stamp = hashlib.sha256(manifest_ntriples(entries)).hexdigest().encode()
    stamp_path = kg_dir / STAMP_FILE
    current = stamp_path.read_bytes() if stamp_path.exists() else b""
    if current == stamp and not report.failed:
        return
    if current != stamp:  # the store changed; refusals alone (retried on every build) change only the report
        for result in report.built:
            write_atomic(kg_dir / f"{result.doc_id}.ttl", store.turtle(URIRef(result.graph)))
        for name in report.removed:
            for suffix in (".ttl", ".jsonld"):
                (kg_dir / f"{name.rsplit('/', 1)[-1]}{suffix}").unlink(missing_ok=True)
        write_atomic(kg_dir / TRIPLES_FILE, store.merged_ntriples(sorted(entries)))
    write_atomic(kg_dir / REPORT_FILE, markdown(report).encode("utf-8"))
    write_atomic(stamp_path, stamp)


def markdown(report: CorpusReport) -> str:
    """build-report.md of a corpus build: the summary, each refused document's reason, each document's results."""
    lines = ["# finkg corpus build report", "", report.summary(), ""]
    if report.failed:
        lines += ["## Not written", ""]
        lines += [f"- `{Path(r.source).name}`: {r.error.splitlines()[0]}" for r in report.failed]
        lines.append("")
    with_results = [r for r in report.built if r.details]
    if with_results:
        lines += ["## Validation results", ""]
        for result in with_results:
            lines += [f"### {result.doc_id}", "", "```", result.details, "```", ""]
    return "\n".join(lines)
