"""The property-graph view: labels, typed properties, edges, options, and counts equal to SPARQL's."""

from __future__ import annotations

from datetime import date

import pytest
from rdf_expect import BASE, expected_edges, expected_nodes, rdf_view, view_of
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace

from finkg.config import Settings
from finkg.export.view import ViewOptions, node_key, to_networkx
from finkg.mapping.vocab import FKG

pytestmark = pytest.mark.issue(6)
ID = Namespace(f"{BASE}/id/")


def test_seed_view_counts_equal_sparql(seed: Settings) -> None:
    with view_of(seed) as view:
        schema = view.schema()
        assert schema.nodes == expected_nodes(view)
        assert schema.edges == expected_edges(view)
        assert {"Company", "Cohort", "Sector", "Observation", "Event", "Product", "Document"} <= set(schema.nodes)


def test_harbor_nodes_have_labels_and_typed_properties(harbor: Settings) -> None:
    with view_of(harbor) as view:
        graph = to_networkx(view)
    alpha = graph.nodes["company:alpha-robotics"]
    assert alpha["type"] == "Company" and alpha["labels"] == ["ListedCompany"]
    assert alpha["iri"] == f"{BASE}/id/company/alpha-robotics" and alpha["ticker"] == "688000"
    assert graph.nodes["company:beta-sensors"]["name_zh"] == "贝塔传感"
    cohort = graph.nodes["cohort:harbor-robotics-companies"]
    assert cohort["size"] == 40.0 and cohort["sizeQualifier"] == "approx"
    revenue = graph.nodes["observation:harbor-q1"]
    assert revenue["value"] == 12.5e9 and isinstance(revenue["value"], float)
    assert revenue["plausible"] is True and revenue["measure"] == "revenue" and revenue["period"] == "FY2030"
    assert graph.nodes["observation:harbor-q4"]["plausible"] is False
    assert graph.has_edge("cohort:harbor-robotics-companies", "sector:robotics", key="IN_SECTOR")
    assert graph.has_edge("cohort:harbor-robotics-companies", "company:alpha-robotics", key="HAS_MEMBER")
    assert graph.has_edge("observation:harbor-q2", "observation:harbor-q1", key="BASE_OBSERVATION")
    assert graph.has_edge("company:alpha-robotics", "document:harbor", key="MENTIONED_IN")


def test_options_leave_out_evidence_and_collapse_observations(harbor: Settings) -> None:
    with view_of(harbor, ViewOptions(evidence=False, observations=False)) as view:
        graph = to_networkx(view)
        schema = view.schema()
    assert not {"Sentence", "Section", "Observation"} & set(schema.nodes)
    assert not {"DERIVED_FROM", "SUBJECT", "HAS_SENTENCE"} & set(schema.edges)
    assert graph.nodes["cohort:harbor-harbor-all"]["revenue_FY2030"] == 12.5e9
    assert graph.nodes["cohort:harbor-harbor-all"]["revenue_change_pct_FY2030"] == 8.5
    assert graph.nodes["company:alpha-robotics"]["transaction_amount_FY2030"] == 2e9


def test_parallel_edges_of_different_kinds_stay_apart() -> None:
    graph = Graph()
    graph.add((ID["company/a"], RDF.type, FKG.Company))
    graph.add((ID["event/e"], RDF.type, FKG.Acquisition))
    graph.add((ID["event/e"], FKG.agent, ID["company/a"]))
    graph.add((ID["event/e"], FKG.object, ID["company/a"]))
    with rdf_view(graph) as view:
        nx_graph = to_networkx(view)
    assert sorted(nx_graph["event:e"]["company:a"]) == ["AGENT", "OBJECT"]
    assert nx_graph.nodes["event:e"]["labels"] == ["Acquisition"]


def test_literals_keep_their_types_and_dates_stay_dates() -> None:
    graph = Graph()
    node, observation = ID["product/p"], ID["observation/o"]
    graph.add((node, RDF.type, FKG.Product))
    graph.add((node, RDFS.label, Literal("Probe", lang="en")))
    graph.add((node, FKG.note, Literal("first")))
    graph.add((node, FKG.note, Literal("cheap")))
    graph.add((node, FKG.date, Literal("2031-02-03", datatype=XSD.date)))
    graph.add((observation, RDF.type, FKG.Observation))
    graph.add((observation, FKG.kind, FKG.date))
    graph.add((observation, FKG.value, Literal("20310203", datatype=XSD.decimal)))
    with rdf_view(graph) as view:
        nx_graph = to_networkx(view)
        schema = view.schema()
    assert nx_graph.nodes["product:p"]["date"] == date(2031, 2, 3)
    assert nx_graph.nodes["product:p"]["note"] == ["cheap", "first"]
    assert schema.properties["Product"]["note"].many
    assert nx_graph.nodes["observation:o"]["date"] == date(2031, 2, 3)
    assert nx_graph.nodes["observation:o"]["value"] == 20310203.0


def test_node_keys_are_xml_names_and_iris_outside_the_base_are_hashed() -> None:
    assert node_key(f"{BASE}/id/company/smic", BASE) == "company:smic"
    assert node_key(f"{BASE}/id/company/中芯", BASE) == "company:中芯"
    hashed = node_key("http://example.org/x?y=1#z", BASE)
    assert hashed.startswith("n") and len(hashed) == 17 and hashed.isalnum()
