"""Counts of companies: which numbers of a sentence count companies ("54 companies", "More than 850
reported higher net profit", "82 are on the Main Board, 221 on the SME Board") and the words between a
count and its noun."""

from __future__ import annotations

import re

from ..records import Quantity
from .markets import AGENT_AT_END, COMPANY_NOUN, COMPANY_NOUN_RE, PLURAL_NOUN
from .measures import counted_measure

_POSSESSIVE_COUNT = re.compile(rf"^[^']*?\b(?:{COMPANY_NOUN})['’]", re.IGNORECASE)
_NUMBER_OF_COMPANIES = re.compile(
    rf"\bnumber of (?:[\w-]+ ){{0,3}}?(?:{PLURAL_NOUN})\b[^.;,]*?"
    r"(?:\bfrom\b[^.;,]*?|\bto\s+|\bwas\s+|\breached\s+|\b(?:passed|exceeded|topped|hit|stood at)\s+)$",
    re.IGNORECASE,
)
_BARE_COUNT_VERB = re.compile(
    r"\s+(?:of (?:them|these|which|the|all)\b|(?:have|has|had|are|were|is|was|also|all|with|that|who|whose)\b|"
    r"(?:(?:more than )?[a-z]{3,}ed|grew|rose|saw|made|took|did|won|led|became|kept|held|posted|spent|lost|paid|"
    r"cut|fell|swung|sold|bought)\b)"
)
# What companies counted or shared out did: "58% of the companies increased ...", "half increased their net profit".
DID_VERB = (
    r"achieved|were|have|had|launched|saw|recorded|made|ended|increased|raised|posted|reported|put|spent|invested|"
    r"paid|distributed|turned|grew|booked|lifted|cut|swung|delivered|(?:more than )?doubled"
)
_COUNT_BEFORE = re.compile(r"\b(\d[\d,]*)\s+([A-Za-z][\w-]*)")
_OPENS_PART = re.compile(  # "; of these, nearly 240 raised it", "..., of which 863 earned", "A total of 936 raised"
    r"(?:(?:^|[;:]\s*)(?:(?:of|among) (?:these|them|which),?\s*|a total of\s+|in all,?\s*|altogether,?\s*)?|"
    r",\s+(?:of|among) (?:these|them|which),?\s*)$",
    re.IGNORECASE,
)
# A sentence that opens with the group a count is part of: "Of the buyers, 408 spent ...", "Of the six largest
# listed carriers, four lost money", "Among the 25 that had issued forecasts, only 2 expected ...".
_OF_THE_GROUP = re.compile(
    r"^(?:Of|Among)\s+(?:all\s+)?(?:the|those|these)\s+(?![^,;]*(?:yuan|%|percent|dollars))(?P<group>[^,;]{2,60}),"
    r"\s*(?:only|just)?\s*$"
)
# A sentence that opens with a share and what it did, about the companies of the sentence before: "More than 80%
# made a profit, half increased their net profit and 49 more than doubled it", "Nearly 60 percent of them grew".
_SHARE_DID = re.compile(
    r"^(?:(?:More than|Over|Nearly|About|Almost|Around|Close to|Some)\s+)?\d+(?:\.\d+)?(?:%|\s+percent)\s+"
    r"(?:of\s+(?:them|these|the\s+companies)\s+)?[a-z]+\b"
)
_IN_ALL = re.compile(r"\s+in all\b|\s+in total\b")
_PARALLEL = re.compile(r"(?:[^.;]|\.\d)*?(?:,\s*(?:and|while|but|whereas)|\s+(?:and|while))\s+")
_COMMA = re.compile(r"(?:[^.;]|\.\d)*?,\s+")
# What follows a count whose verb is left out: "nearly 240 raised it by over 50% and more than 120 by over 100%".
_ELLIPSIS = re.compile(r"\s+(?:by|to|with|above|below|under|more than|over|less than)\s+[\w$¥]")
# The verb of a parallel clause, any lowercase word: "and 27 spent more", "and 32 swung", "while 40 reported".
_NEXT_WORD = re.compile(r"\s+[a-z]{3,}\b")
# A clause joined to the one before, whatever it says before the count: "... and more than doubled at 173".
_CONJOINED = re.compile(r"(?:[^.;]|\.\d)*?(?:,\s*)?\b(?:and|while|but|whereas)\b(?:[^.;]|\.\d)*")
# The preposition before a count: "more than doubled at 173" after "rose by more than 50% at 305 companies".
_PREPOSITION = re.compile(r"\b(at|among|in)\s+$")
_LISTED_BEFORE = re.compile(
    rf"(?:,\s+\d[\d,.]*)*,?\s+and\s+\d[\d,.]*\s+(?:[\w-]+\s+)?(?:{COMPANY_NOUN})\b", re.IGNORECASE
)
_COMPARED_WITH = re.compile(r"[^.;]*,\s*(?:against|versus|compared with|up from|down from)\s+")
_LISTED_NEXT = re.compile(r"[^.;,:\d]{0,40}(?:[,:]\s*(?:and\s+)?|\s+and\s+)")  # "5,405 listed companies: 2,278 in ..."
OF_THESE = re.compile(r"^\s*(?:[Oo]f (?:these|them|which)|[Aa]mong (?:them|these|which)|[Ii]n particular)\b")
PART_OF_THOSE = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)
_NUMBERED = re.compile(rf"\b(?:{COMPANY_NOUN})\b[^,;.]*\b(?:numbered|totall?ed)\s+$", re.IGNORECASE)
_APPOSED_SHARE = re.compile(r"^,\s+or\s+[^,;]{1,24},")
NUMBER_TOKEN = re.compile(
    r"^(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|"
    r"eigh|nine)teen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?)\s+",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:(?:nearly|about|approximately|around|over|more than|less than|almost|some|all|the)\s+)+", re.IGNORECASE
)


