"""Extract: companies named in an English report, one canonical `Company` each, resolved on the gazetteer.

A capitalised name is a company when the text says so: a list after "companies such as", an
apposition ("X, a leading EDA company", "semiconductor company X"), a deal ("X plans to acquire
Y"), a company word at its end ("... Technology", "... Biotech"), a company verb after it in
subject position ("X launched"), or the gazetteer knows it. Spellings of one company are merged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from ..records import Company, Document, Organization, Span
from ..resolve.aliases import group_names, pick_label, same_thing, unique_slugs, vocabulary
from ..resolve.gazetteer import Gazetteer, Listing, acronyms, load_gazetteer, words
from .names import (
    CHINESE_PLACES,
    COUNTRIES,
    FUNCTION_WORDS,
    LIST,
    MONTHS,
    NAME,
    PLACE_WORDS,
    STATE_WORDS,
    SUFFIXES,
    TWO_WORD_PLACES,
    UNIT_WORDS,
    clean_name,
    is_strong,
    occurrences,
    overlaps,
    split_list,
)
from .patterns import Gated

# Heads of a noun phrase that a list of company names may follow ("leaders such as A and B").
_COMPANY_HEADS = (
    r"companies|company|enterprises|firms|leaders|players|manufacturers|makers|suppliers|groups|giants|champions"
)
_OTHER_HEADS = (
    r"institutions|investors|indices|indexes|industries|products|funds|fields|areas|countries|regions|"
    r"segments|diseases|rules|standards|awards|technologies|materials|markets|sectors|projects|drugs|"
    r"cities|provinces|towns|places|locations|sites|stores|plants|factories|bases|lines|routes|roads|railways|"
    r"highways|expressways|pipelines|corridors|models|channels|programmes|programs"
)
# A listed company under risk warning keeps the exchange's prefix in its short name: "*ST Huayi", "ST Kangmei".
_RISK_WARNED = re.compile(r"(?<![\w*])(?:\*ST|S\*ST|SST|ST)\s(?-i:[A-Z][a-z][\w-]*)(?:\s(?-i:[A-Z][a-z][\w-]*))?")
_HEAD = re.compile(rf"\b(?:(?P<company>{_COMPANY_HEADS})|{_OTHER_HEADS})\b", re.IGNORECASE)
_SUCH_AS = re.compile(
    rf"\b(?:such as|including|like|namely|among them|among which|of which)\s+(?:the\s+)?(?P<list>{LIST})"
)
_COUNTED_LIST = re.compile(rf"\b(?:companies|enterprises|firms),\s+(?P<list>{LIST}),")
_ETC = Gated(
    re.compile(rf"(?P<list>{LIST}),?\s+(?:etc\.|and other (?:companies|enterprises|firms))"),
    re.compile(r"etc\.|and other (?:companies|enterprises|firms)"),
)
_APPOSED = re.compile(
    rf"(?<!\band )(?<!& )(?P<a>{NAME}),\s+(?:a|an|the)\s+[^,.;]{{0,80}}?\b(?:company|enterprise|firm|maker|"
    rf"manufacturer|developer|subsidiary|leader|group|player|supplier|stock|chain|operator|producer|retailer|lender|insurer|brewer|miner|"
    rf"listed)\b"
)
_TITLED = re.compile(
    rf"(?-i:\b(?:company|enterprise|firm|manufacturer|maker|developer|subsidiary|supplier|operator|producer|provider|"
    rf"carrier|retailer|lender|insurer|brokerage|unit|affiliate|rival|peer)\s+(?P<a>{NAME}))"
    rf"|\b(?:subsidiary|parent|unit|shareholder) of (?P<b>{NAME})"
)
# A stake named before its company: "(buy) 51% of", "the remaining 19.355% of", "157,141,100 shares of".
_STAKE_OF = (
    r"(?:(?:a|an|the|its|remaining|further|another|additional|controlling|majority|minority)\s+)*"
    r"(?:[\d.,]+\s?(?:%|percent)|[\d,.]+(?: million| billion)? (?:new )?shares)(?:\s+stake)?\s+(?:of|in)"
)
_DEAL = Gated(
    re.compile(
        rf"(?:(?P<a>{NAME})(?:,[^,]{{0,80}},|,(?= which))?|\b(?-i:[Ii]t|[Tt]he company))\s+"
        rf"(?:plans|intends|proposes|agreed|has agreed|is planning|announced|would|will|"
        rf"(?:unveiled|announced|disclosed) a plan|"
        # "set out a share-swap plan to absorb", "said it would issue A shares at 74.20 yuan each to buy", "which
        # planned on March 28 to buy"; not "agreed ... to buy" with words between, which took more than companies
        rf"(?:(?:[a-z][\w-]*\s+){{1,4}}?(?:plan|proposal|offer|agreement)\s+|"
        rf"(?:which\s+)?(?:(?:said|says|announced) (?:that )?it (?:would|will)|planned|proposed|decided)"
        rf"\s+"
        rf"(?:(?:[a-z][\w'’-]*|[AH](?= shares)|[\d.,]+|(?-i:[A-Z][a-z]+ \d{{1,2}}))\s+){{1,10}}?)to"
        rf"(?=\s+(?:acquire|purchase|take over|merge with|absorb|buy)\b))?\s*"
        rf"(?:to\s+)?(?:acquire|acquired|purchase|purchased|take over|took over|merge with|merged with|absorb|"
        rf"absorbed|buy(?! back)|bought(?! back))\s+(?:{_STAKE_OF}\s+)?(?:(?:{'|'.join(COUNTRIES)})['’]s\s+)?"
        rf"(?:the\s+)?(?:[a-z-]+\s+){{0,4}}?(?P<b>{NAME})"
        rf"(?:['’]s\s+(?:[\d.]+\s?(?:%|percent)\s+)?(?:stake|holding)\s+in\s+(?:(?:{'|'.join(COUNTRIES)})['’]s\s+)?"
        rf"(?P<e>{NAME}))?"  # "buy Holcim's 83.81% stake in Nigeria's Lafarge Africa"
        rf"|(?P<c>{NAME})'s acquisition of (?P<d>{NAME})"
    ),
    re.compile(r"acqui|purchase|take over|took over|merge|absorb|buy|bought"),
)
# A stake bought in a company: "had bought all of Hangzhou Haiyin Kechuang", "paid 294 million yuan in August 2024
# for 49% of Nanjing Wanhao", "plans to take a 51% stake in Honghui Pharmaceutical", "to spend up to 200 million
# yuan on control of discount chain Ai Lingshi" (not "60% of the market").
_STAKE_BOUGHT = Gated(
    re.compile(
        r"\b(?:bought|buys?|buying|acquired|acquires?|acquiring|purchased|takes?|took|taking|paid|pays?|paying|"
        r"spend|spends|spent|spending)\b"
        r"(?:[^.;]|\.\d){0,60}?"
        r"(?:\b(?:[\d.]+\s?(?:%|percent)(?:\s+stake)?|all|the\s+rest|(?:a\s+)?(?:majority|controlling)\s+stake)"
        r"\s+(?:of|in)|\bcontrol\s+of(?:\s+[a-z-]+){0,3})"
        # where it is listed is no part of its name: "of STAR Market-listed HyT Medical", not "the Shenzhen-listed"
        r"\s+(?:(?:[A-Z][\w]*\s+)*[A-Z][\w]*-listed\s+)?(?![\w-]*-listed\b)"
        rf"(?P<a>{NAME})"
    ),
    re.compile(r"%|percent|\ball of|\bstake\b|\bcontrol of"),
)
_CONTROL = Gated(
    re.compile(
        rf"(?P<a>{NAME}) introduced (?:[\w-]+ ){{0,6}}?(?P<b>{NAME}) as (?:its |the |a )?controlling shareholder"
        rf"|(?P<c>{NAME}) (?:was|has been) (?:taken over|acquired|bought) by (?P<d>{NAME})"
        rf"|(?P<e>{NAME})'s controlling shareholder (?:became|changed to|is now|was changed to) (?P<f>{NAME})"
        rf"|(?P<g>{NAME}) became (?:the )?controlling shareholder of (?P<h>{NAME})"
    ),
    re.compile(r"controlling shareholder|(?:taken over|acquired|bought) by"),
)
_VERBS = (
    r"launched|achieved|plans|planned|intends|became|released|issued|announced|reported|completed|acquired|"
    r"raised|signed|submitted|focuses|focused|conducted|introduced|built|helped|reached|exceeded|posted|"
    r"recorded|won|has|have|had|takes|took|continues|led|ranked|developed|obtained|received|expects|"
    r"delivered|shipped|opened|established|invested|unveiled|returned|turned|surpassed|disclosed|saw|grew|is|was|"
    r"headed|topped|spent|earned|generated|bought|sold|held|agreed|paid|proposed|absorbed|merged|purchased|booked|"
    r"lifted|narrowed|swung|priced|debuted|ended|bucked|increased|expanded"
)
# An aside between a subject's name and its verb: "Semir, owner of the Balabala children's brand, bucked the trend".
_SUBJECT_ASIDE = (
    r"which|whose|who|(?:the\s+)?(?:owner|maker|operator|producer|developer|parent|builder|supplier|provider)\s+of"
)
# A name no table holds, set apart by what it is before its verb: "Laopu Gold, listed in Hong Kong in June 2024,
# increased revenue", "Chow Tai Fook, whose year ends in March, said ..." (not a person's "who").
_ASIDE_SUBJECT = re.compile(
    r"(?:^|(?<=[.;:!?])\s+|(?<=\n))(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s+"
    r"(?:which|whose|(?P<listed>(?:listed|based|headquartered)\s+(?:in|on))|"
    r"(?:the\s+)?(?:owner|maker|operator|parent)\s+of)"
    rf"\b[^,;]{{0,80}},\s+(?:{_VERBS}|said)\b"
)
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.;:!?,])\s+(?:and\s+)?|(?<=\n))(?P<list>{LIST})(?:,\s+(?:{_SUBJECT_ASIDE})\b[^,;]{{0,80}},)?\s+"
    rf"(?:(?:also|again|successfully|actively|officially|recently|further|continuously|has|have|had|still|then|now|"
    rf"both|all|respectively)\s+)*(?:{_VERBS})\b"
)
_POSSESSIVE = re.compile(rf"(?P<a>{NAME})(?:'s|’s|'(?= [a-z]))\s")
_BY = re.compile(rf"\b(?:developed|produced|made|manufactured|launched|built|issued) by (?P<a>{NAME})")
# Where its shares trade tells a company: "Hong Kong-listed MicroPort Scientific", "Its STAR-listed unit MicroPort EP".
_LISTED_AT = re.compile(
    rf"(?:\b[A-Z][\w-]*(?: [A-Z][\w-]*)?|\b(?:[A-Z]\.){{2,3}})-listed "  # "U.S.-listed rivals H World and Atour"
    rf"(?:(?:units?|subsidiar(?:y|ies)|arms?|affiliates?|parents?|peers?|rivals?) )?(?![ABH]-shares?\b)(?P<a>{NAME})"
)
# Capitalised words that end a name of something other than a company.
_NOT_COMPANY_END = re.compile(
    r"\b(?:Index|Indices|Award|Awards|Rules|Rule|Festival|Board|Exchange|Market|App|Editor|ETF|Plan|"
    r"Campaign|Project|Program|Programme|Standard|Standards|Day|Week|Year|Quarter|Report|Act|Law|Conference|Forum)$"
)
# Not the "Co." of "Merck & Co.", which is part of its name.
_LEGAL_FORM = re.compile(
    r"(?:,?(?<!&)\s+(?:Co\.?,?\s*Ltd|Co|Ltd|Limited|Inc|Corp|Corporation|Group Co\.?,?\s*Ltd)\.?)+$"
)
_PLACES = "|".join(sorted(CHINESE_PLACES, key=lambda p: (-len(p), p)))  # longest first, one order every run
_UNIT_OF_PLACE = re.compile(rf"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|{_PLACES})",
                            re.IGNORECASE)
_LISTED_FORM = re.compile(
    r"[\s,.]+(?:co|corp|corporation|company|inc|incorporated|ltd|limited|plc|group|holdings?|stock|share|"
    r"joint[- ]stock|and|&|of)\.?$",  # and the joint a dropped tail leaves: "Poly Developments and (Holdings Group)"
    re.IGNORECASE,
)
# "Contemporary Amperex Technology Co., Limited (CATL)": a name and the short form the report uses after.
_ABBREVIATED = re.compile(
    rf"(?P<name>(?:{NAME}\s+of\s+)?{NAME})(?:,? (?:Co\.,? )?(?:Limited|Ltd\.?|Inc\.?|Corp\.?))?\s+"
    rf"\((?P<abbr>[A-Z][A-Za-z0-9&-]{{1,9}})\)"  # "Bank of China (BOC)"
)
# One company under two names: "Landun, formally Blue Shield Information Security Technology", "Sinopec, officially
# China Petroleum & Chemical", "X, formerly known as Y".
_ALSO_NAMED = re.compile(
    rf"(?P<a>{NAME}),?\s+(?:\(\s*)?(?:formally|officially|formerly|also known as|known formally as)"
    rf"(?:\s+(?:known|named|called)(?:\s+as)?)?\s+(?P<b>{NAME})"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n\"“(]\s*)$")
# First words of company names that are common English words, so never a company's short form.
_COMMON_FIRST_WORDS = vocabulary(
    """great new golden grand royal central national international united eastern western southern northern
    first east west south north future modern smart bright universal general standard advanced"""
)
BOARD_OF_ORGANIZATION = {"star-market": "STAR", "chinext": "ChiNext", "bse": "BSE"}


def find_companies(document: Document, organizations: Iterable[Organization] = ()) -> tuple[Company, ...]:
    """Companies named in `document`, one per company, with ticker, board and Chinese name when listed."""
    orgs = tuple(organizations)
    taken = tuple(span for org in orgs for span in org.mentions)
    # Boards the report is about, most mentioned first, break ties between homophone short names.
    by_weight = sorted(orgs, key=lambda o: -len(o.mentions))
    boards = tuple(dict.fromkeys(b for o in by_weight if (b := BOARD_OF_ORGANIZATION.get(o.slug))))
    gazetteer = load_gazetteer()
    text = document.text
    spots = _Spots(document, taken)
    names: dict[str, None] = {}
    acting = [m for match in _SUBJECT.finditer(text) for m in split_list(match.group("list"))]  # "X launched ..."
    for name in _named_companies(text, acting):
        if name not in names and _plausible(name, spots):
            names.setdefault(name)
    for match in _RISK_WARNED.finditer(text):  # "*ST Huayi": a listed name under the exchange's risk warning
        names.setdefault(match.group())
    for start, end, _ in gazetteer.scan(text):
        span = Span(document.doc_id, start, end, text[start:end])
        described = _LOWER_WORD.search(span.text) and _ROLE_AFTER.match(text, end)  # "OLED material supplier X"
        alone = span.text in SUFFIXES or span.text in CHINESE_PLACES  # "Tongling" of "delivers from Suzhou, Tongling"
        if not overlaps(span, taken) and not described and not alone:
            names.setdefault(span.text)
    for name in _candidate_runs(text):
        if (
            name not in names
            and (
                is_strong(name)
                or _official_word(name, gazetteer, text)
                or _capital_mid_sentence(name, spots, text)
                or _possessor(name, text)
                or (name in acting and name.lower() not in _lowercase_words(text))  # "Mindray bought 21% of ..."
            )
            # an acronym in brackets ("(CMP)") is a term more often than a ticker, unless it leads a listed name ("BYD")
            and (not name.isupper() or _leads_listing(name, gazetteer.resolve(name, boards), spots))
            and _plausible(name, spots)
            and gazetteer.resolve(name, boards)
        ):
            names.setdefault(name)
    for name in _listed_with_companies(text, names):
        if _plausible(name, spots):
            names.setdefault(name)
    short_forms: dict[str, str] = {}  # "CATL" -> "Contemporary Amperex Technology", "Sungrow" -> "Sungrow Power Supply"
    for match in _ABBREVIATED.finditer(text):
        name = _LEGAL_FORM.sub("", clean_name(match.group("name")))
        # a known name the match ends: "Industrial and Commercial Bank of China (ICBC)", whose "and" no run spans
        known = (_LEGAL_FORM.sub("", n) for n in names)
        name = next((k for k in known if k.endswith(name) and text.endswith(k, 0, match.end("name"))), name)
        # "ACM Research (Shanghai)": a place in brackets is part of the name, no short form
        if any(_LEGAL_FORM.sub("", n) == name for n in names) and match.group("abbr") not in PLACE_WORDS:
            short_forms[match.group("abbr")] = name
    for match in _ALSO_NAMED.finditer(text):  # "Landun, formally Blue Shield Information Security Technology"
        short, full = clean_name(match.group("a")), clean_name(match.group("b"))
        if short in names and full in names:
            short_forms[short] = _LEGAL_FORM.sub("", full)
    for name in list(names):
        first = _first_word(name, text)
        if first and spots(first):
            short_forms.setdefault(first, _LEGAL_FORM.sub("", name))
    names.update(dict.fromkeys(short_forms))
    for name in list(names):
        short = _LEGAL_FORM.sub("", name)
        if short != name and len(short) >= 2:
            names.setdefault(short)  # "BYD Co., Ltd." is also written "BYD"
        if (bare := _without_business_words(short)) and _plausible(bare, spots):
            names.setdefault(bare)  # "Cambricon Technologies" is also written "Cambricon"
    for name in list(names):
        # A translation may split a two-word name with "and": "China and Micro" for "China Micro".
        split = " and ".join(name.split())
        if len(name.split()) == 2 and next(occurrences(text, split, document.doc_id), None):
            names.setdefault(split)
    mentions = _mentions(list(names), spots)
    found = [n for n in names if mentions.get(n)]
    return _merge(found, mentions, boards, short_forms)


def _listed_with_companies(text: str, names: dict[str, None]) -> Iterator[str]:
    """The other members of a list most of whose members are companies: "PetroChina, Sinopec and CNOOC",
    "Nexchip, GalaxyCore, Nanya New Material ... and Hygon all grew"."""
    for match in re.finditer(LIST, text):
        members = split_list(match.group())
        known = [m for m in members if m in names or _LEGAL_FORM.sub("", m) in names]
        if len(members) >= 3 and 2 * len(known) >= len(members):
            yield from (m for m in members if m not in known and m.split()[0] not in FUNCTION_WORDS)


def _named_companies(text: str, subjects: list[str]) -> Iterator[str]:
    """Every name the text's own patterns call a company; `subjects` are the names a company verb follows."""
    for match in _SUCH_AS.finditer(text):
        if _company_head_before(text, match.start()):
            yield from split_list(match.group("list"))
    listed: tuple[re.Pattern[str] | Gated, ...] = (_COUNTED_LIST, _ETC)
    for cue in listed:
        for match in cue.finditer(text):
            members = split_list(match.group("list"))
            if cue is _COUNTED_LIST or any(_has_suffix(m) for m in members):
                yield from members
    named: tuple[re.Pattern[str] | Gated, ...] = (_APPOSED, _TITLED, _DEAL, _STAKE_BOUGHT, _CONTROL, _BY, _LISTED_AT)
    for cue in named:
        for match in cue.finditer(text):
            yield from (clean_name(v) for v in match.groupdict().values() if v)
    for name in _candidate_runs(text):
        if _has_suffix(name):
            yield name
    yield from (m for m in subjects if is_strong(m))
    yield from _coined_subjects(subjects, text)
    for match in _ASIDE_SUBJECT.finditer(text):
        words = match.group("a").split()  # one word only where it is listed or based somewhere: "Nutrichem, listed in"
        if (len(words) > 1 or match.group("listed")) and not any(_ordinary(w) for w in words):
            yield match.group("a")
    for match in _POSSESSIVE.finditer(text):
        name = clean_name(match.group("a"))
        if is_strong(name) and name.split()[0] not in FUNCTION_WORDS:  # not "Across China's A-share market"
            yield name


