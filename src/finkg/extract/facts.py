"""Facts: each quantity attached to its subject, measure, period and, for changes, its base.

Attachment is positional and explainable: the subject is the nearest company, organization or
cohort named before the figure in its clause (else the sentence's, else the previous sentence's
subject); the measure is the nearest measure wording; coordinated lists pair up in order
("revenue and net profit increased 22.5% and 41.4%, respectively").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from ..records import Cohort, Company, Document, Entity, EntityType, Fact, Kind, Organization, Quantity, Sentence
from .cohorts import Mention
from .measures import AVERAGED, Cue, counted_measure, find_cues
from .periods import Calendar, calendar, clause_period, default_period, pre_listing
from .quantity_cues import percent_kind

_Item = TypeVar("_Item", Mention, Cue)

_COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|、)\s*$")
_SHARE_MEASURES = {
    "employees_share",
    "holding_share",
    "company_share",
    "coverage_rate",
    "autonomy_rate",
    "localization_rate",
}
_RATE_MEASURES = {"rd_intensity", "gross_margin", "coupon_rate", "dividend_payout_ratio"}
_OF_COMPANIES = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:total\s+(?:number\s+of\s+)?)?(?:[\w-]+\s+){0,3}?"
    r"(?:compan(?:y|ies)|enterprises|firms)|(?:of\s+(?:them|these)\s+)?"
    r"(?:achieved|were|have|had|launched|saw|recorded|made|ended|increased|raised|posted|reported)\b)",
    re.IGNORECASE,
)
_OF_REVENUE = re.compile(r"^\s*of\s+(?:the\s+)?(?:total\s+|operating\s+)?(?:revenue|operating income)", re.IGNORECASE)
_AS_OF = re.compile(r"\b(?:as of|by|end of|beginning of|start of|at the end of)\s*(?:the\s+)?$", re.IGNORECASE)
_OBLIQUE = re.compile(
    r"(?:\b(?:to|on|in|into|from|with|than|at|towards|over|across)\s+(?:the\s+)?|"
    r"\bof\s+the\s+total\s+[\w\s]{0,30}?\bof\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_INDEX_PRODUCT = re.compile(r"\b(?:index|indices|ETFs?|funds?)\b", re.IGNORECASE)
_OPENING = re.compile(
    r"^(?:In|As of|By|Since|Up to|Until|During|For|At|From|Currently|So far|To date)\b[^,;]*?(?:,\s*\d{4})?,"
)
_OPENS_SUBSET = re.compile(r"^\s*(?:[Oo]f (?:these|them|which)|[Aa]mong (?:them|these|which))\b")
_CONTINUES = re.compile(
    r"^\s*(?:[Oo]f (?:these|them|which)|[Aa]mong (?:them|these|which)|[Ff]or (?:example|instance)|[Ii]n particular)\b"
)
_MONEY = {"CNY", "USD", "HKD", "EUR"}
_ANAPHOR = re.compile(
    r"\b(?:these|those|the above|the said)\s+(?:[\w-]+\s+)?(?:companies|enterprises|firms)\b|"
    r"\b(?:the|this) group\b|\b(?:[Ii]ts|[Tt]heir)\b",
)
_COMPANY_WORD = re.compile(r"\b(?:compan|enterpris|firm)", re.IGNORECASE)
_BRACKET_AFTER_NAME = re.compile(r"[A-Z][\w-]*\s+\(\s*$")
_GAPPED = re.compile(r"\b(?:and|while|but|led by)\s+(?:(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+)?(?:by|with)\s+$")
_THE_BOARD = re.compile(r"(?<!of )\bthe (?:board|market|exchange)(?:'s|’s|-wide)\b|\bboard-wide\b")
_OF_SHARES = re.compile(r"\s*of\s+(?:the\s+|its\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:total\s+|outstanding\s+)?shares\b")
_EARLIER_AFTER = re.compile(
    r",?\s+(?:a year (?:earlier|ago|before)|the year before|in the (?:previous|prior) year|last year)\b", re.IGNORECASE
)
_FROM_AFTER_TO = re.compile(r"\bto\s+[^,;]*?\bfrom\s+$|\b(?:against|compared with|versus)\s+$", re.IGNORECASE)
_THE_FIGURES = re.compile(r"\bthe (?:two|three|four|five|both|same) (?:figures|indicators|measures|metrics)\b", re.I)
_PAYOUT = re.compile(r"\b(?:distribut\w*|paid out|pays? out|paying out)\s+(?:(?:over|more than|about|nearly)\s+)?$")
_OF_PROFIT = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:\d{4}\s+)?(?:annual\s+)?(?:net\s+)?profits?\b", re.I)
_OF_WHOLE = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+(?:'s|’s)?\s+){0,3}$")
_AND_BEFORE = re.compile(r"\b(?:and|but|while)\s+$")
_OWN_PERIOD = re.compile(r"\s+(?:in|for|during)\s+(?:the\s+)?(?:first|second|third|fourth|[1-4]Q|Q[1-4]|20\d\d)\b")
_SHARE_VERB = re.compile(
    r"\b(?:make|makes|made|making)\s+up\b|\baccount(?:s|ed|ing)?\s+for\b|\b(?:represent|constitut)(?:s|e|es|ed|ing)?\b"
)
# A figure per company: "701 million yuan per company on average", "The average company reported ...".
_PER_COMPANY_AFTER = re.compile(r"[^,;.()]{0,30}?\b(?:per (?:company|firm|enterprise)|on average)\b", re.IGNORECASE)
_PER_COMPANY_BEFORE = re.compile(
    r"\b(?:on average|an average of|the average (?:company|firm|enterprise)|averag(?:ed|ing)|each (?:company|firm))\b",
    re.IGNORECASE,
)
# "45% of the total market value", "30% in both revenue and net profit": the measure follows
_OF_TOTAL = re.compile(r"\s*(?:of\s+(?:the\s+)?total\b|(?:in|of)\s+(?:both\s+)?(?:their\s+|its\s+)?$)")
# A name in a list of examples ("companies such as A, B and C"): the list's head is the subject.
_EXAMPLE = re.compile(
    r"\b(?:such as|including|like|e\.g\.)\s+(?:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*(?:,\s*(?:and\s+)?|\s+and\s+))*$"
)
_STAKE = re.compile(r"\s+(?:equity\s+)?(?:stake|interest|shareholding)\b", re.IGNORECASE)
_OF_NET_PROFIT = re.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:\d{4}\s+)?(?:annual\s+)?net\s+profit", re.IGNORECASE
)
_TO_LEVEL = re.compile(r"\bto\s+(?:(?:about|nearly|over|more than|around)\s+)?(?:RMB|CNY|HK\$|US\$|\$)?\s*$")
_AS_OF_WORDS = re.compile(r"\bas of\b", re.IGNORECASE)
_CONSECUTIVE = re.compile(r"\bconsecutive\b|\bin a row\b|\bstraight\b", re.IGNORECASE)
_YEARS = re.compile(r"\d{4}-\d{4}")
_COMPOUND = re.compile(r"\bcompound(?:ed)?\b|\bCAGR\b", re.IGNORECASE)
_FOR_ALL = re.compile(r"\s+(?:for|of|among)\s+(?:all\s+)?(?:the\s+)?", re.IGNORECASE)
_OWNER = re.compile(r"[^,;.]{0,40}?\b(?:from|of|by)\s+(?:the\s+)?", re.IGNORECASE)
_CHANGES = (Kind.CHANGE_PCT, Kind.CHANGE_PP, Kind.CHANGE_ABS, Kind.MULTIPLE)
_AGGREGATE_MEASURES = {
    "revenue",
    "net_profit",
    "net_loss",
    "rd_investment",
    "rd_intensity",
    "rd_personnel",
    "invention_patents",
    "overseas_revenue",
    "cash_dividends",
    "company_share",
    "cash_from_sales",
}


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int


def link_facts(
    document: Document,
    quantities: tuple[Quantity, ...],
    entities: tuple[Entity, ...],
    mentions: tuple[Mention, ...],
    count_cohorts: dict[int, str],
    population: str | None,
) -> tuple[Fact, ...]:
    """One fact per quantity, in text order, ids q1, q2 ... matching the quantities' order."""
    return tuple(_Linker(document, quantities, entities, mentions, count_cohorts, population).run())