# A count a company bought or runs: "acquired 87 medical institutions", "bought another 12 hospitals", "owned and
# ran 78 medical institutions".
_HELD = (r"(?:acquired|acquires|acquire|acquiring|bought|buys|buying|took over|takes over|purchased|absorbed|owned|"
         r"owns|ran|runs|operated|operates)")
_BOUGHT_BEFORE = re.compile(
    rf"\b{_HELD}(?:\s+and\s+{_HELD})?\s+"
    r"(?:(?:a total of|another|some|about|nearly|more than|over|up to|a further)\s+)?$"
)


def is_company_count(quantity: Quantity, sentence: str, base: int, previous: str = "") -> bool:
    """A count of companies: "54 companies", "Thirty-one innovative pharmaceutical companies", "More than 850
    reported higher net profit" right after a sentence about the companies (`previous`)."""
    if quantity.unit != "count" or _BOUGHT_BEFORE.search(sentence, 0, quantity.span.start - base):
        return False  # "It acquired 87 medical institutions": the company's deals or holdings, no group of companies
    if _POSSESSIVE_COUNT.match(quantity.span.text):
        return True  # "63 companies' products": the count is of the companies
    if quantity.counted:  # "54 companies", "23 carmakers", "42 listed banks"
        noun = quantity.counted.lower().strip("'’")
        phrase = quantity.span.text.lower().strip("'’")  # the noun with the words before it, when the span has it:
        # not "three domestic business groups", the parts of one company
        return bool(COMPANY_NOUN_RE.fullmatch(noun) or AGENT_AT_END.search(phrase if phrase.endswith(noun) else noun))
    after = sentence[quantity.span.end - base :]
    if _LISTED_BEFORE.match(after):
        return True  # "Only 64, 58 and 107 companies": the noun of a list's last count is the others' too
    before = sentence[: quantity.span.start - base]
    if _counts_other_things(before):
        return False  # "disclosed 134 mergers ..., and 80 had been completed": 80 deals, not 80 companies
    if _NUMBER_OF_COMPANIES.search(before[-80:]):
        return True  # "the number of listed companies had grown from 25 to 546"
    # A bare number that is the subject of a clause about companies: "32 turned losses into profits".
    if _NUMBERED.search(before):
        return True  # "Companies from the nine strategic emerging industries numbered 763"
    if _APPOSED_SHARE.match(after) and (OF_THESE.match(sentence) or COMPANY_NOUN_RE.search(sentence)):
        return bool(_BARE_COUNT_VERB.match(_APPOSED_SHARE.sub("", after)))  # "Of these, 386, or 32%, had listed"
    if _IN_ALL.match(after) and COMPANY_NOUN_RE.search(sentence):
        return True  # "About 46% of the companies, 2,470 in all, lifted their profit"
    if PART_OF_THOSE.match(after):
        return True  # "...; 22 of these have since turned a profit": a part of the group just counted
    if (group := _OF_THE_GROUP.match(before)) and _BARE_COUNT_VERB.match(after):
        return counted_measure(group.group("group")) in (None, "company_count")  # not "Of the 19 sectors, 17 ..."
    opens = bool(_OPENS_PART.search(sentence, 0, quantity.span.start - base))  # "; of these, nearly 240 raised it"
    about_companies = COMPANY_NOUN_RE.search(sentence) or (
        (opens or _SHARE_DID.match(sentence)) and COMPANY_NOUN_RE.search(previous)
    )
    return bool(_BARE_COUNT_VERB.match(after)) and bool(about_companies)


