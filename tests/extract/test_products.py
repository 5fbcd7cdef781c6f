"""Products: named products, technologies, bonds and indices with the company behind them."""

from __future__ import annotations

import pytest
from entity_reports import CHINEXT_OVERVIEW, RESULTS_NEWS, document

from finkg.extract.companies import find_companies
from finkg.extract.organizations import find_organizations
from finkg.extract.products import find_products, index_publisher
from finkg.records import Product

pytestmark = pytest.mark.issue(3)


def _products(text: str) -> dict[str, Product]:
    doc = document(text)
    return {p.label: p for p in find_products(doc, find_companies(doc, find_organizations(doc)))}


def test_launch_with_note_and_maker() -> None:
    product = _products(RESULTS_NEWS)["10-megawatt liquid-cooled energy storage system"]
    assert product.maker == "company/sungrow-power-supply"
    assert product.note == "world's first"


def test_investment_projects_split_into_parallel_products() -> None:
    text = (
        "Hexin Materials plans to invest 2 billion yuan to build high-end resin and high-end film "
        "industrialization projects."
    )
    assert {"high-end resin", "high-end film"} <= set(_products(text))


def test_approved_drug_bond_and_indices() -> None:
    found = _products(CHINEXT_OVERVIEW)
    assert found["conbercept injection"].maker == "company/kanghong-pharmaceutical"
    assert found["green corporate bond"].maker == "company/eoptolink-technology"
    assert {"ChiNext 50 Index", "ChiNext Growth Index"} <= set(found)
    assert not any("report" in label or "revenue" in label for label in found)


def test_drug_codes_and_developed_by() -> None:
    text = (
        "Kaiyu Biotech raised funds for XYZ1234. "
        "The smart ablation system independently developed by Kaiyu Biotech was approved."
    )
    found = _products(text)
    assert found["XYZ1234"].maker == "company/kaiyu-biotech"
    assert found["smart ablation system"].maker == "company/kaiyu-biotech"


def test_index_publisher_is_the_board_exchange() -> None:
    orgs = find_organizations(document("The Shenzhen Stock Exchange and the Shanghai Stock Exchange both publish."))
    publisher = index_publisher("ChiNext 50 Index", orgs)
    assert publisher is not None and publisher.slug == "szse"
    assert index_publisher("Sci-Tech Innovation 100 Index", ()) is None


def test_an_approved_product_named_with_an_apposition() -> None:
    found = _products(
        "CanSino Biologics reported revenue of 2 billion yuan. CanSino's recombinant vaccine, developed with an "
        "academy, was approved for marketing in China."
    )
    assert "recombinant vaccine" in found and found["recombinant vaccine"].maker is not None
