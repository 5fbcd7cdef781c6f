"""Plausibility: impossible figures are flagged with the evident correction, plausible ones never."""

from __future__ import annotations

from decimal import Decimal

import pytest

from finkg.check import check
from finkg.config import Settings
from finkg.extract import extract
from finkg.read import structure
from finkg.records import Extraction, Fact


def _facts(text: str, settings: Settings | None = None) -> Extraction:
    return check(extract(structure(text, doc_id="t", source="t.txt")), settings)


def _fact(extraction: Extraction, surface: str) -> Fact:
    return next(f for f in extraction.facts if f.quantity.span.text.endswith(surface))


TEXT = (
    "In 2023, ChiNext companies achieved total revenue of 4,130,250 billion yuan, up 3.6% year on year. "
    "Their net profit was 240.2 billion yuan. "
    "Currently, 8 companies have disclosed refinancing plans, with a financing scale of 12.5 billion yuan. "
    "The Sunrise Biotech case has taken the lead and has raised 2,140 billion yuan. "
    "Sungrow Power reported revenue of 77.9 billion yuan.\n"
)


def test_a_thousandfold_comma_error_is_flagged_with_its_correction() -> None:
    revenue = _fact(_facts(TEXT), "4,130,250 billion yuan")
    assert revenue.quantity.value == Decimal("4130250e9")  # kept as stated
    assert revenue.flag is not None and "ceiling" in revenue.flag.reason
    assert revenue.flag.corrected_value == Decimal("4130.25e9")


def test_a_company_amount_beyond_any_company_is_flagged() -> None:
    raised = _fact(_facts(TEXT), "2,140 billion yuan")
    assert raised.flag is not None
    assert raised.flag.corrected_value == Decimal("2.14e9")


def test_plausible_figures_are_not_flagged() -> None:
    facts = _facts(TEXT)
    flagged = {f.quantity.span.text for f in facts.facts if f.flag}
    assert flagged == {"4,130,250 billion yuan", "2,140 billion yuan"}


def test_a_stock_may_exceed_the_bound_on_a_years_flow() -> None:
    facts = _facts(
        "In 2023, A-share companies reported revenue of 72.7 trillion yuan. At the end of 2023 their total assets "
        "were 418.4 trillion yuan and their market value 77.3 trillion yuan; revenue of 1,422,170 trillion yuan "
        "is a misprint.\n")
    assert {f.quantity.span.text for f in facts.facts if f.flag} == {"1,422,170 trillion yuan"}
    assert _fact(facts, "418.4 trillion yuan").measure == "total_assets"


def test_a_big_banks_balance_sheet_and_coverage_are_no_misprints() -> None:
    facts = _facts(
        "In 2024, ICBC's total assets were 48.82 trillion yuan, and China Merchants Bank's provision coverage "
        "ratio was 411.98%.\n")
    assert not [f.quantity.span.text for f in facts.facts if f.flag]
    assert _fact(facts, "411.98%").measure == "provision_coverage"


def test_the_ceiling_is_a_setting() -> None:
    lowered = _facts(TEXT, Settings(cny_ceiling=Decimal("1e11")))
    assert _fact(lowered, "240.2 billion yuan").flag is not None


def test_a_share_above_100_percent_is_flagged() -> None:
    text = "In 2023, private enterprises accounted for 180% of the companies on ChiNext.\n"
    share = _fact(_facts(text), "180%")
    assert share.flag is not None and "exceeds 100%" in share.flag.reason


def test_a_number_that_names_an_index_is_flagged_without_correction() -> None:
    text = (
        "In 2023, the Harbor 30 Index companies gained 5%. The scale of index products was 80 billion yuan, "
        "of which 30 products were 52 billion yuan.\n"
    )
    count = _fact(_facts(text), "30 products")
    assert count.flag is not None and "Index" in count.flag.reason and count.flag.corrected_value is None


@pytest.mark.parametrize(("multiple", "flagged"), [("more than 2.5 times", False), ("more than 5 times", True)])
def test_a_stated_multiple_is_checked_against_the_levels(multiple: str, flagged: bool) -> None:
    text = (
        "In 2023, ChiNext companies had net profit of 40 billion yuan. Their R&D investment reached "
        f"150 billion yuan, {multiple} net profit, up 6% year on year.\n"
    )
    fact = _fact(_facts(text), multiple)
    assert (fact.flag is not None) is flagged


def test_a_part_far_above_its_groups_total_is_flagged_unless_it_is_only_sought() -> None:
    raised = "STAR Market companies raised 520 million yuan through refinancing in 2024. Of these, nine companies "
    done = _facts("Refinancing in 2024\n" + raised + "raised 25 billion yuan.\n")
    sought = _facts("Refinancing in 2024\n" + raised + "have applied, seeking 25 billion yuan.\n")
    flag = _fact(done, "25 billion yuan").flag
    assert flag is not None and "times the total" in flag.reason
    assert _fact(sought, "25 billion yuan").flag is None


def test_a_bar_a_group_passed_is_no_total_of_its_members() -> None:
    extraction = _facts(
        "ChiNext companies in the first three quarters of 2022\nHuaxin Power's revenue topped 100 billion yuan, and 19 "
        "companies, among them Huaxin Medical and Huaxin Energy, passed 10 billion yuan. Huaxin Power reported that "
        "nine-month revenue jumped 187 percent to 210.34 billion yuan.\n")
    assert _fact(extraction, "210.34 billion yuan").flag is None


def test_a_part_is_checked_against_its_groups_total_of_the_same_period_only() -> None:
    extraction = _facts(
        "ChiNext companies in the first three quarters of 2025\nIn the third quarter, ChiNext companies earned "
        "revenue of 117 billion yuan. Of these, the 100 largest companies had revenue of 1.54 trillion yuan in the "
        "first three quarters.\n")
    assert _fact(extraction, "1.54 trillion yuan").flag is None


def test_a_first_day_gain_over_the_offer_price_is_a_change_not_a_share_beyond_100() -> None:
    extraction = _facts("STAR companies in H1 2022\nThe stock closed its first day 111% above the offer price.\n")
    assert _fact(extraction, "111%").flag is None


def test_a_plan_beaten_or_capacity_overrun_is_a_share_above_100_that_is_no_misprint() -> None:
    extraction = _facts("Shipyards in 2024\nThe yard signed orders worth 165.56% of its plan and ran at 104% of "
                        "capacity.\n")
    assert _fact(extraction, "165.56%").measure == "plan_completion_rate"
    assert _fact(extraction, "165.56%").flag is None and _fact(extraction, "104%").flag is None


def test_a_profit_that_swung_to_a_loss_may_fall_more_than_100_percent_and_revenue_may_not() -> None:
    extraction = _facts(
        "Inverter makers in 2024\nGoodWe reported a net loss attributable to shareholders of 61.8 million yuan, "
        "against a profit of 852 million yuan in 2023, a decline of 107.25 percent. Its revenue fell 108 percent "
        "to 6.7 billion yuan.\n")
    assert _fact(extraction, "107.25 percent").flag is None
    revenue = _fact(extraction, "108 percent")
    assert revenue.measure == "revenue" and revenue.flag is not None and "more than everything" in revenue.flag.reason
