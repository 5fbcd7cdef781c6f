"""Deterministic IRIs: `{base}/id/{type}/{slug}`, the same thing gets the same IRI on every build.

Evidence nodes hang off the IRI of what they support (`{annotation}#target`), so a graph has no
blank nodes and two builds serialize byte for byte alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rdflib import URIRef

_DOCUMENT_SCOPED = frozenset({"cohort", "event"})
_NOT_SLUG = re.compile(r"[^a-z0-9\u4e00-\u9fff]+")


def slugify(text: str) -> str:
    """Lower-case ASCII letters, digits and CJK joined by single hyphens: "SMIC Ltd." -> "smic-ltd"."""
    return _NOT_SLUG.sub("-", unicodedata.normalize("NFKC", text).lower()).strip("-")


@dataclass(frozen=True, slots=True)
class Minter:
    """Mints the IRIs of one base; every IRI finkg writes comes from here."""

    base: str
    scope: str = ""  # the document whose cohorts and events these are

    def id(self, kind: str, slug: str) -> URIRef:
        """`{base}/id/{kind}/{slug}`, the one IRI pattern of instance data."""
        return URIRef(f"{self.base.rstrip('/')}/id/{kind}/{slug}")

    def ref(self, ref: str) -> URIRef:
        """The IRI of an entity ref such as "company/smic".

        Companies, organizations, sectors and products are the same things in every report and get
        one IRI; a cohort ("54 companies ...") or an event belongs to the report that states it, so
        its IRI carries the document's id: two reports' "integrated circuit companies" of different
        years and sizes stay two nodes."""
        kind, _, slug = ref.partition("/")
        if kind in _DOCUMENT_SCOPED and self.scope:
            slug = f"{self.scope}-{slug}"
        return self.id(kind, slug)

    def document(self, doc_id: str) -> URIRef:
        """The report, also the name of the document's graph."""
        return self.id("document", doc_id)

    def dataset(self, doc_id: str) -> URIRef:
        """The Data Cube data set holding the document's observations."""
        return self.id("dataset", doc_id)

    def section(self, doc_id: str, index: int) -> URIRef:
        """A section of the document, numbered from 0."""
        return self.id("section", f"{doc_id}-{index}")

    def sentence(self, doc_id: str, index: int) -> URIRef:
        """A sentence of the document, numbered from 0 as the reader splits them."""
        return self.id("sentence", f"{doc_id}-{index}")

    def observation(self, doc_id: str, fact_id: str) -> URIRef:
        """The observation of one fact ("q12")."""
        return self.id("observation", f"{doc_id}-{fact_id}")

    def annotation(self, doc_id: str, local: str) -> URIRef:
        """The evidence annotation of one node's mention."""
        return self.id("annotation", f"{doc_id}-{local}")

    def measure(self, name: str) -> URIRef:
        """A measure concept, named as in the gold schema ("net_profit")."""
        return self.id("measure", name)

    def period(self, name: str) -> URIRef:
        """A reporting period ("FY2024", "Q1-2025", "since-listing")."""
        return self.id("period", name)

    def prefixes(self) -> dict[str, str]:
        """Prefixes for the instance namespaces, for readable Turtle and JSON-LD."""
        root = f"{self.base.rstrip('/')}/id/"
        kinds = ("company", "organization", "cohort", "sector", "product", "event", "observation", "measure", "period")
        return {kind: f"{root}{kind}/" for kind in kinds}
