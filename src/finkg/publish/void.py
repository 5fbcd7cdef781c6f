"""The dataset's description and dumps: VoID (https://www.w3.org/TR/void/) and DCAT-AP 3.0.1.

Dumps are gzip files of the data graphs (TriG, N-Quads, JSON-LD) written with mtime 0, so the
same store gives the same bytes, the same SHA-256 and the same size in the description.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import DCTERMS, FOAF, OWL, RDF, XSD, Graph, Literal, Namespace, URIRef

from .. import __version__
from ..mapping.vocab import FKG, PREFIXES
from .describe import LICENSE
from .source import Source

VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
_IANA = "https://www.iana.org/assignments/media-types/"
TITLE = "finkg: financial market reports as linked data"
DESCRIPTION = ("Facts about listed companies and cohorts of companies read from exchange reports, each an "
               "observation (W3C Data Cube) that links to its source sentence and character offsets.")
_EXAMPLES = 3


@dataclass(frozen=True, slots=True)
class Dump:
    """One gzip dump: its file name, media type of the uncompressed content, bytes."""

    name: str
    media_type: str
    data: bytes

    @property
    def sha256(self) -> str:
        """The SHA-256 of the gzip file, in hex."""
        return hashlib.sha256(self.data).hexdigest()


def make_dumps(source: Source) -> tuple[tuple[Dump, ...], int]:
    """The TriG, N-Quads and JSON-LD dumps of the data graphs, and how many quads they hold."""
    quads = list(source.quads())
    prefixes = {**PREFIXES, **source.prefixes}
    formats = (("finkg.trig.gz", ox.RdfFormat.TRIG), ("finkg.nq.gz", ox.RdfFormat.N_QUADS),
               ("finkg.jsonld.gz", ox.RdfFormat.JSON_LD))
    dumps = tuple(
        Dump(name, fmt.media_type, gzip.compress(ox.serialize(quads, format=fmt, prefixes=prefixes) or b"", mtime=0))
        for name, fmt in formats
    )
    return dumps, len(quads)


def sha256sums(dumps: tuple[Dump, ...]) -> bytes:
    """The SHA256SUMS file of the dumps, as `sha256sum -c` reads it."""
    return "".join(f"{d.sha256}  {d.name}\n" for d in dumps).encode()


def _count(source: Source, sparql: str) -> int:
    rows = source.select(sparql)
    return int(str(rows[0]["n"])) if rows else 0


def dataset_description(source: Source, site: str, dumps: tuple[Dump, ...], triples: int) -> Graph:
    """VoID and DCAT for the dataset served at `site` (its URL root, no trailing slash)."""
    g = Graph(bind_namespaces="none")
    for prefix, ns in (("void", VOID), ("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("spdx", SPDX),
                       ("xsd", XSD), ("owl", OWL), ("rdf", RDF)):
        g.bind(prefix, ns)
    base = source.base
    dataset, catalog, service = URIRef(f"{base}/dataset"), URIRef(f"{base}/catalog"), URIRef(f"{site}/sparql")
    publisher = URIRef(f"{base}/publisher")
    g.add((LICENSE, RDF.type, DCTERMS.LicenseDocument))
    g.add((publisher, RDF.type, FOAF.Agent))
    g.add((publisher, FOAF.name, Literal("finkg")))
    for node, kind in ((catalog, DCAT.Catalog), (dataset, DCAT.Dataset), (service, DCAT.DataService)):
        g.add((node, RDF.type, kind))
        g.add((node, DCTERMS.license, LICENSE))
        g.add((node, DCTERMS.publisher, publisher))
    g.add((dataset, RDF.type, VOID.Dataset))
    for node, title in ((catalog, "finkg catalog"), (dataset, TITLE), (service, "finkg SPARQL endpoint")):
        g.add((node, DCTERMS.title, Literal(title, lang="en")))
    g.add((catalog, DCTERMS.description, Literal("The finkg dataset and its SPARQL endpoint.", lang="en")))
    g.add((dataset, DCTERMS.description, Literal(DESCRIPTION, lang="en")))
    g.add((catalog, DCAT.dataset, dataset))
    g.add((catalog, DCAT.service, service))
    g.add((service, DCAT.endpointURL, service))
    g.add((service, DCAT.endpointDescription, service))
    g.add((service, DCAT.servesDataset, dataset))
    for word in ("financial reports", "listed companies", "linked data", "evidence"):
        g.add((dataset, DCAT.keyword, Literal(word, lang="en")))
    g.add((dataset, OWL.versionInfo, Literal(__version__)))
    _void(g, source, dataset, service, triples)
    gzip_type = URIRef(f"{_IANA}application/gzip")
    g.add((gzip_type, RDF.type, DCTERMS.MediaType))
    for dump in dumps:
        url = URIRef(f"{site}/download/{dump.name}")
        dist, checksum, media = URIRef(f"{base}/dataset#{dump.name}"), URIRef(f"{base}/dataset#{dump.name}-sha256"), \
            URIRef(f"{_IANA}{dump.media_type}")
        g.add((dataset, DCAT.distribution, dist))
        g.add((dataset, VOID.dataDump, url))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(f"Dump {dump.name}", lang="en")))
        g.add((dist, DCTERMS.license, LICENSE))
        g.add((dist, DCAT.accessURL, url))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.mediaType, media))
        g.add((media, RDF.type, DCTERMS.MediaType))
        g.add((dist, DCAT.compressFormat, gzip_type))
        g.add((dist, DCAT.byteSize, Literal(len(dump.data), datatype=XSD.nonNegativeInteger)))
        g.add((dist, SPDX.checksum, checksum))
        g.add((checksum, RDF.type, SPDX.Checksum))
        g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
        g.add((checksum, SPDX.checksumValue, Literal(dump.sha256, datatype=XSD.hexBinary)))
    return g


def _void(g: Graph, source: Source, dataset: URIRef, service: URIRef, triples: int) -> None:
    """Counts, partitions, vocabularies, example resources and one subset per named graph."""
    g.add((dataset, VOID.sparqlEndpoint, service))
    g.add((dataset, VOID.uriSpace, Literal(source.id_space)))
    g.add((dataset, VOID.triples, Literal(triples)))
    g.add((dataset, VOID.entities, Literal(len(source.resources()))))
    g.add((dataset, VOID.distinctSubjects, Literal(_count(source, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"))))
    for namespace in (str(FKG), *(PREFIXES[p] for p in ("qb", "prov", "oa", "skos", "dcterms", "schema"))):
        g.add((dataset, VOID.vocabulary, URIRef(namespace)))
    examples = source.select(f"SELECT DISTINCT ?c {{ ?c a fkg:ListedCompany }} ORDER BY ?c LIMIT {_EXAMPLES}")
    for row in examples:
        g.add((dataset, VOID.exampleResource, row["c"]))
    for i, row in enumerate(source.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY ?c")):
        part = URIRef(f"{dataset}#class-{i}")
        g.add((dataset, VOID.classPartition, part))
        g.add((part, VOID["class"], row["c"]))
        g.add((part, VOID.entities, row["n"]))
    for i, row in enumerate(source.select("SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p ORDER BY ?p")):
        part = URIRef(f"{dataset}#property-{i}")
        g.add((dataset, VOID.propertyPartition, part))
        g.add((part, VOID.property, row["p"]))
        g.add((part, VOID.triples, row["n"]))
    for graph in source.data_graphs():
        subset = URIRef(f"{dataset}#graph-{graph.value.rsplit('/', 1)[-1]}")
        g.add((dataset, VOID.subset, subset))
        g.add((subset, RDF.type, VOID.Dataset))
        g.add((subset, DCTERMS.identifier, Literal(graph.value)))
        n = sum(1 for _ in source.store.quads_for_pattern(None, None, None, graph))
        g.add((subset, VOID.triples, Literal(n)))
