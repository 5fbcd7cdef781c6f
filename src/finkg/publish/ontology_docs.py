"""The ontology's HTML documentation, made by pyLODE (https://github.com/RDFLib/pyLODE) from its Turtle."""

from __future__ import annotations

import gc
import logging
import warnings
from pathlib import Path


def ontology_html(path: Path) -> str:
    """pyLODE's page for the OWL ontology at `path` (self-contained: CSS inline, no scripts fetched)."""
    from pylode import OntPub  # imported here: pyLODE loads its background ontologies on import

    logging.getLogger().setLevel(max(logging.getLogger().level, logging.WARNING))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # pyLODE reads its CSS without closing the file
        html: str = OntPub(ontology=str(path)).make_html()
        gc.collect()
    return html
