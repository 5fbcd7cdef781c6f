"""When a figure holds: its own period wording, else the sentence's opening adverbial, else the
document's default; an old level ("from 2.3 billion", "a year earlier") holds a year before."""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cached_property

from ..records import Kind, Quantity, Sentence
from .clauses import ON_A_NAMED, Clause, end_of_segment, start_of_segment
from .company_counts import OF_THESE
from .fact_state import LinkerState
from .measure_scheme import measure_scheme
from .periods import (
    A_YEAR,
    SPAN_END,
    THE_QUARTER,
    TOLD_VERBS,
    YEAR_OF_A_FIGURE,
    Calendar,
    aimed_year,
    blank_asides,
    clause_period,
    default_period,
    flow_of_the_period,
    new_years_first_quarter,
    pre_listing,
    streak_period,
)

_OPENING = re.compile(
    r"^(?:In|As of|By|Since|Up to|Until|During|For|At|From|Currently|So far|To date)\b[^,;]*?(?:,\s*\d{4})?,|"
    r"^On (?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+)(?:,? \d{4})?,?"  # "On March 10 it agreed to pay ..."
)
_EARLIER_AFTER = re.compile(
    r",?\s+(?:a year (?:earlier|ago|before)|the year before|in the (?:previous|prior) year|last year)\b", re.IGNORECASE
)
_FROM_AFTER_TO = re.compile(
    r"\bto\s+[^,;]*?\bfrom\s+(?:(?:an?|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?$"  # "to a loss from a profit of"
    r"|\b(?:against|compared with|versus)\s+$"
    r"|\brevers(?:ing|ed|es)\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?(?:of\s+)?$",  # "reversing a loss of"
    re.IGNORECASE,
)
# The old figure of a change told from old to new: "climbed from 1.815 billion yuan to 2.344 billion yuan".
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\s+(?:about\s+|nearly\s+|a record\s+)?(?:RMB|US\$|HK\$|\$|[\d.,]+\b)")
_UP_FROM = re.compile(r"\b(?:up|down|rising|falling)\s+from\s+(?:about\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
# A figure a later one is compared with, whose own year is no one else's: "swung from a net profit of 104.955 billion
# yuan in 2023 to a net loss of ...", "against a profit of 10.751 billion yuan in 2023, after booking ...".
_BASE_BEFORE = re.compile(
    r"\b(?:from|against|compared with|versus|than)\s+(?:(?:an?|its|their|the)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$",
    re.IGNORECASE,
)
# Kinds whose figure can be the year before's: a level, a count, a share, a rate of change or a rank.
_EARLIER_KINDS = frozenset({Kind.LEVEL, Kind.COUNT, Kind.SHARE, Kind.CHANGE_PCT, Kind.CHANGE_PP, Kind.RANK})
_COMPARED_AFTER = re.compile(
    r"\b(?:after|from|against|compared with|versus|than|up from|down from|on top of)\b[^,;]*$"
)
OWN_PERIOD = re.compile(  # "rose 10.45% in the second quarter", "against 56.999 billion yuan in all of 2023"
    r"\s+(?:in|for|during)\s+(?:the\s+)?(?:(?:whole|full|all)\s+(?:of\s+)?)?(?:first|second|third|fourth|[1-4]Q|Q[1-4]|20\d\d)\b"
)
_IN_A_YEAR = re.compile(
    r"(?:In|For|During|Over) (?:the (?:whole |full )?year )?(20\d\d)\b(?![-\s]*(?:first|second|third|fourth|Q))"
)
_AS_OF_WORDS = re.compile(r"\bas of\b", re.IGNORECASE)
# A year's reports a sentence says were filed, or told in: "all 248 companies had filed their 2023 annual reports on
# time", "CATL proposed in its 2022 annual report" (not "begin to publish their 2024 annual reports").
_YEAR_REPORTS = re.compile(
    r"\b(?:(?:filed|published|released|disclosed|issued)\s+(?:their\s+|its\s+|all(?: their)?\s+)?|"
    r"in\s+(?:its|their)\s+)(20\d\d) (?:annual|full-year|yearly) (?:reports?|results|accounts)\b"
)
# The day a report was made public dates no stock: "WuXi AppTec said on March 17 that ...".
_TOLD_ON = re.compile(rf"\b{TOLD_VERBS}\b[^.;]{{0,25}}?\bon\s+$")
_YEARS = re.compile(r"\d{4}-\d{4}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_LEAD_CHARACTERS = 45  # the opening words of a sentence, where the period its whole section is about stands
_QUARTERS_FIGURE = re.compile(r"^\s*(?:The\s+|Its\s+|Their\s+)?(?:first|second|third|fourth)-quarter\s+[a-z]", re.I)
# What a balance gained over the period, not what it stood at: "added 351,000 base stations", "after a net gain
# of 9.26 million", "9.08 million net additions", "540,000 more than at the end of 2023".
_ADDED_BEFORE = re.compile(
    r"\b(?:add(?:ed|ing|s)|net (?:gains?|additions?|increases?) of|(?:grew|rose|increased) by)"
    r"\s+(?:about |nearly |almost |more than |over |some |another )?$",
    re.IGNORECASE,
)
_ADDED_AFTER = re.compile(
    r"[\d,.]+(?:\s+[\w-]+){0,2}?\s+(?:net additions?|more than (?:at|a year|in))\b", re.IGNORECASE
)
# A total reached by now, not a period's: "has reached the milestone of", "cumulative", "so far".
_SO_FAR = re.compile(
    r"\b(?:has|have) (?:\w+ ){0,2}(?:reached|achieved|shipped|sold|delivered|installed|exceeded|surpassed|passed)\b|"
    r"\bcumulative|\bso far\b|\bto date\b"
)
# What a period's results add up: stated "by" a day, they are still the period's.
_FLOWS = measure_scheme().flows
_BALANCES = measure_scheme().balances  # held at a date: stated without one, the reporting period's end


class PeriodChoice(LinkerState):
    """Period choice for one figure, with the per-document cache of named periods."""

    def _period(self, quantity: Quantity, kind: Kind, clause: Clause, sentence_start: int, sentence: str) -> str:
        """The nearest period wording: in the figure's own stretch, else before it, else the default.

        A growth rate compounded over years with no years of its own keeps the span of years the
        paragraph last named ("... over the past four years. Of all the companies, 92 posted ...")."""
        text = self.document.text
        if quantity.kind == Kind.DATE:
            return _date_period(quantity)
        start = quantity.span.start
        if streak := streak_period(quantity.span.text, text[max(0, start - 20) : start], self.calendar):
            return streak
        segment_end = end_of_segment(text, clause.end, quantity.span.end)
        tail_end = self._tail_end(quantity, segment_end)
        if _COMPARED_AFTER.search(text, quantity.span.end, tail_end):
            segment_end = tail_end  # "reached 17.9 billion yuan after a loss of 4.3 billion yuan in 2023": not 2023's
        segment_start = start_of_segment(text, clause.start, quantity.span.start)
        segment = text[segment_start:segment_end]
        tail = text[quantity.span.end : tail_end]
        if pre_listing(tail) or (quantity.value == 0 and pre_listing(segment)):
            return "pre-listing"
        if paired := _paired_year(text, clause.start, clause.end, quantity.span.start):
            return paired  # "Only 64, 58 and 107 companies had done so in 2021, 2022 and 2023"
        if OWN_PERIOD.match(tail) and (own := self._named_period(tail)):
            return self._new_years(own, sentence)  # "rose by 10.45% in the second quarter and by 29.61% in the third"
        period = self._new_years(
            self._stated_period(quantity, kind, clause, sentence_start, segment, segment_start), sentence
        )
        if period.startswith("FY") and (aimed := aimed_year(text[sentence_start : clause.end], self.calendar)):
            return aimed
        earlier = kind in _EARLIER_KINDS and self._a_year_earlier(quantity, clause, kind)
        return _year_before(period) if earlier else period

    def _new_years(self, period: str, sentence: str) -> str:
        """ "Growth continued into 2025: first-quarter net profit rose ...": the new year's first quarter."""
        cal = self.calendar
        if period == f"Q1-{cal.year}" and new_years_first_quarter(sentence, cal):
            return f"Q1-{cal.current_year}"
        return period

    def _held_at(self, period: str, measure: str, quantity: Quantity) -> str:
        """A balance a report states without a date (an order backlog, total assets, a bank's loans) is the one at
        the end of its period (end-2024, 2024-06-30), not today's, but the number it added is the period's; a flow
        counted by a day ("By August 26, 886 firms had released half-year numbers, showing combined revenue of
        ...") or with no date at all is the reporting period's."""
        cal, unit = self.calendar, quantity.unit
        if measure in _BALANCES and period in ("to-date", cal.fiscal) and cal.year:
            if unit == "count" and self._added(quantity):
                return cal.fiscal
            end = SPAN_END[cal.span]
            return f"end-{cal.year}" if cal.span == "FY" else f"{cal.year}-{end // 100:02d}-{end % 100:02d}"
        flow = measure.removeprefix("median_").removeprefix("average_") in _FLOWS
        if _DAY.fullmatch(period) and flow and cal.year:
            return cal.fiscal
        if period == "to-date" and flow and cal.year and not self._so_far(quantity):
            return cal.fiscal  # what a period adds up, stated with no date of its own, is the period's
        if period == "to-date" and quantity.kind == Kind.CHANGE_PCT and measure.endswith("share_price") and cal.year:
            return cal.fiscal  # a share's move told with no date ("their average first-day gain reached 229%")
        return period

    def _so_far(self, quantity: Quantity) -> bool:
        """True for a total told as reached by now: "has reached the milestone of more than 500 ... machines"."""
        sentence = self.document.sentence_at(quantity.span.start).span
        return bool(_SO_FAR.search(self.document.text, sentence.start, quantity.span.start))

    def _added(self, quantity: Quantity) -> bool:
        """True for what a balance gained in the period ("added 351,000", "9.08 million net additions")."""
        text, start = self.document.text, quantity.span.start
        return bool(_ADDED_BEFORE.search(text[max(0, start - 40) : start]) or _ADDED_AFTER.match(text, start))

    def _tail_end(self, quantity: Quantity, segment_end: int) -> int:
        """Where the words that follow a figure stop: at the next figure or the end of its segment."""
        at = bisect.bisect_left(self.quantity_starts, quantity.span.end)
        return min(self.quantity_starts[at], segment_end) if at < len(self.quantity_starts) else segment_end

    def _a_year_earlier(self, quantity: Quantity, clause: Clause, kind: Kind) -> bool:
        """ "to US$2.0 billion from US$2.3 billion", "against 848 million yuan a year earlier": the old level;
        "against 15 a year earlier": the old count (but "bought back 101 million shares last year" is the year's)."""
        text = self.document.text
        earlier = _EARLIER_AFTER.match(text, quantity.span.end)
        if earlier and "last" in earlier.group() and self.calendar.current_year > self.calendar.year:
            return False  # written the year after: "last year" is the reporting year itself
        if earlier and "last" in earlier.group() and kind in (Kind.CHANGE_PCT, Kind.CHANGE_PP):
            return False  # "profit jumped 128 percent last year": a change over last year, no level before
        lead = text[max(clause.start, quantity.span.start - 80) : quantity.span.start]
        if kind == Kind.COUNT:  # "only 6 companies tapped investors, down from 52"
            return (earlier is not None and "last" not in earlier.group()) or _UP_FROM.search(lead) is not None
        if not earlier and ON_A_NAMED.match(text, quantity.span.end):
            return False  # "against 4.74% on Shenzhen's ChiNext": another market's, not a year before
        from_to = _FROM_BEFORE.search(lead) is not None and _TO_AFTER.match(text, quantity.span.end) is not None
        return bool(earlier or from_to or _FROM_AFTER_TO.search(lead))

    def _stated_period(
        self, quantity: Quantity, kind: Kind, clause: Clause, sentence_start: int, segment: str, segment_start: int
    ) -> str:
        """The period the words around the figure name, nearest first, else the document's default."""
        text, cal = self.document.text, self.calendar
        period = (
            self._opening_period(sentence_start, inherit=False)
            or self._the_quarter(text[sentence_start : quantity.span.start], sentence_start)
            or _as_of(text[clause.start : quantity.span.start], cal)
            or self._named_period(self._unclaimed(segment, segment_start, quantity))
            or self._named_period(self._unclaimed(text[clause.start : quantity.span.end], clause.start, quantity))
            or self._named_period(self._unclaimed(text[sentence_start : quantity.span.end], sentence_start, quantity))
            or self._opening_period(sentence_start)
            or self._section_quarter(sentence_start)
            or (self._paragraph_span_of_years(sentence_start) if kind == Kind.CAGR else None)
            or self._undated(
                default_period(self._without_asides[self._told_from(clause, sentence_start) : clause.end], cal),
                sentence_start)
        )
        if _DAY.fullmatch(period) and flow_of_the_period(self._predicate(quantity, clause)):
            return cal.fiscal  # "by August 19, 81 were in the black": in the half year, counted on that day
        return period

    @cached_property
    def _without_asides(self) -> str:
        """The document's text with what each company is, between its name and its verb, blanked out, once."""
        return blank_asides(self.document.text)

    @cached_property
    def _compared_years(self) -> list[tuple[int, int, int]]:
        """(figure start, year start, year end) of the own year of every figure another is compared with, in text
        order, found once a document: "swung from a net profit of 104.955 billion yuan in 2023 to ..."."""
        text = self.document.text
        found = []
        for quantity in self.quantities:
            own = OWN_PERIOD.match(text, quantity.span.end)
            if own and _BASE_BEFORE.search(text, max(0, quantity.span.start - 60), quantity.span.start):
                found.append((quantity.span.start, own.start(), own.end()))
        return found

    def _unclaimed(self, words: str, offset: int, quantity: Quantity) -> str:
        """`words` (starting at `offset`) with the own years of the figures compared with blanked out: in "swung from
        a net profit of 104.955 billion yuan in 2023 to a net loss of 29.757 billion yuan", 2023 is the profit's; and
        with what a company is, between its name and its verb, blanked out too."""
        words = self._without_asides[offset : offset + len(words)]
        end = offset + len(words)
        for start, year_start, year_end in self._compared_years:
            if start >= min(end, quantity.span.start):
                break
            if start >= offset and year_end <= end:
                cut = year_start - offset, year_end - offset
                words = words[: cut[0]] + " " * (cut[1] - cut[0]) + words[cut[1] :]
        return words

    def _told_from(self, clause: Clause, sentence_start: int) -> int:
        """Where the words a clause's figure is told by begin: "More than 850 reported higher net profit; of
        these, nearly 240 raised it by over 50%" reads its first clause too; other clauses stand alone."""
        return sentence_start if OF_THESE.match(self.document.text[clause.start : clause.end]) else clause.start

    def _predicate(self, quantity: Quantity, clause: Clause) -> str:
        """What the clause says the figure did, in a part-year report: the words after it to the clause's end
        ("81 were in the black"). A full year's report keeps its as-of dates as they are."""
        if self.calendar.span == "FY":
            return ""
        return self.document.text[quantity.span.end : clause.end]

    def _the_quarter(self, lead: str, sentence_start: int) -> str | None:
        """ "Profits picked up in the third quarter. Net profit for the quarter alone ...": that quarter."""
        if not THE_QUARTER.search(lead):
            return None
        number = self.document.sentence_at(sentence_start).index
        previous = self.document.sentences[number - 1].span.text if number else ""
        period = self._named_period(previous)
        return period if period and re.fullmatch(r"Q[1-4]-\d{4}", period) else None

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
            and not _TOLD_ON.search(self.document.text, max(0, f.quantity.span.start - 40), f.quantity.span.start)
            and _same_part(sentences[f.sentence], here)
            and _DAY.fullmatch(f.period)
        ]
        return dates[-1] if dates else period

    def _section_quarter(self, sentence_start: int) -> str | None:
        """A section a plain heading opens about a quarter other than the report's own ("No relief in the first
        quarter / The first three months of 2025 brought little improvement.") dates the figures under it that name
        no period; one that only mentions a quarter ("Only four companies listed in the first quarter") does not."""
        document = self.document
        here = document.sentence_at(sentence_start)
        heading = self._heading_above(here)
        if heading is None:
            return None
        opening = document.sentence_at(document.paragraphs[heading + 1].start).span.text  # the section's first sentence
        lead = opening[:_LEAD_CHARACTERS].split(",", 1)[0]  # what it opens with
        if _QUARTERS_FIGURE.match(lead):
            lead = ""  # "Second-quarter revenue reached ...": a figure of the quarter, not what the section is about
        for wording in (lead, document.paragraphs[heading].text):
            period = self._named_period(wording)
            if period and re.fullmatch(r"Q[1-4]-\d{4}", period) and period != self.calendar.fiscal:
                return self._new_years(period, wording)
        return None

    def _paragraph_span_of_years(self, sentence_start: int) -> str | None:
        paragraph = self.document.sentence_at(sentence_start).paragraph
        spans = [
            f.period
            for f in self.facts
            if self.document.sentences[f.sentence].paragraph == paragraph and _YEARS.fullmatch(f.period)
        ]
        return spans[-1] if spans else None

    def _dated_on(self, start: int, opening: re.Match[str]) -> str | None:
        """ "On March 10 it agreed to pay ...", "By June 24, 1,603 companies had ...": the day the opening's date
        names, as the date itself was read."""
        if not opening.group().startswith(("On ", "By ")):
            return None
        end = start + opening.end()
        here = itertools.takewhile(lambda f: f.quantity.span.start >= start, reversed(self.facts))  # this sentence's
        dates = [f.period for f in here if f.kind == Kind.DATE and f.quantity.span.start < end]
        return dates[-1] if dates else None

    def _opening_period(self, sentence_start: int, *, inherit: bool = True) -> str | None:
        """A sentence's opening adverbial ("As of April 30, 2025, ...", "In 2024, ...") scopes all of it.

        A sentence that continues the previous one ("Among them, ..." or after a semicolon) keeps
        the previous sentence's opening period.
        """
        sentence = self.document.sentence_at(sentence_start)
        text = sentence.span.text
        opening = _OPENING.match(text)
        period = None
        if opening:
            period = self._dated_on(sentence.span.start, opening) or self._named_period(opening.group())
        if period is None and inherit and self._continues(sentence.index):
            return self._opening_period(self.document.sentences[sentence.index - 1].span.start)
        if period is None and inherit:
            return self._paragraph_year(sentence)
        return period

    def _paragraph_year(self, sentence: Sentence) -> str | None:
        """A part-year report's paragraph that turns to a full year ("The latest full-year figures ... In 2024 the
        companies put 9.1 billion yuan into R&D. Average R&D intensity rose ...", "... had filed their 2023 annual
        reports on time. Their combined operating revenue was ...") stays in that year."""
        if self.calendar.span == "FY":
            return None
        for previous in reversed(self.document.sentences[max(0, sentence.index - 3) : sentence.index]):
            if previous.paragraph != sentence.paragraph:
                break
            # "In 2024 the companies ...", "The 586 companies reported combined 2024 revenue of ...": that year's
            if year := (_IN_A_YEAR.match(previous.span.text) or YEAR_OF_A_FIGURE.search(previous.span.text)
                        or _YEAR_REPORTS.search(previous.span.text)):
                period = f"FY{next(g for g in year.groups() if g)}"
                return period if period != self.calendar.fiscal else None
        return self._heading_year(sentence)

    def _heading_above(self, sentence: Sentence) -> int | None:
        """The paragraph of the plain heading the sentence's section runs under, if the sentence is not the heading."""
        document = self.document
        heading = next((p for p in range(sentence.paragraph, 0, -1) if document.is_heading(p)), None)
        return None if heading == sentence.paragraph else heading

    def _heading_year(self, sentence: Sentence) -> str | None:
        """A part-year report's section under a plain heading that names a year ("The 2023 base") is that year's."""
        document = self.document
        heading = self._heading_above(sentence)
        if heading is None or document.on_dateline(document.paragraphs[heading].start):
            return None
        years = A_YEAR.findall(document.paragraphs[heading].text)
        period = f"FY{years[0]}" if len(years) == 1 else None
        return period if period != f"FY{self.calendar.year}" else None


# A list of figures and a list of years as long, paired in order: "64, 58 and 107 ... in 2021, 2022 and 2023".
_NUMBER_LIST = re.compile(r"(?<![\w.,])\d(?:[\d,.]*\d)?%?(?:(?:, |,? and )\d(?:[\d,.]*\d)?%?)+")
_YEAR_LIST = re.compile(r"\b(?:in|for|of) ((?:(?:19|20)\d\d, )+(?:19|20)\d\d,? and (?:19|20)\d\d)\b")
_LIST_ITEM = re.compile(r", |,? and ")


def _paired_year(text: str, start: int, end: int, at: int) -> str | None:
    """The year paired with the figure at `at` when its clause, `text[start:end]`, lists as many figures as years."""
    years = _YEAR_LIST.search(text, at, end)
    if years is None:
        return None
    numbers = next((m for m in _NUMBER_LIST.finditer(text, start, years.start()) if m.start() <= at < m.end()), None)
    listed = _LIST_ITEM.split(years.group(1))
    if numbers is None or len(_LIST_ITEM.split(numbers.group())) != len(listed):
        return None
    return f"FY{listed[sum(1 for m in _LIST_ITEM.finditer(text, numbers.start(), at))]}"


def _same_part(a: Sentence, b: Sentence) -> bool:
    """Same numbered section when the report has sections, else the same paragraph."""
    return a.section == b.section if a.section is not None else a.paragraph == b.paragraph


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


def _as_of(text: str, cal: Calendar) -> str | None:
    """An "as of <date>" before the figure: counts then are counted on that day."""
    period = clause_period(text, cal) if _AS_OF_WORDS.search(text) else None
    return period if period and _DAY.fullmatch(period) else None
