"""Sectors: mentions of the SKOS sector scheme's labels, longest wording first, outside names."""

from __future__ import annotations

import pytest
from entity_reports import document
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from finkg.config import ONTOLOGY_DIR
from finkg.extract.sectors import find_sectors, sector_scheme
from finkg.records import Span

pytestmark = pytest.mark.issue(3)
FKG_SECTOR = URIRef("https://w3id.org/finkg/ontology#Sector")


def test_scheme_concepts_have_labels_definitions_and_known_broader() -> None:
    graph = Graph().parse(ONTOLOGY_DIR / "sectors.ttl")
    concepts = set(graph.subjects(RDF.type, FKG_SECTOR))
    assert len(concepts) >= 30
    for concept in concepts:
        langs = {o.language for o in graph.objects(concept, SKOS.prefLabel) if isinstance(o, Literal)}
        assert {"en", "zh"} <= langs, concept
        assert any(True for _ in graph.objects(concept, SKOS.definition)), concept
        for broader in graph.objects(concept, SKOS.broader):
            assert broader in concepts
    assert {c.slug for c in sector_scheme()} >= {"integrated-circuits", "semiconductor-equipment", "robotics"}


def test_longest_wording_wins_and_broader_is_kept() -> None:
    doc = document("Semiconductor equipment makers and AI chip firms grew; robots and new energy vehicles too.")
    found = {s.slug: s for s in find_sectors(doc)}
    assert found["semiconductor-equipment"].broader == "sector/integrated-circuits"
    assert {"artificial-intelligence", "integrated-circuits", "robotics", "new-energy-vehicles"} <= set(found)
    assert len(found["integrated-circuits"].mentions) == 1  # "chip", not "Semiconductor" of the longer cue


def test_capital_cues_match_only_in_capitals_and_names_are_excluded() -> None:
    text = "Ai Quantum said the maid paid. Ai Quantum is a company."
    doc = document(text)
    name = [Span(doc.doc_id, 0, 10, "Ai Quantum"), Span(doc.doc_id, 31, 41, "Ai Quantum")]
    assert find_sectors(doc, exclude=name) == ()


def test_metals_livestock_and_decoration_name_their_industries() -> None:
    doc = document("Copper and aluminium smelters, hog farming groups and construction and decoration firms reported.")
    assert {"nonferrous-metals", "agriculture", "construction"} <= {s.slug for s in find_sectors(doc)}


def test_shipbuilders_couriers_panel_and_battery_makers_are_sectors() -> None:
    found = {s.slug for s in find_sectors(document(
        "Chinese yards and China's A-share shipbuilders, express couriers, panel makers and battery makers."))}
    assert {"shipbuilding", "express-delivery", "new-display", "batteries"} <= found


def test_the_first_level_industries_of_board_reviews_are_sectors() -> None:
    found = {s.slug for s in find_sectors(document(
        "Power equipment and machinery weighed on profits; beauty care, textiles and apparel, electronics and "
        "computers grew, and defense and light manufacturing shrank. Guilun Electronics grew too."))}
    assert {"power-equipment", "machinery", "beauty-care", "textiles-and-apparel", "electronics", "computers",
            "defense", "light-manufacturing"} <= found
