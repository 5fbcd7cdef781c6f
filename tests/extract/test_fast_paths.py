"""Shortcuts that skip work when it cannot find anything find what the full work finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finkg.extract.events import _clauses
from finkg.extract.events.triggers import TRIGGERS, triggered
from finkg.extract.periods import Calendar, _period_named, clause_period
from finkg.read import read_document

DATA = Path(__file__).parent.parent / "data"
pytestmark = pytest.mark.issue(8)
CALENDAR = Calendar(year=2024, current_year=2025)

# Period wordings and their pieces, and characters that case folding treats specially.
_WORDS = (
    *("In", "in", "for", "of", "since", "Since", "by", "As", "as", "of", "end", "the", "end-", "year-end", "to"),
    *("first", "second", "third", "quarter", "quarters", "half", "H1", "h2", "Q3", "Q1–Q3", "semi-annual", "interim"),
    *("nine", "months", "January", "June", "september", "April", "30,", "2024", "2023", "2022", "-", "through"),
    *("past", "three", "years", "consecutive", "listing", "before", "currently", "so", "far", "to date", "this"),
    *("year", "at present", "have now", "report", "revenue", "rose"),
    *("ſince", "İnterim", "\u212aey", "ı", "１", "é", "’"),
)
_TEXTS = st.lists(st.sampled_from([*_WORDS, " ", ", ", ". ", "; "]), max_size=30).map("".join)


def _documents() -> list[Path]:
    return [DATA.parent.parent / "corpus" / "000_5e41f899ff37ab17.txt", *sorted((DATA / "docs").glob("*.txt"))]


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_clause_period_is_the_wordings_tried_in_turn(text: str) -> None:
    assert clause_period(text, CALENDAR) == _period_named(text, CALENDAR)


def test_clause_period_on_the_clauses_of_the_reports() -> None:
    for path in _documents():
        for sentence in read_document(path).sentences:
            text = sentence.span.text
            pieces = {text, *re.split(r"[,;]", text), *(text[:end] for end in range(10, len(text), 17))}
            for piece in pieces:
                assert clause_period(piece, CALENDAR) == _period_named(piece, CALENDAR), piece


def test_no_trigger_fires_in_a_clause_without_companies_or_products() -> None:
    for path in _documents():
        for clause in _clauses(read_document(path)):
            money = [(f"q{n}", clause.start) for n in range(3)]
            for kind, trigger in TRIGGERS:
                assert list(triggered(kind, trigger, clause, [], money, {})) == []