# A word in lower case inside a listed name found in the text, with a role noun after it: a description of the
# company named next ("OLED material supplier Lighte"), not the listed namesake.
_LOWER_WORD = re.compile(r"\b(?!(?:and|of|the|de)\b)[a-z]")
_ROLE_AFTER = re.compile(
    r"\s+(?:supplier|maker|producer|manufacturer|designer|developer|provider|company|firm|giant|leader)s?\b"
)


def _ordinary(word: str) -> bool:
    """A word of the language rather than of a name: a function word, a place, a month."""
    return word in FUNCTION_WORDS or word in PLACE_WORDS or word in MONTHS


def _coined_subjects(subjects: list[str], text: str) -> Iterator[str]:
    """One coined word that acts as the subject of a sentence, recurs, and that the text never writes in
    lower case ("Sinopec was among them. ... Sinopec will pay 0.146 yuan a share"): a company's name."""
    for name in dict.fromkeys(subjects):
        coined = len(name) >= 5 and name.isalpha() and name[0].isupper() and name[1:].islower()
        if (
            coined
            and not _ordinary(name)
            and not name.endswith(("s", "ly")) and name.lower() not in _lowercase_words(text)
            and len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2
        ):
            yield name


_AFTER_A_NUMBER = re.compile(r"(?<![\d.,])\d{1,3} $")  # not a year: "In 2024 Sungrow Power earned"


