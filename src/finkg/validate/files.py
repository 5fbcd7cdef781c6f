"""Reading RDF files of any common syntax into one graph, with one clear line when a file is bad."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from xml.sax import SAXParseException

from rdflib import Dataset, Graph

from ..errors import InputError
from ..read.text import decode, load

# File extension -> rdflib parser name.
FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
    ".n3": "n3",
}
_QUADS = {"trig", "nquads", "json-ld"}


def rdf_format(path: Path) -> str:
    """The rdflib parser for a file, from its extension."""
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise InputError(f"{path}: unknown RDF extension {path.suffix or '(none)'!r} (use one of {known})") from None


def _where(err: Exception) -> str:
    """The parser's line number for an error, when it gives one."""
    if isinstance(err, SAXParseException):
        return f" at line {err.getLineNumber()}"
    if isinstance(err, json.JSONDecodeError):
        return f" at line {err.lineno}"
    line = getattr(err, "lines", None)  # rdflib's notation3 BadSyntax (Turtle, TriG, N3)
    return f" at line {line + 1}" if isinstance(line, int) else ""


def _reason(err: Exception) -> str:
    """The first line of a parser's message, without rdflib's repetition of the file name."""
    message = err.getMessage() if isinstance(err, SAXParseException) else str(getattr(err, "_why", "") or err)
    text = message.strip().splitlines()
    return text[0] if text else type(err).__name__


def read_graph(paths: list[Path] | tuple[Path, ...]) -> Graph:
    """The union of every triple (and every named graph's triples) in `paths`."""
    graph = Graph()
    for path in paths:
        fmt = rdf_format(path)
        text = decode(load(path, "an RDF file"), path)
        target = Dataset() if fmt in _QUADS else Graph()
        try:
            with warnings.catch_warnings():
                # rdflib's JSON-LD parser builds a deprecated ConjunctiveGraph inside Dataset.parse
                warnings.simplefilter("ignore", DeprecationWarning)
                target.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
        except Exception as err:  # rdflib's parsers raise many unrelated types; any of them means bad input
            raise InputError(f"{path}: not valid {fmt}{_where(err)}: {_reason(err)}") from None
        for s, p, o, *_ in target.quads((None, None, None, None)) if isinstance(target, Dataset) else target:
            graph.add((s, p, o))
    return graph
