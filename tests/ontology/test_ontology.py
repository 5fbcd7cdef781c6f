"""The ontology, the shapes and the SKOS vocabularies: they parse, are OWL 2 consistent, are labelled."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from owlready2 import OwlReadyInconsistentOntologyError, World, sync_reasoner
from pyshacl import validate as pyshacl_validate
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from finkg.config import ONTOLOGY_DIR

FKG = Namespace("https://w3id.org/finkg/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")
MEASURE = "https://w3id.org/finkg/id/measure/"
SCHEME = URIRef("https://w3id.org/finkg/id/scheme/measures")
VOCABULARIES = [p for p in sorted(ONTOLOGY_DIR.glob("*.ttl")) if p.name not in {"finkg.ttl", "shapes.ttl"}]

# The measure names of the gold annotation schema: its vocabulary, the statistics it prefixes
# (median_/average_), and the names the first gold file added.
GOLD_MEASURES = {
    "revenue", "net_profit", "net_loss", "operating_profit_adjusted", "rd_investment", "rd_intensity",
    "rd_personnel", "invention_patents", "overseas_revenue", "gross_margin", "cash_from_sales",
    "cash_dividends", "dividend_payout_ratio", "repurchase_amount", "market_value", "transaction_amount",
    "financing_amount", "investment_amount", "company_count", "company_share", "product_count",
    "units_shipped", "cagr", "market_share_rank", "index_count", "fund_scale", "account_count",
    "holding_value", "coupon_rate", "coverage_rate", "employees_share",
    "net_profit_excl_nonrecurring", "publication_date",
    "as_of_date", "event_date", "consecutive_periods", "period_length", "supplier_count", "patent_count",
    "award_project_count", "country_count", "deal_count", "indication_count", "project_count",
    "autonomy_rate", "localization_rate", "use_of_proceeds", "holding_share", "product_sales",
    "fixed_asset_investment",  # measures_added of the SZSE 2013 gold file
    # measures_added of the company-news and A-share gold files
    "earnings_per_share", "dividend_per_share", "dividend_per_10_shares", "operating_cash_flow",
    "capital_expenditure", "capacity_utilization", "plan_completion_rate", "subscription_multiple", "share_price",
    "free_cash_flow", "parcel_volume", "turnover_rate",
    # insurers' solvency and investment measures (the insurers H1 2025 gold file coined them)
    "comprehensive_solvency_ratio", "core_solvency_ratio", "investment_assets", "net_investment_income",
    "net_investment_yield",
    "fine_amount", "case_count",  # a regulator's year of enforcement (the delistings 2024 gold file coined them)
    "industry_count",
    "selling_price",
    "average_selling_price", "employees", "net_profit_rank", "revenue_rank", "market_value_rank", "investor_count",
    "net_loss_excl_nonrecurring", "monthly_capacity", "upfront_payment", "milestone_payments", "order_backlog",
    "domestic_revenue", "stake_acquired",
    "other",  # what the extractor falls back to when no wording names the measure
    "rd_expenses",
    "total_assets",  # a stock, whose plausibility bound is not the one on a year's flows
    "gross_profit", "roe", "dividend_yield", "net_interest_margin", "npl_ratio",  # ratios results reports give
    "debt_to_asset_ratio", "provision_coverage", "repurchased_shares", "share_issue_price",
    "new_orders", "market_share",  # measures two development reports' annotators named
    "impairment_losses",  # charges that turned a sector's 2024 results into losses
    # industry measures of insurers', airlines' and steelmakers' results and general output, capacity and issue terms
    "production_volume", "crude_steel_output", "pig_iron_output", "finished_steel_output",
    "production_capacity", "installed_volume", "export_volume", "apparent_consumption", "total_profit",
    "operating_profit",
    "sales_margin", "investment_income", "investment_loss", "exchange_loss", "premium_income",
    "total_investment_yield", "comprehensive_investment_yield", "new_business_value", "embedded_value",
    "combined_ratio", "underwriting_profit", "agent_count", "passengers_carried", "passenger_throughput",
    "load_factor", "cargo_volume", "cargo_revenue", "fuel_cost", "unit_fuel_cost", "fleet_size",
    "aircraft_deliveries", "shares_issued", "repurchase_price",
    # securities firms' lines of business, and two deal terms
    "brokerage_fee_income", "proprietary_trading_income", "investment_banking_income",
    "asset_management_income", "negative_goodwill", "shares_acquired",
    # deal terms, bank and broker figures and buyback loans that this round's development annotators named
    "share_exchange_ratio", "acquisition_price_per_share", "net_interest_income", "net_assets", "loan_amount",
    "interest_rate", "capital_adequacy_ratio", "customer_deposits", "bonus_shares_per_10_shares", "total_shares",
    # telecom operators' and service companies' measures
    "subscriber_count", "customer_count", "segment_revenue", "arpu", "base_station_count", "tower_site_count",
    # a convertible bond's conversion price and a stock index, each named by three development annotators
    "conversion_price", "index_level",
    # cash and debt at a date, profit a day and a developer's contracted sales, named by development annotators of
    # property, solar, oil and bank reports
    "cash_holdings", "interest_bearing_debt", "net_profit_per_day", "property_sales",
    # a unit's cost, named so by the annotators of a coal and a food report
    "unit_cost",
    # a whole market's sales, and cinemas', hotels' and sights' figures, named by film, tourism and game annotators
    "market_size", "box_office", "admissions", "visitor_count", "occupancy_rate", "revpar", "hotel_count",
    "screen_count", "cinema_count", "store_count",
    # hospital groups' figures, named by the annotator of a healthcare-services report
    "hospital_count", "clinic_count", "outpatient_visits", "surgery_count", "spending_per_visit",
    # the premium a buyer pays over the market price, named by the annotators of a metal-miners and a
    # control-changes report
    "acquisition_premium",
    # how long a bond runs, named by the annotators of bank, bond and shareholder-return reports
    "tenor",
    # how often a company has paid dividends, named by the annotators of 27 reports; the income statement's
    # expenses and the balance sheet's working capital, named by the annotators of 2 to 7 reports each
    "dividend_count", "selling_expenses", "administrative_expenses", "finance_costs", "inventory",
    "contract_liabilities", "accounts_receivable",
}  # fmt: skip
STATISTICS = {
    f"{stat}_{base}"
    for stat in ("median", "average")
    for base in ("revenue", "net_profit", "gross_margin", "rd_intensity", "rd_investment", "market_value",
                 "invention_patents")
} | {"average_roe", "average_sales_margin", "average_operating_cash_flow", "average_dividend_payout_ratio",
     "average_financing_amount"}


def _graph(*names: str) -> Graph:
    graph = Graph()
    for name in names:
        graph.parse(ONTOLOGY_DIR / name)
    return graph


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return _graph("finkg.ttl")


@pytest.fixture(scope="module")
def tbox_and_vocabularies() -> Graph:
    return _graph("finkg.ttl", *(p.name for p in VOCABULARIES))


@pytest.mark.parametrize("path", sorted(ONTOLOGY_DIR.glob("*.ttl")), ids=lambda p: p.name)
def test_file_parses(path: Path) -> None:
    assert len(Graph().parse(path)) > 10


def _consistent(graph: Graph, tmp_path: Path) -> bool:
    """HermiT's verdict; owlready2 reads N-Triples, not Turtle."""
    path = tmp_path / "ontology.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = World()
    world.get_ontology(path.as_uri()).load()
    try:
        sync_reasoner(world, infer_property_values=False, debug=0)
    except OwlReadyInconsistentOntologyError:
        return False
    return not list(world.inconsistent_classes())


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime (`java` is not on PATH)")
def test_hermit_finds_ontology_and_vocabularies_consistent(tbox_and_vocabularies: Graph, tmp_path: Path) -> None:
    assert _consistent(tbox_and_vocabularies, tmp_path)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime (`java` is not on PATH)")
