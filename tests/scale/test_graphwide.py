"""The SPARQL-based shapes on the store: graph-wide, pre-bound to the focus nodes of the graphs just written."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from finkg.store import open_store
from finkg.validate.graphwide import bound, store_results

pytestmark = pytest.mark.issue(8)
FKG = "https://w3id.org/finkg/ontology#"
CHILD, PARENT = "https://w3id.org/finkg/id/graph/child", "https://w3id.org/finkg/id/graph/parent"


def _graph(turtle: str) -> Graph:
    return Graph().parse(data=f"@prefix fkg: <{FKG}> . @prefix id: <https://w3id.org/finkg/id/cohort/> .\n{turtle}")


def test_a_cohort_larger_than_its_parent_in_another_graph_is_found_for_the_graph_that_names_it() -> None:
    with open_store(None, URIRef("urn:inferred")) as store:
        store.replace({
            URIRef(CHILD): _graph("id:robots fkg:parentCohort id:board ; fkg:size 50 ; fkg:sizeQualifier fkg:exact ."),
            URIRef(PARENT): _graph("id:board fkg:size 40 ; fkg:sizeQualifier fkg:exact ."),
        })
        (result,) = store_results(store, [URIRef(CHILD)])
        assert result.severity == "Violation" and str(result.focus).endswith("cohort/robots")
        assert "larger than its parent cohort" in result.message and "40" in result.message
        assert not list(store_results(store, [URIRef(PARENT)]))  # no focus node there


def test_pre_binding_keeps_the_query_and_binds_this() -> None:
    query = "PREFIX fkg: <x#>\nSELECT $this ?value WHERE {\n  $this fkg:parentCohort ?value .\n}"
    text = bound(query, [URIRef("https://example.org/a"), URIRef("https://example.org/b")])
    assert text.startswith("PREFIX fkg: <x#>\nSELECT $this ?value WHERE {")
    assert "VALUES ?this { <https://example.org/a> <https://example.org/b> }" in text
    assert text.rstrip().endswith("$this fkg:parentCohort ?value .\n}")
