"""Extract: industries and fields a report names, as concepts of the SKOS sector scheme (ontology/sectors.ttl).

Every English prefLabel and altLabel of the scheme is a cue; the longest cue at a position wins,
so "semiconductor equipment" is not also "semiconductor". Cues in capitals ("AI", "EDA") match
only in capitals; others match in any case.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from ..config import ONTOLOGY_DIR
from ..records import Document, Sector, Span
from .names import overlaps

SCHEME_IRI = "https://w3id.org/finkg/id/sector/"


@dataclass(frozen=True, slots=True, kw_only=True)
class SectorConcept:
    """One concept of the sector scheme, with the English wordings that name it."""

    slug: str
    label: str
    zh: str
    cues: tuple[str, ...]
    broader: str | None


def _slug(iri: URIRef) -> str:
    return str(iri).removeprefix(SCHEME_IRI)


@cache
def sector_scheme() -> tuple[SectorConcept, ...]:
    """The concepts of ontology/sectors.ttl, read once per process."""
    graph = Graph().parse(ONTOLOGY_DIR / "sectors.ttl", format="turtle")
    concepts = []
    members = {iri for iri in graph.subjects(SKOS.inScheme, URIRef(SCHEME_IRI + "scheme")) if isinstance(iri, URIRef)}
    for iri in sorted(members):
        labels = [o for o in graph.objects(iri, SKOS.prefLabel) if isinstance(o, Literal)]
        alts = [str(o) for o in graph.objects(iri, SKOS.altLabel) if isinstance(o, Literal) and o.language == "en"]
        en = next(str(o) for o in labels if o.language == "en")
        zh = next((str(o) for o in labels if o.language == "zh"), "")
        broader = next((_slug(o) for o in graph.objects(iri, SKOS.broader) if isinstance(o, URIRef)), None)
        concepts.append(SectorConcept(slug=_slug(iri), label=en, zh=zh, cues=(en, *sorted(alts)), broader=broader))
    return tuple(concepts)


@cache
def _cue_pattern() -> tuple[re.Pattern[str], dict[str, SectorConcept]]:
    """One alternation of every cue, longest first, and the concept each lower-cased cue names.

    The cues are grouped by their first letter, each group behind a check of that letter, so that
    at a word only the cues that can start there are tried; within a group the order is kept, so the
    cue that wins at a position is the same as in one flat alternation.
    """
    by_cue: dict[str, SectorConcept] = {}
    for concept in sector_scheme():
        for cue in concept.cues:
            by_cue.setdefault(cue if cue.isupper() else cue.lower(), concept)
    groups: dict[str, list[str]] = {}
    for cue in sorted(by_cue, key=len, reverse=True):
        part = re.escape(cue) if cue.isupper() else f"(?i:{re.escape(cue)})"
        groups.setdefault(cue[0].lower(), []).append(part)
    alternation = "|".join(f"(?i:(?={re.escape(first)}))(?:{'|'.join(parts)})" for first, parts in groups.items())
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), by_cue


def find_sectors(document: Document, exclude: Iterable[Span] = ()) -> tuple[Sector, ...]:
    """Sectors named in `document`, outside the `exclude` spans (names of companies, products)."""
    pattern, by_cue = _cue_pattern()
    excluded = tuple(exclude)
    mentions: dict[str, list[Span]] = defaultdict(list)
    concepts: dict[str, SectorConcept] = {}
    for match in pattern.finditer(document.text):
        span = Span(document.doc_id, match.start(), match.end(), match.group())
        if overlaps(span, excluded):
            continue
        cue = match.group()
        concept = by_cue.get(cue) or by_cue[cue.lower()]
        mentions[concept.slug].append(span)
        concepts[concept.slug] = concept
    return tuple(
        Sector(
            slug=slug,
            label=concepts[slug].label,
            aliases=tuple(dict.fromkeys(s.text for s in spans if s.text.lower() != concepts[slug].label.lower())),
            mentions=tuple(spans),
            broader=f"sector/{concepts[slug].broader}" if concepts[slug].broader else None,
        )
        for slug, spans in mentions.items()
    )
