"""vocab.py stays in step with ontology/finkg.ttl, and a misspelt term fails."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, URIRef

from finkg.config import ONTOLOGY_DIR
from finkg.mapping.vocab import FKG


def test_every_vocab_term_is_declared_in_the_ontology() -> None:
    ontology = Graph().parse(ONTOLOGY_DIR / "finkg.ttl")
    declared = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef)}
    terms = [FKG[name] for name in FKG.__annotations__]
    assert len(terms) >= 90
    assert [t for t in terms if t not in declared] == []


def test_a_misspelt_term_fails() -> None:
    with pytest.raises(AttributeError):
        _ = FKG.Compnay
