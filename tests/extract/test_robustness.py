"""The extractor never crashes and never invents text, whatever report-like text it is given."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from finkg.check import check
from finkg.extract import extract
from finkg.read import structure
from finkg.records import Cohort

TOKENS = [
    "In 2024,", "STAR Market", "companies", "Of these,", "Among them,", "nearly", "more than", "54", "1,422,170",
    "3.09", "billion", "million", "yuan", "RMB", "%", "percentage points", "times", "doubled", "revenue",
    "net profit", "increased", "fell", "by", "of", "to", "and", "respectively", "such as", "SMIC", "BeiGene",
    "Tianyue Advanced", "plans to acquire", "integrated circuit", "private enterprises", ",", ";", ".", "\n",
    "As of April 30, 2025", "the top 10", "compound growth rate", "year on year", "2.2% to 2.4%", "first",
    "Thirty-one", "the end of 2024", "1.", "ChiNext", "Main Board", "all 586",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=60))
def test_extraction_survives_any_report_like_text(tokens: list[str]) -> None:
    text = " ".join(tokens)
    if not text.strip():
        return
    extraction = check(extract(structure(text, doc_id="fuzz", source="fuzz.txt")))
    refs = {e.ref for e in extraction.entities}
    for fact in extraction.facts:
        span = fact.quantity.span
        assert text[span.start : span.end] == span.text
        assert fact.subject is None or fact.subject in refs
        assert fact.base is None or any(f.id == fact.base for f in extraction.facts)
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
        if isinstance(entity, Cohort) and entity.parent is not None:
            assert entity.parent in refs and entity.parent != entity.ref