def _counts_other_things(before: str) -> bool:
    """True when the last count a clause made before a bare number counted things other than companies."""
    for match in reversed(list(_COUNT_BEFORE.finditer(before))):
        if re.fullmatch(r"(?:19|20)\d\d", match.group(1)):
            continue  # a year ("between June 2024 and September 2025, and 80 ...")
        measure = counted_measure(match.group(2))
        if measure is not None:
            return measure != "company_count" and not COMPANY_NOUN_RE.fullmatch(match.group(2).lower())
    return False


def elided_after(last: Quantity | None, quantity: Quantity, text: str) -> bool:
    """A bare number listed right after a company count counts companies too: "Of the 532 companies, 82 are
    on the Main Board, 221 on the SME Board and 229 on ChiNext", "20 companies joined ChiNext in the first
    half of 2025, against 15 a year earlier"."""
    return (
        last is not None
        and quantity.unit == "count"
        and not quantity.counted
        and bool(
            _LISTED_NEXT.fullmatch(text, last.span.end, quantity.span.start)
            or _COMPARED_WITH.fullmatch(text, last.span.end, quantity.span.start)
        )
    )


def parallel_count(last: Quantity | None, quantity: Quantity, text: str) -> bool:
    """A bare number in a clause parallel to one a company count opened counts companies too: "Among them, 132
    had arranged interim dividends, and 232 had bought back shares", "30 companies doubled their profit and 32
    swung to a profit", "... and more than 120 by over 100%", "rose by half at 305 companies and doubled at 173",
    "44 gained more than 100%, 29 more than 200% and 13 more than 300%"."""
    if last is None or quantity.unit != "count" or quantity.counted:
        return False
    if parallel(text, last.span.end, quantity.span.start):
        return bool(_NEXT_WORD.match(text, quantity.span.end) or _ELLIPSIS.match(text, quantity.span.end))
    if _COMMA.fullmatch(text, last.span.end, quantity.span.start) and _ELLIPSIS.match(text, quantity.span.end):
        return True  # the middle of a gapped list: "119 proposed more than 100 million yuan, 56 more than 300 million"
    before = _PREPOSITION.search(text, max(0, quantity.span.start - 8), quantity.span.start)
    same = _PREPOSITION.search(text, max(0, last.span.start - 8), last.span.start)
    return (
        bool(before and same and before.group(1) == same.group(1))
        and _CONJOINED.fullmatch(text, last.span.end, quantity.span.start) is not None
    )


def parallel(text: str, end: int, start: int) -> bool:
    """True when `text[end:start]` closes one clause and opens a parallel one: ", and", ", while"."""
    return bool(_PARALLEL.fullmatch(text, end, start))


def modifiers(surface: str) -> str:
    """The words between a count's number and its noun: "54 unprofitable companies" -> "unprofitable"; a noun
    naming what the companies do is one of them: "six large commercial banks" -> "large commercial banks"."""
    text = NUMBER_TOKEN.sub("", _LEAD.sub("", surface.strip()))
    if noun := COMPANY_NOUN_RE.search(text):
        return " ".join(text[: noun.start()].split())
    return " ".join(text.split()) if AGENT_AT_END.search(text.lower()) else ""  # "large commercial banks"


__all__ = [
    "DID_VERB",
    "NUMBER_TOKEN",
    "OF_THESE",
    "PART_OF_THOSE",
    "elided_after",
    "is_company_count",
    "modifiers",
    "parallel",
    "parallel_count",
]
