"""Parsing primitives of quantity extraction: numerals, number words, ordinals, scales, currencies, dates.

Everything here is vocabulary and exact arithmetic on `Decimal`; deciding what a number in running
text means is `quantities`' job.
"""

from __future__ import annotations

import re
from decimal import Decimal


def word_list(text: str) -> tuple[str, ...]:
    """A vocabulary table written as running words, so that long tables stay readable."""
    return tuple(text.split())


_UNITS = word_list(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS: dict[str, int] = {word: n for n, word in enumerate(_UNITS)} | _TENS

_ORDINAL_UNITS = word_list(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
ORDINAL_WORDS: dict[str, int] = {word: n for n, word in enumerate(_ORDINAL_UNITS, start=1)}

# Powers of ten of the scale words; "m" and "k" only count when glued to the digits ("RMB5m").
SCALES: dict[str, int] = {
    "thousand": 3,
    "k": 3,
    "million": 6,
    "mln": 6,
    "mn": 6,
    "m": 6,
    "billion": 9,
    "bn": 9,
    "bln": 9,
    "trillion": 12,
    "tn": 12,
    "trn": 12,
    "trln": 12,
    "bp": -2,  # basis points, counted in percentage points
}

# Currency words after the number ("650 million yuan") and symbols or codes before it ("HK$ 3 billion").
CURRENCY_SUFFIXES: dict[str, str] = {
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "usd": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "hkd": "HKD",
    "hong kong dollars": "HKD",
    "hk dollars": "HKD",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "gbp": "GBP",
    "pounds": "GBP",
    "jpy": "JPY",
    "yen": "JPY",
}
CURRENCY_PREFIXES: dict[str, str] = {
    "rmb": "CNY",
    "cny": "CNY",
    "¥": "CNY",
    "￥": "CNY",
    "hk$": "HKD",
    "hkd": "HKD",
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "jpy": "JPY",
}

# The basis of a per-share amount: "RMB 3.00 per 10 shares", "0.45 yuan a share" (`ten` names a basis of ten).
PER_SHARE = r"(?:per|for every|for each|an?)\s+(?:(?P<ten>10|ten)\s+)?shares?\b"
# The units money is stated in.
MONEY = frozenset({"CNY", "USD", "HKD", "EUR"})
# A currency named in running text: what tells an amount of money from a bare number.
CURRENCY_MENTION = re.compile(r"(?<![A-Za-z])(?:US\$|HK\$|(?:yuan|RMB|dollars|euros|HKD|USD|EUR)\b)", re.IGNORECASE)
# Physical units that follow a number ("50 GWh", "3,351 points"), with the unit the graph records.
MEASURE_UNITS: dict[str, str] = {
    "twh": "TWh",
    "gwh": "GWh",
    "mwh": "MWh",
    "kwh": "kWh",
    "gw": "GW",
    "mw": "MW",
    "kilolitres": "kilolitre",
    "kiloliters": "kilolitre",
    "tons": "tonne",
    "tonnes": "tonne",
    "ton": "tonne",  # "a 2 million ton plant"
    "tonne": "tonne",
    "deadweight tonnes": "tonne",  # a fleet's carrying capacity: "23.448 million deadweight tonnes"
    "deadweight tons": "tonne",
    "dwt": "tonne",
    "km": "km",
    "kilometers": "km",
    "kilometres": "km",
    "square meters": "m2",
    "square metres": "m2",
    "hectares": "ha",
    "teu": "TEU",
    "barrels of oil equivalent": "boe",
    "barrels": "boe",  # "677 million barrels of crude oil": a barrel of crude is one of oil equivalent
    "boe": "boe",
    "points": "points",
}

# Energy and power in one unit each, so that figures of a kind add up and compare: "269.322 billion kWh" is
# 269,322 GWh, "660 MW" is 0.66 GW.
CANONICAL_UNITS: dict[str, tuple[str, Decimal]] = {
    "kWh": ("GWh", Decimal("1e-6")),
    "MWh": ("GWh", Decimal("1e-3")),
    "TWh": ("GWh", Decimal(1000)),
    "MW": ("GW", Decimal("1e-3")),
}

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                        "oct": 10, "nov": 11, "dec": 12}
MONTHS: dict[str, int] = {**{name.lower(): n for n, name in enumerate(MONTH_NAMES, start=1)}, **_MONTH_ABBREVIATIONS}
_MONTH_ENDS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _alternation(words: object) -> str:
    """A regex alternation of `words`, longest first so that "billion" wins over "b..."."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER_WORD = rf"(?:(?:{_alternation(_TENS)})(?:-(?:{_alternation(_UNITS[1:10])}))?|{_alternation(_UNITS)})"
ORDINAL_WORD = _alternation(ORDINAL_WORDS)
SCALE_WORD = _alternation(w for w in SCALES if w not in ("m", "k", "bp"))
CURRENCY_SUFFIX = _alternation(CURRENCY_SUFFIXES)
MONTH = _alternation(MONTHS)
MEASURE_UNIT = _alternation(MEASURE_UNITS).replace(r"\ ", r"\s+")

_DIGITS_RE = re.compile(DIGITS)
_ORDINAL_DIGITS_RE = re.compile(r"(\d+)(?:st|nd|rd|th)", re.IGNORECASE)


def parse_numeral(text: str) -> Decimal:
    """The value of "1,234,567", "12.345", "Forty-two" or "four"; ValueError for anything else."""
    if _DIGITS_RE.fullmatch(text):
        return Decimal(text.replace(",", ""))
    word = text.lower()
    if word in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[word])
    tens, _, unit = word.partition("-")
    if tens in _TENS and unit in NUMBER_WORDS and 0 < NUMBER_WORDS[unit] < 10:
        return Decimal(_TENS[tens] + NUMBER_WORDS[unit])
    raise ValueError(f"not a numeral: {text!r}")


def parse_ordinal(text: str) -> int:
    """The rank of "2nd", "10th", "first" or "Fourth"; ValueError for anything else."""
    if match := _ORDINAL_DIGITS_RE.fullmatch(text):
        return int(match.group(1))
    if text.lower() in ORDINAL_WORDS:
        return ORDINAL_WORDS[text.lower()]
    raise ValueError(f"not an ordinal: {text!r}")


def tidy(value: Decimal) -> Decimal:
    """`value` without trailing zeros or exponent noise: 12345000000.000 -> 12345000000."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def in_base_units(value: Decimal, scale: str | None) -> Decimal:
    """`value` times its scale word: ("12.345", "billion") -> 12345000000."""
    if not scale:
        return tidy(value)
    return tidy(value.scaleb(SCALES[scale.lower()]))


def month_end(year: int, month: int) -> int:
    """The last day of `month` (February has 29 in leap years)."""
    if month == 2 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return 28
    return _MONTH_ENDS[month - 1]


def date_number(year: int, month: int | None = None, day: int | None = None) -> Decimal:
    """A date as the gold schema's number: YYYYMMDD, or YYYYMM when only a month is stated."""
    if month is None:
        return Decimal(year)
    if day is None:
        return Decimal(year * 100 + month)
    return Decimal((year * 100 + month) * 100 + day)


YEAR = r"(?:19|20)\d{2}"
_CAPITAL_MONTH = "|".join(m.capitalize() for m in MONTHS)  # "on March 14"; "may 5" is no date
_EDGE_DATE = (
    rf"\b(?:end|beginning|start|close)\s+of\s+(?:the\s+)?(?:(?:{ORDINAL_WORD}|[1-4](?:st|nd|rd|th))\s+"
    rf"(?:quarter|half)(?:\s+of)?\s+|(?:{MONTH})\.?\s+|year\s+)?{YEAR}\b"
    r"(?![\s-]+(?:first|second|third|fourth|full|annual|interim|semi|half)\b)"  # "end of the 2024 third-quarter season"
)
# Point-in-time dates, one named group per form, for a verbose case-insensitive pattern; see `date_value`.
DATES = rf"""
      (?P<date_iso>\b{YEAR}[-/]\d{{1,2}}[-/]\d{{1,2}}\b)
    | (?P<date_edge>{_EDGE_DATE})
    | (?P<date_mdy>\b(?:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}\b)
    | (?P<date_dmy>\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH})\.?,?\s+{YEAR}\b)
    | (?P<date_yearend>\b(?:year-end|end-)\s?{YEAR}\b)
    | (?P<date_my>\b(?:{MONTH})\.?,?\s+{YEAR}\b)
    | (?P<date_end_month>\b(?:end|close)\s+of\s+(?-i:{_CAPITAL_MONTH})\b(?![,.]?\s*{YEAR}\b))
    | (?P<date_md>\b(?-i:{_CAPITAL_MONTH})\.?\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b
        (?![,.]?\s*{YEAR}\b|[-/:%.]\d))
    | (?P<date_m>(?<=\b[Ii]n\s)(?-i:{_CAPITAL_MONTH})\b(?![,.]?\s*(?:{YEAR}\b|\d)))
    | (?P<date_dm>(?<![\d.,])\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:{_CAPITAL_MONTH})\b
        (?![,.]?\s*{YEAR}\b))
"""
_EDGE_PARTS = re.compile(
    rf"(?P<edge>\w+)\s+of\s+(?:the\s+)?(?:(?P<part>{ORDINAL_WORD}|[1-4](?:st|nd|rd|th))\s+(?P<unit>quarter|half)"
    rf"(?:\s+of)?\s+|(?P<month>{MONTH})\.?\s+|year\s+)?(?P<year>\d{{4}})",
    re.IGNORECASE,
)
_DATE_FIELDS = re.compile(
    r"(?P<a>[A-Za-z]+|\d+)\.?(?:st|nd|rd|th)?[\s,/-]+(?:of\s+)?(?P<b>[A-Za-z]+|\d+)(?:[\s,.\-/]+(?P<c>\d+))?"
)


def date_value(group: str, text: str) -> Decimal | None:
    """The number of a date matched by `DATES` group `group`, or None when that day does not exist."""
    if group == "date_yearend":
        return date_number(int(text[-4:]), 12, 31)
    if group == "date_edge":
        return _edge_date(text)
    fields = _DATE_FIELDS.match(text)
    if fields is None:  # pragma: no cover - `DATES` only hands over texts of these shapes
        return None
    a, b, c = fields["a"], fields["b"], fields["c"]
    if group == "date_my":
        return date_number(int(b), MONTHS[a.lower()])
    if group in ("date_md", "date_dm", "date_m", "date_end_month"):
        return None  # the year comes from the text around it: `month_day`
    if group == "date_iso":
        year, month, day = int(a), int(b), int(c)
    elif group == "date_mdy":
        year, month, day = int(c), MONTHS[a.lower()], int(b)
    else:
        year, month, day = int(c), MONTHS[b.lower()], int(a)
    if not (1 <= month <= 12 and 1 <= day <= month_end(year, month)):
        return None
    return date_number(year, month, day)


def _edge_date(text: str) -> Decimal | None:
    """ "end of 2024" -> 20241231, "beginning of June 2024" -> 20240601, "end of the first quarter of 2025"."""
    parts = _EDGE_PARTS.match(text)
    if parts is None:  # pragma: no cover - `DATES` only hands over edge dates
        return None
    year, ending = int(parts["year"]), parts["edge"].lower() in ("end", "close")
    if parts["unit"]:
        size = 3 if parts["unit"].lower() == "quarter" else 6
        month = parse_ordinal(parts["part"]) * size - (0 if ending else size - 1)
    elif parts["month"]:
        month = MONTHS[parts["month"].lower()]
    else:
        month = 12 if ending else 1
    if not 1 <= month <= 12:  # "end of the fifth quarter"
        return None
    return date_number(year, month, month_end(year, month) if ending else 1)


def last_day_of(text: str) -> str:
    """ "end of June" -> "June 30": the month's last day, written as a date without its year (February has 28)."""
    month = next(name for name in MONTHS if re.search(rf"\b{name}\b", text, re.IGNORECASE))
    return f"{month.capitalize()} {month_end(2001, MONTHS[month])}"


def month_day(text: str, year: int | None) -> Decimal | None:
    """The number of a date written without its year ("March 14", "14 March"), in `year`; None if no such day."""
    fields = _DATE_FIELDS.match(text)
    if year is None or fields is None:
        return None
    name, number = (fields["b"], fields["a"]) if fields["b"].isalpha() else (fields["a"], fields["b"])
    if not name.isalpha() or name.lower() not in MONTHS:
        return None
    month, day = MONTHS[name.lower()], int(re.sub(r"\D", "", number))
    return date_number(year, month, day) if day <= month_end(year, month) else None


_PARTS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}


def fraction_percent(words: str) -> Decimal:
    """ "a fifth" -> 20, "two-thirds" -> 66.67, "four in ten" -> 40: the share in per cent, to two decimals."""
    tokens = re.split(r"[\s-]+", words.lower())
    if len(tokens) == 3 and tokens[1] == "in":
        parts, count = _PARTS[tokens[2]], NUMBER_WORDS[tokens[0]]
    else:
        parts, count = _PARTS[tokens[-1].removesuffix("s")], _PARTS[tokens[0]] if len(tokens) > 1 else 1
    share = (Decimal(100) * count / parts).quantize(Decimal("0.01"))
    return share.to_integral_value() if share == share.to_integral_value() else share
