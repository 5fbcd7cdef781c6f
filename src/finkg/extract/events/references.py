"""The mentions a clause holds, and those it refers back to rather than names: "It", "The company", "the
exchange", "the regulator" stand for what the paragraph or report was last about."""

from __future__ import annotations

import bisect
import re

from ...records import Company, Document, Entity, Organization, Product, Span
from ..names import IT, named_in_passing
from .drafts import Named

# A company referred back to rather than named: "It shipped ...", "its first annual loss", "The company applied
# ...", "The carmaker sold ...", "the stock touched", "The board proposed a dividend" (not "It is worth noting",
# not "IT services", not "the group of companies", not the market's board, not a campaign "since it began").
_ANAPHOR = re.compile(
    r"(?-i:(?<!since )\b[Ii]t(?! (?:is|was|has been|will be|would be|should|seems|appears|began|started)\b)\b|"
    r"\b[Ii]ts\b)|"
    r"\bthe (?:[\w-]+ ){0,2}?(?:company|group(?! of)|firm|carmaker|automaker|chipmaker|maker|producer|manufacturer)\b|"
    r"\bthe (?:stock|shares)\b(?! (?:of|in)\b)|"
    r"\bthe board(?= (?:of directors )?(?:has |had |also |then )*"
    r"(?:propos|approv|recommend|declar|decide|resolv|plan)\w*)",
    re.IGNORECASE,
)
# A clause whose subject refers back, before any name: "At the end of 2024 it paid ...", "On January 21 its board
# approved the purchase of Hangjin Energy": the companies named after it are what it deals with.
_LEADING_ANAPHOR = re.compile(
    r"\s*(?:(?:In|On|At|By|During|Later|Also|Meanwhile|Then)\b[^,;]{0,40}?,?\s+)?"
    rf"(?:{IT}|[Ii]ts|[Tt]he (?:stock|shares))\b(?!['’]s)"
)
# An institution referred back to by its role: "according to the exchange", "the exchange revised its listing
# rules", "the regulator cleared Guosen's purchase", "the securities regulator approved".
_THE_INSTITUTION = re.compile(
    r"\bthe (?:(?P<exchange>exchange)|(?:securities |banking |market )?(?P<regulator>regulator))\b", re.IGNORECASE
)


def starting_in(named: list[Named], clause: Span) -> list[Named]:
    """The mentions (in text order) that start inside `clause`, by bisection rather than a scan."""
    low = bisect.bisect_left(named, clause.start, key=_start)
    return named[low : bisect.bisect_left(named, clause.end, key=_start)]


def antecedent(document: Document, clause: Span, named: list[Named], told: Company | None = None) -> list[Named]:
    """The company a clause that names none refers back to ("It shipped ...", "The board proposed ..."), as a
    mention at the clause's start: the company the clause's own figures were found to be about (`told`), else
    the topic (first company, product or market named) of the paragraph's last sentence that names one, when
    that topic is a company. "The board" or "the company" is never a product or a market, so only companies
    count for them."""
    match = _ANAPHOR.search(clause.text)
    if match is None:
        return []
    leading = _LEADING_ANAPHOR.match(clause.text)  # "At the end of 2024 it paid ... for 88.65% of Shaanxi Coal Power"
    named_before = [n for n in starting_in(named, clause) if isinstance(n.entity, Company)
                    and (not leading or n.span.start < clause.start + leading.end())]
    if named_before:
        return []
    if told is not None and told not in {n.entity for n in starting_in(named, clause)}:
        # the facts followed the report company by company, sentence by sentence (not a company the clause names:
        # "its board approved the purchase of all of Hangjin Energy from the parent, China Energy Investment")
        return [Named(told, Span(clause.doc_id, clause.start, clause.start, ""))]
    paragraph = document.sentence_at(clause.start).paragraph
    # "its" is never the clause's own subject: in "The listing committee of the exchange heard its application"
    # it is the company named before the clause
    until = clause.start if match.group().lower() == "its" else clause.start + match.start()
    before = named[: bisect.bisect_left(named, until, key=_start)]
    salient = _salient if match.group().lower().startswith("it") else _company
    # not a name in passing ("Customers outside SAIC Motor supplied 62.2% of revenue. The company plans to pay ...")
    text = document.text
    last = next((n for n in reversed(before) if salient(n.entity) and not named_in_passing(
        text, document.sentence_at(n.span.start).span.start, n.span.start)), None)
    if last is None:
        return []
    sentence = document.sentence_at(last.span.start)
    # a clause opening on "It" or "The company" may go on about the paragraph before (not "Since its launch", a
    # campaign's)
    if not (sentence.paragraph == paragraph or (leading and _goes_on(document, paragraph, last, before))):
        return []
    topic = next(n for n in starting_in(named, sentence.span) if salient(n.entity) and not named_in_passing(
        text, sentence.span.start, n.span.start))
    leading = _LEADING_ANAPHOR.match(sentence.span.text)
    if leading and topic.span.start >= sentence.span.start + leading.end():
        # that sentence refers back too ("On January 16 it agreed to buy 24.82% of Zangge Mining"): its company
        # is what it refers to, not the one it buys
        return [Named(n.entity, Span(clause.doc_id, clause.start, clause.start, ""))
                for n in antecedent(document, sentence.span, named)]
    if not isinstance(topic.entity, Company):
        return []
    return [Named(topic.entity, Span(clause.doc_id, clause.start, clause.start, ""))]


def paragraph_company(document: Document, clause: Span, named: list[Named]) -> Entity | None:
    """The company named last before `clause` in its paragraph, or in the paragraph before when this one has named
    nothing yet: what a clause that names none and refers to none is still about ("A 50,000-tonne cathode plant in
    Morocco is under construction")."""
    paragraph = document.sentence_at(clause.start).paragraph
    before = named[: bisect.bisect_left(named, clause.start, key=_start)]
    last = next((n for n in reversed(before) if isinstance(n.entity, Company)), None)
    if last is None:
        return None
    at = document.sentence_at(last.span.start).paragraph
    return last.entity if at == paragraph or _goes_on(document, paragraph, last, before) else None


def _goes_on(document: Document, paragraph: int, last: Named, before: list[Named]) -> bool:
    """True when `last` was named in the paragraph before `paragraph`, which has named nothing yet: a paragraph
    that names no one goes on about the company of the one before."""
    return (document.sentence_at(last.span.start).paragraph == paragraph - 1
            and document.sentence_at(before[-1].span.start).paragraph < paragraph)


def institution_antecedent(clause: Span, named: list[Named]) -> list[Named]:
    """The exchange or regulator named last before "the exchange" or "the regulator", as a mention where those
    words stand."""
    match = _THE_INSTITUTION.search(clause.text)
    if match is None:
        return []
    role = "exchange" if match.group("exchange") else "regulator"
    at = clause.start + match.start()
    last = next(
        (
            n.entity
            for n in reversed(named[: bisect.bisect_left(named, at, key=_start)])
            if isinstance(n.entity, Organization) and n.entity.role == role
        ),
        None,
    )
    return [Named(last, Span(clause.doc_id, at, at, ""))] if last else []


def _salient(entity: Entity) -> bool:
    """What "it" may stand for in a report: a company, a product or a market (not a regulator it cites)."""
    return isinstance(entity, Company | Product) or (
        isinstance(entity, Organization) and entity.role in {"board", "exchange"}
    )


def _company(entity: Entity) -> bool:
    return isinstance(entity, Company)


def _start(named: Named) -> int:
    return named.span.start
