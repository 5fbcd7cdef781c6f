"""Quantity extraction: surfaces, values in base units, units, qualifiers, kinds, exclusions and spans."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from finkg.extract.quantities import find_quantities
from finkg.read import structure
from finkg.records import Kind, Qualifier, Quantity

DATA = Path(__file__).parent.parent / "data" / "quantities"
pytestmark = pytest.mark.issue(3)


def quantities(text: str) -> tuple[Quantity, ...]:
    return find_quantities(structure(text, doc_id="t", source="t.txt"))


def only(text: str, surface: str) -> Quantity:
    """The one quantity of `text` whose span holds `surface`."""
    found = [q for q in quantities(text) if surface in q.span.text]
    assert len(found) == 1, [q.span.text for q in quantities(text)]
    return found[0]


CASES = [
    # sentence, surface, value, unit, qualifier, kind
    ("Sales were 47.523 billion yuan.", "47.523 billion yuan", "47523000000", "CNY", "exact", "level"),
    ("Profit was 528 million yuan.", "528 million yuan", "528000000", "CNY", "exact", "level"),
    ("Turnover was 3 trillion yuan.", "3 trillion yuan", "3000000000000", "CNY", "exact", "level"),
    ("It raised RMB 5 billion.", "RMB 5 billion", "5000000000", "CNY", "exact", "level"),
    ("It raised RMB5bn.", "RMB5bn", "5000000000", "CNY", "exact", "level"),
    ("It issued US$ 2 billion of notes.", "US$ 2 billion", "2000000000", "USD", "exact", "level"),
    ("It paid HK$38.50 per share.", "HK$38.50", "38.50", "HKD", "exact", "level"),
    ("It paid $120 million.", "$120 million", "120000000", "USD", "exact", "level"),
    ("It paid €2.5 billion.", "€2.5 billion", "2500000000", "EUR", "exact", "level"),
    ("It reported 1,422,170 billion yuan.", "1,422,170 billion yuan", "1422170000000000", "CNY", "exact", "level"),
    ("Assets rose by 6.2 billion yuan.", "6.2 billion yuan", "6200000000", "CNY", "exact", "change_abs"),
    ("Costs fell by RMB 1.2 billion.", "RMB 1.2 billion", "-1200000000", "CNY", "exact", "change_abs"),
    ("Profit grew to 9 billion yuan.", "9 billion yuan", "9000000000", "CNY", "exact", "level"),
    ("It started from zero revenue.", "zero revenue", "0", "CNY", "exact", "level"),
    ("Sales exceeded 1 billion yuan.", "1 billion yuan", "1000000000", "CNY", "at_least", "level"),
    ("Holdings were nearly 9 billion yuan.", "nearly 9 billion yuan", "9000000000", "CNY", "approx", "level"),
    ("Revenue rose 0.24% over the previous year.", "0.24%", "0.24", "percent", "exact", "change_pct"),
    ("Revenue was up 15.2% year on year.", "15.2%", "15.2", "percent", "exact", "change_pct"),
    ("Net profit declined by 3.1%.", "3.1%", "-3.1", "percent", "exact", "change_pct"),
    ("Losses saw a year-on-year reduction of 35.5%.", "35.5%", "-35.5", "percent", "exact", "change_pct"),
    ("It posted a 15% increase in orders.", "15%", "15", "percent", "exact", "change_pct"),
    ("Exports grew by more than 30% year on year.", "more than 30%", "30", "percent", "at_least", "change_pct"),
    ("Revenue grew at a CAGR of 25%.", "25%", "25", "percent", "exact", "cagr"),
    ("The compound annual growth rate reached 10.7%.", "10.7%", "10.7", "percent", "exact", "cagr"),
    ("Nearly 70% of companies grew.", "Nearly 70%", "70", "percent", "approx", "share"),
    ("Private firms account for over 60% of the board.", "over 60%", "60", "percent", "at_least", "share"),
    ("The localization rate was 95%.", "95%", "95", "percent", "exact", "share"),
    ("R&D spending equalled 12.6% of revenue.", "12.6%", "12.6", "percent", "exact", "level"),
    ("Overseas revenue accounted for 30.5% of total revenue.", "30.5%", "30.5", "percent", "exact", "share"),
    ("The gross margin reached 40.8%.", "40.8%", "40.8", "percent", "exact", "level"),
    ("Its R&D intensity exceeded 20%.", "20%", "20", "percent", "at_least", "level"),
    ("Roughly 70 percent of them agreed.", "Roughly 70 percent", "70", "percent", "approx", "share"),
    ("The sector reached full coverage.", "full coverage", "100", "percent", "exact", "share"),
    (
        "The share rose 3.09 percentage points.",
        "3.09 percentage points",
        "3.09",
        "percentage_point",
        "exact",
        "change_pp",
    ),
    ("The margin fell 2.1 ppts.", "2.1 ppts", "-2.1", "percentage_point", "exact", "change_pp"),
    ("Spreads widened 25 basis points.", "25 basis points", "0.25", "percentage_point", "exact", "change_pp"),
    ("R&D was more than 2.5 times net profit.", "more than 2.5 times", "2.5", "ratio", "at_least", "multiple"),
    ("Orders doubled.", "doubled", "2", "ratio", "at_least", "multiple"),
    ("Losses halved.", "halved", "0.5", "ratio", "at_most", "multiple"),
    ("The price rose tenfold.", "tenfold", "10", "ratio", "exact", "multiple"),
    ("Then 54 companies listed.", "54 companies", "54", "count", "exact", "count"),
    ("It has nearly 1,000 local suppliers.", "nearly 1,000 local suppliers", "1000", "count", "approx", "count"),
    ("It sells in 37 countries or regions.", "37 countries", "37", "count", "exact", "count"),
    ("Thirty-one drug makers joined.", "Thirty-one drug makers", "31", "count", "exact", "count"),
    ("Four companies, including two banks, left.", "Four companies", "4", "count", "exact", "count"),
    ("It grew for three consecutive years.", "three consecutive years", "3", "year", "exact", "count"),
    ("It grew for three consecutive quarters.", "three consecutive quarters", "3", "quarter", "exact", "count"),
    ("Output grew in the last 3 years.", "3 years", "3", "year", "exact", "count"),
    ("It led for the fifth consecutive year.", "fifth consecutive year", "5", "year", "exact", "count"),
    ("It employs 240,000 engineers.", "240,000 engineers", "240000", "people", "exact", "count"),
    ("It holds more than 2,000 patents.", "more than 2,000 patents", "2000", "patents", "at_least", "count"),
    ("Its patent pool exceeds 10,000.", "10,000", "10000", "patents", "at_least", "count"),
    ("It shipped over 16,000 units.", "over 16,000 units", "16000", "units", "at_least", "count"),
    ("The top 10 firms gained.", "top 10 firms", "10", "count", "exact", "count"),
    ("Users hit 1.38 billion.", "1.38 billion", "1380000000", "count", "exact", "count"),
    ("Of these, 30 are banks.", "30", "30", "count", "exact", "count"),
    ("Its foundry ranked 2nd in the world.", "2nd", "2", "rank", "exact", "rank"),
    ("The fund ranked first.", "ranked first", "1", "rank", "exact", "rank"),
    ("It is the fourth largest fund.", "fourth largest", "4", "rank", "exact", "rank"),
    ("It holds the No. 1 spot.", "No. 1", "1", "rank", "exact", "rank"),
    ("As of April 30, 2025, all reported.", "April 30, 2025", "20250430", "date", "exact", "date"),
    ("On 31 December 2024 it closed.", "31 December 2024", "20241231", "date", "exact", "date"),
    ("Rules changed in June 2024.", "June 2024", "202406", "date", "exact", "date"),
    ("By the end of 2024 it had grown.", "end of 2024", "20241231", "date", "exact", "date"),
    ("Since the beginning of 2024 it grew.", "beginning of 2024", "20240101", "date", "exact", "date"),
    (
        "At the end of the third quarter of 2025 it held cash.",
        "end of the third quarter of 2025",
        "20250930",
        "date",
        "exact",
        "date",
    ),
    ("At the end of February 2024 it held cash.", "end of February 2024", "20240229", "date", "exact", "date"),
    ("It published on 2025-03-31.", "2025-03-31", "20250331", "date", "exact", "date"),
    ("It hired 30 or more staff.", "30 or more staff", "30", "people", "at_least", "count"),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "unit", "qualifier", "kind"), CASES)
def test_quantity(sentence: str, surface: str, value: str, unit: str, qualifier: str, kind: str) -> None:
    q = only(sentence, surface)
    assert q.span.text == surface
    assert (q.value, q.unit, q.qualifier, q.kind) == (Decimal(value), unit, Qualifier(qualifier), Kind(kind))


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2024, sales rose; for 2024 the outlook over 2023 held. Since 2024 the 2025 action plan applies.",
        "1. Overview of the year",
        "The CSI 300 Index, the STAR 50 and the Science Innovation 100 Index were joined by Class 1 drugs.",
        "Its DZX4471 and KRAS12 candidates use 3D printing, 5G links, 28nm chips and a 12-inch wafer.",
        "For the first time, the world's first third-generation chip shipped.",
        "The two sides launched products one after another, with zero noise and full-chain support.",
        "Profit in the fourth quarter and the first quarterly report were steady.",
        "The plan covers 2022-2024 and the code is (688123).",
        "Under the 14th Five-Year Plan, Phase 3 trials began.",
    ],
)
def test_labels_and_names_are_not_quantities(sentence: str) -> None:
    assert quantities(sentence) == ()


def test_range_is_two_bounds() -> None:
    low, high = quantities("The coupon rate is 2.2% to 2.4%.")
    assert (low.span.text, low.value, low.qualifier) == ("2.2%", Decimal("2.2"), Qualifier.AT_LEAST)
    assert (high.span.text, high.value, high.qualifier) == ("2.4%", Decimal("2.4"), Qualifier.AT_MOST)
    assert low.kind == high.kind == Kind.LEVEL


def test_range_borrows_the_unit_of_its_upper_bound() -> None:
    low, high = quantities("It will spend 3-4 billion yuan.")
    assert (low.value, low.unit, high.value, high.unit) == (3_000_000_000, "CNY", 4_000_000_000, "CNY")


def test_from_to_is_not_a_range() -> None:
    low, high = quantities("The margin rose from 10% to 12%.")
    assert low.qualifier == high.qualifier == Qualifier.EXACT


def test_a_list_shares_kind_and_qualifier() -> None:
    first, second = quantities("Sales exceeded 3.5 billion yuan and 2.5 billion yuan respectively.")
    assert first.qualifier == second.qualifier == Qualifier.AT_LEAST
    rise, other = quantities("Revenue and profit increased 22.5% and 41.4%, respectively.")
    assert rise.kind == other.kind == Kind.CHANGE_PCT


def test_counted_noun() -> None:
    assert only("Nearly 120 integrated circuit companies grew.", "120").counted == "companies"
    assert only("It approved 1,000 medical device products.", "1,000").counted == "products"


def test_amount_without_currency_takes_the_reports_currency() -> None:
    q = only("Revenue was RMB 3 billion; the unit earned 1.2 billion.", "1.2 billion")
    assert (q.value, q.unit) == (Decimal(1200000000), "CNY")


@pytest.mark.parametrize("name", sorted(p.stem for p in DATA.glob("*.txt")))
def test_invented_reports(name: str) -> None:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    expected = yaml.safe_load((DATA / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    found = [
        [q.span.text, str(q.value), q.unit, str(q.qualifier), str(q.kind), q.counted]
        for q in find_quantities(structure(text, doc_id=name, source=f"{name}.txt"))
    ]
    assert found == expected


def _assert_well_formed(text: str, found: tuple[Quantity, ...]) -> None:
    end = 0
    for q in found:
        assert text[q.span.start : q.span.end] == q.span.text
        assert q.span.start >= end, "quantities overlap or are out of order"
        end = q.span.end


_PIECES = [*"0123456789 ,.%$-(abcdehlmnoprstuyTA\n", "billion", " yuan", "RMB", "HK$", "No. ", "end of ", "June "]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_random_text_never_crashes_and_spans_match(text: str) -> None:
    _assert_well_formed(text, quantities(text))


@given(st.lists(st.sampled_from([sentence for sentence, *_ in CASES]), min_size=1, max_size=8))
@settings(max_examples=100, deadline=None)
def test_spans_of_joined_sentences_match_and_never_overlap(sentences: list[str]) -> None:
    text = " ".join(sentences)
    _assert_well_formed(text, quantities(text))


@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_grouped_amount_in_a_sentence(value: Decimal) -> None:
    text = f"Revenue was {value:,f} million yuan in the year."
    (q,) = quantities(text)
    assert (q.value, q.unit) == (value * 10**6, "CNY")


def test_long_report_is_fast() -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))) * 6
    document = structure(text, doc_id="long", source="long.txt")
    start = time.perf_counter()
    find_quantities(document)
    assert time.perf_counter() - start < 0.5  # about 20 ms here; a regex that backtracks takes seconds
