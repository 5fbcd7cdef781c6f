"""Parsing primitives: numerals, number words, ordinals, scales and date numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from finkg.extract.numbers import (
    SCALES,
    date_number,
    in_base_units,
    month_end,
    parse_numeral,
    parse_ordinal,
    tidy,
)

pytestmark = pytest.mark.issue(3)

_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def spell(n: int) -> str:
    """English words for 0..99, written independently of the parser's tables."""
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,422,170", "1422170"), ("47.523", "47.523"), ("0.24", "0.24"), ("Thirty-one", "31"), ("Four", "4")],
)
def test_parse_numeral(text: str, value: str) -> None:
    assert parse_numeral(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "1,22", "twenty-ten", "thirty-zero", "first", "1.2.3"])
def test_parse_numeral_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_numeral(text)


@pytest.mark.parametrize(("text", "rank"), [("2nd", 2), ("10th", 10), ("first", 1), ("Fourth", 4)])
def test_parse_ordinal(text: str, rank: int) -> None:
    assert parse_ordinal(text) == rank


def test_parse_ordinal_rejects() -> None:
    with pytest.raises(ValueError):
        parse_ordinal("largest")


@pytest.mark.parametrize(
    ("value", "scale", "base"),
    [("47.523", "billion", "47523000000"), ("528", "million", "528000000"), ("1,422,170", "billion", "1.42217e15")],
)
def test_in_base_units(value: str, scale: str, base: str) -> None:
    assert in_base_units(parse_numeral(value), scale) == Decimal(base)


def test_tidy_drops_trailing_zeros_and_exponents() -> None:
    assert str(tidy(Decimal("47523000000.000"))) == "47523000000"
    assert str(tidy(Decimal("1.50"))) == "1.5"


def test_dates_are_numbers() -> None:
    assert date_number(2025, 4, 30) == 20250430
    assert date_number(2024, 6) == 202406
    assert (month_end(2024, 2), month_end(2023, 2), month_end(2100, 2), month_end(2000, 2)) == (29, 28, 28, 29)


@given(st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False, allow_infinity=False))
def test_grouped_numeral_round_trip(value: Decimal) -> None:
    assert parse_numeral(f"{value:,f}") == value


@given(
    st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False),
    st.sampled_from(sorted(SCALES)),
)
def test_scaled_numeral_round_trip(value: Decimal, scale: str) -> None:
    assert in_base_units(parse_numeral(f"{value:,f}"), scale) == value.scaleb(SCALES[scale])


@given(st.integers(min_value=0, max_value=99), st.booleans())
def test_number_words_round_trip(n: int, title: bool) -> None:
    word = spell(n)
    assert parse_numeral(word.title() if title else word) == n