def _candidate_runs(text: str) -> Iterator[str]:
    """Every capitalised run, without leading function words, that is no tail of a name opening with a number
    ("Interactive Entertainment" of "37 Interactive Entertainment")."""
    for match in re.finditer(NAME, text):
        if _AFTER_A_NUMBER.search(text, max(0, match.start() - 12), match.start()):
            continue
        name = clean_name(match.group())
        if name:
            yield name


def _company_head_before(text: str, at: int) -> bool:
    """True when the nearest plural head noun before "such as" (same clause) names companies."""
    clause_start = max(text.rfind(c, 0, at) for c in ".;\n")
    heads = list(_HEAD.finditer(text, clause_start + 1, at))
    return bool(heads) and heads[-1].group("company") is not None


@cache
def _without_business_words(name: str) -> str | None:
    """The name without the business words that end it ("Hua Hong Semiconductor" -> "Hua Hong"), when
    what is left can be a name of its own."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1].rstrip(".") in SUFFIXES:
        tokens.pop()
    bare = " ".join(tokens)
    if bare == name or len(bare) < 4 or tokens[0] in FUNCTION_WORDS or all(t in PLACE_WORDS for t in tokens):
        return None
    return bare


def _leads_listing(name: str, found: Listing | None, spots: _Spots) -> bool:
    """True when `name` is the first word of the listed company's English name ("BYD" of "BYD Company
    Limited") and stands outside brackets somewhere, or its initials never bracketed ("Wafer foundry leader
    SMIC"): "(PCI)" abbreviates a term, and "OLED" inside "Jilin OLED Material Tech" is no name of it."""
    if found is None:
        return False
    if found.en_name.split()[0].lower() != name.lower():
        initials = name in acronyms(words(found.en_name))
        return initials and all(not spots.bracketed(span) for span in spots(name))
    return any(not spots.bracketed(span) for span in spots(name))


