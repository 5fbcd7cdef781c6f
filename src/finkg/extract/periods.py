"""When a figure holds: the reporting period of the document and the period words of a clause.

Period names follow the gold schema: FY2024, H1-2024, Q1-Q3-2024, Q4-2024, end-2024, start-2024,
2025-04-30, 2024-06, since-listing, pre-listing, since-2024, 2022-2024, to-date.
"""

from __future__ import annotations

import calendar as days
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..records import Document
from .numbers import MONTH_NAMES, ORDINAL_WORD, parse_ordinal

_MONTHS = {name.lower(): n for n, name in enumerate(MONTH_NAMES, start=1)}
_MONTH = rf"({'|'.join(MONTH_NAMES)})"
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_QUARTER_END = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

# "in 2024", not "than in 2021" or "the same period of 2021": those name what a figure is compared with.
_YEAR_CONTEXT = re.compile(
    r"(?<!than )(?<!with )(?<!period )(?<!quarter )(?<!half )\b(?:[Ii]n|[Ff]or|[Dd]uring|[Oo]f)\s+(20\d\d)\b"
    r"(?![-\s]*(?:action|plan))"
)
# A whole year a figure is of, named before its measure or as a time: "preliminary 2024 revenue of", "their 2024
# profits fell", "a difficult 2024, when revenue fell" (not the whole a share is of: "10.93% of its 2024 net profit").
A_YEAR = re.compile(r"\b(20\d\d)\b")
YEAR_OF_A_FIGURE = re.compile(
    r"(?<!of its )(?<!of their )(?<!of the )\b(20\d\d) (?:(?:net|total|combined|full-year|annual) )?"
    r"(?:revenue|profits?|sales|earnings|losses|dividends?|"
    r"payouts?|R&D|output)\b|\b(?:a|an) (?:[\w-]+ )?(20\d\d),? when\b"
)
# "Profit jumped 128 percent last year" (not a comparison: "up from last year", "than last year").
_LAST_YEAR = re.compile(
    r"(?<!from )(?<!than )(?<!with )(?<!over )(?<!on )(?<!against )(?<!of )\blast year\b(?!['’]s)"
)  # not "the end of last year", "reversed last year's slide"
# The year a report says it is about: "their 2024 annual reports", "results for 2024".
_REPORT_YEAR = re.compile(
    r"\b(20\d\d) (?:annual|full-year|interim|half-year|first-half|semi-annual|nine-month|quarterly) "
    r"(?:reports?|results|earnings|accounts)\b|\b(?:results|reports|earnings) for (20\d\d)\b|"
    r"\b(?:their|its) (20\d\d) (?:results|reports|earnings|accounts)\b|"
    r"\b(?:closed|ended|wrapped up|rounded off) (20\d\d)\b"
)
_AS_OF = re.compile(rf"\b(?:[Aa]s of|[Bb]y|[Aa]t)\s+(?:the end of\s+)?{_MONTH}\s+(\d{{1,2}}),\s*(20\d\d)")
_QUARTER_END_OF = re.compile(r"\bend of the (first|second|third|fourth|1st|2nd|3rd|4th) quarter of (20\d\d)")
_END_OF = re.compile(r"\b(?:end of|year-end) (20\d\d)|\b(20\d\d) year-end|\b(?:at )?the end of the year\b")
_START_OF = re.compile(r"\b(?:beginning|start) of (20\d\d)")
# "in the fourth quarter", "Fourth-quarter revenue", "Q4 2024"; not what a figure is compared with ("3.9% on the
# second quarter", "higher than in the second quarter").
_QUARTER_MONTHS = (("January", "March"), ("April", "June"), ("July", "September"), ("October", "December"))
_QUARTER = re.compile(
    r"(?<!on the )(?<!over the )(?<!than the )(?<!from the )(?<!than in the )(?<!against the )(?<!with the )"
    r"\b(first|second|third|fourth)[- ]quarter\b(?!'s)(?: of (20\d\d))?|\bQ([1-4])(?:\s+(20\d\d))?|"
    r"(?<!on the )(?<!over the )(?<!than the )(?<!from the )(?<!against the )(?<!with the )"
    # a quarter by its months: "the first three months", "July to September", "April-June"
    r"\b(?:first three months|(" + "|".join(rf"{a}\s*(?:to|through|[-–])\s*{b}" for a, b in _QUARTER_MONTHS)
    + r"))\b(?: of (20\d\d))?",
    re.IGNORECASE,
)


