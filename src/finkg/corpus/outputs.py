"""The files of kg/ after a corpus build: all triples once as N-Triples, each rebuilt document as Turtle, a report.

Oxigraph writes both formats itself, so exporting a million triples takes seconds, not minutes. A
stamp of the manifest beside them tells the next build whether the files match the store, so an
unchanged corpus rewrites nothing and a build killed after its store update rewrites them.

A build that only adds documents, to files that match the manifest it started from, does not
rewrite finkg.nt: reading a million quads back out of the store is most of a small build's time.
It appends the new graphs' triples that no graph of the old manifest holds (one query on the store),
so every triple is still written once. The old file is copied beside itself, the new lines appended,
and the copy renamed over it; the stamp is written last. A build killed before the rename leaves the
old file and the old stamp, and one killed after it the new file and the old stamp: either way the
stamp no longer matches the store's manifest, so the next build rewrites finkg.nt from the store.
The report is rewritten only when its text changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
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


def write_outputs(
    store: CorpusStore,
    kg_dir: Path,
    report: CorpusReport,
    entries: Mapping[URIRef, Entry],
    known: Mapping[URIRef, Entry],
) -> None:
    """Bring kg/ in step with the store's manifest `entries`, written over `known`: only what the build changed."""
    stamp, stamp_path = _stamp(entries), kg_dir / STAMP_FILE
    current = stamp_path.read_bytes() if stamp_path.exists() else b""
    if current != stamp:
        for result in report.built:
            write_atomic(kg_dir / f"{result.doc_id}.ttl", store.turtle(URIRef(result.graph)))
        for name in report.removed:
            for suffix in (".ttl", ".jsonld"):
                (kg_dir / f"{name.rsplit('/', 1)[-1]}{suffix}").unlink(missing_ok=True)
        added = _added(entries, known, report) if current == _stamp(known) else None
        if added is None or not _append(store, kg_dir / TRIPLES_FILE, added, sorted(known)):
            write_atomic(kg_dir / TRIPLES_FILE, store.merged_ntriples(sorted(entries)))
    text = markdown(report).encode("utf-8")
    report_path = kg_dir / REPORT_FILE
    if not report_path.exists() or report_path.read_bytes() != text:
        write_atomic(report_path, text)
    if current != stamp:
        write_atomic(stamp_path, stamp)


def _stamp(entries: Mapping[URIRef, Entry]) -> bytes:
    return hashlib.sha256(manifest_ntriples(entries)).hexdigest().encode()


def _added(entries: Mapping[URIRef, Entry], known: Mapping[URIRef, Entry], report: CorpusReport) -> list[URIRef] | None:
    """The graphs the build added, or None when it also changed or removed one (or a vocabulary)."""
    built = {URIRef(r.graph) for r in report.built}
    if entries.keys() - known.keys() != built or any(entries.get(name) != e for name, e in known.items()):
        return None
    return sorted(built)


def _append(store: CorpusStore, path: Path, added: Sequence[URIRef], old: Sequence[URIRef]) -> bool:
    """Extend the N-Triples at `path` with the triples of `added` not in any graph of `old`; False if it is missing."""
    if not path.exists():
        return False
    new = store.construct(_new_triples(added, old))
    if not new:
        return True
    write_atomic(path, new, append=True)
    return True


def _new_triples(added: Sequence[URIRef], old: Sequence[URIRef]) -> str:
    """A CONSTRUCT of the triples of `added`, each once, that no graph of `old` holds."""
    values = " ".join(f"<{name}>" for name in added)
    held = ", ".join(f"<{name}>" for name in old)
    return (
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {{ SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} "
        f"GRAPH ?g {{ ?s ?p ?o }} }} }} FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h IN ({held})) }} }}"
    )


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
