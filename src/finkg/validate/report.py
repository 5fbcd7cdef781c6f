"""The outcome of a SHACL validation as typed records, and its rendering for people.

A result names the node, the shape and the message; rendering adds the source sentence of the
node (prov:wasDerivedFrom a sentence with rdf:value) so a reader sees the text that went wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, RDFS, SKOS
from rdflib.term import BNode, Node

SH = Namespace("http://www.w3.org/ns/shacl#")
PROV = Namespace("http://www.w3.org/ns/prov#")
FKG = Namespace("https://w3id.org/finkg/ontology#")
FKGSH = Namespace("https://w3id.org/finkg/shapes#")
_PREFIXES = {
    "fkg": FKG,
    "fkgsh": FKGSH,
    "id": Namespace("https://w3id.org/finkg/id/"),
    "sh": SH,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "skos": Namespace(str(SKOS)),
    "dcterms": Namespace(str(DCTERMS)),
    "prov": PROV,
    "oa": Namespace("http://www.w3.org/ns/oa#"),
    "qb": Namespace("http://purl.org/linked-data/cube#"),
    "unit": Namespace("http://qudt.org/vocab/unit/"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class ValidationResult:
    """One SHACL result: which node broke which shape, along which path, with which value."""

    severity: str  # "Violation", "Warning" or "Info"
    focus: Node
    path: Node | None
    value: Node | None
    shape: Node  # the named node shape (a property shape is reported as the node shape holding it)
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ValidationReport:
    """Whether a graph conforms, its results sorted (violations first), and pyshacl's own report."""

    conforms: bool
    results: tuple[ValidationResult, ...]
    text: str
    graph: Graph

    @property
    def violations(self) -> tuple[ValidationResult, ...]:
        """Results that mean broken data."""
        return tuple(r for r in self.results if r.severity == "Violation")

    @property
    def warnings(self) -> tuple[ValidationResult, ...]:
        """Results that mean suspicious data, kept in the graph."""
        return tuple(r for r in self.results if r.severity == "Warning")


def short(node: Node | None) -> str:
    """A compact, readable form of a node: a prefixed name where finkg knows the prefix."""
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        for prefix, namespace in _PREFIXES.items():
            if node.startswith(namespace):
                return f"{prefix}:{node[len(namespace) :]}"
        return f"<{node}>"
    if isinstance(node, Literal):
        return repr(str(node)) if node.datatype is None else f"{str(node)!r}^^{short(URIRef(node.datatype))}"
    return str(node)


def _path(results: Graph, path: Node) -> str:
    """A SHACL path as text; a sequence path (an RDF list) reads "oa:hasTarget/oa:hasSource"."""
    if isinstance(path, BNode) and results.value(path, RDF.first) is not None:
        return "/".join(short(step) for step in Collection(results, path))
    return short(path)


def _sentence(evidence: Graph, focus: Node) -> str | None:
    """The text of the sentence a node was derived from, when the graph has it."""
    for source in evidence.objects(focus, PROV.wasDerivedFrom):
        text = evidence.value(source, RDF.value)
        if text is not None:
            index = evidence.value(source, FKG["index"])  # FKG.index is str.index
            label = f"sentence {index}" if index is not None else short(source)
            return f"{label}: {text}"
    return None


def render(report: ValidationReport, evidence: Graph | None = None) -> str:
    """A readable report: a summary line, then each result with its node, shape, message and source."""
    n_violations, n_warnings = len(report.violations), len(report.warnings)
    lines = [
        f"{'conforms' if report.conforms else 'does not conform'}: "
        f"{n_violations} violation{'s' * (n_violations != 1)}, {n_warnings} warning{'s' * (n_warnings != 1)}"
    ]
    for result in report.results:
        where = f" {_path(report.graph, result.path)}" if result.path is not None else ""
        lines.append(f"{result.severity}: {short(result.focus)}{where} [{short(result.shape)}]")
        value = f" (value {short(result.value)})" if result.value is not None and result.value != result.focus else ""
        lines.append(f"  {result.message}{value}")
        source = _sentence(evidence, result.focus) if evidence is not None else None
        if source is not None:
            lines.append(f"  source {source}")
    return "\n".join(lines)
