"""Query answers as text: an aligned table, SPARQL 1.1 CSV/TSV (https://www.w3.org/TR/sparql11-results-csv-tsv/),
SPARQL 1.1 Results JSON (https://www.w3.org/TR/sparql11-results-json/); graphs as Turtle.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..store import QueryResult

FORMATS = ("table", "csv", "tsv", "json")


def render(result: QueryResult, fmt: str = "table", prefixes: Mapping[str, str] | None = None) -> str:
    """The answer in `fmt`; a CONSTRUCT or DESCRIBE answer is always Turtle."""
    if result.graph is not None:
        for prefix, namespace in (prefixes or {}).items():
            result.graph.bind(prefix, namespace)
        return result.graph.serialize(format="turtle")
    writer: Callable[[QueryResult, Mapping[str, str]], str] = _WRITERS[fmt]
    return writer(result, prefixes or {})


def _json(result: QueryResult, prefixes: Mapping[str, str]) -> str:
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}, indent=2) + "\n"
    bindings = [
        {name: _json_term(value) for name, value in zip(result.variables, row, strict=True) if value is not None}
        for row in result.rows
    ]
    doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
        return out
    raise TypeError(f"unexpected term {term!r}")


def _csv(result: QueryResult, prefixes: Mapping[str, str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.boolean is not None:
        writer.writerow(["boolean"])
        writer.writerow([str(result.boolean).lower()])
        return out.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if v is None else f"_:{v}" if isinstance(v, BNode) else str(v) for v in row])
    return out.getvalue()


def _tsv(result: QueryResult, prefixes: Mapping[str, str]) -> str:
    if result.boolean is not None:
        return f"?boolean\n{str(result.boolean).lower()}\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if v is None else v.n3() for v in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _table(result: QueryResult, prefixes: Mapping[str, str]) -> str:
    if result.boolean is not None:
        return f"{str(result.boolean).lower()}\n"
    cells = [list(result.variables)] + [[_short(v, prefixes) for v in row] for row in result.rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(result.variables))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _short(term: Node | None, prefixes: Mapping[str, str]) -> str:
    """A cell: literals as their text, IRIs as prefix:name when a prefix covers them."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in prefixes.items():
            if term.startswith(namespace) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace):]}"
        return f"<{term}>"
    return str(term)


_WRITERS: dict[str, Callable[[QueryResult, Mapping[str, str]], str]] = {
    "table": _table,
    "csv": _csv,
    "tsv": _tsv,
    "json": _json,
}