class _Linker:
    def __init__(
        self,
        document: Document,
        quantities: tuple[Quantity, ...],
        entities: tuple[Entity, ...],
        mentions: tuple[Mention, ...],
        count_cohorts: dict[int, str],
        population: str | None,
    ) -> None:
        self.document = document
        self.quantities = quantities
        self.quantity_starts = [q.span.start for q in quantities]  # in text order
        self.cues = find_cues(document.text)
        self.cue_starts = [cue.start for cue in self.cues]
        self.count_cohorts = count_cohorts
        self.population = population
        self.calendar: Calendar = calendar(document)
        self.named_periods: dict[str, str | None] = {}
        self.entities = {e.ref: e for e in entities}
        spans = [Mention(m.start, m.end, e.ref) for e in entities if _can_be_subject(e) for m in e.mentions]
        self.all_mentions = _without_overlaps([*mentions, *spans])
        self.mentions = [m for m in self.all_mentions if not self._oblique(m)]
        self.facts: list[Fact] = []
        self.topic_subject: str | None = population
        self.topic_measure: str | None = None
        self.antecedent: str | None = None  # what the previous sentence was about, for "the group", "its"

    def _cues_in(self, start: int, end: int) -> tuple[Cue, ...]:
        """The measure wordings between two offsets, found once for the whole document."""
        return self.cues[bisect.bisect_left(self.cue_starts, start) : bisect.bisect_left(self.cue_starts, end)]

    def _heads(self, mentions: list[Mention]) -> list[Mention]:
        """Leave out companies named as examples of a cohort ("the top 10 companies, such as A and B"):
        figures of the sentence are the cohort's."""
        members = {
            member
            for m in mentions
            if isinstance(cohort := self.entities.get(m.ref), Cohort)
            for member in cohort.members
        }
        text = self.document.text
        return [
            m
            for m in mentions
            if m.ref not in members and not _EXAMPLE.search(text, max(0, m.start - 120), m.start)
        ]

    def _oblique(self, mention: Mention) -> bool:
        """A name after a preposition ("listed on the X", "of the total value of X") is no subject."""
        return bool(_OBLIQUE.search(self.document.text, max(0, mention.start - 60), mention.start))

    def run(self) -> list[Fact]:
        by_sentence: dict[int, list[int]] = {}
        for index, quantity in enumerate(self.quantities):
            by_sentence.setdefault(self.document.sentence_at(quantity.span.start).index, []).append(index)
        for sentence in self.document.sentences:
            indices = by_sentence.get(sentence.index, [])
            if indices:
                self._sentence(sentence.index, indices)
            else:
                self._update_topic(sentence.span.start, sentence.span.end)
        return self.facts

    # -- per sentence ----------------------------------------------------------------------------

    def _sentence(self, number: int, indices: list[int]) -> None:
        sentence = self.document.sentences[number].span
        cues = self._cues_in(sentence.start, sentence.end)
        subjects = self._heads(_starting_in(self.mentions, sentence.start, sentence.end))
        listed = _starting_in(self.all_mentions, sentence.start, sentence.end)
        groups = _coordinated_groups(self.document.text, [self.quantities[i] for i in indices])
        position = 0
        for group in groups:
            members = [indices[position + k] for k in range(len(group))]
            position += len(group)
            zipped_subjects = _zip_run(self.document.text, listed, group) if len(group) > 1 else None
            zipped_cues = _zip_run(self.document.text, list(cues), group) if len(group) > 1 else None
            respectively = len(group) > 1 and _respectively(self.document.text, group)
            if zipped_cues is None and zipped_subjects is None and respectively:
                zipped_cues = _last_distinct(cues, group)
            if zipped_cues is None and len(group) > 1:
                zipped_cues = self._levels_changed(number, group)
            for k, index in enumerate(members):
                quantity = group[k]
                clause = _clause_of(sentence.text, sentence.start, quantity.span.start)
                inherited = self._inherited_count(quantity, index, number)
                subject = (
                    self.count_cohorts.get(index)
                    or (inherited.subject if inherited else None)
                    or (zipped_subjects[k].ref if zipped_subjects else None)
                    or self._subject(quantity, clause, subjects)
                )
                cue = zipped_cues[k] if zipped_cues else None
                parallel = self._parallel(quantity, number)
                inherited = inherited or parallel
                measure = inherited.measure if inherited else self._measure(quantity, index, clause, cues, cue)
                measure = self._per_company(quantity, clause, measure)
                subject = self._aggregate_subject(subject, measure)
                if measure == "publication_date":
                    subject = self._publisher() or subject
                measure = self._own_measure(subject, measure)
                kind = parallel.kind if parallel else self._kind(quantity, measure)
                period = self._period(quantity, kind, clause, sentence.start, sentence.text)
                base = self._base(subject, measure, kind, number)
                self.facts.append(
                    Fact(
                        id=f"q{index + 1}",
                        quantity=quantity,
                        sentence=number,
                        subject=subject,
                        measure=measure,
                        period=period,
                        kind=kind,
                        base=base,
                    )
                )
        self._forward_bases(number)
        first_level = next((f for f in self.facts if f.sentence == number and f.kind != Kind.COUNT), None)
        money = next((f for f in self.facts if f.sentence == number and f.quantity.unit in _MONEY), None)
        self._update_topic(sentence.start, sentence.end, first_level.subject if first_level else None,
                           money.measure if money else None)

    def _parallel(self, quantity: Quantity, number: int) -> Fact | None:
        """ "led with 23.99%, ahead of the SME Board (16.30%)", "makers raised profit by 7.1% and carmakers
        by 11.1%": a bracketed or gapped figure is the same kind of figure as the sentence's one before it."""
        text = self.document.text
        lead = max(0, quantity.span.start - 60)
        bracketed = text[quantity.span.end : quantity.span.end + 1] == ")" and _BRACKET_AFTER_NAME.search(
            text, lead, quantity.span.start
        )
        gapped = _GAPPED.search(text, lead, quantity.span.start)
        if gapped and self._cues_in(gapped.start(), quantity.span.start):
            gapped = None  # "and net profit reduced by 62%" names its own measure
        paired = _AND_BEFORE.search(text, lead, quantity.span.start) and _OWN_PERIOD.match(text, quantity.span.end)
        if not bracketed and not gapped and not paired:  # "up 9% in the first half and 5% in the second half"
            return None
        same = (f for f in reversed(self.facts) if f.sentence == number and f.quantity.unit == quantity.unit)
        return next(same, None)

    def _levels_changed(self, number: int, group: list[Quantity]) -> list[Cue] | None:
        """ "revenue of A and net profit of B, up 5% and 9%": a list of changes follows the levels it changes."""
        if not all(q.kind in (Kind.CHANGE_PCT, Kind.CHANGE_PP, Kind.CAGR) for q in group):
            return None
        here = [f for f in self.facts if f.sentence == number and f.kind == Kind.LEVEL]
        if not here and _THE_FIGURES.search(self.document.sentences[number].span.text):
            here = [f for f in self.facts if f.sentence == number - 1 or f.sentence == number - 2]
            here = [f for f in here if f.kind == Kind.LEVEL]  # "the three figures grew at 8%, 6% and 7%"
        levels = here[-len(group) :]
        if len(levels) < len(group) or len({f.measure for f in levels}) < len(group):
            return None
        return [Cue(f.measure, f.quantity.span.start, f.quantity.span.end) for f in levels]

    def _update_topic(self, start: int, end: int, main: str | None = None, measure: str | None = None) -> None:
        """Remember what the sentence was about, for the next one's ellipsis ("Net profit was ...")."""
        text = self.document.text[start:end]
        cues = self._cues_in(start, end)
        if measure or cues:
            self.topic_measure = measure or cues[-1].measure
        sentence = self.document.sentence_at(start)
        sentences = self.document.sentences
        following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
        inside = _starting_in(self.mentions, start, end)
        if main is None:
            main = next((m.ref for m in inside if m.ref.startswith("cohort/")), None) or next(
                (m.ref for m in inside if m.start < start + 60 and m.ref.startswith("company/")), None)
        self.antecedent = main or self.antecedent
        if following is not None and following.paragraph != sentence.paragraph and self.population:
            self.topic_subject = self._paragraph_topic(following)
            return
        if _OPENS_SUBSET.match(text):
            return
        if main is not None:
            self.topic_subject = main

    def _paragraph_topic(self, opening: Sentence) -> str | None:
        """A new paragraph is about what its first sentence names ("The turnaround came late: ... and
        Cambricon made ..."), else about the whole population."""
        named = _starting_in(self.mentions, opening.span.start, opening.span.end)
        return next((m.ref for m in named if m.ref.startswith(("cohort/", "company/"))), self.population)

    # -- subject ---------------------------------------------------------------------------------

    def _subject(self, quantity: Quantity, clause: _Clause, subjects: list[Mention]) -> str | None:
        """The nearest name before the figure in its clause, an owner after it ("850 products from 380
        companies"), else the topic."""
        before = [m for m in subjects if clause.start <= m.start and m.end <= quantity.span.start]
        text = self.document.text
        owner = _OWNER.match(text, quantity.span.end) if quantity.kind == Kind.COUNT else None
        owner = owner or _FOR_ALL.match(text, quantity.span.end)
        if before and _SHARE_VERB.search(text, before[-1].end, quantity.span.start):
            return before[-1].ref  # "SMEs account for 80% of BSE companies": the share is the SMEs'
        counted = next((f for f in reversed(self.facts) if f.measure == "company_count"
                        and clause.start <= f.quantity.span.start), None)
        if counted and _SHARE_VERB.search(text, counted.quantity.span.end, quantity.span.start):
            return counted.subject  # "532 companies in emerging industries, accounting for 33% of all ..."
        if owner:
            after = [m for m in self.all_mentions if owner.end() <= m.start < owner.end() + 5]
            if after:
                return after[0].ref
        if before:
            return before[-1].ref
        if self.population and _THE_BOARD.search(text, clause.start, quantity.span.start):
            return self.population  # "the board's total R&D investment": the whole population's
        if self.antecedent and _ANAPHOR.search(text, clause.start, quantity.span.start):
            return self.antecedent  # "the group's margin", "Its investment": what the last sentence was about
        earlier = [m for m in subjects if m.end <= quantity.span.start and not m.ref.startswith("organization/")]
        return earlier[0].ref if earlier else self.topic_subject

    def _own_measure(self, subject: str | None, measure: str) -> str:
        """One company has no average or median: "BTR spent the most" after an average is BTR's own figure."""
        if isinstance(self.entities.get(subject or ""), Company) and measure.startswith(("average_", "median_")):
            return measure.split("_", 1)[1]
        return measure

    def _aggregate_subject(self, subject: str | None, measure: str) -> str | None:
        """A board named as the holder of a company aggregate means the board's companies."""
        entity = self.entities.get(subject or "")
        population = self.entities.get(self.population or "")
        if (
            isinstance(entity, Organization)
            and population is not None
            and any(name.lower() in population.label.lower() for name in (entity.label, *entity.aliases))
            and measure.removeprefix("average_").removeprefix("median_") in _AGGREGATE_MEASURES
        ):
            return population.ref
        return subject

    # -- measure ---------------------------------------------------------------------------------

    def _measure(
        self, quantity: Quantity, index: int, clause: _Clause, cues: tuple[Cue, ...], zipped: Cue | None
    ) -> str:
        text = self.document.text
        after = text[quantity.span.end : clause.end]
        if quantity.kind == Kind.DATE:
            if self._dateline(quantity):
                return "publication_date"
            return (
                "as_of_date"
                if _AS_OF.search(text[max(clause.start, quantity.span.start - 30) : quantity.span.start])
                or re.match(r"^(?:end|beginning|start) of", quantity.span.text)
                else "event_date"
            )
        if quantity.unit == "count" or quantity.kind in (Kind.COUNT,):
            if index in self.count_cohorts:
                return "company_count"
            if quantity.counted:
                if (
                    re.search(r"invention patents?", quantity.span.text + after[:20], re.IGNORECASE)
                    and "reserve" not in after[:40]
                ):
                    return "invention_patents"
                if re.search(r"\b(?:last|past)\s+$", text[max(0, quantity.span.start - 6) : quantity.span.start]):
                    return "period_length"
                measure = counted_measure(quantity.counted)
                if measure == "consecutive_periods" and not _CONSECUTIVE.search(text, quantity.span.start,
                                                                                quantity.span.end + 14):
                    return "period_length"  # "over the four years" is a span of time, not a streak
                if measure:
                    return measure
        if zipped is not None:
            return zipped.measure
        if quantity.kind == Kind.RANK:
            return "market_share_rank"
        before = [c for c in cues if clause.start <= c.start and c.start < quantity.span.end]
        segment_start = _segment_start(text, clause.start, quantity.span.start)
        if quantity.kind in (Kind.CHANGE_PCT, Kind.CHANGE_PP) and not any(c.start >= segment_start for c in before):
            inherited = self._last_level(clause, quantity.kind)
            if inherited is not None:
                return inherited.measure
        following = [c for c in cues if quantity.span.end <= c.start < clause.end]
        if following and following[0].measure == "use_of_proceeds" and following[0].start - quantity.span.end < 15:
            return following[0].measure  # "967 million yuan will be used for ..."
        held = _STAKE.match(text, quantity.span.end) or _OF_SHARES.match(text, quantity.span.end)
        if quantity.unit == "percent" and _PAYOUT.search(text, clause.start, quantity.span.start) and _OF_PROFIT.match(
                text, quantity.span.end):
            return "dividend_payout_ratio"  # "distributed over 30% of their profit"
        if quantity.unit == "percent" and held:
            return "holding_share"  # "a 20% stake in ...", "held 2.4% of the board's shares"
        if quantity.unit == "percent":
            denominator = following and re.match(r"\s*of\b", text[quantity.span.end : following[0].end])
            if denominator and following[0].measure in _SHARE_MEASURES and following[0].start - quantity.span.end < 40:
                return following[0].measure
            of_companies = _COMPANY_WORD.search(text, quantity.span.end, following[0].start) if following else None
            if denominator and quantity.kind == Kind.SHARE and not of_companies and self._stated_here(
                    quantity, following[0].measure):
                return following[0].measure  # "revenue of A, making up 49% of the board's revenue"
            if quantity.kind in (Kind.SHARE, Kind.LEVEL) and _OF_COMPANIES.match(after):
                return "company_share"
            if before and before[-1].measure == "rd_investment" and _OF_REVENUE.match(after):
                return "rd_intensity"
            if before and before[-1].measure == "cash_dividends" and _OF_NET_PROFIT.match(after):
                return "dividend_payout_ratio"
        if (
            quantity.kind == Kind.SHARE
            and following
            and not any(c.start >= segment_start for c in before)
            and following[0].measure in _AGGREGATE_MEASURES
            and _OF_WHOLE.match(text, quantity.span.end, following[0].start)
            and not self._level_in(clause)  # "overseas revenue reached X, 30% of total revenue": X's share
        ):
            return following[0].measure  # "accounted for 70% of the market's revenue, 80% of its net profit"
        if before:
            return before[-1].measure
        if following and (quantity.unit != "percent" or _OF_TOTAL.match(text, quantity.span.end, following[0].start)):
            return following[0].measure
        if quantity.unit == "percent" and quantity.kind in (Kind.SHARE,):
            return "company_share"
        return self.topic_measure or (following[0].measure if following else "other")

    def _stated_here(self, quantity: Quantity, measure: str) -> bool:
        """True when the figure's sentence already gave a level of `measure`: a share of the same measure."""
        number = self.document.sentence_at(quantity.span.start).index
        return any(f.sentence == number and f.measure == measure and f.kind == Kind.LEVEL for f in self.facts)

    def _per_company(self, quantity: Quantity, clause: _Clause, measure: str) -> str:
        """A total's measure becomes its per-company average when the clause says the figure is one."""
        if measure not in AVERAGED:
            return measure
        text = self.document.text
        lead = text[_segment_start(text, clause.start, quantity.span.start) : quantity.span.start]
        opening = text[clause.start : clause.start + 12]
        if (
            _PER_COMPANY_AFTER.match(text, quantity.span.end, clause.end)
            or _PER_COMPANY_BEFORE.search(lead)
            or _PER_COMPANY_BEFORE.match(opening)
        ):
            return f"average_{measure}"
        return measure

    def _publisher(self) -> str | None:
        """Who dates the report: an organization its dateline names, else the exchange it names most."""
        text = self.document.text
        head = text[: text.find("\n", self.document.sentences[min(2, len(self.document.sentences) - 1)].span.start)]
        organizations = [e for e in self.entities.values() if isinstance(e, Organization)]
        in_head = [e for e in organizations if any(m.end <= len(head) for m in e.mentions) and e.role != "board"]
        exchanges = sorted((e for e in organizations if e.role == "exchange"), key=lambda e: -len(e.mentions))
        found = in_head or exchanges
        return found[0].ref if found else None

    def _dateline(self, quantity: Quantity) -> bool:
        """A date alone on one of the first lines ("10:13, May 5, 2024 | Source: ...") dates the report."""
        sentence = self.document.sentence_at(quantity.span.start)
        line = self.document.paragraphs[sentence.paragraph].text
        return sentence.paragraph <= 2 and len(line) < 120 and not line.rstrip().endswith(".")

    def _inherited_count(self, quantity: Quantity, index: int, sentence: int) -> Fact | None:
        """"Among them, 32 involved ...": a bare count splits the count of the sentence before."""
        if quantity.kind != Kind.COUNT or quantity.counted or index in self.count_cohorts:
            return None
        if not self._continues(sentence):
            return None
        earlier = [f for f in self.facts if f.kind == Kind.COUNT and f.sentence < sentence]
        if not earlier or earlier[-1].sentence < sentence - 2 or earlier[-1].measure == "company_count":
            return None
        return earlier[-1]

    def _continues(self, number: int) -> bool:
        """True when a sentence continues the one before: "Among them, ...", or after a semicolon."""
        sentence = self.document.sentences[number]
        if number == 0:
            return False
        previous = self.document.sentences[number - 1]
        return previous.paragraph == sentence.paragraph and (
            bool(_CONTINUES.match(sentence.span.text)) or previous.span.text.endswith(";")
        )

    def _level_in(self, clause: _Clause) -> bool:
        """True when an amount was stated earlier in the clause."""
        return any(f.kind == Kind.LEVEL and f.quantity.unit in _MONEY and clause.start <= f.quantity.span.start
                   for f in self.facts[-8:])

    def _last_level(self, clause: _Clause, kind: Kind) -> Fact | None:
        """The latest level or share stated earlier in the clause: what "an increase of 3%" modifies
        (a share changes by points, not by a per cent of itself)."""
        for fact in reversed(self.facts):
            if fact.quantity.span.start < clause.start:
                return None
            if fact.measure == "company_count" or (fact.measure == "company_share" and kind == Kind.CHANGE_PCT):
                return None  # "..., and 47 (or 30%) of them grew it by 50%": the change is the new group's
            if fact.kind in (Kind.LEVEL, Kind.SHARE, Kind.COUNT):
                return fact
        return None

    def _kind(self, quantity: Quantity, measure: str) -> Kind:
        """The quantity's own kind, refined by what it measures ("compound growth of 30%" is a CAGR)."""
        if quantity.unit == "percent" and quantity.kind in (Kind.LEVEL, Kind.CHANGE_PCT, Kind.SHARE):
            sentence = self.document.sentence_at(quantity.span.start).span
            text = self.document.text
            lead = text[_segment_start(text, sentence.start, quantity.span.start) : quantity.span.start]
            if _COMPOUND.search(lead):
                return Kind.CAGR
        if quantity.unit == "percent" and measure in _SHARE_MEASURES and quantity.kind == Kind.CHANGE_PCT:
            return Kind.SHARE
        if quantity.unit == "percent" and quantity.kind in (Kind.SHARE, Kind.LEVEL):
            if measure in _RATE_MEASURES or measure.startswith(("median_", "average_")):
                return Kind.LEVEL
            return Kind.SHARE if measure in _SHARE_MEASURES or quantity.kind == Kind.SHARE else quantity.kind
        return quantity.kind

    # -- period and base -------------------------------------------------------------------------

    def _period(self, quantity: Quantity, kind: Kind, clause: _Clause, sentence_start: int, sentence: str) -> str:
        """The nearest period wording: in the figure's own stretch, else before it, else the default.

        A growth rate compounded over years with no years of its own keeps the span of years the
        paragraph last named ("... over the past four years. Of all the companies, 92 posted ...")."""
        text = self.document.text
        if quantity.kind == Kind.DATE:
            return _date_period(quantity)
        segment_end = _segment_end(text, clause.end, quantity.span.end)
        segment = text[_segment_start(text, clause.start, quantity.span.start) : segment_end]
        tail = text[quantity.span.end : self._tail_end(quantity, segment_end)]
        if pre_listing(tail) or (quantity.value == 0 and pre_listing(segment)):
            return "pre-listing"
        if _OWN_PERIOD.match(tail) and (own := self._named_period(tail)):
            return own  # "rose by 10.45% in the second quarter and by 29.61% in the third"
        period = self._stated_period(quantity, kind, clause, sentence_start, segment)
        return _year_before(period) if kind == Kind.LEVEL and self._a_year_earlier(quantity, clause) else period

    def _tail_end(self, quantity: Quantity, segment_end: int) -> int:
        """Where the words that follow a figure stop: at the next figure or the end of its segment."""
        at = bisect.bisect_left(self.quantity_starts, quantity.span.end)
        return min(self.quantity_starts[at], segment_end) if at < len(self.quantity_starts) else segment_end

    def _a_year_earlier(self, quantity: Quantity, clause: _Clause) -> bool:
        """ "to US$2.0 billion from US$2.3 billion", "against 848 million yuan a year earlier": the old level."""
        text = self.document.text
        lead = text[max(clause.start, quantity.span.start - 80) : quantity.span.start]
        return bool(_EARLIER_AFTER.match(text, quantity.span.end) or _FROM_AFTER_TO.search(lead))

    def _stated_period(
        self, quantity: Quantity, kind: Kind, clause: _Clause, sentence_start: int, segment: str
    ) -> str:
        """The period the words around the figure name, nearest first, else the document's default."""
        text, cal = self.document.text, self.calendar
        return (
            self._opening_period(sentence_start, inherit=False)
            or _as_of(text[clause.start : quantity.span.start], cal)
            or self._named_period(segment)
            or self._named_period(text[clause.start : quantity.span.end])
            or self._named_period(text[sentence_start : quantity.span.end])
            or self._opening_period(sentence_start)
            or (self._paragraph_span_of_years(sentence_start) if kind == Kind.CAGR else None)
            or self._undated(default_period(text[clause.start : clause.end], cal), sentence_start)
        )

    def _named_period(self, wording: str) -> str | None:
        """`clause_period` of `wording`, worked out once per document: the figures of a sentence ask
        about the same stretches of it again and again."""
        if wording not in self.named_periods:
            self.named_periods[wording] = clause_period(wording, self.calendar)
        return self.named_periods[wording]

    def _undated(self, period: str, sentence_start: int) -> str:
        """A stock stated without a date in a paragraph dated earlier ("marked its anniversary on July
        22, 2023. The number of companies had grown to 546") holds on that date."""
        if period != "to-date":
            return period
        here = self.document.sentence_at(sentence_start)
        sentences = self.document.sentences
        dates = [
            f.period
            for f in self.facts
            if f.kind == Kind.DATE
            and _same_part(sentences[f.sentence], here)
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.period)
        ]
        return dates[-1] if dates else period

    def _paragraph_span_of_years(self, sentence_start: int) -> str | None:
        paragraph = self.document.sentence_at(sentence_start).paragraph
        spans = [
            f.period
            for f in self.facts
            if self.document.sentences[f.sentence].paragraph == paragraph and _YEARS.fullmatch(f.period)
        ]
        return spans[-1] if spans else None

    def _opening_period(self, sentence_start: int, *, inherit: bool = True) -> str | None:
        """A sentence's opening adverbial ("As of April 30, 2025, ...", "In 2024, ...") scopes all of it.

        A sentence that continues the previous one ("Among them, ..." or after a semicolon) keeps
        the previous sentence's opening period.
        """
        sentence = self.document.sentence_at(sentence_start)
        text = sentence.span.text
        opening = _OPENING.match(text)
        period = self._named_period(opening.group()) if opening else None
        if period is None and inherit and self._continues(sentence.index):
            return self._opening_period(self.document.sentences[sentence.index - 1].span.start)
        return period

    def _forward_bases(self, sentence: int) -> None:
        """"Revenue rose 29% to 777 billion yuan": a change before the level it modifies."""
        text = self.document.text
        for i, fact in enumerate(self.facts):
            if fact.sentence != sentence or fact.kind not in _CHANGES or fact.base is not None:
                continue
            later = next((f for f in self.facts[i + 1 :] if f.sentence == sentence and f.kind != fact.kind), None)
            if (
                later is not None
                and later.kind in (Kind.LEVEL, Kind.COUNT)
                and (later.subject, later.measure) == (fact.subject, fact.measure)
                and _TO_LEVEL.search(text, fact.quantity.span.end, later.quantity.span.start)
            ):
                self.facts[i] = replace(fact, base=later.id)

    def _base(self, subject: str | None, measure: str, kind: Kind, sentence: int) -> str | None:
        if kind not in _CHANGES:
            return None
        for fact in reversed(self.facts):
            if fact.sentence != sentence:
                break
            if (
                fact.subject == subject
                and fact.measure == measure
                and fact.kind in (Kind.LEVEL, Kind.SHARE, Kind.COUNT)
            ):
                return fact.id
        return None


