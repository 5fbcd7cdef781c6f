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
    ("Sales were 36.418 billion yuan.", "36.418 billion yuan", "36418000000", "CNY", "exact", "level"),
    ("Profit was 617 million yuan.", "617 million yuan", "617000000", "CNY", "exact", "level"),
    ("Turnover was 3 trillion yuan.", "3 trillion yuan", "3000000000000", "CNY", "exact", "level"),
    ("It raised RMB 5 billion.", "RMB 5 billion", "5000000000", "CNY", "exact", "level"),
    ("It raised RMB5bn.", "RMB5bn", "5000000000", "CNY", "exact", "level"),
    ("Its price was 1.55% below 2023.", "1.55%", "-1.55", "percent", "exact", "change_pct"),
    ("It pumped 726.8 million barrels of oil equivalent.", "726.8 million barrels of oil equivalent", "726800000",
     "boe", "exact", "level"),
    ("Fifteen of the 264 companies gained.", "Fifteen", "15", "count", "exact", "count"),
    ("One company had sales above RMB 9 billion and four had less.", "four", "4", "count", "exact", "count"),
    ("They expect to at least double their profit.", "at least double", "2", "ratio", "at_least", "multiple"),
    ("Its shares had risen 200.11% this year.", "200.11%", "200.11", "percent", "exact", "change_pct"),
    ("Little giants made up more than half.", "more than half", "50", "percent", "at_least", "share"),
    ("It issued US$ 2 billion of notes.", "US$ 2 billion", "2000000000", "USD", "exact", "level"),
    ("It paid HK$38.50 per share.", "HK$38.50 per share", "38.50", "HKD", "exact", "level"),
    ("It paid $120 million.", "$120 million", "120000000", "USD", "exact", "level"),
    ("It paid €2.5 billion.", "€2.5 billion", "2500000000", "EUR", "exact", "level"),
    ("It reported 2,315,400 billion yuan.", "2,315,400 billion yuan", "2315400000000000", "CNY", "exact", "level"),
    ("Assets rose by 6.2 billion yuan.", "6.2 billion yuan", "6200000000", "CNY", "exact", "change_abs"),
    ("Costs fell by RMB 1.2 billion.", "RMB 1.2 billion", "-1200000000", "CNY", "exact", "change_abs"),
    ("Profit grew to 9 billion yuan.", "9 billion yuan", "9000000000", "CNY", "exact", "level"),
    ("It started from zero revenue.", "zero revenue", "0", "CNY", "exact", "level"),
    ("Sales exceeded 1 billion yuan.", "1 billion yuan", "1000000000", "CNY", "at_least", "level"),
    ("19 companies passed 10 billion yuan.", "10 billion yuan", "10000000000", "CNY", "at_least", "level"),
    ("Holdings were nearly 9 billion yuan.", "nearly 9 billion yuan", "9000000000", "CNY", "approx", "level"),
    ("Revenue rose 0.37% over the previous year.", "0.37%", "0.37", "percent", "exact", "change_pct"),
    ("Revenue was up 15.2% year on year.", "15.2%", "15.2", "percent", "exact", "change_pct"),
    ("Net profit declined by 3.1%.", "3.1%", "-3.1", "percent", "exact", "change_pct"),
    # a verb and what it changed, no "by"
    ("Kingsoft Office grew revenue 20% in 2024.", "20%", "20", "percent", "exact", "change_pct"),
    ("Haier cut its dividend 10%.", "10%", "-10", "percent", "exact", "change_pct"),
    ("Its unit sales jumped 23.44% to 6,346,300.", "6,346,300", "6346300", "units", "exact", "count"),
    ("The price valued REGEN at 1,344.12% above the book value of its equity.", "1,344.12%", "1344.12", "percent",
     "exact", "change_pct"),  # a premium, no share beyond 100%
    ("Losses saw a year-on-year reduction of 27.5%.", "27.5%", "-27.5", "percent", "exact", "change_pct"),
    ("It posted a 15% increase in orders.", "15%", "15", "percent", "exact", "change_pct"),
    ("Exports grew by more than 30% year on year.", "more than 30%", "30", "percent", "at_least", "change_pct"),
    ("Revenue grew at a CAGR of 25%.", "25%", "25", "percent", "exact", "cagr"),
    ("The compound annual growth rate reached 8.9%.", "8.9%", "8.9", "percent", "exact", "cagr"),
    ("Nearly 40% of companies grew.", "Nearly 40%", "40", "percent", "approx", "share"),
    ("Private firms account for over 60% of the board.", "over 60%", "60", "percent", "at_least", "share"),
    ("The localization rate was 88%.", "88%", "88", "percent", "exact", "share"),
    ("R&D spending equalled 9.4% of revenue.", "9.4%", "9.4", "percent", "exact", "level"),
    ("Overseas revenue accounted for 30.5% of total revenue.", "30.5%", "30.5", "percent", "exact", "share"),
    ("The gross margin reached 33.2%.", "33.2%", "33.2", "percent", "exact", "level"),
    ("Its R&D intensity exceeded 20%.", "20%", "20", "percent", "at_least", "level"),
    ("Roughly 70 percent of them agreed.", "Roughly 70 percent", "70", "percent", "approx", "share"),
    ("The sector reached full coverage.", "full coverage", "100", "percent", "exact", "share"),
    (
        "The share rose 4.12 percentage points.",
        "4.12 percentage points",
        "4.12",
        "percentage_point",
        "exact",
        "change_pp",
    ),
    ("The margin fell 2.1 ppts.", "2.1 ppts", "-2.1", "percentage_point", "exact", "change_pp"),
    ("Spreads widened 25 basis points.", "25 basis points", "0.25", "percentage_point", "exact", "change_pp"),
    # a rate's points are percentage points, an index's are its own
    ("The gross margin widened by 6.77 points.", "6.77 points", "6.77", "percentage_point", "exact", "change_pp"),
    ("Its market share slipped 1.5 points.", "1.5 points", "-1.5", "percentage_point", "exact", "change_pp"),
    ("The index rose 30 points.", "30 points", "30", "points", "exact", "change_abs"),
    ("Net profit was 21.6 million yuan, an improvement of 101.41%.", "101.41%", "101.41", "percent", "exact",
     "change_pct"),
    ("R&D was more than 1.8 times net profit.", "more than 1.8 times", "1.8", "ratio", "at_least", "multiple"),
    ("Orders doubled.", "doubled", "2", "ratio", "at_least", "multiple"),
    ("Losses halved.", "halved", "0.5", "ratio", "at_most", "multiple"),
    ("The price rose tenfold.", "tenfold", "10", "ratio", "exact", "multiple"),
    ("Then 46 companies listed.", "46 companies", "46", "count", "exact", "count"),
    ("It has nearly 2,000 local suppliers.", "nearly 2,000 local suppliers", "2000", "count", "approx", "count"),
    ("It sells in 44 countries or regions.", "44 countries", "44", "count", "exact", "count"),
    ("Twenty-three drug makers joined.", "Twenty-three drug makers", "23", "count", "exact", "count"),
    ("Four companies, including two banks, left.", "Four companies", "4", "count", "exact", "count"),
    ("The 35 listed steelmakers earned more.", "35 listed steelmakers", "35", "count", "exact", "count"),
    ("The six state-owned lenders earned more.", "six state-owned lenders", "6", "count", "exact", "count"),
    ("It grew for three consecutive years.", "three consecutive years", "3", "year", "exact", "count"),
    ("It grew for five consecutive quarters.", "five consecutive quarters", "5", "quarter", "exact", "count"),
    ("Output grew in the last 4 years.", "4 years", "4", "year", "exact", "count"),
    ("It led for the fifth consecutive year.", "fifth consecutive year", "5", "year", "exact", "count"),
    ("It employs 130,000 engineers.", "130,000 engineers", "130000", "people", "exact", "count"),
    ("It holds more than 2,000 patents.", "more than 2,000 patents", "2000", "patents", "at_least", "count"),
    ("Its patent pool exceeds 5,000.", "5,000", "5000", "patents", "at_least", "count"),
    ("It shipped over 9,000 units.", "over 9,000 units", "9000", "units", "at_least", "count"),
    ("The top 10 firms gained.", "top 10 firms", "10", "count", "exact", "count"),
    ("Users hit 1.38 billion.", "1.38 billion", "1380000000", "count", "exact", "count"),
    ("Of these, 12 are banks.", "12 are banks", "12", "count", "exact", "count"),
    ("Its foundry ranked 3rd in the world.", "3rd", "3", "rank", "exact", "rank"),
    ("The fund ranked first.", "ranked first", "1", "rank", "exact", "rank"),
    ("It is the sixth largest fund.", "sixth largest", "6", "rank", "exact", "rank"),
    ("It holds the No. 1 spot.", "No. 1", "1", "rank", "exact", "rank"),
    ("As of March 28, 2025, all reported.", "March 28, 2025", "20250328", "date", "exact", "date"),
    ("On 31 December 2024 it closed.", "31 December 2024", "20241231", "date", "exact", "date"),
    ("Rules changed in September 2023.", "September 2023", "202309", "date", "exact", "date"),
    ("By the end of 2023 it had grown.", "end of 2023", "20231231", "date", "exact", "date"),
    ("Since the beginning of 2023 it grew.", "beginning of 2023", "20230101", "date", "exact", "date"),
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
    ("Shares jumped as much as 12% on Monday.", "as much as 12%", "12", "percent", "at_most", "change_pct"),
    ("Growth was -3.2% last year.", "-3.2%", "-3.2", "percent", "exact", "change_pct"),
    ("More than half of firms grew.", "More than half", "50", "percent", "at_least", "share"),
    ("The index closed at 3,120 points.", "3,120 points", "3120", "points", "exact", "level"),
    ("Capacity reached 48.6 GW.", "48.6 GW", "48.6", "GW", "exact", "level"),
    ("It made RMB660.3bn.", "RMB660.3bn", "660300000000", "CNY", "exact", "level"),
    ("At year-end 2023 it held cash.", "year-end 2023", "20231231", "date", "exact", "date"),
    ("On 30th June 2023 it closed.", "30th June 2023", "20230630", "date", "exact", "date"),
    ("Exports were up 5 pct, or 3.2 bln yuan.", "5 pct", "5", "percent", "exact", "change_pct"),
    ("Costs showed a 3% year-on-year decline.", "3%", "-3", "percent", "exact", "change_pct"),
    ("Profit rose 3.4% quarter on quarter.", "3.4%", "3.4", "percent", "exact", "change_pct"),
    ("It hired 30 or more staff.", "30 or more staff", "30", "people", "at_least", "count"),
    ("In 2024 it grew. Moutai reported on 2 April, ahead of rivals.", "2 April", "20250402", "date", "exact", "date"),
    ("Output fell to 4.145 million kilolitres.", "4.145 million kilolitres", "4145000", "kilolitre", "exact", "level"),
    ("In 2024 it grew. In March, the FDA approved its drug.", "March", "202503", "date", "exact", "date"),
    ("It signed 13 licensing deals, eight of them last year.", "eight", "8", "count", "exact", "count"),
    ("Exports were nearly one in ten cars sold.", "nearly one in ten", "10", "percent", "approx", "share"),
    ("It sold 2 million vehicles, a fifth of them abroad.", "a fifth", "20", "percent", "exact", "share"),
    ("Two-thirds of the companies grew.", "Two-thirds", "66.67", "percent", "exact", "share"),
    ("Seres delivered 426,885 NEVs.", "426,885 NEVs", "426885", "units", "exact", "count"),
    # goods made or sold one by one are units: tyres, freezers, light-vehicle parts
    ("It will make 14.7 million tyres a year.", "14.7 million tyres", "14700000", "units", "exact", "count"),
    ("It adds 300,000 freezers.", "300,000 freezers", "300000", "units", "exact", "count"),
    ("It makes 25 million light-vehicle parts.", "25 million light-vehicle parts", "25000000", "units", "exact",
     "count"),
    # the first words under a heading line, which ends without a full stop, open a sentence
    ("Index\nThe 100 constituents of the ChiNext Index grew.", "100 constituents", "100", "count", "exact", "count"),
    # a scaled number that names nothing counts, unless its sentence speaks of money
    ("Its mobile customers passed one billion after a net gain of 9.26 million.", "9.26 million", "9260000", "count",
     "exact", "count"),
    ("Phone users of the three carriers totalled 1.777 billion.", "1.777 billion", "1777000000", "count", "exact",
     "count"),
    ("Its net profit was 5.2 billion after a loss of 1.1 billion.", "5.2 billion", "5200000000", "CNY", "exact",
     "level"),
    ("The country had 3.9 million 5G base stations.", "3.9 million 5G base stations", "3900000", "count", "exact",
     "count"),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "unit", "qualifier", "kind"), CASES)
