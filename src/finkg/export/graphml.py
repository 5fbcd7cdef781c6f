"""GraphML 1.1 (http://graphml.graphdrawing.org/), streamed node by node with lxml.

Node ids are the view's NMTOKEN-safe keys (an IRI is not a valid GraphML id; it is kept in `iri`),
edge ids are unique in the document (networkx repeats its multigraph keys), and values GraphML
cannot type are strings: dates in ISO 8601, lists as JSON arrays. Colour hints are the `r`, `g`,
`b` keys that Gephi's GraphML importer reads.
"""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree

from .output import replacing
from .style import rgb
from .values import BOOLEAN, DOUBLE, LONG, PropType, Value, as_text
from .view import PropertyGraph

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd"
_SCALAR = {BOOLEAN: "boolean", LONG: "long", DOUBLE: "double"}
_FIXED = (("label", "string"), ("type", "string"), ("labels", "string"), ("iri", "string"),
          ("r", "int"), ("g", "int"), ("b", "int"))


def graphml_type(prop: PropType) -> str:
    """The GraphML attr.type of a property; lists, dates and strings are strings."""
    return "string" if prop.many else _SCALAR.get(prop.kind, "string")


def graphml_value(value: Value) -> str:
    """A value as GraphML text: lists as JSON arrays, dates ISO 8601, booleans true/false."""
    if isinstance(value, list):
        return json.dumps([v if isinstance(v, bool | int | float) else as_text(v) for v in value], ensure_ascii=False)
    return as_text(value)


def _leaf(xf: etree._IncrementalFileWriter, tag: str, attributes: dict[str, str], text: str | None = None) -> None:
    with xf.element(tag, attributes):
        if text is not None:
            xf.write(text)


def write_graphml(view: PropertyGraph, path: Path) -> int:
    """Write the view to `path` as GraphML 1.1; returns the number of nodes written."""
    declared = [*_FIXED, *((name, graphml_type(prop)) for name, prop in view.types().items())]
    keys = {name: f"d{number}" for number, (name, _) in enumerate(declared)}
    written = 0
    with replacing(path) as tmp, etree.xmlfile(str(tmp), encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(f"{{{NS}}}graphml", {f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION},
                        nsmap={None: NS, "xsi": XSI}):
            for name, kind in declared:
                xf.write("\n")
                _leaf(xf, f"{{{NS}}}key", {"id": keys[name], "for": "node", "attr.name": name, "attr.type": kind})
            xf.write("\n")
            _leaf(xf, f"{{{NS}}}key", {"id": "kind", "for": "edge", "attr.name": "kind", "attr.type": "string"})
            with xf.element(f"{{{NS}}}graph", id="finkg", edgedefault="directed"):
                for node in view.nodes():
                    r, g, b = rgb(node.label)
                    fixed: dict[str, Value] = {"label": node.display, "type": node.label,
                                               "labels": [node.label, *node.labels], "iri": node.iri,
                                               "r": r, "g": g, "b": b}
                    xf.write("\n")
                    with xf.element(f"{{{NS}}}node", id=node.key):
                        for name, value in [*fixed.items(), *view.typed(node).items()]:
                            _leaf(xf, f"{{{NS}}}data", {"key": keys[name]}, graphml_value(value))
                    written += 1
                for number, edge in enumerate(view.edges()):
                    xf.write("\n")
                    with xf.element(f"{{{NS}}}edge", id=f"e{number}", source=edge.source, target=edge.target):
                        _leaf(xf, f"{{{NS}}}data", {"key": "kind"}, edge.kind)
                xf.write("\n")
    return written