def test_hermit_rejects_an_event_that_is_a_company(ontology: Graph, tmp_path: Path) -> None:
    broken = Graph() + ontology
    thing = URIRef("https://w3id.org/finkg/id/company/confused")
    broken.add((thing, RDF.type, FKG.Company))
    broken.add((thing, RDF.type, FKG.Acquisition))
    assert not _consistent(broken, tmp_path)


def test_shapes_pass_shacl_shacl() -> None:
    conforms, _, text = pyshacl_validate(Graph(), shacl_graph=_graph("shapes.ttl"), meta_shacl=True)
    assert conforms, text


def _has(graph: Graph, node: URIRef, prop: URIRef, lang: str) -> bool:
    return any(isinstance(o, Literal) and o.language == lang for o in graph.objects(node, prop))


def test_every_finkg_term_has_english_and_chinese_labels_and_a_definition(ontology: Graph) -> None:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
    terms = {s for k in kinds for s in ontology.subjects(RDF.type, k) if isinstance(s, URIRef) and s in FKG}
    assert len(terms) > 80
    missing = sorted(
        t for t in terms
        if not (_has(ontology, t, RDFS.label, "en") and _has(ontology, t, RDFS.label, "zh")
                and _has(ontology, t, SKOS.definition, "en"))
    )  # fmt: skip
    assert missing == []


