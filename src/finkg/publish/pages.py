"""HTML pages: a resource with its labels, properties, inbound links, facts and evidence; the home page.

Pages are plain HTML and CSS (no JavaScript), and link with relative URLs so the same page works
under `finkg serve` and as a static file: resource pages live at `doc/{type}/{slug}.html`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import jinja2
from rdflib import RDF, Literal, URIRef
from rdflib.term import Node

from .. import __version__
from ..mapping.vocab import FKG
from .describe import FORMATS, JSONLD, LICENSE, Description, local_path, serialize, to_graph
from .evidence import Fact, facts
from .labels import Labels
from .source import Source

TEMPLATES = Path(__file__).parent / "templates"
ONTOLOGY_NS = str(FKG)
_INBOUND_SHOWN = 100
_WITH_FACTS = {"company", "cohort"}


@dataclass(frozen=True, slots=True)
class Value:
    """A cell: the text shown, where it links to, its language or datatype."""

    text: str
    href: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    """The values of one property (or the subjects of one inbound property)."""

    label: str
    href: str | None
    values: tuple[Value, ...]
    more: int = 0


@dataclass(frozen=True, slots=True)
class Example:
    """An example query: its name, the question it answers, its text."""

    name: str
    question: str
    text: str


class Pages:
    """Renders pages for one store; `endpoint` says whether a SPARQL endpoint sits beside them."""

    def __init__(self, source: Source, *, endpoint: bool) -> None:
        self.source = source
        self.labels = Labels(source)
        self.endpoint = endpoint
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
        )

    def href(self, iri: str, root: str) -> str | None:
        """Where a page links for `iri`: its page here, the ontology docs, or the IRI itself."""
        path = local_path(iri, self.source)
        if path is not None:
            fragment = iri.partition("#")[2]
            return f"{root}doc/{quote(path)}.html" + (f"#{quote(fragment)}" if fragment else "")
        if iri.startswith(ONTOLOGY_NS):
            return f"{root}ontology.html#{iri[len(ONTOLOGY_NS):]}"
        return iri if iri.startswith(("http://", "https://")) else None

    def value(self, term: Node, root: str) -> Value:
        """A term as a cell."""
        if isinstance(term, URIRef):
            return Value(self.labels.name(str(term)), self.href(str(term), root))
        if isinstance(term, Literal):
            note = term.language or (self.labels.short(str(term.datatype)) if term.datatype else "")
            return Value(str(term), None, note)
        return Value(str(term))

    def resource(self, description: Description) -> str:
        """The HTML page of a description."""
        root, iri = "../../", description.iri
        path = local_path(iri, self.source) or ""
        kind, _, slug = path.partition("/")
        by_subject: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in description.triples:
            by_subject[str(s)][str(p)].append(o)
        own = by_subject.pop(iri, {})
        fragments = {s.partition("#")[2]: self._groups(props, root) for s, props in sorted(by_subject.items())}
        inbound: dict[str, list[Node]] = defaultdict(list)
        for s, p, _ in description.inbound:
            inbound[str(p)].append(s)
        labels = self.labels.of(iri)
        graph = to_graph(description, self.source)
        return self._env.get_template("resource.html").render(
            page=self._common(root, self.labels.name(iri)),
            iri=iri,
            slug=slug,
            kind=kind,
            en=labels.get("en", ""),
            zh=labels.get("zh", ""),
            types=[self.value(t, root) for t in own.get(str(RDF.type), [])],
            properties=self._groups(own, root),
            fragments=fragments,
            inbound=[
                Group(self.labels.name(p), self.href(p, root),
                      tuple(self.value(s, root) for s in subjects[:_INBOUND_SHOWN]),
                      max(0, len(subjects) - _INBOUND_SHOWN))
                for p, subjects in sorted(inbound.items())
            ],
            facts=self._facts(facts(self.source, subject=iri), root) if kind in _WITH_FACTS else [],
            evidence=self._facts(facts(self.source, observation=iri), root) if kind == "observation" else [],
            formats=[f for f in FORMATS],
            jsonld=serialize(graph, JSONLD, self.source.prefixes).decode("utf-8").replace("</", "<\\/"),
        )

    def home(self, counts: Mapping[str, int], examples: Sequence[Example], downloads: Sequence[tuple[str, int]]) -> str:
        """The home page: what the dataset is, its counts, entry points, example queries, a query form."""
        root = ""
        companies = self.source.select(
            "SELECT DISTINCT ?c WHERE { ?c a ?type VALUES ?type { fkg:Company fkg:ListedCompany } }"
        )
        cohorts = self.source.select("SELECT DISTINCT ?c WHERE { ?c a fkg:Cohort }")
        return self._env.get_template("home.html").render(
            page=self._common(root, "finkg: financial market reports as linked data"),
            counts=counts,
            companies=sorted((self.value(r["c"], root) for r in companies), key=lambda v: v.text.lower()),
            cohorts=sorted((self.value(r["c"], root) for r in cohorts), key=lambda v: v.text.lower()),
            examples=examples,
            downloads=downloads,
        )

    def sparql(self, query: str, table: tuple[list[str], list[list[Value]]] | None, error: str, root: str = "") -> str:
        """The query form, with a result table or an error under it."""
        return self._env.get_template("sparql.html").render(
            page=self._common(root, "SPARQL query"), query=query, table=table, error=error
        )

    def text(self, title: str, text: str) -> str:
        """A page showing a text as it is (the dataset description's Turtle)."""
        return self._env.get_template("text.html").render(page=self._common("/", title), text=text)

    def error(self, status: int, message: str) -> str:
        """An error page: the status and one line saying what went wrong."""
        return self._env.get_template("error.html").render(
            page=self._common("/", f"{status}"), status=status, message=message
        )

    def _common(self, root: str, title: str) -> dict[str, object]:
        return {"root": root, "title": title, "endpoint": self.endpoint, "license": str(LICENSE),
                "version": __version__}

    def _groups(self, props: Mapping[str, list[Node]], root: str) -> list[Group]:
        return [
            Group(self.labels.name(p), self.href(p, root), tuple(self.value(o, root) for o in sorted(objects, key=str)))
            for p, objects in sorted(props.items(), key=lambda item: self.labels.name(item[0]).lower())
        ]

    def _facts(self, rows: Sequence[Fact], root: str) -> list[dict[str, object]]:
        return [
            {
                "fact": fact,
                "link": self.href(fact.iri, root),
                "cells": {k: self.value(v, root) for k, v in fact.terms.items()},
                "sentence_link": self.href(fact.sentence, root) if fact.sentence else None,
            }
            for fact in rows
        ]
