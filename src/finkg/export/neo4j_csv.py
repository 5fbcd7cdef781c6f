"""The bulk-import layout of `neo4j-admin database import full`: one node file per label, one
relationship file per type, typed headers (https://neo4j.com/docs/operations-manual/5/import/).

Numbers are `double` (neo4j-admin's `float` is 32-bit and would round amounts), lists use the
unit separator U+001F so that no text can contain the array delimiter.
"""

from __future__ import annotations

import csv
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cypher import constraints
from .output import replacing
from .values import BOOLEAN, DATE, DATETIME, DOUBLE, LONG, STRING, PropType, Value, as_text
from .view import PropertyGraph

ARRAY_DELIMITER = "\x1f"
_TYPES = {BOOLEAN: "boolean", LONG: "long", DOUBLE: "double", DATE: "date", DATETIME: "datetime", STRING: "string"}
README = "README.md"
CONSTRAINTS = "constraints.cypher"


@dataclass(frozen=True, slots=True)
class CsvExport:
    """The files of one export, node files and relationship files, names relative to the directory."""

    node_files: tuple[str, ...]
    relationship_files: tuple[str, ...]


def column(name: str, prop: PropType) -> str:
    """A typed header field: `value:double`, `altLabel:string[]`."""
    return f"{name}:{_TYPES[prop.kind]}{'[]' if prop.many else ''}"


def cell(value: Value) -> str:
    """A value as a CSV field; list items joined by the array delimiter."""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(as_text(v) for v in value)
    return as_text(value)


def import_command(export: CsvExport, database: str = "neo4j") -> str:
    """The exact neo4j-admin command that imports the files, run from their directory."""
    lines = [f"neo4j-admin database import full {database}", "--array-delimiter=U+001F", "--multiline-fields=true"]
    lines += [f"--nodes={name}" for name in export.node_files]
    lines += [f"--relationships={name}" for name in export.relationship_files]
    return " \\\n    ".join(lines)


def write_neo4j_csv(view: PropertyGraph, directory: Path) -> CsvExport:
    """Write the node and relationship files, constraints.cypher and a README with the import command."""
    schema = view.schema()
    nodes: list[str] = []
    relationships: dict[str, Any] = {}
    with ExitStack() as stack:
        label, writer, names = "", None, list[str]()
        for node, edges in view.records():  # one pass: node and relationship files are written together
            if node.label != label:
                label = node.label
                names = sorted(schema.properties.get(label, {}))
                nodes.append(f"nodes_{label}.csv")
                header = ["iri:ID", ":LABEL", *(column(n, view.types()[n]) for n in names)]
                writer = _open(stack, directory / nodes[-1], header)
            typed = view.typed(node)
            assert writer is not None
            writer.writerow([node.iri, ARRAY_DELIMITER.join([node.label, *node.labels]),
                             *(cell(typed[n]) if n in typed else "" for n in names)])
            for edge in edges:
                if edge.kind not in relationships:
                    relationships[edge.kind] = _open(stack, directory / f"rels_{edge.kind}.csv",
                                                     [":START_ID", ":END_ID", ":TYPE"])
                relationships[edge.kind].writerow([edge.source_iri, edge.target_iri, edge.kind])
    export = CsvExport(tuple(nodes), tuple(f"rels_{kind}.csv" for kind in sorted(relationships)))
    _write_text(directory / CONSTRAINTS, "".join(f"{c};\n" for c in constraints(schema.labels())))
    _write_text(directory / README, _readme(export))
    return export


def _open(stack: ExitStack, path: Path, header: list[str]) -> Any:
    tmp = stack.enter_context(replacing(path))
    writer = csv.writer(stack.enter_context(tmp.open("w", encoding="utf-8", newline="")), lineterminator="\n")
    writer.writerow(header)
    return writer


def _write_text(path: Path, text: str) -> None:
    with replacing(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def _readme(export: CsvExport) -> str:
    return f"""# finkg graph for `neo4j-admin database import full`

One node file per label (`iri:ID` is the node's IRI, kept as property `iri`; `:LABEL` holds the
primary label and any secondary labels), one relationship file per type (`:START_ID`, `:END_ID`,
`:TYPE`). Typed columns: `double`, `long`, `boolean`, `date`, `string`; `[]` marks a list whose
items are separated by U+001F.

Stop the database (or import into a new one), then run from this directory:

```sh
{import_command(export)}
```

Then start it and create the uniqueness constraints the Cypher and Bolt exports use:

```sh
cypher-shell -d neo4j -f {CONSTRAINTS}
```
"""
