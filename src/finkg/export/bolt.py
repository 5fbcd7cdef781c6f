"""Loading straight into a running Neo4j through a session: the Cypher batches sent as parameters.

`load` takes anything with the `run(query, parameters)` of `neo4j.Session`, so it is tested
against an embedded engine; `load_server` opens the official driver's session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol, cast

from ..errors import EnvironmentFailure
from .cypher import BATCH, NODES, RELATIONSHIPS, batches, constraints
from .view import PropertyGraph


class Session(Protocol):
    """What the loader needs of a `neo4j.Session`: run one query with parameters, give its records."""

    def run(self, query: str, parameters: dict[str, Any] | None = None) -> Iterable[Any]:
        """Run `query`; iterating the result fetches it and raises the server's errors."""
        ...


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What one load sent: statements, node rows and relationship rows."""

    statements: int
    nodes: int
    relationships: int


def load(view: PropertyGraph, session: Session, size: int = BATCH) -> LoadReport:
    """Create the constraints, then MERGE every batch; idempotent, so a second load changes nothing."""
    statements = nodes = relationships = 0
    for statement in constraints(view.schema().labels()):
        for _ in session.run(statement):
            pass
        statements += 1
    for batch in batches(view, size):
        for _ in session.run(batch.query, {"rows": list(batch.rows)}):
            pass
        statements += 1
        nodes += len(batch.rows) if batch.writes == NODES else 0
        relationships += len(batch.rows) if batch.writes == RELATIONSHIPS else 0
    return LoadReport(statements, nodes, relationships)


def load_server(view: PropertyGraph, uri: str, user: str, password: str, database: str | None,
                size: int = BATCH) -> LoadReport:
    """Load the view into the Neo4j server at `uri` with the official driver."""
    import neo4j  # imported here: only this command needs the driver

    try:
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            driver.verify_connectivity()
            with driver.session(database=database) as session:
                return load(view, cast(Session, session), size)
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.AuthError) as err:
        raise EnvironmentFailure(f"{uri}: cannot load into Neo4j ({err})") from None
