"""Neo4j 5 Cypher from the view: uniqueness constraints, then `UNWIND` batches that `MERGE` nodes
and relationships, so loading twice changes nothing (https://neo4j.com/docs/cypher-manual/5/).

The same batches feed the Bolt loader (rows as parameters) and the script (rows as literals).
Only what Neo4j 5 accepts: no `CALL {} IN TRANSACTIONS`, no dynamic labels, no APOC.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .output import replacing
from .values import Value
from .view import PropertyGraph

BATCH = 500
NODES, LABELS, RELATIONSHIPS = "nodes", "labels", "relationships"
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}

Row = dict[str, object]


@dataclass(frozen=True, slots=True)
class Batch:
    """One statement over `$rows`, the rows it is run with, and what it writes."""

    query: str
    rows: tuple[Row, ...]
    writes: str  # NODES, LABELS or RELATIONSHIPS


def ident(name: str) -> str:
    """A label, type or property key as Cypher writes it, in backticks unless it is a plain name."""
    return name if _IDENT.fullmatch(name) else "`" + name.replace("`", "``") + "`"


def constraints(labels: Iterable[str]) -> list[str]:
    """One uniqueness constraint on `iri` per label; it also gives MERGE and MATCH their index."""
    return [f"CREATE CONSTRAINT {ident(f'finkg_{label}_iri')} IF NOT EXISTS "
            f"FOR (n:{ident(label)}) REQUIRE n.iri IS UNIQUE" for label in labels]


def batches(view: PropertyGraph, size: int = BATCH) -> Iterator[Batch]:
    """Node batches label by label (MERGE, then SET of secondary labels), then relationship batches."""
    label, rows = "", list[tuple[str, tuple[str, ...], dict[str, Value]]]()
    for node in view.nodes():
        if rows and (node.label != label or len(rows) == size):
            yield from _node_batches(label, rows)
            rows = []
        label = node.label
        rows.append((node.iri, node.labels, view.typed(node)))
    if rows:
        yield from _node_batches(label, rows)
    pending: dict[tuple[str, str, str], list[Row]] = {}
    for edge in view.edges():
        group = (edge.kind, edge.source_label, edge.target_label)
        pending.setdefault(group, []).append({"source": edge.source_iri, "target": edge.target_iri})
        if len(pending[group]) == size:
            yield _edge_batch(group, pending.pop(group))
    for group, edge_rows in sorted(pending.items()):
        yield _edge_batch(group, edge_rows)


def _node_batches(label: str, rows: list[tuple[str, tuple[str, ...], dict[str, Value]]]) -> Iterator[Batch]:
    yield Batch(f"UNWIND $rows AS row MERGE (n:{ident(label)} {{iri: row.iri}}) SET n += row.props",
                tuple({"iri": iri, "props": props} for iri, _, props in rows), NODES)
    for extra in sorted({extra for _, extras, _ in rows for extra in extras}):
        yield Batch(f"UNWIND $rows AS row MATCH (n:{ident(label)} {{iri: row.iri}}) SET n:{ident(extra)}",
                    tuple({"iri": iri} for iri, extras, _ in rows if extra in extras), LABELS)


def _edge_batch(group: tuple[str, str, str], rows: list[Row]) -> Batch:
    kind, source, target = group
    return Batch(f"UNWIND $rows AS row MATCH (a:{ident(source)} {{iri: row.source}}) "
                 f"MATCH (b:{ident(target)} {{iri: row.target}}) MERGE (a)-[:{ident(kind)}]->(b)",
                 tuple(rows), RELATIONSHIPS)


def quote(text: str) -> str:
    """A Cypher string literal: single quotes, backslash escapes, other control characters as \\uXXXX."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or char in "\x7f\u2028\u2029":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "'" + "".join(out) + "'"


def literal(value: object) -> str:
    """A value as a Cypher literal: numbers, booleans, strings, date()/datetime() calls, lists and maps."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"Cypher has no literal for {value}")
        return repr(value).replace("e+", "e")  # Cypher exponents take no '+' sign
    if isinstance(value, datetime):
        return f"datetime({quote(value.isoformat())})"
    if isinstance(value, date):
        return f"date({quote(value.isoformat())})"
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{ident(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {value!r}")


def render(batch: Batch) -> str:
    """The batch as one statement of a script, its rows inlined one per line in place of `$rows`."""
    rows = ",\n  ".join(literal(row) for row in batch.rows)
    return batch.query.replace("$rows", f"[\n  {rows}\n]", 1) + ";\n"


def write_cypher(view: PropertyGraph, path: Path, size: int = BATCH) -> int:
    """Write the idempotent script: constraints first, then the batches; returns the statements written."""
    count = 0
    with replacing(path) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as out:
        out.write("// finkg knowledge graph for Neo4j 5: run with `cypher-shell -f`; "
                  "running it again changes nothing.\n")
        for statement in constraints(view.schema().labels()):
            out.write(statement + ";\n")
            count += 1
        for batch in batches(view, size):
            out.write(render(batch))
            count += 1
    return count