def _can_be_subject(entity: Entity) -> bool:
    """Companies, organizations and cohorts; of products only indices and funds have figures."""
    if entity.type in (EntityType.COMPANY, EntityType.ORGANIZATION, EntityType.COHORT):
        return True
    return entity.type == EntityType.PRODUCT and bool(_INDEX_PRODUCT.search(entity.label))


def _same_part(a: Sentence, b: Sentence) -> bool:
    """Same numbered section when the report has sections, else the same paragraph."""
    return a.section == b.section if a.section is not None else a.paragraph == b.paragraph


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest mention wins where two overlap ("Science and Technology Innovation Board companies")."""
    kept: list[Mention] = []
    covered = bytearray(max((m.end for m in mentions), default=0))  # characters a kept mention spans
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if covered.find(1, mention.start, mention.end) < 0:
            kept.append(mention)
            covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    return sorted(kept, key=lambda m: m.start)


def _starting_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (in text order) that start in [start, end), found by bisection: a long report has
    many sentences and many names."""
    return mentions[bisect.bisect_left(mentions, start, key=_start) : bisect.bisect_left(mentions, end, key=_start)]


def _start(mention: Mention) -> int:
    return mention.start


def _segment_start(text: str, floor: int, offset: int) -> int:
    """Start of the comma-delimited stretch of text that ends at `offset`."""
    cut = max(text.rfind(",", floor, offset), text.rfind(";", floor, offset))
    return cut + 1 if cut >= 0 else floor


