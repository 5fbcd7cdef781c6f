"""Cohorts: the groups of companies that a report's figures are about.

"54 unprofitable companies at the time of listing", "nearly 120 integrated circuit companies",
"private enterprises", "the top 10 companies by market capitalization", "STAR 50 companies" and
the whole population ("Science and Technology Innovation Board companies") become `Cohort`
records with a size, its qualifier, a criterion and a parent. "Of these, 30 companies" is a
sub-cohort of the cohort the previous sentence was about.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ..records import (
    Cohort,
    CohortBasis,
    Company,
    Document,
    Entity,
    EntityType,
    Kind,
    Qualifier,
    Quantity,
    Sector,
    Sentence,
    Span,
)
from .company_counts import (
    NUMBER_TOKEN,
    OF_THESE,
    PART_OF_THOSE,
    elided_after,
    is_company_count,
    modifiers,
    parallel,
    parallel_count,
)
from .markets import (
    AGENT_AT_END,
    AGENT_NOUN,
    BOARD,
    BOARD_NAMES,
    BOARD_SYNONYMS,
    COMPANY_NOUN,
    COMPANY_NOUN_RE,
    EXCHANGE_NAMES,
    EXCHANGE_OF_PLACE,
    MARKET,
    PLACES,
    PLURAL_NOUN,
)
from .names import LIST_JOIN
from .patterns import Gated

# "companies on the X", "listed companies of X", "X-listed companies", "X companies"
_MARKET_COMPANIES = re.compile(
    rf"(?:companies|enterprises)\s+(?:listed\s+)?(?:on|in|of)\s+(?:the\s+)?(?:(?:Shanghai|Shenzhen)\s+)?"
    rf"(?:(?:{EXCHANGE_NAMES})(?:'s|’s)\s+)?(?P<a>{BOARD_NAMES}|{EXCHANGE_NAMES})\b"  # "... Exchange's STAR Market"
    rf"|(?<![\w-])(?P<b>{BOARD_NAMES}|{EXCHANGE_NAMES})(?:-listed)?\s+(?:listed\s+)?(?:companies|enterprises)",
    re.IGNORECASE,
)
# Where one company is listed, no board a report is about: "China Railway Signal & Communication, listed on Shanghai's
# STAR Market".
_LISTED_ON = re.compile(r"\blisted (?:on|in) (?:[A-Z][\w-]*['’]s )?(?:the )?$")
# Companies of other markets, named for comparison: "the companies listed in Shanghai and Shenzhen".
_OTHER_MARKET = re.compile(
    rf"\b(?:companies|enterprises)\s+listed\s+(?:in|on)\s+(?:the\s+)?"
    rf"(?:{PLACES}|{BOARD_NAMES}|{EXCHANGE_NAMES})(?:(?:,\s*|\s+and\s+)(?:the\s+)?(?:{PLACES}|{BOARD_NAMES}|{EXCHANGE_NAMES}))+",
)
# Companies of two listing places together: "Companies on the Shanghai and Shenzhen exchanges", "Shanghai and
# Shenzhen companies".
_PLACE_LIST = rf"(?:{PLACES})(?:(?:,\s*|,?\s+and\s+)(?:{PLACES}))+"
_PLACES_TOGETHER = re.compile(
    rf"\b(?:[Cc]ompanies|[Ff]irms|[Ee]nterprises)\s+(?:listed\s+)?(?:on|in)\s+(?:the\s+)?(?P<a>{_PLACE_LIST})"
    rf"(?:\s+(?:stock\s+)?(?:exchanges|bourses|markets))?"
    rf"|\b(?P<b>{_PLACE_LIST})(?:-listed)?\s+(?:listed\s+)?(?:companies|firms)\b"
    rf"|(?<=\bthe )(?P<c>{_PLACE_LIST})\s+(?:stock\s+)?(?:exchanges|bourses|markets)\b"
)
_PLACE_LISTED = re.compile(rf"\b(?:[Aa]ll\s+)?(?P<place>{PLACES})-listed\s+(?:companies|firms|enterprises)\b")
# The whole market, named for comparison: "Domestic listed companies as a whole", "all A-share companies".
_WHOLE_MARKET = re.compile(
    r"\b(?:(?:domestic|all|China's|A-share)\s+)+(?:listed\s+)?companies(?:\s+as a whole)?\b"
    r"|\blisted companies as a whole\b|(?<=whole market, )listed companies\b",
    re.IGNORECASE,
)
# The whole industry an industry round-up is about, listed or not, as regulators and associations count it: "the
# industry carried 730 million passengers", "industry-wide premiums grew 5.7%", "the country's telecom business
# revenue grew 1%", "the sector's telecom business revenue", "the securities industry will earn 196.1 billion yuan",
# "The wider market supplied plenty of volume" (not the whole a part is measured against: "70% of the whole market's").
_WHOLE_INDUSTRY = re.compile(
    r"\b[Tt]he\s+(?:(?:broader|whole|entire|overall)\s+)?(?:[a-z][\w-]*\s+)?industry(?:\s+as\s+a\s+whole)?"
    r"(?=['’]s\s+(?![a-z]+est\b|(?:top|leading|best|most|first|second|third|fourth|fifth)\b)[a-z]|"  # not a rank
    r"\s+(?:[a-z]+ed|grew|rose|fell|saw|made|earned|will|had|took|lost|shrank)\b)|"
    r"(?<!of )\b[Tt]he\s+(?:wider|broader|whole|overall|entire)\s+(?:market|industry|sector)\b(?!['’])|"
    r"\b[Ii]ndustry-wide\b|\bthe\s+(?:country|sector|industry)['’]s\s+(?:[a-z][\w-]*\s+)?(?:industry|business|sector)\b"
)
# The country as an industry's whole, in national statistics: "China produced 1.005 billion tonnes of crude steel",
# "China's vehicle exports rose 23%".
_COUNTRY = re.compile(
    r"\bChina(?=\s+(?:produced|exported|imported|consumed|generated|installed|slaughtered|mined|refined|"
    r"shipped)\b|['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:output|production|exports|imports|consumption)\b)"
)
_WHOLE_MARKET_TITLE = re.compile(
    r"\b(?:China's|China’s|Chinese|A-share|all)\s+(?:listed\s+)?(?:companies|firms)\b|\blisted companies\b|"
    # what the whole market did: "A-share refinancing sinks to ...", "A-share buybacks reach ..." (its biggest
    # companies are a group of their own: "A-share giants flock to Hong Kong")
    r"^(?:China['’]s\s+)?A-share\s+(?!(?:giants|heavyweights|leaders|blue[- ]chips|majors|titans)\b)",
    re.IGNORECASE,
)
_ALL_LISTED = "all listed companies"
_A_SHARE = re.compile(r"\bA-shares?\b")
# Words that restrict no report on the whole market when its companies filed their reports: "5,206 listed
# companies had filed half-year reports" (not "2,192 A-share companies repurchased ...").
_MARKET_WIDE = re.compile(r"(?:(?:listed|A-share|domestic)\s*)+", re.IGNORECASE)
_FILED = re.compile(
    r"\s+(?:had |have |has )?(?:filed|published|released|disclosed|reported)\b(?! (?:a |an )?(?:net |combined |total )?"
    r"(?:loss|profit|revenue))"
)
_OF_A_COUNT = re.compile(r"\s+of\s+(?:the\s+|all\s+)?\d")  # "5,437 of the 5,444 companies": a part
_OPENING_SENTENCES = 6  # title, dateline and the lead paragraph, where a report counts its whole market
_STATUS = (
    r"private|privately[- ]owned|state-owned|central|unprofitable|loss-making|profitable|red-chip|foreign-funded|"
    r"listed|newly listed|leading|(?:non-)?financial|non-oil|non-bank"
)
# "private enterprises", "companies that were unprofitable at the time of listing", "non-financial, non-oil companies",
# "companies outside finance and oil"
_STATUS_COHORT = re.compile(
    rf"\b(?P<adj>(?:{_STATUS})(?:(?:,\s+|\s+(?:and|or)\s+)(?:{_STATUS}))?)\s+(?:{PLURAL_NOUN})\b"
    rf"|\b(?:{PLURAL_NOUN})\s+(?:that|which)\s+(?:were|are)\s+(?P<adj2>{_STATUS})\b"
    rf"|\b(?:{PLURAL_NOUN})\s+(?P<adj3>outside\s+(?:finance|the financial sector)(?:\s+and\s+oil)?)\b"
    # the rest of the companies: "Excluding financial firms, the rest earned ...": the non-financial ones
    r"|\b(?:excluding|leaving out|except(?:\s+for)?|apart from)\s+(?:the\s+)?"
    rf"(?P<non>financial)\s+(?:{PLURAL_NOUN}|sector)\b",
    re.IGNORECASE,
)
_EMERGING = Gated(
    re.compile(
        rf"\b(?:{COMPANY_NOUN})\s+in\s+(?P<adj>(?:[\w-]+\s+){{0,2}}industries)\b"
        r"|\b(?:the\s+)?(?P<adj2>(?:[\w-]+\s+){1,5}industries)\s+(?=accounts?\s+for|accounted\s+for|make\s+up)",
        re.IGNORECASE,
    ),
    re.compile("industries", re.IGNORECASE),
)
# The market a sentence is about counts its companies: "The STAR Market, home to 577 companies worth ...".
_HOME_TO = re.compile(
    rf"\b(?:{BOARD_NAMES}|{EXCHANGE_NAMES})\b[^.;]{{0,20}}?"
    r"\b(?:home to|hosts|hosted|lists|listed|counts|counted|has|had)\s+"
    r"(?:(?:all|some|about|nearly|more than|over)\s+)?$",
)
_TOP = re.compile(
    r"\bthe top (\d+|ten|five|twenty) (?:compan(?:y|ies)|enterprises|firms|stocks)(?P<tail>[^,;]*?\bby [\w ]+?)?"
    r"(?=[,;.]|\s+(?:such|achieved|accounted|were|are|have|had)\b)",
    re.IGNORECASE,
)
_INDEX_COHORT = re.compile(
    r"\b(?P<name>(?:Science (?:and Technology )?Innovation|Sci-?Tech Innovation|STAR|CSI|ChiNext|SSE)"
    r"\s+(?P<size>\d{2,4}))(?:\s+Index)?(?:\s+(?:and|or)\s+[\w ]+?\d{2,4}(?:\s+Index)?)?"
    r"\s+(?:compan(?:y|ies)|constituents|components|stocks)"
    r"|\b(?:constituents|components|members) of the "
    r"(?P<name2>(?:STAR|CSI|ChiNext|SSE)\s+(?P<size2>\d{2,4}))(?:\s+[Ii]ndex)?",
    re.IGNORECASE,
)
# A category the report sizes by its share: "High-tech enterprises make up 92% of the companies",
# "Small and medium-sized enterprises (SMEs) account for more than 80% of ...". The phrase opens its sentence.
_CATEGORY = re.compile(
    r"^(?:The\s+)?(?P<np>(?:[\w-]+\s+(?:and\s+)?){0,5}?(?:enterprises|companies|firms|SMEs|makers|manufacturers))"
    r"(?:\s+\((?P<abbr>[A-Z][A-Za-z]{1,6})\))?"
    r"(?=\s+(?:(?:currently|now|together|still|also)\s+)?(?:make|makes|made|account|accounts|accounted|"
    r"represent|represents|represented|constitute|constitutes|constituted)\b)",
)
# A group a sentence opens with, as the subject of its results: "Marine equipment makers, helped by ...,
# increased net profit", "High-tech manufacturers lifted revenue".
_GROUP_SUBJECT = re.compile(
    # not what is sold through or to companies: "Sales through home-renovation firms rose 16.22%"
    r"^(?:The\s+)?(?P<np>(?!(?:Sales|Revenue|Profits?|Shipments|Exports|Orders|Income)\b)[\w-]+"
    r"(?:\s+(?!(?:through|to|via|from|for|by|of|with|at)\b)[a-z][\w-]*){0,3}\s+"
    r"(?:makers|manufacturers|producers|companies|enterprises|firms)"
    r"|(?:Companies|Enterprises|Firms)\s+(?:in|from)\s+the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s*,|(?:\s+(?:on|in|from|of|listed)\b[^,.;]{0,60}?)?\s+(?:also\s+|together\s+)?"
    r"(?:[a-z]+ed|grew|rose|fell|saw|made|had|kept|cut|won|took|earned|posted)\b)"
)
# Companies named one by one as the subject of one clause: "..., China Mobile, China Telecom and China Unicom together
# booked operating revenue of ...", "China Life, Ping An, PICC Group, CPIC and New China Life booked ...".
_BEFORE_A_LIST = re.compile(r"(?:^|[,:;]\s+)(?:(?:[Ii]n|[Bb]y|[Ff]or) [\w ]{1,30}?,\s+)?$")
_LIST_ACTS = re.compile(
    r"(?:\s*\([A-Z]{2,8}\))?(?:,\s+(?:the\s+|all\s+)?[a-z][^,;]{0,80},)?"  # an aside: ", the state-owned carriers,"
    r"\s+(?:together|jointly|between them|combined)?\s*"
    r"(?:[a-z]{3,}ed|earned|made|had|grew|rose|fell|paid|spent|took|won|sold|held|have|has|will)\b"
)
_ONE_EACH_WORD = re.compile(r"\brespectively\b|\beach\b")
_NOT_A_GROUP = re.compile(
    r"^(?:some|many|most|all|both|their|its|other|listed|several|few)\b|"
    r"\b(?:the|a|an|of|by|to|for|with|how|what|these|those|such)\b",  # not "Dividends paid by companies"
    re.IGNORECASE,
)
# A group the report sizes by its share of the companies and names after: "more than 50% of its companies
# are on the national list of such "little giant" enterprises".
_ON_A_LIST = re.compile(
    r"%\s+of\s+(?:its|the|all|their)\s+(?:[\w-]+\s+)?companies\s+(?:are|were|have been)\s+[^.;:]*?"
    r"(?P<np>(?:such\s+)?[“\"]?[\w-]+(?:\s+[\w-]+)?[”\"]?\s+(?:enterprises|companies|firms))\b"
)
# Plural nouns of the firms of an industry: "carmakers", "airlines", "banks", "steel producers".
_ENDS_IN_NOUN = re.compile(rf"(?:\b(?:{PLURAL_NOUN}|sector|industry|field)|{AGENT_NOUN})$", re.IGNORECASE)
_NOUN_FOLLOWS = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{PLURAL_NOUN}|{AGENT_NOUN})\b"
    r"|\s+(?:sector|industry|field|segment)\b(?!\s+(?:index|policy|policies|chain))",  # "the semiconductor industry"
    re.IGNORECASE,
)
# A sector a board's report gives a figure of straight after it, its verb left out or its measure named: "retail
# 11.52 percent", "textile and apparel makers by 15.16 percent", "followed by communications at 18 percent", "food and
# beverage revenue climbed 59.25 percent" (not "crude steel dropped 5.4%", a good).
_GAPPED_FIGURE = re.compile(
    r"\s+(?:(?:revenue|sales|net profit|profits?)\s+(?:rose|grew|fell|climbed|jumped|dropped|declined|slipped|gained|"
    r"increased|decreased)\s+|by\s+|at\s+)?(?:about\s+|nearly\s+|over\s+|more than\s+)?[\d.]+\s?(?:%|percent)",
    re.IGNORECASE,
)
_OWNED = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+$|['’]s\s+$")
# A sector word that a lower-case word before it modifies names a line, not the sector's companies: "Overseas
# e-commerce retail sales rose about 60%".
_MODIFIED = re.compile(r"(?<![\w-])(?!(?:and|or|while|whereas|with|but|in|at|on|for|of|the|by|from|to|as)\s)"
                       r"[a-z][\w-]*\s+$")
_OF_ALL = re.compile(r"^\s*Of (?:all )?(?:the )?[\w,.-]+ [^,;]*?,", re.IGNORECASE)
_OF_WHICH = re.compile(r"\b(?:of which|among which|among them|of them|of these|among these)\b", re.IGNORECASE)
_TAIL = re.compile(
    rf"^\s+(?P<tail>(?:at the time of listing|(?:listed )?on (?:the )?(?:{BOARD_NAMES}|{EXCHANGE_NAMES})\b|"
    r"on the [\w ]+?Board|listed on the [\w ]+?Board|"
    r"by market capitali[sz]ation|"
    r"in (?:the )?[\w-]+ (?:industry|industries|sector|field)))"
)
_BOARD_TAIL = re.compile(rf"\s+(?:listed\s+)?on\s+{MARKET.pattern}", re.IGNORECASE)
_TOP_COUNT = re.compile(r"^\s*(?:the\s+)?top\s+(\d+)", re.IGNORECASE)
# "30% increased it by", "20% of the companies had revenue above": a share that did something
_SHARE_DOES = re.compile(
    r"(?:\s+of\s+(?:them|these|the\s+(?:listed\s+)?companies|all\s+companies|companies))?\s+"
    r"(?:also\s+)?(?:had|have|increased|raised|grew|achieved|devoted|put|distributed|recorded|posted|saw|paid)\b"
)
_SAME_CLAUSE = re.compile(r"(?![^,;.]*\band\s+$)[^,;.]{0,60}")  # not a new clause's figure ("... and 49 more")
_WORDS = {"ten": 10, "five": 5, "twenty": 20}


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named at characters [start, end) of the document."""

    start: int
    end: int
    ref: str


