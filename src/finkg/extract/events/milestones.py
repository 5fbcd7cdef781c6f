"""Milestones: a company's listing on a board, listings of a group, a board's anniversary and size, a plant
opened; and a project told as its own subject, started up (a milestone) or due (a plan)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...records import Company, Entity, EventType, Organization, Span, Status
from .drafts import Draft, Named, completed, first_fact, month_of, segment_at

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
    r"\bnumber of (?:listed )?companies\b(?:[^.;]|\.\d)*?\b(?:passed|exceeded|surpassed|topped|crossed|broke through)\b"
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
# Ground broken or building begun is a milestone too: "broke ground on a battery cell plant in Karawang, Indonesia",
# "began building the first 20 GWh phase of its plant in Kenitra", "started production ... at an air-conditioner park".
_WORKS = r"(?:plant|factory|base|line|fab|park|complex|facility|phase|project)"
_OPENED = re.compile(
    r"\b(?:opened|commissioned|started up|inaugurated|(?:began|started) (?:building|construction (?:of|on))|"
    # the day and the place may come between: "broke ground on December 18 on a plant", "broke ground near Zaragoza,
    # Spain, on a lithium iron phosphate plant"
    r"(?:broke ground|started production)(?: on [A-Z][a-z]+ \d{1,2},?)?"
    r"(?: (?:near|in) [A-Z][\w-]+(?:, [A-Z][\w-]+)?,?)? (?:on|at)) (?P<plant>(?:an?|its|the) (?:new |first )?"
    rf"(?:[\w.-]+ ){{0,5}}{_WORKS}(?: (?:of (?:its|the|an?) (?:[\w.-]+ ){{0,3}}{_WORKS} )?(?:in|at|near) [A-Z][\w-]+"
    r"(?:, [A-Z][\w-]+)?)?)|\b(?:started|began|entered) mass production\b|\bbroke ground\b"
)


# A project as a clause's subject: "Its 1.6 million-tonne high-performance resin and new materials project", "A
# 50,000-tonne cathode material plant in Morocco", "The first factory of its Mexico industrial park".
_PROJECT = (
    r"(?:^|(?<=, )|(?<=\band )|(?<=^Abroad, ))\s*(?P<det>(?:[Ii]ts|[Tt]heir|[Aa]n?|[Tt]he)\s+)?"
    # "and" joins a project's words only after its determiner ("Its ... resin and new materials project"), never
    # a clause to it ("revenue rose and a new plant opened")
    r"(?P<project>(?:(?(det)|(?!and\b))(?!(?:while|but|which|that)\b)[\w.'’()-]+(?:,\d[\w.'’()-]*)*\s+){0,7}?"
    r"(?:project|unit|plant|factory|base|line|fab|expansion|facility|phase|site)s?"
    r"(?:\s+(?:in|of)\s+(?:its\s+|the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:\s+(?:industrial park|region|plant))?)?)"
    r"(?:\s+there)?"
)
# Put to work: "started up in July 2024", "reached full operation", "succeeded in trial production", "was completed
# and put into production", "came on stream", "is running", "was already producing".
_PROJECT_DONE = re.compile(
    _PROJECT + r"(?:,\s(?:[^,;.]|\.\d){1,60},)?\s+(?:(?:was|were|is|are|has|have)\s+)?(?:already\s+)?"
    r"(?:started up|reached full (?:operation|production|capacity)|went into (?:production|operation|service)|"
    r"(?:completed and )?put into (?:production|operation|service)|came on stream|succeeded in trial production|"
    r"began (?:production|operating|operations)|opened|running|producing|ran at full capacity|"
    r"(?:entered|started|began|reached) (?:mass |commercial )?production)\b"
)
# Still to come: "(A 700,000-tonne MDI expansion in Fujian), due in the second quarter of 2026", "is under
# construction".
_PROJECT_DUE = re.compile(
    _PROJECT + r"(?:(?:,\s+|\s+(?:is|are)\s+)(?:due|scheduled|set) (?:in|by|for|to)|"
    r"\s+(?:is|are) (?:under construction|being built))\b"
)


def project_events(clause: Span, inside: list[Named], topic: Entity | None, amounts: list[str]) -> Iterator[Draft]:
    """A project told as a clause's subject is its company's: the one named before it in the clause, else the one
    referred to or the paragraph is about. Put to work, it is a milestone; due or under construction, a plan."""
    for pattern, kind in ((_PROJECT_DONE, EventType.MILESTONE), (_PROJECT_DUE, EventType.INVESTMENT_PLAN)):
        for match in pattern.finditer(clause.text):
            at = clause.start + match.start()
            company = next(
                (n.entity for n in reversed(inside) if isinstance(n.entity, Company) and n.span.start <= at), topic
            )
            if company is None:
                continue
            if kind is EventType.MILESTONE:
                yield completed(kind, clause, company, None, wording=match.group("project"))
            else:
                yield replace(completed(kind, clause, company, None, wording=match.group("project"),
                                        amount=first_fact(amounts)), status=Status.PLANNED)


def _main_board(organizations: tuple[Organization, ...]) -> Organization | None:
    boards = [o for o in organizations if o.role == "board"]
    return max(boards, key=lambda o: len(o.mentions), default=None)
