"""Typed literals in canonical lexical form, so a store that canonicalizes changes nothing.

Oxigraph rewrites "1.50"^^xsd:decimal to "1.5" and "12.0" to "12"; rdflib writes Decimal("1E+3")
as "1E+3", which is not even a valid xsd:decimal. finkg writes the XSD 1.1 canonical form itself.
Oxigraph holds decimals with at most 18 fractional digits, far below any figure a report states.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import XSD, Literal


def canonical_decimal(value: Decimal) -> str:
    """XSD 1.1 canonical xsd:decimal: no exponent, no trailing zeros, no "-0", "1.5" and "12"."""
    if not value.is_finite():
        raise ValueError(f"{value} is not an xsd:decimal")
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def decimal(value: Decimal) -> Literal:
    """An xsd:decimal literal in canonical form."""
    return Literal(canonical_decimal(value), datatype=XSD.decimal)
