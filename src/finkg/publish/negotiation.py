"""HTTP content negotiation: Accept headers parsed with quality values (RFC 9110, section 12.5.1).

A media range's quality comes from its most specific match (`text/turtle` beats `text/*` beats
`*/*`); among offers of equal quality the server's order decides, so `*/*` gets the first offer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MediaRange:
    """One element of an Accept header: `type/subtype`, its parameters and its quality."""

    type: str
    subtype: str
    params: tuple[tuple[str, str], ...] = ()
    q: float = 1.0

    def specificity(self, media_type: str) -> int:
        """How closely this range names `media_type`: -1 no match, 0 `*/*`, 1 `type/*`, 2 exact."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0
        if self.type != kind:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def parse_accept(header: str) -> tuple[MediaRange, ...]:
    """The media ranges of an Accept header; malformed elements are skipped, a bad q counts as 0."""
    ranges = []
    for element in header.split(","):
        media, *raw_params = (part.strip() for part in element.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub or (kind == "*" and sub != "*"):
            continue
        q, params = 1.0, []
        for raw in raw_params:
            name, _, value = raw.partition("=")
            name, value = name.strip().lower(), value.strip().strip('"')
            if name == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
            elif name:
                params.append((name, value))
        ranges.append(MediaRange(kind, sub, tuple(params), q))
    return tuple(ranges)


def quality(ranges: Sequence[MediaRange], media_type: str) -> float:
    """The quality the client gives `media_type`: that of the most specific range matching it."""
    best, best_q = -1, 0.0
    for media_range in ranges:
        level = media_range.specificity(media_type)
        if level > best or (level == best and media_range.q > best_q):
            best, best_q = level, media_range.q
    return best_q if best >= 0 else 0.0


def choose(accept: str | None, offers: Sequence[str]) -> str | None:
    """The offer the client prefers (first offer on ties, or when there is no Accept), None if none is acceptable."""
    if not accept or not accept.strip():
        return offers[0] if offers else None
    ranges = parse_accept(accept)
    if not ranges:
        return offers[0] if offers else None
    scored = [(quality(ranges, offer), -i, offer) for i, offer in enumerate(offers)]
    q, _, offer = max(scored)
    return offer if q > 0 else None