@lru_cache(maxsize=4)  # the document being read: its helpers ask for every candidate name
def _lowercase_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case, read once: a word written so is an English word, no name."""
    return frozenset(re.findall(r"\b[a-z]+\b", text))


def _official_word(name: str, gazetteer: Gazetteer, text: str) -> bool:
    """A one-word name that is a listed company's whole English name, coined from its Chinese name ("Tongwei")."""
    return len(name) >= 4 and name.lower() not in _lowercase_words(text) and gazetteer.coined(name) is not None


# A word inside a longer capitalised name ("Sungrow Power Supply") is no name of its own there.
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w&-]*\s$")
_CAPITAL_AFTER = re.compile(r"\s[A-Z]")


def _capital_mid_sentence(name: str, spots: _Spots, text: str) -> bool:
    """A one-word name written with a capital inside a sentence ("while Cambricon cut its loss"), never in
    lower case: a proper name, which the gazetteer then has to know. At a sentence's start any word is capitalised."""
    if not _proper_word(name, text, shortest=4):
        return False
    return any(
        not _SENTENCE_START.search(text, max(0, span.start - 3), span.start)
        and not _CAPITAL_BEFORE.search(text, max(0, span.start - 30), span.start)
        and not _CAPITAL_AFTER.match(text, span.end)
        for span in spots(name)
    )


