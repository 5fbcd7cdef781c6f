"""Reading the graph: SPARQL queries by name, file or text, answers as table, CSV, TSV, JSON or Turtle."""

from __future__ import annotations

from .formats import FORMATS, render
from .runner import Query, load_query, read_query, run

__all__ = ["FORMATS", "Query", "load_query", "read_query", "render", "run"]
