"""Gephi's format: GEXF 1.3 (https://gexf.net/schema.html), streamed node by node with lxml.

Unlike networkx's writer: no empty `graph@name`, every edge has a unique id and `kind` = its type
(Gephi merges parallel edges of one kind only), lists are GEXF 1.3 list types, and `viz:` colour
and size come from the label and the degree. GEXF 1.3 has no date type: dates are ISO 8601 strings.
"""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree

from .output import replacing
from .style import rgb, size
from .values import BOOLEAN, DOUBLE, LONG, PropType, Value, as_text
from .view import PropertyGraph

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
_SCALAR = {BOOLEAN: "boolean", LONG: "long", DOUBLE: "double"}  # anything else is a string
_FIXED = (("type", "string"), ("labels", "liststring"), ("iri", "anyURI"))


def gexf_type(prop: PropType) -> str:
    """The GEXF 1.3 attribute type of a property: scalar, or the matching list type."""
    scalar = _SCALAR.get(prop.kind, "string")
    return f"list{scalar}" if prop.many else scalar


def gexf_value(value: Value) -> str:
    """A value as GEXF writes it: a list as a JSON array (what Gephi's list parser reads)."""
    if isinstance(value, list):
        return json.dumps([v if isinstance(v, bool | int | float) else as_text(v) for v in value], ensure_ascii=False)
    return as_text(value)


def _leaf(xf: etree._IncrementalFileWriter, tag: str, attributes: dict[str, str]) -> None:
    with xf.element(tag, attributes):
        pass


def write_gexf(view: PropertyGraph, path: Path, *, size_by: str = "degree") -> int:
    """Write the view to `path` as GEXF 1.3; returns the number of nodes written."""
    schema = view.schema()
    declared = [*_FIXED, *((name, gexf_type(prop)) for name, prop in view.types().items())]
    written = 0
    with replacing(path) as tmp, etree.xmlfile(str(tmp), encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(f"{{{NS}}}gexf", nsmap={None: NS, "viz": VIZ}, version="1.3"):
            with xf.element(f"{{{NS}}}meta"), xf.element(f"{{{NS}}}creator"):
                xf.write("finkg")
            with xf.element(f"{{{NS}}}graph", defaultedgetype="directed"):
                with xf.element(f"{{{NS}}}attributes", {"class": "node"}):
                    for name, kind in declared:
                        _leaf(xf, f"{{{NS}}}attribute", {"id": name, "title": name, "type": kind})
                with xf.element(f"{{{NS}}}nodes", count=str(sum(schema.nodes.values()))):
                    for node in view.nodes():
                        properties = view.typed(node)
                        fixed: dict[str, Value] = {"type": node.label, "labels": [node.label, *node.labels],
                                                   "iri": node.iri}
                        xf.write("\n")
                        with xf.element(f"{{{NS}}}node", id=node.key, label=node.display):
                            with xf.element(f"{{{NS}}}attvalues"):
                                for name, value in [*fixed.items(), *properties.items()]:
                                    _leaf(xf, f"{{{NS}}}attvalue", {"for": name, "value": gexf_value(value)})
                            r, g, b = rgb(node.label)
                            _leaf(xf, f"{{{VIZ}}}color", {"r": str(r), "g": str(g), "b": str(b)})
                            scale = size(schema.degree.get(node.key, 0), properties, size_by)
                            _leaf(xf, f"{{{VIZ}}}size", {"value": repr(scale)})
                        written += 1
                with xf.element(f"{{{NS}}}edges", count=str(sum(schema.edges.values()))):
                    for number, edge in enumerate(view.edges()):
                        xf.write("\n")
                        _leaf(xf, f"{{{NS}}}edge", {"id": f"e{number}", "source": edge.source, "target": edge.target,
                                                    "kind": edge.kind, "label": edge.kind})
                xf.write("\n")
    return written
