"""Decimals are written in the canonical form Oxigraph would store, so nothing changes on the way in."""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st

from finkg.mapping.literals import canonical_decimal

_XSD_DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")


@given(st.decimals(min_value=-(10**19), max_value=10**19, allow_nan=False, allow_infinity=False, places=6))
def test_canonical_decimal_round_trips_through_oxigraph(value: Decimal) -> None:
    text = canonical_decimal(value)
    assert Decimal(text) == value
    assert "E" not in text.upper()
    store = ox.Store()
    node = ox.NamedNode("http://example.org/x")
    store.add(ox.Quad(node, node, ox.Literal(text, datatype=_XSD_DECIMAL)))
    assert next(iter(store)).object.value == text


def test_examples() -> None:
    assert canonical_decimal(Decimal("1.50")) == "1.5"
    assert canonical_decimal(Decimal("12.0")) == "12"
    assert canonical_decimal(Decimal("1.42217E+15")) == "1422170000000000"
    assert canonical_decimal(Decimal("-0.00")) == "0"
