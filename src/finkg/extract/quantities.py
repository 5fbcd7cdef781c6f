"""Quantities: every numeric expression of a report, with its exact span, value in base units and unit.

One left-to-right scan over the text with a single alternation (dates, multiples, ranks, numerals);
each hit is widened to its qualifier, currency and unit, then typed from the words around it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from ..records import Document, Kind, Qualifier, Quantity, Span
from .company_counts import PART_OF_THOSE, parallel
from .markets import AGENT_NOUN
from .numbers import (
    CANONICAL_UNITS,
    CURRENCY_MENTION,
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIX,
    CURRENCY_SUFFIXES,
    DATES,
    DIGITS,
    MEASURE_UNIT,
    MEASURE_UNITS,
    MONTH,
    MONTHS,
    NUMBER_WORD,
    NUMBER_WORDS,
    ORDINAL_WORD,
    ORDINAL_WORDS,
    PER_SHARE,
    SCALE_WORD,
    YEAR,
    date_value,
    fraction_percent,
    in_base_units,
    last_day_of,
    month_day,
    parse_numeral,
    parse_ordinal,
)
from .periods import DAYS_AHEAD, PAST_VERB, SPAN_END, calendar, done_after, nearest_year
from .quantity_cues import (
    SWAP_AFTER,
    SWAP_BEFORE,
    amount_kind,
    count_unit,
    counted_after,
    counted_before,
    follows_change,
    is_name_bound,
    left_clause,
    percent_kind,
    point_kind,
    qualifier_after,
    qualifier_before,
)

_MONEY_MEASURES = r"revenues?|sales|income|profits?|earnings|debts?|costs?|operating\s+income"
# Digits stand alone, or glued to a currency code ("RMB660.3bn"); "ABX1234" and "KRAS12" are names.
_AFTER_CODE_OR_GAP = r"(?:(?<=RMB)|(?<=CNY)|(?<=USD)|(?<=HKD)|(?<=EUR)|(?<=GBP)|(?<![\w.,/:]))"
# The leading guard lets the engine skip mid-word positions at once (three times faster on a long report).
_MASTER = re.compile(
    rf"""
    (?:(?=\d)|(?<![A-Za-z])(?=[A-Za-z]))
    (?:
      (?P<years>\b{YEAR}\s?(?:-|–|—|~|to)\s?(?:{YEAR}|\d{{2}})\b(?![-/]\d|\s?%|\.\d))
    | {DATES}
    | (?P<consecutive>\b(?:{ORDINAL_WORD}|\d+(?:st|nd|rd|th))\s+(?:consecutive|straight|successive)\s+
        (?:(?:year|quarter|month|week|day)s?|annual|yearly|quarterly)\b)
    | (?P<running>\b(?:{ORDINAL_WORD}|\d+(?:st|nd|rd|th))\s+(?:year|quarter|month)\s+(?:in\ a\ row|running)\b)
    | (?P<multiple>\b(?:doubled|doubling|double(?![\w-])|tripled|tripling|quadrupled|halved|halving|thrice
        |twice(?=\s+(?:the|as|that|its|their)\b))\b)
    | (?P<fold>\b(?:{NUMBER_WORD})fold\b)
    | (?P<zero>\bzero(?=\s+(?:{_MONEY_MEASURES})\b))
    | (?P<full>\bfull\s+coverage\b)
    | (?P<half>(?<!first\s)(?<!second\s)\bhalf
        (?:(?=\s+of\b)|(?<!the\shalf)(?=\s*[.,;])|(?<=[,;]\shalf)(?=\s+[a-z]+ed\b)))
    | (?P<fraction>(?<=\b[Aa]\s)(?:third|quarter|fifth|tenth)(?=\s+of\b(?!\s+(?:\d|the\s+year))|\s*[.,;])
        | \b(?:two|three|four)-(?:thirds|quarters|fifths)\b
        | \b(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:two|three|four|five|ten)\b)
    | (?P<term>\b(?:{NUMBER_WORD}|\d{{1,2}})(?-i:-year)(?=\s+[a-z]))  # not the "14th Five-Year Plan"
    | (?P<rank>\b(?:ranked|ranks|ranking|placed|came|finished)\s+(?:in\s+)?(?:the\s+)?(?:{ORDINAL_WORD})\b
        (?![\s-]+(?:quarter|half)\b)  # not "9.507 billion yuan came in the third quarter"
        | \branked\s+(?-i:[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){{0,3}})\s+(?:{ORDINAL_WORD})\b
        | \b(?:{ORDINAL_WORD}|\d+(?:st|nd|rd|th))[\s-](?:largest|biggest|highest|greatest|strongest|place)\b
        | \bNo\.\s?\d+\b | \bnumber\s+one\b)
    | (?P<ordinal>\b\d+(?:st|nd|rd|th)\b)
    | (?P<numeral>{_AFTER_CODE_OR_GAP}(?<![A-Za-z]-){DIGITS}|(?<![\w-]){NUMBER_WORD}(?![\w]|-(?!fold)))
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "Fifteen of the 264 companies": a number word counting a part of a group named after it.
_SENTENCE_BREAK = re.compile(r"[.;!?]\s|\n")
# "Nine of the listed companies", "11 of the 18 sectors": the noun a partitive counts.
_OF_THE = r"\s+of\s+(?:the|these|those|its|their)\s+(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}?"
_PARTITIVE = re.compile(
    rf"{_OF_THE}(?P<noun>companies|enterprises|firms|listings|IPOs|deals|offerings|[a-z]*(?:{AGENT_NOUN}))\b",
    re.IGNORECASE,
)
# The words a hit of `_MASTER` can open with: its alternatives that start with a letter (dates, edges
# of periods, ordinals, number words, "-fold", multiples, ranks). Keep in step with `_MASTER`.
_OPENING_WORDS = frozenset(
    {
        *MONTHS,
        *ORDINAL_WORDS,
        *NUMBER_WORDS,
        *(f"{word}fold" for word in NUMBER_WORDS),
        *("end", "beginning", "start", "close", "year", "zero", "full", "half", "no", "number", "quarter"),
        *("doubled", "doubling", "tripled", "tripling", "quadrupled", "halved", "halving", "twice", "thrice"),
        *("ranked", "ranks", "ranking", "placed", "came", "finished", "double"),
    }
)
# Where a hit can start: a run of digits, or a run of ASCII letters (`_MASTER` starts nowhere else).
_RANKED_NAME = re.compile(r"ranked\s+(?-i:[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3})\s+")
_RUN = re.compile(r"\d+|(?<![A-Za-z])[A-Za-z]+")
# "... and four had revenue between ...": a number word standing for the companies counted before it.
_PARTITIVE_ANY = re.compile(rf"{_OF_THE}(?P<noun>[a-z]{{3,}}s)\b")  # a bare digit count: any plural noun
_TIME_NOUN = re.compile(r"\b(?:years?|months?|quarters?|weeks?|days?)$", re.IGNORECASE)
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ew|ose|ell|ank|ung|ade|ook|ent|ought|ost|aid|ept|eld)\b")
_ELIDED_COUNT = re.compile(r"\s+(?:had|have|were|did|reported|earned|posted|recorded|made)\b")
_AMOUNT_NEXT = r"(?:US|HK|RMB)?[$¥€£]?\d"  # an amount or a number right after: "more than 3 billion", "over US$5"
# A count whose verb a gapped list leaves out, its threshold next: "15 raised over 3 billion yuan and six more than 5".
_THRESHOLD_NEXT = re.compile(rf"\s+(?:more than|over|above|below|under|less than)\s+{_AMOUNT_NEXT}")


