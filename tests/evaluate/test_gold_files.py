"""Every gold annotation in tests/data/gold (second annotations too) is well formed: schema keys, surfaces in
their sentences, ids resolve."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml

from finkg.read import read_document
from finkg.records import Document, EventType, Kind, Qualifier, Status

pytestmark = pytest.mark.issue(3)

ROOT = Path(__file__).parents[2]
GOLD_DIR = ROOT / "tests" / "data" / "gold"
DOC_DIRS = (ROOT / "tests" / "data" / "docs", ROOT / "corpus")
GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.yaml")) + sorted((GOLD_DIR / "second").glob("*.gold.yaml"))

TOP_KEYS = {"document", "language", "period_default", "companies", "organizations", "cohorts", "sectors", "quantities"}
ENTITY_KEYS = {
    "companies": {"id", "name", "aliases"},
    "organizations": {"id", "name"},
    "cohorts": {"id", "text", "size", "size_qualifier", "parent"},
    "sectors": {"id", "name"},
    "products": {"id", "name", "company"},
}
EVENT_KEYS = {"id", "type", "agent", "object", "amount", "status", "sentence"}
QUANTITY_KEYS = {
    "id", "sentence", "surface", "value", "unit", "qualifier", "kind", "subject", "measure", "period", "of", "plausible"
}  # fmt: skip
SCHEMA_KINDS = {"level", "change_pct", "change_pp", "share", "count", "multiple", "rank", "date", "cagr"}
UNITS = {"CNY", "percent", "percentage_point", "count", "ratio", "year", "quarter", "units", "people", "patents"}
UNITS |= {"date", "rank", "GW", "GWh", "USD", "HKD"}  # GW, GWh: module and battery volumes; USD, HKD: IFRS
UNITS |= {"kilolitre", "tonne", "boe", "TEU"}  # liquor, polysilicon, oil and gas (barrels of oil equivalent), boxes
UNITS |= {"month", "week", "day"}  # durations: "six months", "270 days" (a year's is "year")
# the schema's measure vocabulary: the names its table lists
MEASURES = set(re.findall(r"^\| `([a-z0-9_]+)` \|", (GOLD_DIR / "GOLD-SCHEMA.md").read_text(encoding="utf-8"), re.M))


def load(path: Path) -> tuple[dict[str, Any], Document]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: top level is not a mapping"
    doc_path = next((d / f"{data['document']}.txt" for d in DOC_DIRS if (d / f"{data['document']}.txt").exists()), None)
    assert doc_path is not None, f"{path.name}: document {data['document']}.txt not found"
    return data, read_document(doc_path)


@pytest.fixture(params=GOLD_FILES, ids=[str(p.relative_to(GOLD_DIR)) for p in GOLD_FILES])
def gold(request: pytest.FixtureRequest) -> tuple[dict[str, Any], Document]:
    return load(request.param)


def test_there_are_gold_files() -> None:
    assert len(GOLD_FILES) >= 2


def test_schema_keys_present(gold: tuple[dict[str, Any], Document]) -> None:
    data, _ = gold
    assert data.keys() >= TOP_KEYS
    for section, keys in ENTITY_KEYS.items():
        for item in data.get(section) or []:
            assert item.keys() >= keys, f"{section} {item.get('id')}: missing {keys - item.keys()}"
    for event in data.get("events") or []:
        assert event.keys() >= EVENT_KEYS, f"event {event.get('id')}: missing {EVENT_KEYS - event.keys()}"
    for q in data["quantities"]:
        assert q.keys() >= QUANTITY_KEYS, f"quantity {q.get('id')}: missing {QUANTITY_KEYS - q.keys()}"
        assert isinstance(q["value"], int | float) and not isinstance(q["value"], bool), q["id"]
        assert isinstance(q["plausible"], bool), q["id"]
        assert q.get("corrected_value") is None or q["plausible"] is False, q["id"]


def test_ids_unique_and_resolve(gold: tuple[dict[str, Any], Document]) -> None:
    data, _ = gold
    entity_ids = [item["id"] for section in ENTITY_KEYS for item in data.get(section) or []]
    quantity_ids = [q["id"] for q in data["quantities"]]
    event_ids = [e["id"] for e in data.get("events") or []]
    every = entity_ids + quantity_ids + event_ids
    assert len(every) == len(set(every)), sorted({i for i in every if every.count(i) > 1})
    entities, quantities = set(entity_ids), set(quantity_ids)
    cohorts = {c["id"] for c in data["cohorts"]}
    makers = {c["id"] for section in ("companies", "organizations") for c in data[section]}
    for q in data["quantities"]:
        assert q["subject"] is None or q["subject"] in entities, f"{q['id']}: subject {q['subject']}"
        assert q["of"] is None or q["of"] in quantities, f"{q['id']}: of {q['of']}"
    for c in data["cohorts"]:
        assert c["parent"] is None or c["parent"] in cohorts, f"cohort {c['id']}: parent {c['parent']}"
    for p in data.get("products") or []:
        assert p["company"] is None or p["company"] in makers, f"product {p['id']}: maker {p['company']}"
    for e in data.get("events") or []:
        for role in ("agent", "object"):
            assert e[role] is None or e[role] in entities, f"event {e['id']}: {role} {e[role]}"
        assert e["amount"] is None or e["amount"] in quantities, f"event {e['id']}: amount {e['amount']}"


def test_closed_sets(gold: tuple[dict[str, Any], Document]) -> None:
    data, _ = gold
    kinds = SCHEMA_KINDS | set(data.get("kinds_added") or ())
    assert kinds <= {k.value for k in Kind}
    measures_added = set(data.get("measures_added") or ())
    qualifiers = {q.value for q in Qualifier}
    for q in data["quantities"]:
        assert q["kind"] in kinds, f"{q['id']}: kind {q['kind']}"
        assert q["unit"] in UNITS, f"{q['id']}: unit {q['unit']}"
        assert q["qualifier"] in qualifiers, f"{q['id']}: qualifier {q['qualifier']}"
        measure = q["measure"].removeprefix("median_").removeprefix("average_")
        assert measure in MEASURES | measures_added, f"{q['id']}: measure {q['measure']} (list it in measures_added)"
        assert (q["kind"] == "date") == (q["unit"] == "date"), f"{q['id']}: date kind and unit go together"
        if q["kind"] == "date":
            assert re.fullmatch(r"\d{6}(\d{2})?", str(q["value"])), f"{q['id']}: date {q['value']} not YYYYMM[DD]"
    for c in data["cohorts"]:
        assert c["size_qualifier"] in qualifiers | {None}, f"cohort {c['id']}"
        assert (c["size"] is None) == (c["size_qualifier"] is None), f"cohort {c['id']}: size and qualifier"
    for e in data.get("events") or []:
        assert e["type"] in {t.value for t in EventType}, f"event {e['id']}: type {e['type']}"
        assert e["status"] in {s.value for s in Status}, f"event {e['id']}: status {e['status']}"


def spans(data: dict[str, Any], document: Document) -> list[tuple[str, int, int]]:
    """Each quantity's first occurrence inside its own sentence, as the scorer locates it."""
    out = []
    for q in data["quantities"]:
        assert 0 <= q["sentence"] < len(document.sentences), f"{q['id']}: sentence {q['sentence']} out of range"
        sentence = document.sentences[q["sentence"]].span
        at = document.text.find(q["surface"], sentence.start, sentence.end)
        assert at >= 0, f"{q['id']}: {q['surface']!r} not in sentence {q['sentence']}: {sentence.text[:80]!r}"
        out.append((q["id"], at, at + len(q["surface"])))
    return out


def test_surfaces_found_in_their_sentences_without_overlap(gold: tuple[dict[str, Any], Document]) -> None:
    data, document = gold
    located = sorted(spans(data, document), key=lambda s: s[1])
    for (a, _, a_end), (b, b_start, _) in pairwise(located):
        assert a_end <= b_start, f"{a} and {b} overlap"
    text = document.text
    for ident, start, end in located:
        before, after = text[max(0, start - 2) : start], text[end : end + 2]
        inside = re.search(r"\d[.,]?\Z", before) or re.match(r"^[.,]?\d", after)
        assert not inside, f"{ident}: {text[start:end]!r} lies inside a larger number"


def test_quantities_in_text_order(gold: tuple[dict[str, Any], Document]) -> None:
    data, _ = gold
    sentences = [q["sentence"] for q in data["quantities"]]
    assert sentences == sorted(sentences)
