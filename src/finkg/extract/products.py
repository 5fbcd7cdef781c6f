"""Extract: named products and technologies, with the company behind them when the text says.

Cues are the sentence shapes reports use for products: "X launched the world's first P",
"X's first P has been approved", "P independently developed by X", "P equipment from X",
"X plans to invest ... to build P projects", "X issued the first P bond", drug codes ("DZD8586")
and index names ("STAR 50 Index", "ChiNext Index ETF").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..records import Company, Document, Organization, Product, Span
from ..resolve.aliases import group_names, name_key, pick_label, unique_slugs, vocabulary
from .names import IT, THEIR
from .patterns import Gated

# Words that make a phrase an amount, a result or a plan rather than a product.
_NOT_PRODUCT = re.compile(
    r"\b(?:revenue|profit|income|growth|loss|losses|shares?|market value|performance|sales|scale|rate|ratio|"
    r"dividends?|payouts?|buy-?backs?|repurchases?|campaigns?|programmes?|programs?|"
    r"board|boards|directors|shareholders|management|meetings?|committees?|regulators?|"
    r"plan|plans|goal|goals|strategy|restructurings?|reorgani[sz]ations?|overhauls?|reforms?|team|factory|factories|"
    r"subsidiar\w+|customers?|investment|"
    r"company|companies|position|capacity|advantages?|resources?|reports?|overview|results)\b",
    re.IGNORECASE,
)
_GENERIC = vocabulary("major many several new key core main their its multiple other some various")
_LEAD = re.compile(r"^(?:(?:such as|including|e\.g\.|for example|the|a|an|its|their|this|these|which|that)\s+)+", re.I)
_FIRST = r"(?P<note>world's first|world’s first|China's first|the first|first|domestic first|new)"
_DRUG_CODE = re.compile(r"\b[A-Z]{2,5}-?\d{3,6}\b")
# An index by its name, the word "index" in either case ("STAR 50 Index", "the BSE 50 index", "the ChiNext index"),
# not "The index" or "Its index".
_INDEX = re.compile(
    r"\b(?!(?:The|This|That|These|Those|Its|Their|Each|Every|An?|One|Our)\b)(?:[A-Z][\w-]*(?: and)? )+(?:\d+ )?"
    r"(?:Composite |Component )?[Ii]ndex(?: ETF| Fund)?\b"
)
# The exchange whose board an index is named after publishes it (an index of STAR Market shares is
# compiled for the Shanghai Stock Exchange).
_INDICES = Gated(_INDEX, re.compile("[Ii]ndex"))
INDEX_PUBLISHERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bSci(?:ence)?[- ](?:and )?(?:Tech(?:nology)? )?Innovation|\bSTAR\b|\bSci-Tech\b"), "sse"),
    (re.compile(r"\bChiNext\b|\bShenzhen\b|\bSZSE\b"), "szse"),
    (re.compile(r"\bShanghai\b|\bSSE\b"), "sse"),
    (re.compile(r"\bBeijing Stock Exchange\b|\bBSE\b"), "bse"),
)
_IN_CLAUSE = r"(?:[^.;]|(?<=\d)\.(?=\d))"  # any character of the clause; "1.2 billion" keeps its point
# What a drug or device is: the kind a brand name is set after, or the gloss after a name.
_KIND = r"(?:drugs?|antibod(?:y|ies)|inhibitors?|vaccines?|therap(?:y|ies)|medicines?|biosimilars?)"
# A brand name in capitals set after its kind: "its blood-cancer drug ZANIRA", "the PD-1 antibody TOLVEX" (such a
# name is no company, whatever its capitals suggest).
_BRAND = re.compile(rf"\b{_KIND} (?P<p>[A-Z][A-Z0-9-]{{2,}})\b")
# A brand named after what it is: "make-up label Timage", "hair-care line Off&Relax", "eye make-up brand Yuanse Bota",
# "its premium brand Denza" (such a name is no company either).
_NAMED_BRAND = re.compile(r"\b(?:brand|label|line) (?P<p>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2})")
# A lower-case name glossed by its kind: "Qiming's lunatinib, a Class 1 new drug for ...", "'s zervalimab, an oral
# inhibitor," (not "'s chairman, a drug industry veteran": the kind ends the gloss).
_GLOSSED = re.compile(
    rf"(?:'s|’s) (?P<p>[a-z][\w-]{{3,}}), an? (?:[\w()-]+ ){{0,5}}?{_KIND}"
    r"(?=\s*[,.;]|\s(?:for|against|to|that|which|with|in|developed|approved)\b)"
)
# Counts and groups before a kind of product: "Two more class 1 drugs", "more than 50 of their drugs".
_COUNTED = re.compile(
    r"^(?:(?:more than|over|nearly|almost|about|some|another|more|\d[\d,.]*|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|dozens)\s+)+(?:of (?:its|their|the) )?",
    re.IGNORECASE,
)
# A kind of drug or device approved, a noun phrase opening a clause: "Two more class 1 innovative drugs won
# approval", "(and that) more than 50 of their drugs are now approved"; not "products" (a count of registrations),
# nor a sentence's subject and verb ("Qiming said two drugs won approval").
_APPROVED = re.compile(
    r"(?:^|(?<=[.;:,]\s)|(?<=\bthat\s))(?P<p>[A-Za-z0-9][\w-]*(?: (?!(?:said|says|added|noted|expects?|and|but)\b)"
    r"[a-z0-9][\w-]*){0,7}? (?:drugs?|vaccines?|devices?|medicines?|therap(?:y|ies)|antibod(?:y|ies)))"
    r"(?: (?:have|has) (?:now )?been| (?:are|is|were|was)(?: now)?)? "
    r"(?:approved|won approval|received approval|gained approval|obtained approval)\b",
    re.MULTILINE,
)
# A product line whose sales open a sentence: "Sales of its hearing aids rose ...", "Shipments of cells and modules
# totalled ...", "Sales of three generics caught by volume-based procurement fell ...".
_SALES_OF = re.compile(
    r"(?:^|(?<=[.;]\s))(?:Sales|Shipments|Exports|Deliveries) of (?P<p>[a-z0-9][\w -]*?)"
    r"(?=,| (?:rose|fell|grew|jumped|climbed|dropped|declined|slipped|slumped|increased|decreased|doubled|totall?ed|"
    r"reached|came to|more than|were|was|hit)\b)",
    re.MULTILINE,
)
# A product counted in its units after a verb of sale: "shipped 147 GW of inverters and 28 GWh of storage systems",
# "(sold 500 GWh of batteries,) of which 400 GWh were power batteries and 90 GWh storage batteries".
_UNIT = r"[\d.,]+ ?(?:GWh|GW|MWh|MW|TWh|units|million units|tonnes|tons)"
_VOLUME_OF = re.compile(
    rf"\b(?:sold|shipped|delivered|produced|supplied|of which) (?:(?:about|nearly|over|more than) )?{_UNIT}"
    r"(?: of| were| was)? (?P<p>[a-z][\w -]*?)"
    rf"(?P<more>(?: and {_UNIT}(?: of)? [a-z][\w -]*?)*)"
    r"(?=[,.;:]|$| (?:in|for|to|worth|while|as|with|up|down)\b)",
    re.MULTILINE,
)
_MORE_UNITS = re.compile(rf"{_UNIT}(?: of)? ([a-z][\w -]*?)(?= and |$)")
# A product line that brings in revenue, opening a sentence: "Cloud products brought in 1.2 billion yuan" (not "Its
# products").
_LINE_EARNS = re.compile(
    r"(?:^|(?<=[.;]\s))(?!(?:Its|Their|The|These|Those|Such|Other|Our)\b)(?P<p>[A-Za-z][a-z-]+(?: [a-z-]+)? products) "
    r"(?:brought in|generated|contributed|earned)\b",
    re.MULTILINE,
)
# A company glossed by what it makes: "Qiming, a maker of industrial robots,", "one of only three suppliers of
# DDR6 memory chips worldwide", "the world's largest producer of wafers"; the phrase ends in a common noun (not "a
# supplier of Apple").
_MAKER_OF = re.compile(
    r"\b(?:an?|the|one of(?: the)?(?: only)?(?: \w+)?) (?:[\w'’-]+ ){0,3}?(?:makers?|producers?|manufacturers?|"
    r"suppliers?|developers?|designers?) of (?P<p>(?:[\w][\w -]*? )?[a-z][\w-]*)"
    r"(?=\s*(?:[,.;:]|$)|\s(?:worldwide|globally|alongside|and is|which|that|with|in China|since)\b)",
    re.MULTILINE,
)
# A good whose market price a report tells: "The average price of raw milk in the main producing provinces was",
# "polysilicon prices fell 39%", "the price of battery-grade lithium carbonate" (no maker: the market's price). Not a
# price of shares, of an offer or a deal, nor a price told by how it moved ("lower prices").
_NOT_PRICED = (
    r"(?!(?i:its|their|his|her|our|the|a|an|this|that|these|those|share|shares|stock|stocks|issue|offer|offering|"
    r"selling|sales|sale|average|product|products|ticket|consumer|producer|purchase|conversion|exercise|repurchase|"
    r"buyback|bond|bonds|unit|units|listing|IPO|transaction|deal|contract|bid|tender|asset|assets|lower|higher|"
    r"falling|rising|weak|weaker|strong|stronger|low|high|cheap|cheaper|firm|firmer|soft|softer|stable|overall|"
    r"final|realised|realized|retail|wholesale|market|spot|benchmark|global|international|domestic|all|some|many|"
    r"volumes?|output|sales|shipments|exports|imports|production|demand|supply|revenue|margins?|"
    r"most|key|main|new|record|year|years|quarter|while|and|but|as|or|with|of|in|on|at|to|for|by|"
    r"fell|rose|dropped|slid|was|were|averaged|climbed|jumped|plunged|ended|stood|hit|from|during|over|\d[\w.,-]*)\b)"
)
_GOOD = rf"{_NOT_PRICED}[A-Za-z][\w-]*(?: {_NOT_PRICED}(?:[a-z][\w-]*|[A-Z]{{2,}}\b)){{0,2}}"
_GOODS = rf"{_GOOD}(?:, {_GOOD})*(?:,? and {_GOOD})?"
_PRICED = re.compile(
    # "Prices of polysilicon, wafers, cells and modules fell", not a company's "average selling price of mined gold"
    rf"(?<!selling )(?<!sales )(?<!realised )(?<!realized )(?<!its )(?<!their )\b[Pp]rices? of (?:the )?"
    rf"(?P<p>{_GOODS})(?= (?:in|at|on|fell|rose|dropped|slid|was|were|averaged|climbed|jumped|plunged|ended|stood|hit|"
    r"from|for|during|over)\b|\s*[,.;])|"
    rf"(?:^|(?<=[.;,:]\s)|(?<=\bwhile\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bas\s))(?P<q>{_GOOD}) prices? "
    r"(?=(?:fell|rose|dropped|slid|slumped|plunged|climbed|jumped|averaged|surged|tumbled|declined|recovered|rebounded|were|was|stood|hit|kept|remained)\b)|"
    # a good that opens its clause and the price it fetched or moved to: "Pure MDI averaged 19,037 yuan a tonne",
    # "Battery-grade lithium carbonate, which fetched around 600,000 yuan a tonne", "Spodumene concentrate fell from
    # US$845 a tonne", "On the Guangzhou Futures Exchange, lithium carbonate touched a low of 58,500 yuan a tonne"
    rf"(?:^|(?<=[.;]\s)|(?<=, while\s)|(?<=,\s))(?P<r>{_GOOD})(?:, which)? (?:averaged|fetched|traded at|sold for|"
    r"(?:fell|rose|dropped|climbed|slid|slipped|jumped|plunged|tumbled|recovered|rebounded|touched|hit)"
    r"(?: from| to| a (?:low|high) of)?)\b"
    r"(?=(?:[^.;]|\.\d){0,40}?(?:\b(?:yuan|dollars|cents)\b|(?:US|HK)?\$[\d.,]+)(?:[^.;]|\.\d){0,25}?\b(?:a|an|per) "
    r"(?:tonne|ton|gallon|barrel|kilogram|gram|ounce|pound|head|litre|watt|watt-hour)\b)",
    re.MULTILINE,
)
_GOOD_JOIN = re.compile(r",? and |, ")
_PRICE_WORDS = re.compile(
    r"[Pp]rice|\b(?:averaged|fetched|traded at|sold for)\b|\b(?:a|per) (?:tonne|ton|barrel|ounce)\b"
)
_CLAUSE_START = r"(?:^|(?<=[,.;:])\s*)"
_STOP = r"(?=\s*(?:[,;:]|\.(?!\d)|$|\s(?:marking|which|that|to|in|for|with|and is|was|were|has|have|is|are)\b))"

# A product launched, up to its name: "has officially launched the world's first", "released its".
_LAUNCHED = (
    rf"(?:has |have |had )?(?:successfully |officially |also )?(?:launched|released|unveiled)\s+(?:the |a |an |its )?"
    rf"(?:{_FIRST} )?"
)
# A product a company referred back to launched: "In May the company released LightGPT 2.0", "On June 23 it unveiled
# the Qilin battery" (a name, with a capital or a digit in it: not "it launched a buyback").
_IT_LAUNCHED = re.compile(
    rf"\b{IT}\s+{_LAUNCHED}"
    # not when it did so: "(which) it launched in October 2023"
    r"(?!(?:in|on|at|by|for|from|during|since|after|before|last|this|early|late|earlier|later|or|and|more)\b)"
    rf"(?P<p>(?=[^,.;]*?[A-Z0-9])(?:[^,.;]|\.\d)+?)"
    rf"(?: products?)?{_STOP}"
)


@dataclass(frozen=True, slots=True)
class _Found:
    name: str
    span: Span
    maker: Company | None
    note: str
    commodity: bool = False


def index_publisher(label: str, organizations: Iterable[Organization]) -> Organization | None:
    """The organization of the document that publishes the index named `label`, if named."""
    by_slug = {o.slug: o for o in organizations}
    return next(
        (by_slug[slug] for pattern, slug in INDEX_PUBLISHERS if pattern.search(label) and slug in by_slug), None
    )


def find_products(document: Document, companies: Iterable[Company]) -> tuple[Product, ...]:
    """Products and technologies of `document`, one per name, each with its maker's ref when stated."""
    brands = {name_key(m.group("p")) for cue in (_BRAND, _NAMED_BRAND) for m in cue.finditer(document.text)}
    companies = tuple(c for c in companies if not _brand_named(c, brands))
    found = [f for f in _cued(document, companies) if _plausible(f.name)]
    names = list(dict.fromkeys(f.name for f in found))
    groups = group_names(names, lambda a, b: name_key(a) == name_key(b))
    labels = [pick_label(f.name for f in found if f.name in g) for g in groups]
    products = []
    for group, label, slug in zip(groups, labels, unique_slugs(labels), strict=True):
        members = [f for f in found if f.name in group]
        spans = tuple(sorted({f.span for f in members}, key=lambda s: s.start))
        maker = next((f.maker for f in members if f.maker), None)
        note = next((f.note for f in members if f.note), "")
        aliases = tuple(n for n in group if n != label)
        products.append(
            Product(
                slug=slug, label=label, aliases=aliases, mentions=spans, maker=maker.ref if maker else None, note=note,
                commodity=maker is None and all(f.commodity for f in members),
            )
        )
    return tuple(sorted(products, key=lambda p: p.mentions[0].start))


