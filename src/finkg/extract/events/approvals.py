"""Approvals: an authority's nod to a company or its deal, and the votes of a company's shareholders.

An authority (regulator, government, state owner, court or exchange) that approves a deal approves it for the
company bought, named last ("approved Western Securities as the main shareholder of Guorong Securities"); one that
approves "the merger" approves the deal the report told of last. Shareholders approve for their company; a payout
or buyback they vote for is an event of its own and no approval.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...records import Company, Entity, EventType, Organization, Product, Span
from .drafts import Draft, Named, completed

_AUTHORITIES = frozenset({"regulator", "government", "state", "court", "exchange"})
# Not a product's approval ("approved for marketing"), nor an authority acted on ("approved by the CSRC").
# Things an authority approved, counted: "(approved) 1,306 domestic online games", "65 innovative medical devices".
_COUNTED = re.compile(r"\s+(?:about |nearly |more than |over |some )?([\d,]+ (?:[a-z][\w-]* ){0,3}[a-z][\w-]*s)\b")
_APPROVED = re.compile(r"\b(?:approved|cleared|endorsed)\b(?! (?:for|to|by)\b)")
# An approval told from the approved side: "was registered by", "approved by" (not a bare "cleared" or "passed",
# which clear hurdles, marks and stock as often as reviews).
_RECEIVED = re.compile(r"\b(?:approved|registered|cleared|endorsed) by\b")
# A regulator's nod to a company: "received the China Securities Regulatory Commission's filing notice".
_NOD = re.compile(
    r"\b(?:received|obtained|won|got|secured)\b(?:[^.;]|\.\d)*?"
    r"\b(?:approval|filing notice|registration|consent|go-ahead)\b"
)
# Shareholders voting: "Its shareholders approved the deal", "CSIC shareholders approved", "an extraordinary
# general meeting on November 7 approved".
_VOTED = re.compile(
    r"\b[Ss]hareholders(?:['’] meeting)? (?:have |had )?approved\b|"
    r"\b(?:general|shareholders['’]) meeting\b[^.;]{0,60}?\bapproved\b"
)
_PAYOUT = re.compile(r"\b(?:dividends?|buy(?:ing)? back|buybacks?|repurchas\w*)\b", re.IGNORECASE)
# A deal referred back to: "approved the merger", "approved the deal".
_THE_DEAL = re.compile(
    r"\s+(?:the|this|that|its) (?:[\w-]+ )?(?:deal|merger|acquisition|takeover|transaction|restructuring)\b"
)


def regulator_nods(clause: Span, inside: list[Named]) -> Iterator[Draft]:
    """A regulator's approval or filing notice received by a company: the regulator approves, the company
    is approved. A product approved is the trigger rules' (its maker is the agent)."""
    match = _NOD.search(clause.text)
    if match is None or any(isinstance(n.entity, Product) for n in inside):
        return
    start, end = clause.start + match.start(), clause.start + match.end()
    company = next((n.entity for n in reversed(inside) if isinstance(n.entity, Company) and n.span.end <= start), None)
    regulator = next(
        (
            n.entity
            for n in inside
            if isinstance(n.entity, Organization) and n.entity.role == "regulator" and start <= n.span.start < end
        ),
        None,
    )
    if company is None or regulator is None:
        return
    yield completed(EventType.APPROVAL, clause, regulator, company)


def authority_approvals(clause: Span, inside: list[Named], last_deal: Entity | None) -> Iterator[Draft]:
    """An authority named before "approved" approves the company named last after it, else the company the clause
    is about, else the deal told of last ("The Shanghai government approved the merger"), else the things it
    counts ("The National Press and Publication Administration approved 1,306 domestic online games")."""
    if any(isinstance(n.entity, Product) for n in inside):
        return
    for match in _APPROVED.finditer(clause.text):
        at = clause.start + match.start()
        agent = next((n.entity for n in reversed(inside) if _authority(n.entity) and n.span.start < at), None)
        if agent is None:
            continue
        companies = [n.entity for n in inside if isinstance(n.entity, Company)]
        after = [n.entity for n in inside if isinstance(n.entity, Company) and n.span.start > at]
        deal = last_deal if _THE_DEAL.match(clause.text, match.end()) else None
        target = next(iter(after[::-1]), None) or next(iter(companies[::-1]), None) or deal
        if target is not None:
            yield completed(EventType.APPROVAL, clause, agent, target)
        elif counted := _COUNTED.match(clause.text, match.end()):
            yield completed(EventType.APPROVAL, clause, agent, None, wording=counted.group(1))


def approvals_received(clause: Span, inside: list[Named]) -> Iterator[Draft]:
    """An authority named right after "approved by" or "registered by" approves the company the clause is about:
    "Its plan ... was registered by the China Securities Regulatory Commission on September 5"."""
    if any(isinstance(n.entity, Product) for n in inside):
        return
    for match in _RECEIVED.finditer(clause.text):
        at, end = clause.start + match.start(), clause.start + match.end()
        agent = next((n.entity for n in inside if _authority(n.entity) and end <= n.span.start <= end + 40), None)
        company = next((n.entity for n in reversed(inside) if isinstance(n.entity, Company) and n.span.start < at),
                       None)
        if agent is not None and company is not None:
            yield completed(EventType.APPROVAL, clause, agent, company)


def shareholder_votes(clause: Span, inside: list[Named], last_deal: Entity | None) -> Iterator[Draft]:
    """Shareholders approving for their company (named before them, or referred to), the deal told of last when
    "the deal" is what they approve; not a payout or buyback they vote for, which is its own event."""
    match = _VOTED.search(clause.text)
    if match is None or _PAYOUT.search(clause.text):
        return
    at = clause.start + match.start()
    company = next((n.entity for n in reversed(inside) if isinstance(n.entity, Company) and n.span.start <= at), None)
    if company is None:
        return
    deal = last_deal if _THE_DEAL.match(clause.text, match.end()) else None
    yield completed(EventType.APPROVAL, clause, company, deal or company)


def _authority(entity: Entity) -> bool:
    return isinstance(entity, Organization) and entity.role in _AUTHORITIES