def _possessor(name: str, text: str) -> bool:
    """A one-word name that owns results ("Cambricon's revenue soared"), never written in lower case: a proper
    name even at a sentence's start, which the gazetteer then has to know."""
    return _proper_word(name, text, shortest=5) and re.search(rf"\b{re.escape(name)}['’]s\b", text) is not None


def _proper_word(name: str, text: str, shortest: int) -> bool:
    """One word of letters that is no function, place or month word and that the text never writes in lower case."""
    return (
        len(name) >= shortest
        and name.isalpha()
        and name not in FUNCTION_WORDS
        and name not in PLACE_WORDS
        and name not in MONTHS
        and name.lower() not in _lowercase_words(text)
    )


# Capitalised short words that are terms, never a company's short name: "AI Technology" is no "AI".
_TERMS = frozenset({"AI", "EV", "IT", "US", "UK", "EU", "IC", "IPO", "ESG", "GDP", "CEO", "NEV", "LNG", "LED", "PV",
                    "RMB", "CNY", "USD", "HKD", "ETF", "SOE", "STAR", "BSE", "SSE", "SZSE", "CSRC", "PCB", "TV", "PC",
                    "EDA", "API", "R&D", "GW", "MW", "GWh", "MWh", "HK", "SME", "VR", "AR", "OLED", "LCD"})


