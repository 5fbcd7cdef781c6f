"""The exceptions finkg raises, each mapped to the exit code a user sees.

    FinkgError                 exit 1 unless a subclass says otherwise
    ├── InputError             a document or RDF file cannot be read (missing, binary, not UTF-8)
    ├── ValidationFailed       SHACL violations: nothing was written
    ├── QueryError             a SPARQL query is malformed or failed
    └── EnvironmentFailure     exit 3: a store is unreachable, the disk is full

Implausible figures are not errors: they are `Flag` records kept in the graph.
"""

from __future__ import annotations


class FinkgError(Exception):
    """Base class: one clear line for the user and an exit code."""

    exit_code = 1


class InputError(FinkgError):
    """A document or data file that cannot be read as what it claims to be."""

    exit_code = 2


class ValidationFailed(FinkgError):
    """The graph broke SHACL shapes with severity Violation; the old graph is kept."""


class QueryError(FinkgError):
    """A SPARQL query that does not parse or cannot run."""


class EnvironmentFailure(FinkgError):
    """Something outside finkg's data failed: a store, the network, the disk."""

    exit_code = 3