def _brand_named(company: Company, brands: set[tuple[str, ...]]) -> bool:
    """True when a "company" is a brand name written after its kind ("the drug ZANIRA"): a product, not a maker."""
    return any(name_key(n) in brands for n in (company.label, *company.aliases))


def _plausible(name: str) -> bool:
    """False for phrases that are results or plans ("revenue scale"), generic or too long to be a name."""
    words = name.lower().split()
    if not words or len(words) > 12 or set(words) <= _GENERIC:
        return False
    return bool(_INDEX.fullmatch(name)) or not _NOT_PRODUCT.search(name)


@dataclass(frozen=True, slots=True)
class _Cue:
    """A product cue around a company's name: `after` follows the name, or `before` precedes it.

    A `before` pattern ends in the literal `joiner` ("by "), so only names written right after that
    word can complete it: the pattern is compiled per document with those names alone, usually none.
    """

    after: re.Pattern[str] | None = None
    before: str = ""
    joiner: str = ""


_CUES = (
    _Cue(after=re.compile(rf" {_LAUNCHED}(?P<p>[^,.;]+?)(?: products?)?{_STOP}")),
    _Cue(
        after=re.compile(
            rf"(?:'s|’s|') (?:{_FIRST} |own |core |flagship )?(?P<p>[^,.;]+?)(?: products?)? (?:has been|have been|"
            r"was|were|is|are|has|have|achieved|obtained|received)\b"
        )
    ),
    _Cue(
        before=rf"{_CLAUSE_START}(?P<p>[^,.;]+?) (?:independently |jointly |self-)?(?:developed|produced|manufactured)"
        r" by ",
        joiner="by ",
    ),
    _Cue(
        before=rf"{_CLAUSE_START}(?P<p>[^,.;]+?(?:equipment|products?|devices?|systems?|machines?|tools|materials))"
        r" from ",
        joiner="from ",
    ),
    _Cue(  # "X's recombinant vaccine, developed with Y, was approved", "X's furmonertinib, a new drug, won approval"
        after=re.compile(
            r"(?:'s|’s|') (?P<p>[^,.;]+?)(?:,[^.;]{1,100}?,)? (?:also )?(?:has been |have been |was |were )?"
            r"(?:approved|won approval|received approval|obtained approval|gained approval)\b"
        )
    ),
    _Cue(  # "X won conditional approval for zemetostat, ...", "X received approval for its PD-1 antibody"
        after=re.compile(
            r" (?:has |had )?(?:won|received|obtained|gained|secured) (?:(?:conditional|full|accelerated|marketing|"
            r"regulatory|U\.S\.|EU|FDA|Chinese) )*approvals? (?:for|of) (?:its |the )?"
            r"(?!(?:adults?|patients?|children|people|use|treatment|sale|sales|marketing|listing|an? )\b)"
            rf"(?P<p>[^,.;]+?){_STOP}"
        )
    ),
    _Cue(after=re.compile(r" focuses on (?P<p>[\w-]+(?: [\w-]+)?) (?:in|and|to|for)\b")),
    _Cue(
        after=re.compile(
            rf" (?:has |had )?(?:issued|plans to issue|will issue) (?:the |a |an |its )?(?:{_FIRST} )?"
            r"(?!(?:about |up to |some )?[\d.,]+ )(?P<p>[^,.;]+?bonds?)\b"  # not "issued 10 billion yuan of bonds"
        )
    ),
    _Cue(
        after=re.compile(
            rf" {_IN_CLAUSE}*?milestone of (?:more than |over |nearly |about )?[\d,.]+ (?P<p>[^,.;]+?){_STOP}"
        )
    ),
    _Cue(
        after=re.compile(
            rf"(?: plans| intends| proposes| will)? to invest {_IN_CLAUSE}*? to build (?P<p>[^,.;]+?){_STOP}"
        )
    ),
    _Cue(after=re.compile(r"(?:'s|’s|')? (?P<list>[a-z][^.;]*?),? and other products\b")),
    _Cue(
        after=re.compile(
            rf"{_IN_CLAUSE}*? (?:shipments|sales|production|output|exports) of (?P<p>[a-z][\w -]+?)"
            r"(?= for| in|[,.;]| (?:took|rose|grew|jumped|increased|fell|climbed|surged|doubled|reached|totall?ed|"
            r"were|was|came|made|generated|brought)\b)"
        )
    ),
)


