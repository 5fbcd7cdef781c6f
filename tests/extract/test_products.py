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


def test_a_brand_in_capitals_after_its_kind_is_the_paragraph_company_product() -> None:
    found = _products(
        "Lanxin Biotech narrowed its loss as its lung-cancer drug ZORVEXA took off. ZORVEXA's sales doubled. "
        "In May, the National Medical Products Administration approved its antibody KELVORA."
    )
    assert found["ZORVEXA"].maker == found["KELVORA"].maker == "company/lanxin-biotech"


def test_a_glossed_name_is_made_by_its_possessor_only() -> None:
    found = _products(
        "Qiming Pharma's lunatinib, a Class 1 new drug for lung cancer, entered late-stage trials. "
        "Its partner's ravotinib, an oral inhibitor, did too."
    )
    assert found["lunatinib"].maker == "company/qiming-pharma"
    assert found["ravotinib"].maker is None


def test_kinds_approved_and_sold_are_products_of_the_company_the_paragraph_is_about() -> None:
    found = _products(
        "Ruixin Medical lifted revenue by 10%. Sales of its hearing aids rose 12%. "
        "Three more class 2 medical devices won approval during the year. "
        "Since listing, more than 900 medical device products have been approved for registration."
    )
    assert set(found) == {"hearing aids", "class 2 medical devices"}
    assert {p.maker for p in found.values()} == {"company/ruixin-medical"}


def test_what_a_company_makes_and_ships_in_units() -> None:
    found = _products(
        "Huaxin Battery, a maker of sodium-ion cells, shipped 40 GWh of storage batteries and 12 GWh of power "
        "batteries. Software products brought in 1 billion yuan."
    )
    assert {"sodium-ion cells", "storage batteries", "power batteries", "Software products"} <= set(found)
    assert found["power batteries"].maker == "company/huaxin-battery"


def test_a_group_products_have_no_maker_even_where_no_company_is_named() -> None:
    found = _products("The exchange said drug companies earned 9% more and that 30 of their drugs are now approved.")
    assert found["drugs"].maker is None


def test_kind_cues_need_a_noun_phrase_that_names_a_product() -> None:
    found = _products(
        "Qiming Pharma's chairman, a drug industry veteran, retired. Jiahe Technology, a supplier of Apple, grew. "
        "Ruixin Medical said two drugs won approval. Its products brought in 2 billion yuan."
    )
    assert set(found) == set()


def test_goods_priced_on_their_market_are_commodities_without_a_maker() -> None:
    found = _products(
        "Lanshan Dairy earned 1 billion yuan. The average price of raw milk in the main provinces was 3.32 yuan per "
        "kilogram. Prices of silicon, ingots and cells fell. Pure TDI averaged 14,452 yuan a tonne, while feed corn "
        "prices fell 14%. Its share price rose 5%, lower prices hurt, and the average selling price of mined silver "
        "rose.")
    assert set(found) == {"raw milk", "silicon", "ingots", "cells", "Pure TDI", "feed corn"}
    assert all(p.commodity and p.maker is None for p in found.values())


def test_a_product_the_company_referred_back_to_launched_is_its_own() -> None:
    found = _products(
        "Hengyun Software earned 1 billion yuan. In May the company released LightGPT 2.0, its financial model, "
        "which it launched in October 2023. It released or upgraded more than 60 products and launched a buyback."
    )
    assert list(found) == ["LightGPT 2.0"]
    assert found["LightGPT 2.0"].maker == "company/hengyun-software"