@dataclass(slots=True)
class CohortFinder:
    """Builds cohorts sentence by sentence, remembering what "of these" refers to."""

    document: Document
    quantities: tuple[Quantity, ...]
    entities: tuple[Entity, ...]
    cohorts: dict[str, Cohort] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    by_quantity: dict[int, str] = field(default_factory=dict)  # quantity index -> cohort ref
    population: str | None = None
    market: str = ""
    previous: str | None = None  # the cohort the previous sentence was about
    last_named: str | None = None  # the cohort named last so far: what "22 of these" are part of
    topic: str | None = None  # the named cohort the current paragraph is about
    named: set[str] = field(default_factory=set)
    categories: dict[str, str] = field(default_factory=dict)  # name or abbreviation -> cohort sized by share
    in_sentence: dict[int, list[int]] = field(default_factory=dict)  # sentence -> quantity indices
    sectors: tuple[Sector, ...] = field(init=False, default=())  # the sectors among `entities`
    company_spans: list[tuple[int, int, str]] = field(init=False, default_factory=list)  # (start, end, ref), sorted

    def __post_init__(self) -> None:
        self.sectors = tuple(e for e in self.entities if isinstance(e, Sector))
        self.company_spans = sorted(
            (m.start, m.end, e.ref) for e in self.entities if isinstance(e, Company) for m in e.mentions
        )

    def run(self) -> tuple[tuple[Cohort, ...], tuple[Mention, ...], dict[int, str]]:
        """All cohorts, their mentions, and the cohort each company count defines."""
        self.population = self._population()
        for index, quantity in enumerate(self.quantities):
            self.in_sentence.setdefault(self.document.sentence_at(quantity.span.start).index, []).append(index)
        previous: str | None = self.population
        for sentence in self.document.sentences:
            continued = sentence.index > 0 and self.document.sentences[sentence.index - 1].span.text.endswith(";")
            self.previous = previous if sentence.index else None
            self._open_paragraph(sentence)
            found = self._sentence(sentence.span, previous, continued)
            named = [m.ref for m in self.mentions if sentence.span.start <= m.start < sentence.span.end]
            self.last_named = named[-1] if named else self.last_named
            self._note_topic(sentence)
            if not continued or found:
                previous = found or self.population
        self._sector_parents()
        self._fit_parents()
        mentions = tuple(sorted(self.mentions, key=lambda m: m.start))
        text, doc_id = self.document.text, self.document.doc_id
        spans: dict[str, list[Span]] = {}
        for m in mentions:
            spans.setdefault(m.ref, []).append(Span(doc_id, m.start, m.end, text[m.start : m.end]))
        cohorts = tuple(replace(cohort, mentions=tuple(spans.get(cohort.ref, ()))) for cohort in self.cohorts.values())
        return tuple(self._as_named(c) for c in cohorts), mentions, self.by_quantity

    def _as_named(self, cohort: Cohort) -> Cohort:
        """The whole market, or an exchange's companies, are labelled as the report first names them in its body
        ("China's A-share companies", "All companies listed on the Shanghai Stock Exchange")."""
        exchange = self.market in EXCHANGE_OF_PLACE.values()
        if cohort.ref != self.population or (cohort.label != _ALL_LISTED and not exchange):
            return cohort
        title_end = self.document.sentences[0].span.end if self.document.sentences else 0
        named = next((m.text for m in cohort.mentions if m.start >= title_end and COMPANY_NOUN_RE.search(m.text)), None)
        if named is None and cohort.label == _ALL_LISTED and _A_SHARE.search(self.document.text, 0, title_end):
            named = "A-share listed companies"  # "A-share refinancing sinks ...", its body naming the market no more
        return replace(cohort, label=named) if named else cohort

    # -- the population ------------------------------------------------------------------------

    def _population(self) -> str | None:
        """The companies of the board or exchange the report is about: the one its title names, else
        the one its company phrases ("companies on X", "X-listed companies") name most often. A title
        about listed companies at large ("China's listed companies in 2024") makes it the whole market."""
        text = self.document.text
        title = self.document.sentences[0].span.text if self.document.sentences else ""
        boards = [m.group("a") or m.group("b") for m in _MARKET_COMPANIES.finditer(title)]
        boards = boards or [m.group(1) for m in BOARD.finditer(title)]
        boards = boards or [  # "Shanghai-listed companies tread water ...": the Shanghai Stock Exchange's
            EXCHANGE_OF_PLACE[place] for m in _PLACE_LISTED.finditer(title)
            if (place := m.group("place").lower()) in EXCHANGE_OF_PLACE
        ]
        if not boards and _WHOLE_MARKET_TITLE.search(title):
            cohort = Cohort(slug=_slug(_ALL_LISTED), label=_ALL_LISTED, criterion="listed in China")
            self.cohorts[cohort.ref] = cohort
            return cohort.ref
        boards = boards or [m.group("a") or m.group("b") for m in _MARKET_COMPANIES.finditer(text)]
        named = [m.group(1) for m in MARKET.finditer(text) if not _LISTED_ON.search(text, max(0, m.start() - 30),
                                                                                          m.start())]
        # a board named once in passing ("the relisting ceremony at the Shanghai Stock Exchange") or as where one
        # company is listed is not what an industry's round-up is about
        times = Counter(n.lower() for n in named)
        boards = boards or [b for b in named if times[b.lower()] > 1]
        if not boards:
            return None
        counts = Counter(b.lower() for b in boards)  # "Main board" and "main board" are one board
        board = max(boards, key=lambda b: (counts[b.lower()], -text.find(b)))
        self.market = board
        cohort = Cohort(slug=_slug(f"{board} companies"), label=f"{board} companies", criterion=f"listed on {board}")
        self.cohorts[cohort.ref] = cohort
        return cohort.ref

    def _is_population_phrase(self, phrase: str) -> bool:
        """True for "companies on the X" and "X-listed companies" when X is the report's market, under any
        of its names ("STAR companies" on the STAR Market)."""
        names = BOARD_SYNONYMS.get(self.market.lower(), (self.market,)) if self.market else ()
        market = next((n for n in names if n.lower() in phrase.lower()), None)
        if market is None:
            return False
        rest = COMPANY_NOUN_RE.sub(" ", re.sub(rf"\b{re.escape(market)}\b", " ", phrase, flags=re.IGNORECASE))
        return not re.sub(r"\b(?:the|on|of|in|listed|all|and)\b|-", " ", rest).strip()

    # -- one sentence ---------------------------------------------------------------------------

    def _sentence(self, span: Span, previous: str | None, continued: bool = False) -> str | None:
        text, base = span.text, span.start
        opened = OF_THESE.match(text) is not None or continued
        first: str | None = None
        last_in_sentence: str | None = None
        last_count: tuple[int, str | None] | None = None  # where the last new count ended, and its parent
        # "Of all 20 companies listed ..., 18 have ...": the opening group is the whole of the others.
        whole_end = base + match.end() if (match := _OF_ALL.match(text)) else None
        for phrase_start, phrase_end, ref in sorted(self._phrases(text, base), key=lambda p: p[0]):
            parent_here = last_in_sentence if _OF_WHICH.search(text[: phrase_start - base][-40:]) else None
            if whole_end is not None and phrase_start >= whole_end and first is not None:
                parent_here = parent_here or first
            if ref.startswith("?"):  # a new count cohort, parent decided now
                index = int(ref[1:])
                these = self.last_named if PART_OF_THOSE.match(self.document.text, phrase_end) else None
                parent = parent_here or these or (previous if opened and first is None else None)
                if last_count and parallel(self.document.text, last_count[0], phrase_start):
                    parent = parent or last_count[1]  # "Among them, 132 had ..., and 232 had ...": siblings
                ref = self._count_cohort(index, parent)
                last_count = (phrase_end, parent)
            self.mentions.append(Mention(phrase_start, phrase_end, ref))
            nested = _OF_WHICH.search(text[: phrase_start - base][-40:]) is not None
            if ref != self.population and not nested:  # "..., of which 290 companies": not what it is about
                first = first or ref
            last_in_sentence = ref
        for ref in {m.ref for m in self.mentions if base <= m.start < span.end}:
            self._attach_members(ref, span)
        return first

    def _previous_text(self, base: int) -> str:
        """The text of the sentence before the one starting at `base`, in the same paragraph, else ""."""
        sentence = self.document.sentence_at(base)
        if sentence.index == 0:
            return ""
        previous = self.document.sentences[sentence.index - 1]
        return previous.span.text if previous.paragraph == sentence.paragraph else ""

    def _phrases(self, text: str, base: int) -> list[tuple[int, int, str]]:
        """(start, end, ref) of cohort phrases; ref "?i" marks a count cohort still to be made."""
        phrases: list[tuple[int, int, str]] = []
        last: Quantity | None = None  # the company count before, for "82 are on the Main Board, 221 on the SME Board"
        counted: Quantity | None = None  # the same, whatever came between: "232 bought back ..., and 132 have ..."
        for index in self.in_sentence.get(self.document.sentence_at(base).index, ()):
            quantity = self.quantities[index]
            if quantity.kind == Kind.CHANGE_ABS:
                continue  # "(24 companies ...), five more than in 2023": no group of five, a change of the 24
            if (
                is_company_count(quantity, text, base, self._previous_text(base))
                or elided_after(last, quantity, self.document.text)
                or parallel_count(counted, quantity, self.document.text)
            ):
                phrases.append((quantity.span.start, quantity.span.end, f"?{index}"))
                last = counted = quantity
            elif quantity.unit != "count":
                last = None
        taken = [(s, e) for s, e, _ in phrases]
        phrases.extend(self._share_groups(base))

        def add(start: int, end: int, ref: str) -> None:
            if not any(start < e and s < end for s, e in taken):
                phrases.append((start, end, ref))
                taken.append((start, end))

        for match in _INDEX_COHORT.finditer(text):
            # "STAR 50", "Science Innovation 50 Index", "Science and Technology Innovation 50": one index
            size = Decimal(match.group("size") or match.group("size2"))
            name = match.group("name") or match.group("name2")
            cohort = self._named(f"{name} companies", size, key=f"index {size} companies", basis=CohortBasis.INDEX)
            add(base + match.start(), base + match.end(), cohort)
        for match in _TOP.finditer(text):
            size = Decimal(_WORDS.get(match.group(1).lower(), match.group(1)))
            label = f"top {size} companies{match.group('tail') or ''}"
            key = _BOARD_TAIL.sub("", f"top {size}{match.group('tail') or ''}")
            add(base + match.start(), base + match.end(), self._named(label, size, key=f"{key}-{size}"))
        for match in _STATUS_COHORT.finditer(text):
            adjective = (match.group("adj") or match.group("adj2") or match.group("adj3")
                         or f"non-{match.group('non')}").lower()
            if adjective in ("listed", "leading"):
                continue
            tail = _TAIL.match(text[match.end() :])
            key = f"{adjective} companies" + (f" {tail.group('tail')}" if tail else "")
            label = match.group() + (f" {tail.group('tail')}" if tail else "")
            add(base + match.start(), base + match.end(), self._named(label, None, key=key))
        for match in _EMERGING.finditer(text):
            industries = " ".join((match.group("adj") or match.group("adj2")).split())
            end = match.end("adj2") if match.group("adj2") else match.end()
            add(base + match.start(), base + end, self._named(f"companies in {industries}", None))
        for start, end, sector in self._sector_phrases(text, base):
            surface = self.document.text[start:end]
            add(start, end, self._named(surface, None, sector=sector.ref, key=f"{sector.label} companies"))
        for match in _MARKET_COMPANIES.finditer(text):
            if self.population and self._is_population_phrase(match.group()):
                add(base + match.start(), base + match.end(), self.population)
            elif self.population:  # another board's companies, named for comparison
                board = match.group("a") or match.group("b")
                add(base + match.start(), base + match.end(),
                    self._named(match.group(), None, key=f"{board} companies", top_level=True))
        for match in _WHOLE_MARKET.finditer(text):  # labelled as the report first names it
            add(base + match.start(), base + match.end(),
                self._named(match.group(), None, key=_ALL_LISTED, top_level=True))
        for match in _WHOLE_INDUSTRY.finditer(text):
            label = re.sub(r"^[Tt]he\s+|\s+as\s+a\s+whole$", "", match.group())
            add(base + match.start(), base + match.end(), self._named(label, None, key=label.lower(), top_level=True))
        for match in _COUNTRY.finditer(text):
            add(base + match.start(), base + match.end(), self._named("China", None, key="china", top_level=True))
        for match in _PLACE_LISTED.finditer(text):  # "All Shanghai-listed companies earned ..."
            if self.population and self._is_population_phrase(match.group()):
                add(base + match.start(), base + match.end(), self.population)
                continue
            key = f"{match.group('place')}-listed companies"
            add(base + match.start(), base + match.end(), self._named(match.group(), None, key=key, top_level=True))
        for match in _PLACES_TOGETHER.finditer(text):  # one group however the places are worded
            places = sorted(set(re.findall(PLACES, match.group("a") or match.group("b") or match.group("c"))))
            label = f"{' and '.join(places)} companies"
            if {"Beijing", "Shanghai", "Shenzhen"} <= set(places):  # all three: the whole market
                if self.population != f"{EntityType.COHORT}/{_slug(_ALL_LISTED)}":
                    continue  # named beside another market's report, for comparison
                cohort = self._named(label, None, key=_ALL_LISTED, top_level=True)
            else:
                cohort = self._named(label, None, key=f"listed in {label}", top_level=True)
            add(base + match.start(), base + match.end(), cohort)
        for match in _OTHER_MARKET.finditer(text):
            add(base + match.start(), base + match.end(), self._named(match.group(), None, top_level=True))
        if listed := _ON_A_LIST.search(text):  # "50% of its companies are on the list of "little giant" enterprises"
            label = " ".join(re.sub(r"[“”\"']|\bsuch\b", " ", listed.group("np")).split())
            add(base + listed.start("np"), base + listed.end("np"), self._named(label, None))
        category = _CATEGORY.match(text)
        if category and not self._is_population_phrase(category.group("np")):
            ref = self._named(category.group("np"), None)
            self.categories[category.group("abbr") or category.group("np")] = ref
            add(base + category.start("np"), base + category.end(), ref)
        for start, end, refs in self._listed_together(base, base + len(text)):
            ref = self._named_before(start, len(refs)) or self._named(
                self.document.text[start:end], Decimal(len(refs)), basis=CohortBasis.MEMBERS,
                key="-".join(r.removeprefix(f"{EntityType.COMPANY}/") for r in refs),
            )
            self.cohorts[ref] = replace(self.cohorts[ref], members=tuple(dict.fromkeys((*self.cohorts[ref].members,
                                                                                         *refs))))
            add(start, end, ref)
        if (group := _GROUP_SUBJECT.match(text)) and self._is_group(np := group.group("np")):
            add(base + group.start("np"), base + group.end("np"), self._named(np, None))
        for name, ref in self.categories.items():  # "these SMEs", "Among the SMEs"
            for found in re.finditer(rf"\b{re.escape(name)}\b", text):
                add(base + found.start(), base + found.end(), ref)
        return phrases

    def _listed_together(self, start: int, end: int) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        """(start, end, member refs) of three or more companies listed as one clause's subject, or two said to act
        together: one group, whose figures are the group's, not the last name's."""
        text = self.document.text
        at = bisect.bisect_left(self.company_spans, (start,))
        spans = list(itertools.takewhile(lambda s: s[0] < end, self.company_spans[at:]))
        spans = [s for k, s in enumerate(spans) if not (k and spans[k - 1][2] == s[2] and text[s[0] - 1] == "(")]
        k = 0
        while k < len(spans):
            run = [spans[k]]
            while k + len(run) < len(spans) and LIST_JOIN.fullmatch(text, run[-1][1], spans[k + len(run)][0]):
                run.append(spans[k + len(run)])
            k += len(run)
            refs = tuple(dict.fromkeys(r for _, _, r in run))
            acts = _LIST_ACTS.match(text, run[-1][1])
            if (
                acts
                and (len(refs) >= 3 or (len(refs) == 2 and re.match(r"\s+(?:together|jointly|combined)", text[
                    run[-1][1] : acts.end()])))
                and _BEFORE_A_LIST.search(text[start : run[0][0]])
                and not _ONE_EACH_WORD.search(text, run[-1][1], end)
                and not self._one_each(run[-1][1], end, len(refs))
            ):
                yield run[0][0], run[-1][1], refs

    def _named_before(self, start: int, size: int) -> str | None:
        """The last group of as many companies named before `start`: "China's five major insurers earned ...
        China Life, Ping An, PICC Group, CPIC and New China Life booked ..." are the five."""
        sized = {ref for ref, c in self.cohorts.items() if c.size == size and ref != self.population}
        return next((m.ref for m in reversed(self.mentions) if m.start < start and m.ref in sized), None)

    def _one_each(self, start: int, end: int, size: int) -> bool:
        """True when a list of as many figures follows: "A, B and C planned the largest payouts, at 51 billion, 40.2
        billion and 17.7 billion yuan" are one each."""
        number = self.document.sentence_at(start).index
        here = (self.quantities[i] for i in self.in_sentence.get(number, ()))
        figures = [q for q in here if start <= q.span.start < end]
        return len(figures) >= size and all(
            LIST_JOIN.fullmatch(self.document.text, a.span.end, b.span.start)
            for a, b in itertools.pairwise(figures[:size])
        )

    def _share_groups(self, base: int) -> list[tuple[int, int, str]]:
        """A group a share defines by what it did, with the figure that says how: "30% increased it by more
        than 100%", "20% of the companies had revenue above RMB 1 billion". The share is the whole's; the
        figure after it is the group's."""
        text = self.document.text
        indices = self.in_sentence.get(self.document.sentence_at(base).index, [])
        found = []
        for index, following in itertools.pairwise(indices):
            share, figure = self.quantities[index], self.quantities[following]
            verb = _SHARE_DOES.match(text, share.span.end)
            if share.unit != "percent" or verb is None:
                continue
            if not _SAME_CLAUSE.fullmatch(text, verb.end(), figure.span.start):
                continue
            label = " ".join(text[share.span.start : figure.span.end].split())
            cohort = self._named(label, None, key=f"share-group {label}", basis=CohortBasis.SHARE)
            found.append((share.span.start, share.span.end, cohort))
        return found

    def _is_group(self, phrase: str) -> bool:
        """A named kind of company, not a quantifier ("Some companies"), a count or a market's companies."""
        return not (
            _NOT_A_GROUP.search(re.sub(r"^(\w+)\s+(?:in|from)\s+the\b", r"\1", phrase))  # "Companies in the X"
            or NUMBER_TOKEN.match(phrase)
            or MARKET.search(phrase)
            or self._is_population_phrase(phrase)
        )

    def _sector_phrases(self, text: str, base: int) -> list[tuple[int, int, Sector]]:
        out = []
        for entity in self.sectors:
            for mention in entity.mentions:
                if not base <= mention.start < base + len(text):
                    continue
                if _ENDS_IN_NOUN.search(mention.text):
                    out.append((mention.start, mention.end, entity))  # "new material companies"
                    continue
                follow = _NOUN_FOLLOWS.match(text, mention.end - base)
                if follow:
                    out.append((mention.start, base + follow.end(), entity))
                elif (  # not "Its energy storage revenue slipped": a company's line
                    self.population and _GAPPED_FIGURE.match(text, mention.end - base)
                    and not _OWNED.search(text, max(0, mention.start - base - 12), mention.start - base)
                    and not _MODIFIED.search(text, max(0, mention.start - base - 30), mention.start - base)
                ):
                    out.append((mention.start, mention.end, entity))  # "..., retail 11.52 percent and ..."
        return out

    # -- making cohorts -------------------------------------------------------------------------

    def _named(
        self,
        label: str,
        size: Decimal | None,
        *,
        sector: str | None = None,
        key: str = "",
        top_level: bool = False,
        basis: CohortBasis = CohortBasis.CRITERION,
    ) -> str:
        """A cohort defined by a criterion rather than a count; mentions of the same `key` merge. A
        `top_level` one (another market, the whole market) is no part of the report's population."""
        label = " ".join(label.split())
        slug = _slug(key or label)
        ref = f"{EntityType.COHORT}/{slug}"
        self.named.add(ref)
        if ref not in self.cohorts:
            self.cohorts[ref] = Cohort(
                slug=slug,
                label=label,
                size=size,
                size_qualifier=Qualifier.EXACT if size is not None else None,
                criterion=label,
                sector=sector,
                parent=None if top_level else self._sector_parent(sector) or self.population,
                basis=basis,
            )
        return ref

    def _sector_parent(self, sector: str | None) -> str | None:
        """The cohort of the broader sector, when one was already named ("chip" under "IC")."""
        entity = next((e for e in self.sectors if e.ref == sector), None)
        broader = entity.broader if isinstance(entity, Sector) else None
        return next((c.ref for c in self.cohorts.values() if broader and c.sector == broader), None)

    def _count_cohort(self, index: int, parent: str | None) -> str:
        """A cohort whose size a count states: "nearly 120 integrated circuit companies"."""
        quantity = self.quantities[index]
        self.by_quantity[index] = ref = self._resolve_count(quantity, parent)
        return ref

    def _first_counted(self, quantity: Quantity) -> bool:
        """True when no sentence before the figure's counted companies."""
        sentence = self.document.sentence_at(quantity.span.start).index
        return all(self.document.sentence_at(self.quantities[i].span.start).index >= sentence for i in self.by_quantity)

    def _resolve_count(self, quantity: Quantity, parent: str | None) -> str:
        words = modifiers(quantity.span.text)
        after = self.document.text[quantity.span.end : quantity.span.end + 120]
        if top := _TOP_COUNT.match(quantity.span.text):
            words = f"top {top.group(1)}"
            after = re.sub(rf"^\s*(?:{COMPANY_NOUN})\b", "", after, flags=re.IGNORECASE)
        tail = _TAIL.match(after)
        on_market = bool(tail and MARKET.search(tail.group("tail")))
        if tail and on_market:  # "on the X Board" restates the market; a further tail may follow
            tail = _TAIL.match(after[tail.end() :])
        phrase = " ".join([words, tail.group("tail") if tail else ""]).strip()
        sentence_start = self.document.sentence_at(quantity.span.start).span.start
        home = (not words or _MARKET_WIDE.fullmatch(words) is not None) and _HOME_TO.search(
            self.document.text, sentence_start, quantity.span.start) is not None  # "the BSE had 256 listed companies"
        names_market = on_market or bool(MARKET.search(words)) or home
        if self.population and names_market and (
                not words or home or self._is_population_phrase(f"{words} companies")):
            population = self.cohorts[self.population]
            lead = self.document.text[max(0, quantity.span.start - 8) : quantity.span.start]
            every = bool(re.search(r"\ball\s+(?:the\s+)?$", lead, re.IGNORECASE))
            # "all 586 companies on the board", or the report's first count of its companies in its opening: the
            # whole population
            opening = self.document.sentence_at(quantity.span.start).index < _OPENING_SENTENCES
            if population.size == quantity.value or (
                    population.size is None and (every or home or (not self.by_quantity and opening))):
                self.cohorts[self.population] = replace(
                    population, size=quantity.value, size_qualifier=quantity.qualifier
                )
                return self.population
            words = ""  # "110 STAR Market companies": a part of the market's companies
            phrase = tail.group("tail") if tail else ""
        whole = self.cohorts.get(self.population or "")
        if whole is not None and not words and whole.size == quantity.value:
            return whole.ref  # "all 586 companies disclosed ...": the whole market again
        if (
            whole is not None and not self.market and whole.size is None and self._first_counted(quantity)
            and (not words or (_MARKET_WIDE.fullmatch(words) is not None and _FILED.match(after) is not None))
            and not _OF_A_COUNT.match(after)
            and (quantity.qualifier == Qualifier.EXACT or _listed_across(re.split(r"[,;]\s+(?!\w+ and )", after)[0]))
            and self.document.sentence_at(quantity.span.start).index < _OPENING_SENTENCES
        ):
            # A report on the whole market: its first count of companies, exact or listed across its places, by
            # no criterion and in its opening, sizes it (not "More than 110 companies swung to a profit" further
            # on; but "more than 5,400 companies listed in Shanghai, Shenzhen and Beijing"); in "5,437 of the 5,444
            # companies listed ...", the second.
            self.cohorts[whole.ref] = replace(whole, size=quantity.value, size_qualifier=quantity.qualifier)
            return whole.ref
        announced = self._announced(quantity, words)
        if announced:
            return announced
        existing = self._same_criterion(phrase, quantity.value) or self._same_criterion(words, quantity.value)
        if existing:
            cohort = self.cohorts[existing]
            if cohort.size is None:
                self.cohorts[existing] = replace(cohort, size=quantity.value, size_qualifier=quantity.qualifier)
            return existing
        sentence = self.document.sentence_at(quantity.span.start)
        criterion = _criterion(sentence.span.text, quantity.span.end - sentence.span.start)
        label = " ".join(quantity.span.text.split())
        if tail:
            label += f" {tail.group('tail')}"
        slug = _slug(f"{phrase or _gist(criterion) or 'companies'}-{quantity.value}")
        ref = f"{EntityType.COHORT}/{slug}"
        if ref in self.cohorts:  # the same criterion and size: a repeated statement of one cohort
            return ref
        sector = self._sector_of(quantity.span)
        self.cohorts[ref] = Cohort(
            slug=slug,
            label=label,
            size=quantity.value,
            size_qualifier=quantity.qualifier,
            criterion=criterion or words,
            parent=parent or self._sector_parent(sector) or self.topic or self.population,
            sector=sector,
        )
        return ref

    def _sector_parents(self) -> None:
        """A sector's companies named before the sector's own cohort ("10 innovative drug companies ...",
        later "Thirty-one innovative pharmaceutical companies") still belong to it."""
        for ref, cohort in list(self.cohorts.items()):
            if cohort.sector is None or cohort.parent not in (None, self.population):
                continue
            wider = [
                c for c in self.cohorts.values()
                if c.ref != ref and c.sector == cohort.sector and _smaller(cohort.size, c.size)
            ]
            if wider:
                self.cohorts[ref] = replace(cohort, parent=min(wider, key=lambda c: c.size or 0).ref)

    def _fit_parents(self) -> None:
        """A part is never larger than its whole: a parent smaller than its child gives way to its own parent."""
        for ref, cohort in list(self.cohorts.items()):
            parent = self.cohorts.get(cohort.parent or "")
            while parent is not None and _smaller(parent.size, cohort.size):
                parent = self.cohorts.get(parent.parent or "")
            if parent is None or parent.ref != cohort.parent:
                self.cohorts[ref] = replace(cohort, parent=parent.ref if parent else None)

    def _open_paragraph(self, sentence: Sentence) -> None:
        if sentence.index == 0 or self.document.sentences[sentence.index - 1].paragraph != sentence.paragraph:
            self.topic = None

    def _note_topic(self, sentence: Sentence) -> None:
        """A paragraph that opens by naming a group ("Private enterprises are ...") is about it: the
        counts it gives later without another parent are parts of that group."""
        first = next(s.index for s in self.document.sentences if s.paragraph == sentence.paragraph)
        if self.topic is not None or sentence.index - first > 1:
            return
        span = sentence.span
        self.topic = next(
            (m.ref for m in self.mentions if span.start <= m.start < span.end and m.ref in self.named), None
        )

    def _announced(self, quantity: Quantity, words: str) -> str | None:
        """"Biomedical companies are entering a new stage. Nearly 110 companies achieved ...": a bare
        count opening the sentence after a heading-like sentence sizes the cohort that sentence named."""
        cohort = self.cohorts.get(self.previous or "")
        sentence = self.document.sentence_at(quantity.span.start)
        opening = quantity.span.start - sentence.span.start < 20
        if words or not opening or cohort is None or cohort.size is not None or cohort.ref == self.population:
            return None
        if cohort.parent is None:  # another market's companies, named for comparison, are no heading
            return None
        heading = self.document.sentences[sentence.index - 1]
        first = heading.index == 0 or self.document.sentences[heading.index - 1].paragraph != heading.paragraph
        if not first or len(heading.span.text) > 120 or re.search(r"\d", heading.span.text):
            return None
        self.cohorts[cohort.ref] = replace(cohort, size=quantity.value, size_qualifier=quantity.qualifier)
        return cohort.ref

    def _same_criterion(self, words: str, size: Decimal) -> str | None:
        if not words:
            return None
        slug = _slug(f"{words} companies")
        content = _content_words(words)
        head = words.split()[-1].lower()
        for ref, cohort in self.cohorts.items():
            same = cohort.slug == slug or _slug(cohort.label.lower()) == slug or _content_words(cohort.slug) == content
            # "Big Six Banks" in the title and "six large state-owned commercial banks" in the lead: one group
            other = {w for w in _content_words(cohort.slug) if not w.isdigit()}
            named_again = (
                cohort.size == size and AGENT_AT_END.search(head) is not None and head in other
                and (other <= content or content <= other)
            )
            if (same and (cohort.size is None or cohort.size == size)) or named_again:
                return ref
        return None

    def _sector_of(self, span: Span) -> str | None:
        for entity in self.sectors:
            if any(span.start <= m.start < span.end for m in entity.mentions):
                return entity.ref
        return None

    def _attach_members(self, ref: str, span: Span) -> None:
        """Companies listed right after a cohort ("such as A, B and C") are its members."""
        cohort = self.cohorts.get(ref)
        mention = next((m for m in self.mentions if m.ref == ref and span.start <= m.start < span.end), None)
        if cohort is None or mention is None or ref == self.population:
            return
        members = []
        window_end = min(span.end, mention.end + 160)
        for entity in self.entities:
            if not isinstance(entity, Company):
                continue
            for m in entity.mentions:
                if mention.end <= m.start < window_end:
                    between = self.document.text[mention.end : m.start]
                    if re.search(r"\b(?:such as|including|like)\b", between) and not re.search(r"[;.]", between):
                        members.append((m.start, entity.ref))
        if members:
            refs = tuple(dict.fromkeys(r for _, r in sorted(members)))
            self.cohorts[ref] = replace(cohort, members=tuple(dict.fromkeys((*cohort.members, *refs))))


