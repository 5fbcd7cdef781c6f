"""Facts: each quantity attached to its subject, measure, period and, for changes, its base.

Attachment is positional and explainable: the subject is the nearest company, organization or
cohort named before the figure in its clause (else the sentence's, else the previous sentence's
subject); the measure is the nearest measure wording; coordinated lists pair up in order
("revenue and net profit increased 22.5% and 41.4%, respectively").

This module runs the per-sentence loop; the choices live in `fact_subjects`, `fact_measures` and
`fact_periods`, on the shared state of `fact_state`, with clause and list helpers in `clauses`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Cohort, CohortBasis, Document, Entity, Fact, Kind, Quantity
from .clauses import TO_LEVEL, clause_of, coordinated_groups, last_distinct, paired_respectively, zip_run
from .cohorts import Mention
from .fact_measures import MeasureChoice
from .fact_periods import PeriodChoice
from .fact_state import starting_in
from .fact_subjects import SubjectChoice
from .numbers import MONEY

_RIGHT_TO = re.compile(r"\s+to\s+(?:(?:about|nearly|over|more than|around)\s+)?(?:RMB|CNY|HK\$|US\$|\$)?\s*")
_CHANGES = (Kind.CHANGE_PCT, Kind.CHANGE_PP, Kind.CHANGE_ABS, Kind.MULTIPLE)


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


class _Linker(SubjectChoice, MeasureChoice, PeriodChoice):
    """Links a document's quantities sentence by sentence; each fact sees the facts before it."""

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
        first_fact = len(self.facts)  # this sentence's facts are the ones appended from here on
        cues = self._cues_in(sentence.start, sentence.end)
        subjects = self._heads(starting_in(self.mentions, sentence.start, sentence.end))
        listed = [  # a list of names pairs with a list of figures one by one, not as the group they also make
            m for m in starting_in(self.all_mentions, sentence.start, sentence.end)
            if not (isinstance(e := self.entities.get(m.ref), Cohort) and e.basis == CohortBasis.MEMBERS)
        ]
        groups = coordinated_groups(self.document.text, [self.quantities[i] for i in indices])
        position = 0
        for group in groups:
            members = [indices[position + k] for k in range(len(group))]
            position += len(group)
            zipped_subjects = zip_run(self.document.text, listed, group) if len(group) > 1 else None
            zipped_cues = zip_run(self.document.text, list(cues), group) if len(group) > 1 else None
            respectively = len(group) > 1 and paired_respectively(self.document.text, group)
            if zipped_cues is None and zipped_subjects is None and respectively:
                zipped_cues = last_distinct(self.document.text, cues, group)
            if zipped_cues is None and len(group) > 1:
                zipped_cues = self._levels_changed(number, group)
            for k, index in enumerate(members):
                quantity = group[k]
                clause = clause_of(sentence.text, sentence.start, quantity.span.start)
                counted = self._inherited_count(quantity, index, number)
                cue = zipped_cues[k] if zipped_cues else None
                parallel = self._parallel(quantity, number)
                inherited = counted or parallel
                measure = inherited.measure if inherited else self._measure(quantity, index, clause, cues, cue)
                measure = self._per_company(quantity, clause, self._in_its_unit(quantity, measure))
                if measure == "publication_date":
                    subject = self._publisher()  # none named: the report's own date (dcterms:issued), no one's
                else:
                    subject = (
                        self.count_cohorts.get(index)
                        or self._group_after(quantity, clause)
                        or self._bar_cleared(quantity, clause)
                        or (counted.subject if counted else None)
                        or (zipped_subjects[k].ref if zipped_subjects else None)
                        or self._priced_good(quantity, measure, clause)
                        or self._index(quantity, measure)
                        or self._product_line(quantity, clause)
                        or self._market(quantity, clause)
                        or self._subject(quantity, clause, subjects)
                    )
                    subject = self._buyer(self._aggregate_subject(subject, measure), measure, quantity, clause)
                    subject = self._whole_of_a_count(subject, measure, quantity)
                measure = self._line_measure(quantity, clause, subject, self._own_measure(subject, measure))
                measure = self._buyback_measure(quantity, clause, measure)
                kind = parallel.kind if parallel else self._kind(quantity, measure)
                period = self._held_at(
                    self._period(quantity, kind, clause, sentence.start, sentence.text), measure, quantity
                )
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
        here = self.facts[first_fact:]
        first_level = next(  # what the sentence is about, never a product line ("Its Tianyi Cloud business ...")
            (f for f in here if f.kind not in (Kind.COUNT, Kind.DATE) and not (f.subject or "").startswith("product/")),
            None,
        )
        money = next((f for f in here if f.quantity.unit in MONEY), None)
        self._update_topic(sentence.start, sentence.end, first_level.subject if first_level else None,
                           money.measure if money else None)

    def _forward_bases(self, sentence: int) -> None:
        """"Revenue rose 29% to 777 billion yuan": a change before the level it modifies, whatever level of its
        measure came before ("Revenue shrank 7.95% to 42.2 billion yuan and sales fell 12.48% to 755,300 vehicles")."""
        text = self.document.text
        for i, fact in enumerate(self.facts):
            if fact.sentence != sentence or fact.kind not in _CHANGES:
                continue
            later = self.facts[i + 1] if i + 1 < len(self.facts) else None  # the very next figure
            if (
                later is not None
                and later.sentence == sentence
                and later.kind in (Kind.LEVEL, Kind.COUNT)
                and later.subject == fact.subject
                and TO_LEVEL.search(text, fact.quantity.span.end, later.quantity.span.start)
                and (fact.base is None or _RIGHT_TO.fullmatch(text, fact.quantity.span.end, later.quantity.span.start))
            ):  # "to" joins the two: the change is of what the level measures ("up 0.37% to 1.2 million vehicles")
                self.facts[i] = replace(fact, base=later.id, measure=later.measure)

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