def test_quantity(sentence: str, surface: str, value: str, unit: str, qualifier: str, kind: str) -> None:
    q = only(sentence, surface)
    assert q.span.text == surface
    assert (q.value, q.unit, q.qualifier, q.kind) == (Decimal(value), unit, Qualifier(qualifier), Kind(kind))


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2023, sales rose; for 2023 the outlook over 2022 held. Since 2023 the 2024 work plan applies.",
        "3. Overview of the year",
        "The CSI 300 Index, the SSE 180 and the ChiNext 100 Index were joined by Class 2 devices.",
        "Its ABX1234 and KRAS12 candidates use 3D printing, 5G links, 7nm chips and an 8-inch wafer.",
        "For the first time, the world's first second-generation robot shipped.",
        "The two sides launched tools one after another, with zero delay and full-chain service.",
        "Profit in the third quarter and the first quarterly report were steady.",
        "The plan covers 2022-2024 and the code is (688123).",
        "Under the 14th Five-Year Plan, Phase 3 trials began.",
        "Table 2: sectors by revenue\n- 1. Machinery\n- 2. Chemicals",
        "Over 1/3 of staff met at 10:30 on the 24/7 desk.",
        "Revenue was reported in Q1 2024, H1 2024 and FY2023.",
        "Sales in the first three quarters and in a quarter of 2023 were weak; it paid a dividend for the half.",
        "Output stayed above 2023 levels and well below 2021 highs.",
        "It found the Bozhong 26-6 field and the Kenli 10-2 oilfield.",
    ],
)
def test_labels_and_names_are_not_quantities(sentence: str) -> None:
    assert quantities(sentence) == ()


