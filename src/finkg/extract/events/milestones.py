"""Milestones: a company's listing on a board, listings of a group, a board's anniversary and size, a plant
opened."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...records import Company, EventType, Organization, Span
from .drafts import Draft, Named, completed, month_of, segment_at

# A company's listing: "the battery maker that listed on ChiNext in June 2018", "before its listing in 2010",
# "since its 2004 listing".
_LISTING = re.compile(
    r"\b(?:(?:was|were|got|it|they|that|which|who)\s+listed|went public|debuted|"
    r"(?:its|their) (?:(?P<year>(?:19|20)\d\d) )?(?:listing|IPO|debut))\b"
)
# Listings of a group, left to the cohort stage: "424 companies went public on China's domestic exchanges".
_GROUP_LISTING = re.compile(
    r"\bcompanies (?:went public|debuted|made their (?:market )?debuts?|(?P<join>join(?:ed|ing)))\b"
)
# A board's anniversary: "The STAR Market marked its fourth anniversary", "on the board's sixth anniversary".
_ANNIVERSARY = re.compile(r"\b(?:[\w-]+ )?anniversary\b|\bturned (?:\d{1,3}|five|ten|fifteen|twenty|thirty)\b(?!\s*%)")
# A board's size passing a mark: "The number of companies on the STAR Market passed 500 in 2022".
_BOARD_SIZE = re.compile(
    r"\bnumber of (?:listed )?companies\b[^.;]*?\b(?:passed|exceeded|surpassed|topped|crossed|broke through)\b"
)


def market_milestones(clause: Span, inside: list[Named], organizations: tuple[Organization, ...]) -> Iterator[Draft]:
    """A company's listing on a board and a board's anniversary. The board is the one named in the
    clause, else the board the report names most: a listing is on the report's own market. A listing
    that neither names its board nor is dated is only a reference point ("40-fold since its debut")."""
    text = clause.text
    boards = [n.entity for n in inside if isinstance(n.entity, Organization) and n.entity.role == "board"]
    market = boards[0] if boards else _main_board(organizations)
    listing = _LISTING.search(text)
    if listing and (boards or month_of(text) or listing.group("year")):  # "risen 40-fold since its debut" only dates
        at = clause.start + listing.start()
        company = next((n.entity for n in reversed(inside) if isinstance(n.entity, Company) and n.span.end <= at), None)
        if company is not None:
            yield completed(EventType.MILESTONE, clause, company, market, wording=listing.group())
    if not any(isinstance(n.entity, Company) for n in inside) and (group := _GROUP_LISTING.search(text)):
        wording = segment_at(text, group.start())
        joined = next((b for b in boards if b.label in wording), None)  # "20 companies joining ChiNext": the board's
        if joined or not group.group("join"):  # companies join an index, a campaign: a listing joins a board
            yield completed(EventType.MILESTONE, clause, None, joined, wording=wording)
    if boards and (_ANNIVERSARY.search(text) or _BOARD_SIZE.search(text)):
        yield completed(EventType.MILESTONE, clause, boards[0], boards[0])


def plant_openings(clause: Span, inside: list[Named]) -> Iterator[Draft]:
    """A plant put to work by the company named before the verb, or referred to: "It opened a 60 GWh storage plant
    in Jingmen", "the fab started mass production"."""
    match = _OPENED.search(clause.text)
    if match is None:
        return
    at = clause.start + match.start()
    company = next((n.entity for n in reversed(inside) if isinstance(n.entity, Company) and n.span.start <= at), None)
    if company is not None:
        yield completed(EventType.MILESTONE, clause, company, None, wording=match.group("plant") or match.group())


# A plant put to work: "opened a 60 GWh storage plant in Jingmen", "started mass production".
_OPENED = re.compile(
    r"\b(?:opened|commissioned|started up) (?P<plant>an? (?:new )?(?:[\w.-]+ ){0,4}(?:plant|factory|base|line|fab)"
    r"(?: in [A-Z][\w-]+)?)|\b(?:started|began|entered) mass production\b"
)


def _main_board(organizations: tuple[Organization, ...]) -> Organization | None:
    boards = [o for o in organizations if o.role == "board"]
    return max(boards, key=lambda o: len(o.mentions), default=None)
