"""Stretches of a sentence a figure belongs to (clause, comma segment) and coordinated lists
("A and B rose 3% and 5%, respectively") paired up in order."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from ..records import Kind, Quantity
from .cohorts import Mention
from .measures import Cue
from .quantity_cues import percent_kind

_Item = TypeVar("_Item", Mention, Cue)

_COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|、)\s*(?:the\s+)?$")  # "A and the B"
# The level a change rises or falls to: "up 0.37% to 1.2 million vehicles", "rose 20% to 9 billion yuan".
TO_LEVEL = re.compile(r"\bto\s+(?:(?:about|nearly|over|more than|around)\s+)?(?:RMB|CNY|HK\$|US\$|\$)?\s*$")
# A figure of a named market or company: "4.74% on Shenzhen's ChiNext", "5% for the STAR Market".
ON_A_NAMED = re.compile(r"\s+(?:on|in|at|for)\s+(?:the\s+)?(?:[A-Z]|\w+['’]s\s)")
# What ends a comma segment: a semicolon or a comma, but not the comma of a number ("2,386.38%") nor the commas
# around a connective ("revenue, however, fell 12.43%").
_CONNECTIVES = ("however", "though", "meanwhile", "moreover", "nevertheless")
_SEGMENT_CUT = re.compile(
    ";|" + "".join(f"(?<!{c})" for c in _CONNECTIVES) + r"(?:(?<!\d),|,(?!\d{3}(?!\d)))"
    + rf"(?!\s*(?:{'|'.join(_CONNECTIVES)}),)"
)
COMPOUND = re.compile(r"\bcompound(?:ed)?\b|\bCAGR\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Clause:
    """A semicolon-delimited stretch of a sentence, as document offsets."""

    start: int
    end: int


def start_of_segment(text: str, floor: int, offset: int) -> int:
    """Start of the comma-delimited stretch of text that ends at `offset`."""
    cuts = list(_SEGMENT_CUT.finditer(text, floor, offset))
    return cuts[-1].end() if cuts else floor


def end_of_segment(text: str, ceiling: int, offset: int) -> int:
    """End of the comma-delimited stretch of text that starts at `offset`."""
    cut = _SEGMENT_CUT.search(text, offset, ceiling)
    return cut.start() if cut else ceiling


def clause_of(sentence: str, base: int, offset: int) -> Clause:
    """The semicolon-delimited stretch of a sentence (starting at `base`) that holds `offset`."""
    start, end = base, base + len(sentence)
    for match in re.finditer(r";", sentence):
        cut = base + match.end()
        if cut <= offset:
            start = cut
        elif cut - 1 >= offset:
            end = cut - 1
            break
    return Clause(start, end)


def coordinated_groups(text: str, quantities: list[Quantity]) -> list[list[Quantity]]:
    """Runs like "22.5% and 41.4%" or "2nd, 5th, 9th, and 10th": same unit, joined by commas/and."""
    groups: list[list[Quantity]] = []
    for quantity in quantities:
        if groups:
            last = groups[-1][-1]
            between = text[last.span.end : quantity.span.start]
            if last.unit == quantity.unit and _COORDINATION.match(between):
                groups[-1].append(quantity)
                continue
        groups.append([quantity])
    return [_shared_kind(text, group) for group in groups]


def _shared_kind(text: str, group: list[Quantity]) -> list[Quantity]:
    """A change cue after a list ("8.9%, 16.3% and 24.0% of increase") makes every member a change; a
    growth cue before it ("compound annual rates of 8%, 6% and 7%") gives every member the first's kind."""
    last = group[-1]
    if len(group) == 1 or last.unit != "percent":
        return group
    first = group[0]
    lead = text[max(0, first.span.start - 60) : first.span.start]
    kind = Kind.CAGR if COMPOUND.search(lead) else first.kind
    if kind in (Kind.CAGR, Kind.CHANGE_PCT):
        return [replace(q, kind=kind) if q.kind in (Kind.SHARE, Kind.LEVEL) else q for q in group]
    kind, fall = percent_kind("", text[last.span.end : last.span.end + 80])
    if kind != Kind.CHANGE_PCT:
        return group
    return [
        replace(q, kind=kind, value=-abs(q.value) if fall else q.value) if q.kind in (Kind.SHARE, Kind.LEVEL) else q
        for q in group
    ]


def paired_respectively(text: str, group: list[Quantity]) -> bool:
    """True when "respectively" stands next to a list of figures."""
    return "respectively" in text[group[0].span.start - 20 : group[-1].span.end + 25]


# Where a clause of its own starts: measures named before it are no list's ("New materials sales climbed 37.9%,
# while refining and PTA volumes fell 7.7% and 3.8% respectively").
_CONTRAST = re.compile(r";|,?\s+(?:while|whereas|but)\s")


def last_distinct(text: str, cues: Sequence[Cue], group: list[Quantity]) -> list[Cue] | None:
    """The last len(group) different measures named before the list in its clause, in order."""
    at = group[0].span.start
    since = max((m.end() for m in _CONTRAST.finditer(text, max(0, at - 200), at)), default=0)
    before = [c for c in cues if since <= c.start and c.end <= at]
    picked: list[Cue] = []
    for cue in reversed(before):
        if all(cue.measure != p.measure for p in picked):
            picked.insert(0, cue)
        if len(picked) == len(group):
            return picked
    return None


def zip_run(text: str, items: Sequence[_Item], group: list[Quantity]) -> list[_Item] | None:
    """The last run of len(group) coordinated items before the group, to pair with it in order."""
    before = [item for item in items if item.end <= group[0].span.start]
    n = len(group)
    for end in range(len(before), n - 1, -1):
        run = before[end - n : end]
        joined = all(_COORDINATION.match(text[a.end : b.start]) for a, b in itertools.pairwise(run))
        if end - n > 0 and _COORDINATION.match(text[before[end - n - 1].end : run[0].start]):
            continue  # part of a longer list ("such as A, B, C and D"): not what the figures pair with
        if end < len(before) and _COORDINATION.match(text[run[-1].end : before[end].start]):
            continue
        distinct = len({getattr(item, "ref", None) or getattr(item, "measure", None) for item in run}) == n
        if joined and distinct:
            return run
    return None
