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
    "trillion": 12,
    "tn": 12,
    "trn": 12,
    "bp": -2,  # basis points, counted in percentage points
}

# Currency words after the number ("528 million yuan") and symbols or codes before it ("HK$ 3 billion").
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

# Physical units that follow a number ("50 GWh", "3,351 points"), with the unit the graph records.
MEASURE_UNITS: dict[str, str] = {
    "gwh": "GWh",
    "mwh": "MWh",
    "kwh": "kWh",
    "gw": "GW",
    "mw": "MW",
    "tons": "tonnes",
    "tonnes": "tonnes",
    "km": "km",
    "kilometers": "km",
    "kilometres": "km",
    "square meters": "m2",
    "square metres": "m2",
    "hectares": "ha",
    "teu": "TEU",
    "points": "points",
}

MONTHS: dict[str, int] = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
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
    """The value of "1,422,170", "47.523", "Thirty-one" or "four"; ValueError for anything else."""
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
    """`value` without trailing zeros or exponent noise: 47523000000.000 -> 47523000000."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def in_base_units(value: Decimal, scale: str | None) -> Decimal:
    """`value` times its scale word: ("47.523", "billion") -> 47523000000."""
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
