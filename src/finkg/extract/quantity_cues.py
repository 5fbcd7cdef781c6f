"""The words around a number that say what it is: qualifiers, change and share cues, counted nouns, names.

Vocabulary of the genre (exchange overviews, results news), kept apart from the scanner in
`quantities` so that each table can be read and extended on its own.
"""

from __future__ import annotations

import re

from ..records import Kind, Qualifier
from .numbers import word_list


def _words(text: str) -> frozenset[str]:
    return frozenset(word_list(text))


_APPROX = r"nearly|almost|about|approximately|approx\.|around|roughly|close\s+to|some|circa|an\s+estimated"
_AT_LEAST = (
    r"more\s+than|well\s+over|over|well\s+above|above|at\s+least|no\s+less\s+than|not\s+less\s+than|"
    r"no\s+fewer\s+than|upwards\s+of|in\s+excess\s+of"
)
_AT_MOST = (
    r"less\s+than|fewer\s+than|under|below|up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|not\s+exceeding|"
    r"as\s+(?:much|many|high)\s+as"
)
# Adverbs belong to the quantity's span ("nearly 40%"); verbs only qualify it ("exceeded [1 billion yuan]").
_QUALIFIER_WORDS = re.compile(
    rf"\b(?:(?P<approx>{_APPROX})|(?P<at_most>{_AT_MOST})|(?P<at_least>{_AT_LEAST}))\s*$", re.IGNORECASE
)
_QUALIFIER_VERBS = re.compile(
    r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped)|pass(?:es|ed)|broke\s+through|crossed|"
    r"milestone\s+of)\s+$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(
    r"\s+or\s+(?P<at_least>more|above|higher|over)\b|\s+and\s+(?P<above>above)\b|(?P<plus>\+)"
    r"|\s+or\s+(?P<at_most>less|below|fewer|lower)\b|\s+or\s+(?P<approx>so)\b",
    re.IGNORECASE,
)