def _first_word(name: str, text: str) -> str | None:
    """The first word of a company name of two or more words after its place, when reports use it alone for
    the company ("Sungrow" for "Sungrow Power Supply"): a coined word, not an English or place word."""
    tokens = _LEGAL_FORM.sub("", name).split()
    if len(tokens) > 3 and " ".join(tokens[:2]) in TWO_WORD_PLACES:
        tokens = tokens[2:]  # "Inner Mongolia Yili Industrial Group" is "Yili", never "Inner"
    while len(tokens) > 2 and (tokens[0] in PLACE_WORDS or tokens[0] in CHINESE_PLACES):
        tokens.pop(0)  # "Shenzhen Mindray Bio-Medical Electronics" is "Mindray", "Jiangsu Hengrui ..." "Hengrui"
    first = tokens[0] if len(tokens) >= 2 else ""
    if tokens[1:] and _UNIT_OF_PLACE.fullmatch(" ".join(tokens[1:])):
        return None  # "SMIC North", "BOE Chongqing": a parent's unit named for its place, not a longer spelling
    short = len(first) < 4 and not (first.isupper() and len(first) >= 2 and first not in _TERMS)  # "SF" Holding
    if short or not first.isalpha() or first in FUNCTION_WORDS or first in PLACE_WORDS or first in SUFFIXES:
        return None
    if first.lower() in _COMMON_FIRST_WORDS or first.lower() in _lowercase_words(text):
        return None  # "Great Wall Motor": "great" is an English word
    return first