def _cued(document: Document, companies: tuple[Company, ...]) -> Iterator[_Found]:
    text = document.text
    names = sorted({s.text for c in companies for s in c.mentions}, key=len, reverse=True)
    owner = {s.text: c for c in companies for s in c.mentions}
    yield from _indices(document)
    yield from _kinds(document, companies)
    yield from _commodities(document, companies)
    if not names:
        return
    starts = _name_starts(text, names)
    for cue in _CUES:
        found = _after_name(cue.after, text, starts) if cue.after else _before_name(cue, text, names)
        for name, match in found:
            maker = owner[name]
            note = (match.groupdict().get("note") or "").replace("’", "'")
            note = "" if note in {"new", "the first"} else note
            for product, start in _parts(match):
                yield _Found(product, Span(document.doc_id, start, start + len(product), product), maker, note)
    yield from _technologies(document, companies)
    for match in _DRUG_CODE.finditer(text):
        yield _Found(
            match.group(),
            Span(document.doc_id, match.start(), match.end(), match.group()),
            _subject_before(document, companies, match.start()),
            "",
        )


def _name_starts(text: str, names: list[str]) -> dict[int, list[str]]:
    """Every offset where a name starts (inside words too), with the names found there, longest first."""
    starts: dict[int, list[str]] = {}
    for name in names:
        at = text.find(name)
        while at >= 0:
            starts.setdefault(at, []).append(name)
            at = text.find(name, at + 1)
    return dict(sorted(starts.items()))