# Verbs and words of a rise and of a fall, shared with the measure chooser.
RISE = (
    r"increase[sd]?|increasing|growth|grew|grows?|growing|rose|rises?|rising|risen|up|gain(?:s|ed)?|jump(?:s|ed)?|"
    r"surge[sd]?|climb(?:s|ed)?|swell(?:s|ed)?|higher|(?:rais|lift|expand|increas)(?:ed|ing)(?=(?:\s+[\w&-]+){1,5},?\s+by\b)|"
    r"boost(?:s|ed)?|soar(?:s|ed)?|improvements?|improved|widen(?:s|ed|ing)?"
)
FALL = (
    r"decrease[sd]?|decreasing|decline[sd]?|declining|fell|falls?|falling|drop(?:s|ped)?|down|reductions?|reduced|"
    r"lower|shr[ai]nk(?:ing)?|contract(?:ed|ion)|slid(?:e|es|ing)?|dip(?:s|ped)?|narrow(?:ed|ing)|cuts?|cutting|"
    r"slashed|lower(?:ed|ing)|slip(?:s|ped)?|slump(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|sank|sink(?:s|ing)?|"
    r"collaps(?:e|es|ed|ing)|trim(?:s|med|ming)|dropping|reducing|eased|retreated"
)
# A stake or a business sold to a named buyer, which acquires it: "agreed to sell a 5 percent stake to Hangzhou
# Jiushi", "will sell 5% of the company to Yangshengtang's affiliate Hangzhou Jiushi", "plans to sell its container
# and ro-ro assets to Antong Holdings" (not "sold shares to investors", "sold 1,200 cars to Europe").
_SOLD = (
    r"\b(?:sell|sells|sold|selling|transfer|transfers|transferred|transferring)\s+"
    r"(?P<what>(?:[^,;.]|\.\d)*?\b(?:stakes?|holdings?|%|percent|assets|units?|business(?:es)?|subsidiar(?:y|ies)|"
    r"arms?|divisions?)(?:\s+(?:in|of)\s+(?:[^,;.]|\.\d)*?)?)\s+to\s+"
)
SOLD_TO = re.compile(_SOLD + r"(?=[A-Z])")
# The same to any buyer, named or not, whose price per share is an acquisition's: "would sell 5% to a Guangzhou
# state fund at 15.9 yuan per share".
SOLD_TO_ANYONE = re.compile(_SOLD)
# A stake paid for: "(agreed to pay 1.7 billion yuan) for 9.49% of (Kingsemi)", "for the remaining 82% of".
FOR_A_STAKE = (
    r"for\s+(?:an?\s+|the\s+)?(?:remaining\s+|further\s+|additional\s+)?(?:[\d.]+\s?(?:%|percent)\s+stake\b|"
    r"(?:[\d.]+\s?(?:%|percent)|all|part|the\s+rest|(?:a\s+)?(?:majority|controlling)\s+stake)\s+(?:of|in)\b)"
    # "for all of", "for part of", "for a 20.02% stake held by"
)
# Money put into something, not into research (that is R&D spending): "each put 25 billion yuan into the first
# Honghu fund", not "put 1.66 trillion yuan into R&D, ... up 0.25 percentage points to 2.32%".
PUT_INTO = (
    r"(?= (?:each )?(?:up to |about |some |a further |another )?(?:RMB|US\$|HK\$|\$|\d)"
    r"(?:(?!\b(?:into|to)\b)(?:[^.;]|\.\d))*\b(?:into|to)\b(?! (?:research|R&D|development|innovation)\b))"
)
_PERIOD_ON_PERIOD = r"(?:year|quarter|month)[- ]on[- ](?:year|quarter|month)|yoy|y-o-y|qoq|mom"
# Shares given for each share in a swap: "issuing 0.62 of its own shares for each Haitong share", "at 0.62 Guotai
# Junan share for each Haitong share", "Each CSIC share will become 0.1339 CSSC share": a ratio, no count.
SWAP_AFTER = re.compile(
    r"(?:\s+of\s+(?:its|their)\s+own)?(?:\s+[A-Z][\w-]*){0,3}\s+(?:new\s+)?(?:[AH][- ])?shares?\s+"
    r"for\s+(?:each|every|one)(?:\s+[A-Z][\w-]*){0,3}\s+(?:[AH][- ])?share\b"  # not "for every 10 shares held"
)
SWAP_BEFORE = re.compile(
    r"\b[Ee]ach\s+(?:[A-Z][\w-]*\s+){1,3}share\s+(?:will\s+)?(?:become|becomes|be\s+(?:swapped|exchanged)\s+for)\s+$"
)
_CHANGE_BEFORE = re.compile(
    rf"\b(?:(?P<rise>{RISE})|(?P<fall>{FALL}))(?:\s+(?:it|them|this|that)|(?:\s+[\w&-]+){{1,4}}(?=\s+by\b))?"
    rf"(?:\s+(?:by|of|{_PERIOD_ON_PERIOD}|a\s+total\s+of|was|were|is|reached|stood\s+at|more\s+than|over|"
    r"nearly|about|approximately|around|almost|less\s+than|up\s+to|only|just|slightly|sharply|some))*\s*$",
    re.IGNORECASE,
)
# A change told by a verb and what it changed, with no "by": "Kingsoft Office grew revenue 20%", "cut its dividend
# 10%".
_CHANGE_OBJECT = re.compile(
    r"\b(?:(?P<rise>grew|raised|lifted|increased|boosted|expanded|improved)|"
    r"(?P<fall>cut|reduced|lowered|trimmed|slashed))\s+(?:its\s+|their\s+)?(?:[\w&-]+\s+){0,2}?"
    r"(?:revenue|sales|profits?|income|earnings|output|shipments|deliveries|volumes?|spending|investment|"
    r"margins?|dividends?|payouts?)\s*$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    rf"\s*(?:of\s+)?(?:(?:{_PERIOD_ON_PERIOD})\s+)?(?:(?P<rise>increase|growth|rise|gain|jump|surge|expansion|higher|"
    r"(?:more|wider|larger|bigger|greater)(?=\s+(?:[^.;]|\.\d){0,60}?\bthan\b)|"  # "700% more money in ... than"
    r"above(?=\s+(?:the\s+|its\s+)?(?:previous|prior|last|a\s+year|that\s+of|(?:first|second|third|fourth)[- ]quarter|"
    r"(?:in\s+)?(?:19|20)\d\d\b|(?:offer|issue|IPO|listing)\s+price|book\s+value|net\s+assets|par\s+value|face\s+value))|"
    # "a 111 percent premium to the offer price": a price above the one it is set against
    r"premium(?=\s+(?:to|over|on)\s+(?:the\s+|its\s+)?(?:offer|issue|IPO|listing)\s+price))"
    r"|(?P<fall>decrease|decline|drop|fall|reduction|contraction|slump|slide|dip|lower|cut(?=\s+in\b)|"
    r"less(?=\s+than|\s*[.,;]|\s+(?:a\s+year|from|in\s+(?:19|20)\d\d))|"  # "36.38% less.", "88.0 percent less,"
    r"(?:fewer|narrower|smaller)(?=\s+(?:[^.;]|\.\d){0,60}?\bthan\b)|"
    r"below(?=\s+(?:the\s+|its\s+)?(?:previous|prior|last|same|a\s+year|that\s+of|(?:in\s+)?(?:19|20)\d\d\b|"
    r"(?:first|second|third|fourth)[- ]quarter|(?:offer|issue|IPO|listing)\s+price))|"
    r"discount(?=\s+(?:to|on)\s+(?:the\s+|its\s+)?(?:offer|issue|IPO|listing)\s+price)))\b"
    rf"|\s*(?P<yoy>(?:{_PERIOD_ON_PERIOD})\b|from\s+a\s+year\s+(?:earlier|ago)"
    r"|over\s+the\s+(?:previous|prior|same)\b)",
    re.IGNORECASE,
)
_TO_AMOUNT = re.compile(r"\s+to\s+(?:(?:RMB|CNY|US\$|HK\$|\$|€)\s?)?\d[\d,.]*\s*(?:[a-z]+\s+)?(?:yuan|dollars|euros)?")
_FALL_WORD = re.compile(rf"\b(?:{FALL})\b", re.IGNORECASE)
_CAGR = re.compile(r"\bcompound(?:\s+annual)?\s+growth|\bCAGR\b", re.IGNORECASE)
_GROWTH_RATE = re.compile(r"\bgrowth\s+rate\b", re.IGNORECASE)
_OF_INCOME = re.compile(
    r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:total\s+|annual\s+|operating\s+|main\s+business\s+)*"
    r"(?:revenues?|income|sales|net\s+profits?|profits?|GDP)\b",
    re.IGNORECASE,
)
_PART_OF_INCOME = re.compile(r"\b(?:revenues?|income|sales|contribut\w*)\b", re.IGNORECASE)
_SHARE_CUES = re.compile(r"\baccount(?:s|ed|ing)?\s+for\b|\bshare\s+of\b|\bproportion\b", re.IGNORECASE)
_MAKE_UP = re.compile(
    r"\b(?:make|makes|made|making)\s+up\s+(?:(?:about|nearly|over|more\s+than|almost|around|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s*of\b", re.IGNORECASE)
_LEVEL_CUES = re.compile(
    r"\b(?:margins?|intensity|interest|coupon|yields?|payout|ratios?|return\s+on|ROE|ROA|tax|leverage|gearing)\b"
    r"|\b(?P<rate_of>\w+)\s+rates?\b",
    re.IGNORECASE,
)
# Rates that are parts of a whole ("coverage rate", "localization rate") are shares, not levels.
_SHARE_RATES = _words("coverage localization localisation autonomy penetration utilization adoption pass")
_CLAUSE_ENDS = (";", ":", "\n", "!", "?", ", ", ". ", "(")

_COUNT_UNITS: dict[str, str] = {
    **{period: period for period in ("year", "quarter", "month", "week", "day")},
    "patent": "patents",
    **dict.fromkeys(
        ("people", "person", "personnel", "employee", "staff", "worker", "researcher", "engineer", "talent",
         "passenger", "agent", "visitor", "tourist", "shopper"),
        "people",
    ),
    **dict.fromkeys(
        ("unit", "set", "equipment", "machine", "vehicle", "car", "nev", "truck", "smartphone", "handset", "chamber",
         "wafer", "robot", "etcher", "excavator", "locomotive", "aircraft", "ship", "television", "appliance", "hog",
         "pig", "head", "broiler", "chicken", "cattle",  # livestock: "16.53 million head"
         "tyre", "tire", "refrigerator", "fridge", "freezer", "engine", "motorcycle", "bus", "tractor", "forklift",
         "crane", "drone", "computer", "server", "phone", "conditioner", "washer", "turbine", "bike", "part",
         "component", "module", "panel", "chip"),
        "units",
    ),
}
_NOUNS = _words(
    """
    companies enterprises firms businesses corporations issuers suppliers vendors customers clients users countries
    regions provinces cities products projects drugs medicines therapies indications devices indices indexes patents
    personnel people persons employees staff workers researchers engineers scientists talents units sets equipment
    machines vehicles robots years quarters months weeks days deals transactions acquisitions mergers cases accounts
    investors institutions funds shareholders stocks shares subsidiaries factories plants stores branches outlets
    offices centers centres bases lines awards prizes standards technologies items orders contracts members partners
    banks models chips wafers applications listings ipos bonds plans programs programmes varieties trials categories
    sectors industries fields segments brands platforms stations papers households teams hospitals sites ships
    makers chipmakers automakers drugmakers producers manufacturers developers operators carriers lenders insurers
    brokers brokerages retailers exporters importers players participants entities organizations agencies exchanges
    universities students graduates doctors patients beds homes apartments warehouses vessels aircraft satellites
    generics vaccines antibodies biosimilars licences licenses agreements approvals constituents components
    cars nevs trucks smartphones handsets head hogs pigs broilers chickens cattle miners refiners builders
    contractors farmers airlines airports majors groups tankers
    """
)
_STOP_WORDS = _words(
    """
    of for from in on at with by to than into including among per as is are was were have has had will would can
    could be been which that who whose while where when respectively each both this these its their after before
    since until during about over under through across within without against between another other
    """
)
# Function words that end in "s" but are no plural nouns ("has 5", "was 12").
_NOT_PLURAL = _words(
    "is was has its this thus as us plus across always perhaps less unless whereas besides overseas news series "
    "species analysis basis"
)
# Lowercase words that make the next number a label ("class 2", "phase 3", "innovation 100"): label nouns and
# words with a noun ending. Verbs ("held 2,345", "hire 500") leave the number a count.
_LABEL_NOUNS = _words(
    """
    class phase type level article grade index version model series round batch tier stage category section chapter
    part item no number generation edition table figure chart exhibit appendix annex note schedule
    """
)
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ence", "ance", "ship")
# Words between a counted noun and its number: "patent pool exceeding 5,000", "funds has reached 40".
_LINKING = _words(
    """
    exceeding exceeded exceeds exceed reached reaching reaches reach hit hits was were is are has have had totaled
    totalled totaling totalling numbered numbering stood at stand
    """
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w&'’-]*)\s+$")
_TOKEN = re.compile(r"\w[\w&'’-]*|\S")
_COPULAS = frozenset(("are", "were", "is", "was"))
# Words in -ed that describe a group rather than tell what it did: "35 listed steelmakers", "six state-owned lenders".
_BEFORE_A_GROUP = frozenset(("listed", "unlisted", "state-owned", "privately-owned", "state-controlled",
                             "foreign-funded", "specialised", "specialized", "integrated", "diversified"))
_POSSESSIVE = re.compile(r"['’]s?$")
_SPEC = re.compile(r"\d[\d.]*-?[A-Za-z]")  # "12-inch", "5G base stations"


def qualifier_before(text: str, start: int) -> tuple[int, Qualifier | None]:
    """Where an adverb before the number starts ("nearly", "more than"), or a verb's qualifier ("exceeded")."""
    window = max(0, start - 30)
    if match := _QUALIFIER_WORDS.search(text, window, start):
        return match.start(), Qualifier(match.lastgroup or "exact")
    if _QUALIFIER_VERBS.search(text, window, start):
        return start, Qualifier.AT_LEAST
    return start, None


def qualifier_after(text: str, end: int) -> tuple[int, Qualifier | None]:
    """A trailing qualifier ("30 or more", "50+", "or so") and where it ends."""
    match = _QUALIFIER_AFTER.match(text, end)
    if match is None:
        return end, None
    group = match.lastgroup
    if group == "approx":
        return match.end(), Qualifier.APPROX
    if group == "at_most":
        return match.end(), Qualifier.AT_MOST
    return match.end(), Qualifier.AT_LEAST


def left_clause(text: str, start: int) -> str:
    """The words between the last clause break (comma, semicolon, sentence end) and `start`."""
    window = text[max(0, start - 200) : start]
    cut = max(window.rfind(mark) + len(mark) if mark in window else 0 for mark in _CLAUSE_ENDS)
    return window[cut:]


def _change(clause: str, after: str) -> tuple[bool, bool] | None:
    """(is a change, is a fall) when a change cue ends the clause or follows the number, else None."""
    for pattern, text in ((_CHANGE_BEFORE, clause), (_CHANGE_OBJECT, clause), (_CHANGE_AFTER, after)):
        match = pattern.match(text) if pattern is _CHANGE_AFTER else pattern.search(text)
        if match:
            return True, match.lastgroup == "fall"
    return None


def follows_change(clause: str) -> bool:
    """True when the clause ends in a change verb: "rose by 5 GW to 48.6 GW" is a change and a level, no range."""
    return _CHANGE_BEFORE.search(clause) is not None


def percent_kind(clause: str, after: str) -> tuple[Kind, bool]:
    """change_pct, cagr, share or level for a percentage, and whether it is a fall."""
    if _CAGR.search(clause):
        return Kind.CAGR, False
    if _MAKE_UP.search(clause):  # "make up 92% of", not a rise
        return Kind.SHARE, False
    if change := _change(clause, after):
        return Kind.CHANGE_PCT, change[1]
    if _GROWTH_RATE.search(clause):
        return Kind.CHANGE_PCT, False
    if _TO_AMOUNT.match(after):  # "... and net profit 16.92% to 11.036 billion yuan": a gapped change
        return Kind.CHANGE_PCT, _FALL_WORD.search(clause) is not None
    if _OF_INCOME.match(after):  # "R&D spending was 12% of revenue" is an intensity, "overseas revenue 30%" a share,
        # and so is a line that "accounted for 44.8% of its revenue"
        part = _PART_OF_INCOME.search(clause) or _SHARE_CUES.search(clause)
        return (Kind.SHARE if part else Kind.LEVEL), False
    if _SHARE_CUES.search(clause) or _OF_AFTER.match(after):
        return Kind.SHARE, False
    for match in _LEVEL_CUES.finditer(clause):
        if (match.group("rate_of") or "").lower() not in _SHARE_RATES:
            return Kind.LEVEL, False
    return Kind.SHARE, False


def point_kind(clause: str, after: str) -> tuple[Kind, bool]:
    """Percentage points are always a change of a rate; the cue says which way."""
    change = _change(clause, after)
    return Kind.CHANGE_PP, bool(change and change[1])


def amount_kind(clause: str) -> tuple[Kind, bool]:
    """An amount is a level unless a change cue stands right before it ("an increase of 5 billion yuan")."""
    if match := _CHANGE_BEFORE.search(clause):
        return Kind.CHANGE_ABS, match.lastgroup == "fall"
    return Kind.LEVEL, False


def _singular(word: str) -> str:
    word = word.lower().rsplit("-", 1)[-1]
    if word in ("indices", "indexes"):
        return "index"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _is_noun(word: str) -> bool:
    last = word.lower().rsplit("-", 1)[-1]
    return last in _NOUNS


def counted_after(text: str, pos: int, any_plural: bool, one: bool = False) -> tuple[str, int] | None:
    """The noun a count counts, within a few words after it ("90 battery materials companies"), and its end.

    Stops at punctuation, prepositions, verbs and other numbers; the first known noun wins and is
    extended over nouns that follow it ("device products"). With `any_plural`, a plural among the
    next three words counts ("100 new warehouses"); with `one`, singular nouns count ("one company").
    """
    found: tuple[str, int] | None = None
    tentative = False  # `found` is a plural of no known kind, kept only if no known noun follows it
    words = 0
    for token in _TOKEN.finditer(text, pos, min(len(text), pos + 120)):
        word = token.group()
        if found is not None:
            if not _is_noun(word):
                break
            found, tentative = (word, token.end()), False
            continue
        if word in "()“”\"'‘’":
            continue
        if not word[0].isalpha():
            if _SPEC.match(word):
                continue
            break
        if words == 0 and word.lower() in _COPULAS:  # "of which 4,300 are invention patents"
            continue
        if words == 0 and word.lower() in {"and", "but"}:
            break  # "visits climbed to 16.94 million and surgeries rose": the next clause's subject
        if word.lower() in _STOP_WORDS or words >= 7:
            break
        if possessive := _POSSESSIVE.search(word):  # "20 companies' products": the owner is what is counted
            owner = word[: possessive.start()]
            return (owner, token.start() + len(owner)) if _is_noun(owner) or _plural(owner) else found
        if _is_noun(word) or (one and _counts(word)):
            found = (word, token.end())
        elif _plural(word):  # "45 awards", "battery materials companies", but not "the two sides"
            found, tentative = (word, token.end()), True
            any_plural = any_plural and words < 3
        elif word.lower().endswith("ed") and word.lower() not in _BEFORE_A_GROUP:
            any_plural = False  # a verb: "12 turned losses into profits" counts no losses
        words += 1
    return None if tentative and not any_plural else found


def _plural(word: str) -> bool:
    lower = word.lower()
    return lower.endswith("s") and not lower.endswith(("ss", "us", "ous")) and lower not in _NOT_PLURAL


def _counts(word: str) -> bool:
    """True for a noun that can be counted, singular or plural ("patent", "indices")."""
    singular = _singular(word)
    return _is_noun(word) or _is_noun(singular + "s") or _is_noun(singular[:-1] + "ies") or singular in _COUNT_UNITS


def counted_before(clause: str, plural_only: bool = False) -> str:
    """A counted noun named just before a linking verb and the number ("patent pool exceeding 5,000").

    With `plural_only` the noun must be a plural right before the verb ("users hit 1.38 billion").
    """
    words = [w.lower().strip("“”\"'’") for w in clause.split()]
    linked = False
    while words and words[-1] in _LINKING:
        words.pop()
        linked = True
    if not linked or not words:
        return ""
    if plural_only:  # "users hit 1.38 billion", "Mobile phone users of the three carriers totalled 1.777 billion"
        of = next((k for k in range(len(words) - 1, max(0, len(words) - 10), -1) if words[k] == "of"), 0)
        return next((w for w in (words[-1], words[of - 1] if of else "") if w and _is_noun(w)), "")
    return next((word for word in reversed(words[-2:]) if _counts(word)), "")


def count_unit(noun: str, phrase: str = "") -> str:
    """The gold schema's unit for a count of `noun`: year, quarter, people, patents, units, else count; a count of
    patent applications or filings (`phrase`) is of patents."""
    if re.search(r"\bpatent", phrase, re.IGNORECASE):
        return "patents"
    return _COUNT_UNITS.get(_singular(noun), "count") if noun else "count"


def is_name_bound(text: str, start: int) -> bool:
    """True when the number is part of a name ("CSI 300", "ChiNext 100 Index", "Phase 3")."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    word = match.group(1)
    lower = word.lower()
    if word[0].isupper():
        before = text[: match.start()].rstrip(" \t")  # a line break before the word opens a line
        opens_sentence = not before or before[-1] in '.!?;:\n“"-•'
        return not opens_sentence or lower in _LABEL_NOUNS
    return lower in _LABEL_NOUNS or lower.endswith(_NOUN_ENDINGS)
