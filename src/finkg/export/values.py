"""Typed property values: RDF literals become numbers, booleans, dates or strings, and each
property gets one type per label (the `Schema`) so that CSV columns and GEXF/GraphML keys are typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from rdflib import XSD, Literal

Scalar = bool | int | float | str | date | datetime
Value = Scalar | list[Scalar]

BOOLEAN, LONG, DOUBLE, DATE, DATETIME, STRING = "boolean", "long", "double", "date", "datetime", "string"

_DOUBLES = {str(XSD.decimal), str(XSD.double), str(XSD.float)}
_LONGS = {
    str(t)
    for t in (XSD.integer, XSD.long, XSD.int, XSD.short, XSD.byte, XSD.nonNegativeInteger, XSD.positiveInteger,
              XSD.negativeInteger, XSD.nonPositiveInteger, XSD.unsignedLong, XSD.unsignedInt, XSD.unsignedShort,
              XSD.unsignedByte)
}


def to_scalar(literal: Literal) -> Scalar:
    """The Python value of a literal by its XSD datatype; an ill-typed literal stays its lexical form."""
    datatype, text = str(literal.datatype or ""), str(literal)
    try:
        if datatype in _DOUBLES:
            return float(text)
        if datatype in _LONGS:
            return int(text)
        if datatype == str(XSD.boolean):
            return text in ("true", "1")
        if datatype == str(XSD.date):
            return date.fromisoformat(text)
        if datatype == str(XSD.dateTime):
            return datetime.fromisoformat(text)
    except ValueError:
        return text
    return text


def type_of(value: Scalar) -> str:
    """The schema type of one value (bool before int: a Python bool is an int)."""
    if isinstance(value, bool):
        return BOOLEAN
    if isinstance(value, int):
        return LONG
    if isinstance(value, float):
        return DOUBLE
    if isinstance(value, datetime):
        return DATETIME
    if isinstance(value, date):
        return DATE
    return STRING


def widen(a: str, b: str) -> str:
    """The narrowest type holding values of both: long and double make double, any other mix string."""
    if a == b:
        return a
    return DOUBLE if {a, b} == {LONG, DOUBLE} else STRING


def as_text(value: Scalar) -> str:
    """The lexical form of a value: ISO 8601 for dates, lower-case booleans, shortest round-trip floats."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return repr(value) if isinstance(value, float) else str(value)


def convert(value: Scalar, kind: str) -> Scalar:
    """`value` as a value of the schema type `kind` (a widened type holds every value it was widened from)."""
    if kind == STRING:
        return value if isinstance(value, str) else as_text(value)
    if kind == DOUBLE and not isinstance(value, bool) and isinstance(value, int):
        return float(value)
    return value


@dataclass(frozen=True, slots=True)
class PropType:
    """The type of one property: a scalar type and whether any node holds several values."""

    kind: str
    many: bool = False

    def merge(self, other: PropType) -> PropType:
        """The type holding both."""
        return PropType(widen(self.kind, other.kind), self.many or other.many)


@dataclass(slots=True)
class Schema:
    """Property types per label, and counts of nodes per label and edges per type, from one pass."""

    properties: dict[str, dict[str, PropType]] = field(default_factory=dict)
    nodes: dict[str, int] = field(default_factory=dict)
    edges: dict[str, int] = field(default_factory=dict)
    degree: dict[str, int] = field(default_factory=dict)

    def add_node(self, label: str, key: str, properties: Iterable[tuple[str, Sequence[Scalar]]]) -> None:
        """Count a node and widen its label's property types by its values."""
        self.nodes[label] = self.nodes.get(label, 0) + 1
        self.degree.setdefault(key, 0)
        types = self.properties.setdefault(label, {})
        for name, values in properties:
            seen = PropType(_widest(values), len(values) > 1)
            types[name] = types[name].merge(seen) if name in types else seen

    def add_edge(self, kind: str, source: str, target: str) -> None:
        """Count an edge and the degree of its ends."""
        self.edges[kind] = self.edges.get(kind, 0) + 1
        self.degree[source] = self.degree.get(source, 0) + 1
        self.degree[target] = self.degree.get(target, 0) + 1

    def merged(self) -> dict[str, PropType]:
        """One type per property name over all labels (GEXF and GraphML declare attributes per graph)."""
        out: dict[str, PropType] = {}
        for types in self.properties.values():
            for name, prop in types.items():
                out[name] = out[name].merge(prop) if name in out else prop
        return dict(sorted(out.items()))

    def labels(self) -> list[str]:
        """The labels that have nodes, in the order they were first seen."""
        return list(self.nodes)


def _widest(values: Sequence[Scalar]) -> str:
    kind = type_of(values[0])
    for value in values[1:]:
        kind = widen(kind, type_of(value))
    return kind


def coerce(values: Sequence[Scalar], prop: PropType) -> Value:
    """The values of one property as its schema type: a list when the property is a list anywhere."""
    converted = [convert(v, prop.kind) for v in values]
    return converted if prop.many else converted[0]