def _after_name(after: re.Pattern[str], text: str, starts: dict[int, list[str]]) -> Iterator[tuple[str, re.Match[str]]]:
    """The matches of `(?P<co>name|...)after` left to right, without compiling the names into it: at
    each offset a name starts, the names are tried longest first, as the alternation would."""
    resume = 0
    for at, names in starts.items():
        if at < resume:
            continue
        for name in names:
            match = after.match(text, at + len(name))
            if match:
                yield name, match
                resume = match.end()
                break


def _before_name(cue: _Cue, text: str, names: list[str]) -> Iterator[tuple[str, re.Match[str]]]:
    """The matches of `before(?P<co>name|...)`, with only the names that follow the cue's last word."""
    written = [n for n in names if cue.joiner + n in text]
    if not written:
        return
    pattern = re.compile(cue.before + "(?P<co>" + "|".join(re.escape(n) for n in written) + ")")
    for match in pattern.finditer(text):
        yield match.group("co"), match


def _parts(match: re.Match[str]) -> Iterator[tuple[str, int]]:
    """The product names a cue matched, with their offsets: one phrase, or each item of a list."""
    if match.groupdict().get("list") is None:
        yield from _project_parts(match.group("p"), match.start("p"))
        return
    for item in re.finditer(r"[^,]+", match.group("list")):
        name = item.group().strip()
        yield name, match.start("list") + item.start() + item.group().index(name)


