"""Extract: non-company actors (exchanges, boards, regulators, media, funds, investor groups).

A small vocabulary of the institutions of China's capital market, plus generic patterns by the
kind of word that ends a name ("... Commission" is a regulator, "... Finance App" a publisher)
and by the investor nouns of market reports ("fund investors", "long-term funds such as ...").
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..records import Document, Organization, Span
from ..resolve.aliases import pick_label, slugify, unique_slugs
from .names import NAME, overlaps
from .patterns import Gated, PatternSet

# (slug, role, pattern): institutions known by several names; long names are matched in any case.
_KNOWN: tuple[tuple[str, str, str], ...] = (
    ("sse", "exchange", r"Shanghai Stock Exchange|(?-i:SSE)"),
    ("szse", "exchange", r"Shenzhen Stock Exchange|(?-i:SZSE)"),
    ("bse", "exchange", r"Beijing Stock Exchange|(?-i:BSE)"),
    ("hkex", "exchange", r"Hong Kong (?:Stock Exchange|Exchanges and Clearing)|(?-i:HKEX|HKEx)"),
    (
        "star-market",
        "board",
        r"Sci(?:ence)?(?: and |-)Tech(?:nology)? Innovation Board|(?-i:STAR) (?:Market|[Bb]oard)|Sci-Tech Board",
    ),
    ("chinext", "board", r"(?-i:ChiNext)(?: Market| [Bb]oard)?|Growth Enterprise Market"),
    ("main-board", "board", r"(?-i:[Mm]ain [Bb]oards?)(?![\w-])"),
    ("sme-board", "board", r"(?-i:SME Board)|Small and Medium(?:-sized)? Enterprises? Board"),
    ("neeq", "board", r"National Equities Exchange and Quotations|New Third Board|(?-i:NEEQ)"),
    ("csrc", "regulator", r"China Securities Regulatory Commission|(?-i:CSRC)|(?<=China's )securities regulator"),
    ("pboc", "regulator", r"People's Bank of China|(?-i:PBOC|PBoC)"),
    ("nfra", "regulator", r"National Financial Regulatory Administration|(?-i:NFRA)"),
    ("nmpa", "regulator", r"National Medical Products Administration|(?-i:NMPA)"),
    (
        "sasac",
        "state",
        r"State-owned Assets Supervision and Administration Commission|(?-i:SASAC)|"
        r"state(?:-owned)? assets? (?:regulator|supervisor|watchdog)",
    ),
    ("ndrc", "government", r"National Development and Reform Commission|(?-i:NDRC)"),
    ("miit", "government", r"Ministry of Industry and Information Technology|(?-i:MIIT)"),
    ("state-council", "government", r"(?-i:State Council)"),
    ("xinhua", "media", r"(?-i:Xinhua)(?: News Agency)?"),
    ("national-social-security-fund", "fund", r"National Social Security Fund"),
    # the state's investor of last resort in the stock market, with stakes in banks and ETFs
    ("central-huijin", "state", r"Central Huijin(?: Investment)?|(?-i:Huijin)"),
    # the state's grid operators, whose investment sets grid-equipment makers' orders (not their listed units)
    ("state-grid", "state", r"State Grid(?: Corporation of China)?(?!(?-i: [A-Z]))"),
    ("china-southern-power-grid", "state", r"China Southern Power Grid(?: Co\.?,? Ltd\.?| Company)?(?!(?-i: [A-Z]))"),
    ("big-fund", "fund", r"National Integrated Circuit Industry Investment Fund|(?-i:Big Fund)"),
    ("csi", "index_compiler", r"China Securities Index(?: Co\.?,? Ltd\.?| Company)?"),
)
# The name each institution is labelled with in every graph, whatever spelling a report uses: one
# node of the store is one institution, with one label per language.
KNOWN_LABELS: dict[str, str] = {
    "sse": "Shanghai Stock Exchange",
    "szse": "Shenzhen Stock Exchange",
    "bse": "Beijing Stock Exchange",
    "hkex": "Hong Kong Exchanges and Clearing",
    "star-market": "STAR Market",
    "chinext": "ChiNext",
    "main-board": "Main Board",
    "sme-board": "SME Board",
    "neeq": "National Equities Exchange and Quotations",
    "csrc": "China Securities Regulatory Commission",
    "pboc": "People's Bank of China",
    "nfra": "National Financial Regulatory Administration",
    "nmpa": "National Medical Products Administration",
    "sasac": "State-owned Assets Supervision and Administration Commission",
    "ndrc": "National Development and Reform Commission",
    "miit": "Ministry of Industry and Information Technology",
    "state-council": "State Council",
    "xinhua": "Xinhua News Agency",
    "national-social-security-fund": "National Social Security Fund",
    "central-huijin": "Central Huijin Investment",
    "state-grid": "State Grid Corporation of China",
    "china-southern-power-grid": "China Southern Power Grid",
    "big-fund": "National Integrated Circuit Industry Investment Fund",
    "csi": "China Securities Index Co., Ltd.",
}
# The board of a listing in the gazetteer (its `board` column) as a known institution.
_LISTING_BOARDS = {"STAR": "star-market", "ChiNext": "chinext", "Main": "main-board", "BSE": "bse"}


def listing_board(board: str) -> tuple[str, str]:
    """The slug and label of the board a gazetteer listing names ("STAR" is the STAR Market)."""
    slug = _LISTING_BOARDS.get(board, slugify(board))
    return slug, KNOWN_LABELS.get(slug, board)


# Every name starts with a letter, so a name starts where a word does.
KNOWN = PatternSet([rf"(?<![\w-])(?:{p})(?![\w-])" for _, _, p in _KNOWN], re.IGNORECASE, lead=r"(?<![\w-])(?=\w)")

# Names told by their last word(s): "Zhitong Finance App", "Securities Association of China".
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("media", r"Finance App|Finance|News Agency|News|Daily|Times|Herald|Weekly|Journal|Business Network|Television"),
    ("regulator", r"Commission|Administration|Bureau"),
    ("government", r"Ministry|Council|Government|Bureau of Statistics|Statistics"),
    ("association", r"Association|Federation|Chamber of Commerce"),
    ("research", r"Institute|Academy|University|Research Center"),
    ("fund", r"Fund"),
    ("exchange", r"Stock Exchange|Exchange"),
)
_NAMED = re.compile(rf"\b(?P<name>(?:[A-Z][\w'-]* (?:(?:of|and|for) )?)+(?P<end>{'|'.join(e for _, e in _ENDINGS)}))\b")
# "... Research Institute Co., Ltd." is a company whatever its name ends in.
_LEGAL_FORM_AFTER = re.compile(r",?\s+(?:Co\.|Co,|Ltd\b|Limited\b|Inc\.|Corp\.|Corporation\b)")
_END_ROLE = [(role, re.compile(rf"(?:{end})$")) for role, end in _ENDINGS]
# Leading words kept out of a name: "The Zhitong Finance App", "According Xinhua".
_APP = re.compile(r" App$")
_LEAD = re.compile(r"^(?:(?:The|A|An|In|On|At|For|From|By|According|Meanwhile|Currently) )+")

# A city's or province's government and courts, named in lower case after the place: "The Shanghai government", "a
# Chongqing court", "the Shenzhen Intermediate People's Court".
_LOCAL = re.compile(
    r"\b(?P<name>(?:[A-Z][a-z]+ )+(?:(?:municipal|provincial|city|district|local) )?(?P<end>government|court)|"
    r"(?:[A-Z][a-z]+ )+(?:Intermediate |Higher |High )?People's Court)\b"
)
# Investor groups: modifiers, an investor noun, and the examples a report gives ("such as QFII").
_MODIFIER = (
    r"domestic|foreign|overseas|professional|long-term|medium- and long-term|qualified|retail|individual|"
    r"institutional|public|private|private equity|insurance|pension|mutual|social security|fund|"
    r"northbound|southbound|state-owned|sovereign|venture capital|index|passive|active"
)
_ITEM = r"(?!and\b|or\b)[\w-]+(?: (?!and\b|or\b)[\w-]+){0,3}"
_EXAMPLES = rf"(?: such as {_ITEM}(?:, {_ITEM})*(?:,? (?:and|or) [\w-]+(?: [A-Z][\w-]*)*)?)?"
_INVESTORS = Gated(
    re.compile(rf"\b(?i:(?:{_MODIFIER}) ){{1,3}}(?:investors|institutions|funds)\b{_EXAMPLES}"),
    re.compile(r"investors|institutions|funds"),
)
# Publisher cue of wire copy: "X learned that", "according to X".
# "Zhitong Finance App learned that ..." (a company "reported that" its results: not a publisher)
_PUBLISHER = Gated(re.compile(rf"(?P<name>{NAME}) (?:learned|has learned) that"), re.compile("learned that"))


def _role_of(name: str) -> str:
    return next((role for role, pattern in _END_ROLE if pattern.search(name)), "organization")


def _unsuffixed(name: str) -> str:
    """A publisher and its app are one node, labelled alike by every report ("Zhitong Finance App")."""
    return _APP.sub("", name)


def _investor_key(label: str) -> str:
    """Investor groups that differ only in leading adjectives are one group ("professional institutional investors")."""
    head = label.split(" such as ")[0]
    return " ".join(head.lower().split()[-2:])


def find_organizations(document: Document) -> tuple[Organization, ...]:
    """Organizations named in `document`, one per institution, mentions in text order."""
    text, doc_id = document.text, document.doc_id
    found: dict[str, list[Span]] = defaultdict(list)
    roles: dict[str, str] = {}
    taken: list[Span] = []

    def add(key: str, role: str, start: int, end: int) -> None:
        span = Span(doc_id, start, end, text[start:end])
        if not overlaps(span, taken):
            taken.append(span)
            found[key].append(span)
            roles.setdefault(key, role)

    for (slug, role, _), spans in zip(_KNOWN, KNOWN.spans(text), strict=True):
        for start, end in spans:
            add(f"known:{slug}", role, start, end)
    for match in _PUBLISHER.finditer(text):
        lead = _LEAD.match(match.group("name"))
        start = match.start() + (lead.end() if lead else 0)
        name = text[start : match.end("name")]
        add(f"name:{slugify(_unsuffixed(name))}", "media", start, match.end("name"))
    for match in _NAMED.finditer(text):
        lead = _LEAD.match(match.group("name"))
        start = match.start() + (lead.end() if lead else 0)
        name = text[start : match.end()]
        if len(name.split()) >= 2 and not _LEGAL_FORM_AFTER.match(text, match.end()):
            add(f"name:{slugify(_unsuffixed(name))}", _role_of(name), start, match.end())
    for match in _LOCAL.finditer(text):
        lead = _LEAD.match(match.group("name"))
        start = match.start() + (lead.end() if lead else 0)
        role = "court" if match.group().lower().endswith("court") else "government"
        add(f"name:{slugify(text[start : match.end()])}", role, start, match.end())
    for match in _INVESTORS.finditer(text):
        add(f"investor:{_investor_key(match.group())}", "investor", match.start(), match.end())
    return _records(found, roles)


def _records(found: dict[str, list[Span]], roles: dict[str, str]) -> tuple[Organization, ...]:
    keys = sorted(found, key=lambda k: min(s.start for s in found[k]))
    spans_of = {k: tuple(sorted(found[k], key=lambda s: s.start)) for k in keys}
    labels = [_unsuffixed(_label(spans_of[k])) if k.startswith("name:") else _label(spans_of[k]) for k in keys]
    # Investor groups are keyed by their head words; their slug is the first label's head.
    slugs = unique_slugs(
        [
            lb.split(" such as ")[0] if k.startswith("investor:") else k.split(":", 1)[1]
            for k, lb in zip(keys, labels, strict=True)
        ]
    )
    return tuple(
        Organization(
            slug=slug,
            label=label,
            aliases=tuple(dict.fromkeys(s.text for s in spans_of[key] if s.text != label)),
            mentions=spans_of[key],
            role=roles[key],
        )
        for key, label, slug in zip(keys, labels, slugs, strict=True)
    )


def _label(spans: tuple[Span, ...]) -> str:
    """The most frequent spelling, case aside, written as its first capitalised occurrence."""
    best = pick_label(s.text.lower() for s in spans)
    same = [s.text for s in spans if s.text.lower() == best]
    return next((t for t in same if t[:1].isupper()), same[0])
