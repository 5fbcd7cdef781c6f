"""The map stage on the invented report: every part of a fact, cohort, event and its evidence."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import PROV, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

from finkg.config import Settings
from finkg.mapping import Minter, to_rdf
from finkg.mapping.vocab import FKG, OA, UNIT
from finkg.records import Extraction

ID = "https://w3id.org/finkg/id/"


@pytest.fixture
def graph(extraction: Extraction) -> Graph:
    return to_rdf(extraction, Settings())


def obs(n: int) -> URIRef:
    return URIRef(f"{ID}observation/harbor-q{n}")


def test_observation_carries_every_part(graph: Graph) -> None:
    q1, q2 = obs(1), obs(2)
    assert graph.value(q1, FKG.value) == Literal("12500000000", datatype=XSD.decimal)
    assert str(graph.value(q1, FKG.value)) == "12500000000"  # canonical lexical form, no exponent
    assert graph.value(q1, FKG.statedText) == Literal("12.50 billion yuan")
    assert graph.value(q1, FKG.unit) == UNIT.CCY_CNY
    assert graph.value(q1, FKG.period) == URIRef(f"{ID}period/FY2030")
    assert graph.value(q1, FKG.measure) == URIRef(f"{ID}measure/revenue")
    assert graph.value(q1, FKG.subject) == URIRef(f"{ID}cohort/harbor-harbor-all")
    assert graph.value(q1, FKG.qualifier) == FKG.exact
    assert graph.value(q1, FKG.kind) == FKG.level
    assert graph.value(q1, FKG.plausible) == Literal(True)
    assert graph.value(q2, FKG.kind) == FKG.change_pct
    assert graph.value(q2, FKG.unit) == UNIT.PERCENT
    assert graph.value(q2, FKG.baseObservation) == q1
    assert (q1, RDF.type, URIRef("http://purl.org/linked-data/cube#Observation")) in graph
    assert graph.value(q1, URIRef("http://purl.org/linked-data/cube#dataSet")) == URIRef(f"{ID}dataset/harbor")
    assert graph.value(q1, FKG.sourceSentence) == URIRef(f"{ID}sentence/harbor-2")


def test_implausible_value_is_kept_with_flag_and_correction(graph: Graph) -> None:
    q4 = obs(4)
    assert graph.value(q4, FKG.value).toPython() == Decimal("9999999e9")
    assert graph.value(q4, FKG.plausible) == Literal(False)
    assert graph.value(q4, FKG.suggestedValue) == Literal("9999999000000", datatype=XSD.decimal)
    assert "plausible" in str(graph.value(q4, FKG.implausibilityReason))


def test_every_extracted_node_has_evidence_that_quotes_the_text(graph: Graph, extraction: Extraction) -> None:
    text = extraction.document.text
    bodies = set(graph.objects(None, OA.hasBody))
    iris = Minter("https://w3id.org/finkg", scope="harbor")
    nodes = {iris.ref(e.ref) for e in extraction.entities} | {obs(n) for n in range(1, 6)}
    assert nodes <= bodies
    for annotation in graph.subjects(RDF.type, OA.Annotation):
        target = graph.value(annotation, OA.hasTarget)
        assert graph.value(target, OA.hasSource) == URIRef(f"{ID}document/harbor")
        selectors = {graph.value(s, RDF.type): s for s in graph.objects(target, OA.hasSelector)}
        start = graph.value(selectors[OA.TextPositionSelector], OA.start).toPython()
        end = graph.value(selectors[OA.TextPositionSelector], OA.end).toPython()
        assert text[start:end] == str(graph.value(selectors[OA.TextQuoteSelector], OA.exact))
        body = graph.value(annotation, OA.hasBody)
        sentence = graph.value(body, PROV.wasDerivedFrom)
        assert (None, FKG.hasSentence, sentence) in graph


def test_cohort_size_parent_members_sector(graph: Graph) -> None:
    cohort = URIRef(f"{ID}cohort/harbor-robotics-companies")
    assert graph.value(cohort, FKG.size) == Literal("40", datatype=XSD.decimal)
    assert graph.value(cohort, FKG.sizeQualifier) == FKG.approx
    assert graph.value(cohort, FKG.parentCohort) == URIRef(f"{ID}cohort/harbor-harbor-all")
    assert graph.value(cohort, FKG.hasMember) == URIRef(f"{ID}company/alpha-robotics")
    assert graph.value(cohort, FKG.inSector) == URIRef(f"{ID}sector/robotics")
    assert graph.value(URIRef(f"{ID}cohort/harbor-harbor-all"), FKG.criterion) == Literal("listed on the Harbor Board")


def test_companies_organizations_products_events(graph: Graph) -> None:
    alpha, beta = URIRef(f"{ID}company/alpha-robotics"), URIRef(f"{ID}company/beta-sensors")
    assert (alpha, RDF.type, FKG.ListedCompany) in graph
    assert (beta, RDF.type, FKG.Company) in graph
    assert graph.value(alpha, FKG.ticker) == Literal("688000")
    assert (graph.value(alpha, FKG.listedOn), RDF.type, FKG.Exchange) in graph
    assert Literal("贝塔传感", lang="zh") in set(graph.objects(beta, RDFS.label))
    assert (URIRef(f"{ID}organization/gamma-fund"), RDF.type, FKG.Fund) in graph
    drone = URIRef(f"{ID}product/tidal-drone")
    assert graph.value(drone, FKG.madeBy) == alpha
    assert graph.value(drone, FKG.note) == Literal("world's first")
    assert (URIRef(f"{ID}sector/robotics"), RDF.type, SKOS.Concept) in graph
    e1, e3 = URIRef(f"{ID}event/harbor-harbor-e1"), URIRef(f"{ID}event/harbor-harbor-e3")
    assert (e1, RDF.type, FKG.Acquisition) in graph
    assert (graph.value(e1, FKG.agent), graph.value(e1, FKG.object)) == (alpha, beta)
    assert graph.value(e1, FKG.amount) == obs(5)
    assert graph.value(e1, FKG.status) == FKG.planned
    assert (e3, RDF.type, FKG.ControlChange) in graph
    assert graph.value(e3, FKG.date) == Literal("2030-06")


def test_document_sections_and_sentences(graph: Graph, extraction: Extraction) -> None:
    report = URIRef(f"{ID}document/harbor")
    assert (report, RDF.type, FKG.Report) in graph
    assert len(set(graph.objects(report, FKG.hasSentence))) == len(extraction.document.sentences)
    assert len(set(graph.objects(report, FKG.hasSection))) == 2
    s2 = URIRef(f"{ID}sentence/harbor-2")
    sentence = extraction.document.sentences[2]
    assert graph.value(s2, RDF.value) == Literal(sentence.span.text)
    assert graph.value(s2, FKG.start).toPython() == sentence.span.start
    assert graph.value(s2, FKG.inSection) == URIRef(f"{ID}section/harbor-0")
    assert graph.value(report, FKG.sha256) == Literal(extraction.document.sha256)


def test_mapping_is_deterministic_and_has_no_blank_nodes(extraction: Extraction) -> None:
    first, second = to_rdf(extraction, Settings()), to_rdf(extraction, Settings())
    assert sorted(first.serialize(format="nt").splitlines()) == sorted(second.serialize(format="nt").splitlines())
    assert first.serialize(format="turtle") == second.serialize(format="turtle")
    assert not any(t.startswith("_:") for line in first.serialize(format="nt").splitlines() for t in line.split())


def test_base_iri_is_configurable(extraction: Extraction) -> None:
    graph = to_rdf(extraction, Settings(base_iri="https://example.org/kg"))
    assert graph.identifier == URIRef("https://example.org/kg/id/document/harbor")
    assert (URIRef("https://example.org/kg/id/company/alpha-robotics"), RDF.type, FKG.ListedCompany) in graph


def test_a_known_institution_has_one_label_per_language_whatever_each_report_calls_it() -> None:
    from finkg.check import check
    from finkg.extract import extract
    from finkg.read import structure

    union = Graph()
    for n, text in enumerate((
        "In 2024, companies on the Beijing Stock Exchange (BSE) reported revenue of RMB 180 billion.",
        "BTR, listed on the BSE, reported revenue of RMB 14 billion in 2024. The BSE has 264 companies.",
    )):
        union += to_rdf(check(extract(structure(text, doc_id=f"d{n}", source=f"d{n}.txt"))), Settings())
    bse = next(s for s in union.subjects(RDFS.label, None) if str(s).endswith("/organization/bse"))
    assert [str(label) for label in union.objects(bse, RDFS.label)] == ["Beijing Stock Exchange"]
    assert Literal("BSE", lang="en") in set(union.objects(bse, SKOS.altLabel))


def test_a_listed_company_has_one_label_whatever_each_report_calls_it() -> None:
    from finkg.check import check
    from finkg.extract import extract
    from finkg.read import structure

    union = Graph()
    for n, text in enumerate((
        "In 2024, Shenzhen Mindray Bio-Medical Electronics reported revenue of 36.7 billion yuan.",
        "In 2024, Shenzhen Mindray Bio-Medical Electronics grew. Mindray's revenue was 36.7 billion yuan. "
        "Mindray paid dividends. Mindray bought APT Medical.",
    )):
        union += to_rdf(check(extract(structure(text, doc_id=f"d{n}", source=f"d{n}.txt"))), Settings())
    mindray = {s for s in union.subjects(FKG.ticker, Literal("300760"))}
    assert len(mindray) == 1
    node = mindray.pop()
    assert [str(label) for label in union.objects(node, RDFS.label) if label.language == "en"] == [
        "Mindray Bio-Medical Electronics"]
    assert Literal("Mindray", lang="en") in set(union.objects(node, SKOS.altLabel))


def test_a_dateline_without_a_publisher_dates_the_report() -> None:
    from finkg.check import check
    from finkg.extract import extract
    from finkg.read import structure

    extraction = check(extract(structure(
        "Results round-up\nBEIJING, April 30, 2025\nHualan Motors Co., Ltd. raised revenue by 9% in 2024.\n",
        doc_id="news", source="news.txt")))
    date = next(f for f in extraction.facts if f.measure == "publication_date")
    assert date.subject is None
    graph = to_rdf(extraction, Settings())
    issued = list(graph.subject_objects(URIRef("http://purl.org/dc/terms/issued")))
    assert [(graph.value(report, RDF.type), day) for report, day in issued] == [
        (FKG.Report, Literal("2025-04-30", datatype=XSD.date))]
    assert (URIRef(f"{ID}observation/news-{date.id}"), None, None) not in graph