def _project_parts(phrase: str, start: int) -> Iterator[tuple[str, int]]:
    """A phrase without its lead words and project/facility tail, split where "and" starts a parallel
    phrase ("high-end A and high-end B industrialization projects" -> two products)."""
    lead = _LEAD.match(phrase)
    if lead:
        start += lead.end()
        phrase = phrase[lead.end() :]
    phrase = re.sub(
        r"(?:\s+(?:and\s+)?(?:R&D cent(?:er|re)s?|manufacturing bases?|production bases?|production lines?|"
        r"(?:industriali[sz]ation |construction |expansion )?projects?))+$",
        "",
        phrase,
    )
    first = phrase.split()[0] if phrase.split() else ""
    parts = re.split(rf" and (?={re.escape(first)}\b)", phrase) if first else [phrase]
    offset = 0
    for part in parts:
        at = phrase.index(part, offset)
        offset = at + len(part)
        yield part.strip(), start + at


def _technologies(document: Document, companies: tuple[Company, ...]) -> Iterator[_Found]:
    """ "... using P technology": the technology of the company the clause is about."""
    for match in re.finditer(r"\busing (?P<p>[^,.;]+? technology)\b", document.text):
        name = match.group("p")
        yield _Found(
            name,
            Span(document.doc_id, match.start("p"), match.end("p"), name),
            _subject_before(document, companies, match.start()),
            "",
        )


