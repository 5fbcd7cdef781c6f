"""Scanning a text with costly patterns for less: many at once, or only where they can match.

Cue tables (measure wordings, institution names) are lists of patterns tried one after the other;
scanning a report once per pattern costs a pass each. Here every pattern is a lookahead of one
regular expression, tried only where `lead` holds and one of them matches, so the text is walked
once and the spans are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass


class PatternSet:
    """Patterns that never match the empty string and have no capturing groups, scanned together.

    `lead` must hold wherever any of the patterns can start a match (for patterns that open with
    `\\b` and a letter, `\\b(?=\\w)`); it only lets the scan pass over all other positions quickly.
    """

    def __init__(self, patterns: Sequence[str], flags: int = 0, lead: str = "") -> None:
        if any(re.compile(p, flags).groups for p in patterns):
            raise ValueError("a pattern of a PatternSet has a capturing group")
        anywhere = "|".join(f"(?:{p})" for p in patterns)
        probes = "".join(f"(?:(?=({p}))|)" for p in patterns)
        self._scan = re.compile(f"{lead}(?={anywhere}){probes}", flags)
        self._size = len(patterns)

    def spans(self, text: str) -> list[list[tuple[int, int]]]:
        """For each pattern, the (start, end) of its matches as `finditer` gives them: left to right,
        each starting where the previous one ended or later."""
        starts: list[list[tuple[int, int]]] = [[] for _ in range(self._size)]
        for match in self._scan.finditer(text):
            for found, (start, end) in zip(starts, match.regs[1:], strict=True):
                if start >= 0:
                    found.append((start, end))
        return [_non_overlapping(found) for found in starts]


def _non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept = []
    resume = 0
    for start, end in spans:
        if start >= resume:
            kept.append((start, end))
            resume = end
    return kept


@dataclass(frozen=True, slots=True)
class Gated:
    """A costly pattern every match of which contains a wording of `needs`: a text without any such
    wording (most reports have no takeover in them) is not scanned at all."""

    pattern: re.Pattern[str]
    needs: re.Pattern[str]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`, or nothing at once when `needs` is nowhere in `text`."""
        return self.pattern.finditer(text) if self.needs.search(text) else iter(())