def test_range_is_two_bounds() -> None:
    low, high = quantities("The coupon rate is 3.1% to 3.5%.")
    assert (low.span.text, low.value, low.qualifier) == ("3.1%", Decimal("3.1"), Qualifier.AT_LEAST)
    assert (high.span.text, high.value, high.qualifier) == ("3.5%", Decimal("3.5"), Qualifier.AT_MOST)
    assert low.kind == high.kind == Kind.LEVEL


def test_range_borrows_the_unit_of_its_upper_bound() -> None:
    low, high = quantities("It will spend 3-4 billion yuan.")
    assert (low.value, low.unit, high.value, high.unit) == (3_000_000_000, "CNY", 4_000_000_000, "CNY")


def test_a_range_of_scaled_numbers_counts_what_its_upper_bound_counts() -> None:
    low, high = quantities("It plans to sell 40 million to 45 million breeding hogs, up from 38 million head.")[:2]
    assert (low.span.text, low.unit, low.kind, low.qualifier, low.counted) == (
        "40 million", "units", Kind.COUNT, Qualifier.AT_LEAST, "hogs"
    )
    assert (high.span.text, high.unit, high.qualifier) == ("45 million breeding hogs", "units", Qualifier.AT_MOST)
    text = "It plans to sell 40 million to 45 million breeding hogs, up from 38 million head."
    assert only(text, "38").unit == "units"