def _kinds(document: Document, companies: tuple[Company, ...]) -> Iterator[_Found]:
    """Products named by the words around them rather than after a company's name: a brand after its kind, a
    glossed name, a kind approved, sales or units of a product line, what a company is a maker of. The maker is
    the company the sentence or its paragraph is about; a group's products ("their drugs") have none."""
    text = document.text
    ends = {s.end: c for c in companies for s in c.mentions}
    for pattern in (_BRAND, _NAMED_BRAND, _GLOSSED, _APPROVED, _SALES_OF, _VOLUME_OF, _LINE_EARNS, _MAKER_OF,
                    _IT_LAUNCHED):
        for match in pattern.finditer(text):
            if pattern is _GLOSSED:  # the possessor makes it, if it is a company the text names
                maker = ends.get(match.start())
            elif THEIR.search(match.group("p")):
                maker = None
            else:
                maker = _owner(document, companies, match.start())
            for name, start in _kind_parts(match):
                yield _Found(name, Span(document.doc_id, start, start + len(name), name), maker, "")


def _commodities(document: Document, companies: tuple[Company, ...]) -> Iterator[_Found]:
    """Goods a report prices on their market, each its own product with no maker ("Prices of polysilicon, wafers
    and cells" are three), never a company the text names ("Wanhua averaged ...")."""
    named = {s.text for c in companies for s in c.mentions}
    priced = [s.span for s in document.sentences if _PRICE_WORDS.search(s.span.text)]  # the few that price a good
    for sentence, match in ((s, m) for s in priced for m in _PRICED.finditer(s.text)):
        group = next(g for g in ("p", "q", "r") if match.group(g))
        phrase, at = match.group(group), sentence.start + match.start(group)
        for part in _GOOD_JOIN.split(phrase):
            start = at + phrase.index(part)
            if part not in named:
                yield _Found(part, Span(document.doc_id, start, start + len(part), part), None, "", commodity=True)


