"""What exchanges, regulators and companies make public or decide: indices released, reports and results made
public, rules changed."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from ...records import Company, Entity, EventType, Organization, Span
from ..products import index_publisher
from .drafts import Draft, Named, completed, event_status

_RELEASE = re.compile(r"\b(?:released|launched|published)\b")
_OBLIQUE = re.compile(r"\b(?:of|on|in|at|from)\s+(?:the\s+)?$")
# A report made public: "all 248 companies had disclosed their annual reports", "the institute released its analysis"
# (not "data disclosed in the report"); a season's count: "2,265 companies had reported for the first three
# quarters"; a publisher named after its report: "In its review of May 2, the exchange said ...". A company that
# "said on March 3 that revenue rose" tells its results; the telling is no event of its own.
_DATE = rf"(?:{'|'.join(calendar.month_name[1:])}) \d{{1,2}}\b"
_DISCLOSURE = re.compile(
    r"\b(?:disclosed|published|released|filed)\b(?! (?:in|by)\b)(?:\s+[\w&'’-]+){0,8}?\s+"
    r"(?:reports?|results|analysis|figures|statements)\b|"
    r"\b(?:had|have) reported for\b|"
    rf"(?P<ahead>\b(?:in|according to) (?:its|their) (?:overview|report|review|summary|analysis|statement|bulletin) "
    rf"(?:of|on|published on|released on) {_DATE})",
    re.IGNORECASE,
)
# A board naming a group, not acting: "241 STAR Market companies disclosed ESG reports".
_GROUP_OF = re.compile(r"(?:-listed)?\s+compan(?:y|ies)\b")
# Who tells is not who discloses: "The Shanghai Stock Exchange said that 2,265 companies had reported ...".
_SAID = re.compile(r"\b(?:said|says|noted|showed|shows|announced) that\b")
# Rules changed by an exchange or a regulator: "the exchange revised its listing rules", "the CSRC issued new
# delisting rules", "the regulator issued six measures to deepen ChiNext reform" (the board named after is their
# object).
_RULES = re.compile(
    r"\b(?:revised|amended|issued|introduced|overhauled|tightened)\b (?:(?:its|their|the|new) )*(?:[\w-]+ ){0,2}?"
    r"(?:rules|regulations|guidelines|measures|policies|opinions)\b"
)
_RULE_MAKERS = {"exchange", "regulator", "government"}


def index_releases(clause: Span, products: list[Named], organizations: tuple[Organization, ...]) -> Iterator[Draft]:
    """Indices released: the publisher is the exchange whose board the index is named after."""
    if not _RELEASE.search(clause.text):
        return
    for named in products:
        publisher = index_publisher(named.entity.label, organizations)
        if publisher is not None and named.entity.label.endswith(("Index", "ETF")):
            yield completed(EventType.OTHER, clause, publisher, named.entity)


def published_reports(clause: Span, inside: list[Named]) -> Iterator[Draft]:
    """A report or results made public; a company or organization named before the verb published it, else
    the cohort stage gives the group of companies that disclosed."""
    match = _DISCLOSURE.search(clause.text)
    if not match:
        return
    yield Draft(
        event_type=EventType.OTHER,
        clause=clause,
        agent=_discloser(clause, inside, match),
        object=None,
        object_label=match.group(),
        amount=None,
        status=event_status(EventType.OTHER, clause.text[: match.end()]),
    )


def _discloser(clause: Span, inside: list[Named], match: re.Match[str]) -> Entity | None:
    """Who made a report public: the company or organization named last before the verb (not who tells of it);
    after "In its overview of May 2," the one named next, whom "its" points forward to."""
    at = clause.start + match.start()
    if match.group("ahead"):
        after = clause.start + match.end()
        return next(
            (n.entity for n in inside if isinstance(n.entity, Organization | Company) and n.span.start >= after), None
        )
    text, start = clause.text, clause.start
    told = max((start + m.end() for m in _SAID.finditer(text, 0, match.start())), default=start)
    return next(
        (
            n.entity
            for n in reversed(inside)
            if isinstance(n.entity, Organization | Company)
            and told <= n.span.start
            and n.span.end <= at
            and not _OBLIQUE.search(text, max(0, n.span.start - start - 12), n.span.start - start)
            and not text[: n.span.start - start].endswith("(")
            and not _GROUP_OF.match(text, n.span.end - start)
        ),
        None,
    )  # "companies on the STAR Market of the Shanghai Stock Exchange (SSE) had released ...": the companies


def rule_changes(clause: Span, inside: list[Named]) -> Iterator[Draft]:
    """Rules revised or issued by the exchange, regulator or ministry named last before the verb, for the board
    named after it, if any."""
    match = _RULES.search(clause.text)
    if match is None:
        return
    at = clause.start + match.start()
    board = next((n.entity for n in inside if _is_board(n.entity) and n.span.start > at), None)
    agent = next(
        (
            n.entity
            for n in reversed(inside)
            if isinstance(n.entity, Organization) and n.entity.role in _RULE_MAKERS and n.span.end <= at
        ),
        None,
    )
    if agent is not None:
        yield Draft(
            event_type=EventType.OTHER,
            clause=clause,
            agent=agent,
            object=board,
            object_label=match.group(),
            amount=None,
            status=event_status(EventType.OTHER, clause.text[: match.end()]),
        )


def _is_board(entity: Entity) -> bool:
    return isinstance(entity, Organization) and entity.role == "board"