def test_from_to_is_not_a_range() -> None:
    low, high = quantities("The margin rose from 10% to 12%.")
    assert low.qualifier == high.qualifier == Qualifier.EXACT


def test_a_change_to_a_level_is_not_a_range() -> None:
    change, level = quantities("Capacity rose by 5 GW to 48.6 GW.")
    assert (change.kind, change.qualifier, level.kind, level.qualifier) == (
        Kind.CHANGE_ABS,
        Qualifier.EXACT,
        Kind.LEVEL,
        Qualifier.EXACT,
    )


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("The resort saw visitors dip 1.6% to 4.6722 million.", "-1.6"),  # a change verb in the infinitive
        ("Visitor numbers edged 1.6% to 4.6722 million.", "1.6"),  # no change verb the scanner knows
    ],
)
def test_a_percentage_then_a_scaled_number_is_a_change_and_a_level(sentence: str, change: str) -> None:
    first, level = quantities(sentence)
    assert (first.unit, first.value, level.kind, level.value) == ("percent", Decimal(change), Kind.COUNT, 4_672_200)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The fourth quarter was the weakest, with revenue sliding 19.46% to 13.453 billion yuan.", "19.46%"),
        ("Profit plunging 76.93% to 348 million yuan.", "76.93%"),
        ("Its revenue collapsed 69.57% to 907 million yuan.", "69.57%"),
        ("The company trimmed its all-in cost by 1.08% to 28.52 dollars.", "1.08%"),
        ("The 17 companies narrowed their combined net loss by 28% from the second quarter.", "28%"),
        ("Excluding non-recurring items, it earned 3.582 billion yuan, 36.38% less.", "36.38%"),
        ("Profit of 34.64 billion yuan was still 11.5% below the same quarter of 2023.", "11.5%"),
        ("An 8.24% cut in unit cost cushioned the fall.", "8.24%"),
    ],
)
def test_falls_told_in_more_words_are_negative(sentence: str, surface: str) -> None:
    found = next(q for q in quantities(sentence) if q.span.text == surface)
    assert found.value < 0


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Revenue grew 11.25% to 65.236 billion yuan and passenger numbers rose 14.36% to 68.03 million.",
         "68.03 million", "people"),
        ("The number of shoppers fell 15.9% to 5.683 million, and sales shrank to 30.94 billion yuan.",
         "5.683 million", "people"),
        ("It paid about 1.367 billion yuan, and its client accounts had passed 18 million.", "18 million", "count"),
        ("Box office fell 20.51% to 1.657 billion yuan and admissions dropped 20.01% to 45.9922 million.",
         "45.9922 million", "count"),
    ],
)
def test_a_bare_scaled_number_people_go_on_to_counts_them_in_a_sentence_of_money(
    sentence: str, surface: str, unit: str
) -> None:
    found = next(q for q in quantities(sentence) if q.span.text == surface)
    assert (found.unit, found.kind) == (unit, Kind.COUNT)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Guotai Junan will absorb Haitong, issuing 0.62 of its own shares for each Haitong share.", "0.62"),
        ("It won approval on January 9, at 0.62 Guotai Junan share for each Haitong share.", "0.62"),
        ("Each CSIC share will become 0.1339 CSSC share, based on prices of 5.05 yuan.", "0.1339"),
    ],
)
def test_shares_given_for_each_share_in_a_swap_are_a_ratio(sentence: str, surface: str) -> None:
    found = next(q for q in quantities(sentence) if q.span.text == surface)
    assert (found.unit, found.kind) == ("ratio", Kind.LEVEL)