def _kind_parts(match: re.Match[str]) -> Iterator[tuple[str, int]]:
    """The product names of a kind cue without their counts and lead words ("Two more class 1 drugs" -> "class 1
    drugs"), each item of "147 GW of A and 28 GWh of B" apart."""
    items = [(match.group("p"), match.start("p"))]
    if more := match.groupdict().get("more"):
        at = match.start("more")
        items += [(m.group(1), at + m.start(1)) for m in _MORE_UNITS.finditer(more)]
    for phrase, start in items:
        for strip in (_COUNTED, _LEAD, _COUNTED):
            lead = strip.match(phrase)
            if lead:
                phrase, start = phrase[lead.end() :], start + lead.end()
        if phrase.strip():
            yield phrase.strip(), start


def _owner(document: Document, companies: tuple[Company, ...], at: int) -> Company | None:
    """The company named last before `at` in its sentence, else the first named in the paragraph's last sentence
    that names one: "Sales of its hearing aids" are the products of the company the paragraph is about."""
    sentence = document.sentence_at(at)
    mentions = sorted(((s.start, c) for c in companies for s in c.mentions if s.start < at), key=lambda m: m[0])
    inside = [c for start, c in mentions if start >= sentence.span.start]
    if inside:
        return inside[-1]
    before = [(start, c) for start, c in mentions if document.sentence_at(start).paragraph == sentence.paragraph]
    if not before:
        return None
    last = document.sentence_at(before[-1][0]).span
    return next(c for start, c in before if start >= last.start)


def _indices(document: Document) -> Iterator[_Found]:
    for match in _INDICES.finditer(document.text):
        name = _LEAD.sub("", match.group())
        start = match.end() - len(name)
        if len(name.split()) >= 2:
            yield _Found(name, Span(document.doc_id, start, match.end(), name), None, "")


def _subject_before(document: Document, companies: tuple[Company, ...], at: int) -> Company | None:
    """The company named last before `at` in the same sentence."""
    sentence = document.sentence_at(at).span
    best: tuple[int, Company] | None = None
    for company in companies:
        for span in company.mentions:
            if sentence.start <= span.start < at and (best is None or span.start > best[0]):
                best = (span.start, company)
    return best[1] if best else None
