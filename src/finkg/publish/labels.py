"""Human names for IRIs: rdfs:label / skos:prefLabel by language, else a prefixed name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from rdflib import Graph, Literal

from ..config import ONTOLOGY_DIR
from .source import Source

_LABELS = """SELECT ?s ?label WHERE {
  { ?s rdfs:label|skos:prefLabel|dcterms:title ?label }
  UNION { ?s a fkg:Sentence ; rdf:value ?text
          BIND(IF(STRLEN(?text) > 70, CONCAT(SUBSTR(?text, 1, 69), "…"), ?text) AS ?label) }
  FILTER(isIRI(?s) && isLiteral(?label))
}"""


class Labels:
    """Every label in the store, loaded once: a page of any size needs no label queries."""

    def __init__(self, source: Source) -> None:
        by_iri: dict[str, dict[str, str]] = defaultdict(dict)
        for row in source.select(_LABELS):
            label = row["label"]
            assert isinstance(label, Literal)
            lang = label.language or ""
            current = by_iri[str(row["s"])].get(lang)
            if current is None or str(label) < current:  # several labels in one language: a stable pick
                by_iri[str(row["s"])][lang] = str(label)
        self._by_iri = dict(by_iri)
        ontology = Graph().parse(ONTOLOGY_DIR / "finkg.ttl")  # its prefixes name FIBO, Commons, org, ...
        self._prefixes = {**{str(p): str(ns) for p, ns in ontology.namespaces() if p}, **source.prefixes}

    def of(self, iri: str) -> Mapping[str, str]:
        """The labels of `iri` by language tag ("" for none)."""
        return self._by_iri.get(iri, {})

    def name(self, iri: str, lang: str = "en") -> str:
        """The label in `lang`, else one without a language, else any, else a prefixed name or the IRI."""
        labels = self.of(iri)
        for key in (lang, "", "en", *sorted(labels)):
            if key in labels:
                return labels[key]
        return self.short(iri)

    def short(self, iri: str) -> str:
        """`prefix:local` when a finkg prefix covers `iri` (longest namespace wins), else the IRI."""
        best = max((ns for ns in self._prefixes.values() if iri.startswith(ns) and len(iri) > len(ns)), key=len,
                   default=None)
        if best is None:
            return iri
        prefix = next(p for p, ns in self._prefixes.items() if ns == best)
        return f"{prefix}:{iri[len(best):]}"
