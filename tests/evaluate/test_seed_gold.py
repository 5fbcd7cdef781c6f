"""The scorer on the seed's gold agrees with a plain, dict-based reimplementation of the reference metrics."""

from __future__ import annotations

import math
import random
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from rapidfuzz import fuzz

from finkg.evaluate.gold import parse_gold
from finkg.evaluate.score import score
from finkg.evaluate.system import entities_from_rows, facts_from_rows
from finkg.read import read_document

pytestmark = pytest.mark.issue(3)

ROOT = Path(__file__).parents[2]
GOLD = ROOT / "tests" / "data" / "gold" / "000_5e41f899ff37ab17.gold.yaml"
DOC = ROOT / "corpus" / "000_5e41f899ff37ab17.txt"
ENTITY_TYPES = {"companies": "Company", "products": "Product", "organizations": "Organization"}
Row = dict[str, Any]


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = re.sub(r"[\u201c\u201d\"'’]", "", s)
    s = re.sub(r"\b(the|co|ltd|inc|company|companies|corp)\b", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def like(a: str | None, names: list[str], threshold: float = 85) -> bool:
    a = norm(a)
    return bool(a) and any(n and (a == n or fuzz.token_set_ratio(a, n) >= threshold) for n in map(norm, names))


def close(a: Any, b: Any) -> bool:
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def prf(hits: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p, r = (hits / n_sys if n_sys else 0.0), (hits / n_gold if n_gold else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Oracle:
    """The reference metrics written out directly over the YAML dicts."""

    def __init__(self, data: dict[str, Any], text: str) -> None:
        document = read_document(DOC)
        self.items = {i["id"]: {**i, "_s": s} for s in ENTITY_TYPES.keys() | {"cohorts", "sectors"} for i in data[s]}
        self.data, self.quantities = data, []
        for q in data["quantities"]:
            sentence = document.sentences[q["sentence"]].span
            at = text.find(q["surface"], sentence.start, sentence.end + 5)
            self.quantities.append({**q, "start": at, "end": at + len(q["surface"])})

    def names(self, ident: str | None) -> list[str]:
        item = self.items.get(ident or "")
        if not item:
            return [ident or ""]
        return [n for n in (item.get("name"), item.get("text"), item.get("zh"), *item.get("aliases", [])) if n]

    def subject_ok(self, g: Row, s: Row) -> bool:
        item = self.items.get(g["subject"] or "", {})
        sized = item.get("_s") == "cohorts" and item.get("size") and s.get("subject_size")
        if sized and close(item["size"], s["subject_size"]):
            return True
        return like(s.get("subject"), self.names(g["subject"]))

    def score(self, system: list[Row], entities: list[Row]) -> dict[str, float]:
        out: dict[str, float] = {}
        pairs, used = [], set()
        for g in self.quantities:
            hits = [
                i for i, s in enumerate(system) if i not in used and s["start"] < g["end"] and s["end"] > g["start"]
            ]
            good = [i for i in hits if close(system[i]["value"], g["value"]) and system[i]["unit"] == g["unit"]]
            if hits:
                used.add((good or hits)[0])
                pairs.append((g, system[(good or hits)[0]]))
        exact = [(g, s) for g, s in pairs if close(s["value"], g["value"]) and s["unit"] == g["unit"]]
        n_gold, n_sys = len(self.quantities), len(system)
        out["quantity.detect.P"], out["quantity.detect.R"], _ = prf(len(pairs), n_sys, n_gold)
        p, r, f = prf(len(exact), n_sys, n_gold)
        out["quantity.value+unit.P"], out["quantity.value+unit.R"], out["quantity.value+unit.F1"] = p, r, f
        for a in ("qualifier", "kind", "measure", "period"):
            out[f"attribute.{a}.accuracy"] = sum(
                str(s.get(a) or "").lower() == str(g[a]).lower() for g, s in exact
            ) / len(exact)
        out["attribute.subject.accuracy"] = sum(self.subject_ok(g, s) for g, s in exact) / len(exact)
        gold_facts = [g["id"] for g in self.quantities if g["kind"] != "date"]
        ok = sum(
            1 for g, s in exact if g["id"] in gold_facts and s.get("measure") == g["measure"] and self.subject_ok(g, s)
        )
        out["fact.P"], out["fact.R"], out["fact.F1"] = prf(
            ok, sum(s.get("kind") != "date" for s in system), len(gold_facts)
        )
        bad = [g["id"] for g in self.quantities if g["plausible"] is False]
        fixable = [g["id"] for g in self.quantities if g["id"] in bad and g.get("corrected_value") is not None]
        out["implausible.recall"] = sum(g["id"] in bad and s.get("plausible") is False for g, s in pairs) / len(bad)
        out["implausible.false_flags"] = float(
            sum(g["id"] not in bad and s.get("plausible") is False for g, s in pairs)
        )
        fixed = sum(g["id"] in fixable and close(s.get("corrected_value"), g["corrected_value"]) for g, s in pairs)
        out["implausible.corrected"] = fixed / len(fixable)
        for section, etype in ENTITY_TYPES.items():
            gold_names = [[i["name"], *i.get("aliases", [])] for i in self.data[section]]
            found = [[e["label"], *e.get("aliases", [])] for e in entities if e["type"] == etype]
            hit_gold = sum(any(like(n, g) for ns in found for n in ns) for g in gold_names)
            hit_sys = sum(any(like(n, g) for g in gold_names for n in ns) for ns in found)
            p, r = hit_sys / len(found), hit_gold / len(gold_names)
            out[f"entity.{section}.P"], out[f"entity.{section}.R"] = p, r
            out[f"entity.{section}.F1"] = 2 * p * r / (p + r)
        events = [e for e in entities if e["type"] == "Event"]
        hits = sum(
            any(
                e["event_type"] == ev["type"]
                and (not ev["agent"] or like(e.get("agent"), self.names(ev["agent"])))
                and (not ev["object"] or like(e.get("object"), self.names(ev["object"]), 75))
                for e in events
            )
            for ev in self.data["events"]
        )
        out["event.R"], out["event.P"] = hits / len(self.data["events"]), min(1.0, hits / len(events))
        out["event.F1"] = 2 * out["event.R"] * out["event.P"] / (out["event.R"] + out["event.P"])
        return out


@pytest.fixture(scope="module")
def oracle() -> Oracle:
    return Oracle(yaml.safe_load(GOLD.read_text(encoding="utf-8")), DOC.read_text(encoding="utf-8"))


def perfect(oracle: Oracle) -> tuple[list[Row], list[Row]]:
    """What a system that agrees with the gold in everything would print."""
    keys = ("start", "end", "value", "unit", "qualifier", "kind", "measure", "period", "plausible", "corrected_value")
    facts = [{**{k: q.get(k) for k in keys}, "subject": oracle.names(q["subject"])[0]} for q in oracle.quantities]
    entities = [
        {"type": etype, "label": item["name"], "aliases": item.get("aliases", [])}
        for section, etype in ENTITY_TYPES.items()
        for item in oracle.data[section]
    ]
    entities += [
        {
            "type": "Event",
            "label": ev["id"],
            "event_type": ev["type"],
            "agent": oracle.names(ev["agent"])[0] if ev["agent"] else None,
            "object": oracle.names(ev["object"])[0] if ev["object"] else None,
        }
        for ev in oracle.data["events"]
    ]
    return facts, entities


def degrade(facts: list[Row], entities: list[Row], seed: int) -> tuple[list[Row], list[Row]]:
    """A system that drops, misreads and misattributes a share of what it found."""
    rng, out = random.Random(seed), []
    for row in facts:
        roll, row = rng.random(), dict(row)
        if roll < 0.1:
            continue
        if roll < 0.2:
            row["value"] *= 10
        elif roll < 0.25:
            row["unit"] = "CNY"
        elif roll < 0.3:
            row["subject"] = "someone else"
        elif roll < 0.35:
            row["measure"] = "revenue"
        elif roll < 0.4:
            row["plausible"] = False
        elif roll < 0.45:
            row["kind"] = rng.choice(["date", "level"])
        elif roll < 0.5:
            row["start"], row["end"] = row["start"] + 2, row["end"] + 5
        elif roll < 0.55:
            row["subject"], row["subject_size"] = "", rng.choice([30, 54, 10])
        elif roll < 0.6:
            row["qualifier"] = row["qualifier"].upper()
        out.append(row)
    kept = [{**e, "label": e["label"][:4]} if rng.random() < 0.1 else e for e in entities if rng.random() > 0.15]
    return out, kept


def test_seed_gold_reads_every_record() -> None:
    gold = parse_gold(yaml.safe_load(GOLD.read_text(encoding="utf-8")), read_document(DOC))
    assert len(gold.quantities) == 213 and len(gold.events) == 33
    assert len(gold.section("companies")) == 52 and len(gold.section("cohorts")) == 58
    text = DOC.read_text(encoding="utf-8")
    assert all(text[q.start : q.end] == q.surface for q in gold.quantities)


@pytest.mark.parametrize("seed", [None, 1, 2, 3, 4, 5])
def test_port_matches_plain_reimplementation_on_seed_gold(oracle: Oracle, seed: int | None) -> None:
    facts, entities = perfect(oracle)
    if seed is not None:
        facts, entities = degrade(facts, entities, seed)
    gold = parse_gold(oracle.data, read_document(DOC))
    ours = score(gold, facts_from_rows(facts), entities_from_rows(entities))
    expected = oracle.score(facts, entities)
    assert ours.keys() == expected.keys()
    assert ours == pytest.approx(expected)
    if seed is None:
        assert ours.pop("implausible.false_flags") == 0.0 and set(ours.values()) == {1.0}
    else:
        assert ours["fact.F1"] < 1.0
