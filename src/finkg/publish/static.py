"""`finkg publish --static DIR`: the served site as files for any static web server.

One file per resource and format (`doc/{type}/{slug}.{ttl,jsonld,nt,rdf,html}` and a `.var` type
map), the dumps, the dataset description, the ontology and its docs, the home page, and Apache
and nginx rules for the 303s and negotiation. The site is written beside DIR and moved over it,
so a failed run leaves the last good site.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from ..config import ONTOLOGY_DIR, Settings
from . import describe as d
from .app import examples
from .ontology_docs import ontology_html
from .pages import TEMPLATES, Pages
from .redirects import htaccess, nginx, type_map
from .source import open_source
from .void import dataset_description, make_dumps, sha256sums


@dataclass(frozen=True, slots=True)
class SiteReport:
    """How many resources and files the static site holds."""

    resources: int
    files: int


def _formats(graph: Graph, stem: str, html: str, prefixes: dict[str, str]) -> dict[str, bytes]:
    """`stem.{ext}` for every format, and the type map `stem.var`."""
    files = {f"{stem}.{f.ext}": d.serialize(graph, f, prefixes) for f in d.FORMATS if f is not d.HTML}
    files[f"{stem}.html"] = html.encode("utf-8")
    files[f"{stem}.var"] = type_map(stem.rsplit("/", 1)[-1]).encode()
    return files


def write_site(
    store_path: Path, settings: Settings, out: Path, *, queries_dir: Path = Path("queries"), site_url: str | None = None
) -> SiteReport:
    """Write the static site of the store at `store_path` into `out`."""
    source = open_source(store_path, settings)
    pages = Pages(source, endpoint=False)
    site = (site_url or source.base).rstrip("/")
    files: dict[str, bytes] = {}
    resources = source.resources()
    for iri in resources:
        description = d.describe(source, iri)
        path = d.local_path(iri, source)
        if description is None or path is None:
            continue
        graph = d.to_graph(description, source)
        files.update(_formats(graph, f"doc/{path}", pages.resource(description), source.prefixes))
    dumps, triples = make_dumps(source)
    for dump in dumps:
        files[f"download/{dump.name}"] = dump.data
    files["download/SHA256SUMS"] = sha256sums(dumps)
    void = dataset_description(source, site, dumps, triples)
    void_prefixes = {str(p): str(n) for p, n in void.namespaces()}
    files.update(_formats(void, "dataset", pages.text("Dataset description (VoID and DCAT)",
                                                         void.serialize(format="turtle")), void_prefixes))
    files[".well-known/void"] = files["dataset.ttl"]
    ontology = Graph().parse(ONTOLOGY_DIR / "finkg.ttl")
    files.update(_formats(ontology, "ontology", ontology_html(ONTOLOGY_DIR / "finkg.ttl"),
                          {str(p): str(n) for p, n in ontology.namespaces()}))
    counts = {"triples": triples, "resources": len(resources)}
    files["index.html"] = pages.home(counts, examples(queries_dir), [(x.name, len(x.data)) for x in dumps]).encode()
    files["finkg.css"] = (TEMPLATES / "finkg.css").read_bytes()
    files[".htaccess"] = htaccess().encode()
    files["nginx.conf"] = nginx().encode()
    _replace_dir(out, files)
    return SiteReport(resources=len(resources), files=len(files))


def _replace_dir(out: Path, files: dict[str, bytes]) -> None:
    """Write every file into a fresh folder beside `out`, then swap it in."""
    staging = out.with_name(f".{out.name}.{os.getpid()}.new")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for name, data in files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        old = out.with_name(f".{out.name}.{os.getpid()}.old")
        if out.exists():
            os.replace(out, old)
        os.replace(staging, out)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