def _quarter(m: re.Match[str]) -> tuple[int, str | None]:
    """The number of the quarter a `_QUARTER` match names, and its year if it gives one."""
    if m.group(1):
        number = _ORDINAL[m.group(1).lower()]
    elif m.group(3):
        number = int(m.group(3))
    else:  # "July to September" is the third; "the first three months" the first
        first = (m.group(5) or "January")[:3].lower()
        number = next(n for n, (a, _) in enumerate(_QUARTER_MONTHS, start=1) if a[:3].lower() == first)
    return number, m.group(2) or m.group(4) or m.group(6)
# The words that name a period a figure is compared with: "against the first quarter", "than in the first half".
_COMPARED_WITH = r"\b(?:against|over|on|from|than|with|versus|compared with)\s+(?:in\s+)?the\s+"
# The quarter a figure is compared with ("grew 4.9% against the first quarter"): the figure is the next one's.
_QUARTER_BASE = re.compile(
    rf"{_COMPARED_WITH}(first|second|third)[- ]quarter\b(?: of (20\d\d))?|{_COMPARED_WITH}(first) three months\b",
    re.IGNORECASE,
)
# The whole year's, whatever part-year payment the clause names too: "3.08 yuan for the year", "a full-year budget",
# "a final dividend of 0.11 yuan on top of a 0.09 yuan interim payout".
_FOR_THE_YEAR = re.compile(
    r"\bfor the (?:whole |full )?year\b(?! (?:to|ahead|before)\b)|\bin the full year\b|\bfull-year\b|"
    r"\bfinal (?:cash )?(?:dividends?|payouts?|distributions?)\b",
    re.IGNORECASE,
)
# A year's figure aimed at, not achieved nor paid out: the year the report is written in, still running.
_AIMED = re.compile(
    r"\b(?:aim(?:s|ing)? (?:to|for)|is aiming|targets?\b|targeting|goal\b|guidance\b|budget\b|"
    r"expects? (?:to|full-year|revenue|sales|net profit|output|deliveries))",
    re.IGNORECASE,
)
_NOT_AIMED = re.compile(
    r"\b(?:met|achieved|beat|missed|exceeded|hit|surpassed|dividends?|payouts?|pay|paid|distribut\w*)\b", re.IGNORECASE
)
# "Net profit for the quarter alone": the quarter the sentence before named.
THE_QUARTER = re.compile(r"\b(?:for|in|during) the quarter\b")
# Part-year reporting periods: the half year and the first three quarters (nine months).
_HALF = re.compile(
    r"\b(first|second)[- ]half(?: of (?:the year |fiscal |FY ?)?(20\d\d))?\b|\bH([12])[ -]?(20\d\d)?\b|"
    r"\b(?:half[- ]year|semi[- ]annual|interim)\b(?:[\w ]{0,12}?\b(?:for|of) (20\d\d))?|"
    r"\bJanuary\s*(?:to|through|[-–—])\s*June\b|\bfirst six months\b|\bsix months (?:ended|to|through) June\b|"
    r"\bmid-?year (?:reports?|results|earnings)\b|\bhalf-yearly\b|\b1H ?(?:20)?\d\d\b|"
    r"\b(?:in|over|during|for) the (?:six months|half)\b(?![- ]year)",  # "42 new listings in the half"
    re.IGNORECASE,
)
# A half a figure is compared with: "(5% more) than in the first half of 2023".
_HALF_BASE = re.compile(rf"{_COMPARED_WITH}$", re.IGNORECASE)
# A Chinese third-quarter report covers the first three quarters: "dividend plans announced with third-quarter reports".
_NINE_MONTHS = re.compile(
    r"\b(?:first three quarters|(?:first )?nine[- ]months?|January\s*(?:to|through|[-–])\s*September|Q1[-–]Q3|"
    r"third[- ]quarter(?:ly)? reports?)\b(?: of (20\d\d)|(?<=September) (20\d\d))?",
    re.IGNORECASE,
)
_END_OF_MONTH = re.compile(rf"\b(?:end of |[Ee]nd-){_MONTH}(?:,? (20\d\d))?")
# The month a clause is about: "in May 2024", "In December", "in early March", "June alone", "August was busy"
# (not a day of it, not the first of a span: "in January and February").
_IN_A_MONTH = re.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Ii]n all of) (?:early |mid-|late )?{_MONTH}(?:,? (20\d\d))?\b"
    r"(?!,? \d)(?! (?:to|and|through)\b)|"
    rf"^\W*{_MONTH} (?:alone|was|saw|brought)\b|\b{_MONTH} alone\b"
)
# When a month dates the telling, not the figures told: "published by the regulator in February showed", "In
# March the board proposed", "In January it had forecast"; or a side clause: "which listed in June 2018", "the
# reform launched in June"; or the day a tally was taken: "By the first anniversary of the rules in June".
# Verbs that tell of a figure rather than do it: a date beside them is when it was told, not when it happened.
TOLD_VERBS = r"(?:said|reported|announced|disclosed|published|released)"
# Not an estimate of the teller's own results: "Trina Solar estimated in a preliminary report that its ...".
NOT_OF_ITS_OWN = r"(?![^.;]{0,40}\b(?:its|preliminary)\b)"
# A source putting a figure on others, after its name: "Soochow Securities put the average ...", "iFinD counted 820
# companies that had declared ...".
ESTIMATES = re.compile(
    r"\s+(?:put|puts|estimated|estimates|counted|counts|calculated|calculates|found|finds|reckon(?:s|ed)|"
    rf"tall(?:ied|ies)|compil(?:ed|es))\b{NOT_OF_ITS_OWN}"
)
_TELLING = rf"(?:{TOLD_VERBS}|forecast|warned|proposed|estimated|expected)"
_TOLD_IN = re.compile(
    rf"\b{_TELLING}\b[^.;]{{0,60}}$|\b(?:that|which|whose|who)\b[^,;]*$|"
    r"\b(?:launched|created|founded|established|introduced|listed|set(?: up)?)\s+$|\b[Bb]y\b[^,;]{0,50}$"
)
_TOLD_AFTER = re.compile(rf",?\s+(?:(?:it|they|the \w+|[A-Z]\w+)\s+)?(?:had\s+|has\s+)?{_TELLING}\b")
_SINCE_MONTH = re.compile(rf"\b[Ss]ince\b[^.;]*?\bin {_MONTH} (20\d\d)")
# "Since 2024", "Since its group-wide listing in 2013"
_SINCE_YEAR = re.compile(r"\b[Ss]ince (?:(?:its|their|the) [\w-]+(?: [\w-]+)? in )?(20\d\d)\b")
# A "since" that dates no figure: how long a company has been listed ("listed in Shanghai since 2000", "a
# Shanghai-listed company since 2014") or how long a record stands ("the city's biggest share sale since 2021").
_NOT_SINCE = re.compile(
    r"(?:\b(?:listed|traded|quoted)\b|\b(?:first|highest|lowest|largest|biggest|worst|best|strongest|weakest)\b)"
    r"[^,;]{0,40}$"
)
_MEASURED_FROM = re.compile(r"\b(?:[Mm]easured|[Cc]ounting|[Cc]ompared) from (20\d\d)\b")
_FROM_TO = re.compile(r"\b(?:from|between)\s+(20\d\d)\s+(?:to|and|through)\s+(20\d\d)\b|\b(20\d\d)\s*[-–]\s*(20\d\d)\b")
_AS_OF_DAY = re.compile(rf"\b(?:[Aa]s of|[Bb]y)\s+{_MONTH}\s+(\d{{1,2}})\b(?!,?\s*\d{{4}})")
_LAST_YEARS = re.compile(
    r"\b(?:last|past|over the|over|in the|during the) (\d+|two|three|four|five|ten) years", re.IGNORECASE
)
# A clause "for three consecutive years" spans them; a streak itself ("its eighth straight year of growth", "a 13th
# consecutive annual increase", "the third year in a row") spans its years, and "after two straight years of
# decline" ended the year before.
_FEW = r"\d+|" + "|".join(_NUMBER_WORDS)
_CONSECUTIVE = re.compile(rf"\b({_FEW}) consecutive years")
_STREAK = re.compile(
    rf"(?:\b({_FEW}) (?:consecutive|straight|successive) years|"
    rf"\b(\d+(?:st|nd|rd|th)|{ORDINAL_WORD}) (?:consecutive|straight|successive) (?:annual|year)\b|"
    rf"\b(\d+(?:st|nd|rd|th)|{ORDINAL_WORD}) year (?:in a row|running)\b)",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\bafter\s+(?:its\s+|their\s+)?$", re.IGNORECASE)
_CONSECUTIVE_QUARTERS = re.compile(r"\b(\d|two|three|four) consecutive quarters")
_FULL_DATE = re.compile(
    rf"\b(?:(?P<month>{'|'.join(m.capitalize() for m in _MONTHS)})\s+(?P<day>\d{{1,2}}),\s*(?P<year>20\d\d)"
    rf"|(?P<day_first>\d{{1,2}})\s+(?P<month_after>{'|'.join(m.capitalize() for m in _MONTHS)}),?\s+"
    rf"(?P<year_after>20\d\d))\b"
)  # "April 30, 2025" or "30 April 2025"
_FIRST_QUARTER = re.compile(r"\b(?:first[- ]quarter|Q1)\b(?:\s+(?:of\s+)?(20\d\d))?", re.IGNORECASE)
# A year named whole, not as a quarter's or half's: "end a flat 2024", not "first quarter of 2025", "Q1 2025".
_WHOLE_YEAR = re.compile(
    r"(?<!quarter )(?<!quarter of )(?<!Q1 )(?<!half )(?<!half of )(?<!H1 )\b20\d\d\b"
    r"(?![- ](?:Q[1-4]|H[12]|first|second|third))",
    re.IGNORECASE,
)
_FIRST_QUARTER_REPORT = re.compile(r"\bfirst[- ]quarter(?:ly)? reports?\b|\bQ1 reports?\b", re.IGNORECASE)
_SINCE_LISTING = re.compile(
    r"\b(?:since|after) (?:the |their |its )?listing|compared (?:to|with) before (?:the )?listing|"
    r"before the listing of",
    re.IGNORECASE,
)
# A record since listing dates no figure: "its first annual loss since listing, a deficit of 7.0 billion yuan".
_FIRST_SINCE = re.compile(
    r"\b(?:first|highest|lowest|largest|biggest|worst|best|most \w+)\b[^,;]{0,40}\bsince (?:its |their )?listing",
    re.IGNORECASE,
)
_PRE_LISTING = re.compile(r"\b(?:before|prior to) (?:its |their )?listing\b")
_TO_DATE = re.compile(
    r"\b(?:[Uu]p to now|[Cc]urrently|[Ss]o far|[Tt]o date|[Aa]t present|have now|"
    r"since (?:it|they|the \w+) (?:began|started))\b"
)
_THIS_YEAR = re.compile(r"\bthis year\b")
# A piece of every match of every wording `_period_named` tries, in lower case: most clauses hold
# none, and looking for these pieces costs a tenth of trying the twenty wordings in turn.
_PERIOD_KEYS = (
    *_MONTHS,
    *("20", "quarter", "q1", "q2", "q3", "q4", "half", "h1", "h2", "semi", "interim", "nine", "six months"),
    " years",
    *("listing", "year-end", "up to now", "currently", "so far", "to date", "at present", "have now", "this year"),
    "last year",
    *("began", "started", "end of the year", "for the ", "three months", "full", "final"),
)
_IN_THE_BLACK = re.compile(r"\bin the (?:black|red)\b|\bprofitable\b|\bswung\b|\bturned\b")
_PROFITABLE = re.compile(r"\bin the (?:black|red)\b|\bprofitable\b")
_MARKET_FLOW = re.compile(
    # money raised over the period, not what "has raised" to date
    r"(?<!\bhas )(?<!\bhad )(?<!\bhave )(?<!successfully )\braised\b|\bcollected\b|"
    r"\bdebut(?:ed|s)?\b|\blistings\b|\bwent public\b|\bdelisted\b|\bforced out\b|\bremoved\b|"
    r"\bfined\b|\bpenalt(?:y|ies)\b|\bpunish"
)
_A_DAY = re.compile(rf"\b{_MONTH} \d{{1,2}}\b")
_TOLD = re.compile(rf"\b{TOLD_VERBS}\b|\breports?\b|\bdisclos|\bpublish|\breleas|\bfiled\b|\bannounc", re.IGNORECASE)
# Wordings of a flow over the reporting year: the fiscal year is meant even when no year is said.
_FLOW = re.compile(
    r"\byear[- ]on[- ]year\b|\bprevious year\b|\blast year\b|\bthe (?:whole |full )?year\b|\bannual\b|"
    r"\blost\b|\bearn(?:ed|ing)\b|"
    r"\brevenue|\bprofit|\bloss|\bincome|\bdividend|\bR&D investment|\bincreased?\b|\bgrowth\b|\bdoubled\b|"
    r"\branked\b|\bmarket share\b|\bshipments?\b|\bshipped\b|\bin the period\b|\bsales\b|\bexpenses\b|"
    r"\bspen(?:t|ding|ds)\b|\bmargins?\b|\butili[sz]ation\b|\bexpenditure\b|\bsold\b|\bdeliver(?:ed|ies)\b|"
    r"\bexport(?:s|ed)\b|\b(?:will )?pay\b|\bpaid\b|\bpayout\b|\bb(?:ought|uying) back\b|\brepurchased\b|"
    r"\bcash flows?\b|\bearnings\b|\bintensity\b",
    re.IGNORECASE,
)




DAYS_AHEAD = 92  # a yearless date this far after a report's date is a deadline it names; further, a past event
# A day something was done on: "agreed on May 31", "said in April", "broke ground on September 10" (not "holders
# registered on September 18", a day to come).
PAST_VERB = (
    r"(?:(?!(?:registered|scheduled|expected|planned|due|set)\b)[a-z]+ed|said|broke|began|won|sold|bought|took|made|"
    r"paid|held|rolled|led|saw|became|came|went)"
)
# What a clause that opens on its day goes on to say first: something done, or something to come.
_PAST_OR_FUTURE = re.compile(
    rf"[^.;]*?\b(?:(?P<future>will|would|is to|are to|plans?|expects?|aims?|due|scheduled)|(?P<past>{PAST_VERB}))\b"
)


def done_after(words: str) -> bool:
    """True when what follows a day says first that something was done ("By June 24, 1,603 companies had carried
    out"), not that something is to come."""
    after = _PAST_OR_FUTURE.match(words)
    return after is not None and after.group("past") is not None


def nearest_year(month: int, day: int, anchor: int, ahead: int = 366, behind: int = 1) -> int:
    """The year, of the anchor date's (YYYYMMDD) and the two around it, that puts a month and day nearest the
    anchor and no more than `ahead` days after it, a day before it counting `behind` times its distance."""
    year = anchor // 10_000
    target = date(year, anchor // 100 % 100, anchor % 100)

    def distance(candidate: int) -> int:
        if day > days.monthrange(candidate, month)[1]:
            return 1_000  # February 29 of a common year
        gap = (date(candidate, month, day) - target).days
        return (gap if gap >= 0 else -gap * behind) if gap <= ahead else 1_000 + gap

    return min((year - 1, year, year + 1), key=distance)


@dataclass(frozen=True, slots=True)
class Calendar:
    """The document's reporting year, its reporting span (FY, H1 or Q1-Q3) and the year it was written in."""

    year: int
    current_year: int
    span: str = "FY"
    dateline: int = 0  # the report's own date (YYYYMMDD), 0 when it has none

    def year_of(self, month: int, day: int, done: bool = False) -> int:
        """The year of a day told without one: the reporting year for the day its span ends ("the end of June" in
        a half-year report told the next April), else the one nearest the report's own date ("As of November 5"
        in a report of June 2025 is 2024's), never after it for something `done` by then, else the latest year
        the report names."""
        if self.year and month * 100 + day == SPAN_END[self.span]:
            return self.year
        if not self.dateline:
            return self.current_year
        return nearest_year(month, day, self.dateline, ahead=0 if done else DAYS_AHEAD)


    @property
    def fiscal(self) -> str:
        """The default period: the reporting span of the reporting year (FY2024, H1-2024, Q1-Q3-2024)."""
        return f"FY{self.year}" if self.span == "FY" else f"{self.span}-{self.year}"


# What a company is, between its name and its verb, tells no figure's period: "BTR, a leading maker of anode
# materials and the board's top company by revenue in the first three quarters, reported revenue up 144.76%".
_NAME_ASIDE = re.compile(
    r"\b[A-Z][\w&.'-]*(?P<aside>,\s+(?:a|an|the|one of)\s+(?:[^,;.]|\.\d){3,160}?,)"  # within its sentence
    r"(?=\s+(?!its\b|this\b|his\b)[a-z]+(?:ed|s)\b)"
)


def blank_asides(words: str) -> str:
    """`words` with what a company is, between its name and its verb, blanked out (offsets kept)."""
    for aside in _NAME_ASIDE.finditer(words):
        words = words[: aside.start("aside")] + " " * len(aside.group("aside")) + words[aside.end("aside") :]
    return words


def calendar(document: Document) -> Calendar:
    """The most talked-about year ("In 2024", "for 2024") and the latest year of a stated date."""
    years = Counter(int(y) for y in _YEAR_CONTEXT.findall(document.text))
    titled = A_YEAR.findall(document.title.text) if document.title is not None else []
    years.update(int(y) for y in titled for _ in range(3))
    years.update(int(next(filter(None, m.groups()))) for m in _REPORT_YEAR.finditer(document.text) for _ in range(3))
    full_dates = list(_FULL_DATE.finditer(document.text))
    dated = [
        (int(m.group("year") or m.group("year_after")), m.group("month") or m.group("month_after")) for m in full_dates
    ]
    span, year = _span(document)
    on_line = next((m for m in full_dates if document.on_dateline(m.start())), None)
    dated_in, month_name = dated[full_dates.index(on_line)] if on_line else (None, "")
    month = _MONTHS[month_name.lower()] if month_name else 0
    if year is None and dated_in and span in _LAST_MONTH:
        # part of a year is told after it ends: "first half" in a report dated September 15, 2025 is 2025's, in
        # one dated March 28, 2025 the year before's
        year = dated_in if month > _LAST_MONTH[span] else dated_in - 1
    if year is None and set(titled) == {str(dated_in)}:
        year = dated_in  # "STAR Market companies start 2024 with higher sales", dated June 24, 2024: this year's part
    if year is None:
        year = years.most_common(1)[0][0] if years else _year_of_dates(dated, span)
    if span == "FY" and year == dated_in:
        # a year's results come out once it is over: a report dated in that year is on part of it, the latest part
        # whose reports are out ("STAR Market companies start 2024 with higher sales", dated June 24, 2024)
        span = "Q1-Q3" if month >= 10 else "H1" if month >= 7 else "Q1" if month >= 4 else span
    day = int(on_line.group("day") or on_line.group("day_first")) if on_line else 0
    dateline = dated_in * 10_000 + month * 100 + day if dated_in else 0
    return Calendar(year=year, current_year=max([year, *(y for y, _ in dated)]), span=span, dateline=dateline)


SPAN_END = {"FY": 1231, "Q1": 331, "H1": 630, "Q1-Q3": 930}  # the last month-day (MMDD) of each reporting span
_LAST_MONTH = {span: end // 100 for span, end in SPAN_END.items() if span != "FY"}  # the month a part year ends in


def _year_of_dates(dated: list[tuple[int, str]], span: str) -> int:
    """A report that names its year only in dates ("BEIJING, September 3, 2024"): a year's results come out
    in the first months of the next year, a half year's or nine months' in the same year."""
    if not dated:
        return 0
    year, month = dated[0]
    early = _MONTHS[month.lower()] <= 6
    return year - 1 if span == "FY" and early else year


def _span(document: Document) -> tuple[str, int | None]:
    """A half-year or nine-month report says so in its title or opening sentences, often with the year it
    is about ("first half of 2024"): that year wins however often a comparison names an earlier whole year.
    A first-quarter report says so in its title ("lift first-quarter profit"): a year's report may well name
    the first quarter in its opening. Other reports cover a year, found from the text at large."""
    opening = blank_asides(" ".join(s.span.text for s in document.sentences[:4]))
    title = document.title.text if document.title is not None else ""
    spans = [("H1", _HALF), ("Q1-Q3", _NINE_MONTHS)]
    if _FIRST_QUARTER.search(title) and not _WHOLE_YEAR.search(title):  # not "end a flat 2024 ... first quarter"
        spans.append(("Q1", _FIRST_QUARTER))
    # the title's span first: "grew faster in the first three quarters than in the first half" is a nine-month report
    # then the opening's first: "closed the first three quarters ..., and lined up interim dividends"
    found = [(m.start(), span, p) for span, p in spans if (m := p.search(opening))]
    named = next(((span, p) for span, p in spans if p.search(title)), None) or (
        min(found, key=lambda f: f[0])[1:] if found else None)
    if named is None:
        return "FY", None
    span, pattern = named
    year = next((g for m in pattern.finditer(f"{title} {opening}") for g in m.groups()
                 if g and g.isdigit() and len(g) == 4), None)
    return span, int(year) if year else None


def _part_year(text: str, cal: Calendar) -> str | None:
    """A half year or the first three quarters named in `text` (H1-2024, H2-2024, Q1-Q3-2024)."""
    if m := _NINE_MONTHS.search(text):
        return f"Q1-Q3-{m.group(1) or m.group(2) or cal.year}"
    halves = list(_HALF.finditer(text))
    own = [h for h in halves if not _HALF_BASE.search(text, 0, h.start())]
    if own:  # "its first interim dividend: 35% of profit for the first half of 2025": the half with a year
        m = next((h for h in own if h.group(2) or h.group(4) or h.group(5)), own[0])
        half = "2" if (m.group(1) or "").lower() == "second" or m.group(3) == "2" else "1"
        return f"H{half}-{m.group(2) or m.group(4) or m.group(5) or cal.year}"
    if halves and (year := halves[0].group(2) or halves[0].group(4) or halves[0].group(5)):
        half = "2" if (halves[0].group(1) or "").lower() == "second" or halves[0].group(3) == "2" else "1"
        return f"H{half}-{int(year) + 1}"  # "5% more than in the first half of 2023": the half a year on
    return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def aimed_year(text: str, cal: Calendar) -> str | None:
    """The year the report is written in, for a whole year's figure `text` aims at: "For the full year, BYD is
    aiming to sell 5.5 million vehicles" in a report of May 2025 is 2025's (but a dividend proposed for the year,
    or a target met, is the reporting year's)."""
    if _FOR_THE_YEAR.search(text) and _AIMED.search(text) and not _NOT_AIMED.search(text) and cal.current_year:
        return f"FY{cal.current_year}"
    return None


def clause_period(text: str, cal: Calendar) -> str | None:
    """The period a clause names explicitly, or None when it names none."""
    if text.isascii():  # where lowering is what the wordings' case blindness is
        lowered = text.lower()
        if not any(key in lowered for key in _PERIOD_KEYS):
            return None
    return _period_named(text, cal)


def _period_named(text: str, cal: Calendar) -> str | None:
    """`clause_period` by trying each period wording in turn, the first that matches winning."""
    if m := _QUARTER_END_OF.search(text):
        return f"{m.group(2)}-{_QUARTER_END[_ORDINAL[m.group(1).lower()]]}"
    if m := _AS_OF.search(text):
        return f"{m.group(3)}-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    if m := _AS_OF_DAY.search(text):  # "as of April 30": the year the report was written in
        month, day = _MONTHS[m.group(1).lower()], int(m.group(2))
        return f"{cal.year_of(month, day, done_after(text[m.end():]))}-{month:02d}-{day:02d}"
    if m := _END_OF_MONTH.search(text):  # "by the end of June": the month's last day; December's is the year's end
        month = _MONTHS[m.group(1).lower()]
        year = int(m.group(2) or cal.year_of(month, days.monthrange(cal.current_year, month)[1]))
        return f"end-{year}" if month == 12 else f"{year}-{month:02d}-{days.monthrange(year, month)[1]:02d}"
    if m := _FROM_TO.search(text):
        return f"{m.group(1) or m.group(3)}-{m.group(2) or m.group(4)}"
    if m := _MEASURED_FROM.search(text):  # "Measured from 2019, ... grew at compound annual rates of"
        return f"{m.group(1)}-{cal.year}"
    if m := _SINCE_MONTH.search(text):
        return f"since-{m.group(2)}-{_MONTHS[m.group(1).lower()]:02d}"
    if m := next((m for m in _SINCE_YEAR.finditer(text) if not _NOT_SINCE.search(text, max(0, m.start() - 50),
                                                                               m.start())), None):
        return f"since-{m.group(1)}"
    if m := _END_OF.search(text):
        return f"end-{m.group(1) or m.group(2) or cal.year}"
    if m := _LAST_YEARS.search(text):
        return f"{cal.year - _number(m.group(1))}-{cal.year}"
    if m := _CONSECUTIVE.search(text):
        return f"{cal.year - _number(m.group(1)) + 1}-{cal.year}"
    if (m := _CONSECUTIVE_QUARTERS.search(text)) and 1 < _number(m.group(1)) <= 4:
        return f"Q{5 - _number(m.group(1))}-Q4-{cal.year}"  # the year's last quarters
    if _SINCE_LISTING.search(text) and not _FIRST_SINCE.search(text):
        return "since-listing"
    if _FOR_THE_YEAR.search(text) and cal.year:  # "added to the interim payment, 3.08 yuan for the year"
        return f"FY{cal.year - 1}" if cal.span == "Q1" else f"FY{cal.year}"  # a first quarter's is last year's
    if part := _part_year(text, cal):
        return part
    if m := _QUARTER.search(text):
        number, named = _quarter(m)
        return f"Q{number}-{named or cal.year}"
    if m := _QUARTER_BASE.search(text):  # "Measured against the first quarter, revenue grew 4.9%": the second
        return f"Q{_ORDINAL[(m.group(1) or m.group(3)).lower()] + 1}-{m.group(2) or cal.year}"
    if _FIRST_QUARTER_REPORT.search(text):  # published in April of the year the report is written in
        return f"{cal.current_year}-03-31"
    if _TO_DATE.search(text):
        return "to-date"
    if _THIS_YEAR.search(text):
        return str(cal.current_year)
    if m := _YEAR_CONTEXT.search(text) or YEAR_OF_A_FIGURE.search(text):
        return f"FY{next(g for g in m.groups() if g)}"
    if m := next((m for m in _IN_A_MONTH.finditer(text) if _dates_the_clause(text, m)), None):
        month = _MONTHS[next(g for g in m.groups() if g and not g.isdigit()).lower()]
        return f"{m.group(2) or cal.year_of(month, 1)}-{month:02d}"
    if _LAST_YEAR.search(text) and cal.year:  # written in a later year than the one it reports on, or a part-year
        return f"FY{cal.year}" if cal.current_year > cal.year else f"FY{cal.year - 1}"  # report's year before
    return None


def _dates_the_clause(text: str, month: re.Match[str]) -> bool:
    """True when the month named is when the clause's figures happened, not when they were told or a side
    clause's."""
    return not (_TOLD_IN.search(text, 0, month.start()) or _TOLD_AFTER.match(text, month.end()))


def streak_period(surface: str, before: str, cal: Calendar) -> str | None:
    """The years a streak figure counts ("its eighth straight year of growth" in 2024: 2017-2024), or None when the
    figure is no streak of years."""
    m = _STREAK.fullmatch(surface)
    if not m or not cal.year:
        return None
    last = cal.year - 1 if _AFTER.search(before) else cal.year
    years = _number(m.group(1)) if m.group(1) else parse_ordinal(m.group(2) or m.group(3))
    return f"{last - years + 1}-{last}"


def new_years_first_quarter(sentence: str, cal: Calendar) -> bool:
    """True when a year's results, written in a later year, name one quarter in `sentence`, the first, with no
    year ("Its first-quarter loss narrowed"): first-quarter reports come out with the annual ones, so it is
    the new year's; "12% in the first quarter and 15% in the fourth" is still the reporting year's."""
    if cal.span != "FY" or cal.current_year <= cal.year:
        return False
    quarters = list(_QUARTER.finditer(sentence))
    if len(quarters) != 1:
        return False
    number, year = _quarter(quarters[0])
    return number == 1 and not year


def flow_of_the_period(predicate: str) -> bool:
    """True for what companies did over the period ("53 had raised net profit", "were in the black"), not what
    had happened by a date ("had disclosed their annual reports")."""
    return bool((_FLOW.search(predicate) or _IN_THE_BLACK.search(predicate)) and not _TOLD.search(predicate))


def default_period(text: str, cal: Calendar) -> str:
    """For a clause that names no period: the fiscal year for the year's flows and rankings (revenue,
    growth, market share, "were in the black"), "to-date" for everything else a report states without a date: counts of
    companies that did something, stocks, states ("64 companies joined the ranks", "have built")."""
    if _FLOW.search(text) or _PROFITABLE.search(text):
        return cal.fiscal
    # what a market did over the period, told without a day: listings, exits, penalties
    return cal.fiscal if _MARKET_FLOW.search(text) and not _A_DAY.search(text) else "to-date"


def pre_listing(text: str) -> bool:
    """True for wordings of the time before a company listed ("from zero revenue before listing")."""
    return bool(_PRE_LISTING.search(text))