def _segment_end(text: str, ceiling: int, offset: int) -> int:
    """End of the comma-delimited stretch of text that starts at `offset`."""
    cuts = [c for c in (text.find(",", offset, ceiling), text.find(";", offset, ceiling)) if c >= 0]
    return min(cuts) if cuts else ceiling


def _year_before(period: str) -> str:
    """The same span a year earlier: FY2024 -> FY2023, H1-2024 -> H1-2023, Q4-2024 -> Q4-2023."""
    match = re.fullmatch(r"(FY|H[12]-|Q[1-4]-(?:Q[1-4]-)?)(\d{4})", period)
    return f"{match.group(1)}{int(match.group(2)) - 1}" if match else period


def _date_period(quantity: Quantity) -> str:
    """A date names its own period: 20241231 at "end of 2024" is end-2024, 202406 is 2024-06."""
    digits = str(int(quantity.value))
    if len(digits) == 6:
        return f"{digits[:4]}-{digits[4:]}"
    if len(digits) == 4:
        return digits
    words = quantity.span.text.lower()
    if digits.endswith("1231") and "end of" in words and "quarter" not in words:
        return f"end-{digits[:4]}"
    if digits.endswith("0101") and re.search(r"beginning|start", words):
        return f"start-{digits[:4]}"
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def _clause_of(sentence: str, base: int, offset: int) -> _Clause:
    start, end = base, base + len(sentence)
    for match in re.finditer(r";", sentence):
        cut = base + match.end()
        if cut <= offset:
            start = cut
        elif cut - 1 >= offset:
            end = cut - 1
            break
    return _Clause(start, end)


