"""Plausibility: magnitudes against the subject's scale and against the document's other figures.

Machine translations of Chinese reports print 亿-based decimals with a thousands comma
("14221.70亿元" becomes "1,422,170 billion yuan"), inflating a figure a thousandfold. A value is
flagged when it breaks a bound that holds for any report of this genre; when reading its last
comma as a decimal point makes it pass, that reading is the suggested correction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from ..config import Settings
from ..extract.events.drafts import intended
from ..extract.measure_scheme import measure_scheme
from ..extract.measures import find_cues
from ..records import Cohort, Company, Entity, Extraction, Fact, Flag, Kind, Qualifier

# The largest single-company figures on record are far below these (the biggest Chinese company's
# revenue is about 3e12 yuan; the biggest A-share raise about 7e10 yuan).
_COMPANY_CEILING = {
    "financing_amount": Decimal("1e12"),
    "investment_amount": Decimal("1e12"),
    "use_of_proceeds": Decimal("1e12"),
    "transaction_amount": Decimal("2e12"),
}
_COMPANY_DEFAULT_CEILING = Decimal("1e13")
# Stocks held at a date, not flows of a year: a market's total assets or market value may well exceed
# the GDP bound on its revenue (the listed banks' assets alone are about 3e14 yuan).
_STOCKS = measure_scheme().stocks
_STOCK_FACTOR = Decimal(10)


def _scale_of(measure: str) -> Decimal:
    """How many times a flow's bound a figure of `measure` may reach: ten for a stock, one for a flow."""
    return _STOCK_FACTOR if measure in _STOCKS else Decimal(1)
_MONEY = {"CNY", "USD", "HKD", "EUR"}
_EACH = re.compile(r"\s+(?:each|apiece|per company|a company)\b")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# A part may exceed a whole it belongs to only by rounding; ten times is a misprint.
_PART_OF_WHOLE = Decimal(10)
# Shares that may pass 100%: a plan beaten, capacity run above its rating.
_BEATABLE = frozenset({"plan_completion_rate", "capacity_utilization"})
# Measures that can cross zero: "a net loss of 61.8 million yuan, against a profit of 852 million, a decline of
# 107.25%".
_SIGNED = re.compile(r"profit|loss|income|cash_flow|earnings|margin|^roe$|return")
_STATISTIC = re.compile(r"^(?:average|median)_")  # a per-company figure is no part of a total
_PER_UNIT = re.compile(r"_per_(?:10_)?shares?$|_price$|^unit_")  # nor is a price or an amount per share or unit

Rule = Callable[[Fact, Decimal], str | None]
_INDEX_NAME = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5}\s+(\d{2,4})\s+Index\b")
_INDEX_PRODUCTS = ("product", "fund", "etf")
# How far a stated multiple may be from the ratio of the levels it compares, by its qualifier.
_BOUNDS = {
    Qualifier.EXACT: (Decimal("0.9"), Decimal("1.1")),
    Qualifier.APPROX: (Decimal("0.75"), Decimal("1.25")),
    Qualifier.AT_LEAST: (Decimal("0.95"), Decimal("1e9")),
    Qualifier.AT_MOST: (Decimal(0), Decimal("1.05")),
}


def check(extraction: Extraction, settings: Settings | None = None) -> Extraction:
    """The extraction with a `Flag` on every fact whose stated value cannot be right."""
    settings = settings or Settings()
    checker = _Checker(extraction, settings)
    return replace(extraction, facts=tuple(checker.flag(fact) for fact in extraction.facts))