def test_new_shares_for_every_ten_held_stay_counts() -> None:
    assert {q.unit for q in quantities("It will issue 3 new shares for every 10 shares held.")} == {"count"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the count the part is of comes before the amounts told of it
        ("Some 600 companies planned interim payouts of 203.01 billion yuan. Six of them, led by China Mobile, each "
         "paid more.", "Six"),
        ("Of the six largest listed carriers, four lost money.", "four"),
        ("Shanghai was home to eight of the new listings.", "eight"),
    ],
)
def test_a_number_word_counting_a_part_is_a_count(text: str, surface: str) -> None:
    assert any(q.span.text == surface and q.kind == Kind.COUNT for q in quantities(text))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In a market that saw 169 new listings raise 311.9 billion yuan. One of them was Jinko Solar.", "One"),
    ],
)
def test_one_named_is_no_count(text: str, surface: str) -> None:
    assert not any(q.span.text == surface for q in quantities(text))


def test_a_part_of_companies_after_a_span_of_years_counts_companies() -> None:
    found = {q.span.text: q for q in quantities(
        "Over the ten years from 2013 to 2022, SSE-listed companies paid RMB 10.12 trillion in cash dividends, and 327 "
        "of them have by now paid out more in dividends than they raised.")}
    assert found["327"].unit == "count"