def _coordinated_groups(text: str, quantities: list[Quantity]) -> list[list[Quantity]]:
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
    kind = Kind.CAGR if _COMPOUND.search(lead) else first.kind
    if kind in (Kind.CAGR, Kind.CHANGE_PCT):
        return [replace(q, kind=kind) if q.kind in (Kind.SHARE, Kind.LEVEL) else q for q in group]
    kind, fall = percent_kind("", text[last.span.end : last.span.end + 80])
    if kind != Kind.CHANGE_PCT:
        return group
    return [
        replace(q, kind=kind, value=-abs(q.value) if fall else q.value) if q.kind in (Kind.SHARE, Kind.LEVEL) else q
        for q in group
    ]


def _as_of(text: str, cal: Calendar) -> str | None:
    """An "as of <date>" before the figure: counts then are counted on that day."""
    period = clause_period(text, cal) if _AS_OF_WORDS.search(text) else None
    return period if period and re.fullmatch(r"\d{4}-\d{2}-\d{2}", period) else None


def _respectively(text: str, group: list[Quantity]) -> bool:
    """True when "respectively" stands next to a list of figures."""
    return "respectively" in text[group[0].span.start - 20 : group[-1].span.end + 25]


def _last_distinct(cues: Sequence[Cue], group: list[Quantity]) -> list[Cue] | None:
    """The last len(group) different measures named before the list, in order."""
    before = [c for c in cues if c.end <= group[0].span.start]
    picked: list[Cue] = []
    for cue in reversed(before):
        if all(cue.measure != p.measure for p in picked):
            picked.insert(0, cue)
        if len(picked) == len(group):
            return picked
    return None


def _zip_run(text: str, items: Sequence[_Item], group: list[Quantity]) -> list[_Item] | None:
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

