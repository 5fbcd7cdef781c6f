"""Finding and running a query: inline SPARQL, a .rq file, or the name of one in queries/."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, QueryError
from ..store import GraphStore, QueryResult

_QUESTION = re.compile(r"^#\s*Question:\s*(?P<text>.+)$", re.MULTILINE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Query:
    """A SPARQL query with the analyst question its header states, if any."""

    name: str
    text: str
    question: str = ""


def load_query(query_or_file: str, queries_dir: Path = Path("queries")) -> Query:
    """`query_or_file` as a path to a .rq file, a name in `queries_dir`, or the SPARQL text itself."""
    candidates = (Path(query_or_file), queries_dir / f"{query_or_file}.rq")
    path = next((p for p in candidates if p.suffix == ".rq" and p.is_file()), None)
    if path is not None:
        return read_query(path)
    if query_or_file.endswith(".rq"):
        raise InputError(f"{query_or_file}: no such query file")
    if not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", query_or_file, re.IGNORECASE):
        raise InputError(f"{query_or_file!r} is neither SPARQL nor a query in {queries_dir}/ (try `ls {queries_dir}`)")
    return Query(name="inline", text=query_or_file)


def read_query(path: Path) -> Query:
    """A .rq file; its `# Question:` header comment is the question it answers."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read ({err})") from None
    question = _QUESTION.search(text)
    return Query(name=path.stem, text=text, question=question.group("text").strip() if question else "")


def run(store: GraphStore, query: Query) -> QueryResult:
    """Run `query` on `store`; syntax and evaluation errors raise QueryError naming the query."""
    try:
        return store.query(query.text)
    except QueryError as err:
        raise QueryError(f"{query.name}: {err}") from None