def test_every_concept_has_english_and_chinese_labels_and_a_definition(tbox_and_vocabularies: Graph) -> None:
    graph = tbox_and_vocabularies
    concepts = {c for cls in (FKG.Measure, FKG.Sector) for c in graph.subjects(RDF.type, cls)}
    assert len(concepts) >= len(GOLD_MEASURES)
    missing = sorted(
        c for c in concepts
        if not (_has(graph, c, SKOS.prefLabel, "en") and _has(graph, c, SKOS.prefLabel, "zh")
                and _has(graph, c, SKOS.definition, "en"))
    )  # fmt: skip
    assert missing == []


def test_measure_notations_are_the_gold_names_and_the_iris_follow_them() -> None:
    graph = _graph("measures.ttl")
    measures = set(graph.subjects(RDF.type, FKG.Measure))
    notations = {str(graph.value(m, SKOS.notation)) for m in measures}
    assert notations == GOLD_MEASURES | STATISTICS
    assert all(str(m) == MEASURE + str(graph.value(m, SKOS.notation)) for m in measures)
    assert all((m, SKOS.inScheme, SCHEME) in graph for m in measures)


def test_the_gold_schema_lists_every_measure_of_the_scheme() -> None:
    """Annotators name measures from GOLD-SCHEMA.md; a name missing there is a miss in every new gold file."""
    schema = (Path(__file__).parents[1] / "data" / "gold" / "GOLD-SCHEMA.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z0-9_]+)` \|", schema, flags=re.MULTILINE))
    assert listed == GOLD_MEASURES - {"other"}


def test_measure_cues_include_common_wordings() -> None:
    graph = _graph("measures.ttl")
    revenue = URIRef(MEASURE + "revenue")
    cues = {str(o) for p in (SKOS.altLabel, SKOS.hiddenLabel) for o in graph.objects(revenue, p)}
    assert {"operating income", "turnover"} <= cues


def test_every_external_term_used_is_declared_with_its_source(ontology: Graph) -> None:
    used = {o for p in (RDFS.subClassOf, RDFS.subPropertyOf) for o in ontology.objects(None, p)}
    external = {u for u in used if isinstance(u, URIRef) and u not in FKG}
    undeclared = sorted(u for u in external if ontology.value(u, RDFS.isDefinedBy) is None)
    assert external and undeclared == []


def test_every_class_is_the_target_of_a_shape(ontology: Graph) -> None:
    shapes = _graph("shapes.ttl")
    targeted = set(shapes.objects(None, SH.targetClass))
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef) and c in FKG}
    untargeted = sorted(
        c for c in classes
        if c not in {FKG.SectorScheme, FKG.MeasureScheme}
        and not targeted & set(ontology.transitive_objects(c, RDFS.subClassOf))
    )  # fmt: skip
    assert untargeted == []


def test_the_data_structure_has_the_contract_components(ontology: Graph) -> None:
    qb = Namespace("http://purl.org/linked-data/cube#")
    components = list(ontology.objects(FKG.observationStructure, qb.component))
    dimensions = {ontology.value(c, qb.dimension) for c in components} - {None}
    assert dimensions == {FKG.subject, FKG.measure, FKG.period, FKG.kind, FKG.statement}
    assert {ontology.value(c, qb.measure) for c in components} - {None} == {FKG.value}
    assert {ontology.value(c, qb.attribute) for c in components} - {None} == {FKG.unit, FKG.qualifier}


def test_the_extractors_statistics_are_the_schemes_and_its_collections_hold_its_measures() -> None:
    from finkg.extract.measure_scheme import measure_scheme
    from finkg.extract.measures import STATISTICS

    graph = _graph("measures.ttl")
    notations = {str(o) for o in graph.objects(None, SKOS.notation)}
    assert notations >= STATISTICS
    scheme = measure_scheme()
    assert scheme.statistics == STATISTICS == {n for n in notations if n.startswith(("average_", "median_"))} - {
        "average_selling_price"}  # a product's price, not a per-company statistic
    assert {"company_count", "units_shipped"} <= scheme.counts and not scheme.counts & scheme.rates
    assert {"revenue", "cash_dividends"} <= scheme.flows and "gross_margin" in scheme.rates
    assert scheme.flows | scheme.stocks | scheme.rates | scheme.shares <= notations
    assert not scheme.flows & scheme.stocks  # earned over a period or held at a date, never both
    assert not scheme.rates & scheme.shares  # a percentage is a level or a part of a whole, never both
    assert scheme.broader["rd_expenses"] == "rd_investment"


def test_every_measure_the_extractor_names_is_in_the_scheme() -> None:
    from finkg.extract.fact_measures import _RANKED_BY
    from finkg.extract.measures import _CUES, COUNTED

    graph = _graph("measures.ttl")
    notations = {str(o) for o in graph.objects(None, SKOS.notation)}
    named = {m for m, _ in _CUES} | set(COUNTED.values()) | {f"{m}_rank" for m in _RANKED_BY}
    assert named - notations == set()
