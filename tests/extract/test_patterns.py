"""The faster scans find exactly what the plain `finditer` scans they replace find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finkg.extract.measures import _CUES, CUES
from finkg.extract.patterns import Gated, PatternSet
from finkg.extract.quantities import _MASTER, _hits
from finkg.resolve.gazetteer import load_gazetteer

DATA = Path(__file__).parent.parent / "data"
pytestmark = pytest.mark.issue(8)

# Words of the genre, and characters that case folding or digit classes treat specially.
_WORDS = (
    *("revenue", "net", "profit", "R&D", "investment", "of", "the", "total", "operating", "income", "market"),
    *("value", "first", "second", "twenty-one", "tenfold", "doubled", "ranked", "No.", "3", "May", "5,", "2024"),
    *("end", "2023", "year-end", "half", "full", "coverage", "zero", "Shanghai", "Stock", "Exchange", "STAR"),
    *("Market", "companies", "such", "as", "China", "Telecom", "Group", "Co.,", "Ltd.", "acquired", "by"),
    *("ſecond", "\u212a", "ı", "１", "é"),
)
_TEXTS = st.lists(st.sampled_from([*_WORDS, " ", ", ", ". ", "-", "%", "1,234.5", "2023", "\n"]), max_size=60).map(
    "".join
)


def _report_texts() -> list[str]:
    paths = [*sorted((DATA / "docs").glob("*.txt")), *sorted((DATA / "quantities").glob("*.txt"))]
    return [path.read_text(encoding="utf-8") for path in paths]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_pattern_set_finds_what_each_pattern_finds() -> None:
    patterns = [r"\bnet profits?", r"\bprofit", r"\bnet\b", r"\b(?:net )?profit margin"]
    together = PatternSet(patterns, re.IGNORECASE, lead=r"\b(?=\w)")
    text = "Net profit and net profits rose; the profit margin and net profit margin fell. NET"
    assert together.spans(text) == [_spans(re.compile(p, re.IGNORECASE), text) for p in patterns]


def test_pattern_set_refuses_capturing_groups() -> None:
    with pytest.raises(ValueError, match="capturing group"):
        PatternSet([r"(net) profit"])


def test_gated_pattern_skips_only_texts_it_cannot_match() -> None:
    gated = Gated(re.compile(r"[A-Z]\w+ acquired"), re.compile("acquired"))
    assert [m.group() for m in gated.finditer("Alpha acquired Beta; Gamma acquired Delta")] == [
        "Alpha acquired",
        "Gamma acquired",
    ]
    assert list(gated.finditer("Alpha bought Beta")) == []


def test_measure_cues_scan_the_test_reports_like_one_pattern_each() -> None:
    for text in _report_texts():
        separate = [_spans(re.compile(rf"\b(?:{p})", re.IGNORECASE), text) for _, p in _CUES]
        assert CUES.spans(text) == separate


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_quantity_hits_are_the_master_patterns_matches(text: str) -> None:
    assert [(m.span(), m.lastgroup) for m in _hits(text)] == [(m.span(), m.lastgroup) for m in _MASTER.finditer(text)]


def test_quantity_hits_on_the_test_reports() -> None:
    for text in _report_texts():
        assert [m.span() for m in _hits(text)] == [m.span() for m in _MASTER.finditer(text)]


def test_gazetteer_scan_matches_whole_capitalised_runs_only() -> None:
    text = "China Telecom Group and China Telecom reported."
    second = text.rindex("China Telecom")
    assert [(start, end) for start, end, _ in load_gazetteer().scan(text)] == [(second, second + len("China Telecom"))]
