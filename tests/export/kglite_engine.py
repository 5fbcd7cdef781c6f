"""kglite, an embedded openCypher engine, standing in for Neo4j 5: a session adapter, a script
runner, and a LOAD CSV loader that does what `neo4j-admin database import` does with finkg's files."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import kglite

SEPARATOR = "\x1f"
# how LOAD CSV turns a typed header field's text into a value, as neo4j-admin types it
_CONVERT = {"string": "{}", "double": "toFloat({})", "long": "toInteger({})", "boolean": "toBoolean({})",
            "date": "date({})", "datetime": "datetime({})"}


class KgliteSession:
    """What `neo4j.Session.run` does, on a kglite graph."""

    def __init__(self, graph: kglite.KnowledgeGraph) -> None:
        self.graph = graph

    def run(self, query: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return list(self.graph.cypher(query, params=parameters) if parameters else self.graph.cypher(query))


def run_script(graph: kglite.KnowledgeGraph, text: str) -> int:
    """Run a `;`-terminated script statement by statement (as cypher-shell does); returns the statements run."""
    statements = [s for s in text.split(";\n") if s.strip()]
    for statement in statements:
        body = "\n".join(line for line in statement.splitlines() if not line.startswith("//"))
        if body.strip():
            graph.cypher(body)
    return len(statements)


def _value(field: str) -> str:
    kind = field.partition(":")[2]
    cell = f"row[{_quote(field)}]"
    if kind.endswith("[]"):
        return f"[x IN split({cell}, $sep) | {_CONVERT[kind[:-2]].format('x')}]"
    return _CONVERT[kind or "string"].format(cell)


def _quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def load_csv(graph: kglite.KnowledgeGraph, directory: Path) -> None:
    """Load neo4j-admin import files with LOAD CSV: a MERGE per node file, labels from `:LABEL`, then relationships."""
    for path in sorted(directory.glob("nodes_*.csv")):
        with path.open(encoding="utf-8", newline="") as lines:
            rows = list(csv.reader(lines))
        header = rows[0]
        label = path.stem.removeprefix("nodes_")
        sets = ", ".join(f"n.`{f.partition(':')[0]}` = {_value(f)}" for f in header[2:])
        url = _quote(path.resolve().as_uri())
        graph.cypher(f"LOAD CSV WITH HEADERS FROM {url} AS row MERGE (n:{label} {{iri: row['iri:ID']}})"
                     + (f" SET {sets}" if sets else ""), params={"sep": SEPARATOR})
        extras = {x for row in rows[1:] for x in row[1].split(SEPARATOR)}
        for extra in sorted(extras - {label}):
            graph.cypher(f"LOAD CSV WITH HEADERS FROM {url} AS row WITH row WHERE $extra IN split(row[':LABEL'], $sep) "
                         f"MATCH (n:{label} {{iri: row['iri:ID']}}) SET n:{extra}",
                         params={"sep": SEPARATOR, "extra": extra})
    for path in sorted(directory.glob("rels_*.csv")):
        kind = path.stem.removeprefix("rels_")
        graph.cypher(f"LOAD CSV WITH HEADERS FROM {_quote(path.resolve().as_uri())} AS row WITH row "
                     f"WHERE row[':TYPE'] = $kind MATCH (a {{iri: row[':START_ID']}}), (b {{iri: row[':END_ID']}}) "
                     f"MERGE (a)-[:{kind}]->(b)", params={"kind": kind})


def label_counts(graph: kglite.KnowledgeGraph, labels: list[str]) -> dict[str, int]:
    """Nodes per label."""
    return {label: graph.cypher(f"MATCH (n:{label}) RETURN count(n) AS c")[0]["c"] for label in labels}


def type_counts(graph: kglite.KnowledgeGraph) -> dict[str, int]:
    """Relationships per type."""
    rows = graph.cypher("MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS c")
    return {row["t"]: row["c"] for row in rows}


def properties(graph: kglite.KnowledgeGraph, label: str, iri: str, keys: list[str]) -> dict[str, Any]:
    """Some properties of one node (kglite adds id/title/type of its own, so ask for finkg's keys only)."""
    rows = list(graph.cypher(f"MATCH (n:{label} {{iri: $iri}}) RETURN properties(n) AS p", params={"iri": iri}))
    assert len(rows) == 1, rows
    return {key: rows[0]["p"].get(key) for key in keys}
