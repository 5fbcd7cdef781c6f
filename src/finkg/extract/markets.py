"""How the genre names China's boards, exchanges and listing places, and companies themselves: the
vocabulary cohorts and counts of companies are found by."""

from __future__ import annotations

import re

COMPANY_NOUN = r"(?:sub-)?compan(?:y|ies)|enterprises?|firms?|manufacturers|issuers|players|constituents"
PLURAL_NOUN = r"(?:sub-)?companies|enterprises|firms|manufacturers|issuers|constituents"
COMPANY_NOUN_RE = re.compile(rf"\b(?:{COMPANY_NOUN})\b", re.IGNORECASE)
# What ships carry, which makes "carriers" ships: "87 LNG carriers", "93 bulk carriers", "six crude carriers".
SHIP_CARGOES = ("lng", "lpg", "bulk", "crude", "oil", "ore", "car", "gas", "product", "chemical", "container")
# Companies named by what they do ("carmakers", "lenders"): a group of them is a cohort's noun.
AGENT_NOUN = (
    r"makers|producers|operators|airlines|airports|banks|insurers|brokerages|brokers|developers|retailers|miners|"
    rf"lenders|(?i:{''.join(f'(?<!{cargo} )' for cargo in SHIP_CARGOES)})carriers|(?<!business )groups|institutions|"
    r"subsidiaries|builders|contractors|refiners|farmers|majors|"
    r"(?:ship)?yards|"
    r"couriers|listings"  # "51 new listings": the companies that listed
)
AGENT_AT_END = re.compile(rf"(?:{AGENT_NOUN})$")  # "carmakers", "large commercial banks"
# What a count of counts companies, whatever its noun: the companies, their IPOs, listings, reports or applications.
COUNTS_COMPANIES = re.compile(
    rf"(?:\b(?:{PLURAL_NOUN}|IPOs|offerings|listings|reports|applications)|{AGENT_NOUN})$", re.IGNORECASE
)
BOARD_NAMES = (
    r"Science and Technology Innovation Board|Sci-?Tech Innovation Board|STAR Market|ChiNext|"
    r"(?-i:STAR)(?=\s+(?:companies|firms|enterprises|IPOs|listings)\b)|"  # "STAR companies": the STAR Market's
    r"Growth Enterprise Market|Main Board|SME Board|Beijing Stock Exchange|New Third Board"
)
EXCHANGE_NAMES = (
    r"Shanghai Stock Exchange|Shenzhen Stock Exchange|Hong Kong Stock Exchange|SSE|SZSE|BSE|HKEX|A-share market"
)
# Names of one board, longest first: a report may call the STAR Market's companies "STAR companies".
STAR_NAMES = ("Science and Technology Innovation Board", "Sci-Tech Innovation Board", "SciTech Innovation Board",
              "STAR Market", "STAR")
BOARD_SYNONYMS = {name.lower(): STAR_NAMES for name in STAR_NAMES} | {
    name.lower(): ("Growth Enterprise Market", "ChiNext") for name in ("Growth Enterprise Market", "ChiNext")
} | {  # an exchange's companies go by its short name and its city's: "BSE companies", "Shanghai-listed companies"
    name.lower(): names
    for names in (
        ("Shanghai Stock Exchange", "SSE", "Shanghai"),
        ("Shenzhen Stock Exchange", "SZSE", "Shenzhen"),
        ("Beijing Stock Exchange", "BSE"),
    )
    for name in names[:2]
}
# The exchange a city's "X-listed companies" are listed on.
EXCHANGE_OF_PLACE = {"shanghai": "Shanghai Stock Exchange", "shenzhen": "Shenzhen Stock Exchange"}
BOARD = re.compile(rf"\b(?:the\s+)?({BOARD_NAMES})\b", re.IGNORECASE)
MARKET = re.compile(rf"\b(?:the\s+)?({BOARD_NAMES}|{EXCHANGE_NAMES})\b", re.IGNORECASE)
PLACES = r"Shanghai|Shenzhen|Beijing|Hong Kong"

__all__ = [
    "AGENT_AT_END", "AGENT_NOUN", "BOARD", "BOARD_NAMES", "BOARD_SYNONYMS", "COMPANY_NOUN", "COMPANY_NOUN_RE",
    "COUNTS_COMPANIES", "EXCHANGE_NAMES", "EXCHANGE_OF_PLACE", "MARKET", "PLACES", "PLURAL_NOUN", "STAR_NAMES",
]
