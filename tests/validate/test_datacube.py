"""The Data Cube integrity constraints on a valid small cube built with finkg's structure, and on broken ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from finkg.validate.datacube import IC_DIR, failing_constraints

BASE = Path(__file__).parents[1] / "data" / "shapes" / "_base.ttl"
PREFIXES = """
@prefix fkg: <https://w3id.org/finkg/ontology#> .
@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix ds: <https://w3id.org/finkg/id/dataset/> .
@prefix m: <https://w3id.org/finkg/id/measure/> .
@prefix p: <https://w3id.org/finkg/id/period/> .
@prefix s: <https://w3id.org/finkg/id/sentence/> .
@prefix c: <https://w3id.org/finkg/id/company/> .
@prefix o: <https://w3id.org/finkg/id/observation/> .
"""
OBSERVATION = """o:{id} a fkg:Observation ; qb:dataSet ds:t1 ; fkg:subject c:acme-widgets ; fkg:measure m:{measure} ;
    fkg:period p:FY2024 ; fkg:kind fkg:level ; fkg:sourceSentence s:t1-1 ; fkg:value 1.0 ; fkg:unit unit:NUM ;
    fkg:statement <https://w3id.org/finkg/id/annotation/t1-q4#target> ;
    fkg:qualifier fkg:exact .
"""
BROKEN = {
    # the same subject, measure, period, kind and statement as the base's transaction amount
    "IC-12": OBSERVATION.format(id="dup", measure="transaction_amount"),
    "IC-19": OBSERVATION.format(id="odd", measure="happiness"),
    "IC-11": "o:nodim a qb:Observation ; qb:dataSet ds:t1 ; fkg:value 1.0 ; fkg:unit unit:NUM ;"
    " fkg:qualifier fkg:exact .",
    "IC-13": "o:q1b qb:dataSet ds:t1 ; fkg:subject c:acme-widgets ; fkg:measure m:revenue ; fkg:period p:FY2024 ;"
    " fkg:kind fkg:count ; fkg:sourceSentence s:t1-0 ; fkg:value 1.0 .",
    "IC-1": "o:t1-q1 qb:dataSet ds:other . ds:other qb:structure fkg:observationStructure .",
    "IC-2": "ds:bare a qb:DataSet .",
}


def test_the_published_constraints_are_all_there() -> None:
    assert {p.name for p in IC_DIR.glob("ic-*.rq")} >= {f"ic-{n:02d}.rq" for n in range(1, 22)}
    assert (IC_DIR / "SOURCES.md").is_file() and (IC_DIR / "normalize-phase1.ru").is_file()


def test_a_cube_built_with_the_finkg_structure_passes() -> None:
    assert failing_constraints(Graph().parse(BASE)) == ()


@pytest.mark.parametrize("constraint", sorted(BROKEN))
def test_a_broken_cube_fails_the_constraint(constraint: str) -> None:
    graph = Graph().parse(BASE).parse(data=PREFIXES + BROKEN[constraint], format="turtle")
    assert constraint in failing_constraints(graph)


def test_without_the_vocabulary_a_measure_outside_the_code_list_goes_unnoticed() -> None:
    graph = Graph().parse(BASE).parse(data=PREFIXES + BROKEN["IC-19"], format="turtle")
    assert "IC-19" not in failing_constraints(graph, vocabulary=False)