def _has_suffix(name: str) -> bool:
    tokens = name.split()
    return len(tokens) >= 2 and tokens[-1].rstrip(".") in SUFFIXES and tokens[0] not in SUFFIXES


_INDEX_AFTER = re.compile(r"\s+\d{2,4}\s+(?:[Ii]ndex|[Ii]ndices)\b")
_ACRONYM_INDEX_AFTER = re.compile(r"\s+(?!(?:19|20)\d\d\b)\d{2,4}\b(?![\d,.%]|\s+(?:yuan|million|billion|shares))")
_BRAND_AFTER = re.compile(r"\s+brands?\b")


class _Spots:
    """Where each name occurs outside the names of organizations, found once per name."""

    def __init__(self, document: Document, taken: tuple[Span, ...]):
        self._document = document
        self._taken = taken
        self._spans: dict[str, list[Span]] = {}

    def __call__(self, name: str) -> list[Span]:
        if name not in self._spans:
            text = self._document.text
            found = occurrences(text, name, self._document.doc_id)
            index = _INDEX_AFTER if not (name.isupper() and len(name) <= 5) else _ACRONYM_INDEX_AFTER
            self._spans[name] = [  # not an index's name: "the CSI 300 index rose 16.07%", "2.5% for the CSI 300"
                s for s in found if not overlaps(s, self._taken) and not index.match(text, s.end)
            ]
        return self._spans[name]

    def bracketed(self, span: Span) -> bool:
        """True when the span is wrapped in round brackets."""
        text = self._document.text
        return text[span.start - 1 : span.start] == "(" and text[span.end : span.end + 1] == ")"

    def branded(self, span: Span) -> bool:
        """True when the name is a brand or another's product: "the premium Frontier brand", "its Qilin, sodium-ion
        and M3P batteries"."""
        text = self._document.text
        return bool(_BRAND_AFTER.match(text, span.end)) or text.endswith(("its ", "their "), 0, span.start)

    def quoted(self, span: Span) -> bool:
        """True when the span is wrapped in quotation marks."""
        text = self._document.text
        return text[span.start - 1 : span.start] in {"“", '"', "‘"} and text[span.end : span.end + 1] in {"”", '"', "’"}


_PERSON_TITLES = vocabulary("Founder Co-founder Chairman Chairwoman Chair President CEO Director Mr Mr. Ms Ms. Dr Dr.")


def _plausible(name: str, spots: _Spots) -> bool:
    """False for names of places, months, currencies, acronyms of two letters, titles of rules or indices."""
    tokens = name.split()
    places = (PLACE_WORDS, CHINESE_PLACES, COUNTRIES, STATE_WORDS, MONTHS, UNIT_WORDS)
    if not tokens or all(any(t in words for words in places) for t in tokens):
        return False  # "South Korea", "the United States", "Saudi Arabia", "Fuzhou"
    if len(name) < 3 or _NOT_COMPANY_END.search(name):
        return False
    if name in SUFFIXES:
        return False  # a business word alone ("Automobile" of an association's name) names no company
    if tokens[0] in _PERSON_TITLES:
        return False  # "Founder Yang Xia agreed to sell a 5 percent stake": a person
    ends = tokens[0].split("-")
    if len(ends) == 2 and all(end[:1].isupper() for end in ends) and any(end in CHINESE_PLACES for end in ends):
        return False  # a route between two places: "Jinan-Qingdao Expressway", "Longdong-Shandong" (a UHV line)
    # A name found only inside an organization's name is part of that name; one always in quotes
    # is a title or slogan ("Big Power Heavy Equipment"), one always a brand or after "its" a product's.
    return any(not spots.quoted(span) and not spots.branded(span) for span in spots(name))


def _mentions(names: list[str], spots: _Spots) -> dict[str, list[Span]]:
    """Spans of each name outside organizations and not inside a longer company name."""
    claimed: list[Span] = []
    kept: dict[str, list[Span]] = {}
    for name in sorted(names, key=len, reverse=True):
        kept[name] = [s for s in spots(name) if not overlaps(s, claimed)]
        claimed.extend(kept[name])
    return kept


