"""Scores of a system's facts and entities against a gold annotation: detection, values, attributes, facts.

Names and numbers are those of the project's reference scorer, so results compare across versions.
`fact.F1` is the headline ("overall F1").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from .gold import Gold, GoldEntity, GoldQuantity
from .system import SystemEntity, SystemFact

Scores = dict[str, float]

_QUOTES = re.compile(r"[\u201c\u201d\"'’]")
_NOISE_WORDS = re.compile(r"\b(the|co|ltd|inc|company|companies|corp)\b")
_ENTITY_TYPES = {"companies": "Company", "products": "Product", "organizations": "Organization"}
_ATTRIBUTES = ("qualifier", "kind", "measure", "period")


def normalize(label: str) -> str:
    """Lower case without quotes, articles or company suffixes, so "SMIC Co., Ltd." meets "smic"."""
    label = unicodedata.normalize("NFKC", label).lower()
    label = _NOISE_WORDS.sub(" ", _QUOTES.sub("", label))
    return re.sub(r"\s+", " ", label).strip()


def same_label(label: str, names: Iterable[str], threshold: float = 85) -> bool:
    """True when `label` equals one of `names` after normalizing, or is close to one by token-set ratio."""
    label = normalize(label)
    return bool(label) and any(
        n and (label == n or fuzz.token_set_ratio(label, n) >= threshold) for n in map(normalize, names)
    )


def same_value(a: float | None, b: float | None) -> bool:
    """Equal up to a relative 1e-6; a missing value equals nothing."""
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall, 0 when both are 0."""
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _ratio(hits: int, total: int, empty: float = 0.0) -> float:
    return hits / total if total else empty


def _exact(g: GoldQuantity, s: SystemFact) -> bool:
    return same_value(s.value, g.value) and s.unit == g.unit


def match_quantities(gold: Gold, system: Sequence[SystemFact]) -> list[tuple[GoldQuantity, SystemFact]]:
    """Pair each gold quantity with an unused overlapping system fact, preferring one of the same value and unit."""
    pairs, used = [], set()
    for g in gold.quantities:
        best = None
        for i, s in enumerate(system):
            if i in used or not s.overlaps(g.start, g.end):
                continue
            if _exact(g, s):
                best = i
                break
            if best is None:
                best = i
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


def subject_ok(gold: Gold, g: GoldQuantity, s: SystemFact) -> bool:
    """The system's subject names the gold subject, or states the gold cohort's size."""
    entity = gold.entities.get(g.subject or "")
    if entity and entity.section == "cohorts" and entity.size and same_value(entity.size, s.subject_size):
        return True
    return same_label(s.subject, gold.names(g.subject))


def score(gold: Gold, system: Sequence[SystemFact], entities: Sequence[SystemEntity] | None = None) -> Scores:
    """Every score of `system` (and of `entities`, when given) against `gold`, keyed by its reference name."""
    out: Scores = {}
    pairs = match_quantities(gold, system)
    n_gold, n_sys = len(gold.quantities), len(system)
    out["quantity.detect.P"] = _ratio(len(pairs), n_sys)
    out["quantity.detect.R"] = _ratio(len(pairs), n_gold)
    exact = [(g, s) for g, s in pairs if _exact(g, s)]
    out["quantity.value+unit.P"] = _ratio(len(exact), n_sys)
    out["quantity.value+unit.R"] = _ratio(len(exact), n_gold)
    out["quantity.value+unit.F1"] = f1(out["quantity.value+unit.P"], out["quantity.value+unit.R"])
    for attr in _ATTRIBUTES:
        ok = sum(1 for g, s in exact if getattr(s, attr).lower() == getattr(g, attr).lower())
        out[f"attribute.{attr}.accuracy"] = _ratio(ok, len(exact))
    out["attribute.subject.accuracy"] = _ratio(sum(1 for g, s in exact if subject_ok(gold, g, s)), len(exact))
    out.update(_fact_scores(gold, system, exact))
    out.update(_implausible_scores(gold, pairs))
    if entities is not None:
        out.update(score_entities(gold, entities))
    return out


def _fact_scores(gold: Gold, system: Sequence[SystemFact], exact: list[tuple[GoldQuantity, SystemFact]]) -> Scores:
    facts_gold = {g.id for g in gold.quantities if g.measure and g.kind != "date"}
    n_sys = sum(1 for s in system if s.kind != "date")
    hits = sum(1 for g, s in exact if g.id in facts_gold and s.measure == g.measure and subject_ok(gold, g, s))
    p, r = _ratio(hits, n_sys), _ratio(hits, len(facts_gold))
    return {"fact.P": p, "fact.R": r, "fact.F1": f1(p, r)}


def _implausible_scores(gold: Gold, pairs: list[tuple[GoldQuantity, SystemFact]]) -> Scores:
    bad = {g.id for g in gold.quantities if g.plausible is False}
    correctable = {g.id for g in gold.quantities if g.id in bad and g.corrected_value is not None}
    flagged = sum(1 for g, s in pairs if g.id in bad and s.plausible is False)
    false_flags = sum(1 for g, s in pairs if g.id not in bad and s.plausible is False)
    corrected = sum(1 for g, s in pairs if g.id in correctable and same_value(s.corrected_value, g.corrected_value))
    return {
        "implausible.recall": _ratio(flagged, len(bad), empty=1.0),
        "implausible.false_flags": float(false_flags),
        "implausible.corrected": _ratio(corrected, len(correctable), empty=1.0),
    }


def score_entities(gold: Gold, entities: Sequence[SystemEntity]) -> Scores:
    """Company, product and organization P/R/F1 by label, and event P/R/F1 by type, agent and object."""
    out: Scores = {}
    for section, etype in _ENTITY_TYPES.items():
        items = gold.section(section)
        found = [e.names for e in entities if e.type == etype]
        hit_gold = sum(1 for it in items if any(_names_item(ns, it) for ns in found))
        hit_sys = sum(1 for ns in found if any(_names_item(ns, it) for it in items))
        p = _ratio(hit_sys, len(found), empty=0.0 if items else 1.0)
        r = _ratio(hit_gold, len(items), empty=1.0)
        out[f"entity.{section}.P"], out[f"entity.{section}.R"], out[f"entity.{section}.F1"] = p, r, f1(p, r)
    out.update(_event_scores(gold, [e for e in entities if e.type == "Event"]))
    return out


def _names_item(names: Iterable[str], item: GoldEntity) -> bool:
    return any(same_label(n, (item.name, *item.aliases)) for n in names)


def _event_scores(gold: Gold, found: list[SystemEntity]) -> Scores:
    hits = 0
    for event in gold.events:
        for e in found:
            if e.event_type.lower() != event.type:
                continue
            agent_ok = not event.agent or same_label(e.agent, gold.names(event.agent))
            if agent_ok and (not event.object or same_label(e.object, gold.names(event.object), 75)):
                hits += 1
                break
    r = _ratio(hits, len(gold.events), empty=1.0)
    p = min(1.0, hits / len(found)) if found else (0.0 if gold.events else 1.0)
    return {"event.R": r, "event.P": p, "event.F1": f1(p, r)}