def test_range_of_prefixed_amounts() -> None:
    low, high = quantities("It forecast profit of $1.1 billion to $1.3 billion.")
    assert (low.span.text, low.qualifier, high.span.text, high.qualifier) == (
        "$1.1 billion",
        Qualifier.AT_LEAST,
        "$1.3 billion",
        Qualifier.AT_MOST,
    )


def test_a_list_shares_kind_and_qualifier() -> None:
    first, second = quantities("Sales exceeded 4.5 billion yuan and 1.5 billion yuan respectively.")
    assert first.qualifier == second.qualifier == Qualifier.AT_LEAST
    rise, other = quantities("Revenue and profit increased 17.5% and 33.4%, respectively.")
    assert rise.kind == other.kind == Kind.CHANGE_PCT


def test_counted_noun() -> None:
    assert only("Nearly 90 battery materials companies grew.", "90").counted == "companies"
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


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # the year of the full date before it, else after it
        ("By October 31, 2024, most had reported. A count on October 30 found 5,356.", "October 30", 20241030),
        ("It reported on March 14. Its shares closed on April 30, 2025.", "March 14", 20250314),
        # no full date: the first such day after the reporting period (results are told once it is over)
        ("In 2024, revenue rose 9%. The company reported on March 14.", "March 14", 20250314),
        ("In the first three quarters of 2024, revenue rose 2%. A count on October 30 found 5,356.", "October 30",
         20241030),
    ],
)
def test_a_date_without_its_year_takes_the_year_of_the_report(text: str, surface: str, value: int) -> None:
    date = only(text, surface)
    assert (date.kind, date.value) == (Kind.DATE, Decimal(value))


def test_a_lower_case_may_is_no_date() -> None:
    assert [q.span.text for q in quantities("Profits may 5 times exceed costs; revenue may 12 percent rise.")] == [
        "5 times", "12 percent"]


def test_gapped_changes_share_the_first_ones_kind_and_direction() -> None:
    found = quantities("Polysilicon prices fell by more than 39% and wafer prices by more than 50%; "
                       "revenue grew 7.76% to 77.9 billion yuan and net profit 16.92% to 11.0 billion yuan.")
    changes = {q.span.text: (q.kind, q.value) for q in found if q.unit == "percent"}
    assert changes == {
        "more than 39%": (Kind.CHANGE_PCT, Decimal(-39)),
        "more than 50%": (Kind.CHANGE_PCT, Decimal(-50)),
        "7.76%": (Kind.CHANGE_PCT, Decimal("7.76")),
        "16.92%": (Kind.CHANGE_PCT, Decimal("16.92")),
    }



def test_period_names_and_year_adjectives_are_no_quantities() -> None:
    found = quantities(
        "At the end of the 2024 third-quarter reporting season, results for the first three quarters were out. "
        "In the nine months revenue rose 2%. Profit has grown for 13 consecutive quarters and over the past "
        "three years.")
    assert [q.span.text for q in found] == ["2%", "13 consecutive quarters", "three years"]


def test_a_bare_number_shares_the_unit_of_the_one_coordinated_after_it() -> None:
    found = quantities("The rates were 7.3 and 5.4 percentage points higher, with profit up in 2023 and 5% in 2024.")
    assert [(q.span.text, q.unit) for q in found] == [
        ("7.3", "percentage_point"), ("5.4 percentage points", "percentage_point"), ("5%", "percent")]


