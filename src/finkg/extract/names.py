"""Extract: the shared grammar of proper names in English reports (capitalised runs, lists of them).

Used by the company, organization and product finders so that all of them agree on what one
name is: "Tuojing Technology", "BeiGene", "SMIC", never "For example, Tuojing".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..records import Span
from ..resolve.aliases import vocabulary
from .numbers import MONTH_NAMES

# One capitalised word ("BeiGene", "NANIA", "Hymo", "R&D", a brand's small first letter: "iFlytek"; "Lu'an", "Xi'an",
# not a possessive), and a run of them with its legal form.
WORD = r"(?:(?:[A-Z]|(?<![\w-])[a-z](?=[A-Z][a-z]{2}))[A-Za-z0-9&-]*(?:['’](?!s\b)[a-z]+)?)"
# A place in brackets may sit inside a name ("Leaguer (Shenzhen) Microelectronics"), and an ampersand
# between two of its words ("Baoshan Iron & Steel").
NAME = (
    rf"{WORD}(?: (?:{WORD}|&(?= [A-Z])|\((?-i:[A-Z][a-z]+)\)(?= [A-Z])))*"
    r"(?:,? (?:Co\., Ltd|Co|Ltd|Inc|Corp)\.)?"
)
# A list of names: "A, B, and C", "A and B", "A, B".
LIST = rf"{NAME}(?:, {NAME})*(?:,? and {NAME})?"

# Capitalised words that start a sentence or clause but never a name.
FUNCTION_WORDS = vocabulary(
    """A An The This These That Those It Its Their Our In On At Of For From To By With As And Or But If
    Since During While When Where After Before Among According Also However Meanwhile Currently
    Furthermore Moreover Besides Further Then Thus Both All Each Every Some Most Many Several Other Over
    More Nearly About Up Based Judging Benefiting Leveraging Facing Driven Of Such Only Even Still Now
    Today Yesterday Last Next First Second Third Finally Overall Total Companies Company Enterprises
    Including Under Following Compared Although Because Despite Through Within Without Across Beyond Outside
    Inside Around Between Behind Against Toward Towards Unlike Like"""
)
# A plural possessive, a group's and not one company's: "50 of their drugs", "their revenue rose 7.2%".
THEIR = re.compile(r"\btheir\b", re.IGNORECASE)
# One company referred back to: "it launched", "the company released", "the miner paid".
IT = r"(?:[Ii]t|[Tt]he (?:company|group|firm|miner))"
PLACE_WORDS = vocabulary(
    """China Chinese Hong Kong Macau Taiwan Shanghai Shenzhen Beijing Guangzhou Asia Europe European
    America American Japan Japanese Korea Korean Germany German France French India Indian US USA UK
    Singapore Africa World Global Domestic International National"""
)
# Countries a deal's target may be written after ("agreed to buy Canada's Lumina Gold").
COUNTRIES = vocabulary(
    """Canada Australia Brazil Chile Peru Argentina Mexico Colombia Ecuador Indonesia Malaysia Thailand Vietnam
    Philippines Japan Korea India Pakistan Kazakhstan Germany France Italy Spain Britain Netherlands Switzerland
    Sweden Norway Finland Serbia Hungary Poland Turkey Israel Ghana Zambia Congo Mali Guinea Namibia Tanzania
    Egypt Morocco Singapore America Europe Tunisia Algeria Nigeria Kenya Ethiopia Uganda Zimbabwe Mozambique Angola
    Botswana Senegal Cameroon Oman Qatar Kuwait Bahrain Jordan Iraq Iran Uzbekistan Kyrgyzstan Tajikistan Mongolia
    Cambodia Laos Myanmar Bangladesh Nepal Austria Belgium Denmark Ireland Portugal Greece Romania Bulgaria Czechia
    Slovakia Croatia Russia Ukraine Belarus Georgia Armenia Azerbaijan Bolivia Venezuela Uruguay Paraguay Panama"""
)
# China's provinces and larger cities: where a company is, never what it is called alone ("stores in six cities,
# including Shenzhen, Guangzhou, Xi'an and Fuzhou"); the first word of a long name is often one ("Jiangsu Hengrui").
CHINESE_PLACES = vocabulary(
    """Beijing Shanghai Shenzhen Guangzhou Tianjin Chongqing Hangzhou Suzhou Nanjing Wuhan Chengdu Xi'an Hefei
    Jiangsu Zhejiang Guangdong Shandong Fujian Hubei Hunan Sichuan Anhui Henan Hebei Liaoning Jiangxi Xiamen
    Ningbo Qingdao Dalian Changsha Zhuhai Dongguan Foshan Wuxi Changzhou Shaanxi Shanxi Yunnan Guangxi Hainan
    Guizhou Gansu Qinghai Ningxia Xinjiang Tibet Heilongjiang Jilin Fuzhou Kunming Nanchang Jinan Zhengzhou
    Shenyang Harbin Changchun Taiyuan Shijiazhuang Nanning Guiyang Lanzhou Xining Yinchuan Urumqi Hohhot Lhasa
    Haikou Sanya Wenzhou Shaoxing Jiaxing Huzhou Taizhou Jinhua Yantai Weifang Zibo Linyi Tangshan Baoding Handan
    Xuzhou Nantong Yangzhou Zhenjiang Yancheng Lianyungang Quanzhou Zhangzhou Shantou Zhongshan Huizhou Jiangmen
    Zhanjiang Luoyang Wuhu Tongling Anqing Yichang Xiangyang Zhuzhou Xiangtan Yueyang Liuzhou Guilin Mianyang
    Baotou Ordos Daqing Anshan"""
)
# Places of two words that open company names: "Inner Mongolia Yili", "Hong Kong Exchanges".
TWO_WORD_PLACES = frozenset({"Inner Mongolia", "Hong Kong"})
# The other words of countries' names: "United States", "South Korea", "Saudi Arabia", "New Zealand".
STATE_WORDS = vocabulary(
    "United States Kingdom Arab Emirates Saudi Arabia New Zealand South North East West Sri Lanka Costa Rica Republic"
)
# Currency codes and units, written capitalised before figures ("parent of RMB 43 billion").
UNIT_WORDS = vocabulary("""RMB CNY USD HKD EUR GBP JPY US HK GW MW GWh MWh KW TWh""")
MONTHS = frozenset(MONTH_NAMES)
_LIST_SPLIT = re.compile(r",? and |, ")
# Last words that make a capitalised run a company name ("Lianying Medical", "Kode CNC" does not).
SUFFIXES = vocabulary(
    """Technology Technologies Tech Medical Healthcare Biotech Biotechnology Bio Biological Biopharma
    Pharmaceutical Pharmaceuticals Pharma Therapeutics Diagnostics Genomics Electronics Electronic
    Electric Materials Semiconductor Semiconductors Micro Microelectronics Information Intelligent
    Intelligence Group Holdings Holding Network Networks Software Systems Mobile Energy Motors
    Automotive Auto Industries Industrial Chemical Chemicals Equipment Robotics Optics Optoelectronics
    Photonics Communications Telecom Quantum Instruments Precision Laser Bank Securities Insurance Co
    Corp Corporation Inc Ltd Limited Manufacturing Machinery Metals Mining Steel Power Motor Devices
    Solutions Display Displays Foods Logistics Aerospace Aviation Shipbuilding Environmental Cell Cells
    Vision Data Semicon Airlines Airline Airways Airport Shipping Railway Expressway Port Ports Automobile Express
    Tyre Tyres Tire Tires Cement Glass Appliances Solar Scientific Hotels Hotel Media Entertainment Film Films
    Pictures Tourism Cosmetics"""
)
# Words that end a company's name but make none: "(Shaanxi Coal and) Chemical Industry".
_BUSINESS_WORDS = SUFFIXES | vocabulary("Industry Development Trading Engineering Investment Resources")
# What a company is, written before its name: "Carmaker BYD", "Chipmaker SMIC", "Lender ICBC".
_ROLE = re.compile(
    r"[A-Z][a-z]*(?:maker|producer|manufacturer|supplier|designer|builder|developer|operator|retailer|brewer|miner)|"
    r"Insurer|Lender|Broker|Distiller"
)


def clean_name(name: str) -> str:
    """A name without leading function words or months, possessive or trailing dot: "For example SMIC's" ->
    "SMIC", "(Since) January WuXi AppTec" -> "WuXi AppTec"."""
    tokens = name.split()
    if listed := next((i for i, t in enumerate(tokens[:-1]) if t.endswith("-listed")), None):
        tokens = tokens[listed + 1 :]  # "Hong Kong-listed MicroPort Scientific": where it trades is no part of it
    while tokens and (
        tokens[0] in FUNCTION_WORDS or (len(tokens) > 1 and (tokens[0] in MONTHS or _ROLE.fullmatch(tokens[0])))
    ):
        tokens.pop(0)
    text = " ".join(tokens)
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    return text.rstrip(".")


# What joins the names of a list in running text: "A, B (BC) and C".
LIST_JOIN = re.compile(r"(?:\s*\([A-Z]{2,8}\))?(?:,\s*(?:and\s+)?|,?\s+and\s+)")


def listed_at_end(text: str, spans: list[tuple[int, int]]) -> int:
    """How many of the last `spans` (start, end) of `text` are one list, joined by commas and "and": 1 when
    the last one stands alone."""
    count = 1
    while count < len(spans) and LIST_JOIN.fullmatch(text, spans[-count - 1][1], spans[-count][0]):
        count += 1
    return count


def split_list(text: str) -> list[str]:
    """The names of a list: "A, B, and C" -> [A, B, C]; but "Shaanxi Coal and Chemical Industry" is one name, whose
    last part is only business words."""
    parts: list[str] = []
    for joint, part in zip(["", *_LIST_SPLIT.findall(text)], _LIST_SPLIT.split(text), strict=True):
        name = clean_name(part)
        if parts and "and" in joint and all(w in _BUSINESS_WORDS for w in name.split()):
            parts[-1] = f"{parts[-1]}{joint}{name}"
        elif name:
            parts.append(name)
    return parts


def is_strong(name: str) -> bool:
    """A name that cannot be an ordinary capitalised word: two words or more, or "BeiGene", "SMIC" (not a drug's
    brand in capitals: "BRUKINSA")."""
    tokens = name.split()
    return len(tokens) >= 2 or bool(re.search(r"[a-z][A-Z]|^[A-Z]{3,6}$", name))


def occurrences(text: str, name: str, doc_id: str) -> Iterator[Span]:
    """Spans of `name` as a whole word in `text`, left to right."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not _word_char(text[at - 1 : at]) and not _word_char(text[end : end + 1]):
            yield Span(doc_id, at, end, name)
        at = text.find(name, at + 1)


def _word_char(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in "_-")


def overlaps(span: Span, others: Iterable[Span]) -> bool:
    """True when `span` shares a character with any of `others`."""
    return any(span.start < o.end and o.start < span.end for o in others)


# A name after a preposition inside a clause is named in passing, not what the sentence is about: "Customers
# outside SAIC Motor supplied 62.2%", "the forklift arm led by Germany's KION Group" (but "For Fuyao, revenue rose").
_IN_PASSING = re.compile(
    r"\w[\w,'’-]*\s+(?:outside|of|by|from|to|into|for|than|against|unlike|beyond|including|like|over)\s+"
    r"(?:the\s+)?(?:[\w-]+['’]s\s+)?$",
    re.IGNORECASE,
)


def named_in_passing(text: str, sentence_start: int, at: int) -> bool:
    """True when the name at `at` follows a preposition that some word of its sentence comes before."""
    return bool(_IN_PASSING.search(text, sentence_start, at))