def _smaller(a: Decimal | None, b: Decimal | None) -> bool:
    return a is not None and b is not None and a < b


def _content_words(text: str) -> frozenset[str]:
    """The words that define a cohort, whatever their order: "unprofitable at the time of listing"."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(w for w in words if w not in _FILLER)


_FILLER = frozenset(
    ["the", "a", "an", "of", "at", "on", "in", "by", "to", "and", "companies", "company", "enterprises", "firms", "sub"]
)


def _criterion(sentence: str, offset: int) -> str:
    """What the counted companies did: the words after the count up to the clause's end."""
    rest = re.split(r"[,;]|\band\s+\d", sentence[offset:], maxsplit=1)[0]
    return " ".join(rest.split())[:120]


# Words that open a criterion without saying what the companies did: "of them have bought back ...".
_OPENING_WORDS = frozenset(
    ["of", "among", "them", "these", "which", "have", "has", "had", "are", "were", "is", "was", "also", "that", "who"]
)


def _gist(criterion: str) -> str:
    """The first words of what counted companies did, for a readable IRI: "bought back shares worth" for "of
    them have bought back shares worth 32.138 billion yuan since it began"."""
    words = re.findall(r"[A-Za-z][\w'’-]*", criterion)
    while words and words[0].lower() in _OPENING_WORDS:
        words.pop(0)
    return " ".join(words[:4])


def _listed_across(words: str) -> bool:
    """True for words that place companies on more than one of China's listing places: the whole market."""
    return bool(re.search(r"\blisted\b", words)) and len(set(re.findall(PLACES, words))) >= 2


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "cohort"


__all__ = ["CohortFinder", "Mention"]