def _merge(
    names: list[str], mentions: dict[str, list[Span]], boards: tuple[str, ...], short_forms: dict[str, str]
) -> tuple[Company, ...]:
    """One Company per group of spellings that name one company (same key, the same listing, or a
    short form the text gives it)."""
    gazetteer = load_gazetteer()
    listing = {n: gazetteer.resolve(n, boards) for n in names}
    for short, full in short_forms.items():  # the text's own "(CPIC)" beats an acronym the gazetteer guesses
        if listing.get(full) is not None and short in listing:
            listing[short] = listing[full]

    def linked(a: str, b: str) -> bool:
        la, lb = listing[a], listing[b]
        full_a, full_b = a, b  # a name with its legal form is whole: "CITIC Limited" is no short "China CITIC Bank"
        a, b = _LEGAL_FORM.sub("", a), _LEGAL_FORM.sub("", b)
        return (
            (la is not None and la == lb)
            or same_thing(a, b)
            or _without_business_words(a) == full_b
            or _without_business_words(b) == full_a
            or short_forms.get(full_a) == b
            or short_forms.get(full_b) == a
        )

    order = sorted(names, key=lambda n: mentions[n][0].start)
    groups = sorted(group_names(order, linked), key=lambda g: min(mentions[n][0].start for n in g))
    labels = [_label(group, mentions) for group in groups]
    found_of = [_listing_of(label, group, listing) for label, group in zip(labels, groups, strict=True)]
    # A listed company's IRI comes from the gazetteer, not from the spelling one report uses, so that
    # "Jinshan Office" and "Kingsoft Office" in two reports are one node.
    keys = [listing_name(found) if found else label for label, found in zip(labels, found_of, strict=True)]
    records = []
    for group, label, slug, found in zip(groups, labels, unique_slugs(keys), found_of, strict=True):
        spans = tuple(sorted((s for n in group for s in mentions[n]), key=lambda s: s.start))
        records.append(
            Company(
                slug=slug,
                label=label,
                aliases=tuple(n for n in group if n != label),
                mentions=spans,
                zh=found.zh if found else "",
                ticker=found.code if found else "",
                board=found.board if found else "",
                listed_name=listed_label(found) if found else "",
            )
        )
    return tuple(sorted(records, key=lambda c: c.mentions[0].start))


def listing_name(found: Listing) -> str:
    """The gazetteer's English name without its legal form and leading place name
    ("Beijing Kingsoft Office Software, Inc." -> "Kingsoft Office Software"), else the pinyin."""
    name = " ".join(re.sub(r"\([^)]*\)", " ", found.en_name).split())  # "(Shanghai)"
    name = _without_legal_form(name)
    # "GREE ELECTRIC APPLIANCES,INC.OF ZHUHAI": a trailing place, then the legal form it leaves, then a leading place
    name = _without_legal_form(re.sub(rf"(?<! of)\s+(?:{_PLACES})$", "", name, flags=re.IGNORECASE))
    name = re.sub(rf"^(?:{_PLACES})\s+(?=\S+\s)", "", name, flags=re.IGNORECASE)
    return name or found.code


def _without_legal_form(name: str) -> str:
    previous = None
    while previous != name:
        previous = name
        name = _LISTED_FORM.sub("", name.strip(" ,.")).strip(" ,.")
    return name


def listed_label(found: Listing) -> str:
    """The one label of a listed company in every report's graph: its English name without legal form, capitals
    tamed ("CHINA VANKE" -> "China Vanke", but "SICC"); without an English name, the romanized Chinese short name in
    words of two syllables (豪声电子 "Haosheng Dianzi"), so two reports that spell it differently still share it."""
    if not found.en_name:
        syllables = [s for s in found.pinyin if s.isalpha()]
        words = ["".join(syllables[i : i + 2]).capitalize() for i in range(0, len(syllables), 2)]
        return " ".join(words) or found.code
    name = listing_name(found)
    if name.isupper() and " " in name:  # a name written all in capitals, not an acronym ("SICC")
        return " ".join(w.capitalize() if len(w) > 3 else w for w in name.split())
    return name


def _label(group: list[str], mentions: dict[str, list[Span]]) -> str:
    """The spelling written most often, ties to the first written; a split "A and B" only if alone."""
    whole = [n for n in group if " and " not in n] or group
    spellings = sorted((s for n in whole for s in mentions[n]), key=lambda s: s.start)
    label = pick_label(s.text for s in spellings)
    return _LEGAL_FORM.sub("", label) or label  # "Hualan Power Co" of "Hualan Power Co., Ltd." is Hualan Power


def _listing_of(label: str, group: list[str], listing: dict[str, Listing | None]) -> Listing | None:
    """The label's listing, else one the other spellings agree on; a shorter spelling of the label
    ("China Telecom" of "China Telecom Group") may name a different, listed company, so it gives none."""
    if found := listing.get(label):
        return found
    label_words = label.lower().split()
    others = {found for n in group if (found := listing[n]) and label_words[: len(n.split())] != n.lower().split()}
    return others.pop() if len(others) == 1 else None
