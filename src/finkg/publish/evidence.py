"""Facts with their evidence: each observation, its source sentence and the stated figure's span.

The figure's offsets are the TextPositionSelector's (document characters); the sentence's
fkg:start turns them into offsets within the sentence. When they do not fall inside it the
stated text is looked up in the sentence instead, and failing that nothing is highlighted.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal
from rdflib.term import Node

from .source import Source

_FACTS = """
SELECT DISTINCT ?obs ?measure ?kind ?value ?unit ?period ?qualifier ?stated ?plausible ?reason ?suggested
                ?sentence ?text ?sstart ?qstart ?qend
WHERE {
  %s
  ?obs a fkg:Observation .
  OPTIONAL { ?obs fkg:measure ?measure } OPTIONAL { ?obs fkg:kind ?kind } OPTIONAL { ?obs fkg:value ?value }
  OPTIONAL { ?obs fkg:unit ?unit } OPTIONAL { ?obs fkg:period ?period } OPTIONAL { ?obs fkg:qualifier ?qualifier }
  OPTIONAL { ?obs fkg:statedText ?stated } OPTIONAL { ?obs fkg:plausible ?plausible }
  OPTIONAL { ?obs fkg:implausibilityReason ?reason } OPTIONAL { ?obs fkg:suggestedValue ?suggested }
  OPTIONAL { ?obs fkg:sourceSentence ?sentence . ?sentence rdf:value ?text OPTIONAL { ?sentence fkg:start ?sstart } }
  OPTIONAL { ?obs fkg:statement/oa:hasSelector ?sel . ?sel a oa:TextPositionSelector ; oa:start ?qstart ; oa:end ?qend }
}
ORDER BY ?measure ?period ?obs
"""


@dataclass(frozen=True, slots=True)
class Highlight:
    """A sentence cut around the stated figure: before, the figure, after."""

    before: str
    mark: str
    after: str


@dataclass(frozen=True, slots=True)
class Fact:
    """One observation as a table row: its parts as terms, its sentence with the figure marked."""

    iri: str
    terms: dict[str, Node]
    sentence: str | None
    highlight: Highlight | None

    @property
    def plausible(self) -> bool:
        """False only when the graph flags the value as implausible."""
        flag = self.terms.get("plausible")
        return not (isinstance(flag, Literal) and flag.toPython() is False)

    def get(self, name: str) -> str:
        """A part as text, empty when absent."""
        term = self.terms.get(name)
        return "" if term is None else str(term)


def facts(source: Source, *, subject: str | None = None, observation: str | None = None) -> list[Fact]:
    """The observations about `subject`, or the one `observation`, each with its evidence."""
    pattern = f"?obs fkg:subject <{subject}> ." if subject else f"VALUES ?obs {{ <{observation}> }}"
    rows = source.select(_FACTS % pattern)
    out, seen = [], set()
    for row in rows:
        iri = str(row["obs"])
        if iri in seen:  # a second sentence or selector: the first row, in query order, stands
            continue
        seen.add(iri)
        text = str(row["text"]) if "text" in row else None
        out.append(Fact(iri, row, str(row["sentence"]) if "sentence" in row else None, _highlight(row, text)))
    return out


def _highlight(row: dict[str, Node], text: str | None) -> Highlight | None:
    if text is None:
        return None
    offsets = [row.get(k) for k in ("sstart", "qstart", "qend")]
    if all(isinstance(o, Literal) for o in offsets):
        sstart, qstart, qend = (int(str(o)) for o in offsets)
        start, end = qstart - sstart, qend - sstart
        if 0 <= start < end <= len(text):
            return Highlight(text[:start], text[start:end], text[end:])
    stated = str(row.get("stated", ""))
    at = text.find(stated) if stated else -1
    if at < 0:
        return None
    return Highlight(text[:at], stated, text[at + len(stated) :])