def _goes_on_to(verbs: str) -> str:
    """The words from what a bare scaled number counts up to it, ending in one of `verbs`: "(hog sales) rose 16.8%
    to", "(accounts) had passed"."""
    return rf"\b(?:[^.;,]|\.\d){{0,40}}?\b(?:{verbs})\s+(?:about\s+|nearly\s+|some\s+|over\s+|more than\s+)?$"


# Goods whose sales a bare scaled number goes on to count: "Its hog sales rose 16.8% to 4.3362 million".
_LARGE_PLAIN = re.compile(r"\d{1,3}(?:,\d{3})+")  # "6,346,300": a count too big for a year or a label
_GOODS_SOLD = re.compile(
    r"(?<!['’])\b(?:([a-z]{2,})\s+(?:sales|shipments|deliveries)|(?:sales|shipments|deliveries)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"([a-z]+s))" + _goes_on_to("to|reached|totall?ed|were|of")
)  # "Its hog sales rose 16.8% to 4.3362 million", "sales of new energy vehicles rose 139.3% to 1.206 million"
# People or accounts whose number goes on to a bare scaled figure: "passenger numbers rose 14.36% to 68.03 million",
# "the number of shoppers fell 15.9% to 5.683 million", "its client accounts had passed 18 million".
_PEOPLE_COUNTED = re.compile(
    r"\b(passengers?|visitors|tourists|shoppers|subscribers|users|customers|admissions|accounts|investors|members|"
    r"cinema-?goers)(?:\s+(?:numbers?|count|throughput|traffic|arrivals))?"
    + _goes_on_to("to|reached|totall?ed|were|passed|hit|numbered|number")
)
_OF_OWN_SHARES = re.compile(r"\s+of\s+(?:its|their|the\s+company['’]s)\s+(?:own\s+)?(?:[AH][- ])?shares\b")
# A count's change told by what it adds to the one before: "(24 companies ...), five more than in 2023" (not the
# threshold of a gapped clause: "38 raised over 1 billion yuan, 15 more than 3 billion").
_MORE_THAN = re.compile(rf"\s+(more|fewer|less)\s+than\b(?!\s+{_AMOUNT_NEXT})", re.IGNORECASE)
# The members a number word counts, named right after it: "only three, Tibet Mineral, Qinghai Salt Lake and ...".
_NAMES_FOLLOW = re.compile(r",\s+(?:[A-Z][\w&'’.-]*\s+){0,5}?[A-Z][\w&'’.-]*(?:,|\s+and\s+[A-Z])")
# "..., six reported", "... and two reported", not "One subsidiary out of four reported"
_OPENS_CLAUSE = re.compile(r"(?:[,;:]|\band)\s*$")
# A part of a group counted before, told by number alone: "Four of the five posted higher profits".
_OF_THE_NUMBER = re.compile(
    rf"\s+of\s+(?:the|these|those)\s+(?:{'|'.join(NUMBER_WORDS)}|\d+)\b(?!\s+[a-z]+s\b)", re.IGNORECASE
)
_COMPANIES_BEFORE = re.compile(r"\b(?:compan(?:y|ies)|enterprises?|firms?)\b[^.;]*\band\s+$", re.IGNORECASE)
_RATE_AFTER_GROWTH = re.compile(
    r"\b(?:growth|grew|increase|rise)\b[^.;%]*(?:,\s*at|\bwith)\s+(?:(?:about|nearly|around)\s+)?$", re.IGNORECASE
)
_TAIL = re.compile(
    rf"""
      (?P<percent>\s?%|\s?per\s?cent\b|\s?pct\b(?!\.?\s+pts?\b))
    | (?P<point>\s+percentage\s+points?\b|\s?(?:pps?|ppts?)\b|\s+pct\.?\s+pts?\b)
    | (?P<basis>\s+basis\s+points?\b|\s?bps?\b)
    | (?P<times>\s+times\b|x\b|-?fold\b)
    | (?:\s?(?P<scale>{SCALE_WORD})\b|(?P<glued>[mk])\b)?
      (?:\s?(?P<currency>{CURRENCY_SUFFIX})\b(?!\s?\d)|[\s-](?P<measure>{MEASURE_UNIT})\b(?:-a-year\b)?)?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SIGN = r"(?:(?<![A-Za-z])(?:RMB|CNY|HKD|USD|EUR|GBP|JPY)|HK\$|US\$|\$|€|£|¥|￥)\s?"  # a currency before its number
_PREFIX = re.compile(rf"{_SIGN}$", re.IGNORECASE)
_SIGNED_NUMBER = re.compile(rf"(?:{_SIGN})?(?P<number>{DIGITS})", re.IGNORECASE)
_GLUED = re.compile(r"[A-Za-z]|-(?!fold)[A-Za-z]|[/:]\d")  # "5G", "12-inch", "1/3", "10:30"
_RANGE_JOIN = re.compile(rf"\s?(?:-|–|—|~|to)\s?(?=(?:{_SIGN})?\d)", re.IGNORECASE)
_BETWEEN_JOIN = re.compile(rf"\s+and\s+(?=(?:{_SIGN})?\d)", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_MINUS = re.compile(r"(?:^|(?<=[\s(]))[-−]$")  # "-3.2%", not "2022-24" or "COVID-19"
_MINUS_WORD = re.compile(r"\b[Mm]inus\s$")
_AFTER_TOP = re.compile(r"\btop\s+$", re.IGNORECASE)  # "top 10" is a count, "top" part of its span
_RANGE_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_SECTION_MARK = re.compile(r"\.\s|\)")
_ORDINAL_NOT_RANK = re.compile(
    r"\s+(?:quarter|half|year|anniversary|generation|session|edition|batch|phase|round|time|plenary|[A-Z])",
)
_NEXT_WORD = re.compile(r"\s+\w+")
_PER_SHARES = re.compile(rf"\s+{PER_SHARE}", re.IGNORECASE)
# A return or gain told as a percentage: what an investment grew by ("the best return, 177.84%"), not "return on"
# nor the verb ("it will return 65% of its profit").
_RETURN_OF = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:returns?|gains?)(?!\s+on\b)(?:\s+of)?,?\s+"
    r"(?:(?:about|nearly|over|some|more\s+than)\s+)?$", re.IGNORECASE
)
# What was done a number of times, right before "N times": a payout made, a meeting held.
_DONE_TIMES = re.compile(
    r"(?:(?P<paid>\b(?:paid|paying|pays|pay|distributed|distributing|declared|handed\s+out|made)\s+(?:out\s+)?"
    r"(?:(?:cash|special|interim|final|annual)\s+)*(?:dividends?|payouts?|distributions?))|"
    r"\b(?:met|meets|convened|gathered|visited|raised\s+(?:its|their)\s+(?:dividends?|prices?)))\s+$",
    re.IGNORECASE,
)
_LOSS_OF = re.compile(r"\b(?:loss|losses)\s+of\s+(?:(?:RMB|CNY|US\$|HK\$|\$)\s?)?$")  # a loss per share is negative
# A day something was done on: "agreed on May 31", "said in April", "broke ground on September 10" (not "holders
# registered on September 18", a day to come).
_DONE_ON = re.compile(rf"\b{PAST_VERB}\s+(?:[a-z]+\s+){{0,2}}(?:on|in)\s+(?:early\s+|mid-|late\s+)?$")
_OPENS_ON = re.compile(r"(?:^|[.;]\s+|\n)(?:On|In|By)\s+$")  # "By June 24, 1,603 companies had"
_CURRENCY_UNITS = frozenset({"CNY", "USD", "HKD", "EUR", "GBP", "JPY"})
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
# What a year qualifies rather than what is counted: "above 2023 levels", "below 2022 prices".
_OF_A_YEAR = re.compile(r"\s+(?:levels?|figures?|results?|prices?|highs?|lows?|peaks?)\b", re.IGNORECASE)
_AND_NUMBER = re.compile(rf"\s+(?:and|or)\s+{DIGITS}")
_PERIOD_NOUN = re.compile(r"months?|quarters?", re.IGNORECASE)
_NAMES_A_PERIOD = re.compile(r"\b(?:first|the)\s+$", re.IGNORECASE)
_FULL_DATE = re.compile(rf"\b(?:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<year>{YEAR})\b", re.IGNORECASE)
_MULTIPLES = {
    "doubl": Decimal(2), "twice": Decimal(2), "tripl": Decimal(3), "thrice": Decimal(3), "quadrupl": Decimal(4),
    "halv": Decimal("0.5"),
}
_TIMES_WORDS = frozenset({"twice", "thrice"})  # "twice the size of": exactly; "doubled": at least
_MENTION_CURRENCY = {"us$": "USD", "hk$": "HKD"}
# Words of a sentence about money: its currencies and what money measures are called.
_MONEY_TALK = re.compile(
    rf"{CURRENCY_MENTION.pattern}|\b(?:revenue|profit|income|earn\w*|sales|turnover|loss\w*|spen[dt]\w*|"
    r"invest\w*|rais\w*|capital|assets|dividends?|payouts?|buybacks?|deposits|loans|market value|worth|cost\w*|"
    r"prices?|valued|paid|pay\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Tail:
    """What follows a number: its unit ("" when bare), scale exponent word and where it ends."""

    end: int
    unit: str
    scale: str | None


def find_quantities(document: Document) -> tuple[Quantity, ...]:
    """Every numeric expression of `document`, in text order, non-overlapping, normalized to base units."""
    return tuple(_Scanner(document).run())


class _Scanner:
    """One pass over a document's text; remembers the last quantity so lists ("12% and 15%") share a kind."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self.doc_id = document.doc_id
        self.currency = _main_currency(document.text)
        self.calendar = calendar(document)
        self.out: list[Quantity] = []

    def run(self) -> list[Quantity]:
        """Scan the text once, skipping hits that fall inside a quantity already taken."""
        taken = 0
        for match in _hits(self.text):
            if match.start() < taken:
                continue
            group = match.lastgroup or ""
            found = [q for q in self._hit(group, match) if q.span.start >= taken]
            if found:
                self.out.extend(found)
                taken = found[-1].span.end
        return self.out

    def _hit(self, group: str, match: re.Match[str]) -> list[Quantity]:
        start, end = match.span()
        if group == "date_m":  # "In March, the FDA approved ...": the month, YYYYMM
            value = month_day(f"{match.group()} 1", self._year_near(start, f"{match.group()} 1"))
            return [self._make(start, end, value // 100, "date", Kind.DATE)] if value is not None else []
        if group in ("date_md", "date_dm", "date_end_month"):
            day = match.group() if group != "date_end_month" else last_day_of(match.group())  # "end of June": June 30
            value = month_day(day, self._year_near(start, day))
            return [self._make(start, end, value, "date", Kind.DATE)] if value is not None else []
        if group.startswith("date_"):
            value = date_value(group, match.group())
            return [self._make(start, end, value, "date", Kind.DATE)] if value is not None else []
        if group in ("multiple", "fold"):
            return [self._multiple(match)]
        if group == "running":  # "the third year in a row", "a second year running"
            first, period, *_ = match.group().split()
            return [self._make(start, end, Decimal(parse_ordinal(first)), count_unit(period), Kind.COUNT,
                               counted=period)]
        if group == "consecutive":
            first, *_, period = match.group().split()
            period = _PER_PERIOD.get(period.lower(), period)  # "its 13th consecutive annual increase"
            unit = count_unit(period)
            return [self._make(start, end, Decimal(parse_ordinal(first)), unit, Kind.COUNT, counted=period)]
        if group == "term":  # "six-year convertible bonds": how long they run
            number = match.group()[: -len("-year")]
            value = Decimal(number) if number.isdigit() else Decimal(parse_numeral(number))
            return [self._make(start, end, value, "year", Kind.COUNT, counted="year")]
        if group == "zero":
            return [self._make(start, _word_end(self.text, end), Decimal(0), self.currency, Kind.LEVEL)]
        if group == "full":
            return [self._make(start, end, Decimal(100), "percent", Kind.SHARE)]
        if group == "fraction":  # "a fifth of them", "two-thirds", "one in ten": a share of the whole
            at = start - 2 if self.text[start - 2 : start].lower() == "a " else start
            at, qualifier = qualifier_before(self.text, at)
            share = fraction_percent(match.group())
            return [self._make(at, end, share, "percent", Kind.SHARE, qualifier or Qualifier.EXACT)]
        if group == "half":
            at, qualifier = qualifier_before(self.text, start)
            return [self._make(at, end, Decimal(50), "percent", Kind.SHARE, qualifier or Qualifier.EXACT)]
        if group == "rank":
            if named := _RANKED_NAME.match(match.group()):
                start += named.end()  # "ranked NAURA sixth": the ordinal, not the name ranked
            return [self._make(start, end, Decimal(_rank_value(match.group())), "rank", Kind.RANK)]
        if group == "ordinal":
            if _ORDINAL_NOT_RANK.match(self.text, end):
                return []
            return [self._make(start, end, Decimal(parse_ordinal(match.group())), "rank", Kind.RANK)]
        if group == "numeral":
            return self._numeral(match)
        return []

    def _year_near(self, at: int, month_and_day: str) -> int | None:
        """The year of a date written without one: the reporting period's own end is the period's year;
        otherwise the year that puts it nearest the report's own date but
        no more than a season after it (a report dates its events around its own date: "27 November 2024 ...
        by the end of January" is January 2025, "September 10, 2025 ... On January 3" is January 2025), else
        nearest the last full date before it, else the first one after it, else the first year in which that
        day falls after the reporting period: results are told once a period is over."""
        cal = self.calendar
        day = month_day(month_and_day, 2000)  # a leap year: every month-day exists
        if day is None:
            return None
        if cal.year and int(day) % 10_000 == SPAN_END[cal.span]:
            return cal.year  # "at the end of June" in a half-year report is its period's end, whenever it is told
        full = [  # dates that state their year, not ones this guessed it for ("On January 3 ...")
            q for q in self.out if q.kind == Kind.DATE and q.value >= 10_000_000 and _A_YEAR.search(q.span.text)
        ]
        if told := self._dated_just_before(at, [q for q in full if _FULL_DATE.search(q.span.text) and (
                not cal.dateline or q.value <= cal.dateline)]):
            # "became the first to default on May 17, 2024 ... The put window had run from May 8 to May 14": the
            # passage keeps the year it named, going on forward rather than back ("On May 23, 2024 ... sold bonds. A
            # five-year issue followed on December 2")
            return nearest_year(int(day) // 100 % 100, int(day) % 100, told, behind=2)
        if cal.dateline:
            ahead = 0 if self._told_as_past(at) else DAYS_AHEAD
            return nearest_year(int(day) // 100 % 100, int(day) % 100, cal.dateline, ahead=ahead)
        if full:
            return nearest_year(int(day) // 100 % 100, int(day) % 100, int(full[-1].value))
        if after := _FULL_DATE.search(self.text, at):
            return int(after.group("year"))
        if not cal.year:
            return None
        return cal.year + (int(day) % 10_000 < SPAN_END[cal.span])

    def _dated_just_before(self, at: int, full: list[Quantity]) -> int:
        """The last date stated with its year in the sentence of `at` or the one before it in its paragraph, 0 if
        none: a day of a month of a year, no period's end ("at the end of 2023") nor deadline after the report."""
        sentence = self.document.sentence_at(at)
        since = sentence.span.start
        if sentence.index and (before := self.document.sentences[sentence.index - 1]).paragraph == sentence.paragraph:
            since = before.span.start
        return next((int(q.value) for q in reversed(full) if since <= q.span.start < at), 0)

    def _told_as_past(self, at: int) -> bool:
        """True when the day is the date of something done ("agreed on May 31", "said in April", "On January 16,
        Zijin agreed"): it is no later than the report, however near the same day next year would be."""
        if _DONE_ON.search(self.text, max(0, at - 45), at):
            return True
        if not _OPENS_ON.search(self.text, max(0, at - 6), at):
            return False
        return done_after(self.text[at : at + 100])

    def _multiple(self, match: re.Match[str]) -> Quantity:
        """ "doubled" (at least twice), "halved" (at most half), "tenfold"."""
        word = match.group().lower()
        if word.endswith("fold"):
            factor, bound = parse_numeral(word[: -len("fold")]), Qualifier.EXACT
        else:
            factor = next(v for stem, v in _MULTIPLES.items() if word.startswith(stem))
            bound = Qualifier.EXACT if word in _TIMES_WORDS else Qualifier.AT_MOST if factor < 1 else Qualifier.AT_LEAST
        at, qualifier = qualifier_before(self.text, match.start())
        return self._make(at, match.end(), factor, "ratio", Kind.MULTIPLE, qualifier or bound)

    def _numeral(self, match: re.Match[str]) -> list[Quantity]:
        text, start = self.text, match.start()
        raw = match.group()
        tail = _tail(text, match.end())
        if not tail.unit and not tail.scale and _GLUED.match(text, tail.end):
            return []
        at, currency = _prefix(text, start)
        at, qualifier = qualifier_before(text, at)
        minus = at == start and _MINUS.search(text, max(0, start - 2), start) is not None
        if minus:
            at -= 1
        elif at == start and (word := _MINUS_WORD.search(text, max(0, start - 6), start)):
            minus, at = True, word.start()  # "its return on equity sank to minus 25.62%"
        unit = tail.unit or currency
        if unit == "ratio" and text[match.end() : tail.end].strip() == "times" and (
                done := _DONE_TIMES.search(text, max(0, at - 60), at)):
            # "has paid cash dividends 17 times since listing", "the committees met 14 times": how often, no multiple
            return [self._make(at, tail.end, parse_numeral(raw), "count", Kind.COUNT, qualifier or Qualifier.EXACT,
                               "dividends" if done.group("paid") else "times")]
        if not unit and not tail.scale and not _YEAR_LIKE.fullmatch(raw) and (shared := _shared_tail(text, tail.end)):
            unit, tail = shared.unit, _Tail(tail.end, shared.unit, shared.scale)  # "7.3 and 5.4 percentage points"
        if not unit and not tail.scale and (SWAP_AFTER.match(text, tail.end) or SWAP_BEFORE.search(
                text, max(0, at - 40), at)):
            return [self._make(at, tail.end, parse_numeral(raw), "ratio", Kind.LEVEL, qualifier or Qualifier.EXACT)]
        if not unit:
            noun = counted_after(text, tail.end, raw[0].isdigit())
            if noun is None and (carried := self._unit_carried(at)):
                unit = carried  # "sold 1.3 million units, ..., NEV sales rose 40% to 646,000"
            elif (tail.scale or _LARGE_PLAIN.fullmatch(raw)) and noun is None and (
                    counted := self._counted_around(at, tail.end)):  # "unit sales jumped 23.44% to 6,346,300"
                things, end = counted
                end, trailing = qualifier_after(text, end)
                value = in_base_units(parse_numeral(raw), tail.scale)
                return [self._make(at, end, value, count_unit(things), Kind.COUNT,
                                   qualifier or trailing or Qualifier.EXACT, things)]
            elif (tail.scale and noun is None and not counted_before(left_clause(text, at), plural_only=True)
                  and not self._counted_range(tail.end) and self._about_money(at)):
                unit = self.currency  # a scaled number that counts nothing ("1.2 million users" does) is money
        value = in_base_units(parse_numeral(raw), tail.scale) * (-1 if minus else 1)
        ranged = self._range(at, raw, tail, unit, qualifier)
        if ranged:
            return ranged
        if not unit:
            return self._count(match, at, qualifier, tail, value)
        after, trailing = qualifier_after(text, tail.end)
        per = _PER_SHARES.match(text, after) if unit in _CURRENCY_UNITS else None
        if per:
            after = per.end()  # "25.20 yuan for every 10 shares": one amount, its basis part of it
        head = self._list_head(at, unit)
        qualifier = qualifier or trailing or (head.qualifier if head else None)
        if unit == "points" and _A_RATE.search(lead := left_clause(text, at)) and not _AN_INDEX.search(lead):
            unit = "percentage_point"  # "the gross margin widened by 6.77 points": a rate's points, no index's
        kind, negative = self._kind(at, tail.end, unit)
        negative = negative or bool(per and _LOSS_OF.search(text, max(0, at - 20), at))
        if negative and value > 0:
            value = -value
        return [self._make(at, after, value, unit, kind, qualifier or Qualifier.EXACT)]

    def _count(
        self, match: re.Match[str], at: int, qualifier: Qualifier | None, tail: _Tail, value: Decimal
    ) -> list[Quantity]:
        """A bare number: a count when the text licenses it, else a label (year, section, code, name)."""
        text, raw = self.text, match.group()
        digits = raw[0].isdigit()
        noun = counted_after(text, tail.end, digits, one=value == 1)
        if noun is None and digits and (partitive := _PARTITIVE_ANY.match(text, tail.end)):
            noun = (partitive.group("noun"), tail.end)  # "11 of the 18 sectors": sectors
        if noun is None and digits and (sibling := self._parallel_noun(at, tail.end)):
            noun = (sibling, tail.end)  # "11 of the 18 sectors grew revenue and 8 grew net profit"
        if noun is None and digits and PART_OF_THOSE.match(text, tail.end) and (
            counted := self._counted_just_before(at)
        ):
            noun = (counted, tail.end)  # "to sell 5.5 million vehicles, 800,000 of them abroad": vehicles
        more = _MORE_THAN.match(text, tail.end)
        if noun is None and more and (counted := self._last_count_counted(at)):  # "24 companies ..., five more than"
            sign = -1 if more.group(1).lower() in ("fewer", "less") else 1
            return [self._make(at, tail.end, value * sign, count_unit(counted), Kind.CHANGE_ABS,
                               qualifier or Qualifier.EXACT, counted)]
        top = _AFTER_TOP.search(text, max(0, at - 5), at)
        if digits:
            if _is_label(text, match, noun is not None, qualifier) or is_name_bound(text, at):
                return []
        elif noun is None and top is None:  # a number word needs its noun, "the top three" or "Nine of the"
            partitive = _PARTITIVE.match(text, tail.end)
            if partitive is not None:
                noun = (partitive.group("noun"), tail.end)
            elif _ELIDED_COUNT.match(text, tail.end) and _COMPANIES_BEFORE.search(left_clause(text, at)):
                noun = ("companies", tail.end)  # "One company had ... and four had ..."
            elif ((_ELIDED_COUNT.match(text, tail.end) or _VERB_NEXT.match(text, tail.end)
                   or _THRESHOLD_NEXT.match(text, tail.end))
                  and _OPENS_CLAUSE.search(text, max(0, at - 5), at) and (counted := self._counted_just_before(at))):
                noun = (counted, tail.end)  # "Of the seven port groups covered here, six reported ...", "and two fell"
            elif _OF_THE_NUMBER.match(text, tail.end) and (counted := self._counted_just_before(at) or "companies"):
                noun = (counted, tail.end)  # "Four of the five posted higher profits"
            elif (
                (PART_OF_THOSE.match(text, tail.end) or _NAMES_FOLLOW.match(text, tail.end))
                and raw.lower() != "one" and (counted := self._counted_just_before(at))
            ):  # "13 overseas licensing deals, eight of them ...", "six miners ..., only three, A, B and C, ..." (not
                # "One of them was Jinko Solar": one named, no count)
                noun = (counted, tail.end)
            else:
                return []
        if top is not None:
            at = top.start()
        _, trailing = qualifier_after(text, tail.end)  # "30 or more staff"
        counted, end = noun or (counted_before(left_clause(text, at)), tail.end)
        if _PERIOD_NOUN.fullmatch(counted) and _NAMES_A_PERIOD.search(text, max(0, at - 8), at):
            return []  # "the first three quarters", "in the nine months": a period's name, not a count
        end, last = qualifier_after(text, end)
        qualifier = qualifier or trailing or last or Qualifier.EXACT
        return [self._make(at, end, value, count_unit(counted, text[at:end]), Kind.COUNT, qualifier, counted)]

    def _counted_around(self, at: int, end: int) -> tuple[str, int] | None:
        """What a bare scaled number counts when its words say so away from it, and where its span ends: the goods
        whose sales go on to it ("Its hog sales rose 16.8% to 4.3362 million"), the shares it is of ("bought back
        15.9915 million of its own shares"), the people or accounts it numbers ("passenger numbers rose 14.36% to
        68.03 million")."""
        if shares := _OF_OWN_SHARES.match(self.text, end):
            return "shares", shares.end()
        goods = _GOODS_SOLD.search(self.text, max(0, at - 80), at)
        if goods and goods.group(1) and count_unit(goods.group(1)) == "units":
            return f"{goods.group(1)}s", end
        if goods and goods.group(2) and count_unit(goods.group(2)) == "units":
            return goods.group(2), end
        people = _PEOPLE_COUNTED.search(self.text, max(0, at - 80), at)
        return (people.group(1), end) if people else None

    def _about_money(self, at: int) -> bool:
        """True when the sentence around `at` speaks of money: a scaled number there that counts nothing is an
        amount ("net profit of 5.2 billion"), but not in "Its mobile customers passed one billion after a net gain
        of 9.26 million"."""
        sentence = self.document.sentence_at(at).span
        return _MONEY_TALK.search(self.text, sentence.start, sentence.end) is not None

    def _unit_carried(self, at: int) -> str:
        """The unit of things counted earlier in the sentence, for a bare number that goes on counting them "to"
        or "including" a figure: "vehicle sales rose 11.4% to 15.653 million units, while NEVs grew 40.3% to
        6.937 million"."""
        if not _GOES_ON.search(self.text, max(0, at - 30), at):
            return ""
        for q in reversed(self.out):
            if _SENTENCE_BREAK.search(self.text, q.span.end, at) or q.unit in _CURRENCY_UNITS:
                return ""
            if q.unit in _CARRIED_UNITS:
                return q.unit
        return ""

    def _parallel_noun(self, at: int, end: int) -> str:
        """What the count before counted, for a bare number opening a parallel clause with its verb: "26 of the
        banks grew and 16 shrank"."""
        last = self.out[-1] if self.out else None
        if last is None or not last.counted or last.kind != Kind.COUNT or not _VERB_NEXT.match(self.text, end):
            return ""
        if _TIME_NOUN.search(last.counted):
            return ""  # "187 grew revenue for four consecutive years and 75 ...": not years
        return last.counted if parallel(self.text, last.span.end, at) else ""

    def _last_count_counted(self, at: int) -> str:
        """What the sentence's last count before `at` counted, whatever figures came between."""
        for q in reversed(self.out):
            if _SENTENCE_BREAK.search(self.text, q.span.end, at):
                return ""
            if q.kind == Kind.COUNT and q.counted:
                return q.counted
        return ""

    def _counted_just_before(self, at: int) -> str:
        """The noun the count right before counted, when it is in the same sentence, or in the sentence before
        one that opens with the part ("Seventeen city banks reported. Fourteen of them grew ...")."""
        # the last count, past the dates and amounts told of it: "(13 miners) in January 2025", "Some 600 companies
        # planned payouts of 203.01 billion yuan. Six of them ..."
        # and past bare counts that took their noun from it: "38 companies raised ..., 15 more than ... and six more"
        last = next((q for q in reversed(self.out)
                     if q.kind == Kind.COUNT and q.counted and not _TIME_NOUN.search(q.counted)), None)
        if last is None:
            return ""  # "Over the ten years ..., 327 of them have paid": of companies, not of years
        breaks = sum(1 for _ in itertools.islice(_SENTENCE_BREAK.finditer(self.text, last.span.end, at), 2))
        opens = _SENTENCE_BREAK.fullmatch(self.text, max(0, at - 2), at) is not None
        return last.counted if breaks == 0 or (breaks == 1 and opens) else ""

    def _range(self, at: int, raw: str, tail: _Tail, unit: str, qualifier: Qualifier | None) -> list[Quantity]:
        """A range ("3.1% to 3.5%", "10-20 billion yuan") is two quantities: low at_least, high at_most."""
        text = self.text
        if _YEAR_LIKE.fullmatch(raw) and not tail.unit and not tail.scale:
            return []  # "cash dividends for 2024 to 7.602 billion yuan": a year, then the amount
        join = _RANGE_JOIN.match(text, tail.end)
        if join is None and _BETWEEN.search(text, max(0, at - 9), at):
            join = _BETWEEN_JOIN.match(text, tail.end)
        elif join is not None and "to" in join.group() and follows_change(left_clause(text, at)):
            return []
        signed = _SIGNED_NUMBER.match(text, join.end()) if join else None
        if signed is None:
            return []
        second = signed.group("number")
        tail2 = _tail(text, signed.end())
        _, currency2 = _prefix(text, signed.start("number"))
        counted, end2 = ("", tail2.end) if unit or tail2.unit else (self._counted_range(tail.end) or ("", tail2.end))
        unit2 = (tail2.unit or currency2 or (count_unit(counted) if counted else "")
                 or (unit or self.currency if tail2.scale else ""))
        if not unit2 or (unit and unit != unit2) or (tail.scale and tail.scale != tail2.scale):
            return []
        if unit2 == "percent" and tail2.scale and not tail2.unit:
            return []  # "dip 1.6% to 4.6722 million": a fall and the new level, no percentage is scaled
        low = in_base_units(parse_numeral(raw), tail.scale or tail2.scale)
        high = in_base_units(parse_numeral(second), tail2.scale)
        exact = bool(_RANGE_FROM.search(text, max(0, at - 6), at))
        low_q = qualifier or (Qualifier.EXACT if exact else Qualifier.AT_LEAST)
        high_q = qualifier or (Qualifier.EXACT if exact else Qualifier.AT_MOST)
        kind, negative = (Kind.COUNT, False) if counted else self._kind(at, tail2.end, unit2)
        sign = -1 if negative else 1
        return [
            self._make(at, tail.end, low * sign, unit2, kind, low_q, counted),
            self._make(signed.start(), end2, high * sign, unit2, kind, high_q, counted),
        ]

    def _counted_range(self, end: int) -> tuple[str, int] | None:
        """What a range of scaled numbers counts, named after its upper end ("72 million to 78 million finishing
        pigs"), and where that noun ends; the lower end counts it too."""
        join = _RANGE_JOIN.match(self.text, end)
        upper = _SIGNED_NUMBER.match(self.text, join.end()) if join else None
        if upper is None or not (tail := _tail(self.text, upper.end())).scale:
            return None
        if tail.unit:  # "760 million to 780 million barrels of oil equivalent": no money either
            return (tail.unit, tail.end) if tail.unit not in _CURRENCY_UNITS else None
        return counted_after(self.text, tail.end, True)

    def _kind(self, at: int, end: int, unit: str) -> tuple[Kind, bool]:
        """The kind (and whether the value is a fall) from the clause before and the words after."""
        previous = self._list_head(at, unit)
        if previous is not None:
            return previous.kind, previous.value < 0
        clause, after = left_clause(self.text, at), self.text[end : end + 80]
        if unit == "percent" and _RATE_AFTER_GROWTH.search(self.text, max(0, at - 120), at):
            return Kind.CHANGE_PCT, False  # "the fastest net profit growth of all boards, at 11.3%"
        if unit == "percent" and _RETURN_OF.search(self.text, max(0, at - 40), at):
            return Kind.CHANGE_PCT, False  # "Leshan Electric Power gave the best return, 177.84%": a gain, no part
        if unit == "percent":
            return percent_kind(clause, after)
        if unit == "percentage_point":
            return point_kind(clause, after)
        if unit == "ratio":
            return Kind.MULTIPLE, False
        return amount_kind(clause)

    def _list_head(self, at: int, unit: str) -> Quantity | None:
        """The quantity this one follows in a list ("12.5% and 15.5%"), when the two share a unit."""
        if not self.out:
            return None
        last = self.out[-1]
        between = self.text[last.span.end : at]
        if last.unit == unit and _LIST_JOIN.fullmatch(between):
            return last
        return None

    def _make(
        self,
        start: int,
        end: int,
        value: Decimal,
        unit: str,
        kind: Kind,
        qualifier: Qualifier = Qualifier.EXACT,
        counted: str = "",
    ) -> Quantity:
        span = Span(self.doc_id, start, end, self.text[start:end])
        if unit in CANONICAL_UNITS:
            unit, factor = CANONICAL_UNITS[unit]
            value *= factor
        return Quantity(span=span, value=value, unit=unit, qualifier=qualifier, kind=kind, counted=counted)


# What is measured in percent, whose points are percentage points; an index's points are its own.
_A_RATE = re.compile(
    r"\b(?:margins?|ratios?|rates?|yields?|market shares?|shares? of|proportion|penetration|intensity|"
    r"utili[sz]ation)\b", re.IGNORECASE)
_AN_INDEX = re.compile(r"\b(?:index|indices|indexes)\b", re.IGNORECASE)
# What a bare number may go on counting, and the words that say it does.
_CARRIED_UNITS = frozenset({"units", "people", "tonne", "GWh", "GW", "kilolitre", "TEU"})
_GOES_ON = re.compile(
    r"(?:\bto|\bincluding|\bof which|\bof whom|\bwith)\s+(?:more than |about |nearly |some |over |almost )?$|"
    r"\b(?:and|while) (?:[\w-]+ ){1,3}(?:more than |about |nearly |some |over )?$"
)
_PER_PERIOD = {"annual": "year", "yearly": "year", "quarterly": "quarter"}
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _hits(text: str) -> list[re.Match[str]]:
    """What `_MASTER.finditer(text)` finds, with the pattern tried only at digits and at the words a hit
    can open with: most of a report's words cost a set lookup instead of a failed match.
    A word glued to a letter outside ASCII is tried anyway, since case folding may match it."""
    hits = []
    resume = 0
    for run in _RUN.finditer(text):
        start, end = run.span()
        if start < resume:
            continue
        word = run.group()
        if word[0].isalpha() and word.lower() not in _OPENING_WORDS and (end == len(text) or text[end].isascii()):
            continue
        match = _MASTER.match(text, start)
        if match:
            hits.append(match)
            resume = match.end()
    return hits


_LIST_JOIN = re.compile(
    r"\s*,?\s*(?:and|or)?\s+|\s*,\s*"
    r"|,?\s+(?:and|while|but)\s+(?:[\w-]+\s+){1,4}?by\s+",  # gapped: "fell 39% and wafer prices by 50%"
    re.IGNORECASE,
)


def _shared_tail(text: str, pos: int) -> _Tail | None:
    """The unit a bare number shares with the one coordinated after it: "7.3 and 5.4 percentage points"."""
    joined = _AND_NUMBER.match(text, pos)
    if joined is None:
        return None
    tail = _tail(text, joined.end())
    return tail if tail.unit in ("percent", "percentage_point") else None


def _tail(text: str, pos: int) -> _Tail:
    match = _TAIL.match(text, pos)
    if match is None:  # pragma: no cover - the last alternative matches the empty string
        return _Tail(pos, "", None)
    group = match.lastgroup
    if group in ("percent", "point", "basis", "times"):
        unit = {"percent": "percent", "point": "percentage_point", "basis": "percentage_point", "times": "ratio"}[group]
        return _Tail(match.end(), unit, "bp" if group == "basis" else None)
    scale = match.group("scale") or match.group("glued")
    currency, measure = match.group("currency"), match.group("measure")
    if measure:
        unit = MEASURE_UNITS[" ".join(measure.lower().split())]
    else:
        unit = CURRENCY_SUFFIXES[" ".join(currency.lower().split())] if currency else ""
    return _Tail(match.end() if (scale or unit) else pos, unit, scale)


def _prefix(text: str, start: int) -> tuple[int, str]:
    """Where a currency sign or code before the number starts, and its currency ("" when none)."""
    match = _PREFIX.search(text, max(0, start - 5), start)
    if match is None:
        return start, ""
    return match.start(), CURRENCY_PREFIXES[match.group().strip().lower()]


def _is_label(text: str, match: re.Match[str], noun: bool, qualifier: Qualifier | None) -> bool:
    """Year labels ("In 2023"), section numbers ("2."), codes ("600123") and list markers are not quantities."""
    raw, start, end = match.group(), match.start(), match.end()
    plain = raw.isdigit()
    if plain and 1900 <= int(raw) <= 2100 and (not (noun and qualifier) or _OF_A_YEAR.match(text, end)):
        return True
    if plain and start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
        return True  # the second half of a code or a field's name: "the Huizhou 19-6 oilfield"
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip(" \t-*•·") and _SECTION_MARK.match(text, end):
        return True
    if start > 0 and text[start - 1] in "([" and text[end : end + 1] in (")", "]"):
        return True
    return plain and len(raw) >= 5 and not noun


def _main_currency(text: str) -> str:
    """The currency a document states most often; amounts with a scale but no currency are in it."""
    counts: dict[str, int] = {}
    for match in CURRENCY_MENTION.finditer(text):
        word = match.group().lower()
        code = _MENTION_CURRENCY.get(word) or CURRENCY_SUFFIXES.get(word) or CURRENCY_PREFIXES.get(word, "CNY")
        counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else "CNY"


def _word_end(text: str, pos: int) -> int:
    match = _NEXT_WORD.match(text, pos)
    return match.end() if match else pos


def _rank_value(text: str) -> int:
    words = text.replace("-", " ").replace(".", " ").split()
    for word in words:
        if word.isdigit():
            return int(word)
        try:
            return parse_ordinal(word)
        except ValueError:
            continue
    return 1  # "number one"