class _Checker:
    def __init__(self, extraction: Extraction, settings: Settings) -> None:
        self.extraction = extraction
        self.settings = settings
        self.rules: tuple[Rule, ...] = (
            self._range, self._ceiling, self._company_scale, self._part_of_whole, self._index_number,
            self._multiple,
        )
        self.index_numbers = {int(n) for n in _INDEX_NAME.findall(extraction.document.text)}
        self.by_ref: dict[str, Entity] = {}
        for entity in extraction.entities:
            self.by_ref.setdefault(entity.ref, entity)  # the first of a ref, as Extraction.entity gives it

    def _entity(self, ref: str) -> Entity | None:
        """Extraction.entity by a dictionary: the rules ask for every fact's subject."""
        return self.by_ref.get(ref)

    def flag(self, fact: Fact) -> Fact:
        value = fact.quantity.value
        for rule in self.rules:
            reason = rule(fact, value)
            if reason:
                corrected = self._correction(fact)
                return replace(fact, flag=Flag(reason=reason, corrected_value=corrected))
        return fact

    def _correction(self, fact: Fact) -> Decimal | None:
        """The value read with its last thousands comma as a decimal point, if that reading passes."""
        match = _GROUPED.search(fact.quantity.span.text)
        if not match or "." in match.group():
            return None
        number = match.group()
        stated = Decimal(number.replace(",", ""))
        cut = number.rfind(",")
        reread = Decimal(number[:cut].replace(",", "") + "." + number[cut + 1:])
        corrected = fact.quantity.value * reread / stated
        if all(rule(fact, corrected) is None for rule in self.rules):
            return corrected.normalize() if corrected == corrected.to_integral_value() else corrected
        return None

    # -- rules: each returns a reason or None --------------------------------------------------

    def _index_number(self, fact: Fact, value: Decimal) -> str | None:
        """"50 products ... were 185 billion yuan" next to a "... 50 Index": the number names the index
        (a translation dropped the word), it counts nothing."""
        counted = fact.quantity.counted.lower()
        if fact.kind != Kind.COUNT or not counted.startswith(_INDEX_PRODUCTS) or value not in self.index_numbers:
            return None
        return f"{fact.quantity.span.text!r} is probably the name of the '{value} Index' (its products), not a count"

    def _multiple(self, fact: Fact, value: Decimal) -> str | None:
        """"R&D investment of 168 billion, more than 2.5 times net profit": the two stated levels must
        bear the stated ratio out."""
        if fact.kind != Kind.MULTIPLE or fact.base is None or "times" not in fact.quantity.span.text:
            return None  # "almost doubled to 1.5 billion yuan" is growth; "2.5 times net profit" compares
        text = self.extraction.document.text
        cues = find_cues(text[fact.quantity.span.end : fact.quantity.span.end + 40], fact.quantity.span.end)
        base = next((f for f in self.extraction.facts if f.id == fact.base), None)
        if not cues or base is None or cues[0].measure == base.measure:
            return None  # "nearly tripled revenue to 6 billion yuan" is growth, no ratio of two measures
        other = next(
            (
                f
                for f in self.extraction.facts
                if (f.subject, f.period, f.measure, f.kind) == (base.subject, base.period, cues[0].measure, Kind.LEVEL)
                and f.quantity.unit == base.quantity.unit
                and f.flag is None
                and f.quantity.value > 0
            ),
            None,
        )
        if other is None:
            return None
        ratio = base.quantity.value / other.quantity.value
        low, high = _BOUNDS[fact.quantity.qualifier]
        if low * value <= ratio <= high * value:
            return None
        return (
            f"{base.quantity.span.text} is {ratio:.2f} times {other.quantity.span.text} ({other.id}), "
            f"not {fact.quantity.span.text}"
        )

    def _range(self, fact: Fact, value: Decimal) -> str | None:
        beatable = fact.measure in _BEATABLE
        if fact.kind == Kind.SHARE and fact.quantity.unit == "percent" and value > 100 and not beatable:
            return f"a share of {value}% exceeds 100%"
        if fact.kind == Kind.CHANGE_PCT and value < -100 and not _SIGNED.search(fact.measure):
            return f"a decrease of {-value}% is more than everything"
        return None

    def _ceiling(self, fact: Fact, value: Decimal) -> str | None:
        ceiling = self.settings.cny_ceiling * _scale_of(fact.measure)
        if fact.quantity.unit == "CNY" and value > ceiling:
            return f"{_short(value)} yuan exceeds the plausibility ceiling of {_short(ceiling)} for {fact.measure} " + (
                "(China's GDP is about 1.3e14 yuan)" if fact.measure not in _STOCKS else "(ten times China's GDP)")
        return None

    def _company_scale(self, fact: Fact, value: Decimal) -> str | None:
        if fact.quantity.unit not in _MONEY or not isinstance(self._entity(fact.subject or ""), Company):
            return None
        # the biggest bank's assets are about 5e13 yuan
        ceiling = _COMPANY_CEILING.get(fact.measure, _COMPANY_DEFAULT_CEILING) * _scale_of(fact.measure)
        if value > ceiling:
            return f"{_short(value)} for one company's {fact.measure} is beyond any company's scale ({_short(ceiling)})"
        return None

    def _part_of_whole(self, fact: Fact, value: Decimal) -> str | None:
        """A company's or sub-cohort's amount far above its cohort's total of the same measure."""
        if fact.quantity.unit not in _MONEY or fact.kind != Kind.LEVEL:
            return None
        if _STATISTIC.match(fact.measure) or _PER_UNIT.search(fact.measure):
            return None
        sentence = self.extraction.document.sentence_at(fact.quantity.span.start).span
        if intended(self.extraction.document.text[sentence.start : fact.quantity.span.start]):
            return None  # what a group seeks is no part of what the board raised
        for whole in self._wholes(fact):
            if whole.quantity.unit == fact.quantity.unit and 0 < whole.quantity.value * _PART_OF_WHOLE < value:
                return (
                    f"{_short(value)} is more than {_PART_OF_WHOLE} times the total of {whole.subject} "
                    f"({whole.quantity.span.text}, {whole.id}) it is part of"
                )
        return None

    def _wholes(self, fact: Fact) -> list[Fact]:
        """Facts of the same measure about a cohort that contains the fact's subject."""
        containing = set()
        for entity in self.extraction.entities:
            if isinstance(entity, Cohort) and fact.subject in entity.members:
                containing.add(entity.ref)
        subject = self._entity(fact.subject or "")
        while isinstance(subject, Cohort) and subject.parent:
            containing.add(subject.parent)
            subject = self._entity(subject.parent)
        near = [f for f in self.extraction.facts if abs(f.sentence - fact.sentence) <= 2 and f.subject != fact.subject]
        # A company named right after a cohort's total ("8 companies ... The X case has taken the lead")
        # is one of them even when the text does not list it.
        if isinstance(self._entity(fact.subject or ""), Company):
            containing.update(
                f.subject for f in near if f.sentence < fact.sentence and f.subject and f.subject.startswith("cohort/")
            )
        return [
            f
            for f in near
            if f.subject in containing and f.measure == fact.measure and _same_period(f.period, fact.period)
            and f.kind == Kind.LEVEL and not self._criterion(f)
        ]

    def _criterion(self, fact: Fact) -> bool:
        """A bound that defines a cohort ("16 companies have revenue exceeding 100 million") is no total, nor is
        what each of a group did ("408 spent more than 100 million yuan each"), nor a bar the group passed ("19
        companies, among them A and B, passed 10 billion yuan")."""
        if fact.quantity.qualifier not in (Qualifier.AT_LEAST, Qualifier.AT_MOST):
            return False
        if _EACH.match(self.extraction.document.text, fact.quantity.span.end):
            return True
        return any(
            f.sentence == fact.sentence and f.subject == fact.subject and f.measure == "company_count"
            for f in self.extraction.facts
        )


def _same_period(one: str, other: str) -> bool:
    """A quarter's total is no whole of nine months' part; a period left open ("to-date") may be either."""
    return one == other or "to-date" in (one, other)


def _short(value: Decimal) -> str:
    return f"{float(value):.4g}"