def test_the_end_of_a_month_without_a_year_is_its_last_day_in_the_reports_year() -> None:
    date = only("In the first half of 2021, revenue rose 5%. By the end of June, the companies held 35,106 patents.",
                "end of June")
    assert (date.kind, date.value) == (Kind.DATE, Decimal(20210630))


def test_a_bare_count_takes_the_noun_of_its_partitive_or_of_the_parallel_count_before_it() -> None:
    text = ("By industry, 11 of the 18 sectors grew revenue and 8 grew net profit, while 187 companies grew for four "
            "consecutive years and 75 increased profit.")
    counted = {q.span.text: q.counted for q in quantities(text)}
    assert counted["11"] == "sectors" and counted["8"] == "sectors"
    assert counted["75"] != "consecutive years"


def test_a_number_word_before_the_names_it_counts_counts_what_the_count_before_it_counted() -> None:
    text = (
        "Of nine copper miners surveyed in March 2025, only four, Alpha Mining, Beta Resources and Gamma Metals "
        "Group, grew, and eight contractors, Delta Build and Epsilon Works, shrank."
    )
    assert (only(text, "nine").counted, only(text, "four").counted) == ("miners", "miners")
    assert only(text, "four").kind == Kind.COUNT and only(text, "eight").counted == "contractors"


def test_a_number_word_for_a_part_of_the_group_counted_before_is_a_count() -> None:
    text = ("Of the five companies, four raised net profit. Of the six makers, three grew their profit and two "
            "reported declines. Four of the five posted higher profits.")
    counts = [q.span.text for q in quantities(text) if q.kind == Kind.COUNT]
    assert counts == ["five companies", "four", "six makers", "three", "two", "Four"]


def test_an_amount_joined_to_its_unit_before_a_noun_is_that_amount() -> None:
    assert (only("A 700,000-tonne MDI expansion is due in 2026.", "700,000").unit, only(
        "A 700,000-tonne MDI expansion is due in 2026.", "700,000").value) == ("tonne", Decimal(700000))
    assert only("Its 80,000-tonne-a-year anode project started.", "80,000").span.text == "80,000-tonne-a-year"
    assert only("A 1.6 million-tonne resin project opened.", "1.6").value == Decimal(1_600_000)
    assert [q.unit for q in quantities("It sold 500 12-inch wafers.")] == ["units"]  # an inch measures no amount


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # a day something was done on is no later than the report, however near the same day next year would be
        ("On January 16, Zijin International agreed to buy 24.82% of Zangge Mining.", "January 16", 20250116),
        ("Ningbo Tuopu Group said in April it would invest $300 million in Thailand.", "April", 202504),
        # a day to come keeps the season ahead: "holders registered on", "will pay on"
        ("It will pay the dividend to holders registered on January 16.", "January 16", 20260116),
    ],
)
def test_a_yearless_day_of_something_done_is_in_the_past(sentence: str, surface: str, value: int) -> None:
    (found,) = [q for q in quantities(f"Deals in 2025\nSHANGHAI, October 30, 2025\n{sentence}\n")
                if q.span.text == surface]
    assert found.value == value


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # a passage keeps the year it named, however far the report's own date is
        ("Tianhe Apparel defaulted on May 17, 2024. The put window had run from May 8 to May 14.", "May 8", 20240508),
        ("Its shares were delisted on March 18, 2024, and its bonds plunged on May 24.", "May 24", 20240524),
        # and goes on forward rather than back
        ("On May 23, 2024 it sold bonds. A five-year issue followed on December 2.", "December 2", 20241202),
        # not a period's end, nor a deadline after the report
        ("It ran 735 outlets at the end of 2023 and was delisted on August 28.", "August 28", 20250828),
        ("A plant is due by the end of 2026. On May 20 it listed in Hong Kong.", "May 20", 20250520),
    ],
)
def test_a_yearless_day_takes_the_year_its_passage_named(sentence: str, surface: str, value: int) -> None:
    (found,) = [q for q in quantities(f"Bonds in 2024\nSHANGHAI, December 30, 2025\n{sentence}\n")
                if q.span.text == surface]
    assert found.value == value
